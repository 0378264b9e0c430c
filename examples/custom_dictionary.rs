//! Runtime additions change what is read: the same sentence before and after adding a
//! title, an organisation, a person and an abbreviation.
//!
//! ```text
//! cargo run --example custom_dictionary
//! ```

use zh_extract::{Extraction, Extractor, OrgKind};

const TEXT: &str = "青禾观察首席可持续发展官欧阳子涵在发布会上介绍，青大将开放数据实验室。";

/// The same additions in the dictionary line format (`<entry> <type> [attrs]`), as a
/// user would keep them in a file and load with `add_dictionary_file`.
const USER_DICTIONARY: &str = "\
# titles, organisations and people this newsroom cares about
首席可持续发展官 title
青禾观察 org media
欧阳子涵 person
青大 org school 青山大学
";

fn show(label: &str, found: &Extraction<'_>) {
    println!("{label}");
    let persons: Vec<&str> = found.persons.iter().map(|p| &*p.text).collect();
    let roles: Vec<&str> = found.roles.iter().map(|r| &*r.text).collect();
    println!("  persons: {persons:?}");
    println!("  roles:   {roles:?}");
    println!(
        "  orgs:    {:?}",
        found
            .orgs
            .iter()
            .map(|o| format!("{} ({}, {})", o.text, o.name, o.kind.as_str()))
            .collect::<Vec<_>>()
    );
    for t in &found.triples {
        let org = t.org.as_ref().map_or("—", |o| &o.name);
        println!("  triple:  {} | {} | {}", t.person.text, t.role.text, org);
    }
}

fn main() -> Result<(), zh_extract::Error> {
    show("before (embedded dictionaries only):", &Extractor::new().extract(TEXT));

    let ex = Extractor::builder()
        .add_title("首席可持续发展官")
        .add_org("青禾观察", OrgKind::Media)
        .add_person("欧阳子涵")
        .add_org_alias("青大", "青山大学", OrgKind::School)
        .build()?;
    show(
        "\nafter add_title / add_org / add_person / add_org_alias:",
        &ex.extract(TEXT),
    );

    let from_text = Extractor::builder()
        .add_dictionary("newsroom.dict", USER_DICTIONARY)
        .build()?;
    show(
        "\nafter add_dictionary (the same entries as a dictionary file):",
        &from_text.extract(TEXT),
    );

    // A bad line is reported with the source name and line number.
    let err = Extractor::builder()
        .add_dictionary("newsroom.dict", "首席可持续发展官 title\n青禾观察 newspaper\n")
        .build()
        .unwrap_err();
    println!("\na malformed dictionary: {err}");
    Ok(())
}
