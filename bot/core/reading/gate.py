"""A fast gate in front of the packs' big patterns: RE2 says "no match possible" in one linear pass. Pure.

The packs' patterns are unions of hundreds of phrases over every language. Python's backtracking
engine tries each branch at each position, so one search over a 3 KB text costs up to 3 ms, and a mail
meets a few hundred such searches (issue 14's profile: classification was 18 ms a mail, 87% of it in
`re.Pattern.search`). RE2 (google-re2) runs a whole union as one automaton in a few microseconds.

RE2 has no lookarounds or backreferences, and its classes differ from Python's in Unicode detail, so
it does not replace the Python pattern: `loosen` translates a pattern into a *looser* RE2 pattern,
one that matches wherever the original matches and maybe elsewhere (anchors, word boundaries and
lookarounds are dropped, backreferences become "anything"). When the loose pattern finds nothing,
the original cannot match, and the slow search is skipped; when it finds something, the original
runs and decides. Answers are the same by construction, and `tests/unit/test_gate.py` checks that on
every shipped pattern and every corpus text.

A pattern that cannot be translated (or that RE2 refuses) is simply not gated.
"""

from __future__ import annotations

import re
import sys
from re import _constants as C  # the parsed form of a pattern: stable since 3.11, and only read here
from re import _parser as P

import re2

# Python's \s, \d, \w (and their negations) on str, as RE2 class contents: exact on ASCII and any
# character beyond it. Looser than Python's, and cheap: RE2's Unicode classes (\p{L}) made the cue
# set take 2 s to compile; these take milliseconds (tests/unit/test_gate.py compares them over all of
# Unicode).
_NON_ASCII = r"\x{80}-\x{10ffff}"
_CATEGORY = {
    C.CATEGORY_DIGIT: "0-9" + _NON_ASCII,
    C.CATEGORY_NOT_DIGIT: r"\x{0}-\x{2f}\x{3a}-\x{10ffff}",
    C.CATEGORY_SPACE: r"\t\n\x{0b}\f\r\x{1c}-\x{20}" + _NON_ASCII,
    C.CATEGORY_NOT_SPACE: r"\x{0}-\x{08}\x{0e}-\x{1b}\x{21}-\x{10ffff}",
    C.CATEGORY_WORD: "0-9A-Za-z_" + _NON_ASCII,
    C.CATEGORY_NOT_WORD: r"\x{0}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{5e}\x{60}\x{7b}-\x{10ffff}",
}
_ANY = r"(?s:.)"
# Python's IGNORECASE also equates i with the Turkish dotted and dotless I; RE2's case folding does not.
_TURKISH_I = {ord("i"), ord("I"), 0x130, 0x131}
_I_CLASS = r"i\x{130}\x{131}"

# RE2's default budget (8 MB a pattern, most of it its DFA cache): a larger one bought no speed here and
# added 70 MB of caches over a 1,000-mail pass.
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 8 << 20
LONG_GAP = 20


class _Untranslatable(Exception):
    pass


def _char(code: int) -> str:
    return "\\x{%x}" % code


def _class(items, ignorecase: bool) -> str:
    negate, category, parts = False, False, []
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append(_I_CLASS if ignorecase and av in _TURKISH_I else _char(av))
        elif op is C.RANGE:
            parts.append(_char(av[0]) + "-" + _char(av[1]))
            if ignorecase and any(av[0] <= c <= av[1] for c in _TURKISH_I):
                parts.append(_I_CLASS)
        elif op is C.CATEGORY:
            parts.append(_CATEGORY[av])
            category = True
        else:
            raise _Untranslatable(str(op))
    if not parts:
        return _ANY
    # The complement of a looser class would be stricter: a negated class under IGNORECASE (case
    # detail is Python's) or holding a category (Unicode detail is Python's) becomes any character.
    if negate and (ignorecase or category):
        return _ANY
    return ("[^" if negate else "[") + "".join(parts) + "]"


def _emit(seq, ignorecase: bool) -> str:
    out = []
    for op, av in seq:
        if op is C.LITERAL:
            out.append(f"[{_I_CLASS}]" if ignorecase and av in _TURKISH_I else _char(av))
        elif op is C.NOT_LITERAL:
            out.append(_ANY if ignorecase else "[^" + _char(av) + "]")
        elif op is C.ANY:
            out.append(_ANY)
        elif op is C.IN:
            out.append(_class(av, ignorecase))
        elif op is C.BRANCH:
            out.append("(?:" + "|".join(_emit(b, ignorecase) for b in av[1]) + ")")
        elif op is C.SUBPATTERN:
            _group, add, delete, inner = av
            if add & re.IGNORECASE or delete & re.IGNORECASE:
                raise _Untranslatable("scoped IGNORECASE")
            out.append("(?:" + _emit(inner, ignorecase) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, item = av
            body = "(?:" + _emit(item, ignorecase) + ")"
            # RE2 counts up to 1000; more is "any number". A long gap ("{{S}}{0,60}") is loosened to any number
            # as well: its counter multiplies the DFA's states, and a union of several outgrew RE2's budget.
            if high is C.MAXREPEAT or high > 1000 or (low == 0 and high >= LONG_GAP):
                out.append(body + ("*" if low == 0 else "+" if low == 1 else "{%d,}" % min(low, 1000)))
            else:
                out.append(body + "{%d,%d}" % (low, high))
        elif op is C.ATOMIC_GROUP:
            out.append("(?:" + _emit(av, ignorecase) + ")")
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # anchors, boundaries and lookarounds only restrict where a match may be
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            out.append(_ANY + "*")
        elif op is C.CATEGORY:
            out.append("[" + _CATEGORY[av] + "]")
        else:
            raise _Untranslatable(str(op))
    return "".join(out)


def loosen(rx: re.Pattern) -> str | None:
    """A looser RE2 pattern matching wherever `rx` matches, or None when `rx` cannot be translated."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        ignorecase = bool(rx.flags & re.IGNORECASE)
        body = _emit(P.parse(rx.pattern, rx.flags), ignorecase)
    except (_Untranslatable, KeyError, RecursionError):
        return None
    return ("(?i)" if ignorecase else "") + body


def _compile(rx: re.Pattern):
    loose = loosen(rx)
    if loose is None:
        return None
    try:
        return re2.compile(loose, _OPTIONS)
    except re2.error:
        return None


class Gated:
    """A compiled pattern with an RE2 gate; behaves as the pattern (same methods, same answers)."""

    __slots__ = ("rx", "_gate", "pattern", "flags", "groups", "groupindex")

    def __init__(self, rx: re.Pattern, gate):
        self.rx, self._gate = rx, gate
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex

    def _closed(self, string: str, pos: int, endpos: int) -> bool:
        if pos or endpos < len(string):
            string = string[pos:endpos]
        return self._gate.search(string) is None

    def search(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._closed(string, pos, endpos) else self.rx.search(string, pos, endpos)

    def match(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._closed(string, pos, endpos) else self.rx.match(string, pos, endpos)

    def fullmatch(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return None if self._closed(string, pos, endpos) else self.rx.fullmatch(string, pos, endpos)

    def finditer(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._closed(string, pos, endpos) else self.rx.finditer(string, pos, endpos)

    def findall(self, string, pos: int = 0, endpos: int = sys.maxsize):
        return [] if self._closed(string, pos, endpos) else self.rx.findall(string, pos, endpos)

    def sub(self, repl, string, count: int = 0):
        return string if self._closed(string, 0, len(string)) else self.rx.sub(repl, string, count)

    def __repr__(self) -> str:
        return f"Gated({self.rx!r})"


def gated(rx: re.Pattern) -> re.Pattern | Gated:
    """`rx` behind its RE2 gate, or `rx` itself when it cannot be gated."""
    if isinstance(rx, Gated):
        return rx
    gate = _compile(rx)
    return rx if gate is None else Gated(rx, gate)


SET_SIZE = 40


class GateSet:
    """Many patterns' gates in RE2 sets: one pass tells which of them may match a text."""

    def __init__(self, patterns: list[re.Pattern]):
        self._always: set[int] = set()
        loose: list[tuple[int, str]] = []
        for i, rx in enumerate(patterns):
            text = loosen(rx)
            if text is None:
                self._always.add(i)
            else:
                loose.append((i, text))
        self._sets: list[tuple[object, list[int]]] = []
        # Sets of a few dozen patterns: one set of all 150 cues outgrew RE2's DFA budget and fell back
        # to its slow path (1.2 ms a sentence instead of 18 us; bench/ingest.py's profile).
        for start in range(0, len(loose), SET_SIZE):
            self._build(loose[start : start + SET_SIZE])

    def _build(self, items: list[tuple[int, str]]) -> None:
        # RE2 compiles a set within a memory budget; a set too big for it is built as two halves.
        if not items:
            return
        built = re2.Set.SearchSet(_OPTIONS)
        try:
            for _i, text in items:
                built.Add(text)
            built.Compile()
        except re2.error:
            if len(items) == 1:
                self._always.add(items[0][0])
                return
            half = len(items) // 2
            self._build(items[:half])
            self._build(items[half:])
            return
        self._sets.append((built, [i for i, _ in items]))

    def candidates(self, text: str) -> set[int]:
        """The positions (in the list given) of the patterns that may match `text`."""
        found = set(self._always)
        for built, index in self._sets:
            found.update(index[j] for j in built.Match(text) or ())  # None when none matches
        return found
