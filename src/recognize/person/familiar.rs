//! Familiar names (老张, 小许): 老 'old' or 小 'young' before a surname is how a story
//! names a person it follows, and how colleagues and neighbours address one another.
//! News annotation counts them as names; the statistical candidates cannot, since two
//! characters of which the first is 老 or 小 look like no given name.

use std::ops::Range;

use super::tables::Tables;
use crate::recognize::{Cues, Sentence};
use crate::segment::with_word_class;

/// The score of a familiar name: enough to be taken alone, less than a full name
/// overlapping it (记者马小林: 马小林, not 小林).
pub(crate) const FAMILIAR_NAME_SCORE: f32 = 0.5;

/// How strongly the character must signal a surname (the learned log-likelihood ratio of
/// `surnames.txt`): 张 4.0, 许 2.2, 马 2.5 pass; 高 0.9, 金 0.7, 于 0.4 (小于) do not.
const MIN_SURNAME: f32 = 1.9;

/// Ordinary words written like a familiar name: animals, things and people by age
/// (小麦 'wheat', 小马 'pony', 老翁 'old man'). Written for zh-extract.
const ORDINARY: &[&str] = &[
    "小麦", "小马", "小牛", "小鹿", "小熊", "小丘", "小孔", "小叶", "小石", "小毛", "小周", "小贝", "小汤", "小苏",
    "小林", "老马", "老牛", "老翁", "老巢", "老赖", "老毛", "老汤", "老叶",
];

/// Appends the familiar names of `s` (byte ranges, in order). `familiar`: whether the
/// sentence holds 老 or 小 (as the candidate scan noted); most hold neither, and their
/// words need no look.
pub(crate) fn find(t: &Tables, s: &Sentence<'_>, cues: Cues, familiar: bool, out: &mut Vec<Range<usize>>) {
    let text = s.text;
    // jieba-rs must read 老 as starting a word (古老|张… is no address): the words are
    // walked, not the characters.
    // A byte test first: 老 and 小 are the only characters starting 0xE8 0x80 0x81 and
    // 0xE5 0xB0 0x8F, and this runs on every word.
    let bytes = text.as_bytes();
    let starts_familiar = |w: &&Range<usize>| {
        matches!(
            bytes.get(w.start..w.start + 3),
            Some([0xE8, 0x80, 0x81] | [0xE5, 0xB0, 0x8F])
        )
    };
    let words = if familiar { s.words } else { &[] };
    for w in words.iter().filter(starts_familiar) {
        let i = w.start;
        let at = i + '老'.len_utf8();
        let Some(c) = text[at..].chars().next() else {
            continue;
        };
        let end = at + c.len_utf8();
        let info = t.get(c);
        if !info.is_surname || info.surname < MIN_SURNAME || ORDINARY.contains(&&text[i..end]) {
            continue;
        }
        // The surname must end a word: 老张 one word, or 老|张 apart, or 老|刘家 'the Lius'
        // home'.
        let surname_word = || {
            s.word_at(at).is_some_and(|k| {
                let next = &s.words[k];
                next.start == at && (next.end == end || text[end..next.end] == *"家")
            })
        };
        if w.end == end || (w.end == at && surname_word()) {
            out.push(i..end);
        }
    }
    // 赵大妈, 李师傅: a surname before a kin word of address is the person (news annotates
    // the surname alone). The surname must stand as a word of its own, or start one
    // jieba-rs read with the word of address.
    // (Only where the scan of the sentence's characters saw the last character of one.)
    let words = if cues.kin { s.words } else { &[] };
    for w in words {
        // The length and the last byte first, before the word is sliced: this runs on every
        // word.
        if w.len() < 6 || !KIN_LAST_BYTES[usize::from(bytes[w.end - 1])] {
            continue;
        }
        let word = &text[w.clone()];
        let Some(kin) = KIN_ADDRESS.iter().find(|k| word.ends_with(**k)) else {
            continue;
        };
        let at = w.end - kin.len();
        let start = if at > w.start {
            // Glued: the word is the surname and the word of address (赵大妈).
            (text[w.start..at].chars().count() == 1).then_some(w.start)
        } else {
            // Apart: the word before is the surname alone (赵|大妈).
            w.start
                .checked_sub(1)
                .and_then(|p| s.word_at(p))
                .map(|k| s.words[k].clone())
                .filter(|p| p.end == w.start && text[p.clone()].chars().count() == 1)
                .map(|p| p.start)
        };
        let Some(start) = start else { continue };
        let Some(c) = text[start..].chars().next() else {
            continue;
        };
        // Not the last character of a given name jieba-rs cut off (晓|林大哥: 晓林).
        let in_name = start
            .checked_sub(1)
            .and_then(|p| s.word_at(p))
            .map(|k| &text[s.words[k].clone()])
            .is_some_and(|p| p.chars().count() == 1 && with_word_class(p, |c| c.starts_with("nr")));
        let info = t.get(c);
        if info.is_surname && info.surname >= MIN_SURNAME && !in_name {
            out.push(start..start + c.len_utf8());
        }
    }
}

/// Kin words and trades people are addressed by after their surname (赵大妈, 李师傅): the
/// kin part of [`crate::recognize::HONORIFICS`]. Not 先生, 老师, 女士: People's Daily
/// annotates their surname too, CLUENER does not, and those are far more frequent (with
/// them: People's Daily 39 right, CLUENER 106 wrong).
const KIN_ADDRESS: &[&str] = &[
    "大妈", "大爷", "大娘", "大姐", "大哥", "大嫂", "大伯", "大婶", "阿姨", "师傅", "老汉",
];

/// The last characters of [`KIN_ADDRESS`], noted by the scan of every character of a
/// sentence (see [`Cues`]).
pub(crate) const KIN_CUE_CHARS: &str = "妈爷娘姐哥嫂伯婶姨傅汉";

/// Whether a byte ends one of [`KIN_ADDRESS`], by its value.
const KIN_LAST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < KIN_ADDRESS.len() {
        let b = KIN_ADDRESS[i].as_bytes();
        table[b[b.len() - 1] as usize] = true;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        super::super::ruled_names(text, |t, s, out| find(t, s, Cues::of(s.text), true, out))
    }

    #[test]
    fn every_kin_word_ends_in_a_cue() {
        for k in KIN_ADDRESS {
            assert!(k.chars().next_back().is_some_and(|c| KIN_CUE_CHARS.contains(c)), "{k}");
        }
    }

    #[test]
    fn familiar_names_and_the_words_written_like_them() {
        assert_eq!(names("老张领着一家人来了，小许接过话头。"), vec!["老张", "小许"]);
        assert_eq!(names("干部们常去老刘家帮忙。"), vec!["老刘"]);
        assert!(names("每亩小麦增产两成，老马识途。").is_empty());
        assert!(names("这个数字小于去年，每小时一班。").is_empty());
        assert_eq!(names("家住东关的赵大妈说，李师傅修好了路灯。"), vec!["赵", "李"]);
        assert!(names("老大妈和老师傅都来了。").is_empty());
        assert!(names("说到晓林大哥的广场").is_empty());
    }
}
