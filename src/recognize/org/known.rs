//! Known organisations from the dictionary, and names that lend their last character
//! to a title (外交部 + 长 = 外交部长).

use super::OrgMention;
use crate::dictionary::{Hit, tag};
use crate::recognize::Sentence;

/// A known organisation, when the hit stands on word boundaries (公安部 in 公安部门,
/// 北大 in 以北大部 do not).
pub(super) fn known(s: &Sentence<'_>, hit: &Hit<'_>) -> Option<OrgMention> {
    let starts_word = s.word_at(hit.start).is_some_and(|w| s.words[w].start == hit.start);
    let ends_word = s.word_at(hit.end - 1).is_some_and(|w| s.words[w].end == hit.end);
    if !(starts_word && ends_word) {
        return None;
    }
    // Places written before it belong to the name (广东省社科院, 美国国防部).
    let mut start = hit.start;
    let mut prefix = None;
    while let Some(p) = s.hit_ending_at(start).filter(|h| h.entry.is(tag::PLACE)) {
        start = p.start;
        prefix = Some(p.start..hit.start);
    }
    // An expanded abbreviation keeps its place: 北京郑大 is not 郑州大学.
    let full_name = (start == hit.start)
        .then(|| hit.entry.full_name.as_deref().map(str::to_string))
        .flatten();
    Some(OrgMention {
        range: start..hit.end,
        kind: hit.entry.org_kind,
        parent: None,
        inner: (start < hit.start).then_some(hit.start..hit.end),
        prefix,
        full_name,
        bare: false,
        named: true,
        in_title: lends_to_title(s, hit.end),
    })
}

/// Head characters that form a title with 长 (部长, 局长, 厅长 ...).
pub(crate) const TITLE_HEADS: &str = "部局厅处科司署院所校社行馆站台团队组会";

/// Does the name ending at `end` lend its last character to a title (外交部 + 长)?
pub(super) fn lends_to_title(s: &Sentence<'_>, end: usize) -> bool {
    s.char_at(end) == Some('长') && s.char_before(end).is_some_and(|c| TITLE_HEADS.contains(c))
}
