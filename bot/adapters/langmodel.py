"""The language model, loaded light: py3langid's model cut to our languages and mapped from disk.

py3langid reads its whole model (97 languages, 28 MB of weights and a 20 MB tokenizer automaton)
on first use, and holds over 100 MB while it does: issue 14 measured a 1,000-mail pass at a peak
RSS of 139 MB without the model and 219 MB with it. The classifier needs 14 languages, and a text
of a few KB touches a small part of the automaton.

So the model is cut once into a cache folder (`compact_model`, in a child process, so the peak of
reading the full model is never paid by the bot itself): the weights of our languages only, and
the automaton as raw arrays. The bot then maps those files (`identifier`): the operating system
reads only the pages of the automaton a text walks through. The answers are the same as the full
model's restricted to the same languages (`tests/unit/test_langmodel.py` compares them).

When the cache cannot be written (a read-only home, a full disk), the bot loads the full model as
before and logs why; nothing else changes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from bot.core.reading.language import full_model

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the files' layout changes


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rightsbot"


def _source() -> Path:
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return Path(MODEL_DIR) / MODEL_FILE


def _key(languages: tuple[str, ...]) -> str:
    import py3langid

    source = _source()
    raw = json.dumps([FORMAT, getattr(py3langid, "__version__", "?"), source.stat().st_size, list(languages)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _write(source: str, languages: tuple[str, ...], target: str) -> None:
    """Read the full model and write the cut one into `target` (runs in a child process)."""
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(Path(source))
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    folder = Path(target)
    np.ascontiguousarray(np.asarray(ptc)[:, keep]).tofile(folder / "ptc.f16")
    np.asarray(pc, dtype=np.float32)[keep].tofile(folder / "pc.f32")
    (folder / "nextmove.u16").write_bytes(memoryview(nextmove).cast("B"))
    (folder / "row").write_bytes(memoryview(row).cast("B"))
    np.asarray(out, dtype=np.int32).tofile(folder / "out.i32")
    meta = {"classes": [classes[i] for i in keep], "features": int(np.asarray(ptc).shape[0]),
            "nextmove": nextmove.typecode, "row": row.typecode}
    (folder / "meta.json").write_text(json.dumps(meta))


def compact_model(languages: tuple[str, ...], cache_dir: Path | None = None) -> Path:
    """The cut model's folder for `languages`, written on first use (atomically, by a child process)."""
    cache_dir = cache_dir or default_cache_dir()
    folder = cache_dir / f"langid-{_key(languages)}"
    if (folder / "meta.json").exists():
        return folder
    cache_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".langid-", dir=cache_dir))
    try:
        child = subprocess.run([sys.executable, "-m", __name__, str(_source()), ",".join(languages), str(work)],
                               capture_output=True, timeout=300)
        if child.returncode != 0 or not (work / "meta.json").exists():
            raise OSError(f"writing the language model cache failed (exit {child.returncode})")
        try:
            work.rename(folder)
        except OSError:
            if not (folder / "meta.json").exists():  # another process won the race: use its copy
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return folder


def _mapped(path: Path, typecode: str) -> memoryview:
    with open(path, "rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mapped).cast(typecode)


def identifier(languages: tuple[str, ...], cache_dir: Path | None = None):
    """A py3langid identifier over the cut, mapped model; the full model when the cache fails."""
    from py3langid.langid import LanguageIdentifier

    try:
        folder = compact_model(languages, cache_dir)
        meta = json.loads((folder / "meta.json").read_text())
        classes = meta["classes"]
        ptc = np.fromfile(folder / "ptc.f16", dtype=np.float16).reshape(meta["features"], len(classes))
        pc = np.fromfile(folder / "pc.f32", dtype=np.float32)
        out = _mapped(folder / "out.i32", "i")
        return LanguageIdentifier(ptc, pc, classes, _mapped(folder / "nextmove.u16", meta["nextmove"]), out,
                                  norm_probs=True, tk_row=_mapped(folder / "row", meta["row"]))
    except (OSError, ValueError, KeyError) as exc:
        log.warning("language_model_cache_unavailable error=%s", type(exc).__name__)
        return full_model(languages)


if __name__ == "__main__":  # the child process of compact_model: SOURCE LANG,LANG,... TARGET
    _write(sys.argv[1], tuple(sys.argv[2].split(",")), sys.argv[3])
