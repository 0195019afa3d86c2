"""Build (or find) the demo database the test suite will use, and run no test.

`python -m tests.prepare_demo` with the suite's settings and DATABASE_URL: CI builds the
PostgreSQL demo with it while the SQLite suite runs, so that the PostgreSQL suite finds
it ready. Two processes never build the same copy at once (tests/demo_database.py).
"""

import os
import time


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings.test")
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    from tests.demo_database import DemoDatabase

    # As pytest-django does before the suite builds the demo.
    setup_test_environment()
    database = DemoDatabase()
    started = time.perf_counter()
    how = database.set_up()
    database.tear_down()
    print(f"Demo database ({database.kind}) {how} in {time.perf_counter() - started:.1f} s.")


if __name__ == "__main__":
    main()
