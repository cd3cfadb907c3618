//! A small HTTP/1.1 server on 127.0.0.1 that serves fixture pages: the
//! integration tests use it to swap pages between runs and to misbehave on
//! purpose (hang, cut a body short, reset a connection, loop redirects).
//! It is test support only and never part of the product (the demo has its
//! own well-behaved server in `src/demo/server.rs`).
//!
//! Deliberately minimal and hand-written: a test server must be able to
//! break the protocol in ways a well-behaved framework will not. Every
//! response closes its connection. It records each request so tests can
//! check conditional GETs, robots.txt fetches and the User-Agent.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How a reply misbehaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    Normal,
    /// Accept the request and never answer.
    Hang,
    /// Send the headers and half the body, then reset the connection.
    ResetMidBody,
    /// Announce a longer Content-Length than the body sent.
    ShortBody,
    /// Wait this long before answering.
    Delay(Duration),
}

#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub behaviour: Behaviour,
    /// When set, sent as `ETag` and answered with 304 on a matching `If-None-Match`.
    pub etag: Option<String>,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            behaviour: Behaviour::Normal,
            etag: None,
        }
    }

    /// A 200 HTML page with an ETag derived from its bytes.
    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::new(200, "text/html; charset=utf-8", body).with_content_etag()
    }

    pub fn status(status: u16) -> Reply {
        Reply::new(
            status,
            "text/html",
            format!("<html><body><h1>Error {status}</h1></body></html>"),
        )
    }

    pub fn redirect(location: &str) -> Reply {
        Reply::new(302, "text/html", "").with_header("Location", location)
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn with_behaviour(mut self, behaviour: Behaviour) -> Reply {
        self.behaviour = behaviour;
        self
    }

    pub fn with_content_etag(mut self) -> Reply {
        self.etag = Some(format!("\"{}\"", &blake3::hash(&self.body).to_hex()[..16]));
        self
    }

    pub fn without_etag(mut self) -> Reply {
        self.etag = None;
        self
    }
}

/// One request the server saw.
#[derive(Debug, Clone)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    /// The request body (read when it announces a Content-Length).
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
    /// The status the server answered with (0 when it never answered).
    pub answered: u16,
}

impl LoggedRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

#[derive(Default)]
struct Shared {
    routes: HashMap<String, Reply>,
    log: Vec<LoggedRequest>,
}

/// A running fixture server; it stops when dropped.
pub struct FixtureServer {
    address: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    task: tokio::task::JoinHandle<()>,
}

impl FixtureServer {
    /// Binds 127.0.0.1 on a free port and serves in the current runtime.
    pub async fn start() -> std::io::Result<FixtureServer> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared::default()));
        let accept_shared = Arc::clone(&shared);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = Arc::clone(&accept_shared);
                tokio::spawn(async move {
                    let _ = serve(stream, shared).await;
                });
            }
        });
        Ok(FixtureServer {
            address,
            shared,
            task,
        })
    }

    /// The full URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// Serves `reply` at `path` from now on (replacing what was there).
    pub fn set(&self, path: &str, reply: Reply) {
        self.lock().routes.insert(path.to_string(), reply);
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.lock().log.clone()
    }

    pub fn clear_log(&self) {
        self.lock().log.clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Shared> {
        self.shared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for FixtureServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut stream: TcpStream, shared: Arc<Mutex<Shared>>) -> std::io::Result<()> {
    let mut head = Vec::with_capacity(1024);
    let mut buffer = [0u8; 4096];
    while !head.windows(4).any(|window| window == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).await?;
        if read == 0 || head.len() > 64 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let header_end = head
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .map_or(head.len(), |position| position + 4);
    let text = String::from_utf8_lossy(&head[..header_end]).into_owned();
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or("");
    let method = request_line
        .split_whitespace()
        .next()
        .unwrap_or("GET")
        .to_string();
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let headers: Vec<(String, String)> = lines
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect();
    let announced: usize = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0);
    let mut body = head[header_end..].to_vec();
    while body.len() < announced.min(8 * 1024 * 1024) {
        let read = stream.read(&mut buffer).await?;
        if read == 0 {
            break;
        }
        body.extend_from_slice(&buffer[..read]);
    }
    let reply = {
        let guard = shared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.routes.get(&path).cloned()
    };
    let reply = reply.unwrap_or_else(|| Reply::status(404));
    let if_none_match = headers
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case("if-none-match"))
        .map(|(_, value)| value.clone());
    let not_modified = reply.status == 200 && reply.etag.is_some() && if_none_match == reply.etag;
    let answered = match reply.behaviour {
        Behaviour::Hang => 0,
        _ if not_modified => 304,
        _ => reply.status,
    };
    {
        let mut guard = shared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        guard.log.push(LoggedRequest {
            method,
            path,
            body,
            headers,
            answered,
        });
    }
    match reply.behaviour {
        Behaviour::Hang => {
            tokio::time::sleep(Duration::from_secs(3600)).await;
            return Ok(());
        }
        Behaviour::Delay(delay) => tokio::time::sleep(delay).await,
        _ => {}
    }
    let mut response = format!(
        "HTTP/1.1 {} {}\r\nConnection: close\r\n",
        answered,
        reason_phrase(answered)
    );
    if let Some(etag) = &reply.etag {
        response.push_str(&format!("ETag: {etag}\r\n"));
    }
    if not_modified {
        response.push_str("\r\n");
        stream.write_all(response.as_bytes()).await?;
        return stream.shutdown().await;
    }
    for (name, value) in &reply.headers {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    let announced = match reply.behaviour {
        Behaviour::ShortBody => reply.body.len() + 1000,
        _ => reply.body.len(),
    };
    response.push_str(&format!("Content-Length: {announced}\r\n\r\n"));
    stream.write_all(response.as_bytes()).await?;
    match reply.behaviour {
        Behaviour::ResetMidBody => {
            stream
                .write_all(&reply.body[..reply.body.len() / 2])
                .await?;
            stream.flush().await?;
            // Linger 0 turns the close into a TCP reset.
            let _ = stream.set_zero_linger();
            drop(stream);
            Ok(())
        }
        _ => {
            stream.write_all(&reply.body).await?;
            stream.shutdown().await
        }
    }
}

fn reason_phrase(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    }
}
