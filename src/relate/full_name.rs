//! A post in a body the text calls by a common noun it defined for it (…股份有限公司（以下
//! 简称“公司”）, a filing's 本公司) is told with the body's full mention: 聘任甲为公司总经理 is
//! 总经理 of 青禾科技股份有限公司. The mention 公司 stays in `orgs` with the full name; a triple
//! names the body, and 公司 alone names none.

use crate::Span;
use crate::model::Extraction;

/// The common nouns a filing calls its company by.
const SELF_NAMES: &[&str] = &["公司", "本公司"];

/// Gives each triple whose organisation is written as one of [`SELF_NAMES`] the mention
/// that names the body in full (the first in the text), its evidence reaching back to it.
pub(crate) fn name_in_full(ex: &mut Extraction<'_>) {
    for t in &mut ex.triples {
        let Some(org) = &t.org else { continue };
        if !SELF_NAMES.contains(&&*org.text) || org.name == org.text {
            continue;
        }
        let Some(full) = ex
            .orgs
            .iter()
            .find(|o| o.text == org.name && o.span.start < org.span.start)
        else {
            continue;
        };
        t.evidence = Span::new(t.evidence.start.min(full.span.start), t.evidence.end.max(full.span.end));
        t.org = Some(full.clone());
    }
}
