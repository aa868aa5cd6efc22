//! Screens and their URL hashes. Pure: `parse` and `to_hash` are the only place that knows the hash format, so
//! links, reload and back/forward agree. Hash routes need no server rewrites, which chambers' hosts may not offer.

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    Privacy,
    /// "Erklärung zur Barrierefreiheit" (accessibility statement).
    Accessibility,
    /// "Leichte Sprache" (German), a plain-English summary in English.
    EasyLanguage,
    Profile,
    /// A field of action by its position, 1 to [`FIELD_SCREENS`].
    Field(u8),
    Overview,
    Results,
    /// The user's own result explained in Leichte Sprache (German) or plain English.
    EasyResults,
    Plan,
    Report,
    /// "Aushang": one printable page for the team, what the firm has set out to do (issue 30).
    Aushang,
    /// "Team-Auswertung": merges several people's result files (issue 13).
    Team,
    /// "Gesetzliche Pflichten: ein kurzer Abgleich": the duty page, outside the questionnaire's linear order.
    Duties,
    /// The web editor's preview of `kammer.json` (issue 29); linked from nowhere, named in KAMMER.md.
    Preview,
    /// "Beratungsmappe": the chamber adviser's desk with the firms' result files (issue 31).
    Desk,
    /// "Neuen Check beginnen": starts, continues, closes or cancels a re-check round, and asks "Hat es gewirkt?".
    Recheck,
}

/// How many field pages the questionnaire has; mirrors the content's six fields (checked by a test).
pub const FIELD_SCREENS: u8 = 6;

impl Screen {
    /// The hash for this screen, e.g. `#/feld/3`.
    pub fn to_hash(self) -> String {
        match self {
            Screen::Start => "#/".into(),
            Screen::Privacy => "#/datenschutz".into(),
            Screen::Accessibility => "#/barrierefreiheit".into(),
            Screen::EasyLanguage => "#/leichte-sprache".into(),
            Screen::Profile => "#/profil".into(),
            Screen::Field(number) => format!("#/feld/{number}"),
            Screen::Overview => "#/uebersicht".into(),
            Screen::Results => "#/ergebnis".into(),
            Screen::EasyResults => "#/ergebnis/leicht".into(),
            Screen::Plan => "#/plan".into(),
            Screen::Report => "#/bericht".into(),
            Screen::Aushang => "#/aushang".into(),
            Screen::Team => "#/team".into(),
            Screen::Duties => "#/pflichten".into(),
            Screen::Preview => "#/vorschau".into(),
            Screen::Desk => "#/beratung".into(),
            Screen::Recheck => "#/neuer-check".into(),
        }
    }

    /// The screen for a hash as found in `location.hash` (with or without `#`). Unknown hashes are `None`; the app
    /// shows the start page for them.
    pub fn parse(hash: &str) -> Option<Screen> {
        let path = hash.trim_start_matches('#').trim_start_matches('/').trim_end_matches('/');
        let screen = match path {
            "" => Screen::Start,
            "datenschutz" => Screen::Privacy,
            "barrierefreiheit" => Screen::Accessibility,
            "leichte-sprache" => Screen::EasyLanguage,
            "profil" => Screen::Profile,
            "uebersicht" => Screen::Overview,
            "ergebnis" => Screen::Results,
            "ergebnis/leicht" => Screen::EasyResults,
            "plan" => Screen::Plan,
            "bericht" => Screen::Report,
            "aushang" => Screen::Aushang,
            "team" => Screen::Team,
            "pflichten" => Screen::Duties,
            "vorschau" => Screen::Preview,
            "beratung" => Screen::Desk,
            "neuer-check" => Screen::Recheck,
            _ => {
                let number: u8 = path.strip_prefix("feld/")?.parse().ok()?;
                if !(1..=FIELD_SCREENS).contains(&number) {
                    return None;
                }
                Screen::Field(number)
            }
        };
        Some(screen)
    }

    /// The field screens in order: the `n`-th shows `content.fields[n]`. Together with [`Screen::field_index`] the
    /// one mapping between a field's place in the content (0-based) and its screen number (1-based, in the URL).
    pub fn fields() -> impl Iterator<Item = Screen> {
        (1..=FIELD_SCREENS).map(Screen::Field)
    }

    /// The index in `content.fields` of a field screen's field; `None` for other screens.
    pub fn field_index(self) -> Option<usize> {
        match self {
            Screen::Field(number) => usize::from(number).checked_sub(1),
            _ => None,
        }
    }

    /// Whether the screen shows the check's content (statements, scores, measures), so it waits until the content has
    /// arrived (`state::content`). The start page, the profile and the information pages never do.
    pub fn needs_content(self) -> bool {
        match self {
            Screen::Start
            | Screen::Privacy
            | Screen::Accessibility
            | Screen::EasyLanguage
            | Screen::Profile
            | Screen::Preview => false,
            Screen::Field(_)
            | Screen::Overview
            | Screen::Results
            | Screen::EasyResults
            | Screen::Desk
            | Screen::Plan
            | Screen::Report
            | Screen::Aushang
            | Screen::Team
            | Screen::Duties
            | Screen::Recheck => true,
        }
    }

    /// The screen "Weiter" leads to in the questionnaire's linear order.
    pub fn next(self) -> Option<Screen> {
        match self {
            Screen::Start => Some(Screen::Profile),
            Screen::Profile => Some(Screen::Field(1)),
            Screen::Field(number) if number < FIELD_SCREENS => Some(Screen::Field(number + 1)),
            Screen::Field(_) => Some(Screen::Overview),
            Screen::Overview => Some(Screen::Results),
            _ => None,
        }
    }

    /// "Weiter" from a screen of the questionnaire: as [`Screen::next`], except that after the last field the
    /// overview is skipped when every statement is answered (it would only say so): straight to the results.
    pub fn next_when(self, all_answered: bool) -> Option<Screen> {
        match self.next() {
            Some(Screen::Overview) if all_answered => Some(Screen::Results),
            next => next,
        }
    }

    /// The screen "Zurück" leads to in the questionnaire's linear order.
    pub fn previous(self) -> Option<Screen> {
        match self {
            Screen::Profile => Some(Screen::Start),
            Screen::Field(1) => Some(Screen::Profile),
            Screen::Field(number) => Some(Screen::Field(number - 1)),
            Screen::Overview => Some(Screen::Field(FIELD_SCREENS)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn with_everything_answered_the_last_field_leads_to_the_results() {
        use super::{FIELD_SCREENS, Screen};
        let last = Screen::Field(FIELD_SCREENS);
        assert_eq!(last.next_when(false), Some(Screen::Overview));
        assert_eq!(last.next_when(true), Some(Screen::Results));
        assert_eq!(Screen::Field(1).next_when(true), Some(Screen::Field(2)));
    }

    use super::*;

    fn all_screens() -> Vec<Screen> {
        let mut screens = vec![
            Screen::Start,
            Screen::Privacy,
            Screen::Accessibility,
            Screen::EasyLanguage,
            Screen::Profile,
            Screen::Overview,
        ];
        screens.extend((1..=FIELD_SCREENS).map(Screen::Field));
        screens.extend([
            Screen::Results,
            Screen::EasyResults,
            Screen::Plan,
            Screen::Report,
            Screen::Aushang,
            Screen::Team,
            Screen::Duties,
            Screen::Preview,
            Screen::Desk,
        ]);
        screens.push(Screen::Recheck);
        screens
    }

    #[test]
    fn field_screens_and_indexes_agree() {
        let indexes: Vec<_> = Screen::fields().map(|screen| screen.field_index()).collect();
        assert_eq!(indexes, (0..usize::from(FIELD_SCREENS)).map(Some).collect::<Vec<_>>());
        assert_eq!(Screen::Field(0).field_index(), None);
        assert_eq!(Screen::Overview.field_index(), None);
    }

    #[test]
    fn only_the_screens_before_the_questionnaire_and_the_information_pages_show_without_content() {
        let without: Vec<_> = all_screens().into_iter().filter(|screen| !screen.needs_content()).collect();
        assert_eq!(
            without,
            [
                Screen::Start,
                Screen::Privacy,
                Screen::Accessibility,
                Screen::EasyLanguage,
                Screen::Profile,
                Screen::Preview
            ]
        );
    }

    #[test]
    fn every_screen_round_trips_through_its_hash() {
        for screen in all_screens() {
            assert_eq!(Screen::parse(&screen.to_hash()), Some(screen), "{screen:?}");
        }
    }

    #[test]
    fn parse_is_lenient_about_slashes_and_hash_sign() {
        assert_eq!(Screen::parse(""), Some(Screen::Start));
        assert_eq!(Screen::parse("#"), Some(Screen::Start));
        assert_eq!(Screen::parse("feld/2"), Some(Screen::Field(2)));
        assert_eq!(Screen::parse("#/feld/2/"), Some(Screen::Field(2)));
    }

    #[test]
    fn the_information_pages_have_german_hashes_outside_the_questionnaire() {
        assert_eq!(Screen::parse("#/barrierefreiheit"), Some(Screen::Accessibility));
        assert_eq!(Screen::parse("#/leichte-sprache/"), Some(Screen::EasyLanguage));
        assert_eq!(Screen::Accessibility.to_hash(), "#/barrierefreiheit");
        assert_eq!(Screen::EasyLanguage.to_hash(), "#/leichte-sprache");
        for screen in [Screen::Accessibility, Screen::EasyLanguage] {
            assert_eq!(screen.next(), None);
            assert_eq!(screen.previous(), None);
        }
        for bad in ["#/Barrierefreiheit", "#/leichte_sprache", "#/leichte-sprache/x", "#/barrierefreiheit%00"] {
            assert_eq!(Screen::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn parse_rejects_unknown_and_out_of_range() {
        for bad in ["#/feld/0", "#/feld/7", "#/feld/-1", "#/feld/x", "#/feld/", "#/unknown", "#/feld/999999999999"] {
            assert_eq!(Screen::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn next_and_previous_walk_the_questionnaire() {
        let mut screen = Screen::Start;
        let mut walked = vec![screen];
        while let Some(next) = screen.next() {
            screen = next;
            walked.push(screen);
        }
        assert_eq!(walked.len(), 2 + FIELD_SCREENS as usize + 2);
        assert_eq!(screen, Screen::Results);
        for pair in walked.windows(2).take(walked.len() - 2) {
            assert_eq!(pair[1].previous(), Some(pair[0]));
        }
    }

    #[test]
    fn the_duty_page_lives_outside_the_questionnaire() {
        assert_eq!(Screen::parse("#/pflichten"), Some(Screen::Duties));
        assert_eq!(Screen::Duties.to_hash(), "#/pflichten");
        assert_eq!((Screen::Duties.next(), Screen::Duties.previous()), (None, None));
        assert!(Screen::Duties.needs_content());
    }

    #[test]
    fn the_team_screen_lives_outside_the_questionnaire() {
        assert_eq!(Screen::parse("#/team"), Some(Screen::Team));
        assert_eq!(Screen::parse("team/"), Some(Screen::Team));
        assert_eq!(Screen::Team.to_hash(), "#/team");
        assert_eq!(Screen::Team.next(), None);
        assert_eq!(Screen::Team.previous(), None);
        for bad in ["#/Team", "#/team/x", "#/teams"] {
            assert_eq!(Screen::parse(bad), None, "{bad}");
        }
    }
}
