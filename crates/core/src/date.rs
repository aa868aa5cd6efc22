//! Calendar dates as people read them ("3. März 2026", "3 March 2026"), from the two kinds of time stamp the app
//! keeps: milliseconds since the epoch (snapshots, like `Saved::updated_at`) and ISO texts (a result file's
//! `exported_at`, written by `Date.toISOString()`).
//!
//! Pure: the caller passes the local time zone's offset for that moment (in the browser, `-getTimezoneOffset()` of
//! a `Date` at the same instant), so the date shown is the user's local date, not the UTC one.

use super::lang::Lang;

const MS_PER_MINUTE: i64 = 60_000;
const MS_PER_DAY: i64 = 86_400_000;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct CalendarDate {
    pub year: i32,
    /// 1–12
    pub month: u8,
    /// 1–31, valid for the month
    pub day: u8,
}

impl CalendarDate {
    /// A valid date, or `None` (30 February, month 13, …).
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(CalendarDate {
            year,
            month,
            day,
        })
    }

    /// The local date of a moment: `millis` since the epoch, `offset_minutes` east of UTC (Berlin: 60 or 120).
    /// `None` for a time stamp that is not a finite number within ±100,000 years.
    pub fn from_millis(millis: f64, offset_minutes: i32) -> Option<CalendarDate> {
        if !millis.is_finite() || millis.abs() > 3.0e18 {
            return None;
        }
        let local = millis.floor() as i64 + i64::from(offset_minutes) * MS_PER_MINUTE;
        Some(from_days(local.div_euclid(MS_PER_DAY)))
    }

    /// Reads `YYYY-MM-DD` as that date, and `YYYY-MM-DDTHH:MM[:SS[.fff]]Z` (UTC, as `toISOString` writes it) as
    /// the local date at that moment. Anything else is `None`.
    pub fn parse_iso(text: &str, offset_minutes: i32) -> Option<CalendarDate> {
        let text = text.trim();
        let date = parse_ymd(text.get(..10)?)?;
        let rest = &text[10..];
        if rest.is_empty() {
            return Some(date);
        }
        let time = rest.strip_prefix('T')?.strip_suffix('Z')?;
        let hours: i64 = two_digits(time.get(..2)?)?;
        let minutes: i64 = two_digits(time.get(3..5)?)?;
        let seconds_ok = match time.get(5..) {
            Some("") => true,
            Some(seconds) => {
                let seconds = seconds.strip_prefix(':')?;
                let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
                two_digits::<u8>(whole).is_some_and(|s| s < 60) && fraction.bytes().all(|b| b.is_ascii_digit())
            }
            None => false,
        };
        if time.as_bytes().get(2) != Some(&b':') || hours > 23 || minutes > 59 || !seconds_ok {
            return None;
        }
        let millis = to_days(date) * MS_PER_DAY + (hours * 60 + minutes) * MS_PER_MINUTE;
        CalendarDate::from_millis(millis as f64, offset_minutes)
    }

    /// The date written out as in running text: "3. März 2026" / "3 March 2026".
    pub fn format(self, lang: Lang) -> String {
        let CalendarDate { year, month, day } = self;
        match lang {
            Lang::De => format!("{day}. {} {year}", month_name(lang, month)),
            Lang::En => format!("{day} {} {year}", month_name(lang, month)),
        }
    }
}

impl CalendarDate {
    /// The date in a table or a line of facts: "28.2.2027" / "28 Feb 2027" (the report's dates, issue 26).
    pub fn format_short(self, lang: Lang) -> String {
        let CalendarDate { year, month, day } = self;
        match lang {
            Lang::De => format!("{day}.{month}.{year}"),
            Lang::En => format!("{day} {} {year}", month_name(lang, month).get(..3).unwrap_or_default()),
        }
    }
}

impl CalendarDate {
    /// The same day `months` later; a day the target month lacks becomes its last day (31 March + 11 months is
    /// 29 February in a leap year), as people count "in twelve months".
    pub fn add_months(self, months: u32) -> CalendarDate {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(months);
        let year = index.div_euclid(12) as i32;
        let month = (index.rem_euclid(12) + 1) as u8;
        CalendarDate { year, month, day: self.day.min(days_in_month(year, month)) }
    }

    /// The following day.
    pub fn next_day(self) -> CalendarDate {
        from_days(to_days(self) + 1)
    }

    /// Month and year: "März 2027" / "March 2027" (the Aushang's "bis").
    pub fn format_month(self, lang: Lang) -> String {
        format!("{} {}", month_name(lang, self.month), self.year)
    }

    /// `YYYY-MM-DD`, as `<input type=date>` and the saved data write a date.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A plan's due date (`YYYY-MM-DD`) as [`CalendarDate::format_short`] writes it; any other text as it is.
pub fn short_due_date(iso: &str, lang: Lang) -> String {
    match CalendarDate::parse_iso(iso, 0).filter(|_| iso.trim().len() == 10) {
        Some(date) => date.format_short(lang),
        None => iso.to_string(),
    }
}

fn month_name(lang: Lang, month: u8) -> &'static str {
    match (lang, month) {
        (Lang::De, 1) => "Januar",
        (Lang::De, 2) => "Februar",
        (Lang::De, 3) => "März",
        (Lang::De, 4) => "April",
        (Lang::De, 5) => "Mai",
        (Lang::De, 6) => "Juni",
        (Lang::De, 7) => "Juli",
        (Lang::De, 8) => "August",
        (Lang::De, 9) => "September",
        (Lang::De, 10) => "Oktober",
        (Lang::De, 11) => "November",
        (Lang::De, _) => "Dezember",
        (Lang::En, 1) => "January",
        (Lang::En, 2) => "February",
        (Lang::En, 3) => "March",
        (Lang::En, 4) => "April",
        (Lang::En, 5) => "May",
        (Lang::En, 6) => "June",
        (Lang::En, 7) => "July",
        (Lang::En, 8) => "August",
        (Lang::En, 9) => "September",
        (Lang::En, 10) => "October",
        (Lang::En, 11) => "November",
        (Lang::En, _) => "December",
    }
}

fn parse_ymd(text: &str) -> Option<CalendarDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    if !text[..4].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = text[..4].parse().ok()?;
    CalendarDate::new(year, two_digits(&text[5..7])?, two_digits(&text[8..10])?)
}

fn two_digits<T: TryFrom<u8>>(text: &str) -> Option<T> {
    match text.as_bytes() {
        [a @ b'0'..=b'9', b @ b'0'..=b'9'] => T::try_from((a - b'0') * 10 + (b - b'0')).ok(),
        _ => None,
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
fn to_days(date: CalendarDate) -> i64 {
    let month = i64::from(date.month);
    let year = i64::from(date.year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(date.day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`to_days`] (Hinnant's `civil_from_days`).
fn from_days(days: i64) -> CalendarDate {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
    let month = (if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 }) as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    CalendarDate { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_days_are_added_as_people_count_them() {
        assert_eq!(date(2026, 12, 6).add_months(12), date(2027, 12, 6));
        assert_eq!(date(2027, 3, 31).add_months(11), date(2028, 2, 29), "the month's last day");
        assert_eq!(date(2026, 11, 30).add_months(3), date(2027, 2, 28));
        assert_eq!(date(2026, 12, 31).next_day(), date(2027, 1, 1));
        assert_eq!(date(2028, 2, 28).next_day(), date(2028, 2, 29));
        assert_eq!(date(2027, 3, 5).iso(), "2027-03-05");
        assert_eq!(date(2027, 3, 5).format_month(Lang::De), "März 2027");
        assert_eq!(date(2027, 3, 5).format_month(Lang::En), "March 2027");
    }

    #[test]
    fn short_dates_read_as_people_write_them() {
        let date = CalendarDate::new(2027, 2, 28).unwrap();
        assert_eq!(date.format_short(Lang::De), "28.2.2027");
        assert_eq!(date.format_short(Lang::En), "28 Feb 2027");
        assert_eq!(short_due_date("2027-02-28", Lang::De), "28.2.2027");
        assert_eq!(short_due_date("2027-09-05", Lang::En), "5 Sep 2027");
        assert_eq!(short_due_date("", Lang::De), "");
        assert_eq!(short_due_date("2027-02-30", Lang::De), "2027-02-30", "an impossible date stays as written");
    }

    fn date(year: i32, month: u8, day: u8) -> CalendarDate {
        CalendarDate::new(year, month, day).unwrap()
    }

    #[test]
    fn formats_in_both_languages() {
        assert_eq!(date(2026, 3, 3).format(Lang::De), "3. März 2026");
        assert_eq!(date(2026, 3, 3).format(Lang::En), "3 March 2026");
        assert_eq!(date(2025, 12, 31).format(Lang::De), "31. Dezember 2025");
        assert_eq!(date(2027, 5, 1).format(Lang::En), "1 May 2027");
    }

    #[test]
    fn every_month_has_its_own_name() {
        for lang in Lang::ALL {
            let names: std::collections::BTreeSet<&str> = (1..=12).map(|m| month_name(lang, m)).collect();
            assert_eq!(names.len(), 12);
        }
    }

    #[test]
    fn millis_give_the_local_date() {
        // 2026-03-03T00:00:00Z
        let midnight_utc = 1_772_496_000_000.0;
        assert_eq!(CalendarDate::from_millis(midnight_utc, 0), Some(date(2026, 3, 3)));
        assert_eq!(CalendarDate::from_millis(midnight_utc - 1.0, 0), Some(date(2026, 3, 2)));
        // 23:30 UTC on 2 March is already 3 March in Berlin (UTC+1).
        assert_eq!(CalendarDate::from_millis(midnight_utc - 1_800_000.0, 60), Some(date(2026, 3, 3)));
        assert_eq!(CalendarDate::from_millis(0.0, 0), Some(date(1970, 1, 1)));
        assert_eq!(CalendarDate::from_millis(-1.0, 0), Some(date(1969, 12, 31)));
        assert_eq!(CalendarDate::from_millis(f64::NAN, 0), None);
        assert_eq!(CalendarDate::from_millis(f64::INFINITY, 0), None);
    }

    #[test]
    fn day_numbers_round_trip_over_four_centuries() {
        let mut expected = date(1900, 1, 1);
        for days in to_days(expected)..to_days(date(2300, 1, 1)) {
            let found = from_days(days);
            assert_eq!(found, expected);
            assert_eq!(to_days(found), days);
            expected = CalendarDate::new(found.year, found.month, found.day + 1)
                .or_else(|| CalendarDate::new(found.year, found.month + 1, 1))
                .unwrap_or(date(found.year + 1, 1, 1));
        }
    }

    #[test]
    fn parses_iso_dates_and_utc_times() {
        assert_eq!(CalendarDate::parse_iso("2026-03-03", 120), Some(date(2026, 3, 3)));
        assert_eq!(CalendarDate::parse_iso("2026-03-03T10:00:00.000Z", 60), Some(date(2026, 3, 3)));
        assert_eq!(CalendarDate::parse_iso("2026-03-03T23:30:00Z", 60), Some(date(2026, 3, 4)));
        assert_eq!(CalendarDate::parse_iso("2026-03-03T00:10Z", -120), Some(date(2026, 3, 2)));
        assert_eq!(CalendarDate::parse_iso("2024-02-29", 0), Some(date(2024, 2, 29)));
        for bad in [
            "",
            "2026-3-3",
            "2025-02-29",
            "2026-13-01",
            "2026-03-03T25:00:00Z",
            "2026-03-03T10:00:00+01:00",
            "2026-03-03T10:00:61Z",
            "2026-03-03 10:00",
            "03.03.2026",
            "2026-03-03T1a:00Z",
            "+026-03-03",
            "2026-03-0ä",
        ] {
            assert_eq!(CalendarDate::parse_iso(bad, 0), None, "{bad}");
        }
    }
}
