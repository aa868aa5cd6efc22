//! The duty check: the shipped duties are complete, validation knows the new fields, applicability follows the
//! profile (exact headcount, band, training), statuses come from the duty page or the linked statement, and the
//! results list open duties first.
mod common;

use arbeitgeber_check_core::answers::{Answer, Answers};
use arbeitgeber_check_core::content::{Content, validate};
use arbeitgeber_check_core::duties::{
    Applicability, DutyAnswer, DutyAnswers, DutyStatus, allows_not_relevant, applicability, check_duties,
    condition_line, counts,
};
use arbeitgeber_check_core::lang::Lang;
use arbeitgeber_check_core::profile::{Profile, SizeBand};

fn shipped() -> &'static Content {
    Content::shipped()
}

fn duty(id: &str) -> &'static arbeitgeber_check_core::duties::Duty {
    shipped().duties.iter().find(|duty| duty.id == id).unwrap_or_else(|| panic!("no duty {id}"))
}

fn profile(size: Option<SizeBand>, employees: Option<u32>, trains: Option<bool>) -> Profile {
    Profile { size, employees, trains_apprentices: trains, ..Profile::default() }
}

/// Content whose duties.json is replaced by `json`, validated.
fn problems_with(duties: serde_json::Value) -> Vec<String> {
    let mut content = shipped().clone();
    content.duties = serde_json::from_value(duties["duties"].clone()).expect("duties parse");
    validate(&content).iter().map(ToString::to_string).collect()
}

#[test]
fn the_shipped_duties_cover_the_candidates_with_sources_and_advice() {
    let (all, gated) = counts(shipped());
    assert!(all >= 15, "{all} duties");
    assert_eq!(gated, 3, "the quota (20), whistleblowing (50) and pay information (more than 200)");
    for duty in &shipped().duties {
        assert!(duty.law.contains('§'), "{}: {}", duty.id, duty.law);
        for lang in Lang::ALL {
            assert!(!duty.advice.get(lang).trim().is_empty(), "{}", duty.id);
        }
    }
    // The three statements flagged legal_duty each answer a duty, so nothing is asked twice.
    let linked: Vec<&str> = shipped().duties.iter().filter_map(|duty| duty.statement.as_deref()).collect();
    assert_eq!(linked, ["3.1.b", "3.2.d", "6.1.b"]);
}

#[test]
fn validation_rejects_unknown_fields_missing_translations_bad_thresholds_and_bad_links() {
    let base = serde_json::json!({"id": "x", "title": {"de": "T", "en": "T"}, "text": {"de": "T", "en": "T"},
        "help": {"de": "H", "en": "H"}, "law": "§ 1 ABC", "advice": {"de": "A", "en": "A"}});
    let unknown = serde_json::json!([{"applies": "all", "id": "x"}]);
    assert!(serde_json::from_value::<Vec<arbeitgeber_check_core::duties::Duty>>(unknown).is_err());
    // A missing or empty text of the page fails too.
    let mut content = shipped().clone();
    let texts = content.duty_texts.as_mut().expect("parsed");
    texts.check_threshold.en = "Applies from 20 jobs".into();
    texts.to_results.de = " ".into();
    let problems: Vec<String> = validate(&content).iter().map(ToString::to_string).collect();
    assert!(problems.contains(&"duties.texts: check_threshold has no {n} in en".into()), "{problems:?}");
    assert!(problems.contains(&"duties.texts: to_results is empty in de".into()), "{problems:?}");
    let mut untranslated = base.clone();
    untranslated["advice"]["en"] = "".into();
    assert!(problems_with(serde_json::json!({"duties": [untranslated]})).contains(&"x: advice is empty in en".into()));
    let mut bad_threshold = base.clone();
    bad_threshold["threshold"] =
        serde_json::json!({"min": 1, "label": {"de": "ab 1", "en": "from one"}, "counts": {"de": "", "en": "heads"}});
    let problems = problems_with(serde_json::json!({"duties": [bad_threshold]}));
    assert!(problems.contains(&"x: threshold 1 is no threshold".into()), "{problems:?}");
    assert!(problems.contains(&"x: threshold.counts is empty in de".into()), "{problems:?}");
    assert!(problems.contains(&"x: threshold.label does not name 1 in en".into()), "{problems:?}");
    let mut training = base.clone();
    training["scope"] = "training".into();
    training["statement"] = "1.1.a".into();
    let problems = problems_with(serde_json::json!({"duties": [training]}));
    assert!(problems.iter().any(|p| p.contains("a training duty needs not_applicable_when")), "{problems:?}");
    assert!(problems.contains(&"x: statement 1.1.a does not carry legal_duty".into()), "{problems:?}");
    // Without the shipped duties, the legal_duty statements are orphans and the measures' marks point nowhere.
    assert!(problems.contains(&"3.1.b: carries legal_duty but no duty in duties.json links it".into()));
    assert!(problems.contains(&"m3.1.c: fulfils gefaehrdungsbeurteilung, which is not a duty".into()));
}

#[test]
fn a_mark_on_a_measure_that_does_not_meet_the_duty_is_rejected() {
    // m3.1.d (a team talk on strain) and m6.1.g (apprentice projects) address duty statements but do not fulfil
    // the duty: marking them fails, as it would have caught the badge they used to carry.
    let mut content = shipped().clone();
    for field in &mut content.fields {
        for goal in &mut field.goals {
            for measure in &mut goal.measures {
                match measure.id.as_str() {
                    "m3.1.d" => measure.fulfils = vec!["gefaehrdungsbeurteilung".into()],
                    "m6.1.g" => measure.fulfils = vec!["ausbildungsplan".into()],
                    "m3.2.f" => measure.addresses = vec!["3.2.b".into()],
                    _ => {}
                }
            }
        }
    }
    let problems: Vec<String> = validate(&content).iter().map(ToString::to_string).collect();
    assert!(
        problems.contains(
            &"m3.1.d: fulfils gefaehrdungsbeurteilung but does not list its law `§ 5 ArbSchG` in sources".into()
        ),
        "{problems:?}"
    );
    assert!(
        problems.contains(
            &"m6.1.g: fulfils ausbildungsplan but does not list its law `§ 14 Abs. 1 BBiG` in sources".into()
        ),
        "{problems:?}"
    );
    assert!(problems.contains(&"m3.2.f: fulfils bem but does not address its statement 3.2.d".into()), "{problems:?}");
    // The shipped marks: exactly the measures whose text meets the duty.
    let marked: Vec<&str> =
        shipped().measures().filter(|(_, m)| !m.fulfils.is_empty()).map(|(_, m)| m.id.as_str()).collect();
    assert_eq!(marked, ["m3.1.c", "m3.2.f", "m6.1.b"]);
}

#[test]
fn every_measure_answers_a_statement_it_is_linked_to() {
    // No orphans: each measure addresses statements of its own goal that exist (retired ids are gone).
    for (goal, measure) in shipped().measures() {
        for id in &measure.addresses {
            assert!(goal.statements.iter().any(|s| &s.id == id), "{} addresses {id}", measure.id);
        }
    }
}

#[test]
fn thresholds_follow_the_exact_headcount_then_the_band_and_never_drop_silently() {
    let quota = duty("beschaeftigungspflicht");
    // The band 10–49 holds the threshold 20: "prüfen Sie, ob das für Sie zutrifft".
    assert_eq!(applicability(quota, &profile(Some(SizeBand::Small), None, None)), Applicability::Check);
    assert_eq!(applicability(quota, &profile(None, None, None)), Applicability::Check);
    assert_eq!(applicability(quota, &profile(Some(SizeBand::Micro), None, None)), Applicability::BelowThreshold);
    assert_eq!(applicability(quota, &profile(Some(SizeBand::Medium), None, None)), Applicability::Applies);
    // The exact headcount decides, whatever the band.
    assert_eq!(applicability(quota, &profile(Some(SizeBand::Small), Some(23), None)), Applicability::Applies);
    assert_eq!(applicability(quota, &profile(Some(SizeBand::Small), Some(19), None)), Applicability::BelowThreshold);
    assert_eq!(applicability(quota, &profile(None, Some(20), None)), Applicability::Applies);
    let pay = duty("entgelttransparenz");
    assert_eq!(applicability(pay, &profile(Some(SizeBand::Medium), None, None)), Applicability::Check);
    assert_eq!(applicability(pay, &profile(None, Some(200), None)), Applicability::BelowThreshold);
    assert_eq!(applicability(pay, &profile(None, Some(201), None)), Applicability::Applies);
    let whistle = duty("hinweisgeberschutz");
    assert_eq!(applicability(whistle, &profile(Some(SizeBand::Small), None, None)), Applicability::BelowThreshold);
    assert_eq!(applicability(whistle, &profile(Some(SizeBand::Medium), None, None)), Applicability::Applies);
    // Every duty applies to the smallest firm unless it has a threshold or concerns training.
    let risk = duty("gefaehrdungsbeurteilung");
    assert_eq!(applicability(risk, &profile(Some(SizeBand::Micro), Some(1), Some(false))), Applicability::Applies);
}

#[test]
fn the_band_case_says_check_and_how_the_law_counts_in_both_languages() {
    let checks =
        check_duties(shipped(), &profile(Some(SizeBand::Small), None, None), &Answers::new(), &DutyAnswers::default());
    let quota = checks.iter().find(|c| c.duty.id == "beschaeftigungspflicht").expect("listed");
    assert_eq!(
        condition_line(shipped(), quota.duty, quota.applicability, Lang::De).as_deref(),
        Some(
            "Gilt ab 20 Arbeitsplätzen — prüfen Sie, ob das für Sie zutrifft. So zählt das Gesetz: Arbeitsplätze im Jahresdurchschnitt; Ausbildungsplätze zählen nicht mit"
        )
    );
    assert!(
        condition_line(shipped(), quota.duty, quota.applicability, Lang::En)
            .is_some_and(|line| line.starts_with("Applies from 20 jobs — check"))
    );
    let exact = check_duties(
        shipped(),
        &profile(Some(SizeBand::Small), Some(12), None),
        &Answers::new(),
        &DutyAnswers::default(),
    );
    let quota = exact.iter().find(|c| c.duty.id == "beschaeftigungspflicht").expect("listed");
    assert_eq!(quota.status, DutyStatus::NotApplicable);
    assert!(
        condition_line(shipped(), quota.duty, quota.applicability, Lang::De)
            .is_some_and(|line| line.starts_with("Gilt erst ab 20 Arbeitsplätzen;"))
    );
    let risk = exact.iter().find(|c| c.duty.id == "gefaehrdungsbeurteilung").expect("listed");
    assert_eq!(condition_line(shipped(), risk.duty, risk.applicability, Lang::De), None);
}

#[test]
fn training_duties_apply_to_training_firms_and_are_asked_when_unknown() {
    let plan = duty("freistellung");
    assert_eq!(applicability(plan, &profile(None, None, Some(false))), Applicability::NotTraining);
    assert_eq!(applicability(plan, &profile(None, None, Some(true))), Applicability::Applies);
    assert_eq!(applicability(plan, &profile(None, None, None)), Applicability::Applies);
    assert!(DutyAnswer::offered(plan).any(|a| a == DutyAnswer::NotApplicable));
    // The safety instruction applies to every employer: "trifft nicht zu" is not offered.
    assert!(DutyAnswer::offered(duty("unterweisung")).all(|a| a != DutyAnswer::NotApplicable));
}

#[test]
fn statuses_come_from_the_duty_page_or_the_statement_and_open_ones_come_first() {
    let mut answers = Answers::new();
    answers.set("3.1.b", Some(Answer::Mostly));
    answers.set("3.2.d", Some(Answer::NotRelevant));
    answers.set("6.1.b", Some(Answer::RatherNot));
    let mut duties = DutyAnswers::default();
    duties.set("unterweisung", Some(DutyAnswer::Yes));
    duties.set("nachweis", Some(DutyAnswer::No));
    duties.set("arbeitszeiterfassung", Some(DutyAnswer::Partly));
    duties.set("jugendarbeitsschutz", Some(DutyAnswer::NotApplicable));
    duties.set("agg-beschwerdestelle", Some(DutyAnswer::Unknown));
    // "trifft nicht zu" where the content does not allow it counts as unknown.
    duties.set("mutterschutz", Some(DutyAnswer::NotApplicable));
    let checks = check_duties(shipped(), &profile(Some(SizeBand::Small), None, Some(true)), &answers, &duties);
    let status = |id: &str| checks.iter().find(|c| c.duty.id == id).map(|c| c.status);
    assert_eq!(status("gefaehrdungsbeurteilung"), Some(DutyStatus::NearlyMet), "trifft eher zu: fast erfüllt");
    assert_eq!(status("bem"), Some(DutyStatus::NotApplicable), "no case of long sickness");
    assert_eq!(status("ausbildungsplan"), Some(DutyStatus::Open));
    assert_eq!(status("unterweisung"), Some(DutyStatus::Met));
    assert_eq!(status("nachweis"), Some(DutyStatus::Open));
    assert_eq!(status("arbeitszeiterfassung"), Some(DutyStatus::NearlyMet));
    assert_eq!(status("jugendarbeitsschutz"), Some(DutyStatus::NotApplicable));
    assert_eq!(status("agg-beschwerdestelle"), Some(DutyStatus::Unknown));
    assert_eq!(status("mutterschutz"), Some(DutyStatus::Unknown));
    assert_eq!(status("hinweisgeberschutz"), Some(DutyStatus::NotApplicable), "below 50 by the band");
    assert_eq!(status("beschaeftigungspflicht"), Some(DutyStatus::Unknown), "unanswered, threshold inside the band");
    let order: Vec<DutyStatus> = checks.iter().map(|c| c.status).collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    assert_eq!(order[0], DutyStatus::Open);
    assert_eq!(checks.len(), shipped().duties.len(), "no duty is ever dropped");
}

#[test]
fn the_risk_assessment_can_no_longer_be_switched_off_as_not_relevant() {
    assert!(!allows_not_relevant(shipped(), "3.1.b"));
    assert!(allows_not_relevant(shipped(), "3.2.d"));
    assert!(allows_not_relevant(shipped(), "1.1.a"));
    // Data saved before this release may hold "nicht relevant" on 3.1.b: the duty then shows as unknown, not gone.
    let mut answers = Answers::new();
    answers.set("3.1.b", Some(Answer::NotRelevant));
    let checks = check_duties(shipped(), &Profile::default(), &answers, &DutyAnswers::default());
    let risk = checks.iter().find(|c| c.duty.id == "gefaehrdungsbeurteilung").expect("listed");
    assert_eq!(risk.status, DutyStatus::Unknown);
}

#[test]
fn a_synthetic_content_without_duties_checks_nothing() {
    let content = common::synthetic();
    assert!(check_duties(&content, &Profile::default(), &Answers::new(), &DutyAnswers::default()).is_empty());
}
