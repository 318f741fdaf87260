//! A folder of files as one .zip download (a browser cannot save a
//! folder): the public disclosure's static pages. With the `write`
//! feature, in the files worker only.

/// The .zip bytes of `files` (paths with `/`, e.g. 代表建议公开/index.html),
/// deflated, each dated `date` (year, month, day). Names are UTF-8, as
/// Windows' Explorer, WPS and every current unzip read them.
#[cfg(feature = "write")]
pub fn write_zip(files: &[(String, Vec<u8>)], date: (u16, u8, u8)) -> Result<Vec<u8>, String> {
    use std::io::{Cursor, Write};
    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, DateTime, ZipWriter};

    let fail = |e: &dyn std::fmt::Display| format!("压缩文件无法生成：{e}");
    let when = DateTime::from_date_and_time(date.0, date.1, date.2, 0, 0, 0).unwrap_or_default();
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(when);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (path, bytes) in files {
        zip.start_file(path.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}
