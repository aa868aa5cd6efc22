//! The sources as the architecture rules see them: every file parsed with `syn`, every path in it (in `use` trees,
//! types, expressions, attributes and macro bodies) resolved to what it names — a module of the app, of the core, an
//! outside crate — with `crate::`/`self::`/`super::`, groups, aliases (`use x as y`, `extern crate x as y`) and glob
//! imports of the file's own modules followed. Code under `#[cfg(test)]`, `#[test]` and `#[wasm_bindgen_test]` is
//! marked as test code item by item.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

/// The layers, lowest first; a file may name only its own layer and those below it.
pub const LAYERS: [&str; 6] = ["domain", "i18n", "state", "components", "pages", "app"];
pub const DOMAIN: usize = 0;
pub const I18N: usize = 1;
pub const STATE: usize = 2;
pub const COMPONENTS: usize = 3;
pub const PAGES: usize = 4;
pub const APP: usize = 5;

/// Where the app's and the core's sources and manifests are, relative to the repository.
pub const APP_SOURCES: &str = "src/";
pub const CORE_SOURCES: &str = "crates/core/src/";
pub const APP_MANIFEST: &str = "Cargo.toml";
pub const CORE_MANIFEST: &str = "crates/core/Cargo.toml";

/// Crates that tie code to the browser or the UI framework (package names). Every dependency of the app must be in
/// this list, in [`PURE_CRATES`] or in [`TOOL_CRATES`], so a new crate cannot slip past the rules unclassified.
pub const BROWSER_CRATES: [&str; 12] = [
    "leptos",
    // Leptos' renderer; the app names it only to render the start page to HTML natively (`app::first_visit_html`).
    "tachys",
    "any_spawner",
    "wasm-bindgen",
    "wasm-bindgen-futures",
    "wasm-bindgen-test",
    "web-sys",
    "js-sys",
    "gloo",
    "gloo-storage",
    "gloo-utils",
    "console_error_panic_hook",
];
/// Crates with no browser in them, which the core may use in shipped code.
pub const PURE_CRATES: [&str; 2] = ["serde", "serde_json"];
/// The app's own core, and crates only tests and tools use.
pub const TOOL_CRATES: [&str; 6] = ["arbeitgeber-check-core", "proptest", "syn", "proc-macro2", "quote", "toml"];

/// The crate a file belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Krate {
    /// The app's library (`src/lib.rs` and its modules).
    App,
    /// The app's binary (`src/main.rs`), which uses the library as `arbeitgeber_check`.
    Bin,
    /// The pure core (`crates/core/src`), seen in the app as `crate::domain`.
    Core,
}

/// What a path names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Something in the file's own crate, by its absolute module path (without `crate`).
    Crate(Vec<String>),
    /// Something in another crate (normalised name, `-` as `_`), with the rest of the path.
    Extern(String, Vec<String>),
    /// The standard library.
    Std,
    /// A local name (a variable, a type or function of this module, a prelude name, a generic).
    Local,
    /// A path that leaves the crate (`super::` above its root).
    Outside,
}

/// One thing a rule may look at, where it is, and whether it is test code.
#[derive(Clone, Debug)]
pub struct Fact {
    pub line: usize,
    pub test: bool,
    pub kind: Kind,
}

#[derive(Clone, Debug)]
pub enum Kind {
    /// A path as written and what it names; `use` entries are paths too.
    Path { written: String, target: Target },
    /// A method call `.name(…)`.
    Method(String),
    /// An identifier inside a macro body (e.g. `prop:innerHTML` in `view!`).
    Ident(String),
    /// A string literal, with the names of the macros it is inside, innermost last.
    Str { value: String, macros: Vec<String> },
    /// `base[index]`: the base's last identifier and whether the index is a cast to `usize`.
    Index { base: Option<String>, usize_cast: bool },
    /// A function or method, whether it returns a view, and its length in lines (signature to closing brace).
    Fn { name: String, view: bool, lines: usize },
    /// A call of `js_sys::Reflect::…`: the property key if it is a string literal.
    Reflect { key: Option<String> },
    /// `#[path = …]` on a module: a file outside the layout the layers are read from.
    PathAttribute,
}

/// A dependency named in a manifest.
#[derive(Clone, Debug)]
pub struct Dependency {
    /// The name code uses (`web_sys`).
    pub name: String,
    /// The package (`web-sys`).
    pub package: String,
    /// Whether only tests use it (`dev-dependencies`).
    pub dev: bool,
}

/// One source file.
#[derive(Clone, Debug)]
pub struct File {
    pub path: String,
    pub krate: Krate,
    /// The module the file is, without `crate` (`["components", "score"]`).
    pub module: Vec<String>,
    /// Its layer, `None` if it belongs to none.
    pub layer: Option<usize>,
    pub facts: Vec<Fact>,
    /// Modules the file declares at its top (`mod x;`), for the crate roots.
    pub declared_modules: Vec<(usize, String)>,
    /// Macros the file exports at the crate root (`#[macro_export]`).
    pub exported_macros: Vec<String>,
    /// The names the file's top module binds with `use` (`pub use … as domain`), with what they name.
    pub top_bindings: Vec<(String, Target)>,
    /// Why the file could not be parsed.
    pub error: Option<String>,
}

/// Every source file of the app and the core, with both manifests.
pub struct Repo {
    pub files: Vec<File>,
    pub app_dependencies: Vec<Dependency>,
    pub core_dependencies: Vec<Dependency>,
    /// The app library's top-level names (`state`, `domain`, `App`, exported macros) and their layers.
    pub app_roots: BTreeMap<String, usize>,
    /// The core's top-level modules and macros.
    pub core_roots: BTreeSet<String>,
    /// Every file's text, so that a repository with a few files changed parses only those.
    texts: BTreeMap<String, String>,
}

/// A source file to add or change before the rules run (the fixtures of known bypasses).
pub struct Overlay {
    pub path: String,
    pub text: String,
    /// Added to the end of the real file instead of replacing it.
    pub append: bool,
}

impl Repo {
    /// Reads the repository at `root`, with `overlays` applied; files whose text `base` has already parsed are taken
    /// from it.
    pub fn load(root: &Path, overlays: &[Overlay], base: Option<&Repo>) -> Repo {
        let mut texts: BTreeMap<String, String> = BTreeMap::new();
        for dir in [APP_SOURCES, CORE_SOURCES] {
            for path in rust_files(&root.join(dir)) {
                let relative = path.strip_prefix(root).expect("under the root").to_string_lossy().replace('\\', "/");
                texts.insert(relative, fs::read_to_string(&path).expect("readable source"));
            }
        }
        for overlay in overlays {
            let text = texts.entry(overlay.path.clone()).or_default();
            if overlay.append {
                text.push('\n');
                text.push_str(&overlay.text);
            } else {
                *text = overlay.text.clone();
            }
        }
        let app_dependencies = dependencies(&fs::read_to_string(root.join(APP_MANIFEST)).expect("app manifest"));
        let core_dependencies = dependencies(&fs::read_to_string(root.join(CORE_MANIFEST)).expect("core manifest"));
        let known: BTreeSet<String> = app_dependencies
            .iter()
            .chain(&core_dependencies)
            .map(|dependency| dependency.name.clone())
            .chain(BROWSER_CRATES.iter().map(|name| name.replace('-', "_")))
            .chain(["arbeitgeber_check".to_string()])
            .collect();
        let parsed = |path: &String, text: &String| {
            let base = base.filter(|base| base.texts.get(path) == Some(text));
            base.and_then(|base| base.files.iter().find(|file| &file.path == path)).cloned()
        };
        let files: Vec<File> = texts
            .iter()
            .map(|(path, text)| parsed(path, text).unwrap_or_else(|| parse_file(path, text, &known)))
            .collect();
        let mut app_roots = BTreeMap::new();
        let mut core_roots = BTreeSet::new();
        for file in &files {
            match (file.krate, file.module.is_empty()) {
                (Krate::App, true) => {
                    for (_, name) in &file.declared_modules {
                        if let Some(layer) = LAYERS.iter().position(|layer| layer == name) {
                            app_roots.insert(name.clone(), layer);
                        }
                    }
                    for (name, target) in &file.top_bindings {
                        let layer = match target {
                            Target::Extern(krate, _) if krate == "arbeitgeber_check_core" => Some(DOMAIN),
                            Target::Crate(path) => {
                                path.first().and_then(|first| LAYERS.iter().position(|layer| layer == first))
                            }
                            _ => None,
                        };
                        if let Some(layer) = layer {
                            app_roots.insert(name.clone(), layer);
                        }
                    }
                }
                (Krate::Core, true) => core_roots.extend(file.declared_modules.iter().map(|(_, name)| name.clone())),
                _ => {}
            }
        }
        for file in &files {
            match (file.krate, file.layer) {
                (Krate::App, Some(layer)) => {
                    app_roots.extend(file.exported_macros.iter().map(|name| (name.clone(), layer)));
                }
                (Krate::Core, _) => core_roots.extend(file.exported_macros.iter().cloned()),
                _ => {}
            }
        }
        Repo { files, app_dependencies, core_dependencies, app_roots, core_roots, texts }
    }

    /// The layer `target` (named in `file`) is in: `Ok(None)` for what is no part of the app (std, outside crates,
    /// local names), `Err` for a path into the crate that names no layer.
    pub fn layer_of(&self, file: &File, target: &Target) -> Result<Option<usize>, String> {
        match (file.krate, target) {
            (_, Target::Extern(krate, _)) if krate == "arbeitgeber_check_core" => Ok(Some(DOMAIN)),
            (Krate::App, Target::Crate(path)) => self.app_layer(path),
            (Krate::Bin, Target::Extern(krate, path)) if krate == "arbeitgeber_check" => self.app_layer(path),
            (Krate::Core, Target::Crate(path)) => match path.first() {
                None => Ok(Some(DOMAIN)),
                Some(first) if self.core_roots.contains(first) => Ok(Some(DOMAIN)),
                Some(first) => Err(format!("crate::{first}, which the core does not have (a layer above it?)")),
            },
            (_, Target::Outside) => Err("a module above the crate's root".into()),
            _ => Ok(None),
        }
    }

    fn app_layer(&self, path: &[String]) -> Result<Option<usize>, String> {
        match path.first() {
            None => Ok(None),
            Some(first) => match self.app_roots.get(first) {
                Some(layer) => Ok(Some(*layer)),
                None => Err(format!("crate::{first}, which is no layer")),
            },
        }
    }

    /// The module paths of a crate's files.
    pub fn module_paths(&self, krate: Krate) -> BTreeSet<Vec<String>> {
        self.files.iter().filter(|file| file.krate == krate).map(|file| file.module.clone()).collect()
    }
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every dependency of a manifest, in any table (normal, dev, build, per target).
pub fn dependencies(manifest: &str) -> Vec<Dependency> {
    let table: toml::Table = manifest.parse().expect("a valid manifest");
    let mut tables = vec![&table];
    if let Some(toml::Value::Table(targets)) = table.get("target") {
        tables.extend(targets.values().filter_map(toml::Value::as_table));
    }
    let mut out = Vec::new();
    for table in tables {
        for (section, dev) in [("dependencies", false), ("build-dependencies", false), ("dev-dependencies", true)] {
            let Some(toml::Value::Table(entries)) = table.get(section) else { continue };
            for (key, value) in entries {
                let package = value.get("package").and_then(toml::Value::as_str).unwrap_or(key).to_string();
                out.push(Dependency { name: key.replace('-', "_"), package, dev });
            }
        }
    }
    out
}

/// The crate, module and layer of a file, from where it is.
fn place(path: &str) -> (Krate, Vec<String>, Option<usize>) {
    let (krate, rest) = if let Some(rest) = path.strip_prefix(CORE_SOURCES) {
        (Krate::Core, rest)
    } else if path == "src/main.rs" {
        (Krate::Bin, "main.rs")
    } else {
        (Krate::App, path.strip_prefix(APP_SOURCES).unwrap_or(path))
    };
    let mut module: Vec<String> = rest.trim_end_matches(".rs").split('/').map(str::to_string).collect();
    if module.last().is_some_and(|last| last == "mod") || (module.len() == 1 && ["lib", "main"].contains(&&*module[0]))
    {
        module.pop();
    }
    let layer = match krate {
        Krate::Core => Some(DOMAIN),
        Krate::Bin => Some(APP),
        Krate::App if module.is_empty() => Some(APP),
        // `domain` is the core's; a file `src/domain/…` would be a second, unchecked one.
        Krate::App => LAYERS[1..].iter().position(|layer| *layer == module[0]).map(|index| index + 1),
    };
    (krate, module, layer)
}

/// A path before it is resolved.
struct RawPath {
    module: Vec<String>,
    segments: Vec<String>,
    leading_colon: bool,
    /// From a `use` (where the first segment may be a crate the code does not otherwise name).
    in_use: bool,
    line: usize,
    test: bool,
    /// Set for a call of this path: the literal second argument, if any (for `Reflect::get(&object, "key")`).
    call_key: Option<Option<String>>,
}

/// The names a module brings into scope.
#[derive(Default)]
struct Scope {
    /// `use` bindings: name → the written path (resolved from this module).
    bindings: BTreeMap<String, (Vec<String>, bool)>,
    /// Modules this one imports with a glob, by the written path.
    globs: Vec<(Vec<String>, bool)>,
    /// Modules declared here (`mod x;`, `mod x { … }`).
    modules: BTreeSet<String>,
    /// Items defined here (types, functions, constants, macros).
    items: BTreeSet<String>,
}

struct Collector {
    module: Vec<String>,
    test_depth: usize,
    paths: Vec<RawPath>,
    facts: Vec<Fact>,
    scopes: BTreeMap<Vec<String>, Scope>,
    declared_modules: Vec<(usize, String)>,
    exported_macros: Vec<String>,
}

fn line_of(span: proc_macro2::Span) -> usize {
    span.start().line
}

/// Whether an attribute makes its item test code.
fn is_test_attribute(attribute: &syn::Attribute) -> bool {
    let path = attribute.path();
    let last = path.segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default();
    if last == "test" || last == "wasm_bindgen_test" {
        return true;
    }
    if path.is_ident("cfg")
        && let syn::Meta::List(list) = &attribute.meta
    {
        let text = list.tokens.to_string();
        return text.split(|c: char| !c.is_alphanumeric() && c != '_').any(|word| word == "test")
            && !text.contains("not");
    }
    false
}

fn item_attributes(item: &syn::Item) -> &[syn::Attribute] {
    use syn::Item::*;
    match item {
        Const(item) => &item.attrs,
        Enum(item) => &item.attrs,
        ExternCrate(item) => &item.attrs,
        Fn(item) => &item.attrs,
        ForeignMod(item) => &item.attrs,
        Impl(item) => &item.attrs,
        Macro(item) => &item.attrs,
        Mod(item) => &item.attrs,
        Static(item) => &item.attrs,
        Struct(item) => &item.attrs,
        Trait(item) => &item.attrs,
        TraitAlias(item) => &item.attrs,
        Type(item) => &item.attrs,
        Union(item) => &item.attrs,
        Use(item) => &item.attrs,
        _ => &[],
    }
}

/// The names a view function may return.
const VIEW_TYPES: [&str; 9] =
    ["IntoView", "AnyView", "View", "ViewFn", "IntoAny", "Fragment", "HtmlElement", "IntoRender", "RenderHtml"];

fn returns_view(output: &syn::ReturnType) -> bool {
    let syn::ReturnType::Type(_, ty) = output else { return false };
    fn walk(stream: TokenStream) -> bool {
        stream.into_iter().any(|tree| match tree {
            TokenTree::Ident(ident) => VIEW_TYPES.contains(&ident.to_string().as_str()),
            TokenTree::Group(group) => walk(group.stream()),
            _ => false,
        })
    }
    walk(quote::ToTokens::to_token_stream(ty))
}

/// The string a key expression spells out: `"key"`, `&"key".into()`, `JsValue::from_str("key")`.
fn literal_of(expr: &syn::Expr) -> Option<String> {
    match expr {
        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(lit), .. }) => Some(lit.value()),
        syn::Expr::Reference(reference) => literal_of(&reference.expr),
        syn::Expr::Paren(paren) => literal_of(&paren.expr),
        syn::Expr::MethodCall(call) if ["into", "to_owned", "to_string"].contains(&&*call.method.to_string()) => {
            literal_of(&call.receiver)
        }
        syn::Expr::Call(call) if call.args.len() == 1 => literal_of(&call.args[0]),
        _ => None,
    }
}

fn path_segments(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|segment| segment.ident.to_string()).collect()
}

impl Collector {
    fn test(&self) -> bool {
        self.test_depth > 0
    }

    fn fact(&mut self, line: usize, kind: Kind) {
        self.facts.push(Fact { line, test: self.test(), kind });
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes.entry(self.module.clone()).or_default()
    }

    fn path(&mut self, segments: Vec<String>, leading_colon: bool, in_use: bool, line: usize) {
        let (module, test) = (self.module.clone(), self.test());
        self.paths.push(RawPath { module, segments, leading_colon, in_use, line, test, call_key: None });
    }

    /// A `use` tree, flattened: each leaf is a path, and binds a name unless it is a glob or `_`.
    fn use_tree(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>, leading_colon: bool) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(&path.tree, prefix, leading_colon);
            }
            syn::UseTree::Name(name) => {
                let ident = name.ident.to_string();
                let binding = if ident == "self" { prefix.last().cloned() } else { Some(ident.clone()) };
                if ident != "self" {
                    prefix.push(ident);
                }
                self.path(prefix.clone(), leading_colon, true, line_of(name.ident.span()));
                if let Some(binding) = binding {
                    self.scope().bindings.insert(binding, (prefix, leading_colon));
                }
            }
            syn::UseTree::Rename(rename) => {
                prefix.push(rename.ident.to_string());
                self.path(prefix.clone(), leading_colon, true, line_of(rename.ident.span()));
                let binding = rename.rename.to_string();
                if binding != "_" {
                    self.scope().bindings.insert(binding, (prefix, leading_colon));
                }
            }
            syn::UseTree::Glob(glob) => {
                self.path(prefix.clone(), leading_colon, true, line_of(glob.star_token.span));
                self.scope().globs.push((prefix, leading_colon));
            }
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(tree, prefix.clone(), leading_colon);
                }
            }
        }
    }

    /// A macro's body, read as tokens: paths (`a::b`, `::a`, `$crate::a`), method calls, identifiers, string
    /// literals, indexing, and the macros inside it.
    fn tokens(&mut self, stream: TokenStream, macros: &mut Vec<String>) {
        let trees: Vec<TokenTree> = stream.into_iter().collect();
        let mut index = 0;
        while index < trees.len() {
            let tree = &trees[index];
            let is_colons = |at: usize| {
                matches!((trees.get(at), trees.get(at + 1)), (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':')
            };
            match tree {
                TokenTree::Ident(ident) => {
                    let line = line_of(ident.span());
                    let name = ident.to_string();
                    self.fact(line, Kind::Ident(name.clone()));
                    let after_dot = index > 0
                        && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '.')
                        && !(index > 1 && matches!(&trees[index - 2], TokenTree::Punct(p) if p.as_char() == '.'));
                    if after_dot {
                        self.fact(line, Kind::Method(name));
                        index += 1;
                        continue;
                    }
                    // A path: this identifier and every `:: ident` after it. `::` after an identifier, a group or
                    // generics (`Vec::<u8>::new`) continues a path; at the start it names a crate (`::leptos`).
                    let after_colons = index >= 2 && is_colons(index - 2);
                    let continues_path = after_colons
                        && index >= 3
                        && match &trees[index - 3] {
                            TokenTree::Ident(_) | TokenTree::Group(_) => true,
                            TokenTree::Punct(p) => p.as_char() == '>',
                            TokenTree::Literal(_) => false,
                        };
                    let leading_colon = after_colons && !continues_path;
                    let dollar = index >= 1 && matches!(&trees[index - 1], TokenTree::Punct(p) if p.as_char() == '$');
                    let mut segments = vec![if dollar && name == "crate" { "crate".to_string() } else { name }];
                    let mut next = index + 1;
                    while is_colons(next) {
                        match trees.get(next + 2) {
                            Some(TokenTree::Ident(ident)) => {
                                segments.push(ident.to_string());
                                self.fact(line, Kind::Ident(ident.to_string()));
                                next += 3;
                            }
                            _ => break,
                        }
                    }
                    if !continues_path && (segments.len() > 1 || leading_colon) {
                        let is_reflect = segments.iter().any(|segment| segment == "Reflect");
                        self.path(segments.clone(), leading_colon, false, line);
                        if is_reflect && let Some(raw) = self.paths.last_mut() {
                            // A call inside a macro: its key is not read, so it counts as computed.
                            raw.call_key = Some(None);
                        }
                    }
                    // A macro inside: `name!(…)`.
                    if let (Some(TokenTree::Punct(bang)), Some(TokenTree::Group(group))) =
                        (trees.get(next), trees.get(next + 1))
                        && bang.as_char() == '!'
                    {
                        macros.push(segments.last().cloned().unwrap_or_default());
                        self.tokens(group.stream(), macros);
                        macros.pop();
                        index = next + 2;
                        continue;
                    }
                    if let Some(TokenTree::Group(group)) = trees.get(next)
                        && group.delimiter() == Delimiter::Bracket
                        && next == index + 1
                    {
                        let base = segments.last().cloned();
                        let cast = group.stream().to_string().replace(' ', "").ends_with("asusize");
                        self.fact(line, Kind::Index { base, usize_cast: cast });
                    }
                    index = next;
                    continue;
                }
                TokenTree::Literal(literal) => {
                    if let Ok(lit) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        self.fact(line_of(literal.span()), Kind::Str { value: lit.value(), macros: macros.clone() });
                    }
                }
                TokenTree::Group(group) => {
                    if group.delimiter() == Delimiter::Bracket {
                        let cast = group.stream().to_string().replace(' ', "").ends_with("asusize");
                        if cast {
                            self.fact(line_of(group.span()), Kind::Index { base: None, usize_cast: true });
                        }
                    }
                    self.tokens(group.stream(), macros);
                }
                TokenTree::Punct(_) => {}
            }
            index += 1;
        }
    }
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let test = item_attributes(item).iter().any(is_test_attribute);
        self.test_depth += usize::from(test);
        let name = match item {
            syn::Item::Const(item) => Some(&item.ident),
            syn::Item::Enum(item) => Some(&item.ident),
            syn::Item::Fn(item) => Some(&item.sig.ident),
            syn::Item::Static(item) => Some(&item.ident),
            syn::Item::Struct(item) => Some(&item.ident),
            syn::Item::Trait(item) => Some(&item.ident),
            syn::Item::Type(item) => Some(&item.ident),
            syn::Item::Union(item) => Some(&item.ident),
            syn::Item::Macro(item) => item.ident.as_ref(),
            _ => None,
        };
        if let Some(name) = name {
            let name = name.to_string();
            self.scope().items.insert(name);
        }
        visit::visit_item(self, item);
        self.test_depth -= usize::from(test);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let name = item.ident.to_string();
        self.scope().modules.insert(name.clone());
        if item.attrs.iter().any(|attribute| attribute.path().is_ident("path")) {
            self.fact(line_of(item.ident.span()), Kind::PathAttribute);
        }
        if item.content.is_none() {
            self.declared_modules.push((line_of(item.ident.span()), name.clone()));
        }
        self.module.push(name);
        for attribute in &item.attrs {
            self.visit_attribute(attribute);
        }
        if let Some((_, items)) = &item.content {
            for item in items {
                self.visit_item(item);
            }
        }
        self.module.pop();
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&item.tree, Vec::new(), item.leading_colon.is_some());
    }

    fn visit_item_extern_crate(&mut self, item: &'ast syn::ItemExternCrate) {
        let name = item.ident.to_string();
        let line = line_of(item.ident.span());
        self.path(vec![name.clone()], true, true, line);
        let binding = item.rename.as_ref().map_or(name.clone(), |(_, rename)| rename.to_string());
        self.scope().bindings.insert(binding, (vec![name], true));
    }

    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if let Some(name) = &item.ident
            && item.attrs.iter().any(|attribute| attribute.path().is_ident("macro_export"))
        {
            self.exported_macros.push(name.to_string());
        }
        visit::visit_item_macro(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        let test = item.attrs.iter().any(is_test_attribute);
        self.test_depth += usize::from(test);
        self.function(&item.sig, &item.vis, &item.block);
        visit::visit_impl_item_fn(self, item);
        self.test_depth -= usize::from(test);
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.function(&item.sig, &item.vis, &item.block);
        visit::visit_item_fn(self, item);
    }

    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        if let Some(block) = &item.default {
            self.function(&item.sig, &syn::Visibility::Inherited, block);
        }
        visit::visit_trait_item_fn(self, item);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let line = line_of(path.span());
        self.path(path_segments(path), path.leading_colon.is_some(), false, line);
        visit::visit_path(self, path);
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        visit::visit_expr_call(self, call);
        if let syn::Expr::Path(function) = &*call.func {
            let key = call.args.iter().nth(1).and_then(literal_of);
            // The function's path was recorded last but one level down; find it by its position.
            let line = line_of(function.path.span());
            let segments = path_segments(&function.path);
            if let Some(raw) = self.paths.iter_mut().rev().find(|raw| raw.line == line && raw.segments == segments) {
                raw.call_key = Some(key);
            }
        }
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.fact(line_of(call.method.span()), Kind::Method(call.method.to_string()));
        visit::visit_expr_method_call(self, call);
    }

    fn visit_expr_index(&mut self, index: &'ast syn::ExprIndex) {
        let base = match &*index.expr {
            syn::Expr::Path(path) => path.path.segments.last().map(|segment| segment.ident.to_string()),
            syn::Expr::Field(field) => match &field.member {
                syn::Member::Named(name) => Some(name.to_string()),
                syn::Member::Unnamed(_) => None,
            },
            _ => None,
        };
        let usize_cast = matches!(&*index.index, syn::Expr::Cast(cast)
            if quote::ToTokens::to_token_stream(&cast.ty).to_string() == "usize");
        self.fact(line_of(index.bracket_token.span.open()), Kind::Index { base, usize_cast });
        visit::visit_expr_index(self, index);
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.fact(line_of(lit.span()), Kind::Str { value: lit.value(), macros: Vec::new() });
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        let name = mac.path.segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default();
        self.tokens(mac.tokens.clone(), &mut vec![name]);
    }

    fn visit_attribute(&mut self, attribute: &'ast syn::Attribute) {
        self.visit_path(attribute.path());
        if let syn::Meta::List(list) = &attribute.meta {
            let name = attribute.path().segments.last().map(|segment| segment.ident.to_string()).unwrap_or_default();
            self.tokens(list.tokens.clone(), &mut vec![name]);
        }
    }
}

impl Collector {
    fn function(&mut self, sig: &syn::Signature, vis: &syn::Visibility, block: &syn::Block) {
        let start = match vis {
            syn::Visibility::Inherited => line_of(sig.span()),
            vis => line_of(vis.span()),
        };
        let end = block.brace_token.span.close().start().line;
        let kind = Kind::Fn { name: sig.ident.to_string(), view: returns_view(&sig.output), lines: end + 1 - start };
        self.fact(start, kind);
    }
}

/// Resolves paths against the scopes of one file.
struct Resolver<'a> {
    scopes: &'a BTreeMap<Vec<String>, Scope>,
    known_crates: &'a BTreeSet<String>,
}

impl Resolver<'_> {
    fn resolve(
        &self,
        module: &[String],
        segments: &[String],
        leading_colon: bool,
        in_use: bool,
        depth: usize,
    ) -> Target {
        let Some(first) = segments.first() else { return Target::Local };
        let rest = || segments[1..].to_vec();
        if depth > 8 {
            return Target::Local;
        }
        if leading_colon {
            return extern_or_std(first, rest());
        }
        match first.as_str() {
            "crate" => return Target::Crate(rest()),
            "self" => return Target::Crate([module, &segments[1..]].concat()),
            "super" => {
                let ups = segments.iter().take_while(|segment| *segment == "super").count();
                if ups > module.len() {
                    return Target::Outside;
                }
                return Target::Crate([&module[..module.len() - ups], &segments[ups..]].concat());
            }
            "Self" => return Target::Local,
            _ => {}
        }
        if let Some(target) = self.in_scope(module, first, depth, &mut BTreeSet::new()) {
            return match target {
                Target::Crate(path) => Target::Crate([path, rest()].concat()),
                Target::Extern(krate, path) => Target::Extern(krate, [path, rest()].concat()),
                other => other,
            };
        }
        if ["std", "core", "alloc"].contains(&first.as_str()) {
            return Target::Std;
        }
        // In a `use`, a first segment that is nothing of this module's is a crate.
        if self.known_crates.contains(first) || in_use {
            return extern_or_std(first, rest());
        }
        Target::Local
    }

    /// What `name` means in `module`: a binding, a child module, an item, or a name a glob import brings.
    fn in_scope(
        &self,
        module: &[String],
        name: &str,
        depth: usize,
        seen: &mut BTreeSet<Vec<String>>,
    ) -> Option<Target> {
        if !seen.insert(module.to_vec()) {
            return None;
        }
        let scope = self.scopes.get(module)?;
        if let Some((path, leading_colon)) = scope.bindings.get(name) {
            // A binding that names itself (`use web_sys;`) is the crate.
            if path.len() == 1 && path[0] == name {
                return Some(extern_or_std(name, Vec::new()));
            }
            return Some(self.resolve(module, path, *leading_colon, true, depth + 1));
        }
        if scope.modules.contains(name) {
            return Some(Target::Crate([module, &[name.to_string()]].concat()));
        }
        if scope.items.contains(name) {
            return Some(Target::Local);
        }
        for (glob, leading_colon) in &scope.globs {
            if let Target::Crate(inner) = self.resolve(module, glob, *leading_colon, true, depth + 1)
                && let Some(found) = self.in_scope(&inner, name, depth + 1, seen)
            {
                return Some(found);
            }
        }
        None
    }
}

fn extern_or_std(name: &str, rest: Vec<String>) -> Target {
    if ["std", "core", "alloc"].contains(&name) { Target::Std } else { Target::Extern(name.to_string(), rest) }
}

/// Parses one file into facts with resolved paths.
pub fn parse_file(path: &str, text: &str, known_crates: &BTreeSet<String>) -> File {
    let (krate, module, layer) = place(path);
    let mut file = File {
        path: path.to_string(),
        krate,
        module: module.clone(),
        layer,
        facts: Vec::new(),
        declared_modules: Vec::new(),
        exported_macros: Vec::new(),
        top_bindings: Vec::new(),
        error: None,
    };
    let syntax = match syn::parse_file(text) {
        Ok(syntax) => syntax,
        Err(error) => {
            file.error = Some(format!("line {}: {error}", error.span().start().line));
            return file;
        }
    };
    let mut collector = Collector {
        module: module.clone(),
        test_depth: 0,
        paths: Vec::new(),
        facts: Vec::new(),
        scopes: BTreeMap::new(),
        declared_modules: Vec::new(),
        exported_macros: Vec::new(),
    };
    // Inner attributes (`#![cfg(test)]`) make the whole file test code.
    collector.test_depth = usize::from(syntax.attrs.iter().any(is_test_attribute));
    collector.visit_file(&syntax);
    let resolver = Resolver { scopes: &collector.scopes, known_crates };
    for raw in &collector.paths {
        let target = resolver.resolve(&raw.module, &raw.segments, raw.leading_colon, raw.in_use, 0);
        let prefix = if raw.leading_colon { "::" } else { "" };
        let written = format!("{prefix}{}", raw.segments.join("::"));
        if let Some(key) = &raw.call_key {
            let names_reflect = match &target {
                Target::Extern(_, path) | Target::Crate(path) => path.iter().any(|segment| segment == "Reflect"),
                _ => false,
            } || raw.segments.iter().any(|segment| segment == "Reflect");
            if names_reflect {
                collector.facts.push(Fact { line: raw.line, test: raw.test, kind: Kind::Reflect { key: key.clone() } });
            }
        }
        collector.facts.push(Fact { line: raw.line, test: raw.test, kind: Kind::Path { written, target } });
    }
    if let Some(scope) = collector.scopes.get(&module) {
        for (name, (path, leading_colon)) in &scope.bindings {
            let target = resolver.resolve(&module, path, *leading_colon, true, 0);
            file.top_bindings.push((name.clone(), target));
        }
    }
    file.facts = collector.facts;
    file.facts.sort_by_key(|fact| fact.line);
    file.declared_modules = if module.is_empty() { collector.declared_modules } else { Vec::new() };
    file.exported_macros = collector.exported_macros;
    file
}
