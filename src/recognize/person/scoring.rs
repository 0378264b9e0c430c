//! Weights of the candidate features and the choice of the best set of names.
//!
//! A candidate's score is a logistic-regression logit: the weighted sum of its
//! features, weights per kind read from `dictionaries/person_weights.txt` (fitted by
//! `tools/fit_person_weights.py`). Of overlapping candidates the recogniser keeps
//! the set with the largest total score among those scoring above the threshold —
//! a weighted interval choice, so two short names side by side (李鹏乔石) can beat
//! one long wrong reading, and a long name beats its own prefix when the evidence
//! says so.

#[cfg(test)]
use super::candidates::Candidate;
use super::candidates::{self, BOUNDS, Collect, Kind, MAX_FEATURES, Sink};
use super::gate::Gate;
use super::tables::Tables;
use crate::Error;
use crate::dictionary::parse;

/// Weights for every kind, and the score a candidate needs to be kept.
#[derive(Clone, Debug)]
pub(crate) struct Weights {
    by_kind: [[f32; MAX_FEATURES]; 3],
    pub(crate) threshold: f32,
    /// Per kind, the most the features of the stages after stage `s` can add to a
    /// score (see [`Weights::bound`]); zero until [`Weights::bound`] is called.
    rest: [[f32; BOUNDS]; 3],
    /// The quick filter of Chinese candidates; built by [`Weights::bound`].
    gate: Option<Gate>,
}

impl Weights {
    pub(crate) fn embedded() -> Result<Weights, Error> {
        Weights::parse(include_str!("../../../dictionaries/person_weights.txt"))
    }

    /// Reads `<kind> <feature> <weight>` lines and one `threshold <value>` line.
    pub(crate) fn parse(text: &str) -> Result<Weights, Error> {
        const NAME: &str = "dictionaries/person_weights.txt";
        let mut w = Weights {
            by_kind: [[0.0; MAX_FEATURES]; 3],
            threshold: 0.0,
            rest: [[0.0; BOUNDS]; 3],
            gate: None,
        };
        for line in parse::lines(NAME, text)? {
            let err = |m: String| Error::dictionary(NAME, line.number, m);
            let value = |s: &str| {
                s.parse::<f32>()
                    .ok()
                    .filter(|v| v.is_finite())
                    .ok_or_else(|| err(format!("{s:?} is not a finite number")))
            };
            match line.fields[..] {
                ["threshold", v] => w.threshold = value(v)?,
                [kind, feature, v] => {
                    let k = Kind::ALL
                        .into_iter()
                        .find(|k| k.name() == kind)
                        .ok_or_else(|| err(format!("unknown kind {kind:?}; expected chinese, surname or foreign")))?;
                    let i = k.features().iter().position(|f| *f == feature).ok_or_else(|| {
                        err(format!(
                            "{kind} has no feature {feature:?}; it has {}",
                            k.features().join(", ")
                        ))
                    })?;
                    w.by_kind[k as usize][i] = value(v)?;
                }
                _ => return Err(err("expected `<kind> <feature> <weight>` or `threshold <value>`".into())),
            }
        }
        Ok(w)
    }

    /// Fills in the bounds that let [`Scorer`] stop early: for each kind, the most the
    /// features of the stages after each stage can add (see [`candidates::stage_bounds`]).
    pub(crate) fn bound(mut self, tables: &Tables) -> Weights {
        for kind in Kind::ALL {
            let mut w = self.by_kind[kind as usize];
            // Features a kind does not have stay zero in its vectors.
            w[kind.features().len()..].fill(0.0);
            self.rest[kind as usize] = candidates::stage_bounds(&w, tables);
        }
        let chinese = Kind::Chinese as usize;
        self.gate = Some(Gate::new(
            tables,
            &self.by_kind[chinese],
            &self.rest[chinese],
            self.threshold,
        ));
        self
    }

    /// The quick filter of Chinese candidates (once [`Weights::bound`] built it).
    pub(crate) fn gate(&self) -> Option<&Gate> {
        self.gate.as_ref()
    }

    #[cfg(test)]
    pub(crate) fn score(&self, c: &Candidate) -> f32 {
        let w = &self.by_kind[c.kind as usize];
        w.iter().zip(&c.features).map(|(a, b)| a * b).sum()
    }
}

/// A sink that sums weighted features as they come and stops a candidate as soon as
/// it can no longer reach the threshold.
#[derive(Clone)]
pub(crate) struct Dot<'w> {
    w: &'w [f32; MAX_FEATURES],
    rest: &'w [f32; BOUNDS],
    threshold: f32,
    sum: f32,
}

impl Sink for Dot<'_> {
    #[inline]
    fn put(&mut self, i: usize, v: f32) {
        self.sum += self.w[i] * v;
    }

    #[inline]
    fn go_on(&self, stage: usize) -> bool {
        self.sum + self.rest[stage] > self.threshold
    }

    /// The test of [`Scorer`]'s `take`.
    fn keeps(&self) -> bool {
        self.sum - self.threshold > 0.0
    }
}

/// Scores candidates as they are generated and keeps those over the threshold.
pub(crate) struct Scorer<'a> {
    pub(crate) weights: &'a Weights,
    pub(crate) out: &'a mut Vec<Scored>,
}

impl<'a> Collect for Scorer<'a> {
    type Sink = Dot<'a>;

    fn sink(&self, kind: Kind) -> Dot<'a> {
        Dot {
            w: &self.weights.by_kind[kind as usize],
            rest: &self.weights.rest[kind as usize],
            threshold: self.weights.threshold,
            sum: 0.0,
        }
    }

    fn gate(&self) -> Option<&Gate> {
        self.weights.gate()
    }

    fn take(&mut self, start: usize, end: usize, _: Kind, sink: Dot<'a>) {
        let score = sink.sum - sink.threshold;
        if score > 0.0 {
            self.out.push(Scored { start, end, score });
        }
    }
}

/// A candidate span (bytes of the sentence) and its score.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scored {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) score: f32,
}

/// Buffers for [`choose`].
#[derive(Default, Debug)]
pub(crate) struct Choice {
    /// Best total of the first `k` candidates (by end), and whether candidate `k - 1` is in it.
    best: Vec<(f32, bool)>,
}

/// Keeps the non-overlapping subset of `cands` with the largest total score and
/// appends the chosen spans, in order, to `out`. `cands` get sorted by end.
pub(crate) fn choose(cands: &mut [Scored], buf: &mut Choice, out: &mut Vec<(usize, usize)>) {
    if cands.is_empty() {
        return;
    }
    cands.sort_unstable_by_key(|c| (c.end, c.start));
    buf.best.clear();
    buf.best.push((0.0, false));
    for (k, c) in cands.iter().enumerate() {
        // The candidates that end at or before this one starts come first.
        let before = cands[..k].partition_point(|p| p.end <= c.start);
        let with = buf.best[before].0 + c.score;
        let without = buf.best[k].0;
        buf.best
            .push(if with > without { (with, true) } else { (without, false) });
    }
    let first = out.len();
    let mut k = cands.len();
    while k > 0 {
        if buf.best[k].1 {
            let c = cands[k - 1];
            out.push((c.start, c.end));
            k = cands[..k - 1].partition_point(|p| p.end <= c.start);
        } else {
            k -= 1;
        }
    }
    out[first..].reverse();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(n: usize, cands: &[(usize, usize, f32)]) -> Vec<(usize, usize)> {
        let mut c: Vec<Scored> = cands
            .iter()
            .map(|&(start, end, score)| Scored { start, end, score })
            .collect();
        let mut out = Vec::new();
        choose(&mut c, &mut Choice::default(), &mut out);
        assert!(out.iter().all(|&(_, end)| end <= n));
        out
    }

    #[test]
    fn the_best_total_wins() {
        assert_eq!(pick(4, &[(0, 2, 1.0), (0, 3, 1.5), (2, 4, 1.0)]), vec![(0, 2), (2, 4)]);
        assert_eq!(pick(4, &[(0, 2, 1.0), (0, 3, 2.5), (2, 4, 1.0)]), vec![(0, 3)]);
        assert_eq!(pick(0, &[]), vec![]);
    }

    #[test]
    fn weights_name_their_errors() {
        assert!(Weights::parse("chinese bias -1\nthreshold 0.5\n").is_ok());
        let err = Weights::parse("chinese nonsense 1\n").unwrap_err().to_string();
        assert!(err.contains(":1:") && err.contains("no feature"), "{err}");
        assert!(Weights::parse("martian bias 1\n").is_err());
    }

    #[test]
    fn embedded_weights_load() {
        Weights::embedded().unwrap();
    }
}
