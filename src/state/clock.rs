//! The browser's clock and time zone, read in one place: views and the other state modules ask here, so a test or a
//! reader finds every read of the time at once.

use crate::domain::date::CalendarDate;

/// Milliseconds since the epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Now as an ISO date-time in UTC (`2026-03-03T13:05:00.000Z`); its first ten characters are today's date.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// The moment an ISO date-time names, in milliseconds since the epoch; `None` if the browser cannot read it.
pub fn parse_iso(iso: &str) -> Option<f64> {
    Some(js_sys::Date::parse(iso)).filter(|millis| millis.is_finite())
}

/// The local time zone's offset east of UTC, in minutes, at a moment (summer and winter time differ).
pub fn offset_at(millis: f64) -> i32 {
    let minutes_west = js_sys::Date::new(&millis.into()).get_timezone_offset();
    -(minutes_west as i32)
}

/// Hours and minutes of a moment on the local clock.
pub fn local_time(millis: f64) -> (u32, u32) {
    let local = js_sys::Date::new(&millis.into());
    (local.get_hours(), local.get_minutes())
}

/// Today in the user's time zone, for the report's dates and the plan's overdue marks; `None` only if the clock gives
/// no usable time.
pub fn local_date() -> Option<CalendarDate> {
    let now = now();
    CalendarDate::from_millis(now, offset_at(now))
}
