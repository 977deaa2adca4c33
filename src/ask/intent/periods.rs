//! Periods and values: which column a year, quarter, month, date or open-ended period
//! ("since 2023") applies to, which column a known value filters, and the time groups of
//! a grain ("monthly"). The date a period applies to is the one named, else the nearest
//! to the tables measured: of one table's dates, the one named after the table
//! (`rental.rental_date`), never a bookkeeping date (`last_update`).

use crate::ask::literals::{Literal, LiteralValue, Period};
use crate::ask::vocab::grammar::Grain;
use crate::ask::vocab::stem;

use super::context::resolve_column;
use super::parse::{Bound, Unread};
use super::schema::{Model, Role};
use super::{ColumnRef, Filter, Group, Shape};

mod spans;
use spans::ENDINGS;
pub(super) use spans::{end_date, span, starts_only};

/// Words of a date column's name that say when a row was last touched, not when what it
/// records happened.
const BOOKKEEPING: &[&str] = &[
    "update", "updated", "modified", "changed", "synced", "loaded", "recorded", "ingested",
    "inserted", "imported",
];

pub(super) fn is_bookkeeping(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| BOOKKEEPING.iter().any(|b| stem(b) == *w))
}

/// The column a framework writes when it makes a row (Rails' and Django's `created_at`,
/// Prisma's `createdAt`).
pub(super) fn is_framework_created(name: &str) -> bool {
    matches!(name, "created_at" | "createdAt")
}

/// A date of birth: what a period never applies to unless it is named ("born in 1990").
fn is_birth(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| matches!(w.as_str(), "birth" | "dob" | "birthday"))
}

/// Words of a date column's name that say when its row was created.
const CREATION: &[&str] = &[
    "joined",
    "signup",
    "registered",
    "registration",
    "enrolled",
    "created",
    "creation",
    "booked",
    "booking",
    "placed",
    "submitted",
    "opened",
    "issued",
    "issue",
    "raised",
    "filed",
    "ordered",
    "requested",
    "quoted",
    "logged",
];

/// The one date of `bases` whose name says when the row was created (`created_at`,
/// `booked_on`): what "made in 2023" dates.
pub(super) fn creation_date(model: &Model, bases: &[usize]) -> Option<ColumnRef> {
    let created: Vec<ColumnRef> = model.columns_where(bases, |c| {
        c.role == Role::Time
            && (c.words
                .iter()
                .any(|w| CREATION.iter().any(|k| stem(k) == *w))
                // `signed_up_at`
                || c.words.windows(2).any(|p| p[0] == "sign" && p[1] == "up"))
    });
    match &created[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The time columns of table `t` a period may apply to: the one named after the table or
/// its verb when there is one, else all but bookkeeping dates.
pub(super) fn dates_of(model: &Model, t: usize) -> Vec<ColumnRef> {
    let table = &model.tables[t];
    let dates: Vec<&super::schema::ColumnModel> = table
        .columns
        .iter()
        .filter(|c| {
            c.role == Role::Time
                && !is_bookkeeping(&c.words)
                && !is_birth(&c.words)
                // When a row was marked removed dates nothing a period asks of it.
                && table.removed.as_ref() != Some(&c.name)
        })
        .collect();
    // Named after the table, or after its verb (`payments.paid_on`), or a word of its
    // name run together (`purchaseorders.orderdate`).
    let own: Vec<&&super::schema::ColumnModel> = dates
        .iter()
        .filter(|c| {
            c.words.iter().any(|w| {
                table.words.contains(w)
                    || (w.len() >= 4
                        && table.words.len() == 1
                        && table.words[0].len() > w.len() + 2
                        && table.words[0].contains(w.as_str()))
                    || table
                        .words
                        .iter()
                        .any(|t| crate::ask::vocab::nominalizes(t, w))
            })
        })
        .collect();
    let mut chosen: Vec<&super::schema::ColumnModel> = match own[..] {
        [one] => vec![*one],
        _ => dates,
    };
    // "jobs in 2024" of `ordered_on` beside `due_date`, "quotes declined in Q4" beside
    // `valid_until`: a deadline dates nothing unless named.
    let deadline = |c: &super::schema::ColumnModel| {
        c.words.iter().any(|w| {
            ["due", "deadlin", "until", "expir", "valid"]
                .iter()
                .any(|d| w.starts_with(d))
        })
    };
    if chosen.len() > 1 && chosen.iter().any(|c| !deadline(c)) {
        chosen.retain(|c| !deadline(c));
    }
    // A framework's `created_at` beside `updated_at` is when the row was written; a date
    // of what the row records (`occurred_at`, `received_on`) is what a period means.
    // (So is one beside dates kept as `yyyymmdd` keys, which a loader wrote.)
    let stamped = table
        .columns
        .iter()
        .any(|c| c.role == Role::Time && (is_bookkeeping(&c.words) || c.date_key));
    let written = |c: &super::schema::ColumnModel| is_framework_created(&c.name);
    let ending = |c: &super::schema::ColumnModel| {
        c.words
            .iter()
            .any(|w| ENDINGS.iter().any(|e| stem(e) == *w))
    };
    // (Unless a date left is a later stage of the row, `shipped_at` of an order: then the
    // order's own date may well be when it was written.)
    // (A sign-up, `signed_up_on`, is no later stage: it is the row's own beginning.)
    let signed_up =
        |c: &super::schema::ColumnModel| c.words.windows(2).any(|p| p[0] == "sign" && p[1] == "up");
    let later = |c: &super::schema::ColumnModel| {
        !signed_up(c)
            && c.words.iter().any(|w| {
                [
                    "ship", "deliver", "paid", "pay", "complet", "close", "resolv", "return",
                    "refund", "approv", "reject", "confirm", "process", "publish", "sent", "sign",
                ]
                .iter()
                .any(|l| w.starts_with(l))
            })
    };
    let events: Vec<&&super::schema::ColumnModel> = chosen
        .iter()
        .filter(|c| !written(c) && !ending(c))
        .collect();
    if stamped && chosen.len() > 1 && !events.is_empty() && !events.iter().any(|c| later(c)) {
        chosen.retain(|c| !written(c));
    }
    // "appointments in 2024", "room bookings in Q3": when what was booked begins
    // (`starts_at`, `apt_start`), not when it was booked, created or checked in.
    let start = |c: &super::schema::ColumnModel| {
        let words = c.words.strip_prefix(&table.words[..]).unwrap_or(&c.words);
        // (`startdatetime` parts as "start date time".)
        matches!(words, [s, rest @ ..] if s == "start" && rest.len() <= 2)
            && words[1..].iter().all(|w| {
                ["at", "time", "date", "on", "datetime", "timestamp"]
                    .iter()
                    .any(|k| stem(k) == *w)
            })
    };
    let created = |c: &super::schema::ColumnModel| {
        written(c)
            || c.words
                .iter()
                .any(|w| CREATION.iter().any(|k| stem(k) == *w))
    };
    let starts: Vec<&super::schema::ColumnModel> =
        chosen.iter().copied().filter(|c| start(c)).collect();
    // ("calls in 2024" of `started_at` beside `answered_at`: the start is the row's own
    // date; an answer, an end, come later.)
    let stages_after =
        |c: &super::schema::ColumnModel| created(c) || ending(c) || later(c) || c.nullable;
    if let [one] = starts[..] {
        if chosen.iter().any(|c| created(c))
            || chosen
                .iter()
                .all(|c| std::ptr::eq(*c, one) || stages_after(c))
        {
            chosen = vec![one];
        }
    }
    let columns = chosen
        .into_iter()
        .map(|c| ColumnRef {
            table: t,
            column: c.name.clone(),
        })
        .collect();
    starts_only(model, columns)
}

/// The tables whose rows refer to `t`'s and have a date of their own (its events).
pub(super) fn dated_children(model: &Model, t: usize) -> Vec<usize> {
    model
        .children(t)
        .into_iter()
        .filter(|&c| !dates_of(model, c).is_empty())
        .collect()
}

/// The time column nearest the base tables (or the one named).
pub(super) fn time_column(
    model: &Model,
    bases: &[usize],
    named: Option<&ColumnRef>,
) -> Result<ColumnRef, Unread> {
    if let Some(column) = named {
        return Ok(column.clone());
    }
    let mut best: Option<(usize, Vec<ColumnRef>)> = None;
    for base in bases {
        let paths = model.paths(*base);
        for t in 0..model.tables.len() {
            // A date up the foreign keys dates the row ("order lines in 2024": the order's
            // date); one down them dates other rows ("customers in 2024" is no question
            // about the customers' orders).
            let Some(Some(path)) = paths.get(t).filter(|p| {
                p.as_ref()
                    .is_some_and(|p| p.iter().all(|(_, upward)| *upward))
            }) else {
                continue;
            };
            for column in dates_of(model, t) {
                match &mut best {
                    Some((d, list)) if *d == path.len() => {
                        if !list.contains(&column) {
                            list.push(column)
                        }
                    }
                    Some((d, _)) if *d < path.len() => {}
                    _ => best = Some((path.len(), vec![column])),
                }
            }
        }
    }
    // "goals per month": the match's kickoff, not when a framework wrote the player's
    // row (`created_at` of another table as near).
    if let Some((_, list)) = &mut best {
        let written = |c: &ColumnRef| !bases.contains(&c.table) && is_framework_created(&c.column);
        if list.len() > 1 && list.iter().any(|c| !written(c)) {
            list.retain(|c| !written(c));
        }
    }
    // In a star schema the facts are dated by the calendar they refer to (`dim_date`),
    // not by the dates that describe the other dimensions (a store's opening).
    if let Some((_, list)) = &mut best {
        let calendar: Vec<ColumnRef> = list
            .iter()
            .filter(|c| !bases.contains(&c.table) && is_calendar(model, c.table))
            .cloned()
            .collect();
        if calendar.len() == 1 {
            *list = calendar;
        }
    }
    match best {
        Some((_, list)) if list.len() == 1 => Ok(list[0].clone()),
        Some((_, list)) => Err(Unread::Ambiguous {
            what: "the date a period applies to".into(),
            readings: list
                .iter()
                .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                .collect(),
            rephrase: Vec::new(),
        }),
        None => Err(Unread::Unsupported("a period, but no date column".into())),
    }
}

/// Whether table `t` is a calendar (a date dimension: `dim_date`, `calendar`): named for
/// dates or days, with a date column and number columns for the year and the month.
pub(super) fn is_calendar(model: &Model, t: usize) -> bool {
    let table = &model.tables[t];
    let named = table
        .words
        .iter()
        .any(|w| matches!(w.as_str(), "date" | "calendar" | "day" | "time" | "period"));
    let has = |word: &str| {
        table
            .columns
            .iter()
            .any(|c| c.role == Role::Number && c.words.iter().any(|w| w == word))
    };
    named && table.columns.iter().any(|c| c.role == Role::Time) && has("year") && has("month")
}

/// The time column nearest the base tables; when two are as near, the one of them nearest
/// the other tables the question names ("customers who ordered in 2005": the orders' date,
/// not the payments').
fn time_column_near(
    model: &Model,
    bases: &[usize],
    near: &[usize],
    named: Option<&ColumnRef>,
) -> Result<ColumnRef, Unread> {
    match time_column(model, bases, named) {
        // "customers who ordered in 2005": the date of the orders the question names.
        Err(Unread::Unsupported(what)) => {
            let others: Vec<usize> = near
                .iter()
                .filter(|t| !bases.contains(t))
                .copied()
                .collect();
            time_column(model, &others, None).map_err(|_| Unread::Unsupported(what))
        }
        Err(Unread::Ambiguous {
            what,
            readings,
            rephrase,
        }) => {
            let others: Vec<usize> = near
                .iter()
                .filter(|t| !bases.contains(t))
                .copied()
                .collect();
            // "patients who had an appointment in 2022": the appointments' one date, not
            // one of the patients' own.
            let below = |column: &ColumnRef| below_all(model, bases, column.table);
            match time_column(model, &others, None) {
                Ok(column)
                    if readings.contains(&format!(
                        "{}.{}",
                        model.tables[column.table].name, column.column
                    )) || below(&column) =>
                {
                    Ok(column)
                }
                _ => Err(Unread::Ambiguous {
                    what,
                    readings,
                    rephrase,
                }),
            }
        }
        other => other,
    }
}

/// Whether table `t` is reached from every base table down foreign keys only (the rows
/// that refer to them: a customer's orders).
fn below_all(model: &Model, bases: &[usize], t: usize) -> bool {
    bases.iter().all(|&b| {
        model
            .paths(b)
            .get(t)
            .cloned()
            .flatten()
            .is_some_and(|p| !p.is_empty() && p.iter().all(|(_, up)| !up))
    })
}

/// The filter a literal makes: a value on the column that holds it (nearest `near`), or a
/// period on the time column; `bound` leaves one end of the period open.
/// What the question names around a literal: the time column, and the table named last
/// before it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Named<'a> {
    pub time: Option<&'a ColumnRef>,
    pub before: Option<usize>,
}

pub(super) fn literal_filter(
    model: &Model,
    bases: &[usize],
    near: &[usize],
    named: Named<'_>,
    literal: &Literal,
    bound: Option<Bound>,
) -> Result<Filter, Unread> {
    let named_time = named.time;
    let (from, until) = match &literal.value {
        LiteralValue::Value(value) => {
            let candidates = model.source_columns(&value.sources);
            let column = resolve_column(near, &candidates)?;
            // "customers in Boston" when only `offices.city` is known to hold Boston: the
            // customers' own `city` may hold it too, unsampled.
            if !bases.contains(&column.table)
                && bases.iter().any(|&b| {
                    let own = ColumnRef {
                        table: b,
                        column: column.column.clone(),
                    };
                    // Unless all its values are known (sampled), and this is none of them.
                    model
                        .column(b, &column.column)
                        .is_some_and(|c| c.values.is_empty())
                        && !candidates.contains(&own)
                })
            {
                return Err(Unread::Ambiguous {
                    what: format!("the {} \"{}\" is in", column.column, literal.text),
                    readings: vec![
                        format!("{}.{}", model.tables[column.table].name, column.column),
                        format!("{}.{}", model.tables[bases[0]].name, column.column),
                    ],
                    rephrase: Vec::new(),
                });
            }
            let stored = value
                .stored_in(&column.column)
                .unwrap_or(&value.key)
                .to_owned();
            return Ok(Filter::Equals {
                column,
                value: stored,
            });
        }
        LiteralValue::Year(_) | LiteralValue::Quarter { .. } | LiteralValue::Month { .. } => {
            let period: Period = literal.period().expect("a calendar literal");
            (period.start(), period.end())
        }
        LiteralValue::Date(date) => (*date, date.add_days(1)),
        LiteralValue::DateRange { from, to } => (*from, to.add_days(1)),
        _ => return Err(Unread::Unplaced(vec![literal.text.clone()])),
    };
    let (from, until) = match bound {
        None => (from.to_string(), until.to_string()),
        Some(Bound::Since) => (from.to_string(), String::new()),
        Some(Bound::After) => (until.to_string(), String::new()),
        Some(Bound::Before) => (String::new(), from.to_string()),
    };
    // "customers who placed an order in 2023": the period dates the rows named right
    // before it, below the ones counted, not the customers' own date.
    let below_bases = |t: usize| !bases.contains(&t) && below_all(model, bases, t);
    let column = match named
        .before
        .filter(|&t| named_time.is_none() && below_bases(t))
    {
        Some(t) => match dates_of(model, t)[..] {
            [ref one] => one.clone(),
            _ => time_column_near(model, bases, near, named_time)?,
        },
        None => time_column_near(model, bases, near, named_time)?,
    };
    Ok(Filter::Period {
        column,
        from,
        until,
    })
}

/// Grains become time groups on the period's column.
pub(super) fn with_time_groups(
    model: &Model,
    bases: &[usize],
    named_time: Option<&ColumnRef>,
    grains: &[Grain],
    shape: Shape,
) -> Result<Shape, Unread> {
    if grains.is_empty() {
        return Ok(shape);
    }
    let Shape::Aggregate {
        measures,
        mut groups,
    } = shape
    else {
        return Err(Unread::Unsupported("a time grain on a listing".into()));
    };
    let column = time_column(model, bases, named_time)?;
    for grain in grains {
        let group = Group::Time {
            column: column.clone(),
            grain: *grain,
        };
        // "for each month of 2024, month by month": one grouping said twice.
        if !groups.contains(&group) {
            groups.push(group);
        }
    }
    Ok(Shape::Aggregate { measures, groups })
}
