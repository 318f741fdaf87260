//! A CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks inside
//! quotes, CRLF or LF), for text Chinese Excel and WPS save. Tab-separated
//! text ("Unicode 文本") is read too.

/// Splits CSV text into rows of fields. A leading byte-order mark is
/// dropped; fully empty lines are kept as empty rows so row numbers match
/// the spreadsheet's.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or_default();
    let sep = if first_line.contains('\t') && !first_line.contains(',') {
        '\t'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = false,
                other => field.push(other),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            c if c == sep => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            other => field.push(other),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Writes rows as CSV, quoting where needed, with CRLF line ends and a
/// byte-order mark so Excel opens it as UTF-8.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .map(|f| {
                if f.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", f.replace('"', "\"\""))
                } else {
                    f.clone()
                }
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[&[&str]]) -> Vec<Vec<String>> {
        v.iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect()
    }

    #[test]
    fn reads_quotes_doubled_quotes_and_line_breaks() {
        let text = "\u{feff}姓名,代表团\r\n\"王伟\",\"城关镇\"\"东\"\"代表团\"\r\n\"李\n娜\",河口乡代表团\r\n";
        assert_eq!(
            parse(text),
            rows(&[
                &["姓名", "代表团"],
                &["王伟", "城关镇\"东\"代表团"],
                &["李\n娜", "河口乡代表团"]
            ])
        );
    }

    #[test]
    fn keeps_empty_lines_so_row_numbers_match() {
        assert_eq!(
            parse("a,b\n\nc,d"),
            rows(&[&["a", "b"], &[""], &["c", "d"]])
        );
    }

    #[test]
    fn reads_tab_separated_text() {
        assert_eq!(
            parse("姓名\t代表团\n王伟\t城关镇代表团\n"),
            rows(&[&["姓名", "代表团"], &["王伟", "城关镇代表团"]])
        );
    }

    #[test]
    fn what_is_written_is_read_back() {
        let data = rows(&[&["名称", "备注"], &["县\"交通\"局", "一,二\n三"]]);
        assert_eq!(parse(&write(&data)), data);
    }
}
