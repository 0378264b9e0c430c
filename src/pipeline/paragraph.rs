//! The paragraph being read, for the bare repeats of the names its post holders and
//! addressed persons are given (外长萨利姆 … 萨利姆说): see `recognize::person::KnownNames`.

use std::ops::Range;

use super::records::Records;
use crate::Extraction;
use crate::normalize::View;
use crate::recognize::person::KnownNames;
use crate::recognize::starts_with_honorific;
use crate::relate::Mentions;

/// What the current paragraph has read, in view offsets: where its bare repeats of
/// names may stand.
#[derive(Default)]
pub(super) struct Paragraph {
    /// Index into the document's person ranges of the paragraph's first person.
    first_person: usize,
    /// Index of the paragraph's first triple.
    first_triple: usize,
    words: Vec<Range<usize>>,
    /// Persons, organisations and titles read: no repeat overlaps them.
    taken: Vec<Range<usize>>,
    /// Where the paragraph's post holders start, in the original text.
    holders: Vec<usize>,
    repeats: Vec<Range<usize>>,
}

impl Paragraph {
    /// The ranges its buffers have room for.
    pub(super) fn capacity(&self) -> usize {
        self.words.capacity() + self.taken.capacity() + self.holders.capacity() + self.repeats.capacity()
    }

    /// Readies a paragraph whose buffers served another document for a new one.
    pub(super) fn restart(&mut self) {
        self.first_person = 0;
        self.first_triple = 0;
        self.words.clear();
        self.taken.clear();
    }

    /// Adds a sentence's words and mentions; `offset` is where it starts in the view.
    pub(super) fn read(&mut self, offset: usize, words: &[Range<usize>], m: &Mentions<'_>) {
        let shift = |r: &Range<usize>| offset + r.start..offset + r.end;
        self.words.extend(words.iter().map(shift));
        self.taken.extend(m.persons.iter().map(shift));
        self.taken.extend(m.orgs.iter().map(|o| shift(&o.range)));
        self.taken.extend(m.roles.iter().map(|r| shift(&r.range)));
    }

    /// Learns the names of the paragraph's post holders and of the persons it addresses
    /// (甲同志, 乙先生), then adds their bare repeats in it as persons (a post given in a
    /// later sentence counts too: 萨利姆说…… 外长萨利姆). Only these: a name read from its
    /// characters alone is too often a club, a brand or a place (a museum named after its
    /// founder), and its repeats would repeat the error.
    pub(super) fn end<'v, 't>(
        &mut self,
        view: &'v View<'t>,
        known: &mut KnownNames<'v>,
        ex: &mut Extraction<'t>,
        person_ranges: &mut Vec<Range<usize>>,
    ) {
        self.holders.clear();
        self.holders
            .extend(ex.triples[self.first_triple..].iter().map(|t| t.person.span.start));
        self.holders.sort_unstable();
        for (r, p) in person_ranges.iter().zip(&ex.persons).skip(self.first_person) {
            let addressed = || starts_with_honorific(&view.text()[r.end..]);
            if self.holders.binary_search(&p.span.start).is_ok() || addressed() {
                known.add(&view.text()[r.clone()]);
            }
        }
        self.repeats.clear();
        if !known.is_empty() {
            merge(&mut self.taken);
            known.find(view.text(), &self.words, &self.taken, &mut self.repeats);
        }
        let records = Records { view, offset: 0 };
        for r in self.repeats.drain(..) {
            ex.persons.push(records.person(&r));
            person_ranges.push(r);
        }
        self.words.clear();
        self.taken.clear();
        self.first_person = person_ranges.len();
        self.first_triple = ex.triples.len();
    }
}

/// Sorts `ranges` and merges those that overlap: disjoint ranges in order.
fn merge(ranges: &mut Vec<Range<usize>>) {
    ranges.sort_unstable_by_key(|r| r.start);
    let mut kept = 0;
    for i in 0..ranges.len() {
        let r = ranges[i].clone();
        if kept > 0 && r.start < ranges[kept - 1].end {
            ranges[kept - 1].end = ranges[kept - 1].end.max(r.end);
        } else {
            ranges[kept] = r;
            kept += 1;
        }
    }
    ranges.truncate(kept);
}
