//! Appointment clauses: `由 甲、乙 任 组长`, `甲 任 副组长兼办公室主任`,
//! `甲 担任 郑州大学 副校长`, `甲 当选为 …`, `任命 甲 为 局长`.
//!
//! The post named after the verb (with its own organisation, if one stands between
//! the verb and the title) is held by the persons written between the previous
//! clause boundary (the sentence start, or the end of the previous appointment) and
//! the verb (not one after 接替: the predecessor); after 任命/聘任 … 为, by the person
//! between the two, or by every name of a 、-list there; on a list line under a heading
//! (任命：|甲为…厅长；), by the name opening it. With no holder in its clause, a post after
//! a comma goes to the holders before it (甲曾任…，现任…). When the post carries no
//! organisation of its own, it is held in the organisation the sentence set up before
//! (组建…领导小组，由…任组长): the nearest organisation before the first holder that is not
//! part of a holder's own titles — not for a post of a place (现任河南省副省长).

use crate::charset::{Trimmed, ends_with_one_of, trimmed_end};
use std::ops::Range;

use super::{Mentions, Post, TripleMention, held_where_before};
use crate::Rule;
use crate::dictionary::tag;
use crate::recognize::org::{OrgMention, PARTY_ORGANS, is_session, term_of_office};
use crate::recognize::{
    ADMIN_UNITS, APPOINTING_VERBS, HONORIFICS, Sentence, after_honorific, before_honorific, is_han, strip_personal_note,
};

/// Appointment verbs, longest first so that 担任 is not read as 任.
const VERBS: &[&str] = &[
    "历任",
    "被任命为",
    "被选举为",
    "被选为",
    "被聘为",
    "被聘任为",
    "被提拔为",
    "被推选为",
    "被委任为",
    // Passive with the appointing body or none (甲被市委任命为…, 甲获委任为…).
    "获委任为",
    "获任命为",
    "获聘任为",
    "获聘为",
    "获选为",
    "任命为",
    "委任为",
    "聘任为",
    "聘为",
    // 拟提名为…局长人选: a notice's proposed post, as 拟任.
    "提名为",
    "当选为",
    // 甲、乙增选为常务委员: elected to a body's seat between its sessions.
    "增选为",
    "担任",
    "出任",
    "兼任",
    "升任",
    "调任",
    "接任",
    "改任",
    "转任",
    "继任",
    "连任",
    "留任",
    "就任",
    "当选",
    "荣任",
    // 甲成为…厂长, 甲当上…局长: a post taken, as 出任.
    "成为",
    "当上了",
    "当上",
    // 甲现为…教授: as 现任.
    "现为",
    "任",
];

/// The last characters of [`VERBS`]: a text that ends in none of them ends in no verb.
const VERB_LAST_CHARS: &[char] = &['任', '为', '选', '上', '了'];

/// Words that end in one of [`VERBS`] and are no verb: a text ending so gives no post
/// (…主任乙等县领导: 主任 ends in 任).
const NOT_VERBS: &[&str] = &["主任", "责任", "信任"];

/// The first of [`VERBS`] that `text` ends with.
fn verb_ending(text: &str) -> Option<&'static str> {
    // (The last character first: this runs for every title, and for several places before
    // one, and a walk over the verbs compares most of them.)
    if !ends_with_one_of(text, VERB_LAST_CHARS) {
        return None;
    }
    if NOT_VERBS.iter().any(|w| text.ends_with(w)) {
        return None;
    }
    VERBS.iter().find(|v| text.ends_with(**v)).copied()
}

/// Does an appointment verb right after its holder's name stand before byte `at` (甲任|组长)?
pub(crate) fn taken_by_verb(text: &str, m: &Mentions<'_>, at: usize) -> bool {
    verb_ending(&text[..at]).is_some_and(|v| m.persons.iter().any(|p| p.end + v.len() == at))
}

/// Is `between` an appointment verb alone, perhaps after an adverb of time (曾任, 现任,
/// 先后担任, 后调任): what stands between a holder and the post it takes.
pub(crate) fn verb_between(between: &str) -> bool {
    between.chars().count() <= MAX_VERB_PHRASE
        && between.chars().all(is_han)
        && verb_ending(between).is_some()
        && !NEGATIONS.iter().any(|n| between.contains(n))
}

/// Longest appointment verb with its adverbs, in characters (曾先后担任 is five).
const MAX_VERB_PHRASE: usize = 5;

/// A form's fields that hold its subject's post (姓名：甲 … 职务：青山市副市长): as a verb
/// gives a post, with the subject named elsewhere.
const POST_FIELDS: &[&str] = &["职务:", "职位:"];

/// Words that deny the appointment verb after them (不再担任, 未当选).
const NEGATIONS: &[&str] = &["不再", "不", "未", "没有"];

/// Longest description of the post between 为 and its title (为公司第五届董事会|董事长),
/// in bytes: eight characters.
const MAX_POST_PREFIX: usize = 24;

/// What stands before 为 in `before` (the text up to a post's title), when 为 is
/// followed only by a short description of the post: 任命甲为|局长,
/// 选举甲为公司第五届董事会|董事长.
fn appointed_for(before: &str) -> Option<&str> {
    // Only the last 为 counts, and only within MAX_POST_PREFIX bytes of the end: it is looked
    // for in that tail alone (from its first whole character: a 为 starting before it would
    // stand too far). Searched over all of `before`, the search stopped at every byte 0xBA
    // (为's last, a common one) of the clause up to the title.
    let mut from = before.len().saturating_sub(MAX_POST_PREFIX + '为'.len_utf8());
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let at = from + before[from..].rfind('为')?;
    let between = &before[at + '为'.len_utf8()..];
    (between.len() <= MAX_POST_PREFIX && between.chars().all(|c| c.is_alphanumeric()) && !between.contains('为'))
        .then_some(&before[..at])
}

/// `before` (the appointees before 为) without the count of the list it ends (聘任甲、乙
/// 等21人|为委员, 甲等同志|为…): the names listed are appointees with the others.
fn before_count(before: &str) -> &str {
    let counted = ["名同志", "位同志", "人", "名"]
        .iter()
        .find_map(|n| before.strip_suffix(n))
        .map(|rest| {
            rest.trim_end_matches(|c: char| {
                c.is_ascii_digit() || matches!(c, '十' | '百') || crate::numbers::numeral::digit(c).is_some()
            })
        });
    counted
        .filter(|rest| rest.len() < before.len())
        .and_then(|rest| rest.strip_suffix('等'))
        .or_else(|| before.strip_suffix("等同志"))
        .unwrap_or(before)
}

/// A post taken by an appointment verb with no holder in its sentence (现任青山市副市长):
/// a résumé's subject may hold it (see [`super::resume`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unheld {
    pub(crate) role: usize,
    pub(crate) org: Option<usize>,
    /// The verb's post chain, relative to the sentence.
    pub(crate) evidence: Range<usize>,
}

/// The length in bytes of a place name that ends `before` right after an appointment
/// verb or 为 (任|青山市, 任|青山市北辰区, 担任|县|总河长: the county the text is about;
/// 任命甲为|青山县): one to eight ideographs ending in an administrative unit; else 0.
fn place_before(before: &str) -> usize {
    // Run for every title: the cheap test first.
    if !ends_with_one_of(before, &ADMIN_UNITS) {
        return 0;
    }
    let mut place = 0;
    for (k, c) in before.char_indices().rev().take(8) {
        if !is_han(c) {
            break;
        }
        // (The verb nearest the place: 任命甲为|青山县副县长 is no place 甲为青山县 after 任命.)
        if verb_ending(&before[..k]).is_some() || before[..k].ends_with('为') {
            place = before.len() - k;
            break;
        }
    }
    place
}

/// The appointments, removals and posts an appointment verb gives of sentence `s`, appended
/// to `out` (and the posts it gives no one to `unheld`); `removal` as [`super::relate`] has it.
pub(crate) fn relate(
    s: &Sentence<'_>,
    m: &Mentions<'_>,
    out: &mut Vec<TripleMention>,
    unheld: &mut Vec<Unheld>,
    (removal_goes_on, holds_zhi): (bool, bool),
) {
    post_first(s, m, out);
    listed_after_post(s, m, out);
    // (Only where the person scan saw a 职: a removal's clause ends with 职务, and the look
    // for it went over every word of every sentence.)
    if holds_zhi {
        removals(s, m, out, removal_goes_on);
    }
    let mut clause_start = 0;
    // The organisation of the previous appointment in this sentence: a chain of
    // appointments (由甲任组长，乙任副组长) fills posts of one organisation.
    let mut previous_org = None;
    // An appointing verb read in this sentence (任命甲为…): its list goes on.
    let mut appointing = false;
    // The holders of the previous appointment in this sentence.
    let mut last_holders: Vec<usize> = Vec::new();
    // The appointments describe a body set up after them (成立了由甲任组长、乙任副组长的…).
    let mut sets_up = false;
    for (r, role) in m.roles.iter().enumerate() {
        // The post's own organisation, right before the title (担任青山大学副校长) — or a
        // column before it, perhaps with the department's column between (a résumé's line:
        // 2015.07—2018.12  青禾机械有限公司  技术研发部  工程师).
        let own = m.orgs.iter().position(|o| {
            o.range.start >= clause_start
                && o.range.end <= role.range.start
                && (o.range.end == role.range.start
                    // Or a note in brackets between (事务所（特殊普通合伙）|审计经理).
                    || (s.text[o.range.end..role.range.start].starts_with('(')
                        && super::gap(&s.text[o.range.end..role.range.start]) == super::Gap::Adjacent)
                    || in_columns_before(&s.text[o.range.end..role.range.start])
                    // Or its term of office (当选为县妇联|第五届委员会|主席).
                    || super::term_between(&s.text[o.range.end..role.range.start]))
        });
        // Bodies of its kind listed before it share the post (兼任甲公司、乙公司|独立董事); others
        // listed there are the verb's all the same (曾任市发改委、市财政局|副局长).
        let (listed, shared) = own.map_or((0, 0..0), |o| listed_sharing(s, m, r, o, clause_start));
        // A bare head word there (当选为协会会长) names no organisation but belongs to the post.
        let lead = own.map_or(role.range.start, |o| m.orgs[listed.min(o)].range.start);
        // So does the body a party organ read apart belongs to (现任|本行|党委|副书记).
        let lead = own
            .filter(|&o| PARTY_ORGANS.contains(&&s.text[m.orgs[o].range.clone()]))
            .and_then(|_| {
                m.orgs
                    .iter()
                    .find(|b| b.range.end == lead && b.range.start >= clause_start)
            })
            .map_or(lead, |b| b.range.start);
        // Whether the post is of the text's own body, named so (现任|本行|副行长): of no other
        // body the sentence named. (该 'that' names the one named before: 曾任北岭钢铁篮球队
        // 队长，退役后历任|该队|助理教练.)
        let mut of_own_body = false;
        let lead = match s.hit_ending_at(lead) {
            Some(h) if own.is_none() && h.entry.is(tag::ORG_SUFFIX) && h.start >= clause_start => {
                // With its determiner (现任本公司董事).
                match s.text[..h.start].strip_suffix(['本', '该']) {
                    Some(r) => {
                        of_own_body = s.text[r.len()..].starts_with('本');
                        r.len().max(clause_start)
                    }
                    None => h.start.max(clause_start),
                }
            }
            // Or a determiner and a body's one-character short name (曾任|该行|行长, 现任|
            // 本校|校长): the body the text named before (the pipeline's context finds it).
            _ if own.is_none() => before_own_body(&s.text[..lead], false).map_or(lead, |r| {
                of_own_body = s.text[r.len()..].starts_with('本');
                r.len().max(clause_start)
            }),
            // The text's own body, so named, before a unit of it (历任|本行|风险管理部|总经理,
            // 现任|本公司|董事会办公室|主任): the verb is the post's.
            _ => {
                let from = clause_start.min(lead);
                before_own_body(&s.text[from..lead], true)
                    .filter(|r| verb_ending(r).is_some() && !ends_with_appointing_verb(r))
                    .map_or(lead, |r| from + r.len())
            }
        };
        // A place named before the title alone (现任青山市副市长: the post is of 青山市's
        // government) stands between the verb and the post.
        // (Or the place of a résumé's dated line: 1996.03—2002.08 宿城区龙河镇|副镇长.)
        let place = if own.is_none() {
            let dated = role
                .place
                .as_ref()
                .filter(|p| p.end == lead && clause_start == 0 && is_entry_dates(&s.text[..p.start]))
                .map_or(0, |p| lead - p.start);
            place_before(&s.text[clause_start.min(lead)..lead]).max(dated)
        } else {
            0
        };
        let lead = lead - place;
        // A team the text names by no body's name stands between the verb and the post
        // (升任|一线队|主教练, 出任|一线队|助理教练): the verb is still the post's, and the
        // post leads from the team.
        let from = clause_start.min(lead);
        let lead = team_after_verb(&s.text[from..role.range.start]).map_or(lead, |rest| from + rest.len());
        // So does a term of office (当选|第二届|会长, 当选|新一届|会长).
        let lead = term_after_verb(&s.text[from..lead]).map_or(lead, |rest| from + rest.len());
        let before = &s.text[from..lead];
        let mut by_verb = false;
        let mut no_longer = false;
        // 甲、乙分别担任组长、副组长: the holders take the posts in turn.
        let mut respectively = false;
        // The body named between 在 and the verb (在青山县教育局担任副局长).
        let mut where_held = None;
        // What stands before a 为 that gives the post, asked by two readings below: found
        // once (the second is asked where the first read no appointee, most often).
        let for_before = std::cell::OnceCell::new();
        let appointed = || *for_before.get_or_init(|| appointed_for(before));
        let holders: Vec<usize> = if let Some(verb) =
            verb_ending(before).or_else(|| POST_FIELDS.iter().find(|v| before.ends_with(**v)).copied())
        {
            let verb_start = lead - verb.len();
            // A post never held (未当选, 不担任) is no post of anyone; one no longer held (甲不再
            // 担任…职务) was held until now, and is left, as 免去 removes one.
            match NEGATIONS.iter().find(|n| s.text[..verb_start].ends_with(*n)) {
                Some(&"不再") => no_longer = true,
                Some(_) => continue,
                None => {}
            }
            by_verb = true;
            respectively = s.text[..verb_start].ends_with("分别");
            where_held = m
                .orgs
                .iter()
                .position(|o| o.range.end == verb_start && s.text[..o.range.start].ends_with('在'));
            // What a colon introduces is its own clause (宣读了任职决定：甲任…): a name before
            // it reads the decision, when names follow it.
            let subject_start = s.text[clause_start..verb_start]
                .rfind(':')
                .map(|k| clause_start + k)
                .filter(|&colon| m.persons.iter().any(|p| p.start > colon && p.end <= verb_start))
                .unwrap_or(clause_start);
            let mut holders: Vec<usize> = (0..m.persons.len())
                .filter(|&p| m.persons[p].start >= subject_start && m.persons[p].end <= verb_start)
                // 甲接替乙担任…: 乙 held the post before.
                .filter(|&p| {
                    !PREDECESSOR_MARKS
                        .iter()
                        .any(|w| s.text[..m.persons[p].start].ends_with(w))
                })
                .collect();
            // Of several names, the subject is the last and those listed with it
            // ((记者甲)乙当选为…: 甲 only reports it).
            if let Some(&last) = holders.last() {
                let first = joined_from(s, m, last);
                holders.retain(|&p| p >= first);
            }
            // 甲曾任…，现任…: the holders of the clause before go on after a comma.
            if holders.is_empty() && continues_subject(&s.text[clause_start..verb_start]) {
                last_holders.clone()
            } else {
                holders
            }
        } else if let Some(last) = appointed()
            .map(|b| strip_note(m, b, from + b.len()))
            .map(before_count)
            .map(before_honorific)
            // Or a title the appointee holds (聘任甲教授为院长).
            .map(|b| match m.roles.iter().find(|r| r.range.end == from + b.len()) {
                Some(r) if r.range.start >= from && m.persons.iter().any(|p| p.end == r.range.start) => {
                    &b[..r.range.start - from]
                }
                _ => b,
            })
            .and_then(|b| m.persons.iter().position(|p| p.end == clause_start.min(lead) + b.len()))
            // The appointees may be a list (选举甲、乙为副市长): from its first name.
            && let first = listed_from(s, m, last)
            // A title the appointee holds may stand before the name (以市长甲为组长), with
            // its body (任命省教育厅副厅长甲为省科技厅厅长).
            && let named_at = m
                .roles
                .iter()
                .find(|r| r.range.end == m.persons[first].start)
                .map_or(m.persons[first].start, |r| r.range.start)
            && let named_at = m
                .orgs
                .iter()
                .find(|o| o.range.end == named_at)
                .map_or_else(|| bare_body_before(s, named_at), |o| o.range.start)
            // (A post held before: 聘任|原|青训总监甲为主教练.)
            && let named_at = s.text[..named_at].strip_suffix(['原', '前']).map_or(named_at, str::len)
            && (ends_with_appointing_verb(&s.text[..named_at])
                // The verb carries on over a list of appointees (任命甲为局长，乙为副局长).
                || (appointing && ends_with_one_of(&s.text[..named_at], &[',', '、', ';']))
                // A line of a list under its heading (任命：|甲为青山省教育厅厅长；): the
                // names open the sentence and the post closes it.
                || (s.text[..m.persons[first].start].trimmed().is_empty() && posts_close_clause(s, m, role.range.end)))
        {
            // 任命甲为局长, 聘任甲先生为总经理.
            appointing = true;
            (first..=last).collect()
        } else if let Some(v) = appointed().and_then(|b| b.strip_suffix('其'))
            && ends_with_appointing_verb(v)
            // 其 'him, her' after the verb is the person named last before it (提名甲为董事候选人，
            // 并聘任|其|为副总经理) — not one who speaks of it (甲辞职后，董事长乙表示，公司将聘任
            // 其为顾问: 其 is 甲, whom this reading does not look back to).
            && let Some(last) = m.persons.iter().rposition(|p| p.end <= from + v.len())
            && !SPEAKING.iter().any(|w| s.text[m.persons[last].end..from + v.len()].contains(w))
        {
            appointing = true;
            vec![last]
        } else if clause_start == 0 && is_entry_dates(before) {
            // A résumé's entry (1995.07—2001.03 青山市财政局科员): the post of its subject.
            by_verb = true;
            Vec::new()
        } else {
            continue;
        };
        // A role right after the verb, then the roles chained to it by 兼 or 、 — each
        // with its own organisation when one stands before it (任市委常委、组织部部长) —
        // or by a comma when its organisation names it and no holder follows it (历任
        // 财政局副局长、局长，青山县委书记). Each with its own organisation, and whether
        // 兼 joins it to the one before.
        let mut roles = vec![(r, None, false)];
        let mut end = role.range.end;
        for (r2, next) in m.roles.iter().enumerate().skip(r + 1) {
            // (The title reader returns no overlapping titles; the slice is checked all the
            // same, as an overlap once panicked here.)
            let Some(between) = s.text.get(end..next.range.start) else {
                continue;
            };
            // (A comma before 兼 joins as 兼 does: 副专员，兼地区水利局局长.)
            // (和 and 及 join the last of posts taken in turn: 分别担任县委书记和县长; else only
            // a post written with its own body: 担任公司董事及|董事会战略委员会|委员.)
            let sep = CHAIN_SEPARATORS
                .iter()
                .find_map(|sep| between.strip_prefix(sep).map(|rest| (*sep, rest)));
            let conjunction = sep.is_some_and(|(sep, _)| sep == "和" || sep == "及");
            let org = sep.filter(|(_, rest)| !rest.is_empty()).and_then(|(_, rest)| {
                m.orgs.iter().position(|o| {
                    o.range.start == end + (between.len() - rest.len()) && o.range.end == next.range.start
                })
            });
            // Or a place the post is of (北辰县县长、县委书记，青山市副市长等职务).
            let placed = sep.is_some_and(|(_, rest)| {
                !rest.is_empty()
                    && next
                        .place
                        .as_ref()
                        .is_some_and(|p| p.start == end + (between.len() - rest.len()) && p.end == next.range.start)
            });
            let comma = sep.is_some_and(|(sep, _)| sep == "," || sep == "，");
            // (A holder named in the clause it opens holds it: ，市委常委、常务副市长乙和…)
            let clause_end = s.text[next.range.start..]
                .find([',', '，', '。', ';', '；'])
                .map_or(s.text.len(), |k| next.range.start + k);
            let held_there = || {
                m.persons
                    .iter()
                    .any(|p| p.start >= next.range.end && p.start < clause_end)
            };
            // (Nor one that names its own holder: 任组长、市应急管理局局长|乙|任副组长.)
            let named_holder = || m.persons.iter().any(|p| p.start == next.range.end);
            if (comma && ((org.is_none() && !placed) || held_there()))
                || (conjunction && !respectively && (org.is_none() || held_there()))
                || named_holder()
            {
                break;
            }
            if sep.is_some_and(|(_, rest)| rest.is_empty()) || org.is_some() || placed {
                roles.push((r2, org, sep.is_some_and(|(sep, _)| sep.ends_with('兼'))));
                end = next.range.end;
            } else {
                break;
            }
        }
        // A post described before its holder (时任洛阳市发改委主任的甲, 曾担任局长的乙).
        let mut holders = holders;
        if holders.is_empty()
            && by_verb
            && let Some(after) = s.text[end..].strip_prefix('的')
            && let Some(p) = m.persons.iter().position(|p| p.start == s.text.len() - after.len())
        {
            holders.push(p);
        }
        if holders.is_empty() {
            // (Not a post its holder's name follows: 时任县委书记|甲 is 甲's, read as such.)
            if by_verb && !m.persons.iter().any(|p| p.start == end) {
                let workplace = || workplace_between(s, m, clause_start, lead);
                let orgs = chain_orgs(s.text, m, &roles, own.or(where_held).or_else(workplace));
                // (The bodies listed before the post's own share it.)
                let sharing = shared.clone().map(|o| Unheld {
                    role: r,
                    org: Some(o),
                    evidence: lead..end,
                });
                unheld.extend(sharing.chain(roles.iter().zip(orgs).map(|(&(role, _, _), org)| Unheld {
                    role,
                    org,
                    evidence: lead..end,
                })));
            }
            clause_start = end;
            continue;
        }
        let first = m.persons[holders[0]].start;
        // The organisation the sentence set up: the nearest one before the holders,
        // unless the post names its own.
        // A post of a place is of no organisation the sentence named before (洛阳市委副书记，
        // 现任河南省副省长).
        let org = own
            .or(where_held)
            .or(if place > 0 || of_own_body { None } else { previous_org })
            .or_else(|| set_up_after(s, m, first, end))
            .or_else(|| {
                // (Not the body that sets the group up: 市政府成立了由甲任组长的…调查组.)
                if sets_up || sets_up_after(s, m, first) {
                    sets_up = true;
                    return None;
                }
                // Not the body of someone else's post read before (由区委副书记甲担任组长，乙担任
                // 副组长: 区委 is 甲's).
                let held_by_other = |k: usize| out.iter().any(|t| t.org == Some(k) && !holders.contains(&t.person));
                // Nor the governing body that decides it (县委决定，由甲任组长) — a hospital
                // deciding its office's head is the office's (经县人民医院研究，由甲任办公室主任).
                let decides = |o: &OrgMention| {
                    DECIDING_VERBS.iter().any(|v| s.text[o.range.end..].starts_with(v))
                        && GOVERNING_ENDS.iter().any(|g| s.text[o.range.clone()].ends_with(g))
                };
                // Nor an assembly electing them, whose officers they are not, nor a body named
                // before it (恒达公司工会会员代表大会选举甲为工会主席，乙、丙为副主席: the union's,
                // which the text does not name).
                let elects = |o: &OrgMention| {
                    ["大会", "全会", "会议"]
                        .iter()
                        .any(|a| s.text[o.range.clone()].ends_with(a))
                        && ["选举", "推选", "补选", "选出"]
                            .iter()
                            .any(|v| s.text[o.range.end..].starts_with(v))
                };
                // The head of a place's government is no post of its party organ (经镇党委
                // 研究，任命甲为镇长).
                let organ_of_place_head = |o: &OrgMention| {
                    heads_place_government(&s.text[role.core.clone()])
                        && PARTY_ORGANS.iter().any(|p| s.text[o.range.clone()].ends_with(p))
                };
                m.orgs
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|&(k, o)| {
                        o.range.end <= first
                            && !is_inside_posts(s, o.range.end, first)
                            // Where an office sits is not whose it is (办公室设在区住建局).
                            && !LOCATING_VERBS.iter().any(|v| s.text[..o.range.start].ends_with(v))
                            // A congress a body convenes elects the body's officers (协会召开第五届
                            // 会员代表大会，甲当选为主席: the association's chair).
                            && !convened(&s.text[..o.range.start])
                            && !decides(o)
                            && !held_by_other(k)
                            && !organ_of_place_head(o)
                    })
                    // (Nor a body's congress the post is elected at, 在作家协会第五次代表大会上，
                    // 甲当选主席: the post is the body's, which the text is about.)
                    .filter(|(_, o)| !(elects(o) || congress_of_body(s, m, o)))
                    .map(|(k, _)| k)
            })
            .or_else(|| workplace_between(s, m, m.persons[holders[holders.len() - 1]].end, lead));
        previous_org = org;
        let orgs = chain_orgs(s.text, m, &roles, org);
        // (分别 may open the holders' clause, their titles written before the names too: 分别由
        // 甲、乙任主任、组长, 分别由县委副书记甲、副县长乙任组长、副组长.)
        let introduced = introduced_at(m, first);
        let respectively = respectively
            || s.text[..introduced]
                .strip_suffix('由')
                .is_some_and(|b| b.ends_with("分别"));
        let in_turn = respectively && holders.len() == roles.len() && holders.len() > 1;
        // Units listed right before the clause, whose posts the holders take in turn (下设甲组、
        // 乙组，分别由丙、丁任组长): each holder's post is in the unit listed in the same place.
        // When the holders do not take them in turn, one for one, which unit is whose is not
        // said (下设甲组、乙组，由丙任组长) but by the post's title.
        let units = if own.is_none() {
            units_listed_before(s, m, introduced)
        } else {
            None
        };
        for (i, &p) in holders.iter().enumerate() {
            for (j, (&(role, _, _), &org)) in roles.iter().zip(&orgs).enumerate() {
                let orgs: Vec<Option<usize>> = match &units {
                    Some((units, listed_in_turn))
                        if (*listed_in_turn || respectively) && units.len() == holders.len() =>
                    {
                        vec![Some(units[i])]
                    }
                    // (Else the one unit the post heads, if only one is of its kind: 组建了应急救援
                    // 中心和应急救援大队，由甲任大队长 — or every one, held by one holder, when the
                    // post heads them all: 成立森林防灭火指挥部和防汛抗旱指挥部，由甲任总指挥.)
                    Some((units, _)) => {
                        let title = &s.text[m.roles[role].core.clone()];
                        let heads = |u: &usize| heads_unit(title, &s.text[m.orgs[*u].range.clone()]);
                        let headed: Vec<usize> = units.iter().copied().filter(heads).collect();
                        // (Bodies set up together, not a body's units: 调查组下设技术组、管理组，由甲
                        // 任组长 is the 调查组's head; nor posts taken in turn by holders not all
                        // read: 分别由甲、陈胜任组长.)
                        let set_up_together = || after_setting_up(&s.text[..m.orgs[units[0]].range.start]);
                        match headed.len() {
                            1 => vec![Some(headed[0])],
                            n if n > 1
                                && n == units.len()
                                && holders.len() == 1
                                && !respectively
                                && set_up_together() =>
                            {
                                headed.into_iter().map(Some).collect()
                            }
                            _ => vec![None],
                        }
                    }
                    // (The bodies listed before the post's own share it.)
                    None if j == 0 && org.is_some() && org == own => shared.clone().map(Some).chain([org]).collect(),
                    None => vec![org],
                };
                let exists = out.iter().any(|t| t.person == p && t.role == role);
                if !exists && (!in_turn || i == j) {
                    out.extend(orgs.into_iter().map(|org| TripleMention {
                        person: p,
                        role,
                        org,
                        rule: if no_longer { Rule::Removal } else { Rule::Appointment },
                        evidence: first.min(org.map_or(first, |o| m.orgs[o].range.start))..end,
                    }));
                }
            }
        }
        clause_start = end;
        last_holders = holders;
    }
}

/// The bodies listed by 、 right before `own`, the body of the title `r` written right after
/// it, in the clause from byte `clause_start` (indices into `m.orgs`): the first of them, and
/// those that share the title (兼任甲公司、乙公司独立董事) — of its kind, and headed by no other
/// title (曾任市发改委、市财政局副局长: the bureau's only); `own` and an empty range for none.
fn listed_sharing(
    s: &Sentence<'_>,
    m: &Mentions<'_>,
    r: usize,
    own: usize,
    clause_start: usize,
) -> (usize, Range<usize>) {
    let mut first = own;
    let mut sharing = true;
    let mut shared = own;
    while let Some(k) = first.checked_sub(1)
        && m.orgs[k].range.start >= clause_start
        && s.text.get(m.orgs[k].range.end..m.orgs[first].range.start) == Some("、")
    {
        sharing &= m.orgs[k].kind == m.orgs[own].kind && super::shares_title(s.text, m, r, k, first);
        if sharing {
            shared = k;
        }
        first = k;
    }
    (first, shared..own)
}

/// Where the first holder of a clause, named at byte `at`, is introduced: at the title written
/// before the name and that title's body, if any (分别由|县委副书记|甲、…).
fn introduced_at(m: &Mentions<'_>, at: usize) -> usize {
    let at = m.roles.iter().find(|r| r.range.end == at).map_or(at, |r| {
        r.place.as_ref().map_or(r.range.start, |p| p.start.min(r.range.start))
    });
    m.orgs.iter().find(|o| o.range.end == at).map_or(at, |o| o.range.start)
}

/// The bodies listed right before the clause of posts whose first holder is introduced at byte
/// `first` (指挥部下设工程技术组、征地拆迁组、综合协调组，分别由甲、乙、丙任组长; 县纪委、县监委分别由
/// 甲、乙任书记、主任), joined by 、, 和 or 及 —
/// none when a listed one was not read (下设办公室、督查组: …) — and whether the clause says
/// its posts are taken in turn (分别).
fn units_listed_before(s: &Sentence<'_>, m: &Mentions<'_>, first: usize) -> Option<(Vec<usize>, bool)> {
    let before = &s.text[..first];
    let before = before.strip_suffix('由').unwrap_or(before);
    let (before, in_turn) = before.strip_suffix("分别").map_or((before, false), |b| (b, true));
    // (The bodies may be the clause's subject when their posts are taken in turn: 县纪委、县监委
    // 分别由甲、乙任书记、主任.)
    let end = before
        .strip_suffix([',', '，'])
        .map(str::len)
        .or(in_turn.then_some(before.len()))?;
    let last = m.orgs.iter().rposition(|o| o.range.end == end)?;
    let joined = |text: Option<&str>| matches!(text, Some("、" | "和" | "及"));
    let mut from = last;
    while from > 0 && joined(s.text.get(m.orgs[from - 1].range.end..m.orgs[from].range.start)) {
        from -= 1;
    }
    // (A unit before the first read, left unread: which is whose is not known.)
    let whole = !s.text[..m.orgs[from].range.start].ends_with(['、', '和', '及']);
    if from == last && whole {
        return None;
    }
    Some((if whole { (from..=last).collect() } else { Vec::new() }, in_turn))
}

/// What joins a post to the one before it after an appointing verb: 兼 (after a comma too),
/// 、 and a comma — and the last two, 和 and 及, for posts taken in turn (分别) or written with
/// their own body.
const CHAIN_SEPARATORS: [&str; 8] = ["，兼", ",兼", "兼", "、", ",", "，", "和", "及"];

/// Verbs of a body deciding who holds a post (县委决定，由甲任组长; 经县政府研究，…): it
/// appoints, and is no body the post is in.
const DECIDING_VERBS: &[&str] = &["决定", "研究", "同意", "批准"];

/// Last characters of the governing bodies that decide posts in others: party committees
/// (县委, 镇党委), governments and their departments (市委宣传部), party groups.
const GOVERNING_ENDS: &[&str] = &["委", "政府", "部", "党组"];

/// Verbs that place a body in another (办公室设在区住建局, 位于): the other is no set-up
/// organisation.
const LOCATING_VERBS: &[&str] = &["设在", "设于", "位于"];

/// Does `before` end with an appointing verb (任命|, 任命：), perhaps with the appointee's
/// nationality after it (聘任|西班牙籍|教练甲为主教练)?
fn ends_with_appointing_verb(before: &str) -> bool {
    let verb_ends = |b: &str| {
        APPOINTING_VERBS
            .iter()
            .any(|v| b.trim_end_matches([':', '：']).ends_with(*v))
    };
    if verb_ends(before) {
        return true;
    }
    let Some(rest) = before.strip_suffix('籍') else {
        return false;
    };
    // (The country's length is unknown: the verb may end a character or more before 籍.)
    rest.char_indices()
        .rev()
        .take(MAX_COUNTRY)
        .take_while(|&(_, c)| is_han(c))
        .any(|(k, _)| verb_ends(&rest[..k]))
}

/// Longest country before 籍 ('of … nationality'), in characters (马来西亚, 西班牙).
const MAX_COUNTRY: usize = 5;

/// Is `o` a body's congress (…第五次代表大会, 会员大会): read with the body as its parent
/// (作家协会第五次代表大会), named with it (足球协会会员代表大会), or right after it and a
/// term or a session (足球协会|第四届|会员代表大会, 足球协会|第五次|会员代表大会)?
fn congress_of_body(s: &Sentence<'_>, m: &Mentions<'_>, o: &OrgMention) -> bool {
    let name = &s.text[o.range.clone()];
    let Some(body) = ["会员代表大会", "代表大会", "会员大会"]
        .iter()
        .find_map(|c| name.strip_suffix(c))
    else {
        return false;
    };
    let term_after = |p: &OrgMention| {
        let between = s.text.get(p.range.end..o.range.start).unwrap_or("");
        !between.is_empty() && (term_of_office(between) == between.len() || is_session(between))
    };
    o.parent.is_some() || body.ends_with('会') || m.orgs.iter().any(term_after)
}

/// Does `before` end with a verb of convening a congress, perhaps with its term or session
/// after it (召开|第五届, 举行了|第七次)?
fn convened(before: &str) -> bool {
    ["召开", "举行"].iter().any(|v| {
        before.rfind(v).is_some_and(|k| {
            let after = &before[k + v.len()..];
            let after = after.strip_prefix('了').unwrap_or(after);
            // (Its term, 第五届, or its session, 第七次.)
            term_of_office(after) == after.len() || is_session(after)
        })
    })
}

/// Where the clause ending at byte `end` of `text` opens: after the last mark that ends a
/// clause (。；，) between `floor` and `end`, else at `floor`.
fn clause_opening(text: &str, floor: usize, end: usize) -> usize {
    if end <= floor {
        return floor;
    }
    text[floor..end].rfind(['。', ';', '；', ',', '，']).map_or(floor, |k| {
        floor + k + text[floor + k..].chars().next().map_or(0, char::len_utf8)
    })
}

/// The post written first, its holders after 由 (办公室主任由甲同志兼任, 组长由甲、乙担任):
/// the post, 由, the names (each perhaps with a form of address), a verb, the clause's end.
fn post_first(s: &Sentence<'_>, m: &Mentions<'_>, out: &mut Vec<TripleMention>) {
    for (r, role) in m.roles.iter().enumerate() {
        let Some(first) = holders_after(s, m, role.range.end) else {
            continue;
        };
        // The names joined to the first (甲、乙), then the verb.
        let mut last = first;
        while last + 1 < m.persons.len() && joined_to_previous(s, m, last + 1) {
            last += 1;
        }
        let after = &s.text[m.persons[last].end..];
        let after = after_honorific(after);
        let Some(verb) = VERBS.iter().find(|v| after.starts_with(**v)) else {
            continue;
        };
        if !ends_clause(&after[verb.len()..]) {
            continue;
        }
        let end = s.text.len() - after.len() + verb.len();
        // The posts listed before it with 、 go to the same holders (执行董事、总经理由甲兼任),
        // each in its own body, else placed as a chain's are (总经理 of the company before
        // 执行董事).
        let own = |post: usize| m.orgs.iter().position(|o| o.range.end == m.roles[post].range.start);
        let opening =
            |post: usize, own: Option<usize>| own.map_or(m.roles[post].range.start, |o| m.orgs[o].range.start);
        let mut posts = vec![(r, own(r), false)];
        while let Some(&(last, last_own, _)) = posts.last()
            && let Some(before) = last.checked_sub(1)
            && s.text.get(m.roles[before].range.end..opening(last, last_own)) == Some("、")
        {
            posts.push((before, own(before), false));
        }
        posts.reverse();
        // (The evidence of each is the whole list, from the first post or its body.)
        let start = opening(posts[0].0, posts[0].1);
        for (&(post, ..), org) in posts.iter().zip(chain_orgs(s.text, m, &posts, None)) {
            appoint_each(out, first..=last, post, org, start..end);
        }
    }
}

/// Holders listed after their post and 的是, as a session's report gives its results
/// (当选为市人大常委会副主任的是（按姓氏笔画排序）：甲、乙): an appointment verb before the post
/// (and its body), perhaps a note on the order, the names after the colon.
fn listed_after_post(s: &Sentence<'_>, m: &Mentions<'_>, out: &mut Vec<TripleMention>) {
    for (r, role) in m.roles.iter().enumerate() {
        let Some(rest) = s.text[role.range.end..].strip_prefix("的是") else {
            continue;
        };
        let rest = after_note(rest).unwrap_or(rest);
        let rest = rest.strip_prefix(':').unwrap_or(rest);
        let from = s.text.len() - rest.len();
        let Some(first) = m.persons.iter().position(|p| p.start == from) else {
            continue;
        };
        let org = m.orgs.iter().position(|o| o.range.end == role.range.start);
        let start = org.map_or(role.range.start, |o| m.orgs[o].range.start);
        let Some(verb) = verb_ending(&s.text[..start]) else {
            continue;
        };
        let mut last = first;
        while last + 1 < m.persons.len() && joined_to_previous(s, m, last + 1) {
            last += 1;
        }
        appoint_each(out, first..=last, r, org, start - verb.len()..m.persons[last].end);
    }
}

/// Gives the post `role` (of `org`) to each of the `holders`, unless already theirs.
fn appoint_each(
    out: &mut Vec<TripleMention>,
    holders: std::ops::RangeInclusive<usize>,
    role: usize,
    org: Option<usize>,
    evidence: Range<usize>,
) {
    for person in holders {
        if !out.iter().any(|t| t.person == person && t.role == role) {
            out.push(TripleMention {
                person,
                role,
                org,
                rule: Rule::Appointment,
                evidence: evidence.clone(),
            });
        }
    }
}

/// The first of the holders named after a post and 由 (组长由甲…), perhaps after an adverb
/// (则由, 将由) and with a short description or the holder's own post before the name
/// (由本土名宿甲担任, 由区委副书记甲兼任): the person's index.
fn holders_after(s: &Sentence<'_>, m: &Mentions<'_>, post_end: usize) -> Option<usize> {
    let after = &s.text[post_end..];
    let after = ["则", "将", "仍", "均", "拟"]
        .iter()
        .find_map(|a| after.strip_prefix(a))
        .unwrap_or(after);
    let from = s.text.len() - after.strip_prefix('由')?.len();
    m.persons.iter().position(|p| {
        p.start >= from && {
            let between = &s.text[from..p.start];
            (between.chars().count() <= MAX_HOLDER_DESCRIPTION && between.chars().all(crate::recognize::is_han))
                // Or a post in a body of any length (由省人民医院心血管内科主任医师甲担任).
                || named_from(s.text, m, p.start).contains(&from)
        }
    })
}

/// Longest description of a holder between 由 and the name (本土名宿, 区委副书记), in
/// characters.
const MAX_HOLDER_DESCRIPTION: usize = 12;

/// Words before a person who held the post before the holder (甲接替乙担任…).
const PREDECESSOR_MARKS: &[&str] = &["接替", "替代", "代替", "取代"];

/// Does `between` (from the end of the previous appointment to the verb) only go on to
/// the next clause of the same subject: a comma and at most an adverb (，现|任, ，后|调任,
/// ，同时|兼任)?
fn continues_subject(between: &str) -> bool {
    between
        .strip_prefix([',', '，', ';', '；'])
        .is_some_and(|rest| rest.chars().count() <= 3 && rest.chars().all(is_han))
}

/// The organisation of each post of a chain: its own, else for the first `org` (the
/// sentence's), else where [`super::held_where_before`] places it, as for the chain of
/// titles before a name (任市委副书记、市长: 市长 is not of the 市委).
fn chain_orgs(
    text: &str,
    m: &Mentions<'_>,
    roles: &[(usize, Option<usize>, bool)],
    org: Option<usize>,
) -> Vec<Option<usize>> {
    let mut posts: Vec<Post> = Vec::with_capacity(roles.len());
    for (i, &(role, own, concurrent)) in roles.iter().enumerate() {
        let first = if i == 0 { org } else { None };
        let mut post = Post {
            role,
            orgs: own.or(first).into_iter().collect(),
            concurrent,
        };
        if let Some(before) = posts.last() {
            held_where_before(text, m, before, &mut post, true);
            // (Not a unit's head after a post in a unit of another kind: 曾任数学系主任、校长 —
            // 校长 is the university's, not the department's.)
            if own.is_none() {
                let title = &text[m.roles[role].core.clone()];
                post.orgs
                    .retain(|&o| !heads_other_unit(title, &text[m.orgs[o].range.clone()]));
            }
        }
        posts.push(post);
    }
    posts.iter().map(|p| p.orgs.first().copied()).collect()
}

/// Is `title` the head of a body (校长, 局长, 院长) and `name` a small unit of another kind
/// (数学系, 办公室, 人事科)? Its head is the body's, not the unit's (曾任数学系主任、校长) —
/// while a small unit's head after a post in a body is in the body (财政局科员、副科长).
fn heads_other_unit(title: &str, name: &str) -> bool {
    const BODIES: &str = "局厅院校行部";
    const SMALL_UNITS: &str = "系科股室";
    let unit = title.strip_suffix('长').and_then(|t| t.chars().next_back());
    let last = name.chars().next_back();
    matches!((unit, last), (Some(u), Some(l)) if BODIES.contains(u) && SMALL_UNITS.contains(l) && !name.contains(u))
}

/// Does `after` (what follows a post) close its clause: a mark, or nothing but blanks?
/// Does the clause end after the post ending at `end`, or after the posts chained to it by
/// 、 or 兼 (甲为…副检察长、检察委员会委员、检察员。)?
fn posts_close_clause(s: &Sentence<'_>, m: &Mentions<'_>, end: usize) -> bool {
    let mut end = end;
    loop {
        // (A note on the post may close it first: 校长（试用期一年）；.)
        if ends_clause(&s.text[end..]) || after_note(&s.text[end..]).is_some_and(ends_clause) {
            return true;
        }
        let Some(rest) = s.text[end..].strip_prefix(['、', '兼']) else {
            return false;
        };
        let from = s.text.len() - rest.len();
        // The next post, perhaps after its body (、检察委员会委员).
        let start = m
            .orgs
            .iter()
            .find(|o| o.range.start == from)
            .map_or(from, |o| o.range.end);
        match m.roles.iter().find(|r| r.range.start == start) {
            Some(r) => end = r.range.end,
            None => return false,
        }
    }
}

/// What follows a short note in brackets that `text` opens with ((试用期一年), (另有任用)).
fn after_note(text: &str) -> Option<&str> {
    let (note, rest) = text.strip_prefix('(')?.split_once(')')?;
    ((1..=MAX_NOTE).contains(&note.chars().count()) && !note.contains('(')).then_some(rest)
}

/// The longest note on a post in brackets, in characters.
const MAX_NOTE: usize = 8;

pub(crate) fn ends_clause(after: &str) -> bool {
    let after = after.trimmed_start();
    after.is_empty() || after.starts_with([';', '。', ',', '，', '；', '.'])
}

/// Is `before` the dates of a résumé's entry, all that stands before its post
/// (1995.07—2001.03, 2015年1月至今)?
/// `before` less a team's short name ending it right after a verb of holding a post (出任|一线队).
fn team_after_verb(before: &str) -> Option<&str> {
    // One to three ideographs before 队: 一线队, 预备队, 青年队.
    let team = before.strip_suffix('队')?;
    team.char_indices()
        .rev()
        .take(3)
        .take_while(|&(_, c)| is_han(c))
        .map(|(k, _)| &before[..k])
        .find(|rest| verb_ending(rest).is_some())
}

/// The text before a term of office that follows an appointment verb (当选|第二届, 当选|
/// 新一届), when `before` ends with one.
fn term_after_verb(before: &str) -> Option<&str> {
    let rest = ["新一届", "首届", "本届", "下一届", "下届"]
        .iter()
        .find_map(|t| before.strip_suffix(t))
        .or_else(|| {
            let k = before.rfind('第')?;
            (term_of_office(&before[k..]) == before.len() - k).then_some(&before[..k])
        })?;
    verb_ending(rest).is_some().then_some(rest)
}

/// Is `between`, the text from an organisation to a title, the blanks between columns of a
/// line, perhaps around a department's column (  技术研发部  )?
fn in_columns_before(between: &str) -> bool {
    let blank = |c: char| matches!(c, ' ' | '\u{3000}' | '\t');
    let middle = between.trim_matches(blank);
    between.starts_with(blank)
        && between.ends_with(blank)
        && (middle.is_empty()
            || (middle.chars().count() <= 8
                && middle.chars().all(is_han)
                && ["部", "处", "科", "室", "中心", "所", "厂", "车间"]
                    .iter()
                    .any(|d| middle.ends_with(d))))
}

/// Is `before` (what stands before a post at a sentence's start) the dates of a résumé's
/// entry (1995.07—2001.03): digits, blanks and the marks and words of dates only, with a digit?
fn is_entry_dates(before: &str) -> bool {
    // (Every character a date's first, which fails at once on the text of most clauses,
    // before the search for a digit, which read all of it; and the marks by a `matches`,
    // not a substring search for each character.)
    before.chars().all(|c| {
        c.is_ascii_digit()
            || c.is_whitespace()
            || matches!(
                c,
                '.' | '-' | '—' | '–' | '~' | '～' | '/' | '年' | '月' | '至' | '今' | '起'
            )
    }) && before.chars().any(|c| c.is_ascii_digit())
}

/// The first of the persons listed with 、 up to person `last` (甲、乙、丙 and 甲先生、乙女士: 甲).
fn listed_from(s: &Sentence<'_>, m: &Mentions<'_>, last: usize) -> usize {
    first_of_run(last, |k| {
        let between = &s.text[m.persons[k - 1].end..m.persons[k].start];
        // A form of address may follow each name (甲先生、乙女士), or a note on the person
        // or a post held (甲（女）、乙（青山银行行长）、丙).
        // (The last name may follow 和 or 及: 任命甲和乙为副局长.)
        let note_end = m.persons[k].start - '、'.len_utf8();
        let listed = between
            .strip_suffix(['、', '和', '及'])
            .map(|b| strip_note(m, b, note_end));
        listed.is_some_and(|b| b.is_empty() || HONORIFICS.contains(&b))
            // Or each with posts of its own before the name (选举…馆长甲、县图书馆馆长乙为…).
            || (between.starts_with('、') && joined_to_previous(s, m, k))
    })
}

/// Most characters of a note in brackets on a post the person holds (甲（青山农商银行行长）).
const MAX_POST_NOTE: usize = 20;

/// `text`, ending at byte `end` of the sentence, less a note in brackets it ends with after
/// a name: a note on the person ([`strip_personal_note`]: 甲（女）) or on a post the person
/// holds, read as a title the note ends with (选举甲（青山农商银行行长）、乙…为副主席).
fn strip_note<'a>(m: &Mentions<'_>, text: &'a str, end: usize) -> &'a str {
    let stripped = strip_personal_note(text);
    if stripped.len() < text.len() {
        return stripped;
    }
    let Some((open, note)) = text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|k| (k, &t[k + 1..])))
    else {
        return text;
    };
    let close = end - ')'.len_utf8();
    if note.chars().count() <= MAX_POST_NOTE && m.roles.iter().any(|r| r.range.end == close) {
        &text[..open]
    } else {
        text
    }
}

/// The first person of the run ending at `last` in which each person `k` is `joined` to
/// the one before it.
fn first_of_run(last: usize, joined: impl Fn(usize) -> bool) -> usize {
    let mut first = last;
    while first > 0 && joined(first) {
        first -= 1;
    }
    first
}

/// The first of the persons joined as one subject up to person `last`: listed with 、 or a
/// conjunction (甲、乙和丙), each perhaps with a form of address or a short note in
/// brackets (甲同志、乙（副县长）), or with posts of its own (主任甲、书记乙).
fn joined_from(s: &Sentence<'_>, m: &Mentions<'_>, last: usize) -> usize {
    first_of_run(last, |k| joined_to_previous(s, m, k))
}

/// Is person `k` (not the first) joined to the one before it as one subject (see
/// [`joined_from`])?
fn joined_to_previous(s: &Sentence<'_>, m: &Mentions<'_>, k: usize) -> bool {
    let (end, next) = (m.persons[k - 1].end, m.persons[k].start);
    let between = &s.text[end..next];
    let between = after_honorific(between);
    let between = match between.strip_prefix('(').and_then(|b| b.split_once(')')) {
        Some((note, rest)) if note.chars().count() <= 20 => rest,
        _ => between,
    };
    let joint = ["、", "和", "与", "及", "以及", "同", ",", "，"]
        .into_iter()
        .find(|j| between.starts_with(j));
    // After a comma, only a name with posts of its own (由…主任甲，…副主任乙任组长).
    joint.is_some_and(|j| {
        let posts = next - (between.len() - j.len());
        // (Or an unread body's name, then posts: 、北辰区好味道快餐连锁店|总经理|乙 — a list of
        // holders writes each one's posts.)
        let covered = posts_cover(s, m, posts, next)
            || (j == "、"
                && m.roles.iter().any(|r| {
                    r.range.start > posts
                        && r.range.end <= next
                        && s.text[posts..r.range.start].chars().count() <= MAX_UNREAD_BODY
                        && s.text[posts..r.range.start].chars().all(is_han)
                        && posts_cover(s, m, r.range.start, next)
                }));
        covered && (posts < next || !j.ends_with(',') && j != "，")
    })
}

/// Most characters of a body's name no reader took, between a list's 、 and the posts of the
/// holder after it.
const MAX_UNREAD_BODY: usize = 14;

/// Where a bare head word ending at `at` starts, the body the text is about named by it
/// (聘任原|公司|副总经理甲为…, 原|俱乐部|青训总监), perhaps after its determiner (本公司); `at`
/// when none ends there.
fn bare_body_before(s: &Sentence<'_>, at: usize) -> usize {
    match s.hit_ending_at(at) {
        Some(h) if h.entry.is(tag::ORG_SUFFIX) && s.word_starting_at(h.start).is_some_and(|w| w.end == at) => {
            s.text[..h.start].strip_suffix(['本', '该']).map_or(h.start, str::len)
        }
        _ => at,
    }
}

/// Is `from..to` of `s` nothing, or titles and organisations written one after another
/// (党工委副书记、管委会常务副主任)?
fn posts_cover(s: &Sentence<'_>, m: &Mentions<'_>, mut from: usize, to: usize) -> bool {
    while from < to {
        if let Some(rest) = ["、", "兼"].into_iter().find_map(|j| s.text[from..to].strip_prefix(j)) {
            from = to - rest.len();
            continue;
        }
        let Some(end) = m
            .roles
            .iter()
            .map(|r| &r.range)
            .chain(m.orgs.iter().map(|o| &o.range))
            .filter(|r| r.start == from && r.end <= to)
            .map(|r| r.end)
            .max()
        else {
            return false;
        };
        from = end;
    }
    true
}

/// Where the holder named at byte `holder` may be named from: the name, the title right
/// before it, the title's body right before that (由|县委|书记|甲任指挥长), and so on back
/// over the holder's posts joined by 、 or 兼 (由|县应急管理局党组|书记、局长|甲任组长).
fn named_from(text: &str, m: &Mentions<'_>, holder: usize) -> Vec<usize> {
    let mut from = vec![holder];
    let mut at = holder;
    while let Some(title) = m.roles.iter().find(|r| r.range.end == at).map(|r| r.range.start) {
        from.push(title);
        at = title;
        if let Some(body) = m.orgs.iter().find(|o| o.range.end == at).map(|o| o.range.start) {
            from.push(body);
            at = body;
        }
        match text[..at].strip_suffix(['、', '兼']) {
            Some(before) => at = before.len(),
            None => break,
        }
    }
    from
}

/// Does a verb of setting up stand before the 由 clause of the holder at `first_holder`
/// (成立了由副市长甲任组长…的…): the body it sets up follows the clause.
fn sets_up_after(s: &Sentence<'_>, m: &Mentions<'_>, first_holder: usize) -> bool {
    named_from(s.text, m, first_holder)
        .into_iter()
        .any(|at| s.text[..at].strip_suffix('由').is_some_and(after_setting_up))
}

/// Does `title` head the unit `name` set up or listed before its holders: as it heads a body
/// ([`super::heads_body`]), or as a 主任 heads a committee, an office or a centre, not a
/// party organ or a discipline commission, which a 书记 heads (成立安全生产委员会和防汛抗旱
/// 指挥部，由县长甲任主任、总指挥)?
fn heads_unit(title: &str, name: &str) -> bool {
    super::heads_body(title, name)
        || (title.ends_with("主任")
            && ["委员会", "委会", "委", "办公室", "办", "中心"]
                .iter()
                .any(|u| name.ends_with(u))
            && !PARTY_ORGANS
                .iter()
                .chain(&["纪委", "纪工委"])
                .any(|p| name.ends_with(p)))
}

/// `text` less the text's own body named at its end by a determiner and a one-character
/// short name (本行, 该校) — or, with `unit`, before a unit of the body: 本公司 too, or the
/// determiner alone where the unit's name was read with the short name (本|公司董事会办公室),
/// or 公司 alone, as a company's announcement names itself (历任|公司|研发中心|副主任), perhaps
/// with the unit's relation to it (任|公司|全资子公司|青禾装备有限公司|总经理).
fn before_own_body(text: &str, unit: bool) -> Option<&str> {
    let determined = unit
        .then(|| text.strip_suffix("公司"))
        .flatten()
        .or_else(|| text.strip_suffix(|c: char| is_han(c)))
        .and_then(|r| r.strip_suffix(['本', '该']))
        .or_else(|| unit.then(|| text.strip_suffix(['本', '该'])).flatten());
    if determined.is_some() || !unit {
        return determined;
    }
    let text = SUBSIDIARIES.iter().find_map(|r| text.strip_suffix(r)).unwrap_or(text);
    text.strip_suffix("公司")
}

/// Verbs of speaking of an appointment rather than receiving it.
const SPEAKING: &[&str] = &["表示", "指出", "强调", "介绍", "宣布", "说", "称"];

/// A company's relation to one it owns, written between the two (公司|全资子公司|…).
const SUBSIDIARIES: &[&str] = &["全资子公司", "控股子公司", "子公司", "下属"];

/// Does `before` end with a verb of setting up a body, perhaps with its 了 (成立了|, 组建|)?
fn after_setting_up(before: &str) -> bool {
    let before = before.strip_suffix('了').unwrap_or(before);
    crate::recognize::org::SETTING_UP.iter().any(|v| before.ends_with(v))
}

/// The organisation a 由 clause describes after it: 成立由甲任组长，乙任副组长的
/// 领导小组 — the first organisation after the posts that follows 的, in the same
/// sentence, when the holders stand right after 由.
fn set_up_after(s: &Sentence<'_>, m: &Mentions<'_>, first_holder: usize, posts_end: usize) -> Option<usize> {
    if !named_from(s.text, m, first_holder)
        .into_iter()
        .any(|at| ends_with_one_of(&s.text[..at], &['由', '以']))
    {
        return None;
    }
    // The whole of what 的 describes: not a body that names it (…的爱沙尼亚议会|代表团).
    m.orgs.iter().position(|o| {
        o.range.start >= posts_end
            && s.text[..o.range.start].ends_with('的')
            && (!s.text[o.range.end..].starts_with(is_han) || s.dictionary_verb_at(o.range.end).is_some())
    })
}

/// The body the holder went to work in between his name and the verb (甲1955年分配至西南地质
/// 研究所工作，历任研究实习员、…研究员; 2014年加入青禾科技有限公司，任副总裁): its posts that
/// name no body are held there.
fn workplace_between(s: &Sentence<'_>, m: &Mentions<'_>, holder_end: usize, verb_end: usize) -> Option<usize> {
    m.orgs.iter().rposition(|o| {
        let before = s.text[..o.range.start].trim_end_matches('了');
        let after = &s.text[o.range.end..];
        o.range.start >= holder_end
            && o.range.end <= verb_end
            && ((after.starts_with("工作") && WORK_ENTRIES.iter().any(|w| before.ends_with(w)))
                // (Or 并 'and' right after: 组建…公司并任董事长.)
                || (after.starts_with([',', '，', '并'])
                    && JOINING_VERBS.iter().any(|w| before.ends_with(w))
                    && !is_party(&s.text[o.range.clone()]))
                // 调县教育局任副局长: the body one is transferred to, the post's verb right after.
                || (after.starts_with(['任', '担']) && TRANSFERS.iter().any(|w| before.ends_with(w))))
    })
}

/// Does title `core` head the government of a place (镇长, 县长, 市长)?
fn heads_place_government(core: &str) -> bool {
    matches!(
        core,
        "省长" | "市长" | "州长" | "县长" | "区长" | "镇长" | "乡长" | "旗长"
    )
}

/// Is `name` a political party's or the League's, which one joins as a member, not to work
/// in (加入中国共产党，现任…)?
fn is_party(name: &str) -> bool {
    name.ends_with('党') || name.ends_with("同盟") || name.ends_with("学社") || name.ends_with("共青团")
}

/// Words before the body someone goes to work in (分配至…工作, 调入…工作, 在…工作).
const WORK_ENTRIES: &[&str] = &["至", "到", "在", "进入", "调入", "留在"];

/// Verbs of a transfer to the body named after them (调县教育局任副局长, 调入市委任…).
const TRANSFERS: &[&str] = &["调", "调入", "调到", "调至", "调回", "到", "进入"];

/// Verbs by which someone joins or founds the body named after them, the posts of the next
/// clause being held there (加入…，任副总裁; 创立了…，任董事长; 组建…并任董事长).
const JOINING_VERBS: &[&str] = &[
    "加入",
    "加盟",
    "入职",
    "任职于",
    "就职于",
    "供职于",
    "创办",
    "创立",
    "创建",
    "组建",
    "筹建",
    "进入",
    "调入",
];

/// True when the organisation ending at `org_end` is part of a holder's own title
/// chain (党工委副书记陈良骏): only a comma or 由 separates a set-up organisation.
fn is_inside_posts(s: &Sentence<'_>, org_end: usize, first_holder: usize) -> bool {
    let between = &s.text[org_end..first_holder];
    !(between.contains('由') || between.contains(',') || between.contains('，'))
}

/// Verbs that remove the persons after them from the posts that follow (免去甲的…职务).
const REMOVING_VERBS: &[&str] = &["免去", "免除", "撤销"];

/// The longest time given before a resignation's reason (今年4月, 日前), in characters.
const MAX_TIME: usize = 6;

/// The longest reason given between a holder and 辞去 (因工作变动, 因个人原因), in characters.
const MAX_REASON: usize = 8;

/// Does sentence `text` head a list of removals on the lines after it (二、决定免去;
/// 免去：), each item a sentence of its own (甲的…职务；)?
pub(crate) fn heads_removals(text: &str) -> bool {
    let heading = trimmed_end(text).trim_end_matches([':', '：']);
    REMOVING_VERBS.iter().any(|v| heading.ends_with(v))
}

/// Verbs by which the persons before them leave the posts that follow (甲辞去…职务).
const RESIGNING_VERBS: &[&str] = &["辞去"];

/// Words of asking to resign, between the holder and 辞去 (甲先生申请辞去…职务).
const RESIGNATION_REQUESTS: &[&str] = &["申请", "请求", "提出", "主动"];

/// Removals and resignations (免去甲、乙的…职务, 免去丙同志青山市财政局局长职务, 丁辞去…职务,
/// 任命戊为…，免去其…职务):
/// every post between the persons and 职务, each with the organisation right before its
/// title, is one its holders leave — [`Rule::Removal`].
/// `goes_on`: the sentence before was a removal's list item that ended with ；, so this one
/// may be its next (免去：甲的…职务；|乙的…职务。).
fn removals(s: &Sentence<'_>, m: &Mentions<'_>, out: &mut Vec<TripleMention>, goes_on: bool) {
    let text = s.text;
    // From the word 职务, which every such clause ends with: most sentences have none (read
    // off the words, not by a search of the text: this runs for every sentence).
    let mut clause_start = 0;
    // A removal read in this sentence (or the one before): its verb goes on over the
    // clauses of its list (免去甲的…职务，乙的…职务).
    let mut removing_before = goes_on;
    let duties = s
        .words
        .iter()
        // (The bytes are compared: no slice of the text, for every word; the length first,
        // and then six bytes known at compile time, compared in place, not by a call.)
        .filter(|w| w.end - w.start == 6 && text.as_bytes().get(w.start..w.start + 6) == Some("职务".as_bytes()));
    for duty in duties.map(|w| w.start) {
        // The clause: after the last mark that ends one before 职务 (or the previous 职务).
        let previous = std::mem::replace(&mut clause_start, duty);
        let from = clause_opening(text, previous, duty);
        let clause = &text[from..duty];
        let removing = REMOVING_VERBS
            .iter()
            .find_map(|v| clause.find(v).map(|k| (from + k, v.len())));
        let resigning = RESIGNING_VERBS
            .iter()
            .find_map(|v| clause.find(v).map(|k| (from + k, v.len())));
        let (holders, posts_from): (Vec<usize>, usize) = if let Some((at, len)) = removing {
            // The persons right after the verb, listed with 、.
            let mut holders = Vec::new();
            let mut end = at + len;
            for (p, r) in m.persons.iter().enumerate() {
                if r.start < end {
                    continue;
                }
                let between = &text[end..r.start];
                // (The verb may close a heading: 免去：甲的…, or a heading's line: 二、免去|甲的….)
                let heading = holders.is_empty()
                    && (matches!(between, ":" | "：") || (between.contains('\n') && between.trimmed().is_empty()));
                if !(between.is_empty() || heading || (between == "、" && !holders.is_empty())) {
                    break;
                }
                holders.push(p);
                end = r.end;
            }
            // 其 'his, her' after the verb is the person named last before it (任命甲为…，
            // 免去其…职务).
            if holders.is_empty()
                && text[end..].starts_with('其')
                && let Some(p) = m.persons.iter().rposition(|r| r.end <= at)
            {
                holders.push(p);
                end += '其'.len_utf8();
            }
            (holders, end)
        } else if let Some((at, len)) = resigning {
            // The person right before the verb (甲辞去, 甲同志辞去), perhaps asking to
            // (甲先生申请辞去).
            let before = RESIGNATION_REQUESTS
                .iter()
                .find_map(|r| text[..at].strip_suffix(r))
                .unwrap_or(&text[..at]);
            let before = before_honorific(before);
            // (Perhaps with the reason between: 甲因工作变动辞去, 甲因到龄退休，辞去.)
            // (And a time before the reason: 甲今年4月因年龄原因辞去.)
            // (Or with a form of address before it and the request after its clause:
            // 甲先生因工作调整，申请辞去.)
            let reason = |between: &str| {
                let between = after_honorific(between);
                let between = RESIGNATION_REQUESTS
                    .iter()
                    .find_map(|r| between.strip_suffix(r))
                    .unwrap_or(between);
                let between = between.strip_suffix(['，', ',']).unwrap_or(between);
                let Some(k) = between.find('因') else { return false };
                let (when, why) = between.split_at(k);
                let time = when.is_empty()
                    || (when.chars().count() <= MAX_TIME
                        && ends_with_one_of(when, &['年', '月', '日', '前'])
                        && when.chars().all(|c| is_han(c) || c.is_ascii_digit()));
                time && why.chars().count() <= MAX_REASON && why.chars().all(is_han)
            };
            // (The reason may close a clause of its own: from the clause before.)
            let reach = text[..from]
                .strip_suffix(['，', ','])
                .map_or(from, |b| clause_opening(text, previous, b.len()));
            let holder = m.persons.iter().position(|r| {
                (r.start >= from && r.end == before.len())
                    || (r.start >= reach && r.end < at && reason(&text[r.end..at]))
            });
            (holder.into_iter().collect(), at + len)
        } else if removing_before
            && (ends_with_one_of(&text[..from], &[',', '，', ';', '；']) || text[..from].trimmed().is_empty())
            && let Some(p) = m.persons.iter().position(|r| r.start == from)
            // (With a form of address: 乙同志的…职务.)
            && after_honorific(&text[m.persons[p].end..]).starts_with('的')
        {
            // The next clause of the list names its person first (，乙的…职务).
            (vec![p], m.persons[p].end)
        } else {
            removing_before = false;
            continue;
        };
        removing_before |= removing.is_some();
        if holders.is_empty() {
            continue;
        }
        let mut before: Option<Post> = None;
        for (r, role) in m.roles.iter().enumerate() {
            if role.range.start < posts_from || role.range.end > duty {
                continue;
            }
            let org = m
                .orgs
                .iter()
                .position(|o| o.range.end == role.range.start && o.range.start >= posts_from);
            let mut post = Post {
                role: r,
                orgs: org.into_iter().collect(),
                concurrent: false,
            };
            // A post listed after another with no body of its own (局长、党组书记) is held
            // where the chain tells.
            if let Some(b) = &before
                && text[m.roles[b.role].range.end..role.range.start] == *"、"
            {
                held_where_before(text, m, b, &mut post, true);
            }
            let start = m.persons[holders[0]].start.min(role.range.start);
            for &person in &holders {
                out.push(TripleMention {
                    person,
                    role: r,
                    org: post.orgs.first().copied(),
                    rule: Rule::Removal,
                    evidence: start..duty + "职务".len(),
                });
            }
            before = Some(post);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search of the tail for 为 finds what a search of all the text before the title finds.
    #[test]
    fn what_is_appointed_for_is_read_from_the_tail_as_from_the_whole() {
        /// [`appointed_for`] as it read before: a search of all of `before`.
        fn whole(before: &str) -> Option<&str> {
            let at = before.rfind('为')?;
            let between = &before[at + '为'.len_utf8()..];
            (between.len() <= MAX_POST_PREFIX
                && between.chars().all(|c| c.is_alphanumeric())
                && !between.contains('为'))
            .then_some(&before[..at])
        }
        for before in [
            "任命甲为",
            "选举甲为公司第五届董事会",
            "选举甲为公司第五届董事会A",
            "选举甲为公司第五届董事会AB",
            "选举甲为公司第五届董事会ABC",
            "选举甲为公司第五届董事会董",
            "为",
            "",
            "甲",
            "为为为为为为为为为为",
            "a为bcdefghijklmnopqrstuvwx",
            "a为bcdefghijklmnopqrstuvwxy",
            "a为bcdefghijklmnopqrstuvw",
            "为é一二三四五六七",
            "为é一二三四五六七八",
            "为é一二三四五六七八九",
        ] {
            assert_eq!(appointed_for(before), whole(before), "{before}");
        }
    }

    #[test]
    fn every_verb_ends_in_a_verb_last_char() {
        for v in VERBS {
            assert!(v.ends_with(VERB_LAST_CHARS), "{v}");
        }
    }
}
