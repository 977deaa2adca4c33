//! Flags and rates as a trade says them: "no-shows" of `is_no_show`, "a kilo" of
//! `price_per_kg` (times the kilos beside it), "in service", "cancelled ones included";
//! lengths of time asked in another unit than their column keeps; dates that are
//! deadlines; "how many and how much"; "what did … come to"; and what is refused rather
//! than guessed (a date after another row's date, "how many hours" of no column of hours,
//! "the oldest" by a length, a share of money).

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn campsite() -> Corpus {
    let activities = table(
        "activities",
        vec![typed("id", "integer"), column("name", &[])],
    );
    let signups = table(
        "activity_signups",
        vec![
            typed("id", "integer"),
            typed("activity_id", "integer"),
            typed("activity_date", "date"),
            typed("is_no_show", "boolean"),
        ],
    );
    let bookings = table(
        "bookings",
        vec![
            typed("id", "integer"),
            typed("arrival_date", "date"),
            typed("is_cancelled", "boolean"),
            typed("total_price", "numeric(8,2)"),
        ],
    );
    let presses = table(
        "presses",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("is_active", "boolean"),
        ],
    );
    let runs = table(
        "press_runs",
        vec![
            typed("id", "integer"),
            typed("press_id", "integer"),
            typed("started_at", "timestamp"),
            typed("ended_at", "timestamp"),
        ],
    );
    let lots = table(
        "lots",
        vec![
            typed("id", "integer"),
            typed("weight_kg", "numeric(9,1)"),
            typed("price_per_kg", "numeric(7,2)"),
            typed("auction_date", "date"),
        ],
    );
    let jobs = table(
        "jobs",
        vec![
            typed("id", "integer"),
            typed("ordered_on", "date"),
            typed("due_date", "date"),
        ],
    );
    let levies = table(
        "levies",
        vec![
            typed("id", "integer"),
            typed("due_date", "date"),
            typed("amount", "numeric(8,2)"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("id", "integer"),
            typed("levy_id", "integer"),
            typed("paid_on", "date"),
            typed("amount", "numeric(8,2)"),
            column("method", &["card", "transfer"]),
        ],
    );
    let runs_ms = table(
        "pipeline_runs",
        vec![
            typed("id", "integer"),
            typed("started_at", "timestamp"),
            typed("duration_ms", "integer"),
        ],
    );
    let ferries = table(
        "ferries",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("max_vessel_length_m", "numeric(6,1)"),
        ],
    );
    Corpus {
        version: "campsite".into(),
        tables: vec![
            with_id(activities, &[]),
            with_id(signups, &[("activity_id", "activities")]),
            with_id(bookings, &[]),
            with_id(presses, &[]),
            with_id(runs, &[("press_id", "presses")]),
            with_id(lots, &[]),
            with_id(jobs, &[]),
            with_id(levies, &[]),
            with_id(payments, &[("levy_id", "levies")]),
            with_id(runs_ms, &[]),
            with_id(ferries, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn no_shows_are_a_flag_set_on_the_rows_counted() {
    let engine = engine_of(&campsite());
    let shows = sql(&engine, "How many activity no-shows did we have in 2024?");
    assert!(
        shows.contains("FROM public.activity_signups")
            && shows.contains("is_no_show = 'true'")
            && !shows.contains("DISTINCT"),
        "{shows}"
    );
}

#[test]
fn a_rate_a_kilo_and_the_kilos_it_multiplies() {
    let engine = engine_of(&campsite());
    let priced = sql(&engine, "How many lots sold for between 5 and 10 a kilo?");
    assert!(
        priced.contains("lots.price_per_kg BETWEEN 5 AND 10"),
        "{priced}"
    );
    let turnover = sql(&engine, "What was the lot turnover for 2024?");
    assert!(
        turnover.contains("SUM(lots.price_per_kg * lots.weight_kg)"),
        "{turnover}"
    );
}

#[test]
fn flags_in_service_and_values_included() {
    let engine = engine_of(&campsite());
    let presses = sql(&engine, "Which presses are still in service?");
    assert!(presses.contains("presses.is_active = 'true'"), "{presses}");
    let all = sql(
        &engine,
        "Bookings per arrival month for 2025, cancelled ones included",
    );
    assert!(
        !all.contains("is_cancelled") && all.contains("date_trunc('month', bookings.arrival_date)"),
        "{all}"
    );
}

#[test]
fn a_length_is_converted_to_the_unit_asked() {
    let engine = engine_of(&campsite());
    let minutes = sql(
        &engine,
        "What's the average pipeline run duration in minutes?",
    );
    assert!(
        minutes.contains("AVG(pipeline_runs.duration_ms * 1.0 / 60000)"),
        "{minutes}"
    );
    let kept = sql(&engine, "What's the average pipeline run duration?");
    assert!(kept.contains("AVG(pipeline_runs.duration_ms)"), "{kept}");
}

#[test]
fn a_deadline_dates_nothing_unless_named() {
    let engine = engine_of(&campsite());
    let jobs = sql(&engine, "how many jobs came in during 2024");
    assert!(
        jobs.contains("jobs.ordered_on >= DATE '2024-01-01'"),
        "{jobs}"
    );
}

#[test]
fn counted_and_totalled_and_what_rows_came_to() {
    let engine = engine_of(&campsite());
    let both = sql(
        &engine,
        "Break down the payments by method: how many and how much.",
    );
    assert!(
        both.contains("COUNT(*)") && both.contains("SUM(payments.amount)"),
        "{both}"
    );
    let came = sql(&engine, "What did bookings made in 2024 come to?");
    assert!(came.contains("SUM(bookings.total_price)"), "{came}");
}

#[test]
fn what_is_refused_rather_than_guessed() {
    let engine = engine_of(&campsite());
    // A date compared with another row's date.
    refused(&engine, "how many payments came in after the due date?");
    // A length of time no column keeps, counted as rows.
    refused(
        &engine,
        "For each press still in service, how many hours did it run in 2024?",
    );
    // The oldest, by a length.
    refused(
        &engine,
        "Of the vessels still in service, which is the oldest?",
    );
}

#[test]
fn revenue_names_no_venues() {
    let venues = table(
        "venues",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("hire_fee", "numeric(8,2)"),
        ],
    );
    let corpus = Corpus {
        version: "venues".into(),
        tables: vec![with_id(venues, &[])],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    refused(&engine, "revenue");
}

fn kennel() -> Corpus {
    let owners = table(
        "owners_tbl",
        vec![typed("id", "integer"), column("name", &[])],
    );
    let visits = table(
        "daycare_visits_tbl",
        vec![
            typed("id", "integer"),
            typed("owner_id", "integer"),
            typed("visit_date", "date"),
        ],
    );
    let incidents = table(
        "incidents_tbl",
        vec![
            typed("id", "integer"),
            column("setting", &["daycare", "boarding"]),
            typed("occurred_on", "date"),
        ],
    );
    let invoices = table(
        "invoices_tbl",
        vec![
            typed("id", "integer"),
            typed("owner_id", "integer"),
            column("invoice_number", &[]),
            column("status", &["paid", "void"]),
            column("service_type", &["daycare", "boarding"]),
            typed("issued_on", "date"),
            typed("amount", "numeric(8,2)"),
        ],
    );
    let venues = table(
        "venues",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("hire_fee", "numeric(8,2)"),
        ],
    );
    Corpus {
        version: "kennel".into(),
        tables: vec![
            with_id(owners, &[]),
            with_id(visits, &[("owner_id", "owners_tbl")]),
            with_id(incidents, &[]),
            with_id(invoices, &[("owner_id", "owners_tbl")]),
            with_id(venues, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn tables_named_with_a_suffix_and_statuses_said_as_participles() {
    let engine = engine_of(&kennel());
    let visits = sql(&engine, "daycare visits since March 2024?");
    assert!(
        visits.contains("FROM public.daycare_visits_tbl")
            && visits.contains("visit_date >= DATE '2024-03-01'"),
        "{visits}"
    );
    let voided = sql(
        &engine,
        "How much did we invoice in 2023, not counting voided invoices?",
    );
    assert!(voided.contains("invoices_tbl.status <> 'void'"), "{voided}");
}

#[test]
fn the_cheapest_venue_is_the_venue_and_how_much_is_an_amount() {
    let engine = engine_of(&kennel());
    let venue = sql(&engine, "cheapest venue to hire?");
    assert!(
        venue.starts_with("SELECT venues.name, venues.hire_fee") && venue.contains("LIMIT 1"),
        "{venue}"
    );
    // Rows with no name but a number of their own are listed by it.
    let listed = sql(&engine, "Which invoices are void?");
    assert!(
        listed.starts_with("SELECT invoices_tbl.invoice_number"),
        "{listed}"
    );
    // "How much" is never answered with rows.
    refused(
        &engine,
        "How much did we invoice for boarding at the venues?",
    );
}

#[test]
fn a_status_negated_by_its_opposite_and_a_bound_before_a_date() {
    let invoices = table(
        "invoices",
        vec![
            typed("id", "integer"),
            typed("client_id", "integer"),
            column("status", &["paid", "unpaid", "part_paid"]),
            typed("issued_on", "date"),
            typed("total", "numeric(8,2)"),
        ],
    );
    let clients = table(
        "clients",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("customer_since", "date"),
        ],
    );
    let corpus = Corpus {
        version: "billing".into(),
        tables: vec![
            with_id(clients, &[]),
            with_id(invoices, &[("client_id", "clients")]),
        ],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    let unpaid = sql(&engine, "How many invoices haven't been paid at all?");
    assert!(unpaid.contains("invoices.status = 'unpaid'"), "{unpaid}");
    let since = sql(&engine, "How many invoices since March 2024?");
    assert!(
        since.contains("invoices.issued_on >= DATE '2024-03-01'")
            && !since.contains("customer_since"),
        "{since}"
    );
}
