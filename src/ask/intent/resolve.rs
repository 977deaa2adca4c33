//! Which column a measure word or a ranking stands for. A word of the vocabulary asks for a
//! kind of measure ("revenue" is money, "expensive" a price); the columns that carry that
//! kind, by their name and type, are the candidates. One that carries it clearly more
//! surely than the others, or as surely but nearer the tables the question names, is the
//! answer; anything else is ambiguous and refused.

use crate::ask::vocab::measures::{column_measures, is_outgoing, Measure as Kind, MeasureWord};

use super::parse::Unread;
use super::schema::{Model, Role};
use super::ColumnRef;

mod lines;
pub(super) use lines::{line_quantity, per_unit, quantity_columns};

/// How much more surely one column must carry a measure than the next to be chosen
/// without looking at where it is.
const CLEARLY: f32 = 0.25;

/// How surely a column (its stemmed name words and type) carries one of `kinds`, weighted
/// by how surely the question asked for each.
fn carried(words: &[String], data_type: &str, kinds: &[(Kind, f32)]) -> f32 {
    column_measures(words, data_type)
        .iter()
        .flat_map(|(m, carried)| {
            kinds
                .iter()
                .filter(move |(k, _)| k == m)
                .map(move |(_, asked)| carried * asked)
        })
        .fold(0.0, f32::max)
}

/// Number columns of `tables` carrying `kinds`, with how surely; money is never read from
/// a table whose name says money goes out (`expenses`), nor a price from a column whose
/// name does.
fn candidates(model: &Model, tables: &[usize], kinds: &[(Kind, f32)]) -> Vec<(f32, ColumnRef)> {
    money_candidates(model, tables, kinds, false, &[])
}

/// [`candidates`], with the money of tables whose name says it goes out (`expenses`,
/// `purchase_orders`) when `ours`: what the business paid; and the price of each event
/// of a table `named` that records events ("income from lessons": what each was charged).
fn money_candidates(
    model: &Model,
    tables: &[usize],
    kinds: &[(Kind, f32)],
    ours: bool,
    named: &[usize],
) -> Vec<(f32, ColumnRef)> {
    let mut found = Vec::new();
    for &t in tables {
        let table = &model.tables[t];
        let kinds: Vec<(Kind, f32)> = kinds
            .iter()
            .copied()
            .filter(|(k, _)| ours || !(*k == Kind::Money && is_outgoing(&table.words)))
            .collect();
        // (The price of events of a table named is what each was charged.)
        let charged = quantity_columns(model, t).next().is_some()
            || (named.contains(&t) && model.records_events(t));
        for c in table.columns.iter().filter(|c| c.role == Role::Number) {
            // What a thing is bought for (`buy_price`) is no price a customer pays; a
            // catalogue's price (no quantity beside it) is no money that came in.
            // (A price per unit times the units beside it, `price_per_kg` and `weight_kg`,
            // is what was paid.)
            let catalogue = !charged
                && is_price(&c.words, &c.data_type)
                && !(c.words.iter().any(|w| w == "per")
                    && line_quantity(
                        model,
                        &ColumnRef {
                            table: t,
                            column: c.name.clone(),
                        },
                    )
                    .is_ok());
            let kinds: Vec<(Kind, f32)> = kinds
                .iter()
                .copied()
                .filter(|(k, _)| !(*k == Kind::Price && is_outgoing(&c.words)))
                .filter(|(k, _)| !(*k == Kind::Money && catalogue))
                .collect();
            let score = carried(&c.words, &c.data_type, &kinds);
            if score > 0.0 {
                let column = ColumnRef {
                    table: t,
                    column: c.name.clone(),
                };
                found.push((score, column));
            }
        }
    }
    found
}

/// Whether a column holds what one thing costs (`unit_price`, `sale_price`) at least as
/// surely as money that came in.
/// (A `total_price` is what the whole row cost: no price of one thing.)
pub(super) fn is_price(words: &[String], data_type: &str) -> bool {
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "total" | "subtotal"))
    {
        return false;
    }
    let carried = column_measures(words, data_type);
    let of = |kind: Kind| {
        carried
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, s)| *s)
            .fold(0.0, f32::max)
    };
    of(Kind::Price) > 0.0 && of(Kind::Price) >= of(Kind::Money)
}

/// Joins from the nearest of `context` to `t`; 0 without context, unreachable far away.
pub(super) fn distance(model: &Model, context: &[usize], t: usize) -> usize {
    if context.is_empty() {
        return 0;
    }
    context
        .iter()
        .filter_map(|&c| model.paths(c).get(t).cloned().flatten().map(|p| p.len()))
        .min()
        .unwrap_or(usize::MAX)
}

/// The one candidate clearly best: by how surely it carries the measure, then nearest the
/// named tables.
fn choose(
    model: &Model,
    context: &[usize],
    mut found: Vec<(f32, ColumnRef)>,
    what: String,
) -> Result<ColumnRef, Unread> {
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut columns: Vec<ColumnRef> = found.iter().map(|(_, c)| c.clone()).collect();
    prefer_actual(model, &mut columns);
    found.retain(|(_, c)| columns.contains(c));
    let Some(best) = found.first().map(|f| f.0) else {
        return Err(Unread::Unsupported(format!("{what}: no column carries it")));
    };
    let close: Vec<(usize, &ColumnRef)> = found
        .iter()
        .filter(|(score, _)| best - score < CLEARLY)
        .map(|(_, c)| (distance(model, context, c.table), c))
        .collect();
    if let [(_, one)] = close[..] {
        // Alone in carrying it: whether it joins the named tables is the compiler's to say.
        return Ok(one.clone());
    }
    let nearest = close.iter().map(|(d, _)| *d).min().unwrap_or(usize::MAX);
    match &close
        .iter()
        .filter(|(d, _)| *d == nearest)
        .collect::<Vec<_>>()[..]
    {
        [(d, one)] if *d != usize::MAX || context.is_empty() => Ok((*one).clone()),
        _ => Err(Unread::Ambiguous {
            what,
            readings: close
                .iter()
                .map(|(_, c)| format!("{}.{}", model.tables[c.table].name, c.column))
                .collect(),
            rephrase: Vec::new(),
        }),
    }
}

/// The column a measure word stands for ("revenue" → `payment.amount`), near `context`;
/// on the tables that record its activity when it or the `activity` word after it names
/// one ("sold", "units sold" → order lines).
pub(super) fn measure_column(
    model: &Model,
    context: &[usize],
    word: &MeasureWord,
    activity: Option<&MeasureWord>,
    ours: bool,
) -> Result<ColumnRef, Unread> {
    let all: Vec<usize> = (0..model.tables.len()).collect();
    let mut found = money_candidates(model, &all, word.kinds, ours, context);
    let active: Vec<usize> = word
        .tables
        .iter()
        .chain(activity.map_or(&[][..], |a| a.tables))
        .filter_map(|phrase| {
            let words: Vec<String> = phrase.split(' ').map(crate::ask::vocab::stem).collect();
            model.tables.iter().position(|t| t.words == words)
        })
        .collect();
    if found.iter().any(|(_, c)| active.contains(&c.table)) {
        found.retain(|(_, c)| active.contains(&c.table));
    }
    // A salary is what the people named are paid ("the highest paid instructors"), never
    // what others pay.
    found.retain(|(_, c)| {
        context.contains(&c.table)
            || model.column(c.table, &c.column).is_none_or(|m| {
                column_measures(&m.words, &m.data_type)
                    .iter()
                    .any(|(k, _)| *k != Kind::Pay)
            })
    });
    // "revenue", "spend": money that comes in, never what is paid out (`payout`,
    // `refund`, `expense` rows) nor what was only planned (`target_amount`).
    // "How much did we spend": money paid out (`expenses`), where the schema keeps it and
    // the question names no table that holds some.
    if ours && !found.iter().any(|(_, c)| context.contains(&c.table)) {
        let out = |c: &ColumnRef| {
            is_outgoing(&model.tables[c.table].words)
                || model
                    .column(c.table, &c.column)
                    .is_some_and(|m| is_outgoing(&m.words))
        };
        if found.iter().any(|(_, c)| out(c)) {
            found.retain(|(_, c)| out(c));
        }
    }
    let incoming = !ours
        && matches!(
            word.word,
            "revenue"
                | "revenues"
                | "income"
                | "sales"
                | "spend"
                | "spent"
                | "spending"
                | "earnings"
                | "turnover"
                | "takings"
        );
    if incoming {
        let outgoing = |c: &ColumnRef| {
            let table = &model.tables[c.table];
            let column = model.column(c.table, &c.column);
            table
                .words
                .iter()
                .chain(column.iter().flat_map(|m| m.words.iter()))
                .any(|w| {
                    [
                        "payout",
                        "refund",
                        "expens",
                        "withdraw",
                        "salar",
                        "payroll",
                        "commission",
                        // A tip goes to the staff.
                        "tip",
                        "gratuit",
                        // Money given back: a credit raised on goods returned.
                        "return",
                        "credit",
                        "chargeback",
                        "rebate",
                        // What was hoped for, not what came in.
                        "target",
                        "budget",
                        "forecast",
                        "quota",
                    ]
                    .iter()
                    .any(|o| w.starts_with(o))
                })
        };
        if found.iter().any(|(_, c)| !outgoing(c)) {
            found.retain(|(_, c)| !outgoing(c));
        }
        // Nor ever what staff are paid by the hour, nor any number of the staff's own.
        found.retain(|(_, c)| !staff_pay(model, c));
    }
    let revenue = incoming || word.word == "money";
    // "taproom revenue" of sales with an `amount` and a `unit_price`: the amount (a unit
    // price is what one unit sold for).
    if revenue {
        let priced = |c: &ColumnRef| {
            model
                .column(c.table, &c.column)
                .is_some_and(|m| is_price(&m.words, &m.data_type))
        };
        let with_amount: Vec<usize> = found
            .iter()
            .filter(|(_, c)| !priced(c))
            .map(|(_, c)| c.table)
            .collect();
        found.retain(|(_, c)| !(priced(c) && with_amount.contains(&c.table)));
    }
    if revenue && !found.iter().any(|(_, c)| context.contains(&c.table)) {
        if let Some(price) = price_paid(model, context).filter(|p| !staff_pay(model, p)) {
            return Ok(price);
        }
    }
    // "the total money held across all accounts": a table named holds money of its own
    // (`balance`); for a word this vague, another table's surer amount is no safe guess.
    let vague = matches!(word.word, "money" | "value" | "worth");
    let best = found
        .iter()
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c.clone());
    let own = found.iter().find(|(_, c)| context.contains(&c.table));
    if let (true, Some(best), Some((_, own))) = (vague, &best, own) {
        if !context.contains(&best.table) {
            return Err(Unread::Ambiguous {
                what: format!("\"{}\"", word.word),
                readings: [own, best]
                    .iter()
                    .map(|c| format!("{}.{}", model.tables[c.table].name, c.column))
                    .collect(),
                rephrase: Vec::new(),
            });
        }
    }
    choose(model, context, found, format!("\"{}\"", word.word))
}

/// Whether a column is what staff are paid by the hour, or any number of a staff table:
/// never money that comes in.
fn staff_pay(model: &Model, c: &ColumnRef) -> bool {
    let column = model.column(c.table, &c.column);
    model.tables[c.table]
        .words
        .iter()
        .chain(column.iter().flat_map(|m| m.words.iter()))
        .any(|w| ["wage", "hourl", "staff"].iter().any(|o| w.starts_with(o)))
}

/// "trip revenue", "spend on trips": what the one dated table named was sold for, its one
/// price, when it has no quantity the price is of (a
/// catalog's price is what one would pay, not what was paid).
pub(super) fn price_paid(model: &Model, context: &[usize]) -> Option<ColumnRef> {
    // A row of what happened refers to who or what it happened to; a catalog (a plan's
    // monthly price) refers to nothing.
    let dated = |t: usize| {
        model.edges.iter().any(|e| e.child == t)
            && super::periods::dates_of(model, t)
                .iter()
                .any(|c| !super::periods::is_framework_created(&c.column))
    };
    let prices: Vec<ColumnRef> = context
        .iter()
        .filter(|&&t| dated(t))
        .flat_map(|&t| {
            model.columns_where(&[t], |c| {
                // (Not a price per something counted beside it: `price_per_seat`.)
                c.role == Role::Number
                    && is_price(&c.words, &c.data_type)
                    && !c.words.iter().any(|w| w == "per")
            })
        })
        .collect();
    match &prices[..] {
        [one] if quantity_columns(model, one.table).next().is_none() => Some(one.clone()),
        _ => None,
    }
}

/// The number column of `table` a ranking word points at: the one whose name holds its
/// column word ("longest" → `length`), or the one carrying its kind of measure clearly
/// more surely than any other ("expensive" → `list_price` over `unit_cost`).
pub(super) fn ranked_column(
    model: &Model,
    table: usize,
    word: &MeasureWord,
) -> Result<ColumnRef, Unread> {
    let what = format!("the column \"{}\" ranks by", word.word);
    match word.column {
        Some(name_word) => {
            // The word itself (`length`), else one of its kind (`runtime_minutes`).
            let exact = model.tables[table]
                .columns
                .iter()
                .any(|c| c.role == Role::Number && c.words.iter().any(|w| w == name_word));
            let names = |w: &String| {
                w == name_word
                    || (!exact && crate::ask::vocab::business::related(name_word, w) > 0.0)
            };
            let found = model.tables[table]
                .columns
                .iter()
                .filter(|c| c.role == Role::Number && c.words.iter().any(names))
                .map(|c| {
                    let column = ColumnRef {
                        table,
                        column: c.name.clone(),
                    };
                    (1.0, column)
                })
                .collect();
            choose(model, &[], found, what)
        }
        None => choose(model, &[], candidates(model, &[table], word.kinds), what),
    }
}

/// Whether a table is named by a measure word (`payments`, `sales`, `expenses`): its rows
/// are amounts, so "total payments" sums them where "total orders" counts orders.
pub(super) fn holds_amounts(model: &Model, table: usize) -> bool {
    let name = model.tables[table].name.to_lowercase();
    // `tuition_payments` holds payments.
    let last = name.rsplit(['_', ' ']).next().unwrap_or(&name);
    // (Its words less a `tbl_` or `_tbl` as well: `invoices_tbl` holds invoices.)
    let spelled = model.tables[table]
        .spelled
        .last()
        .cloned()
        .unwrap_or_default();
    let named = [name.as_str(), last, spelled.as_str()]
        .iter()
        .any(|n| crate::ask::vocab::measures::measure_word(n).is_some_and(|m| !m.kinds.is_empty()));
    // (Blood `donations` keep millilitres, no money: not amounts.)
    named
        && model.tables[table].columns.iter().any(|c| {
            c.role == Role::Number
                && column_measures(&c.words, &c.data_type)
                    .iter()
                    .any(|(k, _)| *k != Kind::Quantity)
        })
}

/// The column an aggregate of a whole table's rows is taken of ("total payments",
/// "the largest payment"): its only number column that carries a measure, or its only
/// number column; only for a table that [`holds_amounts`].
pub(super) fn table_measure(model: &Model, table: usize) -> Result<ColumnRef, Unread> {
    // "the average order" of orders with one total (`total_amt`): that money.
    let money: Vec<&super::schema::ColumnModel> = model.tables[table]
        .columns
        .iter()
        .filter(|c| {
            c.role == Role::Number
                && column_measures(&c.words, &c.data_type)
                    .iter()
                    .any(|(k, s)| *k == Kind::Money && *s >= 0.9)
        })
        .collect();
    // (Of `amount` and `fee_amount`, the row's own `amount`: the other is a part of it.)
    let bare: Vec<&&super::schema::ColumnModel> = money
        .iter()
        .filter(|c| matches!(&c.words[..], [w] if matches!(w.as_str(), "amount" | "amt" | "total")))
        .collect();
    let money = match bare[..] {
        [one] => vec![*one],
        _ => money,
    };
    if let ([one], false) = (&money[..], holds_amounts(model, table)) {
        return Ok(ColumnRef {
            table,
            column: one.name.clone(),
        });
    }
    if !holds_amounts(model, table) {
        return Err(Unread::Unsupported(format!(
            "which amount of {} is meant",
            model.tables[table].name
        )));
    }
    let numbers: Vec<&super::schema::ColumnModel> = model.tables[table]
        .columns
        .iter()
        .filter(|c| c.role == Role::Number)
        .collect();
    let measured: Vec<&&super::schema::ColumnModel> = numbers
        .iter()
        .filter(|c| !column_measures(&c.words, &c.data_type).is_empty())
        .collect();
    // Of `subtotal`, `tax` and `total`, the total.
    let totals: Vec<&&super::schema::ColumnModel> = measured
        .iter()
        .copied()
        .filter(|c| c.words.iter().any(|w| w == "total"))
        .collect();
    // Of `amount` and `late_fee`, the amount: the one column surely money.
    let one = match (&measured[..], &numbers[..], &totals[..], &money[..]) {
        ([one], _, _, _) => Some(**one),
        ([], [one], _, _) => Some(*one),
        (_, _, [total], _) => Some(**total),
        (_, _, _, [money]) => Some(*money),
        _ => None,
    };
    match one {
        Some(c) => Ok(ColumnRef {
            table,
            column: c.name.clone(),
        }),
        None => Err(Unread::Ambiguous {
            what: format!("which number of {} is meant", model.tables[table].name),
            readings: numbers.iter().map(|c| c.name.clone()).collect(),
            rephrase: Vec::new(),
        }),
    }
}

/// The one number column of a table named for the table and carrying a measure
/// (`refunds.refund_amount`): what "the total refunded" adds up.
pub(super) fn own_amount(model: &Model, table: usize) -> Option<ColumnRef> {
    let own = model.tables[table].words.last()?;
    let found = model.columns_where(&[table], |c| {
        c.role == Role::Number
            && c.words.contains(own)
            && !column_measures(&c.words, &c.data_type).is_empty()
    });
    match &found[..] {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The one number column of `tables` whose name holds `word` ("length").
pub(super) fn named_number(
    model: &Model,
    tables: &[usize],
    word: &str,
) -> Result<ColumnRef, Unread> {
    let found = model.columns_where(tables, |c| {
        c.role == Role::Number && c.words.iter().any(|w| w == word)
    });
    match &found[..] {
        [one] => Ok(one.clone()),
        _ => Err(Unread::Unsupported(format!("which column is the {word}"))),
    }
}

/// `actual_hours` beside `estimated_hours`: what happened, unless the plan is named; the
/// planned columns are dropped when an actual one is among `columns`.
pub(super) fn prefer_actual(model: &Model, columns: &mut Vec<ColumnRef>) {
    let words = |c: &ColumnRef| {
        model
            .column(c.table, &c.column)
            .map(|m| m.words.clone())
            .unwrap_or_default()
    };
    let planned = |c: &ColumnRef| {
        words(c).iter().any(|w| {
            [
                "estimat", "plan", "budget", "expect", "target", "forecast", "project",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        })
    };
    if columns
        .iter()
        .any(|c| words(c).iter().any(|w| w == "actual"))
    {
        columns.retain(|c| !planned(c));
    }
}
