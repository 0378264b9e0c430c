//! The one error type of the crate.
//!
//! Following `regex`'s regret about a public error enum, [`Error`] is an opaque
//! struct; [`Error::kind`] tells what went wrong and the `Display` text says where.

use std::fmt;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;

/// What kind of failure an [`Error`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A dictionary line could not be read as an entry (see [`Error::line`]).
    Dictionary,
    /// A dictionary file could not be read from disk.
    Io,
    /// An entry added through the builder is empty, holds whitespace or control characters.
    InvalidEntry,
    /// The dictionaries are too large to compile into a matcher.
    Build,
}

/// An error from building an [`Extractor`](crate::Extractor): a malformed dictionary line,
/// an unreadable file, or an invalid runtime entry.
///
/// ```
/// use zh_extract::{Extractor, ErrorKind};
/// let err = Extractor::builder()
///     .add_dictionary("my.dict", "赵文博 person\n郑大 nonsense\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Dictionary);
/// assert_eq!(err.line(), Some(2));
/// assert!(err.to_string().starts_with("my.dict:2:"));
/// ```
#[derive(Debug)]
pub struct Error {
    repr: Repr,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.repr.fmt(f)
    }
}

/// [`source`](std::error::Error::source) is the [`std::io::Error`] of an
/// [`ErrorKind::Io`] failure.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.repr {
            Repr::Io { error, .. } => Some(&error.0),
            _ => None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum Repr {
    #[error("{source_name}:{line}: {message}")]
    Dictionary {
        source_name: String,
        line: usize,
        message: String,
    },
    #[error("cannot read dictionary {path}: {error}", path = path.display(), error = error.0)]
    Io {
        path: PathBuf,
        /// `io::Error` may hold a boxed `dyn Error`, which is not `UnwindSafe`; ours is
        /// never mutated after construction, so asserting unwind safety is sound and
        /// keeps `Error` `UnwindSafe + RefUnwindSafe` like every other public type.
        error: AssertUnwindSafe<std::io::Error>,
    },
    #[error("cannot compile the dictionaries: {0}")]
    Build(String),
    #[error("invalid {what} {entry:?}: {message}")]
    InvalidEntry {
        what: &'static str,
        entry: String,
        message: String,
    },
}

impl Error {
    pub(crate) fn dictionary(source_name: &str, line: usize, message: impl fmt::Display) -> Error {
        Error {
            repr: Repr::Dictionary {
                source_name: source_name.to_string(),
                line,
                message: message.to_string(),
            },
        }
    }

    pub(crate) fn io(path: PathBuf, source: std::io::Error) -> Error {
        Error {
            repr: Repr::Io {
                path,
                error: AssertUnwindSafe(source),
            },
        }
    }

    pub(crate) fn invalid_entry(what: &'static str, entry: &str, message: impl fmt::Display) -> Error {
        Error {
            repr: Repr::InvalidEntry {
                what,
                entry: entry.to_string(),
                message: message.to_string(),
            },
        }
    }

    pub(crate) fn build(message: impl fmt::Display) -> Error {
        Error {
            repr: Repr::Build(message.to_string()),
        }
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        match self.repr {
            Repr::Dictionary { .. } => ErrorKind::Dictionary,
            Repr::Io { .. } => ErrorKind::Io,
            Repr::InvalidEntry { .. } => ErrorKind::InvalidEntry,
            Repr::Build(_) => ErrorKind::Build,
        }
    }

    /// The dictionary source (file path or the name given to
    /// [`add_dictionary`](crate::ExtractorBuilder::add_dictionary)) the error is about, if any.
    pub fn source_name(&self) -> Option<&str> {
        match &self.repr {
            Repr::Dictionary { source_name, .. } => Some(source_name),
            _ => None,
        }
    }

    /// The 1-based line number of the offending dictionary line, if any.
    pub fn line(&self) -> Option<usize> {
        match self.repr {
            Repr::Dictionary { line, .. } => Some(line),
            _ => None,
        }
    }
}
