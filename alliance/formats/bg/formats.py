# Bulgarian dates as Bulgarian readers write them. Bulgarian writes month names in lower case and ends
# a date with "г.": "27 март 2014 г.".
# "E" takes the month from the "alt. month" names in alliance/locale_calendar/bg, because Django's
# own Bulgarian month names are the capitalised (or nominative) ones used on their own. Every other
# format comes from Django.
DATE_FORMAT = r"j E Y \г."
DATETIME_FORMAT = r"j E Y \г., H:i"
