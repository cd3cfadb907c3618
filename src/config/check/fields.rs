//! What one `[[sources]]` table yields while it is being checked.

use std::time::Duration;

use url::Url;

use super::provenance;
use crate::model::SourceKind;

/// The values of one `[[sources]]` table that checked out so far.
#[derive(Default)]
pub(super) struct SourceFields {
    pub(super) id: Option<String>,
    pub(super) kind: Option<SourceKind>,
    /// With the offset of its value, for the message when it is wrong.
    pub(super) subject: Option<(String, usize)>,
    pub(super) name: Option<String>,
    pub(super) url: Option<Url>,
    pub(super) selector: Option<String>,
    pub(super) every: Option<Duration>,
    pub(super) provenance: provenance::ProvenanceFields,
}
