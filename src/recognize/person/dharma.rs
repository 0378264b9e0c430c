//! Dharma names (释宏愿, 释智海): a Buddhist monastic takes 释 (for Śākya) as the surname
//! of a two-character name given at ordination, and official news writes them so
//! (寺住持释宏愿, 会长释圆照).
//!
//! The statistical candidates miss them: 释 signals no surname in the learning text, where
//! it mostly ends 解释 or opens 释放. Written for zh-extract from general knowledge.

use std::ops::Range;

use crate::recognize::{Sentence, is_han};
use crate::segment::with_word_class;

/// The score of a dharma name: enough to be taken alone, less than a full name overlapping
/// it.
pub(crate) const DHARMA_NAME_SCORE: f32 = 0.5;

/// Titles a monastic holds, or is addressed by after the name, that vouch for a dharma
/// name written with a dictionary word (释法|融: 释法 'interpret the law').
const MONASTIC_WORDS: &[&str] = &["法师", "大和尚", "长老", "住持", "方丈", "监院"];

/// Appends the dharma names of `s` (byte ranges, in order). (The person reader asks it only
/// of a sentence its candidate scan saw a 释 in: see `Seen::shi`.)
pub(crate) fn find(s: &Sentence<'_>, out: &mut Vec<Range<usize>>) {
    for (i, _) in s.text.match_indices('释') {
        let Some(end) = name_end(s, i) else {
            continue;
        };
        // 释 must open a word jieba-rs read: 解释, 注释 hold it inside one. The word may be
        // the name, a guess of its own (释圆照), 释 alone (释|宏愿), or a dictionary word
        // starting the name (释法|融) — that one only with a monastic's word beside it.
        let Some(k) = s.word_at(i) else {
            continue;
        };
        let w = &s.words[k];
        if w.start != i || w.end > end {
            continue;
        }
        let word = &s.text[w.clone()];
        let plain = w.end == end || word == "释" || with_word_class(word, |c| c == "OOV" || c == "nr");
        if plain || beside_monastic_word(s, i, end) || listed_with_dharma_name(s, i, end) {
            out.push(i..end);
        }
    }
}

/// The end of the two characters after the 释 at `i`, if both are Han and a word of the
/// sentence ends with the second (释宏愿|出席, not 释放|人质 read as 释放人).
fn name_end(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let mut chars = s.text[i + '释'.len_utf8()..].char_indices();
    let (_, a) = chars.next()?;
    let (k, b) = chars.next()?;
    if !is_han(a) || !is_han(b) {
        return None;
    }
    let end = i + '释'.len_utf8() + k + b.len_utf8();
    let ends_word = end == s.text.len() || s.word_at(end).is_some_and(|k| s.words[k].start == end);
    ends_word.then_some(end)
}

/// Is a monastic's title or form of address right before the name or right after it?
fn beside_monastic_word(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    MONASTIC_WORDS
        .iter()
        .any(|t| s.text[..start].ends_with(t) || s.text[end..].starts_with(t))
}

/// Is the name an item of a 、-list next to another dharma name (释法融、释清远)?
fn listed_with_dharma_name(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    s.text[end..].starts_with("、释")
        || s.text[..start].strip_suffix('、').is_some_and(|b| {
            b.char_indices()
                .rev()
                .nth(2)
                .is_some_and(|(k, c)| c == '释' && name_end(s, k) == Some(start - '、'.len_utf8()))
        })
}

#[cfg(test)]
mod tests {
    use crate::recognize::person::ruled_names;

    fn names(text: &str) -> Vec<&str> {
        ruled_names(text, |_, s, out| super::find(s, out))
    }

    #[test]
    fn reads_a_dharma_name_after_a_title_and_as_a_subject() {
        assert_eq!(names("南屏寺住持释宏愿出席会议"), ["释宏愿"]);
        assert_eq!(names("释圆照今年八十四岁"), ["释圆照"]);
    }

    #[test]
    fn reads_a_list_of_dharma_names() {
        assert_eq!(
            names("释法融、释清远、释觉恒当选为副会长"),
            ["释法融", "释清远", "释觉恒"]
        );
    }

    #[test]
    fn reads_no_name_in_ordinary_words() {
        assert!(names("他解释了原因，警方释放了人质").is_empty());
        assert!(names("如释重负").is_empty());
        assert!(names("释放出大量热量").is_empty());
    }
}
