//! Notices about the user's data (storage unavailable, unreadable data kept aside, another tab's change) and the
//! save status. Both sit in polite live regions so screen readers hear them without losing their place.

use leptos::prelude::*;

use crate::domain::saved::Area;
use crate::i18n::Messages;
use crate::state::embed;
use crate::state::files::offer_file;
use crate::state::persist::Mode;
use crate::state::{Notice, use_app_state};

fn notice_text(notice: Notice, t: &'static Messages) -> &'static str {
    match notice {
        Notice::StorageUnavailable => t.notice_storage_unavailable,
        Notice::KeptAside => t.notice_kept_aside,
        Notice::UpdatedFromOtherTab => t.notice_updated_from_other_tab,
        Notice::DeletedInOtherTab => t.notice_deleted_in_other_tab,
        Notice::ForgottenInOtherTab => t.notice_forgotten_in_other_tab,
        Notice::SaveFailed => t.notice_save_failed,
        Notice::Deleted => t.notice_deleted,
        Notice::Imported => t.file_imported,
    }
}

/// The current notice, if any, with a button to close it. The live region itself always exists so that a new
/// notice is announced.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || {
                state.notice().get().map(|notice| {
                    view! {
                        <div class="notice" class:notice--warning=notice.is_warning() data-notice=notice.as_str()>
                            <p>{move || notice_text(notice, state.t())}</p>
                            {(notice == Notice::StorageUnavailable && embed::in_frame()).then(|| view! { <NewWindow/> })}
                            {notice.offers_export().then(|| view! {
                                <button type="button" on:click=move |_| offer_file(state)>
                                    {move || state.t().file_export}
                                </button>
                            })}
                            <button type="button" class="notice__close" on:click=move |_| state.dismiss_notice()>
                                {move || state.t().notice_dismiss}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// Where answers are being saved right now, in a few words.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let state = use_app_state();
    let text = move || {
        let t = state.t();
        match state.mode().get() {
            Mode::Stored(Area::Session) => t.saved_in_tab,
            Mode::Stored(Area::Local) => t.saved_on_device,
            Mode::Memory => t.saved_nowhere,
        }
    };
    view! {
        <p class="save-status" data-testid="save-status" data-mode=move || state.mode().get().as_str()>
            {text}
        </p>
    }
}

/// In a frame that may not store anything: continue in a new window of the app, with the current answers.
#[component]
fn NewWindow() -> impl IntoView {
    let state = use_app_state();
    let blocked = RwSignal::new(false);
    view! {
        <button type="button" on:click=move |_| {
            let opened = state.saved().with_untracked(embed::open_in_new_window);
            blocked.set(!opened);
        }>
            {move || state.t().open_new_window}
        </button>
        {move || blocked.get().then(|| view! { <p>{state.t().new_window_blocked}</p> })}
    }
}
