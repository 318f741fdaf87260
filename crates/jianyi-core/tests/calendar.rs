//! The working-day calendar and deadlines against the State Council's
//! notices for 2025 and 2026: working days across the Spring Festivals and
//! National Days with their make-up days, deadlines landing on holidays,
//! month ends, and a year without a table.

use chrono::NaiveDate;
use jianyi_core::calendar::{Counting, DayKind, Holidays, deadline};
use jianyi_core::settings::Period;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn the_shipped_tables_hold_the_notices_days_off_and_make_up_days() {
    let h = Holidays::default();
    // 2025 Spring Festival: 28 Jan–4 Feb off, 26 Jan (Sun) and 8 Feb (Sat) worked.
    assert_eq!(h.day(d(2025, 1, 28)), DayKind::Holiday("春节".into()));
    assert_eq!(h.day(d(2025, 2, 4)), DayKind::Holiday("春节".into()));
    assert_eq!(h.day(d(2025, 1, 26)), DayKind::MadeUp);
    assert_eq!(h.day(d(2025, 2, 8)), DayKind::MadeUp);
    assert!(h.is_working(d(2025, 2, 5)));
    // 2025 National Day and Mid-Autumn: 1–8 Oct off, 28 Sep (Sun) and 11 Oct (Sat) worked.
    for day in 1..=8 {
        assert!(!h.is_working(d(2025, 10, day)), "2025-10-{day}");
    }
    assert!(h.is_working(d(2025, 9, 28)) && h.is_working(d(2025, 10, 11)));
    // The other 2025 days off, and 27 Apr (Sun) worked.
    for off in [
        d(2025, 1, 1),
        d(2025, 4, 4),
        d(2025, 4, 6),
        d(2025, 5, 1),
        d(2025, 5, 5),
        d(2025, 5, 31),
        d(2025, 6, 2),
    ] {
        assert!(!h.is_working(off), "{off}");
    }
    assert!(h.is_working(d(2025, 4, 27)));
    // 2026: New Year 1–3 Jan, 4 Jan (Sun) worked; Spring Festival 15–23 Feb,
    // 14 Feb and 28 Feb (Sat) worked; Labour Day 1–5 May, 9 May (Sat)
    // worked; National Day 1–7 Oct, 20 Sep (Sun) and 10 Oct (Sat) worked;
    // 4–6 Apr, 19–21 Jun, 25–27 Sep off.
    for off in [
        d(2026, 1, 1),
        d(2026, 1, 3),
        d(2026, 2, 15),
        d(2026, 2, 23),
        d(2026, 4, 4),
        d(2026, 4, 6),
        d(2026, 5, 1),
        d(2026, 5, 5),
        d(2026, 6, 19),
        d(2026, 6, 21),
        d(2026, 9, 25),
        d(2026, 9, 27),
        d(2026, 10, 1),
        d(2026, 10, 7),
    ] {
        assert!(!h.is_working(off), "{off}");
    }
    for worked in [
        d(2026, 1, 4),
        d(2026, 2, 14),
        d(2026, 2, 28),
        d(2026, 5, 9),
        d(2026, 9, 20),
        d(2026, 10, 10),
    ] {
        assert_eq!(h.day(worked), DayKind::MadeUp, "{worked}");
    }
    // An ordinary weekend and weekday.
    assert_eq!(h.day(d(2026, 11, 28)), DayKind::Weekend);
    assert_eq!(h.day(d(2026, 11, 27)), DayKind::Working);
}

#[test]
fn working_days_cross_the_spring_festivals_and_national_days_with_their_make_up_days() {
    let h = Holidays::default();
    // From Fri 24 Jan 2025: Sun 26 (worked), Mon 27, then 5–7 Feb.
    assert_eq!(h.working_days_after(d(2025, 1, 24), 5), d(2025, 2, 7));
    // From Thu 12 Feb 2026: Fri 13, Sat 14 (worked), then 24–26 Feb.
    assert_eq!(h.working_days_after(d(2026, 2, 12), 5), d(2026, 2, 26));
    // A window spanning the make-up Saturday 28 Feb 2026: from Wed 25 Feb,
    // Thu 26, Fri 27, Sat 28 (worked), Mon 2 Mar, Tue 3 Mar.
    assert_eq!(h.working_days_after(d(2026, 2, 25), 5), d(2026, 3, 3));
    // From Fri 26 Sep 2025: Sun 28 (worked), 29, 30, then 9, 10 Oct.
    assert_eq!(h.working_days_after(d(2025, 9, 26), 5), d(2025, 10, 10));
    // From Fri 18 Sep 2026: Sun 20 (worked), 21–24, and 25–27 Sep off.
    assert_eq!(h.working_days_after(d(2026, 9, 18), 5), d(2026, 9, 24));
    assert_eq!(h.working_days_after(d(2026, 9, 18), 6), d(2026, 9, 28));
    // 20 working days of the deputies' feedback from 21 Sep 2026 cross the
    // National Day: 22–24, 28–30 Sep, 8–9, 10 (Sat, worked) Oct …
    let due = deadline(
        &h,
        d(2026, 9, 21),
        Period::WorkingDays(20),
        Counting::default(),
    );
    assert_eq!(due.due, d(2026, 10, 26));
}

#[test]
fn a_deadline_in_months_ends_on_the_same_day_and_moves_off_a_holiday() {
    let h = Holidays::default();
    let c = Counting::default();
    let plain = deadline(&h, d(2026, 3, 2), Period::Months(3), c);
    assert_eq!(plain.due, d(2026, 6, 2));
    assert_eq!(
        plain.explain("交办"),
        "自2026年3月2日交办起3个月，至2026年6月2日"
    );
    // 1 Jul + 3 months is 1 Oct, National Day: moved to Thu 8 Oct.
    let moved = deadline(&h, d(2026, 7, 1), Period::Months(3), c);
    assert_eq!(moved.due, d(2026, 10, 8));
    assert_eq!(moved.moved_from, Some(d(2026, 10, 1)));
    assert_eq!(
        moved.explain("交办"),
        "自2026年7月1日交办起3个月，至2026年10月8日（2026年10月1日为节假日，顺延至下一个工作日）"
    );
    // Without the move (a setting), it stays.
    let kept = deadline(
        &h,
        d(2026, 7, 1),
        Period::Months(3),
        Counting {
            move_off_holidays: false,
            ..c
        },
    );
    assert_eq!(kept.due, d(2026, 10, 1));
    // Month ends: 31 Jan + 1 month is the last day of February. 28 Feb 2026
    // is a Saturday worked in exchange: it stays.
    assert_eq!(
        deadline(&h, d(2026, 1, 31), Period::Months(1), c).due,
        d(2026, 2, 28)
    );
    // 28 Feb 2025 is a Friday.
    assert_eq!(
        deadline(&h, d(2025, 1, 31), Period::Months(1), c).due,
        d(2025, 2, 28)
    );
    // 31 Aug 2026 + 1 month: 30 Sep (Wed).
    assert_eq!(
        deadline(&h, d(2026, 8, 31), Period::Months(1), c).due,
        d(2026, 9, 30)
    );
    // Counting the start day ends one day earlier.
    let counted = deadline(
        &h,
        d(2026, 3, 2),
        Period::Months(3),
        Counting {
            count_start_day: true,
            ..c
        },
    );
    assert_eq!(counted.due, d(2026, 6, 1));
}

#[test]
fn a_year_without_a_table_counts_weekends_only_and_says_so() {
    let h = Holidays::default();
    assert!(!h.has_table(2027));
    // 1 Jan 2027 is a Friday: a working day until 2027's table is entered.
    assert!(h.is_working(d(2027, 1, 1)));
    let due = deadline(&h, d(2026, 10, 1), Period::Months(3), Counting::default());
    assert_eq!(due.due, d(2027, 1, 1));
    assert_eq!(due.untabled, vec![2027]);
    assert!(
        due.explain("交办")
            .ends_with("（2027年的节假日安排尚未录入，只按周末计算）"),
        "{}",
        due.explain("交办")
    );
    // Leap years without a table: 31 Jan 2024 + 1 month is 29 Feb (Thu).
    assert_eq!(
        deadline(&h, d(2024, 1, 31), Period::Months(1), Counting::default()).due,
        d(2024, 2, 29)
    );
}

#[test]
fn the_next_years_table_is_entered_as_a_change_of_settings_and_checked() {
    use jianyi_core::calendar::{DaysOff, HolidayTable};
    use jianyi_core::office::{OfficeCommand, OfficeRejection};
    use jianyi_core::settings::{CalendarSettings, SettingsGroup};
    use jianyi_core::testkit::Given;

    let mut t = Given::office();
    let mut calendar = CalendarSettings::default();
    let table_2027 = HolidayTable {
        year: 2027,
        off: vec![DaysOff {
            name: "元旦".into(),
            from: d(2027, 1, 1),
            to: d(2027, 1, 3),
        }],
        worked: vec![],
        source: "（示例）2027年节假日安排".into(),
    };
    calendar.holidays.0.insert(2027, table_2027.clone());
    t.when(OfficeCommand::ChangeSettings(SettingsGroup::Calendar(
        calendar.clone(),
    )))
    .then_events(&["修改设置"]);
    let h = &t.state().settings().calendar.holidays;
    assert!(h.has_table(2027));
    assert!(!h.is_working(d(2027, 1, 1)));
    // 2025 and 2026 are still there.
    assert!(!h.is_working(d(2026, 10, 1)));

    // A make-up day on a weekday, or outside its year, is refused saying
    // which and where; nothing is stored.
    let mut bad = calendar.clone();
    bad.holidays.0.get_mut(&2027).unwrap().worked = vec![d(2027, 1, 4)];
    t.when(OfficeCommand::ChangeSettings(SettingsGroup::Calendar(bad)))
        .then_refused(OfficeRejection::InvalidSettings {
            reason: "2027年的调休上班日2027-01-04不是周六或周日".into(),
        });
    let mut bad = calendar.clone();
    bad.holidays.0.get_mut(&2027).unwrap().off[0].to = d(2028, 1, 3);
    t.when(OfficeCommand::ChangeSettings(SettingsGroup::Calendar(bad)))
        .then_refused_where(
            |r| r.message_zh().contains("不在2027年内"),
            "a day off outside its year",
        );
}

#[test]
fn a_years_table_reads_back_from_its_text_and_a_wrong_line_is_named() {
    use jianyi_core::calendar::{parse_table, table_text};
    let h = Holidays::default();
    for table in h.0.values() {
        assert_eq!(parse_table(table.year, &table_text(table)).unwrap(), *table);
    }
    let typed = "来源：国务院办公厅关于2027年部分节假日安排的通知\n元旦　2027-01-01\n\n春节 2027-02-06~2027-02-13\n调休上班 2027-02-14 2027-02-20";
    let t = parse_table(2027, typed).unwrap();
    assert_eq!(t.off.len(), 2);
    assert_eq!(t.off[1].to, d(2027, 2, 13));
    assert_eq!(t.worked, vec![d(2027, 2, 14), d(2027, 2, 20)]);
    assert_eq!(
        parse_table(2027, "元旦 2027-01-01\n春节 2027-02-31").unwrap_err(),
        "2027年节假日安排第2行“春节 2027-02-31”：“2027-02-31”不是日期（应写作2027-01-01）"
    );
    assert!(
        parse_table(2027, "春节")
            .unwrap_err()
            .contains("节日名称后须写放假日期")
    );
}
