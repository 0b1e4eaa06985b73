"""Offline sync between machines (built by the sync issue). Never imports Qt."""
