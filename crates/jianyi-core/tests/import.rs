//! Import of directories from real CSV and .xlsx files made here.

use chrono::NaiveDate;
use jianyi_core::import::{self, Directory, ImportError, parse_date, preview, rows_from_file};
use jianyi_core::*;
use rust_xlsxwriter::Workbook;

fn no_gbk(_: &[u8]) -> Option<String> {
    None
}

/// An office with 城关镇代表团 (王伟 in it), 河口乡代表团 and a liaison station.
fn office() -> Runner {
    let mut r = Runner::new("示范县", NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(), 5);
    r.run(Command::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .unwrap();
    r.run(Command::AddDelegation {
        name: "河口乡代表团".into(),
    })
    .unwrap();
    let g = r
        .state
        .delegations
        .values()
        .find(|d| d.name == "城关镇代表团")
        .unwrap()
        .id;
    r.run(Command::AddDeputy(DeputyFields::new("王伟", g)))
        .unwrap();
    r.run(Command::AddStation(StationFields {
        name: "城关镇人大代表联络站".into(),
        kind: StationKind::LiaisonStation,
        field: String::new(),
    }))
    .unwrap();
    r
}

fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_utf8_csv_of_deputies_imports_all_rows_in_one_batch() {
    let mut r = office();
    let csv = "\u{feff}姓名,代表团,性别,届别,联系电话,家站点\r\n李娜,城关镇代表团,女,第十五届,13900001111,城关镇人大代表联络站\r\n王伟,河口乡代表团,男,第十五届,,\r\n";
    let rows = rows_from_file("代表.csv", csv.as_bytes(), no_gbk).unwrap();
    let p = preview(Directory::Deputies, &r.state, &rows);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    assert_eq!(p.rows.len(), 2);
    let events = r.run(p.command().unwrap()).unwrap();
    assert_eq!(events.len(), 2);
    let li = r
        .state
        .deputies
        .values()
        .find(|d| d.name == "李娜")
        .unwrap();
    assert_eq!(
        (li.gender, li.phone.as_str(), li.stations.len()),
        (Some(Gender::Female), "13900001111", 1)
    );
    assert_eq!(
        r.state
            .deputies
            .values()
            .filter(|d| d.name == "王伟")
            .count(),
        2,
        "two 王伟 in two delegations"
    );
}

#[test]
fn a_gbk_csv_is_decoded_by_the_given_decoder() {
    // "名称\r\n河口乡代表团" is not UTF-8 when saved as GBK; the decoder
    // (the browser's TextDecoder in the app) is asked only then.
    let gbk: &[u8] = &[0xC3, 0xFB, 0xB3, 0xC6, 0x0D, 0x0A, 0xBA, 0xD3];
    let rows = rows_from_file("团.csv", gbk, |b| {
        (b == gbk).then(|| "名称\r\n新城代表团".to_string())
    })
    .unwrap();
    assert_eq!(
        rows,
        vec![vec!["名称".to_string()], vec!["新城代表团".to_string()]]
    );
    assert_eq!(
        rows_from_file("团.csv", gbk, no_gbk),
        Err(ImportError::Encoding)
    );
}

#[test]
fn an_xlsx_of_units_imports_with_synonym_headers() {
    let mut r = office();
    let bytes = xlsx(&[
        &["单位", "类型", "一府一委两院"],
        &["县交通运输局", "政府部门", ""],
        &["县人民法院", "人民法院", "法院"],
        &["国网示范县供电公司", "驻地企事业单位", "无"],
    ]);
    let rows = rows_from_file("承办单位.xlsx", &bytes, no_gbk).unwrap();
    let p = preview(Directory::Units, &r.state, &rows);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    r.run(p.command().unwrap()).unwrap();
    let organ = |n: &str| r.state.units.values().find(|u| u.name == n).unwrap().organ;
    assert_eq!(
        organ("县交通运输局"),
        Some(Organ::Government),
        "organ follows the kind when empty"
    );
    assert_eq!(organ("县人民法院"), Some(Organ::Court));
    assert_eq!(organ("国网示范县供电公司"), None);
}

#[test]
fn an_xlsx_with_excel_dates_imports_sessions() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "会次名称").unwrap();
    sheet.write_string(0, 1, "开幕日期").unwrap();
    sheet.write_string(0, 2, "闭幕日期").unwrap();
    sheet
        .write_string(1, 0, "第十五届人民代表大会第三次会议")
        .unwrap();
    sheet.write_number(1, 1, 46397.0).unwrap(); // 2027-01-10 as Excel stores it
    sheet.write_string(1, 2, "2027年1月13日").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let mut r = office();
    let rows = rows_from_file("会次.xlsx", &bytes, no_gbk).unwrap();
    let p = preview(Directory::Sessions, &r.state, &rows);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    r.run(p.command().unwrap()).unwrap();
    let s = r.state.sessions.values().next().unwrap();
    assert_eq!(
        (s.starts, s.ends),
        (
            NaiveDate::from_ymd_opt(2027, 1, 10).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 13).unwrap()
        )
    );
}

#[test]
fn a_file_with_five_kinds_of_error_names_each_by_row_and_column_and_stores_nothing() {
    let r = office();
    let csv = "姓名,代表团,性别,家站点\n\
               ,城关镇代表团,男,\n\
               赵强,新城代表团,男,\n\
               王伟,城关镇代表团,男,\n\
               孙丽,河口乡代表团,F,\n\
               周敏,河口乡代表团,女,无名站\n\
               吴军,河口乡代表团,男,\n\
               吴军,河口乡代表团,男,\n";
    let rows = rows_from_file("代表.csv", csv.as_bytes(), no_gbk).unwrap();
    let p = preview(Directory::Deputies, &r.state, &rows);
    let errors: Vec<String> = p.errors().map(|e| e.message_zh()).collect();
    assert_eq!(errors.len(), 6, "{errors:#?}");
    assert!(errors[0].starts_with("第2行“姓名”：必填"), "{}", errors[0]);
    assert!(
        errors[1].starts_with("第3行“代表团”：代表团“新城代表团”不存在"),
        "{}",
        errors[1]
    );
    assert!(errors[2].starts_with("第4行“姓名”：重复"), "{}", errors[2]);
    assert!(errors[3].starts_with("第5行“性别”："), "{}", errors[3]);
    assert!(
        errors[4].starts_with("第6行“家站点”：站点“无名站”不存在"),
        "{}",
        errors[4]
    );
    assert!(
        errors[5].starts_with("第8行“姓名”：重复"),
        "a duplicate within the file: {}",
        errors[5]
    );
    assert!(!p.is_clean());
    assert_eq!(p.command(), None, "nothing is offered for storing");
}

#[test]
fn a_bad_date_and_a_missing_required_column_are_reported() {
    let r = office();
    let rows = import::csv::parse("会次名称,开幕日期,闭幕日期\n第三次会议,2027-13-01,2027-01-13\n");
    let p = preview(Directory::Sessions, &r.state, &rows);
    let e: Vec<String> = p.errors().map(|e| e.message_zh()).collect();
    assert_eq!(
        e,
        vec![
            "第2行“开幕日期”：“2027-13-01”不是有效日期，应为 年-月-日（如 2027-01-10）".to_string()
        ]
    );

    let rows = import::csv::parse("会次名称,开幕日期\n第三次会议,2027-01-10\n");
    let p = preview(Directory::Sessions, &r.state, &rows);
    assert_eq!(
        p.file_errors,
        vec!["缺少必填列“闭幕日期”（第1行应为表头）".to_string()]
    );
    assert_eq!(p.command(), None);
}

#[test]
fn old_excel_and_wps_files_are_refused_with_a_way_forward() {
    for name in ["名册.xls", "名册.et", "名册.XLS"] {
        let e = rows_from_file(name, b"\xd0\xcf\x11\xe0", no_gbk).unwrap_err();
        assert_eq!(e, ImportError::OldFormat);
        assert!(e.message_zh().contains("另存为"));
    }
    assert_eq!(
        rows_from_file("名册.pdf", b"%PDF", no_gbk),
        Err(ImportError::UnknownType)
    );
    assert_eq!(
        rows_from_file("空.csv", b"\n\n", no_gbk),
        Err(ImportError::Empty)
    );
}

#[test]
fn every_template_reads_back_as_its_own_headers() {
    for d in Directory::ALL {
        let rows = import::csv::parse(&import::template(d));
        let headers: Vec<&str> = d.columns().iter().map(|c| c.header).collect();
        assert_eq!(rows[0], headers);
        // A template with no rows previews to nothing to store.
        assert_eq!(preview(d, &State::default(), &rows).command(), None);
    }
}

#[test]
fn dates_as_clerks_type_them() {
    let d = NaiveDate::from_ymd_opt(2027, 1, 10).unwrap();
    for s in [
        "2027-01-10",
        "2027/1/10",
        "2027.1.10",
        "2027年1月10日",
        "20270110",
        "46397",
        " 2027-1-10 ",
    ] {
        assert_eq!(parse_date(s), Some(d), "{s}");
    }
    for s in ["2027-02-30", "明年", "", "12"] {
        assert_eq!(parse_date(s), None, "{s}");
    }
}

#[test]
fn committees_stations_leaders_and_categories_import() {
    let mut r = office();
    for (dir, csv) in [
        (
            Directory::Committees,
            "委室名称,包联代表团\n县人大常委会法制委员会,城关镇代表团、河口乡代表团\n",
        ),
        (
            Directory::Stations,
            "站点名称,站点类型,专业领域\n教育专业代表工作站,专业代表工作站,教育\n县人大代表之家,代表之家,\n",
        ),
        (
            Directory::Leaders,
            "姓名,职务,所属,领办督办领域\n张建国,县长,政府,领办重点建议\n",
        ),
        (Directory::Categories, "类别名称\n营商环境\n"),
    ] {
        let p = preview(dir, &r.state, &import::csv::parse(csv));
        assert!(
            p.is_clean(),
            "{dir:?}: {:?} {:?}",
            p.file_errors,
            p.errors().collect::<Vec<_>>()
        );
        r.run(p.command().unwrap()).unwrap();
    }
    assert_eq!(r.state.committees.values().next().unwrap().covers.len(), 2);
    assert_eq!(r.state.stations.len(), 3);
    assert_eq!(r.state.leaders.values().next().unwrap().post, "县长");
    assert!(
        r.state
            .settings
            .categories
            .contains(&"营商环境".to_string())
    );
}
