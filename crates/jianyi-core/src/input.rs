//! What every subdomain checks of what a clerk typed: names and texts
//! trimmed and within their length, required fields present, and an edit
//! that changes something. `InputRejection` names the field.

use thiserror::Error;

/// Longest name of a directory entry, in characters.
pub const MAX_NAME: usize = 60;
/// Longest element of a draft, in characters.
pub const MAX_TEXT: usize = 20_000;

/// Why typed input was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum InputRejection {
    #[error("{field} is required")]
    Missing { field: &'static str },
    #[error("{field} is too long ({len} > {max})")]
    TooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    #[error("nothing changed")]
    NothingChanged,
    #[error("{field} is a date after the business date")]
    InFuture { field: &'static str },
}

impl InputRejection {
    /// The refusal as a clerk reads it.
    pub fn message_zh(&self) -> String {
        match self {
            InputRejection::Missing { field } => format!("请填写“{field}”"),
            InputRejection::TooLong { field, len, max } => {
                format!("“{field}”共{len}字，超过上限{max}字")
            }
            InputRejection::NothingChanged => "内容没有变化，无需保存".into(),
            InputRejection::InFuture { field } => format!("“{field}”晚于今天，请核对"),
        }
    }
}

/// A name: trimmed, present, not too long.
pub fn name(field: &'static str, value: &str) -> Result<String, InputRejection> {
    let value = value.trim();
    if value.is_empty() {
        return Err(InputRejection::Missing { field });
    }
    let len = value.chars().count();
    if len > MAX_NAME {
        return Err(InputRejection::TooLong {
            field,
            len,
            max: MAX_NAME,
        });
    }
    Ok(value.to_string())
}

/// A text: trimmed, not too long, possibly empty.
pub fn text(field: &'static str, value: &str) -> Result<String, InputRejection> {
    let value = value.trim();
    let len = value.chars().count();
    if len > MAX_TEXT {
        return Err(InputRejection::TooLong {
            field,
            len,
            max: MAX_TEXT,
        });
    }
    Ok(value.to_string())
}

/// A text that must not be empty.
pub fn required_text(field: &'static str, value: &str) -> Result<String, InputRejection> {
    let value = text(field, value)?;
    if value.is_empty() {
        return Err(InputRejection::Missing { field });
    }
    Ok(value)
}

/// Refuses an edit that changes nothing.
pub fn changed(nothing: bool) -> Result<(), InputRejection> {
    if nothing {
        Err(InputRejection::NothingChanged)
    } else {
        Ok(())
    }
}
