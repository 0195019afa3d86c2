# Slovak dates as Slovak readers write them. Slovak puts the month in the genitive inside a date: "27.
# marca 2014".
# "E" takes the month from the "alt. month" names in alliance/locale_calendar/sk, because Django's
# own Slovak month names are the capitalised (or nominative) ones used on their own. Every other
# format comes from Django.
DATE_FORMAT = "j. E Y"
DATETIME_FORMAT = "j. E Y, H:i"
