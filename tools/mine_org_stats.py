#!/usr/bin/env python3
"""Learn organisation-boundary statistics from the annotated dev data.

Writes two dictionaries of general vocabulary (no organisation names):

  dictionaries/org_not_heads.txt   words that end in an organisation head character
                                   (部, 局, 处 ...) but almost never end an organisation
                                   (干部, 部署, 全局 ...)
  dictionaries/org_extension.txt   for words and word classes met while reading an
                                   organisation name leftwards from its head word: how
                                   often the reading goes on over them (inside the name)
                                   rather than stopping (the word stands before the name)

Usage: python3 tools/mine_org_stats.py ../shared/eval/dev/pd1998_dev.jsonl [--skip N]

--skip N leaves the first N lines out (score on them to see held-out figures).
Needs the `jieba` Python package (same dictionary as jieba-rs) for word boundaries and
dictionary tags. Only words met in at least MIN_ORGS different organisation names are
kept as 'inside' evidence, so no single name is memorised, and no word the data
annotates as a person or an organisation is ever listed as a not-head.

The committed org_not_heads.txt was mined before the company heads 地产, 控股, 置业,
财险 and 人寿 joined org_suffixes.txt. Mined again now, it would also list words ending
in them — harmless, except the bare heads 地产 and 控股 themselves, which People's Daily
never annotates as organisations but which name companies after a brand (某某地产):
drop those two lines from a fresh run.
"""
import argparse
import collections
import json
import os
import sys

import jieba
import jieba.posseg

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MIN_COUNT = 4      # occurrences needed before a word's own rate is trusted
MIN_ORGS = 4       # distinct organisation names a word must occur inside
NAME_TAGS = {"nr", "nrt", "nrfg", "nz", "OOV", "NUM", "x"}  # never listed as words: name fragments
NOT_HEAD_RATE = 0.08

PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】—…·,.;:?!()[]\"' \t\n")


def suffixes():
    """Head words and their kinds, from dictionaries/org_suffixes.txt."""
    out = {}
    with open(os.path.join(ROOT, "dictionaries", "org_suffixes.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                fields = line.split()
                out[fields[0]] = fields[2]
    return out


def word_class(word, tags):
    """The backoff class of a word: its jieba dictionary tag, OOV, or NUM for digits."""
    if not jieba.dt.FREQ.get(word, 0):
        if all(c.isdigit() for c in word):
            return "NUM"
        return "OOV"
    return tags.get(word, "x")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--skip", type=int, default=0)
    args = ap.parse_args()
    jieba.setLogLevel(60)
    jieba.initialize()
    tags = {}
    for w, t in jieba.posseg.dt.word_tag_tab.items():
        tags[w] = t
    heads = suffixes()
    head_chars = {h[-1] for h in heads}

    names = set()  # every annotated person and organisation text: never listed
    total = collections.Counter()
    ends = collections.Counter()
    inside = collections.Counter()
    inside_orgs = collections.defaultdict(set)
    before = collections.Counter()
    cls_inside = collections.Counter()
    cls_before = collections.Counter()

    with open(args.file, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < args.skip:
                continue
            rec = json.loads(line)
            text = rec["text"]
            orgs = [e for e in rec["entities"] if e["type"] == "org"]
            # (A lone surname annotated as a person, 于 or 任, is a word all the same.)
            names.update(text[e["start"]:e["end"]] for e in rec["entities"]
                         if e["type"] in ("person", "org") and e["end"] - e["start"] > 1)
            org_ends = {e["end"] for e in orgs}
            words = []
            pos = 0
            for w in jieba.cut(text, HMM=True):
                words.append((pos, pos + len(w), w))
                pos += len(w)
            starts = {s: k for k, (s, _, _) in enumerate(words)}
            endset = {e: k for k, (_, e, _) in enumerate(words)}
            for s, e, w in words:
                if w[-1] in head_chars:
                    total[w] += 1
                    ends[w] += e in org_ends
            for o in orgs:
                if o.get("nested"):
                    continue
                if o["start"] not in starts or o["end"] not in endset:
                    continue
                k0, k1 = starts[o["start"]], endset[o["end"]]
                for k in range(k0, k1):  # every word but the head word
                    w = words[k][2]
                    inside[w] += 1
                    inside_orgs[w].add(o["text"])
                    cls_inside[word_class(w, tags)] += 1
                if k0 > 0:
                    w = words[k0 - 1][2]
                    if not (set(w) & PUNCT):
                        before[w] += 1
                        cls_before[word_class(w, tags)] += 1

    out = os.path.join(ROOT, "dictionaries", "org_not_heads.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# zh-extract: words that end in an organisation head character but are not organisations.\n"
                "# Format: one word a line, `<word> <rate>`; fields separated by spaces or tabs;\n"
                "#   rate = share of its occurrences that end an annotated organisation.\n"
                "# Learned by tools/mine_org_stats.py from jieba-rs word boundaries on annotated\n"
                f"# news (words seen at least {MIN_COUNT} times, rate at most {NOT_HEAD_RATE}); general vocabulary only.\n")
        for w in sorted(total, key=lambda w: (-total[w], w)):
            # The annotation does not count newspapers and broadcasters as organisations;
            # we do, so their head words (时报, 日报) are never listed.
            if heads.get(w) == "media":
                continue
            # A longer word ending in a whole multi-character head (市政协, 县人大) is a
            # generic reference to an organisation, which we read as one where the text
            # ties it to a title; only the bare head word itself (学会 'learn') may be listed.
            if any(len(h) >= 2 and w.endswith(h) and w != h for h in heads):
                continue
            # General vocabulary only: no word the data annotates as a person or an
            # organisation anywhere.
            if w in names:
                continue
            if total[w] >= MIN_COUNT and ends[w] / total[w] <= NOT_HEAD_RATE:
                f.write(f"{w} {ends[w] / total[w]:.3f}\n")

    out = os.path.join(ROOT, "dictionaries", "org_extension.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# zh-extract: how often an organisation name read leftwards from its head word goes on over a word.\n"
                "# Format: one entry a line, `<word> <p>` for a word or `@<class> <p>` for a word class\n"
                "#   (a jieba dictionary tag such as @v or @ns; @OOV a word not in jieba's dictionary; @NUM digits);\n"
                "#   p = P(the word is inside the name | it stands right before the part read so far), smoothed.\n"
                "# Learned by tools/mine_org_stats.py from annotated news; a word is listed for its 'inside' uses\n"
                f"# only when it occurs inside at least {MIN_ORGS} different names, so no name is memorised, and\n"
                "# never when the data annotates the word itself as a person or an organisation.\n")
        for c in sorted(set(cls_inside) | set(cls_before)):
            n_in, n_before = cls_inside[c], cls_before[c]
            if n_in + n_before >= MIN_COUNT:
                f.write(f"@{c} {(n_in + 1) / (n_in + n_before + 2):.3f}\n")
        for w in sorted(set(inside) | set(before), key=lambda w: (-(inside[w] + before[w]), w)):
            generic = word_class(w, tags) not in NAME_TAGS
            n_in = inside[w] if len(inside_orgs[w]) >= MIN_ORGS and generic else 0
            n_before = before[w]
            if n_in + n_before >= MIN_COUNT and not (set(w) & PUNCT) and w not in names:
                f.write(f"{w} {(n_in + 1) / (n_in + n_before + 2):.3f}\n")
    print(f"not-heads and extension statistics written to dictionaries/", file=sys.stderr)


if __name__ == "__main__":
    main()
