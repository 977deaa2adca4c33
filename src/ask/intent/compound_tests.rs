//! Nouns said together and tables grouped in modules: the head of "charging sites" and
//! "at least 10 charger faults", a head said by a word of another kind ("equipment
//! items"), tables named without their module's prefix (`ops_downtime_events`), rows
//! ranked "by" other rows, counts whose reading a verb leaves open, money of what is sold,
//! what a till rang up, units sold, the business itself, and loads picked up.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn network() -> Corpus {
    let sites = table("sites", vec![typed("id", "integer"), column("name", &[])]);
    let chargers = table(
        "chargers",
        vec![
            typed("id", "integer"),
            typed("site_id", "integer"),
            column("serial_number", &[]),
        ],
    );
    let faults = table(
        "faults",
        vec![
            typed("id", "integer"),
            typed("charger_id", "integer"),
            typed("reported_at", "timestamp with time zone"),
        ],
    );
    let sessions = table(
        "charging_sessions",
        vec![
            typed("id", "integer"),
            typed("charger_id", "integer"),
            typed("started_at", "timestamp with time zone"),
            typed("cost", "numeric(8,2)"),
        ],
    );
    let equipment = table(
        "ops_equipment",
        vec![typed("id", "integer"), column("asset_tag", &[])],
    );
    let downtime = table(
        "ops_downtime_events",
        vec![
            typed("id", "integer"),
            typed("equipment_id", "integer"),
            column("cause", &["power", "vandalism"]),
            typed("started_at", "timestamp with time zone"),
        ],
    );
    let products = table(
        "inv_products",
        vec![typed("id", "integer"), column("name", &[])],
    );
    let repairs = table(
        "repairs",
        vec![
            typed("id", "integer"),
            typed("charger_id", "integer"),
            typed("repaired_on", "date"),
        ],
    );
    let packages = table(
        "packages",
        vec![
            typed("id", "integer"),
            column("name", &[]),
            typed("price", "numeric(8,2)"),
        ],
    );
    let washes = table(
        "sales_transactions",
        vec![
            typed("id", "integer"),
            typed("package_id", "integer"),
            typed("washed_at", "timestamp with time zone"),
            typed("amount_paid", "numeric(8,2)"),
        ],
    );
    Corpus {
        version: "network".into(),
        tables: vec![
            with_id(sites, &[]),
            with_id(chargers, &[("site_id", "sites")]),
            with_id(faults, &[("charger_id", "chargers")]),
            with_id(sessions, &[("charger_id", "chargers")]),
            with_id(equipment, &[]),
            with_id(downtime, &[("equipment_id", "ops_equipment")]),
            with_id(products, &[]),
            with_id(repairs, &[("charger_id", "chargers")]),
            with_id(packages, &[]),
            with_id(washes, &[("package_id", "packages")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn the_last_of_two_nouns_is_what_is_counted() {
    let engine = engine_of(&network());
    let sites = sql(&engine, "How many charging sites do we have?");
    assert!(sites.contains("FROM public.sites AS sites"), "{sites}");
    let faulted = sql(&engine, "Which sites have had at least 10 charger faults?");
    assert!(
        faulted.contains("JOIN public.faults AS faults_x") && faulted.contains(") >= 10"),
        "{faulted}"
    );
}

#[test]
fn a_head_said_by_a_word_of_another_kind_gives_way_to_the_table_named() {
    let engine = engine_of(&network());
    let items = sql(&engine, "How many equipment items are there?");
    assert!(items.contains("FROM public.ops_equipment"), "{items}");
}

#[test]
fn a_table_is_named_without_its_modules_prefix() {
    let engine = engine_of(&network());
    let events = sql(&engine, "count of downtime events by cause");
    assert!(
        events.contains("FROM public.ops_downtime_events")
            && events.contains("GROUP BY ops_downtime_events.cause"),
        "{events}"
    );
}

#[test]
fn rows_ranked_by_other_rows_are_ranked_by_how_many() {
    let engine = engine_of(&network());
    let top = sql(&engine, "Top 3 chargers by faults");
    assert!(
        top.contains("COUNT(*)") && top.contains("FROM public.faults") && top.contains("LIMIT 3"),
        "{top}"
    );
}

#[test]
fn the_fewest_never_ranks_money() {
    let engine = engine_of(&network());
    refused(&engine, "Which 3 packages have sold the fewest washes?");
}

#[test]
fn what_we_did_to_rows_in_a_period_is_counted_two_ways() {
    let engine = engine_of(&network());
    let fixed = refused(&engine, "How many chargers did we repair in 2024?");
    assert!(
        matches!(fixed, parse::Unread::Ambiguous { .. }),
        "{fixed:?}"
    );
    // Rows that did something themselves are counted once each.
    let repaired = sql(&engine, "How many repairs were there in 2024?");
    assert!(repaired.starts_with("SELECT COUNT(*)"), "{repaired}");
}

fn marina() -> Corpus {
    let staff = table(
        "staff",
        vec![
            typed("id", "integer"),
            column("first_name", &[]),
            column("last_name", &[]),
        ],
    );
    let fuel = table(
        "fuel_sales",
        vec![
            typed("id", "integer"),
            typed("staff_id", "integer"),
            typed("sold_at", "timestamp without time zone"),
            typed("litres", "numeric(7,2)"),
            typed("price_per_litre", "money"),
            typed("amount", "money"),
        ],
    );
    let invoices = table(
        "invoices",
        vec![
            typed("id", "integer"),
            typed("issued_on", "date"),
            typed("amount", "money"),
        ],
    );
    Corpus {
        version: "marina".into(),
        tables: vec![
            with_id(staff, &[]),
            with_id(fuel, &[("staff_id", "staff")]),
            with_id(invoices, &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn money_of_what_is_sold_comes_in_whatever_is_sold() {
    let engine = engine_of(&marina());
    let fuel = sql(&engine, "Fuel turnover for 2024?");
    assert!(fuel.contains("SUM(fuel_sales.amount)"), "{fuel}");
}

#[test]
fn what_a_till_rang_up_is_what_was_sold() {
    let engine = engine_of(&marina());
    let top = sql(&engine, "Which 3 staff rang up the most revenue in 2024?");
    assert!(
        top.contains("SUM(fuel_sales.amount)")
            && top.contains("GROUP BY staff.first_name, staff.last_name")
            && top.contains("LIMIT 3"),
        "{top}"
    );
}

#[test]
fn units_counted_are_what_the_verb_of_trade_says_was_sold() {
    let engine = engine_of(&marina());
    let litres = sql(&engine, "How many litres did we sell in 2024?");
    assert!(
        litres.contains("SUM(fuel_sales.litres)")
            && litres.contains("fuel_sales.sold_at >= DATE '2024-01-01'"),
        "{litres}"
    );
}

#[test]
fn the_business_itself_frames_a_question() {
    let engine = engine_of(&marina());
    let staff = sql(&engine, "How many staff does the marina have?");
    assert!(staff.contains("FROM public.staff AS staff"), "{staff}");
}

#[test]
fn loads_picked_up_are_dated_by_their_pickup() {
    let loads = table(
        "loads",
        vec![
            typed("id", "integer"),
            typed("pickup_date", "date"),
            typed("delivered_on", "date"),
            typed("rate", "numeric(10,2)"),
        ],
    );
    let corpus = Corpus {
        version: "loads".into(),
        tables: vec![with_id(loads, &[])],
        ..Corpus::default()
    };
    let engine = engine_of(&corpus);
    let picked = sql(&engine, "How many loads were picked up in 2023?");
    assert!(
        picked.contains("loads.pickup_date >= DATE '2023-01-01'"),
        "{picked}"
    );
}

#[test]
fn rows_we_made_are_dated_by_their_making() {
    let engine = engine_of(&marina());
    let raised = sql(&engine, "How many invoices did we raise in 2024?");
    assert!(
        raised.starts_with("SELECT COUNT(*)")
            && raised.contains("invoices.issued_on >= DATE '2024-01-01'"),
        "{raised}"
    );
}
