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
        let name = plural(&table.name.replace('_', " "));
        let mut candidates = vec![format!("How many {name} are there?")];
        for column in &table.columns {
            let words = column.name.replace('_', " ");
            match column.role {
                Role::Text if !table.label.contains(&column.name) => {
                    candidates.push(format!("How many {name} per {words}?"))
                }
                Role::Number => candidates.push(format!("Average {words} of {name}")),
                Role::Time if !super::periods::is_bookkeeping(&column.words) => {
                    candidates.push(format!("How many {name} by year of {words}?"))
                }
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

/// A table's name as a plural noun ("actor" → "actors"; "orders" stays).
fn plural(name: &str) -> String {
    if crate::ask::vocab::stem(name) != name {
        return name.to_owned();
    }
    let consonant_y = name.ends_with('y')
        && !name.ends_with("ay")
        && !name.ends_with("ey")
        && !name.ends_with("oy");
    if consonant_y {
        format!("{}ies", &name[..name.len() - 1])
    } else if ["s", "x", "ch", "sh"].iter().any(|e| name.ends_with(e)) {
        format!("{name}es")
    } else {
        format!("{name}s")
    }
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

/// Why the engine refused, and up to three questions it answers instead: `question` with
/// an ambiguous word replaced by each reading first, then examples of this database.
pub fn refusal(engine: &Engine, question: &str, unread: &Unread) -> (String, String) {
    let message = match unread {
        Unread::Unplaced(words) => format!(
            "askpg could not place these words of the question on the schema: {}",
            words.join(", ")
        ),
        Unread::Ambiguous { what, readings, .. } => format!(
            "askpg found more than one reading of {what}: {}",
            readings.join(" or ")
        ),
        Unread::Unsupported(what) => {
            format!("askpg understood the words but cannot answer {what} without a language model")
        }
    };
    let mut questions: Vec<String> = match unread {
        Unread::Ambiguous { rephrase, .. } => rephrase
            .iter()
            .filter_map(|(from, to)| replace_words(question, from, to))
            .filter(|q| engine.understand(q).is_ok())
            .collect(),
        _ => Vec::new(),
    };
    questions.dedup();
    questions.truncate(REPHRASINGS);
    let more = REPHRASINGS - questions.len();
    questions.extend(
        suggestions(engine, &named_tables(engine, question))
            .into_iter()
            .take(more),
    );
    let mut hint = String::from("Questions askpg answers on this database, as they are:");
    for question in &questions {
        hint.push_str("\n  * ");
        hint.push_str(question);
    }
    (message, hint)
}

/// The tables whose name words all occur in `question`, to suggest questions about first.
fn named_tables(engine: &Engine, question: &str) -> Vec<usize> {
    let words: Vec<String> = crate::ask::vocab::terms(question);
    (0..engine.model.tables.len())
        .filter(|&t| {
            engine.model.tables[t]
                .words
                .iter()
                .all(|w| words.contains(w))
        })
        .collect()
}

/// `question` with the first whole-word occurrence of `from` (lower case) replaced by `to`.
fn replace_words(question: &str, from: &str, to: &str) -> Option<String> {
    let lower = question.to_lowercase();
    if lower.len() != question.len() || from.is_empty() {
        return None;
    }
    let bytes = lower.as_bytes();
    let mut start = 0;
    while let Some(found) = lower[start..].find(from) {
        let at = start + found;
        let end = at + from.len();
        let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let word_end = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if word_start && word_end {
            return Some(format!("{}{to}{}", &question[..at], &question[end..]));
        }
        start = at + 1;
    }
    None
}
