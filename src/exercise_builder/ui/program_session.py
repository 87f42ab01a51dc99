"""The open programme: the Program, its undo stack, saving, and autosave to drafts/."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from ..domain.dosage import Dosage
from ..domain.kinds import ItemKind, PatientGroup
from ..domain.models import Program, ProgramAid, ProgramItem, ProgramOptions, Template
from ..domain.program_file import ProgramFileError, parse_program_text, program_id, program_to_text
from ..services.program_io import write_atomically
from ..store import Store
from . import settings as app_settings
from .commands import ProgramEdit
from .settings import AppSettings
from .translation import fill

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500
DRAFT_SUFFIX = ".ebprog"
META_SUFFIX = ".session.json"
_LEGACY_IDS = uuid.UUID("5b0c6f0e-3c55-4f43-9a43-2f3c5d0b7e21")  # names drafts of ids older code let in


@dataclass(frozen=True)
class Draft:
    path: Path
    patient_name: str
    saved: str  # ISO time of the autosave


class ProgramSession(QObject):
    changed = Signal()  # the programme's content changed (edit, undo, open)
    replaced = Signal()  # another programme was opened or started
    dirtyChanged = Signal()  # is_dirty may have changed (no bool argument: see pyside_workarounds)
    saved = Signal()

    def __init__(self, store: Store, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.drafts_dir = store.data_dir / "drafts"
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._program = self.blank()
        self._restored_dirty = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.autosave)

    @Slot()
    def _clean_changed(self) -> None:
        self.dirtyChanged.emit()

    # --- state ---------------------------------------------------------------------------------

    @property
    def program(self) -> Program:
        return self._program

    @property
    def is_dirty(self) -> bool:
        return self._restored_dirty or not self.undo_stack.isClean()

    def blank(self) -> Program:
        clinic = self.store.settings.clinic()
        return Program(therapist=clinic.therapist_name, frequency=self.settings.get(app_settings.DEFAULT_FREQUENCY))

    def apply_edit(self, program: Program) -> None:
        """Called by the undo commands; keeps the save bookkeeping of the current programme."""
        self._program = program.with_(
            id=self._program.id,
            version=self._program.version,
            handed_out=self._program.handed_out,
            parent_id=self._program.parent_id,
        )
        self.changed.emit()
        self._autosave.start()

    def replace(self, program: Program, *, dirty: bool = False) -> None:
        """Open another programme (no undo across programmes)."""
        self._autosave.stop()
        self.undo_stack.clear()
        self._program = program
        self._restored_dirty = dirty
        self.undo_stack.setClean()
        self.replaced.emit()
        self.changed.emit()
        self.dirtyChanged.emit()

    def new(self) -> None:
        self.discard_draft()
        self.replace(self.blank())

    def edit(self, text: str, after: Program, merge_key: tuple | None = None) -> None:
        if after != self._program:
            self.undo_stack.push(ProgramEdit(self, text, after, merge_key))

    # --- edits -----------------------------------------------------------------------------------

    def add_exercises(self, exercises: list[tuple[str, Dosage, str]], at: int | None = None) -> None:
        """Add (exercise id, dosage, title) at `at` (the end when None)."""
        if not exercises:
            return
        items = list(self._program.items)
        at = len(items) if at is None or at < 0 or at > len(items) else at
        items[at:at] = [ProgramItem(ident, dosage) for ident, dosage, _title in exercises]
        if len(exercises) == 1:
            text = fill(self.tr("Tilføj «%1»"), exercises[0][2])
        else:
            text = fill(self.tr("Tilføj %1 øvelser"), str(len(exercises)))
        self.edit(text, self._program.with_(items=tuple(items)))

    def remove_items(self, rows: list[int], titles: list[str]) -> None:
        rows = sorted({r for r in rows if 0 <= r < len(self._program.items)})
        if not rows:
            return
        items = [item for row, item in enumerate(self._program.items) if row not in rows]
        if len(rows) == 1:
            text = fill(self.tr("Fjern «%1»"), titles[0] if titles else "")
        else:
            text = fill(self.tr("Fjern %1 øvelser"), str(len(rows)))
        self.edit(text, self._program.with_(items=tuple(items)))

    def move_item(self, row: int, to: int, title: str) -> None:
        items = list(self._program.items)
        if not (0 <= row < len(items)) or not (0 <= to <= len(items)) or to in (row, row + 1):
            return
        item = items.pop(row)
        items.insert(to - 1 if to > row else to, item)
        self.edit(fill(self.tr("Flyt «%1»"), title), self._program.with_(items=tuple(items)))

    def move_items(self, rows: list[int], to: int, titles: list[str]) -> None:
        """Several rows dragged together: they keep their order and land as one block before `to`."""
        items = list(self._program.items)
        rows = sorted({r for r in rows if 0 <= r < len(items)})
        if not rows or not 0 <= to <= len(items):
            return
        if len(rows) == 1:
            self.move_item(rows[0], to, titles[0] if titles else "")
            return
        moving = [items[r] for r in rows]
        rest = [item for i, item in enumerate(items) if i not in set(rows)]
        at = to - sum(1 for r in rows if r < to)
        moved = rest[:at] + moving + rest[at:]
        if moved != items:
            self.edit(fill(self.tr("Flyt %1 øvelser"), str(len(rows))), self._program.with_(items=tuple(moved)))

    def swap_item(self, row: int, exercise_id: str, text: str) -> None:
        """The row's exercise becomes another (its easier or harder variant); dosage and note stay."""
        items = list(self._program.items)
        if not (0 <= row < len(items)) or not exercise_id:
            return
        items[row] = ProgramItem(exercise_id, items[row].dosage, items[row].note)
        self.edit(text, self._program.with_(items=tuple(items)))

    def set_item(self, row: int, item: ProgramItem, title: str, what: str = "dosage") -> None:
        items = list(self._program.items)
        if not (0 <= row < len(items)):
            return
        items[row] = item
        texts = {
            "dosage": self.tr("Ændr dosering af «%1»"),
            "note": self.tr("Ændr note til «%1»"),
            "frequency": self.tr("Ændr hyppighed for «%1»"),
        }
        merge = {"note": ("item_note", row), "frequency": ("item_frequency", row)}.get(what)
        self.edit(fill(texts[what], title), self._program.with_(items=tuple(items)), merge)

    def set_field(self, name: str, value: str) -> None:
        texts = {
            "patient_name": self.tr("Ændr patientens navn"),
            "date": self.tr("Ændr dato"),
            "therapist": self.tr("Ændr terapeut"),
            "frequency": self.tr("Ændr hyppighed"),
            "message": self.tr("Ændr besked"),
        }
        self.edit(texts[name], self._program.with_(**{name: value}), (name,))

    def set_patient_group(self, group: PatientGroup) -> None:
        if group != self._program.patient_group:
            self.edit(self.tr("Skift patientgruppe"), self._program.with_(patient_group=group))

    def set_aid(self, aid_id: str, checked: bool, title: str) -> None:
        aids = [aid for aid in self._program.aids if aid.aid_id != aid_id]
        if checked:
            aids.append(ProgramAid(aid_id))
            text = self.tr("Tilføj hjælpemidlet «%1»")
        else:
            text = self.tr("Fjern hjælpemidlet «%1»")
        self.edit(fill(text, title), self._program.with_(aids=tuple(aids)))

    def set_aid_note(self, aid_id: str, note: str, title: str) -> None:
        aids = tuple(replace(aid, note=note) if aid.aid_id == aid_id else aid for aid in self._program.aids)
        self.edit(fill(self.tr("Ændr note til «%1»"), title), self._program.with_(aids=aids), ("aid_note", aid_id))

    def set_advice(self, advice_id: str, checked: bool, title: str) -> None:
        advice = [ident for ident in self._program.advice if ident != advice_id]
        if checked:
            advice.append(advice_id)
            text = self.tr("Tilføj rådet «%1»")
        else:
            text = self.tr("Fjern rådet «%1»")
        self.edit(fill(text, title), self._program.with_(advice=tuple(advice)))

    def set_option(self, name: str, value) -> None:
        texts = {
            "layout": self.tr("Skift layout"),
            "large_print": self.tr("Stor skrift til/fra"),
            "diary": self.tr("Dagbog til/fra"),
            "language": self.tr("Skift sprog i programmet"),
        }
        options = replace(self._program.options, **{name: value})
        self.edit(texts[name], self._program.with_(options=options))

    def start_from_template(
        self, template: Template, resolve_exercise, resolve_aid, resolve_advice, title: str, add: bool = False
    ) -> list[str]:
        """Replace the content with the template's, or add it to the content (`add`); one undo
        step. Returns the references not found."""
        missing: list[str] = []
        items, aids, advice = [], [], []
        for item in template.items:
            ident = resolve_exercise(item.exercise)
            (items.append(ProgramItem(ident, item.dosage, item.note)) if ident else missing.append(item.exercise))
        for aid in template.aids:
            ident = resolve_aid(aid.aid)
            (aids.append(ProgramAid(ident, aid.note)) if ident else missing.append(aid.aid))
        for ref in template.advice:
            ident = resolve_advice(ref)
            (advice.append(ident) if ident else missing.append(ref))
        if add:
            have = self._program
            chosen_aids = {aid.aid_id for aid in have.aids}
            after = have.with_(
                items=have.items + tuple(items),
                aids=have.aids + tuple(aid for aid in aids if aid.aid_id not in chosen_aids),
                advice=have.advice + tuple(ref for ref in advice if ref not in have.advice),
                frequency=have.frequency or template.frequency,
            )
            self.edit(self.tr("Tilføj skabelonen «%1»").replace("%1", title), after)
            return missing
        after = self._program.with_(
            items=tuple(items),
            aids=tuple(aids),
            advice=tuple(advice),
            frequency=template.frequency or self._program.frequency,
            # a template without a group (older, or "other") keeps the one chosen
            patient_group=template.patient_group
            if template.patient_group != PatientGroup.OTHER
            else self._program.patient_group,
        )
        self.edit(fill(self.tr("Start fra skabelonen «%1»"), title), after)
        return missing

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> Program:
        """Save to the store. Raises store.ConcurrentEditError if it was saved elsewhere."""
        saved = self.store.programs.save(self._program)
        log.info("Programme %s saved (version %d)", saved.id, saved.version)
        self._program = saved
        self._restored_dirty = False
        self.undo_stack.setClean()
        self.discard_draft()
        self.dirtyChanged.emit()
        self.saved.emit()
        return saved

    def mark_handed_out(self) -> None:
        if self._program.version > 0 and not self.is_dirty:
            self.store.programs.mark_handed_out(self._program.id)
            self._program = self._program.with_(handed_out=True)

    # --- drafts ----------------------------------------------------------------------------------

    def draft_path(self, ident: str | None = None) -> Path:
        """drafts/<uuid>.ebprog; an id that is not a UUID (stored by older code) is hashed to one,
        so no id can name a file outside drafts/."""
        ident = ident or self._program.id
        name = program_id(ident) or str(uuid.uuid5(_LEGACY_IDS, ident))
        path = self.drafts_dir / f"{name}{DRAFT_SUFFIX}"
        if path.parent != self.drafts_dir or path.name != f"{name}{DRAFT_SUFFIX}":
            raise ValueError("a draft's name must stay inside the drafts folder")
        return path

    def autosave(self) -> Path | None:
        """Write the open programme to drafts/ if it has unsaved changes."""
        self._autosave.stop()
        if not self.is_dirty:
            return None
        path = self.draft_path()
        meta = {
            "version": self._program.version,
            "handed_out": self._program.handed_out,
            "parent_id": self._program.parent_id,
            "saved": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        write_atomically(path, program_to_text(self._program).encode("utf-8"))
        write_atomically(path.with_suffix(META_SUFFIX), json.dumps(meta).encode("utf-8"))
        return path

    def discard_draft(self, path: Path | None = None) -> None:
        path = path or self.draft_path()
        path.unlink(missing_ok=True)
        path.with_suffix(META_SUFFIX).unlink(missing_ok=True)

    def pending_draft(self) -> Draft | None:
        """The newest draft left by an earlier run (not the programme open now), if any."""
        if not self.drafts_dir.is_dir():
            return None
        drafts = sorted(
            (p for p in self.drafts_dir.glob(f"*{DRAFT_SUFFIX}") if p != self.draft_path()),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for path in drafts:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                meta = self._meta(path)
            except (OSError, ValueError):
                continue
            patient = data.get("patient", {}).get("name", "") if isinstance(data, dict) else ""
            return Draft(path, patient if isinstance(patient, str) else "", meta.get("saved", ""))
        return None

    @staticmethod
    def _meta(path: Path) -> dict:
        try:
            meta = json.loads(path.with_suffix(META_SUFFIX).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return meta if isinstance(meta, dict) else {}

    def read_draft(self, draft: Draft) -> Program:
        resolve = self.store.catalogue.resolve
        program = parse_program_text(
            draft.path.read_bytes(),
            lambda r: resolve(ItemKind.EXERCISE, r),
            lambda r: resolve(ItemKind.AID, r),
            lambda r: resolve(ItemKind.ADVICE, r),
        )
        meta = self._meta(draft.path)
        version = meta.get("version", 0)
        return program.with_(
            version=version if isinstance(version, int) else 0,
            handed_out=bool(meta.get("handed_out", False)),
            parent_id=str(meta.get("parent_id", "") or ""),
        )

    def restore_draft(self, draft: Draft | None = None) -> Program | None:
        """Open the pending draft as an unsaved programme. None if there is none or it is unreadable."""
        draft = draft or self.pending_draft()
        if draft is None:
            return None
        try:
            program = self.read_draft(draft)
        except (OSError, ProgramFileError):
            return None
        self.replace(program, dirty=True)
        if draft.path != self.draft_path():
            self.discard_draft(draft.path)
        self.autosave()
        return program

    def drop_pending_draft(self) -> None:
        draft = self.pending_draft()
        if draft is not None:
            self.discard_draft(draft.path)

    def forget_changes(self) -> None:
        """The user chose not to keep the unsaved changes."""
        self._autosave.stop()
        self.discard_draft()
        self._restored_dirty = False
        self.undo_stack.setClean()

    def close(self) -> None:
        """A clean end: no draft left behind unless there are unsaved changes."""
        if self.is_dirty:
            self.autosave()
        else:
            self.discard_draft()

    def options(self) -> ProgramOptions:
        return self._program.options
