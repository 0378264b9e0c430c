//! Segmentation: sentences of the normalised view, and words within them by jieba-rs.
//!
//! One `Jieba` is loaded per process on first use (its dictionary is ~25 MiB; every
//! `Extractor` shares it). jieba-rs's own POS tags are dictionary tags without
//! context (开发区/nr, 主任/b), so only its word boundaries are used here; types come
//! from our own lexicon.

use std::cell::RefCell;
use std::ops::Range;
use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::charset::CharSet;
use crate::normalize::{is_closer, lead_steps};
use crate::recognize::person::FastMap;

/// The process-wide segmenter.
pub(crate) static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Longest sentence handed to the segmenter and the rules, in bytes. Longer runs
/// (a page with no punctuation) are cut at a comma or space near the limit, so work
/// per sentence stays bounded and total work linear in the input.
pub(crate) const MAX_SENTENCE: usize = 1536;

/// [`sentences_into`] a vector of its own (for the tests and tools).
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    sentences_into(text, &mut out);
    out
}

/// Splits `text` into sentences: byte ranges that cover all of `text`, in order, appended
/// to `out` (the pipeline keeps the buffer from one document to the next).
///
/// A byte scan: in the normalised view the terminators are `。` and `…` (three bytes
/// each, starting 0xE3 0x80 0x82 and 0xE2 0x80 0xA6) and ASCII `! ? ; \n`.
pub(crate) fn sentences_into(text: &str, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if i - start >= MAX_SENTENCE * 4 {
            // A very long run with no terminator: flush in bounded pieces as we go.
            while !text.is_char_boundary(i) {
                i += 1;
            }
            push_bounded(text, start..i, out);
            start = i;
            continue;
        }
        // Skip to the next byte that may start a terminator: ideographs (lead bytes
        // 0xE4-0xE9) and ASCII letters never do, so most bytes are passed over here.
        let limit = (start + MAX_SENTENCE * 4).min(bytes.len());
        match next_terminator_start(bytes, i, limit) {
            Some(k) => i = k,
            None => {
                i = limit;
                continue;
            }
        }
        let len = terminator_len(bytes, i);
        if len == 0 {
            // Only a lead byte of three (E2, E3, EF: “ 、 《 …) starts no terminator: the
            // character is stepped over whole.
            i += 3;
            continue;
        }
        // Keep runs of terminators and closers with this sentence: 。”  !?
        let mut end = i + len;
        loop {
            let more = terminator_len(bytes, end);
            let closer = text[end..]
                .chars()
                .next()
                .filter(|&c| is_closer(c))
                .map_or(0, char::len_utf8);
            if more + closer == 0 {
                break;
            }
            end += more.max(closer);
        }
        push_bounded(text, start..end, out);
        start = end;
        i = end;
    }
    if start < text.len() {
        push_bounded(text, start..text.len(), out);
    }
}

/// The first byte in `from..limit` that may start a terminator (one of
/// [`TERMINATOR_LEADS`]), other characters stepped over whole (see [`lead_steps`]).
fn next_terminator_start(bytes: &[u8], from: usize, limit: usize) -> Option<usize> {
    const STEPS: [u8; 256] = lead_steps(TERMINATOR_LEADS);
    // (Cut at `limit` first: one bound to test a character, not two.)
    let bytes = &bytes[..limit];
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match STEPS[usize::from(b)] {
            0 => return Some(i),
            step => i += usize::from(step),
        }
    }
    None
}

/// The bytes a terminator may start with (see [`terminator_len`]).
const TERMINATOR_LEADS: &[u8] = b"!?;\n\xE2\xE3\xEF";

/// The length of the sentence terminator starting at byte `i`, or 0.
fn terminator_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'!' | b'?' | b';' | b'\n') => 1,
        Some(0xE3) if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0x82) => 3,
        Some(0xE2) if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => 3,
        // Full-width ！？； when the text was not normalised.
        Some(0xEF) if bytes.get(i + 1) == Some(&0xBC) && matches!(bytes.get(i + 2), Some(0x81 | 0x9F | 0x9B)) => 3,
        _ => 0,
    }
}

/// Pushes `range`, cut into pieces of at most [`MAX_SENTENCE`] bytes, preferring
/// to cut after a comma, enumeration mark or space.
fn push_bounded(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .rfind([',', '，', '、', ' ', ':', '：'])
            .map(|k| start + k + window[k..].chars().next().map_or(1, char::len_utf8))
            .filter(|&k| k > start + MAX_SENTENCE / 2)
            .unwrap_or(limit);
        out.push(start..cut);
        start = cut;
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

/// The backoff class of a word (digits, a word jieba-rs does not know, or its
/// dictionary tag), handed to `f` because the tag borrows from the segmenter call.
pub(crate) fn with_word_class<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if word.chars().all(|c| c.is_ascii_digit()) {
        return f("NUM");
    }
    let cached = CLASSES.with(|c| c.try_borrow().ok().and_then(|c| c.get(word).copied()));
    if let Some(class) = cached {
        return f(class);
    }
    if !JIEBA.has_word(word) {
        remember(word, "OOV");
        return f("OOV");
    }
    match JIEBA.tag(word, false).as_slice() {
        [t] => {
            if let Some(&tag) = TAGS.iter().find(|&&tag| tag == t.tag) {
                remember(word, tag);
            }
            f(t.tag)
        }
        _ => {
            remember(word, "x");
            f("x")
        }
    }
}

/// The tags of jieba-rs's dictionary, for the cache to hold without borrowing.
const TAGS: &[&str] = &[
    "a", "ad", "ag", "an", "b", "c", "d", "df", "dg", "e", "f", "g", "h", "i", "j", "k", "l", "m", "mg", "mq", "n",
    "ng", "nr", "nrfg", "nrt", "ns", "nt", "nz", "o", "p", "q", "r", "rg", "rr", "rz", "s", "t", "tg", "u", "ud", "ug",
    "uj", "ul", "uv", "uz", "v", "vd", "vg", "vi", "vn", "vq", "x", "y", "z", "zg", "eng",
];

/// Most words asked about are asked again and again. (A miss segments the word again, at
/// over a thousand instructions: 8192 entries were refilled often over a day of news.)
const CLASS_CACHE_MAX: usize = 1 << 15;

thread_local! {
    /// Word classes already looked up on this thread: jieba-rs has no direct tag lookup,
    /// and `tag` segments the word again. Cleared when full, so it stays small.
    static CLASSES: RefCell<FastMap<Box<str>, &'static str>> = RefCell::new(FastMap::default());
}

fn remember(word: &str, class: &'static str) {
    CLASSES.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            if c.len() >= CLASS_CACHE_MAX {
                c.clear();
            }
            c.insert(word.into(), class);
        }
    });
}

/// The most bytes of sentences jieba-rs cuts at once in a [`Batch`] (whose words are held
/// together).
const BATCH_BYTES: usize = 1 << 14;

/// jieba-rs's words of consecutive sentences of a text, cut at once and handed out sentence
/// by sentence: one call of the segmenter for a run of sentences instead of one for each
/// (each call costs some hundreds of instructions beside the cutting: its buffers, the
/// vector of words, and freeing it).
///
/// The words are those of the sentences cut one by one: jieba-rs cuts a text in blocks,
/// the runs of its word characters (ideographs, ASCII letters and digits, `+#&._%-`) and
/// each other character alone (\r\n together), and segments each block by itself. Sentences
/// are cut together only where each boundary between them is one of those blocks' (a
/// character of neither side is a word character: 。, ！, a comma, a line break); a
/// sentence cut inside a run (a very long one, [`MAX_SENTENCE`]) is cut alone, as before.
#[derive(Default)]
pub(crate) struct Batch<'t> {
    /// The words of `text[start..end]`, offsets relative to `start`.
    tokens: Vec<jieba_rs::Token<'t>>,
    start: usize,
    end: usize,
    /// The first word not handed out yet.
    next: usize,
}

impl<'t> Batch<'t> {
    /// [`words`] of the sentence `sentences[k]` of `text` (`sentences` tiling `text` in
    /// order, and asked in order), appended to `out`, relative to the sentence.
    pub(crate) fn words(&mut self, text: &'t str, sentences: &[Range<usize>], k: usize, out: &mut Vec<Range<usize>>) {
        let range = sentences[k].clone();
        let sentence = &text[range.clone()];
        if range.start >= self.end {
            self.fill(text, sentences, k);
        }
        // Words of sentences passed over (no ideograph in them) are skipped.
        let base = range.start - self.start;
        while let Some(t) = self.tokens.get(self.next)
            && t.byte_end <= base
        {
            self.next += 1;
        }
        // The words tile the sentence where its ends are blocks' ends; else, or when it is
        // no part of the batch, it is cut alone.
        let rest = &self.tokens[self.next..];
        if rest.first().is_none_or(|t| t.byte_start != base) {
            words(sentence, out);
            return;
        }
        let (mark, len) = (out.len(), sentence.len());
        // The batch's words that end in the sentence (their ends grow: one search).
        let rest = &rest[..rest.partition_point(|t| t.byte_end - base <= len)];
        // The words that no rule of `split` can split (nearly all) are taken in a loop of
        // their own, up to the first that one may: `split` would take them as they are.
        // Each word one may split is handed to `split` alone, and the words after it are
        // taken by the loop again: `split` reads no word but the one it is given (and those
        // it put in `out`).
        let mut k = 0;
        loop {
            k += take_unsplittable(&rest[k..], (0, base), out);
            let Some(t) = rest.get(k) else {
                break;
            };
            let word = (t.byte_start - base, t.byte_end - base, t.word);
            if let Some(again) = split(sentence, word, out) {
                cut_from(sentence, again, out);
                return;
            }
            k += 1;
        }
        if out.len() > mark && out.last().is_some_and(|w| w.end == len) {
            // (The last word ends the sentence: the words tile it.)
            self.next += k;
        } else {
            out.truncate(mark);
            words(sentence, out);
        }
    }

    /// Cuts the sentences from `sentences[k]` on while their boundaries are blocks' (see
    /// [`Batch`]), up to [`BATCH_BYTES`]; a sentence alone is left to be cut alone.
    fn fill(&mut self, text: &'t str, sentences: &[Range<usize>], k: usize) {
        let start = sentences[k].start;
        let mut j = k;
        while let Some(next) = sentences.get(j + 1)
            && next.end - start <= BATCH_BYTES
            && ends_block(text, next.start)
        {
            j += 1;
        }
        self.start = start;
        self.next = 0;
        if j == k {
            self.tokens.clear();
            self.end = start;
            return;
        }
        self.end = sentences[j].end;
        self.tokens = JIEBA.cut(&text[start..self.end], true);
    }
}

/// Appends the words at the start of `tokens` (words of the sentence, every one) that no
/// rule of [`split`] can split to `out`, and returns how many. A word's offsets are moved
/// to the sentence's by adding `from` and taking away `base` (the words of a batch are
/// relative to its start, those of a sentence cut from a byte on to that byte). They are
/// found first and appended after, at once: one reserve for all and no test of the
/// capacity a word. (The callers leave out the words past the sentence's end, found once
/// for the sentence: no test of each word's end here.)
// (Out of line: inlined into the pipeline's loop, the loop's values lived on the stack.)
#[inline(never)]
fn take_unsplittable(
    tokens: &[jieba_rs::Token<'_>],
    (from, base): (usize, usize),
    out: &mut Vec<Range<usize>>,
) -> usize {
    let n = tokens.iter().position(|t| may_be_split(t.word)).unwrap_or(tokens.len());
    out.extend(
        tokens[..n]
            .iter()
            .map(|t| t.byte_start + from - base..t.byte_end + from - base),
    );
    n
}

/// Does a block jieba-rs cuts by itself end right before byte `at` of `text` (see [`Batch`]):
/// is the character before it or the one after it no word character of jieba-rs (and the
/// two no \r\n)?
fn ends_block(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => !(is_jieba_word_char(b) && is_jieba_word_char(a) || b == '\r' && a == '\n'),
        _ => true,
    }
}

/// A character of the runs jieba-rs segments (its `RE_HAN_DEFAULT`: the CJK ideographs,
/// ASCII letters and digits, and `+#&._%-`).
fn is_jieba_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
    } else {
        matches!(c,
            '\u{4E00}'..='\u{9FFF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2A6DF}'
            | '\u{2A700}'..='\u{2B73F}'
            | '\u{2B740}'..='\u{2B81F}'
            | '\u{2B820}'..='\u{2CEAF}'
            | '\u{2CEB0}'..='\u{2EBEF}'
            | '\u{2F800}'..='\u{2FA1F}'
        )
    }
}

/// Word boundaries of `sentence` as byte ranges relative to it, appended to `out`.
pub(crate) fn words(sentence: &str, out: &mut Vec<Range<usize>>) {
    cut_from(sentence, 0, out);
}

/// [`words`] of `sentence` from byte `from` on.
fn cut_from(sentence: &str, mut from: usize, out: &mut Vec<Range<usize>>) {
    // Each pass cuts the rest of the sentence; a pass ends early only where a verb is cut
    // off a name (rare), so the text is cut about once.
    'cut: while from < sentence.len() {
        let tokens = JIEBA.cut(&sentence[from..], true);
        // The words no rule can split taken in a loop of their own, the others handed to
        // `split` one by one (see `Batch::words`).
        let mut k = 0;
        loop {
            // (Every word of the rest of the sentence ends in it.)
            k += take_unsplittable(&tokens[k..], (from, 0), out);
            let Some(t) = tokens.get(k) else {
                break 'cut;
            };
            let word = (from + t.byte_start, from + t.byte_end, t.word);
            if let Some(again) = split(sentence, word, out) {
                from = again;
                continue 'cut;
            }
            k += 1;
        }
    }
}

/// Appends jieba-rs's word `word` of `sentence`, at bytes `start..end` of it, to `out`,
/// split by the rules below (the words before it are in `out`; a rule reads no word after
/// it). Returns where the sentence must be cut again, if a rule says so (a verb cut off a
/// name). Asked only of the words [`may_be_split`] lets through (for any other no rule
/// applies, and the word is appended as it is).
fn split(sentence: &str, (start, end, word): (usize, usize, &str), out: &mut Vec<Range<usize>>) -> Option<usize> {
    // A verb of holding a post glued to the name after it is a word of its own, and
    // the rest is cut again: jieba-rs's dictionary holds a few such names (曾任青/nr
    // in 曾任青禾集团…), and after a form of address its HMM glues 任 to what follows
    // (甲同志|任青禾/nr|能源…, 乙先生|任…).
    // (The word before is sliced only for the few words that read it: this runs on
    // every word.)
    let previous = || out.last().map(|w| &sentence[w.clone()]);
    // A committee's 委 glued to the start of a unit's name in a word jieba-rs guessed
    // (卫生|健康|委医政/n|科科长: 卫生健康委 and its 医政科): 委 ends the body, and the rest is
    // cut again. (Not 局: 做作局 'a rigged game' is none.)
    if word.len() == 9 && word.starts_with('委') && !JIEBA.has_word(word) {
        out.push(start..start + 3);
        return Some(start + 3);
    }
    // 主任 cut across before a name that opens with 何 or another character jieba-rs reads
    // with 任 (办公室|主|任何|明, 检修|部主|任何|湘宁): 主 and 任 are the title, and what
    // follows 任 is cut again. 主 is a word alone or glued to a unit's character, never a
    // word like 民主 (民主|任何时候).
    if word.len() > 3
        && word.starts_with('任')
        && let Some(last) = out.last().cloned()
        && last.end == start
        && head_glued_to_ren(&sentence[last.clone()])
    {
        out.pop();
        let zhu = last.end - '主'.len_utf8();
        if zhu > last.start {
            out.push(last.start..zhu);
        }
        out.push(zhu..start + '任'.len_utf8());
        return Some(start + '任'.len_utf8());
    }
    if may_open_with_glued_verb(word)
        && let Some(verb) = verb_glued_to_name(word, previous(), &sentence[end..])
    {
        out.push(start..start + verb);
        return Some(start + verb);
    }
    // A word jieba-rs guessed of a word's end and the one-character word after it — a
    // name's last character and 任 (邵立|群任|青禾…), a two-character name and 任 or 作
    // (张伟|任|郑州市…, 张丽|作|报告), a body's head word and a preposition (卫生健康|局在|
    // 县医院): two words — not a verb of holding a post it guessed too (曾任).
    // (A word of the dictionary too when a name jieba-rs read stands before it and
    // 作 delivers: 覃立/nr|夫作/n|报告 is 覃立夫|作报告.)
    let after_name = || word.ends_with('作') && previous().is_some_and(|p| with_word_class(p, |c| c == "nr"));
    if let Some(cut) = glued_before_last(word, &sentence[end..])
        && (!JIEBA.has_word(word) || after_name())
    {
        out.push(start..start + cut);
        out.push(start + cut..end);
        return None;
    }
    // A city's or a county's unit glued to the first character of the town or county
    // under it, read as the head's title (溆川/ns|市长/n|塘镇/ns 'town 长塘 of 溆川 city'):
    // the unit is a word of its own, and the rest is cut again (长塘镇).
    if unit_before_place(word, previous(), &sentence[end..]) {
        out.push(start..start + 3);
        return Some(start + 3);
    }
    // The 为 of an election or an appointment glued to the place of the post (当选|为柘塘/ns|
    // 乡|人大|主席, 任命甲|为青/ns|…): 为 is a word of its own, and the rest is cut again.
    if word.len() == 9 && word.starts_with('为') && previous().is_some_and(|p| APPOINTING_BEFORE_WEI.contains(&p)) {
        out.push(start..start + 3);
        return Some(start + 3);
    }
    // A news site's 网 glued to its dateline's 讯 (澄江/ns|网讯/n|（记者…）): two words, so that
    // the site is read.
    if word == "网讯" && sentence[end..].starts_with(['（', '(', ' ', '\u{3000}']) {
        out.push(start..start + 3);
        out.push(start + 3..end);
        return None;
    }
    // 兼 ('concurrently') glued to the bare unit of the second post's body (局长|兼县/n|茶|
    // 产业…办公室主任): two words, and the rest is cut again after the unit — no word is 兼县,
    // and none opens with a bare unit (县安/n|委办 is 县|安委办).
    if word.len() == 6 && word.starts_with('兼') && word[3..].starts_with(['市', '县', '区']) {
        out.push(start..start + 3);
        out.push(start + 3..end);
        return Some(end);
    }
    // A title jieba-rs's dictionary holds glued to 兼 ('concurrently') after it
    // (社长兼/l, 总裁兼): two words, so that the title is read.
    if word.len() == 9 && word.ends_with('兼') && (word.starts_with("总裁") || word[..6].ends_with('长')) {
        out.push(start..start + 6);
        out.push(start + 6..end);
        return None;
    }
    // A title's 长 glued to the surname after it (局|长沙|立群, 会|长江|…, 副署|长孙|…,
    // 转化|处处|长史|小明): 长 ends the title, and the surname starts the name.
    if word.len() == 6
        && word.starts_with('长')
        && let Some(last) = out.last().cloned()
        && last.end == start
        && let Some(title) = title_before_chang(&sentence[last.clone()], word)
    {
        out.pop();
        if title > 0 {
            out.push(last.start..last.start + title);
        }
        out.push(last.start + title..start + '长'.len_utf8());
        out.push(start + '长'.len_utf8()..end);
        return None;
    }
    // The same with 长 a word alone (山林|场场|长|桂兰亭): the doubled unit's second
    // character and 长 are the title (林场|场长).
    if word == "长"
        && let Some(last) = out.last().cloned()
        && last.end == start
        && let Some(unit) = doubled_unit(&sentence[last.clone()])
    {
        out.pop();
        out.push(last.start..last.start + unit);
        out.push(last.start + unit..end);
        return None;
    }
    out.push(start..end);
    None
}

/// The second characters of the words of two characters [`may_be_split`] lets through: 任
/// and 作 ([`glued_before_last`]) and the prepositions and conjunctions of
/// [`glues_word_and_verb`].
const SPLIT_SECONDS: &str = "任作在和与及对向从把被将为于由同";

/// The characters of [`SPLIT_SECONDS`] (built at compile time, so a word's second
/// character is told by one load).
static SPLIT_SECOND: CharSet = CharSet::of(SPLIT_SECONDS);

/// Are the bytes `b` one of the characters of [`SPLIT_SECONDS`]?
#[inline(always)]
fn is_split_second(b: &[u8]) -> bool {
    match *b {
        [x, y, z] if x & 0xF0 == 0xE0 => SPLIT_SECOND.contains_utf8(x, y, z),
        _ => false,
    }
}

/// Could one of the rules of [`words`] split `word`? False only when none can: it opens
/// with no 任 or 于, nor is 原 and two characters ([`verb_glued_to_name`]), opens with no 长
/// ([`title_before_chang`]) nor is 长 alone, is no unit and 长 ([`unit_before_place`]), is no verb of
/// [`POST_VERBS`] and a character nor 为 and two (after an appointing verb), is none of 兼 and
/// a bare unit (兼县) nor 网讯, and ends in
/// none of the characters [`glued_before_last`] and the 兼 rule cut off. Reads the bytes of
/// at most three characters, without decoding the word.
// (Inlined into both loops that ask it, each word's: called apart, the call cost as much
// as the test.)
#[inline(always)]
fn may_be_split(word: &str) -> bool {
    // The three bytes at byte `i` of `word` as one number, compared with those of the
    // characters these rules look for (each of three bytes), with no decoding.
    let at = |i: usize| match word.as_bytes().get(i..i + 3) {
        Some(&[x, y, z]) => u32::from_be_bytes([0, x, y, z]),
        _ => 0,
    };
    const fn key(c: &str) -> u32 {
        let b = c.as_bytes();
        (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32
    }
    const REN: u32 = key("任");
    const YU: u32 = key("于");
    const ZUO: u32 = key("作");
    const ZHI: u32 = key("致");
    const DAO: u32 = key("到");
    // 任 (E4 BB BB) and 于 (E4 BA 8E) open with the same byte, and their second bytes differ
    // in the last bit alone: a test of a word's first two bytes passes over nearly every
    // word before its first character is compared whole. (This runs on every word.)
    if matches!(*word.as_bytes(), [0xE4, y, ..] if y | 1 == 0xBB) && matches!(at(0), REN | YU) {
        return true;
    }
    match word.len() {
        3 => at(0) == key("长"),
        // (The second character by one bit of a table: most words are of two characters.)
        6 => {
            at(0) == key("长")
                || is_split_second(&word.as_bytes()[3..])
                || ([key("市"), key("县"), key("区")].contains(&at(3)) && at(0) == key("兼"))
                || (at(3) == key("讯") && at(0) == key("网"))
                || (at(3) == key("长") && [key("市"), key("县"), key("区")].contains(&at(0)))
        }
        9 => {
            at(3) == REN
                || at(0) == key("原")
                || at(0) == key("为")
                || at(0) == key("委")
                || [REN, ZUO, ZHI, DAO, key("兼"), key("及"), key("与"), key("因")].contains(&at(6))
        }
        12 => matches!(at(9), REN | ZHI | DAO),
        _ => false,
    }
}

/// Where a word jieba-rs guessed (`word`, before `rest`) splits into a word's end and a
/// one-character word after it: see [`glues_word_and_verb`] and [`name_glued_to_verb`].
fn glued_before_last(word: &str, rest: &str) -> Option<usize> {
    match word.len() {
        6 => (glues_word_and_verb(word) || word.ends_with('作') && delivers(rest)).then_some(3),
        9 => name_glued_to_verb(word, rest).then_some(6),
        // A three-character name and 任 (郑思远任/nr|储能研究院院长): a post must follow (not
        // 单智擒任九, a lottery's term); or and 致 before a speech (黎红英致|欢迎辞); or and 到
        // before where one goes (省委副书记庞启恒到|临沅市调研: no word of the dictionary ends so).
        12 => {
            let verb = (word.ends_with('任') && post_near(rest))
                || (word.ends_with('致') && greets(rest))
                || word.ends_with('到');
            (verb && !JIEBA.has_word(&word[6..])).then_some(9)
        }
        _ => None,
    }
}

/// Does a two-character `word` read as a word's last character and the word after it: a
/// name's and 任 (not one of [`POST_VERBS`]), or a body's head word (局, 院, 厅 …) and a
/// preposition or conjunction jieba-rs's HMM glued to it (局在)?
fn glues_word_and_verb(word: &str) -> bool {
    // Runs for every two-character word: one decode, and `match`es the compiler turns into
    // comparisons.
    let mut chars = word.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    match second {
        '任' => !POST_VERBS.contains(&word),
        '在' | '和' | '与' | '及' | '对' | '向' | '从' | '把' | '被' | '将' | '为' | '于' | '由' | '同' =>
        {
            matches!(
                first,
                '局' | '院'
                    | '厅'
                    | '委'
                    | '部'
                    | '办'
                    | '处'
                    | '所'
                    | '会'
                    | '社'
                    | '队'
                    | '行'
                    | '司'
                    | '校'
                    | '站'
                    | '馆'
                    | '组'
            )
        }
        _ => false,
    }
}

/// Does a post's title end within the next twelve characters of `rest` (任|储能研究院院长)?
fn post_near(rest: &str) -> bool {
    let near = rest.char_indices().nth(12).map_or(rest, |(k, _)| &rest[..k]);
    [
        "长", "主任", "书记", "经理", "委员", "主席", "董事", "总监", "秘书", "总裁", "主编",
    ]
    .iter()
    .any(|t| near.contains(t))
}

/// Does the three-character `word` jieba-rs guessed, before `rest`, end in a verb glued to a name: 任 (张伟任
/// 郑州市财政局局长), 作 before what one delivers (张丽作报告, 李军作工作报告), 致 before a
/// speech (张丽致辞) or 到 before where one arrives (汪渝到会) — or in the conjunction 及 or
/// 与 (甄宏及各部门负责人), or the preposition 因 (霍骁因健康原因…)?
fn name_glued_to_verb(word: &str, rest: &str) -> bool {
    // (Runs for every three-character word: the last character first.)
    let verb = match word.chars().nth(2) {
        Some('任') => true,
        Some('作') => delivers(rest),
        Some('致') => greets(rest),
        // 到 before where one arrives (汪渝|到会, 李明|到场, 甲|到任).
        Some('到') => ["会", "场", "任", "岗"].iter().any(|a| rest.starts_with(a)),
        // The conjunctions 及 and 与 after a two-character name (纪委书记甄宏|及|各部门负责人):
        // they end few given names (和 ends many: 王志和).
        Some('及' | '与') => !JIEBA.has_word(word),
        // 因 'because of' after a two-character name (主教练霍骁因|健康原因…): few given names
        // end in it either.
        Some('因') => !JIEBA.has_word(word),
        _ => false,
    };
    // Not a word of its last two characters (前主任, 新上任, 著作).
    verb && !JIEBA.has_word(&word[3..])
}

/// Does `rest`, the text after 致, start with the speech one gives (致|辞, 致|欢迎辞, 致|贺词,
/// 致|开幕词): after a name, 致 is then the verb (校长甲致欢迎辞).
fn greets(rest: &str) -> bool {
    rest.chars().take(3).any(|c| c == '辞' || c == '词') || rest.starts_with("贺信")
}

/// Does `rest`, the text after 作, start with what one delivers (作|报告, 作|重要讲话): after a
/// name, 作 is then the verb.
pub(crate) fn delivers(rest: &str) -> bool {
    // (Done, perhaps, and the report named by its title: 作了|讲话, 作了题为《…》的报告.)
    let rest = rest.strip_prefix('了').unwrap_or(rest);
    DELIVERED.iter().any(|d| rest.starts_with(d)) || rest.starts_with("题为") || names_a_report(rest)
}

/// Does `rest` start with a report named by its subject, within a clause of a few
/// characters that ends there (作|监事会工作报告。, 作|2023年度经营工作报告，, 作|财务决算报告)?
/// Not a clause going on past a report (王作|在报告会上…, 孙作|就安全生产报告提出…, 吴作|听取
/// 报告): a verb or a preposition opens it, or the report is no clause's end.
fn names_a_report(rest: &str) -> bool {
    if rest.starts_with(NOT_REPORT_OPENINGS) {
        return false;
    }
    let end = rest
        .char_indices()
        .take(MAX_REPORT_SUBJECT + "报告".chars().count())
        .take_while(|&(_, c)| crate::recognize::is_han(c) || c.is_ascii_digit())
        .last()
        .map_or(0, |(k, c)| k + c.len_utf8());
    rest[..end].ends_with("报告") && !rest[end..].starts_with(|c: char| crate::recognize::is_han(c))
}

/// Characters that open no report's name after 作: verbs and prepositions (在, 就, 听取, 对).
const NOT_REPORT_OPENINGS: &[char] = &[
    '在', '就', '听', '对', '向', '把', '将', '了', '于', '为', '出', '过', '和', '与',
];

/// Most characters of a report's subject before its 报告.
const MAX_REPORT_SUBJECT: usize = 12;

/// What one delivers after 作 (作报告, 作重要讲话, 作批示).
const DELIVERED: &[&str] = &[
    "报告",
    "讲话",
    "总结",
    "发言",
    "工作报告",
    "重要",
    "动员",
    "部署",
    // (作工作部署, 作表态发言, 作交流发言, 作典型发言, 作专题辅导: an official's acts.)
    "工作部署",
    "表态发言",
    "交流发言",
    "典型发言",
    "专题",
    "说明",
    "批示",
    "指示",
];

/// Units whose head is a 长 (局长, 会长, 署长): a word of one of them alone, or with 副.
const UNITS_HEADED_BY_CHANG: &str = "局院校市县区省部厅处科股所站队社行团组镇乡村州馆会署庭室司场";

/// Is `word` the 主 of 主任 jieba-rs cut from its 任: 主 alone, or glued to a unit's character
/// before it (部主, 科主, 处主)?
fn head_glued_to_ren(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next(), chars.next()) {
        (Some('主'), None, _) => true,
        (Some(unit), Some('主'), None) => "部科处室局所站队组院会办".contains(unit),
        _ => false,
    }
}

/// Is `word` a unit (or its deputy's 副 and the unit), or a board's or a secretariat's
/// member (董事, 理事, 秘书), that 长 makes a title of?
fn ends_title_before_chang(word: &str) -> bool {
    let unit = word.strip_prefix('副').unwrap_or(word);
    let mut chars = unit.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if UNITS_HEADED_BY_CHANG.contains(c))
        // (A board's or a secretariat's head too: 董事|长沙|靖, 秘书|长春|…)
        || matches!(unit, "董事" | "理事" | "秘书")
}

/// Where the title of a unit's head starts in `last`, the word before a word of 长 that
/// jieba-rs glued to a surname (`word`): at its start when it is the unit alone and `word`
/// a place (局|长沙, 副署|长孙), after the unit's character when it holds the unit twice and
/// `word` a noun (处处|长史, 股副股|长史).
fn title_before_chang(last: &str, word: &str) -> Option<usize> {
    if ends_title_before_chang(last) && with_word_class(word, |c| c == "ns") {
        return Some(0);
    }
    doubled_unit(last).filter(|_| with_word_class(word, |c| c.starts_with('n')))
}

/// If `word` is a unit's character and its head's title less 长 (处处 'everywhere' of
/// 转化处|处长, 股副股 of 人事股|副股长), the length in bytes of the unit's character.
fn doubled_unit(word: &str) -> Option<usize> {
    let mut chars = word.chars();
    let unit = chars.next().filter(|&u| UNITS_HEADED_BY_CHANG.contains(u))?;
    let title = chars.as_str();
    (title.strip_prefix('副').unwrap_or(title).chars().eq([unit])).then_some(unit.len_utf8())
}

/// Is `word` a place's unit and 长 (市长, 县长, 区长) after the place's name (`previous`, a
/// place jieba-rs knows or a word it guessed, with no unit of its own) and before the rest
/// of a place under it (`rest`: a character and a town's, a township's, a county's or a
/// district's unit)? Then 长 opens that place's name (溆川|市|长塘镇), as no name of a person
/// is so written.
fn unit_before_place(word: &str, previous: Option<&str>, rest: &str) -> bool {
    let mut chars = word.chars();
    let mut after = rest.chars();
    matches!(chars.next(), Some('市' | '县' | '区'))
        && chars.as_str() == "长"
        && after
            .next()
            .is_some_and(|c| crate::recognize::is_han(c) && !crate::recognize::ADMIN_UNITS.contains(&c))
        && matches!(after.next(), Some('镇' | '乡' | '县' | '区'))
        && previous.is_some_and(|p| {
            // (Or the place's last character alone: 溆/g|川/j|市长.)
            let lone = p.chars().nth(1).is_none();
            p.chars().all(crate::recognize::is_han)
                && !p.ends_with(crate::recognize::ADMIN_UNITS)
                && with_word_class(p, |c| {
                    (!lone && (c == "ns" || c == "OOV")) || (lone && matches!(c, "ns" | "j" | "g" | "zg"))
                })
        })
}

/// Verbs of electing and appointing whose 为 ('as') jieba-rs may glue to the place of the
/// post after it.
const APPOINTING_BEFORE_WEI: &[&str] = &["当选", "选举", "任命", "聘任", "推选", "补选", "增补", "提名", "改任"];

/// Verbs of holding a post that a surname starts (曾 of 曾任, 现 …).
pub(crate) const POST_VERBS: &[&str] = &["曾任", "现任", "历任", "兼任", "担任", "出任", "升任", "调任"];

/// Could [`verb_glued_to_name`] find a verb in `word`: does it open with 任 or 于, or is it
/// three characters long (a verb of [`POST_VERBS`] and a character)?
fn may_open_with_glued_verb(word: &str) -> bool {
    // (Prefixes of bytes, not a decoded character: this runs for every word.)
    word.len() == 9 || word.starts_with("任") || word.starts_with("于")
}

/// The length in bytes of the verb of holding a post that `word` opens with, glued to a
/// name: a three-character dictionary name opening with one of [`POST_VERBS`], or 任 and
/// more after a form of address (`previous`, the word before); or the 任 of a verb of
/// holding a post, or the 于 after a verb, that jieba-rs's HMM glued to the two characters
/// after it (曾|任宏泰, 就职|于宏泰), or the 任 after a name that it glued to the place of
/// the post (`rest`, the text after the word) the name takes (甲|任江宁|县委书记).
fn verb_glued_to_name(word: &str, previous: Option<&str>, rest: &str) -> Option<usize> {
    if word.len() == 9
        && let Some(verb) = POST_VERBS.iter().find(|v| word.starts_with(**v))
        && with_word_class(word, |c| c == "nr")
    {
        return Some(verb.len());
    }
    // (Runs for every word: each test only once its first character is seen.)
    let after_honorific = || previous.is_some_and(|p| crate::recognize::HONORIFICS.contains(&p));
    // A name jieba-rs's HMM guessed of the verb's or the preposition's character and a
    // company's brand after it: 曾|任宏泰/nr|化工集团, 就职|于宏泰/nr|化工集团.
    let guessed = || word.len() == 9 && !JIEBA.has_word(word);
    let post_verb = || previous.is_some_and(|p| POST_VERBS.iter().any(|v| v.strip_suffix('任') == Some(p)));
    // (The verb may end a longer word: 现就职/n.)
    let verb_before = || {
        previous.is_some_and(|p| {
            p.len() >= 6
                && p.is_char_boundary(p.len() - 6)
                && (crate::recognize::VERBS_BEFORE_YU.iter().any(|v| p.ends_with(v))
                    || with_word_class(&p[p.len() - 6..], |c| c == "v" || c == "vn"))
        })
    };
    // A name, a word guessed (a name too) or a pronoun, then 任XY, then a place's unit
    // (张立伟|任江宁/nr|县委书记, 他|任江宁|县委书记): XY names the place, as a surname 任
    // would not lead a name written straight after another. jieba-rs may know 任XY as a name.
    // So does a company's brand before its trade and head word (甲|任鼎丰/nr|机械有限公司).
    let body_follows = || {
        let near = rest.char_indices().nth(8).map_or(rest, |(k, _)| &rest[..k]);
        // (Or the place's name runs on a character past the word: 曾|任临/v|沣/zg|市….)
        let unit_next = || {
            let mut chars = rest.chars();
            chars.next().is_some_and(crate::recognize::is_han)
                && chars.next().is_some_and(|c| crate::recognize::ADMIN_UNITS.contains(&c))
        };
        rest.starts_with(crate::recognize::ADMIN_UNITS)
            || word.len() == 6 && unit_next()
            || ["公司", "集团", "银行", "中心", "大学", "学院", "医院", "厂"]
                .iter()
                .any(|h| near.contains(h))
    };
    let named_before_place = || {
        word.len() == 9
            && body_follows()
            && previous.is_some_and(|p| with_word_class(p, |c| matches!(c, "nr" | "ns" | "OOV" | "r")))
    };
    // 任组长 is a word of jieba-rs's dictionary ('group leader 任'), but after a name or a
    // title (甘/nr|立新/d|任组长, 县委副书记|任组长) it is the verb and the title: a name
    // would follow a preposition, a conjunction or a verb (由|任组长|主持, 向|任组长|汇报).
    let after_name_or_title = || {
        previous.is_some_and(|p| {
            p.ends_with(crate::recognize::is_han) && !with_word_class(p, |c| matches!(c, "p" | "c" | "v"))
        })
    };
    // An adverb of time before the verb (此前|任星衡/OOV|科技…, 2019年起|任瑞丰/OOV|银行…).
    let time_before = || previous.is_some_and(|p| TIMES_BEFORE_VERB.contains(&p));
    let verb = if word.starts_with('任')
        && (word.len() > 3 && after_honorific()
            // (A word it guessed after such a verb, whatever follows: 曾|任宏泰/nr|化工集团.)
            || guessed() && post_verb()
            // (A name of the dictionary too, or a place's first characters or its name and
            // unit, when a body follows or the word ends in the unit, after such a verb or a
            // date: 曾|任华东/nr|精密机械有限公司, 1987年|任江宁/nr|造纸厂, 1985年|任溪/nr|南县
            // 化肥厂, 1991年|任岚沅市/ns|信用联社, 1992年底|任县/r|供销社 — 任县 is a county too.)
            || word.len() >= 6
                && (post_verb() || time_before())
                && (body_follows() || word.ends_with(crate::recognize::ADMIN_UNITS))
            || named_before_place()
            || word == "任组长" && after_name_or_title())
    {
        '任'
    } else if word.starts_with('于') && guessed() && verb_before() {
        '于'
    } else if word.starts_with('原')
        && guessed()
        && body_follows()
        && previous.is_none_or(|p| !p.ends_with(crate::recognize::is_han))
    {
        // 原 'former' opening a clause, glued to the brand of the body whose post follows
        // (原澄溪/x|机床厂厂长, read as a name): after a title it is a surname (厂长原晓峰).
        '原'
    } else {
        return None;
    };
    Some(verb.len_utf8())
}

/// Adverbs of time a verb of holding a post follows (此前任, 随后任, 2019年起任).
const TIMES_BEFORE_VERB: &[&str] = &[
    "此前", "之前", "随后", "后来", "此后", "同年", "次年", "起", "后", "先后", "目前",
    // (A date's last word: 1984年|任云梧/nrfg|县委常委, 2019年3月|任…: only a number stands
    // before them as words; or a year's part, 1992年|夏|任…, 年底|任.)
    "年", "月", "年底", "年初", "年末", "底", "初", "春", "夏", "秋", "冬",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_end_after_terminators_and_closers() {
        assert_eq!(
            split("他说:“好。”然后走了!再见"),
            vec!["他说:“好。”", "然后走了!", "再见"]
        );
        assert_eq!(split("第一段\n第二段"), vec!["第一段\n", "第二段"]);
    }

    #[test]
    fn sentences_tile_the_text() {
        let text = "一,二".repeat(2000) + "。尾";
        let ranges = sentences(&text);
        assert_eq!(ranges.first().unwrap().start, 0);
        assert_eq!(ranges.last().unwrap().end, text.len());
        for w in ranges.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
        assert!(ranges.iter().all(|r| r.len() <= MAX_SENTENCE));
    }

    #[test]
    fn a_long_run_without_any_break_is_cut_on_char_boundaries() {
        let text = "王".repeat(10_000);
        let ranges = sentences(&text);
        assert!(
            ranges
                .iter()
                .all(|r| text.is_char_boundary(r.start) && r.len() <= MAX_SENTENCE)
        );
    }

    /// The words of `text`, as text.
    fn cut(text: &str) -> Vec<&str> {
        let mut w = Vec::new();
        words(text, &mut w);
        w.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn the_verb_after_a_form_of_address_is_a_word() {
        let words = cut("邵立群同志任青禾能源集团有限公司总经理");
        assert!(words.contains(&"任"), "{words:?}");
    }

    #[test]
    fn a_verb_glued_to_a_two_character_name_is_cut_off() {
        assert!(cut("会议宣布，张伟任郑州市财政局局长").contains(&"任"));
        assert!(cut("会长张丽作报告").contains(&"作"));
    }

    #[test]
    fn a_verb_s_last_character_is_cut_off_a_guessed_name() {
        assert!(cut("曾任宏泰化工集团有限公司总经理").contains(&"任"));
        assert!(cut("他就职于宏泰化工集团有限公司").contains(&"于"));
    }

    #[test]
    fn a_guessed_word_of_a_name_and_the_verb_is_two() {
        let words = cut("邵立群任青禾能源集团有限公司总经理");
        assert!(words.contains(&"任") && !words.contains(&"群任"), "{words:?}");
        assert!(cut("钟海曾任洛阳市委副书记").contains(&"曾任"));
    }

    #[test]
    fn a_body_s_head_word_is_not_glued_to_the_preposition_after_it() {
        let words = cut("县卫生健康局在县人民医院召开干部大会");
        assert!(words.contains(&"局") && words.contains(&"在"), "{words:?}");
    }

    #[test]
    fn a_title_s_chang_is_not_glued_to_the_surname_after_it() {
        assert!(cut("县教育局局长沙建国说").contains(&"局长"));
        assert!(cut("副署长孙寿海表示").contains(&"副署长"));
        assert!(cut("党委书记、董事长沙靖代表该行捐赠").contains(&"董事长"));
        // 委 glued to a unit's name in a guessed word: 健康|委医政|科科长 → 委|医政….
        assert!(cut("市卫生健康委医政科科长桑晓婉出席").contains(&"委"));
        // 主任 cut across before a name of 何: 主|任何|明 → 主任|何.
        let words = cut("办公室主任何明说");
        assert!(words.contains(&"主任") && !words.contains(&"任何"), "{words:?}");
        assert!(cut("检修部主任何湘宁就此作了部署").contains(&"主任"));
        assert!(cut("民主任何时候都重要").contains(&"任何"));
        // The unit's character doubled: 转化|处处|长史 → 处|处长|史.
        let words = cut("市科技局成果转化处处长史小明说");
        assert!(words.contains(&"处长") && words.contains(&"处"), "{words:?}");
        let words = cut("县教育局人事股副股长史小明透露");
        assert!(words.contains(&"副股长") && words.contains(&"股"), "{words:?}");
        // So with 长 a word alone: 山林|场场|长 → 场|场长.
        let words = cut("国有白鹭山林场场长桂兰亭出席");
        assert!(words.contains(&"场长") && words.contains(&"场"), "{words:?}");
        // 处处 'everywhere' before a verb of 长 stays.
        assert!(cut("山上处处长满了野花").contains(&"处处"));
        // Not a unit's word before: the place stays whole.
        assert!(cut("新华社长沙一月十六日电").contains(&"长沙"));
    }

    /// A word [`may_be_split`] passes over is one no rule of [`words`] could split: every
    /// word of one to four of these characters, before texts that let each rule go on.
    #[test]
    fn the_quick_look_passes_over_no_word_a_rule_splits() {
        let chars = ['任', '于', '长', '作', '致', '兼', '在', '同', '曾', '局', '王', '副'];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == words.last().map_or(0, String::len))
                .flat_map(|w| chars.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for word in words.iter().filter(|w| !w.is_empty() && !may_be_split(w)) {
            assert!(!word.starts_with(['任', '于']), "{word}");
            assert!(
                !(word.len() == 9 && POST_VERBS.iter().any(|v| word.starts_with(v))),
                "{word}"
            );
            for rest in ["报告", "青山市财政局局长", "欢迎辞"] {
                assert!(glued_before_last(word, rest).is_none(), "{word} {rest}");
            }
            assert!(!(word.len() == 9 && word.ends_with('兼')), "{word}");
            assert!(!(word.len() == 6 && word.starts_with('长')), "{word}");
        }
    }

    #[test]
    fn the_table_of_second_characters_holds_exactly_theirs() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let mut b = [0; 3];
            c.encode_utf8(&mut b);
            assert_eq!(is_split_second(&b), SPLIT_SECONDS.contains(c), "{c}");
        }
        assert!(!is_split_second(b"abc"));
    }

    /// A batch's words of each sentence are the sentence's own, cut alone: where sentences
    /// meet inside a run of word characters (a long run cut at the limit), after \r before
    /// \n, between ASCII runs, and with sentences passed over.
    #[test]
    fn a_batch_cuts_each_sentence_as_alone() {
        let long = "青山市人民政府副市长王建国出席会议并讲话".repeat(60);
        let texts = [
            "青山市财政局局长王建国出席会议。他说：“好。”然后走了!再见\n第二段文字",
            "甲同志任青禾能源集团董事长;乙先生任总经理。\r\n丙任副总经理\r\n",
            "2019年3.5%;2020年4.1%!GDP增长7.2%?abc!def。",
            "——\n\n。。。！！青山\n\n  \n县长",
            long.as_str(),
            "",
        ];
        for text in texts {
            let sentences = sentences(text);
            for skip in [0, 2, 3] {
                let mut batch = Batch::default();
                for (k, r) in sentences.iter().enumerate() {
                    if skip > 0 && k % skip == 1 {
                        continue;
                    }
                    let (mut alone, mut batched) = (Vec::new(), Vec::new());
                    words(&text[r.clone()], &mut alone);
                    batch.words(text, &sentences, k, &mut batched);
                    assert_eq!(alone, batched, "{:?}", &text[r.clone()]);
                }
            }
        }
    }

    #[test]
    fn words_are_relative_to_the_sentence() {
        let mut w = Vec::new();
        words("青山大学副校长", &mut w);
        assert_eq!(w.first().map(|r| r.start), Some(0));
        assert_eq!(w.last().map(|r| r.end), Some("青山大学副校长".len()));
    }
}
