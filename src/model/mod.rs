//! The records an extraction returns.
//!
//! # Borrowed results
//!
//! Every record borrows its surface text from the document (`&'t str`), so an
//! extraction allocates only its vectors and the few strings that do not occur
//! verbatim (an organisation's full name reconstructed from a coordination,
//! a unit normalised from full-width letters). Across a corpus that keeps the
//! allocator out of the hot loop. Call [`Extraction::into_owned`] to keep results
//! after the text is gone.

mod decimal;
mod entity;
mod number;

pub use decimal::{Decimal, ParseDecimalError};
pub use entity::{Org, OrgKind, Person, Place, Role, Rule, Triple};
pub use number::{Bounds, DateMention, Fact, NumberKind, NumberMention, Qualifier, SiValue, Subject, UnitKind};

/// Everything found in one document. Each list is in text order.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Extraction<'t> {
    /// Person name mentions.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub persons: Vec<Person<'t>>,
    /// Title mentions (主任, 常务副主任, 记者 ...), with or without a person — except words
    /// that name a position only beside its holder (嘉宾, 球员, 驾驶员: listed in
    /// `dictionaries/role_descriptors.txt`), kept only where a triple gives them one.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub roles: Vec<Role<'t>>,
    /// Organisation mentions.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub orgs: Vec<Org<'t>>,
    /// Who holds which post where.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub triples: Vec<Triple<'t>>,
    /// Numbers with a unit or classifier.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub facts: Vec<Fact<'t>>,
    /// Every number mention, facts included.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub numbers: Vec<NumberMention<'t>>,
    /// Calendar dates, possibly partial.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub dates: Vec<DateMention<'t>>,
}

impl Extraction<'_> {
    /// A copy that owns all its strings, independent of the input text.
    pub fn into_owned(self) -> Extraction<'static> {
        Extraction {
            persons: self.persons.into_iter().map(Person::into_owned).collect(),
            roles: self.roles.into_iter().map(Role::into_owned).collect(),
            orgs: self.orgs.into_iter().map(Org::into_owned).collect(),
            triples: self.triples.into_iter().map(Triple::into_owned).collect(),
            facts: self.facts.into_iter().map(Fact::into_owned).collect(),
            numbers: self.numbers.into_iter().map(NumberMention::into_owned).collect(),
            dates: self.dates.into_iter().map(DateMention::into_owned).collect(),
        }
    }
}

/// Turns a borrowed string into one that lives for `'static`.
pub(crate) fn own(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'static, str> {
    std::borrow::Cow::Owned(s.into_owned())
}
