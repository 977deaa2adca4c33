//! Schemas that keep things in codes: dates as `yyyymmdd` integers, statuses as letters a
//! small table spells out, amounts in PostgreSQL's `money`; and the phrasing of rounding,
//! of rows counted "too" or left out, and of an order said "from highest to lowest".

use super::tests::{engine_of, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::ForeignKey;

fn studio() -> Corpus {
    let pupils = table(
        "pupils",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
            typed("joined_date_key", "integer"),
            column("status", &["active", "lapsed"]),
        ],
    );
    let classes = table(
        "classes",
        vec![
            typed("id", "integer"),
            typed("pupil_id", "integer"),
            typed("class_date_key", "integer"),
            typed("price", "numeric(7,2)"),
            typed("is_cancelled", "boolean"),
            typed("created_at", "timestamp"),
        ],
    );
    let exams = table(
        "exams",
        vec![
            typed("id", "integer"),
            typed("pupil_id", "integer"),
            typed("exam_date_key", "integer"),
            typed("mistakes", "integer"),
            typed("passed", "boolean"),
        ],
    );
    let statuses = table(
        "sale_status",
        vec![
            typed("code", "character(1)"),
            column("label", &["Paid", "Refunded", "Voided"]),
        ],
    );
    let mut sales = table(
        "shop_sales",
        vec![
            typed("id", "integer"),
            typed("sold_at", "timestamp"),
            typed("status_code", "character(1)"),
            typed("unit_price", "money"),
            typed("quantity", "integer"),
        ],
    );
    sales.foreign_keys.push(ForeignKey {
        columns: vec!["status_code".into()],
        ref_schema: "public".into(),
        ref_table: "sale_status".into(),
        ref_columns: vec!["code".into()],
    });
    let mut statuses = statuses;
    statuses.primary_key = vec!["code".into()];
    let suppliers = table(
        "suppliers",
        vec![typed("id", "integer"), column("name", &[])],
    );
    let purchases = table(
        "supply_purchases",
        vec![
            typed("id", "integer"),
            typed("supplier_id", "integer"),
            typed("ordered_on", "date"),
            typed("quantity_kg", "numeric(8,2)"),
            typed("total_cost", "numeric(8,2)"),
        ],
    );
    Corpus {
        version: "studio".into(),
        tables: vec![
            with_id(pupils, &[]),
            with_id(classes, &[("pupil_id", "pupils")]),
            with_id(exams, &[("pupil_id", "pupils")]),
            statuses,
            sales,
            with_id(suppliers, &[]),
            with_id(purchases, &[("supplier_id", "suppliers")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn an_integer_date_key_dates_the_rows() {
    let engine = engine_of(&studio());
    let classes = sql(&engine, "How many classes were there in 2024?");
    assert!(
        classes.contains("to_date(classes.class_date_key::text, 'YYYYMMDD') >= DATE '2024-01-01'")
            && !classes.contains("created_at"),
        "{classes}"
    );
    let monthly = sql(&engine, "Number of exams per month in 2024");
    assert!(
        monthly.contains("date_trunc('month', to_date(exams.exam_date_key::text, 'YYYYMMDD'))"),
        "{monthly}"
    );
}

#[test]
fn a_measure_is_rounded_to_the_places_asked() {
    let engine = engine_of(&studio());
    let rate = sql(
        &engine,
        "What percentage of exams were passed? Round to one decimal place.",
    );
    assert!(
        rate.contains("ROUND((100 * ") && rate.contains(", 1) AS"),
        "{rate}"
    );
    let average = sql(&engine, "What is the average number of mistakes, to 2 dp?");
    assert!(
        average.contains("ROUND((AVG(exams.mistakes))::numeric, 2)"),
        "{average}"
    );
    let plain = sql(&engine, "What is the average number of mistakes?");
    assert!(
        plain.contains("AVG(exams.mistakes)") && !plain.contains("ROUND"),
        "{plain}"
    );
    // A count is whole: never rounded.
    let count = sql(&engine, "How many exams were passed, rounded to 1 decimal?");
    assert!(!count.contains("ROUND"), "{count}");
}

#[test]
fn rows_counted_too_or_left_out() {
    let engine = engine_of(&studio());
    for question in [
        "How many classes were there in 2024, counting cancelled ones too?",
        "How many classes in 2024, including the cancelled ones?",
    ] {
        let all = sql(&engine, question);
        assert!(!all.contains("is_cancelled"), "{question}: {all}");
    }
    for question in [
        "Class income in 2024, not counting cancelled classes",
        "Class income in 2024 excluding cancelled classes",
        "Class income in 2024, not counting cancelled ones",
    ] {
        let held = sql(&engine, question);
        assert!(
            held.contains("classes.is_cancelled = 'false'") && held.contains("SUM(classes.price)"),
            "{question}: {held}"
        );
    }
}

#[test]
fn a_price_of_rows_that_record_events_is_what_each_was_charged() {
    let engine = engine_of(&studio());
    let income = sql(&engine, "What was the total income from classes in 2024?");
    assert!(income.contains("SUM(classes.price)"), "{income}");
    // A total cost is what the whole line cost: not multiplied by its quantity.
    let spent = sql(&engine, "What did we spend with each supplier in 2024?");
    assert!(
        spent.contains("SUM(supply_purchases.total_cost)") && !spent.contains(" * "),
        "{spent}"
    );
}

#[test]
fn a_status_spelled_out_by_a_small_table_is_a_condition() {
    let engine = engine_of(&studio());
    let paid = sql(
        &engine,
        "What was the total shop revenue from paid sales in 2024?",
    );
    assert!(
        paid.contains("sale_status.label = 'Paid'")
            && paid.contains("SUM(shop_sales.unit_price * shop_sales.quantity)"),
        "{paid}"
    );
}

#[test]
fn an_order_from_highest_to_lowest_is_the_first_said() {
    let engine = engine_of(&studio());
    let ranked = sql(
        &engine,
        "Rank the suppliers by total cost of purchases, from highest to lowest",
    );
    assert!(ranked.contains("DESC"), "{ranked}");
    let ranked = sql(
        &engine,
        "Rank the suppliers by total cost of purchases, from lowest to highest",
    );
    assert!(ranked.contains("ASC"), "{ranked}");
}

#[test]
fn rows_that_went_ahead_are_those_not_cancelled() {
    let engine = engine_of(&studio());
    for question in [
        "What was the income from classes that went ahead in 2024?",
        "Income from classes that actually took place in 2024",
    ] {
        let held = sql(&engine, question);
        assert!(
            held.contains("classes.is_cancelled = 'false'"),
            "{question}: {held}"
        );
    }
}

#[test]
fn an_order_said_again_after_a_ranking_is_no_other_word() {
    let engine = engine_of(&studio());
    let fewest = sql(
        &engine,
        "Which 3 suppliers had the smallest total cost of purchases, lowest first?",
    );
    assert!(
        fewest.contains("ASC") && fewest.contains("LIMIT 3"),
        "{fewest}"
    );
}

#[test]
fn the_moment_is_now_and_an_alternative_set_aside_is_dropped() {
    let engine = engine_of(&studio());
    let active = sql(&engine, "How many pupils are active at the moment?");
    assert!(active.contains("pupils.status = 'active'"), "{active}");
    let passed = sql(
        &engine,
        "What share of exams were passed rather than failed?",
    );
    assert!(
        passed.contains("FILTER (WHERE exams.passed = 'true')"),
        "{passed}"
    );
}
