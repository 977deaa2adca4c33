//! Question pairs on the pagila sample (benches/recall/pagila.sql: keys and foreign keys, no
//! comments, no corpus), each question with the SQL of its natural reading. Rentals and
//! payments run from May 2022 to February 2023. Rows compare as `askpg eval` compares them
//! (a multiset, in order when the gold SQL has a top-level ORDER BY, column names aside), so
//! gold queries of a ranking break ties.

/// How the second question of a pair differs from the first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The same question in other words: a hit is welcome.
    Paraphrase,
    Year,
    Month,
    /// Another value of a column (country, category, language, rating).
    Value,
    /// Another N of a ranking, or another number in a comparison.
    Number,
    /// Another measure.
    Metric,
    /// Another grouping.
    Grouping,
    /// Another ordering direction (top/bottom, most/fewest, above/below).
    Ordering,
    /// Another kind of period or time grain.
    Period,
}

pub struct Pair {
    pub kind: Kind,
    pub first: &'static str,
    pub first_sql: &'static str,
    pub second: &'static str,
    pub second_sql: &'static str,
}

const fn pair(
    kind: Kind,
    first: &'static str,
    first_sql: &'static str,
    second: &'static str,
    second_sql: &'static str,
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
const fn same(first: &'static str, second: &'static str, sql: &'static str) -> Pair {
    pair(Kind::Paraphrase, first, sql, second, sql)
}

const FILMS: &str = "SELECT count(*) FROM film";
const CUSTOMERS: &str = "SELECT count(*) FROM customer";
const FILMS_PER_RATING: &str = "SELECT rating, count(*) FROM film GROUP BY rating";
const FILMS_PER_LANGUAGE: &str = "SELECT l.name, count(*) FROM film f \
    JOIN language l ON l.language_id = f.language_id GROUP BY l.name";
const FILMS_PER_CATEGORY: &str = "SELECT c.name, count(*) FROM film_category fc \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.name";
const RENTALS_JULY_2022: &str = "SELECT count(*) FROM rental \
    WHERE rental_date >= '2022-07-01' AND rental_date < '2022-08-01'";
const RENTALS_AUGUST_2022: &str = "SELECT count(*) FROM rental \
    WHERE rental_date >= '2022-08-01' AND rental_date < '2022-09-01'";
const RENTALS_Q3_2022: &str = "SELECT count(*) FROM rental \
    WHERE rental_date >= '2022-07-01' AND rental_date < '2022-10-01'";
const RENTALS_2022: &str = "SELECT count(*) FROM rental \
    WHERE rental_date >= '2022-01-01' AND rental_date < '2023-01-01'";
const RENTALS_2023: &str = "SELECT count(*) FROM rental \
    WHERE rental_date >= '2023-01-01' AND rental_date < '2024-01-01'";
const PAYMENTS_2023: &str = "SELECT count(*) FROM payment \
    WHERE payment_date >= '2023-01-01' AND payment_date < '2024-01-01'";
const PAYMENTS_2022: &str = "SELECT count(*) FROM payment \
    WHERE payment_date >= '2022-01-01' AND payment_date < '2023-01-01'";
const COMEDY_FILMS: &str = "SELECT count(*) FROM film_category fc \
    JOIN category c ON c.category_id = fc.category_id WHERE c.name = 'Comedy'";
const HORROR_FILMS: &str = "SELECT count(*) FROM film_category fc \
    JOIN category c ON c.category_id = fc.category_id WHERE c.name = 'Horror'";
const FRENCH_FILMS: &str = "SELECT count(*) FROM film f \
    JOIN language l ON l.language_id = f.language_id WHERE l.name = 'French'";
const ENGLISH_FILMS: &str = "SELECT count(*) FROM film f \
    JOIN language l ON l.language_id = f.language_id WHERE l.name = 'English'";
const PG13_FILMS: &str = "SELECT count(*) FROM film WHERE rating = 'PG-13'";
const NC17_FILMS: &str = "SELECT count(*) FROM film WHERE rating = 'NC-17'";
const CUSTOMERS_PER_COUNTRY: &str = "SELECT co.country, count(*) FROM customer cu \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country";
const CITIES_PER_COUNTRY: &str = "SELECT co.country, count(*) FROM city ci \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country";
const RENTALS_PER_STAFF: &str = "SELECT s.first_name, s.last_name, count(*) FROM rental r \
    JOIN staff s ON s.staff_id = r.staff_id GROUP BY s.staff_id, s.first_name, s.last_name";
const PAYMENTS_PER_STAFF: &str = "SELECT s.first_name, s.last_name, count(*) FROM payment p \
    JOIN staff s ON s.staff_id = p.staff_id GROUP BY s.staff_id, s.first_name, s.last_name";
const REVENUE: &str = "SELECT sum(amount) FROM payment";
const REVENUE_BY_COUNTRY: &str = "SELECT co.country, sum(p.amount) FROM payment p \
    JOIN customer cu ON cu.customer_id = p.customer_id \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country";
const PAYMENTS_BY_COUNTRY: &str = "SELECT co.country, count(*) FROM payment p \
    JOIN customer cu ON cu.customer_id = p.customer_id \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country";
const REVENUE_PER_STAFF: &str = "SELECT s.first_name, s.last_name, sum(p.amount) FROM payment p \
    JOIN staff s ON s.staff_id = p.staff_id GROUP BY s.staff_id, s.first_name, s.last_name";
const REVENUE_2023: &str = "SELECT sum(amount) FROM payment \
    WHERE payment_date >= '2023-01-01' AND payment_date < '2024-01-01'";
const REVENUE_2022: &str = "SELECT sum(amount) FROM payment \
    WHERE payment_date >= '2022-01-01' AND payment_date < '2023-01-01'";
const REVENUE_Q3_2022: &str = "SELECT sum(amount) FROM payment \
    WHERE payment_date >= '2022-07-01' AND payment_date < '2022-10-01'";
const REVENUE_AUGUST_2022: &str = "SELECT sum(amount) FROM payment \
    WHERE payment_date >= '2022-08-01' AND payment_date < '2022-09-01'";
const REVENUE_SEPTEMBER_2022: &str = "SELECT sum(amount) FROM payment \
    WHERE payment_date >= '2022-09-01' AND payment_date < '2022-10-01'";
const HORROR_REPLACEMENT_COST: &str = "SELECT sum(f.replacement_cost) FROM film f \
    JOIN film_category fc ON fc.film_id = f.film_id \
    JOIN category c ON c.category_id = fc.category_id WHERE c.name = 'Horror'";
const COMEDY_REPLACEMENT_COST: &str = "SELECT sum(f.replacement_cost) FROM film f \
    JOIN film_category fc ON fc.film_id = f.film_id \
    JOIN category c ON c.category_id = fc.category_id WHERE c.name = 'Comedy'";
const AVG_RATE_BY_RATING: &str =
    "SELECT rating, round(avg(rental_rate), 2) FROM film GROUP BY rating";
const AVG_COST_BY_RATING: &str =
    "SELECT rating, round(avg(replacement_cost), 2) FROM film GROUP BY rating";
const AVG_RATE_BY_CATEGORY: &str = "SELECT c.name, round(avg(f.rental_rate), 2) FROM film f \
    JOIN film_category fc ON fc.film_id = f.film_id \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.name";
const AVG_LENGTH: &str = "SELECT round(avg(length), 2) FROM film";
const AVG_PAYMENT: &str = "SELECT round(avg(amount), 2) FROM payment";
const LARGEST_PAYMENT: &str = "SELECT max(amount) FROM payment";
const SMALLEST_PAYMENT: &str = "SELECT min(amount) FROM payment";
const HIGHEST_RATE: &str = "SELECT max(rental_rate) FROM film";
const LOWEST_RATE: &str = "SELECT min(rental_rate) FROM film";
const MONTHLY_REVENUE_2022: &str = "SELECT date_trunc('month', payment_date), sum(amount) \
    FROM payment WHERE payment_date >= '2022-01-01' AND payment_date < '2023-01-01' \
    GROUP BY 1 ORDER BY 1";
const MONTHLY_REVENUE_2023: &str = "SELECT date_trunc('month', payment_date), sum(amount) \
    FROM payment WHERE payment_date >= '2023-01-01' AND payment_date < '2024-01-01' \
    GROUP BY 1 ORDER BY 1";
const QUARTERLY_REVENUE_2022: &str = "SELECT extract(quarter FROM payment_date)::int, \
    sum(amount) FROM payment WHERE payment_date >= '2022-01-01' AND payment_date < '2023-01-01' \
    GROUP BY 1 ORDER BY 1";
const DAILY_REVENUE_JUNE_2022: &str = "SELECT payment_date::date, sum(amount) FROM payment \
    WHERE payment_date >= '2022-06-01' AND payment_date < '2022-07-01' GROUP BY 1 ORDER BY 1";
const DAILY_REVENUE_JULY_2022: &str = "SELECT payment_date::date, sum(amount) FROM payment \
    WHERE payment_date >= '2022-07-01' AND payment_date < '2022-08-01' GROUP BY 1 ORDER BY 1";
const RENTALS_PER_MONTH: &str = "SELECT date_trunc('month', rental_date), count(*) \
    FROM rental GROUP BY 1 ORDER BY 1";
const PAYMENTS_PER_YEAR: &str =
    "SELECT extract(year FROM payment_date)::int, count(*) FROM payment GROUP BY 1 ORDER BY 1";
const PAYMENTS_PER_MONTH: &str = "SELECT date_trunc('month', payment_date), count(*) \
    FROM payment GROUP BY 1 ORDER BY 1";
const TOP_3_COUNTRIES_BY_CITIES: &str = "SELECT co.country, count(*) FROM city ci \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country_id, co.country \
    ORDER BY 2 DESC, co.country_id LIMIT 3";
const TOP_5_COUNTRIES_BY_CITIES: &str = "SELECT co.country, count(*) FROM city ci \
    JOIN country co ON co.country_id = ci.country_id GROUP BY co.country_id, co.country \
    ORDER BY 2 DESC, co.country_id LIMIT 5";
const CATEGORY_REVENUE: &str = "SELECT c.name, sum(p.amount) FROM payment p \
    JOIN rental r ON r.rental_id = p.rental_id \
    JOIN inventory i ON i.inventory_id = r.inventory_id \
    JOIN film_category fc ON fc.film_id = i.film_id \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.category_id, c.name";
const TOP_3_CATEGORIES: &str = "SELECT c.name, sum(p.amount) FROM payment p \
    JOIN rental r ON r.rental_id = p.rental_id \
    JOIN inventory i ON i.inventory_id = r.inventory_id \
    JOIN film_category fc ON fc.film_id = i.film_id \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.category_id, c.name \
    ORDER BY 2 DESC, c.category_id LIMIT 3";
const TOP_5_CATEGORIES: &str = "SELECT c.name, sum(p.amount) FROM payment p \
    JOIN rental r ON r.rental_id = p.rental_id \
    JOIN inventory i ON i.inventory_id = r.inventory_id \
    JOIN film_category fc ON fc.film_id = i.film_id \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.category_id, c.name \
    ORDER BY 2 DESC, c.category_id LIMIT 5";
const BOTTOM_3_CATEGORIES: &str = "SELECT c.name, sum(p.amount) FROM payment p \
    JOIN rental r ON r.rental_id = p.rental_id \
    JOIN inventory i ON i.inventory_id = r.inventory_id \
    JOIN film_category fc ON fc.film_id = i.film_id \
    JOIN category c ON c.category_id = fc.category_id GROUP BY c.category_id, c.name \
    ORDER BY 2, c.category_id LIMIT 3";
const TOP_5_CUSTOMERS: &str = "SELECT cu.first_name, cu.last_name, sum(p.amount) FROM payment p \
    JOIN customer cu ON cu.customer_id = p.customer_id \
    GROUP BY cu.customer_id, cu.first_name, cu.last_name ORDER BY 3 DESC, cu.customer_id LIMIT 5";
const NEVER_RENTED: &str =
    "SELECT f.title FROM film f WHERE NOT EXISTS (SELECT 1 FROM inventory i \
    JOIN rental r ON r.inventory_id = i.inventory_id WHERE i.film_id = f.film_id)";
const NOT_IN_INVENTORY: &str = "SELECT f.title FROM film f \
    WHERE NOT EXISTS (SELECT 1 FROM inventory i WHERE i.film_id = f.film_id)";
const CANADA_CUSTOMERS: &str = "SELECT cu.first_name, cu.last_name FROM customer cu \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id WHERE co.country = 'Canada'";
const CANADA_CUSTOMER_COUNT: &str = "SELECT count(*) FROM customer cu \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id WHERE co.country = 'Canada'";
const INDIA_CUSTOMER_COUNT: &str = "SELECT count(*) FROM customer cu \
    JOIN address a ON a.address_id = cu.address_id JOIN city ci ON ci.city_id = a.city_id \
    JOIN country co ON co.country_id = ci.country_id WHERE co.country = 'India'";
const LONGER_THAN_150: &str = "SELECT count(*) FROM film WHERE length > 150";
const LONGER_THAN_120: &str = "SELECT count(*) FROM film WHERE length > 120";
const RATE_ABOVE_3: &str = "SELECT count(*) FROM film WHERE rental_rate > 3";
const RATE_BELOW_3: &str = "SELECT count(*) FROM film WHERE rental_rate < 3";

/// The same question in two wordings a user might well use.
pub fn paraphrases() -> Vec<Pair> {
    vec![
        // Counts.
        same("How many films are there?", "number of films", FILMS),
        same(
            "how many customers do we have",
            "what is the number of customers?",
            CUSTOMERS,
        ),
        same(
            "number of films per rating",
            "how many films are there for each rating?",
            FILMS_PER_RATING,
        ),
        same(
            "how many films are there in each category",
            "film count by category",
            FILMS_PER_CATEGORY,
        ),
        same(
            "How many films per language?",
            "number of films for each language",
            FILMS_PER_LANGUAGE,
        ),
        same(
            "how many customers in each country",
            "number of customers per country",
            CUSTOMERS_PER_COUNTRY,
        ),
        same(
            "How many rentals did each staff member process?",
            "number of rentals per staff member",
            RENTALS_PER_STAFF,
        ),
        same(
            "How many PG-13 films are there?",
            "how many films are rated PG-13?",
            PG13_FILMS,
        ),
        same(
            "How many Comedy films are there?",
            "number of comedy films",
            COMEDY_FILMS,
        ),
        // Sums.
        same("total revenue", "what is our total revenue?", REVENUE),
        same(
            "revenue by country",
            "revenue per country",
            REVENUE_BY_COUNTRY,
        ),
        same(
            "show me revenue by country",
            "total revenue for each country",
            REVENUE_BY_COUNTRY,
        ),
        same(
            "revenue per staff member",
            "total revenue by staff member",
            REVENUE_PER_STAFF,
        ),
        same(
            "total replacement cost of horror films",
            "sum of the replacement cost of horror films",
            HORROR_REPLACEMENT_COST,
        ),
        // Averages.
        same(
            "average rental rate by rating",
            "mean rental rate per rating",
            AVG_RATE_BY_RATING,
        ),
        same(
            "What is the average film length?",
            "average length of films",
            AVG_LENGTH,
        ),
        same(
            "what is the average payment",
            "mean payment amount",
            AVG_PAYMENT,
        ),
        same(
            "average replacement cost by rating",
            "average replacement cost for each rating",
            AVG_COST_BY_RATING,
        ),
        // Time grains.
        same(
            "monthly revenue in 2022",
            "revenue per month in 2022",
            MONTHLY_REVENUE_2022,
        ),
        same(
            "number of rentals per month",
            "how many rentals by month",
            RENTALS_PER_MONTH,
        ),
        same(
            "daily revenue in June 2022",
            "revenue per day in June 2022",
            DAILY_REVENUE_JUNE_2022,
        ),
        same(
            "quarterly revenue in 2022",
            "revenue by quarter in 2022",
            QUARTERLY_REVENUE_2022,
        ),
        same(
            "payments per year",
            "number of payments by year",
            PAYMENTS_PER_YEAR,
        ),
        // Year and month filters.
        same(
            "How many rentals were made in July 2022?",
            "number of rentals in July 2022",
            RENTALS_JULY_2022,
        ),
        same(
            "How many payments were made in 2023?",
            "number of payments in 2023",
            PAYMENTS_2023,
        ),
        same(
            "How many rentals were there in 2022?",
            "In 2022, how many rentals were there?",
            RENTALS_2022,
        ),
        same(
            "revenue in August 2022",
            "August 2022 revenue",
            REVENUE_AUGUST_2022,
        ),
        same("revenue in 2023", "total revenue for 2023", REVENUE_2023),
        // Top N.
        same(
            "Which 3 countries have the most cities?",
            "top 3 countries by number of cities",
            TOP_3_COUNTRIES_BY_CITIES,
        ),
        same(
            "top 3 categories by revenue",
            "which 3 categories have the highest revenue?",
            TOP_3_CATEGORIES,
        ),
        same(
            "top 5 customers by revenue",
            "which 5 customers paid the most?",
            TOP_5_CUSTOMERS,
        ),
        // Anti-joins and lists.
        same(
            "films that were never rented",
            "which films have never been rented?",
            NEVER_RENTED,
        ),
        same(
            "list films that are not in inventory",
            "which films have no inventory?",
            NOT_IN_INVENTORY,
        ),
        same(
            "show me customers from Canada",
            "list the customers from Canada",
            CANADA_CUSTOMERS,
        ),
    ]
}

/// The same wording but for one thing, which changes the answer.
pub fn near_misses() -> Vec<Pair> {
    use Kind::*;
    vec![
        // Another year.
        pair(
            Year,
            "How many payments were made in 2023?",
            PAYMENTS_2023,
            "How many payments were made in 2022?",
            PAYMENTS_2022,
        ),
        pair(
            Year,
            "revenue in 2023",
            REVENUE_2023,
            "revenue in 2022",
            REVENUE_2022,
        ),
        pair(
            Year,
            "monthly revenue in 2022",
            MONTHLY_REVENUE_2022,
            "monthly revenue in 2023",
            MONTHLY_REVENUE_2023,
        ),
        pair(
            Year,
            "How many rentals were there in 2022?",
            RENTALS_2022,
            "How many rentals were there in 2023?",
            RENTALS_2023,
        ),
        // Another month.
        pair(
            Month,
            "How many rentals were made in July 2022?",
            RENTALS_JULY_2022,
            "How many rentals were made in August 2022?",
            RENTALS_AUGUST_2022,
        ),
        pair(
            Month,
            "daily revenue in June 2022",
            DAILY_REVENUE_JUNE_2022,
            "daily revenue in July 2022",
            DAILY_REVENUE_JULY_2022,
        ),
        pair(
            Month,
            "revenue in August 2022",
            REVENUE_AUGUST_2022,
            "revenue in September 2022",
            REVENUE_SEPTEMBER_2022,
        ),
        // Another value.
        pair(
            Value,
            "How many customers are from Canada?",
            CANADA_CUSTOMER_COUNT,
            "How many customers are from India?",
            INDIA_CUSTOMER_COUNT,
        ),
        pair(
            Value,
            "How many Comedy films are there?",
            COMEDY_FILMS,
            "How many Horror films are there?",
            HORROR_FILMS,
        ),
        pair(
            Value,
            "total replacement cost of horror films",
            HORROR_REPLACEMENT_COST,
            "total replacement cost of comedy films",
            COMEDY_REPLACEMENT_COST,
        ),
        pair(
            Value,
            "How many French films are there?",
            FRENCH_FILMS,
            "How many English films are there?",
            ENGLISH_FILMS,
        ),
        pair(
            Value,
            "How many PG-13 films are there?",
            PG13_FILMS,
            "How many NC-17 films are there?",
            NC17_FILMS,
        ),
        // Another N or number.
        pair(
            Number,
            "Which 3 countries have the most cities?",
            TOP_3_COUNTRIES_BY_CITIES,
            "Which 5 countries have the most cities?",
            TOP_5_COUNTRIES_BY_CITIES,
        ),
        pair(
            Number,
            "top 3 categories by revenue",
            TOP_3_CATEGORIES,
            "top 5 categories by revenue",
            TOP_5_CATEGORIES,
        ),
        pair(
            Number,
            "How many films are longer than 150 minutes?",
            LONGER_THAN_150,
            "How many films are longer than 120 minutes?",
            LONGER_THAN_120,
        ),
        // Another measure.
        pair(
            Metric,
            "average rental rate by rating",
            AVG_RATE_BY_RATING,
            "average replacement cost by rating",
            AVG_COST_BY_RATING,
        ),
        pair(
            Metric,
            "revenue by country",
            REVENUE_BY_COUNTRY,
            "number of payments by country",
            PAYMENTS_BY_COUNTRY,
        ),
        pair(
            Metric,
            "How many rentals did each staff member process?",
            RENTALS_PER_STAFF,
            "How many payments did each staff member process?",
            PAYMENTS_PER_STAFF,
        ),
        pair(
            Metric,
            "What is the largest payment?",
            LARGEST_PAYMENT,
            "What is the smallest payment?",
            SMALLEST_PAYMENT,
        ),
        pair(
            Metric,
            "What is the highest rental rate?",
            HIGHEST_RATE,
            "What is the lowest rental rate?",
            LOWEST_RATE,
        ),
        // Another grouping.
        pair(
            Grouping,
            "number of films per rating",
            FILMS_PER_RATING,
            "number of films per language",
            FILMS_PER_LANGUAGE,
        ),
        pair(
            Grouping,
            "average rental rate by rating",
            AVG_RATE_BY_RATING,
            "average rental rate by category",
            AVG_RATE_BY_CATEGORY,
        ),
        pair(
            Grouping,
            "revenue by country",
            REVENUE_BY_COUNTRY,
            "revenue by category",
            CATEGORY_REVENUE,
        ),
        pair(
            Grouping,
            "how many customers in each country",
            CUSTOMERS_PER_COUNTRY,
            "how many cities in each country",
            CITIES_PER_COUNTRY,
        ),
        // Another ordering direction.
        pair(
            Ordering,
            "top 3 categories by revenue",
            TOP_3_CATEGORIES,
            "bottom 3 categories by revenue",
            BOTTOM_3_CATEGORIES,
        ),
        pair(
            Ordering,
            "How many films have a rental rate above 3?",
            RATE_ABOVE_3,
            "How many films have a rental rate below 3?",
            RATE_BELOW_3,
        ),
        // Another kind of period or grain.
        pair(
            Period,
            "monthly revenue in 2022",
            MONTHLY_REVENUE_2022,
            "quarterly revenue in 2022",
            QUARTERLY_REVENUE_2022,
        ),
        pair(
            Period,
            "payments per year",
            PAYMENTS_PER_YEAR,
            "payments per month",
            PAYMENTS_PER_MONTH,
        ),
        pair(
            Period,
            "revenue in 2022",
            REVENUE_2022,
            "revenue in Q3 2022",
            REVENUE_Q3_2022,
        ),
        pair(
            Period,
            "How many rentals were made in July 2022?",
            RENTALS_JULY_2022,
            "How many rentals were made in Q3 2022?",
            RENTALS_Q3_2022,
        ),
    ]
}
