//! A quick filter for Chinese candidates, the bulk of all candidates (every surname
//! character starts two).
//!
//! It computes the exact contribution of the candidate's stage-0 features and its
//! right context (stage 1) from per-character sums precomputed with the Chinese weights,
//! and drops the candidate when even the most the other stages could add (the bound of
//! [`stage_bounds`](super::candidates::stage_bounds)) would leave it under the
//! threshold. Candidates it keeps are scored in full by the feature code of
//! [`candidates`](super::candidates::collect), so it decides nothing it could get wrong except
//! by dropping: a test checks that its sums agree with the features.

use super::candidates::{self, BOUNDS, MAX_FEATURES, after, before, char_at, char_before};
use super::candidates::{Left, Marks, Right, Span, chinese, feat, flag, is_place_suffix};
use super::tables::{BOS, EOS, RARE_BELOW, Tables, class, dense_index};
use std::ops::Range;

/// The places a character can take in or right after a Chinese candidate.
const SURNAME_AT: usize = 0;
const SINGLE: usize = 1;
const FIRST_OF_TWO: usize = 2;
const SECOND_OF_TWO: usize = 3;
const AFTER_SINGLE: usize = 4;
const AFTER_TWO: usize = 5;
/// The most the right context can add when the character stands right after the span.
const RIGHT_MOST: usize = 6;
/// The most the left context can add when the character stands right before the span.
const LEFT_MOST: usize = 7;
const PLACES: usize = 8;
/// The code points of the Basic Multilingual Plane.
const BMP: usize = 0x1_0000;

/// The character before a surname, for [`Gate::single`]: the code of a three-byte one
/// (no `char` made), or any other (or none, at the start).
#[derive(Clone, Copy)]
pub(crate) enum Prev {
    Code(u32),
    Char(Option<char>),
}

/// The code of the three-byte character at byte `i` of `b`, if one starts there.
#[inline(always)]
fn three_code(b: &[u8], i: usize) -> Option<u32> {
    match *b.get(i..i + 3)? {
        [x, y, z] if x & 0xF0 == 0xE0 => Some(code(x, y, z)),
        _ => None,
    }
}

/// The code of the character of the three bytes `x`, `y`, `z` (`x` a lead byte of three).
#[inline(always)]
fn code(x: u8, y: u8, z: u8) -> u32 {
    (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F)
}

/// No character (the end of the sentence), where a code of one is expected: above every
/// code.
const NO_CHAR: u32 = u32::MAX;

/// Sums are compared with this much slack, for rounding in a different order.
const MARGIN: f32 = 1e-3;

/// The filter, built once per model from the Chinese weights.
#[derive(Clone, Debug)]
pub(crate) struct Gate {
    /// For each character of the Basic Multilingual Plane (every character of three bytes
    /// or fewer), indexed by its code, its weighted contribution at each place: one load
    /// with no test of the block the character is in.
    rows: Box<[[f32; PLACES]; BMP]>,
    w: [f32; MAX_FEATURES],
    /// The most the right context can add.
    right_most: f32,
    /// The most the left context and the string lookups can add.
    rest: f32,
    /// The most the left context can add.
    left_most: f32,
    /// The most the string lookups can add to a span of each shape ([`Gate::strings_at`]).
    strings_by_shape: [f32; 4],
    threshold: f32,
    /// The word-boundary features of both candidates of [`Gate::single`], weighted and
    /// summed, for every pattern of what it reads about them (see [`shape_key`]). (Arrays
    /// of their size: a key, of twelve bits, is read with no test of its bounds.)
    shapes: Box<[[f32; 2]; SHAPES]>,
    /// For the same patterns, the most the string lookups can add to each candidate
    /// ([`Gate::strings_at`] of their spans, read from the same bits).
    shape_strings: Box<[[f32; 2]; SHAPES]>,
}

/// The patterns [`shape_key`] tells apart.
const SHAPES: usize = 1 << 12;

/// The index in [`Gate::shapes`] of the candidates of a one-character surname whose
/// word-start bits are `bits` (bit 0 at the surname), the longer of which ends the
/// sentence if `end`, the character after the shorter being an ideograph if `han`.
fn shape_key(bits: u64, end: bool, han: bool) -> usize {
    (bits & 0x3FF) as usize | usize::from(end) << 10 | usize::from(han) << 11
}

impl Gate {
    /// `w`: the Chinese weights; `rest`: their bounds after each stage (from
    /// [`stage_bounds`](super::candidates::stage_bounds)).
    pub(crate) fn new(t: &Tables, w: &[f32; MAX_FEATURES], rest: &[f32; BOUNDS], threshold: f32) -> Gate {
        let mut gate = Gate {
            rows: vec![[0.0; PLACES]; BMP]
                .into_boxed_slice()
                .try_into()
                .expect("BMP rows"),
            w: *w,
            right_most: rest[0] - rest[1],
            rest: rest[1],
            left_most: rest[1] - rest[2],
            strings_by_shape: [(false, false), (false, true), (true, false), (true, true)]
                .map(|(one_word, cut)| candidates::strings_bound_shaped(w, t, one_word, cut) + MARGIN),
            threshold,
            shapes: Box::new([[0.0; 2]; SHAPES]),
            shape_strings: Box::new([[0.0; 2]; SHAPES]),
        };
        let (by_first, _) = candidates::right_bounds(w, t);
        let by_last = candidates::left_bounds(w, t);
        // Characters of the tables' dense arrays get the bounds of their contexts; the
        // others (rare ideographs, full-width forms) what `places` gives them.
        for code in 0..BMP as u32 {
            let Some(c) = char::from_u32(code) else { continue };
            let mut row = gate.places(t, c);
            if dense_index(code).is_some() {
                row[RIGHT_MOST] = candidates::right_most_after(w, t, &by_first, c) + MARGIN;
                row[LEFT_MOST] = candidates::left_most_before(w, t, &by_last, c) + MARGIN;
            }
            gate.rows[code as usize] = row;
        }
        for key in 0..SHAPES {
            gate.shapes[key] = gate.shape(key);
            gate.shape_strings[key] = gate.shape_strings(key);
        }
        gate
    }

    /// The weighted word-boundary features of the two candidates [`shape_key`] `key`
    /// stands for: of the one with a given name of one character, and of two.
    fn shape(&self, key: usize) -> [f32; 2] {
        use feat::*;
        let w = &self.w;
        let bits = key as u64 & 0x3FF;
        let (end, han) = (key >> 10 & 1 != 0, key >> 11 & 1 != 0);
        let bit = |k: usize| bits >> k & 1 != 0;
        // Bits from..to (relative to the surname) all clear: no word starts there.
        let clear = |from: usize, to: usize| bits & (((1u64 << to) - 1) & !((1u64 << from) - 1)) == 0;
        // (The shorter candidate never ends the sentence: a character follows it.)
        let ends = |e: usize| (e == 9 && end) || bit(e);
        let words = |e: usize| {
            let one_word = bit(0) && ends(e) && clear(1, e);
            w[STARTS_WORD] * flag(bit(0))
                + w[ENDS_WORD] * flag(ends(e))
                + w[ONE_WORD] * flag(one_word)
                + w[INSIDE_WORD] * flag(!one_word && clear(1, e))
                + w[chinese::GIVEN_WORD] * flag(bit(3) && ends(e) && clear(4, e))
        };
        let surname_word = w[chinese::SURNAME_WORD] * flag(bit(0) && bit(3) && clear(1, 3));
        let lone_next = han && bit(6) && ends(9);
        let lone_tail = bit(0) && clear(1, 6) && bit(6) && ends(9);
        [
            surname_word + words(6) + w[chinese::LONE_NEXT] * flag(lone_next),
            surname_word + words(9) + w[chinese::LONE_TAIL] * flag(lone_tail),
        ]
    }

    /// The weighted contributions of `c` at each place, from the tables.
    fn places(&self, t: &Tables, c: char) -> [f32; PLACES] {
        let w = &self.w;
        let st = t.get(c);
        let rare = st.seen < RARE_BELOW;
        let given = |v: f32, weight: f32| if rare { w[chinese::RARE_GIVEN] } else { weight * v };
        let last = w[feat::LAST_AS_RIGHT] * st.right + w[feat::PLACE_LAST] * flag(is_place_suffix(c));
        let han = t.class(c) & class::HAN != 0;
        let after = w[feat::NEXT_HAN] * flag(han);
        let next_given = if han && !rare {
            w[chinese::NEXT_GIVEN] * st.given_second
        } else {
            0.0
        };
        let mut p = [0.0; PLACES];
        p[SURNAME_AT] = w[feat::FIRST_AS_LEFT] * st.left;
        p[SINGLE] = given(st.given_single, w[chinese::GIVEN_FIRST]) + last;
        p[FIRST_OF_TWO] = given(st.given_first, w[chinese::GIVEN_FIRST]);
        p[SECOND_OF_TWO] = given(st.given_second, w[chinese::GIVEN_SECOND]) + last;
        p[AFTER_SINGLE] = after + next_given;
        p[AFTER_TWO] = after;
        p[RIGHT_MOST] = self.right_most;
        p[LEFT_MOST] = self.left_most;
        p
    }

    /// The contribution at `place` of the character of code `code`, below 0x10000 (a
    /// character of three bytes, decoded to its code by the caller: no `char` is made).
    #[inline(always)]
    fn at_code(&self, code: u32, place: usize) -> f32 {
        self.rows[code as usize & (BMP - 1)][place]
    }

    /// The contribution at `place` of the character of code `code` (any character's).
    #[inline(always)]
    fn at_any(&self, t: &Tables, code: u32, place: usize) -> f32 {
        match code {
            0..0x1_0000 => self.rows[code as usize & (BMP - 1)][place],
            // (Every code here is a character's: read from a `str`.)
            _ => char::from_u32(code).map_or(0.0, |c| self.places(t, c)[place]),
        }
    }

    /// The contribution of `c` at `place`.
    #[inline(always)]
    fn at(&self, t: &Tables, c: char, place: usize) -> f32 {
        match c as u32 {
            code @ 0..0x1_0000 => self.rows[code as usize & (BMP - 1)][place],
            _ => self.places(t, c)[place],
        }
    }

    /// The exact stage-0 part of the candidate's score.
    pub(crate) fn stage0(&self, t: &Tables, text: &str, m: &Marks, s: &Span) -> f32 {
        use feat::*;
        let w = &self.w;
        let one_word = m.is_word(s.start, s.end);
        let mut sum = w[BIAS]
            + w[STARTS_WORD] * flag(m.starts_word(s.start))
            + w[ENDS_WORD] * flag(m.ends_word(s.end))
            + w[ONE_WORD] * flag(one_word)
            + w[INSIDE_WORD] * flag(!one_word && m.within_word(s.start, s.end))
            + w[PREV_HAN] * flag(char_before(text, s.start).is_some_and(|(_, c)| t.class(c) & class::HAN != 0))
            + w[chinese::SURNAME] * s.value
            + w[chinese::COMPOUND] * flag(s.given - s.start > s.surname.len_utf8())
            + w[chinese::GIVEN_WORD] * flag(m.is_word(s.given, s.end))
            + w[chinese::SURNAME_WORD] * flag(m.is_word(s.start, s.given))
            + self.at(t, s.surname, SURNAME_AT);
        let next = char_at(text, s.end);
        if s.two {
            let last_start = s.end - s.last.len_utf8();
            let lone_tail = m.is_word(s.start, last_start) && m.is_word(last_start, s.end);
            sum += w[chinese::LONE_TAIL] * flag(lone_tail);
        } else if let Some(n) = next.filter(|&n| t.class(n) & class::HAN != 0) {
            sum += w[chinese::LONE_NEXT] * flag(m.is_word(s.end, s.end + n.len_utf8()));
        }
        if s.two {
            sum += w[chinese::TWO_GIVEN]
                + self.at(t, s.first_given, FIRST_OF_TWO)
                + self.at(t, s.last, SECOND_OF_TWO)
                + next.map_or(0.0, |c| self.at(t, c, AFTER_TWO));
        } else {
            sum += self.at(t, s.last, SINGLE) + next.map_or(0.0, |c| self.at(t, c, AFTER_SINGLE));
        }
        sum
    }

    /// The stage-0 sums of the two candidates that a one-character surname of code `s`,
    /// three bytes at byte `i`, starts (given names of one and of two characters),
    /// computed together from one window of word boundaries, when its next two characters
    /// take three bytes each too (nearly always), or the next one does and an ASCII
    /// character other than a blank or a line break follows it (then the longer candidate
    /// is none: its sum is −∞); `None` otherwise. Equal to [`Gate::stage0`]. Also the code
    /// of the character after the shorter candidate, the code of the one after the longer
    /// one (`NO_CHAR` for none), and the character before the surname.
    #[inline]
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    pub(crate) fn single(
        &self,
        t: &Tables,
        text: &str,
        m: &Marks,
        i: usize,
        s: u32,
        value: f32,
    ) -> Option<([f32; 2], u32, u32, Prev, usize)> {
        use feat::*;
        let b = text.as_bytes();
        // (The characters are read as codes: the rows and classes are indexed by them, and
        // no `char` is needed. The surname's the scan decoded already. The bytes after the
        // surname are one slice: one test of its length for the two characters, and none of
        // an offset's overflow.)
        let after = b.get(i + 3..)?;
        let (g1, g2, longer) = match *after {
            [x1, y1, z1, x2, y2, z2, ..] if x1 & 0xF0 == 0xE0 && x2 & 0xF0 == 0xE0 => {
                (code(x1, y1, z1), code(x2, y2, z2), true)
            }
            // An ASCII character after a given name of one (王明,: the view's comma, a digit,
            // a bracket): the shorter candidate alone, the longer none (its last character
            // would be no ideograph). Not a blank or a line break, past which the right
            // context reads on.
            [x1, y1, z1, x2, ..] if x1 & 0xF0 == 0xE0 && x2.is_ascii() && x2 != b' ' && x2 != b'\n' => {
                (code(x1, y1, z1), u32::from(x2), false)
            }
            _ => return None,
        };
        let w = &self.w;
        // The word boundaries, from a table by the bits (the sums agree with the features
        // up to rounding, which the margins of `quick` and `passes` cover).
        let g2_han = t.class_of_code(g2) & class::HAN != 0;
        let key = shape_key(m.bits(i), i + 9 >= m.len(), g2_han);
        let [words_one, words_two] = self.shapes[key];
        // The character before, as a code when it takes three bytes (nearly always).
        let prev = match i.checked_sub(3).and_then(|k| three_code(b, k)) {
            Some(code) => Prev::Code(code),
            None => Prev::Char(char_before(text, i).map(|(_, c)| c)),
        };
        let prev_han = match prev {
            Prev::Code(code) => t.class_of_code(code) & class::HAN != 0,
            Prev::Char(c) => c.is_some_and(|c| t.class(c) & class::HAN != 0),
        };
        let base = w[BIAS] + w[PREV_HAN] * flag(prev_han) + w[chinese::SURNAME] * value + self.at_code(s, SURNAME_AT);
        let one = base + words_one + self.at_code(g1, SINGLE) + self.at_code(g2, AFTER_SINGLE);
        if !longer {
            // (No sum reaches the threshold: `quick` keeps no longer candidate.)
            return Some(([one, f32::NEG_INFINITY], g2, NO_CHAR, prev, key));
        }
        // The character after the longer candidate as a code too (no `char` made, no test
        // of its validity: the bytes of a `str`), or `NO_CHAR` at the sentence's end.
        let next = match after[6..] {
            [x, y, z, ..] if x & 0xF0 == 0xE0 => code(x, y, z),
            _ => char_at(text, i + 9).map_or(NO_CHAR, u32::from),
        };
        let two = base
            + words_two
            + w[chinese::TWO_GIVEN]
            + self.at_code(g1, FIRST_OF_TWO)
            + self.at_code(g2, SECOND_OF_TWO)
            + if next == NO_CHAR {
                0.0
            } else {
                self.at_any(t, next, AFTER_TWO)
            };
        Some(([one, two], g2, next, prev, key))
    }

    /// The entry of [`Gate::shape_strings`] for `key` (see [`shape_key`]): the spans end
    /// two and three characters on, ideographs of three bytes each, the longer one at the
    /// sentence's end if `end` (the shorter never), and a word starts at byte `k` after the
    /// surname if bit `k` of the key is set.
    fn shape_strings(&self, key: usize) -> [f32; 2] {
        let bit = |k: usize| key >> k & 1 != 0;
        let end = key >> 10 & 1 != 0;
        // One word: a word starts at the surname, none inside, and one right after (or the
        // sentence ends there). Cut: no word starts right after, inside the sentence.
        let one_word = |len: usize, at_end: bool| bit(0) && (1..len).all(|k| !bit(k)) && (at_end || bit(len));
        let one = self.strings_by_shape[usize::from(one_word(6, false)) << 1 | usize::from(!bit(6))];
        let two = self.strings_by_shape[usize::from(one_word(9, end)) << 1 | usize::from(!end && !bit(9))];
        [one, two]
    }

    /// The stage-0 sums of the two candidates a one-character surname of code `s`, three
    /// bytes at byte `i`, starts, or `None` for a candidate that cannot reach the threshold on its sum and the most
    /// the character right after it could bring as right context; `None` for both when
    /// [`Gate::single`] is. When one is left, `left` reads the left context (both share it)
    /// and a candidate is dropped as [`Gate::passes`] would drop it on it: most surnames
    /// are then done with, and the left context is read once for both lengths.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn quick(
        &self,
        t: &Tables,
        text: &str,
        m: &Marks,
        i: usize,
        s: u32,
        value: f32,
        left: impl FnOnce(Option<(usize, char)>) -> Left,
    ) -> Option<[Option<f32>; 2]> {
        let (sums, g2, next, prev, key) = self.single(t, text, m, i, s, value)?;
        // The character before the surname bounds the left context as in `passes` (where
        // the one before a space or a line break is read: assume the most there).
        let left_most = match prev {
            Prev::Code(code) => self.at_code(code, LEFT_MOST),
            Prev::Char(Some(' ' | '\n')) => self.left_most,
            Prev::Char(Some(c)) => self.at(t, c, LEFT_MOST),
            Prev::Char(None) => self.at(t, BOS, LEFT_MOST),
        };
        // A space or a line break after the span hides the context character (the right
        // context reads past it, or reads the sentence's end): assume the most there, and
        // the bound is not the one `passes` takes (`exact` false).
        // (The character after the shorter span is an ideograph's three bytes or an ASCII
        // character other than those two: neither.)
        let most = |k: usize| match (k, next) {
            (0, _) => (self.at_code(g2, RIGHT_MOST), true),
            (_, NO_CHAR) => (self.at(t, EOS, RIGHT_MOST), true),
            (_, c) if c != u32::from(b' ') && c != u32::from(b'\n') => (self.at_any(t, c, RIGHT_MOST), true),
            (_, _) => (self.right_most, false),
        };
        let strings = |k: usize| self.shape_strings[key][k];
        let keep = |k: usize| {
            // (The lesser of the two bounds, neither a NaN: one instruction, where `f32::min`
            // handles NaNs.)
            let left_bound = left_most + strings(k);
            let rest = if left_bound < self.rest { left_bound } else { self.rest };
            (sums[k] + most(k).0 + rest + MARGIN > self.threshold).then_some(sums[k])
        };
        let kept = [keep(0), keep(1)];
        if kept == [None, None] {
            return Some(kept);
        }
        // The left context, as `passes` reads it after the same right bound (summed in the
        // same order, so it drops exactly the candidates `passes` would).
        let left = left(before(text, i)).weighted(&self.w);
        let on_left = |k: usize| {
            let (most, exact) = most(k);
            kept[k].filter(|&sum| !exact || sum + most + left + strings(k) + MARGIN > self.threshold)
        };
        Some([on_left(0), on_left(1)])
    }

    /// False when a candidate at bytes `span` with stage-0 sum `sum` cannot reach the
    /// threshold; `right` and `left` read the right and the left context, each needed
    /// only when the sums before leave a chance. (Most candidates the bounds let
    /// through, the left context stops: they are spared the right one and the features
    /// of stage 0.)
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn passes(
        &self,
        t: &Tables,
        text: &str,
        m: &Marks,
        sum: f32,
        span: Range<usize>,
        right: impl FnOnce(Option<(usize, char)>) -> Right,
        left: impl FnOnce(Option<(usize, char)>) -> Left,
    ) -> bool {
        if sum + self.right_most + self.rest + MARGIN <= self.threshold {
            return false;
        }
        // The character right after the span bounds what its right context can add, and
        // the one before it what its left context can. (Each context is read from its
        // character: `right` and `left` are handed them.)
        let a1 = after(text, span.end);
        let right_most = match a1 {
            // (As in `quick`: past a space or a line break, assume the most.)
            Some((_, ' ' | '\n')) => self.right_most,
            _ => self.at(t, a1.map_or(EOS, |(_, c)| c), RIGHT_MOST),
        };
        if sum + right_most + self.rest + MARGIN <= self.threshold {
            return false;
        }
        let b1 = before(text, span.start);
        let strings = self.strings_at(m, span.start, span.end);
        if sum + right_most + self.at(t, b1.map_or(BOS, |(_, c)| c), LEFT_MOST) + strings + MARGIN <= self.threshold {
            return false;
        }
        // The left context first: it stops more candidates than the right one.
        let left = left(b1).weighted(&self.w);
        if sum + right_most + left + strings + MARGIN <= self.threshold {
            return false;
        }
        sum + right(a1).weighted(&self.w) + left + strings + MARGIN > self.threshold
    }

    /// The most the string lookups can add to the span `start..end`, by its shape: one
    /// word or not, and a word starting at its end or not (see
    /// [`strings_bound_shaped`](candidates::strings_bound_shaped)). Most spans end where
    /// a word starts, where no word jieba-rs guessed can cross their end.
    #[inline]
    fn strings_at(&self, m: &Marks, start: usize, end: usize) -> f32 {
        let cut = end < m.len() && !m.starts_word(end);
        self.strings_by_shape[usize::from(m.is_word(start, end)) << 1 | usize::from(cut)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::{EntryTable, compile_lexicon};
    use crate::recognize::Sentence;
    use crate::recognize::person::candidates::{Candidate, Kind};
    use crate::recognize::person::scoring::Weights;
    use crate::segment;

    /// The scorer, with the gate and the stages pruning, keeps exactly the candidates
    /// whose full features score over the threshold.
    #[test]
    fn pruning_keeps_every_candidate_over_the_threshold() {
        use crate::recognize::person::scoring::{Scored, Scorer};
        let weights = Weights::embedded().unwrap().bound(&Tables::embedded().unwrap());
        let texts = [
            "会上，王明华主任、欧阳小峰副局长和李刚先生分别讲话，张华强调要高度重视。",
            "记者刘洋、通讯员陈晓明报道：市长孙建国来到黄河路的金水区，与司马光明等人座谈。",
            "青山市人民政府副市长周立群、市财政局局长邵立群出席，高新区管委会主任马建国主持。",
            "本报北京1月5日电 国务院总理李鹏昨天会见了美国前总统卡特和夫人罗莎琳，钱其琛参加。",
            "新任董事长何以见得曾多次表示，公司将于明年在香港上市，总经理胡萝卜与马铃薯无关。",
            // (Foreign names in a match report and out of one.)
            "主帅多梅里克说，卡萨诺瓦近来状态下滑，联赛已三轮不胜，阿森纳主场迎战拉齐奥。",
            "外长萨利姆宣布辞职，格雷厄姆·沃林顿大使和梅德韦杰夫总统会见了克林顿。",
            // (Names right before a line break, and a space.)
            "主持人：王明华\n副主任：欧阳晓峰\n记者 张国强 \n通讯员 李刚\n",
            // (Names of two characters before an ASCII character, as the view writes a comma.)
            "会见了王明,李华(副市长)和张强:他们3日到达,赵刚5日离开,市长高峰,杨柳.",
        ];
        let mut checked = 0;
        for text in texts {
            checked += crate::recognize::person::with_sentence(text, |s, tables| {
                let mut m = Marks::default();
                m.load(s);
                let mut all: Vec<Candidate> = Vec::new();
                candidates::collect(tables, s, &m, &mut all, &mut candidates::Seen::default());
                let mut kept: Vec<Scored> = Vec::new();
                let mut scorer = Scorer {
                    weights: &weights,
                    out: &mut kept,
                };
                candidates::collect(tables, s, &m, &mut scorer, &mut candidates::Seen::default());
                let over: Vec<(usize, usize, f32)> = all
                    .iter()
                    .map(|c| (c.start, c.end, weights.score(c) - weights.threshold))
                    .filter(|c| c.2 > 0.0)
                    .collect();
                // (Scores summed in another order differ in the last bits: none is that near.)
                assert!(over.iter().all(|c| c.2 > 1e-4));
                assert_eq!(kept.len(), over.len(), "{text}");
                for (k, o) in kept.iter().zip(&over) {
                    assert_eq!((k.start, k.end), (o.0, o.1), "{text}");
                    assert!((k.score - o.2).abs() < 1e-4, "{text}");
                }
                over.len()
            });
        }
        assert!(checked >= 15, "{checked}");
    }

    /// The gate's stage-0 and right-context sums equal the weighted features of the
    /// same candidates, as the full feature code computes them.
    #[test]
    fn gate_sums_agree_with_the_features() {
        let tables = Tables::embedded().unwrap();
        let weights = Weights::embedded().unwrap().bound(&tables);
        let gate = weights.gate().unwrap();
        let lexicon = compile_lexicon(&[], &EntryTable::default()).unwrap();
        let text = "会上，王明华主任、欧阳小峰副局长和李刚先生分别讲话，张华强调要高度重视。\
                    记者刘洋、通讯员陈晓明报道：市长孙建国来到黄河路的金水区，与司马光明等人座谈；\
                    开发区的高峰论坛上，华为、中兴等企业代表发言，马云称赞了杨柳青的年画。\
                    会见了王明,李华(副市长)和张强:赵刚5日离开,市长高峰,杨柳.";
        let mut words = Vec::new();
        segment::words(text, &mut words);
        let mut hits = Vec::new();
        lexicon.find_in_words(text, &words, &mut hits);
        let s = Sentence {
            text,
            words: &words,
            hits: &hits,
        };
        let mut m = Marks::default();
        m.load(&s);
        let mut cands: Vec<Candidate> = Vec::new();
        candidates::collect(&tables, &s, &m, &mut cands, &mut candidates::Seen::default());
        let w = &gate.w;
        let (mut checked, mut quick_checked) = (0, 0);
        for c in cands.iter().filter(|c| c.kind == Kind::Chinese) {
            let f = &c.features;
            let stage0: f32 = (0..MAX_FEATURES)
                .filter(|&i| candidates::stage_of(i) == 0)
                .map(|i| w[i] * f[i])
                .sum();
            let surname = char_at(text, c.start).unwrap();
            let compound = f[chinese::COMPOUND] > 0.0;
            let given = if compound {
                c.start + surname.len_utf8() + char_at(text, c.start + surname.len_utf8()).unwrap().len_utf8()
            } else {
                c.start + surname.len_utf8()
            };
            let first_given = char_at(text, given).unwrap();
            let last = char_before(text, c.end).unwrap().1;
            let span = Span {
                two: f[chinese::TWO_GIVEN] > 0.0,
                start: c.start,
                given,
                end: c.end,
                surname,
                value: f[chinese::SURNAME],
                first_given,
                last,
            };
            let fast = gate.stage0(&tables, text, &m, &span);
            assert!(
                (fast - stage0).abs() < 1e-4,
                "{} {fast} {stage0}",
                &text[c.start..c.end]
            );
            if !compound
                && let Some(s) = three_code(text.as_bytes(), c.start)
                && let Some((both, _, _, _, key)) = gate.single(&tables, text, &m, c.start, s, span.value)
            {
                let quick = both[usize::from(span.two)];
                assert!(
                    (quick - stage0).abs() < 1e-4,
                    "{} {quick} {stage0}",
                    &text[c.start..c.end]
                );
                // The bound of the string lookups read from the bits is the span's.
                assert_eq!(
                    gate.shape_strings[key][usize::from(span.two)],
                    gate.strings_at(&m, c.start, c.end),
                    "{}",
                    &text[c.start..c.end]
                );
                quick_checked += 1;
            }
            checked += 1;
        }
        assert!(checked > 40 && quick_checked > 30, "{checked} {quick_checked}");
    }
}
