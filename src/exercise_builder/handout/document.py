"""Program → PDF bytes: page 1 header, exercises, aids, advice, the stop box, the diary."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from xml.sax.saxutils import escape

from ..domain.frequency import parse_frequency, translate
from .blocks import Writer
from .fonts import REGULAR, drawable, register
from .model import HandoutData
from .strings import long_date, text
from .styles import INK, MUTED, RULE, SHADE, Table, make_styles, table_style

MARGIN = 18 * mm
FOOTER_Y = 10 * mm


def _numbered_canvas(footer_left: str, page_label: str, font_size: float):
    """A canvas that writes 'Side X af Y' once it knows Y (the usual two-step reportlab recipe)."""

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
            width, _ = A4
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, FOOTER_Y + font_size + 3, width - MARGIN, FOOTER_Y + font_size + 3)
            self.setFont(REGULAR, font_size)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, FOOTER_Y, footer_left)
            self.drawRightString(width - MARGIN, FOOTER_Y,
                                 page_label.format(page=self._pageNumber, pages=total))
            self.restoreState()

    return NumberedCanvas


def render_handout(data: HandoutData, fonts_dir: Path) -> bytes:
    glyphs = register(fonts_dir)
    program = data.program
    language = program.options.language
    styles = make_styles(program.options.large_print)
    width = A4[0] - 2 * MARGIN
    writer = Writer(data, styles, glyphs, width)
    story: list[Flowable] = []
    story += _header(writer)
    story += _exercises(writer)
    aids = [writer.aid(data.aids[c.aid_id], c.note) for c in program.aids if c.aid_id in data.aids]
    story += _section(writer.para(writer.t("aids"), styles.heading), aids)
    chosen = [data.advice[i] for i in program.advice if i in data.advice]
    info = [module for module in chosen if module.kind != "stop"]
    stops = [module for module in chosen if module.kind == "stop"]
    if not stops and data.stop_advice is not None:
        stops = [data.stop_advice]
    story += _advice_section(writer.para(writer.t("advice"), styles.heading), [writer.advice(m) for m in info])
    for module in stops:
        title = module.title_in(language) or writer.t("stop")
        story.append(writer.boxed(title, writer.advice_paragraphs(module)))
    if program.options.diary:
        story += _diary(writer)

    clinic = data.clinic
    footer = " · ".join(part for part in (clinic.name, clinic.phone) if part.strip())
    buffer = io.BytesIO()
    author = program.therapist or clinic.therapist_name or clinic.name or "Exercise Builder"
    title = text(language, "title") + (f" – {program.patient_name}" if program.patient_name.strip() else "")
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm, title=drawable(title, glyphs)[:300], author=drawable(author, glyphs),
        subject=text(language, "subject"), creator=f"Exercise Builder {data.app_version}".strip(),
        lang="en-GB" if language == "en" else "da-DK",
    )
    doc.build(story, canvasmaker=_numbered_canvas(drawable(footer, glyphs)[:120],
                                                  text(language, "page", page="{page}", pages="{pages}"),
                                                  styles.footer_size))
    return buffer.getvalue()


def _section(heading: Flowable, blocks: list[list[Flowable]]) -> list[Flowable]:
    """Each block kept on one page; the heading kept with the first, never alone at the bottom."""
    if not blocks:
        return []
    return [KeepTogether([heading, *blocks[0]]), *(KeepTogether(block) for block in blocks[1:])]


def _advice_section(heading: Flowable, modules: list[list[Flowable]]) -> list[Flowable]:
    """Advice text may flow over pages; the heading stays with the first module's opening."""
    if not modules:
        return []
    first, *rest_of_first = modules[0]
    return [KeepTogether([heading, first]), *rest_of_first, *(f for module in modules[1:] for f in module)]


def _header(w: Writer) -> list[Flowable]:
    s = w.styles
    program = w.data.program
    clinic = w.data.clinic
    out: list[Flowable] = []
    clinic_lines = [clinic.name, clinic.address, clinic.phone, clinic.email]
    clinic_text = "<br/>".join(w.markup(line) for line in clinic_lines if line.strip())
    logo = []
    if clinic.logo_sha256:
        from .images import picture

        loaded = w.data.load_image(clinic.logo_sha256)
        if loaded:
            flowable = picture(loaded[0], loaded[1], 45 * mm, 22 * mm)
            logo = [flowable] if flowable else []
    if clinic_text or logo:
        table = Table([[logo or "", Paragraph(clinic_text, s.small_right)]], colWidths=[w.width * 0.5, w.width * 0.5])
        table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out += [table, Spacer(1, 4 * mm)]
    out.append(w.para(w.t("title"), s.title))
    rows = []
    if program.patient_name.strip():
        rows.append((w.t("patient"), program.patient_name))
    rows.append((w.t("date"), long_date(program.date, w.language)))
    therapist = program.therapist or clinic.therapist_name
    if therapist.strip():
        title = f", {clinic.therapist_title}" if clinic.therapist_title and not program.therapist else ""
        rows.append((w.t("therapist"), therapist + title))
    facts = Table([[w.para(label, s.small), w.para(value)] for label, value in rows],
                  colWidths=[32 * mm if s.footer_size < 12 else 45 * mm, None])
    facts.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    out += [facts, Spacer(1, 5 * mm)]
    frequency = translate(program.frequency.strip(), w.language)
    if frequency:
        box = Table([[w.para(w.t("frequency", frequency=frequency), s.dosage)]], colWidths=[w.width])
        box.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("BOX", (0, 0), (-1, -1), 1, INK),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        out += [box, Spacer(1, 4 * mm)]
    if program.message.strip():
        out.append(w.boxed(w.t("message"), [w.para(program.message)]))
    return out


def _exercises(w: Writer) -> list[Flowable]:
    program = w.data.program
    items = [(item, exercise) for item in program.items
             if (exercise := w.data.exercises.get(item.exercise_id)) is not None]
    if not items:
        return []
    heading = w.para(w.t("exercises"), w.styles.heading)
    if program.options.layout == "compact" and not program.options.large_print:
        column = w.width / 2
        cells = [w.exercise_compact(n, item, exercise, column) for n, (item, exercise) in enumerate(items, 1)]
        rows = []
        for i in range(0, len(cells), 2):
            pair = cells[i:i + 2] + ([""] if len(cells) - i == 1 else [])
            row = Table([pair], colWidths=[column, column])
            row.setStyle(table_style([
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]))
            rows.append([row])
        return _section(heading, rows)
    # detailed, and compact in large print (two columns of 16 pt text would not fit)
    return _section(heading, [w.exercise_detailed(n, item, exercise) for n, (item, exercise) in enumerate(items, 1)])


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
    box = f'<font size="{s.body.fontSize * 1.35:.0f}">\u2610</font>'
    cell = ParagraphStyle("diary_cell", parent=s.table_head, fontName=REGULAR, fontSize=11, leading=13)
    head_style = ParagraphStyle("diary_head", parent=s.table_head, fontSize=9.5, leading=11.5)
    head = [w.t("diary_day"), w.t("diary_date"), w.t("diary_sessions"),
            w.t("diary_pain_morning"), w.t("diary_pain_evening"), w.t("diary_notes")]
    rows = [[Paragraph(escape(h), head_style) for h in head]]
    for day in range(14):
        date = start + dt.timedelta(days=day)
        if low == 0:
            boxes = box
        else:
            boxes = "&nbsp;&nbsp; ".join([box] * low + [f"{w.t('diary_optional')} {box}"] * (high - low))
        rows.append([str(day + 1), f"{date.day}/{date.month}", Paragraph(boxes, cell), "", "", ""])
    sizes = [0.07, 0.1, 0.31, 0.15, 0.15, 0.22]
    table = Table(rows, colWidths=[w.width * f for f in sizes], repeatRows=1,
                  rowHeights=[None] + [(12 if s.footer_size >= 12 else 9.5) * mm] * 14)
    table.setStyle(table_style([
        ("FONTNAME", (0, 1), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 1), (-1, -1), 11),  # a grid to write in: the same in large print
        ("GRID", (0, 0), (-1, -1), 0.75, INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return [PageBreak(), w.para(w.t("diary"), s.heading), w.para(w.t("diary_howto")), Spacer(1, 3 * mm), table]
