//! Soft hyphens (U+00AD) in long German compounds, so a narrow column breaks "Familien-freundlichkeit" at a joint
//! with a visible hyphen instead of mid-syllable ("Familienfreun|dlichkeit") in browsers without German hyphenation
//! (Chromium on Linux has none: `hyphens: auto` does nothing there). A soft hyphen is invisible unless the line
//! breaks at it; screen readers and find-in-page ignore it.
//!
//! The break points come from a short list of compound heads, which are safe to break before: each is a whole word
//! part ("freundlich", "bildung", "gespräch") or a suffix that starts a syllable ("keit", "heit", "schaft"). Only words
//! of at least `LONG` letters are touched, and only where both sides keep at least `MIN_PART` letters, so "Ausbildung"
//! stays whole and a head inside a short word never splits it.

use crate::lang::Lang;

/// Words shorter than this fit every column the app has; they are left alone.
pub const LONG: usize = 12;
/// The fewest letters on either side of a soft hyphen.
pub const MIN_PART: usize = 4;
/// The soft hyphen.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Compound heads (lowercase) a German word may break before. The list covers the long words of the shipped content
/// and UI (tests/hyphen.rs checks that each word of 16 letters or more gets a break point).
const HEADS: &[&str] = &[
    "abschluss",
    "ablauf",
    "angebot",
    "anzeige",
    "arbeit",
    "attraktivität",
    "aufenthalt",
    "ausbildung",
    "auswertung",
    "befragung",
    "bedingung",
    "beauftragte",
    "bedarf",
    "beratung",
    "betreuung",
    "betrieb",
    "beurteilung",
    "bildung",
    "bindung",
    "budget",
    "entwicklung",
    "erklärung",
    "erwerbs",
    "fähigkeit",
    "förderung",
    "fortbildung",
    "freundlich",
    "führung",
    "gespräch",
    "gerecht",
    "gewinnung",
    "gruppen",
    "heit",
    "inhalte",
    "keit",
    "kräfte",
    "kultur",
    "laufbahn",
    "leistung",
    "management",
    "mappe",
    "maßnahme",
    "matrix",
    "messe",
    "orientiert",
    "partner",
    "plan",
    "position",
    "profil",
    "prüfung",
    "qualifi",
    "qualität",
    "quote",
    "rekrutierung",
    "sachsen",
    "schaft",
    "sicherung",
    "sprach",
    "ständisch",
    "stelle",
    "struktur",
    "tätigkeit",
    "tigung",
    "übergabe",
    "unternehmen",
    "urlaub",
    "verfahren",
    "vorbereitung",
    "zeit",
];

/// German text with soft hyphens (see [`soft_hyphens`]); English text as it is (its words are shorter, and the
/// heads are German).
pub fn hyphenate(lang: Lang, text: &str) -> String {
    match lang {
        Lang::De => soft_hyphens(text),
        Lang::En => text.to_string(),
    }
}

/// `text` with a soft hyphen before each compound head inside its long words. Text without long words comes back
/// unchanged; existing hyphens and soft hyphens are kept.
pub fn soft_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut word: Vec<char> = Vec::new();
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            push_word(&mut out, &word);
            word.clear();
            out.push(c);
        }
    }
    push_word(&mut out, &word);
    out
}

/// Appends one word, with soft hyphens at its break points if it is long.
fn push_word(out: &mut String, word: &[char]) {
    let breaks = if word.len() >= LONG { break_points(word) } else { Vec::new() };
    for (i, c) in word.iter().enumerate() {
        if breaks.contains(&i) {
            out.push(SOFT_HYPHEN);
        }
        out.push(*c);
    }
}

/// The positions (in letters) before which a soft hyphen goes, ascending, at least `MIN_PART` apart.
fn break_points(word: &[char]) -> Vec<usize> {
    let lower: Vec<char> = word.iter().flat_map(|c| c.to_lowercase()).collect();
    if lower.len() != word.len() {
        // A letter whose lowercase is longer (rare, e.g. "İ"): positions would not match, so leave the word whole.
        return Vec::new();
    }
    let mut points: Vec<usize> = Vec::new();
    for at in MIN_PART..=word.len().saturating_sub(MIN_PART) {
        let starts_head = HEADS.iter().any(|head| {
            let head: Vec<char> = head.chars().collect();
            lower[at..].starts_with(&head)
        });
        if starts_head && points.last().is_none_or(|last| at - last >= MIN_PART) {
            points.push(at);
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        soft_hyphens(text).replace(SOFT_HYPHEN, "|")
    }

    #[test]
    fn breaks_long_compounds_at_their_joints() {
        assert_eq!(shown("Familienfreundlichkeit"), "Familien|freundlich|keit");
        assert_eq!(shown("Beschäftigungsfähigkeit"), "Beschäf|tigungs|fähig|keit");
        assert_eq!(shown("Personalentwicklung und Weiterbildung"), "Personal|entwicklung und Weiter|bildung");
        assert_eq!(shown("Fachkräftebindung"), "Fach|kräfte|bindung");
    }

    #[test]
    fn leaves_short_words_and_other_characters_alone() {
        for text in ["Ausbildung", "Führung und Kultur", "Teilweise", "Work-Life-Balance", "3 von 6", ""] {
            assert_eq!(soft_hyphens(text), text);
        }
    }

    #[test]
    fn keeps_the_text_apart_from_soft_hyphens() {
        let text = "Gefährdungsbeurteilung, Gesundheitsförderung (Nordostniedersachsen).";
        assert_eq!(soft_hyphens(text).replace(SOFT_HYPHEN, ""), text);
    }

    #[test]
    fn never_leaves_fewer_than_four_letters_on_a_side() {
        // "plan" at the very end of a short-headed word, "keit" as the whole tail: both sides keep 4 letters.
        assert_eq!(shown("Wiedereinstiegsplan"), "Wiedereinstiegs|plan");
        for piece in shown("Frauenerwerbstätigkeit Ausbildungsbedingungen").split([' ', '|']) {
            assert!(piece.chars().count() >= MIN_PART, "{piece}");
        }
    }
}
