//! The learned tables of the person recogniser, read from the embedded dictionaries
//! into dense arrays indexed by character code, so the scan does no hashing on the
//! common path.
//!
//! Every ratio is a log-likelihood ratio mined by `tools/mine_person_stats.py`:
//! positive values say "more likely in a name (or next to one) than elsewhere".

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;
use crate::dictionary::parse;

/// The dense arrays cover two blocks: every code point below `LOW_END` (ASCII,
/// punctuation, the CJK symbols that stand next to names) and the CJK Unified
/// Ideographs `CJK_FIRST..CJK_END`, stored right after the low block.
const LOW_END: u32 = 0x3100;
const CJK_FIRST: u32 = 0x4E00;
const CJK_END: u32 = 0xA000;
const DENSE_LEN: usize = (LOW_END + CJK_END - CJK_FIRST) as usize;
/// The code points of the Basic Multilingual Plane.
const BMP: usize = 0x1_0000;

/// The index of `code` in the dense arrays, if it has one.
#[inline]
pub(crate) fn dense_index(code: u32) -> Option<usize> {
    if code < LOW_END {
        Some(code as usize)
    } else if (CJK_FIRST..CJK_END).contains(&code) {
        Some((code - CJK_FIRST + LOW_END) as usize)
    } else {
        None
    }
}

/// Stands for the start of the sentence in context n-grams (`^` in the files).
pub(crate) const BOS: char = '\u{2}';
/// Stands for the end of the sentence in context n-grams (`$` in the files).
pub(crate) const EOS: char = '\u{3}';

/// Below this many occurrences outside names, a character's given-name ratios rest on
/// too little data and are read as "rare character" instead.
pub(crate) const RARE_BELOW: u16 = 3;

/// What the tables say about one character.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct CharStats {
    /// Surname ratio; `None`-like when [`CharStats::is_surname`] is false.
    pub(crate) surname: f32,
    pub(crate) is_surname: bool,
    /// Given-name ratios: first of two, second of two, single.
    pub(crate) given_first: f32,
    pub(crate) given_second: f32,
    pub(crate) given_single: f32,
    /// Occurrences outside names in the learning text (capped at 999); 0 for unseen.
    pub(crate) seen: u16,
    /// Transliterated-name ratio (0 when unknown).
    pub(crate) translit: f32,
    /// Context ratios of the character right before / right after a name.
    pub(crate) left: f32,
    pub(crate) right: f32,
}

/// Bits of [`Tables::class`]: what a character can start or join, read once per
/// character of every sentence, so it lives in a small array of its own.
pub(crate) mod class {
    /// A single-character surname (王).
    pub(crate) const SURNAME: u8 = 1;
    /// The first character of a compound surname (欧 of 欧阳).
    pub(crate) const COMPOUND_FIRST: u8 = 1 << 1;
    /// A character of transliterated names (克, 林, 顿).
    pub(crate) const TRANSLIT: u8 = 1 << 2;
    /// A CJK ideograph.
    pub(crate) const HAN: u8 = 1 << 3;
    /// A character that transliterated names use, but ordinary text more (得 of 彼得): no
    /// run of the statistical candidates holds one (they would read too many words as
    /// names), but a name joined by a hyphen or a full stop may.
    pub(crate) const WEAK_TRANSLIT: u8 = 1 << 4;
    /// A character another reader looks for (see [`Cues`](crate::recognize::Cues)).
    pub(crate) const CUE: u8 = 1 << 5;
    /// A character the candidate scan notes for the other person readers: 为, 任, 由, 免, 职, 某, 老,
    /// 小, 岁, 释 (a dharma name's surname), the verbs of speech before a quotation (答, 问, 道,
    /// 曰) and the middle dots of three bytes; and for the readers after them, 长 (of a title
    /// jieba-rs keeps one word with its body's name, 国防部长), the
    /// administrative units and the characters a number may start with (see [`is_marked`]).
    pub(crate) const MARK: u8 = 1 << 6;
    /// The first character of a Japanese family name (田 of 田中): the candidate scan notes
    /// where one stands, for [`japanese`](super::super::japanese).
    pub(crate) const JAPANESE: u8 = 1 << 7;

    /// Is `c` one of the characters of [`MARK`]?
    pub(crate) fn is_marked(c: char) -> bool {
        matches!(
            c,
            '为' | '任'
                | '由'
                | '免'
                | '职'
                | '某'
                | '老'
                | '小'
                | '岁'
                | '释'
                | '答'
                | '问'
                | '道'
                | '曰'
                | '•'
                | '・'
                | '‧'
        ) || c == '长'
            || crate::recognize::ADMIN_UNITS.contains(&c)
            || crate::numbers::starts_numeral(c)
    }
}

/// A transliteration ratio above this puts a character in a foreign-name run.
pub(crate) const RUN_MIN: f32 = 0.0;

/// A transliteration ratio above this (and at most [`RUN_MIN`]) makes a character
/// [`class::WEAK_TRANSLIT`].
pub(crate) const WEAK_MIN: f32 = -1.0;

/// The stats of a character the tables do not know.
static UNKNOWN: CharStats = CharStats {
    surname: 0.0,
    is_surname: false,
    given_first: 0.0,
    given_second: 0.0,
    given_single: 0.0,
    seen: 0,
    translit: 0.0,
    left: 0.0,
    right: 0.0,
};

/// A multiplicative hasher for the small integer and short string keys of these tables
/// (std's SipHash would cost more than the lookup it guards).
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    // The product's high bits mix all of the key, its low bits only the key's low bits,
    // and the table places a key by the hash's low bits: rotated, the keys of characters
    // that share their low bits (and words that share their first bytes) spread over
    // the table instead of piling up in a few groups.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }

    /// A word's bytes go in up to eight at a time, not one by one: most keys are words
    /// of two or three ideographs (six or nine bytes), hashed a few thousand times a pass.
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.write_u64(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        let n = rest.len();
        // The last one to seven bytes, read as two (overlapping) runs of up to four, and
        // their count.
        let tail = match n {
            0 => return,
            1..=3 => u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
            _ => {
                let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
                let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
                u64::from(lo) | u64::from(hi) << 32
            }
        };
        self.write_u64(tail ^ (n as u64) << 56);
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// Packs two characters into one key.
pub(crate) fn pair(a: char, b: char) -> u64 {
    (u64::from(a as u32) << 32) | u64::from(b as u32)
}

/// All the learned tables.
#[derive(Debug)]
pub(crate) struct Tables {
    dense: Vec<CharStats>,
    /// [`class`] bits of every code point of the Basic Multilingual Plane (where every
    /// character of three bytes or fewer lies), indexed by the code itself: one load,
    /// with no test of which block the character is in (the scan reads every character).
    classes: Box<[u8; BMP]>,
    /// Characters outside the dense blocks (rare ideographs).
    sparse: FastMap<u32, CharStats>,
    /// Compound surnames (欧阳) with their ratio.
    pub(crate) compound: FastMap<u64, f32>,
    /// Two-character context before a name, keyed by [`pair`].
    pub(crate) left2: FastMap<u64, f32>,
    /// Two-character context after a name, keyed by [`pair`].
    pub(crate) right2: FastMap<u64, f32>,
    /// The keys of [`Tables::left2`] and [`Tables::right2`] (see [`Tables::context2`]).
    context2_keys: [PairFilter; 2],
    /// The keys of [`Tables::compound`] (see [`Tables::is_compound`]).
    compound_keys: PairFilter,
    /// Frequent strings shaped like names that are ordinary words.
    pub(crate) not_names: FastSet<Box<str>>,
    /// Ordinary dictionary words shaped like names, with their log frequency.
    pub(crate) common_words: FastMap<Box<str>, f32>,
    /// Every surname character has the [`class::SURNAME`] bit (all are ideographs of the
    /// dense block, as in the embedded tables): the bit alone tells a surname.
    pub(crate) surnames_classed: bool,
}

impl Tables {
    /// The [`class`] bits of `c`.
    #[inline]
    pub(crate) fn class(&self, c: char) -> u8 {
        match c as u32 {
            code @ 0..0x1_0000 => self.class_of_code(code),
            _ if crate::recognize::is_han(c) => class::HAN,
            _ => 0,
        }
    }

    /// The [`class`] bits of the character of code `code`, below 0x10000 (a character of
    /// three bytes or fewer in UTF-8, decoded by the caller).
    #[inline(always)]
    pub(crate) fn class_of_code(&self, code: u32) -> u8 {
        self.classes[code as usize & (BMP - 1)]
    }

    /// Every character the tables know something about, with its stats.
    pub(crate) fn known(&self) -> impl Iterator<Item = (char, CharStats)> + '_ {
        let low = (0..LOW_END).chain(CJK_FIRST..CJK_END).filter_map(char::from_u32);
        let dense = low.map(|c| (c, *self.get(c)));
        let sparse = self
            .sparse
            .iter()
            .filter_map(|(&code, &st)| Some((char::from_u32(code)?, st)));
        dense.chain(sparse).filter(|(_, st)| *st != CharStats::default())
    }

    /// The stats of `c` (all zero for a character the tables do not know).
    #[inline]
    pub(crate) fn get(&self, c: char) -> &CharStats {
        match dense_index(c as u32) {
            Some(i) => &self.dense[i],
            None => self.sparse.get(&(c as u32)).unwrap_or(&UNKNOWN),
        }
    }

    fn entry(&mut self, c: char) -> &mut CharStats {
        match dense_index(c as u32) {
            Some(i) => &mut self.dense[i],
            None => self.sparse.entry(c as u32).or_default(),
        }
    }

    /// Reads the embedded statistics files.
    pub(crate) fn embedded() -> Result<Tables, Error> {
        Tables::parse(&Sources {
            surnames: include_str!("../../../dictionaries/surnames.txt"),
            given: include_str!("../../../dictionaries/given_name_chars.txt"),
            translit: include_str!("../../../dictionaries/transliteration_chars.txt"),
            context: include_str!("../../../dictionaries/name_context.txt"),
            not_names: include_str!("../../../dictionaries/not_names.txt"),
            common_words: include_str!("../../../dictionaries/common_words.txt"),
        })
    }

    /// The weight of the two characters of `key` ([`pair`]) before a name (`right` false,
    /// from [`Tables::left2`]) or after it (from [`Tables::right2`]), 0 for a pair neither
    /// holds. A few hundred pairs are known, and most pairs asked about are none of them:
    /// a filter of their bits answers for those, without hashing.
    #[inline]
    pub(crate) fn context2(&self, right: bool, key: u64) -> f32 {
        if !self.context2_keys[usize::from(right)].may_hold(key) {
            return 0.0;
        }
        let map = if right { &self.right2 } else { &self.left2 };
        map.get(&key).copied().unwrap_or(0.0)
    }

    /// Is `key` ([`pair`]) a compound surname of [`Tables::compound`]? Asked of many pairs
    /// that are none: a filter of the keys' bits answers for most, without hashing.
    #[inline]
    pub(crate) fn is_compound(&self, key: u64) -> bool {
        self.compound_keys.may_hold(key) && self.compound.contains_key(&key)
    }

    pub(crate) fn parse(src: &Sources<'_>) -> Result<Tables, Error> {
        let mut t = Tables {
            dense: vec![CharStats::default(); DENSE_LEN],
            classes: Box::new([0; BMP]),
            sparse: FastMap::default(),
            compound: FastMap::default(),
            left2: FastMap::default(),
            right2: FastMap::default(),
            context2_keys: [PairFilter::new(), PairFilter::new()],
            compound_keys: PairFilter::new(),
            not_names: FastSet::default(),
            common_words: FastMap::default(),
            surnames_classed: false,
        };
        const SURNAMES: &str = "dictionaries/surnames.txt";
        for line in parse::lines(SURNAMES, src.surnames)? {
            let err = |m: String| Error::dictionary(SURNAMES, line.number, m);
            let [word, v] = line.fields[..] else {
                return Err(err("expected `<surname> <llr>`".into()));
            };
            let v = number(v).map_err(err)?;
            match chars_of(word)[..] {
                [c] => {
                    let e = t.entry(c);
                    e.surname = v;
                    e.is_surname = true;
                }
                [a, b] => {
                    t.compound.insert(pair(a, b), v);
                }
                _ => return Err(err(format!("{word:?} is not a one- or two-character surname"))),
            }
        }
        const GIVEN: &str = "dictionaries/given_name_chars.txt";
        for line in parse::lines(GIVEN, src.given)? {
            let err = |m: String| Error::dictionary(GIVEN, line.number, m);
            let [word, first, second, single, seen] = line.fields[..] else {
                return Err(err("expected `<char> <first> <second> <single> <seen>`".into()));
            };
            let c = one_char(word).map_err(err)?;
            let (first, second, single) = (
                number(first).map_err(err)?,
                number(second).map_err(err)?,
                number(single).map_err(err)?,
            );
            let seen: u16 = seen.parse().map_err(|_| err(format!("{seen:?} is not a count")))?;
            let e = t.entry(c);
            e.given_first = first;
            e.given_second = second;
            e.given_single = single;
            e.seen = seen.max(1);
        }
        const TRANSLIT: &str = "dictionaries/transliteration_chars.txt";
        for line in parse::lines(TRANSLIT, src.translit)? {
            let err = |m: String| Error::dictionary(TRANSLIT, line.number, m);
            let [word, v] = line.fields[..] else {
                return Err(err("expected `<char> <llr>`".into()));
            };
            let c = one_char(word).map_err(err)?;
            t.entry(c).translit = number(v).map_err(err)?;
        }
        const CONTEXT: &str = "dictionaries/name_context.txt";
        for line in parse::lines(CONTEXT, src.context)? {
            let err = |m: String| Error::dictionary(CONTEXT, line.number, m);
            let [gram, side, v] = line.fields[..] else {
                return Err(err("expected `<n-gram> <side> <llr>`".into()));
            };
            let v = number(v).map_err(err)?;
            let cs: Vec<char> = gram.chars().map(marker).collect();
            match (side, &cs[..]) {
                ("left1", [c]) => t.entry(*c).left = v,
                ("right1", [c]) => t.entry(*c).right = v,
                ("left2", [a, b]) => _ = t.left2.insert(pair(*a, *b), v),
                ("right2", [a, b]) => _ = t.right2.insert(pair(*a, *b), v),
                _ => {
                    return Err(err(format!(
                        "{gram:?} does not fit side {side:?} (left1, left2, right1, right2)"
                    )));
                }
            }
        }
        const NOT_NAMES: &str = "dictionaries/not_names.txt";
        for line in parse::lines(NOT_NAMES, src.not_names)? {
            let [word] = line.fields[..] else {
                return Err(Error::dictionary(NOT_NAMES, line.number, "expected one string a line"));
            };
            t.not_names.insert(word.into());
        }
        const COMMON_WORDS: &str = "dictionaries/common_words.txt";
        for line in parse::lines(COMMON_WORDS, src.common_words)? {
            let err = |m: String| Error::dictionary(COMMON_WORDS, line.number, m);
            let [word, v] = line.fields[..] else {
                return Err(err("expected `<word> <ln frequency>`".into()));
            };
            t.common_words.insert(word.into(), number(v).map_err(err)?);
        }
        let compound_first: FastSet<u32> = t.compound.keys().map(|&k| (k >> 32) as u32).collect();
        let dense_classes: Vec<u8> = (0..LOW_END)
            .chain(CJK_FIRST..CJK_END)
            .map(|code| match dense_index(code) {
                Some(i) if code >= CJK_FIRST => {
                    let s = &t.dense[i];
                    let mut bits = class::HAN;
                    if s.is_surname {
                        bits |= class::SURNAME;
                    }
                    if compound_first.contains(&code) {
                        bits |= class::COMPOUND_FIRST;
                    }
                    if s.translit > RUN_MIN {
                        bits |= class::TRANSLIT;
                    } else if s.translit > WEAK_MIN && s.translit != 0.0 {
                        bits |= class::WEAK_TRANSLIT;
                    }
                    if char::from_u32(code).is_some_and(crate::recognize::Cues::is_cue) {
                        bits |= class::CUE;
                    }
                    if char::from_u32(code).is_some_and(class::is_marked) {
                        bits |= class::MARK;
                    }
                    if char::from_u32(code).is_some_and(super::japanese::starts_family_name) {
                        bits |= class::JAPANESE;
                    }
                    bits
                }
                // (《 is the one cue below the ideographs; the dots are marks.)
                _ => char::from_u32(code).map_or(0, |c| {
                    let cue = if crate::recognize::Cues::is_cue(c) {
                        class::CUE
                    } else {
                        0
                    };
                    let mark = if class::is_marked(c) { class::MARK } else { 0 };
                    cue | mark
                }),
            })
            .collect();
        // The dense block's bits, and ideographs outside it (extension A, compatibility
        // ideographs) plain Han characters.
        for code in 0..BMP as u32 {
            t.classes[code as usize] = match dense_index(code) {
                Some(i) => dense_classes[i],
                None if char::from_u32(code).is_some_and(crate::recognize::is_han) => class::HAN,
                None => 0,
            };
        }
        let classed = t
            .known()
            .all(|(c, st)| !st.is_surname || t.class(c) & class::SURNAME != 0);
        t.surnames_classed = classed;
        for (keys, map) in t.context2_keys.iter_mut().zip([&t.left2, &t.right2]) {
            map.keys().for_each(|&key| keys.insert(key));
        }
        t.compound.keys().for_each(|&key| t.compound_keys.insert(key));
        Ok(t)
    }
}

/// Words of a [`PairFilter`]: 65536 bits, of which a few hundred pairs set under one in a
/// hundred.
const PAIR_FILTER_WORDS: usize = 1024;

/// A filter of keys of [`pair`]: false for a key never inserted, but for a few.
#[derive(Clone, Debug)]
struct PairFilter(Box<[u64; PAIR_FILTER_WORDS]>);

impl PairFilter {
    fn new() -> PairFilter {
        PairFilter(Box::new([0; PAIR_FILTER_WORDS]))
    }

    /// The bit of `key`: the high bits of a multiplicative hash.
    fn bit(key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
    }

    fn insert(&mut self, key: u64) {
        let bit = PairFilter::bit(key);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// May `key` have been inserted? (False only for a key that was not.)
    #[inline]
    fn may_hold(&self, key: u64) -> bool {
        let bit = PairFilter::bit(key);
        self.0[bit / 64] >> (bit % 64) & 1 != 0
    }
}

/// The text of each statistics file.
pub(crate) struct Sources<'a> {
    pub(crate) surnames: &'a str,
    pub(crate) given: &'a str,
    pub(crate) translit: &'a str,
    pub(crate) context: &'a str,
    pub(crate) not_names: &'a str,
    pub(crate) common_words: &'a str,
}

/// Reads the sentence-edge markers of the context file.
fn marker(c: char) -> char {
    match c {
        '^' => BOS,
        '$' => EOS,
        c => c,
    }
}

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn one_char(s: &str) -> Result<char, String> {
    match chars_of(s)[..] {
        [c] => Ok(c),
        _ => Err(format!("{s:?} is not one character")),
    }
}

fn number(s: &str) -> Result<f32, String> {
    s.parse::<f32>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("{s:?} is not a finite number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_tables_load() {
        let t = Tables::embedded().unwrap();
        assert!(t.get('王').is_surname);
        assert!(t.compound.contains_key(&pair('欧', '阳')));
        assert!(t.get('的').given_single < 0.0);
        assert!(!t.get('的').is_surname);
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let ok = Sources {
            surnames: "王 1.0\n",
            given: "",
            translit: "",
            context: "",
            not_names: "",
            common_words: "",
        };
        assert!(Tables::parse(&ok).is_ok());
        let bad = Sources {
            context: "# header\n表示 middle 1.0\n",
            ..ok
        };
        let err = Tables::parse(&bad).unwrap_err().to_string();
        assert!(err.starts_with("dictionaries/name_context.txt:2:"), "{err}");
        let bad = Sources {
            surnames: "王 x\n",
            ..ok
        };
        assert!(
            Tables::parse(&bad)
                .unwrap_err()
                .to_string()
                .contains("not a finite number")
        );
    }
}
