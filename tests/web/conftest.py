"""Browser tests: a real `wirecoder serve` (uvicorn) on 127.0.0.1 over a real SQLite store, driven by
Debian's Chromium through Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("WIRECODER_CHROMIUM", "/usr/bin/chromium")

sys.path.insert(0, str(ROOT / "tests" / "api"))
sys.path.insert(0, str(Path(__file__).parent))
from web_helpers import Server, build_store  # noqa: E402 - after the path


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def browser():
    chromium = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not chromium:
        pytest.skip(f"no Chromium at {CHROMIUM} (scripts/system_deps.sh installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        args = ["--no-sandbox"] if os.geteuid() == 0 else []  # Chromium refuses its sandbox as root
        b = p.chromium.launch(executable_path=chromium, headless=True, args=args)
        yield b
        b.close()


@pytest.fixture(scope="session")
def records_server(tmp_path_factory):
    """The server over a store built from the hand-made records of tests/api (the seed's Rostov
    incident, four others, and an article full of HTML and scripts)."""
    import api_records

    tmp = tmp_path_factory.mktemp("web-records")
    url = f"sqlite:///{tmp / 'web.db'}"
    build_store(url, api_records.corpus())
    server = Server(url, tmp / "serve.log")
    yield server
    server.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
