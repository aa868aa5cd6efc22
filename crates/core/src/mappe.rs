//! The encrypted Mappe (issue 31): all files on the adviser's desk in one file, encrypted with a passphrase. The
//! browser does the cryptography (Web Crypto: AES-GCM with a 256-bit key from PBKDF2-SHA-256); this module is the
//! file around it: a small JSON header naming the method and its parameters, the ciphertext in base64, and the
//! plain text inside (the result files as they came). Reading is strict: a header this version does not know, too
//! few iterations, a salt or IV of the wrong length or broken base64 is refused before any decryption.
//!
//! File: `{"format":"arbeitgeber-check-mappe","version":1,"kdf":{"name":"PBKDF2","hash":"SHA-256",
//! "iterations":600000},"cipher":"AES-GCM","salt":"…","iv":"…","data":"…"}` (salt 16 bytes, IV 12 bytes, data the
//! ciphertext with its 16-byte tag, all base64).

use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const FORMAT: &str = "arbeitgeber-check-mappe";
pub const VERSION: u32 = 1;
/// OWASP's current recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet): 600,000 iterations.
pub const ITERATIONS: u32 = 600_000;
/// More than this is refused: a crafted file must not keep the browser busy for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// AES-GCM's authentication tag, part of the ciphertext.
const TAG_BYTES: usize = 16;
/// Largest Mappe read: 300 files of up to 256 KiB, in base64.
pub const MAX_BYTES: usize = 110 * 1024 * 1024;
/// Shortest passphrase accepted for saving.
pub const MIN_PASSPHRASE: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kdf {
    pub name: String,
    pub hash: String,
    pub iterations: u32,
}

/// The file as written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MappeFile {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: String,
    salt: String,
    iv: String,
    data: String,
}

/// What decryption needs, read from a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Why a file is not a Mappe this version can open (before the passphrase is tried).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MappeError {
    TooLarge,
    /// Not a Mappe at all (another JSON file, or not JSON).
    NotAMappe,
    TooNew(u32),
    /// A Mappe with a missing or damaged part (truncated, edited): the detail names it.
    Damaged(String),
}

/// The file for `ciphertext` (with its tag) encrypted under a key from `salt` with [`ITERATIONS`], with `iv`.
pub fn seal(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> String {
    let file = MappeFile {
        format: FORMAT.into(),
        version: VERSION,
        kdf: Kdf { name: "PBKDF2".into(), hash: "SHA-256".into(), iterations: ITERATIONS },
        cipher: "AES-GCM".into(),
        salt: base64(salt),
        iv: base64(iv),
        data: base64(ciphertext),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a Mappe's header and ciphertext strictly.
pub fn open(bytes: &[u8]) -> Result<Sealed, MappeError> {
    if bytes.len() > MAX_BYTES {
        return Err(MappeError::TooLarge);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|_| {
        // A Mappe cut short is no longer JSON; say "damaged" when it starts like one.
        if bytes.windows(FORMAT.len()).any(|window| window == FORMAT.as_bytes()) {
            MappeError::Damaged("JSON".into())
        } else {
            MappeError::NotAMappe
        }
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(MappeError::NotAMappe);
    }
    let version = value.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(MappeError::TooNew(u32::try_from(version).unwrap_or(u32::MAX)));
    }
    let file: MappeFile = serde_json::from_value(value).map_err(|e| MappeError::Damaged(e.to_string()))?;
    let damaged = |what: &str| MappeError::Damaged(what.into());
    if file.version != VERSION || file.cipher != "AES-GCM" || file.kdf.name != "PBKDF2" || file.kdf.hash != "SHA-256" {
        return Err(damaged("method"));
    }
    if !(ITERATIONS..=MAX_ITERATIONS).contains(&file.kdf.iterations) {
        return Err(damaged("iterations"));
    }
    let salt = unbase64(&file.salt).filter(|salt| salt.len() == SALT_BYTES).ok_or_else(|| damaged("salt"))?;
    let iv = unbase64(&file.iv).filter(|iv| iv.len() == IV_BYTES).ok_or_else(|| damaged("iv"))?;
    let ciphertext = unbase64(&file.data).filter(|data| data.len() > TAG_BYTES).ok_or_else(|| damaged("data"))?;
    Ok(Sealed { iterations: file.kdf.iterations, salt, iv, ciphertext })
}

/// The plain text inside: the files as (name, text), in order.
pub fn contents(files: &[(String, Vec<u8>)]) -> String {
    let files: Vec<(&str, String)> =
        files.iter().map(|(name, bytes)| (name.as_str(), String::from_utf8_lossy(bytes).into_owned())).collect();
    serde_json::to_string(&files).unwrap_or_default()
}

/// The files of a decrypted plain text; `None` when it is not what [`contents`] writes.
pub fn files_of(plain: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let files: Vec<(String, String)> = serde_json::from_slice(plain).ok()?;
    Some(files.into_iter().map(|(name, text)| (name, text.into_bytes())).collect())
}

/// The base64 symbol of a 6-bit value.
fn symbol(value: u32) -> char {
    let code = match value {
        0..=25 => u32::from(b'A') + value,
        26..=51 => u32::from(b'a') + value - 26,
        52..=61 => u32::from(b'0') + value - 52,
        62 => u32::from(b'+'),
        _ => u32::from(b'/'),
    };
    char::from_u32(code).unwrap_or('/')
}

/// The 6-bit value of a base64 symbol.
fn value_of(symbol: u8) -> Option<u32> {
    let value = match symbol {
        b'A'..=b'Z' => symbol - b'A',
        b'a'..=b'z' => symbol - b'a' + 26,
        b'0'..=b'9' => symbol - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Standard base64 with padding (RFC 4648).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(symbol((n >> (18 - 6 * i)) & 63));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes standard base64 with padding; `None` for anything else (wrong length, foreign characters).
pub fn unbase64(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let padding = chunk.iter().rev().take_while(|c| **c == b'=').count();
        if padding > 2 || (padding > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            let v = if i >= 4 - padding { 0 } else { value_of(*c)? };
            n |= v << (18 - 6 * i);
        }
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - padding]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_and_matches_rfc_4648() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64(plain.as_bytes()), encoded);
            assert_eq!(unbase64(encoded).unwrap(), plain.as_bytes());
        }
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(unbase64(&base64(&all)).unwrap(), all);
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "Zm9v\n"] {
            assert_eq!(unbase64(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_sealed_file_opens_with_its_parameters() {
        let file = seal(&[1; SALT_BYTES], &[2; IV_BYTES], &[3; 40]);
        let sealed = open(file.as_bytes()).unwrap();
        assert_eq!(sealed, Sealed { iterations: ITERATIONS, salt: vec![1; 16], iv: vec![2; 12], ciphertext: vec![3; 40] });
        assert!(!file.contains("Betrieb"), "nothing but the header in plain text");
    }

    #[test]
    fn damaged_foreign_newer_and_weak_files_are_refused() {
        let file = seal(&[1; SALT_BYTES], &[2; IV_BYTES], &[3; 40]);
        let truncated = &file.as_bytes()[..file.len() / 2];
        assert!(matches!(open(truncated), Err(MappeError::Damaged(_))));
        assert_eq!(open(b"{\"format\":\"arbeitgeber-check-export\"}"), Err(MappeError::NotAMappe));
        assert_eq!(open(b"kein JSON"), Err(MappeError::NotAMappe));
        assert_eq!(open(file.replace("\"version\": 1", "\"version\": 2").as_bytes()), Err(MappeError::TooNew(2)));
        let weak = file.replace("600000", "1000");
        assert_eq!(open(weak.as_bytes()), Err(MappeError::Damaged("iterations".into())));
        let short_salt = file.replace(&base64(&[1; SALT_BYTES]), &base64(&[1; 8]));
        assert_eq!(open(short_salt.as_bytes()), Err(MappeError::Damaged("salt".into())));
    }

    #[test]
    fn the_contents_round_trip() {
        let files = vec![("a.json".to_string(), b"{\"x\":1}".to_vec()), ("b ü.json".to_string(), "ä".as_bytes().to_vec())];
        assert_eq!(files_of(contents(&files).as_bytes()).unwrap(), files);
        assert_eq!(files_of(b"[1,2]"), None);
    }
}
