//! What the follow-up files and the Aushang say (issue 30): the plan's lines with the focus first, the calendar's
//! entries and the spreadsheet's rows, from the saved data. Pure, so the files are tested natively; the app passes
//! the texts of the language.

use super::calendar::{Event, RECHECK_ITEM};
use super::content::{Content, Goal};
use super::csv::Cell;
use super::date::CalendarDate;
use super::lang::Lang;
use super::plan::{PlanEntry, Status, plan_item};
use super::scoring::{Score, Scores};

/// One plan entry as the files and the Aushang show it.
#[derive(Clone, Debug)]
pub struct PlanLine<'a> {
    pub entry: PlanEntry,
    /// `None` for an own measure without a goal.
    pub goal: Option<&'a Goal>,
    pub title: String,
    pub first_step: String,
    pub in_focus: bool,
}

/// The plan's entries this version knows (own measures too; titles from [`plan_item`]): those of focus goals first,
/// then the rest, each group in the order the user added them.
pub fn plan_lines<'a>(content: &'a Content, plan: &[PlanEntry], focus: &[String], lang: Lang) -> Vec<PlanLine<'a>> {
    let mut lines: Vec<(bool, PlanLine<'a>)> = plan
        .iter()
        .filter_map(|entry| {
            let item = plan_item(content, entry, lang)?;
            let in_focus = item.goal.is_some_and(|goal| focus.contains(&goal.id));
            let line = PlanLine {
                entry: entry.clone(),
                goal: item.goal,
                title: item.title.to_string(),
                first_step: item.first_step.to_string(),
                in_focus,
            };
            Some((!in_focus, line))
        })
        .collect();
    super::sort::sort_short(&mut lines, |a, b| a.0.cmp(&b.0));
    lines.into_iter().map(|(_, line)| line).collect()
}

/// The words around the calendar's entries.
pub struct EventTexts<'a> {
    pub first_step: &'a str,
    pub owner: &'a str,
    pub goal: &'a str,
    pub recheck: &'a str,
    pub recheck_text: &'a str,
}

/// The calendar's entries: each open plan line with a due date (done ones are left out), then the re-check.
pub fn events(lines: &[PlanLine<'_>], recheck: Option<CalendarDate>, texts: &EventTexts<'_>, lang: Lang) -> Vec<Event> {
    let mut events: Vec<Event> = lines
        .iter()
        .filter(|line| line.entry.status != Status::Done)
        .filter_map(|line| {
            let date = CalendarDate::parse_iso(&line.entry.due, 0).filter(|_| line.entry.due.len() == 10)?;
            let mut parts = Vec::new();
            if !line.first_step.trim().is_empty() {
                parts.push(format!("{}: {}", texts.first_step, line.first_step.trim()));
            }
            if !line.entry.owner.trim().is_empty() {
                parts.push(format!("{}: {}", texts.owner, line.entry.owner.trim()));
            }
            if let Some(goal) = line.goal {
                parts.push(format!("{}: {} {}", texts.goal, goal.id, goal.plain_title.get(lang)));
            }
            let description = parts.join("\n");
            Some(Event { item: line.entry.measure_id.clone(), date, summary: line.title.clone(), description })
        })
        .collect();
    if let Some(date) = recheck {
        events.push(Event {
            item: RECHECK_ITEM.into(),
            date,
            summary: texts.recheck.into(),
            description: texts.recheck_text.into(),
        });
    }
    events
}

/// The words of the spreadsheet.
pub struct TableTexts<'a> {
    pub plan: &'a str,
    pub plan_columns: [&'a str; 8],
    pub scores: &'a str,
    pub score_columns: [&'a str; 5],
    pub overall: &'a str,
    pub field: &'a str,
    pub goal: &'a str,
    pub yes: &'a str,
    pub status: fn(Status) -> &'static str,
}

/// The spreadsheet's rows: the plan (focus first), an empty row, then overall, field and goal scores with one
/// decimal (not scored: an empty cell). Dates as German Excel reads them (`31.03.2027`) in German, ISO in English.
pub fn table(lines: &[PlanLine<'_>], scores: &Scores<'_>, texts: &TableTexts<'_>, lang: Lang) -> Vec<Vec<Cell>> {
    let mut rows = vec![vec![Cell::from(texts.plan)], texts.plan_columns.iter().map(|c| Cell::from(*c)).collect()];
    for line in lines {
        let due = CalendarDate::parse_iso(&line.entry.due, 0).filter(|_| line.entry.due.len() == 10).map(|date| {
            match lang {
                Lang::De => format!("{:02}.{:02}.{}", date.day, date.month, date.year),
                Lang::En => date.iso(),
            }
        });
        rows.push(vec![
            if line.in_focus { Cell::from(texts.yes) } else { Cell::Empty },
            line.goal.map(|goal| Cell::from(format!("{} {}", goal.id, goal.plain_title.get(lang)))).unwrap_or(Cell::Empty),
            Cell::from(line.title.as_str()),
            Cell::from(line.first_step.as_str()),
            Cell::from(line.entry.owner.as_str()),
            due.map(Cell::Text).unwrap_or(Cell::Empty),
            Cell::from((texts.status)(line.entry.status)),
            Cell::from(line.entry.note.as_str()),
        ]);
    }
    rows.push(Vec::new());
    rows.push(vec![Cell::from(texts.scores)]);
    rows.push(texts.score_columns.iter().map(|c| Cell::from(*c)).collect());
    // Number and title in one cell: a lone "1.1" would read as 1 January in a German spreadsheet.
    let row = |level: &str, id: &str, title: &str, score: &Score| {
        vec![
            Cell::from(level),
            Cell::from(format!("{id} {title}").trim().to_string()),
            score.value.map(|value| Cell::Number(value, 1)).unwrap_or(Cell::Empty),
            Cell::Number(score.answered as f64, 0),
            Cell::Number(score.total as f64, 0),
        ]
    };
    rows.push(row(texts.overall, "", "", &scores.overall));
    for field in &scores.fields {
        // A field by its title: its id is a slug for the software ("ausbildung"), not for readers.
        rows.push(row(texts.field, "", field.field.title.get(lang), &field.score));
    }
    for goal in scores.goals() {
        rows.push(row(texts.goal, &goal.goal.id, goal.goal.plain_title.get(lang), &goal.score));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;
    use crate::calendar;
    use crate::csv;
    use crate::saved::Saved;
    use crate::scoring::score;

    fn content() -> &'static Content {
        Content::shipped()
    }

    /// Three measures of different goals: one done, one without a date, one due; the second goal in focus.
    fn saved() -> (Saved, Vec<String>, [String; 3]) {
        let mut saved = Saved::new();
        for (_, statement) in content().statements() {
            saved.answers.set(&statement.id, Some(Answer::RatherNot));
        }
        let goals: Vec<&Goal> = content().goals().map(|(_, goal)| goal).take(3).collect();
        let ids = [0, 1, 2].map(|i| goals[i].measures[0].id.clone());
        for id in &ids {
            saved.plan.add(id);
        }
        saved.plan.edit(&ids[0], |e| {
            e.due = "2027-01-15".into();
            e.status = Status::Done;
        });
        saved.plan.edit(&ids[2], |e| {
            e.due = "2027-03-31".into();
            e.owner = "=HYPERLINK(\"http://x\"), Frau Öztürk".into();
        });
        (saved, vec![goals[2].id.clone()], ids)
    }

    const EVENT_TEXTS: EventTexts<'static> = EventTexts {
        first_step: "Erster Schritt",
        owner: "Verantwortlich",
        goal: "Ziel",
        recheck: "Nächster Check",
        recheck_text: "Antworten prüfen",
    };

    #[test]
    fn the_focus_comes_first_in_the_plan_lines() {
        let (saved, focus, ids) = saved();
        let lines = plan_lines(content(), saved.plan.entries(), &focus, Lang::De);
        let order: Vec<&str> = lines.iter().map(|line| line.entry.measure_id.as_str()).collect();
        assert_eq!(order, [&ids[2], &ids[0], &ids[1]]);
        assert_eq!(lines.iter().map(|line| line.in_focus).collect::<Vec<_>>(), [true, false, false]);
    }

    #[test]
    fn events_for_open_dated_items_and_the_recheck() {
        let (saved, focus, ids) = saved();
        let lines = plan_lines(content(), saved.plan.entries(), &focus, Lang::De);
        let recheck = CalendarDate::new(2027, 12, 6);
        let events = events(&lines, recheck, &EVENT_TEXTS, Lang::De);
        let items: Vec<&str> = events.iter().map(|event| event.item.as_str()).collect();
        assert_eq!(items, [ids[2].as_str(), calendar::RECHECK_ITEM], "done and undated items are left out");
        assert_eq!(events[0].date, CalendarDate::new(2027, 3, 31).unwrap());
        assert!(events[0].description.contains("Verantwortlich: =HYPERLINK"));
        assert!(events[0].description.starts_with("Erster Schritt: "));
        assert_eq!(events[1].date, recheck.unwrap());
        let file = calendar::write(&events, &saved.profile.company_name, "20261206T120000Z");
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 2);
    }

    #[test]
    fn the_table_has_the_plan_then_every_score() {
        let (saved, focus, _) = saved();
        let lines = plan_lines(content(), saved.plan.entries(), &focus, Lang::De);
        let texts = TableTexts {
            plan: "Maßnahmenplan",
            plan_columns: ["Im Fokus", "Ziel", "Maßnahme", "Erster Schritt", "Verantwortlich", "Fällig", "Status", "Notiz"],
            scores: "Werte",
            score_columns: ["Ebene", "Titel", "Wert", "Beantwortet", "Aussagen"],
            overall: "Gesamt",
            field: "Handlungsfeld",
            goal: "Ziel",
            yes: "ja",
            status: |status| status.as_str(),
        };
        let scores = score(content(), &saved.answers);
        let rows = table(&lines, &scores, &texts, Lang::De);
        assert_eq!(rows.len(), 2 + 3 + 1 + 2 + 1 + scores.fields.len() + scores.goals().count());
        assert_eq!(rows[2][0], Cell::from("ja"));
        assert_eq!(rows[2][5], Cell::from("31.03.2027"));
        let file = csv::write(&rows);
        assert!(file.contains(";\"'=HYPERLINK(\"\"http://x\"\"), Frau Öztürk\";"), "neutralised and quoted");
        assert!(file.contains("Gesamt;;33,3;"), "{}", &file[file.find("Gesamt").unwrap()..][..40]);
    }
}
