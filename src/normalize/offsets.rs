//! The map from byte offsets of the normalised view back to the original text.
//!
//! The view is built from the original by three edits: copying text unchanged,
//! replacing characters one for one (full-width `５` → `5`, 3 bytes → 1), and
//! deleting characters (a hard line break inside a sentence). The map stores
//! one [`Segment`] per run of same-ratio edits, so text with no edits costs one
//! segment and a run of full-width digits costs one more, not one per byte.

use std::cell::Cell;

/// A run of the view whose characters each map to a fixed number of original bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    view_start: usize,
    orig_start: usize,
    view_len: usize,
    /// Bytes per character in the view and in the original (1:1 for copies, 1:3 for full-width).
    view_unit: u8,
    orig_unit: u8,
}

impl Segment {
    fn view_end(&self) -> usize {
        self.view_start + self.view_len
    }

    fn orig_end(&self) -> usize {
        self.orig_start + self.view_len / self.view_unit as usize * self.orig_unit as usize
    }

    /// Original offset of view offset `v`, which lies inside or at the end of this segment.
    fn map(&self, v: usize) -> usize {
        // (A view character of one byte, as every copied run and full-width form writes it,
        // needs no division: the spans of every record are mapped here.)
        if self.view_unit == 1 {
            return self.orig_start + (v - self.view_start) * self.orig_unit as usize;
        }
        self.orig_start + (v - self.view_start) / self.view_unit as usize * self.orig_unit as usize
    }
}

/// The allocation of a map's segments, kept from one map to the next.
#[derive(Debug, Default)]
pub(crate) struct SegmentBuffer(Vec<Segment>);

impl SegmentBuffer {
    /// How many segments it has room for.
    pub(crate) fn capacity(&self) -> usize {
        self.0.capacity()
    }
}

/// Records edits while a view is built, then maps view offsets back.
#[derive(Clone, Debug, Default)]
pub(crate) struct OffsetMap {
    segments: Vec<Segment>,
    orig_len: usize,
    /// The segment the last lookup found: spans are mapped mostly in the order of the
    /// text, so the next one lies in it or in the one after it, most often, and is found
    /// with a test or two where a search of the segments (one or two for each full-width
    /// comma) took a few dozen instructions. Only a hint: every answer is checked.
    cursor: Cell<usize>,
}

impl OffsetMap {
    /// An empty map in the allocation of `buffer`, with room for `segments` segments.
    pub(crate) fn in_buffer(SegmentBuffer(mut segments): SegmentBuffer, room: usize) -> OffsetMap {
        segments.clear();
        segments.reserve(room);
        OffsetMap {
            segments,
            orig_len: 0,
            cursor: Cell::new(0),
        }
    }

    /// The map's allocation, for the next map (see [`OffsetMap::in_buffer`]).
    pub(crate) fn into_buffer(self) -> SegmentBuffer {
        SegmentBuffer(self.segments)
    }

    /// The last segment starting at or before view offset `v` (before it if `strict`),
    /// if any: what a binary search of the segments by their starts finds, tried first at
    /// the cursor and the segment after it.
    #[inline]
    fn last_starting_by(&self, v: usize, strict: bool) -> Option<usize> {
        let by = |s: &Segment| if strict { s.view_start < v } else { s.view_start <= v };
        let c = self.cursor.get();
        for k in [c, c + 1] {
            if self.segments.get(k).is_some_and(by) && self.segments.get(k + 1).is_none_or(|n| !by(n)) {
                self.cursor.set(k);
                return Some(k);
            }
        }
        let k = self.segments.partition_point(by).checked_sub(1)?;
        self.cursor.set(k);
        Some(k)
    }

    /// Records that `view_len` bytes of view, starting at `view_start`, were made from
    /// `orig_start..` of the original at `view_unit:orig_unit` bytes per character.
    pub(crate) fn push(&mut self, view_start: usize, orig_start: usize, view_len: usize, view_unit: u8, orig_unit: u8) {
        if view_len == 0 {
            return;
        }
        if let Some(last) = self.segments.last_mut()
            && last.view_unit == view_unit
            && last.orig_unit == orig_unit
            && last.view_end() == view_start
            && last.orig_end() == orig_start
        {
            last.view_len += view_len;
            return;
        }
        self.segments.push(Segment {
            view_start,
            orig_start,
            view_len,
            view_unit,
            orig_unit,
        });
    }

    pub(crate) fn set_original_len(&mut self, len: usize) {
        self.orig_len = len;
    }

    /// Number of segments (one when the view is a plain copy).
    #[cfg(test)]
    pub(crate) fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// The original offset where the character starting at view offset `v` starts.
    /// Text deleted just before `v` is left out of a span that starts at `v`.
    pub(crate) fn start(&self, v: usize) -> usize {
        // The segment holding byte `v`: the last one starting at or before it.
        match self.last_starting_by(v, false).map(|i| &self.segments[i]) {
            Some(seg) if v < seg.view_end() => seg.map(v),
            // Past the last byte of the view: the end of the original.
            _ if self.segments.last().is_none_or(|s| v >= s.view_end()) => self.orig_len,
            // Unreachable for well-formed maps (segments tile the view), but be total.
            _ => self.orig_len,
        }
    }

    /// [`OffsetMap::start`] of `start` and [`OffsetMap::end`] of `end` (`start < end`): one
    /// search of the segments when both lie in the segment holding byte `start`, as most
    /// spans (a name, a number) do.
    pub(crate) fn span(&self, start: usize, end: usize) -> (usize, usize) {
        // (The segments tile the view: none after this one starts before its end.)
        if let Some(seg) = self.last_starting_by(start, false).map(|i| &self.segments[i])
            && start < end
            && end <= seg.view_end()
        {
            return (seg.map(start), seg.map(end));
        }
        (self.start(start), self.end(end))
    }

    /// The original offset where the character ending at view offset `v` ends.
    /// Text deleted just after `v` is left out of a span that ends at `v`.
    pub(crate) fn end(&self, v: usize) -> usize {
        if v == 0 {
            return self.start(0).min(self.segments.first().map_or(0, |s| s.orig_start));
        }
        // The segment holding byte `v - 1`.
        match self.last_starting_by(v, true).map(|i| &self.segments[i]) {
            Some(seg) => seg.map(v.min(seg.view_end())),
            None => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_maps_as_its_two_ends_do() {
        // view "近500米" from "近\n５００米": a deletion and a full-width run
        let mut m = OffsetMap::default();
        m.push(0, 0, 3, 1, 1);
        m.push(3, 4, 3, 1, 3);
        m.push(6, 13, 3, 1, 1);
        m.set_original_len(16);
        for a in 0..9 {
            for b in a + 1..=9 {
                assert_eq!(m.span(a, b), (m.start(a), m.end(b)), "{a}..{b}");
            }
        }
    }

    #[test]
    fn the_cursor_finds_what_a_search_finds_in_any_order() {
        // Segments of 3 bytes, every other one full-width (1:3): view 0..30.
        let mut m = OffsetMap::default();
        let mut orig = 0;
        for k in 0..10 {
            let unit = if k % 2 == 0 { 1 } else { 3 };
            m.push(k * 3, orig, 3, 1, unit);
            orig += 3 * unit as usize;
        }
        m.set_original_len(orig);
        let search = |v: usize, strict: bool| {
            m.segments
                .partition_point(|s| if strict { s.view_start < v } else { s.view_start <= v })
                .checked_sub(1)
        };
        let order: Vec<usize> = (0..=31)
            .chain((0..=31).rev())
            .chain((0..=31).map(|v| v * 7 % 32))
            .collect();
        for strict in [false, true] {
            for &v in &order {
                assert_eq!(m.last_starting_by(v, strict), search(v, strict), "{v} {strict}");
            }
        }
    }

    #[test]
    fn adjacent_copies_merge_into_one_segment() {
        let mut m = OffsetMap::default();
        m.push(0, 0, 3, 1, 1);
        m.push(3, 3, 5, 1, 1);
        m.set_original_len(8);
        assert_eq!(m.segment_count(), 1);
        assert_eq!((m.start(4), m.end(8)), (4, 8));
    }

    #[test]
    fn full_width_runs_map_three_bytes_per_byte() {
        // original: "近" + "５００" (3×3 bytes) + "米"; view: "近" + "500" + "米"
        let mut m = OffsetMap::default();
        m.push(0, 0, 3, 1, 1);
        m.push(3, 3, 3, 1, 3);
        m.push(6, 12, 3, 1, 1);
        m.set_original_len(15);
        assert_eq!((m.start(3), m.end(6)), (3, 12));
        assert_eq!((m.start(4), m.end(5)), (6, 9));
        assert_eq!((m.start(6), m.end(9)), (12, 15));
    }

    #[test]
    fn deleted_text_stays_outside_spans() {
        // original "近\n\n500", view "近500"
        let mut m = OffsetMap::default();
        m.push(0, 0, 3, 1, 1);
        m.push(3, 5, 3, 1, 1);
        m.set_original_len(8);
        assert_eq!(m.end(3), 3, "a span ending at 近 stops before the break");
        assert_eq!(m.start(3), 5, "a span starting at 5 starts after the break");
        assert_eq!((m.start(0), m.end(6)), (0, 8));
    }
}
