//! People, titles, organisations and the triples that tie them together.

use std::borrow::Cow;

use super::own;
use crate::Span;

/// A person name as written (赵文博, 程丽, 欧阳娜娜, 克林顿).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Person<'t> {
    /// The name as it appears in the input: `&input[span.range()]`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it appears.
    pub span: Span,
}

impl Person<'_> {
    /// The name as read: its [`text`](Person::text) less the blank a list pads a name of
    /// two characters with to align it with names of three (王　刚 reads 王刚) and the line
    /// breaks print puts inside a word (王建\n平 reads 王建平). Borrowed when there are none.
    ///
    /// ```
    /// let ex = zh_extract::Extractor::new();
    /// let out = ex.extract("组　长：王　刚\n成　员：李建国、张　伟");
    /// assert_eq!(out.persons[0].text, "王\u{3000}刚");
    /// assert_eq!(out.persons[0].name(), "王刚");
    /// ```
    pub fn name(&self) -> Cow<'_, str> {
        without_blanks(&self.text)
    }

    /// A copy independent of the input text.
    pub fn into_owned(self) -> Person<'static> {
        Person {
            text: own(self.text),
            span: self.span,
        }
    }
}

/// A place a post is of, where the text names a place rather than a body (青山市 of
/// 青山市副市长, 美国 of 美国总统).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Place<'t> {
    /// The place as it appears in the input: `&input[span.range()]`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it appears.
    pub span: Span,
    /// Its name, completed with the unit the title writes for it (深圳 of 深圳市长 is
    /// 深圳市) and normalised like [`Org::name`].
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub name: Cow<'t, str>,
}

impl<'t> Place<'t> {
    /// A copy independent of the input text.
    pub fn into_owned(self) -> Place<'static> {
        Place {
            text: own(self.text),
            span: self.span,
            name: own(self.name),
        }
    }

    /// The place the first `len` bytes of the name name (青山县 of 青山县坪石镇): see
    /// [`Place::part`].
    pub(crate) fn within(&self, len: usize) -> Place<'t> {
        self.part(0..len)
    }

    /// The place the name names from byte `start` on (漳湄县 of 临沣市漳湄县): see
    /// [`Place::part`].
    pub(crate) fn from(&self, start: usize) -> Place<'t> {
        self.part(start..self.name.len())
    }

    /// The place the bytes `range` of the name name: text and span cut to them where the
    /// name is the text as written (so that the text is still `&input[span.range()]`), else
    /// the whole place's under the shorter name.
    fn part(&self, range: std::ops::Range<usize>) -> Place<'t> {
        let cut = |s: &Cow<'t, str>| match s {
            Cow::Borrowed(b) => Cow::Borrowed(&b[range.clone()]),
            Cow::Owned(o) => Cow::Owned(o[range.clone()].to_owned()),
        };
        if self.text == self.name {
            Place {
                text: cut(&self.text),
                span: Span::new(self.span.start + range.start, self.span.start + range.end),
                name: cut(&self.name),
            }
        } else {
            Place {
                name: cut(&self.name),
                ..self.clone()
            }
        }
    }

    /// The place as the body its post is held in: a province's, a city's or a county's
    /// posts are its government's (青山县县长 is 县长 of 青山县), a state's post its
    /// country's. Same text, span and name; kind [`OrgKind::Government`].
    ///
    /// ```
    /// use zh_extract::{Extractor, OrgKind};
    /// let found = Extractor::new().extract("青山市副市长韩立中出席。");
    /// let t = &found.triples[0];
    /// let place = t.place.as_ref().unwrap();
    /// assert_eq!(place.name, "青山市");
    /// assert_eq!(t.org.as_ref(), Some(&place.as_government()));
    /// assert_eq!(place.as_government().kind, OrgKind::Government);
    /// ```
    pub fn as_government(&self) -> Org<'t> {
        Org {
            text: self.text.clone(),
            span: self.span,
            name: self.name.clone(),
            kind: OrgKind::Government,
            parent: None,
        }
    }
}

/// A title (职务) as written, split into its core and its modifiers.
///
/// `常务副主任` has core `主任` and modifiers `常务`, `副`. A bare department
/// word written into the title stays part of it: in `领导小组副组长兼办公室主任`
/// the second post is `办公室主任` (core `主任`) of the 领导小组 — the crate
/// does not invent an organisation named `领导小组办公室` that the text never spells out.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Role<'t> {
    /// The title as it appears in the input: `&input[span.range()]`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it appears.
    pub span: Span,
    /// The head title word: 主任, 书记, 校长, 记者 ... Normalised like [`Org::name`]: in
    /// simplified characters when the text is traditional (副校長 has core 校长).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub core: Cow<'t, str>,
    /// Modifiers in reading order: 原, 常务, 副, 代理, 名誉, 首席, 执行, 总, 第一 ... A word
    /// of time (原, 前, 时任, 新任, 拟任 …) is one, but stands outside the title's text, whether
    /// written right before the title (原董事长: text 董事长) or before the place or body the
    /// post is of (原青山市副市长: text 副市长); written so, it qualifies the posts listed
    /// after it by 、 too (拟任县委常委、县政府常务副县长: both proposed).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub modifiers: Vec<Cow<'t, str>>,
}

impl Role<'_> {
    /// The title as read: its [`text`](Role::text) less the blanks a form pads a label with
    /// to align its column (董　事：甲 reads 董事) and the line breaks print puts inside a word
    /// (书\n记 reads 书记). Borrowed when there are none.
    ///
    /// ```
    /// let ex = zh_extract::Extractor::new();
    /// let out = ex.extract("董　事：林海涛、苏明远");
    /// assert_eq!(out.roles[0].text, "董\u{3000}事");
    /// assert_eq!(out.roles[0].title(), "董事");
    /// let out = ex.extract("县委书\n记王建平主持会议。");
    /// assert_eq!(out.roles[0].title(), "书记");
    /// ```
    pub fn title(&self) -> Cow<'_, str> {
        without_blanks(&self.text)
    }

    /// A copy independent of the input text.
    pub fn into_owned(self) -> Role<'static> {
        Role {
            text: own(self.text),
            span: self.span,
            core: own(self.core),
            modifiers: self.modifiers.into_iter().map(own).collect(),
        }
    }
}

/// What sort of body an organisation is, read from its head word (局, 有限公司, 大学 ...).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum OrgKind {
    /// Party and government bodies: 党工委, 管委会, 自然资源住建局, 省工信厅, 国务院.
    Government,
    /// Companies: 有限公司, 集团, 银行.
    Company,
    /// Universities and schools: 大学, 学院, 中学.
    School,
    /// Research institutes and centres: 研究院, 研究所, 研究中心.
    Research,
    /// Newspapers, broadcasters, news agencies: 时报, 电视台, 新华社.
    Media,
    /// Associations, federations, foundations: 协会, 学会, 联合会.
    Association,
    /// Working groups, offices and command posts: 领导小组, 办公室, 指挥部, 办事处.
    Group,
    /// Sports teams and clubs: 国家队, 曼联, 拜仁慕尼黑.
    Team,
    /// Anything else.
    #[default]
    Other,
}

impl OrgKind {
    /// The snake_case name used in dictionaries and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Government => "government",
            OrgKind::Company => "company",
            OrgKind::School => "school",
            OrgKind::Research => "research",
            OrgKind::Media => "media",
            OrgKind::Association => "association",
            OrgKind::Group => "group",
            OrgKind::Team => "team",
            OrgKind::Other => "other",
        }
    }

    /// Reads a kind name as written in a dictionary (`government`, `company`, ...).
    pub fn from_name(name: &str) -> Option<OrgKind> {
        Some(match name {
            "government" | "party" => OrgKind::Government,
            "company" => OrgKind::Company,
            "school" | "university" => OrgKind::School,
            "research" => OrgKind::Research,
            "media" => OrgKind::Media,
            "association" => OrgKind::Association,
            "group" | "office" => OrgKind::Group,
            "team" | "club" => OrgKind::Team,
            "other" => OrgKind::Other,
            _ => return None,
        })
    }
}

/// An organisation mention.
///
/// `text` is what the input spells at `span`; `name` is the full name the
/// reader understands. They differ when a coordination shares a prefix:
/// in `开发区党工委、管委会主任`, the second mention has text `管委会` and name
/// `开发区管委会`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Org<'t> {
    /// The mention as it appears in the input: `&input[span.range()]`.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'t, str>,
    /// Where it appears.
    pub span: Span,
    /// The full name, with a shared prefix restored, an abbreviation expanded (郑大 → 郑州大学)
    /// or a short name the document defined replaced (公司 after
    /// 青山智能装备股份有限公司（以下简称“公司”）). Normalised: full-width forms made
    /// half-width, and simplified characters for a traditional text (青山大學 is named
    /// 青山大学), so one body has one name whichever way it is written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub name: Cow<'t, str>,
    /// What sort of body it is.
    pub kind: OrgKind,
    /// The organisation it belongs to, when the name spells it out:
    /// 青山大学化学与材料学院 → 青山大学.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub parent: Option<Box<Org<'t>>>,
}

impl Org<'_> {
    /// A copy independent of the input text.
    pub fn into_owned(self) -> Org<'static> {
        Org {
            text: own(self.text),
            span: self.span,
            name: own(self.name),
            kind: self.kind,
            parent: self.parent.map(|p| Box::new(p.into_owned())),
        }
    }
}

/// Which rule produced a [`Triple`]; [`Rule::id`] is the stable string used in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// ORG + ROLE + PERSON, or ROLE + PERSON with no organisation: 青山大学副校长韩雪梅.
    OrgRolePerson,
    /// One title shared by coordinated organisations: 党工委、管委会主任赵文博.
    CoordinatedOrgs,
    /// Several posts of one person joined by 、 or 兼: 副组长兼办公室主任刘凯文.
    ConcurrentPosts,
    /// PERSON + ROLE: 赵文博主任, 三亚市教育局吴萍局长, 韩正副总理; and the posts in
    /// apposition: 赵文博（青山大学教授）, 赵文博，青山大学教授，…, or in a list's column
    /// (赵文博  区委副书记、区长).
    PersonRole,
    /// Surname + title resolved to a full name given earlier: 王主任 → 赵文博; with no
    /// body named, the body where the document gave that person that title.
    SurnameTitle,
    /// Bylines and credits: 记者 林晓峰, （记者王吉瑛）, 证券时报记者唐曜华.
    Byline,
    /// Appointment clauses: 由赵文博任组长, 任命张三为局长, 当选为, 担任, 出任.
    Appointment,
    /// A post in a résumé, held by the person the paragraph opens with:
    /// 张明，男，1970年生……。现任青山市人民政府副市长 — or listed after it one dated
    /// entry a line (1995.07—2001.03 青山市财政局科员).
    ResumeSubject,
    /// A post its holder leaves: removed from it (免去张明的青山市财政局局长职务, 撤销…职务)
    /// or resigning it (张明辞去…职务), or no longer holding it (张明不再担任…职务). The person
    /// held the post until then.
    Removal,
    /// A post taken by a pronoun (他此前担任沅江县县长, 其曾任…), held by the one person the
    /// sentences before it named last.
    Pronoun,
}

impl Rule {
    /// The stable identifier of the rule (`org_role_person`, `coordinated_orgs`, ...).
    pub fn id(self) -> &'static str {
        match self {
            Rule::OrgRolePerson => "org_role_person",
            Rule::CoordinatedOrgs => "coordinated_orgs",
            Rule::ConcurrentPosts => "concurrent_posts",
            Rule::PersonRole => "person_role",
            Rule::SurnameTitle => "surname_title",
            Rule::Byline => "byline",
            Rule::Appointment => "appointment",
            Rule::ResumeSubject => "resume_subject",
            Rule::Removal => "removal",
            Rule::Pronoun => "pronoun",
        }
    }
}

/// Who holds which post where: one person, one title, at most one organisation.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Triple<'t> {
    /// The holder.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub person: Person<'t>,
    /// The post.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub role: Role<'t>,
    /// Where the post is held, when the text says so: a body, or for a post of a place
    /// where the text names no body (青山市副市长), the place itself, as the government
    /// it heads ([`Place::as_government`]), so that `org` always says where. A head of
    /// government's post is held in the government the document names, when it names one
    /// (县委、县政府高度重视，县长甲: 县政府, completed by the place when known).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub org: Option<Org<'t>>,
    /// The place the post is of, when the text names a place and no body: the head of a
    /// province, city, county, district or township (青山市副市长: 青山市; 深圳市长: 深圳市)
    /// or a state's post after its country (美国总统: 美国). `org` then names the same
    /// place; `place` is `None` whenever a body is named.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub place: Option<Place<'t>>,
    /// The rule that read it.
    pub rule: Rule,
    /// The stretch of text the rule read (covers the person, the role and the organisation;
    /// a [`Rule::SurnameTitle`] triple's person is the full name given before it, outside,
    /// and so is a transliterated name's whose last part alone the rule read: 沃林顿大使
    /// after 格雷厄姆·沃林顿).
    pub evidence: Span,
}

impl Triple<'_> {
    /// A copy independent of the input text.
    pub fn into_owned(self) -> Triple<'static> {
        Triple {
            person: self.person.into_owned(),
            role: self.role.into_owned(),
            org: self.org.map(Org::into_owned),
            place: self.place.map(Place::into_owned),
            rule: self.rule,
            evidence: self.evidence,
        }
    }
}

/// `text` less its blanks and line breaks: those the normalised view reads words across.
fn without_blanks(text: &str) -> Cow<'_, str> {
    if text.contains(char::is_whitespace) {
        Cow::Owned(text.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(text)
    }
}
