"""Building a PDF off the GUI thread, then opening its preview: what every "Print…" of a document does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from crm_desktop.ui.report_dialog import forget_file, show_preview
from crm_desktop.ui.workers import Progress, Task, run_and_wait


def build_pdf(build: Callable[[Progress], object], out: Path, parent: QWidget | None, title: str,
              busy_text: str) -> bool:
    """Run ``build`` (which writes ``out``) in a worker thread, ``busy_text`` on its progress dialog; False when
    the user cancelled. A failure is raised here; either way the half-written file is removed."""
    task = Task(build, title, busy_text, parent)
    try:
        run_and_wait(task)
        if task.error is not None:
            forget_file(out)
            raise task.error
        if task.is_cancelled():
            forget_file(out)
            return False
    finally:
        task.deleteLater()
    return True


def build_then_preview(build: Callable[[Progress], Path], out: Path, parent: QWidget | None, title: str,
                       busy_text: str, suggested_name: str) -> Path | None:
    """``build_pdf``, then the preview of ``out`` (save, print); None if cancelled."""
    if not build_pdf(build, out, parent, title, busy_text):
        return None
    show_preview(out, parent, title, suggested_name)
    return out
