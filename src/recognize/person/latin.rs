//! Names in Latin letters right after a title or byline (导演Christopher Nolan,
//! 执行制作人Ben Bell, 负责人serena): foreign staff in Chinese text keep their own
//! spelling. Candidates of the statistical model are all Chinese characters, so these
//! come from a rule: a title word, at most a colon or space, then a run of Latin words.

use std::ops::Range;

use crate::dictionary::tag;
use crate::recognize::Sentence;

/// The score a Latin name gets (above any candidate it could overlap: none can).
pub(crate) const LATIN_NAME_SCORE: f32 = 3.0;

/// Longest name read, in bytes.
const MAX_NAME: usize = 40;

/// Appends the Latin names of `s` (byte ranges) to `out`.
pub(crate) fn find(s: &Sentence<'_>, out: &mut Vec<Range<usize>>) {
    let text = s.text;
    for h in s.hits.iter().filter(|h| h.entry.tags & (tag::TITLE | tag::BYLINE) != 0) {
        let mut start = h.end;
        let rest = &text[start..];
        // One separator between title and name: 导演:James, 记者 Tom.
        if let Some(c) = rest.chars().next()
            && matches!(c, ':' | '：' | ' ')
        {
            start += c.len_utf8();
        }
        if let Some(name) = latin_run(text, start)
            && !s.hit_starting_at(name.end).is_some_and(|h| h.entry.is(tag::ORG_SUFFIX))
        {
            out.push(name);
        }
    }
}

/// The run of Latin words at byte `start` that reads as a name: letters, with single
/// spaces, dots, hyphens or apostrophes between words; not an acronym (CEO, NBA) and
/// not followed by a digit or another letter.
fn latin_run(text: &str, start: usize) -> Option<Range<usize>> {
    let b = text.as_bytes();
    let mut end = start;
    let mut letters = 0;
    let mut lower = false;
    while end < b.len() && end - start <= MAX_NAME {
        let c = b[end];
        if c.is_ascii_alphabetic() {
            letters += 1;
            lower |= c.is_ascii_lowercase();
            end += 1;
        } else if matches!(c, b' ' | b'.' | b'-' | b'\'')
            && end > start
            && b.get(end + 1).is_some_and(|n| n.is_ascii_alphabetic())
        {
            end += 1;
        } else {
            break;
        }
    }
    if end - start > MAX_NAME || letters < 2 || !lower {
        return None;
    }
    if b.get(end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_runs() {
        assert_eq!(latin_run("Tom Hanks说", 0), Some(0..9));
        assert_eq!(latin_run("CEO表示", 0), None);
        assert_eq!(latin_run("iPhone4发布", 0), None);
        assert_eq!(latin_run("说", 0), None);
        assert_eq!(latin_run("x", 0), None);
    }
}
