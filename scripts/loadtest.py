"""Load benchmark of the REST API (not a test): list and map queries at a fixed rate against
`wirecoder serve` over a store of 100,000 synthetic incidents, with p50/p99 latencies.

The store is built from synthetic records, not from articles: each incident comes from a short
generated article with one event (a type, a day in 2022-2025, a place scattered around one of
sixteen conflict hot spots or one of the 3,000 largest cities of the bundled gazetteer, actors, a killed count, a source), built into an incident by
``wirecoder.incidents.build_incidents`` and written by ``Store.add`` like any extraction result.

    .venv/bin/python scripts/loadtest.py                       # build (or reuse) the store, then load
    .venv/bin/python scripts/loadtest.py --rate 200 --seconds 30 --db /tmp/wirecoder-load.db

The load generator is open-loop: requests are sent on a fixed schedule (``--rate`` per second,
spread evenly) whether or not earlier ones have returned, and each latency is measured from the
request's scheduled time, so a server that falls behind shows it in the figures instead of
slowing the generator down. Server and generator share the machine (loopback).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic records come from the tests' factory

HOT_SPOTS = [  # (place, country code, country, lat, lon): where the map and list queries look
    ("Kabul", "AF", "Afghanistan", 34.53, 69.17), ("Mogadishu", "SO", "Somalia", 2.04, 45.34),
    ("Maiduguri", "NG", "Nigeria", 11.85, 13.16), ("Gao", "ML", "Mali", 16.27, -0.04),
    ("Goma", "CD", "DR Congo", -1.68, 29.23), ("Baghdad", "IQ", "Iraq", 33.31, 44.36),
    ("Damascus", "SY", "Syria", 33.51, 36.29), ("Sanaa", "YE", "Yemen", 15.37, 44.19),
    ("Peshawar", "PK", "Pakistan", 34.01, 71.58), ("Srinagar", "IN", "India", 34.08, 74.80),
    ("Culiacan", "MX", "Mexico", 24.80, -107.39), ("Cali", "CO", "Colombia", 3.45, -76.53),
    ("Khartoum", "SD", "Sudan", 15.50, 32.56), ("Rostov-on-Don", "RU", "Russia", 47.23, 39.72),
    ("Kharkiv", "UA", "Ukraine", 49.99, 36.23), ("Port-au-Prince", "HT", "Haiti", 18.54, -72.34),
]


def places(n: int = 3000) -> list[tuple[str, str, str, float, float]]:
    """The ``n`` most populous cities of the bundled gazetteer (GeoNames), at most 40 per country:
    real names and coordinates in some 200 countries."""
    import csv
    import sqlite3
    from importlib import resources

    from wirecoder.resources.gazetteer import PATH as gazetteer
    countries = resources.files("wirecoder.export") / "countries.tsv"
    with countries.open() as f:
        names = {row["alpha2"]: row["name"] for row in csv.DictReader(f, delimiter="\t")}
    con = sqlite3.connect(f"file:{gazetteer}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT name, country_code, lat, lon FROM (SELECT name, country_code, lat, lon, population, "
            "row_number() OVER (PARTITION BY country_code ORDER BY population DESC) AS rank FROM place "
            "WHERE kind = 'city' AND lat IS NOT NULL AND country_code IS NOT NULL) WHERE rank <= 40 "
            "ORDER BY population DESC LIMIT ?", (n,)).fetchall()
    finally:
        con.close()
    return [(name, cc, names.get(cc, cc), lat, lon) for name, cc, lat, lon in rows]


TYPES = [("armed_assault", 30), ("bombing", 15), ("kidnapping", 8), ("hostage_taking", 2), ("assassination", 4),
         ("facility_attack", 6), ("security_operation", 12), ("arrest", 10), ("protest", 8),
         ("claim_of_responsibility", 2), ("accusation", 1), ("threat", 1), ("statement", 1)]
GROUPS = ["Islamic State", "al-Shabaab", "Boko Haram", "JNIM", "Taliban", "Houthis", "M23", "ADF", "RSF",
          "Jalisco New Generation Cartel", "ELN", "Tehrik-i-Taliban Pakistan", "gunmen", "unidentified attackers"]
OUTLETS = ["Reuters", "AFP", "AP", "Xinhua", "Al Jazeera", "BBC", "Anadolu", "dpa", "Interfax", "EFE"]
SOURCES = ["police", "officials", "the army", "residents", "a local official", "the health ministry", "witnesses",
           "a security source", "the governor", "hospital staff"]
VERBS = {"armed_assault": "attacked", "bombing": "bombed", "kidnapping": "kidnapped", "hostage_taking": "seized",
         "assassination": "assassinated", "facility_attack": "torched", "security_operation": "raided",
         "arrest": "arrested", "protest": "protested against", "claim_of_responsibility": "claimed",
         "accusation": "accused", "threat": "threatened", "statement": "condemned"}
START = date(2022, 1, 1)
DAYS = 4 * 365


_PLACES: list = []


def synthetic_result(i: int, rng: random.Random):
    """One synthetic ExtractionResult: an article of two sentences and its one event and incident,
    made with the tests' record factory (``tests/factories.py``)."""
    from factories import attribution, count, event, result, span

    from wirecoder.model import Actor, Article, CountKind, EventType, Place, Role, SourceKind, When

    # a quarter of the incidents in sixteen conflict hot spots, the rest in the gazetteer's big cities
    name, cc, country, lat, lon = rng.choice(HOT_SPOTS if rng.random() < 0.25 else _PLACES)
    lat, lon = max(-89.0, min(89.0, rng.gauss(lat, 0.7))), (rng.gauss(lon, 0.7) + 180) % 360 - 180
    type_ = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
    day = START + timedelta(days=rng.randrange(DAYS))
    group, outlet, said = rng.choice(GROUPS), rng.choice(OUTLETS), rng.choice(SOURCES)
    killed = 0 if rng.random() < 0.4 else min(300, int(rng.expovariate(1 / 6)) + 1)
    first = f"{group} {VERBS[type_]} a target near {name} on {day:%d %B %Y}, killing {killed} people, {said} said."
    text = f"{first} Report {i} of a synthetic corpus for the load benchmark."
    article = Article(text=text, published=day + timedelta(days=1), source=outlet, title=f"{name}: {type_} #{i}",
                      origin=f"synthetic:{i}")

    source = attribution(said, SourceKind.OFFICIAL, span=span(text, said))
    return result(article, event(
        article, VERBS[type_], EventType(type_), id="e1", evidence=span(text, first),
        date=When(date=day, span=span(text, f"{day:%d %B %Y}")),
        place=Place(name=name, mention=name, kind="city", country_code=cc, country=country, lat=round(lat, 4),
                    lon=round(lon, 4), span=span(text, name)),
        actors=[Actor(role=Role.PERPETRATOR, text=group, name=group, group=group, kind="armed_group",
                      span=span(text, group))],
        counts=[count(article, f"{killed} people", CountKind.KILLED, killed, source)],
        sources=[source],
    ))


def build_store(url: str, n: int, seed: int) -> int:
    from wirecoder.model import IncidentQuery
    from wirecoder.store import open_store

    _PLACES[:] = places()
    store = open_store(url)
    try:
        have = store.incidents(IncidentQuery(limit=1), events=False).total
        rng = random.Random(seed)
        i, batch, t0 = 0, 2000, time.perf_counter()
        while have < n:
            # ask for what is missing; near-duplicates the store merges into one incident are made up for
            results = [synthetic_result(i + k, rng) for k in range(min(batch, n - have))]
            i += len(results)
            summary = store.add(results)
            have = store.incidents(IncidentQuery(limit=1), events=False).total
            print(f"  {have:>7} incidents ({summary.incidents_created} new, {summary.incidents_updated} merged) "
                  f"{time.perf_counter() - t0:6.0f} s", flush=True)
        return have
    finally:
        store.close()


# --------------------------------------------------------------------------- load


def list_request(rng: random.Random) -> tuple[str, dict]:
    """What the page's list asks: a page of 50, newest first, with a filter or none."""
    params: dict = {"limit": 50}
    kind = rng.random()
    if kind < 0.25:
        pass
    elif kind < 0.45:
        params["type"] = rng.choice(TYPES)[0]
    elif kind < 0.65:
        params["country"] = rng.choice(HOT_SPOTS)[1]
    elif kind < 0.85:
        start = START + timedelta(days=rng.randrange(DAYS - 60))
        params |= {"date_from": start.isoformat(), "date_to": (start + timedelta(days=30)).isoformat()}
    else:
        params["offset"] = rng.randrange(0, 5000, 50)
    return "list", params


def map_request(rng: random.Random, map_limit: int) -> tuple[str, dict]:
    """What the page's map asks (with "map view only" on): the newest incidents in the view, up to
    its marker limit, as points (``/api/map``)."""
    _, _, _, lat, lon = rng.choice(HOT_SPOTS)
    half_w, half_h = rng.choice([(2, 1.5), (5, 4), (12, 8)])
    bbox = (max(-180, lon - half_w), max(-90, lat - half_h), min(180, lon + half_w), min(90, lat + half_h))
    params = {"bbox": ",".join(f"{v:.3f}" for v in bbox), "limit": map_limit}
    if rng.random() < 0.3:
        params["type"] = rng.choice(TYPES)[0]
    return "map", params


PATHS = {"list": "/api/incidents", "map": "/api/map"}


class Connection:
    """One keep-alive HTTP/1.1 connection with just enough of the protocol for GET requests: a
    generator built on a full client (httpx) used a whole core at 100 requests/s here and became
    the bottleneck it was meant to measure."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), None)
        if length is None:
            raise ValueError("response without Content-Length")
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def run_load(base: str, rate: float, seconds: float, map_limit: int, seed: int, connections: int = 64) -> dict:
    rng = random.Random(seed)
    n = int(rate * seconds)
    plan = [list_request(rng) if i % 2 == 0 else map_request(rng, map_limit) for i in range(n)]
    targets = [f"{PATHS[kind]}?{urlencode(params)}" for kind, params in plan]
    host, port = base.removeprefix("http://").split(":")
    pool: asyncio.Queue[Connection] = asyncio.Queue()
    for _ in range(connections):
        pool.put_nowait(Connection(host, int(port)))
    results: dict[str, list[float]] = {"list": [], "map": []}
    failures: list[str] = []

    async def fetch(target: str) -> bytes:
        conn = await pool.get()
        try:
            status, body = await conn.get(target)
        except (OSError, ValueError, asyncio.IncompleteReadError):
            conn.close()
            conn = Connection(host, int(port))
            raise
        finally:
            pool.put_nowait(conn)
        if status != 200:
            raise ValueError(f"HTTP {status}: {body[:200]!r}")
        return body

    for target in targets[:20]:  # warm up connections and caches
        json.loads(await fetch(target))
    start = time.perf_counter() + 0.2

    async def one(i: int, kind: str, target: str):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            body = await fetch(target)
        except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
            failures.append(f"{kind} {target}: {exc}")
            return
        results[kind].append((time.perf_counter() - scheduled) * 1000)
        if i % 50 == 0:
            json.loads(body)  # a sample is parsed: the answers are whole JSON documents

    await asyncio.gather(*(one(i, kind, target) for i, ((kind, _), target) in enumerate(zip(plan, targets))))
    elapsed = time.perf_counter() - start
    while not pool.empty():
        pool.get_nowait().close()
    return {"results": results, "failures": failures, "elapsed": elapsed, "sent": n}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default="/tmp/wirecoder-load.db", help="SQLite file of the synthetic store (kept)")
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--rate", type=float, default=200.0, help="requests per second (half list, half map)")
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--map-limit", type=int, default=500, help="markers per map request (the page's MAP_LIMIT)")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--workers", type=int, default=1, help="server processes (wirecoder serve --workers)")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args(argv)

    url = f"sqlite:///{args.db}"
    print(f"store {args.db}: building or checking {args.incidents} synthetic incidents (records, not articles)")
    total = build_store(url, args.incidents, args.seed)
    print(f"store ready: {total} incidents")

    wirecoder = shutil.which("wirecoder", path=str(Path(sys.executable).parent)) or "wirecoder"
    log = open(Path(args.db).with_suffix(".serve.log"), "w")  # noqa: SIM115 - lives as long as the server
    env = {k: v for k, v in os.environ.items() if k not in ("WIRECODER_READ_TOKEN",)}
    server = subprocess.Popen([wirecoder, "serve", "--db", url, "--host", "127.0.0.1", "--port", str(args.port),
                               "--workers", str(args.workers), "--log-level", "warning"],
                              stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/api/incidents?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start; see " + log.name)
        print(f"load: {args.rate:g} req/s for {args.seconds:g} s, half list (50 a page), half map "
              f"(bbox, up to {args.map_limit}), open loop on loopback; server workers: {args.workers}")
        print("load average before: " + " ".join(f"{x:.2f}" for x in os.getloadavg()), flush=True)
        out = asyncio.run(run_load(base, args.rate, args.seconds, args.map_limit, args.seed))
        print("load average after:  " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()

    done = sum(len(v) for v in out["results"].values())
    print(f"sent {out['sent']} in {out['elapsed']:.1f} s ({done / out['elapsed']:.0f} answered/s), "
          f"{len(out['failures'])} failed")
    for line in out["failures"][:5]:
        print("  failure:", line)
    print(f"{'query':<6} {'n':>6} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8} {'mean ms':>8}")
    rows = [*out["results"].items(), ("all", [x for v in out["results"].values() for x in v])]
    for kind, values in rows:
        print(f"{kind:<6} {len(values):>6} {percentile(values, 50):>8.1f} {percentile(values, 90):>8.1f} "
              f"{percentile(values, 99):>8.1f} {max(values, default=float('nan')):>8.1f} "
              f"{statistics.fmean(values) if values else float('nan'):>8.1f}")
    return 0 if not out["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
