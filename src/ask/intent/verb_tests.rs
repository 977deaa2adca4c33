//! The engine on a small subscription shop: verbs of the rows counted ("paid", "sold",
//! "booked") that are no amount, rows counted as different dated by the rows that refer
//! to them, a measure word that only says which column ("per sales channel"), and values
//! listed as examples.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn shop() -> Corpus {
    let customers = table(
        "customers",
        vec![
            typed("id", "bigint"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("joined_on", "date"),
        ],
    );
    let orders = table(
        "orders",
        vec![
            typed("id", "bigint"),
            typed("customer_id", "bigint"),
            typed("placed_at", "timestamptz"),
            column("sales_channel", &["web", "phone", "store"]),
            typed("total", "numeric(10,2)"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("id", "bigint"),
            typed("customer_id", "bigint"),
            typed("paid_on", "date"),
            typed("amount", "numeric(10,2)"),
        ],
    );
    Corpus {
        version: "shop".into(),
        tables: vec![
            with_id(customers, &[]),
            with_id(orders, &[("customer_id", "customers")]),
            with_id(payments, &[("customer_id", "customers")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn different_rows_are_dated_by_the_rows_that_refer_to_them() {
    let engine = engine_of(&shop());
    // "paid" says which customers, and the payments date them; no amount is asked.
    let paid = sql(&engine, "How many different customers paid in 2022?");
    assert!(
        paid.contains("COUNT(DISTINCT customers.id)")
            && paid.contains("payments.paid_on >= DATE '2022-01-01'")
            && !paid.contains("SUM("),
        "{paid}"
    );
    // Two tables of rows refer to customers and neither is named: which dates them?
    refused(&engine, "How many different customers did we have in 2023?");
}

#[test]
fn a_measure_word_before_a_column_only_says_which() {
    let engine = engine_of(&shop());
    let per_channel = sql(&engine, "orders per sales channel");
    assert!(
        per_channel.contains("COUNT(*)") && per_channel.contains("GROUP BY orders.sales_channel"),
        "{per_channel}"
    );
    // "booked", where nothing records a booking, says nothing more of the orders.
    let never = sql(&engine, "List the customers who have never booked an order");
    assert!(never.contains("NOT EXISTS"), "{never}");
}
