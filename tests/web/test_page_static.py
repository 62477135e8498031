"""The page's files: its vocabularies follow the Python ones, nothing is loaded from elsewhere,
and data never reaches innerHTML."""

from __future__ import annotations

import re
from importlib import resources

from wirecoder.export import FORMATS
from wirecoder.model import EventType

STATIC = resources.files("wirecoder.web") / "static"


def js() -> str:
    return (STATIC / "app.js").read_text()


def test_event_types_and_formats_match_the_model():
    source = js()
    block = source[source.index("const TYPES = {"):source.index("};", source.index("const TYPES = {"))]
    assert re.findall(r"^\s+(\w+): \[", block, re.MULTILINE) == [t.value for t in EventType]
    formats = re.search(r"const FORMATS = \[(.*?)\];", source).group(1)
    assert re.findall(r'"(\w+)"', formats) == list(FORMATS)


def test_no_html_from_strings():
    code = "\n".join(line for line in js().splitlines() if not line.strip().startswith(("*", "/*", "//")))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink
    # Leaflet turns string tooltips and popups into HTML: only DOM nodes are given to it
    assert "bindPopup" not in code
    assert re.findall(r"bindTooltip\((\w+)", code) == ["tooltipNode"]


def test_everything_is_served_locally():
    html = (STATIC / "index.html").read_text()
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "http://" not in js().replace("http://www.w3.org/2000/svg", "") and "https://" not in js()
    for path in re.findall(r'(?:src|href)="/static/([^"]+)"', html):
        assert (STATIC / path).is_file(), path


def test_vendored_files_and_their_licences():
    vendor = STATIC / "vendor"
    for path in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE.txt",
                 "topojson-client/topojson-client.min.js", "topojson-client/LICENSE.txt",
                 "world-atlas/countries-50m.json", "world-atlas/countries-110m.json", "world-atlas/LICENSE.txt",
                 "NOTICE.txt"):
        assert (vendor / path).is_file(), path
    notice = (vendor / "NOTICE.txt").read_text()
    for word in ("Leaflet", "BSD-2-Clause", "topojson-client", "ISC", "Natural Earth", "public domain"):
        assert word in notice
