//! The team round: several people of one firm fill in the check separately, export their result files, and a
//! coordinator merges 2–30 of them. Everything here is pure; the team data stays in memory unless the coordinator
//! saves a team file ([`encode_team`] / [`decode_team`]).
//!
//! Definitions (what the team screen and the team report say):
//! - **Team score** of a goal, field or overall: the mean of the individual scores at that level, each computed
//!   exactly as on each person's own results screen ("nicht relevant" and unanswered left out, "nicht bewertet"
//!   below the minimum coverage). People for whom the level is "nicht bewertet" are left out of the mean; if it is
//!   so for everybody, the team score is "nicht bewertet" too. So one file merged alone gives that file's scores,
//!   and every person weighs the same however many statements they answered.
//! - **Spread**: the lowest and the highest individual (shown, rounded) score, "von 40 bis 75"; its width
//!   (highest − lowest) is 0 when everybody gives the same score.
//! - **Divided statements** ("Hier sehen Sie es unterschiedlich"): statements where two people's answers are
//!   [`DIVIDED_STEPS`] or more steps apart on the 4-point scale ("nicht relevant", "weiß ich nicht" and unanswered
//!   do not count for the steps), and statements one person finds "nicht relevant" while another says they apply
//!   ("trifft eher zu" or "trifft voll zu"): one thinks the firm does it, the other that it does not concern it.
//!   Most divided first: the wider gap first (3 steps: "trifft voll zu" against "trifft nicht zu"), then the more
//!   evenly split (the larger of the two smaller camps at the extremes: 3 against 3 before 1 against 5), then
//!   content order.
//! - **Open per person**: each person's unanswered and "weiß ich nicht" statements, counted.
//! - **Roles beside answers**: shown only when every role given has at least [`MIN_ROLE_GROUP`] people (or the
//!   coordinator chooses to); otherwise [`merge_anonymous`] leaves them out of the markers and the order, so an
//!   employee's answers cannot be traced to her by her role. The roles line (how many per role) stays.
//! - **Goals to talk about first** ([`TALK_GOALS`]): among the goals with a team score, those below the top band
//!   first (where there is something to improve), then the widest spread (where people see it differently), then
//!   the lower team score, then content order.
//! - **Person numbers** follow the role (in the profile's order, without role last; not when roles are hidden) and
//!   then the answers, not the order of the files, so "Person 2" does not point to the second file name and the
//!   result does not depend on the order the files were picked in.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::{Answer, Answers};
use super::content::{Content, Field, Goal, Statement};
use super::export::{ImportError, import};
use super::profile::Role;
use super::scoring::{Score, Scores, score};
use super::sort::sort_short;

/// Fewest people a team evaluation is shown for.
pub const MIN_MEMBERS: usize = 2;
/// Most people merged: more files in one go are named and left out.
pub const MAX_MEMBERS: usize = 30;
/// Answers this many scale steps apart (or more) make a statement "divided".
pub const DIVIDED_STEPS: u8 = 2;
/// Goals listed under "talk about first".
pub const TALK_GOALS: usize = 3;
/// Fewest people in each role for the roles to be shown beside the answers.
pub const MIN_ROLE_GROUP: usize = 3;

/// One person's contribution: their optional role and their answers. No name, no company name, no plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub role: Option<Role>,
    pub answers: Answers,
}

/// Why a file was not used. The view shows it with the file's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// Rejected by the same strict import as the app's "Datei laden".
    Import(ImportError),
    /// Byte for byte the same as an earlier file in the set (picked twice): counting it would count a person twice.
    Duplicate { of: String },
    /// A valid result file without a single answer.
    NoAnswers,
    /// Beyond [`MAX_MEMBERS`] usable files.
    TooMany,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub file_name: String,
    pub reason: Rejection,
}

/// The outcome of loading a set of files: the people to merge and the files left out, each in the order given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    /// Names of the files used, for the coordinator's list; they are not linked to the person numbers.
    pub used: Vec<String>,
    pub members: Vec<Member>,
    pub rejected: Vec<Rejected>,
}

impl Loaded {
    /// Enough people for a team evaluation.
    pub fn is_enough(&self) -> bool {
        self.members.len() >= MIN_MEMBERS
    }
}

/// Validates each `(file name, bytes)` like an import and keeps the good ones, up to [`MAX_MEMBERS`].
pub fn load_files<'f>(files: impl IntoIterator<Item = (&'f str, &'f [u8])>, content: &Content) -> Loaded {
    let mut roster = Roster::default();
    let rejected = roster.add(files, content);
    Loaded { used: roster.file_names(), members: roster.members(), rejected }
}

/// One person in the team round: the file they came from and what it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub file_name: String,
    /// The file's bytes, to recognise the same file added again; empty for people from a team file.
    bytes: Vec<u8>,
    /// The firm named in the file's profile (may be empty).
    pub firm: String,
    pub member: Member,
}

/// The people of a team round as the coordinator adds them, one file or a few at a time, and removes them one at a
/// time: a later file joins the loaded ones, never replaces them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roster {
    entries: Vec<Entry>,
}

impl Roster {
    /// The people of a saved team file join the loaded ones, each listed as "team.json (2)"; returns how many
    /// found no room beyond [`MAX_MEMBERS`].
    pub fn add_team(&mut self, members: Vec<Member>, firm: &str, file_name: &str) -> usize {
        let mut left_out = 0;
        for (i, member) in members.into_iter().enumerate() {
            if self.entries.len() >= MAX_MEMBERS {
                left_out += 1;
                continue;
            }
            let file_name = format!("{file_name} ({})", i + 1);
            self.entries.push(Entry { file_name, bytes: Vec::new(), firm: firm.to_string(), member });
        }
        left_out
    }

    /// Adds each valid file as a person; returns the files left out with the reason, in the order given. A file
    /// byte for byte the same as one already here (or earlier in `files`) is a duplicate.
    pub fn add<'f>(
        &mut self,
        files: impl IntoIterator<Item = (&'f str, &'f [u8])>,
        content: &Content,
    ) -> Vec<Rejected> {
        let mut rejected = Vec::new();
        let mut refused: Vec<(&'f [u8], &'f str)> = Vec::new();
        for (file_name, bytes) in files {
            let known = self.entries.iter().find(|entry| entry.bytes == bytes).map(|entry| entry.file_name.as_str());
            let earlier = refused.iter().find(|(other, _)| *other == bytes).map(|(_, name)| *name);
            let reason = if let Some(of) = known.or(earlier) {
                Some(Rejection::Duplicate { of: of.to_string() })
            } else {
                match import(bytes, content) {
                    Err(error) => Some(Rejection::Import(error)),
                    Ok(imported) if imported.answers.is_empty() => Some(Rejection::NoAnswers),
                    Ok(_) if self.entries.len() >= MAX_MEMBERS => Some(Rejection::TooMany),
                    Ok(imported) => {
                        self.entries.push(Entry {
                            file_name: file_name.to_string(),
                            bytes: bytes.to_vec(),
                            firm: imported.profile.company_name,
                            member: Member { role: imported.profile.role, answers: imported.answers },
                        });
                        None
                    }
                }
            };
            if let Some(reason) = reason {
                refused.push((bytes, file_name));
                rejected.push(Rejected { file_name: file_name.to_string(), reason });
            }
        }
        rejected
    }

    /// Removes the person at `index` (in [`Roster::file_names`] order); returns whether there was one.
    pub fn remove(&mut self, index: usize) -> bool {
        (index < self.entries.len()).then(|| self.entries.remove(index)).is_some()
    }

    pub fn file_names(&self) -> Vec<String> {
        self.entries.iter().map(|entry| entry.file_name.clone()).collect()
    }

    pub fn members(&self) -> Vec<Member> {
        self.entries.iter().map(|entry| entry.member.clone()).collect()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The firm the files name: the one named most often (the first of equals), or empty.
    pub fn firm(&self) -> String {
        let named: Vec<&str> = self.entries.iter().map(|entry| entry.firm.trim()).filter(|f| !f.is_empty()).collect();
        let count = |firm: &str| named.iter().filter(|other| **other == firm).count();
        let mut best: Option<&str> = None;
        for firm in &named {
            if best.is_none_or(|best| count(firm) > count(best)) {
                best = Some(firm);
            }
        }
        best.unwrap_or_default().to_string()
    }
}

/// A person as shown on the team screen: "Person 2" or "Person 2 (Beschäftigte)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// 1-based.
    pub number: usize,
    pub role: Option<Role>,
}

/// A team score with its spread.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TeamScore {
    /// `value` is the mean of the individual scores; `answered` and `total` add up everybody's statements.
    pub score: Score,
    /// The lowest and highest individual shown score; `None` when nobody has a score here.
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// How many people have a score at this level.
    pub scored: usize,
}

impl TeamScore {
    /// Highest minus lowest individual score: 0 when everybody gives the same score.
    pub fn spread(&self) -> Option<u8> {
        Some(self.highest? - self.lowest?)
    }

    fn of<'s>(individual: impl Iterator<Item = &'s Score>) -> TeamScore {
        let individual: Vec<&Score> = individual.collect();
        let mut values: Vec<f64> = individual.iter().filter_map(|score| score.value).collect();
        // Summing in a fixed order makes the mean independent of the order of the people, to the last bit.
        sort_short(&mut values, f64::total_cmp);
        let shown: Vec<u8> = individual.iter().filter_map(|score| score.rounded()).collect();
        TeamScore {
            score: Score {
                value: (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64),
                answered: individual.iter().map(|score| score.answered).sum(),
                total: individual.iter().map(|score| score.total).sum(),
            },
            lowest: shown.iter().copied().min(),
            highest: shown.iter().copied().max(),
            scored: values.len(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct TeamField<'a> {
    pub field: &'a Field,
    pub score: TeamScore,
    pub goals: Vec<TeamGoal<'a>>,
}

#[derive(Clone, Debug)]
pub struct TeamGoal<'a> {
    pub goal: &'a Goal,
    pub score: TeamScore,
}

/// A statement the team sees differently, with every person's answer.
#[derive(Clone, Debug)]
pub struct Divided<'a> {
    pub goal: &'a Goal,
    pub statement: &'a Statement,
    /// Scale steps between the lowest and the highest answer on the 4-point scale: 0 to 3.
    pub steps: u8,
    /// Somebody finds it "nicht relevant" while somebody else says it applies.
    pub not_relevant_against: bool,
    /// Every person in marker order, with their answer (`None`: not answered).
    pub answers: Vec<(Marker, Option<Answer>)>,
}

/// Everything the team screen and the team report show.
#[derive(Clone, Debug)]
pub struct TeamResult<'a> {
    /// Everybody merged, in marker order.
    pub people: Vec<Marker>,
    /// Each role given, with how many people gave it, in the profile's order.
    pub roles: Vec<(Role, usize)>,
    pub overall: TeamScore,
    pub fields: Vec<TeamField<'a>>,
    /// Most divided first.
    pub divided: Vec<Divided<'a>>,
    /// The goals to talk about first, at most [`TALK_GOALS`].
    pub talk_first: Vec<TeamGoal<'a>>,
    /// Each person with statements left open: (person, unanswered, answered "weiß ich nicht"), in marker order.
    pub open: Vec<(Marker, usize, usize)>,
}

impl<'a> TeamResult<'a> {
    pub fn goals(&self) -> impl Iterator<Item = &TeamGoal<'a>> {
        self.fields.iter().flat_map(|field| field.goals.iter())
    }
}

/// Whether a role given has fewer than [`MIN_ROLE_GROUP`] people: shown beside the answers, it would point to them.
pub fn roles_identify(members: &[Member]) -> bool {
    members
        .iter()
        .filter_map(|member| member.role)
        .any(|role| members.iter().filter(|other| other.role == Some(role)).count() < MIN_ROLE_GROUP)
}

/// [`merge`] without roles beside the answers: the markers carry none and the person numbers follow the answers
/// only. The roles line still counts the roles given.
pub fn merge_anonymous<'a>(content: &'a Content, members: &[Member]) -> TeamResult<'a> {
    let without: Vec<Member> = members.iter().map(|member| Member { role: None, ..member.clone() }).collect();
    TeamResult { roles: role_counts(members.iter().map(|member| member.role)), ..merge(content, &without) }
}

fn role_counts(roles: impl Iterator<Item = Option<Role>> + Clone) -> Vec<(Role, usize)> {
    Role::ALL
        .into_iter()
        .map(|role| (role, roles.clone().filter(|given| *given == Some(role)).count()))
        .filter(|(_, count)| *count > 0)
        .collect()
}

/// Merges the members' answers into the team result (see the module documentation for the definitions).
pub fn merge<'a>(content: &'a Content, members: &[Member]) -> TeamResult<'a> {
    let mut keyed: Vec<_> = members
        .iter()
        .map(|member| ((role_rank(member.role), serde_json::to_string(&member.answers).ok()), member))
        .collect();
    sort_short(&mut keyed, |(a, _), (b, _)| a.cmp(b));
    let members: Vec<&Member> = keyed.into_iter().map(|(_, member)| member).collect();
    let people: Vec<Marker> =
        members.iter().enumerate().map(|(i, member)| Marker { number: i + 1, role: member.role }).collect();
    let individual: Vec<Scores<'a>> = members.iter().map(|member| score(content, &member.answers)).collect();

    let fields: Vec<TeamField<'a>> = content
        .fields
        .iter()
        .enumerate()
        .map(|(f, field)| TeamField {
            field,
            score: TeamScore::of(individual.iter().map(|scores| &scores.fields[f].score)),
            goals: field
                .goals
                .iter()
                .enumerate()
                .map(|(g, goal)| TeamGoal {
                    goal,
                    score: TeamScore::of(individual.iter().map(|scores| &scores.fields[f].goals[g].score)),
                })
                .collect(),
        })
        .collect();
    let roles = role_counts(people.iter().map(|person| person.role));
    let talk_first = talk_first(content, &fields);
    let open = people
        .iter()
        .zip(&members)
        .map(|(person, member)| {
            let (mut open, mut unknown) = (0, 0);
            for (_, statement) in content.statements() {
                match member.answers.get(&statement.id) {
                    None => open += 1,
                    Some(answer) if !answer.is_known() => unknown += 1,
                    Some(_) => {}
                }
            }
            (*person, open, unknown)
        })
        .filter(|(_, open, unknown)| open + unknown > 0)
        .collect();
    TeamResult {
        open,
        roles,
        overall: TeamScore::of(individual.iter().map(|scores| &scores.overall)),
        divided: divided(content, &members, &people),
        talk_first,
        fields,
        people,
    }
}

fn role_rank(role: Option<Role>) -> usize {
    role.and_then(|role| Role::ALL.iter().position(|r| *r == role)).unwrap_or(Role::ALL.len())
}

/// The place on the 4-point scale, 0 ("trifft nicht zu") to 3 ("trifft voll zu"); `None` for "nicht relevant".
fn step(answer: Answer) -> Option<u8> {
    match answer {
        Answer::NotTrue => Some(0),
        Answer::RatherNot => Some(1),
        Answer::Mostly => Some(2),
        Answer::Fully => Some(3),
        Answer::NotRelevant | Answer::Unknown => None,
    }
}

/// "Nicht relevant" from one person against "trifft eher zu" or "trifft voll zu" from another.
fn not_relevant_against(answers: &[Option<Answer>]) -> bool {
    answers.contains(&Some(Answer::NotRelevant))
        && answers.iter().any(|answer| matches!(answer, Some(Answer::Mostly | Answer::Fully)))
}

fn divided<'a>(content: &'a Content, members: &[&Member], people: &[Marker]) -> Vec<Divided<'a>> {
    let mut found: Vec<(Divided<'a>, usize)> = content
        .statements()
        .filter_map(|(goal, statement)| {
            let answers: Vec<Option<Answer>> = members.iter().map(|member| member.answers.get(&statement.id)).collect();
            let steps: Vec<u8> = answers.iter().filter_map(|answer| answer.and_then(step)).collect();
            let (low, high) = (*steps.iter().min()?, *steps.iter().max()?);
            let against = not_relevant_against(&answers);
            if high - low < DIVIDED_STEPS && !against {
                return None;
            }
            let camp = |at: u8| steps.iter().filter(|step| **step == at).count();
            let smaller_camp = if high - low < DIVIDED_STEPS { 0 } else { camp(low).min(camp(high)) };
            let answers = people.iter().copied().zip(answers).collect();
            Some((Divided { goal, statement, steps: high - low, not_relevant_against: against, answers }, smaller_camp))
        })
        .collect();
    // A stable sort keeps content order among equals.
    sort_short(&mut found, |(a, a_camp), (b, b_camp)| b.steps.cmp(&a.steps).then(b_camp.cmp(a_camp)));
    found.into_iter().map(|(divided, _)| divided).collect()
}

fn talk_first<'a>(content: &Content, fields: &[TeamField<'a>]) -> Vec<TeamGoal<'a>> {
    let top_band = content.bands.bands.last().map(|band| band.id.as_str());
    let in_top_band = |score: &TeamScore| {
        score.score.shown().and_then(|value| content.band_for(value)).map(|band| band.id.as_str()) == top_band
    };
    let mut goals: Vec<&TeamGoal<'a>> =
        fields.iter().flat_map(|field| &field.goals).filter(|goal| goal.score.score.value.is_some()).collect();
    sort_short(&mut goals, |a, b| {
        in_top_band(&a.score)
            .cmp(&in_top_band(&b.score))
            .then(b.score.spread().cmp(&a.score.spread()))
            .then(a.score.score.rounded().cmp(&b.score.score.rounded()))
    });
    goals.into_iter().take(TALK_GOALS).cloned().collect()
}

/// Marks a file as a team file of this app.
pub const TEAM_FORMAT: &str = "arbeitgeber-check-team";
/// The team file version written today. 1: the members. 2: the firm, and the answer "weiß ich nicht".
pub const TEAM_VERSION: u32 = 2;
/// Largest team file accepted: 30 complete sets of answers are about 60 kilobytes.
pub const MAX_TEAM_BYTES: usize = 512 * 1024;

/// "Teamdaten speichern": the members' roles and answers, nothing else.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TeamFile {
    format: String,
    version: u32,
    /// ISO date-time of saving, for the coordinator's orientation only.
    saved_at: String,
    /// The firm the result files named; empty in version 1.
    #[serde(default)]
    firm: String,
    members: Vec<Member>,
}

/// The team file for `members`, pretty-printed like a result file.
pub fn encode_team(members: &[Member], firm: &str, saved_at: &str) -> String {
    let file = TeamFile {
        format: TEAM_FORMAT.into(),
        version: TEAM_VERSION,
        saved_at: saved_at.into(),
        firm: firm.into(),
        members: members.to_vec(),
    };
    // Plain data with string keys always serialises.
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A file name like `arbeitgeber-check-team-2026-11-25.json`.
pub fn team_file_name(date: &str) -> String {
    format!("arbeitgeber-check-team-{date}.json")
}

/// Reads a team file strictly: the whole file must be valid against `content`, with 2–30 members who each gave at
/// least one answer, or nothing is loaded. Errors are the import's, so the view reuses its messages
/// (`NotAnExport` then means "not a team file"). Returns the members and the firm.
pub fn decode_team(bytes: &[u8], content: &Content) -> Result<(Vec<Member>, String), ImportError> {
    if bytes.len() > MAX_TEAM_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(TEAM_FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let version = value.get("version").and_then(Value::as_u64).ok_or_else(|| ImportError::Invalid("version".into()))?;
    if version > u64::from(TEAM_VERSION) {
        return Err(ImportError::TooNew(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    // Version 2 only adds the firm (read as empty when missing) and an answer version 1 never held.
    if version == 0 {
        return Err(ImportError::Invalid(format!("version {version}")));
    }
    let file: TeamFile = serde_json::from_value(value).map_err(|e| ImportError::Invalid(e.to_string()))?;
    if !(MIN_MEMBERS..=MAX_MEMBERS).contains(&file.members.len()) {
        return Err(ImportError::Invalid(format!("{} members", file.members.len())));
    }
    if file.members.iter().any(|member| member.answers.is_empty()) {
        return Err(ImportError::Invalid("a member without answers".into()));
    }
    let unknown: BTreeSet<String> = file
        .members
        .iter()
        .flat_map(|member| member.answers.iter().map(|(id, _)| id))
        .filter(|id| content.statement(id).is_none())
        .map(str::to_string)
        .collect();
    if !unknown.is_empty() {
        return Err(ImportError::UnknownStatements(unknown.into_iter().collect()));
    }
    Ok((file.members, file.firm))
}
