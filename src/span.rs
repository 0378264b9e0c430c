//! Byte spans into the caller's text, and their conversion to character offsets.

use std::ops::Range;

/// A half-open byte range `start..end` into the text given to
/// [`Extractor::extract`](crate::Extractor::extract).
///
/// Every span an [`Extraction`](crate::Extraction) reports lies on `char`
/// boundaries of the *original* input, so `&text[span.range()]` never panics
/// and equals the item's `text`, even when the item was found in the
/// normalised view (full-width digits, joined line breaks).
///
/// ```
/// use zh_extract::Span;
/// let text = "记者周雅琴";
/// let span = Span::new(6, 15);
/// assert_eq!(&text[span.range()], "周雅琴");
/// assert_eq!(span.char_range(text), 2..5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). `start > end` is normalised to an empty span at `start`.
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The span as a `Range<usize>`, ready to index a `&str`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies inside `self`.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Character (Unicode scalar value) offsets of this span in `text`.
    ///
    /// This scans `text` up to `end`; to convert many spans of one text, build a
    /// [`CharIndex`] once instead.
    pub fn char_range(&self, text: &str) -> Range<usize> {
        let start = count_chars(&text.as_bytes()[..self.start.min(text.len())]);
        let inner = &text.as_bytes()[self.start.min(text.len())..self.end.min(text.len())];
        start..start + count_chars(inner)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

/// Counts UTF-8 scalar values by counting the bytes that start one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Converts many byte offsets of one text to character offsets in O(log n) each.
///
/// It keeps one checkpoint every 64 bytes, so it costs about an eighth of the
/// text's size in memory.
///
/// ```
/// use zh_extract::{CharIndex, Span};
/// let text = "近500平方米";
/// let index = CharIndex::new(text);
/// assert_eq!(index.char_range(Span::new(3, 6)), 1..4);
/// ```
#[derive(Clone, Debug)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// `checkpoints[i]` = number of chars in `text[..i * STRIDE]`.
    checkpoints: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'t> CharIndex<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0;
        checkpoints.push(0);
        for chunk in bytes.chunks(STRIDE) {
            count += count_chars(chunk);
            checkpoints.push(count);
        }
        CharIndex { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (clamped to the text's length).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / STRIDE;
        self.checkpoints[block] + count_chars(&self.text.as_bytes()[block * STRIDE..byte])
    }

    /// Character offsets of a byte span.
    pub fn char_range(&self, span: Span) -> Range<usize> {
        self.char_offset(span.start)..self.char_offset(span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_agrees_with_a_naive_count() {
        let text = "a王😀b\n近５００平方米".repeat(40);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count());
        }
    }

    #[test]
    fn span_char_range_counts_scalar_values() {
        let text = "𠀀字a";
        assert_eq!(Span::new(4, 7).char_range(text), 1..2);
        assert_eq!(Span::new(0, text.len()).char_range(text), 0..3);
    }

    #[test]
    fn reversed_bounds_make_an_empty_span() {
        let s = Span::new(5, 2);
        assert!(s.is_empty());
        assert_eq!(s.start, 5);
    }
}
