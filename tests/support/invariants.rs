//! The span invariant and the other checks every extraction must pass, shared by
//! `tests/properties.rs` and the fuzz targets (through `#[path]`).
//!
//! For every person, role, organisation (and its parent), triple part (a place too), fact (and its
//! subject), number and date: the span lies inside the text, on char boundaries, and
//! `&text[span.range()] == item.text`; no item is empty; a triple's evidence covers its
//! parts; bounds are ordered; exact values survive a round trip through their text;
//! every list is in text order.

#![allow(dead_code)]

use zh_extract::{Decimal, Extraction, Org, Span};

/// Checks one item: its span lies in the text, on char boundaries, and spells `surface`.
fn check_item(text: &str, what: &str, span: Span, surface: &str, errors: &mut Vec<String>) {
    if span.start > span.end || span.end > text.len() {
        errors.push(format!(
            "{what} {surface:?}: span {span:?} outside a text of {} bytes",
            text.len()
        ));
        return;
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        errors.push(format!("{what} {surface:?}: span {span:?} is not on char boundaries"));
        return;
    }
    if &text[span.range()] != surface {
        errors.push(format!(
            "{what}: text {surface:?} but the span {span:?} spells {:?}",
            &text[span.range()]
        ));
    }
    if surface.is_empty() {
        errors.push(format!("{what}: empty item at {span:?}"));
    }
}

fn check_span_only(text: &str, what: &str, span: Span, errors: &mut Vec<String>) {
    if span.start > span.end || span.end > text.len() {
        errors.push(format!("{what}: span {span:?} outside a text of {} bytes", text.len()));
    } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        errors.push(format!("{what}: span {span:?} is not on char boundaries"));
    }
}

fn check_org(text: &str, what: &str, o: &Org<'_>, errors: &mut Vec<String>) {
    check_item(text, what, o.span, &o.text, errors);
    if o.name.is_empty() {
        errors.push(format!("{what} {:?}: empty name", o.text));
    }
    if let Some(p) = &o.parent {
        check_item(text, &format!("parent of {what} {:?}", o.text), p.span, &p.text, errors);
    }
}

fn check_sorted(what: &str, spans: impl Iterator<Item = Span>, errors: &mut Vec<String>) {
    let mut last = 0;
    for s in spans {
        if s.start < last {
            errors.push(format!(
                "{what} not in text order: one starts at {} after one starting at {last}",
                s.start
            ));
            return;
        }
        last = s.start;
    }
}

/// An exact value must read back from its own text, and its `f64` must be a number.
fn check_decimal(what: &str, value: Decimal, errors: &mut Vec<String>) {
    let text = value.to_string();
    if text.parse::<Decimal>().ok() != Some(value) {
        errors.push(format!(
            "{what}: value {value:?} prints as {text:?}, which does not read back"
        ));
    }
    if value.to_f64().is_nan() {
        errors.push(format!("{what}: value {value:?} is NaN as f64"));
    }
}

/// Every violation of the span invariant in `ex`, the extraction of `text`.
pub fn span_errors(text: &str, ex: &Extraction<'_>) -> Vec<String> {
    let mut e = Vec::new();
    for p in &ex.persons {
        check_item(text, "person", p.span, &p.text, &mut e);
    }
    for r in &ex.roles {
        check_item(text, "role", r.span, &r.text, &mut e);
        if r.core.is_empty() {
            e.push(format!("role {:?}: empty core", r.text));
        }
    }
    for o in &ex.orgs {
        check_org(text, "org", o, &mut e);
    }
    for t in &ex.triples {
        check_item(text, "triple person", t.person.span, &t.person.text, &mut e);
        check_item(text, "triple role", t.role.span, &t.role.text, &mut e);
        check_span_only(text, "triple evidence", t.evidence, &mut e);
        // A title after a bare surname (马书记) names its holder earlier in the
        // document: the person's span lies before the title, outside the evidence by
        // design (which reaches back only to a body named before, if it takes one).
        let mut parts = vec![t.role.span];
        if t.rule != zh_extract::Rule::SurnameTitle {
            parts.push(t.person.span);
        } else if t.person.span.end > t.role.span.start {
            e.push(format!(
                "triple {}|{}: the surname's full name does not come first",
                t.person.text, t.role.text
            ));
        }
        if let Some(o) = &t.org {
            check_org(text, "triple org", o, &mut e);
            parts.push(o.span);
        }
        if let Some(p) = &t.place {
            check_item(text, "triple place", p.span, &p.text, &mut e);
            parts.push(p.span);
            // A post of a place is held in the place: the org is the place, nothing else.
            if t.org.as_ref() != Some(&p.as_government()) {
                e.push(format!(
                    "triple {}|{}: a place whose org is not the place",
                    t.person.text, t.role.text
                ));
            }
        }
        for p in parts {
            if !t.evidence.contains(p) {
                e.push(format!(
                    "triple {}|{}: evidence {:?} does not cover part at {p:?}",
                    t.person.text, t.role.text, t.evidence
                ));
            }
        }
    }
    for f in &ex.facts {
        check_item(text, "fact", f.span, &f.text, &mut e);
        check_decimal(&format!("fact {:?}", f.text), f.value, &mut e);
        if let Some(si) = &f.si {
            check_decimal(&format!("SI value of fact {:?}", f.text), si.value, &mut e);
        }
        if let Some(s) = &f.subject {
            check_item(text, &format!("subject of fact {:?}", f.text), s.span, &s.text, &mut e);
        }
        if let Some(b) = &f.bounds
            && b.low > b.high
        {
            e.push(format!("fact {:?}: bounds {} > {}", f.text, b.low, b.high));
        }
    }
    for n in &ex.numbers {
        check_item(text, "number", n.span, &n.text, &mut e);
        check_decimal(&format!("number {:?}", n.text), n.value, &mut e);
        if let Some(b) = &n.bounds
            && b.low > b.high
        {
            e.push(format!("number {:?}: bounds {} > {}", n.text, b.low, b.high));
        }
    }
    for d in &ex.dates {
        check_item(text, "date", d.span, &d.text, &mut e);
        if d.month.is_some_and(|m| !(1..=12).contains(&m)) || d.day.is_some_and(|d| !(1..=31).contains(&d)) {
            e.push(format!("date {:?}: month {:?} day {:?}", d.text, d.month, d.day));
        }
    }
    check_sorted("persons", ex.persons.iter().map(|p| p.span), &mut e);
    check_sorted("roles", ex.roles.iter().map(|p| p.span), &mut e);
    check_sorted("facts", ex.facts.iter().map(|p| p.span), &mut e);
    check_sorted("numbers", ex.numbers.iter().map(|p| p.span), &mut e);
    check_sorted("dates", ex.dates.iter().map(|p| p.span), &mut e);
    e
}
