//! Question pairs on the demo warehouse, each question with the SQL it needs.
//!
//! Where a question has the shape of a corpus example, its SQL is the example's query with
//! the question's literals (so the rows match whichever way askpg answers); other questions
//! have SQL of their own. Gold queries order their rows, so rows compare in order.

/// How the second question of a pair differs from the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The same question in other words: a hit is welcome.
    Paraphrase,
    Year,
    Month,
    Quarter,
    DateRange,
    Country,
    Category,
    Team,
    Service,
    TopN,
    /// Another measure: never the first question's SQL.
    Metric,
    /// Another grouping.
    Grouping,
    /// Another ordering (top/bottom, highest/lowest).
    Ordering,
    /// Another kind of period (a quarter instead of a year).
    Period,
}

impl Kind {
    /// Only a literal changes: a re-bound hit is right when its rows are the gold rows.
    pub fn literal_only(self) -> bool {
        matches!(
            self,
            Kind::Year
                | Kind::Month
                | Kind::Quarter
                | Kind::DateRange
                | Kind::Country
                | Kind::Category
                | Kind::Team
                | Kind::Service
                | Kind::TopN
        )
    }
}

pub struct Pair {
    pub kind: Kind,
    pub first: &'static str,
    pub first_sql: String,
    pub second: &'static str,
    pub second_sql: String,
}

fn pair(
    kind: Kind,
    first: &'static str,
    first_sql: String,
    second: &'static str,
    second_sql: String,
) -> Pair {
    Pair {
        kind,
        first,
        first_sql,
        second,
        second_sql,
    }
}

/// A paraphrase: both questions need the same SQL.
fn same(first: &'static str, second: &'static str, sql: String) -> Pair {
    pair(Kind::Paraphrase, first, sql.clone(), second, sql)
}

const SALES: &str = "FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id";
const CUSTOMER_SALES: &str = "FROM customers c JOIN orders o ON o.customer_id = c.customer_id \
                              JOIN order_lines ol ON ol.order_id = o.order_id";
const PRODUCTS: &str = "JOIN products p ON p.product_id = ol.product_id \
                        JOIN product_categories pc ON pc.category_id = p.category_id";
const COMPLETED: &str = "o.status = 'completed'";
const TEAM_COSTS: &str = "FROM cloud_costs cc JOIN teams t ON t.team_id = cc.team_id";

pub fn in_year(column: &str, year: i32) -> String {
    format!("EXTRACT(YEAR FROM {column}) = {year}")
}

fn month_start(year: i32, month: u32) -> String {
    format!("{year}-{month:02}-01")
}

fn in_month(column: &str, year: i32, month: u32) -> String {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    format!(
        "{column} >= DATE '{}' AND {column} < DATE '{}'",
        month_start(year, month),
        month_start(next_year, next_month)
    )
}

fn in_quarter(column: &str, year: i32, quarter: u32) -> String {
    let first = 3 * (quarter - 1) + 1;
    let (next_year, next_month) = if quarter == 4 {
        (year + 1, 1)
    } else {
        (year, first + 3)
    };
    format!(
        "{column} >= DATE '{}' AND {column} < DATE '{}'",
        month_start(year, first),
        month_start(next_year, next_month)
    )
}

// ---------------------------------------------------------------- sales

pub fn revenue_total(year: i32) -> String {
    format!(
        "SELECT ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} WHERE {COMPLETED} AND {}",
        in_year("o.order_date", year)
    )
}

fn revenue_by_region(year: i32) -> String {
    format!(
        "SELECT r.region_name, ROUND(SUM(ol.net_amount), 2) AS revenue, \
         COUNT(DISTINCT o.customer_id) AS active_customers \
         FROM regions r JOIN customers c ON c.region_id = r.region_id \
         JOIN orders o ON o.customer_id = c.customer_id JOIN order_lines ol ON ol.order_id = o.order_id \
         WHERE {COMPLETED} AND {} GROUP BY r.region_name ORDER BY revenue DESC",
        in_year("o.order_date", year)
    )
}

fn region_revenue_ordered(year: i32, direction: &str) -> String {
    format!(
        "SELECT r.region_name, ROUND(SUM(ol.net_amount), 2) AS revenue \
         FROM regions r JOIN customers c ON c.region_id = r.region_id \
         JOIN orders o ON o.customer_id = c.customer_id JOIN order_lines ol ON ol.order_id = o.order_id \
         WHERE {COMPLETED} AND {} GROUP BY r.region_name ORDER BY revenue {direction}",
        in_year("o.order_date", year)
    )
}

fn margin_by_region(year: i32) -> String {
    format!(
        "SELECT r.region_name, ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost), 2) AS gross_margin \
         FROM regions r JOIN customers c ON c.region_id = r.region_id \
         JOIN orders o ON o.customer_id = c.customer_id JOIN order_lines ol ON ol.order_id = o.order_id \
         JOIN products p ON p.product_id = ol.product_id \
         WHERE {COMPLETED} AND {} GROUP BY r.region_name ORDER BY gross_margin DESC",
        in_year("o.order_date", year)
    )
}

/// Revenue grouped by one customer or order column.
pub fn revenue_by(column: &str, year: i32) -> String {
    format!(
        "SELECT {column}, ROUND(SUM(ol.net_amount), 2) AS revenue {CUSTOMER_SALES} \
         WHERE {COMPLETED} AND {} GROUP BY {column} ORDER BY revenue DESC",
        in_year("o.order_date", year)
    )
}

fn units_by_channel(year: i32) -> String {
    format!(
        "SELECT o.channel, SUM(ol.quantity) AS units_sold {SALES} WHERE {COMPLETED} AND {} \
         GROUP BY o.channel ORDER BY units_sold DESC",
        in_year("o.order_date", year)
    )
}

fn discount_by_country(year: i32) -> String {
    format!(
        "SELECT c.country, ROUND(SUM(ol.quantity * ol.unit_price - ol.net_amount), 2) AS discount \
         {CUSTOMER_SALES} WHERE {COMPLETED} AND {} GROUP BY c.country ORDER BY discount DESC",
        in_year("o.order_date", year)
    )
}

fn revenue_by_quarter(year: i32) -> String {
    format!(
        "SELECT EXTRACT(QUARTER FROM o.order_date)::int AS quarter, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {SALES} WHERE {COMPLETED} AND {} GROUP BY quarter ORDER BY quarter",
        in_year("o.order_date", year)
    )
}

fn revenue_by_month(year: i32) -> String {
    format!(
        "SELECT date_trunc('month', o.order_date)::date AS month, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {SALES} WHERE {COMPLETED} AND {} GROUP BY month ORDER BY month",
        in_year("o.order_date", year)
    )
}

fn top_customers(n: u32, year: i32, direction: &str) -> String {
    format!(
        "SELECT c.customer_id, c.customer_name, c.segment, c.country, \
         ROUND(SUM(ol.net_amount), 2) AS revenue {CUSTOMER_SALES} WHERE {COMPLETED} AND {} \
         GROUP BY c.customer_id, c.customer_name, c.segment, c.country ORDER BY revenue {direction} LIMIT {n}",
        in_year("o.order_date", year)
    )
}

fn top_customers_by_orders(n: u32, year: i32) -> String {
    format!(
        "SELECT c.customer_id, c.customer_name, COUNT(*) AS orders \
         FROM customers c JOIN orders o ON o.customer_id = c.customer_id WHERE {} \
         GROUP BY c.customer_id, c.customer_name ORDER BY orders DESC, c.customer_id LIMIT {n}",
        in_year("o.order_date", year)
    )
}

pub fn orders_from(country: &str, period: &str) -> String {
    format!(
        "SELECT COUNT(*) AS orders, COUNT(*) FILTER (WHERE {COMPLETED}) AS completed_orders \
         FROM orders o JOIN customers c ON c.customer_id = o.customer_id \
         WHERE c.country = '{country}' AND {period}"
    )
}

fn revenue_from(country: &str, year: i32) -> String {
    format!(
        "SELECT ROUND(SUM(ol.net_amount), 2) AS revenue {CUSTOMER_SALES} \
         WHERE {COMPLETED} AND c.country = '{country}' AND {}",
        in_year("o.order_date", year)
    )
}

fn top_cities(n: u32, country: &str, year: i32) -> String {
    format!(
        "SELECT c.city, COUNT(DISTINCT c.customer_id) AS customers, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {CUSTOMER_SALES} WHERE {COMPLETED} AND c.country = '{country}' AND {} \
         GROUP BY c.city ORDER BY revenue DESC LIMIT {n}",
        in_year("o.order_date", year)
    )
}

fn top_days(n: u32, year: i32, direction: &str) -> String {
    format!(
        "SELECT o.order_date, ROUND(SUM(ol.net_amount), 2) AS revenue, \
         COUNT(DISTINCT o.order_id) AS completed_orders {SALES} WHERE {COMPLETED} AND {} \
         GROUP BY o.order_date ORDER BY revenue {direction} LIMIT {n}",
        in_year("o.order_date", year)
    )
}

fn daily_revenue(from: &str, to: &str) -> String {
    format!(
        "SELECT o.order_date, to_char(o.order_date, 'Dy') AS weekday, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {SALES} WHERE {COMPLETED} AND o.order_date >= DATE '{from}' AND o.order_date <= DATE '{to}' \
         GROUP BY o.order_date ORDER BY o.order_date"
    )
}

fn signups_by_segment(year: i32) -> String {
    format!(
        "SELECT c.segment, COUNT(*) AS new_customers FROM customers c WHERE {} \
         GROUP BY c.segment ORDER BY new_customers DESC",
        in_year("c.signup_date", year)
    )
}

fn monthly_active_customers(year: i32) -> String {
    format!(
        "SELECT date_trunc('month', o.order_date)::date AS month, \
         COUNT(DISTINCT o.customer_id) AS active_customers FROM orders o \
         WHERE {COMPLETED} AND {} GROUP BY month ORDER BY month",
        in_year("o.order_date", year)
    )
}

fn aov_by_channel(year: i32) -> String {
    format!(
        "SELECT o.channel, COUNT(DISTINCT o.order_id) AS completed_orders, \
         ROUND(SUM(ol.net_amount) / COUNT(DISTINCT o.order_id), 2) AS average_order_value \
         {SALES} WHERE {COMPLETED} AND {} GROUP BY o.channel ORDER BY average_order_value DESC",
        in_year("o.order_date", year)
    )
}

fn refund_rate_by_channel() -> String {
    "SELECT o.channel, COUNT(*) FILTER (WHERE o.status = 'refunded') AS refunded_orders, \
     COUNT(*) FILTER (WHERE o.status IN ('completed', 'refunded')) AS delivered_orders, \
     ROUND(COUNT(*) FILTER (WHERE o.status = 'refunded')::numeric \
     / COUNT(*) FILTER (WHERE o.status IN ('completed', 'refunded')), 4) AS refund_rate \
     FROM orders o GROUP BY o.channel ORDER BY refund_rate DESC"
        .into()
}

fn refund_rate_by_channel_in(year: i32) -> String {
    format!(
        "SELECT o.channel, ROUND(COUNT(*) FILTER (WHERE o.status = 'refunded')::numeric \
         / COUNT(*) FILTER (WHERE o.status IN ('completed', 'refunded')), 4) AS refund_rate \
         FROM orders o WHERE {} GROUP BY o.channel ORDER BY refund_rate DESC",
        in_year("o.order_date", year)
    )
}

fn cancellation_rate_by_channel() -> String {
    "SELECT o.channel, ROUND(COUNT(*) FILTER (WHERE o.status = 'cancelled')::numeric / COUNT(*), 4) \
     AS cancellation_rate FROM orders o GROUP BY o.channel ORDER BY cancellation_rate DESC"
        .into()
}

fn daily_web_orders(year: i32, month: u32) -> String {
    format!(
        "SELECT o.order_date, COUNT(*) AS orders FROM orders o WHERE o.channel = 'web' AND {} \
         GROUP BY o.order_date ORDER BY o.order_date",
        in_month("o.order_date", year, month)
    )
}

fn top_partner_countries(n: u32, year: i32, direction: &str) -> String {
    format!(
        "SELECT c.country, ROUND(SUM(ol.net_amount), 2) AS revenue {CUSTOMER_SALES} \
         WHERE {COMPLETED} AND o.channel = 'partner' AND {} GROUP BY c.country \
         ORDER BY revenue {direction} LIMIT {n}",
        in_year("o.order_date", year)
    )
}

// ---------------------------------------------------------------- products

fn margin_by_department(year: i32) -> String {
    format!(
        "SELECT pc.department, ROUND(SUM(ol.net_amount), 2) AS revenue, \
         ROUND(SUM(ol.quantity * p.unit_cost), 2) AS cost_of_goods, \
         ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost), 2) AS gross_margin, \
         ROUND(SUM(ol.net_amount - ol.quantity * p.unit_cost) / SUM(ol.net_amount), 4) AS gross_margin_pct \
         {SALES} {PRODUCTS} WHERE {COMPLETED} AND {} GROUP BY pc.department ORDER BY gross_margin DESC",
        in_year("o.order_date", year)
    )
}

fn revenue_by_department(period: &str) -> String {
    format!(
        "SELECT pc.department, ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} {PRODUCTS} \
         WHERE {COMPLETED} AND {period} GROUP BY pc.department ORDER BY revenue DESC"
    )
}

fn category_revenue_each_year(category: &str) -> String {
    format!(
        "SELECT EXTRACT(YEAR FROM o.order_date)::int AS year, SUM(ol.quantity) AS units_sold, \
         ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} {PRODUCTS} \
         WHERE {COMPLETED} AND pc.category_name = '{category}' GROUP BY year ORDER BY year"
    )
}

fn category_revenue_by_year(category: &str) -> String {
    format!(
        "SELECT EXTRACT(YEAR FROM o.order_date)::int AS year, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {SALES} {PRODUCTS} WHERE {COMPLETED} AND pc.category_name = '{category}' GROUP BY year ORDER BY year"
    )
}

fn category_revenue_by_quarter(category: &str) -> String {
    format!(
        "SELECT date_trunc('quarter', o.order_date)::date AS quarter, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {SALES} {PRODUCTS} WHERE {COMPLETED} AND pc.category_name = '{category}' \
         GROUP BY quarter ORDER BY quarter"
    )
}

fn units_by(column: &str, country: &str, year: i32) -> String {
    format!(
        "SELECT {column}, SUM(ol.quantity) AS units_sold, ROUND(SUM(ol.net_amount), 2) AS revenue \
         {CUSTOMER_SALES} {PRODUCTS} WHERE {COMPLETED} AND c.country = '{country}' AND {} \
         GROUP BY {column} ORDER BY units_sold DESC",
        in_year("o.order_date", year)
    )
}

fn products_by_units(n: u32, year: i32, direction: &str) -> String {
    format!(
        "SELECT p.product_name, pc.category_name, SUM(ol.quantity) AS units_sold, \
         ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} {PRODUCTS} WHERE {COMPLETED} AND {} \
         GROUP BY p.product_id, p.product_name, pc.category_name \
         ORDER BY units_sold {direction}, p.product_id LIMIT {n}",
        in_year("o.order_date", year)
    )
}

/// The corpus example "Top 10 best-selling products by units sold in 2025".
fn best_sellers(n: u32, year: i32) -> String {
    format!(
        "SELECT p.product_name, pc.category_name, SUM(ol.quantity) AS units_sold, \
         ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} {PRODUCTS} WHERE {COMPLETED} AND {} \
         GROUP BY p.product_id, p.product_name, pc.category_name ORDER BY units_sold DESC LIMIT {n}",
        in_year("o.order_date", year)
    )
}

fn products_by_revenue(n: u32, year: i32) -> String {
    format!(
        "SELECT p.product_name, ROUND(SUM(ol.net_amount), 2) AS revenue {SALES} {PRODUCTS} \
         WHERE {COMPLETED} AND {} GROUP BY p.product_id, p.product_name \
         ORDER BY revenue DESC, p.product_id LIMIT {n}",
        in_year("o.order_date", year)
    )
}

// ---------------------------------------------------------------- cloud costs

fn cost_by_team(year: i32) -> String {
    format!(
        "SELECT t.team_name, t.division, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost {TEAM_COSTS} \
         WHERE {} GROUP BY t.team_name, t.division ORDER BY cloud_cost DESC",
        in_year("cc.usage_date", year)
    )
}

fn teams_by_cost(year: i32, direction: &str) -> String {
    format!(
        "SELECT t.team_name, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost {TEAM_COSTS} \
         WHERE {} GROUP BY t.team_name ORDER BY cloud_cost {direction}",
        in_year("cc.usage_date", year)
    )
}

fn cost_by(column: &str, year: i32) -> String {
    format!(
        "SELECT {column}, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost FROM cloud_costs cc \
         WHERE {} GROUP BY {column} ORDER BY cloud_cost DESC",
        in_year("cc.usage_date", year)
    )
}

pub fn team_monthly_cost(team: &str, year: i32) -> String {
    format!(
        "SELECT date_trunc('month', cc.usage_date)::date AS month, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost \
         {TEAM_COSTS} WHERE t.team_name = '{team}' AND {} GROUP BY month ORDER BY month",
        in_year("cc.usage_date", year)
    )
}

fn team_prod_monthly_cost(team: &str, year: i32) -> String {
    format!(
        "SELECT date_trunc('month', cc.usage_date)::date AS month, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost \
         {TEAM_COSTS} WHERE t.team_name = '{team}' AND cc.environment = 'prod' AND {} \
         GROUP BY month ORDER BY month",
        in_year("cc.usage_date", year)
    )
}

fn team_services(team: &str, year: i32) -> String {
    format!(
        "SELECT cc.provider, cc.service, cc.environment, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost \
         {TEAM_COSTS} WHERE t.team_name = '{team}' AND {} \
         GROUP BY cc.provider, cc.service, cc.environment ORDER BY cloud_cost DESC",
        in_year("cc.usage_date", year)
    )
}

fn service_monthly_cost(service: &str, year: i32) -> String {
    format!(
        "SELECT date_trunc('month', cc.usage_date)::date AS month, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost \
         FROM cloud_costs cc WHERE cc.service = '{service}' AND {} GROUP BY month ORDER BY month",
        in_year("cc.usage_date", year)
    )
}

fn daily_service_cost(service: &str, environment: &str, year: i32, month: u32) -> String {
    format!(
        "SELECT cc.usage_date, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost FROM cloud_costs cc \
         WHERE cc.service = '{service}' AND cc.environment = '{environment}' AND {} \
         GROUP BY cc.usage_date ORDER BY cc.usage_date",
        in_month("cc.usage_date", year, month)
    )
}

fn top_services(n: u32, period: &str, direction: &str) -> String {
    format!(
        "SELECT cc.provider, cc.service, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost FROM cloud_costs cc \
         WHERE {period} GROUP BY cc.provider, cc.service ORDER BY cloud_cost {direction} LIMIT {n}"
    )
}

fn daily_spend_by_month(year: i32) -> String {
    format!(
        "SELECT date_trunc('month', cc.usage_date)::date AS month, \
         ROUND(SUM(cc.cost_usd) / COUNT(DISTINCT cc.usage_date), 2) AS average_daily_cost \
         FROM cloud_costs cc WHERE {} GROUP BY month ORDER BY month",
        in_year("cc.usage_date", year)
    )
}

fn daily_spend_by_team(year: i32) -> String {
    format!(
        "SELECT t.team_name, ROUND(SUM(cc.cost_usd) / COUNT(DISTINCT cc.usage_date), 2) AS average_daily_cost \
         {TEAM_COSTS} WHERE {} GROUP BY t.team_name ORDER BY average_daily_cost DESC",
        in_year("cc.usage_date", year)
    )
}

fn cost_by_cost_center(year: i32) -> String {
    format!(
        "SELECT t.cost_center, t.team_name, t.division, t.owner_name, ROUND(SUM(cc.cost_usd), 2) AS cloud_cost \
         {TEAM_COSTS} WHERE {} GROUP BY t.cost_center, t.team_name, t.division, t.owner_name \
         ORDER BY t.cost_center",
        in_year("cc.usage_date", year)
    )
}

/// At least 50 paraphrase pairs. Some are honest misses: the cache only treats a question
/// as another's when no word but filler, a glossary synonym or a literal's place differs.
pub fn paraphrases() -> Vec<Pair> {
    let year = |y| in_year("o.order_date", y);
    vec![
        same(
            "What was our total revenue in 2024?",
            "Revenue in 2024",
            revenue_total(2024),
        ),
        same(
            "What was total revenue in 2023?",
            "Show me total sales for 2023",
            revenue_total(2023),
        ),
        same("Revenue for 2022", "2022 turnover", revenue_total(2022)),
        same(
            "How much revenue did we make in 2025?",
            "total revenue in 2025",
            revenue_total(2025),
        ),
        same(
            "What were net sales in 2023?",
            "net revenue for 2023",
            revenue_total(2023),
        ),
        same(
            "Revenue by region in 2024",
            "What was revenue by region for 2024?",
            revenue_by_region(2024),
        ),
        same(
            "2023 revenue by region",
            "revenue by region in 2023",
            revenue_by_region(2023),
        ),
        same(
            "Revenue by region last year",
            "revenue by region in 2024",
            revenue_by_region(2024),
        ),
        same(
            "Revenue by country in 2025",
            "sales by country in 2025",
            revenue_by("c.country", 2025),
        ),
        same(
            "Revenue by country this year",
            "2025 revenue by country",
            revenue_by("c.country", 2025),
        ),
        same(
            "Revenue by channel in 2024",
            "Show revenue by sales channel for 2024",
            revenue_by("o.channel", 2024),
        ),
        same(
            "Revenue by customer segment in 2023",
            "revenue by segment in 2023",
            revenue_by("c.segment", 2023),
        ),
        same(
            "Revenue by quarter in 2024",
            "2024 revenue by quarter",
            revenue_by_quarter(2024),
        ),
        same(
            "Revenue by quarter in 2023",
            "quarterly revenue in 2023",
            revenue_by_quarter(2023),
        ),
        same(
            "Top 5 customers by revenue in 2023",
            "Who were our top 5 customers by revenue in 2023?",
            top_customers(5, 2023, "DESC"),
        ),
        same(
            "Top 10 customers by sales in 2025",
            "top 10 customers by revenue for 2025",
            top_customers(10, 2025, "DESC"),
        ),
        same(
            "Top 3 customers by revenue in 2022",
            "Show me the top 3 customers by turnover in 2022",
            top_customers(3, 2022, "DESC"),
        ),
        same(
            "Which were the top 5 customers by revenue in 2024?",
            "top 5 customers by revenue in 2024",
            top_customers(5, 2024, "DESC"),
        ),
        same(
            "How many orders came from Germany in 2024?",
            "number of orders from Germany in 2024",
            orders_from("Germany", &year(2024)),
        ),
        same(
            "How many orders came from France in 2023?",
            "orders from France in 2023",
            orders_from("France", &year(2023)),
        ),
        same(
            "Count of orders from Brazil in 2025",
            "How many orders came from Brazil in 2025?",
            orders_from("Brazil", &year(2025)),
        ),
        same(
            "Top 10 cities by revenue in the United States in 2024",
            "top 10 cities by sales in the United States for 2024",
            top_cities(10, "United States", 2024),
        ),
        same(
            "Monthly cloud cost for Data Engineering in 2024",
            "What was the monthly cloud cost for Data Engineering in 2024?",
            team_monthly_cost("Data Engineering", 2024),
        ),
        same(
            "Monthly cloud spend for Security in 2025",
            "show the monthly cloud bill for Security for 2025",
            team_monthly_cost("Security", 2025),
        ),
        same(
            "Cloud cost by team in 2024",
            "cloud spend by team for 2024",
            cost_by_team(2024),
        ),
        same(
            "Cloud cost by team last year",
            "cloud spend by team in 2024",
            cost_by_team(2024),
        ),
        same(
            "Cloud cost by provider in 2025",
            "cloud spend by cloud provider in 2025",
            cost_by("cc.provider", 2025),
        ),
        same(
            "Cloud cost by environment in 2024",
            "cloud spend per environment in 2024",
            cost_by("cc.environment", 2024),
        ),
        same(
            "Monthly EC2 cost in 2025",
            "What was the monthly EC2 cost in 2025?",
            service_monthly_cost("EC2", 2025),
        ),
        same(
            "Monthly S3 cost in 2024",
            "monthly cost of S3 in 2024",
            service_monthly_cost("S3", 2024),
        ),
        same(
            "Monthly Lambda cost in 2024",
            "Lambda cost by month in 2024",
            service_monthly_cost("Lambda", 2024),
        ),
        same(
            "How much revenue did Laptops bring in each year?",
            "Laptops revenue each year",
            category_revenue_each_year("Laptops"),
        ),
        same(
            "Revenue for Cycling products by year",
            "What was the revenue for Cycling products by year?",
            category_revenue_by_year("Cycling"),
        ),
        same(
            "Yearly revenue for Cookware products",
            "annual revenue for Cookware products",
            category_revenue_by_year("Cookware"),
        ),
        same(
            "Units sold by product category in Germany in 2025",
            "quantity sold by category in Germany in 2025",
            units_by("pc.category_name", "Germany", 2025),
        ),
        same(
            "Units sold by product category in France in 2024",
            "What were the units sold by category in France in 2024?",
            units_by("pc.category_name", "France", 2024),
        ),
        same(
            "Daily number of web orders in August 2024",
            "daily number of web orders during August 2024",
            daily_web_orders(2024, 8),
        ),
        same(
            "Daily number of web orders in March 2025",
            "number of online orders per day in March 2025",
            daily_web_orders(2025, 3),
        ),
        same(
            "Revenue by department in Q1 2025",
            "revenue by department for Q1 2025",
            revenue_by_department(&in_quarter("o.order_date", 2025, 1)),
        ),
        same(
            "Revenue by department in Q3 2024",
            "Q3 2024 revenue by product department",
            revenue_by_department(&in_quarter("o.order_date", 2024, 3)),
        ),
        same(
            "Gross margin by department in 2024",
            "gross profit by department in 2024",
            margin_by_department(2024),
        ),
        same(
            "Gross margin by department in 2023",
            "margin by department for 2023",
            margin_by_department(2023),
        ),
        same(
            "Gross margin by department in 2025",
            "profit by department in 2025",
            margin_by_department(2025),
        ),
        same(
            "What is the average order value by channel in 2024?",
            "AOV by channel in 2024",
            aov_by_channel(2024),
        ),
        same(
            "Average order value by channel in 2023",
            "average basket value by sales channel in 2023",
            aov_by_channel(2023),
        ),
        same(
            "What is the refund rate by channel?",
            "refund rate by channel",
            refund_rate_by_channel(),
        ),
        same(
            "Return rate by channel",
            "What is the refund ratio by channel?",
            refund_rate_by_channel(),
        ),
        same(
            "How many customers signed up in 2023, by segment?",
            "how many customers signed up in 2023 by segment",
            signups_by_segment(2023),
        ),
        same(
            "How many customers signed up in 2022, by segment?",
            "How many customers signed up during 2022, by segment?",
            signups_by_segment(2022),
        ),
        same(
            "Top 10 best-selling products by units sold in 2025",
            "top 10 best selling products by units sold for 2025",
            best_sellers(10, 2025),
        ),
        same(
            "Top 5 products by revenue in 2024",
            "top 5 products by sales in 2024",
            products_by_revenue(5, 2024),
        ),
        same(
            "Cloud spend by cost center in 2025, with the owner of each",
            "cloud cost by cost centre in 2025 with the owner of each",
            cost_by_cost_center(2025),
        ),
        same(
            "Top 5 countries by partner channel revenue in 2025",
            "top 5 countries by reseller revenue in 2025",
            top_partner_countries(5, 2025, "DESC"),
        ),
        same(
            "Top 5 cloud services by spend last quarter",
            "Top 5 cloud services by spend in Q4 2025",
            top_services(5, &in_quarter("cc.usage_date", 2025, 4), "DESC"),
        ),
        same(
            "Average daily cloud spend by month in 2025",
            "average daily cloud cost by month for 2025",
            daily_spend_by_month(2025),
        ),
        same(
            "How many active customers did we have each month in 2025?",
            "number of active customers each month in 2025",
            monthly_active_customers(2025),
        ),
        same(
            "What did the Machine Learning team spend on each service in 2025?",
            "what did the Machine Learning team spend on each service during 2025",
            team_services("Machine Learning", 2025),
        ),
        same(
            "Monthly prod cost for Platform Engineering in 2025",
            "monthly production cost for Platform Engineering in 2025",
            team_prod_monthly_cost("Platform Engineering", 2025),
        ),
        same(
            "Which 10 days had the highest revenue in 2024?",
            "Which 10 days had the highest sales in 2024?",
            top_days(10, 2024, "DESC"),
        ),
    ]
}

/// At least 50 near misses: another year, month, quarter, country, category, team, service,
/// top-N (a re-bound hit is right only with the gold rows) or another measure, grouping,
/// ordering or kind of period (never the first question's SQL).
pub fn near_misses() -> Vec<Pair> {
    let year = |y| in_year("o.order_date", y);
    let quarter = |y, q| in_quarter("o.order_date", y, q);
    let cloud_quarter = |y, q| in_quarter("cc.usage_date", y, q);
    let cloud_year = |y| in_year("cc.usage_date", y);
    use Kind::*;
    vec![
        pair(
            Year,
            "Revenue by region in 2024",
            revenue_by_region(2024),
            "Revenue by region in 2023",
            revenue_by_region(2023),
        ),
        pair(
            Year,
            "Top 5 customers by revenue in 2023",
            top_customers(5, 2023, "DESC"),
            "Top 5 customers by revenue in 2022",
            top_customers(5, 2022, "DESC"),
        ),
        pair(
            Year,
            "How many orders came from Germany in 2024?",
            orders_from("Germany", &year(2024)),
            "How many orders came from Germany in 2023?",
            orders_from("Germany", &year(2023)),
        ),
        pair(
            Year,
            "Cloud cost by team in 2024",
            cost_by_team(2024),
            "Cloud cost by team in 2025",
            cost_by_team(2025),
        ),
        pair(
            Year,
            "Gross margin by department in 2024",
            margin_by_department(2024),
            "Gross margin by department in 2022",
            margin_by_department(2022),
        ),
        pair(
            Year,
            "What is the average order value by channel in 2024?",
            aov_by_channel(2024),
            "What is the average order value by channel in 2025?",
            aov_by_channel(2025),
        ),
        pair(
            Year,
            "Revenue by country in 2025",
            revenue_by("c.country", 2025),
            "Revenue by country in 2022",
            revenue_by("c.country", 2022),
        ),
        pair(
            Year,
            "Monthly EC2 cost in 2025",
            service_monthly_cost("EC2", 2025),
            "Monthly EC2 cost in 2024",
            service_monthly_cost("EC2", 2024),
        ),
        pair(
            Year,
            "How many customers signed up in 2023, by segment?",
            signups_by_segment(2023),
            "How many customers signed up in 2021, by segment?",
            signups_by_segment(2021),
        ),
        pair(
            Year,
            "What was our total revenue in 2024?",
            revenue_total(2024),
            "What was our total revenue in 2025?",
            revenue_total(2025),
        ),
        pair(
            Month,
            "Daily number of web orders in August 2024",
            daily_web_orders(2024, 8),
            "Daily number of web orders in September 2024",
            daily_web_orders(2024, 9),
        ),
        pair(
            Month,
            "Daily number of web orders in March 2025",
            daily_web_orders(2025, 3),
            "Daily number of web orders in March 2024",
            daily_web_orders(2024, 3),
        ),
        pair(
            Month,
            "Daily Lambda cost in staging in September 2025",
            daily_service_cost("Lambda", "staging", 2025, 9),
            "Daily Lambda cost in staging in October 2025",
            daily_service_cost("Lambda", "staging", 2025, 10),
        ),
        pair(
            Quarter,
            "Revenue by department in Q1 2025",
            revenue_by_department(&quarter(2025, 1)),
            "Revenue by department in Q2 2025",
            revenue_by_department(&quarter(2025, 2)),
        ),
        pair(
            Quarter,
            "Revenue by department in Q3 2024",
            revenue_by_department(&quarter(2024, 3)),
            "Revenue by department in Q4 2024",
            revenue_by_department(&quarter(2024, 4)),
        ),
        pair(
            Quarter,
            "Top 5 cloud services by spend in Q4 2025",
            top_services(5, &cloud_quarter(2025, 4), "DESC"),
            "Top 5 cloud services by spend in Q1 2025",
            top_services(5, &cloud_quarter(2025, 1), "DESC"),
        ),
        pair(
            DateRange,
            "daily revenue from 2025-11-24 to 2025-12-03 (Black Friday week)",
            daily_revenue("2025-11-24", "2025-12-03"),
            "daily revenue from 2024-11-25 to 2024-12-04 (Black Friday week)",
            daily_revenue("2024-11-25", "2024-12-04"),
        ),
        pair(
            Country,
            "How many orders came from Germany in 2024?",
            orders_from("Germany", &year(2024)),
            "How many orders came from France in 2024?",
            orders_from("France", &year(2024)),
        ),
        pair(
            Country,
            "Units sold by product category in Germany in 2025",
            units_by("pc.category_name", "Germany", 2025),
            "Units sold by product category in Canada in 2025",
            units_by("pc.category_name", "Canada", 2025),
        ),
        pair(
            Country,
            "Top 10 cities by revenue in the United States in 2025",
            top_cities(10, "United States", 2025),
            "Top 10 cities by revenue in Canada in 2025",
            top_cities(10, "Canada", 2025),
        ),
        pair(
            Country,
            "How much revenue came from Germany in 2024?",
            revenue_from("Germany", 2024),
            "How much revenue came from Brazil in 2024?",
            revenue_from("Brazil", 2024),
        ),
        pair(
            Category,
            "Revenue for Cycling products by year",
            category_revenue_by_year("Cycling"),
            "Revenue for Cookware products by year",
            category_revenue_by_year("Cookware"),
        ),
        pair(
            Category,
            "quarterly revenue for Smart Home products",
            category_revenue_by_quarter("Smart Home"),
            "quarterly revenue for Office Furniture products",
            category_revenue_by_quarter("Office Furniture"),
        ),
        pair(
            Category,
            "How much revenue did Laptops bring in each year?",
            category_revenue_each_year("Laptops"),
            "How much revenue did Cycling bring in each year?",
            category_revenue_each_year("Cycling"),
        ),
        pair(
            Team,
            "Monthly cloud cost for Data Engineering in 2024",
            team_monthly_cost("Data Engineering", 2024),
            "Monthly cloud cost for Security in 2024",
            team_monthly_cost("Security", 2024),
        ),
        pair(
            Team,
            "Monthly cloud cost for Platform Engineering in 2025",
            team_monthly_cost("Platform Engineering", 2025),
            "Monthly cloud cost for Mobile Apps in 2025",
            team_monthly_cost("Mobile Apps", 2025),
        ),
        pair(
            Team,
            "What did the Machine Learning team spend on each service in 2025?",
            team_services("Machine Learning", 2025),
            "What did the Security team spend on each service in 2025?",
            team_services("Security", 2025),
        ),
        pair(
            Team,
            "Monthly prod cost for Platform Engineering in 2025",
            team_prod_monthly_cost("Platform Engineering", 2025),
            "Monthly prod cost for Data Engineering in 2025",
            team_prod_monthly_cost("Data Engineering", 2025),
        ),
        pair(
            Service,
            "Monthly S3 cost in 2024",
            service_monthly_cost("S3", 2024),
            "Monthly Lambda cost in 2024",
            service_monthly_cost("Lambda", 2024),
        ),
        pair(
            TopN,
            "Top 5 customers by revenue in 2023",
            top_customers(5, 2023, "DESC"),
            "Top 3 customers by revenue in 2023",
            top_customers(3, 2023, "DESC"),
        ),
        pair(
            TopN,
            "Top 10 products by units sold in 2025",
            products_by_units(10, 2025, "DESC"),
            "Top 20 products by units sold in 2025",
            products_by_units(20, 2025, "DESC"),
        ),
        pair(
            TopN,
            "Top 5 countries by partner channel revenue in 2025",
            top_partner_countries(5, 2025, "DESC"),
            "Top 8 countries by partner channel revenue in 2025",
            top_partner_countries(8, 2025, "DESC"),
        ),
        pair(
            TopN,
            "Top 5 cloud services by spend in Q4 2025",
            top_services(5, &cloud_quarter(2025, 4), "DESC"),
            "Top 10 cloud services by spend in Q4 2025",
            top_services(10, &cloud_quarter(2025, 4), "DESC"),
        ),
        pair(
            TopN,
            "Which 10 days had the highest revenue in 2024?",
            top_days(10, 2024, "DESC"),
            "Which 3 days had the highest revenue in 2024?",
            top_days(3, 2024, "DESC"),
        ),
        pair(
            Metric,
            "Revenue by region in 2024",
            revenue_by_region(2024),
            "Gross margin by region in 2024",
            margin_by_region(2024),
        ),
        pair(
            Metric,
            "Revenue by channel in 2024",
            revenue_by("o.channel", 2024),
            "Units sold by channel in 2024",
            units_by_channel(2024),
        ),
        pair(
            Metric,
            "Top 5 customers by revenue in 2023",
            top_customers(5, 2023, "DESC"),
            "Top 5 customers by number of orders in 2023",
            top_customers_by_orders(5, 2023),
        ),
        pair(
            Metric,
            "Top 10 products by units sold in 2025",
            products_by_units(10, 2025, "DESC"),
            "Top 10 products by revenue in 2025",
            products_by_revenue(10, 2025),
        ),
        pair(
            Metric,
            "Gross margin by department in 2024",
            margin_by_department(2024),
            "Revenue by department in 2024",
            revenue_by_department(&year(2024)),
        ),
        pair(
            Metric,
            "What is the refund rate by channel?",
            refund_rate_by_channel(),
            "What is the cancellation rate by channel?",
            cancellation_rate_by_channel(),
        ),
        pair(
            Metric,
            "Revenue by country in 2025",
            revenue_by("c.country", 2025),
            "Discount by country in 2025",
            discount_by_country(2025),
        ),
        pair(
            Metric,
            "Cloud cost by team in 2024",
            cost_by_team(2024),
            "Average daily cloud spend by team in 2024",
            daily_spend_by_team(2024),
        ),
        pair(
            Metric,
            "How many orders came from Germany in 2024?",
            orders_from("Germany", &year(2024)),
            "How much revenue came from Germany in 2024?",
            revenue_from("Germany", 2024),
        ),
        pair(
            Metric,
            "What is the average order value by channel in 2024?",
            aov_by_channel(2024),
            "What is the refund rate by channel in 2024?",
            refund_rate_by_channel_in(2024),
        ),
        pair(
            Grouping,
            "Revenue by region in 2024",
            revenue_by_region(2024),
            "Revenue by country in 2024",
            revenue_by("c.country", 2024),
        ),
        pair(
            Grouping,
            "Cloud cost by team in 2024",
            cost_by_team(2024),
            "Cloud cost by provider in 2024",
            cost_by("cc.provider", 2024),
        ),
        pair(
            Grouping,
            "Revenue by channel in 2024",
            revenue_by("o.channel", 2024),
            "Revenue by segment in 2024",
            revenue_by("c.segment", 2024),
        ),
        pair(
            Grouping,
            "Units sold by product category in Germany in 2025",
            units_by("pc.category_name", "Germany", 2025),
            "Units sold by department in Germany in 2025",
            units_by("pc.department", "Germany", 2025),
        ),
        pair(
            Grouping,
            "Revenue by quarter in 2024",
            revenue_by_quarter(2024),
            "Revenue by month in 2024",
            revenue_by_month(2024),
        ),
        pair(
            Ordering,
            "Top 5 customers by revenue in 2024",
            top_customers(5, 2024, "DESC"),
            "Bottom 5 customers by revenue in 2024",
            top_customers(5, 2024, "ASC"),
        ),
        pair(
            Ordering,
            "Top 10 products by units sold in 2025",
            products_by_units(10, 2025, "DESC"),
            "Bottom 10 products by units sold in 2025",
            products_by_units(10, 2025, "ASC"),
        ),
        pair(
            Ordering,
            "Which 10 days had the highest revenue in 2024?",
            top_days(10, 2024, "DESC"),
            "Which 10 days had the lowest revenue in 2024?",
            top_days(10, 2024, "ASC"),
        ),
        pair(
            Ordering,
            "Top 5 countries by partner channel revenue in 2025",
            top_partner_countries(5, 2025, "DESC"),
            "Bottom 5 countries by partner channel revenue in 2025",
            top_partner_countries(5, 2025, "ASC"),
        ),
        pair(
            Ordering,
            "Revenue by region in 2024, highest first",
            region_revenue_ordered(2024, "DESC"),
            "Revenue by region in 2024, lowest first",
            region_revenue_ordered(2024, "ASC"),
        ),
        pair(
            Ordering,
            "Top 5 cloud services by spend in 2025",
            top_services(5, &cloud_year(2025), "DESC"),
            "Cheapest 5 cloud services by spend in 2025",
            top_services(5, &cloud_year(2025), "ASC"),
        ),
        pair(
            Ordering,
            "Teams by cloud cost in 2024, most expensive first",
            teams_by_cost(2024, "DESC"),
            "Teams by cloud cost in 2024, least expensive first",
            teams_by_cost(2024, "ASC"),
        ),
        pair(
            Period,
            "How many orders came from Brazil in 2024?",
            orders_from("Brazil", &year(2024)),
            "How many orders came from Brazil in Q1 2024?",
            orders_from("Brazil", &quarter(2024, 1)),
        ),
        pair(
            Period,
            "Revenue by department in Q1 2025",
            revenue_by_department(&quarter(2025, 1)),
            "Revenue by department in 2025",
            revenue_by_department(&year(2025)),
        ),
    ]
}
