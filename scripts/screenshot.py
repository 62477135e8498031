"""The README's screenshot (docs/screenshot.png): the web page over a store built by the real
pipeline from the repository's examples, with the Rostov hostage-taking open.

    .venv/bin/python scripts/screenshot.py                    # writes docs/screenshot.png
    .venv/bin/python scripts/screenshot.py --out /tmp/shot.png --keep-db /tmp/examples.db

Steps: ``wirecoder ingest`` of ``examples/corpus/rostov_reports.jsonl`` and every
``examples/*.txt`` (dates and outlets from ``examples/index.tsv``) into a fresh SQLite store;
``wirecoder serve`` on a free port of 127.0.0.1; Debian's Chromium driven headless by Playwright
opens the page, clicks the Rostov incident in the list, waits for its conflict badge and saves
the PNG. Nothing is fetched from the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("WIRECODER_CHROMIUM", "/usr/bin/chromium")


def wirecoder(*args: str, **kwargs) -> subprocess.CompletedProcess | subprocess.Popen:
    """Run the wirecoder CLI of this interpreter's environment (Popen when ``background``)."""
    command = [sys.executable, "-c", "import sys; from wirecoder.cli import main; sys.exit(main())", *args]
    if kwargs.pop("background", False):
        return subprocess.Popen(command, **kwargs)
    return subprocess.run(command, check=True, **kwargs)


def build_store(url: str) -> None:
    examples = ROOT / "examples"
    paths = [examples / "corpus" / "rostov_reports.jsonl", *sorted(examples.glob("*.txt"))]
    print(f"ingest: {len(paths)} files into {url}", flush=True)
    wirecoder("ingest", *map(str, paths), "--db", url, "--quiet")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(url: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k not in ("WIRECODER_READ_TOKEN",)}
    proc = wirecoder("serve", "--db", url, "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
                     background=True, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"wirecoder serve exited with {proc.returncode}: {log.read_text()}")
        try:
            if httpx.get(base + "/api/incidents?limit=1", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(proc)
    raise SystemExit(f"wirecoder serve did not answer within 60 s: {log.read_text()}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def shoot(base: str, out: Path, chromium: str, width: int, height: int) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        args = ["--no-sandbox"] if os.geteuid() == 0 else []  # Chromium refuses its sandbox as root
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=args)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready]", timeout=30_000)
            page.wait_for_selector("body[data-boundaries=loaded]", timeout=30_000)
            rostov = page.locator("#incident-list li", has_text="Rostov").filter(has_text="Hostage taking")
            if rostov.count() != 1:
                raise SystemExit(f"expected one Rostov hostage-taking in the list, found {rostov.count()}")
            rostov.click()
            badge = "#detail[data-view=incident] #conflicts .conflict-badge[data-field='counts.killed']"
            page.wait_for_selector(badge, timeout=30_000)
            text = page.inner_text(badge)
            if "6 killed" not in text or "unclear" not in text:
                raise SystemExit(f"the Rostov conflict badge does not read as expected: {text!r}")
            page.wait_for_timeout(300)  # let the map settle after centring on the incident
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            if errors:
                raise SystemExit("the page reported errors: " + "; ".join(errors))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png", help="PNG to write")
    ap.add_argument("--keep-db", type=Path, help="build the store in this SQLite file (replaced) and keep it")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--chromium", default=CHROMIUM, help="Chromium executable (default: Debian's)")
    args = ap.parse_args(argv)

    chromium = args.chromium if Path(args.chromium).exists() else shutil.which("chromium")
    if not chromium:
        raise SystemExit(f"no Chromium at {args.chromium} (scripts/system_deps.sh installs Debian's chromium)")

    with tempfile.TemporaryDirectory(prefix="wirecoder-shot-") as tmp:
        db = args.keep_db or Path(tmp) / "examples.db"
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        url = f"sqlite:///{db.resolve()}"
        build_store(url)
        server, base = serve(url, Path(tmp) / "serve.log")
        try:
            shoot(base, args.out, chromium, args.width, args.height)
        finally:
            stop(server)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
