//! Appointment clauses: `由 甲、乙 任 组长`, `甲 任 副组长兼办公室主任`, `担任`, `出任`.
//!
//! The post named after the verb is held by the persons written between the
//! previous clause boundary (由, or the end of the previous appointment) and the
//! verb. When the post carries no organisation of its own, it is held in the
//! organisation the sentence set up before (组建…领导小组，由…任组长): the
//! nearest organisation before the first of those persons.

use super::{Mentions, TripleMention};
use crate::Rule;
use crate::recognize::Sentence;

/// Appointment verbs, longest first so that 担任 is not read as 任.
const VERBS: &[&str] = &["担任", "出任", "兼任", "升任", "调任", "接任", "当选为", "当选", "任"];

pub(crate) fn relate(s: &Sentence<'_>, m: &Mentions<'_>, out: &mut Vec<TripleMention>) {
    let mut clause_start = 0;
    // The organisation of the previous appointment in this sentence: a chain of
    // appointments (由甲任组长，乙任副组长) fills posts of one organisation.
    let mut previous_org = None;
    for (r, role) in m.roles.iter().enumerate() {
        let before = &s.text[clause_start.min(role.range.start)..role.range.start];
        let Some(verb) = VERBS.iter().find(|v| before.ends_with(*v)) else {
            continue;
        };
        let verb_start = role.range.start - verb.len();
        // The holders: persons between the clause start and the verb, not already
        // holding a post in the same stretch (their own titles stand before them).
        let holders: Vec<usize> = (0..m.persons.len())
            .filter(|&p| m.persons[p].start >= clause_start && m.persons[p].end <= verb_start)
            .collect();
        // A role right after the verb, then the roles chained to it by 兼.
        let mut roles = vec![r];
        let mut end = role.range.end;
        for (r2, next) in m.roles.iter().enumerate().skip(r + 1) {
            let between = &s.text[end..next.range.start];
            if between == "兼" || between == "、" {
                roles.push(r2);
                end = next.range.end;
            } else {
                break;
            }
        }
        if holders.is_empty() {
            clause_start = end;
            continue;
        }
        let first = m.persons[holders[0]].start;
        // The organisation the sentence set up: the nearest one before the holders,
        // unless an organisation stands right before the title itself.
        let own = m.orgs.iter().position(|o| o.range.end == verb_start);
        let org = own.or(previous_org).or_else(|| {
            m.orgs
                .iter()
                .rposition(|o| o.range.end <= first && !is_inside_posts(s, o.range.end, first))
        });
        previous_org = org;
        for &p in &holders {
            for &role in &roles {
                let exists = out.iter().any(|t| t.person == p && t.role == role);
                if !exists {
                    out.push(TripleMention {
                        person: p,
                        role,
                        org,
                        rule: Rule::Appointment,
                        evidence: first.min(org.map_or(first, |o| m.orgs[o].range.start))..end,
                    });
                }
            }
        }
        clause_start = end;
    }
}

/// True when the organisation ending at `org_end` is part of a holder's own title
/// chain (党工委副书记张良才): only a comma or 由 separates a set-up organisation.
fn is_inside_posts(s: &Sentence<'_>, org_end: usize, first_holder: usize) -> bool {
    let between = &s.text[org_end..first_holder];
    !(between.contains('由') || between.contains(',') || between.contains('，'))
}
