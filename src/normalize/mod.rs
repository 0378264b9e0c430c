//! Normalisation: a working view of the text that the recognisers read, and the
//! way back to the caller's original.
//!
//! The view differs from the original in five ways:
//!
//! * full-width ASCII (`５００`, `（`, `％`, `Ａ`) and the ideographic space become
//!   their half-width forms, so `５００` and `500` read alike;
//! * a hard line break inside a sentence is removed — print extractions break
//!   words and numbers across lines (`近\n\n500平方米`, `“科\n\n技小巨人”`); between
//!   two Latin letters or digits it becomes one space instead;
//! * a line break after a sentence end (`。！？；…` and a closing quote or bracket
//!   after one) is a paragraph break and is kept;
//! * a byte-order mark and zero-width spaces (U+FEFF, U+200B–U+200D) are left out;
//! * a document in traditional characters is read in simplified ones
//!   ([`traditional`]: 長官 as 长官), character for character.
//!
//! Every span found in the view is mapped back with [`View::original_span`], which
//! always lands on character boundaries of the original.

mod offsets;
pub(crate) mod traditional;

use std::borrow::Cow;
use std::ops::Range;

use crate::Span;
use offsets::{OffsetMap, SegmentBuffer};
use traditional::Simplifier;

/// The allocations of a view's text and offset map, kept from one document to the next
/// (see [`View::new_in`]): allocated and freed for every document, they cost some
/// 250 instructions a document.
#[derive(Debug, Default)]
pub(crate) struct ViewBuffers {
    text: String,
    segments: SegmentBuffer,
}

/// The most bytes of text, and segments, whose buffers are kept for the next document
/// (a huge document's are freed, not held for the thread's life).
const MAX_KEPT_BUFFER: usize = 1 << 20;

/// The normalised working copy of one document.
#[derive(Clone, Debug)]
pub(crate) struct View<'t> {
    original: &'t str,
    text: Cow<'t, str>,
    map: OffsetMap,
}

impl<'t> View<'t> {
    /// Normalises `original`. Text that needs no edit is borrowed, not copied.
    #[cfg(test)]
    pub(crate) fn new(original: &'t str) -> View<'t> {
        View::new_in(original, &mut ViewBuffers::default())
    }

    /// [`View::new`] in the allocations of `buffers` (taken from it; see [`View::recycle`]).
    pub(crate) fn new_in(original: &'t str, buffers: &mut ViewBuffers) -> View<'t> {
        let segments = std::mem::take(&mut buffers.segments);
        if !needs_normalising(original) {
            let mut map = OffsetMap::in_buffer(segments, 1);
            map.push(0, 0, original.len(), 1, 1);
            map.set_original_len(original.len());
            return View {
                original,
                text: Cow::Borrowed(original),
                map,
            };
        }
        let (text, map) = normalise(original, std::mem::take(&mut buffers.text), segments);
        View {
            original,
            text: Cow::Owned(text),
            map,
        }
    }

    /// Gives the view's allocations back to `buffers`, for the next document's view.
    pub(crate) fn recycle(self, buffers: &mut ViewBuffers) {
        if let Cow::Owned(text) = self.text
            && text.capacity() <= MAX_KEPT_BUFFER
        {
            buffers.text = text;
        }
        let segments = self.map.into_buffer();
        if segments.capacity() <= MAX_KEPT_BUFFER {
            buffers.segments = segments;
        }
    }

    /// The view in simplified characters when the document is traditional. Both forms
    /// of every character the table changes are three bytes long: offsets stay as they are.
    pub(crate) fn simplified(mut self, simplifier: &Simplifier) -> View<'t> {
        if simplifier.is_traditional(&self.text) {
            self.text = Cow::Owned(simplifier.simplify(&self.text));
        }
        self
    }

    /// The normalised text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The caller's text.
    pub(crate) fn original(&self) -> &'t str {
        self.original
    }

    /// The span of the original text that `view` (a range of the view) was made from.
    pub(crate) fn original_span(&self, view: Range<usize>) -> Span {
        if view.end <= view.start {
            let start = self.map.start(view.start);
            return Span::new(start, start);
        }
        // (Both ends with one search of the edits where they can: see `OffsetMap::span`.)
        let (start, end) = self.map.span(view.start, view.end);
        Span::new(start, end)
    }

    /// The original text behind a range of the view.
    #[cfg(test)]
    pub(crate) fn original_str(&self, view: Range<usize>) -> &'t str {
        let span = self.original_span(view);
        &self.original[span.range()]
    }
}

/// The byte offset of the next character at or after `from` that calls for an edit:
/// a line break, a full-width ASCII form (U+FF01–FF5E), the ideographic space or a
/// no-break space, or a character of no width. A byte scan: most text needs no edit, and CJK text is mostly
/// three-byte characters that start with other bytes.
fn next_edit(bytes: &[u8], from: usize) -> Option<usize> {
    const STEPS: [u8; 256] = lead_steps(b"\n\r\xEF\xE3\xE2\xC2");
    let mut i = from;
    while i < bytes.len() {
        let step = STEPS[usize::from(bytes[i])];
        if step > 0 {
            i += usize::from(step);
            continue;
        }
        match bytes[i] {
            b'\n' | b'\r' => return Some(i),
            // Full-width forms (U+FF01–FF5E), and U+FEFF, a byte-order mark.
            0xEF if matches!(bytes.get(i + 1), Some(0xBC | 0xBD))
                || bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF) =>
            {
                return Some(i);
            }
            0xE3 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x80) => return Some(i),
            // Line and paragraph separators (U+2028, U+2029); zero-width spaces and joiners
            // (U+200B–U+200D).
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9 | 0x8B..=0x8D)) => {
                return Some(i);
            }
            0xC2 if matches!(bytes.get(i + 1), Some(0xA0 | 0x85)) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// For a byte scan looking for characters that start with one of the bytes of `wanted`:
/// 0 for those bytes, and for every other byte how far to step. A character is stepped
/// over whole by its lead byte (its other bytes start nothing, and most of a Chinese text
/// is ideographs of three bytes), any other byte one at a time.
pub(crate) const fn lead_steps(wanted: &[u8]) -> [u8; 256] {
    let mut steps = [1; 256];
    let mut b = 0xC0;
    while b < 256 {
        steps[b] = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        b += 1;
    }
    let mut k = 0;
    while k < wanted.len() {
        steps[wanted[k] as usize] = 0;
        k += 1;
    }
    steps
}

fn needs_normalising(text: &str) -> bool {
    next_edit(text.as_bytes(), 0).is_some()
}

/// The half-width form of a full-width character, if it has one.
pub(crate) fn half_width(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' | '\u{00A0}' => Some(' '),
        _ => None,
    }
}

/// The half-width form of the full-width form of an ASCII character (U+FF01–FF5E: ，is
/// EF BC 8C, the comma) whose three bytes start at byte `i` of `b`, if one does: the
/// ASCII character of its code less 0xFEE0, as [`half_width`] gives it.
#[inline(always)]
fn full_width_ascii(b: &[u8], i: usize) -> Option<u8> {
    match *b.get(i..i + 3)? {
        [0xEF, y @ (0xBC | 0xBD), z] => {
            let code = 0xF000 | u32::from(y & 0x3F) << 6 | u32::from(z & 0x3F);
            // (Of U+FF00–FF7F, the bytes' block, only these are forms of ASCII.)
            (0xFF01..=0xFF5E).contains(&code).then(|| (code - 0xFEE0) as u8)
        }
        _ => None,
    }
}

/// Characters of no width: a byte-order mark (U+FEFF), zero-width spaces and joiners.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}')
}

/// Characters that end a sentence; a line break after one is a paragraph break.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…' | '】' | '.' | '．')
}

/// Closing quotes and brackets, which may follow a sentence end and belong to the
/// sentence they close (`好。”`). Shared with the sentence splitter.
pub(crate) fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"' | '\'' | '】')
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}')
}

/// An ideograph of the basic block, as labels, spaced-out words and padded names are
/// written.
/// Is `text` shaped like a Chinese name written alone: two to four ideographs?
pub(crate) fn is_short_name(text: &str) -> bool {
    (2..=4).contains(&text.chars().count()) && text.chars().all(is_ideograph)
}

fn is_ideograph(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

fn is_blank(c: char) -> bool {
    c.is_whitespace()
}

/// The most segments an offset map reserves before it knows how many it needs.
const MAX_RESERVED_SEGMENTS: usize = 4096;

/// The view of `original` and its offset map, written in the allocations `view` and
/// `segments` (whatever they hold is cleared).
fn normalise(original: &str, mut view: String, segments: SegmentBuffer) -> (String, OffsetMap) {
    let bytes = original.as_bytes();
    view.clear();
    view.reserve(original.len());
    // Each full-width mark (，。：) takes a segment and the run before it another; Chinese
    // text has one every dozen characters or so (some 36 bytes): a sixteenth of the length
    // holds most documents' segments without growing the vector again and again. (Capped:
    // a huge text with few edits reserves no more than a page's worth of segments.)
    let mut map = OffsetMap::in_buffer(segments, (original.len() / 16).min(MAX_RESERVED_SEGMENTS));
    // Text up to `copied` is in the view; runs that need no edit are copied whole.
    let mut copied = copy_padded_label(&mut view, &mut map, original, 0);
    while let Some(edit) = next_edit(bytes, copied) {
        // A full-width form of an ASCII character (，：（), nearly every edit of Chinese
        // text, is written half-width as the last branch below writes it, with no decoding
        // and none of the tests of the rarer edits.
        if let Some(ascii) = full_width_ascii(bytes, edit) {
            copy(&mut view, &mut map, original, copied, edit);
            map.push(view.len(), edit, 1, 1, 3);
            view.push(char::from(ascii));
            copied = edit + 3;
            continue;
        }
        // `edit` is always a char boundary: the bytes it matches start a character.
        let c = original[edit..].chars().next().unwrap_or(' ');
        if is_line_break(c) {
            // The blank run around the break: blanks before it (not yet copied) and after it.
            let start = edit - original[copied..edit].len() + original[copied..edit].trim_end_matches(is_blank).len();
            let end = original[edit..]
                .find(|d: char| !is_blank(d))
                .map_or(original.len(), |k| edit + k);
            copy(&mut view, &mut map, original, copied, start);
            join_or_keep_break(&mut view, &mut map, original, start, &original[start..end]);
            copied = end;
            if view.ends_with('\n') {
                copied = copy_padded_label(&mut view, &mut map, original, end);
            }
        } else if is_invisible(c) || (c == '\u{3000}' && pads_name(original, edit)) {
            // Nothing a reader sees: left out of the view (a file's byte-order mark hid
            // the name it starts with; 县委书\u{200B}记 is 县委书记); nor the blank a list
            // pads a name of two characters with (王　刚 is 王刚).
            copy(&mut view, &mut map, original, copied, edit);
            copied = edit + c.len_utf8();
        } else {
            copy(&mut view, &mut map, original, copied, edit);
            let h = half_width(c).unwrap_or(c);
            map.push(view.len(), edit, h.len_utf8(), h.len_utf8() as u8, c.len_utf8() as u8);
            view.push(h);
            copied = edit + c.len_utf8();
        }
    }
    copy(&mut view, &mut map, original, copied, original.len());
    map.set_original_len(original.len());
    (view, map)
}

/// Copies `original[from..to]` into the view unchanged.
fn copy(view: &mut String, map: &mut OffsetMap, original: &str, from: usize, to: usize) {
    if from < to {
        map.push(view.len(), from, to - from, 1, 1);
        view.push_str(&original[from..to]);
    }
}

/// Does `text` start like a dated entry of a list — a span of time from a year of four
/// digits (1995.07—2001.03 青山市财政局科员, 2015年1月至今 …), as résumés and
/// chronologies write one entry a line — or a span of the day's hours (09:30—10:00 主旨
///报告), as agendas do? Such a line never continues the one before; a date alone may
/// (会议于|2019年3月召开).
pub(crate) fn starts_dated_line(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\u{3000}', '\t']);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    // The first twelve characters, without copying them: this runs at every line break.
    let head = t.char_indices().nth(12).map_or(t, |(k, _)| &t[..k]);
    let span = |from: usize| {
        head.get(from..)
            .is_some_and(|h| h.contains(['—', '-', '–', '~', '～', '至']))
    };
    (digits == 4 && t[4..].starts_with(['.', '年', '-', '—', '/']) && span(4))
        || ((1..=2).contains(&digits) && t[digits..].starts_with([':', '：']) && span(digits))
}

/// Does `text` end with a line that is a date alone (2026年11月20日, 二〇二六年十一月二十日)?
/// A notice signs off so, and what follows is a new text (the next notice, a heading);
/// joined, the date would run into its first name (20日|县人民医院).
fn ends_with_date_line(text: &str) -> bool {
    // Only the tail is read: this runs at every line break.
    let Some((line, _)) = last_line(text, 64) else {
        return false;
    };
    let line = line.trim_matches(is_blank);
    line.ends_with(['日', '号'])
        && line.contains('年')
        && line.contains('月')
        && line
            .chars()
            .all(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十年月日号".contains(c))
}

/// The last line of `text`, when it starts within its last `max` bytes, and whether it
/// is the text's first line.
fn last_line(text: &str, max: usize) -> Option<(&str, bool)> {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    match text[from..].rfind(is_line_break) {
        Some(k) => {
            let rest = &text[from + k..];
            let brk = rest.chars().next()?;
            Some((&rest[brk.len_utf8()..], false))
        }
        None if from == 0 => Some((text, true)),
        None => None,
    }
}

/// Last words of a document's title (…关于甲等同志职务任免的通知, …的公告).
const DOCUMENT_KINDS: &[&str] = &[
    "公告",
    "通知",
    "决定",
    "报告",
    "报告书",
    "通报",
    "意见",
    "办法",
    "方案",
    "决议",
    "纪要",
    "批复",
    "摘要",
    "规定",
    "细则",
    "公示",
    "名单",
    // A life's: an obituary's and a biography's (讣告, 黎某同志生平, 甲同志简历), and a
    // profile's (专家介绍: a profile opens under it with its person's name).
    "讣告",
    "生平",
    "简历",
    "简介",
    "介绍",
];

/// Longest title of a document read, in bytes.
const MAX_HEADING: usize = 192;

/// Does `text` end with a line that is a document's title: no mark a sentence has, a kind
/// of document last, and 关于 in it or nothing before it (青山科技股份有限公司关于聘任董事会
/// 秘书的公告; 青山科技股份有限公司2026年半年度报告)? What follows is the document's text;
/// joined, the title would run into its first words.
fn ends_with_heading(text: &str) -> bool {
    // Only the tail is read: this runs at every line break.
    let Some((line, first)) = last_line(text.trim_end_matches(is_blank), MAX_HEADING) else {
        return false;
    };
    DOCUMENT_KINDS.iter().any(|k| ends_with_spaced(line, k))
        && (first || line.contains("关于"))
        && !line.contains([',', '，', '。', ';', '；', ':', '：'])
        // An open book title or quote goes on past the break (《关于…的通知|》).
        && line.matches('《').count() == line.matches('》').count()
        && line.matches('“').count() == line.matches('”').count()
}

/// Does `line` end with `word`, perhaps spaced out as headings are (讣　告, 通　知)?
fn ends_with_spaced(line: &str, word: &str) -> bool {
    let mut rest = line;
    word.chars()
        .rev()
        .all(|c| match rest.trim_end_matches(is_blank).strip_suffix(c) {
            Some(before) => {
                rest = before;
                true
            }
            None => false,
        })
}

/// Does `text` end with an outline's heading: a short line opening with an item number
/// (一、主要工作, （二）聂志高县长, 3. 工作要求) and holding no sentence mark? Joined, the
/// heading would run into the paragraph under it (…县长|领导县政府全面工作 read 县长领导).
fn ends_with_outline_heading(text: &str) -> bool {
    // Only the tail is read: this runs at every line break.
    let Some((line, _)) = last_line(text.trim_end_matches(is_blank), MAX_HEADLINE * 4) else {
        return false;
    };
    is_outline_heading(line)
}

/// Does `text` start with an outline's numbered heading on a line of its own (二、村民委员会)?
/// No sentence goes on into one: a label's name before it ends there (副书记：甲|二、…).
fn starts_outline_heading(text: &str) -> bool {
    // Only the head is read: this runs at every line break.
    let head = text
        .char_indices()
        .nth(MAX_HEADLINE * 2)
        .map_or(text, |(k, _)| &text[..k]);
    head.split(is_line_break)
        .next()
        .is_some_and(|line| head.len() > line.len() && is_outline_heading(line))
}

/// Is `line` an outline's numbered heading: an item number, then a short heading with no
/// mark of a sentence or a list?
fn is_outline_heading(line: &str) -> bool {
    let line = line.trim_matches(is_blank);
    let number = item_number_len(line);
    let heading = &line[number..];
    number > 0
        && heading.starts_with(|c: char| !c.is_ascii_digit())
        && heading.chars().count() <= MAX_HEADLINE
        && !heading.contains([',', '，', '。', ';', '；', ':', '：', '、'])
}

/// Does a blank run hold a blank line (two line breaks)?
fn blank_line(run: &str) -> bool {
    run.chars().filter(|&c| is_line_break(c) && c != '\r').count() >= 2 || run.matches("\r\n").count() >= 2
}

/// Longest headline read, in characters.
const MAX_HEADLINE: usize = 40;

/// Does `text`, before a blank line, end with a news item's headline: a short line with no
/// sentence mark that is the text's first, or that `next` follows with a dateline (本报讯,
/// 新华社北京12月1日电)? Joined, the headline would run into the item's first words
/// (…官宣新帅|北辰足球俱乐部…). (Print breaks a sentence over a blank line too: other
/// lines are joined.)
fn ends_with_headline(text: &str, next: &str) -> bool {
    let Some((line, first)) = last_line(text.trim_end_matches(is_blank), MAX_HEADING) else {
        return false;
    };
    let line = line.trim_matches(is_blank);
    // Nor does a credit line under it run into the text (文/甲, 图/乙).
    let credit = ["文/", "文／", "图/", "图／", "文|", "文｜"]
        .iter()
        .any(|c| line.starts_with(c));
    headline_shaped(line)
        && ((first && !next.starts_with(|c: char| c.is_ascii_digit())) || dateline_len(next).is_some() || credit)
}

/// Is `line` shaped like a headline: short, with no mark of a sentence or a list, and a
/// colon only before a subtitle (新编湘剧《渡江谣》：江风里的人间长歌) — not after a field's
/// label (姓名：甲) nor over a list (任命：)?
fn headline_shaped(line: &str) -> bool {
    let titled = |line: &str| {
        line.split_once([':', '：']).is_some_and(|(main, sub)| {
            main.chars().count() >= 5 && sub.chars().count() >= 4 && !sub.contains([':', '：'])
        })
    };
    !line.is_empty()
        && line.chars().count() <= MAX_HEADLINE
        && !marks_outside_quotes(line, &[',', '，', '。', ';', '；', '、'])
        && (!line.contains([':', '：']) || titled(line))
}

/// Does `line` hold one of `marks` outside quotes and book titles? A headline may quote a
/// slogan or a title with its marks (…启动“改善就医感受、提升患者体验”主题活动).
fn marks_outside_quotes(line: &str, marks: &[char]) -> bool {
    let mut depth = 0usize;
    line.chars().any(|c| match c {
        '“' | '《' | '「' => {
            depth += 1;
            false
        }
        '”' | '》' | '」' => {
            depth = depth.saturating_sub(1);
            false
        }
        _ => depth == 0 && marks.contains(&c),
    })
}

/// How many characters longer than a text's first line the line under it must be for the
/// first to be no print line: print breaks lines at one width (the first line of a
/// paragraph may be indented by two characters).
const HEADLINE_SHORTER_BY: usize = 4;

/// Shortest headline read over a single line break, in characters: a shorter first line
/// is as likely the start of a sentence cut short (会议于\n2019年3月召开, 王新亭\n强调).
const MIN_FIRST_LINE_HEADLINE: usize = 8;

/// Does `text`, before a single line break, consist of a headline alone, with a longer line
/// under it (桐溪镇顺利完成换届选举\n镇党委书记甲…; 奋力谱写高质量发展新篇章\n县委书记乙…)?
/// A print line is as wide as the next, so this one is not — unless it is a sentence's start
/// the print broke: one that ends in a title or a name after it (…副局长\n甲…, …副县长戎立\n
/// 新等…) or a verb of appointing (…决定任命\n乙为…), or opens as a clause does (据…, 经…,
/// 2024年5月12日上午…). A report's date or dateline under it makes it a headline whatever it
/// ends with. Joined, the headline would run into the text's first words (选举|镇党委).
fn ends_with_first_line_headline(text: &str, next: &str) -> bool {
    let text = text.trim_end_matches(is_blank);
    let Some((line, first)) = last_line(text, MAX_HEADING) else {
        return false;
    };
    // (Blank lines may stand before it.)
    let first = first || text[..text.len() - line.len()].trim_start_matches(is_blank).is_empty();
    let line = line.trim_matches(is_blank);
    let len = line.chars().count();
    if !first || len < MIN_FIRST_LINE_HEADLINE || !headline_shaped(line) {
        return false;
    }
    let next_line = next.split(is_line_break).next().unwrap_or("").trim_matches(is_blank);
    if next_line.chars().count() < len + HEADLINE_SHORTER_BY {
        return false;
    }
    let report = || dateline_len(next_line).is_some() || date_and_comma_len(next_line).is_some();
    let cut_short = || {
        let tail = line
            .char_indices()
            .rev()
            .nth(TITLE_TAIL - 1)
            .map_or(line, |(k, _)| &line[k..]);
        let head_title = tail
            .char_indices()
            .any(|(k, c)| c == '长' && tail[..k].chars().next_back().is_some_and(|h| HEADED_UNITS.contains(h)));
        head_title
            || TITLES_AND_VERBS.iter().any(|t| tail.contains(t))
            || line.starts_with(|c: char| c.is_ascii_digit())
            || CLAUSE_OPENINGS.iter().any(|o| line.starts_with(o))
            || dateline_len(line).is_some()
    };
    report() || !cut_short()
}

/// How many of a first line's last characters are read for a title or a verb a print line
/// may end in, or end in and a name of up to three characters after it (…副局长聂晓).
const TITLE_TAIL: usize = 5;

/// The characters before 长 in a head's title (局长, 县长, 组长, 秘书长, 检察长, 董事长 …): 长
/// after another character ends a headline's word as well (同比增长, 家长).
const HEADED_UNITS: &str = "局县市镇乡区省州部处科厅署院庭校所站队组行社会事书察村股馆台团司";

/// Titles and verbs a print line may end in, and no headline does (书记, 主任, 总经理, 任命).
const TITLES_AND_VERBS: &[&str] = &[
    "书记",
    "主任",
    "主席",
    "委员",
    "总理",
    "经理",
    "总监",
    "总裁",
    "检察官",
    "检察员",
    "审判员",
    "法官",
    "教授",
    "院士",
    "任命",
];

/// How a sentence's clause opens, never a headline (据县委组织部副部长甲介绍, 经县政府研究, 由…,
/// 在…大会上, 会议由…).
const CLAUSE_OPENINGS: &[&str] = &["据", "经", "由", "在", "会议由", "近日", "日前"];

/// Does `text`, before a blank line, end with a byline on a line of its own (本报记者 甲
/// 通讯员 乙)? Joined, its last name would run into the report's first words (乙|清晨六点).
fn ends_with_byline(text: &str) -> bool {
    let Some((line, _)) = last_line(text.trim_end_matches(is_blank), MAX_HEADING) else {
        return false;
    };
    let line = line.trim_matches(is_blank);
    line.chars().count() <= MAX_BYLINE
        && !line.contains([',', '，', '。', ';', '；'])
        && BYLINE_OPENERS.iter().any(|b| line.starts_with(b))
}

/// Does `text` end with a byline line whose name a blank sets apart from its byline word
/// (临江晚报记者 甲, 通讯员　乙)? No print break falls so: the line ends there, though the
/// next one starts with the report's date (甲|1月11日).
fn ends_with_spaced_byline(text: &str) -> bool {
    let Some((line, _)) = last_line(text.trim_end_matches(is_blank), MAX_HEADING) else {
        return false;
    };
    let line = line.trim_matches(is_blank);
    let Some((credit, name)) = line.rsplit_once(is_blank) else {
        return false;
    };
    line.chars().count() <= MAX_BYLINE
        && !line.contains([',', '，', '。', ';', '；'])
        && is_short_name(name)
        && SPACED_BYLINE_WORDS
            .iter()
            .any(|w| credit.trim_end_matches(is_blank).ends_with(w))
}

/// Does `text` end with a form's line listing persons under a label (独立董事：甲先生、
/// 乙女士; 审计委员会：甲（主任委员）、乙、丙), its last name closed by a form of address or
/// a note in brackets, or one of several? The list ends with its line: joined, its last name
/// would run into the next line's words (先生|公司…, 丙|提名委员会：…).
fn ends_with_listed_persons(text: &str) -> bool {
    let Some((line, _)) = last_line(text.trim_end_matches(is_blank), MAX_HEADING) else {
        return false;
    };
    let line = line.trim_matches(is_blank);
    if list_label(line).is_none() && !body_label(line) {
        return false;
    }
    let Some((_, value)) = line.split_once([':', '：']) else {
        return false;
    };
    // (Or a list of several names, its last closed by nothing: 委员会：甲（主任委员）、乙、丙.)
    let listed = value.contains('、') && !value.ends_with('、') && !value.contains([',', '，', '。', ';', '；']);
    listed || ["先生", "女士", "同志", ")", "）"].iter().any(|e| line.ends_with(e))
}

/// Byline words a name follows after a blank on a byline line.
const SPACED_BYLINE_WORDS: &[&str] = &["记者", "通讯员", "实习生", "摄影", "撰稿"];

/// Longest byline line read, in characters.
const MAX_BYLINE: usize = 40;

/// Words a byline line opens with.
const BYLINE_OPENERS: &[&str] = &[
    "本报记者",
    "记者",
    "通讯员",
    "特约记者",
    "本报通讯员",
    "实习生",
    "文/",
    "文／",
];

/// The length in bytes of the news item's dateline `text` opens with (本报讯, 本网讯,
/// 新华社北京12月1日电, 本报青山12月1日电), if it opens with one: the report starts after it.
pub(crate) fn dateline_len(text: &str) -> Option<usize> {
    // (The openings are looked for in the text itself, as in its first characters: they
    // are shorter. Those are cut off only for a text with one, for the search of its end:
    // most texts open with none.)
    if let Some(d) = ["本报讯", "本网讯", "本台讯"].iter().find(|d| text.starts_with(**d)) {
        return Some(d.len());
    }
    if !["本报", "新华社", "中新社", "中新网"]
        .iter()
        .any(|d| text.starts_with(d))
    {
        return None;
    }
    let head = text.char_indices().nth(16).map_or(text, |(k, _)| &text[..k]);
    ["日电", "日讯"]
        .iter()
        .filter_map(|e| head.find(e).map(|k| k + e.len()))
        .min()
}

/// Words of time that open a news item's first sentence or stand before its verb (近日，
/// 青山县召开…; 青山县近日召开…).
pub(crate) const TIME_WORDS: &[&str] = &[
    "近日",
    "日前",
    "近期",
    "今天",
    "昨天",
    "今日",
    "昨日",
    "前不久",
    "上午",
    "下午",
    "今年",
    "本月",
    "上周",
    "本周",
];

/// Is `text` a date written before a sentence (1月8日, 12月上旬)?
pub(crate) fn is_date(text: &str) -> bool {
    let day = text
        .strip_suffix("上午")
        .or_else(|| text.strip_suffix("下午"))
        .or_else(|| text.strip_suffix("晚上"))
        .or_else(|| text.strip_suffix("晚间"))
        .or_else(|| text.strip_suffix("早间"))
        // (A day's evening as news writes it: 7月3日晚.)
        .or_else(|| text.strip_suffix("日晚").map(|d| &text[..d.len() + "日".len()]))
        .unwrap_or(text);
    TIME_WORDS.contains(&text)
        || day.chars().all(|c| c.is_ascii_digit() || "年月日初底末旬".contains(c)) && day.ends_with(['日', '月', '旬'])
}

/// Can `c` stand in a text [`is_date`] accepts: a digit, a character of a date or of its
/// time of day, or one of [`TIME_WORDS`] (a test checks that none is missing)?
fn in_date(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '年' | '月'
                | '日'
                | '初'
                | '底'
                | '末'
                | '旬'
                | '上'
                | '下'
                | '午'
                | '晚'
                | '早'
                | '间'
                | '近'
                | '前'
                | '期'
                | '今'
                | '天'
                | '昨'
                | '不'
                | '久'
                | '本'
                | '周'
        )
}

/// The length in bytes of the date `text` opens with and the comma after it (12月1日，…,
/// 近日，…, 11月6日上午，…), as a news item's first sentence opens.
pub(crate) fn date_and_comma_len(text: &str) -> Option<usize> {
    // (Only a date's characters stand before that comma, so the first character that is
    // none ends the search: the sentence is not scanned for a comma.)
    let date_len = text.find(|c| !in_date(c)).unwrap_or(text.len());
    text[date_len..]
        .chars()
        .next()
        .filter(|&c| matches!(c, ',' | '，') && is_date(&text[..date_len]))
        .map(|c| date_len + c.len_utf8())
}

/// Words of a résumé's opening facts (张明，男，汉族，1970年5月生), read within
/// [`FACTS_WITHIN`] characters after the name and its comma.
const RESUME_FACTS: &[&str] = &["男", "女", "族", "出生", "生于", "年生", "月生", "籍贯", "人,", "党员"];

/// How far after the name the facts may start, in characters.
const FACTS_WITHIN: usize = 12;

/// The first characters of `rest`, where the facts of a life are looked for.
fn facts_window(rest: &str) -> &str {
    rest.char_indices().nth(FACTS_WITHIN).map_or(rest, |(k, _)| &rest[..k])
}

/// Does `rest` (what follows a name and its comma) start with the facts of a life?
pub(crate) fn life_facts_follow(rest: &str) -> bool {
    let window = facts_window(rest);
    RESUME_FACTS.iter().any(|f| window.contains(f))
}

/// Does `rest` start with the facts of a life beyond doubt: a sex (男, 女 and a mark) or a
/// birth (1972年出生, 生于…)? Where no name was read yet, 女 alone is too weak (相比之下,
/// 女子…).
pub(crate) fn life_facts_start(rest: &str) -> bool {
    let mut chars = rest.chars();
    let sex = matches!(chars.next(), Some('男' | '女')) && matches!(chars.next(), Some(',' | '，' | '、'));
    let window = facts_window(rest);
    // (Each holds 生: one search for it first, not four for the words.)
    sex || (window.contains('生') && ["出生", "生于", "年生", "月生"].iter().any(|f| window.contains(f)))
}

/// The opening of a résumé at the start of `text` — what stands before a comma or a colon
/// within the first characters (a name, perhaps with its form of address), when the facts
/// of a life beyond doubt follow the mark (王明,男,1970年出生; 王明先生：1970年出生).
pub(crate) fn resume_opener(text: &str) -> Option<&str> {
    let (mark, c) = text
        .char_indices()
        .take(9)
        .find(|&(_, c)| matches!(c, ',' | '，' | ':' | '：'))?;
    let facts = text[mark + c.len_utf8()..].trim_start_matches([',', '，', ':', '：']);
    life_facts_start(facts).then_some(&text[..mark])
}

/// The length in bytes of the item number `text` opens with, and the blanks after it
/// (1、, 2. , (3), （四）, 五、): 0 when it opens with none. A list of résumés numbers them.
pub(crate) fn item_number_len(text: &str) -> usize {
    // (A `matches!`, not a search of a string of numerals: this runs for every sentence.)
    let numeral = |c: char| {
        c.is_ascii_digit() || matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
    };
    // Most sentences open with neither a bracket nor a numeral: their first character, decoded
    // once, says so. (It was decoded for the bracket, then again for the numerals.)
    if !text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '(' | '（') || numeral(c))
    {
        return 0;
    }
    let (inside, close) = match text.strip_prefix(['(', '（']) {
        Some(rest) => (rest, &[')', '）'][..]),
        None => (text, &['、', '.', '．', ')', '）'][..]),
    };
    let digits = inside.chars().take_while(|&c| numeral(c)).take(4).count();
    let Some(after) = (digits > 0)
        .then(|| inside.char_indices().nth(digits).map(|(k, _)| &inside[k..]))
        .flatten()
        .and_then(|r| r.strip_prefix(close))
    else {
        return 0;
    };
    text.len() - after.trim_start_matches([' ', '\u{3000}', '\t']).len()
}

/// Does `text` start like a résumé: a [`resume_opener`] of a short name, perhaps with 先生
/// or 女士, perhaps numbered (2、姜晓玲女士：…)? Such a line never continues a heading before
/// it (附件:简历).
fn starts_resume_line(text: &str) -> bool {
    let t = text.trim_start_matches([' ', '\u{3000}', '\t']);
    let t = &t[item_number_len(t)..];
    resume_opener(t).is_some_and(|head| is_short_name(head.trim_end_matches("先生").trim_end_matches("女士")))
}

/// Does `text` start with a name set apart by a blank from what follows on its line, as a
/// programme's list of speakers and a profile write it (夏侯婧 金陵建筑大学建筑学院院长)? Each
/// such line is an entry of its own: joined to the line before or after, that line would run
/// into the entry.
fn starts_name_column(text: &str) -> bool {
    let name = text.chars().take_while(|&c| is_ideograph(c)).count();
    let Some((k, _)) = text.char_indices().nth(name) else {
        return false;
    };
    let rest = &text[k..];
    (2..=4).contains(&name)
        && rest.starts_with([' ', '\u{3000}', '\t'])
        && rest
            .trim_start_matches([' ', '\u{3000}', '\t'])
            .starts_with(is_ideograph)
}

/// Does `text` start with a form's name field (姓名：闻立新)? It opens the form, never
/// continuing the heading before it (简历).
fn starts_name_field(text: &str) -> bool {
    text.trim_start_matches([' ', '\u{3000}', '\t'])
        .strip_prefix("姓名")
        .is_some_and(|rest| rest.trim_start_matches([' ', '\u{3000}']).starts_with([':', '：']))
}

/// Most Han characters in a list label (常务副指挥长).
const MAX_LABEL: usize = 7;

/// The length in bytes of the list label `line` starts with — two to seven Han characters,
/// perhaps padded with blanks to align a column (组  长, 成　　员), or two such titles with
/// 、 between (党支部书记、村委会主任), up to its colon (excluded) — and whether it is padded.
pub(crate) fn list_label(line: &str) -> Option<(usize, bool)> {
    // (The Han characters of the label's present title, of two titles at most.)
    let mut han = 0;
    let mut titles = 1;
    let mut padded = false;
    for (k, c) in line.char_indices().take(MAX_LABEL_CHARS) {
        match c {
            ':' | '：' if han >= 2 => return Some((k, padded)),
            ' ' | '\u{3000}' | '\t' if han > 0 => padded = true,
            // Posts held together label one line (党支部书记、村委会主任：甲).
            '、' if han >= 2 && titles < 2 && !padded => {
                han = 0;
                titles += 1;
            }
            _ if is_ideograph(c) && han < MAX_LABEL => han += 1,
            _ => return None,
        }
    }
    None
}

/// Most characters of a list label, two titles and their 、 (党支部书记、村委会主任).
const MAX_LABEL_CHARS: usize = 2 * MAX_LABEL + 2;

/// Does `line` open with a label too long for a title's, a body's name (提名与薪酬考核委员会：)?
fn body_label(line: &str) -> bool {
    // (A look at the label's characters only: `line` runs on to the text's end.)
    let name = line
        .chars()
        .take(MAX_BODY_LABEL + 1)
        .take_while(|&c| is_ideograph(c))
        .count();
    (2..=MAX_BODY_LABEL).contains(&name) && line[name * 3..].starts_with([':', '：'])
}

/// Does `line` open with an item number and a label (2、薪酬与考核委员会：, （三）监事：)?
fn numbered_label(line: &str) -> bool {
    let number = item_number_len(line);
    let rest = &line[number..];
    number > 0 && !rest.starts_with(|c: char| c.is_ascii_digit()) && (list_label(rest).is_some() || body_label(rest))
}

/// Most Han characters in a label naming a body.
const MAX_BODY_LABEL: usize = 16;

/// Does `line` open with a list label that a note in brackets follows before its colon
/// (副理事长（按姓氏笔画排序）：)?
fn noted_label(line: &str) -> bool {
    let han = line.chars().take_while(|&c| is_ideograph(c)).count();
    let rest = &line[line.char_indices().nth(han).map_or(line.len(), |(k, _)| k)..];
    (2..=MAX_LABEL).contains(&han)
        && rest.strip_prefix(['(', '（']).is_some_and(|note| {
            note.find([')', '）']).is_some_and(|k| {
                note[..k].chars().count() <= 12 && note[k..].chars().nth(1).is_some_and(|c| matches!(c, ':' | '：'))
            })
        })
}

/// Most characters of a spaced-out label.
const MAX_SPACED: usize = 6;

/// The length in bytes of the spaced-out words `line` opens with — single ideographs with
/// one or two blanks between them, as a judgment's signatures and a form's headings align
/// them (审　判　长　包志清, 刑 事 判 决 书) — up to its last ideograph, if there are two
/// of them at least.
fn spaced_label(line: &str) -> Option<usize> {
    let (mut count, mut end, mut at) = (0, 0, 0);
    while let Some(c) = line[at..].chars().next().filter(|&c| is_ideograph(c)) {
        let after = at + c.len_utf8();
        let rest = &line[after..];
        let blanks = rest.chars().take_while(|&d| is_blank(d)).count();
        let at_end = rest.chars().nth(blanks).is_none_or(is_line_break);
        // A character followed by another is the start of a word, no part of the label.
        if count == MAX_SPACED || (blanks == 0 && !at_end) {
            break;
        }
        count += 1;
        end = after;
        if at_end || blanks > 2 {
            break;
        }
        at = after + rest.char_indices().nth(blanks).map_or(rest.len(), |(k, _)| k);
    }
    (count >= 2).then_some(end)
}

/// Is the break run `run` at `start` of `original` before or after a line opening with a
/// spaced-out label (审　判　长　包志清)? Such lines are signatures or headings, one a line.
fn between_spaced_lines(original: &str, start: usize, run: &str) -> bool {
    let before = &original[..start];
    let line = before.rsplit(is_line_break).next().unwrap_or(before);
    spaced_label(&original[start + run.len()..]).is_some() || spaced_label(line.trim_start_matches(is_blank)).is_some()
}

/// Is the ideographic space at `at` of `original` the padding a list puts inside a name
/// of two characters to align it with names of three (组长：王　刚、李建国; 委员：王　刚　李建国)?
/// It stands alone between two ideographs that are each a word of one character, and pairs
/// them: in a run of such words set apart by single blanks (王　刚　李　明), the first with
/// the second, the third with the fourth — a run of odd length pairs nothing, its reading
/// being unclear. A run that opens a line is a spaced-out label's (审　判　长), which
/// [`copy_padded_label`] reads.
fn pads_name(original: &str, at: usize) -> bool {
    let (left, opens_line) = one_character_words(original[..at].chars().rev());
    let (right, _) = one_character_words(original[at + '\u{3000}'.len_utf8()..].chars());
    !opens_line && left % 2 == 1 && right > 0 && (left + right) % 2 == 0 && left.max(right) < MAX_PADDED_RUN
}

/// The most one-character words counted on either side of a blank: a list pads a dozen
/// names at most between others, and a bounded count keeps a text of nothing but such
/// words (字　字　字…) linear.
const MAX_PADDED_RUN: usize = 24;

/// How many words of one ideograph, each set apart from the next by a single blank,
/// `chars` opens with; and whether, there being some, a line break or the text's end follows
/// them after a few blanks at most.
fn one_character_words(chars: impl Iterator<Item = char>) -> (usize, bool) {
    let mut chars = chars.peekable();
    let mut words = 0;
    while words < MAX_PADDED_RUN && chars.next_if(|&c| is_ideograph(c)).is_some() {
        if chars.peek().is_some_and(|&c| is_ideograph(c)) {
            // The ideograph starts a longer word.
            return (words, false);
        }
        words += 1;
        if chars.next_if(|&c| c == '\u{3000}' || c == ' ').is_none() || !chars.peek().is_some_and(|&c| is_ideograph(c))
        {
            break;
        }
    }
    // (A line's indent is a few blanks: a longer run opens nothing that counts here, and a
    // bounded look keeps a text of blanks linear.)
    let mut rest = chars
        .take(MAX_PADDED_RUN)
        .skip_while(|&c| is_blank(c) && !is_line_break(c));
    (words, words > 0 && rest.next().is_none_or(is_line_break))
}

/// Copies the list label at `from` of `original` (the start of a line) into the view
/// without the blanks that pad it (组  长： reads 组长：; 审　判　长　甲 reads 审判长 甲), so its
/// title is read like any other. Returns where copying stopped: the label's end, or `from`.
fn copy_padded_label(view: &mut String, map: &mut OffsetMap, original: &str, from: usize) -> usize {
    let len = match list_label(&original[from..]) {
        Some((len, true)) => len,
        _ => match spaced_label(&original[from..]) {
            Some(len) => len,
            None => return from,
        },
    };
    for (k, c) in original[from..from + len].char_indices() {
        if !is_blank(c) {
            copy(view, map, original, from + k, from + k + c.len_utf8());
        }
    }
    from + len
}

/// Is the break run `run` at `start` of `original` one between the lines of a list: the
/// next line indented to a column, or the line before; the next line a label after a label
/// line or a line that opens the list (…如下：); or the line before an entry of a list (a
/// label, then a column after blanks or a bracket: 组长：林海涛  区长, 主任：甲（县长）)?
fn between_list_lines(original: &str, start: usize, run: &str) -> bool {
    let indent = |blanks: &str| blanks.chars().filter(|&c| c != '\n' && c != '\r').count() >= 2;
    if indent(run.rsplit(is_line_break).next().unwrap_or("")) {
        return true;
    }
    let before = &original[..start];
    let line = before.rsplit(is_line_break).next().unwrap_or(before);
    let text = line.trim_start_matches(is_blank);
    let label_line = list_label(text);
    // An indented line before: a list's, when it or the next starts with a label or it
    // sets a column apart; a paragraph's first line otherwise (Chinese indents every paragraph with
    // 　　), which a print break may cut anywhere (　　会议由县委书|记甲主持).
    let next = &original[start + run.len()..];
    // Numbered entries of a list, each a label (1、审计委员会：…|2、提名委员会：…): one a line.
    if numbered_label(text) && numbered_label(next) {
        return true;
    }
    // (After a label line, a body's longer name may label the next: 提名与薪酬考核委员会：.)
    let next_label = list_label(next)
        .or_else(|| (noted_label(next) || (label_line.is_some() && body_label(next))).then_some((0, false)));
    // (Or an entry under a label written as its name and a note in brackets: 　　乙（县财政局
    // 总会计师）\n指挥部下设办公室….)
    if indent(&line[..line.len() - text.len()])
        && (label_line.is_some()
            || next_label.is_some()
            || text.trim_end_matches(is_blank).contains(is_blank)
            || bracketed_entry(text))
    {
        return true;
    }
    if next_label.is_some() {
        // (Or the last entry of the list before: 甲（青山大学教授）\n秘书长：.; or the list's
        // heading, a body's name on a short line of no sentence: 学校安全工作领导小组\n组长：…
        // — not a name a print line break left alone: 王新亭\n强调：….)
        let heading = || {
            let line = line.trim_matches(is_blank);
            line.chars().count() <= MAX_HEADLINE && !line.contains(SENTENCE_MARKS) && line.ends_with(LIST_BODY_HEADS)
        };
        return label_line.is_some()
            || before.trim_end_matches(is_blank).ends_with([':', '：'])
            || bracketed_entry(line)
            || heading();
    }
    // The last entry of a list: a label, then a column or a bracket — or the label's names
    // listed by 、 to the line's end, no sentence, before a sentence that lists nothing
    // (成员：县水利局局长甲、县财政局局长乙\n指挥部下设办公室，…: the paragraph after the list
    // starts on its own; a list the print wrapped goes on with its 、: …局长乙、\n县农业局…).
    // (Or a short entry under a label line before it, 理事：甲、乙\n监事：丙\n本会…: a print
    // line is longer than a name.)
    let under_label = || {
        let above = before[..before.len() - line.len()].trim_end_matches(is_line_break);
        let above = above.rsplit(is_line_break).next().unwrap_or(above);
        list_label(above.trim_start_matches(is_blank)).is_some()
    };
    label_line.is_some_and(|(len, _)| {
        let entry = text[len..].trim_end_matches(is_blank);
        let short = entry.chars().count() <= MAX_SHORT_ENTRY && !entry.contains(SENTENCE_MARKS);
        (short && under_label())
            || entry.contains(is_blank)
            || entry.ends_with([')', '）'])
            || entry.contains('、')
                && !entry.ends_with('、')
                && !entry.contains(SENTENCE_MARKS)
                && next_is_sentence(next)
    })
}

/// The last characters of the bodies whose members a list's heading names (领导小组, 专班,
/// 指挥部, 委员会, 党组).
const LIST_BODY_HEADS: &[char] = &['组', '班', '部', '会', '委', '队', '团'];

/// Most characters of a list's entry that a line of its own may hold (a colon and a name).
const MAX_SHORT_ENTRY: usize = 8;

/// The marks a sentence has and a list's line has not.
const SENTENCE_MARKS: &[char] = &[',', '，', '。', ';', '；', '!', '！', '?', '？'];

/// Does the line `next` read as a sentence, not a wrapped list's rest: a sentence mark ends
/// its first clause, before any 、?
fn next_is_sentence(next: &str) -> bool {
    let line = next.split(is_line_break).next().unwrap_or(next);
    line.find(SENTENCE_MARKS).is_some_and(|k| !line[..k].contains('、'))
}

/// Is the blank run at `start` between two rows of a table: short lines of columns set
/// apart by blanks, with no sentence mark (青山市实验小学 阎晓东 / 北辰县城关镇中心小学
/// 詹立新)? Joined, a row's last cell would run into the next row's first.
fn between_table_rows(original: &str, start: usize, run: &str) -> bool {
    let row = |line: &str| {
        let line = line.trim_matches(is_blank);
        line.chars().count() <= MAX_HEADLINE
            && line.contains(is_blank)
            && !line.contains([',', '，', '。', ';', '；', ':', '：'])
            // A cell may list posts (副县长、县公安局局长) when a column gap sets it apart;
            // one blank between items of a 、-list is a sentence's.
            && (!line.contains('、') || has_column_gap(line))
    };
    let before = &original[..start];
    let next = &original[start + run.len()..];
    let (before, next) = (
        before.rsplit(is_line_break).next().unwrap_or(before),
        next.split(is_line_break).next().unwrap_or(next),
    );
    // A row whose cells a column gap sets apart is one whatever stands next to it (a
    // heading between the rows: 白沙镇选区（12名）).
    let gapped = |line: &str| row(line) && has_column_gap(line.trim_matches(is_blank));
    (row(before) && row(next))
        || gapped(before)
        || gapped(next)
        || (bracketed_entry(next)
            && (bracketed_entry(before) || before.trim_end_matches(is_blank).ends_with([':', '：'])))
}

/// Is `line` an entry of a list written with its note in brackets (甲（青山农商银行行长）): a
/// short line that ends with the bracket's close, with no sentence mark before the bracket?
fn bracketed_entry(line: &str) -> bool {
    let line = line.trim_matches(is_blank);
    let Some(inner) = line.strip_suffix([')', '）']) else {
        return false;
    };
    let Some(open) = inner.rfind(['(', '（']) else {
        return false;
    };
    line.chars().count() <= MAX_HEADLINE
        && (2..=8).contains(&inner[..open].chars().count())
        && !inner[..open].contains([',', '，', '。', ';', '；', ':', '：'])
}

/// Does `line` set columns apart: two blanks or more, a tab, or an ideographic space?
fn has_column_gap(line: &str) -> bool {
    line.contains(['\t', '\u{3000}']) || line.contains("  ")
}

/// A blank run with a line break: a paragraph break after a sentence end, after a date
/// alone on its line, before a dated entry, a résumé or the next line of a list (kept as
/// one `\n`), otherwise a print line break inside a sentence
/// (removed, or one space between two Latin letters or digits).
fn join_or_keep_break(view: &mut String, map: &mut OffsetMap, original: &str, start: usize, run: &str) {
    let before = view.trim_end_matches(|c: char| is_blank(c)).chars().rev();
    let mut sentence_end = true; // the start of the text counts as a sentence end
    for c in before {
        // A sentence end, possibly behind closing quotes (好。”); 】 ends a heading.
        if ends_sentence(c) || !is_closer(c) {
            sentence_end = ends_sentence(c);
            break;
        }
    }
    let next = original[start + run.len()..].chars().next();
    let at_end = next.is_none();
    if sentence_end
        || at_end
        || ends_with_date_line(&original[..start])
        || ends_with_heading(&original[..start])
        || ends_with_outline_heading(&original[..start])
        || (blank_line(run) && ends_with_headline(&original[..start], &original[start + run.len()..]))
        || ends_with_first_line_headline(&original[..start], &original[start + run.len()..])
        || (blank_line(run) && ends_with_byline(&original[..start]))
        || ends_with_spaced_byline(&original[..start])
        || ends_with_listed_persons(&original[..start])
        // (A print break never falls right before a dateline: the line before is a headline.)
        || dateline_len(&original[start + run.len()..]).is_some()
        || starts_dated_line(&original[start + run.len()..])
        || starts_resume_line(&original[start + run.len()..])
        || starts_name_field(&original[start + run.len()..])
        || starts_name_column(&original[start + run.len()..])
        || last_line(&original[..start], MAX_HEADING).is_some_and(|(line, _)| starts_name_column(line))
        || starts_outline_heading(&original[start + run.len()..])
        || between_list_lines(original, start, run)
        || between_table_rows(original, start, run)
        || between_spaced_lines(original, start, run)
    {
        // Keep one line break standing for the whole run: the view's `\n` maps to the
        // first break character of the run (`\n`, or a lone `\r`, U+2028 ...).
        let (nl, c) = run.char_indices().find(|&(_, c)| is_line_break(c)).unwrap_or((0, '\n'));
        map.push(view.len(), start + nl, 1, 1, c.len_utf8() as u8);
        view.push('\n');
        return;
    }
    let prev = view.chars().next_back();
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if latin(prev) && latin(next) {
        let sp = run.find(' ').unwrap_or(0);
        let c = run[sp..].chars().next().unwrap_or(' ');
        map.push(view.len(), start + sp, 1, 1, c.len_utf8() as u8);
        view.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `date_and_comma_len` looks for a date's comma only past characters that may stand in a date.
    #[test]
    fn every_character_of_a_date_is_in_date() {
        let dates = TIME_WORDS
            .iter()
            .copied()
            .chain(["1998年12月31日上午", "初", "月底", "年末", "下旬", "晚上"]);
        for date in dates {
            assert!(date.chars().all(in_date), "{date}");
        }
    }

    /// A first line is a headline under a single break only when the line under it is
    /// longer: a print line is as wide as the next, and it is joined.
    #[test]
    fn a_first_line_shorter_than_the_next_is_a_headline() {
        let view = |text: &str| View::new(text).text().to_string();
        assert_eq!(
            view("桐溪镇顺利完成换届选举\n近日，镇党委书记甲、镇长乙出席会议。"),
            "桐溪镇顺利完成换届选举\n近日,镇党委书记甲、镇长乙出席会议。"
        );
        assert_eq!(
            view("奋力谱写高质量发展新篇章\n县委书记甲在全县经济工作会议上强调，要抓好落实。"),
            "奋力谱写高质量发展新篇章\n县委书记甲在全县经济工作会议上强调,要抓好落实。"
        );
        assert_eq!(
            view("澄江市人民政府副秘书长\n乙带队检查了全市重点项目建设情况并召开座谈会。"),
            "澄江市人民政府副秘书长乙带队检查了全市重点项目建设情况并召开座谈会。"
        );
        assert_eq!(
            view("经县人民政府研究决定任命\n乙为县发展和改革局局长（试用期一年），免去其县统计局局长职务。"),
            "经县人民政府研究决定任命乙为县发展和改革局局长(试用期一年),免去其县统计局局长职务。"
        );
        // (A sentence the print broke goes on with its words: 聂晓|岚2024年…, 副部长|乙.)
        assert_eq!(
            view("市场监督管理局党组成员副局长聂晓\n岚2024年4月12日带队检查了全市35家A级以上景区的安全生产工作。"),
            "市场监督管理局党组成员副局长聂晓岚2024年4月12日带队检查了全市35家A级以上景区的安全生产工作。"
        );
        assert_eq!(
            view("全县上下凝心聚力全面推进新型城\n镇化建设各项工作任务落地见效。"),
            "全县上下凝心聚力全面推进新型城镇化建设各项工作任务落地见效。"
        );
        // (Nor is a line with a sentence's marks one.)
        assert_eq!(
            view("会议指出,要推进新型城\n镇化建设各项工作任务,确保落地见效。"),
            "会议指出,要推进新型城镇化建设各项工作任务,确保落地见效。"
        );
    }

    /// The scan for edits steps over characters of every width by their lead byte and
    /// still stops at each edit.
    #[test]
    fn the_edit_scan_steps_over_characters_of_every_width() {
        let text = "aé𠮷王，b\u{00A0}c　d\n";
        let edits: Vec<usize> =
            std::iter::successors(next_edit(text.as_bytes(), 0), |&i| next_edit(text.as_bytes(), i + 1)).collect();
        let want: Vec<usize> = text
            .char_indices()
            .filter(|&(_, c)| matches!(c, '，' | '\u{00A0}' | '　' | '\n'))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(edits, want);
    }

    fn check_round_trip(original: &str) {
        let view = View::new(original);
        let text = view.text().to_string();
        for (i, _) in text.char_indices() {
            for (j, _) in text[i..].char_indices().skip(1).chain([(text.len() - i, ' ')]) {
                let span = view.original_span(i..i + j);
                assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
                assert!(span.start <= span.end);
            }
        }
    }

    #[test]
    fn plain_text_is_borrowed() {
        let v = View::new("青山大学副校长韩雪梅");
        assert!(matches!(v.text, Cow::Borrowed(_)));
        assert_eq!(v.original_span(12..21), Span::new(12, 21));
    }

    #[test]
    fn invisible_characters_are_left_out() {
        let original = "\u{FEFF}王立任总经理，县委书\u{200B}记";
        let v = View::new(original);
        assert_eq!(v.text(), "王立任总经理,县委书记");
        assert_eq!(v.original_str(0..6), "王立");
        let start = v.text().find("书记").unwrap();
        assert_eq!(v.original_str(start..start + 6), "书\u{200B}记");
        check_round_trip(original);
    }

    #[test]
    fn full_width_becomes_half_width() {
        let original = "１９９８年１月１日，增长４０％";
        let v = View::new(original);
        assert_eq!(v.text(), "1998年1月1日,增长40%");
        let start = v.text().find("40%").unwrap();
        assert_eq!(v.original_str(start..start + 3), "４０％");
        check_round_trip(original);
    }

    #[test]
    fn a_form_name_field_starts_its_own_line() {
        let original = "简历\n\n姓名：闻立新\n性别：男";
        let v = View::new(original);
        assert!(v.text().starts_with("简历\n姓名:闻立新\n"), "{}", v.text());
        check_round_trip(original);
    }

    #[test]
    fn item_numbers_are_measured() {
        for (text, number) in [
            ("1、甲", "1、"),
            ("12. 甲", "12. "),
            ("(3)甲", "(3)"),
            ("（四）甲", "（四）"),
            ("五、甲", "五、"),
        ] {
            assert_eq!(item_number_len(text), number.len(), "{text}");
        }
        for text in ["甲", "1970年", "(甲)", "12"] {
            assert_eq!(item_number_len(text), 0, "{text}");
        }
    }

    #[test]
    fn spaced_out_labels_are_read_whole() {
        assert_eq!(spaced_label("审　判　长　包志清"), Some("审　判　长".len()));
        assert_eq!(spaced_label("刑 事 判 决 书"), Some("刑 事 判 决 书".len()));
        assert_eq!(spaced_label("人民陪审员　郜立新"), None);
        assert_eq!(spaced_label("我 们"), Some("我 们".len()));
        assert_eq!(spaced_label("我们 走"), None);
        let v = View::new("判决如下。\n审　判　长　包志清\n审　判　员　柴文静\n人民陪审员　郜立新");
        assert_eq!(v.text(), "判决如下。\n审判长 包志清\n审判员 柴文静\n人民陪审员 郜立新");
    }

    #[test]
    fn a_document_title_keeps_its_line() {
        let v = View::new("青山科技股份有限公司关于聘任董事会秘书的公告\n本公司董事会于近日收到辞职报告。");
        assert_eq!(
            v.text(),
            "青山科技股份有限公司关于聘任董事会秘书的公告\n本公司董事会于近日收到辞职报告。"
        );
        // Inside a book title, or a line with a sentence's marks, the break is print's.
        let v = View::new("根据《关于加强管理的通知\n》要求，");
        assert_eq!(v.text(), "根据《关于加强管理的通知》要求,");
        let v = View::new("青山县召开会议。会议听取了工作报告\n和财务报告。");
        assert_eq!(v.text(), "青山县召开会议。会议听取了工作报告和财务报告。");
        let v = View::new("2026年半年度报告\n一、重要提示");
        assert_eq!(v.text(), "2026年半年度报告\n一、重要提示");
    }

    #[test]
    fn a_headline_before_a_blank_line_keeps_its_line() {
        // The text's first line, or one a dateline follows.
        let v = View::new("青山俱乐部官宣新帅\n\n青山俱乐部昨日宣布。");
        assert_eq!(v.text(), "青山俱乐部官宣新帅\n青山俱乐部昨日宣布。");
        let v = View::new("会议结束。\n\n青山队主帅表示有信心\n\n本报讯 青山队昨日……");
        assert!(v.text().contains("有信心\n本报讯"), "{}", v.text());
        // Elsewhere a blank line may be print's break inside a sentence.
        let v = View::new("会议结束。\n\n各项\n\n实施方案要突出重点。");
        assert_eq!(v.text(), "会议结束。\n各项实施方案要突出重点。");
    }

    #[test]
    fn line_break_inside_a_sentence_is_joined() {
        let original = "硬化路面近\n\n300平方米,山东省“专\n\n精特新”企业";
        let v = View::new(original);
        assert_eq!(v.text(), "硬化路面近300平方米,山东省“专精特新”企业");
        let start = v.text().find("近300").unwrap();
        assert_eq!(v.original_str(start..start + "近300平方米".len()), "近\n\n300平方米");
        let start = v.text().find("专精").unwrap();
        assert_eq!(v.original_str(start..start + 3), "专");
        check_round_trip(original);
    }

    #[test]
    fn a_dated_entry_starts_a_line_of_its_own() {
        let v = View::new("王明,男,1970年生。\n1995.07—2001.03 市财政局科员\n2001.03—2008.06 科长\n2015年1月至今 局长");
        assert_eq!(v.text().matches('\n').count(), 3);
        // A date alone after a print line break continues the sentence.
        assert_eq!(View::new("会议于\n2019年3月召开").text(), "会议于2019年3月召开");
        assert!(!starts_dated_line("19个单位"));
    }

    #[test]
    fn a_list_reads_a_padded_name_of_two_characters_whole() {
        let original = "成　员：贺建邦、祁　明\n委　员：訾　鹏　郦小川　褚　岩　滕　骁";
        let v = View::new(original);
        assert_eq!(v.text(), "成员:贺建邦、祁明\n委员:訾鹏 郦小川 褚岩 滕骁");
        let start = v.text().find("祁明").unwrap();
        assert_eq!(v.original_str(start..start + "祁明".len()), "祁　明");
        check_round_trip(original);
        // A run of one-character words of odd length pairs nothing; nor does a blank
        // of two, or one beside a longer word.
        assert_eq!(View::new("口号：勤　俭　廉").text(), "口号:勤 俭 廉");
        assert_eq!(View::new("委员：訾　　鹏").text(), "委员:訾  鹏");
        assert_eq!(View::new("委员：訾鹏　郦").text(), "委员:訾鹏 郦");
    }

    #[test]
    fn the_lines_of_a_list_stay_apart() {
        let original = "组成人员如下：\n组  长：林海涛  区长\n副组长：钱立新（副区长）\n        赵明远  副区长\n领导小组下设办公室";
        let v = View::new(original);
        // Each entry its own line; the padding inside a label read away.
        assert_eq!(
            v.text(),
            "组成人员如下:\n组长:林海涛  区长\n副组长:钱立新(副区长)\n赵明远  副区长\n领导小组下设办公室"
        );
        let start = v.text().find("组长").unwrap();
        assert_eq!(v.original_str(start..start + "组长".len()), "组  长");
        check_round_trip(original);
        // A label after a line that neither opens a list nor is an entry continues it,
        // as a print line break does; so does a label line with no column or bracket.
        assert_eq!(View::new("王新亭\n强调：要抓落实").text(), "王新亭强调:要抓落实");
        assert_eq!(View::new("会议指出：要\n抓落实").text(), "会议指出:要抓落实");
    }

    #[test]
    fn a_date_alone_on_its_line_ends_it() {
        let v = View::new("青山县人民政府\n2026年11月20日\n\n县人民医院新大楼投入使用");
        assert_eq!(v.text(), "青山县人民政府2026年11月20日\n县人民医院新大楼投入使用");
        assert_eq!(
            View::new("二〇二六年五月八日\n市政府").text(),
            "二〇二六年五月八日\n市政府"
        );
        // Any line break, not only `\n` (a regression: U+2028 is three bytes).
        assert_eq!(View::new("甲\u{2028}2026年1月2日\n乙").text(), "甲2026年1月2日\n乙");
        // A date the print broke across lines still joins them; so does a line with more.
        assert_eq!(
            View::new("会议于2019年\n3月20日\n召开").text(),
            "会议于2019年3月20日召开"
        );
        assert_eq!(View::new("于2019年3月20日\n召开").text(), "于2019年3月20日召开");
    }

    #[test]
    fn line_break_after_a_sentence_end_is_a_paragraph() {
        let v = View::new("提出修改意见。\n\n在经过充分讨论后\r\n赵文博强调");
        assert_eq!(v.text(), "提出修改意见。\n在经过充分讨论后赵文博强调");
        let v = View::new("他说:“好。”\n下一段");
        assert_eq!(v.text(), "他说:“好。”\n下一段");
    }

    #[test]
    fn latin_words_keep_a_space_when_joined() {
        assert_eq!(View::new("Zhengzhou\nUniversity").text(), "Zhengzhou University");
        assert_eq!(View::new("GDP增长\n 7%").text(), "GDP增长7%");
    }

    #[test]
    fn odd_input_round_trips() {
        for s in [
            "",
            "\n",
            "\r\n\r\n",
            "　",
            "\u{2028}x",
            "x\r",
            "e\u{301}\n\u{301}",
            "𠀀\n𠀁",
            "。\r",
            "a\n\u{85}b",
            "ａ\u{3000}\nｂ",
        ] {
            check_round_trip(s);
        }
    }
}
