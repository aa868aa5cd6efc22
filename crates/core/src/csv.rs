//! A small CSV writer for German spreadsheet programs (Excel, LibreOffice with German settings): UTF-8 with a byte
//! order mark (without it Excel reads UTF-8 as Windows-1252), `;` between cells (`,` is the decimal separator),
//! CRLF line ends, quoting as RFC 4180 says, numbers with a decimal comma, and a cell that a spreadsheet would run as
//! a formula (`=`, `+`, `-`, `@`, tab, carriage return) neutralised with a leading `'` (OWASP "CSV injection").
//! Generic: the desk's table uses it, and any other table the app offers as a spreadsheet can.

/// One cell: text as it is (neutralised and quoted as needed) or a number written with a decimal comma.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
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

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: &str = "\u{feff}";

/// The whole file: the byte order mark, then each row on its own CRLF-terminated line.
pub fn write(rows: &[Vec<Cell>]) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out
}

fn cell(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Number(value) if value.is_finite() => number(*value),
        Cell::Number(_) => String::new(),
        Cell::Text(text) => quote(&neutralise(text)),
    }
}

/// A number as German spreadsheets read it: decimal comma, no thousands separator, at most two decimals.
fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded}") };
    text.replace('.', ",")
}

/// A leading `'` before text a spreadsheet would take for a formula; Excel and LibreOffice show the text as it was.
fn neutralise(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// Quotes a cell holding `;`, `"`, a line break or edge spaces; quotes inside are doubled (RFC 4180).
fn quote(text: &str) -> String {
    let needs = text.contains([';', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_bom_semicolons_and_crlf() {
        let rows = vec![vec!["Name".into(), "Punkte".into()], vec!["Bäckerei".into(), Cell::Number(57.5)]];
        assert_eq!(write(&rows), "\u{feff}Name;Punkte\r\nBäckerei;57,5\r\n");
    }

    #[test]
    fn numbers_use_a_decimal_comma() {
        assert_eq!(cell(&Cell::Number(42.0)), "42");
        assert_eq!(cell(&Cell::Number(-3.0)), "-3");
        assert_eq!(cell(&Cell::Number(1.256)), "1,26");
        assert_eq!(cell(&Cell::Number(f64::NAN)), "");
        assert_eq!(cell(&Cell::Empty), "");
    }

    #[test]
    fn quotes_as_rfc_4180_says() {
        assert_eq!(cell(&"Müller; Söhne".into()), "\"Müller; Söhne\"");
        assert_eq!(cell(&"Der \"Betrieb\"".into()), "\"Der \"\"Betrieb\"\"\"");
        assert_eq!(cell(&"zwei\nZeilen".into()), "\"zwei\nZeilen\"");
        assert_eq!(cell(&"ohne".into()), "ohne");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for text in ["=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\tx"] {
            assert_eq!(cell(&text.into()).trim_matches('"').chars().next(), Some('\''), "{text}");
        }
        assert_eq!(cell(&"=1;2".into()), "\"'=1;2\"");
        assert_eq!(cell(&"Bau-Service".into()), "Bau-Service");
    }
}
