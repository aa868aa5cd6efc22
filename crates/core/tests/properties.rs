//! Properties the scoring and recommendations must keep for every possible set of answers, checked on the content
//! the app ships.
#![cfg(not(target_arch = "wasm32"))]

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::Content;
use arbeitgeber_check_core::profile::{Profile, Sector, SizeBand};
use arbeitgeber_check_core::recommend::{fits_profile, recommend};
use arbeitgeber_check_core::scoring::{Scores, score};
use proptest::prelude::*;

fn content() -> &'static Content {
    Content::shipped()
}

fn statement_ids() -> Vec<String> {
    content().statements().map(|(_, s)| s.id.clone()).collect()
}

/// Any answer or none, for every shipped statement.
fn any_answers() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let answer = prop_oneof![Just(None), proptest::sample::select(Answer::ALL.to_vec()).prop_map(Some)];
    proptest::collection::vec(answer, statement_ids().len())
}

fn to_answers(values: &[Option<Answer>]) -> Answers {
    statement_ids().into_iter().zip(values).filter_map(|(id, a)| a.map(|a| (id, a))).collect()
}

fn any_profile() -> impl Strategy<Value = Profile> {
    (
        proptest::option::of(proptest::sample::select(SizeBand::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Sector::ALL.to_vec())),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(size, sector, trains_apprentices)| Profile {
            size,
            sector,
            trains_apprentices,
            ..Profile::default()
        })
}

/// Every score of every level, in a fixed order.
fn all_values(scores: &Scores<'_>) -> Vec<Option<f64>> {
    let mut values = vec![scores.overall.value];
    values.extend(scores.fields.iter().map(|f| f.score.value));
    values.extend(scores.goals().map(|g| g.score.value));
    values
}

const SCALE_UP: [Answer; 4] = [Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully];

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_score_is_within_0_and_100(values in any_answers()) {
        let scores = score(content(), &to_answers(&values));
        for value in all_values(&scores).into_iter().flatten() {
            prop_assert!((0.0..=100.0).contains(&value), "{value}");
        }
    }

    #[test]
    fn raising_one_answer_never_lowers_any_score(values in any_answers(), index in any::<proptest::sample::Index>(), step in 1usize..=3) {
        let ids = statement_ids();
        let i = index.index(ids.len());
        let Some(position) = values[i].and_then(|a| SCALE_UP.iter().position(|s| *s == a)) else { return Ok(()) };
        let Some(raised) = SCALE_UP.get(position + step) else { return Ok(()) };
        let before_answers = to_answers(&values);
        let mut after_answers = before_answers.clone();
        after_answers.set(&ids[i], Some(*raised));
        let before = all_values(&score(content(), &before_answers));
        let after = all_values(&score(content(), &after_answers));
        for (b, a) in before.iter().zip(&after) {
            match (b, a) {
                (Some(b), Some(a)) => prop_assert!(a >= &(b - 1e-9), "{b} -> {a}"),
                (None, None) => {}
                _ => prop_assert!(false, "raising an answer changed whether a level is scored"),
            }
        }
    }

    #[test]
    fn the_order_of_statements_in_the_content_is_irrelevant(values in any_answers(), seed in any::<u64>()) {
        // (Replaces a check on the order of answering, which a BTreeMap made true by construction.) A score depends
        // on which statements were answered how, never on where a statement stands in its goal.
        let answers = to_answers(&values);
        let mut shuffled = content().clone();
        let mut state = seed | 1;
        for goal in shuffled.fields.iter_mut().flat_map(|field| field.goals.iter_mut()) {
            for i in (1..goal.statements.len()).rev() {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17;
                goal.statements.swap(i, (state % (i as u64 + 1)) as usize);
            }
        }
        // Summing in another order may differ in the last bit; nothing shown or compared depends on it.
        let close = |scores: &Scores<'_>| -> Vec<Option<i64>> {
            all_values(scores).into_iter().map(|v| v.map(|v| (v * 1e6).round() as i64)).collect()
        };
        prop_assert_eq!(close(&score(content(), &answers)), close(&score(&shuffled, &answers)));
    }

    #[test]
    fn excluding_a_statement_leaves_the_others_contributions_unchanged(
        values in any_answers(),
        index in any::<proptest::sample::Index>(),
        instead in proptest::sample::select(SCALE_UP.to_vec()),
    ) {
        // Marking one statement "nicht relevant" scores every level exactly as answering it while it weighs nothing:
        // it still counts as answered (coverage), and the other statements' values and weights are untouched.
        let ids = statement_ids();
        let excluded = &ids[index.index(ids.len())];
        let mut not_relevant = to_answers(&values);
        not_relevant.set(excluded, Some(Answer::NotRelevant));
        let mut answered = to_answers(&values);
        answered.set(excluded, Some(instead));
        let mut weightless = content().clone();
        for field in &mut weightless.fields {
            for goal in &mut field.goals {
                for statement in goal.statements.iter_mut().filter(|statement| &statement.id == excluded) {
                    statement.weight = 0.0;
                }
            }
        }
        let (by_exclusion, by_weight) = (score(content(), &not_relevant), score(&weightless, &answered));
        prop_assert_eq!(all_values(&by_exclusion), all_values(&by_weight));
        let coverage = |scores: &Scores<'_>| scores.goals().map(|goal| (goal.score.answered, goal.score.total)).collect::<Vec<_>>();
        prop_assert_eq!(coverage(&by_exclusion), coverage(&by_weight));
    }

    #[test]
    fn recommendations_reference_existing_goals_and_measures_in_gap_order(values in any_answers(), profile in any_profile()) {
        let content = content();
        let answers = to_answers(&values);
        let scores = score(content, &answers);
        let recs = recommend(&scores, &answers, &profile);
        // Goals by gap, weakest first, whether or not a goal holds an unmet legal duty.
        let in_order = recs.windows(2).all(|w| w[0].score <= w[1].score);
        prop_assert!(in_order);
        for rec in &recs {
            let goal = content.goal(&rec.goal.id);
            prop_assert!(goal.is_some());
            prop_assert_eq!(scores.goal(&rec.goal.id).unwrap().score.value, Some(rec.score));
            for m in &rec.measures {
                prop_assert!(goal.unwrap().measures.iter().any(|gm| gm.id == m.measure.id), "{} not in {}", m.measure.id, rec.goal.id);
                prop_assert!((0.0..=1.0).contains(&m.weakness));
            }
            for s in &rec.weakest {
                prop_assert!(goal.unwrap().statements.iter().any(|gs| gs.id == s.id));
            }
        }
        // (Replaces "the same input gives the same output", which a pure function fulfils by construction.) Within a
        // goal, a measure that meets an unmet legal duty comes first, then measures by weakness, strongest first; and
        // every measure shown fits the profile.
        for rec in &recs {
            let in_order = rec.measures.windows(2).all(|w| {
                (w[0].meets_legal_duty && !w[1].meets_legal_duty)
                    || (w[0].meets_legal_duty == w[1].meets_legal_duty && w[0].weakness >= w[1].weakness)
            });
            prop_assert!(in_order, "measures of {} out of order", rec.goal.id);
            for m in &rec.measures {
                prop_assert!(fits_profile(m.measure, &profile), "{} does not fit the profile", m.measure.id);
            }
        }
    }
}
