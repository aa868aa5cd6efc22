//! Post-build step prerender (scripts/postbuild.mjs): puts the German start page of a first visit into index.html,
//! so it reads before the wasm runs. The markup is the app's own: `app::first_visit_html` renders the components
//! `App` mounts to HTML (Leptos' `RenderHtml::to_html`), so the pre-render cannot drift from the app; e2e/prerender.test.mjs
//! holds the two equal on screen (same text, same boxes, no layout shift when the app takes over).
//! `main` removes the node right before it mounts the app, in the same task, so nothing paints in between;
//! `public/start.js` hides it when the app will show something else (English, saved answers, another screen).
//!
//!   cargo run --example prerender -- INDEX_HTML

use std::path::PathBuf;

use arbeitgeber_check::app::first_visit_html;

const PLACEHOLDER: &str = r#"<div id="prerender"></div>"#;

fn main() {
    let Some(path) = std::env::args().nth(1).map(PathBuf::from) else {
        fail("usage: prerender INDEX_HTML");
    };
    let html = std::fs::read_to_string(&path).unwrap_or_else(|error| fail(&format!("{}: {error}", path.display())));
    if html.matches(PLACEHOLDER).count() != 1 {
        fail(&format!("{}: expected exactly one {PLACEHOLDER} (index.html)", path.display()));
    }
    let filled = html.replace(PLACEHOLDER, &format!(r#"<div id="prerender">{}</div>"#, first_visit_html()));
    std::fs::write(&path, filled).unwrap_or_else(|error| fail(&format!("{}: {error}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("post-build step prerender: {message}");
    std::process::exit(1);
}
