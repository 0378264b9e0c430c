//! What a document has said that its later sentences lean on: the bodies it named (the
//! school whose 校长 a sentence leaves unnamed, the hospital of 该院院长, the group a
//! notice sets up), the list it is reading (组长：甲, and the lines under a label) and
//! the résumé it is in.

use crate::charset::{Trimmed, ends_with_one_of, trimmed_end, trimmed_start};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

use super::records::Records;
use crate::normalize::{TIME_WORDS, date_and_comma_len, dateline_len, is_date};
use crate::recognize::org::{self, SHORT_HEADS};
use crate::recognize::{ADMIN_UNITS, Sentence};
use crate::relate::{self, Mentions, TripleMention, Unheld};
use crate::{Extraction, Org, OrgKind, Person, Place, Role, Rule, Span, Triple};

/// The document's state between sentences.
#[derive(Default)]
pub(super) struct Context<'t> {
    /// The working group or committee a notice sets up (决定成立…领导小组。组成人员如下：),
    /// for the posts its list gives under labels (组长：甲).
    set_up: Option<Org<'t>>,
    /// The post of the last list label read (副组长：乙), held too by the names on the
    /// lines under it that start with a name (        丙  副区长).
    label: Option<(Role<'t>, Option<Org<'t>>)>,
    /// The school named last, whose 校长 a sentence may leave unnamed.
    school: Option<Org<'t>>,
    /// The person the current paragraph's résumé is about (index into `ex.persons`).
    resume_subject: Option<usize>,
    /// Whether the résumé's paragraph has ended: its subject goes on over the lines after
    /// it that name no one else (an education line, a heading such as 【工作经历】, a
    /// bullet), as a biography's paragraphs do.
    resume_ended: bool,
    /// Whether that résumé is a form's (姓名：甲, then fields and dated lines).
    form: bool,
    /// A profile's ranks its paragraph gave with no body (甲，教授、博士生导师，…), by the
    /// spans of their holder and title, waiting for a post of the holder in an institution
    /// of their kind in the same paragraph (see [`Context::profile_ranks`]); and the first
    /// triple of the paragraph (index into `ex.triples`), or `None` once it has ended.
    waiting_ranks: Vec<(Span, Span)>,
    paragraph_triples: Option<usize>,
    /// The post a leaders' page gives under its label (县长：甲, index into `ex.triples`),
    /// when the field of duties after it names the post again with its body.
    labelled_post: Option<usize>,
    /// The one person the last sentence that named anyone named (index into `ex.persons`),
    /// whom a pronoun opening a later sentence stands for (他此前担任…); `None` after a
    /// sentence that named two.
    antecedent: Option<usize>,
    /// Whether the antecedent opened its sentence, its subject (公告显示，甲现年48岁…): a next
    /// sentence of posts with no subject (曾任…) is then about them.
    antecedent_opens: bool,
    /// The company a filing is written by (青禾科技股份有限公司（以下简称“公司”）).
    filer: Option<Org<'t>>,
    /// The court a judgment opens with (青山市中级人民法院\n刑事判决书): its signatures'
    /// posts (审判长, 书记员) are its.
    court: Option<Org<'t>>,
    /// A court named alone on the document's first line, whose judgment the next line may
    /// name.
    court_line: Option<Org<'t>>,
    /// The newspaper a page opens with, its masthead (青山日报　2024年5月21日　第1版): the
    /// credits of its own staff (本报记者 甲, 本报讯（记者 乙）, 责任编辑：丙) are its.
    masthead: Option<Org<'t>>,
    /// The company the last sentence that opened with one is about (青山农商银行召开年度
    /// 工作会议。党委书记、董事长甲作报告): its management's posts that name no body are its.
    host: Option<Org<'t>>,
    /// The body of any kind the last sentence that opened with one is about (海州市交通运输局
    /// 召开…): a party organ named by its head character alone (局党组, 院党组) is its.
    subject: Option<Org<'t>>,
    /// The party a court document's line names (被告：青山建材有限公司。): its
    /// representative on the next line (法定代表人：甲) speaks for it.
    party: Option<Org<'t>>,
    /// The last triple (index into `ex.triples`) of each holder and title, by their texts,
    /// for a post named again with its holder and no body; and how many triples it has read.
    last_post: HashMap<(&'t str, &'t str), usize>,
    posts_read: usize,
    /// The place of each administrative unit the document named last (北辰市 for 市), for
    /// the bodies and posts it then names by the unit alone (市委, 市长).
    places: Vec<(char, Place<'t>)>,
    /// The body a form's field line named last (第一中标候选人：青山建设有限公司), whose posts
    /// the field lines under it give (项目经理：甲).
    field_body: Option<Org<'t>>,
    /// The body an election gave its members (选举产生…委员会), and for how many more
    /// sentences its results may follow.
    elected: Option<(Org<'t>, u8)>,
    /// The place a numbered section heading names alone (一、青石镇下坪村): the posts its
    /// labels give (第一书记：甲) are that place's, until the next numbered heading.
    section_place: Option<Place<'t>>,
}

/// Where one sentence's records start in the extraction, and what it read.
pub(super) struct Read<'a, 's> {
    pub(super) s: &'a Sentence<'s>,
    pub(super) m: &'a Mentions<'a>,
    pub(super) triples: &'a [TripleMention],
    pub(super) unheld: &'a [Unheld],
    /// The sentence's range in the view.
    pub(super) range: Range<usize>,
    pub(super) first_person: usize,
    pub(super) first_triple: usize,
    pub(super) first_org: usize,
    /// The sentence holds an administrative unit's character (see
    /// [`Scanned`](crate::recognize::person::Scanned)): only then may it name a place by its unit.
    pub(super) admin_unit: bool,
    /// The sentence holds a colon (see [`Scanned`](crate::recognize::person::Scanned)): only
    /// then may it open with a label or a form's field.
    pub(super) colon: bool,
}

impl Read<'_, '_> {
    /// Does the sentence open a line of the text (a form's field, a list's item)?
    fn opens_line(&self, records: &Records<'_, '_>) -> bool {
        self.range.start == 0 || records.view.text()[..self.range.start].ends_with('\n')
    }

    /// Does the sentence open a line indented by blanks in the original text (the column of
    /// a list's entries)? (The view keeps one line break for the break and the blanks.)
    fn opens_indented_line(&self, records: &Records<'_, '_>) -> bool {
        let start = records.view.original_span(self.range.start..self.range.start).start;
        let before = &records.view.original()[..start];
        let line_start = before.trim_end_matches(['\u{3000}', ' ', '\t']);
        self.opens_line(records) && line_start.len() < before.len() && line_start.ends_with(['\n', '\r'])
    }

    /// Where the title of the extraction's triple `i` starts in the sentence, when the
    /// sentence read that triple.
    fn title_start(&self, i: usize) -> Option<usize> {
        let mention = self.triples.get(i.checked_sub(self.first_triple)?)?;
        Some(self.m.roles[mention.role].range.start)
    }

    /// The sentence's triples with neither a body nor a place, each with where its title
    /// starts in the sentence: the posts the readers of bodies named before may complete.
    fn bodiless_posts(&self, ex: &Extraction<'_>, records: &Records<'_, '_>) -> Vec<(usize, usize)> {
        (self.first_triple..ex.triples.len())
            .filter(|&i| ex.triples[i].org.is_none() && ex.triples[i].place.is_none())
            .filter_map(|i| Some((i, self.role_start(i, ex, records)?)))
            .collect()
    }

    /// Where the title of the extraction's triple `i` starts in the sentence, for any triple
    /// of the sentence: one it read, or one a later rule gave its post (a résumé's).
    fn role_start(&self, i: usize, ex: &Extraction<'_>, records: &Records<'_, '_>) -> Option<usize> {
        self.title_start(i).or_else(|| {
            let span = ex.triples.get(i)?.role.span;
            self.m
                .roles
                .iter()
                .find(|r| records.span(&r.range) == span)
                .map(|r| r.range.start)
        })
    }
}

impl<'t> Context<'t> {
    /// Completes a sentence's records from what came before it, then remembers what the
    /// sentence says for the sentences after it.
    pub(super) fn sentence(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        if self.filer.is_none()
            && let Some(o) = read.m.orgs.iter().find(|o| {
                o.kind == OrgKind::Company
                    && org::names_the_filer(read.s.text, o, || org::line_after(records.view.text(), read.range.end))
            })
        {
            self.filer = Some(records.org(o));
        }
        self.judgment(read, records, ex);
        self.masthead(read, records, ex);
        self.party(read, records, ex);
        self.fields(read, records, ex);
        // The body a sentence opens with as its subject (青禾农商银行召开…, 仁和医院举行…,
        // 青山市浙江商会召开…): not a government's, whose bare posts name places, nor the body
        // of a post its holder is named by (青山交投集团有限公司董事长甲当选会长).
        // (Of the bodies the sentence opens with, the whole name: 云岭大学党委, not 云岭大学.)
        // (After the dateline, which may name its agency: 新华社北京12月1日电.)
        let text = read.s.text;
        // (The dateline is read only when the sentence names a body: most name none.)
        let report = || {
            let lead = text.len() - trimmed_start(text).len();
            lead + dateline(&text[lead..]).unwrap_or(0)
        };
        let opening = match read.m.orgs {
            [] => None,
            orgs => {
                let report = report();
                orgs.iter().find(|o| o.range.start >= report).map(|o| o.range.start)
            }
        };
        let first = (0..read.m.orgs.len())
            .filter(|&k| Some(read.m.orgs[k].range.start) == opening)
            .max_by_key(|&k| read.m.orgs[k].range.end);
        // A body described by another and a word for its kind before it (中甲|球队|江岭海鸥
        // 足球俱乐部) is the one the sentence opens with.
        let opened_at = first.map(|k| read.m.orgs[k].range.start);
        let first = first.map(|k| {
            let rest = &text[read.m.orgs[k].range.end..];
            crate::recognize::org::BODY_KINDS
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .and_then(|r| read.m.orgs.iter().position(|n| n.range.start == text.len() - r.len()))
                .unwrap_or(k)
        });
        // A body named for a post it holds (a title right after it, then its holder or the next
        // post: 青山交投集团有限公司董事长、校友甲当选会长; not 招行主管零售…, where 主管 is the
        // verb) is the one the text is about only when no other was named before.
        let post_of = |end: usize| {
            read.s.hit_starting_at(end).is_some_and(|h| {
                h.entry.is(crate::dictionary::tag::TITLE)
                    && (read.s.text[h.end..].starts_with(['、', '，', ','])
                        || read.m.persons.iter().any(|p| p.start == h.end))
            })
        };
        if let Some(o) = first
            .filter(|&k| {
                self.host.is_none()
                    || !read.triples.iter().any(|t| t.org == Some(k)) && !post_of(read.m.orgs[k].range.end)
            })
            .map(|k| &read.m.orgs[k])
            .filter(|o| {
                !o.bare
                    && !determiner_and_head(&read.s.text[o.range.clone()])
                    && opens_sentence(&read.s.text[..opened_at.unwrap_or(o.range.start)])
                    // (Nor a relation that describes the body after it: 公司全资子公司|江屿热力
                    // 有限公司.)
                    && !crate::recognize::org::names_a_relation(&read.s.text[o.range.clone()])
                    // (Nor the first of a list of bodies, 甲商会、乙同乡会等…到场祝贺: guests,
                    // none of them the subject.)
                    && !read.s.text[o.range.end..]
                        .strip_prefix('、')
                        .is_some_and(|rest| read.m.orgs.iter().any(|n| n.range.start == text.len() - rest.len()))
            })
        {
            let o = records.org(o);
            // (A body's congress, 县文联第三次代表大会, 协会第五次会员代表大会召开: the body
            // it is of, which it elects the officers of.)
            let o = match o.parent.as_deref() {
                Some(body) if o.name.ends_with("代表大会") && body.kind != OrgKind::Government => body.clone(),
                _ => o,
            };
            if !matches!(o.kind, OrgKind::Government | OrgKind::Media) {
                self.host = Some(o.clone());
            }
            // (Of an organ, its body: 院党组书记、院长甲主持 leaves the court the subject.)
            match o.parent.as_deref() {
                _ if organ_len(&o.name) == 0 => self.subject = Some(o),
                Some(body) => self.subject = Some(body.clone()),
                None => {}
            }
        }
        // A body a later clause opens with as its subject (会后，青山县公路局召开座谈会，局党组
        // 书记甲讲话) is the one the text is about from there: not a body named for its post
        // (，青山县人民检察院党组成员、副检察长乙列席).
        if let Some(o) = read.m.orgs.iter().enumerate().rev().find_map(|(k, o)| {
            (!o.bare
                && text[..o.range.start].ends_with([',', '，'])
                && !read.triples.iter().any(|t| t.org == Some(k))
                && !post_of(o.range.end)
                && organ_len(&text[o.range.clone()]) == 0)
                .then_some(o)
        }) {
            self.subject = Some(records.org(o));
        }
        self.bodies_named_before(read, records, ex);
        self.places_named_before(read, records, ex);
        self.section_place(read, records, ex);
        self.list(read, records, ex);
        // (Only a sentence that names a body can set one up: most name none.)
        if !read.m.orgs.is_empty()
            && let Some(o) = relate::body_set_up(read.s, read.m)
        {
            self.set_up = Some(records.org(&read.m.orgs[o]));
        }
        self.elected(read, records, ex);
        self.resume(read, records, ex);
        self.profile_ranks(read, ex);
        self.management(read, records, ex);
        headed_before(read, records, ex);
        organs_of_adjacent_posts(read, ex);
        judicial_ranks(read, self.subject.as_ref(), ex);
        named_by_head_word(read, records, ex);
        named_by_brand(read, records, ex);
        dispatched(read, records, ex);
        // (Last: other rules may have named the unit after its body already.)
        self.self_named_units(read, ex);
    }

    /// A filing names its company's departments after the common noun it calls itself by
    /// (集团公司战略规划部, 公司研究院), and a school's or a hospital's news its units (学校材料
    /// 科学与工程学院, 医院医务部): they are the filer's, the body the text is about, or the
    /// school named last.
    fn self_named_units(&self, read: &Read<'_, '_>, ex: &mut Extraction<'t>) {
        for body in [&self.filer, &self.host, &self.school].into_iter().flatten() {
            let self_names: &[&str] = match body.kind {
                OrgKind::Company => &["集团公司", "本公司", "公司"],
                OrgKind::School => &["学校", "本校"],
                _ if body.name.ends_with("医院") => &["医院", "本院"],
                _ => &[],
            };
            let rename = |org: &mut Org<'t>| {
                // (Another rule may have put the body's name before it already.)
                let own = org.name.strip_prefix(body.name.as_ref()).unwrap_or(&org.name);
                if let Some(rest) = self_names.iter().find_map(|n| own.strip_prefix(n))
                    && !rest.is_empty()
                {
                    org.name = Cow::Owned(format!("{}{rest}", body.name));
                }
            };
            ex.orgs[read.first_org..].iter_mut().for_each(rename);
            ex.triples[read.first_triple..]
                .iter_mut()
                .filter_map(|t| t.org.as_mut())
                .for_each(rename);
        }
    }

    /// A filing's company posts that name no body are the filer's (原副总经理甲先生, a
    /// résumé's 历任…副总经理); else the posts of the management of the company the text
    /// is about.
    fn management(&self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        if let Some(body) = self.filer.as_ref().or(self.host.as_ref()) {
            for i in read.first_triple..ex.triples.len() {
                let t = &ex.triples[i];
                // (By its core title, or with its line of work: 财务|总监, 原|财务|总监.)
                let post = t.role.text.strip_prefix(['原', '前']).unwrap_or(&t.role.text);
                if t.org.is_some()
                    || t.place.is_some()
                    || !(holds_management(body, &t.role.core) || holds_management(body, post))
                {
                    continue;
                }
                // A post right after a name no reader took for a body's (晨光|乳业|董事长) is
                // that body's, not the host's.
                // Nor one right after another body named by its head word alone (校友总会|秘书长,
                // in a text about a 校友会): that body's, though unnamed.
                // (A club's team, named by its kind alone, is the club's: 球队|主教练.)
                // (A filing calls its filer 公司, whatever its name: 青禾科技发布公告，公司|副总经理
                // 甲辞职.)
                let own_head = |head: &str| {
                    body.name.ends_with(head)
                        || (body.name.ends_with("俱乐部") && CLUB_TEAMS.contains(&head))
                        || (self.filer.is_some() && matches!(head, "公司" | "本公司"))
                };
                let other_head = |at: usize| {
                    read.s.hit_ending_at(at).is_some_and(|h| {
                        h.entry.is(crate::dictionary::tag::ORG_SUFFIX) && !own_head(&read.s.text[h.start..h.end])
                    })
                };
                if read
                    .title_start(i)
                    .is_some_and(|at| after_unread_name(read.s, read.m, at) || other_head(at))
                {
                    continue;
                }
                // A player may be another team's: the opponent's (对手队长, 客队球员), or one
                // of another team the sentence names (远洋队队员…，特别是队长甲).
                if body.name.ends_with("俱乐部")
                    && CLUB_PLAYERS.contains(&&*ex.triples[i].role.core)
                    && (read.m.orgs.iter().any(|o| records.org(o).name != body.name)
                        || read
                            .title_start(i)
                            .is_some_and(|at| OPPONENTS.iter().any(|w| read.s.text[..at].ends_with(w))))
                {
                    continue;
                }
                hold_in(&mut ex.triples[i], body.clone());
                // The bare party organ whose post the holder has beside it is the company's
                // (党委书记、董事长甲).
                let person = ex.triples[i].person.span;
                let organs: Vec<Span> = ex.triples[read.first_triple..]
                    .iter()
                    .filter(|t| t.person.span == person)
                    .filter_map(|t| t.org.as_ref())
                    .filter(|o| o.parent.is_none() && is_bare_organ(&o.name))
                    .map(|o| o.span)
                    .collect();
                let in_body = |o: &mut Org<'t>| {
                    if organs.contains(&o.span) {
                        name_as_unit_of(o, body);
                    }
                };
                ex.orgs[read.first_org..].iter_mut().for_each(in_body);
                ex.triples[read.first_triple..]
                    .iter_mut()
                    .filter_map(|t| t.org.as_mut())
                    .for_each(in_body);
            }
        }
    }

    /// A judgment opens with its court's name, then its kind (青山市中级人民法院\n刑事判决书):
    /// the posts that sign it (审判长, 书记员) are the court's.
    fn judgment(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = read.s.text;
        // (The kind may stand on a line of its own, spaced out: 刑 事 判 决 书.)
        if let Some(court) = self.court_line.take()
            && is_judgment_heading(text)
        {
            self.court = Some(court);
        }
        if read.first_org == 0
            && let Some(o) = read.m.orgs.first()
            && text[..o.range.start].trimmed().is_empty()
            && text[o.range.clone()].ends_with("法院")
        {
            if is_judgment_heading(&text[o.range.end..]) {
                self.court = Some(records.org(o));
            } else if text[o.range.end..].trimmed().is_empty() {
                self.court_line = Some(records.org(o));
            }
        }
        if let Some(court) = &self.court {
            hold_bodiless_posts(&mut ex.triples[read.first_triple..], court, JUDGMENT_SIGNATURES);
        }
    }

    /// A page opens with its newspaper's masthead: the name, then the date or the page
    /// (青山日报　2024年5月21日　第1版, 青山晚报　A03版　要闻). The bylines of its staff — the
    /// credits 本报 writes (本报记者 甲, 摄影：本报记者 乙), those of a line opened by 本报
    /// (本报讯（记者 甲）, 本报记者 甲　实习生 乙) and the page's editing credits
    /// (责任编辑：丙) — are the paper's, which the seed's 本报讯 with no masthead leaves
    /// unnamed. A correspondent (通讯员) writes for the paper from a unit of their own and
    /// stays bodiless, unless 本报 names them the paper's (本报通讯员 丁).
    fn masthead(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = read.s.text;
        if read.first_org == 0
            && read.first_triple == 0
            && let Some(o) = read.m.orgs.first()
            && o.kind == OrgKind::Media
            // (A newspaper's: a portal's or an agency's page reprints others' 本报.)
            && text[o.range.clone()].ends_with('报')
            && text[..o.range.start].trimmed().is_empty()
            && masthead_rest(text[o.range.end..].split('\n').next().unwrap_or(""))
        {
            self.masthead = Some(records.org(o));
        }
        let Some(paper) = &self.masthead else {
            return;
        };
        // (The lines of the input, which the view may have joined: 摄影：本报记者 甲\n责任编辑：乙.)
        let original = records.view.original();
        for t in &mut ex.triples[read.first_triple..] {
            // (A correspondent writes from a unit of their own, unless 本报 names them the
            // paper's: 本报通讯员.)
            let start = t.role.span.start;
            if t.org.is_some()
                || t.rule != Rule::Byline
                || relate::is_correspondent(&t.role.core) && !original[..start].trim_end().ends_with("本报")
            {
                continue;
            }
            let line = &original[original[..start].rfind('\n').map_or(0, |k| k + 1)..];
            let line = line.trim_start_matches(|c: char| !crate::recognize::is_han(c));
            if line.starts_with("本报")
                || original[..start].ends_with("本报")
                || EDITING_CREDITS
                    .iter()
                    .any(|c| line.strip_prefix(c).is_some_and(|r| r.starts_with(['：', ':'])))
            {
                hold_in(t, paper.clone());
            }
        }
    }

    /// The body an election gave its members (选举产生第三届青年工作委员会) holds the posts
    /// given with no body by appointment in that sentence and the next (甲当选为主任委员).
    fn elected(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        if let Some(o) = relate::body_elected(read.s, read.m) {
            self.elected = Some((records.org(&read.m.orgs[o]), ELECTION_SENTENCES));
        }
        let Some((body, left)) = &mut self.elected else {
            return;
        };
        for t in &mut ex.triples[read.first_triple..] {
            if t.org.is_none() && t.place.is_none() && t.rule == Rule::Appointment {
                hold_in(t, body.clone());
            }
        }
        *left -= 1;
        if *left == 0 {
            self.elected = None;
        }
    }

    /// A form's field naming a body (第一中标候选人：青山建设有限公司, 招标代理机构：…) is the
    /// body of the posts the field lines after it give (项目经理：甲, 技术负责人：乙), until
    /// a line that is no field (a heading, a paragraph).
    fn fields(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let (s, m) = (read.s, read.m);
        if !read.opens_line(records) {
            return;
        }
        // (A label ends with a colon: a sentence without one is not read for it.)
        if !read.colon {
            self.field_body = None;
            return;
        }
        let text = s.text.trimmed();
        let lead = s.text.len() - trimmed_start(s.text).len();
        // (A label: a few characters, no mark and no name.)
        let Some((colon, _)) =
            crate::normalize::list_label(text).filter(|&(colon, _)| !m.persons.iter().any(|p| p.start < lead + colon))
        else {
            self.field_body = None;
            return;
        };
        let value = lead + colon + ':'.len_utf8();
        let whole = |o: &&crate::recognize::org::OrgMention| {
            o.range.start >= value
                && s.text[value..o.range.start].trimmed().is_empty()
                && s.text[o.range.end..]
                    .trimmed()
                    .trim_end_matches(['。', ';', '；'])
                    .is_empty()
        };
        if let Some(o) = m.orgs.iter().find(whole) {
            self.field_body = Some(records.org(o));
            return;
        }
        if let Some(body) = &self.field_body {
            for t in bodiless_labels(read, ex) {
                hold_in(t, body.clone());
            }
        }
    }

    /// A party of a court document (被告：青山建材有限公司) is represented by the person the
    /// lines after it name (法定代表人：甲, 负责人：乙).
    fn party(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = trimmed_start(read.s.text);
        let lead = read.s.text.len() - text.len();
        // (Every label and representative opens with one of a few characters, of three bytes
        // each: the lists are searched only for the few lines that open with one.)
        let first = match text.as_bytes() {
            &[x, y, z, ..] => u32::from_be_bytes([0, x, y, z]),
            _ => 0,
        };
        let opens = LABEL_FIRSTS.contains(&first);
        let labelled = |l: &&&str| opens && text.strip_prefix(**l).is_some_and(|rest| rest.starts_with(':'));
        if let Some(label) = PARTY_LABELS.iter().find(labelled) {
            let value = lead + label.len() + ':'.len_utf8();
            self.party = read
                .m
                .orgs
                .iter()
                .find(|o| o.range.start == value)
                .map(|o| records.org(o));
            return;
        }
        // Only on its representatives' lines (法定代表人：甲, 委托诉讼代理人：乙): the lines
        // that open otherwise end the parties' block, and the text after it names parties
        // by their short names (原告恒泰公司的委托诉讼代理人甲).
        let representative = REPRESENTATIVES.iter().any(|r| labelled(&r));
        if !representative {
            self.party = None;
        }
        if let Some(party) = &self.party {
            hold_bodiless_posts(&mut ex.triples[read.first_triple..], party, REPRESENTATIVES);
        }
    }

    /// A paragraph ended with no sentence (a line of figures alone, a blank line): so did
    /// its résumé's paragraph (see `resume_ended`).
    pub(super) fn paragraph_ends(&mut self) {
        self.resume_ended = true;
        self.waiting_ranks.clear();
        self.paragraph_triples = None;
    }

    /// A profile's ranks given with no body (甲，教授、博士生导师，现任青山大学法学院院长; 甲，
    /// 主任医师。现任青山医院心内科主任) are held in the institution of the holder's first post
    /// of their kind in the same paragraph: a professor's in a school, a researcher's in an
    /// institute or a school, a physician's in a hospital — the whole institution (青山大学,
    /// not its 法学院). Read within the paragraph only: a later one changes nothing before it.
    fn profile_ranks(&mut self, read: &Read<'_, '_>, ex: &mut Extraction<'t>) {
        // (Bounded by the triples there are: a rule may have dropped one of the paragraph's.)
        let first = (*self.paragraph_triples.get_or_insert(read.first_triple)).min(ex.triples.len());
        // (A profile's or a résumé's subject's: 聘任甲教授为学院院长 says no more of where 甲
        // teaches than that the school appoints him.)
        // (The subject's name is read only for such a rank: most sentences give none.)
        let of_subject = |t: &Triple<'_>| {
            self.resume_subject
                .is_some_and(|p| ex.persons[p].name() == t.person.name())
        };
        for t in &ex.triples[read.first_triple..] {
            if t.org.is_none()
                && t.place.is_none()
                && rank_kind(&t.role.text).is_some()
                && (t.rule == Rule::ResumeSubject || of_subject(t))
            {
                self.waiting_ranks.push((t.person.span, t.role.span));
            }
        }
        if !self.waiting_ranks.is_empty() {
            let triples = &mut ex.triples[first..];
            self.waiting_ranks.retain(|&(person, role)| {
                let Some(k) = triples
                    .iter()
                    .position(|t| t.person.span == person && t.role.span == role && t.org.is_none())
                else {
                    return false;
                };
                let (holder, fits) = (triples[k].person.text.clone(), rank_kind(&triples[k].role.text));
                // (A school's or a hospital's whole, not its college or department; a research
                // institute's own, not the academy above it: 中国科学院植物研究所.)
                let research = RESEARCH_RANKS.contains(&&*triples[k].role.text);
                let institution = triples
                    .iter()
                    .filter(|t| t.person.text == holder)
                    .filter_map(|t| {
                        t.org
                            .as_ref()
                            .map(|o| (t.role.span.start, if research { o } else { root(o) }))
                    })
                    .filter(|(_, o)| fits.is_some_and(|f| f(o)))
                    .min_by_key(|(at, _)| *at)
                    .map(|(_, o)| o.clone());
                match institution {
                    Some(o) => {
                        hold_in(&mut triples[k], o);
                        false
                    }
                    None => true,
                }
            });
        }
        if read.s.text.ends_with('\n') {
            self.waiting_ranks.clear();
            self.paragraph_triples = None;
        }
    }

    /// Bodies named before — in earlier sentences, or earlier in this one — for the posts
    /// of this sentence that name none.
    fn bodies_named_before(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = records.view.original();
        // A body named again by the end of its full name (青山市公安局东湖分局 … 东湖分局刑侦
        // 大队): the full name it stands for.
        // And a party organ named by its head word alone is the one the document named in
        // full last (党委书记甲 after 青山大学党委召开会议).
        // Else the host's own, when the head word of the host stands for its name (厂|党委,
        // 集团党委 after 赣江能源集团有限公司召开…).
        organs_named_in_full_before(read, ex);
        let host = self.host.as_ref();
        let subject = self.subject.as_ref();
        rename_new_orgs(read, ex, |o, before| {
            let recent = &before[before.len().saturating_sub(RECENT_BODIES)..];
            if let Some(body) = o
                .parent
                .is_none()
                .then(|| organ_by_head_char(o, text, subject, before))
                .flatten()
            {
                o.name = Cow::Owned(organ_named_by(body, &o.name));
                o.parent = Some(Box::new(body.clone()));
            } else if o.parent.is_none() && is_bare_organ(&o.name) {
                if let Some(full) = named_in_full(recent, &o.name) {
                    o.name = full.name.clone();
                    o.parent = full.parent.clone();
                } else if let Some(host) = host.filter(|h| {
                    // (Or alone where a clause opens: 院长甲主持会议，党委书记乙…, in a text
                    // about the hospital.)
                    host_named_by_head(h, &text[..o.span.start]) || opens_clause(&text[..o.span.start])
                }) {
                    name_as_unit_of(o, host);
                }
            } else if o.parent.is_none()
                && crate::recognize::org::WORKING_GROUPS.contains(&&*o.name)
                && let Some(full) = named_in_full(recent, &o.name)
            {
                // A working group named in full, then alone (城市更新工作领导小组 … 领导小组由
                // 甲任组长).
                o.name = full.name.clone();
                o.parent = full.parent.clone();
            } else if o.parent.is_none()
                && let Some(group) = o.name.strip_suffix(OFFICE)
                && crate::recognize::org::WORKING_GROUPS.contains(&group)
                && let Some(full) = named_in_full(recent, group)
            {
                // And its office (领导小组办公室): the office of the group named in full.
                o.name = Cow::Owned(format!("{}{OFFICE}", full.name));
                o.parent = Some(Box::new(full.clone()));
            } else if let Some(body) = host
                .filter(|h| o.parent.is_none() && organ_of_host(h, &o.name))
                .or_else(|| organ_of_earlier(&o.name, recent).filter(|_| o.parent.is_none()))
            {
                o.name = Cow::Owned(organ_named_by(body, &o.name));
                o.parent = Some(Box::new(body.clone()));
            } else if !brand_of_earlier(o, recent, text) {
                name_after_earlier(o, recent);
            }
        });
        // An organ named by the head word of a body named earlier in the sentence (到青禾建工
        // 集团有限公司调研，集团党委书记甲…); then, for the organs named in full only now, the
        // bare organs after them (…，党委副书记乙: 乙's 党委 is the group's).
        organs_of_bodies_before_in_sentence(read, ex);
        organs_named_in_full_before(read, ex);
        offices_of_groups(&mut ex.triples[read.first_triple..]);
        // The posts listed after one in a party organ so named, with no body of their own,
        // are the organ's owner's (联社党委副书记、主任甲), but for the organ's own.
        organs_owners_posts(&mut ex.triples[read.first_triple..]);
        // 该院刑二庭: a unit of the body of that kind the document named before — the body
        // the text is about, if it is of that kind (as for 该院院长甲 below).
        let host = self.host.as_ref();
        rename_new_orgs(read, ex, |o, before| {
            if o.parent.is_none()
                && let Some(head) = determined_head(&text[..o.span.start])
                && let Some(body) = host
                    .filter(|h| host_has_head(h, head))
                    .or_else(|| body_of_kind(before, usize::MAX, head))
            {
                o.name = Cow::Owned(format!("{}{}", body.name, o.name));
                o.parent = Some(Box::new(body.clone()));
            }
        });
        // A school's news calls its head 校长 without its name: the school named last (or
        // the school a college belongs to: 青山大学|计算机学院).
        let school_before = self.school.clone();
        let schools = ex.orgs[read.first_org..].iter().rev();
        if let Some(o) = schools
            .flat_map(|o| [Some(o), o.parent.as_deref()])
            .flatten()
            .find(|o| is_school(o))
        {
            self.school = Some(o.clone());
        }
        // 该院院长甲: the body of that kind the document named last before the post.
        for i in read.first_triple..ex.triples.len() {
            let role = ex.triples[i].role.span;
            // (A determiner and head read as a body of their own, 该庭, stand for it too,
            // wherever in the clause: the body is named before them.)
            let (named_by, before) = match &ex.triples[i].org {
                None => (role.start, &text[..role.start]),
                Some(o) if determiner_and_head(&o.text) => (o.span.start.min(role.start), &text[..o.span.end]),
                Some(_) => continue,
            };
            // (A head character alone opening a list's column names the body the text is
            // about rather than one named last: 萍川县生态环境局关于… then …驻局纪检监察组…
            // then 甲　局|办公室主任.)
            let column = trimmed_end(before)
                .char_indices()
                .next_back()
                .is_some_and(|(k, _)| before[..k].ends_with([' ', '\t', '\u{3000}']));
            let subject = self.subject.as_ref().filter(|_| column);
            if let Some(head) = determined_head(before).or_else(|| head_alone(before))
                // The body the text is about, if it is of that kind; else the one named last.
                // (本行 names the bank the text is about when its name is that of the company,
                // 青山农村商业银行股份有限公司; 该行 the one named last.)
                // (该行 after a bank named in its own sentence is that bank: 会议邀请石屏农商银行
                // 介绍经验，该行副行长甲….)
                && let Some(body) = body_of_kind(&ex.orgs[read.first_org..], named_by, head)
                    .filter(|_| trimmed_end(before).strip_suffix(head).is_some_and(|r| r.ends_with('该')))
                    .or_else(|| {
                        [self.host.as_ref(), subject]
                            .into_iter()
                            .flatten()
                            .find(|h| host_has_head(h, head) && h.span.end <= named_by)
                    })
                    // (本公司 'this company' is the writer's: of the bodies named before, one named
                    // as a company in full, not a brand the text mentions — 历任蓝海证券研究所…，
                    // 现任本公司副总经理.)
                    .or_else(|| {
                        body_of_kind(&ex.orgs, named_by, head).filter(|b| {
                            b.name.ends_with(head)
                                || !trimmed_end(before).strip_suffix(head).is_some_and(|r| r.ends_with('本'))
                        })
                    })
            {
                let body = body.clone();
                // The holder's posts listed after it with no body are its too (集团副总经理、
                // 首席财务官甲; 院新闻发言人、办公室主任乙), and so is the deputy's post listed
                // next (该行行长甲、副行长乙), and a colleague's rank (该科副主任医师甲、主治
                // 医师乙).
                // (The deputy's own posts listed after with no body too: 学会理事长甲，学会
                // 副理事长兼秘书长乙.)
                let (person, core) = (ex.triples[i].person.span, ex.triples[i].role.core.clone());
                let rank = |core: &str| relate::PROFESSIONAL_RANKS.contains(&core);
                let ranked = rank(&core);
                let mut holders = vec![person];
                for t in &mut ex.triples[i + 1..] {
                    let same_person = holders.contains(&t.person.span) && t.rule == Rule::ConcurrentPosts;
                    let deputy = t.person.span != person && (t.role.core == core || ranked && rank(&t.role.core));
                    if t.org.is_none() && t.place.is_none() && (same_person || deputy) {
                        hold_in(t, body.clone());
                        if deputy && !holders.contains(&t.person.span) {
                            holders.push(t.person.span);
                        }
                    }
                }
                hold_in(&mut ex.triples[i], body);
            }
        }
        // 范志成董事长介绍 after 北辰集团董事长兼总裁范志成: a post named again with its holder
        // and no body is the one the document gave that holder before.
        // One lookup a post, not a scan of the document's triples.
        for (i, t) in ex.triples[self.posts_read..read.first_triple].iter().enumerate() {
            let key = (&text[t.person.span.range()], &text[t.role.span.range()]);
            self.last_post.insert(key, self.posts_read + i);
        }
        self.posts_read = read.first_triple;
        for i in read.first_triple..ex.triples.len() {
            let t = &ex.triples[i];
            if t.org.is_some() || t.place.is_some() {
                continue;
            }
            let key = (&text[t.person.span.range()], &text[t.role.span.range()]);
            if let Some(body) = self.last_post.get(&key).and_then(|&e| ex.triples[e].org.clone()) {
                hold_in(&mut ex.triples[i], body);
            }
        }
        // A hospital's departments named alone (心血管内科, 急诊科) after the hospital the text is
        // about are its own.
        if let Some(hospital) = self.host.as_ref().filter(|h| h.name.ends_with("医院")) {
            let departments: Vec<Span> = read
                .m
                .orgs
                .iter()
                .filter(|o| o.parent.is_none() && o.full_name.is_none() && o.prefix.is_none())
                .filter(|o| {
                    // (A department's name only: no place or other body in it.)
                    let name = &read.s.text[o.range.clone()];
                    ["科", "病区"].iter().any(|e| name.ends_with(e))
                        && !name.contains(|c: char| ADMIN_UNITS.contains(&c) || "委局院厅部".contains(c))
                })
                .map(|o| records.span(&o.range))
                .collect();
            if !departments.is_empty() {
                rename_new_orgs(read, ex, |o, _| {
                    if departments.contains(&o.span) {
                        name_as_unit_of(o, hospital);
                    }
                });
            }
        }
        if let Some(body) = &self.school {
            // The school named last before the post (滨江理工大学召开大会，校长甲，以及来自
            // 浙江大学的专家: not 浙江大学).
            let (orgs, triples) = (&ex.orgs[read.first_org..], &mut ex.triples[read.first_triple..]);
            // (So are a school's own offices: 教导主任, 教务主任.)
            let school_post =
                |t: &Triple<'_>| t.role.core == "校长" || SCHOOL_OFFICES.iter().any(|o| t.role.text.ends_with(o));
            for t in triples.iter_mut().filter(|t| t.org.is_none() && school_post(t)) {
                let before = orgs
                    .iter()
                    .rev()
                    .flat_map(|o| [o.parent.as_deref(), Some(o)])
                    .flatten()
                    .find(|o| is_school(o) && o.span.end <= t.role.span.start);
                hold_in(t, before.or(school_before.as_ref()).unwrap_or(body).clone());
            }
            rename_new_orgs(read, ex, |o, _| name_after_school(o, body));
            // A college named by its discipline alone (物理学院, 中文系) is the university's.
            if body.name.ends_with("大学") {
                let colleges: Vec<Span> = read
                    .m
                    .orgs
                    .iter()
                    .filter(|o| !o.named && o.parent.is_none() && o.full_name.is_none() && o.kind == OrgKind::School)
                    .filter(|o| ["学院", "系"].iter().any(|e| read.s.text[o.range.clone()].ends_with(e)))
                    .map(|o| records.span(&o.range))
                    .collect();
                rename_new_orgs(read, ex, |o, _| {
                    if colleges.contains(&o.span) {
                        name_as_unit_of(o, body);
                    }
                });
            }
        }
        if let Some(body) = &self.set_up {
            for (t, mention) in ex.triples[read.first_triple..].iter_mut().zip(read.triples) {
                // The labels' posts, and its office's (领导小组下设办公室…甲兼任办公室主任).
                let office = t.role.text.starts_with("办公室");
                if t.org.is_none() && (office || relate::is_label(read.s, read.m, mention)) {
                    hold_in(t, body.clone());
                }
            }
        }
    }

    /// Bodies and posts named by an administrative unit alone (市委, 县政府, 市长) are of
    /// the place of that unit the document named last (北辰市委书记甲，市委副书记、市长乙:
    /// 北辰市委, 市长 of 北辰市); then the sentence's places are remembered.
    fn places_named_before(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = read.s.text;
        let place_of =
            |places: &[(char, Place<'t>)], u: char| places.iter().find(|(v, _)| *v == u).map(|(_, p)| p.clone());
        // A place the sentence opens with, as the subject of a meeting's verb (北辰市召开…,
        // 12月1日，青山镇召开…).
        // (Both end their place with a unit: a sentence without one is not read for them.
        // Both read it after the date, which is found once for them.)
        if read.admin_unit
            && let start = after_date(text)
            && let Some(p) = place_opening(text, start).or_else(|| place_word_opening(read.s, start))
        {
            self.remember(records.place_at(&p));
        }
        // A place visited (一行到北辰县考察，县委书记甲陪同): its officials receive the visit.
        if read.admin_unit {
            for p in places_visited(read.s) {
                self.remember(records.place_at(&p));
            }
        }
        // In the order written, so a body takes the place named before it in the sentence.
        for o in read.m.orgs {
            let name = &text[o.range.clone()];
            let unit = name.chars().next().filter(|c| ADMIN_UNITS.contains(c));
            let bare_unit = unit.is_some_and(|u| {
                o.prefix
                    .as_ref()
                    .is_none_or(|p| p.is_empty() || p.len() == u.len_utf8())
            });
            let prefix = o.prefix.clone().filter(|p| !p.is_empty());
            if !bare_unit && let Some(p) = prefix.or_else(|| place_in_name(o, name)) {
                self.remember(records.place_at(&p));
            }
            // (Not a word the unit's character starts: 村民委员会, 市场监管局 of the state.)
            // (Tested only for a name opening with a unit: most do not.)
            let word = || {
                ["村民", "市场", "区域", "县域", "镇江"]
                    .iter()
                    .any(|w| name.starts_with(w))
            };
            // A committee's department named after the bare committee (市委常委、组织部部长:
            // 市委组织部) takes the place too, and so does a section in a body named by its
            // unit (县财政局预算股).
            let department = o.parent.as_ref().and_then(|(r, _)| {
                let committee = &text[r.clone()];
                let unit = committee.chars().next().filter(|c| ADMIN_UNITS.contains(c))?;
                o.full_name
                    .as_deref()
                    .unwrap_or(name)
                    .starts_with(committee)
                    .then_some(unit)
            });
            let plain = unit.filter(|_| bare_unit && !word() && o.full_name.is_none() && o.parent.is_none());
            let Some(unit) = plain.or(department) else {
                continue;
            };
            let Some(place) = place_of(&self.places, unit) else {
                continue;
            };
            let span = records.span(&o.range);
            let rename = |org: &mut Org<'t>| {
                if org.span == span && org.name.starts_with(unit) {
                    org.name = Cow::Owned(format!("{}{}", place.name, &org.name[unit.len_utf8()..]));
                }
            };
            ex.orgs[read.first_org..].iter_mut().for_each(rename);
            ex.triples[read.first_triple..]
                .iter_mut()
                .filter_map(|t| t.org.as_mut())
                .for_each(rename);
        }
        // A head of a place's government (市长, 县长) with no place of its own.
        for i in read.first_triple..ex.triples.len() {
            let t = &ex.triples[i];
            if let Some(place) = t.place.clone() {
                self.remember(place);
            } else if let Some(unit) = t.role.core.chars().next().filter(|c| ADMIN_UNITS.contains(c))
                && t.org.is_none()
                && t.role.core.chars().nth(1) == Some('长')
            {
                // (The evidence reaches back to where the place was named.)
                if let Some(place) = place_of(&self.places, unit) {
                    let t = &mut ex.triples[i];
                    t.evidence = place.span.cover(t.evidence);
                    t.place = Some(place);
                }
            }
        }
    }

    /// Remembers `place` as the last named of its unit (北辰市 for 市).
    /// (A place within places, 青山县坪石镇岚溪村, is remembered at each of its units: the
    /// county's bodies are 青山县's, the village's 青山县坪石镇岚溪村's.)
    fn remember(&mut self, place: Place<'t>) {
        let Some(unit) = place.name.chars().next_back().filter(|c| ADMIN_UNITS.contains(c)) else {
            return;
        };
        if place.name.chars().count() < 2 {
            return;
        }
        let name = place.name.as_ref();
        let inner: Vec<(char, usize)> = name
            .char_indices()
            .filter(|&(k, c)| k >= 6 && k + c.len_utf8() < name.len() && ADMIN_UNITS.contains(&c))
            .map(|(k, c)| (c, k + c.len_utf8()))
            .collect();
        // (A county or a city is remembered by its own name, not its city's or province's:
        // 临沣市漳湄县 … 县长甲 is 漳湄县's; a town keeps its county, 青山县坪石镇.)
        let own = match inner.last() {
            Some(&(_, end)) if matches!(unit, '县' | '市' | '区' | '旗') => place.from(end),
            _ => place.clone(),
        };
        for (u, end) in inner {
            self.places.retain(|(v, _)| *v != u);
            self.places.push((u, place.within(end)));
        }
        self.places.retain(|(u, _)| *u != unit);
        self.places.push((unit, own));
    }

    /// A numbered section heading that names a place alone (一、青石镇下坪村) sets the place of
    /// the labels' posts under it; the next numbered heading ends it.
    fn section_place(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let text = read.s.text;
        let lead = text.len() - trimmed_start(text).len();
        let number = crate::normalize::item_number_len(&text[lead..]);
        if number > 0 && read.opens_line(records) {
            let name = lead + number..lead + number + text[lead + number..].trimmed_end().len();
            self.section_place = is_local_place(&text[name.clone()]).then(|| records.place_at(&name));
            return;
        }
        let Some(place) = &self.section_place else { return };
        for t in bodiless_labels(read, ex) {
            t.evidence = place.span.cover(t.evidence);
            t.place = Some(place.clone());
        }
    }

    /// A list: a label's post, or a line under it that starts with a name.
    fn list(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        let (s, m) = (read.s, read.m);
        let labelled = read.triples.iter().position(|t| relate::is_label(s, m, t));
        if let Some(i) = labelled {
            // A committee's member label going on along its line after ；holds its post in
            // the committee the line's first label named (审计委员会主任委员：甲；委员：乙、丙) —
            // not another post (…；董事会秘书：丁), nor in a party organ.
            if !read.opens_line(records)
                && let Some((_, Some(body))) = &self.label
                && body.name.ends_with("委员会")
            {
                for t in bodiless_labels(read, ex).filter(|t| COMMITTEE_POSTS.contains(&&*t.role.core)) {
                    hold_in(t, body.clone());
                }
            }
            let t = &ex.triples[read.first_triple + i];
            self.label = Some((t.role.clone(), t.org.clone()));
        } else if let Some((role, org)) = relate::member_list_heading(s, m) {
            // A heading naming the list of a body's members (评标委员会成员名单): the names on
            // the lines under it are its members.
            self.label = Some((records.role(&m.roles[role]), Some(records.org(&m.orgs[org]))));
        } else if let Some(role) = relate::label_alone(s, m) {
            // A label on a line of its own (理事：, 副理事长（按姓氏笔画排序）：): the names on
            // the lines under it hold its post.
            self.label = Some((records.role(&m.roles[role]), None));
        } else if let Some((role, org)) = &self.label
            && let Some(first) = m.persons.first()
            // A line of its own, a name and perhaps a column after blanks — or, indented to
            // the column of the label's entries, posts and a name after a blank (组　长：…\n
            // 　　　　街道党工委委员、武装部部长 甲).
            && read.range.start > 0
            && (first.start == 0
                && read.opens_line(records)
                && (s.text[first.end..].starts_with([' ', '\t', '\n', '(']) || line_of_names(s.text))
                || indented_entry(s.text, m.persons) && read.opens_indented_line(records))
        {
            let holders = if line_of_names(s.text) {
                m.persons
            } else {
                std::slice::from_ref(first)
            };
            for p in holders {
                let person = records.person(p);
                let evidence = org
                    .as_ref()
                    .map_or(role.span, |o| o.span.cover(role.span))
                    .cover(person.span);
                ex.triples.push(Triple {
                    person,
                    role: role.clone(),
                    org: org.clone(),
                    place: None,
                    rule: Rule::OrgRolePerson,
                    evidence,
                });
            }
        } else if self.label.is_some()
            && read.range.start > 0
            && read.opens_line(records)
            && !m.roles.is_empty()
            && opens_with_unread_name(s.text)
            // (A name no reader knows: not a word, a title or a body's of a line that opens
            // so, 顾问　甲　…, 秘书组　组长由…担任.)
            && m.roles.iter().map(|r| &r.range).chain(m.orgs.iter().map(|o| &o.range)).all(|r| r.start > 0)
        {
            // A line of the list whose name was not read (a rare surname: 凤鸣岐　县卫生健康局
            // 副局长) holds its column all the same: the lines after it are still the label's.
        } else {
            self.label = None;
        }
    }

    /// A résumé: its subject holds the posts no one else is given in its paragraph, and
    /// after it until the text names someone else.
    fn resume(&mut self, read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
        // A résumé, a form and a profile open with their person: a sentence that names no one
        // (most) is not read for their openings.
        let named = !read.m.persons.is_empty();
        if named && let Some(p) = relate::opens_resume(read.s, read.m.persons) {
            self.resume_subject = Some(read.first_person + p);
            self.resume_ended = false;
            self.form = false;
        } else if named
            && read.colon
            && let Some(p) = relate::opens_form(read.s, read.m.persons)
        {
            self.resume_subject = Some(read.first_person + p);
            self.resume_ended = false;
            self.form = true;
        } else if let Some(t) = labelled_before_duties(read, &records.view.text()[read.range.end..]) {
            self.resume_subject = Some(read.first_person + read.triples[t].person);
            self.resume_ended = false;
            self.form = true;
            self.labelled_post = Some(read.first_triple + t);
        } else if self.resume_ended
            && let Some(subject) = self.resume_subject
            && ex.persons[read.first_person..]
                .iter()
                .any(|p| p.name() != ex.persons[subject].name())
        {
            // Past its paragraph, the résumé ends where the text names someone else.
            self.resume_subject = None;
        }
        // A profile's opening sentence lists its person's posts (甲，主任医师，教授，…科主任。).
        if named && let Some((p, posts)) = relate::profile_posts(read.s, read.m) {
            let subject = ex.persons[read.first_person + p].clone();
            records.push_unheld(read.m, &posts, &subject, Rule::ResumeSubject, ex);
        }
        if let Some(subject) = self.resume_subject {
            let subject = ex.persons[subject].clone();
            let pushed = ex.triples.len();
            records.push_unheld(read.m, read.unheld, &subject, Rule::ResumeSubject, ex);
            // A sentence of posts alone, with no verb (…湖南湘潭人。原青溪化工厂厂长、党委书记。).
            let bare = relate::bare_posts(read.s, read.m);
            records.push_unheld(read.m, &bare, &subject, Rule::ResumeSubject, ex);
            // The label's post named again with its body (县长：甲 | 职务：…县人民政府县长): one
            // post, the label's, with the body.
            // (From the next sentence on: the label's own line names the post once.)
            if let Some(label) = self.labelled_post.take_if(|l| *l < read.first_triple)
                && ex.triples[label].org.is_none()
                && let Some(k) = (pushed..ex.triples.len()).find(|&k| {
                    let (again, label) = (&ex.triples[k], &ex.triples[label]);
                    again.org.is_some() && again.role.core == label.role.core && again.person.text == label.person.text
                })
            {
                let again = ex.triples.remove(k);
                if let Some(body) = again.org {
                    hold_in(&mut ex.triples[label], body);
                }
            }
        } else if let Some(a) = self.antecedent {
            let text = read.s.text;
            let first_person = read.m.persons.iter().map(|p| p.start).min().unwrap_or(text.len());
            let held = read.unheld.iter().filter(|u| {
                u.evidence.start < first_person
                    && relate::pronoun_holds(&text[..u.evidence.start], self.antecedent_opens)
            });
            let subject = ex.persons[a].clone();
            records.push_unheld(read.m, held, &subject, Rule::Pronoun, ex);
        }
        // The sentence's one person is the next pronoun's — unless the sentence opens with a
        // pronoun itself, whose person stays the subject (他同甲等同志…。他先后担任…).
        let mut named = ex.persons[read.first_person..].iter().map(Person::name);
        if let Some(first) = named.next()
            && !relate::opens_with_pronoun(read.s.text)
        {
            let one = named.all(|p| p == first);
            self.antecedent = one.then_some(read.first_person);
            // (After a lead clause at most: 公告显示，|甲….)
            let subject_at = read.m.persons.iter().map(|p| p.start).min().unwrap_or(0);
            let before = &read.s.text[..subject_at];
            self.antecedent_opens = trimmed_start(before).chars().count() <= MAX_LEAD
                && before.matches([',', '，']).count() <= 1
                && (before.trimmed().is_empty() || before.trimmed_end().ends_with([',', '，']));
        }
        // A line break ends the résumé's paragraph — unless the next line is one of its
        // entries (1995.07—2001.03 青山市财政局科员), as tabular résumés write them, or goes on
        // with its posts (曾任…).
        let view = records.view.text();
        // A form's résumé goes on over its fields (性别：男, 工作经历：) and blank lines.
        let rest = &view[read.range.end..];
        let goes_on = || {
            if self.form {
                relate::form_goes_on(rest)
            } else {
                relate::resume_goes_on(rest)
            }
        };
        if read.s.text.ends_with('\n') && !goes_on() {
            self.resume_ended = true;
        }
    }
}

/// The person of a list label's line (县长：甲) when the next line is a field of their duties
/// (职务：县委副书记、县人民政府县长…): a leaders' page writes each leader so, and the field's
/// posts are the person's, as a form's (姓名：甲) are.
/// (The label's triple, an index into `read.triples`.)
fn labelled_before_duties(read: &Read<'_, '_>, rest: &str) -> Option<usize> {
    let t = read.triples.iter().position(|t| relate::is_label(read.s, read.m, t))?;
    let next = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
    DUTY_FIELDS
        .iter()
        .any(|f| next.strip_prefix(f).is_some_and(|r| r.trimmed_start().starts_with(':')))
        .then_some(t)
}

/// Field names of a leader's posts on a leaders' page.
const DUTY_FIELDS: &[&str] = &["职务", "现任职务", "现任"];

/// A head post that names no body (局长, 厂长, 团长) is the head's of the body named last
/// that it heads — earlier in the sentence or before it (本报采访了沙河市劳动局。局长甲说;
/// 记者走进青山机床厂，厂长甲介绍): news names the body, then its head by the post alone.
fn headed_before(read: &Read<'_, '_>, records: &Records<'_, '_>, ex: &mut Extraction<'_>) {
    for i in read.first_triple..ex.triples.len() {
        let t = &ex.triples[i];
        if t.org.is_some() || t.place.is_some() {
            continue;
        }
        // The post stands alone: at a clause's start or after another post (兼|局长), not
        // after words no reader took in (外交和合作|部长, 贝宁's) — nor after a name no reader
        // took for a body's (晨光|乳业|厂长), that body's.
        let Some(title) = read.role_start(i, ex, records) else {
            continue;
        };
        // (A head post with its body written into it, 财政部长, is that body's, no other's.)
        let role = &t.role;
        if role.text.len() != role.core.len() + role.modifiers.iter().map(|m| m.len()).sum::<usize>() {
            continue;
        }
        let before = &read.s.text[..title];
        // (Or after its duties: 分管养老工作的|副局长.)
        let duties = || {
            before.strip_suffix('的').is_some_and(|b| {
                DUTY_VERBS
                    .iter()
                    .filter_map(|v| b.rfind(v))
                    .max()
                    .is_some_and(|k| b[k..].chars().all(crate::recognize::is_han))
            })
        };
        // (Or given by a verb in a clause of a date, as a life is told: ，1998年任|局长.)
        let dated =
            || before.ends_with('任') && before.contains([',', '，', '；', ';']) && relate::dated_clause(before);
        let opens = |before: &str| before.is_empty() || before.ends_with(|c: char| !crate::recognize::is_han(c));
        // (Or after its holder's name that opens a clause: 翟长安|局长在接受采访时说.)
        let named_first = || before.strip_suffix(&*t.person.name()).is_some_and(opens);
        let alone = opens(before)
            || before.ends_with('兼')
            || before.ends_with(PREPOSITIONS)
            || duties()
            || dated()
            || named_first();
        if !alone || after_unread_name(read.s, read.m, title) {
            continue;
        }
        // (Or an assistant to the head: 台长助理 of the 电视台 — of 电视台综合频道.)
        let core = t.role.core.strip_suffix("助理").unwrap_or(&t.role.core);
        let mut headed = named_last(&ex.orgs, t.role.span.start).filter(|o| relate::heads_body(core, &o.name));
        let body = headed.next().cloned();
        // A name before the post (甲局长说) points at no body as surely: only where one body
        // it heads was named (not 市公安局与市交通运输局…。甲局长), and no one else holds it there
        // (not 市住建局局长乙…。甲局长).
        // (Named in the same sentence, as the two are; a body named again by another name in
        // a sentence before, 临澜市住房和城乡建设局 … 市住建局, is the same.)
        let original = records.view.original();
        let apart = |o: &Org<'_>, b: &Org<'_>| {
            original
                .get(o.span.end..b.span.start)
                .is_none_or(|between| between.contains(['。', '！', '？', '!', '?', '\n']))
        };
        let sure = !named_first()
            || body.as_ref().is_some_and(|b| {
                headed.all(|o| o.name == b.name || apart(o, b))
                    && !ex.triples.iter().any(|o| {
                        o.role.text == t.role.text
                            && o.person.name() != t.person.name()
                            && o.org.as_ref().is_some_and(|x| x.name == b.name)
                    })
            });
        let body = body.filter(|_| sure);
        if let Some(body) = body {
            hold_in(&mut ex.triples[i], body);
        }
    }
}

/// A post written after a body's bare head word (出版社|副总编辑, 合作社|理事长, at a clause's
/// start) is held in the body of that kind the document named last (云岭大学出版社, 金穗水稻
/// 种植专业合作社), as 该院 names one: news names its subject in full once, then by its kind.
fn named_by_head_word(read: &Read<'_, '_>, records: &Records<'_, '_>, ex: &mut Extraction<'_>) {
    for (i, title) in read.bodiless_posts(ex, records) {
        let Some(h) = read.s.hit_ending_at(title).filter(|h| {
            h.entry.is(crate::dictionary::tag::ORG_SUFFIX)
                && (read.s.text[h.start..h.end].chars().count() >= MIN_HEAD_WORD
                    || SHORT_HEAD_WORDS.contains(&&read.s.text[h.start..h.end]))
        }) else {
            continue;
        };
        // (Alone, perhaps after a preposition — 由|出版社|副总编辑甲主持: a longer name no
        // reader took ends so too, 晨光|出版社.)
        let before = &read.s.text[..h.start];
        if before.ends_with(crate::recognize::is_han) && !before.ends_with(PREPOSITIONS) {
            continue;
        }
        let head = &read.s.text[h.start..h.end];
        if let Some(body) = named_last(&ex.orgs, ex.triples[i].role.span.start)
            .find(|o| o.name.ends_with(head))
            .filter(|b| b.name.len() > head.len())
            .cloned()
        {
            hold_in(&mut ex.triples[i], body);
        }
    }
}

/// A post written after a company's brand alone (恒远新材料|董事长甲), at a clause's start, is
/// held in the company the document named in full before (临江恒远新材料有限公司): news names
/// a company in full once, then by its brand — the name less its place and legal form.
fn named_by_brand(read: &Read<'_, '_>, records: &Records<'_, '_>, ex: &mut Extraction<'_>) {
    for (i, title) in read.bodiless_posts(ex, records) {
        let before = &read.s.text[..title];
        let body = named_last(&ex.orgs, ex.triples[i].role.span.start)
            .filter(|o| o.kind == OrgKind::Company)
            .find(|o| {
                let Some(brand) = COMPANY_FORMS.iter().find_map(|f| o.name.strip_suffix(f)) else {
                    return false;
                };
                // The brand's end, from its whole down to three characters, right before the
                // title and right after the clause's opening (…现场，|恒远新材料|董事长).
                brand.char_indices().any(|(k, _)| {
                    let short = &brand[k..];
                    short.chars().nth(2).is_some()
                        && before
                            .strip_suffix(short)
                            .is_some_and(|b| !b.ends_with(crate::recognize::is_han))
                })
            })
            .cloned();
        if let Some(body) = body {
            hold_in(&mut ex.triples[i], body);
        }
    }
}

/// The legal forms and kinds that end a company's name, less which its brand is left.
const COMPANY_FORMS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司"];

/// Prepositions a bare head word may follow in [`named_by_head_word`] (由出版社…主持).
const PREPOSITIONS: &[char] = &['由', '据', '在', '经', '对', '向', '从', '与', '和', '及', '同'];

/// The shortest head word [`named_by_head_word`] reads, in characters (出版社, 合作社, 办事处):
/// a shorter one names too many kinds of body (局, 公司).
const MIN_HEAD_WORD: usize = 3;

/// Shorter head words [`named_by_head_word`] reads all the same: a university's news names
/// the college it is about by 学院 alone (学院副院长甲, 学院名誉院长乙).
const SHORT_HEAD_WORDS: &[&str] = &["学院"];

/// The body that sends its officers to act for it holds their posts (公诉机关青山县人民检察院
/// 指派检察员甲、检察官助理乙出庭支持公诉: a judgment's formula): the posts with no body
/// right after the verb, and those listed with them.
fn dispatched<'t>(read: &Read<'_, '_>, records: &Records<'_, 't>, ex: &mut Extraction<'t>) {
    let text = read.s.text;
    let mut sender = None;
    for i in read.first_triple..ex.triples.len() {
        let Some(title) = read.role_start(i, ex, records) else {
            continue;
        };
        let before = &text[..title];
        if let Some(verb) = DISPATCHING_VERBS.iter().find(|v| before.ends_with(**v)) {
            let at = before.len() - verb.len();
            sender = read
                .m
                .orgs
                .iter()
                .position(|o| o.range.end == at)
                .map(|k| records.org(&read.m.orgs[k]));
        } else if !before.ends_with('、') {
            sender = None;
        }
        if let Some(body) = sender.clone()
            && ex.triples[i].org.is_none()
        {
            hold_in(&mut ex.triples[i], body);
        }
    }
}

/// Verbs by which a body sends its officers (指派检察员甲出庭).
const DISPATCHING_VERBS: &[&str] = &["指派", "委派", "派出"];

/// Verbs of the duties an official's post is described by (分管…的副局长).
const DUTY_VERBS: &[&str] = &["分管", "主管", "负责", "主抓", "协管"];

/// How many of the bodies named last a short name, or a head post alone, may stand for.
const RECENT_BODIES: usize = 32;

/// The shortest end of a full name that names the body again (东湖分局, not 分局).
const MIN_SHORT_NAME: usize = 4;

/// Characters that end a body's or a place's name: what may stand before a unit named
/// again by its own end (青山市公安局|东湖分局, 永兴县|城关派出所) — not the words an
/// overlong reading took in (欣闻|…乐团, 老牌劲旅|…集团).
const BODY_ENDS: &str = "省市县区州镇乡局委会院厅部办所司行团社校";

/// When `o`'s name starts with the end of a longer name in `earlier` (东湖分局 of
/// 青山市公安局东湖分局), the body or place that name starts with goes before it
/// (青山市公安局东湖分局刑侦大队).
fn name_after_earlier(o: &mut Org<'_>, earlier: &[Org<'_>]) {
    let Some(first) = o.name.chars().next() else { return };
    let full = earlier.iter().rev().find_map(|e| {
        let name = &e.name;
        // (Only where `o`'s first character stands: the other tests are dearer, and every
        // body of a long document is compared with the 32 named before it.)
        let k = name
            .char_indices()
            .skip(1)
            .filter(|&(_, c)| c == first)
            .map(|(k, _)| k)
            .find(|&k| {
                name[..k].ends_with(|c: char| BODY_ENDS.contains(c))
                    && o.name.starts_with(&name[k..])
                    && name[k..].chars().count() >= MIN_SHORT_NAME
            })?;
        Some(format!("{}{}", &name[..k], o.name))
    });
    if let Some(full) = full {
        o.name = Cow::Owned(full);
    }
}

/// Longest place before a company's brand in its full name (青山|智芯科技有限公司), in
/// characters.
const MAX_BRAND_PLACE: usize = 4;

/// Most characters of a lead clause before a sentence's subject (公告显示，|甲…).
const MAX_LEAD: usize = 8;

/// A brand read before a title (智芯|创始人) that starts a company's full name named before,
/// perhaps after its place (青山智芯科技有限公司), names that company: it takes its full
/// name, and its span takes in that place where the text writes it before the brand
/// (青山|智芯: the reading stopped at a place it does not know). Whether it did.
fn brand_of_earlier<'t>(o: &mut Org<'t>, earlier: &[Org<'t>], text: &'t str) -> bool {
    if o.kind != OrgKind::Other || o.parent.is_some() || o.name.chars().nth(1).is_none() {
        return false;
    }
    let full = earlier.iter().rev().find_map(|e| {
        let k = e.name.find(&*o.name)?;
        (e.kind == OrgKind::Company && e.name.len() > o.name.len() && e.name[..k].chars().count() <= MAX_BRAND_PLACE)
            .then_some((e, k))
    });
    let Some((full, k)) = full else { return false };
    let place = &full.name[..k];
    if !place.is_empty() && text[..o.span.start].ends_with(place) && o.text == o.name {
        o.span.start -= place.len();
        o.text = Cow::Borrowed(&text[o.span.range()]);
    }
    o.name = full.name.clone();
    o.kind = OrgKind::Company;
    true
}

/// A party organ named alone (党组) after the same organ named in full earlier in the
/// sentence (区检察院党组书记、检察长甲，党组成员、副检察长乙) is that one — the body's — as
/// one named in an earlier sentence is (below, in [`Context::bodies_named_before`]) — and
/// rather than that one (集团党委副书记甲，党委委员乙 after 省能源集团党委 named in the sentence
/// before: the group's 党委 is 乙's).
fn organs_named_in_full_before(read: &Read<'_, '_>, ex: &mut Extraction<'_>) {
    // (Where the sentence's bodies start: a body an organ was given from before it was named
    // in an earlier sentence.)
    let Some(first) = ex.orgs.get(read.first_org).map(|o| o.span.start) else {
        return;
    };
    for k in read.first_org..ex.orgs.len() {
        let o = &ex.orgs[k];
        // (Written alone, and given no body yet or only one of an earlier sentence — not the
        // body of the post beside it: 县教育局局长、党组书记甲，县财政局局长、党组书记乙.)
        if !crate::recognize::org::PARTY_ORGANS.contains(&&*o.text)
            || o.parent.as_ref().is_some_and(|p| p.span.start >= first)
        {
            continue;
        }
        let Some(full) = ex.orgs[read.first_org..k]
            .iter()
            .rev()
            .find(|e| e.parent.is_some() && e.name.len() > o.text.len() && e.name.ends_with(&*o.text))
            .cloned()
        else {
            continue;
        };
        rename_in_sentence(read, ex, k, full.name, full.parent);
    }
}

/// Gives the sentence's organisation `k` the `name` and `parent`, both as a mention and
/// as the organisation of the sentence's triples (which hold copies of it).
fn rename_in_sentence<'t>(
    read: &Read<'_, '_>,
    ex: &mut Extraction<'t>,
    k: usize,
    name: Cow<'t, str>,
    parent: Option<Box<Org<'t>>>,
) {
    let span = ex.orgs[k].span;
    let triples = ex.triples[read.first_triple..]
        .iter_mut()
        .filter_map(|t| t.org.as_mut());
    for o in std::iter::once(&mut ex.orgs[k]).chain(triples.filter(|o| o.span == span)) {
        o.name = name.clone();
        o.parent = parent.clone();
    }
}

/// Names each party organ of the sentence written with a head word alone (集团党委) by the
/// body named earlier in the same sentence that the word stands for (see
/// [`organ_of_earlier`]), as the organs of bodies named in sentences before are.
fn organs_of_bodies_before_in_sentence(read: &Read<'_, '_>, ex: &mut Extraction<'_>) {
    for k in read.first_org..ex.orgs.len() {
        let o = &ex.orgs[k];
        if o.parent.is_some() || organ_len(&o.name) == 0 {
            continue;
        }
        let Some(body) = organ_of_earlier(&o.name, &ex.orgs[read.first_org..k]).cloned() else {
            continue;
        };
        let name = Cow::Owned(organ_named_by(&body, &o.name));
        rename_in_sentence(read, ex, k, name, Some(Box::new(body)));
    }
}

/// Names each party organ written alone beside another post of its holder in a body named
/// before it as that body's, the organ's posts held where the other is:
/// - before the post, in the body the text is about (党组书记、局长甲 after 海州市交通运输局
///   召开…: 局长 of the bureau) — not a body named after the organ, which may be a department
///   of the place's (党委委员、武装部部长), nor an organ itself (党委副书记、纪委书记);
/// - after the post (县政协主席、党组书记甲; 1983年任厂长、党委副书记, the works named before)
///   — not a department's post, whose organ is the place's (武装部部长、党委委员), nor a
///   place's party committee, whose 纪委 is the place's (县委常委、纪委书记).
fn organs_of_adjacent_posts(read: &Read<'_, '_>, ex: &mut Extraction<'_>) {
    for i in (read.first_triple + 1)..ex.triples.len() {
        let (first, second) = (&ex.triples[i - 1], &ex.triples[i]);
        if first.person.span != second.person.span {
            continue;
        }
        let organ_first = bare_body_organ(first).zip(second.org.as_ref()).filter(|(organ, body)| {
            second.rule == Rule::ConcurrentPosts && body.span.end <= organ.span.start && !ends_with_organ(body)
        });
        let organ_second = bare_body_organ(second).zip(first.org.as_ref()).filter(|(organ, body)| {
            first.rule == second.rule
                && body.span.end <= organ.span.start
                && (!ends_with_organ(body) || discipline_of_committee(organ, body))
                && !body.name.ends_with(['部', '科', '股', '室', '办'])
                && !body
                    .name
                    .strip_suffix('委')
                    .is_some_and(|r| r.ends_with(crate::recognize::ADMIN_UNITS))
                && !body.name.ends_with("党工委")
        });
        let (at, (organ, body)) = match (organ_first, organ_second) {
            (Some(pair), _) => (i - 1, pair),
            (None, Some(pair)) => (i, pair),
            (None, None) => continue,
        };
        // (The discipline commission after a post in a body's party committee is the body's,
        // as the committee is: 分行党委委员、纪委书记 — 分行纪委, of the branch.)
        let (name, body) = match body.name.strip_suffix("党委") {
            Some(stem) if discipline_of_committee(organ, body) => {
                (format!("{stem}{}", organ.name), body.parent.clone())
            }
            _ => (organ_named_by(body, &organ.name), Some(Box::new(body.clone()))),
        };
        let (span, name) = (organ.span, Cow::Owned(name));
        match (read.first_org..ex.orgs.len()).find(|&k| ex.orgs[k].span == span) {
            Some(k) => rename_in_sentence(read, ex, k, name, body),
            // (An organ read inside the post's title, 党委副书记, is the triple's alone.)
            None => {
                if let Some(o) = ex.triples[at].org.as_mut() {
                    o.name = name;
                    o.parent = body;
                }
            }
        }
    }
}

/// The organ of triple `t`'s post, when it is a body's party organ or discipline commission
/// written alone (党委, not 党工委, which governs its zone in its own right).
fn bare_body_organ<'a, 't>(t: &'a Triple<'t>) -> Option<&'a Org<'t>> {
    t.org
        .as_ref()
        .filter(|o| o.parent.is_none() && crate::recognize::org::BODY_ORGANS.contains(&&*o.name))
}

/// Is `organ` a discipline commission written alone after a post in `body`, a body's party
/// committee (分行党委委员、纪委书记甲: the branch's commission)?
fn discipline_of_committee(organ: &Org<'_>, body: &Org<'_>) -> bool {
    &*organ.name == "纪委" && body.name.ends_with("党委")
}

/// Does `body`'s name end with a body's organ (青山大学党委)?
fn ends_with_organ(body: &Org<'_>) -> bool {
    crate::recognize::org::BODY_ORGANS
        .iter()
        .any(|o| body.name.ends_with(o))
}

/// The name of the party organ written `organ_name` (集团党委) of `body`: the body's name
/// and the organ (青禾建工集团有限公司党委).
fn organ_named_by(body: &Org<'_>, organ_name: &str) -> String {
    format!(
        "{}{}",
        body.name,
        &organ_name[organ_name.len() - body_organ_len(organ_name)..]
    )
}

/// The body whose party organ `o` is, written with the body's head character for its name
/// where a clause opens (，局|党组书记、局长甲; 院党组成员、副院长乙): the body the text is
/// about (`subject`), if of that kind, else the one of `before` named last.
fn organ_by_head_char<'a, 't: 'a>(
    o: &Org<'_>,
    text: &str,
    subject: Option<&'a Org<'t>>,
    before: &'a [Org<'t>],
) -> Option<&'a Org<'t>> {
    let organ = body_organ_len(&o.name);
    let written = &o.name[..o.name.len() - organ];
    let head = match written {
        _ if organ == 0 => return None,
        // (The head character read apart: 局|党组.)
        "" => head_alone(&text[..o.span.start])?,
        // (Or one a post in the body's other organ gave it: 院党委副书记、纪委书记, 院纪委.)
        _ if written.chars().nth(1).is_none()
            && SHORT_HEADS.contains(&written)
            && (opens_clause(&text[..o.span.start]) || !o.text.starts_with(written)) =>
        {
            written
        }
        _ => return None,
    };
    subject
        .filter(|b| host_has_head(b, head))
        .or_else(|| body_of_kind(before, o.span.start, head))
}

/// Applies `rename` to the sentence's new organisations, both as mentions and as the
/// organisations of its triples (which hold copies), with the organisations named before
/// the sentence.
fn rename_new_orgs<'t>(read: &Read<'_, '_>, ex: &mut Extraction<'t>, mut rename: impl FnMut(&mut Org<'t>, &[Org<'t>])) {
    let (before, now) = ex.orgs.split_at_mut(read.first_org);
    for o in now {
        rename(o, before);
    }
    for t in &mut ex.triples[read.first_triple..] {
        if let Some(o) = t.org.as_mut() {
            rename(o, before);
            // (A renaming may take in more of the text: the evidence covers it.)
            t.evidence = t.evidence.cover(o.span);
        }
    }
}

/// The body named last among `orgs` before byte `end` whose name ends in `head` — or the
/// body a unit named last belongs to (市第一人民医院|心血管内科 … 该院), or the company the
/// head and its legal form name (青山农村商业银行股份有限公司 … 本行: the company, not the
/// bank's name inside it).
fn body_of_kind<'a, 't: 'a>(orgs: &'a [Org<'t>], end: usize, head: &str) -> Option<&'a Org<'t>> {
    with_parents(orgs.iter().rev().filter(|o| o.span.end <= end))
        .find(|o| of_kind(o, head) && !determiner_and_head(&o.text))
}

/// The [`RECENT_BODIES`] bodies of `orgs` named last before byte `at`, the last first, each
/// followed by the body it is a unit of: what a head post or a body's kind alone may name.
fn named_last<'a, 't: 'a>(orgs: &'a [Org<'t>], at: usize) -> impl Iterator<Item = &'a Org<'t>> {
    let named = orgs.partition_point(|o| o.span.end <= at);
    with_parents(orgs[named.saturating_sub(RECENT_BODIES)..named].iter().rev())
        .filter(|o| !determiner_and_head(&o.text))
}

/// Each body of `orgs`, then the body it is a unit of (电视台综合频道, 电视台).
fn with_parents<'a, 't: 'a>(orgs: impl Iterator<Item = &'a Org<'t>>) -> impl Iterator<Item = &'a Org<'t>> {
    orgs.flat_map(|o| [Some(o), o.parent.as_deref()]).flatten()
}

/// The posts of a committee's members (its chair's, 主任委员, is read with its name).
const COMMITTEE_POSTS: &[&str] = &["委员", "主任委员", "召集人", "成员"];

/// Is `text` a village's, a community's or a town's name alone, perhaps after its town
/// (下坪村, 青石镇下坪村, 幸福社区): three to twelve ideographs ending in 村, 社区, 镇 or 乡?
fn is_local_place(text: &str) -> bool {
    (3..=12).contains(&text.chars().count())
        && text.chars().all(crate::recognize::is_han)
        && ["村", "社区", "镇", "乡"].iter().any(|u| text.ends_with(u))
}

/// Does `line` open as a list line does, a name then its column: two to four ideographs
/// jieba-rs knows as no word, then two blanks, an ideographic space or a tab (凤鸣岐　县卫生
/// 健康局副局长)?
fn opens_with_unread_name(line: &str) -> bool {
    let name = line.chars().take_while(|&c| crate::recognize::is_han(c)).count();
    let Some((k, _)) = line.char_indices().nth(name) else {
        return false;
    };
    let rest = &line[k..];
    (2..=4).contains(&name)
        && (rest.starts_with("  ") || rest.starts_with(['\u{3000}', '\t']))
        && crate::segment::with_word_class(&line[..k], |c| c == "OOV")
}

/// Is `line` an entry of a list's column — posts, then its one name `persons` last after a
/// blank (县财政局局长 甲)?
fn indented_entry(line: &str, persons: &[Range<usize>]) -> bool {
    let [name] = persons else { return false };
    line[..name.start].ends_with(['\u{3000}', ' ', '\t'])
        && line[name.end..]
            .trimmed()
            .trim_end_matches(['；', ';', '。'])
            .is_empty()
}

/// Is `line` names alone, listed with 、 (甲、乙、丙) — each item a short name, though the
/// reader may have missed one?
fn line_of_names(line: &str) -> bool {
    let line = line.trimmed();
    line.contains('、') && line.split('、').all(crate::normalize::is_short_name)
}

/// The sentences an election's results may take: its own and the next (选举产生…委员会。
/// 甲当选为主任委员).
const ELECTION_SENTENCES: u8 = 2;

/// Judges' and prosecutors' ranks, and the staff of courts and procuratorates, with the
/// bodies that hold them (审判员 of a court, 检察员 of a procuratorate, 书记员 of either).
const JUDICIAL_RANKS: &[(&str, &[&str])] = &[
    ("审判员", &["法院"]),
    ("助理审判员", &["法院"]),
    ("法官", &["法院"]),
    ("法官助理", &["法院"]),
    ("人民陪审员", &["法院"]),
    ("陪审员", &["法院"]),
    ("检察员", &["检察院"]),
    ("助理检察员", &["检察院"]),
    ("检察官", &["检察院"]),
    ("检察官助理", &["检察院"]),
    ("书记员", &["法院", "检察院"]),
];

/// Gives a judicial rank with no body, listed after its holder's post in a court or a
/// procuratorate or one of their units (中级人民法院民事审判第二庭庭长、审判员), that
/// court or procuratorate: the congress appoints the rank to the whole body. Else the
/// court or procuratorate the text is about, `subject` (青山县人民法院在…开展巡回审判，
/// …与审判员甲、人民陪审员乙组成合议庭): its bench is its own.
fn judicial_ranks<'t>(read: &Read<'_, '_>, subject: Option<&Org<'t>>, ex: &mut Extraction<'t>) {
    for i in read.first_triple..ex.triples.len() {
        let t = &ex.triples[i];
        let Some(&(_, holders)) = JUDICIAL_RANKS.iter().find(|(rank, _)| t.role.core == *rank) else {
            continue;
        };
        if t.org.is_some() || t.place.is_some() {
            continue;
        }
        let holds = |o: &Org<'_>| holders.iter().any(|h| o.name.ends_with(h));
        let person = t.person.span;
        let body = ex.triples[read.first_triple..i]
            .iter()
            .rev()
            .filter(|b| b.person.span == person)
            .filter_map(|b| b.org.as_ref())
            .flat_map(|o| with_parents(std::iter::once(o)))
            .find(|o| holds(o))
            .or_else(|| subject.filter(|o| holds(o)))
            .cloned();
        if let Some(body) = body {
            hold_in(&mut ex.triples[i], body);
        }
    }
}

/// Names `o` (not yet a unit of any body) as a unit of `body`: 党委 of 青山银行, 物理学院 of
/// 青山大学.
fn name_as_unit_of<'t>(o: &mut Org<'t>, body: &Org<'t>) {
    // (Not twice: a name given in full before already holds the body's.)
    if o.parent.is_none() && !o.name.starts_with(&*body.name) {
        o.name = Cow::Owned(format!("{}{}", body.name, o.name));
        o.parent = Some(Box::new(body.clone()));
    }
}

/// Gives each post with no body listed right after a post in a party organ of a named body
/// (its holder's chain: 集团党委副书记、总经理甲) that body, unless it is a party post
/// (党委书记、委员 of the organ itself).
fn organs_owners_posts(triples: &mut [Triple<'_>]) {
    for i in 1..triples.len() {
        let (before, t) = (&triples[i - 1], &triples[i]);
        if t.org.is_some()
            || t.place.is_some()
            || t.rule != Rule::ConcurrentPosts
            || t.person.span != before.person.span
            || relate::PARTY_TITLES.contains(&&*t.role.core)
        {
            continue;
        }
        if let Some(owner) = before
            .org
            .as_ref()
            .filter(|o| organ_len(&o.name) > 0)
            .and_then(|o| o.parent.as_deref())
            .cloned()
        {
            hold_in(&mut triples[i], owner);
        }
    }
}

/// The body of `recent` named last whose longer name ends with `short` (城市更新工作领导小组
/// for 领导小组, 青山大学党委 for 党委): the body a name written short stands for.
fn named_in_full<'a, 't>(recent: &'a [Org<'t>], short: &str) -> Option<&'a Org<'t>> {
    recent
        .iter()
        .rev()
        .find(|e| e.name.len() > short.len() && e.name.ends_with(short))
}

/// A working group's office, for the posts told as the office's.
const OFFICE: &str = "办公室";

/// Gives each post told as an office's (办公室主任) in a working group's office (领导小组办公室
/// …，由甲兼任办公室主任) the group: the post names the office already, and a group's office
/// posts are the group's (as 副组长兼办公室主任 is). So are those of a committee for its
/// members' matters (…职级评审委员会办公室，乙任办公室副主任).
fn offices_of_groups(triples: &mut [Triple<'_>]) {
    for t in triples.iter_mut().filter(|t| t.role.text.starts_with(OFFICE)) {
        let group = t
            .org
            .as_ref()
            .filter(|o| o.name.ends_with(OFFICE))
            .and_then(|o| o.parent.as_deref())
            .filter(|p| {
                crate::recognize::org::WORKING_GROUPS.iter().any(|g| p.name.ends_with(g))
                    // (A committee for its members' matters, not a standing commission:
                    // …职级评审委员会, not 卫生健康委员会.)
                    || (p.name.ends_with("委员会")
                        && crate::recognize::org::PERSONNEL_MATTERS
                            .iter()
                            .any(|m| p.name.contains(m)))
            })
            .cloned();
        if let Some(group) = group {
            hold_in(t, group);
        }
    }
}

/// Gives `body` to the `triples` whose post, one of `posts`, names no body.
fn hold_bodiless_posts<'t>(triples: &mut [Triple<'t>], body: &Org<'t>, posts: &[&str]) {
    for t in triples
        .iter_mut()
        .filter(|t| t.org.is_none() && posts.contains(&&*t.role.core))
    {
        hold_in(t, body.clone());
    }
}

/// The sentence's triples of list labels (组长：甲) with neither a body nor a place.
fn bodiless_labels<'e, 't>(
    read: &Read<'_, '_>,
    ex: &'e mut Extraction<'t>,
) -> impl Iterator<Item = &'e mut Triple<'t>> {
    ex.triples[read.first_triple..]
        .iter_mut()
        .zip(read.triples)
        .filter(|(t, mention)| t.org.is_none() && t.place.is_none() && relate::is_label(read.s, read.m, mention))
        .map(|(t, _)| t)
}

/// Gives `t` the organisation `body`, its evidence reaching back to it.
fn hold_in<'t>(t: &mut Triple<'t>, body: Org<'t>) {
    t.evidence = body.span.cover(t.evidence);
    t.org = Some(body);
    t.place = None;
}

/// Is `name` a determiner and one of [`SHORT_HEADS`] read as a body of their own (该庭, 本院)? It
/// stands for a body named before, never the one the text is about. (Not a name that starts
/// so: 本田.)
fn determiner_and_head(name: &str) -> bool {
    name.strip_prefix(['该', '本'])
        .is_some_and(|head| SHORT_HEADS.contains(&head))
}

/// The test of the institution a profile's rank `title` is held in (see
/// [`Context::profile_ranks`]), if it is one.
fn rank_kind(title: &str) -> Option<fn(&Org<'_>) -> bool> {
    if ACADEMIC_RANKS.contains(&title) {
        Some(|o| o.kind == OrgKind::School)
    } else if RESEARCH_RANKS.contains(&title) {
        Some(|o| !matches!(o.kind, OrgKind::Association | OrgKind::Team | OrgKind::Media))
    } else if CLINICAL_RANKS.contains(&title) {
        Some(|o| o.name.ends_with("医院"))
    } else {
        None
    }
}

/// A teacher's ranks and a supervisor's, held in a school.
const ACADEMIC_RANKS: &[&str] = &[
    "教授",
    "副教授",
    "讲师",
    "博士生导师",
    "硕士生导师",
    "博士研究生导师",
    "硕士研究生导师",
];

/// A researcher's ranks, held in an institute (or a school, a centre).
const RESEARCH_RANKS: &[&str] = &["研究员", "副研究员", "助理研究员"];

/// A physician's, a nurse's and a pharmacist's ranks, held in a hospital.
const CLINICAL_RANKS: &[&str] = &[
    "主任医师",
    "副主任医师",
    "主治医师",
    "主任护师",
    "副主任护师",
    "主管护师",
    "主任药师",
    "副主任药师",
    "主管药师",
];

/// The body `o` is a unit of, through all its parents (青山大学 for 青山大学法学院); `o`
/// itself when it is of none.
fn root<'a, 't>(o: &'a Org<'t>) -> &'a Org<'t> {
    let mut o = o;
    while let Some(p) = o.parent.as_deref() {
        o = p;
    }
    o
}

/// The offices only a school has, whose heads are the school's (教导主任甲).
const SCHOOL_OFFICES: &[&str] = &["教导主任", "教务主任", "政教主任", "德育主任", "总务主任"];

/// The last characters of [`SHORT_HEADS`]: text before a body that ends in none is passed over
/// at once.
const HEAD_LAST_CHARS: &[char] = &[
    '司', '团', '心', '局', '队', '会', '行', '院', '部', '馆', '校', '所', '厅', '委', '厂', '站', '社', '台', '科',
    '系', '庭', '室',
];

/// The head word a determiner stands for right before a post (该院|院长, 该公司|总经理),
/// or a company's head word alone opening a clause or an appointment's post (，集团|总工程师,
/// 聘任甲为公司|行长): the body is one the document named before.
fn determined_head(before: &str) -> Option<&'static str> {
    let rest = trimmed_end(before);
    // (The last character first: most text before a body ends in no head's.)
    if !ends_with_one_of(rest, HEAD_LAST_CHARS) {
        return None;
    }
    // (Two characters or more: a head alone that opens a clause names the body too —
    // 分局|局长, 当选为|协会|主席, 俱乐部|董事长; one: only after 该 or 本.)
    // (or the post an appointment gives: 聘任甲为|公司行长, 乙任|集团副总经理; or after a quote
    // closed, 据 'according to' or 由: ”|俱乐部总经理甲介绍, 另据|俱乐部体能教练乙透露)
    SHORT_HEADS
        .iter()
        .find(|h| {
            rest.strip_suffix(**h)
                .is_some_and(|r| ends_with_one_of(r, &['该', '本']) || (h.chars().count() >= 2 && opens_clause(r)))
        })
        .copied()
}

/// Does `r`, the text before a head word, end where a clause or an appointment's post
/// opens?
fn opens_clause(r: &str) -> bool {
    r.trimmed_end().is_empty()
        || r.ends_with([
            '，', ',', '。', '；', ';', '、', '：', ':', '\n', '”', '」', '为', '任', '据', '由',
            // (After a verb done and its object's body: 听取了|中心|主任甲的汇报.)
            '了', // (Or a list's column, after its name: 组长：甲　局|党组书记、局长.)
            ' ', '\t', '\u{3000}',
        ])
}

/// A one-character head word standing alone where a clause opens right before a post
/// (由|院|新闻发言人 in a procuratorate's release; ，局|办公室主任): a body's own short name
/// for itself, as 本院 is.
fn head_alone(before: &str) -> Option<&'static str> {
    let rest = trimmed_end(before);
    SHORT_HEADS
        .iter()
        .filter(|h| h.chars().nth(1).is_none())
        .find(|h| rest.strip_suffix(**h).is_some_and(opens_clause))
        .copied()
}

/// Does the rest of a newspaper's masthead line after its name give the date or the page
/// (　2024年5月21日（星期二）　第1版：要闻, 　A03版　要闻、社会), and nothing long — no
/// sentence (青山晚报　5月20日第5版刊登的《老街》一文，…: the paper a report cites)?
fn masthead_rest(rest: &str) -> bool {
    rest.chars().count() <= MAX_MASTHEAD_REST
        && rest.starts_with(|c: char| c.is_whitespace())
        && (rest.contains('版') || rest.contains('年') && rest.contains('月') && rest.contains('日'))
        && !rest.contains([',', '，', '。', '《', '“', ';', '；', '!', '?'])
}

/// Most characters of a masthead line after the newspaper's name.
const MAX_MASTHEAD_REST: usize = 40;

/// The credits of a page's editors, each on a line that opens with them (责任编辑：甲).
const EDITING_CREDITS: &[&str] = &["责任编辑", "编辑", "校对", "美编", "美术编辑"];

/// The posts that sign a court's judgment.
const JUDGMENT_SIGNATURES: &[&str] = &["审判长", "审判员", "人民陪审员", "陪审员", "书记员", "法官助理"];

/// [`dateline_len`] of `text`, read only when `text` opens with the first character of a
/// dateline (本报讯, 新华社…电, 中新社…电): most sentences open otherwise, and the dateline's
/// reader slices its first characters before it looks.
fn dateline(text: &str) -> Option<usize> {
    text.starts_with(['本', '新', '中'])
        .then(|| dateline_len(text))
        .flatten()
        .or_else(|| own_dateline(text))
}

/// The length of a medium's own dateline before its credits: two to ten ideographs and 讯,
/// then a bracket (潮声体育讯（记者 甲）, 东岚大学新闻网讯（通讯员 乙）).
fn own_dateline(text: &str) -> Option<usize> {
    // One walk over the name's characters up to its 讯, which ends it (this runs on most
    // sentences, nearly all of which open with no dateline: the name was counted, then
    // walked over again for the offset of its end).
    for (name, (k, c)) in text.char_indices().take(MAX_MEDIUM_NAME + 1).enumerate() {
        if c == '讯' {
            return (name >= 2 && text[k + "讯".len()..].starts_with(['（', '('])).then_some(k + "讯".len());
        }
        if !crate::recognize::is_han(c) {
            return None;
        }
    }
    None
}

/// Most characters of a medium's name in its own dateline.
const MAX_MEDIUM_NAME: usize = 10;

/// Does a sentence whose text before an organisation is `before` open with it, as its
/// subject — after a date at most (1月8日，青山银行召开…)?
fn opens_sentence(before: &str) -> bool {
    // (After a report's dateline and its credits: 本报讯（记者 甲）3月16日，…; and the
    // company's kind before its name: 中德合资企业|…有限公司.)
    let before = crate::recognize::org::less_company_kind(before.trimmed_end()).trimmed();
    let before = dateline(before).map_or(before, |k| before[k..].trimmed_start());
    let before = after_credits(before);
    let date = before.strip_suffix([',', '，']).unwrap_or(before);
    // (Or 'at' it: 在红星机床厂，厂长…, a report's scene; or 'as approved by' it: 经青禾基金会
    // 理事会研究决定，免去甲…职务, a body deciding its own posts.)
    let date = date.strip_suffix(['在', '经']).unwrap_or(date);
    // (Or at the meeting it holds: 在昨天举行的|青山市足球协会第四届会员代表大会上.)
    let held = || {
        date.strip_prefix('在')
            .and_then(|r| r.strip_suffix("举行的").or_else(|| r.strip_suffix("召开的")))
            .is_some_and(|when| when.is_empty() || is_date(when))
    };
    date.is_empty() || is_date(date) || is_scene(date) || held()
}

/// Is `lead` a clause that sets the scene of what follows (在昨日举行的业绩说明会上, 在签约
/// 仪式中): 在, no break, then 上, 中 or 时?
fn is_scene(lead: &str) -> bool {
    lead.strip_prefix('在')
        .is_some_and(|r| r.ends_with(['上', '中', '时']) && !r.contains([',', '，', '。', '；']))
}

/// `text` after the note of credits in brackets it opens with, if any, and the blanks after
/// it (（记者 甲）3月16日，… → 3月16日，…).
fn after_credits(text: &str) -> &str {
    text.strip_prefix(['（', '('])
        .and_then(|b| b.split_once(['）', ')']))
        .map_or(text, |(_, rest)| rest)
        .trimmed_start()
}

/// The place a government body's name opens with when no prefix was read apart (北辰市|委,
/// 中共|青山县|委, 北辰市|人民政府新闻办公室): two to four ideographs and an administrative
/// unit, before the rest of a government body's name.
fn place_in_name(o: &crate::recognize::org::OrgMention, name: &str) -> Option<Range<usize>> {
    const GOVERNMENTS: &[&str] = &["人民政府", "政府", "委", "人大", "政协"];
    // (The party's or the conference's name before the place: 中共青山县委, 政协临江市委员会,
    // 民建蒲源市委.)
    let skip = [
        "中共",
        "政协",
        "民革",
        "民盟",
        "民建",
        "民进",
        "农工党",
        "致公党",
        "九三学社",
        "台盟",
    ]
    .iter()
    .find(|p| name.starts_with(**p))
    .map_or(0, |p| p.len());
    let end = skip + place_len(&name[skip..])?;
    let government = o.kind == OrgKind::Government || GOVERNMENTS.iter().any(|g| name[end..].starts_with(g));
    (government && end < name.len()).then(|| o.range.start + skip..o.range.start + end)
}

/// The length in bytes of the place `text` opens with: two to four ideographs and an
/// administrative unit (北辰市, 青山县).
fn place_len(text: &str) -> Option<usize> {
    let (k, u) = text
        .char_indices()
        .skip(2)
        .take(3)
        .find(|(_, c)| ADMIN_UNITS.contains(c))?;
    text[..k]
        .chars()
        .all(crate::recognize::is_han)
        .then_some(k + u.len_utf8())
}

/// The place `text` opens with (after a date, which ends at `start`: see [`after_date`]) as
/// the subject of a meeting's verb: two to four ideographs and an administrative unit,
/// perhaps twice (北辰市|召开, 青山镇|举行, 龙溪县青石乡|召开).
fn place_opening(text: &str, start: usize) -> Option<Range<usize>> {
    const VERBS: &[&str] = &["召开", "举行", "举办", "印发", "出台", "启动", "部署", "开展"];
    // (A word of time may stand before the verb: 青山县近日召开.)
    let meets = |end: usize| {
        let verb = TIME_WORDS
            .iter()
            .find_map(|t| text[end..].strip_prefix(t))
            .unwrap_or(&text[end..]);
        VERBS.iter().any(|v| verb.starts_with(v))
    };
    let end = start + place_len(&text[start..])?;
    // Or a place within a place (龙溪县|青石乡|召开).
    let within = place_len(&text[end..]).map(|k| end + k).filter(|&e| meets(e));
    within.or(meets(end).then_some(end)).map(|end| start..end)
}

/// Where `text` starts after its blanks, a report's dateline and its credits (本报讯（记者
/// 甲）), and a date and its comma (12月1日，…, 近日，…).
fn after_date(text: &str) -> usize {
    let mut lead = text.len() - trimmed_start(text).len();
    // (Only a text opening with a dateline's first character is read for one: see `dateline`.)
    if let Some(k) = dateline(&text[lead..]) {
        lead = text.len() - after_credits(text[lead + k..].trimmed_start()).len();
    }
    lead + date_and_comma_len(&text[lead..]).unwrap_or(0)
}

/// The place sentence `s` opens with (after a date, which ends at `start`: see
/// [`after_date`]) as its subject, whatever its verb, when jieba-rs reads it whole as a
/// place (桐溪镇|顺利完成…, 近日，桐溪镇|22个村…): a headline's or a report's, which the text
/// is then about.
fn place_word_opening(s: &Sentence<'_>, start: usize) -> Option<Range<usize>> {
    let w = s.word_starting_at(start)?;
    let word = &s.text[w.clone()];
    ((3..=6).contains(&word.chars().count())
        && word.ends_with(|c| ADMIN_UNITS.contains(&c))
        // (Not a kind of place or a determined one: 各乡镇, 本市各区, 大城市, 老城区, 经济开发区.)
        && !word.starts_with(NOT_PLACE_OPENINGS)
        && !KINDS_OF_PLACE.iter().any(|k| word.ends_with(k))
        && word.chars().all(crate::recognize::is_han)
        // (Or a name it guessed whole: 桐溪镇 is no word of its dictionary.)
        && crate::segment::with_word_class(word, |c| matches!(c, "ns" | "OOV")))
    .then_some(w)
}

/// Characters that open a determined place or a kind of place, no place's name (各乡镇,
/// 本市, 全县, 大城市, 老城区, 新城区, 该县).
const NOT_PLACE_OPENINGS: &[char] = &[
    '各', '本', '全', '大', '小', '老', '新', '该', '我', '其', '这', '那', '每', '多', '两',
];

/// Endings of words for kinds of places (老城区, 经济开发区, 大城市, 各省市).
const KINDS_OF_PLACE: &[&str] = &[
    "城市",
    "城区",
    "开发区",
    "新区",
    "市区",
    "县城",
    "乡镇",
    "省市",
    "县市",
    "市县",
];

/// The places sentence `s` says someone visits: the word 到 or 赴, a place, and a verb of
/// visiting (到|北辰县考察, 赴|青山镇调研).
fn places_visited<'a>(s: &'a Sentence<'_>) -> impl Iterator<Item = Range<usize>> + 'a {
    const VISITS: &[&str] = &["考察", "调研", "视察", "检查", "督导", "指导", "慰问", "走访"];
    // (The sentence's words, not a search of its text: this runs for every sentence.)
    // The first characters of the words below, as the numbers their three bytes make.
    const fn key(c: &str) -> u32 {
        let b = c.as_bytes();
        (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32
    }
    const FIRSTS: [u32; 5] = [key("到"), key("赴"), key("走"), key("来"), key("深")];
    s.words.iter().filter_map(move |w| {
        // (The length first, then the first character's bytes, before the word is sliced
        // and compared: one character or two, and nearly every word starts otherwise.)
        if !matches!(w.len(), 3 | 6) {
            return None;
        }
        let first = match s.text.as_bytes().get(w.start..w.start + 3) {
            Some(&[x, y, z]) => u32::from_be_bytes([0, x, y, z]),
            _ => return None,
        };
        if !FIRSTS.contains(&first) {
            return None;
        }
        let verb = &s.text[w.clone()];
        // (Or one a reporter goes into, the clause ending with it: 走进青山县坪石镇岚溪村，)
        let into = matches!(verb, "走进" | "来到" | "深入");
        if !(into || matches!(verb, "到" | "赴")) {
            return None;
        }
        let mut end = w.end + place_len(&s.text[w.end..])?;
        // A place within places (青山县|坪石镇|岚溪村).
        while let Some(k) = place_len(&s.text[end..]) {
            end += k;
        }
        let rest = &s.text[end..];
        (VISITS.iter().any(|v| rest.starts_with(v)) || (into && rest.starts_with([',', '，', '。'])))
            .then_some(w.end..end)
    })
}

/// The first characters of [`PARTY_LABELS`] and [`REPRESENTATIVES`], each as the number
/// its three bytes make.
const LABEL_FIRSTS: [u32; PARTY_LABELS.len() + REPRESENTATIVES.len()] = {
    let mut keys = [0; PARTY_LABELS.len() + REPRESENTATIVES.len()];
    let mut k = 0;
    while k < keys.len() {
        let b = if k < PARTY_LABELS.len() {
            PARTY_LABELS[k].as_bytes()
        } else {
            REPRESENTATIVES[k - PARTY_LABELS.len()].as_bytes()
        };
        assert!(b[0] & 0xF0 == 0xE0, "a label opens with a character of three bytes");
        keys[k] = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        k += 1;
    }
    keys
};

/// Labels of a court document's parties (原告：…, 被上诉人：…).
const PARTY_LABELS: &[&str] = &[
    "原告",
    "被告",
    "上诉人",
    "被上诉人",
    "申请人",
    "被申请人",
    "第三人",
    "申请执行人",
    "被执行人",
    "原审原告",
    "原审被告",
];

/// Who represents a party that is a body (法定代表人, 负责人), or acts for it in the suit
/// (委托诉讼代理人：甲，青山律师事务所律师: the party's agent, the post after it the agent's own).
const REPRESENTATIVES: &[&str] = &[
    "法定代表人",
    "负责人",
    "法人代表",
    "委托诉讼代理人",
    "诉讼代理人",
    "委托代理人",
    "代理人",
];

/// Is `title` a post of the management of `body` when no body is named with it: a company's
/// management (董事长, 总经理), an association's officers (会长, 秘书长), or the head of any
/// body (院长 of a hospital, 校长 of a school, 团长 of a troupe)?
fn holds_management(body: &Org<'_>, title: &str) -> bool {
    match body.kind {
        // (Or its head's, named by its head word: 厂长 of a 机床厂.)
        // (A director of a line of work too: 产品总监, 技术总监.)
        OrgKind::Company => {
            relate::COMPANY_POSTS.contains(&title) || title.ends_with("总监") || relate::heads_body(title, &body.name)
        }
        // A sports club is a company with a team's staff (俱乐部原主教练甲, 改任青训总监).
        OrgKind::Association if body.name.ends_with("俱乐部") => {
            relate::COMPANY_POSTS.contains(&title)
                || CLUB_STAFF.contains(&title)
                || relate::ASSOCIATION_POSTS.contains(&title)
                || title.ends_with("总监")
        }
        // (A federation of a trade or an art is chaired: 音乐家协会|主席, 文联|主席 — where a
        // chairman named in a text about another association is a state's, 江泽民主席.)
        OrgKind::Association => {
            relate::ASSOCIATION_POSTS.contains(&title)
                || relate::heads_body(title, &body.name)
                || (title == "主席"
                    && ["协会", "联合会", "文联", "侨联", "工商联", "科协"]
                        .iter()
                        .any(|f| body.name.ends_with(f)))
        }
        // (Or its chief accountant or engineer, any body's: 医院…总会计师甲.)
        _ => relate::heads_body(title, &body.name) || is_chief_officer(title),
    }
}

/// Is `title` a body's chief professional officer (总会计师, 总工程师, 总经济师 …)?
fn is_chief_officer(title: &str) -> bool {
    title.starts_with('总') && title.ends_with('师') && title.chars().count() >= 4
}

/// A club's team named by its kind alone (球队主教练, 一线队队长).
const CLUB_TEAMS: &[&str] = &["球队", "一线队", "预备队", "青年队", "梯队", "队"];

/// The staff and players of a club's team, by their core titles.
const CLUB_STAFF: &[&str] = &[
    "主教练",
    "教练",
    "助理教练",
    "守门员教练",
    "体能教练",
    "领队",
    "总监",
    "技术总监",
    "球员",
    "队员",
    "队长",
    "副队长",
];

/// The players of [`CLUB_STAFF`], whom a report names of either team.
const CLUB_PLAYERS: &[&str] = &["球员", "队员", "队长", "副队长"];

/// Words for the other team before a player's title (对手|队长, 客队|球员).
const OPPONENTS: &[&str] = &["对手", "对方", "客队", "主队", "敌方", "对手主力", "对方主力"];

/// Head words a body's own organs write for its name (集团党委, 公司党委, 厂党委).
const HOST_HEADS: &[&str] = &["集团", "公司", "厂", "医院", "院", "所", "行"];

/// Does `before` (the text up to a bare party organ) end with a head word of `host`'s name
/// (红星机床厂 … 厂|党委)?
fn host_named_by_head(host: &Org<'_>, before: &str) -> bool {
    HOST_HEADS.iter().any(|h| before.ends_with(h) && host_has_head(host, h))
}

/// Is `name` a head word of `host` and a party organ (集团党委 of 赣江能源集团有限公司)?
fn organ_of_host(host: &Org<'_>, name: &str) -> bool {
    let organ = organ_len(name);
    organ > 0
        && HOST_HEADS
            .iter()
            .any(|h| &name[..name.len() - organ] == *h && host_has_head(host, h))
}

/// The body named last among `earlier` that the party organ `name` names by its kind
/// alone (联社党委 after 青山县农村信用合作联社, 集团党委 after 青山集团): its head word,
/// two or three characters, ends that body's longer name.
fn organ_of_earlier<'a, 't: 'a>(name: &str, earlier: &'a [Org<'t>]) -> Option<&'a Org<'t>> {
    let head = &name[..name.len() - organ_len(name)];
    // (A company whose name is the head word and its legal form is named whole, before the
    // part of its name that ends with the word: 集团党委 of 青禾建工集团有限公司, not of
    // 青禾建工集团 — nor of a branch whose name holds the word, 青禾建工集团有限公司第三分公司.)
    (head.len() < name.len() && (2..=3).contains(&head.chars().count()))
        .then(|| with_parents(earlier.iter().rev()).find(|e| e.name.len() > head.len() && of_kind(e, head)))
        .flatten()
}

/// Is `e` a body of the kind `head` names: its name ends with it, or it is the company the
/// head and its legal form name (青禾建工集团有限公司 for 集团)?
fn of_kind(e: &Org<'_>, head: &str) -> bool {
    e.name.ends_with(head) || whole_company_of(e, head) || (head == "公司" && org::is_company_name(&e.name))
}

/// Is `e` a company named by `head` and its legal form alone after it (青禾建工集团有限公司
/// for 集团)?
fn whole_company_of(e: &Org<'_>, head: &str) -> bool {
    e.kind == OrgKind::Company
        && e.name.rfind(head).is_some_and(|k| {
            matches!(
                &e.name[k + head.len()..],
                "有限公司" | "股份有限公司" | "有限责任公司" | "控股有限公司" | "控股股份有限公司"
            )
        })
}

/// The length in bytes of the party organ `name` ends with (0 for none).
fn organ_len(name: &str) -> usize {
    crate::recognize::org::PARTY_ORGANS
        .iter()
        .find(|p| name.ends_with(*p))
        .map_or(0, |p| p.len())
}

/// The length in bytes of the party organ or the discipline commission `name` ends with,
/// a body's organs both (院党委, 院纪委; 0 for none).
fn body_organ_len(name: &str) -> usize {
    match organ_len(name) {
        0 if name.ends_with("纪委") => "纪委".len(),
        n => n,
    }
}

/// Is `head` the head word of `host` (厂 of 红星机床厂; 集团, 公司 of any company), or the
/// company's head word before its legal form (行 of 青山农村商业银行股份有限公司, as of
/// 青山农商银行)?
fn host_has_head(host: &Org<'_>, head: &str) -> bool {
    of_kind(host, head)
        || (host.kind == OrgKind::Company && matches!(head, "集团" | "公司") && host.name.contains(head))
        // (A group's own word for itself: 集团公司 of 青禾城建集团有限公司.)
        || (host.kind == OrgKind::Company && head == "集团公司" && host.name.contains("集团"))
}

/// Does a noun of a name stand right before byte `at` of `s` — a word of two characters or
/// more no list holds, of a class names are written in (晨光/n|乳业/n|董事长; not 经/n|总经理)?
fn after_unread_name(s: &Sentence<'_>, m: &Mentions<'_>, at: usize) -> bool {
    s.word_at(at.wrapping_sub(1)).is_some_and(|k| {
        let w = s.words[k].clone();
        w.end == at
            && s.text[w.clone()].chars().count() >= 2
            && s.text[w.clone()].chars().all(crate::recognize::is_han)
            && !s.hits.iter().any(|h| h.start < w.end && w.start < h.end)
            && !m.persons.iter().any(|p| p.start < w.end && w.start < p.end)
            && crate::segment::with_word_class(&s.text[w], |c| {
                matches!(c, "n" | "nz" | "nr" | "nrt" | "nt" | "j" | "OOV")
            })
    })
}

/// Is `name` a party organ or an organising committee named by itself (党委, 党组, 组委会)?
fn is_bare_organ(name: &str) -> bool {
    // (Or an event's organising committee, named in full once: 2024青山马拉松组委会 … 组委会副主任.)
    crate::recognize::org::PARTY_ORGANS.contains(&name) || matches!(name, "组委会" | "筹委会")
}

/// Is `o` a whole school, headed by a 校长 (青山大学, 青山第一中学; not a college, 学院)?
fn is_school(o: &Org<'_>) -> bool {
    o.kind == OrgKind::School && ["大学", "中学", "小学", "学校"].iter().any(|e| o.name.ends_with(e))
}

/// A school's own body written with 校 for the school's name (校党委, 校纪委) is named in
/// full after it (青山大学党委).
fn name_after_school<'t>(o: &mut Org<'t>, school: &Org<'t>) {
    // Its colleges too (校人工智能学院: the university's 人工智能学院).
    let college = |rest: &str| ["学院", "系", "研究院", "研究所"].iter().any(|e| rest.ends_with(e));
    // (Not a word 校 starts: 校友总会 is the alumni's association, no 友总会 of the school.)
    if let Some(rest) = o.name.strip_prefix('校')
        && !rest.starts_with(['友', '园', '庆', '史', '风', '训', '歌', '徽'])
        && ((o.kind != OrgKind::School && (1..=3).contains(&rest.chars().count())) || college(rest))
    {
        // (Its party organ is the school's: 校党委书记 is 党委书记 of the school.)
        if crate::recognize::org::BODY_ORGANS.contains(&rest) {
            o.parent = Some(Box::new(school.clone()));
        }
        o.name = Cow::Owned(format!("{}{rest}", school.name));
    }
}

/// Does `text`, after a court's name, go on with the kind of the document: 刑事判决书, or a
/// heading spaced out over its line (刑 事 判 决 书)?
fn is_judgment_heading(text: &str) -> bool {
    let heading: String = text.chars().filter(|c| !c.is_whitespace()).take(16).collect();
    ["判决书", "裁定书", "调解书"].iter().any(|k| heading.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn a_determiner_and_a_head_stand_for_a_body_a_name_starting_so_does_not() {
        assert!(determiner_and_head("该庭"));
        assert!(determiner_and_head("本公司"));
        assert!(!determiner_and_head("本田"));
        assert!(!determiner_and_head("该"));
        assert!(!determiner_and_head("民事审判第二庭"));
    }

    #[test]
    fn every_head_ends_in_a_head_last_char() {
        for h in SHORT_HEADS {
            assert!(h.ends_with(HEAD_LAST_CHARS), "{h}");
        }
    }

    /// The look at the first character before the dateline's reader drops no dateline.
    #[test]
    fn a_dateline_is_read_as_its_reader_reads_it() {
        for text in [
            "本报讯（记者甲）",
            "本网讯 ",
            "本台讯",
            "新华社北京12月1日电",
            "中新社北京1月2日电",
            "中新网1月2日讯",
            "本报青山12月1日电",
            "本报记者",
            "新华网",
            "北京12月1日电",
            "",
        ] {
            assert_eq!(dateline(text), dateline_len(text), "{text}");
        }
    }

    fn org(name: &str) -> Org<'static> {
        Org {
            text: Cow::Owned(name.to_string()),
            span: Span::new(0, 0),
            name: Cow::Owned(name.to_string()),
            kind: OrgKind::Government,
            parent: None,
        }
    }

    #[test]
    fn a_body_named_again_by_its_end_takes_the_full_name() {
        let earlier = [org("青山市公安局东湖分局"), org("欣闻青山乐团")];
        let mut unit = org("东湖分局刑侦大队");
        name_after_earlier(&mut unit, &earlier);
        assert_eq!(unit.name, "青山市公安局东湖分局刑侦大队");
        // What an overlong reading took in stays out (欣闻 is no body or place).
        let mut band = org("青山乐团演出队");
        name_after_earlier(&mut band, &earlier);
        assert_eq!(band.name, "青山乐团演出队");
    }
}
