//! Résumés: a paragraph that opens with a name and the facts of a life (张明，男，汉族，
//! 1970年5月生……) is about that person; the posts its later sentences give no holder
//! (现任青山市人民政府副市长, 2012年起任青山银行副行长) are that person's.

use std::ops::Range;

use crate::recognize::{HONORIFICS, Sentence};

/// Words of a résumé's opening facts, read within a few characters after the name.
const RESUME_FACTS: &[&str] = &["男", "女", "族", "出生", "生于", "年生", "月生", "籍贯", "人,", "党员"];

/// How far after the name the facts may start, in characters.
const FACTS_WITHIN: usize = 12;

/// The person (by index into `persons`) whose résumé sentence `s` opens: a name at the
/// start, a comma, then the facts of a life.
pub(crate) fn opens_resume(s: &Sentence<'_>, persons: &[Range<usize>]) -> Option<usize> {
    let lead = s.text.len() - s.text.trim_start().len();
    let p = persons.iter().position(|p| p.start == lead)?;
    // A form of address may follow the name (李娜女士，1980年出生).
    let after = &s.text[persons[p].end..];
    let after = HONORIFICS.iter().find_map(|h| after.strip_prefix(h)).unwrap_or(after);
    let rest = after.strip_prefix([',', '，'])?;
    let window: &str = rest.char_indices().nth(FACTS_WITHIN).map_or(rest, |(k, _)| &rest[..k]);
    RESUME_FACTS.iter().any(|f| window.contains(f)).then_some(p)
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
        assert!(!opens("张明,你好。", "张明"));
        assert!(!opens("昨天张明,男女老少都来了。", "张明"));
    }
}
