//! The encrypted Mappe's cryptography through the browser's Web Crypto (issue 31): a key from the passphrase with
//! PBKDF2-SHA-256 ([`mappe::ITERATIONS`]) and a random 16-byte salt, AES-GCM with a 256-bit key and a random 12-byte
//! IV. The file format is `domain::mappe`; the plain text exists only in memory, never in storage.
//!
//! `crypto.subtle` is called by property (`Reflect`) rather than through web-sys' typed bindings: those add a shim per
//! method to the JavaScript glue, which loads with the start page; these calls reuse the glue that is there.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::mappe::{self, IV_BYTES, MappeError, SALT_BYTES};

/// Why a Mappe could not be opened or saved.
#[derive(Clone, Debug, PartialEq)]
pub enum CryptoError {
    /// The file is no Mappe, from a newer version, too large or damaged before decryption.
    File(MappeError),
    /// Decryption failed: a wrong passphrase, or a file changed after saving (AES-GCM cannot tell them apart).
    WrongPassphraseOrChanged,
    /// The browser offers no Web Crypto here (an insecure origin) or refused.
    Unavailable,
}

/// `window.crypto`.
fn crypto() -> Result<JsValue, JsValue> {
    Reflect::get(&window(), &"crypto".into())
}

/// Calls `function` on `target` with `args`.
fn call(function: JsValue, target: &JsValue, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let function: Function = function.dyn_into()?;
    function.apply(target, &args.iter().copied().collect::<Array>())
}

/// `crypto.subtle`.
fn subtle() -> Result<JsValue, JsValue> {
    Reflect::get(&crypto()?, &"subtle".into())
}

/// Awaits a promise a Web Crypto call returned.
async fn settled(promise: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(promise.dyn_into::<Promise>()?).await
}

/// An AES-GCM parameter object with `iv`.
fn gcm(iv: &[u8]) -> Result<JsValue, JsValue> {
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&params, &"iv".into(), &Uint8Array::from(iv))?;
    Ok(params.into())
}

fn random<const N: usize>() -> Result<[u8; N], JsValue> {
    let bytes = Uint8Array::new_with_length(N as u32);
    let crypto = crypto()?;
    call(Reflect::get(&crypto, &"getRandomValues".into())?, &crypto, &[&bytes])?;
    let mut out = [0u8; N];
    bytes.copy_to(&mut out);
    Ok(out)
}

/// The AES-GCM key of `passphrase` and `salt`, usable for `usage` ("encrypt" or "decrypt") only, not extractable.
async fn key(passphrase: &str, salt: &[u8], iterations: u32, usage: &str) -> Result<JsValue, JsValue> {
    let subtle = subtle()?;
    let raw: JsValue = Uint8Array::from(passphrase.as_bytes()).into();
    let usages = |usage: &str| JsValue::from(Array::of1(&usage.into()));
    let import = Reflect::get(&subtle, &"importKey".into())?;
    let base = settled(call(import, &subtle, &[&"raw".into(), &raw, &"PBKDF2".into(), &false.into(), &usages("deriveKey")])?).await?;
    let params = Object::new();
    Reflect::set(&params, &"name".into(), &"PBKDF2".into())?;
    Reflect::set(&params, &"hash".into(), &"SHA-256".into())?;
    Reflect::set(&params, &"iterations".into(), &iterations.into())?;
    Reflect::set(&params, &"salt".into(), &Uint8Array::from(salt))?;
    let target = Object::new();
    Reflect::set(&target, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&target, &"length".into(), &256.into())?;
    let derive = Reflect::get(&subtle, &"deriveKey".into())?;
    settled(call(derive, &subtle, &[&params.into(), &base, &target.into(), &false.into(), &usages(usage)])?).await
}

/// The Mappe file of `files`, encrypted with `passphrase`.
pub async fn seal(files: &[(String, Vec<u8>)], passphrase: &str) -> Result<String, CryptoError> {
    let sealed = async {
        let (salt, iv) = (random::<SALT_BYTES>()?, random::<IV_BYTES>()?);
        let key = key(passphrase, &salt, mappe::ITERATIONS, "encrypt").await?;
        let plain: JsValue = Uint8Array::from(mappe::contents(files).as_bytes()).into();
        let subtle = subtle()?;
        let encrypt = Reflect::get(&subtle, &"encrypt".into())?;
        let sealed = settled(call(encrypt, &subtle, &[&gcm(&iv)?, &key, &plain])?).await?;
        Ok::<_, JsValue>(mappe::seal(&salt, &iv, &Uint8Array::new(&sealed).to_vec()))
    };
    sealed.await.map_err(|error| {
        leptos::logging::warn!("the Mappe could not be encrypted: {error:?}");
        CryptoError::Unavailable
    })
}

/// The files of a Mappe `bytes` opened with `passphrase`.
pub async fn open(bytes: &[u8], passphrase: &str) -> Result<Vec<(String, Vec<u8>)>, CryptoError> {
    let sealed = mappe::open(bytes).map_err(CryptoError::File)?;
    let key = key(passphrase, &sealed.salt, sealed.iterations, "decrypt").await.map_err(|_| CryptoError::Unavailable)?;
    let data: JsValue = Uint8Array::from(&sealed.ciphertext[..]).into();
    let params = gcm(&sealed.iv).map_err(|_| CryptoError::Unavailable)?;
    let decrypt = async {
        let subtle = subtle()?;
        let decrypt = Reflect::get(&subtle, &"decrypt".into())?;
        call(decrypt, &subtle, &[&params, &key, &data])
    };
    let promise = decrypt.await.map_err(|_| CryptoError::Unavailable)?;
    let plain = settled(promise).await.map_err(|_| CryptoError::WrongPassphraseOrChanged)?;
    mappe::files_of(&Uint8Array::new(&plain).to_vec()).ok_or(CryptoError::File(MappeError::Damaged("contents".into())))
}
