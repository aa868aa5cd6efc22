//! Browser storage that never panics: a [`Store`] exists only after a probe has read and written its area
//! successfully, keeps the very handle it probed and writes through it; every later failure (e.g. quota) comes back as
//! an error value. Storage is unavailable with blocked cookies, in sandboxed or third-party frames and in some private
//! modes; `web_sys` then gives an error or `None` for the area, which [`Store::open`] turns into `None`.

pub use crate::domain::saved::Area;

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageError(pub String);

/// The browser's words, for the console (`{:?}` would format the text as a Rust string literal, which costs wasm).
impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

const PROBE_KEY: &str = "arbeitgeber-check.probe";

/// A storage area that passed the probe, with the handle that passed it.
#[derive(Clone, Debug)]
pub struct Store {
    storage: web_sys::Storage,
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
        writable.then_some(Store { storage })
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(js_error)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(js_error)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(js_error)
    }

    /// All keys in this area (of every app on this origin).
    pub fn keys(&self) -> Vec<String> {
        let length = self.storage.length().unwrap_or(0);
        (0..length).filter_map(|index| self.storage.key(index).ok().flatten()).collect()
    }
}

fn js_error(error: wasm_bindgen::JsValue) -> StorageError {
    StorageError(format!("{error:?}"))
}
