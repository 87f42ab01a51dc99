"""The handout's building blocks: escaped paragraphs, exercise blocks, aids, advice, boxes."""

from __future__ import annotations

from dataclasses import replace
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    BalancedColumns,
    CondPageBreak,
    Flowable,
    Indenter,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)
from reportlab.platypus import Table as RowTable  # reportlab's own: a row that never splits

from ..domain.frequency import translate
from ..domain.kinds import PatientGroup
from ..domain.models import AdviceModule, Aid, Exercise, ImageRef, ProgramItem, images_for, in_language, pick
from ..domain.stop_signs import StopAdvice
from .fonts import drawable
from .images import picture
from .model import HandoutData
from .strings import text
from .styles import INK, RULE, SHADE, Styles, Table, table_style

MAX_TEXT = 10_000  # characters of one text on the handout: a 1 MB title must not take minutes
MAX_TITLE = 200  # characters, as a library's titles are bounded on import


MAX_CELL_HEIGHT = 200 * mm
COLUMN_GAP = (
    6 * mm
)  # between two columns of running text  # taller text than this goes under its picture (cells cannot split)


class Writer:
    """Turns records into flowables for one handout: one language, one style set, one font."""

    def __init__(self, data: HandoutData, styles: Styles, glyphs: frozenset[int], width: float) -> None:
        self.data = data
        self.styles = styles
        self.glyphs = glyphs
        self.width = width
        self.language = data.program.options.language
        self.tips_seen: dict[str, int] = {}  # a tip → the exercise that printed it first

    # --- text ----------------------------------------------------------------------------

    def markup(self, value: str) -> str:
        """User text as Paragraph markup: escaped, never parsed; line breaks kept; cut at MAX_TEXT."""
        value = value if len(value) <= MAX_TEXT else value[: MAX_TEXT - 1] + "…"
        return escape(drawable(value, self.glyphs)).replace("\n", "<br/>")

    def title_text(self, record) -> str:
        """A record's title, cut at MAX_TITLE: a title taller than a page cannot be kept together
        with its picture and dosage, and reportlab then re-wraps it for minutes."""
        value = record.title_in(self.language)
        return value if len(value) <= MAX_TITLE else value[: MAX_TITLE - 1] + "…"

    def para(self, value: str, style=None, prefix: str = "") -> Paragraph:
        return Paragraph(prefix + self.markup(value), style or self.styles.body)

    def t(self, key: str, **values: object) -> str:
        return text(self.language, key, **values)

    def library_text(self, value: str) -> str:
        """A note or frequency in the handout's language when the library supplied it (typed text stays)."""
        return translate(in_language(value, self.data.phrases, self.language), self.language)

    def dosage_line(self, item: ProgramItem) -> str:
        dosage = replace(item.dosage, frequency=self.library_text(item.dosage.frequency))
        return dosage.wording(self.language, "")

    # --- pictures ------------------------------------------------------------------------

    def pictures(self, images: tuple[ImageRef, ...], width: float, max_height: float) -> list[Flowable]:
        """The chosen pictures, each as large as fits `width` × `max_height`: a wide (lying) figure
        fills the width, a tall (standing) one the height."""
        out = []
        # the patient group chooses the figure: a pregnant one only in pregnancy
        for image in images_for(images, self.data.program.patient_group)[:2]:
            if not image.sha256:
                continue
            loaded = self.data.load_image(image.sha256)
            if loaded is None:
                continue
            flowable = picture(loaded[0], loaded[1], width, max_height, image.sha256)
            if flowable is not None:
                out.append(flowable)
        return out

    # --- exercises -----------------------------------------------------------------------

    def steps(self, exercise: Exercise, style=None) -> ListFlowable:
        style = style or self.styles.step
        items = [
            ListItem(self.para(step, style), value=n)
            for n, step in enumerate(exercise.steps_in(self.language), start=1)
        ]
        return StepList(
            items,
            bulletType="1",
            bulletFontName=style.fontName,
            bulletFontSize=style.fontSize,
            leftIndent=style.fontSize * 1.4,
            bulletFormat="%s.",
        )

    def dosage_box(self, line: str, width: float, style=None) -> Table:
        table = Table([[self.para(line, style or self.styles.dosage)]], colWidths=[width])
        table.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return table

    def title(self, number: int, exercise: Exercise, style=None) -> Paragraph:
        """Exercises are lettered (A, B, C) so that only the steps carry numbers."""
        return self.para(
            self.title_text(exercise),
            style or self.styles.exercise_title,
            prefix=f"{exercise_letter(number)}&nbsp;&nbsp;",
        )

    def extras(self, number: int, item: ProgramItem, exercise: Exercise, style=None) -> list[Flowable]:
        """The therapist's note and the late-pregnancy tip under an exercise."""
        out: list[Flowable] = []
        if item.note.strip():
            out.append(
                self.para(
                    self.library_text(item.note), style or self.styles.note, prefix=f"<b>{escape(self.t('note'))}:</b> "
                )
            )
        return out + self.late_pregnancy_tip(number, exercise, style)

    def exercise_detailed(self, number: int, item: ProgramItem, exercise: Exercise) -> list[Flowable]:
        s = self.styles
        gap = 5 * mm
        dosage = self.dosage_line(item)
        if s.large:  # picture beside the title and dosage; the steps at full width keep 60-70 characters a line
            text_width = self.width - s.picture_width - gap
            side: list[Flowable] = [self.title(number, exercise)]
            if dosage:
                side.append(self.dosage_box(dosage, text_width))
            pictures = self.pictures(exercise.images, s.picture_width, s.picture_height)
            top = _side_by_side(pictures, side, s.picture_width + gap, text_width)
            return [
                *top,
                Spacer(1, 1 * mm),
                self.steps(exercise),
                *self.extras(number, item, exercise),
                Separator(self.width, 2.5 * mm, 2.5 * mm),  # last: the exercise above it is kept whole
            ]
        # one picture column for every exercise, so the steps start at the same x on every block
        pictures = self.pictures(exercise.images, s.picture_width, s.picture_height)
        text_width = self.width - s.picture_width - gap
        body: list[Flowable] = [self.title(number, exercise), self.steps(exercise)]
        if dosage:
            body += [Spacer(1, 1.5 * mm), self.dosage_box(dosage, text_width)]
        body += self.extras(number, item, exercise)
        block = _side_by_side(pictures or [Spacer(1, 1)], body, s.picture_width + gap, text_width)
        return [*block, Spacer(1, 1.5 * mm), Rule(self.width), Spacer(1, 2.5 * mm)]

    def exercise_beside(self, number: int, item: ProgramItem, exercise: Exercise) -> list[Flowable]:
        """Compact large print: a small picture beside title, steps and dosage; no rule between."""
        s = self.styles
        gap = 4 * mm
        text_width = self.width - s.compact_picture - gap
        body: list[Flowable] = [self.title(number, exercise), self.steps(exercise)]
        dosage = self.dosage_line(item)
        if dosage:
            body.append(self.dosage_box(dosage, text_width))
        body += self.extras(number, item, exercise)
        pictures = self.pictures(exercise.images, s.compact_picture, s.compact_picture_height)
        block = _side_by_side(pictures, body, s.compact_picture + gap, text_width)
        return [*block, Spacer(1, 4 * mm)]

    def late_pregnancy_tip(self, number: int, exercise: Exercise, style=None) -> list[Flowable]:
        """The alternative for late pregnancy, printed once however many exercises share it; only
        for a pregnant patient (after birth, or for anyone else, "late in pregnancy" is noise)."""
        if self.data.program.patient_group != PatientGroup.PREGNANT or not exercise.late_pregnancy:
            return []
        hint = pick(exercise.late_pregnancy, self.language)
        if not hint:
            return []
        label = f"<b>{escape(self.t('late_pregnancy'))}:</b> "
        first = self.tips_seen.setdefault(hint, number)
        if first != number:
            return [
                self.para(
                    self.t("tip_as_before", letter=exercise_letter(first)), style or self.styles.note, prefix=label
                )
            ]
        return [self.para(hint, style or self.styles.note, prefix=label)]

    def exercise_compact(self, number: int, item: ProgramItem, exercise: Exercise, width: float) -> list[Flowable]:
        """A cell of the two-column compact layout: title, then a small picture beside the
        numbered steps (smaller) and the dosage."""
        s = self.styles
        picture_width = s.compact_picture
        gap = 2.5 * mm
        text_width = width - picture_width - gap
        body: list[Flowable] = [self.steps(exercise, s.compact_step)]
        dosage = self.dosage_line(item)
        if dosage:
            body.append(self.dosage_box(dosage, text_width, s.compact_dosage))
        body += self.extras(number, item, exercise, s.compact_step)
        pictures = self.pictures(exercise.images, picture_width, s.compact_picture_height)
        return [
            self.title(number, exercise, s.compact_title),
            *_side_by_side(pictures, body, picture_width + gap, text_width),
        ]

    # --- aids and advice -----------------------------------------------------------------

    def aid(self, aid: Aid, note: str) -> list[Flowable]:
        """Picture beside title, description and usage list, the lines no longer than the measure
        (under a tall picture, a list below it left a gap after the description); in large print
        the usage list runs below at full measure (and may continue on the next page)."""
        s = self.styles
        width = s.aid_picture
        gap = 4 * mm
        side: list[Flowable] = [self.para(self.title_text(aid), s.exercise_title)]
        description = pick(aid.description, self.language)
        if description:
            side.append(self.para(description))
        below: list[Flowable] = []
        usage = pick(aid.usage, self.language) or []
        if usage:
            below.append(self.bullets(usage))
        if note.strip():
            below.append(self.para(self.library_text(note), s.note, prefix=f"<b>{escape(self.t('note'))}:</b> "))
        if not s.large:  # normal print, compact too: the list beside the picture, under the description
            side, below = side + below, []
        pictures = self.pictures(aid.images, width, 45 * mm)
        beside = self.width - width - gap
        top = _side_by_side(pictures, side, width + gap, beside, measure=s.measure)
        if not pictures:
            top = _within(top, self.width - s.measure)
        if below:  # the usage list lines up with the description, and may still break
            left = width + gap if pictures else 0.0
            below = _within(below, max(0.0, self.width - left - s.measure), left)
        return [*top, *below, Spacer(1, 4 * mm)]

    def bullets(self, lines: list[str]) -> ListFlowable:
        return ListFlowable(
            [ListItem(self.para(line.removeprefix("- "), self.styles.step)) for line in lines],
            bulletType="bullet",
            start="•",
            leftIndent=self.styles.body.fontSize * 1.2,
            bulletFontSize=self.styles.body.fontSize,
            bulletFontName=self.styles.body.fontName,
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

    def advice(self, module: AdviceModule, heading: Paragraph | None = None) -> list[Flowable]:
        """Title (and the section heading before the first module) kept with a few lines of text;
        the rest runs on. A CondPageBreak, not a KeepTogether: those nest badly and waste pages."""
        title = self.para(self.title_text(module), self.styles.exercise_title)
        title.keepWithNext = 0
        lead = [heading, title] if heading is not None else [title]
        for flowable in lead:
            flowable.keepWithNext = 0
        need = sum(f.wrap(self.width, 1000)[1] for f in lead) + self.styles.body.leading * 4
        return [CondPageBreak(need), *lead, *self.advice_paragraphs(module), Spacer(1, 2 * mm)]

    def advice_section(self, modules: list[AdviceModule]) -> list[Flowable]:
        """The advice under its heading: in normal print in two balanced columns (a line across
        the page held 100-115 characters), in large print one column (16 pt keeps it at 60-70)."""
        if not modules:
            return []
        heading = self.para(self.t("advice"), self.styles.heading)
        if self.styles.columns == 1:
            return [
                flowable
                for i, module in enumerate(modules)
                for flowable in self.advice(module, heading if i == 0 else None)
            ]
        column = (self.width - COLUMN_GAP) / 2
        content: list[Flowable] = []
        for module in modules:
            title = self.para(self.title_text(module), self.styles.exercise_title)
            body = self.advice_paragraphs(module)
            # the cell drops its last paragraph's space after: given back below it
            gap = Spacer(1, body[0].getSpaceAfter() if body else 0)
            content += [_unbroken([title, *body[:1]], column), gap, *body[1:], Spacer(1, 2 * mm)]
        columns = BalancedColumns(
            content,
            nCols=2,
            innerPadding=COLUMN_GAP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            endSlack=0,  # the default lets a column run 10 % past the box below it
            spaceAfter=2 * mm,
        )
        heading.keepWithNext = 0
        need = heading.wrap(self.width, 1000)[1] + self.styles.body.leading * 6
        return [CondPageBreak(need), heading, columns]

    def boxed(self, title: str, content: list[Flowable]) -> Flowable:
        inner = [self.para(title, self.styles.box_title), *content]
        table = Table([[inner]], colWidths=[self.width])
        slack = max(0.0, self.width - 18 - self.styles.measure)  # the therapist's lines no longer than the advice's
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.5, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 9 + slack),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return KeepTogether([Spacer(1, 3 * mm), table])

    def stop_box(self, advice: StopAdvice, page_height: float) -> list[Flowable]:
        """The app's stop box: one row per place to turn (two side by side in normal print), most
        urgent first. Kept on one page when it is at most half a page tall; taller (large print,
        ~715 pt) it may break, but only between its groups: the title and intro stay with the
        first group, each group stays whole, the closing stays with the last group, and the
        title is repeated above the rest."""
        s = self.styles
        columns = s.columns
        width = self.width / columns
        slack = max(0.0, self.width - 16 - s.measure)  # the intro and closing across both columns
        cells: list[list[Flowable]] = []
        for route in advice.routes:
            cell: list[Flowable] = [self.para(route.where, s.dosage), self.bullets(list(route.signs))]
            if route.after:
                cell.append(self.para(route.after, s.step))
            cells.append(cell)
        cells += [[]] * (-len(cells) % columns)
        spanned = [""] * (columns - 1)
        rows: list[list] = [[self.para(advice.title, s.box_title), *spanned], [self.para(advice.intro), *spanned]]
        rows += [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows.append([[self.para(advice.closing)], *spanned])
        # a break inside a row left a sign without its heading, or the closing line alone on a page;
        # the title repeated above the rest says it goes on ("… (fortsat)")
        continued = self.para(self.t("continued", title=advice.title), s.box_title)
        table = ContinuedTable(rows, colWidths=[width] * columns, repeatRows=1, splitInRow=0, continued=continued)
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("SPAN", (0, 1), (-1, 1)),
                    ("SPAN", (0, -1), (-1, -1)),
                    ("NOSPLIT", (0, 0), (-1, 2)),  # title, intro and the first group together
                    ("NOSPLIT", (0, -2), (-1, -1)),  # the last group with the closing
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 2, INK),
                    ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 2, INK),  # broken: each part closed
                    # a shaded title band and a heavier rule: unlike the therapist's message box, also in greyscale
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 7),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                    ("TOPPADDING", (0, 1), (-1, 1), 5),
                    ("TOPPADDING", (0, 2), (-1, 2), 6),
                    ("RIGHTPADDING", (0, 0), (-1, 1), 8 + slack),
                    ("RIGHTPADDING", (0, -1), (-1, -1), 8 + slack),
                ]
            )
        )
        if table.wrap(self.width, 1e6)[1] <= page_height / 2:
            return [KeepTogether([Spacer(1, 2 * mm), table])]
        return [Spacer(1, 2 * mm), table]


class StepList(ListFlowable):
    """Numbered steps whose last two stay together where the list breaks over a page (large print
    lets an exercise run on): the last step never stands alone at the top of the next page."""

    def split(self, aW, aH):
        content = super().split(aW, aH)
        return [*content[:-2], KeepTogether(content[-2:])] if len(content) > 2 else content


class ContinuedTable(Table):
    """A table whose header row, repeated above the part after a page break, is `continued` there
    instead (the stop box's title with "(fortsat)"): the rest of the box does not read as a new one."""

    def __init__(self, *args, continued: Flowable | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.continued = continued

    def split(self, aW, aH):
        parts = super().split(aW, aH)
        if len(parts) == 2 and self.continued is not None and self.repeatRows == 1:
            rest = parts[1]
            rest._cellvalues[0] = [self.continued, *rest._cellvalues[0][1:]]  # the row list is shared: a new one
            rest._argH[0] = None  # measured anew: the longer title may take another line
            rest.continued = self.continued  # a third page says it too
        return parts


def exercise_letter(number: int) -> str:
    """1 → A, 26 → Z, 27 → AA."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _side_by_side(
    left: list[Flowable], right: list[Flowable], left_width: float, right_width: float, measure: float = 0.0
) -> list[Flowable]:
    """Picture beside text, or the text under the picture when it is too tall for a page (a huge
    note): a table cell cannot break across pages. With `measure`, the text's lines run no wider."""
    if not left:
        return right
    slack = max(0.0, right_width - measure) if measure else 0.0
    _, height = Table([[right]], colWidths=[right_width - slack]).wrap(right_width - slack, 1e6)
    if height > MAX_CELL_HEIGHT:
        return [*left, *right]
    table = Table([[left, right]], colWidths=[left_width, right_width])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (1, 0), (1, 0), slack),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]


def _unbroken(flowables: list[Flowable], width: float) -> Flowable:
    """Flowables that move to the next column together (balanced columns ignore keepWithNext):
    a module's title stays with its first paragraph."""
    table = RowTable([[flowables]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _within(flowables: list[Flowable], right: float, left: float = 0.0) -> list[Flowable]:
    """Flowables set in from the left and the right (a narrower measure), free to break."""
    if not flowables or (left <= 0 and right <= 0):
        return flowables
    return [Indenter(left=left, right=right), *flowables, Indenter(left=-left, right=-right)]


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


SEPARATES = 40.0  # pt below a separator that a heading and a line of large print need


class Separator(Rule):
    """The rule between two exercises with space above and below it; where it does not fit at the
    foot of a page it is left out (a rule at the top of the next page separated nothing)."""

    _ZEROSIZE = True  # the frame asks it to split even when no room at all is left

    def __init__(self, width: float, above: float, below: float) -> None:
        super().__init__(width)
        self.above, self.below = above, below
        self.ends_page = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        height = self.above + 1 + self.below
        # with no room for a heading and a line below it, the page ends here: its footer rule ends
        # the block, and a second rule just above it separated nothing
        self.ends_page = available_height - height < SEPARATES
        return self.width, height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return [_Nothing()]

    def draw(self) -> None:
        if self.ends_page:
            return
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, self.below + 0.5, self.width, self.below + 0.5)


class _Nothing(Flowable):
    """What a separator leaves at the foot of a full page: nothing. A frame action, so the frame
    takes it even where the last block's space after has run past its foot."""

    def frameAction(self, frame) -> None:
        pass
