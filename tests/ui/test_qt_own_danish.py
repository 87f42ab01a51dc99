"""Qt's own dialogs speak Danish on the real start path (physio review: the save dialog said
"Look in:" and "Files of type:")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel


def test_the_real_start_translates_qt_s_file_dialog(qapp, qtbot, data_dir):
    from exercise_builder.app import GuiStart

    start = GuiStart(data_dir, offer_draft=False)
    qtbot.addWidget(start.window)
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    # every other text passes through untouched (our own Danish source strings, Qt's other Danish)
    assert QCoreApplication.translate("ProgramPane", "Tilføjet: %1") == "Tilføjet: %1"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Filnavn:"
    dialog = QFileDialog(start.window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Look in" not in labels and "Files of type" not in labels, labels
    assert "Kig i" in labels, labels
    assert all(isinstance(box, QComboBox) for box in dialog.findChildren(QComboBox))
