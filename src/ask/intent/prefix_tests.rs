//! The engine on a museum whose tables all carry a `tbl_` prefix (`tbl_tour`,
//! `tbl_ticket_sale`), as many hand-made databases name them: the prefix is no word of the
//! rows, and "ticket sales" or "tours" name the tables all the same.

use super::tests::{engine_of, keyed, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn museum() -> Corpus {
    let visitors = table(
        "tbl_visitor",
        vec![
            typed("visitor_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            column("city", &["Lyon", "Paris"]),
        ],
    );
    let tours = table(
        "tbl_tour",
        vec![
            typed("tour_id", "integer"),
            typed("tour_name", "text"),
            typed("guide_name", "text"),
            column("tour_language", &["French", "English"]),
            typed("starts_at", "timestamp"),
            typed("is_cancelled", "boolean"),
        ],
    );
    let bookings = table(
        "tbl_tour_booking",
        vec![
            typed("tour_booking_id", "integer"),
            typed("tour_id", "integer"),
            typed("visitor_id", "integer"),
            typed("party_size", "integer"),
            typed("booked_at", "timestamptz"),
        ],
    );
    let sales = table(
        "tbl_ticket_sale",
        vec![
            typed("ticket_sale_id", "integer"),
            typed("visitor_id", "integer"),
            typed("sold_at", "timestamptz"),
            typed("total_amount", "numeric(8,2)"),
            column("status", &["paid", "refunded"]),
        ],
    );
    Corpus {
        version: "museum".into(),
        tables: vec![
            keyed(visitors, "visitor_id", &[]),
            keyed(tours, "tour_id", &[]),
            keyed(
                bookings,
                "tour_booking_id",
                &[("tour_id", "tbl_tour"), ("visitor_id", "tbl_visitor")],
            ),
            keyed(sales, "ticket_sale_id", &[("visitor_id", "tbl_visitor")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn a_prefix_that_says_table_is_no_word_of_the_rows() {
    let engine = engine_of(&museum());
    let tours = sql(&engine, "How many tours do we have?");
    assert!(
        tours.contains("COUNT(*)") && tours.contains("FROM public.tbl_tour AS"),
        "{tours}"
    );
    let party = sql(&engine, "Average party size on tour bookings");
    assert!(
        party.contains("AVG(tbl_tour_booking.party_size)"),
        "{party}"
    );
    let by_city = sql(&engine, "number of ticket sales by visitor city");
    assert!(
        by_city.contains("COUNT(*)") && by_city.contains("GROUP BY tbl_visitor.city"),
        "{by_city}"
    );
}

#[test]
fn a_participle_before_the_rows_is_no_column_it_only_resembles() {
    let engine = engine_of(&museum());
    // "guided" says something of the tours; it is not `guide_name`.
    let cancelled = sql(&engine, "How many guided tours were cancelled?");
    assert!(!cancelled.contains("guide_name"), "{cancelled}");
    assert!(
        cancelled.contains("tbl_tour.is_cancelled = 'true'"),
        "{cancelled}"
    );
}

#[test]
fn a_total_said_before_a_column_named_total_sums_it() {
    let engine = engine_of(&museum());
    let paid = sql(&engine, "What is the total amount of paid ticket sales?");
    assert!(
        paid.contains("SUM(tbl_ticket_sale.total_amount)")
            && paid.contains("tbl_ticket_sale.status = 'paid'"),
        "{paid}"
    );
    // Their total amount, beside the rows listed, is no sum.
    if let Ok(listed) = engine.understand("List the ticket sales with their total amount") {
        assert!(!listed.sql.contains("SUM("), "{}", listed.sql);
    }
}
