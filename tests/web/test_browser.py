"""The web page in headless Chromium over a real server: map markers, filters, timeline, the
incident view with its conflict, and untrusted article text rendered as text."""

from __future__ import annotations

import json
from pathlib import Path

import api_records
import pytest
from web_helpers import open_page, wait_refreshed

pytestmark = [pytest.mark.browser]

PLACED = 6  # every incident of api_records.corpus() has coordinates


def apply(page):
    before = page.get_attribute("body", "data-ready")
    page.click("#f-apply")
    wait_refreshed(page, before)


def test_map_shows_a_marker_per_incident_and_the_boundaries(page, records_server, artifacts):
    open_page(page, records_server)
    assert page.locator("path.incident-marker").count() == PLACED
    assert page.locator("#incident-list li").count() == PLACED
    assert page.locator("#list-total").inner_text().startswith("6 incidents")
    # the Natural Earth countries are drawn on the canvas, no tile was asked for
    assert page.locator("#map canvas").count() >= 1
    assert page.locator("img.leaflet-tile").count() == 0
    # markers are sized by the killed count: Mogadishu (21 killed) is bigger than Berlin (none)
    radius = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('path.incident-marker')]
        .map(p => [p.getAttribute('class'), p.getBBox().width]))""")
    hostage = max(w for c, w in radius.items() if "hostage_taking" in c)
    arrest = radius[next(c for c in radius if "type-arrest" in c)]
    assert hostage > arrest
    # coloured by type: the legend names the types shown
    assert "Bombing" in page.inner_text("#legend")
    assert page.locator("#timeline rect.bar").count() >= 5
    page.screenshot(path=str(artifacts / "web-map.png"))
    assert page.errors == []


def test_a_filter_narrows_list_map_and_timeline(page, records_server):
    open_page(page, records_server)
    page.fill("#f-country", "NG")
    apply(page)
    assert page.locator("#incident-list li").count() == 2
    assert page.locator("path.incident-marker").count() == 2
    assert page.locator("#timeline rect.bar").count() == 2
    # the type select applies at once
    before = page.get_attribute("body", "data-ready")
    page.select_option("#f-type", "kidnapping")
    wait_refreshed(page, before)
    assert page.locator("#incident-list li").count() == 1
    assert "Kidnapping" in page.inner_text("#incident-list")
    # reset brings everything back
    before = page.get_attribute("body", "data-ready")
    page.click("#f-reset")
    wait_refreshed(page, before)
    assert page.locator("#incident-list li").count() == PLACED
    # free text and a date range
    page.fill("#f-q", "suicide")
    apply(page)
    assert page.locator("#incident-list li").count() == 1
    assert "Bombing" in page.inner_text("#incident-list")
    page.fill("#f-q", "")
    page.fill("#f-date-from", "2024-06-01")
    page.fill("#f-date-to", "2024-12-31")
    apply(page)
    assert page.locator("#incident-list li").count() == 2
    assert page.errors == []


def test_map_view_only_follows_the_map(page, records_server):
    open_page(page, records_server)
    before = page.get_attribute("body", "data-ready")
    page.check("#f-bbox")
    wait_refreshed(page, before)
    assert page.locator("#incident-list li").count() == PLACED  # the whole world is in view
    before = page.get_attribute("body", "data-ready")
    page.evaluate("() => { window.wirecoder.map.fitBounds([[4, 3], [13, 14]], {animate: false}); }")  # Nigeria
    wait_refreshed(page, before)
    assert page.locator("#incident-list li").count() == 2
    assert page.locator("path.incident-marker").count() == 2


def test_clicking_a_timeline_bar_selects_its_period(page, records_server):
    open_page(page, records_server)
    before = page.get_attribute("body", "data-ready")
    page.locator("#timeline rect.bar").first.dispatch_event("click")
    wait_refreshed(page, before)
    assert page.input_value("#f-date-from") == "2022-08-01"
    assert page.locator("#incident-list li").count() == 1
    assert "Mogadishu" in page.inner_text("#incident-list")


def test_bad_filter_says_why(page, records_server):
    open_page(page, records_server)
    page.fill("#f-country", "R")
    page.click("#f-apply")
    page.wait_for_selector("#message:not([hidden])")
    assert "country" in page.inner_text("#message")


def test_incident_view_shows_the_conflict_at_a_glance(page, records_server, artifacts):
    open_page(page, records_server)
    page.locator("#incident-list li", has_text="Rostov").click()
    page.wait_for_selector("#detail[data-view=incident] #conflicts .conflict-badge")
    badge = page.inner_text("#conflicts .conflict-badge[data-field='counts.killed']")
    assert "6 killed" in badge and "Russian media" in badge
    assert "unclear" in badge and "hedged" in badge
    assert "Sources disagree on killed" in badge
    # the per-source table: who said how many, when
    rows = page.locator("#claims tbody tr.in-conflict")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert any("Russian media" in t and "6" in t and "2024-06-16" in t for t in texts), texts
    assert any("unclear" in t and "hedged" in t and "Russian prison service" in t for t in texts), texts
    assert page.is_visible("#conflicts .conflict-badge")
    page.screenshot(path=str(artifacts / "web-incident-rostov.png"))
    # from the incident to its article, with the evidence highlighted
    page.locator("#incident-articles a").first.click()
    page.wait_for_selector("#detail[data-view=article] #article-text")
    assert page.inner_text("#article-title") == "Rostov prison hostage-taking"
    triggers = page.evaluate("[...document.querySelectorAll('#article-text mark.trigger')]"
                             ".map(m => m.textContent).join('|')")
    assert "took |two guards| as hostages" in triggers  # the count inside the trigger marked as well
    assert page.locator("#article-text mark.count", has_text="six detainees").count() >= 1
    assert page.locator("#article-text mark.hedge", has_text="It remains unclear").count() == 1
    # the highlighted text is the article's text, unchanged
    detail = page.evaluate("(id) => fetch('/api/articles/' + id).then(r => r.json())",
                           page.url.rsplit("/", 1)[1])
    assert page.inner_text("#article-text").replace("\n", " ").split() == detail["article"]["text"].split()
    page.screenshot(path=str(artifacts / "web-article-rostov.png"))
    assert page.errors == []


def test_hostile_article_renders_as_text(page, records_server, artifacts):
    hostile = api_records.corpus()[-1].article
    open_page(page, records_server)
    page.goto(records_server.url + "/#/article/" + hostile.id)
    page.wait_for_selector("#detail[data-view=article] #article-text")
    assert page.inner_text("#article-title") == api_records.HOSTILE_TITLE
    assert api_records.HOSTILE_SOURCE in page.inner_text("#article-meta")
    text = page.inner_text("#article-text")
    assert "<script>window.__pwned" in text and 'href="javascript:' in text and "<img src=x" in text
    # no element was made from the data: no img, script, b or a in the article, no handler attributes
    body = page.locator("#detail-body")
    assert body.locator("img, script, b, iframe").count() == 0
    assert body.locator("#article-text a").count() == 0
    assert page.locator("[onerror], [onclick]").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    # the javascript: URL is shown, not linked
    assert page.inner_text("#article-url") == "javascript:window.__pwned=1"
    # the incident view shows the outlet's name as text too
    page.goto(records_server.url + "/#/incident/" + api_records.corpus()[-1].incidents[0].id)
    page.wait_for_selector("#detail[data-view=incident] #claims")
    assert api_records.HOSTILE_SOURCE in page.inner_text("#claims")
    page.wait_for_timeout(300)  # give any injected handler its chance to run
    assert page.evaluate("window.__pwned") is None
    assert page.title() == "wirecoder"
    page.screenshot(path=str(artifacts / "web-hostile-article.png"))
    assert page.errors == []


def test_export_downloads_the_filtered_incidents(page, records_server):
    open_page(page, records_server)
    page.fill("#f-country", "RU")
    apply(page)
    page.select_option("#export-format", "geojson")
    with page.expect_download() as info:
        page.click("#export-go")
    data = json.loads(Path(info.value.path()).read_text())
    assert len(data["features"]) == 1
