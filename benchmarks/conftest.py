# Benchmarks run on the same demo site as the tests.
from tests.conftest import client, django_db_setup, english_home, home_pages  # noqa: F401
