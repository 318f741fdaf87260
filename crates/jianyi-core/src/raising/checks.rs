//! The live checks of a draft (三提): the element checklist, the negative
//! list, one matter per suggestion, similar existing suggestions, and the
//! kind's rules. `check` gathers them; `DraftCheck::missing` names what
//! still stops submission.

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

/// One item of the negative list: confirmed or not, and its keywords found
/// in the text.
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
        // short is converted into a suggestion at the final review.
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

/// The element checklist.
pub fn elements(d: &Draft, s: &Settings) -> Vec<ElementCheck> {
    Element::ALL
        .into_iter()
        .map(|element| {
            let chars = element.text(d).trim().chars().count() as u32;
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

/// The negative list with the drafter's confirmations and flagged keywords.
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
                .filter(|k| text.contains(k.as_str()))
                .cloned()
                .collect(),
        })
        .collect()
}

const CN_ORDINALS: [&str; 9] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
const CIRCLED: [char; 9] = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

/// The enumeration markers of a text when it counts two or more items:
/// 一是/二是, （一）（二）, 一、二、, 1. 2., 1、2、, 1）2）, ①②, 第一/第二.
pub fn enumeration(text: &str) -> Vec<String> {
    let mut families: Vec<Vec<String>> = Vec::new();
    let mut family = |markers: Vec<String>| {
        let found: Vec<String> = markers
            .into_iter()
            .filter(|m| text.contains(m.as_str()))
            .collect();
        families.push(found);
    };
    family(CN_ORDINALS.iter().map(|n| format!("{n}是")).collect());
    family(CN_ORDINALS.iter().map(|n| format!("（{n}）")).collect());
    family(CN_ORDINALS.iter().map(|n| format!("({n})")).collect());
    family(CN_ORDINALS.iter().map(|n| format!("{n}、")).collect());
    family(CN_ORDINALS.iter().map(|n| format!("第{n}，")).collect());
    family(CIRCLED.iter().map(|c| c.to_string()).collect());
    // Arabic numerals count only at the start of the text or of a clause.
    let mut arabic = Vec::new();
    for n in 1..=9 {
        for sep in [".", "、", "）", ")", "．"] {
            let m = format!("{n}{sep}");
            let at_clause = text.starts_with(&m)
                || ["\n", "。", "；", "：", " ", "，"]
                    .iter()
                    .any(|p| text.contains(&format!("{p}{m}")));
            if at_clause {
                arabic.push(m);
            }
        }
    }
    families.push(arabic);
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
        .replace("建议", "");
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

/// Existing suggestions similar to a draft (title and ask), most similar
/// first, at least the settings' threshold, at most `limit`.
pub fn similar(
    state: &State,
    d: &Draft,
    except: Option<SuggestionId>,
    limit: usize,
) -> Vec<(SuggestionId, u32)> {
    let me = format!("{}{}", d.title, d.ask);
    if me.trim().is_empty() {
        return Vec::new();
    }
    let threshold = state.office.settings.drafting.similarity_percent;
    let mut found: Vec<(SuggestionId, u32)> = state
        .raising
        .suggestions
        .values()
        .filter(|s| Some(s.id) != except)
        .map(|s| {
            (
                s.id,
                similarity(&me, &format!("{}{}", s.draft.title, s.draft.ask)),
            )
        })
        .filter(|(_, p)| *p >= threshold)
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    found.truncate(limit);
    found
}

/// The kind's rules: a motion only during a session, and only from a
/// delegation or enough deputies jointly (`signers` counts the lead).
pub fn kind_advice(state: &State, d: &Draft, signers: u32) -> Option<KindAdvice> {
    match d.kind {
        SuggestionKind::Suggestion => None,
        SuggestionKind::Motion if d.session.is_none() => Some(KindAdvice::MotionInRecess),
        SuggestionKind::Motion => {
            let need = state.office.settings.motion_threshold();
            (!d.by_delegation && signers < need).then_some(KindAdvice::MotionTooFewDeputies {
                have: signers,
                need,
            })
        }
    }
}

/// All live checks of a draft. `except` is the draft's own id, if stored;
/// `signers` counts the lead deputy and confirmed co-signers.
pub fn check(state: &State, d: &Draft, except: Option<SuggestionId>, signers: u32) -> DraftCheck {
    DraftCheck {
        elements: elements(d, &state.office.settings),
        negative: negative_list(d, &state.office.settings),
        enumeration: enumeration(&d.ask),
        similar: similar(state, d, except, 5),
        kind: kind_advice(state, d, signers),
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
        assert_eq!(n[1].flagged, vec!["诉讼"]);
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
