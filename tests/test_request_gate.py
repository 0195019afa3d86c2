"""The live server's request gate: the demo database is put back only once no request
is reading it, and requests that arrive meanwhile wait for it."""

import threading

import pytest

from tests.browser.request_gate import RequestGate


def slow_application(started, release):
    def application(environ, start_response):
        started.set()
        start_response("200 OK", [("Content-Type", "text/plain")])

        def body():
            release.wait(timeout=5)
            yield b"late image"

        return body()

    return application


def serve(application, into):
    response = application({}, lambda status, headers: None)
    try:
        into.append(b"".join(response))
    finally:
        response.close()


def test_pausing_waits_for_the_running_request_to_finish():
    started, release = threading.Event(), threading.Event()
    gate = RequestGate()
    application = gate.wrap(slow_application(started, release))
    answered = []
    request = threading.Thread(target=serve, args=(application, answered))
    request.start()
    assert started.wait(timeout=5)

    order = []

    def put_database_back():
        with gate.paused():
            order.append("restore")

    restorer = threading.Thread(target=put_database_back)
    restorer.start()
    restorer.join(timeout=0.3)
    assert restorer.is_alive(), "the database was put back under a running request"

    release.set()
    request.join(timeout=5)
    restorer.join(timeout=5)
    assert answered == [b"late image"]
    assert order == ["restore"]
    assert gate.running == 0


def test_a_request_arriving_while_paused_waits_until_the_database_is_back():
    started, release = threading.Event(), threading.Event()
    release.set()
    gate = RequestGate()
    application = gate.wrap(slow_application(started, release))
    answered = []
    with gate.paused():
        request = threading.Thread(target=serve, args=(application, answered))
        request.start()
        assert not started.wait(timeout=0.3), "a request ran while the database was being put back"
    assert started.wait(timeout=5)
    request.join(timeout=5)
    assert answered == [b"late image"]


def test_a_request_whose_application_fails_is_not_counted_as_running():
    def failing(environ, start_response):
        raise ValueError("broken view")

    gate = RequestGate()
    application = gate.wrap(failing)
    with pytest.raises(ValueError, match="broken view"):
        application({}, lambda status, headers: None)
    assert gate.running == 0
    with gate.paused():
        pass


def test_waiting_until_idle_returns_once_the_last_request_has_been_sent():
    started, release = threading.Event(), threading.Event()
    gate = RequestGate()
    application = gate.wrap(slow_application(started, release))
    answered = []
    request = threading.Thread(target=serve, args=(application, answered))
    request.start()
    assert started.wait(timeout=5)
    waiter = threading.Thread(target=gate.wait_until_idle)
    waiter.start()
    waiter.join(timeout=0.3)
    assert waiter.is_alive(), "the test went on while a request was still running"

    release.set()
    waiter.join(timeout=5)
    assert not waiter.is_alive()
    assert answered == [b"late image"]


def test_one_at_a_time_a_second_request_waits_for_the_first():
    started, release = threading.Event(), threading.Event()
    gate = RequestGate()
    gate.one_at_a_time = True
    application = gate.wrap(slow_application(started, release))
    first_answer, second_answer = [], []
    first = threading.Thread(target=serve, args=(application, first_answer))
    first.start()
    assert started.wait(timeout=5)
    started.clear()
    second = threading.Thread(target=serve, args=(application, second_answer))
    second.start()
    assert not started.wait(timeout=0.3), "two requests ran at once on the shared connection"

    release.set()
    first.join(timeout=5)
    second.join(timeout=5)
    assert first_answer == second_answer == [b"late image"]
    assert gate.running == 0
