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
    /// Measure how often the questions of a golden set are answered right.
    ///
    /// Each question is answered as an ASK is, and the rows of its SQL are compared with the
    /// rows of the gold SQL on the upstream.
    Eval(EvalArgs),
}

#[derive(clap::Args)]
struct EvalArgs {
    /// YAML list of `- id:`, `question:`, `sql:` (the gold SQL), optional `tags: [...]` and
    /// `order_matters: true|false`.
    golden: PathBuf,
    /// TOML configuration file, as for `serve`.
    #[arg(long, env = "ASKPG_CONFIG")]
    config: Option<PathBuf>,
    /// Upstream PostgreSQL URL with the read-only role (overrides `upstream.url`).
    #[arg(long)]
    upstream: Option<String>,
    /// What stdout gets: a table per question and the totals, or one JSON document.
    #[arg(long, value_enum, default_value_t)]
    format: askpg::eval::Format,
    /// Also write the JSON document to this file.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Exit with 1 when the accuracy (right / total) is below this percentage.
    #[arg(long, value_name = "PCT", default_value_t = 0.0, value_parser = percent)]
    min_accuracy: f64,
    /// Questions in flight at once.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    concurrency: u16,
    /// Consult and fill the semantic cache as ASK does (by default every question is
    /// generated).
    #[arg(long)]
    cache: bool,
}

fn percent(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .trim_end_matches('%')
        .parse()
        .map_err(|_| format!("expected a percentage, got {text:?}"))?;
    match (0.0..=100.0).contains(&value) {
        true => Ok(value),
        false => Err(format!("{value} is not between 0 and 100")),
    }
}

/// Usage and configuration errors, as clap reports its own.
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("askpg: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(async {
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
                finish(serve(config, overrides).await)
            }
            Command::Demo => finish(askpg::demo::run().await),
            Command::Eval(args) => eval(args).await,
        }
    })
}

async fn serve(config: Option<PathBuf>, overrides: Overrides) -> anyhow::Result<()> {
    let config = Config::load(config.as_deref(), std::env::vars(), &overrides)?;
    askpg::init_tracing(&config.log);
    askpg::run(config).await?;
    Ok(())
}

fn finish(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("askpg: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// 0 when the accuracy reaches `--min-accuracy`, 1 below it, 2 when no measurement came
/// out (configuration, golden file, upstream, corpus).
async fn eval(args: EvalArgs) -> ExitCode {
    let options = askpg::eval::Options {
        golden: args.golden,
        config: args.config,
        upstream: args.upstream,
        format: args.format,
        report: args.report,
        min_accuracy: args.min_accuracy,
        concurrency: usize::from(args.concurrency),
        cache: args.cache,
    };
    match askpg::eval::run(options).await {
        Ok(askpg::eval::Verdict::Passed) => ExitCode::SUCCESS,
        Ok(askpg::eval::Verdict::BelowMinimum) => ExitCode::from(1),
        Err(e) => {
            eprintln!("askpg eval: {e}");
            ExitCode::from(USAGE_ERROR)
        }
    }
}
