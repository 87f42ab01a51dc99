"""Shared fixtures: every test gets its own data dir; Qt runs offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from library_factory import make_library  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def mini_library(tmp_path: Path) -> Path:
    """A small valid library folder with 6 exercises, 2 aids, 2 advice modules, 1 template."""
    return make_library(tmp_path / "mini")


@pytest.fixture
def store(data_dir: Path, mini_library: Path):
    """A store seeded from the mini library (not the shipped one: tests stay independent of it)."""
    from exercise_builder.services.shipped_library import seed_shipped
    from exercise_builder.store import Store

    opened = Store.open(data_dir)
    seed_shipped(opened, mini_library)
    yield opened
    opened.close()


@pytest.fixture
def shipped_store(data_dir: Path):
    """A store seeded from the real shipped library in resources/exercises."""
    from exercise_builder.services.opening import open_store

    opened = open_store(data_dir)
    yield opened
    opened.close()
