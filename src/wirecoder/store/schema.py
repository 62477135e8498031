"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and change
them; a test checks that the migrated database matches this metadata exactly.

Records are kept as their pydantic JSON (``data``) next to real, indexed columns that the
queries filter on: dates, coordinates, type, country, sources and actors as searchable text.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

articles = Table(
    "articles", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("source", Text),
    Column("published", Date, index=True),
    Column("title", Text),
    Column("url", Text),
    Column("origin", Text),
    Column("language", String(16), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("added_at", DateTime, nullable=False),
    # syndication (migration 0003): the article's MinHash signature, and the earliest stored
    # article it nearly duplicates (NULL: an original report)
    Column("minhash", LargeBinary),
    Column("copy_of", String(40), index=True),
)
Index("ix_articles_source", articles.c.source)

# the bands of each article's signature: articles that agree on a band are compared (incidents.copies)
article_bands = Table(
    "article_bands", metadata,
    Column("band", SmallInteger, primary_key=True),
    Column("key", BigInteger, primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

events = Table(
    "events", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("key", String(80), nullable=False, unique=True),  # article_id:event id
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("event_id", String(40), nullable=False),
    Column("type", String(40), nullable=False, index=True),
    Column("date", Date, index=True),
    Column("precision", String(8)),
    Column("country_code", String(2), index=True),
    Column("lat", Float),
    Column("lon", Float),
    Column("polarity", String(16), nullable=False),
    Column("mention", String(16), nullable=False),
    Column("data", Text, nullable=False),  # Event JSON
)

incidents = Table(
    "incidents", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("type", String(40), nullable=False, index=True),
    Column("types", Text, nullable=False),  # space-separated, for filtering on any merged type
    Column("date", Date, index=True),
    Column("precision", String(8)),
    Column("ref_date", Date, index=True),  # date, else earliest publication: what resolution blocks on
    Column("place", Text),
    Column("country_code", String(2), index=True),
    Column("lat", Float, index=True),
    Column("lon", Float, index=True),
    Column("killed", Integer),
    Column("injured", Integer),
    Column("actors", Text, nullable=False, default=""),  # names, groups and mentions, one a line
    Column("sources", Text, nullable=False, default=""),  # cited sources and outlets, one a line
    Column("evidence", Text, nullable=False, default=""),  # evidence sentences, for text search
    Column("n_articles", Integer, nullable=False, default=1),
    Column("n_conflicts", Integer, nullable=False, default=0),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("data", Text, nullable=False),  # Incident JSON without its events
    Column("events", Text, nullable=False),  # the incident's events as merged (JSON list)
)
# For the list and map queries (newest first within a type, a country or a map box): these
# composite indexes cover the filter, the order and the map's box, so a page is chosen from the
# index alone and only its own rows are read (migration 0002).
Index("ix_incidents_type_date_lon_lat", incidents.c.type, incidents.c.date, incidents.c.lon, incidents.c.lat)
Index("ix_incidents_country_code_date_lon_lat", incidents.c.country_code, incidents.c.date, incidents.c.lon,
      incidents.c.lat)
# the store's version for the in-memory map index: max(updated_at) read from an index
Index("ix_incidents_updated_at", incidents.c.updated_at)
# the map's box: every column a map point shows, so ``Store.points`` reads the index alone
Index("ix_incidents_map", incidents.c.lon, incidents.c.lat, incidents.c.date, incidents.c.type, incidents.c.killed,
      incidents.c.n_conflicts, incidents.c.precision, incidents.c.country_code, incidents.c.place, incidents.c.id)

incident_members = Table(
    "incident_members", metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("event_key", String(80), ForeignKey("events.key", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
)

claims = Table(
    "claims", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(64), nullable=False, index=True),
    Column("value_int", Integer),
    Column("value_text", Text),
    Column("qualifier", Text),
    Column("source", Text, nullable=False, index=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("published", Date),
    Column("evidence", Text),  # Span JSON
    Column("hedged", Boolean, nullable=False, default=False),
    Column("superseded", Boolean, nullable=False, default=False),
)

# why each article is in its incidents: the match score and its reasons (NULL score: it made the incident)
incident_joins = Table(
    "incident_joins", metadata,
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("score", Float),
    Column("reasons", Text, nullable=False, default="[]"),  # JSON list of strings
)

# a stored incident folded into another (``writer._fold_into``) keeps its id as a pointer, so a
# link or an export that names it still finds the incident that holds its reports (migration 0004)
incident_folds = Table(
    "incident_folds", metadata,
    Column("folded_id", String(40), primary_key=True),
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("folded_at", DateTime, nullable=False),
)

conflicts = Table(
    "conflicts", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(40), ForeignKey("incidents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("note", Text),
    Column("data", Text, nullable=False),  # Conflict JSON
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("key", String(40), nullable=False),  # hash of origin and reason: one row per distinct error
    Column("origin", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("times", Integer, nullable=False, default=1),
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False, index=True),
    UniqueConstraint("key"),
)
