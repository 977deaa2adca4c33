//! The engine on two hand-built schemas that name things in their trade's words: a
//! restaurant chain whose orders are `tickets` listed by `ticket_lines` of `dishes`, and a
//! software company whose customers are `accounts`, with payment attempts that fail.

use super::tests::{engine_of, keyed, refused, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::{Column, ForeignKey, Table};

fn restaurant() -> Corpus {
    let branches = table(
        "branches",
        vec![
            typed("branch_id", "integer"),
            typed("branch_name", "text"),
            column("city", &["Lyon", "Paris"]),
        ],
    );
    let suppliers = table(
        "suppliers",
        vec![
            typed("supplier_id", "integer"),
            typed("supplier_name", "text"),
            column("city", &["Lyon", "Nice"]),
        ],
    );
    let purchases = table(
        "purchases",
        vec![
            typed("purchase_id", "integer"),
            typed("supplier_id", "integer"),
            typed("branch_id", "integer"),
            typed("purchased_on", "date"),
            Column {
                nullable: true,
                ..typed("paid_on", "date")
            },
            typed("cost", "numeric(10,2)"),
        ],
    );
    let employees = table(
        "employees",
        vec![
            typed("emp_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            column("role", &["chef", "waiter"]),
            typed("hourly_wage", "numeric(6,2)"),
            typed("branch_id", "integer"),
        ],
    );
    let dishes = table(
        "dishes",
        vec![
            typed("dish_id", "integer"),
            column("dish_name", &["Tiramisu", "Risotto"]),
            typed("price", "numeric(6,2)"),
            typed("is_veg", "boolean"),
        ],
    );
    let dining_tables = table(
        "dining_tables",
        vec![
            typed("table_id", "integer"),
            typed("branch_id", "integer"),
            typed("capacity", "integer"),
        ],
    );
    let tickets = table(
        "tickets",
        vec![
            typed("ticket_id", "integer"),
            typed("branch_id", "integer"),
            typed("opened_at", "timestamp"),
            typed("closed_at", "timestamp"),
            column("channel", &["dine-in", "takeaway"]),
            column("status", &["open", "closed"]),
            typed("tip", "numeric(6,2)"),
        ],
    );
    let ticket_lines = table(
        "ticket_lines",
        vec![
            typed("line_id", "integer"),
            typed("ticket_id", "integer"),
            typed("dish_id", "integer"),
            typed("qty", "integer"),
            typed("unit_price", "numeric(6,2)"),
        ],
    );
    Corpus {
        version: "restaurant".into(),
        tables: vec![
            keyed(branches, "branch_id", &[]),
            keyed(suppliers, "supplier_id", &[]),
            keyed(
                purchases,
                "purchase_id",
                &[("supplier_id", "suppliers"), ("branch_id", "branches")],
            ),
            keyed(employees, "emp_id", &[("branch_id", "branches")]),
            keyed(dishes, "dish_id", &[]),
            keyed(dining_tables, "table_id", &[("branch_id", "branches")]),
            keyed(tickets, "ticket_id", &[("branch_id", "branches")]),
            keyed(
                ticket_lines,
                "line_id",
                &[("ticket_id", "tickets"), ("dish_id", "dishes")],
            ),
        ],
        ..Corpus::default()
    }
}

fn software() -> Corpus {
    let plans = table(
        "plans",
        vec![
            typed("plan_id", "integer"),
            column("plan_name", &["Starter", "Growth"]),
            typed("monthly_fee", "numeric(8,2)"),
        ],
    );
    let accounts = table(
        "accounts",
        vec![
            typed("account_id", "integer"),
            typed("name", "text"),
            column("country", &["France", "Germany"]),
            typed("signed_up_at", "timestamp"),
            typed("churned_on", "date"),
            typed("plan_id", "integer"),
        ],
    );
    let tickets = table(
        "support_tickets",
        vec![
            typed("ticket_id", "integer"),
            typed("account_id", "integer"),
            column("status", &["new", "solved"]),
            typed("opened_at", "timestamp"),
        ],
    );
    let invoices = table(
        "invoices",
        vec![
            typed("invoice_id", "integer"),
            typed("account_id", "integer"),
            typed("number", "text"),
            column("status", &["paid", "open"]),
            typed("issued_on", "date"),
            typed("subtotal", "numeric(10,2)"),
            typed("tax", "numeric(10,2)"),
            typed("total", "numeric(10,2)"),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("payment_id", "integer"),
            typed("invoice_id", "integer"),
            typed("amount", "numeric(10,2)"),
            column("method", &["card", "transfer"]),
            column("status", &["succeeded", "failed"]),
            typed("attempted_at", "timestamp"),
        ],
    );
    let lines = table(
        "lines",
        vec![
            typed("line_id", "integer"),
            typed("account_id", "integer"),
            typed("msisdn", "text"),
            column("status_cd", &["ACT", "SUSP", "TERM"]),
            typed("activated_on", "date"),
        ],
    );
    let quotes = table(
        "quotes",
        vec![
            typed("quote_id", "integer"),
            typed("account_id", "integer"),
            column("status", &["accepted", "declined", "pending"]),
            typed("sent_on", "date"),
        ],
    );
    Corpus {
        version: "software".into(),
        tables: vec![
            keyed(plans, "plan_id", &[]),
            keyed(accounts, "account_id", &[("plan_id", "plans")]),
            keyed(tickets, "ticket_id", &[("account_id", "accounts")]),
            keyed(invoices, "invoice_id", &[("account_id", "accounts")]),
            keyed(payments, "payment_id", &[("invoice_id", "invoices")]),
            keyed(quotes, "quote_id", &[("account_id", "accounts")]),
            keyed(lines, "line_id", &[("account_id", "accounts")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn orders_and_items_are_found_through_the_one_table_of_lines() {
    let engine = engine_of(&restaurant());
    let by_channel = sql(&engine, "show me the number of orders for each channel");
    assert!(by_channel.contains("FROM public.tickets"), "{by_channel}");
    assert!(
        by_channel.contains("GROUP BY tickets.channel"),
        "{by_channel}"
    );
    let never = sql(&engine, "menu items nobody has ever ordered");
    assert!(never.starts_with("SELECT dishes.dish_name"), "{never}");
    assert!(never.contains("NOT EXISTS"), "{never}");
    // "sales" are money totalled, from the lines.
    let sales = sql(&engine, "What were sales in each quarter of 2024?");
    assert!(
        sales.contains("SUM(ticket_lines.unit_price * ticket_lines.qty)"),
        "{sales}"
    );
    // Of the branches' and the suppliers' cities, the one nearest the sales.
    let by_city = sql(&engine, "2024 sales broken down by city");
    assert!(by_city.contains("GROUP BY branches.city"), "{by_city}");
    // The month of one year that ranks first is named by its number, as its quarter.
    let month = sql(
        &engine,
        "which month of 2023 had the highest takeaway sales?",
    );
    assert!(
        month.starts_with("SELECT EXTRACT(MONTH FROM tickets.opened_at)::int"),
        "{month}"
    );
}

#[test]
fn words_of_the_same_kind_and_counts_beside_listings() {
    let engine = engine_of(&restaurant());
    let headcount = sql(&engine, "headcount by job");
    assert!(headcount.contains("COUNT(*)"), "{headcount}");
    assert!(headcount.contains("GROUP BY employees.role"), "{headcount}");
    let tables = sql(&engine, "restaurants with more than 12 tables");
    assert!(
        tables.starts_with("SELECT branches.branch_name, (SELECT COUNT(*)"),
        "{tables}"
    );
    assert!(tables.contains("> 12"), "{tables}");
    // The row is named: its column alone is the answer.
    let price = sql(&engine, "What is the price of the Tiramisu?");
    assert!(price.starts_with("SELECT dishes.price\n"), "{price}");
    // A verb after its subject is no value of a status.
    let opened = sql(&engine, "How many tickets did we open in 2023?");
    assert!(!opened.contains("'open'"), "{opened}");
    assert!(
        opened.contains("tickets.opened_at >= DATE '2023-01-01'"),
        "{opened}"
    );
}

#[test]
fn customers_kept_as_accounts_and_money_that_came_in() {
    let engine = engine_of(&software());
    let churned = sql(&engine, "how many customers have churned?");
    assert!(churned.contains("FROM public.accounts"), "{churned}");
    assert!(
        churned.contains("accounts.churned_on IS NOT NULL"),
        "{churned}"
    );
    // "new" is no status of the customers' tickets.
    let new = sql(&engine, "How many new customers signed up in 2024?");
    assert!(!new.contains("support_tickets"), "{new}");
    assert!(
        new.contains("accounts.signed_up_at >= DATE '2024-01-01'"),
        "{new}"
    );
    // Money collected is the attempts that went through.
    let collected = sql(
        &engine,
        "How much have we collected through each payment method?",
    );
    assert!(collected.contains("SUM(payments.amount)"), "{collected}");
    assert!(
        collected.contains("payments.status = 'succeeded'"),
        "{collected}"
    );
    let successful = sql(&engine, "total amount of successful payments");
    assert!(
        successful.contains("payments.status = 'succeeded'"),
        "{successful}"
    );
    let declined = sql(&engine, "How many quotes were turned down?");
    assert!(
        declined.contains("quotes.status = 'declined'"),
        "{declined}"
    );
}

#[test]
fn totals_of_rows_and_the_extreme_of_any_row() {
    let engine = engine_of(&software());
    // "total" of invoices that have `subtotal`, `tax` and `total`: the total.
    let total = sql(
        &engine,
        "What was the total of paid invoices issued in 2023?",
    );
    assert!(total.starts_with("SELECT SUM(invoices.total)"), "{total}");
    assert!(total.contains("invoices.status = 'paid'"), "{total}");
    assert!(
        total.contains("invoices.issued_on >= DATE '2023-01-01'"),
        "{total}"
    );
    let average = sql(&engine, "What is the average invoice amount?");
    assert!(
        average.starts_with("SELECT AVG(invoices.total)"),
        "{average}"
    );
    // Compared with a number, the invoices' amount; dated by the verb.
    let over = sql(&engine, "List invoices over 10,000 issued in 2024");
    assert!(over.contains("invoices.total > 10000"), "{over}");
    assert!(
        over.contains("invoices.issued_on >= DATE '2024-01-01'"),
        "{over}"
    );
    let lowest = sql(&engine, "What is the lowest monthly fee of any plan?");
    assert!(
        lowest.starts_with("SELECT MIN(plans.monthly_fee)"),
        "{lowest}"
    );
    // Ranked by money summed, not grouped by each amount.
    let top = sql(&engine, "Top 3 customers by payment amount");
    assert!(top.contains("SUM(payments.amount)"), "{top}");
    assert!(top.contains("GROUP BY accounts.name"), "{top}");
    // The customers invoiced, or their invoices? Refused.
    refused(&engine, "How many customers were invoiced in 2023?");
}

#[test]
fn coded_values_ranges_and_rows_not_paid() {
    let software = engine_of(&software());
    let active = sql(&software, "how many active lines do we have?");
    assert!(active.contains("lines.status_cd = 'ACT'"), "{active}");
    let suspended = sql(&software, "How many lines are suspended?");
    assert!(
        suspended.contains("lines.status_cd = 'SUSP'"),
        "{suspended}"
    );
    let range = sql(
        &software,
        "How many invoices have a total between 100 and 500?",
    );
    assert!(
        range.contains("invoices.total BETWEEN 100 AND 500"),
        "{range}"
    );
    let restaurant = engine_of(&restaurant());
    let unpaid = sql(&restaurant, "How many unpaid purchases are there?");
    assert!(unpaid.contains("purchases.paid_on IS NULL"), "{unpaid}");
    // Ranked by the number of rows the verb after them says happened.
    let ranked = sql(&restaurant, "top 3 branches by tickets sold");
    assert!(ranked.contains("COUNT(*)"), "{ranked}");
    assert!(ranked.contains("GROUP BY branches.branch_name"), "{ranked}");
    // Two star ratings are no rating: refused rather than half read.
    refused(&software, "How many 1 or 2 star quotes were sent?");
}

/// Tables and columns as ORMs name them: quoted, PascalCase and camelCase.
fn rides() -> Corpus {
    let driver = table(
        "Driver",
        vec![
            typed("id", "integer"),
            typed("firstName", "text"),
            typed("lastName", "text"),
        ],
    );
    let ride = table(
        "Ride",
        vec![
            typed("id", "integer"),
            typed("driverId", "integer"),
            typed("requestedAt", "timestamp"),
            typed("fareAmount", "numeric(8,2)"),
        ],
    );
    Corpus {
        version: "rides".into(),
        tables: vec![
            keyed(driver, "id", &[]),
            Table {
                foreign_keys: vec![ForeignKey {
                    columns: vec!["driverId".into()],
                    ref_schema: "public".into(),
                    ref_table: "Driver".into(),
                    ref_columns: vec!["id".into()],
                }],
                ..keyed(ride, "id", &[])
            },
        ],
        ..Corpus::default()
    }
}

#[test]
fn names_made_by_orms_are_quoted_and_read() {
    let engine = engine_of(&rides());
    let top = sql(&engine, "Top 5 drivers by number of rides");
    assert!(
        top.contains(r#""Driver"."firstName", "Driver"."lastName""#),
        "{top}"
    );
    assert!(top.contains(r#""Ride"."driverId" = "Driver".id"#), "{top}");
    let monthly = sql(&engine, "number of rides per month in 2024");
    // A month of a timestamp stays a timestamp.
    assert!(
        monthly.contains(r#"date_trunc('month', "Ride"."requestedAt")"#)
            && !monthly.contains(r#""requestedAt")::date"#),
        "{monthly}"
    );
}
