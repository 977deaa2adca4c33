//! Questions about the demo warehouse, phrased unlike corpus/demo/examples.yaml, each with
//! SQL that answers it. Retrieval must bring every table and column the SQL reads.

pub const GOLD: &[(&str, &str)] = &[
    (
        "What were net sales for each calendar year?",
        "SELECT EXTRACT(YEAR FROM o.order_date) AS year, SUM(ol.net_amount) AS revenue
         FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE o.status = 'completed' GROUP BY 1 ORDER BY 1",
    ),
    (
        "how many orders were placed through resellers in 2023",
        "SELECT COUNT(o.order_id) FROM orders o
         WHERE o.channel = 'partner' AND EXTRACT(YEAR FROM o.order_date) = 2023",
    ),
    (
        "Which Brazilian customers spent the most with us in 2025?",
        "SELECT c.customer_id, c.customer_name, SUM(ol.net_amount) AS revenue
         FROM customers c JOIN orders o ON o.customer_id = c.customer_id
         JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE c.country = 'Brazil' AND o.status = 'completed'
           AND EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY c.customer_id, c.customer_name ORDER BY revenue DESC LIMIT 10",
    ),
    (
        "number of customers in each country",
        "SELECT c.country, COUNT(c.customer_id) FROM customers c GROUP BY c.country ORDER BY 2 DESC",
    ),
    (
        "What is the average discount rate per sales channel?",
        "SELECT o.channel, AVG(ol.discount_rate) FROM orders o
         JOIN order_lines ol ON ol.order_id = o.order_id GROUP BY o.channel",
    ),
    (
        "the 10 priciest products on the price list",
        "SELECT p.product_name, p.list_price FROM products p ORDER BY p.list_price DESC LIMIT 10",
    ),
    (
        "Which departments made the most gross profit in 2024?",
        "SELECT pc.department, SUM(ol.net_amount - ol.quantity * p.unit_cost) AS gross_margin
         FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2024
         GROUP BY pc.department ORDER BY gross_margin DESC",
    ),
    (
        "cancelled orders per month during 2025",
        "SELECT date_trunc('month', o.order_date) AS month, COUNT(o.order_id) FROM orders o
         WHERE o.status = 'cancelled' AND EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY 1 ORDER BY 1",
    ),
    (
        "How many web orders got refunded in September 2024?",
        "SELECT COUNT(o.order_id) FROM orders o
         WHERE o.channel = 'web' AND o.status = 'refunded'
           AND o.order_date >= DATE '2024-09-01' AND o.order_date < DATE '2024-10-01'",
    ),
    (
        "laptop sales to German customers last year",
        "SELECT SUM(ol.net_amount) FROM customers c
         JOIN orders o ON o.customer_id = c.customer_id
         JOIN order_lines ol ON ol.order_id = o.order_id
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE c.country = 'Germany' AND pc.category_name = 'Laptops' AND o.status = 'completed'
           AND EXTRACT(YEAR FROM o.order_date) = 2024",
    ),
    (
        "How many Enterprise accounts do we have per region?",
        "SELECT r.region_name, COUNT(c.customer_id) FROM customers c
         JOIN regions r ON r.region_id = c.region_id
         WHERE c.segment = 'Enterprise' GROUP BY r.region_name",
    ),
    (
        "total quantity sold for every product category this year",
        "SELECT pc.category_name, SUM(ol.quantity) FROM orders o
         JOIN order_lines ol ON ol.order_id = o.order_id
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY pc.category_name ORDER BY 2 DESC",
    ),
    (
        "average basket size for Consumer versus SMB buyers in 2024",
        "SELECT c.segment, SUM(ol.net_amount) / COUNT(DISTINCT o.order_id) AS aov
         FROM customers c JOIN orders o ON o.customer_id = c.customer_id
         JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE c.segment IN ('Consumer', 'SMB') AND o.status = 'completed'
           AND EXTRACT(YEAR FROM o.order_date) = 2024
         GROUP BY c.segment",
    ),
    (
        "In which cities are our Canadian clients located?",
        "SELECT c.city, COUNT(c.customer_id) FROM customers c
         WHERE c.country = 'Canada' GROUP BY c.city ORDER BY 2 DESC",
    ),
    (
        "mean supplier cost of the products in each category",
        "SELECT pc.category_name, AVG(p.unit_cost) FROM products p
         JOIN product_categories pc ON pc.category_id = p.category_id GROUP BY pc.category_name",
    ),
    (
        "new signups per month in 2025",
        "SELECT date_trunc('month', c.signup_date) AS month, COUNT(c.customer_id) FROM customers c
         WHERE EXTRACT(YEAR FROM c.signup_date) = 2025 GROUP BY 1 ORDER BY 1",
    ),
    (
        "customers without a single purchase",
        "SELECT c.customer_id, c.customer_name FROM customers c
         WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)",
    ),
    (
        "value of the open orders from the last two weeks of December 2025",
        "SELECT COUNT(DISTINCT o.order_id), SUM(ol.net_amount) FROM orders o
         JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE o.status = 'pending' AND o.order_date >= DATE '2025-12-15'",
    ),
    (
        "What fraction of 2025 revenue came from physical stores?",
        "SELECT SUM(ol.net_amount) FILTER (WHERE o.channel = 'store') / SUM(ol.net_amount)
         FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025",
    ),
    (
        "revenue over the Black Friday weekend of 2024",
        "SELECT SUM(ol.net_amount) FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE o.status = 'completed'
           AND o.order_date BETWEEN DATE '2024-11-29' AND DATE '2024-12-02'",
    ),
    (
        "segment breakdown of customers in Asia Pacific",
        "SELECT c.segment, COUNT(c.customer_id) FROM customers c
         JOIN regions r ON r.region_id = c.region_id
         WHERE r.region_name = 'Asia Pacific' GROUP BY c.segment",
    ),
    (
        "Which Cycling SKUs moved the most units?",
        "SELECT p.sku, p.product_name, SUM(ol.quantity) AS units FROM orders o
         JOIN order_lines ol ON ol.order_id = o.order_id
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE pc.category_name = 'Cycling' AND o.status = 'completed'
         GROUP BY p.sku, p.product_name ORDER BY units DESC LIMIT 10",
    ),
    (
        "refund ratio of partner orders year by year",
        "SELECT EXTRACT(YEAR FROM o.order_date) AS year,
                COUNT(*) FILTER (WHERE o.status = 'refunded')::numeric
                / NULLIF(COUNT(*) FILTER (WHERE o.status IN ('completed', 'refunded')), 0)
         FROM orders o WHERE o.channel = 'partner' GROUP BY 1 ORDER BY 1",
    ),
    (
        "top 5 cities by number of orders in 2025",
        "SELECT c.city, COUNT(o.order_id) FROM customers c
         JOIN orders o ON o.customer_id = c.customer_id
         WHERE EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY c.city ORDER BY 2 DESC LIMIT 5",
    ),
    (
        "monthly Office Furniture revenue in 2025",
        "SELECT date_trunc('month', o.order_date) AS month, SUM(ol.net_amount) FROM orders o
         JOIN order_lines ol ON ol.order_id = o.order_id
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE pc.category_name = 'Office Furniture' AND o.status = 'completed'
           AND EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY 1 ORDER BY 1",
    ),
    (
        "which region code has the most customers",
        "SELECT r.region_code, COUNT(c.customer_id) FROM regions r
         JOIN customers c ON c.region_id = r.region_id GROUP BY r.region_code ORDER BY 2 DESC",
    ),
    (
        "revnue by custmer segmnt in 2025",
        "SELECT c.segment, SUM(ol.net_amount) FROM customers c
         JOIN orders o ON o.customer_id = c.customer_id
         JOIN order_lines ol ON ol.order_id = o.order_id
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2025
         GROUP BY c.segment",
    ),
    (
        "How much did we pay AWS each month in 2025?",
        "SELECT date_trunc('month', cc.usage_date) AS month, SUM(cc.cost_usd) FROM cloud_costs cc
         WHERE cc.provider = 'AWS' AND EXTRACT(YEAR FROM cc.usage_date) = 2025
         GROUP BY 1 ORDER BY 1",
    ),
    (
        "Which team ran up the biggest cloud bill in 2024?",
        "SELECT t.team_name, SUM(cc.cost_usd) FROM cloud_costs cc
         JOIN teams t ON t.team_id = cc.team_id
         WHERE EXTRACT(YEAR FROM cc.usage_date) = 2024
         GROUP BY t.team_name ORDER BY 2 DESC LIMIT 1",
    ),
    (
        "day by day BigQuery costs in the dev environment in July 2024",
        "SELECT cc.usage_date, SUM(cc.cost_usd) FROM cloud_costs cc
         WHERE cc.service = 'BigQuery' AND cc.environment = 'dev'
           AND cc.usage_date >= DATE '2024-07-01' AND cc.usage_date < DATE '2024-08-01'
         GROUP BY cc.usage_date ORDER BY cc.usage_date",
    ),
    (
        "infrastructure spend per division in 2025",
        "SELECT t.division, SUM(cc.cost_usd) FROM cloud_costs cc
         JOIN teams t ON t.team_id = cc.team_id
         WHERE EXTRACT(YEAR FROM cc.usage_date) = 2025 GROUP BY t.division",
    ),
    (
        "GPU hours consumed by Vertex AI every month",
        "SELECT date_trunc('month', cc.usage_date) AS month, SUM(cc.usage_quantity) FROM cloud_costs cc
         WHERE cc.service = 'Vertex AI' AND cc.usage_unit = 'GPU-hours' GROUP BY 1 ORDER BY 1",
    ),
    (
        "networking costs by cloud vendor in 2025",
        "SELECT cc.provider, SUM(cc.cost_usd) FROM cloud_costs cc
         WHERE cc.service_category = 'Networking' AND EXTRACT(YEAR FROM cc.usage_date) = 2025
         GROUP BY cc.provider",
    ),
    (
        "Who owns the Security team's budget and how much did it spend in December 2024?",
        "SELECT t.owner_name, SUM(cc.cost_usd) FROM teams t
         JOIN cloud_costs cc ON cc.team_id = t.team_id
         WHERE t.team_name = 'Security'
           AND cc.usage_date >= DATE '2024-12-01' AND cc.usage_date < DATE '2025-01-01'
         GROUP BY t.owner_name",
    ),
    (
        "production versus non-production cloud costs every month",
        "SELECT date_trunc('month', cc.usage_date) AS month,
                SUM(cc.cost_usd) FILTER (WHERE cc.environment = 'prod') AS prod,
                SUM(cc.cost_usd) FILTER (WHERE cc.environment <> 'prod') AS non_prod
         FROM cloud_costs cc GROUP BY 1 ORDER BY 1",
    ),
    (
        "Which GCP services does Data Engineering use?",
        "SELECT DISTINCT cc.service FROM cloud_costs cc JOIN teams t ON t.team_id = cc.team_id
         WHERE t.team_name = 'Data Engineering' AND cc.provider = 'GCP'",
    ),
    (
        "Azure costs broken down by service category for 2024",
        "SELECT cc.service_category, SUM(cc.cost_usd) FROM cloud_costs cc
         WHERE cc.provider = 'Azure' AND EXTRACT(YEAR FROM cc.usage_date) = 2024
         GROUP BY cc.service_category",
    ),
    (
        "typical daily Lambda spend in staging",
        "SELECT SUM(cc.cost_usd) / COUNT(DISTINCT cc.usage_date) FROM cloud_costs cc
         WHERE cc.service = 'Lambda' AND cc.environment = 'staging'",
    ),
    (
        "cost centre and manager of each team",
        "SELECT t.team_name, t.cost_center, t.owner_name FROM teams t ORDER BY t.cost_center",
    ),
    (
        "average units per order line for Monitors",
        "SELECT AVG(ol.quantity) FROM order_lines ol
         JOIN products p ON p.product_id = ol.product_id
         JOIN product_categories pc ON pc.category_id = p.category_id
         WHERE pc.category_name = 'Monitors'",
    ),
];
