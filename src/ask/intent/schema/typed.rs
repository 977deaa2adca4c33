//! What the conventions of column names say: a type tag before the meaning
//! (`str_hostname`, `dt_purchased`: dropped from the words the question is matched
//! against), a table's code before every column (`apt_status`), yes/no kept as numbers,
//! the mark of rows removed (`deleted_at`, `is_deleted`) and of a row's current version
//! (`is_current`).

use super::{ColumnModel, Role};
use crate::ask::vocab::stem;

/// The role a type tag says its column has, for the tags such names use.
fn tagged_role(tag: &str) -> Option<Role> {
    Some(match tag {
        "str" | "txt" | "vch" | "chr" => Role::Text,
        "int" | "num" | "dec" | "dbl" | "flt" | "mny" | "cur" | "lng" => Role::Number,
        "dt" | "dtm" | "ts" | "tm" => Role::Time,
        "bln" | "bool" => Role::Other,
        _ => return None,
    })
}

/// Drops the type tag of the columns that have one, when at least three of the table's
/// columns are so named and each tag agrees with its column's type (a key may carry any).
pub(super) fn type_prefixes(columns: &mut [ColumnModel]) {
    let tag_of = |c: &ColumnModel| -> Option<Role> {
        let mut parts = c.name.split('_');
        let first = parts.next()?.to_lowercase();
        parts.next()?;
        tagged_role(&first)
    };
    let agrees = |c: &ColumnModel, role: Role| {
        c.role == role || c.role == Role::Key || (role == Role::Other && c.data_type == "boolean")
    };
    let tagged = columns
        .iter()
        .filter(|c| tag_of(c).is_some_and(|role| agrees(c, role)))
        .count();
    let clashing = columns
        .iter()
        .any(|c| tag_of(c).is_some_and(|role| !agrees(c, role)));
    if tagged < 3 || clashing {
        return;
    }
    for c in columns.iter_mut() {
        if tag_of(c).is_some() && c.words.len() > 1 {
            c.words.remove(0);
        }
    }
}

/// Yes/no columns kept as whole numbers, as SQL Server and MySQL habits leave them
/// (`is_active smallint`, `has_insurance integer`, `discontinued integer`): read as
/// flags, compared with 1 and 0.
pub(super) fn number_flags(columns: &mut [ColumnModel]) {
    for c in columns.iter_mut() {
        let whole = matches!(c.data_type.as_str(), "smallint" | "integer" | "bigint");
        let lower = c.name.to_lowercase();
        let named = lower.starts_with("is_")
            || lower.starts_with("has_")
            || lower.starts_with("can_")
            || lower.ends_with("_flag")
            || (c.words.len() == 1 && lower.len() > 5 && lower.ends_with("ed"))
            // `ismember`, `hasbumpers`: the same words run together.
            || (c.words.len() >= 2 && matches!(c.words[0].as_str(), "is" | "has" | "can"))
            // `feepaid smallint`: a participle kept in a smallint is yes or no.
            || (c.data_type == "smallint" && (lower.ends_with("paid") || lower.ends_with("ed")));
        if whole && named && c.role == Role::Number {
            c.data_type = "boolean".into();
            c.role = Role::Other;
            c.number_flag = true;
        }
    }
}

/// The flag of a row's current version, in a table that keeps versions by their period
/// of validity (`is_current` beside `valid_from`/`valid_to` or `effective_date`).
pub(super) fn current_version(columns: &[ColumnModel]) -> Option<String> {
    let versioned = columns.iter().any(|c| {
        c.role == Role::Time
            && c.words
                .first()
                .is_some_and(|w| matches!(w.as_str(), "valid" | "effect" | "effective"))
    });
    let flags: Vec<&ColumnModel> = columns
        .iter()
        .filter(|c| {
            c.data_type == "boolean"
                && matches!(
                    c.words.iter().map(String::as_str).collect::<Vec<_>>()[..],
                    ["is", "current"]
                        | ["current"]
                        | ["current", "flag"]
                        | ["is", "current", "version"]
                )
        })
        .collect();
    match (versioned, &flags[..]) {
        (true, [one]) => Some(one.name.clone()),
        _ => None,
    }
}

/// Whether a column marks its row removed (soft-deleted): a nullable date of deletion, or
/// a deleted flag.
pub(super) fn marks_removed(name: &str, data_type: &str, nullable: bool) -> bool {
    let joined: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let dated = data_type.starts_with("timestamp") || data_type == "date";
    match joined.as_str() {
        "deletedat" | "deletedon" | "deleteddate" | "deletedtime" | "deletedtimestamp"
        | "deletiondate" | "datedeleted" | "discardedat" => dated && nullable,
        // (SQL Server habits keep the flag as a 0/1 number.)
        "isdeleted" | "deleted" | "deletedflag" | "isremoved" => {
            matches!(data_type, "boolean" | "smallint" | "integer" | "bigint")
        }
        _ => false,
    }
}

/// Columns that all begin with a short code of their table (`apt_status`, `apt_start` of
/// `t_appointment`, as legacy schemas prefix them): the code says nothing the question
/// would, and is dropped (`apt_status` is the appointment's status, as `status` would be).
pub(super) fn table_prefix(columns: &mut [ColumnModel], names: &[String]) {
    // The code as written (`prc`, which would read as "price" spelled out).
    let code_of = |c: &ColumnModel| -> Option<String> {
        let mut parts = c.name.split('_');
        let first = parts.next()?.to_lowercase();
        parts.next().map(|_| first)
    };
    let own: Vec<&ColumnModel> = columns.iter().filter(|c| c.role != Role::Key).collect();
    let Some(code) = own.first().and_then(|c| code_of(c)) else {
        return;
    };
    let all = own.len() >= 3
        && own
            .iter()
            .all(|c| code_of(c).as_ref() == Some(&code) && c.words.len() > 1);
    if !all || !(2..=4).contains(&code.len()) || names.contains(&stem(&code)) {
        return;
    }
    for c in columns
        .iter_mut()
        .filter(|c| code_of(c).as_ref() == Some(&code) && c.words.len() > 1)
    {
        c.words.remove(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(name: &str, role: Role, data_type: &str) -> ColumnModel {
        ColumnModel {
            name: name.into(),
            words: name.split('_').map(crate::ask::vocab::stem).collect(),
            role,
            data_type: data_type.into(),
            values: vec![],
            nullable: true,
            filled: None,
            shares: vec![],
            number_flag: false,
            epoch: false,
            date_key: false,
        }
    }

    #[test]
    fn type_tags_are_dropped_where_the_table_uses_them() {
        let mut columns = vec![
            column("id", Role::Key, "integer"),
            column("str_name", Role::Text, "text"),
            column("num_cost", Role::Number, "numeric"),
            column("dt_purchased", Role::Time, "date"),
            column("bln_preferred", Role::Other, "boolean"),
        ];
        type_prefixes(&mut columns);
        let words: Vec<Vec<String>> = columns.iter().map(|c| c.words.clone()).collect();
        assert_eq!(words[1], ["name"]);
        assert_eq!(words[2], ["cost"]);
        assert_eq!(words[4].len(), 1);
    }

    #[test]
    fn yes_no_numbers_are_flags() {
        let mut columns = vec![
            column("is_active", Role::Number, "smallint"),
            column("discontinued", Role::Number, "integer"),
            column("visits", Role::Number, "integer"),
            column("is_vip", Role::Other, "boolean"),
        ];
        number_flags(&mut columns);
        let flags: Vec<bool> = columns.iter().map(|c| c.number_flag).collect();
        assert_eq!(flags, [true, true, false, false]);
        assert_eq!(columns[0].data_type, "boolean");
        assert_eq!(columns[2].role, Role::Number);
    }

    #[test]
    fn a_tag_that_disagrees_with_a_type_is_a_word() {
        // `int_rate` is an interest rate kept as numeric, `dt_code` a text: no convention.
        let mut columns = vec![
            column("int_rate", Role::Number, "numeric"),
            column("num_days", Role::Number, "integer"),
            column("dt_code", Role::Text, "text"),
            column("str_name", Role::Text, "text"),
        ];
        type_prefixes(&mut columns);
        assert_eq!(columns[0].words.len(), 2);
    }
}
