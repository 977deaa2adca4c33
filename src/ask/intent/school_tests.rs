//! The engine on a language school kept as a British team names things (`surname`,
//! `dob`, `hourly_rate_gbp`): rows never related through a link table, a person ranked
//! by birth date, a value both what the rows are and what they did, and totals that
//! would be one row's own; rows named by the supertable row each is; and a wide table of
//! sales lines that keeps its customers and regions by name.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn school() -> Corpus {
    let students = table(
        "students",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("surname", &[]),
            typed("dob", "date"),
            column("nationality", &["Spanish", "French", "Italian"]),
            typed("registered_on", "date"),
        ],
    );
    let teachers = table(
        "teachers",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("surname", &[]),
            typed("hourly_rate_gbp", "numeric(6,2)"),
            typed("started_on", "date"),
            typed("left_on", "date"),
        ],
    );
    let courses = table(
        "courses",
        vec![
            typed("id", "integer"),
            typed("teacher_id", "integer"),
            column("title", &[]),
            column("language", &["Spanish", "German", "French"]),
            typed("fee_gbp", "numeric(8,2)"),
        ],
    );
    let enrolments = table(
        "enrolments",
        vec![
            typed("id", "integer"),
            typed("student_id", "integer"),
            typed("course_id", "integer"),
            typed("enrolled_on", "date"),
        ],
    );
    Corpus {
        version: "school".into(),
        tables: vec![
            with_id(students, &[]),
            with_id(teachers, &[]),
            with_id(courses, &[("teacher_id", "teachers")]),
            with_id(
                enrolments,
                &[("student_id", "students"), ("course_id", "courses")],
            ),
        ],
        ..Corpus::default()
    }
}

#[test]
fn rows_never_related_through_a_link_table_are_named_by_forename_and_surname() {
    let engine = engine_of(&school());
    let never = sql(&engine, "Which students have never enrolled on a course?");
    assert!(
        never.starts_with("SELECT students.first_name, students.surname")
            && never.contains("NOT EXISTS (SELECT 1 FROM public.enrolments")
            && !never.contains("courses"),
        "{never}"
    );
}

#[test]
fn the_youngest_is_ranked_by_birth_date() {
    let engine = engine_of(&school());
    let youngest = sql(&engine, "Who's our youngest student?");
    assert!(
        youngest.contains("ORDER BY students.dob DESC") && youngest.contains("LIMIT 1"),
        "{youngest}"
    );
    let oldest = sql(&engine, "Who is our oldest student?");
    assert!(
        oldest.contains("ORDER BY students.dob ASC NULLS LAST"),
        "{oldest}"
    );
}

#[test]
fn a_column_is_named_without_the_unit_it_is_kept_in() {
    let engine = engine_of(&school());
    let rate = sql(&engine, "What is the average hourly rate of our teachers?");
    assert!(rate.contains("AVG(teachers.hourly_rate_gbp)"), "{rate}");
}

#[test]
fn a_value_after_a_verb_that_several_tables_hold_is_refused() {
    let engine = engine_of(&school());
    let studied = refused(&engine, "How many students have studied Spanish?");
    assert!(
        matches!(studied, parse::Unread::Ambiguous { .. }),
        "{studied:?}"
    );
    // What the rows are, said without a verb, is theirs.
    let spanish = sql(&engine, "How many Spanish students do we have?");
    assert!(
        spanish.contains("students.nationality = 'Spanish'"),
        "{spanish}"
    );
}

#[test]
fn a_total_of_each_rows_own_number_per_row_is_refused() {
    let engine = engine_of(&school());
    refused(&engine, "What's the total fee of every course?");
    let all = sql(&engine, "What's the total fee of all courses?");
    assert!(
        all.contains("SUM(courses.fee_gbp)") && !all.contains("GROUP BY"),
        "{all}"
    );
}

#[test]
fn rows_keyed_by_the_row_each_is_are_named_by_its_name() {
    let people = table(
        "people",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
        ],
    );
    let mechanics = table(
        "mechanics",
        vec![
            typed("id", "integer"),
            column("specialty", &[]),
            typed("hourly_rate", "numeric(6,2)"),
        ],
    );
    let corpus = Corpus {
        version: "garage".into(),
        tables: vec![
            with_id(people, &[]),
            with_id(mechanics, &[("id", "people")]),
        ],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    let listed = sql(
        &engine,
        "List the mechanics with their specialty and hourly rate.",
    );
    assert!(
        listed.starts_with("SELECT people.first_name, people.last_name, mechanics.specialty")
            && listed.contains("JOIN public.people AS people ON mechanics.id = people.id"),
        "{listed}"
    );
}

#[test]
fn a_wide_table_without_keys_groups_by_its_own_columns() {
    let lines = table(
        "sales_lines",
        vec![
            typed("line_id", "integer"),
            column("invoice_no", &[]),
            typed("invoice_date", "date"),
            column("customer_name", &[]),
            column("region", &["North", "South"]),
            column("product_name", &[]),
            typed("quantity", "integer"),
            typed("line_total", "numeric(12,2)"),
        ],
    );
    let regions = table("regions", vec![typed("id", "integer"), column("name", &[])]);
    let customers = table(
        "customers",
        vec![typed("account_no", "text"), column("name", &[])],
    );
    let corpus = Corpus {
        version: "flat".into(),
        tables: vec![
            super::tests::keyed(lines, "line_id", &[]),
            with_id(regions, &[]),
            super::tests::keyed(customers, "account_no", &[]),
        ],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    let by_region = sql(&engine, "turnover by region");
    assert!(
        by_region.contains("GROUP BY sales_lines.region") && !by_region.contains("JOIN"),
        "{by_region}"
    );
    let top = sql(&engine, "Who are our top 5 customers by revenue?");
    assert!(
        top.contains("GROUP BY sales_lines.customer_name") && top.contains("LIMIT 5"),
        "{top}"
    );
    // An average invoice is each invoice's total averaged, which askpg does not guess.
    refused(&engine, "What was the average invoice value in 2025?");
}

#[test]
fn people_who_left_are_dated_by_the_day_they_left() {
    let engine = engine_of(&school());
    let left = sql(&engine, "How many teachers left in 2024?");
    assert!(
        left.contains("teachers.left_on >= DATE '2024-01-01'")
            && left.starts_with("SELECT COUNT(*)"),
        "{left}"
    );
}

#[test]
fn a_common_word_after_their_names_the_rows_own_column() {
    let engine = engine_of(&school());
    let listed = sql(&engine, "List the teachers with their rate.");
    assert!(
        listed
            .starts_with("SELECT teachers.first_name, teachers.surname, teachers.hourly_rate_gbp"),
        "{listed}"
    );
}
