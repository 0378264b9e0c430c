//! Titles: modifiers followed by a core title (常务 副 主任), read from adjacent lexicon hits.
//!
//! Three readings go beyond the lexicon:
//!
//! * a bare department word that is not itself an organisation joins the title
//!   after it: in `副组长兼办公室主任` the second title is `办公室主任`;
//! * an agent noun the lexicon lacks (调解员, 评论家, 采购官) is a title right
//!   before a name;
//! * a title inside an organisation word stays one title: jieba-rs keeps
//!   `国防部长` one word, and the title is `国防部长` (core 部长), not an
//!   organisation 国防部 plus a stray 长.
//!
//! Some title words name a position only next to its holder ([`Descriptors`]: 嘉宾王华
//! is a guest's role, 现场嘉宾们 are just guests); the pipeline keeps them where a triple
//! gives them one.

use std::ops::Range;

use super::Sentence;
use super::org::{OrgMention, PARTY_ORGANS, TITLE_HEADS};
use super::person::FastSet;
use crate::Error;
use crate::dictionary::PlaceLevel;
use crate::dictionary::parse;
use crate::dictionary::tag;
use crate::segment::{JIEBA, with_word_class};

/// Title words that name a position only next to its holder, learned from annotated
/// news (`dictionaries/role_descriptors.txt`, see `tools/mine_role_stats.py`).
#[derive(Clone, Debug)]
pub(crate) struct Descriptors {
    // Asked of every title found: the short-key hasher, not SipHash.
    words: FastSet<Box<str>>,
}

const DESCRIPTORS: (&str, &str) = (
    "dictionaries/role_descriptors.txt",
    include_str!("../../dictionaries/role_descriptors.txt"),
);

impl Descriptors {
    /// The list shipped with the crate.
    pub(crate) fn embedded() -> Result<Descriptors, Error> {
        let (name, text) = DESCRIPTORS;
        let words = parse::lines(name, text)?
            .into_iter()
            .map(|line| line.fields[0].into())
            .collect();
        Ok(Descriptors { words })
    }

    /// Is `core`, a role's head title word, a descriptor (嘉宾, 球员, 驾驶员)?
    pub(crate) fn contains(&self, core: &str) -> bool {
        self.words.contains(core)
    }
}

/// A title found in a sentence (ranges relative to it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RoleMention {
    pub(crate) range: Range<usize>,
    pub(crate) core: Range<usize>,
    pub(crate) modifiers: Vec<Range<usize>>,
    /// A title that credits an author: 记者, 通讯员, 摄影.
    pub(crate) byline: bool,
    /// The title spells its organisation (外交部长): it takes no other.
    pub(crate) names_org: bool,
    /// The place right before the title that the post is of (青山市|副市长, 美国|总统):
    /// see [`place_before`].
    pub(crate) place: Option<Range<usize>>,
}

impl RoleMention {
    /// The post 成员 (a member) written at byte `at`.
    fn member(at: usize) -> RoleMention {
        let range = at..at + MEMBER.len();
        RoleMention {
            range: range.clone(),
            core: range,
            modifiers: Vec::new(),
            byline: false,
            names_org: false,
            place: None,
        }
    }

    /// The title's own text in `text` (the sentence): a word of time leading the post
    /// (原董事长, 前主教练) qualifies it and is one of its modifiers, but no part of the title —
    /// as when it stands before the post's body (原|地质部|副部长). News annotation agrees:
    /// CLUENER's positions leave 前 and 原 out 13 times in 13.
    pub(crate) fn title(&self, text: &str) -> Range<usize> {
        let mut start = self.range.start;
        for m in &self.modifiers {
            if m.start == start && m.end < self.range.end && TIME_MODIFIERS.contains(&&text[m.clone()]) {
                start = m.end;
            }
        }
        start..self.range.end
    }
}

/// A body's own offices, read into the title of a post in them (办公室主任, 秘书处处长): the
/// post is of the body the office belongs to.
pub(crate) const OFFICES: &[&str] = &["办公室", "办公厅", "秘书处", "研究部", "业务部", "办", "车间", "工会"];

/// A body's member: a post in a party organ or under a list's label, no title elsewhere
/// (其成员有三成).
pub(crate) const MEMBER: &str = "成员";

/// Does `after`, the text after 成员, make a heading of the list of members on the lines
/// below it (三、评标委员会成员|名单)?
pub(crate) fn heads_member_list(after: &str) -> bool {
    after
        .strip_prefix("名单")
        .is_some_and(|r| r.trim_end().trim_end_matches(':').is_empty())
}

/// Finds the titles of `s`, appending them in order to `out`. `chang`, `colon`: whether `s`
/// holds a 长, a colon (as the candidate scan of the person reader noted them).
pub(crate) fn find(
    s: &Sentence<'_>,
    orgs: &[OrgMention],
    persons: &[Range<usize>],
    (chang, colon): (bool, bool),
    out: &mut Vec<RoleMention>,
) {
    let first = out.len();
    // A list's label for the members of the body it lists (成员：甲  县公安局副局长) is
    // their post there; elsewhere 成员 is no title (其成员有三成, 党组成员).
    let lead = s.text.len() - s.text.trim_start_matches([' ', '\u{3000}', '\t']).len();
    if s.text[lead..]
        .strip_prefix(MEMBER)
        .is_some_and(|rest| rest.starts_with([':', '：']))
    {
        out.push(RoleMention::member(lead));
    }
    // So is a label further on the line, after a blank, a ； or a comma (组长：甲　成员：乙,
    // 评审组长：甲，成员：乙、丙).
    // (From the colons, found by a byte search, and only in a sentence with one: this runs
    // on every sentence, and the search's set-up cost more than the rest. Not a search of
    // no text either: its set-up and first step were a call all the same.)
    if colon {
        for (colon, _) in s.text.match_indices(':') {
            let Some(at) = s.text[..colon].strip_suffix(MEMBER).map(str::len) else {
                continue;
            };
            if at > lead && s.text[..at].ends_with(|c: char| c.is_whitespace() || c == ';' || c == ',') {
                out.push(RoleMention::member(at));
            }
        }
    }
    // A member of a party organ (区财政局党组|成员, 党委|成员): 成员 after the organ's name.
    for o in orgs.iter().filter(|o| !o.in_title) {
        let name = &s.text[o.range.clone()];
        // So is 成员 labelling the list of a body's members (评审委员会成员：甲、乙), or heading
        // it on a line of its own (三、评标委员会成员名单 | 甲、乙).
        let label = s.text[o.range.end..]
            .strip_prefix(MEMBER)
            .is_some_and(|r| r.starts_with(':') || heads_member_list(r));
        if (PARTY_ORGANS.iter().any(|p| name.ends_with(p)) && s.text[o.range.end..].starts_with(MEMBER)) || label {
            out.push(RoleMention::member(o.range.end));
        }
    }
    // 外交部长: an organisation name lending its last character to 长.
    for o in orgs.iter().filter(|o| o.in_title) {
        out.push(RoleMention {
            range: o.range.start..o.range.end + '长'.len_utf8(),
            core: o.range.end - 3..o.range.end + '长'.len_utf8(),
            modifiers: Vec::new(),
            byline: false,
            names_org: true,
            place: None,
        });
    }
    // 国防部长 kept one word by jieba-rs, the organisation never read on its own. (Only in
    // a sentence with a 长: nine in ten hold none, and their words are not looked at.)
    let words = if chang { s.words } else { &[] };
    for w in words {
        // Cheap first, before the word is sliced: only words of four or more characters
        // ending in 长 qualify. (A word's length by a subtraction: its end is never before
        // its start, and `Range::len` tested that too, for every word of every sentence.)
        if w.end - w.start < 12 || s.text.as_bytes().get(w.end - 3..w.end) != Some("长".as_bytes()) {
            continue;
        }
        let word = &s.text[w.clone()];
        let n = word.chars().count();
        let mut tail = word.chars().rev();
        // At least two characters name the body (国防 + 部长): 副组长 is no such title,
        // and 协会会长 is 协会 + 会长, the head word written twice rather than shared.
        if n >= 4
            && tail.next() == Some('长')
            && tail
                .next()
                .is_some_and(|c| TITLE_HEADS.contains(c) && tail.next() != Some(c))
            && word.chars().all(super::is_han)
            && !out[first..]
                .iter()
                .any(|r| r.range.start < w.end && w.start < r.range.end)
            && !persons.iter().any(|p| p.start < w.end && w.start < p.end)
            && !orgs.iter().any(|o| o.range.start < w.end && w.start < o.range.end)
            // (名誉会长 is a modifier and a title, no body's: the title reader reads it, with
            // any modifier before it, 终身|名誉会长.)
            && !s.hit_starting_at(w.start).is_some_and(|h| h.entry.is(tag::MODIFIER))
        {
            out.push(RoleMention {
                range: w.clone(),
                core: w.end - 6..w.end,
                modifiers: Vec::new(),
                byline: false,
                names_org: true,
                place: None,
            });
        }
    }
    // The organisations read on their own (not inside a title: 外交部|长), walked where
    // needed rather than gathered into a vector for every sentence.
    let bodies = || orgs.iter().filter(|o| !o.in_title);
    let inside = |r: &Range<usize>| {
        bodies().any(|o| o.range.start <= r.start && r.end <= o.range.end)
            || persons.iter().any(|p| p.start < r.end && r.start < p.end)
    };
    let hits = s.hits;
    let mut i = 0;
    while i < hits.len() {
        let h = &hits[i];
        let taken = out[first..]
            .iter()
            .any(|r| r.range.start < h.end && h.start < r.range.end);
        if !h.entry.is(tag::MODIFIER | tag::FUNCTION | tag::TITLE)
            || inside(&(h.start..h.end))
            || taken
            || (h.entry.is(tag::MODIFIER) && ends_a_word(s, h.start, h.end))
            // A title cut from a longer word is part of it (董事|会), unless a name starts
            // there (市|长江|建华 is 市长 江建华).
            || (h.entry.is(tag::TITLE) && s.cuts_dictionary_word(h.end) && !persons.iter().any(|p| p.start == h.end))
        {
            i += 1;
            continue;
        }
        // Modifiers, then the core title: the last adjacent title hit of the run. The
        // modifiers are the hits `i..modifiers_end`, gathered into a vector only for a title
        // read: most runs of them stand before no title (a vector was allocated and freed
        // for each).
        let mut modifiers_end = i;
        let mut j = i;
        let mut core = None;
        while j < hits.len() && (j == i || hits[j].start == hits[j - 1].end) {
            let hj = &hits[j];
            if hj.entry.is(tag::TITLE) {
                core = Some(j);
                // A core title may still be followed by more title words (主任 委员 is listed whole,
                // but 总经理 助理 is read as one title ending in 助理).
                if !hits
                    .get(j + 1)
                    .is_some_and(|n| n.start == hj.end && n.entry.is(tag::TITLE))
                {
                    break;
                }
            } else if hj.entry.is(tag::MODIFIER | tag::FUNCTION) {
                if core.is_some() {
                    break;
                }
                modifiers_end = j + 1;
            } else {
                break;
            }
            j += 1;
        }
        let Some(c) = core else {
            // 副总甲, 常务副总甲: business news shortens 副总经理 to 副总, modifiers with no
            // title after them. Read only right before a name: listed as a title, 副总
            // would cut 副总工程师 and 副总理 (the lexicon's longest match wins).
            if let [.., second, last] = &hits[i..modifiers_end]
                && &s.text[second.start..second.end] == "副"
                && &s.text[last.start..last.end] == "总"
                && persons.iter().any(|p| p.start == last.end)
                && !inside(&(h.start..last.end))
            {
                out.push(RoleMention {
                    range: h.start..last.end,
                    core: last.start..last.end,
                    modifiers: hits[i..modifiers_end - 1].iter().map(|m| m.start..m.end).collect(),
                    byline: false,
                    names_org: false,
                    place: None,
                });
                i = j;
                continue;
            }
            i += 1;
            continue;
        };
        let core_hit = &hits[c];
        let mut modifiers: Vec<Range<usize>> = hits[i..modifiers_end].iter().map(|m| m.start..m.end).collect();
        let mut start = h.start;
        let mut end = core_hit.end;
        // 行长助理, 院长助理: the assistant to a post is a post of its own, read whole as
        // the dictionary lists 总经理助理.
        let assistant = hits
            .get(c + 1)
            .filter(|n| n.start == end && &s.text[n.start..n.end] == "助理" && !inside(&(n.start..n.end)));
        if let Some(a) = assistant {
            end = a.end;
        }
        // 办公室主任: a bare department word not claimed by an organisation, and a word
        // of its own (督查办主任 is 主任 of an office named before it).
        if let Some(dept) = s.hit_ending_at(start)
            && dept.entry.is(tag::ORG_SUFFIX)
            && s.word_at(dept.start).is_some_and(|k| s.words[k].start == dept.start)
            && !dept.entry.standalone
            && !bodies().any(|o| o.range.start < dept.end && dept.start < o.range.end)
            && OFFICES.contains(&&s.text[dept.start..dept.end])
        {
            start = dept.start;
        }
        // 会计学教授, 物理学研究员: a discipline before an academic title is its field, and
        // the body before the discipline the holder's.
        if let Some(field) = discipline_before(s, start, &s.text[core_hit.start..core_hit.end])
            && !inside(&field)
        {
            modifiers.insert(0, field.clone());
            start = field.start;
        }
        out.push(RoleMention {
            range: start..end,
            core: core_hit.start..end,
            modifiers,
            byline: core_hit.entry.is(tag::BYLINE),
            names_org: false,
            place: None,
        });
        i = c + 1 + usize::from(assistant.is_some());
    }
    professions_before_names(s, orgs, persons, out, first);
    out[first..].sort_by_key(|r| (r.range.start, std::cmp::Reverse(r.range.end)));
    // Titles never overlap: the relations read the text between one and the next. Of two
    // the readers above both took (a body's title 同乡会|长 and the title 会长 in a run of
    // fused words), the one starting first stays, or the longer.
    let mut end = 0;
    let mut k = 0;
    out.retain(|r| {
        k += 1;
        let keep = k <= first || r.range.start >= end;
        if keep && k > first {
            end = r.range.end;
        }
        keep
    });
    // The word of time of the post before, where that post ends, and whether the word
    // stands before the post's body or place (拟任|县委常委), so over the list it opens.
    let mut time: Option<(Range<usize>, usize, bool)> = None;
    for r in &mut out[first..] {
        // (A title that names its ministry, 外交部长, is a state's post after a country.)
        if !r.names_org || STATE_POSTS.contains(&&s.text[r.range.clone()]) {
            r.place = place_before(s, &r.range, &r.core);
        }
        // 原青山市副市长, 原地质部副部长: a word of time written before the place or the body
        // the post is of qualifies the post (the title's text stays the title's).
        let anchor = r.place.as_ref().map(|p| p.start).or_else(|| {
            orgs.iter()
                .find(|o| o.range.end == r.range.start && !o.in_title)
                .map(|o| o.range.start)
        });
        let start = anchor.unwrap_or(r.range.start);
        let own = r
            .modifiers
            .iter()
            .find(|k| TIME_MODIFIERS.contains(&&s.text[(*k).clone()]))
            .cloned();
        time = if let Some(m) = anchor.and_then(|a| time_modifier_ending_at(s, a)) {
            r.modifiers.insert(0, m.clone());
            Some((m, r.range.end, true))
        } else if let Some(m) = own {
            Some((m, r.range.end, false))
        } else if let Some((m, end, over_list)) = time.take()
            // (Posts may overlap where a body's name holds a title: `get`.)
            && s.text.get(end..start) == Some("、")
            && (over_list || anchor.is_none())
        {
            // 拟任县委常委、县政府常务副县长, 原地质部副部长、党组书记, 原董事长、总经理: the
            // posts listed after it share it — not another body's post after a word of time
            // inside the first (建设部原副部长、青山协会名誉会长).
            r.modifiers.insert(0, m.clone());
            Some((m, r.range.end, over_list))
        } else {
            None
        };
    }
    places_over_lists(s, orgs, &mut out[first..]);
}

/// Professions whose senior grade (高级工程师, 正高级经济师) is a qualification a person holds,
/// not a post in a body.
const GRADED_PROFESSIONS: &[&str] = &[
    "工程师",
    "经济师",
    "会计师",
    "农艺师",
    "政工师",
    "统计师",
    "审计师",
    "畜牧师",
    "兽医师",
    "实验师",
];

/// Is the title with core `core` and modifiers `modifiers` a profession's senior grade
/// (高级工程师: core 工程师, modifier 高级)?
pub(crate) fn is_senior_grade(core: &str, modifiers: &[impl AsRef<str>]) -> bool {
    modifiers.iter().any(|m| matches!(m.as_ref(), "高级" | "正高级")) && GRADED_PROFESSIONS.contains(&core)
}

/// Is a title with core `core` a standing rather than a post: a leader in general (市领导甲:
/// 领导 also reads as a verb, 里特领导的小组) or a party's membership (老党员乙, 共产党员丙)?
pub(crate) fn is_standing(core: &str) -> bool {
    core == "领导" || core.ends_with("党员")
}

/// Callings a person is known by beside the posts listed before (院长、评论家甲; 副主席、作家乙):
/// never held in the body of the post before them, nor of a brand before them (科普|作家甲).
pub(crate) const CALLINGS: &[&str] = &[
    "作家",
    "评论家",
    "诗人",
    "画家",
    "书法家",
    "艺术家",
    "摄影家",
    "音乐家",
    "作曲家",
    "剧作家",
];

/// Academic titles a discipline may stand before (会计学教授, 物理学研究员).
pub(crate) const ACADEMIC_TITLES: &[&str] = &[
    "教授",
    "副教授",
    "研究员",
    "副研究员",
    "讲师",
    "博士生导师",
    "博士",
    "学者",
    "专家",
];

/// The discipline written right before byte `at`, when `core` is an academic title: a word
/// of two to four ideographs ending in 学 that no list holds (会计学, 经济学; not 大学).
fn discipline_before(s: &Sentence<'_>, at: usize, core: &str) -> Option<Range<usize>> {
    if !ACADEMIC_TITLES.contains(&core) {
        return None;
    }
    let w = s.words[s.word_at(at.checked_sub(1)?)?].clone();
    (w.end == at && is_discipline(s, &w)).then_some(w)
}

/// Is word `w` of `s` a discipline: two to four ideographs ending in 学 that no list holds
/// (会计学, 经济学; not 大学)?
pub(crate) fn is_discipline(s: &Sentence<'_>, w: &Range<usize>) -> bool {
    let word = &s.text[w.clone()];
    word.ends_with('学')
        && (2..=4).contains(&word.chars().count())
        && word.chars().all(super::is_han)
        && !s.hits.iter().any(|h| h.start < w.end && w.start < h.end)
}

/// Gives the posts of a place's unit listed after a post in a body of that place (青山县委
/// 副书记、县长: 县长 of 青山县; 青山市人民政府党组书记、副市长) the place, which the text
/// writes once, inside the body's name. (Of `orgs`, those inside a title, 外交部|长, are
/// passed over.)
fn places_over_lists(s: &Sentence<'_>, orgs: &[OrgMention], roles: &mut [RoleMention]) {
    let text = s.text;
    // The body of the list's first post, and where the list's last post ends.
    let mut list: Option<(Range<usize>, usize)> = None;
    for r in roles {
        let body = orgs
            .iter()
            .find(|o| !o.in_title && o.range.end == r.range.start)
            .map(|o| o.range.clone());
        let listed = list.as_ref().filter(|(_, end)| text[*end..r.range.start] == *"、");
        let unit = unit_headed(&text[r.core.clone()]);
        if let (Some((body, _)), Some(u), None, None, false) = (listed, unit, &r.place, &body, r.names_org) {
            // The place the body's name opens with, after the party's name (中共|北京市|委),
            // ending in the same unit (青山县|委).
            let start = body.start
                + PARTY_NAMES
                    .iter()
                    .find(|p| text[body.clone()].starts_with(**p))
                    .map_or(0, |p| p.len());
            if let Some(k) = text[start..body.end].find(u).filter(|&k| k >= 6) {
                r.place = Some(start..start + k + u.len_utf8());
            }
        }
        list = match (body, listed) {
            (Some(b), _) => Some((b, r.range.end)),
            (None, Some((b, _))) => Some((b.clone(), r.range.end)),
            (None, None) => None,
        };
    }
}

/// The party's names that open its committees' names (中共北京市委).
const PARTY_NAMES: &[&str] = &["中国共产党", "中共"];

/// The administrative unit a title heads (县 of 县长 and 副县长's core 县长), if any.
pub(crate) fn unit_headed(core: &str) -> Option<char> {
    let mut chars = core.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some(u), Some('长'), None) if super::ADMIN_UNITS.contains(&u) => Some(u),
        _ => None,
    }
}

/// Modifiers that tell when a post is held: before the place or body it is of, they
/// qualify it still.
const TIME_MODIFIERS: &[&str] = &["原", "前", "前任", "时任", "现任", "新任", "拟任", "上届", "首任"];

/// A word of time standing alone right before byte `at` (原|地质部, not 此前|青山市).
fn time_modifier_ending_at(s: &Sentence<'_>, at: usize) -> Option<Range<usize>> {
    let h = s.hit_ending_at(at).filter(|h| h.entry.is(tag::MODIFIER))?;
    let word = s.word_starting_at(h.start)?;
    (word.end == h.end && TIME_MODIFIERS.contains(&&s.text[h.start..h.end])).then_some(h.start..h.end)
}

/// Posts of a state, held in the country named right before them (美国|总统, 日本|首相).
const STATE_POSTS: &[&str] = &[
    "总统",
    "副总统",
    "总理",
    "副总理",
    "首相",
    "副首相",
    "国王",
    "女王",
    "王储",
    "元首",
    "外长",
    "国务卿",
    "副国务卿",
    "外交部长",
    "外交大臣",
    "外务大臣",
    "防长",
    "国防部长",
    "财长",
    "财政部长",
    "内政部长",
    "议长",
    "总督",
];

/// Is `place` a special administrative region (香港, 澳门特区, 香港特别行政区), whose head is
/// its 行政长官?
fn is_special_region(place: &str) -> bool {
    let name = place
        .strip_suffix("特别行政区")
        .or_else(|| place.strip_suffix("特区"))
        .unwrap_or(place);
    matches!(name, "香港" | "澳门")
}

/// Is the title `title` (core `core`) a minister's named by the ministry's line of work
/// (经济部长, 贸易大臣: core 部长 or 大臣 after it)? Right after a country, it is the state's.
fn ministry_of_state(title: &str, core: &str) -> bool {
    matches!(core, "部长" | "副部长" | "大臣") && title.len() > core.len()
}

/// The place right before the title at `range` (core `core`) whose post it is: a place
/// ending in the unit the title heads (青山市|副市长, 深圳|市长 — the unit lent to the title
/// — and 青山|县|县长 read apart), or a country before a state's post (美国|总统). Where a
/// nationality is meant (美国|记者, 中国|选手) there is no post of the place: no place.
pub(crate) fn place_before(s: &Sentence<'_>, range: &Range<usize>, core: &Range<usize>) -> Option<Range<usize>> {
    let text = s.text;
    let core_text = &text[core.clone()];
    let unit = unit_headed(core_text);
    let start = range.start;
    // An envoy's post is the sending country's (美国|驻华|大使), and where the envoy is
    // stationed is no place of it (驻|奥克兰|总领事, 中国驻|阿根廷|大使).
    if ENVOY_POSTS.contains(&core_text) {
        if let Some(country) = sending_country(s, start) {
            return Some(country);
        }
        if s.hits
            .iter()
            .any(|h| h.end == start && h.entry.is(tag::PLACE) && text[..h.start].ends_with('驻'))
        {
            return None;
        }
    }
    if let Some(h) = s
        .hits
        .iter()
        .find(|h| h.end == start && h.start < start && h.entry.is(tag::PLACE))
    {
        let place = &text[h.start..h.end];
        return match unit {
            // The place writes its unit, or lends it to the title (深圳|市长).
            Some(u) => (place.ends_with(u) || (!place.ends_with(super::ADMIN_UNITS) && text[start..].starts_with(u)))
                .then_some(h.start..h.end),
            None => ((h.entry.place_level == PlaceLevel::Country
                && (STATE_POSTS.contains(&core_text)
                    || ENVOY_POSTS.contains(&core_text)
                    || ministry_of_state(&text[range.clone()], core_text)))
                || (core_text == "行政长官" && is_special_region(place)))
            .then_some(h.start..h.end),
        };
    }
    let u = unit?;
    // A place jieba-rs reads as one word ending in the unit (青山县), or the unit as a word
    // of its own after the place's name (青山|县).
    let k = s.word_at(start.checked_sub(1)?)?;
    let w = s.words[k].clone();
    // The unit jieba-rs glued to the word of time after it (青山|市原|副市长).
    let glued_unit = unit_glued_to_time(s, &w, start) && text[w.start..].starts_with(u);
    if w.end != start && !glued_unit {
        return None;
    }
    let word = &text[w.clone()];
    // (Whatever jieba-rs tags it: 北辰区/nt, 岳麓区/nr, 崇礼县/n.)
    if word.chars().count() >= 3 && word.ends_with(u) && word.chars().all(super::is_han) && !kind_of_place(word) {
        return Some(wider_place(s, k, w));
    }
    // A place name jieba-rs cut after its first character (瑞/ns|丰县/ns|县长).
    if word.chars().count() == 2
        && word.ends_with(u)
        && let Some(first) = k.checked_sub(1).map(|p| s.words[p].clone())
        && first.end == w.start
        && text[first.clone()].chars().count() == 1
        && with_word_class(&text[first.clone()], |c| c == "ns")
    {
        return Some(wider_place(s, k - 1, first.start..w.end));
    }
    let name = k.checked_sub(1).map(|p| s.words[p].clone())?;
    // (A county may be named by a common noun too, 苇塘/n|县|副县长 — not by a kind of
    // county, 贫困|县.)
    let named = (2..=3).contains(&text[name.clone()].chars().count())
        && with_word_class(&text[name.clone()], |c| {
            matches!(c, "ns" | "nr" | "nz" | "OOV") || (c == "n" && u == '县' && !kind_of_place(&text[name.clone()]))
        });
    if !((glued_unit || word.chars().eq(std::iter::once(u))) && named) {
        return None;
    }
    // (Its first character may stand alone before a name of two: 琅/ns|南塔/ns|省|省长.)
    let lone_first = (text[name.clone()].chars().count() == 2)
        .then(|| k.checked_sub(2))
        .flatten()
        .filter(|&p| {
            let first = &text[s.words[p].clone()];
            s.words[p].end == name.start
                && first.chars().count() == 1
                && with_word_class(first, |c| matches!(c, "ns" | "g" | "zg"))
        });
    Some(match lone_first {
        Some(p) => wider_place(s, p, s.words[p].start..start),
        None => wider_place(s, k - 1, name.start..start),
    })
}

/// Posts of a state's envoys abroad, held in the country that sends them (美国驻华大使,
/// 美国大使).
const ENVOY_POSTS: &[&str] = &[
    "大使",
    "特命全权大使",
    "总领事",
    "副总领事",
    "领事",
    "公使",
    "参赞",
    "武官",
    "临时代办",
];

/// The country named before `驻` and where its envoy is stationed, right before the envoy's
/// post at `start` (美国|驻华|大使, 法国|驻上海|总领事): the post is the sending country's.
fn sending_country(s: &Sentence<'_>, start: usize) -> Option<Range<usize>> {
    let before = &s.text[..start];
    let (zhu, _) = before.char_indices().rev().take(6).find(|&(_, c)| c == '驻')?;
    // (Where it is stationed: 华 or a city's one-character short name, 驻沪, a place, or a
    // city's name of two or three characters the lexicon does not know, 驻临沣总领事.)
    let posted = &before[zhu + '驻'.len_utf8()..];
    let stationed = ((1..=3).contains(&posted.chars().count()) && posted.chars().all(super::is_han))
        || s.hits
            .iter()
            .any(|h| h.start == start - posted.len() && h.end == start && h.entry.is(tag::PLACE));
    if !stationed {
        return None;
    }
    // (A word of time may stand between the country and 驻: 中国|新任|驻阿根廷大使.)
    let end = ["新任", "首任", "前任", "现任", "原", "前"]
        .iter()
        .find_map(|w| before[..zhu].strip_suffix(w))
        .map_or(zhu, str::len);
    s.hits
        .iter()
        .find(|h| h.end == end && h.entry.is(tag::PLACE) && h.entry.place_level == PlaceLevel::Country)
        .map(|h| h.start..h.end)
}

/// Is `word`, ending in a unit, a kind of place rather than one (县级市, 贫困县, 开发区)?
/// (A list, not jieba-rs's classes: it tags real places as common nouns too, 交口县/n.)
fn kind_of_place(word: &str) -> bool {
    const KINDS: &[&str] = &[
        "县级",
        "地级",
        "副省级",
        "贫困",
        "山区",
        "边境",
        "农业",
        "牧区",
        "林区",
        "试点",
        "示范",
        "重点",
        "省会",
        "姊妹",
        "友好",
        "开发",
        "自治",
        "民族",
        "百强",
    ];
    KINDS.iter().any(|k| word.starts_with(k))
}

/// `place` (starting with word `first`) widened over the place of the level above written
/// right before it (青山市|北辰区, 青山|市|北辰区): the district's city names it too.
fn wider_place(s: &Sentence<'_>, first: usize, place: Range<usize>) -> Range<usize> {
    let text = s.text;
    let word = |k: usize| &text[s.words[k].clone()];
    let joined = |k: usize| s.words[k].end == s.words[k + 1].start;
    let Some(k) = first.checked_sub(1).filter(|&k| joined(k)) else {
        return place;
    };
    // A place word ending in a unit (青山市/ns), or a name and its unit read apart (青山|市).
    if word(k).chars().count() >= 3 && word(k).ends_with(super::ADMIN_UNITS) && with_word_class(word(k), |c| c == "ns")
    {
        return s.words[k].start..place.end;
    }
    if super::is_bare_unit(word(k))
        && let Some(n) = k.checked_sub(1).filter(|&n| joined(n))
        && (2..=3).contains(&word(n).chars().count())
        && with_word_class(word(n), |c| matches!(c, "ns" | "nr" | "nz" | "OOV"))
    {
        return s.words[n].start..place.end;
    }
    place
}

/// Is the word `w` a place's unit and the word of time after it, which starts at `at`
/// (市原 in 青山|市原|副市长: jieba-rs knows 市原 as a Japanese city)?
fn unit_glued_to_time(s: &Sentence<'_>, w: &Range<usize>, at: usize) -> bool {
    w.start + '市'.len_utf8() == at
        && s.text[w.start..].starts_with(super::ADMIN_UNITS)
        && TIME_MODIFIERS.contains(&&s.text[at..w.end])
}

/// Is `start..end` the end of a longer word jieba-rs knows (代 in 宋代, 前 in 赛前)? A
/// modifier there belongs to that word, not to the title after it (宋代|书法家) — unless
/// the word is an organisation's head glued to it (发展/部副/部长).
fn ends_a_word(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    s.word_at(start).is_some_and(|k| {
        let w = &s.words[k];
        w.start < start
            && w.end == end
            // A word of time glued to a place's unit (青山|市原|副市长) is the post's.
            && !unit_glued_to_time(s, w, start)
            && JIEBA.has_word(&s.text[w.clone()])
            && !s
                .hit_ending_at(start)
                .is_some_and(|h| h.entry.is(tag::ORG_SUFFIX | tag::ORG))
    })
}

/// Endings of agent nouns (调解员, 体能师, 评论家, 采购官, 邮商): a line of work, and a
/// title where a name follows right after.
const AGENT_ENDINGS: &[char] = &['员', '师', '家', '官', '商'];

/// Words with those endings that name no line of work (国家, 大家, 厂家 ...).
const NOT_PROFESSIONS: &[&str] = &[
    "国家",
    "大家",
    "人家",
    "老家",
    "自家",
    "本家",
    "东家",
    "农家",
    "商家",
    "厂家",
    "店家",
    "全家",
    "一家",
    "两家",
    "专家们",
    "人员",
    "工作人员",
    "成员",
    "全员",
    "动员",
    "器官",
    "五官",
    "厂商",
    "客商",
    "外商",
    "港商",
    "台商",
    "政商",
];

/// A word ending like an agent noun, right before a person name (or a colon and the
/// name) and not already part of a title, an organisation or a name, is a title
/// (监测员方岚, 评论家韩琦, 化妆师:丁晓). (An organisation of `orgs` inside a title, 外交部|长,
/// does not count.)
fn professions_before_names(
    s: &Sentence<'_>,
    orgs: &[OrgMention],
    persons: &[Range<usize>],
    out: &mut Vec<RoleMention>,
    first: usize,
) {
    for p in persons {
        // Right before the name, or before a colon and the name (化妆师:丁冉).
        let end = s.text[..p.start].strip_suffix(':').map_or(p.start, str::len);
        let Some(k) = end.checked_sub(1).and_then(|b| s.word_at(b)) else {
            continue;
        };
        let w = s.words[k].clone();
        let word = &s.text[w.clone()];
        let n = word.chars().count();
        if w.end != end
            || !(2..=5).contains(&n)
            || !word.ends_with(AGENT_ENDINGS)
            || !word.chars().all(super::is_han)
            || NOT_PROFESSIONS.contains(&word)
            || out[first..]
                .iter()
                .any(|r| r.range.start < w.end && w.start < r.range.end)
            || orgs
                .iter()
                .any(|o| !o.in_title && o.range.start < w.end && w.start < o.range.end)
            || persons.iter().any(|q| q.start < w.end && w.start < q.end)
            || s.hits
                .iter()
                .any(|h| h.start < w.end && w.start < h.end && h.entry.is(tag::PLACE | tag::ORG | tag::ORG_SUFFIX))
        {
            continue;
        }
        out.push(RoleMention {
            range: w.clone(),
            core: w,
            modifiers: Vec::new(),
            byline: false,
            names_org: false,
            place: None,
        });
    }
}
