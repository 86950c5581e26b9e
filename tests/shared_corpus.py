"""Where the tests find the shared corpus (../shared/corpus beside the repository), and what they do
without it: fail, with one line saying what is missing and how to get it. A missing corpus never
turns into a quiet skip that lets `make test` pass while 450 tests did not run."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def required(sub: str, must_hold: str) -> Path:
    """CORPUS/sub, which must hold `must_hold` (a file name or a glob); otherwise the test fails."""
    folder = CORPUS / sub
    if not any(folder.glob(must_hold)):
        pytest.fail(f"shared corpus missing: no {must_hold} in {folder} (put shared/ beside the repository, "
                    "as ../shared)", pytrace=False)
    return folder
