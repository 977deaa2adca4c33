//! The engine on an HR and payroll schema named the Oracle way (`emp`, `dept`, `lv_req`,
//! `hiredate`, `termdate`, `mandtry`) and on a construction firm's schema with Rails
//! timestamps: current staff, counts of rows with conditions of their own, averages of
//! counts per entity, shortened names, flags said by their opposite, and the precision
//! rules that keep a period, a verb or a count from being guessed.

use super::tests::{engine_of, keyed, refused, sql, typed, with_id};
use super::*;
use crate::ask::corpus::fixtures::{column, table};

fn nullable(name: &str, data_type: &str) -> crate::ask::corpus::Column {
    crate::ask::corpus::Column {
        nullable: true,
        ..typed(name, data_type)
    }
}

fn payroll() -> Corpus {
    let dept = table(
        "dept",
        vec![typed("deptno", "integer"), typed("dname", "text")],
    );
    let emp = table(
        "emp",
        vec![
            typed("empno", "integer"),
            typed("ename", "text"),
            typed("deptno", "integer"),
            typed("hiredate", "date"),
            nullable("termdate", "date"),
            typed("sal", "numeric(10,2)"),
            column("gender", &["F", "M"]),
        ],
    );
    let leave = table(
        "lv_req",
        vec![
            typed("reqno", "integer"),
            typed("empno", "integer"),
            column("lvtype", &["ANNUAL", "SICK"]),
            column("stat", &["APPR", "PEND", "REJ"]),
            typed("startdt", "date"),
        ],
    );
    let courses = table(
        "trn_crs",
        vec![
            typed("crsno", "integer"),
            typed("crsname", "text"),
            column("categ", &["Safety", "Leadership"]),
            typed("mandtry", "boolean"),
        ],
    );
    let attendance = table(
        "trn_att",
        vec![
            typed("attno", "integer"),
            typed("crsno", "integer"),
            typed("empno", "integer"),
            column("stat", &["COMPL", "CANC", "ENRL"]),
        ],
    );
    Corpus {
        version: "payroll".into(),
        tables: vec![
            keyed(dept, "deptno", &[]),
            keyed(emp, "empno", &[("deptno", "dept")]),
            keyed(leave, "reqno", &[("empno", "emp")]),
            keyed(courses, "crsno", &[]),
            keyed(
                attendance,
                "attno",
                &[("crsno", "trn_crs"), ("empno", "emp")],
            ),
        ],
        ..Corpus::default()
    }
}

fn builder() -> Corpus {
    let stamps = || {
        vec![
            typed("created_at", "timestamp"),
            typed("updated_at", "timestamp"),
        ]
    };
    let mut projects = vec![
        typed("id", "bigint"),
        typed("name", "text"),
        typed("client_name", "text"),
        column("client_type", &["public", "private"]),
    ];
    projects.extend(stamps());
    let mut incidents = vec![
        typed("id", "bigint"),
        typed("project_id", "bigint"),
        typed("occurred_at", "timestamptz"),
        typed("reported_at", "timestamptz"),
    ];
    incidents.extend(stamps());
    let mut inspections = vec![
        typed("id", "bigint"),
        typed("project_id", "bigint"),
        typed("scheduled_on", "date"),
        nullable("passed", "boolean"),
    ];
    inspections.extend(stamps());
    let mut work_orders = vec![
        typed("id", "bigint"),
        typed("project_id", "bigint"),
        column("trade", &["electrical", "plumbing"]),
        typed("estimated_hours", "numeric(6,1)"),
        typed("actual_hours", "numeric(6,1)"),
    ];
    work_orders.extend(stamps());
    let mut invoices = vec![
        typed("id", "bigint"),
        typed("project_id", "bigint"),
        typed("amount", "numeric(12,2)"),
        typed("issued_on", "date"),
    ];
    invoices.extend(stamps());
    let mut payouts = vec![
        typed("id", "bigint"),
        typed("project_id", "bigint"),
        typed("payout_amount", "numeric(12,2)"),
    ];
    payouts.extend(stamps());
    Corpus {
        version: "builder".into(),
        tables: vec![
            with_id(table("projects", projects), &[]),
            with_id(
                table("safety_incidents", incidents),
                &[("project_id", "projects")],
            ),
            with_id(
                table("inspections", inspections),
                &[("project_id", "projects")],
            ),
            with_id(
                table("work_orders", work_orders),
                &[("project_id", "projects")],
            ),
            with_id(table("invoices", invoices), &[("project_id", "projects")]),
            with_id(table("payouts", payouts), &[("project_id", "projects")]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn current_staff_have_no_leaving_date() {
    let engine = engine_of(&payroll());
    let current = sql(&engine, "How many employees are currently on the payroll?");
    assert!(current.contains("emp.termdate IS NULL"), "{current}");
    let by_dept = sql(&engine, "Current headcount by department");
    assert!(
        by_dept.contains("emp.termdate IS NULL") && by_dept.contains("GROUP BY dept.dname"),
        "{by_dept}"
    );
    // The employees counted per department are the current ones, inside the count.
    let over = sql(
        &engine,
        "Which departments have more than 5 current employees?",
    );
    assert!(over.contains("emp_x.termdate IS NULL) > 5"), "{over}");
    // "current" of leave requests, which have no ending date: not guessed.
    refused(&engine, "How many current leave requests are there?");
}

#[test]
fn shortened_and_run_together_names() {
    let engine = engine_of(&payroll());
    let mandatory = sql(&engine, "List the mandatory training courses");
    assert!(
        mandatory.contains("trn_crs.crsname") && mandatory.contains("trn_crs.mandtry = 'true'"),
        "{mandatory}"
    );
    let by_type = sql(&engine, "leave requests by type");
    assert!(by_type.contains("GROUP BY lv_req.lvtype"), "{by_type}");
    let completions = sql(&engine, "How many completions do we have?");
    assert!(
        completions.contains("COUNT(*)") && completions.contains("trn_att.stat = 'COMPL'"),
        "{completions}"
    );
    // "List …" asks for rows: never one number.
    refused(&engine, "List everyone hired since the start of 2023");
    let since = sql(&engine, "employees hired since the start of 2023");
    assert!(
        since.contains("emp.hiredate >= DATE '2023-01-01'"),
        "{since}"
    );
}

#[test]
fn averages_of_counts_and_counts_with_conditions() {
    let engine = engine_of(&payroll());
    let average = sql(
        &engine,
        "On average, how many leave requests does an employee have?",
    );
    assert!(average.contains("AVG(per_entity."), "{average}");
    let trailing = sql(
        &engine,
        "How many leave requests does an employee have on average?",
    );
    assert_eq!(average, trailing);
    let sick = sql(
        &engine,
        "Which employees have more than 3 sick leave requests?",
    );
    assert!(
        sick.contains("lv_req_x.empno = emp.empno AND lv_req_x.lvtype = 'SICK') > 3"),
        "{sick}"
    );
    // Each leave request has one employee: a count of them per request is no question.
    refused(&engine, "number of employees per leave request");
}

#[test]
fn dates_of_what_happened_not_of_the_row() {
    let engine = engine_of(&builder());
    let happened = sql(&engine, "How many safety incidents happened in Q3 2023?");
    assert!(
        happened.contains("safety_incidents.occurred_at >= DATE '2023-07-01'"),
        "{happened}"
    );
    let chronological = sql(
        &engine,
        "number of safety incidents by month in 2023 in chronological order",
    );
    assert!(
        chronological.contains("ORDER BY date_trunc('month'"),
        "{chronological}"
    );
    // A verb that dates no row of the projects: their incidents, invoices or inspections?
    refused(&engine, "How many projects stalled in 2023?");
}

#[test]
fn flags_said_by_their_opposite_and_shares_of_known_verdicts() {
    let engine = engine_of(&builder());
    let failed = sql(&engine, "How many inspections did we fail?");
    assert!(failed.contains("inspections.passed = 'false'"), "{failed}");
    let rate = sql(&engine, "What percentage of inspections passed?");
    assert!(
        rate.contains("FILTER (WHERE inspections.passed = 'true')")
            && rate.contains("inspections.passed IS NOT NULL"),
        "{rate}"
    );
}

#[test]
fn actual_numbers_names_and_money_that_came_in() {
    let engine = engine_of(&builder());
    let hours = sql(&engine, "Total hours worked on work orders by trade");
    assert!(hours.contains("SUM(work_orders.actual_hours)"), "{hours}");
    let planned = sql(&engine, "Total estimated hours by trade");
    assert!(
        planned.contains("SUM(work_orders.estimated_hours)"),
        "{planned}"
    );
    let client = sql(&engine, "How much have we invoiced each client?");
    assert!(client.contains("GROUP BY projects.client_name"), "{client}");
    let revenue = sql(&engine, "total revenue");
    assert!(revenue.contains("invoices.amount"), "{revenue}");
    let range = sql(
        &engine,
        "How many invoices have an amount between 1 and 2 million?",
    );
    assert!(range.contains("BETWEEN 1000000 AND 2000000"), "{range}");
}

#[test]
fn a_number_compared_with_another_of_its_row() {
    let engine = engine_of(&builder());
    let over = sql(
        &engine,
        "How many work orders have actual hours above their estimated hours?",
    );
    assert!(
        over.contains("work_orders.actual_hours > work_orders.estimated_hours"),
        "{over}"
    );
    // A number against a date of its row is no comparison.
    refused(
        &engine,
        "How many invoices have an amount above their issued on date?",
    );
}

fn delivery() -> Corpus {
    let stamped = |mut columns: Vec<crate::ask::corpus::Column>| {
        columns.push(typed("created_at", "timestamp"));
        columns.push(typed("updated_at", "timestamp"));
        columns
    };
    let promotions = table(
        "promotions",
        stamped(vec![typed("id", "bigint"), typed("code", "text")]),
    );
    let items = table(
        "menu_items",
        stamped(vec![
            typed("id", "bigint"),
            typed("name", "text"),
            typed("price", "numeric(8,2)"),
            typed("vegetarian", "boolean"),
        ]),
    );
    let orders = table(
        "orders",
        stamped(vec![
            typed("id", "bigint"),
            typed("promotion_id", "bigint"),
            column("status", &["delivered", "cancelled"]),
            typed("placed_at", "timestamp"),
            typed("picked_up_at", "timestamp"),
            typed("subtotal", "numeric(10,2)"),
            column("currency", &["EUR"]),
        ]),
    );
    let lines = table(
        "order_items",
        stamped(vec![
            typed("id", "bigint"),
            typed("order_id", "bigint"),
            typed("menu_item_id", "bigint"),
            typed("quantity", "integer"),
        ]),
    );
    Corpus {
        version: "delivery".into(),
        tables: vec![
            with_id(promotions, &[]),
            with_id(items, &[]),
            with_id(orders, &[("promotion_id", "promotions")]),
            with_id(
                lines,
                &[("order_id", "orders"), ("menu_item_id", "menu_items")],
            ),
        ],
        ..Corpus::default()
    }
}

#[test]
fn dishes_promos_one_currency_and_orders_placed() {
    let engine = engine_of(&delivery());
    let dishes = sql(&engine, "Number of vegetarian dishes on the menus");
    assert!(
        dishes.contains("FROM public.menu_items")
            && dishes.contains("menu_items.vegetarian = 'true'"),
        "{dishes}"
    );
    let unused = sql(&engine, "Which promo codes were never used on any order?");
    assert!(
        unused.contains("promotions.code") && unused.contains("NOT EXISTS"),
        "{unused}"
    );
    // Every order is in euros: the currency said is no condition left unread.
    let euros = sql(&engine, "How many orders had a subtotal above 50 euros?");
    assert!(euros.contains("orders.subtotal > 50"), "{euros}");
    // Placed, then picked up: orders are dated by when they were placed.
    let monthly = sql(&engine, "Monthly order count for 2024, month by month");
    assert!(
        monthly.contains("date_trunc('month', orders.placed_at)")
            && !monthly.contains("picked_up_at"),
        "{monthly}"
    );
}

fn clinic() -> Corpus {
    let specialties = table(
        "specialties",
        vec![
            typed("specialty_id", "integer"),
            column("specialty_name", &["Cardiology", "Dermatology"]),
        ],
    );
    let doctors = table(
        "doctors",
        vec![
            typed("doctor_id", "integer"),
            typed("full_name", "text"),
            typed("specialty_id", "integer"),
            typed("active", "boolean"),
        ],
    );
    let results = table(
        "lab_results",
        vec![
            typed("lab_result_id", "integer"),
            typed("doctor_id", "integer"),
            typed("is_abnormal", "boolean"),
        ],
    );
    let checkins = table(
        "checkin",
        vec![
            typed("checkin_id", "integer"),
            typed("checked_in_at", "timestamp"),
        ],
    );
    Corpus {
        version: "clinic".into(),
        tables: vec![
            keyed(specialties, "specialty_id", &[]),
            keyed(doctors, "doctor_id", &[("specialty_id", "specialties")]),
            keyed(results, "lab_result_id", &[("doctor_id", "doctors")]),
            keyed(checkins, "checkin_id", &[]),
        ],
        ..Corpus::default()
    }
}

#[test]
fn people_of_a_field_flags_by_other_words_and_names_run_together() {
    let engine = engine_of(&clinic());
    let cardiologists = sql(&engine, "How many cardiologists are there?");
    assert!(
        cardiologists.contains("COUNT(*) AS doctors")
            && cardiologists.contains("specialties.specialty_name = 'Cardiology'"),
        "{cardiologists}"
    );
    let abnormal = sql(&engine, "How many lab results came back abnormal?");
    assert!(
        abnormal.contains("lab_results.is_abnormal = 'true'"),
        "{abnormal}"
    );
    let enabled = sql(&engine, "How many doctors are enabled?");
    assert!(enabled.contains("doctors.active = 'true'"), "{enabled}");
    let checkins = sql(&engine, "How many check-ins in 2023?");
    assert!(checkins.contains("FROM public.checkin"), "{checkins}");
}
