"""Editing an exercise: the clinic's own, or a local version of a shipped one (restorable)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import vocabulary
from ..domain.dosage import Dosage, Range
from ..domain.kinds import ItemKind
from ..domain.models import Exercise, ImageRef, new_id
from ..domain.records import MAX_STEPS
from ..domain.slugs import unique_slug
from ..store import Store
from ..store.catalogue import CUSTOM
from ..store.catalogue import ConcurrentEditError as LibraryEditConflict
from .dosage_delegate import RANGE_PATTERN, frequency_choices
from .pictures import PictureError, read_picture_file, store_picture
from .translation import error_text, fill

LICENCES = ("", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "Klinikkens eget – må ikke deles")


class ExerciseEditor(QDialog):
    saved = Signal(str)  # exercise id

    def __init__(self, store: Store, exercise_id: str | None, language: str = "da", parent=None) -> None:
        super().__init__(parent)
        self.store, self.language = store, language
        self.setObjectName("exerciseEditor")
        self.exercise: Exercise | None = store.catalogue.get(ItemKind.EXERCISE, exercise_id) if exercise_id else None
        self.info = store.catalogue.info(ItemKind.EXERCISE, exercise_id) if exercise_id else None
        self.images: list[ImageRef] = list(self.exercise.images) if self.exercise else []
        self.setWindowTitle(
            self.tr("Ny øvelse")
            if self.exercise is None
            else fill(self.tr("Redigér øvelse – %1"), self.exercise.title_in(language))
        )
        self.resize(820, 640)

        self.origin_note = QLabel(self, objectName="exerciseOrigin")
        self.origin_note.setWordWrap(True)

        # texts, per language
        self.title_da = QLineEdit(self, objectName="exerciseTitleDa")
        self.title_en = QLineEdit(self, objectName="exerciseTitleEn")
        self.steps_da = QPlainTextEdit(self, objectName="exerciseStepsDa", tabChangesFocus=True)
        self.steps_en = QPlainTextEdit(self, objectName="exerciseStepsEn", tabChangesFocus=True)
        # the tip the handout prints for a patient late in pregnancy, as the shipped exercises carry
        self.late_da = QPlainTextEdit(self, objectName="exerciseLatePregnancyDa", tabChangesFocus=True)
        self.late_en = QPlainTextEdit(self, objectName="exerciseLatePregnancyEn", tabChangesFocus=True)
        for edit in (self.late_da, self.late_en):
            edit.setMaximumHeight(70)
        for edit, name in (
            (self.title_da, self.tr("Titel på dansk")),
            (self.title_en, self.tr("Titel på engelsk")),
            (self.steps_da, self.tr("Trin på dansk, ét pr. linje")),
            (self.steps_en, self.tr("Trin på engelsk, ét pr. linje")),
            (self.late_da, self.tr("Tip sidst i graviditeten, på dansk (valgfrit)")),
            (self.late_en, self.tr("Tip sidst i graviditeten, på engelsk (valgfrit)")),
        ):
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
        texts = QTabWidget(self)
        texts.tabBar().setAccessibleName(self.tr("Sprog for titel og trin"))
        for _code, title, steps, late, label in (
            ("da", self.title_da, self.steps_da, self.late_da, self.tr("Dansk")),
            ("en", self.title_en, self.steps_en, self.late_en, self.tr("Engelsk")),
        ):
            page = QWidget(texts)
            form = QFormLayout(page)
            form.addRow(self.tr("Titel:"), title)
            form.addRow(self.tr("Trin (ét pr. linje):"), steps)
            form.addRow(self.tr("Tip sidst i\ngraviditeten:"), late)
            texts.addTab(page, label)

        # where, how, tags
        self.region = QComboBox(self, objectName="exerciseRegion")
        self.position = QComboBox(self, objectName="exercisePosition")
        for combo, table in ((self.region, vocabulary.REGIONS), (self.position, vocabulary.POSITIONS)):
            combo.addItem("", "")
            for code in table:
                combo.addItem(vocabulary.name(table, code, language), code)
        self.region.setAccessibleName(self.tr("Område"))
        self.position.setAccessibleName(self.tr("Stilling"))
        self.tags = QListWidget(self, objectName="exerciseTags")
        self.tags.setAccessibleName(self.tr("Typer"))
        self.tags.setFlow(QListView.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListView.ResizeMode.Adjust)
        self.tags.setMaximumHeight(90)
        for code in vocabulary.TAGS:
            item = QListWidgetItem(vocabulary.name(vocabulary.TAGS, code, language), self.tags)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.aids = QListWidget(self, objectName="exerciseAids")
        self.aids.setAccessibleName(self.tr("Hjælpemidler"))
        self.aids.setToolTip(self.tr("De hjælpemidler, øvelsen bruger (biblioteket kan filtrere på dem)"))
        self.aids.setFlow(QListView.Flow.LeftToRight)
        self.aids.setWrapping(True)
        self.aids.setResizeMode(QListView.ResizeMode.Adjust)
        self.aids.setMaximumHeight(70)
        for aid in sorted(store.catalogue.all(ItemKind.AID), key=lambda a: a.title_in(language).casefold()):
            item = QListWidgetItem(aid.title_in(language), self.aids)
            item.setData(Qt.ItemDataRole.UserRole, aid.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        # default dosage
        self.sets = QSpinBox(self, objectName="exerciseSets", minimum=1, maximum=99)
        self.reps = QLineEdit(self, objectName="exerciseReps", placeholderText=self.tr("fx 8–12"))
        self.hold = QLineEdit(self, objectName="exerciseHold", placeholderText=self.tr("sekunder"))
        self.minutes = QLineEdit(self, objectName="exerciseMinutes", placeholderText=self.tr("minutter"))
        for field in (self.reps, self.hold, self.minutes):  # the same rule as the programme table
            field.setValidator(QRegularExpressionValidator(RANGE_PATTERN, field))
        self.per_side = QCheckBox(self.tr("På hver side"), self, objectName="exercisePerSide")
        self.own_frequency = QComboBox(self, objectName="exerciseFrequency", editable=True)
        self.own_frequency.addItems(["", *frequency_choices()])
        for widget, name in (
            (self.sets, self.tr("Sæt")),
            (self.reps, self.tr("Gentagelser")),
            (self.hold, self.tr("Hold i sekunder")),
            (self.minutes, self.tr("Minutter")),
            (self.per_side, self.tr("På hver side")),
            (self.own_frequency, self.tr("Egen hyppighed")),
        ):
            widget.setAccessibleName(name)
        dosage_box = QGroupBox(self.tr("Standarddosering"), self)
        dosage = QGridLayout(dosage_box)
        for column, (label, widget) in enumerate(
            (
                (self.tr("Sæt"), self.sets),
                (self.tr("Gentagelser"), self.reps),
                (self.tr("Hold (s)"), self.hold),
                (self.tr("Minutter"), self.minutes),
            )
        ):
            dosage.addWidget(QLabel(label, dosage_box), 0, column)
            dosage.addWidget(widget, 1, column)
        dosage.addWidget(self.per_side, 2, 0, 1, 2)
        dosage.addWidget(QLabel(self.tr("Egen hyppighed:"), dosage_box), 2, 2)
        dosage.addWidget(self.own_frequency, 2, 3)

        # pictures
        self.pictures = QListWidget(self, objectName="exercisePictures")
        self.pictures.setViewMode(QListView.ViewMode.IconMode)
        self.pictures.setIconSize(QSize(112, 112))
        self.pictures.setGridSize(QSize(128, 128))
        self.pictures.setMovement(QListView.Movement.Static)
        self.pictures.setFixedHeight(140)
        self.picture_view = QLabel(self, objectName="picturePreview")
        self.picture_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_view.setMinimumSize(200, 140)
        self.picture_view.setStyleSheet("QLabel { background: white; border: 1px solid #c8ccd0; color: #5f6368; }")
        self.picture_view.setAccessibleName(self.tr("Det valgte billede"))
        self.picture_view.setWordWrap(True)
        self.picture_view.setMargin(12)
        self.no_picture_hint = self.tr("Tilføj et billede fra en fil, eller indsæt et fra udklipsholderen (Ctrl+V)")
        self.pictures.setAccessibleName(self.tr("Billeder"))
        self.add_file = QPushButton(self.tr("Fra fil …"), self, objectName="pictureFromFile")
        self.paste = QPushButton(self.tr("Indsæt fra udklipsholder"), self, objectName="pictureFromClipboard")
        self.paste.setShortcut(QKeySequence.StandardKey.Paste)  # a focused text field still pastes text first
        self.paste.setToolTip(self.tr("Indsæt et billede fra udklipsholderen (Ctrl+V)"))
        self.remove_picture = QPushButton(self.tr("Fjern"), self, objectName="pictureRemove")
        self.author = QLineEdit(self, objectName="pictureAuthor", placeholderText=self.tr("Hvem har lavet billedet"))
        self.licence = QComboBox(self, objectName="pictureLicence", editable=True)
        self.licence.addItems(list(LICENCES))
        self.author.setAccessibleName(self.tr("Billedets ophavsperson"))
        self.licence.setAccessibleName(self.tr("Billedets licens"))
        picture_box = QGroupBox(self.tr("Billeder"), self)
        pictures = QVBoxLayout(picture_box)
        pictures.addWidget(self.pictures)
        pictures.addWidget(self.picture_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_file)
        row.addWidget(self.paste)
        row.addWidget(self.remove_picture)
        row.addStretch(1)
        pictures.addLayout(row)
        credit = QFormLayout()
        credit.addRow(self.tr("Ophav:"), self.author)
        credit.addRow(self.tr("Licens:"), self.licence)
        pictures.addLayout(credit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.restore = buttons.addButton(self.tr("Gendan original"), QDialogButtonBox.ButtonRole.ResetRole)
        self.restore.setObjectName("restoreOriginal")

        where = QFormLayout()
        where.addRow(self.tr("Område:"), self.region)
        where.addRow(self.tr("Stilling:"), self.position)
        where.addRow(self.tr("Typer:"), self.tags)
        where.addRow(self.tr("Hjælpemidler:"), self.aids)
        left = QVBoxLayout()
        left.addWidget(texts, 1)
        left.addLayout(where)
        right = QVBoxLayout()
        right.addWidget(dosage_box)
        right.addWidget(picture_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self.restore_original)
        self.add_file.clicked.connect(self.add_picture_from_file)
        self.paste.clicked.connect(self.paste_picture)
        self.remove_picture.clicked.connect(self.remove_current_picture)
        self.pictures.currentRowChanged.connect(self._show_credit)
        self.author.textEdited.connect(lambda text: self._set_credit(author=text))
        self.licence.editTextChanged.connect(lambda text: self._set_credit(licence=text))
        self._loading = False
        self.load(self.exercise)

    # --- filling the form ----------------------------------------------------------------------

    def load(self, exercise: Exercise | None) -> None:
        self._loading = True
        if exercise is not None:
            self.title_da.setText(exercise.title.get("da", ""))
            self.title_en.setText(exercise.title.get("en", ""))
            self.steps_da.setPlainText("\n".join(exercise.steps.get("da", [])))
            self.steps_en.setPlainText("\n".join(exercise.steps.get("en", [])))
            self.late_da.setPlainText(exercise.late_pregnancy.get("da", ""))
            self.late_en.setPlainText(exercise.late_pregnancy.get("en", ""))
            self.region.setCurrentIndex(max(0, self.region.findData(exercise.region)))
            self.position.setCurrentIndex(max(0, self.position.findData(exercise.position)))
            for row in range(self.tags.count()):
                item = self.tags.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in exercise.tags
                    else Qt.CheckState.Unchecked
                )
            for row in range(self.aids.count()):
                item = self.aids.item(row)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in exercise.aids
                    else Qt.CheckState.Unchecked
                )
            d = exercise.dosage
            self.sets.setValue(d.sets)
            self.reps.setText(str(d.reps or ""))
            self.hold.setText(str(d.hold_seconds or ""))
            self.minutes.setText(str(d.duration_minutes or ""))
            self.per_side.setChecked(d.per_side)
            self.own_frequency.setCurrentText(d.frequency)
            self.images = list(exercise.images)
        self._fill_pictures()
        self._loading = False
        self._update_origin()
        self._loaded_state = self.form_state()

    def form_state(self) -> tuple:
        """Everything the form would save, to tell whether the user changed anything.

        A new field of the editor belongs here too (a test changes every field and checks)."""
        tags = tuple(self.tags.item(r).checkState() == Qt.CheckState.Checked for r in range(self.tags.count()))
        return (
            self.title_da.text(),
            self.title_en.text(),
            self.steps_da.toPlainText(),
            self.steps_en.toPlainText(),
            self.region.currentData(),
            self.position.currentData(),
            tags,
            self._checked_aids(),
            self.sets.value(),
            self.reps.text(),
            self.hold.text(),
            self.minutes.text(),
            self.per_side.isChecked(),
            self.own_frequency.currentText(),
            tuple(self.images),
            self.late_da.toPlainText(),
            self.late_en.toPlainText(),
        )

    def _checked_aids(self) -> tuple[str, ...]:
        return tuple(
            self.aids.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.aids.count())
            if self.aids.item(r).checkState() == Qt.CheckState.Checked
        )

    def has_changes(self) -> bool:
        return self.form_state() != self._loaded_state

    def _update_origin(self) -> None:
        info = self.store.catalogue.info(ItemKind.EXERCISE, self.exercise.id) if self.exercise else None
        upstream = info is not None and info.origin != CUSTOM
        self.restore.setVisible(upstream)
        self.restore.setEnabled(bool(info and info.edited))
        if info is None:
            text = self.tr("En ny øvelse bliver klinikkens egen.")
        elif not upstream:
            text = self.tr("Klinikkens egen øvelse.")
        elif info.edited:
            text = self.tr("Øvelse fra biblioteket med jeres lokale ændringer. »Gendan original« fjerner dem.")
        else:
            text = self.tr(
                "Øvelse fra biblioteket. Gemmer du ændringer, bliver de en lokal udgave; "
                "originalen kan altid gendannes."
            )
        self.origin_note.setText(text)

    def _fill_pictures(self) -> None:
        self.pictures.clear()
        for image in self.images:
            path = self.store.media.path(image.sha256) if image.sha256 else None
            item = QListWidgetItem(self.pictures)
            if path is not None and path.is_file():
                item.setIcon(QIcon(str(path)) if path.suffix == ".svg" else QIcon(QPixmap(str(path))))
            item.setText(fill(self.tr("Billede %1"), str(self.pictures.count())))
            item.setToolTip(f"{image.file}\n{image.author} · {image.licence}")
        if self.images:
            self.pictures.setCurrentRow(0)
        self._show_credit(self.pictures.currentRow())

    def _show_picture(self, row: int) -> None:
        path = self.store.media.path(self.images[row].sha256) if 0 <= row < len(self.images) else None
        if path is None or not path.is_file():
            self.picture_view.setPixmap(QPixmap())
            self.picture_view.setText("" if self.images else self.no_picture_hint)
            return
        size = self.picture_view.contentsRect().size()
        size = size if size.width() > 50 else QSize(360, 240)
        self.picture_view.setPixmap(
            QIcon(str(path)).pixmap(size)
            if path.suffix == ".svg"
            else QPixmap(str(path)).scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_picture(self.pictures.currentRow())

    def _show_credit(self, row: int) -> None:
        self._show_picture(row)
        has = 0 <= row < len(self.images)
        self._loading = True
        self.author.setText(self.images[row].author if has else "")
        self.licence.setCurrentText(self.images[row].licence if has else "")
        self._loading = False
        for widget in (self.author, self.licence, self.remove_picture):
            widget.setEnabled(has)

    def _set_credit(self, **changes: str) -> None:
        row = self.pictures.currentRow()
        if self._loading or not 0 <= row < len(self.images):
            return
        self.images[row] = replace(self.images[row], **changes)
        image = self.images[row]
        self.pictures.item(row).setToolTip(f"{image.file}\n{image.author} · {image.licence}")

    # --- pictures ------------------------------------------------------------------------------

    def add_picture(self, image) -> ImageRef | None:
        try:
            ref = store_picture(self.store, image, self.store.settings.clinic().name, "")
        except (PictureError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Billede"), error_text(error))
            return None
        self.images.append(ref)
        self._fill_pictures()
        self.pictures.setCurrentRow(len(self.images) - 1)
        return ref

    def add_picture_from_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Vælg billede"), "", self.tr("Billeder (*.png *.jpg *.jpeg)")
            )
        if not path:
            return
        try:
            image = read_picture_file(Path(path))
        except PictureError as error:
            QMessageBox.warning(self, self.tr("Billede"), error_text(error))
            return
        self.add_picture(image)

    def paste_picture(self) -> None:
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            QMessageBox.information(self, self.tr("Billede"), self.tr("Udklipsholderen indeholder intet billede."))
            return
        self.add_picture(image)

    def remove_current_picture(self) -> None:
        row = self.pictures.currentRow()
        if 0 <= row < len(self.images):
            del self.images[row]
            self._fill_pictures()

    # --- saving ----------------------------------------------------------------------------------

    def build(self) -> Exercise:
        """The exercise as the form describes it; raises ValueError with a Danish sentence."""
        title_da = self.title_da.text().strip()
        if not title_da:
            raise ValueError(self.tr("Øvelsen skal have en dansk titel."))
        steps_da = [line.strip() for line in self.steps_da.toPlainText().splitlines() if line.strip()]
        steps_en = [line.strip() for line in self.steps_en.toPlainText().splitlines() if line.strip()]
        if not steps_da:
            raise ValueError(self.tr("Skriv mindst ét trin på dansk."))
        if max(len(steps_da), len(steps_en)) > MAX_STEPS:
            # what another clinic imports has at most as many (records.check_bounds)
            raise ValueError(fill(self.tr("En øvelse har højst %1 trin på hvert sprog."), MAX_STEPS))
        try:
            dosage = Dosage(
                sets=self.sets.value(),
                reps=Range.of(self.reps.text().replace("-", "–")),
                hold_seconds=Range.of(self.hold.text().replace("-", "–")),
                duration_minutes=Range.of(self.minutes.text().replace("-", "–")),
                per_side=self.per_side.isChecked(),
                frequency=self.own_frequency.currentText().strip(),
            )
        except ValueError:
            raise ValueError(self.tr("Doseringen skal være tal, fx 10 eller 8–12.")) from None
        title = {"da": title_da}
        if self.title_en.text().strip():
            title["en"] = self.title_en.text().strip()
        steps = {"da": steps_da}
        if steps_en:
            steps["en"] = steps_en
        tags = tuple(
            self.tags.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.tags.count())
            if self.tags.item(r).checkState() == Qt.CheckState.Checked
        )
        base = self.exercise
        listed = {self.aids.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.aids.count())}
        unlisted = tuple(a for a in base.aids if a not in listed) if base else ()  # e.g. another clinic's aid
        return Exercise(
            id=base.id if base else new_id(),
            slug=base.slug if base else unique_slug(title_da, self.store.catalogue.resolve),
            title=title,
            steps=steps,
            region=self.region.currentData() or "",
            position=self.position.currentData() or "",
            tags=tags,
            aids=self._checked_aids() + unlisted,
            dosage=dosage,
            images=tuple(self.images),
            late_pregnancy=self._late_pregnancy(),
            updated=base.updated if base else "",
            easier=base.easier if base else "",
            harder=base.harder if base else "",
        )

    def _late_pregnancy(self) -> dict[str, str]:
        texts = {"da": self.late_da.toPlainText().strip(), "en": self.late_en.toPlainText().strip()}
        return {language: text for language, text in texts.items() if text}

    def _ask_for_licences(self) -> bool:
        """A photo may be passed on to other clinics only with its licence: ask before saving."""
        for row, image in enumerate(self.images):
            if not image.licence.strip():
                self.pictures.setCurrentRow(row)
                self.licence.setFocus()
                QMessageBox.warning(
                    self,
                    self.tr("Billedet mangler en licens"),
                    self.tr(
                        "Vælg eller skriv billedets licens (fx CC-BY-4.0 eller »Klinikkens eget – må ikke deles«), før øvelsen gemmes: "
                        "så ved klinikken, om billedet må deles."
                    ),
                )
                return False
        return True

    def save(self) -> bool:
        if not self._ask_for_licences():
            return False
        try:
            exercise = self.build()
        except ValueError as error:
            QMessageBox.warning(self, self.tr("Øvelsen er ikke gemt"), error_text(error))
            return False
        try:
            self.store.catalogue.save(ItemKind.EXERCISE, exercise)
        except LibraryEditConflict as error:
            QMessageBox.warning(self, self.tr("Øvelsen er ikke gemt"), error_text(error))
            return False
        self.exercise = self.store.catalogue.get(ItemKind.EXERCISE, exercise.id)
        self.saved.emit(exercise.id)
        self.accept()
        return True

    def reject(self) -> None:
        """Annuller, Esc and closing the window: ask before unsaved changes are thrown away."""
        if self.has_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Kassér ændringerne?"),
            self.tr("Du har ændret øvelsen uden at gemme. Vil du kassere ændringerne?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("discardExerciseChanges")
        discard = box.addButton(self.tr("Kassér"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Fortsæt redigering"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def restore_original(self) -> None:
        if self.exercise is None:
            return
        if self.store.catalogue.restore_original(ItemKind.EXERCISE, self.exercise.id):
            self.exercise = self.store.catalogue.get(ItemKind.EXERCISE, self.exercise.id)
            self.load(self.exercise)
            self.saved.emit(self.exercise.id)
