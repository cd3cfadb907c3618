//! The integration tests, in one binary. They run the real `needlewatch`
//! binary against fixture pages served from 127.0.0.1 and never touch the
//! internet.

mod architecture;
mod browser;
mod corpus;
mod crawl;
mod durability;
mod fetching;
mod fixture_server;
mod outage;
mod reading;
mod reliability;
mod review;
mod support;
mod watchlist;
mod words;
