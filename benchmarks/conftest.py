# Benchmarks run on the same demo site as the tests.
import pytest

from tests.conftest import client, demo_database, django_db_setup, english_home, home_pages, real_avif  # noqa: F401


@pytest.fixture(autouse=True)
def pictures_encoded_as_in_production(real_avif):  # noqa: F811
    """The tests encode AVIF pictures as WebP (tests/conftest.py); benchmarks measure production's work."""
