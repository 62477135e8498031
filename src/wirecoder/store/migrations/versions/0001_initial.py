"""The first store: articles, events, incidents, incident members, claims, conflicts, ingest errors.

Revision ID: 0001
Revises:
Create Date: 2025-07-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("title", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("origin", sa.Text()),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("n_events", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_articles"),
        sa.UniqueConstraint("id", name="uq_articles_id"),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_source", "articles", ["source"])

    op.create_table(
        "events",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("precision", sa.String(8)),
        sa.Column("country_code", sa.String(2)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("mention", sa.String(16), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_events"),
        sa.UniqueConstraint("key", name="uq_events_key"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_events_article_id_articles", ondelete="CASCADE"),
    )
    for col in ("article_id", "type", "date", "country_code"):
        op.create_index(f"ix_events_{col}", "events", [col])

    op.create_table(
        "incidents",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("types", sa.Text(), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("precision", sa.String(8)),
        sa.Column("ref_date", sa.Date()),
        sa.Column("place", sa.Text()),
        sa.Column("country_code", sa.String(2)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("killed", sa.Integer()),
        sa.Column("injured", sa.Integer()),
        sa.Column("actors", sa.Text(), nullable=False),
        sa.Column("sources", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("n_articles", sa.Integer(), nullable=False),
        sa.Column("n_conflicts", sa.Integer(), nullable=False),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("events", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_incidents"),
        sa.UniqueConstraint("id", name="uq_incidents_id"),
    )
    for col in ("type", "date", "ref_date", "country_code", "lat", "lon"):
        op.create_index(f"ix_incidents_{col}", "incidents", [col])

    op.create_table(
        "incident_members",
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("event_key", sa.String(80), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("incident_id", "event_key", name="pk_incident_members"),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name="fk_incident_members_incident_id_incidents", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_key"], ["events.key"], name="fk_incident_members_event_key_events", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_incident_members_article_id_articles", ondelete="CASCADE"),
    )
    op.create_index("ix_incident_members_article_id", "incident_members", ["article_id"])

    op.create_table(
        "claims",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("value_int", sa.Integer()),
        sa.Column("value_text", sa.Text()),
        sa.Column("qualifier", sa.Text()),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("evidence", sa.Text()),
        sa.Column("hedged", sa.Boolean(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_claims"),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name="fk_claims_incident_id_incidents", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_claims_article_id_articles", ondelete="CASCADE"),
    )
    for col in ("incident_id", "field", "source", "article_id"):
        op.create_index(f"ix_claims_{col}", "claims", [col])

    op.create_table(
        "conflicts",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_conflicts"),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name="fk_conflicts_incident_id_incidents", ondelete="CASCADE"),
    )
    op.create_index("ix_conflicts_incident_id", "conflicts", ["incident_id"])

    op.create_table(
        "ingest_errors",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("times", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_ingest_errors"),
        sa.UniqueConstraint("key", name="uq_ingest_errors_key"),
    )
    op.create_index("ix_ingest_errors_last_seen", "ingest_errors", ["last_seen"])


def downgrade() -> None:
    for table in ("ingest_errors", "conflicts", "claims", "incident_members", "incidents", "events", "articles"):
        op.drop_table(table)
