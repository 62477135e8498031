"""Store URLs, SQLAlchemy engines and the migrations that run when a store is opened.

SQLite (the default, a file) runs in WAL mode so readers never wait for the writer; its write
engine opens every transaction with ``BEGIN IMMEDIATE``, so a writer takes the file's write lock
before it reads what it will resolve against. PostgreSQL (``postgresql://``, psycopg 3) takes a
transaction-scoped advisory lock for the same effect across processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
READ_POOL = 16  # idle SQLite read connections kept open
WRITE_LOCK_KEY = 0x77697265  # "wire": the advisory lock every PostgreSQL writer of a store takes


@dataclass(frozen=True)
class Engines:
    url: str  # as shown to people (no password)
    dialect: str  # "sqlite" or "postgresql"
    write: Engine
    read: Engine
    memory: bool = False

    def dispose(self) -> None:
        self.write.dispose()
        if self.read is not self.write:
            self.read.dispose()


def normalise_url(url: str) -> str:
    """A SQLAlchemy URL from what a user gives: a plain path, a
    ``sqlite:///`` URL or a ``postgresql://`` URL (served by psycopg 3)."""
    url = (url or "").strip()
    if not url:
        raise StoreError("no store given: pass a path or URL, or set the db setting (WIRECODER_DB)")
    if url in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return "sqlite://"
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser().resolve())
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if url.startswith(("postgresql+psycopg://", "sqlite:///")):
        return url
    if url.startswith("postgresql+"):
        raise StoreError(f"store URL {url!r}: wirecoder talks to PostgreSQL through psycopg 3 (postgresql://...)")
    raise StoreError(f"store URL {url!r} is neither a SQLite file (sqlite:///path or a path) nor postgresql://")


def _sqlite_engine(url: str, *, immediate: bool, memory: bool, mmap_mb: int = 0) -> Engine:
    kwargs: dict = {"connect_args": {"check_same_thread": False, "timeout": 60}}
    if memory:
        kwargs["poolclass"] = StaticPool
    elif not immediate:
        # as many idle readers as the API's worker threads use at once: a connection closed and
        # opened again per request would start with a cold page cache each time
        kwargs |= {"pool_size": READ_POOL, "max_overflow": READ_POOL}
    engine = create_engine(url, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no branch
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        if not memory:
            # reads through a memory map share the OS page cache across connections and
            # processes; with SQLite's default (none) every page read is a system call
            cur.execute(f"PRAGMA mmap_size={mmap_mb * 1024 * 1024}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def make_engines(url: str, *, sqlite_mmap_mb: int, pg_connect_timeout_s: int) -> Engines:
    full = normalise_url(url)
    try:
        parsed = make_url(full)
    except ArgumentError as exc:
        raise StoreError(f"store URL {url!r} cannot be read: {exc}") from None
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        memory = parsed.database in (None, "", ":memory:")
        if not memory:
            folder = Path(parsed.database).parent
            if not folder.is_dir():
                raise StoreError(f"cannot open store {parsed.database}: folder {folder} does not exist")
        write = _sqlite_engine(full, immediate=True, memory=memory, mmap_mb=sqlite_mmap_mb)
        read = write if memory else _sqlite_engine(full, immediate=False, memory=False, mmap_mb=sqlite_mmap_mb)
        return Engines(shown, "sqlite", write, read, memory)
    # without a connect timeout a server that accepts the connection and never answers holds the
    # caller for minutes (the kernel's TCP retries)
    engine = create_engine(full, pool_pre_ping=True, connect_args={"connect_timeout": pg_connect_timeout_s})
    return Engines(shown, "postgresql", engine, engine)


def take_write_lock(conn: Connection) -> None:
    """Serialise writers of one PostgreSQL store across processes (SQLite's BEGIN IMMEDIATE does it there)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def migrate(engines: Engines) -> str:
    """Bring the store's tables to the newest revision; returns it. A store made by a newer
    wirecoder (a revision this one does not know) is refused rather than touched."""
    cfg = _alembic_config()
    scripts = ScriptDirectory.from_config(cfg)
    try:
        with engines.write.begin() as conn:
            take_write_lock(conn)
            current = MigrationContext.configure(conn).get_current_revision()
            if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
                raise StoreError(
                    f"store {engines.url} is at schema revision {current}, which this wirecoder does not know "
                    "(it was written by a newer version)"
                )
            if current != scripts.get_current_head():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open store {engines.url}: {type(exc).__name__}: {exc.args[0] if exc.args else exc}") from None
    return scripts.get_current_head()
