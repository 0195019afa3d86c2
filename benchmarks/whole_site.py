"""`make bench`: the whole site measured at 1× and 10× the demo, in one run.

    .venv/bin/python -m benchmarks.whole_site          (PostgreSQL, as production)
    BENCH_DATABASE=sqlite .venv/bin/python -m benchmarks.whole_site

1. Builds two databases, the demo (`load_demo_content`) and ten times its news, events
   and participants (`generate_content --scale 10`, with `--jobs 2` on PostgreSQL, on a
   copy of the first), or reuses
   them when the hash of what they are built from has not changed (the project's code
   and catalogs, the requirements, today's date, the scale; as tests/demo_database.py).
   PostgreSQL databases alliance_bench_1x and alliance_bench_10x on 127.0.0.1:5432 (user
   postgres), or SQLite files with BENCH_DATABASE=sqlite. Everything they write (media,
   static files, nginx's files) stays under var/bench/.
2. For one address of each kind of page: the database queries of one request at 1× and
   at 10× and the median CPU time of 20 renders (Django's test client, caches in Redis
   and warm, the page cache off; `time.process_time`, so the database server's own work
   is not in it), rendered afresh (the render cache off, as after a publish) and from
   the regions the render cache keeps (core.render_cache: what a visitor the page cache
   does not answer gets, such as an editor or anyone on a form page).
3. Serves the 10× site with gunicorn (2 workers, production settings, DEBUG off) on a
   free local port, once with the page cache and the render cache off
   (PAGE_CACHE_SECONDS=0) and once as configured, and loads each address with `wrk -t2 -c16 -d5s`; says whether the page
   cache answered (the X-Page-Cache header).
4. Serves the same answers, saved as files, with nginx: what the machine can do at most.
5. Prints one markdown table, with the load average before and after and the wall time.

Every server started here runs in its own process group and is stopped at the end,
on error too. Only 127.0.0.1 is ever contacted.
"""

import argparse
import contextlib
import datetime
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
SCALES = (1, 10)
THROUGHPUT_SCALE = 10
RENDERS = 20
WRK_OPTIONS = ["-t2", "-c16", "-d5s", "--timeout", "5s"]
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
# Bump to build every kept database again when the way they are built changes.
BUILD_FORMAT = "1"
PAGE_CACHE_HEADER = "X-Page-Cache"


def progress(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- Pure parts (tests/test_whole_site_benchmark.py) -----------------------------------


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    requests: int
    failed_responses: int  # answers other than 2xx and 3xx
    socket_errors: int


WRK_SOCKET_ERRORS = re.compile(
    r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
)


def parse_wrk(output):
    """What `wrk` printed, as numbers; ValueError when it printed no rate."""
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if rate is None:
        raise ValueError(f"No 'Requests/sec' in wrk's output:\n{output}")
    total = re.search(r"^\s*(\d+) requests in ", output, re.MULTILINE)
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = WRK_SOCKET_ERRORS.search(output)
    return WrkResult(
        requests_per_second=float(rate.group(1)),
        requests=int(total.group(1)) if total else 0,
        failed_responses=int(failed.group(1)) if failed else 0,
        socket_errors=sum(int(number) for number in errors.groups()) if errors else 0,
    )


def inputs_hash(files, root, facts):
    """A short hash of the files' names (relative to `root`) and contents and of `facts`."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(Path(path).relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(Path(path).read_bytes())
        digest.update(b"\0")
    for name in sorted(facts):
        digest.update(f"{name}={facts[name]}\n".encode())
    return digest.hexdigest()[:16]


def ratio(numerator, denominator):
    """Two decimals, or two significant digits for a small ratio (0.0031)."""
    if not numerator or not denominator:
        return "–"
    value = numerator / denominator
    return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"


def rate(value):
    return f"{value:.0f}" if value else "–"


TABLE_COLUMNS = [
    "page",
    "address",
    "queries 1×",
    "queries 10×",
    "render CPU ms 1×",
    "render CPU ms 10×",
    "from regions ms 1×",
    "from regions ms 10×",
    "uncached rps",
    "cached rps",
    "page cache",
    "nginx rps",
    "cached / uncached",
    "cached / nginx",
]


def markdown_table(rows):
    """`rows`: dicts with label, url, queries, cpu_ms and region_cpu_ms (by scale), uncached,
    cached, cache, nginx (requests per second, None when not measured)."""
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |", "|" + "|".join(" --- " for _ in TABLE_COLUMNS) + "|"]
    for row in rows:
        cells = [
            row["label"],
            f"`{row['url']}`",
            *(str(row["queries"].get(scale, "–")) for scale in SCALES),
            *(f"{row['cpu_ms'][scale]:.1f}" if scale in row["cpu_ms"] else "–" for scale in SCALES),
            *(
                f"{row['region_cpu_ms'][scale]:.1f}" if scale in row.get("region_cpu_ms", {}) else "–"
                for scale in SCALES
            ),
            rate(row.get("uncached")),
            rate(row.get("cached")),
            row.get("cache") or "–",
            rate(row.get("nginx")),
            ratio(row.get("cached"), row.get("uncached")),
            ratio(row.get("cached"), row.get("nginx")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def cache_answer(headers_seen):
    """What the page cache said on the requests after the first: hit, miss, or absent."""
    values = {value for value in headers_seen if value}
    if not values:
        return "no header"
    return "/".join(sorted(values))


# --- Settings of every process ----------------------------------------------------------


def database_kind():
    kind = os.environ.get("BENCH_DATABASE", "postgresql").lower()
    if kind in {"postgres", "postgresql"}:
        return "postgresql"
    if kind == "sqlite":
        return "sqlite"
    raise SystemExit(f"BENCH_DATABASE={kind!r}: use postgresql (the default) or sqlite.")


class BenchDatabase:
    """One benchmark database (a scale of the demo) and the files its rows refer to."""

    def __init__(self, kind, scale):
        self.kind = kind
        self.scale = scale
        self.name = f"alliance_bench_{scale}x"
        self.folder = BENCH_DIR / f"{kind}-{scale}x"
        self.marker = self.folder / "built-from"

    @property
    def url(self):
        if self.kind == "sqlite":
            return f"sqlite:///{self.folder / 'db.sqlite3'}"
        return f"{POSTGRES_SERVER}/{self.name}"

    def environment(self, **extra):
        """Production settings, with what they demand, pointed at this database and folder."""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "alliance.settings.production",
            "SECRET_KEY": BENCH_SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": self.url,
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1",
            "EMAIL_HOST": "127.0.0.1",
            # Plain HTTP on the loopback: no redirect to HTTPS.
            "SECURE_SSL_REDIRECT": "false",
            "VAR_DIR": str(self.folder),
            "MEDIA_ROOT": str(self.folder / "media"),
            "APPLICATION_FILES_ROOT": str(self.folder / "private"),
            "STATIC_ROOT": str(BENCH_DIR / "static"),
            # Building runs the search and reference indexing as it goes, not in a queue
            # that no worker reads here.
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "LOG_LEVEL": "WARNING",
            **extra,
        }

    # --- Building or reusing ----------------------------------------------------------

    def built_from(self):
        if not self.marker.is_file() or not (self.folder / "media").is_dir():
            return None
        if self.kind == "sqlite" and not (self.folder / "db.sqlite3").is_file():
            return None
        if self.kind == "postgresql" and not postgres_database_exists(self.name):
            return None
        return self.marker.read_text().strip()

    def manage(self, *arguments):
        subprocess.run(
            [sys.executable, "manage.py", *arguments], cwd=ROOT, env=self.environment(), check=True, timeout=900
        )

    def start_empty(self):
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        if self.kind == "postgresql":
            postgres_command(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            postgres_command(f'CREATE DATABASE "{self.name}"')

    def start_from(self, other):
        """This database as a copy of `other` (rows and media)."""
        if self.folder.exists():
            shutil.rmtree(self.folder)
        shutil.copytree(other.folder, self.folder, ignore=shutil.ignore_patterns("built-from"))
        if self.kind == "postgresql":
            postgres_command(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            postgres_command(f'CREATE DATABASE "{self.name}" TEMPLATE "{other.name}"')

    def mark_built(self, digest):
        self.marker.write_text(f"{digest}\n")


BENCH_SECRET_KEY = secrets.token_urlsafe(48)
RUN_ID = uuid.uuid4().hex[:12]


def postgres_command(sql):
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True, connect_timeout=10) as connection:
        connection.execute(sql)


def postgres_database_exists(name):
    import psycopg

    with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True, connect_timeout=10) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def build_hash(kind, scale):
    from tests.demo_database import demo_source_files

    return inputs_hash(
        [*demo_source_files(), ROOT / "requirements.txt"],
        ROOT,
        {
            "database": kind,
            "scale": scale,
            # Coming events are dated from the day the demo is built.
            "today": datetime.date.today().isoformat(),
            "languages": os.environ.get("SITE_LANGUAGES", ""),
            "format": BUILD_FORMAT,
        },
    )


def ensure_databases(kind):
    databases = {scale: BenchDatabase(kind, scale) for scale in SCALES}
    first = databases[SCALES[0]]
    static_hash = build_hash("static", 0)
    if (BENCH_DIR / "static" / "built-from").is_file() and (
        (BENCH_DIR / "static" / "built-from").read_text().strip() == static_hash
    ):
        progress("Static files: reused")
    else:
        progress("Static files: collecting")
        shutil.rmtree(BENCH_DIR / "static", ignore_errors=True)
        first.folder.mkdir(parents=True, exist_ok=True)
        first.manage("collectstatic", "--noinput", "--verbosity", "0")
        (BENCH_DIR / "static" / "built-from").write_text(f"{static_hash}\n")
    previous = None
    for scale, database in databases.items():
        digest = build_hash(kind, scale)
        if previous is not None:
            # A copy of the smaller one: its hash is part of this one's.
            digest = hashlib.sha256(f"{digest} {previous}".encode()).hexdigest()[:16]
        if database.built_from() == digest:
            progress(f"{scale}× database ({kind} {database.name}): reused")
        else:
            started = time.perf_counter()
            if scale == 1:
                progress(f"{scale}× database ({kind}): building the demo")
                database.start_empty()
                database.manage("migrate", "--noinput", "--verbosity", "0")
                database.manage("load_demo_content")
            else:
                progress(f"{scale}× database ({kind}): copying the demo, then generate_content --scale {scale}")
                database.start_from(first)
                # Two processes side by side where the database lets them (PostgreSQL).
                jobs = ["--jobs", "2"] if kind == "postgresql" else []
                database.manage("generate_content", "--scale", str(scale), *jobs)
            database.mark_built(digest)
            progress(f"{scale}× database built in {time.perf_counter() - started:.0f} s")
        previous = digest
    return databases


# --- Queries and render time, in a Django process per database ---------------------------


def page_type_urls():
    """(label, address) of one page of every kind, the same at every scale (the demo's own)."""
    from django.conf import settings
    from wagtail.models import Locale

    from applications.models import FormPage
    from core.models import HomePage, PublicationPage, StandardPage
    from events.models import EventIndexPage, EventPage
    from news.models import NewsIndexPage, NewsPage
    from participants.models import ParticipantIndexPage, ParticipantPage

    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def first(model, **conditions):
        return model.objects.live().filter(locale=english, **conditions).order_by("path").first()

    def url(page):
        return page.get_url()

    events = first(EventIndexPage)
    event = first(EventPage, start_date__lt=datetime.date.today())
    news = first(NewsIndexPage)
    directory = first(ParticipantIndexPage)
    join = first(FormPage, slug="join")
    return [
        ("home", url(first(HomePage))),
        ("root (language redirect)", "/"),
        ("standard page", url(first(StandardPage, slug="about"))),
        ("publication", url(first(PublicationPage))),
        ("news index", url(news)),
        ("news post", url(first(NewsPage))),
        ("news RSS", url(news) + "rss/"),
        ("calendar: upcoming", url(events)),
        ("calendar: month", f"{url(events)}{event.start_date:%Y/%m}/"),
        ("calendar: year", f"{url(events)}{event.start_date:%Y}/"),
        ("event", url(event)),
        ("event .ics", url(event) + "ics/"),
        ("directory: list", url(directory)),
        ("directory: table", url(directory) + "?view=table"),
        ("directory: map JSON", url(directory) + "map/"),
        ("participant", url(first(ParticipantPage))),
        ("open data CSV", url(directory) + "csv/"),
        ("open data JSON", url(directory) + "json/"),
        ("join form", url(join)),
        ("thank-you", f"{url(join)}{FormPage.thank_you_segment(settings.LANGUAGE_CODE)}/"),
        ("sitemap.xml", "/sitemap.xml"),
        ("404", "/en/no-such-page/"),
    ]


def measure_in_this_process():
    """Print, as JSON, each page's address, status, queries and median render CPU time,
    rendered afresh and from the regions the render cache keeps (core.render_cache)."""
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def queries_and_cpu(url):
        for _warm_up in range(2):
            client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        # Counted now: the captured list is a view of the connection's log, which the
        # next request clears.
        query_count = len(queries)
        cpu_times = []
        for _render in range(RENDERS):
            started = time.process_time()
            client.get(url)
            cpu_times.append(time.process_time() - started)
        return response, query_count, statistics.median(cpu_times) * 1000

    client = Client()
    results = []
    for label, url in page_type_urls():
        settings.RENDER_CACHE_SECONDS = 0
        response, query_count, cpu_ms = queries_and_cpu(url)
        settings.RENDER_CACHE_SECONDS = 300
        _response, region_query_count, region_cpu_ms = queries_and_cpu(url)
        results.append(
            {
                "label": label,
                "url": url,
                "status": response.status_code,
                "queries": query_count,
                "cpu_ms": cpu_ms,
                "region_queries": region_query_count,
                "region_cpu_ms": region_cpu_ms,
            }
        )
    json.dump(results, sys.stdout)


def measure(database):
    progress(f"{database.scale}× queries and render CPU ({RENDERS} renders per page)")
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.whole_site", "--measure-here"],
        cwd=ROOT,
        # Redis holds the caches as in production; the render cache is turned on and off
        # in the process.
        env=database.environment(PAGE_CACHE_SECONDS="0", **shared_cache_environment()),
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(completed.stdout)


# --- Servers ------------------------------------------------------------------------------


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """A server process in its own process group, stopped with all its children."""

    def __init__(self, name, command, env=None, log=None):
        self.name = name
        self.log = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def stop(self):
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)
        if self.log is not subprocess.DEVNULL:
            self.log.close()


@contextlib.contextmanager
def running(server_factory):
    server = server_factory()
    try:
        yield server
    finally:
        server.stop()


def fetch(port, url, timeout=30):
    """(status, headers, body) of a GET on the local server; never follows redirects."""

    class NoRedirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirects)
    try:
        with opener.open(f"http://127.0.0.1:{port}{url}", timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_until_serving(port, server, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} stopped (exit status {server.process.returncode}); see its log")
        try:
            fetch(port, "/robots.txt", timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{server.name} did not answer on port {port} within {seconds} s")


def shared_cache_environment():
    return {
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"),
        "CACHE_KEY_PREFIX": f"bench-{RUN_ID}",
    }


def gunicorn(database, port, page_cache_seconds):
    """gunicorn on the production settings; `page_cache_seconds` None keeps the page cache's default."""
    environment = database.environment()
    # Two processes share their caches through Redis, as production runs them (without
    # REDIS_URL, production turns the page cache off); a key prefix of this run's own
    # keeps another run's pages out.
    environment.update(shared_cache_environment())
    environment.pop("PAGE_CACHE_SECONDS", None)
    if page_cache_seconds is not None:
        environment["PAGE_CACHE_SECONDS"] = page_cache_seconds
    which = "uncached" if page_cache_seconds == "0" else "cached"
    return Server(
        f"gunicorn ({which})",
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "alliance.wsgi",
            *("--workers", "2", "--bind", f"127.0.0.1:{port}", "--graceful-timeout", "5", "--timeout", "60"),
        ],
        env=environment,
        log=BENCH_DIR / f"gunicorn-{which}.log",
    )


def nginx_server(port, pages):
    """nginx serving `pages` (a folder of saved answers, one file per address) on `port`."""
    folder = BENCH_DIR / "nginx"
    (folder / "temp").mkdir(parents=True, exist_ok=True)
    config = folder / "nginx.conf"
    config.write_text(
        f"""worker_processes 2;
pid {folder / "nginx.pid"};
error_log {folder / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {folder / "temp"};
    proxy_temp_path {folder / "temp"};
    fastcgi_temp_path {folder / "temp"};
    uwsgi_temp_path {folder / "temp"};
    scgi_temp_path {folder / "temp"};
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {pages};
        location / {{ try_files $uri =404; }}
    }}
}}
"""
    )
    executable = shutil.which("nginx") or "/usr/sbin/nginx"
    return Server(
        "nginx",
        [executable, "-c", str(config), "-p", str(folder), "-e", str(folder / "error.log"), "-g", "daemon off;"],
        log=folder / "stdout.log",
    )


def wrk(port, url):
    completed = subprocess.run(
        ["wrk", *WRK_OPTIONS, f"http://127.0.0.1:{port}{url}"], capture_output=True, text=True, timeout=60
    )
    if completed.returncode != 0:
        raise RuntimeError(f"wrk failed on {url}: {completed.stderr or completed.stdout}")
    return parse_wrk(completed.stdout)


def load_every_page(name, port, urls, cache_header=False):
    results = {}
    for number, url in enumerate(urls, 1):
        headers_seen = []
        for _warm_up in range(3):
            _status, headers, _body = fetch(port, url)
            headers_seen.append(headers.get(PAGE_CACHE_HEADER))
        result = wrk(port, url)
        progress(f"{name} {number}/{len(urls)} {url}: {result.requests_per_second:.0f} requests/s")
        results[url] = {"wrk": result, "cache": cache_answer(headers_seen[1:]) if cache_header else None}
    return results


# --- The run --------------------------------------------------------------------------------


def main():
    started = time.perf_counter()
    load_before = os.getloadavg()
    kind = database_kind()
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    progress(f"Whole-site benchmark on {kind}; load average {format_load(load_before)}")
    for tool in ("wrk",):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install wrk nginx (make bench installs them)")

    databases = ensure_databases(kind)
    measured = {scale: measure(database) for scale, database in databases.items()}
    urls = [row["url"] for row in measured[SCALES[0]]]
    if urls != [row["url"] for row in measured[THROUGHPUT_SCALE]]:
        raise RuntimeError("The pages measured differ between the scales")

    served = databases[THROUGHPUT_SCALE]
    pages = BENCH_DIR / "nginx" / "pages"
    shutil.rmtree(pages, ignore_errors=True)
    pages.mkdir(parents=True)
    port = free_port()
    with running(lambda: gunicorn(served, port, "0")) as server:
        wait_until_serving(port, server)
        for number, url in enumerate(urls, 1):
            _status, _headers, body = fetch(port, url)
            (pages / str(number)).write_bytes(body)
        uncached = load_every_page("uncached", port, urls)
    port = free_port()
    with running(lambda: gunicorn(served, port, None)) as server:
        wait_until_serving(port, server)
        cached = load_every_page("cached", port, urls, cache_header=True)
    port = free_port()
    with running(lambda: nginx_server(port, pages)) as server:
        wait_until_serving(port, server, seconds=20)
        by_number = load_every_page("nginx", port, [f"/{number}" for number in range(1, len(urls) + 1)])
    nginx = {url: by_number[f"/{number}"] for number, url in enumerate(urls, 1)}

    rows = []
    for index, url in enumerate(urls):
        rows.append(
            {
                "label": measured[SCALES[0]][index]["label"],
                "url": url,
                "queries": {scale: measured[scale][index]["queries"] for scale in SCALES},
                "cpu_ms": {scale: measured[scale][index]["cpu_ms"] for scale in SCALES},
                "region_cpu_ms": {scale: measured[scale][index]["region_cpu_ms"] for scale in SCALES},
                "uncached": uncached[url]["wrk"].requests_per_second,
                "cached": cached[url]["wrk"].requests_per_second,
                "cache": cached[url]["cache"],
                "nginx": nginx[url]["wrk"].requests_per_second,
            }
        )
    print_report(kind, rows, measured, uncached, cached, load_before, started)


def format_load(load):
    return " ".join(f"{value:.2f}" for value in load)


def print_report(kind, rows, measured, uncached, cached, load_before, started):
    print()
    print(
        f"Whole site, {kind}: queries of one request at 1× and 10× the demo; render CPU, requests per "
        f"second (gunicorn, 2 workers, `wrk {' '.join(WRK_OPTIONS)}`) and nginx on the 10× site."
    )
    print()
    print(markdown_table(rows))
    print()
    statuses = {row["url"]: row["status"] for row in measured[THROUGHPUT_SCALE]}
    print("Status codes (10×): " + ", ".join(f"{url} {status}" for url, status in statuses.items()))
    failures = [
        f"{url} ({name}: {results[url]['wrk'].failed_responses} non-2xx/3xx, {results[url]['wrk'].socket_errors} "
        "socket errors)"
        for name, results in (("uncached", uncached), ("cached", cached))
        for url in results
        if (results[url]["wrk"].failed_responses and statuses.get(url, 200) < 400) or results[url]["wrk"].socket_errors
    ]
    if failures:
        print("Errors under load: " + "; ".join(failures))
    answered = {row["cache"] for row in rows}
    if answered == {"no header"}:
        print(f"The page cache did not answer ({PAGE_CACHE_HEADER} never sent): both gunicorn runs are uncached.")
    print(f"Load average before: {format_load(load_before)}; after: {format_load(os.getloadavg())}")
    print(f"Wall time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--measure-here", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure_here:
        measure_in_this_process()
    else:
        main()
