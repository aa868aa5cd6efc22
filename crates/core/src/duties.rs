//! "Gesetzliche Pflichten: ein kurzer Abgleich": the employer duties in `content/duties.json`, which of them apply to
//! this firm (size, training), how the user answered them, and what the results and the report show for each.
//!
//! The duty check is separate from the attractiveness score: a duty is met or not, a score is a degree, and mixing
//! them would let a met duty lift a weak goal or an open one hide behind a good score. A duty answers either on the
//! duty page (`DutyAnswer`) or, where the practice is also what makes a good employer, through a statement of the
//! questionnaire (`Duty::statement`), so nothing is asked twice.

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
    /// The threshold as the law words it: "ab 20 Arbeitsplätzen", "bei mehr als 200 Beschäftigten im Betrieb".
    pub label: Text,
    /// How the law counts, in one short line: "Arbeitsplätze im Jahresdurchschnitt; Ausbildungsplätze zählen nicht".
    pub counts: Text,
}

/// The file `content/duties.json`: the duty page's and section's texts, and the duties.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duties {
    pub texts: DutyTexts,
    pub duties: Vec<Duty>,
}

/// The words of the duty page and of the section "Ihre gesetzlichen Pflichten". They travel with the content file,
/// not in the UI tables: those are part of the start page's wasm, and these are needed only once content is here.
/// Every field is required, so a missing text fails parsing as a missing UI string fails to compile.
/// `{n}` in a text stands for a number.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyTexts {
    /// "Gesetzliche Pflichten: ein kurzer Abgleich"
    pub page_title: Text,
    pub page_intro: Text,
    /// "Ihre gesetzlichen Pflichten"
    pub section_title: Text,
    pub section_intro: Text,
    /// "Das ersetzt keine Rechtsberatung." Shown once per page.
    pub no_legal_advice: Text,
    /// The link from the results, the overview and the report's screen to the duty page.
    pub open_page: Text,
    /// The results' disclosure with every duty that is not open, in full: "{n} weitere Pflichten im Einzelnen …".
    pub more_duties: Text,
    /// "{n} von {m} beantwortet"; `{m}` stands for the total.
    pub progress: Text,
    pub answer_yes: Text,
    pub answer_partly: Text,
    pub answer_no: Text,
    pub answer_unknown: Text,
    pub answer_not_applicable: Text,
    pub clear_answer: Text,
    pub status_open: Text,
    pub status_nearly_met: Text,
    pub status_unknown: Text,
    pub status_met: Text,
    pub status_not_applicable: Text,
    /// "Gilt {n}." ({n}: the threshold's label).
    pub applies_from: Text,
    /// "Gilt {n} — prüfen Sie, ob das für Sie zutrifft."
    pub check_threshold: Text,
    /// Why a duty is not applicable by the size: "Gilt erst {n}; nach Ihren Angaben zur Größe trifft das nicht zu."
    pub below_threshold: Text,
    /// "So zählt das Gesetz:" before the threshold's way of counting.
    pub counts_label: Text,
    /// Why a training duty is not applicable: the profile says the firm does not train.
    pub not_training: Text,
    /// "Trifft nicht zu, wenn:" before the content's `not_applicable_when`.
    pub not_applicable_label: Text,
    /// The report's one line of met duties: "Erfüllt ({n}):" before their names.
    pub met_summary: Text,
    /// The report's compact list of duties that do not apply: "Trifft nicht zu:" before names with the short why.
    pub not_applicable_summary: Text,
    /// The short why beside a name in that list, by the size: "gilt erst {n}".
    pub below_threshold_short: Text,
    /// The short why beside a training duty's name when the firm does not train: "Sie bilden derzeit nicht aus".
    pub not_training_short: Text,
    pub law_label: Text,
    pub advice_label: Text,
    /// "Beantwortet im Fragebogen:" before the statement's answer, with a link to change it.
    pub answered_in_questionnaire: Text,
    pub change_in_questionnaire: Text,
    /// The headcount hint on the duty page: enter the exact number in the profile.
    pub headcount_hint: Text,
    pub to_results: Text,
}

impl DutyTexts {
    /// Every text with its name, for validation.
    pub fn all(&self) -> [(&'static str, &Text); 35] {
        [
            ("page_title", &self.page_title),
            ("page_intro", &self.page_intro),
            ("section_title", &self.section_title),
            ("section_intro", &self.section_intro),
            ("no_legal_advice", &self.no_legal_advice),
            ("open_page", &self.open_page),
            ("more_duties", &self.more_duties),
            ("progress", &self.progress),
            ("answer_yes", &self.answer_yes),
            ("answer_partly", &self.answer_partly),
            ("answer_no", &self.answer_no),
            ("answer_unknown", &self.answer_unknown),
            ("answer_not_applicable", &self.answer_not_applicable),
            ("clear_answer", &self.clear_answer),
            ("status_open", &self.status_open),
            ("status_nearly_met", &self.status_nearly_met),
            ("status_unknown", &self.status_unknown),
            ("status_met", &self.status_met),
            ("status_not_applicable", &self.status_not_applicable),
            ("applies_from", &self.applies_from),
            ("check_threshold", &self.check_threshold),
            ("below_threshold", &self.below_threshold),
            ("counts_label", &self.counts_label),
            ("not_training", &self.not_training),
            ("not_applicable_label", &self.not_applicable_label),
            ("met_summary", &self.met_summary),
            ("not_applicable_summary", &self.not_applicable_summary),
            ("below_threshold_short", &self.below_threshold_short),
            ("not_training_short", &self.not_training_short),
            ("law_label", &self.law_label),
            ("advice_label", &self.advice_label),
            ("answered_in_questionnaire", &self.answered_in_questionnaire),
            ("change_in_questionnaire", &self.change_in_questionnaire),
            ("headcount_hint", &self.headcount_hint),
            ("to_results", &self.to_results),
        ]
    }

    /// The label of an answer.
    pub fn answer(&self, answer: DutyAnswer) -> &Text {
        match answer {
            DutyAnswer::Yes => &self.answer_yes,
            DutyAnswer::Partly => &self.answer_partly,
            DutyAnswer::No => &self.answer_no,
            DutyAnswer::Unknown => &self.answer_unknown,
            DutyAnswer::NotApplicable => &self.answer_not_applicable,
        }
    }

    /// The label of a status.
    pub fn status(&self, status: DutyStatus) -> &Text {
        match status {
            DutyStatus::Open => &self.status_open,
            DutyStatus::NearlyMet => &self.status_nearly_met,
            DutyStatus::Unknown => &self.status_unknown,
            DutyStatus::Met => &self.status_met,
            DutyStatus::NotApplicable => &self.status_not_applicable,
        }
    }
}

/// A text with `{n}` replaced by `n` (and `{m}` by `m`).
pub fn fill(text: &str, n: &str, m: Option<usize>) -> String {
    let text = text.replace("{n}", n);
    match m {
        Some(m) => text.replace("{m}", &m.to_string()),
        None => text,
    }
}

/// An answer on the duty page. Unanswered is the absence of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    pub fn parse(id: &str) -> Option<DutyAnswer> {
        DutyAnswer::ALL.into_iter().find(|answer| answer.as_str() == id)
    }

    /// The answers a duty offers: "trifft nicht zu" only where the content states when it does not apply.
    pub fn offered(duty: &Duty) -> impl Iterator<Item = DutyAnswer> + '_ {
        DutyAnswer::ALL
            .into_iter()
            .filter(|answer| *answer != DutyAnswer::NotApplicable || duty.not_applicable_when.is_some())
    }
}

/// The duty page's answers by duty id, kept as one text `id=answer;id=answer` (ids in order), e.g.
/// `"nachweis=no;unterweisung=yes"`. A text because saved data and result files are read and written on the start
/// page: a map of its own type would bring its own copy of the map code into the first load (about 0.9 KB brotli),
/// a text costs nothing there. Entries that do not read are ignored here and rejected by the import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DutyAnswers(String);

impl DutyAnswers {
    /// The entries as written: `(id, answer id)`.
    fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.split(';').filter(|entry| !entry.is_empty()).map(|entry| entry.split_once('=').unwrap_or((entry, "")))
    }

    pub fn get(&self, duty_id: &str) -> Option<DutyAnswer> {
        self.entries().find(|(id, _)| *id == duty_id).and_then(|(_, answer)| DutyAnswer::parse(answer))
    }

    /// Sets or, with `None`, clears the answer to one duty. Ids stay in order, so equal answers give equal text.
    pub fn set(&mut self, duty_id: &str, answer: Option<DutyAnswer>) {
        let mut entries: Vec<(String, String)> = self
            .entries()
            .filter(|(id, _)| *id != duty_id)
            .map(|(id, answer)| (id.to_string(), answer.to_string()))
            .collect();
        if let Some(answer) = answer {
            entries.push((duty_id.to_string(), answer.as_str().to_string()));
        }
        sort_short(&mut entries, |a, b| a.0.cmp(&b.0));
        let written: Vec<String> = entries.into_iter().map(|(id, answer)| format!("{id}={answer}")).collect();
        self.0 = written.join(";");
    }

    pub fn is_empty(&self) -> bool {
        self.entries().next().is_none()
    }

    /// The ids answered, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries().map(|(id, _)| id)
    }

    /// The first entry that does not read (an id without a known answer, or an id twice), for the strict import.
    pub fn first_unreadable(&self) -> Option<&str> {
        let mut seen = Vec::new();
        self.entries().find_map(|(id, answer)| {
            let bad = DutyAnswer::parse(answer).is_none() || id.is_empty() || seen.contains(&id);
            seen.push(id);
            bad.then_some(id)
        })
    }
}

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

impl DutyStatus {
    /// The id in `data-status` attributes and class names.
    pub fn as_str(self) -> &'static str {
        match self {
            DutyStatus::Open => "open",
            DutyStatus::NearlyMet => "nearly_met",
            DutyStatus::Unknown => "unknown",
            DutyStatus::Met => "met",
            DutyStatus::NotApplicable => "not_applicable",
        }
    }
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
    let Some(statement) = &duty.statement else { return duties.get(&duty.id) };
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
                (_, Some(DutyAnswer::NotApplicable)) if duty.not_applicable_when.is_some() => DutyStatus::NotApplicable,
                (_, _) => DutyStatus::Unknown,
            };
            DutyCheck { duty, status, applicability, answer }
        })
        .collect();
    sort_short(&mut checks, |a, b| a.status.cmp(&b.status));
    checks
}

/// Whether the report lists a duty in full (status, condition, legal basis, advice): everything with something to do
/// or to find out, that is open, nearly met, unknown, or a size threshold the firm should check. Met duties and those
/// that do not apply are listed by name only, so the report stays short for a firm that meets most of them.
pub fn listed_in_full(check: &DutyCheck) -> bool {
    !matches!(check.status, DutyStatus::Met | DutyStatus::NotApplicable) || check.applicability == Applicability::Check
}

/// Why a duty does not apply, in a few words for the report's compact list: the size, no training, or what the user
/// confirmed (the content's `not_applicable_when`). `None` for a duty that applies.
pub fn short_reason(content: &Content, check: &DutyCheck, lang: super::lang::Lang) -> Option<String> {
    let texts = content.duty_texts();
    match (check.applicability, check.duty.threshold.as_ref()) {
        (Applicability::NotTraining, _) => Some(texts.not_training_short.get(lang).to_string()),
        (Applicability::BelowThreshold, Some(threshold)) => {
            Some(fill(texts.below_threshold_short.get(lang), threshold.label.get(lang), None))
        }
        _ if check.status == DutyStatus::NotApplicable => {
            check.duty.not_applicable_when.as_ref().map(|when| when.get(lang).to_string())
        }
        _ => None,
    }
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

/// The line about a duty's size or training condition for this firm, in `lang`; `None` when it has none. The
/// threshold's way of counting follows where the size matters.
pub fn condition_line(
    content: &Content,
    duty: &Duty,
    applicability: Applicability,
    lang: super::lang::Lang,
) -> Option<String> {
    let texts = content.duty_texts();
    let line = |text: &super::lang::Text, threshold: &Threshold| {
        let counts = format!("{} {}", texts.counts_label.get(lang), threshold.counts.get(lang));
        format!("{} {counts}", fill(text.get(lang), threshold.label.get(lang), None))
    };
    match (applicability, duty.threshold.as_ref()) {
        (Applicability::NotTraining, _) => Some(texts.not_training.get(lang).to_string()),
        (Applicability::BelowThreshold, Some(threshold)) => Some(line(&texts.below_threshold, threshold)),
        (Applicability::Check, Some(threshold)) => Some(line(&texts.check_threshold, threshold)),
        (Applicability::Applies, Some(threshold)) => Some(line(&texts.applies_from, threshold)),
        _ => None,
    }
}

/// How many duties the content has, and how many of them depend on the firm's size (`make stats`).
pub fn counts(content: &Content) -> (usize, usize) {
    (content.duties.len(), content.duties.iter().filter(|duty| duty.threshold.is_some()).count())
}
