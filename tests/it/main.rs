//! The integration tests, in one binary. They run the real `needlewatch`
//! binary against fixture pages served from 127.0.0.1 and never touch the
//! internet.

mod architecture;
mod browser;
mod corpus;
mod crawl;
mod fetching;
mod fixture_server;
mod reliability;
mod review;
mod support;
mod watchlist;
