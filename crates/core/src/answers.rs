//! The user's answers: a plain serialisable map from statement id to a point on the agreement scale.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A point on the 4-point agreement scale, "nicht relevant für uns", or "weiß ich nicht / muss ich klären".
/// Unanswered is the absence of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// trifft nicht zu
    NotTrue,
    /// trifft eher nicht zu
    RatherNot,
    /// trifft eher zu
    Mostly,
    /// trifft voll zu
    Fully,
    /// nicht relevant für uns: excluded from the score, counted as answered for coverage.
    NotRelevant,
    /// weiß ich nicht / muss ich klären: not scored and not counted for a score's coverage (nothing is known), but
    /// answered for progress (the user has been here) and listed as "zu klären". A duty answered so is unknown, not
    /// unmet.
    Unknown,
}

impl Answer {
    /// The scale as shown, strongest agreement first, then "nicht relevant" and "weiß ich nicht".
    pub const ALL: [Answer; 6] =
        [Answer::Fully, Answer::Mostly, Answer::RatherNot, Answer::NotTrue, Answer::NotRelevant, Answer::Unknown];

    /// The statement's value between 0 and 1, or `None` when it does not count.
    pub fn value(self) -> Option<f64> {
        match self {
            Answer::NotTrue => Some(0.0),
            Answer::RatherNot => Some(1.0 / 3.0),
            Answer::Mostly => Some(2.0 / 3.0),
            Answer::Fully => Some(1.0),
            Answer::NotRelevant | Answer::Unknown => None,
        }
    }

    /// Whether the answer says something about the firm a score may cover: every answer but "weiß ich nicht".
    pub fn is_known(self) -> bool {
        self != Answer::Unknown
    }

    /// The id used in storage, form values and `data-` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::NotTrue => "not_true",
            Answer::RatherNot => "rather_not",
            Answer::Mostly => "mostly",
            Answer::Fully => "fully",
            Answer::NotRelevant => "not_relevant",
            Answer::Unknown => "unknown",
        }
    }

    pub fn parse(id: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|answer| answer.as_str() == id)
    }
}

/// All answers given so far. A `BTreeMap` so serialisation is deterministic and the order of answering is irrelevant.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Answer>);

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, statement_id: &str) -> Option<Answer> {
        self.0.get(statement_id).copied()
    }

    /// Sets or, with `None`, clears the answer to one statement.
    pub fn set(&mut self, statement_id: &str, answer: Option<Answer>) {
        match answer {
            Some(answer) => {
                self.0.insert(statement_id.to_string(), answer);
            }
            None => {
                self.0.remove(statement_id);
            }
        }
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, Answer)> {
        self.0.iter().map(|(id, answer)| (id.as_str(), *answer))
    }

    /// The statements answered "weiß ich nicht / muss ich klären", in id order.
    pub fn to_clarify(&self) -> impl Iterator<Item = &str> {
        self.iter().filter(|(_, answer)| *answer == Answer::Unknown).map(|(id, _)| id)
    }
}

impl FromIterator<(String, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (String, Answer)>>(iter: I) -> Self {
        // Inserting one by one (a later pair wins, as with `collect`): collecting into a `BTreeMap` sorts first and
        // brings a copy of the standard sort into the wasm (see `domain::sort`).
        let mut map = BTreeMap::new();
        for (id, answer) in iter {
            map.insert(id, answer);
        }
        Answers(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_follow_the_scale() {
        assert_eq!(Answer::NotTrue.value(), Some(0.0));
        assert_eq!(Answer::Fully.value(), Some(1.0));
        assert!(Answer::RatherNot.value() < Answer::Mostly.value());
        assert_eq!(Answer::NotRelevant.value(), None);
        assert_eq!(Answer::Unknown.value(), None);
        assert!(!Answer::Unknown.is_known());
        assert!(Answer::ALL.iter().filter(|answer| !answer.is_known()).count() == 1);
    }

    #[test]
    fn lists_what_to_clarify() {
        let mut answers = Answers::new();
        answers.set("2.1.a", Some(Answer::Unknown));
        answers.set("1.1.a", Some(Answer::NotRelevant));
        answers.set("1.1.b", Some(Answer::Unknown));
        assert_eq!(answers.to_clarify().collect::<Vec<_>>(), ["1.1.b", "2.1.a"]);
    }

    #[test]
    fn ids_round_trip_and_match_serde() {
        for answer in Answer::ALL {
            assert_eq!(Answer::parse(answer.as_str()), Some(answer));
            assert_eq!(serde_json::to_string(&answer).unwrap(), format!("\"{}\"", answer.as_str()));
        }
        assert_eq!(Answer::parse("yes"), None);
    }

    #[test]
    fn set_and_clear() {
        let mut answers = Answers::new();
        answers.set("1.1.a", Some(Answer::Mostly));
        assert_eq!(answers.get("1.1.a"), Some(Answer::Mostly));
        answers.set("1.1.a", None);
        assert_eq!(answers.get("1.1.a"), None);
        assert!(answers.is_empty());
    }
}
