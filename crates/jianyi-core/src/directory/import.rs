//! Importing a directory from rows of text (read from CSV or .xlsx by the
//! `jianyi-formats` crate): `preview` checks every row against the same
//! `decide` a clerk's commands go through before anything is stored, and
//! `Preview::command` gives the one `Batch` command that stores all rows or
//! none. `template_headers` gives each directory's columns.

use chrono::{Days, NaiveDate};

use crate::actor::{Actor, Desk, How};
use crate::command::{Command, Ctx, Rejection};
use crate::decide::{Deciders, decide_with};

/// A preview checks directory commands only: the other subdomains' rules
/// stay out of the pages that preview an import.
const DIRECTORY_ONLY: Deciders = Deciders {
    directory: crate::directory::decide,
    ..Deciders::NONE
};
use crate::directory::DirectoryRejection;
use crate::directory::command::{
    CommitteeFields, DeputyFields, DirectoryCommand, LeaderFields, SessionFields, StationFields,
    UnitFields,
};
use crate::directory::records::{Gender, Organ, StationKind, UnitKind};
use crate::ids::{DelegationId, IdSource, StationId};
use crate::input::InputRejection;
use crate::state::State;

/// The directories a clerk keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Directory {
    Deputies,
    Delegations,
    Committees,
    Units,
    Leaders,
    Sessions,
    Categories,
    Stations,
}

impl Directory {
    pub const ALL: [Directory; 8] = [
        Directory::Deputies,
        Directory::Delegations,
        Directory::Committees,
        Directory::Units,
        Directory::Leaders,
        Directory::Sessions,
        Directory::Categories,
        Directory::Stations,
    ];

    /// A stable code for URLs and file names.
    pub fn code(self) -> &'static str {
        match self {
            Directory::Deputies => "deputies",
            Directory::Delegations => "delegations",
            Directory::Committees => "committees",
            Directory::Units => "units",
            Directory::Leaders => "leaders",
            Directory::Sessions => "sessions",
            Directory::Categories => "categories",
            Directory::Stations => "stations",
        }
    }

    pub fn from_code(code: &str) -> Option<Directory> {
        Directory::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The directory's Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Directory::Deputies => "代表",
            Directory::Delegations => "代表团",
            Directory::Committees => "委室",
            Directory::Units => "承办单位",
            Directory::Leaders => "领导",
            Directory::Sessions => "会次",
            Directory::Categories => "类别",
            Directory::Stations => "家站点",
        }
    }

    /// The columns of its import file: header, accepted synonyms, required.
    pub fn columns(self) -> &'static [Column] {
        match self {
            Directory::Deputies => DEPUTIES_COLUMNS,
            Directory::Delegations => DELEGATIONS_COLUMNS,
            Directory::Committees => COMMITTEES_COLUMNS,
            Directory::Units => UNITS_COLUMNS,
            Directory::Leaders => LEADERS_COLUMNS,
            Directory::Sessions => SESSIONS_COLUMNS,
            Directory::Categories => CATEGORIES_COLUMNS,
            Directory::Stations => STATIONS_COLUMNS,
        }
    }
}

const DEPUTIES_COLUMNS: &[Column] = &[
    col("姓名", &["代表姓名", "名字"], true),
    col("代表团", &["所属代表团", "团别", "代表团名称"], true),
    col("性别", &[], false),
    col("届别", &["届次", "任期"], false),
    col("联系电话", &["电话", "手机", "手机号码", "联系方式"], false),
    col("家站点", &["站点", "联络站", "所在站点", "代表之家"], false),
];
const DELEGATIONS_COLUMNS: &[Column] = &[col("代表团名称", &["名称", "代表团", "主席团"], true)];
const COMMITTEES_COLUMNS: &[Column] = &[
    col("委室名称", &["名称", "委室"], true),
    col(
        "包联代表团",
        &["联系代表团", "包联", "联系乡镇代表团"],
        false,
    ),
];
const UNITS_COLUMNS: &[Column] = &[
    col("单位名称", &["名称", "单位", "承办单位"], true),
    col("单位类型", &["类型", "单位性质"], false),
    col("所属", &["一府一委两院", "归属", "所属机关"], false),
    col("签发人", &["单位负责人", "负责人", "主要负责人"], false),
];
const LEADERS_COLUMNS: &[Column] = &[
    col("姓名", &["领导姓名", "名字"], true),
    col("职务", &["职位"], true),
    col("所属", &["一府一委两院", "归属", "所属机关"], false),
    col(
        "领办督办领域",
        &["分管领域", "分工", "领办督办", "分管工作"],
        false,
    ),
];
const SESSIONS_COLUMNS: &[Column] = &[
    col("会次名称", &["名称", "会次", "会议名称"], true),
    col("开幕日期", &["开幕", "开始日期", "开会日期"], true),
    col("闭幕日期", &["闭幕", "结束日期"], true),
];
const STATIONS_COLUMNS: &[Column] = &[
    col("站点名称", &["名称", "站点"], true),
    col("站点类型", &["类型"], true),
    col("专业领域", &["领域"], false),
];
const CATEGORIES_COLUMNS: &[Column] = &[col("类别名称", &["名称", "类别", "分类"], true)];

/// One column of an import file.
#[derive(Debug)]
pub struct Column {
    pub header: &'static str,
    pub synonyms: &'static [&'static str],
    pub required: bool,
}

const fn col(header: &'static str, synonyms: &'static [&'static str], required: bool) -> Column {
    Column {
        header,
        synonyms,
        required,
    }
}

/// The headers of a directory's import file, for a template.
pub fn template_headers(directory: Directory) -> Vec<String> {
    directory
        .columns()
        .iter()
        .map(|c| c.header.to_string())
        .collect()
}

/// A problem with one cell, named by row and column as the clerk sees them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    /// The row in the file, counted from 1 as Excel does.
    pub line: usize,
    pub column: String,
    pub message: String,
}

impl CellError {
    /// `第3行“代表团”：……`
    pub fn message_zh(&self) -> String {
        format!("第{}行“{}”：{}", self.line, self.column, self.message)
    }
}

/// One data row as checked.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    pub line: usize,
    /// Values in the order of `Directory::columns`.
    pub values: Vec<String>,
    pub errors: Vec<CellError>,
    command: Option<Command>,
}

/// Everything a clerk sees before accepting an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub directory: Directory,
    /// Problems with the file as a whole (a required column is missing).
    pub file_errors: Vec<String>,
    /// Headers that match no column; their cells are not imported.
    pub ignored_columns: Vec<String>,
    pub rows: Vec<PreviewRow>,
}

impl Preview {
    /// Every cell error, in row order.
    pub fn errors(&self) -> impl Iterator<Item = &CellError> {
        self.rows.iter().flat_map(|r| r.errors.iter())
    }

    /// Whether every row can be stored.
    pub fn is_clean(&self) -> bool {
        self.file_errors.is_empty() && !self.rows.is_empty() && self.errors().next().is_none()
    }

    /// The command storing every row at once, if the preview is clean.
    pub fn command(&self) -> Option<Command> {
        self.is_clean()
            .then(|| Command::Batch(self.rows.iter().filter_map(|r| r.command.clone()).collect()))
    }
}

pub(crate) fn normalise_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('*')
        .trim_end_matches('*')
        .replace("（必填）", "")
        .replace("(必填)", "")
        .replace([' ', '\u{3000}', '\n', '\r'], "")
}

/// Splits a list cell: 、，,;；/ and line breaks all separate.
pub(crate) fn list(cell: &str) -> Vec<String> {
    cell.split(['、', '，', ',', ';', '；', '/', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads a date as clerks type it (2027-01-10, 2027/1/10, 2027.1.10,
/// 2027年1月10日, 20270110) or as Excel stores it (a serial number).
pub fn parse_date(cell: &str) -> Option<NaiveDate> {
    let s = cell.trim();
    if let Ok(serial) = s.parse::<f64>() {
        if s.len() == 8 && !s.contains('.') {
            return crate::dates::parse_compact(s);
        }
        // Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is the
        // 29 February 1900 that never was.
        if (61.0..2_958_466.0).contains(&serial) {
            let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
            return base.checked_add_days(Days::new(serial.trunc() as u64));
        }
        return None;
    }
    let unified: String = s
        .replace(['年', '月', '/', '.'], "-")
        .replace('日', "")
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    crate::dates::parse_ymd(&unified)
}

fn organ_of(cell: &str) -> Result<Option<Organ>, String> {
    match cell.trim() {
        "政府" | "县政府" | "市政府" | "人民政府" | "一府" => {
            Ok(Some(Organ::Government))
        }
        "监委" | "监察委员会" | "监察委" => Ok(Some(Organ::SupervisoryCommission)),
        "法院" | "人民法院" => Ok(Some(Organ::Court)),
        "检察院" | "人民检察院" => Ok(Some(Organ::Procuratorate)),
        "" | "无" | "不属于" | "其他" => Ok(None),
        other => Err(format!("“{other}”不是政府、监委、法院、检察院或“无”")),
    }
}

fn unit_kind_of(cell: &str) -> Result<Option<UnitKind>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    UnitKind::ALL
        .into_iter()
        .find(|k| k.label() == cell || k.label().trim_end_matches("（街道）") == cell)
        .map(Some)
        .ok_or_else(|| {
            let names: Vec<&str> = UnitKind::ALL.iter().map(|k| k.label()).collect();
            format!("“{cell}”不是可选的单位类型（{}）", names.join("、"))
        })
}

fn station_kind_of(cell: &str) -> Result<StationKind, String> {
    let cell = cell.trim();
    StationKind::ALL
        .into_iter()
        .find(|k| k.label() == cell || (cell == "专业站" && *k == StationKind::Professional))
        .ok_or_else(|| format!("“{cell}”不是代表之家、代表联络站、代表联络点或专业代表工作站"))
}

fn gender_of(cell: &str) -> Result<Option<Gender>, String> {
    match cell.trim() {
        "" => Ok(None),
        "男" => Ok(Some(Gender::Male)),
        "女" => Ok(Some(Gender::Female)),
        other => Err(format!("“{other}”应为“男”或“女”")),
    }
}

/// Finds an active delegation by name.
fn delegation_named(state: &State, name: &str) -> Result<DelegationId, String> {
    let name = name.trim();
    match state
        .directory
        .delegations
        .values()
        .find(|d| d.name == name)
    {
        Some(d) if d.retired => Err(format!("代表团“{name}”已停用")),
        Some(d) => Ok(d.id),
        None => Err(format!(
            "代表团“{name}”不存在；请先在名册中添加或导入该代表团"
        )),
    }
}

fn station_named(state: &State, name: &str) -> Result<StationId, String> {
    match state.directory.stations.values().find(|s| s.name == name) {
        Some(s) if s.retired => Err(format!("站点“{name}”已停用")),
        Some(s) => Ok(s.id),
        None => Err(format!("站点“{name}”不存在；请先在名册中添加该站点")),
    }
}

/// The column a refusal of the domain belongs to.
fn column_of_rejection(directory: Directory, r: &Rejection) -> &'static str {
    let columns = directory.columns();
    let find = |h: &str| {
        columns
            .iter()
            .find(|c| c.header == h)
            .map_or(columns[0].header, |c| c.header)
    };
    match r {
        Rejection::Input(InputRejection::Missing { field }) if *field == "职务" => find("职务"),
        Rejection::Input(InputRejection::Missing { field }) if *field == "专业领域" => {
            find("专业领域")
        }
        Rejection::Directory(d) => match d {
            DirectoryRejection::UnknownField { .. } => find("专业领域"),
            DirectoryRejection::SessionEndsBeforeStart => find("闭幕日期"),
            DirectoryRejection::UnknownDelegation => find("代表团"),
            DirectoryRejection::Retired { .. } if directory == Directory::Deputies => {
                find("家站点")
            }
            _ => columns[0].header,
        },
        _ => columns[0].header,
    }
}

/// Checks every row of a file for `directory` against the state: values
/// that cannot be read, missing names, unknown references, duplicates in the
/// office's data and within the file. Nothing is stored.
pub fn preview(directory: Directory, state: &State, rows: &[Vec<String>]) -> Preview {
    let columns = directory.columns();
    let mut preview = Preview {
        directory,
        file_errors: Vec::new(),
        ignored_columns: Vec::new(),
        rows: Vec::new(),
    };
    let Some(header_at) = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()))
    else {
        preview.file_errors.push("文件中没有表头和数据".into());
        return preview;
    };
    // Which file column holds each schema column.
    let mut index: Vec<Option<usize>> = vec![None; columns.len()];
    for (i, cell) in rows[header_at].iter().enumerate() {
        let h = normalise_header(cell);
        if h.is_empty() {
            continue;
        }
        match columns
            .iter()
            .position(|c| c.header == h || c.synonyms.contains(&h.as_str()))
        {
            Some(k) if index[k].is_none() => index[k] = Some(i),
            _ => preview.ignored_columns.push(cell.trim().to_string()),
        }
    }
    for (c, i) in columns.iter().zip(&index) {
        if c.required && i.is_none() {
            preview.file_errors.push(format!(
                "缺少必填列“{}”（第{}行应为表头）",
                c.header,
                header_at + 1
            ));
        }
    }
    if !preview.file_errors.is_empty() {
        return preview;
    }

    let mut scratch = state.clone();
    let ctx = Ctx {
        now_ms: 0,
        office: "import-preview".into(),
        actor: Actor {
            operator: String::new(),
            acting_for: None,
            desk: Desk::CommitteeOffice,
            how: How::Operator,
        },
        business_date: NaiveDate::default(),
        ids: IdSource::new(0x1A7_0A7),
    };
    for (at, raw) in rows.iter().enumerate().skip(header_at + 1) {
        if raw.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = at + 1;
        let values: Vec<String> = index
            .iter()
            .map(|i| {
                i.and_then(|i| raw.get(i))
                    .map_or(String::new(), |v| v.trim().to_string())
            })
            .collect();
        let mut errors = Vec::new();
        for (c, v) in columns.iter().zip(&values) {
            if c.required && v.is_empty() {
                errors.push(CellError {
                    line,
                    column: c.header.into(),
                    message: "必填，不能为空".into(),
                });
            }
        }
        let get = |h: &str| -> String {
            columns
                .iter()
                .position(|c| c.header == h)
                .map_or(String::new(), |k| values[k].clone())
        };
        let command = if errors.is_empty() {
            build(directory, &scratch, &get, &mut |column, message| {
                errors.push(CellError {
                    line,
                    column: column.into(),
                    message,
                })
            })
        } else {
            None
        };
        let command = command.and_then(|cmd| {
            match decide_with(&scratch, cmd.clone(), &ctx, &DIRECTORY_ONLY) {
                Ok(events) => {
                    for e in &events {
                        let _ = scratch.apply(e);
                    }
                    Some(cmd)
                }
                Err(r) => {
                    let message = match &r {
                        Rejection::Directory(
                            DirectoryRejection::DuplicateDeputy { .. }
                            | DirectoryRejection::DuplicateDelegation { .. }
                            | DirectoryRejection::DuplicateUnit { .. }
                            | DirectoryRejection::DuplicateSession { .. }
                            | DirectoryRejection::DuplicateCommittee { .. }
                            | DirectoryRejection::DuplicateLeader { .. }
                            | DirectoryRejection::DuplicateStation { .. }
                            | DirectoryRejection::DuplicateCategory { .. },
                        ) => {
                            format!("重复：{}（名册中或本文件前面的行已有）", r.message_zh())
                        }
                        _ => r.message_zh(),
                    };
                    errors.push(CellError {
                        line,
                        column: column_of_rejection(directory, &r).into(),
                        message,
                    });
                    None
                }
            }
        });
        preview.rows.push(PreviewRow {
            line,
            values,
            errors,
            command,
        });
    }
    preview
}

/// Reads one row's values into a command; value problems go to `err`.
fn build(
    directory: Directory,
    state: &State,
    v: &dyn Fn(&str) -> String,
    err: &mut dyn FnMut(&str, String),
) -> Option<Command> {
    build_directory(directory, state, v, err).map(Command::Directory)
}

fn build_directory(
    directory: Directory,
    state: &State,
    v: &dyn Fn(&str) -> String,
    err: &mut dyn FnMut(&str, String),
) -> Option<DirectoryCommand> {
    let mut ok = true;
    let mut check = |column: &str, r: Result<(), String>| {
        if let Err(m) = r {
            err(column, m);
            ok = false;
        }
    };
    let command = match directory {
        Directory::Deputies => {
            let delegation = delegation_named(state, &v("代表团"));
            let gender = gender_of(&v("性别"));
            let stations: Vec<Result<StationId, String>> = list(&v("家站点"))
                .iter()
                .map(|s| station_named(state, s))
                .collect();
            check(
                "代表团",
                delegation.as_ref().map(|_| ()).map_err(Clone::clone),
            );
            check("性别", gender.as_ref().map(|_| ()).map_err(Clone::clone));
            for s in &stations {
                check("家站点", s.as_ref().map(|_| ()).map_err(Clone::clone));
            }
            match (delegation, gender) {
                (Ok(delegation), Ok(gender)) => DirectoryCommand::AddDeputy(DeputyFields {
                    name: v("姓名"),
                    delegation,
                    gender,
                    term: v("届别"),
                    stations: stations.into_iter().filter_map(Result::ok).collect(),
                    phone: v("联系电话"),
                }),
                _ => return None,
            }
        }
        Directory::Delegations => DirectoryCommand::AddDelegation {
            name: v("代表团名称"),
        },
        Directory::Committees => {
            let covers: Vec<Result<DelegationId, String>> = list(&v("包联代表团"))
                .iter()
                .map(|g| delegation_named(state, g))
                .collect();
            for c in &covers {
                check("包联代表团", c.as_ref().map(|_| ()).map_err(Clone::clone));
            }
            DirectoryCommand::AddCommittee(CommitteeFields {
                name: v("委室名称"),
                covers: covers.into_iter().filter_map(Result::ok).collect(),
            })
        }
        Directory::Units => {
            let kind = unit_kind_of(&v("单位类型"));
            let organ = organ_of(&v("所属"));
            check("单位类型", kind.as_ref().map(|_| ()).map_err(Clone::clone));
            check("所属", organ.as_ref().map(|_| ()).map_err(Clone::clone));
            match (kind, organ) {
                (Ok(kind), Ok(organ)) => {
                    let kind = kind.unwrap_or(UnitKind::Other);
                    let organ = if v("所属").is_empty() {
                        kind.usual_organ()
                    } else {
                        organ
                    };
                    DirectoryCommand::AddUnit(UnitFields {
                        name: v("单位名称"),
                        kind,
                        organ,
                        head: v("签发人"),
                    })
                }
                _ => return None,
            }
        }
        Directory::Leaders => {
            let organ = organ_of(&v("所属"));
            check("所属", organ.as_ref().map(|_| ()).map_err(Clone::clone));
            DirectoryCommand::AddLeader(LeaderFields {
                name: v("姓名"),
                post: v("职务"),
                organ: organ.ok().flatten(),
                duties: v("领办督办领域"),
            })
        }
        Directory::Sessions => {
            let mut date = |h: &str| {
                let d = parse_date(&v(h));
                check(
                    h,
                    d.map(|_| ()).ok_or_else(|| {
                        format!("“{}”不是有效日期，应为 年-月-日（如 2027-01-10）", v(h))
                    }),
                );
                d
            };
            let starts = date("开幕日期");
            let ends = date("闭幕日期");
            match (starts, ends) {
                (Some(starts), Some(ends)) => DirectoryCommand::AddSession(SessionFields {
                    name: v("会次名称"),
                    starts,
                    ends,
                }),
                _ => return None,
            }
        }
        Directory::Categories => DirectoryCommand::AddCategory {
            name: v("类别名称"),
        },
        Directory::Stations => {
            let kind = station_kind_of(&v("站点类型"));
            check("站点类型", kind.as_ref().map(|_| ()).map_err(Clone::clone));
            DirectoryCommand::AddStation(StationFields {
                name: v("站点名称"),
                kind: kind.ok()?,
                field: v("专业领域"),
            })
        }
    };
    ok.then_some(command)
}
