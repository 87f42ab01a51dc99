"""The equipment the wider library needs draws as plain SVG inside its viewBox, for Qt and svglib."""

import io

from defusedxml import ElementTree

from exercise_builder.figures import equipment, props
from exercise_builder.figures.poses import STAND_Y, standing
from exercise_builder.figures.scene import Panel, Scene
from exercise_builder.figures.staging import put
from test_figures_catalogue import SVG_NS, _points, stroked


def equipment_scene() -> Scene:
    door, anchor = equipment.closed_door(-60.0)
    fig = put(standing(False), 0.0, STAND_Y)
    hand = fig.joint("near_wrist")
    room = Panel().add(props.floor(-70, 60), door, fig, equipment.anchored_band(anchor, hand))
    things = Panel().add(
        props.floor(0, 200),
        equipment.table(0.0, 60.0),
        equipment.stick((70.0, 0.0), (90.0, 120.0)),
        equipment.dumbbell((110.0, 3.6)),
        equipment.foam_roll(135.0),
        equipment.towel([(150.0, 2.2), (170.0, 2.2), (190.0, 2.2)]),
        props.step(150.0, 190.0),
    )
    return Scene([room, things], step_arrows=False)


def test_equipment_is_plain_svg_inside_its_viewbox():
    svg = equipment_scene().to_svg()
    root = ElementTree.fromstring(svg.encode("utf-8"))
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    for el, stroke_width in stroked(root):
        width = stroke_width / 2
        for px, py in _points(el):
            assert x - 0.05 <= px - width and px + width <= x + w + 0.05
            assert y - 0.05 <= py - width and py + width <= y + h + 0.05
    assert root.tag == SVG_NS + "svg"


def test_equipment_reads_in_qt_and_svglib():
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer
    from svglib.svglib import svg2rlg

    svg = equipment_scene().to_svg().encode("utf-8")
    assert QSvgRenderer(QByteArray(svg)).isValid()
    assert svg2rlg(io.BytesIO(svg)).contents


def test_the_band_is_anchored_in_the_closed_door_not_on_a_handle():
    door, anchor = equipment.closed_door(-60.0, anchor_y=100.0)
    assert anchor == (-58.5, 100.0)  # at the door's edge on the room side
    assert len(door) == 4  # frame, leaf, lintel, the knot shut in the gap: no handle drawn
