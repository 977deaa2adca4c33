//! The `[databases]` section: which upstream database a client's database name reaches.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::{ConfigError, Secret};

/// Which databases clients may reach, and names that reach another upstream.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabasesConfig {
    /// Database names clients may connect to on the upstream of `upstream.url` (with its
    /// host and role). Empty: any database there that the role may connect to. The
    /// database of `upstream.url` and the names in `map` are always allowed.
    pub allowed: Vec<String>,
    /// Names that reach another upstream or database.
    pub map: Vec<DatabaseRoute>,
}

/// A client database name reaching the upstream of `url`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseRoute {
    /// The database name clients connect to.
    pub name: String,
    /// libpq URL or key=value string of the upstream and its read-only role; without a
    /// database name, the database called `name` there.
    pub url: Secret,
}

impl DatabaseRoute {
    /// The route's URL parsed by tokio-postgres, its database defaulting to `name`.
    pub fn upstream_config(&self) -> Result<tokio_postgres::Config, ConfigError> {
        let at = format!("databases.map ({})", self.name);
        let mut parsed: tokio_postgres::Config = self
            .url
            .expose()
            .parse()
            .map_err(|e| ConfigError::Invalid(format!("{at}.url: {e}")))?;
        if parsed.get_hosts().is_empty() {
            return Err(ConfigError::Invalid(format!("{at}.url names no host")));
        }
        if parsed.get_user().is_none() {
            return Err(ConfigError::Invalid(format!("{at}.url names no user")));
        }
        if parsed.get_dbname().is_none() {
            parsed.dbname(&self.name);
        }
        Ok(parsed)
    }
}

impl DatabasesConfig {
    /// Checks names and URLs; `primary` is the database of `upstream.url`.
    pub fn validate(&self, primary: &str) -> Result<(), ConfigError> {
        let invalid = |m: String| Err(ConfigError::Invalid(m));
        if self.allowed.iter().any(String::is_empty) {
            return invalid("databases.allowed holds an empty name".into());
        }
        let mut names = BTreeSet::new();
        for (i, route) in self.map.iter().enumerate() {
            if route.name.is_empty() {
                return invalid(format!("databases.map[{i}].name is empty"));
            }
            if route.name == primary {
                return invalid(format!(
                    "databases.map[{i}].name = {:?} is the database of upstream.url",
                    route.name
                ));
            }
            if !names.insert(route.name.as_str()) {
                return invalid(format!(
                    "databases.map names {:?} more than once",
                    route.name
                ));
            }
            route.upstream_config()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Config, Overrides};

    fn load(vars: &[(&str, &str)]) -> Result<Config, String> {
        let mut env = vec![
            (
                "ASKPG_UPSTREAM_URL".to_owned(),
                "postgres://ro:pw@db/analytics".to_owned(),
            ),
            ("ASKPG_AUTH_METHOD".to_owned(), "trust".to_owned()),
        ];
        env.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Config::load(None, env, &Overrides::default()).map_err(|e| e.to_string())
    }

    #[test]
    fn databases_come_from_environment_arrays() {
        let config = load(&[
            ("ASKPG_DATABASES_ALLOWED", r#"["bench", "reports"]"#),
            (
                "ASKPG_DATABASES_MAP",
                r#"[{ name = "sales", url = "postgres://ro:s3cret@db2/sales_prod" }, { name = "hr", url = "host=db3 user=ro" }]"#,
            ),
        ])
        .unwrap();
        assert_eq!(config.databases.allowed, ["bench", "reports"]);
        let dbnames: Vec<String> = config
            .databases
            .map
            .iter()
            .map(|r| {
                r.upstream_config()
                    .unwrap()
                    .get_dbname()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        // A URL without a database reaches the database of the mapped name.
        assert_eq!(dbnames, ["sales_prod", "hr"]);
        assert!(!format!("{config:?}").contains("s3cret"));
        assert_eq!(config.upstream_database().unwrap(), "analytics");
    }

    #[test]
    fn bad_routes_name_the_key() {
        let map = |value: &str| load(&[("ASKPG_DATABASES_MAP", value)]).unwrap_err();
        for (value, expected) in [
            (
                r#"[{ name = "", url = "postgres://ro@db/x" }]"#,
                "name is empty",
            ),
            (
                r#"[{ name = "analytics", url = "postgres://ro@db2/x" }]"#,
                "is the database of upstream.url",
            ),
            (
                r#"[{ name = "a", url = "postgres://ro@db/x" }, { name = "a", url = "postgres://ro@db/y" }]"#,
                "more than once",
            ),
            (
                r#"[{ name = "a", url = "postgres://db/x" }]"#,
                "names no user",
            ),
            (
                r#"[{ name = "a", url = "nope://" }]"#,
                "databases.map (a).url",
            ),
            (r#"[{ name = "a", uri = "postgres://ro@db/x" }]"#, "uri"),
        ] {
            let err = map(value);
            assert!(err.contains(expected), "{value}: {err}");
        }
        let err = load(&[("ASKPG_DATABASES_ALLOWED", r#"["ok", ""]"#)]).unwrap_err();
        assert!(err.contains("databases.allowed"), "{err}");
    }
}
