//! The engine on an IT service desk named the way Entity Framework names tables
//! (`"Tickets"."CreatedAt"`): tickets move on from `Resolved` to `Closed` and keep the
//! date of each step, agents work in teams (`AgentGroups`), devices are `Assets`.

use super::tests::{engine_of, keyed, refused, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn desk(resolved_filled: f32) -> Corpus {
    let offices = table(
        "Offices",
        vec![
            typed("OfficeId", "integer"),
            column("City", &["Lyon", "Paris"]),
            typed("OpenedOn", "date"),
        ],
    );
    let users = table(
        "Users",
        vec![
            typed("UserId", "integer"),
            typed("FirstName", "text"),
            typed("LastName", "text"),
            typed("OfficeId", "integer"),
        ],
    );
    let groups = table(
        "AgentGroups",
        vec![
            typed("AgentGroupId", "integer"),
            column("Name", &["Network Operations", "Service Desk"]),
        ],
    );
    let agents = table(
        "Agents",
        vec![
            typed("AgentId", "integer"),
            typed("FirstName", "text"),
            typed("LastName", "text"),
            typed("AgentGroupId", "integer"),
        ],
    );
    let assets = table(
        "Assets",
        vec![
            typed("AssetId", "integer"),
            typed("AssetTag", "varchar(16)"),
            column("AssetType", &["Laptop", "Phone", "Monitor"]),
            column("Manufacturer", &["Dell", "Apple", "Lenovo"]),
            typed("PurchaseCost", "numeric(10,2)"),
        ],
    );
    let mut status = column("Status", &["Closed", "Resolved", "Open"]);
    status.value_shares = vec![0.85, 0.05, 0.10];
    status.filled = Some(1.0);
    let mut resolved_at = typed("ResolvedAt", "timestamp");
    resolved_at.filled = Some(resolved_filled);
    let tickets = table(
        "Tickets",
        vec![
            typed("TicketId", "integer"),
            typed("Subject", "text"),
            typed("RequesterId", "integer"),
            typed("AssignedAgentId", "integer"),
            status,
            typed("CreatedAt", "timestamp"),
            typed("FirstResponseAt", "timestamp"),
            typed("DueAt", "timestamp"),
            resolved_at,
            typed("ReopenCount", "integer"),
        ],
    );
    Corpus {
        version: "desk".into(),
        tables: vec![
            keyed(offices, "OfficeId", &[]),
            keyed(users, "UserId", &[("OfficeId", "Offices")]),
            keyed(groups, "AgentGroupId", &[]),
            keyed(agents, "AgentId", &[("AgentGroupId", "AgentGroups")]),
            keyed(assets, "AssetId", &[]),
            keyed(tickets, "TicketId", &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn a_status_whose_date_holds_other_rows_too_is_refused() {
    // 90 % of the tickets have a `ResolvedAt`, 5 % are `Resolved` now: "resolved" may
    // be either.
    let engine = engine_of(&desk(0.9));
    let unread = refused(&engine, "How many tickets were resolved?");
    assert!(
        matches!(&unread, parse::Unread::Ambiguous { readings, .. }
            if readings.iter().any(|r| r.contains("ResolvedAt"))),
        "{unread:?}"
    );
    // When the date is kept for exactly the rows in that status, both readings agree.
    let engine = engine_of(&desk(0.05));
    let agreed = sql(&engine, "How many tickets were resolved?");
    assert!(
        agreed.contains(r#""Tickets"."Status" = 'Resolved'"#),
        "{agreed}"
    );
    // A period dates the rows by that status's date, as before.
    let engine = engine_of(&desk(0.9));
    let dated = sql(&engine, "How many tickets were resolved in 2024?");
    assert!(dated.contains(r#""Tickets"."ResolvedAt" >="#), "{dated}");
}

#[test]
fn tickets_are_dated_by_when_they_were_opened() {
    let engine = engine_of(&desk(0.9));
    // The first response and the deadline come after; "opened" is no office's opening.
    for question in [
        "How many tickets were opened in 2023?",
        "how many tickets have been raised since June 2024?",
        "How many tickets did we receive in Q3 2024?",
    ] {
        let dated = sql(&engine, question);
        assert!(
            dated.contains(r#""Tickets"."CreatedAt" >="#) && !dated.contains("Offices"),
            "{question}: {dated}"
        );
    }
    // "month by month" groups by month; "ticket volume" is their number, not the sum of
    // a count column of theirs.
    let volume = sql(&engine, "Ticket volume month by month in 2024");
    assert!(
        volume.contains(r#"date_trunc('month', "Tickets"."CreatedAt")"#)
            && volume.contains("COUNT(*)")
            && !volume.contains("ReopenCount"),
        "{volume}"
    );
}

#[test]
fn teams_devices_and_rows_named_by_a_value() {
    let engine = engine_of(&desk(0.9));
    // "team" is the kind of the last word of `AgentGroups`.
    let team = sql(&engine, "List the agents in the Network Operations team.");
    assert!(
        team.contains(r#""AgentGroups"."Name" = 'Network Operations'"#),
        "{team}"
    );
    // "laptops per manufacturer": the assets that are laptops, counted per manufacturer.
    let laptops = sql(&engine, "laptops per manufacturer");
    assert!(
        laptops.contains("COUNT(*)")
            && laptops.contains(r#""Assets"."AssetType" = 'Laptop'"#)
            && laptops.contains(r#"GROUP BY "Assets"."Manufacturer""#),
        "{laptops}"
    );
    // The British spelling finds the American name.
    let spend = sql(&engine, "total purchase cost of equipment");
    assert!(spend.contains(r#"SUM("Assets"."PurchaseCost")"#), "{spend}");
}
