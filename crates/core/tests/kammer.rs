//! Property test: parsing `kammer.json` never panics, whatever JSON a web editor (or an attacker) puts there, and
//! whatever it keeps obeys the rules (https links, plain file names, bounded lists).
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check_core::kammer::{MAX_CONTACTS, MAX_OFFERS, from_value, parse};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Arbitrary JSON, biased towards the field names the parser knows so that nested paths are reached.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("name".to_string()),
        Just("contacts".to_string()),
        Just("links".to_string()),
        Just("imprint".to_string()),
        Just("booking".to_string()),
        Just("logo".to_string()),
        Just("accent".to_string()),
        Just("offers".to_string()),
        Just("description".to_string()),
        Just("email".to_string()),
        Just("phone".to_string()),
        Just("benchmark".to_string()),
        ".{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        ".{0,40}".prop_map(Value::String),
        prop_oneof![
            Just("https://www.musterkammer.example/x"),
            Just("javascript:alert(1)"),
            Just("logo.svg"),
            Just("#004b87"),
            Just("a@b.example"),
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parsing_never_panics_and_keeps_only_valid_values(value in json_value()) {
        let (kammer, _warnings) = from_value(&value);
        prop_assert!(kammer.contacts.len() <= MAX_CONTACTS);
        prop_assert!(kammer.offers.len() <= MAX_OFFERS);
        for link in [&kammer.links.imprint, &kammer.links.privacy, &kammer.links.booking].into_iter().flatten() {
            prop_assert!(link.to_ascii_lowercase().starts_with("https://"), "{link}");
        }
        for file in [&kammer.logo, &kammer.benchmark].into_iter().flatten() {
            prop_assert!(!file.contains('/') && !file.contains(':') && !file.contains(".."), "{file}");
        }
        // The same value as text gives the same result.
        let text = value.to_string();
        prop_assert_eq!(parse(&text).0, kammer);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = parse(&text);
    }
}
