//! The rare messages a relay direction receives (a fatal error from the other direction, a
//! change of the server's phase, "stop"). Each direction looks at its mailbox every time it
//! wakes up, so the empty case must cost next to nothing: one atomic load, and registering
//! the task's waker. A tokio channel and a watch receiver polled in the relay loop instead
//! cost queue walks and a lock per wake-up, a measurable share of a relayed transaction.

use std::collections::VecDeque;
use std::future::poll_fn;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::task::{Context, Poll};

use atomic_waker::AtomicWaker;

/// A queue with one reader task and any number of writers.
pub(super) struct Mailbox<T> {
    /// Set while `items` is non-empty or the mailbox is closed.
    ready: AtomicBool,
    closed: AtomicBool,
    items: Mutex<VecDeque<T>>,
    waker: AtomicWaker,
}

impl<T> Default for Mailbox<T> {
    fn default() -> Self {
        Self {
            ready: AtomicBool::new(false),
            closed: AtomicBool::new(false),
            items: Mutex::new(VecDeque::new()),
            waker: AtomicWaker::new(),
        }
    }
}

impl<T> Mailbox<T> {
    fn items(&self) -> std::sync::MutexGuard<'_, VecDeque<T>> {
        self.items.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues a message and wakes the reader.
    pub fn post(&self, item: T) {
        let mut items = self.items();
        items.push_back(item);
        self.ready.store(true, Ordering::Release);
        drop(items);
        self.waker.wake();
    }

    /// No more messages will come: once the queue is empty, `next` returns `None`.
    pub fn close(&self) {
        let items = self.items();
        self.closed.store(true, Ordering::Release);
        self.ready.store(true, Ordering::Release);
        drop(items);
        self.waker.wake();
    }

    fn poll_next(&self, cx: &mut Context<'_>) -> Poll<Option<T>> {
        if !self.ready.load(Ordering::Acquire) {
            self.waker.register(cx.waker());
            // A post between the load and the registration would otherwise be missed.
            if !self.ready.load(Ordering::Acquire) {
                return Poll::Pending;
            }
        }
        // `ready` changes only under the lock, so it cannot be reset over a post or a close.
        let mut items = self.items();
        let closed = self.closed.load(Ordering::Acquire);
        if let Some(item) = items.pop_front() {
            if items.is_empty() && !closed {
                self.ready.store(false, Ordering::Release);
            }
            return Poll::Ready(Some(item));
        }
        if closed {
            return Poll::Ready(None);
        }
        self.ready.store(false, Ordering::Release);
        self.waker.register(cx.waker());
        Poll::Pending
    }

    /// The next message; `None` once the mailbox is closed and empty.
    pub async fn next(&self) -> Option<T> {
        poll_fn(|cx| self.poll_next(cx)).await
    }
}

/// Closes a mailbox when dropped: the writer's "I am gone", whatever way it ends.
pub(super) struct CloseOnDrop<T>(pub std::sync::Arc<Mailbox<T>>);

impl<T> Drop for CloseOnDrop<T> {
    fn drop(&mut self) {
        self.0.close();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[tokio::test]
    async fn delivers_in_order_then_ends_when_closed() {
        let mailbox = Arc::new(Mailbox::default());
        let writer = mailbox.clone();
        let task = tokio::spawn(async move {
            for i in 0..3 {
                writer.post(i);
                tokio::task::yield_now().await;
            }
            drop(CloseOnDrop(writer));
        });
        let mut got = Vec::new();
        while let Some(i) = mailbox.next().await {
            got.push(i);
        }
        task.await.unwrap();
        assert_eq!(got, vec![0, 1, 2]);
        assert_eq!(mailbox.next().await, None, "stays closed");
    }

    #[tokio::test]
    async fn an_empty_mailbox_waits() {
        let mailbox: Mailbox<u8> = Mailbox::default();
        let waited =
            tokio::time::timeout(std::time::Duration::from_millis(20), mailbox.next()).await;
        assert!(waited.is_err(), "nothing posted, so nothing returned");
        mailbox.post(7);
        assert_eq!(mailbox.next().await, Some(7));
    }
}
