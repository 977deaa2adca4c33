//! "How many projects has each client had?": every client, those with no project
//! counted 0. The entities are the rows selected; the rows counted join them with LEFT
//! JOIN along their one foreign key, and what is counted is that key, so an entity no
//! row refers to counts 0.

use super::*;

pub(super) fn counts(
    model: &Model,
    measures: &[Measure],
    groups: &[Group],
) -> Result<String, Unread> {
    let ([Measure::Rows { table }], [group @ Group::Entity(e)]) = (measures, groups) else {
        return Err(unsupported(
            "a count of each entity's rows of more than one measure",
        ));
    };
    let (counted, entity) = (&model.tables[*table], &model.tables[*e]);
    let edge = match model.paths(*table).get(*e) {
        Some(Some(path)) if matches!(path[..], [(_, true)]) => &model.edges[path[0].0],
        _ => {
            return Err(unsupported(
                "rows counted that refer to the entity other than by one foreign key",
            ))
        }
    };
    let mut on = on_sql(edge, counted, entity);
    on.extend(live_sql(model, *table, &counted.alias));
    let (select, by) = group_sql(model, group, false, false, false)?;
    let key = format!(
        "{}.{}",
        counted.alias,
        crate::ask::corpus::quote_ident(&edge.columns[0])
    );
    let mut sql = format!(
        "SELECT {select},\n       COUNT({key}) AS {}\nFROM {} AS {}\nLEFT JOIN {} AS {} ON {}",
        crate::ask::corpus::quote_ident(&counted.name),
        entity.qualified,
        entity.alias,
        counted.qualified,
        counted.alias,
        on.join(" AND ")
    );
    if let Some(live) = live_sql(model, *e, &entity.alias) {
        sql.push_str(&format!("\nWHERE {live}"));
    }
    sql.push_str(&format!("\nGROUP BY {}", by.join(", ")));
    Ok(sql)
}
