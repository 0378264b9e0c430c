//! A post in a body's party organ, told as the body's post: 市交通运输局党组书记甲 is
//! 党组书记 of 市交通运输局.
//!
//! The recognisers read the organ as a body of its own (市交通运输局党组, whose parent is
//! 市交通运输局) and its title after it (书记): that keeps 委员 of 集团党委 apart from
//! 委员 of 集团. But readers, and the annotations this library is measured on, name the
//! post with its organ (党组书记, 党委副书记, 纪委书记, 党组成员) and the body it serves: a
//! bureau's party secretary is the bureau's. So where the organ's name runs right into
//! the title and the organ belongs to a body the text names, the triple takes the organ
//! into its title and the body as its organisation.
//!
//! Not a committee that governs in its own right: 县委, 市纪委 (no body before them), nor
//! 党工委 (高新区党工委 governs the zone), nor a village's 党支部 (村 is a place, no body:
//! 刘家湾村党支部书记 is 书记 of 刘家湾村党支部; a team's is the team's).

use std::borrow::Cow;

use crate::Span;
use crate::model::{Extraction, Org, Role};
use crate::recognize::org::BODY_ORGANS;

/// Rewrites each triple whose post is held in a party organ of a named body as the
/// body's post (and the same title mention in `ex.roles`). `text` is the input.
pub(crate) fn posts_of_bodies<'t>(text: &'t str, ex: &mut Extraction<'t>) {
    for t in &mut ex.triples {
        let Some(org) = &t.org else { continue };
        let Some(body) = org.parent.as_deref() else {
            continue;
        };
        let Some((title, body)) = organ_title(text, org, body, &t.role) else {
            continue;
        };
        let old = t.role.span;
        if let Some(r) = ex.roles.iter_mut().find(|r| r.span == old) {
            r.text = title.text.clone();
            r.span = title.span;
        }
        // (The body may be named sentences before: the evidence reaches back to it.)
        t.evidence = t.evidence.cover(body.span);
        t.role = title;
        t.org = Some(body);
    }
}

/// Is `org` a party organ of a body it names (青山集团党委, 市财政局党组), whose posts
/// [`posts_of_bodies`] may tell as the body's?
pub(crate) fn is_body_organ(org: &Org<'_>) -> bool {
    org.parent.as_deref().is_some_and(|body| {
        BODY_ORGANS
            .iter()
            .any(|o| org.name.ends_with(o) && !body.name.ends_with(o))
    })
}

/// The title read with the organ ending `org` before it, and the body the organ belongs
/// to, when `org`'s text ends with an organ, the title follows it with nothing between,
/// and the body is a mention of its own.
fn organ_title<'t>(text: &'t str, org: &Org<'t>, body: &Org<'t>, role: &Role<'t>) -> Option<(Role<'t>, Org<'t>)> {
    let written = text.get(org.span.range())?;
    let organ = BODY_ORGANS.iter().find(|o| written.ends_with(*o))?;
    if org.span.end != role.span.start || !org.name.ends_with(organ) || body.name.ends_with(organ) {
        return None;
    }
    // (The body's mention is the input's own: its span names its text.)
    if text.get(body.span.range()) != Some(&*body.text) || body.span.overlaps(role.span) {
        return None;
    }
    let span = Span::new(org.span.end - organ.len(), role.span.end);
    let mut title = role.clone();
    title.text = Cow::Borrowed(text.get(span.range())?);
    title.span = span;
    Some((title, body.clone()))
}
