//! Texts of the two information pages: the accessibility statement ("Erklärung zur Barrierefreiheit", built like
//! the EU model statement) and "Leichte Sprache" (in English: a plain-English summary). Typed like `Messages`: a
//! page missing in one language fails to compile. Legal facts here are verified (see ARCHITECTURE.md, decisions).

use super::Lang;

/// A headed section: paragraphs, then an optional bullet list.
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
    pub items: &'static [&'static str],
}

/// The accessibility statement. The feedback section sits between `before_feedback` and `after_feedback` because
/// its contact comes from the chamber's `kammer.json`.
pub struct AccessibilityTexts {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub before_feedback: &'static [Section],
    pub feedback_heading: &'static str,
    pub feedback_intro: &'static str,
    /// Shown when `kammer.json` names no contact.
    pub feedback_fallback: &'static str,
    pub phone_label: &'static str,
    pub email_label: &'static str,
    pub after_feedback: &'static [Section],
}

/// "Leichte Sprache" (German) or the plain-English summary.
pub struct EasyLanguageTexts {
    pub title: &'static str,
    pub intro: &'static [&'static str],
    pub sections: &'static [Section],
}

pub fn accessibility(lang: Lang) -> &'static AccessibilityTexts {
    match lang {
        Lang::De => &ACCESSIBILITY_DE,
        Lang::En => &ACCESSIBILITY_EN,
    }
}

pub fn easy_language(lang: Lang) -> &'static EasyLanguageTexts {
    match lang {
        Lang::De => &EASY_DE,
        Lang::En => &EASY_EN,
    }
}

const ACCESSIBILITY_DE: AccessibilityTexts = AccessibilityTexts {
    title: "Erklärung zur Barrierefreiheit",
    intro: &[
        "Diese Erklärung gilt für den Arbeitgeber-Check: einen Selbst-Check zur Arbeitgeberattraktivität, der \
         vollständig in Ihrem Browser läuft. Die Stelle, die Ihnen den Check anbietet, möchte ihn für alle Menschen \
         zugänglich machen. Öffentliche Stellen in Niedersachsen veröffentlichen dazu nach § 9b des Niedersächsischen \
         Behindertengleichstellungsgesetzes (NBGG) eine Erklärung zur Barrierefreiheit.",
        "Für die Website, in die der Check eingebettet ist, gilt die Erklärung zur Barrierefreiheit dieser Website.",
    ],
    before_feedback: &[
        Section {
            heading: "Stand der Vereinbarkeit mit den Anforderungen",
            paragraphs: &[
                "Der Check ist mit den Anforderungen der Web Content Accessibility Guidelines (WCAG) 2.1 auf Stufe AA \
                 teilweise vereinbar. Die Einschränkungen stehen im nächsten Abschnitt.",
            ],
            items: &[],
        },
        Section {
            heading: "Nicht barrierefreie Inhalte",
            paragraphs: &["Diese Inhalte sind nicht oder nicht vollständig barrierefrei:"],
            items: &[
                "Der Bericht als PDF: Der Check erzeugt kein eigenes PDF. Wenn Sie den Bericht über die Druckfunktion \
                 Ihres Browsers als PDF speichern, hängt es vom Browser ab, ob das PDF eine Struktur für Screenreader \
                 enthält. Alternative: Der Bericht ist auf dem Bildschirm als barrierefreie Seite lesbar.",
                "Die Fragen und Ergebnisse gibt es nicht in Leichter Sprache. Alternative: Die Seite „Leichte Sprache“ \
                 erklärt den Check in Leichter Sprache.",
                "Es gibt keine Informationen in Deutscher Gebärdensprache.",
            ],
        },
        Section {
            heading: "Wie der Check geprüft wird",
            paragraphs: &[
                "Diese Erklärung beruht auf einer Selbstbewertung. Sie wurde im November 2026 erstellt.",
                "Bei jeder Änderung am Check laufen automatisch diese Prüfungen:",
            ],
            items: &[
                "automatische Prüfungen aller Bildschirme mit axe-core gegen die WCAG 2.1 auf den Stufen A und AA, auf \
                 Deutsch und auf Englisch;",
                "Ende-zu-Ende-Tests, die den ganzen Check nur mit der Tastatur ausfüllen;",
                "Tests bei schmaler Bildschirmbreite und großer Vergrößerung.",
            ],
        },
    ],
    feedback_heading: "Barrieren melden: Kontakt",
    feedback_intro: "Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie Inhalte in einer Form, die für Sie \
                     zugänglich ist? Dann schreiben Sie uns oder rufen Sie an:",
    feedback_fallback: "Wenden Sie sich an die Stelle, die Ihnen diesen Check anbietet, zum Beispiel Ihre Kammer. Ihre \
                        Kontaktdaten finden Sie im Impressum der Website, auf der Sie den Check nutzen.",
    phone_label: "Telefon",
    email_label: "E-Mail",
    after_feedback: &[Section {
        heading: "Schlichtungsverfahren",
        paragraphs: &[
            "Haben Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten? Dann können Sie einen Antrag bei der \
             Schlichtungsstelle nach § 9d NBGG stellen. Sie ist bei der Landesbeauftragten für Menschen mit \
             Behinderungen in Niedersachsen eingerichtet.",
            "Die Schlichtungsstelle hilft, einen Streit mit einer öffentlichen Stelle in Niedersachsen über die \
             Barrierefreiheit ihrer Website oder App ohne Gericht beizulegen. Das Verfahren wird in der Regel \
             schriftlich geführt. Den Antrag und die Kontaktdaten finden Sie auf der Website der Landesbeauftragten \
             für Menschen mit Behinderungen in Niedersachsen.",
        ],
        items: &[],
    }],
};

const ACCESSIBILITY_EN: AccessibilityTexts = AccessibilityTexts {
    title: "Accessibility statement",
    intro: &[
        "This statement applies to the Employer Check: a self-assessment of how attractive a company is as an \
         employer, which runs entirely in your browser. The organisation offering you the check wants it to be \
         accessible to everyone. Public bodies in Lower Saxony publish an accessibility statement for this under \
         § 9b of the Lower Saxony Disability Equality Act (Niedersächsisches Behindertengleichstellungsgesetz, NBGG).",
        "The website the check is embedded in is covered by that website's own accessibility statement.",
    ],
    before_feedback: &[
        Section {
            heading: "Compliance status",
            paragraphs: &[
                "The check is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA. \
                 The limitations are listed in the next section.",
            ],
            items: &[],
        },
        Section {
            heading: "Non-accessible content",
            paragraphs: &["The following content is not, or not fully, accessible:"],
            items: &[
                "The report as a PDF: the check does not create a PDF itself. If you save the report as a PDF with your \
                 browser's print function, it depends on the browser whether the PDF has a structure screen readers \
                 can use. Alternative: the report can be read on screen as an accessible page.",
                "The questions and results are not available in Easy Read (Leichte Sprache). Alternative: the page \
                 \"Plain English\" explains the check in simple words.",
                "There is no information in German Sign Language.",
            ],
        },
        Section {
            heading: "How the check is tested",
            paragraphs: &[
                "This statement is based on a self-assessment. It was prepared in November 2026.",
                "Every change to the check runs these tests automatically:",
            ],
            items: &[
                "automated checks of every screen with axe-core against WCAG 2.1 levels A and AA, in German and \
                 English;",
                "end-to-end tests that complete the whole check with the keyboard only;",
                "tests at narrow screen widths and high zoom.",
            ],
        },
    ],
    feedback_heading: "Reporting barriers: contact",
    feedback_intro: "Have you found a barrier? Or do you need content in a form that is accessible to you? Please \
                     write to us or call:",
    feedback_fallback: "Please contact the organisation offering you this check, for example your chamber. You will \
                        find its contact details in the legal notice (Impressum) of the website where you use the \
                        check.",
    phone_label: "Phone",
    email_label: "E-mail",
    after_feedback: &[Section {
        heading: "Arbitration procedure",
        paragraphs: &[
            "If you have not received a satisfactory answer to your report, you can apply to the arbitration body \
             (Schlichtungsstelle) under § 9d NBGG. It is based at the office of the Lower Saxony Commissioner for \
             People with Disabilities (Landesbeauftragte für Menschen mit Behinderungen).",
            "The arbitration body helps to settle a dispute with a public body in Lower Saxony about the accessibility \
             of its website or app without going to court. The procedure is usually conducted in writing. The \
             application and contact details are on the website of the Lower Saxony Commissioner for People with \
             Disabilities.",
        ],
        items: &[],
    }],
};

const EASY_DE: EasyLanguageTexts = EasyLanguageTexts {
    title: "Leichte Sprache",
    intro: &["Hier erklären wir den Arbeitgeber-Check in Leichter Sprache."],
    sections: &[
        Section {
            heading: "Was ist der Arbeitgeber-Check?",
            paragraphs: &[
                "Ein Arbeitgeber ist ein Betrieb mit Beschäftigten. Zum Beispiel eine Firma oder eine Werkstatt.",
                "Viele Betriebe suchen neue Beschäftigte.",
                "Menschen wollen gern in einem guten Betrieb arbeiten.",
                "Der Check ist ein Fragebogen im Internet.",
                "Mit dem Check prüft ein Betrieb selbst: Wie gut sind wir als Arbeitgeber?",
                "Am Ende zeigt der Check ein Ergebnis.",
                "Der Check zeigt auch Ideen: Das können Sie als Nächstes tun.",
            ],
            items: &[],
        },
        Section {
            heading: "Für wen ist der Check?",
            paragraphs: &[
                "Der Check ist für kleine und mittlere Betriebe.",
                "Er ist für Menschen, die im Betrieb für die Beschäftigten zuständig sind.",
                "Zum Beispiel für die Chefin oder den Chef.",
                "Oder für die Personal-Abteilung. Die Personal-Abteilung kümmert sich um die Beschäftigten.",
            ],
            items: &[],
        },
        Section {
            heading: "So machen Sie den Check",
            paragraphs: &[
                "Der Check hat 6 Teile.",
                "In jedem Teil lesen Sie Sätze über Ihren Betrieb.",
                "Bei jedem Satz wählen Sie eine Antwort.",
                "Die Antworten sind:",
            ],
            items: &[
                "Trifft voll zu. Das heißt: Das stimmt genau.",
                "Trifft eher zu. Das heißt: Das stimmt meistens.",
                "Trifft eher nicht zu. Das heißt: Das stimmt meistens nicht.",
                "Trifft nicht zu. Das heißt: Das stimmt nicht.",
                "Nicht relevant für uns. Das heißt: Das passt nicht zu unserem Betrieb.",
            ],
        },
        Section {
            heading: "Sie können jederzeit Pause machen",
            paragraphs: &[
                "Sie müssen nicht jede Frage beantworten.",
                "Der Check dauert etwa 15 bis 25 Minuten.",
                "Sie können später weitermachen.",
                "Am Ende sehen Sie Ihr Ergebnis.",
                "Sie können einen Bericht drucken.",
            ],
            items: &[],
        },
        Section {
            heading: "So finden Sie sich zurecht",
            paragraphs: &[
                "Unten auf jeder Seite gibt es die Knöpfe „Weiter“ und „Zurück“.",
                "Mit „Weiter“ kommen Sie zur nächsten Seite.",
                "Mit „Zurück“ kommen Sie zur Seite davor.",
                "Auf der Übersicht sehen Sie alle Teile.",
                "Dort sehen Sie auch: Diese Fragen sind noch offen.",
                "Sie können den Check auch nur mit der Tastatur machen.",
                "Die Tab-Taste bringt Sie zum nächsten Knopf.",
                "Mit den Pfeil-Tasten wählen Sie eine Antwort.",
            ],
            items: &[],
        },
        Section {
            heading: "Was passiert mit Ihren Antworten?",
            paragraphs: &[
                "Ihre Antworten bleiben auf Ihrem Gerät.",
                "Der Check schickt Ihre Antworten an niemanden.",
                "Auch die Kammer bekommt Ihre Antworten nicht.",
                "Der Check speichert Ihre Antworten im Browser. Der Browser ist das Programm für das Internet.",
                "Wenn Sie das Fenster schließen, sind die Antworten weg.",
                "Sie können den Check bitten: Merke dir meine Antworten.",
                "Dann bleiben die Antworten auf diesem Gerät.",
                "Sie können alle Antworten jederzeit löschen.",
            ],
            items: &[],
        },
    ],
};

const EASY_EN: EasyLanguageTexts = EasyLanguageTexts {
    title: "Plain English",
    intro: &["This page explains the Employer Check in plain English."],
    sections: &[
        Section {
            heading: "What is the Employer Check?",
            paragraphs: &[
                "The check is a questionnaire for companies.",
                "It helps a company see how attractive it is as an employer.",
                "At the end you get a result and ideas for what to do next.",
            ],
            items: &[],
        },
        Section {
            heading: "Who is it for?",
            paragraphs: &[
                "It is for small and medium-sized companies.",
                "It is for the people who look after staff: the owner, a manager or the HR department.",
            ],
            items: &[],
        },
        Section {
            heading: "How to use it",
            paragraphs: &[
                "The check has 6 parts. Each part has short statements about your company.",
                "For each statement you choose how well it fits: \"fully applies\", \"mostly applies\", \"mostly does \
                 not apply\", \"does not apply\" or \"not relevant for us\".",
                "You can skip statements. It takes about 15 to 25 minutes. You can stop and continue later.",
                "At the end you see your result and can print a report.",
            ],
            items: &[],
        },
        Section {
            heading: "Finding your way",
            paragraphs: &[
                "Use the \"Next\" and \"Back\" buttons at the bottom of each page.",
                "The overview shows all parts and the statements you have not answered yet.",
                "You can use the check with the keyboard only: the Tab key moves to the next control, the arrow keys \
                 choose an answer.",
            ],
            items: &[],
        },
        Section {
            heading: "What happens to your answers",
            paragraphs: &[
                "Your answers stay on your device. The check does not send them to anyone, not even to the chamber.",
                "They are kept in your browser until you close the window, or longer only if you ask the check to \
                 remember them.",
                "You can delete all answers at any time.",
            ],
            items: &[],
        },
    ],
};
