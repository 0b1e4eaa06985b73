"""Developer tools (translations). Not imported by the application."""
