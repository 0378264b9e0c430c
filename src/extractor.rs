//! The public entry point: [`Extractor`] and its [`ExtractorBuilder`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use crate::dictionary::{self, EntryTable, Source, parse, tag};
use crate::normalize::traditional::Simplifier;
use crate::numbers::NumberModel;
use crate::pipeline::Model;
use crate::recognize::org::OrgModel;
use crate::recognize::person::PersonModel;
use crate::recognize::role::Descriptors;
use crate::{Error, Extraction, OrgKind};

/// Reads persons, titles, organisations, their relations, numbers and dates from Chinese text.
///
/// An `Extractor` is immutable once built: `Send + Sync`, and cloning it only
/// bumps a reference count, so build one and share it across threads.
/// [`Extractor::new`] uses the embedded dictionaries; the first call in a process
/// compiles them (16 ms); the first extraction loads jieba-rs's dictionary (about
/// 110–140 ms, once per process) — later calls are free.
///
/// ```
/// use zh_extract::Extractor;
/// let ex = Extractor::new();
/// let found = ex.extract("青山大学副校长韩雪梅出席会议。");
/// let t = &found.triples[0];
/// assert_eq!((&*t.person.text, &*t.role.text), ("韩雪梅", "副校长"));
/// assert_eq!(t.org.as_ref().map(|o| &*o.text), Some("青山大学"));
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    model: Arc<Model>,
}

static DEFAULT: LazyLock<Arc<Model>> = LazyLock::new(|| {
    Arc::new(
        ExtractorBuilder::default()
            .compile()
            .expect("the embedded dictionaries compile (checked by the test suite)"),
    )
});

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the embedded dictionaries.
    pub fn new() -> Extractor {
        Extractor {
            model: Arc::clone(&DEFAULT),
        }
    }

    /// A builder to add titles, organisations, persons and dictionary files.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts everything from one document. Never panics; any `&str` is valid input.
    pub fn extract<'t>(&self, text: &'t str) -> Extraction<'t> {
        self.model.extract(text)
    }

    /// Extracts many documents on all cores; results are in input order.
    ///
    /// Uses as many threads as [`std::thread::available_parallelism`] reports; see
    /// [`extract_batch_with_threads`](Self::extract_batch_with_threads).
    pub fn extract_batch<'t, S: AsRef<str> + Sync>(&self, docs: &'t [S]) -> Vec<Extraction<'t>> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        self.extract_batch_with_threads(docs, threads)
    }

    /// Extracts many documents on `threads` threads (at least one); results are in input order
    /// and identical whatever the thread count.
    ///
    /// Threads are std's scoped threads taking documents one at a time from a shared
    /// counter, so a long document does not hold up a whole slice of the batch; a
    /// work-stealing pool (rayon) would add a dependency for no gain at this grain.
    ///
    /// ```
    /// use zh_extract::Extractor;
    /// let ex = Extractor::new();
    /// let docs = ["记者 林晓峰", "约800立方米"];
    /// let out = ex.extract_batch_with_threads(&docs, 2);
    /// assert_eq!(out.len(), 2);
    /// assert_eq!(out[0].persons[0].text, "林晓峰");
    /// ```
    pub fn extract_batch_with_threads<'t, S: AsRef<str> + Sync>(
        &self,
        docs: &'t [S],
        threads: usize,
    ) -> Vec<Extraction<'t>> {
        let threads = threads.clamp(1, docs.len().max(1));
        if threads == 1 {
            return docs.iter().map(|d| self.extract(d.as_ref())).collect();
        }
        let next = AtomicUsize::new(0);
        let slots: Vec<Mutex<Option<Extraction<'t>>>> = docs.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(doc) = docs.get(i) else { break };
                        let found = self.extract(doc.as_ref());
                        *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(found);
                    }
                });
            }
        });
        slots
            .into_iter()
            .map(|s| s.into_inner().unwrap_or_else(|e| e.into_inner()).unwrap_or_default())
            .collect()
    }
}

/// Builds an [`Extractor`] with entries added to the embedded dictionaries.
///
/// Methods record additions; [`build`](Self::build) checks and compiles them and
/// reports the first problem (an invalid entry, or a dictionary line that cannot
/// be read, with its source and line number).
///
/// ```
/// use zh_extract::{Extractor, OrgKind};
/// let ex = Extractor::builder()
///     .add_title("首席科学家")
///     .add_org("洛川晚报", OrgKind::Media)
///     .add_person("宋宝林")
///     .build()
///     .unwrap();
/// let found = ex.extract("洛川晚报首席科学家宋宝林");
/// assert_eq!(found.triples[0].role.text, "首席科学家");
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    sources: Vec<Pending>,
    entries: Vec<(&'static str, String, u16, OrgKind, Option<String>)>,
}

/// A dictionary given to the builder: its text, or a file read when the extractor is built.
#[derive(Clone, Debug)]
enum Pending {
    Text(Source),
    File(PathBuf),
}

impl ExtractorBuilder {
    fn entry(&mut self, what: &'static str, word: &str, tags: u16, kind: OrgKind, full: Option<&str>) -> &mut Self {
        self.entries
            .push((what, word.to_string(), tags, kind, full.map(str::to_string)));
        self
    }

    /// Adds a core title (首席科学家). Modifiers before it (副, 常务 ...) are read as usual.
    pub fn add_title(&mut self, title: &str) -> &mut Self {
        self.entry("title", title, tag::TITLE, OrgKind::Other, None)
    }

    /// Adds a known organisation of the given kind.
    pub fn add_org(&mut self, name: &str, kind: OrgKind) -> &mut Self {
        self.entry("organisation", name, tag::ORG, kind, None)
    }

    /// Adds an abbreviation of an organisation (郑大 → 郑州大学).
    pub fn add_org_alias(&mut self, alias: &str, full_name: &str, kind: OrgKind) -> &mut Self {
        self.entry("organisation alias", alias, tag::ORG, kind, Some(full_name))
    }

    /// Adds a known person name, always read as a name.
    pub fn add_person(&mut self, name: &str) -> &mut Self {
        self.entry("person", name, tag::PERSON, OrgKind::Other, None)
    }

    /// Adds a place name that may start an organisation's name.
    pub fn add_place(&mut self, place: &str) -> &mut Self {
        self.entry("place", place, tag::PLACE, OrgKind::Other, None)
    }

    /// Adds a dictionary in the typed line format (`<entry> <type> [attrs]`, see the
    /// crate docs); `source_name` names it in error messages.
    pub fn add_dictionary(&mut self, source_name: &str, text: &str) -> &mut Self {
        self.sources.push(Pending::Text(Source {
            name: source_name.to_string(),
            text: text.to_string(),
        }));
        self
    }

    /// Adds a dictionary file in the typed line format, read by [`build`](Self::build):
    /// a file that cannot be read, or is not UTF-8, makes it fail.
    pub fn add_dictionary_file(&mut self, path: impl AsRef<Path>) -> &mut Self {
        self.sources.push(Pending::File(path.as_ref().to_path_buf()));
        self
    }

    /// Checks and compiles the additions.
    pub fn build(&self) -> Result<Extractor, Error> {
        if self.sources.is_empty() && self.entries.is_empty() {
            return Ok(Extractor::new());
        }
        Ok(Extractor {
            model: Arc::new(self.compile()?),
        })
    }

    fn compile(&self) -> Result<Model, Error> {
        let sources = self
            .sources
            .iter()
            .map(|p| match p {
                Pending::Text(s) => Ok(s.clone()),
                Pending::File(path) => dictionary::read_file(path),
            })
            .collect::<Result<Vec<_>, Error>>()?;
        let mut table = EntryTable::default();
        for (what, word, tags, kind, full) in &self.entries {
            parse::check_entry(what, word)?;
            let e = table.add(word, *tags);
            if *tags & tag::ORG != 0 {
                e.org_kind = *kind;
                e.full_name = full.as_deref().map(Into::into);
            }
        }
        Ok(Model {
            lexicon: dictionary::compile_lexicon(&sources, &table)?,
            persons: PersonModel::embedded()?,
            orgs: OrgModel::embedded()?,
            numbers: NumberModel::embedded()?,
            simplifier: Simplifier::embedded()?,
            descriptors: Descriptors::embedded()?,
        })
    }
}
