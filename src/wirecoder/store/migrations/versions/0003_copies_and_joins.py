"""Syndicated copies and why articles joined: articles keep a MinHash signature and the earliest
article they nearly duplicate; their signature's bands are indexed; each article's membership of
an incident keeps its match score and reasons.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("minhash", sa.LargeBinary()))
        batch.add_column(sa.Column("copy_of", sa.String(40)))
        batch.create_index("ix_articles_copy_of", ["copy_of"])
    op.create_table(
        "article_bands",
        sa.Column("band", sa.SmallInteger(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_article_bands_article_id_articles",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band", "key", "article_id", name="pk_article_bands"),
    )
    op.create_table(
        "incident_joins",
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("article_id", sa.String(40), nullable=False),
        sa.Column("score", sa.Float()),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name="fk_incident_joins_incident_id_incidents",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_incident_joins_article_id_articles",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("incident_id", "article_id", name="pk_incident_joins"),
    )


def downgrade() -> None:
    op.drop_table("incident_joins")
    op.drop_table("article_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_copy_of")
        batch.drop_column("copy_of")
        batch.drop_column("minhash")
