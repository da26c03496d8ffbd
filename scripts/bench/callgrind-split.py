#!/usr/bin/env python3
"""Instructions per leaflet from the callgrind dumps of `print-instructions.ts`.

  python3 scripts/bench/callgrind-split.py <rounds> <locales,comma,separated> /tmp/cg/out.<pid>

Takes the last 1 + 2 * len(locales) dumps (start, then per locale its warm-up and its rounds; any
earlier dump comes from Node starting up) and prints, per locale, instructions per leaflet and how
they split: the render thread (Typst and the worker's JS), the main thread (the data, the QR code, JSON),
V8's other threads (garbage collection, compiling: they vary from run to run), and by object (the
Typst compiler, Node and V8 with the JIT's code, libc). The compiler has no symbols: only its total.
"""
import glob
import re
import subprocess
import sys
from collections import Counter


# Callgrind names an object in full once per run, in the first dump that meets it: read every dump in order.
names = {}


def self_cost_by_object(path):
    """Self cost (Ir) of every object in one callgrind dump, and the dump's total."""
    by_object = Counter()
    current = None
    skip_next = False
    total = 0
    with open(path, errors="replace") as lines:
        for line in lines:
            if line.startswith("totals:") or line.startswith("summary:"):
                total = int(line.split()[1])
                continue
            match = re.match(r"^(c?)ob=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
            if match:
                callee, key, name = match.groups()
                if name:
                    names[key] = name
                if not callee:  # `cob=` names a called function's object; the costs that follow are not its
                    current = key
                continue
            if line.startswith("calls="):
                skip_next = True  # the next line is the call's inclusive cost
                continue
            if line[:1].isdigit() or line[:1] in "+-*":
                if skip_next:
                    skip_next = False
                    continue
                parts = line.split()
                if len(parts) >= 2:
                    by_object[current] += int(parts[1])
    return total, by_object


def short(name):
    name = name or "?"
    if "typst" in name:
        return "typst compiler (.node)"
    if name.endswith("/node") or name == "???" or "perf-" in name:
        return "node + V8 + JIT"
    return name.rsplit("/", 1)[-1]


def inclusive(dump, functions):
    """Inclusive Ir of named functions in a dump (callgrind_annotate), by name."""
    lines = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", dump],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    found = {}
    for name in functions:
        found[name] = next((int(l.split()[0].replace(",", "")) for l in lines if name in l), 0)
    return found


def main():
    rounds = int(sys.argv[1])
    locales = sys.argv[2].split(",")
    prefix = sys.argv[3]
    dumps = sorted(glob.glob(prefix + ".*"), key=lambda p: int(p.rsplit(".", 1)[1]))
    mine = dumps[-(1 + 2 * len(locales)):]
    for dump in dumps[: -(2 * len(locales))]:
        self_cost_by_object(dump)
    print(f"{'locale':8} {'Ir/leaflet':>10} {'render':>8} {'main':>8} {'other':>8}  by object (Ir per leaflet)")
    for index, locale in enumerate(locales):
        total, objects = self_cost_by_object(mine[2 + 2 * index])
        grouped = Counter()
        for key, cost in objects.items():
            grouped[short(names.get(key, key))] += cost
        split = ", ".join(
            f"{name} {cost / rounds / 1e6:.2f}M" for name, cost in grouped.most_common(5)
        )
        threads = inclusive(mine[2 + 2 * index], ["node::worker::Worker::Run()", "node::NodeMainInstance::Run()"])
        render, main_thread = (threads[name] / rounds / 1e6 for name in threads)
        other = total / rounds / 1e6 - render - main_thread
        print(f"{locale:8} {total / rounds / 1e6:9.2f}M {render:7.2f}M {main_thread:7.2f}M {other:7.2f}M  {split}")


if __name__ == "__main__":
    main()
