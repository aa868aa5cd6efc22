//! "Gesetzliche Pflichten: ein kurzer Abgleich": the employer duties in `content/duties.json`, which of them apply to
//! this firm (size, training), how the user answered them, and what the results and the report show for each.
//!
//! The duty check is separate from the attractiveness score: a duty is met or not, a score is a degree, and mixing
//! them would let a met duty lift a weak goal or an open one hide behind a good score. A duty answers either on the
//! duty page (`DutyAnswer`) or, where the practice is also what makes a good employer, through a statement of the
//! questionnaire (`Duty::statement`), so nothing is asked twice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::answers::{Answer, Answers};
use super::content::Content;
use super::lang::Text;
use super::profile::{Profile, SizeBand};
use super::sort::sort_short;

/// One employer duty, as written in `content/duties.json`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub id: String,
    /// A short name: "Gefährdungsbeurteilung".
    pub title: Text,
    /// The practice the user confirms: "Wir haben für jede Tätigkeit …".
    pub text: Text,
    /// What the duty asks in plain words, and where the details are.
    pub help: Text,
    /// The legal reference, written the same in both languages: "§ 5 ArbSchG".
    pub law: String,
    /// The body that advises on it: "Ihre Berufsgenossenschaft …".
    pub advice: Text,
    /// Whom it concerns beyond "every employer with staff".
    #[serde(default)]
    pub scope: Scope,
    /// A firm size from which the duty applies, and how the law counts.
    #[serde(default)]
    pub threshold: Option<Threshold>,
    /// When the duty does not apply ("Wir beschäftigen niemanden unter 18"). Only a duty with this text offers
    /// "trifft nicht zu".
    #[serde(default)]
    pub not_applicable_when: Option<Text>,
    /// The questionnaire's statement that answers this duty; the duty page then shows that answer.
    #[serde(default)]
    pub statement: Option<String>,
}

/// Whom a duty concerns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Every employer with staff.
    #[default]
    All,
    /// Only firms that train apprentices.
    Training,
}

/// The size from which a duty applies: `min` counted the law's way (`counts` says how).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Threshold {
    /// The smallest count the duty applies to ("mehr als 200" is 201).
    pub min: u32,
    /// How the law counts, in one short line: "Arbeitsplätze im Jahresdurchschnitt; Ausbildungsplätze zählen nicht".
    pub counts: Text,
}

/// The file `content/duties.json`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duties {
    pub duties: Vec<Duty>,
}

/// An answer on the duty page. Unanswered is the absence of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DutyAnswer {
    Yes,
    Partly,
    No,
    /// "weiß ich nicht"
    Unknown,
    /// "trifft auf uns nicht zu": offered only where the content says when the duty does not apply.
    NotApplicable,
}

impl DutyAnswer {
    pub const ALL: [DutyAnswer; 5] =
        [DutyAnswer::Yes, DutyAnswer::Partly, DutyAnswer::No, DutyAnswer::Unknown, DutyAnswer::NotApplicable];

    /// The id used in storage, form values and `data-` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            DutyAnswer::Yes => "yes",
            DutyAnswer::Partly => "partly",
            DutyAnswer::No => "no",
            DutyAnswer::Unknown => "unknown",
            DutyAnswer::NotApplicable => "not_applicable",
        }
    }

    /// The answers a duty offers: "trifft nicht zu" only where the content states when it does not apply.
    pub fn offered(duty: &Duty) -> impl Iterator<Item = DutyAnswer> + '_ {
        DutyAnswer::ALL.into_iter().filter(|answer| *answer != DutyAnswer::NotApplicable || duty.not_applicable_when.is_some())
    }
}

/// The duty page's answers by duty id.
pub type DutyAnswers = BTreeMap<String, DutyAnswer>;

/// Whether a duty applies to this firm as far as the profile tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applicability {
    Applies,
    /// The threshold lies inside the size band, or the size is not given: "gilt ab 20 … — prüfen Sie, ob das für
    /// Sie zutrifft". Never silently applied or dropped.
    Check,
    /// Below the threshold, by the exact headcount or the whole band.
    BelowThreshold,
    /// A training duty, and the profile says the firm does not train.
    NotTraining,
}

/// Applicability by the profile: the exact headcount when given, else the size band.
pub fn applicability(duty: &Duty, profile: &Profile) -> Applicability {
    if duty.scope == Scope::Training && profile.trains_apprentices == Some(false) {
        return Applicability::NotTraining;
    }
    let Some(threshold) = &duty.threshold else { return Applicability::Applies };
    if let Some(employees) = profile.employees {
        return if employees >= threshold.min { Applicability::Applies } else { Applicability::BelowThreshold };
    }
    match profile.size.map(band_range) {
        Some((_, Some(max))) if max < threshold.min => Applicability::BelowThreshold,
        Some((min, _)) if min >= threshold.min => Applicability::Applies,
        _ => Applicability::Check,
    }
}

/// The headcounts a size band stands for, inclusive; `None` as the upper end for "250+".
pub fn band_range(band: SizeBand) -> (u32, Option<u32>) {
    match band {
        SizeBand::Micro => (1, Some(9)),
        SizeBand::Small => (10, Some(49)),
        SizeBand::Medium => (50, Some(249)),
        SizeBand::Large => (250, None),
    }
}

/// What the results and the report say about a duty, in the order they list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum DutyStatus {
    /// Answered "nein" (or "trifft (eher) nicht zu" on its statement).
    Open,
    /// "teilweise" or "trifft eher zu": "fast erfüllt — kurz prüfen".
    NearlyMet,
    /// "weiß ich nicht", or not answered yet.
    Unknown,
    Met,
    /// Does not apply: the user said so (where the content allows), or the profile says so.
    NotApplicable,
}

/// One duty as the results show it.
#[derive(Clone, Debug)]
pub struct DutyCheck<'a> {
    pub duty: &'a Duty,
    pub status: DutyStatus,
    pub applicability: Applicability,
    /// The answer the status comes from, whether given on the duty page or through the linked statement.
    pub answer: Option<DutyAnswer>,
}

/// The answer to a duty: from its linked statement when it has one, else from the duty page.
pub fn duty_answer(duty: &Duty, answers: &Answers, duties: &DutyAnswers) -> Option<DutyAnswer> {
    let Some(statement) = &duty.statement else { return duties.get(&duty.id).copied() };
    let answer = answers.get(statement)?;
    Some(match (answer, answer.value()) {
        (Answer::NotRelevant, _) if duty.not_applicable_when.is_some() => DutyAnswer::NotApplicable,
        (_, None) => DutyAnswer::Unknown,
        (_, Some(value)) if value >= 1.0 => DutyAnswer::Yes,
        (_, Some(value)) if value > 0.5 => DutyAnswer::Partly,
        (_, Some(_)) => DutyAnswer::No,
    })
}

/// Every duty of the content with its status for this firm: open first, then nearly met, unknown, met, not
/// applicable; content order within each.
pub fn check_duties<'a>(
    content: &'a Content,
    profile: &Profile,
    answers: &Answers,
    duties: &DutyAnswers,
) -> Vec<DutyCheck<'a>> {
    let mut checks: Vec<DutyCheck<'a>> = content
        .duties
        .iter()
        .map(|duty| {
            let applicability = applicability(duty, profile);
            let answer = duty_answer(duty, answers, duties);
            let status = match (applicability, answer) {
                (Applicability::BelowThreshold | Applicability::NotTraining, _) => DutyStatus::NotApplicable,
                (_, Some(DutyAnswer::Yes)) => DutyStatus::Met,
                (_, Some(DutyAnswer::Partly)) => DutyStatus::NearlyMet,
                (_, Some(DutyAnswer::No)) => DutyStatus::Open,
                (_, Some(DutyAnswer::NotApplicable)) if duty.not_applicable_when.is_some() => {
                    DutyStatus::NotApplicable
                }
                (_, _) => DutyStatus::Unknown,
            };
            DutyCheck { duty, status, applicability, answer }
        })
        .collect();
    sort_short(&mut checks, |a, b| a.status.cmp(&b.status));
    checks
}

/// Whether the questionnaire may offer "nicht relevant" on a statement: not on one that answers a duty which the
/// content does not allow to be set aside (the risk assessment applies to every employer with staff).
pub fn allows_not_relevant(content: &Content, statement_id: &str) -> bool {
    content
        .duties
        .iter()
        .filter(|duty| duty.statement.as_deref() == Some(statement_id))
        .all(|duty| duty.not_applicable_when.is_some())
}

/// How many duties the content has, and how many of them depend on the firm's size (`make stats`).
pub fn counts(content: &Content) -> (usize, usize) {
    (content.duties.len(), content.duties.iter().filter(|duty| duty.threshold.is_some()).count())
}
