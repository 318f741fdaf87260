//! What each of the eight directories (名册) shows and asks: its form's
//! fields, its table's columns and rows, and the command a filled-in form
//! makes. One `EntryForm` and one `EntryTable` render every directory from
//! its `Spec`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use jianyi_core::directory::{
    CommitteeFields, DeputyFields, Directory, DirectoryCommand, EntryRef, Gender, LeaderFields,
    Organ, SessionFields, StationFields, StationKind, UnitFields, UnitKind,
};
use jianyi_core::{Command, State, dates};

/// A form's values by field key; a list (check boxes) is its ids joined by
/// commas.
pub type Values = BTreeMap<&'static str, String>;

/// Options of a select or of check boxes: (value, label).
pub type Options = Vec<(String, String)>;

/// How a field is entered.
#[derive(Clone, Copy)]
pub enum FieldKind {
    Text(&'static str),
    Tel,
    Date,
    /// One of the options; the first argument is the empty option's label,
    /// if the field may stay empty.
    Select(Option<&'static str>, fn(&State, &Values) -> Options),
    /// Any of the options.
    Checks(fn(&State, &Values) -> Options),
}

/// One field of a directory's form.
#[derive(Clone, Copy)]
pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub kind: FieldKind,
    pub required: bool,
    /// The value of a new entry's form.
    pub default: &'static str,
    /// Whether the field is shown for these values.
    pub shown: fn(&Values) -> bool,
    pub wide: bool,
}

/// One row of a directory's table.
#[derive(Clone, PartialEq)]
pub struct Row {
    /// The entry's id and version: a row is rebuilt only when it changed.
    pub key: String,
    /// The entry's id, as the form's `editing` holds it.
    pub id: String,
    pub entry: EntryRef,
    pub name: String,
    pub cells: Vec<String>,
    pub retired: bool,
    /// The form's values to edit it.
    pub values: Values,
}

/// Everything one directory's screen needs.
pub struct Spec {
    pub directory: Directory,
    /// The form's accessible name, e.g. 代表信息.
    pub form_label: &'static str,
    /// The label of the first field when adding and when editing.
    pub adding: &'static str,
    pub editing: &'static str,
    pub fields: Vec<Field>,
    /// Column headers after the name column (the name column is first).
    pub name_header: &'static str,
    pub columns: Vec<&'static str>,
    pub rows: fn(&State) -> Vec<Row>,
    /// `共 43 名代表`.
    pub count: fn(usize) -> String,
    /// A note under the form, if any.
    pub note: Option<&'static str>,
    /// Values that follow another's change (a unit's organ follows its kind).
    pub follow: fn(&'static str, &mut Values),
    /// The command a filled-in form makes; `editing` is the entry's id.
    pub command: fn(&Values, Option<&str>) -> Result<Command, String>,
}

fn always(_: &Values) -> bool {
    true
}

fn no_follow(_: &'static str, _: &mut Values) {}

const fn text(key: &'static str, label: &'static str, required: bool) -> Field {
    Field {
        key,
        label,
        kind: FieldKind::Text(""),
        required,
        default: "",
        shown: always,
        wide: false,
    }
}

fn get<'a>(v: &'a Values, key: &str) -> &'a str {
    v.get(key).map_or("", String::as_str)
}

fn list<T: std::str::FromStr>(v: &Values, key: &str) -> Vec<T> {
    get(v, key)
        .split(',')
        .filter_map(|x| x.parse().ok())
        .collect()
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

fn id<T: std::str::FromStr>(v: &Values, key: &str, label: &str) -> Result<T, String> {
    get(v, key).parse().map_err(|_| format!("请选择“{label}”"))
}

fn date(v: &Values, key: &str, label: &str) -> Result<NaiveDate, String> {
    dates::parse_ymd(get(v, key)).ok_or_else(|| format!("请填写“{label}”（年-月-日）"))
}

fn edit_id<T: std::str::FromStr>(editing: Option<&str>) -> Option<T> {
    editing.and_then(|e| e.parse().ok())
}

fn status(retired: bool) -> &'static str {
    if retired { "已停用" } else { "在用" }
}

fn version<T>(e: &jianyi_core::directory::Entry<T>) -> u32 {
    e.record.versions.version
}

/// Codes of the enums a form carries.
pub fn gender_code(g: Option<Gender>) -> &'static str {
    match g {
        None => "",
        Some(Gender::Male) => "male",
        Some(Gender::Female) => "female",
    }
}

pub fn organ_code(organ: Option<Organ>) -> &'static str {
    match organ {
        None => "",
        Some(Organ::Government) => "government",
        Some(Organ::SupervisoryCommission) => "supervisory",
        Some(Organ::Court) => "court",
        Some(Organ::Procuratorate) => "procuratorate",
    }
}

pub fn organ_from(code: &str) -> Option<Organ> {
    Organ::ALL
        .into_iter()
        .find(|o| organ_code(Some(*o)) == code)
}

fn unit_kind_from(label: &str) -> UnitKind {
    UnitKind::ALL
        .into_iter()
        .find(|k| k.label() == label)
        .unwrap_or(UnitKind::Other)
}

fn station_kind_from(label: &str) -> StationKind {
    StationKind::ALL
        .into_iter()
        .find(|k| k.label() == label)
        .unwrap_or(StationKind::Home)
}

fn organ_options(_: &State, _: &Values) -> Options {
    Organ::ALL
        .into_iter()
        .map(|o| (organ_code(Some(o)).to_string(), o.label().to_string()))
        .collect()
}

/// Delegations in use, and the one the form holds even if retired.
fn delegation_options(s: &State, v: &Values) -> Options {
    let current = get(v, "delegation");
    s.directory
        .delegations_in_order()
        .filter(|g| !g.retired || g.id.to_string() == current)
        .map(|g| (g.id.to_string(), g.name.clone()))
        .collect()
}

fn covered_options(s: &State, v: &Values) -> Options {
    let current = get(v, "covers");
    s.directory
        .delegations_in_order()
        .filter(|g| !g.retired || current.contains(&g.id.to_string()))
        .map(|g| (g.id.to_string(), g.name.clone()))
        .collect()
}

fn station_options(s: &State, v: &Values) -> Options {
    let current = get(v, "stations");
    s.directory
        .stations
        .values()
        .filter(|x| !x.retired || current.contains(&x.id.to_string()))
        .map(|x| (x.id.to_string(), x.name.clone()))
        .collect()
}

fn gender_options(_: &State, _: &Values) -> Options {
    Gender::ALL
        .into_iter()
        .map(|g| (gender_code(Some(g)).to_string(), g.label().to_string()))
        .collect()
}

fn unit_kind_options(_: &State, _: &Values) -> Options {
    UnitKind::ALL
        .into_iter()
        .map(|k| (k.label().to_string(), k.label().to_string()))
        .collect()
}

fn station_kind_options(_: &State, _: &Values) -> Options {
    StationKind::ALL
        .into_iter()
        .map(|k| (k.label().to_string(), k.label().to_string()))
        .collect()
}

fn professional_field_options(s: &State, _: &Values) -> Options {
    s.settings()
        .professional_stations
        .iter()
        .map(|x| (x.clone(), x.clone()))
        .collect()
}

/// The screen of one directory.
pub fn spec(directory: Directory) -> Spec {
    match directory {
        Directory::Deputies => deputies(),
        Directory::Delegations => delegations(),
        Directory::Committees => committees(),
        Directory::Units => units(),
        Directory::Leaders => leaders(),
        Directory::Sessions => sessions(),
        Directory::Categories => categories(),
        Directory::Stations => stations(),
    }
}

fn deputies() -> Spec {
    Spec {
        directory: Directory::Deputies,
        form_label: "代表信息",
        adding: "新增代表姓名",
        editing: "修改代表姓名",
        fields: vec![
            text("name", "姓名", true),
            Field {
                kind: FieldKind::Select(None, delegation_options),
                ..text("delegation", "所属代表团", true)
            },
            Field {
                kind: FieldKind::Select(Some("未填"), gender_options),
                ..text("gender", "性别", false)
            },
            Field {
                default: "第十五届",
                ..text("term", "届别", false)
            },
            Field {
                kind: FieldKind::Tel,
                ..text("phone", "联系电话（不公开）", false)
            },
            Field {
                kind: FieldKind::Checks(station_options),
                wide: true,
                ..text("stations", "家站点", false)
            },
        ],
        name_header: "姓名",
        columns: vec!["代表团", "性别", "届别", "家站点", "联系电话"],
        rows: |s| {
            let dir = &s.directory;
            dir.delegations_in_order()
                .flat_map(|g| {
                    dir.deputies_of(g.id).into_iter().map(move |d| {
                        let stations: Vec<String> = d
                            .stations
                            .iter()
                            .filter_map(|i| dir.stations.get(i).map(|x| x.name.clone()))
                            .collect();
                        let phone = dir.phone(d.id).to_string();
                        let phone_version = dir.phones.get(&d.id).map_or(0, |p| p.versions.version);
                        Row {
                            id: d.id.to_string(),
                            key: format!("{}:{}:{}", d.id, version(d), phone_version),
                            entry: EntryRef::Deputy(d.id),
                            name: d.name.clone(),
                            cells: vec![
                                g.name.clone(),
                                d.gender.map_or("", |x| x.label()).to_string(),
                                d.term.clone(),
                                stations.join("、"),
                                phone.clone(),
                            ],
                            retired: d.retired,
                            values: Values::from([
                                ("name", d.name.clone()),
                                ("delegation", d.delegation.to_string()),
                                ("gender", gender_code(d.gender).to_string()),
                                ("term", d.term.clone()),
                                ("phone", phone),
                                ("stations", join(&d.stations)),
                            ]),
                        }
                    })
                })
                .collect()
        },
        count: |n| format!("共 {n} 名代表"),
        note: None,
        follow: no_follow,
        command: |v, editing| {
            let fields = DeputyFields {
                name: get(v, "name").to_string(),
                delegation: id(v, "delegation", "所属代表团")?,
                gender: Gender::ALL
                    .into_iter()
                    .find(|g| gender_code(Some(*g)) == get(v, "gender")),
                term: get(v, "term").to_string(),
                stations: list(v, "stations"),
                phone: get(v, "phone").to_string(),
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditDeputy { id, fields },
                None => DirectoryCommand::AddDeputy(fields),
            }
            .into())
        },
    }
}

fn delegations() -> Spec {
    Spec {
        directory: Directory::Delegations,
        form_label: "代表团",
        adding: "新增代表团",
        editing: "修改代表团名称",
        fields: vec![text("name", "名称", true)],
        name_header: "代表团",
        columns: vec!["代表人数"],
        rows: |s| {
            s.directory
                .delegations_in_order()
                .map(|g| Row {
                    id: g.id.to_string(),
                    key: format!("{}:{}", g.id, version(g)),
                    entry: EntryRef::Delegation(g.id),
                    name: g.name.clone(),
                    cells: vec![s.directory.deputies_of(g.id).len().to_string()],
                    retired: g.retired,
                    values: Values::from([("name", g.name.clone())]),
                })
                .collect()
        },
        count: |n| format!("共 {n} 个代表团"),
        note: None,
        follow: no_follow,
        command: |v, editing| {
            let name = get(v, "name").to_string();
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditDelegation { id, name },
                None => DirectoryCommand::AddDelegation { name },
            }
            .into())
        },
    }
}

fn committees() -> Spec {
    Spec {
        directory: Directory::Committees,
        form_label: "委室信息",
        adding: "新增委室",
        editing: "修改委室名称",
        fields: vec![
            text("name", "名称", true),
            Field {
                kind: FieldKind::Checks(covered_options),
                wide: true,
                ..text("covers", "包联代表团", false)
            },
        ],
        name_header: "委室",
        columns: vec!["包联代表团"],
        rows: |s| {
            s.directory
                .committees
                .values()
                .map(|c| Row {
                    id: c.id.to_string(),
                    key: format!("{}:{}", c.id, version(c)),
                    entry: EntryRef::Committee(c.id),
                    name: c.name.clone(),
                    cells: vec![
                        c.covers
                            .iter()
                            .map(|g| s.delegation_name(*g))
                            .collect::<Vec<_>>()
                            .join("、"),
                    ],
                    retired: c.retired,
                    values: Values::from([("name", c.name.clone()), ("covers", join(&c.covers))]),
                })
                .collect()
        },
        count: |n| format!("共 {n} 个委室"),
        note: Some("委室再审时，审查队列按委室包联的代表团列出。"),
        follow: no_follow,
        command: |v, editing| {
            let fields = CommitteeFields {
                name: get(v, "name").to_string(),
                covers: list(v, "covers"),
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditCommittee { id, fields },
                None => DirectoryCommand::AddCommittee(fields),
            }
            .into())
        },
    }
}

fn units() -> Spec {
    Spec {
        directory: Directory::Units,
        form_label: "承办单位信息",
        adding: "新增承办单位",
        editing: "修改单位名称",
        fields: vec![
            Field {
                kind: FieldKind::Text("如：县交通运输局"),
                ..text("name", "名称", true)
            },
            Field {
                kind: FieldKind::Select(None, unit_kind_options),
                default: "政府部门",
                ..text("kind", "单位类型", false)
            },
            Field {
                kind: FieldKind::Select(Some("不属于"), organ_options),
                default: "government",
                ..text("organ", "所属（一府一委两院）", false)
            },
            Field {
                kind: FieldKind::Text("单位负责人，答复函的签发人"),
                ..text("head", "签发人", false)
            },
        ],
        name_header: "单位",
        columns: vec!["类型", "所属", "签发人"],
        rows: |s| {
            let mut units: Vec<_> = s.directory.units.values().collect();
            units.sort_by_key(|u| (u.organ.map_or(9, |o| o as u8), u.kind as u8, u.name.clone()));
            units
                .into_iter()
                .map(|u| Row {
                    id: u.id.to_string(),
                    key: format!("{}:{}", u.id, version(u)),
                    entry: EntryRef::Unit(u.id),
                    name: u.name.clone(),
                    cells: vec![
                        u.kind.label().to_string(),
                        u.organ.map_or("—", |o| o.label()).to_string(),
                        if u.head.is_empty() {
                            "—".to_string()
                        } else {
                            u.head.clone()
                        },
                    ],
                    retired: u.retired,
                    values: Values::from([
                        ("name", u.name.clone()),
                        ("kind", u.kind.label().to_string()),
                        ("organ", organ_code(u.organ).to_string()),
                        ("head", u.head.clone()),
                    ]),
                })
                .collect()
        },
        count: |n| format!("共 {n} 个承办单位"),
        note: None,
        follow: |changed, v| {
            if changed == "kind" {
                let organ = unit_kind_from(get(v, "kind")).usual_organ();
                v.insert("organ", organ_code(organ).to_string());
            }
        },
        command: |v, editing| {
            let fields = UnitFields {
                name: get(v, "name").to_string(),
                kind: unit_kind_from(get(v, "kind")),
                organ: organ_from(get(v, "organ")),
                head: get(v, "head").to_string(),
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditUnit { id, fields },
                None => DirectoryCommand::AddUnit(fields),
            }
            .into())
        },
    }
}

fn leaders() -> Spec {
    Spec {
        directory: Directory::Leaders,
        form_label: "领导信息",
        adding: "新增领导姓名",
        editing: "修改领导姓名",
        fields: vec![
            text("name", "姓名", true),
            Field {
                kind: FieldKind::Text("如：县长、县人大常委会副主任"),
                ..text("post", "职务", true)
            },
            Field {
                kind: FieldKind::Select(Some("不属于"), organ_options),
                ..text("organ", "所属（一府一委两院）", false)
            },
            Field {
                kind: FieldKind::Text("分管或联系的领域"),
                wide: true,
                ..text("duties", "领办督办领域", false)
            },
        ],
        name_header: "姓名",
        columns: vec!["职务", "所属", "领办督办领域"],
        rows: |s| {
            s.directory
                .leaders
                .values()
                .map(|l| Row {
                    id: l.id.to_string(),
                    key: format!("{}:{}", l.id, version(l)),
                    entry: EntryRef::Leader(l.id),
                    name: l.name.clone(),
                    cells: vec![
                        l.post.clone(),
                        l.organ.map_or("—", |o| o.label()).to_string(),
                        l.duties.clone(),
                    ],
                    retired: l.retired,
                    values: Values::from([
                        ("name", l.name.clone()),
                        ("post", l.post.clone()),
                        ("organ", organ_code(l.organ).to_string()),
                        ("duties", l.duties.clone()),
                    ]),
                })
                .collect()
        },
        count: |n| format!("共 {n} 名领导"),
        note: None,
        follow: no_follow,
        command: |v, editing| {
            let fields = LeaderFields {
                name: get(v, "name").to_string(),
                post: get(v, "post").to_string(),
                organ: organ_from(get(v, "organ")),
                duties: get(v, "duties").to_string(),
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditLeader { id, fields },
                None => DirectoryCommand::AddLeader(fields),
            }
            .into())
        },
    }
}

fn sessions() -> Spec {
    Spec {
        directory: Directory::Sessions,
        form_label: "会次信息",
        adding: "新增会次名称",
        editing: "修改会次名称",
        fields: vec![
            Field {
                kind: FieldKind::Text("如：第十五届人民代表大会第三次会议"),
                wide: true,
                ..text("name", "名称", true)
            },
            Field {
                kind: FieldKind::Date,
                ..text("starts", "开幕日期", true)
            },
            Field {
                kind: FieldKind::Date,
                ..text("ends", "闭幕日期", true)
            },
        ],
        name_header: "会次",
        columns: vec!["开幕", "闭幕"],
        rows: |s| {
            let mut sessions: Vec<_> = s.directory.sessions.values().collect();
            sessions.sort_by_key(|x| std::cmp::Reverse(x.starts));
            sessions
                .into_iter()
                .map(|x| Row {
                    id: x.id.to_string(),
                    key: format!("{}:{}", x.id, version(x)),
                    entry: EntryRef::Session(x.id),
                    name: x.name.clone(),
                    cells: vec![dates::ymd(x.starts), dates::ymd(x.ends)],
                    retired: x.retired,
                    values: Values::from([
                        ("name", x.name.clone()),
                        ("starts", dates::ymd(x.starts)),
                        ("ends", dates::ymd(x.ends)),
                    ]),
                })
                .collect()
        },
        count: |n| format!("共 {n} 个会次"),
        note: None,
        follow: no_follow,
        command: |v, editing| {
            let fields = SessionFields {
                name: get(v, "name").to_string(),
                starts: date(v, "starts", "开幕日期")?,
                ends: date(v, "ends", "闭幕日期")?,
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditSession { id, fields },
                None => DirectoryCommand::AddSession(fields),
            }
            .into())
        },
    }
}

fn categories() -> Spec {
    Spec {
        directory: Directory::Categories,
        form_label: "类别",
        adding: "新增类别",
        editing: "修改类别名称",
        fields: vec![text("name", "名称", true)],
        name_header: "类别",
        columns: vec!["建议件数"],
        rows: |s| {
            s.directory
                .categories_in_order()
                .map(|c| {
                    let used = s
                        .raising
                        .suggestions
                        .values()
                        .filter(|x| x.draft.category == c.id)
                        .count();
                    Row {
                        id: c.id.to_string(),
                        key: format!("{}:{}", c.id, version(c)),
                        entry: EntryRef::Category(c.id),
                        name: c.name.clone(),
                        cells: vec![used.to_string()],
                        retired: c.retired,
                        values: Values::from([("name", c.name.clone())]),
                    }
                })
                .collect()
        },
        count: |n| format!("共 {n} 个类别"),
        note: Some(
            "改名后，已归入该类别的建议随之显示新名称；不再使用的类别请停用，已有建议保留原类别。",
        ),
        follow: no_follow,
        command: |v, editing| {
            let name = get(v, "name").to_string();
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditCategory { id, name },
                None => DirectoryCommand::AddCategory { name },
            }
            .into())
        },
    }
}

fn stations() -> Spec {
    Spec {
        directory: Directory::Stations,
        form_label: "站点信息",
        adding: "新增站点",
        editing: "修改站点名称",
        fields: vec![
            text("name", "名称", true),
            Field {
                kind: FieldKind::Select(None, station_kind_options),
                default: "代表之家",
                ..text("kind", "站点类型", false)
            },
            Field {
                kind: FieldKind::Select(Some("请选择"), professional_field_options),
                shown: |v| station_kind_from(get(v, "kind")) == StationKind::Professional,
                ..text("field", "专业领域", false)
            },
        ],
        name_header: "站点",
        columns: vec!["类型", "专业领域", "代表人数"],
        rows: |s| {
            let dir = &s.directory;
            let mut stations: Vec<_> = dir.stations.values().collect();
            stations.sort_by_key(|x| (x.kind as u8, x.name.clone()));
            stations
                .into_iter()
                .map(|x| {
                    let deputies = dir
                        .deputies
                        .values()
                        .filter(|d| d.stations.contains(&x.id))
                        .count();
                    Row {
                        id: x.id.to_string(),
                        key: format!("{}:{}", x.id, version(x)),
                        entry: EntryRef::Station(x.id),
                        name: x.name.clone(),
                        cells: vec![
                            x.kind.label().to_string(),
                            x.field.clone(),
                            deputies.to_string(),
                        ],
                        retired: x.retired,
                        values: Values::from([
                            ("name", x.name.clone()),
                            ("kind", x.kind.label().to_string()),
                            ("field", x.field.clone()),
                        ]),
                    }
                })
                .collect()
        },
        count: |n| format!("共 {n} 个站点"),
        note: None,
        follow: no_follow,
        command: |v, editing| {
            let kind = station_kind_from(get(v, "kind"));
            let fields = StationFields {
                name: get(v, "name").to_string(),
                kind,
                field: if kind == StationKind::Professional {
                    get(v, "field").to_string()
                } else {
                    String::new()
                },
            };
            Ok(match edit_id(editing) {
                Some(id) => DirectoryCommand::EditStation { id, fields },
                None => DirectoryCommand::AddStation(fields),
            }
            .into())
        },
    }
}

/// The status cell's text.
pub fn status_label(retired: bool) -> &'static str {
    status(retired)
}
