"""The demo site, built once per content hash and copied into each test run's database.

Building the demo (`load_demo_content`: pages in every language, generated pictures and
PDFs) takes more than a minute. Its result depends only on the inputs hashed by
`demo_inputs_hash`, so it is built once and kept:

- SQLite: a copy of the built database file, copied into each run's in-memory database
  with SQLite's backup API;
- PostgreSQL: a template database named after the hash, from which each run's test
  database is created (`CREATE DATABASE … TEMPLATE …`).

The media files the demo rows refer to (pictures, documents) are kept beside it, in the
cache folder of that hash, and loaded into the test run's in-memory storages. Nothing
is shared on disk while tests run: renditions and uploads stay in each process's memory.

The cache lives in var/test-demo/ (TEST_DEMO_CACHE_DIR elsewhere); `pytest --rebuild-demo`
or deleting that folder builds it again. A changed input gives another hash, so a stale
copy is never used; copies of other hashes are deleted when a new one is built.
"""

import datetime
import fcntl
import hashlib
import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, storages
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

ROOT = Path(__file__).resolve().parent.parent
CACHE_ROOT = Path(os.environ.get("TEST_DEMO_CACHE_DIR", ROOT / "var" / "test-demo"))
# Bump to throw away every kept copy when the way they are made or stored changes.
CACHE_FORMAT = "1"
SKIPPED_FOLDERS = {".venv", "var", "node_modules", "tests", "benchmarks", "__pycache__", ".git"}
SETTINGS_THAT_SHAPE_THE_DEMO = ["LANGUAGES", "WAGTAILADMIN_BASE_URL", "TIME_ZONE", "WAGTAILIMAGES_IMAGE_MODEL"]


def demo_source_files():
    """Every source file whose content can change what `load_demo_content` builds.

    All of the project's Python outside the tests (the builders, but also the models, the
    signals and whatever they call, such as the filing of letters) and its catalogs (the
    site's name per language comes from them): a copy is never used after any of them
    changed. Found by walking the project, so that an app added is covered.
    """
    files = []
    for directory, folders, names in os.walk(ROOT):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(names):
            if name.endswith((".py", ".po")):
                files.append(Path(directory) / name)
    return files


def demo_inputs_hash(vendor):
    digest = hashlib.sha256()
    inputs = [*demo_source_files(), ROOT / "requirements.txt"]
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    for name in SETTINGS_THAT_SHAPE_THE_DEMO:
        digest.update(f"{name}={getattr(settings, name, None)!r}".encode())
    # Upcoming events are placed relative to today, in the site's time zone.
    today = timezone.localdate() if settings.USE_TZ else datetime.date.today()
    digest.update(f"{vendor} {today.isoformat()} {CACHE_FORMAT}".encode())
    return digest.hexdigest()[:16]


@contextmanager
def locked(path):
    """One process at a time (xdist workers, two runs side by side) builds or copies."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def in_memory_storages():
    found = {}
    for alias in settings.STORAGES:
        storage = storages[alias]
        if alias != "staticfiles":
            if not isinstance(storage, InMemoryStorage):
                raise RuntimeError(
                    f"The test settings keep {alias!r} files in {type(storage).__name__}: the demo cache expects "
                    "InMemoryStorage, so that no test run deletes files another one uses."
                )
            found[alias] = storage
    return found


def stored_names(storage, directory=""):
    folders, files = storage.listdir(directory)
    for name in files:
        yield f"{directory}/{name}" if directory else name
    for folder in folders:
        yield from stored_names(storage, f"{directory}/{folder}" if directory else folder)


def save_media(target):
    for alias, storage in in_memory_storages().items():
        for name in stored_names(storage):
            path = target / alias / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source:
                path.write_bytes(source.read())


def load_media(source):
    for alias, storage in in_memory_storages().items():
        folder = source / alias
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                saved = storage.save(name, ContentFile(path.read_bytes()))
                assert saved == name, f"{name} was stored as {saved}: the storage was not empty"


class DemoDatabase:
    """The test database of one connection, holding the demo site."""

    def __init__(self, alias="default"):
        self.connection = connections[alias]
        self.vendor = self.connection.vendor
        if self.vendor not in {"sqlite", "postgresql"}:
            raise RuntimeError(f"No demo cache for {self.vendor} databases")
        self.hash = demo_inputs_hash(self.vendor)
        self.configured_name = self.connection.settings_dict["NAME"]
        # Per database on PostgreSQL: the rows and the media names they refer to belong together.
        self.kind = "sqlite" if self.vendor == "sqlite" else f"postgresql-{self.configured_name}"
        self.folder = CACHE_ROOT / f"{self.kind}-{self.hash}"
        self.template_name = f"{self.configured_name}_demo_{self.hash}"
        self.old_name = None

    # --- Setting up the run's database -----------------------------------------------

    def set_up(self, rebuild=False):
        """Create the test database with the demo in it; return how (`"copied"` or `"built"`)."""
        with locked(CACHE_ROOT / f"{self.kind}.lock"):
            if rebuild or not self.is_cached():
                self.build_and_keep()
                how = "built"
            else:
                self.copy_into_test_database()
                load_media(self.folder / "media")
                how = "copied"
        return how

    def is_cached(self):
        if not (self.folder / "complete").is_file():
            return False
        if self.vendor == "sqlite":
            return (self.folder / "db.sqlite3").is_file()
        with self.connection.creation._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.template_name])
            return cursor.fetchone() is not None

    def build_and_keep(self):
        self.forget_other_copies(including_this_one=True)
        self.old_name = self.connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        call_command("load_demo_content", verbosity=0)
        media = self.folder / "media"
        save_media(media)
        if self.vendor == "sqlite":
            self.keep_sqlite_copy()
        else:
            self.keep_postgresql_template()
        (self.folder / "complete").write_text(f"{datetime.datetime.now().isoformat()}\n")

    def keep_sqlite_copy(self):
        partial = self.folder / "db.sqlite3.partial"
        self.connection.ensure_connection()
        target = sqlite3.connect(partial)
        try:
            self.connection.connection.backup(target)
        finally:
            target.close()
        partial.replace(self.folder / "db.sqlite3")

    def keep_postgresql_template(self):
        test_name = self.connection.settings_dict["NAME"]
        self.connection.close()
        with self.connection.creation._nodb_cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {self.quote(self.template_name)} TEMPLATE {self.quote(test_name)}")

    def copy_into_test_database(self):
        creation = self.connection.creation
        test_name = creation._get_test_db_name()
        self.old_name = self.configured_name
        self.connection.close()
        if self.vendor == "postgresql":
            with creation._nodb_cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {self.quote(test_name)}")
                cursor.execute(f"CREATE DATABASE {self.quote(test_name)} TEMPLATE {self.quote(self.template_name)}")
        # What Django's create_test_db does once the database exists.
        settings.DATABASES[self.connection.alias]["NAME"] = test_name
        self.connection.settings_dict["NAME"] = test_name
        if self.vendor == "sqlite":
            self.restore_sqlite()
        self.connection.ensure_connection()

    def restore_sqlite(self):
        """Copy the kept database over the (in-memory) test database, in place."""
        self.connection.ensure_connection()
        source = sqlite3.connect(self.folder / "db.sqlite3")
        try:
            source.backup(self.connection.connection)
        finally:
            source.close()

    # --- Going back to the demo as built, after a test that committed changes --------

    def restore(self):
        if self.vendor == "sqlite":
            self.restore_sqlite()
            return
        test_name = self.connection.settings_dict["NAME"]
        for connection in connections.all(initialized_only=True):
            connection.close()
        with self.connection.creation._nodb_cursor() as cursor:
            # Requests still open when the live server stopped answering keep sessions.
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [test_name],
            )
            cursor.execute(f"DROP DATABASE IF EXISTS {self.quote(test_name)}")
            cursor.execute(f"CREATE DATABASE {self.quote(test_name)} TEMPLATE {self.quote(self.template_name)}")

    def tear_down(self):
        if self.old_name is not None:
            self.connection.creation.destroy_test_db(self.old_name, verbosity=0)

    # --- Housekeeping ------------------------------------------------------------------

    def forget_other_copies(self, including_this_one=False):
        """Delete the kept copies of other hashes (and this one's, before building it again)."""
        for folder in CACHE_ROOT.glob(f"{self.kind}-*"):
            if folder.is_dir() and (including_this_one or folder != self.folder):
                shutil.rmtree(folder)
        if self.vendor == "postgresql":
            with self.connection.creation._nodb_cursor() as cursor:
                cursor.execute(
                    "SELECT datname FROM pg_database WHERE datname LIKE %s",
                    [self.configured_name.replace("_", r"\_") + r"\_demo\_%"],
                )
                for (name,) in cursor.fetchall():
                    if including_this_one or name != self.template_name:
                        cursor.execute(f"DROP DATABASE IF EXISTS {self.quote(name)}")
        self.folder.mkdir(parents=True, exist_ok=True)

    def quote(self, name):
        return self.connection.ops.quote_name(name)
