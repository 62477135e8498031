"""A PostgreSQL server that accepts the connection and never answers costs the connect timeout
(setting ``pg_connect_timeout_s``), not the minutes of the kernel's TCP retries."""

from __future__ import annotations

import socket
import time

import pytest

from wirecoder.config import Config
from wirecoder.errors import StoreError
from wirecoder.store import open_store


def test_a_silent_postgresql_listener_fails_within_the_connect_timeout():
    pytest.importorskip("psycopg")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # the handshake completes in the backlog; nothing ever answers
        port = listener.getsockname()[1]
        started = time.monotonic()
        with pytest.raises(StoreError, match="timeout"):
            open_store(f"postgresql://wirecoder@127.0.0.1:{port}/wirecoder", Config(pg_connect_timeout_s=2))
        assert time.monotonic() - started < 15


def test_the_default_is_a_few_seconds():
    assert Config().pg_connect_timeout_s == 5
