//! Post-build step start-facts (scripts/postbuild.mjs): prints, as one JSON object, the facts `public/start.js` shares
//! with the Rust side, each under the placeholder start.js writes for it. start.js runs before the wasm and reads the
//! saved data itself (to hide the pre-rendered start page for a returning visitor) and waits for the app's ready event
//! (to register the service worker), so the storage key, the saved data's field names, the language's stored value
//! and the event's name come from here, not from a second copy.
//!
//!   cargo run --example start_facts

use arbeitgeber_check::domain::lang::Lang;
use arbeitgeber_check::domain::saved::Saved;
use arbeitgeber_check::state::content::READY_EVENT;
use arbeitgeber_check::state::persist::KEY;

/// The saved data's fields start.js reads, by placeholder.
const FIELDS: [(&str, &str); 5] = [
    ("__SAVED_LANG__", "lang"),
    ("__SAVED_PROFILE__", "profile"),
    ("__SAVED_ANSWERS__", "answers"),
    ("__SAVED_PLAN__", "plan"),
    // A re-check in progress has no answers yet, but it is data: the start page shows "continue".
    ("__SAVED_ROUND__", "round"),
];

fn main() {
    // The field names as the app writes them: a field renamed on the Rust side stops the build here.
    let saved = Saved { lang: Some(Lang::En), ..Saved::default() };
    let encoded: serde_json::Value = serde_json::from_str(&saved.encode()).unwrap_or_else(|error| fail(&error.to_string()));
    let mut facts = serde_json::Map::new();
    facts.insert("__STORAGE_KEY__".into(), KEY.into());
    facts.insert("__READY_EVENT__".into(), READY_EVENT.into());
    for (placeholder, field) in FIELDS {
        if encoded.get(field).is_none() {
            fail(&format!("the saved data has no field `{field}` (crates/core/src/saved.rs); public/start.js reads it"));
        }
        facts.insert(placeholder.into(), field.into());
    }
    let Some(english) = encoded.get("lang").and_then(|lang| lang.as_str()) else {
        fail("the saved data does not write the language as a string");
    };
    facts.insert("__LANG_EN__".into(), english.into());
    println!("{}", serde_json::Value::Object(facts));
}

fn fail(message: &str) -> ! {
    eprintln!("start_facts: {message}");
    std::process::exit(1);
}
