//! Calendar arithmetic for date literals: proleptic Gregorian dates, the half-open periods
//! (year, quarter, month) questions name, and relative periods ("last quarter") resolved
//! against the data's end date.

use std::fmt;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

impl Date {
    /// A valid date, or None (month 13, February 30…).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Exactly `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| {
            let part = &text[r];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse::<u32>().ok())
                .flatten()
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    /// Days since 1970-01-01 (negative before).
    fn ordinal(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_ordinal(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_ordinal(self.ordinal() + days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The length of a calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Year,
    Quarter,
    Month,
}

/// A whole calendar year, quarter or month: the half-open range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Year(i32),
    Quarter { year: i32, quarter: u32 },
    Month { year: i32, month: u32 },
}

impl Period {
    /// The period of `unit` that contains `date`.
    pub fn containing(unit: Unit, date: Date) -> Period {
        match unit {
            Unit::Year => Period::Year(date.year),
            Unit::Quarter => Period::Quarter {
                year: date.year,
                quarter: (date.month - 1) / 3 + 1,
            },
            Unit::Month => Period::Month {
                year: date.year,
                month: date.month,
            },
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            Period::Year(_) => Unit::Year,
            Period::Quarter { .. } => Unit::Quarter,
            Period::Month { .. } => Unit::Month,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(year) | Period::Quarter { year, .. } | Period::Month { year, .. } => year,
        }
    }

    /// First day.
    pub fn start(self) -> Date {
        let (year, month) = match self {
            Period::Year(year) => (year, 1),
            Period::Quarter { year, quarter } => (year, 3 * quarter - 2),
            Period::Month { year, month } => (year, month),
        };
        Date {
            year,
            month,
            day: 1,
        }
    }

    /// First day after the period (the exclusive bound).
    pub fn end(self) -> Date {
        self.next().start()
    }

    /// Last day (the inclusive bound).
    pub fn last_day(self) -> Date {
        self.end().add_days(-1)
    }

    pub fn next(self) -> Period {
        match self {
            Period::Year(year) => Period::Year(year + 1),
            Period::Quarter { year, quarter: 4 } => Period::Quarter {
                year: year + 1,
                quarter: 1,
            },
            Period::Quarter { year, quarter } => Period::Quarter {
                year,
                quarter: quarter + 1,
            },
            Period::Month { year, month: 12 } => Period::Month {
                year: year + 1,
                month: 1,
            },
            Period::Month { year, month } => Period::Month {
                year,
                month: month + 1,
            },
        }
    }

    pub fn previous(self) -> Period {
        Period::containing(self.unit(), self.start().add_days(-1))
    }

    /// The period whose bounds are exactly `[start, end)`, if any.
    pub fn from_bounds(start: Date, end: Date) -> Option<Period> {
        [Unit::Year, Unit::Quarter, Unit::Month]
            .into_iter()
            .map(|unit| Period::containing(unit, start))
            .find(|p| p.start() == start && p.end() == end)
    }
}

/// A period named relative to "today": `this` or `last` year, quarter or month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Relative {
    /// The period that contains the data's end date.
    This(Unit),
    /// `last year`: the year before the data's end year. `last quarter` / `last month`: the
    /// latest *complete* quarter or month, so with data ending on 2025-12-31 the last quarter
    /// is Q4 2025 and the last month is December 2025 (the corpus convention).
    Last(Unit),
}

impl Relative {
    /// What this phrase means when the data ends on `end`.
    pub fn resolve_at(self, end: Date) -> Period {
        match self {
            Relative::This(unit) => Period::containing(unit, end),
            Relative::Last(Unit::Year) => Period::Year(end.year - 1),
            Relative::Last(unit) => {
                let current = Period::containing(unit, end);
                if current.last_day() == end {
                    current
                } else {
                    current.previous()
                }
            }
        }
    }

    /// The data end dates under which this phrase means `period` (inclusive bounds).
    pub fn end_dates_meaning(self, period: Period) -> Option<(Date, Date)> {
        match self {
            Relative::This(unit) if unit == period.unit() => {
                Some((period.start(), period.last_day()))
            }
            Relative::Last(Unit::Year) => match period {
                Period::Year(year) => {
                    let following = Period::Year(year + 1);
                    Some((following.start(), following.last_day()))
                }
                _ => None,
            },
            Relative::Last(unit) if unit == period.unit() => {
                Some((period.last_day(), period.next().last_day().add_days(-1)))
            }
            _ => None,
        }
    }
}

/// What is known of the date the data ends on ("today" for relative periods): a range of
/// possible dates, narrowed by every corpus statement that binds a relative phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataClock {
    earliest: Date,
    latest: Date,
}

impl DataClock {
    /// The data ends exactly on `end`.
    pub fn ending(end: Date) -> Self {
        DataClock {
            earliest: end,
            latest: end,
        }
    }

    /// Intersects the clock with every constraint; None when there is none or they conflict.
    pub fn from_constraints(constraints: &[(Date, Date)]) -> Option<Self> {
        let earliest = constraints.iter().map(|c| c.0).max()?;
        let latest = constraints.iter().map(|c| c.1).min()?;
        (earliest <= latest).then_some(DataClock { earliest, latest })
    }

    /// The period `relative` names, when it is the same for every possible end date.
    pub fn resolve(&self, relative: Relative) -> Option<Period> {
        let first = relative.resolve_at(self.earliest);
        (first == relative.resolve_at(self.latest)).then_some(first)
    }

    pub fn range(&self) -> (Date, Date) {
        (self.earliest, self.latest)
    }
}

/// Month number from an English month name or its abbreviation.
pub fn month_number(word: &str) -> Option<u32> {
    const NAMES: [&str; 12] = crate::ask::vocab::MONTH_NAMES;
    if let Some(i) = NAMES.iter().position(|n| *n == word) {
        return Some(i as u32 + 1);
    }
    if word == "sept" {
        return Some(9);
    }
    (word.len() == 3)
        .then(|| NAMES.iter().position(|n| n.starts_with(word)))
        .flatten()
        .map(|i| i as u32 + 1)
}
