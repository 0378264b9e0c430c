#!/usr/bin/env python3
"""Learn which title words name a position only next to the person who holds it.

Writes dictionaries/role_descriptors.txt: title words of dictionaries/titles.txt (嘉宾,
投资者, 战士 ...) that the annotation almost never counts as a position where no person
stands next to them (现场嘉宾们, 广大投资者), though it does before a name (嘉宾王华).
The extractor keeps such a word as a role only where a triple gives it a holder.

Usage: python3 tools/mine_role_stats.py ../shared/eval/dev/cluener_train.jsonl [--skip N]

--skip N leaves the first N lines out (score on them to see held-out figures; the
committed file was mined with --skip 3000). A title word's occurrence is 'alone' when no
annotated person starts within two characters after it or ends right before it; its rate
is the share of its alone occurrences that end an annotated position. Words seen alone at
least MIN_ALONE times with a rate at most MAX_RATE are listed. General vocabulary only:
title words, no names.
"""
import argparse
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MIN_ALONE = 5
MAX_RATE = 0.3


def entries(name, types):
    out = []
    with open(os.path.join(ROOT, "dictionaries", name), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2 and not line.startswith("#") and fields[1] in types:
                out.append(fields[0])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--skip", type=int, default=0)
    args = ap.parse_args()
    words = entries("titles.txt", ("title", "byline"))
    # Longer words an occurrence may sit inside: other titles (主教 in 主教练, 董事 in
    # 董事长) and organisation head words (委员 in 委员会).
    covering = set(words + entries("titles.txt", ("modifier", "function")) + entries("org_suffixes.txt", ("org_suffix",)))
    alone = collections.Counter()
    annotated = collections.Counter()
    with open(args.data, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < args.skip:
                continue
            r = json.loads(line)
            text = r["text"]
            persons = [(e["start"], e["end"]) for e in r["entities"] if e["type"] == "person"]
            role_ends = {e["end"] for e in r["entities"] if e["type"] == "role"}
            for w in words:
                start = text.find(w)
                while start >= 0:
                    end = start + len(w)
                    # Inside a longer word of the lexicon it is that word's.
                    longer = any(
                        len(o) > len(w)
                        and w in o
                        and any(
                            text[k:k + len(o)] == o
                            for k in range(max(0, end - len(o)), start + 1)
                        )
                        for o in covering
                    )
                    near = any(end <= ps <= end + 2 or pe == start for ps, pe in persons)
                    if not longer and not near:
                        alone[w] += 1
                        annotated[w] += end in role_ends
                    start = text.find(w, end)
    rows = [
        (w, annotated[w] / alone[w])
        for w in words
        if alone[w] >= MIN_ALONE and annotated[w] / alone[w] <= MAX_RATE
    ]
    out = os.path.join(ROOT, "dictionaries", "role_descriptors.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# zh-extract role descriptors: title words that name a position only next to its holder.\n"
            "# Format: one word a line, `<word> <rate>`; fields separated by spaces or tabs;\n"
            "#   rate = share of its occurrences with no person beside it that the annotation\n"
            "#   counts as a position (嘉宾 alone: a guest, not a post; 嘉宾王华: a role).\n"
            f"# Learned by tools/mine_role_stats.py from annotated news (CLUENER learning lines;\n"
            f"# words alone at least {MIN_ALONE} times, rate at most {MAX_RATE}); title words only.\n"
        )
        for w, rate in sorted(rows, key=lambda r: (r[1], r[0])):
            f.write(f"{w} {rate:.3f}\n")
    print(f"{len(rows)} descriptors written to {out}")


if __name__ == "__main__":
    main()
