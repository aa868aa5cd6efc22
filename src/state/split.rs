//! Code the start page does not need goes into a wasm chunk the app loads once it runs (the release build's feature
//! `split`; scripts/split-wasm.mjs splits the wasm). A function marked [`split_point!`] is a split point: what only such
//! functions reach moves into the chunk, and calling one awaits the chunk first (fetched once, then at once). All split
//! points share the one chunk: every screen but the start page (`pages::on_demand`), the content's parser, and the
//! reading of a chosen result file and of the chamber's benchmark, which only those screens or a user's action need.
//!
//! Builds without the feature (tests, `cargo check`) have no chunk: the same functions are plain `async fn`s, so every
//! caller has one path.

/// The chunk did not load (offline before it was cached, or the server lost it); the loader says why in the console.
/// A failed load is not remembered: the next call tries anew.
#[derive(Clone, Debug, PartialEq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// Marks a function as a split point: `fn f(…) -> Result<T, NotLoaded>` becomes
/// `async fn f(…) -> Result<T, NotLoaded>`, which loads the chunk first in the release build. `preload name;` first
/// also defines `async fn name()`, which only loads it and is `Ok` once it is here (its error type is the loader's; in
/// builds without the chunk: `Ok` at once). The chunk's name, `on_demand` (hence `split_on_demand-….wasm`), is
/// wasm-split's; `pages::on_demand` is the module of the screens' split point.
#[macro_export]
macro_rules! split_point {
    (preload $preload:ident; $(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(on_demand, wasm_split_path = ::leptos::wasm_split, preload($preload), fallible)]
        $(#[$meta])* $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$meta])* $vis async fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $vis async fn $preload() -> Result<(), $crate::state::split::NotLoaded> {
            Ok(())
        }
    };
    ($(#[$meta:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split(on_demand, wasm_split_path = ::leptos::wasm_split, fallible)]
        $(#[$meta])* $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(not(feature = "split"))]
        $(#[$meta])* $vis async fn $name($($arg: $ty),*) -> $ret $body
    };
}

/// The future's output if it is ready on its first poll: a split point's, once the chunk is here.
pub fn now_or_never<T>(future: impl Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}
