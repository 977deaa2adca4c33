//! Lines of a sale or an order: the quantity a price of one unit is multiplied by.

use super::super::schema::{ColumnModel, Model, Role};
use super::super::ColumnRef;

/// The unit a money column is per (`price_per_seat`: "seat"), when it says so.
pub(in crate::ask::intent) fn per_unit(model: &Model, column: &ColumnRef) -> Option<String> {
    let c = model.column(column.table, &column.column)?;
    let at = c.words.iter().position(|w| w == "per")?;
    let money = c.words[..at].iter().any(|w| {
        matches!(
            w.as_str(),
            "price" | "cost" | "fee" | "rate" | "amount" | "charg" | "charge"
        )
    });
    match (money, &c.words[at + 1..]) {
        (true, [unit]) => Some(unit.clone()),
        _ => None,
    }
}

/// The number columns of table `t` that count the units of a line (`quantity`, `qty`;
/// not `units_in_stock`).
pub(in crate::ask::intent) fn quantity_columns(
    model: &Model,
    t: usize,
) -> impl Iterator<Item = &ColumnModel> {
    model.tables[t]
        .columns
        .iter()
        .filter(|c| c.role == Role::Number && c.words.iter().any(|w| w == "quantity" || w == "qty"))
}

/// The quantity a line's unit price is multiplied by to make its amount: the one column
/// of the price's table counting units, when no discount column could change the amount.
pub(in crate::ask::intent) fn line_quantity(
    model: &Model,
    price: &ColumnRef,
) -> Result<String, String> {
    let table = &model.tables[price.table];
    if table
        .columns
        .iter()
        .any(|c| c.words.iter().any(|w| w == "discount"))
    {
        return Err(format!("whether {}'s discount applies", table.name));
    }
    let mut quantities: Vec<&ColumnModel> = quantity_columns(model, price.table).collect();
    // `price_per_seat` times `seats`: the count of the unit the price is per.
    if let Some(unit) = per_unit(model, price) {
        quantities = table
            .columns
            .iter()
            .filter(|c| {
                c.role == Role::Number
                    && c.name != price.column
                    && c.words.last() == Some(&unit)
                    && c.words.len() <= 2
                    && c.words.iter().all(|w| {
                        *w == unit
                            || matches!(w.as_str(), "num" | "no" | "number" | "total")
                            // (`price_per_kg` times `weight_kg`.)
                            || (matches!(w.as_str(), "weight" | "net" | "volum" | "volume")
                                && matches!(unit.as_str(), "kg" | "lb" | "tonn" | "tonne" | "litr" | "litre" | "liter"))
                    })
            })
            .collect();
    }
    match quantities[..] {
        [one] => Ok(one.name.clone()),
        [] => Err(format!("{} has no quantity to multiply it by", table.name)),
        _ => Err(format!("which quantity of {} multiplies it", table.name)),
    }
}
