//! The columns that name a table's rows: its name, a person's first and last names, a
//! title, else a code, a number or a city.

use crate::ask::corpus::Table;
use crate::ask::vocab::{identifier_words, stem, table_words};

use super::{ColumnModel, Role};

/// `<table>_name`, `name`, `full_name`, a first and a last name together, `title`,
/// `company_name`, a text column named as the table (`country.country`), the only text
/// column ending in `_name`, the only text column that is no key when it names or
/// describes, else a code or a city.
pub(super) fn label_column(table: &Table, columns: &[ColumnModel]) -> Vec<String> {
    // `tbl_gallery` is named by `gallery_name`.
    let table_name = table_words(&plain_snake(&table.name)).join("_");
    let singular = stem(&table_name);
    let texts: Vec<&ColumnModel> = columns.iter().filter(|c| c.role == Role::Text).collect();
    // Names compared as snake_case: `firstName` is `first_name`; run together, as
    // unquoted PascalCase leaves them (`storename`), they are the same name.
    // (Or by their words, less the table's code: `pat_first_name` of `t_patient`.)
    let named_as = |name: &str| {
        let joined = name.replace('_', "");
        let words: Vec<String> = name.split('_').map(stem).collect();
        texts
            .iter()
            .find(|c| snake(&c.name) == name || c.name.to_lowercase() == joined || c.words == words)
            .map(|c| c.name.clone())
    };
    let preferred = [
        format!("{singular}_name"),
        "name".into(),
        "full_name".into(),
    ];
    if let Some(name) = preferred.iter().find_map(|n| named_as(n)) {
        return vec![name];
    }
    // A person is named by their names, before any `title` they hold (an employee's job).
    // (`forename` and `surname` as British systems say them; `given_name`, `family_name`.)
    let first = ["first_name", "given_name", "forename", "forenames"]
        .iter()
        .find_map(|n| named_as(n));
    let last = ["last_name", "surname", "family_name"]
        .iter()
        .find_map(|n| named_as(n));
    if let (Some(first), Some(last)) = (first, last) {
        return vec![first, last];
    }
    let preferred = [
        "title".into(),
        "company_name".into(),
        table_name.clone(),
        singular.clone(),
    ];
    if let Some(name) = preferred.iter().find_map(|n: &String| named_as(n)) {
        return vec![name];
    }
    // `ship_name` names where an order goes, not the order: the only `_name` column names
    // the row when its other words are the table's own.
    // `shop_name`, `business_name`: words that name the row itself.
    const OWN_NAMES: &[&str] = &["business", "shop", "trade", "display", "legal", "official"];
    let named: Vec<&&ColumnModel> = texts
        .iter()
        .filter(|c| {
            // Its words as split and spelled out: `crsname` of `trn_crs` is "course name".
            let ends_in_name = snake(&c.name).ends_with("_name")
                || (c.words.len() >= 2 && c.words.last().is_some_and(|w| w == "name"));
            ends_in_name
                && c.words[..c.words.len() - 1]
                    .iter()
                    .all(|w| table_name.contains(w.as_str()) || OWN_NAMES.contains(&w.as_str()))
        })
        .collect();
    if let [one] = named[..] {
        return vec![one.name.clone()];
    }
    // The only text column, when its name says it names or describes (`region_description`).
    let describes = |c: &ColumnModel| {
        ["name", "title", "description", "label"]
            .iter()
            .any(|w| c.words.contains(&stem(w)))
    };
    match texts[..] {
        [one] if named.is_empty() && describes(one) => return vec![one.name.clone()],
        _ => {}
    }
    // A reference table of codes (`intake_reason`: `code`, `description`): the one text
    // beside its codes that describes them.
    let code_like = |c: &ColumnModel| {
        c.words.last().is_some_and(|w| w == "code" || w == "cd")
            || c.name.eq_ignore_ascii_case("code")
    };
    let described: Vec<&&ColumnModel> = texts.iter().filter(|c| !code_like(c)).collect();
    // (Not where the code is the thing itself: `promo_codes.code`.)
    let reference =
        columns.iter().filter(|c| c.role != Role::Key).count() <= 4 && !table_name.contains("code");
    if let ([one], true, true) = (
        &described[..],
        texts.iter().any(|c| code_like(c)),
        reference,
    ) {
        if named.is_empty() && describes(one) {
            return vec![one.name.clone()];
        }
    }
    // A row named by the person it is of (`foster_home.contact_name`): its one name.
    const PERSONS: &[&str] = &[
        "contact",
        "owner",
        "holder",
        "host",
        "primary",
        "account",
        "household",
    ];
    let of_person: Vec<&&ColumnModel> = texts
        .iter()
        .filter(|c| {
            c.words.len() == 2
                && c.words[1] == "name"
                && PERSONS.iter().any(|p| c.words[0] == stem(p))
        })
        .collect();
    if let ([one], true) = (&of_person[..], named.is_empty()) {
        return vec![one.name.clone()];
    }
    // A row without a name: its code (`airports.code`), its number or registration
    // (`flights.flight_number`, `vehicles.license_plate`), else a place's city
    // (`offices.city`).
    let fallback = [
        "code".to_owned(),
        format!("{singular}_code"),
        format!("{singular}_number"),
        "number".to_owned(),
        "registration".to_owned(),
        "registration_number".to_owned(),
        "license_plate".to_owned(),
        "plate_number".to_owned(),
        "sku".to_owned(),
        "city".to_owned(),
    ];
    match fallback.iter().find_map(|n| named_as(n)) {
        Some(name) if named.is_empty() => return vec![name],
        Some(_) => return Vec::new(),
        None => {}
    }
    // Else a thing's one number of any kind (`fleet_number`, `asset_tag`); not what a
    // sale or a payment records (its `receipt_number`), nor a code of a kind
    // (`pay_method_cd`, `reason_code`).
    use crate::ask::vocab::measures::{column_measures, Measure};
    let records_money = columns.iter().any(|c| {
        column_measures(&c.words, &c.data_type)
            .iter()
            .any(|(k, _)| matches!(k, Measure::Money | Measure::Price | Measure::Cost))
    });
    let coded: Vec<&&ColumnModel> = texts
        .iter()
        .filter(|c| {
            !records_money
                && c.words.len() >= 2
                && c.words.last().is_some_and(|w| {
                    ["number", "no", "tag", "plate"]
                        .iter()
                        .any(|k| *w == stem(k))
                })
        })
        .collect();
    match coded[..] {
        [one] if named.is_empty() => vec![one.name.clone()],
        _ => Vec::new(),
    }
}

/// A name in snake_case with its abbreviations spelled out: `firstName` → `first_name`,
/// `Driver` → `driver`, `plan_nm` → `plan_name`.
fn snake(name: &str) -> String {
    identifier_words(&plain_snake(name)).join("_")
}

/// A name in snake_case as written: `firstName` → `first_name`.
fn plain_snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            out.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}
