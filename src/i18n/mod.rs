//! The user-interface texts as typed tables, one per language. A text missing in one language is a missing struct
//! field and fails to compile. The questionnaire's own texts live in `content/` instead.

mod de;
mod en;
pub mod info_pages;

pub use crate::domain::lang::Lang;

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
    pub profile_size_labels: [&'static str; 4],
    pub profile_sector_label: &'static str,
    pub profile_sector_labels: [&'static str; 9],
    pub profile_trains_legend: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub no_answer: &'static str,

    pub field_eyebrow: &'static str,
    pub goal_eyebrow: &'static str,
    pub answer_labels: [&'static str; 5],
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
    pub all_answered: &'static str,

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
    pub results_table_caption: &'static str,
    pub results_table_area: &'static str,
    pub results_table_score: &'static str,
    pub results_table_band: &'static str,
    pub results_priorities_title: &'static str,
    pub results_priorities_intro: &'static str,
    pub results_weakest: &'static str,
    pub results_measures: &'static str,
    pub results_no_priorities: &'static str,
    pub results_answer_more: &'static str,
    pub results_unscored_title: &'static str,

    pub measure_first_step: &'static str,
    pub measure_effort: &'static str,
    pub measure_time: &'static str,
    pub measure_support: &'static str,
    pub effort_labels: [&'static str; 3],
    pub time_labels: [&'static str; 3],
    pub quick_win: &'static str,
    pub sector_fit: &'static str,
    pub add_to_plan: &'static str,
    pub in_plan: &'static str,

    pub plan_title: &'static str,
    pub plan_intro: &'static str,
    pub plan_empty: &'static str,
    pub plan_owner: &'static str,
    pub plan_due: &'static str,
    pub plan_status: &'static str,
    pub plan_note: &'static str,
    pub plan_remove: &'static str,
    pub plan_measure: &'static str,
    pub status_labels: [&'static str; 3],
    pub to_plan: &'static str,
    pub to_report: &'static str,

    pub report_title: &'static str,
    pub report_print: &'static str,
    pub report_print_hint: &'static str,
    pub report_cover_subtitle: &'static str,
    pub report_company_unnamed: &'static str,
    pub report_date: &'static str,
    pub report_summary: &'static str,
    pub report_fields: &'static str,
    pub report_top_measures: &'static str,
    pub report_plan: &'static str,
    pub report_plan_empty: &'static str,
    pub report_handoff_title: &'static str,
    pub report_handoff_intro: &'static str,
    pub report_handoff_goals: &'static str,
    pub report_handoff_notes: &'static str,
    pub report_handoff_proposed: &'static str,
    pub report_handoff_questions_title: &'static str,
    pub report_handoff_questions: &'static [&'static str],
    pub report_method_title: &'static str,
    pub report_method: &'static [&'static str],

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
}

impl Messages {
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

/// The table for a language.
pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::De => &de::DE,
        Lang::En => &en::EN,
    }
}
