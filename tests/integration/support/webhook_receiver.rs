//! A system that receives webhooks, on loopback inside the tests: it records every delivery
//! (its headers and body) and answers each as told, in turn (a status, or no answer in time).

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the receiver answers one delivery.
#[derive(Clone, Copy, Debug)]
pub enum Answer {
    /// This status at once.
    Status(u16),
    /// 200, after this long (longer than the sender waits: a timeout).
    Late(Duration),
}

/// One delivery as received.
#[derive(Clone, Debug)]
pub struct Received {
    /// Its `Fairplan-Event` header.
    pub event: String,
    /// Its `Fairplan-Signature` header.
    pub signature: String,
    /// Its body, as sent.
    pub body: String,
}

#[derive(Clone, Default)]
struct Shared {
    received: Arc<Mutex<Vec<Received>>>,
    answers: Arc<Mutex<VecDeque<Answer>>>,
}

/// The receiver: its address and what it got.
pub struct Receiver {
    /// `http://127.0.0.1:<port>/hooks`.
    pub url: String,
    shared: Shared,
}

impl Receiver {
    /// Starts a receiver answering 200 unless told otherwise.
    pub async fn start() -> Self {
        let shared = Shared::default();
        let app = Router::new()
            .route("/hooks", post(receive))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self {
            url: format!("http://127.0.0.1:{port}/hooks"),
            shared,
        }
    }

    /// Answers the next deliveries so, in turn (then 200 again).
    pub fn answer(&self, answers: &[Answer]) {
        self.shared
            .answers
            .lock()
            .unwrap()
            .extend(answers.iter().copied());
    }

    /// Every delivery received, in order (those answered with a failure too).
    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }
}

async fn receive(State(shared): State<Shared>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    shared.received.lock().unwrap().push(Received {
        event: header("fairplan-event"),
        signature: header("fairplan-signature"),
        body: String::from_utf8_lossy(&body).into_owned(),
    });
    let answer = shared.answers.lock().unwrap().pop_front();
    match answer {
        Some(Answer::Status(code)) => StatusCode::from_u16(code).unwrap(),
        Some(Answer::Late(wait)) => {
            tokio::time::sleep(wait).await;
            StatusCode::OK
        }
        None => StatusCode::OK,
    }
}
