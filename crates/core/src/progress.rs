//! How far the user is: answered statements per field and overall, and where the next open statement is.

use super::answers::Answers;
use super::content::Content;

/// Answered and total statements of one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldProgress {
    pub answered: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// In content order.
    pub fields: Vec<FieldProgress>,
    pub answered: usize,
    pub total: usize,
    /// The first unanswered statement in content order: (field position from 1, statement id).
    pub next_open: Option<(u8, &'static str)>,
}

/// Counts answers against the content. Answers to unknown ids do not count.
pub fn progress(content: &'static Content, answers: &Answers) -> Progress {
    let mut next_open = None;
    let fields: Vec<FieldProgress> = content
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let statements = field.goals.iter().flat_map(|goal| goal.statements.iter());
            let mut field_progress = FieldProgress { answered: 0, total: 0 };
            for statement in statements {
                field_progress.total += 1;
                if answers.get(&statement.id).is_some() {
                    field_progress.answered += 1;
                } else if next_open.is_none() {
                    next_open = u8::try_from(index + 1).ok().map(|number| (number, statement.id.as_str()));
                }
            }
            field_progress
        })
        .collect();
    Progress {
        answered: fields.iter().map(|f| f.answered).sum(),
        total: fields.iter().map(|f| f.total).sum(),
        fields,
        next_open,
    }
}
