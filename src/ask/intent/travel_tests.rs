//! The engine on a small hand-built airline: flights with a start and an end date,
//! routes measured in km, bookings with a class, a fare and an optional coupon code, and
//! passengers with a sign-up date of their own.

use super::tests::{engine_of, keyed, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::{ForeignKey, Table};

fn travel() -> Corpus {
    let passengers = table(
        "passengers",
        vec![
            typed("passenger_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("email", "text"),
            column("country", &["France", "Spain"]),
            column("tier", &["Gold Member", "Silver Member"]),
            typed("birth_date", "date"),
            typed("signup_date", "date"),
        ],
    );
    let airports = table(
        "airports",
        vec![
            typed("airport_id", "integer"),
            typed("airport_name", "text"),
            typed("city", "text"),
            column("country", &["France", "Spain"]),
        ],
    );
    let routes = table(
        "routes",
        vec![
            typed("route_id", "integer"),
            typed("route_code", "text"),
            typed("origin_airport_id", "integer"),
            typed("destination_airport_id", "integer"),
            typed("distance_km", "integer"),
        ],
    );
    let flights = table(
        "flights",
        vec![
            typed("flight_id", "integer"),
            typed("route_id", "integer"),
            typed("flight_number", "text"),
            typed("scheduled_departure", "timestamp"),
            typed("scheduled_arrival", "timestamp"),
            column("status", &["scheduled", "cancelled", "delayed"]),
            column("aircraft", &["airbus", "boeing"]),
        ],
    );
    let bookings = table(
        "bookings",
        vec![
            typed("booking_id", "integer"),
            typed("passenger_id", "integer"),
            typed("flight_id", "integer"),
            column("class", &["economy", "business", "first"]),
            typed("fare", "numeric(10,2)"),
            typed("coupon_code", "text"),
            typed("is_veg", "boolean"),
            typed("booked_at", "timestamp"),
        ],
    );
    let reviews = table(
        "reviews",
        vec![
            typed("review_id", "integer"),
            typed("booking_id", "integer"),
            typed("rating", "integer"),
            typed("reviewed_on", "date"),
        ],
    );
    let invoices = table(
        "invoices",
        vec![
            typed("invoice_id", "integer"),
            typed("booking_id", "integer"),
            column("invoice_status", &["open", "paid"]),
            typed("total_amount", "numeric(10,2)"),
            typed("issued_on", "date"),
            typed("sent_on", "date"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("payment_id", "integer"),
            typed("invoice_id", "integer"),
            typed("amount", "numeric(10,2)"),
            typed("paid_on", "date"),
        ],
    );
    Corpus {
        version: "travel".into(),
        tables: vec![
            keyed(passengers, "passenger_id", &[]),
            keyed(airports, "airport_id", &[]),
            Table {
                foreign_keys: ["origin_airport_id", "destination_airport_id"]
                    .iter()
                    .map(|c| ForeignKey {
                        columns: vec![(*c).into()],
                        ref_schema: "public".into(),
                        ref_table: "airports".into(),
                        ref_columns: vec!["airport_id".into()],
                    })
                    .collect(),
                ..keyed(routes, "route_id", &[])
            },
            keyed(flights, "flight_id", &[("route_id", "routes")]),
            keyed(
                bookings,
                "booking_id",
                &[("passenger_id", "passengers"), ("flight_id", "flights")],
            ),
            keyed(reviews, "review_id", &[("booking_id", "bookings")]),
            keyed(invoices, "invoice_id", &[("booking_id", "bookings")]),
            keyed(payments, "payment_id", &[("invoice_id", "invoices")]),
        ],
        ..Corpus::default()
    }
}

fn engine() -> Engine {
    engine_of(&travel())
}

#[test]
fn an_event_is_dated_by_its_start_and_verbs_name_their_nouns() {
    let engine = engine();
    let per_year = sql(&engine, "flights per year");
    assert!(
        per_year.contains("EXTRACT(YEAR FROM flights.scheduled_departure)"),
        "{per_year}"
    );
    assert!(!per_year.contains("scheduled_arrival"), "{per_year}");
    // "departing" names `scheduled_departure`; "scheduled" names both, and the start wins.
    for question in [
        "number of flights departing in 2023",
        "How many flights were scheduled in 2023?",
    ] {
        let departing = sql(&engine, question);
        assert!(
            departing.contains("flights.scheduled_departure >= '2023-01-01'")
                || departing.contains("flights.scheduled_departure >= DATE '2023-01-01'"),
            "{question}: {departing}"
        );
    }
}

#[test]
fn a_period_dates_the_rows_named_before_it() {
    let engine = engine();
    let placed = sql(&engine, "How many passengers placed a booking in 2023?");
    assert!(
        placed.contains("bookings.booked_at >= DATE '2023-01-01'"),
        "{placed}"
    );
    assert!(!placed.contains("signup_date"), "{placed}");
    // The passengers' own date when nothing is named between.
    let signed = sql(&engine, "How many passengers in 2023?");
    assert!(signed.contains("passengers.signup_date"), "{signed}");
}

#[test]
fn words_around_a_column_that_add_nothing() {
    let engine = engine();
    let trailing = sql(&engine, "passengers from France, how many?");
    assert!(trailing.starts_with("SELECT COUNT(*)"), "{trailing}");
    assert!(
        trailing.contains("passengers.country = 'France'"),
        "{trailing}"
    );
    let paid = sql(&engine, "What is the cheapest fare anyone has paid?");
    assert!(paid.starts_with("SELECT MIN(bookings.fare)"), "{paid}");
    let address = sql(&engine, "passengers without an email address, how many?");
    assert!(address.contains("passengers.email IS NULL"), "{address}");
    // The column named after its own value says what the value is.
    let class = sql(&engine, "count of business class bookings");
    assert!(class.starts_with("SELECT COUNT(*)"), "{class}");
    assert!(class.contains("bookings.class = 'business'"), "{class}");
}

#[test]
fn units_in_a_column_name() {
    let engine = engine();
    let longest = sql(&engine, "What is the longest route distance in km?");
    assert!(
        longest.starts_with("SELECT MAX(routes.distance_km)"),
        "{longest}"
    );
    let longer = sql(&engine, "routes longer than 5000 km, how many?");
    assert!(longer.contains("routes.distance_km > 5000"), "{longer}");
    // A unit no column says is no comparison askpg can make.
    assert!(engine
        .understand("routes longer than 5000 miles, how many?")
        .is_err());
}

#[test]
fn never_with_a_condition_on_the_rows_never_there() {
    let engine = engine();
    let first = sql(&engine, "how many passengers have never flown first class");
    assert!(
        first.contains("NOT EXISTS (SELECT 1 FROM public.bookings AS bookings_x"),
        "{first}"
    );
    assert!(first.contains("AND bookings_x.class = 'first')"), "{first}");
    assert!(!first.contains("WHERE EXISTS"), "{first}");
    let never = sql(&engine, "passengers who never booked in 2023");
    assert!(
        never.contains("AND bookings_x.booked_at >= DATE '2023-01-01'"),
        "{never}"
    );
}

#[test]
fn held_columns_counts_per_row_and_values_excluded() {
    let engine = engine();
    let coupon = sql(&engine, "what percent of bookings used a coupon code");
    assert!(
        coupon.contains("FILTER (WHERE bookings.coupon_code IS NOT NULL)"),
        "{coupon}"
    );
    let twice = sql(&engine, "passengers who booked more than once");
    assert!(twice.contains(") > 1"), "{twice}");
    let excluded = sql(
        &engine,
        "number of flights in 2023, cancelled flights excluded",
    );
    assert!(
        excluded.contains("flights.status <> 'cancelled'"),
        "{excluded}"
    );
    let counting = sql(&engine, "number of flights, not counting cancelled flights");
    assert!(
        counting.contains("flights.status <> 'cancelled'"),
        "{counting}"
    );
}

#[test]
fn a_change_asked_for_each_year_is_the_years_side_by_side() {
    let engine = engine();
    let yearly = sql(
        &engine,
        "How did the number of bookings change from 2022 to 2023 by year?",
    );
    assert!(
        yearly.contains("GROUP BY EXTRACT(YEAR FROM bookings.booked_at)"),
        "{yearly}"
    );
    assert!(
        yearly.contains(
            "bookings.booked_at >= DATE '2022-01-01' AND bookings.booked_at < DATE '2024-01-01'"
        ),
        "{yearly}"
    );
    assert!(!yearly.contains("FILTER"), "{yearly}");
}

#[test]
fn which_grain_ranks_groups_and_two_values_of_a_share_are_either() {
    let engine = engine();
    let year = sql(&engine, "Which year had the most bookings?");
    assert!(
        year.contains("ORDER BY 2 DESC NULLS LAST, EXTRACT(YEAR FROM bookings.booked_at)::int"),
        "{year}"
    );
    assert!(year.ends_with("LIMIT 1"), "{year}");
    // The top of each year is no top pair of (class, year).
    assert!(engine
        .understand("Which class had the most bookings in each year?")
        .is_err());
    let share = sql(
        &engine,
        "what share of bookings are business or first class, in percent",
    );
    assert!(
        share.contains("FILTER (WHERE bookings.class IN ('business', 'first'))"),
        "{share}"
    );
    assert!(share.starts_with("SELECT 100 * "), "{share}");
}

#[test]
fn a_duration_runs_from_an_event_start_to_its_end() {
    let engine = engine();
    // Timestamps: days and their fraction.
    let flight = sql(&engine, "average flight time in days");
    assert!(
        flight.starts_with(
            "SELECT AVG(EXTRACT(EPOCH FROM (flights.scheduled_arrival - flights.scheduled_departure)) / 86400)"
        ),
        "{flight}"
    );
    let longest = sql(&engine, "the longest flight duration");
    assert!(longest.starts_with("SELECT MAX(EXTRACT(EPOCH"), "{longest}");
    // Without an aggregate, no duration is asked for.
    assert!(engine.understand("flight duration").is_err());
}

#[test]
fn a_role_word_picks_one_of_two_foreign_keys() {
    let engine = engine();
    let destination = sql(&engine, "bookings by destination country");
    assert!(
        destination.contains("routes.destination_airport_id = airports.airport_id"),
        "{destination}"
    );
    assert!(
        destination.starts_with("SELECT airports.country"),
        "{destination}"
    );
    let origin = sql(&engine, "Top 3 origin cities by number of flights");
    assert!(
        origin.contains("routes.origin_airport_id = airports.airport_id"),
        "{origin}"
    );
    assert!(origin.ends_with("LIMIT 3"), "{origin}");
    // Without a role, two paths lead to the airports.
    assert!(engine
        .understand("number of routes by airport city")
        .is_err());
}

#[test]
fn a_value_said_in_the_plural_counts_its_rows() {
    let engine = engine();
    let gold = sql(&engine, "How many Gold Members are there?");
    assert!(gold.starts_with("SELECT COUNT(*) AS passengers"), "{gold}");
    assert!(gold.contains("passengers.tier = 'Gold Member'"), "{gold}");
}

#[test]
fn a_verb_naming_the_date_of_other_rows_stands_for_those_rows() {
    let engine = engine();
    let never = sql(&engine, "Which passengers have never reviewed?");
    assert!(
        never.contains("NOT EXISTS (SELECT 1 FROM public.bookings AS bookings_x JOIN public.reviews AS reviews_x"),
        "{never}"
    );
    let most = sql(&engine, "the most reviewed route");
    assert!(
        most.contains("COUNT(DISTINCT reviews.review_id)") || most.contains("COUNT(*)"),
        "{most}"
    );
    assert!(most.contains("GROUP BY routes."), "{most}");
    assert!(most.ends_with("LIMIT 1"), "{most}");
}

#[test]
fn a_verb_of_a_table_of_amounts_is_its_money() {
    let engine = engine();
    let invoiced = sql(&engine, "total invoiced");
    assert!(
        invoiced.starts_with("SELECT SUM(invoices.total_amount)"),
        "{invoiced}"
    );
    let amount = sql(&engine, "total invoiced amount by destination country");
    assert!(amount.contains("SUM(invoices.total_amount)"), "{amount}");
    assert!(!amount.contains("payments"), "{amount}");
}

#[test]
fn a_verb_of_creating_dates_rows_by_their_creation() {
    let engine = engine();
    // Two dates, neither named: refused.
    assert!(engine.understand("How many invoices in 2023?").is_err());
    let raised = sql(&engine, "How many invoices were raised in 2023?");
    assert!(
        raised.contains("invoices.issued_on >= DATE '2023-01-01'"),
        "{raised}"
    );
}

#[test]
fn a_rate_is_the_percentage_of_rows_with_the_value_it_names() {
    let engine = engine();
    let rate = sql(&engine, "cancellation rate per route");
    assert!(
        rate.contains("100 * COUNT(*) FILTER (WHERE flights.status = 'cancelled')"),
        "{rate}"
    );
    assert!(rate.contains("GROUP BY routes.route_code"), "{rate}");
    let delayed = sql(&engine, "delayed rate of flights");
    assert!(
        delayed.contains("FILTER (WHERE flights.status = 'delayed')"),
        "{delayed}"
    );
}

#[test]
fn a_generic_word_of_a_table_is_its_own_column() {
    let engine = engine();
    let code = sql(&engine, "number of flights for each code of route");
    assert!(code.contains("GROUP BY routes.route_code"), "{code}");
}

#[test]
fn the_first_and_the_last_are_the_earliest_and_the_latest() {
    let engine = engine();
    let latest = sql(&engine, "when was the last review");
    assert!(
        latest.starts_with("SELECT MAX(reviews.reviewed_on)"),
        "{latest}"
    );
    let last = sql(&engine, "Which passenger signed up last?");
    assert!(
        last.contains("ORDER BY passengers.signup_date DESC"),
        "{last}"
    );
    // Here "first" is a class of bookings, not the earliest.
    let class = sql(&engine, "how many bookings in first class");
    assert!(class.contains("bookings.class = 'first'"), "{class}");
}

#[test]
fn a_birth_date_is_dated_only_when_named() {
    let engine = engine();
    let new = sql(&engine, "new passengers per month in 2023");
    assert!(new.contains("passengers.signup_date"), "{new}");
    assert!(!new.contains("birth_date"), "{new}");
    let born = sql(&engine, "How many passengers were born in 1990?");
    assert!(
        born.contains("passengers.birth_date >= DATE '1990-01-01'"),
        "{born}"
    );
}

#[test]
fn a_table_named_before_its_parent_only_qualifies_it() {
    let engine = engine();
    let route = sql(&engine, "number of bookings per flight route");
    assert!(route.contains("GROUP BY routes.route_code"), "{route}");
    assert!(!route.contains("GROUP BY flights"), "{route}");
}

#[test]
fn open_rows_and_ratings() {
    let engine = engine();
    // Flights start and end: an open flight has no arrival yet.
    let open = sql(&engine, "how many flights are ongoing");
    assert!(open.contains("flights.scheduled_arrival IS NULL"), "{open}");
    // 'open' is a status of invoices, two tables below the flights: too far to be meant.
    assert!(engine.understand("how many flights are open").is_err());
    let stars = sql(&engine, "count the 4-star reviews");
    assert!(stars.contains("reviews.rating = '4'"), "{stars}");
}

#[test]
fn never_with_a_verb_plurals_of_values_and_shares_of_totals() {
    let engine = engine();
    // The one table whose rows refer to routes.
    let never = sql(&engine, "Which routes have never been used?");
    assert!(
        never.contains("NOT EXISTS (SELECT 1 FROM public.flights AS flights_x"),
        "{never}"
    );
    let plural = sql(&engine, "how many flights were on boeings in 2023");
    assert!(plural.contains("flights.aircraft = 'boeing'"), "{plural}");
    assert!(engine
        .understand("what percentage of total fares does each class bring in")
        .is_err());
    let and_when = sql(&engine, "what was the last review and when");
    assert!(and_when.contains("reviews.reviewed_on"), "{and_when}");
}

#[test]
fn an_event_never_done_to_rows_named_after_it_and_abbreviated_columns() {
    let engine = engine();
    let never = sql(&engine, "how many bookings were never issued an invoice");
    assert!(
        never.contains("NOT EXISTS (SELECT 1 FROM public.invoices AS invoices_x"),
        "{never}"
    );
    assert!(!never.contains("WHERE EXISTS"), "{never}");
    let veg = sql(&engine, "how many vegetarian bookings");
    assert!(veg.contains("bookings.is_veg = 'true'"), "{veg}");
    // "show me" asks; it names no show.
    let shown = sql(&engine, "show me the number of flights by status");
    assert!(shown.contains("GROUP BY flights.status"), "{shown}");
}

#[test]
fn least_turns_a_ranking_word_around() {
    let engine = engine_of(&travel());
    let least = sql(&engine, "What is the least expensive fare anyone has paid?");
    assert!(least.contains("MIN(bookings.fare)"), "{least}");
    let most = sql(&engine, "What is the most expensive fare anyone has paid?");
    assert!(most.contains("MAX(bookings.fare)"), "{most}");
}
