//! The live checks of a draft (三提): the element checklist, the negative
//! list, one matter per suggestion, similar existing suggestions, and the
//! kind's rules. `check` gathers them; `DraftCheck::missing` names what
//! still stops submission. Elements count meaningful characters
//! (`meaningful_chars`, the title's `title_core`); negative-list keywords
//! may carry context (`Keyword`); similar items match by title or by ask
//! (`draft_similarity`).

use std::collections::BTreeSet;

use crate::ids::SuggestionId;
use crate::raising::records::{Draft, SuggestionKind};
use crate::settings::Settings;
use crate::state::State;

/// The four elements of a suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    Title,
    Basis,
    Ask,
    Measures,
}

impl Element {
    pub const ALL: [Element; 4] = [
        Element::Title,
        Element::Basis,
        Element::Ask,
        Element::Measures,
    ];

    /// 案由, 案据, 建议, 对策.
    pub fn label(self) -> &'static str {
        match self {
            Element::Title => "案由",
            Element::Basis => "案据",
            Element::Ask => "建议",
            Element::Measures => "对策",
        }
    }

    /// What the element should say, for the checklist.
    pub fn hint(self) -> &'static str {
        match self {
            Element::Title => "写明要解决的问题，一般为“关于……的建议”",
            Element::Basis => "问题的现状、原因，以及调查研究情况",
            Element::Ask => "希望解决什么问题（只提一件事）",
            Element::Measures => "具体、可行的措施",
        }
    }

    fn text(self, d: &Draft) -> &str {
        match self {
            Element::Title => &d.title,
            Element::Basis => &d.basis,
            Element::Ask => &d.ask,
            Element::Measures => &d.measures,
        }
    }

    fn minimum(self, s: &Settings) -> u32 {
        let m = &s.drafting.element_minimums;
        match self {
            Element::Title => m.title,
            Element::Basis => m.basis,
            Element::Ask => m.ask,
            Element::Measures => m.measures,
        }
    }
}

/// How far an element is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementState {
    Missing,
    /// Present but shorter than the settings' minimum.
    TooShort,
    Present,
}

/// One line of the element checklist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ElementCheck {
    pub element: Element,
    pub chars: u32,
    pub minimum: u32,
    pub state: ElementState,
}

/// One item of the negative list: confirmed or not, and its keywords that
/// fire on the text, each shown by its words (`Keyword::shown`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NegativeCheck {
    pub title: String,
    pub confirmed: bool,
    pub flagged: Vec<String>,
}

/// Advice from the kind's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KindAdvice {
    /// A motion is raised only during a session.
    MotionInRecess,
    /// A motion needs a delegation or this many deputies jointly.
    MotionTooFewDeputies { have: u32, need: u32 },
}

impl KindAdvice {
    pub fn message_zh(&self) -> String {
        match self {
            KindAdvice::MotionInRecess => {
                "闭会期间只能提出建议，不能提出议案；请改为“建议”。".into()
            }
            KindAdvice::MotionTooFewDeputies { have, need } => format!(
                "议案须由代表团或{need}名以上代表联名提出，目前{have}名；人数不足时请改为“建议”，或注明以代表团名义提出。"
            ),
        }
    }

    /// Why a motion falls short, in a few words for the review trail.
    pub fn shortfall_zh(&self) -> String {
        match self {
            KindAdvice::MotionInRecess => "闭会期间提出".into(),
            KindAdvice::MotionTooFewDeputies { have, need } => {
                format!("联名代表{have}名，不足{need}名，且非代表团名义提出")
            }
        }
    }
}

/// Everything the live checks say about a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftCheck {
    pub elements: Vec<ElementCheck>,
    pub negative: Vec<NegativeCheck>,
    /// Enumeration markers found in the ask, when it seems to ask for two
    /// or more separate things (一事一议).
    pub enumeration: Vec<String>,
    /// Similar existing suggestions with their similarity in percent.
    pub similar: Vec<(SuggestionId, u32)>,
    pub kind: Option<KindAdvice>,
}

impl DraftCheck {
    /// What stops submission, each named as a clerk reads it. The kind's
    /// advice is shown beside it but does not stop submission.
    pub fn missing(&self) -> Vec<String> {
        let mut out = Vec::new();
        for e in &self.elements {
            match e.state {
                ElementState::Missing => out.push(format!("“{}”", e.element.label())),
                ElementState::TooShort => out.push(format!(
                    "“{}”过于简略（{}字，至少{}字）",
                    e.element.label(),
                    e.chars,
                    e.minimum
                )),
                ElementState::Present => {}
            }
        }
        let unconfirmed = self.negative.iter().filter(|n| !n.confirmed).count();
        if unconfirmed > 0 {
            out.push(format!("负面清单尚有{unconfirmed}项未确认"));
        }
        // The kind's rules advise, they do not block: a motion that falls
        // short is converted into a suggestion when accepted, and the trail
        // says so.
        out
    }

    /// Clean: every element present, no negative-list keyword, no
    /// enumeration (the items a review may pass in a batch).
    pub fn is_clean(&self) -> bool {
        self.elements
            .iter()
            .all(|e| e.state == ElementState::Present)
            && self.negative.iter().all(|n| n.flagged.is_empty())
            && self.enumeration.is_empty()
    }
}

/// A title without its boilerplate — 关于 at the start, 的建议 / 的议案 /
/// 建议 / 议案 at the end: what the title's minimum length applies to,
/// and what titles are compared by.
pub fn title_core(title: &str) -> &str {
    let t = title.trim();
    let t = t.strip_prefix("关于").unwrap_or(t);
    ["的建议", "的议案", "建议", "议案"]
        .iter()
        .find_map(|end| t.strip_suffix(end))
        .unwrap_or(t)
}

/// How many characters of a text carry content: letters and digits (a
/// Chinese character is a letter), not punctuation or spaces; a run of
/// one character repeated three times or more counts once, and a text of
/// only one or two distinct characters counts no more than those. So
/// “啊啊啊啊啊啊啊啊啊啊” counts 1 and “。。。。。” or “………” count 0.
pub fn meaningful_chars(text: &str) -> u32 {
    let chars: Vec<char> = text.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut count = 0u32;
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| **c == chars[i]).count();
        count += if run >= 3 { 1 } else { run as u32 };
        i += run;
    }
    let distinct: BTreeSet<char> = chars.iter().copied().collect();
    if distinct.len() <= 2 {
        count.min(distinct.len() as u32)
    } else {
        count
    }
}

/// The element checklist. Each element counts its meaningful characters
/// (`meaningful_chars`), the title those between 关于 and 的建议
/// (`title_core`): none is missing, fewer than the minimum too short.
pub fn elements(d: &Draft, s: &Settings) -> Vec<ElementCheck> {
    Element::ALL
        .into_iter()
        .map(|element| {
            let text = match element {
                Element::Title => title_core(element.text(d)),
                Element::Basis | Element::Ask | Element::Measures => element.text(d),
            };
            let chars = meaningful_chars(text);
            let minimum = element.minimum(s);
            let state = if chars == 0 {
                ElementState::Missing
            } else if chars < minimum {
                ElementState::TooShort
            } else {
                ElementState::Present
            };
            ElementCheck {
                element,
                chars,
                minimum,
                state,
            }
        })
        .collect()
}

/// Ends a sentence, for keywords that must meet in one sentence.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '!', '？', '?', '\n'];
/// Ends a clause, for keywords that fire only in a bare clause.
const CLAUSE_ENDS: &[char] = &[
    '。', '；', ';', '！', '!', '？', '?', '\n', '，', ',', '、', '：', ':',
];

/// One keyword of the negative list as the settings write it: a plain
/// word, or a word with context, so an ordinary word does not fire.
///
/// - `词` — the text contains 词;
/// - `甲+乙` — 甲 and 乙 in one sentence (`品牌+推荐`);
/// - `甲!丙` — 甲 where it is not part of 丙 (`中央!中央财政!中央厨房`);
/// - `甲<8` — 甲 in a clause with fewer than 8 other characters: a bare
///   slogan (`进一步加强<8` fires on “进一步加强管理”, not on a concrete
///   sentence).
///
/// The parts combine (`甲!丙+乙<8`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keyword {
    /// Each word that must be found, with the longer words it may not be
    /// part of.
    pub words: Vec<(String, Vec<String>)>,
    /// Only in a clause with fewer than this many other characters.
    pub bare_below: Option<u32>,
}

impl Keyword {
    /// Reads a keyword as the settings write it.
    pub fn parse(k: &str) -> Keyword {
        let k = k.trim();
        let (body, bare_below) = match k.rsplit_once('<') {
            Some((body, n)) => match n.trim().parse::<u32>() {
                Ok(n) => (body, Some(n)),
                Err(_) => (k, None),
            },
            None => (k, None),
        };
        let words = body
            .split('+')
            .filter_map(|part| {
                let mut pieces = part.split('!').map(str::trim);
                let word = pieces.next().filter(|w| !w.is_empty())?;
                let except = pieces.filter(|x| !x.is_empty()).map(String::from).collect();
                Some((word.to_string(), except))
            })
            .collect();
        Keyword { words, bare_below }
    }

    /// The words, as a flagged keyword is shown beside the draft, e.g.
    /// 品牌…推荐.
    pub fn shown(&self) -> String {
        let words: Vec<&str> = self.words.iter().map(|(w, _)| w.as_str()).collect();
        words.join("…")
    }

    /// What the keyword looks for, in Chinese, for the settings page.
    pub fn describe_zh(&self) -> String {
        let words: Vec<String> = self
            .words
            .iter()
            .map(|(w, except)| {
                if except.is_empty() {
                    format!("“{w}”")
                } else {
                    let except: Vec<String> = except.iter().map(|x| format!("“{x}”")).collect();
                    format!("“{w}”（{}中的除外）", except.join("、"))
                }
            })
            .collect();
        let mut out = match words.len() {
            0 => return "（空）".into(),
            1 => words[0].clone(),
            _ => format!("{}在同一句中", words.join("与")),
        };
        if let Some(n) = self.bare_below {
            out.push_str(&format!("，且所在短句其余不足{n}字"));
        }
        out
    }

    /// Whether the keyword fires on a text.
    pub fn fires(&self, text: &str) -> bool {
        if self.words.is_empty() {
            return false;
        }
        let all_in = |seg: &str| {
            self.words
                .iter()
                .all(|(w, except)| contains_except(seg, w, except))
        };
        match self.bare_below {
            Some(n) => text.split(CLAUSE_ENDS).any(|clause| {
                let words: u32 = self.words.iter().map(|(w, _)| alnum(w)).sum();
                all_in(clause) && alnum(clause).saturating_sub(words) < n
            }),
            None if self.words.len() > 1 => text.split(SENTENCE_ENDS).any(all_in),
            None => all_in(text),
        }
    }
}

/// Letters and digits in a text.
fn alnum(text: &str) -> u32 {
    text.chars().filter(|c| c.is_alphanumeric()).count() as u32
}

/// Whether `text` contains `word` somewhere not inside one of `except`.
fn contains_except(text: &str, word: &str, except: &[String]) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !except.iter().any(|x| {
            text.match_indices(x.as_str())
                .any(|(from, _)| from <= at && at + word.len() <= from + x.len())
        })
    })
}

/// The negative list with the drafter's confirmations and flagged keywords
/// (`Keyword`, each shown by its words).
pub fn negative_list(d: &Draft, s: &Settings) -> Vec<NegativeCheck> {
    let text = format!("{}\n{}\n{}\n{}", d.title, d.basis, d.ask, d.measures);
    s.negative_list
        .iter()
        .map(|item| NegativeCheck {
            title: item.title.clone(),
            confirmed: d.negative_confirmed.contains(&item.title),
            flagged: item
                .keywords
                .iter()
                .map(|k| Keyword::parse(k))
                .filter(|k| k.fires(&text))
                .map(|k| k.shown())
                .collect(),
        })
        .collect()
}

const CN_ORDINALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const CIRCLED: [char; 10] = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];
/// Characters that are numbers: after 一、 they make a list of numbers
/// (一、二、三年级), not the marker of an item.
const NUMERALS: &str = "一二三四五六七八九十百千零两〇0123456789０１２３４５６７８９";
/// What a numbered item begins after.
const ITEM_STARTS: &[char] = &[
    '\n', '。', '；', ';', '：', ':', '，', ',', ' ', '\t', '！', '？', '（', '(',
];

/// Whether byte `at` of `text` begins a clause.
fn at_clause_start(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_none_or(|c| ITEM_STARTS.contains(&c))
}

/// Whether what follows byte `at` (spaces skipped) is an item's content,
/// not a number or the end.
fn content_follows(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| !NUMERALS.contains(c))
}

/// The markers among `candidates` found in `text` where `at(start, end)`
/// holds for one of their occurrences.
fn markers_where(
    text: &str,
    candidates: impl IntoIterator<Item = String>,
    at: impl Fn(usize, usize) -> bool,
) -> Vec<String> {
    candidates
        .into_iter()
        .filter(|m| {
            text.match_indices(m.as_str())
                .any(|(i, _)| at(i, i + m.len()))
        })
        .collect()
}

/// Numbered items in Arabic numerals, one or two digits, at the start of a
/// clause and followed by content: 1. 2., 1、2、, 1）2）, 10. 11. — not
/// 1.5万元 nor 2027年.
fn arabic_markers(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (i, c) in text.char_indices() {
        if !c.is_ascii_digit() || !at_clause_start(text, i) {
            continue;
        }
        let digits: String = text[i..].chars().take_while(char::is_ascii_digit).collect();
        if digits.len() > 2 {
            continue;
        }
        let after = i + digits.len();
        let Some(sep) = text[after..]
            .chars()
            .next()
            .filter(|c| ['.', '、', '）', ')', '．'].contains(c))
        else {
            continue;
        };
        let end = after + sep.len_utf8();
        let marker = format!("{digits}{sep}");
        if content_follows(text, end) && !found.contains(&marker) {
            found.push(marker);
        }
    }
    found
}

/// The enumeration markers of a text when it counts two or more items:
/// 一是/二是, （一）（二）, 一、二、, 第一，第二，, ①②, 其一/其二,
/// 首先/其次/再次, and 1. 2. / 1、2、 / 1）2） up to two digits (10. 11.).
/// A list of numbers (一、二、三年级) is not an enumeration.
pub fn enumeration(text: &str) -> Vec<String> {
    let any = |_: usize, _: usize| true;
    let item =
        |start: usize, end: usize| at_clause_start(text, start) && content_follows(text, end);
    let families: Vec<Vec<String>> = vec![
        markers_where(text, CN_ORDINALS.iter().map(|n| format!("{n}是")), any),
        markers_where(text, CN_ORDINALS.iter().map(|n| format!("（{n}）")), any),
        markers_where(text, CN_ORDINALS.iter().map(|n| format!("({n})")), any),
        markers_where(text, CN_ORDINALS.iter().map(|n| format!("{n}、")), item),
        markers_where(text, CN_ORDINALS.iter().map(|n| format!("第{n}，")), any),
        markers_where(text, CIRCLED.iter().map(|c| c.to_string()), any),
        markers_where(
            text,
            CN_ORDINALS.iter().map(|n| format!("其{n}")),
            |_, end| {
                text[end..]
                    .chars()
                    .next()
                    .is_some_and(|c| "，,、：:是".contains(c))
            },
        ),
        markers_where(text, ["首先", "其次", "再次"].map(String::from), any),
        arabic_markers(text),
    ];
    families
        .into_iter()
        .find(|f| f.len() >= 2)
        .unwrap_or_default()
}

/// Character bigrams of a text, without punctuation, spaces and the words
/// every suggestion shares.
fn bigrams(text: &str) -> BTreeSet<(char, char)> {
    let stripped = text
        .replace("关于", "")
        .replace("的建议", "")
        .replace("的议案", "")
        .replace("建议", "")
        .replace("议案", "");
    let chars: Vec<char> = stripped.chars().filter(|c| c.is_alphanumeric()).collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Dice similarity of two texts' bigrams, in percent.
pub fn similarity(a: &str, b: &str) -> u32 {
    let (a, b) = (bigrams(a), bigrams(b));
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let common = a.intersection(&b).count();
    (200 * common / (a.len() + b.len())) as u32
}

/// How similar two drafts are as a deputy sees it: the same matter has the
/// same or nearly the same title (its core, `title_core`), or the same or
/// nearly the same ask, whatever the rest says — the higher of the two.
pub fn draft_similarity(a: &Draft, b: &Draft) -> u32 {
    similarity(title_core(&a.title), title_core(&b.title)).max(similarity(&a.ask, &b.ask))
}

/// Existing suggestions (of every session, this one's and earlier) similar
/// to a draft by title or by ask (`draft_similarity`), most similar first,
/// at least the settings' threshold, at most `limit`.
pub fn similar(
    state: &State,
    d: &Draft,
    except: Option<SuggestionId>,
    limit: usize,
) -> Vec<(SuggestionId, u32)> {
    if title_core(&d.title).trim().is_empty() && d.ask.trim().is_empty() {
        return Vec::new();
    }
    let threshold = state.settings().drafting.similarity_percent;
    let mut found: Vec<(SuggestionId, u32)> = state
        .raising
        .suggestions
        .values()
        .filter(|s| Some(s.id) != except)
        .map(|s| (s.id, draft_similarity(d, &s.draft)))
        .filter(|(_, p)| *p >= threshold)
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found.truncate(limit);
    found
}

/// The kind's rules: a motion only during a session, and only from a
/// delegation or enough deputies jointly (`signers` counts the lead).
pub fn kind_advice(settings: &Settings, d: &Draft, signers: u32) -> Option<KindAdvice> {
    match d.kind {
        SuggestionKind::Suggestion => None,
        SuggestionKind::Motion if d.session.is_none() => Some(KindAdvice::MotionInRecess),
        SuggestionKind::Motion => {
            let need = settings.motion_threshold();
            (!d.by_delegation && signers < need).then_some(KindAdvice::MotionTooFewDeputies {
                have: signers,
                need,
            })
        }
    }
}

/// All live checks of a draft by the settings in force now. `except` is
/// the draft's own id, if stored; `signers` counts the lead deputy and
/// confirmed co-signers.
pub fn check(state: &State, d: &Draft, except: Option<SuggestionId>, signers: u32) -> DraftCheck {
    check_with(state, state.settings(), d, except, signers)
}

/// All live checks of a draft by `settings` (those in force on the date of
/// a decision, e.g. submission); similar items by the settings now.
pub fn check_with(
    state: &State,
    settings: &Settings,
    d: &Draft,
    except: Option<SuggestionId>,
    signers: u32,
) -> DraftCheck {
    DraftCheck {
        elements: elements(d, settings),
        negative: negative_list(d, settings),
        enumeration: enumeration(&d.ask),
        similar: similar(state, d, except, 5),
        kind: kind_advice(settings, d, signers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::DeputyId;

    fn draft(title: &str, basis: &str, ask: &str, measures: &str) -> Draft {
        let mut d = Draft::empty(
            DeputyId(uuid::Uuid::nil()),
            None,
            crate::ids::CategoryId(uuid::Uuid::nil()),
        );
        d.title = title.into();
        d.basis = basis.into();
        d.ask = ask.into();
        d.measures = measures.into();
        d
    }

    #[test]
    fn the_element_checklist_on_chinese_texts() {
        let s = Settings::default();
        let long_basis =
            "城关镇多个老旧小区道路破损严重，雨天积水，群众出行不便，代表走访三十余户。";
        let long_measures =
            "一是由住建部门牵头摸底登记；二是结合管网改造同步施工；三是分批实施并公告。";
        let cases: [(&Draft, [ElementState; 4]); 3] = [
            (
                &draft(
                    "关于改善城关镇老旧小区道路的建议",
                    long_basis,
                    "将老旧小区道路纳入年度改造计划。",
                    long_measures,
                ),
                [ElementState::Present; 4],
            ),
            (
                &draft(
                    "关于改善城关镇老旧小区道路的建议",
                    long_basis,
                    "将老旧小区道路纳入年度改造计划。",
                    "",
                ),
                [
                    ElementState::Present,
                    ElementState::Present,
                    ElementState::Present,
                    ElementState::Missing,
                ],
            ),
            (
                &draft("修路", "路坏了。", "修一修。", "  "),
                [
                    ElementState::TooShort,
                    ElementState::TooShort,
                    ElementState::TooShort,
                    ElementState::Missing,
                ],
            ),
        ];
        for (d, expected) in cases {
            let got: Vec<ElementState> = elements(d, &s).iter().map(|e| e.state).collect();
            assert_eq!(got, expected, "{}", d.title);
        }
    }

    #[test]
    fn enumerations_of_separate_asks_are_found() {
        let cases = [
            ("一是修缮道路，二是增设路灯。", vec!["一是", "二是"]),
            (
                "（一）建设停车场；（二）施划车位；（三）安排疏导。",
                vec!["（一）", "（二）", "（三）"],
            ),
            ("1. 改造管网。2. 增设泵站。", vec!["1.", "2."]),
            ("建议：1、开通公交；2、降低票价。", vec!["1、", "2、"]),
            ("①修路②建桥", vec!["①", "②"]),
            ("将老旧小区道路纳入年度改造计划。", vec![]),
            ("一是加快建设。", vec![]),
            ("在2027年1月开通至县城的公交线路。", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(enumeration(text), expected, "{text}");
        }
    }

    #[test]
    fn negative_list_keywords_are_flagged_and_confirmations_counted() {
        let s = Settings::default();
        let mut d = draft(
            "关于解决我家宅基地纠纷的建议",
            "该案已进入诉讼程序。",
            "请求处理。",
            "",
        );
        d.negative_confirmed = vec![s.negative_list[2].title.clone()];
        let n = negative_list(&d, &s);
        assert_eq!(n[0].flagged, vec!["我家"]);
        assert_eq!(n[1].flagged, vec!["诉讼程序"]);
        assert!(n[2].confirmed && !n[0].confirmed);
        assert!(n[3].flagged.is_empty());
    }

    #[test]
    fn similarity_of_the_same_topic_in_two_towns_is_high() {
        let a = "关于改造城关镇主干道破损路面的建议将城关镇主干道路面改造纳入计划";
        let b = "关于改造北山镇主干道破损路面的建议将北山镇主干道路面改造纳入计划";
        let c = "关于改善西河乡残疾人康复服务的建议在西河乡设立康复站";
        assert!(similarity(a, b) >= 60, "{}", similarity(a, b));
        assert!(similarity(a, c) < 20, "{}", similarity(a, c));
        assert_eq!(similarity(a, a), 100);
        assert_eq!(similarity("", a), 0);
    }

    #[test]
    fn missing_names_each_element_and_unconfirmed_items() {
        let s = Settings::default();
        let d = draft(
            "关于改善城关镇老旧小区道路的建议",
            "城关镇多个老旧小区道路破损严重，雨天积水，群众出行不便，代表走访三十余户。",
            "将老旧小区道路纳入年度改造计划。",
            "",
        );
        let c = DraftCheck {
            elements: elements(&d, &s),
            negative: negative_list(&d, &s),
            enumeration: vec![],
            similar: vec![],
            kind: None,
        };
        assert_eq!(
            c.missing(),
            vec!["“对策”".to_string(), "负面清单尚有5项未确认".to_string()]
        );
    }
}
