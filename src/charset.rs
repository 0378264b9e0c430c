//! Sets of characters of the Basic Multilingual Plane as bit tables built at compile time.
//!
//! The hot loops ask many times a sentence whether a character is one of a few dozen (the
//! numerals a number may start with, the cue characters of the person scan): one bit a
//! character tells it with one load, where a list is walked or a string searched — and a
//! character of three bytes in UTF-8 (all of Chinese text) is told from its bytes, without
//! decoding it.

/// Does `text` end with one of `chars`? What `text.ends_with(chars)` says — its last
/// character is one of them — with the character decoded and compared in line: the
/// standard library's search for a slice of characters is called out of line, at some 50
/// instructions a call, and the readers ask this as their cheap first test.
#[inline(always)]
pub(crate) fn ends_with_one_of(text: &str, chars: &[char]) -> bool {
    text.chars().next_back().is_some_and(|c| chars.contains(&c))
}

/// Does `text` start with one of `chars`? What `text.starts_with(chars)` says, in line
/// (see [`ends_with_one_of`]).
#[inline(always)]
pub(crate) fn starts_with_one_of(text: &str, chars: &[char]) -> bool {
    text.chars().next().is_some_and(|c| chars.contains(&c))
}

/// `text.trim_start()`, with no call for a text that opens with an ideograph or a printable
/// ASCII character (nearly every sentence): no white space starts with such a byte (white
/// space is ASCII or starts with C2, E1, E2 or E3), where the standard library's trim,
/// out of line, decoded the first character and looked it up.
#[inline(always)]
pub(crate) fn trimmed_start(text: &str) -> &str {
    match text.as_bytes().first() {
        Some(&b) if (0xE4..=0xEF).contains(&b) || b.is_ascii_graphic() => text,
        // (An empty text too: the text between two mentions, often.)
        None => text,
        _ => text.trim_start(),
    }
}

/// `text.trim_end()`, with no call for a text that ends with a printable ASCII character,
/// an ideograph or 。 (nearly every sentence, and the text before most names): none of them
/// is white space, which is ASCII or a character of two or three bytes that starts with
/// C2, E1, E2 or E3 (。 is E3 80 82).
#[inline(always)]
pub(crate) fn trimmed_end(text: &str) -> &str {
    match *text.as_bytes() {
        [.., b] if b.is_ascii_graphic() => text,
        // (A lead byte three bytes from the end starts the last character.)
        [.., x, _, _] if (0xE4..=0xEF).contains(&x) => text,
        [.., 0xE3, 0x80, 0x82] => text,
        [] => text,
        _ => text.trim_end(),
    }
}

/// `str::trim`, `str::trim_start` and `str::trim_end` as methods, by [`trimmed_start`] and
/// [`trimmed_end`]: with no call for a text that opens (ends) with an ideograph or a
/// printable ASCII character, or is empty — the text before a mention or between two,
/// tested for blanks (`.trimmed().is_empty()`) in the readers of every sentence.
pub(crate) trait Trimmed {
    fn trimmed(&self) -> &str;
    fn trimmed_start(&self) -> &str;
    fn trimmed_end(&self) -> &str;
}

impl Trimmed for str {
    #[inline(always)]
    fn trimmed(&self) -> &str {
        trimmed_end(trimmed_start(self))
    }

    #[inline(always)]
    fn trimmed_start(&self) -> &str {
        trimmed_start(self)
    }

    #[inline(always)]
    fn trimmed_end(&self) -> &str {
        trimmed_end(self)
    }
}

/// The words of a set: one bit for each character of the Basic Multilingual Plane.
const WORDS: usize = 0x1_0000 / 64;

/// A set of characters of the Basic Multilingual Plane, one bit each (8 KiB).
#[derive(Clone, Debug)]
pub(crate) struct CharSet([u64; WORDS]);

impl CharSet {
    /// The set of the characters of `chars`, each of three bytes in UTF-8 (a character of
    /// another length fails the build).
    pub(crate) const fn of(chars: &str) -> CharSet {
        let mut set = CharSet([0; WORDS]);
        let b = chars.as_bytes();
        let mut i = 0;
        while i < b.len() {
            set.insert(b, i);
            i += 3;
        }
        set
    }

    /// The set of the characters of all of `strings`, each of three bytes in UTF-8 (a
    /// character of another length fails the build).
    pub(crate) const fn of_all(strings: &[&str]) -> CharSet {
        let mut set = CharSet([0; WORDS]);
        let mut s = 0;
        while s < strings.len() {
            let b = strings[s].as_bytes();
            let mut i = 0;
            while i < b.len() {
                set.insert(b, i);
                i += 3;
            }
            s += 1;
        }
        set
    }

    /// The set of the first characters of the words of `lists` (each of three bytes in
    /// UTF-8: a word of another first character fails the build).
    pub(crate) const fn of_first_characters(lists: &[&[&str]]) -> CharSet {
        let mut set = CharSet([0; WORDS]);
        let mut l = 0;
        while l < lists.len() {
            let mut k = 0;
            while k < lists[l].len() {
                set.insert(lists[l][k].as_bytes(), 0);
                k += 1;
            }
            l += 1;
        }
        set
    }

    /// The empty set, for a set built at run time with [`CharSet::add`].
    pub(crate) const fn empty() -> CharSet {
        CharSet([0; WORDS])
    }

    /// Adds `c`, if it is of the Basic Multilingual Plane (a character outside it is never
    /// in a set).
    pub(crate) fn add(&mut self, c: char) {
        let code = c as usize;
        if code < 0x1_0000 {
            self.0[code / 64] |= 1 << (code % 64);
        }
    }

    /// Adds the character of three bytes at byte `i` of `b`.
    const fn insert(&mut self, b: &[u8], i: usize) {
        assert!(i + 2 < b.len() && b[i] & 0xF0 == 0xE0, "a character of three bytes");
        let code = ((b[i] & 0x0F) as usize) << 12 | ((b[i + 1] & 0x3F) as usize) << 6 | (b[i + 2] & 0x3F) as usize;
        self.0[code / 64] |= 1 << (code % 64);
    }

    /// Is `c` in the set?
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        let code = c as usize;
        code < 0x1_0000 && self.0[code / 64] >> (code % 64) & 1 != 0
    }

    /// Is the character written with the three bytes `x`, `y`, `z` (a lead byte E0..EF and
    /// two continuation bytes) in the set? Its code's bits are the bytes' low bits: no
    /// decoding.
    #[inline(always)]
    pub(crate) fn contains_utf8(&self, x: u8, y: u8, z: u8) -> bool {
        self.0[usize::from(x & 0x0F) << 6 | usize::from(y & 0x3F)] >> (z & 0x3F) & 1 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The in-line tests say what the standard library's say, for every white space
    /// character and the characters that share their bytes, at either end.
    #[test]
    fn in_line_tests_match_the_standard_library() {
        let ends = [
            "", "a", " ", "\t", "\n", "\u{85}", "\u{A0}", "é", "\u{1680}", "\u{2000}", "\u{200A}", "\u{200B}",
            "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "。", "、", "，", "中", "𠮷", ",", ":", "市",
        ];
        let chars: &[char] = &['市', '，', ',', '。', '\u{3000}', 'a'];
        for a in ends {
            for b in ends {
                for c in ends {
                    let t = format!("{a}{b}{c}");
                    assert_eq!(trimmed_start(&t), t.trim_start(), "{t:?}");
                    assert_eq!(trimmed_end(&t), t.trim_end(), "{t:?}");
                    assert_eq!(t.trimmed(), t.trim(), "{t:?}");
                    assert_eq!(t.as_str().trimmed_start(), t.trim_start(), "{t:?}");
                    assert_eq!(t.as_str().trimmed_end(), t.trim_end(), "{t:?}");
                    assert_eq!(ends_with_one_of(&t, chars), t.ends_with(chars), "{t:?}");
                    assert_eq!(starts_with_one_of(&t, chars), t.starts_with(chars), "{t:?}");
                }
            }
        }
    }

    #[test]
    fn a_set_holds_its_characters_and_no_other() {
        static SET: CharSet = CharSet::of("一二○長");
        for c in ['一', '二', '○', '長'] {
            assert!(SET.contains(c), "{c}");
            let mut b = [0; 4];
            let b = c.encode_utf8(&mut b).as_bytes();
            assert!(SET.contains_utf8(b[0], b[1], b[2]), "{c}");
        }
        for c in ['三', 'a', '\u{1F600}'] {
            assert!(!SET.contains(c), "{c}");
        }
    }

    #[test]
    fn a_set_built_at_run_time_holds_what_was_added() {
        let mut set = CharSet::empty();
        for c in ['長', '一', 'a', '\u{1F600}'] {
            set.add(c);
        }
        assert!(set.contains('長') && set.contains('一') && set.contains('a'));
        assert!(!set.contains('\u{1F600}') && !set.contains('二'));
        let b = "長".as_bytes();
        assert!(set.contains_utf8(b[0], b[1], b[2]));
    }

    #[test]
    fn a_set_of_several_strings_holds_all_their_characters() {
        static SET: CharSet = CharSet::of_all(&["一二", "長", ""]);
        assert!(SET.contains('一') && SET.contains('二') && SET.contains('長'));
        assert!(!SET.contains('三'));
    }

    #[test]
    fn first_characters_of_words() {
        static SET: CharSet = CharSet::of_first_characters(&[&["银行", "公司"], &["电子"]]);
        assert!(SET.contains('银') && SET.contains('公') && SET.contains('电'));
        assert!(!SET.contains('行') && !SET.contains('子'));
    }
}
