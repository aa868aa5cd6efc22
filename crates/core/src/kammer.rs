//! The chamber's own settings from `kammer.json` (name, contacts, links, logo, accent, regional offers). Pure: the
//! state layer fetches the text, this module decides what of it may be used.
//!
//! The file is written by a web editor, not by us, so every field is checked on its own: a bad field is dropped
//! with a [`Warning`] that names it (the state layer logs it to the console), and everything else still works.
//! Strings stay plain text (views render them as text, never as markup); links must be `https:`; the logo and the
//! benchmark file are plain file names beside `index.html`, so nothing is ever requested from another origin.

use std::fmt;

use serde_json::{Map, Value};

use super::accent::parse_accent;

/// A file longer than this is not read at all: a real configuration is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 64 * 1024;
/// At most this many contacts are kept; more would not fit on a contact card or a printed page.
pub const MAX_CONTACTS: usize = 4;
/// At most this many regional offers are kept.
pub const MAX_OFFERS: usize = 8;

const MAX_NAME: usize = 120;
const MAX_ROLE: usize = 80;
const MAX_PHONE: usize = 40;
const MAX_EMAIL: usize = 120;
const MAX_HOURS: usize = 120;
const MAX_DESCRIPTION: usize = 600;
const MAX_URL: usize = 500;
const MAX_FILE_NAME: usize = 80;

const IMAGE_EXTENSIONS: [&str; 6] = ["png", "svg", "jpg", "jpeg", "webp", "gif"];

/// The validated settings. Every field may be missing; the check works the same without any of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kammer {
    /// The chamber or organisation, e.g. "Musterkammer Nordost".
    pub name: Option<String>,
    pub contacts: Vec<Contact>,
    pub links: Links,
    /// A file name beside `index.html`, e.g. `logo.svg`.
    pub logo: Option<String>,
    /// A `#rrggbb` colour dark enough for white text (the same rule as the `?accent=` option).
    pub accent: Option<String>,
    pub offers: Vec<Offer>,
    /// A benchmark file name beside `index.html` (`*.json`), reserved for comparison figures.
    pub benchmark: Option<String>,
    /// Who takes reports of barriers (the accessibility statement's feedback); see [`Kammer::feedback_contact`].
    pub accessibility_contact: Option<Contact>,
}

impl Kammer {
    /// The accessibility statement's feedback contact: `accessibility_contact` when given, else the first contact.
    pub fn feedback_contact(&self) -> Option<&Contact> {
        self.accessibility_contact.as_ref().or(self.contacts.first())
    }
}

/// A person to contact. Only the name is required; each other detail is kept when it is valid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub role: Option<String>,
    /// As written, e.g. "04131 123-456"; see [`Contact::tel_href`] for the link.
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Opening hours as free text, e.g. "Mo–Do 9–16 Uhr".
    pub hours: Option<String>,
}

impl Contact {
    /// The `tel:` link for the phone number: digits and a leading `+` only.
    pub fn tel_href(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let mut digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        if phone.trim_start().starts_with('+') {
            digits.insert(0, '+');
        }
        Some(format!("tel:{digits}"))
    }

    /// The `mailto:` link for the e-mail address (already restricted to safe characters).
    pub fn mailto_href(&self) -> Option<String> {
        self.email.as_deref().map(|email| format!("mailto:{email}"))
    }

    /// The `mailto:` link with a prefilled subject and text (RFC 6068: percent-encoded UTF-8, line breaks as CRLF).
    pub fn mailto_with(&self, subject: &str, body: &str) -> Option<String> {
        let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
        Some(format!("{}?subject={}&body={}", self.mailto_href()?, percent_encode(subject), percent_encode(&body)))
    }
}

/// Every byte but RFC 3986's unreserved characters as `%XX`, so a subject or text cannot end the parameter.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The host's pages: imprint and privacy notice (for the footer) and an appointment page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links {
    pub imprint: Option<String>,
    pub privacy: Option<String>,
    pub booking: Option<String>,
}

/// A regional support offer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offer {
    pub name: String,
    pub description: String,
}

/// A field of `kammer.json` that was ignored, and why. Shown to operators in the browser console.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where in the file, e.g. `contacts[1].email`; empty for the file as a whole.
    pub field: String,
    pub problem: Problem,
}

/// Why a field was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not valid JSON (serde_json's message with line and column).
    NotJson(String),
    TooLarge,
    NotAnObject,
    UnknownField,
    WrongType(&'static str),
    Empty,
    TooLong(usize),
    ControlCharacter,
    NotHttps,
    BadUrl,
    BadFileName(&'static str),
    BadEmail,
    BadPhone,
    BadAccent,
    Missing,
    TooMany(usize),
    /// The file was saved in another encoding than UTF-8 (e.g. Windows-1252, "ANSI"): umlauts arrive as U+FFFD.
    NotUtf8,
}

/// German for the chamber's web editor, the reader of the browser console.
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const NONE_USED: &str = "es werden keine Kammer-Angaben genutzt";
        let reason = match &self.problem {
            Problem::NotJson(detail) => format!("ist kein gültiges JSON ({detail}); {NONE_USED}"),
            Problem::TooLarge => format!("ist größer als {MAX_FILE_BYTES} Bytes; {NONE_USED}"),
            Problem::NotAnObject => format!("muss ein JSON-Objekt {{ … }} sein; {NONE_USED}"),
            Problem::UnknownField => "ist kein bekanntes Feld (Tippfehler?); ignoriert".into(),
            Problem::WrongType(expected) => format!("muss {expected} sein; ignoriert"),
            Problem::Empty => "ist leer; ignoriert".into(),
            Problem::TooLong(limit) => format!("ist länger als {limit} Zeichen; ignoriert"),
            Problem::ControlCharacter => "enthält Steuerzeichen; ignoriert".into(),
            Problem::NotHttps => "muss eine https://-Adresse sein; ignoriert".into(),
            Problem::BadUrl => {
                "ist keine gültige https://-Adresse (keine Leerzeichen, kein Benutzername oder Passwort); ignoriert"
                    .into()
            }
            Problem::BadFileName(kind) => {
                format!("muss ein reiner Dateiname neben index.html sein ({kind}), ohne Ordner oder Adresse; ignoriert")
            }
            Problem::BadEmail => "ist keine gültige E-Mail-Adresse; ignoriert".into(),
            Problem::BadPhone => "darf nur Ziffern, Leerzeichen und + / - ( ) enthalten; ignoriert".into(),
            Problem::BadAccent => {
                "muss eine Hex-Farbe wie #004b87 sein, auf der weiße Schrift lesbar ist (Kontrast 4,5 : 1); ignoriert"
                    .into()
            }
            Problem::Missing => "fehlt; dieser Eintrag wird ignoriert".into(),
            Problem::TooMany(limit) => format!("hat mehr als {limit} Einträge; die übrigen werden ignoriert"),
            Problem::NotUtf8 => {
                "ist nicht als UTF-8 gespeichert (Umlaute erscheinen als \u{fffd}); bitte im Editor als UTF-8 speichern"
                    .into()
            }
        };
        if self.field.is_empty() {
            write!(f, "kammer.json {reason}")
        } else {
            write!(f, "kammer.json: `{}` {reason}", self.field)
        }
    }
}

/// Parses the text of `kammer.json`. Never fails: what cannot be used is reported in the warnings.
pub fn parse(text: &str) -> (Kammer, Vec<Warning>) {
    // Some Windows editors save a byte-order mark, which JSON does not allow; it carries no meaning here.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_FILE_BYTES {
        return (Kammer::default(), vec![warning("", Problem::TooLarge)]);
    }
    let (kammer, mut warnings) = match serde_json::from_str::<Value>(text) {
        Ok(value) => from_value(&value),
        Err(error) => (Kammer::default(), vec![warning("", Problem::NotJson(error.to_string()))]),
    };
    // The browser decodes the file as UTF-8 and puts U+FFFD for every byte that is not: an "ANSI" (Windows-1252)
    // file. Its fields are still used (the umlauts show as U+FFFD), and the editor is told first how to fix it.
    if text.contains('\u{fffd}') {
        warnings.insert(0, warning("", Problem::NotUtf8));
    }
    (kammer, warnings)
}

/// Validates an already parsed JSON value (see [`parse`]).
pub fn from_value(value: &Value) -> (Kammer, Vec<Warning>) {
    let mut checker = Checker::default();
    let Some(object) = value.as_object() else {
        return (Kammer::default(), vec![warning("", Problem::NotAnObject)]);
    };
    let mut kammer = Kammer::default();
    for (key, value) in object {
        match key.as_str() {
            "name" => kammer.name = checker.text("name", value, MAX_NAME),
            "contacts" => kammer.contacts = checker.list("contacts", value, MAX_CONTACTS, Checker::contact),
            "links" => kammer.links = checker.links(value),
            "logo" => kammer.logo = checker.file_name("logo", value, FileKind::Image),
            "accent" => kammer.accent = checker.accent(value),
            "offers" => kammer.offers = checker.list("offers", value, MAX_OFFERS, Checker::offer),
            "benchmark" => kammer.benchmark = checker.file_name("benchmark", value, FileKind::Json),
            "accessibility_contact" => kammer.accessibility_contact = checker.contact("accessibility_contact", value),
            _ => checker.unknown("", key),
        }
    }
    (kammer, checker.warnings)
}

fn warning(field: &str, problem: Problem) -> Warning {
    Warning { field: field.to_string(), problem }
}

#[derive(Clone, Copy)]
enum FileKind {
    Image,
    Json,
}

impl FileKind {
    fn description(self) -> &'static str {
        match self {
            FileKind::Image => "ein Bild: .png, .svg, .jpg, .jpeg, .webp oder .gif",
            FileKind::Json => "eine .json-Datei",
        }
    }

    fn allows(self, extension: &str) -> bool {
        let extension = extension.to_ascii_lowercase();
        match self {
            FileKind::Image => IMAGE_EXTENSIONS.contains(&extension.as_str()),
            FileKind::Json => extension == "json",
        }
    }
}

/// Collects warnings while each field is checked.
#[derive(Default)]
struct Checker {
    warnings: Vec<Warning>,
}

impl Checker {
    fn warn(&mut self, field: &str, problem: Problem) {
        self.warnings.push(warning(field, problem));
    }

    /// Keys starting with `_` are comments for the web editor (e.g. `"_hinweis"`) and are skipped silently.
    fn unknown(&mut self, parent: &str, key: &str) {
        if key.starts_with('_') {
            return;
        }
        // The key itself is operator input: cap what is echoed to the console.
        let key: String = key.chars().take(40).collect();
        let field = if parent.is_empty() { key } else { format!("{parent}.{key}") };
        self.warn(&field, Problem::UnknownField);
    }

    /// A trimmed, non-empty string of at most `limit` characters without control characters.
    fn text(&mut self, field: &str, value: &Value, limit: usize) -> Option<String> {
        let Some(text) = value.as_str() else {
            self.warn(field, Problem::WrongType("Text in Anführungszeichen"));
            return None;
        };
        let text = text.trim();
        let problem = if text.is_empty() {
            Problem::Empty
        } else if text.chars().count() > limit {
            Problem::TooLong(limit)
        } else if text.chars().any(char::is_control) {
            Problem::ControlCharacter
        } else {
            return Some(text.to_string());
        };
        self.warn(field, problem);
        None
    }

    /// A list of entries, each checked by `entry`; entries beyond `limit` are dropped with one warning.
    fn list<T>(
        &mut self,
        field: &str,
        value: &Value,
        limit: usize,
        entry: fn(&mut Self, &str, &Value) -> Option<T>,
    ) -> Vec<T> {
        let Some(items) = value.as_array() else {
            self.warn(field, Problem::WrongType("eine Liste [ … ]"));
            return Vec::new();
        };
        if items.len() > limit {
            self.warn(field, Problem::TooMany(limit));
        }
        items
            .iter()
            .take(limit)
            .enumerate()
            .filter_map(|(i, item)| entry(self, &format!("{field}[{i}]"), item))
            .collect()
    }

    fn object<'v>(&mut self, field: &str, value: &'v Value) -> Option<&'v Map<String, Value>> {
        let object = value.as_object();
        if object.is_none() {
            self.warn(field, Problem::WrongType("ein Objekt { … }"));
        }
        object
    }

    fn contact(&mut self, field: &str, value: &Value) -> Option<Contact> {
        let object = self.object(field, value)?;
        let mut name = None;
        let mut contact = Contact::default();
        for (key, value) in object {
            let at = format!("{field}.{key}");
            match key.as_str() {
                "name" => name = self.text(&at, value, MAX_NAME),
                "role" => contact.role = self.text(&at, value, MAX_ROLE),
                "phone" => contact.phone = self.phone(&at, value),
                "email" => contact.email = self.email(&at, value),
                "hours" => contact.hours = self.text(&at, value, MAX_HOURS),
                _ => self.unknown(field, key),
            }
        }
        let Some(name) = name else {
            self.warn(&format!("{field}.name"), Problem::Missing);
            return None;
        };
        Some(Contact { name, ..contact })
    }

    fn offer(&mut self, field: &str, value: &Value) -> Option<Offer> {
        let object = self.object(field, value)?;
        let (mut name, mut description) = (None, None);
        for (key, value) in object {
            let at = format!("{field}.{key}");
            match key.as_str() {
                "name" => name = self.text(&at, value, MAX_NAME),
                "description" => description = self.text(&at, value, MAX_DESCRIPTION),
                _ => self.unknown(field, key),
            }
        }
        match (name, description) {
            (Some(name), Some(description)) => Some(Offer { name, description }),
            (None, _) => {
                self.warn(&format!("{field}.name"), Problem::Missing);
                None
            }
            (_, None) => {
                self.warn(&format!("{field}.description"), Problem::Missing);
                None
            }
        }
    }

    fn links(&mut self, value: &Value) -> Links {
        let mut links = Links::default();
        let Some(object) = self.object("links", value) else { return links };
        for (key, value) in object {
            let at = format!("links.{key}");
            match key.as_str() {
                "imprint" => links.imprint = self.https_url(&at, value),
                "privacy" => links.privacy = self.https_url(&at, value),
                "booking" => links.booking = self.https_url(&at, value),
                _ => self.unknown("links", key),
            }
        }
        links
    }

    fn https_url(&mut self, field: &str, value: &Value) -> Option<String> {
        let url = self.text(field, value, MAX_URL)?;
        match check_https_url(&url) {
            Ok(()) => Some(url),
            Err(problem) => {
                self.warn(field, problem);
                None
            }
        }
    }

    fn file_name(&mut self, field: &str, value: &Value, kind: FileKind) -> Option<String> {
        let name = self.text(field, value, MAX_FILE_NAME)?;
        if is_plain_file_name(&name, kind) {
            Some(name)
        } else {
            self.warn(field, Problem::BadFileName(kind.description()));
            None
        }
    }

    fn accent(&mut self, value: &Value) -> Option<String> {
        let text = self.text("accent", value, 16)?;
        let accent = parse_accent(&text);
        if accent.is_none() {
            self.warn("accent", Problem::BadAccent);
        }
        accent
    }

    fn phone(&mut self, field: &str, value: &Value) -> Option<String> {
        let phone = self.text(field, value, MAX_PHONE)?;
        let allowed = |c: char| c.is_ascii_digit() || " +/-()".contains(c);
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if phone.chars().all(allowed) && digits >= 3 {
            Some(phone)
        } else {
            self.warn(field, Problem::BadPhone);
            None
        }
    }

    fn email(&mut self, field: &str, value: &Value) -> Option<String> {
        let email = self.text(field, value, MAX_EMAIL)?;
        if is_email(&email) {
            Some(email)
        } else {
            self.warn(field, Problem::BadEmail);
            None
        }
    }
}

/// `https://host[:port][/path][?query][#fragment]` with a plain host name, no user name or password, and no
/// character that could break out of an attribute or be read differently by browsers (spaces, quotes, `<>`, `\`).
fn check_https_url(url: &str) -> Result<(), Problem> {
    let Some(rest) = url.get(..8).filter(|scheme| scheme.eq_ignore_ascii_case("https://")).map(|_| &url[8..]) else {
        return Err(Problem::NotHttps);
    };
    let forbidden = |c: char| c.is_whitespace() || c.is_control() || "\"'<>\\`{}|^".contains(c);
    if url.chars().any(forbidden) {
        return Err(Problem::BadUrl);
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && host.contains('.');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.chars().all(|c| c.is_ascii_digit()));
    if host_ok && port_ok { Ok(()) } else { Err(Problem::BadUrl) }
}

/// A file name without folders: letters, digits, `-`, `_` and one `.` before an allowed extension.
fn is_plain_file_name(name: &str, kind: FileKind) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else { return false };
    !stem.is_empty()
        && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && kind.allows(extension)
}

/// A conservative address check: characters that are safe inside a `mailto:` link, one `@`, a dotted domain.
fn is_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    let local_ok = !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c));
    let domain_ok = domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_prefilled_mailto_encodes_subject_and_text() {
        let contact = Contact { name: "A".into(), email: Some("beratung@kammer.example".into()), ..Contact::default() };
        assert_eq!(
            contact.mailto_with("Ergebnis: Müller & Söhne", "Guten Tag,\nbitte?").unwrap(),
            "mailto:beratung@kammer.example?subject=Ergebnis%3A%20M%C3%BCller%20%26%20S%C3%B6hne&body=Guten%20Tag%2C%0D%0Abitte%3F"
        );
        assert_eq!(Contact::default().mailto_with("x", "y"), None);
    }
    use serde_json::json;

    fn fields(warnings: &[Warning]) -> Vec<&str> {
        warnings.iter().map(|warning| warning.field.as_str()).collect()
    }

    const EXAMPLE: &str = include_str!("../../../kammer.example.json");

    #[test]
    fn the_shipped_example_parses_without_warnings() {
        let (kammer, warnings) = parse(EXAMPLE);
        assert_eq!(warnings, vec![], "kammer.example.json");
        assert!(kammer.name.is_some());
        assert!(!kammer.contacts.is_empty());
        assert!(kammer.links.imprint.is_some() && kammer.links.privacy.is_some() && kammer.links.booking.is_some());
        assert!(kammer.logo.is_some() && kammer.accent.is_some() && !kammer.offers.is_empty());
        assert!(kammer.accessibility_contact.is_some());
    }

    #[test]
    fn reads_a_complete_file() {
        let (kammer, warnings) = from_value(&json!({
            "name": "  Musterkammer Nordost  ",
            "contacts": [{"name": "Erika Muster", "role": "Fachkräfteberatung", "phone": "+49 4131 000-000",
                          "email": "beratung@musterkammer.example", "hours": "Mo–Do 9–16 Uhr"}],
            "links": {"imprint": "https://www.musterkammer.example/impressum",
                      "privacy": "https://www.musterkammer.example/datenschutz",
                      "booking": "https://termine.musterkammer.example/fachkraefte?ref=check#start"},
            "logo": "logo.svg",
            "accent": "#004B87",
            "offers": [{"name": "Ausbildungsberatung", "description": "Hilft bei der ersten Ausbildung."}],
            "benchmark": "vergleich-2026.json",
            "_hinweis": "Kommentare mit Unterstrich werden übersprungen."
        }));
        assert_eq!(warnings, vec![]);
        assert_eq!(kammer.name.as_deref(), Some("Musterkammer Nordost"));
        assert_eq!(kammer.contacts[0].tel_href().as_deref(), Some("tel:+494131000000"));
        assert_eq!(kammer.contacts[0].mailto_href().as_deref(), Some("mailto:beratung@musterkammer.example"));
        assert_eq!(kammer.accent.as_deref(), Some("#004b87"));
        assert_eq!(kammer.benchmark.as_deref(), Some("vergleich-2026.json"));
        assert_eq!(kammer.offers.len(), 1);
    }

    #[test]
    fn markup_in_a_name_stays_plain_text() {
        let hostile = "<img src=x onerror=alert(1)><script>alert(1)</script>";
        let (kammer, warnings) = from_value(&json!({"name": hostile, "contacts": [{"name": hostile}]}));
        assert_eq!(warnings, vec![]);
        // Kept verbatim as a string: the views render it as text, so it shows as these characters.
        assert_eq!(kammer.name.as_deref(), Some(hostile));
        assert_eq!(kammer.contacts[0].name, hostile);
    }

    #[test]
    fn rejects_links_that_are_not_plain_https() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "http://www.musterkammer.example/impressum",
            "//www.musterkammer.example/impressum",
            "/impressum",
            "impressum.html",
            "https://user:secret@www.musterkammer.example/",
            "https://www.musterkammer.example@evil.example/",
            "https://www.muster kammer.example/",
            "https://www.musterkammer.example/\u{0}x",
            "https://www.musterkammer.example/\"onmouseover=\"alert(1)",
            "https://www.musterkammer.example\\@evil.example/",
            "https://",
            "https:///path",
            "https://localhost/",
            "https://www.musterkammer.example:99999999/",
            "vbscript:msgbox(1)",
        ] {
            let (kammer, warnings) = from_value(&json!({"links": {"imprint": bad}}));
            assert_eq!(kammer.links.imprint, None, "{bad:?}");
            assert_eq!(fields(&warnings), vec!["links.imprint"], "{bad:?}");
        }
        let good = "HTTPS://www.musterkammer.example:8443/a/b?c=d&e=f#g";
        assert_eq!(from_value(&json!({"links": {"privacy": good}})).0.links.privacy.as_deref(), Some(good));
    }

    #[test]
    fn the_logo_and_benchmark_are_plain_file_names_beside_index_html() {
        for bad in [
            "https://evil.example/logo.png",
            "//evil.example/logo.png",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "../logo.png",
            "..",
            "bilder/logo.png",
            "bilder\\logo.png",
            ".png",
            "logo.png.exe",
            "logo",
            "logo.html",
            "logo.png?x=1",
            "lo go.png",
        ] {
            let (kammer, warnings) = from_value(&json!({"logo": bad, "benchmark": bad}));
            assert_eq!(kammer.logo, None, "{bad:?}");
            assert_eq!(kammer.benchmark, None, "{bad:?}");
            assert_eq!(warnings.len(), 2, "{bad:?}");
        }
        assert_eq!(
            from_value(&json!({"logo": "Kammer_Logo-2026.SVG"})).0.logo.as_deref(),
            Some("Kammer_Logo-2026.SVG")
        );
        assert_eq!(from_value(&json!({"benchmark": "logo.png"})).0.benchmark, None);
        assert_eq!(from_value(&json!({"logo": "werte.json"})).0.logo, None);
    }

    #[test]
    fn the_accent_follows_the_embed_option_rule() {
        for (given, expected) in [("#004b87", Some("#004b87")), ("036", Some("#003366")), ("#ffff00", None)] {
            assert_eq!(from_value(&json!({"accent": given})).0.accent.as_deref(), expected, "{given}");
            assert_eq!(from_value(&json!({"accent": given})).0.accent, parse_accent(given), "{given}");
        }
        for bad in ["red", "url(x)", "#000;background:url(x)", "expression(alert(1))"] {
            let (kammer, warnings) = from_value(&json!({"accent": bad}));
            assert_eq!(kammer.accent, None, "{bad}");
            assert_eq!(fields(&warnings), vec!["accent"], "{bad}");
        }
    }

    #[test]
    fn a_bad_field_is_dropped_and_the_rest_kept() {
        let (kammer, warnings) = from_value(&json!({
            "name": "Musterkammer",
            "contacts": [
                {"name": "Erika Muster", "phone": "<b>call</b>", "email": "not an address", "hours": 9},
                {"role": "ohne Namen"},
                "just text"
            ],
            "links": {"imprint": "javascript:alert(1)", "privacy": "https://www.musterkammer.example/ds", "x": 1},
            "logo": "https://evil.example/logo.png",
            "offers": [{"name": "Beratung"}],
            "colour": "#000000"
        }));
        assert_eq!(kammer.name.as_deref(), Some("Musterkammer"));
        assert_eq!(kammer.contacts, vec![Contact { name: "Erika Muster".into(), ..Contact::default() }]);
        assert_eq!(kammer.links.privacy.as_deref(), Some("https://www.musterkammer.example/ds"));
        assert_eq!(kammer.links.imprint, None);
        assert_eq!(kammer.logo, None);
        assert!(kammer.offers.is_empty());
        let mut named = fields(&warnings);
        named.sort_unstable();
        assert_eq!(
            named,
            vec![
                "colour",
                "contacts[0].email",
                "contacts[0].hours",
                "contacts[0].phone",
                "contacts[1].name",
                "contacts[2]",
                "links.imprint",
                "links.x",
                "logo",
                "offers[0].description",
            ]
        );
    }

    #[test]
    fn wrong_types_are_ignored_with_a_warning() {
        let (kammer, warnings) = from_value(&json!({
            "name": ["Musterkammer"], "contacts": {"name": "x"}, "links": "https://x.example",
            "logo": 1, "accent": null, "offers": true, "benchmark": {"file": "a.json"}
        }));
        assert_eq!(kammer, Kammer::default());
        assert_eq!(warnings.len(), 7);
        assert!(warnings.iter().all(|warning| matches!(warning.problem, Problem::WrongType(_))), "{warnings:?}");
    }

    #[test]
    fn huge_strings_and_long_lists_are_cut_off() {
        let huge = "A".repeat(100_000);
        let (kammer, warnings) = from_value(&json!({"name": huge}));
        assert_eq!(kammer.name, None);
        assert_eq!(warnings[0].problem, Problem::TooLong(MAX_NAME));
        let contacts: Vec<Value> = (0..50).map(|i| json!({"name": format!("Person {i}")})).collect();
        let (kammer, warnings) = from_value(&json!({ "contacts": contacts }));
        assert_eq!(kammer.contacts.len(), MAX_CONTACTS);
        assert_eq!(fields(&warnings), vec!["contacts"]);
        // A file beyond the size limit is not even parsed.
        let (kammer, warnings) = parse(&format!("{{\"name\": \"{}\"}}", "x".repeat(MAX_FILE_BYTES)));
        assert_eq!(kammer, Kammer::default());
        assert_eq!(warnings, vec![warning("", Problem::TooLarge)]);
    }

    #[test]
    fn control_characters_and_empty_strings_are_refused() {
        for bad in ["Muster\u{0}kammer", "Muster\u{1b}[31mkammer", "Muster\nkammer", "   ", ""] {
            let (kammer, warnings) = from_value(&json!({ "name": bad }));
            assert_eq!(kammer.name, None, "{bad:?}");
            assert_eq!(warnings.len(), 1, "{bad:?}");
        }
    }

    #[test]
    fn invalid_json_gives_one_clear_warning() {
        for bad in ["", "{", "{\"name\": \"x\",}", "<html>404</html>", "\u{feff}"] {
            let (kammer, warnings) = parse(bad);
            assert_eq!(kammer, Kammer::default(), "{bad:?}");
            assert_eq!(warnings.len(), 1, "{bad:?}");
            assert!(matches!(warnings[0].problem, Problem::NotJson(_)), "{bad:?}");
            assert!(warnings[0].to_string().starts_with("kammer.json ist kein gültiges JSON"), "{bad:?}");
        }
        assert_eq!(parse("\u{feff}{\"name\": \"Musterkammer\"}").0.name.as_deref(), Some("Musterkammer"));
        for not_object in ["[]", "null", "\"Musterkammer\"", "42"] {
            assert_eq!(parse(not_object).1, vec![warning("", Problem::NotAnObject)], "{not_object}");
        }
    }

    #[test]
    fn deeply_nested_junk_is_refused_without_a_stack_overflow() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let (kammer, warnings) = parse(&format!("{{\"name\": {deep}}}"));
        assert_eq!(kammer, Kammer::default());
        assert_eq!(warnings.len(), 1);
        // Nesting that serde_json accepts is just a wrong type.
        let (_, warnings) = parse(&format!("{{\"offers\": [{}{}]}}", "[".repeat(100), "]".repeat(100)));
        assert_eq!(fields(&warnings), vec!["offers[0]"]);
    }

    #[test]
    fn warnings_name_the_field_for_the_console() {
        let (_, warnings) = from_value(&json!({"links": {"booking": "http://termine.example/"}, "farbe": 1}));
        let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert!(
            messages.contains(&"kammer.json: `links.booking` muss eine https://-Adresse sein; ignoriert".to_string())
        );
        assert!(
            messages.contains(&"kammer.json: `farbe` ist kein bekanntes Feld (Tippfehler?); ignoriert".to_string())
        );
    }

    #[test]
    fn a_file_not_saved_as_utf8_is_named_first_and_its_fields_still_used() {
        // "Fachkräftesicherung" saved as Windows-1252: the browser's UTF-8 decoding turns the ä (0xE4) into U+FFFD.
        let ansi = b"{\"name\": \"Fachkr\xe4ftesicherung\", \"links\": {\"booking\": \"http://x.example\"}}";
        let (kammer, warnings) = parse(&String::from_utf8_lossy(ansi));
        assert_eq!(kammer.name.as_deref(), Some("Fachkr\u{fffd}ftesicherung"));
        assert_eq!(warnings[0], warning("", Problem::NotUtf8));
        assert!(warnings[0].to_string().contains("UTF-8"));
        assert_eq!(fields(&warnings[1..]), vec!["links.booking"]);
        assert!(parse("{\"name\": \"Fachkräftesicherung\"}").1.is_empty(), "UTF-8 umlauts are fine");
    }

    #[test]
    fn the_feedback_contact_is_the_accessibility_contact_else_the_first_contact() {
        let first = json!({"name": "Erika Muster", "email": "erika@kammer.example"});
        let (kammer, warnings) = from_value(&json!({"contacts": [first]}));
        assert!(warnings.is_empty());
        assert_eq!(kammer.feedback_contact().map(|c| c.name.as_str()), Some("Erika Muster"));
        let (kammer, warnings) = from_value(&json!({
            "contacts": [first],
            "accessibility_contact": {"name": "Team Barrierefreiheit", "email": "barrierefrei@kammer.example"}
        }));
        assert!(warnings.is_empty());
        let feedback = kammer.feedback_contact().expect("a feedback contact");
        assert_eq!(
            (feedback.name.as_str(), feedback.email.as_deref()),
            ("Team Barrierefreiheit", Some("barrierefrei@kammer.example"))
        );
        let (kammer, warnings) = from_value(&json!({"accessibility_contact": {"email": "x@y.example"}}));
        assert_eq!(kammer.feedback_contact(), None);
        assert_eq!(fields(&warnings), vec!["accessibility_contact.name"]);
        assert_eq!(Kammer::default().feedback_contact(), None);
    }
}
