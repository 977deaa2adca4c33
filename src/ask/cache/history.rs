//! What a session's earlier questions may have lent a generated SQL: a literal only they
//! named that the SQL still shows depended on them, and is not stored.

use super::store::Scoped;
use crate::ask::literals::LiteralValue::{Month, Quarter, Year};
use crate::ask::literals::{extract, mentions, rebind, Literal};
use crate::ask::Turn;

/// A literal of the session's earlier questions, not named by this one, that `sql` shows
/// beyond the question's own periods.
pub(super) fn borrowed_literal(
    scoped: &Scoped,
    own: &[Literal],
    sql: &str,
    history: &[Turn],
) -> Option<Literal> {
    let values = scoped.reader.values();
    let rest = without_own_periods(sql, own).unwrap_or_else(|| sql.to_owned());
    history
        .iter()
        .flat_map(|turn| extract(&turn.question, values).literals)
        .filter(|earlier| !own.iter().any(|l| l.same_value(earlier)))
        .find(|earlier| mentions(&rest, earlier))
}

/// `sql` with the question's years, quarters and months moved a thousand years back: the
/// bounds of its own periods (2024 ends where 2025 starts, July 2024 lies in 2024) are not
/// an earlier question's literal. None when they cannot be moved with certainty.
fn without_own_periods(sql: &str, own: &[Literal]) -> Option<String> {
    let moved: Vec<Literal> = own
        .iter()
        .map(|literal| {
            let value = match literal.value.clone() {
                Year(year) => Year(year - 1000),
                Quarter { year, quarter } => Quarter {
                    year: year - 1000,
                    quarter,
                },
                Month { year, month } => Month {
                    year: year - 1000,
                    month,
                },
                other => other,
            };
            Literal {
                value,
                ..literal.clone()
            }
        })
        .collect();
    rebind(sql, own, &moved)
}
