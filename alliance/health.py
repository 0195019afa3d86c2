"""`/healthz/`: can this instance serve the site? For the frontend cache, the process
supervisor and whoever is woken at night.

Three checks, each answered in the JSON with what it saw:
- `database`: a query answers;
- `cache`: a value written to the shared cache reads back (the Redis cache ignores its
  errors so that pages are served without it; here an unreachable Redis shows);
- `tasks`: the task queue can be read and no task has waited longer than
  `HEALTH_TASK_MAX_WAIT_SECONDS` (the worker is running).

200 when every check asked for passes, 503 naming those that failed. `?checks=database,cache`
asks for some only (the frontend cache's probe: a stopped worker must not take the
site out of service). Never cached, no session, no language: the answer is the
instance's own, now.
"""

import datetime
import logging
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Min, Q
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

DATABASE_QUEUE_BACKEND = "django_tasks_db.DatabaseBackend"


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"ok": True}


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    read_back = cache.get(key)
    cache.delete(key)
    if read_back != "ok":
        return {"ok": False, "error": "a value written to the cache did not read back"}
    return {"ok": True, "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


def oldest_wait(now=None):
    """Seconds the longest-waiting ready task has waited, or None when none waits."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = now or timezone.now()
    waiting = DBTaskResult.objects.filter(status=TaskResultStatus.READY).aggregate(
        # A task without a delay waits from when it was queued; a delayed one (an
        # e-mail retried later) from the time it was due.
        queued=Min("enqueued_at", filter=Q(run_after=get_date_max())),
        due=Min("run_after", filter=Q(run_after__lte=now)),
    )
    since = min(filter(None, waiting.values()), default=None)
    return None if since is None else max(0.0, (now - since).total_seconds())


def check_tasks():
    backend = settings.TASKS["default"]["BACKEND"]
    if backend != DATABASE_QUEUE_BACKEND:
        return {"ok": True, "backend": backend.rsplit(".", 1)[-1], "queue": "tasks run where they are queued"}
    waited = oldest_wait()
    limit = settings.HEALTH_TASK_MAX_WAIT_SECONDS
    result = {"ok": waited is None or waited <= limit, "oldest_wait_seconds": None if waited is None else round(waited)}
    if not result["ok"]:
        result["error"] = f"a task has waited more than {datetime.timedelta(seconds=limit)}: is db_worker running?"
    return result


CHECKS = {"database": check_database, "cache": check_cache, "tasks": check_tasks}


def run_check(name):
    started = time.monotonic()
    try:
        result = CHECKS[name]()
    except Exception as error:  # a check that raises has failed, whatever the error
        # The details (addresses of services) go to the log, not to whoever asks.
        logger.warning("Health check %s failed: %s", name, error)
        result = {"ok": False, "error": type(error).__name__}
    result["ms"] = round((time.monotonic() - started) * 1000, 1)
    return result


@require_GET
@never_cache
def healthz(request):
    asked = [name.strip() for name in request.GET.get("checks", "").split(",") if name.strip()]
    unknown = [name for name in asked if name not in CHECKS]
    if unknown:
        return JsonResponse({"status": "error", "unknown_checks": unknown, "known": list(CHECKS)}, status=400)
    results = {name: run_check(name) for name in asked or CHECKS}
    failed = [name for name, result in results.items() if not result["ok"]]
    return JsonResponse(
        {"status": "failing" if failed else "ok", "failed": failed, "checks": results},
        status=503 if failed else 200,
    )
