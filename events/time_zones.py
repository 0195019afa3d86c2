"""The time zones an event's times can be given in.

A fixed list rather than every zone the machine knows, so that the choices (and the
migration that records them) are the same on every machine whatever its tz database:
the zones of the Council of Europe's member states, plus UTC and a few zones for
online events held from elsewhere.
"""

DEFAULT_TIME_ZONE = "Europe/Paris"

TIME_ZONES = [
    "Europe/Amsterdam",
    "Europe/Andorra",
    "Europe/Athens",
    "Europe/Belgrade",
    "Europe/Berlin",
    "Europe/Bratislava",
    "Europe/Brussels",
    "Europe/Bucharest",
    "Europe/Budapest",
    "Europe/Chisinau",
    "Europe/Copenhagen",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/Istanbul",
    "Europe/Kyiv",
    "Europe/Lisbon",
    "Europe/Ljubljana",
    "Europe/London",
    "Europe/Luxembourg",
    "Europe/Madrid",
    "Europe/Malta",
    "Europe/Monaco",
    "Europe/Oslo",
    "Europe/Paris",
    "Europe/Podgorica",
    "Europe/Prague",
    "Europe/Riga",
    "Europe/Rome",
    "Europe/San_Marino",
    "Europe/Sarajevo",
    "Europe/Skopje",
    "Europe/Sofia",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Tirane",
    "Europe/Vaduz",
    "Europe/Vienna",
    "Europe/Vilnius",
    "Europe/Warsaw",
    "Europe/Zagreb",
    "Europe/Zurich",
    "Asia/Baku",
    "Asia/Nicosia",
    "Asia/Tbilisi",
    "Asia/Yerevan",
    "Atlantic/Azores",
    "Atlantic/Canary",
    "Atlantic/Reykjavik",
    "America/New_York",
    "Asia/Tokyo",
    "UTC",
]

# The IANA names are the labels: they are the same in every language.
TIME_ZONE_CHOICES = [(zone, zone.replace("_", " ")) for zone in TIME_ZONES]
