"""Fixtures for the window tests: a real window over a fresh data dir, driven by object names."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def danish_after_each_test(qapp):
    """A test that switches the app to English leaves it Danish for the next, even when it fails."""
    yield
    from exercise_builder.ui.translation import use_language

    use_language(qapp, "da")


@pytest.fixture
def make_window(qtbot, data_dir):
    """Build windows on the test's data dir; each is closed (without questions) at the end."""
    from exercise_builder.app import build_window

    windows = []

    def make(directory=None):
        window = build_window(directory or data_dir)
        windows.append(window)
        return window

    yield make
    for window in windows:
        try:
            window.workbench.runner.wait(5000)
            window.workbench.session.forget_changes()  # no "save changes?" question at the end of a test
            window.close()
            window.deleteLater()
        except RuntimeError:  # already destroyed by the test
            pass


@pytest.fixture
def window(make_window):
    return make_window()
