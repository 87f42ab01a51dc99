"""Every catalogue scene renders to plain, safe SVG that Qt and svglib both accept, with
nothing drawn outside its viewBox."""

import io
import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from defusedxml import ElementTree  # noqa: E402

from exercise_builder.figures.catalogue import PREGNANCY, SCENES, render  # noqa: E402

SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED = {"svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon"}
EXERCISE_SLUGS = {
    "baekkenvip-rygliggende",
    "baekkenvip-siddende",
    "baekkencirkler-paa-bold",
    "knaesving-rygliggende",
    "kat-ko",
    "barnets-stilling",
    "ankelpumpe",
    "fremadboejning-staaende",
    "rotation-siddende",
    "knib-baekkenbund",
    "dyb-mavemuskel",
    "firfodsstaaende-arm-ben",
    "muslingen",
    "benloeft-sideliggende",
    "kort-bro",
    "vaegtskift-staaende",
    "squat-ved-vaeg",
    "rejse-saette-sig",
    "trin-op",
    "hofte-udad-elastik",
    "armstraek-mod-vaeg",
    "hoftboejer-straek",
    "balde-straek-siddende",
    "inderlaar-straek",
    "laeg-straek",
    "hvil-sideliggende",
    "mavevejrtraekning",
    "vende-sig-i-sengen",
    "op-fra-liggende",
    "ind-og-ud-af-bil",
    "gang-normale-skridt",
    "trapper",
    "loeft-taet-paa-kroppen",
    "udfald",
    "hofteboejning-vaegt",
    "haelglid-rygliggende",
    "sidebro-knae",
    "skulderblade-elastik",
    "baekkenvip-staaende-vaeg",
    "skulderrul",
    "taahaev",
    "brystaabner-vaeg",
    "bro-efter-foedsel",
    "planke-knae",
}
AID_SLUGS = {
    "baekkenbaelte",
    "satinlagen",
    "pude-mellem-knaeene",
    "graviditetspude",
    "traeningsbold",
    "elastikbaand",
    "krykker",
}


FIGURES = sorted(SCENES) + [f"{slug}:pregnant" for slug in sorted(PREGNANCY)]  # every figure file drawn


@pytest.fixture(scope="module")
def svgs() -> dict[str, str]:
    out = {slug: render(slug) for slug in sorted(SCENES)}
    out.update({f"{slug}:pregnant": render(slug, pregnant=True) for slug in sorted(PREGNANCY)})
    return out


def test_catalogue_covers_every_library_slug():
    assert set(SCENES) == EXERCISE_SLUGS | AID_SLUGS


def test_pregnancy_slugs_are_in_the_catalogue():
    assert set(SCENES) >= PREGNANCY


def _points(el) -> list[tuple[float, float]]:
    """Every coordinate an element reaches (centre ± radius for circles and ellipses)."""
    tag = el.tag.replace(SVG_NS, "")
    num = lambda name: float(el.get(name, "0"))  # noqa: E731
    if tag == "path":
        d = el.get("d")
        assert re.fullmatch(r"[MLCZ0-9.,\- ]*", d), f"unexpected path commands in {d[:60]}"
        nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", d)]
        return list(zip(nums[0::2], nums[1::2], strict=False))
    if tag == "circle":
        cx, cy, r = num("cx"), num("cy"), num("r")
        return [(cx - r, cy - r), (cx + r, cy + r)]
    if tag == "ellipse":
        cx, cy, rx, ry = num("cx"), num("cy"), num("rx"), num("ry")
        return [(cx - rx, cy - ry), (cx + rx, cy + ry)]
    if tag == "rect":
        return [(num("x"), num("y")), (num("x") + num("width"), num("y") + num("height"))]
    if tag == "line":
        return [(num("x1"), num("y1")), (num("x2"), num("y2"))]
    if tag in ("polyline", "polygon"):
        nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", el.get("points"))]
        return list(zip(nums[0::2], nums[1::2], strict=False))
    return []


def stroked(root) -> list:
    """(element, its stroke width) for every element, the width inherited from the groups round it
    (the writer puts the common width on one group), 0 where nothing is stroked."""
    out = []

    def walk(el, inherited: float) -> None:
        width = 0.0 if el.get("stroke") == "none" else float(el.get("stroke-width", inherited))
        out.append((el, width))
        for child in el:
            walk(child, width)

    walk(root, 0.0)
    return out


def test_stroke_width_is_inherited_from_the_group():
    root = ElementTree.fromstring(
        '<svg><g stroke-width="2.4"><path d="M0,0"/><path d="M0,0" stroke-width="4.8"/>'
        '<path d="M0,0" stroke="none"/></g></svg>'
    )
    assert [w for el, w in stroked(root) if el.tag == "path"] == [2.4, 4.8, 0.0]


@pytest.mark.parametrize("slug", FIGURES)
def test_scene_is_plain_svg_inside_its_viewbox(svgs, slug):
    svg = svgs[slug]
    for banned in ("<text", "<style", "<script", "<!DOCTYPE", "<!ENTITY", "href", "filter", "<image"):
        assert banned.lower() not in svg.lower(), banned
    root = ElementTree.fromstring(svg.encode("utf-8"))
    assert root.tag == SVG_NS + "svg"
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert w > 0 and h > 0
    assert 1.2 <= w / h <= 2.5, f"aspect {w / h:.2f}"
    count = 0
    for el, stroke_width in stroked(root):
        tag = el.tag.replace(SVG_NS, "")
        assert tag in ALLOWED, tag
        assert el.get("transform") is None  # the coordinate check below relies on it
        width = stroke_width / 2
        for px, py in _points(el):
            count += 1
            assert x - 0.05 <= px - width and px + width <= x + w + 0.05, f"{tag} x={px} outside"
            assert y - 0.05 <= py - width and py + width <= y + h + 0.05, f"{tag} y={py} outside"
    assert count > 10


@pytest.mark.parametrize("slug", FIGURES)
def test_scene_renders_in_qt(svgs, slug):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svgs[slug].encode("utf-8")))
    assert renderer.isValid()
    assert renderer.viewBoxF().width() > 0


@pytest.mark.parametrize("slug", FIGURES)
def test_scene_converts_with_svglib(svgs, slug):
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(io.BytesIO(svgs[slug].encode("utf-8")))
    assert drawing is not None
    assert drawing.width > 0 and drawing.height > 0
    assert len(drawing.contents) > 0


def test_scenes_are_deterministic(svgs):
    for slug in ("kat-ko", "muslingen", "rotation-siddende"):
        assert render(slug) == svgs[slug]


def test_render_library_writes_only_figures(tmp_path):
    from exercise_builder.figures.render_library import main

    (tmp_path / "kat-ko").mkdir()
    (tmp_path / "kat-ko" / "exercise.toml").write_text("keep me", encoding="utf-8")
    assert main([str(tmp_path), "kat-ko", "muslingen"]) == 0
    assert (tmp_path / "kat-ko" / "exercise.toml").read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "kat-ko" / "figure.svg").read_text(encoding="utf-8") == render("kat-ko")
    assert (tmp_path / "muslingen" / "figure.svg").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kat-ko", "muslingen"]
    assert main([str(tmp_path), "no-such-slug"]) == 2


def _same_drawing(a: str, b: str) -> bool:
    """Equal text apart from last-digit rounding (another platform's libm may differ by an ulp)."""
    number = r"-?\d+(?:\.\d+)?"
    if re.sub(number, "#", a) != re.sub(number, "#", b):
        return False
    return all(
        abs(float(x) - float(y)) <= 0.15 for x, y in zip(re.findall(number, a), re.findall(number, b), strict=True)
    )


def test_shipped_figures_are_current():
    """Every figure module's drawings, both variants: the after-birth pelvic-floor figures were
    left stale when the pelvic-floor mark changed, because this looked at one module only."""
    from pathlib import Path

    from exercise_builder.figures import library_figures

    root = Path(__file__).resolve().parents[1] / "resources" / "exercises"
    variants = [(s, "figure.svg", False) for s in library_figures.SCENES]
    variants += [(s, "figure-pregnant.svg", True) for s in library_figures.PREGNANCY]
    stale = [
        f"{s}/{name}"
        for s, name, pregnant in variants
        if not (root / s / name).exists()
        or not _same_drawing((root / s / name).read_text(encoding="utf-8"), library_figures.render(s, pregnant))
    ]
    assert not stale, f"run python -m exercise_builder.figures.render_library resources/exercises: {stale}"


def test_same_drawing_tolerates_rounding_only():
    assert _same_drawing('<path d="M1.2,3"/>', '<path d="M1.3,3"/>')
    assert not _same_drawing('<path d="M1.2,3"/>', '<path d="M2.2,3"/>')
    assert not _same_drawing('<path d="M1.2,3"/>', '<path d="L1.2,3"/>')


@pytest.mark.parametrize("slug", FIGURES)
def test_scene_stays_small_enough_for_the_handout(svgs, slug):
    assert len(svgs[slug].encode("utf-8")) < 45_000


def test_outlines_are_wound_one_way_so_merged_shapes_fill():
    from exercise_builder.figures.svg import _signed_area, counter_clockwise

    square_cw = [("M", (0.0, 0.0)), ("L", (0.0, 10.0)), ("L", (10.0, 10.0)), ("L", (10.0, 0.0)), ("Z",)]
    flipped = counter_clockwise(square_cw)
    assert _signed_area(square_cw) < 0 < _signed_area(flipped)
    assert sorted(p for c in flipped for p in c[1:]) == sorted(p for c in square_cw for p in c[1:])
    curve = [("M", (0.0, 0.0)), ("C", (0.0, 5.0), (5.0, 10.0), (10.0, 10.0)), ("L", (10.0, 0.0)), ("Z",)]
    back = counter_clockwise(curve)
    assert back[1] == ("L", (10.0, 10.0)) and back[2] == ("C", (5.0, 10.0), (0.0, 5.0), (0.0, 0.0))


def test_figures_package_keeps_to_its_layer():
    """No Qt and none of the higher layers; reportlab, svglib and pypdfium2 only in the contact sheet."""
    import ast
    from pathlib import Path

    import exercise_builder.figures as package

    banned = (
        "PySide6",
        "exercise_builder.store",
        "exercise_builder.library",
        "exercise_builder.handout",
        "exercise_builder.ui",
    )
    tool_only = ("reportlab", "svglib", "pypdfium2")
    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert not name.startswith(banned), f"{path.name} imports {name}"
                if path.name != "contact_sheet.py":
                    assert not name.startswith(tool_only), f"{path.name} imports {name}"


def test_every_slug_is_drawn_by_one_figure_module_only():
    """The figure modules each keep a registry (figures/registry.py) and library_figures joins
    them: a slug drawn twice would silently take the first module's drawing."""
    from collections import Counter

    from exercise_builder.figures.library_figures import REGISTRIES, SCENES

    counted = Counter(slug for figures in REGISTRIES for slug in figures.builders)
    assert [slug for slug, n in counted.items() if n > 1] == []
    assert len(SCENES) == sum(counted.values())
