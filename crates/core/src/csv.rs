//! "Als Tabelle speichern" (issue 30): the plan and the scores as a CSV file that German Excel opens correctly by
//! double-click: UTF-8 with byte order mark (else Excel reads Windows-1252 and the umlauts break), `;` between cells
//! (the list separator of German Windows), decimal comma, CRLF, quoting per RFC 4180, and no `sep=` line (Excel would
//! then drop the BOM's meaning). Only ever written, never read.
//!
//! A text cell that a spreadsheet would take as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
//! return) gets a leading `'`, as OWASP advises against CSV injection: an owner "=HYPERLINK(…)" stays text.

/// The file's media type, for the download.
pub const MEDIA_TYPE: &str = "text/csv;charset=utf-8";
const BOM: &str = "\u{feff}";
const SEPARATOR: char = ';';

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// A number written with a decimal comma and this many decimals; not finite is an empty cell.
    Number(f64, usize),
    Empty,
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

/// The file: BOM, then one CRLF-terminated record per row.
pub fn write(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        out.push_str(&cells.join(&SEPARATOR.to_string()));
        out.push_str("\r\n");
    }
    out
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => quote(&neutralise(text)),
        Cell::Number(value, decimals) if value.is_finite() => {
            format!("{value:.decimals$}", decimals = *decimals).replace('.', ",")
        }
        Cell::Number(..) | Cell::Empty => String::new(),
    }
}

/// A leading `'` before what a spreadsheet would read as a formula (OWASP "CSV Injection").
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

/// RFC 4180: a field with the separator, a quote or a line break is enclosed in quotes, its quotes doubled.
fn quote(text: &str) -> String {
    if text.contains([SEPARATOR, '"', '\r', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader of what [`write`] writes (RFC 4180 with `;`), to check the round trip.
    fn read(file: &str) -> Vec<Vec<String>> {
        let body = file.strip_prefix(BOM).expect("BOM");
        let (mut rows, mut row, mut field, mut quoted, mut chars) = (vec![], vec![], String::new(), false, body.chars().peekable());
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => field.push(c),
                (false, '"') => quoted = true,
                (false, ';') => row.push(std::mem::take(&mut field)),
                (false, '\r') => {
                    assert_eq!(chars.next(), Some('\n'), "CR only before LF");
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (false, '\n') => panic!("a bare LF ends no record"),
                (false, c) => field.push(c),
            }
        }
        assert!(row.is_empty() && field.is_empty(), "the last record ends with CRLF");
        rows
    }

    #[test]
    fn bom_semicolons_and_crlf_without_a_sep_line() {
        let file = write(&[vec!["Maßnahme".into(), "Fällig".into()], vec!["Übergabe".into(), Cell::Empty]]);
        assert!(file.starts_with("\u{feff}Maßnahme;Fällig\r\n"));
        assert_eq!(file, "\u{feff}Maßnahme;Fällig\r\nÜbergabe;\r\n");
        assert!(!file.contains("sep="));
    }

    #[test]
    fn numbers_have_a_decimal_comma() {
        let file = write(&[vec![Cell::Number(62.5, 1), Cell::Number(100.0, 0), Cell::Number(f64::NAN, 1)]]);
        assert_eq!(file, "\u{feff}62,5;100;\r\n");
    }

    #[test]
    fn formulas_are_neutralised() {
        for text in ["=HYPERLINK(\"http://x\")", "+49 170", "-1", "@SUM(A1)", "\tTab", "\rCR"] {
            assert_eq!(neutralise(text), format!("'{text}"));
        }
        for text in ["Frau Albers", "", "50 %", "a=b"] {
            assert_eq!(neutralise(text), text);
        }
        assert_eq!(write(&[vec!["=1+1".into()]]), "\u{feff}'=1+1\r\n");
    }

    #[test]
    fn round_trips_through_an_rfc_4180_reader() {
        let texts = ["schlicht", "mit ; Semikolon", "mit \"Zitat\"", "zwei\r\nZeilen", "eine\nZeile mehr", "Ärger, Öl; ß"];
        let rows: Vec<Vec<Cell>> = texts.iter().map(|text| vec![Cell::from(*text), Cell::Number(1.25, 2)]).collect();
        let read = read(&write(&rows));
        assert_eq!(read.len(), texts.len());
        for (row, text) in read.iter().zip(texts) {
            assert_eq!(row, &[text.to_string(), "1,25".to_string()]);
        }
    }
}
