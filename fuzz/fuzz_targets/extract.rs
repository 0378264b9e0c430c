//! `Extractor::extract` on any text: it must not panic, and every item must keep the
//! span invariant (`tests/support/invariants.rs`).
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use zh_extract::Extractor;

static EX: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let found = EX.extract(&text);
    let errors = invariants::span_errors(&text, &found);
    assert!(errors.is_empty(), "{errors:#?}");
});
