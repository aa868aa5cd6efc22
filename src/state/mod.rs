//! Application state and its connection to the browser: the current screen (URL hash), the language, the user's
//! data and where it is saved. Views change data only through the methods here, so every change is saved at once.

pub mod embed;
pub mod kammer;
pub mod options;
pub mod persist;
pub mod route;
pub mod storage;

use leptos::prelude::*;

use crate::domain::answers::Answer;
use crate::domain::content::Content;
use crate::domain::lang::Lang;
use crate::domain::profile::Profile;
use crate::domain::saved::{Saved, newer_stored};
use crate::i18n::{Messages, messages};
use persist::{Mode, Persistence, Removal};
use route::Screen;

/// Something the user should be told about their data, shown in a polite live region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser allows no storage here: answers live in memory only.
    StorageUnavailable,
    /// Saved data could not be read; it was kept aside and the check starts empty.
    KeptAside,
    /// Another tab saved newer answers; they were taken over.
    UpdatedFromOtherTab,
    /// Another tab deleted all answers.
    DeletedInOtherTab,
    /// Another tab switched "remember on this device" off; this tab keeps its answers while it is open.
    ForgottenInOtherTab,
    /// Saving failed (e.g. storage full); answers are kept in memory from now on.
    SaveFailed,
    /// The user deleted all answers.
    Deleted,
    /// A result file was imported.
    Imported,
}

/// The state every view may read, provided once at the root as context. All fields are `Copy` handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    pub screen: RwSignal<Screen>,
    /// Answers, profile and language choice: what is saved.
    pub saved: RwSignal<Saved>,
    pub mode: RwSignal<Mode>,
    pub notice: RwSignal<Option<Notice>>,
    /// A statement to focus after the next screen change (from "next open statement" and the overview).
    pub focus_statement: RwSignal<Option<&'static str>>,
    persistence: StoredValue<Persistence>,
}

impl AppState {
    /// State for a page load: reads storage, keeps unreadable data aside, picks the language.
    pub fn start(url_lang: Option<Lang>, screen: Screen) -> Self {
        let persistence = Persistence::open();
        let startup = persistence.start(now());
        let saved = startup.loaded.saved;
        let notice = if startup.mode == Mode::Memory {
            Some(Notice::StorageUnavailable)
        } else if startup.kept_aside {
            Some(Notice::KeptAside)
        } else {
            None
        };
        AppState {
            lang: RwSignal::new(url_lang.or(saved.lang).unwrap_or_default()),
            screen: RwSignal::new(screen),
            saved: RwSignal::new(saved),
            mode: RwSignal::new(startup.mode),
            notice: RwSignal::new(notice),
            focus_statement: RwSignal::new(None),
            persistence: StoredValue::new(persistence),
        }
    }

    /// The UI texts in the current language (tracked).
    pub fn t(&self) -> &'static Messages {
        messages(self.lang.get())
    }

    /// The content of the check; the same for every state.
    pub fn content(&self) -> &'static Content {
        Content::shipped()
    }

    fn persistence(&self) -> Persistence {
        self.persistence.get_value()
    }

    pub fn can_remember(&self) -> bool {
        self.persistence().can_remember()
    }

    /// Applies one change and saves it. If another tab saved newer data meanwhile, the change is applied on top of
    /// that data instead of overwriting it.
    pub fn update(&self, change: impl FnOnce(&mut Saved)) {
        let mode = self.mode.get_untracked();
        let persistence = self.persistence();
        if mode == Mode::Local {
            let stored = persistence.read(Mode::Local);
            if let Some(newer) = self.saved.with_untracked(|current| newer_stored(current, stored.as_deref())) {
                self.saved.set(newer);
                self.notice.set(Some(Notice::UpdatedFromOtherTab));
            }
        }
        self.saved.update(|saved| {
            change(saved);
            saved.updated_at = now().max(saved.updated_at + 1.0);
        });
        let result = self.saved.with_untracked(|saved| persistence.write(mode, saved));
        if let Err(error) = result {
            leptos::logging::warn!("saving failed, continuing in memory: {error:?}");
            self.mode.set(Mode::Memory);
            self.notice.set(Some(Notice::SaveFailed));
        }
    }

    pub fn set_answer(&self, statement_id: &str, answer: Option<Answer>) {
        self.update(|saved| saved.answers.set(statement_id, answer));
    }

    pub fn update_profile(&self, change: impl FnOnce(&mut Profile)) {
        self.update(|saved| change(&mut saved.profile));
    }

    /// Switches the language, remembers the choice with the answers, and keeps a `?lang=` in the URL in step so a
    /// reload does not switch back.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.update(|saved| saved.lang = Some(lang));
        let window = window();
        let query = window.location().search().unwrap_or_default();
        if let Some(query) = options::with_lang(&query, lang) {
            let hash = window.location().hash().unwrap_or_default();
            let replaced = window.history().and_then(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")))
            });
            if let Err(error) = replaced {
                leptos::logging::warn!("could not update the URL's language: {error:?}");
            }
        }
    }

    /// Moves the data between this tab's storage and this device's storage, on the user's explicit choice.
    pub fn set_remember(&self, remember: bool) {
        let persistence = self.persistence();
        let (from, to) = if remember { (Mode::Session, Mode::Local) } else { (Mode::Local, Mode::Session) };
        let result = self.saved.with_untracked(|saved| persistence.write(to, saved));
        match result {
            Ok(()) => {
                if let Err(error) = persistence.remove(from, Removal::Forgotten) {
                    leptos::logging::error!("could not remove the old copy: {error:?}");
                }
                self.mode.set(to);
            }
            Err(error) => {
                leptos::logging::warn!("could not move the data: {error:?}");
                self.notice.set(Some(Notice::SaveFailed));
            }
        }
    }

    /// Replaces answers, profile, plan and language with an imported file's (the user has confirmed).
    pub fn replace_all(&self, imported: crate::domain::export::Imported) {
        // The time stamp is set by `update` when the data is saved.
        self.adopt(imported.into_saved(0.0));
        self.notice.set(Some(Notice::Imported));
    }

    /// Replaces this tab's data and language with `other` and saves it: for imports, and for the answers handed from
    /// a frame that could not store them (see `embed::open_in_new_window`).
    pub fn adopt(&self, other: Saved) {
        if let Some(lang) = other.lang {
            self.keep_lang(lang);
        }
        self.update(move |saved| {
            let updated_at = saved.updated_at;
            *saved = Saved { updated_at, ..other };
        });
    }

    /// Switches the language only when it differs: the page re-renders on every set of the signal.
    fn keep_lang(&self, lang: Lang) {
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
    }

    /// Deletes every trace of the user's data in this browser and starts over (the language stays).
    pub fn delete_all(&self) {
        self.persistence().delete_all();
        self.saved.set(Saved::new());
        if self.mode.get_untracked() == Mode::Local {
            self.mode.set(Mode::Session);
        }
        self.notice.set(Some(Notice::Deleted));
    }

    /// Another tab saved to the persistent copy (a `storage` event for the data key): take over newer data. If the
    /// copy vanished without a signal (e.g. cleared in the browser's settings), keep the answers in this tab.
    pub fn on_other_tab_change(&self, new_value: Option<String>) {
        if self.mode.get_untracked() != Mode::Local {
            return;
        }
        match new_value {
            None => self.on_other_tab_removal(Removal::Forgotten),
            Some(raw) => {
                if let Some(newer) = self.saved.with_untracked(|current| newer_stored(current, Some(&raw))) {
                    self.saved.set(newer);
                    self.notice.set(Some(Notice::UpdatedFromOtherTab));
                }
            }
        }
    }

    /// Another tab removed the persistent copy and said why (see `persist::SIGNAL_KEY`). A deletion empties this tab
    /// too; switching "remember" off leaves this tab's answers in this tab's own storage.
    pub fn on_other_tab_removal(&self, reason: Removal) {
        if self.mode.get_untracked() != Mode::Local {
            return;
        }
        self.mode.set(Mode::Session);
        let persistence = self.persistence();
        match reason {
            Removal::Deleted => {
                persistence.delete_all();
                self.saved.set(Saved::new());
                self.notice.set(Some(Notice::DeletedInOtherTab));
            }
            Removal::Forgotten => {
                let kept = self.saved.with_untracked(|saved| persistence.write(Mode::Session, saved));
                if kept.is_err() {
                    self.mode.set(Mode::Memory);
                }
                self.notice.set(Some(Notice::ForgottenInOtherTab));
            }
        }
    }
}

/// Milliseconds since the epoch.
fn now() -> f64 {
    js_sys::Date::now()
}

/// The state from context. Every view is rendered below [`crate::App`], which provides it, so a missing context is
/// a programming error.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
