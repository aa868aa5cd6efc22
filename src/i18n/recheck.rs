//! Texts of the re-check ("Neuen Check beginnen", "Hat es gewirkt?"), used only by chunk screens and so kept out of
//! `Messages` like `later`. Typed: a text missing in one language fails to compile.

use super::Lang;
use crate::domain::plan::Effect;

pub struct RecheckTexts {
    /// The screen's lead before a round: what a new check does.
    pub intro: &'static str,
    pub begin: &'static str,
    /// No answers yet: nothing to start from.
    pub nothing_to_start_from: &'static str,
    pub first_check: &'static str,
    /// Ten states kept already: the round needs room for the current one.
    pub full: &'static str,
    /// `{date}`, `{confirmed}`, `{total}`.
    pub running: &'static str,
    /// Without a known date.
    pub running_undated: &'static str,
    pub how: &'static str,
    pub to_statements: &'static str,
    pub all_confirmed: &'static str,
    pub to_results: &'static str,
    pub effect_title: &'static str,
    pub effect_intro: &'static str,
    /// The skip choice of "Hat es gewirkt?".
    pub effect_none: &'static str,
    pub effect_not_yet: &'static str,
    pub effect_some: &'static str,
    pub effect_clear: &'static str,
    /// `{effect}`: the user's rating beside a done measure.
    pub effect_said: &'static str,
    pub close: &'static str,
    pub close_hint: &'static str,
    pub closed: &'static str,
    pub cancel: &'static str,
    /// `{date}`.
    pub cancel_confirm: &'static str,
    pub cancel_yes: &'static str,
    pub cancel_no: &'static str,
    pub cancelled: &'static str,
    /// On a statement: `{answer}`.
    pub last_time: &'static str,
    pub same_as_last_time: &'static str,
    pub field_hint: &'static str,
    pub take_over_field: &'static str,
    /// `{count}` answers taken over.
    pub taken_over: &'static str,
    pub taken_over_one: &'static str,
    pub taken_over_none: &'static str,
    /// The comparison panel's way to the round while the results compare with it.
    pub compare_round: &'static str,
    pub done_title: &'static str,
    /// Side by side, not cause and effect: said once above the list.
    pub done_side_by_side: &'static str,
    pub done_label: &'static str,
    /// `{before}`, `{now}`.
    pub score_before_now: &'static str,
    pub not_scored: &'static str,
}

pub fn recheck_texts(lang: Lang) -> &'static RecheckTexts {
    match lang {
        Lang::De => &RECHECK_DE,
        Lang::En => &RECHECK_EN,
    }
}

impl RecheckTexts {
    pub fn effect_label(&self, effect: Option<Effect>) -> &'static str {
        match effect {
            None => self.effect_none,
            Some(Effect::NotYet) => self.effect_not_yet,
            Some(Effect::Some) => self.effect_some,
            Some(Effect::Clear) => self.effect_clear,
        }
    }

    pub fn taken_over(&self, count: usize) -> String {
        match count {
            0 => self.taken_over_none.into(),
            1 => self.taken_over_one.into(),
            count => self.taken_over.replace("{count}", &count.to_string()),
        }
    }
}

const RECHECK_DE: RecheckTexts = RecheckTexts {
    intro: "Ein neuer Check geht von Ihren letzten Antworten aus. Bei jeder Aussage steht, was Sie beim letzten Mal \
            geantwortet haben: Sie bestätigen die Antwort mit einem Klick oder ändern sie. Es zählen nur bestätigte \
            Antworten. Ihre bisherigen Antworten werden als Zwischenstand gespeichert, Ihr Plan bleibt, und die \
            Ergebnisse zeigen danach von selbst, was sich verändert hat.",
    begin: "Neuen Check beginnen",
    nothing_to_start_from: "Es gibt noch keine Antworten, von denen ein neuer Check ausgehen könnte.",
    first_check: "Zum ersten Check",
    full: "Es sind schon zehn Zwischenstände gespeichert. Entfernen Sie bei den Ergebnissen unter „Mit früherem \
           Zwischenstand vergleichen“ einen davon; dann kann der neue Check Ihre jetzigen Antworten als Zwischenstand \
           speichern.",
    running: "Neuer Check seit {date}: {confirmed} von {total} Antworten bestätigt.",
    running_undated: "Neuer Check: {confirmed} von {total} Antworten bestätigt.",
    how: "Bei jeder Aussage steht die Antwort vom letzten Mal. „Wie beim letzten Mal“ bestätigt sie, eine andere Wahl \
          ändert sie.",
    to_statements: "Weiter zu den Aussagen",
    all_confirmed: "Alle Antworten sind bestätigt.",
    to_results: "Zu den Ergebnissen",
    effect_title: "Hat es gewirkt?",
    effect_intro: "Diese Maßnahmen haben Sie seit dem letzten Check umgesetzt. Wie hat jede aus Ihrer Sicht gewirkt? \
                   Die Frage ist freiwillig, Sie können sie überspringen.",
    effect_none: "keine Angabe",
    effect_not_yet: "noch keine Wirkung",
    effect_some: "etwas",
    effect_clear: "deutlich",
    effect_said: "Ihre Einschätzung: {effect}",
    close: "Neuen Check abschließen",
    close_hint: "Ihre Antworten bleiben, wie sie sind. Die Ergebnisse vergleichen dann nicht mehr von selbst mit dem \
                 früheren Zwischenstand; er bleibt gespeichert, und Sie können jederzeit wieder mit ihm vergleichen.",
    closed: "Der neue Check ist abgeschlossen.",
    cancel: "Neuen Check abbrechen",
    cancel_confirm: "Abbrechen stellt Ihre früheren Antworten wieder her. Was Sie in diesem Check geantwortet haben, \
                     wird verworfen.",
    cancel_yes: "Ja, abbrechen",
    cancel_no: "Nein, weiter prüfen",
    cancelled: "Der neue Check ist abgebrochen. Ihre früheren Antworten gelten wieder.",
    last_time: "Beim letzten Mal: {answer}",
    same_as_last_time: "Wie beim letzten Mal",
    field_hint: "Neuer Check: Bestätigen oder ändern Sie jede Antwort. Es zählen nur bestätigte Antworten.",
    take_over_field: "Alle offenen in diesem Feld wie beim letzten Mal",
    taken_over: "{count} Antworten wie beim letzten Mal übernommen.",
    taken_over_one: "Eine Antwort wie beim letzten Mal übernommen.",
    taken_over_none: "Keine offene Antwort zum Übernehmen.",
    compare_round: "Zum neuen Check",
    done_title: "Umgesetzt und wie sich der Wert verändert hat",
    done_side_by_side: "Hier stehen die umgesetzten Maßnahmen und die Veränderung des Werts nebeneinander. Ob eine \
                        Maßnahme die Veränderung bewirkt hat, lässt sich daraus nicht ablesen.",
    done_label: "Umgesetzt",
    score_before_now: "Wert vorher {before}, jetzt {now}",
    not_scored: "nicht bewertet",
};

const RECHECK_EN: RecheckTexts = RecheckTexts {
    intro: "A new check starts from your last answers. Each statement shows what you answered last time: you confirm \
            the answer with one click or change it. Only confirmed answers count. Your previous answers are kept as a \
            snapshot, your plan stays, and afterwards the results show by themselves what has changed.",
    begin: "Start a new check",
    nothing_to_start_from: "There are no answers yet that a new check could start from.",
    first_check: "To the first check",
    full: "Ten snapshots are kept already. Remove one on the results under “Compare with an earlier snapshot”; then \
           the new check can keep your current answers as a snapshot.",
    running: "New check since {date}: {confirmed} of {total} answers confirmed.",
    running_undated: "New check: {confirmed} of {total} answers confirmed.",
    how: "Each statement shows last time's answer. “Same as last time” confirms it, another choice changes it.",
    to_statements: "Go to the statements",
    all_confirmed: "All answers are confirmed.",
    to_results: "To the results",
    effect_title: "Did it work?",
    effect_intro: "You have carried out these measures since the last check. How well did each work, in your view? \
                   The question is optional; you can skip it.",
    effect_none: "no answer",
    effect_not_yet: "no effect yet",
    effect_some: "some",
    effect_clear: "clearly",
    effect_said: "Your view: {effect}",
    close: "Finish the new check",
    close_hint: "Your answers stay as they are. The results then no longer compare with the earlier snapshot by \
                 themselves; it stays kept, and you can compare with it again at any time.",
    closed: "The new check is finished.",
    cancel: "Cancel the new check",
    cancel_confirm: "Cancelling restores your earlier answers. What you answered in this check is discarded.",
    cancel_yes: "Yes, cancel",
    cancel_no: "No, keep checking",
    cancelled: "The new check has been cancelled. Your earlier answers apply again.",
    last_time: "Last time: {answer}",
    same_as_last_time: "Same as last time",
    field_hint: "New check: confirm or change each answer. Only confirmed answers count.",
    take_over_field: "All open ones in this field as last time",
    taken_over: "{count} answers taken over from last time.",
    taken_over_one: "One answer taken over from last time.",
    taken_over_none: "No open answer to take over.",
    compare_round: "To the new check",
    done_title: "Carried out, and how the score changed",
    done_side_by_side: "This shows the measures carried out and the change in score side by side. Whether a measure \
                        caused the change cannot be read from it.",
    done_label: "Carried out",
    score_before_now: "Score before {before}, now {now}",
    not_scored: "not scored",
};
