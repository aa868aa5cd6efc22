//! Browser storage that never panics. `gloo-storage` panics inside `raw()` when storage is unavailable (blocked
//! cookies, sandboxed or third-party frames, some private modes), so a [`Store`] exists only after a probe has
//! read and written its area successfully; every later failure (e.g. quota) comes back as an error value.

use gloo_storage::{LocalStorage, SessionStorage, Storage};

/// Which browser storage to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Kept for this tab only; the default.
    Session,
    /// Kept on this device until deleted; only after the user asks for it.
    Local,
}

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError(pub String);

const PROBE_KEY: &str = "arbeitgeber-check.probe";

/// A storage area that passed the probe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Store {
    area: Area,
}

impl Store {
    /// Opens an area if the browser lets us read and write it.
    pub fn open(area: Area) -> Option<Store> {
        let window = web_sys::window()?;
        let storage = match area {
            Area::Session => window.session_storage(),
            Area::Local => window.local_storage(),
        };
        let storage = storage.ok().flatten()?;
        let writable = storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok();
        writable.then_some(Store { area })
    }

    pub fn area(&self) -> Area {
        self.area
    }

    fn raw(&self) -> web_sys::Storage {
        // Safe from gloo's panic: `open` proved this area is available.
        match self.area {
            Area::Session => SessionStorage::raw(),
            Area::Local => LocalStorage::raw(),
        }
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.raw().get_item(key).map_err(js_error)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.raw().set_item(key, value).map_err(js_error)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.raw().remove_item(key).map_err(js_error)
    }

    /// All keys in this area (of every app on this origin).
    pub fn keys(&self) -> Vec<String> {
        let raw = self.raw();
        let length = raw.length().unwrap_or(0);
        (0..length).filter_map(|index| raw.key(index).ok().flatten()).collect()
    }
}

fn js_error(error: wasm_bindgen::JsValue) -> StorageError {
    StorageError(format!("{error:?}"))
}
