//! Person names.
//!
//! A first, context-only recogniser: a surname plus one or two characters, taken
//! when a title stands right before it or right after it.

use std::ops::Range;

use super::{Sentence, is_han};
use crate::Error;
use crate::dictionary::tag;

/// What the person recogniser knows; built once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct PersonModel {
    surnames: Vec<char>,
}

const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤屈";

impl PersonModel {
    /// The model built from the embedded dictionaries.
    pub(crate) fn embedded() -> Result<PersonModel, Error> {
        Ok(PersonModel {
            surnames: SURNAMES.chars().collect(),
        })
    }

    /// Appends the person names of `s` to `out`, as sorted, non-overlapping ranges relative to `s.text`.
    pub(crate) fn find(&self, s: &Sentence<'_>, out: &mut Vec<Range<usize>>) {
        let mut pos = 0;
        for hit in s.hits.iter().filter(|h| h.entry.is(tag::PERSON)) {
            out.push(hit.start..hit.end);
        }
        'scan: while pos < s.text.len() {
            let Some(c) = s.char_at(pos) else { break };
            if self.surnames.contains(&c) {
                let before = s.text[..pos].trim_end_matches(' ').len();
                let after_title = s.hit_ending_at(before).is_some_and(|h| h.entry.is(tag::TITLE));
                let given: Vec<(usize, char)> = s.text[pos + c.len_utf8()..]
                    .char_indices()
                    .take(2)
                    .take_while(|(_, g)| is_han(*g))
                    .collect();
                for n in (1..=given.len()).rev() {
                    let end = pos + c.len_utf8() + given[n - 1].0 + given[n - 1].1.len_utf8();
                    let before_title = s.hit_starting_at(end).is_some_and(|h| h.entry.is(tag::TITLE));
                    let overlaps_hit = s.hits.iter().any(|h| h.start < end && pos < h.end);
                    if (after_title || before_title) && !overlaps_hit {
                        out.push(pos..end);
                        pos = end;
                        continue 'scan;
                    }
                }
            }
            pos += s.char_at(pos).map_or(1, char::len_utf8);
        }
        out.sort_by_key(|r| r.start);
        out.dedup_by(|b, a| b.start < a.end);
    }
}
