//! The line format shared by every dictionary file.
//!
//! ```text
//! # A comment: from `#` at the start of a line to its end.
//! entry field field ...
//! ```
//!
//! * UTF-8, one entry a line; a byte-order mark at the start is skipped and a
//!   `\r` before the line end (CRLF files) is removed, so neither is ever read as
//!   part of an entry.
//! * Fields are separated by spaces or tabs, so an entry itself holds no
//!   whitespace. Blank lines and comment lines are skipped.
//! * A field with a control character is an error, reported with the source name
//!   and the 1-based line number.

use crate::Error;

/// One non-blank, non-comment line of a dictionary source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// 1-based line number in the source.
    pub(crate) number: usize,
    /// The whitespace-separated fields; never empty.
    pub(crate) fields: Vec<&'a str>,
}

/// Splits a dictionary source into its entry lines.
pub(crate) fn lines<'a>(source_name: &str, text: &'a str) -> Result<Vec<Line<'a>>, Error> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let number = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim_matches(|c: char| c == ' ' || c == '\t');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = trimmed.split([' ', '\t']).filter(|f| !f.is_empty()).collect();
        for f in &fields {
            if let Some(c) = f.chars().find(|c| c.is_control() || is_invisible(*c)) {
                return Err(Error::dictionary(
                    source_name,
                    number,
                    format!("{f:?} holds the control or invisible character U+{:04X}", c as u32),
                ));
            }
            if f.chars().any(char::is_whitespace) {
                return Err(Error::dictionary(
                    source_name,
                    number,
                    format!("{f:?} holds whitespace other than a space or tab separator"),
                ));
            }
        }
        out.push(Line { number, fields });
    }
    Ok(out)
}

/// Characters that render as nothing and would silently make an entry unmatchable.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// Checks one entry given through the builder API rather than a file.
pub(crate) fn check_entry(what: &'static str, entry: &str) -> Result<(), Error> {
    if entry.is_empty() {
        return Err(Error::invalid_entry(what, entry, "it is empty"));
    }
    if let Some(c) = entry
        .chars()
        .find(|&c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(Error::invalid_entry(
            what,
            entry,
            format!("it holds whitespace or the control character U+{:04X}", c as u32),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn bom_crlf_comments_and_blank_lines() {
        let text = "\u{FEFF}# header\r\n主任 core\r\n\r\n  副\tmodifier  \r\n# end";
        let ls = lines("t", text).unwrap();
        assert_eq!(ls.len(), 2);
        assert_eq!((ls[0].number, ls[0].fields.clone()), (2, vec!["主任", "core"]));
        assert_eq!((ls[1].number, ls[1].fields.clone()), (4, vec!["副", "modifier"]));
    }

    #[test]
    fn control_characters_are_errors_with_line_numbers() {
        let err = lines("user.dict", "ok\n坏\u{7}词 title\n").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Dictionary);
        assert_eq!(err.line(), Some(2));
        assert_eq!(err.source_name(), Some("user.dict"));
        let err = lines("user.dict", "a\nb\n零\u{200B}宽 org\n").unwrap_err();
        assert_eq!(err.line(), Some(3));
    }

    #[test]
    fn ideographic_space_inside_an_entry_is_an_error() {
        let err = lines("d", "高新\u{3000}时报 org\n").unwrap_err();
        assert_eq!(err.line(), Some(1));
    }

    #[test]
    fn builder_entries_are_checked() {
        assert!(check_entry("title", "首席科学家").is_ok());
        assert_eq!(check_entry("title", "").unwrap_err().kind(), ErrorKind::InvalidEntry);
        assert!(check_entry("org", "高新 时报").is_err());
        assert!(check_entry("org", "高新\n").is_err());
    }
}
