//! Names run together as a MySQL migration leaves them (`lanesession` beside `lane`,
//! `ismember` and `feepaid` kept as 0/1), states kept as
//! timestamps that some rows lack, and the phrasing of comparisons and totals: "at least
//! one", "compare … in 2023 with 2024", "the first half of 2023", "how many … and for what
//! total", "before VAT", "current" beside a flag; and what is refused rather than guessed.

use super::tests::{engine_of, keyed, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::Column;

/// A column empty on a third of its rows.
fn sometimes(name: &str, data_type: &str) -> Column {
    Column {
        nullable: true,
        filled: Some(0.66),
        ..typed(name, data_type)
    }
}

fn bowling() -> Corpus {
    let lane = table(
        "lane",
        vec![
            typed("laneid", "integer"),
            column("lanetype", &["family", "standard", "vip"]),
            typed("isactive", "smallint"),
        ],
    );
    let customer = table(
        "customer",
        vec![
            typed("customerid", "integer"),
            column("firstname", &[]),
            column("lastname", &[]),
            typed("ismember", "smallint"),
        ],
    );
    let session = table(
        "lanesession",
        vec![
            typed("lanesessionid", "integer"),
            typed("laneid", "integer"),
            typed("customerid", "integer"),
            typed("bookeddatetime", "timestamp"),
            typed("startdatetime", "timestamp"),
            column("status", &["completed", "cancelled", "noshow"]),
            typed("totalamount", "numeric(8,2)"),
        ],
    );
    let tab = table(
        "bartab",
        vec![
            typed("bartabid", "integer"),
            typed("openeddatetime", "timestamp"),
            column("status", &["open", "closed", "voided"]),
        ],
    );
    let item = table(
        "baritem",
        vec![
            typed("baritemid", "integer"),
            column("itemname", &[]),
            typed("price", "numeric(6,2)"),
        ],
    );
    let team = table(
        "leagueteam",
        vec![
            typed("leagueteamid", "integer"),
            column("teamname", &[]),
            typed("feepaid", "smallint"),
        ],
    );
    Corpus {
        version: "bowling".into(),
        tables: vec![
            keyed(lane, "laneid", &[]),
            keyed(customer, "customerid", &[]),
            keyed(
                session,
                "lanesessionid",
                &[("laneid", "lane"), ("customerid", "customer")],
            ),
            keyed(tab, "bartabid", &[]),
            keyed(item, "baritemid", &[]),
            keyed(team, "leagueteamid", &[]),
        ],
        ..Corpus::default()
    }
}

fn rooms() -> Corpus {
    let customers = table(
        "customers",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
        ],
    );
    let rooms = table("rooms", vec![typed("id", "integer"), column("name", &[])]);
    let closures = table(
        "maintenance_closures",
        vec![
            typed("id", "integer"),
            typed("room_id", "integer"),
            typed("starts_at", "timestamp"),
            sometimes("reopened_at", "timestamp"),
        ],
    );
    let masters = table(
        "game_masters",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
        ],
    );
    let bookings = table(
        "bookings",
        vec![
            typed("id", "integer"),
            typed("customer_id", "integer"),
            typed("game_master_id", "integer"),
            typed("booked_at", "timestamp"),
            typed("group_size", "integer"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("id", "integer"),
            typed("booking_id", "integer"),
            typed("amount", "numeric(8,2)"),
            typed("paid_at", "timestamp"),
        ],
    );
    let reviews = table(
        "reviews",
        vec![
            typed("id", "integer"),
            typed("posted_at", "timestamp"),
            sometimes("replied_at", "timestamp"),
            sometimes("hidden_at", "timestamp"),
        ],
    );
    let refunds = table(
        "refunds",
        vec![
            typed("id", "integer"),
            column("reason", &["faulty", "goodwill"]),
            typed("amount", "numeric(8,2)"),
        ],
    );
    let rentals = table(
        "storage_rentals",
        vec![
            typed("id", "integer"),
            column("status", &["active", "ended"]),
            typed("amount_net", "numeric(8,2)"),
            typed("vat_amount", "numeric(8,2)"),
            typed("amount_gross", "numeric(8,2)"),
        ],
    );
    let crew = table(
        "crew_members",
        vec![
            typed("id", "integer"),
            column("full_name", &[]),
            typed("has_hgv_licence", "boolean"),
            sometimes("left_on", "date"),
        ],
    );
    Corpus {
        version: "rooms".into(),
        tables: vec![
            with_id(customers, &[]),
            with_id(rooms, &[]),
            with_id(closures, &[("room_id", "rooms")]),
            with_id(masters, &[]),
            with_id(
                bookings,
                &[
                    ("customer_id", "customers"),
                    ("game_master_id", "game_masters"),
                ],
            ),
            with_id(payments, &[("booking_id", "bookings")]),
            with_id(reviews, &[]),
            with_id(refunds, &[]),
            with_id(rentals, &[]),
            with_id(crew, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn table_names_run_together_part_into_words() {
    let engine = engine_of(&bowling());
    let sessions = sql(&engine, "How many completed sessions were there?");
    assert!(
        sessions.contains("FROM public.lanesession") && sessions.contains("status = 'completed'"),
        "{sessions}"
    );
    // `bartab` beside `baritem` stays one word (no table is "bar"), named run together.
    let tabs = sql(&engine, "How many bar tabs are there?");
    assert!(tabs.contains("FROM public.bartab"), "{tabs}");
    let members = sql(&engine, "How many of our customers are members?");
    assert!(members.contains("customer.ismember = '1'"), "{members}");
}

#[test]
fn a_start_date_time_dates_the_sessions() {
    let engine = engine_of(&bowling());
    let monthly = sql(&engine, "Completed lane sessions per month in 2024");
    assert!(
        monthly.contains("lanesession.startdatetime >= DATE '2024-01-01'"),
        "{monthly}"
    );
}

#[test]
fn a_participle_in_a_smallint_is_no_money() {
    let engine = engine_of(&bowling());
    let fees = engine.understand("How much have we collected in league team fees so far?");
    assert!(
        fees.as_ref().map_or(true, |u| !u.sql.contains("feepaid)")),
        "{fees:?}"
    );
}

#[test]
fn at_least_one_is_a_comparison_not_a_date() {
    let engine = engine_of(&rooms());
    let booked = sql(&engine, "Which customers have at least 3 bookings?");
    assert!(
        booked.contains(">= 3") && !booked.contains("booked_at") && !booked.contains("LIMIT 1\n"),
        "{booked}"
    );
}

#[test]
fn played_is_no_payment_and_a_game_no_game_master() {
    let engine = engine_of(&rooms());
    for question in [
        "How many bookings were played?",
        "How many customers played at least one game in 2024?",
    ] {
        if let Ok(u) = engine.understand(question) {
            assert!(
                !u.sql.contains("payments") && !u.sql.contains("game_master"),
                "{question}: {}",
                u.sql
            );
        }
    }
}

#[test]
fn two_periods_compared_side_by_side() {
    let engine = engine_of(&rooms());
    let compared = sql(&engine, "Compare total payments in 2023 with 2024");
    assert!(
        compared.contains("GROUP BY EXTRACT(YEAR FROM payments.paid_at)")
            && compared.contains("payments.paid_at >= DATE '2023-01-01'")
            && compared.contains("payments.paid_at < DATE '2025-01-01'"),
        "{compared}"
    );
    // Without "compare", two years of one date stay ambiguous.
    refused(&engine, "Total payments in 2023 versus 2024");
}

#[test]
fn half_a_year() {
    let engine = engine_of(&rooms());
    let half = sql(
        &engine,
        "How many payments were made in the second half of 2024?",
    );
    assert!(
        half.contains("payments.paid_at >= DATE '2024-07-01'")
            && half.contains("payments.paid_at < DATE '2025-01-01'"),
        "{half}"
    );
}

#[test]
fn counted_and_totalled_after_and() {
    let engine = engine_of(&rooms());
    let both = sql(
        &engine,
        "Refunds by reason - how many of each, and for what total amount?",
    );
    assert!(
        both.contains("COUNT(*)") && both.contains("SUM(refunds.amount)"),
        "{both}"
    );
    let added = sql(
        &engine,
        "Payments in 2024 - how many were there and what did they add up to?",
    );
    assert!(
        added.contains("COUNT(*)") && added.contains("SUM(payments.amount)"),
        "{added}"
    );
}

#[test]
fn before_vat_is_the_net_amount() {
    let engine = engine_of(&rooms());
    let net = sql(&engine, "Total storage rentals excluding VAT");
    assert!(net.contains("SUM(storage_rentals.amount_net)"), "{net}");
}

#[test]
fn current_beside_a_flag_still_says_who_is_current() {
    let engine = engine_of(&rooms());
    let licensed = sql(
        &engine,
        "Which of our current crew members hold an HGV licence?",
    );
    assert!(
        licensed.contains("has_hgv_licence = 'true'") && licensed.contains("left_on IS NULL"),
        "{licensed}"
    );
}

#[test]
fn not_before_a_date_some_rows_lack_is_refused() {
    let engine = engine_of(&rooms());
    refused(
        &engine,
        "Which rooms are closed for maintenance and haven't reopened yet?",
    );
}

#[test]
fn fillers_say_nothing_of_the_rows() {
    let engine = engine_of(&rooms());
    let ever = sql(&engine, "Top 3 customers by number of bookings, all time");
    assert!(ever.contains("LIMIT 3"), "{ever}");
}
