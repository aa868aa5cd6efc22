//! Options from the URL query (`?lang=en&accent=%230b5a6b&embed=1`). Pure, so every hostile value can be tried
//! natively. Unknown parameters and invalid values are ignored; the caller logs what was ignored.

use crate::accent::parse_accent;
use crate::lang::Lang;

/// The options the app understands. `None` means "not given or not valid".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Option<Lang>,
    /// A validated `#rrggbb` colour dark enough for white text (WCAG AA, 4.5:1).
    pub accent: Option<String>,
    /// Compact mode for embedding: the host page provides header and footer.
    pub embed: bool,
    /// This window was opened to continue a frame's answers (see `state::embed`).
    pub handoff: bool,
    /// Parameters that were present but invalid, by name, for a console warning.
    pub ignored: Vec<String>,
}

/// Longest value looked at; longer ones are ignored unread.
const MAX_VALUE_LEN: usize = 64;

/// Parses a query string as found in `location.search` (with or without the leading `?`).
pub fn parse_query(query: &str) -> Options {
    let mut options = Options::default();
    for pair in query.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty()) {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if value.len() > MAX_VALUE_LEN {
            options.ignored.push(name.to_string());
            continue;
        }
        let value = percent_decode(value);
        let valid = match name {
            "lang" => Lang::parse(&value).map(|lang| options.lang = Some(lang)).is_some(),
            "accent" => parse_accent(&value).map(|accent| options.accent = Some(accent)).is_some(),
            "embed" => parse_flag(&value).map(|on| options.embed = on).is_some(),
            "handoff" => parse_flag(&value).map(|on| options.handoff = on).is_some(),
            _ => true,
        };
        if !valid {
            options.ignored.push(name.to_string());
        }
    }
    options
}

fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// Decodes `%XX` escapes (enough for `%23` in colours); malformed escapes stay as they are and fail validation.
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The query with its `lang` parameter replaced, so that a reload keeps the language the user switched to; `None`
/// when the query has no `lang` parameter (then the saved choice applies on reload).
pub fn with_lang(query: &str, lang: Lang) -> Option<String> {
    let pairs: Vec<&str> = query.trim_start_matches('?').split('&').filter(|pair| !pair.is_empty()).collect();
    let is_lang = |pair: &&str| pair.split_once('=').map_or(*pair, |(name, _)| name) == "lang";
    if !pairs.iter().any(is_lang) {
        return None;
    }
    let replaced: Vec<String> = pairs
        .iter()
        .map(|pair| if is_lang(pair) { format!("lang={}", lang.as_str()) } else { pair.to_string() })
        .collect();
    Some(format!("?{}", replaced.join("&")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lang() {
        assert_eq!(parse_query("?lang=en").lang, Some(Lang::En));
        assert_eq!(parse_query("lang=de&x=1").lang, Some(Lang::De));
        assert_eq!(parse_query("").lang, None);
    }

    #[test]
    fn with_lang_replaces_only_an_existing_lang_parameter() {
        assert_eq!(with_lang("?lang=en", Lang::De).as_deref(), Some("?lang=de"));
        assert_eq!(with_lang("?a=1&lang=de&b=2", Lang::En).as_deref(), Some("?a=1&lang=en&b=2"));
        assert_eq!(with_lang("?a=1", Lang::En), None);
        assert_eq!(with_lang("", Lang::En), None);
    }

    #[test]
    fn reads_accent_and_embed() {
        let options = parse_query("?accent=%23004B87&embed=1");
        assert_eq!(options.accent.as_deref(), Some("#004b87"));
        assert!(options.embed);
        assert_eq!(parse_query("?accent=036").accent.as_deref(), Some("#003366"));
        assert!(!parse_query("?embed=0").embed);
        assert!(parse_query("").ignored.is_empty());
    }

    #[test]
    fn rejects_hostile_or_unreadable_accents() {
        for bad in [
            "red",
            "%23ffff00",
            "%23fff",
            "javascript:alert(1)",
            "%23000;background:url(x)",
            "expression(alert(1))",
            "%3Cscript%3E",
            "%2300000g",
            "%230000",
            "",
        ] {
            let options = parse_query(&format!("?accent={bad}"));
            assert_eq!(options.accent, None, "{bad}");
            assert_eq!(options.ignored, vec!["accent".to_string()], "{bad}");
        }
    }

    #[test]
    fn ignores_hostile_values() {
        assert_eq!(parse_query("?embed=<script>").ignored, vec!["embed".to_string()]);
        for query in ["?lang=fr", "?lang=%3Cscript%3E", "?lang=javascript:alert(1)", "?lang="] {
            let options = parse_query(query);
            assert_eq!(options.lang, None, "{query}");
            assert_eq!(options.ignored, vec!["lang".to_string()], "{query}");
        }
        let huge = format!("?lang={}", "e".repeat(10_000));
        assert_eq!(parse_query(&huge).lang, None);
    }
}
