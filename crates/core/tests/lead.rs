//! "Results that lead": the top goals and the compact rest follow `recommend`'s order exactly.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::lead::{LEAD_GOALS, LEAD_MEASURES, lead};
use arbeitgeber_check_core::profile::Profile;
use arbeitgeber_check_core::recommend::recommend;
use arbeitgeber_check_core::scoring::score;
use proptest::prelude::*;

fn content() -> &'static Content {
    Content::shipped()
}

fn ids() -> Vec<String> {
    content().statements().map(|(_, s)| s.id.clone()).collect()
}

fn any_answers() -> impl Strategy<Value = Answers> {
    let answer = prop_oneof![Just(None), proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)];
    proptest::collection::vec(answer, ids().len())
        .prop_map(|values| ids().into_iter().zip(values).filter_map(|(id, a)| a.map(|a| (id, a))).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn lead_keeps_recommends_order_and_shows_at_most_three_goals_with_a_gap(answers in any_answers()) {
        let scores = score(content(), &answers);
        let profile = Profile::default();
        let recs = recommend(&scores, &answers, &profile);
        let lead = lead(&scores, &answers, &profile);
        prop_assert!(lead.top.len() <= LEAD_GOALS);
        let goal_ids: Vec<&str> = lead.top.iter().map(|g| g.recommendation.goal.id.as_str())
            .chain(lead.others.iter().map(|r| r.goal.id.as_str())).collect();
        let mut expected: Vec<&str> = recs.iter().map(|r| r.goal.id.as_str()).collect();
        // Goals without a gap move to the compact list; among the rest the order is recommend's.
        let top: Vec<&str> = recs.iter().filter(|r| r.score < 100.0).take(LEAD_GOALS).map(|r| r.goal.id.as_str()).collect();
        expected.retain(|id| !top.contains(id));
        let expected: Vec<&str> = top.iter().copied().chain(expected).collect();
        prop_assert_eq!(goal_ids, expected);
        for goal in &lead.top {
            prop_assert!(goal.recommendation.score < 100.0);
            let rec = recs.iter().find(|r| r.goal.id == goal.recommendation.goal.id).unwrap();
            let measures: Vec<&str> = goal.measures.iter().map(|m| m.measure.id.as_str()).collect();
            let best: Vec<&str> = rec.measures.iter().take(LEAD_MEASURES).map(|m| m.measure.id.as_str()).collect();
            prop_assert_eq!(measures, best);
            prop_assert_eq!(goal.weakest.len(), rec.weakest.len());
            for ((statement, answer), weak) in goal.weakest.iter().zip(&rec.weakest) {
                prop_assert_eq!(&statement.id, &weak.id);
                prop_assert_eq!(answers.get(&statement.id), Some(*answer));
                prop_assert!(*answer != Answer::Fully && *answer != Answer::NotRelevant);
            }
        }
    }
}

#[test]
fn all_answers_fully_leads_with_nothing() {
    let answers: Answers = ids().into_iter().map(|id| (id, Answer::Fully)).collect();
    let scores = score(content(), &answers);
    let lead = lead(&scores, &answers, &Profile::default());
    assert!(lead.top.is_empty());
    assert_eq!(lead.others.len(), content().goals().count());
}

/// Issue 30: the focus leads. Without open legal duties the suggestion is the three weakest, exactly `lead`'s top;
/// an open legal duty's goal comes first; a chosen focus leads in its own order, every other goal follows.
#[test]
fn the_focus_leads_the_results() {
    use arbeitgeber_check_core::focus::in_focus;
    use arbeitgeber_check_core::lead::focused_lead;
    use arbeitgeber_check_core::saved::Saved;
    let goals_of = |lead: &arbeitgeber_check_core::lead::Lead<'_>| -> Vec<String> {
        lead.top.iter().map(|g| g.recommendation.goal.id.clone()).collect()
    };
    // Every statement "trifft eher zu" but one weak goal: no duty is open.
    let mut saved = Saved::new();
    for (i, id) in ids().into_iter().enumerate() {
        saved.answers.set(&id, Some(if i % 7 == 0 { Answer::RatherNot } else { Answer::Fully }));
    }
    let scores = score(content(), &saved.answers);
    let plain = lead(&scores, &saved.answers, &saved.profile);
    let duty_goals: Vec<&str> = content()
        .goals()
        .filter(|(_, goal)| goal.statements.iter().any(|s| s.legal_duty && saved.answers.get(&s.id) != Some(Answer::Fully)))
        .map(|(_, goal)| goal.id.as_str())
        .collect();
    let focus = in_focus(content(), &saved);
    assert_eq!(focus.len(), 3);
    for (rank, goal) in focus.iter().enumerate() {
        if rank < duty_goals.len() {
            assert!(duty_goals.contains(&goal.as_str()), "open duties first: {focus:?} {duty_goals:?}");
        }
    }
    if duty_goals.is_empty() {
        assert_eq!(focus, goals_of(&plain));
    }
    let focused = focused_lead(&scores, &saved.answers, &saved.profile, &focus);
    assert_eq!(goals_of(&focused), focus);
    assert_eq!(focused.top.len() + focused.others.len(), plain.top.len() + plain.others.len());

    // The user's choice, in its order, also a goal at full score.
    let full = content().goals().map(|(_, g)| g.id.clone()).find(|id| !focus.contains(id)).unwrap();
    saved.focus.toggle(&focus[0], false, &focus);
    let current = in_focus(content(), &saved);
    saved.focus.toggle(&full, true, &current);
    let chosen = in_focus(content(), &saved);
    assert_eq!(chosen, [focus[1].clone(), focus[2].clone(), full]);
    assert_eq!(goals_of(&focused_lead(&scores, &saved.answers, &saved.profile, &chosen)), chosen);
}
