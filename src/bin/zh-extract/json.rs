//! The JSON form of an extraction: the schema of `score.py`, plus byte and char
//! offsets on every item and the typed fields of the library's records.

use serde_json::{Map, Value, json};
use zh_extract::{CharIndex, DateMention, Extraction, Fact, NumberMention, Org, Person, Place, Role, Span, Triple};

/// `{"start", "end", "char_start", "char_end"}`: byte and char offsets of a span.
fn offsets(span: Span, chars: &CharIndex<'_>) -> Value {
    let c = chars.char_range(span);
    json!({"start": span.start, "end": span.end, "char_start": c.start, "char_end": c.end})
}

/// `{"text", "start", "end", "char_start", "char_end"}` for any item.
fn item(text: &str, span: Span, chars: &CharIndex<'_>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("text".into(), text.into());
    if let Value::Object(o) = offsets(span, chars) {
        m.extend(o);
    }
    m
}

/// A person's `text` is its [`Person::name`]: the name as read, less a list's padding and
/// print's line breaks (王　刚 → 王刚); its offsets still cover the text as written.
fn person(p: &Person<'_>, chars: &CharIndex<'_>) -> Value {
    Value::Object(item(&p.name(), p.span, chars))
}

/// A role's `text` is its [`Role::title`]: the title as read, less a form's padding and
/// print's line breaks (董　事 → 董事); its offsets still cover the text as written.
fn role(r: &Role<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&r.title(), r.span, chars);
    m.insert("core".into(), r.core.as_ref().into());
    m.insert(
        "modifiers".into(),
        r.modifiers.iter().map(|s| s.as_ref()).collect::<Vec<_>>().into(),
    );
    Value::Object(m)
}

fn org(o: &Org<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&o.text, o.span, chars);
    m.insert("name".into(), o.name.as_ref().into());
    m.insert("kind".into(), o.kind.as_str().into());
    m.insert(
        "parent".into(),
        o.parent.as_ref().map_or(Value::Null, |p| p.name.as_ref().into()),
    );
    Value::Object(m)
}

fn place(p: &Place<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&p.text, p.span, chars);
    m.insert("name".into(), p.name.as_ref().into());
    Value::Object(m)
}

/// A triple's organisation is written as [`org`] writes it, but for one whose name completes
/// what is written — a head shared with the body after it (县委 of 县委、县政府督查室主任 is
/// 县委督查室), a place's unit (深圳 of 深圳市长 is 深圳市): its `text` is that name, as what
/// is written alone names another body; its offsets still cover the text as written.
fn triple_org(o: &Org<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = org(o, chars);
    if o.name.len() > o.text.len() && o.name.starts_with(&*o.text) {
        m["text"] = o.name.as_ref().into();
    }
    m
}

fn triple(t: &Triple<'_>, chars: &CharIndex<'_>) -> Value {
    json!({
        "person": person(&t.person, chars),
        "role": role(&t.role, chars),
        "org": t.org.as_ref().map_or(Value::Null, |o| triple_org(o, chars)),
        "place": t.place.as_ref().map_or(Value::Null, |p| place(p, chars)),
        "rule": t.rule.id(),
        "evidence": offsets(t.evidence, chars),
    })
}

fn fact(f: &Fact<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&f.text, f.span, chars);
    m.insert("value".into(), json!(f.value.to_f64()));
    m.insert("value_exact".into(), f.value.to_string().into());
    m.insert("unit".into(), f.unit.as_ref().into());
    m.insert("kind".into(), f.unit_kind.as_str().into());
    m.insert("qualifier".into(), f.qualifier.as_str().into());
    m.insert(
        "subject".into(),
        f.subject.as_ref().map_or(Value::Null, |s| s.text.as_ref().into()),
    );
    if let Some(c) = &f.currency {
        m.insert("currency".into(), c.as_ref().into());
    }
    if let Some(b) = &f.bounds {
        m.insert("low".into(), b.low.to_string().into());
        m.insert("high".into(), b.high.to_string().into());
    }
    if let Some(si) = &f.si {
        m.insert(
            "si".into(),
            json!({"value": si.value.to_string(), "unit": si.unit.as_ref()}),
        );
    }
    Value::Object(m)
}

fn number(n: &NumberMention<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&n.text, n.span, chars);
    m.insert("value".into(), json!(n.value.to_f64()));
    m.insert("value_exact".into(), n.value.to_string().into());
    m.insert(
        "unit".into(),
        n.unit.as_ref().map_or(Value::Null, |u| u.as_ref().into()),
    );
    m.insert("kind".into(), n.kind.as_str().into());
    if let Some(b) = &n.bounds {
        m.insert("low".into(), b.low.to_string().into());
        m.insert("high".into(), b.high.to_string().into());
    }
    Value::Object(m)
}

fn date(d: &DateMention<'_>, chars: &CharIndex<'_>) -> Value {
    let mut m = item(&d.text, d.span, chars);
    m.insert("value".into(), d.iso().into());
    Value::Object(m)
}

/// The whole extraction of `text` as one JSON object, with `id` first when given.
pub(crate) fn extraction(id: Option<&Value>, text: &str, ex: &Extraction<'_>) -> Value {
    let chars = CharIndex::new(text);
    let mut m = Map::new();
    if let Some(id) = id {
        m.insert("id".into(), id.clone());
    }
    m.insert("persons".into(), ex.persons.iter().map(|p| person(p, &chars)).collect());
    m.insert("roles".into(), ex.roles.iter().map(|r| role(r, &chars)).collect());
    m.insert("orgs".into(), ex.orgs.iter().map(|o| org(o, &chars)).collect());
    m.insert("triples".into(), ex.triples.iter().map(|t| triple(t, &chars)).collect());
    m.insert("facts".into(), ex.facts.iter().map(|f| fact(f, &chars)).collect());
    m.insert("numbers".into(), ex.numbers.iter().map(|n| number(n, &chars)).collect());
    m.insert("dates".into(), ex.dates.iter().map(|d| date(d, &chars)).collect());
    Value::Object(m)
}
