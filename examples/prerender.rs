//! Pre-renders the German start page into index.html at build time, so it reads before the wasm runs.
//!
//! Run by Trunk's post-build hook (Trunk.toml) on the staged index.html: `cargo run --example prerender -- FILE`
//! (or with `TRUNK_STAGING_DIR` set). It fills the empty `<div id="prerender"></div>` of index.html with the markup
//! the app renders for a first visit — skip link, header (full and compact variant; CSS shows the one that applies),
//! the start page, footer — from the same `Messages` table and content the app uses, so the texts cannot drift. The
//! markup's shape is held equal to the mounted app's by e2e/prerender.test.mjs (same text, no layout shift).
//! `main` removes the node right before it mounts the app, in the same task, so nothing paints in between.
//! `public/start.js` hides it when the app will show something else (English, saved answers, another screen).

use std::path::PathBuf;

use arbeitgeber_check::domain::content::SHIPPED_STATEMENT_COUNT;
use arbeitgeber_check::i18n::{Lang, Messages, messages};
use arbeitgeber_check::domain::route::Screen;

const PLACEHOLDER: &str = r#"<div id="prerender"></div>"#;

fn main() {
    let path = match (std::env::args().nth(1), std::env::var("TRUNK_STAGING_DIR")) {
        (Some(file), _) => PathBuf::from(file),
        (None, Ok(dir)) => PathBuf::from(dir).join("index.html"),
        (None, Err(_)) => fail("usage: prerender INDEX_HTML (or set TRUNK_STAGING_DIR)"),
    };
    let html = std::fs::read_to_string(&path).unwrap_or_else(|error| fail(&format!("{}: {error}", path.display())));
    if html.matches(PLACEHOLDER).count() != 1 {
        fail(&format!("{}: expected exactly one {PLACEHOLDER}", path.display()));
    }
    let markup = start_page_shell(messages(Lang::De), SHIPPED_STATEMENT_COUNT);
    let filled = html.replace(PLACEHOLDER, &format!(r#"<div id="prerender">{markup}</div>"#));
    std::fs::write(&path, filled).unwrap_or_else(|error| fail(&format!("{}: {error}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("prerender: {message}");
    std::process::exit(1);
}

/// Escapes text for an HTML text node or a double-quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The whole page of a first visit, as `App` renders it for the start screen (no whitespace between elements, like
/// Leptos' output).
fn start_page_shell(t: &Messages, statements: usize) -> String {
    format!(
        r##"<a class="skip-link" href="#main">{skip}</a>{header}{embed_bar}<main id="main" tabindex="-1"><div class="notice-region" role="status" aria-live="polite"></div>{page}</main>{footer}"##,
        skip = escape(t.skip_link),
        header = header(t),
        embed_bar = embed_bar(t),
        page = start_page(t, statements),
        footer = footer(t),
    )
}

/// `components::header::Header` (full variant): the product name and the language switch. Links added to the header
/// go here too, in the same order as in the component.
fn header(t: &Messages) -> String {
    format!(
        r#"<header class="site-header"><div class="site-header__inner"><a class="site-header__name" href="{start}">{name}</a><span class="site-header__links">{easy}<nav aria-label="{label}">{switch}</nav></span></div></header>"#,
        start = Screen::Start.to_hash(),
        name = escape(t.app_name),
        easy = easy_language_link(t),
        label = escape(t.language_switch_label),
        switch = language_switch(t),
    )
}

/// `components::header::Header` in compact (embedded) mode; CSS shows it only with `html.embed`.
fn embed_bar(t: &Messages) -> String {
    format!(
        r#"<div class="embed-bar">{}<nav aria-label="{}">{}</nav></div>"#,
        easy_language_link(t),
        escape(t.language_switch_label),
        language_switch(t)
    )
}

/// The header's link to the Leichte-Sprache page, in both header variants.
fn easy_language_link(t: &Messages) -> String {
    format!(
        r#"<a class="easy-language-link" href="{}">{}</a>"#,
        Screen::EasyLanguage.to_hash(),
        escape(t.header_easy_language_link)
    )
}

/// The button that switches to English, in both header variants.
fn language_switch(t: &Messages) -> String {
    format!(r#"<button type="button" class="lang-switch" lang="en">{}</button>"#, escape(t.other_language_name))
}

/// `components::footer::Footer`: what the check is based on and its links, and its compact (embedded) variant
/// without the note; CSS shows the compact one only with `html.embed`. The host's imprint and privacy links come from
/// kammer.json at run time, so the pre-render has the app's own links only.
fn footer(t: &Messages) -> String {
    let links = format!(
        r#"<ul class="site-footer__links">{}{}</ul>"#,
        footer_link(Screen::Privacy, t.footer_privacy_link),
        footer_link(Screen::Accessibility, t.footer_accessibility_link),
    );
    format!(
        concat!(
            r#"<footer class="site-footer"><div class="site-footer__inner"><p>{note}</p>{links}</div></footer>"#,
            r#"<footer class="site-footer site-footer--compact"><div class="site-footer__inner">{links}</div></footer>"#,
        ),
        note = escape(t.footer_note),
        links = links,
    )
}

/// One footer link to a screen of the app.
fn footer_link(screen: Screen, text: &str) -> String {
    format!(r#"<li><a href="{}">{}</a></li>"#, screen.to_hash(), escape(text))
}

/// `pages::start::StartPage` without saved answers.
fn start_page(t: &Messages, statements: usize) -> String {
    let e = escape;
    let card = |title: &str, text: &str| {
        format!(r#"<section class="info-card"><h2>{}</h2><p>{}</p></section>"#, e(title), e(text))
    };
    format!(
        concat!(
            r#"<section class="page page--start">"#,
            r#"<h1 id="page-title" tabindex="-1">{title}</h1><p class="lead">{intro}</p><p class="facts">{facts}</p>"#,
            r#"<div class="actions"><a class="button button--primary button--large" href="{profile}">{start}</a></div>"#,
            r#"<div class="info-grid">{whom}{how}<section class="info-card"><h2>{data_title}</h2><p>{data}</p>"#,
            r#"<p><a href="{privacy}">{privacy_title}</a></p></section></div>"#,
            r#"<p class="team-link">{team_hint} <a href="{team}">{team_title}</a></p>{storage}</section>"#,
        ),
        title = e(t.start_title),
        intro = e(t.start_intro),
        facts = e(&t.start_facts.replace("{statements}", &statements.to_string())),
        profile = Screen::Profile.to_hash(),
        start = e(t.start_button),
        whom = card(t.start_for_whom_title, t.start_for_whom),
        how = card(t.start_how_title, t.start_how),
        data_title = e(t.start_data_title),
        data = e(t.start_data),
        privacy = Screen::Privacy.to_hash(),
        privacy_title = e(t.privacy_title),
        team_hint = e(t.team_link_hint),
        team = Screen::Team.to_hash(),
        team_title = e(t.team_title),
        storage = storage_choice(t),
    )
}

/// The start page's storage section as a first visit sees it: session storage, nothing to delete yet.
fn storage_choice(t: &Messages) -> String {
    let e = escape;
    format!(
        concat!(
            r#"<section class="storage-choice" aria-labelledby="storage-title"><h2 id="storage-title">{title}</h2>"#,
            r#"<div class="check"><input type="checkbox" id="remember" aria-describedby="remember-hint"/>"#,
            r#"<label for="remember">{remember}</label></div><p class="hint" id="remember-hint">{hint}</p>"#,
            r#"<p class="save-status" data-mode="Session">{status}</p>"#,
            r#"<section class="result-file"><h3 id="result-file-title">{file_title}</h3>"#,
            r#"<p class="hint">{file_hint}</p><div class="actions"><button type="button" id="file-export">{export}</button>"#,
            r#"<label class="button file-button">{import}<input type="file" accept=".json,application/json" class="visually-hidden" id="import-file"/></label>"#,
            r#"</div><div role="status" aria-live="polite"></div></section></section>"#,
        ),
        title = e(t.storage_title),
        remember = e(t.remember_label),
        hint = e(t.remember_hint),
        status = e(t.saved_in_tab),
        file_title = e(t.file_title),
        file_hint = e(t.file_hint),
        export = e(t.file_export),
        import = e(t.file_import),
    )
}
