//! The demo's page server: a few lines of HTTP/1.1 on 127.0.0.1 that serve
//! the bundled pages, each with an ETag (a matching `If-None-Match` gets a
//! 304, as a real site's would), and swap them between the demo's crawls.
//!
//! It only ever behaves well: the misbehaving server the tests need lives in
//! `tests/it/fixture_server.rs`, outside the product.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

type Pages = Arc<Mutex<HashMap<String, &'static [u8]>>>;

/// A running page server; it stops when dropped.
pub struct PageServer {
    address: SocketAddr,
    pages: Pages,
    task: tokio::task::JoinHandle<()>,
}

impl PageServer {
    /// Binds 127.0.0.1 on a free port and serves in the current runtime.
    pub async fn start() -> std::io::Result<PageServer> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let pages = Pages::default();
        let served = Arc::clone(&pages);
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let pages = Arc::clone(&served);
                tokio::spawn(async move {
                    let _ = serve(stream, pages).await;
                });
            }
        });
        Ok(PageServer {
            address,
            pages,
            task,
        })
    }

    /// The full URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.address, path)
    }

    /// Serves `html` at `path` from now on (replacing what was there).
    pub fn set(&self, path: &str, html: &'static [u8]) {
        self.pages
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path.to_string(), html);
    }
}

impl Drop for PageServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Answers one request and closes the connection.
async fn serve(mut stream: TcpStream, pages: Pages) -> std::io::Result<()> {
    let mut head = Vec::with_capacity(1024);
    let mut buffer = [0u8; 4096];
    while !head.windows(4).any(|window| window == b"\r\n\r\n") {
        let read = stream.read(&mut buffer).await?;
        if read == 0 || head.len() > 64 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let text = String::from_utf8_lossy(&head);
    let mut lines = text.split("\r\n");
    let path = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .unwrap_or("/");
    let if_none_match = lines
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("if-none-match"))
        .map(|(_, value)| value.trim().to_string());
    let page = pages
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get(path)
        .copied();
    let response = match page {
        Some(body) => {
            let etag = format!("\"{}\"", &blake3::hash(body).to_hex()[..16]);
            if if_none_match.as_deref() == Some(etag.as_str()) {
                format!("HTTP/1.1 304 Not Modified\r\nConnection: close\r\nETag: {etag}\r\n\r\n")
                    .into_bytes()
            } else {
                let mut response = format!(
                    "HTTP/1.1 200 OK\r\nConnection: close\r\nETag: {etag}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                )
                .into_bytes();
                response.extend_from_slice(body);
                response
            }
        }
        None => {
            let body = "<html><body><h1>Error 404</h1></body></html>";
            format!(
                "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
            .into_bytes()
        }
    };
    stream.write_all(&response).await?;
    stream.shutdown().await
}
