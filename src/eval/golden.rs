//! The golden file: a YAML list of questions, each with the SQL that answers it. Every
//! problem is found and named by entry id before any question is asked, so a broken file
//! never yields a half-run measurement.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sqlparser::ast::{Query, SetExpr, Statement};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;

use crate::guard::Guard;

/// One question of the golden set.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub question: String,
    /// The gold SQL, trimmed and without a trailing semicolon.
    pub sql: String,
    pub tags: Vec<String>,
    /// Compare rows as sequences rather than multisets.
    pub order_matters: bool,
}

/// An entry as written; `order_matters` defaults from the gold SQL.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    id: String,
    question: String,
    sql: String,
    #[serde(default)]
    tags: Vec<String>,
    order_matters: Option<bool>,
}

/// What is wrong with a golden file, one line per problem, each naming its entry.
#[derive(Debug, thiserror::Error)]
#[error("golden file {}:\n  - {}", .path.display(), .problems.join("\n  - "))]
pub struct GoldenError {
    pub path: PathBuf,
    pub problems: Vec<String>,
}

/// Reads and checks a golden file (everything but the guard, which needs the catalog).
pub fn read(path: &Path) -> Result<Vec<Entry>, GoldenError> {
    let fail = |problems: Vec<String>| GoldenError {
        path: path.to_owned(),
        problems,
    };
    let text = std::fs::read_to_string(path).map_err(|e| fail(vec![e.to_string()]))?;
    parse(&text).map_err(fail)
}

/// The entries of a golden file's text, or every problem found in it.
pub fn parse(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let document: serde_norway::Value =
        serde_norway::from_str(text).map_err(|e| vec![e.to_string()])?;
    let items = match document {
        serde_norway::Value::Sequence(items) if !items.is_empty() => items,
        serde_norway::Value::Sequence(_) | serde_norway::Value::Null => {
            return Err(vec!["the file holds no questions".into()])
        }
        _ => {
            return Err(vec![
                "expected a list of entries (- id: …, question: …, sql: …)".into(),
            ])
        }
    };
    let mut problems = Vec::new();
    let mut entries = Vec::with_capacity(items.len());
    let mut first_at: HashMap<String, usize> = HashMap::new();
    for (index, item) in items.into_iter().enumerate() {
        let label = label(&item, index);
        match entry(item) {
            Ok(entry) => match first_at.get(&entry.id) {
                Some(first) => problems.push(format!(
                    "{label}: duplicate id (entries {} and {})",
                    first + 1,
                    index + 1
                )),
                None => {
                    first_at.insert(entry.id.clone(), index);
                    entries.push(entry);
                }
            },
            Err(problem) => problems.push(format!("{label}: {problem}")),
        }
    }
    match problems.is_empty() {
        true => Ok(entries),
        false => Err(problems),
    }
}

/// Every entry whose gold SQL the guard refuses, by id. Run once the guard knows the
/// catalog (after the role audit), before the first question.
pub fn check_with_guard(entries: &[Entry], guard: &Guard) -> Result<(), Vec<String>> {
    let problems: Vec<String> = entries
        .iter()
        .filter_map(|entry| {
            guard.check(&entry.sql).err().map(|refusal| {
                format!(
                    "{}: the guard refuses the gold SQL: {}",
                    entry.id, refusal.message
                )
            })
        })
        .collect();
    match problems.is_empty() {
        true => Ok(()),
        false => Err(problems),
    }
}

/// How a problem names its entry: by id when it has one, by position otherwise.
fn label(item: &serde_norway::Value, index: usize) -> String {
    match item.get("id").and_then(|id| id.as_str()) {
        Some(id) if !id.trim().is_empty() => id.to_owned(),
        _ => format!("entry {}", index + 1),
    }
}

fn entry(item: serde_norway::Value) -> Result<Entry, String> {
    let written: Written = serde_norway::from_value(item).map_err(|e| e.to_string())?;
    for (field, value) in [
        ("id", &written.id),
        ("question", &written.question),
        ("sql", &written.sql),
    ] {
        if value.trim().is_empty() {
            return Err(format!("{field} is empty"));
        }
    }
    let sql = written
        .sql
        .trim()
        .trim_end_matches(';')
        .trim_end()
        .to_owned();
    let query = single_query(&sql)?;
    Ok(Entry {
        id: written.id.trim().to_owned(),
        question: written.question.trim().to_owned(),
        order_matters: written
            .order_matters
            .unwrap_or_else(|| has_top_level_order_by(&query)),
        sql,
        tags: written.tags,
    })
}

/// The gold SQL as one query: it runs under a cursor, which only a query can feed.
fn single_query(sql: &str) -> Result<Query, String> {
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, sql)
        .map_err(|e| format!("the gold SQL does not parse: {e}"))?;
    match <[Statement; 1]>::try_from(statements) {
        Ok([Statement::Query(query)]) => Ok(*query),
        _ => Err("the gold SQL must be exactly one query (SELECT, VALUES or WITH … SELECT)".into()),
    }
}

/// An ORDER BY that orders the result itself, not a subquery's; parentheses around the
/// whole query keep it top-level.
fn has_top_level_order_by(query: &Query) -> bool {
    if query.order_by.is_some() {
        return true;
    }
    match query.body.as_ref() {
        SetExpr::Query(inner) => has_top_level_order_by(inner),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(yaml: &str) -> Entry {
        let mut entries = parse(yaml).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(entries.len(), 1);
        entries.remove(0)
    }

    #[test]
    fn order_matters_defaults_to_a_top_level_order_by() {
        let entry = |sql: &str| one(&format!("- id: a\n  question: q\n  sql: {sql}\n"));
        assert!(entry("SELECT x FROM t ORDER BY x").order_matters);
        assert!(entry("(SELECT x FROM t ORDER BY x)").order_matters);
        assert!(entry("SELECT x FROM t UNION SELECT y FROM u ORDER BY 1").order_matters);
        assert!(!entry("SELECT x FROM (SELECT x FROM t ORDER BY x) s").order_matters);
        assert!(!entry("SELECT x, row_number() OVER (ORDER BY x) FROM t").order_matters);
        assert!(!entry("WITH s AS (SELECT x FROM t ORDER BY x) SELECT x FROM s").order_matters);
        let forced =
            one("- id: a\n  question: q\n  sql: SELECT 1 ORDER BY 1\n  order_matters: false\n");
        assert!(!forced.order_matters);
    }

    #[test]
    fn sql_is_trimmed_of_its_semicolon() {
        let entry = one("- id: a\n  question: ' q '\n  sql: |\n    SELECT 1;\n  tags: [easy]\n");
        assert_eq!(entry.sql, "SELECT 1");
        assert_eq!(entry.question, "q");
        assert_eq!(entry.tags, ["easy"]);
    }

    #[test]
    fn problems_name_their_entries() {
        let yaml = "
- id: first
  question: q
  sql: SELECT 1
- id: first
  question: q
  sql: SELECT 2
- question: no id
  sql: SELECT 3
- id: no-sql
  question: q
- id: typo
  question: q
  sql: SELECT 4
  order_maters: true
- id: two
  question: q
  sql: SELECT 1; SELECT 2
- id: broken
  question: q
  sql: SELEC 1
- id: empty
  question: ' '
  sql: SELECT 1
";
        let problems = parse(yaml).unwrap_err();
        assert_eq!(problems.len(), 7, "{problems:#?}");
        let expected = [
            "first: duplicate id (entries 1 and 2)",
            "entry 3: missing field `id`",
            "no-sql: missing field `sql`",
            "typo: unknown field `order_maters`",
            "two: the gold SQL must be exactly one query",
            "broken: the gold SQL does not parse",
            "empty: question is empty",
        ];
        for (problem, start) in problems.iter().zip(expected) {
            assert!(problem.starts_with(start), "{problem}");
        }
    }

    #[test]
    fn the_file_must_be_a_list_of_questions() {
        assert_eq!(parse("").unwrap_err(), ["the file holds no questions"]);
        assert_eq!(parse("[]").unwrap_err(), ["the file holds no questions"]);
        assert!(parse("id: a").unwrap_err()[0].starts_with("expected a list"));
        let syntax = parse("- id: a\n  question: [unclosed\n").unwrap_err();
        assert!(syntax[0].contains("at line 3 column 1"), "{syntax:?}");
    }

    #[test]
    fn the_guard_checks_every_gold_sql() {
        let entries = parse(
            "- {id: fine, question: q, sql: SELECT 1}\n- {id: writes, question: q, sql: 'SELECT nextval(''s'')'}\n",
        )
        .unwrap();
        let guard = Guard::new(&Default::default());
        let problems = check_with_guard(&entries, &guard).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("writes: the guard refuses the gold SQL"),
            "{problems:?}"
        );
    }
}
