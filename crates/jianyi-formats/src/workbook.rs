//! A workbook of plain tables, as the core's figures and ledger describe
//! it (`Sheet`), and — with the `write` feature, in the Excel worker only —
//! written as an .xlsx file by rust_xlsxwriter: a bold, frozen header row,
//! columns as wide as their text, percentages as numbers shown `0.0%`.

use serde::{Deserialize, Serialize};

/// One cell: text, a number, or a share (0.667 shown as 66.7%), or empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Text(String),
    Number(f64),
    Percent(f64),
    Empty,
}

impl Cell {
    /// The text a reader of the sheet sees (percentages with one decimal).
    pub fn shown(&self) -> String {
        match self {
            Cell::Text(t) => t.clone(),
            Cell::Number(n) => format!("{n}"),
            Cell::Percent(p) => format!("{:.1}%", p * 100.0),
            Cell::Empty => String::new(),
        }
    }
}

impl From<&str> for Cell {
    fn from(t: &str) -> Self {
        Cell::Text(t.to_string())
    }
}

impl From<String> for Cell {
    fn from(t: String) -> Self {
        Cell::Text(t)
    }
}

impl From<u32> for Cell {
    fn from(n: u32) -> Self {
        Cell::Number(f64::from(n))
    }
}

/// One sheet: its name (at most 31 characters, none of `[]:*?/\`), a
/// title line above the table, the column headings, and the rows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    pub name: String,
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The display width of a text in Excel's character units: a Chinese
/// character counts two.
#[cfg(any(feature = "write", test))]
fn width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.1 })
        .sum()
}

/// The .xlsx bytes of `sheets`, in order, with `title` as the document's
/// title. Fails only when a sheet's name is not one Excel accepts.
#[cfg(feature = "write")]
pub fn write_xlsx(sheets: &[Sheet], title: &str) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook};

    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_title(title).set_author("建议通"));
    let bold = Format::new().set_bold();
    let heading = Format::new()
        .set_bold()
        .set_align(FormatAlign::Center)
        .set_background_color("F2F4F7")
        .set_border(rust_xlsxwriter::FormatBorder::Thin);
    let percent = Format::new().set_num_format("0.0%");
    let fail = |sheet: &str, e: rust_xlsxwriter::XlsxError| format!("工作表“{sheet}”无法写入：{e}");
    for sheet in sheets {
        let ws = book.add_worksheet();
        ws.set_name(&sheet.name).map_err(|e| fail(&sheet.name, e))?;
        ws.write_string_with_format(0, 0, &sheet.title, &bold)
            .map_err(|e| fail(&sheet.name, e))?;
        let mut widths: Vec<f64> = sheet.columns.iter().map(|c| width(c)).collect();
        for (c, name) in sheet.columns.iter().enumerate() {
            ws.write_string_with_format(1, c as u16, name, &heading)
                .map_err(|e| fail(&sheet.name, e))?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = r as u32 + 2;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                let written = match cell {
                    Cell::Text(t) => ws.write_string(r, col, t).map(|_| ()),
                    Cell::Number(n) => ws.write_number(r, col, *n).map(|_| ()),
                    Cell::Percent(p) => ws
                        .write_number_with_format(r, col, *p, &percent)
                        .map(|_| ()),
                    Cell::Empty => Ok(()),
                };
                written.map_err(|e| fail(&sheet.name, e))?;
                if let Some(w) = widths.get_mut(c) {
                    *w = w.max(width(&cell.shown()));
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, (w + 2.0).min(60.0))
                .map_err(|e| fail(&sheet.name, e))?;
        }
        ws.set_freeze_panes(2, 0)
            .map_err(|e| fail(&sheet.name, e))?;
    }
    book.save_to_buffer()
        .map_err(|e| format!("工作簿无法生成：{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chinese_character_is_about_two_columns_wide() {
        assert_eq!(width("ab"), 2.0);
        assert!(width("案号") > 4.0);
    }

    #[test]
    fn a_share_reads_with_one_decimal() {
        assert_eq!(Cell::Percent(0.667).shown(), "66.7%");
        assert_eq!(Cell::from(3).shown(), "3");
    }
}
