use super::*;
use crate::cpus::allowed_cpus;

/// Session threads of this process by name, with the CPUs each may run on.
fn session_threads() -> Vec<(String, String)> {
    let mut threads = Vec::new();
    for task in std::fs::read_dir("/proc/self/task").unwrap() {
        let path = task.unwrap().path();
        let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        if name.starts_with("askpg-session-") {
            let status = std::fs::read_to_string(path.join("status")).unwrap();
            let cpus = status
                .lines()
                .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
                .unwrap();
            threads.push((name.trim().to_owned(), cpus.trim().to_owned()));
        }
    }
    threads
}

#[test]
fn the_threads_run_named_and_pinned_when_start_returns() {
    let allowed = allowed_cpus().expect("the affinity of this process");
    // Started, each thread names itself and pins itself: start must wait for both, or
    // the server would announce threads that are not there yet (a CI run saw none).
    let workers = Workers::start(allowed.len(), Duration::ZERO, &allowed).unwrap();
    let threads = session_threads();
    assert_eq!(threads.len(), allowed.len(), "{threads:?}");
    assert!(workers.pinned());
    let mut cpus: Vec<usize> = threads.iter().map(|(_, c)| c.parse().unwrap()).collect();
    cpus.sort_unstable();
    assert_eq!(cpus, allowed, "{threads:?}");
    drop(workers);
    // A joined thread may linger in /proc for a moment while the kernel releases it.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !session_threads().is_empty() {
        assert!(Instant::now() < deadline, "stopped threads remain");
        std::thread::yield_now();
    }
    // Not pinned: the threads may run wherever the process may.
    let workers = Workers::start(2, Duration::ZERO, &[]).unwrap();
    assert!(!workers.pinned());
    assert_eq!(session_threads().len(), 2);
}

#[test]
fn threads_are_pinned_only_when_every_cpu_has_one() {
    let allowed = vec![0, 2, 3];
    let budget = CpuBudget {
        allowed: allowed.clone(),
        quota: None,
    };
    // One thread per CPU: each on its own.
    assert_eq!(pinning(3, &budget).unwrap(), allowed);
    // More threads than CPUs: they take the CPUs in turn.
    let doubled = pinning(6, &budget).unwrap();
    assert_eq!(doubled, [allowed.clone(), allowed.clone()].concat());
    // Fewer: not pinned, so no CPU is left out.
    let err = pinning(2, &budget).unwrap_err();
    assert!(err.contains("runtime.session_threads"), "{err}");
    // A quota below the CPUs: askpg's share may be spent on any of them.
    let limited = CpuBudget {
        quota: Some(2.5),
        ..budget.clone()
    };
    let err = pinning(3, &limited).unwrap_err();
    assert!(err.contains("CPU quota"), "{err}");
    // A quota as large as the CPUs leaves every one usable.
    let ample = CpuBudget {
        quota: Some(3.0),
        ..budget
    };
    assert_eq!(pinning(3, &ample).unwrap(), allowed);
}

#[test]
fn session_threads_follow_the_cpus_askpg_may_use() {
    let budget = CpuBudget {
        allowed: vec![0, 1, 2, 3],
        quota: Some(1.5),
    };
    let (threads, why) = thread_count(0, &budget, false);
    assert_eq!(
        (threads, why.as_str()),
        (1, "half of cgroup CPU quota 1.5, rounded up")
    );
    let (threads, why) = thread_count(0, &budget, true);
    assert_eq!((threads, why.as_str()), (2, "cgroup CPU quota 1.5"));
    let (threads, why) = thread_count(3, &budget, false);
    assert_eq!((threads, why.as_str()), (3, "runtime.session_threads"));
    let unlimited = CpuBudget {
        quota: None,
        ..budget
    };
    assert_eq!(thread_count(0, &unlimited, false).0, 2);
    assert_eq!(thread_count(0, &unlimited, true).0, 4);
    let one = CpuBudget {
        allowed: vec![0],
        quota: None,
    };
    assert_eq!(thread_count(0, &one, false).0, 1);
}

#[test]
fn busy_polling_is_off_under_a_quota_below_the_cpus() {
    let window = Duration::from_micros(200);
    let budget = CpuBudget {
        allowed: vec![0, 1],
        quota: None,
    };
    assert_eq!(busy_poll_window(window, &budget), (window, None));
    assert_eq!(busy_poll_window(Duration::ZERO, &budget).0, Duration::ZERO);
    let limited = CpuBudget {
        quota: Some(1.0),
        ..budget
    };
    let (off, reason) = busy_poll_window(window, &limited);
    assert_eq!(off, Duration::ZERO);
    assert!(reason.unwrap().contains("CPU quota"));
}

#[test]
fn a_pinned_thread_may_leave_its_cpu_while_a_large_result_streams() {
    let allowed = allowed_cpus().expect("the affinity of this process");
    // In a thread of its own: pinning changes the calling thread.
    std::thread::spawn(move || {
        let own = allowed[0];
        pin_this_thread(own, allowed.clone()).unwrap();
        let cpus = || allowed_cpus().unwrap();
        assert_eq!(cpus(), [own]);
        note_activity(1, false);
        assert_eq!(cpus(), [own], "small reads keep it pinned");
        note_activity(1, true);
        assert_eq!(cpus(), allowed, "free to move while a large result streams");
        for i in 1..PAUSE_READS {
            note_activity(1, false);
            assert_eq!(cpus(), allowed, "pinned again after {i} small reads");
        }
        note_activity(1, false);
        assert_eq!(cpus(), [own], "not pinned again after the large result");
        note_activity(2, true);
        assert_eq!(cpus(), allowed, "a second large result");
    })
    .join()
    .unwrap();
}

fn looks() -> u64 {
    LOOKS.with(Cell::get)
}

/// Reads `count` times, alternating over `sessions`, letting the poller run after each.
async fn reads(count: usize, sessions: usize, bulk: bool) {
    for i in 0..count {
        note_activity(1 + i % sessions, bulk);
        tokio::task::yield_now().await;
    }
}

/// After a quiet moment (the window, or a pause after contention, ends), reads that must
/// not be polled for: the poller may turn once, racing the first read, and no more.
/// Returns the turns counted before the reads.
async fn reads_without_polling(count: usize, sessions: usize, bulk: bool, what: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(60)).await;
    let before = looks();
    reads(count, sessions, bulk).await;
    let during = looks() - before;
    assert!(during <= 1, "{during} busy-poll turns while {what}");
    before
}

/// Whether one session's reads are polled for (more than `slack` turns) within a few tries
/// after a quiet moment.
async fn polls_again(slack: u64) -> bool {
    for _ in 0..5 {
        tokio::time::sleep(Duration::from_millis(60)).await;
        let before = looks();
        reads(4 * PAUSE_READS as usize, 1, false).await;
        if looks() > before + slack {
            return true;
        }
    }
    false
}

#[test]
fn the_poller_polls_for_one_busy_session_and_pauses_for_several_sessions_or_a_large_result() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        tokio::spawn(busy_poll(Duration::from_millis(20)));
        tokio::task::yield_now().await;

        // One session: after the first read of a new session (which counts as a switch
        // of sessions), its reads start busy polling.
        reads(40, 1, false).await;
        assert!(looks() > 0, "no busy polling for a single busy session");

        // Two sessions take turns: the poller stays asleep.
        reads_without_polling(
            2 * PAUSE_READS as usize,
            2,
            false,
            "two sessions shared the thread",
        )
        .await;

        // Back to one session: polling resumes once the pause of PAUSE_READS reads has
        // passed (on a loaded machine another thread wanting the CPU pauses it again for a
        // while, so a few tries are allowed).
        assert!(
            polls_again(0).await,
            "polling did not resume for a single session"
        );

        // One session reading a large result: no polling either.
        reads_without_polling(4 * PAUSE_READS as usize, 1, true, "a large result streamed").await;

        // Its answer complete, the session's next reads are polled for again.
        assert!(
            polls_again(1).await,
            "polling did not resume after the result"
        );
    });
}
