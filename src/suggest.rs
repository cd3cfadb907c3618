//! "Did you mean …?" for names a user types: state codes, payer keys,
//! source ids. A typo must get a clear error with the nearest known name,
//! never a confident answer about something that does not exist. Pure.

/// The known names closest to `typed` (ignoring case), when close enough to
/// be a plausible typo: within a third of its length in edits (at least
/// one), all those tied for closest; else the one known name it starts.
pub fn nearest<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let typed = typed.to_lowercase();
    let known: Vec<&str> = known.into_iter().collect();
    let allowed = (typed.chars().count() / 3).max(1);
    let scored: Vec<(usize, &str)> = known
        .iter()
        .map(|name| (edit_distance(&typed, &name.to_lowercase()), *name))
        .filter(|(distance, _)| *distance <= allowed)
        .collect();
    if let Some(best) = scored.iter().map(|(distance, _)| *distance).min() {
        let mut tied: Vec<&str> = scored
            .iter()
            .filter(|(distance, _)| *distance == best)
            .map(|(_, name)| *name)
            .collect();
        tied.sort_unstable();
        tied.dedup();
        return tied;
    }
    let prefixed: Vec<&str> = known
        .iter()
        .copied()
        .filter(|name| !typed.is_empty() && name.to_lowercase().starts_with(&typed))
        .collect();
    if prefixed.len() == 1 {
        prefixed
    } else {
        Vec::new()
    }
}

/// The message tail for an unknown name: "did you mean X?" when one is
/// near, else the known names (the first few), so the user can pick.
pub fn hint<'a>(typed: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    let known: Vec<&str> = known.into_iter().collect();
    let near = nearest(typed, known.iter().copied());
    if let Some((last, others)) = near.split_last() {
        let quoted: Vec<String> = others.iter().map(|name| format!("{name:?}")).collect();
        return if quoted.is_empty() {
            format!("did you mean {last:?}?")
        } else {
            format!("did you mean {} or {last:?}?", quoted.join(", "))
        };
    }
    const SHOWN: usize = 12;
    let mut listed: Vec<&str> = known.iter().copied().take(SHOWN).collect();
    if known.len() > SHOWN {
        listed.push("…");
    }
    if listed.is_empty() {
        "none are known yet".to_string()
    } else {
        format!("known: {}", listed.join(", "))
    }
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours each cost one ("aetan" is one from "aetna").
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (i, cell) in rows.iter_mut().step_by(width).enumerate() {
        *cell = i;
    }
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
        }
    }
    rows[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_swapped_or_missing_letter_finds_the_payer() {
        let payers = ["aetna", "cigna", "medicare", "bcbs-mi"];
        assert_eq!(nearest("aetan", payers), ["aetna"]);
        assert_eq!(nearest("medicar", payers), ["medicare"]);
        assert_eq!(nearest("CIGNA", payers), ["cigna"]);
    }

    #[test]
    fn a_state_code_one_letter_off_is_suggested_with_its_equals() {
        assert_eq!(nearest("TZ", ["TX", "WA"]), ["TX"]);
        assert_eq!(
            hint("TZ", ["AZ", "TN", "TX", "WA"]),
            "did you mean \"AZ\", \"TN\" or \"TX\"?"
        );
    }

    #[test]
    fn a_name_far_from_everything_gets_the_list_instead() {
        let payers = ["aetna", "cigna"];
        assert!(nearest("humana", payers).is_empty());
        assert_eq!(hint("humana", payers), "known: aetna, cigna");
        assert_eq!(hint("aetan", payers), "did you mean \"aetna\"?");
    }

    #[test]
    fn a_unique_prefix_is_a_suggestion_and_an_ambiguous_one_is_not() {
        assert_eq!(
            nearest("wa-l", ["wa-labor-industries", "tx-board"]),
            ["wa-labor-industries"]
        );
        assert!(nearest("bcbs", ["bcbs-mi", "bcbs-tn", "aetna"]).is_empty());
    }
}
