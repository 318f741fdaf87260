//! A small .xlsx reader: the zip container (stored or deflated entries),
//! the workbook's first sheet and its shared strings, read into rows of
//! text. It reads what Excel, WPS and common libraries write; formulas give
//! their cached values.

use crate::ImportError;

/// Largest .xlsx file accepted.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Largest inflated part accepted (guards against zip bombs).
const MAX_PART_BYTES: usize = 64 * 1024 * 1024;

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 2)
        .map(|s| u16::from_le_bytes([s[0], s[1]]) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// The entries of a zip archive: name, method, data range, inflated size.
struct Zip<'a> {
    bytes: &'a [u8],
    entries: Vec<(String, usize, usize, usize, usize)>,
}

impl<'a> Zip<'a> {
    fn open(bytes: &'a [u8]) -> Result<Zip<'a>, ImportError> {
        let bad = || ImportError::NotXlsx;
        let from = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| bytes[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
            .ok_or_else(bad)?;
        let count = u16_at(bytes, eocd + 10).ok_or_else(bad)?;
        let mut at = u32_at(bytes, eocd + 16).ok_or_else(bad)?;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if bytes.get(at..at + 4) != Some(&[0x50, 0x4b, 0x01, 0x02]) {
                return Err(bad());
            }
            let method = u16_at(bytes, at + 10).ok_or_else(bad)?;
            let packed = u32_at(bytes, at + 20).ok_or_else(bad)?;
            let size = u32_at(bytes, at + 24).ok_or_else(bad)?;
            let name_len = u16_at(bytes, at + 28).ok_or_else(bad)?;
            let extra = u16_at(bytes, at + 30).ok_or_else(bad)?;
            let comment = u16_at(bytes, at + 32).ok_or_else(bad)?;
            let local = u32_at(bytes, at + 42).ok_or_else(bad)?;
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(bad)?;
            let name = String::from_utf8_lossy(name).into_owned();
            let l_name = u16_at(bytes, local + 26).ok_or_else(bad)?;
            let l_extra = u16_at(bytes, local + 28).ok_or_else(bad)?;
            let start = local + 30 + l_name + l_extra;
            entries.push((name, method, start, packed, size));
            at += 46 + name_len + extra + comment;
        }
        Ok(Zip { bytes, entries })
    }

    /// The text of a part, or None if the archive has no such part.
    fn text(&self, name: &str) -> Result<Option<String>, ImportError> {
        let Some((_, method, start, packed, size)) = self.entries.iter().find(|e| e.0 == name)
        else {
            return Ok(None);
        };
        if *size > MAX_PART_BYTES {
            return Err(ImportError::TooLarge);
        }
        let data = self
            .bytes
            .get(*start..start + packed)
            .ok_or(ImportError::NotXlsx)?;
        let raw = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_PART_BYTES)
                .map_err(|_| ImportError::NotXlsx)?,
            _ => return Err(ImportError::NotXlsx),
        };
        String::from_utf8(raw)
            .map(Some)
            .map_err(|_| ImportError::NotXlsx)
    }
}

/// One piece of XML.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    Open {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    Close(&'a str),
    Text(String),
}

/// Splits XML into tags and text; comments, declarations and processing
/// instructions are skipped, CDATA becomes text.
fn tokens(xml: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut rest = xml;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after.find("]]>").unwrap_or(after.len());
            out.push(Token::Text(after[..end].to_string()));
            rest = after.get(end + 3..).unwrap_or("");
        } else if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |i| &rest[i + 3..]);
        } else if rest.starts_with("<?") || rest.starts_with("<!") {
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').unwrap_or(after.len());
            let tag = &after[..end];
            rest = after.get(end + 1..).unwrap_or("");
            if let Some(name) = tag.strip_prefix('/') {
                out.push(Token::Close(local(name.trim())));
            } else {
                let empty = tag.ends_with('/');
                let tag = tag.trim_end_matches('/');
                let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
                out.push(Token::Open {
                    name: local(name),
                    attrs,
                    empty,
                });
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            out.push(Token::Text(unescape(&rest[..end])));
            rest = &rest[end..];
        }
    }
    out
}

/// The name without its namespace prefix (`x:row` → `row`).
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The value of an attribute (prefix ignored), unescaped.
fn attr(attrs: &str, key: &str) -> Option<String> {
    let mut rest = attrs;
    while let Some(eq) = rest.find('=') {
        let name = local(rest[..eq].trim());
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next()?;
        let body = &after[1..];
        let end = body.find(quote)?;
        if name == key {
            return Some(unescape(&body[..end]));
        }
        rest = &body[end + 1..];
    }
    None
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let Some(end) = after.find(';') else {
            out.push_str(&rest[i..]);
            return out;
        };
        let entity = &after[..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[i..i + end + 2]),
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The shared strings: each `<si>`'s text runs joined, phonetic runs left out.
fn shared_strings(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    let mut in_t = false;
    let mut in_phonetic = false;
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "si", empty, ..
            } => {
                if empty {
                    out.push(String::new());
                } else {
                    current = Some(String::new());
                }
            }
            Token::Close("si") => out.push(current.take().unwrap_or_default()),
            Token::Open {
                name: "rPh",
                empty: false,
                ..
            } => in_phonetic = true,
            Token::Close("rPh") => in_phonetic = false,
            Token::Open {
                name: "t",
                empty: false,
                ..
            } => in_t = true,
            Token::Close("t") => in_t = false,
            Token::Text(text) if in_t && !in_phonetic => {
                if let Some(c) = current.as_mut() {
                    c.push_str(&text);
                }
            }
            _ => {}
        }
    }
    out
}

/// Column index of a cell reference (`C7` → 2).
fn column_of(reference: &str) -> Option<usize> {
    let letters: String = reference
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    if letters.is_empty() {
        return None;
    }
    let mut n = 0usize;
    for c in letters.chars() {
        n = n * 26 + (c.to_ascii_uppercase() as usize - 'A' as usize + 1);
    }
    Some(n - 1)
}

fn row_of(reference: &str) -> Option<usize> {
    reference
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .parse()
        .ok()
}

/// The cells of a sheet as rows of text; row `i` of the result is the
/// sheet's row `i + 1`.
fn sheet_rows(xml: &str, strings: &[String]) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = 0usize;
    let mut col = 0usize;
    let mut kind = String::new();
    let mut value: Option<String> = None;
    let mut in_value = false;
    let put = |rows: &mut Vec<Vec<String>>, row: usize, col: usize, text: String| {
        if row == 0 {
            return;
        }
        while rows.len() < row {
            rows.push(Vec::new());
        }
        let r = &mut rows[row - 1];
        while r.len() <= col {
            r.push(String::new());
        }
        r[col] = text;
    };
    for t in tokens(xml) {
        match t {
            Token::Open {
                name: "row", attrs, ..
            } => {
                row = attr(attrs, "r")
                    .and_then(|r| r.parse().ok())
                    .unwrap_or(row + 1);
                col = 0;
            }
            Token::Open {
                name: "c",
                attrs,
                empty,
            } => {
                let reference = attr(attrs, "r");
                col = reference.as_deref().and_then(column_of).unwrap_or(col);
                if let Some(r) = reference.as_deref().and_then(row_of) {
                    row = r;
                }
                kind = attr(attrs, "t").unwrap_or_default();
                value = None;
                if empty {
                    col += 1;
                }
            }
            Token::Open {
                name: "v" | "t",
                empty: false,
                ..
            } => in_value = true,
            Token::Close("v" | "t") => in_value = false,
            Token::Text(text) if in_value => value.get_or_insert_with(String::new).push_str(&text),
            Token::Close("c") => {
                let text = match (kind.as_str(), value.take()) {
                    (_, None) => String::new(),
                    ("s", Some(v)) => v
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| strings.get(i).cloned())
                        .unwrap_or_default(),
                    ("b", Some(v)) => {
                        if v.trim() == "1" {
                            "TRUE".into()
                        } else {
                            "FALSE".into()
                        }
                    }
                    (_, Some(v)) => v,
                };
                put(&mut rows, row, col, text);
                col += 1;
            }
            _ => {}
        }
    }
    rows
}

/// Resolves a relationship target against `xl/`.
fn part_path(target: &str) -> String {
    match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => format!("xl/{}", target.trim_start_matches("./")),
    }
}

/// The first worksheet of an .xlsx file, as rows of text.
pub fn read_first_sheet(bytes: &[u8]) -> Result<Vec<Vec<String>>, ImportError> {
    Ok(read_sheets(bytes)?
        .into_iter()
        .next()
        .map(|(_, rows)| rows)
        .unwrap_or_default())
}

/// A worksheet's name and its rows of text.
pub type NamedSheet = (String, Vec<Vec<String>>);

/// Every worksheet of an .xlsx file in the workbook's order: its name and
/// its rows of text.
pub fn read_sheets(bytes: &[u8]) -> Result<Vec<NamedSheet>, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge);
    }
    let zip = Zip::open(bytes)?;
    let workbook = zip.text("xl/workbook.xml")?.ok_or(ImportError::NotXlsx)?;
    let sheets: Vec<(String, Option<String>)> = tokens(&workbook)
        .into_iter()
        .filter_map(|t| match t {
            Token::Open {
                name: "sheet",
                attrs,
                ..
            } => Some((attr(attrs, "name").unwrap_or_default(), attr(attrs, "id"))),
            _ => None,
        })
        .collect();
    let rels = zip.text("xl/_rels/workbook.xml.rels")?.unwrap_or_default();
    let rel_tokens = tokens(&rels);
    let target = |id: &str| {
        rel_tokens.iter().find_map(|t| match t {
            Token::Open {
                name: "Relationship",
                attrs,
                ..
            } if attr(attrs, "Id").as_deref() == Some(id) => attr(attrs, "Target"),
            _ => None,
        })
    };
    let strings = zip
        .text("xl/sharedStrings.xml")?
        .map(|x| shared_strings(&x))
        .unwrap_or_default();
    let mut out = Vec::with_capacity(sheets.len().max(1));
    for (i, (name, rel)) in sheets.iter().enumerate() {
        let path = rel.as_deref().and_then(target).map_or_else(
            || format!("xl/worksheets/sheet{}.xml", i + 1),
            |t| part_path(&t),
        );
        let sheet = zip.text(&path)?.ok_or(ImportError::NotXlsx)?;
        out.push((name.clone(), sheet_rows(&sheet, &strings)));
    }
    if out.is_empty() {
        let sheet = zip
            .text("xl/worksheets/sheet1.xml")?
            .ok_or(ImportError::NotXlsx)?;
        out.push((String::new(), sheet_rows(&sheet, &strings)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_tokens_attributes_and_entities() {
        let t = tokens(
            r#"<?xml version="1.0"?><x:c r="B2" t="s"><v>1</v></x:c><!-- no --><t>A&amp;B&#x4E2D;&#25991;</t>"#,
        );
        assert_eq!(
            t[0],
            Token::Open {
                name: "c",
                attrs: r#"r="B2" t="s""#,
                empty: false
            }
        );
        assert_eq!(attr(r#"r="B2" t='s'"#, "t").as_deref(), Some("s"));
        assert_eq!(t.last(), Some(&Token::Close("t")));
        assert!(t.contains(&Token::Text("A&B中文".into())));
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_of("A1"), Some(0));
        assert_eq!(column_of("Z9"), Some(25));
        assert_eq!(column_of("AA10"), Some(26));
        assert_eq!(row_of("AB12"), Some(12));
    }

    #[test]
    fn shared_strings_join_runs_and_skip_phonetics() {
        let x = "<sst><si><t>王伟</t></si><si><r><t>城关</t></r><r><t>镇</t></r><rPh><t>x</t></rPh></si><si/></sst>";
        assert_eq!(shared_strings(x), vec!["王伟", "城关镇", ""]);
    }

    #[test]
    fn sheet_rows_place_cells_by_reference() {
        let x = r#"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>电话</t></is></c></row><row r="3"><c r="B3"><v>46397</v></c><c r="C3" t="b"><v>1</v></c></row></sheetData>"#;
        let rows = sheet_rows(x, &["姓名".to_string()]);
        assert_eq!(
            rows,
            vec![
                vec!["姓名".to_string(), String::new(), "电话".to_string()],
                vec![],
                vec![String::new(), "46397".to_string(), "TRUE".to_string()]
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_zip_is_refused() {
        assert_eq!(
            read_first_sheet(b"PK but not really a zip file at all......"),
            Err(ImportError::NotXlsx)
        );
        assert_eq!(
            read_first_sheet(&[0xd0, 0xcf, 0x11, 0xe0]),
            Err(ImportError::NotXlsx)
        );
    }
}
