//! A readable table of what was found in a document.

use std::io::{self, Write};

use zh_extract::Extraction;

/// Pads `s` to `width` terminal columns (CJK characters take two), with one space at
/// least: a longer value (percentage_point) pushes the row on rather than running into
/// the next column.
fn pad(s: &str, width: usize) -> String {
    let cols: usize = s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{s}{}", " ".repeat(width.saturating_sub(cols).max(1)))
}

/// A value for one cell: a surface a print break ran through (邓\n建华) on one line.
fn cell(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Writes the triples and facts of one document.
pub(crate) fn write(out: &mut impl Write, name: &str, ex: &Extraction<'_>) -> io::Result<()> {
    writeln!(out, "== {name}")?;
    writeln!(out, "{} triples", ex.triples.len())?;
    if !ex.triples.is_empty() {
        writeln!(
            out,
            "  {}{}{}rule",
            pad("person", 12),
            pad("role", 22),
            pad("organisation", 44)
        )?;
    }
    for t in &ex.triples {
        // A post of a place (海州市|副市长) is held in the place: say it is one.
        let org = match (&t.place, &t.org) {
            (Some(p), _) => format!("{} (place)", p.name),
            (None, Some(o)) => o.name.to_string(),
            (None, None) => "—".into(),
        };
        writeln!(
            out,
            "  {}{}{}{}",
            pad(&cell(&t.person.text), 12),
            pad(&cell(&t.role.text), 22),
            pad(&org, 44),
            t.rule.id()
        )?;
    }
    writeln!(out, "{} facts", ex.facts.len())?;
    if !ex.facts.is_empty() {
        writeln!(
            out,
            "  {}{}{}{}{}subject",
            pad("text", 22),
            pad("value", 16),
            pad("unit", 10),
            pad("kind", 18),
            pad("qualifier", 11)
        )?;
    }
    for f in &ex.facts {
        let text = cell(&f.text);
        let subject = f.subject.as_ref().map_or(String::new(), |s| cell(&s.text));
        writeln!(
            out,
            "  {}{}{}{}{}{}",
            pad(&text, 22),
            pad(&f.value.to_string(), 16),
            pad(&f.unit, 10),
            pad(f.unit_kind.as_str(), 18),
            pad(f.qualifier.as_str(), 11),
            subject
        )?;
    }
    if !ex.dates.is_empty() {
        let dates: Vec<String> = ex
            .dates
            .iter()
            .map(|d| format!("{} ({})", cell(&d.text), d.iso()))
            .collect();
        writeln!(out, "dates: {}", dates.join(", "))?;
    }
    Ok(())
}
