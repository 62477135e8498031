"""One writer: concurrent adds from threads of one store, and from two processes on one
database, store each article once and resolve each incident once; readers run meanwhile."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading

from wirecoder.model import IncidentQuery
from wirecoder.store import open_store

CHILD = """
import json, sys
from wirecoder.model import ExtractionResult
from wirecoder.store import open_store
items = [ExtractionResult.model_validate(x) for x in json.load(open(sys.argv[2]))]
with open_store(sys.argv[1]) as store:
    for item in items:
        store.add([item])
"""


def _expected(store):
    counts = store.counts()
    assert counts["articles"] == 6
    assert counts["incidents"] == 4
    assert counts["incident_members"] == counts["events"]  # every event of these reports is in one incident
    page = store.incidents(IncidentQuery(limit=100))
    assert sorted(len(i.articles) for i in page.items) == [1, 1, 2, 2]


def test_threads_share_one_writer(store_url, reports):
    items = list(reports.values())
    errors: list[BaseException] = []
    with open_store(store_url) as store:
        done = threading.Event()

        def write(seed):
            try:
                order = items[:]
                random.Random(seed).shuffle(order)
                for item in order:
                    store.add([item])
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        def read():
            try:
                while not done.is_set():
                    store.incidents(IncidentQuery(limit=10))
                    store.stats("country", IncidentQuery())
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        reader = threading.Thread(target=read)
        reader.start()
        writers = [threading.Thread(target=write, args=(n,)) for n in range(4)]
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        done.set()
        reader.join()
        assert errors == []
        _expected(store)


def test_two_processes_on_one_database(store_url, reports, tmp_path):
    payload = tmp_path / "reports.json"
    payload.write_text(json.dumps([r.model_dump(mode="json", exclude={"article": {"id"}}) for r in reports.values()]))
    with open_store(store_url):
        pass  # migrate once, so both children meet a ready schema
    children = [subprocess.Popen([sys.executable, "-c", CHILD, store_url, str(payload)], stderr=subprocess.PIPE)
                for _ in range(2)]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err.decode()
    with open_store(store_url) as store:
        _expected(store)
