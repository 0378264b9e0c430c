//! Recognition: person names, titles and organisations in one sentence of the view.
//!
//! Each recogniser reads a [`Sentence`] — its text, jieba-rs word boundaries and
//! lexicon hits — and writes mentions as byte ranges relative to the sentence.
//! They run in a fixed order because each uses what the earlier ones found:
//! persons first (a name stops an organisation from extending over it),
//! then organisations, then titles (a bare department word before a title
//! joins the title only when it is not part of an organisation).

pub(crate) mod org;
pub(crate) mod person;
pub(crate) mod role;
pub(crate) mod state;

use std::ops::Range;

use crate::charset::{CharSet, Trimmed, starts_with_one_of};
use crate::dictionary::Hit;

/// Characters other readers look for, noted by the one scan of every character of a
/// sentence (the person candidates', see [`person::PersonModel::find`]): a reader whose
/// words cannot stand in the sentence skips it without reading it again.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cues {
    /// A character of a word that marks where a club stands (see [`org::team`]'s
    /// `CUE_CHARS`).
    pub(crate) club: bool,
    /// The last character of a kin word of address (妈 of 赵大妈: see
    /// `person::familiar`'s `KIN_CUE_CHARS`).
    pub(crate) kin: bool,
    /// 《, which opens a book title (see [`Sentence::book_titles`]).
    pub(crate) book_title: bool,
    /// `(` (the view writes every （ so), which opens a bracketed stock code after a
    /// company's short name (see `org::brand`'s `stock_code_at`).
    pub(crate) open: bool,
    /// 告, of the 公告 a report on a filing opens with (see `org::alias`'s
    /// `announcement_subject_end`).
    pub(crate) notice: bool,
}

impl Cues {
    /// Is `c` a character one of the readers looks for?
    pub(crate) fn is_cue(c: char) -> bool {
        c == '《' || c == '告' || org::CLUB_CUE_CHARS.contains(c) || person::KIN_CUE_CHARS.contains(c)
    }

    /// The cues of `text`, as the scan of its characters notes them.
    #[cfg(test)]
    pub(crate) fn of(text: &str) -> Cues {
        let mut cues = Cues::default();
        for c in text.chars().filter(|&c| Cues::is_cue(c)) {
            cues.note(c);
        }
        cues.open = text.contains('(');
        cues
    }

    /// Notes `c`, a character of [`Cues::is_cue`] (of [`person`]'s class `CUE`).
    // (By a bit of a table each: `str::contains` ran a substring search for the character,
    // a thousand times a pass.)
    pub(crate) fn note(&mut self, c: char) {
        if c == '《' {
            self.book_title = true;
        }
        if c == '告' {
            self.notice = true;
        }
        if CLUB_CUES.contains(c) {
            self.club = true;
        }
        if KIN_CUES.contains(c) {
            self.kin = true;
        }
    }
}

/// The characters of [`org`]'s club cues and of [`person`]'s kin cues.
static CLUB_CUES: CharSet = CharSet::of(org::CLUB_CUE_CHARS);
static KIN_CUES: CharSet = CharSet::of(person::KIN_CUE_CHARS);

/// One sentence of the normalised view and what segmentation and the lexicon found in it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence<'a> {
    /// The sentence text (a slice of the view).
    pub(crate) text: &'a str,
    /// jieba-rs words, as byte ranges relative to `text`, tiling it.
    pub(crate) words: &'a [Range<usize>],
    /// Leftmost-longest lexicon hits, relative to `text`, in order.
    pub(crate) hits: &'a [Hit<'a>],
}

impl<'a> Sentence<'a> {
    /// The contents of the closed book-title brackets 《…》 of the sentence: the titles of
    /// works and documents, whose words name the work (《梁山伯与祝英台》), not persons
    /// or organisations of the text.
    pub(crate) fn book_titles(&self) -> Vec<Range<usize>> {
        let text = self.text;
        let mut out = Vec::new();
        // Each 》 closes the last 《 before it, if one is open (a 》 with none is passed
        // over). Found by `find`, which searches for a byte at a time with no decoding.
        let mut from = 0;
        while let Some(open) = text[from..].find('《').map(|k| from + k)
            && let Some(close) = text[open..].find('》').map(|k| open + k)
        {
            let last = text[open..close].rfind('《').map_or(open, |k| open + k);
            out.push(last + '《'.len_utf8()..close);
            from = close + '》'.len_utf8();
        }
        out
    }

    /// The jieba-rs word starting at byte `at`, if one does.
    pub(crate) fn word_starting_at(&self, at: usize) -> Option<Range<usize>> {
        let w = self.words.get(self.words.partition_point(|w| w.start < at))?;
        (w.start == at).then(|| w.clone())
    }

    /// The word starting at byte `at` when it is a verb of jieba-rs's dictionary of two
    /// characters or more (宣布, 逝世): what a name never ends with or runs into.
    pub(crate) fn dictionary_verb_at(&self, at: usize) -> Option<Range<usize>> {
        self.word_starting_at(at).filter(|w| {
            let word = &self.text[w.clone()];
            word.chars().nth(1).is_some()
                && crate::segment::JIEBA.has_word(word)
                && crate::segment::with_word_class(word, |c| c == "v")
        })
    }

    /// Does a title held by a named person start at byte `at`: a run of title words
    /// (组长, 副总经理, 首席法律顾问) with one of `persons` right after it, or after spaces
    /// (主席 林秋雁)? Returns the end of the title run.
    pub(crate) fn held_title_at(&self, at: usize, persons: &[Range<usize>]) -> Option<usize> {
        self.held_title_run(at, persons, true)
    }

    /// [`Sentence::held_title_at`], the chain of posts read with a unit's post after 、
    /// (副总经理、权益投资部总监甲) or not.
    pub(crate) fn held_title_run(&self, at: usize, persons: &[Range<usize>], units: bool) -> Option<usize> {
        let mut end = self.title_run_end(at);
        // The name may follow a chain of posts, each of its own titles (纪委书记、监察专员甲).
        // So may it follow a unit's post (副总经理、权益投资部总监甲).
        while end > at
            && let Some(next) = self.text[end..]
                .strip_prefix('、')
                .map(|rest| self.text.len() - rest.len())
            && let Some(title) = if self.title_starts_at(next) {
                Some(next)
            } else if units {
                self.unit_title_at(next)
            } else {
                None
            }
        {
            end = self.title_run_end(title);
        }
        let held = end > at
            && persons
                .iter()
                .any(|p| p.start == end || (p.start > end && self.text[end..p.start].trimmed().is_empty()));
        held.then_some(end)
    }

    /// The end of the run of title words starting at byte `at` (组长, 副总经理, 首席法律顾问;
    /// posts joined by 兼, 创始人兼董事长); `at` when none starts there.
    pub(crate) fn title_run_end(&self, at: usize) -> usize {
        use crate::dictionary::tag;
        let mut end = at;
        while let Some(h) = self
            .hit_starting_at(end)
            .filter(|h| h.entry.is(tag::TITLE | tag::MODIFIER | tag::FUNCTION))
        {
            end = h.end;
            // Posts joined by 兼 are held by the name after the last (创始人兼董事长甲), also a
            // post in the body's own office (副指挥长兼办公室主任甲).
            if let Some(rest) = self.text[end..].strip_prefix('兼') {
                let at = end + '兼'.len_utf8();
                let office = role::OFFICES
                    .iter()
                    .find(|o| rest.starts_with(*o))
                    .map_or(0, |o| o.len());
                if self.title_starts_at(at + office) {
                    end = at + office;
                } else if let Some(title) = self.unit_title_at(at) {
                    // 首席经济学家兼研究所所长甲: a unit's post after 兼.
                    end = title;
                }
            }
        }
        end
    }

    /// Where the title after a unit's short name starting at byte `at` starts (研究所|所长,
    /// 权益投资部|总监): a head word of an organisation within the next few ideographs,
    /// with a title right after it. Not a body of a place or a known one (市公安局|局长,
    /// 县总工会|主席): that is another body's post.
    pub(crate) fn unit_title_at(&self, at: usize) -> Option<usize> {
        use crate::dictionary::tag;
        /// The longest unit name read (in bytes: six ideographs).
        const MOST: usize = 18;
        if starts_with_one_of(&self.text[at..], &ADMIN_UNITS)
            || self
                .hit_starting_at(at)
                .is_some_and(|h| h.entry.is(tag::PLACE | tag::ORG))
        {
            return None;
        }
        let i = self.hits.partition_point(|h| h.start < at);
        self.hits[i..]
            .iter()
            .take_while(|h| h.start <= at + MOST)
            .find(|h| h.entry.is(tag::ORG_SUFFIX))
            .filter(|h| h.end <= at + MOST && self.text[at..h.end].chars().all(is_han) && self.title_starts_at(h.end))
            .map(|h| h.end)
    }

    /// Does a title start at byte `at`, after its modifiers if any (组长, 副组长, 副总编)
    /// — not a modifier alone (第一线)?
    pub(crate) fn title_starts_at(&self, at: usize) -> bool {
        self.title_end(at).is_some()
    }

    /// Where the title starting at byte `at` ends, after its modifiers if any (副|组长, 独立|
    /// 董事); `None` when none starts there.
    pub(crate) fn title_end(&self, mut at: usize) -> Option<usize> {
        while let Some(h) = self.hit_starting_at(at) {
            if h.entry.is(crate::dictionary::tag::TITLE) {
                return Some(h.end);
            }
            // (A modifier or a line of work before it: 副|局长, 行政|总厨, 财务|总监.)
            if !h
                .entry
                .is(crate::dictionary::tag::MODIFIER | crate::dictionary::tag::FUNCTION)
            {
                break;
            }
            at = h.end;
        }
        None
    }

    /// Does byte `at` fall inside a word of jieba-rs's dictionary (董事|会, 致|电)? What
    /// ends there is cut from another word; a word jieba-rs only guessed may be cut.
    pub(crate) fn cuts_dictionary_word(&self, at: usize) -> bool {
        self.word_at(at).is_some_and(|k| {
            let w = &self.words[k];
            w.start < at && crate::segment::JIEBA.has_word(&self.text[w.clone()])
        })
    }

    /// The index of the word containing byte `pos`.
    pub(crate) fn word_at(&self, pos: usize) -> Option<usize> {
        let i = self.words.partition_point(|w| w.end <= pos);
        (i < self.words.len() && self.words[i].start <= pos).then_some(i)
    }

    /// The lexicon hit exactly covering `range`, if any.
    pub(crate) fn hit_at(&self, range: Range<usize>) -> Option<&Hit<'a>> {
        let i = self.hits.partition_point(|h| h.start < range.start);
        self.hits
            .get(i)
            .filter(|h| h.start == range.start && h.end == range.end)
    }

    /// The lexicon hit starting at `start`, if any.
    pub(crate) fn hit_starting_at(&self, start: usize) -> Option<&Hit<'a>> {
        let i = self.hits.partition_point(|h| h.start < start);
        self.hits.get(i).filter(|h| h.start == start)
    }

    /// The lexicon hit ending at `end`, if any.
    pub(crate) fn hit_ending_at(&self, end: usize) -> Option<&Hit<'a>> {
        let i = self.hits.partition_point(|h| h.end < end);
        self.hits.get(i).filter(|h| h.end == end)
    }

    /// The character right before byte `pos`.
    pub(crate) fn char_before(&self, pos: usize) -> Option<char> {
        self.text.get(..pos)?.chars().next_back()
    }

    /// The character starting at byte `pos`.
    pub(crate) fn char_at(&self, pos: usize) -> Option<char> {
        self.text.get(pos..)?.chars().next()
    }
}

/// `text` less a note on the person it ends with, as notices write one after a name
/// (任命甲（女）为…, 乙（女，满族）): a bracket of a few characters naming a sex, a people or
/// an age. The view writes brackets half-width.
pub(crate) fn strip_personal_note(text: &str) -> &str {
    let Some(inner) = text.strip_suffix(')') else {
        return text;
    };
    let Some(open) = inner.rfind('(') else {
        return text;
    };
    let note = &inner[open + 1..];
    if (1..=8).contains(&note.chars().count()) && note.contains(['女', '男', '族', '岁']) {
        &text[..open]
    } else {
        text
    }
}

/// The length in bytes of a note on the person that `text` opens with ((女), (女,畲族)):
/// the note [`strip_personal_note`] takes off a name's end.
pub(crate) fn personal_note_len(text: &str) -> Option<usize> {
    let close = text.strip_prefix('(')?.find(')')? + 1;
    let with_note = &text[..close + 1];
    (strip_personal_note(with_note).is_empty()).then_some(close + 1)
}

/// Verbs of where one studied, worked or was born that 于 'at' follows (毕业于, 工作于, 任教于):
/// the 于 after them is no surname, and no name jieba-rs glued it to.
pub(crate) const VERBS_BEFORE_YU: &[&str] = &[
    "毕业", "肄业", "就读", "工作", "任职", "就职", "供职", "服务", "任教", "执教", "出生", "受聘", "求学",
];

/// Forms of address after a surname (高先生, and the kin words news uses of ordinary people:
/// 宋大夫, 乔老汉, 陈爷爷): never a given name.
pub(crate) const HONORIFICS: &[&str] = &[
    "先生", "女士", "小姐", "太太", "夫人", "老师", "师傅", "同志", "大爷", "大妈", "阿姨", "老板", "大夫", "老汉",
    "大姐", "大娘", "大嫂", "大哥", "爷爷", "奶奶",
];

/// `text` after the form of address it opens with, if any (先生（董事长） → （董事长）).
pub(crate) fn after_honorific(text: &str) -> &str {
    HONORIFICS.iter().find_map(|h| text.strip_prefix(h)).unwrap_or(text)
}

/// `text` before the form of address it ends with, if any (甲同志 → 甲).
pub(crate) fn before_honorific(text: &str) -> &str {
    HONORIFICS.iter().find_map(|h| text.strip_suffix(h)).unwrap_or(text)
}

/// Each of [`HONORIFICS`] as a number, for [`starts_with_honorific`].
const HONORIFIC_KEYS: [u64; HONORIFICS.len()] = {
    let mut keys = [0; HONORIFICS.len()];
    let mut i = 0;
    while i < HONORIFICS.len() {
        keys[i] = match two_ideographs_key(HONORIFICS[i]) {
            Some(key) if HONORIFICS[i].len() == 6 => key,
            _ => panic!("a form of address is two ideographs"),
        };
        i += 1;
    }
    keys
};

/// The first six bytes of `text` (two ideographs, as a word of a list may be) read as a
/// number: a word of six bytes is compared with a list of such words by comparing numbers,
/// not strings.
pub(crate) const fn two_ideographs_key(text: &str) -> Option<u64> {
    match text.as_bytes() {
        &[a, b, c, d, e, f, ..] => Some(u64::from_le_bytes([a, b, c, d, e, f, 0, 0])),
        _ => None,
    }
}

/// Does `text` open with one of [`HONORIFICS`]? The same as testing each with
/// `starts_with`, but its first six bytes are read once and compared as a number with
/// each: this runs for many candidate names and many characters of a foreign name.
pub(crate) fn starts_with_honorific(text: &str) -> bool {
    two_ideographs_key(text).is_some_and(|key| HONORIFIC_KEYS.contains(&key))
}

/// Verbs whose object is appointed to a post with 为 (任命甲为局长, 聘任乙先生为…), and 以
/// of the groups set up around their posts (以甲为组长的领导小组): the name readers and
/// the relation reader both know them. A post must follow 为 (以甲为例 appoints no one).
pub(crate) const APPOINTING_VERBS: &[&str] = &[
    "任命", "聘任", "聘请", "推选", "选举", "补选", "增补", "增选", "提名", "提拔", "委任", "选任", "以",
];

/// Marks that close a clause, a list item or a name: what comes after them is no conjunct
/// of what stands before (甲、乙; 甲，主任医师，教授).
pub(crate) const CLOSING_MARKS: [char; 9] = ['、', ',', '，', '。', ';', '；', ':', '：', '\n'];

/// The characters that end the names of administrative units (青山市, 梧桐镇, 阿拉善盟).
pub(crate) const ADMIN_UNITS: [char; 10] = ['省', '市', '县', '区', '州', '镇', '乡', '村', '盟', '旗'];

/// Is `word` a bare administrative unit, one character written as a word of its own (省,
/// 市 of 市|纪委书记, 省|社科院): the place of whoever writes it.
pub(crate) fn is_bare_unit(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(|c| ADMIN_UNITS.contains(&c)) && chars.next().is_none()
}

/// Does `between` join two coordinated names (、, 和, 及, 与)?
pub(crate) fn coordinates(between: &str) -> bool {
    matches!(between, "、" | "和" | "及" | "与")
}

/// Is `c` one of the characters of `set`? A walk over the few characters of `set`:
/// `str::contains` runs a substring search for a character outside ASCII, several times
/// the work, and these tests run for every number and many words.
pub(crate) fn one_of(set: &str, c: char) -> bool {
    set.chars().any(|x| x == c)
}

/// True for CJK ideographs (the characters names and organisations are written in).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBEF | 0x30000..=0x3134F)
}

/// Trades companies are named with after their brand (汉威电子, 青禾科技).
pub(crate) const TRADES: &[&str] = &[
    "电子",
    "科技",
    "股份",
    "控股",
    "实业",
    "置业",
    "传媒",
    "医药",
    "药业",
    "证券",
    "投资",
    "能源",
    "物流",
    "食品",
    "电器",
    "电气",
    "软件",
    "网络",
    "通信",
    "汽车",
    "钢铁",
    "化工",
    "环保",
    "材料",
    "智能",
    "期货",
    "咨询",
    "经纪",
    "基金",
    "资本",
    "保险",
    "地产",
    "物业",
    "建设",
    "建筑",
    "装饰",
    "家居",
    "生物",
    "机械",
    "影业",
    "影视",
    "文旅",
    "数据",
    "信息",
    "乳业",
    "酒业",
    "航空",
    "新材料",
    "新能源",
    "供电",
    "供水",
    "燃气",
    "电力",
    "水务",
    "热力",
    "发电",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The contents of the brackets, as a walk over the characters reads them: each 》
    /// closes the last 《 open before it.
    #[test]
    fn the_cue_tables_hold_exactly_their_characters() {
        for c in (0..0x1_0000).filter_map(char::from_u32) {
            assert_eq!(CLUB_CUES.contains(c), org::CLUB_CUE_CHARS.contains(c), "{c}");
            assert_eq!(KIN_CUES.contains(c), person::KIN_CUE_CHARS.contains(c), "{c}");
        }
        assert!(!CLUB_CUES.contains('\u{1F600}'));
    }

    #[test]
    fn book_titles_close_the_last_open_bracket() {
        fn walk(text: &str) -> Vec<Range<usize>> {
            let (mut out, mut open) = (Vec::new(), None);
            for (i, c) in text.char_indices() {
                match c {
                    '《' => open = Some(i + c.len_utf8()),
                    '》' => out.extend(open.take().map(|o| o..i)),
                    _ => {}
                }
            }
            out
        }
        // Every string of up to seven of 《, 》 and 书.
        let mut texts = vec![String::new()];
        for _ in 0..7 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| ['《', '》', '书'].map(|c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        for text in &texts {
            let s = Sentence {
                text,
                words: &[],
                hits: &[],
            };
            assert_eq!(s.book_titles(), walk(text), "{text}");
        }
    }
}
