"""`/healthz/`: 200 when the database, the cache and the task queue answer, 503 naming
what failed, never cached and with no session; against real services where it matters
(a closed Redis port, an unreachable PostgreSQL)."""

import datetime
import json
import os
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings
from django.utils import timezone

from alliance.settings.base import cache_settings
from tests.fresh_settings import PRODUCTION_ENVIRONMENT

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def health(client, query=""):
    response = client.get("/healthz/" + query)
    return response, json.loads(response.content)


def test_a_healthy_instance_answers_200_with_each_check(client):
    response, answer = health(client)

    assert response.status_code == 200
    assert answer["status"] == "ok"
    assert answer["failed"] == []
    assert set(answer["checks"]) == {"database", "cache", "tasks"}
    assert all(check["ok"] for check in answer["checks"].values())


def test_the_answer_is_never_cached_and_sets_no_cookie(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    first = client.get("/healthz/")
    second = client.get("/healthz/")

    assert "no-store" in first["Cache-Control"]
    assert "X-Page-Cache" not in second
    assert not first.cookies


def test_a_cache_that_does_not_answer_fails_the_cache_check_quickly(client, settings):
    # Redis on a port where nothing listens: the site's cache ignores the errors.
    settings.CACHES = cache_settings("redis://127.0.0.1:1/0")
    started = time.monotonic()
    response, answer = health(client)

    assert response.status_code == 503
    assert answer["failed"] == ["cache"]
    assert answer["checks"]["database"]["ok"]
    assert time.monotonic() - started < 2


def test_a_real_redis_passes(client, settings):
    caches = cache_settings("redis://127.0.0.1:6379/14")
    caches["default"]["KEY_PREFIX"] = f"test-health-{uuid.uuid4().hex}"
    settings.CACHES = caches

    response, answer = health(client)
    assert response.status_code == 200
    assert answer["checks"]["cache"]["backend"] == "RedisCache"


@pytest.fixture
def queued_task(settings):
    """An e-mail delivery queued on the database queue, as production queues it."""
    settings.TASKS = DATABASE_QUEUE  # django_tasks reads it again
    from django_tasks_db.models import DBTaskResult

    from applications.tasks import deliver_email

    deliver_email.enqueue(0)
    return DBTaskResult.objects.get()


def test_a_task_waiting_too_long_fails_the_task_check(client, queued_task):
    type(queued_task).objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=20))

    response, answer = health(client)
    assert response.status_code == 503
    assert answer["failed"] == ["tasks"]
    assert answer["checks"]["tasks"]["oldest_wait_seconds"] >= 20 * 60
    assert "db_worker" in answer["checks"]["tasks"]["error"]


def test_a_task_just_queued_passes(client, queued_task):
    response, answer = health(client)
    assert response.status_code == 200
    assert answer["checks"]["tasks"]["oldest_wait_seconds"] < 60


def test_the_frontend_cache_probe_asks_for_the_checks_it_needs(client, queued_task):
    type(queued_task).objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=2))

    response, answer = health(client, "?checks=database,cache")
    assert response.status_code == 200
    assert set(answer["checks"]) == {"database", "cache"}


def test_an_unknown_check_is_a_400_that_names_the_known_ones(client):
    response, answer = health(client, "?checks=database,coffee")
    assert response.status_code == 400
    assert answer["unknown_checks"] == ["coffee"]
    assert "tasks" in answer["known"]


def test_an_unreachable_database_fails_within_two_seconds():
    """Production settings, PostgreSQL on a port where nothing listens, in a process of
    its own (the test process's database stays as it is)."""
    script = (
        "import django, json, time\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "started = time.monotonic()\n"
        # Over plain HTTP, as a probe asks: not redirected to HTTPS.
        "response = Client(HTTP_HOST='alliance.example.org').get('/healthz/')\n"
        "print(json.dumps({'status': response.status_code, 'seconds': time.monotonic() - started,"
        " 'answer': json.loads(response.content)}))\n"
    )
    environment = {
        **{name: value for name, value in os.environ.items() if name not in PRODUCTION_ENVIRONMENT},
        **PRODUCTION_ENVIRONMENT,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/alliance",
        "VAR_DIR": str(settings.BASE_DIR / "var" / "test-health"),
    }
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    result = json.loads(completed.stdout.strip().splitlines()[-1])

    assert result["status"] == 503
    assert "database" in result["answer"]["failed"]
    assert result["answer"]["checks"]["database"]["error"] == "OperationalError"
    # Where the services are is for the log, not for whoever asks.
    assert "127.0.0.1" not in completed.stdout
    assert result["seconds"] < 2
