//! Migrations of the stored event format, numbered, described and applied
//! in order. Events are never rewritten in the store: an event written in
//! an older format is migrated each time it is read, so its original bytes
//! (and, later, its signature) stay as they were.
//!
//! A migration takes one event as JSON and gives the events it becomes;
//! an event split in two gives the new one an id derived from the old
//! (`ids::derived_id`), the same at every reading.

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::directory::DEFAULT_CATEGORIES;
use crate::event::FORMAT;
use crate::ids::{derived_id, id_from_name};

/// One change of the stored format.
pub struct Migration {
    /// The format it reads; it writes `from + 1`.
    pub from: u32,
    pub title: &'static str,
    pub description: &'static str,
    pub run: fn(Value) -> Result<Vec<Value>, String>,
}

/// Every migration, in order.
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    title: "事件按业务领域归类；修改只记改动的字段和所依据的版本；私密信息单独成事件",
    description: "Format 1 wrote `{\"deputy_edited\": {\"deputy\": {...}}}`, the whole \
        record. Format 2 nests each kind under its subdomain (office, directory, raising, \
        review), writes an edit as the fields it changed with the version it was made on \
        (`base`; null for migrated edits, which one office made in order), moves a deputy's \
        phone and a citizen's contact into events of their own (ids derived from the \
        original), names categories by id (the id their name gives), replaces a whole \
        settings value by one event per group, and drops the series from an acceptance \
        (the fold reads it from the item and the business date).",
    run: v1_to_v2,
}];

/// The format a stored event was written in (1 when it does not say).
pub fn format_of(value: &Value) -> u32 {
    value
        .get("format")
        .and_then(Value::as_u64)
        .map_or(1, |f| f as u32)
}

/// Migrates one stored event to the current format: the JSON of each
/// event it becomes, or why it cannot be read.
pub fn migrate(raw: &str) -> Result<Vec<String>, String> {
    let value: Value = serde_json::from_str(raw).map_err(|e| format!("不是有效的 JSON：{e}"))?;
    let format = format_of(&value);
    if format > FORMAT {
        return Err(format!(
            "格式版本 {format} 比本程序（{FORMAT}）新，请升级建议通"
        ));
    }
    let mut events = vec![value];
    for m in MIGRATIONS.iter().filter(|m| m.from >= format) {
        let mut next = Vec::new();
        for e in events {
            next.extend((m.run)(e)?);
        }
        events = next;
    }
    Ok(events.iter().map(Value::to_string).collect())
}

fn object(v: Value, what: &str) -> Result<Map<String, Value>, String> {
    match v {
        Value::Object(m) => Ok(m),
        _ => Err(format!("{what}不是对象")),
    }
}

/// Takes a field out of an object, or a default when it is missing.
fn take(m: &mut Map<String, Value>, key: &str, default: Value) -> Value {
    m.remove(key).unwrap_or(default)
}

fn pick(m: &mut Map<String, Value>, keys: &[(&str, Value)]) -> Value {
    let mut out = Map::new();
    for (k, default) in keys {
        out.insert(k.to_string(), take(m, k, default.clone()));
    }
    Value::Object(out)
}

fn category_id(name: &Value) -> Value {
    let name = name.as_str().unwrap_or_default();
    Value::String(id_from_name(name).to_string())
}

/// A format-1 entry reference, with a category named by id.
fn entry_ref(entry: Value) -> Value {
    match entry {
        Value::Object(mut m) if m.get("directory").and_then(Value::as_str) == Some("category") => {
            let id = category_id(m.get("id").unwrap_or(&Value::Null));
            m.insert("id".into(), id);
            Value::Object(m)
        }
        other => other,
    }
}

/// A format-1 draft, with its category named by id and its defaults
/// written out.
fn draft(d: Value) -> Result<Value, String> {
    let mut d = object(d, "草稿")?;
    let category = category_id(d.get("category").unwrap_or(&Value::Null));
    d.insert("category".into(), category);
    for (k, default) in [
        ("by_delegation", json!(false)),
        ("opinions", json!([])),
        ("negative_confirmed", json!([])),
    ] {
        d.entry(k.to_string()).or_insert(default);
    }
    Ok(Value::Object(d))
}

/// The fields of each directory record besides its id, with the defaults
/// format 1 read when they were missing.
fn record_fields(record: &str) -> Vec<(&'static str, Value)> {
    match record {
        "delegation" | "category" => vec![("name", json!(""))],
        "deputy" => vec![
            ("name", json!("")),
            ("delegation", Value::Null),
            ("gender", Value::Null),
            ("term", json!("")),
            ("stations", json!([])),
        ],
        "committee" => vec![("name", json!("")), ("covers", json!([]))],
        "unit" => vec![
            ("name", json!("")),
            ("kind", json!("other")),
            ("organ", Value::Null),
        ],
        "leader" => vec![
            ("name", json!("")),
            ("post", json!("")),
            ("organ", Value::Null),
            ("duties", json!("")),
        ],
        "session" => vec![
            ("name", json!("")),
            ("starts", Value::Null),
            ("ends", Value::Null),
        ],
        "station" => vec![
            ("name", json!("")),
            ("kind", json!("home")),
            ("field", json!("")),
        ],
        "opinion" => vec![
            ("station", Value::Null),
            ("received_on", Value::Null),
            ("topic", json!("")),
            ("text", json!("")),
        ],
        _ => Vec::new(),
    }
}

/// Format 1 → 2.
fn v1_to_v2(event: Value) -> Result<Vec<Value>, String> {
    let mut envelope = object(event, "事件")?;
    let kind = object(envelope.remove("kind").unwrap_or(Value::Null), "事件内容")?;
    let (tag, payload) = kind
        .into_iter()
        .next()
        .ok_or_else(|| "事件内容为空".to_string())?;
    let id: Uuid = envelope
        .get("id")
        .and_then(Value::as_str)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| "事件缺少有效的 id".to_string())?;
    envelope.insert("format".into(), json!(2));
    let mut out = Vec::new();
    let mut emit = |subdomain: &str, tag: &str, payload: Value| {
        let mut e = envelope.clone();
        if !out.is_empty() {
            e.insert(
                "id".into(),
                json!(derived_id(id, out.len() as u64).to_string()),
            );
        }
        e.insert("kind".into(), json!({ subdomain: { tag: payload } }));
        out.push(Value::Object(e));
    };
    let mut p = object(payload, "事件内容")?;
    match tag.as_str() {
        "office_profile_set" => emit("office", &tag, Value::Object(p)),
        "settings_changed" => {
            let mut s = object(take(&mut p, "settings", json!({})), "设置")?;
            let groups: [(&str, &[&str]); 7] = [
                (
                    "rules",
                    &[
                        "township_mode",
                        "motion_min_deputies",
                        "motion_min_deputies_township",
                        "key_candidate_min_deputies",
                    ],
                ),
                ("deadlines", &[]),
                ("numbering", &["number_format"]),
                ("drafting", &["element_minimums", "similarity_percent"]),
                ("negative_list", &[]),
                ("professional_stations", &[]),
                (
                    "evaluation",
                    &[
                        "satisfaction_threshold_percent",
                        "meeting_members_weight_percent",
                        "department_review",
                        "advanced_unit_min_items",
                    ],
                ),
            ];
            for (group, keys) in groups {
                let value = if keys.is_empty() {
                    s.remove(group)
                } else {
                    let mut g = Map::new();
                    for k in keys {
                        if let Some(v) = s.remove(*k) {
                            g.insert(k.to_string(), v);
                        }
                    }
                    (!g.is_empty()).then_some(Value::Object(g))
                };
                if let Some(value) = value {
                    emit(
                        "office",
                        "settings_changed",
                        json!({ "base": null, "group": { group: value } }),
                    );
                }
            }
            // Format 1 kept categories in the settings; they are a
            // directory now. The defaults exist in every state already.
            let names = take(&mut s, "categories", json!([]));
            for name in names.as_array().into_iter().flatten() {
                let n = name.as_str().unwrap_or_default();
                if !DEFAULT_CATEGORIES.contains(&n) {
                    emit(
                        "directory",
                        "category_added",
                        json!({ "category": { "id": category_id(name), "name": n } }),
                    );
                }
            }
            let retired = take(&mut s, "retired_categories", json!([]));
            for name in retired.as_array().into_iter().flatten() {
                emit(
                    "directory",
                    "entry_retired",
                    json!({ "entry": { "directory": "category", "id": category_id(name) }, "base": null }),
                );
            }
        }
        "delegation_added" | "deputy_added" | "unit_added" | "session_added"
        | "committee_added" | "leader_added" | "station_added" => {
            let record = tag.trim_end_matches("_added");
            let mut r = object(take(&mut p, record, Value::Null), record)?;
            let rid = take(&mut r, "id", Value::Null);
            let phone = r.remove("phone");
            let mut fields = object(pick(&mut r, &record_fields(record)), record)?;
            fields.insert("id".into(), rid.clone());
            emit("directory", &tag, json!({ record: fields }));
            if let Some(phone) = phone.filter(|p| p.as_str().is_some_and(|s| !s.is_empty())) {
                emit(
                    "directory",
                    "deputy_phone_set",
                    json!({ "id": rid, "base": null, "phone": phone }),
                );
            }
        }
        "delegation_edited" | "deputy_edited" | "unit_edited" | "session_edited"
        | "committee_edited" | "leader_edited" | "station_edited" => {
            let record = tag.trim_end_matches("_edited");
            let mut r = object(take(&mut p, record, Value::Null), record)?;
            let rid = take(&mut r, "id", Value::Null);
            let phone = r.remove("phone");
            let changes = pick(&mut r, &record_fields(record));
            emit(
                "directory",
                &tag,
                json!({ "id": rid, "base": null, "changes": changes }),
            );
            if record == "deputy" {
                emit(
                    "directory",
                    "deputy_phone_set",
                    json!({ "id": rid, "base": null, "phone": phone.unwrap_or(json!("")) }),
                );
            }
        }
        "category_added" => {
            let name = take(&mut p, "name", json!(""));
            emit(
                "directory",
                &tag,
                json!({ "category": { "id": category_id(&name), "name": name } }),
            );
        }
        "entry_retired" | "entry_reinstated" => {
            let entry = entry_ref(take(&mut p, "entry", Value::Null));
            emit("directory", &tag, json!({ "entry": entry, "base": null }));
        }
        "opinion_recorded" => {
            let mut o = object(take(&mut p, "opinion", Value::Null), "群众意见")?;
            let oid = take(&mut o, "id", Value::Null);
            let contact = o.remove("contact");
            let mut fields = object(pick(&mut o, &record_fields("opinion")), "群众意见")?;
            fields.insert("id".into(), oid.clone());
            emit("raising", &tag, json!({ "opinion": fields }));
            if let Some(c) = contact.filter(|c| c.as_str().is_some_and(|s| !s.is_empty())) {
                emit(
                    "raising",
                    "opinion_contact_set",
                    json!({ "id": oid, "base": null, "contact": c }),
                );
            }
        }
        "opinion_edited" => {
            let mut o = object(take(&mut p, "opinion", Value::Null), "群众意见")?;
            let oid = take(&mut o, "id", Value::Null);
            let contact = o.remove("contact");
            let changes = pick(&mut o, &record_fields("opinion"));
            emit(
                "raising",
                &tag,
                json!({ "id": oid, "base": null, "changes": changes }),
            );
            emit(
                "raising",
                "opinion_contact_set",
                json!({ "id": oid, "base": null, "contact": contact.unwrap_or(json!("")) }),
            );
        }
        "draft_created" => {
            let d = draft(take(&mut p, "draft", Value::Null))?;
            p.insert("draft".into(), d);
            emit("raising", &tag, Value::Object(p));
        }
        "draft_edited" => {
            let d = draft(take(&mut p, "draft", Value::Null))?;
            let sid = take(&mut p, "id", Value::Null);
            emit(
                "raising",
                &tag,
                json!({ "id": sid, "base": null, "changes": d }),
            );
        }
        "cosigners_named"
        | "cosigner_removed"
        | "cosign_confirmed"
        | "cosign_withdrawn"
        | "revision_acknowledged" => emit("raising", &tag, Value::Object(p)),
        "accepted" => {
            p.remove("series");
            emit("review", &tag, Value::Object(p));
        }
        "draft_submitted"
        | "review_passed"
        | "review_returned"
        | "resubmitted"
        | "converted_to_suggestion"
        | "merged"
        | "not_accepted" => emit("review", &tag, Value::Object(p)),
        other => return Err(format!("未知的事件类型“{other}”")),
    }
    Ok(out)
}
