//! The pipeline: normalise → segment → recognise → relate, with numbers beside it,
//! and the conversion of what it finds into records with spans of the original text.

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

use crate::dictionary::{Hit, Lexicon};
use crate::normalize::{self, View};
use crate::numbers::{NumberModel, Numbers};
use crate::recognize::org::is_org_word;
use crate::recognize::org::{Aliases, OrgMention, OrgModel};
use crate::recognize::person::{self, KnownNames, PersonModel};
use crate::recognize::role::{self, RoleMention};
use crate::recognize::{HONORIFICS, Sentence, is_han};
use crate::relate::{self, EarlierNames, Mentions, SurnameTitle, TripleMention, Unheld};
use crate::segment;
use crate::{Extraction, Org, OrgKind, Person, Role, Rule, Span, Triple};

/// Everything an extractor knows, compiled once and shared.
#[derive(Debug)]
pub(crate) struct Model {
    pub(crate) lexicon: Lexicon,
    pub(crate) persons: PersonModel,
    pub(crate) orgs: OrgModel,
    pub(crate) numbers: NumberModel,
}

/// Buffers reused across the sentences of a document.
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
    surnamed: Vec<SurnameTitle>,
}

impl Model {
    pub(crate) fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        let view = View::new(text);
        let mut ex = Extraction::default();
        let mut scratch = Scratch::default();
        let mut hits: Vec<Hit<'_>> = Vec::new();
        let mut person_ranges: Vec<Range<usize>> = Vec::new();
        // Full names read so far, for 王主任 further on.
        let mut earlier = EarlierNames::default();
        // The person the current paragraph's résumé is about (index into ex.persons).
        let mut resume_subject: Option<usize> = None;
        // Names read inside 《…》 (view range and record), for the end of the document.
        let mut in_titles: Vec<(Range<usize>, Person<'t>)> = Vec::new();
        // Short names the document defines (…有限公司（以下简称“公司”）).
        let mut aliases = Aliases::default();
        // The working group or committee a notice sets up (决定成立…领导小组。组成人员如下：),
        // for the posts its list gives under labels (组长：甲).
        let mut set_up: Option<Org<'t>> = None;
        // The post of the last list label read (副组长：乙), held too by the names on the
        // lines under it that start with a name (        丙  副区长).
        let mut label: Option<(Role<'t>, Option<Org<'t>>)> = None;
        // The school named last, whose 校长 a sentence may leave unnamed.
        let mut school: Option<Org<'t>> = None;
        // The names given so far, and what the current paragraph has read, for the bare
        // repeats of its names.
        let mut known = KnownNames::default();
        let mut paragraph = Paragraph::default();
        for range in segment::sentences(view.text()) {
            let st = &view.text()[range.clone()];
            if !st.chars().any(is_han) {
                if st.contains('\n') {
                    resume_subject = None;
                    paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
                }
                continue;
            }
            scratch.words.clear();
            segment::words(st, &mut scratch.words);
            hits.clear();
            self.lexicon.find_in_words(st, &scratch.words, &mut hits);
            let s = Sentence {
                text: st,
                words: &scratch.words,
                hits: &hits,
            };
            scratch.persons.clear();
            scratch.in_titles.clear();
            self.persons.find(&s, &mut scratch.persons, &mut scratch.in_titles);
            scratch.persons.retain(|p| !person::names_a_place_or_body(&s, p));
            scratch.orgs.clear();
            self.orgs.find(&s, &scratch.persons, &mut scratch.orgs);
            // Defined first: a notice uses the short name in the sentence that defines it
            // (青禾科技（以下简称“公司”）董事会收到公司副总经理…).
            aliases.define(&s, &scratch.orgs);
            aliases.mentions(&s, &scratch.persons, &mut scratch.orgs);
            scratch.roles.clear();
            role::find(&s, &scratch.orgs, &scratch.persons, &mut scratch.roles);
            scratch.triples.clear();
            let m = Mentions {
                persons: &scratch.persons,
                orgs: &scratch.orgs,
                roles: &scratch.roles,
            };
            scratch.unheld.clear();
            relate::relate(&s, &m, &mut scratch.triples, &mut scratch.unheld);
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
            let first_new = ex.persons.len();
            let first_triple = ex.triples.len();
            let first_org = ex.orgs.len();
            records.push(&m, &scratch.triples, &mut ex);
            // A school's news calls its head 校长 without its name: the school named last.
            // (or the school a college belongs to: 青山大学|计算机学院).
            let schools = ex.orgs[first_org..].iter().rev();
            if let Some(o) = schools
                .flat_map(|o| [Some(o), o.parent.as_deref()])
                .flatten()
                .find(|o| is_school(o))
            {
                school = Some(o.clone());
            }
            // 该院院长甲: the body of that kind the document named last.
            for i in first_triple..ex.triples.len() {
                if ex.triples[i].org.is_none()
                    && let Some(head) = determined_head(&text[..ex.triples[i].role.span.start])
                    && let Some(body) = ex.orgs[..first_org].iter().rev().find(|o| o.name.ends_with(head))
                {
                    let t = &mut ex.triples[i];
                    t.evidence = body.span.cover(t.evidence);
                    t.org = Some(body.clone());
                }
            }
            if let Some(body) = &school {
                for t in &mut ex.triples[first_triple..] {
                    if t.org.is_none() && t.role.core == "校长" {
                        t.evidence = body.span.cover(t.evidence);
                        t.org = Some(body.clone());
                    }
                    if let Some(o) = &mut t.org {
                        name_after_school(o, body);
                    }
                }
                for o in &mut ex.orgs[first_org..] {
                    name_after_school(o, body);
                }
            }
            if let Some(body) = &set_up {
                for (t, mention) in ex.triples[first_triple..].iter_mut().zip(&scratch.triples) {
                    // The labels' posts, and its office's (领导小组下设办公室…甲兼任办公室主任).
                    let office = t.role.text.starts_with("办公室");
                    if t.org.is_none() && (office || relate::is_label(&s, &m, mention)) {
                        t.evidence = body.span.cover(t.evidence);
                        t.org = Some(body.clone());
                    }
                }
            }
            // A list: a label's post, or the lines under it.
            let labelled = scratch.triples.iter().position(|t| relate::is_label(&s, &m, t));
            if let Some(i) = labelled {
                let t = &ex.triples[first_triple + i];
                label = Some((t.role.clone(), t.org.clone()));
            } else if let Some((role, org)) = &label
                && let Some(first) = scratch.persons.first()
                && first.start == 0
                // A line of its own, a name and perhaps a column after blanks.
                && view.text()[..range.start].ends_with('\n')
                && st[first.end..].starts_with([' ', '\t', '\n', '('])
            {
                let person = records.person(first);
                let evidence = org
                    .as_ref()
                    .map_or(role.span, |o| o.span.cover(role.span))
                    .cover(person.span);
                ex.triples.push(Triple {
                    person,
                    role: role.clone(),
                    org: org.clone(),
                    rule: Rule::OrgRolePerson,
                    evidence,
                });
            } else {
                label = None;
            }
            if let Some(o) = relate::body_set_up(&s, &m) {
                set_up = Some(records.org(&scratch.orgs[o]));
            }
            // A résumé: its subject holds the posts no one else is given in its paragraph.
            if let Some(p) = relate::opens_resume(&s, &scratch.persons) {
                resume_subject = Some(first_new + p);
            }
            if let Some(subject) = resume_subject {
                records.push_unheld(&m, &scratch.unheld, &ex.persons[subject].clone(), &mut ex);
            }
            // A paragraph ends the résumé — unless the next line is one of its entries
            // (1995.07—2001.03 青山市财政局科员), as tabular résumés write them.
            if st.ends_with('\n') && !normalize::starts_dated_line(&view.text()[range.end..]) {
                resume_subject = None;
            }
            for (i, p) in ex.persons.iter().enumerate().skip(first_new) {
                earlier.add(&text[p.span.range()], i);
            }
            person_ranges.extend(
                scratch
                    .persons
                    .iter()
                    .map(|p| range.start + p.start..range.start + p.end),
            );
            in_titles.extend(
                scratch
                    .in_titles
                    .iter()
                    .map(|p| (range.start + p.start..range.start + p.end, records.person(p))),
            );
            paragraph.read(range.start, &scratch.words, &m);
            if st.ends_with('\n') {
                paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
            }
        }
        paragraph.end(&view, &mut known, &mut ex, &mut person_ranges);
        self.keep_named_elsewhere(&view, in_titles, &mut ex, &mut person_ranges);
        // Repeats and names in titles were added out of order.
        ex.persons.sort_by_key(|p| p.span.start);
        person_ranges.sort_by_key(|r| r.start);
        let mut numbers = Numbers::default();
        self.numbers.extract(&view, &person_ranges, &mut numbers);
        ex.facts = numbers.facts;
        ex.numbers = numbers.numbers;
        ex.dates = numbers.dates;
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

/// What the current paragraph has read, in view offsets: where its bare repeats of
/// names may stand.
#[derive(Default)]
struct Paragraph {
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
    /// Adds a sentence's words and mentions; `offset` is where it starts in the view.
    fn read(&mut self, offset: usize, words: &[Range<usize>], m: &Mentions<'_>) {
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
    fn end<'v, 't>(
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
            let addressed = || HONORIFICS.iter().any(|h| view.text()[r.end..].starts_with(h));
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

/// The head word a determiner stands for right before a post (该院|院长, 该公司|总经理):
/// the body is one the document named before.
fn determined_head(before: &str) -> Option<&'static str> {
    const HEADS: &[&str] = &[
        "公司", "集团", "中心", "院", "校", "所", "局", "厅", "委", "行", "厂", "部", "会", "馆", "站",
    ];
    let rest = before.trim_end();
    HEADS
        .iter()
        .find(|h| rest.strip_suffix(**h).is_some_and(|r| r.ends_with(['该', '本'])))
        .copied()
}

/// Is `o` a whole school, headed by a 校长 (青山大学, 青山第一中学; not a college, 学院)?
fn is_school(o: &Org<'_>) -> bool {
    o.kind == OrgKind::School && ["大学", "中学", "小学", "学校"].iter().any(|e| o.name.ends_with(e))
}

/// A school's own body written with 校 for the school's name (校党委, 校纪委) is named in
/// full after it (青山大学党委).
fn name_after_school(o: &mut Org<'_>, school: &Org<'_>) {
    if let Some(rest) = o.name.strip_prefix('校')
        && o.kind != OrgKind::School
        && (1..=3).contains(&rest.chars().count())
    {
        o.name = Cow::Owned(format!("{}{rest}", school.name));
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

/// Turns sentence-relative mentions into records that borrow the original text.
struct Records<'v, 't> {
    view: &'v View<'t>,
    offset: usize,
}

impl<'t> Records<'_, 't> {
    fn span(&self, r: &Range<usize>) -> Span {
        self.view.original_span(self.offset + r.start..self.offset + r.end)
    }

    fn text(&self, span: Span) -> Cow<'t, str> {
        Cow::Borrowed(&self.view.original()[span.range()])
    }

    /// The normalised text of a range: borrowed from the original when identical.
    fn normalised(&self, r: &Range<usize>) -> Cow<'t, str> {
        let span = self.span(r);
        let original = &self.view.original()[span.range()];
        let view = &self.view.text()[self.offset + r.start..self.offset + r.end];
        if original == view {
            Cow::Borrowed(original)
        } else {
            Cow::Owned(view.to_string())
        }
    }

    fn person(&self, r: &Range<usize>) -> Person<'t> {
        let span = self.span(r);
        Person {
            text: self.text(span),
            span,
        }
    }

    fn role(&self, m: &RoleMention) -> Role<'t> {
        let span = self.span(&m.range);
        Role {
            text: self.text(span),
            span,
            core: self.normalised(&m.core),
            modifiers: m.modifiers.iter().map(|r| self.normalised(r)).collect(),
        }
    }

    fn org(&self, m: &OrgMention) -> Org<'t> {
        let span = self.span(&m.range);
        Org {
            text: self.text(span),
            span,
            name: match &m.full_name {
                Some(n) => Cow::Owned(n.clone()),
                None => self.normalised(&m.range),
            },
            kind: m.kind,
            parent: m.parent.as_ref().map(|(r, kind)| {
                let span = self.span(r);
                Box::new(Org {
                    text: self.text(span),
                    span,
                    name: self.normalised(r),
                    kind: *kind,
                    parent: None,
                })
            }),
        }
    }

    /// Triples of titles after a bare surname; the person is the earlier full mention.
    fn push_surnamed(&self, m: &Mentions<'_>, found: &[SurnameTitle], ex: &mut Extraction<'t>) {
        for t in found {
            let person = ex.persons[t.person].clone();
            ex.triples.push(Triple {
                person,
                role: self.role(&m.roles[t.role]),
                org: t.org.map(|o| self.org(&m.orgs[o])),
                rule: Rule::SurnameTitle,
                evidence: self.span(&t.evidence),
            });
        }
    }

    /// Posts given no holder in the sentence, held by a résumé's subject.
    fn push_unheld(&self, m: &Mentions<'_>, unheld: &[Unheld], subject: &Person<'t>, ex: &mut Extraction<'t>) {
        for u in unheld {
            ex.triples.push(Triple {
                person: subject.clone(),
                role: self.role(&m.roles[u.role]),
                org: u.org.map(|o| self.org(&m.orgs[o])),
                rule: Rule::ResumeSubject,
                // From the résumé's opening name to the post it is given.
                evidence: subject.span.cover(self.span(&u.evidence)),
            });
        }
    }

    fn push(&self, m: &Mentions<'_>, triples: &[TripleMention], ex: &mut Extraction<'t>) {
        ex.persons.extend(m.persons.iter().map(|r| self.person(r)));
        ex.roles.extend(m.roles.iter().map(|r| self.role(r)));
        for (i, o) in m.orgs.iter().enumerate() {
            // A bare head word (市政府) is an organisation only where something ties it
            // to the text: a title, or a coordination that restored its full name. A body
            // kept beside its party organ or department, only where a post is held in it.
            let held = triples.iter().any(|t| t.org == Some(i));
            let tied = o.full_name.is_some() || held;
            if o.in_title || (o.organ_body && !held) || ((o.bare || !o.named) && !tied) {
                continue;
            }
            let org = self.org(o);
            // A parent is a mention of its own when jieba-rs knows it as one organisation
            // word (中共中央 in 中共中央政治局), not when it is a phrase (偃师市公安局) —
            // unless the name is a division (处, 科, 室) of a department: a division is
            // always named inside its department (省科技厅 in 省科技厅成果转化处). A
            // university is no unit: what its name starts with names its founder
            // (解放军 in 解放军信息工程大学), not a body it belongs to.
            if let Some(parent) = &org.parent
                && ((is_org_word(&parent.name) && !org.name.ends_with("大学"))
                    || (parent.kind == OrgKind::Government && org.name.ends_with(['处', '科', '室', '股'])))
            {
                ex.orgs.push((**parent).clone());
            }
            if let Some(inner) = &o.inner {
                let span = self.span(inner);
                ex.orgs.push(Org {
                    text: self.text(span),
                    span,
                    name: self.normalised(inner),
                    kind: o.kind,
                    parent: None,
                });
            }
            ex.orgs.push(org);
        }
        for t in triples {
            ex.triples.push(Triple {
                person: self.person(&m.persons[t.person]),
                role: self.role(&m.roles[t.role]),
                org: t.org.map(|o| self.org(&m.orgs[o])),
                rule: t.rule,
                evidence: self.span(&t.evidence),
            });
        }
    }
}
