//! The accent colour rule, shared by the `?accent=` URL option (`state::options`) and the `accent` field of
//! `kammer.json` (`domain::kammer`), so both accept exactly the same colours.
//!
//! The accent is text on every background below (links, outline buttons, the quick-win badge) and the background of
//! white text (header, primary buttons), so it must reach 4.5:1 against each. The backgrounds are the style sheet's
//! tokens; `tests/accent_css.rs` holds these constants equal to the values in `style/`.

/// An sRGB colour.
pub type Rgb = [u8; 3];

/// `--paper`, the page, and `--on-accent`, the text on the accent (style/main.css).
pub const PAPER: Rgb = [0xff, 0xff, 0xff];
/// `--surface`, the grey panels (progress, overall card, footer, help texts).
pub const SURFACE: Rgb = [0xf5, 0xf7, 0xf7];
/// `--accent-soft` is the accent mixed into white at this percentage (style/main.css, `color-mix(in srgb …)`): the
/// tint behind selected answers, notices, hovered buttons and the current step.
pub const SOFT_PERCENT: u32 = 10;

/// Accepts `#rgb` or `#rrggbb` (the `#` optional) that reaches 4.5:1 against every background it is used on, and
/// returns it as lowercase `#rrggbb`. Anything else (names, `url(…)`, scripts, light colours) is `None`.
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
    let accent = [channel(0)?, channel(2)?, channel(4)?];
    // The fixed backgrounds' luminances are computed at compile time; only the accent's and its tint's at run time.
    let own = luminance(accent);
    let readable = [PAPER_LUMINANCE, SURFACE_LUMINANCE, luminance(soft(accent))]
        .into_iter()
        .all(|background| ratio(own, background) >= 4.5);
    readable.then(|| format!("#{full}"))
}

const PAPER_LUMINANCE: f64 = luminance(PAPER);
const SURFACE_LUMINANCE: f64 = luminance(SURFACE);

/// Every background the accent is read against: the page (and white text on the accent), the grey panels and the
/// accent's own light tint (selected answers, notices, hovered buttons).
pub fn backgrounds(accent: Rgb) -> [Rgb; 3] {
    [PAPER, SURFACE, soft(accent)]
}

/// `--accent-soft`: `color-mix(in srgb, accent SOFT_PERCENT%, white)`, rounded per channel as browsers do.
pub fn soft(accent: Rgb) -> Rgb {
    accent.map(|c| ((u32::from(c) * SOFT_PERCENT + 255 * (100 - SOFT_PERCENT) + 50) / 100) as u8)
}

/// WCAG 2.2 contrast ratio of two colours (order does not matter).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    ratio(luminance(a), luminance(b))
}

/// The contrast ratio of two relative luminances.
fn ratio(a: f64, b: f64) -> f64 {
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// Relative luminance (WCAG). A `const fn`, so the style sheet's fixed backgrounds cost no run time.
const fn luminance(rgb: Rgb) -> f64 {
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// One sRGB channel, linearised.
const fn linear(c: u8) -> f64 {
    let c = c as f64 / 255.0;
    if c <= 0.03928 { c / 12.92 } else { pow_2_4((c + 0.055) / 1.055) }
}

/// `x^2.4` for x in (0, 1] as `x² · (x^⅕)²`, the fifth root by Newton's method: `powf` would pull libm's general
/// `pow` into the wasm for this one formula.
const fn pow_2_4(x: f64) -> f64 {
    let mut root = 1.0;
    let mut step = 0;
    while step < 40 {
        root = (4.0 * root + x / (root * root * root * root)) / 5.0;
        step += 1;
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
        assert!((contrast([0, 0, 0], PAPER) - 21.0).abs() < 1e-9);
        assert!((contrast(PAPER, [0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast(PAPER, PAPER) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn accepts_dark_hex_colours_only() {
        assert_eq!(parse_accent("#004B87").as_deref(), Some("#004b87"));
        assert_eq!(parse_accent("036").as_deref(), Some("#003366"));
        for bad in ["#fff", "#ffff00", "red", "#0000", "#00000g", "url(x)", ""] {
            assert_eq!(parse_accent(bad), None, "{bad}");
        }
    }

    /// The audit's case: #767676 passes against white (4.54:1) but not on the grey panels or its own tint.
    #[test]
    fn refuses_an_accent_that_passes_on_white_only() {
        let grey = [0x76, 0x76, 0x76];
        assert!(contrast(grey, PAPER) >= 4.5);
        assert!(contrast(grey, SURFACE) < 4.5);
        assert!(contrast(grey, soft(grey)) < 4.5);
        assert_eq!(parse_accent("#767676"), None);
    }

    /// Every accepted accent reaches 4.5:1 on every background, over the whole colour cube (coarse steps).
    #[test]
    fn every_accepted_accent_reads_on_every_background() {
        let mut accepted = 0;
        for r in (0..=255u32).step_by(15) {
            for g in (0..=255u32).step_by(15) {
                for b in (0..=255u32).step_by(15) {
                    let rgb = [r as u8, g as u8, b as u8];
                    if parse_accent(&format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])).is_some() {
                        accepted += 1;
                        for background in backgrounds(rgb) {
                            assert!(contrast(rgb, background) >= 4.5, "{rgb:?} on {background:?}");
                        }
                    }
                }
            }
        }
        assert!(accepted > 100, "the rule still accepts dark colours ({accepted})");
    }

    #[test]
    fn the_soft_tint_is_the_css_mix() {
        // color-mix(in srgb, #0b5a6b 10%, white) = rgb(230.6, 238.5, 240.2) -> #e7eff0 after rounding.
        assert_eq!(soft([0x0b, 0x5a, 0x6b]), [0xe7, 0xef, 0xf0]);
        assert_eq!(soft(PAPER), PAPER);
    }
}
