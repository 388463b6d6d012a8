//! Draining the outbox as a stream, as the running worker does: `concurrency` sends stay in
//! flight while the next rows are claimed beside them, and a recorder marks sent mails in one
//! write for as many as ended meanwhile. Claimed rows not tried (the worker stopping, or a
//! lease too short for a whole send) are given back. Stepping batch by batch (claim, send all, record) left
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

/// Lease a claimed row must still have for its send to start: a send is cut off after 60 s
/// (`mail::smtp`), so it ends, and is recorded, while the row is still this worker's. A row with
/// less is given back rather than risk another worker taking it over mid-send.
const LEASE_LEFT_TO_START_MS: i64 = 120_000;

/// The most sent mails one recording write covers.
const MOST_RECORDED_AT_ONCE: usize = 512;

impl MailWorker {
    /// Delivers every message due until a claim finds no more; returns how many rows were
    /// claimed. Once `shutdown` turns true it starts no more sends: those in flight finish and
    /// the rows still queued are given back, `pending` at once with the attempt uncounted, so
    /// stopping takes at most one send's time. Times are the clock's at each step.
    pub async fn drain(&self, shutdown: &watch::Receiver<bool>) -> Result<usize, ServiceError> {
        let concurrency = self.settings.concurrency.max(1);
        let batch = concurrency * CLAIMED_PER_SEND;
        let (sent, to_record) = mpsc::unbounded_channel();
        let recorder = tokio::spawn(self.clone().record_sent_as_they_come(to_record));
        let mut queue = VecDeque::new();
        // Rows claimed but not to be tried now (stopping, or too little lease left).
        let mut given_back = Vec::new();
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
            if *shutdown.borrow() {
                given_back.extend(queue.drain(..));
            }
            while sends.len() < concurrency
                && let Some(row) = queue.pop_front()
            {
                let lease_left = row.lease_until.unwrap_or(0) - now_ms();
                if lease_left < LEASE_LEFT_TO_START_MS {
                    given_back.push(row);
                    continue;
                }
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
        if let Err(e) = delivery::release(&self.db, &given_back).await {
            // Not lost: their lease runs out and they are claimed again.
            first_error = first_error.or(Some(e));
        }
        let recorded = recorder.await.unwrap_or_else(|ended| {
            // Its mails were sent but not recorded: they go again when their lease runs out.
            tracing::error!(error = %ended, "the recorder of sent mails stopped unexpectedly");
            Err(ServiceError::Internal(format!(
                "the recorder of sent mails stopped: {ended}"
            )))
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
