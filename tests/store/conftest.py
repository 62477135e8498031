"""Store fixtures: reports of real events written as the records the extractor gives (real
sentences, spans that index into them; built with ``tests/factories.py``), and a real PostgreSQL
server for the ``postgres`` tests."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from datetime import date

import pytest
from factories import attribution, count, event, result, span

from wirecoder.model import (
    Actor,
    Article,
    CountKind,
    EventType,
    ExtractionResult,
    Hedge,
    Place,
    Role,
    SourceKind,
)

ROSTOV = Place(name="Rostov-on-Don", mention="Rostov", kind="city", country_code="RU", country="Russia",
               admin1="Rostov", lat=47.23135, lon=39.72328, geonames_id=501175)
MOSCOW = Place(name="Moscow", mention="Moscow", kind="city", country_code="RU", country="Russia",
               admin1="Moscow", lat=55.75222, lon=37.61556, geonames_id=524901)
KABUL = Place(name="Kabul", mention="Kabul", kind="city", country_code="AF", country="Afghanistan",
              admin1="Kabul", lat=34.52813, lon=69.17233, geonames_id=1138958)


# --------------------------------------------------------------------------- the reports


def rostov_news() -> ExtractionResult:
    a = Article(
        text=("Russian media reported that Russian special forces rescued the prison guards and shot dead six "
              "detainees linked to ISIS after they took the guards hostage inside a detention center in the city "
              "of Rostov on Sunday. It remains unclear how many of the six hostage-takers were killed."),
        source="news report", published=date(2024, 6, 16), origin="rostov.txt",
    )
    media = attribution("Russian media")
    unclear = Hedge(cue="It remains unclear", kind="uncertain", span=span(a.text, "It remains unclear"))
    perps = Actor(role=Role.PERPETRATOR, text="six detainees linked to ISIS", name="detainees", group="Islamic State",
                  kind="armed_group", number=6, span=span(a.text, "six detainees linked to ISIS"))
    return result(
        a,
        event(a, "hostage", EventType.HOSTAGE_TAKING, day=date(2024, 6, 16), place=ROSTOV, actors=[perps], sources=[media],
              counts=[count(a, "six detainees", CountKind.KILLED, 6, media, who="detainees")]),
        event(a, "were killed", EventType.ARMED_ASSAULT, mention="anaphoric", hedges=[unclear], sources=[attribution("news report", SourceKind.OUTLET)],
              counts=[count(a, "how many", CountKind.KILLED, None, attribution("news report", SourceKind.OUTLET), qualifier="unknown",
                            who="hostage-takers", hedges=[unclear])]),
    )


def rostov_tass() -> ExtractionResult:
    a = Article(
        text=("Six hostage-takers were killed when special forces stormed the detention centre in Rostov-on-Don on "
              "Sunday, TASS reported, citing a law enforcement source. Both guards were freed unharmed."),
        source="TASS", published=date(2024, 6, 17), origin="tass.jsonl:1",
    )
    tass = attribution("TASS", SourceKind.NEWS_AGENCY)
    perps = Actor(role=Role.PERPETRATOR, text="Six hostage-takers", name="hostage-takers", kind="unknown", number=6,
                  span=span(a.text, "Six hostage-takers"))
    return result(
        a,
        event(a, "hostage-takers", EventType.HOSTAGE_TAKING, day=date(2024, 6, 16), place=ROSTOV, actors=[perps], sources=[tass],
              counts=[count(a, "Six", CountKind.KILLED, 6, tass, who="hostage-takers")]),
        event(a, "stormed", EventType.SECURITY_OPERATION, day=date(2024, 6, 16), place=ROSTOV, sources=[tass],
              actors=[Actor(role=Role.RESPONDER, text="special forces", name="special forces", kind="state_force")]),
    )


def crocus_first() -> ExtractionResult:
    a = Article(
        text=("Gunmen opened fire inside the Crocus City Hall concert venue near Moscow on Friday, killing at least "
              "144 people and injuring 360, officials said. Islamic State claimed responsibility for the attack."),
        source="Reuters", published=date(2024, 3, 23), origin="reuters.jsonl:1",
    )
    officials = attribution("officials", SourceKind.OFFICIAL)
    gunmen = Actor(role=Role.PERPETRATOR, text="Gunmen", name="gunmen", kind="unknown", span=span(a.text, "Gunmen"))
    claimant = Actor(role=Role.CLAIMANT, text="Islamic State", name="Islamic State", group="Islamic State", kind="armed_group",
                     span=span(a.text, "Islamic State"))
    return result(
        a,
        event(a, "opened fire", EventType.ARMED_ASSAULT, day=date(2024, 3, 22), place=MOSCOW, actors=[gunmen], sources=[officials],
              counts=[count(a, "at least 144", CountKind.KILLED, 144, officials, qualifier="at least", low=144),
                      count(a, "360", CountKind.INJURED, 360, officials)]),
        event(a, "claimed responsibility", EventType.CLAIM, actors=[claimant], sources=[attribution("Reuters", SourceKind.OUTLET)]),
    )


def crocus_toll() -> ExtractionResult:
    a = Article(
        text="The death toll from Friday's attack at Crocus City Hall near Moscow rose to 145, officials said on Tuesday.",
        source="AP", published=date(2024, 3, 26), origin="ap.jsonl:4",
    )
    officials = attribution("officials", SourceKind.OFFICIAL)
    return result(
        a,
        event(a, "attack", EventType.ARMED_ASSAULT, mention="anaphoric", day=date(2024, 3, 22), place=MOSCOW, sources=[officials],
              counts=[count(a, "145", CountKind.KILLED, 145, officials)]),
    )


def kabul_bombing() -> ExtractionResult:
    a = Article(
        text=("At least 12 people were killed when a suicide bomber blew himself up outside a government ministry "
              "in Kabul on Tuesday, officials said."),
        source="AFP", published=date(2025, 3, 5), origin="afp.jsonl:2",
    )
    officials = attribution("officials", SourceKind.OFFICIAL)
    return result(
        a,
        event(a, "blew himself up", EventType.BOMBING, day=date(2025, 3, 4), place=KABUL, sources=[officials],
              actors=[Actor(role=Role.PERPETRATOR, text="a suicide bomber", name="suicide bomber", kind="unknown")],
              counts=[count(a, "At least 12", CountKind.KILLED, 12, officials, qualifier="at least", low=12)]),
    )


def moscow_later_shooting() -> ExtractionResult:
    """Another shooting in Moscow, seven weeks after Crocus: a different incident."""
    a = Article(
        text="A gunman shot dead two security guards at a shopping centre in Moscow on Friday, police said.",
        source="Interfax", published=date(2024, 5, 11), origin="interfax.jsonl:9",
    )
    police = attribution("police", SourceKind.OFFICIAL)
    return result(
        a,
        event(a, "shot dead", EventType.ARMED_ASSAULT, day=date(2024, 5, 10), place=MOSCOW, sources=[police],
              actors=[Actor(role=Role.PERPETRATOR, text="A gunman", name="gunman", kind="unknown")],
              counts=[count(a, "two security guards", CountKind.KILLED, 2, police, who="security guards")]),
    )


@pytest.fixture
def reports() -> dict[str, ExtractionResult]:
    return {
        "rostov_news": rostov_news(), "rostov_tass": rostov_tass(), "crocus_first": crocus_first(),
        "crocus_toll": crocus_toll(), "kabul": kabul_bombing(), "moscow_may": moscow_later_shooting(),
    }


# --------------------------------------------------------------------------- PostgreSQL


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pg_ctl() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    return found[-1] if found else shutil.which("pg_ctl")


def _start_as_postgres_user(pg_ctl: str):
    """PostgreSQL refuses to run as root: as root, run the server as the ``postgres`` system
    user in a folder it owns, and hand it to pytest-postgresql as an existing server."""
    from pytest_postgresql.executors import NoopExecutor

    bindir = os.path.dirname(pg_ctl)
    base = tempfile.mkdtemp(prefix="wirecoder-pg-")
    os.chmod(base, 0o755)
    data = os.path.join(base, "data")
    os.mkdir(data)
    shutil.chown(data, "postgres", "postgres")
    shutil.chown(base, "postgres", "postgres")
    port = _free_port()
    run = ["runuser", "-u", "postgres", "--"]
    subprocess.run([*run, f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres", "--no-sync"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*run, pg_ctl, "start", "-D", data, "-w", "-t", "60", "-l", os.path.join(base, "log"), "-o",
                    f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -F"],
                   check=True, capture_output=True, timeout=120)

    def stop():
        subprocess.run([*run, pg_ctl, "-D", data, "-m", "immediate", "-w", "stop"], check=False, capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)

    return NoopExecutor(host="127.0.0.1", port=port, user="postgres", options="", dbname="postgres"), stop


@pytest.fixture(scope="session")
def pg_server(request, tmp_path_factory):
    """A real PostgreSQL server on 127.0.0.1 for this test session (pytest-postgresql with the
    Debian binaries); the tests that need it skip, loudly, where none can be started."""
    pg_ctl = _pg_ctl()
    if pg_ctl is None:
        pytest.skip("NO POSTGRESQL SERVER: pg_ctl not found (run scripts/system_deps.sh as root to install "
                    "Debian's postgresql); the PostgreSQL store tests did not run")
    try:
        if os.geteuid() == 0:
            executor, stop = _start_as_postgres_user(pg_ctl)
        else:
            from pytest_postgresql.executors import PostgreSQLExecutor

            base = tmp_path_factory.mktemp("pg")
            executor = PostgreSQLExecutor(
                executable=pg_ctl, host="127.0.0.1", port=_free_port(), datadir=str(base / "data"),
                unixsocketdir=str(base), logfile=str(base / "log"), startparams="-w", dbname="postgres",
            )
            executor.start()
            executor.wait_for_postgres()
            stop = executor.stop
    except (OSError, subprocess.SubprocessError, Exception) as exc:  # noqa: BLE001
        detail = getattr(exc, "stderr", b"") or b""
        pytest.skip(f"NO POSTGRESQL SERVER: could not start {pg_ctl}: {exc} {detail.decode(errors='replace')[-300:]}")
    yield executor
    stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the session's server, dropped after the test."""
    from pytest_postgresql.janitor import DatabaseJanitor

    name = "wc_" + uuid.uuid4().hex[:12]
    with DatabaseJanitor(user=pg_server.user, host=pg_server.host, port=pg_server.port, dbname=name,
                         password=getattr(pg_server, "password", None)):
        yield f"postgresql://{pg_server.user}@{pg_server.host}:{pg_server.port}/{name}"
        time.sleep(0)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """Every store test runs on a SQLite file and on a real PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "wirecoder.db")
    return request.getfixturevalue("pg_url")
