//! Traditional characters: a document written in them is read in simplified ones.
//!
//! jieba-rs's dictionary, the title and organisation dictionaries and every learned
//! statistic are simplified Chinese: 香港特別行政區行政長官 would give no title, no body and
//! no surname. The view of a traditional document holds the simplified form of each
//! character the table lists (`dictionaries/traditional.txt`); both forms are three UTF-8
//! bytes, so every byte offset of the view is the original's and spans need no mapping.

use crate::Error;
use crate::charset::CharSet;
use crate::dictionary::parse;

const TABLE: (&str, &str) = (
    "dictionaries/traditional.txt",
    include_str!("../../dictionaries/traditional.txt"),
);

/// The first ideographs of the block the table covers (U+4E00 to U+9FFF).
const BLOCK: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;

/// How many characters at a document's start decide whether it is traditional: about
/// one character in five of running traditional text differs from its simplified form
/// (們, 這, 國, 會, 說), so a traditional document shows one well within these.
const SAMPLE: usize = 64;

/// The simplified form of each traditional character of the table.
#[derive(Clone, Debug)]
pub(crate) struct Simplifier {
    /// Indexed by code point minus the block's start; 0 where the character is the same
    /// in both scripts.
    simplified: Vec<u32>,
    /// The traditional characters of the table, one bit each: what [`Simplifier::is_traditional`]
    /// asks of a document's first characters, told from a character's three bytes with no
    /// decoding.
    traditional: Box<CharSet>,
}

impl Simplifier {
    /// The table shipped with the crate.
    pub(crate) fn embedded() -> Result<Simplifier, Error> {
        let (name, text) = TABLE;
        Simplifier::parse(name, text)
    }

    fn parse(name: &str, text: &str) -> Result<Simplifier, Error> {
        let mut simplified = vec![0; (BLOCK.end() - BLOCK.start() + 1) as usize];
        let mut traditional = Box::new(CharSet::empty());
        for line in parse::lines(name, text)? {
            let pair = |f: Option<&&str>| {
                let mut chars = f?.chars();
                let c = chars.next()?;
                (chars.next().is_none() && BLOCK.contains(&(c as u32))).then_some(c)
            };
            let (Some(t), Some(s), None) = (pair(line.fields.first()), pair(line.fields.get(1)), line.fields.get(2))
            else {
                return Err(Error::dictionary(
                    name,
                    line.number,
                    "expected `<traditional> <simplified>`, each one ideograph of U+4E00 to U+9FFF",
                ));
            };
            simplified[(t as u32 - BLOCK.start()) as usize] = s as u32;
            traditional.add(t);
        }
        Ok(Simplifier {
            simplified,
            traditional,
        })
    }

    /// The simplified form of `c`, if the table holds a different one.
    fn get(&self, c: char) -> Option<char> {
        let i = (c as u32).checked_sub(*BLOCK.start())?;
        self.simplified
            .get(i as usize)
            .filter(|&&s| s != 0)
            .and_then(|&s| char::from_u32(s))
    }

    /// Is `text` traditional: does a character of the table stand among its first
    /// [`SAMPLE`] characters? Only the start is read, so simplified text (nearly every
    /// document) costs a few dozen lookups; a simplified document that quotes a
    /// traditional word further on is read as it is written.
    pub(crate) fn is_traditional(&self, text: &str) -> bool {
        // A walk over the bytes, character by character: a character of three bytes (all
        // the table's are) is looked up in the bit table by its bytes, with no decoding
        // (one load, where the code was decoded, tested against the block and looked up in
        // `simplified`); any other is stepped over by its first byte.
        // (Read through a slice that shrinks: one test of its length a character, where an
        // offset three bytes on was tested for overflow and against the text's length.)
        const STEPS: [u8; 256] = super::lead_steps(&[]);
        let mut rest = text.as_bytes();
        for _ in 0..SAMPLE {
            match *rest {
                [x, y, z, ref after @ ..] if x & 0xF0 == 0xE0 => {
                    if self.traditional.contains_utf8(x, y, z) {
                        return true;
                    }
                    rest = after;
                }
                [x, ..] => rest = rest.get(usize::from(STEPS[usize::from(x)])..).unwrap_or_default(),
                [] => return false,
            }
        }
        false
    }

    /// `text` with every character of the table replaced by its simplified form: the
    /// same length in bytes, character for character.
    pub(crate) fn simplify(&self, text: &str) -> String {
        text.chars().map(|c| self.get(c).unwrap_or(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_text_reads_in_simplified_characters_of_the_same_length() {
        let s = Simplifier::embedded().unwrap();
        let text = "香港特別行政區行政長官陳明華表示，經濟發展良好。";
        assert!(s.is_traditional(text));
        let simple = s.simplify(text);
        assert_eq!(simple, "香港特别行政区行政长官陈明华表示，经济发展良好。");
        assert_eq!(simple.len(), text.len());
        let simplified = "青山市市长林海涛表示，经济发展良好。";
        assert!(!s.is_traditional(simplified));
        assert_eq!(s.simplify(simplified), simplified);
    }

    /// The walk over the bytes samples the first characters, whatever their widths, and
    /// finds what a look at each of them finds.
    #[test]
    fn the_byte_walk_samples_the_first_characters() {
        let s = Simplifier::embedded().unwrap();
        let by_chars = |t: &str| t.chars().take(SAMPLE).any(|c| s.get(c).is_some());
        for filler in ["a", "é", "青", "𠮷", " ", "，", "\n", "丂"] {
            for n in [0, 1, 62, 63, 64, 65] {
                for last in ["們", "们", "長", "ab"] {
                    let text = filler.repeat(n) + last;
                    assert_eq!(s.is_traditional(&text), by_chars(&text), "{filler} {n} {last}");
                }
            }
        }
    }

    #[test]
    fn a_bad_line_names_its_source_and_number() {
        for bad in ["長\n", "長 长 长\n", "長 ab\n", "A a\n"] {
            let err = Simplifier::parse("test.txt", &format!("# header\n{bad}"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("test.txt") && err.contains('2'), "{err}");
        }
    }
}
