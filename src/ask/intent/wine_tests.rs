//! The engine on an online wine shop named the way Prisma names tables (`"Wine"`,
//! `"producerId"`, statuses in capitals): countries said as their people ("Italian"),
//! prices in euros, parcels and promo codes by their kind, and a status said as what a
//! carrier did.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn winery() -> Corpus {
    let producers = table(
        "Producer",
        vec![
            typed("id", "integer"),
            typed("name", "text"),
            column("country", &["France", "Italy", "Spain"]),
        ],
    );
    let wines = table(
        "Wine",
        vec![
            typed("id", "integer"),
            typed("name", "text"),
            typed("producerId", "integer"),
            typed("price", "numeric(8,2)"),
            column("closureType", &["CORK", "SCREWCAP"]),
        ],
    );
    let payments = table(
        "Payment",
        vec![
            typed("id", "integer"),
            typed("orderId", "integer"),
            typed("amount", "numeric(10,2)"),
            column("status", &["SUCCEEDED", "FAILED"]),
        ],
    );
    let orders = table(
        "Order",
        vec![
            typed("id", "integer"),
            column("status", &["DELIVERED", "SHIPPED", "CANCELLED"]),
            typed("totalAmount", "numeric(10,2)"),
            typed("createdAt", "timestamp"),
        ],
    );
    let shipments = table(
        "Shipment",
        vec![
            typed("id", "integer"),
            typed("orderId", "integer"),
            column("carrier", &["DHL", "UPS"]),
            typed("shippedAt", "timestamp"),
        ],
    );
    let codes = table(
        "DiscountCode",
        vec![
            typed("id", "integer"),
            typed("code", "text"),
            typed("percentOff", "integer"),
        ],
    );
    Corpus {
        version: "winery".into(),
        tables: vec![
            with_id(producers, &[]),
            with_id(wines, &[("producerId", "Producer")]),
            with_id(orders, &[]),
            with_id(shipments, &[("orderId", "Order")]),
            with_id(payments, &[("orderId", "Order")]),
            with_id(codes, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn a_country_said_as_its_people_and_an_amount_in_euros() {
    let engine = engine_of(&winery());
    let italian = sql(&engine, "list the wines from Italian producers");
    assert!(
        italian.contains(r#""Producer".country = 'Italy'"#),
        "{italian}"
    );
    let dear = sql(&engine, "How many wines cost more than 50 euros?");
    assert!(
        dear.contains("COUNT(*)") && dear.contains(r#""Wine".price > 50"#),
        "{dear}"
    );
}

#[test]
fn kinds_rankings_and_what_a_carrier_did() {
    let engine = engine_of(&winery());
    let codes = sql(&engine, "How many promo codes do we have?");
    assert!(codes.contains(r#"FROM public."DiscountCode""#), "{codes}");
    let best = sql(
        &engine,
        "Which 3 producers have the best average wine price?",
    );
    assert!(
        best.contains(r#"AVG("Wine".price)"#) && best.contains("DESC") && best.contains("LIMIT 3"),
        "{best}"
    );
    // The orders' status SHIPPED is not what each carrier has shipped.
    refused(
        &engine,
        "Show how many parcels each carrier has shipped for us.",
    );
}

#[test]
fn successful_and_non_said_of_statuses() {
    let engine = engine_of(&winery());
    let successful = sql(&engine, "Average successful payment amount");
    assert!(
        successful.contains(r#"AVG("Payment".amount)"#)
            && successful.contains(r#""Payment".status = 'SUCCEEDED'"#),
        "{successful}"
    );
    let kept = sql(&engine, "How many non-cancelled orders do we have?");
    assert!(kept.contains(r#""Order".status <> 'CANCELLED'"#), "{kept}");
    // "closures" only partly names `closureType`: the wines, or their kinds of closure?
    refused(&engine, "How many closures are there?");
}
