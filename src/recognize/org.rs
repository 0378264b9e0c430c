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
//! classifier. An organisation met while reading (郑州大学 in
//! 郑州大学材料科学与工程学院) becomes the parent. Working groups and command
//! posts are named after what they do (改进城市管理与改善人居环境工作领导小组), so
//! for them a few purpose verbs and 与 read as inside the name.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::{Sentence, is_han};
use crate::dictionary::{Hit, parse, tag};
use crate::segment::JIEBA;
use crate::{Error, OrgKind};

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
}

/// Longest organisation name read, in bytes (32 characters: working groups are
/// named after their whole remit).
const MAX_ORG: usize = 96;

/// Most words read leftwards from a head word.
const MAX_WORDS: usize = 14;

/// A word is read as inside a name when its own learned probability reaches this...
const INSIDE: f32 = 0.5;

/// ... or, for a word with no statistics of its own, when its class's does.
/// Higher, because a class mixes many words (@nz holds 汇报 as well as brand names).
const CLASS_INSIDE: f32 = 0.65;

/// Company names hold industry verbs (防水科技有限公司, 投资控股集团), and so do
/// department names right before their head word (成果转化处, 住建局): there a
/// class as verb-like as @v still reads as inside.
const VERB_CLASS_INSIDE: f32 = 0.2;

/// Classes of words that name (proper nouns, places, abbreviations, words the
/// segmenter had to guess): a name holding one is specific, not a description.
const NAME_CLASSES: &[&str] = &["nr", "nrt", "nrfg", "nz", "ns", "nt", "j", "OOV", "eng", "x"];

/// Classes a word ending in a head character must have to be an organisation (建局/n,
/// 地质部/nt), not a verb or an idiom (部署/v, 统揽全局/i).
const NOMINAL_CLASSES: &[&str] = &[
    "n", "nt", "ns", "nz", "nr", "nrt", "j", "OOV", "x", "eng", "vn", "an", "l",
];

/// Common-noun classes: a word of these before 与/和 may join two nouns of one name.
const COMMON_NOUN_CLASSES: &[&str] = &["n", "vn", "an", "b", "l"];

/// Function-word classes (prepositions, conjunctions, particles, pronouns ...):
/// a single character of these never starts reading a name.
const FUNCTION_CLASSES: &[&str] = &[
    "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "m", "q", "y", "e", "o", "f", "t",
];

/// Single characters that link a name to the clause (兼, 任, 由): never inside a name.
const LINKING_CHARS: &str = "兼任由在与和及的了等对向从把被将为是于";

/// Verbs that name the purpose of a working group or command post
/// (改进城市管理…领导小组, 综合改造指挥部): inside such names, not before them.
const PURPOSE_VERBS: &[&str] = &[
    "改进", "改善", "改造", "整治", "推进", "建设", "管理", "保护", "治理", "促进", "防治", "防控", "应对", "处置",
    "创建", "提升", "扶贫", "开发", "改革", "发展", "协调", "监督", "检查", "评估", "规划", "救灾", "抗震", "防汛",
    "抗旱", "指挥", "领导", "服务", "创新", "振兴", "保障", "整顿", "普查", "筹备", "组织", "实施", "推广", "应急",
];

/// Verbs that govern an organisation as their object (汇报…指挥部工作, 组建…领导小组):
/// they stand before names, never inside them, even before a working group's name.
const CLAUSE_VERBS: &[&str] = &[
    "汇报", "听取", "报告", "介绍", "通报", "宣布", "表示", "指出", "强调", "要求", "批准", "同意", "决定", "召开",
    "举行", "举办", "主持", "出席", "参加", "会见", "视察", "考察", "调研", "走访", "慰问", "看望", "成立", "组建",
    "设立", "建立", "撤销", "对接", "签约", "支持", "邀请", "委托", "协助", "配合", "督促", "牵头", "负责", "走进",
    "来到", "前往", "进入", "加入", "会同", "依托", "通过", "经过", "根据", "按照", "代表", "担任",
];

/// Conjunctions that may join two nouns inside an institution's name
/// (材料科学与工程学院) but more often join two names.
const CONJUNCTIONS: &[&str] = &["与", "和", "及"];

/// The learned word lists, loaded once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct OrgModel {
    not_heads: HashSet<Box<str>>,
    inside: HashMap<Box<str>, f32>,
    class_inside: HashMap<Box<str>, f32>,
}

const NOT_HEADS: (&str, &str) = (
    "dictionaries/org_not_heads.txt",
    include_str!("../../dictionaries/org_not_heads.txt"),
);
const EXTENSION: (&str, &str) = (
    "dictionaries/org_extension.txt",
    include_str!("../../dictionaries/org_extension.txt"),
);

impl OrgModel {
    /// The model built from the embedded word lists.
    pub(crate) fn embedded() -> Result<OrgModel, Error> {
        let mut model = OrgModel {
            not_heads: HashSet::new(),
            inside: HashMap::new(),
            class_inside: HashMap::new(),
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
        self.class_inside.get(class).copied().unwrap_or(0.5) >= threshold
    }

    /// Finds the organisations of `s`, appending them in order to `out`.
    /// `persons` are the person names already found (sorted).
    pub(crate) fn find(&self, s: &Sentence<'_>, persons: &[Range<usize>], out: &mut Vec<OrgMention>) {
        let first = out.len();
        let titles = book_titles(s.text);
        for (i, hit) in s.hits.iter().enumerate() {
            // Inside 《…》 is the title of a document or work, not an organisation,
            // unless the whole title is one (《高新时报》).
            if let Some(t) = titles.iter().find(|t| t.start <= hit.start && hit.end <= t.end)
                && !(hit.end == t.end && hit.entry.org_kind == OrgKind::Media)
            {
                continue;
            }
            let org = if hit.entry.is(tag::ORG) {
                known(s, hit)
            } else if hit.entry.is(tag::ORG_SUFFIX) && self.is_head(s, hit) {
                self.headed(s, i, persons, &out[first..])
            } else {
                None
            };
            let Some(org) = org else { continue };
            // A longer name ending at or after a shorter one it contains replaces it.
            while out.len() > first && out.last().is_some_and(|o| o.range.start >= org.range.start) {
                out.pop();
            }
            out.push(org);
        }
        self.brands_before_titles(s, persons, out, first);
        tie_coordinations(s, &mut out[first..]);
    }

    /// Is this head-word hit really the end of an organisation name? It must end a
    /// jieba word (局 in 局面 does not), and a longer word it ends must be a noun that
    /// is not an ordinary word (干部, 部署, 统揽全局 are not organisations).
    fn is_head(&self, s: &Sentence<'_>, hit: &Hit<'_>) -> bool {
        let Some(w) = s.word_at(hit.end - 1).map(|i| s.words[i].clone()) else {
            return false;
        };
        // 成果转化处处长: jieba-rs keeps 处处长 one word, across the head and the title.
        let across_title = s
            .hit_starting_at(hit.end)
            .is_some_and(|t| t.entry.is(tag::TITLE) && t.end == w.end);
        if w.end != hit.end && !across_title {
            return false;
        }
        let word = &s.text[w.start..hit.end];
        if word.len() == hit.end - hit.start {
            // The head is a word of its own (局 in 农业/农村/局): judged by the name before
            // it — but a multi-character head can be an ordinary word too (学会 'learn').
            return hit.end - hit.start <= 4 || !self.not_heads.contains(word);
        }
        !self.not_heads.contains(word) && with_word_class(word, |c| NOMINAL_CLASSES.contains(&c))
    }

    /// Reads the head word at `s.hits[i]` leftwards into a full name.
    fn headed(&self, s: &Sentence<'_>, i: usize, persons: &[Range<usize>], found: &[OrgMention]) -> Option<OrgMention> {
        let head = &s.hits[i];
        let kind = head.entry.org_kind;
        // The head may sit at the end of a longer jieba word (住/建局, 上海音乐学院):
        // the name starts at that word at least.
        let mut start = s
            .word_at(head.start)
            .map_or(head.start, |w| s.words[w].start.min(head.start));
        let mut named = kind == OrgKind::Media || kind == OrgKind::Group;
        let mut prefix_start = None;
        if start < head.start {
            let inner = &s.text[start..head.start];
            if s.hit_starting_at(start)
                .is_some_and(|h| h.entry.is(tag::PLACE) && h.end <= head.start)
            {
                prefix_start = Some(start);
                named = true;
            } else if with_word_class(&s.text[start..head.end], |c| c == "nt" || c == "OOV")
                && inner.chars().count() > 1
            {
                // A word jieba-rs knows as an organisation, or a name it had to guess.
                named = true;
            }
        }
        let mut parent = None;
        let mut words = 0;
        // Where the name stood before a verb read right next to the head word (转化 in
        // 成果转化处): the verb stays only if more is read before it (走进 + 学校 is no name).
        let mut before_verb = None;
        // Right after a bracket, a title word is part of the name (国浩律师（上海）事务所).
        let mut after_bracket = false;
        while words < MAX_WORDS {
            // A bracketed place or company form (（上海）, （集团）) or a quoted name (“双改”)
            // inside the name.
            if let Some(open) = self.enclosed_before(s, start)
                && head.end - open <= MAX_ORG
            {
                start = open;
                named = true;
                words += 1;
                after_bracket = true;
                continue;
            }
            let Some(wi) = start.checked_sub(1).and_then(|p| s.word_at(p)) else {
                break;
            };
            let w = s.words[wi].clone();
            let word = &s.text[w.clone()];
            if head.end - w.start > MAX_ORG || !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
                break;
            }
            if std::mem::take(&mut after_bracket) && s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::TITLE)) {
                start = w.start;
                words += 1;
                continue;
            }
            if let Some(p) = persons.iter().find(|p| p.start < w.end && w.start < p.end) {
                // Companies are often named after a person (李宁集团): the name is the start.
                if kind == OrgKind::Company && words == 0 && p.end == start {
                    start = p.start;
                    named = true;
                    words += 1;
                }
                break;
            }
            // An organisation found just before: it becomes the parent, and reading goes on.
            if let Some(o) = found
                .iter()
                .rev()
                .find(|o| o.range.end == start && !o.bare && !o.in_title)
            {
                parent = Some((o.range.clone(), o.kind));
                start = o.range.start;
                named = true;
                words += 1;
                continue;
            }
            let hit = s
                .hit_at(w.clone())
                .or_else(|| s.hit_ending_at(w.end).filter(|h| h.start >= w.start));
            if hit.is_some_and(|h| h.entry.is(tag::TITLE | tag::MODIFIER | tag::PERSON | tag::APPOINT)) {
                break;
            }
            // A bare administrative prefix (区国土规划住建局, 省科技厅): it starts the name.
            // jieba-rs may glue it to a linking character before it (为/市 read as 为市).
            let admin = |c: char| "省市区县州乡镇村".contains(c);
            let mut chars = word.chars();
            let (c1, c2, c3) = (chars.next(), chars.next(), chars.next());
            let admin_start = match (c1, c2, c3) {
                (Some(a), None, _) if admin(a) => Some(w.start),
                (Some(l), Some(a), None) if LINKING_CHARS.contains(l) && admin(a) => Some(w.start + l.len_utf8()),
                _ => None,
            };
            if let Some(a) = admin_start {
                prefix_start = Some(a);
                start = a;
                named = true;
                break;
            }
            if hit.is_some_and(|h| h.entry.is(tag::PLACE)) || is_place_name(word) {
                prefix_start = Some(w.start);
                start = w.start;
                named = true;
                words += 1;
                continue;
            }
            // A name starts with its place (郑州高新区…, 河南阳光防水…): left of a place,
            // only more places and a parent organisation belong to it.
            if prefix_start == Some(start) || is_classifier_phrase(s, &w) {
                break;
            }
            let (inside, name_part) = self.word_inside(s, wi, start, head, words, persons, found);
            if !inside {
                break;
            }
            if words == 0 && name_part == Some(false) {
                before_verb = Some(start);
            }
            named |= name_part == Some(true);
            start = w.start;
            words += 1;
        }
        if let Some(b) = before_verb
            && words == 1
        {
            start = b;
        }
        let bare = start == head.start && parent.is_none();
        if bare && !head.entry.standalone {
            return None;
        }
        // An organisation inside the name (中共中央 in 中共中央政治局), when no parent was met.
        if parent.is_none() {
            parent = self.inner_org(s, start, head.start);
            named |= parent.is_some();
        }
        Some(OrgMention {
            range: start..head.end,
            kind,
            parent,
            inner: None,
            prefix: prefix_start.map(|p| p..prefix_end(s, p, head.start)),
            full_name: None,
            bare,
            named: named || head.entry.standalone,
            in_title: lends_to_title(s, head.end),
        })
    }

    /// Companies and bodies written by their brand or abbreviation alone right before a
    /// title held by a named person (工行董事长姜建清, 华谊兄弟首席法律顾问孙健红,
    /// SCEA市场总监…): no head word marks them, but the title and the person do.
    /// Read leftwards from the title over at most four words: proper nouns, words the
    /// segmenter had to guess, Latin letters, and common nouns after one of those.
    fn brands_before_titles(
        &self,
        s: &Sentence<'_>,
        persons: &[Range<usize>],
        out: &mut Vec<OrgMention>,
        first: usize,
    ) {
        let mut found = Vec::new();
        for (i, h) in s.hits.iter().enumerate() {
            if !h.entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION) || h.entry.is(tag::BYLINE) {
                continue;
            }
            // Only where a title starts: not after another title word.
            if i > 0
                && s.hits[i - 1].end == h.start
                && s.hits[i - 1].entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION)
            {
                continue;
            }
            // The title run, then a person right after it.
            let mut end = h.end;
            for n in &s.hits[i + 1..] {
                if n.start != end || !n.entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION) {
                    break;
                }
                end = n.end;
            }
            let held = persons
                .iter()
                .any(|p| p.start == end || (p.start > end && s.text[end..p.start].trim().is_empty()));
            if !held || out[first..].iter().any(|o| o.range.end == h.start) {
                continue;
            }
            if let Some(range) = self.brand_ending_at(s, h.start, persons) {
                found.push(OrgMention {
                    range,
                    kind: OrgKind::Other,
                    parent: None,
                    inner: None,
                    prefix: None,
                    full_name: None,
                    bare: false,
                    named: true,
                    in_title: false,
                });
            }
        }
        if !found.is_empty() {
            out.extend(found);
            out[first..].sort_by_key(|o| o.range.start);
        }
    }

    /// The brand or abbreviation ending at `end`, if the words before it read as one.
    fn brand_ending_at(&self, s: &Sentence<'_>, end: usize, persons: &[Range<usize>]) -> Option<Range<usize>> {
        let mut start = end;
        let mut has_name = false;
        for _ in 0..4 {
            let Some(wi) = start.checked_sub(1).and_then(|p| s.word_at(p)) else {
                break;
            };
            let w = s.words[wi].clone();
            let word = &s.text[w.clone()];
            if w.end != start
                || !word.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric())
                || word.chars().all(|c| c.is_ascii_digit())
                || persons.iter().any(|p| p.start < w.end && w.start < p.end)
                || s.hits
                    .iter()
                    .any(|h| h.start < w.end && w.start < h.end && !h.entry.is(tag::PLACE))
                || self.inside.get(word).is_some_and(|&p| p < INSIDE)
                || word.chars().any(|c| LINKING_CHARS.contains(c)) && word.chars().count() <= 2
            {
                break;
            }
            let name = word.chars().all(|c| c.is_ascii_alphanumeric())
                || with_word_class(word, |c| {
                    matches!(c, "nz" | "nr" | "nrt" | "nrfg" | "j" | "OOV" | "eng" | "x" | "nt")
                });
            let place = s.hit_at(w.clone()).is_some_and(|h| h.entry.is(tag::PLACE));
            // A common noun belongs only after a name word (华谊 + 兄弟), never alone;
            // a place may stand before the brand (北京 + 华太).
            if name {
                has_name = true;
            } else if !(place || (!has_name && with_word_class(word, |c| c == "n"))) {
                break;
            }
            start = w.start;
        }
        (has_name && s.text[start..end].chars().count() <= 10).then_some(start..end)
    }

    /// The start of a bracket or quote that ends right before `start` and reads as part
    /// of a name: （上海）, （集团） — a place or a head word — or “双改”, a short quoted name.
    fn enclosed_before(&self, s: &Sentence<'_>, start: usize) -> Option<usize> {
        let before = &s.text[..start];
        let (open, close) = match before.chars().next_back()? {
            ')' => ('(', ')'),
            '”' => ('“', '”'),
            _ => return None,
        };
        let inner_end = start - close.len_utf8();
        let open_at = before[..inner_end].rfind(open)?;
        let inner = &before[open_at + open.len_utf8()..inner_end];
        let n = inner.chars().count();
        if n == 0 || n > 8 || !inner.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric()) {
            return None;
        }
        let inner_start = open_at + open.len_utf8();
        let fits = close == '”'
            || s.hits.iter().any(|h| {
                h.start >= inner_start && h.end <= inner_end && h.entry.is(tag::PLACE | tag::ORG_SUFFIX | tag::ORG)
            })
            || with_word_class(inner, |c| c == "ns");
        fits.then_some(open_at)
    }

    /// Is word `wi` (right before `start`) inside the name being read? Also says whether
    /// it names (Some(true): a proper noun) or was taken only as a verb next to the head
    /// (Some(false)).
    #[allow(clippy::too_many_arguments)]
    fn word_inside(
        &self,
        s: &Sentence<'_>,
        wi: usize,
        start: usize,
        head: &Hit<'_>,
        words: usize,
        persons: &[Range<usize>],
        found: &[OrgMention],
    ) -> (bool, Option<bool>) {
        let w = s.words[wi].clone();
        let word = &s.text[w.clone()];
        let kind = head.entry.org_kind;
        if CONJUNCTIONS.contains(&word) {
            // 材料科学与工程学院: read on only between two plain nouns.
            return (self.conjunction_inside(s, wi, start, persons, found), None);
        }
        if CLAUSE_VERBS.contains(&word) {
            return (false, None);
        }
        if kind == OrgKind::Group && PURPOSE_VERBS.contains(&word) {
            return (true, None);
        }
        with_word_class(word, |class| {
            let name_part = NAME_CLASSES.contains(&class).then_some(true);
            // An abbreviating single character (住 in 国土规划住建局) belongs to the name when
            // it is no function word and what follows is short (建局), not a whole word (学校).
            if word.chars().nth(1).is_none() && word.chars().all(is_han) && !self.inside.contains_key(word) {
                let next_short = s.text[start..].chars().take_while(|&c| is_han(c)).take(3).count() <= 2
                    || s.word_at(start).is_some_and(|k| {
                        s.words[k].len() <= 6 && s.words[k].end == head.end && s.words[k].start < head.start
                    });
                let ok = (next_short || name_part.is_some())
                    && !FUNCTION_CLASSES.contains(&class)
                    && !LINKING_CHARS.contains(word);
                return (ok, name_part);
            }
            if self.reads_inside(word, class, CLASS_INSIDE) {
                return (true, name_part);
            }
            let verb_like = kind == OrgKind::Company || words == 0;
            if verb_like && self.reads_inside(word, class, VERB_CLASS_INSIDE) {
                return (
                    true,
                    if kind == OrgKind::Company {
                        name_part
                    } else {
                        Some(false)
                    },
                );
            }
            (false, None)
        })
    }

    /// A conjunction at word `wi` is inside a name when the part read after it does not
    /// start with a place (中国国家旅游局 is a whole name) and the word before it is a
    /// common noun, not a name (王兆国及中共中央, 机构和…).
    fn conjunction_inside(
        &self,
        s: &Sentence<'_>,
        wi: usize,
        start: usize,
        persons: &[Range<usize>],
        found: &[OrgMention],
    ) -> bool {
        let Some(prev) = wi.checked_sub(1).map(|k| s.words[k].clone()) else {
            return false;
        };
        let word = &s.text[prev.clone()];
        let typed = s.hit_ending_at(prev.end).is_some_and(|h| {
            h.entry
                .is(tag::PLACE | tag::ORG | tag::ORG_SUFFIX | tag::TITLE | tag::PERSON)
        });
        let named = persons.iter().any(|p| p.end == prev.end) || found.iter().any(|o| o.range.end == prev.end);
        let right_is_place = s.hit_starting_at(start).is_some_and(|h| h.entry.is(tag::PLACE))
            || s.word_at(start)
                .is_some_and(|k| is_place_name(&s.text[s.words[k].clone()]));
        !typed
            && !named
            && !right_is_place
            && word.chars().all(is_han)
            && with_word_class(word, |c| {
                COMMON_NOUN_CLASSES.contains(&c) && self.reads_inside(word, c, CLASS_INSIDE)
            })
    }

    /// The longest organisation that `start..limit` begins with: a known
    /// organisation, or a name ending in a head word that is not an ordinary word.
    fn inner_org(&self, s: &Sentence<'_>, start: usize, limit: usize) -> Option<(Range<usize>, OrgKind)> {
        s.hits
            .iter()
            .filter(|h| h.start >= start && h.end <= limit)
            // Not one ending inside brackets (华安工业（集团）公司 has no parent 华安工业（集团).
            .filter(|h| s.text[start..h.end].matches('(').count() == s.text[start..h.end].matches(')').count())
            .rfind(|h| h.entry.is(tag::ORG) || (h.entry.is(tag::ORG_SUFFIX) && h.start > start && self.is_head(s, h)))
            .map(|h| (start..h.end, h.entry.org_kind))
    }
}

/// The backoff class of a word (digits, a word jieba-rs does not know, or its
/// dictionary tag), handed to `f` because the tag borrows from the segmenter call.
fn with_word_class<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return f("NUM");
    }
    if !JIEBA.has_word(word) {
        return f("OOV");
    }
    match JIEBA.tag(word, false).as_slice() {
        [t] => f(t.tag),
        _ => f("x"),
    }
}

/// The contents of the book-title brackets 《…》 in `text` (bounded: an unclosed
/// bracket closes at the end of the sentence).
fn book_titles(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' => open = Some(i + c.len_utf8()),
            '》' => {
                if let Some(o) = open.take() {
                    out.push(o..i);
                }
            }
            _ => {}
        }
    }
    out
}

/// Is `word` an administrative place name by its form: a place word of jieba-rs
/// ending in 省, 市, 县 ... (偃师市). Place words without such an ending are more often
/// common nouns (城市, 城镇); the place dictionary lists the names that matter.
fn is_place_name(word: &str) -> bool {
    word.chars().count() >= 3
        && word.ends_with(['省', '市', '县', '区', '州', '镇', '乡', '村', '盟', '旗'])
        && with_word_class(word, |c| c == "ns")
}

/// A known organisation, when the hit stands on word boundaries (公安部 in 公安部门,
/// 北大 in 以北大部 do not).
fn known(s: &Sentence<'_>, hit: &Hit<'_>) -> Option<OrgMention> {
    let starts_word = s.word_at(hit.start).is_some_and(|w| s.words[w].start == hit.start);
    let ends_word = s.word_at(hit.end - 1).is_some_and(|w| s.words[w].end == hit.end);
    if !(starts_word && ends_word) {
        return None;
    }
    // Places written before it belong to the name (广东省社科院, 美国国防部).
    let mut start = hit.start;
    let mut prefix = None;
    while let Some(p) = s.hit_ending_at(start).filter(|h| h.entry.is(tag::PLACE)) {
        start = p.start;
        prefix = Some(p.start..hit.start);
    }
    // An expanded abbreviation keeps its place: 北京郑大 is not 郑州大学.
    let full_name = (start == hit.start)
        .then(|| hit.entry.full_name.as_deref().map(str::to_string))
        .flatten();
    Some(OrgMention {
        range: start..hit.end,
        kind: hit.entry.org_kind,
        parent: None,
        inner: (start < hit.start).then_some(hit.start..hit.end),
        prefix,
        full_name,
        bare: false,
        named: true,
        in_title: lends_to_title(s, hit.end),
    })
}

/// Head characters that form a title with 长 (部长, 局长, 厅长 ...).
pub(crate) const TITLE_HEADS: &str = "部局厅处科司署院所校社行馆站台团队组会";

/// Does the name ending at `end` lend its last character to a title (外交部 + 长)?
fn lends_to_title(s: &Sentence<'_>, end: usize) -> bool {
    s.char_at(end) == Some('长') && s.char_before(end).is_some_and(|c| TITLE_HEADS.contains(c))
}

/// The end of the run of place words starting at `start` (before `limit`).
fn prefix_end(s: &Sentence<'_>, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit {
        match s
            .hit_starting_at(end)
            .filter(|h| h.entry.is(tag::PLACE) && h.end <= limit)
        {
            Some(h) => end = h.end,
            None => {
                if end == start && matches!(s.char_at(end), Some('省' | '市' | '区' | '县')) {
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

/// Coordinated organisations (、, 和, 及, 与 between them) share a place prefix and
/// vouch for each other: in 高新区党工委、管委会 the second is 高新区管委会, and in
/// 区国土规划住建局、农业农村局 the second is as specific as the first.
fn tie_coordinations(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    let joined = |a: &OrgMention, b: &OrgMention| {
        a.range.end <= b.range.start && matches!(&s.text[a.range.end..b.range.start], "、" | "和" | "及" | "与")
    };
    let mut run_start = 0;
    for i in 0..orgs.len() {
        if i > 0 && joined(&orgs[i - 1], &orgs[i]) {
            let (before, rest) = orgs.split_at_mut(i);
            let prev = &before[i - 1];
            let org = &mut rest[0];
            if org.prefix.is_none()
                && org.full_name.is_none()
                && let Some(p) = &prev.prefix
            {
                org.full_name = Some(format!("{}{}", &s.text[p.clone()], &s.text[org.range.clone()]));
                org.prefix = Some(p.clone());
            }
        } else {
            run_start = i;
        }
        let end = i + 1;
        let last = end == orgs.len() || !joined(&orgs[i], &orgs[end]);
        if last && orgs[run_start..end].iter().any(|o| o.named && !o.bare) {
            for o in &mut orgs[run_start..end] {
                o.named = true;
            }
        }
    }
}
