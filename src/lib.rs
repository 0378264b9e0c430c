//! # zh-extract
//!
//! Reads Chinese news and official text and returns **who holds which post
//! where** — typed person–role–organisation triples — and the **numeric facts**
//! in it, with exact values, units and qualifiers.
//!
//! ```
//! use zh_extract::Extractor;
//!
//! let ex = Extractor::new();
//! let text = "开发区党工委、管委会主任赵文博出席会议。清理积存垃圾土方约800立方米。";
//! let found = ex.extract(text);
//!
//! for t in &found.triples {
//!     let org = t.org.as_ref().map_or("", |o| &o.name);
//!     println!("{} | {} | {}", t.person.text, t.role.text, org);
//! }
//! assert_eq!(found.triples.len(), 2); // 主任 of 开发区党工委 and of 开发区管委会
//! assert_eq!(found.triples[1].org.as_ref().unwrap().name, "开发区管委会");
//! // Every span indexes the input directly.
//! let p = &found.persons[0];
//! assert_eq!(&text[p.span.range()], p.text);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod charset;
mod dictionary;
mod error;
mod extractor;
mod model;
mod normalize;
mod numbers;
mod pipeline;
mod recognize;
mod relate;
mod segment;
mod span;

pub use error::{Error, ErrorKind};
pub use extractor::{Extractor, ExtractorBuilder};
pub use model::{
    Bounds, DateMention, Decimal, Extraction, Fact, NumberKind, NumberMention, Org, OrgKind, ParseDecimalError, Person,
    Place, Qualifier, Role, Rule, SiValue, Subject, Triple, UnitKind,
};
pub use span::{CharIndex, Span};

/// The README's examples, compiled and run as doctests by `cargo test`.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
