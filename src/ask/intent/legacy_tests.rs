//! The engine on schemas named the way older systems and frameworks name them: a travel
//! agency whose columns drop their vowels and abbreviate (`brnch_nm`, `tot_amt`,
//! `stat_cd = 'CXL'`), an online school whose tables carry their Django app's prefix
//! (`courses_course`, `billing_payment`), and a car dealer whose questions mix its deals'
//! rows with its customers'.

use super::tests::{engine_of, keyed, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn travel() -> Corpus {
    let branches = table(
        "branches",
        vec![
            typed("brnch_id", "integer"),
            column("brnch_nm", &["Lyon Part-Dieu", "Paris Opera"]),
            column("city", &["Lyon", "Paris"]),
        ],
    );
    let agents = table(
        "agents",
        vec![
            typed("agt_id", "integer"),
            typed("frst_nm", "text"),
            typed("lst_nm", "text"),
            typed("brnch_id", "integer"),
        ],
    );
    let suppliers = table(
        "suppliers",
        vec![
            typed("supp_id", "integer"),
            typed("supp_nm", "text"),
            column("supp_typ_cd", &["TOP", "HTL", "AIR"]),
        ],
    );
    let bookings = table(
        "bookings",
        vec![
            typed("bkg_id", "integer"),
            typed("agt_id", "integer"),
            typed("bkg_dt", "timestamp"),
            typed("nbr_pax", "smallint"),
            column("chnl_cd", &["WEB", "PHN", "AGT"]),
            column("stat_cd", &["CNF", "CXL", "PND"]),
            typed("tot_amt", "numeric(12,2)"),
        ],
    );
    let refunds = table(
        "refunds",
        vec![
            typed("rfnd_id", "integer"),
            typed("bkg_id", "integer"),
            typed("rfnd_dt", "date"),
            typed("rfnd_amt", "numeric(12,2)"),
            column("rsn_cd", &["CLT", "SUP"]),
        ],
    );
    let reviews = table(
        "reviews",
        vec![
            typed("rvw_id", "integer"),
            typed("bkg_id", "integer"),
            typed("rtg", "smallint"),
        ],
    );
    Corpus {
        version: "travel".into(),
        tables: vec![
            keyed(branches, "brnch_id", &[]),
            keyed(agents, "agt_id", &[("brnch_id", "branches")]),
            keyed(suppliers, "supp_id", &[]),
            keyed(bookings, "bkg_id", &[("agt_id", "agents")]),
            keyed(refunds, "rfnd_id", &[("bkg_id", "bookings")]),
            keyed(reviews, "rvw_id", &[("bkg_id", "bookings")]),
        ],
        ..Corpus::default()
    }
}

fn school() -> Corpus {
    let users = table(
        "accounts_user",
        vec![
            typed("id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("is_active", "boolean"),
            typed("date_joined", "timestamptz"),
        ],
    );
    let categories = table(
        "courses_category",
        vec![
            typed("id", "integer"),
            column("name", &["Data Science", "Design"]),
        ],
    );
    let courses = table(
        "courses_course",
        vec![
            typed("id", "integer"),
            typed("title", "text"),
            typed("price", "numeric(8,2)"),
            typed("category_id", "integer"),
        ],
    );
    let enrollments = table(
        "courses_enrollment",
        vec![
            typed("id", "integer"),
            typed("user_id", "integer"),
            typed("course_id", "integer"),
            column("status", &["active", "completed", "dropped"]),
            typed("enrolled_at", "timestamptz"),
            typed("completed_at", "timestamptz"),
            typed("drop_reason", "text"),
        ],
    );
    let plans = table(
        "billing_plan",
        vec![
            typed("id", "integer"),
            column("name", &["Basic", "Gold"]),
            typed("monthly_price", "numeric(8,2)"),
        ],
    );
    let subscriptions = table(
        "billing_subscription",
        vec![
            typed("id", "integer"),
            typed("user_id", "integer"),
            typed("plan_id", "integer"),
            typed("started_at", "timestamptz"),
        ],
    );
    let payments = table(
        "billing_payment",
        vec![
            typed("id", "integer"),
            typed("subscription_id", "integer"),
            typed("amount", "numeric(8,2)"),
            column("status", &["succeeded", "failed", "refunded"]),
            typed("paid_at", "timestamptz"),
        ],
    );
    let instructors = table(
        "courses_instructor",
        vec![
            typed("id", "integer"),
            typed("display_name", "text"),
            typed("revenue_share", "numeric(4,2)"),
        ],
    );
    Corpus {
        version: "school".into(),
        tables: vec![
            with_id(users, &[]),
            with_id(categories, &[]),
            with_id(courses, &[("category_id", "courses_category")]),
            with_id(
                enrollments,
                &[
                    ("user_id", "accounts_user"),
                    ("course_id", "courses_course"),
                ],
            ),
            with_id(plans, &[]),
            with_id(
                subscriptions,
                &[("user_id", "accounts_user"), ("plan_id", "billing_plan")],
            ),
            with_id(payments, &[("subscription_id", "billing_subscription")]),
            with_id(instructors, &[]),
        ],
        ..Corpus::default()
    }
}

fn dealer() -> Corpus {
    let customers = table(
        "customer",
        vec![
            typed("customer_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("created_at", "timestamptz"),
        ],
    );
    let vehicles = table(
        "vehicle",
        vec![
            typed("vehicle_id", "integer"),
            column("make", &["Toyota", "Ford"]),
            column("condition", &["New", "Used", "Certified Pre-Owned"]),
            column("status", &["available", "sold"]),
            typed("list_price", "numeric(10,2)"),
        ],
    );
    let sales = table(
        "sale",
        vec![
            typed("sale_id", "integer"),
            typed("vehicle_id", "integer"),
            typed("customer_id", "integer"),
            typed("sold_at", "timestamp"),
            typed("sale_price", "numeric(10,2)"),
            typed("discount_amount", "numeric(10,2)"),
            column("status", &["completed", "cancelled"]),
        ],
    );
    let trade_ins = table(
        "trade_in",
        vec![
            typed("trade_in_id", "integer"),
            typed("sale_id", "integer"),
            typed("appraised_value", "numeric(10,2)"),
            typed("appraised_on", "date"),
        ],
    );
    let dealerships = table(
        "dealership",
        vec![
            typed("dealership_id", "integer"),
            typed("dealership_name", "text"),
        ],
    );
    let salespeople = table(
        "salesperson",
        vec![
            typed("salesperson_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            typed("hired_on", "date"),
            column("team", &["Senior", "Junior"]),
        ],
    );
    Corpus {
        version: "dealer".into(),
        tables: vec![
            keyed(customers, "customer_id", &[]),
            keyed(vehicles, "vehicle_id", &[]),
            keyed(
                sales,
                "sale_id",
                &[("vehicle_id", "vehicle"), ("customer_id", "customer")],
            ),
            keyed(trade_ins, "trade_in_id", &[("sale_id", "sale")]),
            keyed(dealerships, "dealership_id", &[]),
            keyed(salespeople, "salesperson_id", &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn abbreviated_names_are_read_as_their_words() {
    let engine = engine_of(&travel());
    // `brnch_nm` names a branch; `brnch_id` refers to `branches`.
    let per_branch = sql(&engine, "bookings per branch");
    assert!(
        per_branch.starts_with("SELECT branches.brnch_nm"),
        "{per_branch}"
    );
    // `CXL` is the travel trade's "cancelled", said after "were".
    let cancelled = sql(&engine, "How many bookings were cancelled?");
    assert!(
        cancelled.contains("bookings.stat_cd = 'CXL'"),
        "{cancelled}"
    );
    // `CNF` begins the consonants of "confirmed".
    let confirmed = sql(&engine, "how many confirmed bookings");
    assert!(
        confirmed.contains("bookings.stat_cd = 'CNF'"),
        "{confirmed}"
    );
    // "Total refunded": the refunds' own amount, by `rsn_cd`.
    let refunded = sql(&engine, "Total refunded per refund reason");
    assert!(refunded.contains("SUM(refunds.rfnd_amt)"), "{refunded}");
    assert!(refunded.contains("GROUP BY refunds.rsn_cd"), "{refunded}");
    // `rtg` is a rating, and a star rating is one.
    let rating = sql(&engine, "What's our average star rating?");
    assert!(rating.contains("AVG(reviews.rtg)"), "{rating}");
    // "top" before a number is no supplier type `TOP`; agents are named by `frst_nm`.
    let top = sql(&engine, "Top 3 agents by number of bookings");
    assert!(
        top.starts_with("SELECT agents.frst_nm, agents.lst_nm"),
        "{top}"
    );
    assert!(top.contains("LIMIT 3"), "{top}");
}

#[test]
fn app_prefixes_are_no_part_of_what_tables_are_called() {
    let engine = engine_of(&school());
    let price = sql(&engine, "What's the average price of a course?");
    assert!(price.contains("AVG(courses_course.price)"), "{price}");
    // `category_id` names its table, not a role of it.
    let rate = sql(
        &engine,
        "What percentage of enrollments get completed, per category?",
    );
    assert!(rate.contains("GROUP BY courses_category.name"), "{rate}");
    // "payments" are `billing_payment`, not the columns `paid_at` partly names.
    let failed = sql(&engine, "how many failed payments have we got?");
    assert!(failed.contains("FROM public.billing_payment"), "{failed}");
    assert!(
        failed.contains("billing_payment.status = 'failed'"),
        "{failed}"
    );
    // Revenue is the payments that went through; `revenue_share` is no money.
    let revenue = sql(&engine, "What was our revenue in 2023?");
    assert!(revenue.contains("SUM(billing_payment.amount)"), "{revenue}");
    assert!(
        revenue.contains("billing_payment.status = 'succeeded'"),
        "{revenue}"
    );
    // A period beside a status value dates the rows by that status's date.
    let completed = sql(&engine, "How many enrollments were completed in Q3 2023?");
    assert!(
        completed.contains("courses_enrollment.completed_at >= '2023-07-01'")
            || completed.contains("courses_enrollment.completed_at >= DATE '2023-07-01'"),
        "{completed}"
    );
    // "dropping reason" for `drop_reason`; signups are users made.
    let reasons = sql(
        &engine,
        "enrollments by dropping reason, not counting active ones",
    );
    assert!(
        reasons.contains("GROUP BY courses_enrollment.drop_reason"),
        "{reasons}"
    );
    assert!(reasons.contains("<> 'active'"), "{reasons}");
    let signups = sql(&engine, "user signups per month in 2023");
    assert!(signups.contains("accounts_user.date_joined"), "{signups}");
    let deactivated = sql(&engine, "How many user accounts are deactivated?");
    assert!(
        deactivated.contains("accounts_user.is_active = 'false'"),
        "{deactivated}"
    );
}

#[test]
fn deals_and_their_customers() {
    let engine = engine_of(&dealer());
    // A deal is a sale; a salesperson is one of the salespeople.
    let deals = sql(&engine, "How many deals got cancelled?");
    assert!(deals.contains("sale.status = 'cancelled'"), "{deals}");
    let active = sql(&engine, "how many salespeople were hired after 2020?");
    assert!(active.contains("FROM public.salesperson"), "{active}");
    // "in" names no `trade_in`; "the group" is the business itself.
    let group = sql(&engine, "How many dealerships are in the group?");
    assert!(!group.contains("trade_in"), "{group}");
    // "new customers" are customers made, not customers of new cars.
    let new = sql(&engine, "How many new customers since the start of 2024?");
    assert!(!new.contains("vehicle"), "{new}");
    // Values set against each other are grouped; joined by "and" they are refused.
    let versus = sql(&engine, "average discount for new vs used cars");
    assert!(versus.contains("GROUP BY vehicle.condition"), "{versus}");
    assert!(matches!(
        refused(
            &engine,
            "average discount for new, used and certified pre-owned cars"
        ),
        parse::Unread::Ambiguous { .. }
    ));
    let between = sql(
        &engine,
        "How many salespeople were hired between 2019 and 2021?",
    );
    assert!(
        between.contains(">= DATE '2019-01-01'") && between.contains("< DATE '2022-01-01'"),
        "{between}"
    );
    // The year the customers came, or the year of their deals?
    assert!(matches!(
        refused(
            &engine,
            "How many customers bought a car from us in 2022 (completed deals)?"
        ),
        parse::Unread::Ambiguous { .. }
    ));
}

fn market() -> Corpus {
    let sellers = table(
        "sellers",
        vec![
            typed("id", "integer"),
            typed("shop_name", "text"),
            column("city", &["Lyon", "Paris"]),
            typed("is_verified", "boolean"),
        ],
    );
    let categories = table(
        "categories",
        vec![
            typed("id", "integer"),
            column("name", &["Laptops", "Phones"]),
        ],
    );
    let listings = table(
        "listings",
        vec![
            typed("id", "integer"),
            typed("seller_id", "integer"),
            typed("category_id", "integer"),
            typed("title", "text"),
            column("condition", &["new", "used"]),
            column("status", &["active", "sold"]),
        ],
    );
    let buyers = table(
        "buyers",
        vec![
            typed("id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            column("city", &["Lyon", "Nice"]),
        ],
    );
    let orders = table(
        "orders",
        vec![
            typed("id", "integer"),
            typed("buyer_id", "integer"),
            typed("placed_at", "timestamp"),
            typed("shipped_on", "date"),
            column("status", &["pending", "shipped", "delivered"]),
        ],
    );
    let items = table(
        "order_items",
        vec![
            typed("id", "integer"),
            typed("order_id", "integer"),
            typed("listing_id", "integer"),
            typed("quantity", "integer"),
        ],
    );
    Corpus {
        version: "market".into(),
        tables: vec![
            with_id(sellers, &[]),
            with_id(categories, &[]),
            with_id(
                listings,
                &[("seller_id", "sellers"), ("category_id", "categories")],
            ),
            with_id(buyers, &[]),
            with_id(orders, &[("buyer_id", "buyers")]),
            with_id(items, &[("order_id", "orders"), ("listing_id", "listings")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn requests_agents_and_events_of_a_marketplace() {
    let engine = engine_of(&market());
    // "list" asks; it names no `listings`. A shop's name names the seller.
    let verified = sql(&engine, "list the verified sellers");
    assert!(
        verified.starts_with("SELECT sellers.shop_name"),
        "{verified}"
    );
    assert!(!verified.contains("listings"), "{verified}");
    // The date of the event, whatever the status says now.
    let shipped = sql(&engine, "How many orders were shipped in 2024?");
    assert!(
        shipped.contains("orders.shipped_on >= DATE '2024-01-01'"),
        "{shipped}"
    );
    assert!(!shipped.contains("'shipped'"), "{shipped}");
    // "by" after a verb names who, and groups nothing.
    let by = sql(&engine, "How many orders were placed by buyers from Lyon?");
    assert!(!by.contains("GROUP BY"), "{by}");
    assert!(by.contains("buyers.city = 'Lyon'"), "{by}");
    // A value before the rows shared out narrows them.
    let share = sql(&engine, "What percentage of used listings were sold?");
    assert!(
        share.contains("WHERE listings.condition = 'used'"),
        "{share}"
    );
    assert!(
        share.contains("FILTER (WHERE listings.status = 'sold')"),
        "{share}"
    );
    // The orders, or the laptops?
    assert!(matches!(
        refused(&engine, "How many laptops were ordered in 2023?"),
        parse::Unread::Ambiguous { .. }
    ));
}
