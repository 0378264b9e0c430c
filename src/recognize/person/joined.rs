//! Transliterated names whose parts are joined by a middle dot or a hyphen
//! (彼得·艾利夫, 福雷斯特-阿伦). The dot is itself strong evidence, so a part may hold a
//! character that is rare in transliterations (得 of 彼得) right next to it, which breaks
//! the runs of the statistical candidates.

use std::ops::Range;

use super::candidates::{char_at, char_before, is_dot, never_ends_name};
use super::tables::{Tables, class};
use crate::dictionary::tag;
use crate::recognize::Sentence;

/// The score of a joined name: above the parts it joins.
pub(crate) const JOINED_NAME_SCORE: f32 = 5.0;

/// Tags of the words that stand next to a name, never in it.
const TITLES: u16 = tag::TITLE | tag::BYLINE;

/// Most characters of one part (马尔科夫斯基 has six, longer ones seven)...
const MAX_PART: usize = 8;

/// ... though past this many, only characters typical of transliterations go on (a weak
/// one is more likely the next word: …维诺|五日, a date).
const LONG_PART: usize = 5;

/// Appends the joined names of `s` (byte ranges) to `out`; `joiners` are the byte offsets
/// of its joiner characters, in order (from [`collect`](super::candidates::collect)).
pub(crate) fn find(t: &Tables, s: &Sentence<'_>, joiners: &[usize], out: &mut Vec<Range<usize>>) {
    let text = s.text;
    let mut from = 0;
    for &i in joiners {
        let Some(c) = char_at(text, i).filter(|&c| is_dot(c) || c == '-' || c == '.') else {
            continue;
        };
        if i < from {
            continue;
        }
        if let Some(name) = joined_at(t, s, i, c) {
            from = name.end;
            out.push(name);
        }
    }
}

/// The name around the joiner `j` at byte `i`, if both sides read as name parts.
fn joined_at(t: &Tables, s: &Sentence<'_>, i: usize, j: char) -> Option<Range<usize>> {
    let text = s.text;
    let han = |c: char| t.class(c) & class::HAN != 0;
    let translit = |c: char| t.class(c) & (class::TRANSLIT | class::WEAK_TRANSLIT) != 0;
    // A middle dot lets the character next to it be any ideograph; a hyphen or a full stop
    // does not.
    let loose = is_dot(j);
    let (mut start, mut total, mut good) = (i, 0, 0);
    let mut part = 0;
    while part < MAX_PART {
        let Some((k, c)) = char_before(text, start) else { break };
        let ends_title = s
            .hits
            .iter()
            .any(|h| h.end == start && h.entry.tags & (TITLES | tag::ORG | tag::ORG_SUFFIX | tag::PLACE) != 0);
        if ends_title || !han(c) {
            break;
        }
        if part >= LONG_PART && t.class(c) & class::TRANSLIT == 0 {
            break;
        }
        if !(translit(c) || (loose && part == 0)) {
            // Stopped inside a run of ideographs: only where names usually begin, or
            // where a word ends (批准|马里奥).
            let word_ends = s.words.binary_search_by_key(&start, |w| w.end).is_ok();
            if t.get(c).left <= 0.0 && !word_ends {
                return None;
            }
            break;
        }
        start = k;
        part += 1;
        total += 1;
        good += usize::from(translit(c));
    }
    if part == 0 {
        return None;
    }
    let mut end = i + j.len_utf8();
    let mut right = 0;
    // The right side: parts joined by more dots (阿沛·阿旺晋美 has one, longer names more).
    loop {
        let mut part = 0;
        while part < MAX_PART {
            let Some(c) = char_at(text, end) else { break };
            // A title or a verb right after the name is no part of it (阿夏克·罗伊|博士,
            // 萨蒂亚·纳德拉|宣布).
            if !han(c)
                || (part > 0
                    && (s.hit_starting_at(end).is_some_and(|h| h.entry.tags & TITLES != 0)
                        || s.dictionary_verb_at(end).is_some()))
            {
                break;
            }
            // Past a long part only transliteration characters go on; a function word
            // or a verb of speech ends any part (格里戈罗维奇|说).
            if (part >= LONG_PART && t.class(c) & class::TRANSLIT == 0) || (part > 0 && never_ends_name(c)) {
                break;
            }
            if !(translit(c) || (loose && part == 0)) {
                // Stopped inside a run of ideographs: only where names usually end, or
                // where a word starts (鲁伊斯|辞去, 弗里|不久前).
                let word_starts = s.words.binary_search_by_key(&end, |w| w.start).is_ok();
                if t.get(c).right <= 0.0 && !word_starts && char_at(text, end + c.len_utf8()) != Some(j) {
                    return None;
                }
                break;
            }
            end += c.len_utf8();
            part += 1;
            total += 1;
            good += usize::from(translit(c));
        }
        if part == 0 {
            return None;
        }
        right += 1;
        match char_at(text, end) {
            Some(c) if c == j && char_at(text, end + c.len_utf8()).is_some_and(han) && right < 4 => {
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    // Mostly transliteration characters; all of them across a hyphen or a full stop
    // (北京-上海 is no name).
    let enough = if loose {
        2 * good >= total
    } else {
        good == total && total >= 4
    };
    let known = t.not_names.contains(&text[start..i]) || t.not_names.contains(&text[i + j.len_utf8()..end]);
    (enough && !known).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        let joiners: Vec<usize> = text.match_indices(['·', '-', '.']).map(|(i, _)| i).collect();
        super::super::ruled_names(text, |t, s, out| find(t, s, &joiners, out))
    }

    #[test]
    fn dotted_and_hyphenated_names() {
        assert_eq!(names("发言人彼得·艾利夫说，会谈很成功。"), vec!["彼得·艾利夫"]);
        assert_eq!(names("从北京-上海的高铁上下来。"), Vec::<&str>::new());
        assert_eq!(names("首席执行官萨蒂亚·纳德拉宣布，"), vec!["萨蒂亚·纳德拉"]);
    }
}
