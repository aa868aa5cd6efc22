//! The accent colour rule, shared by the `?accent=` URL option (`state::options`) and the `accent` field of
//! `kammer.json` (`domain::kammer`), so both accept exactly the same colours.

/// Accepts `#rgb` or `#rrggbb` (the `#` optional) whose contrast with white text is at least 4.5:1, and returns it
/// as lowercase `#rrggbb`. Anything else (names, `url(…)`, scripts, light colours) is `None`.
pub fn parse_accent(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#').unwrap_or(value);
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let full = full.to_ascii_lowercase();
    let channel = |i: usize| u8::from_str_radix(&full[i..i + 2], 16).ok();
    let (r, g, b) = (channel(0)?, channel(2)?, channel(4)?);
    (contrast_with_white(r, g, b) >= 4.5).then(|| format!("#{full}"))
}

/// WCAG 2.1 contrast ratio of a colour against white.
pub fn contrast_with_white(r: u8, g: u8, b: u8) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
    };
    let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    1.05 / (luminance + 0.05)
}

/// `x^2.4` for x in (0, 1] as `x² · (x^⅕)²`, the fifth root by Newton's method: `powf` would pull libm's general
/// `pow` into the wasm for this one formula.
fn pow_2_4(x: f64) -> f64 {
    let mut root = 1.0;
    for _ in 0..40 {
        root = (4.0 * root + x / (root * root * root * root)) / 5.0;
    }
    x * x * root * root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_2_4_matches_powf_on_every_channel_value() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-12, "{c}");
        }
    }

    #[test]
    fn contrast_ends_of_the_scale() {
        assert!((contrast_with_white(0, 0, 0) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white(255, 255, 255) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn accepts_dark_hex_colours_only() {
        assert_eq!(parse_accent("#004B87").as_deref(), Some("#004b87"));
        assert_eq!(parse_accent("036").as_deref(), Some("#003366"));
        for bad in ["#fff", "#ffff00", "red", "#0000", "#00000g", "url(x)", ""] {
            assert_eq!(parse_accent(bad), None, "{bad}");
        }
    }
}
