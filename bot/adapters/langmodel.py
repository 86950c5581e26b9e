"""The language model, loaded light: py3langid's model cut to our languages and mapped from disk.

py3langid reads its whole model (97 languages, 28 MB of weights and a 20 MB tokenizer automaton)
on first use, and holds over 100 MB while it does: issue 14 measured a 1,000-mail pass at a peak
RSS of 139 MB without the model and 219 MB with it. The classifier needs 14 languages, and a text
of a few KB touches a small part of the automaton.

So the model is cut once into a cache folder (`compact_model`, in a child process, so the peak of
reading the full model is never paid by the bot itself): the weights of our languages only, and
the automaton as raw arrays. The bot then maps those files (`MappedModel`): the operating system
reads only the pages of the automaton a text walks through. `MappedModel` scores as py3langid does
(the same automaton walk and naive Bayes sum) in plain Python over the mapped arrays, so the bot
never imports numpy (19 MB) for a sum over a few hundred features and 14 languages. The answers
are those of the full model restricted to the same languages: the same language, the confidence
to within float32 rounding (`tests/unit/test_langmodel.py` compares them on every corpus text).

When the cache cannot be written (a read-only home, a full disk), the bot loads the full model as
before and logs why; nothing else changes.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from bot.core.reading.language import full_model

log = logging.getLogger(__name__)

FORMAT = 2  # bump when the files' layout changes (2: weights as float32, which memoryview can read)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rightsbot"


def _source() -> Path:
    # Found, not imported: importing py3langid imports numpy (19 MB), which the bot itself never needs.
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        raise OSError("py3langid is not installed")
    return Path(spec.submodule_search_locations[0]) / "data" / "model.npz.xz"


def _key(languages: tuple[str, ...]) -> str:
    source = _source()
    raw = json.dumps([FORMAT, importlib.metadata.version("py3langid"), source.stat().st_size, list(languages)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _write(source: str, languages: tuple[str, ...], target: str) -> None:
    """Read the full model and write the cut one into `target` (runs in a child process)."""
    import numpy as np
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, out = load_model(Path(source))
    keep = [i for i, c in enumerate(classes) if c in set(languages)]
    folder = Path(target)
    np.ascontiguousarray(np.asarray(ptc)[:, keep], dtype=np.float32).tofile(folder / "ptc.f32")
    np.asarray(pc, dtype=np.float32)[keep].tofile(folder / "pc.f32")
    (folder / "nextmove.u16").write_bytes(memoryview(nextmove).cast("B"))
    (folder / "row").write_bytes(memoryview(row).cast("B"))
    np.asarray(out, dtype=np.int32).tofile(folder / "out.i32")
    meta = {"classes": [classes[i] for i in keep], "features": int(np.asarray(ptc).shape[0]),
            "nextmove": nextmove.typecode, "row": row.typecode}
    (folder / "meta.json").write_text(json.dumps(meta))
    for path in folder.iterdir():  # clean pages, so that `_mapped` can drop them from the page cache
        with open(path, "rb") as f:
            os.fsync(f.fileno())


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
        # The file's pages may sit in the page cache as large folios (written or read in one go), and
        # a fault maps a whole folio: one touch made most of the 39 MB automaton resident. Dropped
        # and read without read-ahead, only the pages a text walks through are.
        os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    mapped.madvise(mmap.MADV_RANDOM)
    return memoryview(mapped).cast(typecode)


class MappedModel:
    """py3langid's classifier (`LanguageIdentifier.classify` with norm_probs) over the mapped files."""

    def __init__(self, folder: Path):
        meta = json.loads((folder / "meta.json").read_text())
        self.classes: list[str] = meta["classes"]
        if len(set(self.classes)) != len(self.classes):
            raise ValueError("a language appears twice in the cut model")  # py3langid's script aliases
        self._n = len(self.classes)
        self._weights = _mapped(folder / "ptc.f32", "f")  # features x languages, row-major
        if len(self._weights) != meta["features"] * self._n:
            raise ValueError("the cut model's weights do not match its meta.json")
        self._prior = list(_mapped(folder / "pc.f32", "f"))
        self._nextmove = _mapped(folder / "nextmove.u16", meta["nextmove"])
        self._row = _mapped(folder / "row", meta["row"])
        self._out = _mapped(folder / "out.i32", "i")

    def classify(self, text: str) -> tuple[str, float]:
        """The most likely language of `text` and its probability among the cut model's languages."""
        if text.isupper():
            text = text.lower()
        encoded = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        nextmove, row, out = self._nextmove, self._row, self._out
        state, counts = 0, {}
        for byte in encoded:  # the tokenizer automaton: a feature ends where `out` says so
            state = nextmove[(row[state] << 8) + byte]
            feature = out[state]
            if feature >= 0:
                counts[feature] = counts.get(feature, 0) + 1
        n, weights = self._n, self._weights
        scores = list(self._prior) if counts else [0.0] * n
        for feature, count in counts.items():
            weight, base = math.log1p(count), feature * n
            for j in range(n):
                scores[j] += weight * weights[base + j]
        # The temperature sqrt(bytes) and the softmax, as py3langid's norm_probs.
        scale = 1.0 / math.sqrt(len(encoded) or 1)
        top = max(scores) * scale
        exps = [math.exp(x * scale - top) for x in scores]
        best = max(range(n), key=exps.__getitem__)
        return self.classes[best], exps[best] / sum(exps)


def identifier(languages: tuple[str, ...], cache_dir: Path | None = None):
    """The cut, mapped model for `languages`; py3langid's full model when the cache fails."""
    try:
        return MappedModel(compact_model(languages, cache_dir))
    except (OSError, ValueError, KeyError) as exc:
        log.warning("language_model_cache_unavailable error=%s", type(exc).__name__)
        return full_model(languages)


if __name__ == "__main__":  # the child process of compact_model: SOURCE LANG,LANG,... TARGET
    _write(sys.argv[1], tuple(sys.argv[2].split(",")), sys.argv[3])
