//! Names read one character long: the scorer, reading one sentence at a time, may take
//! the first character of the next word into a name (刘波|读高中 read as 刘波读, 李鹏|握着
//! as 李鹏握). When the document has already given the shorter name, and never the
//! longer one, the character is the next word's. The other way round, a name read one
//! character short (孙立|新任 for 孙立新|任) takes it back when the document gave the
//! longer name and never the shorter one.

use std::ops::Range;

use crate::dictionary::tag;
use crate::recognize::Sentence;
use crate::recognize::person::FastSet;

/// The names a document has given so far, as read.
#[derive(Debug, Default)]
pub(crate) struct GivenNames<'v> {
    /// (Only asked whether it holds a name, never walked: the hasher of the tables', not
    /// std's SipHash, which cost more than the rest of the test.)
    names: FastSet<&'v str>,
}

impl<'v> GivenNames<'v> {
    /// Records the names of sentence `text` (`names` are ranges in it).
    pub(crate) fn add(&mut self, text: &'v str, names: &[Range<usize>]) {
        self.names.extend(names.iter().map(|r| &text[r.clone()]));
    }

    /// Shortens, in sentence `s`, each name of three characters or more that is a name
    /// given before plus one character — given earlier in the document or earlier in this
    /// sentence — and is itself no name given before. Not one right after a title or a
    /// byline, which vouches for the whole name (书记甘立群 after 书记甘立…).
    ///
    /// And lengthens by one character each name that is a name given before minus its
    /// last character, when that character follows and the shorter name was never given
    /// (赵明华、孙立新任副组长 after 孙立新: 孙立 read before 新任 is 孙立新).
    pub(crate) fn fit(&self, s: &Sentence<'_>, names: &mut [Range<usize>]) {
        let text = s.text;
        for k in 0..names.len() {
            let r = names[k].clone();
            if let Some(c) = text[r.end..].chars().next() {
                let end = r.end + c.len_utf8();
                if self.names.contains(&text[r.start..end])
                    && !self.names.contains(&text[r.clone()])
                    && !names.iter().any(|p| p.start < end && r.end < p.end)
                {
                    names[k].end = end;
                    continue;
                }
            }
            if s.hit_ending_at(names[k].start)
                .is_some_and(|h| h.entry.is(tag::TITLE | tag::BYLINE))
            {
                continue;
            }
            let name = &text[names[k].clone()];
            let Some((last, _)) = name.char_indices().next_back() else {
                continue;
            };
            let shorter = &name[..last];
            if shorter.chars().nth(1).is_none() || self.names.contains(name) {
                continue;
            }
            let before_here = names[..k].iter().any(|r| &text[r.clone()] == shorter);
            if before_here || self.names.contains(shorter) {
                names[k].end = names[k].start + last;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name at `name` in `text` once fitted to the names `given` before.
    fn fitted(given: &GivenNames<'_>, text: &str, name: Range<usize>) -> String {
        let mut names = vec![name];
        super::super::with_sentence(text, |s, _| given.fit(s, &mut names));
        text[names[0].clone()].to_string()
    }

    #[test]
    fn a_name_given_before_plus_a_character_is_that_name() {
        let mut given = GivenNames::default();
        given.add("刘波小时候多灾多难。", std::slice::from_ref(&(0..6)));
        assert_eq!(fitted(&given, "刘波读高中时成绩很好。", 0..9), "刘波");
        // Right after a title, the whole name stands.
        assert_eq!(fitted(&given, "校长刘波读完了贺信。", 6..15), "刘波读");
        // A longer name given before stays whole.
        given.add("林海涛", std::slice::from_ref(&(0..9)));
        assert_eq!(fitted(&given, "林海涛说", 0..9), "林海涛");
        // Nothing given before: nothing to trim.
        assert_eq!(fitted(&GivenNames::default(), "刘波读高中时成绩很好。", 0..9), "刘波读");
    }

    #[test]
    fn a_name_given_before_minus_its_last_character_takes_it_back() {
        let mut given = GivenNames::default();
        given.add("孙立新出席", std::slice::from_ref(&(0..9)));
        assert_eq!(fitted(&given, "孙立新任副组长", 0..6), "孙立新");
        // The shorter name given too: either may be meant, the reading stands.
        given.add("孙立", std::slice::from_ref(&(0..6)));
        assert_eq!(fitted(&given, "孙立新任副组长", 0..6), "孙立");
    }
}
