//! Coordinated organisations (、, 和, 及, 与 between them).

use std::ops::Range;

use super::{OrgMention, PARTY_ORGANS};
use crate::OrgKind;
use crate::dictionary::tag;
use crate::recognize::{ADMIN_UNITS, Sentence, coordinates};
use crate::segment::with_word_class;

/// Departments of a party committee, written after its posts without it (白河区委常委、
/// 宣传部部长: the propaganda department of 白河区委).
const COMMITTEE_DEPARTMENTS: &[&str] = &["宣传部", "组织部", "统战部", "政法委", "政研室", "网信办", "编办"];

/// A department of a party committee named right after a post in that committee
/// (白河区委常委、宣传部部长) is that committee's, and a bare party organ named right after
/// a post in a body is the body's (青禾集团董事长、党委书记: 青禾集团党委): its name and
/// parent are restored; so is a bare party organ after a holder of a post in a body, and
/// 和, 及 or 、 (青山协会主席甲和党组书记乙: 青山协会党组). A bare body after a post in a
/// body of a place takes the place.
pub(super) fn tie_units_after_posts(s: &Sentence<'_>, orgs: &mut [OrgMention], persons: &[Range<usize>]) {
    for i in 1..orgs.len() {
        let (before, rest) = orgs.split_at_mut(i);
        let (committee, dept) = (&before[i - 1], &mut rest[0]);
        let name = &s.text[dept.range.clone()];
        let body = &s.text[committee.range.clone()];
        let department = COMMITTEE_DEPARTMENTS.contains(&name) && body.ends_with('委');
        let in_organ = PARTY_ORGANS.iter().any(|p| body.ends_with(p));
        let organ = PARTY_ORGANS.contains(&name) && committee.named && !in_organ;
        // A bare organ after a post in another organ of a body is that body's (管理局党委
        // 委员、纪委书记: 管理局's 纪委).
        if super::BODY_ORGANS.contains(&name)
            && in_organ
            && name != body
            && dept.parent.is_none()
            && dept.full_name.is_none()
            && let Some((owner, kind)) = committee.parent.clone()
            && after_posts_in(s, committee, dept.range.start)
        {
            dept.full_name = Some(format!("{}{name}", &s.text[owner.clone()]));
            dept.parent = Some((owner, kind));
            dept.named = true;
            continue;
        }
        // A bare body after a post in a body of a place is of that place too (区党工委委员、
        // 管委会副主任: 区管委会).
        let place = place_of(s, committee);
        // (One named by its unit, 县政府, takes the place by that unit: see below.) So does a
        // government's body named by its remit alone (县财政局副局长、审计局局长).
        let unnamed = dept.bare || !dept.named;
        let placed = (dept.bare || (unnamed && committee.kind == OrgKind::Government))
            && place.is_some()
            && !name.starts_with(ADMIN_UNITS);
        // A company's department after a post in the company (…律师事务所合伙人、诉讼部主任).
        let company_department = unnamed
            && committee.kind == OrgKind::Company
            && dept.kind != OrgKind::Company
            && !name.starts_with(ADMIN_UNITS);
        if dept.prefix.is_some()
            || dept.full_name.is_some()
            || dept.parent.is_some()
            || !(department || organ || company_department || placed)
            || !(after_posts_in(s, committee, dept.range.start)
                || (organ && after_holder_in(s, committee, dept.range.start, persons)))
        {
            continue;
        }
        if department || organ || company_department {
            dept.full_name = Some(format!("{}{}", committee.name(s.text), name));
            dept.parent = Some((committee.range.clone(), committee.kind));
        } else if let Some(p) = place {
            dept.full_name = Some(format!("{}{}", &s.text[p.clone()], name));
            dept.prefix = Some(p);
        }
        dept.named = true;
    }
}

/// The place `body`'s name opens with: its prefix, or what stands before its party organ
/// when that ends in a unit (经开区|党委, 青山县|委).
/// (The longer of the two: a prefix may stop at a place the dictionary lacks, 青山市|石门区委.)
fn place_of(s: &Sentence<'_>, body: &OrgMention) -> Option<std::ops::Range<usize>> {
    let prefix = body.prefix.clone().filter(|p| !p.is_empty());
    let name = &s.text[body.range.clone()];
    let before_organ = PARTY_ORGANS
        .iter()
        .chain(&["委"])
        .find_map(|o| name.strip_suffix(o))
        // (Or a school's or an institute's own, 校|党委: the unit alone.)
        .filter(|organ| {
            (organ.chars().count() >= 2 && organ.ends_with(ADMIN_UNITS))
                || (organ.chars().count() == 1 && organ.starts_with(super::head::INSTITUTION_UNITS))
        })
        .map(|organ| body.range.start..body.range.start + organ.len());
    match (prefix, before_organ) {
        (Some(p), Some(o)) => Some(if o.end > p.end { o } else { p }),
        (p, o) => p.or(o),
    }
}

/// A body named by a bare administrative unit after a post in a body of that unit's
/// place (青山市委书记、市人大常委会主任; 青山县委常委、县纪委书记) is of the same place:
/// its full name takes the place (青山市人大常委会).
pub(super) fn tie_places_after_posts(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    for i in 1..orgs.len() {
        let (before, rest) = orgs.split_at_mut(i);
        let (prev, org) = (&before[i - 1], &mut rest[0]);
        let name = &s.text[org.range.clone()];
        let Some(unit) = name.chars().next().filter(|c| ADMIN_UNITS.contains(c)) else {
            continue;
        };
        let bare_unit = org.prefix.as_ref().is_none_or(|p| p.len() == unit.len_utf8());
        // The first body's place: its prefix, or its name up to the same unit (青山市|委; a
        // prefix may stop at a place the dictionary lacks: 青山市|石门区委).
        let prev_name = &s.text[prev.range.clone()];
        let place = match &prev.prefix {
            Some(p) if s.text[p.clone()].ends_with(unit) => &s.text[p.clone()],
            _ => prev_name.find(unit).map_or("", |k| &prev_name[..k + unit.len_utf8()]),
        };
        // The party's name is no part of the place: a body not of the party's committees
        // (中共湖南省委副书记、省人大常委会副主任) is 湖南省's.
        let place = match ["中国共产党", "中共"].iter().find_map(|p| place.strip_prefix(p)) {
            Some(bare) if !name.ends_with('委') => bare,
            _ => place,
        };
        if !bare_unit
            || org.full_name.is_some()
            || !place.ends_with(unit)
            || place.chars().count() < 3
            || !after_posts_in(s, prev, org.range.start)
        {
            continue;
        }
        org.full_name = Some(format!("{place}{}", &name[unit.len_utf8()..]));
        org.named = true;
    }
}

/// A body named by a bare administrative unit after a post of a place with that unit
/// (北辰县县长、县委书记: 北辰县委) is of the same place.
pub(super) fn tie_places_after_place_posts(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    for org in orgs.iter_mut() {
        let name = &s.text[org.range.clone()];
        let Some(unit) = name.chars().next().filter(|c| ADMIN_UNITS.contains(c)) else {
            continue;
        };
        if org.full_name.is_some() || org.prefix.as_ref().is_some_and(|p| p.len() != unit.len_utf8()) {
            continue;
        }
        let Some(posts) = s.text[..org.range.start].strip_suffix('、') else {
            continue;
        };
        // The post before: its core title, and the titles and modifiers it starts with.
        let Some(core) = s.hit_ending_at(posts.len()).filter(|h| h.entry.is(tag::TITLE)) else {
            continue;
        };
        let mut start = core.start;
        while let Some(h) = s.hit_ending_at(start).filter(|h| h.entry.is(tag::MODIFIER)) {
            start = h.start;
        }
        let Some(place) = crate::recognize::role::place_before(s, &(start..core.end), &(core.start..core.end)) else {
            continue;
        };
        let place = &s.text[place];
        if place.ends_with(unit) && place.chars().count() >= 3 {
            org.full_name = Some(format!("{place}{}", &name[unit.len_utf8()..]));
            org.named = true;
        }
    }
}

/// Is `org` named right after posts in `body`, then 、 or 兼 (白河区委常委、|宣传部,
/// 青山市委书记、|市人大常委会, 石埠村党支部书记兼|村委会)?
pub(super) fn after_posts_in(s: &Sentence<'_>, body: &OrgMention, org_start: usize) -> bool {
    s.text[..org_start]
        .strip_suffix(['、', '兼'])
        .is_some_and(|posts| posts.len() > body.range.end && covered_by_titles(s, body.range.end, posts.len()))
}

/// Is `org_start` right after a name, and 和, 及 or 、, that holds posts in `body` named
/// right before it (青山协会主席|甲|和|党组)?
fn after_holder_in(s: &Sentence<'_>, body: &OrgMention, org_start: usize, persons: &[Range<usize>]) -> bool {
    let Some(name_end) = s.text[..org_start].strip_suffix(['和', '及', '、']).map(str::len) else {
        return false;
    };
    persons
        .iter()
        .any(|p| p.end == name_end && p.start > body.range.end && covered_by_titles(s, body.range.end, p.start))
}

/// Do titles and their modifiers cover `start..end` (常委, 副书记)?
fn covered_by_titles(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    let mut at = start;
    while at < end {
        match s
            .hit_starting_at(at)
            .filter(|h| h.entry.is(tag::TITLE | tag::MODIFIER) && h.end <= end)
        {
            Some(h) => at = h.end,
            None => return false,
        }
    }
    true
}

/// Does a place or a proper noun start at byte `at` (a lexicon place, or a word jieba-rs
/// tags a place, a name or a proper noun)?
fn starts_with_proper_noun(s: &Sentence<'_>, at: usize) -> bool {
    s.hit_starting_at(at).is_some_and(|h| h.entry.is(tag::PLACE))
        || s.word_starting_at(at)
            .is_some_and(|w| with_word_class(&s.text[w], |c| matches!(c, "ns" | "nr" | "nrt" | "nz")))
}

/// Coordinated organisations (、, 和, 及, 与 between them) share a place prefix and
/// vouch for each other: in 开发区党工委、管委会 the second is 开发区管委会, and in
/// 县自然资源住建局、农业农村局 the second is as specific as the first.
pub(super) fn tie_coordinations(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    let joined = |a: &OrgMention, b: &OrgMention| {
        a.range.end <= b.range.start && coordinates(&s.text[a.range.end..b.range.start])
    };
    let mut run_start = 0;
    for i in 0..orgs.len() {
        if i > 0 && joined(&orgs[i - 1], &orgs[i]) {
            let (before, rest) = orgs.split_at_mut(i);
            let prev = &before[i - 1];
            let org = &mut rest[0];
            // Not to a name of its own (北辰市人民政府与青山大学, 中国版权研究会、中国作家协会),
            // but to a bare or descriptive one (党工委、管委会) or a government's department
            // named by its remit (奥地利司法部、外交部; 省文化厅、卫生厅).
            let shares = org.bare
                || !org.named
                || (org.kind == OrgKind::Government && !starts_with_proper_noun(s, org.range.start));
            if org.prefix.is_none()
                && org.full_name.is_none()
                && shares
                && let Some(p) = &prev.prefix
            {
                let (place, name) = (&s.text[p.clone()], &s.text[org.range.clone()]);
                // A name opening with a bare unit is of the place with that unit
                // (上海市委、市政府: 上海市政府; 省人大常委会、省政协: 省政协, not 省省政协);
                match name.chars().next().filter(|c| ADMIN_UNITS.contains(c)) {
                    Some(unit) if place.ends_with(unit) => {
                        if place.len() > unit.len_utf8() {
                            org.full_name = Some(format!("{place}{}", &name[unit.len_utf8()..]));
                            org.prefix = Some(p.clone());
                        }
                    }
                    // A place of another unit (天津市 + 区政府) says nothing of it.
                    Some(_) if place.ends_with(ADMIN_UNITS) => {}
                    // One written without its unit has it in the name (上海 + 市教委).
                    _ => {
                        org.full_name = Some(format!("{place}{name}"));
                        org.prefix = Some(p.clone());
                    }
                }
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

/// Heads of the offices a party committee and its government each have and name together,
/// the office written once after both (县委、县政府办公室; 市委、市政府督查室, 接待办, 农村工作
/// 办公室, 信访局) — not a government's bureau (县委、县政府应急管理局局长: the government's).
const SHARED_OFFICE_HEADS: &[&str] = &["办公室", "办", "室", "信访局", "督查局", "接待处", "信访处"];

/// Bodies that have such offices: a government, a zone's committees, a congress, its
/// standing committee or a town congress's presidium, a consultative conference — and a
/// place's party committee (县委, 镇党委; not 县发改委: see [`holds_offices`]).
const OFFICE_HOLDERS: &[&str] = &["政府", "党工委", "管委会", "人大常委会", "人大", "主席团", "政协"];

/// Is `name` a body that has its own offices: one of [`OFFICE_HOLDERS`], or a place's party
/// committee, its unit before 委 or 党委 (县委, 青山市委, 镇党委; not 县发改委, 市纪委)?
fn holds_offices(name: &str) -> bool {
    let unit_before = |p: &str| p.chars().next_back().is_some_and(|u| ADMIN_UNITS.contains(&u));
    OFFICE_HOLDERS.iter().any(|h| name.ends_with(h))
        || name.strip_suffix("党委").is_some_and(unit_before)
        || name.strip_suffix('委').is_some_and(unit_before)
}

/// The unit `name` is after the body holding it (信访局 of 县政府信访局): what follows the
/// longest start of the name that [`holds_offices`] (县人大常委会, not 县人大, of 县人大常委会
/// 办公室).
fn unit_of_holder(name: &str) -> Option<&str> {
    let k = name
        .char_indices()
        .map(|(k, _)| k)
        .skip(1)
        .filter(|&k| holds_offices(&name[..k]))
        .last()?;
    Some(&name[k..])
}

/// Is `unit` an office a party committee and its government share (see
/// [`SHARED_OFFICE_HEADS`])?
fn shared(unit: &str) -> bool {
    SHARED_OFFICE_HEADS.iter().any(|h| unit.ends_with(h))
}

/// The office `name` is after the body holding it, when the office is one shared (县政府
/// 信访局: 信访局).
fn office_of_holder(name: &str) -> Option<&str> {
    unit_of_holder(name).filter(|unit| shared(unit))
}

/// Is `name` a unit of a body that holds offices, and one not shared with a body named
/// with it (县政府应急管理局, 县政府|应急管理局: a bureau of the government alone)? A
/// party committee coordinated with it (县委、县政府应急管理局局长) holds none of its posts.
pub(crate) fn unshared_unit(name: &str) -> bool {
    !holds_offices(name) && unit_of_holder(name).is_some_and(|unit| !shared(unit))
}

/// A governing body coordinated with another's office (县委、|县政府信访局) has that office
/// too, written once after both: the first is named as its office (县委信访局), as the
/// reader takes it, and not as the committee itself.
/// So do all the governing bodies listed before it (县委、县人大、县政府、县政协办公室).
pub(super) fn share_offices(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    for i in 1..orgs.len() {
        let (before, rest) = orgs.split_at_mut(i);
        let office = &rest[0];
        let Some(unit) = office_of_holder(&s.text[office.range.clone()]) else {
            continue;
        };
        let mut next_start = office.range.start;
        for body in before.iter_mut().rev() {
            if body.full_name.is_some()
                || body.range.end > next_start
                || !coordinates(&s.text[body.range.end..next_start])
                || !holds_offices(&s.text[body.range.clone()])
            {
                break;
            }
            body.full_name = Some(format!("{}{unit}", &s.text[body.range.clone()]));
            body.kind = office.kind;
            next_start = body.range.start;
        }
        // The government written without its place after the place's party committee
        // (镇党委、政府办公室: 镇政府办公室) is the committee's place's.
        let office = &rest[0];
        let name = &s.text[office.range.clone()];
        if office.full_name.is_none()
            && office.prefix.is_none()
            && name.starts_with("政府")
            && let Some(body) = before
                .last()
                .filter(|b| b.range.end <= office.range.start && coordinates(&s.text[b.range.end..office.range.start]))
            && let Some(place) = place_of_committee(&s.text[body.range.clone()])
        {
            rest[0].full_name = Some(format!("{place}{name}"));
        }
    }
}

/// The place a place's party committee is named by (镇 of 镇党委, 青山县 of 青山县委).
fn place_of_committee(name: &str) -> Option<&str> {
    let place = name.strip_suffix("党委").or_else(|| name.strip_suffix('委'))?;
    place.ends_with(ADMIN_UNITS).then_some(place)
}
