//! Coordinated organisations (、, 和, 及, 与 between them).

use super::OrgMention;
use crate::recognize::Sentence;

/// Coordinated organisations (、, 和, 及, 与 between them) share a place prefix and
/// vouch for each other: in 开发区党工委、管委会 the second is 开发区管委会, and in
/// 县自然资源住建局、农业农村局 the second is as specific as the first.
pub(super) fn tie_coordinations(s: &Sentence<'_>, orgs: &mut [OrgMention]) {
    let joined = |a: &OrgMention, b: &OrgMention| {
        a.range.end <= b.range.start && matches!(&s.text[a.range.end..b.range.start], "、" | "和" | "及" | "与")
    };
    let mut run_start = 0;
    for i in 0..orgs.len() {
        if i > 0 && joined(&orgs[i - 1], &orgs[i]) {
            let (before, rest) = orgs.split_at_mut(i);
            let prev = &before[i - 1];
            let org = &mut rest[0];
            if org.prefix.is_none()
                && org.full_name.is_none()
                && let Some(p) = &prev.prefix
            {
                org.full_name = Some(format!("{}{}", &s.text[p.clone()], &s.text[org.range.clone()]));
                org.prefix = Some(p.clone());
            }
        } else {
            run_start = i;
        }
        let end = i + 1;
        let last = end == orgs.len() || !joined(&orgs[i], &orgs[end]);
        if last && orgs[run_start..end].iter().any(|o| o.named && !o.bare) {
            for o in &mut orgs[run_start..end] {
                o.named = true;
            }
        }
    }
}
