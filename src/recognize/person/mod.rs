//! Person names.
//!
//! Names are found without a name list: candidates come from surnames
//! (`dictionaries/surnames.txt`) and from runs of characters typical of
//! transliterated names, and each is scored by a logistic model over evidence
//! learned from annotated news text — how typical each character is at its
//! given-name position, the characters and titles around the span, and how jieba
//! segmented it (a span inside a longer word, like 高新 in 高新区, is rarely a name).
//! Names the user added (`person` entries) are always taken.
//!
//! * [`tables`] — the learned statistics, in dense per-character arrays;
//! * [`candidates`] — candidate spans and their features;
//! * [`scoring`] — the weights and the choice among overlapping candidates.

mod candidates;
#[cfg(test)]
mod dump;
mod scoring;
mod tables;

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use super::Sentence;
use crate::Error;
use crate::dictionary::tag;
use candidates::{Candidate, Chars};
use scoring::{Choice, Scored, Weights};
use tables::Tables;

/// A user-added name outranks any candidate it overlaps.
const USER_NAME_SCORE: f32 = 1.0e4;

/// What the person recogniser knows; built once per extractor, cheap to clone.
#[derive(Clone, Debug)]
pub(crate) struct PersonModel {
    tables: Arc<Tables>,
    weights: Weights,
}

/// Buffers reused from sentence to sentence on one thread.
#[derive(Default)]
struct Scratch {
    chars: Chars,
    candidates: Vec<Candidate>,
    scored: Vec<Scored>,
    choice: Choice,
    chosen: Vec<(usize, usize)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl PersonModel {
    /// The model built from the embedded dictionaries.
    pub(crate) fn embedded() -> Result<PersonModel, Error> {
        Ok(PersonModel {
            tables: Arc::new(Tables::embedded()?),
            weights: Weights::embedded()?,
        })
    }

    /// Appends the person names of `s` to `out`, as sorted, non-overlapping ranges relative to `s.text`.
    pub(crate) fn find(&self, s: &Sentence<'_>, out: &mut Vec<Range<usize>>) {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.find_with(s, &mut scratch, out),
            Err(_) => self.find_with(s, &mut Scratch::default(), out),
        });
    }

    fn find_with(&self, s: &Sentence<'_>, sc: &mut Scratch, out: &mut Vec<Range<usize>>) {
        sc.chars.load(s);
        sc.candidates.clear();
        candidates::collect(&self.tables, s, &sc.chars, Some(&self.weights), &mut sc.candidates);
        sc.scored.clear();
        let threshold = self.weights.threshold;
        for c in &sc.candidates {
            let score = self.weights.score(c) - threshold;
            if score > 0.0 {
                sc.scored.push(Scored {
                    start: c.start,
                    end: c.end,
                    score,
                });
            }
        }
        let pos = &sc.chars.pos;
        for h in s.hits.iter().filter(|h| h.entry.is(tag::PERSON)) {
            if let (Ok(start), Ok(end)) = (pos.binary_search(&h.start), pos.binary_search(&h.end)) {
                sc.scored.push(Scored {
                    start,
                    end,
                    score: USER_NAME_SCORE,
                });
            }
        }
        sc.chosen.clear();
        scoring::choose(sc.chars.len(), &mut sc.scored, &mut sc.choice, &mut sc.chosen);
        out.extend(sc.chosen.iter().map(|&(a, b)| pos[a]..pos[b]));
    }
}
