//! What a fact counts or measures: the noun right after its classifier (五个办事处 →
//! 办事处, 三名教授 → 教授), or else the noun right before the number (企业10696家 → 企业,
//! 拆除面积近500平方米 → 面积).
//!
//! Only the few characters around a fact are segmented (jieba-rs without its HMM, which
//! would cost three times as much, with its dictionary tags as hints: n*, j and a
//! noun-modifying a/b/vn), so the cost is paid per fact, not per character of text.

use std::ops::Range;

use crate::segment::JIEBA;

/// Characters a subject never crosses.
fn stops(c: char) -> bool {
    !crate::recognize::is_han(c)
        || matches!(
            c,
            '的' | '和'
                | '与'
                | '及'
                | '或'
                | '等'
                | '在'
                | '是'
                | '了'
                | '都'
                | '也'
                | '将'
                | '已'
                | '并'
                | '而'
                | '从'
                | '对'
                | '把'
                | '被'
                | '向'
                | '于'
                | '共'
                | '约'
                | '近'
                | '达'
                | '有'
                | '为'
                | '个'
                | '其'
                | '中'
        )
}

fn nounish(tag: &str) -> bool {
    tag.starts_with('n') && tag != "nr" || tag == "j" || tag == "ng"
}

/// Words that may stand before the noun they modify (老旧小区, 运营中心).
fn modifier(tag: &str) -> bool {
    matches!(tag, "a" | "b" | "an" | "vn")
}

/// Verbs that link a measure to its figure (人口为…, 收入完成…).
const LINKS: &[&str] = &["达到", "达", "为", "是", "完成", "实现", "共计", "合计", "总计"];

/// At most this many characters are looked at on each side.
const WINDOW: usize = 12;

/// What follows a classifier.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum After {
    /// The noun it counts: 五个|办事处.
    Noun(Range<usize>),
    /// A verb, punctuation or the end: the subject, if any, is before the number (企业10696家|分属).
    Nothing,
    /// Something else (一个|偏僻的小村): no subject.
    Other,
}

/// The subject after `end` (a classifier's end).
pub(crate) fn after(text: &str, end: usize, limit: usize) -> After {
    let tail = &text[end..limit];
    let len: usize = tail
        .chars()
        .take(WINDOW)
        .take_while(|&c| !stops(c))
        .map(char::len_utf8)
        .sum();
    if len == 0 {
        return After::Nothing;
    }
    let tags = JIEBA.tag(&tail[..len], false);
    let mut taken = 0;
    let mut noun_end = 0;
    for (i, t) in tags.iter().enumerate() {
        // A one-character word is where the segmentation without context is least sure
        // (志愿者|参|与): the subject stops before it, unless it modifies what follows (老|旧|小区).
        let next_modified = tags.get(i + 1).is_some_and(|n| nounish(n.tag) || modifier(n.tag));
        if t.word.chars().nth(1).is_none() && !(modifier(t.tag) && t.tag != "vn" && next_modified) {
            break;
        }
        let next_noun = tags.get(i + 1).is_some_and(|n| nounish(n.tag) || modifier(n.tag));
        if nounish(t.tag) || modifier(t.tag) && next_noun && taken + t.word.len() < 4 * 3 {
            taken += t.word.len();
            if nounish(t.tag) {
                noun_end = taken;
            }
        } else {
            break;
        }
    }
    if noun_end > 0 {
        After::Noun(end..end + noun_end)
    } else if tags.first().is_some_and(|t| t.tag.starts_with('v') && t.tag != "vn") {
        After::Nothing
    } else {
        After::Other
    }
}

/// The subject before `start` (where the number or its qualifier starts), not reaching before `floor`.
pub(crate) fn before(text: &str, floor: usize, start: usize) -> Option<Range<usize>> {
    // A verb linking the measure to its figure stands between them (常住人口为4867235人,
    // 财政收入完成2.4亿元, 耕地面积达12.5万亩).
    let start = LINKS
        .iter()
        .find(|l| text[floor..start].ends_with(*l))
        .map_or(start, |l| start - l.len());
    let head = &text[floor..start];
    let (len, chars) = head
        .chars()
        .rev()
        .take(WINDOW)
        .take_while(|&c| !stops(c) || c == '共')
        .fold((0, 0), |(len, n), c| (len + c.len_utf8(), n + 1));
    // A window of one character is one word of one character, which is no subject: it is
    // skipped as a word right before the number, or read as a noun alone (营|收). No
    // tagging is needed to say so.
    if chars < 2 {
        return None;
    }
    let from = start - len;
    let tags = JIEBA.tag(&text[from..start], false);
    // Skip one-character words right before the number (共, 约, 达), then take nouns of
    // two characters or more leftwards.
    let single = |k: usize| tags[k].word.chars().nth(1).is_none();
    let head_noun = |k: usize| nounish(tags[k].tag) || tags[k].tag == "vn";
    let mut end = start;
    let mut i = tags.len();
    while i > 0 && single(i - 1) && !head_noun(i - 1) {
        end -= tags[i - 1].word.len();
        i -= 1;
    }
    let mut begin = end;
    // A one-character noun ends a subject only after a longer one (彩板|房), never alone (营|收).
    if i > 0 && single(i - 1) {
        if i > 1 && !single(i - 2) && head_noun(i - 2) {
            begin -= tags[i - 1].word.len();
            i -= 1;
        } else {
            return None;
        }
    }
    while i > 0 && !single(i - 1) && (head_noun(i - 1) || begin < end && modifier(tags[i - 1].tag)) {
        begin -= tags[i - 1].word.len();
        i -= 1;
        if end - begin >= 4 * 3 {
            break;
        }
    }
    // A verb opening the clause names what the measure is of: 拆除面积 (the area pulled
    // down), 出动人员; inside a clause it is the predicate (清理|积存垃圾土方).
    if begin < end
        && i == 1
        && tags[0].tag.starts_with('v')
        && !single(0)
        && (from == floor || text[..from].chars().next_back().is_some_and(stops))
    {
        begin -= tags[0].word.len();
    }
    (begin < end).then_some(begin..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after_of(text: &str, end_at: &str) -> Option<String> {
        let end = text.find(end_at).unwrap() + end_at.len();
        match after(text, end, text.len()) {
            After::Noun(r) => Some(text[r].to_string()),
            _ => None,
        }
    }

    fn before_of(text: &str, start_at: &str) -> Option<String> {
        let start = text.find(start_at).unwrap();
        before(text, 0, start).map(|r| text[r].to_string())
    }

    #[test]
    fn subjects_after_the_classifier_or_before_the_number() {
        assert_eq!(after_of("五个办事处及数据服务中心", "五个").as_deref(), Some("办事处"));
        assert_eq!(after_of("三家企业强强牵手", "三家").as_deref(), Some("企业"));
        assert_eq!(after_of("三名教授“喜结良缘”", "三名").as_deref(), Some("教授"));
        assert_eq!(after_of("共113名,", "113名"), None);
        assert_eq!(before_of("目前园区共有企业10696家", "10696").as_deref(), Some("企业"));
        assert_eq!(before_of("高端人才共113名", "113").as_deref(), Some("高端人才"));
        assert_eq!(
            before_of("违建已拆除,拆除面积近800平方米", "近").as_deref(),
            Some("拆除面积")
        );
        assert_eq!(
            before_of("清理积存垃圾土方约800立方米", "约").as_deref(),
            Some("垃圾土方")
        );
        // Over a verb linking the measure to its figure.
        assert_eq!(before_of("全镇常住人口为35628人", "35628").as_deref(), Some("常住人口"));
        assert_eq!(before_of("耕地面积达12.5万亩", "12.5").as_deref(), Some("耕地面积"));
        assert_eq!(before_of("数量分别为3个", "3个"), None);
    }
}
