//! Tables that have nothing to do with a benchmark's questions, to put beside its schema as
//! a warehouse has them: departments' tables named `<domain>_<entity>`, with keys, foreign
//! keys within their domain, dates, money, quantities and names, so that "revenue",
//! "customers" or "orders" have look-alikes, and rows (none to tens of thousands).
//! Deterministic: the same call gives the same SQL.

/// Areas of a company; a table's name starts with one.
const DOMAINS: &[&str] = &[
    "hr",
    "payroll",
    "recruiting",
    "mfg",
    "quality",
    "logistics",
    "fleet",
    "wms",
    "procurement",
    "marketing",
    "crm",
    "helpdesk",
    "itops",
    "security",
    "facilities",
    "treasury",
    "legal",
    "compliance",
    "rnd",
    "lab",
    "events",
    "learning",
    "iot",
    "energy",
    "audit",
    "tax",
    "partner",
    "field",
    "media",
    "web",
];

/// An entity: its plural name, and its columns besides the key (name, type).
const ENTITIES: &[(&str, &[(&str, &str)])] = &[
    (
        "employees",
        &[
            ("first_name", "text"),
            ("last_name", "text"),
            ("job_title", "text"),
            ("hire_date", "date"),
            ("salary", "numeric(10,2)"),
        ],
    ),
    (
        "departments",
        &[
            ("department_name", "text"),
            ("budget", "numeric(12,2)"),
            ("cost_center", "text"),
        ],
    ),
    (
        "payments",
        &[
            ("amount", "numeric(12,2)"),
            ("paid_at", "timestamp"),
            ("method", "text"),
            ("reference", "text"),
        ],
    ),
    (
        "invoices",
        &[
            ("invoice_number", "text"),
            ("invoice_date", "date"),
            ("total", "numeric(12,2)"),
            ("due_date", "date"),
            ("status", "text"),
        ],
    ),
    (
        "accounts",
        &[
            ("account_name", "text"),
            ("country", "text"),
            ("industry", "text"),
            ("created_at", "timestamp"),
        ],
    ),
    (
        "vendors",
        &[
            ("vendor_name", "text"),
            ("country", "text"),
            ("rating", "smallint"),
        ],
    ),
    (
        "purchase_orders",
        &[
            ("po_number", "text"),
            ("order_date", "date"),
            ("total_amount", "numeric(12,2)"),
            ("status", "text"),
        ],
    ),
    (
        "order_items",
        &[
            ("sku", "text"),
            ("quantity", "integer"),
            ("unit_price", "numeric(10,2)"),
        ],
    ),
    (
        "shipments",
        &[
            ("shipped_at", "timestamp"),
            ("carrier", "text"),
            ("weight_kg", "numeric(8,2)"),
            ("cost", "numeric(10,2)"),
        ],
    ),
    (
        "items",
        &[
            ("item_name", "text"),
            ("category", "text"),
            ("unit_cost", "numeric(10,2)"),
            ("list_price", "numeric(10,2)"),
        ],
    ),
    (
        "tickets",
        &[
            ("subject", "text"),
            ("priority", "text"),
            ("opened_at", "timestamp"),
            ("closed_at", "timestamp"),
        ],
    ),
    (
        "agents",
        &[("agent_name", "text"), ("team", "text"), ("email", "text")],
    ),
    (
        "campaigns",
        &[
            ("campaign_name", "text"),
            ("channel", "text"),
            ("budget", "numeric(12,2)"),
            ("start_date", "date"),
            ("end_date", "date"),
        ],
    ),
    (
        "leads",
        &[
            ("lead_name", "text"),
            ("source", "text"),
            ("score", "integer"),
            ("created_at", "timestamp"),
        ],
    ),
    (
        "sensors",
        &[
            ("sensor_name", "text"),
            ("location", "text"),
            ("model", "text"),
        ],
    ),
    (
        "readings",
        &[
            ("reading_at", "timestamp"),
            ("value", "double precision"),
            ("unit", "text"),
        ],
    ),
    (
        "assets",
        &[
            ("asset_tag", "text"),
            ("purchase_date", "date"),
            ("purchase_price", "numeric(12,2)"),
            ("status", "text"),
        ],
    ),
    (
        "contracts",
        &[
            ("contract_number", "text"),
            ("start_date", "date"),
            ("end_date", "date"),
            ("contract_value", "numeric(14,2)"),
        ],
    ),
    (
        "projects",
        &[
            ("project_name", "text"),
            ("start_date", "date"),
            ("budget", "numeric(12,2)"),
        ],
    ),
    (
        "tasks",
        &[
            ("title", "text"),
            ("due_date", "date"),
            ("status", "text"),
            ("hours", "numeric(6,2)"),
        ],
    ),
    (
        "timesheets",
        &[
            ("work_date", "date"),
            ("hours", "numeric(5,2)"),
            ("hourly_rate", "numeric(8,2)"),
        ],
    ),
    (
        "courses",
        &[
            ("course_title", "text"),
            ("credits", "smallint"),
            ("price", "numeric(8,2)"),
        ],
    ),
    (
        "enrollments",
        &[
            ("enrolled_at", "timestamp"),
            ("grade", "text"),
            ("fee", "numeric(8,2)"),
        ],
    ),
    (
        "venues",
        &[
            ("venue_name", "text"),
            ("city", "text"),
            ("capacity", "integer"),
        ],
    ),
    (
        "bookings",
        &[
            ("booked_at", "timestamp"),
            ("nights", "smallint"),
            ("total_price", "numeric(10,2)"),
        ],
    ),
    (
        "vehicles",
        &[
            ("plate", "text"),
            ("make", "text"),
            ("model_year", "smallint"),
        ],
    ),
    (
        "trips",
        &[
            ("started_at", "timestamp"),
            ("distance_km", "numeric(8,1)"),
            ("fuel_cost", "numeric(8,2)"),
        ],
    ),
    (
        "inspections",
        &[
            ("inspected_at", "timestamp"),
            ("result", "text"),
            ("notes", "text"),
        ],
    ),
    (
        "incidents",
        &[
            ("reported_at", "timestamp"),
            ("severity", "text"),
            ("description", "text"),
        ],
    ),
    (
        "budgets",
        &[
            ("fiscal_year", "smallint"),
            ("amount", "numeric(14,2)"),
            ("category", "text"),
        ],
    ),
    (
        "expenses",
        &[
            ("expense_date", "date"),
            ("amount", "numeric(10,2)"),
            ("description", "text"),
        ],
    ),
    (
        "ledger_entries",
        &[
            ("posted_at", "timestamp"),
            ("debit", "numeric(14,2)"),
            ("credit", "numeric(14,2)"),
            ("memo", "text"),
        ],
    ),
    (
        "subscriptions",
        &[
            ("plan", "text"),
            ("started_at", "date"),
            ("monthly_fee", "numeric(8,2)"),
        ],
    ),
    (
        "reviews",
        &[
            ("rating", "smallint"),
            ("comment", "text"),
            ("reviewed_at", "timestamp"),
        ],
    ),
    (
        "sites",
        &[("site_name", "text"), ("city", "text"), ("country", "text")],
    ),
    (
        "stock_levels",
        &[
            ("on_hand", "integer"),
            ("reorder_point", "integer"),
            ("counted_at", "date"),
        ],
    ),
    (
        "returns",
        &[
            ("returned_at", "timestamp"),
            ("reason", "text"),
            ("refund_amount", "numeric(10,2)"),
        ],
    ),
    (
        "documents",
        &[
            ("title", "text"),
            ("version", "integer"),
            ("published_at", "date"),
        ],
    ),
    (
        "approvals",
        &[("approved_at", "timestamp"), ("decision", "text")],
    ),
    (
        "users",
        &[
            ("username", "text"),
            ("email", "text"),
            ("last_login", "timestamp"),
        ],
    ),
];

/// Singular of an entity for its key column (`purchase_orders` → `purchase_order_id`).
fn singular(entity: &str) -> String {
    let entity = entity.strip_suffix("ies").map_or_else(
        || entity.strip_suffix('s').unwrap_or(entity).to_owned(),
        |stem| format!("{stem}y"),
    );
    entity
}

/// Columns whose rows take a few values only (sampled, like a status).
const CATEGORICAL: &[&str] = &[
    "status", "method", "carrier", "category", "channel", "priority", "severity", "result",
    "decision", "plan", "unit", "source", "team", "grade", "reason", "make", "industry",
];

/// A value of column `name` of type `ty` for row `g`.
fn value(name: &str, ty: &str) -> String {
    match ty {
        "text" if CATEGORICAL.contains(&name) => format!("'{name} ' || (g % 7)"),
        "text" => format!("'{name} ' || g"),
        "date" => "DATE '2023-01-01' + (g % 700)".into(),
        "timestamp" => "TIMESTAMP '2023-01-01' + g * interval '37 minutes'".into(),
        "smallint" => "g % 100".into(),
        "integer" => "g % 1000".into(),
        "double precision" => "g * 0.5".into(),
        _ => "(g * 7) % 1000".into(),
    }
}

/// SQL for `count` tables in `schema` (created when not `public`), none of whose names
/// equals a table of the benchmark schemas (each starts with a domain), each with up to
/// `max_rows` rows.
pub fn tables(schema: &str, count: usize, max_rows: usize) -> String {
    let mut sql = String::new();
    if schema != "public" {
        sql.push_str(&format!("CREATE SCHEMA {schema};\n"));
    }
    let per_domain = ENTITIES.len();
    for i in 0..count {
        let domain = DOMAINS[i % DOMAINS.len()];
        let round = i / DOMAINS.len();
        // Each domain takes entities in its own order, so domains differ.
        let e = (round * 7 + (i % DOMAINS.len()) * 3) % per_domain;
        let (entity, columns) = ENTITIES[e];
        let suffix = if round >= per_domain {
            format!("_{}", round / per_domain + 1)
        } else {
            String::new()
        };
        let name = format!("{domain}_{entity}{suffix}");
        let key = format!("{}_id", singular(entity));
        let mut lines = vec![format!("{key} integer PRIMARY KEY")];
        lines.extend(columns.iter().map(|(c, t)| format!("{c} {t}")));
        // Every table but a domain's first refers to the table made just before it in
        // the same domain.
        if round > 0 {
            let p = i - DOMAINS.len();
            let p_round = p / DOMAINS.len();
            let p_entity = ENTITIES[(p_round * 7 + (p % DOMAINS.len()) * 3) % per_domain].0;
            let p_suffix = if p_round >= per_domain {
                format!("_{}", p_round / per_domain + 1)
            } else {
                String::new()
            };
            let p_key = format!("{}_id", singular(p_entity));
            let column = if p_key == key {
                format!("parent_{key}")
            } else {
                p_key.clone()
            };
            lines.push(format!(
                "{column} integer REFERENCES {schema}.{domain}_{p_entity}{p_suffix} ({p_key})"
            ));
        }
        sql.push_str(&format!(
            "CREATE TABLE {schema}.{name} (\n    {}\n);\n",
            lines.join(",\n    ")
        ));
        let rows = [0, 50, 200, 1000, 5000, 20000][i % 6].min(max_rows);
        if rows > 0 {
            let mut names = vec![key.clone()];
            let mut values = vec!["g".to_owned()];
            for (c, t) in columns.iter() {
                names.push((*c).to_owned());
                values.push(value(c, t));
            }
            sql.push_str(&format!(
                "INSERT INTO {schema}.{name} ({}) SELECT {} FROM generate_series(1, {rows}) AS g;\n",
                names.join(", "),
                values.join(", ")
            ));
        }
    }
    sql
}
