//! Session threads: each runs a single-threaded tokio runtime, and every session lives on
//! one of them from start to end. Both relay directions of a session then wake each other
//! on the same thread; with a work-stealing runtime they bounced between threads and
//! parking/unparking workers dominated the CPU profile of the relay.

use std::cell::Cell;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Poll, Waker};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use tokio::runtime::Handle;
use tokio::sync::oneshot;

use crate::config::RuntimeConfig;
use crate::cpus::CpuBudget;

pub struct Workers {
    handles: Vec<Handle>,
    stops: Vec<oneshot::Sender<()>>,
    threads: Vec<JoinHandle<()>>,
    next: AtomicUsize,
    pinned: bool,
    busy_poll: Duration,
}

impl Workers {
    /// Starts the session threads `runtime` asks for on the CPUs this process may use,
    /// logging how many and why, and why pinning or busy polling is off when asked for.
    pub fn for_runtime(runtime: &RuntimeConfig) -> std::io::Result<Self> {
        let budget = CpuBudget::of_this_process();
        let (threads, why) = thread_count(runtime.session_threads, &budget);
        tracing::info!("{threads} session threads ({why})");
        let configured = Duration::from_micros(runtime.busy_poll_us);
        let (busy_poll, no_busy_poll) = busy_poll_window(configured, &budget);
        if let Some(reason) = no_busy_poll {
            tracing::info!("busy polling is off: {reason} (runtime.busy_poll_us)");
        }
        let cpus = match runtime.pin_session_threads {
            false => Vec::new(),
            true => pinning(threads, &budget).unwrap_or_else(|reason| {
                tracing::info!(
                    "session threads are not pinned to CPUs: {reason} (runtime.pin_session_threads)"
                );
                Vec::new()
            }),
        };
        Self::start(threads, busy_poll, &cpus)
    }

    /// Starts `count` session threads (see [`thread_count`]), thread `i` pinned to
    /// `cpus[i]` when `cpus` is not empty (see [`pinning`]). Returns once every thread is
    /// running under its name and on its CPU, so that what the server then logs is true.
    pub fn start(
        count: usize,
        busy_poll_window: Duration,
        cpus: &[usize],
    ) -> std::io::Result<Self> {
        // Every CPU the threads are pinned to, where a thread may go during a large result.
        let mut all = cpus.to_vec();
        all.sort_unstable();
        all.dedup();
        let mut workers = Self {
            handles: Vec::with_capacity(count),
            stops: Vec::with_capacity(count),
            threads: Vec::with_capacity(count),
            next: AtomicUsize::new(0),
            pinned: !cpus.is_empty(),
            busy_poll: busy_poll_window,
        };
        let (started, running) = std::sync::mpsc::channel::<bool>();
        for i in 0..count {
            // I/O and timers only: signals are the main runtime's, and a signal driver
            // would also look for exited child processes on every turn of the loop.
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_io()
                .enable_time()
                .build()?;
            let cpu = cpus.get(i).copied();
            let all = all.clone();
            let (stop, stopped) = oneshot::channel::<()>();
            let started = started.clone();
            workers.handles.push(runtime.handle().clone());
            workers.stops.push(stop);
            let thread = std::thread::Builder::new()
                .name(format!("askpg-session-{i}"))
                .spawn(move || {
                    let pinned = cpu.is_some_and(|cpu| match pin_this_thread(cpu, all) {
                        Ok(()) => true,
                        Err(err) => {
                            tracing::warn!(cpu, error = %err, "cannot pin a session thread to its CPU");
                            false
                        }
                    });
                    let _ = started.send(pinned);
                    // A task, not part of the future below: waking that one from the relay
                    // would also wake the I/O driver through its eventfd, a system call
                    // per wake-up; a task is only queued on this thread.
                    if !busy_poll_window.is_zero() {
                        runtime.spawn(busy_poll(busy_poll_window));
                    }
                    runtime.block_on(async {
                        let _ = stopped.await;
                    });
                })?;
            workers.threads.push(thread);
        }
        drop(started);
        for _ in 0..count {
            // A thread that cannot report has exited; its sessions would never run.
            let pinned = running
                .recv()
                .map_err(|_| std::io::Error::other("a session thread exited at start"))?;
            workers.pinned &= pinned;
        }
        Ok(workers)
    }

    /// Whether every session thread is pinned to its CPU.
    pub fn pinned(&self) -> bool {
        self.pinned
    }

    /// The busy-poll window of the session threads (zero: off).
    pub fn busy_poll(&self) -> Duration {
        self.busy_poll
    }

    /// Number of session threads.
    pub fn threads(&self) -> usize {
        self.handles.len()
    }

    /// Runs a session on the next thread, round-robin.
    pub fn spawn<F>(&self, future: F)
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.handles.len();
        self.handles[i].spawn(future);
    }
}

impl Drop for Workers {
    fn drop(&mut self) {
        for stop in self.stops.drain(..) {
            let _ = stop.send(());
        }
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// Busy polling: after a session thread has relayed something, it keeps looking at its
/// sockets for up to `window` before it sleeps in the kernel, so the answer to a statement
/// it just forwarded, or the client's next statement, is picked up without a sleep and a
/// wake-up. On a virtual machine a vCPU that goes idle halts, and waking it again costs far
/// more than the relaying itself, so a single busy client gains most from it. The kernel's
/// guest halt-polling does the same for the whole machine, where the hypervisor enables it.
/// Off unless `runtime.busy_poll_us` asks for it: polling spends CPU time on a shared host.
///
/// It only uses a CPU nobody else wants: between looks it yields the CPU to any other
/// runnable thread, and once another thread did run there, it stops polling for a while.
///
/// And it only polls for a thread serving one busy session at a time. When reads came from
/// several sessions since the last look, the thread is woken often enough by their traffic,
/// and with that many clients the machine's CPUs are busy: polling then only adds CPU time
/// per transaction.
///
/// Nor does it poll while a large result streams: the rows then come in a steady flow, so a
/// wake-up brings plenty to relay, and a polling thread only competes for a CPU with the
/// backend producing the rows and the client reading them, which slows the stream.
async fn busy_poll(window: Duration) {
    let mut seen = ACTIVITY.with(Cell::get);
    loop {
        // Sleep (as far as this future goes) until a socket read returns data, or, after
        // reads from several sessions or of a large result, until PAUSE_READS more reads.
        let wake_at = if PAUSE.with(|m| m.replace(false)) {
            seen + PAUSE_READS
        } else {
            seen + 1
        };
        std::future::poll_fn(|cx| {
            if ACTIVITY.with(Cell::get) >= wake_at {
                return Poll::Ready(());
            }
            WAKE_AT.with(|w| w.set(wake_at));
            POLLER.with(|p| p.set(Some(cx.waker().clone())));
            Poll::Pending
        })
        .await;
        seen = ACTIVITY.with(Cell::get);
        if PAUSE.with(Cell::get) {
            continue;
        }
        let mut last = Instant::now();
        let mut contended = false;
        let mut switches = involuntary_switches();
        loop {
            // Deferred wake-up: the runtime looks at the sockets without blocking, runs what
            // became ready, then polls this future again.
            tokio::task::yield_now().await;
            if PAUSE.with(Cell::get) {
                break;
            }
            LOOKS.with(|l| l.set(l.get() + 1));
            let now = ACTIVITY.with(Cell::get);
            if now != seen {
                seen = now;
                last = Instant::now();
            } else if last.elapsed() >= window {
                break;
            }
            std::thread::yield_now();
            let after = involuntary_switches();
            if after != switches {
                contended = true;
                break;
            }
            switches = after;
        }
        if contended {
            // Another thread wanted this CPU: leave it to the kernel for a while. Sleeping
            // on a timer, rather than waking at every read and declining, keeps the relay's
            // reads free of this task while the CPUs are busy.
            tokio::time::sleep(CONTENDED_PAUSE).await;
            seen = ACTIVITY.with(Cell::get);
        }
    }
}

/// Session threads for `runtime.session_threads`, and why that many: the configured
/// number, or with 0 one per CPU askpg can keep busy (see [`CpuBudget::usable`]: the CPUs
/// it may run on, fewer under a cgroup CPU quota). With fewer threads than CPUs, many busy
/// sessions queue behind one thread while a core sits idle. More threads than the quota
/// allows only take turns on its CPU time.
pub fn thread_count(configured: usize, budget: &CpuBudget) -> (usize, String) {
    match configured {
        0 => budget.usable(),
        n => (n, "runtime.session_threads".to_owned()),
    }
}

/// The CPU for each of `threads` session threads, so that each stays on a CPU of its own
/// and the kernel moves the other processes around them. Left to the kernel, the threads
/// may take turns on one CPU instead of relaying side by side, and they migrate; on a
/// dedicated host pinning gives more transactions per second at a few clients per CPU.
/// Off unless `runtime.pin_session_threads` asks for it: on a shared host, every process
/// pinning its threads crowds the same CPUs.
///
/// Threads are pinned only when there is one for every CPU askpg may run on: pinning fewer
/// would keep them off CPUs that are idle. Nor under a CPU quota (a container's CPU limit)
/// smaller than the number of those CPUs: askpg's share may then be spent on any of them.
/// The reason is returned when threads are not pinned.
pub fn pinning(threads: usize, budget: &CpuBudget) -> Result<Vec<usize>, String> {
    let allowed = &budget.allowed;
    if allowed.is_empty() {
        return Err("the CPU affinity cannot be read".to_owned());
    }
    if let Some(reason) = budget.quota_below_allowed() {
        return Err(reason);
    }
    if threads < allowed.len() {
        return Err(format!(
            "{threads} session threads for {} CPUs (runtime.session_threads)",
            allowed.len()
        ));
    }
    Ok((0..threads).map(|i| allowed[i % allowed.len()]).collect())
}

/// Pins the calling session thread to `cpu`; while it relays a large result it may run on
/// any of `all` (see [`note_activity`]).
fn pin_this_thread(cpu: usize, all: Vec<usize>) -> std::io::Result<()> {
    set_thread_cpus(&[cpu])?;
    PIN.with(|p| *p.borrow_mut() = Some((cpu, all)));
    Ok(())
}

/// Restricts the calling thread to these CPUs.
fn set_thread_cpus(cpus: &[usize]) -> std::io::Result<()> {
    // SAFETY: the set is initialized before use, and sched_setaffinity only reads it; pid 0
    // is the calling thread.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        for &cpu in cpus {
            libc::CPU_SET(cpu, &mut set);
        }
        if libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// A pinned thread relaying a large result may run on any of askpg's CPUs until
/// PAUSE_READS reads without one have passed: the backend producing the rows and the
/// client reading them keep two CPUs busy, and a relay held on its own CPU would slow the
/// stream by waiting for that CPU.
fn follow_bulk(bulk: bool, count: u64) {
    PIN.with(|pin| {
        let pin = pin.borrow();
        let Some((cpu, all)) = pin.as_ref() else {
            return;
        };
        // Failures are ignored: the thread stays as it was, pinned or not, and relays on.
        if bulk {
            LAST_BULK.with(|b| b.set(count));
            if !WIDE.with(|w| w.replace(true)) {
                let _ = set_thread_cpus(all);
            }
        } else if WIDE.with(Cell::get) && count - LAST_BULK.with(Cell::get) >= PAUSE_READS {
            WIDE.with(|w| w.set(false));
            let _ = set_thread_cpus(&[*cpu]);
        }
    });
}

/// The busy-poll window to use: the configured one (0, off, unless `runtime.busy_poll_us`
/// asks for it), unless a CPU quota (a cgroup limit such as a container's CPU limit) leaves
/// askpg fewer CPUs than it may run on. Polling would then spend the quota, and the kernel
/// would throttle askpg for it. The reason is returned when polling is turned off.
pub fn busy_poll_window(configured: Duration, budget: &CpuBudget) -> (Duration, Option<String>) {
    if configured.is_zero() {
        return (configured, None);
    }
    match budget.quota_below_allowed() {
        Some(reason) => (Duration::ZERO, Some(reason)),
        None => (configured, None),
    }
}

/// Reads a session thread lets pass without busy polling after it saw reads from several
/// sessions, or a read of a large result.
const PAUSE_READS: u64 = 16;

/// Bytes of one answer after which it counts as a large result: far more than a transaction
/// of an interactive client or an OLTP driver reads, a few reads of a bulk transfer.
pub const BULK_ANSWER_BYTES: usize = 64 * 1024;

/// How long a session thread does not busy-poll after it found its CPU contended.
const CONTENDED_PAUSE: Duration = Duration::from_millis(2);

/// Times this thread was switched out while it could still run: by preemption, or by a
/// `sched_yield` that found another thread to run.
fn involuntary_switches() -> i64 {
    // SAFETY: getrusage only writes the struct it is given.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_THREAD, &mut usage) != 0 {
            return -1;
        }
        usage.ru_nivcsw
    }
}

thread_local! {
    /// Socket reads on this thread that returned data.
    static ACTIVITY: Cell<u64> = const { Cell::new(0) };
    /// The busy poller, while it waits for activity.
    static POLLER: Cell<Option<Waker>> = const { Cell::new(None) };
    /// The ACTIVITY count at which the waiting poller wants to be woken.
    static WAKE_AT: Cell<u64> = const { Cell::new(0) };
    /// The session of the last read, and whether reads of another session or of a large
    /// result came since the poller last looked.
    static LAST_SESSION: Cell<usize> = const { Cell::new(0) };
    static PAUSE: Cell<bool> = const { Cell::new(false) };
    /// Turns of the busy-poll loop on this thread (what the tests observe).
    static LOOKS: Cell<u64> = const { Cell::new(0) };
    /// The CPU this thread is pinned to, and every CPU askpg's session threads are on.
    static PIN: std::cell::RefCell<Option<(usize, Vec<usize>)>> = const { std::cell::RefCell::new(None) };
    /// Whether the pinned thread may run on all of them now (a large result streams), and
    /// the ACTIVITY count of the last read of a large result.
    static WIDE: Cell<bool> = const { Cell::new(false) };
    static LAST_BULK: Cell<u64> = const { Cell::new(0) };
}

/// Called by the relay when a read of `session` (any number unique among the thread's live
/// sessions) returned data: starts (or extends) busy polling, unless the read is part of a
/// large result (`bulk`: more than BULK_ANSWER_BYTES of one answer so far). A pinned thread
/// reading a large result is let off its CPU for a while (see `follow_bulk`).
pub fn note_activity(session: usize, bulk: bool) {
    if LAST_SESSION.with(|s| s.replace(session)) != session || bulk {
        PAUSE.with(|m| m.set(true));
    }
    let count = ACTIVITY.with(|a| {
        a.set(a.get() + 1);
        a.get()
    });
    follow_bulk(bulk, count);
    if count >= WAKE_AT.with(Cell::get) {
        if let Some(waker) = POLLER.with(Cell::take) {
            waker.wake();
        }
    }
}

#[cfg(test)]
mod tests {
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
        let (threads, why) = thread_count(0, &budget);
        assert_eq!((threads, why.as_str()), (2, "cgroup CPU quota 1.5"));
        let (threads, why) = thread_count(3, &budget);
        assert_eq!((threads, why.as_str()), (3, "runtime.session_threads"));
        let unlimited = CpuBudget {
            quota: None,
            ..budget
        };
        assert_eq!(thread_count(0, &unlimited).0, 4);
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
            // passed.
            tokio::time::sleep(Duration::from_millis(60)).await;
            let before = looks();
            reads(4 * PAUSE_READS as usize, 1, false).await;
            assert!(
                looks() > before,
                "polling did not resume for a single session"
            );

            // One session reading a large result: no polling either.
            let before =
                reads_without_polling(4 * PAUSE_READS as usize, 1, true, "a large result streamed")
                    .await;

            // Its answer complete, the session's next reads are polled for again.
            reads(4 * PAUSE_READS as usize, 1, false).await;
            assert!(
                looks() > before + 1,
                "polling did not resume after the result"
            );
        });
    }
}
