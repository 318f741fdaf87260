//! Calendar dates as clerks write them (`2027-01-10`), formatted and parsed
//! by hand: chrono's strftime machinery would add tens of kilobytes to the
//! app for two fixed formats.

use chrono::{Datelike, NaiveDate};

/// `2027-01-10`.
pub fn ymd(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `2027年1月10日`, as a deadline's explanation writes a date.
pub fn zh(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// Reads `2027-01-10` (also `2027-1-10`); None for anything else or an
/// impossible date.
pub fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let mut parts = s.trim().split('-');
    let y = parts.next()?.parse::<i32>().ok()?;
    let m = parts.next()?.parse::<u32>().ok()?;
    let d = parts.next()?.parse::<u32>().ok()?;
    if parts.next().is_some() || !(1000..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Reads `20270110`.
pub fn parse_compact(s: &str) -> Option<NaiveDate> {
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s[..4].parse().ok()?,
        s[4..6].parse().ok()?,
        s[6..].parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_reads_back() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 9).unwrap();
        assert_eq!(ymd(d), "2027-01-09");
        assert_eq!(parse_ymd("2027-01-09"), Some(d));
        assert_eq!(parse_ymd("2027-1-9"), Some(d));
        assert_eq!(parse_compact("20270109"), Some(d));
        for bad in [
            "2027-02-30",
            "2027-01",
            "2027-01-09-1",
            "27-01-09",
            "abc",
            "",
        ] {
            assert_eq!(parse_ymd(bad), None, "{bad}");
        }
        assert_eq!(parse_compact("2027019"), None);
    }
}
