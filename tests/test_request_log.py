"""One key=value line per request with the request's id, the id in the response and in
every record logged while the request is served."""

import logging

import pytest

from alliance.request_log import REQUEST_ID_HEADER, RequestIdFilter, format_fields

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_lines(caplog):
    caplog.set_level(logging.INFO, logger="alliance.requests")

    def lines():
        return [record.getMessage() for record in caplog.records if record.name == "alliance.requests"]

    return lines


def test_each_answer_carries_a_request_id_of_its_own(client):
    first = client.get("/en/about/")[REQUEST_ID_HEADER]
    second = client.get("/en/about/")[REQUEST_ID_HEADER]

    assert len(first) == 32
    assert first != second


def test_the_frontend_caches_request_id_is_kept(client):
    response = client.get("/en/about/", headers={REQUEST_ID_HEADER: "varnish-123456:7"})
    assert response[REQUEST_ID_HEADER] == "varnish-123456:7"


@pytest.mark.parametrize("given", ["two words", "x" * 65, "line\nbreak", "<script>"])
def test_a_request_id_that_is_not_a_plain_token_is_replaced(client, given):
    response = client.get("/en/about/", headers={REQUEST_ID_HEADER: given})
    assert response[REQUEST_ID_HEADER] != given
    assert len(response[REQUEST_ID_HEADER]) == 32


def test_one_line_per_request_says_what_was_answered(client, request_lines):
    client.get("/en/about/")
    client.get("/en/no-such-page/")

    lines = request_lines()
    assert len(lines) == 2
    assert lines[0].startswith("method=GET path=/en/about/ status=200 ms=")
    assert "cache=- user=-" in lines[0]
    assert "path=/en/no-such-page/ status=404" in lines[1]


def test_the_line_says_staff_not_who(client, admin_user, request_lines):
    client.force_login(admin_user)
    client.get("/en/about/")

    assert request_lines()[-1].endswith("user=staff")
    assert admin_user.username not in request_lines()[-1]


def test_a_record_logged_during_the_request_carries_its_id(client):
    seen = []

    class Keep(logging.Handler):
        def emit(self, record):
            seen.append(record)

    handler = Keep()
    handler.addFilter(RequestIdFilter())
    django_request = logging.getLogger("django.request")
    django_request.addHandler(handler)
    try:
        client.get("/en/no-such-page/", headers={REQUEST_ID_HEADER: "abc-123"})
    finally:
        django_request.removeHandler(handler)

    assert [record.request_id for record in seen if "Not Found" in record.getMessage()] == ["abc-123"]
    outside = logging.LogRecord("x", logging.INFO, __file__, 1, "outside", None, None)
    RequestIdFilter().filter(outside)
    assert outside.request_id == "-"


def test_values_stay_on_one_line_and_split_on_spaces():
    line = format_fields({"path": '/fr/a b"c', "note": "line\nbreak", "ms": "1.5"})

    assert "\n" not in line
    assert line == 'path="/fr/a b\\"c" note="line\\nbreak" ms=1.5'
