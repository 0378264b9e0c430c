//! Foreign states named with their form of state (塔兰共和国, 维斯特兰王国): the lexicon
//! knows the world's states by their short names (哈萨克斯坦), not every state a text
//! names, nor a known one's full name (哈萨克斯坦共和国). The name before the form is
//! read as a state, so that its envoys and ministers hold their posts in it (塔兰共和国
//! 驻华大使甲, 卡索维亚共和国副总理乙).

use std::ops::Range;
use std::sync::LazyLock;

use crate::dictionary::{Entry, Hit, PlaceLevel, tag};
use crate::recognize::is_han;

/// Forms of state written after a state's name, less their last character, 国. (Not 联邦:
/// federal bodies are named with it, 加拿大联邦政府.)
const STATE_FORMS: &[&str] = &["共和", "王", "合众", "公", "酋长"];

/// Words that qualify a form of state (联合共和国, 联邦共和国, 民主共和国).
const STATE_QUALIFIERS: &[&str] = &["联合", "联邦", "民主", "人民", "社会主义", "伊斯兰", "合作"];

/// The fewest and most characters of a state's name written in transliteration.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=5;

/// What the lexicon would say of a state: a place of a country's level.
static STATE: LazyLock<Entry> = LazyLock::new(|| Entry {
    tags: tag::PLACE,
    place_level: PlaceLevel::Country,
    ..Entry::default()
});

/// Marks in `hits` (the sentence `text`'s lexicon hits, in order; `words` its words) each
/// state named with its form: a known state's short name and the form (哈萨克斯坦|共和国),
/// or two to five characters of transliteration (`translit`) starting a word (塔兰共和国).
/// Hits inside the state's name are dropped.
pub(crate) fn mark_states<'l>(
    text: &str,
    words: &[Range<usize>],
    translit: impl Fn(char) -> bool,
    hits: &mut Vec<Hit<'l>>,
) {
    // (One search for the form's last character, 国 (E5 9B BD): most sentences hold none,
    // and few of the others a form. Its last byte is looked for sixteen bytes at a time, in
    // one number, and the two bytes before are compared only where one stands: in a `str`,
    // E5 starts a character, so E5 9B BD is 国. `match_indices('国')` looked for the last
    // byte with a `memchr` set up again after every other BD, a byte of one ideograph in
    // thirty or so: it cost more than the rest of the reading of states.)
    const GUO: [u8; 3] = [0xE5, 0x9B, 0xBD];
    let b = text.as_bytes();
    let mut at_last_byte = |p: usize| {
        if p >= 2 && b[p - 2] == GUO[0] && b[p - 1] == GUO[1] {
            mark_state(text, words, &translit, hits, p - 2);
        }
    };
    let mut blocks = b.chunks_exact(16);
    for (k, sixteen) in (&mut blocks).enumerate() {
        let Ok(sixteen) = <[u8; 16]>::try_from(sixteen) else {
            continue;
        };
        let mut found = bytes_equal(u128::from_le_bytes(sixteen), GUO[2]);
        while found != 0 {
            at_last_byte(k * 16 + found.trailing_zeros() as usize / 8);
            found &= found - 1;
        }
    }
    let tail = b.len() - blocks.remainder().len();
    for (j, &v) in blocks.remainder().iter().enumerate() {
        if v == GUO[2] {
            at_last_byte(tail + j);
        }
    }
}

/// The high bit of each byte of `sixteen` equal to `byte`, the other bits clear. (Exactly:
/// the sum of a byte's low seven bits and 7F carries into its high bit, never into the
/// next byte.)
fn bytes_equal(sixteen: u128, byte: u8) -> u128 {
    const LOW7: u128 = u128::from_le_bytes([0x7F; 16]);
    // Zero where the byte is `byte`.
    let x = sixteen ^ u128::from_le_bytes([byte; 16]);
    !(((x & LOW7) + LOW7) | x | LOW7)
}

/// [`mark_states`] at a 国 at byte `last`: the state named with it, if its form and name
/// stand before it.
// (Out of line: few sentences hold a 国, and the search's loop is the lighter for it.)
#[inline(never)]
fn mark_state<'l>(
    text: &str,
    words: &[Range<usize>],
    translit: &impl Fn(char) -> bool,
    hits: &mut Vec<Hit<'l>>,
    last: usize,
) {
    let Some(form) = STATE_FORMS.iter().find(|f| text[..last].ends_with(*f)) else {
        return;
    };
    let at = last - form.len();
    // (A form may be qualified: 瑟兰联合共和国, 阿尔泰尼亚联邦共和国, …民主共和国.)
    let at = STATE_QUALIFIERS
        .iter()
        .find_map(|q| text[..at].strip_suffix(q))
        .map_or(at, str::len);
    let end = last + '国'.len_utf8();
    // A state's own name in the lexicon, right before the form.
    let known = hits
        .iter()
        .find(|h| h.end == at && h.entry.is(tag::PLACE) && h.entry.place_level == PlaceLevel::Country)
        .map(|h| h.start);
    let Some(start) = known.or_else(|| transliterated_name(text, words, at, translit)) else {
        return;
    };
    hits.retain(|h| h.end <= start || h.start >= end);
    let k = hits.partition_point(|h| h.start < start);
    hits.insert(
        k,
        Hit {
            start,
            end,
            entry: &STATE,
        },
    );
}

/// The start of the name of two to five characters of transliteration ending at byte `at`,
/// on a word's start.
fn transliterated_name(
    text: &str,
    words: &[Range<usize>],
    at: usize,
    translit: impl Fn(char) -> bool,
) -> Option<usize> {
    let mut start = at;
    let mut count = 0;
    for (k, c) in text[..at].char_indices().rev() {
        if !(is_han(c) && translit(c)) || count == *NAME_CHARS.end() {
            break;
        }
        start = k;
        count += 1;
    }
    // The longest run of them that starts a word (会见了|塔兰: the run stops at 了, which is
    // none; 阿尔泰/nr|尼亚/ns starts at 阿): forward from the run's start to a word's.
    while count >= *NAME_CHARS.start() {
        if words.iter().any(|w| w.start == start) {
            return Some(start);
        }
        let c = text[start..].chars().next()?;
        start += c.len_utf8();
        count -= 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 国 is looked for in blocks of sixteen bytes, and in the bytes after the last block
    /// apart: a state is read wherever its 国 stands, across a block's end too.
    #[test]
    fn a_state_is_read_at_every_offset() {
        for lead in 0..40 {
            let text = format!("{}塔兰共和国大使", "a".repeat(lead));
            let words = [0..lead, lead..lead + 6, lead + 6..lead + 15, lead + 15..lead + 21];
            let mut hits = Vec::new();
            mark_states(&text, &words, |c| "塔兰".contains(c), &mut hits);
            let spans: Vec<_> = hits.iter().map(|h| (h.start, h.end)).collect();
            assert_eq!(spans, [(lead, lead + 15)], "{text}");
        }
    }
}
