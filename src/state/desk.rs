//! The adviser's desk's data (`#/beratung`, issue 31): the firms loaded, what the last files did, the table's order
//! and filter, and the firm opened. Memory only: it never goes into `Saved` or any storage (the files hold company
//! names and answers), and it is lost when the tab closes unless the adviser saves the encrypted Mappe.
//!
//! Created on first use, on the app's root owner (not at start-up: the start page carries none of its code), so the
//! desk keeps its firms while the adviser opens a firm and comes back.

use leptos::prelude::*;

use crate::domain::date::CalendarDate;
use crate::domain::desk::{Added, Column, Desk, Filter, Row, rows, shown};
use crate::state::clock::local_date;
use crate::state::content;

/// The firms and what loading them did.
#[derive(Clone, Debug, Default)]
pub struct DeskData {
    pub desk: Desk,
    /// The table's rows in the order loaded, worked out once per change of the desk (sorting only reorders them).
    pub rows: Vec<Row<'static>>,
    /// What the last set of files did; announced in the status.
    pub last: Option<Added>,
    /// Firms were loaded since the Mappe was last saved: closing the tab asks first.
    pub unsaved: bool,
}

impl DeskData {
    fn refresh_rows(&mut self) {
        // A clock that gives no date (never seen) marks nothing overdue rather than everything.
        let today = local_date().unwrap_or(CalendarDate { year: 1970, month: 1, day: 1 });
        self.rows = rows(&self.desk, content::get_or_parse(), today);
    }
}

/// The desk's state. `Copy` handle; only this module writes the signals. The table's order, its filter and the firm
/// opened are signals of their own: sorting 200 firms notifies the table, not the load status (a live region that
/// would be said again) or whatever else reads the firms.
#[derive(Clone, Copy)]
pub struct DeskState {
    data: RwSignal<DeskData>,
    /// The column the table is sorted by and whether ascending; `None`: the order loaded.
    order: RwSignal<Option<(Column, bool)>>,
    filter: RwSignal<Filter>,
    /// The firm whose results are open (its key).
    opened: RwSignal<Option<String>>,
}

/// The desk's state: from context, or created on the root owner the first time the desk is shown.
pub fn use_desk_state() -> DeskState {
    use_context::<DeskState>().unwrap_or_else(|| {
        let mut root = Owner::current();
        while let Some(parent) = root.as_ref().and_then(Owner::parent) {
            root = Some(parent);
        }
        let create = || {
            let state = DeskState {
                data: RwSignal::new(DeskData::default()),
                order: RwSignal::new(None),
                filter: RwSignal::new(Filter::default()),
                opened: RwSignal::new(None),
            };
            provide_context(state);
            state
        };
        match root {
            Some(root) => root.with(create),
            None => create(),
        }
    })
}

impl DeskState {
    pub fn data(&self) -> ReadSignal<DeskData> {
        self.data.read_only()
    }

    pub fn order(&self) -> ReadSignal<Option<(Column, bool)>> {
        self.order.read_only()
    }

    pub fn filter(&self) -> ReadSignal<Filter> {
        self.filter.read_only()
    }

    pub fn opened(&self) -> ReadSignal<Option<String>> {
        self.opened.read_only()
    }

    /// The rows the table shows, as positions in [`DeskData::rows`]: the filter's, in the chosen order. Tracks
    /// firms, filter and order.
    pub fn shown(&self) -> Vec<usize> {
        let (filter, order) = (self.filter.get(), self.order.get());
        self.data.with(|data| shown(&data.rows, filter, order))
    }

    /// Whether firms live only in this tab.
    pub fn has_unsaved(&self) -> bool {
        self.data.with_untracked(|data| data.unsaved)
    }

    /// Result files join the desk: each is validated, the bad ones are listed with the reason.
    pub fn add_files(&self, files: &[(String, Vec<u8>)]) {
        self.data.update(|data| {
            let added = data.desk.add(files, content::get_or_parse());
            data.unsaved |= added.added > 0;
            data.last = Some(added);
            data.refresh_rows();
        });
    }

    /// The files of an opened Mappe join the desk; they are saved in that Mappe, so they add nothing unsaved (unless
    /// firms were unsaved before).
    pub fn add_opened(&self, files: &[(String, Vec<u8>)]) {
        let unsaved = self.has_unsaved();
        self.add_files(files);
        self.data.update(|data| data.unsaved = unsaved);
    }

    /// Takes a firm off the desk.
    pub fn remove_firm(&self, key: &str) {
        self.data.update(|data| {
            if data.desk.remove(key) {
                data.last = None;
                data.unsaved = !data.desk.is_empty();
                data.refresh_rows();
            }
        });
    }

    /// Sorts by `column`: ascending first, the other way round when it is sorted by it already.
    pub fn order_by(&self, column: Column) {
        self.order.update(|order| {
            let ascending = !matches!(*order, Some((current, true)) if current == column);
            *order = Some((column, ascending));
        });
    }

    pub fn set_filter(&self, filter: Filter) {
        self.filter.set(filter);
    }

    /// Opens a firm's results (`None`: back to the table).
    pub fn open(&self, key: Option<String>) {
        self.opened.set(key);
    }

    /// The Mappe was saved: nothing unsaved any more.
    pub fn mark_saved(&self) {
        self.data.update(|data| data.unsaved = false);
    }
}
