//! Records: sentence-relative mentions turned into the public types, with spans of the
//! original text.

use std::borrow::Cow;
use std::ops::Range;

use crate::normalize::View;
use crate::recognize::ADMIN_UNITS;
use crate::recognize::org::{OrgMention, is_org_word};
use crate::recognize::role::RoleMention;
use crate::relate::{Mentions, SurnameTitle, TripleMention, Unheld};
use crate::{Extraction, Org, OrgKind, Person, Place, Role, Rule, Span, Triple};

/// Turns sentence-relative mentions into records that borrow the original text.
pub(super) struct Records<'v, 't> {
    pub(super) view: &'v View<'t>,
    /// Where the sentence starts in the view.
    pub(super) offset: usize,
}

impl<'t> Records<'_, 't> {
    /// Where `r` (a sentence's range) is in the input.
    pub(super) fn span(&self, r: &Range<usize>) -> Span {
        self.view.original_span(self.offset + r.start..self.offset + r.end)
    }

    fn text(&self, span: Span) -> Cow<'t, str> {
        Cow::Borrowed(&self.view.original()[span.range()])
    }

    /// The normalised text of a range: borrowed from the original when identical.
    fn normalised(&self, r: &Range<usize>) -> Cow<'t, str> {
        self.normalised_at(r, self.span(r))
    }

    /// [`Records::normalised`] of `r`, whose span `span` the caller read already (each
    /// span is a search of the view's edits).
    fn normalised_at(&self, r: &Range<usize>, span: Span) -> Cow<'t, str> {
        let original = &self.view.original()[span.range()];
        let view = &self.view.text()[self.offset + r.start..self.offset + r.end];
        if original == view {
            Cow::Borrowed(original)
        } else {
            Cow::Owned(view.to_string())
        }
    }

    /// The place written at `r` (a sentence's range).
    pub(super) fn place_at(&self, r: &Range<usize>) -> Place<'t> {
        let span = self.span(r);
        Place {
            text: self.text(span),
            span,
            name: self.normalised_at(r, span),
        }
    }

    pub(super) fn person(&self, r: &Range<usize>) -> Person<'t> {
        let span = self.span(r);
        Person {
            text: self.text(span),
            span,
        }
    }

    pub(super) fn role(&self, m: &RoleMention) -> Role<'t> {
        let sentence = &self.view.text()[self.offset..];
        let span = self.span(&m.title(sentence));
        Role {
            text: self.text(span),
            span,
            core: self.normalised(&m.core),
            modifiers: m.modifiers.iter().map(|r| self.normalised(r)).collect(),
        }
    }

    /// The place the post of `m` is of (see `role::place_before`), when it takes no body.
    pub(super) fn place(&self, m: &RoleMention) -> Option<Place<'t>> {
        let mut place = self.place_at(m.place.as_ref()?);
        // 深圳|市长: the place lent its unit to the title; the name takes it back.
        let core = &self.view.text()[self.offset + m.core.start..self.offset + m.core.end];
        if let Some(u) = core.chars().next().filter(|u| ADMIN_UNITS.contains(u))
            && !place.name.ends_with(ADMIN_UNITS)
        {
            place.name = Cow::Owned(format!("{}{u}", place.name));
        }
        Some(place)
    }

    pub(super) fn org(&self, m: &OrgMention) -> Org<'t> {
        let span = self.span(&m.range);
        Org {
            text: self.text(span),
            span,
            name: match &m.full_name {
                Some(n) => Cow::Owned(n.clone()),
                None => self.normalised_at(&m.range, span),
            },
            kind: m.kind,
            parent: m.parent.as_ref().map(|(r, kind)| {
                let span = self.span(r);
                Box::new(Org {
                    text: self.text(span),
                    span,
                    name: self.normalised_at(r, span),
                    kind: *kind,
                    parent: None,
                })
            }),
        }
    }

    /// Triples of titles after a bare surname; the person is the earlier full mention.
    pub(super) fn push_surnamed(&self, m: &Mentions<'_>, found: &[SurnameTitle], ex: &mut Extraction<'t>) {
        for t in found {
            let person = ex.persons[t.person].clone();
            let role = self.role(&m.roles[t.role]);
            // 闵院长 after 副院长闵嘉树: a deputy is addressed by the post without 副, as a
            // courtesy — the post is the one the document gave, not a new one.
            let deputy = |r: &Role<'_>| r.modifiers.iter().any(|k| k.starts_with('副'));
            if !deputy(&role)
                && ex
                    .triples
                    .iter()
                    .any(|e| e.person.name() == person.name() && e.role.core == role.core && deputy(&e.role))
            {
                continue;
            }
            // 林主任 with no body named: the post the document gave 林立新 with that title
            // (市发展改革委主任林立新 … 林主任表示), at any mention of the name (the person is
            // its latest: 林立新团队 … 林主任).
            // So does 钟离县长 after 县长钟离岳 of 鹤鸣县: the place the document gave.
            let given = ex
                .triples
                .iter()
                .rev()
                .find(|e| e.person.name() == person.name() && e.role.core == role.core);
            // 滕书记 after 公司党委书记滕云飞: the post the document gave, which is told as
            // the company's (党委书记 of the company, relate::party_posts_of_bodies); a
            // surname's title cannot be, and would state it again as the organ's.
            if t.org.is_none() && given.is_some_and(|e| e.org.as_ref().is_some_and(crate::relate::is_body_organ)) {
                continue;
            }
            let org = t
                .org
                .map(|o| self.org(&m.orgs[o]))
                .or_else(|| given.and_then(|e| e.org.clone()));
            // The evidence reaches back to a body named before.
            let evidence = self.span(&t.evidence);
            let evidence = org.as_ref().map_or(evidence, |o| o.span.cover(evidence));
            let place = if org.is_none() {
                self.place(&m.roles[t.role])
                    .or_else(|| given.and_then(|e| e.place.clone()))
            } else {
                None
            };
            let evidence = place.as_ref().map_or(evidence, |p| p.span.cover(evidence));
            ex.triples.push(Triple {
                person,
                role,
                org,
                place,
                rule: Rule::SurnameTitle,
                evidence,
            });
        }
    }

    /// Posts given no holder in the sentence, held by `subject` (a résumé's, by `rule`).
    pub(super) fn push_unheld<'u>(
        &self,
        m: &Mentions<'_>,
        unheld: impl IntoIterator<Item = &'u Unheld>,
        subject: &Person<'t>,
        rule: Rule,
        ex: &mut Extraction<'t>,
    ) {
        for u in unheld {
            let place = u.org.map_or_else(|| self.place(&m.roles[u.role]), |_| None);
            // From the résumé's opening name to the post it is given.
            let evidence = subject.span.cover(self.span(&u.evidence));
            ex.triples.push(Triple {
                person: subject.clone(),
                role: self.role(&m.roles[u.role]),
                org: u.org.map(|o| self.org(&m.orgs[o])),
                evidence: place.as_ref().map_or(evidence, |p| p.span.cover(evidence)),
                place,
                rule,
            });
        }
    }

    pub(super) fn push(&self, m: &Mentions<'_>, triples: &[TripleMention], ex: &mut Extraction<'t>) {
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
                    name: self.normalised_at(inner, span),
                    kind: o.kind,
                    parent: None,
                });
            }
            ex.orgs.push(org);
        }
        for t in triples {
            let place = t.org.map_or_else(|| self.place(&m.roles[t.role]), |_| None);
            // The evidence covers the place read before the title.
            let evidence = self.span(&t.evidence);
            ex.triples.push(Triple {
                person: self.person(&m.persons[t.person]),
                role: self.role(&m.roles[t.role]),
                org: t.org.map(|o| self.org(&m.orgs[o])),
                evidence: place.as_ref().map_or(evidence, |p| p.span.cover(evidence)),
                place,
                rule: t.rule,
            });
        }
    }
}
