//! Keeping an office's data from being lost without a word: the backup
//! reminder (`backup_reminder`), and the marker kept outside IndexedDB that
//! says this browser's database once held data (`DataMarker`), so that a
//! database emptied by a cleanup tool or evicted by the browser is noticed
//! (`lost_data`) instead of opening as a new office.
//!
//! Pure rules: the browser side reads the clock, the packet history and the
//! stores, and passes dates and counts in.

use chrono::{DateTime, Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Whether a reminder to make a whole backup is due, and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupReminder {
    /// Shown prominently when due; otherwise only said where asked.
    pub due: bool,
    /// "上次备份：N 天前", or "尚未做过整库备份".
    pub text: String,
}

/// The reminder rule. `last_backup` is the China date of the newest whole
/// backup exported from this browser, `today` the China date now,
/// `every_days` the setting (`ExchangeSettings::backup_reminder_days`),
/// `holds_data` whether the office holds events of its own. Due when the
/// last backup is `every_days` or more days old, or when there never was
/// one while there is something to lose. A backup dated after today (a PC
/// clock set back) counts as made today.
pub fn backup_reminder(
    last_backup: Option<NaiveDate>,
    today: NaiveDate,
    every_days: u32,
    holds_data: bool,
) -> BackupReminder {
    match last_backup {
        Some(date) => {
            let days = (today - date).num_days().max(0);
            BackupReminder {
                due: days >= i64::from(every_days),
                text: if days == 0 {
                    "上次备份：今天".into()
                } else {
                    format!("上次备份：{days} 天前")
                },
            }
        }
        None => BackupReminder {
            due: holds_data,
            text: "尚未做过整库备份".into(),
        },
    }
}

/// What the browser keeps outside IndexedDB (localStorage, and the Cache
/// Storage where there is one) about an office database that held data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DataMarker {
    /// The office's name (empty: not yet set up).
    #[serde(default)]
    pub office: String,
    /// Events the database held when last seen.
    pub events: usize,
    /// When the database was last seen, ms since the epoch.
    pub seen_ms: u64,
}

/// How long a marker may go unrefreshed while only its count changes: ten
/// minutes, so its count and day stay nearly true without a write at
/// every commit.
pub const MARKER_REFRESH_MS: u64 = 10 * 60 * 1000;

impl DataMarker {
    /// The marker for a database holding `events` events of the office
    /// named `office`, seen at `now_ms`; none for an empty database (an
    /// empty database writes no marker and never overwrites one).
    pub fn of(office: &str, events: usize, now_ms: u64) -> Option<DataMarker> {
        (events > 0).then(|| DataMarker {
            office: office.to_string(),
            events,
            seen_ms: now_ms,
        })
    }

    /// Whether `self`, the marker now, should replace `written`, the marker
    /// last written: when there was none (the count crossed from 0, or a
    /// store lost it), when the office's name changed, or when the one
    /// written is older than `MARKER_REFRESH_MS` — not at every commit.
    pub fn replaces(&self, written: Option<&DataMarker>) -> bool {
        match written {
            None => true,
            Some(w) => {
                w.office != self.office
                    || self.seen_ms.saturating_sub(w.seen_ms) >= MARKER_REFRESH_MS
            }
        }
    }

    /// The day last seen in China time, as "2026年11月28日".
    pub fn seen_text(&self) -> String {
        DateTime::from_timestamp_millis(self.seen_ms as i64 + 8 * 3600 * 1000)
            .map(|t| {
                let d = t.date_naive();
                format!("{}年{}月{}日", d.year(), d.month(), d.day())
            })
            .unwrap_or_default()
    }

    /// The office's name as the notice says it.
    pub fn office_text(&self) -> &str {
        if self.office.trim().is_empty() {
            "（未填写单位名称）"
        } else {
            &self.office
        }
    }
}

/// Whether the office database was lost: it holds no events now, but a
/// marker says it held some. The marker read first from localStorage, or
/// failing that from the Cache Storage (a cleanup tool may clear one and
/// not the other).
pub fn lost_data(events_now: usize, marker: Option<&DataMarker>) -> bool {
    events_now == 0 && marker.is_some_and(|m| m.events > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn a_backup_younger_than_the_setting_is_not_due() {
        let r = backup_reminder(Some(day(11, 22)), day(11, 28), 7, true);
        assert_eq!(r.text, "上次备份：6 天前");
        assert!(!r.due);
    }

    #[test]
    fn a_backup_as_old_as_the_setting_is_due() {
        let r = backup_reminder(Some(day(11, 21)), day(11, 28), 7, true);
        assert_eq!(r.text, "上次备份：7 天前");
        assert!(r.due);
        let r = backup_reminder(Some(day(10, 1)), day(11, 28), 7, true);
        assert_eq!(r.text, "上次备份：58 天前");
        assert!(r.due);
    }

    #[test]
    fn the_setting_moves_the_day_it_falls_due() {
        let last = Some(day(11, 1));
        assert!(!backup_reminder(last, day(11, 28), 30, true).due);
        assert!(backup_reminder(last, day(12, 1), 30, true).due);
        assert!(backup_reminder(last, day(11, 2), 1, true).due);
    }

    #[test]
    fn a_backup_today_or_dated_ahead_reads_today() {
        let r = backup_reminder(Some(day(11, 28)), day(11, 28), 1, true);
        assert_eq!(r.text, "上次备份：今天");
        assert!(!r.due);
        let r = backup_reminder(Some(day(12, 5)), day(11, 28), 1, true);
        assert_eq!(r.text, "上次备份：今天");
        assert!(!r.due);
    }

    #[test]
    fn never_backed_up_is_due_only_with_data_of_its_own() {
        let r = backup_reminder(None, day(11, 28), 7, true);
        assert_eq!(r.text, "尚未做过整库备份");
        assert!(r.due);
        let r = backup_reminder(None, day(11, 28), 7, false);
        assert_eq!(r.text, "尚未做过整库备份");
        assert!(!r.due);
    }

    #[test]
    fn an_empty_database_makes_no_marker() {
        assert_eq!(DataMarker::of("城关镇", 0, 1), None);
        let m = DataMarker::of("城关镇", 3, 1).unwrap();
        assert_eq!((m.office.as_str(), m.events, m.seen_ms), ("城关镇", 3, 1));
    }

    #[test]
    fn a_marker_is_rewritten_on_a_new_name_or_after_a_while() {
        let written = DataMarker::of("城关镇", 3, 1_000).unwrap();
        let later = |name: &str, events, ms| DataMarker::of(name, events, ms).unwrap();
        assert!(later("城关镇", 3, 2_000).replaces(None));
        assert!(!later("城关镇", 40, 2_000).replaces(Some(&written)));
        assert!(later("城关镇人大", 40, 2_000).replaces(Some(&written)));
        assert!(later("城关镇", 40, 1_000 + MARKER_REFRESH_MS).replaces(Some(&written)));
    }

    #[test]
    fn the_marker_reads_its_day_in_china_time() {
        // 2026-11-27T16:30Z is 28 November in China.
        let m = DataMarker::of("", 1, 1_795_797_000_000).unwrap();
        assert_eq!(m.seen_text(), "2026年11月28日");
        assert_eq!(m.office_text(), "（未填写单位名称）");
        let json = r#"{"events":5,"seen_ms":0}"#;
        let old: DataMarker = serde_json::from_str(json).unwrap();
        assert_eq!(old.office, "");
    }

    #[test]
    fn a_database_is_lost_only_empty_under_a_marker_of_data() {
        let m = DataMarker::of("城关镇", 12, 0).unwrap();
        assert!(lost_data(0, Some(&m)));
        assert!(!lost_data(12, Some(&m)));
        assert!(!lost_data(1, Some(&m)));
        assert!(!lost_data(0, None));
        let empty = DataMarker {
            events: 0,
            ..m.clone()
        };
        assert!(!lost_data(0, Some(&empty)));
    }
}
