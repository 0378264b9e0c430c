//! Japanese names (森田正彦, 小野健太郎): a Japanese family name of two characters and a
//! given name of two or three.
//!
//! The statistical candidates read such a name as a Chinese surname and given name and
//! cut it (森田|正彦 gave 森田), or find nothing (川口|纪子, 小野|健|太郎). News writes
//! the whole name the first time and the family name alone after it (森田说), which
//! is how the press and its annotators name the person.
//!
//! A name is read where a family name of the list below starts a word and two or three
//! characters typical of Japanese given names follow, ending where a word does — and
//! only where the sentence speaks of Japan (日本, 东京, 自民党 …) or a title stands right
//! before or after the name (首相森田正彦, 森田正彦首相): many family names are ordinary
//! Chinese words too (田中 'in the field', 山下 'at the foot of the hill').

use std::ops::Range;
use std::sync::LazyLock;

use super::candidates::Marks;
use crate::dictionary::tag;
use crate::recognize::{Sentence, two_ideographs_key};

/// The score of a Japanese name: above the Chinese readings of its parts together (森田
/// and 正彦 may each pass alone).
pub(crate) const JAPANESE_NAME_SCORE: f32 = 6.0;

/// Common Japanese family names of two characters, in the Chinese characters the press
/// writes them with (two ideographs each: see [`family_name_at`]). Written for zh-extract
/// from general knowledge.
const FAMILY_NAMES: &[&str] = &[
    "佐藤", "铃木", "高桥", "田中", "渡边", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "山口", "松本",
    "井上", "木村", "清水", "山崎", "池田", "阿部", "桥本", "山下", "森田", "石川", "中岛", "前田", "藤田", "小川",
    "后藤", "冈田", "村上", "近藤", "石井", "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤原",
    "冈本", "松田", "中川", "中野", "原田", "小野", "田村", "竹内", "金子", "和田", "中山", "石田", "上田", "森本",
    "小岛", "柴田", "宫崎", "酒井", "工藤", "横山", "宫本", "内田", "高木", "安藤", "岛田", "谷口", "大野", "高田",
    "丸山", "今井", "河野", "藤本", "村田", "武田", "上野", "杉山", "增田", "小山", "大冢", "大塚", "平野", "菅原",
    "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口", "松尾", "菊地", "野村", "新井", "渡部", "川口", "平井",
    "细川", "小泽", "小渊", "鸠山", "安倍", "麻生", "野田", "岸田", "石破", "竹下", "宫泽", "羽田", "村山", "海部",
    "宇野", "大平", "三木", "小泉", "河本", "三塚", "梶山", "宫下", "西田", "北村", "松下", "丰田", "本田", "盛田",
    "稻盛", "松永", "大江", "川端", "黑泽", "北野", "吉永", "高仓", "栗原", "荒木", "服部", "片山", "望月", "星野",
    "冈部", "三宅", "小松", "中田", "中西", "松冈", "永井", "安田", "大西", "森下", "岩田", "川村", "菊池", "秋山",
    "关口", "川上", "石原", "二宫", "市川", "堀江", "浅野", "福井", "北川", "西川", "荒井", "河合", "儿玉", "吉川",
    "矢野", "小田", "土屋", "桑原", "野中", "樋口", "内藤", "齐藤", "斋藤", "佐野", "吉村", "小池", "冈崎", "菅野",
    "松村", "富田", "饭田", "山内", "二阶", "中曾", "志位", "不破", "土井", "冬柴", "神崎", "町村", "额贺", "谷垣",
    "玄叶", "前原", "枝野", "冈村", "绪方", "明石", "槙原", "坂田", "江田", "青岛", "宫内", "森山", "藤村", "植田",
];

/// Characters Japanese given names are written with in the Chinese press. Written for
/// zh-extract.
const GIVEN_CHARS: &str = "一二三四五六七八九十百千万郎朗太次雄夫男彦人子美惠纪香奈由树也之介助平治史明宏弘正和博\
隆康泰信健浩诚清俊昭晃英秀茂实敏直真义雅裕贵良光辉幸春秋代江枝里理绘佳知智哲修达武勇功道元喜久寿荣昌晋龙\
辰纯洋彰伸克忠孝铁嘉佑护熙澄希爱优织菜沙绫彩晴悠翔广宽胜利贤圭圣晶舞麻衣结步亚泰典规淳升俊毅进启文昇";

/// The last characters of three-character given names (健太郎, 佑四郎, 嘉平太): a third
/// character outside them starts the next word (正彦|和).
const THREE_CHAR_ENDS: &str = "郎朗雄夫彦子介助太";

/// Words that say the sentence speaks of Japan.
const CUES: &[&str] = &[
    "日本",
    "日方",
    "日相",
    "日中",
    "中日",
    "日美",
    "日籍",
    "日元",
    "日企",
    "东京",
    "大阪",
    "京都",
    "横滨",
    "名古屋",
    "冲绳",
    "北海道",
    "自民党",
    "公明党",
    "经团联",
];

/// The family names sorted, for a binary search, and a bit per ideograph that starts one:
/// most words start with none and are passed over with one test (this runs on every word).
struct FamilyNames {
    /// Each family name (two ideographs) as a number, sorted: a search compares numbers,
    /// not strings.
    sorted: Vec<u64>,
    firsts: Vec<u64>,
    /// A bit per family name, at its number's hash ([`pair_bit`]): most pairs of
    /// characters whose first starts a name start none (中国, 大会, 田野), and are told by
    /// one test, not a binary search.
    pairs: [u64; PAIR_WORDS],
}

/// Words of [`FamilyNames::pairs`] (64 bits each).
const PAIR_WORDS: usize = 64;

/// The bit of [`FamilyNames::pairs`] for the number `key` of two ideographs.
#[inline(always)]
fn pair_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize % (PAIR_WORDS * 64)
}

/// The first ideograph of the CJK block the bits of [`FamilyNames::firsts`] start at.
const CJK_FIRST: u32 = 0x4E00;

static FAMILY: LazyLock<FamilyNames> = LazyLock::new(|| {
    let mut sorted: Vec<u64> = FAMILY_NAMES.iter().filter_map(|f| two_ideographs_key(f)).collect();
    sorted.sort_unstable();
    let mut firsts = vec![0u64; (0xA000 - CJK_FIRST as usize) / 64];
    for c in FAMILY_NAMES.iter().filter_map(|f| f.chars().next()) {
        let k = (c as u32 - CJK_FIRST) as usize;
        firsts[k / 64] |= 1 << (k % 64);
    }
    let mut pairs = [0u64; PAIR_WORDS];
    for &key in &sorted {
        let bit = pair_bit(key);
        pairs[bit / 64] |= 1 << (bit % 64);
    }
    FamilyNames { sorted, firsts, pairs }
});

/// The family name `text` starts with, if one of the list does.
#[inline]
fn family_name_at(text: &str) -> Option<&str> {
    FAMILY.at(text)
}

impl FamilyNames {
    /// The family name `text` starts with, if one of the list does. (The first character
    /// is decoded from its three bytes: every name of the list starts with an ideograph,
    /// so a character of another length starts none.)
    // (Inlined: this runs on every word of two characters or more, and most are passed
    // over by the test of their first character; a call cost as much as the test.)
    #[inline(always)]
    fn at<'t>(&self, text: &'t str) -> Option<&'t str> {
        let &[x, y, z, ..] = text.as_bytes() else {
            return None;
        };
        if x & 0xF0 != 0xE0 {
            return None;
        }
        let c = (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
        let k = c.checked_sub(CJK_FIRST)? as usize;
        if self.firsts.get(k / 64).is_none_or(|bits| bits & (1 << (k % 64)) == 0) {
            return None;
        }
        family_name_among(self, text)
    }
}

/// The family name `text` starts with, its first character one that starts a name of
/// the list.
fn family_name_among<'t>(family: &FamilyNames, text: &'t str) -> Option<&'t str> {
    // Every family name of the list is two ideographs: six bytes (a test checks it), so
    // that a match is the text's first six bytes.
    let key = two_ideographs_key(text)?;
    let bit = pair_bit(key);
    if family.pairs[bit / 64] & (1 << (bit % 64)) == 0 {
        return None;
    }
    family.sorted.binary_search(&key).ok().map(|_| &text[..6])
}

/// Is `c` the first character of a family name of the list? The candidate scan notes
/// where such characters stand, for [`find`].
pub(crate) fn starts_family_name(c: char) -> bool {
    let Some(k) = (c as u32).checked_sub(CJK_FIRST) else {
        return false;
    };
    let k = k as usize;
    FAMILY
        .firsts
        .get(k / 64)
        .is_some_and(|bits| bits & (1 << (k % 64)) != 0)
}

/// Appends the Japanese names of `s` (byte ranges, in order). `firsts`: where the
/// characters that start a family name of the list stand in the sentence, in order (as the
/// candidate scan noted them: see [`starts_family_name`]); `m`: its words' starts.
// (Only those places are looked at, not every word: one character in ten starts a family
// name, and most sentences name no Japanese.)
pub(crate) fn find(s: &Sentence<'_>, m: &Marks, firsts: &[usize], out: &mut Vec<Range<usize>>) {
    let text = s.text;
    let mut spoken_of = None;
    let mut after = 0;
    // (The list is read once here, not once a place.)
    let family_names = &*FAMILY;
    for &start in firsts {
        // A family name is a word of two characters or starts a longer one: a word starts
        // at its first character and none at its second (the words cover the sentence, and
        // a family name's characters are ideographs of three bytes each).
        if start < after || !m.starts_word(start) || m.starts_word(start + 3) {
            continue;
        }
        let Some(family) = family_names.at(&text[start..]) else {
            continue;
        };
        let given_at = start + family.len();
        let Some(end) = given_name_end(s, given_at) else {
            continue;
        };
        let titled = s.hit_ending_at(start).is_some_and(|h| h.entry.is(tag::TITLE))
            || s.hit_starting_at(end).is_some_and(|h| h.entry.is(tag::TITLE));
        if titled || *spoken_of.get_or_insert_with(|| CUES.iter().any(|c| text.contains(c))) {
            out.push(start..end);
            after = end;
        }
    }
}

/// Where a given name starting at `at` ends: two characters of [`GIVEN_CHARS`], or three
/// when the third is one of [`THREE_CHAR_ENDS`], ending where a word ends or the Han
/// text does.
fn given_name_end(s: &Sentence<'_>, at: usize) -> Option<usize> {
    let mut ends = s.text[at..]
        .char_indices()
        .take_while(|&(_, c)| GIVEN_CHARS.contains(c))
        .map(|(k, c)| (at + k + c.len_utf8(), c))
        .take(3);
    let (_, _) = ends.next()?;
    let (two, _) = ends.next()?;
    let three = ends
        .next()
        .filter(|&(_, c)| THREE_CHAR_ENDS.contains(c))
        .map(|(e, _)| e);
    three
        .filter(|&e| ends_a_word(s, e))
        .or_else(|| ends_a_word(s, two).then_some(two))
}

/// Does a name end at `end` where a word ends or the Han text does?
fn ends_a_word(s: &Sentence<'_>, end: usize) -> bool {
    end == s.text.len()
        || s.word_starting_at(end).is_some()
        || s.text[end..]
            .chars()
            .next()
            .is_some_and(|c| !crate::recognize::is_han(c))
}

/// The family name a Japanese name starts with, when `name` is one (森田 of 森田正彦):
/// the name the press calls the person by after it has given the whole.
pub(crate) fn family_name(name: &str) -> Option<&str> {
    let n = name.chars().count();
    if !(4..=5).contains(&n) {
        return None;
    }
    family_name_at(name).filter(|f| name[f.len()..].chars().all(|c| GIVEN_CHARS.contains(c)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::ruled_names;
    use super::*;

    fn names(text: &str) -> Vec<&str> {
        ruled_names(text, |_, s, out| {
            let mut m = Marks::default();
            m.load(s);
            find(s, &m, &firsts(s.text), out)
        })
    }

    /// Where the characters that start a family name stand in `text`.
    pub(crate) fn firsts(text: &str) -> Vec<usize> {
        text.char_indices()
            .filter(|&(_, c)| starts_family_name(c))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn a_family_name_and_a_given_name_where_the_sentence_speaks_of_japan() {
        assert_eq!(names("日本外相川口纪子今天表示将访华。"), ["川口纪子"]);
        assert_eq!(names("自民党干事长小野健太郎在记者会上说。"), ["小野健太郎"]);
    }

    #[test]
    fn a_title_next_to_the_name_is_evidence_enough() {
        assert_eq!(names("首相森田正彦昨天会见了代表团。"), ["森田正彦"]);
    }

    #[test]
    fn a_third_character_must_end_a_given_name_and_ordinary_words_stay() {
        assert_eq!(names("日本首相森田正彦和夫人出席。"), ["森田正彦"]);
        assert!(names("农民在田中劳作，日本客人来参观。").is_empty());
        assert!(names("他们走到山下休息。").is_empty());
    }

    #[test]
    fn every_family_name_is_two_ideographs_and_found() {
        for f in FAMILY_NAMES {
            assert_eq!(f.chars().count(), 2, "{f}");
            assert_eq!(family_name_at(f), Some(*f), "{f}");
        }
        assert_eq!(family_name_at("王建国"), None);
        assert_eq!(family_name_at("a"), None);
    }

    #[test]
    fn the_family_name_of_a_whole_name() {
        assert_eq!(family_name("森田正彦"), Some("森田"));
        assert_eq!(family_name("小野健太郎"), Some("小野"));
        assert_eq!(family_name("田中"), None);
        assert_eq!(family_name("王建国"), None);
    }
}
