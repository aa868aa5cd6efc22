use super::{Messages, RoleLabels, ScreenTexts};
use crate::domain::answers::Answer;
use crate::domain::content::{Effort, TimeToEffect};
use crate::domain::plan::Status;
use crate::domain::profile::{Sector, SizeBand};

pub const EN: Messages = Messages {
    app_name: "Employer Check",
    skip_link: "Skip to content",
    language_switch_label: "Choose language",
    other_language_name: "Deutsch",
    footer_privacy_link: "Privacy: your answers stay in your browser",
    footer_note: "A self-check along the six fields of action of the skilled-labour alliance of north-east Lower Saxony \
        (Allianz für Fachkräfte Nordostniedersachsen).",

    start_title: "How attractive is your company as an employer?",
    start_intro: "In 15 to 25 minutes the Employer Check shows where your company stands in attracting and keeping \
        skilled staff – field by field – and which concrete steps are worth taking next.",
    start_for_whom_title: "Who is it for?",
    start_for_whom: "For owners, managing directors and HR staff of small and medium-sized companies – no HR \
        background needed.",
    start_how_title: "How does it work?",
    start_how: "You rate short statements about your company in six fields of action. You can stop at any time and \
        continue later. At the end you get your result, suitable measures and a report to print.",
    start_data_title: "What happens to your data?",
    start_data: "Your answers never leave your browser. There is no server, no cookies and no analytics.",
    start_button: "Start the check",

    start_facts: "{statements} statements in six fields of action · about 15 to 25 minutes · pause at any time",
    start_continue_button: "Continue",
    start_restart_hint: "You have already given answers. You can continue where you left off.",
    storage_title: "Saving and deleting",
    remember_label: "Remember on this device so I can continue later",
    remember_hint: "Without this choice your answers are kept only while this tab is open. With it, your browser \
        keeps them on this device – do not use it on shared or public computers.",
    remember_unavailable: "Your browser does not allow persistent storage here.",
    delete_all_button: "Delete all answers",
    delete_all_confirm: "Really delete all answers, the company profile and all data this check has stored in this \
        browser? This cannot be undone.",
    delete_all_yes: "Yes, delete everything",
    delete_all_cancel: "Cancel",

    privacy_title: "Privacy",
    privacy_paragraphs: &[
        "The Employer Check runs entirely in your browser. Your answers, company profile and action plan are never \
         sent to any server – not even to us.",
        "By default your browser keeps your answers for this tab only (session storage). Close the tab and they are \
         gone. Only if you explicitly choose “Remember on this device” are they kept in your browser's persistent \
         storage until you delete them.",
        "No cookies are set, no analytics or tracking services are used and nothing is loaded from other servers.",
        "If you export your results, a file is created on your device. What you do with it is up to you.",
    ],
    back_to_start: "Back to the start page",

    notice_storage_unavailable: "Your browser does not allow saving here. You can still complete the check, but \
        your answers will be lost when you close or reload this page.",
    notice_kept_aside: "Answers saved on an earlier visit could not be read. They were kept in your browser under \
        another name, not deleted. The check starts afresh.",
    notice_updated_from_other_tab: "Your answers were changed in another tab. This page now shows the latest answers.",
    notice_deleted_in_other_tab: "All answers were deleted in another tab.",
    notice_forgotten_in_other_tab: "“Remember on this device” was switched off in another tab. This tab keeps your \
        answers while it stays open.",
    notice_save_failed: "Your answers could not be saved (for example because storage is full). They are kept while \
        this page stays open.",
    notice_deleted: "All answers have been deleted.",
    notice_dismiss: "Close notice",
    saved_in_tab: "Saved in this tab",
    saved_on_device: "Saved on this device",
    saved_nowhere: "Not saved",

    profile_title: "Your company",
    profile_intro: "Everything here is optional. It does not change any score, but helps to choose measures that \
        suit your company.",
    profile_company_name: "Company name",
    profile_company_name_hint: "Only shown on the cover of your report.",
    profile_size_legend: "How many people does your company employ?",
    profile_size_labels,
    profile_employees: "Exact number of employees (optional)",
    profile_employees_hint: "Only for legal duties that apply from a certain size.",
    profile_sector_label: "Sector",
    profile_sector_labels,
    profile_trains_legend: "Does your company currently train apprentices?",
    profile_council_legend: "Does your company have a works council (Betriebsrat)?",
    journey_steps: ["Your company", "Statements in six fields of action", "Results, plan and report"],
    yes: "Yes",
    no: "No",
    no_answer: "Prefer not to say",

    field_eyebrow: "Field of action {number} of {total}",
    goal_eyebrow: "Strategic goal",
    answer_labels,
    why_we_ask: "Why do we ask?",
    clear_answer: "Reset answer",
    back: "Back",
    next: "Next",
    to_overview: "To the overview",

    progress_label: "Progress",
    progress_answered: "{answered} of {total} answered",
    progress_nav_label: "Fields of action",
    pager_label: "Page navigation",
    next_open_statement: "Go to the next open statement",

    overview_title: "Overview",
    overview_intro: "See how far you are in each field of action. You can open any field and change answers.",
    overview_open_title: "Statements still open",
    overview_none_open: "You have answered every statement. Thank you!",
    overview_open_hint: "Open statements do not count towards the result. You can go on with open statements; goals \
        with too few answers are then shown as “not rated”.",
    to_results: "To the results",

    results_title: "Your result",
    results_intro: "This is where your company stands as an employer – based on your own answers, on a scale from 0 \
        to 100 points.",
    results_overall: "Overall result",
    results_not_scored: "not rated",
    results_not_scored_hint: "More answers are needed for a rating.",
    results_not_relevant: "not relevant",
    results_fields_title: "The six fields of action",
    results_coverage: "{answered} of {total} statements answered",
    results_chart_title: "Result as a radar chart",
    results_chart_fields: "Fields of action",
    results_chart_goals: "Strategic goals",
    easy_results_title: "Your result in plain English",
    results_table_caption: "Scores (0 to 100)",
    results_table_area: "Area",
    results_table_score: "Score",
    results_table_band: "Rating",
    results_priorities_title: "Your priorities and suitable measures",
    results_weakest: "Where it falls short:",
    results_measures: "Recommended measures",
    results_no_priorities: "As soon as enough statements are answered, your priorities appear here.",
    results_answer_more: "Answer open statements",
    results_unscored_title: "Goals not rated yet",
    results_strengths_title: "Your strengths",
    results_strengths_none: "No goal is above “Action needed” yet.",
    results_priorities_rule: "Suggested first are goals with an open legal duty, then those with the lowest scores, \
        because that is where the next step pays off most. Up to three goals are your focus until the next check; the \
        plan, the report and the notice put them first.",
    results_field_reading: "What does this mean?",
    results_more_measures: "Show more measures ({n})",
    results_show_measures: "Show measures ({n})",

    measure_first_step: "First step this month:",
    measure_effort: "Effort",
    measure_time: "Effect",
    measure_support: "Support:",
    effort_labels,
    time_labels,
    quick_win: "Quick win",
    sector_fit: "Suits your sector",
    add_to_plan: "Add to action plan",

    plan_title: "Your action plan",
    plan_intro: "Decide who takes care of which measure by when. Everything is saved at once – just like your answers.",
    plan_empty: "Your plan is still empty. Add measures from the results.",
    plan_owner: "Responsible",
    plan_due: "Due by",
    plan_status: "Status",
    plan_note: "Note",
    plan_remove: "Remove from plan",
    plan_measure: "Measure",
    plan_overdue: "Overdue",
    status_labels,
    to_plan: "To the action plan",
    to_report: "View and print the report",

    report_title: "Report",
    report_print: "Print report",
    report_print_hint: "The report is designed for A4. In the print dialogue you can also save it as a PDF.",
    report_cover_subtitle: "Self-check of employer attractiveness along the fields of action of the skilled-labour \
        alliance of north-east Lower Saxony",
    report_company_unnamed: "Your company",
    report_date: "Created on",
    report_fields: "Results per field of action",
    report_top_measures: "Key measures",
    report_plan: "Action plan",
    report_plan_empty: "No measures planned yet.",
    report_handoff_title: "For the advisory meeting",
    report_handoff_intro: "This page is meant for a meeting with your chamber, the business development agency or the \
        employer service of the employment agency.",
    report_handoff_goals: "Our three most important goals",
    report_handoff_plan: "Our action plan",
    report_profile_size: "{size} employees",
    report_profile_trains: "trains apprentices",
    report_profile_not_training: "does not train apprentices at present",
    report_profile_council: "with a works council",
    report_profile_no_council: "no works council",
    report_handoff_notes: "Notes from the meeting",
    report_handoff_proposed: "Proposed measure:",
    report_handoff_questions_title: "Questions for the meeting",
    report_handoff_questions: &[
        "Which measure do we tackle first, and who is responsible?",
        "Which support or funding could apply to us?",
        "When do we review progress together?",
    ],
    report_method_title: "How the result is calculated",
    report_method: &[
        "Each statement is rated on a four-point scale: fully applies (100), mostly applies (67), mostly does not apply \
         (33), does not apply (0).",
        "“Not relevant for us” and open statements do not count towards the score. They are reported as coverage.",
        "A goal gets a score when at least half of its statements are answered; it is the weighted mean of its \
         statements. A field is the mean of its rated goals, the overall result the mean of the rated fields – each \
         when at least half are rated. Otherwise it says “not rated”.",
        "The company profile does not change any score; it only selects suitable measures. All calculations run in \
         your browser.",
    ],
    legal_duty_note: "This is a legal obligation of the employer.",
    legal_duty_measure_label: "Meets a legal obligation",
    method_time_to_effect: "Time to effect: how long it takes after the first step until the measure reaches the \
        people it is meant for and makes a noticeable difference in the company – short: within three months, \
        medium: three to twelve months, long: more than a year.",
    method_quick_win: "A quick win is a measure with low effort and a short time to effect.",
    method_legal_duties: "Statements that reflect a legal obligation are listed first when they do not fully apply – \
        whatever the score. The score itself does not change.",
    content_as_of: "Content last checked: {date}",
    measure_sources_label: "Legal basis and programmes:",
    benchmark_scope_all: "Firms in the region, n = {n}",
    benchmark_scope_size: "Firms with {size} employees in the region, n = {n}",
    benchmark_scope_sector: "Firms in the region, sector: {sector}, n = {n}",
    benchmark_size_labels,
    benchmark_figures: "Regional median: {median}, middle half of firms: {lower} to {upper}",
    benchmark_below: "Your score is below the middle half of firms.",
    benchmark_middle: "Your score is within the middle half of firms.",
    benchmark_above: "Your score is above the middle half of firms.",
    file_title: "Result file",
    file_hint: "A result file takes your answers, profile and plan to another device or browser. The file stays with \
        you.",
    file_export: "Save answers as a file",
    file_import: "Load a saved file",
    file_import_confirm: "The file replaces your current answers, profile and plan. Continue?",
    file_import_yes: "Yes, replace",
    file_import_cancel: "Cancel",
    file_imported: "The file was loaded. Your answers, profile and plan have been taken over.",
    file_error_too_large: "The file is too large for an Employer Check result file. Nothing was changed.",
    file_error_empty: "The file is empty. Nothing was changed.",
    file_error_not_json: "The file is damaged or not a result file (no readable JSON). Nothing was changed.",
    file_error_not_export: "This is not an Employer Check result file. Nothing was changed.",
    file_error_too_new: "The file comes from a newer version of the Employer Check. Please reload the page and try \
        again. Nothing was changed.",
    file_error_invalid: "The file is incomplete or contains invalid data. Nothing was changed.",
    file_error_unknown_statements: "The file contains answers to statements this check does not know. Nothing was \
        changed.",
    file_error_unknown_measures: "The file contains measures this check does not know. Nothing was changed.",
    file_error_unreadable: "The file could not be read. Nothing was changed.",
    open_new_window: "Open in a new window and continue",
    new_window_blocked: "Your browser blocked the new window. Save your answers as a file and load it in the new \
        window.",

    profile_role_legend: "Your role in the company",
    profile_role_hint: "Optional. Only for a team evaluation: there the role stands beside your answers when at least \
        three people give it or the person evaluating chooses so. We never ask for a name.",
    roles: RoleLabels {
        management: "Management",
        human_resources: "Human resources",
        lead: "Team leader",
        staff: "Employee",
        apprentice: "Apprentice",
    },

    snapshot_take: "Save a snapshot",
    snapshot_taken: "The snapshot of {date} is saved. You can compare your answers with it later.",
    snapshot_list_title: "Saved snapshots",
    snapshot_of: "Snapshot of {date}",
    snapshot_remove: "Remove",
    snapshot_error_full: "You have already saved {max} snapshots. Remove one to save a new one.",
    snapshot_error_no_answers: "There are no answers for a snapshot yet.",
    snapshot_error_unchanged: "This snapshot is already saved: your answers are the same as in the last snapshot.",

    compare_button: "Compare with an earlier snapshot",
    compare_from_file: "Choose an earlier result file",
    compare_remove: "Remove comparison",
    compare_column: "Change",
    compare_since: "Change since {date}",
    compare_since_unknown: "Change from the earlier snapshot",
    compare_more: "{points} points more than {when}",
    compare_more_one: "1 point more than {when}",
    compare_fewer: "{points} points fewer than {when}",
    compare_fewer_one: "1 point fewer than {when}",
    compare_same: "the same score as {when}",
    compare_on_date: "on {date}",
    compare_earlier_state: "in the earlier snapshot",
    compare_not_comparable: "no comparison possible: not scored at one of the two times",

    team_title: "Team evaluation",
    team_people: "{count} people took part",
    team_person: "Person {number}",
    team_person_role: "Person {number} ({role})",
    team_spread: "{lowest} to {highest}",
    team_divided_title: "Where you see it differently",
    team_talk_first_title: "Talk about these first",
    team_too_few: "A team evaluation needs at least two valid result files.",
    team_error_duplicate: "This file is the same as {file} and is counted only once.",
    team_error_no_answers: "The file contains no answers.",
    team_error_too_many: "At most {max} files can be merged; this one was left out.",
    team_error_not_team_file: "This is not a team file of the Arbeitgeber-Check. Nothing was changed.",

    // Chamber edition in the views (issue 11).
    footer_accessibility_link: "Accessibility statement",
    footer_imprint_link: "Imprint",
    footer_host_privacy_link: "Privacy notice",
    header_easy_language_link: "Plain English",
    contact_title: "Your contact at {name}",
    contact_title_unnamed: "Your contact",
    contact_phone: "Phone",
    contact_email: "Email",
    contact_hours: "Available",
    contact_booking: "Book an appointment",
    opens_new_window: " (opens in a new window)",
    desk_title: "Adviser's desk",
    preview_title: "Preview: kammer.json",
    recheck_title: "New check",
    start_recheck: "Start a new check",
    preview_intro: "Every field where the check shows it.",
    preview_check_title: "Check",
    preview_missing: "No kammer.json: the check runs without chamber details.",
    preview_no_warnings: "No warnings.",
    preview_not_given: "–",
    preview_places: [
        "Header, cover",
        "Contact card",
        "Hand-off page",
        "Footer",
        "Accessibility",
        "Accent colour",
        "Comparison",
    ],
    handoff_appointment_title: "Appointment for the conversation",
    handoff_appointment_date: "Date",
    handoff_appointment_time: "Time",
    handoff_appointment_place: "Place",
    // Results that lead (issue 13).
    results_others_title: "All other goals",
    results_others_show: "Show the other goals ({n})",
    results_others_all_met: "Every statement fully applies.",
    // Benchmark display (issue 14).
    benchmark_legend: "Dashed line: regional median",
    results_table_median: "Regional median",
    contact_offers_title: "Support in the region",
    // Team screen (issue 13: the team round).
    team_intro: "Several people in your company each fill in the check on their own and save their result as a file. \
        Load 2 to 30 of these files here, one at a time or several at once: you see where you agree and where you do \
        not. The data stays in this browser window until you save it as a team file.",
    team_pick_files: "Choose result files",
    team_drop_label: "Load result files",
    team_drop_hint: "Drag the files here or choose them.",
    team_load_team_file: "Load team file",
    team_save: "Save team file",
    team_print: "Print team report",
    team_rejected_title: "Files not used",
    team_roles: "Roles",
    team_scores_title: "The team's result",
    team_overall: "Overall",
    team_column_area: "Field of action or goal",
    team_column_score: "Team score (of 100)",
    team_column_spread: "Spread",
    team_divided_none: "For no statement are your answers two or more steps apart.",
    team_divided_steps: "{steps} steps apart",
    team_answers_of: "Answers",
    team_notes_title: "Notes from the discussion",
    team_leave_title: "Leave the team evaluation?",
    team_leave_text: "The loaded data is not saved as a team file and will be lost.",
    team_leave: "Leave",
    team_stay: "Stay",
    team_link_hint: "Several people took the check? Merge their results:",

    compare_with: "Compare",
    compare_hint: "Compare your current answers with a saved snapshot or with a result file you saved earlier. Your \
        answers do not change.",
    snapshot_hint: "“Save a snapshot” saves a dated copy of your answers where your answers are saved, and deletes \
        it with them.",
    compare_legend: "Dashed: earlier snapshot of {date}",
    compare_legend_unknown: "Dashed: earlier snapshot",
    compare_then: "Earlier",
    compare_now: "Now",
    compare_report_intro: "The scores of the earlier snapshot beside today's, and the change in points. Where there \
        were too few answers at one of the two times, no comparison is possible.",
    compare_file_rejected: "This file cannot be compared:",
    measure_more: "More about this measure",
    results_table_show: "All scores as a table",
    content_loading: "Loading this part of the check …",
    content_failed_title: "The check's content could not be loaded",
    content_failed_text: "Your answers so far are kept. Please check your internet connection and try again.",
    content_retry: "Try again",
};

/// Texts only the screens in the on-demand chunk use (`ScreenTexts`).
pub(super) const SCREENS: ScreenTexts = ScreenTexts {
    remember_ask_title: "Keep your answers on this device?",
    remember_ask_text: "So far your answers last only while this tab is open. Kept on this device, you can continue \
        later. The answers stay in your browser; nothing is sent. Not on other people's or shared computers.",
    remember_ask_yes: "Keep on this device",
    remember_ask_no: "Only in this tab",
    remember_on_device_text: "Your answers stay in this browser on this device until you delete them. Nothing is \
        sent.",
    storage_change: "change",
    snapshot_tab_warning: "Your answers are saved in this tab only: snapshots are lost with it. Keep them on this \
        device or save your answers as a file – the file contains the snapshots.",
    file_save_title: "Keep your result",
    file_save_hint: "The file contains your answers, profile, plan and snapshots. It stays with you.",
    file_team_hint: "Asked for a team evaluation? Save your answers as a file and send it to the person who asked \
        you.",
    clarify_title: "To clarify",
    clarify_duty: "legal duty",
    clarify_show: "Show statements",
    clarify_hint: "Here you answered “don't know”. These statements do not count towards the score. Clarify them, \
        then change the answer.",
    team_clarify_count: "{count} to clarify",
    team_open_count: "{count} open",
    team_open_title: "Open and unclear statements per person",
    team_not_relevant_against: "“not relevant” against a rating",
    team_files_title: "Loaded files",
    team_status: "{added} added, {left} not used. Loaded: {total} result files.",
    team_invite_title: "Invite colleagues",
    team_invite_intro: "Send this text to everyone who should take part:",
    team_invite_text: "Please take the employer check for our firm, each of you on your own (about 20 minutes): \
        {url} – In the profile, choose your role; your name is not asked for. At the end, click “Save answers as a \
        file” and send me the file. Your answers leave your computer only with this file.",
    team_invite_copy: "Copy text",
    team_invite_copied: "The text is copied.",
    team_invite_copy_failed: "Copying did not work. Please select and copy the text yourself.",
    team_roles_hidden: "Roles with fewer than three people are not shown beside the answers, so that no one's answers \
        can be traced to them.",
    team_show_roles: "Show roles beside the answers anyway",
    team_chart_title: "Team scores per field of action",
    plan_own_heading: "Add a measure of your own",
    plan_own_intro: "Planning something that is not suggested here? Put it in the plan – it will be in the report too.",
    plan_own_name: "Title of the measure",
    plan_own_first_step: "First step (optional)",
    plan_own_goal: "Belongs to goal (optional)",
    plan_own_no_goal: "Own measure without a particular goal",
    plan_own_goal_none: "No particular goal",
    plan_own_add: "Add to the plan",
    plan_own_missing: "Please enter a title.",
    plan_own_added: "“{title}” is now in the plan.",
    plan_own_title_kept: "A title is needed: the previous title stays.",
};

// Labels by exhaustive match: a reordered or new variant cannot silently take another variant's label.

fn answer_labels(answer: Answer) -> &'static str {
    match answer {
        Answer::Fully => "fully applies",
        Answer::Mostly => "mostly applies",
        Answer::RatherNot => "mostly does not apply",
        Answer::NotTrue => "does not apply",
        Answer::NotRelevant => "not relevant for us",
        Answer::Unknown => "don't know / need to check",
    }
}

fn effort_labels(effort: Effort) -> &'static str {
    match effort {
        Effort::Low => "low",
        Effort::Medium => "medium",
        Effort::High => "high",
    }
}

fn time_labels(time: TimeToEffect) -> &'static str {
    match time {
        TimeToEffect::Short => "short term",
        TimeToEffect::Medium => "medium term",
        TimeToEffect::Long => "long term",
    }
}

fn status_labels(status: Status) -> &'static str {
    match status {
        Status::Planned => "planned",
        Status::InProgress => "in progress",
        Status::Done => "done",
    }
}

fn profile_size_labels(size: SizeBand) -> &'static str {
    match size {
        SizeBand::Micro => "1 to 9",
        SizeBand::Small => "10 to 49",
        SizeBand::Medium => "50 to 249",
        SizeBand::Large => "250 or more",
    }
}

fn profile_sector_labels(sector: Sector) -> &'static str {
    match sector {
        Sector::Handwerk => "Skilled crafts",
        Sector::Industrie => "Industry and manufacturing",
        Sector::Handel => "Retail and wholesale",
        Sector::Dienstleistung => "Services",
        Sector::Gesundheit => "Health and care",
        Sector::Gastgewerbe => "Hospitality and tourism",
        Sector::Logistik => "Logistics and transport",
        Sector::Landwirtschaft => "Agriculture",
        Sector::Sonstige => "Other",
    }
}

/// Size bands as they read inside `benchmark_scope_size`.
fn benchmark_size_labels(size: SizeBand) -> &'static str {
    match size {
        SizeBand::Micro => "1–9",
        SizeBand::Small => "10–49",
        SizeBand::Medium => "50–249",
        SizeBand::Large => "250 or more",
    }
}
