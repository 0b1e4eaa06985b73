"""PySide6 user interface: thin, calls crm_desktop.core only."""
