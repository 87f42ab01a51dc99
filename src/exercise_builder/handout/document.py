"""Program → PDF bytes: page 1 header, exercises, aids, advice, the stop box, the diary."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Indenter,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from ..domain.frequency import parse_frequency, translate
from ..domain.stop_signs import stop_advice, treats_back_or_pelvis
from .blocks import MAX_CELL_HEIGHT, Separator, Writer
from .fonts import REGULAR, drawable, register
from .model import HandoutData
from .strings import long_date, text
from .styles import INK, MUTED, RULE, SHADE, Table, make_styles, table_style

MARGIN = 18 * mm
FRAME_PADDING = 6  # reportlab's Frame pads its content by 6 pt on each side
LARGE_MARGIN = 12 * mm  # 16 pt text at full width then holds 60-65 characters a line
FOOTER_Y = 10 * mm
FOOTER_ROOM = 6 * mm  # the bottom margin's extra room for the footer


def _numbered_canvas(footer_left: str, page_label: str, font_size: float, owner: str, margin: float):
    """A canvas that writes 'Side X af Y' once it knows Y (the usual two-step reportlab recipe),
    and the patient's name and date at the top of every later page, so loose pages find their owner."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = REGULAR  # else an unembedded Helvetica is listed
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(margin, FOOTER_Y + font_size + 3, width - margin, FOOTER_Y + font_size + 3)
            self.setFont(REGULAR, font_size)
            self.setFillColor(MUTED)
            self.drawString(margin, FOOTER_Y, footer_left)
            if owner and self._pageNumber > 1:  # drawn here so text extraction keeps it by the footer
                self.drawString(margin, height - margin + FRAME_PADDING + 2 * mm, owner)
            self.drawRightString(width - margin, FOOTER_Y, page_label.format(page=self._pageNumber, pages=total))

            self.restoreState()

    return NumberedCanvas


def render_handout(data: HandoutData, fonts_dir: Path) -> bytes:
    glyphs = register(fonts_dir)
    program = data.program
    language = program.options.language
    styles = make_styles(program.options.large_print, program.options.layout == "compact")
    margin = LARGE_MARGIN if program.options.large_print else MARGIN
    width = A4[0] - 2 * margin - 2 * FRAME_PADDING  # boxes and rules as wide as the text column
    writer = Writer(data, styles, glyphs, width)
    story: list[Flowable] = []
    story += _header(writer)
    story += _exercises(writer)
    aids = [writer.aid(data.aids[c.aid_id], c.note) for c in program.aids if c.aid_id in data.aids]
    aids_heading = writer.para(writer.t("aids"), styles.heading)
    if styles.large and program.options.layout == "detailed":  # as the exercises: whole on a page
        story += _whole_section(aids_heading, aids, keep=1)
    elif styles.large:  # the usage list below the picture may run on to the next page
        story += _flowing_section(aids_heading, aids, keep=1)
    else:
        story += _section(aids_heading, aids)
    chosen = [data.advice[i] for i in program.advice if i in data.advice]
    # the library's stop module only marks the choice: the box's text is the app's, per patient group
    info = [module for module in chosen if module.kind != "stop"]
    story += writer.advice_section(info)
    stop = stop_advice(program.patient_group, language, _back_or_pelvis(data), data.clinic.phone)
    story += writer.stop_box(stop, A4[1] - 2 * margin - FOOTER_ROOM - 2 * FRAME_PADDING)
    if program.options.diary:
        story += _diary(writer)

    clinic = data.clinic
    footer = " · ".join(part for part in (clinic.name, clinic.phone) if part.strip())
    buffer = io.BytesIO()
    owner = " · ".join(part for part in (program.patient_name.strip()[:80], long_date(program.date, language)) if part)
    author = program.therapist or clinic.therapist_name or clinic.name or "Exercise Builder"
    title = text(language, "title") + (f" – {program.patient_name}" if program.patient_name.strip() else "")
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + FOOTER_ROOM,
        title=drawable(title, glyphs)[:300],
        author=drawable(author, glyphs),
        subject=text(language, "subject"),
        creator=f"Exercise Builder {data.app_version}".strip(),
        lang="en-GB" if language == "en" else "da-DK",
    )
    doc.build(
        story,
        canvasmaker=_numbered_canvas(
            drawable(footer, glyphs)[:120],
            text(language, "page", page="{page}", pages="{pages}"),
            styles.footer_size,
            drawable(owner, glyphs),
            margin + FRAME_PADDING,
        ),
    )
    return buffer.getvalue()


def _section(heading: Flowable, blocks: list[list[Flowable]]) -> list[Flowable]:
    """Each block kept on one page; the heading kept with the first, never alone at the bottom."""
    if not blocks:
        return []
    return [KeepTogether([heading, *blocks[0]]), *(KeepTogether(block) for block in blocks[1:])]


def _flowing_section(heading: Flowable | None, blocks: list[list[Flowable]], keep: int = 2) -> list[Flowable]:
    """Large print: a block may run on to the next page once its first `keep` flowables (picture,
    title, dosage) and a few lines fit, instead of leaving most of a page empty."""
    out: list[Flowable] = []
    for index, block in enumerate(blocks):
        lead = ([heading] if index == 0 and heading is not None else []) + block[:keep]
        for flowable in lead:
            flowable.keepWithNext = 0
        need = sum(f.wrap(A4[0] - 2 * LARGE_MARGIN - 2 * FRAME_PADDING, 1000)[1] for f in lead) + 60
        out += [CondPageBreak(need), *lead, *block[keep:]]
    return out


def _whole_section(heading: Flowable, blocks: list[list[Flowable]], keep: int = 2) -> list[Flowable]:
    """Large print: each exercise on one page (picture, title, steps and dosage), the heading kept
    with the first; the separator after a block stays outside it (left out at a page's foot). Only
    a block too tall for half a page may run on, where more than half a page is left: else one
    long exercise would leave most of a page empty."""
    width = A4[0] - 2 * LARGE_MARGIN - 2 * FRAME_PADDING
    half = (A4[1] - 2 * LARGE_MARGIN - FOOTER_ROOM - 2 * FRAME_PADDING) / 2
    out: list[Flowable] = []
    for index, block in enumerate(blocks):
        body, after = (block[:-1], block[-1:]) if isinstance(block[-1], (Separator, Spacer)) else (block, [])
        lead = [heading] if index == 0 else []
        if sum(f.wrapOn(None, width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in body) > half:
            out += _flowing_section(heading if lead else None, [block], keep)
        else:
            out += [KeepTogether(lead + body), *after]
    return out


def _back_or_pelvis(data: HandoutData) -> bool:
    """Whether the programme treats the back or pelvis (it then lists the back-pain emergency signs)."""
    program = data.program
    return treats_back_or_pelvis(
        program.patient_group,
        {exercise.region for exercise in data.exercises.values()},
        {data.aids[c.aid_id].slug for c in program.aids if c.aid_id in data.aids},
        {data.advice[i].slug for i in program.advice if i in data.advice},
    )


def _header(w: Writer) -> list[Flowable]:
    s = w.styles
    program = w.data.program
    clinic = w.data.clinic
    out: list[Flowable] = []
    phone = f"{w.t('phone')} {clinic.phone.strip()}" if clinic.phone.strip() else ""
    clinic_lines = [clinic.name, clinic.address, phone, clinic.email]
    clinic_text = "<br/>".join(w.markup(line) for line in clinic_lines if line.strip())
    logo = []
    if clinic.logo_sha256:
        from .images import picture

        loaded = w.data.load_image(clinic.logo_sha256)
        if loaded:
            flowable = picture(loaded[0], loaded[1], 45 * mm, 22 * mm, clinic.logo_sha256)
            logo = [flowable] if flowable else []
    # title on the left, clinic (or logo and clinic) on the right: one band, not two; the title
    # gets the width it needs (it must not wrap), the clinic goes below when the rest is too narrow
    title = w.para(w.t("title"), s.title)
    title_width = stringWidth(w.t("title"), s.title.fontName, s.title.fontSize) + 2
    clinic_width = (
        max([_width(line, s.small, w.glyphs) for line in clinic_lines if line.strip()] + [45 * mm if logo else 0]) + 2
    )
    beside_title = title_width + 6 * mm + clinic_width <= w.width
    if beside_title:
        right = [*logo, Paragraph(clinic_text, s.small_right)] if clinic_text or logo else ""
        band = Table([[title, right]], colWidths=[w.width - clinic_width, clinic_width])
        band.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(band)
    else:
        out += [title, *logo]
    rows = []
    if program.patient_name.strip():
        rows.append((w.t("patient"), program.patient_name))
    rows.append((w.t("date"), long_date(program.date, w.language)))
    therapist = program.therapist or clinic.therapist_name
    if therapist.strip():
        title = f", {clinic.therapist_title}" if clinic.therapist_title and not program.therapist else ""
        rows.append((w.t("therapist"), therapist + title))
    label_width = max(stringWidth(label, s.small.fontName, s.small.fontSize) for label, _ in rows) + 4 * mm
    value_width = max(_width(value, s.body, w.glyphs) for _, value in rows) + 6
    # large print: the clinic beside the facts (a block under them cost page 1 its next exercise); an
    # address too wide for the column there breaks after its commas (street / postcode and town)
    column = w.width - label_width - value_width - 6 * mm
    beside_lines = [part for line in clinic_lines for part in _comma_lines(line, column, s.small, w.glyphs)]
    widest = max((_width(line, s.small, w.glyphs) for line in beside_lines), default=0)
    clinic_beside = not beside_title and clinic_text and widest + 2 <= column
    if clinic_beside:
        clinic_width = min(column, clinic_width)
        clinic_text = "<br/>".join(w.markup(line) for line in beside_lines)
    facts_width = w.width - clinic_width - 6 * mm if clinic_beside else w.width
    facts = Table(
        [[w.para(label, s.small), w.para(value)] for label, value in rows],
        colWidths=[label_width, facts_width - label_width],
    )
    facts.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    if clinic_beside:  # large print: the clinic beside the facts, so the title keeps one line
        facts = Table([[facts, Paragraph(clinic_text, s.small)]], colWidths=[facts_width + 6 * mm, clinic_width])
        facts.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(facts)
    elif not beside_title and clinic_text:  # under the facts: as few lines as the width allows
        packed = _packed_lines([line.strip() for line in clinic_lines if line.strip()], w.width, s.small, w.glyphs)
        out += [facts, Spacer(1, 2 * mm), Paragraph("<br/>".join(w.markup(line) for line in packed), s.small)]
    else:
        out.append(facts)
    out.append(Spacer(1, (2 if s.large else 3) * mm))  # large print: page 1 keeps exercise B whole
    frequency = translate(program.frequency.strip(), w.language)
    if frequency:
        size = max(11.5, s.dosage.fontSize)  # the "how often" line one step above the body
        how_often = ParagraphStyle("how_often", parent=s.dosage, fontSize=size, leading=size * 1.25)
        # an exercise with its own frequency would otherwise read as contradicting the box
        own = any(
            item.dosage.frequency.strip() and item.dosage.frequency.strip() != program.frequency.strip()
            for item in program.items
        )
        wording = w.t("frequency_unless" if own else "frequency", frequency=frequency)
        box = Table([[w.para(wording, how_often)]], colWidths=[w.width])
        box.setStyle(
            table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 9),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        out += [box, Spacer(1, 0 if s.large else 1 * mm)]
    if program.message.strip():
        out.append(w.boxed(w.t("message"), [w.para(program.message)]))
    return out


def _width(text: str, style: ParagraphStyle, glyphs: frozenset[int]) -> float:
    """How wide `text` prints in `style`, with the glyphs the font lacks replaced as drawn."""
    return stringWidth(drawable(text, glyphs), style.fontName, style.fontSize)


def _comma_lines(line: str, width: float, style: ParagraphStyle, glyphs: frozenset[int]) -> list[str]:
    """A clinic line as it is when it fits `width`; wider, broken after its commas ("Havnegade 12,"
    / "8000 Aarhus C"), each part as long as fits. An empty line gives none."""

    def fits(value: str) -> bool:
        return _width(value, style, glyphs) + 2 <= width

    line = line.strip()
    if not line or fits(line):
        return [line] if line else []
    out: list[str] = []
    for part in (piece.strip() + "," for piece in line.split(",") if piece.strip()):
        if out and fits(f"{out[-1]} {part}"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    out[-1] = out[-1].removesuffix(",") if not line.endswith(",") else out[-1]
    return out


def _packed_lines(lines: list[str], width: float, style: ParagraphStyle, glyphs: frozenset[int]) -> list[str]:
    """Lines joined with " · " in their order while the joined line fits `width`."""
    out: list[str] = []
    for line in lines:
        joined = f"{out[-1]} · {line}" if out else line
        if out and _width(joined, style, glyphs) + 2 <= width:
            out[-1] = joined
        else:
            out.append(line)
    return out


def _exercises(w: Writer) -> list[Flowable]:
    program = w.data.program
    items = [
        (item, exercise) for item in program.items if (exercise := w.data.exercises.get(item.exercise_id)) is not None
    ]
    if not items:
        return []
    heading = w.para(w.t("exercises"), w.styles.heading)
    if program.options.layout == "compact" and program.options.large_print:
        # one column (16 pt steps would not fit two), a small picture beside all the text
        return _section(heading, [w.exercise_beside(n, item, exercise) for n, (item, exercise) in enumerate(items, 1)])
    if program.options.layout == "compact":
        column = w.width / 2
        cells = [w.exercise_compact(n, item, exercise, column) for n, (item, exercise) in enumerate(items, 1)]
        rows = []
        for i in range(0, len(cells), 2):
            pair = cells[i : i + 2] + ([""] if len(cells) - i == 1 else [])
            row = Table([pair], colWidths=[column, column])
            row.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                        ("LEFTPADDING", (0, 0), (0, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm),
                        ("LEFTPADDING", (1, 0), (1, -1), 3 * mm),
                        ("RIGHTPADDING", (1, 0), (1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                    ]
                )
            )
            if row.wrap(w.width, 1e6)[1] > MAX_CELL_HEIGHT:  # a huge note: one after the other, free to break
                rows.append([flowable for cell in cells[i : i + 2] for flowable in cell])
            else:
                rows.append([row])
        return _section(heading, rows)
    blocks = [w.exercise_detailed(n, item, exercise) for n, (item, exercise) in enumerate(items, 1)]
    return _whole_section(heading, blocks) if w.styles.large else _section(heading, blocks)


def _diary(w: Writer) -> list[Flowable]:
    s = w.styles
    program = w.data.program
    frequency = parse_frequency(program.frequency)
    if frequency is None:
        low, high = 2, 2  # free text: two boxes a day leave room without asking too much
    elif frequency.per == "week":
        low, high = 0, 1  # one box a day, ticked on the days you train
    else:
        low, high = frequency.low, frequency.high
    high = min(high, 6)
    low = min(low, high)
    try:
        start = dt.date.fromisoformat(program.date)
    except ValueError:
        start = dt.date.today()
    start = min(start, dt.date.max - dt.timedelta(days=13))  # year 9999: the calendar ends
    large = s.large
    box = f'<font size="{(20 if large else 14)}">\u2610</font>'
    size = 16 if large else 10.5  # nothing the patient reads below 16 pt in large print
    cell = ParagraphStyle("diary_cell", parent=s.table_head, fontName=REGULAR, fontSize=size, leading=size * 1.2)
    head_style = ParagraphStyle("diary_head", parent=s.table_head, fontSize=size, leading=size * 1.2)
    head = [w.t("diary_day"), w.t("diary_date"), w.t("diary_sessions"), w.t("diary_pain"), w.t("diary_notes")]
    rows = [[Paragraph(escape(h), head_style) for h in head]]
    for day in range(14):
        date = start + dt.timedelta(days=day)
        if low == 0:
            boxes = box
        else:
            labels = [f"{n}.&nbsp;" for n in range(1, low + 1)] if high > 1 else [""]  # which session is which
            boxes = "&nbsp;&nbsp;&nbsp; ".join(
                [f"{label}{box}" for label in labels] + [f"{w.t('diary_optional')}&nbsp;{box}"] * (high - low)
            )
        rows.append(
            [Paragraph(str(day + 1), cell), Paragraph(f"{date.day}/{date.month}", cell), Paragraph(boxes, cell), "", ""]
        )
    sizes = [0.10, 0.13, 0.39, 0.21, 0.17] if large else [0.08, 0.1, 0.3, 0.17, 0.35]
    compact = program.options.layout == "compact" and not large
    row_height = (12.5 if large else 6.5 if compact else 11) * mm
    table = Table(rows, colWidths=[w.width * f for f in sizes], repeatRows=1, rowHeights=[None] + [row_height] * 14)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, INK),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    howto = [w.para(w.t("diary_howto"), s.body)]
    if 0 < low < high:
        howto.append(w.para(w.t("diary_optional_means"), s.body))
    if w.width > s.measure:  # the how-to at the advice's line length, the table at full width
        howto = [Indenter(right=w.width - s.measure), *howto, Indenter(right=s.measure - w.width)]
    heading = w.para(w.t("diary"), s.heading)
    # compact saves paper: the diary shares a page when all of it fits there; otherwise a page of its own
    diary = [heading, *howto, Spacer(1, 2 * mm), table]
    if not compact:
        return [PageBreak(), *diary]
    need = sum(f.wrap(w.width, 1000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in diary)
    return [CondPageBreak(need + 2 * mm), *diary]
