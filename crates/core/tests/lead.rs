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
