"""Images kept once each under media/, named by the sha256 of their bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import sqlite_utils

from ..atomic_write import write_atomically
from .database import transaction

KNOWN_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}


class MediaStore:
    def __init__(self, db: sqlite_utils.Database, media_dir: Path) -> None:
        self.db = db
        self.dir = media_dir

    def path(self, sha256: str, ext: str | None = None) -> Path:
        if ext is None:
            row = self.db.execute("SELECT ext FROM media WHERE sha256 = ?", [sha256]).fetchone()
            ext = row[0] if row else ""
        return self.dir / sha256[:2] / f"{sha256}{ext}"

    def add(self, data: bytes, ext: str, width: int = 0, height: int = 0) -> str:
        """Store bytes (atomically, once) and return their sha256."""
        ext = ext.lower()
        if ext not in KNOWN_TYPES:
            raise ValueError(f"unsupported image type {ext!r}")
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha, ext)
        if not target.exists():
            write_atomically(target, data)
        with transaction(self.db):
            self.db.execute(
                "INSERT OR IGNORE INTO media (sha256, ext, size, width, height) VALUES (?, ?, ?, ?, ?)",
                [sha, ext, len(data), width, height],
            )
        return sha

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def known_hashes(self) -> set[str]:
        """The sha256 of every image the database names."""
        return {row[0] for row in self.db.execute("SELECT sha256 FROM media")}

    def remove_orphans(self, also_known: set[str], older_than_seconds: float = 3600) -> int:
        """Delete image files no media row names (nor `also_known`: file names a backup names), left
        when an import was killed before its commit. Young files are spared: an import running in
        another instance has not committed yet. Returns how many went."""
        import contextlib
        import time

        known = {f"{sha}{ext}" for sha, ext in self.db.execute("SELECT sha256, ext FROM media")} | also_known
        cutoff = time.time() - older_than_seconds
        removed = 0
        if not self.dir.is_dir():
            return 0
        for path in self.dir.glob("*/*"):
            with contextlib.suppress(OSError):
                if path.is_file() and path.name not in known and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
        return removed
