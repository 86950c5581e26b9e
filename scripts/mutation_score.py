"""Print the mutation score of `make mutate`, module by module, from mutmut's own results.

Reads `mutmut results --all true` (run in the repository after `mutmut run`); a mutant counts as
killed when a test failed or timed out on it. Survivors and mutants no test reached are listed by
name, so each can be looked at with `mutmut show NAME`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict

LINE = re.compile(r"^\s*(?P<name>[\w.ǁ]+__mutmut_\d+): (?P<status>.+?)\s*$")
KILLED = {"killed", "timeout"}


def module_of(name: str) -> str:
    return re.split(r"\.x_|\.xǁ", name, maxsplit=1)[0]


def main() -> int:
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], capture_output=True,
                         text=True, check=True).stdout
    by_module: dict[str, Counter] = defaultdict(Counter)
    left: list[tuple[str, str]] = []
    for line in out.splitlines():
        found = LINE.match(line)
        if not found:
            continue
        name, status = found["name"], found["status"]
        by_module[module_of(name)][status] += 1
        if status not in KILLED:
            left.append((status, name))
    if not by_module:
        print("mutation score: no results (run `mutmut run` first)")
        return 1
    total = Counter()
    for module in sorted(by_module):
        counts = by_module[module]
        total.update(counts)
        killed, all_ = sum(counts[s] for s in KILLED), sum(counts.values())
        print(f"{module:36} {killed:4}/{all_:<4} killed ({100 * killed / all_:5.1f}%)  "
              + ", ".join(f"{s} {n}" for s, n in sorted(counts.items()) if s not in KILLED))
    killed, all_ = sum(total[s] for s in KILLED), sum(total.values())
    print(f"{'mutation score':36} {killed:4}/{all_:<4} killed ({100 * killed / all_:5.1f}%)")
    for status, name in sorted(left):
        print(f"  {status}: {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
