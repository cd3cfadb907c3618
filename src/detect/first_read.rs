//! The first reading of a source: a `source_added` event, turned into a
//! `status_changed` when it contradicts the baseline, and flagged for
//! review when it differs from the position the watch list says a person
//! saw on the page (`stated`).

use super::{Context, describe, event};
use crate::model::{ChangeKind, Severity, Status};
use crate::store::{EventRecord, NewSnapshot};

/// The note for a first reading that differs from the stated position.
pub fn stated_disagreement(stated: Option<Status>, read: Status) -> Option<String> {
    let stated = stated?;
    (stated != read).then(|| {
        format!("reading disagrees with the stated position (stated {stated}, read {read})")
    })
}

/// `source_added`, or a `status_changed` when the first reading
/// contradicts the baseline's position; either asks for review when the
/// reading is not what the watch list says was seen.
pub(super) fn first_read(context: &Context<'_>, snapshot: &NewSnapshot) -> EventRecord {
    let source = context.source;
    let finding = &snapshot.record.finding;
    let mut added = event(
        context,
        ChangeKind::SourceAdded,
        Severity::Low,
        None,
        finding,
        format!(
            "First read of {}: {}",
            source.id,
            describe(finding.status, finding.reason)
        ),
        (None, Some(snapshot.record.seq)),
        None,
    );
    let differs_from_baseline = context.baseline.filter(|&(status, reason)| {
        finding.status.is_position() && (status, reason) != (finding.status, finding.reason)
    });
    if let Some((status, reason)) = differs_from_baseline {
        // The first reading contradicts what was known before.
        added.kind = ChangeKind::StatusChanged;
        added.severity = Severity::High;
        added.review = true;
        added.old_status = Some(status);
        added.old_reason = reason;
        added.summary = format!(
            "{} → {} (first read of {}; the baseline said {})",
            describe(status, reason),
            describe(finding.status, finding.reason),
            source.id,
            describe(status, reason)
        );
    }
    if let Some(note) = stated_disagreement(source.provenance.stated, finding.status) {
        // Either the classifier or the person misread the page: a reviewer decides.
        added.review = true;
        added.summary = format!("{}; {note}", added.summary);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_stated_position_that_differs_from_the_reading_gives_a_note() {
        assert_eq!(stated_disagreement(None, Status::Allowed), None);
        assert_eq!(
            stated_disagreement(Some(Status::Allowed), Status::Allowed),
            None
        );
        assert_eq!(
            stated_disagreement(Some(Status::Allowed), Status::Unclear).as_deref(),
            Some("reading disagrees with the stated position (stated allowed, read unclear)")
        );
    }
}
