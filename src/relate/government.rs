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

/// Characters that may stand right before a bare government's unit without being part of a
/// place's name: punctuation, blanks, and the particles and prepositions a body follows
/// (由县政府主办, 经市政府同意, 县委和县政府, 向区政府报告).
fn opens_bare(c: char) -> bool {
    !c.is_alphanumeric() || "由经和与及的在向对为并据".contains(c)
}

/// Gives each head of government's post whose triple names no body, or only the place,
/// the government the document names: the place's own (青山县人民政府, 青山县政府) first,
/// else a government named by its unit alone (县政府), which the place, if known, completes
/// (青山县政府). The first mention in the text is taken; the triple's evidence reaches to it
/// and its place, now that a body is named, is `None`.
pub(crate) fn governments_named<'t>(text: &'t str, ex: &mut Extraction<'t>) {
    if !text.contains("政府") {
        return;
    }
    for t in &mut ex.triples {
        let Some(unit) = head_of_government(t) else {
            continue;
        };
        let place_named = t.place.as_ref().map(|p| p.name.to_string());
        let Some(span) = named_government(text, unit, place_named.as_deref()) else {
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

/// The first mention in `text` of the government of `unit`: of the place `place` when one is
/// known (青山县人民政府, 青山县政府), else named by the unit alone (县政府, 县人民政府).
fn named_government(text: &str, unit: char, place: Option<&str>) -> Option<Span> {
    let mut own: Option<Span> = None;
    let mut bare: Option<Span> = None;
    let mut suffix = [0u8; 4];
    let unit_str: &str = unit.encode_utf8(&mut suffix);
    for (at, _) in text.match_indices("政府") {
        let end = at + "政府".len();
        let before = &text[..at];
        let before = before.strip_suffix("人民").unwrap_or(before);
        let Some(unit_start) = before.strip_suffix(unit_str).map(str::len) else {
            continue;
        };
        if let Some(place) = place
            && own.is_none()
            && text[..unit_start + unit_str.len()].ends_with(place)
        {
            own = Some(Span::new(unit_start + unit_str.len() - place.len(), end));
        }
        if bare.is_none() && text[..unit_start].chars().next_back().is_none_or(opens_bare) {
            bare = Some(Span::new(unit_start, end));
        }
        if own.is_some() {
            break;
        }
    }
    own.or(bare)
}
