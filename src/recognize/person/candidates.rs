//! Candidate name spans of one sentence and the evidence (features) for each.
//!
//! Three kinds of candidate, each scored by its own weights:
//!
//! * **Chinese**: a surname (single or compound) and one or two given-name characters.
//!   Both lengths are always tried, so a name whose last character jieba fused with
//!   the next word (肖惠|中等) competes with its shorter reading on the evidence.
//! * **Surname**: a surname alone before a title or honorific (江主席, 孙先生).
//! * **Foreign**: a run of characters typical of transliterated names, with middle
//!   dots (克林顿, 阿沛·阿旺晋美), and the run less its first or last character.
//!
//! Work is bounded per position (at most a handful of candidates, each reading a
//! fixed window), so a sentence costs time linear in its length.
//!
//! # Cost
//!
//! Most positions are no name, so features are computed in [stages](stage_bounds),
//! cheapest first: per-character statistics and word boundaries; then the right and
//! the left context; last the string lookups (jieba's dictionary, the lists of
//! common words and not-names). After each stage a [`Sink`] may stop: the scorer
//! stops when even the largest contribution the remaining features could make (a
//! bound computed from the weights once) would not lift the candidate over the
//! threshold, so pruning never changes a result. The sentence is read once into
//! per-character arrays; nothing is allocated per candidate.

use crate::charset::{Trimmed, ends_with_one_of};
use std::ops::Range;

use super::gate::Gate;
use super::tables::{BOS, CharStats, EOS, FastMap, RARE_BELOW, Tables, class, pair};
use crate::dictionary::tag;
use crate::recognize::{APPOINTING_VERBS, Sentence, is_han, one_of, starts_with_honorific};
use crate::segment::{JIEBA, with_word_class};

/// What kind of name a candidate would be; each kind has its own weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Chinese = 0,
    Surname = 1,
    Foreign = 2,
}

impl Kind {
    pub(crate) const ALL: [Kind; 3] = [Kind::Chinese, Kind::Surname, Kind::Foreign];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Chinese => "chinese",
            Kind::Surname => "surname",
            Kind::Foreign => "foreign",
        }
    }

    /// The names of this kind's features, in feature-vector order.
    pub(crate) fn features(self) -> &'static [&'static str] {
        match self {
            Kind::Chinese => CHINESE_FEATURES,
            Kind::Surname => SURNAME_FEATURES,
            Kind::Foreign => FOREIGN_FEATURES,
        }
    }
}

/// Indices of the features every kind reads (the order of the `features!` list).
pub(crate) mod feat {
    pub(crate) const BIAS: usize = 0;
    pub(crate) const LEFT1: usize = 1;
    pub(crate) const LEFT2: usize = 2;
    pub(crate) const RIGHT1: usize = 3;
    pub(crate) const RIGHT2: usize = 4;
    pub(crate) const TITLE_BEFORE: usize = 5;
    pub(crate) const TITLE_AFTER: usize = 6;
    pub(crate) const STARTS_WORD: usize = 7;
    pub(crate) const ENDS_WORD: usize = 8;
    pub(crate) const ONE_WORD: usize = 9;
    pub(crate) const INSIDE_WORD: usize = 10;
    pub(crate) const DICT_WORD: usize = 11;
    pub(crate) const NOT_NAME: usize = 12;
    pub(crate) const LEXICON_OVERLAP: usize = 13;
    pub(crate) const NEXT_HAN: usize = 14;
    pub(crate) const PREV_HAN: usize = 15;
    pub(crate) const MAX_LEFT: usize = 16;
    pub(crate) const MAX_RIGHT: usize = 17;
    pub(crate) const LAST_AS_RIGHT: usize = 18;
    pub(crate) const FIRST_AS_LEFT: usize = 19;
    pub(crate) const PLACE_AFTER: usize = 20;
    pub(crate) const PLACE_LAST: usize = 21;
    pub(crate) const COMMON_WORD: usize = 22;
    pub(crate) const OOV_WORD: usize = 23;
    pub(crate) const ORG_AFTER: usize = 24;
    pub(crate) const ORG_BEFORE: usize = 25;
    pub(crate) const VERY_COMMON: usize = 26;
    pub(crate) const RUN_GOES_ON: usize = 27;
    pub(crate) const NEXT_GUESSED: usize = 28;
    pub(crate) const CUTS_GUESSED: usize = 29;
}

/// Features every kind reads: the context of the span and how it sits among words.
pub(crate) const COMMON: usize = 30;

/// Indices of the Chinese kind's own features (the order of `CHINESE_FEATURES`).
pub(crate) mod chinese {
    use super::COMMON;
    pub(crate) const SURNAME: usize = COMMON;
    pub(crate) const COMPOUND: usize = COMMON + 1;
    pub(crate) const TWO_GIVEN: usize = COMMON + 2;
    pub(crate) const GIVEN_FIRST: usize = COMMON + 3;
    pub(crate) const GIVEN_SECOND: usize = COMMON + 4;
    pub(crate) const RARE_GIVEN: usize = COMMON + 5;
    pub(crate) const NEXT_GIVEN: usize = COMMON + 6;
    pub(crate) const GIVEN_WORD: usize = COMMON + 7;
    pub(crate) const SURNAME_WORD: usize = COMMON + 8;
    pub(crate) const LONE_NEXT: usize = COMMON + 9;
    pub(crate) const LONE_TAIL: usize = COMMON + 10;
}
macro_rules! features {
    ($($extra:literal),*) => {
        &["bias", "left1", "left2", "right1", "right2", "title_before", "title_after", "starts_word",
          "ends_word", "one_word", "inside_word", "dict_word", "not_name", "lexicon_overlap", "next_han",
          "prev_han", "max_left", "max_right", "last_as_right", "first_as_left", "place_after", "place_last", "common_word", "oov_word", "org_after", "org_before", "very_common", "run_goes_on", "next_guessed",
          "cuts_guessed", $($extra),*]
    };
}
const CHINESE_FEATURES: &[&str] = features![
    "surname",
    "compound",
    "two_given",
    "given_first",
    "given_second",
    "rare_given",
    "next_given",
    "given_word",
    "surname_word",
    "lone_next",
    "lone_tail"
];
const SURNAME_FEATURES: &[&str] = features!["surname"];
const FOREIGN_FEATURES: &[&str] = features![
    "length",
    "translit_mean",
    "translit_min",
    "dot",
    "surname_first",
    "match_report"
];

/// The largest feature vector of any kind.
pub(crate) const MAX_FEATURES: usize = 42;
const _: () = assert!(
    CHINESE_FEATURES.len() <= MAX_FEATURES
        && SURNAME_FEATURES.len() <= MAX_FEATURES
        && FOREIGN_FEATURES.len() <= MAX_FEATURES
        && SURNAME_FEATURES.len() > COMMON
);

/// Tags of the lexicon words that stand next to names and are never part of one.
/// Below this surname ratio a character is a weak surname (游, 患): see
/// `word_before_addressed_surname`.
const WEAK_SURNAME: f32 = 0.5;
/// A word at least this common (its log ratio outside names) before a surname and a form
/// of address is the surname's description, not the start of a name (游客|龙女士).
const COMMON_BEFORE_SURNAME: f32 = 5.0;

const NEXT_TO_NAMES: u16 = tag::TITLE | tag::BYLINE | tag::MODIFIER;

/// Tags of the lexicon words that stand right before a name and are never part of one:
/// after them a weak transliteration character may start or stand in a name (a modifier
/// like 原 is too often inside a word: 草原).
pub(crate) const TITLES: u16 = tag::TITLE | tag::BYLINE;

/// Longest transliterated run read as one candidate, in characters.
const MAX_RUN: usize = 24;

/// The context value of a title or byline word next to the span (`max_left`, `max_right`).
const TITLE_CONTEXT: f32 = 3.0;

/// Dictionary words more frequent than e^this are surely no names (`very_common`).
pub(crate) const VERY_COMMON_FROM: f32 = 6.0;

/// Common nouns of three characters more frequent than e^this are no names (`common_noun`).
const COMMON_NOUN_FROM: f32 = 4.6;

/// Number of stages; see [`stage_bounds`].
pub(crate) const STAGES: usize = 4;

/// Shared features are computed in stages. Stage 0: per-character statistics of the
/// span and word boundaries (and every kind's own features); 1: the right context
/// (characters, n-grams and lexicon hits after the span); 2: the left context; 3: string
/// lookups (jieba's dictionary, common words, not-names) and lexicon overlap. The right
/// context comes before the left because it rules out more candidates.
///
/// The stage that computes a shared feature.
#[cfg(test)]
pub(crate) fn stage_of(feature: usize) -> usize {
    use feat::*;
    match feature {
        RIGHT1 | RIGHT2 | TITLE_AFTER | MAX_RIGHT | ORG_AFTER | PLACE_AFTER => 1,
        LEFT1 | LEFT2 | TITLE_BEFORE | MAX_LEFT | ORG_BEFORE => 2,
        DICT_WORD | NOT_NAME | COMMON_WORD | OOV_WORD | VERY_COMMON | LEXICON_OVERLAP | RUN_GOES_ON | NEXT_GUESSED
        | CUTS_GUESSED => 3,
        _ => 0,
    }
}

/// For the features of stages 1, 2 and 3, the largest sum each stage can add to a
/// score with weights `w`: every combination of values the tables allow is tried
/// (the features of one stage are read together, so their maxima are not summed
/// separately, which would be far too loose to prune anything).
///
/// The entries after the stages' bound what the features of stage 3 read after a point
/// in it can add (see [`Bound`]): a candidate they leave under the threshold is spared
/// the rest of the stage.
pub(crate) fn stage_bounds(w: &[f32; MAX_FEATURES], t: &Tables) -> [f32; BOUNDS] {
    use feat::*;
    let (r_best, l_best, s_best) = (right_bounds(w, t).1, left_bound(w, t), strings_bound(w, t));
    // A margin for the rounding of sums taken in another order.
    const MARGIN: f32 = 1e-3;
    let (r, l, s) = (r_best + MARGIN, l_best + MARGIN, s_best + MARGIN);
    let tail = tail_bound(w);
    // The list lookups: not a name or not, and a common word's frequency (or none).
    let common_best = t
        .common_words
        .values()
        .copied()
        .chain([0.0])
        .map(|c| w[COMMON_WORD] * c + w[VERY_COMMON] * (c - VERY_COMMON_FROM).max(0.0))
        .fold(f32::MIN, f32::max);
    let lookups = w[NOT_NAME].max(0.0) + common_best + tail;
    [
        r + l + s,
        l + s,
        s,
        tail + MARGIN,
        lookups + MARGIN,
        lookups + w[OOV_WORD] + MARGIN,
    ]
}

/// The entries of [`stage_bounds`] past the stages', each the most the features of stage 3
/// read after a point can add.
pub(crate) enum Bound {
    /// After the string lookups: whether a run goes on, the guessed words at the end.
    Tail = STAGES as isize - 1,
    /// After the dictionary word's test, for a span that is no word jieba-rs made up:
    /// the lists' lookups and the tail.
    Lookups,
    /// The same for a word jieba-rs made up (`oov_word` 1).
    LookupsOov,
}

/// The number of entries of [`stage_bounds`].
pub(crate) const BOUNDS: usize = Bound::LookupsOov as usize + 1;

/// The most the features of stage 3 read after the string lookups can add (a part of
/// [`strings_bound`]).
fn tail_bound(w: &[f32; MAX_FEATURES]) -> f32 {
    use feat::*;
    // A word cannot both start at the span's end and cross it.
    w[RUN_GOES_ON].max(0.0) + w[NEXT_GUESSED].max(w[CUTS_GUESSED]).max(0.0)
}

/// The most the right context (stage 1) can add: per character right after the span
/// (for the characters that start a right-context n-gram; others add at most what a
/// character's own `right1` and place flag allow), and over all.
pub(crate) fn right_bounds(w: &[f32; MAX_FEATURES], t: &Tables) -> (FastMap<u32, f32>, f32) {
    use feat::*;
    let known: Vec<(char, CharStats)> = t.known().collect();
    let title_value = |b: bool| if b { TITLE_CONTEXT } else { 0.0 };
    let bools = [false, true];
    // Right: the character after the span (with its place-suffix flag), the n-gram, the hits.
    let right = |r1: f32, place: bool, r2: f32| {
        let mut best = f32::MIN;
        for title in bools {
            for org in bools {
                let v = w[RIGHT1] * r1
                    + w[RIGHT2] * r2
                    + w[TITLE_AFTER] * flag(title)
                    + w[MAX_RIGHT] * r1.max(r2).max(title_value(title))
                    + w[ORG_AFTER] * flag(org)
                    + w[PLACE_AFTER] * flag(place);
                best = best.max(v);
            }
        }
        best
    };
    let right_of = |c: char| t.get(c).right;
    let mut r_best = f32::MIN;
    for place in bools {
        r_best = r_best.max(right(0.0, place, 0.0));
    }
    for &(c, st) in &known {
        r_best = r_best.max(right(st.right, is_place_suffix(c), 0.0));
    }
    let mut by_first: FastMap<u32, f32> = FastMap::default();
    for (&key, &r2) in &t.right2 {
        let r1 = char::from_u32((key >> 32) as u32).unwrap_or(EOS);
        let v = right(right_of(r1), is_place_suffix(r1), r2);
        r_best = r_best.max(v);
        let best = by_first.entry(r1 as u32).or_insert(f32::MIN);
        *best = best.max(v);
    }
    (by_first, r_best)
}

/// The most the right context can add when `c` is the character right after the span;
/// `by_first` from [`right_bounds`].
pub(crate) fn right_most_after(w: &[f32; MAX_FEATURES], t: &Tables, by_first: &FastMap<u32, f32>, c: char) -> f32 {
    use feat::*;
    let r1 = t.get(c).right;
    let place = flag(is_place_suffix(c));
    let mut best = f32::MIN;
    for title in [0.0, 1.0] {
        for org in [0.0, 1.0] {
            let v = w[RIGHT1] * r1
                + w[TITLE_AFTER] * title
                + w[MAX_RIGHT] * r1.max(title * TITLE_CONTEXT)
                + w[ORG_AFTER] * org
                + w[PLACE_AFTER] * place;
            best = best.max(v);
        }
    }
    by_first.get(&(c as u32)).map_or(best, |&b| best.max(b))
}

/// The most the left context (stage 2) can add.
fn left_bound(w: &[f32; MAX_FEATURES], t: &Tables) -> f32 {
    use feat::*;
    let known: Vec<(char, CharStats)> = t.known().collect();
    let title_value = |b: bool| if b { TITLE_CONTEXT } else { 0.0 };
    let bools = [false, true];
    let left = |l1: f32, l2: f32| {
        let mut best = f32::MIN;
        for title in bools {
            for org in bools {
                let v = w[LEFT1] * l1
                    + w[LEFT2] * l2
                    + w[TITLE_BEFORE] * flag(title)
                    + w[MAX_LEFT] * l1.max(l2).max(title_value(title))
                    + w[ORG_BEFORE] * flag(org);
                best = best.max(v);
            }
        }
        best
    };
    let mut l_best = left(0.0, 0.0);
    for &(_, st) in &known {
        l_best = l_best.max(left(st.left, 0.0));
    }
    for (&key, &l2) in &t.left2 {
        let l1 = char::from_u32(key as u32).unwrap_or(BOS);
        l_best = l_best.max(left(t.get(l1).left, l2));
    }
    l_best
}

/// The most the left context can add when `c` is the character right before the span
/// ([`BOS`] for none), for every character that ends a left-context n-gram (others add
/// at most what [`left_most_before`] finds without one).
pub(crate) fn left_bounds(w: &[f32; MAX_FEATURES], t: &Tables) -> FastMap<u32, f32> {
    let mut by_last: FastMap<u32, f32> = FastMap::default();
    for (&key, &l2) in &t.left2 {
        let l1 = char::from_u32(key as u32).unwrap_or(BOS);
        let v = left_most(w, t.get(l1).left, l2);
        let best = by_last.entry(l1 as u32).or_insert(f32::MIN);
        *best = best.max(v);
    }
    by_last
}

/// The most the left context can add with `left1` and `left2` (title and organisation
/// before the span or not).
fn left_most(w: &[f32; MAX_FEATURES], l1: f32, l2: f32) -> f32 {
    use feat::*;
    let mut best = f32::MIN;
    for title in [0.0, 1.0] {
        for org in [0.0, 1.0] {
            let v = w[LEFT1] * l1
                + w[LEFT2] * l2
                + w[TITLE_BEFORE] * title
                + w[MAX_LEFT] * l1.max(l2).max(title * TITLE_CONTEXT)
                + w[ORG_BEFORE] * org;
            best = best.max(v);
        }
    }
    best
}

/// The most the left context can add when `c` is the character right before the span;
/// `by_last` from [`left_bounds`].
pub(crate) fn left_most_before(w: &[f32; MAX_FEATURES], t: &Tables, by_last: &FastMap<u32, f32>, c: char) -> f32 {
    let best = left_most(w, t.get(c).left, 0.0);
    by_last.get(&(c as u32)).map_or(best, |&b| best.max(b))
}

/// The most the string lookups and the lexicon overlap (stage 3) can add: the most of
/// [`strings_bound_shaped`] for a span that is one word (`oov_word` may be 1), whether a
/// word starts at its end or not (`next_guessed` or `cuts_guessed` may be 1).
fn strings_bound(w: &[f32; MAX_FEATURES], t: &Tables) -> f32 {
    strings_bound_shaped(w, t, true, true).max(strings_bound_shaped(w, t, true, false))
}

/// [`strings_bound`] for the spans of a shape, which the word boundaries tell before
/// anything is read: by `one_word` whether the span is one jieba-rs word (else
/// `oov_word` is 0), and by `cut` whether no word starts at its end, inside the
/// sentence (else `cuts_guessed` is 0, as no word crosses the end; with a word starting
/// there `next_guessed` may be 1, at the end of the sentence neither).
pub(crate) fn strings_bound_shaped(w: &[f32; MAX_FEATURES], t: &Tables, one_word: bool, cut: bool) -> f32 {
    use feat::*;
    let bools = [false, true];
    let guessed = if cut { w[CUTS_GUESSED] } else { w[NEXT_GUESSED] };
    let mut s_best = f32::MIN;
    for common in t.common_words.values().copied().chain([0.0]) {
        for dict in bools {
            for not_name in bools {
                for overlap in bools {
                    let v = w[DICT_WORD] * flag(dict)
                        + w[NOT_NAME] * flag(not_name)
                        + w[COMMON_WORD] * common
                        + w[OOV_WORD] * flag(one_word && !dict)
                        + w[VERY_COMMON] * (common - VERY_COMMON_FROM).max(0.0)
                        + w[LEXICON_OVERLAP] * flag(overlap)
                        + w[RUN_GOES_ON].max(0.0)
                        + guessed.max(0.0);
                    s_best = s_best.max(v);
                }
            }
        }
    }
    s_best
}

/// Where a candidate's features go as they are computed.
pub(crate) trait Sink: Clone {
    /// Records feature `i` with value `v`.
    fn put(&mut self, i: usize, v: f32);
    /// Called after each stage but the last, and at the points of the last that
    /// [`Bound`] names (`stage` is then the bound's index): false drops the candidate.
    fn go_on(&self, stage: usize) -> bool;
    /// Once every feature is in: could the collector keep the candidate? (False only
    /// when it surely drops it.)
    fn keeps(&self) -> bool {
        true
    }
}

/// Two sinks fed the same features but one binary feature, 1 in `with` and 0 in
/// `without`, each followed through the stages as if it were alone: the feature need
/// be read only when one of them is kept.
#[derive(Clone)]
struct Both<S> {
    with: S,
    without: S,
    /// Whether each got through every stage so far.
    alive: std::cell::Cell<(bool, bool)>,
}

impl<S: Sink> Sink for Both<S> {
    fn put(&mut self, i: usize, v: f32) {
        self.with.put(i, v);
        self.without.put(i, v);
    }

    fn go_on(&self, stage: usize) -> bool {
        let (with, without) = self.alive.get();
        let alive = (with && self.with.go_on(stage), without && self.without.go_on(stage));
        self.alive.set(alive);
        alive.0 || alive.1
    }
}

/// Keeps every feature (for the weight-fitting dump and the explain tool).
#[cfg(test)]
#[derive(Clone)]
pub(crate) struct Record(pub(crate) [f32; MAX_FEATURES]);

#[cfg(test)]
impl Sink for Record {
    fn put(&mut self, i: usize, v: f32) {
        self.0[i] = v;
    }

    fn go_on(&self, _: usize) -> bool {
        true
    }
}

/// What the generator does with candidates: gives each a sink, and takes it back
/// filled when the candidate got through every stage.
pub(crate) trait Collect {
    /// Where one candidate's features go.
    type Sink: Sink;
    /// A fresh sink for a candidate of `kind`.
    fn sink(&self, kind: Kind) -> Self::Sink;
    /// A candidate that got through every stage.
    fn take(&mut self, start: usize, end: usize, kind: Kind, sink: Self::Sink);
    /// The quick filter for Chinese candidates, when this collector prunes.
    fn gate(&self) -> Option<&Gate> {
        None
    }
}

/// A candidate span (bytes of the sentence) with all its features.
#[cfg(test)]
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) features: [f32; MAX_FEATURES],
}

/// Collects every candidate with all its features.
#[cfg(test)]
impl Collect for Vec<Candidate> {
    type Sink = Record;

    fn sink(&self, _: Kind) -> Record {
        Record([0.0; MAX_FEATURES])
    }

    fn take(&mut self, start: usize, end: usize, kind: Kind, sink: Record) {
        self.push(Candidate {
            start,
            end,
            kind,
            features: sink.0,
        });
    }
}

/// What segmentation and the lexicon say about a sentence, by byte offset. Characters
/// themselves are decoded from the text where they are needed: the scan reads every
/// character once, and only candidates read their neighbours again.
#[derive(Default, Debug)]
pub(crate) struct Marks {
    /// One bit per byte of the sentence: a jieba word starts there.
    word_starts: Vec<u64>,
    /// Tags of a lexicon hit starting at each byte (one more entry for the end).
    pub(crate) hit_starts: Vec<u16>,
    /// Tags of a lexicon hit ending at each byte (one more entry for the end).
    pub(crate) hit_ends: Vec<u16>,
    len: usize,
}

impl Marks {
    /// Reads the words and hits of `s`, reusing the buffers.
    pub(crate) fn load(&mut self, s: &Sentence<'_>) {
        let len = s.text.len();
        self.len = len;
        self.word_starts.clear();
        self.word_starts.resize(len / 64 + 1, 0);
        // The first character always starts a word.
        self.word_starts[0] = 1;
        // The bits of a block of 64 bytes are gathered in a register and stored once, when
        // a word starts in a later block (the words come in order): a load and a store a
        // block, not a word.
        let (mut block, mut bits) = (0, 1);
        for w in s.words {
            if w.start / 64 != block {
                if let Some(b) = self.word_starts.get_mut(block) {
                    *b |= bits;
                }
                (block, bits) = (w.start / 64, 0);
            }
            bits |= 1 << (w.start % 64);
        }
        if let Some(b) = self.word_starts.get_mut(block) {
            *b |= bits;
        }
        self.hit_starts.clear();
        self.hit_starts.resize(len + 1, 0);
        self.hit_ends.clear();
        self.hit_ends.resize(len + 1, 0);
        for h in s.hits {
            if let Some(t) = self.hit_starts.get_mut(h.start) {
                *t |= h.entry.tags;
            }
            if let Some(t) = self.hit_ends.get_mut(h.end) {
                *t |= h.entry.tags;
            }
        }
    }

    /// The word-start bits of the 64 bytes from byte `i` on (bit 0 for byte `i`).
    #[inline(always)]
    pub(crate) fn bits(&self, i: usize) -> u64 {
        let (q, r) = (i / 64, i % 64);
        let low = self.word_starts.get(q).map_or(0, |&w| w >> r);
        // The next word's bits above them: `w << (64 - r)`, in two shifts so that `r` = 0
        // takes none of them (with no branch).
        let high = self.word_starts.get(q + 1).map_or(0, |&w| (w << 1) << (63 - r));
        low | high
    }

    /// The length of the sentence in bytes.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// True when a word starts at byte `i` (false at the end of the sentence).
    #[inline(always)]
    pub(crate) fn starts_word(&self, i: usize) -> bool {
        // (Bit 0 of `bits(i)`: one word of the bits is read.)
        i < self.len && self.word_starts.get(i / 64).is_some_and(|&w| w >> (i % 64) & 1 != 0)
    }

    /// True when a word ends right before byte `end`.
    #[inline(always)]
    pub(crate) fn ends_word(&self, end: usize) -> bool {
        end >= self.len || self.starts_word(end)
    }

    /// True when no word starts strictly inside `start..end`.
    #[inline(always)]
    pub(crate) fn within_word(&self, start: usize, end: usize) -> bool {
        match end.saturating_sub(start) {
            0..=1 => true,
            n @ 2..64 => self.bits(start) & (((1u64 << n) - 1) & !1) == 0,
            _ => self.within_long_span(start, end),
        }
    }

    /// [`Marks::within_word`] for a span of 64 bytes or more (rare: kept out of line, so
    /// that the callers' loops carry none of its set-up).
    #[cold]
    #[inline(never)]
    fn within_long_span(&self, start: usize, end: usize) -> bool {
        (start + 1..end).step_by(63).all(|k| {
            let n = (end - k).min(63);
            self.bits(k) & ((1u64 << n) - 1) == 0
        })
    }

    /// True when `start..end` is exactly one jieba word.
    #[inline(always)]
    pub(crate) fn is_word(&self, start: usize, end: usize) -> bool {
        self.starts_word(start) && self.ends_word(end) && self.within_word(start, end)
    }
}

/// Decodes the three-byte character whose first byte is `x` (the common case: every
/// CJK ideograph), or `None` when `x` does not start one.
#[inline]
fn three_bytes(x: u8, y: u8, z: u8) -> Option<char> {
    if x & 0xF0 != 0xE0 {
        return None;
    }
    char::from_u32((u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F))
}

/// The character starting at byte `i` of `text`.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    if let Some(&[x, y, z]) = text.as_bytes().get(i..i + 3)
        && let Some(c) = three_bytes(x, y, z)
    {
        return Some(c);
    }
    text.get(i..)?.chars().next()
}

/// The character ending at byte `i` of `text`, with its start.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<(usize, char)> {
    if i >= 3
        && let Some(&[x, y, z]) = text.as_bytes().get(i - 3..i)
        && let Some(c) = three_bytes(x, y, z)
    {
        return Some((i - 3, c));
    }
    let c = text.get(..i)?.chars().next_back()?;
    Some((i - c.len_utf8(), c))
}

/// The nearest character before byte `i` that is not a space (looking back at most three
/// characters), with its start; none at a line's start, which is read as the text's.
pub(crate) fn before(text: &str, mut i: usize) -> Option<(usize, char)> {
    for _ in 0..3 {
        let (k, c) = char_before(text, i)?;
        if c == '\n' {
            return None;
        }
        if c != ' ' {
            return Some((k, c));
        }
        i = k;
    }
    None
}

/// The nearest character at or after byte `i` that is not a space (looking at most three
/// characters ahead), with its start; none at a line's end, which is read as the text's
/// (a table's row ending in a name: 青山市实验小学 阎晓东).
pub(crate) fn after(text: &str, mut i: usize) -> Option<(usize, char)> {
    for _ in 0..3 {
        let c = char_at(text, i)?;
        if c == '\n' {
            return None;
        }
        if c != ' ' {
            return Some((i, c));
        }
        i += 1;
    }
    None
}

/// What the scan of [`collect`] notes in passing for the other readers of the sentence,
/// so that no other pass need read every character again.
#[derive(Default, Debug)]
pub(crate) struct Seen {
    /// The byte offsets of the characters that may join the parts of a name (`-`, `.`,
    /// middle dots: see [`joined`](super::joined)).
    pub(crate) joiners: Vec<usize>,
    /// The byte offsets of 为 (选举甲为…: the appointees' reader looks at each).
    pub(crate) wei: Vec<usize>,
    /// The byte offsets of 任 (甲任集团公司总经理: the appointees' reader looks at each).
    pub(crate) ren: Vec<usize>,
    // Whether the sentence holds each other mark the [`slot`](super::slot) readers search
    // for (most sentences hold none of them):
    /// 由 (由甲兼任…).
    pub(crate) you: bool,
    /// 免 (免去甲的…职务).
    pub(crate) mian: bool,
    /// 职 (of 职务, which closes every removal's clause).
    pub(crate) zhi: bool,
    /// 长, which every title that jieba-rs keeps one word with its body's name ends with
    /// (国防部长: see [`role::find`](crate::recognize::role::find)).
    pub(crate) chang: bool,
    /// A verb of speech before a quotation (答, 问, 道, 曰: see [`speaks`]).
    pub(crate) speech: bool,
    /// 某 (张某).
    pub(crate) mou: bool,
    /// 岁 (of an age: 甲现年48岁).
    pub(crate) sui: bool,
    /// 释, the surname of a dharma name (释宏愿: see [`dharma`](super::dharma)).
    pub(crate) shi: bool,
    /// The byte offsets of the characters that start a Japanese family name (see
    /// [`japanese`](super::japanese)).
    pub(crate) japanese: Vec<usize>,
    /// 老 or 小 (老张, 小许: see [`familiar`](super::familiar)).
    pub(crate) familiar: bool,
    /// `(` (（甲摄）).
    pub(crate) open: bool,
    /// `:` (姓名：甲).
    pub(crate) colon: bool,
    /// A tab or a space (a list's column: two spaces, or one between a name and its posts).
    pub(crate) blanks: bool,
    /// A surname comes back two or three characters on (王诚王, 李小芳李): where the
    /// [`readdressed`](super::readdressed) names may stand.
    pub(crate) surname_repeat: bool,
    /// The characters other readers of the sentence look for.
    pub(crate) cues: crate::recognize::Cues,
    /// The character of an administrative unit (省, 市, 县 …), for [`super::Scanned`].
    pub(crate) admin_unit: bool,
    /// The byte offsets where a number may start (an ASCII digit, `.`, or a character of
    /// [`starts_numeral`](crate::numbers::starts_numeral)), for the number reader, which
    /// need then not read the text again to find them.
    pub(crate) numerals: Vec<usize>,
}

/// Does the character of code `code` at byte `i` of `text` stand two or three characters
/// before it too (王诚王, 李小芳李)? (Looked at only for a surname: see
/// [`Seen::surname_repeat`].)
#[inline(always)]
fn comes_back(text: &str, i: usize, code: u32) -> bool {
    // Nearly always the characters before are ideographs too, of three bytes: their bytes
    // are compared with the surname's (a lead byte of three at `k` starts a character
    // ending at `k + 3`). Others are decoded.
    let b = text.as_bytes();
    let three_at = |k: usize| b.get(k).is_some_and(|x| x & 0xF0 == 0xE0);
    if i >= 6 && three_at(i - 3) && three_at(i - 6) {
        if b.get(i - 6..i - 3) == b.get(i..i + 3) {
            return true;
        }
        if i == 6 {
            return false;
        }
        if i >= 9 && three_at(i - 9) {
            return b.get(i - 9..i - 6) == b.get(i..i + 3);
        }
    }
    comes_back_decoded(text, i, code)
}

/// [`comes_back`] for characters of any width.
#[inline(never)]
fn comes_back_decoded(text: &str, i: usize, code: u32) -> bool {
    let Some((one, _)) = char_before(text, i) else {
        return false;
    };
    let Some((two, c2)) = char_before(text, one) else {
        return false;
    };
    c2 as u32 == code || char_before(text, two).is_some_and(|(_, c3)| c3 as u32 == code)
}

impl Seen {
    /// Forgets what an earlier sentence held, keeping the buffer.
    pub(crate) fn clear(&mut self) {
        self.joiners.clear();
        self.japanese.clear();
        self.wei.clear();
        self.ren.clear();
        self.numerals.clear();
        (
            self.mian,
            self.zhi,
            self.speech,
            self.mou,
            self.familiar,
            self.open,
            self.colon,
            self.blanks,
        ) = (false, false, false, false, false, false, false, false);
        self.surname_repeat = false;
        self.chang = false;
        self.you = false;
        self.sui = false;
        self.shi = false;
        self.cues = crate::recognize::Cues::default();
        self.admin_unit = false;
    }

    /// What the readers after the person readers need of it.
    pub(crate) fn scanned(&self) -> super::Scanned {
        super::Scanned {
            cues: crate::recognize::Cues {
                open: self.open,
                ..self.cues
            },
            admin_unit: self.admin_unit,
            colon: self.colon,
            zhi: self.zhi,
            chang: self.chang,
        }
    }
}

/// Generates every candidate of the sentence, handing each to `out`, and notes in `seen`
/// what other readers look for (see [`Seen`]).
pub(crate) fn collect<C: Collect>(t: &Tables, s: &Sentence<'_>, m: &Marks, out: &mut C, seen: &mut Seen) {
    let scan = Scan {
        t,
        s,
        m,
        match_report: std::cell::OnceCell::new(),
    };
    let text = s.text;
    // Foreign runs found so far end here; a run is read whole from its first character.
    let mut run_end = 0;
    let bytes = text.as_bytes();
    // (Kept here and noted once at the end: a store a character otherwise.)
    let mut surname_repeat = false;
    let mut i = 0;
    // Every trigger (surname, transliteration character) is a CJK ideograph: three bytes
    // in UTF-8. Other characters are stepped over by their first byte alone.
    while i < bytes.len() {
        // Most characters are ideographs whose class bits say no more (nothing below looks
        // at them): a run of them is stepped over in a loop of its own, a bounds test, a
        // decoding and a load of the class bits a character.
        // (Read through a slice that shrinks: one test of its length a character, where an
        // offset three bytes on was tested for overflow and against the sentence's length.)
        let mut found = None;
        let mut rest = &bytes[i..];
        while let [x, y, z, ..] = *rest
            && x & 0xF0 == 0xE0
        {
            let code = (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
            let bits = t.class_of_code(code);
            if bits & !class::HAN != 0 {
                found = Some((code, bits));
                break;
            }
            rest = &rest[3..];
        }
        i = bytes.len() - rest.len();
        let (code, bits) = match (found, &bytes[i..]) {
            (Some(found), _) => found,
            (None, &[x, ..]) => {
                match x {
                    0..0x80 => {
                        match x {
                            b'0'..=b'9' => seen.numerals.push(i),
                            b'-' => seen.joiners.push(i),
                            b'.' => {
                                seen.joiners.push(i);
                                seen.numerals.push(i);
                            }
                            b'(' => seen.open = true,
                            b':' => seen.colon = true,
                            b'\t' | b' ' => seen.blanks = true,
                            // The v of vs, where a club stands.
                            b'v' | b'V' => seen.cues.club = true,
                            _ => {}
                        }
                        i += 1;
                    }
                    0x80..0xE0 => {
                        // U+00B7 MIDDLE DOT.
                        if x == 0xC2 && bytes.get(i + 1) == Some(&0xB7) {
                            seen.joiners.push(i);
                        }
                        i += 2;
                    }
                    0xF0.. => i += 4,
                    // (A three-byte character cut short: not in a `str`.)
                    _ => i += 3,
                }
                continue;
            }
            (None, []) => break,
        };
        let next = i + 3;
        let Some(ch) = char::from_u32(code) else {
            i = next;
            continue;
        };
        if bits & class::JAPANESE != 0 {
            seen.japanese.push(i);
        }
        // A surname read again two or three characters on: looked for at surnames only
        // (the tables' surnames all have the class bit, else the pass below does).
        if bits & class::SURNAME != 0 && !surname_repeat {
            surname_repeat = comes_back(text, i, code);
        }
        // The few characters other readers look for, behind one test of the class bits.
        if bits & (class::CUE | class::MARK) != 0 {
            // (The middle dots of three bytes: • ・ ‧.)
            if is_dot(ch) {
                seen.joiners.push(i);
            }
            match ch {
                '为' => seen.wei.push(i),
                '任' => seen.ren.push(i),
                '由' => seen.you = true,
                '免' => seen.mian = true,
                '职' => seen.zhi = true,
                '长' => seen.chang = true,
                '答' | '问' | '道' | '曰' => seen.speech = true,
                '省' | '市' | '县' | '区' | '州' | '镇' | '乡' | '村' | '盟' | '旗' => seen.admin_unit = true,
                '某' => seen.mou = true,
                '岁' => seen.sui = true,
                '释' => seen.shi = true,
                '老' | '小' => seen.familiar = true,
                _ => {}
            }
            if bits & class::CUE != 0 {
                seen.cues.note(ch);
            }
            if crate::numbers::starts_numeral(ch) {
                seen.numerals.push(i);
            }
        }
        // A character transliterations share with ordinary text starts a run only right
        // after a title (主帅|多梅里克).
        let titled_weak = bits & class::WEAK_TRANSLIT != 0 && m.hit_ends[i] & TITLES != 0;
        if (bits & (class::SURNAME | class::COMPOUND_FIRST | class::TRANSLIT) != 0 || titled_weak)
            && !(bits & (class::SURNAME | class::COMPOUND_FIRST) == 0 && ends_run(t, bytes, next))
        {
            scan.trigger(i, next, ch, bits, &mut run_end, out);
        }
        i = next;
    }
    if !t.surnames_classed {
        surname_repeat = text
            .char_indices()
            .any(|(i, c)| t.get(c).is_surname && comes_back(text, i, c as u32));
    }
    seen.surname_repeat |= surname_repeat;
}

/// Does the run of transliteration characters a character before byte `next` starts
/// end with that character: is what follows it (the sentence's end, or a character of
/// three bytes) no character of theirs, weak or not, nor a middle dot? A run of one
/// character is no candidate, so a character that is no surname is then passed over
/// (most of them stand alone in ordinary text: 克 of 克服, 斯 of 斯时), and nothing is
/// read of it: the call, the run's reading and its test of a form of address after it.
/// (The run that [`Scan::foreign_run`] reads from it would end there, and where it ends
/// matters to no later character: each starts after it.)
#[inline(always)]
fn ends_run(t: &Tables, bytes: &[u8], next: usize) -> bool {
    match bytes.get(next..next + 3) {
        Some(&[x, y, z]) if x & 0xF0 == 0xE0 => {
            let code = (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
            // (• ・ ‧: the middle dots of three bytes.)
            t.class_of_code(code) & (class::TRANSLIT | class::WEAK_TRANSLIT) == 0
                && !matches!(code, 0x2022 | 0x30FB | 0x2027)
        }
        _ => next == bytes.len(),
    }
}

/// What the candidate functions read.
struct Scan<'a, 's> {
    t: &'a Tables,
    s: &'a Sentence<'s>,
    m: &'a Marks,
    /// Whether the sentence reads like a match report, computed for the first foreign candidate.
    match_report: std::cell::OnceCell<bool>,
}

/// Is `ch` a middle dot that joins the parts of a transliterated name (· • ・ ‧)?
pub(crate) fn is_dot(ch: char) -> bool {
    matches!(ch, '·' | '•' | '・' | '‧')
}

pub(crate) fn flag(b: bool) -> f32 {
    f32::from(u8::from(b))
}

/// A Chinese candidate span, in bytes, and its characters.
pub(crate) struct Span {
    pub(crate) start: usize,
    /// Where the given name starts (after the surname).
    pub(crate) given: usize,
    pub(crate) end: usize,
    /// The first character of the surname, and the surname's ratio.
    pub(crate) surname: char,
    pub(crate) value: f32,
    /// The first and last characters of the given name (the same for one character).
    pub(crate) first_given: char,
    pub(crate) last: char,
    /// A given name of two characters.
    pub(crate) two: bool,
}

/// The right context of a span: the features of stage 1.
#[derive(Clone, Copy)]
pub(crate) struct Right {
    pub(crate) right1: f32,
    pub(crate) right2: f32,
    pub(crate) title_after: bool,
    pub(crate) org_after: bool,
    pub(crate) place_after: bool,
}

impl Right {
    /// The strongest sign on the right: a title word is worth a strong context n-gram.
    pub(crate) fn max_right(&self) -> f32 {
        let title = if self.title_after { TITLE_CONTEXT } else { 0.0 };
        self.right1.max(self.right2).max(title)
    }

    /// Its features weighted by `w` and summed: the gate's reading of it.
    pub(crate) fn weighted(&self, w: &[f32; MAX_FEATURES]) -> f32 {
        let mut k = Weighted { w, sum: 0.0 };
        self.put(&mut k);
        k.sum
    }

    fn put(&self, k: &mut impl Sink) {
        use feat::*;
        k.put(RIGHT1, self.right1);
        k.put(RIGHT2, self.right2);
        k.put(TITLE_AFTER, flag(self.title_after));
        k.put(MAX_RIGHT, self.max_right());
        k.put(ORG_AFTER, flag(self.org_after));
        k.put(PLACE_AFTER, flag(self.place_after));
    }
}

/// A sink that only sums weighted features: one list of a context's features serves both
/// the candidate's record and the gate's bound on it.
#[derive(Clone)]
struct Weighted<'w> {
    w: &'w [f32; MAX_FEATURES],
    sum: f32,
}

impl Sink for Weighted<'_> {
    #[inline]
    fn put(&mut self, i: usize, v: f32) {
        self.sum += self.w[i] * v;
    }

    fn go_on(&self, _: usize) -> bool {
        true
    }
}

/// The left context of a span: the features of stage 2.
#[derive(Clone, Copy)]
pub(crate) struct Left {
    pub(crate) left1: f32,
    pub(crate) left2: f32,
    pub(crate) title_before: bool,
    pub(crate) org_before: bool,
}

impl Left {
    /// The strongest sign on the left: a title word is worth a strong context n-gram.
    pub(crate) fn max_left(&self) -> f32 {
        let title = if self.title_before { TITLE_CONTEXT } else { 0.0 };
        self.left1.max(self.left2).max(title)
    }

    /// Its features weighted by `w` and summed: the gate's reading of it.
    pub(crate) fn weighted(&self, w: &[f32; MAX_FEATURES]) -> f32 {
        let mut k = Weighted { w, sum: 0.0 };
        self.put(&mut k);
        k.sum
    }

    fn put(&self, k: &mut impl Sink) {
        use feat::*;
        k.put(LEFT1, self.left1);
        k.put(LEFT2, self.left2);
        k.put(TITLE_BEFORE, flag(self.title_before));
        k.put(MAX_LEFT, self.max_left());
        k.put(ORG_BEFORE, flag(self.org_before));
    }
}

/// What stage 0 learns that a later stage needs again.
#[derive(Clone, Copy)]
struct Around {
    /// The span is exactly one jieba word.
    one_word: bool,
}

impl Scan<'_, '_> {
    /// The candidates that start at the character `ch`, of three bytes (`i..next`), with [`class`] `bits`.
    #[inline(never)]
    fn trigger<C: Collect>(&self, i: usize, next: usize, ch: char, bits: u8, run_end: &mut usize, out: &mut C) {
        let t = self.t;
        // The last character of a title is no surname (首席财务|官|周敏: jieba-rs glued 官周敏),
        // nor is one that goes on a number (500|余萬元 'over five million yuan', 3|万人).
        if bits & class::SURNAME != 0 && self.m.hit_ends[next] & tag::TITLE == 0 && !self.goes_on_number(i, ch) {
            let surname = t.get(ch).surname;
            // The gate judges both lengths at once, in the common shape, and most often drops
            // both: then there is nothing to call for.
            // (The left context the gate reads is the same for both lengths: kept for them.)
            let mut left = None;
            let quick = out.gate().and_then(|gate| {
                // (`ch` is a character of three bytes: the scan triggers on no other.)
                gate.quick(t, self.s.text, self.m, i, ch as u32, surname, |b1| {
                    *left.insert(self.left_context_before(b1))
                })
            });
            // (Where the gate could not judge them, the given name's first character is
            // looked at first: no ideograph there, no candidate — half the surnames the gate
            // leaves (于|2019年), which `chinese` would find only after its set-up.)
            let judged = quick.is_some() || char_at(self.s.text, next).is_some_and(|g| self.is_han(g));
            if judged && quick != Some([None, None]) {
                self.chinese(i, next, ch, surname, quick, left, out);
            }
            self.surname_only(i, next, ch, surname, out);
        }
        if bits & class::COMPOUND_FIRST != 0
            && let Some(b) = char_at(self.s.text, next)
            && let Some(&v) = t.compound.get(&pair(ch, b))
        {
            self.chinese(i, next + b.len_utf8(), ch, v, None, None, out);
        }
        // A run starts after a title that ends in a transliteration character (主帅|加斯佩里尼).
        let starts_run = bits & class::TRANSLIT != 0 || self.m.hit_ends[i] & TITLES != 0;
        // (A run that would end with this character, as most do, is not read: see
        // `ends_run`, which the scan asks of the characters that are no surnames.)
        if starts_run
            && i >= *run_end
            && self.m.hit_ends[next] & NEXT_TO_NAMES == 0
            && !ends_run(t, self.s.text.as_bytes(), next)
        {
            *run_end = self.foreign_run(i, out);
        }
    }

    /// Does `ch`, at byte `i`, go on the number right before it: 余 'and more' or a scale
    /// word (万, 千) after a digit or a Chinese numeral?
    fn goes_on_number(&self, i: usize, ch: char) -> bool {
        if !matches!(ch, '余' | '万' | '萬' | '千' | '百' | '亿' | '億') {
            return false;
        }
        let text = self.s.text;
        // One space may stand inside a numeral (五百 余萬).
        let before = match char_before(text, i) {
            Some((k, ' ')) => char_before(text, k),
            other => other,
        };
        before.is_some_and(|(_, c)| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || one_of("一二三四五六七八九十两百千万", c)
        })
    }

    fn is_han(&self, c: char) -> bool {
        self.t.class(c) & class::HAN != 0
    }

    /// A surname (`i..given`, `surname` its first character) and one or two given-name
    /// characters. `quick`: the gate's judgement of both lengths at once ([`Gate::quick`]),
    /// when it could judge them (a single surname in the common shape); `known_left`: the
    /// left context, when the gate read it already.
    #[allow(clippy::too_many_arguments)]
    fn chinese<C: Collect>(
        &self,
        i: usize,
        given: usize,
        surname: char,
        value: f32,
        quick: Option<[Option<f32>; 2]>,
        known_left: Option<Left>,
        out: &mut C,
    ) {
        let (t, text) = (self.t, self.s.text);
        // A title right after the surname is no given name (张|局长), nor is a line of work
        // before one (原|青训|总监, 张|财务|总监): the surname alone is the candidate then.
        if self
            .m
            .hit_starts
            .get(given)
            .is_some_and(|&h| h & tag::TITLE != 0 || h & tag::FUNCTION != 0 && self.s.title_starts_at(given))
        {
            return;
        }
        let mut end = given;
        let mut first_given = surname;
        if quick == Some([None, None]) {
            return;
        }
        // Both lengths start at `i`: one left context serves them.
        let mut left_once = known_left;
        for count in 1..=2 {
            // The right and left context, once the gate has read them: the later stages
            // need them again.
            let (mut right, mut left) = (None, None);
            let Some(g) = char_at(text, end).filter(|&g| self.is_han(g)) else {
                return;
            };
            end += g.len_utf8();
            if count == 1 {
                first_given = g;
            }
            // 尹姓经理, 胡姓家族: 'surnamed 尹', a surname and no given name.
            if g == '姓' {
                return;
            }
            // 李记|面食, 王记|烧腊: a shop's brand ('the 李 family's'), before its trade.
            if count == 1 && g == '记' && char_at(text, end).is_some_and(|c| self.is_han(c)) {
                return;
            }
            // A candidate the gate dropped (before the tests below, which only drop more).
            if quick.is_some_and(|sums| sums[count - 1].is_none()) {
                continue;
            }
            // 诸葛|校长, 欧阳|主任: a compound surname alone before a title, as 王|主任 is a
            // single one — the holder named in full earlier, not a name of two characters.
            // (The title or its modifier first: one load rules out nearly every candidate
            // before a hash. The modifier's title after it last: 诸葛|副|局长.)
            if count == 1
                && self
                    .m
                    .hit_starts
                    .get(end)
                    .is_some_and(|&h| h & (tag::TITLE | tag::MODIFIER) != 0)
                && t.is_compound(pair(surname, g))
                && self.s.title_starts_at(end)
            {
                continue;
            }
            if ends_place(g)
                || (count == 2
                    && (never_ends_name(g)
                        || self.honorific_given(surname, given, end, g)
                        || self.word_before_addressed_surname(i, surname, end, g)
                        || self.appoints(i, g, end)
                        || speaks(g, char_at(text, end))))
            {
                continue;
            }
            let span = Span {
                start: i,
                given,
                end,
                surname,
                value,
                first_given,
                last: g,
                two: count == 2,
            };
            if let Some(gate) = out.gate() {
                let sum = match quick {
                    Some(sums) => sums[count - 1].unwrap_or(f32::MIN),
                    None => gate.stage0(t, text, self.m, &span),
                };
                // (The gate reads the characters on both sides first: the contexts start
                // from them.)
                let right = |a1| *right.insert(self.right_context_after(a1));
                let left = |b1| *left.insert(*left_once.get_or_insert_with(|| self.left_context_before(b1)));
                if !gate.passes(t, text, self.m, sum, i..end, right, left) {
                    continue;
                }
            }
            // (Whether the span plays as a team is asked last, in `chinese_features`: most
            // candidates are dropped by their scores first.)
            if self.inside_numeral(i, given, end)
                || (count == 2 && given - i == surname.len_utf8() && self.common_noun(i, end))
            {
                continue;
            }
            self.chinese_features(&span, (right, left), out);
        }
    }

    /// The features of a Chinese candidate that got through the filters of
    /// [`Scan::chinese`], with its right and left contexts if the gate read them; handed to
    /// `out` if it is kept.
    // (Out of line: inlined, its set-up was hoisted by the compiler to the start of
    // `chinese`, paid for every surname, where one candidate in three gets here.)
    #[inline(never)]
    fn chinese_features<C: Collect>(&self, span: &Span, (right, left): (Option<Right>, Option<Left>), out: &mut C) {
        let (t, text) = (self.t, self.s.text);
        let &Span {
            start: i,
            given,
            end,
            surname,
            value,
            first_given,
            last: g,
            two,
        } = span;
        let count = if two { 2 } else { 1 };
        let mut k = out.sink(Kind::Chinese);
        let around = self.stage0(i, end, surname, g, &mut k);
        let mut rare = 0.0;
        let mut read = |g: &CharStats, pick: fn(&CharStats) -> f32| {
            if g.seen < RARE_BELOW {
                rare += 1.0;
                0.0
            } else {
                pick(g)
            }
        };
        let (first, second) = if count == 2 {
            (
                read(t.get(first_given), |g| g.given_first),
                read(t.get(g), |g| g.given_second),
            )
        } else {
            (read(t.get(g), |g| g.given_single), 0.0)
        };
        // How well the character after a one-character given name would continue it (杜中|武).
        let next_given = match char_at(text, end) {
            Some(n) if count == 1 && self.is_han(n) => {
                let n = t.get(n);
                if n.seen >= RARE_BELOW { n.given_second } else { 0.0 }
            }
            _ => 0.0,
        };
        // jieba often cuts an unknown three-character name two and one (王前|虎): the
        // character after a one-character given name left alone, or the last
        // character of a two-character one left alone after a word.
        let (lone_next, lone_tail) = if count == 2 {
            let last_start = end - g.len_utf8();
            (false, self.m.is_word(i, last_start) && self.m.is_word(last_start, end))
        } else {
            let next = char_at(text, end).filter(|&n| self.is_han(n));
            (next.is_some_and(|n| self.m.is_word(end, end + n.len_utf8())), false)
        };
        let own = [
            value,
            flag(given - i > surname.len_utf8()),
            flag(count == 2),
            first,
            second,
            rare,
            next_given,
            flag(self.m.is_word(given, end)),
            flag(self.m.is_word(i, given)),
            flag(lone_next),
            flag(lone_tail),
        ];
        for (j, v) in own.into_iter().enumerate() {
            k.put(COMMON + j, v);
        }
        // (A span that plays as a team is no candidate: asked only of the few kept.)
        if self.later_stages(i, end, around, (right, left), &mut k) && !plays_as_team(&text[..i], &text[end..]) {
            out.take(i, end, Kind::Chinese, k);
        }
    }

    /// Is `i..end`, three characters, a frequent common noun of jieba-rs's dictionary read as
    /// one word, with no title before it (马铃薯, 胡萝卜)? Such a word is a name too rarely for
    /// the scores to tell, its characters being common in given names.
    fn common_noun(&self, i: usize, end: usize) -> bool {
        let word = &self.s.text[i..end];
        self.m.is_word(i, end)
            && self.m.hit_ends[i] & NEXT_TO_NAMES == 0
            && self.t.common_words.get(word).is_some_and(|&c| c >= COMMON_NOUN_FROM)
            && with_word_class(word, |c| c == "n")
    }

    /// Is the candidate `i..end` (given name from `given`) the tail of a numeral written out
    /// in characters (捌佰|伍拾肆)? 姚五洲 and 张三 stay names: a numeral character must
    /// come right before the surname, and the given name be numeral characters only.
    fn inside_numeral(&self, i: usize, given: usize, end: usize) -> bool {
        use crate::numbers::numeral::is_numeral_char;
        let text = self.s.text;
        char_before(text, i).is_some_and(|(_, c)| is_numeral_char(c)) && text[given..end].chars().all(is_numeral_char)
    }

    /// Is the two-character given name `given..end` (last character `last`) a form of
    /// address (高先生, 陈女士), or does it end in the name's own surname, with a title or
    /// a form of address after it (王诚|王总, 孙晶|孙女士)? Then the span is no name.
    fn honorific_given(&self, surname: char, given: usize, end: usize, last: char) -> bool {
        let text = self.s.text;
        if end - given == 6 && starts_with_honorific(&text[given..]) {
            return true;
        }
        last == surname
            && (self.m.hit_starts[end] & (tag::TITLE | tag::MODIFIER) != 0 || starts_with_honorific(&text[end..]))
    }

    /// Is the span `i..end` a common word and, in `last`, the surname a form of address
    /// follows (游客|龙|女士, 患者|李|先生)? Its first character a weak surname (游): 王国|梁先生
    /// is a name.
    // (Kept out of line: inlined, its lookup of the surname's stats was hoisted to the start
    // of `chinese`, a hash computed for every surname, where few candidates get here.)
    #[inline(never)]
    fn word_before_addressed_surname(&self, i: usize, surname: char, end: usize, last: char) -> bool {
        let text = self.s.text;
        let word = &text[i..end - last.len_utf8()];
        // (Cheapest first: this runs for every candidate of three characters.)
        self.t.get(surname).surname < WEAK_SURNAME
            && self.t.get(last).is_surname
            && starts_with_honorific(&text[end..])
            && self
                .t
                .common_words
                .get(word)
                .is_some_and(|&v| v >= COMMON_BEFORE_SURNAME)
    }

    /// Is `last` (ending at `end`) the verb of an appointment: 任 or 兼 right before a
    /// title or an organisation (孙丽|任|副组长, 钱伟|兼|办公室主任), 任 before a place too, or the 为 of an
    /// appointing verb's object (选举李红|为|董事长) — the span starting at `start`?
    fn appoints(&self, start: usize, last: char, end: usize) -> bool {
        let post_follows = || self.m.hit_starts[end] & (tag::TITLE | tag::MODIFIER | tag::ORG | tag::ORG_SUFFIX) != 0;
        // 欧阳俊|任|沧源|市财政局局长: the place of the post may come first.
        let place_follows = || {
            self.s
                .word_starting_at(end)
                .is_some_and(|w| with_word_class(&self.s.text[w], |c| c == "ns"))
        };
        match last {
            '任' => post_follows() || place_follows(),
            '兼' => post_follows(),
            '为' => {
                APPOINTING_VERBS.iter().any(|v| self.s.text[..start].ends_with(v))
                    && !self.s.text[end..].starts_with('为')
            }
            _ => false,
        }
    }

    /// A surname alone (`i..end`), when a title follows it (王主任).
    fn surname_only<C: Collect>(&self, i: usize, end: usize, surname: char, value: f32, out: &mut C) {
        let text = self.s.text;
        // Before a title a surname alone names the post holder (江主席, 王主任); before a
        // form of address (吕先生, 邵老师) or a verb it names no one a reader could look up.
        // (The title first: it rules out nearly every surname with one load.)
        if end >= text.len() || self.m.hit_starts[end] & (tag::TITLE | tag::MODIFIER) == 0 || !self.m.starts_word(i) {
            return;
        }
        // 籍 after a word is its holder's home (重庆籍导演, 湖南籍作家), not a surname.
        if surname == '籍' && text[..i].ends_with(is_han) {
            return;
        }
        if starts_with_honorific(&text[end..]) || appoints_to_post(self.s, i, end) {
            return;
        }
        let mut k = out.sink(Kind::Surname);
        let around = self.stage0(i, end, surname, surname, &mut k);
        k.put(COMMON, value);
        if self.later_stages(i, end, around, (None, None), &mut k) {
            out.take(i, end, Kind::Surname, k);
        }
    }

    /// The run of transliteration characters (joined over middle dots) that starts at
    /// byte `start`: the whole run, and the run less its first or last character, are
    /// candidates. Returns where the run ends.
    fn foreign_run<C: Collect>(&self, start: usize, out: &mut C) -> usize {
        let text = self.s.text;
        let in_run = |c: char| self.t.class(c) & class::TRANSLIT != 0;
        // Start of the second character, of the last, and whether either neighbour is a dot.
        let (mut chars, mut second, mut last) = (0, start, start);
        let mut end = start;
        let mut prev_dot = false;
        let mut second_dot = false;
        let titled = self.m.hit_ends[start] & TITLES != 0;
        // A transliterated name jieba-rs's dictionary knows as one word (阿拉法特/nrt): its
        // characters shared with ordinary text stand in the run too.
        // (Looked up only once a weak character is met: most runs hold none.)
        let known_name = std::cell::OnceCell::new();
        let known_name = || {
            *known_name.get_or_init(|| {
                self.s
                    .word_starting_at(start)
                    .filter(|w| w.len() >= 9 && with_word_class(&text[w.clone()], |c| c == "nrt"))
                    .map_or(start, |w| w.end)
            })
        };
        while chars < MAX_RUN {
            let Some(c) = char_at(text, end) else { break };
            // A title or a form of address right after the name ends the run (罗伊|博士,
            // 乔|老汉), and so does one of the most frequent words once two characters are
            // read (萨利姆|宣布: 宣 and 布 are characters of transliterations too).
            if chars > 0 && (self.m.hit_starts[end] & NEXT_TO_NAMES != 0 || starts_with_honorific(&text[end..]))
                || chars >= 2 && self.starts_common_word(end)
            {
                break;
            }
            // A character transliterations share with ordinary text (法 of 阿拉法里, 多 of
            // 多梅里克) stands in a run right after a title, before one of their own or
            // ending a word jieba-rs read inside the run (阿卜杜勒|阿提|将, 莱昂纳多|多次).
            let weak = |c: char| self.t.class(c) & class::WEAK_TRANSLIT != 0;
            let before_own = || !prev_dot && char_at(text, end + c.len_utf8()).is_some_and(in_run);
            let ends_inner_word = || {
                let s = self.s;
                s.word_at(end)
                    .map(|i| &s.words[i])
                    .is_some_and(|w| w.start >= start && w.start < end && w.end == end + c.len_utf8())
            };
            if in_run(c) || weak(c) && (end < known_name() || titled && (before_own() || ends_inner_word())) {
                prev_dot = false;
            } else if is_dot(c) && chars > 0 && !prev_dot && char_at(text, end + c.len_utf8()).is_some_and(in_run) {
                prev_dot = true;
            } else {
                break;
            }
            if chars == 1 {
                second = end;
                second_dot = prev_dot;
            }
            last = end;
            end += c.len_utf8();
            chars += 1;
        }
        if chars < 2 {
            return end;
        }
        self.foreign(start, end, out);
        if chars >= 3 {
            let before_last = char_before(text, last).is_some_and(|(_, c)| is_dot(c));
            if !before_last {
                self.foreign(start, last, out);
            }
            if !second_dot {
                self.foreign(second, end, out);
            }
        }
        end
    }

    /// Does one of the most frequent dictionary words of two characters or more start
    /// at byte `at`?
    fn starts_common_word(&self, at: usize) -> bool {
        let s = self.s;
        // (No word starting at `at`, by one bit of the marks: no search of the words.)
        self.m.starts_word(at)
            && s.word_at(at).map(|i| &s.words[i]).is_some_and(|w| {
                w.start == at
                    && w.len() > 3
                    && self
                        .t
                        .common_words
                        .get(&s.text[w.clone()])
                        .is_some_and(|&c| c >= VERY_COMMON_FROM)
            })
    }

    /// Is `start..end` part of a longer run of transliteration characters: all its
    /// characters such, and one more right before or after it (梅德韦 of 梅德韦杰夫)?
    fn run_goes_on(&self, start: usize, end: usize) -> bool {
        let (t, m) = (self.t, self.m);
        let run = |c: char| t.class(c) & class::TRANSLIT != 0;
        let text = self.s.text;
        // A title next to the span is no part of a run (主帅|加斯佩里尼).
        // Nor is an adverb, verb, preposition or conjunction of the dictionary that starts
        // right after it (梅德韦杰夫|特意).
        let word_after = || {
            self.m.starts_word(end)
                && self.s.word_starting_at(end).is_some_and(|w| {
                    w.len() > 3 && with_word_class(&text[w], |c| matches!(c, "d" | "ad" | "p" | "c" | "v"))
                })
        };
        let after = || m.hit_starts[end] & NEXT_TO_NAMES == 0 && char_at(text, end).is_some_and(run) && !word_after();
        let before = || m.hit_ends[start] & NEXT_TO_NAMES == 0 && char_before(text, start).is_some_and(|(_, c)| run(c));
        text[start..end].chars().all(run) && (after() || before())
    }

    fn foreign<C: Collect>(&self, start: usize, end: usize, out: &mut C) {
        let (t, text) = (self.t, self.s.text);
        let span = &text[start..end];
        let (Some(first), Some(last)) = (span.chars().next(), span.chars().next_back()) else {
            return;
        };
        // A Chinese compound surname with ideographs after it (主任皇甫|立群，…) starts a
        // Chinese name, no transliteration: the Chinese candidates read it.
        if end - start == first.len_utf8() + last.len_utf8()
            && t.is_compound(pair(first, last))
            && char_at(text, end).is_some_and(is_han)
        {
            return;
        }
        let mut k = out.sink(Kind::Foreign);
        let around = self.stage0(start, end, first, last, &mut k);
        let (mut sum, mut min, mut len, mut dot) = (0.0, f32::MAX, 0.0, 0.0);
        for ch in span.chars() {
            if is_dot(ch) {
                dot = 1.0;
            } else {
                let v = t.get(ch).translit;
                sum += v;
                min = min.min(v);
                len += 1.0;
            }
        }
        let first = t.get(first);
        let own = [
            len,
            sum / len,
            min,
            dot,
            if first.is_surname { first.surname } else { 0.0 },
        ];
        for (j, v) in own.into_iter().enumerate() {
            k.put(COMMON + j, v);
        }
        // Whether the sentence reads like a match report (a scan of the whole sentence)
        // matters only for the few candidates kept with one of its values: both are
        // followed, each summed in the same order as it would be alone.
        const MATCH_REPORT_FEATURE: usize = COMMON + 5;
        let mut both = Both {
            with: k.clone(),
            without: k,
            alive: std::cell::Cell::new((true, true)),
        };
        both.with.put(MATCH_REPORT_FEATURE, 1.0);
        both.without.put(MATCH_REPORT_FEATURE, 0.0);
        if !self.later_stages(start, end, around, (None, None), &mut both) {
            return;
        }
        let (with, without) = both.alive.get();
        if !(with && both.with.keeps() || without && both.without.keeps()) {
            return;
        }
        // A span that plays as a team or names a landmark is no candidate: asked only of
        // the few the scores keep (two in three are dropped by them).
        if plays_as_team(&text[..start], &text[end..]) || names_a_landmark(span) {
            return;
        }
        let (k, alive) = if *self.match_report.get_or_init(|| reads_like_match_report(text)) {
            (both.with, with)
        } else {
            (both.without, without)
        };
        if alive {
            out.take(start, end, Kind::Foreign, k);
        }
    }

    /// The shared features of stage 0: word boundaries and the span's own characters.
    fn stage0(&self, start: usize, end: usize, first: char, last: char, k: &mut impl Sink) -> Around {
        use feat::*;
        let (t, m, text) = (self.t, self.m, self.s.text);
        let one_word = m.is_word(start, end);
        k.put(BIAS, 1.0);
        k.put(STARTS_WORD, flag(m.starts_word(start)));
        k.put(ENDS_WORD, flag(m.ends_word(end)));
        k.put(ONE_WORD, flag(one_word));
        k.put(INSIDE_WORD, flag(!one_word && m.within_word(start, end)));
        k.put(NEXT_HAN, flag(char_at(text, end).is_some_and(|c| self.is_han(c))));
        k.put(
            PREV_HAN,
            flag(char_before(text, start).is_some_and(|(_, c)| self.is_han(c))),
        );
        // A last character that usually follows names may belong to the context (戴浩|摄).
        k.put(LAST_AS_RIGHT, t.get(last).right);
        k.put(FIRST_AS_LEFT, t.get(first).left);
        k.put(PLACE_LAST, flag(is_place_suffix(last)));
        Around { one_word }
    }

    /// What follows the span ending at byte `end` (stage 1).
    pub(crate) fn right_context(&self, end: usize) -> Right {
        self.right_context_after(after(self.s.text, end))
    }

    /// [`Scan::right_context`] from what follows the span: `a1`, the character after it
    /// (from [`after`]), with its start.
    pub(crate) fn right_context_after(&self, a1: Option<(usize, char)>) -> Right {
        let (t, m, text) = (self.t, self.m, self.s.text);
        let r1 = a1.map_or(EOS, |(_, c)| c);
        let right2 = match a1 {
            Some((k, c)) => {
                let r2 = after(text, k + c.len_utf8()).map_or(EOS, |(_, c)| c);
                t.context2(true, pair(r1, r2))
            }
            None => 0.0,
        };
        let hit = |tags: u16| a1.is_some_and(|(k, _)| m.hit_starts[k] & tags != 0);
        Right {
            right1: t.get(r1).right,
            right2,
            title_after: hit(tag::TITLE | tag::BYLINE | tag::MODIFIER),
            org_after: hit(tag::ORG | tag::ORG_SUFFIX | tag::PLACE),
            place_after: a1.is_some_and(|(_, c)| is_place_suffix(c)),
        }
    }

    /// What precedes the span starting at byte `start` (stage 2).
    pub(crate) fn left_context(&self, start: usize) -> Left {
        self.left_context_before(before(self.s.text, start))
    }

    /// [`Scan::left_context`] from what precedes the span: `b1`, the character before it
    /// (from [`before`]), with its start.
    pub(crate) fn left_context_before(&self, b1: Option<(usize, char)>) -> Left {
        let (t, m, text) = (self.t, self.m, self.s.text);
        let l1 = b1.map_or(BOS, |(_, c)| c);
        let left2 = match b1 {
            Some((k, _)) => {
                let l2 = before(text, k).map_or(BOS, |(_, c)| c);
                t.context2(false, pair(l2, l1))
            }
            None => 0.0,
        };
        // A hit that ends right after the character before the span.
        let hit_before = |tags: u16| b1.is_some_and(|(k, c)| m.hit_ends[k + c.len_utf8()] & tags != 0);
        Left {
            left1: t.get(l1).left,
            left2,
            // 副总甲: business news's 副总经理, read as a title before a name (role.rs).
            title_before: hit_before(tag::TITLE | tag::BYLINE)
                || (hit_before(tag::MODIFIER) && b1.is_some_and(|(k, c)| c == '总' && text[..k].ends_with('副'))),
            org_before: hit_before(tag::ORG | tag::ORG_SUFFIX | tag::PLACE),
        }
    }

    /// Stages 1 to 3 of the shared features; false when the sink stopped. `right` and
    /// `left`: the span's right and left context, if they were read already.
    fn later_stages(
        &self,
        start: usize,
        end: usize,
        around: Around,
        (right, left): (Option<Right>, Option<Left>),
        k: &mut impl Sink,
    ) -> bool {
        use feat::*;
        if !k.go_on(0) {
            return false;
        }
        let (t, s) = (self.t, self.s);
        let text = s.text;
        // (Read by the gate already, for most Chinese candidates.)
        let right = right.unwrap_or_else(|| self.right_context(end));
        right.put(k);
        if !k.go_on(1) {
            return false;
        }
        let left = left.unwrap_or_else(|| self.left_context(start));
        left.put(k);
        if !k.go_on(2) {
            return false;
        }

        let blocking = tag::PLACE | tag::ORG | tag::ORG_SUFFIX | tag::TITLE | tag::MODIFIER;
        let first_hit = s.hits.partition_point(|h| h.end <= start);
        let overlap = s.hits[first_hit..]
            .iter()
            .take_while(|h| h.start < end)
            .any(|h| h.entry.tags & blocking != 0);
        let span = &text[start..end];
        let dict_word = JIEBA.has_word(span);
        k.put(LEXICON_OVERLAP, flag(overlap));
        k.put(DICT_WORD, flag(dict_word));
        // A word jieba made up from its character model, not its dictionary: often a name.
        let oov = around.one_word && !dict_word;
        // (Many candidates stop here, spared the lookups of the two lists: the most the
        // features after can add is known but for them, with this feature's value.)
        let after_dict = if oov { Bound::LookupsOov } else { Bound::Lookups };
        if !k.go_on(after_dict as usize) {
            return false;
        }
        let common = t.common_words.get(span).copied().unwrap_or(0.0);
        k.put(NOT_NAME, flag(t.not_names.contains(span)));
        k.put(COMMON_WORD, common);
        k.put(OOV_WORD, flag(oov));
        // Only the most frequent dictionary words are surely not names (舒适 yes, 高峰 no).
        k.put(VERY_COMMON, (common - VERY_COMMON_FROM).max(0.0));
        // (Most candidates the lookups leave under the threshold stop here.)
        if !k.go_on(Bound::Tail as usize) {
            return false;
        }
        k.put(RUN_GOES_ON, flag(self.run_goes_on(start, end)));
        // jieba's character model often glues a name's last character to the next
        // character (吴江|森是): a word it guessed right after the span, or one
        // the span's end cuts, tells the two readings apart.
        let guessed =
            |w: &Range<usize>| w.len() > 3 && text[w.clone()].chars().all(is_han) && !JIEBA.has_word(&text[w.clone()]);
        let word = |at: usize| s.word_at(at).map(|i| s.words[i].clone());
        // (The words tile the sentence: one bit of the marks says whether a word starts at
        // `end`, and so whether the word holding its byte before ends there; the words are
        // searched only for the word it asks about.)
        let starts_at_end = self.m.starts_word(end);
        let next = if starts_at_end {
            word(end).filter(|w| w.start == end)
        } else {
            None
        };
        k.put(NEXT_GUESSED, flag(next.is_some_and(|w| guessed(&w))));
        let cut = if self.m.ends_word(end) {
            None
        } else {
            word(end - 1).filter(|w| w.start > start && w.end > end)
        };
        k.put(CUTS_GUESSED, flag(cut.is_some_and(|w| guessed(&w))));
        true
    }
}

/// Characters that end names of places, estates and buildings: a name-shaped span
/// right before one is more likely a place (金菊|街, 石佛|家属院).
pub(crate) fn is_place_suffix(c: char) -> bool {
    matches!(
        c,
        '村' | '庄'
            | '镇'
            | '乡'
            | '县'
            | '市'
            | '省'
            | '区'
            | '街'
            | '路'
            | '巷'
            | '道'
            | '湾'
            | '港'
            | '寺'
            | '庙'
            | '祠'
            | '楼'
            | '院'
            | '苑'
            | '厦'
            | '坝'
            | '沟'
            | '屯'
            | '寨'
            | '堡'
            | '岛'
            | '牌'
            | '杯'
            | '站'
            | '馆'
            | '店'
            | '厂'
            | '矿'
    )
}

/// Last characters of village, street, estate and landmark names that no Chinese
/// given name ends with (郭村, 金菊街, 刘庄, 卢浮宫): such a span is a place, whatever
/// its context.
fn ends_place(c: char) -> bool {
    matches!(
        c,
        '村' | '庄'
            | '镇'
            | '乡'
            | '县'
            | '区'
            | '街'
            | '路'
            | '巷'
            | '院'
            | '苑'
            | '寺'
            | '祠'
            | '屯'
            | '寨'
            | '坑'
            | '湾'
            | '屿'
            | '牌'
            | '杯'
            | '宫'
            | '窟'
            | '庙'
            | '堡'
    )
}

/// Words of match reports around a team (主场迎战|阿森纳, 桑德兰|队, 拉齐奥|主帅): a
/// transliterated name between them is a club or a city, not a person.
const TEAM_BEFORE: &[&str] = &["主场", "客场", "做客", "迎战", "vs", "VS"];
const TEAM_AFTER: &[&str] = &["队", "vs", "VS", "主场", "客场", "球迷", "俱乐部", "主帅", "主教练"];

/// Words of match reports and betting columns: in such a sentence a transliterated name is
/// as often a club as a player (拉齐奥最近状态下滑). (Read by their first character, in
/// `match_word_from`; the list is what the tests check it against.)
#[cfg(test)]
const MATCH_REPORT: &[&str] = &[
    "主场",
    "客场",
    "联赛",
    "赛季",
    "比赛",
    "主胜",
    "客胜",
    "赔率",
    "让球",
    "盘口",
    "交手",
    "战绩",
    "进球",
    "球队",
    "平局",
    "逼平",
    "战平",
    "英超",
    "意甲",
    "德甲",
    "西甲",
    "法甲",
    "欧冠",
    "联盟杯",
];

fn reads_like_match_report(sentence: &str) -> bool {
    // A byte scan: the first characters of the words are ideographs (lead bytes E4..E9),
    // each found by one lookup of its bytes in a table; only they are decoded and looked
    // at closer. Every other character is stepped over by its lead byte.
    const STEPS: [u8; 256] = crate::normalize::lead_steps(&[]);
    let b = sentence.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if (0xE4..=0xE9).contains(&x)
            && let Some(&[y, z]) = b.get(i + 1..i + 3)
            && MATCH_FIRSTS[usize::from(x - 0xE4) << 6 | usize::from(y & 0x3F)] >> (z & 0x3F) & 1 != 0
            && let Some(c) = three_bytes(x, y, z)
            && match_word_from(c, &sentence[i + 3..])
        {
            return true;
        }
        i += usize::from(STEPS[usize::from(x)]);
    }
    false
}

/// The characters the words of match reports open with (see [`match_word_from`]), one
/// bit each: word `(lead - E4) × 64 + (second & 3F)`, bit `third & 3F` of their UTF-8.
static MATCH_FIRSTS: [u64; 6 * 64] = {
    let b = "主客联赛比赔让盘交战进球平逼英意德西法欧".as_bytes();
    let mut t = [0u64; 6 * 64];
    let mut i = 0;
    while i + 2 < b.len() {
        t[((b[i] - 0xE4) as usize) << 6 | (b[i + 1] & 0x3F) as usize] |= 1 << (b[i + 2] & 0x3F);
        i += 3;
    }
    t
};

/// Does a word of match reports start with `c` and go on with `rest`: 主场, 客场, 联赛, 赛季,
/// 比赛, 主胜, 客胜, 赔率, 让球, 盘口, 交手, 战绩, 进球, 球队, 平局, 逼平, 战平, 英超, 意甲, 德甲, 西甲,
/// 法甲, 欧冠, 联盟杯? (The words by their first character: the rest of one or two words is
/// compared, not the whole list.)
fn match_word_from(c: char, rest: &str) -> bool {
    let tails: &[&str] = match c {
        '主' | '客' => &["场", "胜"],
        '联' => &["赛", "盟杯"],
        '赛' => &["季"],
        '比' => &["赛"],
        '赔' => &["率"],
        '让' => &["球"],
        '盘' => &["口"],
        '交' => &["手"],
        '战' => &["绩", "平"],
        '进' => &["球"],
        '球' => &["队"],
        '平' => &["局"],
        '逼' => &["平"],
        '英' => &["超"],
        '意' | '德' | '西' | '法' => &["甲"],
        '欧' => &["冠"],
        _ => return false,
    };
    tails.iter().any(|t| rest.starts_with(t))
}

/// Does a transliterated span end in the word for a landmark (卢浮宫, 雷尼尔雪山,
/// 青木湖)? Such an ending is the kind of place, never part of a foreign name: the
/// endings no Chinese given name has ([`ends_place`]), and more that a Chinese name may
/// end with (峰, 洞, 河 …) but a transliterated one does not.
fn names_a_landmark(span: &str) -> bool {
    span.chars().nth(2).is_some()
        && (span.chars().next_back().is_some_and(ends_place)
            || ends_with_one_of(span, &['湖', '岛', '港', '峰', '洞', '潭', '桥', '河', '城', '州'])
            || ["雪山", "火山", "铁塔"].iter().any(|w| span.ends_with(w)))
}

/// Does a transliterated run between `before` and `after` play as a team?
fn plays_as_team(before: &str, after: &str) -> bool {
    // Called for every candidate: first a look at the one character on each side — an
    // ideograph (lead byte E4 to E9, no space) other than those the words open or end
    // with settles it without trimming or decoding.
    let ideograph_at = |b: &[u8], k: usize| b.get(k).is_some_and(|x| (0xE4..=0xE9).contains(x));
    let first_after = after.as_bytes().get(..3);
    let last_before = before.len().checked_sub(3).and_then(|k| before.as_bytes().get(k..));
    if ideograph_at(after.as_bytes(), 0)
        && !first_after.is_some_and(|c| ["队", "主", "客", "球", "俱"].iter().any(|w| w.as_bytes() == c))
        && before.len() >= 3
        && ideograph_at(before.as_bytes(), before.len() - 3)
        && !last_before.is_some_and(|c| ["场", "客", "战"].iter().any(|w| w.as_bytes() == c))
    {
        return false;
    }
    let after = after.trimmed_start();
    let team_after = matches!(after.chars().next(), Some('队' | '主' | '客' | '球' | '俱' | 'v' | 'V'))
        // 队长, 队员, 队友 and 队医 follow players' names.
        && !["队长", "队员", "队友", "队医"].iter().any(|w| after.starts_with(w))
        && TEAM_AFTER.iter().any(|w| after.starts_with(w));
    if team_after {
        return true;
    }
    let before = before.trimmed_end();
    matches!(before.chars().next_back(), Some('场' | '客' | '战' | 's' | 'S'))
        && TEAM_BEFORE.iter().any(|w| before.ends_with(w))
}

/// Is `last` a verb of speech with the words spoken right after it (王明答：, 李华道：“…”)?
/// Then it ends no name: interviews and stories write the speaker so.
pub(crate) fn speaks(last: char, next: Option<char>) -> bool {
    matches!(last, '答' | '问' | '道' | '曰') && matches!(next, Some(':' | '：' | '“' | '"'))
}

/// Function words and byline marks that follow names but never end one: 郭红|摄, 李明|等,
/// 王林|画, 李青|以, 潘宁|却 (no annotated name of the learning text ends in one).
pub(crate) fn never_ends_name(c: char) -> bool {
    matches!(
        c,
        '摄' | '画'
            | '摘'
            | '等'
            | '说'
            | '称'
            | '的'
            | '了'
            | '是'
            | '在'
            | '撰'
            | '绘'
            | '被'
            | '把'
            | '也'
            | '就'
            | '还'
            | '以'
            | '却'
            | '又'
            | '仍'
            | '遂'
            | '出'
            | '见'
            | '失'
            | '则'
    )
}

/// Is the surname 任 at `start..end` the verb 'serve as' before a post that is the whole
/// clause (2014年加入青禾公司，任副总裁。; 1998年任局长，)? It opens the clause or follows a
/// date, and the posts run to the clause's end: no one named 任 is meant.
fn appoints_to_post(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    let before = s.text[..start].trim_end_matches(' ');
    if &s.text[start..end] != "任"
        || !(before.is_empty() || ends_with_one_of(before, &[',', '，', ';', '；', '。', '\n', '年', '月', '日', '起']))
    {
        return false;
    }
    let at = s.title_run_end(end);
    at > end && (at == s.text.len() || s.text[at..].starts_with([',', '，', ';', '；', '。', '、', '\n', '兼']))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`match_word_from`] knows exactly the words of [`MATCH_REPORT`].
    #[test]
    fn the_match_words_by_first_character_are_the_list() {
        for w in MATCH_REPORT {
            let c = w.chars().next().unwrap();
            assert!(match_word_from(c, &w[c.len_utf8()..]), "{w}");
        }
        // Every pair of ideographs the first characters and the tails' characters make.
        let firsts: Vec<char> = MATCH_REPORT.iter().filter_map(|w| w.chars().next()).collect();
        let seconds: Vec<char> = MATCH_REPORT.iter().flat_map(|w| w.chars().skip(1)).collect();
        for &a in &firsts {
            for &b in &seconds {
                let rest = format!("{b}杯");
                let listed = MATCH_REPORT.iter().any(|w| format!("{a}{rest}").starts_with(w));
                assert_eq!(match_word_from(a, &rest), listed, "{a}{rest}");
            }
        }
    }

    #[test]
    fn every_match_report_word_is_seen() {
        for w in MATCH_REPORT {
            assert!(reads_like_match_report(&format!("昨天{w}。")), "{w}");
        }
        assert!(!reads_like_match_report("市长主持召开常务会议，研究部署工作。"));
    }

    /// What the candidate scan of `s` notes for the readers after it (its candidates dropped).
    fn seen_by_scan(tables: &Tables, s: &Sentence<'_>) -> Seen {
        let mut m = Marks::default();
        m.load(s);
        let mut seen = Seen::default();
        collect(tables, s, &m, &mut Vec::<Candidate>::new(), &mut seen);
        seen
    }

    /// The best foreign-kind score for `name` in `text`.
    fn foreign_score(text: &str, name: &str) -> f32 {
        let weights = super::super::Weights::embedded().unwrap();
        super::super::with_sentence(text, |s, tables| {
            let mut m = Marks::default();
            m.load(s);
            let mut cands: Vec<Candidate> = Vec::new();
            collect(tables, s, &m, &mut cands, &mut Seen::default());
            cands
                .iter()
                .filter(|c| c.kind == Kind::Foreign && &text[c.start..c.end] == name)
                .map(|c| weights.score(c))
                .fold(f32::MIN, f32::max)
        })
    }

    /// The scan notes a surname read again two or three characters on exactly where a pass
    /// of its own over the characters finds one, whatever their widths.
    #[test]
    fn the_scan_sees_a_repeated_surname_as_a_pass_of_its_own() {
        let texts = [
            "有请董事长周宏周总讲话。",
            "中心总监李芳李女士介绍了情况。",
            "李芳李",
            "李小芳李",
            "李芳芳",
            "甲、乙、丙",
            "王·王",
            "王é王",
            "王ab王",
            "王𠮷王",
            "王王",
            "王诚诚诚王",
            "𠮷王王王",
            "1998年9月9日",
        ];
        // The embedded surnames all have the class bit the scan looks at them by; tables
        // whose surnames do not are read by a pass of their own.
        let mut unclassed = Tables::embedded().unwrap();
        assert!(unclassed.surnames_classed);
        unclassed.surnames_classed = false;
        for text in texts {
            super::super::with_sentence(text, |s, tables| {
                let by_itself = super::super::readdressed::repeats_nearby(tables, text);
                for t in [tables, &unclassed] {
                    assert_eq!(seen_by_scan(t, s).surname_repeat, by_itself, "{text}");
                }
            });
        }
    }

    /// The scan notes where a number may start exactly where the number reader's own look
    /// at the text finds one, whatever the characters' widths.
    #[test]
    fn the_scan_notes_the_places_of_numbers_as_the_number_reader_finds_them() {
        for text in [
            "2018年7月，全县共有企业10696家，增长3.5%，约一百二十万元。",
            "他于1998年9月9日出任副县长，二〇一九年、○五年，萬、亿、兩倆、数百、几十。",
            ".5、1.25、v2.0、第一、十拾廿卅，半百，打对折，翻一番。",
            "王é王3，𠮷5王·王6、Ｃ７、ａ１，𠮷一",
            "壹贰叁肆伍陆柒捌玖零弌弎貳陸",
            "没有数字的句子。",
        ] {
            super::super::with_sentence(text, |s, tables| {
                let seen = seen_by_scan(tables, s);
                let mut by_itself = Vec::new();
                crate::numbers::number_starts(text, 0..text.len(), &mut by_itself);
                assert_eq!(seen.numerals, by_itself, "{text}");
            });
        }
    }

    /// The familiar names' reader skips a sentence the scan saw neither 老 nor 小 in, the
    /// removals' reader one it saw no 职 in, the context's places one it saw no unit in, and the
    /// Japanese names' and the appointees' readers look only where the scan saw a family
    /// name's first character and 为; the dharma names' reader one it saw no 释 in.
    #[test]
    fn the_scan_notes_the_characters_of_familiar_names() {
        for text in [
            "老张领着一家人来了。",
            "小许接过话头。",
            "张三来了。",
            "古老的村庄",
            "a小",
            "免去其职务。",
            "一行到北辰县考察。",
            "王明答：“是的。”",
            "选举甲为主任、乙为副主任，为期五年。",
            "南屏寺住持释宏愿出席会议",
            "由甲兼任办公室主任",
            "他解释了原因",
            "苗正阳任集团公司党委副书记，由甲任组长",
        ] {
            super::super::with_sentence(text, |s, tables| {
                let seen = seen_by_scan(tables, s);
                assert_eq!(seen.familiar, text.contains(['老', '小']), "{text}");
                assert_eq!(seen.zhi, text.contains('职'), "{text}");
                assert_eq!(seen.you, text.contains('由'), "{text}");
                let wei: Vec<usize> = text.match_indices('为').map(|(at, _)| at).collect();
                assert_eq!(seen.wei, wei, "{text}");
                let ren: Vec<usize> = text.match_indices('任').map(|(at, _)| at).collect();
                assert_eq!(seen.ren, ren, "{text}");
                assert_eq!(seen.speech, text.contains(['答', '问', '道', '曰']), "{text}");
                assert_eq!(seen.shi, text.contains('释'), "{text}");
                let unit = text.contains(crate::recognize::ADMIN_UNITS);
                assert_eq!(seen.admin_unit, unit, "{text}");
                assert_eq!(seen.japanese, super::super::japanese::tests::firsts(text), "{text}");
            });
        }
    }

    #[test]
    fn a_match_report_lowers_a_foreign_name() {
        let report = foreign_score("卡萨诺瓦近来状态下滑，联赛已三轮不胜。", "卡萨诺瓦");
        let plain = foreign_score("卡萨诺瓦近来状态下滑，已三周不见人影。", "卡萨诺瓦");
        assert!(report > f32::MIN && report < plain - 0.5, "{report} {plain}");
    }

    /// The look at one character on each side decides as the full test does.
    #[test]
    fn the_quick_look_at_a_team_s_sides_agrees_with_the_words() {
        let slow = |before: &str, after: &str| {
            let after = after.trimmed_start();
            let team_after = matches!(after.chars().next(), Some('队' | '主' | '客' | '球' | '俱' | 'v' | 'V'))
                && !["队长", "队员", "队友", "队医"].iter().any(|w| after.starts_with(w))
                && TEAM_AFTER.iter().any(|w| after.starts_with(w));
            let before = before.trimmed_end();
            team_after
                || matches!(before.chars().next_back(), Some('场' | '客' | '战' | 's' | 'S'))
                    && TEAM_BEFORE.iter().any(|w| before.ends_with(w))
        };
        let befores = [
            "",
            "本轮主场",
            "做客",
            "迎战",
            "vs",
            "VS ",
            "会见了",
            "主场　",
            "青",
            "丂",
        ];
        let afters = [
            "",
            "队两连胜",
            "队长",
            "主帅",
            "客场",
            "球迷",
            " 队",
            "vs",
            "一行",
            "。",
            "丂",
        ];
        for b in befores {
            for a in afters {
                assert_eq!(plays_as_team(b, a), slow(b, a), "{b}|{a}");
            }
        }
    }

    #[test]
    fn teams_are_framed_by_match_words() {
        assert!(names_a_landmark("卢浮宫") && names_a_landmark("雷尼尔雪山"));
        assert!(!names_a_landmark("玛丽塔") && !names_a_landmark("宫崎"));
        assert!(plays_as_team("本轮主场迎战", "。"));
        assert!(plays_as_team("", "队两连胜"));
        assert!(!plays_as_team("", "队长表示"));
        assert!(!plays_as_team("会见了", "一行"));
    }
}
