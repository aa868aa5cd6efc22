//! The colour tokens the accent rule (`domain::accent`) reads against are the style sheet's: a change to
//! `--paper`, `--surface` or the `--accent-soft` mix in style/main.css fails here until the rule's constants follow.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check::domain::accent::{PAPER, Rgb, SOFT_PERCENT, SURFACE, parse_accent};

const MAIN_CSS: &str = include_str!("../style/main.css");

/// The value of the last declaration of a custom property in main.css (later rules win, as in the browser).
fn token(name: &str) -> String {
    let declaration = format!("{name}:");
    let at = MAIN_CSS.rfind(&declaration).unwrap_or_else(|| panic!("{name} is not declared in style/main.css"));
    let rest = &MAIN_CSS[at + declaration.len()..];
    rest[..rest.find(';').expect("a declaration ends with ;")].trim().to_string()
}

fn hex(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

#[test]
fn the_backgrounds_of_the_accent_rule_are_the_style_sheets() {
    assert_eq!(token("--paper"), hex(PAPER));
    assert_eq!(token("--on-accent"), hex(PAPER));
    assert_eq!(token("--surface"), hex(SURFACE));
    assert_eq!(token("--accent-soft"), format!("color-mix(in srgb, var(--accent) {SOFT_PERCENT}%, white)"));
}

#[test]
fn the_default_accent_meets_its_own_rule() {
    let accent = token("--accent");
    let accent = accent.split_whitespace().next().expect("a colour");
    assert_eq!(parse_accent(accent).as_deref(), Some(accent));
}
