//! The engine on a video streaming service: subscribers kept as `accounts`, minutes
//! watched as `viewing_sessions.watch_minutes`, movies as titles of one `title_type`.

use super::tests::{engine_of, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn streaming() -> Corpus {
    let countries = table(
        "countries",
        vec![
            typed("id", "integer"),
            column("name", &["France", "Germany"]),
        ],
    );
    let accounts = table(
        "accounts",
        vec![
            typed("id", "integer"),
            typed("email", "text"),
            typed("country_id", "integer"),
            typed("signed_up_at", "timestamp"),
            typed("is_beta_tester", "boolean"),
        ],
    );
    let plans = table(
        "plans",
        vec![
            typed("id", "integer"),
            column("name", &["Basic", "Standard", "Premium"]),
            typed("monthly_price", "numeric(6,2)"),
        ],
    );
    let subscriptions = table(
        "subscriptions",
        vec![
            typed("id", "integer"),
            typed("account_id", "integer"),
            typed("plan_id", "integer"),
            column("billing_cycle", &["monthly", "annual"]),
            typed("start_date", "date"),
            column("cancel_reason", &["too expensive", "billing problem"]),
        ],
    );
    let payments = table(
        "payments",
        vec![
            typed("id", "integer"),
            typed("subscription_id", "integer"),
            typed("paid_at", "timestamp"),
            typed("amount", "numeric(8,2)"),
            column("status", &["paid", "failed", "refunded"]),
        ],
    );
    let titles = table(
        "titles",
        vec![
            typed("id", "integer"),
            typed("name", "text"),
            column("title_type", &["movie", "series"]),
            typed("runtime_minutes", "integer"),
        ],
    );
    let sessions = table(
        "viewing_sessions",
        vec![
            typed("id", "integer"),
            typed("title_id", "integer"),
            typed("started_at", "timestamp"),
            typed("watch_minutes", "integer"),
            column("device", &["TV", "Mobile", "Web"]),
        ],
    );
    Corpus {
        version: "streaming".into(),
        tables: vec![
            with_id(countries, &[]),
            with_id(accounts, &[("country_id", "countries")]),
            with_id(plans, &[]),
            with_id(
                subscriptions,
                &[("account_id", "accounts"), ("plan_id", "plans")],
            ),
            with_id(payments, &[("subscription_id", "subscriptions")]),
            with_id(titles, &[]),
            with_id(sessions, &[("title_id", "titles")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn minutes_watched_add_up_per_group_and_period() {
    let engine = engine_of(&streaming());
    // The verb after the unit names `watch_minutes`; per device or month it is a total.
    let by_device = sql(&engine, "Total minutes watched on each device");
    assert!(
        by_device.contains("SUM(viewing_sessions.watch_minutes)")
            && by_device.contains("GROUP BY viewing_sessions.device"),
        "{by_device}"
    );
    let monthly = sql(&engine, "minutes watched per month in 2024");
    assert!(
        monthly.contains("SUM(viewing_sessions.watch_minutes)")
            && monthly.contains("date_trunc('month', viewing_sessions.started_at)"),
        "{monthly}"
    );
}

#[test]
fn rows_named_by_a_value_and_ranked_by_a_word_of_its_kind() {
    let engine = engine_of(&streaming());
    let longest = sql(&engine, "Which movie is the longest?");
    assert!(
        longest.contains("titles.title_type = 'movie'")
            && longest.contains("ORDER BY titles.runtime_minutes DESC")
            && longest.contains("LIMIT 1"),
        "{longest}"
    );
    // A value alone (a follow-up's "and for movies?") lists nothing.
    assert!(engine.understand("and for movie?").is_err());
}

#[test]
fn values_counted_per_value_and_grains_that_are_values() {
    let engine = engine_of(&streaming());
    // The reasons counted per reason are the rows that have one.
    let reasons = sql(
        &engine,
        "How many cancellations were there for each cancellation reason?",
    );
    assert!(
        reasons.contains("COUNT(*)")
            && reasons.contains("subscriptions.cancel_reason IS NOT NULL")
            && !reasons.contains("DISTINCT"),
        "{reasons}"
    );
    // "yearly" beside a column holding 'annual' may be either.
    refused(
        &engine,
        "How many subscriptions are billed monthly and how many yearly?",
    );
}

#[test]
fn subscribers_are_the_accounts_and_what_they_pay_us_went_through() {
    let engine = engine_of(&streaming());
    let per_country = sql(&engine, "Number of subscribers per country");
    assert!(
        per_country.contains("FROM public.accounts AS accounts")
            && per_country.contains("GROUP BY countries.name"),
        "{per_country}"
    );
    let paid = sql(&engine, "How much did Premium subscribers pay us in 2023?");
    assert!(
        paid.contains("SUM(payments.amount)")
            && paid.contains("payments.status = 'paid'")
            && paid.contains("plans.name = 'Premium'"),
        "{paid}"
    );
}

#[test]
fn a_flag_named_without_its_is_counts_its_rows() {
    let engine = engine_of(&streaming());
    let testers = sql(&engine, "How many beta testers do we have?");
    assert!(
        testers.contains("COUNT(*)") && testers.contains("accounts.is_beta_tester = 'true'"),
        "{testers}"
    );
}

#[test]
fn a_listing_shows_what_its_rows_were_chosen_by() {
    let engine = engine_of(&streaming());
    let plans = sql(&engine, "List the plans with a monthly price over 10");
    assert!(
        plans.starts_with("SELECT plans.name, plans.monthly_price")
            && plans.contains("plans.monthly_price > 10"),
        "{plans}"
    );
}
