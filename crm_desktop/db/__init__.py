"""SQLite storage: connection, schema, migrations, full-text search. Never imports Qt."""
