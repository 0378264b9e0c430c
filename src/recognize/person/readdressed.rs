//! A full name followed by its own surname and a title or a form of address (王诚王总,
//! 李芳李女士): the speaker names the person, then addresses them. jieba often fuses the
//! name with the repeated surname (王诚王|总), which hides the name's end from the
//! statistical candidates; the repeated surname marks it.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::candidates::char_before;
use super::tables::{Tables, class};
use crate::dictionary::tag;
use crate::recognize::{HONORIFICS, Sentence};

/// Finds the forms of address of a sentence in one pass (a handful of fixed words: it
/// always builds; were it not to, no form of address would be read, and nothing panics).
static ADDRESS: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(HONORIFICS).ok());

/// The score of such a name: above the candidates it overlaps.
pub(crate) const READDRESSED_NAME_SCORE: f32 = 4.0;

/// Appends the names of `s` that stand before their own surname and a title or a form of
/// address (byte ranges). `surname_repeat`: does some surname of `s` come back two or three
/// characters on (王诚王, 李小芳李), as the surname of every such name does? The candidate
/// scan tells, having read every character (few sentences hold such a repeat).
pub(crate) fn find(t: &Tables, s: &Sentence<'_>, surname_repeat: bool, out: &mut Vec<Range<usize>>) {
    let text = s.text;
    if !surname_repeat {
        return;
    }
    let mut addressed: Vec<usize> = s
        .hits
        .iter()
        .filter(|h| h.entry.tags & (tag::TITLE | tag::MODIFIER) != 0)
        .map(|h| h.start)
        .collect();
    // Forms of address: one automaton pass for all of them.
    if let Some(address) = ADDRESS.as_ref() {
        addressed.extend(address.find_iter(text).map(|m| m.start()));
    }
    addressed.sort_unstable();
    addressed.dedup();
    let mut from = 0;
    for at in addressed {
        if at < from {
            continue;
        }
        if let Some(name) = name_before(t, text, at).filter(|name| !surname_ends_word(s, name.end, at)) {
            from = at;
            out.push(name);
        }
    }
}

/// Is the repeated surname (`from..at`) the end of a two-character dictionary word that
/// starts inside the name (聘任|新任|总经理: 任 of 新任 is no one's surname)?
fn surname_ends_word(s: &Sentence<'_>, from: usize, at: usize) -> bool {
    s.word_at(from).is_some_and(|k| {
        let w = &s.words[k];
        w.start < from && w.end == at && w.len() <= 6 && crate::segment::JIEBA.has_word(&s.text[w.clone()])
    })
}

/// Does some surname of `text` come back two or three characters later (王诚王, 李小芳李)?
/// What the candidate scan notes as [`Seen::surname_repeat`](super::candidates::Seen), by
/// a pass of its own (for tests).
#[cfg(test)]
pub(crate) fn repeats_nearby(t: &Tables, text: &str) -> bool {
    let mut last = ['\0'; 3];
    text.chars().any(|c| {
        let repeat = (c == last[1] || c == last[2]) && t.get(c).is_surname;
        last = [c, last[0], last[1]];
        repeat
    })
}

/// The name of one or two given characters before the surname that ends at byte `at`,
/// when it starts with that same surname.
fn name_before(t: &Tables, text: &str, at: usize) -> Option<Range<usize>> {
    let (surname_at, surname) = char_before(text, at)?;
    if !t.get(surname).is_surname {
        return None;
    }
    let han = |c: char| t.class(c) & class::HAN != 0;
    let (g1, c1) = char_before(text, surname_at)?;
    let (g2, c2) = char_before(text, g1)?;
    if !han(c1) || c1 == surname {
        return None;
    }
    if c2 == surname {
        return Some(g2..surname_at);
    }
    let (g3, c3) = char_before(text, g2)?;
    (han(c2) && c3 == surname).then_some(g3..surname_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        super::super::ruled_names(text, |t, s, out| find(t, s, repeats_nearby(t, s.text), out))
    }

    #[test]
    fn names_before_their_own_surname_and_a_title() {
        assert_eq!(names("有请董事长周宏周总讲话。"), vec!["周宏"]);
        assert_eq!(names("总监陈晓梅陈主任介绍了情况。"), vec!["陈晓梅"]);
        assert_eq!(names("王主任和李总都来了。"), Vec::<&str>::new());
        assert_eq!(names("中心总监李芳李女士介绍了情况。"), vec!["李芳"]);
        assert_eq!(names("公司聘任新任总经理。"), Vec::<&str>::new());
        let t = Tables::embedded().unwrap();
        assert!(repeats_nearby(&t, "李芳李") && repeats_nearby(&t, "李小芳李"));
        assert!(!repeats_nearby(&t, "李芳芳") && !repeats_nearby(&t, "甲、乙、丙"));
    }
}
