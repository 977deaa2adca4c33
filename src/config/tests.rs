use super::*;

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn env_overrides_file_and_flags_override_env() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("askpg.toml");
    std::fs::write(
        &path,
        "listen = \"127.0.0.1:7000\"\n[upstream]\nurl = \"postgres://ro@db/x\"\n[auth]\nmethod = \"trust\"\n[limits]\nmax_connections = 5\n",
    )
    .unwrap();
    let vars = env(&[
        ("ASKPG_LIMITS_MAX_CONNECTIONS", "7"),
        ("ASKPG_LISTEN", "127.0.0.1:7001"),
    ]);
    let flags = Overrides {
        listen: Some("127.0.0.1:7002".into()),
        ..Default::default()
    };
    let config = Config::load(Some(&path), vars, &flags).unwrap();
    assert_eq!(config.limits.max_connections, 7);
    assert_eq!(config.listen, "127.0.0.1:7002");
}

#[test]
fn unknown_keys_and_bad_values_name_the_key() {
    let err = Config::load(
        None,
        env(&[("ASKPG_UPSTREAM_URLL", "x")]),
        &Overrides::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("ASKPG_UPSTREAM_URLL"), "{err}");
    let err = Config::load(
        None,
        env(&[
            ("ASKPG_UPSTREAM_URL", "postgres://a@b/c"),
            ("ASKPG_LIMITS_MAX_CONNECTIONS", "many"),
        ]),
        &Overrides::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("limits.max_connections"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        "[upstream]\nurl = \"postgres://a@b/c\"\nconect_timeout = \"1s\"\n",
    )
    .unwrap();
    let err = Config::load(Some(&path), env(&[]), &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("conect_timeout"), "{err}");
}

#[test]
fn trust_needs_loopback_and_scram_needs_users() {
    let base = [("ASKPG_UPSTREAM_URL", "postgres://a@b/c")];
    let mut vars = env(&base);
    vars.extend(env(&[
        ("ASKPG_AUTH_METHOD", "trust"),
        ("ASKPG_LISTEN", "0.0.0.0:6543"),
    ]));
    let err = Config::load(None, vars, &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("auth.method"), "{err}");
    let err = Config::load(None, env(&base), &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("auth.users"), "{err}");
    let mut vars = env(&base);
    vars.push((
        "ASKPG_AUTH_USERS".into(),
        "[{ name = \"alice\", password = \"pw\" }]".into(),
    ));
    let config = Config::load(None, vars, &Overrides::default()).unwrap();
    assert_eq!(config.auth.users[0].name, "alice");
    assert!(!format!("{config:?}").contains("pw\""));
}

#[test]
fn mapped_roles_and_passthrough_come_from_env_and_are_checked() {
    let base = [("ASKPG_UPSTREAM_URL", "postgres://gateway@b/c")];
    let mut vars = env(&base);
    vars.push((
        "ASKPG_AUTH_USERS".into(),
        "[{ name = \"erin\", password = \"pw\", upstream_role = \"eu\" },
          { name = \"fay\", password = \"pw\", upstream_role = \"eu\" },
          { name = \"gus\", password = \"pw\" }]"
            .into(),
    ));
    let config = Config::load(None, vars.clone(), &Overrides::default()).unwrap();
    assert_eq!(config.auth.mapped_roles(), ["eu"]);
    assert_eq!(config.auth.mapped_role("erin"), Some("eu"));
    assert_eq!(config.auth.mapped_role("gus"), None);
    // Passthrough logs clients in as themselves: auth.users has no place there.
    vars.push(("ASKPG_AUTH_METHOD".into(), "passthrough".into()));
    let err = Config::load(None, vars, &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("passthrough"), "{err}");
    let mut vars = env(&base);
    vars.push(("ASKPG_AUTH_METHOD".into(), "passthrough".into()));
    let config = Config::load(None, vars, &Overrides::default()).unwrap();
    assert_eq!(config.auth.method, AuthMethod::Passthrough);
}

#[test]
fn example_file_documents_every_key_with_its_default() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/config/askpg.example.toml");
    let text = std::fs::read_to_string(path).unwrap();
    let parsed: Config = toml::from_str(&text).expect("example parses strictly");
    let as_table = |c: &Config| Table::try_from(c).unwrap();
    assert_eq!(
        as_table(&parsed),
        as_table(&Config::default()),
        "example values are the defaults"
    );
    for path in Config::env_keys().values() {
        let key = path.rsplit('.').next().unwrap();
        assert!(
            text.contains(&format!("\n{key} = ")),
            "{path} is not documented"
        );
    }
}

#[test]
fn every_key_has_an_env_name_from_the_contract() {
    let keys = Config::env_keys();
    for var in [
        "ASKPG_LISTEN",
        "ASKPG_UPSTREAM_URL",
        "ASKPG_AUTH_METHOD",
        "ASKPG_METRICS_LISTEN",
    ] {
        assert!(keys.contains_key(var), "{var} missing");
    }
}

#[test]
fn cache_settings_come_from_env_and_are_checked() {
    let base = [
        ("ASKPG_UPSTREAM_URL", "postgres://ro@db/x"),
        ("ASKPG_AUTH_METHOD", "trust"),
    ];
    let load = |extra: &[(&str, &str)]| {
        let mut vars = env(&base);
        vars.extend(env(extra));
        Config::load(None, vars, &Overrides::default())
    };
    let config = load(&[
        ("ASKPG_CACHE_SIMILARITY_THRESHOLD", "0.9"),
        ("ASKPG_CACHE_TTL", "10m"),
        ("ASKPG_CACHE_SEMANTIC", "false"),
    ])
    .unwrap();
    assert!((config.cache.similarity_threshold - 0.9).abs() < 1e-6);
    assert_eq!(config.cache.ttl, Duration::from_secs(600));
    assert!(!config.cache.semantic && config.cache.exact);
    for (var, value, named) in [
        (
            "ASKPG_CACHE_SIMILARITY_THRESHOLD",
            "1.5",
            "cache.similarity_threshold",
        ),
        (
            "ASKPG_CACHE_SIMILARITY_THRESHOLD",
            "high",
            "cache.similarity_threshold",
        ),
        ("ASKPG_CACHE_TTL", "0s", "cache.ttl"),
        ("ASKPG_CACHE_MAX_ENTRIES", "0", "cache.max_entries"),
        (
            "ASKPG_CACHE_MAX_WEIGHT_BYTES",
            "10",
            "cache.max_weight_bytes",
        ),
    ] {
        let err = load(&[(var, value)]).unwrap_err().to_string();
        assert!(err.contains(named), "{var}={value}: {err}");
    }
    let err = load(&[
        ("ASKPG_CACHE_EXACT", "false"),
        ("ASKPG_CACHE_SEMANTIC", "false"),
    ])
    .unwrap_err()
    .to_string();
    assert!(err.contains("cache.enabled"), "{err}");
    let off = load(&[
        ("ASKPG_CACHE_ENABLED", "false"),
        ("ASKPG_CACHE_EXACT", "false"),
        ("ASKPG_CACHE_SEMANTIC", "false"),
    ]);
    assert!(off.is_ok(), "{off:?}");
}

#[test]
fn busy_polling_and_pinning_default_off_and_polling_is_bounded() {
    let base = [
        ("ASKPG_UPSTREAM_URL", "postgres://a@b/c"),
        ("ASKPG_AUTH_METHOD", "trust"),
    ];
    let config = Config::load(None, env(&base), &Overrides::default()).unwrap();
    assert_eq!(config.runtime.busy_poll_us, 0, "nothing spins unless asked");
    assert!(
        !config.runtime.pin_session_threads,
        "nothing pins unless asked"
    );
    assert_eq!(config.runtime.session_threads, 0, "sized from the CPUs");
    let mut vars = env(&base);
    vars.push(("ASKPG_RUNTIME_BUSY_POLL_US".into(), "200".into()));
    vars.push(("ASKPG_RUNTIME_PIN_SESSION_THREADS".into(), "true".into()));
    let config = Config::load(None, vars, &Overrides::default()).unwrap();
    assert_eq!(config.runtime.busy_poll_us, 200);
    assert!(config.runtime.pin_session_threads);
    let mut vars = env(&base);
    vars.push(("ASKPG_RUNTIME_BUSY_POLL_US".into(), "10001".into()));
    let err = Config::load(None, vars, &Overrides::default())
        .unwrap_err()
        .to_string();
    assert!(err.contains("runtime.busy_poll_us"), "{err}");
}

#[test]
fn the_ask_route_defaults_to_auto_and_comes_from_env() {
    let base = [
        ("ASKPG_UPSTREAM_URL", "postgres://ro@db/x"),
        ("ASKPG_AUTH_METHOD", "trust"),
    ];
    let load = |extra: &[(&str, &str)]| {
        let mut vars = env(&base);
        vars.extend(env(extra));
        Config::load(None, vars, &Overrides::default())
    };
    assert_eq!(load(&[]).unwrap().ask.route, Route::Auto);
    let config = load(&[("ASKPG_ASK_ROUTE", "llm")]).unwrap();
    assert_eq!(config.ask.route, Route::Llm);
    let config = load(&[("ASKPG_ASK_ROUTE", "builtin")]).unwrap();
    assert_eq!(config.ask.route, Route::Builtin);
    let err = load(&[("ASKPG_ASK_ROUTE", "sometimes")])
        .unwrap_err()
        .to_string();
    assert!(err.contains("route"), "{err}");
}
