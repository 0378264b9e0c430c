//! The pipeline: normalise → segment → recognise → relate, with numbers beside it,
//! and the conversion of what it finds into records with spans of the original text.
//!
//! * [`records`] — mentions turned into the public records;
//! * [`context`] — what earlier sentences said that later ones lean on (bodies named
//!   before, lists, résumés);
//! * [`paragraph`] — the paragraph being read, for the bare repeats of its names.

mod context;
mod paragraph;
mod records;

use crate::charset::trimmed_end;
use std::cell::RefCell;
use std::collections::HashSet;
use std::ops::Range;

use crate::dictionary::{Hit, Lexicon};
use crate::normalize::traditional::Simplifier;
use crate::normalize::{View, ViewBuffers};
use crate::numbers::{self, NumberModel, Numbers};
use crate::recognize::org::{self, Aliases, KnownClubs, OrgMention, OrgModel};
use crate::recognize::person::{self, GivenNames, KnownNames, PersonModel};
use crate::recognize::role::{self, Descriptors, RoleMention};
use crate::recognize::{Sentence, is_han, state};
use crate::relate::{self, EarlierNames, Mentions, SurnameTitle, TripleMention, Unheld};
use crate::segment;
use crate::{Extraction, Person, Place, Rule};
use context::{Context, Read};
use paragraph::Paragraph;
use records::Records;

/// Everything an extractor knows, compiled once and shared.
#[derive(Debug)]
pub(crate) struct Model {
    pub(crate) lexicon: Lexicon,
    pub(crate) persons: PersonModel,
    pub(crate) orgs: OrgModel,
    pub(crate) numbers: NumberModel,
    pub(crate) simplifier: Simplifier,
    pub(crate) descriptors: Descriptors,
}

/// Buffers reused across the sentences of a document, and across the documents a thread
/// reads (see [`SCRATCH`]).
#[derive(Default)]
struct Scratch {
    words: Vec<Range<usize>>,
    persons: Vec<Range<usize>>,
    /// Names inside 《…》, kept if their paragraph names the same person elsewhere.
    in_titles: Vec<Range<usize>>,
    orgs: Vec<OrgMention>,
    roles: Vec<RoleMention>,
    triples: Vec<TripleMention>,
    unheld: Vec<Unheld>,
    /// The mentions [`relate::relate`] reads a sentence's relations from.
    items: relate::Items,
    surnamed: Vec<SurnameTitle>,
    paragraph: Paragraph,
    /// Where a number may start in the document (view offsets, in order), noted by the
    /// person scan of each sentence it reads and by a look at each other sentence.
    numerals: Vec<usize>,
    /// The document's sentences, and the view ranges of its persons: taken for the time
    /// of a document and put back (a document's own vectors were allocated, and the
    /// persons' grown, for every document).
    sentences: Vec<Range<usize>>,
    person_ranges: Vec<Range<usize>>,
    /// The buffer of a sentence's lexicon hits, empty (see [`recycle`]): allocated for
    /// every document, it cost some 150 instructions a document.
    hits: Vec<Hit<'static>>,
    /// The allocations of the last document's view (its text and offset map).
    view: ViewBuffers,
}

/// `hits` emptied, as a vector of hits of another lifetime, in the same allocation: the
/// buffer outlives the lexicon its hits borrow. (Collecting a vector's own iterator into a
/// vector of elements of the same size and alignment reuses its allocation; no element is
/// left to map.)
fn recycle<'a>(mut hits: Vec<Hit<'_>>) -> Vec<Hit<'a>> {
    hits.clear();
    hits.into_iter().map(|_| unreachable!("the vector is empty")).collect()
}

/// The most ranges a paragraph's buffers may hold room for and be kept for the next
/// document (1 MiB).
const MAX_KEPT_RANGES: usize = 1 << 16;

thread_local! {
    /// The buffers of the last document this thread read: the next one starts with their
    /// capacity instead of growing every vector again from nothing (callgrind: 0.9 M
    /// instructions of allocation per pass of 600 paragraphs). Borrowed for the time of a
    /// document, in place (moving them out and back in cost some 500 instructions a
    /// document), so a document read inside another gets buffers of its own.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Model {
    pub(crate) fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.extract_with(text, &mut scratch),
            Err(_) => self.extract_with(text, &mut Scratch::default()),
        })
    }

    /// [`Model::extract`] with the buffers `scratch`.
    fn extract_with<'t>(&self, text: &'t str, scratch: &mut Scratch) -> Extraction<'t> {
        let view = View::new_in(text, &mut scratch.view).simplified(&self.simplifier);
        let mut ex = Extraction::default();
        let paragraph = &mut scratch.paragraph;
        paragraph.restart();
        scratch.numerals.clear();
        // (The sentences' hits borrow the lexicon, so the buffer is kept across documents
        // empty, as hits of no lexicon: see `recycle`.)
        let mut hits: Vec<Hit<'_>> = recycle(std::mem::take(&mut scratch.hits));
        hits.reserve(32);
        let mut person_ranges = std::mem::take(&mut scratch.person_ranges);
        person_ranges.clear();
        // Full names read so far, for 王主任 further on.
        let mut earlier = EarlierNames::default();
        // Names read inside 《…》 (view range and record), for the end of the document.
        let mut in_titles: Vec<(Range<usize>, Person<'t>)> = Vec::new();
        // Short names the document defines (…有限公司（以下简称“公司”）).
        let mut aliases = Aliases::default();
        // What earlier sentences said that later ones lean on.
        let mut context = Context::default();
        // The names given so far, and what the current paragraph has read, for the bare
        // repeats of its names.
        let mut known = KnownNames::default();
        // Every name read so far, for a name read one character long (刘波 … 刘波|读高中).
        let mut given = GivenNames::default();
        // The clubs named so far, for a club's name read again (米德尔主场… 米德尔表现反复).
        let mut clubs = KnownClubs::default();
        // Whether the sentence before ended an item of a removal's list (see `relate::relate`).
        let mut removal_goes_on = false;
        // The holder of a life told clause by clause, when the sentence before ended with ；.
        let mut chain = None;
        let mut sentences = std::mem::take(&mut scratch.sentences);
        sentences.clear();
        segment::sentences_into(view.text(), &mut sentences);
        let mut batch = segment::Batch::default();
        for (k, range) in sentences.iter().cloned().enumerate() {
            let st = &view.text()[range.clone()];
            if !st.chars().any(is_han) {
                numbers::number_starts(view.text(), range.clone(), &mut scratch.numerals);
                if st.contains('\n') {
                    context.paragraph_ends();
                    paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
                }
                continue;
            }
            scratch.words.clear();
            batch.words(view.text(), &sentences, k, &mut scratch.words);
            hits.clear();
            self.lexicon.find_in_words(st, &scratch.words, &mut hits);
            // 塔兰共和国: a state the lexicon does not know, named with its form.
            state::mark_states(st, &scratch.words, |c| self.persons.is_translit(c), &mut hits);
            let s = Sentence {
                text: st,
                words: &scratch.words,
                hits: &hits,
            };
            scratch.persons.clear();
            scratch.in_titles.clear();
            let person::Scanned {
                cues,
                admin_unit,
                colon,
                zhi,
                chang,
            } = self.persons.find(
                &s,
                &mut scratch.persons,
                &mut scratch.in_titles,
                (range.start, &mut scratch.numerals),
            );
            scratch
                .persons
                .retain(|p| !self.persons.names_a_place_or_body(&s, p) && !person::addresses_by_title(&s, p));
            given.fit(&s, &mut scratch.persons);
            // A short name the document defined is read before names across it (任|云岫投资).
            aliases.claim(&s, &mut scratch.persons);
            // A club where only a club stands (米德尔主场), or named as one before, is no person.
            let claimed = clubs.claim(st, cues, &mut scratch.persons);
            scratch.orgs.clear();
            self.orgs
                .find(&s, &scratch.persons, (&claimed, &clubs), cues, &mut scratch.orgs);
            clubs.learn(st, &scratch.orgs);
            // A name that runs into an organisation's name read over a brand (运营方溪川|体育产业
            // 发展有限公司: 方溪川) is no name.
            scratch.persons.retain(|p| {
                !scratch
                    .orgs
                    .iter()
                    .any(|o| p.start < o.range.start && o.range.start < p.end && p.end < o.range.end)
            });
            // Defined first: a notice uses the short name in the sentence that defines it
            // (青禾科技（以下简称“公司”）董事会收到公司副总经理…).
            aliases.define(&s, &scratch.orgs, || org::line_after(view.text(), range.end));
            aliases.mentions(&s, &scratch.persons, &mut scratch.orgs);
            scratch.roles.clear();
            role::find(&s, &scratch.orgs, &scratch.persons, (chang, colon), &mut scratch.roles);
            scratch.triples.clear();
            let m = Mentions {
                persons: &scratch.persons,
                orgs: &scratch.orgs,
                roles: &scratch.roles,
            };
            scratch.unheld.clear();
            relate::relate(
                &s,
                &m,
                &mut scratch.triples,
                &mut scratch.unheld,
                (removal_goes_on, zhi),
                &mut scratch.items,
            );
            // A removal's list goes on after ；(免去：甲的…职务；|乙的…职务。): each item is a
            // sentence of its own; so does the list a heading opens (二、决定免去|甲的…职务；).
            // (Asked again for the chain below: read once.)
            // (Most sentences end with 。, no blank: no trimming and no decoding for them.)
            let ends_with_semicolon = !st.ends_with('。') && trimmed_end(st).ends_with([';', '；']);
            removal_goes_on = (ends_with_semicolon && scratch.triples.iter().any(|t| t.rule == crate::Rule::Removal))
                || relate::heads_removals(st);
            let records = Records {
                view: &view,
                offset: range.start,
            };
            // 王主任: a title after a bare surname named in full earlier in the document.
            scratch.surnamed.clear();
            let triples = &scratch.triples;
            relate::resolve_surname_titles(
                &s,
                &m,
                &earlier,
                |r| triples.iter().any(|t| t.role == r),
                &mut scratch.surnamed,
            );
            records.push_surnamed(&m, &scratch.surnamed, &mut ex);
            // 王局长曾任…副局长: the posts a verb gives no holder in the sentence are those of
            // the surname and title right before the verb.
            for t in &scratch.surnamed {
                let subject = ex.persons[t.person].clone();
                let after = scratch.unheld.iter().filter(|u| {
                    st.get(t.evidence.end..u.evidence.start)
                        .is_some_and(relate::verb_between)
                });
                records.push_unheld(&m, after, &subject, Rule::Appointment, &mut ex);
            }
            // A life told clause by clause (甲1990年任县长，1997年任副省长；2003年任…): a post a
            // verb gives no holder is that of the holder named before it in the sentence, or of
            // the sentence before that ended with ；. (Taken from the unheld posts, so that a
            // résumé's subject is not given it again.)
            let holder_of = |u: &Unheld| match relate::chain_holder(st, &scratch.triples, m.persons, u) {
                Some(p) => Some(Some(p)),
                None => (chain.is_some() && relate::dated_clause(&st[..u.evidence.start])).then_some(None),
            };
            let chained: Vec<(Option<usize>, Unheld)> = scratch
                .unheld
                .iter()
                .filter_map(|u| holder_of(u).map(|p| (p, u.clone())))
                .collect();
            scratch.unheld.retain(|u| !chained.iter().any(|(_, c)| c == u));
            let first_new = ex.persons.len();
            let read = Read {
                s: &s,
                m: &m,
                triples: &scratch.triples,
                unheld: &scratch.unheld,
                range: range.clone(),
                first_person: first_new,
                first_triple: ex.triples.len(),
                first_org: ex.orgs.len(),
                admin_unit,
                colon,
            };
            records.push(&m, &scratch.triples, &mut ex);
            // 沃林顿大使 after 格雷厄姆·沃林顿: the holder is the person named in full before.
            for t in &mut ex.triples[read.first_triple..] {
                if let Some(i) = earlier.full_name(&t.person.name()) {
                    t.person = ex.persons[i].clone();
                }
            }
            for (p, u) in &chained {
                let Some(holder) = p.map(|p| records.person(&m.persons[p])).or_else(|| chain.clone()) else {
                    continue;
                };
                records.push_unheld(&m, [u], &holder, Rule::Appointment, &mut ex);
            }
            // The chain goes on past ；, with the holder named last.
            chain = if ends_with_semicolon {
                scratch
                    .triples
                    .iter()
                    .rfind(|t| t.rule == Rule::Appointment)
                    .map(|t| records.person(&m.persons[t.person]))
                    .or_else(|| chain.take().filter(|_| !chained.is_empty()))
            } else {
                None
            };
            context.sentence(&read, &records, &mut ex);
            person_ranges.extend(
                scratch
                    .persons
                    .iter()
                    .map(|p| range.start + p.start..range.start + p.end),
            );
            // (As the view reads them: 王　刚 of a padded list is 王刚.)
            for (i, r) in person_ranges.iter().enumerate().skip(first_new) {
                earlier.add(&view.text()[r.clone()], i);
            }
            in_titles.extend(
                scratch
                    .in_titles
                    .iter()
                    .map(|p| (range.start + p.start..range.start + p.end, records.person(p))),
            );
            given.add(st, &scratch.persons);
            paragraph.read(range.start, &scratch.words, &m);
            if st.ends_with('\n') {
                paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
            }
        }
        paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
        // A paragraph's buffers grow with it (the other buffers are a sentence's, bounded):
        // those of a huge paragraph are freed, not held for the thread's life.
        if paragraph.capacity() > MAX_KEPT_RANGES {
            *paragraph = Paragraph::default();
        }
        self.keep_named_elsewhere(&view, in_titles, &mut ex, &mut person_ranges);
        // Repeats and names in titles were added out of order.
        ex.persons.sort_by_key(|p| p.span.start);
        person_ranges.sort_by_key(|r| r.start);
        let mut numbers = Numbers::default();
        self.numbers
            .extract_at(&view, &person_ranges, &scratch.numerals, &mut numbers);
        // (So do the places of numbers, the sentences and the persons' ranges: those of a
        // huge document are freed.)
        if scratch.numerals.capacity() > MAX_KEPT_RANGES {
            scratch.numerals = Vec::new();
        }
        if sentences.capacity() <= MAX_KEPT_RANGES {
            scratch.sentences = sentences;
        }
        if person_ranges.capacity() <= MAX_KEPT_RANGES {
            scratch.person_ranges = person_ranges;
        }
        // (A sentence's hits are bounded by its length, MAX_SENTENCE.)
        scratch.hits = recycle(hits);
        ex.facts = numbers.facts;
        ex.numbers = numbers.numbers;
        ex.dates = numbers.dates;
        // 市交通运输局党组书记: 党组书记 of 市交通运输局.
        relate::party_posts_of_bodies(text, &mut ex);
        // 聘任甲为公司总经理, 公司 defined for 青禾科技股份有限公司: 总经理 of the company named in full.
        relate::name_in_full(&mut ex);
        // 青山县县长甲: the post is held in the place's government. (Last, so that the
        // passes above still see which posts named a body.)
        for t in ex.triples.iter_mut().filter(|t| t.org.is_none()) {
            t.org = t.place.as_ref().map(Place::as_government);
        }
        // 县委、县政府高度重视，县长甲: where the document names the government, 县政府.
        relate::governments_named(text, &mut ex);
        // Roles that are no posts: a standing (市领导甲, 老党员乙), in any body, and a
        // profession's senior grade (…，高级工程师，中共党员), a qualification, held in no body.
        ex.triples.retain(|t| {
            !role::is_standing(&t.role.core)
                && (t.org.is_some() || !role::is_senior_grade(&t.role.core, &t.role.modifiers))
        });
        // A descriptor (嘉宾, 球员) is a role only where a triple gives it a holder.
        let mut held: Vec<usize> = ex.triples.iter().map(|t| t.role.span.start).collect();
        held.sort_unstable();
        // (The search first: a held role, most of them, is spared the descriptors' hashing.)
        ex.roles
            .retain(|r| held.binary_search(&r.span.start).is_ok() || !self.descriptors.contains(&r.core));
        view.recycle(&mut scratch.view);
        ex
    }
}

impl Model {
    /// A name inside 《…》 is a person when its paragraph names the same person outside
    /// any title (《许文强诗选》 … 许文强的作品); alone, it names a work or a
    /// character (《白雪公主》). The paragraph, not the document: what follows a
    /// paragraph never changes what is found in it. Kept names join `ex.persons` and
    /// `person_ranges` (view ranges, one for each of `ex.persons`), to be sorted.
    fn keep_named_elsewhere<'t>(
        &self,
        view: &View<'t>,
        in_titles: Vec<(Range<usize>, Person<'t>)>,
        ex: &mut Extraction<'t>,
        person_ranges: &mut Vec<Range<usize>>,
    ) {
        if in_titles.is_empty() {
            return;
        }
        let breaks: Vec<usize> = view.text().match_indices('\n').map(|(i, _)| i).collect();
        let paragraph = |at: usize| breaks.partition_point(|&b| b < at);
        let named: HashSet<(usize, &str)> = ex
            .persons
            .iter()
            .zip(person_ranges.iter())
            .map(|(p, r)| (paragraph(r.start), &*p.text))
            .collect();
        let kept: Vec<_> = in_titles
            .into_iter()
            .filter(|(r, p)| named.contains(&(paragraph(r.start), &*p.text)))
            .collect();
        if kept.is_empty() {
            return;
        }
        for (r, p) in kept {
            person_ranges.push(r);
            ex.persons.push(p);
        }
    }
}
