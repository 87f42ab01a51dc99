"""The handout's building blocks: escaped paragraphs, exercise blocks, aids, advice, boxes."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from ..domain.models import AdviceModule, Aid, Exercise, ImageRef, ProgramItem, images_for, pick
from .fonts import drawable
from .images import picture
from .model import HandoutData
from .strings import text
from .styles import INK, RULE, SHADE, Styles, Table, table_style


MAX_TEXT = 10_000  # characters of one text on the handout: a 1 MB title must not take minutes


class Writer:
    """Turns records into flowables for one handout: one language, one style set, one font."""

    def __init__(self, data: HandoutData, styles: Styles, glyphs: frozenset[int], width: float) -> None:
        self.data = data
        self.styles = styles
        self.glyphs = glyphs
        self.width = width
        self.language = data.program.options.language

    # --- text ----------------------------------------------------------------------------

    def markup(self, value: str) -> str:
        """User text as Paragraph markup: escaped, never parsed; line breaks kept; cut at MAX_TEXT."""
        value = value if len(value) <= MAX_TEXT else value[:MAX_TEXT - 1] + "…"
        return escape(drawable(value, self.glyphs)).replace("\n", "<br/>")

    def para(self, value: str, style=None, prefix: str = "") -> Paragraph:
        return Paragraph(prefix + self.markup(value), style or self.styles.body)

    def t(self, key: str, **values: object) -> str:
        return text(self.language, key, **values)

    # --- pictures ------------------------------------------------------------------------

    def pictures(self, images: tuple[ImageRef, ...], width: float, max_height: float,
                 min_height: float = 0.0, max_width: float = 0.0) -> list[Flowable]:
        """The chosen pictures at `width`; a wide one (a lying figure) that would come out lower
        than `min_height` is drawn wider, up to `max_width`, so the body stays readable."""
        out = []
        # the patient group chooses the figure: a pregnant one only in pregnancy
        for image in images_for(images, self.data.program.patient_group)[:2]:
            if not image.sha256:
                continue
            loaded = self.data.load_image(image.sha256)
            if loaded is None:
                continue
            flowable = picture(loaded[0], loaded[1], width, max_height)
            if flowable is not None and min_height and max_width > width:
                w, h = flowable.wrap(width, max_height)
                if 0 < h < min_height and w >= width * 0.99:
                    wider = picture(loaded[0], loaded[1], min(max_width, w * min_height / h), max_height)
                    flowable = wider if wider is not None else flowable
            if flowable is not None:
                out.append(flowable)
        return out

    # --- exercises -----------------------------------------------------------------------

    def steps(self, exercise: Exercise) -> ListFlowable:
        items = [ListItem(self.para(step, self.styles.step), value=n)
                 for n, step in enumerate(exercise.steps_in(self.language), start=1)]
        return ListFlowable(items, bulletType="1", bulletFontName=self.styles.step.fontName,
                            bulletFontSize=self.styles.step.fontSize, leftIndent=self.styles.step.fontSize * 1.4,
                            bulletFormat="%s.")

    def dosage_box(self, line: str, width: float) -> Table:
        table = Table([[self.para(line, self.styles.dosage)]], colWidths=[width])
        table.setStyle(table_style([
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def exercise_detailed(self, number: int, item: ProgramItem, exercise: Exercise) -> list[Flowable]:
        s = self.styles
        gap = 6 * mm
        large = s.footer_size >= 12
        pictures = self.pictures(exercise.images, s.picture_width, (55 if large else 60) * mm,
                                 min_height=s.picture_width * 0.55, max_width=s.picture_width * 1.45)
        picture_width = max([s.picture_width] + [p.wrap(self.width, 230 * mm)[0] for p in pictures])
        text_width = self.width - picture_width - gap
        body: list[Flowable] = [
            self.para(exercise.title_in(self.language), s.exercise_title, prefix=f"{number}. "),
            self.steps(exercise),
        ]
        dosage = item.dosage.wording(self.language, "")
        if dosage:
            body += [Spacer(1, 2 * mm), self.dosage_box(dosage, text_width)]
        if item.note.strip():
            body.append(self.para(item.note, s.note, prefix=f"<b>{escape(self.t('note'))}:</b> "))
        body += self.late_pregnancy_tip(exercise)
        frame_height = 230 * mm
        _, body_height = Table([[body]], colWidths=[text_width]).wrap(text_width, frame_height)
        if pictures and body_height < frame_height * 0.7 and not large:
            table = Table([[pictures, body]], colWidths=[picture_width + gap, text_width])
            table.setStyle(table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]))
            block: list[Flowable] = [table]
        else:  # large print, no picture, or very long text: title, picture, then text at full width
            if dosage:
                body[3] = self.dosage_box(dosage, self.width)
            block = [body[0], *pictures, Spacer(1, 2 * mm), *body[1:]]
        return [*block, Spacer(1, 3 * mm), Rule(self.width), Spacer(1, 4 * mm)]

    def late_pregnancy_tip(self, exercise: Exercise) -> list[Flowable]:
        """The alternative for late pregnancy: body size and full black, it is about comfort and safety."""
        hint = pick(exercise.late_pregnancy, self.language) if exercise.late_pregnancy else ""
        if not hint:
            return []
        return [self.para(hint, self.styles.note, prefix=f"<b>{escape(self.t('late_pregnancy'))}:</b> ")]

    def exercise_compact(self, number: int, item: ProgramItem, exercise: Exercise, width: float) -> list[Flowable]:
        s = self.styles
        cell: list[Flowable] = self.pictures(exercise.images, width - 4 * mm, s.compact_picture)
        cell.append(Spacer(1, 1.5 * mm))
        cell.append(self.para(exercise.title_in(self.language), s.exercise_title, prefix=f"{number}. "))
        dosage = item.dosage.wording(self.language, "")
        if dosage:
            cell.append(self.dosage_box(dosage, width - 4 * mm))
        if item.note.strip():
            cell.append(self.para(item.note, s.note, prefix=f"<b>{escape(self.t('note'))}:</b> "))
        cell += self.late_pregnancy_tip(exercise)
        return cell

    # --- aids and advice -----------------------------------------------------------------

    def aid(self, aid: Aid, note: str) -> list[Flowable]:
        s = self.styles
        width = s.picture_width * 0.75
        body: list[Flowable] = [self.para(aid.title_in(self.language), s.exercise_title)]
        description = pick(aid.description, self.language)
        if description:
            body.append(self.para(description))
        usage = pick(aid.usage, self.language) or []
        if usage:
            body.append(self.bullets(usage))
        if note.strip():
            body.append(self.para(note, s.note, prefix=f"<b>{escape(self.t('note'))}:</b> "))
        pictures = self.pictures(aid.images, width, 45 * mm)
        if pictures:
            table = Table([[pictures, body]], colWidths=[width + 6 * mm, self.width - width - 6 * mm])
            table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            return [table, Spacer(1, 5 * mm)]
        return [*body, Spacer(1, 5 * mm)]

    def bullets(self, lines: list[str]) -> ListFlowable:
        return ListFlowable(
            [ListItem(self.para(line.removeprefix("- "), self.styles.step)) for line in lines],
            bulletType="bullet", start="•", leftIndent=self.styles.body.fontSize * 1.2,
            bulletFontSize=self.styles.body.fontSize, bulletFontName=self.styles.body.fontName,
        )

    def advice_paragraphs(self, module: AdviceModule) -> list[Flowable]:
        out: list[Flowable] = []
        run: list[str] = []
        for paragraph in pick(module.body, self.language) or []:
            if paragraph.startswith("- "):
                run.append(paragraph)
                continue
            if run:
                out += [self.bullets(run), Spacer(1, self.styles.body.fontSize * 0.4)]
                run = []
            out.append(self.para(paragraph))
        if run:
            out.append(self.bullets(run))
        return out

    def advice(self, module: AdviceModule) -> list[Flowable]:
        """Title with its first paragraph; the rest of the text may run on to the next page."""
        paragraphs = self.advice_paragraphs(module)
        head = KeepTogether([self.para(module.title_in(self.language), self.styles.exercise_title), *paragraphs[:1]])
        return [head, *paragraphs[1:], Spacer(1, 3 * mm)]

    def boxed(self, title: str, content: list[Flowable]) -> Flowable:
        inner = [self.para(title, self.styles.box_title), *content]
        table = Table([[inner]], colWidths=[self.width])
        table.setStyle(table_style([
            ("BOX", (0, 0), (-1, -1), 1.5, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return KeepTogether([Spacer(1, 3 * mm), table])


class Rule(Flowable):
    """A thin line between exercises."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, 1

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 0.5, self.width, 0.5)
