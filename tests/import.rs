//! Browser tests of import decoding: a GBK CSV, as Chinese Excel and WPS
//! save it, read through the browser's TextDecoder.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use jianyi::platform::decode_gbk;
use jianyi_core::Runner;
use jianyi_core::directory::DirectoryCommand;
use jianyi_core::directory::import::{Directory, preview};
use jianyi_formats::rows_from_file;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// "姓名,代表团,性别\r\n李娜,城关镇代表团,女\r\n" encoded as GBK.
const GBK_CSV: [u8; 40] = [
    208, 213, 195, 251, 44, 180, 250, 177, 237, 205, 197, 44, 208, 212, 177, 240, 13, 10, 192, 238,
    196, 200, 44, 179, 199, 185, 216, 213, 242, 180, 250, 177, 237, 205, 197, 44, 197, 174, 13, 10,
];

#[wasm_bindgen_test]
fn a_gbk_csv_is_decoded_and_previews_clean() {
    assert!(
        std::str::from_utf8(std::hint::black_box(&GBK_CSV)).is_err(),
        "the bytes are not UTF-8"
    );
    let rows = rows_from_file("代表.csv", &GBK_CSV, decode_gbk).expect("decoded");
    assert_eq!(rows[1], vec!["李娜", "城关镇代表团", "女"]);

    let mut r = Runner::new("测试", NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(), 3);
    r.run(DirectoryCommand::AddDelegation {
        name: "城关镇代表团".into(),
    })
    .unwrap();
    let p = preview(Directory::Deputies, &r.state, &rows);
    assert!(p.is_clean());
    r.run(p.command().unwrap()).unwrap();
    assert_eq!(
        r.state.directory.deputies.values().next().unwrap().name,
        "李娜"
    );
}

#[wasm_bindgen_test]
fn bytes_that_are_neither_utf8_nor_gbk_are_refused() {
    assert_eq!(decode_gbk(&[0x81, 0x20]), None);
}
