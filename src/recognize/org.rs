//! Organisation names: a head word (局, 委员会, 有限公司 ...) extended leftwards
//! over the words that name it, or a known organisation from the dictionary.
//!
//! Extension stops at punctuation, a person, a title, a number, and words that
//! stand between organisations rather than inside them (verbs such as 召开 and
//! 参加, prepositions such as 在 and 由, conjunctions). An organisation reached
//! while extending (郑州大学 in 郑州大学材料科学与工程学院) becomes the parent.

use std::ops::Range;

use super::{Sentence, is_han};
use crate::OrgKind;
use crate::dictionary::{Hit, PlaceLevel, tag};

/// An organisation found in a sentence (ranges relative to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgMention {
    pub(crate) range: Range<usize>,
    pub(crate) kind: OrgKind,
    /// An organisation the name starts with (郑州大学 in 郑州大学材料科学与工程学院).
    pub(crate) parent: Option<(Range<usize>, OrgKind)>,
    /// The place words the name starts with (高新区 in 高新区党工委), shared by
    /// coordinated organisations that follow without one.
    pub(crate) prefix: Option<Range<usize>>,
    /// The full name, when it is not the text: an abbreviation expanded, or a
    /// shared prefix restored.
    pub(crate) full_name: Option<String>,
}

/// Longest organisation name read, in bytes (about 24 characters).
const MAX_ORG: usize = 72;

/// Words that end an organisation name on its left: they stand between an
/// organisation and the rest of the clause, never inside a name.
const STOP_WORDS: &[&str] = &[
    "在", "由", "对", "向", "从", "与", "和", "及", "以及", "同", "跟", "被", "把", "将", "为", "是", "的", "了", "等", "各",
    "也", "都", "已", "又", "并", "还", "就", "即", "于", "到", "至", "经", "据", "让", "使", "给", "请", "该", "这", "那",
    "其", "本", "我", "你", "他", "她", "它", "我们", "他们", "召开", "举办", "举行", "组织", "参加", "出席", "成立", "组建",
    "设立", "设在", "按照", "根据", "通过", "会同", "走进", "来到", "前往", "访问", "签约", "支持", "代表", "联合", "作为",
    "担任", "出任", "任", "兼", "任命", "当选", "来自", "位于", "属于", "包括", "以", "向", "自", "时", "后", "前", "中",
    "上", "下", "里", "内", "外", "间", "同时", "日前", "近日", "今天", "昨天", "当天", "目前", "现场", "负责人", "参与",
    "驻", "有", "没有", "拥有", "具有", "集聚", "聚集", "涵盖", "听取", "汇报", "介绍", "表示", "指出", "认为", "说",
];

/// Words ending in a one-character head word that are not organisations.
const NOT_ORG_WORDS: &[&str] = &[
    "干部", "全部", "内部", "外部", "局部", "部分", "西部", "东部", "南部", "北部", "中部", "腹部", "头部", "面部", "底部",
    "顶部", "基部", "俱乐部", "结局", "格局", "布局", "全局", "大局", "时局", "政局", "当局", "到处", "好处", "坏处", "之处",
    "长处", "短处", "相处", "处处", "益处", "住处", "去处", "用处", "难处", "学科", "文科", "理科", "工科", "本科", "专科",
    "外科", "内科", "百科", "公司", "上司", "官司", "医院", "法院", "学院", "庭院", "住院", "出院", "研究所", "场所", "厕所",
    "住所", "诊所", "处所", "会所", "寓所", "所", "委", "部", "局", "处", "科", "司", "院", "社", "校", "队", "办", "厅",
    "社会", "合作社", "旅行社", "结社", "入队", "排队", "团队", "军队", "部队", "球队", "车队", "舰队", "梯队", "列队",
    "客厅", "餐厅", "大厅", "舞厅", "门厅", "展厅", "学校", "母校", "党校", "上校", "中校", "少校", "大校", "将校",
    "主办", "承办", "协办", "举办", "创办", "兴办", "督办", "查办", "代办", "包办", "首办", "交办", "侨办", "港澳办",
    "网", "上网", "互联网", "电网", "因特网", "官网", "联网", "渔网", "系", "关系", "联系", "体系", "派系", "水系",
];

/// Finds the organisations of `s`, appending them in order to `out`.
/// `persons` are the person names already found (sorted).
pub(crate) fn find(s: &Sentence<'_>, persons: &[Range<usize>], out: &mut Vec<OrgMention>) {
    let first = out.len();
    for (i, hit) in s.hits.iter().enumerate() {
        let org = if hit.entry.is(tag::ORG) {
            Some(known(hit))
        } else if hit.entry.is(tag::ORG_SUFFIX) && is_head(s, hit) {
            headed(s, i, persons, &out[first..])
        } else {
            None
        };
        let Some(org) = org else { continue };
        // A longer name ending at the same place replaces the shorter ones it contains.
        while out.len() > first && out.last().is_some_and(|o| o.range.start >= org.range.start) {
            out.pop();
        }
        out.push(org);
    }
    share_prefixes(s, &mut out[first..]);
}

fn known(hit: &Hit<'_>) -> OrgMention {
    OrgMention {
        range: hit.start..hit.end,
        kind: hit.entry.org_kind,
        parent: None,
        prefix: None,
        full_name: hit.entry.full_name.as_deref().map(str::to_string),
    }
}

/// Is this head-word hit really the end of an organisation name? It must end a
/// jieba word (局 in 局面 does not), and the word it ends must not be an ordinary
/// word (干部, 全部).
fn is_head(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let Some(w) = s.word_at(hit.end - 1).map(|i| &s.words[i]) else {
        return false;
    };
    if w.end != hit.end {
        return false;
    }
    let word = &s.text[w.start.min(hit.start)..hit.end];
    !NOT_ORG_WORDS.contains(&word)
}

/// Extends the head word at `hits[i]` leftwards into a full name.
fn headed(s: &Sentence<'_>, i: usize, persons: &[Range<usize>], found: &[OrgMention]) -> Option<OrgMention> {
    let head = &s.hits[i];
    // The head may sit at the end of a longer jieba word (住/建局): start from that word.
    let mut start = s.word_at(head.start).map_or(head.start, |w| s.words[w].start.min(head.start));
    if start < head.start && NOT_ORG_WORDS.contains(&&s.text[start..head.end]) {
        return None;
    }
    let mut parent = None;
    let mut prefix_start = None;
    let mut has_name = start < head.start;
    loop {
        let Some(wi) = start.checked_sub(1).and_then(|p| s.word_at(p)) else { break };
        let w = s.words[wi].clone();
        let word = &s.text[w.clone()];
        if head.end - w.start > MAX_ORG || !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
            break;
        }
        if word.chars().all(|c| c.is_ascii_digit()) || persons.iter().any(|p| p.start < w.end && w.start < p.end) {
            break;
        }
        // An organisation found just before: it becomes the parent, and reading goes on.
        if let Some(o) = found.iter().rev().find(|o| o.range.end == start) {
            parent = Some((o.range.clone(), o.kind));
            start = o.range.start;
            has_name = true;
            continue;
        }
        let hit = s.hit_at(w.clone()).or_else(|| s.hit_ending_at(w.end).filter(|h| h.start >= w.start));
        if let Some(h) = hit {
            if h.entry.is(tag::TITLE | tag::MODIFIER | tag::PERSON | tag::LEFT_CONTEXT | tag::RIGHT_CONTEXT | tag::APPOINT) {
                break;
            }
            if h.entry.is(tag::PLACE) {
                prefix_start = Some(w.start);
                start = w.start;
                has_name = true;
                // A province or country starts the name: nothing left of it belongs.
                if matches!(h.entry.place_level, PlaceLevel::Country | PlaceLevel::Province) {
                    continue;
                }
                continue;
            }
        }
        if STOP_WORDS.contains(&word) {
            break;
        }
        // Counting words: 5个办事处, 三家企业.
        if is_classifier_phrase(s, &w) {
            break;
        }
        start = w.start;
        has_name = true;
        if word.chars().count() == 1 && matches!(word, "省" | "市" | "区" | "县" | "州" | "乡" | "镇" | "村") {
            prefix_start = Some(w.start);
            break;
        }
    }
    if !has_name && !head.entry.standalone {
        return None;
    }
    Some(OrgMention {
        range: start..head.end,
        kind: head.entry.org_kind,
        parent,
        prefix: prefix_start.map(|p| p..prefix_end(s, p, head.start)),
        full_name: None,
    })
}

/// The end of the run of place words starting at `start` (before `limit`).
fn prefix_end(s: &Sentence<'_>, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit {
        match s.hit_starting_at(end).filter(|h| h.entry.is(tag::PLACE) && h.end <= limit) {
            Some(h) => end = h.end,
            None => {
                let c = s.char_at(end);
                if end == start && matches!(c, Some('省' | '市' | '区' | '县')) {
                    end += 3;
                }
                break;
            }
        }
    }
    end
}

/// Is the word a numeral with a classifier, or a classifier after a numeral (5个, 三家)?
fn is_classifier_phrase(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    let word = &s.text[w.clone()];
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两百千万几数多".contains(c);
    let classifier = |c: char| "个家名位所间座项批种类支只条".contains(c);
    let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) else {
        return false;
    };
    if word.chars().nth(1).is_none() {
        classifier(first) && s.char_before(w.start).is_some_and(numeral)
    } else {
        numeral(first) && classifier(last)
    }
}

/// Coordinated organisations share a place prefix: in 高新区党工委、管委会, the
/// second is 高新区管委会. Restores the prefix into `full_name`.
fn share_prefixes(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    for i in 1..orgs.len() {
        let (before, rest) = orgs.split_at_mut(i);
        let prev = &before[i - 1];
        let org = &mut rest[0];
        let gap = &s.text[prev.range.end..org.range.start];
        let joined = gap == "、" || gap == "和" || gap == "及" || gap == "与";
        if !joined || org.prefix.is_some() || org.full_name.is_some() {
            continue;
        }
        if let Some(p) = &prev.prefix {
            org.full_name = Some(format!("{}{}", &s.text[p.clone()], &s.text[org.range.clone()]));
            org.prefix = Some(p.clone());
        }
    }
}
