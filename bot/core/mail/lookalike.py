"""Look-alike addresses: letters of two scripts in one label of an address. Pure.

`emilу@example.com` with a Cyrillic у reads as Emily's address and is not hers; the same goes
for a domain label such as `exаmple.com` with a Cyrillic а (UTS #39, "mixed-script confusables").
Browsers show such a domain label as punycode for the same reason. A real name in one script
(`jörg.groß`, `ведущий`) is fine; only a mix inside one label is suspect. Digits and punctuation
belong to no script.
"""

from __future__ import annotations

import unicodedata

# Japanese writes one word in several scripts; they are not look-alikes of one another.
_TOGETHER = frozenset({"CJK", "HIRAGANA", "KATAKANA"})


def _script(char: str) -> str:
    # The Unicode name starts with the script: "LATIN SMALL LETTER A", "CYRILLIC SMALL LETTER A".
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "CJK" if script in _TOGETHER else script


def mixed_scripts(address: str) -> str | None:
    """Why `address` may be a look-alike ("local part mixes LATIN and CYRILLIC"), or None."""
    local, _, domain = address.rpartition("@")
    parts = [("local part", label) for label in local.split(".")] + [("domain", label) for label in domain.split(".")]
    for where, label in parts:
        scripts = sorted({_script(c) for c in label if c.isalpha()})
        if len(scripts) > 1:
            return f"{where} mixes {' and '.join(scripts)}"
    return None
