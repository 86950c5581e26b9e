"""The backlog benchmark's peak memory is the pass's own: each pass runs in a spawned child, and
on Linux getrusage's ru_maxrss of a child also counts what its parent held when it forked it (kept
across exec), so a benchmark holding its 6,600 generated mails reported their 150 MB as the bot's."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import ingest  # noqa: E402


def test_a_passs_peak_memory_is_its_own_not_its_parents():
    held = [bytes(4096) + i.to_bytes(4, "big") for i in range(60_000)]  # about 250 MB resident here
    child = ingest._in_child(ingest._peak_mb)
    # What the benchmark read before: the child's ru_maxrss, at least the parent's 250 MB.
    before = ingest._in_child(resource.getrusage, resource.RUSAGE_SELF).ru_maxrss / 1024
    assert len(held) == 60_000
    # A Python child that imported a few modules: tens of MB, not the parent's 250.
    assert child < 100 < 200 < before, (child, before)
