"""The bench's generated bundle is a valid library (a small one here; no timing in tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from exercise_builder.services.sharing_import import apply_import, preview_import
from exercise_builder.store import Store

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_import.py"


def test_bench_bundle_imports(tmp_path):
    spec = importlib.util.spec_from_file_location("bench_import_under_test", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bundle = module.make_bundle(tmp_path / "small.eblib", exercises=12)
    store = Store.open(tmp_path / "data")
    preview = preview_import(store, bundle)
    assert preview.counts["new"] == 12 and len(preview.images) == 24
    assert apply_import(store, preview).by_op["insert"] == 12
    assert store.db.execute("SELECT count(*) FROM media").fetchone()[0] == 24
    store.close()
