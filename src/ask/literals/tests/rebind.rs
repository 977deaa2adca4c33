//! Re-binding an example's SQL to other literals.

use super::*;

fn literals(question: &str) -> Vec<Literal> {
    extract(question, &index()).literals
}

fn rebound(sql: &str, from: &str, to: &str) -> Option<String> {
    rebind(sql, &literals(from), &literals(to))
}

const YEAR_SQL: &str = "SELECT SUM(x) AS revenue_2024 -- since '2024'\n\
                        FROM sales_2024 s WHERE EXTRACT(YEAR FROM s.d) = 2024";

#[test]
fn years_rebind_where_compared_with_a_year() {
    assert_eq!(
        rebound(YEAR_SQL, "revenue in 2024", "revenue in 2011").unwrap(),
        "SELECT SUM(x) AS revenue_2011 -- since '2024'\n\
         FROM sales_2024 s WHERE EXTRACT(YEAR FROM s.d) = 2011"
    );
    let sql = "SELECT 1 FROM t WHERE date_part('year', d) IN (2023, 2024) AND signup_year = 2023";
    assert_eq!(
        rebound(sql, "2023 and 2024", "2021 and 2022").unwrap(),
        "SELECT 1 FROM t WHERE date_part('year', d) IN (2021, 2022) AND signup_year = 2021"
    );
    // The whole year as DATE bounds.
    let sql = "SELECT 1 FROM t WHERE d >= DATE '2024-01-01' AND d < DATE '2025-01-01'";
    assert_eq!(
        rebound(sql, "in 2024", "in 2020").unwrap(),
        "SELECT 1 FROM t WHERE d >= DATE '2020-01-01' AND d < DATE '2021-01-01'"
    );
    // Unchanged literals give the SQL back as it is.
    assert_eq!(rebound(YEAR_SQL, "in 2024", "in 2024").unwrap(), YEAR_SQL);
}

#[test]
fn years_that_cannot_be_mapped_refuse() {
    // Not compared with a year.
    assert_eq!(rebound("SELECT 2024 AS n", "in 2024", "in 2023"), None);
    assert_eq!(rebound("SELECT 1 LIMIT 2024", "in 2024", "in 2023"), None);
    // The year also lives in a date the question did not name.
    let sql = "SELECT 1 FROM t WHERE EXTRACT(YEAR FROM d) = 2024 AND d < DATE '2024-07-01'";
    assert_eq!(rebound(sql, "in 2024", "in 2023"), None);
    // A date in another year is independent.
    let sql = "SELECT 1 FROM t WHERE EXTRACT(YEAR FROM d) = 2023 AND e < DATE '2024-07-01'";
    assert!(rebound(sql, "in 2023", "in 2022").is_some());
    // Other kinds never stand in for each other.
    assert_eq!(rebound(YEAR_SQL, "in 2024", "in Q1 2024"), None);
    assert_eq!(rebound(YEAR_SQL, "in 2024", "in 2024 and 2023"), None);
}

#[test]
fn quarters_and_months_rebind_both_bounds() {
    let sql = "SELECT 1 FROM o WHERE o.d >= DATE '2025-10-01' AND o.d < DATE '2026-01-01'";
    assert_eq!(
        rebound(sql, "last quarter", "Q3 2024").unwrap(),
        "SELECT 1 FROM o WHERE o.d >= DATE '2024-07-01' AND o.d < DATE '2024-10-01'"
    );
    assert_eq!(
        rebound(sql, "Q4 2025", "Q4 2024").unwrap(),
        "SELECT 1 FROM o WHERE o.d >= DATE '2024-10-01' AND o.d < DATE '2025-01-01'"
    );
    let sql = "SELECT 1 FROM o WHERE o.d >= '2024-08-01'::date AND o.d < '2024-09-01'::date";
    assert_eq!(
        rebound(sql, "August 2024", "December 2024").unwrap(),
        "SELECT 1 FROM o WHERE o.d >= '2024-12-01'::date AND o.d < '2025-01-01'::date"
    );
    // An inclusive last day follows leap years.
    let sql = "SELECT 1 FROM o WHERE o.d BETWEEN '2023-02-01' AND '2023-02-28'";
    assert_eq!(
        rebound(sql, "February 2023", "February 2024").unwrap(),
        "SELECT 1 FROM o WHERE o.d BETWEEN '2024-02-01' AND '2024-02-29'"
    );
    // One bound missing, or a bound shared by two literals: refuse.
    assert_eq!(
        rebound(
            "SELECT 1 WHERE d >= DATE '2024-08-01'",
            "August 2024",
            "May 2024"
        ),
        None
    );
    let sql = "SELECT 1 WHERE d >= DATE '2025-12-01' AND d < DATE '2026-01-01' \
               AND e >= DATE '2025-10-01' AND e < DATE '2026-01-01'";
    assert_eq!(
        rebound(sql, "December 2025 in Q4 2025", "November 2025 in Q3 2025"),
        None
    );
}

#[test]
fn dates_and_ranges_rebind_inclusive_or_exclusive_ends() {
    let sql = "SELECT 1 WHERE d >= DATE '2025-11-24' AND d <= DATE '2025-12-03'";
    assert_eq!(
        rebound(
            sql,
            "from 2025-11-24 to 2025-12-03",
            "from 2024-11-29 to 2024-12-02"
        )
        .unwrap(),
        "SELECT 1 WHERE d >= DATE '2024-11-29' AND d <= DATE '2024-12-02'"
    );
    let sql = "SELECT 1 WHERE d >= DATE '2025-11-24' AND d < DATE '2025-12-04'";
    assert_eq!(
        rebound(sql, "2025-11-24 to 2025-12-03", "2024-02-20 to 2024-02-28").unwrap(),
        "SELECT 1 WHERE d >= DATE '2024-02-20' AND d < DATE '2024-02-29'"
    );
    assert_eq!(
        rebound(
            "SELECT 1 WHERE d = '2025-03-01'",
            "on 2025-03-01",
            "on 2024-02-29"
        )
        .unwrap(),
        "SELECT 1 WHERE d = '2024-02-29'"
    );
}

#[test]
fn values_rebind_through_the_compared_column() {
    let sql = "SELECT 1 FROM customers c WHERE c.country = 'Brazil' \
               AND c.status IN ('completed', 'cancelled')";
    assert_eq!(
        rebound(sql, "orders from Brazil", "orders from united states").unwrap(),
        "SELECT 1 FROM customers c WHERE c.country = 'United States' \
         AND c.status IN ('completed', 'cancelled')"
    );
    // Singapore is a city too; the SQL compares the country.
    assert!(rebound(sql, "orders from Brazil", "orders from Singapore")
        .unwrap()
        .contains("c.country = 'Singapore'"));
    // A city cannot replace a country.
    assert_eq!(
        rebound(sql, "orders from Brazil", "orders from Berlin"),
        None
    );
    // In a list, and renaming the aliases that carry the value.
    let sql = "SELECT COUNT(*) FILTER (WHERE o.status IN ('cancelled')) AS cancelled_orders \
               FROM orders o ORDER BY cancelled_orders";
    assert_eq!(
        rebound(sql, "cancelled orders", "completed orders").unwrap(),
        "SELECT COUNT(*) FILTER (WHERE o.status IN ('completed')) AS completed_orders \
         FROM orders o ORDER BY completed_orders"
    );
    // Where no column says what the string is, the mapping is not certain.
    let sql = "SELECT 'Brazil' AS label FROM customers c WHERE c.country = 'Brazil'";
    assert_eq!(rebound(sql, "from Brazil", "from Germany"), None);
    // A value the SQL does not contain cannot be changed.
    assert_eq!(rebound("SELECT 1", "from Brazil", "from Germany"), None);
}

#[test]
fn numbers_rebind_after_limit_or_in_a_comparison_not_both() {
    let sql = "SELECT c, ROUND(SUM(x), 5) AS r FROM t GROUP BY c ORDER BY r DESC LIMIT 5";
    assert_eq!(
        rebound(sql, "top 5 customers", "top 3 customers").unwrap(),
        "SELECT c, ROUND(SUM(x), 5) AS r FROM t GROUP BY c ORDER BY r DESC LIMIT 3"
    );
    assert_eq!(
        rebound(
            "SELECT c FROM t GROUP BY c HAVING COUNT(*) > 5",
            "more than 5",
            "more than 12"
        )
        .unwrap(),
        "SELECT c FROM t GROUP BY c HAVING COUNT(*) > 12"
    );
    let both = "SELECT c FROM t GROUP BY c HAVING COUNT(*) > 5 LIMIT 5";
    assert_eq!(rebound(both, "top 5", "top 3"), None);
    assert_eq!(rebound("SELECT ROUND(x, 5) FROM t", "top 5", "top 3"), None);
}

#[test]
fn texts_rebind_escaped_and_claims_never_overlap() {
    let sql = "SELECT 1 FROM c WHERE name = 'Acme'";
    assert_eq!(
        rebound(sql, "customer 'Acme'", "customer \"O'Brien\"").unwrap(),
        "SELECT 1 FROM c WHERE name = 'O''Brien'"
    );
    // Two years of the question, one number in the SQL: which one is it?
    let sql = "SELECT 1 WHERE EXTRACT(YEAR FROM d) = 2024";
    let from = literals("2024 and 2024");
    let to = literals("2023 and 2022");
    assert_eq!(rebind(sql, &from, &to), None);
    assert_eq!(rebind(sql, &from, &to[..1]), None);
}

#[test]
fn aliases_are_renamed_only_without_collisions() {
    let sql = "SELECT SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2024) AS cost_2024, \
               SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2025) AS cost_2025 FROM t";
    // Swapping the years swaps the names.
    assert_eq!(
        rebound(sql, "from 2024 to 2025", "from 2025 to 2024").unwrap(),
        "SELECT SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2025) AS cost_2025, \
         SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2024) AS cost_2024 FROM t"
    );
    // 2024 -> 2025 would make two columns named cost_2025: the names stay.
    assert_eq!(
        rebound(sql, "from 2024 to 2025", "from 2025 to 2025").unwrap(),
        "SELECT SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2025) AS cost_2024, \
         SUM(a) FILTER (WHERE EXTRACT(YEAR FROM d) = 2025) AS cost_2025 FROM t"
    );
}

#[test]
fn sql_text_round_trips_untouched() {
    let sql = "SELECT \"Mixed Case\", E'a\\n' AS x, $$d$$ -- note '2024'\n\
               /* block */ FROM t WHERE s = 'it''s' AND EXTRACT(YEAR FROM d) = 2024";
    let out = rebound(sql, "in 2024", "in 2023").unwrap();
    assert_eq!(out, sql.replace("= 2024", "= 2023"));
    assert_eq!(
        rebind(
            "SELECT 'unterminated",
            &literals("in 2024"),
            &literals("in 2023")
        ),
        None
    );
}

#[test]
fn bound_periods_read_years_and_ranges() {
    let periods = sql::bound_periods(
        "SELECT 1 WHERE EXTRACT(YEAR FROM d) = 2025 AND d >= DATE '2025-10-01' AND d < DATE '2026-01-01'",
    );
    assert!(periods.contains(&Period::Year(2025)));
    assert!(periods.contains(&Period::Quarter {
        year: 2025,
        quarter: 4
    }));
}

#[test]
fn rebindable_tells_which_literals_the_sql_shows_with_certainty() {
    let sql = "SELECT c.country, COUNT(*) FROM orders o JOIN customers c USING (id) \
               WHERE c.country = 'Brazil' AND EXTRACT(YEAR FROM o.d) = 2024 GROUP BY 1 LIMIT 5";
    assert_eq!(
        rebindable(sql, &literals("top 5 countries like Brazil in 2024")),
        [true, true, true]
    );
    // Not in the SQL at all, or also in a date the question did not name.
    assert_eq!(rebindable("SELECT 1", &literals("in 2024")), [false]);
    let since = "SELECT 1 FROM t WHERE EXTRACT(YEAR FROM d) = 2024 AND d < DATE '2024-07-01'";
    assert_eq!(rebindable(since, &literals("in 2024")), [false]);
    // A number used both as LIMIT and in a comparison.
    let both = "SELECT 1 FROM t WHERE n > 5 LIMIT 5";
    assert_eq!(rebindable(both, &literals("top 5")), [false]);
    assert_eq!(
        rebindable("not sql ' at all", &literals("in 2024")),
        [false]
    );
}

#[test]
fn mentions_finds_a_literal_in_any_form() {
    let year = &literals("in 2023")[0];
    let brazil = &literals("from Brazil")[0];
    assert!(mentions(
        "SELECT 1 FROM t WHERE EXTRACT(YEAR FROM d) = 2023",
        year
    ));
    assert!(mentions(
        "SELECT 1 FROM t WHERE d >= DATE '2023-03-01' AND d < DATE '2023-04-01'",
        year
    ));
    assert!(!mentions(
        "SELECT 1 FROM t WHERE EXTRACT(YEAR FROM d) = 2024",
        year
    ));
    assert!(mentions(
        "SELECT 1 FROM c WHERE c.country = 'Brazil'",
        brazil
    ));
    // Where no column says what it is, it may still be the value: it counts.
    assert!(mentions("SELECT 'Brazil' AS label", brazil));
    assert!(!mentions(
        "SELECT 1 FROM c WHERE c.country = 'Germany'",
        brazil
    ));
}
