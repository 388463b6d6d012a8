//! The sends of one worker in flight: each row is delivered by a task of its own, and a task that
//! panics or is cancelled still ends its row.

use super::MailWorker;
use crate::entities::outbox_message;
use crate::services::error::ServiceError;
use std::collections::HashMap;
use tokio::task::{Id, JoinSet};
use uuid::Uuid;

/// What a send ends with: the row's id when the server took it (recorded later, with others),
/// `None` when its failure was recorded, or the error recording it.
pub(super) type SendEnd = Result<Option<Uuid>, ServiceError>;

/// Delivery tasks, each knowing its row.
#[derive(Default)]
pub(super) struct Sends {
    tasks: JoinSet<SendEnd>,
    /// Which row each task delivers, so a task that panics still ends its row.
    rows: HashMap<Id, Uuid>,
}

impl Sends {
    /// Starts `send(worker, row)` as a task of its own.
    pub(super) fn start<F, Fut>(&mut self, worker: &MailWorker, row: outbox_message::Model, send: F)
    where
        F: FnOnce(MailWorker, outbox_message::Model) -> Fut,
        Fut: Future<Output = SendEnd> + Send + 'static,
    {
        let row_id = row.id;
        let task = self.tasks.spawn(send(worker.clone(), row));
        self.rows.insert(task.id(), row_id);
    }

    /// How many sends are in flight.
    pub(super) fn len(&self) -> usize {
        self.tasks.len()
    }

    /// Waits for the next send to end, or `None` when none is in flight. A task that ended
    /// abnormally fails its row for good (`now` dates that).
    pub(super) async fn next_end(&mut self, worker: &MailWorker, now: i64) -> Option<SendEnd> {
        let joined = self.tasks.join_next_with_id().await?;
        Some(match joined {
            Ok((task, end)) => {
                self.rows.remove(&task);
                end
            }
            Err(ended) => {
                let row = self.rows.remove(&ended.id());
                worker
                    .record_abnormal_end(row, &ended, now)
                    .await
                    .map(|()| None)
            }
        })
    }
}
