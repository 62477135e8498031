"""Alembic migrations: opening a store makes exactly the tables of ``store.schema``; a store
written by a newer wirecoder is refused, not touched."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from wirecoder.errors import StoreError
from wirecoder.store import normalise_url, open_store
from wirecoder.store.engine import head_revision
from wirecoder.store.schema import metadata


def test_migrated_database_matches_the_schema(store_url):
    with open_store(store_url) as store:
        assert store.revision == head_revision() == "0004"
    engine = create_engine(normalise_url(store_url))
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert ctx.get_current_revision() == head_revision()
            assert compare_metadata(ctx, metadata) == []
    finally:
        engine.dispose()


def test_sqlite_store_is_in_wal_mode(tmp_path):
    path = tmp_path / "w.db"
    with open_store(str(path)):
        pass
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with open_store(str(path)):
        pass
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="9999.*newer"):
        open_store(str(path))


def test_a_store_of_the_first_revision_is_upgraded_with_its_rows(tmp_path, reports):
    from alembic import command

    from wirecoder.store.engine import _alembic_config

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:
        store.add([reports["crocus_first"], reports["kabul"]])
        before = store.counts()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # back to what a store written before revision 0002 holds
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        assert MigrationContext.configure(conn).get_current_revision() == "0001"
    with open_store(str(path)) as store:
        assert store.revision == head_revision()
        assert store.counts() == before
        # articles stored before revision 0003 have no signature: they are never taken for originals
        store.add([reports["crocus_toll"]])
        assert store.counts()["articles"] == before["articles"] + 1
    with engine.connect() as conn:
        names = {row[1] for row in conn.execute(text("PRAGMA index_list('incidents')"))}
    engine.dispose()
    assert {"ix_incidents_type_date_lon_lat", "ix_incidents_map"} <= names
