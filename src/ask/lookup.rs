//! Values beyond the sample: a name in the question ("Alfreds Futterkiste", "Penelope
//! Guiness") looked up in the text columns that have too many values to sample. One bounded
//! statement upstream per question: equality against the question's phrases (as written,
//! lower, upper and title case), at most one row from each column, in a read-only
//! transaction under a statement timeout. Only columns marked searchable at introspection
//! are read (an index leads with them, or their table is small); sensitive ones never.

use std::time::Duration;

use tokio_postgres::Client;

use super::corpus::{quote_ident, Corpus};
use super::vocab;

/// A value the question names, found in a column.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundValue {
    pub table: usize,
    pub column: usize,
    pub value: String,
}

/// Words in a phrase at most, and phrases looked up at most.
const MAX_WORDS: usize = 4;
const MAX_PHRASES: usize = 40;

/// The phrases of a question that could be a value: runs of up to [`MAX_WORDS`] words
/// that start and end with a word that is not a stop word and hold one that is not a
/// number, each as written (with and without the punctuation that ends a word, as in
/// "Ltd."), in lower, upper and title case.
pub fn phrases(question: &str) -> Vec<String> {
    let raw: Vec<&str> = question
        .split(|c: char| c.is_whitespace() || ",;:!?\"()".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let trimmed: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let number = |w: &str| w.chars().all(|c| c.is_ascii_digit());
    let edge = |w: &str| w.chars().count() > 1 && !vocab::is_stop_word(&w.to_lowercase());
    let mut phrases: Vec<String> = Vec::new();
    for start in 0..raw.len() {
        if !edge(trimmed[start]) {
            continue;
        }
        for end in start..raw.len().min(start + MAX_WORDS) {
            let words = &trimmed[start..=end];
            if !edge(trimmed[end]) || words.iter().all(|w| number(w)) {
                continue;
            }
            let written = raw[start..=end].join(" ");
            let bare = words.join(" ");
            for phrase in [
                written.trim_start_matches(|c: char| !c.is_alphanumeric()),
                &bare,
            ] {
                for variant in [
                    phrase.to_owned(),
                    phrase.to_lowercase(),
                    phrase.to_uppercase(),
                    title_case(phrase),
                ] {
                    if !variant.is_empty() && !phrases.contains(&variant) {
                        phrases.push(variant);
                    }
                }
            }
        }
    }
    phrases.truncate(MAX_PHRASES * 8);
    phrases
}

fn title_case(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first
                    .to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The statement that looks `phrases` ($1) up in `columns`: one branch per column, each
/// an equality on the column with at most one row, labelled with its position.
pub fn statement(corpus: &Corpus, columns: &[(usize, usize)]) -> Option<String> {
    let branches: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, &(t, c))| {
            let table = &corpus.tables[t];
            let column = quote_ident(&table.columns[c].name);
            format!(
                "(SELECT {i}, {column}::text FROM {} WHERE {column} = ANY($1::text[]) LIMIT 1)",
                table.qualified()
            )
        })
        .collect();
    (!branches.is_empty()).then(|| branches.join(" UNION ALL "))
}

/// Looks the question's phrases up in `columns` through `client`, within `timeout`.
/// Nothing is found when the statement fails or times out (logged, never an error: the
/// question is answered from the rest of the context).
pub async fn look_up(
    client: &Client,
    corpus: &Corpus,
    question: &str,
    columns: &[(usize, usize)],
    timeout: Duration,
) -> Vec<FoundValue> {
    let phrases = phrases(question);
    let Some(sql) = statement(corpus, columns).filter(|_| !phrases.is_empty()) else {
        return Vec::new();
    };
    let begin = format!(
        "BEGIN READ ONLY; SET LOCAL statement_timeout = {}",
        timeout.as_millis().max(1)
    );
    // In turn, not pipelined: the query is prepared first, and must run inside the
    // transaction that carries the timeout.
    let parameters: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&phrases];
    if let Err(err) = client.batch_execute(&begin).await {
        tracing::debug!(error = %err, "value lookup: the transaction failed");
        return Vec::new();
    }
    let found = client.query(&sql, &parameters).await;
    if let Err(err) = client.batch_execute("ROLLBACK").await {
        tracing::debug!(error = %err, "value lookup: the transaction failed");
        return Vec::new();
    }
    let rows = match found {
        Ok(rows) => rows,
        Err(err) => {
            tracing::debug!(error = %err, "value lookup found nothing");
            return Vec::new();
        }
    };
    rows.iter()
        .filter_map(|row| {
            let i: i32 = row.get(0);
            let value: Option<String> = row.get(1);
            let &(table, column) = columns.get(usize::try_from(i).ok()?)?;
            Some(FoundValue {
                table,
                column,
                value: value?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_runs_of_content_words_in_four_spellings() {
        let p = phrases("How many orders did Alfreds Futterkiste place in 1997?");
        assert!(p.contains(&"Alfreds Futterkiste".to_owned()), "{p:?}");
        assert!(p.contains(&"ALFREDS FUTTERKISTE".to_owned()));
        assert!(p.contains(&"alfreds futterkiste".to_owned()));
        assert!(!p
            .iter()
            .any(|x| x == "1997" || x == "did" || x.starts_with("How")));
        let p = phrases("films penelope guiness acted in");
        assert!(p.contains(&"PENELOPE".to_owned()) && p.contains(&"Penelope Guiness".to_owned()));
        assert!(phrases("QUICK-Stop orders").contains(&"QUICK-Stop".to_owned()));
        let p = phrases("what did Land of Toys Inc. order");
        assert!(p.contains(&"Land of Toys Inc.".to_owned()), "{p:?}");
        assert!(phrases("orders by Euro+ Shopping Channel?")
            .contains(&"Euro+ Shopping Channel".to_owned()));
        assert!(phrases("units of the 1968 Ford Mustang sold")
            .contains(&"1968 Ford Mustang".to_owned()));
    }
}
