//! What can be asked on this database: example questions generated from the schema, kept
//! only when the engine answers them, for `ASK 'help'` and for the rephrasings of a refusal.

use super::parse::Unread;
use super::schema::Role;
use super::Engine;

/// How many rephrasings a refusal offers.
const REPHRASINGS: usize = 3;

/// Example questions the engine answers, tables named in `focus` first.
pub fn suggestions(engine: &Engine, focus: &[usize]) -> Vec<String> {
    let mut order: Vec<usize> = focus.to_vec();
    order.extend((0..engine.model.tables.len()).filter(|t| !focus.contains(t)));
    let mut questions = Vec::new();
    for t in order {
        let table = &engine.model.tables[t];
        let name = table.name.replace('_', " ");
        let mut candidates = vec![format!("How many {name} are there?")];
        for column in &table.columns {
            let words = column.name.replace('_', " ");
            match column.role {
                Role::Text if !table.label.contains(&column.name) => {
                    candidates.push(format!("How many {name} per {words}?"))
                }
                Role::Number => candidates.push(format!("Average {words} of {name}")),
                Role::Time => candidates.push(format!("How many {name} by year of {words}?")),
                _ => {}
            }
        }
        for question in candidates {
            if engine.understand(&question).is_ok() && !questions.contains(&question) {
                questions.push(question);
            }
        }
    }
    questions
}

/// The result set of `ASK 'help'`: measures, entities and time columns found, and
/// example questions.
pub fn help_rows(engine: &Engine) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for table in &engine.model.tables {
        rows.push(vec!["entity".into(), table.plain.clone()]);
        for column in &table.columns {
            let kind = match column.role {
                Role::Number => "measure",
                Role::Time => "time",
                _ => continue,
            };
            rows.push(vec![
                kind.into(),
                format!("{}.{}", table.plain, column.name),
            ]);
        }
    }
    for question in suggestions(engine, &[]).into_iter().take(12) {
        rows.push(vec!["example".into(), question]);
    }
    rows
}

/// Why the engine refused, and up to three questions it answers instead.
pub fn refusal(engine: &Engine, unread: &Unread) -> (String, String) {
    let message = match unread {
        Unread::Unplaced(words) => format!(
            "askpg could not place these words of the question on the schema: {}",
            words.join(", ")
        ),
        Unread::Ambiguous { what, readings } => format!(
            "askpg found more than one reading of {what}: {}",
            readings.join(" or ")
        ),
        Unread::Unsupported(what) => {
            format!("askpg understood the words but cannot answer {what} without a language model")
        }
    };
    let mut hint = String::from("Questions askpg answers on this database, as they are:");
    for question in suggestions(engine, &[]).into_iter().take(REPHRASINGS) {
        hint.push_str("\n  * ");
        hint.push_str(&question);
    }
    (message, hint)
}
