"""Undoable programme edits. Each holds the programme before and after: undo is exact."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from ..domain.models import Program

if TYPE_CHECKING:
    from .program_session import ProgramSession

# Typing in one field merges into one undo step; each kind of field gets its own id.
MERGE_IDS = {
    "patient_name": 1,
    "date": 2,
    "therapist": 3,
    "frequency": 4,
    "message": 5,
    "item_note": 6,
    "aid_note": 7,
    "item_frequency": 8,
}


class ProgramEdit(QUndoCommand):
    def __init__(self, session: ProgramSession, text: str, after: Program, merge_key: tuple | None = None) -> None:
        super().__init__(text)
        self.session = session
        self.before = session.program
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.session.apply_edit(self.after)

    def undo(self) -> None:
        self.session.apply_edit(self.before)

    def id(self) -> int:
        return MERGE_IDS.get(self.merge_key[0], -1) if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ProgramEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True
