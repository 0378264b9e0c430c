//! Dictionaries: the embedded word lists, the user's additions, and their
//! compilation into the [`Lexicon`] the recognisers read.
//!
//! The files in `dictionaries/` are embedded at compile time, so
//! [`Extractor::new`](crate::Extractor::new) needs no file; the compiled default
//! is built once per process and shared. Users add entries through
//! [`ExtractorBuilder`](crate::ExtractorBuilder), which compiles a lexicon of
//! its own from the embedded sources plus the additions.

pub(crate) mod lexicon;
pub(crate) mod parse;

use std::path::Path;

use crate::Error;
pub(crate) use lexicon::{Entry, EntryTable, Hit, Lexicon, PlaceLevel, before_own_title, later_unit_set_up, tag};

/// A dictionary text with the name its errors are reported under.
#[derive(Clone, Debug)]
pub(crate) struct Source {
    pub(crate) name: String,
    pub(crate) text: String,
}

macro_rules! embedded {
    ($($file:literal),* $(,)?) => {
        &[$((concat!("dictionaries/", $file), include_str!(concat!("../../dictionaries/", $file)))),*]
    };
}

/// The typed word lists compiled into the lexicon (format: see [`lexicon`]).
pub(crate) const EMBEDDED_LEXICON: &[(&str, &str)] = embedded![
    "titles.txt",
    "org_suffixes.txt",
    "orgs.txt",
    "places.txt",
    "context.txt"
];

/// Reads a dictionary file as a [`Source`]. Text that is not UTF-8 is an error
/// naming the line of the first bad byte.
pub(crate) fn read_file(path: &Path) -> Result<Source, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path.to_path_buf(), e))?;
    let name = path.display().to_string();
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source { name, text }),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Error::dictionary(&name, line, "the line is not valid UTF-8"))
        }
    }
}

/// Compiles the embedded word lists plus `user` sources and single entries.
pub(crate) fn compile_lexicon(user: &[Source], entries: &EntryTable) -> Result<Lexicon, Error> {
    let mut table = EntryTable::default();
    for (name, text) in EMBEDDED_LEXICON {
        table.add_lines(name, &parse::lines(name, text)?)?;
    }
    for source in user {
        table.add_lines(&source.name, &parse::lines(&source.name, &source.text)?)?;
    }
    table.merge(entries);
    Lexicon::build(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dictionaries_parse() {
        let lex = compile_lexicon(&[], &EntryTable::default()).unwrap();
        let hits: Vec<_> = lex.find_iter("郑大管委会主任").collect();
        assert_eq!(hits[0].entry.full_name.as_deref(), Some("郑州大学"));
        assert!(hits[1].entry.standalone);
        assert!(hits[2].entry.is(tag::TITLE));
    }

    #[test]
    fn invalid_utf8_file_names_the_line() {
        let dir = std::env::temp_dir().join(format!("zh-extract-utf8-{}", std::process::id()));
        std::fs::write(&dir, b"ok org\n\xff\xfe org\n").unwrap();
        let err = read_file(&dir).unwrap_err();
        std::fs::remove_file(&dir).ok();
        assert_eq!(err.line(), Some(2));
    }
}
