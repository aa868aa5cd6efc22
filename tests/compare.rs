//! Comparing with an earlier state (a snapshot or an earlier result file): deltas per level, their texts, dates.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check::domain::answers::{Answer, Answers};
use arbeitgeber_check::domain::compare::{Earlier, compare, format_delta};
use arbeitgeber_check::domain::content::Content;
use arbeitgeber_check::domain::export::{export, import};
use arbeitgeber_check::domain::lang::Lang;
use arbeitgeber_check::domain::saved::Saved;
use arbeitgeber_check::domain::scoring::score;
use arbeitgeber_check::i18n::messages;
use proptest::prelude::*;

fn content() -> &'static Content {
    Content::shipped()
}

fn ids() -> Vec<String> {
    content().statements().map(|(_, s)| s.id.clone()).collect()
}

fn all(answer: Answer) -> Answers {
    ids().into_iter().map(|id| (id, answer)).collect()
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let answer = prop_oneof![Just(None), proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)];
    proptest::collection::vec(answer, ids().len())
        .prop_map(|values| ids().into_iter().zip(values).filter_map(|(id, a)| a.map(|a| (id, a))).collect())
}

fn undated(answers: &Answers) -> Earlier {
    Earlier { answers: answers.clone(), date: None }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn a_state_compared_with_itself_changes_nothing(answers in any_answers()) {
        let comparison = compare(content(), &answers, &undated(&answers));
        let scores = score(content(), &answers);
        prop_assert_eq!(comparison.overall, scores.overall.rounded().map(|_| 0));
        for (delta, field) in comparison.fields.iter().zip(&scores.fields) {
            prop_assert_eq!(delta.delta, field.score.rounded().map(|_| 0));
        }
        for (delta, goal) in comparison.goals.iter().zip(scores.goals()) {
            prop_assert_eq!(delta.delta, goal.score.rounded().map(|_| 0));
        }
    }

    #[test]
    fn deltas_are_the_difference_of_the_shown_scores(now in any_answers(), before in any_answers()) {
        let comparison = compare(content(), &now, &undated(&before));
        let reverse = compare(content(), &before, &undated(&now));
        let (now_scores, before_scores) = (score(content(), &now), score(content(), &before));
        for ((delta, a), b) in comparison.goals.iter().zip(now_scores.goals()).zip(before_scores.goals()) {
            let expected = a.score.rounded().zip(b.score.rounded()).map(|(a, b)| i16::from(a) - i16::from(b));
            prop_assert_eq!(delta.delta, expected);
            prop_assert_eq!(comparison.goal(&delta.goal.id), expected);
            prop_assert_eq!(reverse.goal(&delta.goal.id), expected.map(|d| -d));
        }
        for field in &comparison.fields {
            prop_assert_eq!(reverse.field(&field.field.id), field.delta.map(|d| -d));
        }
        prop_assert_eq!(reverse.overall, comparison.overall.map(|d| -d));
    }
}

#[test]
fn an_earlier_result_file_gives_dated_deltas_and_their_texts() {
    let mut earlier = Saved::new();
    earlier.answers = all(Answer::Mostly);
    let file = export(&earlier, Lang::De, "2026-03-03T10:00:00.000Z");
    let imported = import(file.as_bytes(), content()).unwrap();
    let earlier = Earlier::from_file(&imported, 60);
    let current = all(Answer::Fully);
    let kept = current.clone();
    let comparison = compare(content(), &current, &earlier);
    assert_eq!(current, kept, "comparing never changes the current answers");
    assert_eq!(comparison.overall, Some(33));
    assert!(comparison.fields.iter().all(|f| f.delta == Some(33)));
    assert!(comparison.goals.iter().all(|g| g.delta == Some(33)));
    assert_eq!(comparison.earlier.overall.rounded(), Some(67));
    let date = comparison.date.unwrap();
    let de = messages(Lang::De);
    let en = messages(Lang::En);
    assert_eq!(format_delta(comparison.overall.unwrap()), "+33");
    assert_eq!(
        de.change_spoken(comparison.overall, Some(&date.format(Lang::De))),
        "33 Punkte mehr als am 3. März 2026"
    );
    assert_eq!(
        en.change_spoken(comparison.overall, Some(&date.format(Lang::En))),
        "33 points more than on 3 March 2026"
    );
    assert_eq!(de.change_since(Some(&date.format(Lang::De))), "Veränderung seit dem 3. März 2026");

    let back = compare(content(), &earlier.answers, &Earlier { answers: current, date: None });
    assert_eq!(format_delta(back.overall.unwrap()), "−33");
    assert_eq!(de.change_spoken(back.overall, None), "33 Punkte weniger als im früheren Zwischenstand");
    assert_eq!(en.change_spoken(back.overall, None), "33 points fewer than in the earlier snapshot");
}

#[test]
fn spoken_texts_for_one_point_no_change_and_no_comparison() {
    let de = messages(Lang::De);
    let en = messages(Lang::En);
    assert_eq!(de.change_spoken(Some(12), Some("3. März 2026")), "12 Punkte mehr als am 3. März 2026");
    assert_eq!(en.change_spoken(Some(12), Some("3 March 2026")), "12 points more than on 3 March 2026");
    assert_eq!(de.change_spoken(Some(1), Some("3. März 2026")), "1 Punkt mehr als am 3. März 2026");
    assert_eq!(en.change_spoken(Some(-1), Some("3 March 2026")), "1 point fewer than on 3 March 2026");
    assert_eq!(de.change_spoken(Some(0), Some("3. März 2026")), "genauso viele Punkte wie am 3. März 2026");
    assert_eq!(en.change_spoken(Some(0), None), "the same score as in the earlier snapshot");
    assert_eq!(de.change_spoken(None, Some("3. März 2026")), de.compare_not_comparable);
}

#[test]
fn a_snapshot_compares_like_the_answers_it_kept() {
    let mut saved = Saved::new();
    saved.answers = all(Answer::RatherNot);
    // 2026-03-03T23:30:00Z: already 4 March in Berlin (UTC+1).
    let taken_at = saved.take_snapshot(1_772_580_600_000.0).unwrap();
    saved.answers = all(Answer::Mostly);
    let snapshot = saved.snapshots.get(taken_at).unwrap();
    let earlier = Earlier::from_snapshot(snapshot, 60);
    assert_eq!(earlier.date.map(|d| d.format(Lang::De)), Some("4. März 2026".into()));
    let comparison = compare(content(), &saved.answers, &earlier);
    assert_eq!(comparison.overall, Some(34), "67 now, 33 then");
    let round_trip = arbeitgeber_check::domain::saved::decode(&saved.encode()).unwrap();
    assert_eq!(round_trip.snapshots, saved.snapshots);
}
