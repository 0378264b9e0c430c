//! Surname + title: `王主任` refers to the 王 named in full earlier in the document.
//!
//! The title holds no name of its own, so it links only when exactly one full
//! name given earlier starts with that surname (single or compound); otherwise it
//! stays a title without a person, as the text leaves it.

use std::ops::Range;

use super::Mentions;
use crate::recognize::person::{FastMap, is_dot};
use crate::recognize::{Sentence, is_han};

/// A title written after a bare surname, resolved to an earlier full name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SurnameTitle {
    pub(crate) role: usize,
    /// Index into the earlier names given to [`resolve`].
    pub(crate) person: usize,
    /// The organisation right before the surname (教育局王局长), by index into the sentence's orgs.
    pub(crate) org: Option<usize>,
    /// The organisation (if any), the surname and the title, relative to the sentence.
    pub(crate) evidence: Range<usize>,
}

/// The full names read so far in a document, indexed by their first one and two
/// characters (a single or compound surname), so each lookup costs the same however
/// long the document grows. (The maps are hashed as the person tables' are, not by std's
/// SipHash with a fresh random state a document: they are only looked up and added to,
/// never walked, so the order of their entries matters to nothing.)
#[derive(Debug, Default)]
pub(crate) struct EarlierNames<'t> {
    by_surname: FastMap<&'t str, Surnamed<'t>>,
    /// Transliterated names by their last part (沃林顿 of 格雷厄姆·沃林顿), which a text
    /// uses alone after naming the person in full (沃林顿大使).
    by_family: FastMap<&'t str, Surnamed<'t>>,
}

#[derive(Debug)]
struct Surnamed<'t> {
    name: &'t str,
    /// Where the latest mention of `name` is, as given to [`EarlierNames::add`].
    last: usize,
    /// Two different names share the surname: the text does not say which one.
    ambiguous: bool,
}

impl<'t> EarlierNames<'t> {
    /// Records a person mention `name`, found at position `index` of the caller's list.
    /// A bare surname (江 of 江主席) is no full name and is not recorded.
    pub(crate) fn add(&mut self, name: &'t str, index: usize) {
        if name.chars().nth(1).is_none() {
            return;
        }
        // Room for the keys of seven names at once (two a name): grown from nothing, the
        // map was rehashed three or four times in a document of a few names.
        if self.by_surname.capacity() == 0 {
            self.by_surname.reserve(14);
        }
        for len in [1, 2] {
            let Some((cut, _)) = name.char_indices().nth(len) else {
                break;
            };
            note(&mut self.by_surname, &name[..cut], name, index);
        }
        if let Some((dot, c)) = name.char_indices().rfind(|&(_, c)| is_dot(c)) {
            let family = &name[dot + c.len_utf8()..];
            if family.chars().nth(1).is_some() {
                note(&mut self.by_family, family, name, index);
            }
        }
    }

    /// The position of the latest transliterated full name whose last part `name` is, if
    /// exactly one such name was given (布什 after 乔治·布什 and 杰布·布什 is either).
    pub(crate) fn full_name(&self, name: &str) -> Option<usize> {
        if name.chars().any(is_dot) {
            return None;
        }
        self.by_family.get(name).filter(|e| !e.ambiguous).map(|e| e.last)
    }

    /// The position of the latest full name starting with `surname`, if exactly one does.
    fn lookup(&self, surname: &str) -> Option<usize> {
        self.by_surname.get(surname).filter(|e| !e.ambiguous).map(|e| e.last)
    }
}

/// Records `name`, at position `index`, under `key`: one name for the key, or ambiguous.
fn note<'t>(map: &mut FastMap<&'t str, Surnamed<'t>>, key: &'t str, name: &'t str, index: usize) {
    let entry = map.entry(key).or_insert(Surnamed {
        name,
        last: index,
        ambiguous: false,
    });
    if entry.name == name {
        entry.last = index;
    } else {
        entry.ambiguous = true;
    }
}

/// Is the person mention `p` (a byte range of its sentence) a surname alone (江 of
/// 江主席)? One character: a name has at least two.
pub(super) fn is_bare_surname(sentence: &str, p: &Range<usize>) -> bool {
    sentence
        .get(p.clone())
        .is_some_and(|name| name.chars().nth(1).is_none())
}

/// Resolves titles of sentence `s` written after a bare surname. `earlier` holds
/// the full names found before in the document; `taken` tells whether a title
/// already has a holder in this sentence.
pub(crate) fn resolve(
    s: &Sentence<'_>,
    m: &Mentions<'_>,
    earlier: &EarlierNames<'_>,
    taken: impl Fn(usize) -> bool,
    out: &mut Vec<SurnameTitle>,
) {
    for (r, role) in m.roles.iter().enumerate() {
        if role.byline || taken(r) {
            continue;
        }
        let before = &s.text[..role.range.start];
        let covered = |start: usize| {
            m.persons
                .iter()
                .any(|p| p.start < role.range.start && start < p.end && !is_bare_surname(s.text, p))
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
            match earlier.by_surname.get(surname) {
                None => continue,
                // Two people share the surname: no link.
                Some(e) if e.ambiguous => break,
                Some(_) => {}
            }
            let Some(last) = earlier.lookup(surname) else { break };
            // The organisation right before the surname belongs to the evidence too.
            let org = m.orgs.iter().position(|o| o.range.end == start);
            let from = org.map_or(start, |o| m.orgs[o].range.start);
            out.push(SurnameTitle {
                role: r,
                person: last,
                org,
                evidence: from..role.range.end,
            });
            break;
        }
    }
}
