# English as written across Europe, for what Django itself formats: numeric dates and the first
# day of the week (Wagtail's date pickers). Dates in words come from core.i18n.dates (the CLDR).
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
