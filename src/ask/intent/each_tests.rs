//! Counts of each entity's rows, those with none included; amounts kept in cents asked in
//! a currency; things counted by name; counts of each value said; "counting no-shows
//! too"; "from 2023 onwards"; a state said as its verb; roles that no path takes.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::Column;

fn agency() -> Corpus {
    let clients = table(
        "clients",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            column("city", &["Leeds", "York"]),
        ],
    );
    let projects = table(
        "projects",
        vec![
            typed("id", "integer"),
            typed("client_id", "integer"),
            column("title", &[]),
            typed("started_on", "date"),
            typed("budget", "numeric(10,2)"),
        ],
    );
    Corpus {
        version: "agency".into(),
        tables: vec![
            with_id(clients, &[]),
            with_id(projects, &[("client_id", "clients")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn each_entity_is_counted_with_those_that_have_none() {
    let engine = engine_of(&agency());
    let each = sql(&engine, "How many projects has each client had?");
    assert!(
        each.contains("FROM public.clients AS clients\nLEFT JOIN public.projects AS projects ON projects.client_id = clients.id")
            && each.contains("COUNT(projects.client_id)"),
        "{each}"
    );
    // "that have projects", "per client", a period or a ranking: the rows counted, joined.
    for question in [
        "For each client that has projects, how many projects are there?",
        "How many projects are there for each client?",
        "Number of projects per client",
        "How many projects did each client start in 2024?",
        "Which 3 clients have the most projects?",
    ] {
        let inner = sql(&engine, question);
        assert!(
            !inner.contains("LEFT JOIN") && inner.contains("FROM public.projects AS projects"),
            "{question}: {inner}"
        );
    }
}

fn trucks() -> Corpus {
    let pitches = table(
        "pitches",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("standard_fee_cents", "integer"),
            typed("has_power_hookup", "boolean"),
        ],
    );
    let products = table(
        "products",
        vec![
            typed("id", "integer"),
            column("name", &["Hot Chocolate", "Latte"]),
        ],
    );
    let sales = table(
        "cafe_sales",
        vec![
            typed("id", "integer"),
            typed("pitch_id", "integer"),
            typed("product_id", "integer"),
            typed("quantity", "integer"),
            typed("total_cents", "integer"),
            typed("sold_at", "timestamp with time zone"),
        ],
    );
    let bookings = table(
        "pitch_bookings",
        vec![
            typed("id", "integer"),
            typed("pitch_id", "integer"),
            column("status", &["completed", "cancelled", "missed"]),
            typed("booked_on", "date"),
            typed("no_show", "boolean"),
        ],
    );
    Corpus {
        version: "trucks".into(),
        tables: vec![
            with_id(pitches, &[]),
            with_id(products, &[]),
            with_id(
                sales,
                &[("pitch_id", "pitches"), ("product_id", "products")],
            ),
            with_id(bookings, &[("pitch_id", "pitches")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn amounts_in_cents_are_converted_only_when_a_currency_is_said() {
    let engine = engine_of(&trucks());
    let euros = sql(
        &engine,
        "What was our total sales revenue in 2024, in euros?",
    );
    assert!(
        euros.contains("SUM(cafe_sales.total_cents / 100.0)"),
        "{euros}"
    );
    let cents = sql(&engine, "What was our total sales revenue in 2024?");
    assert!(
        cents.contains("SUM(cafe_sales.total_cents)") && !cents.contains("100.0"),
        "{cents}"
    );
    let fee = sql(
        &engine,
        "How many pitches have a standard fee above 15 euros?",
    );
    assert!(fee.contains("pitches.standard_fee_cents > 1500"), "{fee}");
    let dollars = sql(&engine, "How many pitches have a standard fee above $12.5?");
    assert!(
        dollars.contains("pitches.standard_fee_cents > 1250"),
        "{dollars}"
    );
}

#[test]
fn a_product_counted_by_name_is_its_units() {
    let engine = engine_of(&trucks());
    let units = sql(
        &engine,
        "How many hot chocolates did the café sell in 2024?",
    );
    assert!(units.contains("SUM(cafe_sales.quantity)"), "{units}");
    let lines = sql(
        &engine,
        "How many hot chocolate café sales were there in 2024?",
    );
    assert!(lines.contains("COUNT(*)"), "{lines}");
}

#[test]
fn each_value_said_is_counted_apart() {
    let engine = engine_of(&trucks());
    let each = sql(
        &engine,
        "How many pitch bookings were completed and how many were cancelled?",
    );
    assert!(
        each.contains("IN ('cancelled', 'completed')")
            && each.contains("GROUP BY pitch_bookings.status"),
        "{each}"
    );
}

#[test]
fn rows_counted_whatever_a_flag_said_too() {
    let engine = engine_of(&trucks());
    for question in [
        "How many pitch bookings were there in 2024, counting no-shows too?",
        "How many pitch bookings were there in 2024, no-shows included?",
        "How many pitch bookings were there in 2024, including no-shows?",
    ] {
        let all = sql(&engine, question);
        assert!(!all.contains("no_show"), "{question}: {all}");
    }
    let since = sql(
        &engine,
        "How many pitch bookings were made from 2023 onwards?",
    );
    assert!(
        since.contains(">= DATE '2023-01-01'") && !since.contains("< DATE"),
        "{since}"
    );
}

#[test]
fn a_state_said_as_its_verb() {
    let engine = engine_of(&trucks());
    let missed = sql(&engine, "How many pitch bookings did we miss in 2024?");
    assert!(
        missed.contains("pitch_bookings.status = 'missed'"),
        "{missed}"
    );
}

#[test]
fn a_role_no_path_takes_is_not_dropped() {
    let staff = table(
        "staff",
        vec![
            typed("id", "integer"),
            column("full_name", &[]),
            column("role", &["optometrist", "assistant"]),
        ],
    );
    let appointments = table(
        "appointments",
        vec![
            typed("id", "integer"),
            typed("optometrist_id", "integer"),
            typed("scheduled_at", "timestamp"),
        ],
    );
    let engine = engine_of(&Corpus {
        version: "optics".into(),
        tables: vec![
            with_id(staff, &[]),
            with_id(appointments, &[("optometrist_id", "staff")]),
        ],
        ..Corpus::default()
    });
    // Either the role's rows, or a refusal: never every member of staff.
    match engine.understand("How many staff are optometrists?") {
        Ok(u) => assert!(u.sql.contains("staff.role = 'optometrist'"), "{}", u.sql),
        Err(unread) => assert!(
            matches!(&unread, parse::Unread::Unplaced(words) if words.iter().any(|w| w.contains("optometrist"))),
            "{unread:?}"
        ),
    }
    let per = sql(&engine, "How many appointments per optometrist in 2024?");
    assert!(
        per.contains("appointments.optometrist_id = staff.id"),
        "{per}"
    );
}

#[test]
fn a_word_that_ends_a_name_and_begins_its_kinds_is_the_rows() {
    let types = table(
        "session_types",
        vec![typed("id", "integer"), column("name", &[])],
    );
    let sessions = table(
        "skate_sessions",
        vec![
            typed("id", "integer"),
            typed("session_type_id", "integer"),
            typed("starts_at", "timestamp"),
        ],
    );
    let engine = engine_of(&Corpus {
        version: "rink".into(),
        tables: vec![
            with_id(types, &[]),
            with_id(sessions, &[("session_type_id", "session_types")]),
        ],
        ..Corpus::default()
    });
    let held = sql(&engine, "How many sessions were held in 2024?");
    assert!(
        held.contains("FROM public.skate_sessions AS skate_sessions"),
        "{held}"
    );
}

#[test]
fn a_participle_a_flag_qualifies_is_not_the_flag() {
    let appointments = table(
        "appointments",
        vec![
            typed("id", "integer"),
            typed("appt_date", "date"),
            typed("booked_online", "boolean"),
            typed("no_show", "boolean"),
        ],
    );
    let engine = engine_of(&Corpus {
        version: "salon".into(),
        tables: vec![with_id(appointments, &[])],
        ..Corpus::default()
    });
    let booked = sql(&engine, "How many appointments were booked in 2024?");
    assert!(!booked.contains("booked_online"), "{booked}");
    let online = sql(&engine, "How many appointments were booked online in 2024?");
    assert!(online.contains("appointments.booked_online"), "{online}");
}

#[test]
fn tips_some_rows_lack_are_counted_where_given_and_not_dated_by_a_verb() {
    let stylists = table(
        "stylists",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
            typed("left_on", "date"),
        ],
    );
    let appointments = table(
        "appointments",
        vec![
            typed("id", "integer"),
            typed("stylist_id", "integer"),
            typed("appt_date", "date"),
            Column {
                nullable: true,
                ..typed("tip_amount", "numeric(6,2)")
            },
        ],
    );
    let engine = engine_of(&Corpus {
        version: "tips".into(),
        tables: vec![
            with_id(stylists, &[]),
            with_id(appointments, &[("stylist_id", "stylists")]),
        ],
        ..Corpus::default()
    });
    let given = sql(&engine, "How many tips were given in 2024?");
    assert!(
        given.contains("COUNT(appointments.tip_amount)")
            && given.contains("appointments.appt_date >= DATE '2024-01-01'"),
        "{given}"
    );
    // "left" names when a stylist left: not what a period on tips dates.
    let left = refused(&engine, "How many tips were left in 2024?");
    assert!(matches!(left, parse::Unread::Ambiguous { .. }), "{left:?}");
}

#[test]
fn each_of_a_value_is_grouped_or_refused() {
    let staff = table(
        "staff",
        vec![
            typed("id", "integer"),
            column("full_name", &[]),
            column("role", &["dispensing optician", "assistant"]),
        ],
    );
    let sales = table(
        "sales",
        vec![
            typed("id", "integer"),
            typed("staff_id", "integer"),
            typed("sold_at", "timestamp"),
        ],
    );
    let engine = engine_of(&Corpus {
        version: "shopfloor".into(),
        tables: vec![
            with_id(staff, &[]),
            with_id(sales, &[("staff_id", "staff")]),
        ],
        ..Corpus::default()
    });
    // Never one total over all of them.
    match engine.understand("How many sales did each of our dispensing opticians make in 2024?") {
        Ok(u) => assert!(u.sql.contains("GROUP BY"), "{}", u.sql),
        Err(unread) => assert!(matches!(unread, parse::Unread::Unplaced(_)), "{unread:?}"),
    }
}
