//! The state of reading a question between its words: what an aggregate, a grouping, a
//! comparison or a bound said so far waits to apply to.

use super::*;

/// The state of the pass between words.
#[derive(Default)]
pub(super) struct Pending {
    /// "average number of …", "average total …": the average of what comes next, per
    /// entity.
    pub(super) outer_average: bool,
    pub(super) bound: Option<Bound>,
    /// The column word of a comparative ("longer" → length).
    pub(super) compare_column: Option<&'static str>,
    /// The grouping was opened by "per".
    pub(super) per: bool,
    /// The grouping was opened by "each" or "every".
    pub(super) each: bool,
    /// The grouping was opened by "each of" ("each of our dispensing opticians").
    pub(super) each_of: bool,
    /// The item of the table an aggregate passed over ("total payments by month").
    pub(super) kept_for: Option<usize>,
    pub(super) grouped: bool,
    pub(super) aggregate: Option<Aggregate>,
    pub(super) distinct: bool,
    pub(super) comparison: Option<Comparison>,
    pub(super) compared: Option<(Comparison, String)>,
    pub(super) absent: bool,
    /// A number before a table ("the 3 branches"), the limit if a ranking follows.
    pub(super) limit: Option<(u64, String)>,
    /// A share asked of a total or an average.
    pub(super) share_of_total: bool,
    /// "between 50,000 and 70,000": the low bound, until the high one.
    pub(super) range_low: Option<String>,
}

impl Pending {
    /// A new aggregate; one of counts or totals after "average" is averaged per entity.
    pub(super) fn set_aggregate(&mut self, aggregate: Aggregate) {
        if self.aggregate == Some(Aggregate::Average)
            && matches!(aggregate, Aggregate::Count | Aggregate::Sum)
        {
            self.outer_average = true;
        }
        // "what percentage of total revenue": a share of a total, which askpg does not
        // compile; never the total alone.
        if self.aggregate == Some(Aggregate::Share) && aggregate != Aggregate::Share {
            self.share_of_total = true;
        }
        self.aggregate = Some(aggregate);
    }
}
