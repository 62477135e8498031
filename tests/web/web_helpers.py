"""Helpers of the browser tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "browser-test-token"


def open_page(page, server, hash_: str = "") -> None:
    page.goto(server.url + "/" + hash_)
    page.wait_for_selector("body[data-ready]", timeout=20_000)
    page.wait_for_selector("body[data-boundaries=loaded]", timeout=20_000)


def wait_refreshed(page, before: str | None) -> None:
    page.wait_for_function("(b) => document.body.getAttribute('data-ready') !== b", arg=before, timeout=20_000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, db_url: str, log: Path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = {**os.environ, "WIRECODER_TOKEN": TOKEN}
        env.pop("WIRECODER_READ_TOKEN", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys; from wirecoder.cli import main; sys.exit(main())", "serve", "--db", db_url, "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning"],
            stdout=log.open("w"), stderr=subprocess.STDOUT, env=env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"wirecoder serve exited with {self.proc.returncode}: {log.read_text()}")
            try:
                if httpx.get(self.url + "/api/incidents?limit=1", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"wirecoder serve did not answer within 60 s: {log.read_text()}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def build_store(url: str, results) -> None:
    from wirecoder.store import open_store

    store = open_store(url)
    try:
        store.add(results)
    finally:
        store.close()
