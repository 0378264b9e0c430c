//! Mongolian names (巴图孟和, 乌兰其其格, 哈斯朝鲁): two name elements written together,
//! four to six characters and no dot between them.
//!
//! The statistical readers take the first element for a whole name of two characters (巴图,
//! 乌兰) and stop there. A chosen name that is an element, followed right away by another,
//! runs on over it: an element alone after another reads as no word of the clause (孟和,
//! 朝鲁, 其其格 are no Chinese words). Written for zh-extract from general knowledge of
//! Mongolian names as the Chinese press writes them.

use std::ops::Range;

use crate::charset::CharSet;

/// Elements of Mongolian given names in their usual Chinese transcription.
const ELEMENTS: &[&str] = &[
    "巴图",
    "乌兰",
    "哈斯",
    "萨仁",
    "其其格",
    "孟和",
    "朝鲁",
    "高娃",
    "阿拉坦",
    "额尔敦",
    "苏和",
    "那仁",
    "娜仁",
    "斯琴",
    "图雅",
    "宝音",
    "特木尔",
    "达来",
    "敖其尔",
    "布和",
    "格日勒",
    "乌力吉",
    "毕力格",
    "那顺",
    "巴雅尔",
    "其木格",
    "托娅",
    "塔娜",
    "图门",
    "吉雅",
    "乌云",
    "宝力道",
    "满都拉",
    "阿木尔",
    "赛音",
    "巴特尔",
    "苏日娜",
    "道尔吉",
    "格根",
    "青格勒",
    "白音",
    "扎布",
    "旺其格",
    "德力格尔",
    "查干",
    "朝克图",
    "额尔德尼",
    "达木林",
    "呼和",
    "巴根",
    "桑杰",
    "乌日娜",
    "金花",
    "吉日木图",
    "阿古拉",
    "包音",
    "恩和",
    "陶格斯",
    "达古拉",
];

/// The first characters of [`ELEMENTS`] (built at compile time): a chosen name that opens
/// with none of them (nearly every name) is told from the elements by one load, instead of
/// some sixty comparisons.
static FIRSTS: CharSet = CharSet::of_first_characters(&[ELEMENTS]);

/// Where the Mongolian name that the chosen name `r` of `text` opens ends: `r` is a name
/// element and another follows it. `None` for any other name.
fn extended_end(text: &str, r: &Range<usize>) -> Option<usize> {
    let name = &text[r.clone()];
    if !name.chars().next().is_some_and(|c| FIRSTS.contains(c)) || !ELEMENTS.contains(&name) {
        return None;
    }
    let rest = &text[r.end..];
    ELEMENTS
        .iter()
        .filter(|e| rest.starts_with(**e))
        .map(|e| r.end + e.len())
        .max()
}

/// Runs the chosen names (sorted, not overlapping) of `text` that open a Mongolian name on
/// over its second element, where no other chosen name starts inside it.
pub(crate) fn extend(text: &str, chosen: &mut [(usize, usize)]) {
    for i in 0..chosen.len() {
        let (start, end) = chosen[i];
        if let Some(to) = extended_end(text, &(start..end))
            && chosen.get(i + 1).is_none_or(|&(next, _)| next >= to)
        {
            chosen[i].1 = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_element_runs_on_over_the_next() {
        let text = "局长巴图孟和说";
        let at = text.find("巴图").unwrap();
        let mut chosen = vec![(at, at + "巴图".len())];
        extend(text, &mut chosen);
        assert_eq!(&text[chosen[0].0..chosen[0].1], "巴图孟和");
    }

    #[test]
    fn other_names_and_words_after_an_element_stay() {
        let text = "巴图说，乌兰察布";
        let mut chosen = vec![(0, "巴图".len())];
        extend(text, &mut chosen);
        assert_eq!(chosen, vec![(0, "巴图".len())]);
        assert_eq!(extended_end("乌兰察布", &(0..6)), None);
        assert_eq!(extended_end("王明孟和", &(0..6)), None);
    }
}
