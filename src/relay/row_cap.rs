//! The optional row cap for plain SQL (`guard.max_rows`): rows past the cap are dropped,
//! the command tag reports the rows sent, and a WARNING says the result was truncated.

use bytes::BytesMut;
use pgwire::messages::response::CommandComplete;
use pgwire::messages::Message;

pub(super) struct RowCap {
    max: u64,
    rows: u64,
}

impl RowCap {
    pub(super) fn new(max: u64) -> Self {
        Self { max, rows: 0 }
    }

    pub(super) fn active(&self) -> bool {
        self.max > 0
    }

    /// Counts a row; false when it is past the cap and must be dropped.
    pub(super) fn admit(&mut self) -> bool {
        self.rows += 1;
        self.rows <= self.max
    }

    /// At CommandComplete: the notice and corrected tag to send instead, if rows were
    /// dropped. Starts counting the next statement.
    pub(super) fn complete(&mut self, body: &[u8]) -> Option<BytesMut> {
        let dropped = self.rows.saturating_sub(self.max);
        self.rows = 0;
        if dropped == 0 {
            return None;
        }
        let tag = String::from_utf8_lossy(body.strip_suffix(&[0]).unwrap_or(body));
        // "SELECT n", "COPY n", "FETCH n": the count is the last word.
        let verb = tag.rsplit_once(' ').map_or(tag.as_ref(), |(verb, _)| verb);
        let mut out = BytesMut::new();
        crate::error::encode_warning(
            &format!(
                "result truncated to {} rows by askpg (guard.max_rows); {dropped} more rows were not sent",
                self.max
            ),
            &mut out,
        );
        let _ = CommandComplete::new(format!("{verb} {}", self.max)).encode(&mut out);
        Some(out)
    }

    /// An error or the end of a query string: nothing to correct.
    pub(super) fn reset(&mut self) {
        self.rows = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_corrected_only_when_rows_were_dropped() {
        let mut cap = RowCap::new(2);
        assert!(cap.admit() && cap.admit() && !cap.admit());
        let out = cap.complete(b"SELECT 3\0").unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.contains("truncated to 2 rows") && text.contains("SELECT 2"),
            "{text}"
        );
        assert!(cap.admit());
        assert!(cap.complete(b"SELECT 1\0").is_none());
    }
}
