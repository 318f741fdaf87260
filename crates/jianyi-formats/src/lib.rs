//! The file formats of 建议通: `rows_from_file` reads a CSV (UTF-8 or GBK)
//! or .xlsx file a clerk chose into rows of text; `csv::write` writes rows
//! for Excel; `workbook` writes tables as an .xlsx workbook and `folder`
//! files as a .zip (feature `write`). Knows nothing of the domain: the core's directory import
//! checks the rows.

pub mod csv;
pub mod folder;
pub mod workbook;
pub mod xlsx;

use thiserror::Error;

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("old excel or wps format")]
    OldFormat,
    #[error("not a valid xlsx workbook")]
    NotXlsx,
    #[error("unsupported file type")]
    UnknownType,
    #[error("the file is too large")]
    TooLarge,
    #[error("the file cannot be decoded as utf-8 or gbk")]
    Encoding,
    #[error("the file holds no rows")]
    Empty,
}

impl ImportError {
    /// The sentence a clerk reads.
    pub fn message_zh(&self) -> String {
        match self {
            ImportError::OldFormat => "这是旧版 Excel（.xls）或 WPS（.et）文件，无法直接读取。请在 Excel 或 WPS 中打开，“另存为”Excel 工作簿（.xlsx）或 CSV 后再导入。".into(),
            ImportError::NotXlsx => "文件不是有效的 Excel 工作簿（.xlsx），可能已损坏或只是改了扩展名。请重新另存为 .xlsx 后再试。".into(),
            ImportError::UnknownType => "只能导入 CSV（.csv）或 Excel 工作簿（.xlsx）文件。".into(),
            ImportError::TooLarge => format!("文件超过 {} MB，请拆分后分批导入。", xlsx::MAX_FILE_BYTES / 1024 / 1024),
            ImportError::Encoding => "文件编码无法识别（既不是 UTF-8 也不是 GBK）。请用 Excel 或 WPS 另存为“CSV（逗号分隔）”后再试。".into(),
            ImportError::Empty => "文件中没有数据。".into(),
        }
    }
}

/// Reads a chosen file into rows of text. CSV may be UTF-8 or GBK:
/// `decode_gbk` (the browser's TextDecoder) is asked only when the bytes are
/// not UTF-8.
pub fn rows_from_file(
    file_name: &str,
    bytes: &[u8],
    decode_gbk: impl Fn(&[u8]) -> Option<String>,
) -> Result<Vec<Vec<String>>, ImportError> {
    rows_from_sheet(file_name, bytes, decode_gbk, "")
}

/// The same, reading the first worksheet of an .xlsx file whose name holds
/// `prefer` (a ledger's 台账 sheet among a workbook's tables), else its
/// first.
pub fn rows_from_sheet(
    file_name: &str,
    bytes: &[u8],
    decode_gbk: impl Fn(&[u8]) -> Option<String>,
    prefer: &str,
) -> Result<Vec<Vec<String>>, ImportError> {
    let lower = file_name.to_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or_default();
    let rows = match ext {
        "xls" | "et" | "ett" => return Err(ImportError::OldFormat),
        "xlsx" | "xlsm" => {
            let mut sheets = xlsx::read_sheets(bytes)?;
            let at = sheets
                .iter()
                .position(|(name, _)| !prefer.is_empty() && name.contains(prefer))
                .unwrap_or(0);
            if sheets.is_empty() {
                Vec::new()
            } else {
                sheets.swap_remove(at).1
            }
        }
        "csv" | "txt" => {
            if bytes.len() > xlsx::MAX_FILE_BYTES {
                return Err(ImportError::TooLarge);
            }
            let text = match std::str::from_utf8(bytes) {
                Ok(t) => t.to_string(),
                Err(_) => decode_gbk(bytes).ok_or(ImportError::Encoding)?,
            };
            csv::parse(&text)
        }
        _ => return Err(ImportError::UnknownType),
    };
    if rows.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
        return Err(ImportError::Empty);
    }
    Ok(rows)
}
