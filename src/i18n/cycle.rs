//! Texts of the follow-up cycle (issue 30: focus, "Nächster Check am", calendar and spreadsheet files, the Aushang).
//! Only chunk code reads them (`pages::on_demand`), so they load with the chunk, not with the start page (as
//! `later.rs`). Typed: a text missing in one language fails to compile.

use super::Lang;

pub struct CycleTexts {
    pub focus_title: &'static str,
    pub focus_change: &'static str,
    pub focus_legend: &'static str,
    /// `{n}`: goals chosen.
    pub focus_count: &'static str,
    pub focus_full: &'static str,
    pub focus_reset: &'static str,
    pub focus_reset_done: &'static str,
    pub focus_none: &'static str,
    pub focus_others: &'static str,
    pub focus_badge: &'static str,
    pub recheck_label: &'static str,
    /// `{date}`: twelve months after the check.
    pub recheck_hint: &'static str,
    /// `{date}`: the re-check date (start page, when due).
    pub recheck_due: &'static str,
    pub recheck_due_link: &'static str,
    pub files_title: &'static str,
    pub calendar_button: &'static str,
    pub calendar_hint: &'static str,
    pub table_button: &'static str,
    pub table_hint: &'static str,
    /// `{name}`: the file's name.
    pub file_saved: &'static str,
    pub event_recheck: &'static str,
    pub event_recheck_text: &'static str,
    pub first_step: &'static str,
    pub owner: &'static str,
    pub goal: &'static str,
    pub csv_plan: &'static str,
    pub csv_plan_columns: [&'static str; 8],
    pub csv_scores: &'static str,
    pub csv_score_columns: [&'static str; 5],
    pub csv_overall: &'static str,
    pub csv_field: &'static str,
    pub csv_goal: &'static str,
    pub csv_yes: &'static str,
    pub aushang_title: &'static str,
    pub aushang_link: &'static str,
    pub aushang_heading: &'static str,
    /// `{date}`: the next check's.
    pub aushang_intro: &'static str,
    /// Without a date for the next check (nothing answered yet).
    pub aushang_intro_undated: &'static str,
    pub aushang_goals: &'static str,
    pub aushang_plan: &'static str,
    pub aushang_columns: [&'static str; 3],
    pub aushang_no_plan: &'static str,
    pub aushang_invite: &'static str,
    pub aushang_scores: &'static str,
    pub aushang_print: &'static str,
    pub aushang_print_hint: &'static str,
}

pub fn cycle(lang: Lang) -> &'static CycleTexts {
    match lang {
        Lang::De => &CYCLE_DE,
        Lang::En => &CYCLE_EN,
    }
}

const CYCLE_DE: CycleTexts = CycleTexts {
    focus_title: "Ihr Fokus bis zum nächsten Check",
    focus_change: "Fokus ändern",
    focus_legend: "Ziele im Fokus (höchstens drei)",
    focus_count: "{n} von 3 Zielen im Fokus.",
    focus_full: "Drei Ziele sind gewählt. Um ein anderes zu wählen, nehmen Sie zuerst eines heraus.",
    focus_reset: "Vorschlag wiederherstellen",
    focus_reset_done: "Der Vorschlag gilt wieder.",
    focus_none: "Kein Ziel im Fokus. Wählen Sie unter „Fokus ändern“ bis zu drei Ziele.",
    focus_others: "Weitere Maßnahmen im Plan",
    focus_badge: "Im Fokus",
    recheck_label: "Nächster Check am",
    recheck_hint: "Vorschlag: zwölf Monate nach dem Check, am {date}. Ein leeres Feld gilt als Vorschlag.",
    recheck_due: "Ihr nächster Check war für den {date} vorgesehen. Prüfen Sie Ihre Antworten und vergleichen Sie mit \
                  dem letzten Check.",
    recheck_due_link: "Antworten prüfen",
    files_title: "In Kalender und Tabelle mitnehmen",
    calendar_button: "In den Kalender übernehmen",
    calendar_hint: "Eine .ics-Datei für Outlook, Thunderbird oder das Telefon: ein ganztägiger Termin je offene \
                    Maßnahme mit Fälligkeitsdatum und einer für den nächsten Check. Erneut importiert, aktualisiert sie \
                    die Termine, statt sie zu verdoppeln.",
    table_button: "Als Tabelle speichern",
    table_hint: "Eine CSV-Datei, die Excel und LibreOffice per Doppelklick öffnen: der Plan und alle Werte.",
    file_saved: "Die Datei {name} wird gespeichert.",
    event_recheck: "Arbeitgeber-Check: nächster Check",
    event_recheck_text: "Zeit für den nächsten Arbeitgeber-Check: Antworten prüfen und mit dem letzten Check \
                         vergleichen.",
    first_step: "Erster Schritt",
    owner: "Verantwortlich",
    goal: "Ziel",
    csv_plan: "Maßnahmenplan",
    csv_plan_columns: ["Im Fokus", "Ziel", "Maßnahme", "Erster Schritt", "Verantwortlich", "Fällig bis", "Status", "Notiz"],
    csv_scores: "Werte (0 bis 100)",
    csv_score_columns: ["Ebene", "Titel", "Wert", "Beantwortet", "Aussagen"],
    csv_overall: "Gesamt",
    csv_field: "Handlungsfeld",
    csv_goal: "Ziel",
    csv_yes: "ja",
    aushang_title: "Aushang",
    aushang_link: "Aushang für das Team",
    aushang_heading: "Das haben wir uns vorgenommen",
    aushang_intro: "Wir haben mit dem Arbeitgeber-Check geprüft, was uns als Arbeitgeber ausmacht. Bis zum nächsten \
                    Check am {date} arbeiten wir an diesen Zielen:",
    aushang_intro_undated: "Wir haben mit dem Arbeitgeber-Check geprüft, was uns als Arbeitgeber ausmacht. Bis zum \
                            nächsten Check arbeiten wir an diesen Zielen:",
    aushang_goals: "Unsere Ziele",
    aushang_plan: "Was wir tun",
    aushang_columns: ["Maßnahme", "Wer", "Bis"],
    aushang_no_plan: "Die Maßnahmen legen wir gerade fest.",
    aushang_invite: "Ideen und Fragen dazu sind willkommen – sprechen Sie uns an.",
    aushang_scores: "Werte zeigen",
    aushang_print: "Aushang drucken",
    aushang_print_hint: "Eine A4-Seite zum Aushängen oder Herumschicken. Ohne Werte, außer Sie wählen „Werte zeigen“.",
};

const CYCLE_EN: CycleTexts = CycleTexts {
    focus_title: "Your focus until the next check",
    focus_change: "Change the focus",
    focus_legend: "Goals in focus (three at most)",
    focus_count: "{n} of 3 goals in focus.",
    focus_full: "Three goals are chosen. To choose another, first take one out.",
    focus_reset: "Back to the suggestion",
    focus_reset_done: "The suggestion applies again.",
    focus_none: "No goal in focus. Choose up to three under “Change the focus”.",
    focus_others: "Other measures in the plan",
    focus_badge: "In focus",
    recheck_label: "Next check on",
    recheck_hint: "Suggested: twelve months after the check, on {date}. An empty field means the suggestion.",
    recheck_due: "Your next check was planned for {date}. Review your answers and compare them with the last check.",
    recheck_due_link: "Review answers",
    files_title: "Take it to your calendar and spreadsheet",
    calendar_button: "Add to calendar",
    calendar_hint: "An .ics file for Outlook, Thunderbird or your phone: an all-day entry for each open measure with a \
                    due date and one for the next check. Imported again, it updates the entries instead of doubling \
                    them.",
    table_button: "Save as spreadsheet",
    table_hint: "A CSV file that Excel and LibreOffice open by double-click: the plan and all scores.",
    file_saved: "The file {name} is being saved.",
    event_recheck: "Employer check: next check",
    event_recheck_text: "Time for the next employer check: review the answers and compare them with the last check.",
    first_step: "First step",
    owner: "Responsible",
    goal: "Goal",
    csv_plan: "Action plan",
    csv_plan_columns: ["In focus", "Goal", "Measure", "First step", "Responsible", "Due by", "Status", "Note"],
    csv_scores: "Scores (0 to 100)",
    csv_score_columns: ["Level", "Title", "Score", "Answered", "Statements"],
    csv_overall: "Overall",
    csv_field: "Field of action",
    csv_goal: "Goal",
    csv_yes: "yes",
    aushang_title: "Notice",
    aushang_link: "Notice for the team",
    aushang_heading: "What we have set out to do",
    aushang_intro: "We have used the employer check to look at what makes us a good employer. Until the next check \
                    on {date} we are working on these goals:",
    aushang_intro_undated: "We have used the employer check to look at what makes us a good employer. Until the next \
                            check we are working on these goals:",
    aushang_goals: "Our goals",
    aushang_plan: "What we are doing",
    aushang_columns: ["Measure", "Who", "By"],
    aushang_no_plan: "We are deciding on the measures now.",
    aushang_invite: "Ideas and questions are welcome – talk to us.",
    aushang_scores: "Show scores",
    aushang_print: "Print the notice",
    aushang_print_hint: "One A4 page to put up or send round. Without scores, unless you choose “Show scores”.",
};
