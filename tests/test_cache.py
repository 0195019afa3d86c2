"""REDIS_URL turns on a shared cache; when Redis is down the site keeps serving."""

import os
import uuid

import pytest
import redis
from django.core.cache import caches
from django.test import override_settings
from django_redis.cache import RedisCache

from alliance.settings.base import cache_settings

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: connections are refused at once.
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"
# The machine's Redis, on a database number the site does not use.
LOCAL_REDIS = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def test_without_redis_url_the_cache_is_per_process():
    assert cache_settings("")["default"]["BACKEND"].endswith("LocMemCache")


def test_redis_url_selects_the_shared_redis_cache():
    settings = cache_settings("redis://cache.internal:6379/1")["default"]

    assert settings["BACKEND"] == "django_redis.cache.RedisCache"
    assert settings["LOCATION"] == "redis://cache.internal:6379/1"
    assert settings["OPTIONS"]["IGNORE_EXCEPTIONS"] is True


def test_site_keeps_serving_when_redis_is_unreachable(client):
    with override_settings(CACHES=cache_settings(UNREACHABLE_REDIS)):
        assert isinstance(caches["default"], RedisCache)
        assert caches["default"].get("anything") is None  # the connection error is swallowed

        for url in ["/en/", "/fr/a-propos/", "/rom/"]:
            response = client.get(url)
            assert response.status_code == 200, url


def test_redis_cache_is_shared_when_redis_is_up(client):
    try:
        redis.Redis.from_url(LOCAL_REDIS, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        message = f"No Redis at {LOCAL_REDIS}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)

    with override_settings(CACHES=cache_settings(LOCAL_REDIS)):
        key = f"test-{uuid.uuid4()}"
        caches["default"].set(key, "shared", 30)
        # Another client of the same server (another process, in production) sees it.
        other = redis.Redis.from_url(LOCAL_REDIS)
        assert any(key in name.decode() for name in other.keys("*"))
        assert caches["default"].get(key) == "shared"
        assert client.get("/en/").status_code == 200
        caches["default"].delete(key)
