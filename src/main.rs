use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use askpg::config::{Config, Overrides};

/// askpg: ask your PostgreSQL questions in plain English, from the tools you already use.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the proxy in front of an upstream PostgreSQL.
    Serve {
        /// TOML configuration file (every key: config/askpg.example.toml).
        #[arg(long, env = "ASKPG_CONFIG")]
        config: Option<PathBuf>,
        /// Address for PostgreSQL clients (overrides `listen`).
        #[arg(long)]
        listen: Option<String>,
        /// Upstream PostgreSQL URL with the read-only role (overrides `upstream.url`).
        #[arg(long)]
        upstream: Option<String>,
        /// HTTP address for /metrics and /healthz (overrides `metrics.listen`).
        #[arg(long)]
        metrics_listen: Option<String>,
    },
    /// Start a private PostgreSQL with the demo warehouse and askpg on 127.0.0.1:6543.
    Demo,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("askpg: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result: anyhow::Result<()> = runtime.block_on(async {
        match cli.command {
            Command::Serve {
                config,
                listen,
                upstream,
                metrics_listen,
            } => {
                let overrides = Overrides {
                    listen,
                    upstream_url: upstream,
                    metrics_listen,
                };
                let config = Config::load(config.as_deref(), std::env::vars(), &overrides)?;
                askpg::init_tracing(&config.log);
                askpg::run(config).await?;
                Ok(())
            }
            Command::Demo => askpg::demo::run().await,
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("askpg: {e:#}");
            ExitCode::FAILURE
        }
    }
}
