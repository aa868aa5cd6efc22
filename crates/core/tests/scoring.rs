//! Known cases of the scoring rules, on synthetic content with known weights.
mod common;

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::scoring::score;

fn all(content: &Content, answer: Answer) -> Answers {
    content.statements().map(|(_, s)| (s.id.clone(), answer)).collect()
}

fn approx(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn all_top_answers_score_100_everywhere() {
    let content = common::synthetic();
    let scores = score(&content, &all(&content, Answer::Fully));
    assert_eq!(scores.overall.value, Some(100.0));
    assert!(scores.goals().all(|g| g.score.value == Some(100.0)));
    assert!(scores.fields.iter().all(|f| f.score.value == Some(100.0)));
    assert_eq!(scores.overall.rounded(), Some(100));
}

#[test]
fn all_bottom_answers_score_0_everywhere() {
    let content = common::synthetic();
    let scores = score(&content, &all(&content, Answer::NotTrue));
    assert_eq!(scores.overall.value, Some(0.0));
    assert!(scores.goals().all(|g| g.score.value == Some(0.0)));
}

#[test]
fn the_scale_maps_to_thirds() {
    let content = common::synthetic();
    for (answer, expected) in [(Answer::RatherNot, 100.0 / 3.0), (Answer::Mostly, 200.0 / 3.0)] {
        let scores = score(&content, &all(&content, answer));
        assert!(approx(scores.overall.value, expected), "{answer:?}");
    }
}

#[test]
fn nothing_answered_is_not_scored_never_zero() {
    let content = common::synthetic();
    let scores = score(&content, &Answers::new());
    assert_eq!(scores.overall.value, None);
    assert_eq!(scores.overall.rounded(), None);
    assert!(scores.goals().all(|g| g.score.value.is_none() && g.score.answered == 0));
    assert_eq!(scores.overall.total, content.statement_count());
}

#[test]
fn not_relevant_is_excluded_from_the_value_but_counts_as_answered() {
    let content = common::synthetic();
    let mut answers = Answers::new();
    answers.set("1.1.a", Some(Answer::Fully));
    answers.set("1.1.b", Some(Answer::NotTrue));
    answers.set("1.1.c", Some(Answer::NotRelevant));
    answers.set("1.1.d", Some(Answer::NotRelevant));
    let scores = score(&content, &answers);
    let goal = scores.goal("1.1").unwrap();
    assert!(approx(goal.score.value, 50.0));
    assert_eq!(goal.score.answered, 4);
    assert_eq!(goal.relevant, 2);
    assert!(goal.score.is_complete());
}

#[test]
fn a_goal_answered_only_not_relevant_is_not_scored_and_says_so() {
    let content = common::synthetic();
    let answers: Answers =
        ["1.1.a", "1.1.b", "1.1.c", "1.1.d"].iter().map(|id| (id.to_string(), Answer::NotRelevant)).collect();
    let scores = score(&content, &answers);
    let goal = scores.goal("1.1").unwrap();
    assert_eq!(goal.score.value, None);
    assert!(goal.is_not_relevant());
}

#[test]
fn coverage_threshold_is_half_of_a_goals_statements() {
    let content = common::synthetic();
    let mut answers = Answers::new();
    answers.set("1.1.a", Some(Answer::Fully));
    assert_eq!(score(&content, &answers).goal("1.1").unwrap().score.value, None, "1 of 4 is too little");
    answers.set("1.1.b", Some(Answer::Mostly));
    let expected = 100.0 * (1.0 + 2.0 / 3.0) / 2.0;
    assert!(approx(score(&content, &answers).goal("1.1").unwrap().score.value, expected), "2 of 4 is enough");
}

#[test]
fn weights_make_a_weighted_mean() {
    let mut content = common::synthetic();
    content.fields[0].goals[0] = common::goal("1.1", &[3.0, 1.0, 1.0, 1.0]);
    let answers: Answers =
        [("1.1.a", Answer::Fully), ("1.1.b", Answer::NotTrue)].iter().map(|(id, a)| (id.to_string(), *a)).collect();
    let goal_value = score(&content, &answers).goal("1.1").unwrap().score.value;
    assert!(approx(goal_value, 75.0), "{goal_value:?}");
}

#[test]
fn field_is_the_mean_of_its_scored_goals_and_needs_half_of_them() {
    let content = common::synthetic();
    let mut answers = Answers::new();
    for id in ["1.1.a", "1.1.b"] {
        answers.set(id, Some(Answer::Fully));
    }
    // Field 1 has three goals: one scored goal is less than half.
    assert_eq!(score(&content, &answers).field("field1").unwrap().score.value, None);
    for id in ["1.2.a", "1.2.b"] {
        answers.set(id, Some(Answer::NotTrue));
    }
    let scores = score(&content, &answers);
    assert!(approx(scores.field("field1").unwrap().score.value, 50.0));
    assert_eq!(scores.field("field1").unwrap().score.answered, 4);
    assert_eq!(scores.field("field1").unwrap().score.total, 12);
}

#[test]
fn overall_is_the_mean_of_scored_fields_and_needs_half_of_them() {
    let content = common::synthetic();
    let mut answers = Answers::new();
    // Fields 3 and 4 fully at 100 and 0: two of six fields is not enough for an overall score.
    for id in ["3.1.a", "3.1.b", "3.1.c", "3.1.d"] {
        answers.set(id, Some(Answer::Fully));
    }
    for id in ["4.1.a", "4.1.b", "4.1.c", "4.1.d"] {
        answers.set(id, Some(Answer::NotTrue));
    }
    assert_eq!(score(&content, &answers).overall.value, None);
    for id in ["5.1.a", "5.1.b"] {
        answers.set(id, Some(Answer::Mostly));
    }
    let scores = score(&content, &answers);
    let expected = (100.0 + 0.0 + 200.0 / 3.0) / 3.0;
    assert!(approx(scores.overall.value, expected), "{:?}", scores.overall.value);
}

#[test]
fn answers_to_unknown_statements_are_ignored() {
    let content = common::synthetic();
    let mut answers = all(&content, Answer::Fully);
    answers.set("9.9.z", Some(Answer::NotTrue));
    assert_eq!(score(&content, &answers).overall.value, Some(100.0));
}

#[test]
fn bands_and_readings_follow_the_score() {
    let content = common::synthetic();
    assert_eq!(content.band_for(0.0).unwrap().id, "low");
    assert_eq!(content.band_for(39.99).unwrap().id, "low");
    assert_eq!(content.band_for(40.0).unwrap().id, "mid");
    assert_eq!(content.band_for(100.0).unwrap().id, "high");
    assert_eq!(content.band_for(250.0).unwrap().id, "high", "clamped");
    assert_eq!(content.reading(None, 50.0).unwrap().en, "overall mid (en)");
    assert_eq!(content.reading(Some("field2"), 80.0).unwrap().de, "field2 high (de)");
    assert!(content.reading(Some("nope"), 80.0).is_none());
}

#[test]
fn progress_counts_answers_per_field_and_finds_the_next_open_statement() {
    use arbeitgeber_check_core::progress::progress;
    let content: &'static Content = Box::leak(Box::new(common::synthetic()));
    let mut answers = Answers::new();
    let empty = progress(content, &answers);
    assert_eq!((empty.answered, empty.total), (0, 56));
    assert_eq!(empty.next_open, Some((1, "1.1.a")));
    for (_, statement) in content.fields[0].goals.iter().flat_map(|g| g.statements.iter().map(move |s| (g, s))) {
        answers.set(&statement.id, Some(Answer::NotRelevant));
    }
    answers.set("2.1.a", Some(Answer::Fully));
    answers.set("9.9.z", Some(Answer::Fully));
    let p = progress(content, &answers);
    assert_eq!(p.fields[0].answered, 12);
    assert_eq!(p.fields[1].answered, 1);
    assert_eq!(p.answered, 13);
    assert_eq!(p.next_open, Some((2, "2.1.b")));
    let all: Answers = content.statements().map(|(_, s)| (s.id.clone(), Answer::Mostly)).collect();
    assert_eq!(progress(content, &all).next_open, None);
}

#[test]
fn bands_use_the_shown_number_so_a_70_is_never_labelled_below_70() {
    use arbeitgeber_check_core::scoring::Score;
    let content = common::synthetic();
    let score = Score { value: Some(69.6), answered: 4, total: 4 };
    assert_eq!(score.rounded(), Some(70));
    assert_eq!(content.band_for(score.shown().unwrap()).unwrap().id, "high");
    assert_eq!(Score { value: None, answered: 0, total: 4 }.shown(), None);
}

/// "Weiß ich nicht" tells nothing about the firm: it neither scores nor covers a level (a goal answered only so is
/// "nicht bewertet", not "nicht relevant"), but the questionnaire counts it as answered.
#[test]
fn unknown_is_neither_scored_nor_coverage_but_counts_for_progress() {
    let content = common::synthetic();
    let mut answers = Answers::new();
    answers.set("1.1.a", Some(Answer::Fully));
    answers.set("1.1.b", Some(Answer::NotTrue));
    answers.set("1.1.c", Some(Answer::Unknown));
    answers.set("1.1.d", Some(Answer::Unknown));
    let goal = score(&content, &answers).goal("1.1").unwrap().clone();
    assert!(approx(goal.score.value, 50.0));
    assert_eq!((goal.score.answered, goal.relevant), (2, 2));
    answers.set("1.1.a", Some(Answer::Unknown));
    let goal = score(&content, &answers).goal("1.1").unwrap().clone();
    assert_eq!(goal.score.value, None, "one real answer of four is below the coverage");
    let only_unknown: Answers =
        ["1.1.a", "1.1.b", "1.1.c", "1.1.d"].iter().map(|id| (id.to_string(), Answer::Unknown)).collect();
    let goal = score(&content, &only_unknown).goal("1.1").unwrap().clone();
    assert!(!goal.is_not_relevant());
    assert_eq!(goal.score.value, None);
    let content: &'static Content = Box::leak(Box::new(content));
    let progress = arbeitgeber_check_core::progress::progress(content, &only_unknown);
    assert_eq!(progress.answered, 4);
}
