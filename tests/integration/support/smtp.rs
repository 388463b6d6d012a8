//! A small SMTP server for tests: speaks enough of RFC 5321 for lettre, keeps every message it
//! accepts, and can be told to refuse for good (5xx) or for now (4xx), every sender or one
//! recipient, so failures are exercised against a real connection.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// How the server answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// Accept every message.
    Accept,
    /// Refuse every sender with `554 5.7.1` (permanent).
    Refuse,
    /// Put every sender off with `451 4.3.0` (transient: try again later).
    Defer,
}

/// A message as received.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    /// Envelope recipients.
    pub to: Vec<String>,
    /// The raw message (dot-unstuffed), CRLF line ends.
    pub raw: String,
    /// Whether MAIL arrived together with the commands after it (RFC 2920 pipelining).
    pub pipelined: bool,
}

impl ReceivedMail {
    /// The parsed MIME message.
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(self.raw.as_bytes()).expect("a parseable message")
    }

    /// The value of a top-level header.
    pub fn header(&self, name: &str) -> Option<String> {
        use mailparse::MailHeaderMap;
        self.parsed().headers.get_first_value(name)
    }

    /// The decoded body of the first part with this MIME type.
    pub fn part(&self, mime_type: &str) -> Option<String> {
        fn find(part: &mailparse::ParsedMail<'_>, wanted: &str) -> Option<String> {
            if part.ctype.mimetype == wanted {
                return part.get_body().ok();
            }
            part.subparts.iter().find_map(|p| find(p, wanted))
        }
        find(&self.parsed(), mime_type)
    }
}

/// A running test SMTP server on a free loopback port.
#[derive(Clone)]
pub struct TestSmtpServer {
    /// The port it listens on.
    pub port: u16,
    received: Arc<Mutex<Vec<ReceivedMail>>>,
    behaviour: Arc<Mutex<Behaviour>>,
    /// Recipients answered `550 5.1.1` (no such mailbox) while others are accepted.
    unknown_recipients: Arc<Mutex<Vec<String>>>,
    /// Whether each connection is closed, without a word, after the message it carried.
    hang_up_after_each_mail: Arc<std::sync::atomic::AtomicBool>,
    /// `user:password` of each successful AUTH PLAIN, decoded.
    logins: Arc<Mutex<Vec<String>>>,
}

impl TestSmtpServer {
    /// Starts a server that accepts mail.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let port = listener.local_addr().expect("local address").port();
        let server = Self {
            port,
            received: Arc::default(),
            behaviour: Arc::new(Mutex::new(Behaviour::Accept)),
            unknown_recipients: Arc::default(),
            hang_up_after_each_mail: Arc::default(),
            logins: Arc::default(),
        };
        let shared = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let session = shared.clone();
                tokio::spawn(async move {
                    let _ = session.serve(stream).await;
                });
            }
        });
        server
    }

    /// The lettre URL of this server.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Changes how further messages are answered.
    pub fn set_behaviour(&self, behaviour: Behaviour) {
        *self.behaviour.lock().unwrap() = behaviour;
    }

    /// From now on answers `550 5.1.1 No such mailbox` (permanent) for `address` alone.
    pub fn refuse_recipient(&self, address: &str) {
        self.unknown_recipients
            .lock()
            .unwrap()
            .push(address.to_ascii_lowercase());
    }

    /// From now on closes each connection silently once it has taken a message, as a server
    /// with a short idle limit or one restarting does.
    pub fn hang_up_after_each_mail(&self) {
        self.hang_up_after_each_mail
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// `user:password` of every login so far (AUTH PLAIN, decoded).
    pub fn logins(&self) -> Vec<String> {
        self.logins.lock().unwrap().clone()
    }

    /// Every message accepted so far.
    pub fn received(&self) -> Vec<ReceivedMail> {
        self.received.lock().unwrap().clone()
    }

    async fn serve(&self, stream: TcpStream) -> std::io::Result<()> {
        let (read, write) = stream.into_split();
        let mut lines = BufReader::new(read);
        // Answers to pipelined commands go out together, as RFC 2920 asks of servers (and as
        // Postfix does): flushed only when no command is left unread. Written one by one,
        // Nagle's algorithm would hold each answer after the first for the client's delayed ACK.
        let mut write = tokio::io::BufWriter::new(write);
        write.write_all(b"220 test.smtp ESMTP ready\r\n").await?;
        write.flush().await?;
        let mut recipients = Vec::new();
        // Whether the transaction's MAIL was accepted, and came with RCPT in the same write.
        let (mut mail_accepted, mut pipelined) = (false, false);
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await? == 0 {
                return Ok(());
            }
            let command = line.trim_end().to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") {
                b"250-test.smtp\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN\r\n250 PIPELINING\r\n"
            } else if let Some(login) = command.strip_prefix("AUTH PLAIN ") {
                // The initial response, as lettre sends it: base64 of "\0user\0password".
                use base64::Engine;
                let original = &line.trim_end()[line.trim_end().len() - login.len()..];
                match base64::engine::general_purpose::STANDARD.decode(original) {
                    Ok(decoded) => {
                        let decoded = String::from_utf8_lossy(&decoded).into_owned();
                        let login = decoded.trim_start_matches('\0').replacen('\0', ":", 1);
                        self.logins.lock().unwrap().push(login);
                        b"235 2.7.0 Authentication successful\r\n"
                    }
                    Err(_) => b"501 5.5.2 Cannot decode the answer\r\n",
                }
            } else if command.starts_with("HELO") {
                b"250 test.smtp\r\n"
            } else if command.starts_with("MAIL FROM") {
                recipients.clear();
                pipelined = lines
                    .buffer()
                    .windows(4)
                    .any(|w| w.eq_ignore_ascii_case(b"RCPT"));
                let behaviour = *self.behaviour.lock().unwrap();
                mail_accepted = behaviour == Behaviour::Accept;
                match behaviour {
                    Behaviour::Refuse => b"554 5.7.1 Relaying refused by the test server\r\n",
                    Behaviour::Defer => b"451 4.3.0 Try again later, says the test server\r\n",
                    Behaviour::Accept => b"250 2.1.0 OK\r\n",
                }
            } else if command.starts_with("RCPT TO") {
                let address = line.trim_end()[8..]
                    .trim()
                    .trim_start_matches('<')
                    .trim_end_matches('>');
                let unknown = self
                    .unknown_recipients
                    .lock()
                    .unwrap()
                    .contains(&address.to_ascii_lowercase());
                if unknown {
                    b"550 5.1.1 No such mailbox here\r\n"
                } else {
                    recipients.push(address.to_owned());
                    b"250 2.1.5 OK\r\n"
                }
            } else if command == "DATA" && (!mail_accepted || recipients.is_empty()) {
                // As real servers answer a pipelined DATA after a refused MAIL or RCPT.
                b"503 5.5.1 No valid sender or recipients\r\n"
            } else if command == "DATA" {
                mail_accepted = false;
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                write.flush().await?;
                let raw = read_data(&mut lines).await?;
                self.received.lock().unwrap().push(ReceivedMail {
                    to: recipients.clone(),
                    raw,
                    pipelined,
                });
                if self
                    .hang_up_after_each_mail
                    .load(std::sync::atomic::Ordering::SeqCst)
                {
                    write.write_all(b"250 2.0.0 Queued\r\n").await?;
                    write.flush().await?;
                    return Ok(());
                }
                b"250 2.0.0 Queued\r\n"
            } else if command == "QUIT" {
                write.write_all(b"221 2.0.0 Bye\r\n").await?;
                write.flush().await?;
                return Ok(());
            } else if command == "RSET" || command == "NOOP" {
                b"250 2.0.0 OK\r\n"
            } else {
                b"502 5.5.2 Command not recognised\r\n"
            };
            write.write_all(reply).await?;
            if lines.buffer().is_empty() {
                write.flush().await?;
            }
        }
    }
}

async fn read_data(
    lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<String> {
    let mut raw = String::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            // The client went away mid-message: nothing was received.
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        if line == ".\r\n" || line == ".\n" {
            return Ok(raw);
        }
        // Dot-stuffing: a leading dot was doubled by the client.
        raw.push_str(line.strip_prefix('.').unwrap_or(&line));
    }
}
