//! Texts of the adviser's desk (`#/beratung`, issue 31). Only the desk uses them, so they load with the chunk, not
//! with the start page (like `later.rs`). Typed: a text missing in one language fails to compile.

use crate::domain::desk::{Column, Question, Recheck, Refusal};
use crate::domain::lang::Lang;
use crate::i18n::messages;

pub struct DeskTexts {
    pub intro: &'static str,
    /// The data-protection note beside the loading area: memory only, nothing sent.
    pub memory_note: &'static str,
    pub load_title: &'static str,
    pub load_hint: &'static str,
    pub pick: &'static str,
    /// "{added} hinzugefügt, {left} nicht verwendet. In der Mappe: {firms} Betriebe mit {files} Checks."
    pub status: &'static str,
    pub refused_title: &'static str,
    pub team_file: &'static str,
    pub benchmark_file: &'static str,
    pub kammer_file: &'static str,
    /// `{file}`: the file kept.
    pub duplicate: &'static str,
    pub same_time_stamp: &'static str,
    /// `{max}`: the most files a desk holds.
    pub too_many: &'static str,
    pub table_title: &'static str,
    /// Column headings in [`Column::ALL`] order.
    pub columns: [&'static str; 10],
    /// "{count} Betriebe, sortiert nach {column}, {direction}."
    pub sorted: &'static str,
    /// "{count} Betriebe in der Reihenfolge des Ladens."
    pub unsorted: &'static str,
    pub ascending: &'static str,
    pub descending: &'static str,
    /// The table's region, scrollable sideways on a narrow screen.
    pub scroll_label: &'static str,
    pub filter_title: &'static str,
    pub all: &'static str,
    pub no_name: &'static str,
    pub checks: &'static str,
    pub overdue: &'static str,
    pub due: &'static str,
    pub open: &'static str,
    pub remove: &'static str,
    pub none_shown: &'static str,
    pub csv_save: &'static str,
    /// The CSV file's name before the date.
    pub csv_file: &'static str,
    pub bench_title: &'static str,
    pub bench_intro: &'static str,
    pub bench_build: &'static str,
    pub bench_download: &'static str,
    /// `{n}` usable firms, `{k}` the fewest a benchmark needs.
    pub bench_too_few: &'static str,
    /// Files read, used, duplicates, earlier checks, rejected (the summary's counts, as `make benchmark` prints).
    pub bench_counts: [&'static str; 5],
    /// Cell, firms, in the benchmark.
    pub bench_columns: [&'static str; 3],
    pub bench_all: &'static str,
    pub bench_yes: &'static str,
    /// `{k}`.
    pub bench_no: &'static str,
    pub mappe_title: &'static str,
    pub mappe_intro: &'static str,
    pub passphrase: &'static str,
    pub passphrase_repeat: &'static str,
    pub passphrase_open: &'static str,
    /// `{min}` characters.
    pub passphrase_hint: &'static str,
    pub mappe_save: &'static str,
    pub mappe_open: &'static str,
    pub mappe_open_button: &'static str,
    pub mappe_working: &'static str,
    /// `{count}` files.
    pub mappe_saved: &'static str,
    pub passphrase_short: &'static str,
    pub passphrase_differs: &'static str,
    pub mappe_wrong: &'static str,
    pub mappe_damaged: &'static str,
    pub mappe_not_mappe: &'static str,
    pub mappe_too_new: &'static str,
    pub mappe_too_large: &'static str,
    pub mappe_unavailable: &'static str,
    pub mappe_file: &'static str,
    pub back: &'static str,
    pub print_sheet: &'static str,
    pub remove_firm: &'static str,
    /// "Letzter Check: {date}" in the firm's facts line.
    pub last_check: &'static str,
    /// "Veränderung seit dem Check vom {date}".
    pub since: &'static str,
    pub sheet_title: &'static str,
    pub sheet_overall: &'static str,
    pub sheet_field: &'static str,
    pub sheet_score: &'static str,
    pub sheet_change: &'static str,
    pub sheet_duties: &'static str,
    pub sheet_overdue: &'static str,
    pub sheet_focus: &'static str,
    pub sheet_none: &'static str,
    pub sheet_questions: &'static str,
    pub sheet_notes: &'static str,
    pub sheet_talk_date: &'static str,
    /// `{text}`: the duty's statement.
    pub q_duty: &'static str,
    /// `{title}`: the measure.
    pub q_overdue: &'static str,
    /// `{goal}`.
    pub q_focus: &'static str,
    /// `{points}`.
    pub q_fell: &'static str,
    /// `{count}`.
    pub q_unknown: &'static str,
    /// The firm's side: how to send the result file to the adviser. `{name}`: the contact.
    pub send_title: &'static str,
    pub send_save: &'static str,
    /// The link's text; `{name}`.
    pub send_mail: &'static str,
    pub send_mail_hint: &'static str,
    pub send_attach: &'static str,
    /// `{firm}`.
    pub send_subject: &'static str,
    /// `{name}`, `{firm}`.
    pub send_body: &'static str,
    /// Before the link to the desk on the hand-off page.
    pub desk_link_hint: &'static str,
}

pub fn desk_texts(lang: Lang) -> &'static DeskTexts {
    match lang {
        Lang::De => &DESK_DE,
        Lang::En => &DESK_EN,
    }
}

impl DeskTexts {
    pub fn column(&self, column: Column) -> &'static str {
        let index = Column::ALL.iter().position(|c| *c == column).unwrap_or_default();
        self.columns[index]
    }

    pub fn recheck(&self, recheck: Recheck) -> Option<&'static str> {
        match recheck {
            Recheck::Overdue => Some(self.overdue),
            Recheck::Due => Some(self.due),
            Recheck::Later => None,
        }
    }

    /// A question of the Gesprächsblatt, in `lang`.
    pub fn question(&self, question: &Question<'_>, lang: Lang) -> String {
        match question {
            Question::Duty(duty) => self.q_duty.replace("{text}", duty.title.get(lang)),
            Question::Overdue(title) => self.q_overdue.replace("{title}", title),
            Question::Focus(goal) => self.q_focus.replace("{goal}", goal.plain_title.get(lang)),
            Question::Fell(points) => self.q_fell.replace("{points}", &points.to_string()),
            Question::Unknown(count) => self.q_unknown.replace("{count}", &count.to_string()),
        }
    }

    /// Why a file was left out, in `lang`.
    pub fn refusal(&self, reason: &Refusal, lang: Lang) -> String {
        match reason {
            Refusal::Import(error) => messages(lang).import_error(error).into(),
            Refusal::TeamFile => self.team_file.into(),
            Refusal::BenchmarkFile => self.benchmark_file.into(),
            Refusal::KammerFile => self.kammer_file.into(),
            Refusal::Duplicate { of } => self.duplicate.replace("{file}", of),
            Refusal::SameTimeStamp { of } => self.same_time_stamp.replace("{file}", of),
            Refusal::TooMany => self.too_many.replace("{max}", &crate::domain::desk::MAX_FILES.to_string()),
        }
    }
}

const DESK_DE: DeskTexts = DeskTexts {
    intro: "Für Beraterinnen und Berater: Laden Sie die Ergebnisdateien, die Ihnen Betriebe geschickt haben. Mehrere \
            Dateien eines Betriebs werden ein Betrieb mit seinen Checks; die Tabelle zeigt, wo jeder Betrieb steht und \
            was beim nächsten Gespräch ansteht.",
    memory_note: "Die Dateien bleiben nur in diesem Tab im Arbeitsspeicher: Nichts wird gespeichert oder gesendet. \
                  Wenn Sie den Tab schließen, ist die Mappe leer.",
    load_title: "Ergebnisdateien laden",
    load_hint: "Ziehen Sie die Dateien hierher oder wählen Sie sie aus (mehrere auf einmal möglich).",
    pick: "Ergebnisdateien auswählen",
    status: "{added} hinzugefügt, {left} nicht verwendet. In der Mappe: {firms} Betriebe mit {files} Checks.",
    refused_title: "Nicht verwendet",
    team_file: "eine Datei der Team-Auswertung, keine Ergebnisdatei eines Betriebs",
    benchmark_file: "eine Benchmark-Datei (benchmark.json), keine Ergebnisdatei eines Betriebs",
    kammer_file: "die Einstellungen der Kammer (kammer.json), keine Ergebnisdatei eines Betriebs",
    duplicate: "dieselbe Ergebnisdatei wie {file}; einmal gezählt",
    same_time_stamp: "derselbe Betrieb mit demselben Zeitpunkt wie {file}, aber anderem Inhalt; {file} bleibt",
    too_many: "mehr als {max} Dateien in der Mappe; nicht geladen",
    table_title: "Betriebe in der Mappe",
    columns: [
        "Betrieb",
        "Größe",
        "Branche",
        "Letzter Check",
        "Gesamt",
        "Veränderung",
        "Offene Pflichten",
        "Schwerpunkte",
        "Überfällige Maßnahmen",
        "Nächster Check",
    ],
    sorted: "{count} Betriebe, sortiert nach {column}, {direction}.",
    unsorted: "{count} Betriebe in der Reihenfolge des Ladens.",
    ascending: "aufsteigend",
    descending: "absteigend",
    scroll_label: "Tabelle der Betriebe (seitlich scrollbar)",
    filter_title: "Filtern",
    all: "alle",
    no_name: "(ohne Namen)",
    checks: "Checks",
    overdue: "überfällig",
    due: "fällig",
    open: "Ansehen",
    remove: "Entfernen",
    none_shown: "Kein Betrieb passt zum Filter.",
    csv_save: "Als Tabelle speichern",
    csv_file: "beratungsmappe",
    bench_title: "Regionaler Vergleich aus dieser Mappe",
    bench_intro: "Aus den geladenen Dateien entsteht hier die Datei benchmark.json, nach denselben Regeln wie mit \
                  „make benchmark“: je Betrieb zählt sein neuester Check, doppelte Dateien einmal, eine Gruppe nur mit \
                  mindestens fünf Betrieben, keine Namen. Legen Sie die Datei neben kammer.json auf Ihren Server.",
    bench_build: "Vergleich erstellen",
    bench_download: "benchmark.json speichern",
    bench_too_few: "Nur {n} verwendbare Betriebe: Ein Vergleich braucht mindestens {k}, damit niemand erkennbar ist. \
                    Es wurde keine Datei erstellt.",
    bench_counts: ["Dateien gelesen", "verwendet (Betriebe)", "doppelt (einmal gezählt)", "älterer Check (neuerer zählt)", "abgelehnt"],
    bench_columns: ["Gruppe", "Betriebe", "im Vergleich"],
    bench_all: "alle Betriebe",
    bench_yes: "ja",
    bench_no: "nein (weniger als {k})",
    mappe_title: "Mappe speichern und öffnen",
    mappe_intro: "„Mappe speichern“ schreibt alle geladenen Dateien in eine Datei, verschlüsselt mit einer Passphrase, \
                  die Sie wählen (AES-GCM, Schlüssel mit PBKDF2-SHA-256 aus der Passphrase). Ohne die Passphrase ist \
                  sie nicht zu lesen, auch nicht von uns: Bewahren Sie sie getrennt von der Datei auf.",
    passphrase: "Passphrase",
    passphrase_repeat: "Passphrase wiederholen",
    passphrase_open: "Passphrase der Mappe",
    passphrase_hint: "Mindestens {min} Zeichen, am besten mehrere Wörter.",
    mappe_save: "Mappe speichern",
    mappe_open: "Gespeicherte Mappe öffnen",
    mappe_open_button: "Mappe öffnen",
    mappe_working: "Einen Moment: Der Schlüssel wird berechnet …",
    mappe_saved: "Mappe mit {count} Dateien gespeichert.",
    passphrase_short: "Die Passphrase ist zu kurz.",
    passphrase_differs: "Die beiden Eingaben stimmen nicht überein.",
    mappe_wrong: "Die Mappe lässt sich nicht öffnen: Die Passphrase ist falsch, oder die Datei wurde nach dem Speichern \
                  verändert. Es wurde nichts geladen.",
    mappe_damaged: "Die Datei ist beschädigt oder unvollständig. Es wurde nichts geladen.",
    mappe_not_mappe: "Das ist keine gespeicherte Mappe. Ergebnisdateien laden Sie oben.",
    mappe_too_new: "Die Mappe stammt von einer neueren Version des Checks. Es wurde nichts geladen.",
    mappe_too_large: "Die Datei ist zu groß für eine Mappe. Es wurde nichts geladen.",
    mappe_unavailable: "Dieser Browser bietet hier keine Verschlüsselung an (nur über https oder auf diesem Rechner).",
    mappe_file: "mappe",
    back: "Zurück zur Mappe",
    print_sheet: "Gesprächsblatt drucken",
    remove_firm: "Aus der Mappe entfernen",
    last_check: "Letzter Check: {date}",
    since: "Veränderung seit dem Check vom {date}",
    sheet_title: "Gesprächsblatt",
    sheet_overall: "Gesamtergebnis",
    sheet_field: "Handlungsfeld",
    sheet_score: "Punkte",
    sheet_change: "Veränderung",
    sheet_duties: "Offene gesetzliche Pflichten",
    sheet_overdue: "Überfällige Maßnahmen",
    sheet_focus: "Schwerpunkte",
    sheet_none: "keine",
    sheet_questions: "Fragen für das Gespräch",
    sheet_notes: "Notizen",
    sheet_talk_date: "Gespräch am",
    q_duty: "Wie und bis wann erfüllen Sie: „{text}“?",
    q_overdue: "Was hält „{title}“ auf, und welcher Termin ist realistisch?",
    q_focus: "Was ist bei „{goal}“ seit dem letzten Gespräch geschehen, und was ist der nächste Schritt?",
    q_fell: "Das Gesamtergebnis ist um {points} Punkte gesunken: Was hat sich im Betrieb verändert?",
    q_unknown: "{count} Aussagen sind mit „weiß ich nicht“ beantwortet: Wer im Betrieb kann sie klären?",
    send_title: "Ihr Ergebnis an {name} schicken",
    send_save: "Speichern Sie Ihre Antworten als Datei:",
    send_mail: "E-Mail an {name} schreiben",
    send_mail_hint: "Ihr E-Mail-Programm öffnet sich mit Betreff und Text; nichts wird ohne Sie gesendet.",
    send_attach: "Hängen Sie die gespeicherte Datei (arbeitgeber-check-….json) an die E-Mail an und senden Sie sie. Der \
                  Check selbst sendet nichts.",
    send_subject: "Ergebnis Arbeitgeber-Check: {firm}",
    send_body: "Guten Tag {name},\n\nanbei unsere Ergebnisdatei aus dem Arbeitgeber-Check für das nächste \
                Beratungsgespräch.\n\nMit freundlichen Grüßen\n{firm}",
    desk_link_hint: "Für Beraterinnen und Berater: Die Ergebnisdateien Ihrer Betriebe sammeln Sie in der",
};

const DESK_EN: DeskTexts = DeskTexts {
    intro: "For advisers: load the result files firms have sent you. Several files of one firm become one firm with its \
            checks; the table shows where each firm stands and what is due at the next talk.",
    memory_note: "The files stay only in this tab's memory: nothing is stored or sent. When you close the tab, the desk is \
                  empty.",
    load_title: "Load result files",
    load_hint: "Drag the files here or choose them (several at once).",
    pick: "Choose result files",
    status: "{added} added, {left} not used. On the desk: {firms} firms with {files} checks.",
    refused_title: "Not used",
    team_file: "a team evaluation file, not one firm's result file",
    benchmark_file: "a benchmark file (benchmark.json), not one firm's result file",
    kammer_file: "the chamber's settings (kammer.json), not one firm's result file",
    duplicate: "the same result file as {file}; counted once",
    same_time_stamp: "the same firm with the same time stamp as {file}, but other content; {file} stays",
    too_many: "more than {max} files on the desk; not loaded",
    table_title: "Firms on the desk",
    columns: [
        "Firm",
        "Size",
        "Sector",
        "Last check",
        "Overall",
        "Change",
        "Open duties",
        "Focus",
        "Overdue measures",
        "Next check",
    ],
    sorted: "{count} firms, sorted by {column}, {direction}.",
    unsorted: "{count} firms in the order loaded.",
    ascending: "ascending",
    descending: "descending",
    scroll_label: "Table of firms (scrolls sideways)",
    filter_title: "Filter",
    all: "all",
    no_name: "(no name)",
    checks: "checks",
    overdue: "overdue",
    due: "due",
    open: "View",
    remove: "Remove",
    none_shown: "No firm matches the filter.",
    csv_save: "Save as spreadsheet",
    csv_file: "advisers-desk",
    bench_title: "Regional comparison from this desk",
    bench_intro: "The loaded files become the file benchmark.json here, by the same rules as “make benchmark”: each \
                  firm counts with its newest check, duplicate files once, a group only with at least five firms, no \
                  names. Put the file beside kammer.json on your server.",
    bench_build: "Build the comparison",
    bench_download: "Save benchmark.json",
    bench_too_few: "Only {n} usable firms: a comparison needs at least {k}, so that nobody can be recognised. No file \
                    was made.",
    bench_counts: ["Files read", "used (firms)", "duplicates (counted once)", "earlier check (newer counts)", "rejected"],
    bench_columns: ["Group", "Firms", "in the comparison"],
    bench_all: "all firms",
    bench_yes: "yes",
    bench_no: "no (fewer than {k})",
    mappe_title: "Save and open the desk",
    mappe_intro: "“Save desk” writes all loaded files into one file, encrypted with a passphrase you choose (AES-GCM, \
                  the key from the passphrase with PBKDF2-SHA-256). Without the passphrase nobody can read it, not even \
                  us: keep it apart from the file.",
    passphrase: "Passphrase",
    passphrase_repeat: "Repeat the passphrase",
    passphrase_open: "The desk's passphrase",
    passphrase_hint: "At least {min} characters, best several words.",
    mappe_save: "Save desk",
    mappe_open: "Open a saved desk",
    mappe_open_button: "Open desk",
    mappe_working: "One moment: the key is being computed …",
    mappe_saved: "Desk with {count} files saved.",
    passphrase_short: "The passphrase is too short.",
    passphrase_differs: "The two entries differ.",
    mappe_wrong: "The desk cannot be opened: the passphrase is wrong, or the file was changed after saving. Nothing was \
                  loaded.",
    mappe_damaged: "The file is damaged or incomplete. Nothing was loaded.",
    mappe_not_mappe: "This is not a saved desk. Load result files above.",
    mappe_too_new: "The desk comes from a newer version of the check. Nothing was loaded.",
    mappe_too_large: "The file is too large for a desk. Nothing was loaded.",
    mappe_unavailable: "This browser offers no encryption here (only over https or on this computer).",
    mappe_file: "desk",
    back: "Back to the desk",
    print_sheet: "Print the talk sheet",
    remove_firm: "Remove from the desk",
    last_check: "Last check: {date}",
    since: "Change since the check of {date}",
    sheet_title: "Talk sheet",
    sheet_overall: "Overall result",
    sheet_field: "Field of action",
    sheet_score: "Points",
    sheet_change: "Change",
    sheet_duties: "Open legal duties",
    sheet_overdue: "Overdue measures",
    sheet_focus: "Focus",
    sheet_none: "none",
    sheet_questions: "Questions for the talk",
    sheet_notes: "Notes",
    sheet_talk_date: "Talk on",
    q_duty: "How and by when will you meet: “{text}”?",
    q_overdue: "What is holding up “{title}”, and which date is realistic?",
    q_focus: "What has happened on “{goal}” since the last talk, and what is the next step?",
    q_fell: "The overall result fell by {points} points: what has changed in the firm?",
    q_unknown: "{count} statements are answered “don't know”: who in the firm can clarify them?",
    send_title: "Send your result to {name}",
    send_save: "Save your answers as a file:",
    send_mail: "Write an e-mail to {name}",
    send_mail_hint: "Your e-mail program opens with subject and text; nothing is sent without you.",
    send_attach: "Attach the saved file (arbeitgeber-check-….json) to the e-mail and send it. The check itself sends \
                  nothing.",
    send_subject: "Arbeitgeber-Check result: {firm}",
    send_body: "Dear {name},\n\nplease find attached our result file from the Arbeitgeber-Check for our next \
                advisory talk.\n\nKind regards\n{firm}",
    desk_link_hint: "For advisers: collect your firms' result files on the",
};
