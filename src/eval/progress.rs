//! Progress on stderr while questions are scored: a bar redrawn in place on a terminal, one
//! plain line per question otherwise (CI logs, files).

use std::io::{IsTerminal, Write};

use super::score::{Scored, Status};
use super::summary::millis;

pub struct Progress {
    total: usize,
    done: usize,
    /// right, wrong, refused, error.
    counts: [usize; 4],
    terminal: bool,
}

const BAR: usize = 30;

impl Progress {
    pub fn new(total: usize) -> Self {
        Self {
            total,
            done: 0,
            counts: [0; 4],
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Records one scored question.
    pub fn record(&mut self, id: &str, scored: &Scored) {
        self.done += 1;
        self.counts[match scored.status {
            Status::Right => 0,
            Status::Wrong => 1,
            Status::Refused => 2,
            Status::Error => 3,
        }] += 1;
        let line = if self.terminal {
            let filled = BAR * self.done / self.total.max(1);
            let [right, wrong, refused, error] = self.counts;
            format!(
                "\r\x1b[2K[{}{}] {}/{}  right {right}  wrong {wrong}  refused {refused}  error {error}",
                "#".repeat(filled),
                "-".repeat(BAR - filled),
                self.done,
                self.total,
            )
        } else {
            format!(
                "[{}/{}] {id}: {} ({:.1} ms)\n",
                self.done,
                self.total,
                scored.status.label(),
                millis(scored.latency)
            )
        };
        let mut stderr = std::io::stderr().lock();
        let _ = stderr.write_all(line.as_bytes());
        let _ = stderr.flush();
    }

    /// Clears the bar, so what follows starts on a clean line.
    pub fn finish(&self) {
        if self.terminal {
            let _ = std::io::stderr().write_all(b"\r\x1b[2K");
        }
    }
}
