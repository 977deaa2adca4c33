//! The engine on a car-sharing schema made the Laravel way (rows marked removed by a
//! `deleted_at` instead of deleted), on a dental group's legacy schema whose columns carry
//! their table's code (`apt_status` of `t_appointment`), and on an auction house whose
//! statuses are enum types: removed rows left out, codes read past, enums read as text,
//! a trip's price as what was paid, and one column named twice read once.

use super::tests::{engine_of, keyed, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn nullable(name: &str, data_type: &str) -> crate::ask::corpus::Column {
    crate::ask::corpus::Column {
        nullable: true,
        ..typed(name, data_type)
    }
}

/// Laravel's columns: nullable stamps and, on some tables, `deleted_at`.
fn laravel(
    mut columns: Vec<crate::ask::corpus::Column>,
    soft: bool,
) -> Vec<crate::ask::corpus::Column> {
    columns.push(nullable("created_at", "timestamp"));
    columns.push(nullable("updated_at", "timestamp"));
    if soft {
        columns.push(nullable("deleted_at", "timestamp"));
    }
    columns
}

fn carshare() -> Corpus {
    let plans = laravel(
        vec![
            typed("id", "bigint"),
            typed("name", "text"),
            typed("monthly_price", "numeric(8,2)"),
        ],
        false,
    );
    let members = laravel(
        vec![
            typed("id", "bigint"),
            typed("plan_id", "bigint"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("signed_up_on", "date"),
        ],
        true,
    );
    let cars = laravel(
        vec![
            typed("id", "bigint"),
            typed("model", "text"),
            column("fuel_type", &["petrol", "hybrid", "electric"]),
            typed("capacity", "integer"),
        ],
        true,
    );
    let trips = laravel(
        vec![
            typed("id", "bigint"),
            typed("member_id", "bigint"),
            typed("car_id", "bigint"),
            typed("started_at", "timestamp"),
            typed("ended_at", "timestamp"),
            typed("price", "numeric(8,2)"),
        ],
        true,
    );
    let refunds = laravel(
        vec![
            typed("id", "bigint"),
            typed("trip_id", "bigint"),
            typed("requested_at", "timestamp"),
            column("reason", &["overcharge", "damage"]),
            typed("amount", "numeric(8,2)"),
        ],
        false,
    );
    let fares = vec![
        typed("id", "bigint"),
        typed("member_id", "bigint"),
        typed("paid_at", "timestamp"),
        typed("fare_amount", "numeric(8,2)"),
    ];
    let invoices = laravel(
        vec![
            typed("id", "bigint"),
            typed("member_id", "bigint"),
            typed("number", "text"),
            column("status", &["open", "overdue"]),
        ],
        false,
    );
    let damages = laravel(
        vec![
            typed("id", "bigint"),
            typed("car_id", "bigint"),
            typed("reported_at", "timestamp"),
            typed("repair_cost", "numeric(10,2)"),
        ],
        false,
    );
    Corpus {
        version: "carshare".into(),
        tables: vec![
            with_id(table("plans", plans), &[]),
            with_id(table("members", members), &[("plan_id", "plans")]),
            with_id(table("cars", cars), &[]),
            with_id(
                table("trips", trips),
                &[("member_id", "members"), ("car_id", "cars")],
            ),
            with_id(table("refunds", refunds), &[("trip_id", "trips")]),
            with_id(table("fare_payments", fares), &[("member_id", "members")]),
            with_id(table("invoices", invoices), &[("member_id", "members")]),
            with_id(table("damage_reports", damages), &[("car_id", "cars")]),
        ],
        ..Corpus::default()
    }
}

fn dental() -> Corpus {
    let patients = table(
        "t_patient",
        vec![
            typed("pat_id", "integer"),
            typed("pat_first_name", "text"),
            typed("pat_last_name", "text"),
            typed("pat_reg_dt", "date"),
            typed("pat_birth_year", "integer"),
        ],
    );
    let appointments = table(
        "t_appointment",
        vec![
            typed("apt_id", "integer"),
            typed("pat_id", "integer"),
            typed("apt_start", "timestamp"),
            column("apt_status", &["Completed", "Cancelled", "No-show"]),
            column("apt_type", &["Checkup", "Emergency"]),
        ],
    );
    let claims = table(
        "t_claim",
        vec![
            typed("clm_id", "integer"),
            typed("apt_id", "integer"),
            column("clm_status", &["Paid", "Denied"]),
            typed("clm_paid_amt", "numeric(10,2)"),
        ],
    );
    Corpus {
        version: "dental".into(),
        tables: vec![
            keyed(patients, "pat_id", &[]),
            keyed(appointments, "apt_id", &[("pat_id", "t_patient")]),
            keyed(claims, "clm_id", &[("apt_id", "t_appointment")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn rows_marked_removed_are_left_out() {
    let engine = engine_of(&carshare());
    let members = sql(&engine, "How many members do we have?");
    assert!(members.contains("members.deleted_at IS NULL"), "{members}");
    // On every table joined, and inside a subquery's rows.
    let by_plan = sql(&engine, "How many members are on each plan?");
    assert!(by_plan.contains("members.deleted_at IS NULL"), "{by_plan}");
    let never = sql(&engine, "Which members have never taken a trip?");
    assert!(
        never.contains("trips_x.deleted_at IS NULL")
            && never.contains("members.deleted_at IS NULL"),
        "{never}"
    );
    // Unless the question asks about them.
    let removed = sql(&engine, "How many cars have we removed from the fleet?");
    assert!(
        removed.contains("cars.deleted_at IS NOT NULL") && !removed.contains("IS NULL"),
        "{removed}"
    );
    // When a row was removed dates nothing; nor does the framework's `created_at`.
    let per_year = sql(&engine, "trips per year");
    assert!(
        per_year.contains("EXTRACT(YEAR FROM trips.started_at)"),
        "{per_year}"
    );
    let since = sql(&engine, "How many members have signed up since June 2024?");
    assert!(
        since.contains("members.signed_up_on >= DATE '2024-06-01'"),
        "{since}"
    );
}

#[test]
fn a_rows_price_is_what_was_paid_and_money_is_counted_by_its_rows() {
    let engine = engine_of(&carshare());
    let revenue = sql(&engine, "What's our total trip revenue?");
    assert!(revenue.starts_with("SELECT SUM(trips.price)"), "{revenue}");
    // A catalog's price is no revenue (plans refer to nothing): the money paid is.
    let by_plan = sql(&engine, "How much revenue has each plan brought in?");
    assert!(
        by_plan.contains("SUM(fare_payments.fare_amount)"),
        "{by_plan}"
    );
    let counted = sql(&engine, "How many fares were paid in 2024?");
    assert!(
        counted.starts_with("SELECT COUNT(*)") && counted.contains("paid_at >= DATE '2024-01-01'"),
        "{counted}"
    );
    let requests = sql(&engine, "refund requests by reason");
    assert!(
        requests.contains("COUNT(*)") && requests.contains("GROUP BY refunds.reason"),
        "{requests}"
    );
    // `capacity` is one word, no "capa city": "town" names nothing here.
    refused(&engine, "number of cars in each town");
}

#[test]
fn a_tables_code_before_its_columns_is_read_past() {
    let engine = engine_of(&dental());
    let by_status = sql(&engine, "appointments by status");
    assert!(
        by_status.contains("GROUP BY t_appointment.apt_status"),
        "{by_status}"
    );
    let never = sql(
        &engine,
        "List the patients who have never had an appointment.",
    );
    assert!(
        never.starts_with("SELECT t_patient.pat_first_name, t_patient.pat_last_name"),
        "{never}"
    );
    let born = sql(
        &engine,
        "How many patients were born between 1980 and 1989?",
    );
    assert!(
        born.contains("pat_birth_year BETWEEN 1980 AND 1989"),
        "{born}"
    );
    // "different patients" in 2024 are those seen then (their appointments' date), not
    // those registered.
    let seen = sql(&engine, "How many different patients did we see in 2024?");
    assert!(
        seen.contains("COUNT(DISTINCT t_patient.pat_id)")
            && seen.contains("t_appointment.apt_start >= DATE '2024-01-01'"),
        "{seen}"
    );
    // A percentage of rows, by the rows' own code-prefixed status.
    let denied = sql(&engine, "What percentage of claims got denied?");
    assert!(
        denied.starts_with("SELECT 100 * COUNT(*) FILTER") && denied.contains("t_claim.clm_status"),
        "{denied}"
    );
}

#[test]
fn enums_are_text_and_one_column_named_twice_is_one() {
    let status = crate::ask::corpus::Column {
        data_type: "lot_status".into(),
        ..column("status", &["open", "sold", "unsold"])
    };
    let lots = table(
        "lots",
        vec![
            typed("id", "bigint"),
            typed("title", "text"),
            status,
            typed("delay_minutes", "integer"),
            column("cause", &["weather", "staff"]),
        ],
    );
    let corpus = Corpus {
        version: "auction".into(),
        tables: vec![with_id(lots, &[])],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    let by_status = sql(&engine, "number of lots by status");
    assert!(by_status.contains("GROUP BY lots.status"), "{by_status}");
    let sold = sql(&engine, "How many lots were sold?");
    assert!(sold.contains("lots.status = 'sold'"), "{sold}");
    let delay = sql(
        &engine,
        "What is the average delay caused by a lot, in minutes?",
    );
    assert!(
        delay.starts_with("SELECT AVG(lots.delay_minutes)"),
        "{delay}"
    );
    let between = sql(
        &engine,
        "How many lots caused a delay between 10 and 20 minutes?",
    );
    assert!(
        between.contains("lots.delay_minutes BETWEEN 10 AND 20"),
        "{between}"
    );
}

fn auction() -> Corpus {
    let lots = table(
        "lots",
        vec![
            typed("id", "bigint"),
            typed("title", "text"),
            typed("estimate_low", "numeric(12,2)"),
            crate::ask::corpus::Column {
                filled: Some(0.6),
                ..nullable("reserve_price", "numeric(12,2)")
            },
        ],
    );
    let bids = table(
        "bids",
        vec![
            typed("id", "bigint"),
            typed("lot_id", "bigint"),
            typed("amount", "numeric(12,2)"),
            typed("placed_at", "timestamptz"),
        ],
    );
    let sales = table(
        "sales",
        vec![
            typed("id", "bigint"),
            typed("lot_id", "bigint"),
            typed("hammer_price", "numeric(12,2)"),
            typed("sold_at", "timestamptz"),
        ],
    );
    let vans = table(
        "vans",
        vec![
            typed("id", "bigint"),
            typed("fleet_number", "varchar(10)"),
            typed("year_built", "integer"),
        ],
    );
    let bookings = table(
        "bookings",
        vec![
            typed("id", "bigint"),
            typed("van_id", "bigint"),
            typed("created_at", "timestamptz"),
            typed("starts_at", "timestamptz"),
            typed("ends_at", "timestamptz"),
            typed("fee", "numeric(8,2)"),
            column("status", &["completed", "cancelled"]),
        ],
    );
    Corpus {
        version: "auction".into(),
        tables: vec![
            with_id(lots, &[]),
            with_id(bids, &[("lot_id", "lots")]),
            with_id(sales, &[("lot_id", "lots")]),
            with_id(vans, &[]),
            with_id(bookings, &[("van_id", "vans")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn totals_said_after_and_counts_said_beside_them() {
    let engine = engine_of(&auction());
    // A nullable number left empty: none.
    let no_reserve = sql(&engine, "How many lots have no reserve price?");
    assert!(
        no_reserve.contains("lots.reserve_price IS NULL"),
        "{no_reserve}"
    );
    // A ranking's word names no `estimate_low`.
    let lowest = sql(&engine, "lowest bid ever placed");
    assert!(lowest.starts_with("SELECT MIN(bids.amount)"), "{lowest}");
    let monthly = sql(&engine, "Show the hammer total for each month of 2024.");
    assert!(monthly.contains("SUM(sales.hammer_price)"), "{monthly}");
    let both = sql(
        &engine,
        "For completed bookings, give the count and total fee per van",
    );
    assert!(
        both.contains("COUNT(*)") && both.contains("SUM(bookings.fee)"),
        "{both}"
    );
    let between = sql(
        &engine,
        "How many sales hammered between 10,000 and 20,000?",
    );
    assert!(between.starts_with("SELECT COUNT(*)"), "{between}");
}

#[test]
fn a_booking_is_dated_by_when_it_starts_and_rows_without_names_by_their_number() {
    let engine = engine_of(&auction());
    let q3 = sql(&engine, "How many bookings were there in Q3 2024?");
    assert!(
        q3.contains("bookings.starts_at >= DATE '2024-07-01'"),
        "{q3}"
    );
    let old = sql(&engine, "List the vans built before 2010");
    assert!(
        old.starts_with("SELECT vans.fleet_number, vans.year_built") && old.contains("< 2010"),
        "{old}"
    );
}

fn rentals() -> Corpus {
    let units = table(
        "units",
        vec![
            typed("id", "bigint"),
            typed("unit_number", "text"),
            typed("bedrooms", "integer"),
            typed("listed_rent", "numeric(8,2)"),
        ],
    );
    let leases = table(
        "leases",
        vec![
            typed("id", "bigint"),
            typed("unit_id", "bigint"),
            typed("monthly_rent", "numeric(8,2)"),
            typed("signed_on", "date"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("id", "bigint"),
            typed("lease_id", "bigint"),
            typed("received_on", "date"),
            typed("amount", "numeric(8,2)"),
            column("method", &["card", "transfer"]),
        ],
    );
    let fares = table(
        "fare_transactions",
        vec![
            typed("id", "bigint"),
            typed("tapped_at", "timestamptz"),
            typed("fare_amount", "numeric(8,2)"),
        ],
    );
    Corpus {
        version: "rentals".into(),
        tables: vec![
            with_id(units, &[]),
            with_id(leases, &[("unit_id", "units")]),
            with_id(payments, &[("lease_id", "leases")]),
            with_id(fares, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn one_column_said_by_two_runs_of_words_and_kinds_after_by() {
    let engine = engine_of(&rentals());
    // "asking" names `listed_rent`, "rent" any rent: the one both name.
    let by_bedrooms = sql(&engine, "average asking rent by number of bedrooms");
    assert!(
        by_bedrooms.contains("AVG(units.listed_rent)")
            && by_bedrooms.contains("GROUP BY units.bedrooms"),
        "{by_bedrooms}"
    );
    // "by" after a verb groups by a kind named next; it names no agent.
    let by_method = sql(&engine, "Total payments received by payment method");
    assert!(
        by_method.contains("SUM(payments.amount)")
            && by_method.contains("GROUP BY payments.method"),
        "{by_method}"
    );
    // A measure word before the one column of its kind.
    let gross = sql(&engine, "Gross fare takings per year");
    assert!(
        gross.contains("SUM(fare_transactions.fare_amount)"),
        "{gross}"
    );
}

#[test]
fn labels_said_are_their_rows_and_costs_add_up_per_group() {
    let engine = engine_of(&carshare());
    let overdue = sql(&engine, "list the overdue invoice numbers");
    assert!(
        overdue.starts_with("SELECT invoices.number")
            && overdue.contains("invoices.status = 'overdue'"),
        "{overdue}"
    );
    let by_make = sql(&engine, "repair costs by car model");
    assert!(
        by_make.contains("SUM(damage_reports.repair_cost)")
            && by_make.contains("GROUP BY cars.model"),
        "{by_make}"
    );
    // "carried out": what the rows already are.
    let since = sql(
        &engine,
        "How many damage reports were carried out since June 2024?",
    );
    assert!(
        since.contains("damage_reports.reported_at >= DATE '2024-06-01'"),
        "{since}"
    );
}

#[test]
fn values_listed_as_examples_name_their_column_and_a_verb_dates_its_rows() {
    let engine = engine_of(&auction());
    let by_status = sql(
        &engine,
        "Count the bookings by state (completed or cancelled).",
    );
    assert!(
        by_status.contains("GROUP BY bookings.status") && !by_status.contains("IN ("),
        "{by_status}"
    );
    // "sold" says which lots are counted, and dates them by the sale.
    let sold = sql(&engine, "How many lots have we sold since July 2024?");
    assert!(
        sold.contains("COUNT(DISTINCT lots.id)")
            && sold.contains("sales.sold_at >= DATE '2024-07-01'")
            && !sold.contains("SUM("),
        "{sold}"
    );
}
