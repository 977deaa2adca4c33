//! The engine on a small hand-built library: tables with keys and foreign keys, sampled
//! values and no glossary, as introspection would describe an unannotated database.

use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::{Column, ForeignKey, Table};

pub(super) fn typed(name: &str, data_type: &str) -> Column {
    Column {
        data_type: data_type.into(),
        ..column(name, &[])
    }
}

/// A table keyed by `key`, whose foreign keys refer to a column of the same name.
pub(super) fn keyed(table: Table, key: &str, references: &[(&str, &str)]) -> Table {
    linked(table, key, references, None)
}

/// A table keyed by `id`, whose foreign keys refer to their parents' `id` (as Django and
/// Rails make them).
pub(super) fn with_id(table: Table, references: &[(&str, &str)]) -> Table {
    linked(table, "id", references, Some("id"))
}

fn linked(
    mut table: Table,
    key: &str,
    references: &[(&str, &str)],
    parent_key: Option<&str>,
) -> Table {
    table.primary_key = vec![key.into()];
    table.foreign_keys = references
        .iter()
        .map(|(col, parent)| ForeignKey {
            columns: vec![(*col).into()],
            ref_schema: "public".into(),
            ref_table: (*parent).into(),
            ref_columns: vec![parent_key.unwrap_or(col).into()],
        })
        .collect();
    table
}

fn library() -> Corpus {
    let branches = table(
        "branches",
        vec![
            typed("branch_id", "smallint"),
            column("branch_name", &["Central", "Riverside", "Hilltop"]),
        ],
    );
    let members = table(
        "members",
        vec![
            typed("member_id", "integer"),
            typed("member_name", "text"),
            column("membership", &["Standard", "Student", "Senior"]),
            typed("branch_id", "smallint"),
            typed("joined_on", "date"),
        ],
    );
    let books = table(
        "books",
        vec![
            typed("book_id", "integer"),
            typed("title", "text"),
            column("genre", &["Mystery", "Fantasy", "History"]),
            typed("page_count", "integer"),
            typed("price", "numeric(8,2)"),
        ],
    );
    let loans = table(
        "loans",
        vec![
            typed("loan_id", "integer"),
            typed("book_id", "integer"),
            typed("member_id", "integer"),
            typed("loaned_on", "date"),
            typed("late_fee", "numeric(6,2)"),
        ],
    );
    Corpus {
        version: "library".into(),
        tables: vec![
            keyed(branches, "branch_id", &[]),
            keyed(members, "member_id", &[("branch_id", "branches")]),
            keyed(books, "book_id", &[]),
            keyed(
                loans,
                "loan_id",
                &[("book_id", "books"), ("member_id", "members")],
            ),
        ],
        ..Corpus::default()
    }
}

/// The engine of a hand-built corpus, with its sampled values.
pub(super) fn engine_of(corpus: &Corpus) -> Engine {
    Engine::new(corpus, ValueIndex::build(corpus))
}

fn engine() -> Engine {
    engine_of(&library())
}

/// The SQL `question` compiles to; the test fails when it does not compile.
pub(super) fn sql(engine: &Engine, question: &str) -> String {
    understood(engine, question).sql
}

/// Why `question` has no intent; the test fails when it compiles.
pub(super) fn refused(engine: &Engine, question: &str) -> parse::Unread {
    match engine.understand(question) {
        Ok(u) => panic!("{question} was answered: {}", u.sql),
        Err(unread) => unread,
    }
}

fn understood(engine: &Engine, question: &str) -> Understood {
    engine
        .understand(question)
        .unwrap_or_else(|unread| panic!("{question}: {unread:?}"))
}

fn key(engine: &Engine, question: &str) -> String {
    understood(engine, question).intent.key()
}

#[test]
fn a_count_compiles_to_a_count_of_its_table() {
    let engine = engine();
    let books = understood(&engine, "How many books are there?");
    assert!(
        matches!(&books.intent.shape, Shape::Aggregate { measures, groups }
            if groups.is_empty() && measures.len() == 1),
        "{:?}",
        books.intent
    );
    let sql = books.sql.to_lowercase();
    assert!(sql.contains("count("), "{sql}");
    assert!(sql.contains("books"), "{sql}");
}

#[test]
fn wording_does_not_change_the_intent() {
    let engine = engine();
    assert_eq!(
        key(&engine, "How many books are in each genre?"),
        key(&engine, "number of books per genre")
    );
    assert_eq!(
        key(&engine, "How many loans were made in 2023?"),
        key(&engine, "number of loans in 2023")
    );
}

#[test]
fn another_literal_grouping_or_measure_is_another_intent() {
    let engine = engine();
    let loans_2023 = understood(&engine, "How many loans were made in 2023?").intent;
    let loans_2024 = understood(&engine, "How many loans were made in 2024?").intent;
    assert_ne!(loans_2023.key(), loans_2024.key());
    assert_eq!(loans_2023.structure_key(), loans_2024.structure_key());
    let by_genre = key(&engine, "How many books are in each genre?");
    assert_ne!(by_genre, key(&engine, "How many books are there?"));
    assert_ne!(
        key(&engine, "What is the average book price?"),
        key(&engine, "What is the total book price?")
    );
}

#[test]
fn a_value_filters_and_a_foreign_key_joins() {
    let engine = engine();
    let students = understood(&engine, "How many Student members are there?");
    assert!(
        students
            .intent
            .filters
            .iter()
            .any(|f| matches!(f, Filter::Equals { value, .. } if value == "Student")),
        "{:?}",
        students.intent
    );
    assert!(students.sql.contains("'Student'"), "{}", students.sql);
    let fees = understood(&engine, "Total late fee by branch")
        .sql
        .to_lowercase();
    assert!(fees.contains("join"), "{fees}");
    assert!(fees.contains("branch_name"), "{fees}");
    assert!(fees.contains("sum("), "{fees}");
}

#[test]
fn words_it_cannot_place_are_refused() {
    let engine = engine();
    assert!(engine.understand("frobnicate the quux").is_err());
    assert!(engine
        .understand("How many spaceships per galaxy?")
        .is_err());
}

#[test]
fn open_and_recent_periods_bound_one_end() {
    let engine = engine();
    let since = understood(&engine, "How many loans since 2023?");
    assert!(
        since.intent.filters.iter().any(
            |f| matches!(f, Filter::Period { from, until, .. } if from == "2023-01-01" && until.is_empty())
        ),
        "{:?}",
        since.intent
    );
    let recent = understood(&engine, "How many loans in the last 30 days?");
    assert!(
        matches!(
            recent.intent.filters[..],
            [Filter::Recent {
                count: 30,
                grain: Grain::Day,
                ..
            }]
        ),
        "{:?}",
        recent.intent
    );
    assert!(recent.sql.contains("max(\"loaned_on\")") || recent.sql.contains("max(loaned_on)"));
}

#[test]
fn measure_words_find_their_column_and_negations_never_vanish() {
    let engine = engine();
    let fees = understood(&engine, "total late fees by branch").sql;
    assert!(fees.contains("SUM(loans.late_fee)"), "{fees}");
    let never = understood(&engine, "Which books have never been loaned?").sql;
    assert!(never.contains("NOT EXISTS"), "{never}");
    // "not" before a measure is refused rather than dropped.
    assert!(engine.understand("not total late fees").is_err());
}
