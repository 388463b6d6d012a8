//! Draining the outbox as a stream, as the running worker does: `concurrency` sends stay in
//! flight while the next rows are claimed beside them, and a recorder marks sent mails in one
//! write for as many as ended meanwhile. Stepping batch by batch (claim, send all, record) left
//! the connections idle during both writes and while the slowest mail of each batch finished.

use super::sends::Sends;
use super::{LEASE_MS, MailWorker};
use crate::clock::now_ms;
use crate::services::delivery;
use crate::services::error::ServiceError;
use std::collections::VecDeque;
use tokio::sync::{mpsc, watch};
use uuid::Uuid;

/// Rows claimed at once, per concurrent send: enough that claiming is a small share of the
/// work, few enough that a crashed worker's lease holds back little mail.
const CLAIMED_PER_SEND: usize = 16;

/// The most sent mails one recording write covers.
const MOST_RECORDED_AT_ONCE: usize = 512;

impl MailWorker {
    /// Delivers every message due until a claim finds no more (or, once `shutdown` turns true,
    /// only the rows already claimed); returns how many rows were claimed. Times are the
    /// clock's at each step.
    pub async fn drain(&self, shutdown: &watch::Receiver<bool>) -> Result<usize, ServiceError> {
        let concurrency = self.settings.concurrency.max(1);
        let batch = concurrency * CLAIMED_PER_SEND;
        let (sent, to_record) = mpsc::unbounded_channel();
        let recorder = tokio::spawn(self.clone().record_sent_as_they_come(to_record));
        let mut queue = VecDeque::new();
        let mut sends = Sends::default();
        let mut outbox_empty = false;
        let mut claimed = 0;
        let mut first_error = None;
        loop {
            // Claim before the queue runs dry, so the sends in flight cover the claim's time.
            if !outbox_empty && queue.len() < concurrency && !*shutdown.borrow() {
                match self.claim(batch).await {
                    Ok(rows) => {
                        outbox_empty = rows.len() < batch;
                        claimed += rows.len();
                        queue.extend(rows);
                    }
                    Err(e) => {
                        outbox_empty = true;
                        first_error = first_error.or(Some(e));
                    }
                }
            }
            while sends.len() < concurrency
                && let Some(row) = queue.pop_front()
            {
                sends.start(self, row, |worker, row| async move {
                    worker.deliver_one(row, now_ms()).await
                });
            }
            let Some(ended) = sends.next_end(self, now_ms()).await else {
                break;
            };
            match ended {
                Ok(Some(id)) => {
                    if sent.send(id).is_err() {
                        // Only if the recorder panicked: the lease runs out and it goes again.
                        tracing::error!(outbox_id = %id, "a sent mail could not be recorded");
                    }
                }
                Ok(None) => {}
                Err(e) => first_error = first_error.or(Some(e)),
            }
        }
        drop(sent);
        let recorded = recorder.await.unwrap_or_else(|ended| {
            tracing::error!(error = %ended, "the recorder of sent mails stopped unexpectedly");
            Ok(())
        });
        first_error.or(recorded.err()).map_or(Ok(claimed), Err)
    }

    async fn claim(
        &self,
        batch: usize,
    ) -> Result<Vec<crate::entities::outbox_message::Model>, ServiceError> {
        let limit = u64::try_from(batch).unwrap_or(u64::MAX);
        delivery::claim_due(&self.db, now_ms(), LEASE_MS, limit).await
    }

    /// Marks sent mails as their ids arrive, in one write for all that arrived meanwhile; ends
    /// when the channel closes, with the first error.
    async fn record_sent_as_they_come(
        self,
        mut ids: mpsc::UnboundedReceiver<Uuid>,
    ) -> Result<(), ServiceError> {
        let mut first_error = None;
        let mut batch = Vec::new();
        while ids.recv_many(&mut batch, MOST_RECORDED_AT_ONCE).await > 0 {
            if let Err(e) = delivery::record_sent(&self.db, &self.config, &batch, now_ms()).await {
                first_error = first_error.or(Some(e));
            }
            batch.clear();
        }
        first_error.map_or(Ok(()), Err)
    }
}
