use super::*;

#[test]
fn the_embedded_vocabulary_parses() {
    let vocabulary = &*VOCABULARY;
    assert!(vocabulary.mention.is_match("Trigger Point Dry Needling"));
    assert!(
        vocabulary
            .mention
            .is_match("needle insertions without injections")
    );
    assert!(vocabulary.mention.is_match("dry-needling"));
    assert!(!vocabulary.mention.is_match("dry needles are sold"));
    assert!(vocabulary.mention.is_match("billed as CPT 20561 only"));
    assert!(vocabulary.mention.is_match("Functional DRY NEEDLING"));
    assert!(!vocabulary.mention.is_match("code 205601"));
    assert!(
        vocabulary
            .carve_out
            .is_match("covered, excluding dry needling")
    );
    assert!(
        vocabulary
            .anaphora
            .is_match("It is considered investigational.")
    );
    assert!(!vocabulary.anaphora.is_match("Items are listed."));
}

#[test]
fn phrases_match_on_word_boundaries() {
    let regex = phrases(&["not covered".to_string()]).unwrap();
    assert!(regex.is_match("is NOT\n covered."));
    assert!(!regex.is_match("knot covered"));
}
