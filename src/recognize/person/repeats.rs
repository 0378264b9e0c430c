//! Repeats: a name the document has given once names the same person wherever else the
//! document writes it, though no title or byline stands by it there
//! (外长萨利姆宣布辞职……希望萨利姆收回辞呈; 外长图雷尔 … 图雷尔说).
//!
//! News names a person in full once, with a title, and then by the bare name; the
//! scorer, which reads one sentence at a time, often cannot tell a bare unfamiliar name
//! (萨利姆, 林长工) from ordinary words. The repeats are found where the name stands as
//! words of its own in jieba-rs's segmentation — from one word's start to another's end,
//! or with one function character jieba-rs glued after it (萨利姆说) — and clear of every
//! person, organisation and title already read, so a name inside a body's name
//! (田书海集团) or inside a longer word (林长工路) is no repeat.

use std::ops::Range;

use super::candidates::is_dot;
use super::tables::FastMap;
use crate::recognize::is_han;

/// Characters jieba-rs glues after a name into one word (萨利姆说, 图雷尔等, 卡维诺为): a
/// repeat may end before one of them when it ends a word, and a joined name's part never
/// ends in one.
pub(super) const GLUED_AFTER: &str = "说等和与及的在是也都就又对将已曾向为被把同跟今昨访";

/// The names a document has given so far, by first character.
#[derive(Debug, Default)]
pub(crate) struct KnownNames<'v> {
    /// Longest first: at one place the longest name wins (欧阳明远 over 欧阳明). (Hashed
    /// as the person tables' are, not by std's SipHash: only looked up and added to.)
    by_first: FastMap<char, Vec<&'v str>>,
    /// A bit per first character (its code modulo 256): most words start with none of
    /// them, and are passed over without a hash.
    bloom: [u64; 4],
}

impl<'v> KnownNames<'v> {
    /// Learns `name`, when it is long enough to find again: two characters or more, all
    /// Han but for middle dots. A bare surname (李) names no one by itself. A name in
    /// parts learns its last part too: news calls 卡洛维·图雷尔 图雷尔 from then on; a
    /// Japanese name its family name (森田正彦 … 森田).
    pub(crate) fn add(&mut self, name: &'v str) {
        if let Some((dot, c)) = name.char_indices().rev().find(|&(_, c)| is_dot(c)) {
            self.add_whole(&name[dot + c.len_utf8()..]);
        } else if let Some(family) = super::japanese::family_name(name) {
            self.add_whole(family);
        }
        self.add_whole(name);
    }

    fn add_whole(&mut self, name: &'v str) {
        let mut chars = name.chars();
        let Some(first) = chars.next() else { return };
        if chars.next().is_none() || !name.chars().all(|c| is_han(c) || is_dot(c)) {
            return;
        }
        let names = self.by_first.entry(first).or_default();
        if names.contains(&name) {
            return;
        }
        let at = names.partition_point(|n| n.len() >= name.len());
        names.insert(at, name);
        let (word, bit) = bloom_bit(first);
        self.bloom[word] |= bit;
    }

    /// Has no name been learned yet?
    pub(crate) fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// Appends to `out` the repeats of known names in `text`: `words` are its words in
    /// order, `taken` the ranges already read as something (disjoint, in order).
    pub(crate) fn find(&self, text: &str, words: &[Range<usize>], taken: &[Range<usize>], out: &mut Vec<Range<usize>>) {
        if self.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < words.len() {
            let start = words[i].start;
            i += 1;
            // (The filter's bit read from the bytes of a character of three bytes, nearly
            // every word's first: most words are passed over here, undecoded.)
            let (word, bit) = match bytes.get(start..start + 3) {
                Some(&[x, y, z]) if x & 0xF0 == 0xE0 => bloom_bit_utf8(y, z),
                _ => match super::candidates::char_at(text, start) {
                    Some(c) => bloom_bit(c),
                    None => continue,
                },
            };
            if self.bloom[word] & bit == 0 {
                continue;
            }
            let Some(first) = super::candidates::char_at(text, start) else {
                continue;
            };
            let Some(names) = self.by_first.get(&first) else {
                continue;
            };
            let found = names
                .iter()
                .filter(|n| text[start..].starts_with(**n))
                .map(|n| start + n.len())
                .find(|&end| ends_as_word(text, words, end) && is_free(taken, start..end));
            if let Some(end) = found {
                out.push(start..end);
                while i < words.len() && words[i].start < end {
                    i += 1;
                }
            }
        }
    }
}

/// Does a name ending at `end` end where a word does, or before one glued character?
fn ends_as_word(text: &str, words: &[Range<usize>], end: usize) -> bool {
    let j = words.partition_point(|w| w.end < end);
    let Some(w) = words.get(j) else { return false };
    if w.end == end {
        return true;
    }
    w.start < end
        && text
            .get(end..w.end)
            .is_some_and(|rest| rest.chars().count() == 1 && GLUED_AFTER.contains(rest))
}

/// Does `r` overlap none of `taken` (disjoint ranges in order)?
fn is_free(taken: &[Range<usize>], r: Range<usize>) -> bool {
    // The first range that ends past r's start is the only one that may overlap it.
    let k = taken.partition_point(|t| t.end <= r.start);
    taken.get(k).is_none_or(|t| t.start >= r.end)
}

fn bloom_bit(c: char) -> (usize, u64) {
    let h = c as usize & 0xFF;
    (h >> 6, 1 << (h & 63))
}

/// [`bloom_bit`] of the character of three bytes whose second and third bytes are `y` and
/// `z`: the low eight bits of its code are the low two of `y` and the low six of `z`.
fn bloom_bit_utf8(y: u8, z: u8) -> (usize, u64) {
    let h = usize::from(y & 0x03) << 6 | usize::from(z & 0x3F);
    (h >> 6, 1 << (h & 63))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The repeats of `names` in `text`, cut into `cuts`, with `taken` read already.
    fn repeats(names: &[&'static str], cuts: &[&str], taken: &[Range<usize>]) -> Vec<String> {
        let text: String = cuts.concat();
        let mut at = 0;
        let words: Vec<Range<usize>> = cuts
            .iter()
            .map(|w| {
                at += w.len();
                at - w.len()..at
            })
            .collect();
        let mut known = KnownNames::default();
        for name in names {
            known.add(name);
        }
        let mut out = Vec::new();
        known.find(&text, &words, taken, &mut out);
        out.into_iter().map(|r| text[r].to_string()).collect()
    }

    #[test]
    fn finds_a_repeat_standing_as_words() {
        assert_eq!(
            repeats(&["萨利姆"], &["希望", "萨利姆", "收回", "辞呈"], &[]),
            ["萨利姆"]
        );
    }

    #[test]
    fn a_glued_function_character_ends_the_name_but_a_word_does_not() {
        let found = repeats(&["萨利姆", "林长工"], &["萨利姆说", "林长工路", "林长工等"], &[]);
        assert_eq!(found, ["萨利姆", "林长工"]);
    }

    #[test]
    fn nothing_inside_what_is_taken_and_no_bare_surname() {
        let taken = [Range { start: 0, end: 15 }];
        assert!(repeats(&["田书海", "田"], &["田书海", "集团", "田"], &taken).is_empty());
    }

    #[test]
    fn the_longest_known_name_wins_and_a_dotted_name_teaches_its_last_part() {
        assert_eq!(
            repeats(&["欧阳明", "欧阳明远"], &["欧阳", "明远", "说"], &[]),
            ["欧阳明远"]
        );
        assert_eq!(repeats(&["卡洛维·图雷尔"], &["图雷尔", "表示"], &[]), ["图雷尔"]);
    }

    #[test]
    fn the_filter_bit_from_bytes_is_the_characters() {
        for c in ['王', '萨', '・', '〇', '龥', '\u{800}', '\u{FFFF}'] {
            let mut b = [0; 4];
            let b = c.encode_utf8(&mut b).as_bytes();
            assert_eq!(bloom_bit_utf8(b[1], b[2]), bloom_bit(c), "{c}");
        }
    }
}
