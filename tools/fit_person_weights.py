#!/usr/bin/env python3
"""Fit the person recogniser's feature weights (dictionaries/person_weights.txt).

Runs the crate's candidate dump (an ignored unit test) over the learning lines of pd1998_dev.jsonl and
cluener_train.jsonl — the lines after --pd-skip and --cluener-skip; the first lines stay held out for
scoring — then fits one L2-regularised logistic regression per candidate kind: label 1 when the candidate
span is exactly a gold person span. CLUENER candidates weigh less (--cluener-weight).

Needs numpy. Run from the crate root after tools/mine_person_stats.py:

    python3 tools/fit_person_weights.py --offset foreign=-1

or, to fit only features just added and keep the settled weights:

    python3 tools/fit_person_weights.py --free chinese.next_guessed --free foreign.next_guessed
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

KINDS = ("chinese", "surname", "foreign")


def feature_names(root):
    """The feature names per kind, read from candidates.rs so the two never disagree."""
    src = open(os.path.join(root, "src", "recognize", "person", "candidates.rs"), encoding="utf-8").read()
    body = src.split("macro_rules! features", 1)[1]
    common = body.split("&[", 1)[1].split("$(", 1)[0]
    common = [w.strip().strip('"') for w in common.split(",") if w.strip().strip('"')]
    out = {}
    for kind, const in (("chinese", "CHINESE_FEATURES"), ("surname", "SURNAME_FEATURES"),
                        ("foreign", "FOREIGN_FEATURES")):
        decl = src.split(f"const {const}: &[&str] =", 1)[1].split(";", 1)[0]
        extra = decl.split("[", 1)[1].rsplit("]", 1)[0]
        out[kind] = common + [w.strip().strip('"') for w in extra.split(",") if w.strip()]
    return out


def write_input(out, path, skip, limit):
    """Appends the learning lines of one data file; returns how many were written."""
    n = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip or not line.strip():
                continue
            r = json.loads(line)
            text = r["text"].replace("\t", " ").replace("\n", " ")
            spans = []
            for e in r.get("entities", []):
                if e["type"] == "person":
                    a = len(text[:e["start"]].encode("utf-8"))
                    b = len(text[:e["end"]].encode("utf-8"))
                    spans.append(f"{a}:{b}")
            out.write(text + "\t" + ",".join(spans) + "\n")
            n += 1
            if limit and n >= limit:
                break
    return n


def fit(x, y, sw, l2=1.0, iters=60, offset=0.0):
    """Weighted logistic regression by Newton's method (small feature count); `offset` is added to
    every logit (the contribution of the weights held fixed)."""
    w = np.zeros(x.shape[1])
    for _ in range(iters):
        z = x @ w + offset
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        g = x.T @ (sw * (p - y)) + l2 * w
        h = (x * (sw * p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--dev", default=os.path.join(root, "..", "..", "shared", "eval", "dev"))
    ap.add_argument("--pd-skip", type=int, default=2000)
    ap.add_argument("--cluener-skip", type=int, default=3000)
    ap.add_argument("--cluener-weight", type=float, default=0.5,
                    help="weight of a CLUENER candidate (its labels are loose and not exhaustive)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--threshold", type=float, default=-1.0,
                    help="the logit a candidate needs: below 0 favours recall, which the choice among overlapping"
                         " candidates pays for")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--offset", action="append", default=[], metavar="KIND=VALUE",
                    help="add VALUE to a kind's bias (tuned on the learning lines: foreign names need more evidence)")
    ap.add_argument("--set", action="append", default=["chinese.run_goes_on=-3.0"], metavar="KIND.FEATURE=VALUE",
                    help="fix a weight instead of fitting it (default: chinese.run_goes_on=-3.0 — a Chinese name ending"
                         " inside a transliterated run is rare in the data but costly, 梅德韦|杰夫)")
    ap.add_argument("--dump", help="reuse this dump instead of running the crate")
    ap.add_argument("--free", action="append", default=[], metavar="KIND.FEATURE",
                    help="fit only these weights and keep every other one as dictionaries/person_weights.txt has it"
                         " (for features added to a model whose other weights are settled)")
    args = ap.parse_args()
    if not os.path.isdir(args.dev):
        args.dev = "/work/shared/eval/dev"
    names = feature_names(root)

    dump = args.dump
    if not dump:
        tmp = tempfile.mkdtemp()
        inp, dump = os.path.join(tmp, "in.tsv"), os.path.join(tmp, "features.txt")
        with open(inp, "w", encoding="utf-8") as out:
            n_pd = write_input(out, os.path.join(args.dev, "pd1998_dev.jsonl"), args.pd_skip, args.limit)
            write_input(out, os.path.join(args.dev, "cluener_train.jsonl"), args.cluener_skip, args.limit)
        env = dict(os.environ, PERSON_DUMP_IN=inp, PERSON_DUMP_OUT=dump)
        subprocess.run(["cargo", "test", "--release", "--lib", "-q", "dump_candidate_features", "--",
                        "--ignored"], cwd=root, env=env, check=True)
        with open(dump + ".pd_lines", "w") as f:
            f.write(str(n_pd))
        print(f"features in {dump}", file=sys.stderr)

    else:
        n_pd = int(open(dump + ".pd_lines").read()) if os.path.exists(dump + ".pd_lines") else 10 ** 9
    rows = collections.defaultdict(list)
    labels = collections.defaultdict(list)
    weights = collections.defaultdict(list)
    with open(dump, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            rows[p[1]].append([float(v) for v in p[5:]])
            labels[p[1]].append(float(p[2]))
            weights[p[1]].append(1.0 if int(p[0]) < n_pd else args.cluener_weight)

    # With --free, the other weights and the header stay as the file has them.
    weights_path = os.path.join(root, "dictionaries", "person_weights.txt")
    current, header = {}, []
    for line in open(weights_path, encoding="utf-8"):
        p = line.split()
        if line.startswith("#"):
            header.append(line.rstrip("\n"))
        elif len(p) == 3:
            current[(p[0], p[1])] = float(p[2])
    lines = header + [f"threshold {args.threshold}"] if args.free else ["# zh-extract person-name weights: logistic-regression weights of the candidate features.",
             "# Format: `<kind> <feature> <weight>` (kinds and features: src/recognize/person/candidates.rs),",
             "# and one `threshold <logit>` line: a candidate is kept when its logit exceeds it.",
             "# Fitted by tools/fit_person_weights.py on the learning lines of the pd1998 and CLUENER dev data",
             f"# (the first {args.pd_skip} and {args.cluener_skip} lines held out); one L2-regularised logistic",
             "# regression per kind.",
             f"threshold {args.threshold}"]
    for kind in KINDS:
        if kind not in rows:
            continue
        x, y = np.array(rows[kind]), np.array(labels[kind])
        if args.free:
            w = np.array([current.get((kind, name), 0.0) for name in names[kind]])
            free = np.array([f"{kind}.{name}" in args.free for name in names[kind]])
            if free.any():
                w[free] = fit(x[:, free], y, np.array(weights[kind]), args.l2, offset=x[:, ~free] @ w[~free])
        else:
            w = fit(x, y, np.array(weights[kind]), args.l2)
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        pred = p > 0.5
        tp = int((pred & (y > 0)).sum())
        print(f"{kind}: {len(y)} candidates, {int(y.sum())} positive; at p>0.5 precision "
              f"{tp / max(pred.sum(), 1):.3f} recall {tp / max(y.sum(), 1):.3f}", file=sys.stderr)
        offsets = dict(o.split("=") for o in args.offset)
        if not args.free:
            w[0] += float(offsets.get(kind, 0.0))
        fixed = dict(f.split("=") for f in args.set)
        for name, v in zip(names[kind], w):
            v = float(fixed.get(f"{kind}.{name}", v))
            lines.append(f"{kind} {name} {v:.4f}")
    with open(weights_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
