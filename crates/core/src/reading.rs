//! How a score reads: the band it falls into, the band's id checked before it becomes a CSS class, and the
//! plain-words reading overall or for a field. The one place the results screen and the report look these up.

use super::content::{Band, Content};
use super::lang::Text;
use super::scoring::Score;

/// The band a score's shown value falls into; `None` when the score is not scored.
pub fn band<'a>(content: &'a Content, score: &Score) -> Option<&'a Band> {
    content.band_for(score.shown()?)
}

/// The plain-words reading for a score overall (`field_id` = `None`) or for one field; `None` when not scored.
pub fn reading<'a>(content: &'a Content, field_id: Option<&str>, score: &Score) -> Option<&'a Text> {
    content.reading(field_id, score.shown()?)
}

/// The whole-number scores a band holds, as the method note prints them: a band holds `min` up to below `max` (the
/// top band also `max`), and shown scores are whole numbers, so 0–40 / 40–70 / 70–100 reads "0–39", "40–69",
/// "70–100" (issue 26: the limits no longer overlap).
pub fn shown_range(content: &Content, band: &Band) -> (u32, u32) {
    let is_top = content.bands.bands.last().is_some_and(|last| last.id == band.id);
    let low = band.min.max(0.0).ceil() as u32;
    let high = if is_top { band.max.floor() } else { band.max.ceil() - 1.0 };
    (low, high.max(band.min.ceil()) as u32)
}

/// A band id that is safe as a CSS class modifier (`band--{id}`): lowercase ASCII letters, digits and `-` only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BandClass<'a>(&'a str);

impl<'a> BandClass<'a> {
    /// The band's id as a class modifier, or `None` when the content holds an id a class cannot carry safely.
    pub fn of(band: &'a Band) -> Option<BandClass<'a>> {
        BandClass::parse(&band.id)
    }

    pub fn parse(id: &'a str) -> Option<BandClass<'a>> {
        let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        valid.then_some(BandClass(id))
    }

    /// The full class list of a band badge, e.g. `badge band band--green`.
    pub fn badge_class(self) -> String {
        format!("badge band band--{}", self.0)
    }
}

/// The whole points a band covers as a reader sees them ("40 bis 69"): scores are shown rounded, and a band holds
/// its `min` but not its `max`, except the last band, which holds its `max` too.
pub fn whole_points(band: &Band, last: bool) -> (u32, u32) {
    let to = if last { band.max.floor() } else { band.max.ceil() - 1.0 };
    (band.min.ceil().max(0.0) as u32, to.max(0.0) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_class_accepts_plain_ids_only() {
        assert_eq!(BandClass::parse("green").map(BandClass::badge_class).as_deref(), Some("badge band band--green"));
        assert!(BandClass::parse("band-2").is_some());
        for bad in ["", "Green", "a b", "x\" onclick=\"y", "a;b", "ä", "a.b", "a_b"] {
            assert_eq!(BandClass::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn shipped_bands_are_valid_classes() {
        for band in &Content::shipped().bands.bands {
            assert!(BandClass::of(band).is_some(), "{}", band.id);
        }
    }

    #[test]
    fn band_limits_are_the_whole_numbers_each_band_holds() {
        let content = Content::shipped();
        let ranges: Vec<(u32, u32)> = content.bands.bands.iter().map(|band| shown_range(content, band)).collect();
        assert_eq!(ranges, [(0, 39), (40, 69), (70, 100)]);
        // And they agree with the band a shown score falls into.
        for band in &content.bands.bands {
            let (low, high) = shown_range(content, band);
            for value in [low, high] {
                let score = Score { value: Some(f64::from(value)), answered: 1, total: 1 };
                assert_eq!(super::band(content, &score).map(|b| b.id.as_str()), Some(band.id.as_str()), "{value}");
            }
        }
    }

    #[test]
    fn unscored_scores_have_no_band_and_no_reading() {
        let content = Content::shipped();
        let unscored = Score { value: None, answered: 0, total: 4 };
        assert!(band(content, &unscored).is_none());
        assert!(reading(content, None, &unscored).is_none());
        let scored = Score { value: Some(99.6), answered: 4, total: 4 };
        assert_eq!(band(content, &scored).map(|b| b.max), Some(100.0));
        assert!(reading(content, None, &scored).is_some());
    }

    #[test]
    fn shipped_bands_cover_every_whole_point_once() {
        let bands = &Content::shipped().bands.bands;
        let mut next = 0;
        for (index, band) in bands.iter().enumerate() {
            let (from, to) = whole_points(band, index + 1 == bands.len());
            assert_eq!(from, next, "{}", band.id);
            for point in from..=to {
                let shown = Score { value: Some(f64::from(point)), answered: 1, total: 1 };
                assert_eq!(super::band(Content::shipped(), &shown).map(|b| b.id.as_str()), Some(band.id.as_str()));
            }
            next = to + 1;
        }
        assert_eq!(next, 101);
    }
}
