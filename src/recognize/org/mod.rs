//! Organisation names: a head word (局, 委员会, 有限公司 ...) read leftwards over
//! the words that name it, or a known organisation from the dictionary.
//!
//! Two learned word lists decide the hard cases (see `tools/mine_org_stats.py`):
//!
//! * `org_not_heads.txt` — words that end in a head character but are ordinary
//!   words (干部, 部署, 全局): they head no organisation;
//! * `org_extension.txt` — for a word met while reading leftwards, how likely it
//!   is inside the name rather than before it (中国 0.99, 在 0.01), with a
//!   fallback by the word's jieba-rs dictionary class (@ns, @v, @OOV ...).
//!
//! Reading stops at punctuation, a person, a title and a numeral with its
//! classifier. An organisation met while reading (青山大学 in
//! 青山大学化学与材料学院) becomes the parent. Working groups and command
//! posts are named after what they do (改善城乡环境与提升公共服务工作领导小组), so
//! for them a few purpose verbs and 与 read as inside the name.

mod alias;
mod brand;
mod coordinate;
mod head;
mod known;
mod team;

use crate::charset::starts_with_one_of;
use std::ops::Range;

pub(super) use crate::segment::with_word_class;
pub(crate) use alias::{Aliases, line_after, names_the_filer};
pub(crate) use coordinate::unshared_unit;
pub(crate) use head::{
    BODY_KINDS, LABELLING_BODIES, PERSONNEL_MATTERS, SETTING_UP, WORKING_GROUPS, elected_at, is_session, label_start,
    less_company_kind, names_a_relation, term_of_office,
};
pub(crate) use known::TITLE_HEADS;
pub(crate) use team::{CUE_CHARS as CLUB_CUE_CHARS, KnownClubs};

use super::{ADMIN_UNITS, Cues, Sentence};
use crate::dictionary::{Hit, parse, tag};
use crate::recognize::person::{FastMap, FastSet};
use crate::{Error, OrgKind};
use head::names_a_party;

/// An organisation found in a sentence (ranges relative to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgMention {
    pub(crate) range: Range<usize>,
    pub(crate) kind: OrgKind,
    /// An organisation the name starts with (青山大学 in 青山大学化学与材料学院).
    pub(crate) parent: Option<(Range<usize>, OrgKind)>,
    /// The place words the name starts with (开发区 in 开发区党工委), shared by
    /// coordinated organisations that follow without one.
    pub(crate) prefix: Option<Range<usize>>,
    /// The full name, when it is not the text: an abbreviation expanded, or a
    /// shared prefix restored.
    pub(crate) full_name: Option<String>,
    /// A known organisation the name is made of, with places before it (国务院 in
    /// 中国国务院): the same body, mentioned by its own name too.
    pub(crate) inner: Option<Range<usize>>,
    /// A bare head word with no name of its own (管委会, 市政府): an organisation
    /// only where a title or a coordination ties it to something.
    pub(crate) bare: bool,
    /// The name holds a naming element — a place, a proper noun, a parent
    /// organisation — or is the kind that is named by its remit (working groups,
    /// newspapers). Descriptions (电子技术研究所, 医疗队) are organisations only
    /// where a title or a coordination ties them to the text.
    pub(crate) named: bool,
    /// The name lends its last character to a title right after it (外交部 + 长 =
    /// 外交部长): it is read as part of that title, not as an organisation.
    pub(crate) in_title: bool,
    /// The body whose party organ follows it (青山市公安局 of 青山市公安局党委): kept
    /// as a mention of its own only for the posts held in it (党委书记、局长: 局长 is
    /// of the bureau).
    pub(crate) organ_body: bool,
}

impl OrgMention {
    /// A mention that names itself and nothing more: no parent, prefix, full name or
    /// inner name (a brand before a title, a club, a defined short name).
    pub(crate) fn named(range: Range<usize>, kind: OrgKind) -> OrgMention {
        OrgMention {
            range,
            kind,
            parent: None,
            inner: None,
            prefix: None,
            full_name: None,
            bare: false,
            named: true,
            in_title: false,
            organ_body: false,
        }
    }

    /// The full name, or else the text, of the mention in sentence `text`.
    pub(crate) fn name<'a>(&'a self, text: &'a str) -> &'a str {
        self.full_name.as_deref().unwrap_or(&text[self.range.clone()])
    }
}

/// A word is read as inside a name when its own learned probability reaches this...
const INSIDE: f32 = 0.5;

/// ... or, for a word with no statistics of its own, when its class's does.
/// Higher, because a class mixes many words (@nz holds 汇报 as well as brand names).
const CLASS_INSIDE: f32 = 0.65;

/// Classes of words that name (proper nouns, places, abbreviations, words the
/// segmenter had to guess): a name holding one is specific, not a description.
const NAME_CLASSES: &[&str] = &["nr", "nrt", "nrfg", "nz", "ns", "nt", "j", "OOV", "eng", "x"];

/// Single characters that link a name to the clause (兼, 任, 由, 并, 其 'its'): never inside a name.
const LINKING_CHARS: &str = "兼任由在与和及并的了等对向从把被将为是于据同其";

/// The learned word lists, loaded once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct OrgModel {
    // Looked up for nearly every word before a head: the short-key hasher, not SipHash.
    not_heads: FastSet<Box<str>>,
    inside: FastMap<Box<str>, f32>,
    class_inside: FastMap<Box<str>, f32>,
}

const NOT_HEADS: (&str, &str) = (
    "dictionaries/org_not_heads.txt",
    include_str!("../../../dictionaries/org_not_heads.txt"),
);
const EXTENSION: (&str, &str) = (
    "dictionaries/org_extension.txt",
    include_str!("../../../dictionaries/org_extension.txt"),
);

impl OrgModel {
    /// The model built from the embedded word lists.
    pub(crate) fn embedded() -> Result<OrgModel, Error> {
        let mut model = OrgModel {
            not_heads: FastSet::default(),
            inside: FastMap::default(),
            class_inside: FastMap::default(),
        };
        let (name, text) = NOT_HEADS;
        for line in parse::lines(name, text)? {
            model.not_heads.insert(line.fields[0].into());
        }
        let (name, text) = EXTENSION;
        for line in parse::lines(name, text)? {
            let p: f32 = line
                .fields
                .get(1)
                .and_then(|p| p.parse().ok())
                .filter(|p: &f32| (0.0..=1.0).contains(p))
                .ok_or_else(|| Error::dictionary(name, line.number, "expected `<word> <probability 0..1>`"))?;
            match line.fields[0].strip_prefix('@') {
                Some(class) => model.class_inside.insert(class.into(), p),
                None => model.inside.insert(line.fields[0].into(), p),
            };
        }
        Ok(model)
    }

    /// Is `word` (of jieba class `class`), met right before the part of a name read so
    /// far, inside the name? `threshold` applies when only its class is known.
    fn reads_inside(&self, word: &str, class: &str, threshold: f32) -> bool {
        if let Some(&p) = self.inside.get(word) {
            return p >= INSIDE;
        }
        // A word the segmenter guessed that holds a linking character (现为) is no name part.
        if class == "OOV" && word.chars().any(|c| LINKING_CHARS.contains(c)) {
            return false;
        }
        // jieba-rs's tag for some names (宁远/nrfg) is too rare in the data to be learned:
        // a name's.
        let class = if class == "nrfg" { "nr" } else { class };
        self.class_inside.get(class).copied().unwrap_or(0.5) >= threshold
    }

    /// Finds the organisations of `s`, appending them in order to `out`.
    /// `persons` are the person names already found (sorted).
    /// `clubs`: names taken from the persons as clubs, and the clubs the document named
    /// before (see [`KnownClubs`]).
    pub(crate) fn find(
        &self,
        s: &Sentence<'_>,
        persons: &[Range<usize>],
        clubs: (&[Range<usize>], &KnownClubs<'_>),
        cues: Cues,
        out: &mut Vec<OrgMention>,
    ) {
        let first = out.len();
        // (None without a 《, which the scan of the sentence's characters notes.)
        let titles = if cues.book_title { s.book_titles() } else { Vec::new() };
        for (i, hit) in s.hits.iter().enumerate() {
            // Inside 《…》 is the title of a document or work, not an organisation,
            // unless the whole title is one (《洛川晚报》) — or the title is an official
            // document's, which names real bodies (《关于成立青山区…领导小组的通知》, with its
            // issuer: 《青山县人民政府关于调整县防汛抗旱指挥部组成人员的通知》).
            if let Some(t) = titles.iter().find(|t| t.start <= hit.start && hit.end <= t.end)
                && !(hit.end == t.end && hit.entry.org_kind == OrgKind::Media)
                && !s.text[t.clone()].contains("关于")
            {
                continue;
            }
            let org = if hit.entry.is(tag::ORG) {
                // A name read across it (陈华|为 over 华为) was read on stronger evidence.
                if persons.iter().any(|p| p.start < hit.end && hit.start < p.end) {
                    continue;
                }
                known::known(s, hit, persons)
            } else if hit.entry.is(tag::ORG_SUFFIX)
                && (self.is_head(s, hit)
                    || heads_held_title(s, hit, persons)
                    || head::in_list_of_posts(s, hit, &out[first..]))
            {
                self.headed(s, i, persons, &out[first..])
            } else {
                None
            };
            let Some(mut org) = org else { continue };
            drop_glued_marker(s, &mut org);
            drop_posts_before_concurrent(s, &mut org);
            // A longer name ending at or after a shorter one it contains replaces it —
            // though a body stays beside its party organ or a company beside its
            // department, for the posts held in it (集团财务部经理、副总经理).
            let mut body = None;
            while out.len() > first
                && out.last().is_some_and(|o| o.range.start >= org.range.start)
                && let Some(o) = out.pop()
            {
                if is_party_organ_of(s, &org, &o) || is_department_of(&org, &o) {
                    body = Some(OrgMention { organ_body: true, ..o });
                }
            }
            out.extend(body);
            out.push(org);
        }
        self.brands_before_titles(s, persons, out, first, cues);
        let read = out.len();
        team::find(s, cues, persons, clubs.0, clubs.1, out, first);
        if out.len() > read {
            out[first..].sort_by_key(|o| o.range.start);
        }
        coordinate::tie_coordinations(s, &mut out[first..]);
        coordinate::share_offices(s, &mut out[first..]);
        coordinate::tie_units_after_posts(s, &mut out[first..], persons);
        coordinate::tie_places_after_posts(s, &mut out[first..]);
        coordinate::tie_places_after_place_posts(s, &mut out[first..]);
    }
}

/// The head words a body is called by alone, after 该 or 本 or where a clause opens (该院|院长,
/// 本公司, ，局|党组书记, 聘任甲为公司|行长): the body is one the text named before.
pub(crate) const SHORT_HEADS: &[&str] = &[
    "公司",
    "集团",
    "集团公司",
    "报社",
    "中心",
    "分局",
    "支队",
    "大队",
    "中队",
    "纵队",
    "协会",
    "学会",
    "商会",
    "分行",
    "支行",
    "医院",
    "俱乐部",
    "博物馆",
    // A works project's headquarters, a laboratory (兼任|指挥部第一副总指挥, 任|实验室主任).
    "指挥部",
    "实验室",
    "院",
    "校",
    "所",
    "局",
    "厅",
    "委",
    "行",
    "厂",
    "部",
    "会",
    "馆",
    "站",
    "社",
    "台",
    // A hospital's department, a university's (该科|副主任医师, 该系|教授).
    "科",
    "系",
    // A court's chamber (该庭|审判员).
    "庭",
];

/// The party organs of a body (公安局党委, 教育厅党组): the body is named first.
pub(crate) const PARTY_ORGANS: &[&str] = &["党委", "党组", "党工委", "党总支", "党支部"];

/// The organs a body has whose posts are the body's (公安局党委书记, 管理局纪委书记): the
/// party organs and the discipline commission — not a working committee (党工委), which
/// governs in its own right.
pub(crate) const BODY_ORGANS: &[&str] = &["党委", "党组", "纪委", "党总支", "党支部"];

/// Is `org` a department of the company `body` its name starts with (青禾集团|财务部)?
fn is_department_of(org: &OrgMention, body: &OrgMention) -> bool {
    body.kind == OrgKind::Company
        && org.kind != OrgKind::Company
        && org.parent.as_ref().is_some_and(|(r, _)| *r == body.range)
        && body.range.end < org.range.end
}

/// Is `org` the party organ of `body`, the organisation its name starts with?
fn is_party_organ_of(s: &Sentence<'_>, org: &OrgMention, body: &OrgMention) -> bool {
    org.parent.as_ref().is_some_and(|(r, _)| *r == body.range)
        && body.range.end < org.range.end
        && PARTY_ORGANS
            .iter()
            .any(|p| s.text[body.range.end..org.range.end] == **p)
}

/// Is the head word at `hit` an abbreviated body's name, a word of its own right before
/// a title held by a named person (政协|副主席|林秋雁, 人大|副主任…)? Alone it is too
/// common to name a body (政协会议, 人大代表), but a post held in it makes it one: the
/// body of the place the text is about. Common nouns (公司, 中心, 早报) stay
/// descriptions: "the company" names no organisation.
pub(super) fn heads_held_title(s: &Sentence<'_>, hit: &Hit<'_>, persons: &[Range<usize>]) -> bool {
    // jieba-rs may glue the title on (纪委书记/n): the body ends where the title starts.
    s.word_starting_at(hit.start)
        .is_some_and(|w| w.end == hit.end || s.title_starts_at(hit.end) && w.end > hit.end)
        && with_word_class(&s.text[hit.start..hit.end], |c| c == "j" || c == "nt")
        && (s.held_title_at(hit.end, persons).is_some() || taken_after_verb(s, hit))
}

/// Most characters of a place between a verb of holding a post and the body's head word
/// (兼任|柯桥区|政协委员).
const MAX_PLACE_AFTER_VERB: usize = 6;

/// Is the head word `hit` a body's whose post, right after it, a verb of holding a post or of
/// an election gives before it, only a place's name between (兼任|柯桥区|政协|委员, 当选|
/// 村委会|委员)? The post is the verb's subject's, named before the verb.
fn taken_after_verb(s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
    let before = &s.text[..hit.start];
    s.title_starts_at(hit.end)
        && crate::segment::POST_VERBS.iter().chain(&["当选"]).any(|v| {
            before.rfind(v).is_some_and(|k| {
                let place = &before[k + v.len()..];
                place.chars().count() <= MAX_PLACE_AFTER_VERB && place.chars().all(crate::recognize::is_han)
            })
        })
}

/// Drops a character jieba-rs glued to the name's first characters as a word it guessed,
/// which belongs before the name:
/// - 原 ('former', 原云|计算事业群总裁, 原澜州|理工大学…) marks a former post (places named
///   原…, 原阳县, are words of its dictionary);
/// - 方 ends a party's word (运营|方青禾县…, 出品|方澜影…: the operator, the producer);
/// - 兼 joins a second post to the first (副总经理|兼银|保部总经理: 'and also');
/// - 由, 为, 经, 受 link a unit's organ to the clause (由镇|党委书记甲任政委).
fn drop_glued_marker(s: &Sentence<'_>, org: &mut OrgMention) {
    let start = org.range.start;
    let first = s.text[start..org.range.end].chars().next();
    let marker = match first {
        Some('原' | '兼') => true,
        // 由|镇党委书记甲任…: a linking character before a unit's party organ.
        Some(c @ ('由' | '为' | '经' | '受')) => s
            .hit_starting_at(start + c.len_utf8())
            .is_some_and(|h| h.entry.is(tag::ORG_SUFFIX) && starts_with_one_of(&s.text[h.start..], &ADMIN_UNITS)),
        Some('方') => start
            .checked_sub(1)
            .and_then(|p| s.word_at(p))
            .is_some_and(|k| names_a_party(&s.text[s.words[k].clone()])),
        _ => false,
    };
    let len = first.map_or(0, char::len_utf8);
    // 原 before a bare unit is 'former' whatever jieba-rs made of it (由原/b|市妇联|发展部):
    // no place is named 原市 or 原县.
    let former_unit = || first == Some('原') && s.text[start + len..].starts_with(['省', '市', '县', '区']);
    let glued = marker
        && (former_unit()
            || s.word_at(start).map(|k| s.words[k].clone()).is_some_and(|w| {
                // (兼 may be guessed into the name's one word with its head: 兼银保部.)
                let inside = w.end < org.range.end || (first == Some('兼') && w.end == org.range.end);
                w.start == start && w.len() > len && inside && with_word_class(&s.text[w], |c| c == "OOV")
            }));
    if glued {
        cut_start(s, org, start + len);
    }
}

/// Drops the posts read into a name before a 兼 that joins them to the post after it
/// (报社|副总编辑|兼融|媒体中心主任: the name is 融媒体中心): a 兼 right after a title is
/// never inside a name.
fn drop_posts_before_concurrent(s: &Sentence<'_>, org: &mut OrgMention) {
    let name = &s.text[org.range.clone()];
    // (The name's characters from its end, compared in line: a search for 兼 by the
    // standard library, out of line, cost some 90 instructions a name, nearly all of which
    // hold none.)
    let Some(at) = name
        .char_indices()
        .rev()
        .filter(|&(_, c)| c == '兼')
        .map(|(k, _)| org.range.start + k)
        .find(|&k| k > org.range.start && s.hit_ending_at(k).is_some_and(|h| h.entry.is(tag::TITLE)))
    else {
        return;
    };
    cut_start(s, org, at + '兼'.len_utf8());
}

/// Moves the start of `org` to byte `to` (inside it), with its place prefix, inner name and
/// parent when they started where it did, and its full name.
fn cut_start(s: &Sentence<'_>, org: &mut OrgMention, to: usize) {
    let start = org.range.start;
    let dropped = &s.text[start..to];
    org.range.start = to;
    for r in [
        org.prefix.as_mut(),
        org.inner.as_mut(),
        org.parent.as_mut().map(|(r, _)| r),
    ]
    .into_iter()
    .flatten()
    {
        if r.start == start {
            r.start = to.min(r.end);
        }
    }
    org.prefix = org.prefix.take().filter(|r| !r.is_empty());
    org.parent = org.parent.take().filter(|(r, _)| !r.is_empty());
    if let Some(name) = &mut org.full_name
        && let Some(rest) = name.strip_prefix(dropped)
    {
        *name = rest.to_string();
    }
}

/// Does jieba-rs know `word` as one organisation word (tag nt: 中共中央, 国务院)? Such
/// a word inside a longer name is a mention of its own.
pub(crate) fn is_org_word(word: &str) -> bool {
    with_word_class(word, |c| c == "nt")
}

/// Does `name` name a company — its legal form or its brand and trade (青禾集团, 青禾科技)?
/// What a company calls itself (公司, 该公司) stands for; not an exchange (上海证券交易所
/// announces of the companies it lists) nor a bank (该行).
pub(crate) fn is_company_name(name: &str) -> bool {
    crate::recognize::TRADES
        .iter()
        .chain(&["公司", "集团"])
        .any(|t| name.ends_with(t))
}
