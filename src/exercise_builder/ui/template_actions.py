"""Templates: start a programme from one, save the programme as one (the clinic's own)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow

from ..domain.kinds import ItemKind
from ..domain.models import Template, TemplateAid, TemplateItem, new_id
from ..domain.slugs import unique_slug
from ..store import Store
from .program_session import ProgramSession
from .translation import fill


class TemplateActions(QObject):
    def __init__(self, window: QMainWindow, store: Store, session: ProgramSession, language: str) -> None:
        super().__init__(window)
        self.window, self.store, self.session, self.language = window, store, session, language

    def start_from_template(self) -> None:
        templates = self.store.catalogue.all(ItemKind.TEMPLATE)
        if not templates:
            return
        from .template_picker import ADD, TemplatePicker, in_offer_order

        templates = in_offer_order(templates, self.session.program.patient_group, self.language)
        picker = TemplatePicker(self.store, templates, self.language, bool(self.session.program.items), self.window)
        if picker.exec() and picker.chosen() is not None:
            self.apply_template(picker.chosen(), add=picker.choice == ADD)

    def apply_template(self, template: Template, add: bool = False) -> None:
        """The template's content instead of the programme's, or added to it (one undo step)."""
        resolve = self.store.catalogue.resolve
        missing = self.session.start_from_template(
            template,
            lambda r: resolve(ItemKind.EXERCISE, r),
            lambda r: resolve(ItemKind.AID, r),
            lambda r: resolve(ItemKind.ADVICE, r),
            template.title_in(self.language),
            add=add,
        )
        if missing:
            self.window.statusBar().showMessage(
                fill(self.tr("Skabelonen nævner noget, der ikke findes: %1"), ", ".join(missing)), 8000
            )

    def save_as_template(self) -> Template | None:
        title, ok = QInputDialog.getText(self.window, self.tr("Gem som skabelon"), self.tr("Skabelonens navn:"))
        if not ok or not title.strip():
            return None
        return self.save_template(title.strip())

    def save_template(self, title: str) -> Template:
        program = self.session.program
        slug = unique_slug(f"skabelon {title}", self.store.catalogue.resolve)
        template = Template(
            id=new_id(),
            slug=slug,
            title={"da": title},
            frequency=program.frequency,
            items=tuple(TemplateItem(item.exercise_id, item.dosage, item.note) for item in program.items),
            aids=tuple(TemplateAid(aid.aid_id, aid.note) for aid in program.aids),
            advice=tuple(program.advice),
            patient_group=program.patient_group,
        )
        self.store.catalogue.save(ItemKind.TEMPLATE, template)
        self.window.statusBar().showMessage(fill(self.tr("Skabelonen »%1« er gemt."), title), 5000)
        return template
