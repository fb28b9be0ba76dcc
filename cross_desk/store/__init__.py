"""SQL storage: tables, engine and sessions, the unit of work, migrations. Imports domain."""
