//! What reading a question yields: the items placed, the literals, and what the words
//! said of the shape, the ranking, the period and the rows.

use super::*;

/// Everything placed in one question.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub items: Vec<Item>,
    pub literals: Vec<Literal>,
    /// For each literal, the table named last before it ("customers who placed an order
    /// in 2023": orders).
    pub literal_tables: Vec<Option<usize>>,
    /// For each period literal opened by "since", "after", "before" or "until": its index
    /// in `literals` and the bound.
    pub bounds: Vec<(usize, Bound)>,
    /// "the last 30 days": how many of which grain, up to the latest date.
    pub recent: Option<(u64, Grain)>,
    /// "longer than 150": the word of the column compared, the comparison and the number.
    pub compared_by: Option<(&'static str, Comparison, String)>,
    pub limit: Option<u64>,
    pub direction: Option<Direction>,
    /// The measure word a ranking adjective names ("expensive" → a price).
    pub rank_by: Option<&'static MeasureWord>,
    /// "value" or "worth" was said: what is measured must be money.
    pub valued: bool,
    /// The ranking word ranks by a date ("the latest order").
    pub rank_time: bool,
    /// "When …?": the answer is a date.
    pub when: bool,
    /// "… and when": the date is asked beside what is named.
    pub and_when: bool,
    /// "How much …?": an amount is totalled.
    pub how_much: bool,
    /// "payments received": rows of amounts are money that came in, totalled.
    pub received: bool,
    /// "collected", "received": money that came in, so not the attempts that failed.
    pub collected: bool,
    /// "the lowest fee of any plan": the extreme value itself, not the row that has it.
    pub any: bool,
    /// "reservations made in 2023": a verb of creating the rows was said; their date of
    /// creation (`created_at`) is the one a period applies to.
    pub creation: bool,
    /// "expenses over 1000": a table's amount compared with a number.
    pub amount_compared: Option<(usize, Comparison, String)>,
    /// Verbs read as relating the rows named after them ("taught", "submitted"), as
    /// typed.
    pub verbs: Vec<String>,
    /// A share asked as a percentage.
    pub percent: bool,
    /// Where the words of the last table named end (a unit index).
    pub last_table_end: Option<usize>,
    /// Indices in `literals` of the values negated ("not in Germany").
    pub negated: Vec<usize>,
    /// The units said after compared numbers ("hour" in "longer than 3 hours").
    pub units: Vec<&'static str>,
    /// A change between two periods was asked ("difference", "growth"), with the words
    /// that asked it; as a percentage when [`Self::percent`].
    pub change: Option<(grammar::Change, String)>,
    /// "average number of orders per customer": the measure is averaged over the entity
    /// it is grouped by.
    pub averaged: bool,
    /// "rounded to one decimal place": the places the measures are rounded to.
    pub decimals: Option<u8>,
    /// An amount was said or asked in a currency ("in euros", "$100", "15 pounds").
    pub currency_said: bool,
    /// The value counted is a name (`Hot Chocolate` of `products.name`): things, not rows.
    pub counted_name: bool,
    /// "How many were completed and how many were cancelled": "how many" said again.
    pub counted_again: bool,
    /// "were", "was": a verb in the passive may say what happened to the rows named
    /// ("books were checked out") as much as which rows.
    pub passive: bool,
    /// The participle of a passive ("left" of "tips were left").
    pub passive_verb: Option<String>,
    /// "senior vs under 18", "new versus used": values set against each other.
    pub versus: bool,
    /// "Compare … in 2023 with 2024": each period on its own, side by side.
    pub compared: bool,
    /// "new, used and certified": values joined by "and".
    pub values_joined: bool,
    /// "How many laptops …": a value right after the count.
    pub counted_value: bool,
    /// "which", "who": the rows are asked for, not a number of theirs.
    pub which: bool,
    /// "between 1990 and 1995": a range from the first literal to the second.
    pub between: bool,
    /// "revenue", "income": money that came in, of rows that went through.
    pub earned: bool,
    /// Indices in `literals` of values said as a verb after "has" or "have" ("each
    /// carrier has shipped"): what someone did, or a state of the rows.
    pub done_values: Vec<usize>,
    /// Indices in `literals` of values said right after a verb that relates rows ("have
    /// studied Spanish"): what the rows did, perhaps, rather than what they are.
    pub verb_objects: Vec<usize>,
    /// "fewest", "fewer": a ranking or comparison of things counted, never of amounts.
    pub fewest: bool,
    /// "… and where they're from": a place asked beside each row.
    pub place_asked: bool,
    /// "successful payments": the rows whose status says they went through.
    pub successful: bool,
    /// "in chronological order", "oldest first": periods in the order of time, which a
    /// grouping by period already is.
    pub chronological: bool,
    /// "List …": rows are asked for, never one number.
    pub list_asked: bool,
    /// "the count and total amount" with no rows named before to count.
    pub unplaced_count: bool,
    /// Columns said right after "after" or "before" ("payments that came in after the
    /// due date"): a date among them is compared with another, which askpg does not do
    /// across rows of two tables.
    pub bounded: Vec<ColumnRef>,
    /// "with their amount and due date", "along with", "and their": more of each row is
    /// asked beside its name.
    pub shows_more: bool,
    /// "current employees", "currently on the payroll": rows whose state has not ended.
    /// "Break down … by …": a count in each group unless something else is measured.
    pub breakdown: bool,
    /// Opened by a question word or a request ("list", "which"), not a bare noun phrase.
    pub opened: bool,
    pub current: bool,
    /// "headcount": the current staff where the rows say who is.
    pub headcount: bool,
    /// "products we no longer sell": rows no longer active.
    pub no_longer: bool,
    /// "What did the bookings come to?": the rows' amount totalled.
    pub came_to: bool,
    /// "How much did we spend", "our spend": money the business paid out.
    pub we_spent: bool,
    /// The question opens with "which" or "who".
    pub which_first: bool,
    /// "in minutes": the units the answer is asked in.
    pub asked_units: Vec<&'static str>,
    /// "stock below their reorder level": a column compared with another of its row.
    pub against: Option<(ColumnRef, Comparison, ColumnRef)>,
}

/// An open-ended period: from a period's start ("since 2023"), after its end ("after
/// 2023"), or before its start ("before 2023", "until 2023").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Since,
    After,
    Before,
}
