use super::{Messages, RoleLabels, ScreenTexts};
use crate::domain::answers::Answer;
use crate::domain::content::{Effort, TimeToEffect};
use crate::domain::plan::Status;
use crate::domain::profile::{Sector, SizeBand};

pub const DE: Messages = Messages {
    app_name: "Arbeitgeber-Check",
    skip_link: "Zum Inhalt springen",
    language_switch_label: "Sprache wählen",
    other_language_name: "English",
    footer_privacy_link: "Datenschutz: Ihre Antworten bleiben im Browser",
    footer_note: "Ein Selbst-Check entlang der sechs Handlungsfelder der Allianz für Fachkräfte Nordostniedersachsen.",

    start_title: "Wie attraktiv ist Ihr Betrieb als Arbeitgeber?",
    start_intro: "Der Arbeitgeber-Check zeigt Ihnen in 15 bis 25 Minuten, wo Ihr Betrieb bei der Gewinnung und Bindung \
        von Fachkräften steht – Handlungsfeld für Handlungsfeld – und welche konkreten Schritte sich als Nächstes lohnen.",
    start_for_whom_title: "Für wen?",
    start_for_whom: "Für Inhaberinnen und Inhaber, Geschäftsführungen und Personalverantwortliche kleiner und \
        mittlerer Unternehmen – Vorwissen im Personalwesen brauchen Sie nicht.",
    start_how_title: "Wie läuft es ab?",
    start_how: "Sie bewerten kurze Aussagen über Ihren Betrieb in sechs Handlungsfeldern. Sie können jederzeit \
        unterbrechen und später weitermachen. Am Ende erhalten Sie Ihr Ergebnis, passende Maßnahmen und einen \
        Bericht zum Ausdrucken.",
    start_data_title: "Was passiert mit Ihren Daten?",
    start_data: "Ihre Antworten verlassen Ihren Browser nicht. Es gibt keinen Server, keine Cookies und keine \
        Statistik-Dienste.",
    start_button: "Check starten",

    start_facts: "{statements} Aussagen in sechs Handlungsfeldern · etwa 15 bis 25 Minuten · jederzeit unterbrechbar",
    start_continue_button: "Weitermachen",
    start_restart_hint: "Sie haben bereits Antworten gegeben. Sie können dort weitermachen, wo Sie aufgehört haben.",
    storage_title: "Speichern und Löschen",
    remember_label: "Auf diesem Gerät merken, um später weiterzumachen",
    remember_hint: "Ohne diese Auswahl bleiben Ihre Antworten nur erhalten, solange dieser Tab geöffnet ist. \
        Mit der Auswahl speichert Ihr Browser sie dauerhaft auf diesem Gerät – nutzen Sie das nicht auf fremden \
        oder gemeinsam genutzten Rechnern.",
    remember_unavailable: "Ihr Browser erlaubt hier kein dauerhaftes Speichern.",
    delete_all_button: "Alle Antworten löschen",
    delete_all_confirm: "Wirklich alle Antworten, das Unternehmensprofil und alle gespeicherten Daten dieses Checks \
        in diesem Browser löschen? Das lässt sich nicht rückgängig machen.",
    delete_all_yes: "Ja, alles löschen",
    delete_all_cancel: "Abbrechen",

    privacy_title: "Datenschutz",
    privacy_paragraphs: &[
        "Der Arbeitgeber-Check läuft vollständig in Ihrem Browser. Ihre Antworten, Ihr Unternehmensprofil und Ihr \
         Maßnahmenplan werden an keinen Server übertragen – auch nicht an uns.",
        "Standardmäßig speichert der Browser Ihre Antworten nur für diesen Tab (Sitzungsspeicher). Schließen Sie den \
         Tab, sind sie gelöscht. Nur wenn Sie ausdrücklich „Auf diesem Gerät merken“ wählen, bleiben sie im \
         dauerhaften Speicher Ihres Browsers, bis Sie sie löschen.",
        "Es werden keine Cookies gesetzt, keine Statistik- oder Tracking-Dienste verwendet und keine Inhalte von \
         anderen Servern nachgeladen.",
        "Wenn Sie Ihre Ergebnisse exportieren, entsteht eine Datei auf Ihrem Gerät. Was Sie damit tun, entscheiden Sie.",
    ],
    back_to_start: "Zur Startseite",

    notice_storage_unavailable: "Ihr Browser erlaubt hier kein Speichern. Sie können den Check trotzdem ausfüllen, \
        aber Ihre Antworten gehen verloren, wenn Sie diese Seite schließen oder neu laden.",
    notice_kept_aside: "Gespeicherte Antworten aus einem früheren Besuch konnten nicht gelesen werden. Sie wurden \
        unter einem anderen Namen in Ihrem Browser aufbewahrt, nicht gelöscht. Der Check beginnt neu.",
    notice_updated_from_other_tab: "Ihre Antworten wurden in einem anderen Tab geändert. Diese Seite zeigt jetzt \
        die neuesten Antworten.",
    notice_deleted_in_other_tab: "In einem anderen Tab wurden alle Antworten gelöscht.",
    notice_forgotten_in_other_tab: "In einem anderen Tab wurde „Auf diesem Gerät merken“ ausgeschaltet. Dieser Tab \
        behält Ihre Antworten, solange er geöffnet ist.",
    notice_save_failed: "Ihre Antworten konnten nicht gespeichert werden (zum Beispiel, weil der Speicher voll ist). \
        Sie bleiben erhalten, solange diese Seite geöffnet ist.",
    notice_deleted: "Alle Antworten wurden gelöscht.",
    notice_dismiss: "Hinweis schließen",
    saved_in_tab: "Gespeichert in diesem Tab",
    saved_on_device: "Gespeichert auf diesem Gerät",
    saved_nowhere: "Nicht gespeichert",

    profile_title: "Ihr Unternehmen",
    profile_intro: "Alle Angaben sind freiwillig. Sie ändern keine Punktzahl, helfen aber, Maßnahmen auszuwählen, \
        die zu Ihrem Betrieb passen.",
    profile_company_name: "Name des Unternehmens",
    profile_company_name_hint: "Erscheint nur auf dem Deckblatt Ihres Berichts.",
    profile_size_legend: "Wie viele Beschäftigte hat Ihr Betrieb?",
    profile_size_labels,
    profile_employees: "Genaue Zahl der Beschäftigten (freiwillig)",
    profile_employees_hint: "Nur für gesetzliche Pflichten, die ab einer bestimmten Größe gelten.",
    profile_sector_label: "Branche",
    profile_sector_labels,
    profile_trains_legend: "Bildet Ihr Betrieb derzeit aus?",
    profile_council_legend: "Gibt es in Ihrem Betrieb einen Betriebsrat?",
    journey_steps: ["Ihr Unternehmen", "Aussagen in sechs Handlungsfeldern", "Ergebnis, Plan und Bericht"],
    yes: "Ja",
    no: "Nein",
    no_answer: "Keine Angabe",

    field_eyebrow: "Handlungsfeld {number} von {total}",
    goal_eyebrow: "Strategisches Ziel",
    answer_labels,
    why_we_ask: "Warum fragen wir das?",
    clear_answer: "Antwort zurücksetzen",
    back: "Zurück",
    next: "Weiter",
    to_overview: "Zur Übersicht",

    progress_label: "Fortschritt",
    progress_answered: "{answered} von {total} beantwortet",
    progress_nav_label: "Handlungsfelder",
    pager_label: "Blättern",
    next_open_statement: "Zur nächsten offenen Aussage",

    overview_title: "Übersicht",
    overview_intro: "Hier sehen Sie, wie weit Sie in jedem Handlungsfeld sind. Sie können jedes Feld öffnen und \
        Antworten ändern.",
    overview_open_title: "Noch offene Aussagen",
    overview_none_open: "Sie haben alle Aussagen beantwortet. Vielen Dank!",
    overview_open_hint: "Offene Aussagen zählen nicht zur Bewertung. Sie können auch mit offenen Aussagen \
        weitermachen; Ziele mit zu wenigen Antworten werden dann als „nicht bewertet“ gezeigt.",
    to_results: "Zum Ergebnis",

    results_title: "Ihr Ergebnis",
    results_intro: "So steht Ihr Betrieb als Arbeitgeber da – nach Ihren eigenen Angaben, auf einer Skala von 0 bis \
        100 Punkten.",
    results_overall: "Gesamtergebnis",
    results_not_scored: "nicht bewertet",
    results_not_scored_hint: "Für eine Bewertung fehlen noch Antworten.",
    results_not_relevant: "nicht relevant",
    results_fields_title: "Die sechs Handlungsfelder",
    results_coverage: "{answered} von {total} Aussagen beantwortet",
    results_chart_title: "Ergebnis als Netzdiagramm",
    results_chart_fields: "Handlungsfelder",
    results_chart_goals: "Strategische Ziele",
    easy_results_title: "Ihr Ergebnis in Leichter Sprache",
    results_table_caption: "Punktzahlen (0 bis 100)",
    results_table_area: "Bereich",
    results_table_score: "Punkte",
    results_table_band: "Einstufung",
    results_priorities_title: "Ihre Prioritäten und passende Maßnahmen",
    results_weakest: "Wo es noch hakt:",
    results_measures: "Empfohlene Maßnahmen",
    results_no_priorities: "Sobald genug Aussagen beantwortet sind, zeigen wir hier Ihre Prioritäten.",
    results_answer_more: "Offene Aussagen beantworten",
    results_unscored_title: "Noch nicht bewertete Ziele",
    results_strengths_title: "Ihre Stärken",
    results_strengths_none: "Noch kein Ziel liegt über dem Bereich „Handlungsbedarf“.",
    results_priorities_rule: "Vorgeschlagen sind zuerst Ziele mit einer offenen gesetzlichen Pflicht, dann die mit den \
        niedrigsten Punktzahlen, denn dort bringt der nächste Schritt am meisten. Bis zu drei Ziele sind Ihr Fokus bis \
        zum nächsten Check; Plan, Bericht und Aushang stellen sie nach vorn.",
    results_field_reading: "Was heißt das?",
    results_more_measures: "Weitere Maßnahmen zeigen ({n})",
    results_show_measures: "Maßnahmen zeigen ({n})",

    measure_first_step: "Erster Schritt in diesem Monat:",
    measure_effort: "Aufwand",
    measure_time: "Wirkung",
    measure_support: "Unterstützung:",
    effort_labels,
    time_labels,
    quick_win: "Schneller Erfolg",
    sector_fit: "Passt zu Ihrer Branche",
    add_to_plan: "In den Maßnahmenplan",

    plan_title: "Ihr Maßnahmenplan",
    plan_intro: "Legen Sie fest, wer sich bis wann um welche Maßnahme kümmert. Alles wird sofort gespeichert – genau \
        wie Ihre Antworten.",
    plan_empty: "Ihr Plan ist noch leer. Fügen Sie im Ergebnis Maßnahmen hinzu.",
    plan_owner: "Verantwortlich",
    plan_due: "Erledigen bis",
    plan_status: "Status",
    plan_note: "Notiz",
    plan_remove: "Aus dem Plan entfernen",
    plan_measure: "Maßnahme",
    plan_overdue: "Überfällig",
    status_labels,
    to_plan: "Zum Maßnahmenplan",
    to_report: "Bericht ansehen und drucken",

    report_title: "Bericht",
    report_print: "Bericht drucken",
    report_print_hint: "Der Bericht ist für DIN A4 gestaltet. Im Druckdialog können Sie ihn auch als PDF speichern.",
    report_cover_subtitle: "Selbst-Check zur Arbeitgeberattraktivität entlang der Handlungsfelder der Allianz für \
        Fachkräfte Nordostniedersachsen",
    report_company_unnamed: "Ihr Unternehmen",
    report_date: "Erstellt am",
    report_fields: "Ergebnisse je Handlungsfeld",
    report_top_measures: "Wichtigste Maßnahmen",
    report_plan: "Maßnahmenplan",
    report_plan_empty: "Noch keine Maßnahmen eingeplant.",
    report_handoff_title: "Für das Beratungsgespräch",
    report_handoff_intro: "Diese Seite ist für ein Gespräch mit Ihrer Kammer, der Wirtschaftsförderung oder dem \
        Arbeitgeber-Service der Agentur für Arbeit gedacht.",
    report_handoff_goals: "Unsere drei wichtigsten Ziele",
    report_handoff_plan: "Unser Maßnahmenplan",
    report_profile_size: "{size} Beschäftigte",
    report_profile_trains: "bildet aus",
    report_profile_not_training: "bildet derzeit nicht aus",
    report_profile_council: "mit Betriebsrat",
    report_profile_no_council: "ohne Betriebsrat",
    report_handoff_notes: "Notizen aus dem Gespräch",
    report_handoff_proposed: "Vorgeschlagene Maßnahme:",
    report_handoff_questions_title: "Fragen für das Gespräch",
    report_handoff_questions: &[
        "Welche Maßnahme gehen wir zuerst an, und wer ist verantwortlich?",
        "Welche Unterstützung oder Förderung kommt für uns in Frage?",
        "Wann sprechen wir wieder darüber, was umgesetzt ist?",
    ],
    report_method_title: "So entsteht das Ergebnis",
    report_method: &[
        "Jede Aussage wird auf einer Viererskala bewertet: trifft voll zu (100), trifft eher zu (67), trifft eher \
         nicht zu (33), trifft nicht zu (0).",
        "„Nicht relevant für uns“ und offene Aussagen zählen nicht zur Punktzahl. Sie werden als Abdeckung \
         ausgewiesen.",
        "Ein Ziel erhält eine Punktzahl, wenn mindestens die Hälfte seiner Aussagen beantwortet ist; es ist der \
         gewichtete Mittelwert seiner Aussagen. Ein Handlungsfeld ist der Mittelwert seiner bewerteten Ziele, das \
         Gesamtergebnis der Mittelwert der bewerteten Handlungsfelder – jeweils, wenn mindestens die Hälfte bewertet \
         ist. Sonst steht dort „nicht bewertet“.",
        "Das Unternehmensprofil ändert keine Punktzahl; es wählt nur passende Maßnahmen aus. Alle Berechnungen \
         laufen in Ihrem Browser.",
    ],
    legal_duty_note: "Dies ist eine gesetzliche Pflicht des Arbeitgebers.",
    legal_duty_measure_label: "Erfüllt eine gesetzliche Pflicht",
    method_time_to_effect: "Zeit bis zur Wirkung: wie lange es nach dem ersten Schritt dauert, bis die Maßnahme bei den \
        Menschen ankommt, für die sie gedacht ist, und im Betrieb etwas spürbar verändert – kurz: innerhalb von drei \
        Monaten, mittel: drei bis zwölf Monate, lang: mehr als ein Jahr.",
    method_quick_win: "Als schneller Erfolg gilt eine Maßnahme mit geringem Aufwand und kurzer Zeit bis zur Wirkung.",
    method_legal_duties: "Aussagen, hinter denen eine gesetzliche Pflicht steht, werden zuerst genannt, wenn sie nicht \
        voll zutreffen – unabhängig von der Punktzahl. Die Punktzahl selbst ändert sich dadurch nicht.",
    content_as_of: "Inhalte zuletzt geprüft: {date}",
    measure_sources_label: "Rechtsgrundlagen und Programme:",
    benchmark_scope_all: "Betriebe in der Region, n = {n}",
    benchmark_scope_size: "Betriebe mit {size} Beschäftigten in der Region, n = {n}",
    benchmark_scope_sector: "Betriebe in der Region, Branche: {sector}, n = {n}",
    benchmark_size_labels,
    benchmark_figures: "Median der Region: {median}, mittlere Hälfte der Betriebe: {lower} bis {upper}",
    benchmark_below: "Ihr Wert liegt unter der mittleren Hälfte der Betriebe.",
    benchmark_middle: "Ihr Wert liegt in der mittleren Hälfte der Betriebe.",
    benchmark_above: "Ihr Wert liegt über der mittleren Hälfte der Betriebe.",
    file_title: "Ergebnisdatei",
    file_hint: "Mit einer Ergebnisdatei nehmen Sie Ihre Antworten, Ihr Profil und Ihren Plan auf ein anderes Gerät \
        oder in einen anderen Browser mit. Die Datei bleibt bei Ihnen.",
    file_export: "Antworten als Datei speichern",
    file_import: "Gespeicherte Datei laden",
    file_import_confirm: "Die Datei ersetzt Ihre aktuellen Antworten, Ihr Profil und Ihren Plan. Fortfahren?",
    file_import_yes: "Ja, ersetzen",
    file_import_cancel: "Abbrechen",
    file_imported: "Die Datei wurde geladen. Ihre Antworten, Ihr Profil und Ihr Plan sind übernommen.",
    file_error_too_large: "Die Datei ist zu groß für eine Ergebnisdatei des Arbeitgeber-Checks. Es wurde nichts geändert.",
    file_error_empty: "Die Datei ist leer. Es wurde nichts geändert.",
    file_error_not_json: "Die Datei ist beschädigt oder keine Ergebnisdatei (kein lesbares JSON). Es wurde nichts \
        geändert.",
    file_error_not_export: "Das ist keine Ergebnisdatei des Arbeitgeber-Checks. Es wurde nichts geändert.",
    file_error_too_new: "Die Datei stammt aus einer neueren Version des Arbeitgeber-Checks. Bitte laden Sie die Seite \
        neu und versuchen Sie es noch einmal. Es wurde nichts geändert.",
    file_error_invalid: "Die Datei ist unvollständig oder enthält ungültige Angaben. Es wurde nichts geändert.",
    file_error_unknown_statements: "Die Datei enthält Antworten zu Aussagen, die dieser Check nicht kennt. Es wurde \
        nichts geändert.",
    file_error_unknown_measures: "Die Datei enthält Maßnahmen, die dieser Check nicht kennt. Es wurde nichts geändert.",
    file_error_unreadable: "Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.",
    open_new_window: "In neuem Fenster öffnen und weitermachen",
    new_window_blocked: "Ihr Browser hat das neue Fenster blockiert. Speichern Sie Ihre Antworten als Datei und laden \
        Sie sie im neuen Fenster.",

    profile_role_legend: "Ihre Rolle im Betrieb",
    profile_role_hint: "Freiwillig. Nur für eine Team-Auswertung: Dort steht die Rolle bei Ihren Antworten, wenn \
        mindestens drei Personen sie angeben oder die auswertende Person es so wählt. Ein Name wird nie abgefragt.",
    roles: RoleLabels {
        management: "Geschäftsführung",
        human_resources: "Personalverantwortung",
        lead: "Führungskraft",
        staff: "Beschäftigte",
        apprentice: "Auszubildende",
    },

    snapshot_take: "Zwischenstand speichern",
    snapshot_taken: "Der Zwischenstand vom {date} ist gespeichert. Sie können Ihre Antworten später damit vergleichen.",
    snapshot_list_title: "Gespeicherte Zwischenstände",
    snapshot_of: "Zwischenstand vom {date}",
    snapshot_remove: "Entfernen",
    snapshot_error_full: "Sie haben bereits {max} Zwischenstände gespeichert. Entfernen Sie einen, um einen \
        neuen zu speichern.",
    snapshot_error_no_answers: "Es gibt noch keine Antworten für einen Zwischenstand.",
    snapshot_error_unchanged: "Dieser Zwischenstand ist schon gespeichert: Ihre Antworten sind dieselben wie beim \
        letzten Zwischenstand.",

    compare_button: "Mit früherem Zwischenstand vergleichen",
    compare_from_file: "Frühere Ergebnisdatei wählen",
    compare_remove: "Vergleich entfernen",
    compare_column: "Veränderung",
    compare_since: "Veränderung seit dem {date}",
    compare_since_unknown: "Veränderung gegenüber dem früheren Zwischenstand",
    compare_more: "{points} Punkte mehr als {when}",
    compare_more_one: "1 Punkt mehr als {when}",
    compare_fewer: "{points} Punkte weniger als {when}",
    compare_fewer_one: "1 Punkt weniger als {when}",
    compare_same: "genauso viele Punkte wie {when}",
    compare_on_date: "am {date}",
    compare_earlier_state: "im früheren Zwischenstand",
    compare_not_comparable: "kein Vergleich möglich: zu einem der beiden Zeitpunkte nicht bewertet",

    team_title: "Team-Auswertung",
    team_people: "{count} Personen haben teilgenommen",
    team_person: "Person {number}",
    team_person_role: "Person {number} ({role})",
    team_spread: "{lowest} bis {highest}",
    team_divided_title: "Hier sehen Sie es unterschiedlich",
    team_talk_first_title: "Darüber sollten Sie zuerst sprechen",
    team_too_few: "Für eine Team-Auswertung brauchen Sie mindestens zwei gültige Ergebnisdateien.",
    team_error_duplicate: "Diese Datei ist dieselbe wie {file} und wird nur einmal gezählt.",
    team_error_no_answers: "Die Datei enthält keine Antworten.",
    team_error_too_many: "Es lassen sich höchstens {max} Dateien zusammenführen; diese wurde nicht berücksichtigt.",
    team_error_not_team_file: "Das ist keine Team-Datei des Arbeitgeber-Checks. Es wurde nichts geändert.",

    // Chamber edition in the views (issue 11).
    footer_accessibility_link: "Erklärung zur Barrierefreiheit",
    footer_imprint_link: "Impressum",
    footer_host_privacy_link: "Datenschutzerklärung",
    header_easy_language_link: "Leichte Sprache",
    contact_title: "Ihr Kontakt bei {name}",
    contact_title_unnamed: "Ihr Kontakt",
    contact_phone: "Telefon",
    contact_email: "E-Mail",
    contact_hours: "Erreichbar",
    contact_booking: "Beratungstermin vereinbaren",
    opens_new_window: " (öffnet in neuem Fenster)",
    desk_title: "Beratungsmappe",
    preview_title: "Vorschau: kammer.json",
    recheck_title: "Neuer Check",
    start_recheck: "Neuen Check beginnen",
    preview_intro: "Jedes Feld dort, wo es im Check erscheint.",
    preview_check_title: "Prüfung",
    preview_missing: "Keine kammer.json: Der Check läuft ohne Kammer-Angaben.",
    preview_no_warnings: "Keine Warnungen.",
    preview_not_given: "–",
    preview_places: [
        "Kopfzeile, Titelseite",
        "Kontaktkarte",
        "Gesprächsseite",
        "Fußzeile",
        "Barrierefreiheit",
        "Akzentfarbe",
        "Vergleich",
    ],
    handoff_appointment_title: "Termin für das Gespräch",
    handoff_appointment_date: "Datum",
    handoff_appointment_time: "Uhrzeit",
    handoff_appointment_place: "Ort",
    // Results that lead (issue 13).
    results_others_title: "Alle weiteren Ziele",
    results_others_show: "Weitere Ziele zeigen ({n})",
    results_others_all_met: "Alle Aussagen treffen voll zu.",
    // Benchmark display (issue 14).
    benchmark_legend: "Gestrichelte Linie: Median der Region",
    results_table_median: "Median der Region",
    contact_offers_title: "Unterstützung in der Region",
    // Team screen (issue 13: the team round).
    team_intro: "Mehrere Personen Ihres Betriebs füllen den Check jeweils für sich aus und speichern ihr Ergebnis als \
        Datei. Laden Sie hier 2 bis 30 dieser Dateien, einzeln oder mehrere auf einmal: Sie sehen, wo Sie sich einig \
        sind und wo nicht. Die Daten bleiben in diesem Browserfenster, bis Sie sie als Team-Datei speichern.",
    team_pick_files: "Ergebnisdateien auswählen",
    team_drop_label: "Ergebnisdateien laden",
    team_drop_hint: "Ziehen Sie die Dateien hierher oder wählen Sie sie aus.",
    team_load_team_file: "Team-Datei laden",
    team_save: "Team-Datei speichern",
    team_print: "Team-Bericht drucken",
    team_rejected_title: "Nicht verwendete Dateien",
    team_roles: "Rollen",
    team_scores_title: "Ergebnis des Teams",
    team_overall: "Gesamt",
    team_column_area: "Handlungsfeld oder Ziel",
    team_column_score: "Team-Wert (von 100)",
    team_column_spread: "Spanne",
    team_divided_none: "Bei keiner Aussage liegen Ihre Antworten zwei oder mehr Stufen auseinander.",
    team_divided_steps: "{steps} Stufen auseinander",
    team_answers_of: "Antworten",
    team_notes_title: "Notizen aus dem Gespräch",
    team_leave_title: "Team-Auswertung verlassen?",
    team_leave_text: "Die geladenen Daten sind nicht als Team-Datei gespeichert und gehen verloren.",
    team_leave: "Verlassen",
    team_stay: "Bleiben",
    team_link_hint: "Mehrere Personen haben den Check gemacht? Führen Sie die Ergebnisse zusammen:",

    compare_with: "Vergleichen",
    compare_hint: "Vergleichen Sie Ihre jetzigen Antworten mit einem gespeicherten Zwischenstand oder mit einer früher \
        gespeicherten Ergebnisdatei. Ihre Antworten ändern sich dabei nicht.",
    snapshot_hint: "„Zwischenstand speichern“ legt eine datierte Kopie Ihrer Antworten dort, wo auch Ihre Antworten \
        gespeichert sind, und löscht sie mit ihnen.",
    compare_legend: "Gestrichelt: früherer Zwischenstand vom {date}",
    compare_legend_unknown: "Gestrichelt: früherer Zwischenstand",
    compare_then: "Früher",
    compare_now: "Heute",
    compare_report_intro: "Die Werte des früheren Zwischenstands neben den heutigen, und die Veränderung in Punkten. Wo zu \
        einem der beiden Zeitpunkte zu wenige Antworten vorlagen, ist kein Vergleich möglich.",
    compare_file_rejected: "Diese Datei lässt sich nicht vergleichen:",
    measure_more: "Mehr zu dieser Maßnahme",
    results_table_show: "Alle Punktzahlen als Tabelle",
    content_loading: "Dieser Teil des Checks wird geladen …",
    content_failed_title: "Die Inhalte des Checks konnten nicht geladen werden",
    content_failed_text: "Ihre bisherigen Antworten bleiben erhalten. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.",
    content_retry: "Erneut versuchen",
};

/// Texts only the screens in the on-demand chunk use (`ScreenTexts`).
pub(super) const SCREENS: ScreenTexts = ScreenTexts {
    remember_ask_title: "Antworten auf diesem Gerät behalten?",
    remember_ask_text: "Bisher bleiben Ihre Antworten nur, solange dieser Tab offen ist. Auf diesem Gerät \
        gespeichert, können Sie später weitermachen. Die Antworten bleiben in Ihrem Browser, nichts wird übertragen. \
        Nicht auf fremden oder gemeinsam genutzten Rechnern.",
    remember_ask_yes: "Auf diesem Gerät behalten",
    remember_ask_no: "Nur in diesem Tab",
    remember_on_device_text: "Ihre Antworten bleiben in diesem Browser auf diesem Gerät, bis Sie sie löschen. Nichts \
        wird übertragen.",
    storage_change: "ändern",
    snapshot_tab_warning: "Ihre Antworten sind nur in diesem Tab gespeichert: Zwischenstände gehen mit ihm \
        verloren. Behalten Sie sie auf diesem Gerät oder speichern Sie Ihre Antworten als Datei – die Datei enthält \
        die Zwischenstände.",
    file_save_title: "Ergebnis sichern",
    file_save_hint: "Die Datei enthält Ihre Antworten, Ihr Profil, Ihren Plan und Zwischenstände. Sie bleibt \
        bei Ihnen.",
    file_team_hint: "Für eine Team-Auswertung gefragt? Speichern Sie Ihre Antworten als Datei und schicken Sie sie \
        der Person, die Sie gefragt hat.",
    clarify_title: "Zu klären",
    clarify_duty: "gesetzliche Pflicht",
    clarify_show: "Aussagen zeigen",
    clarify_hint: "Hier haben Sie „weiß ich nicht“ geantwortet. Diese Aussagen zählen nicht in die Bewertung. Klären \
        Sie sie und ändern Sie dann die Antwort.",
    team_clarify_count: "{count} zu klären",
    team_open_count: "{count} offen",
    team_open_title: "Offene und unklare Aussagen je Person",
    team_not_relevant_against: "„nicht relevant“ gegen eine Einschätzung",
    team_files_title: "Geladene Dateien",
    team_status: "{added} hinzugefügt, {left} nicht verwendet. Geladen: {total} Ergebnisdateien.",
    team_invite_title: "Kolleginnen und Kollegen einladen",
    team_invite_intro: "Schicken Sie diesen Text an alle, die mitmachen sollen:",
    team_invite_text: "Bitte machen Sie für unseren Betrieb den Arbeitgeber-Check, jede und jeder für sich (etwa 20 \
        Minuten): {url} – Wählen Sie im Profil Ihre Rolle; Ihr Name wird nicht abgefragt. Klicken Sie am Ende auf \
        „Antworten als Datei speichern“ und schicken Sie mir die Datei. Ihre Antworten verlassen Ihren Rechner nur \
        mit dieser Datei.",
    team_invite_copy: "Text kopieren",
    team_invite_copied: "Der Text ist kopiert.",
    team_invite_copy_failed: "Kopieren ging nicht. Bitte markieren und kopieren Sie den Text selbst.",
    team_roles_hidden: "Rollen mit weniger als drei Personen stehen nicht neben den Antworten, damit niemandem \
        einzelne Antworten zugeordnet werden können.",
    team_show_roles: "Rollen trotzdem neben den Antworten zeigen",
    team_chart_title: "Team-Werte je Handlungsfeld",
    plan_own_heading: "Eigene Maßnahme hinzufügen",
    plan_own_intro: "Sie haben etwas vor, das hier nicht vorgeschlagen wird? Nehmen Sie es mit in den Plan – es steht \
                     dann auch im Bericht.",
    plan_own_name: "Titel der Maßnahme",
    plan_own_first_step: "Erster Schritt (freiwillig)",
    plan_own_goal: "Gehört zum Ziel (freiwillig)",
    plan_own_no_goal: "Eigene Maßnahme ohne bestimmtes Ziel",
    plan_own_goal_none: "Kein bestimmtes Ziel",
    plan_own_add: "In den Plan aufnehmen",
    plan_own_missing: "Bitte geben Sie einen Titel ein.",
    plan_own_added: "„{title}“ steht jetzt im Plan.",
    plan_own_title_kept: "Ohne Titel geht es nicht: Der bisherige Titel bleibt.",
};

// Labels by exhaustive match: a reordered or new variant cannot silently take another variant's label.

fn answer_labels(answer: Answer) -> &'static str {
    match answer {
        Answer::Fully => "trifft voll zu",
        Answer::Mostly => "trifft eher zu",
        Answer::RatherNot => "trifft eher nicht zu",
        Answer::NotTrue => "trifft nicht zu",
        Answer::NotRelevant => "nicht relevant für uns",
        Answer::Unknown => "weiß ich nicht / muss ich klären",
    }
}

fn effort_labels(effort: Effort) -> &'static str {
    match effort {
        Effort::Low => "gering",
        Effort::Medium => "mittel",
        Effort::High => "hoch",
    }
}

fn time_labels(time: TimeToEffect) -> &'static str {
    match time {
        TimeToEffect::Short => "kurzfristig",
        TimeToEffect::Medium => "mittelfristig",
        TimeToEffect::Long => "langfristig",
    }
}

fn status_labels(status: Status) -> &'static str {
    match status {
        Status::Planned => "geplant",
        Status::InProgress => "in Arbeit",
        Status::Done => "erledigt",
    }
}

fn profile_size_labels(size: SizeBand) -> &'static str {
    match size {
        SizeBand::Micro => "1 bis 9",
        SizeBand::Small => "10 bis 49",
        SizeBand::Medium => "50 bis 249",
        SizeBand::Large => "250 und mehr",
    }
}

fn profile_sector_labels(sector: Sector) -> &'static str {
    match sector {
        Sector::Handwerk => "Handwerk",
        Sector::Industrie => "Industrie und Produktion",
        Sector::Handel => "Handel",
        Sector::Dienstleistung => "Dienstleistungen",
        Sector::Gesundheit => "Gesundheit und Pflege",
        Sector::Gastgewerbe => "Gastgewerbe und Tourismus",
        Sector::Logistik => "Logistik und Verkehr",
        Sector::Landwirtschaft => "Landwirtschaft",
        Sector::Sonstige => "Sonstige",
    }
}

/// Size bands as they read inside `benchmark_scope_size`.
fn benchmark_size_labels(size: SizeBand) -> &'static str {
    match size {
        SizeBand::Micro => "1–9",
        SizeBand::Small => "10–49",
        SizeBand::Medium => "50–249",
        SizeBand::Large => "250 und mehr",
    }
}
