//! Surname + title: `王主任` refers to the 王 named in full earlier in the document.
//!
//! The title holds no name of its own, so it links only when exactly one full
//! name given earlier starts with that surname (single or compound); otherwise it
//! stays a title without a person, as the text leaves it.

use std::ops::Range;

use super::Mentions;
use crate::recognize::{Sentence, is_han};

/// A title written after a bare surname, resolved to an earlier full name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SurnameTitle {
    pub(crate) role: usize,
    /// Index into the earlier names given to [`resolve`].
    pub(crate) person: usize,
    /// The organisation right before the surname (教育局王局长), by index into the sentence's orgs.
    pub(crate) org: Option<usize>,
    /// The surname and the title, relative to the sentence.
    pub(crate) evidence: Range<usize>,
}

/// Resolves titles of sentence `s` written after a bare surname. `earlier` holds
/// the full names found before in the document, in order; `taken` tells whether a
/// title already has a holder in this sentence.
pub(crate) fn resolve(
    s: &Sentence<'_>,
    m: &Mentions<'_>,
    earlier: &[&str],
    taken: impl Fn(usize) -> bool,
    out: &mut Vec<SurnameTitle>,
) {
    for (r, role) in m.roles.iter().enumerate() {
        if role.byline || taken(r) {
            continue;
        }
        let before = &s.text[..role.range.start];
        let covered = |start: usize| {
            m.persons.iter().any(|p| p.start < role.range.start && start < p.end)
                || m.orgs
                    .iter()
                    .any(|o| o.range.start < role.range.start && start < o.range.end)
        };
        // Try a compound surname (two characters) before a single one.
        for len in [2, 1] {
            let Some(start) = before.char_indices().rev().nth(len - 1).map(|(i, _)| i) else {
                continue;
            };
            let surname = &before[start..];
            if !surname.chars().all(is_han) || covered(start) {
                continue;
            }
            // The surname must not be the tail of a longer word (的主任, 各主任).
            if s.word_at(start).is_some_and(|w| s.words[w].start < start) {
                continue;
            }
            let Some(name) = earlier
                .iter()
                .find(|n| n.starts_with(surname) && n.chars().count() > surname.chars().count())
            else {
                continue;
            };
            // The latest mention of that name.
            let last = earlier.iter().rposition(|n| n == name).unwrap_or_default();
            if earlier
                .iter()
                .any(|n| n.starts_with(surname) && n != name && n.chars().count() > surname.chars().count())
            {
                // Two people share the surname: the text does not say which one.
                break;
            }
            let org = m.orgs.iter().position(|o| o.range.end == start);
            out.push(SurnameTitle {
                role: r,
                person: last,
                org,
                evidence: start..role.range.end,
            });
            break;
        }
    }
}
