//! The public disclosure (domain.md §3, 公开): the key suggestions with
//! their leaders and units, and the replies chosen for disclosure — in
//! full without the passages marked not public, or in summary — as one
//! static HTML page the portal publishes (`html`). It opens by
//! double-click from a folder, with no server and no script, and prints
//! on A4.
//!
//! What it never holds: a phone number (a deputy's, a unit's contact's),
//! a citizen's opinion or contact, the deputies' feedback and comments,
//! ballots and votes, a reply not public, a passage marked not public.
//! It reads only the fields named here; nothing else reaches the page.
//! And since a clerk may paste a whole letter into a reply, or write a
//! number into a summary, every published text is masked again (`mask`):
//! the office's known private values (deputies' phones, citizens'
//! contacts, the units' contacts and phones) and anything shaped like a
//! phone number become 此处不予公开.

use chrono::NaiveDate;

use crate::dates::zh;
use crate::directory::EntryRef;
use crate::figures::tables::Scope;
use crate::handling::{Disclosure, WITHHELD, withheld};
use crate::review::Stage;
use crate::state::State;
use crate::supervision::key_list;

/// A key suggestion as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKeyItem {
    pub number: String,
    pub title: String,
    pub lead_deputy: String,
    /// 领办领导 and 督办领导, as 姓名（职务）.
    pub leading: Option<String>,
    pub supervising: Option<String>,
    /// The units holding it, each with its role.
    pub units: Vec<String>,
    pub progress: String,
}

/// A reply as published.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicReply {
    pub number: String,
    pub title: String,
    pub lead_deputy: String,
    pub unit: String,
    pub class: String,
    pub replied_on: NaiveDate,
    /// 全文公开 or 摘要公开.
    pub how: &'static str,
    /// The public text: the reply without its private passages, or its
    /// summary.
    pub text: String,
}

/// What a disclosure publishes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bundle {
    pub office: String,
    /// The scope in words, e.g. 2026年提出的建议.
    pub label: String,
    pub made_on: NaiveDate,
    pub key: Vec<PublicKeyItem>,
    pub replies: Vec<PublicReply>,
}

/// The disclosure of `scope` on `today`: the accepted key items, and the
/// current reply of every replying unit whose disclosure is public, by
/// number.
pub fn bundle(state: &State, today: NaiveDate, scope: Scope, label: &str) -> Bundle {
    let covered = |id| scope.holds(state, id) && state.stage(id) == Stage::Accepted;
    let private = private_values(state);
    let mask = |text: &str| mask_phones(&withheld(text, &private));
    let key = key_list(state, None)
        .into_iter()
        .filter(|r| covered(r.item))
        .map(|r| PublicKeyItem {
            lead_deputy: state
                .raising
                .suggestions
                .get(&r.item)
                .map(|s| state.deputy_name(s.draft.lead_deputy).to_string())
                .unwrap_or_default(),
            number: r.number,
            title: mask(&r.title),
            leading: r.leading,
            supervising: r.supervising,
            units: r.units,
            progress: r.progress,
        })
        .collect();
    let mut replies: Vec<(u32, PublicReply)> = Vec::new();
    for (id, a) in &state.handling.assignments {
        if !covered(*id) {
            continue;
        }
        let s = &state.raising.suggestions[id];
        let n = state
            .review_file(*id)
            .and_then(|f| f.number)
            .map_or(u32::MAX, |(_, n)| n);
        for t in a.current().filter(|t| t.role.replies()) {
            let Some(r) = &t.replied else { continue };
            let Some(text) = r.reply.public_text() else {
                continue;
            };
            replies.push((
                n,
                PublicReply {
                    number: state.number_label(s).unwrap_or_default(),
                    title: mask(&s.draft.title),
                    lead_deputy: state.deputy_name(s.draft.lead_deputy).to_string(),
                    unit: state.directory.entry_name(&EntryRef::Unit(t.unit)),
                    class: r.reply.class.label(),
                    replied_on: r.on,
                    how: match r.reply.disclosure {
                        Disclosure::Summary { .. } => "摘要公开",
                        _ => "全文公开",
                    },
                    text: mask(&text),
                },
            ));
        }
    }
    replies.sort_by(|a, b| (a.0, &a.1.number, &a.1.unit).cmp(&(b.0, &b.1.number, &b.1.unit)));
    Bundle {
        office: state
            .office
            .profile
            .as_ref()
            .map_or(String::new(), |p| p.name.clone()),
        label: label.to_string(),
        made_on: today,
        key,
        replies: replies.into_iter().map(|(_, r)| r).collect(),
    }
}

/// The office's private values a published text could repeat: every
/// deputy's phone, every citizen's contact, every unit contact and phone
/// given with a reply (one character alone is never masked).
fn private_values(state: &State) -> Vec<String> {
    let mut out: Vec<String> = state
        .directory
        .phones
        .values()
        .map(|p| p.to_string())
        .chain(state.raising.contacts.values().map(|c| c.to_string()))
        .collect();
    for a in state.handling.assignments.values() {
        for t in &a.tasks {
            let replies = t
                .rounds
                .iter()
                .map(|r| &r.replied)
                .chain(t.replied.as_ref());
            for r in replies {
                out.push(r.reply.phone.clone());
                out.push(r.reply.contact.clone());
            }
        }
    }
    out.retain(|v| v.trim().chars().count() >= 2);
    out.iter_mut().for_each(|v| *v = v.trim().to_string());
    out.sort();
    out.dedup();
    out
}

/// `text` with whatever is shaped like a phone number withheld: a mobile
/// number (11 digits from 1), a number with its area code (10 to 12
/// digits from 0) or a 400/800 line, written with ASCII or full-width
/// digits and with or without hyphens or spaces between them.
pub fn mask_phones(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let joiner = |c: char| matches!(c, '-' | '－' | ' ' | '—');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !digit(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // A run of digits, each joiner between two digits.
        let mut end = i;
        let mut j = i;
        while j < chars.len() {
            if digit(chars[j]) {
                end = j + 1;
                j += 1;
            } else if joiner(chars[j]) && j + 1 < chars.len() && digit(chars[j + 1]) {
                j += 1;
            } else {
                break;
            }
        }
        let digits: String = chars[i..end]
            .iter()
            .filter(|c| digit(**c))
            .map(|c| match c.to_digit(10) {
                Some(_) => *c,
                None => char::from(b'0' + (*c as u32 - '０' as u32) as u8),
            })
            .collect();
        let n = digits.len();
        let phone = (n == 11 && digits.starts_with('1'))
            || ((10..=12).contains(&n) && digits.starts_with('0'))
            || (n == 10 && (digits.starts_with("400") || digits.starts_with("800")));
        if phone {
            out.push_str(WITHHELD);
        } else {
            out.extend(&chars[i..end]);
        }
        i = end;
    }
    out
}

/// Text made safe for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"PingFang SC\",\"WenQuanYi Micro Hei\",sans-serif;color:#1d2939;max-width:60rem;margin:0 auto;padding:1.5rem;line-height:1.7}\
h1{font-size:1.6rem;text-align:center;margin:0.5rem 0}\
.sub{text-align:center;color:#475467;margin:0 0 1.5rem}\
h2{font-size:1.25rem;border-bottom:2px solid #9e1c1c;padding-bottom:0.25rem;margin-top:2rem}\
table{border-collapse:collapse;width:100%;font-size:0.95rem}\
th,td{border:1px solid #98a2b3;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}\
th{background:#f2f4f7}\
td:nth-child(-n+2),th{white-space:nowrap}\
nav ol{columns:2;font-size:0.95rem}\
article{border-top:1px solid #d0d5dd;padding-top:0.5rem;margin-top:1rem;break-inside:avoid-page}\
article h3{font-size:1.05rem;margin:0.25rem 0}\
.meta{color:#475467;font-size:0.9rem;margin:0}\
.text p{text-indent:2em;margin:0.4rem 0}\
footer{margin-top:2rem;color:#475467;font-size:0.85rem;text-align:center}\
a{color:#1849a9}\
@page{size:A4;margin:18mm 16mm}\
@media print{body{max-width:none;padding:0}nav{display:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}}";

/// The disclosure as one static HTML page: no script, no file beside it.
pub fn html(b: &Bundle) -> String {
    let mut o = String::new();
    let title = format!("{}代表建议办理情况公开", b.office);
    o.push_str("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title)
    ));
    o.push_str(&format!("<header>\n<h1>{}</h1>\n", esc(&title)));
    o.push_str(&format!(
        "<p class=\"sub\">{}　　截至{}</p>\n</header>\n<main>\n",
        esc(&b.label),
        zh(b.made_on)
    ));
    o.push_str(&format!(
        "<section aria-labelledby=\"key\">\n<h2 id=\"key\">一、重点建议及领办督办领导（{}件）</h2>\n",
        b.key.len()
    ));
    if b.key.is_empty() {
        o.push_str("<p>本期没有确定重点建议。</p>\n");
    } else {
        o.push_str("<table>\n<thead><tr><th scope=\"col\">序号</th><th scope=\"col\">案号</th><th scope=\"col\">建议标题</th><th scope=\"col\">领衔代表</th><th scope=\"col\">领办领导</th><th scope=\"col\">督办领导</th><th scope=\"col\">承办单位</th><th scope=\"col\">办理进度</th></tr></thead>\n<tbody>\n");
        for (i, k) in b.key.iter().enumerate() {
            o.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                i + 1,
                esc(&k.number),
                esc(&k.title),
                esc(&k.lead_deputy),
                esc(k.leading.as_deref().unwrap_or("待定")),
                esc(k.supervising.as_deref().unwrap_or("待定")),
                esc(&k.units.join("；")),
                esc(&k.progress),
            ));
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
    o.push_str(&format!(
        "<section aria-labelledby=\"replies\">\n<h2 id=\"replies\">二、建议答复（{}份）</h2>\n",
        b.replies.len()
    ));
    if b.replies.is_empty() {
        o.push_str("<p>尚无公开的答复。</p>\n");
    } else {
        o.push_str("<nav aria-label=\"答复目录\"><ol>\n");
        for (i, r) in b.replies.iter().enumerate() {
            o.push_str(&format!(
                "<li><a href=\"#r{}\">{}　{}（{}）</a></li>\n",
                i + 1,
                esc(&r.number),
                esc(&r.title),
                esc(&r.unit)
            ));
        }
        o.push_str("</ol></nav>\n");
        for (i, r) in b.replies.iter().enumerate() {
            o.push_str(&format!(
                "<article id=\"r{}\">\n<h3>{}　{}</h3>\n<p class=\"meta\">领衔代表：{}　承办单位：{}　答复类别：{}　答复日期：{}　{}</p>\n<div class=\"text\">\n",
                i + 1,
                esc(&r.number),
                esc(&r.title),
                esc(&r.lead_deputy),
                esc(&r.unit),
                esc(&r.class),
                zh(r.replied_on),
                r.how,
            ));
            for para in r.text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                o.push_str(&format!("<p>{}</p>\n", esc(para)));
            }
            o.push_str("</div>\n</article>\n");
        }
    }
    o.push_str("</section>\n</main>\n");
    o.push_str(&format!(
        "<footer>{}发布　本页由建议通生成于{}，可直接在浏览器中打开或打印</footer>\n</body>\n</html>\n",
        esc(&b.office),
        zh(b.made_on)
    ));
    o
}

/// How to publish the folder, beside its page.
pub fn read_me(b: &Bundle) -> String {
    format!(
        "{}代表建议办理情况公开（{}，截至{}）\r\n\r\n\
         本文件夹是可以直接发布的静态网页：\r\n\
         - 双击 index.html 即可在浏览器中查看或打印，不需要服务器；\r\n\
         - 发布到门户网站时，把整个文件夹上传到网站的任一目录即可。\r\n\r\n\
         其中只有重点建议及其领办督办领导、承办单位，以及选择公开的答复（全文公开的已删去标注为不予公开的段落，摘要公开的只有摘要）；\
         不含任何电话号码、群众意见及其联系方式、代表的评价意见、表决票数和不予公开的答复。\r\n",
        b.office,
        b.label,
        zh(b.made_on)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_shaped_like_phones_are_withheld_and_others_kept() {
        let w = WITHHELD;
        for (text, shown) in [
            ("联系电话：13812345678。", format!("联系电话：{w}。")),
            ("电话0376-6244148", format!("电话{w}")),
            ("热线 138 1234 5678", format!("热线 {w}")),
            ("电话：１３８１２３４５６７８", format!("电话：{w}")),
            ("400-800-1234", w.to_string()),
            (
                "2026-2028年投入1200万元",
                "2026-2028年投入1200万元".to_string(),
            ),
            ("第12号，12345热线", "第12号，12345热线".to_string()),
        ] {
            assert_eq!(mask_phones(text), shown, "{text}");
        }
    }

    #[test]
    fn the_page_escapes_what_it_prints() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
