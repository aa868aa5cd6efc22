//! "In den Kalender übernehmen" (issue 30): the open plan items with a due date and the re-check as an iCalendar
//! file (RFC 5545) for Outlook, Thunderbird or a phone. Only ever written, never read.
//!
//! Each event is an all-day entry on its due date. Its UID is derived from the firm and the item (the measure id, or
//! "recheck"), never from the time of export, so importing an updated file updates the entries instead of adding
//! them twice.

use super::date::CalendarDate;

/// The calendar's media type, for the download.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";
/// Who wrote the file (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//Arbeitgeber-Check//Massnahmenplan//DE";
/// Longest content line in octets, without its CRLF (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// One all-day entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The item this entry stands for: a measure id or [`RECHECK_ITEM`].
    pub item: String,
    pub date: CalendarDate,
    pub summary: String,
    pub description: String,
}

/// The item name of the re-check's entry.
pub const RECHECK_ITEM: &str = "recheck";

/// The whole file: CRLF line ends, folded lines, escaped texts. `firm` names the check (the company name, possibly
/// empty) for the UIDs; `stamp` is the moment of export as `YYYYMMDDTHHMMSSZ` (DTSTAMP).
pub fn write(events: &[Event], firm: &str, stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", uid(firm, &event.item)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", basic(event.date)),
            format!("DTEND;VALUE=DATE:{}", basic(event.date.next_day())),
            format!("SUMMARY:{}", escape(&event.summary)),
            format!("DESCRIPTION:{}", escape(&event.description)),
            "TRANSP:TRANSPARENT".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// A UID that stays the same for the same firm and item: the item, a hash of the firm's name (trimmed, in lower
/// case), and the app's name as the domain part.
pub fn uid(firm: &str, item: &str) -> String {
    let item: String = item.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).collect();
    format!("{item}-{:016x}@arbeitgeber-check", fnv1a(firm.trim().to_lowercase().as_bytes()))
}

/// FNV-1a, 64 bit: a small stable hash (the std hasher may change between Rust versions).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// `YYYYMMDD`, the DATE value form.
fn basic(date: CalendarDate) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other control
/// characters dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line with its CRLF, folded so that no line exceeds [`LINE_OCTETS`] octets: a continuation line starts
/// with a space, and a fold never splits a UTF-8 sequence.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / LINE_OCTETS * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    /// Undoes folding and escaping as a reader of the file does (RFC 5545 §3.1, §3.3.11).
    fn unfold(text: &str) -> Vec<String> {
        text.replace("\r\n ", "").split("\r\n").filter(|line| !line.is_empty()).map(str::to_string).collect()
    }

    fn unescape(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn event(item: &str, summary: &str, description: &str) -> Event {
        Event { item: item.into(), date: date(2027, 3, 31), summary: summary.into(), description: description.into() }
    }

    #[test]
    fn texts_are_escaped() {
        assert_eq!(escape(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape("eins\r\nzwei\ndrei\rvier"), r"eins\nzwei\ndrei\nvier");
        assert_eq!(escape("Tab\tweg"), "Tabweg");
        assert_eq!(escape("Übergabe: Fräulein – 30 €"), "Übergabe: Fräulein – 30 €");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("DESCRIPTION:{}", "Ä€ß".repeat(40));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        assert_eq!(unfold(&folded), [line]);
        // Every cut falls between characters: each physical line is valid UTF-8 on its own.
        for physical in folded.as_bytes().split(|b| *b == b'\n') {
            assert!(std::str::from_utf8(physical).is_ok());
        }
        assert_eq!(fold("SHORT"), "SHORT\r\n");
        assert_eq!(fold(&"x".repeat(75)), format!("{}\r\n", "x".repeat(75)), "exactly 75 octets stay on one line");
        assert_eq!(fold(&"x".repeat(76)).matches("\r\n").count(), 2);
    }

    #[test]
    fn the_file_round_trips_through_unfolding_and_unescaping() {
        let summary = "Ausbildung: Azubi-Projekt, \"Wir\"; mit Übernahme\\Zusage – Ärger vermeiden".repeat(2);
        let description = "Erster Schritt: Gespräch führen;\nVerantwortlich: Frau Öztürk, Meisterin";
        let file = write(&[event("m2.1.a", &summary, description)], "Tischlerei Müller", "20261206T120000Z");
        assert!(file.split("\r\n").all(|line| !line.contains('\n') && !line.contains('\r')), "CRLF only");
        let lines = unfold(&file);
        let value = |name: &str| {
            lines.iter().find_map(|line| line.strip_prefix(name)).map(unescape).unwrap_or_else(|| panic!("{name}"))
        };
        assert_eq!(value("SUMMARY:"), summary);
        assert_eq!(value("DESCRIPTION:"), description);
        assert_eq!(value("DTSTART;VALUE=DATE:"), "20270331");
        assert_eq!(value("DTEND;VALUE=DATE:"), "20270401", "all-day: the end is the next day, exclusive");
        assert_eq!(value("DTSTAMP:"), "20261206T120000Z");
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        assert!(lines.contains(&format!("PRODID:{PRODID}")));
        assert!(lines.contains(&"VERSION:2.0".to_string()));
    }

    #[test]
    fn uids_are_stable_per_firm_and_item() {
        assert_eq!(uid("Tischlerei Müller", "m2.1.a"), uid(" tischlerei müller ", "m2.1.a"));
        assert_ne!(uid("Tischlerei Müller", "m2.1.a"), uid("Tischlerei Müller", "m2.1.b"));
        assert_ne!(uid("Tischlerei Müller", "m2.1.a"), uid("Bäckerei Schulz", "m2.1.a"));
        assert!(uid("", RECHECK_ITEM).starts_with("recheck-"));
        let first = write(&[event("m1", "A", "")], "Firma", "20261206T120000Z");
        let later = write(&[event("m1", "A geändert", "neu")], "Firma", "20270101T080000Z");
        let uid_of = |file: &str| unfold(file).into_iter().find(|line| line.starts_with("UID:"));
        assert_eq!(uid_of(&first), uid_of(&later), "an updated file updates the entry");
    }

    #[test]
    fn one_event_per_item() {
        let file = write(&[event("m1", "A", ""), event(RECHECK_ITEM, "B", "")], "", "20261206T120000Z");
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 2);
        assert_eq!(write(&[], "", "20261206T120000Z").matches("BEGIN:VEVENT").count(), 0);
    }
}
