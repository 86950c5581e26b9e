"""The classifier's second reader, read from the file shipped beside this module (written by
scripts/train_second_reader.py); the model itself and its arithmetic are pure (bot.core.reading.second_reader)."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from bot.core.reading.second_reader import SecondReader, decode

MODEL_FILE = Path(__file__).with_name("second_reader.json.gz")


def load_data(path: Path = MODEL_FILE) -> dict:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def shipped() -> SecondReader:
    """The shipped model, read once (about 2 MB resident)."""
    return decode(load_data())
