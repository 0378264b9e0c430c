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

use super::scoring::Weights;
use super::tables::{BOS, EOS, RARE_BELOW, Tables, pair};
use crate::dictionary::tag;
use crate::recognize::{Sentence, is_han};
use crate::segment::JIEBA;

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

/// Features every kind reads: the context of the span and how it sits among words.
const COMMON: usize = 27;
macro_rules! features {
    ($($extra:literal),*) => {
        &["bias", "left1", "left2", "right1", "right2", "title_before", "title_after", "starts_word",
          "ends_word", "one_word", "inside_word", "dict_word", "not_name", "lexicon_overlap", "next_han",
          "prev_han", "max_left", "max_right", "last_as_right", "first_as_left", "place_after", "place_last", "common_word", "oov_word", "org_after", "org_before", "very_common", $($extra),*]
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
    "surname_word"
];
const SURNAME_FEATURES: &[&str] = features!["surname"];
const FOREIGN_FEATURES: &[&str] = features!["length", "translit_mean", "translit_min", "dot", "surname_first"];

/// The largest feature vector of any kind.
pub(crate) const MAX_FEATURES: usize = 40;
const _: () = assert!(
    CHINESE_FEATURES.len() <= MAX_FEATURES
        && SURNAME_FEATURES.len() <= MAX_FEATURES
        && FOREIGN_FEATURES.len() <= MAX_FEATURES
        && SURNAME_FEATURES.len() > COMMON
);

/// Longest transliterated run read as one candidate, in characters.
const MAX_RUN: usize = 24;

/// A transliteration ratio above this puts a character in a foreign-name run.
const RUN_MIN: f32 = 0.0;

/// A candidate span, in characters of the sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
    pub(crate) features: [f32; MAX_FEATURES],
}

/// The characters of one sentence with what is known about each.
#[derive(Default, Debug)]
pub(crate) struct Chars {
    /// Byte offset of each character; one more entry for the end of the text.
    pub(crate) pos: Vec<usize>,
    pub(crate) ch: Vec<char>,
    /// Index of the jieba word holding each character.
    word: Vec<u32>,
    /// Tags of the lexicon hit covering each character (0 when none).
    covered: Vec<u16>,
    /// Tags of a lexicon hit ending right before each character (one more entry for the end).
    hit_ends: Vec<u16>,
    /// Tags of a lexicon hit starting at each character.
    hit_starts: Vec<u16>,
}

impl Chars {
    /// Reads `s` into per-character arrays, reusing the buffers.
    pub(crate) fn load(&mut self, s: &Sentence<'_>) {
        self.pos.clear();
        self.ch.clear();
        for (i, c) in s.text.char_indices() {
            self.pos.push(i);
            self.ch.push(c);
        }
        self.pos.push(s.text.len());
        let n = self.ch.len();
        self.word.clear();
        let mut w = 0;
        for &p in &self.pos[..n] {
            while w + 1 < s.words.len() && s.words[w].end <= p {
                w += 1;
            }
            self.word.push(w as u32);
        }
        self.covered.clear();
        self.covered.resize(n, 0);
        self.hit_ends.clear();
        self.hit_ends.resize(n + 1, 0);
        self.hit_starts.clear();
        self.hit_starts.resize(n, 0);
        let mut i = 0;
        for h in s.hits {
            while i < n && self.pos[i] < h.start {
                i += 1;
            }
            if i < n && self.pos[i] == h.start {
                self.hit_starts[i] |= h.entry.tags;
            }
            let mut j = i;
            while j < n && self.pos[j] < h.end {
                self.covered[j] |= h.entry.tags;
                j += 1;
            }
            if self.pos[j] == h.end {
                self.hit_ends[j] |= h.entry.tags;
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.ch.len()
    }

    fn starts_word(&self, i: usize) -> bool {
        i == 0 || self.word[i] != self.word[i - 1]
    }

    /// True when a word ends right before character `end`.
    fn ends_word(&self, end: usize) -> bool {
        end >= self.len() || self.word[end] != self.word[end - 1]
    }

    /// True when `start..end` is exactly one jieba word.
    fn is_word(&self, start: usize, end: usize) -> bool {
        self.starts_word(start) && self.ends_word(end) && self.word[start] == self.word[end - 1]
    }

    /// The nearest character index before `i` that is not a space.
    fn before(&self, i: usize) -> Option<usize> {
        (0..i).rev().take(3).find(|&k| self.ch[k] != ' ')
    }

    /// The nearest character index at or after `i` that is not a space.
    fn after(&self, i: usize) -> Option<usize> {
        (i..self.len()).take(3).find(|&k| self.ch[k] != ' ')
    }
}

/// Fills `out` with every candidate of the sentence.
pub(crate) fn collect(t: &Tables, s: &Sentence<'_>, c: &Chars, prune: Option<&Weights>, out: &mut Vec<Candidate>) {
    let scan = Scan { t, s, c, prune };
    let n = c.len();
    let mut i = 0;
    while i < n {
        let ch = c.ch[i];
        let st = t.get(ch);
        if st.is_surname {
            scan.chinese(i, 1, st.surname, out);
            scan.surname_only(i, st.surname, out);
        }
        if let Some(&v) = c.ch.get(i + 1).and_then(|&b| t.compound.get(&pair(ch, b))) {
            scan.chinese(i, 2, v, out);
        }
        i += 1;
    }
    scan.foreign_runs(out);
}

/// What the candidate functions read.
struct Scan<'a, 's> {
    t: &'a Tables,
    s: &'a Sentence<'s>,
    c: &'a Chars,
    /// Weights to drop hopeless candidates with before their costlier features; `None` keeps all.
    prune: Option<&'a Weights>,
}

/// A candidate whose cheap features score below this logit is dropped: on the learning
/// data the other features add at most about 6.5, and the threshold is about -1.
const PRUNE_BELOW: f32 = -5.5;

fn is_dot(ch: char) -> bool {
    matches!(ch, '·' | '•' | '・' | '‧')
}

impl Scan<'_, '_> {
    fn hopeless(&self, kind: Kind, f: &[f32; MAX_FEATURES]) -> bool {
        self.prune.is_some_and(|w| w.partial(kind, f) < PRUNE_BELOW)
    }

    /// Surname at `i` (`len` characters) and one or two given-name characters.
    fn chinese(&self, i: usize, len: usize, surname: f32, out: &mut Vec<Candidate>) {
        let (t, c) = (self.t, self.c);
        let n = c.len();
        for given in 1..=2 {
            let end = i + len + given;
            if end > n || !c.ch[i + len..end].iter().all(|&g| is_han(g)) {
                return;
            }
            if ends_place(c.ch[end - 1]) || (given == 2 && never_ends_name(c.ch[end - 1])) {
                continue;
            }
            let mut f = cheap(t, c, i, end);
            let mut rare = 0.0;
            let mut read = |k: usize, pick: fn(&super::tables::CharStats) -> f32| {
                let g = t.get(c.ch[k]);
                if g.seen < RARE_BELOW {
                    rare += 1.0;
                    0.0
                } else {
                    pick(&g)
                }
            };
            let (first, second) = if given == 2 {
                (read(i + len, |g| g.given_first), read(i + len + 1, |g| g.given_second))
            } else {
                (read(i + len, |g| g.given_single), 0.0)
            };
            // How well the character after a one-character given name would continue it (杜中|武).
            let next_given = match c.ch.get(end) {
                Some(&g) if given == 1 && is_han(g) && t.get(g).seen >= RARE_BELOW => t.get(g).given_second,
                _ => 0.0,
            };
            let flag = |b: bool| f32::from(u8::from(b));
            f[COMMON..CHINESE_FEATURES.len()].copy_from_slice(&[
                surname,
                flag(len == 2),
                flag(given == 2),
                first,
                second,
                rare,
                next_given,
                flag(c.is_word(i + len, end)),
                flag(c.is_word(i, i + len)),
            ]);
            if self.hopeless(Kind::Chinese, &f) {
                continue;
            }
            context(t, self.s, c, i, end, &mut f);
            out.push(Candidate {
                start: i,
                end,
                kind: Kind::Chinese,
                features: f,
            });
        }
    }

    /// A surname alone, when a title or a strong right context follows it (王主任, 孙先生).
    fn surname_only(&self, i: usize, surname: f32, out: &mut Vec<Candidate>) {
        let (t, c) = (self.t, self.c);
        let n = c.len();
        if i + 1 >= n || !c.starts_word(i) {
            return;
        }
        let next = c.ch[i + 1];
        let title_after = c.hit_starts[i + 1] & (tag::TITLE | tag::MODIFIER) != 0;
        let strong_right =
            c.ch.get(i + 2)
                .is_some_and(|&b| t.right2.get(&pair(next, b)).is_some_and(|&v| v > 1.0));
        if !(title_after || strong_right) {
            return;
        }
        let mut f = cheap(t, c, i, i + 1);
        context(t, self.s, c, i, i + 1, &mut f);
        f[COMMON] = surname;
        out.push(Candidate {
            start: i,
            end: i + 1,
            kind: Kind::Surname,
            features: f,
        });
    }

    /// Runs of transliteration characters, joined over middle dots.
    fn foreign_runs(&self, out: &mut Vec<Candidate>) {
        let (t, c) = (self.t, self.c);
        let n = c.len();
        let in_run = |k: usize| is_han(c.ch[k]) && t.get(c.ch[k]).translit > RUN_MIN;
        let mut i = 0;
        while i < n {
            if !in_run(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            while end < n && end - start < MAX_RUN {
                if in_run(end) {
                    end += 1;
                } else if is_dot(c.ch[end]) && end + 1 < n && in_run(end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            i = end;
            if end - start < 2 {
                continue;
            }
            self.foreign(start, end, out);
            if end - start >= 3 {
                if !is_dot(c.ch[end - 2]) {
                    self.foreign(start, end - 1, out);
                }
                if !is_dot(c.ch[start + 1]) {
                    self.foreign(start + 1, end, out);
                }
            }
        }
    }

    fn foreign(&self, start: usize, end: usize, out: &mut Vec<Candidate>) {
        let (t, c) = (self.t, self.c);
        let mut f = cheap(t, c, start, end);
        let (mut sum, mut min, mut len, mut dot) = (0.0, f32::MAX, 0.0, 0.0);
        for &ch in &c.ch[start..end] {
            if is_dot(ch) {
                dot = 1.0;
            } else {
                let v = t.get(ch).translit;
                sum += v;
                min = min.min(v);
                len += 1.0;
            }
        }
        let first = t.get(c.ch[start]);
        f[COMMON..FOREIGN_FEATURES.len()].copy_from_slice(&[
            len,
            sum / len,
            min,
            dot,
            if first.is_surname { first.surname } else { 0.0 },
        ]);
        if self.hopeless(Kind::Foreign, &f) {
            return;
        }
        context(t, self.s, c, start, end, &mut f);
        out.push(Candidate {
            start,
            end,
            kind: Kind::Foreign,
            features: f,
        });
    }
}

/// Cheap shared features (word boundaries, neighbouring characters), which together
/// with the kind's own features decide whether a candidate is worth the rest.
fn cheap(t: &Tables, c: &Chars, start: usize, end: usize) -> [f32; MAX_FEATURES] {
    let mut f = [0.0; MAX_FEATURES];
    let flag = |b: bool| f32::from(u8::from(b));
    let one_word = c.is_word(start, end);
    f[0] = 1.0;
    f[1] = t.get(c.before(start).map_or(BOS, |k| c.ch[k])).left;
    f[3] = t.get(c.after(end).map_or(EOS, |k| c.ch[k])).right;
    f[7] = flag(c.starts_word(start));
    f[8] = flag(c.ends_word(end));
    f[9] = flag(one_word);
    f[10] = flag(!one_word && c.word[start] == c.word[end - 1]);
    f[14] = flag(end < c.len() && is_han(c.ch[end]));
    f[15] = flag(start > 0 && is_han(c.ch[start - 1]));
    f
}

/// The remaining shared features: wider context, titles, dictionaries.
fn context(t: &Tables, s: &Sentence<'_>, c: &Chars, start: usize, end: usize, f: &mut [f32; MAX_FEATURES]) {
    let b1 = c.before(start);
    let l1 = b1.map_or(BOS, |k| c.ch[k]);
    let l2 = b1.and_then(|k| c.before(k)).map_or(BOS, |k| c.ch[k]);
    let a1 = c.after(end);
    let r1 = a1.map_or(EOS, |k| c.ch[k]);
    let r2 = a1.and_then(|k| c.after(k + 1)).map_or(EOS, |k| c.ch[k]);
    let left2 = if l1 == BOS {
        0.0
    } else {
        t.left2.get(&pair(l2, l1)).copied().unwrap_or(0.0)
    };
    let right2 = if r1 == EOS {
        0.0
    } else {
        t.right2.get(&pair(r1, r2)).copied().unwrap_or(0.0)
    };
    let titles = tag::TITLE | tag::BYLINE;
    let title_before = b1.is_some_and(|k| c.hit_ends[k + 1] & titles != 0);
    let title_after = a1.is_some_and(|k| c.hit_starts[k] & (titles | tag::MODIFIER) != 0);
    let text = &s.text[c.pos[start]..c.pos[end]];
    let blocking = tag::PLACE | tag::ORG | tag::ORG_SUFFIX | tag::TITLE | tag::MODIFIER;
    let dict_word = JIEBA.has_word(text);
    let common = t.common_words.get(text).copied().unwrap_or(0.0);
    let orgs = tag::ORG | tag::ORG_SUFFIX | tag::PLACE;
    let flag = |b: bool| f32::from(u8::from(b));
    let (left1, right1, one_word) = (f[1], f[3], f[9]);
    f[2] = left2;
    f[4] = right2;
    f[5] = flag(title_before);
    f[6] = flag(title_after);
    f[11] = flag(dict_word);
    f[12] = flag(t.not_names.contains(text));
    f[13] = flag(c.covered[start..end].iter().any(|&tags| tags & blocking != 0));
    // The strongest sign on each side: a title word is worth a strong context n-gram.
    f[16] = left1.max(left2).max(if title_before { 3.0 } else { 0.0 });
    f[17] = right1.max(right2).max(if title_after { 3.0 } else { 0.0 });
    // A last character that usually follows names may belong to the context (戴浩|摄).
    f[18] = t.get(c.ch[end - 1]).right;
    f[19] = t.get(c.ch[start]).left;
    f[20] = flag(a1.is_some_and(|k| is_place_suffix(c.ch[k])));
    f[21] = flag(is_place_suffix(c.ch[end - 1]));
    f[22] = common;
    // A word jieba made up from its character model, not its dictionary: often a name.
    f[23] = flag(one_word > 0.0 && !dict_word);
    f[24] = flag(a1.is_some_and(|k| c.hit_starts[k] & orgs != 0));
    f[25] = flag(b1.is_some_and(|k| c.hit_ends[k + 1] & orgs != 0));
    // Only the most frequent dictionary words are surely not names (舒适 yes, 高峰 no).
    f[26] = (common - 6.0).max(0.0);
}

/// Characters that end names of places, estates and buildings: a name-shaped span
/// right before one is more likely a place (金菊|街, 石佛|家属院).
fn is_place_suffix(c: char) -> bool {
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

/// Last characters of village, street and estate names that no Chinese given name
/// ends with (郭村, 金菊街, 刘庄): such a span is a place, whatever its context.
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
    )
}

/// Function words and byline marks that follow names but never end one: 郭红|摄, 李明|等.
fn never_ends_name(c: char) -> bool {
    matches!(
        c,
        '摄' | '等' | '说' | '称' | '的' | '了' | '是' | '在' | '撰' | '绘' | '被' | '把' | '也' | '就' | '还'
    )
}

/// The byte range of a candidate in the sentence.
#[cfg(test)]
pub(crate) fn byte_range(c: &Chars, cand: &Candidate) -> std::ops::Range<usize> {
    c.pos[cand.start]..c.pos[cand.end]
}
