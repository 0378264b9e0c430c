#!/usr/bin/env python3
"""Write the texts of a JSON-lines data set as a bench corpus: one document a line.

    python3 tools/bench_corpus.py /tmp/pd1998.txt
    ZH_EXTRACT_BENCH_CORPUS=/tmp/pd1998.txt cargo bench --bench throughput

By default it reads shared/eval/dev/pd1998_dev.jsonl (People's Daily, January
1998, one paragraph a record) from the nearest folder above the project that has
it (../shared beside a checkout). The data is for local runs only:
never commit the output. A line break inside a text becomes a space, so that every
document stays on one line.
"""

import argparse
import json
import sys
from pathlib import Path

DATA = Path("shared") / "eval" / "dev" / "pd1998_dev.jsonl"


def default_input() -> Path:
    """shared/eval/dev/pd1998_dev.jsonl in the nearest folder above the project that has it."""
    project = Path(__file__).resolve().parent.parent
    for folder in project.parents:
        if (folder / DATA).is_file():
            return folder / DATA
    return project.parent / DATA


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", type=Path, help="the corpus file to write")
    parser.add_argument("--input", type=Path, default=None, help=f"JSON lines with a 'text' field (default: ../{DATA})")
    args = parser.parse_args()
    if args.input is None:
        args.input = default_input()

    if not args.input.is_file():
        print(f"bench_corpus.py: {args.input} not found (use --input)", file=sys.stderr)
        return 1
    docs = 0
    size = 0
    with args.input.open(encoding="utf-8") as src, args.output.open("w", encoding="utf-8", newline="\n") as out:
        for number, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError, TypeError) as e:
                print(f"bench_corpus.py: {args.input}:{number}: {e}", file=sys.stderr)
                return 1
            text = " ".join(text.splitlines()).strip()
            if not text:
                continue
            out.write(text + "\n")
            docs += 1
            size += len(text.encode("utf-8")) + 1
    print(f"wrote {docs} documents, {size} bytes, to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
