"""The page over a store built by the real pipeline: the corpus issue's `wirecoder ingest` of the four
Rostov reports, and the bundled example articles."""

from __future__ import annotations

import csv

import pytest
from web_helpers import ROOT, Server, build_store, open_page

pytestmark = [pytest.mark.browser, pytest.mark.model]


@pytest.fixture(scope="module")
def examples_server(tmp_path_factory):
    from wirecoder import extract

    rows = list(csv.DictReader((ROOT / "examples" / "index.tsv").open(), delimiter="\t"))
    results = [extract((ROOT / "examples" / r["file"]).read_text(), published=r["published"], source=r["source"],
                       title=r["file"].removesuffix(".txt").replace("_", " "))
               for r in rows]
    tmp = tmp_path_factory.mktemp("web-examples")
    url = f"sqlite:///{tmp / 'examples.db'}"
    from wirecoder.cli import main

    assert main(["ingest", str(ROOT / "examples" / "corpus" / "rostov_reports.jsonl"), "--db", url, "--quiet"]) == 0
    build_store(url, results)
    server = Server(url, tmp / "serve.log")
    yield server
    server.stop()


def test_examples_on_the_map_and_the_rostov_conflict(page, examples_server, artifacts):
    open_page(page, examples_server)
    listed = page.locator("#incident-list li").count()
    markers = page.locator("path.incident-marker").count()
    assert listed >= 10 and markers >= 8, (listed, markers)
    page.screenshot(path=str(artifacts / "web-examples-map.png"))
    rostov = page.locator("#incident-list li", has_text="Rostov").filter(has_text="Hostage taking")
    assert rostov.count() == 1
    assert rostov.locator(".flag.conflict").count() == 1  # flagged in the list already
    rostov.click()
    page.wait_for_selector("#detail[data-view=incident] #conflicts .conflict-badge[data-field='counts.killed']")
    badge = page.inner_text("#conflicts .conflict-badge[data-field='counts.killed']")
    assert "6 killed" in badge and "Russian media" in badge and "unclear" in badge, badge
    disputed = page.locator("#claims tr.in-conflict")
    assert disputed.count() >= 3
    # several outlets' reports of the same incident, each claim with its publication date
    articles = page.locator("#incident-articles li")
    assert articles.count() >= 3, articles.count()
    dates = {disputed.nth(i).locator("td").nth(3).inner_text() for i in range(disputed.count())}
    assert "2024-06-16" in dates and len(dates) >= 2, dates
    page.screenshot(path=str(artifacts / "web-examples-rostov.png"))
    assert page.errors == []
