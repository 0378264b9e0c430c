//! A head of government's post (县长, 常务副市长, 镇长) where no body is written with it is
//! held in the place's government. When the document names that government (县政府,
//! 青山县人民政府), the triple names it, as a reader would: 鹤沙县委、县政府高度重视，
//! 县长甲多次督办 makes 甲 县长 of 县政府, not of the bare county.

use std::borrow::Cow;

use crate::model::{Extraction, Org, Triple};
use crate::{OrgKind, Span};

/// The units whose head is titled by the unit and 长, and whose government is written
/// with the unit and 政府 (县长 of 县政府, 州长 of 州政府, 旗长 of 旗政府).
const UNITS: &[char] = &['省', '市', '县', '区', '镇', '乡', '州', '旗'];

/// Is the government whose unit starts at byte `at` named by its unit alone: after
/// punctuation, a blank, or a preposition or conjunction a body follows (由县政府主办,
/// 经市政府同意, 县委和县政府, 向区政府报告)? Not one of a list of units (各市、县政府: every
/// county's), nor after 的 (该县的县政府: the county named before).
fn named_by_unit(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        None => true,
        Some('、') => !before.next().is_some_and(|c| UNITS.contains(&c)),
        Some(c) => !c.is_alphanumeric() || "由经和与及在向对为并据".contains(c),
    }
}

/// How many mentions of a government a document is searched for: the first is taken, and
/// a bound keeps a long document's many triples from each reading all its mentions.
const MAX_MENTIONS: usize = 64;

/// Gives each head of government's post whose triple names no body, or only the place,
/// the government the document names: the place's own (青山县人民政府, 青山县政府) first,
/// else a government named by its unit alone (县政府), which the place, if known, completes
/// (青山县政府). The first mention in the text is taken; the triple's evidence reaches to it
/// and its place, now that a body is named, is `None`.
pub(crate) fn governments_named<'t>(text: &'t str, ex: &mut Extraction<'t>) {
    if !ex.triples.iter().any(|t| head_of_government(t).is_some()) || !text.contains("政府") {
        return;
    }
    let mentions = mentions_of_governments(text);
    let sole = sole_governments(ex);
    for t in &mut ex.triples {
        let Some(unit) = head_of_government(t) else {
            continue;
        };
        let place_named = t.place.as_ref().map(|p| p.name.to_string());
        let Some(span) = named_government(text, &mentions, unit, place_named.as_deref()) else {
            // Else, for a post of no known place, the one government of its unit the
            // document names in full, before or after it (县长甲出席 … 本次赛事由鹤沙县人民
            // 政府主办): a county's news names its own county's.
            if place_named.is_none()
                && let Some((_, org)) = sole.iter().find(|(u, _)| *u == unit)
            {
                t.evidence = t.evidence.cover(org.span);
                t.org = Some(org.clone());
            }
            continue;
        };
        let written = &text[span.start..span.end];
        // The place completes a government named by its unit alone: 武汉市市长 … 市政府 is
        // 武汉市政府, so that the triple still says which city.
        let name = match place_named {
            Some(place) if written.starts_with(unit) && place.ends_with(unit) => {
                Cow::Owned(format!("{place}{}", &written[unit.len_utf8()..]))
            }
            _ => Cow::Borrowed(written),
        };
        t.evidence = t.evidence.cover(span);
        t.org = Some(Org {
            text: Cow::Borrowed(written),
            span,
            name,
            kind: OrgKind::Government,
            parent: None,
        });
        t.place = None;
    }
}

/// For each unit, the government the document names in full (鹤沙县人民政府, 鹤沙县政府),
/// when it names one only (under one name, however often).
fn sole_governments<'t>(ex: &Extraction<'t>) -> Vec<(char, Org<'t>)> {
    let mut sole: Vec<(char, Org<'t>)> = Vec::new();
    let mut several: Vec<char> = Vec::new();
    for o in ex
        .orgs
        .iter()
        .filter(|o| o.kind == OrgKind::Government && o.parent.is_none())
    {
        let Some((unit_start, unit)) = o.name.strip_suffix("政府").and_then(governed_unit) else {
            continue;
        };
        // (Named with its place: not 县政府, nor a word read into the name, 领导县政府.)
        let place = &o.name[..unit_start];
        if place.chars().count() < 2
            || crate::segment::with_word_class(place, |c| matches!(c, "n" | "v" | "vn" | "a" | "d"))
            || several.contains(&unit)
        {
            continue;
        }
        match sole.iter().position(|(u, _)| *u == unit) {
            Some(k) if sole[k].1.name != o.name => {
                sole.remove(k);
                several.push(unit);
            }
            Some(_) => {}
            None => sole.push((unit, o.clone())),
        }
    }
    sole
}

/// The unit whose government the triple's post heads (县 of 常务副县长), when its org is
/// none or the place itself.
fn head_of_government(t: &Triple<'_>) -> Option<char> {
    let mut core = t.role.core.chars();
    let (unit, head, end) = (core.next()?, core.next()?, core.next());
    let place_only = match (&t.org, &t.place) {
        (None, _) => true,
        (Some(o), Some(p)) => o.span == p.span,
        (Some(_), None) => false,
    };
    (head == '长' && end.is_none() && UNITS.contains(&unit) && place_only).then_some(unit)
}

/// A government written in the text: its unit, where the unit starts, where the mention ends
/// (after 政府), and whether the unit is written alone (县政府, not 青山县政府).
struct Mention {
    unit: char,
    unit_start: usize,
    end: usize,
    bare: bool,
}

/// The first [`MAX_MENTIONS`] governments written in `text` (县政府, 青山县人民政府).
fn mentions_of_governments(text: &str) -> Vec<Mention> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("政府") {
        let Some((unit_start, unit)) = governed_unit(&text[..at]) else {
            continue;
        };
        found.push(Mention {
            unit,
            unit_start,
            end: at + "政府".len(),
            bare: named_by_unit(text, unit_start),
        });
        if found.len() == MAX_MENTIONS {
            break;
        }
    }
    found
}

/// The unit a government's name governs and where it starts, from `before`, the name up
/// to its 政府 (青山县人民 → 县 at 6; 县 → 县 at 0), if it ends with one.
fn governed_unit(before: &str) -> Option<(usize, char)> {
    let before = before.strip_suffix("人民").unwrap_or(before);
    let unit = before.chars().next_back().filter(|c| UNITS.contains(c))?;
    Some((before.len() - unit.len_utf8(), unit))
}

/// The first mention of the government of `unit`: of the place `place` when one is known
/// (青山县人民政府, 青山县政府), else named by the unit alone (县政府, 县人民政府).
fn named_government(text: &str, mentions: &[Mention], unit: char, place: Option<&str>) -> Option<Span> {
    let of_unit = || mentions.iter().filter(move |m| m.unit == unit);
    let own = place.and_then(|place| {
        of_unit()
            .find(|m| text[..m.unit_start + unit.len_utf8()].ends_with(place))
            .map(|m| Span::new(m.unit_start + unit.len_utf8() - place.len(), m.end))
    });
    own.or_else(|| of_unit().find(|m| m.bare).map(|m| Span::new(m.unit_start, m.end)))
}
