//! The optional company profile. It tailors which measures are recommended and in which order; it never changes a
//! score.

use serde::{Deserialize, Serialize};

/// Longest company name, in characters: the profile form's `maxlength` and the import's check use this one value.
pub const MAX_COMPANY_NAME: usize = 200;

/// Largest exact number of employees the profile accepts (the form's `max` and the import's check).
pub const MAX_EMPLOYEES: u32 = 100_000;

/// Number of employees, in the bands the content files use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SizeBand {
    #[serde(rename = "1-9")]
    Micro,
    #[serde(rename = "10-49")]
    Small,
    #[serde(rename = "50-249")]
    Medium,
    #[serde(rename = "250+")]
    Large,
}

impl SizeBand {
    pub const ALL: [SizeBand; 4] = [SizeBand::Micro, SizeBand::Small, SizeBand::Medium, SizeBand::Large];

    /// The id used in content files, storage and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            SizeBand::Micro => "1-9",
            SizeBand::Small => "10-49",
            SizeBand::Medium => "50-249",
            SizeBand::Large => "250+",
        }
    }

    pub fn parse(id: &str) -> Option<SizeBand> {
        SizeBand::ALL.into_iter().find(|band| band.as_str() == id)
    }
}

/// Sectors typical of the region's economy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sector {
    Handwerk,
    Industrie,
    Handel,
    Dienstleistung,
    Gesundheit,
    Gastgewerbe,
    Logistik,
    Landwirtschaft,
    Sonstige,
}

impl Sector {
    pub const ALL: [Sector; 9] = [
        Sector::Handwerk,
        Sector::Industrie,
        Sector::Handel,
        Sector::Dienstleistung,
        Sector::Gesundheit,
        Sector::Gastgewerbe,
        Sector::Logistik,
        Sector::Landwirtschaft,
        Sector::Sonstige,
    ];

    /// The id used in content files, storage and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Handwerk => "handwerk",
            Sector::Industrie => "industrie",
            Sector::Handel => "handel",
            Sector::Dienstleistung => "dienstleistung",
            Sector::Gesundheit => "gesundheit",
            Sector::Gastgewerbe => "gastgewerbe",
            Sector::Logistik => "logistik",
            Sector::Landwirtschaft => "landwirtschaft",
            Sector::Sonstige => "sonstige",
        }
    }

    pub fn parse(id: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|sector| sector.as_str() == id)
    }
}

/// The role of the person filling in the check. Optional; it only labels that person's answers in a team round
/// ("Hier sehen Sie es unterschiedlich") and never asks for a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Role {
    #[serde(rename = "geschaeftsfuehrung")]
    Management,
    #[serde(rename = "personalverantwortung")]
    HumanResources,
    #[serde(rename = "fuehrungskraft")]
    Lead,
    #[serde(rename = "beschaeftigte")]
    Staff,
    #[serde(rename = "auszubildende")]
    Apprentice,
}

impl Role {
    /// In the order the profile offers them, which is also the order of the team screen's markers.
    pub const ALL: [Role; 5] = [Role::Management, Role::HumanResources, Role::Lead, Role::Staff, Role::Apprentice];

    /// The id used in result files, storage and form values.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Management => "geschaeftsfuehrung",
            Role::HumanResources => "personalverantwortung",
            Role::Lead => "fuehrungskraft",
            Role::Staff => "beschaeftigte",
            Role::Apprentice => "auszubildende",
        }
    }

    pub fn parse(id: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == id)
    }
}

/// What the user told us about the company. Every part is optional: an empty profile recommends for any firm.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// Shown on the report's cover only; never leaves the browser.
    pub company_name: String,
    pub size: Option<SizeBand>,
    pub sector: Option<Sector>,
    pub trains_apprentices: Option<bool>,
    /// Whether the firm has a works council (Betriebsrat): measures then add their co-determination sentence.
    /// Absent in data written before version 3, which reads as "not given".
    pub works_council: Option<bool>,
    /// The filling-in person's role, for team rounds; absent in data written before roles existed.
    pub role: Option<Role>,
    /// The exact number of employees (heads), optional beside the band: the duty check uses it for thresholds that
    /// lie inside a band (20 jobs in "10–49"). Absent in data written before format 3.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employees: Option<u32>,
}

impl Profile {
    /// The exact headcount from a form's text: a whole number from 1 to [`MAX_EMPLOYEES`], else `None`.
    pub fn parse_employees(text: &str) -> Option<u32> {
        text.trim().parse::<u32>().ok().filter(|n| (1..=MAX_EMPLOYEES).contains(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_match_serde() {
        for band in SizeBand::ALL {
            assert_eq!(SizeBand::parse(band.as_str()), Some(band));
            assert_eq!(serde_json::to_string(&band).unwrap(), format!("\"{}\"", band.as_str()));
        }
        for sector in Sector::ALL {
            assert_eq!(Sector::parse(sector.as_str()), Some(sector));
            assert_eq!(serde_json::to_string(&sector).unwrap(), format!("\"{}\"", sector.as_str()));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(serde_json::to_string(&role).unwrap(), format!("\"{}\"", role.as_str()));
        }
        assert_eq!(Role::parse("Geschäftsführung"), None);
        assert_eq!(SizeBand::parse("10-50"), None);
        assert_eq!(Sector::parse("Handwerk"), None);
    }
}
