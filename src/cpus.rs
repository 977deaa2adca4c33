//! The CPUs askpg may use: the CPUs of its affinity mask, and the CPU quota of its cgroup
//! (a container's CPU limit, a Kubernetes pod's `limits.cpu`). Session threads are sized
//! from both; pinning and busy polling stay off when the quota leaves askpg fewer CPUs than
//! it may run on.

use std::path::Path;

/// The CPUs askpg may run on and the CPU time its cgroup allows.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuBudget {
    /// CPUs of the affinity mask, in order; empty when it cannot be read.
    pub allowed: Vec<usize>,
    /// CPU time per period the cgroup quota allows, in CPUs (1.5: one and a half CPUs),
    /// when a quota applies.
    pub quota: Option<f64>,
}

impl CpuBudget {
    /// The budget of this process: its affinity and the quota from /sys/fs/cgroup.
    pub fn of_this_process() -> Self {
        let membership = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
        Self {
            allowed: allowed_cpus().unwrap_or_default(),
            quota: cgroup_cpu_quota(Path::new("/sys/fs/cgroup"), &membership),
        }
    }

    /// How many CPUs askpg can keep busy at once, and why: the CPUs it may run on, or
    /// fewer when the quota is lower (rounded up: a 1.5-CPU quota is spent on two CPUs
    /// half the time). At least 1.
    pub fn usable(&self) -> (usize, String) {
        let cpus = match self.allowed.len() {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        match self.quota {
            Some(quota) if (quota.ceil() as usize) < cpus => (
                (quota.ceil() as usize).max(1),
                format!("cgroup CPU quota {quota}"),
            ),
            _ => (cpus, format!("{cpus} CPUs askpg may run on")),
        }
    }

    /// Why askpg cannot use every CPU it may run on at once: a quota below their number.
    pub fn quota_below_allowed(&self) -> Option<String> {
        let allowed = self.allowed.len();
        self.quota
            .filter(|&quota| quota < allowed as f64)
            .map(|quota| {
                format!("a cgroup CPU quota of {quota} for the {allowed} CPUs askpg may run on")
            })
    }
}

/// The CPUs this process may run on (its affinity mask), in order.
pub(crate) fn allowed_cpus() -> Option<Vec<usize>> {
    // SAFETY: sched_getaffinity writes at most the size it is given into `set`, and
    // CPU_ISSET reads inside it.
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) != 0 {
            return None;
        }
        Some(
            (0..libc::CPU_SETSIZE as usize)
                .filter(|&cpu| libc::CPU_ISSET(cpu, &set))
                .collect(),
        )
    }
}

/// The CPU quota, in CPUs, of a process in the cgroups named by `membership` (the text of
/// `/proc/self/cgroup`) under `root` (where the cgroup file systems are mounted, normally
/// `/sys/fs/cgroup`). cgroup v2 reads `cpu.max`, v1 `cpu.cfs_quota_us` and
/// `cpu.cfs_period_us`. A quota on any ancestor limits its descendants too, so the smallest
/// on the way up counts. None when no quota applies or none can be read.
pub fn cgroup_cpu_quota(root: &Path, membership: &str) -> Option<f64> {
    membership
        .lines()
        .filter_map(|line| {
            let mut fields = line.splitn(3, ':');
            let (id, controllers, path) = (fields.next()?, fields.next()?, fields.next()?);
            if id == "0" && controllers.is_empty() {
                smallest_quota(root, path, v2_quota)
            } else if controllers.split(',').any(|c| c == "cpu") {
                // v1 mounts each hierarchy in a directory named after its controllers
                // ("cpu,cpuacct"), often with a "cpu" link to it.
                let mount = [root.join(controllers), root.join("cpu")]
                    .into_iter()
                    .find(|dir| dir.is_dir())?;
                smallest_quota(&mount, path, v1_quota)
            } else {
                None
            }
        })
        .reduce(f64::min)
}

/// The smallest quota `read` finds in the cgroup `path` under `mount` and its ancestors up
/// to `mount`.
fn smallest_quota(mount: &Path, path: &str, read: fn(&Path) -> Option<f64>) -> Option<f64> {
    let relative = path.trim_start_matches('/');
    let own = mount.join(relative);
    // In a container the mount usually is the process's own cgroup (a cgroup namespace or
    // a bind mount), and the path seen from the host does not exist under it.
    let start = if !relative.split('/').any(|part| part == "..") && own.is_dir() {
        own
    } else {
        mount.to_path_buf()
    };
    start
        .ancestors()
        .take_while(|dir| dir.starts_with(mount))
        .filter_map(read)
        .reduce(f64::min)
}

/// cgroup v2: `cpu.max` holds "QUOTA PERIOD" in microseconds, or "max PERIOD".
fn v2_quota(dir: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(dir.join("cpu.max")).ok()?;
    let mut fields = text.split_whitespace();
    let quota = fields.next()?;
    let period = fields.next().unwrap_or("100000");
    ratio(quota, period)
}

/// cgroup v1: `cpu.cfs_quota_us` (-1: none) and `cpu.cfs_period_us`.
fn v1_quota(dir: &Path) -> Option<f64> {
    let quota = std::fs::read_to_string(dir.join("cpu.cfs_quota_us")).ok()?;
    let period = std::fs::read_to_string(dir.join("cpu.cfs_period_us")).ok()?;
    ratio(quota.trim(), period.trim())
}

fn ratio(quota: &str, period: &str) -> Option<f64> {
    let quota: f64 = quota.parse().ok()?;
    let period: f64 = period.parse().ok()?;
    (quota > 0.0 && period > 0.0).then(|| quota / period)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, file: &str, text: &str) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join(file), text).unwrap();
    }

    #[test]
    fn cgroup_v2_cpu_max() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        write(root, "cpu.max", "max 100000\n");
        assert_eq!(cgroup_cpu_quota(root, "0::/\n"), None, "no limit");
        write(root, "cpu.max", "150000 100000\n");
        assert_eq!(cgroup_cpu_quota(root, "0::/\n"), Some(1.5));
        write(root, "cpu.max", "50000 100000\n");
        assert_eq!(cgroup_cpu_quota(root, "0::/\n"), Some(0.5));
    }

    #[test]
    fn cgroup_v2_takes_the_smallest_quota_on_the_way_up() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let pod = root.join("kubepods/pod1");
        let container = pod.join("abc");
        write(root, "cpu.max", "max 100000\n");
        write(&pod, "cpu.max", "200000 100000\n");
        write(&container, "cpu.max", "max 100000\n");
        let membership = "0::/kubepods/pod1/abc\n";
        assert_eq!(cgroup_cpu_quota(root, membership), Some(2.0));
        write(&container, "cpu.max", "100000 100000\n");
        assert_eq!(cgroup_cpu_quota(root, membership), Some(1.0));
    }

    #[test]
    fn a_path_missing_under_the_mount_reads_the_mount_itself() {
        // A cgroup namespace: /proc/self/cgroup names the path on the host, and the mount
        // is the container's own cgroup.
        let root = tempfile::tempdir().unwrap();
        write(root.path(), "cpu.max", "250000 100000\n");
        let quota = cgroup_cpu_quota(root.path(), "0::/system.slice/docker-1.scope\n");
        assert_eq!(quota, Some(2.5));
    }

    #[test]
    fn cgroup_v1_cfs_quota() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let cpu = root.join("cpu,cpuacct");
        write(&cpu, "cpu.cfs_quota_us", "-1\n");
        write(&cpu, "cpu.cfs_period_us", "100000\n");
        let membership = "4:memory:/docker/1\n3:cpu,cpuacct:/\n0::/\n";
        assert_eq!(cgroup_cpu_quota(root, membership), None, "-1: no limit");
        write(&cpu, "cpu.cfs_quota_us", "150000\n");
        assert_eq!(cgroup_cpu_quota(root, membership), Some(1.5));
        // A hierarchy of its own, mounted as "cpu".
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        let own = root.join("cpu/docker/1");
        write(&own, "cpu.cfs_quota_us", "50000\n");
        write(&own, "cpu.cfs_period_us", "100000\n");
        assert_eq!(cgroup_cpu_quota(root, "2:cpu:/docker/1\n"), Some(0.5));
    }

    #[test]
    fn no_cgroup_files_no_quota() {
        let root = tempfile::tempdir().unwrap();
        assert_eq!(cgroup_cpu_quota(root.path(), "0::/\n"), None);
        assert_eq!(cgroup_cpu_quota(root.path(), ""), None);
        assert_eq!(cgroup_cpu_quota(root.path(), "1:cpu:/\n"), None);
    }

    #[test]
    fn usable_cpus_follow_the_quota_rounded_up() {
        let budget = |quota| CpuBudget {
            allowed: vec![0, 1, 2, 3],
            quota,
        };
        assert_eq!(budget(None).usable(), (4, "4 CPUs askpg may run on".into()));
        assert_eq!(
            budget(Some(1.5)).usable(),
            (2, "cgroup CPU quota 1.5".into())
        );
        assert_eq!(
            budget(Some(0.2)).usable(),
            (1, "cgroup CPU quota 0.2".into())
        );
        assert_eq!(budget(Some(8.0)).usable().0, 4, "a quota above the CPUs");
        assert_eq!(budget(Some(4.0)).usable().0, 4);
        assert!(budget(None).quota_below_allowed().is_none());
        assert!(budget(Some(4.0)).quota_below_allowed().is_none());
        let reason = budget(Some(3.5)).quota_below_allowed().unwrap();
        assert!(reason.contains("quota of 3.5"), "{reason}");
    }
}
