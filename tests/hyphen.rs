//! Soft hyphens in the shipped German texts that name things in narrow places (field and goal titles: step bar,
//! headings, table rows): every word of 16 letters or more gets a break point, so no long name breaks mid-syllable.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check::domain::content::Content;
use arbeitgeber_check::domain::hyphen::{SOFT_HYPHEN, soft_hyphens};
use arbeitgeber_check::domain::lang::Lang;

#[test]
fn every_long_word_of_a_field_or_goal_title_can_break() {
    let content = Content::shipped();
    let titles = content
        .fields
        .iter()
        .flat_map(|field| std::iter::once(&field.title).chain(field.goals.iter().map(|goal| &goal.title)));
    let mut unbreakable = Vec::new();
    for title in titles {
        for word in soft_hyphens(title.get(Lang::De)).split(|c: char| !c.is_alphabetic() && c != SOFT_HYPHEN) {
            if word.chars().filter(|c| c.is_alphabetic()).count() >= 16 && !word.contains(SOFT_HYPHEN) {
                unbreakable.push(word.to_string());
            }
        }
    }
    assert!(unbreakable.is_empty(), "no compound head for: {unbreakable:?}");
}
