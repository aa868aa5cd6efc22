//! Texts of the two information pages: the accessibility statement ("Erklärung zur Barrierefreiheit", built like
//! the EU model statement) and "Leichte Sprache" (in English: a plain-English summary). Typed like `Messages`: a
//! page missing in one language fails to compile. Legal facts here are verified (see ARCHITECTURE.md, decisions).

use super::Lang;

/// A headed section: paragraphs, then an optional bullet list. In English texts a German passage (a law's or a body's
/// name) is written `{de:…}` and shown with `lang="de"` (WCAG 3.1.2), see [`language_parts`].
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

/// A text split into its parts in the page's language (`false`) and German passages marked `{de:…}` (`true`).
pub fn language_parts(text: &'static str) -> Vec<(bool, &'static str)> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{de:") {
        let Some(close) = rest[open..].find('}').map(|close| open + close) else { break };
        parts.extend([(false, &rest[..open]), (true, &rest[open + 4..close])]);
        rest = &rest[close + 1..];
    }
    parts.push((false, rest));
    parts.retain(|(_, part)| !part.is_empty());
    parts
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
                "Maßstab sind die Web Content Accessibility Guidelines (WCAG) 2.2 auf Stufe AA und die europäische Norm \
                 EN 301 549 V3.2.1. Der Check ist mit diesen Anforderungen teilweise vereinbar. Was sie noch nicht \
                 erfüllt, steht im nächsten Abschnitt.",
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
                "Die Aussagen des Fragebogens und die Maßnahmen gibt es nicht in Leichter Sprache. Alternative: Die \
                 Seite „Leichte Sprache“ erklärt den Check, die Seite „Ihr Ergebnis in Leichter Sprache“ das eigene \
                 Ergebnis.",
                "Die Texte in Leichter Sprache sind nach den Regeln des Netzwerks Leichte Sprache und der DIN SPEC 33429 \
                 geschrieben. Menschen aus der Zielgruppe (eine Prüfgruppe) haben sie noch nicht geprüft.",
                "Es gibt keine Informationen in Deutscher Gebärdensprache.",
                "Mit Screenreadern wurde der Check über den Barrierefreiheitsbaum von Chromium geprüft. Eine Prüfung \
                 mit NVDA, JAWS und VoiceOver steht noch aus.",
            ],
        },
        Section {
            heading: "Wie der Check geprüft wird",
            paragraphs: &[
                "Diese Erklärung wurde im November 2026 erstellt. Sie beruht auf einer Selbstbewertung und auf einer \
                 Prüfung aller Bildschirme nach den Prüfschritten des BITV-Tests, auf Deutsch und auf Englisch. Die \
                 letzte Prüfung war am 6. Dezember 2026.",
                "Bei jeder Änderung am Check laufen automatisch diese Prüfungen:",
            ],
            items: &[
                "automatische Prüfungen aller Bildschirme mit axe-core gegen die WCAG auf den Stufen A und AA, auf \
                 Deutsch und auf Englisch;",
                "Ende-zu-Ende-Tests, die den ganzen Check nur mit der Tastatur ausfüllen und prüfen, wohin der Fokus \
                 nach jedem Schritt geht;",
                "Tests bei schmaler Bildschirmbreite, großer Vergrößerung und in einem Kontrastmodus mit dunklem \
                 Hintergrund.",
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
             für Menschen mit Behinderungen in Niedersachsen; das Antragsformular gibt es dort auch in Leichter \
             Sprache.",
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
         § 9b of the Lower Saxony Disability Equality Act ({de:Niedersächsisches Behindertengleichstellungsgesetz}, \
         NBGG).",
        "The website the check is embedded in is covered by that website's own accessibility statement.",
    ],
    before_feedback: &[
        Section {
            heading: "Compliance status",
            paragraphs: &[
                "The standard is the Web Content Accessibility Guidelines (WCAG) 2.2, level AA, and the European \
                 standard EN 301 549 V3.2.1. The check is partially compliant with these requirements. What it does \
                 not yet meet is listed in the next section.",
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
                "The statements of the questionnaire and the measures are not available in Easy Read \
                 ({de:Leichte Sprache}). Alternative: the page \"Plain English\" explains the check, the page \"Your \
                 result in plain English\" your own result.",
                "The Easy Read texts follow the rules of the {de:Netzwerk Leichte Sprache} and DIN SPEC 33429. People \
                 of the target group (a review group) have not yet checked them.",
                "There is no information in German Sign Language.",
                "Screen reader use was checked through Chromium's accessibility tree. A check with NVDA, JAWS and \
                 VoiceOver is still to be done.",
            ],
        },
        Section {
            heading: "How the check is tested",
            paragraphs: &[
                "This statement was prepared in November 2026. It is based on a self-assessment and on a review of \
                 every screen following the test steps of the BITV test, in German and English. The last review was \
                 on 6 December 2026.",
                "Every change to the check runs these tests automatically:",
            ],
            items: &[
                "automated checks of every screen with axe-core against WCAG levels A and AA, in German and English;",
                "end-to-end tests that complete the whole check with the keyboard only and check where focus goes \
                 after each step;",
                "tests at narrow screen widths, high zoom and in a contrast mode with a dark background.",
            ],
        },
    ],
    feedback_heading: "Reporting barriers: contact",
    feedback_intro: "Have you found a barrier? Or do you need content in a form that is accessible to you? Please \
                     write to us or call:",
    feedback_fallback: "Please contact the organisation offering you this check, for example your chamber. You will \
                        find its contact details in the legal notice ({de:Impressum}) of the website where you use \
                        the check.",
    phone_label: "Phone",
    email_label: "E-mail",
    after_feedback: &[Section {
        heading: "Arbitration procedure",
        paragraphs: &[
            "If you have not received a satisfactory answer to your report, you can apply to the arbitration body \
             ({de:Schlichtungsstelle}) under § 9d NBGG. It is based at the office of the Lower Saxony Commissioner \
             for People with Disabilities ({de:Landesbeauftragte für Menschen mit Behinderungen}).",
            "The arbitration body helps to settle a dispute with a public body in Lower Saxony about the accessibility \
             of its website or app without going to court. The procedure is usually conducted in writing. The \
             application and contact details are on the website of the Lower Saxony Commissioner for People with \
             Disabilities; the application form is also available there in Easy Read German.",
        ],
        items: &[],
    }],
};

const EASY_DE: EasyLanguageTexts = EasyLanguageTexts {
    title: "Leichte Sprache",
    intro: &[
        "Hier erklären wir den Arbeitgeber-Check in Leichter Sprache.",
        "Auf dieser Seite steht in jeder Zeile nur ein Satz.",
    ],
    sections: &[
        Section {
            heading: "Was ist der Arbeitgeber-Check?",
            paragraphs: &[
                "Ein Arbeitgeber ist ein Betrieb mit Beschäftigten.",
                "Beschäftigte sind die Menschen, die in einem Betrieb arbeiten.",
                "Ein Betrieb ist zum Beispiel eine Firma oder ein Handwerks-Betrieb.",
                "Viele Betriebe suchen neue Beschäftigte.",
                "Menschen arbeiten gern in einem guten Betrieb.",
                "Der Arbeitgeber-Check ist ein Frage-Bogen im Internet.",
                "Mit dem Frage-Bogen prüft ein Betrieb sich selbst.",
                "Die Frage ist: Wie gut ist unser Betrieb als Arbeitgeber?",
                "Am Ende sehen Sie Ihr Ergebnis.",
                "Sie bekommen auch Vorschläge für Ihren Betrieb.",
                "Auf dem Bildschirm heißen die Vorschläge: Maßnahmen.",
            ],
            items: &[],
        },
        Section {
            heading: "Für wen ist der Check?",
            paragraphs: &[
                "Der Check ist für kleine und mittlere Betriebe.",
                "Das sind Betriebe mit 10 bis 250 Beschäftigten.",
                "Eine Person aus dem Betrieb macht den Check.",
                "Zum Beispiel die Chefin oder der Chef.",
                "Oder eine Person aus der Personal-Abteilung.",
                "Die Personal-Abteilung kümmert sich um die Beschäftigten.",
            ],
            items: &[],
        },
        Section {
            heading: "So fangen Sie an",
            paragraphs: &[
                "Auf der ersten Seite gibt es den Knopf „Check starten“.",
                "Klicken Sie auf diesen Knopf.",
                "Dann kommt die Seite „Ihr Unternehmen“.",
                "Dort wählen Sie zum Beispiel: So groß ist Ihr Betrieb.",
                "Diese Angaben helfen bei den Vorschlägen für Ihren Betrieb.",
                "Ihre Punkte bleiben dabei gleich.",
                "Danach kommen die Aussagen.",
            ],
            items: &[],
        },
        Section {
            heading: "So beantworten Sie die Aussagen",
            paragraphs: &[
                "Der Check hat 6 Themen.",
                "Auf dem Bildschirm heißt ein Thema: Handlungsfeld.",
                "Wir schreiben hier: Handlungs-Feld.",
                "Jedes Handlungs-Feld hat eine eigene Seite.",
                "Auf jeder Seite stehen Aussagen.",
                "Eine Aussage ist ein Satz über einen Betrieb.",
                "Zum Beispiel: Wir bieten jedes Jahr Schülerpraktika mit einem festen Ablaufplan an.",
                "Bei jeder Aussage wählen Sie eine Antwort.",
                "Die Antwort sagt: So gut passt die Aussage zu Ihrem Betrieb.",
                "Es gibt diese Antworten:",
            ],
            items: &[
                "trifft voll zu: Das stimmt genau.",
                "trifft eher zu: Das stimmt meistens.",
                "trifft eher nicht zu: Das stimmt meistens nicht.",
                "trifft nicht zu: Das stimmt nicht.",
                "nicht relevant für uns: Das passt nicht zu unserem Betrieb.",
            ],
        },
        Section {
            heading: "Eine Aussage ist schwer?",
            paragraphs: &[
                "Bei jeder Aussage steht: „Warum fragen wir das?“",
                "Klicken Sie darauf.",
                "Dann sehen Sie eine Erklärung zu der Aussage.",
                "Sie müssen nicht jede Aussage beantworten.",
            ],
            items: &[],
        },
        Section {
            heading: "So kommen Sie weiter",
            paragraphs: &[
                "Unten auf den Seiten mit Aussagen gibt es 2 Knöpfe: „Zurück“ und „Weiter“.",
                "Mit „Weiter“ kommen Sie zum nächsten Handlungs-Feld.",
                "Mit „Zurück“ kommen Sie zum Handlungs-Feld davor.",
                "Oben auf diesen Seiten steht eine Liste mit allen 6 Handlungs-Feldern.",
                "Dort können Sie jedes Handlungs-Feld sofort öffnen.",
                "Nach dem letzten Handlungs-Feld kommt die Übersicht.",
                "Die Übersicht ist eine Seite über alle Handlungs-Felder.",
                "Dort sehen Sie: Diese Aussagen sind noch offen.",
                "Offen heißt: Sie haben noch keine Antwort gewählt.",
                "Nach der Übersicht kommt Ihr Ergebnis.",
            ],
            items: &[],
        },
        Section {
            heading: "Mit der Tastatur",
            paragraphs: &[
                "Sie können den Check ganz mit der Tastatur machen.",
                "Die Tab-Taste ist links auf der Tastatur.",
                "Auf der Tab-Taste sind 2 Pfeile.",
                "Mit der Tab-Taste kommen Sie zum nächsten Knopf oder Link.",
                "Mit den Pfeil-Tasten wählen Sie eine Antwort.",
                "Mit der Leer-Taste drücken Sie einen Knopf.",
            ],
            items: &[],
        },
        Section {
            heading: "Eine Pause machen",
            paragraphs: &[
                "Der Check dauert etwa 15 bis 25 Minuten.",
                "Sie können eine Pause machen.",
                "Ihre Antworten bleiben in diesem Tab.",
                "Ein Tab ist eine offene Seite in Ihrem Browser.",
                "Der Browser ist das Programm für das Internet.",
                "Wenn Sie den Tab schließen, sind die Antworten weg.",
                "Sie wollen später weitermachen?",
                "Dann setzen Sie auf der ersten Seite einen Haken bei: „Auf diesem Gerät merken, um später \
                 weiterzumachen“.",
                "Dann bleiben Ihre Antworten auf diesem Gerät.",
                "Ein Gerät ist zum Beispiel Ihr Computer oder Ihr Handy.",
                "Sie können Ihre Antworten auch in einer Datei speichern.",
                "Der Knopf dafür heißt: „Antworten als Datei speichern“.",
            ],
            items: &[],
        },
        Section {
            heading: "Was passiert mit Ihren Antworten?",
            paragraphs: &[
                "Ihre Antworten bleiben auf Ihrem Gerät.",
                "Niemand bekommt Ihre Antworten.",
                "Auch die Kammer bekommt Ihre Antworten nicht.",
                "Eine Kammer ist zum Beispiel die Handwerks-Kammer.",
                "Die Kammer berät Betriebe.",
                "Sie können alle Antworten löschen.",
                "Der Knopf dafür ist auf der ersten Seite: „Alle Antworten löschen“.",
            ],
            items: &[],
        },
        Section {
            heading: "Ihr Ergebnis",
            paragraphs: &[
                "Am Ende sehen Sie Ihr Ergebnis.",
                "Ihr Ergebnis gibt es auch in Leichter Sprache.",
                "Auf der Seite „Ihr Ergebnis“ ist dafür ein Link: „Ihr Ergebnis in Leichter Sprache“.",
                "Sie können auch einen Bericht drucken.",
                "Ein Bericht ist ein Text über Ihr Ergebnis.",
            ],
            items: &[],
        },
        Section {
            heading: "Eine Barriere melden",
            paragraphs: &[
                "Eine Barriere ist ein Hindernis.",
                "Zum Beispiel: Sie können einen Text schlecht lesen.",
                "Oder: Ein Knopf geht nicht mit der Tastatur.",
                "Dann melden Sie das bitte.",
                "Wie Sie das melden, steht auf der Seite „Erklärung zur Barrierefreiheit“.",
                "Der Link zu dieser Seite ist ganz unten auf jeder Seite.",
                "Auf der Seite steht auch: Das funktioniert im Check noch nicht gut.",
                "Die Seite ist in Alltags-Sprache geschrieben.",
            ],
            items: &[],
        },
        Section {
            heading: "Die Schlichtungs-Stelle",
            paragraphs: &[
                "Sie haben eine Barriere gemeldet?",
                "Und Sie sind mit der Antwort unzufrieden?",
                "Dann können Sie sich an die Schlichtungs-Stelle wenden.",
                "Die Schlichtungs-Stelle hilft bei einem Streit über Barrieren.",
                "Sie müssen dafür nicht vor Gericht gehen.",
                "Das gilt für Ämter und andere öffentliche Stellen in Niedersachsen.",
                "Die Schlichtungs-Stelle gehört zu der Landes-Beauftragten für Menschen mit Behinderungen in \
                 Niedersachsen.",
                "Sie können dort einen Antrag stellen.",
                "Das Formular für den Antrag gibt es auch in Leichter Sprache.",
                "Sie finden das Formular auf der Internet-Seite der Landes-Beauftragten.",
            ],
            items: &[],
        },
        Section {
            heading: "Mehr in Leichter Sprache",
            paragraphs: &["Diese Seiten gibt es auch in Leichter Sprache:"],
            items: &[
                "Ihr Ergebnis in Leichter Sprache: Der Link dazu ist auf der Seite „Ihr Ergebnis“.",
                "Das Formular für die Schlichtung: auf der Internet-Seite der Landes-Beauftragten für Menschen mit \
                 Behinderungen in Niedersachsen.",
            ],
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
                "An employer is a company with staff.",
                "The check is a questionnaire on the internet.",
                "With it, a company checks itself: how good are we as an employer?",
                "At the end you see your result.",
                "You also get suggestions for your company. On the screen they are called measures.",
            ],
            items: &[],
        },
        Section {
            heading: "Who is it for?",
            paragraphs: &[
                "It is for small and medium-sized companies with 10 to 250 staff.",
                "One person from the company fills it in: for example the owner, a manager or someone from HR.",
            ],
            items: &[],
        },
        Section {
            heading: "How to start",
            paragraphs: &[
                "On the first page, press the button \"Start the check\".",
                "Next comes the page \"Your company\". There you choose, for example, how big your company is.",
                "This helps with the suggestions. Your points stay the same.",
                "Then come the statements.",
            ],
            items: &[],
        },
        Section {
            heading: "How to answer",
            paragraphs: &[
                "The check has 6 topics. On the screen a topic is called a field of action. Each has its own page.",
                "Each page has statements about a company. For each statement you choose how well it fits:",
            ],
            items: &[
                "fully applies: this is exactly true;",
                "mostly applies: this is mostly true;",
                "mostly does not apply: this is mostly not true;",
                "does not apply: this is not true;",
                "not relevant for us: this does not fit our company.",
            ],
        },
        Section {
            heading: "Finding your way",
            paragraphs: &[
                "The pages with statements have two buttons at the bottom: \"Back\" and \"Next\".",
                "At the top of these pages is a list of all 6 fields of action. You can open any of them.",
                "After the last field comes the overview. It shows which statements are still open, that is, not \
                 answered yet.",
                "After the overview comes your result.",
                "You can use the check with the keyboard only: the Tab key moves to the next button or link, the \
                 arrow keys choose an answer.",
            ],
            items: &[],
        },
        Section {
            heading: "Taking a break",
            paragraphs: &[
                "The check takes about 15 to 25 minutes. You can skip statements and take a break.",
                "Your answers are kept in this browser tab. If you close the tab, they are gone.",
                "To continue later, tick \"Remember on this device so I can continue later\" on the first page. Or \
                 save your answers as a file.",
            ],
            items: &[],
        },
        Section {
            heading: "What happens to your answers",
            paragraphs: &[
                "Your answers stay on your device. Nobody receives them, not even the chamber.",
                "You can delete all answers at any time on the first page.",
            ],
            items: &[],
        },
        Section {
            heading: "Your result",
            paragraphs: &[
                "Your result is also explained in plain English: on the page \"Your result\" there is a link \"Your \
                 result in plain English\".",
                "You can also print a report.",
            ],
            items: &[],
        },
        Section {
            heading: "Reporting a barrier",
            paragraphs: &[
                "A barrier is something that stops you from using the check, for example a button that does not work \
                 with the keyboard.",
                "The page \"Accessibility statement\" says how to report it. The link is at the bottom of every page.",
                "If the answer does not satisfy you, you can turn to the arbitration body ({de:Schlichtungsstelle}) \
                 of the Lower Saxony Commissioner for People with Disabilities. This applies to public bodies in \
                 Lower Saxony. You do not need to go to court.",
            ],
            items: &[],
        },
    ],
};

/// "Ihr Ergebnis in Leichter Sprache" (German) or "Your result in plain English": the user's own result explained.
/// Placeholders: `{score}`, `{from}`, `{to}`, `{label}`, `{field}`, `{count}`, `{measure}`.
pub struct EasyResultTexts {
    pub intro: &'static [&'static str],
    pub points_heading: &'static str,
    pub points: &'static str,
    /// What the overall number means, by the band's id in content/bands.json.
    pub band_low: &'static [&'static str],
    pub band_mid: &'static [&'static str],
    pub band_high: &'static [&'static str],
    pub no_points: &'static [&'static str],
    pub points_explained: &'static [&'static str],
    pub bands_heading: &'static str,
    pub bands_intro: &'static [&'static str],
    pub band_line: &'static str,
    pub fields_heading: &'static str,
    pub fields_intro: &'static [&'static str],
    pub field_line: &'static str,
    pub field_unscored: &'static str,
    pub unscored_heading: &'static str,
    pub unscored: &'static [&'static str],
    pub duties_heading: &'static str,
    pub duties_none: &'static str,
    pub duties_one: &'static str,
    pub duties_many: &'static str,
    pub duties: &'static [&'static str],
    pub measures_heading: &'static str,
    pub measures: &'static [&'static str],
    pub measure_example: &'static str,
    pub print: &'static str,
    pub back: &'static str,
}

impl EasyResultTexts {
    /// The plain-words meaning of a band, by its id; nothing for an id this text does not know.
    pub fn band_meaning(&self, id: &str) -> &'static [&'static str] {
        match id {
            "low" => self.band_low,
            "mid" => self.band_mid,
            "high" => self.band_high,
            _ => &[],
        }
    }
}

pub fn easy_results(lang: Lang) -> &'static EasyResultTexts {
    match lang {
        Lang::De => &EASY_RESULTS_DE,
        Lang::En => &EASY_RESULTS_EN,
    }
}

const EASY_RESULTS_DE: EasyResultTexts = EasyResultTexts {
    intro: &[
        "Hier steht Ihr Ergebnis in Leichter Sprache.",
        "Das Ergebnis kommt aus Ihren Antworten.",
        "Sie können diese Seite drucken.",
    ],
    points_heading: "Ihre Punkte",
    points: "Ihr Betrieb hat {score} von 100 Punkten.",
    band_low: &["Das ist wenig.", "Hier gibt es viel zu tun."],
    band_mid: &["Das ist die Mitte.", "Manches ist schon gut.", "Manches können Sie noch besser machen."],
    band_high: &["Das ist viel.", "Ihr Betrieb macht schon vieles gut."],
    no_points: &[
        "Ihr Betrieb hat noch keine Punkte.",
        "Sie haben noch zu wenige Aussagen beantwortet.",
        "Beantworten Sie mehr Aussagen.",
        "Dann bekommt Ihr Betrieb Punkte.",
    ],
    points_explained: &[
        "Jede Antwort gibt Punkte.",
        "„trifft voll zu“ gibt die meisten Punkte.",
        "„trifft nicht zu“ gibt 0 Punkte.",
        "Viele Punkte heißt: Ihr Betrieb ist schon ein guter Arbeitgeber.",
    ],
    bands_heading: "Die 3 Bereiche",
    bands_intro: &[
        "Auf der Seite „Ihr Ergebnis“ steht neben jeder Zahl ein Wort.",
        "Das Wort sagt: In diesem Bereich liegt die Zahl.",
        "Es gibt 3 Bereiche:",
    ],
    band_line: "{from} bis {to} Punkte: „{label}“.",
    fields_heading: "Ihre Handlungs-Felder",
    fields_intro: &[
        "Der Check hat 6 Themen.",
        "Auf dem Bildschirm heißt ein Thema: Handlungsfeld.",
        "So viele Punkte hat Ihr Betrieb in jedem Handlungs-Feld:",
    ],
    field_line: "{field}: {score} von 100 Punkten.",
    field_unscored: "{field}: nicht bewertet.",
    unscored_heading: "Was heißt „nicht bewertet“?",
    unscored: &[
        "Manchmal steht bei einem Thema: nicht bewertet.",
        "Das heißt: Sie haben zu diesem Thema zu wenige Aussagen beantwortet.",
        "Dann gibt es für das Thema noch keine Punkte.",
        "Nicht bewertet heißt nicht: 0 Punkte.",
        "Sie können die Aussagen noch beantworten.",
        "Dann bekommt das Thema Punkte.",
    ],
    duties_heading: "Was ist eine offene Pflicht?",
    duties_none: "Nach Ihren Antworten ist bei Ihrem Betrieb keine Pflicht offen.",
    duties_one: "Nach Ihren Antworten ist bei Ihrem Betrieb 1 Pflicht offen.",
    duties_many: "Nach Ihren Antworten sind bei Ihrem Betrieb {count} Pflichten offen.",
    duties: &[
        "Eine Pflicht ist eine Regel aus einem Gesetz.",
        "Ein Betrieb muss sich an diese Regel halten.",
        "Offen heißt: Ihr Betrieb hält sich noch nicht ganz an die Regel.",
        "Die offenen Pflichten stehen ganz oben auf der Seite „Ihr Ergebnis“.",
        "Kümmern Sie sich zuerst um diese Pflichten.",
    ],
    measures_heading: "Was ist eine Maßnahme?",
    measures: &[
        "Eine Maßnahme ist ein Vorschlag für Ihren Betrieb.",
        "Der Vorschlag sagt: Das kann Ihr Betrieb als Nächstes tun.",
        "Die Vorschläge stehen auf der Seite „Ihr Ergebnis“.",
        "Bei jeder Maßnahme ist ein Knopf: „In den Maßnahmenplan“.",
        "Mit dem Knopf kommt die Maßnahme in Ihren Plan.",
        "Im Plan schreiben Sie auf: Wer macht was bis wann?",
    ],
    measure_example: "Ein Vorschlag für Ihren Betrieb ist: {measure}.",
    print: "Diese Seite drucken",
    back: "Zurück zu Ihrem Ergebnis",
};

const EASY_RESULTS_EN: EasyResultTexts = EasyResultTexts {
    intro: &[
        "This page explains your result in plain English.",
        "The result comes from your answers.",
        "You can print this page.",
    ],
    points_heading: "Your points",
    points: "Your company has {score} out of 100 points.",
    band_low: &["That is low.", "There is a lot to do."],
    band_mid: &["That is in the middle.", "Some things are good already.", "Some things you can still do better."],
    band_high: &["That is high.", "Your company already does many things well."],
    no_points: &[
        "Your company has no points yet.",
        "You have answered too few statements.",
        "Answer more statements to get points.",
    ],
    points_explained: &[
        "Every answer gives points.",
        "\"fully applies\" gives the most points.",
        "\"does not apply\" gives 0 points.",
        "Many points mean: your company is already a good employer.",
    ],
    bands_heading: "The 3 ranges",
    bands_intro: &[
        "On the page \"Your result\" each number has a word next to it.",
        "The word says which range the number is in.",
        "There are 3 ranges:",
    ],
    band_line: "{from} to {to} points: \"{label}\".",
    fields_heading: "Your fields of action",
    fields_intro: &[
        "The check has 6 topics, called fields of action.",
        "This is how many points your company has in each:",
    ],
    field_line: "{field}: {score} out of 100 points.",
    field_unscored: "{field}: not scored.",
    unscored_heading: "What does \"not scored\" mean?",
    unscored: &[
        "Sometimes a topic says: not scored.",
        "It means you answered too few statements on this topic to give it points.",
        "Not scored does not mean 0 points.",
        "Answer the statements, and the topic gets points.",
    ],
    duties_heading: "What is an open legal duty?",
    duties_none: "According to your answers, no legal duty is open in your company.",
    duties_one: "According to your answers, 1 legal duty is open in your company.",
    duties_many: "According to your answers, {count} legal duties are open in your company.",
    duties: &[
        "A legal duty is a rule from a law that every company must follow.",
        "Open means your company does not fully follow the rule yet.",
        "Open duties are listed at the top of the page \"Your result\".",
        "Deal with them first.",
    ],
    measures_heading: "What is a measure?",
    measures: &[
        "A measure is a suggestion: something your company can do next.",
        "The suggestions are on the page \"Your result\".",
        "Each measure has a button \"Add to action plan\".",
        "In the action plan you write down who does what by when.",
    ],
    measure_example: "One suggestion for your company: {measure}.",
    print: "Print this page",
    back: "Back to your result",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_passages_are_marked() {
        assert_eq!(
            language_parts("the body ({de:Schlichtungsstelle}) under § 9d"),
            vec![(false, "the body ("), (true, "Schlichtungsstelle"), (false, ") under § 9d")]
        );
        assert_eq!(language_parts("{de:Impressum}"), vec![(true, "Impressum")]);
        assert_eq!(language_parts("plain"), vec![(false, "plain")]);
        assert_eq!(language_parts("broken {de:open"), vec![(false, "broken {de:open")]);
    }

    /// Every English text that names a German law or body marks it; no German page has a marker left.
    #[test]
    fn english_info_pages_mark_german_names() {
        let texts = |lang| {
            let a = accessibility(lang);
            let e = easy_language(lang);
            let sections = a.before_feedback.iter().chain(a.after_feedback).chain(e.sections);
            let mut all: Vec<&str> = a.intro.iter().chain(e.intro).copied().collect();
            all.push(a.feedback_fallback);
            for section in sections {
                all.extend(section.paragraphs.iter().chain(section.items));
            }
            all
        };
        for text in texts(Lang::En) {
            for german in ["Schlichtungsstelle", "Landesbeauftragte", "Behindertengleichstellungsgesetz", "Impressum"] {
                let unmarked = language_parts(text).iter().any(|(marked, part)| !marked && part.contains(german));
                assert!(!unmarked, "unmarked German {german:?} in {text:?}");
            }
        }
        for text in texts(Lang::De) {
            assert!(!text.contains("{de:"), "{text}");
        }
    }

    /// Leichte Sprache: one sentence per line, no "du", words under 30 letters except names from the screen.
    #[test]
    fn easy_read_has_one_sentence_per_line_and_no_du() {
        let page = easy_language(Lang::De);
        let lines = page.intro.iter().chain(page.sections.iter().flat_map(|s| s.paragraphs.iter().chain(s.items)));
        for line in lines {
            let words: Vec<&str> = line.split_whitespace().collect();
            let boundary = words
                .windows(2)
                .any(|pair| pair[0].ends_with(['.', '!', '?']) && pair[1].starts_with(|c: char| c.is_uppercase()));
            assert!(!boundary, "two sentences on one line: {line}");
            for word in words {
                let bare = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                assert!(!["du", "dir", "dich", "dein", "deine", "merke"].contains(&bare.as_str()), "{line}");
            }
        }
    }
}
