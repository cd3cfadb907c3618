//! needlewatch: keeps compliance teams current on whether physical
//! therapists may perform dry needling (CPT 20560/20561) in each state and
//! whether payers cover it.
//!
//! The pipeline, one module per stage: [`config`] → [`fetch`] → [`extract`]
//! → [`classify`] → [`store`] → [`detect`] / [`diff`] → [`report`], run in
//! order by [`pipeline`]. [`commands`] holds one file per subcommand, which
//! `main` dispatches to after [`cli`] has parsed the arguments. See
//! ARCHITECTURE.md for the map and invariants.

pub mod baseline;
pub mod classify;
pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod detect;
pub mod diff;
pub mod extract;
pub mod fetch;
pub mod jurisdiction;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod robots;
pub mod store;
pub mod suggest;
