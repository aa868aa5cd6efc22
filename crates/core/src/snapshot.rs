//! "Zwischenstand speichern": dated copies of the answers, kept with the rest of the user's data in `Saved` (so in the
//! storage mode the user chose: nothing persists without the opt-in), to compare the current answers with later.
//!
//! A snapshot holds the answers only: scores come from the answers alone (the profile never changes a score), so
//! scoring a snapshot again with [`crate::scoring::score`] gives that day's scores.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::sort::sort_short;

/// Snapshots kept at most. One a quarter for two and a half years, and small: a full set of answers is about two
/// kilobytes, so ten stay far below any storage quota. The eleventh is refused, not the oldest dropped: nothing the
/// user kept disappears without their doing.
pub const MAX_SNAPSHOTS: usize = 10;

/// The answers as they were at one moment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Milliseconds since the epoch, like `Saved::updated_at`; unique among the kept snapshots, so it names one.
    pub taken_at: f64,
    pub answers: Answers,
}

/// Why a snapshot was not taken. Each has a message in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    /// [`MAX_SNAPSHOTS`] are kept already; the user removes one first.
    Full,
    /// No answers yet: there is nothing to compare with later.
    NoAnswers,
    /// The answers are the same as in the newest snapshot (also catches a double click).
    Unchanged,
}

/// The kept snapshots, in the order they were taken.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Snapshots(Vec<Snapshot>);

impl Snapshots {
    /// Keeps a copy of `answers` taken `now` and returns its `taken_at`. The time is moved just past the newest
    /// snapshot if the clock says otherwise, so every snapshot has its own time and the newest is the last taken.
    pub fn add(&mut self, answers: &Answers, now: f64) -> Result<f64, SnapshotError> {
        if answers.is_empty() {
            return Err(SnapshotError::NoAnswers);
        }
        if self.0.len() >= MAX_SNAPSHOTS {
            return Err(SnapshotError::Full);
        }
        let newest = self.newest_first().into_iter().next();
        if newest.is_some_and(|newest| newest.answers == *answers) {
            return Err(SnapshotError::Unchanged);
        }
        let taken_at = match newest {
            Some(newest) if newest.taken_at >= now => newest.taken_at + 1.0,
            _ => now,
        };
        self.0.push(Snapshot { taken_at, answers: answers.clone() });
        Ok(taken_at)
    }

    /// Removes the snapshot taken at `taken_at`; returns whether there was one.
    pub fn remove(&mut self, taken_at: f64) -> bool {
        let before = self.0.len();
        self.0.retain(|snapshot| snapshot.taken_at != taken_at);
        self.0.len() != before
    }

    pub fn get(&self, taken_at: f64) -> Option<&Snapshot> {
        self.0.iter().find(|snapshot| snapshot.taken_at == taken_at)
    }

    /// The snapshots as the view lists them, newest first (whatever order stored data had).
    pub fn newest_first(&self) -> Vec<&Snapshot> {
        let mut list: Vec<&Snapshot> = self.0.iter().collect();
        sort_short(&mut list, |a, b| b.taken_at.total_cmp(&a.taken_at));
        list
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The snapshots of a result file, if they could have been kept here: at most [`MAX_SNAPSHOTS`], each with its
    /// own finite time. Otherwise why not, for the import's message.
    pub fn from_file(list: Vec<Snapshot>) -> Result<Snapshots, String> {
        if list.len() > MAX_SNAPSHOTS {
            return Err(format!("{} snapshots", list.len()));
        }
        for (index, snapshot) in list.iter().enumerate() {
            if !snapshot.taken_at.is_finite() || list[..index].iter().any(|other| other.taken_at == snapshot.taken_at) {
                return Err("snapshot time".into());
            }
        }
        Ok(Snapshots(list))
    }

    /// The snapshots in the order they were taken, as a result file carries them.
    pub fn to_vec(&self) -> Vec<Snapshot> {
        self.0.clone()
    }

    /// Adds `other`'s snapshots that are not here yet (same time), the last taken first while there is room. Nothing
    /// kept here is dropped; returns how many of `other`'s new ones found no room. (In the order kept, not sorted:
    /// the import runs in the start page's code, where a sort costs bytes.)
    pub fn merge(&mut self, other: &Snapshots) -> usize {
        let mut left_out = 0;
        for snapshot in other.0.iter().rev() {
            if self.get(snapshot.taken_at).is_some() {
                continue;
            }
            if self.0.len() >= MAX_SNAPSHOTS {
                left_out += 1;
            } else {
                self.0.push(snapshot.clone());
            }
        }
        left_out
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    fn answers(answer: Answer) -> Answers {
        [("s1".to_string(), answer)].into_iter().collect()
    }

    const SCALE: [Answer; 4] = [Answer::NotTrue, Answer::RatherNot, Answer::Mostly, Answer::Fully];

    #[test]
    fn keeps_up_to_the_limit_then_refuses_without_dropping_any() {
        let mut snapshots = Snapshots::default();
        for i in 0..MAX_SNAPSHOTS {
            let mut answers = answers(SCALE[i % 4]);
            answers.set(&format!("s{i}x"), Some(Answer::Mostly));
            assert_eq!(snapshots.add(&answers, 1000.0 * i as f64), Ok(1000.0 * i as f64));
        }
        assert_eq!(snapshots.len(), MAX_SNAPSHOTS);
        let before = snapshots.clone();
        assert_eq!(snapshots.add(&answers(Answer::NotRelevant), 1e9), Err(SnapshotError::Full));
        assert_eq!(snapshots, before);
        assert!(snapshots.remove(0.0));
        assert_eq!(snapshots.add(&answers(Answer::NotRelevant), 1e9), Ok(1e9));
        assert_eq!(snapshots.len(), MAX_SNAPSHOTS);
    }

    #[test]
    fn lists_newest_first_and_removes_exactly_one() {
        let mut snapshots = Snapshots::default();
        for (i, answer) in SCALE.into_iter().enumerate() {
            snapshots.add(&answers(answer), 10.0 * i as f64).unwrap();
        }
        let times: Vec<f64> = snapshots.newest_first().iter().map(|s| s.taken_at).collect();
        assert_eq!(times, [30.0, 20.0, 10.0, 0.0]);
        assert!(snapshots.remove(20.0));
        assert!(!snapshots.remove(20.0));
        assert_eq!(snapshots.get(20.0), None);
        assert_eq!(snapshots.get(30.0).map(|s| &s.answers), Some(&answers(Answer::Fully)));
        assert_eq!(snapshots.len(), 3);
    }

    #[test]
    fn times_stay_unique_when_the_clock_goes_back() {
        let mut snapshots = Snapshots::default();
        assert_eq!(snapshots.add(&answers(Answer::Fully), 500.0), Ok(500.0));
        assert_eq!(snapshots.add(&answers(Answer::Mostly), 500.0), Ok(501.0));
        assert_eq!(snapshots.add(&answers(Answer::NotTrue), 100.0), Ok(502.0));
        assert_eq!(snapshots.newest_first()[0].answers, answers(Answer::NotTrue));
    }

    #[test]
    fn merges_without_dropping_or_doubling() {
        let mut here = Snapshots::default();
        here.add(&answers(Answer::Fully), 10.0).unwrap();
        let mut file = Snapshots::default();
        for (i, answer) in SCALE.into_iter().enumerate() {
            file.add(&answers(answer), 10.0 * i as f64).unwrap();
        }
        assert_eq!(here.merge(&file), 0);
        assert_eq!(here.len(), 4);
        assert_eq!(here.get(10.0).map(|s| &s.answers), Some(&answers(Answer::Fully)));
        let mut full = Snapshots::default();
        for i in 0..MAX_SNAPSHOTS {
            full.add(&answers(SCALE[i % 2]), 1000.0 + i as f64).unwrap();
        }
        let before = full.clone();
        assert_eq!(full.merge(&file), 4);
        assert_eq!(full, before);
    }

    #[test]
    fn a_file_holds_at_most_the_limit_with_distinct_times() {
        let snapshot = |taken_at| Snapshot { taken_at, answers: answers(Answer::Mostly) };
        assert!(Snapshots::from_file(vec![snapshot(1.0), snapshot(2.0)]).is_ok());
        assert!(Snapshots::from_file(vec![snapshot(1.0), snapshot(1.0)]).is_err());
        assert!(Snapshots::from_file((0..=MAX_SNAPSHOTS).map(|i| snapshot(i as f64)).collect()).is_err());
    }

    #[test]
    fn refuses_empty_and_unchanged_answers() {
        let mut snapshots = Snapshots::default();
        assert_eq!(snapshots.add(&Answers::new(), 1.0), Err(SnapshotError::NoAnswers));
        snapshots.add(&answers(Answer::Fully), 1.0).unwrap();
        assert_eq!(snapshots.add(&answers(Answer::Fully), 2.0), Err(SnapshotError::Unchanged));
        assert_eq!(snapshots.add(&answers(Answer::Mostly), 3.0), Ok(3.0));
        // Back to an earlier state is a change relative to the newest snapshot.
        assert_eq!(snapshots.add(&answers(Answer::Fully), 4.0), Ok(4.0));
    }
}
