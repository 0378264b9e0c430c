//! Known organisations from the dictionary, and names that lend their last character
//! to a title (外交部 + 长 = 外交部长).

use crate::charset::starts_with_one_of;
use std::ops::Range;

use super::head::{glued_before_unit, term_of_office, unknown_city};
use super::{OrgMention, is_org_word};
use crate::dictionary::{Hit, tag};
use crate::recognize::{ADMIN_UNITS, Sentence, is_bare_unit};
use crate::segment::with_word_class;

/// A known organisation, when the hit stands on word boundaries (公安部 in 公安部门,
/// 北大 in 以北大部 do not).
pub(super) fn known(s: &Sentence<'_>, hit: &Hit<'_>, persons: &[Range<usize>]) -> Option<OrgMention> {
    let word = s.word_at(hit.start).map(|w| s.words[w].clone());
    let starts_word = word.as_ref().is_some_and(|w| w.start == hit.start);
    // jieba may glue the name's end to a place after it (新华社长沙电: 新华/社长/沙): the
    // place marks the end as well as a word boundary does.
    let place_after = s.hit_starting_at(hit.end).is_some_and(|h| h.entry.is(tag::PLACE));
    let ends_word = place_after || s.word_at(hit.end - 1).is_some_and(|w| s.words[w].end == hit.end);
    // jieba-rs may know the longer name as one organisation word (美国国防部/nt): the
    // name is that word.
    let org_word = word.filter(|w| !starts_word && w.end == hit.end && is_org_word(&s.text[w.clone()]));
    if !(starts_word && ends_word) && org_word.is_none() {
        return None;
    }
    // 演练中共有15名, 比赛中共有: 'in … in all there are', not the party.
    if &s.text[hit.start..hit.end] == "中共" && hit.start > 0 && starts_with_one_of(&s.text[hit.end..], &['有', '计'])
    {
        return None;
    }
    // Places written before it belong to the name (广东省社科院, 美国国防部).
    // Not a term of office it glued on (八届全国政协/nt: the body is the same from term to term).
    let mut start = org_word.map_or(hit.start, |w| w.start + term_of_office(&s.text[w.start..hit.start]));
    let mut prefix = None;
    while let Some(p) = s.hit_ending_at(start).filter(|h| h.entry.is(tag::PLACE)) {
        start = p.start;
        prefix = Some(p.start..hit.start);
    }
    // ... and so does a bare unit written as a word of its own (省|社科院: the province's);
    // the name alone then means any province's, not a mention of the same body.
    let mut inner = (start < hit.start).then_some(hit.start..hit.end);
    if prefix.is_none()
        && let Some(k) = start.checked_sub(1).and_then(|p| s.word_at(p))
        && s.words[k].end == start
        && let Some(unit) = bare_unit_start(&s.text[s.words[k].clone()])
    {
        start = s.words[k].start + unit;
        // The place the unit ends, read apart (青山|市|统计局): it starts the name — a word
        // jieba-rs tags a place, or a city's name it took for a name (北辰/nr|市).
        if unit == 0
            && let Some(p) = k.checked_sub(1)
            && s.words[p].end == start
            && (with_word_class(&s.text[s.words[p].clone()], |c| c == "ns") || unknown_city(s, p, persons))
        {
            start = s.words[p].start;
        }
        prefix = Some(start..hit.start);
        inner = None;
    }
    // A place the lexicon does not know, a word jieba-rs tags one that ends in an
    // administrative unit (青州市|统计局), starts the name too.
    if prefix.is_none()
        && let Some(w) = start.checked_sub(1).and_then(|p| s.word_at(p)).map(|k| s.words[k].clone())
        && w.end == start
        && let place = &s.text[w.clone()]
        && place.len() >= 6
        // (jieba-rs tags 加盟 'join' a place: a league's 盟.)
        && place.ends_with(ADMIN_UNITS)
        && !place.ends_with('盟')
        && with_word_class(place, |c| c == "ns")
    {
        start = w.start;
        prefix = Some(start..hit.start);
        // The city's bureau, not the nation's the name alone means.
        inner = None;
    }
    // An expanded abbreviation keeps its place: 北京郑大 is not 郑州大学.
    let full_name = (start == hit.start)
        .then(|| hit.entry.full_name.as_deref().map(str::to_string))
        .flatten();
    Some(OrgMention {
        range: start..hit.end,
        kind: hit.entry.org_kind,
        parent: None,
        inner,
        prefix,
        full_name,
        bare: false,
        named: true,
        in_title: !place_after && lends_to_title(s, hit.end),
        organ_body: false,
    })
}

/// Where a bare unit starts in `word`, the word right before a known organisation: the
/// whole word (省|社科院), or after a linking character jieba-rs glued to it (任省|统计局,
/// 为市|统计局).
pub(super) fn bare_unit_start(word: &str) -> Option<usize> {
    if is_bare_unit(word) {
        return Some(0);
    }
    let mut chars = word.chars();
    let (Some(l), Some(_), None) = (chars.next(), chars.next(), chars.next()) else {
        return None;
    };
    (glued_before_unit(l) && is_bare_unit(&word[l.len_utf8()..])).then_some(l.len_utf8())
}

/// Head characters that form a title with 长 (部长, 局长, 厅长 ...).
pub(crate) const TITLE_HEADS: &str = "部局厅处科司署院所校社行馆站台团队组会";

/// Does the name ending at `end` lend its last character to a title (外交部 + 长)?
pub(super) fn lends_to_title(s: &Sentence<'_>, end: usize) -> bool {
    s.char_at(end) == Some('长') && s.char_before(end).is_some_and(|c| TITLE_HEADS.contains(c))
}
