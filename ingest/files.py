"""Which files an ingest considers, and the hash of each: the walk over the folders given."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from dragoman.ingest.readers import SUPPORTED, SkipFile, open_regular, os_reason, too_big, unsupported


def discover(paths: Sequence[Path], skipped: dict[str, str]) -> tuple[list[tuple[str, str, Path]], set[str], list[str]]:
    """Files to consider as (root, doc_id, path), the roots walked, and folders that could not be listed."""
    found: list[tuple[str, str, Path]] = []
    full_roots: set[str] = set()
    unlisted: list[str] = []

    def failed(err: OSError) -> None:
        unlisted.append(str(err.filename))
        skipped[str(err.filename)] = f"cannot list folder: {err.strerror}; what was indexed from it is kept"

    for given in paths:
        given = Path(given)
        if not given.exists():
            raise FileNotFoundError(f"no such file or folder: {given}")
        if given.is_dir():
            root = given.resolve()
            full_roots.add(str(root))
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=failed):
                for d in dirnames:
                    if not d.startswith(".") and os.path.islink(os.path.join(dirpath, d)):
                        skipped[os.path.join(dirpath, d)] = (
                            "symbolic link to a folder, not followed (ingest its target directly)"
                        )
                dirnames[:] = sorted(
                    d for d in dirnames if not d.startswith(".") and not os.path.islink(os.path.join(dirpath, d))
                )
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    p = Path(dirpath) / name
                    rel = p.relative_to(root).as_posix()
                    if p.is_symlink() and not p.exists():
                        skipped[str(p)] = "broken or looping symbolic link"
                    elif p.suffix.lower() not in SUPPORTED:
                        skipped[str(p)] = unsupported(p)
                    else:
                        found.append((str(root), rel, p))
        else:
            found.append((str(given.resolve().parent), given.name, given))
    return found, full_roots, unlisted


def file_hash(path: Path, max_bytes: int) -> tuple[str, int]:
    """sha256 of a regular file's bytes; FIFOs, sockets and devices are refused before any read."""
    fh, size = open_regular(path)  # S_ISREG on the opened fd, O_NONBLOCK: no race, never blocks
    with fh:
        if size > max_bytes:
            raise SkipFile(too_big(size, max_bytes))
        h = hashlib.sha256()
        try:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        except OSError as exc:
            raise SkipFile(os_reason(exc)) from None
    return h.hexdigest(), size
