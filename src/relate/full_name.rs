//! A post in a body the text calls by a common noun it defined for it (…股份有限公司（以下
//! 简称“公司”）, a filing's 本公司) is told with the body's full mention: 聘任甲为公司总经理 is
//! 总经理 of 青禾科技股份有限公司. The mention 公司 stays in `orgs` with the full name; a triple
//! names the body, and 公司 alone names none.

use std::collections::HashMap;

use crate::model::{Extraction, Org};

/// The common nouns a filing calls its company by (a bank's 本行, a group's 本集团, a
/// firm's 本所).
const SELF_NAMES: &[&str] = &["公司", "本公司", "本行", "本集团", "本所"];

/// Gives each triple whose organisation is written as one of [`SELF_NAMES`] the mention
/// that names the body in full (the first in the text), its evidence reaching back to it.
pub(crate) fn name_in_full(ex: &mut Extraction<'_>) {
    let self_named = |o: &Org<'_>| SELF_NAMES.contains(&&*o.text) && o.name != o.text;
    if !ex.triples.iter().any(|t| t.org.as_ref().is_some_and(self_named)) {
        return;
    }
    // The first mention of each name, found once for the document: a filing holds many
    // such posts.
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, o) in ex.orgs.iter().enumerate() {
        first.entry(&o.text).or_insert(i);
    }
    for t in &mut ex.triples {
        let Some(org) = t.org.as_ref().filter(|o| self_named(o)) else {
            continue;
        };
        let Some(full) = first
            .get(&*org.name)
            .map(|&i| &ex.orgs[i])
            .filter(|o| o.span.start < org.span.start)
        else {
            continue;
        };
        t.evidence = t.evidence.cover(full.span);
        t.org = Some(full.clone());
    }
}
