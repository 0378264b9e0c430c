//! Transliterated names whose parts are joined by a middle dot or a hyphen
//! (彼得·艾利夫, 福雷斯特-阿伦). The dot is itself strong evidence, so a part may hold a
//! character that is rare in transliterations (得 of 彼得) right next to it, which breaks
//! the runs of the statistical candidates.

use std::ops::Range;

use super::candidates::{TITLES, char_at, char_before, is_dot, never_ends_name};
use super::repeats::GLUED_AFTER;
use super::tables::{Tables, class};
use crate::dictionary::tag;
use crate::recognize::{Sentence, is_han};
use crate::segment::with_word_class;

/// The score of a joined name: above the parts it joins.
pub(crate) const JOINED_NAME_SCORE: f32 = 5.0;

/// Classes of jieba-rs words that are no name parts: bodies, positions, times, numbers,
/// function words and verbs.
const NO_NAME: &[&str] = &["nt", "f", "s", "t", "m", "q", "r", "p", "c", "u", "d", "v"];

/// Is `word`, a word jieba-rs read next to a joiner, a name part to take whole: all
/// ideographs (function words too: Uyghur names write 不 and 都), not ending in one that
/// never ends a name (皮尔诺说), and no position or time word of jieba-rs's dictionary
/// (西部)? Place words stay: jieba-rs tags many Uyghur and Tibetan name parts so.
fn read_whole(word: &str) -> bool {
    let n = word.chars().count();
    n > 1
        && n <= MAX_PART
        && word.chars().all(is_han)
        && word
            .chars()
            .next_back()
            .is_some_and(|c| !never_ends_name(c) && !GLUED_AFTER.contains(c))
        && with_word_class(word, |c| !NO_NAME.contains(&c))
}

/// Where the part jieba-rs read as one word right before byte `at` starts (`before`), or
/// where the one right after it ends; `at` when there is none to take whole. Such a part
/// (理查德, 卡莱科斯) is taken whole, though it holds a character rare in
/// transliterations (理) or one a lexicon word ends in (科, a section).
fn whole_part(s: &Sentence<'_>, at: usize, before: bool) -> usize {
    let found = if before {
        s.words.binary_search_by_key(&at, |w| w.end)
    } else {
        s.words.binary_search_by_key(&at, |w| w.start)
    };
    let Some(w) = found.ok().map(|w| s.words[w].clone()) else {
        return at;
    };
    let word = &s.text[w.clone()];
    if !read_whole(word) {
        return at;
    }
    if !before {
        return w.end;
    }
    // jieba-rs may glue the preposition before a name to its first part (同|本·卡里奇).
    match word.chars().next() {
        Some(c) if GLUED_BEFORE.contains(c) => w.start + c.len_utf8(),
        _ => w.start,
    }
}

/// Dynasties written before a name with a dot (明·龚自强): no part of it.
const DYNASTIES: &str = "秦汉晋隋唐宋元明清";

/// Prepositions and conjunctions jieba-rs glues to the start of a name's first part.
const GLUED_BEFORE: &str = "同和与及跟向对给被把由在上从将请为据令";

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
    let mut loose = is_dot(j);
    // A part jieba-rs read as one word is taken whole (see `whole_part`).
    let whole_from = whole_part(s, i, true);
    let (mut start, mut total, mut good) = (i, 0, 0);
    let mut part = 0;
    while part < MAX_PART {
        let Some((k, c)) = char_before(text, start) else { break };
        let in_word = k >= whole_from && start > whole_from;
        // A title right before always ends the part; a body or place word only where
        // jieba-rs did not read it inside the part (卡莱|科|斯).
        let ends = |tags: u16| s.hits.iter().any(|h| h.end == start && h.entry.tags & tags != 0);
        if ends(TITLES) || (!in_word && ends(tag::ORG | tag::ORG_SUFFIX | tag::PLACE)) || !han(c) {
            break;
        }
        if part >= LONG_PART && t.class(c) & class::TRANSLIT == 0 && !in_word {
            break;
        }
        if !(translit(c) || (loose && part == 0) || in_word) {
            // A title right before the character vouches for it as the name's first (署长|
            // 露西娅·佩雷斯: 露 is rare in transliterations) — not one inside a word with the
            // title's end (摄影|家: 摄影家).
            if s.hits.iter().any(|h| h.end == k && h.entry.tags & TITLES != 0)
                && s.word_at(k).is_none_or(|w| s.words[w].start == k)
            {
                start = k;
                part += 1;
                total += 1;
                break;
            }
            // Stopped inside a run of ideographs: only where names usually begin, or
            // where a word ends (批准|马里奥).
            let word_ends = start == whole_from || s.words.binary_search_by_key(&start, |w| w.end).is_ok();
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
    if part == 0 || (part == 1 && text[start..i].chars().all(|c| DYNASTIES.contains(c))) {
        return None;
    }
    let mut end = i + j.len_utf8();
    let mut right = 0;
    // The right side: parts joined by more dots (a Tibetan name has one, longer names more).
    loop {
        let mut part = 0;
        let whole_to = whole_part(s, end, false);
        while part < MAX_PART {
            let Some(c) = char_at(text, end) else { break };
            // Past a part taken whole, a word of the clause jieba-rs reads next (马卡罗夫|
            // 当天: a time word) is no part of it.
            // Nor a preposition or conjunction of one character before a word of its own
            // (卡特|因|工作调整, 'for work').
            let opens_clause = |w: Range<usize>| {
                let word = &text[w.clone()];
                if word.chars().nth(1).is_some() {
                    return with_word_class(word, |c| NO_NAME.contains(&c));
                }
                with_word_class(word, |c| c == "p" || c == "c")
                    && s.word_starting_at(w.end)
                        .is_some_and(|n| text[n].chars().nth(1).is_some())
            };
            if part > 0 && end == whole_to && s.word_starting_at(end).is_some_and(opens_clause) {
                break;
            }
            let in_word = end < whole_to;
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
            if !in_word
                && ((part >= LONG_PART && t.class(c) & class::TRANSLIT == 0) || (part > 0 && never_ends_name(c)))
            {
                break;
            }
            if !(translit(c) || (loose && part == 0) || in_word) {
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
        // (A hyphenated given name goes on past a dot: 让-皮埃尔·杜瓦尔, 卡尔-海因茨·韦伯.)
        match char_at(text, end) {
            Some(c) if (c == j || is_dot(c)) && char_at(text, end + c.len_utf8()).is_some_and(han) && right < 4 => {
                loose |= is_dot(c);
                end += c.len_utf8();
            }
            _ => break,
        }
    }
    // Mostly transliteration characters; all of them across a hyphen or a full stop
    // (北京-上海 is no name).
    // (A title right before vouches for names of any language: 省长|宋萨·占塔翁, whose
    // characters are few transliterations' of European names.)
    let titled = || s.hits.iter().any(|h| h.end == start && h.entry.tags & TITLES != 0);
    let enough = if loose {
        2 * good >= total || titled()
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
        // A title right before vouches for a first character rare in transliterations.
        assert_eq!(names("投资促进署署长露西娅·佩雷斯参加会见。"), vec!["露西娅·佩雷斯"]);
    }
}
