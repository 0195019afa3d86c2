"""Reading settings from the environment, with clear errors for missing values."""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE_WORDS = {"1", "true", "yes", "on"}
_FALSE_WORDS = {"0", "false", "no", "off", ""}


def env(name, default=None, cast=str):
    """The value of environment variable `name`, converted by `cast`, or `default`."""
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        return cast(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={value!r} is not valid: {error}") from error


def env_required(name):
    """The value of `name`; refuses to start when it is missing or empty."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production; see README.md, 'Configuration'."
        )
    return value


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a yes/no value")


def env_list(name, default=()):
    """A comma-separated list, with blanks removed."""
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]
