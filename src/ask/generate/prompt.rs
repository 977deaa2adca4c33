//! The chat prompt for SQL generation and the parsing of the model's answer.
//!
//! The prompt holds the dialect and rules, the retrieved context (schema, joins, glossary,
//! examples, notes — never result rows), the session's recent questions with their SQL,
//! the question, the intent the question engine read with its compiled SQL (when it read
//! one), and for a repair the rejected SQL with its error.

use super::GenerationRequest;

/// The system message: dialect and rules.
pub fn system(max_rows: u64) -> String {
    format!(
        "You translate questions about a PostgreSQL database into one SQL query.\n\
Rules:\n\
- Write PostgreSQL SQL: exactly one read-only SELECT (WITH … SELECT allowed). Never write \
INSERT, UPDATE, DELETE, DDL, SET, COPY or calls to functions with side effects.\n\
- Use only the tables and columns listed in the schema context; qualify ambiguous columns \
with table aliases; join along the listed foreign keys.\n\
- Follow the glossary's definitions and the examples' conventions for business terms and dates.\n\
- Return at most {max_rows} rows; add ORDER BY when the question implies an order.\n\
- Give readable column aliases; round money to 2 decimals.\n\
- If the question cannot be answered from the schema, answer with a SQL comment \
starting with -- cannot answer: and the reason.\n\
Answer with the SQL in one ```sql code block and nothing else."
    )
}

/// The user message for one attempt.
pub fn user(request: &GenerationRequest<'_>) -> String {
    let mut out = String::new();
    out.push_str("### Context\n");
    out.push_str(&request.context.text);
    if !request.history.is_empty() {
        out.push_str("\n### Earlier questions in this session (most recent last)\n");
        for turn in request.history {
            out.push_str(&format!("Q: {}\nSQL:\n{}\n", turn.question, turn.sql));
        }
        out.push_str(
            "The new question may be a follow-up: resolve references like \"that\", \"what about 2011\" from these.\n",
        );
    }
    out.push_str(&format!("\n### Question\n{}\n", request.question));
    if let Some(understood) = request.intent {
        out.push_str(&format!(
            "\n### Intent\naskpg's question engine read the question as this intent (JSON; \
             table and term numbers are its own) and compiled it to the SQL below. Keep its \
             measures, groupings, filters and ordering unless the question says otherwise.\n\
             {}\n```sql\n{}\n```\n",
            understood.intent.key(),
            understood.sql
        ));
    }
    if !request.rejected.is_empty() {
        out.push_str("\n### Rejected attempts\n");
        for attempt in request.rejected {
            out.push_str(&format!(
                "This SQL was rejected:\n```sql\n{}\n```\nError ({}): {}\n",
                attempt.sql, attempt.code, attempt.error
            ));
        }
        out.push_str("Write a corrected query that avoids these errors.\n");
    }
    out
}

/// What the model answered.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    Sql(String),
    /// The model says the question cannot be answered, with its reason.
    CannotAnswer(String),
    /// No SQL could be found in the answer.
    Nothing,
}

/// Extracts the SQL from an answer: a ```sql fence, any fence, or the text from the first
/// SELECT/WITH on; surrounding prose is ignored.
pub fn parse_answer(answer: &str) -> Parsed {
    let candidate = fenced(answer).unwrap_or_else(|| bare_sql(answer));
    let candidate = candidate.trim();
    if let Some(reason) = cannot_answer(candidate).or_else(|| cannot_answer(answer)) {
        if !starts_with_query(candidate) {
            return Parsed::CannotAnswer(reason);
        }
    }
    if starts_with_query(candidate) || starts_with_query(strip_leading_comments(candidate)) {
        let sql = candidate.trim().trim_end_matches(';').trim().to_owned();
        return Parsed::Sql(sql);
    }
    Parsed::Nothing
}

fn cannot_answer(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find("-- cannot answer:")?;
    let rest = &text[at + "-- cannot answer:".len()..];
    Some(rest.lines().next().unwrap_or_default().trim().to_owned())
}

/// The contents of the first fenced block, preferring one labelled sql.
fn fenced(answer: &str) -> Option<String> {
    let mut blocks = Vec::new();
    let mut rest = answer;
    while let Some(open) = rest.find("```") {
        let after = &rest[open + 3..];
        let line_end = after.find('\n').unwrap_or(after.len());
        let label = after[..line_end].trim().to_lowercase();
        let body_start = (line_end + 1).min(after.len());
        let body = &after[body_start..];
        let close = body.find("```").unwrap_or(body.len());
        blocks.push((label, body[..close].to_owned()));
        rest = if close < body.len() {
            &body[close + 3..]
        } else {
            ""
        };
    }
    let sql = blocks
        .iter()
        .find(|(label, _)| label == "sql" || label == "postgresql" || label == "pgsql")
        .or_else(|| blocks.first())?;
    Some(sql.1.clone())
}

fn strip_leading_comments(text: &str) -> &str {
    let mut rest = text.trim_start();
    while rest.starts_with("--") {
        rest = rest.find('\n').map_or("", |i| &rest[i + 1..]).trim_start();
    }
    rest
}

fn starts_with_query(text: &str) -> bool {
    let head: String = strip_leading_comments(text)
        .chars()
        .take(7)
        .collect::<String>()
        .to_uppercase();
    head.starts_with("SELECT") || head.starts_with("WITH") || head.starts_with('(')
}

/// From the first line starting a query to the first semicolon or blank-line-then-prose.
fn bare_sql(answer: &str) -> String {
    let lines: Vec<&str> = answer.lines().collect();
    let Some(start) = lines.iter().position(|l| starts_with_query(l)) else {
        return answer.to_owned();
    };
    let mut sql = Vec::new();
    for line in &lines[start..] {
        if line.trim().is_empty() && !sql.is_empty() {
            break;
        }
        sql.push(*line);
        if line.trim_end().ends_with(';') {
            break;
        }
    }
    sql.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_sql_in_fences_prose_and_bare_answers() {
        let sql = |s: &str| Parsed::Sql(s.to_owned());
        assert_eq!(
            parse_answer("Sure!\n```sql\nSELECT 1;\n```\nThis counts."),
            sql("SELECT 1")
        );
        assert_eq!(
            parse_answer("```\nWITH x AS (SELECT 1) SELECT * FROM x\n```"),
            sql("WITH x AS (SELECT 1) SELECT * FROM x")
        );
        assert_eq!(
            parse_answer("Here you go:\n\nSELECT a,\n  b FROM t;\n\nIt returns a and b."),
            sql("SELECT a,\n  b FROM t")
        );
        assert_eq!(parse_answer("select 2"), sql("select 2"));
        assert_eq!(
            parse_answer("```text\nnotes\n```\n```sql\nSELECT 3\n```"),
            sql("SELECT 3")
        );
        assert_eq!(
            parse_answer("```sql\n-- cannot answer: no weather data\n```"),
            Parsed::CannotAnswer("no weather data".into())
        );
        assert_eq!(parse_answer("I don't know."), Parsed::Nothing);
        assert_eq!(parse_answer(""), Parsed::Nothing);
    }
}
