"""Gathering a handout on the GUI thread so that rendering it in a worker touches no database."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.models import Program
from ..store import Store


def handout_snapshot(store: Store, program: Program):
    """HandoutData whose image loader only reads files whose paths were looked up here."""
    from ..handouts import handout_data  # reportlab: imported at first use, not at start

    data = handout_data(store, program)
    shas = {image.sha256 for record in (*data.exercises.values(), *data.aids.values())
            for image in record.images if image.sha256}
    if data.clinic.logo_sha256:
        shas.add(data.clinic.logo_sha256)
    paths = {sha: store.media.path(sha) for sha in shas}

    def load_image(sha256: str) -> tuple[bytes, str] | None:
        path: Path | None = paths.get(sha256)
        if path is None:
            return None
        try:
            return path.read_bytes(), path.suffix
        except OSError:
            return None

    return replace(data, load_image=load_image)
