//! Importing directories: the preview checks every row of a file against
//! the office's data before anything is stored, names each problem by row
//! and column, and offers one batch command storing all rows or none.
//!
//! Files are read by `jianyi-formats` (its own tests cover CSV, GBK and
//! .xlsx); rows from .xlsx workbooks are written out here as that reader
//! gives them.

use jianyi_core::directory::import::{Directory, parse_date, preview, template_headers};
use jianyi_core::directory::{
    DeputyFields, DirectoryCommand, Gender, Organ, StationFields, StationKind,
};
use jianyi_core::testkit::{Given, date};
use jianyi_core::*;
use jianyi_formats::{csv, rows_from_file};

fn no_gbk(_: &[u8]) -> Option<String> {
    None
}

fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
    v.iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

/// An office with 城关镇代表团 (王伟 in it), 河口乡代表团 and a liaison station.
fn office() -> Given {
    let mut t = Given::office();
    let g: DelegationId = t.added(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    });
    t.given(DirectoryCommand::AddDelegation {
        name: "河口乡代表团".into(),
    });
    t.given(DirectoryCommand::AddDeputy(DeputyFields::new("王伟", g)));
    t.given(DirectoryCommand::AddStation(StationFields {
        name: "城关镇人大代表联络站".into(),
        kind: StationKind::LiaisonStation,
        field: String::new(),
    }));
    t
}

#[test]
fn a_utf8_csv_of_deputies_imports_all_rows_in_one_batch() {
    let mut t = office();
    let text = "\u{feff}姓名,代表团,性别,届别,联系电话,家站点\r\n李娜,城关镇代表团,女,第十五届,13900001111,城关镇人大代表联络站\r\n王伟,河口乡代表团,男,第十五届,,\r\n";
    let read = rows_from_file("代表.csv", text.as_bytes(), no_gbk).unwrap();
    let p = preview(Directory::Deputies, t.state(), &read);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    assert_eq!(p.rows.len(), 2);
    // One command for the file; the phone travels apart, as ever.
    t.when(p.command().unwrap())
        .then_events(&["新增代表", "登记代表电话", "新增代表"]);
    let dir = &t.state().directory;
    let li = dir.deputies.values().find(|d| d.name == "李娜").unwrap();
    assert_eq!(
        (li.gender, dir.phone(li.id), li.stations.len()),
        (Some(Gender::Female), "13900001111", 1)
    );
    assert_eq!(
        dir.deputies.values().filter(|d| d.name == "王伟").count(),
        2,
        "two 王伟 in two delegations"
    );
}

#[test]
fn an_xlsx_of_units_imports_with_synonym_headers() {
    let mut t = office();
    // As `jianyi-formats` reads the workbook: a row ends at its last cell.
    let read = rows(&[
        &["单位", "类型", "一府一委两院"],
        &["县交通运输局", "政府部门"],
        &["县人民法院", "人民法院", "法院"],
        &["国网示范县供电公司", "驻地企事业单位", "无"],
    ]);
    let p = preview(Directory::Units, t.state(), &read);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    t.when(p.command().unwrap())
        .then_events(&["新增承办单位", "新增承办单位", "新增承办单位"]);
    let organ = |n: &str| {
        let units = &t.state().directory.units;
        units.values().find(|u| u.name == n).unwrap().organ
    };
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
    let mut t = office();
    // As `jianyi-formats` reads the workbook: the opening day was a date
    // cell (Excel's serial number), the closing day typed as text.
    let read = rows(&[
        &["会次名称", "开幕日期", "闭幕日期"],
        &["第十五届人民代表大会第三次会议", "46397", "2027年1月13日"],
    ]);
    let p = preview(Directory::Sessions, t.state(), &read);
    assert!(p.is_clean(), "{:?}", p.errors().collect::<Vec<_>>());
    t.when(p.command().unwrap()).then_events(&["新增会次"]);
    let s = t.state().directory.sessions.values().next().unwrap();
    assert_eq!((s.starts, s.ends), (date(2027, 1, 10), date(2027, 1, 13)));
}

#[test]
fn a_file_with_five_kinds_of_error_names_each_by_row_and_column_and_stores_nothing() {
    let t = office();
    let text = "姓名,代表团,性别,家站点\n\
               ,城关镇代表团,男,\n\
               赵强,新城代表团,男,\n\
               王伟,城关镇代表团,男,\n\
               孙丽,河口乡代表团,F,\n\
               周敏,河口乡代表团,女,无名站\n\
               吴军,河口乡代表团,男,\n\
               吴军,河口乡代表团,男,\n";
    let read = rows_from_file("代表.csv", text.as_bytes(), no_gbk).unwrap();
    let before = t.state().clone();
    let p = preview(Directory::Deputies, t.state(), &read);
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
    assert!(*t.state() == before, "the preview changes nothing");
}

#[test]
fn a_bad_date_and_a_missing_required_column_are_reported() {
    let t = office();
    let read = csv::parse("会次名称,开幕日期,闭幕日期\n第三次会议,2027-13-01,2027-01-13\n");
    let p = preview(Directory::Sessions, t.state(), &read);
    let e: Vec<String> = p.errors().map(|e| e.message_zh()).collect();
    assert_eq!(
        e,
        vec![
            "第2行“开幕日期”：“2027-13-01”不是有效日期，应为 年-月-日（如 2027-01-10）".to_string()
        ]
    );

    let read = csv::parse("会次名称,开幕日期\n第三次会议,2027-01-10\n");
    let p = preview(Directory::Sessions, t.state(), &read);
    assert_eq!(
        p.file_errors,
        vec!["缺少必填列“闭幕日期”（第1行应为表头）".to_string()]
    );
    assert_eq!(p.command(), None);
}

#[test]
fn every_template_reads_back_as_its_own_headers() {
    let t = Given::office();
    for d in Directory::ALL {
        let template = csv::write(&[template_headers(d)]);
        let read = csv::parse(&template);
        let headers: Vec<&str> = d.columns().iter().map(|c| c.header).collect();
        assert_eq!(read[0], headers);
        // A template with no rows previews to nothing to store.
        assert_eq!(preview(d, t.state(), &read).command(), None);
    }
}

#[test]
fn dates_as_clerks_type_them() {
    let d = date(2027, 1, 10);
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
    let mut t = office();
    for (dir, text, labels) in [
        (
            Directory::Committees,
            "委室名称,包联代表团\n县人大常委会法制委员会,城关镇代表团、河口乡代表团\n",
            &["新增委室"][..],
        ),
        (
            Directory::Stations,
            "站点名称,站点类型,专业领域\n教育专业代表工作站,专业代表工作站,教育\n县人大代表之家,代表之家,\n",
            &["新增站点", "新增站点"][..],
        ),
        (
            Directory::Leaders,
            "姓名,职务,所属,领办督办领域\n张建国,县长,政府,领办重点建议\n",
            &["新增领导"][..],
        ),
        (
            Directory::Categories,
            "类别名称\n营商环境\n",
            &["新增类别"][..],
        ),
    ] {
        let p = preview(dir, t.state(), &csv::parse(text));
        assert!(
            p.is_clean(),
            "{dir:?}: {:?} {:?}",
            p.file_errors,
            p.errors().collect::<Vec<_>>()
        );
        t.when(p.command().unwrap()).then_events(labels);
    }
    let d = &t.state().directory;
    assert_eq!(d.committees.values().next().unwrap().covers.len(), 2);
    assert_eq!(d.stations.len(), 3);
    assert_eq!(d.leaders.values().next().unwrap().post, "县长");
    assert!(d.active_categories().any(|c| c.name == "营商环境"));
}
