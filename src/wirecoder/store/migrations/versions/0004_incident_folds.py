"""Folded incidents keep their id: each stored incident folded into another leaves a row that
points from its id to the incident that holds its reports now.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_folds",
        sa.Column("folded_id", sa.String(40), nullable=False),
        sa.Column("incident_id", sa.String(40), nullable=False),
        sa.Column("folded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], name="fk_incident_folds_incident_id_incidents",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("folded_id", name="pk_incident_folds"),
    )
    op.create_index("ix_incident_folds_incident_id", "incident_folds", ["incident_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_folds_incident_id", table_name="incident_folds")
    op.drop_table("incident_folds")
