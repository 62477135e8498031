/* wirecoder's web page: map, timeline, list, incident and article views over /api/.
 *
 * Everything the API returns comes from news text and is untrusted: it reaches the page only as
 * text nodes (el(), textContent), never through innerHTML, and links are made only for http(s)
 * URLs. Leaflet tooltips get DOM nodes, not strings, for the same reason.
 */
(function () {
  "use strict";

  // ------------------------------------------------------------------ vocabularies
  // The event types of wirecoder.model.EventType and the formats of wirecoder.export.FORMATS
  // (tests/web/test_page_static.py keeps these lists in step with the Python ones).
  const TYPES = {
    armed_assault: ["Armed assault", "#d62728"],
    bombing: ["Bombing", "#ff7f0e"],
    assassination: ["Assassination", "#8c1c13"],
    hostage_taking: ["Hostage taking", "#9467bd"],
    kidnapping: ["Kidnapping", "#c77dff"],
    hijacking: ["Hijacking", "#6a3d9a"],
    facility_attack: ["Facility attack", "#8c564b"],
    security_operation: ["Security operation", "#1f77b4"],
    arrest: ["Arrest", "#17becf"],
    claim_of_responsibility: ["Claim of responsibility", "#e377c2"],
    accusation: ["Accusation", "#bcbd22"],
    threat: ["Threat", "#f2b701"],
    protest: ["Protest", "#2ca02c"],
    statement: ["Statement", "#7f7f7f"],
  };
  const FORMATS = ["json", "jsonl", "csv", "acled", "gtd", "geojson", "parquet", "muc4"];
  const PAGE = 50;
  const MAP_LIMIT = 500;  // markers per view: the newest placed incidents in it, from /api/map (scripts/loadtest.py measures this)

  const $ = (id) => document.getElementById(id);
  const state = { offset: 0, total: 0, token: sessionStorage.getItem("wirecoder-token") || "" };

  // ------------------------------------------------------------------ DOM helpers (text only)
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === "class") node.className = value;
        else if (key === "text") node.textContent = value;
        else if (key === "title") node.title = value;
        else if (key === "href") setHref(node, value);
        else if (key.startsWith("data-")) node.setAttribute(key, value);
        else if (key === "onclick") node.addEventListener("click", value);
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setHref(node, value) {
    const v = String(value);
    if (v.startsWith("#/")) node.setAttribute("href", v);
    else if (/^https?:\/\//i.test(v)) {
      node.setAttribute("href", v);
      node.setAttribute("rel", "noopener noreferrer nofollow");
      node.setAttribute("target", "_blank");
    }
    // anything else (javascript:, data:, ...) gets no href at all
  }

  function appendAll(node, ...children) {
    for (const child of children.flat()) if (child) node.appendChild(child);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function message(text) {
    const box = $("message");
    box.textContent = text || "";
    box.hidden = !text;
  }

  // ------------------------------------------------------------------ API
  async function api(path, params, raw) {
    const url = path + (params && params.toString() ? "?" + params.toString() : "");
    const headers = {};
    if (state.token) headers.Authorization = "Bearer " + state.token;
    const response = await fetch(url, { headers });
    if (response.status === 401) {
      $("token-form").hidden = false;
      throw new Error("this server needs a token to read");
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const body = await response.json();
        detail = typeof body.detail === "string" ? body.detail
          : (body.detail || []).map((d) => (d.loc || []).slice(1).join(".") + ": " + d.msg).join("; ");
      } catch (e) { /* not JSON */ }
      throw new Error(response.status + " " + detail);
    }
    return raw ? response : response.json();
  }

  function filterParams(withBbox) {
    const p = new URLSearchParams();
    const add = (name, id) => { const v = $(id).value.trim(); if (v) p.set(name, v); };
    add("date_from", "f-date-from");
    add("date_to", "f-date-to");
    add("type", "f-type");
    add("actor", "f-actor");
    add("source", "f-source");
    add("country", "f-country");
    add("q", "f-q");
    if (withBbox !== false && $("f-bbox").checked && map) {
      const b = map.getBounds();
      const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
      // Leaflet's longitudes run past ±180 on a panned world; a box across the antimeridian is
      // sent as west > east, which the API understands
      const wrap = (v) => ((((v + 180) % 360) + 360) % 360) - 180;
      let west = wrap(b.getWest()), east = wrap(b.getEast());
      if (b.getEast() - b.getWest() >= 360) { west = -180; east = 180; }
      else if (east === -180) east = 180;
      const south = clamp(b.getSouth(), -90, 90), north = clamp(b.getNorth(), -90, 90);
      p.set("bbox", [west, south, east, north].map((v) => v.toFixed(4)).join(","));
    }
    return p;
  }

  // ------------------------------------------------------------------ record helpers
  const typeLabel = (t) => (TYPES[t] ? TYPES[t][0] : String(t));
  const typeColour = (t) => (TYPES[t] ? TYPES[t][1] : "#555");

  function headline(incident, kind) {
    const c = (incident.counts || []).find((x) => x.kind === kind);
    return c || null;
  }

  function countText(c) {
    if (!c) return "";
    if (c.value === null || c.value === undefined) {
      if (c.low !== null && c.low !== undefined) return (c.qualifier ? c.qualifier + " " : "") + c.low;
      return "unclear";
    }
    return (c.qualifier ? c.qualifier + " " : "") + c.value;
  }

  function placeText(place) {
    if (!place) return "place unknown";
    const parts = [place.name];
    if (place.country && place.country !== place.name) parts.push(place.country);
    return parts.join(", ");
  }

  const dateText = (when) => (when ? when.date + (when.precision && when.precision !== "day" ? " (" + when.precision + ")" : "") : "date unknown");

  function valueText(field, value) {
    if (value === null || value === undefined) return field.startsWith("counts.") ? "unclear" : "unknown";
    return String(value);
  }

  function fieldLabel(field) {
    if (!field.startsWith("counts.")) return field;
    const [kind, whose] = field.slice(7).split(".");
    return whose ? kind + " (" + whose + ")" : kind;
  }

  function inConflict(field, conflictFields) {
    for (const f of conflictFields) if (field === f || field.startsWith(f + ".")) return true;
    return false;
  }

  // ------------------------------------------------------------------ map
  let map = null, markers = null, countryLayer = null;

  function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([25, 20], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Leaflet · boundaries: Natural Earth (world-atlas)");
    countryLayer = L.geoJSON(null, {
      renderer: L.canvas({ padding: 0.2 }),
      style: { color: "#8a96a3", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
    markers = L.layerGroup().addTo(map);
    fetch("/static/vendor/world-atlas/countries-50m.json")
      .then((r) => r.json())
      .then((world) => {
        countryLayer.addData(topojson.feature(world, world.objects.countries));
        markers.eachLayer((m) => m.bringToFront && m.bringToFront());
        document.body.setAttribute("data-boundaries", "loaded");
      })
      .catch((e) => message("could not load the country boundaries: " + e.message));
    map.on("moveend", () => { if ($("f-bbox").checked) refresh(); });
    window.wirecoder = { map };  // for the browser tests and the console
  }

  // the map draws the points of /api/map: id, type, date, precision, place, country_code, lat,
  // lon, killed (the headline figure) and conflicts (how many fields are disputed)
  function tooltipNode(point) {
    const where = point.place ? point.place + (point.country_code ? ", " + point.country_code : "") : "place unknown";
    return el("div", null,
      el("div", { class: "tt-title", text: typeLabel(point.type) + " · " + where }),
      el("div", { text: dateText(point.date ? { date: point.date, precision: point.precision } : null) }),
      point.killed !== null && point.killed !== undefined ? el("div", { text: "killed: " + point.killed }) : null,
      point.conflicts ? el("div", { text: "⚠ sources disagree" }) : null);
  }

  function drawMarkers(items, fit) {
    markers.clearLayers();
    const points = [];
    for (const point of items) {
      if (typeof point.lat !== "number" || typeof point.lon !== "number") continue;
      const marker = L.circleMarker([point.lat, point.lon], {
        radius: Math.min(30, 5 + 2.5 * Math.sqrt(Math.max(0, point.killed || 0))),
        color: "#222", weight: point.conflicts ? 2 : 1,
        fillColor: typeColour(point.type), fillOpacity: 0.75,
        className: "incident-marker type-" + point.type,
      });
      marker.bindTooltip(tooltipNode(point), { direction: "top" });
      marker.on("click", () => { location.hash = "#/incident/" + encodeURIComponent(point.id); });
      marker.addTo(markers);
      points.push([point.lat, point.lon]);
    }
    if (fit && state.shown && !$("detail").hidden) showOnMap(state.shown);
    // not animated: an animation still running when the user (or a test) moves the map would
    // finish by moving it back
    else if (fit && points.length) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 6, animate: false });
    document.body.setAttribute("data-markers", String(points.length));
  }

  function drawLegend(items) {
    const present = [...new Set(items.map((i) => i.type))];
    const box = clear($("legend"));
    if (!present.length) { box.hidden = true; return; }
    box.hidden = false;
    for (const t of Object.keys(TYPES).filter((t) => present.includes(t))) {
      box.appendChild(el("div", null, el("span", { class: "swatch", "data-colour": t }), typeLabel(t)));
    }
    box.appendChild(el("div", { class: "muted", text: "size: people killed" }));
    for (const sw of box.querySelectorAll(".swatch")) sw.style.background = typeColour(sw.getAttribute("data-colour"));
  }

  // ------------------------------------------------------------------ list
  function drawList(page) {
    state.total = page.total;
    const list = clear($("incident-list"));
    const first = page.items.length ? state.offset + 1 : 0;
    $("list-total").textContent = page.total + (page.total === 1 ? " incident" : " incidents");
    $("page-info").textContent = first + "–" + (state.offset + page.items.length) + " of " + page.total;
    $("prev").disabled = state.offset === 0;
    $("next").disabled = state.offset + page.items.length >= page.total;
    for (const incident of page.items) {
      const killed = headline(incident, "killed");
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = typeColour(incident.type);
      const li = el("li", { "data-id": incident.id, tabindex: "0" },
        el("div", { class: "inc-title" }, swatch, typeLabel(incident.type),
          (incident.conflicts || []).length ? el("span", { class: "flag conflict", text: "⚠ conflict" }) : null),
        el("div", { class: "inc-sub", text: dateText(incident.date) + " · " + placeText(incident.place) }),
        el("div", { class: "inc-sub", text: [
          killed ? "killed " + countText(killed) : null,
          (incident.sources || []).length + " source" + ((incident.sources || []).length === 1 ? "" : "s"),
        ].filter(Boolean).join(" · ") }));
      const open = () => { location.hash = "#/incident/" + encodeURIComponent(incident.id); };
      li.addEventListener("click", open);
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
      list.appendChild(li);
    }
  }

  // ------------------------------------------------------------------ timeline
  function drawTimeline(buckets) {
    const box = $("timeline");
    clear(box);
    const width = box.clientWidth || 600, height = box.clientHeight || 108;
    const days = buckets.filter((b) => /^\d{4}-\d{2}-\d{2}$/.test(b.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
    if (!days.length) {
      $("timeline-range").textContent = "no dated incidents";
      return;
    }
    const start = new Date(days[0].key + "T00:00:00Z"), end = new Date(days[days.length - 1].key + "T00:00:00Z");
    const span = Math.round((end - start) / 86400000) + 1;
    const monthly = span > 400;
    $("timeline-unit").textContent = monthly ? "month" : "day";
    // fill the gaps, so time runs evenly along the axis
    const bins = new Map();
    const keyOf = (d) => (monthly ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10));
    for (let d = new Date(start); d <= end; d = new Date(d.getTime() + 86400000)) {
      const k = keyOf(d);
      if (!bins.has(k)) bins.set(k, { key: k, incidents: 0, killed: 0 });
    }
    for (const b of days) {
      const bin = bins.get(keyOf(new Date(b.key + "T00:00:00Z")));
      bin.incidents += b.incidents;
      bin.killed += b.killed || 0;
    }
    const series = [...bins.values()];
    const left = 28, bottom = 16, top = 6, plotW = width - left - 4, plotH = height - bottom - top;
    const maxN = Math.max(1, ...series.map((b) => b.incidents));
    const maxK = Math.max(1, ...series.map((b) => b.killed));
    const bw = plotW / series.length;
    box.setAttribute("viewBox", "0 0 " + width + " " + height);
    box.appendChild(svg("line", { class: "axis", x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH }));
    const yLabel = svg("text", { x: 2, y: top + 8 });
    yLabel.textContent = String(maxN);
    box.appendChild(yLabel);
    const killedPoints = [];
    series.forEach((b, i) => {
      const h = (b.incidents / maxN) * plotH;
      const x = left + i * bw;
      if (b.incidents) {
        const rect = svg("rect", { class: "bar", x: x + (bw > 3 ? 0.5 : 0), y: top + plotH - h,
          width: Math.max(1, bw - (bw > 3 ? 1 : 0)), height: Math.max(1, h), "data-key": b.key });
        const title = svg("title");
        title.textContent = b.key + ": " + b.incidents + " incident" + (b.incidents === 1 ? "" : "s") +
          ", " + b.killed + " killed";
        rect.appendChild(title);
        rect.addEventListener("click", () => selectPeriod(b.key));
        box.appendChild(rect);
      }
      killedPoints.push((x + bw / 2).toFixed(1) + "," + (top + plotH - (b.killed / maxK) * plotH).toFixed(1));
    });
    if (series.length > 1) box.appendChild(svg("polyline", { class: "killed", points: killedPoints.join(" ") }));
    const ticks = Math.min(series.length, Math.max(2, Math.floor(plotW / 90)));
    for (let t = 0; t < ticks; t++) {
      const i = Math.round((t * (series.length - 1)) / Math.max(1, ticks - 1));
      const label = svg("text", { x: left + i * bw + bw / 2, y: height - 3, "text-anchor": t === 0 ? "start" : t === ticks - 1 ? "end" : "middle" });
      label.textContent = series[i].key;
      box.appendChild(label);
    }
    $("timeline-range").textContent = series[0].key + " – " + series[series.length - 1].key +
      " · bars: incidents · red line: killed (max " + maxK + ")";
  }

  function selectPeriod(key) {
    if (key.length === 7) {
      const [y, m] = key.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      $("f-date-from").value = key + "-01";
      $("f-date-to").value = last;
    } else {
      $("f-date-from").value = key;
      $("f-date-to").value = key;
    }
    state.offset = 0;
    refresh();
  }

  // ------------------------------------------------------------------ loading
  let generation = 0;
  async function refresh(fit) {
    const mine = ++generation;
    const filters = filterParams();
    const listParams = new URLSearchParams(filters);
    listParams.set("limit", PAGE);
    listParams.set("offset", state.offset);
    const mapParams = new URLSearchParams(filters);
    mapParams.set("limit", MAP_LIMIT);
    try {
      const [page, mapPage, stats] = await Promise.all([
        api("/api/incidents", listParams),
        api("/api/map", mapParams),
        api("/api/stats/day", filterParams()),
      ]);
      if (mine !== generation) return;
      message("");
      drawList(page);
      drawMarkers(mapPage.items, fit);
      drawLegend(mapPage.items);
      drawTimeline(stats);
      if (mapPage.total > mapPage.items.length) {
        $("list-total").textContent += " (the map shows the newest " + mapPage.items.length + ")";
      }
      document.body.setAttribute("data-ready", String(mine));
    } catch (e) {
      if (mine === generation) message(e.message);
    }
  }

  // ------------------------------------------------------------------ incident view
  function conflictBadge(conflict) {
    const field = fieldLabel(conflict.field);
    const parts = [];
    (conflict.values || []).forEach((v, i) => {
      if (i) parts.push(el("span", { class: "vs", text: "vs" }));
      const val = valueText(conflict.field, v.value);
      const shown = (v.qualifier && v.value !== null ? v.qualifier + " " : "") + val +
        (conflict.field.startsWith("counts.") && v.value !== null ? " " + field : "");
      parts.push(el("span", { class: "val", text: shown }));
      const who = (v.sources || []).join(", ");
      parts.push(el("span", { text: " (" + (who || "unattributed") + (v.hedged ? ", hedged" : "") + ")" }));
    });
    return el("div", { class: "conflict-badge", "data-field": conflict.field },
      el("span", { class: "label", text: "⚠ Sources disagree on " + field + ":" }), parts,
      conflict.note ? el("div", { class: "muted", text: conflict.note }) : null);
  }

  function claimsTable(detail) {
    const conflictFields = new Set((detail.incident.conflicts || []).map((c) => c.field));
    // disputed fields first, then by field, date and source
    const claims = [...(detail.claims || [])].sort((a, b) =>
      (inConflict(b.field, conflictFields) - inConflict(a.field, conflictFields)) ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0) ||
      String(a.published || "").localeCompare(String(b.published || "")) ||
      a.source.localeCompare(b.source));
    const articles = new Map((detail.articles || []).map((a) => [a.id, a]));
    const rows = claims.map((c) => {
      const article = articles.get(c.article_id);
      const value = el("td", { class: "value" }, valueText(c.field, c.value),
        c.qualifier && c.value !== null ? el("span", { class: "muted", text: " (" + c.qualifier + ")" }) : null,
        c.hedged ? el("span", { class: "flag hedged", text: "hedged" }) : null,
        c.superseded ? el("span", { class: "flag superseded", text: "superseded" }) : null);
      const disputed = inConflict(c.field, conflictFields);
      return el("tr", { class: disputed ? "in-conflict" : null, "data-field": c.field },
        el("td", null, fieldLabel(c.field), disputed ? el("span", { class: "flag conflict", text: "conflict" }) : null),
        value,
        el("td", { class: "source", text: c.source }),
        el("td", { text: c.published || "" }),
        el("td", { class: "evidence", text: c.evidence ? c.evidence.text : "" }),
        el("td", null, el("a", { href: "#/article/" + encodeURIComponent(c.article_id),
          text: article ? (article.source || article.title || "article") : "article" })));
    });
    return el("table", { id: "claims" },
      el("thead", null, el("tr", null, ["Field", "Value", "Who said so", "Published", "Evidence", "Article"]
        .map((h) => el("th", { text: h })))),
      el("tbody", null, rows.length ? rows : el("tr", null, el("td", { colspan: 6, text: "no claims stored" }))));
  }

  function renderIncident(detail) {
    const inc = detail.incident;
    const body = clear($("detail-body"));
    $("detail").setAttribute("data-view", "incident");
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = typeColour(inc.type);
    appendAll(body,
      el("h2", { id: "incident-title" }, swatch, " ", typeLabel(inc.type), " · ", placeText(inc.place)),
      el("div", { class: "meta" }, dateText(inc.date),
        (inc.types || []).length > 1 ? " · also: " + inc.types.filter((t) => t !== inc.type).map(typeLabel).join(", ") : "",
        inc.hedged ? el("span", { class: "flag hedged", text: "hedged" }) : null),
      el("div", { class: "chips" }, (inc.counts || []).map((c) =>
        el("span", { class: "chip " + c.kind, title: (c.sources || []).map((s) => s.source).join(", ") },
          c.kind + ": " + countText(c) + (c.who ? " (" + c.who + ")" : "")))),
      el("div", { class: "conflicts", id: "conflicts" }, (inc.conflicts || []).map(conflictBadge)));
    if ((inc.actors || []).length) {
      appendAll(body, el("h3", { text: "Actors" }), el("table", { id: "actors" },
        el("thead", null, el("tr", null, ["Role", "Name", "Group", "As written", "Number"].map((h) => el("th", { text: h })))),
        el("tbody", null, inc.actors.map((a) => el("tr", null,
          el("td", { text: a.role }), el("td", { text: a.name }), el("td", { text: a.group || "" }),
          el("td", { text: a.text }), el("td", { text: a.number ?? "" }))))));
    }
    appendAll(body, el("h3", { text: "Who said what (claims per field and source)" }), claimsTable(detail));
    appendAll(body, el("h3", { text: "Sources" }), el("p", { text: (inc.sources || []).join(" · ") || "none" }));
    appendAll(body, el("h3", { text: "Articles" }), el("ul", { id: "incident-articles" }, (detail.articles || []).map((a) =>
      el("li", null, el("a", { href: "#/article/" + encodeURIComponent(a.id), text: a.title || a.source || a.id }),
        el("span", { class: "muted", text: " " + [a.source, a.published].filter(Boolean).join(" · ") })))));
    if ((inc.evidence || []).length) {
      appendAll(body, el("h3", { text: "Evidence" }), el("ul", null, inc.evidence.map((s) => el("li", { text: s.text }))));
    }
    $("detail").hidden = false;
    $("detail").scrollTop = 0;
    state.shown = inc;
    showOnMap(inc);
    for (const li of document.querySelectorAll("#incident-list li")) li.classList.toggle("active", li.dataset.id === inc.id);
  }

  function showOnMap(inc) {
    // centre the incident in the part of the map the detail panel leaves free (unless the map is
    // a filter, where moving it would change the list)
    if (!map || $("f-bbox").checked || !inc.place || inc.place.lat === null || inc.place.lon === null) return;
    map.setView([inc.place.lat, inc.place.lon], Math.max(map.getZoom(), 5), { animate: false });
    const covered = Math.min($("detail").offsetWidth, map.getSize().x - 100);
    map.panBy([covered / 2, 0], { animate: false });
  }

  // ------------------------------------------------------------------ article view
  function collectSpans(events) {
    const spans = [];
    const add = (span, kind, label) => { if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, kind, label }); };
    for (const ev of events) {
      add(ev.evidence, "evidence", typeLabel(ev.type) + " (" + ev.polarity + ")");
      add(ev.trigger, "trigger", "event: " + typeLabel(ev.type) + (ev.polarity !== "asserted" ? ", " + ev.polarity : ""));
      for (const c of ev.counts || []) {
        add(c.span, "count", c.kind + ": " + countText(c));
        for (const h of c.hedges || []) add(h.span, "hedge", "hedge: " + h.kind);
        for (const s of c.sources || []) add(s.span, "source", "source: " + s.source);
      }
      for (const a of ev.actors || []) add(a.span, "actor", a.role + ": " + a.name + (a.group ? " (" + a.group + ")" : ""));
      if (ev.place) add(ev.place.span, "place", "place: " + placeText(ev.place));
      if (ev.date) add(ev.date.span, "date", "date: " + ev.date.date);
      for (const s of ev.sources || []) add(s.span, "source", "source: " + s.source + (s.via ? " via " + s.via : ""));
      for (const h of ev.hedges || []) add(h.span, "hedge", "hedge: " + h.kind);
    }
    return spans;
  }

  function highlighted(text, spans) {
    // Python offsets count code points; JavaScript strings count UTF-16 units.
    const chars = Array.from(text);
    const n = chars.length;
    const cuts = new Set([0, n]);
    for (const s of spans) { cuts.add(Math.min(n, s.start)); cuts.add(Math.min(n, s.end)); }
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "article-text", id: "article-text" });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = chars.slice(a, b).join("");
      const over = spans.filter((s) => s.start <= a && s.end >= b);
      if (!over.length) { out.appendChild(document.createTextNode(piece)); continue; }
      const kinds = [...new Set(over.map((s) => s.kind))];
      const mark = el("mark", { class: kinds.join(" "), title: [...new Set(over.map((s) => s.label))].join("\n") }, piece);
      out.appendChild(mark);
    }
    return out;
  }

  function renderArticle(detail) {
    const a = detail.article;
    const body = clear($("detail-body"));
    $("detail").setAttribute("data-view", "article");
    const link = a.url && /^https?:\/\//i.test(a.url) ? el("a", { href: a.url, text: a.url }) : (a.url ? el("span", { text: a.url }) : null);
    appendAll(body,
      el("h2", { id: "article-title", text: a.title || "(untitled article)" }),
      el("div", { class: "meta", id: "article-meta" }, [a.source, a.published].filter(Boolean).join(" · ")),
      link ? el("div", { class: "meta", id: "article-url" }, link) : null,
      el("div", { class: "meta" }, "Incidents: ", (detail.incident_ids || []).map((id, i) => [i ? ", " : "",
        el("a", { href: "#/incident/" + encodeURIComponent(id), text: id })]).flat()),
      el("div", { class: "legend-row" }, ["trigger", "count", "actor", "place", "date", "source", "hedge"].map((k) =>
        el("mark", { class: k, text: k })), el("span", { class: "evidence", text: "evidence sentence" })),
      highlighted(a.text, collectSpans(detail.events || [])));
    $("detail").hidden = false;
    $("detail").scrollTop = 0;
  }

  // ------------------------------------------------------------------ routing
  async function route() {
    const hash = location.hash || "#/";
    const m = hash.match(/^#\/(incident|article)\/(.+)$/);
    if (!m) {
      state.shown = null;
      $("detail").hidden = true;
      $("detail").removeAttribute("data-view");
      return;
    }
    const id = decodeURIComponent(m[2]);
    try {
      if (m[1] === "incident") renderIncident(await api("/api/incidents/" + encodeURIComponent(id)));
      else renderArticle(await api("/api/articles/" + encodeURIComponent(id)));
      message("");
    } catch (e) {
      message(e.message);
    }
  }

  // ------------------------------------------------------------------ export
  async function doExport() {
    const fmt = $("export-format").value;
    try {
      const response = await api("/api/export/" + fmt, filterParams(), true);
      const blob = await response.blob();
      const a = el("a", { download: "incidents." + (fmt === "acled" || fmt === "gtd" ? fmt + ".csv" : fmt) });
      a.href = URL.createObjectURL(blob);
      document.body.appendChild(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    } catch (e) {
      message("export failed: " + e.message);
    }
  }

  // ------------------------------------------------------------------ start
  function start() {
    for (const [t, [label]] of Object.entries(TYPES)) $("f-type").appendChild(el("option", { value: t, text: label }));
    for (const f of FORMATS) $("export-format").appendChild(el("option", { value: f, text: f }));
    $("filters").addEventListener("submit", (e) => { e.preventDefault(); state.offset = 0; refresh(); });
    $("f-type").addEventListener("change", () => { state.offset = 0; refresh(); });
    $("f-bbox").addEventListener("change", () => { state.offset = 0; refresh(); });
    $("f-reset").addEventListener("click", () => { $("filters").reset(); state.offset = 0; refresh(true); });
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
    $("export-go").addEventListener("click", doExport);
    $("detail-close").addEventListener("click", () => { location.hash = "#/"; });
    $("token-form").addEventListener("submit", (e) => {
      e.preventDefault();
      state.token = $("token-input").value;
      sessionStorage.setItem("wirecoder-token", state.token);
      $("token-form").hidden = true;
      refresh(true);
      route();
    });
    window.addEventListener("hashchange", route);
    initMap();
    refresh(true);
    route();
  }

  start();
})();
