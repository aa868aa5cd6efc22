//! "Nächster Check am" (issue 30): when the firm means to check again. By default twelve months after the check (the
//! day of the last answer); the user may set another day on the plan. The start page, the plan, the report and the
//! calendar file all read the date through [`effective`], so they agree.

use super::date::CalendarDate;
use super::plan::is_iso_date;

/// Months from the check to the suggested re-check: a year gives measures time to work and matches the yearly
/// rhythm of staff talks and budgets.
pub const RECHECK_MONTHS: u32 = 12;

/// The re-check date: the one the user set (`chosen`, `YYYY-MM-DD`), else [`RECHECK_MONTHS`] after `checked_on`.
/// `None` without either (no answer given yet).
pub fn effective(chosen: &str, checked_on: Option<CalendarDate>) -> Option<CalendarDate> {
    is_iso_date(chosen)
        .then(|| CalendarDate::parse_iso(chosen, 0))
        .flatten()
        .or_else(|| checked_on.map(|date| date.add_months(RECHECK_MONTHS)))
}

/// Whether the re-check is due: its day has come or passed.
pub fn is_due(recheck: CalendarDate, today: CalendarDate) -> bool {
    today >= recheck
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u8, day: u8) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    #[test]
    fn twelve_months_after_the_check_unless_the_user_chose_a_day() {
        assert_eq!(effective("", Some(date(2026, 12, 6))), Some(date(2027, 12, 6)));
        assert_eq!(effective("2027-06-30", Some(date(2026, 12, 6))), Some(date(2027, 6, 30)));
        assert_eq!(effective("2027-02-30", Some(date(2026, 12, 6))), Some(date(2027, 12, 6)), "an impossible day");
        assert_eq!(effective("morgen", None), None);
        assert_eq!(effective("2027-06-30", None), Some(date(2027, 6, 30)));
    }

    #[test]
    fn due_on_the_day_and_after() {
        let recheck = date(2027, 12, 6);
        assert!(!is_due(recheck, date(2027, 12, 5)));
        assert!(is_due(recheck, date(2027, 12, 6)));
        assert!(is_due(recheck, date(2028, 1, 1)));
    }
}
