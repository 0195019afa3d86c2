# Romanian dates as Romanian readers write them. Romanian writes month names in lower case inside a
# date: "27 martie 2014".
# "E" takes the month from the "alt. month" names in alliance/locale_calendar/ro, because Django's
# own Romanian month names are the capitalised (or nominative) ones used on their own. Every other
# format comes from Django.
DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "j E Y, H:i"
