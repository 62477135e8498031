"""Alembic environment: the store hands over its open connection; nothing here reads a config file."""

from alembic import context

from wirecoder.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only ``wirecoder.store.migrate`` runs these migrations
    raise RuntimeError("wirecoder's migrations run through wirecoder.store.migrate(engine)")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
