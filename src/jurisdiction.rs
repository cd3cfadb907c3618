//! The jurisdictions a state-board source or a baseline position may name:
//! the 50 states, DC and the inhabited territories, as USPS codes. Shared by
//! `config` and `baseline`, so neither has to import the other for it.

/// The 50 states, DC and the inhabited territories, as USPS codes: the 51
/// states and DC first ([`STATES_AND_DC`]), then the territories.
pub const JURISDICTIONS: [&str; 56] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
    "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
];

/// How many of [`JURISDICTIONS`] are states or DC (the rest are territories).
pub const STATES_AND_DC: usize = 51;

/// The code in upper case when `text` names a jurisdiction, in any case.
pub fn parse(text: &str) -> Option<String> {
    let upper = text.to_ascii_uppercase();
    is_known(&upper).then_some(upper)
}

/// Whether `code` (upper case) is one of [`JURISDICTIONS`].
pub fn is_known(code: &str) -> bool {
    JURISDICTIONS.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_recognised_in_any_case_and_unknown_ones_are_not() {
        assert_eq!(parse("tx").as_deref(), Some("TX"));
        assert_eq!(parse("DC").as_deref(), Some("DC"));
        assert_eq!(parse("pr").as_deref(), Some("PR"));
        assert_eq!(parse("XX"), None);
        assert_eq!(JURISDICTIONS[STATES_AND_DC - 1], "WY");
    }
}
