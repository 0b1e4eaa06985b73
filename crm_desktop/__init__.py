"""CRM Desktop: a desktop CRM for small businesses."""

from pathlib import Path

__version__ = "0.1.0"

#: Icons, translations, demo seeds. Lives beside the package in the repository.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
