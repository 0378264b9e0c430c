//! The user-dictionary loader: `Extractor::builder().add_dictionary(name, text).build()`.
//! Either it fails with a dictionary error naming the source and a line that exists, or
//! it builds an extractor that reads text containing its own entries without breaking
//! the span invariant.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use libfuzzer_sys::fuzz_target;
use zh_extract::{ErrorKind, Extractor, OrgKind};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let mut b = Extractor::builder();
    if mode % 2 == 0 {
        b.add_dictionary("fuzz.dict", &text);
    } else {
        // Each line is one runtime entry of the kind its first character picks.
        for line in text.split('\n') {
            match line.len() % 5 {
                0 => b.add_title(line),
                1 => b.add_person(line),
                2 => b.add_place(line),
                3 => b.add_org(line, OrgKind::Company),
                _ => b.add_org_alias(line, "青山大学", OrgKind::School),
            };
        }
    }
    match b.build() {
        Ok(ex) => {
            let sample = format!("{text}。青山市财政局局长王建国出席会议，全年投资约12.5亿元。{text}");
            let found = ex.extract(&sample);
            let errors = invariants::span_errors(&sample, &found);
            assert!(errors.is_empty(), "{errors:#?}");
        }
        Err(e) => match e.kind() {
            ErrorKind::Dictionary => {
                assert_eq!(mode % 2, 0, "runtime entries give InvalidEntry errors: {e}");
                assert_eq!(e.source_name(), Some("fuzz.dict"));
                let line = e.line().expect("a dictionary error has a line");
                assert!(line >= 1 && line <= text.split('\n').count(), "line {line} of {e}");
                assert!(e.to_string().starts_with(&format!("fuzz.dict:{line}: ")), "{e}");
            }
            ErrorKind::InvalidEntry => assert_eq!(mode % 2, 1, "{e}"),
            _ => panic!("unexpected error kind: {e}"),
        },
    }
});
