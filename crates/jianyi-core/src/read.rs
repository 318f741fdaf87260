//! `ReadJson`: reads the stored JSON of events and their records from a
//! parsed `serde_json::Value`, in exactly the form serde's derive writes.
//!
//! The pages read every stored event on start. serde's derived
//! `Deserialize` does that too, but generic over the deserializer and
//! with a second, never used reader per struct (the array form), it was
//! the largest part of each page's wasm. `#[derive(ReadJson)]`
//! (crate `jianyi-derive`) writes one plain function per type calling the
//! small helpers below; `Event::read` uses it. The types keep `Deserialize`
//! for the workers and tests; the runner checks, in every test and in the
//! demo's making, that each event it stores reads back equal through
//! `ReadJson`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::NaiveDate;
use uuid::Uuid;

pub use jianyi_derive::ReadJson;
pub use serde_json::{Map, Value};

/// A type read from its JSON as serde writes it.
pub trait ReadJson: Sized {
    fn read_json(v: &Value) -> Result<Self, ReadError>;

    /// Read from a JSON object's key (serde writes map keys as strings,
    /// numbers among them).
    fn read_key(k: &str) -> Result<Self, ReadError> {
        Self::read_json(&Value::String(k.to_owned()))
    }

    /// What an absent field reads as: an error, but `None` for an
    /// `Option` (as serde reads it).
    fn absent() -> Option<Self> {
        None
    }
}

/// What could not be read, and where (`kind.handling.replied.reply`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    path: String,
    what: String,
}

impl ReadError {
    pub fn new(what: impl Into<String>) -> ReadError {
        ReadError {
            path: String::new(),
            what: what.into(),
        }
    }

    /// The error as found inside `key`.
    pub fn at(mut self, key: &str) -> ReadError {
        self.path = if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{key}.{}", self.path)
        };
        self
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.what)
        } else {
            write!(f, "{}：{}", self.path, self.what)
        }
    }
}

impl std::error::Error for ReadError {}

/// Parses `text` and reads a `T` from it.
pub fn from_str<T: ReadJson>(text: &str) -> Result<T, ReadError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ReadError::new(format!("不是有效的 JSON：{e}")))?;
    T::read_json(&value)
}

pub fn object(v: &Value) -> Result<&Map<String, Value>, ReadError> {
    v.as_object().ok_or_else(|| ReadError::new("应为对象"))
}

pub fn array(v: &Value, len: usize) -> Result<&[Value], ReadError> {
    match v.as_array() {
        Some(items) if items.len() == len => Ok(items),
        Some(_) => Err(ReadError::new(format!("应为 {len} 项的数组"))),
        None => Err(ReadError::new("应为数组")),
    }
}

pub fn item<T: ReadJson>(items: &[Value], i: usize) -> Result<T, ReadError> {
    T::read_json(&items[i]).map_err(|e| e.at(&i.to_string()))
}

/// A field that must be there (an `Option` may be absent).
pub fn field<T: ReadJson>(o: &Map<String, Value>, key: &str) -> Result<T, ReadError> {
    match o.get(key) {
        Some(v) => T::read_json(v).map_err(|e| e.at(key)),
        None => T::absent().ok_or_else(|| ReadError::new("缺少此字段").at(key)),
    }
}

/// A field that may be absent: `None` then.
pub fn field_opt<T: ReadJson>(o: &Map<String, Value>, key: &str) -> Result<Option<T>, ReadError> {
    match o.get(key) {
        Some(v) => T::read_json(v).map(Some).map_err(|e| e.at(key)),
        None => Ok(None),
    }
}

/// Refuses a key not among `keys` (serde's `deny_unknown_fields`).
pub fn deny_unknown(o: &Map<String, Value>, keys: &[&str]) -> Result<(), ReadError> {
    match o.keys().find(|k| !keys.contains(&k.as_str())) {
        Some(k) => Err(ReadError::new("多余的字段").at(k)),
        None => Ok(()),
    }
}

/// An externally tagged enum's variant name and body: `"name"` or
/// `{"name": body}`.
pub fn variant(v: &Value) -> Result<(&str, Option<&Value>), ReadError> {
    match v {
        Value::String(s) => Ok((s, None)),
        Value::Object(o) if o.len() == 1 => {
            let (k, body) = o.iter().next().expect("one key");
            Ok((k, Some(body)))
        }
        _ => Err(ReadError::new("应为种类名或只有一个键的对象")),
    }
}

/// An adjacently tagged enum's variant name.
pub fn tag<'a>(o: &'a Map<String, Value>, key: &str) -> Result<&'a str, ReadError> {
    match o.get(key) {
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(ReadError::new("应为字符串").at(key)),
        None => Err(ReadError::new("缺少此字段").at(key)),
    }
}

/// A variant's body, which must be there.
pub fn present(body: Option<&Value>) -> Result<&Value, ReadError> {
    body.ok_or_else(|| ReadError::new("缺少内容"))
}

/// A newtype variant's body.
pub fn body<T: ReadJson>(body: Option<&Value>) -> Result<T, ReadError> {
    T::read_json(present(body)?)
}

/// A variant's reading, its errors placed inside `tag`.
pub fn within<T>(tag: &str, read: Result<T, ReadError>) -> Result<T, ReadError> {
    read.map_err(|e| e.at(tag))
}

pub fn unknown_variant(tag: &str) -> ReadError {
    ReadError::new(format!("不认识的种类「{tag}」"))
}

impl ReadJson for String {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| ReadError::new("应为字符串"))
    }
    fn read_key(k: &str) -> Result<Self, ReadError> {
        Ok(k.to_owned())
    }
}

impl ReadJson for bool {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        v.as_bool()
            .ok_or_else(|| ReadError::new("应为 true 或 false"))
    }
}

fn out_of_range() -> ReadError {
    ReadError::new("应为范围内的整数")
}

/// Integers, read through `as_u64` or `as_i64` and range-checked; as map
/// keys, parsed.
macro_rules! integer {
    ($($t:ty: $as:ident),*) => {$(
        impl ReadJson for $t {
            fn read_json(v: &Value) -> Result<Self, ReadError> {
                v.$as().and_then(|n| <$t>::try_from(n).ok()).ok_or_else(out_of_range)
            }
            fn read_key(k: &str) -> Result<Self, ReadError> {
                k.parse().map_err(|_| out_of_range())
            }
        }
    )*};
}

integer!(u8: as_u64, u16: as_u64, u32: as_u64, u64: as_u64, usize: as_u64, i16: as_i64, i32: as_i64, i64: as_i64);

impl ReadJson for f64 {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        v.as_f64().ok_or_else(|| ReadError::new("应为数"))
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        match v {
            Value::Null => Ok(None),
            v => T::read_json(v).map(Some),
        }
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

impl<T: ReadJson> ReadJson for Box<T> {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        T::read_json(v).map(Box::new)
    }
}

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        let items = v.as_array().ok_or_else(|| ReadError::new("应为数组"))?;
        (0..items.len()).map(|i| item(items, i)).collect()
    }
}

impl<T: ReadJson + Ord> ReadJson for BTreeSet<T> {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        Vec::<T>::read_json(v).map(|items| items.into_iter().collect())
    }
}

impl<K: ReadJson + Ord, V: ReadJson> ReadJson for BTreeMap<K, V> {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        object(v)?
            .iter()
            .map(|(k, v)| {
                Ok((
                    K::read_key(k).map_err(|e| e.at(k))?,
                    V::read_json(v).map_err(|e| e.at(k))?,
                ))
            })
            .collect()
    }
}

impl<A: ReadJson, B: ReadJson> ReadJson for (A, B) {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        let items = array(v, 2)?;
        Ok((item(items, 0)?, item(items, 1)?))
    }
}

impl ReadJson for NaiveDate {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        v.as_str()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| ReadError::new("应为日期，如 2026-01-31"))
    }
}

impl ReadJson for Uuid {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        v.as_str()
            .and_then(|s| Uuid::parse_str(s).ok())
            .ok_or_else(|| ReadError::new("应为编号（UUID）"))
    }
}

impl ReadJson for Value {
    fn read_json(v: &Value) -> Result<Self, ReadError> {
        Ok(v.clone())
    }
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;

    use super::*;
    use crate::handling::Terms;
    use crate::settings::{Period, RaisingRules};
    use crate::{Event, Stored};

    /// Both readers give the same value for `json`.
    fn same<T: ReadJson + DeserializeOwned + PartialEq + fmt::Debug>(json: &str) -> T {
        let ours: T = from_str(json).unwrap();
        let serde: T = serde_json::from_str(json).unwrap();
        assert_eq!(ours, serde, "{json}");
        ours
    }

    #[test]
    fn an_adjacently_tagged_period_reads_as_serde_writes_it() {
        assert_eq!(
            same::<Period>(r#"{"unit":"working_days","n":20}"#),
            Period::WorkingDays(20)
        );
        assert_eq!(
            same::<Period>(r#"{"unit":"months","n":3}"#),
            Period::Months(3)
        );
        assert!(from_str::<Period>(r#"{"unit":"weeks","n":3}"#).is_err());
    }

    #[test]
    fn fields_an_older_version_did_not_write_take_their_defaults() {
        // Terms of an assignment made before the feedback and extension
        // periods existed: each reads as its own default function says.
        let old = r#"{"reply":{"unit":"months","n":3},"reply_from":"assignment",
            "return_window":{"unit":"working_days","n":5},"return_from":"assignment",
            "counting":{"count_start_day":false,"move_off_holidays":true}}"#;
        let terms = same::<Terms>(old);
        assert_eq!(terms.reply, Period::Months(3));
        // A container default: fields absent take the struct's default.
        let rules = same::<RaisingRules>(r#"{"township_mode":true}"#);
        assert!(rules.township_mode);
        assert_eq!(rules.key_candidate_min_deputies, 10);
    }

    #[test]
    fn an_unreadable_event_says_what_and_where_in_chinese() {
        let mut g = crate::testkit::Given::office();
        let event = g.given(crate::office::OfficeCommand::SetProfile(
            crate::office::OfficeProfile::new(
                "示范县人大常委会",
                "示范县",
                crate::office::OfficeLevel::County,
                crate::office::OfficeRole::CommitteeOffice,
            ),
        ));
        let json = event[0].to_json();
        let Value::Object(mut o) = serde_json::from_str::<Value>(&json).unwrap() else {
            panic!("an event is an object")
        };
        let mut stamp = o["stamp"].clone();
        stamp.as_object_mut().unwrap().remove("counter");
        o.insert("stamp".into(), stamp);
        let broken = Value::Object(o).to_string();
        let Stored::Unknown(unknown) = Event::read(&broken) else {
            panic!("a stamp without its counter is unreadable")
        };
        assert!(
            unknown.reason.contains("stamp.counter：缺少此字段"),
            "{}",
            unknown.reason
        );
        let renamed = json.replace("\"office\":{", "\"officer\":{");
        let Stored::Unknown(unknown) = Event::read(&renamed) else {
            panic!("an unknown subdomain is unreadable")
        };
        assert!(
            unknown.reason.contains("kind：不认识的种类「officer」"),
            "{}",
            unknown.reason
        );
    }

    #[test]
    fn an_absent_option_is_none_and_a_null_one_too_but_a_wrong_type_is_refused() {
        #[derive(Debug, PartialEq, serde::Deserialize, ReadJson)]
        struct Probe {
            a: Option<u32>,
            b: Vec<String>,
            #[serde(default)]
            c: u32,
        }
        assert_eq!(
            same::<Probe>(r#"{"b":[]}"#),
            Probe {
                a: None,
                b: vec![],
                c: 0
            }
        );
        assert_eq!(
            same::<Probe>(r#"{"a":null,"b":["x"],"c":2}"#).b,
            vec!["x".to_string()]
        );
        let e = from_str::<Probe>(r#"{"a":"7","b":[]}"#).unwrap_err();
        assert_eq!(e.to_string(), "a：应为范围内的整数");
        let e = from_str::<Probe>(r#"{"b":[1]}"#).unwrap_err();
        assert_eq!(e.to_string(), "b.0：应为字符串");
        assert!(serde_json::from_str::<Probe>(r#"{"b":[1]}"#).is_err());
    }
}
