//! Today's local date from the browser's clock, for the report's dates and the plan's overdue marks.

use crate::domain::date::CalendarDate;

/// Today in the user's time zone; `None` only if the clock gives no usable time.
pub fn today() -> Option<CalendarDate> {
    let now = js_sys::Date::new_0();
    CalendarDate::from_millis(now.get_time(), -(now.get_timezone_offset() as i32))
}
