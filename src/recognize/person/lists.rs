//! Names inside enumerations (items joined by 、) that are no names.
//!
//! An enumeration mark is strong evidence for a name next to it (张明、李华), so a
//! name-shaped word in any list scores well. Two kinds of list say otherwise:
//!
//! * a list of companies or brands, closed by 等 and a company word in the same
//!   clause (甲电子、乙科姆、丙开普等一批……的公司): its items are organisations;
//! * a list of ordinary words (整洁、有序、舒适, 窗棂、楼廊、栏杆, 交通厅、林业厅、财政厅):
//!   an item that is a common or dictionary word is no name when the item beside it
//!   is a plain word that is no name either.

use std::ops::Range;

use super::candidates::char_at;
use super::tables::{Tables, class};
use crate::dictionary::tag;
use crate::recognize::Sentence;
use crate::segment::with_word_class;

/// The enumeration mark.
const MARK: char = '、';

/// Longest list item read, in bytes (eight ideographs).
const MAX_ITEM: usize = 24;

/// How far after 等 the company word may stand, in bytes.
const MAX_TAIL: usize = 90;

/// Words for companies and brands after 等 (等企业, 等知名品牌).
const COMPANY_WORDS: &[&str] = &[
    "公司", "企业", "品牌", "厂商", "厂家", "商家", "集团", "机构", "平台", "网站",
];

/// Characters that end a clause: a list and what it is a list of stay inside one.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | '。' | ';' | '；' | ':' | '：' | '!' | '！' | '?' | '？' | '(' | ')' | '“' | '”'
    )
}

/// The last walk of [`in_company_list`] over the items of a list of one sentence: the ends
/// of the items it passed, in order, and what it found at the list's end. A name of the
/// same list further on ends where one of them does, and its walk would go on from there
/// to the same end: it is answered from here, so a list is walked once, not once for
/// each of its names (a list of twenty names, twenty walks of up to twenty items).
#[derive(Debug, Default)]
pub(crate) struct ListWalk {
    ends: Vec<usize>,
    found: bool,
}

impl ListWalk {
    /// Forgets the walk of an earlier sentence (its offsets are another sentence's).
    pub(crate) fn clear(&mut self) {
        self.ends.clear();
    }
}

/// True when `name` (a chosen name span of `s`) should be dropped because of the list it
/// stands in; `names` are all chosen spans, in order. `walk`: see [`ListWalk`].
pub(crate) fn drop_listed(
    t: &Tables,
    s: &Sentence<'_>,
    name: &Range<usize>,
    names: &[(usize, usize)],
    walk: &mut ListWalk,
) -> bool {
    let text = s.text;
    let before = text[..name.start].ends_with(MARK);
    let after = text[name.end..].starts_with(MARK);
    if !(before || after) {
        return false;
    }
    in_company_list(s, name, walk) || among_plain_words(t, s, name, names)
}

/// The item that starts at byte `start` (ending at a mark, 等, a clause end or the end of
/// the text), if short enough to be one.
fn item_from(text: &str, start: usize) -> Option<Range<usize>> {
    let mut end = start;
    while let Some(c) = char_at(text, end) {
        if c == MARK || c == '等' || ends_clause(c) {
            break;
        }
        end += c.len_utf8();
        if end - start > MAX_ITEM {
            return None;
        }
    }
    (end > start).then_some(start..end)
}

/// The item that ends at byte `end`, if short enough to be one.
fn item_to(text: &str, end: usize) -> Option<Range<usize>> {
    let mut start = end;
    while let Some(c) = text[..start].chars().next_back() {
        if c == MARK || ends_clause(c) {
            break;
        }
        start -= c.len_utf8();
        if end - start > MAX_ITEM {
            return None;
        }
    }
    (start < end).then_some(start..end)
}

/// Does the list holding `name` end with 等 and a company word in the same clause? The walk
/// to its end is noted in `walk`, and read from there when it passed `name`'s end already.
fn in_company_list(s: &Sentence<'_>, name: &Range<usize>, walk: &mut ListWalk) -> bool {
    if walk.ends.binary_search(&name.end).is_ok() {
        return walk.found;
    }
    walk.ends.clear();
    walk.found = false;
    let text = s.text;
    // Walk to the last item: over marks and the items after them.
    let mut end = name.end;
    walk.ends.push(end);
    while text[end..].starts_with(MARK) {
        match item_from(text, end + MARK.len_utf8()) {
            Some(item) => {
                end = item.end;
                walk.ends.push(end);
            }
            None => return false,
        }
    }
    walk.found = company_list_end(text, end);
    walk.found
}

/// Does the list ending at byte `end` of `text` end with 等 and a company word in the same
/// clause?
fn company_list_end(text: &str, end: usize) -> bool {
    if !text[end..].starts_with('等') {
        return false;
    }
    let tail_start = end + '等'.len_utf8();
    let mut tail_end = tail_start;
    while let Some(c) = char_at(text, tail_end) {
        if ends_clause(c) || tail_end - tail_start > MAX_TAIL {
            break;
        }
        tail_end += c.len_utf8();
    }
    let tail = &text[tail_start..tail_end];
    COMPANY_WORDS.iter().any(|w| tail.contains(w))
}

/// Is `name` a common word beside a list item that is a plain word and no name?
fn among_plain_words(t: &Tables, s: &Sentence<'_>, name: &Range<usize>, names: &[(usize, usize)]) -> bool {
    let text = s.text;
    if !t.common_words.contains_key(&text[name.clone()]) && !ordinary_word(&text[name.clone()]) {
        return false;
    }
    let mark = MARK.len_utf8();
    let previous = text[..name.start]
        .ends_with(MARK)
        .then(|| item_to(text, name.start - mark))
        .flatten();
    let next = text[name.end..]
        .starts_with(MARK)
        .then(|| item_from(text, name.end + mark))
        .flatten();
    let plain = |item: &Range<usize>| {
        let word = &text[item.clone()];
        let one_word = s.words.iter().any(|w| w == item);
        let named = names.iter().any(|&(a, b)| a < item.end && item.start < b);
        let blocked = s
            .hits
            .iter()
            .any(|h| h.start < item.end && item.start < h.end && h.entry.tags & (tag::PERSON | tag::TITLE) != 0);
        let surname_first = word.chars().next().is_some_and(|c| t.class(c) & class::SURNAME != 0);
        one_word
            && word.chars().count() >= 2
            && !named
            && !blocked
            && (!surname_first || t.common_words.contains_key(word) || ordinary_word(word))
    };
    previous.iter().chain(next.iter()).any(plain)
}

/// Is `word` in jieba-rs's dictionary with a tag that is not a person's (楼廊/n, 林业厅/n)?
fn ordinary_word(word: &str) -> bool {
    with_word_class(word, |c| c != "OOV" && c != "NUM" && !c.starts_with("nr"))
}

/// Names between two names of one list (甲、程强、乙): an item of two or three ideographs
/// starting with a surname (or of three between names of three), with a name on each side,
/// is a name too, whatever its own
/// score (程 is a weak surname: 工程, 过程). So is one a headline runs together with the
/// names around it (甲乙乔石丙: no mark at all), when jieba-rs reads it as one name word.
/// Appended to `names` (sorted) in order.
pub(crate) fn add_between_names(t: &Tables, s: &Sentence<'_>, names: &mut Vec<Range<usize>>) {
    let text = s.text;
    let mut found = Vec::new();
    for pair in names.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = &text[a.end..b.start];
        let (item, start) = match gap.strip_prefix(MARK).and_then(|rest| rest.strip_suffix(MARK)) {
            Some(item) => (item, a.end + MARK.len_utf8()),
            None if s.word_starting_at(a.end).is_some_and(|w| w.end == b.start)
                && with_word_class(gap, |c| c.starts_with("nr")) =>
            {
                (gap, a.end)
            }
            None => continue,
        };
        let chars = item.chars().count();
        // (Three characters between two names of three need no surname the tables know:
        // 甲、揭文辉、乙 — a rare surname is written as a verb, 揭晓, far more often.)
        let three = |r: &Range<usize>| text[r.clone()].chars().count() == 3;
        let name_like = (2..=3).contains(&chars)
            && item.chars().all(|c| t.class(c) & class::HAN != 0)
            && (item.chars().next().is_some_and(|c| t.get(c).is_surname)
                || (chars == 3 && three(a) && three(b) && !ordinary_word(item)))
            && !t.not_names.contains(item)
            && !s.hits.iter().any(|h| h.start < start + item.len() && start < h.end);
        if name_like {
            found.push(start..start + item.len());
        }
    }
    // The last item of a list after a name (宁子萱、谷天乐领衔主演): a strong surname and one
    // or two characters, ending where a word of jieba-rs ends.
    if let Some(a) = names.last() {
        let start = a.end + MARK.len_utf8();
        if text[a.end..].starts_with(MARK)
            && text[a.clone()].chars().count() >= 2
            && let Some(item) = listed_name_at(t, s, start)
        {
            found.push(item);
        }
    }
    if !found.is_empty() {
        names.extend(found);
        names.sort_by_key(|r| r.start);
    }
}

/// Below this surname ratio a list's last item is not read as a name on the list's word.
const LISTED_SURNAME_MIN: f32 = 1.5;

/// The name of two or three ideographs starting at `start`, after a list's mark: a strong
/// surname first, ending on a word boundary before no mark of a list (the list would go on:
/// judged by its own scores), and no dictionary entry or common word.
fn listed_name_at(t: &Tables, s: &Sentence<'_>, start: usize) -> Option<Range<usize>> {
    let text = s.text;
    let first = char_at(text, start)?;
    if t.get(first).surname < LISTED_SURNAME_MIN || s.word_starting_at(start).is_none() {
        return None;
    }
    let end = (2..=3).rev().find_map(|n| {
        let end = start
            + text[start..]
                .char_indices()
                .nth(n)
                .map_or(text.len() - start, |(k, _)| k);
        (text[start..end].chars().count() == n && s.word_starting_at(end).is_some()).then_some(end)
    })?;
    let item = &text[start..end];
    // (Not ending in a function word's character or a place's: 田流|都, 桑戈|和, 张家|场村.)
    let ok = item.chars().all(|c| t.class(c) & class::HAN != 0)
        && !item.ends_with(|c: char| "都和与及等也的了在是家村庄".contains(c))
        && !text[end..].starts_with(MARK)
        && !t.not_names.contains(item)
        && !t.common_words.contains_key(item)
        && !s.hits.iter().any(|h| h.start < end && start < h.end);
    ok.then_some(start..end)
}

/// Names run together after a byline word with one character left between them
/// (记者邵行|增|张建华: the first name read one character short): the character ends the
/// first name. `names` are sorted.
pub(crate) fn close_byline_gaps(t: &Tables, s: &Sentence<'_>, names: &mut [Range<usize>]) {
    let text = s.text;
    for k in 1..names.len() {
        let (a, b) = (names[k - 1].clone(), names[k].clone());
        let gap = &text[a.end..b.start];
        let mut chars = gap.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else {
            continue;
        };
        let after_byline = s.hit_ending_at(a.start).is_some_and(|h| h.entry.is(tag::BYLINE));
        let short = text[a.clone()].chars().count() == 2;
        let b_starts_name = text[b.clone()].chars().next().is_some_and(|f| t.get(f).is_surname);
        if after_byline
            && short
            && b_starts_name
            && t.class(c) & class::HAN != 0
            && !s.hits.iter().any(|h| h.start < b.start && a.end < h.end)
        {
            names[k - 1].end = b.start;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dropped(text: &str, name: &str, names: &[&str]) -> bool {
        let span = |n: &str| {
            let a = text.find(n).unwrap();
            (a, a + n.len())
        };
        let chosen: Vec<(usize, usize)> = names.iter().map(|n| span(n)).collect();
        let (a, b) = span(name);
        super::super::with_sentence(text, |s, tables| {
            drop_listed(tables, s, &(a..b), &chosen, &mut ListWalk::default())
        })
    }

    /// One walk over a list answers for each of its names as a walk of its own would.
    #[test]
    fn a_list_is_walked_once_for_all_its_names() {
        let text = "会见了王明、李华、赵刚和金星电子、马科达、宏图软件等一批技术领先的公司。";
        let items = ["王明", "李华", "赵刚", "金星电子", "马科达", "宏图软件"];
        let chosen: Vec<(usize, usize)> = items
            .iter()
            .map(|n| {
                let a = text.find(n).unwrap();
                (a, a + n.len())
            })
            .collect();
        super::super::with_sentence(text, |s, tables| {
            let mut walk = ListWalk::default();
            for &(a, b) in &chosen {
                let shared = drop_listed(tables, s, &(a..b), &chosen, &mut walk);
                let alone = drop_listed(tables, s, &(a..b), &chosen, &mut ListWalk::default());
                assert_eq!(shared, alone, "{}", &text[a..b]);
            }
        });
    }

    #[test]
    fn companies_listed_before_a_company_word_are_no_names() {
        assert!(dropped(
            "园区聚集了金星电子、马科达、宏图软件等一批技术领先、前景广阔的公司。",
            "马科达",
            &["马科达"]
        ));
        assert!(!dropped(
            "会议由王立新、马科达等同志主持。",
            "马科达",
            &["王立新", "马科达"]
        ));
    }

    #[test]
    fn common_words_among_plain_words_are_no_names() {
        assert!(dropped("要把街道建得干净、舒适、美观。", "舒适", &["舒适"]));
        // Not in the common-word list, but in jieba-rs's dictionary as a common noun.
        assert!(dropped("修好窗棂、楼廊、栏杆、台阶。", "楼廊", &["楼廊"]));
        assert!(dropped(
            "民政厅、水利厅、林业厅、财政厅等部门参加。",
            "林业厅",
            &["林业厅"]
        ));
        assert!(!dropped(
            "出席的有王立新、高峰和陈明。",
            "高峰",
            &["王立新", "高峰", "陈明"]
        ));
    }
}
