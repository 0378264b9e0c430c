//! Relations: who holds which post where, read from the order of the mentions
//! in a sentence and the few characters between them.
//!
//! A sentence is read as a sequence of items — persons, titles, organisations —
//! separated by gaps. A person takes the chain of posts written right before it:
//!
//! ```text
//! post  := [org (、 org)*] title          党工委、管委会 主任
//! posts := post ((、 | 兼) post)*          党工委副书记、管委会常务副主任
//! chain := posts [:] person               … 周建军, 摄影:池磊 (a credit)
//! ```
//!
//! A post after 兼 with no organisation of its own is held in the organisation of
//! the post before it (副组长兼办公室主任). With no title before it, a person may take
//! the title right after it (赵文博主任), with the organisation right before it
//! (三亚市教育局吴萍局长). Appointment clauses (由 … 任 组长) are read in [`appoint`];
//! the posts they give no holder go to a résumé's subject ([`resume`]).
//!
//! Notices list members one a line: a label, a name, and the name's own posts in a
//! column after blanks or in brackets (`组长：林海涛  区委副书记、区长`); the posts after the
//! name are read as the chain before it is. The pipeline carries a label's post to the
//! indented lines under it and gives the labels' posts the body the notice sets up
//! ([`body_set_up`]).

mod appoint;
mod full_name;
mod government;
mod party;
mod resume;
mod surname;

pub(crate) use appoint::{Unheld, heads_removals, verb_between};
pub(crate) use full_name::name_in_full;
pub(crate) use government::governments_named;
pub(crate) use party::{is_body_organ, posts_of_bodies as party_posts_of_bodies};
pub(crate) use resume::{
    bare_posts, chain_holder, dated_clause, form_goes_on, opens_form, opens_resume, opens_with_pronoun, profile_posts,
    pronoun_holds, resume_goes_on,
};
pub(crate) use surname::{EarlierNames, SurnameTitle, resolve as resolve_surname_titles};

use crate::charset::{Trimmed, trimmed_start};
use std::ops::Range;

use crate::recognize::org::{OrgMention, PARTY_ORGANS, SHORT_HEADS, elected_at, term_of_office};
use crate::recognize::role::{CALLINGS, MEMBER, OFFICES, RoleMention, heads_member_list};
use crate::recognize::{HONORIFICS, Sentence, after_honorific, coordinates, is_bare_unit, strip_personal_note};
use crate::{OrgKind, Rule};

/// What may follow a term of office between a body and its post: nothing (市文联第五届|主席)
/// or the term's committee (县政协第九届委员会|主席).
const TERM_COMMITTEES: &[&str] = &["", "委员会", "执行委员会", "常务委员会", "理事会", "执委会"];

/// Is `between`, the text between a body and a post, the body's term of office, perhaps
/// with its committee (市文联|第五届|主席, 县政协|第九届委员会|主席)?
fn term_between(between: &str) -> bool {
    let term = term_of_office(between);
    term > 0 && TERM_COMMITTEES.contains(&&between[term..])
}

/// A triple found in a sentence, by index into the sentence's mention lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TripleMention {
    pub(crate) person: usize,
    pub(crate) role: usize,
    pub(crate) org: Option<usize>,
    pub(crate) rule: Rule,
    /// Relative to the sentence.
    pub(crate) evidence: Range<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    Person(usize),
    Role(usize),
    Org(usize),
}

/// The buffer [`relate`] gathers a sentence's mentions in, kept from sentence to sentence:
/// a vector of its own was allocated and freed for every sentence with a mention.
#[derive(Debug, Default)]
pub(crate) struct Items(Vec<Item>);

/// The mentions of one sentence, ready to be related.
pub(crate) struct Mentions<'m> {
    pub(crate) persons: &'m [Range<usize>],
    pub(crate) orgs: &'m [OrgMention],
    pub(crate) roles: &'m [RoleMention],
}

impl Mentions<'_> {
    fn range(&self, item: Item) -> Range<usize> {
        match item {
            Item::Person(i) => self.persons[i].clone(),
            Item::Role(i) => self.roles[i].range.clone(),
            Item::Org(i) => self.orgs[i].range.clone(),
        }
    }
}

/// What stands between two items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// Nothing, or only spaces.
    Adjacent,
    /// 、 (or 和, 及 between organisations).
    Enumeration,
    /// 兼: one person, two posts.
    Concurrent,
    /// Anything else breaks the chain.
    Break,
}

/// Is `text` blanks only: spaces, ideographic spaces, or the tabs of a table pasted as text?
fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c == ' ' || c == '\u{3000}' || c == '\t')
}

fn gap(text: &str) -> Gap {
    let t = text.trim_matches(|c: char| c == ' ' || c == '\u{3000}' || c == '\t');
    // A short note in brackets (副县长（挂职）甲, 主任（正处级）乙) stands inside the post.
    let note = t
        .strip_prefix('(')
        .and_then(|n| n.strip_suffix(')'))
        .is_some_and(|n| (1..=6).contains(&n.chars().count()) && !n.contains(['(', ')']));
    if note {
        return Gap::Adjacent;
    }
    // A personal note after a listed name (甲（女）、乙) stands inside the list, and so do a
    // form of address (甲先生、乙女士) and a short note after it (甲女士（会计专业人士）、乙).
    if let Some(rest) = t.strip_suffix('、') {
        let rest = HONORIFICS
            .iter()
            .find_map(|h| rest.strip_prefix(h))
            .map_or(Some(rest), |note| (note.is_empty() || short_note(note)).then_some(""));
        if rest.is_some_and(|rest| rest.is_empty() || (rest.starts_with('(') && strip_personal_note(rest).is_empty())) {
            return Gap::Enumeration;
        }
    }
    // An alumnus's year before the name (副市长、1988届校友甲: an alumni meeting's) says who
    // the holder is, no post.
    if t.strip_prefix('、').is_some_and(is_class_of) {
        return Gap::Adjacent;
    }
    match t {
        "" => Gap::Adjacent,
        _ if coordinates(t) => Gap::Enumeration,
        "兼" | "兼任" => Gap::Concurrent,
        // A bare administrative unit names the next post's place (市委常委、市|纪委书记).
        _ if t.strip_prefix('、').is_some_and(is_bare_unit) => Gap::Enumeration,
        // So does a company's regional division (集团副总裁、华东区域总经理).
        _ if t.strip_prefix('、').is_some_and(is_regional_division) => Gap::Enumeration,
        // A native place before the next post says who the holder is, no post (董事长、南岭籍
        // 企业家甲).
        _ if t.strip_prefix('、').is_some_and(is_native_place) => Gap::Enumeration,
        // So does a word of renown (市文联主席、著名作家甲): what the holder is known as.
        _ if t.strip_prefix('、').is_some_and(|w| RENOWN.contains(&w)) => Gap::Enumeration,
        // The post held now after one held before (原…村党支部书记、现任|镇人大副主席甲).
        "、现任" | "、现" => Gap::Enumeration,
        _ => Gap::Break,
    }
}

/// The gap at a bracket of posts noted between a chain of posts and their holder (局长（县乡村
/// 振兴局局长）甲), where `between` (from item `a` to item `b`) is its opening or its close:
/// the posts inside list on from the post before it, and the holder follows the last.
fn noted_posts_bracket(text: &str, m: &Mentions<'_>, a: Item, b: Item, between: &str) -> Option<Gap> {
    match (a, b, between) {
        // Opened after a post, before a post or its body, and closed right before a name.
        (Item::Role(_), Item::Role(_) | Item::Org(_), "(") => {
            let inside = m.range(b).start;
            let close = note_close(text, inside)?;
            m.persons
                .iter()
                .any(|p| p.start == close + ')'.len_utf8())
                .then_some(Gap::Enumeration)
        }
        // Closed after a post, right before the name, opened right after a post.
        (Item::Role(_), Item::Person(_), ")") => {
            let before = &text[..m.range(a).start];
            let open = before
                .char_indices()
                .rev()
                .take(MAX_NOTE)
                .find(|&(_, c)| c == '(' || c == ')')?;
            (open.1 == '(' && m.roles.iter().any(|r| r.range.end == open.0)).then_some(Gap::Adjacent)
        }
        _ => None,
    }
}

/// Words of renown before a title (著名作家): what its holder is known as.
const RENOWN: [&str; 2] = ["著名", "知名"];

/// Is `text` a native place: two to five Han characters and 籍 (南岭籍, 浙江籍)?
fn is_native_place(text: &str) -> bool {
    text.strip_suffix('籍')
        .is_some_and(|place| (2..=5).contains(&place.chars().count()) && place.chars().all(crate::recognize::is_han))
}

/// Is `text` a short note in brackets, all of it (（会计专业人士）)?
fn short_note(text: &str) -> bool {
    text.strip_prefix('(')
        .and_then(|n| n.strip_suffix(')'))
        .is_some_and(|n| (1..=MAX_NOTE).contains(&n.chars().count()) && !n.contains(['(', ')', '\n']))
}

/// Is `text` an alumnus's class: a year, 届 or 级, and 校友 or 毕业生 (1988届校友, 2003级校友)?
fn is_class_of(text: &str) -> bool {
    ["届校友", "级校友", "届毕业生"]
        .iter()
        .find_map(|k| text.strip_suffix(k))
        .is_some_and(|year| (2..=4).contains(&year.len()) && year.bytes().all(|b| b.is_ascii_digit()))
}

/// Is `text` a company's regional division (华东区, 亚太区, 大中华区, 西南区域): directions and
/// world regions, then 区, 大区 or 区域?
fn is_regional_division(text: &str) -> bool {
    ["区域", "大区", "区"]
        .iter()
        .find_map(|s| text.strip_suffix(s))
        .is_some_and(|r| {
            (2..=3).contains(&r.chars().count()) && r.chars().all(|c| "东南西北中华亚太欧美非洲大国".contains(c))
        })
}

/// Relates the mentions of sentence `s`, appending triples to `out`.
/// `unheld` receives the posts appointment verbs give no one in the sentence.
/// `removal`: whether the sentence before ended a removal's list item with ； (so that this
/// one may go on with it), and whether this one holds 职 (of 职务, which every removal's
/// clause ends with), as the person scan saw (see [`appoint`]'s removals). `items`: the
/// buffer the mentions are gathered in.
pub(crate) fn relate(
    s: &Sentence<'_>,
    m: &Mentions<'_>,
    out: &mut Vec<TripleMention>,
    unheld: &mut Vec<Unheld>,
    removal: (bool, bool),
    Items(items): &mut Items,
) {
    // Every triple and every post a verb gives is a title's: a sentence with none (most
    // sentences) relates nothing, and is spared the list of its mentions and the passes
    // over it.
    if m.roles.is_empty() {
        return;
    }
    items.clear();
    // A bare surname (江主席) is a person mention but holds no post of its own: its title
    // links to an earlier full name (surname::resolve), or stays a title.
    items.extend(
        (0..m.persons.len())
            .filter(|&p| !surname::is_bare_surname(s.text, &m.persons[p]))
            .map(Item::Person),
    );
    // A title's short form in brackets after it (首席技术官（CTO）甲) restates the post: the
    // bracket is a note inside it, as 副县长（挂职）is.
    let restated = |r: usize| {
        let t = &m.roles[r].range;
        s.text[t.end..].starts_with(')')
            && s.text[..t.start]
                .strip_suffix('(')
                .is_some_and(|b| m.roles.iter().any(|o| o.range.end == b.len()))
    };
    items.extend((0..m.roles.len()).filter(|&r| !restated(r)).map(Item::Role));
    items.extend((0..m.orgs.len()).filter(|&o| !m.orgs[o].in_title).map(Item::Org));
    items.sort_by_key(|&it| (m.range(it).start, std::cmp::Reverse(m.range(it).end)));
    // Drop items nested in an earlier one (a title inside an organisation name).
    // (In place, by the end of the last item kept: no second vector to allocate and free
    // for every sentence.)
    let mut kept_end = None;
    items.retain(|&it| {
        let range = m.range(it);
        let keep = kept_end.is_none_or(|end| end <= range.start);
        if keep {
            kept_end = Some(range.end);
        }
        keep
    });
    let items: &[Item] = items;
    let gap_between = |a: Item, b: Item| {
        let between = &s.text[m.range(a).end.min(m.range(b).start)..m.range(b).start];
        // A credit: a title, a colon, the name (摄影:池磊, 作者:金庸) — or a byline's slash
        // (摄影/覃梓轩, 文/甲).
        if let (Item::Role(r), Item::Person(_)) = (a, b)
            && (between.trimmed() == ":" || (between.trimmed() == "/" && m.roles[r].byline))
        {
            return Gap::Adjacent;
        }
        // A space after a post an election or an appointment gives (甲当选董事长 乙出任行长, a
        // headline's clauses) ends its clause: the next name is the next clause's holder.
        if let (Item::Role(r), Item::Person(_)) = (a, b)
            && !between.is_empty()
            && between.trim_matches([' ', '\u{3000}']).is_empty()
            && appoint::taken_by_verb(s.text, m, m.roles[r].range.start)
        {
            return Gap::Break;
        }
        // Posts noted in brackets between a chain of posts and its holder (局长（县乡村振兴局
        // 局长）甲) are the holder's too: the bracket opens after a post and closes right
        // before a name.
        if let Some(bracket) = noted_posts_bracket(s.text, m, a, b, between) {
            return bracket;
        }
        // A term of office between a body and its post (青山市作家协会第六届主席) is the post's,
        // and so is the term's committee (县青联第五届委员会主席, 市妇联第十三届执行委员会主席):
        // the body is the same from term to term.
        if matches!((a, b), (Item::Org(_), Item::Role(_))) && term_between(between) {
            return Gap::Adjacent;
        }
        // A paper named in its title marks before its staff (《青山日报》记者).
        if matches!((a, b), (Item::Org(_), Item::Role(_)))
            && between == "》"
            && s.text[..m.range(a).start].ends_with('《')
        {
            return Gap::Adjacent;
        }
        gap(between)
    };

    let line_end = chain_ending_line(s.text, m, items, &gap_between);
    // The posts of the last person read, for the names listed after it
    // (记者甲、乙、丙: all three are 记者).
    let mut listed: Option<(usize, Vec<Post>)> = None;
    // The last person who holds posts, and where: the next person's posts may follow on.
    let mut holder: Option<(usize, Vec<Post>)> = None;
    for (k, &item) in items.iter().enumerate() {
        let Item::Person(p) = item else {
            // (A post in a note on the last name listed leaves the list open: 甲（组长）、乙.)
            if !listed
                .as_ref()
                .is_some_and(|&(prev, _)| in_note_after(s.text, m.range(items[prev]).end, m.range(item).start))
            {
                listed = None;
            }
            continue;
        };
        let (mut posts, first) = posts_before(s.text, m, items, k, &gap_between);
        // A list's layout (林海涛  区委副书记、区长 | 组长：林海涛（区长）): posts after the
        // name, in a column to the end of the line or in brackets, are the name's.
        if let Some(mut after) = posts_after(s.text, m, items, k, line_end.as_ref(), &gap_between) {
            // A post noted on a member of a body's list is held in the body (评审委员会成员：
            // 甲（主任委员）、乙（副主任委员）).
            let label = listed
                .as_ref()
                .filter(|(prev, _)| noted_and_listed(s.text, m, items, *prev, k));
            let member_of = posts
                .iter()
                .chain(label.iter().flat_map(|(_, posts)| posts))
                .find(|post| s.text[m.roles[post.role].range.clone()] == *MEMBER)
                .and_then(|post| post.orgs.first().copied())
                .or_else(|| line_label_body(s.text, m, m.persons[p].start));
            let after_name = after_honorific(&s.text[m.persons[p].end..]);
            if let Some(body) = member_of.filter(|_| after_name.starts_with('(')) {
                after
                    .iter_mut()
                    .filter(|a| a.orgs.is_empty())
                    .for_each(|a| a.orgs.push(body));
            }
            emit_posts(m, p, &after, Some(Rule::PersonRole), out);
        }
        // The first post may be held where the previous person's last one is (大学党委
        // 书记甲、校长乙: 乙 is 校长 of the university).
        if let Some((prev, prev_posts)) = &holder
            && let (Some(before), Some(post)) = (prev_posts.last(), posts.first_mut())
            && first == prev + 1
        {
            if gap_between(items[*prev], items[first]) == Gap::Enumeration {
                held_where_before(s.text, m, before, post, false);
            } else if s.text[m.range(items[*prev]).end..m.range(items[first]).start] == *"," {
                held_past_comma(s.text, m, prev_posts, post);
            } else if s.text[..m.range(items[first]).start].ends_with(',') && is_deputy_of(s.text, m, prev_posts, post)
            {
                // A clause later (局长甲主持会议，副局长乙出席): the deputy of the post is
                // its body's.
                held_past_comma(s.text, m, prev_posts, post);
            }
            // The posts chained to the first are placed again now that it has a body
            // (，副总经理兼总工程师乙: both the company's).
            if !posts[0].orgs.is_empty() {
                for i in 1..posts.len() {
                    let (before, rest) = posts.split_at_mut(i);
                    held_where_before(s.text, m, &before[i - 1], &mut rest[0], true);
                }
            }
        }
        if !posts.is_empty() {
            emit_posts(m, p, &posts, None, out);
            // A post in apposition after the name too (委托诉讼代理人：甲，青山律师事务所律师。).
            out.extend(apposition(s.text, m, items, k));
            // And a rank right after it (云岭大学副校长甲教授), held in the body of the post
            // before the name.
            if let Some(&Item::Role(r)) = items.get(k + 1)
                && m.roles[r].range.start == m.persons[p].end
                && PROFESSIONAL_RANKS.contains(&&s.text[m.roles[r].range.clone()])
            {
                // (Not a party organ: 大学党委书记甲教授 is no professor of the committee.)
                let org = posts
                    .iter()
                    .rev()
                    .filter_map(|post| post.orgs.first().copied())
                    .find(|&o| {
                        let name = &s.text[m.orgs[o].range.clone()];
                        !crate::recognize::org::PARTY_ORGANS.iter().any(|p| name.ends_with(p))
                    });
                out.push(TripleMention {
                    person: p,
                    role: r,
                    org,
                    rule: Rule::PersonRole,
                    evidence: m.persons[p].start..m.roles[r].range.end,
                });
            }
            holder = Some((k, posts.clone()));
            listed = Some((k, posts));
            continue;
        }
        // A name listed after a name that holds posts, with no title of its own
        // after it, holds the same posts.
        if let Some((prev, posts)) = listed.take()
            && let noted = noted_and_listed(s.text, m, items, prev, k)
            && (prev + 1 == k || noted)
            && ((noted || gap_between(items[prev], item) == Gap::Enumeration
                // (与 joins a holder of posts to another person: 首席执行官甲与乙签约 names
                // two sides — 、 and 和 list holders of one post, 选手甲和乙; a byline any.)
                && (&s.text[m.range(items[prev]).end..m.range(item).start] != "与"
                    || posts.iter().all(|p| m.roles[p.role].byline)))
                // A byline lists its names with spaces too (通讯员 甲 乙), or with nothing
                // between them at all (（记者韩建国李晓梅）).
                // So does a form's label (理　事：甲　乙　丙).
                || (posts
                    .iter()
                    .all(|p| m.roles[p.role].byline || s.text[m.roles[p.role].range.end..].starts_with(':'))
                    && is_blank(&s.text[m.range(items[prev]).end..m.range(item).start])))
            && !matches!(items.get(k + 1), Some(&Item::Role(r)) if gap_between(item, Item::Role(r)) == Gap::Adjacent)
        {
            emit_posts(m, p, &posts, None, out);
            // (The last of the list holds them as the first does, for the name after it:
            // 副主席甲、乙，秘书长丙.)
            holder = Some((k, posts.clone()));
            listed = Some((k, posts));
            continue;
        }
        // 赵文博主任, 三亚市教育局吴萍局长 — not a title its holder follows (阿尔西亚/nr|
        // 总统|甲: the name before it is the state's).
        if let Some(&Item::Role(r)) = items.get(k + 1)
            && gap_between(item, Item::Role(r)) == Gap::Adjacent
            && m.roles[r].range.start == m.persons[p].end
            && !items
                .get(k + 2)
                .is_some_and(|&next| matches!(next, Item::Person(q) if m.persons[q].start == m.roles[r].range.end))
        {
            let org = match k.checked_sub(1).map(|j| items[j]) {
                Some(Item::Org(o)) if gap_between(Item::Org(o), item) == Gap::Adjacent => Some(o),
                _ => None,
            };
            let start = org.map_or(m.persons[p].start, |o| m.orgs[o].range.start);
            out.push(TripleMention {
                person: p,
                role: r,
                org,
                rule: Rule::PersonRole,
                evidence: start..m.roles[r].range.end,
            });
            // A film's credits list their people before the credit (甲、乙主演): each holds it.
            if org.is_none() && LISTED_CREDITS.contains(&&s.text[m.roles[r].range.clone()]) {
                let mut j = k;
                while let Some(i) = j.checked_sub(1)
                    && let Item::Person(q) = items[i]
                    && gap_between(items[i], items[j]) == Gap::Enumeration
                {
                    out.push(TripleMention {
                        person: q,
                        role: r,
                        org: None,
                        rule: Rule::PersonRole,
                        evidence: m.persons[q].start..m.roles[r].range.end,
                    });
                    j = i;
                }
            }
        } else {
            out.extend(apposition(s.text, m, items, k));
        }
    }
    listed_under_label(s, m, out);
    // A body labelling the line holds the posts listed after its colon that name none
    // (1、审计委员会：主任委员甲，委员乙、丙).
    for t in out.iter_mut().filter(|t| t.org.is_none()) {
        if let Some(o) = line_label_body(s.text, m, m.roles[t.role].range.start) {
            t.org = Some(o);
            t.evidence.start = t.evidence.start.min(m.orgs[o].range.start);
        }
    }
    dateline_agency(s.text, m, out);
    credits_after_paper(s.text, m, out);
    appoint::relate(s, m, out, unheld, removal);
    same_post_same_body(s.text, m, out);
    // A candidate for a post (提名甲为副市长候选人, 乙为董事候选人) holds none yet.
    out.retain(|t| {
        let after = &s.text[m.roles[t.role].range.end..];
        !CANDIDATE_WORDS.iter().any(|w| after.starts_with(w))
    });
}

/// A post a clause gives or takes with no body of its own (不再担任副主席) is the same
/// holder's post of that title the sentence named with its body (县总工会原副主席甲…).
fn same_post_same_body(text: &str, m: &Mentions<'_>, out: &mut [TripleMention]) {
    for i in 0..out.len() {
        let t = &out[i];
        if t.org.is_some() || !matches!(t.rule, Rule::Removal | Rule::Appointment) {
            continue;
        }
        let title = &text[m.roles[t.role].core.clone()];
        let body = out
            .iter()
            .find(|u| u.person == t.person && u.org.is_some() && text[m.roles[u.role].core.clone()] == *title)
            .and_then(|u| u.org);
        out[i].org = body;
    }
}

/// Words after a title that make its holder a candidate for it, not its holder — or the
/// title a list's (宣布了新当选院士|名单).
const CANDIDATE_WORDS: &[&str] = &["候选人", "人选", "提名人", "名单"];

/// Bodies whose members an election gives (委员会, 理事会 …), by their head words.
const ELECTED_BODIES: &[&str] = &["委员会", "理事会", "监事会", "董事会", "常务委员会"];

/// The body sentence `s` says an election gave its members (选举产生第三届青年工作委员会,
/// 选举产生了新一届理事会), if any: the posts the next clauses give by 当选为 with no body
/// of their own are its (甲当选为主任委员). Named or not: the election names it.
pub(crate) fn body_elected(s: &Sentence<'_>, m: &Mentions<'_>) -> Option<usize> {
    m.orgs.iter().position(|o| {
        let name = &s.text[o.range.clone()];
        ELECTED_BODIES.iter().any(|b| name.ends_with(b)) && elected_at(s.text, o.range.start)
    })
}

/// The working group or committee sentence `s` sets up, if any: a named one after a verb of
/// setting up. The list of its members that follows gives its posts under labels (组长：甲).
pub(crate) fn body_set_up(s: &Sentence<'_>, m: &Mentions<'_>) -> Option<usize> {
    // The bodies first: most sentences name none, and then the text is not searched.
    let set_up = m.orgs.iter().position(|o| {
        let name = &s.text[o.range.clone()];
        (o.kind == OrgKind::Group || name.ends_with("委员会"))
            && o.named
            && !o.bare
            && (crate::recognize::org::SETTING_UP
                .iter()
                .any(|v| s.text[..o.range.start].contains(v))
                // (Or its members changed after it: 对…指挥部组成人员进行调整.)
                || s.text[o.range.end..]
                    .strip_prefix("组成人员")
                    .is_some_and(|rest| rest.contains("调整")))
    });
    // Or the body a list's heading names (中国女子篮球队新一届教练组名单如下：| 领队：甲).
    let heading = || {
        let t = s.text.trimmed_end();
        LIST_HEADINGS.iter().any(|h| t.ends_with(h))
    };
    // Or a numbered heading that is a body's name alone (一、村党支部委员会 | 书记：甲): the
    // labels under it are its posts, as a notice's sections list a village's committees. A
    // group's, a committee's or a party organ's name alone heads its list unnumbered too
    // (学校安全工作领导小组 | 组长：甲; 县林业局党组 | 组长：乙).
    let section = || {
        let lead = s.text.len() - trimmed_start(s.text).len();
        let number = crate::normalize::item_number_len(&s.text[lead..]);
        // (The body's whole name, its parent read inside it: 县林业局|党组.)
        let end = s.text.trimmed_end().len();
        let k = m
            .orgs
            .iter()
            .position(|o| o.range.start == lead + number && o.range.end == end)?;
        let o = &m.orgs[k];
        let name = &s.text[o.range.clone()];
        let listing = number > 0
            || o.kind == OrgKind::Group
            || name.ends_with("委员会")
            || crate::recognize::org::BODY_ORGANS.iter().any(|b| name.ends_with(b));
        let alone = m
            .orgs
            .iter()
            .all(|n| o.range.start <= n.range.start && n.range.end <= end);
        (listing && alone).then_some(k)
    };
    // (A body of no name of its own too, when the heading says its members follow it:
    // 学术委员会组成如下.)
    let members_follow = |o: &OrgMention| {
        ["组成", "成员", "名单"]
            .iter()
            .any(|h| s.text[o.range.end..].starts_with(h))
    };
    set_up
        .or_else(|| {
            m.orgs
                .first()
                .filter(|o| (o.named || members_follow(o)) && !o.bare)
                .and_then(|_| heading().then_some(0))
        })
        .or_else(section)
}

/// How a list's heading ends (…名单如下：, …组成人员名单：, …组成人员如下：).
const LIST_HEADINGS: &[&str] = &["名单如下:", "名单:", "组成如下:", "人员如下:", "成员如下:"];

/// Is triple `t` a post given under a list label opening the line (组长：甲, 主任：乙,
/// 审计委员会主任委员：丙)?
pub(crate) fn is_label(s: &Sentence<'_>, m: &Mentions<'_>, t: &TripleMention) -> bool {
    label_body(s, m, t.role).is_some() && label_colon(s, m, t.role, |_| {}).is_some()
}

/// Does the title `role` stand where a list label opens: at the line's start, perhaps after
/// the body the post is in (审计委员会主任委员：甲)? The body, if any (index into `m.orgs`).
fn label_body(s: &Sentence<'_>, m: &Mentions<'_>, role: usize) -> Option<Option<usize>> {
    let first = &m.roles[role];
    if s.text[..first.range.start].trimmed().is_empty() {
        return Some(None);
    }
    let lead = s.text.len() - trimmed_start(s.text).len();
    m.orgs
        .iter()
        .position(|o| o.range.start == lead && o.range.end == first.range.start)
        .map(Some)
}

/// Where the colon stands of the list label that the title `role` starts, calling `each`
/// with every post of the label (indices into `m.roles`), when `role` starts one.
fn label_colon(s: &Sentence<'_>, m: &Mentions<'_>, role: usize, mut each: impl FnMut(usize)) -> Option<usize> {
    // Posts joined by 兼 or 、 label the line together (副指挥长兼办公室主任：甲): each is
    // a label's post. (A label holds a few posts: the walk is short.)
    let mut end = m.roles[role].range.end;
    each(role);
    loop {
        let rest = &s.text[end..];
        if rest.starts_with(':') {
            return Some(end);
        }
        let mut next = rest.strip_prefix(['兼', '、']).map(|r| s.text.len() - r.len())?;
        // (The next post may name its body: 第一书记兼工作队队长：.)
        if let Some(o) = m.orgs.iter().find(|o| o.range.start == next) {
            next = o.range.end;
        }
        let r = m.roles.iter().position(|r| r.range.start == next)?;
        each(r);
        end = m.roles[r].range.end;
    }
}

/// A list label's posts are held by every name its line lists after the colon, up to the
/// next colon or the clause's end — by those named with posts of their own too (成员：县财政局
/// 局长甲、县水利局局长乙: each is a member, and each the head of a bureau), and after a first
/// name the person reader took for a word (成员：甘露、乙). A label may open the line, or
/// follow a blank, a ； or a comma (组长：甲　成员：乙、丙; 评审组长：甲，成员：乙、丙).
fn listed_under_label(s: &Sentence<'_>, m: &Mentions<'_>, out: &mut Vec<TripleMention>) {
    let text = s.text;
    // (A label ends with a colon: a sentence with none, most, has no label to look for.)
    if !text.contains(':') {
        return;
    }
    let mut posts = Vec::new();
    for first in 0..m.roles.len() {
        let start = m.roles[first].range.start;
        let body = if let Some(body) = label_body(s, m, first) {
            body
        } else if text[..start].ends_with(|c: char| c.is_whitespace() || c == ';' || c == ',') {
            None
        } else {
            continue;
        };
        // Each post of the label with its body: the one the label opens with, or the one
        // named right before a post chained to it (审计委员会主任委员：; 第一书记兼工作队队长：).
        posts.clear();
        let Some(colon) = label_colon(s, m, first, |r| {
            let org = if r == first {
                body
            } else {
                m.orgs
                    .iter()
                    .position(|o| o.range.end == m.roles[r].range.start && o.range.start > start)
            };
            posts.push((r, org));
        }) else {
            continue;
        };
        let after = colon + ':'.len_utf8();
        let stop = text[after..]
            .find([':', ';', '。', '\n'])
            .map_or(text.len(), |k| after + k);
        let Some(names) = list_entries(text, m, &text[m.roles[first].range.clone()], (after, stop)) else {
            continue;
        };
        for p in names {
            for &(r, org) in &posts {
                if out.iter().any(|t| t.person == p && t.role == r) {
                    continue;
                }
                out.push(TripleMention {
                    person: p,
                    role: r,
                    org,
                    rule: Rule::OrgRolePerson,
                    evidence: start..m.persons[p].end,
                });
            }
        }
    }
}

/// The persons (indices into `m.persons`) a label's list names from `from` to `to`, when that
/// text is a list's entries and nothing else: each entry a name, perhaps after its own posts
/// and bodies (县财政局局长甲), perhaps with a form of address and a note in brackets after
/// it (乙同志, 丙（女）); or two or three ideographs the readers left unread, listed by 、
/// (甘露、). One character may stand unread before an entry's body (局|财务科科长: the
/// bureau's, which the org reader left out). The entries are set apart by 、, a comma or
/// blanks. A label's colon may open a speech instead (主持人：请市长甲致辞, 记者：甲带队检查…):
/// no list. An entry opening after a comma or a blank with a post of the label's kind, or
/// with a post before other posts, is the next label, written without its colon (主任：甲，
/// 副主任乙; 主持人：甲，嘉宾市文旅局局长乙): the list ends before it — not one with a post of
/// its own (副组长：常务副县长甲，副县长乙).
/// (One walk, the mentions met in order: they are sorted by where they start.)
fn list_entries(text: &str, m: &Mentions<'_>, label: &str, (from, to): (usize, usize)) -> Option<Vec<usize>> {
    #[derive(Default)]
    struct Entry {
        unread: usize,
        mentions: usize,
        person: bool,
    }
    let mut names = Vec::new();
    let mut entry = Entry::default();
    let mut entries = 0;
    let mut separator = ':';
    let (mut pi, mut ri, mut oi) = (0, 0, 0);
    let mut at = from;
    // An entry ends: an unread name, a name or posts (…、县农业农村局负责人: a member the
    // list names by post alone), or nothing (two blanks).
    let ends = |e: &Entry, last: bool, separator: char| {
        e.mentions > 0 || e.unread == 0 || (2..=MAX_UNREAD_NAME).contains(&e.unread) && (separator == '、' || last)
    };
    while at < to {
        while pi < m.persons.len() && m.persons[pi].start < at {
            pi += 1;
        }
        while ri < m.roles.len() && m.roles[ri].range.start < at {
            ri += 1;
        }
        while oi < m.orgs.len() && m.orgs[oi].range.start < at {
            oi += 1;
        }
        let person = m.persons.get(pi).filter(|p| p.start == at && p.end <= to);
        let role = m.roles.get(ri).filter(|r| r.range.start == at && r.range.end <= to);
        let org = m.orgs.get(oi).filter(|o| o.range.start == at && o.range.end <= to);
        let rest = &text[at..to];
        if person.is_some() || role.is_some() || org.is_some() {
            // (Nothing after the name but its form of address and its note.)
            if entry.person || entry.mentions == 0 && entry.unread > usize::from(org.is_some()) {
                return None;
            }
            let next_label = role.filter(|r| {
                entry.mentions == 0
                    && entry.unread == 0
                    && org.is_none()
                    && (separator == ',' || separator.is_whitespace() && entries > 0)
                    && (labels_next(label, &text[r.range.clone()])
                        // (Or a label of any post, its names' own posts after it: 主持人：甲，嘉宾
                        // 市文旅局局长乙.)
                        || m.orgs[oi..].iter().any(|o| o.range.start == r.range.end)
                        || m.roles.get(ri + 1).is_some_and(|n| n.range.start == r.range.end))
            });
            if next_label.is_some() {
                return Some(names);
            }
            entry.mentions += 1;
            if let Some(p) = person {
                entry.person = true;
                names.push(pi);
                at = p.end;
                at += HONORIFICS
                    .iter()
                    .find(|h| text[at..to].starts_with(*h))
                    .map_or(0, |h| h.len());
            } else {
                at = role.map_or(at, |r| r.range.end).max(org.map_or(at, |o| o.range.end));
            }
        } else if let Some(note) = rest.strip_prefix('(') {
            at += 1 + note.find(')')? + 1;
        } else {
            let c = rest.chars().next()?;
            if c == '、' && entry.mentions > 0 && !entry.person {
                // (Posts chained before their holder: 县委常委、常务副县长甲.)
            } else if c == '、' || c == ',' || c.is_whitespace() {
                if !ends(&entry, false, c) {
                    return None;
                }
                if entry.mentions > 0 || entry.unread > 0 {
                    entries += 1;
                }
                entry = Entry::default();
                separator = c;
            } else if crate::recognize::is_han(c) && entry.mentions == 0 {
                entry.unread += 1;
            } else {
                return None;
            }
            at += c.len_utf8();
        }
    }
    ends(&entry, true, separator).then_some(names)
}

/// Does the title `next`, opening an entry of the list labelled `label`, label the names
/// after it in turn: a post of the label's kind (主任 → 副主任, 组长 → 副组长) or a member's?
fn labels_next(label: &str, next: &str) -> bool {
    let kind = label.char_indices().rev().nth(1).map_or(label, |(k, _)| &label[k..]);
    next.ends_with(kind) || COMMITTEE_MEMBERS.contains(&next)
}

/// The posts of a body's plain members and its secretaries, which label a list's last lines.
const COMMITTEE_MEMBERS: &[&str] = &["成员", "委员", "秘书长", "联络员", "召集人"];

/// Most characters of a list's entry the readers left unread, taken for a name.
const MAX_UNREAD_NAME: usize = 3;

/// The role (index into `m.roles`) of a list label standing alone on its line: the title,
/// perhaps a note in brackets on the order of the names (副理事长（按姓氏笔画排序）), a colon,
/// nothing after it.
pub(crate) fn label_alone(s: &Sentence<'_>, m: &Mentions<'_>) -> Option<usize> {
    let role = m.roles.first()?;
    if !s.text[..role.range.start].trimmed().is_empty() || m.roles.len() > 1 || !m.persons.is_empty() {
        return None;
    }
    let mut rest = &s.text[role.range.end..];
    if let Some(note) = rest.strip_prefix('(') {
        let close = note.find(')')?;
        rest = &note[close + 1..];
    }
    (rest.strip_prefix(':')?.trimmed().is_empty()).then_some(0)
}

/// The post 成员 and its body (indices into `m.roles` and `m.orgs`) of a heading line that
/// names the list of the body's members below it (三、评标委员会成员名单).
pub(crate) fn member_list_heading(s: &Sentence<'_>, m: &Mentions<'_>) -> Option<(usize, usize)> {
    let role = m
        .roles
        .iter()
        .position(|r| s.text[r.range.clone()] == *MEMBER && heads_member_list(&s.text[r.range.end..]))?;
    let org = m.orgs.iter().position(|o| o.range.end == m.roles[role].range.start)?;
    m.persons.is_empty().then_some((role, org))
}

/// 新华社北京12月1日电（记者甲）: a reporter credited in brackets after a news agency's
/// dateline writes for that agency, and so do the agency's other staff credited there
/// (临江日报讯（记者 甲 实习生 乙）) — not a correspondent (通讯员 丙), who writes for it from
/// a unit of their own.
fn dateline_agency(text: &str, m: &Mentions<'_>, out: &mut [TripleMention]) {
    // The agency opens the sentence: it is the first organisation.
    let opens = m
        .orgs
        .first()
        .is_some_and(|o| o.kind == OrgKind::Media && matches!(text[..o.range.start].trimmed(), "" | "据"));
    if !opens {
        return;
    }
    for t in out.iter_mut().filter(|t| {
        t.rule == Rule::Byline && t.org.is_none() && !is_correspondent(&text[m.roles[t.role].range.clone()])
    }) {
        let before = &text[..m.roles[t.role].range.start];
        // Every credit of the bracket (（记者 甲 通讯员 乙）): the bracket opened last before
        // the post, and not closed since.
        let Some(open) = before.rfind('(').filter(|&k| !before[k..].contains(')')) else {
            continue;
        };
        // (A blank may stand before the bracket: 电　（记者…）.)
        if text[..open].trimmed_end().ends_with(['电', '讯']) {
            t.org = Some(0);
            // The evidence reaches back to the agency.
            t.evidence.start = t.evidence.start.min(m.orgs[0].range.start);
        }
    }
}

/// （青山日报记者 甲 见习记者 乙）: the staff credited after a writer credited with their
/// paper, with nothing but names and blanks between, are that paper's too. Not a
/// correspondent (通讯员), who writes for the paper from a unit of their own, nor a
/// photographer credited by the slash (摄影/乙), who may be anyone's.
fn credits_after_paper(text: &str, m: &Mentions<'_>, out: &mut [TripleMention]) {
    for k in 0..out.len() {
        if out[k].rule != Rule::Byline || out[k].org.is_some() {
            continue;
        }
        let role = m.roles[out[k].role].range.clone();
        // (A title after an ideograph has an outlet of its own, read or not: 报|记者, 青山台|
        // 记者. A credit with a colon is a page's or a reprint's footer: 责任编辑：甲.)
        let title = &text[role.clone()];
        if !PAPER_STAFF.iter().any(|w| title.ends_with(w))
            || text[..role.start].ends_with(|c: char| crate::recognize::is_han(c))
            || text[role.end..].starts_with(':')
        {
            continue;
        }
        let paper = out[..k].iter().rev().find(|t| {
            t.rule == Rule::Byline
                && t.org.is_some_and(|o| m.orgs[o].kind == OrgKind::Media)
                && m.persons[t.person].end <= role.start
        });
        if let Some(paper) = paper
            && let Some(o) = paper.org
            && names_between(text, m, m.persons[paper.person].end, role.start)
        {
            out[k].org = Some(o);
            out[k].evidence.start = out[k].evidence.start.min(m.orgs[o].range.start);
        }
    }
}

/// Is the text from `from` to `to` only names, blanks and 、 (a byline's: 甲 乙、丙 )?
fn names_between(text: &str, m: &Mentions<'_>, from: usize, to: usize) -> bool {
    let mut at = from;
    while at < to {
        if let Some(p) = m.persons.iter().find(|p| p.start == at && p.end <= to) {
            at = p.end;
        } else {
            match text[at..to].chars().next() {
                Some(c) if c == '、' || c.is_whitespace() => at += c.len_utf8(),
                _ => return false,
            }
        }
    }
    true
}

/// Is `title` a correspondent's (通讯员, 特约通讯员), who writes for a paper from a unit of
/// their own and is none of its staff?
pub(crate) fn is_correspondent(title: &str) -> bool {
    title.ends_with("通讯员")
}

/// The ends of the titles of a paper's own staff in a byline (记者, 见习记者, 实习生).
const PAPER_STAFF: &[&str] = &["记者", "实习生", "编辑"];

/// The posts in apposition right after the person at `items[k]` between commas
/// (王明，青山大学教授，…; 甲，…局副局长、…局局长。): an organisation and a title, more listed
/// by 、 each with its organisation, and the closing mark or the line's end, with nothing else (in brackets,
/// see [`posts_after`]). The triples' evidence runs to the closing mark.
fn apposition(text: &str, m: &Mentions<'_>, items: &[Item], k: usize) -> Vec<TripleMention> {
    let Item::Person(p) = items[k] else { return Vec::new() };
    // (A profile addresses its subject: 甲先生，1968年出生，…)
    let named = &text[m.persons[p].end..];
    let after = text.len()
        - ["先生", "女士"]
            .iter()
            .find_map(|a| named.strip_prefix(a))
            .unwrap_or(named)
            .len();
    let Some(open) = text[after..].chars().next().filter(|&c| c == ',') else {
        return Vec::new();
    };
    let mut at = after + open.len_utf8();
    // The facts of a life may stand between (鲁承钧，男，52岁，鸿泰煤矿矿长: accident reports,
    // judgments and personnel notices describe their people so).
    let facts = life_facts_len(&text[at..]);
    at += facts;
    // After them, a profile lists its subject's posts clause by clause, bare titles too
    // (甲，男，主任医师，教授，心血管内科主任、学科带头人。: hospitals' and companies' pages).
    let profile = facts > 0;
    let mut next = k + 1;
    while items.get(next).is_some_and(|&it| m.range(it).start < at) {
        next += 1;
    }
    let org = match items.get(next) {
        Some(&Item::Org(o)) if m.orgs[o].range.start == at => {
            at = m.orgs[o].range.end;
            next += 1;
            Some(o)
        }
        _ => None,
    };
    let Some(&Item::Role(r)) = items.get(next) else {
        return Vec::new();
    };
    // Or a determiner and a head word name it (李明，该公司总经理。: the company named before).
    let determined = org.is_none()
        && ["该", "本"].iter().any(|d| {
            text[at..m.roles[r].range.start].strip_prefix(d).is_some_and(|head| {
                (1..=2).contains(&head.chars().count()) && head.chars().all(crate::recognize::is_han)
            })
        });
    if m.roles[r].range.start != at && !determined {
        return Vec::new();
    }
    let mut posts = vec![(r, org)];
    let mut end = m.roles[r].range.end;
    let mut k = next + 1;
    listed_posts(text, m, items, &mut posts, &mut end, &mut k);
    let mut close = text[end..].chars().next();
    while profile && close == Some(',') {
        let at = end + ','.len_utf8();
        let (o, r2) = match (items.get(k), items.get(k + 1)) {
            (Some(&Item::Org(o)), Some(&Item::Role(r2)))
                if m.orgs[o].range.start == at && m.orgs[o].range.end == m.roles[r2].range.start =>
            {
                (Some(o), r2)
            }
            (Some(&Item::Role(r2)), _) if m.roles[r2].range.start == at => (None, r2),
            _ => break,
        };
        let mut clause = vec![(r2, o)];
        let mut clause_end = m.roles[r2].range.end;
        let mut clause_k = k + if o.is_some() { 2 } else { 1 };
        listed_posts(text, m, items, &mut clause, &mut clause_end, &mut clause_k);
        // The clause holds posts and nothing else (甲，男，教授，从事…工作20年 ends at 教授).
        let clause_close = text[clause_end..].chars().next();
        if !matches!(clause_close, Some(',' | '。' | ';' | '\n') | None) {
            break;
        }
        posts.extend(clause);
        (end, k, close) = (clause_end, clause_k, clause_close);
    }
    // A bare title is too weak (张三，男，…; 王明，市长说): an organisation names the post,
    // or the form of a profile.
    let closed = (org.is_some() || determined || profile) && matches!(close, Some(',' | '。' | ';' | '\n') | None);
    if !closed {
        return Vec::new();
    }
    let evidence = m.persons[p].start..end + close.map_or(0, char::len_utf8);
    posts
        .into_iter()
        .map(|(role, org)| TripleMention {
            person: p,
            role,
            org,
            rule: Rule::PersonRole,
            evidence: evidence.clone(),
        })
        .collect()
}

/// Reads the posts listed by 、 after the post that ends at `end`, from `items[k]` on, each
/// with its body (甲，青山市教育局副局长、青山市财政局局长。), into `posts`: a bare title there
/// may be held in the body of the post before it (甲，鑫源公司董事长、法定代表人，), as in a
/// chain of posts before a name. Moves `end` and `k` past what it read.
fn listed_posts(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    posts: &mut Vec<(usize, Option<usize>)>,
    end: &mut usize,
    k: &mut usize,
) {
    loop {
        let (o, r2) = match (items.get(*k), items.get(*k + 1)) {
            (Some(&Item::Org(o)), Some(&Item::Role(r2))) if m.orgs[o].range.end == m.roles[r2].range.start => {
                (Some(o), r2)
            }
            (Some(&Item::Role(r2)), _) => (None, r2),
            _ => break,
        };
        let start = o.map_or(m.roles[r2].range.start, |o| m.orgs[o].range.start);
        if text[*end..start] != *"、" {
            break;
        }
        let body = o.or_else(|| {
            let &(before, o) = posts.last()?;
            chained_post_body(text, m, before, o?, r2)
        });
        posts.push((r2, body));
        *end = m.roles[r2].range.end;
        *k += if o.is_some() { 2 } else { 1 };
    }
}

/// How the facts of a life after the first end (汉族 aside): a birth, a birthplace, a
/// membership, schooling (大学学历, 初中文化, 硕士学位, 教育学博士), when work or membership
/// began, a nationality and a residence abroad (中国国籍，无境外永久居留权: listed companies'
/// reports), a living that is no post (农民, 无业: judgments describe the accused so).
const LIFE_FACT_ENDS: &[&str] = &[
    "生",
    "出生",
    "人",
    "党员",
    "学历",
    "文化",
    "学位",
    "群众",
    "参加工作",
    "入党",
    "国籍",
    "居留权",
    "博士",
    "硕士",
    "学士",
    "农民",
    "务农",
    "无业",
];

/// The length in bytes of the facts of a life `text` opens with, each a clause ended by a
/// comma, opening with a sex, an age or a birth (男，52岁，汉族，1965年3月生，中共党员，); 0 for
/// none.
fn life_facts_len(text: &str) -> usize {
    let mut len = 0;
    // (The last may close the sentence: …，初中文化，农民。)
    for (n, clause) in text.split_inclusive([',', '。']).enumerate() {
        let Some(fact) = clause.strip_suffix([',', '。']) else {
            break;
        };
        let chars = fact.chars().count();
        let age = fact.strip_suffix('岁').is_some_and(|a| {
            !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        });
        // (Or a birth: 1968年出生, as companies' reports open their profiles — not 一年级学生.)
        let born = chars <= 12
            && fact.starts_with(|c: char| c.is_ascii_digit())
            && ["出生", "年生", "月生", "日生"].iter().any(|e| fact.ends_with(e));
        let opening = matches!(fact, "男" | "女") || age || born;
        let later =
            (chars <= 4 && fact.ends_with('族')) || (chars <= 12 && LIFE_FACT_ENDS.iter().any(|e| fact.ends_with(e)));
        if !(opening || (n > 0 && later)) {
            break;
        }
        len += clause.len();
        if clause.ends_with('。') {
            break;
        }
    }
    len
}

/// The chain of posts that ends the sentence (a line is a sentence of its own: a line
/// break ends one), with the index of its first item: a list's column of posts.
fn chain_ending_line(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    gap_between: &dyn Fn(Item, Item) -> Gap,
) -> Option<(Vec<Post>, usize)> {
    let last = *items.last()?;
    let ends = |rest: &str| {
        rest.trim_start_matches([' ', '\u{3000}', '\t', ',', '，', '。', ';', '；', '\n'])
            .is_empty()
    };
    let rest = &text[m.range(last).end..];
    // (Perhaps after a note on the last post: 副主任(主持工作).)
    let noted = || {
        rest.strip_prefix('(')
            .and_then(|note| note_close(text, text.len() - note.len()))
            .is_some_and(|close| ends(&text[close + ')'.len_utf8()..]))
    };
    if !ends(rest) && !noted() {
        return None;
    }
    let (posts, first) = chain_ending(text, m, items, items.len(), &|_| true, gap_between);
    (!posts.is_empty()).then_some((posts, first))
}

/// Longest bracketed note after a name read for posts, in characters.
const MAX_NOTE: usize = 40;

/// Where the note in brackets whose text starts at byte `inside` of `text` closes: its `)`,
/// within [`MAX_NOTE`] characters.
fn note_close(text: &str, inside: usize) -> Option<usize> {
    text[inside..]
        .char_indices()
        .take(MAX_NOTE)
        .find(|&(_, c)| c == ')')
        .map(|(k, _)| inside + k)
}

/// The posts written after the person at `items[k]` in a list's layout: in a column after
/// blanks, to the end of the line (林海涛  区委副书记、区长: `line_end` is the chain ending
/// the line), or in brackets (林海涛（县委副书记、县长）).
fn posts_after(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    k: usize,
    line_end: Option<&(Vec<Post>, usize)>,
    gap_between: &dyn Fn(Item, Item) -> Gap,
) -> Option<Vec<Post>> {
    let next = *items.get(k + 1)?;
    let name_end = m.range(items[k]).end;
    let opener = &text[name_end..m.range(next).start];
    // A note on the person may stand between the name and its column (甲(女)  县医院院长).
    let blanks = crate::recognize::personal_note_len(opener).map_or(opener, |n| &opener[n..]);
    // The column may open with its body's head character alone (甲　局|党组书记、局长): the
    // text names the body before.
    // (Looked for only after a blank: most names have none.)
    let blanks = if blanks.starts_with([' ', '\u{3000}', '\t']) {
        SHORT_HEADS
            .iter()
            .filter(|h| h.chars().nth(1).is_none())
            .find_map(|h| blanks.strip_suffix(h))
            .unwrap_or(blanks)
    } else {
        blanks
    };
    if !blanks.is_empty() && is_blank(blanks) {
        if let Some((posts, first)) = line_end {
            // (A profile's line may list its posts clause by clause: 甲 青山大学建筑学院院长、
            // 教授，青山市城乡更新研究会副理事长.)
            let (mut posts, mut first) = (posts.clone(), *first);
            while first > k + 1 && matches!(between(text, m, items, first).trimmed(), "，" | ",") {
                let (more, f) = chain_ending(text, m, items, first, &|_| true, gap_between);
                if more.is_empty() {
                    break;
                }
                posts.splice(0..0, more);
                first = f;
            }
            if first == k + 1 {
                return Some(posts);
            }
        }
        return table_row_posts(text, m, items, k + 1, gap_between);
    }
    // (After a form of address perhaps: 乙女士（职工代表监事）.)
    let address = opener.len() - after_honorific(opener).len();
    // (The bracket may open with the place of its first post: 乙（石门镇|镇长）.)
    let place_first = || match next {
        Item::Role(r) => m.roles[r]
            .place
            .as_ref()
            .is_some_and(|p| p.start == name_end + address + 1 && p.end == m.roles[r].range.start),
        _ => false,
    };
    if !opener[address..].starts_with('(') || (&opener[address..] != "(" && !place_first()) {
        return None;
    }
    // The chain ends at the closing bracket, close by.
    let inside = name_end + address + 1;
    let close = note_close(text, inside)?;
    let end = items.partition_point(|&it| m.range(it).start < close);
    if end <= k + 1 || m.range(items[end - 1]).end != close {
        return None;
    }
    let (posts, first) = chain_ending(text, m, items, end, &|_| true, gap_between);
    (first == k + 1 && !posts.is_empty()).then_some(posts)
}

/// The text between `items[k - 1]` and `items[k]`.
fn between<'a>(text: &'a str, m: &Mentions<'_>, items: &[Item], k: usize) -> &'a str {
    &text[m.range(items[k - 1]).end..m.range(items[k]).start]
}

/// The body that labels the line of the name starting at `name_start`, its list of members
/// (审计委员会：甲（主任委员）、乙).
fn line_label_body(text: &str, m: &Mentions<'_>, name_start: usize) -> Option<usize> {
    let line_start = crate::recognize::org::label_start(text, name_start);
    // (Its name may start with words the org reader left out: 提名与|薪酬考核委员会.)
    let o = m.orgs.iter().position(|o| {
        o.range.start >= line_start
            && !o.in_title
            && text[line_start..o.range.start].chars().all(crate::recognize::is_han)
    })?;
    let end = m.orgs[o].range.end;
    // (A committee's or a group's: 青山晚报：…区长甲 is a paper's report, no list.)
    let group = crate::recognize::org::LABELLING_BODIES
        .iter()
        .any(|h| text[..end].ends_with(h));
    (group && text[end..].starts_with(':') && end < name_start).then_some(o)
}

/// Is byte `at` inside a note in brackets opened right after a name ending at `name_end`,
/// perhaps after a form of address (甲（组长）, 甲先生（董事长）)?
fn in_note_after(text: &str, name_end: usize, at: usize) -> bool {
    text.get(name_end..at)
        .map(after_honorific)
        .is_some_and(|between| between.starts_with('(') && !between.contains(')'))
}

/// Is the text from the name at `items[prev]` to the next at `items[k]` a short note in
/// brackets on the first, perhaps after a form of address, and 、 (甲（组长）、乙, 甲（女）、乙,
/// 甲先生（董事长）、乙)?
fn noted_and_listed(text: &str, m: &Mentions<'_>, items: &[Item], prev: usize, k: usize) -> bool {
    text.get(m.range(items[prev]).end..m.range(items[k]).start)
        .and_then(|between| between.strip_suffix('、'))
        .map(after_honorific)
        .is_some_and(short_note)
}

/// The posts of a table's row after its name, from `items[from]`: columns set apart by
/// wide blanks, each a chain of posts (姓名  拟任职务  现任职务 | 甲  青山市交通局局长  青山市
/// 交通局副局长: both the post proposed and the post held).
fn table_row_posts(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    mut from: usize,
    gap_between: &dyn Fn(Item, Item) -> Gap,
) -> Option<Vec<Post>> {
    let between = |a: usize, b: usize| &text[m.range(items[a]).end..m.range(items[b]).start];
    let column_gap = |a: usize, b: usize| {
        let gap = between(a, b);
        is_blank(gap) && (gap.contains(['\u{3000}', '\t']) || gap.len() >= 2)
    };
    let mut posts = Vec::new();
    let mut end = from;
    while from < items.len() {
        end = from + 1;
        while end < items.len() && !column_gap(end - 1, end) && !between(end - 1, end).contains('\n') {
            end += 1;
        }
        let (column, first) = chain_ending(text, m, items, end, &|_| true, gap_between);
        if first != from || column.is_empty() {
            return None;
        }
        posts.extend(column);
        if end == items.len() || !column_gap(end - 1, end) {
            break;
        }
        from = end;
    }
    // The row ends its line.
    let rest = text[m.range(items[end - 1]).end..].trim_start_matches([' ', '\u{3000}', '\t']);
    (rest.is_empty() || rest.starts_with('\n'))
        .then_some(posts)
        .filter(|p| !p.is_empty())
}

/// One post: a title and the organisations it is held in (none, one, or several coordinated).
#[derive(Clone, Debug)]
struct Post {
    role: usize,
    orgs: Vec<usize>,
    /// Joined to the post before it by 兼.
    concurrent: bool,
}

/// The chain of posts written right before the person at `items[k]`, in reading order,
/// and the index of its first item.
fn posts_before(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    k: usize,
    gap_between: &dyn Fn(Item, Item) -> Gap,
) -> (Vec<Post>, usize) {
    chain_ending(
        text,
        m,
        items,
        k,
        &|it| gap_between(it, items[k]) == Gap::Adjacent,
        gap_between,
    )
}

/// The chain of posts ending right before `items[end]` (or at the last item, when `end` is
/// `items.len()`), its last title accepted by `closes`, and the index of its first item.
fn chain_ending(
    text: &str,
    m: &Mentions<'_>,
    items: &[Item],
    end: usize,
    closes: &dyn Fn(Item) -> bool,
    gap_between: &dyn Fn(Item, Item) -> Gap,
) -> (Vec<Post>, usize) {
    let mut posts: Vec<Post> = Vec::new();
    let mut j = end;
    // Where the chain went on past a comma: the posts read after it, and its item.
    let mut past_comma: Option<(usize, usize)> = None;
    // A title right before what follows.
    while let Some(jr) = j.checked_sub(1) {
        let Item::Role(r) = items[jr] else { break };
        let (ok, concurrent) = match posts.is_empty() {
            true => (closes(items[jr]), false),
            false => {
                let g = gap_between(items[jr], items[j]);
                // A comma between two runs of posts of one holder (市委常委、副市长，市重大项目
                // 建设领导小组副组长甲): once, and only when the run before it opens a clause
                // and holds two posts or more (checked below).
                let comma = g == Gap::Break
                    && past_comma.is_none()
                    && matches!(
                        text[m.range(items[jr]).end..m.range(items[j]).start].trimmed(),
                        "，" | ","
                    );
                if comma {
                    past_comma = Some((posts.len(), j));
                }
                (
                    g == Gap::Enumeration || g == Gap::Concurrent || comma,
                    g == Gap::Concurrent,
                )
            }
        };
        // A title an appointment verb gives its holder named before (由甲任组长、乙任副组长;
        // 任组长、局长乙任副组长) is that holder's, not in the chain of the name after it.
        if !ok || (!posts.is_empty() && appoint::taken_by_verb(text, m, m.roles[r].range.start)) {
            break;
        }
        if let Some(last) = posts.last_mut() {
            last.concurrent = concurrent;
        }
        j = jr;
        let mut post = Post {
            role: r,
            orgs: Vec::new(),
            concurrent: false,
        };
        // Its organisations: one right before, and coordinated ones before that.
        let mut after = items[j];
        while let Some(jo) = j.checked_sub(1) {
            let Item::Org(o) = items[jo] else { break };
            let g = gap_between(items[jo], after);
            let ok = if post.orgs.is_empty() {
                g == Gap::Adjacent
            } else {
                // (与 and 和 may join two parties instead, of different kinds: 代表北辰区人民
                // 政府与海川集团|副总裁甲 — the company's vice-president only.)
                let Item::Org(next) = after else { break };
                g == Gap::Enumeration && shares_title(text, m, r, o, next)
            };
            if !ok {
                break;
            }
            post.orgs.insert(0, o);
            j = jo;
            after = items[jo];
        }
        posts.push(post);
    }
    // (Two posts at least before the comma, joined as one holder's are: a single one may be
    // a group's, 区政府领导，青山集团创始人甲.)
    if let Some((read, at)) = past_comma
        && (posts.len() < read + 2 || !opens_clause(&text[..m.range(items[j]).start]))
    {
        posts.truncate(read);
        j = at;
    }
    posts.reverse();
    // A post without an organisation is held where the post before it is when joined to
    // it by 兼 (副组长兼办公室主任), or when its title heads that body (see
    // [`held_where_before`]) — not a calling a word of renown gives (北京大学教授、著名经济学
    // 家甲): what the holder is known as, in no body (a 知名律师 is still his firm's).
    for i in 1..posts.len() {
        let (before, rest) = posts.split_at_mut(i);
        let title = &m.roles[rest[0].role].range;
        let renowned_calling = RENOWN.iter().any(|w| text[..title.start].ends_with(w))
            && (text[title.clone()].ends_with('家') || &text[title.clone()] == "学者");
        if !renowned_calling {
            held_where_before(text, m, &before[i - 1], &mut rest[0], true);
        }
    }
    (posts, j)
}

/// Does a clause open after `before`: at the sentence's start, or after a comma, a colon
/// or a semicolon?
fn opens_clause(before: &str) -> bool {
    before
        .trimmed_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '，' | ',' | ':' | '：' | ';' | '；' | '\n'))
}

/// Gives `post`, if it names no organisation, the organisations of the post `before` it
/// when joined to it by 兼, else where [`next_post_body`] places it — or, for the posts
/// of one person (`same_person`), where [`chained_post_body`] does. A post of a place
/// (县长 after 县委副书记、) takes no body, but for the place's government named with the
/// post before (see [`government_headed`]).
fn held_where_before(text: &str, m: &Mentions<'_>, before: &Post, post: &mut Post, same_person: bool) {
    // A post of the place named before it (，青山市副市长) is held there, not in the body
    // of the post before it — but for the place's government, when the post before is in
    // it or its party organ (青山市人民政府党组书记、市长: 市长 of 青山市人民政府).
    if !post.orgs.is_empty() || m.roles[post.role].names_org {
        return;
    }
    if m.roles[post.role].place.is_some() {
        if let [o] = before.orgs[..]
            && let Some(g) = government_headed(text, m, o, post.role)
        {
            post.orgs = vec![g];
        }
        return;
    }
    // A calling is no post of a body (文学院院长、评论家甲: a critic, not the college's).
    if CALLINGS.contains(&&text[m.roles[post.role].range.clone()]) {
        return;
    }
    if post.concurrent {
        post.orgs = before.orgs.clone();
        return;
    }
    let [o] = before.orgs[..] else { return };
    let body = if same_person {
        chained_post_body(text, m, before.role, o, post.role)
    } else {
        next_post_body(text, m, before.role, o, post.role)
    };
    if let Some(body) = body {
        post.orgs = vec![body];
    }
}

/// The government (青山市人民政府) whose head's post `role` is (市长, 副市长) when it is
/// `o` or the body of `o`, its party organ (青山市人民政府党组).
fn government_headed(text: &str, m: &Mentions<'_>, o: usize, role: usize) -> Option<usize> {
    // (The place was given to the post from the body's own name: see role's
    // `places_over_lists`.)
    let place = m.roles[role].place.as_ref()?;
    crate::recognize::role::unit_headed(&text[m.roles[role].core.clone()])?;
    // (人民政府 ends with 政府 too.)
    [Some(o), organ_body_of(m, o)].into_iter().flatten().find(|&g| {
        let r = &m.orgs[g].range;
        r.start <= place.start && place.end <= r.end && text[r.clone()].ends_with("政府")
    })
}

/// The body whose party organ `o` is (青山市公安局 of 青山市公安局党委), when the reader
/// kept it as a mention of its own.
fn organ_body_of(m: &Mentions<'_>, o: usize) -> Option<usize> {
    let (parent, _) = m.orgs[o].parent.as_ref()?;
    m.orgs.iter().position(|b| b.organ_body && b.range == *parent)
}

/// Is `post` the deputy (副…) of one of the `before` posts, with the same core title?
fn is_deputy_of(text: &str, m: &Mentions<'_>, before: &[Post], post: &Post) -> bool {
    let role = &m.roles[post.role];
    text[role.range.clone()].starts_with('副')
        && before
            .iter()
            .any(|b| text[m.roles[b.role].core.clone()] == text[role.core.clone()])
}

/// Gives `post`, the first of a person named past a comma after the previous one's
/// `before` posts, the body of one of them, if it names none and no place: the deputies
/// of a post are its body's (主任、党组书记甲，副主任乙、丙), and a company's or a newspaper's
/// management named one after another is of one body (集团董事长甲，总经理乙; 日报社社长甲，
/// 总编辑乙), as is the secretary-general named after a body's chairs (县政协副主席甲、乙，
/// 秘书长丙; 协会会长甲，秘书长乙) — a government's is not (市委书记甲，市长乙).
fn held_past_comma(text: &str, m: &Mentions<'_>, before: &[Post], post: &mut Post) {
    if !post.orgs.is_empty() || m.roles[post.role].place.is_some() {
        return;
    }
    let title = &text[m.roles[post.role].core.clone()];
    let same = before.iter().find(|b| {
        let [o] = b.orgs[..] else { return false };
        let management = match m.orgs[o].kind {
            OrgKind::Company => COMPANY_POSTS.contains(&title),
            OrgKind::Media => MEDIA_POSTS.contains(&title),
            _ => title == "秘书长" && CHAIRS.contains(&&text[m.roles[b.role].core.clone()]),
            // (And a body's officer after its head's deputies: 副院长甲，总会计师乙 — not a party
            // organ's: 党委书记甲，总会计师乙 names the organ's owner, unread.)
        } || (BODY_OFFICERS.contains(&title)
            && !PARTY_ORGANS.iter().any(|p| text[m.orgs[o].range.clone()].ends_with(p)));
        management || text[m.roles[b.role].core.clone()] == *title
    });
    if let Some(same) = same {
        post.orgs = same.orgs.clone();
    }
}

/// Where the next post of one person's chain, with no organisation of its own, is held
/// after one held in `o`: where [`next_post_body`] places it, else in `o` too when `o` is
/// a company or a school (青山公司董事、总经理; 青山中学董事长、校长), or when `o` is a
/// newspaper, broadcaster or publisher and the post one of its management. Officials hold posts
/// in several bodies at once (市委副书记、市长; 政治局委员、国务委员): there the text
/// does not tell.
fn chained_post_body(text: &str, m: &Mentions<'_>, before: usize, o: usize, role: usize) -> Option<usize> {
    // (And a newspaper's, a broadcaster's or a publisher's management: 出版社社长、总编辑.)
    // (And a research institute's, after any post but an academician's, an honour: 科学院
    // 院士、博士生导师 supervises elsewhere. And a company's department's: 基金公司权益投资部
    // 总监、基金经理.)
    let managed = |kind| match kind {
        OrgKind::Company | OrgKind::School => true,
        OrgKind::Research => !text[m.roles[before].core.clone()].ends_with("院士"),
        OrgKind::Media => {
            let title = &text[m.roles[role].core.clone()];
            MEDIA_POSTS.contains(&title) || MEDIA_STAFF.contains(&title)
        }
        _ => false,
    };
    // (And a brand's of no known kind, both posts a company's: 澜屿智能创始人、首席执行官.)
    let company_posts = || {
        [before, role]
            .iter()
            .all(|&r| COMPANY_POSTS.contains(&&text[m.roles[r].core.clone()]))
    };
    let managed_here = managed(m.orgs[o].kind)
        || m.orgs[o]
            .parent
            .as_ref()
            .is_some_and(|(_, kind)| *kind == OrgKind::Company)
        || (m.orgs[o].kind == OrgKind::Other && company_posts());
    // (Not the post that heads the body's parent: 化学学院院长、副校长 is the university's.)
    let title = &text[m.roles[role].core.clone()];
    let heads_parent = m.orgs[o]
        .parent
        .as_ref()
        .is_some_and(|(r, _)| heads_body(title, &text[r.clone()]));
    // (A party's membership is no post of a body: 中队长、共产党员.)
    let member = title.ends_with("党员");
    next_post_body(text, m, before, o, role).or_else(|| (managed_here && !heads_parent && !member).then_some(o))
}

/// Credits a list of names shares when written after it (甲、乙主演).
const LISTED_CREDITS: &[&str] = &["主演", "领衔主演", "联合主演", "导演", "联合导演", "编剧", "监制"];

/// Titles of those who chair a congress, a political consultative conference, a committee
/// or an association, whose secretary-general is of the same body.
const CHAIRS: &[&str] = &["主席", "主任", "会长", "理事长"];

/// Head words of the bodies a 主任 heads.
const OFFICES_HEADED_BY_DIRECTORS: &[&str] = &["办公室", "办", "中心"];

/// Where a post with no organisation of its own (title `role`) is held when written after
/// one (title `before`) held in organisation `o`: in `o` when its title is the same (主任甲、
/// 副主任乙), heads `o` (教育厅党组书记、厅长) or is one of its party organ (局长、党组书记),
/// in the body of `o` when `o` is its party organ and the post is not the organ's
/// (公安局党委书记、局长; 集团党委书记、董事长); elsewhere, as far as the text tells, not in `o`.
fn next_post_body(text: &str, m: &Mentions<'_>, before: usize, o: usize, role: usize) -> Option<usize> {
    let title = &text[m.roles[role].core.clone()];
    // A post in the body's own party organ (局长、党组书记) is reported as of the body.
    // So is a post after one in the organ (卫健委党组书记、主任: the organ's secretary
    // heads the body too).
    let in_organ = |r: usize| {
        PARTY_ORGANS
            .iter()
            .any(|p| text[m.roles[r].range.clone()].starts_with(p))
    };
    if in_organ(role)
        || in_organ(before)
        || *title == text[m.roles[before].core.clone()]
        || heads_body(title, &text[m.orgs[o].range.clone()])
        // 主任 heads an office and a centre (县委办公室干事、副主任).
        || (*title == *"主任"
            && OFFICES_HEADED_BY_DIRECTORS
                .iter()
                .any(|h| text[m.orgs[o].range.clone()].ends_with(h)))
    {
        return Some(o);
    }
    // An embassy's or a consulate's diplomats named one after another are its own (使馆政务
    // 参赞甲、经商参赞乙; 总领馆领事丙、随员丁).
    if ["使馆", "领馆", "领事馆"]
        .iter()
        .any(|e| text[m.orgs[o].range.clone()].ends_with(e))
        && (["参赞", "秘书", "领事"].iter().any(|d| title.ends_with(d))
            || matches!(title, "武官" | "副武官" | "公使" | "随员" | "临时代办"))
    {
        return Some(o);
    }
    // A civil-service or professional rank is held inside the body named before it (农业局
    // 科员、副科长; 人民医院院长、主任医师), and a spokesperson speaks for it (统计局副局长、
    // 新闻发言人).
    // The body of `o` when `o` is its party organ.
    let organ = PARTY_ORGANS.iter().any(|p| text[m.orgs[o].range.clone()].ends_with(p));
    let organ_body = || organ_body_of(m, o);
    // (Of the body, not its party organ: 支队党委书记、政治委员; none when the text names
    // the body only as its organ's owner, unread: 集团党委委员、总会计师.)
    if CIVIL_SERVICE_RANKS.contains(&title)
        || PROFESSIONAL_RANKS.contains(&title)
        || BODY_OFFICERS.contains(&title)
        || matches!(title, "新闻发言人" | "发言人")
    {
        return if organ { organ_body() } else { Some(o) };
    }
    // A post in the body's office (部新闻发言人、办公厅副主任), as 兼办公室主任 is — the body's,
    // not its party organ's (公司党委副书记、工会主席).
    if OFFICES.iter().any(|d| text[m.roles[role].range.clone()].starts_with(d)) {
        return if organ { organ_body() } else { Some(o) };
    }
    // An assistant to the body's head (研究所研究员、所长助理).
    if title
        .strip_suffix("助理")
        .is_some_and(|head| heads_body(head, &text[m.orgs[o].range.clone()]))
    {
        return Some(o);
    }
    // An association's officers are listed one after another (篮协主席甲、秘书长乙), and so
    // is the secretary-general after any body's chairs (省人大常委会副主任甲、秘书长乙), as
    // past a comma (see [`held_past_comma`]).
    if (m.orgs[o].kind == OrgKind::Association && ASSOCIATION_POSTS.contains(&title))
        || (matches!(title, "秘书长" | "副秘书长") && CHAIRS.contains(&&text[m.roles[before].core.clone()]))
    {
        return Some(o);
    }
    // A party committee's own posts follow one another (市委常委、秘书长; 区委委员、常委), and
    // its secretaries follow any post in it (团委干事、副书记).
    if text[m.orgs[o].range.clone()].ends_with('委')
        && COMMITTEE_POSTS.contains(&title)
        && (COMMITTEE_POSTS.contains(&&text[m.roles[before].core.clone()]) || title.ends_with("书记"))
    {
        return Some(o);
    }
    // The body of `o` when `o` is its party organ: any post but the organ's own is the
    // body's (集团党委书记、董事长; 公安局党委书记、局长); when `o` is a company's
    // department, a post of the company's management (财务部经理、副总经理).
    organ_body().filter(|&b| match organ {
        true => heads_body(title, &text[m.orgs[b].range.clone()]) || !PARTY_TITLES.contains(&title),
        false => COMPANY_POSTS.contains(&title),
    })
}

/// Posts of a company's management, above its departments (by their head title word).
pub(crate) const COMPANY_POSTS: &[&str] = &[
    "总经理",
    "董事长",
    "董事",
    "独立董事",
    "非独立董事",
    "执行董事",
    "非执行董事",
    "独立非执行董事",
    "职工董事",
    "非职工董事",
    "外部董事",
    "职工代表监事",
    "非职工代表监事",
    "职工监事",
    "总裁",
    "监事",
    "监事会主席",
    "首席执行官",
    "首席财务官",
    "首席技术官",
    "首席运营官",
    "首席风险官",
    "首席信息官",
    "首席投资官",
    "首席法务官",
    "首席人力资源官",
    "总法律顾问",
    "CEO",
    "CFO",
    "CTO",
    "COO",
    "财务总监",
    "董事会秘书",
    "证券事务代表",
    // The heads' assistants, senior managers of the company in its filings.
    "总经理助理",
    "总裁助理",
    "董事长助理",
    "总会计师",
    "总工程师",
    "总经济师",
    // A start-up's.
    "创始人",
    "联合创始人",
    "首席科学家",
    // A bank's.
    "行长",
    "监事长",
];

/// Posts of a newspaper's or broadcaster's management.
const MEDIA_POSTS: &[&str] = &["社长", "总编辑", "总编", "主编", "台长", "总监"];

/// The posts of a newspaper's or a broadcaster's staff, held in the one named with the
/// same person's post before (日报社记者、编辑) — not past a comma, where the next person
/// may write for another.
const MEDIA_STAFF: &[&str] = &["编辑", "记者", "编委", "评论员", "播音员", "主持人"];

/// Titles of a party organ's own posts.
pub(crate) const PARTY_TITLES: &[&str] = &["书记", "委员", "常委", "成员"];

/// Posts of an association's officers, held in the association named with the post
/// before them.
pub(crate) const ASSOCIATION_POSTS: &[&str] = &["秘书长", "会长", "理事长", "理事", "常务理事", "监事长"];

/// Ranks of the civil service, held inside whatever body employs the holder (科员, 科长,
/// 调研员): after a post in a body, in that body.
const CIVIL_SERVICE_RANKS: &[&str] = &["科员", "科长", "主任科员", "调研员", "巡视员"];

/// Officers a body has inside it beside its head, never heads of another body: its chief
/// engineer or accountant, its political commissar (公安局局长甲、政委乙; 大队长甲、教导员乙),
/// a hospital's head nurse, a firm's partners.
const BODY_OFFICERS: &[&str] = &[
    "总工程师",
    "总会计师",
    "总经济师",
    "总规划师",
    "总农艺师",
    "政委",
    "政治委员",
    "教导员",
    "政治教导员",
    "指导员",
    "纪检组长",
    "护士长",
    "合伙人",
    "管理合伙人",
];

/// Professional ranks, held where the holder works (心内科主任、主任医师; 研究所所长、研究员).
pub(crate) const PROFESSIONAL_RANKS: &[&str] = &[
    "主任医师",
    "副主任医师",
    "主治医师",
    "主任药师",
    "副主任药师",
    "主管药师",
    "主任护师",
    "副主任护师",
    "主管护师",
    "主任法医师",
    "副主任法医师",
    "主检法医师",
    "法医师",
    "工程师",
    "经济师",
    "会计师",
    "研究员",
    "副研究员",
    "助理研究员",
    "研究实习员",
    "实习研究员",
    "研究馆员",
    "副研究馆员",
    "编审",
    "副编审",
    "译审",
    "副译审",
    "教授",
    "副教授",
    "讲师",
    "助教",
];

/// Posts a party committee (市委, 区委 ...) holds itself, named one after another in a
/// list of posts: its members, standing members, secretaries and secretary-general.
const COMMITTEE_POSTS: &[&str] = &[
    "委员",
    "常委",
    "秘书长",
    "书记",
    "副书记",
    "组织委员",
    "宣传委员",
    "纪检委员",
    "统战委员",
];

/// Is `title` the head of a body named `name`: its last character and 长 (教育厅 and 厅长,
/// 人民医院 and 院长) or its head word of two (消防救援支队 and 支队长), or 校长 of a
/// university, or 总指挥 of a command (指挥部)?
pub(crate) fn heads_body(title: &str, name: &str) -> bool {
    if title.ends_with("总指挥") {
        return name.ends_with("指挥部");
    }
    // (Or a head word of two characters: 支队|长 of a 消防救援支队, 大队|长.)
    let two = title
        .strip_suffix('长')
        .is_some_and(|head| head.chars().count() == 2 && name.ends_with(head));
    let heads = two
        || name.chars().next_back().is_some_and(|c| {
            let mut t = title.chars();
            (t.next() == Some(c) && t.as_str() == "长") || (c == '学' && name.ends_with("大学") && title == "校长")
        });
    // (A party organ has no head of its kind: a 组长 heads no 党组, a 部长 no 党支部.)
    heads && !PARTY_ORGANS.iter().any(|p| name.ends_with(p))
}

/// Does body `o`, listed before `next` (in a list of bodies), share the title `r` written
/// right after `next` (青山县委、县政府|副秘书长)? Not when 与 or 和 join two parties of
/// different kinds (代表北辰区人民政府与海川集团|副总裁甲 — the company's vice-president
/// only); nor does a party committee share a government's own bureau (县委、县政府应急管理局|
/// 局长 is the government's), nor a body another head heads (县委宣传部、县文旅局|局长 is the
/// bureau's).
pub(super) fn shares_title(text: &str, m: &Mentions<'_>, r: usize, o: usize, next: usize) -> bool {
    let joint = &text[m.orgs[o].range.end..m.orgs[next].range.start];
    (!matches!(joint, "与" | "和") || m.orgs[o].kind == m.orgs[next].kind)
        && !crate::recognize::org::unshared_unit(&text[m.orgs[next].range.clone()])
        && !heads_other(
            &text[m.roles[r].core.clone()],
            &text[m.orgs[next].range.clone()],
            &text[m.orgs[o].range.clone()],
        )
}

/// Does `title` head the body `named_last` (局长 of 县文旅局) and not `other`, named before it
/// with its own head's title (县委宣传部, whose head is a 部长)?
fn heads_other(title: &str, named_last: &str, other: &str) -> bool {
    // (Or a commission, headed by its 主任: 市发改委、市财政局|副局长 is the bureau's — not a
    // place's party committee, whose units a list shares: 县委、县政府|信访局局长.)
    let commission = other.ends_with('委') && !PLACE_COMMITTEES.iter().any(|c| other.ends_with(c));
    let own_head = commission || other.chars().next_back().is_some_and(|c| TITLES_OF_HEADS.contains(&c));
    heads_body(title, named_last) && !heads_body(title, other) && own_head
}

/// A place's party committee and the party's committees, headed by a 书记 (县委, 党工委).
const PLACE_COMMITTEES: &[&str] = &["省委", "市委", "县委", "区委", "州委", "旗委", "党委", "党工委"];

/// Heads of bodies whose head's title is the character and 长 (部长, 局长, 厅长, 处长 …).
const TITLES_OF_HEADS: &[char] = &[
    '部', '局', '厅', '处', '科', '股', '院', '校', '所', '站', '行', '社', '队',
];

/// Emits the triples of `person`'s `posts`, each with its rule — or with `given` when set.
fn emit_posts(m: &Mentions<'_>, person: usize, posts: &[Post], given: Option<Rule>, out: &mut Vec<TripleMention>) {
    let first = &posts[0];
    let start = first
        .orgs
        .first()
        .map_or(m.roles[first.role].range.start, |&o| m.orgs[o].range.start);
    // The posts stand before the name, or after it in a list's column.
    let last = posts.last().map_or(start, |p| m.roles[p.role].range.end);
    let name = m.persons[person].clone();
    let evidence = start.min(name.start)..last.max(name.end);
    for post in posts {
        let rule = if let Some(rule) = given {
            rule
        } else if m.roles[post.role].byline {
            Rule::Byline
        } else if posts.len() > 1 {
            Rule::ConcurrentPosts
        } else if post.orgs.len() > 1 {
            Rule::CoordinatedOrgs
        } else {
            Rule::OrgRolePerson
        };
        if post.orgs.is_empty() {
            out.push(TripleMention {
                person,
                role: post.role,
                org: None,
                rule,
                evidence: evidence.clone(),
            });
        }
        for &o in &post.orgs {
            out.push(TripleMention {
                person,
                role: post.role,
                org: Some(o),
                rule,
                evidence: evidence.clone(),
            });
        }
    }
}
