//! The typed word list every recogniser consults, compiled into one
//! Aho-Corasick automaton.
//!
//! # Entry format
//!
//! The word-list dictionaries (`titles.txt`, `org_suffixes.txt`, `orgs.txt`,
//! `places.txt`, `context.txt`) and user dictionaries share one line format:
//!
//! ```text
//! <entry> <type> [<attribute> ...]
//! 主任 title
//! 常务 modifier
//! 记者 byline
//! 管委会 org_suffix government standalone
//! 郑大 org school 郑州大学
//! 洛川晚报 org media
//! 郑州 place city
//! 赵文博 person
//! 表示 context right
//! ```
//!
//! Types: `title` (a core title), `modifier` (副, 常务 ...), `function` (a line of work
//! before a title: 营销 in 营销总监), `byline` (记者, 通讯员 —
//! titles that credit an author), `org_suffix <kind> [standalone|before_byline|place_named|sub_unit|before_own_title]` (the head
//! word of an organisation name; `standalone` when the bare word names one, like 管委会;
//! `before_byline` when it heads a name only right before a byline word, like 网 in
//! 环球网记者, or before a title as a word of its own or the end of a proper noun
//! (粮油|网|首席分析师) — elsewhere 网 ends ordinary words: 互联网, 电网;
//! `place_named` when the word right before it names its place whatever that word is,
//! like 办事处 in 梧桐办事处; `sub_unit` when it heads a name only right after the
//! organisation it belongs to, like 系 in 青山大学中文系 — elsewhere 体系, 关系;
//! `before_own_title` when it heads a name only right before the title of its own head,
//! like 站 in 植保站站长 — elsewhere 车站, 网站, and 所 is a particle),
//! `org [<kind>] [<full name>]` (a known organisation or an abbreviation of one),
//! `place [<level>]`, `person`, `context left|right|verb` (words that tell a name is near).
//! One entry may carry several types on separate lines; later lines add to earlier ones.
//!
//! # Overlaps
//!
//! Matching is leftmost-longest: of the entries starting at the leftmost
//! position, the longest wins, and matches never overlap. So `委员会` (org suffix)
//! beats `委员` (title), `主任委员` beats `主任`, and `党工委委员` reads as `党工委` +
//! `委员`. A title that shares its first character with an organisation's last
//! (`国防部长` = 国防部 + 部长) is resolved later by the role reader, not here.
//! A known organisation that starts inside a jieba word not ending with it (南大 in
//! 江南|大学) is dropped and matching starts again after its first character, so it
//! hides no head word ([`Lexicon::find_in_words`]).
//!
//! Organisation kinds (`org_suffix <kind>`, `org <kind>`): government, company, school,
//! research, media, association, group, team (clubs and 队), other.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind, dfa};

use super::parse::Line;
use crate::recognize::person::{FastSet, pair};
use crate::{Error, OrgKind};

/// Bit flags for what an entry is. An entry may be several things (首席 is a modifier; 记者 a byline title).
pub(crate) mod tag {
    /// A core title: 主任, 局长, 教授.
    pub(crate) const TITLE: u16 = 1;
    /// A title modifier: 副, 常务, 代理.
    pub(crate) const MODIFIER: u16 = 1 << 1;
    /// A byline title: 记者, 通讯员, 摄影.
    pub(crate) const BYLINE: u16 = 1 << 2;
    /// The head word of an organisation name: 局, 委员会, 有限公司.
    pub(crate) const ORG_SUFFIX: u16 = 1 << 3;
    /// A known organisation or abbreviation.
    pub(crate) const ORG: u16 = 1 << 4;
    /// A place name.
    pub(crate) const PLACE: u16 = 1 << 5;
    /// A known person.
    pub(crate) const PERSON: u16 = 1 << 6;
    /// A word that often stands right before a name (出席, 会见).
    pub(crate) const LEFT_CONTEXT: u16 = 1 << 7;
    /// A word that often stands right after a name (表示, 指出, 同志).
    pub(crate) const RIGHT_CONTEXT: u16 = 1 << 8;
    /// An appointment verb: 任, 担任, 出任, 当选, 任命.
    pub(crate) const APPOINT: u16 = 1 << 9;
    /// A line of work that qualifies a title (营销 in 营销总监) but may also
    /// stand inside an organisation's name (投资 in 青山城建投资控股集团).
    pub(crate) const FUNCTION: u16 = 1 << 10;
}

/// Administrative level of a place name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum PlaceLevel {
    Country,
    Province,
    City,
    District,
    #[default]
    Other,
}

impl PlaceLevel {
    fn from_name(s: &str) -> Option<PlaceLevel> {
        Some(match s {
            "country" => PlaceLevel::Country,
            "province" => PlaceLevel::Province,
            "city" => PlaceLevel::City,
            "district" => PlaceLevel::District,
            "other" => PlaceLevel::Other,
            _ => return None,
        })
    }
}

/// What the dictionaries say about one entry.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) tags: u16,
    /// For `org` and `org_suffix` entries.
    pub(crate) org_kind: OrgKind,
    /// An `org_suffix` that names an organisation on its own (管委会, 市委).
    pub(crate) standalone: bool,
    /// An `org_suffix` that heads a name only right before a byline word (环球网记者).
    pub(crate) before_byline: bool,
    /// An `org_suffix` named after its place by whatever word stands right before it
    /// (梧桐办事处, where 梧桐 is also a tree).
    pub(crate) place_named: bool,
    /// An `org_suffix` that heads a name only right after its parent organisation
    /// (青山大学|中文系; elsewhere 体系, 星系 are no organisations).
    pub(crate) sub_unit: bool,
    /// An `org_suffix` of one character that heads a name only right before its own head's
    /// title, the character and 长 (中介所|所长, 植保站|副站长; elsewhere 所 is a particle).
    pub(crate) before_own_title: bool,
    /// The full name of an abbreviation (郑大 → 郑州大学).
    pub(crate) full_name: Option<Box<str>>,
    pub(crate) place_level: PlaceLevel,
}

impl Entry {
    pub(crate) fn is(&self, tags: u16) -> bool {
        self.tags & tags != 0
    }
}

/// Typed entries gathered from the embedded dictionaries and the user's additions.
#[derive(Clone, Debug, Default)]
pub(crate) struct EntryTable {
    map: HashMap<Box<str>, Entry>,
}

impl EntryTable {
    /// Reads typed lines (`<entry> <type> [attrs]`) from a source.
    pub(crate) fn add_lines(&mut self, source: &str, lines: &[Line<'_>]) -> Result<(), Error> {
        for line in lines {
            self.add_line(line)
                .map_err(|m| Error::dictionary(source, line.number, m))?;
        }
        Ok(())
    }

    fn add_line(&mut self, line: &Line<'_>) -> Result<(), String> {
        let word = line.fields[0];
        let Some(&kind) = line.fields.get(1) else {
            return Err(format!("{word:?} has no type; expected one of {TYPES}"));
        };
        let attrs = &line.fields[2..];
        let too_many =
            |max: usize| (attrs.len() > max).then(|| format!("too many fields after {kind:?}: {:?}", &attrs[max..]));
        match kind {
            "title" | "modifier" | "function" | "byline" | "person" => {
                if let Some(e) = too_many(0) {
                    return Err(e);
                }
                let t = match kind {
                    "title" => tag::TITLE,
                    "modifier" => tag::MODIFIER,
                    "function" => tag::FUNCTION,
                    "byline" => tag::BYLINE | tag::TITLE,
                    _ => tag::PERSON,
                };
                self.add(word, t);
            }
            "org_suffix" => {
                let Some(k) = attrs.first() else {
                    return Err(format!("org_suffix {word:?} needs a kind: {KINDS}"));
                };
                let org_kind = OrgKind::from_name(k)
                    .ok_or_else(|| format!("unknown organisation kind {k:?}; expected {KINDS}"))?;
                let flag = attrs.get(1).copied();
                if let Some(other) = flag.filter(|f| !SUFFIX_FLAGS.contains(f)) {
                    let flags: Vec<String> = SUFFIX_FLAGS.iter().map(|f| format!("`{f}`")).collect();
                    return Err(format!("unexpected {other:?}; the flags are {}", flags.join(", ")));
                }
                if let Some(e) = too_many(2) {
                    return Err(e);
                }
                let e = self.add(word, tag::ORG_SUFFIX);
                e.org_kind = org_kind;
                e.standalone |= flag == Some("standalone");
                e.before_byline |= flag == Some("before_byline");
                e.place_named |= flag == Some("place_named");
                e.sub_unit |= flag == Some("sub_unit");
                e.before_own_title |= flag == Some("before_own_title");
            }
            "org" => {
                let mut org_kind = None;
                let mut full_name = None;
                for a in attrs {
                    match OrgKind::from_name(a) {
                        Some(k) if org_kind.is_none() && full_name.is_none() => org_kind = Some(k),
                        _ if full_name.is_none() => full_name = Some(*a),
                        _ => return Err(format!("unexpected {a:?}; expected `org [<kind>] [<full name>]`")),
                    }
                }
                let e = self.add(word, tag::ORG);
                if let Some(k) = org_kind {
                    e.org_kind = k;
                }
                if let Some(f) = full_name {
                    e.full_name = Some(f.into());
                }
            }
            "place" => {
                let level = match attrs.first() {
                    None => PlaceLevel::Other,
                    Some(l) => PlaceLevel::from_name(l).ok_or_else(|| {
                        format!("unknown place level {l:?}; expected country, province, city, district or other")
                    })?,
                };
                if let Some(e) = too_many(1) {
                    return Err(e);
                }
                self.add(word, tag::PLACE).place_level = level;
            }
            "context" => {
                let t = match attrs.first() {
                    Some(&"left") => tag::LEFT_CONTEXT,
                    Some(&"right") => tag::RIGHT_CONTEXT,
                    Some(&"verb") => tag::APPOINT,
                    _ => return Err(format!("context {word:?} needs a side: left, right or verb")),
                };
                if let Some(e) = too_many(1) {
                    return Err(e);
                }
                self.add(word, t);
            }
            other => return Err(format!("unknown type {other:?}; expected one of {TYPES}")),
        }
        Ok(())
    }

    /// Adds `tags` to `word`'s entry, creating it if needed.
    pub(crate) fn add(&mut self, word: &str, tags: u16) -> &mut Entry {
        let e = self.map.entry(word.into()).or_default();
        e.tags |= tags;
        e
    }

    /// Adds every entry of `other` to this table (types accumulate; attributes of `other` win).
    pub(crate) fn merge(&mut self, other: &EntryTable) {
        for (word, e) in &other.map {
            let mine = self.add(word, e.tags);
            if e.tags & (tag::ORG | tag::ORG_SUFFIX) != 0 {
                mine.org_kind = e.org_kind;
            }
            mine.standalone |= e.standalone;
            mine.before_byline |= e.before_byline;
            mine.place_named |= e.place_named;
            mine.sub_unit |= e.sub_unit;
            mine.before_own_title |= e.before_own_title;
            if e.full_name.is_some() {
                mine.full_name = e.full_name.clone();
            }
            if e.tags & tag::PLACE != 0 {
                mine.place_level = e.place_level;
            }
        }
    }

    #[cfg(test)]
    pub(crate) fn get(&self, word: &str) -> Option<&Entry> {
        self.map.get(word)
    }
}

const TYPES: &str = "title, modifier, function, byline, org_suffix, org, place, person, context";
const KINDS: &str = "government, company, school, research, media, association, group, team, other";

/// The flags an `org_suffix` line may end with.
const SUFFIX_FLAGS: &[&str] = &[
    "standalone",
    "before_byline",
    "place_named",
    "sub_unit",
    "before_own_title",
];

/// A lexicon match: a byte range of the searched text and its entry.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit<'l> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entry: &'l Entry,
}

/// The compiled automaton of the lexicon's words, searched with [`Machine::longest_from`].
#[derive(Clone, Debug)]
enum Machine {
    Dfa(dfa::DFA),
    Nfa(contiguous::NFA),
}

impl Machine {
    /// The leftmost-longest match in `hay` starting at or after byte `from` (a character
    /// boundary of UTF-8 text): its start, its
    /// end and its word's index. The search of `AhoCorasick::find_iter` with no prefilter
    /// (they find the same matches), run straight on the automaton: the general searcher's
    /// set-up for each match cost more than the search itself for most sentences' words.
    /// `first_steps`: see [`Lexicon::first_steps`].
    // (Inlined with the walk below into the search's loop: left to the compiler, the walk
    // was sometimes compiled apart, at a tenth more instructions a byte.)
    #[inline(always)]
    fn longest_from(
        &self,
        first_steps: &[StateID; 0x1_0000],
        hay: &[u8],
        from: usize,
    ) -> Option<(usize, usize, usize)> {
        match self {
            Machine::Dfa(a) => longest_from(a, first_steps, hay, from),
            Machine::Nfa(a) => longest_from(a, first_steps, hay, from),
        }
    }

    /// [`Lexicon::first_steps`] of this automaton.
    fn first_steps(&self) -> Box<[StateID; 0x1_0000]> {
        match self {
            Machine::Dfa(a) => first_steps(a),
            Machine::Nfa(a) => first_steps(a),
        }
    }
}

/// See [`Machine::longest_from`]. The automaton's match kind is leftmost-longest: a match
/// state is remembered and the walk goes on until the automaton dies, taking the last one.
///
/// A character of three bytes (all of Chinese text) is read whole: from the start state
/// (where most characters are read: no word begun) by one load from `first_steps`, else by
/// its three bytes, and the state is looked at once, after its last byte. A match ends only
/// at the end of a character (the words are whole characters), and a dead automaton stays
/// dead, so nothing is missed inside it. Other bytes are read one by one.
#[inline(always)]
fn longest_from<A: Automaton>(
    aut: &A,
    first_steps: &[StateID; 0x1_0000],
    hay: &[u8],
    from: usize,
) -> Option<(usize, usize, usize)> {
    let start = aut.start_state(Anchored::No).ok()?;
    let mut sid = start;
    let mut found = None;
    // The bytes not read yet, a slice that shrinks from the front (`hay[at..]`, `at` being
    // `hay.len() - rest.len()`): one test of its length a character, where offsets into
    // `hay` were tested against its length, and three on for overflow, at every step.
    let mut rest = hay.get(from..)?;
    loop {
        (sid, rest) = match *rest {
            [x, y, z, ref after @ ..] if x & 0xF0 == 0xE0 => {
                let next = if sid == start {
                    first_steps[usize::from(x & 0x0F) << 12 | usize::from(y & 0x3F) << 6 | usize::from(z & 0x3F)]
                } else {
                    let s = aut.next_state(Anchored::No, sid, x);
                    let s = aut.next_state(Anchored::No, s, y);
                    aut.next_state(Anchored::No, s, z)
                };
                (next, after)
            }
            [x, ref after @ ..] => (aut.next_state(Anchored::No, sid, x), after),
            [] => break,
        };
        if aut.is_special(sid) {
            if aut.is_dead(sid) {
                break;
            }
            if aut.is_match(sid) {
                let at = hay.len() - rest.len();
                let word = aut.match_pattern(sid, 0);
                found = Some((at - aut.pattern_len(word), at, word.as_usize()));
            }
        }
    }
    found
}

/// See [`Lexicon::first_steps`].
fn first_steps<A: Automaton>(aut: &A) -> Box<[StateID; 0x1_0000]> {
    // (An automaton with no unanchored start state is never searched: `longest_from`
    // returns at once.)
    let start = aut.start_state(Anchored::No).unwrap_or(StateID::ZERO);
    let states: Box<[StateID]> = (0..0x1_0000u32)
        .map(|code| {
            // The three bytes of UTF-8 of the code (of an ideograph, for most codes).
            let bytes = [
                0xE0 | (code >> 12) as u8,
                0x80 | (code >> 6 & 0x3F) as u8,
                0x80 | (code & 0x3F) as u8,
            ];
            bytes.iter().fold(start, |s, &b| aut.next_state(Anchored::No, s, b))
        })
        .collect();
    states.try_into().expect("a state for every code")
}

/// The compiled, immutable lexicon.
#[derive(Clone, Debug)]
pub(crate) struct Lexicon {
    automaton: Machine,
    /// The state the automaton is in after reading from its start state a character of
    /// three bytes in UTF-8 (all of Chinese text), by the character's code: one load instead of
    /// three steps, where the search reads most characters (no word begun). (256 KiB: the
    /// search of every sentence's text cost a tenth less.)
    first_steps: Box<[StateID; 0x1_0000]>,
    entries: Vec<Entry>,
    /// The first two characters of every entry of two characters or more, as a
    /// [`pair`]: a place's last character and the one after it start a title only if
    /// they are here (see [`Lexicon::title_sharing_last_char`]).
    openings: FastSet<u64>,
}

/// The most words compiled into a DFA; larger lexicons use a contiguous NFA.
const DFA_MAX_WORDS: usize = 20_000;

impl Lexicon {
    pub(crate) fn build(table: EntryTable) -> Result<Lexicon, Error> {
        let mut words: Vec<(Box<str>, Entry)> = table.map.into_iter().collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        // A DFA: the lexicon is small (a few thousand words, a few MiB as a DFA) and
        // scanned over every byte of every document, where a DFA runs about twice as
        // fast as the default automaton. A large user dictionary would make the DFA
        // slow to build and large (100k entries: 3.3 s), so past DFA_MAX_WORDS the
        // contiguous NFA is used instead (100k entries: 0.2 s).
        // (No prefilter: the search does not use one.)
        let patterns = words.iter().map(|(w, _)| w.as_bytes());
        let automaton = if words.len() <= DFA_MAX_WORDS {
            let dfa = dfa::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .prefilter(false)
                .build(patterns);
            Machine::Dfa(dfa.map_err(Error::build)?)
        } else {
            let nfa = contiguous::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .prefilter(false)
                .build(patterns);
            Machine::Nfa(nfa.map_err(Error::build)?)
        };
        let first_steps = automaton.first_steps();
        let openings = words
            .iter()
            .filter_map(|(w, _)| {
                let mut chars = w.chars();
                Some(pair(chars.next()?, chars.next()?))
            })
            .collect();
        let entries = words.into_iter().map(|(_, e)| e).collect();
        Ok(Lexicon {
            automaton,
            first_steps,
            entries,
            openings,
        })
    }

    /// Is `word` a title of the lexicon, whole?
    fn is_title_word(&self, word: &str) -> bool {
        self.find_iter(word)
            .next()
            .is_some_and(|h| h.start == 0 && h.end == word.len() && h.entry.is(tag::TITLE))
    }

    /// Leftmost-longest, non-overlapping matches in `text`, in order.
    pub(crate) fn find_iter<'l, 'h>(&'l self, text: &'h str) -> impl Iterator<Item = Hit<'l>> + 'h
    where
        'l: 'h,
    {
        // (Words are never empty: each search starts where the match before ended.)
        let mut from = 0;
        std::iter::from_fn(move || {
            let (start, end, word) = self.automaton.longest_from(&self.first_steps, text.as_bytes(), from)?;
            from = end;
            Some(Hit {
                start,
                end,
                entry: &self.entries[word],
            })
        })
    }

    /// Where the last character of the place hit `h` starts, if a title starts there and
    /// ends where a jieba-rs word does (深圳|市长, 重庆市|长|刘: 市长) or inside a word it
    /// only guessed (湖北省|长冯) — not in a dictionary word going on past it (南京市|长江).
    fn title_sharing_last_char(&self, text: &str, words: &[Range<usize>], h: &Hit<'_>) -> Option<usize> {
        if !h.entry.is(tag::PLACE) {
            return None;
        }
        let (last, unit) = text[h.start..h.end].char_indices().next_back()?;
        let last = h.start + last;
        // The title must go on past the place (`title.end > h.end - last` below): no entry
        // opening with the unit and the character after the place, no title. (Most places
        // are followed by no title: this spares them the search.)
        let next = text[h.end..].chars().next()?;
        if !self.openings.contains(&pair(unit, next)) {
            return None;
        }
        // A window of eight characters: titles are short, and a scan to the sentence end
        // for every place would be quadratic.
        let window = text[last..].char_indices().nth(8).map_or(text.len(), |(k, _)| last + k);
        let title = self.find_iter(&text[last..window]).next()?;
        let end = last + title.end;
        let ends_word = words
            .get(words.partition_point(|w| w.end < end))
            .is_none_or(|w| w.end == end || !crate::segment::JIEBA.has_word(&text[w.clone()]));
        (last > h.start && title.start == 0 && title.end > h.end - last && title.entry.is(tag::TITLE) && ends_word)
            .then_some(last)
    }

    /// Where a head word starts inside the title hit `h` and ends past it, at the end of a
    /// jieba-rs word (学部委员|会: 委员会), if one does.
    fn head_across_end(&self, text: &str, words: &[Range<usize>], h: &Hit<'_>) -> Option<usize> {
        let second = h.start + text[h.start..].chars().next()?.len_utf8();
        // Head words are short: a window of six characters past the title does.
        let window = text[h.end..]
            .char_indices()
            .nth(6)
            .map_or(text.len(), |(k, _)| h.end + k);
        self.find_iter(&text[second..window])
            .map(|m| (second + m.start, second + m.end, m.entry))
            .take_while(|&(start, _, _)| start < h.end)
            .find(|&(_, end, entry)| {
                end > h.end
                    && entry.is(tag::ORG_SUFFIX)
                    && words
                        .get(words.partition_point(|w| w.end < end))
                        .is_some_and(|w| w.end == end)
            })
            .map(|(start, _, _)| start)
    }

    /// The matches of [`find_iter`](Lexicon::find_iter) in a sentence segmented into
    /// `words` (sorted byte ranges), appended to `out` — except that a known organisation
    /// starting inside a word, which no reading takes (南大 in 江南|大学), does not hide
    /// what follows: matching starts again right after its start.
    pub(crate) fn find_in_words<'l>(&'l self, text: &str, words: &[Range<usize>], out: &mut Vec<Hit<'l>>) {
        let mut from = 0;
        // The first word that ends after the hit's start. The hits come in the order of
        // their starts (a search started again starts past the start of the hit it left),
        // so it only moves on: no binary search a hit.
        let mut k = 0;
        'search: while from < text.len() {
            for mut h in self.find_iter(&text[from..]) {
                h.start += from;
                h.end += from;
                while words.get(k).is_some_and(|w| w.end <= h.start) {
                    k += 1;
                }
                // Inside a word that does not end with it (中国证监会 does: a longer name).
                // A title across two words, cut at both ends, where the second word is a
                // title itself (一中|校长 holds no 中校; 副署|长孙 keeps 署长).
                let cut_title = h.entry.is(tag::TITLE)
                    && words.get(k).is_some_and(|w| w.start < h.start && w.end < h.end)
                    && words
                        .get(k + 1)
                        .is_some_and(|w| h.end < w.end && self.is_title_word(&text[w.clone()]));
                let misaligned = cut_title
                    || h.entry.tags == tag::ORG && words.get(k).is_some_and(|w| w.start < h.start && w.end != h.end);
                // A title whose last characters start a head word going on past it
                // (学部|委员会: jieba-rs reads 学部委员|会) is no title there.
                if h.entry.tags == tag::TITLE
                    && let Some(head) = self.head_across_end(text, words, &h)
                {
                    from = head;
                    continue 'search;
                }
                if misaligned {
                    // Again from the next word if it starts inside the hit, else from the
                    // hit's second character (北大 inside the one word 东北大学).
                    let second = h.start + text[h.start..].chars().next().map_or(1, char::len_utf8);
                    from = words.get(k + 1).filter(|w| w.start < h.end).map_or(second, |w| w.start);
                    continue 'search;
                }
                // A place whose unit starts a title (深圳市|长, 湖南省长: the 市长 of 深圳市)
                // keeps its name and gives the unit to the title.
                if let Some(unit) = self.title_sharing_last_char(text, words, &h) {
                    out.push(Hit { end: unit, ..h });
                    from = unit;
                    continue 'search;
                }
                // A place whose unit starts the next word, the rest of its name a word jieba-rs
                // does not tag a place (开封/v|市委 under 开封市): the place is that word.
                if let Some(end) = unit_starts_next_word(text, &words[k..], &h) {
                    out.push(Hit { end, ..h });
                    from = end;
                    continue 'search;
                }
                // A unit of one character heads a name only before its head's title.
                if h.entry.before_own_title && !before_own_title(text, h.start, h.end) {
                    continue;
                }
                out.push(h);
            }
            break;
        }
    }
}

/// Where place hit `h` ends when its last character, a unit, starts a word that goes on past
/// it and the rest of the place is one word jieba-rs tags no place (开封/v|市委: 开封): that
/// word's end. (A word tagged a place, 贵州/ns|省委, is read as one already.) `words` start
/// with the first word that ends after the hit's start.
fn unit_starts_next_word(text: &str, words: &[Range<usize>], h: &Hit<'_>) -> Option<usize> {
    if !h.entry.is(tag::PLACE) {
        return None;
    }
    let [name, next, ..] = words else { return None };
    let unit = text[h.start..h.end].chars().next_back()?;
    (name.start == h.start
        && name.end == next.start
        && next.start + unit.len_utf8() == h.end
        && next.end > h.end
        && crate::recognize::ADMIN_UNITS.contains(&unit)
        && !crate::segment::with_word_class(&text[name.clone()], |c| c == "ns"))
    .then_some(name.end)
}

/// Does the title of the head of the unit at `start..end` of `text` follow it — the unit's
/// character and 长, after 副 or 常务副 (中介所|所长, 植保站|副站长, 人事股|股长), right after
/// it or after the comma that closes the scene a clause opens with (在…救援站，|站长)? Or the
/// label of the list of its members (专家组|成员：).
pub(crate) fn before_own_title(text: &str, start: usize, end: usize) -> bool {
    let rest = &text[end..];
    // Or a unit a body sets up under it, listed after 下设 (指挥部下设工程技术组、综合协调组).
    if set_up_under(&text[..start]) {
        return true;
    }
    // Or the label of the list of its members (专家组成员：甲（组长）、乙).
    if rest.strip_prefix("成员").is_some_and(|r| r.starts_with(':')) {
        return true;
    }
    // Or, the unit being the scene the clause opens with, after a comma (在解放路消防救援站，
    // 站长甲…). (The comma first: the clause is looked for only after one.)
    let opens_scene = || {
        text[..start]
            .rsplit(['，', ',', '。', ';', '；', '\n'])
            .next()
            .is_some_and(|clause| clause.starts_with('在'))
    };
    let rest = match rest.strip_prefix([',', '，']) {
        Some(r) if opens_scene() => r,
        _ => rest,
    };
    let rest = rest.strip_prefix("常务").unwrap_or(rest);
    let rest = rest.strip_prefix('副').unwrap_or(rest);
    let unit = &text[start..end];
    match OWN_TITLES.iter().find(|(u, _)| *u == unit) {
        Some((_, titles)) => titles.iter().any(|t| rest.starts_with(t)),
        None => rest.strip_prefix(unit).is_some_and(|r| r.starts_with('长')),
    }
}

/// Does `before` (the text up to a unit) end in a list of the units a body sets up under it,
/// in the clause that 下设 opens (领导小组下设综合组、|督查组)?
fn set_up_under(before: &str) -> bool {
    // (One walk back over the list, no longer than a list is: it runs before many units'
    // heads, and a search for 下设 over the clause cost more than the whole rule.)
    let mut chars = before.chars().rev().take(MAX_SET_UP_UNITS + 2).peekable();
    while let Some(c) = chars.next() {
        if c == '设' && chars.peek() == Some(&'下') {
            return true;
        }
        if !(c == '、' || c == '和' || crate::recognize::is_han(c)) {
            return false;
        }
    }
    false
}

/// Does `before` end in a list of units after 下设 with one read already, the unit after it
/// listed by 、 or 和 (下设综合组和|督导组)? A unit alone after 下设 (下设办公室) is the body's
/// own office, no unit named.
pub(crate) fn later_unit_set_up(before: &str) -> bool {
    before.ends_with(['、', '和']) && set_up_under(before)
}

/// Most characters of the units listed after 下设 before the one read.
const MAX_SET_UP_UNITS: usize = 40;

/// The units whose head's title is not the unit's own character and 长 (站|站长): a
/// fellow-townsmen's hall is headed by a 会长 (临江会馆|会长), as 会 would be; a temple by its
/// abbot, steward or imam (南屏寺|住持, 玉皇观|监院).
const OWN_TITLES: &[(&str, &[&str])] = &[("会馆", &["会长"]), ("寺", TEMPLE_HEADS), ("观", TEMPLE_HEADS)];

/// The titles a temple's head holds.
const TEMPLE_HEADS: &[&str] = &["住持", "方丈", "监院", "教长"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::parse::lines;

    fn table(text: &str) -> Result<EntryTable, Error> {
        let mut t = EntryTable::default();
        t.add_lines("test", &lines("test", text)?)?;
        Ok(t)
    }

    #[test]
    fn leftmost_longest_prefers_the_org_word_over_the_title_inside_it() {
        let lex = Lexicon::build(table("委员 title\n委员会 org_suffix group\n主任 title\n主任委员 title\n").unwrap())
            .unwrap();
        let found: Vec<_> = lex.find_iter("委员会主任委员").map(|h| (h.start, h.end)).collect();
        assert_eq!(found, vec![(0, 9), (9, 21)]);
    }

    /// The search, which reads a character of three bytes at once, finds what aho-corasick's
    /// own leftmost-longest search finds, in text of characters of every length.
    #[test]
    fn the_search_finds_what_aho_corasick_finds() {
        let words = [
            "委员",
            "委员会",
            "主任",
            "主任委员",
            "局",
            "CEO",
            "é局",
            "局é",
            "𠀋局",
            "局𠀋",
            "·",
            "长",
            "长江",
        ];
        let entries: String = words.iter().map(|w| format!("{w} title\n")).collect();
        let lex = Lexicon::build(table(&entries).unwrap()).unwrap();
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .unwrap();
        let nfa = Machine::Nfa(
            contiguous::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(words)
                .unwrap(),
        );
        let nfa_steps = nfa.first_steps();
        for text in [
            "委员会主任委员",
            "CEO局长江é局局é𠀋局局𠀋·长",
            "a委员·会主任，局é委员会CE𠀋局",
            "主任委员会长江长江委员",
            "",
            "é",
        ] {
            let found: Vec<_> = lex.find_iter(text).map(|h| (h.start, h.end)).collect();
            let expected: Vec<_> = ac.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(found, expected, "{text}");
            // The same walk on the automaton of a large lexicon.
            let mut on_nfa = Vec::new();
            let mut from = 0;
            while let Some((start, end, _)) = nfa.longest_from(&nfa_steps, text.as_bytes(), from) {
                on_nfa.push((start, end));
                from = end;
            }
            assert_eq!(on_nfa, expected, "{text}");
        }
    }

    #[test]
    fn types_accumulate_across_lines() {
        let t = table("首席 modifier\n首席 title\n").unwrap();
        assert!(t.get("首席").unwrap().is(tag::MODIFIER));
        assert!(t.get("首席").unwrap().is(tag::TITLE));
    }

    #[test]
    fn bad_lines_name_the_problem() {
        for (text, msg) in [
            ("郑大\n", "has no type"),
            ("郑大 nonsense\n", "unknown type"),
            ("局 org_suffix\n", "needs a kind"),
            ("局 org_suffix ministry\n", "unknown organisation kind"),
            ("郑州 place metropolis\n", "unknown place level"),
            ("主任 title extra\n", "too many fields"),
        ] {
            let err = table(text).unwrap_err().to_string();
            assert!(err.contains(msg) && err.starts_with("test:1:"), "{err}");
        }
    }

    #[test]
    fn org_suffix_flags_are_read() {
        let t = table("网 org_suffix media before_byline\n管委会 org_suffix government standalone\n").unwrap();
        let (web, committee) = (t.get("网").unwrap(), t.get("管委会").unwrap());
        assert!(web.before_byline && !web.standalone);
        assert!(committee.standalone && !committee.before_byline);
        let t = table("办事处 org_suffix government place_named\n").unwrap();
        let office = t.get("办事处").unwrap();
        assert!(office.place_named && !office.standalone && !office.before_byline);
        let t = table("系 org_suffix school sub_unit\n").unwrap();
        assert!(t.get("系").unwrap().sub_unit && !t.get("系").unwrap().standalone);
        let t = table("站 org_suffix other before_own_title\n").unwrap();
        assert!(t.get("站").unwrap().before_own_title && !t.get("站").unwrap().sub_unit);
        let err = table("网 org_suffix media sometimes\n").unwrap_err().to_string();
        assert!(
            err.contains("`before_byline`") && err.contains("`before_own_title`"),
            "{err}"
        );
    }

    #[test]
    fn a_unit_of_one_character_is_found_only_before_its_head_s_title() {
        let lex = Lexicon::build(table("站 org_suffix other before_own_title\n站长 title\n").unwrap()).unwrap();
        let found = |text: &str| -> Vec<String> {
            let mut out = Vec::new();
            lex.find_in_words(text, &[], &mut out);
            out.iter().map(|h| text[h.start..h.end].to_string()).collect()
        };
        assert_eq!(found("植保站副站长"), ["站", "站长"]);
        assert_eq!(found("火车站"), Vec::<String>::new());
    }

    #[test]
    fn abbreviations_keep_their_full_name() {
        let t = table("郑大 org school 郑州大学\n").unwrap();
        let e = t.get("郑大").unwrap();
        assert_eq!(
            (e.org_kind, e.full_name.as_deref()),
            (OrgKind::School, Some("郑州大学"))
        );
    }
}
