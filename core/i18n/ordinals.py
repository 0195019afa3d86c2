"""Ordinal numbers in words, as each language writes them beside a noun.

"The Alliance's 122nd participant" is said differently in every language: the number
takes a suffix (English 122nd, French 122e, Romanian al 122-lea, Bulgarian 122-ри), a
full stop (German, Hungarian, Slovak, Czech, Serbian 122.) or an ordinal indicator
(Italian 122º, Spanish 122.º). Each function gives the form used before the masculine
(or common-gender) noun "participant", which the translated sentence then wraps.
"""

from django.conf import settings
from django.utils.translation import get_language


def english(number):
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}" + {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def french(number):
    # 1er (premier), then 2e, 3e … as the Imprimerie nationale writes them.
    return "1er" if number == 1 else f"{number}e"


def with_full_stop(number):
    """German, Hungarian, Slovak, Czech and Serbian: 122."""
    return f"{number}."


def italian(number):
    return f"{number}º"


def spanish(number):
    # The Real Academia Española puts a full stop before the indicator: 122.º
    return f"{number}.º"


def romanian(number):
    # "primul" for the first; then "al doilea", written al 2-lea … al 122-lea.
    return "primul" if number == 1 else f"al {number}-lea"


def bulgarian(number):
    """The masculine suffix follows the last word said aloud: 121-ви (първи), 122-ри
    (втори), 127-ми (седми), 100-тен (стотен), 1000-ен (хиляден), else -ти."""
    last_two = number % 100
    if last_two == 0:
        if number % 1000 == 0:
            return f"{number}-ен"
        return f"{number}-тен"
    if 10 <= last_two <= 19:
        return f"{number}-ти"
    last = number % 10
    suffix = {1: "ви", 2: "ри", 7: "ми", 8: "ми"}.get(last, "ти")
    return f"{number}-{suffix}"


def romani(number):
    # Romani ordinals take -to (dujto, trinto): 122-to.
    return f"{number}-to"


ORDINALS = {
    "en": english,
    "fr": french,
    "de": with_full_stop,
    "it": italian,
    "es": spanish,
    "ro": romanian,
    "bg": bulgarian,
    "hu": with_full_stop,
    "sk": with_full_stop,
    "cs": with_full_stop,
    "sr": with_full_stop,
    "rom": romani,
}


def ordinal(number, language_code=None):
    """`number` as an ordinal in `language_code` (the active language by default)."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    base_code = language_code.split("-")[0].lower()
    return ORDINALS.get(language_code, ORDINALS.get(base_code, english))(number)
