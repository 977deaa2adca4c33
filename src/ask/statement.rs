//! Recognizes the ASK statement forms in a Query or Parse text (README.md, "Asking
//! questions", shows them in use): `ASK '…'` with standard, `E''` or dollar quoting; a
//! statement made only of comments whose first `ask:` comment holds the question;
//! `EXPLAIN [(FORMAT TEXT|JSON)] ASK '…'`. Anything else is SQL for the guard.

use crate::error::{sqlstate, ClientError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExplainFormat {
    Text,
    Json,
}

/// A recognized question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskStatement {
    pub question: String,
    /// `Some` for EXPLAIN ASK: report what would run, without running it.
    pub explain: Option<ExplainFormat>,
}

/// The question in `sql`, `None` when it is ordinary SQL, or an error for a malformed or
/// mixed ASK.
pub fn recognize(sql: &str) -> Result<Option<AskStatement>, ClientError> {
    // Fast path: every form contains "ask" somewhere.
    if !crate::protocol::mentions(sql, "ask") {
        return Ok(None);
    }
    let mut lexer = Lexer { text: sql, pos: 0 };
    let comment_question = lexer.skip_trivia();
    let before_semicolon = lexer.pos;
    if comment_question.is_some() && lexer.peek() == Some(';') {
        lexer.pos += 1;
        lexer.skip_trivia();
        if !lexer.at_end() {
            lexer.pos = before_semicolon;
        }
    }
    if lexer.at_end() {
        return Ok(comment_question.map(|question| AskStatement {
            question,
            explain: None,
        }));
    }
    let start = lexer.pos;
    let mut explain = None;
    match lexer.word().as_deref() {
        Some("ask") => {}
        Some("explain") => {
            lexer.skip_trivia();
            explain = Some(ExplainFormat::Text);
            if lexer.peek() == Some('(') {
                explain = Some(lexer.explain_options()?);
                lexer.skip_trivia();
            }
            if lexer.word().as_deref() != Some("ask") {
                return lexer.check_not_mixed(start);
            }
        }
        _ => return lexer.check_not_mixed(start),
    }
    lexer.skip_trivia();
    let question = lexer.string_literal()?;
    lexer.skip_trivia();
    if lexer.peek() == Some(';') {
        lexer.pos += 1;
        lexer.skip_trivia();
    }
    if !lexer.at_end() {
        return Err(mixed());
    }
    let question = question.trim().to_owned();
    if question.is_empty() {
        return Err(
            ClientError::error(sqlstate::INVALID_PARAMETER_VALUE, "ASK needs a question")
                .with_hint("Write the question in quotes: ASK 'top 5 customers by revenue'."),
        );
    }
    Ok(Some(AskStatement { question, explain }))
}

fn mixed() -> ClientError {
    ClientError::error(
        sqlstate::FEATURE_NOT_SUPPORTED,
        "ASK cannot be combined with other statements in one query string",
    )
    .with_hint("Send the ASK statement on its own.")
}

fn malformed(message: &str) -> ClientError {
    ClientError::error(
        sqlstate::SYNTAX_ERROR,
        format!("malformed ASK statement: {message}"),
    )
    .with_hint("Write ASK 'question', ASK E'question' or ASK $$question$$.")
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn at_end(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// Skips whitespace and comments; returns the question of the first `ask:` comment.
    fn skip_trivia(&mut self) -> Option<String> {
        let mut question = None;
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.pos += rest.len() - trimmed.len();
            let comment = if trimmed.starts_with("--") {
                let end = trimmed.find('\n').unwrap_or(trimmed.len());
                let body = &trimmed[2..end];
                self.pos += end;
                body.to_owned()
            } else if let Some(after) = trimmed.strip_prefix("/*") {
                let end = crate::guard::block_comment(trimmed.as_bytes(), 0);
                // An unterminated comment runs to the end of the text.
                let body = match end {
                    Some(end) => &trimmed[2..end - 2],
                    None => after,
                };
                self.pos += end.unwrap_or(trimmed.len());
                body.to_owned()
            } else {
                return question;
            };
            if question.is_none() {
                let body = comment.trim();
                if body.len() >= 4 && body.as_bytes()[..4].eq_ignore_ascii_case(b"ask:") {
                    question = Some(body[4..].trim().to_owned()).filter(|q| !q.is_empty());
                }
            }
        }
    }

    /// A keyword or identifier, lower case.
    fn word(&mut self) -> Option<String> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if len == 0 {
            return None;
        }
        self.pos += len;
        Some(rest[..len].to_lowercase())
    }

    /// `(FORMAT TEXT|JSON)` after EXPLAIN.
    fn explain_options(&mut self) -> Result<ExplainFormat, ClientError> {
        self.pos += 1;
        self.skip_trivia();
        let mut format: ExplainFormat;
        loop {
            match self.word().as_deref() {
                Some("format") => {
                    self.skip_trivia();
                    format = match self.word().as_deref() {
                        Some("text") => ExplainFormat::Text,
                        Some("json") => ExplainFormat::Json,
                        other => {
                            return Err(ClientError::error(
                                sqlstate::FEATURE_NOT_SUPPORTED,
                                format!(
                                    "EXPLAIN ASK supports FORMAT TEXT and FORMAT JSON, not {}",
                                    other.unwrap_or("this")
                                ),
                            ))
                        }
                    };
                }
                Some(option) => {
                    return Err(ClientError::error(
                        sqlstate::FEATURE_NOT_SUPPORTED,
                        format!("EXPLAIN ASK does not take the option {option}"),
                    )
                    .with_hint("Only FORMAT TEXT or FORMAT JSON is accepted."))
                }
                None => return Err(malformed("expected FORMAT in EXPLAIN options")),
            }
            self.skip_trivia();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_trivia();
                }
                Some(')') => {
                    self.pos += 1;
                    return Ok(format);
                }
                _ => return Err(malformed("unclosed EXPLAIN options")),
            }
        }
    }

    /// A standard, escape (`E'…'`) or dollar-quoted string.
    fn string_literal(&mut self) -> Result<String, ClientError> {
        let rest = self.rest();
        if let Some(body) = rest.strip_prefix('\'') {
            let (value, len) =
                quoted(body, false).ok_or_else(|| malformed("unterminated string"))?;
            self.pos += 1 + len;
            return Ok(value);
        }
        if (rest.starts_with("E'") || rest.starts_with("e'")) && rest.len() > 2 {
            let (value, len) =
                quoted(&rest[2..], true).ok_or_else(|| malformed("unterminated string"))?;
            self.pos += 2 + len;
            return Ok(value);
        }
        let dollar = rest.strip_prefix('$');
        if rest.starts_with('?')
            || dollar.is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Err(parameter());
        }
        if let Some(after) = dollar {
            let tag_end = after
                .find('$')
                .map(|i| i + 2)
                .ok_or_else(|| malformed("unterminated dollar quote"))?;
            let tag = &rest[..tag_end];
            if !tag[1..tag.len() - 1]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_')
            {
                return Err(malformed("invalid dollar-quote tag"));
            }
            let body = &rest[tag_end..];
            let close = body
                .find(tag)
                .ok_or_else(|| malformed("unterminated dollar quote"))?;
            self.pos += tag_end + close + tag.len();
            return Ok(body[..close].to_owned());
        }
        Err(malformed(
            "expected the question as a string literal after ASK",
        ))
    }

    /// Not an ASK at the start: refuse ASK statements later in the same string.
    fn check_not_mixed(&mut self, _start: usize) -> Result<Option<AskStatement>, ClientError> {
        if later_statement_is_ask(self.text) {
            return Err(mixed());
        }
        Ok(None)
    }
}

fn parameter() -> ClientError {
    ClientError::error(
        sqlstate::FEATURE_NOT_SUPPORTED,
        "ASK takes its question as a literal, not a parameter",
    )
}

/// The body of a quoted string after its opening quote: (value, bytes consumed including
/// the closing quote). `escapes`: backslash escapes of E'' strings.
fn quoted(text: &str, escapes: bool) -> Option<(String, usize)> {
    let mut value = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\'' => {
                if let Some((_, '\'')) = chars.peek() {
                    chars.next();
                    value.push('\'');
                } else {
                    return Some((value, i + 1));
                }
            }
            '\\' if escapes => {
                let (_, e) = chars.next()?;
                match e {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => value.push('\r'),
                    'b' => value.push('\u{8}'),
                    'f' => value.push('\u{c}'),
                    'x' => {
                        let mut code = 0u32;
                        for _ in 0..2 {
                            match chars.peek().and_then(|(_, d)| d.to_digit(16)) {
                                Some(d) => {
                                    code = code * 16 + d;
                                    chars.next();
                                }
                                None => break,
                            }
                        }
                        value.push(char::from_u32(code)?);
                    }
                    'u' | 'U' => {
                        let digits = if e == 'u' { 4 } else { 8 };
                        let mut code = 0u32;
                        for _ in 0..digits {
                            code = code * 16 + chars.next()?.1.to_digit(16)?;
                        }
                        value.push(char::from_u32(code)?);
                    }
                    other => value.push(other),
                }
            }
            c => value.push(c),
        }
    }
    None
}

/// Whether any statement after the first (split on top-level semicolons) starts with ASK
/// or EXPLAIN ASK, or is only an `ask:` comment.
fn later_statement_is_ask(sql: &str) -> bool {
    use sqlparser::dialect::PostgreSqlDialect;
    use sqlparser::tokenizer::{Token, Tokenizer};
    let Ok(tokens) = Tokenizer::new(&PostgreSqlDialect {}, sql).tokenize() else {
        return false;
    };
    let mut statements: Vec<Vec<&Token>> = vec![Vec::new()];
    for token in &tokens {
        match token {
            Token::SemiColon => statements.push(Vec::new()),
            Token::Whitespace(_) => {}
            t => statements.last_mut().expect("one").push(t),
        }
    }
    statements.iter().skip(1).any(|words| {
        let word = |i: usize| match words.get(i) {
            Some(Token::Word(w)) => w.value.to_lowercase(),
            _ => String::new(),
        };
        word(0) == "ask"
            || (word(0) == "explain"
                && (word(1) == "ask"
                    || words.iter().any(
                        |t| matches!(t, Token::Word(w) if w.value.eq_ignore_ascii_case("ask")),
                    )))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(sql: &str) -> Option<AskStatement> {
        recognize(sql).unwrap()
    }

    fn ask(q: &str) -> Option<AskStatement> {
        Some(AskStatement {
            question: q.into(),
            explain: None,
        })
    }

    #[test]
    fn recognizes_every_form() {
        assert_eq!(question("ASK 'top 5 customers'"), ask("top 5 customers"));
        assert_eq!(question("  ask 'it''s revenue' ; "), ask("it's revenue"));
        assert_eq!(question("ASK E'line\\none \\'q\\''"), ask("line\none 'q'"));
        assert_eq!(question("ASK $$what's up$$;"), ask("what's up"));
        assert_eq!(question("ASK $q$a $$ b$q$"), ask("a $$ b"));
        assert_eq!(question("-- ask: revenue by year"), ask("revenue by year"));
        assert_eq!(
            question("-- Metabase:: userID: 1 queryType: native\n-- ASK: revenue by year\n"),
            ask("revenue by year")
        );
        assert_eq!(question("/* ask: top products */;"), ask("top products"));
        assert_eq!(question("/* note */ ASK 'x' -- trailing"), ask("x"),);
        assert_eq!(
            question("EXPLAIN ASK 'x'"),
            Some(AskStatement {
                question: "x".into(),
                explain: Some(ExplainFormat::Text)
            })
        );
        assert_eq!(
            question("explain (format json) ask 'x'"),
            Some(AskStatement {
                question: "x".into(),
                explain: Some(ExplainFormat::Json)
            })
        );
    }

    #[test]
    fn leaves_sql_alone() {
        for sql in [
            "SELECT 1",
            "SELECT 'ask me' AS task",
            "SELECT ask FROM t",
            "-- ask: a comment before SQL\nSELECT 1",
            "EXPLAIN SELECT * FROM tasks",
            "-- just a comment",
            "SELECT * FROM basket",
        ] {
            assert_eq!(question(sql), None, "{sql}");
        }
    }

    #[test]
    fn refuses_mixed_and_malformed() {
        for (sql, code) in [
            ("ASK 'x'; SELECT 1", "0A000"),
            ("SELECT 1; ASK 'x'", "0A000"),
            ("SELECT 1; EXPLAIN ASK 'x'", "0A000"),
            ("ASK 'unterminated", "42601"),
            ("ASK revenue", "42601"),
            ("ASK ''", "22023"),
            ("ASK $1", "0A000"),
            ("EXPLAIN (ANALYZE) ASK 'x'", "0A000"),
            ("EXPLAIN (FORMAT YAML) ASK 'x'", "0A000"),
        ] {
            let err = recognize(sql).unwrap_err();
            assert_eq!(err.code, code, "{sql}: {}", err.message);
        }
    }
}
