"""Composite indexes for the list and map queries: a page of incidents newest first within a
type, a country or a map box is chosen from an index alone; and the latest update, which dates
the in-memory map index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_incidents_type_date_lon_lat": ["type", "date", "lon", "lat"],
    "ix_incidents_country_code_date_lon_lat": ["country_code", "date", "lon", "lat"],
    "ix_incidents_updated_at": ["updated_at"],
    "ix_incidents_map": ["lon", "lat", "date", "type", "killed", "n_conflicts", "precision", "country_code", "place", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "incidents", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="incidents")
