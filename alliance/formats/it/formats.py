# Italian dates as Italian readers write them. Italian writes month names in lower case inside a date:
# "27 marzo 2014".
# "E" takes the month from the "alt. month" names in alliance/locale_calendar/it, because Django's
# own Italian month names are the capitalised (or nominative) ones used on their own. Every other
# format comes from Django.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
