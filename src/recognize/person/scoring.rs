//! Weights of the candidate features and the choice of the best set of names.
//!
//! A candidate's score is a logistic-regression logit: the weighted sum of its
//! features, weights per kind read from `dictionaries/person_weights.txt` (fitted by
//! `tools/fit_person_weights.py`). Of overlapping candidates the recogniser keeps
//! the set with the largest total score among those scoring above the threshold —
//! a weighted interval choice, so two short names side by side (李鹏乔石) can beat
//! one long wrong reading, and a long name beats its own prefix when the evidence
//! says so.

use super::candidates::{Candidate, Kind, MAX_FEATURES};
use crate::Error;
use crate::dictionary::parse;

/// Weights for every kind, and the score a candidate needs to be kept.
#[derive(Clone, Debug)]
pub(crate) struct Weights {
    by_kind: [[f32; MAX_FEATURES]; 3],
    pub(crate) threshold: f32,
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

    /// The candidate's logit.
    pub(crate) fn score(&self, c: &Candidate) -> f32 {
        self.partial(c.kind, &c.features)
    }

    /// The logit of a feature vector of `kind`, some of whose features may not be filled in yet (zero).
    pub(crate) fn partial(&self, kind: Kind, features: &[f32; MAX_FEATURES]) -> f32 {
        let w = &self.by_kind[kind as usize];
        w.iter().zip(features).map(|(a, b)| a * b).sum()
    }
}

/// A candidate span and its score, in characters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scored {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) score: f32,
}

/// Buffers for [`choose`].
#[derive(Default, Debug)]
pub(crate) struct Choice {
    best: Vec<f32>,
    back: Vec<Option<usize>>,
}

/// Keeps the non-overlapping subset of `cands` with the largest total score and
/// appends the chosen spans, in order, to `out`. `n` is the sentence length in
/// characters; `cands` get sorted by end.
pub(crate) fn choose(n: usize, cands: &mut [Scored], buf: &mut Choice, out: &mut Vec<(usize, usize)>) {
    cands.sort_unstable_by_key(|c| (c.end, c.start));
    buf.best.clear();
    buf.best.resize(n + 1, 0.0);
    buf.back.clear();
    buf.back.resize(n + 1, None);
    let mut k = 0;
    for end in 1..=n {
        buf.best[end] = buf.best[end - 1];
        buf.back[end] = None;
        while k < cands.len() && cands[k].end == end {
            let c = cands[k];
            let total = buf.best[c.start] + c.score;
            if total > buf.best[end] {
                buf.best[end] = total;
                buf.back[end] = Some(k);
            }
            k += 1;
        }
    }
    let first = out.len();
    let mut end = n;
    while end > 0 {
        match buf.back[end] {
            Some(k) => {
                out.push((cands[k].start, cands[k].end));
                end = cands[k].start;
            }
            None => end -= 1,
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
        choose(n, &mut c, &mut Choice::default(), &mut out);
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
