"""Start CRM Desktop: the window, or a command-line subcommand.

``python main.py`` (optionally with the window's options --db, --demo, --lang)
opens the window; ``python main.py COMMAND ...`` runs the command line headless,
without loading Qt, and exits with the command's status.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

#: Options of the window that take a value (so that value is not taken for a command).
APP_OPTIONS_WITH_VALUE = ("--db", "--lang")
#: --demo may be a flag or take a size.
DEMO_SIZES = ("small", "medium", "large")


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments hold a word that is not an option (a command, right or wrong)
    or ask for help; the window takes options only."""
    previous = ""
    for arg in argv:
        if arg in ("-h", "--help", "--version"):
            return True
        if previous in APP_OPTIONS_WITH_VALUE or (previous == "--demo" and arg in DEMO_SIZES):
            previous = ""
            continue
        if not arg.startswith("-"):
            return True
        previous = arg
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(args):
        from crm_desktop import cli

        return cli.main(args)
    from crm_desktop import app  # Qt is loaded only for the window

    status = app.main(args)
    return int(status or 0)


if __name__ == "__main__":
    sys.exit(main())
