//! "Beratungsmappe" (`#/beratung`, issue 31): a chamber adviser loads the result files firms sent (picker or drag and
//! drop), sees one row per firm in a sortable, filterable table, opens a firm's results, prints a Gesprächsblatt,
//! saves the table as a spreadsheet and builds the regional benchmark from the files. Memory only (`state::desk`);
//! closing the tab with unsaved firms asks first.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::focus::PAGE_TITLE;
use super::desk_benchmark::DeskBenchmark;
use super::desk_firm::{DeskFirm, open_button_id};
use super::desk_mappe::DeskMappe;
use crate::domain::compare::format_delta;
use crate::domain::csv;
use crate::domain::desk::{Column, Filter, Row};
use crate::domain::lang::Lang;
use crate::domain::profile::{Sector, SizeBand};
use crate::i18n::desk::{DeskTexts, desk_texts};
use crate::i18n::messages;
use crate::state::clock::now_iso;
use crate::state::desk::{DeskState, use_desk_state};
use crate::state::files::{chosen_files, download_as, dropped_files, files_of, read_files};
use crate::state::use_app_state;

/// The desk screen.
#[component]
pub fn DeskPage() -> impl IntoView {
    let state = use_app_state();
    let desk = use_desk_state();
    let lang = state.lang().get();
    let t = messages(lang);
    let d = desk_texts(lang);
    let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
        if desk.has_unsaved() {
            event.prevent_default();
            event.set_return_value(d.memory_note);
        }
    });
    on_cleanup(move || unload.remove());
    // Only opening and closing a firm swaps the view; sorting or loading re-renders just the parts that show them.
    let opened = move || {
        let key = desk.opened().get()?;
        desk.data().with_untracked(|data| data.desk.firm(&key).cloned())
    };
    let has_firms = move || desk.data().with(|data| !data.desk.is_empty());
    view! {
        <section class="page page--desk">
            <h1 id=PAGE_TITLE tabindex="-1" class="no-print">{t.desk_title}</h1>
            {move || match opened() {
                Some(firm) => view! { <DeskFirm firm=firm/> }.into_any(),
                None => view! {
                    <p class="lead no-print">{d.intro}</p>
                    <p class="notice no-print" data-testid="desk-memory-note">{d.memory_note}</p>
                    <LoadArea/>
                    <LoadStatus/>
                    <Show when=has_firms>
                        <FirmTable/>
                        <DeskBenchmark/>
                    </Show>
                    <DeskMappe/>
                }.into_any(),
            }}
        </section>
    }
}

/// The drop zone with the multi-file picker, the keyboard path.
#[component]
fn LoadArea() -> impl IntoView {
    let desk = use_desk_state();
    let d = desk_texts(use_app_state().lang().get());
    let dragging = RwSignal::new(false);
    let on_pick = move |event: leptos::ev::Event| {
        read_files(chosen_files(&event), move |files| desk.add_files(&files));
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        read_files(files_of(dropped_files(&event)), move |files| desk.add_files(&files));
    };
    view! {
        <section class="dropzone no-print" class:dropzone--active=move || dragging.get()
            aria-labelledby="desk-load-title"
            on:dragover=move |event: leptos::ev::DragEvent| { event.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h2 id="desk-load-title" tabindex="-1">{d.load_title}</h2>
            <p class="hint">{d.load_hint}</p>
            <div class="actions">
                <label class="button button--primary file-button">
                    {d.pick}
                    <input type="file" multiple accept=".json,application/json" class="visually-hidden" on:change=on_pick/>
                </label>
            </div>
        </section>
    }
}

/// What the last files did and the files left out with the reason, announced politely.
#[component]
fn LoadStatus() -> impl IntoView {
    let desk = use_desk_state();
    let lang = use_app_state().lang().get();
    let d = desk_texts(lang);
    view! {
        <div role="status" aria-live="polite" class="team-status no-print">
            {move || desk.data().with(|data| data.last.as_ref().map(|last| {
                let summary = d.status.replace("{added}", &last.added.to_string())
                    .replace("{left}", &last.refused.len().to_string())
                    .replace("{firms}", &data.desk.firms().len().to_string())
                    .replace("{files}", &data.desk.file_count().to_string());
                let refused = (!last.refused.is_empty()).then(|| {
                    let items = last.refused.iter().map(|refused| view! {
                        <li><strong>{refused.file_name.clone()}</strong>": "{d.refusal(&refused.reason, lang)}</li>
                    }).collect_view();
                    view! { <h2>{d.refused_title}</h2><ul class="team-rejected" data-testid="desk-refused">{items}</ul> }
                });
                view! { <p data-testid="desk-summary">{summary}</p>{refused} }
            }))}
        </div>
    }
}

/// The filters, the table of firms (its headers sort) and the spreadsheet download.
#[component]
fn FirmTable() -> impl IntoView {
    let desk = use_desk_state();
    let lang = use_app_state().lang().get();
    let d = desk_texts(lang);
    // What each row shows, worked out once per change of the firms (not per sort); which of them each position shows,
    // once per change of firms, filter or order.
    let lines = Memo::new(move |_| {
        desk.data().with(|data| data.rows.iter().map(|row| Arc::new(Line::of(row, d, lang))).collect::<Vec<_>>())
    });
    let shown = Memo::new(move |_| desk.shown());
    let headers = Column::ALL.into_iter().map(|column| header(desk, d, column)).collect_view();
    view! {
        <section class="desk-firms" aria-labelledby="desk-table-title">
            <h2 id="desk-table-title">{d.table_title}</h2>
            <Filters/>
            <p role="status" aria-live="polite" data-testid="desk-sort-status">{move || sort_status(desk, d, shown.with(Vec::len))}</p>
            <div class="table-scroll" role="region" aria-labelledby="desk-table-title desk-scroll-hint" tabindex="0">
                <span id="desk-scroll-hint" class="visually-hidden">{d.scroll_label}</span>
                // The roles restate the elements' own: the rows are laid out as grids (style/screens.css), and some
                // screen readers drop a table's semantics once its elements' display changes.
                <table class="table desk-table" role="table">
                    <thead role="rowgroup"><tr role="row">{headers}</tr></thead>
                    // One slot per position, keyed by it: sorting rewrites the texts of the rows in place. Moving 200
                    // rows instead makes the browser take each out of its layout tree and put it back, which took
                    // about twice as long at 4x CPU (issue 31: a sort within 100 ms).
                    <tbody role="rowgroup">
                        <For each=move || 0..shown.with(Vec::len) key=|index| *index children=move |index| firm_row(desk, lines, shown, index)/>
                    </tbody>
                </table>
            </div>
            {move || shown.with(Vec::is_empty).then(|| view! { <p>{d.none_shown}</p> })}
            <p class="actions no-print">
                <button type="button" on:click=move |_| save_csv(desk, d, lang, shown.get_untracked())>{d.csv_save}</button>
            </p>
        </section>
    }
}

/// A column's heading: a button that sorts by it; `aria-sort` says how the table is sorted.
fn header(desk: DeskState, d: &'static DeskTexts, column: Column) -> impl IntoView + use<> {
    let sort = move || {
        desk.order().with(|order| match *order {
            Some((current, true)) if current == column => "ascending",
            Some((current, false)) if current == column => "descending",
            _ => "none",
        })
    };
    view! {
        <th scope="col" role="columnheader" class:num=column.is_number() aria-sort=sort>
            <button type="button" class="sort-button" on:click=move |_| desk.order_by(column)>
                {d.column(column)}
                <span class="sort-button__mark" aria-hidden="true">
                    {move || match sort() { "ascending" => "▲", "descending" => "▼", _ => "" }}
                </span>
            </button>
        </th>
    }
}

/// "30 Betriebe, sortiert nach Gesamt, absteigend." for the `shown` rows.
fn sort_status(desk: DeskState, d: &'static DeskTexts, shown: usize) -> String {
    let count = shown.to_string();
    match desk.order().get() {
        Some((column, ascending)) => d
            .sorted
            .replace("{count}", &count)
            .replace("{column}", d.column(column))
            .replace("{direction}", if ascending { d.ascending } else { d.descending }),
        None => d.unsorted.replace("{count}", &count),
    }
}

/// What a row shows of a firm, as text: a slot re-renders only when the firm at its position changes.
#[derive(PartialEq, Eq)]
struct Line {
    key: String,
    /// In [`Column::ALL`] order; the focus cell is shown from `focus_shown` and `focus_said` instead.
    cells: [String; 10],
    /// "2 Checks", when the firm has more than one; empty otherwise.
    checks: String,
    /// The focus goals by number ("6.1, 3.1"), as shown.
    focus_shown: String,
    /// The focus goals by number and title, as said.
    focus_said: String,
    /// "fällig", "überfällig"; empty otherwise.
    recheck: &'static str,
}

impl Line {
    fn of(row: &Row<'_>, d: &DeskTexts, lang: Lang) -> Self {
        Line {
            key: row.key.clone(),
            cells: cells(row, d, lang),
            checks: if row.checks > 1 { format!("{} {}", row.checks, d.checks) } else { String::new() },
            focus_shown: row.focus.iter().map(|goal| goal.id.as_str()).collect::<Vec<_>>().join(", "),
            focus_said: row.focus.iter().map(|goal| format!("{} {}", goal.id, goal.plain_title.get(lang))).collect::<Vec<_>>().join(", "),
            recheck: row.recheck.and_then(|(_, state)| d.recheck(state)).unwrap_or_default(),
        }
    }
}

/// The row at position `index` of the table. The company name is text, whatever it holds.
fn firm_row(desk: DeskState, lines: Memo<Vec<Arc<Line>>>, shown: Memo<Vec<usize>>, index: usize) -> impl IntoView + use<> {
    // The firm this position shows; its parts re-render when another firm comes here (a sort) or its line changes.
    // Its parts read this memo, not `lines`: 2,800 readers of one signal made each re-subscription slow (213 ms).
    let line = Memo::new(move |_| {
        let at = shown.with(|shown| shown.get(index).copied())?;
        lines.with(|lines| lines.get(at).cloned())
    });
    let read = move |part: &dyn Fn(&Line) -> String| line.with(|line| line.as_deref().map(part).unwrap_or_default());
    // Every part is a text (empty when there is nothing to show, hidden by style), so a sort only sets texts.
    let text = move |part: fn(&Line) -> String| move || read(&part);
    let cell = move |column: usize| move || read(&|line: &Line| line.cells[column].clone());
    let id = move || read(&|line: &Line| open_button_id(&line.key));
    let open = move |_| {
        let key = untrack(|| read(&|line: &Line| line.key.clone()));
        if !key.is_empty() {
            open_firm(desk, key);
        }
    };
    view! {
        <tr role="row">
            <th scope="row" role="rowheader">
                <button type="button" class="link-button" id=id on:click=open>{cell(0)}</button>
                // Its own line; the space keeps it a word of its own where the cell's text is read as one.
                " "<span class="hint desk-checks">{text(|line| line.checks.clone())}</span>
            </th>
            <td role="cell">{cell(1)}</td>
            <td role="cell">{cell(2)}</td>
            <td role="cell">{cell(3)}</td>
            <td role="cell" class="num">{cell(4)}</td>
            <td role="cell" class="num">{cell(5)}</td>
            <td role="cell" class="num">{cell(6)}</td>
            // The goals by number, their titles for screen readers (the spreadsheet has them in full).
            <td role="cell">
                <span aria-hidden="true">{text(|line| line.focus_shown.clone())}</span>
                <span class="visually-hidden">{text(|line| line.focus_said.clone())}</span>
            </td>
            <td role="cell" class="num">{cell(8)}</td>
            <td role="cell">{cell(9)}<span class="desk-badge">{text(|line| line.recheck.to_string())}</span></td>
        </tr>
    }
}

/// Opens a firm's results; focus goes to its name, the heading of what opened.
fn open_firm(desk: DeskState, key: String) {
    desk.open(Some(key));
    request_animation_frame(|| crate::components::focus::focus_by_id("desk-firm-title"));
}

/// The row's cells as text in [`Column::ALL`] order (the table and the spreadsheet agree); "–" for no value.
fn cells(row: &Row<'_>, d: &DeskTexts, lang: Lang) -> [String; 10] {
    let t = messages(lang);
    let dash = || "–".to_string();
    let focus: Vec<String> = row.focus.iter().map(|goal| format!("{} {}", goal.id, goal.plain_title.get(lang))).collect();
    [
        if row.name.is_empty() { d.no_name.to_string() } else { row.name.clone() },
        row.size.map_or_else(dash, |size| t.size_label(size).to_string()),
        row.sector.map_or_else(dash, |sector| t.sector_label(sector).to_string()),
        row.last_check.map_or_else(dash, |date| date.format_short(lang)),
        row.overall.map_or_else(dash, |score| score.to_string()),
        row.change.map_or_else(dash, format_delta),
        row.open_duties.to_string(),
        if focus.is_empty() { dash() } else { focus.join(" / ") },
        row.overdue.to_string(),
        row.recheck.map_or_else(dash, |(date, _)| date.format_short(lang)),
    ]
}

/// The size and sector filters.
#[component]
fn Filters() -> impl IntoView {
    let desk = use_desk_state();
    let lang = use_app_state().lang().get();
    let t = messages(lang);
    let d = desk_texts(lang);
    let filter = move || desk.filter().get_untracked();
    let on_size = move |event: leptos::ev::Event| {
        desk.set_filter(Filter { size: SizeBand::parse(&event_target_value(&event)), ..filter() });
    };
    let on_sector = move |event: leptos::ev::Event| {
        desk.set_filter(Filter { sector: Sector::parse(&event_target_value(&event)), ..filter() });
    };
    let sizes = SizeBand::ALL.into_iter().map(|size| view! { <option value=size.as_str()>{t.size_label(size)}</option> }).collect_view();
    let sectors = Sector::ALL.into_iter().map(|sector| view! { <option value=sector.as_str()>{t.sector_label(sector)}</option> }).collect_view();
    view! {
        <fieldset class="desk-filters no-print">
            <legend>{d.filter_title}</legend>
            <label for="desk-filter-size">{d.columns[1]}</label>
            <select id="desk-filter-size" on:change=on_size>
                <option value="">{d.all}</option>{sizes}
            </select>
            <label for="desk-filter-sector">{d.columns[2]}</label>
            <select id="desk-filter-sector" on:change=on_sector>
                <option value="">{d.all}</option>{sectors}
            </select>
        </fieldset>
    }
}

/// "Als Tabelle speichern": the rows as shown (filter and order) as a CSV file for German Excel.
fn save_csv(desk: DeskState, d: &'static DeskTexts, lang: Lang, order: Vec<usize>) {
    let rows: Vec<Row<'static>> =
        desk.data().with_untracked(|data| order.into_iter().filter_map(|i| data.rows.get(i).cloned()).collect());
    let mut table = vec![d.columns.iter().map(|heading| csv::Cell::from(*heading)).collect::<Vec<_>>()];
    for row in &rows {
        let text = cells(row, d, lang);
        table.push(vec![
            text[0].clone().into(),
            text[1].clone().into(),
            text[2].clone().into(),
            text[3].clone().into(),
            row.overall.map_or(csv::Cell::Empty, |v| csv::Cell::Number(f64::from(v), 0)),
            row.change.map_or(csv::Cell::Empty, |v| csv::Cell::Number(f64::from(v), 0)),
            csv::Cell::Number(row.open_duties as f64, 0),
            text[7].clone().into(),
            csv::Cell::Number(row.overdue as f64, 0),
            text[9].clone().into(),
        ]);
    }
    let date = now_iso();
    let name = format!("{}-{}.csv", d.csv_file, date.get(..10).unwrap_or_default());
    if let Err(error) = download_as(&csv::write(&table), &name, csv::MEDIA_TYPE) {
        leptos::logging::error!("spreadsheet not saved: {error:?}");
    }
}
