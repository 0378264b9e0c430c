//! Clubs in match reports: 莱切主场迎战罗马, 利物浦主帅贝尼蒂斯, 输给恩波利和罗马. Sports
//! pages name a club by its city or its short name alone, with no head word (队, 俱乐部)
//! to read; where the name stands is what marks it: before 主场, 客场, a coach's title
//! or a result, or after 迎战, 做客 or a result.

use std::collections::HashSet;
use std::ops::Range;

use super::OrgMention;
use crate::OrgKind;
use crate::charset::CharSet;
use crate::dictionary::{PlaceLevel, tag};
use crate::recognize::{Cues, Sentence, coordinates, is_han};
use crate::segment::with_word_class;

/// Words right after a club that no single player takes (a player wins and loses too).
const CLUB_ONLY_AFTER: &[&str] = &[
    "主场",
    "客场",
    "主帅",
    "主教练",
    "球迷",
    "俱乐部",
    "客胜",
    "主胜",
    "队史",
];

/// Words right before a club that no single player takes.
const CLUB_ONLY_BEFORE: &[&str] = &["主场", "客场", "做客"];

/// Results, written on either side of a club (莱切战胜罗马) — or of a player.
const RESULTS: &[&str] = &["战胜", "击败", "逼平", "战平", "负于", "不敌", "输给"];

/// More words right after a club, where a player may stand too.
const AFTER: &[&str] = &["vs", "VS", "取胜"];

/// More words right before a club, where a player may stand too.
const BEFORE: &[&str] = &["迎战", "对阵", "vs", "VS"];

/// One character of each word of the lists above (its least common one in news), noted
/// by the scan of every character of a sentence (see [`Cues`]) with the v of vs: a
/// sentence with none holds no such word.
pub(crate) const CUE_CHARS: &str = "场帅练迷俱胜史客败逼战负敌输阵";

/// The characters of three bytes a word of [`starts_after_club`] starts with (主场, 战胜,
/// 队史 …), looked for right after every word of a sentence with a cue (with the v of vs).
static NEXT_TO_CLUB_AFTER: CharSet = CharSet::of("主客球俱战击逼负不输取队");

/// The characters of three bytes a word of [`ends_before_club`] ends with (客场, 负于,
/// 对阵 …), looked for right before every word of a sentence with a cue (with the s of vs).
static NEXT_TO_CLUB_BEFORE: CharSet = CharSet::of("场客战阵胜败平于敌给");

/// Does `rest` start with a word that follows a club?
fn starts_after_club(rest: &str) -> bool {
    [CLUB_ONLY_AFTER, RESULTS, AFTER]
        .iter()
        .any(|l| l.iter().any(|a| rest.starts_with(a)))
}

/// Does `head` end with a word that comes before a club?
fn ends_before_club(head: &str) -> bool {
    [CLUB_ONLY_BEFORE, RESULTS, BEFORE]
        .iter()
        .any(|l| l.iter().any(|b| head.ends_with(b)))
}

/// Words of match reports jieba-rs tags as names or places (大战/nz, 力克/nz, 城市/ns).
const REPORT_WORDS: &[&str] = &[
    "大战",
    "力克",
    "欧战",
    "升班马",
    "城市",
    "英雄",
    "北欧",
    "南美",
    "欧洲",
    "亚洲",
    "非洲",
];

/// Is the word at `w` a club's short name by its form: a city, a proper noun or a name
/// jieba-rs reads as one word (罗马/ns, 切沃/nz, 莱切/nrt), of two to five ideographs —
/// no number (三连胜), no determiner (本赛季), no word of the report itself, not the end
/// of a Latin name, not a country (中国战胜日本: national sides are written 中国队), no
/// person found, no title.
fn named_like_club(s: &Sentence<'_>, w: &Range<usize>, persons: &[Range<usize>]) -> bool {
    let word = &s.text[w.clone()];
    let n = word.chars().count();
    (2..=5).contains(&n)
        && word
            .chars()
            .all(|c| is_han(c) && !"一二三四五六七八九十两百千万".contains(c))
        && !word.starts_with(['本', '该', '这'])
        && !REPORT_WORDS.contains(&word)
        && !ends_latin_name(&s.text[..w.start])
        && !after_name_part(s, w)
        && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
        && !s.hits.iter().any(|h| {
            h.start < w.end
                && w.start < h.end
                && (h.entry.is(tag::TITLE | tag::MODIFIER | tag::BYLINE | tag::ORG_SUFFIX)
                    || (h.entry.is(tag::PLACE) && h.entry.place_level == PlaceLevel::Country))
        })
        && with_word_class(word, |c| matches!(c, "ns" | "nr" | "nrt" | "nz"))
}

/// A club named by its city and a common noun, its mascot or sponsor (青岛|海鸥|主教练,
/// 大连|海狮|主场), where only a club stands after it: the two words.
fn city_and_mascot(s: &Sentence<'_>, w: &Range<usize>, persons: &[Range<usize>]) -> Option<Range<usize>> {
    // (Where only a club stands first: the words after which this runs are many.)
    if !CLUB_ONLY_AFTER.iter().any(|a| s.text[w.end..].starts_with(a)) {
        return None;
    }
    let word = &s.text[w.clone()];
    let city = s.words[s.word_at(w.start.checked_sub(1)?)?].clone();
    let mascot = word.chars().count() == 2
        && word.chars().all(is_han)
        && with_word_class(word, |c| c == "n")
        && !s.hits.iter().any(|h| h.start < w.end && w.start < h.end)
        && !persons.iter().any(|p| p.start < w.end && city.start < p.end);
    let in_city = s.hit_at(city.clone()).is_some_and(|h| {
        h.entry.is(tag::PLACE) && matches!(h.entry.place_level, PlaceLevel::City | PlaceLevel::Province)
    });
    (mascot && in_city).then_some(city.start..w.end)
}

/// Does the word at `w` stand where only a club stands (see [`CLUB_ONLY_AFTER`])?
fn club_only_place(text: &str, w: &Range<usize>) -> bool {
    CLUB_ONLY_AFTER.iter().any(|a| text[w.end..].starts_with(a))
        || CLUB_ONLY_BEFORE.iter().any(|b| text[..w.start].ends_with(b))
}

/// Is the word before `w` one character that may begin the same name (维|塔诺, 佩|洛塔:
/// jieba-rs cut a transliteration) — no result, function word, mark or word of time?
fn after_name_part(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    let Some(k) = w.start.checked_sub(1).and_then(|p| s.word_at(p)) else {
        return false;
    };
    let prev = &s.text[s.words[k].clone()];
    let mut chars = prev.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return false;
    };
    // A result (胜|罗马, 不|敌|罗马) or a function word stands apart.
    is_han(c)
        && !"胜负平战输赢".contains(c)
        && !ends_before_club(&s.text[..w.start])
        && !with_word_class(prev, |cl| {
            matches!(
                cl,
                "p" | "c" | "u" | "uj" | "ul" | "uz" | "ud" | "ug" | "uv" | "d" | "r" | "f" | "m" | "q" | "t"
            )
        })
}

/// Does `head` end with a name written in Latin letters (ac|米兰, nec|尼美根), which the
/// word after it ends? A match's vs stands apart.
fn ends_latin_name(head: &str) -> bool {
    head.ends_with(|c: char| c.is_ascii_alphabetic()) && !head.ends_with("vs") && !head.ends_with("VS")
}

/// The clubs a document has named so far (their text), so that its name read again
/// elsewhere, where nothing marks it, is the club's too (米德尔主场… 米德尔表现反复).
#[derive(Debug, Default)]
pub(crate) struct KnownClubs<'v> {
    names: HashSet<&'v str>,
    /// A bit for the first character of each name (its code modulo 1024): a long document
    /// names a club early and then has every word of every sentence looked up, most of
    /// them starting with no club's character — passed over without hashing.
    firsts: [u64; 16],
}

/// The word and the bit of [`KnownClubs::firsts`] for `name`.
fn first_bit(name: &str) -> (usize, u64) {
    let code = name.chars().next().map_or(0, |c| c as usize % 1024);
    (code / 64, 1 << (code % 64))
}

impl<'v> KnownClubs<'v> {
    /// Is `name` a club the document named before?
    pub(crate) fn contains(&self, name: &str) -> bool {
        let (word, bit) = first_bit(name);
        self.firsts[word] & bit != 0 && self.names.contains(name)
    }

    /// Adds `name`.
    fn insert(&mut self, name: &'v str) {
        let (word, bit) = first_bit(name);
        self.firsts[word] |= bit;
        self.names.insert(name);
    }

    /// Learns the clubs among the organisations `orgs` of sentence `text`.
    pub(crate) fn learn(&mut self, text: &'v str, orgs: &[OrgMention]) {
        for o in orgs.iter().filter(|o| o.kind == OrgKind::Team) {
            self.insert(&text[o.range.clone()]);
        }
    }

    /// Takes from `persons` (of the sentence `text`) the names that are clubs: one
    /// standing where only a club stands (雷吉纳主场, 做客维冈 — the statistics read many club
    /// names as transliterated persons) or one the document named as a club before.
    /// Returns them. `cues`: what the scan of the sentence's characters noted.
    pub(crate) fn claim(&mut self, text: &'v str, cues: Cues, persons: &mut Vec<Range<usize>>) -> Vec<Range<usize>> {
        let mut clubs = Vec::new();
        persons.retain(|p| {
            let name = &text[p.clone()];
            // (A sentence with no cue holds no word of a club's place: each holds one of
            // CUE_CHARS. Most hold none, and the words were compared with the text around
            // every name.)
            if (cues.club && club_only_place(text, p) && name.chars().all(is_han)) || self.contains(name) {
                self.insert(name);
                clubs.push(p.clone());
                false
            } else {
                true
            }
        });
        clubs
    }
}

/// Appends the clubs of `s` to `out` (after the organisations from `first` on, which
/// they never overlap; the caller sorts): `cues` what the scan of its characters noted,
/// `claimed` are names taken from the persons
/// (see [`KnownClubs::claim`]), `known` the clubs the document named before.
pub(super) fn find(
    s: &Sentence<'_>,
    cues: Cues,
    persons: &[Range<usize>],
    claimed: &[Range<usize>],
    known: &KnownClubs<'_>,
    out: &mut Vec<OrgMention>,
    first: usize,
) {
    let text = s.text;
    let taken =
        |w: &Range<usize>, out: &[OrgMention]| out.iter().any(|o| o.range.start < w.end && w.start < o.range.end);
    let mut found: Vec<Range<usize>> = Vec::new();
    // A word is placed only next to a word of the lists: in a sentence with none of their
    // characters, no word is (callgrind: testing every word cost 40 M instructions a pass
    // of the pd dev set).
    let words = if cues.club { s.words } else { &[] };
    let b = text.as_bytes();
    for w in words {
        // The cheap test first, on the characters next to the word: this runs on every
        // word of every sentence with a cue. (Told from their bytes, with no decoding: a
        // character of three bytes by a bit of a table, else the ASCII letter of vs.)
        let after = match b.get(w.end..w.end + 3) {
            Some(&[x, y, z]) if x & 0xF0 == 0xE0 => NEXT_TO_CLUB_AFTER.contains_utf8(x, y, z),
            _ => matches!(b.get(w.end), Some(b'v' | b'V')),
        };
        // (A lead byte three bytes before the word starts the character ending there.)
        let before = match w.start.checked_sub(3).and_then(|k| b.get(k..w.start)) {
            Some(&[x, y, z]) if x & 0xF0 == 0xE0 => NEXT_TO_CLUB_BEFORE.contains_utf8(x, y, z),
            _ => matches!(w.start.checked_sub(1).and_then(|k| b.get(k)), Some(b's' | b'S')),
        };
        let placed = (after && starts_after_club(&text[w.end..])) || (before && ends_before_club(&text[..w.start]));
        if placed && named_like_club(s, w, persons) && !taken(w, &out[first..]) {
            found.push(w.clone());
        } else if after
            && let Some(club) = city_and_mascot(s, w, persons)
            && !taken(&club, &out[first..])
        {
            found.push(club);
        }
    }
    // The names taken from the persons, and the clubs of the document and of this sentence
    // named again as words of their own.
    for r in claimed {
        if !taken(r, &out[first..]) && !found.contains(r) {
            found.push(r.clone());
        }
    }
    if !known.names.is_empty() || !found.is_empty() {
        for w in s.words {
            let word = &text[w.clone()];
            if (known.contains(word) || found.iter().any(|f| &text[f.clone()] == word))
                && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
                && !taken(w, &out[first..])
                && !found.contains(w)
            {
                found.push(w.clone());
            }
        }
    }
    // A club named with one read above (输给恩波利和罗马, 纽卡、米堡和桑德兰) is one too.
    let mut k = 0;
    while k < found.len() {
        let club = found[k].clone();
        for w in s.words.iter().filter(|w| w.start > club.end && w.start - club.end <= 3) {
            if coordinates(&text[club.end..w.start])
                && named_like_club(s, w, persons)
                && !taken(w, &out[first..])
                && !found.contains(w)
            {
                found.push(w.clone());
            }
        }
        k += 1;
    }
    out.extend(found.into_iter().map(|range| OrgMention::named(range, OrgKind::Team)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two character sets hold every first (last) character of three bytes of the
    /// words after (before) a club: written out by hand, they must follow the lists.
    #[test]
    fn the_sets_of_characters_next_to_a_club_follow_the_word_lists() {
        for w in [CLUB_ONLY_AFTER, RESULTS, AFTER].iter().flat_map(|l| l.iter()) {
            let c = w.chars().next().unwrap();
            assert!(
                c.len_utf8() != 3 || NEXT_TO_CLUB_AFTER.contains(c),
                "{w}: {c} missing after a club"
            );
        }
        for w in [CLUB_ONLY_BEFORE, RESULTS, BEFORE].iter().flat_map(|l| l.iter()) {
            let c = w.chars().next_back().unwrap();
            assert!(
                c.len_utf8() != 3 || NEXT_TO_CLUB_BEFORE.contains(c),
                "{w}: {c} missing before a club"
            );
        }
    }

    /// The scan of a sentence's characters sees every word of the lists: each holds a
    /// character of [`CUE_CHARS`] or is vs.
    #[test]
    fn every_club_mark_holds_a_cue() {
        for w in [CLUB_ONLY_AFTER, RESULTS, AFTER, CLUB_ONLY_BEFORE, BEFORE]
            .iter()
            .flat_map(|l| l.iter())
        {
            assert!(
                w.chars().any(|c| CUE_CHARS.contains(c)) || w.eq_ignore_ascii_case("vs"),
                "{w}"
            );
        }
    }
}
