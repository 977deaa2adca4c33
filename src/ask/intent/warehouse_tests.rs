//! The engine on a star schema: facts without dates of their own, dated by the calendar
//! they refer to (`dim_date`), beside dimensions whose dates describe them (a store's
//! opening); the facts' measures named by their adjective ("net sales": `net_amount`).

use super::tests::{engine_of, keyed, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn warehouse() -> Corpus {
    let dates = table(
        "dim_date",
        vec![
            typed("date_key", "integer"),
            typed("full_date", "date"),
            typed("year", "integer"),
            typed("quarter", "integer"),
            typed("month", "integer"),
            typed("is_weekend", "boolean"),
        ],
    );
    let stores = table(
        "dim_store",
        vec![
            typed("store_key", "integer"),
            typed("store_name", "text"),
            column("region", &["Bretagne", "Occitanie"]),
            typed("opened_on", "date"),
        ],
    );
    let customers = table(
        "dim_customer",
        vec![
            typed("customer_key", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("enrolled_on", "date"),
        ],
    );
    let sales = table(
        "fact_sales",
        vec![
            typed("sale_key", "integer"),
            typed("date_key", "integer"),
            typed("store_key", "integer"),
            typed("customer_key", "integer"),
            typed("quantity", "integer"),
            typed("gross_amount", "numeric(12,2)"),
            typed("net_amount", "numeric(12,2)"),
        ],
    );
    Corpus {
        version: "warehouse".into(),
        tables: vec![
            keyed(dates, "date_key", &[]),
            keyed(stores, "store_key", &[]),
            keyed(customers, "customer_key", &[]),
            keyed(
                sales,
                "sale_key",
                &[
                    ("date_key", "dim_date"),
                    ("store_key", "dim_store"),
                    ("customer_key", "dim_customer"),
                ],
            ),
        ],
        ..Corpus::default()
    }
}

#[test]
fn facts_are_dated_by_their_calendar() {
    let engine = engine_of(&warehouse());
    let march = sql(&engine, "number of sales in March 2024");
    assert!(
        march.contains(
            "JOIN public.dim_date AS dim_date ON fact_sales.date_key = dim_date.date_key"
        ) && march.contains("dim_date.full_date >= DATE '2024-03-01'")
            && !march.contains("opened_on"),
        "{march}"
    );
}

#[test]
fn an_adjective_before_the_measure_names_its_column() {
    let engine = engine_of(&warehouse());
    let yearly = sql(&engine, "net sales by year");
    assert!(
        yearly.contains("SUM(fact_sales.net_amount)") && yearly.contains("GROUP BY dim_date.year"),
        "{yearly}"
    );
    let top = sql(
        &engine,
        "Which 3 stores had the highest gross sales in 2024?",
    );
    assert!(
        top.contains("SUM(fact_sales.gross_amount)")
            && top.contains("GROUP BY dim_store.store_name")
            && top.contains("LIMIT 3"),
        "{top}"
    );
}

#[test]
fn periods_group_by_the_calendars_own_columns() {
    let engine = engine_of(&warehouse());
    let monthly = sql(&engine, "Month by month net sales for 2024");
    assert!(
        monthly.starts_with("SELECT dim_date.year, dim_date.month,")
            && monthly.contains("GROUP BY dim_date.year, dim_date.month"),
        "{monthly}"
    );
    // The year beside the quarters is shown once.
    let quarterly = sql(&engine, "Net sales per quarter, year by year");
    assert!(
        quarterly.starts_with("SELECT dim_date.year, dim_date.quarter,")
            && quarterly.matches("dim_date.year").count() == 3,
        "{quarterly}"
    );
}
