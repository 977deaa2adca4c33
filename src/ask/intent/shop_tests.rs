//! The engine on a small hand-built shop: people with titles and salaries, orders with two
//! dates, order lines with a unit price and a quantity, a boolean flag, and a name that
//! only a lookup upstream finds (no value sampled for it).

use super::parse::Unread;
use super::tests::{engine_of, keyed, refused, sql, typed};
use super::*;
use crate::ask::corpus::fixtures::{column, table};
use crate::ask::corpus::{ForeignKey, Table};

fn shop() -> Corpus {
    let employees = table(
        "employees",
        vec![
            typed("employee_id", "integer"),
            typed("first_name", "text"),
            typed("last_name", "text"),
            column("title", &["Sales Rep", "Manager"]),
            typed("salary", "numeric(10,2)"),
            typed("hire_date", "date"),
        ],
    );
    let customers = table(
        "customers",
        vec![
            typed("customer_id", "integer"),
            typed("company_name", "text"),
            typed("contact_name", "text"),
            column("country", &["France", "Spain"]),
            typed("account_manager_id", "integer"),
        ],
    );
    let products = table(
        "products",
        vec![
            typed("product_id", "integer"),
            typed("product_name", "text"),
            typed("list_price", "numeric(8,2)"),
            typed("units_in_stock", "integer"),
            typed("discontinued", "boolean"),
            typed("sale_price", "numeric(8,2)"),
            column("tag", &["sale", "new"]),
        ],
    );
    let orders = table(
        "orders",
        vec![
            typed("order_id", "integer"),
            typed("customer_id", "integer"),
            typed("employee_id", "integer"),
            typed("order_date", "date"),
            typed("shipped_date", "date"),
            typed("ship_name", "text"),
            column("ship_country", &["France", "Spain"]),
            typed("freight", "numeric(8,2)"),
            column("status", &["open", "cancelled", "delivered"]),
        ],
    );
    let lines = table(
        "order_lines",
        vec![
            typed("order_line_id", "integer"),
            typed("order_id", "integer"),
            typed("product_id", "integer"),
            typed("unit_price", "numeric(8,2)"),
            typed("quantity", "integer"),
        ],
    );
    let complaints = table(
        "complaints",
        vec![
            typed("complaint_id", "integer"),
            typed("customer_id", "integer"),
            column("reason", &["damaged", "late"]),
        ],
    );
    Corpus {
        version: "shop".into(),
        tables: vec![
            keyed(employees, "employee_id", &[]),
            Table {
                foreign_keys: vec![ForeignKey {
                    columns: vec!["account_manager_id".into()],
                    ref_schema: "public".into(),
                    ref_table: "employees".into(),
                    ref_columns: vec!["employee_id".into()],
                }],
                ..keyed(customers, "customer_id", &[])
            },
            keyed(products, "product_id", &[]),
            keyed(
                orders,
                "order_id",
                &[("customer_id", "customers"), ("employee_id", "employees")],
            ),
            keyed(
                lines,
                "order_line_id",
                &[("order_id", "orders"), ("product_id", "products")],
            ),
            keyed(complaints, "complaint_id", &[("customer_id", "customers")]),
        ],
        ..Corpus::default()
    }
}

fn engine() -> Engine {
    engine_of(&shop())
}

#[test]
fn people_are_named_by_their_names_and_rankings_order_by_the_measure() {
    let engine = engine();
    let by_employee = sql(&engine, "number of orders by employee");
    assert!(
        by_employee.contains("employees.first_name, employees.last_name"),
        "{by_employee}"
    );
    assert!(!by_employee.contains("title"), "{by_employee}");
    // Two label columns: the count is the third column.
    let top = sql(&engine, "top 3 employees by order count");
    assert!(top.contains("ORDER BY 3 DESC"), "{top}");
    // A company is named by its company name; `ship_name` names no order.
    assert!(sql(&engine, "Which customers are from Spain?").contains("company_name"));
    assert!(engine.model.tables[3].label.is_empty());
}

#[test]
fn averages_per_entity_read_each_way_they_can() {
    let engine = engine();
    // Each order holds one freight: the average per order is the column's average.
    let freight = sql(&engine, "average freight per order");
    assert!(
        freight.starts_with("SELECT AVG(orders.freight)"),
        "{freight}"
    );
    let per_customer = engine
        .understand("average number of orders per customer")
        .unwrap();
    assert!(per_customer.intent.averaged);
    assert!(
        per_customer
            .sql
            .starts_with("SELECT AVG(per_entity.orders)"),
        "{}",
        per_customer.sql
    );
    assert!(per_customer.sql.contains("GROUP BY customers."));
}

#[test]
fn a_percentage_is_a_share_times_a_hundred() {
    let engine = engine();
    let percent = sql(&engine, "What percentage of orders were cancelled?");
    assert!(
        percent.starts_with("SELECT 100 * COUNT(*) FILTER"),
        "{percent}"
    );
    // A share or a proportion of rows stays a fraction.
    let share = sql(&engine, "What share of orders were cancelled?");
    assert!(share.starts_with("SELECT COUNT(*) FILTER"), "{share}");
    let proportion = sql(&engine, "What proportion of orders were cancelled?");
    assert!(
        proportion.starts_with("SELECT COUNT(*) FILTER"),
        "{proportion}"
    );
}

#[test]
fn a_change_compares_two_periods_and_two_periods_alone_are_refused() {
    let engine = engine();
    let change = engine
        .understand("How did the number of orders change from 2022 to 2023?")
        .unwrap();
    assert!(change.intent.growth.is_some());
    assert!(
        change.sql.contains(
            "COUNT(*) FILTER (WHERE orders.order_date >= DATE '2023-01-01' AND orders.order_date < DATE '2024-01-01') - COUNT(*) FILTER (WHERE orders.order_date >= DATE '2022-01-01'"
        ),
        "{}",
        change.sql
    );
    let percent = sql(
        &engine,
        "percentage change in total freight from 2022 to 2023",
    );
    assert!(
        percent.starts_with("SELECT 100 * (SUM(orders.freight) FILTER"),
        "{percent}"
    );
    assert!(matches!(
        refused(&engine, "order growth from 2022 to 2023"),
        Unread::Ambiguous { .. }
    ));
    // Both years at once would be no rows: refused, never ANDed.
    assert!(matches!(
        refused(&engine, "number of orders in 2022 and 2023"),
        Unread::Ambiguous { .. }
    ));
    assert_ne!(
        engine
            .understand("How did the number of orders change from 2022 to 2023?")
            .unwrap()
            .intent
            .key(),
        engine
            .understand("How did the number of orders change from 2021 to 2023?")
            .unwrap()
            .intent
            .key()
    );
}

#[test]
fn money_from_order_lines_is_price_times_quantity_never_a_sum_of_prices() {
    let engine = engine();
    let revenue = sql(&engine, "total revenue");
    assert!(
        revenue.contains("SUM(order_lines.unit_price * order_lines.quantity)"),
        "{revenue}"
    );
    // The catalogue's list price is no money that came in; "value" of units is refused.
    assert!(!revenue.contains("list_price"), "{revenue}");
    refused(&engine, "What is the total value of units in stock?");
}

#[test]
fn verbs_dates_flags_and_latest_rows() {
    let engine = engine();
    let shipped = sql(&engine, "How many orders were shipped in 2023?");
    assert!(
        shipped.contains("orders.shipped_date >= DATE '2023-01-01'"),
        "{shipped}"
    );
    let to_france = sql(&engine, "How many orders were shipped to France?");
    assert!(
        to_france.contains("orders.ship_country = 'France'"),
        "{to_france}"
    );
    // No order goes to two countries: two values of one column are either of them.
    let both = sql(&engine, "How many orders were shipped to France and Spain?");
    assert!(
        both.contains("orders.ship_country IN ('France', 'Spain')"),
        "{both}"
    );
    let not_spain = sql(&engine, "How many customers are not in Spain?");
    assert!(
        not_spain.contains("customers.country <> 'Spain'"),
        "{not_spain}"
    );
    // Not shipped at all, or shipped elsewhere? Refused, never both at once.
    refused(&engine, "How many orders were not shipped to France?");
    let unshipped = sql(&engine, "How many orders have not been shipped yet?");
    assert!(
        unshipped.contains("orders.shipped_date IS NULL"),
        "{unshipped}"
    );
    let discontinued = sql(&engine, "How many products are discontinued?");
    assert!(
        discontinued.contains("products.discontinued = 'true'"),
        "{discontinued}"
    );
    let latest = sql(&engine, "When was the most recent order?");
    assert!(
        latest.starts_with("SELECT MAX(orders.order_date)"),
        "{latest}"
    );
    // A verb that may be a value spelled otherwise is never dropped: it would count the
    // orders it leaves out.
    assert!(matches!(
        refused(&engine, "How many orders were canceled in 2023?"),
        Unread::Unplaced(_)
    ));
    // Verbs with nothing after them to relate stay unplaced.
    assert!(matches!(
        refused(&engine, "How many orders were frobnicated?"),
        Unread::Unplaced(_)
    ));
}

#[test]
fn salaries_rank_the_people_named_and_counts_per_row_compare() {
    let engine = engine();
    let paid = sql(&engine, "the 3 highest paid employees");
    assert!(paid.contains("ORDER BY employees.salary DESC"), "{paid}");
    assert!(paid.contains("LIMIT 3"), "{paid}");
    // A number in a unit the column's name does not say is not compared.
    assert!(sql(&engine, "How many orders have a freight above 30?").contains("> 30"));
    refused(&engine, "How many orders have a freight above 30 kg?");
    // "more than 5 orders" counts each customer's orders.
    let counted = sql(&engine, "How many customers have more than 5 orders?");
    assert!(
        counted.contains(
            "(SELECT COUNT(*) FROM public.orders AS orders_x WHERE orders_x.customer_id = customers.customer_id) > 5"
        ),
        "{counted}"
    );
    // A customer's products would be counted by their order lines: refused.
    refused(&engine, "customers with more than 5 products");
}

#[test]
fn a_name_found_upstream_filters_like_a_sampled_value() {
    let engine = engine();
    let question = "How many orders did Ernst Handel place?";
    refused(&engine, question);
    let found = [ValueSource {
        table: "public.customers".into(),
        column: "company_name".into(),
        value: "Ernst Handel".into(),
    }];
    let understood = engine.understand_with(question, &found).unwrap();
    assert!(
        understood
            .sql
            .contains("customers.company_name = 'Ernst Handel'"),
        "{}",
        understood.sql
    );
    // The values found for one question stay with it.
    refused(&engine, question);
    // A company called "Total" does not turn "total freight" into a filter.
    let total = [ValueSource {
        table: "public.customers".into(),
        column: "company_name".into(),
        value: "Total".into(),
    }];
    let freight = engine.understand_with("total freight", &total).unwrap().sql;
    assert!(
        freight.starts_with("SELECT SUM(orders.freight)"),
        "{freight}"
    );
    assert!(!freight.contains("WHERE"), "{freight}");
}

#[test]
fn odd_word_orders_are_refused_without_panicking() {
    let engine = engine();
    for question in [
        "most",
        "the most 2023",
        "which most 5",
        "fewest 'x'",
        "top 3 most",
        "count",
        "orders count",
        "per",
        "average number of",
        "change from 2022 to 2023",
        "growth",
        "not",
        "latest",
        "shipped",
        "value",
        "2022 2023 2024",
    ] {
        let _ = engine.understand(question);
    }
}

#[test]
fn rows_named_beside_a_count_filter_it_and_cousins_are_refused() {
    let engine = engine();
    // Customers having orders: EXISTS, never a count of all customers.
    let with_orders = sql(&engine, "how many customers placed orders");
    assert!(
        with_orders.contains("WHERE EXISTS (SELECT 1 FROM public.orders AS orders_x"),
        "{with_orders}"
    );
    let listed = sql(&engine, "which customers placed orders");
    assert!(listed.contains("EXISTS"), "{listed}");
    // A parent named changes nothing.
    assert!(!sql(&engine, "how many orders of customers").contains("WHERE"));
    // Orders and complaints meet only through their customer: "damaged" says nothing of
    // an order.
    refused(&engine, "How many orders were damaged?");
    assert!(sql(&engine, "How many complaints were damaged?").contains("'damaged'"));
    let percent = sql(&engine, "What percentage of products are discontinued?");
    assert!(
        percent.contains("FILTER (WHERE products.discontinued = 'true')"),
        "{percent}"
    );
}

#[test]
fn counts_of_text_and_dates_and_verbs_that_name_no_relation() {
    let engine = engine();
    let countries = sql(&engine, "How many different countries are customers from?");
    assert!(
        countries.starts_with("SELECT COUNT(DISTINCT customers.country)"),
        "{countries}"
    );
    let median = sql(&engine, "What is the median salary?");
    assert!(
        median.starts_with("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY employees.salary)"),
        "{median}"
    );
    // A date named as an event counts its table's rows; "when" asks for the date.
    let per_year = sql(&engine, "hires per year");
    assert!(
        per_year.contains("EXTRACT(YEAR FROM employees.hire_date)"),
        "{per_year}"
    );
    assert!(per_year.contains("COUNT(*) AS employees"), "{per_year}");
    let first = sql(&engine, "When was the earliest order shipped?");
    assert!(
        first.starts_with("SELECT MIN(orders.shipped_date)"),
        "{first}"
    );
    // The orders an employee took (`employee_id`) ...
    let took = sql(&engine, "Which employee handled the most orders?");
    assert!(
        took.contains("orders.employee_id = employees.employee_id"),
        "{took}"
    );
    // ... but "served" says nothing of the customers an employee manages.
    refused(&engine, "Which employee served the most customers?");
}

#[test]
fn values_inside_column_names_events_and_amounts() {
    let engine = engine();
    // "sale" is a tag, but "sale price" is a column.
    let sale = sql(&engine, "What is the average sale price?");
    assert!(
        sale.starts_with("SELECT AVG(products.sale_price)"),
        "{sale}"
    );
    assert!(!sale.contains("tag"), "{sale}");
    assert!(sql(&engine, "How many products are on sale?").contains("products.tag = 'sale'"));
    // "How much" totals an amount; a line's amount is its price times its quantity.
    let how_much = sql(&engine, "How much revenue in 2023?");
    assert!(
        how_much.contains("SUM(order_lines.unit_price * order_lines.quantity)"),
        "{how_much}"
    );
    // A date said as a past event of the rows counted would be dropped: refused.
    refused(&engine, "How many orders were shipped?");
}
