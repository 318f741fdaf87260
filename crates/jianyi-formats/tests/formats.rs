//! Reading the files clerks choose: CSV in UTF-8 or GBK, .xlsx workbooks
//! made here with rust_xlsxwriter, and the old formats refused with a way
//! forward. What the rows mean is the core's directory import, tested there
//! (`jianyi-core/tests/import.rs`), on the rows these tests show are read.
//!
//! This crate knows nothing of the domain, so these tests have no
//! given/when/then of commands: given a file's bytes, when read, then rows
//! or an `ImportError`.

use jianyi_formats::{ImportError, rows_from_file, rows_from_sheet};
use rust_xlsxwriter::Workbook;

fn no_gbk(_: &[u8]) -> Option<String> {
    None
}

fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
    v.iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

/// A workbook of text cells; empty cells are left unwritten, as Excel does.
fn xlsx(cells: &[&[&str]]) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in cells.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_utf8_csv_of_deputies_is_read_without_its_byte_order_mark() {
    let text = "\u{feff}姓名,代表团,性别,届别,联系电话,家站点\r\n李娜,城关镇代表团,女,第十五届,13900001111,城关镇人大代表联络站\r\n王伟,河口乡代表团,男,第十五届,,\r\n";
    assert_eq!(
        rows_from_file("代表.csv", text.as_bytes(), no_gbk).unwrap(),
        rows(&[
            &["姓名", "代表团", "性别", "届别", "联系电话", "家站点"],
            &[
                "李娜",
                "城关镇代表团",
                "女",
                "第十五届",
                "13900001111",
                "城关镇人大代表联络站"
            ],
            &["王伟", "河口乡代表团", "男", "第十五届", "", ""],
        ])
    );
}

#[test]
fn a_gbk_csv_is_decoded_by_the_given_decoder() {
    // "名称\r\n河口乡代表团" is not UTF-8 when saved as GBK; the decoder
    // (the browser's TextDecoder in the app) is asked only then.
    let gbk: &[u8] = &[0xC3, 0xFB, 0xB3, 0xC6, 0x0D, 0x0A, 0xBA, 0xD3];
    let read = rows_from_file("团.csv", gbk, |b| {
        (b == gbk).then(|| "名称\r\n新城代表团".to_string())
    })
    .unwrap();
    assert_eq!(read, rows(&[&["名称"], &["新城代表团"]]));
    assert_eq!(
        rows_from_file("团.csv", gbk, no_gbk),
        Err(ImportError::Encoding)
    );
    // UTF-8 never asks the decoder.
    let utf8 = "名称\n新城代表团\n".as_bytes();
    assert_eq!(
        rows_from_file("团.csv", utf8, |_| panic!("not asked")).unwrap(),
        read
    );
}

#[test]
fn an_xlsx_of_units_is_read_cell_by_cell_with_synonym_headers_as_typed() {
    let bytes = xlsx(&[
        &["单位", "类型", "一府一委两院"],
        &["县交通运输局", "政府部门", ""],
        &["县人民法院", "人民法院", "法院"],
        &["国网示范县供电公司", "驻地企事业单位", "无"],
    ]);
    assert_eq!(
        rows_from_file("承办单位.xlsx", &bytes, no_gbk).unwrap(),
        rows(&[
            &["单位", "类型", "一府一委两院"],
            &["县交通运输局", "政府部门"],
            &["县人民法院", "人民法院", "法院"],
            &["国网示范县供电公司", "驻地企事业单位", "无"],
        ]),
        "a row ends at its last written cell"
    );
}

#[test]
fn an_xlsx_with_excel_dates_reads_the_serial_number_and_the_text() {
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
    assert_eq!(
        rows_from_file("会次.XLSX", &bytes, no_gbk).unwrap(),
        rows(&[
            &["会次名称", "开幕日期", "闭幕日期"],
            &["第十五届人民代表大会第三次会议", "46397", "2027年1月13日"],
        ])
    );
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
    assert_eq!(
        rows_from_file("名册.xlsx", b"%PDF", no_gbk),
        Err(ImportError::NotXlsx),
        "a file renamed to .xlsx"
    );
}

#[test]
fn a_ledger_is_read_from_the_sheet_named_for_it_else_the_first() {
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("主要指标")
        .unwrap()
        .write_string(0, 0, "指标")
        .unwrap();
    book.add_worksheet()
        .set_name("2025年台账")
        .unwrap()
        .write_string(0, 0, "案号")
        .unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let read = |prefer| rows_from_sheet("统计.xlsx", &bytes, no_gbk, prefer).unwrap();
    assert_eq!(read("台账"), rows(&[&["案号"]]));
    assert_eq!(read("名册"), rows(&[&["指标"]]), "none named so: the first");
    assert_eq!(read(""), rows(&[&["指标"]]));
}
