//! Units: a number said in a unit compares only with a column kept in it, and a length of
//! time asked in another unit than its column keeps is converted.

use super::*;

/// "longer than 3 hours": a number in a unit compares only with a column whose name says
/// that unit (`duration_hours`); a `length` may be in minutes or hours.
pub(super) fn check_units(
    model: &Model,
    reading: &Reading,
    shape: &Shape,
    filters: &[Filter],
) -> Result<(), Unread> {
    // "the average runtime in minutes" of `duration_seconds`: another unit than the
    // column's, which askpg does not convert.
    if let Shape::Aggregate { measures, .. } = shape {
        for m in measures {
            let Measure::Column { column, .. } = m else {
                continue;
            };
            let own = crate::ask::vocab::grammar::column_unit(&column.column);
            let said = &reading.asked_units;
            if let (Some(own), false) = (own, said.is_empty()) {
                // (A length of time is converted: "in hours" of `duration_ms`.)
                let converted = matches!(said[..], [one] if crate::ask::vocab::grammar::unit_millis(one).is_some())
                    && crate::ask::vocab::grammar::unit_millis(own).is_some();
                if !said.contains(&own) && !converted {
                    return Err(Unread::Unsupported(format!(
                        "{} of {}, whose unit is a {own}",
                        said.join(" or "),
                        column.column
                    )));
                }
            }
        }
    }
    if reading.units.is_empty() {
        return Ok(());
    }
    for filter in filters {
        let Filter::Compare { column, .. } = filter else {
            continue;
        };
        let said = model.column(column.table, &column.column).is_some_and(|c| {
            c.words
                .iter()
                .any(|w| reading.units.iter().any(|u| w.starts_with(u)))
        });
        if !said {
            return Err(Unread::Unsupported(format!(
                "a number in {} compared with {}, whose unit its name does not say",
                reading.units.join(" or "),
                column.column
            )));
        }
    }
    Ok(())
}

/// The one unit of time the answer is asked in, when a length measured is kept in
/// another (`duration_ms` "in minutes"): what the compiler converts it to.
pub(super) fn converted_unit(reading: &Reading, shape: &Shape) -> Option<String> {
    let [said] = reading.asked_units[..] else {
        return None;
    };
    crate::ask::vocab::grammar::unit_millis(said)?;
    let Shape::Aggregate { measures, .. } = shape else {
        return None;
    };
    let converts = measures.iter().any(|m| match m {
        Measure::Column {
            column, aggregate, ..
        } if *aggregate != Aggregate::Count && *aggregate != Aggregate::CountDistinct => {
            crate::ask::vocab::grammar::column_unit(&column.column).is_some_and(|own| {
                own != said && crate::ask::vocab::grammar::unit_millis(own).is_some()
            })
        }
        _ => false,
    });
    converts.then(|| said.to_owned())
}

/// An amount said in a currency ("a fee above 15 euros", "$100") compared with a column
/// kept in cents: the number in cents. Whether a measure of such a column is asked in
/// the currency ("revenue in euros"), so converted.
pub(super) fn in_currency(shape: &Shape, filters: &mut [Filter]) -> bool {
    for filter in filters.iter_mut() {
        if let Filter::Compare { column, number, .. } = filter {
            if crate::ask::vocab::grammar::in_minor_units(&column.column) {
                if let Some(cents) = hundredfold(number) {
                    *number = cents;
                }
            }
        }
    }
    filters.sort();
    matches!(shape, Shape::Aggregate { measures, .. } if measures.iter().any(|m| matches!(m,
        Measure::Column { column, aggregate, .. }
            if !matches!(aggregate, Aggregate::Count | Aggregate::CountDistinct)
                && crate::ask::vocab::grammar::in_minor_units(&column.column))))
}

/// A decimal number times 100, as decimal text ("15" → "1500", "2.5" → "250").
fn hundredfold(number: &str) -> Option<String> {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty()
        || !whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let padded = format!("{fraction:0<2}");
    let (cents, rest) = padded.split_at(2);
    let digits = format!("{whole}{cents}");
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    Some(match rest.trim_end_matches('0') {
        "" => digits.to_owned(),
        rest => format!("{digits}.{rest}"),
    })
}
