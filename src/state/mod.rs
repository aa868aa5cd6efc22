//! Application state and its connection to the browser: the current screen (URL hash), the language, the user's
//! data and where it is saved. Views read through the accessors and change things only through the named intent
//! methods here, so every change is saved at once and no view writes a signal or storage itself.

pub mod benchmark;
pub mod clipboard;
pub mod clock;
pub mod compare;
pub mod content;
pub mod desk;
pub mod embed;
pub mod fetch;
pub mod files;
pub mod followup;
pub mod kammer;
pub mod mappe;
pub mod other_tabs;
pub mod persist;
pub mod recheck;
pub mod split;
pub mod storage;
pub mod team;

use leptos::prelude::*;

use crate::domain::answers::Answer;
use crate::domain::duties::DutyAnswer;
use crate::domain::export::Imported;
use crate::domain::lang::Lang;
pub use crate::domain::notice::Notice;
use crate::domain::plan::{PlanEntry, Status};
use crate::domain::profile::{MAX_COMPANY_NAME, Profile, Role, Sector, SizeBand};
use crate::domain::route::Screen;
use crate::domain::saved::{Area, Saved, newer_stored};
use crate::domain::snapshot::SnapshotError;
use crate::i18n::{Messages, messages};
use clock::now;
use other_tabs::Removal;
use persist::{Mode, Persistence};

/// The state every view may read, provided once at the root as context. `Copy` handles only; the signals are private
/// so that only this module writes them.
#[derive(Clone, Copy)]
pub struct AppState {
    lang: RwSignal<Lang>,
    screen: RwSignal<Screen>,
    /// Answers, profile, plan and language choice: what is saved.
    saved: RwSignal<Saved>,
    mode: RwSignal<Mode>,
    notice: RwSignal<Option<Notice>>,
    /// A statement to focus after the next screen change (from "next open statement" and the overview).
    focus_statement: RwSignal<Option<&'static str>>,
    /// Whether the current screen has been painted since the user arrived at it (`components::after_paint`).
    screen_painted: RwSignal<bool>,
    /// Local: the storage handles are browser objects, which stay on this thread.
    persistence: StoredValue<Persistence, LocalStorage>,
    /// Whether persistent storage can be offered at all (probed at start).
    can_remember: bool,
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
            screen_painted: RwSignal::new(false),
            can_remember: persistence.can_remember(),
            persistence: StoredValue::new_local(persistence),
        }
    }

    /// The state of a first visit to the start page in a browser that has storage, without a browser: for rendering
    /// that page at build time (`app::first_visit_html`). Nothing is read or saved (there is no storage to open).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn first_visit(lang: Lang) -> Self {
        AppState {
            lang: RwSignal::new(lang),
            screen: RwSignal::new(Screen::Start),
            saved: RwSignal::new(Saved::default()),
            mode: RwSignal::new(Mode::Stored(Area::Session)),
            notice: RwSignal::new(None),
            focus_statement: RwSignal::new(None),
            screen_painted: RwSignal::new(false),
            can_remember: true,
            persistence: StoredValue::new_local(Persistence::unopened()),
        }
    }

    /// The language of the interface.
    pub fn lang(&self) -> ReadSignal<Lang> {
        self.lang.read_only()
    }

    /// The screen the URL hash names.
    pub fn screen(&self) -> ReadSignal<Screen> {
        self.screen.read_only()
    }

    /// Everything the user entered: answers, profile, plan.
    pub fn saved(&self) -> ReadSignal<Saved> {
        self.saved.read_only()
    }

    /// Where changes are saved right now.
    pub fn mode(&self) -> ReadSignal<Mode> {
        self.mode.read_only()
    }

    /// The notice shown at the top of the page, if any.
    pub fn notice(&self) -> ReadSignal<Option<Notice>> {
        self.notice.read_only()
    }

    /// The UI texts in the current language (tracked).
    pub fn t(&self) -> &'static Messages {
        messages(self.lang.get())
    }

    /// Whether persistent storage can be offered at all.
    pub fn can_remember(&self) -> bool {
        self.can_remember
    }

    /// Applies one change and saves it. If another tab saved newer data meanwhile, the change is applied on top of
    /// that data instead of overwriting it.
    fn update(&self, change: impl FnOnce(&mut Saved)) {
        let mode = self.mode.get_untracked();
        if mode == Mode::Stored(Area::Local) {
            let stored = self.persistence.with_value(|persistence| persistence.read(Area::Local));
            if let Some(newer) = self.saved.with_untracked(|current| newer_stored(current, stored.as_deref())) {
                self.saved.set(newer);
                self.notice.set(Some(Notice::UpdatedFromOtherTab));
            }
        }
        self.saved.update(|saved| {
            change(saved);
            saved.updated_at = now().max(saved.updated_at + 1.0);
        });
        let result = self.saved.with_untracked(|saved| self.persistence.with_value(|p| p.write(mode, saved)));
        if let Err(error) = result {
            leptos::logging::warn!("saving failed, continuing in memory: {error}");
            self.mode.set(Mode::Memory);
            self.notice.set(Some(Notice::SaveFailed));
        }
    }

    /// Answers a statement, or clears its answer (`None`).
    pub fn set_answer(&self, statement_id: &str, answer: Option<Answer>) {
        self.update(|saved| {
            saved.answers.set(statement_id, answer);
            // The check's date, from which "Nächster Check am" counts.
            saved.answered_at = now();
        });
    }

    /// The company name for the report cover, trimmed and cut to [`MAX_COMPANY_NAME`] characters.
    pub fn set_company_name(&self, name: &str) {
        let name: String = name.trim().chars().take(MAX_COMPANY_NAME).collect();
        self.update_profile(|profile| profile.company_name = name);
    }

    pub fn set_size(&self, size: Option<SizeBand>) {
        self.update_profile(|profile| profile.size = size);
    }

    pub fn set_sector(&self, sector: Option<Sector>) {
        self.update_profile(|profile| profile.sector = sector);
    }

    pub fn set_trains_apprentices(&self, trains: Option<bool>) {
        self.update_profile(|profile| profile.trains_apprentices = trains);
    }

    /// The exact number of employees beside the band (`None` clears it), for the duty check's thresholds.
    pub fn set_employees(&self, employees: Option<u32>) {
        self.update_profile(|profile| profile.employees = employees);
    }

    /// Answers a duty on the duty page, or clears its answer (`None`).
    pub fn set_duty_answer(&self, duty_id: &str, answer: Option<DutyAnswer>) {
        self.update(|saved| saved.duties.set(duty_id, answer));
    }

    /// Whether the firm has a works council; `None` when not given.
    pub fn set_works_council(&self, council: Option<bool>) {
        self.update_profile(|profile| profile.works_council = council);
    }

    /// The optional role, shown on the team screen instead of a name.
    pub fn set_role(&self, role: Option<Role>) {
        self.update_profile(|profile| profile.role = role);
    }

    fn update_profile(&self, change: impl FnOnce(&mut Profile)) {
        self.update(|saved| change(&mut saved.profile));
    }

    /// Puts a measure into the action plan (once).
    pub fn add_to_plan(&self, measure_id: &str) {
        self.update(|saved| saved.plan.add(measure_id));
    }

    pub fn remove_from_plan(&self, measure_id: &str) {
        self.update(|saved| saved.plan.remove(measure_id));
    }

    pub fn set_plan_owner(&self, measure_id: &str, owner: String) {
        self.edit_plan(measure_id, |entry| entry.owner = owner);
    }

    /// The due date as the date input gives it (`YYYY-MM-DD`, or empty).
    pub fn set_plan_due(&self, measure_id: &str, due: String) {
        self.edit_plan(measure_id, |entry| entry.due = due);
    }

    pub fn set_plan_status(&self, measure_id: &str, status: Status) {
        self.edit_plan(measure_id, |entry| entry.status = status);
    }

    pub fn set_plan_note(&self, measure_id: &str, note: String) {
        self.edit_plan(measure_id, |entry| entry.note = note);
    }

    /// Adds a measure of the user's own to the plan; its id, or `None` (nothing changed) without a title.
    pub fn add_own_to_plan(&self, title: &str, first_step: &str, goal_id: &str) -> Option<String> {
        if title.trim().is_empty() {
            return None;
        }
        let mut id = None;
        self.update(|saved| id = saved.plan.add_own(title, first_step, goal_id));
        id
    }

    /// An own measure's title; an empty one changes nothing (`Plan::edit`).
    pub fn set_plan_title(&self, measure_id: &str, title: String) {
        self.edit_plan(measure_id, |entry| entry.title = title);
    }

    pub fn set_plan_first_step(&self, measure_id: &str, first_step: String) {
        self.edit_plan(measure_id, |entry| entry.first_step = first_step);
    }

    fn edit_plan(&self, measure_id: &str, change: impl FnOnce(&mut PlanEntry)) {
        self.update(|saved| saved.plan.edit(measure_id, change));
    }

    /// Puts a goal into the focus or takes it out, starting from `current` (what is in focus now). Refuses a fourth
    /// goal (returns false; nothing changes).
    pub fn set_focus_goal(&self, goal_id: &str, on: bool, current: &[String]) -> bool {
        let mut choice = self.saved.with_untracked(|saved| saved.focus.clone());
        if !choice.toggle(goal_id, on, current) {
            return false;
        }
        self.update(|saved| saved.focus = choice);
        true
    }

    /// The focus follows the suggestion again.
    pub fn reset_focus(&self) {
        self.update(|saved| saved.focus.reset());
    }

    /// "Nächster Check am" as the date input gives it (`YYYY-MM-DD`); empty or invalid means the default.
    pub fn set_recheck_on(&self, date: String) {
        let date = if crate::domain::plan::is_iso_date(&date) { date } else { String::new() };
        self.update(|saved| saved.recheck_on = date);
    }

    /// "Zwischenstand speichern": keeps a dated copy of the current answers with the saved data, so in the storage mode the
    /// user chose. Returns its time stamp, or why none was taken (then nothing changed but the save time).
    pub fn take_snapshot(&self) -> Result<f64, SnapshotError> {
        let mut taken = Err(SnapshotError::NoAnswers);
        self.update(|saved| taken = saved.take_snapshot(now()));
        taken
    }

    /// Removes the snapshot taken at `taken_at` (a comparison already made with it stays until removed), unless a
    /// re-check started from it and is still there.
    pub fn remove_snapshot(&self, taken_at: f64) {
        self.update(|saved| {
            if saved.round != Some(taken_at) {
                saved.snapshots.remove(taken_at);
            }
        });
    }

    /// Switches the language and remembers the choice with the answers.
    pub fn set_lang(&self, lang: Lang) {
        self.show_lang(lang);
        self.update(|saved| saved.lang = Some(lang));
    }

    /// Shows the interface in `lang` and keeps a `?lang=` in the URL in step, so a reload does not switch back. The
    /// signal is set only when the language differs: the page re-renders on every set.
    fn show_lang(&self, lang: Lang) {
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
        let window = window();
        let query = window.location().search().unwrap_or_default();
        if let Some(query) = crate::domain::options::with_lang(&query, lang) {
            let hash = window.location().hash().unwrap_or_default();
            let replaced = window.history().and_then(|history| {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")))
            });
            if let Err(error) = replaced {
                leptos::logging::warn!("could not update the URL's language: {error:?}");
            }
        }
    }

    /// The URL hash changed (link, back/forward, typed address): show that screen.
    pub fn show_screen(&self, screen: Screen) {
        if screen != self.screen.get_untracked() {
            self.screen_painted.set(false);
        }
        self.screen.set(screen);
    }

    /// Whether the browser has painted the current screen since the user arrived at it: a long screen renders its
    /// first view alone only on arrival, and whole when it renders again (a language switch keeps the reader's place).
    pub fn screen_painted(&self) -> bool {
        self.screen_painted.get_untracked()
    }

    /// The current screen has been painted (said by the screen, which knows when its first view was).
    pub fn mark_screen_painted(&self) {
        self.screen_painted.set(true);
    }

    /// Asks for keyboard focus on a statement after the coming screen change (the link sets the hash).
    pub fn focus_after_navigation(&self, statement_id: &'static str) {
        self.focus_statement.set(Some(statement_id));
    }

    /// The statement to focus after this screen change, if one was asked for; asking again gives `None`.
    pub fn take_statement_to_focus(&self) -> Option<&'static str> {
        let statement = self.focus_statement.get_untracked();
        if statement.is_some() {
            self.focus_statement.set(None);
        }
        statement
    }

    /// Closes the current notice.
    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    /// Whether closing the tab would lose work: answers or plan entries that live only in this tab (the default, or
    /// memory when storage is unavailable). The root asks before the tab closes (`beforeunload`) while this holds.
    pub fn only_in_this_tab(&self) -> bool {
        self.mode.get_untracked() != Mode::Stored(Area::Local) && self.saved.with_untracked(Saved::has_work)
    }

    /// Whether to ask, beside the questionnaire, to keep the answers on this device: once there is an answer, while
    /// they live only in this tab, the browser could keep them, and the user has not answered the question yet.
    pub fn should_ask_to_remember(&self) -> bool {
        self.mode.get() == Mode::Stored(Area::Session)
            && self.can_remember()
            && self.saved.with(|saved| !saved.asked_to_remember && !saved.answers.is_empty())
    }

    /// The answer to "Antworten auf diesem Gerät behalten?": moves the data if wanted and never asks again.
    pub fn answer_remember_question(&self, remember: bool) {
        if remember {
            self.set_remember(true);
        }
        self.update(|saved| saved.asked_to_remember = true);
    }

    /// Moves the data between this tab's storage and this device's storage, on the user's explicit choice.
    pub fn set_remember(&self, remember: bool) {
        let (from, to) = if remember { (Area::Session, Area::Local) } else { (Area::Local, Area::Session) };
        let result =
            self.saved.with_untracked(|saved| self.persistence.with_value(|p| p.write(Mode::Stored(to), saved)));
        match result {
            Ok(()) => {
                if let Err(error) = self.persistence.with_value(|p| p.remove(from, Removal::Forgotten)) {
                    leptos::logging::error!("could not remove the old copy: {error}");
                }
                self.mode.set(Mode::Stored(to));
            }
            Err(error) => {
                leptos::logging::warn!("could not move the data: {error}");
                self.notice.set(Some(Notice::SaveFailed));
            }
        }
    }

    /// Replaces answers, profile, plan and language with an imported result file's (the user has confirmed) and says
    /// so. The snapshots stay: they are this device's history, which a result file does not carry.
    pub fn replace_with_file(&self, imported: Imported) {
        self.show_lang(imported.lang);
        // The time stamp is set by `update` when the data is saved.
        self.update(move |saved| *saved = imported.replacing(std::mem::take(saved)));
        self.notice.set(Some(Notice::Imported));
    }

    /// Replaces all of this tab's data (snapshots included) and its language with what a frame that could not store
    /// it handed over (see `embed::open_in_new_window`), and saves it. The language goes into the URL as
    /// [`AppState::set_lang`] does, so a reload keeps it.
    pub fn replace_with_handoff(&self, other: Saved) {
        if let Some(lang) = other.lang {
            self.show_lang(lang);
        }
        self.update(move |saved| {
            let updated_at = saved.updated_at;
            *saved = Saved { updated_at, ..other };
        });
    }

    /// Deletes every trace of the user's data in this browser and starts over (the language stays).
    pub fn delete_all(&self) {
        self.persistence.with_value(Persistence::delete_all);
        self.saved.set(Saved::new());
        if self.mode.get_untracked() == Mode::Stored(Area::Local) {
            self.mode.set(Mode::Stored(Area::Session));
        }
        self.notice.set(Some(Notice::Deleted));
    }
}

/// The state from context. Every view is rendered below [`crate::App`], which provides it, so a missing context is
/// a programming error.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
