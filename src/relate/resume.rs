//! Résumés: a paragraph that opens with a name and the facts of a life (张明，男，汉族，
//! 1970年5月生……) is about that person; the posts its later sentences give no holder
//! (现任青山市人民政府副市长, 2012年起任青山银行副行长) are that person's.

use std::ops::Range;

use crate::normalize::life_facts_follow;
use crate::recognize::{HONORIFICS, Sentence};

/// The person (by index into `persons`) whose résumé sentence `s` opens: a name at the
/// start, a comma, then the facts of a life.
pub(crate) fn opens_resume(s: &Sentence<'_>, persons: &[Range<usize>]) -> Option<usize> {
    let lead = s.text.len() - s.text.trim_start().len();
    let p = persons.iter().position(|p| p.start == lead)?;
    // A form of address may follow the name (李娜女士，1980年出生), and a filing names
    // the résumé (郑海涛先生简历：男，1972年出生).
    let after = &s.text[persons[p].end..];
    let after = HONORIFICS.iter().find_map(|h| after.strip_prefix(h)).unwrap_or(after);
    let after = after.strip_prefix('的').unwrap_or(after);
    let after = ["个人简历", "简历"]
        .iter()
        .find_map(|h| after.strip_prefix(h))
        .unwrap_or(after);
    let rest = after.strip_prefix([',', '，', ':', '：'])?;
    life_facts_follow(rest).then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opens(text: &str, name: &str) -> bool {
        let a = text.find(name).unwrap();
        let s = Sentence {
            text,
            words: &[],
            hits: &[],
        };
        let person: Range<usize> = a..a + name.len();
        opens_resume(&s, std::slice::from_ref(&person)).is_some()
    }

    #[test]
    fn a_resume_opens_with_a_name_and_the_facts_of_a_life() {
        assert!(opens("张明,男,汉族,1970年5月生。", "张明"));
        assert!(opens("李红,1975年出生,经济学博士。", "李红"));
        assert!(opens("李娜女士,1980年出生,中国国籍。", "李娜"));
        assert!(opens("韩立峰先生简历：男，1972年出生，中国国籍。", "韩立峰"));
        assert!(!opens("张明,你好。", "张明"));
        assert!(!opens("昨天张明,男女老少都来了。", "张明"));
    }
}
