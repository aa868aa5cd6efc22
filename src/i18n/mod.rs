//! The user-interface texts as typed tables, one per language. A text missing in one language is a missing struct
//! field and fails to compile. The questionnaire's own texts live in `content/` instead.

mod de;
mod en;
pub mod desk;
pub mod info_pages;
pub mod cycle;
pub mod later;
pub mod recheck;

use crate::domain::answers::Answer;
use crate::domain::benchmark::{Position, Scope, Stats};
use crate::domain::compare::Change;
use crate::domain::content::{Effort, TimeToEffect};
use crate::domain::export::ImportError;
pub use crate::domain::lang::Lang;
use crate::domain::plan::Status;
use crate::domain::profile::{Role, Sector, SizeBand};
use crate::domain::snapshot::{MAX_SNAPSHOTS, SnapshotError};
use crate::domain::team::{MAX_MEMBERS, Marker, Rejection};

/// Every user-interface text of the app.
pub struct Messages {
    pub app_name: &'static str,
    pub skip_link: &'static str,
    pub language_switch_label: &'static str,
    /// The name of the *other* language, in that language, for the switch button.
    pub other_language_name: &'static str,
    pub footer_privacy_link: &'static str,
    pub footer_note: &'static str,

    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub start_for_whom_title: &'static str,
    pub start_for_whom: &'static str,
    pub start_how_title: &'static str,
    pub start_how: &'static str,
    pub start_data_title: &'static str,
    pub start_data: &'static str,
    pub start_button: &'static str,

    pub start_facts: &'static str,
    pub start_continue_button: &'static str,
    pub start_restart_hint: &'static str,
    pub storage_title: &'static str,
    pub remember_label: &'static str,
    pub remember_hint: &'static str,
    pub remember_unavailable: &'static str,
    pub delete_all_button: &'static str,
    pub delete_all_confirm: &'static str,
    pub delete_all_yes: &'static str,
    pub delete_all_cancel: &'static str,

    pub privacy_title: &'static str,
    pub privacy_paragraphs: &'static [&'static str],
    pub back_to_start: &'static str,

    pub notice_storage_unavailable: &'static str,
    pub notice_kept_aside: &'static str,
    pub notice_updated_from_other_tab: &'static str,
    pub notice_deleted_in_other_tab: &'static str,
    pub notice_forgotten_in_other_tab: &'static str,
    pub notice_save_failed: &'static str,
    pub notice_deleted: &'static str,
    pub notice_dismiss: &'static str,
    pub saved_in_tab: &'static str,
    pub saved_on_device: &'static str,
    pub saved_nowhere: &'static str,

    pub profile_title: &'static str,
    pub profile_intro: &'static str,
    pub profile_company_name: &'static str,
    pub profile_company_name_hint: &'static str,
    pub profile_size_legend: &'static str,
    pub profile_size_labels: fn(SizeBand) -> &'static str,
    /// The optional exact headcount beside the size band, and why it is asked.
    pub profile_employees: &'static str,
    pub profile_employees_hint: &'static str,
    pub profile_sector_label: &'static str,
    pub profile_sector_labels: fn(Sector) -> &'static str,
    pub profile_trains_legend: &'static str,
    pub profile_council_legend: &'static str,
    /// The profile's step indicator: the three steps of the check.
    pub journey_steps: [&'static str; 3],
    pub yes: &'static str,
    pub no: &'static str,
    pub no_answer: &'static str,

    pub field_eyebrow: &'static str,
    pub goal_eyebrow: &'static str,
    pub answer_labels: fn(Answer) -> &'static str,
    pub why_we_ask: &'static str,
    pub clear_answer: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub to_overview: &'static str,

    pub progress_label: &'static str,
    pub progress_answered: &'static str,
    pub progress_nav_label: &'static str,
    pub pager_label: &'static str,
    pub next_open_statement: &'static str,

    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    pub overview_open_title: &'static str,
    pub overview_none_open: &'static str,
    pub overview_open_hint: &'static str,
    pub to_results: &'static str,

    pub results_title: &'static str,
    pub results_intro: &'static str,
    pub results_overall: &'static str,
    pub results_not_scored: &'static str,
    pub results_not_scored_hint: &'static str,
    pub results_not_relevant: &'static str,
    pub results_fields_title: &'static str,
    pub results_coverage: &'static str,
    pub results_chart_title: &'static str,
    pub results_chart_fields: &'static str,
    pub results_chart_goals: &'static str,
    /// "Ihr Ergebnis in Leichter Sprache": the easy-language result's title and the results screen's link to it.
    pub easy_results_title: &'static str,
    pub results_table_caption: &'static str,
    pub results_table_area: &'static str,
    pub results_table_score: &'static str,
    pub results_table_band: &'static str,
    pub results_priorities_title: &'static str,
    pub results_weakest: &'static str,
    pub results_measures: &'static str,
    pub results_no_priorities: &'static str,
    pub results_answer_more: &'static str,
    pub results_unscored_title: &'static str,
    // Issue 26: the results' first view, the priorities' rule, measures on demand.
    pub results_strengths_title: &'static str,
    /// When no goal is past the lowest band.
    pub results_strengths_none: &'static str,
    /// The rule behind the priorities, in one sentence, where they are shown.
    pub results_priorities_rule: &'static str,
    /// "{n}": how many more measures a goal has.
    pub results_more_measures: &'static str,
    /// Above a field card's plain-words reading, behind a disclosure.
    pub results_field_reading: &'static str,
    /// "{n}": how many measures a goal has, behind a compact goal's disclosure.
    pub results_show_measures: &'static str,

    pub measure_first_step: &'static str,
    pub measure_effort: &'static str,
    pub measure_time: &'static str,
    pub measure_support: &'static str,
    pub effort_labels: fn(Effort) -> &'static str,
    pub time_labels: fn(TimeToEffect) -> &'static str,
    pub quick_win: &'static str,
    pub sector_fit: &'static str,
    pub add_to_plan: &'static str,

    pub plan_title: &'static str,
    pub plan_intro: &'static str,
    pub plan_empty: &'static str,
    pub plan_owner: &'static str,
    pub plan_due: &'static str,
    pub plan_status: &'static str,
    pub plan_note: &'static str,
    pub plan_remove: &'static str,
    pub plan_measure: &'static str,
    /// Issue 26: a plan item due before today and not done.
    pub plan_overdue: &'static str,
    pub status_labels: fn(Status) -> &'static str,
    pub to_plan: &'static str,
    pub to_report: &'static str,

    pub report_title: &'static str,
    pub report_print: &'static str,
    pub report_print_hint: &'static str,
    pub report_cover_subtitle: &'static str,
    pub report_company_unnamed: &'static str,
    pub report_date: &'static str,
    pub report_fields: &'static str,
    pub report_top_measures: &'static str,
    pub report_plan: &'static str,
    pub report_plan_empty: &'static str,
    pub report_handoff_title: &'static str,
    pub report_handoff_intro: &'static str,
    pub report_handoff_goals: &'static str,
    // Issue 26: the report's hand-off from the firm's plan, its cover facts and footer.
    /// Above the firm's plan on the hand-off page.
    pub report_handoff_plan: &'static str,
    /// "{size}": the size band's label.
    pub report_profile_size: &'static str,
    pub report_profile_trains: &'static str,
    pub report_profile_not_training: &'static str,
    pub report_profile_council: &'static str,
    pub report_profile_no_council: &'static str,
    pub report_handoff_notes: &'static str,
    pub report_handoff_proposed: &'static str,
    pub report_handoff_questions_title: &'static str,
    pub report_handoff_questions: &'static [&'static str],
    pub report_method_title: &'static str,
    pub report_method: &'static [&'static str],
    /// The neutral sentence next to each unmet legal duty, whatever the score band.
    /// Said once above the list of open legal duties, not after each.
    pub legal_duty_note: &'static str,
    /// Label on a measure that answers an unmet legal duty.
    pub legal_duty_measure_label: &'static str,
    /// Method note: what "Zeit bis zur Wirkung" (time to effect) means, and its three levels.
    pub method_time_to_effect: &'static str,
    /// Method note: when a measure counts as a quick win.
    pub method_quick_win: &'static str,
    /// Method note: how legal duties are treated.
    pub method_legal_duties: &'static str,
    /// "Inhalte zuletzt geprüft: {date}" – `{date}` is `Report::content_as_of` shown with `ContentDate::display`.
    pub content_as_of: &'static str,
    /// Label before a measure's sources (laws and programmes it cites).
    pub measure_sources_label: &'static str,

    /// The regional benchmark (`domain::benchmark`): "{size}" is a `benchmark_size_labels` label, "{n}" the count.
    pub benchmark_scope_all: &'static str,
    pub benchmark_scope_size: &'static str,
    pub benchmark_scope_sector: &'static str,
    /// Size bands as they read inside `benchmark_scope_size`, in `SizeBand::ALL` order.
    pub benchmark_size_labels: fn(SizeBand) -> &'static str,
    /// "{median}", "{lower}", "{upper}".
    pub benchmark_figures: &'static str,
    pub benchmark_below: &'static str,
    pub benchmark_middle: &'static str,
    pub benchmark_above: &'static str,

    pub file_title: &'static str,
    pub file_hint: &'static str,
    pub file_export: &'static str,
    pub file_import: &'static str,
    pub file_import_confirm: &'static str,
    pub file_import_yes: &'static str,
    pub file_import_cancel: &'static str,
    pub file_imported: &'static str,
    pub file_error_too_large: &'static str,
    pub file_error_empty: &'static str,
    pub file_error_not_json: &'static str,
    pub file_error_not_export: &'static str,
    pub file_error_too_new: &'static str,
    pub file_error_invalid: &'static str,
    pub file_error_unknown_statements: &'static str,
    pub file_error_unknown_measures: &'static str,
    pub file_error_unreadable: &'static str,
    pub open_new_window: &'static str,
    pub new_window_blocked: &'static str,

    pub profile_role_legend: &'static str,
    pub profile_role_hint: &'static str,
    pub roles: RoleLabels,

    pub snapshot_take: &'static str,
    /// "{date}": the snapshot's date.
    pub snapshot_taken: &'static str,
    pub snapshot_list_title: &'static str,
    /// "{date}": the snapshot's date.
    pub snapshot_of: &'static str,
    pub snapshot_remove: &'static str,
    /// "{max}": [`MAX_SNAPSHOTS`].
    pub snapshot_error_full: &'static str,
    pub snapshot_error_no_answers: &'static str,
    pub snapshot_error_unchanged: &'static str,

    pub compare_button: &'static str,
    pub compare_from_file: &'static str,
    pub compare_remove: &'static str,
    pub compare_column: &'static str,
    /// "{date}": the earlier state's date.
    pub compare_since: &'static str,
    pub compare_since_unknown: &'static str,
    /// Screen-reader texts of a delta: "{points}" and "{when}" (one of `compare_on_date` / `compare_earlier_state`).
    pub compare_more: &'static str,
    pub compare_more_one: &'static str,
    pub compare_fewer: &'static str,
    pub compare_fewer_one: &'static str,
    pub compare_same: &'static str,
    pub compare_on_date: &'static str,
    pub compare_earlier_state: &'static str,
    pub compare_not_comparable: &'static str,

    pub team_title: &'static str,
    /// "{count}" people.
    pub team_people: &'static str,
    /// "{number}": the person's number.
    pub team_person: &'static str,
    /// "{number}" and "{role}".
    pub team_person_role: &'static str,
    /// "{lowest}" and "{highest}": the spread of individual scores.
    pub team_spread: &'static str,
    pub team_divided_title: &'static str,
    pub team_talk_first_title: &'static str,
    pub team_too_few: &'static str,
    /// "{file}": the name of the file it repeats.
    pub team_error_duplicate: &'static str,
    pub team_error_no_answers: &'static str,
    /// "{max}": [`MAX_MEMBERS`].
    pub team_error_too_many: &'static str,
    pub team_error_not_team_file: &'static str,

    // Chamber edition in the views (issue 11): footer and header links, the contact card, the appointment lines.
    pub footer_accessibility_link: &'static str,
    /// The host's imprint and privacy notice from kammer.json.
    pub footer_imprint_link: &'static str,
    pub footer_host_privacy_link: &'static str,
    /// The link to the page in plain language.
    pub header_easy_language_link: &'static str,
    /// "{name}": the chamber's name from kammer.json.
    pub contact_title: &'static str,
    pub contact_title_unnamed: &'static str,
    pub contact_phone: &'static str,
    pub contact_email: &'static str,
    pub contact_hours: &'static str,
    pub contact_booking: &'static str,
    /// After a link to another site, for screen readers: it opens a new window (never inside a chamber's frame).
    pub opens_new_window: &'static str,
    // The web editor's preview of kammer.json (issue 29, `#/vorschau`).
    pub desk_title: &'static str,
    pub preview_title: &'static str,
    /// The re-check's screen title, and its link on results and plan.
    pub recheck_title: &'static str,
    /// "Neuen Check beginnen": the start page's link to the re-check once there are answers (also while one runs:
    /// the screen then shows that round).
    pub start_recheck: &'static str,
    pub preview_intro: &'static str,
    pub preview_check_title: &'static str,
    pub preview_missing: &'static str,
    pub preview_no_warnings: &'static str,
    /// Shown for a field the file does not give (or that was ignored).
    pub preview_not_given: &'static str,
    /// Where the fields appear (KAMMER.md maps each field to these): header and cover, contact card, hand-off page,
    /// footer, accessibility statement, accent colour, benchmark.
    pub preview_places: [&'static str; 7],
    pub handoff_appointment_title: &'static str,
    pub handoff_appointment_date: &'static str,
    pub handoff_appointment_time: &'static str,
    pub handoff_appointment_place: &'static str,
    // Results that lead (issue 13).
    pub results_others_title: &'static str,
    /// `{n}`: how many goals the disclosure holds.
    pub results_others_show: &'static str,
    pub results_others_all_met: &'static str,
    // Benchmark display (issue 14): the regional median in the chart.
    /// Legend entry for the dashed outline in the radar chart.
    pub benchmark_legend: &'static str,
    /// Column heading of the score table's regional median (only with a benchmark).
    pub results_table_median: &'static str,
    /// Above the regional support offers a chamber names in kammer.json (contact card and hand-off).
    pub contact_offers_title: &'static str,
    // Team screen (issue 13: the team round).
    pub team_intro: &'static str,
    pub team_pick_files: &'static str,
    pub team_drop_label: &'static str,
    pub team_drop_hint: &'static str,
    pub team_load_team_file: &'static str,
    pub team_save: &'static str,
    pub team_print: &'static str,
    pub team_rejected_title: &'static str,
    pub team_roles: &'static str,
    pub team_scores_title: &'static str,
    pub team_overall: &'static str,
    pub team_column_area: &'static str,
    pub team_column_score: &'static str,
    pub team_column_spread: &'static str,
    pub team_divided_none: &'static str,
    /// "{steps}": how many scale steps apart the answers are.
    pub team_divided_steps: &'static str,
    pub team_answers_of: &'static str,
    pub team_notes_title: &'static str,
    pub team_leave_title: &'static str,
    pub team_leave_text: &'static str,
    pub team_leave: &'static str,
    pub team_stay: &'static str,
    pub team_link_hint: &'static str,

    pub compare_with: &'static str,
    pub compare_hint: &'static str,
    pub snapshot_hint: &'static str,
    /// "{date}": the earlier state's date; the legend of the chart's dashed outline.
    pub compare_legend: &'static str,
    pub compare_legend_unknown: &'static str,
    pub compare_then: &'static str,
    pub compare_now: &'static str,
    pub compare_report_intro: &'static str,
    pub compare_file_rejected: &'static str,
    pub measure_more: &'static str,
    pub results_table_show: &'static str,
    pub content_loading: &'static str,
    pub content_failed_title: &'static str,
    pub content_failed_text: &'static str,
    pub content_retry: &'static str,
}

/// Texts only the screens in the on-demand wasm chunk use (issue 26: nothing lost, the result file where the user
/// is, the team round, "weiß ich nicht"). Kept out of [`Messages`], whose tables the start page's code reaches, so
/// that their bytes travel with the chunk: wasm-split moves data that only the chunk's code refers to. Typed like
/// `Messages`: a text missing in one language fails to compile.
pub struct ScreenTexts {
    pub remember_ask_title: &'static str,
    pub remember_ask_text: &'static str,
    pub remember_ask_yes: &'static str,
    pub remember_ask_no: &'static str,
    pub remember_on_device_text: &'static str,
    /// Beside the save status: opens the choice.
    pub storage_change: &'static str,
    pub snapshot_tab_warning: &'static str,
    pub file_save_title: &'static str,
    pub file_save_hint: &'static str,
    pub file_team_hint: &'static str,
    pub clarify_title: &'static str,
    pub clarify_duty: &'static str,
    pub clarify_show: &'static str,
    pub clarify_hint: &'static str,
    /// "{count}": statements answered "weiß ich nicht" (team view, per person).
    pub team_clarify_count: &'static str,
    /// "{count}": statements not answered (team view, per person).
    pub team_open_count: &'static str,
    pub team_open_title: &'static str,
    pub team_not_relevant_against: &'static str,
    pub team_files_title: &'static str,
    /// "{added}", "{left}", "{total}": files added now, left out now, result files loaded in all.
    pub team_status: &'static str,
    pub team_invite_title: &'static str,
    pub team_invite_intro: &'static str,
    /// "{url}": the address of the check.
    pub team_invite_text: &'static str,
    pub team_invite_copy: &'static str,
    pub team_invite_copied: &'static str,
    pub team_invite_copy_failed: &'static str,
    pub team_roles_hidden: &'static str,
    pub team_show_roles: &'static str,
    pub team_chart_title: &'static str,
    /// The plan's form for a measure of the user's own (issue 26), and an own measure's fields.
    pub plan_own_heading: &'static str,
    pub plan_own_intro: &'static str,
    pub plan_own_name: &'static str,
    pub plan_own_first_step: &'static str,
    pub plan_own_goal: &'static str,
    /// The line above an own measure without a goal (plan, hand-off page).
    pub plan_own_no_goal: &'static str,
    /// The goal choice's first option: no goal.
    pub plan_own_goal_none: &'static str,
    pub plan_own_add: &'static str,
    pub plan_own_missing: &'static str,
    /// `{title}`: the measure just added.
    pub plan_own_added: &'static str,
    pub plan_own_title_kept: &'static str,
}

/// The chunk screens' texts in `lang`. Call it only from code in the chunk (pages other than the start page and the
/// components only they use), or the texts land in the first load.
pub fn screen_texts(lang: Lang) -> &'static ScreenTexts {
    match lang {
        Lang::De => &de::SCREENS,
        Lang::En => &en::SCREENS,
    }
}

/// The names of the roles in the profile, one field per role so none can be missing or mixed up.
pub struct RoleLabels {
    pub management: &'static str,
    pub human_resources: &'static str,
    pub lead: &'static str,
    pub staff: &'static str,
    pub apprentice: &'static str,
}

impl Messages {
    /// "trifft voll zu" … "nicht relevant für uns".
    pub fn answer_label(&self, answer: Answer) -> &'static str {
        (self.answer_labels)(answer)
    }

    pub fn effort_label(&self, effort: Effort) -> &'static str {
        (self.effort_labels)(effort)
    }

    pub fn time_label(&self, time: TimeToEffect) -> &'static str {
        (self.time_labels)(time)
    }

    pub fn status_label(&self, status: Status) -> &'static str {
        (self.status_labels)(status)
    }

    pub fn size_label(&self, size: SizeBand) -> &'static str {
        (self.profile_size_labels)(size)
    }

    pub fn sector_label(&self, sector: Sector) -> &'static str {
        (self.profile_sector_labels)(sector)
    }

    /// "3 von 12 beantwortet": `answered` and `total` filled into `progress_answered`.
    pub fn answered_of(&self, answered: usize, total: usize) -> String {
        self.progress_answered.replace("{answered}", &answered.to_string()).replace("{total}", &total.to_string())
    }

    /// "9 von 12 Aussagen beantwortet" for a level's coverage.
    pub fn coverage(&self, answered: usize, total: usize) -> String {
        self.results_coverage.replace("{answered}", &answered.to_string()).replace("{total}", &total.to_string())
    }

    /// "Handlungsfeld 2 von 6".
    pub fn field_of(&self, number: usize, total: usize) -> String {
        self.field_eyebrow.replace("{number}", &number.to_string()).replace("{total}", &total.to_string())
    }
}

impl Messages {
    pub fn role(&self, role: Role) -> &'static str {
        let labels = &self.roles;
        match role {
            Role::Management => labels.management,
            Role::HumanResources => labels.human_resources,
            Role::Lead => labels.lead,
            Role::Staff => labels.staff,
            Role::Apprentice => labels.apprentice,
        }
    }

    /// The reason a result file was not imported.
    pub fn import_error(&self, error: &ImportError) -> &'static str {
        match error {
            ImportError::TooLarge => self.file_error_too_large,
            ImportError::Empty => self.file_error_empty,
            ImportError::NotJson => self.file_error_not_json,
            ImportError::NotAnExport => self.file_error_not_export,
            ImportError::TooNew(_) => self.file_error_too_new,
            ImportError::Invalid(_) => self.file_error_invalid,
            ImportError::UnknownStatements(_) => self.file_error_unknown_statements,
            ImportError::UnknownMeasures(_) => self.file_error_unknown_measures,
        }
    }

    /// The reason a team file was not loaded: as for an import, except that a wrong kind of file is named as such.
    pub fn team_file_error(&self, error: &ImportError) -> &'static str {
        match error {
            ImportError::NotAnExport => self.team_error_not_team_file,
            other => self.import_error(other),
        }
    }

    /// The reason a file was left out of a team round.
    pub fn rejection(&self, reason: &Rejection) -> String {
        match reason {
            Rejection::Import(error) => self.import_error(error).into(),
            Rejection::Duplicate { of } => self.team_error_duplicate.replace("{file}", of),
            Rejection::NoAnswers => self.team_error_no_answers.into(),
            Rejection::TooMany => self.team_error_too_many.replace("{max}", &MAX_MEMBERS.to_string()),
        }
    }

    pub fn snapshot_error(&self, error: SnapshotError) -> String {
        match error {
            SnapshotError::Full => self.snapshot_error_full.replace("{max}", &MAX_SNAPSHOTS.to_string()),
            SnapshotError::NoAnswers => self.snapshot_error_no_answers.into(),
            SnapshotError::Unchanged => self.snapshot_error_unchanged.into(),
        }
    }

    /// The screen-reader text of a delta: "12 Punkte mehr als am 3. März 2026". `date` is the earlier state's
    /// formatted date (`CalendarDate::format`), `None` when unknown; `delta` is `None` when not comparable.
    pub fn change_spoken(&self, delta: Option<i16>, date: Option<&str>) -> String {
        let Some(delta) = delta else { return self.compare_not_comparable.into() };
        let when = match date {
            Some(date) => self.compare_on_date.replace("{date}", date),
            None => self.compare_earlier_state.into(),
        };
        let (template, points) = match Change::of(delta) {
            Change::More(1) => (self.compare_more_one, 1),
            Change::More(points) => (self.compare_more, points),
            Change::Fewer(1) => (self.compare_fewer_one, 1),
            Change::Fewer(points) => (self.compare_fewer, points),
            Change::Same => (self.compare_same, 0),
        };
        template.replace("{points}", &points.to_string()).replace("{when}", &when)
    }

    /// The heading of the comparison: "Veränderung seit dem 3. März 2026".
    pub fn change_since(&self, date: Option<&str>) -> String {
        match date {
            Some(date) => self.compare_since.replace("{date}", date),
            None => self.compare_since_unknown.into(),
        }
    }

    /// A person on the team screen: "Person 2" or "Person 2 (Beschäftigte)".
    pub fn person(&self, marker: Marker) -> String {
        let number = marker.number.to_string();
        match marker.role {
            Some(role) => self.team_person_role.replace("{number}", &number).replace("{role}", self.role(role)),
            None => self.team_person.replace("{number}", &number),
        }
    }

    /// "40 bis 75": the lowest and highest individual score.
    pub fn spread(&self, lowest: u8, highest: u8) -> String {
        self.team_spread.replace("{lowest}", &lowest.to_string()).replace("{highest}", &highest.to_string())
    }

    /// "3 Personen haben teilgenommen".
    pub fn people(&self, count: usize) -> String {
        self.team_people.replace("{count}", &count.to_string())
    }

    /// Whose figures a benchmark comparison shows: "Betriebe mit 10–49 Beschäftigten in der Region, n = 14".
    pub fn benchmark_scope(&self, scope: Scope, n: usize) -> String {
        let text = match scope {
            Scope::All => self.benchmark_scope_all.to_string(),
            Scope::Size(band) => self.benchmark_scope_size.replace("{size}", (self.benchmark_size_labels)(band)),
            Scope::Sector(sector) => {
                self.benchmark_scope_sector.replace("{sector}", (self.profile_sector_labels)(sector))
            }
        };
        text.replace("{n}", &n.to_string())
    }

    /// "Median der Region: 58, mittlere Hälfte 44 bis 67".
    pub fn benchmark_figures(&self, stats: &Stats) -> String {
        self.benchmark_figures
            .replace("{median}", &stats.median.to_string())
            .replace("{lower}", &stats.lower.to_string())
            .replace("{upper}", &stats.upper.to_string())
    }

    /// Where the firm stands, in words (never only by colour).
    pub fn benchmark_position(&self, position: Position) -> &'static str {
        match position {
            Position::Below => self.benchmark_below,
            Position::Middle => self.benchmark_middle,
            Position::Above => self.benchmark_above,
        }
    }
}

/// The table for a language.
pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::De => &de::DE,
        Lang::En => &en::EN,
    }
}
