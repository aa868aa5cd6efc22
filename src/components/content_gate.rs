//! What a screen renders until what it waits for has arrived (`state::content`: the content, the screens' code): a
//! status line while it loads; after a failed request, what happened and a retry. It takes the screen's heading place
//! (`PAGE_TITLE`), so focus moves and the outline work as for any screen.

use leptos::prelude::*;

use super::focus::{PAGE_TITLE, focus_page_title};
use crate::state::content::{ContentState, Status};
use crate::state::use_app_state;

/// `status` is what the screen waits for (the root's choice); `content` asks again.
#[component]
pub fn ContentPending(content: ContentState, status: Status) -> impl IntoView {
    let t = use_app_state().t();
    if status == Status::Failed {
        let retry = move |_| {
            content.retry();
            // The button gives way to the status line; focus stays on this screen's heading.
            request_animation_frame(focus_page_title);
        };
        view! {
            <section class="page">
                <h1 id=PAGE_TITLE tabindex="-1">{t.content_failed_title}</h1>
                <p>{t.content_failed_text}</p>
                <button type="button" class="button button--primary" on:click=retry>{t.content_retry}</button>
            </section>
        }
        .into_any()
    } else {
        view! {
            <section class="page" aria-busy="true">
                <h1 id=PAGE_TITLE tabindex="-1">{t.content_loading}</h1>
            </section>
        }
        .into_any()
    }
}
