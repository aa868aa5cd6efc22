//! The focus (issue 30): the few goals a firm sets out to work on until the next check. The results suggest three
//! (goals with an open legal duty first, then the weakest by gap); the user may choose others, at most three. The
//! plan, the report's first pages and the Aushang put the focus first; the other goals stay one click away.

use serde::{Deserialize, Serialize};

use super::content::Content;
use super::duties::{DutyStatus, check_duties};
use super::recommend::recommend;
use super::saved::Saved;
use super::scoring::score;

/// Goals in the focus at most: few enough that a small firm can work on all of them in a year.
pub const FOCUS_GOALS: usize = 3;

/// The user's own choice of focus goals, saved with the answers and in the result file as one text: empty (also in
/// data and files from before the focus) follows the suggestion, so the focus moves with the answers until the user
/// chooses; else the goal ids joined by commas, or [`NONE_CHOSEN`]. One text, not a list: the start page reads the
/// saved data, and a text costs its first load nothing new.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FocusChoice(String);

/// The saved text of a choice of no goal at all.
pub const NONE_CHOSEN: &str = "-";

impl FocusChoice {
    /// The chosen goal ids, or `None` while the suggestion holds.
    pub fn chosen(&self) -> Option<Vec<String>> {
        match self.0.as_str() {
            "" => None,
            NONE_CHOSEN => Some(Vec::new()),
            ids => Some(ids.split(',').map(str::to_string).collect()),
        }
    }

    /// The goals in focus: the user's choice where there is one (goals `known` today only, at most
    /// [`FOCUS_GOALS`]), else `suggested`.
    pub fn goals(&self, suggested: &[String], known: impl Fn(&str) -> bool) -> Vec<String> {
        match self.chosen() {
            Some(chosen) => chosen.into_iter().filter(|id| known(id)).take(FOCUS_GOALS).collect(),
            None => suggested.to_vec(),
        }
    }

    /// Adds or removes a goal, starting from `current` (what is in focus now). Adding a fourth is refused (returns
    /// false, nothing changes): the user first removes one.
    pub fn toggle(&mut self, goal_id: &str, on: bool, current: &[String]) -> bool {
        let mut goals = current.to_vec();
        if on {
            if goals.iter().any(|id| id == goal_id) {
                return true;
            }
            if goals.len() >= FOCUS_GOALS {
                return false;
            }
            goals.push(goal_id.to_string());
        } else {
            goals.retain(|id| id != goal_id);
        }
        self.0 = if goals.is_empty() { NONE_CHOSEN.to_string() } else { goals.join(",") };
        true
    }

    /// Back to the suggestion.
    pub fn reset(&mut self) {
        self.0.clear();
    }

    /// Whether the saved text is one this version writes: empty, [`NONE_CHOSEN`], or at most [`FOCUS_GOALS`] ids.
    pub fn is_valid(&self) -> bool {
        self.chosen().is_none_or(|goals| goals.len() <= FOCUS_GOALS && goals.iter().all(|id| !id.is_empty()))
    }
}

/// A goal as the suggestion weighs it.
#[derive(Clone, Copy, Debug)]
pub struct Candidate<'a> {
    pub goal_id: &'a str,
    /// Whether one of the goal's legal duties is open (answered as not met).
    pub open_duty: bool,
    /// Whether the goal has something to improve (a score below 100).
    pub improvable: bool,
}

/// The suggested focus: from `by_gap` (the scored goals, weakest first, as `recommend` orders them) the goals with
/// an open legal duty, then the weakest others with something to improve, at most [`FOCUS_GOALS`].
pub fn suggest(by_gap: &[Candidate<'_>]) -> Vec<String> {
    let duties = by_gap.iter().filter(|goal| goal.open_duty);
    let weakest = by_gap.iter().filter(|goal| !goal.open_duty && goal.improvable);
    duties.chain(weakest).take(FOCUS_GOALS).map(|goal| goal.goal_id.to_string()).collect()
}

/// The goals in focus for `saved`: the user's choice, else the suggestion from the answers. The one place the
/// results, the plan, the report, the Aushang and the files take the focus from.
pub fn in_focus(content: &Content, saved: &Saved) -> Vec<String> {
    let scores = score(content, &saved.answers);
    let recommendations = recommend(&scores, &saved.answers, &saved.profile);
    // Open legal duties (the duty check of issue 27, "nein" or "trifft (eher) nicht zu"), by the goal of the
    // statement that answers them; a duty asked only on the duty page belongs to no goal.
    let open: Vec<&str> = check_duties(content, &saved.profile, &saved.answers, &saved.duties)
        .into_iter()
        .filter(|check| check.status == DutyStatus::Open)
        .filter_map(|check| check.duty.statement.as_deref())
        .filter_map(|statement| content.goals().find(|(_, goal)| goal.statements.iter().any(|s| s.id == statement)))
        .map(|(_, goal)| goal.id.as_str())
        .collect();
    let candidates: Vec<Candidate<'_>> = recommendations
        .iter()
        .map(|goal| Candidate {
            goal_id: &goal.goal.id,
            open_duty: open.contains(&goal.goal.id.as_str()),
            improvable: goal.score < 100.0,
        })
        .collect();
    saved.focus.goals(&suggest(&candidates), |id| content.goal(id).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(goal_id: &str, open_duty: bool, improvable: bool) -> Candidate<'_> {
        Candidate { goal_id, open_duty, improvable }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|id| id.to_string()).collect()
    }

    #[test]
    fn open_legal_duties_come_first_then_the_weakest() {
        let by_gap = [
            goal("2.1", false, true),
            goal("3.2", false, true),
            goal("1.1", false, true),
            goal("5.1", true, true),
            goal("6.2", true, false),
        ];
        assert_eq!(suggest(&by_gap), ids(&["5.1", "6.2", "2.1"]));
        let no_duties = [goal("2.1", false, true), goal("3.2", false, true), goal("1.1", false, true), goal("4.1", false, true)];
        assert_eq!(suggest(&no_duties), ids(&["2.1", "3.2", "1.1"]), "without duties: the three weakest");
    }

    #[test]
    fn goals_at_full_score_are_not_suggested() {
        let by_gap = [goal("2.1", false, true), goal("3.2", false, false), goal("1.1", false, false)];
        assert_eq!(suggest(&by_gap), ids(&["2.1"]));
        assert!(suggest(&[]).is_empty());
    }

    #[test]
    fn the_suggestion_holds_until_the_user_chooses() {
        let suggested = ids(&["2.1", "3.2", "1.1"]);
        let mut choice = FocusChoice::default();
        assert_eq!(choice.goals(&suggested, |_| true), suggested);
        assert!(choice.toggle("1.1", false, &suggested));
        assert_eq!(choice.goals(&ids(&["9.9"]), |_| true), ids(&["2.1", "3.2"]), "the choice, not a new suggestion");
        assert!(choice.toggle("6.1", true, &choice.goals(&suggested, |_| true)));
        assert_eq!(choice.chosen(), Some(ids(&["2.1", "3.2", "6.1"])));
        assert_eq!(serde_json::to_string(&choice).unwrap(), r#""2.1,3.2,6.1""#);
        choice.reset();
        assert_eq!(choice.chosen(), None);
    }

    #[test]
    fn a_fourth_goal_is_refused_and_changes_nothing() {
        let current = ids(&["2.1", "3.2", "1.1"]);
        let mut choice = FocusChoice::default();
        assert!(!choice.toggle("4.1", true, &current));
        assert_eq!(choice, FocusChoice::default());
        assert!(choice.toggle("2.1", true, &current), "already in focus");
    }

    #[test]
    fn unknown_goals_of_an_older_file_drop_out() {
        let choice: FocusChoice = serde_json::from_str(r#""2.1,0.9,3.2,1.1,4.1""#).unwrap();
        assert_eq!(choice.goals(&[], |id| id != "0.9"), ids(&["2.1", "3.2", "1.1"]));
        assert!(!choice.is_valid(), "five goals are more than a file of this version holds");
        assert_eq!(serde_json::to_string(&FocusChoice::default()).unwrap(), r#""""#);
    }

    #[test]
    fn no_goal_at_all_is_a_choice_too() {
        let mut choice = FocusChoice::default();
        assert!(choice.toggle("2.1", false, &ids(&["2.1"])));
        assert_eq!(choice.chosen(), Some(Vec::new()));
        assert!(choice.goals(&ids(&["3.2"]), |_| true).is_empty(), "not the suggestion");
        assert!(choice.is_valid());
    }
}
