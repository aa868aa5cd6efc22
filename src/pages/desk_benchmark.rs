//! The regional benchmark built on the desk (issue 31): the same function as `make benchmark`
//! (`benchmark::build::build`) on the files the desk holds, its summary as a table, and `benchmark.json` to save.

use leptos::prelude::*;

use crate::domain::benchmark::build::{BuildError, Summary, build};
use crate::domain::benchmark::{Benchmark, K_MIN, Scope};
use crate::domain::date::CalendarDate;
use crate::domain::lang::Lang;
use crate::i18n::desk::{DeskTexts, desk_texts};
use crate::i18n::messages;
use crate::state::clock::now;
use crate::state::content;
use crate::state::desk::use_desk_state;
use crate::state::files::download;
use crate::state::use_app_state;

/// "Regionaler Vergleich aus dieser Mappe": a button builds it, the summary shows what went in and which groups are
/// written; with at least five firms a button saves `benchmark.json`.
#[component]
pub fn DeskBenchmark() -> impl IntoView {
    let desk = use_desk_state();
    let lang = use_app_state().lang().get();
    let d = desk_texts(lang);
    let built = RwSignal::new(None::<(Summary, Result<Benchmark, BuildError>)>);
    let make = move |_| {
        let files = desk.data().with_untracked(|data| data.desk.files());
        // The month in UTC, as the command line stamps it.
        let month = CalendarDate::from_millis(now(), 0).map(|date| format!("{:04}-{:02}", date.year, date.month));
        built.set(Some(build(&files, content::get_or_parse(), &month.unwrap_or_default())));
    };
    let save = move |_| {
        built.with_untracked(|built| {
            if let Some((_, Ok(benchmark))) = built
                && let Err(error) = download(&benchmark.to_json(), "benchmark.json")
            {
                leptos::logging::error!("benchmark not saved: {error:?}");
            }
        });
    };
    view! {
        <section class="card desk-benchmark no-print" aria-labelledby="desk-benchmark-title">
            <h2 id="desk-benchmark-title">{d.bench_title}</h2>
            <p>{d.bench_intro}</p>
            <p class="actions"><button type="button" on:click=make>{d.bench_build}</button></p>
            <div role="status" aria-live="polite" data-testid="desk-benchmark">
                {move || built.with(|built| built.as_ref().map(|(summary, result)| {
                    let outcome = match result {
                        Ok(_) => view! {
                            <p class="actions"><button type="button" class="button--primary" on:click=save>{d.bench_download}</button></p>
                        }.into_any(),
                        Err(_) => view! {
                            <p class="notice notice--warning">
                                {d.bench_too_few.replace("{n}", &summary.used.len().to_string()).replace("{k}", &K_MIN.to_string())}
                            </p>
                        }.into_any(),
                    };
                    view! { {summary_table(summary, d, lang)} {outcome} }
                }))}
            </div>
        </section>
    }
}

/// The summary `make benchmark` prints, as two tables: what went in, and each group with its firms.
fn summary_table(summary: &Summary, d: &'static DeskTexts, lang: Lang) -> impl IntoView + use<> {
    let t = messages(lang);
    let counts = [summary.read, summary.used.len(), summary.duplicates.len(), summary.earlier.len(), summary.rejected.len()];
    let counts = d.bench_counts.iter().zip(counts).map(|(label, n)| view! {
        <tr><th scope="row">{*label}</th><td class="num">{n}</td></tr>
    }).collect_view();
    let cells = summary.cells.iter().map(|(scope, n, written)| {
        let name = match scope {
            Scope::All => d.bench_all.to_string(),
            Scope::Size(band) => format!("{}: {}", d.columns[1], t.size_label(*band)),
            Scope::Sector(sector) => format!("{}: {}", d.columns[2], t.sector_label(*sector)),
        };
        let status = if *written { d.bench_yes.to_string() } else { d.bench_no.replace("{k}", &K_MIN.to_string()) };
        view! { <tr><th scope="row">{name}</th><td class="num">{*n}</td><td>{status}</td></tr> }
    }).collect_view();
    let [group, firms, written] = d.bench_columns;
    view! {
        <table class="table desk-benchmark__counts"><tbody>{counts}</tbody></table>
        <table class="table" data-testid="desk-benchmark-cells">
            <thead><tr><th scope="col">{group}</th><th scope="col">{firms}</th><th scope="col">{written}</th></tr></thead>
            <tbody>{cells}</tbody>
        </table>
    }
}
