"""Knowing which requests the live servers are still answering, so that the test does not
write to the database, or put the demo database back, under one of them."""

import threading
from contextlib import contextmanager


class RequestGate:
    """Counts the requests the live servers it watches are answering.

    On SQLite the servers' threads share the test's in-memory connection: writing to it
    or putting the demo database back while a late request (an image, a prefetch) is
    still reading it fails ("database table is locked", "destination database is in
    use"). `wait_until_idle()` waits for running requests to end; `paused()` also holds
    new ones back until the block is done.

    For the same reason, on SQLite the requests are answered one at a time: two server
    threads using the one connection at once can fail, or hang both (Django's
    LiveServerTestCase documentation warns of it).
    """

    WAIT_SECONDS = 30

    def __init__(self):
        self.condition = threading.Condition()
        self.running = 0
        self.open = True
        self.one_at_a_time = False
        self.turn = threading.Lock()

    def watch(self, server):
        """Route a pytest-django LiveServer's requests through this gate."""
        if server.thread.connections_override:
            self.one_at_a_time = True
        httpd = server.thread.httpd
        httpd.set_app(self.wrap(httpd.get_app()))
        return server

    def wrap(self, application):
        def gated_application(environ, start_response):
            one_at_a_time = self.one_at_a_time
            if one_at_a_time:
                self.turn.acquire()
            self.started()

            def finished():
                self.finished()
                if one_at_a_time:
                    self.turn.release()

            try:
                response = application(environ, start_response)
            except BaseException:
                finished()
                raise
            return ClosingResponse(response, finished)

        return gated_application

    def started(self):
        with self.condition:
            self.condition.wait_for(lambda: self.open, timeout=self.WAIT_SECONDS)
            self.running += 1

    def finished(self):
        with self.condition:
            self.running -= 1
            self.condition.notify_all()

    def _wait_for_no_request(self):
        if not self.condition.wait_for(lambda: self.running == 0, timeout=self.WAIT_SECONDS):
            raise RuntimeError(f"{self.running} live-server request(s) still running after {self.WAIT_SECONDS} s")

    def wait_until_idle(self):
        with self.condition:
            self._wait_for_no_request()

    @contextmanager
    def paused(self):
        with self.condition:
            self.open = False
            try:
                self._wait_for_no_request()
            except RuntimeError:
                self.open = True
                self.condition.notify_all()
                raise
        try:
            yield
        finally:
            with self.condition:
                self.open = True
                self.condition.notify_all()


# Every live server of the browser tests answers through this one gate.
LIVE_REQUESTS = RequestGate()


class ClosingResponse:
    """A WSGI response that reports when the server has finished sending it (PEP 3333:
    the server calls `close()` once it is done, on success and on error alike)."""

    def __init__(self, response, on_close):
        self.response = response
        self.on_close = on_close

    def __iter__(self):
        return iter(self.response)

    def close(self):
        try:
            close = getattr(self.response, "close", None)
            if close is not None:
                close()
        finally:
            self.on_close()
