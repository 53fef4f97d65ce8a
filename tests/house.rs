//! The house in order (issue 15, point 2): no circle between sibling modules, at any level.
//!
//! Every non-test file under `src/` is read for the modules it names — `crate::a::b…`,
//! `super::x` (against the file's own module: `foo.rs` + `foo/bar.rs` is module `foo::bar`) and
//! `use crate::{a, b::c}` groups. At every level the modules that are siblings form a graph: a
//! reference from `a::b::c` to `a::d::e` is the arrow `b → d` inside `a`; one from `x` to `y` at the
//! top is `x → y`. No such graph may have a circle. Test code is left out: `tests.rs`, `*/tests/*`,
//! modules declared under `#[cfg(test)]` and `#[cfg(test)] mod … { … }` blocks. Comments and string
//! literals are left out too (a doc link is not an import). The binary (`main.rs` and the modules it
//! declares) is a crate of its own: its `crate::` is not the library's.
//!
//! What it does not see: a module and its own submodules may name each other (`text/tokens.rs`
//! uses `super::Token`; that is how a parent shares its types), so parent ↔ child arrows are not
//! drawn; a path through a parent's `pub use` counts as the parent, not the module behind it; and
//! macros, inline `mod x { … }` blocks and `#[path]` layouts are not followed (none are used).

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::Path;

/// One module path, outermost first (`["tui", "app"]`); the crate root is empty.
type ModPath = Vec<String>;

/// A source file: its path under `src/` (with `/`) and its text.
struct File {
    rel: String,
    text: String,
}

/// An arrow between two sibling modules, with the first place (file:line) that draws it.
type Arrows = BTreeMap<(String, String), String>;

/// A file's text without comments, strings and test blocks, and its `#[cfg(test)] mod name;`s.
type Cleaned = (String, Vec<String>);

/// Every level's graph: the parent module (`"crate"`, `"crate::tui"`, `"main::cli"`) → its arrows.
type Levels = BTreeMap<String, Arrows>;

#[test]
fn no_circle_between_modules() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_tree(&src, "", &mut files);
    assert!(files.len() > 50, "too few files read under {}", src.display());
    let levels = levels(&files);
    let arrows = |level: &str| levels.get(level).map_or(0, BTreeMap::len);
    assert!(
        arrows("crate") > 10 && arrows("crate::tui") > 10,
        "too few arrows found: {levels:?}"
    );
    let circles = circles(&files);
    assert!(
        circles.is_empty(),
        "modules that import each other, in a circle (break it by moving what both need below both):\n{}",
        circles.join("\n")
    );
}

#[test]
fn a_made_up_circle_is_reported() {
    let files = made_up(&[
        ("lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        ("a.rs", "pub mod inner;\n"),
        (
            "a/inner.rs",
            "// crate::c::C in a comment is no arrow\nuse crate::{a, b::B};\n",
        ),
        ("b.rs", "pub struct B;\n\npub fn f() -> super::c::C { todo!() }\n"),
        (
            "c.rs",
            "pub struct C;\nfn g() -> &'static str { \"crate::b\" }\nuse crate::a::inner as i;\n",
        ),
    ]);
    let found = circles(&files);
    assert_eq!(found.len(), 1, "{found:?}");
    let circle = &found[0];
    for part in [
        "in crate: a → b (src/a/inner.rs:2)",
        "→ c (src/b.rs:3)",
        "→ a (src/c.rs:3)",
    ] {
        assert!(circle.contains(part), "{part:?} missing from {circle}");
    }
    assert!(
        !circle.contains("c.rs:2") && !circle.contains("inner.rs:1"),
        "{circle}"
    );
}

#[test]
fn test_code_and_deeper_levels() {
    let files = made_up(&[
        ("lib.rs", "pub mod x;\npub mod z;\n#[cfg(test)]\nmod testutil;\n"),
        ("x.rs", "pub mod y;\npub mod w;\n#[cfg(test)]\nmod tests;\n"),
        ("x/y.rs", "use super::super::z::Z;\nuse super::{w};\n"),
        ("x/w.rs", "pub struct W;\npub(in crate::x) fn f() {}\n"),
        ("x/tests.rs", "use crate::z;\n"),
        ("testutil.rs", "use crate::x::y;\n"),
        (
            "z.rs",
            "pub struct Z;\n#[cfg(test)]\nmod tests {\n    use crate::x::y::*;\n}\n",
        ),
    ]);
    assert!(circles(&files).is_empty());
    let levels = levels(&files);
    let top: Vec<_> = levels["crate"].keys().cloned().collect();
    assert_eq!(top, [("x".to_owned(), "z".to_owned())]);
    let inner: Vec<_> = levels["crate::x"].keys().cloned().collect();
    assert_eq!(inner, [("y".to_owned(), "w".to_owned())]);

    let files = made_up(&[
        ("lib.rs", "pub mod x;\n"),
        ("x.rs", "pub mod y;\npub mod w;\n"),
        ("x/y.rs", "pub fn f() { super::w::g() }\n"),
        ("x/w.rs", "pub fn g() {}\nfn h() { let _ = crate::x::{y::f}; }\n"),
    ]);
    let found = circles(&files);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("in crate::x"), "{}", found[0]);
}

fn made_up(files: &[(&str, &str)]) -> Vec<File> {
    files
        .iter()
        .map(|(rel, text)| File {
            rel: (*rel).to_owned(),
            text: (*text).to_owned(),
        })
        .collect()
}

/// Every `.rs` file under `dir`, in name order, but `tests.rs` and `tests/` folders.
fn read_tree(dir: &Path, rel: &str, out: &mut Vec<File>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file names are UTF-8")
            .to_owned();
        let rel = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if path.is_dir() {
            if name != "tests" {
                read_tree(&path, &rel, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests.rs" {
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            out.push(File { rel, text });
        }
    }
}

/// One line per circle found, at any level: the level, the modules around it and, for each arrow,
/// one file:line that draws it.
fn circles(files: &[File]) -> Vec<String> {
    let mut out = Vec::new();
    for (level, arrows) in levels(files) {
        for (circle, group) in level_circles(&arrows) {
            let mut line = format!("in {level}: {}", circle[0]);
            for pair in circle.windows(2) {
                let at = &arrows[&(pair[0].clone(), pair[1].clone())];
                write!(line, " → {} ({at})", pair[1]).expect("writing to a String");
            }
            if group.len() + 1 > circle.len() {
                write!(line, "; all of {} reach each other", group.join(", ")).expect("writing to a String");
            }
            out.push(line);
        }
    }
    out
}

/// The graphs between siblings at every level, from every non-test file's references.
fn levels(files: &[File]) -> Levels {
    let cleaned: Vec<(String, Vec<String>)> =
        files.iter().map(|f| without_test_code(&strip(&f.text))).collect();
    let bin_mods: Vec<String> = files
        .iter()
        .zip(&cleaned)
        .filter(|(f, _)| f.rel == "main.rs")
        .flat_map(|(_, (text, _))| declared_modules(text))
        .collect();
    let crate_of = |rel: &str| {
        let top = rel.split(['/', '.']).next().unwrap_or_default();
        if top == "main" || bin_mods.iter().any(|m| m == top) {
            "main"
        } else {
            "crate"
        }
    };
    let mut levels = Levels::new();
    for crate_name in ["crate", "main"] {
        let members: Vec<(&File, ModPath, &Cleaned)> = files
            .iter()
            .zip(&cleaned)
            .filter(|(f, _)| crate_of(&f.rel) == crate_name)
            .map(|(f, cleaned)| (f, module_of(&f.rel), cleaned))
            .collect();
        let test_only: Vec<ModPath> = members
            .iter()
            .flat_map(|(_, m, (_, test_mods))| {
                test_mods
                    .iter()
                    .map(|t| [m.as_slice(), std::slice::from_ref(t)].concat())
            })
            .collect();
        let members: Vec<_> = members
            .into_iter()
            .filter(|(_, m, _)| !test_only.iter().any(|t| m.starts_with(t)))
            .collect();
        let known: BTreeSet<&ModPath> = members.iter().map(|(_, m, _)| m).collect();
        for (file, module, (text, _)) in &members {
            for (target, line) in references(module, text) {
                let target = longest_known(&target, &known);
                add_arrow(
                    &mut levels,
                    crate_name,
                    module,
                    &target,
                    &format!("src/{}:{line}", file.rel),
                );
            }
        }
    }
    levels
}

/// A file's module: `lib.rs` and `main.rs` are roots, `a/b.rs` is `a::b`.
fn module_of(rel: &str) -> ModPath {
    let stem = rel.strip_suffix(".rs").expect("a .rs file");
    if stem == "lib" || stem == "main" {
        return Vec::new();
    }
    stem.split('/').map(str::to_owned).collect()
}

/// `mod name;` declarations in a file's cleaned text.
fn declared_modules(text: &str) -> Vec<String> {
    let tokens = tokens(text);
    tokens
        .windows(3)
        .filter(|w| w[0].text == "mod" && is_ident(&w[1].text) && w[2].text == ";")
        .map(|w| w[1].text.clone())
        .collect()
}

/// The text without its `#[cfg(test)] mod … { … }` blocks (blanked, line breaks kept), and the
/// modules it declares `#[cfg(test)] mod name;`: test code, left out with all they hold.
fn without_test_code(text: &str) -> Cleaned {
    const MARK: &str = "#[cfg(test)]";
    let (mut out, mut test_mods) = (text.to_owned(), Vec::new());
    let mut from = 0;
    while let Some(at) = out[from..].find(MARK).map(|n| from + n) {
        from = at + MARK.len();
        let mut head = out[from..].trim_start();
        while head.starts_with("#[") {
            head = head[head.find(']').map_or(head.len(), |n| n + 1)..].trim_start();
        }
        let decl_end = head.find(['{', ';']).unwrap_or(head.len());
        let Some(name) = head[..decl_end].trim_end().strip_prefix("mod ").or_else(|| {
            let after_pub = head.strip_prefix("pub")?.trim_start_matches(|c: char| c != ' ');
            after_pub.trim_start().strip_prefix("mod ")
        }) else {
            continue;
        };
        if head[decl_end..].starts_with(';') {
            test_mods.push(name.trim().to_owned());
            continue;
        }
        let end = matching_brace(&out, out.len() - head.len() + decl_end);
        let blank: String = out[at..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &blank);
        from = at + blank.len();
    }
    (out, test_mods)
}

/// The byte just past the `}` that closes the `{` at byte `open` (comments and strings are gone).
fn matching_brace(text: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text.bytes().enumerate().skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The text with comments, strings and character literals blanked out, line breaks kept.
fn strip(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        let literal_end = if c[i] == '/' && next == Some('/') {
            Some(c[i..].iter().position(|&x| x == '\n').map_or(c.len(), |n| i + n))
        } else if c[i] == '/' && next == Some('*') {
            Some(block_comment_end(&c, i))
        } else if c[i] == '\'' {
            char_literal_end(&c, i)
        } else {
            string_end(&c, i)
        };
        match literal_end {
            Some(end) => {
                out.extend(c[i..end].iter().map(|&x| if x == '\n' { '\n' } else { ' ' }));
                i = end;
            }
            None => {
                out.push(c[i]);
                i += 1;
            }
        }
    }
    out
}

/// The end of the (nested) block comment that starts at `i`.
fn block_comment_end(c: &[char], mut i: usize) -> usize {
    let mut depth = 0;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            depth += 1;
            i += 2;
        } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    c.len()
}

/// The end of a string literal starting at `i` (`"…"`, `b"…"`, `r#"…"#`, `br"…"`, `c"…"`), if one
/// starts there.
fn string_end(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && (c[i - 1].is_alphanumeric() || c[i - 1] == '_') {
        return None;
    }
    let mut j = i;
    if matches!(c[j], 'b' | 'c') {
        j += 1;
    }
    let raw = c.get(j) == Some(&'r');
    if raw {
        j += 1;
    }
    let hashes = c[j.min(c.len())..].iter().take_while(|&&x| x == '#').count();
    j += hashes;
    if c.get(j) != Some(&'"') || (!raw && hashes > 0) {
        return None;
    }
    j += 1;
    while j < c.len() {
        if !raw && c[j] == '\\' {
            j += 2;
        } else if c[j] == '"' && c[j + 1..].iter().take(hashes).filter(|&&x| x == '#').count() == hashes {
            return Some(j + 1 + hashes);
        } else {
            j += 1;
        }
    }
    Some(c.len())
}

/// The end of a character literal at `i` (`'x'`, `'\n'`, `'\u{…}'`); `None` for a lifetime.
fn char_literal_end(c: &[char], i: usize) -> Option<usize> {
    if c.get(i + 1) == Some(&'\\') {
        return c[i + 2..].iter().position(|&x| x == '\'').map(|n| i + 3 + n);
    }
    (c.get(i + 2) == Some(&'\'')).then_some(i + 3)
}

/// A word or a punctuation mark of the cleaned text, with its line.
struct Token {
    text: String,
    line: usize,
}

fn is_ident(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Words, `::` and single punctuation marks; spaces and line breaks only separate them.
fn tokens(text: &str) -> Vec<Token> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < c.len() {
        let start = i;
        if c[i] == '\n' {
            line += 1;
            i += 1;
            continue;
        } else if c[i].is_whitespace() {
            i += 1;
            continue;
        } else if c[i].is_alphanumeric() || c[i] == '_' {
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
        } else if c[i] == ':' && c.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            i += 1;
        }
        out.push(Token {
            text: c[start..i].iter().collect(),
            line,
        });
    }
    out
}

/// Every module path a file's text names, with its line: each path that starts at `crate`,
/// `super` or `self` followed by `::`, use groups expanded.
fn references(module: &ModPath, text: &str) -> Vec<(ModPath, usize)> {
    let tokens = tokens(text);
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let starts = matches!(t.text.as_str(), "crate" | "super" | "self")
            && tokens.get(i + 1).is_some_and(|n| n.text == "::")
            && (i == 0 || tokens[i - 1].text != "::");
        if !starts {
            continue;
        }
        let base = match t.text.as_str() {
            "crate" => Vec::new(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            _ => module.clone(),
        };
        tree(&tokens, i + 2, base, &mut out);
    }
    out
}

/// Read the path (or use tree) from `tokens[i]` on, under `prefix`; push every path it names.
/// Returns the index after it.
fn tree(tokens: &[Token], mut i: usize, mut prefix: ModPath, out: &mut Vec<(ModPath, usize)>) -> usize {
    let line = tokens.get(i.saturating_sub(1)).map_or(0, |t| t.line);
    while let Some(t) = tokens.get(i) {
        if t.text == "super" {
            prefix.pop();
        } else if t.text == "{" {
            return group(tokens, i + 1, &prefix, out);
        } else if is_ident(&t.text) && t.text != "self" {
            prefix.push(t.text.clone());
        } else if t.text != "self" {
            break;
        }
        i += 1;
        if tokens.get(i).is_some_and(|n| n.text == "::") {
            i += 1;
        } else {
            break;
        }
    }
    out.push((prefix, line));
    i
}

/// The elements of a use group `{a, b::c, self}` after `tokens[i - 1] == "{"`, each under `prefix`.
fn group(tokens: &[Token], mut i: usize, prefix: &ModPath, out: &mut Vec<(ModPath, usize)>) -> usize {
    while let Some(t) = tokens.get(i) {
        match t.text.as_str() {
            "}" => return i + 1,
            "," => i += 1,
            "as" => i += 2,
            "*" => {
                out.push((prefix.clone(), t.line));
                i += 1;
            }
            _ => i = tree(tokens, i, prefix.clone(), out).max(i + 1),
        }
    }
    i
}

/// The longest start of `path` that is a module of the crate (the rest names items in it).
fn longest_known(path: &ModPath, known: &BTreeSet<&ModPath>) -> ModPath {
    (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| p.is_empty() || known.contains(p))
        .unwrap_or_default()
}

/// The arrow `from` → `to` draws between siblings: at the level of their common parent, from the
/// child holding `from` to the child holding `to` (none when one holds the other).
fn add_arrow(levels: &mut Levels, crate_name: &str, from: &ModPath, to: &ModPath, at: &str) {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    if common == from.len() || common == to.len() {
        return;
    }
    let level = std::iter::once(crate_name)
        .chain(from[..common].iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("::");
    levels
        .entry(level)
        .or_default()
        .entry((from[common].clone(), to[common].clone()))
        .or_insert_with(|| at.to_owned());
}

/// One circle (first node repeated at the end) per group of modules that reach each other: the
/// shortest way back to the group's first module; and the group.
fn level_circles(arrows: &Arrows) -> Vec<(Vec<String>, Vec<String>)> {
    let nodes: BTreeSet<&String> = arrows.keys().flat_map(|(a, b)| [a, b]).collect();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for start in nodes {
        if seen.contains(start) {
            continue;
        }
        let Some(circle) = shortest_way_back(arrows, start) else {
            continue;
        };
        let group = nodes_reaching_both_ways(arrows, start);
        seen.extend(group.iter().copied());
        out.push((circle, group.into_iter().cloned().collect()));
    }
    out
}

/// The shortest path of arrows from `start` back to itself, found breadth first.
fn shortest_way_back(arrows: &Arrows, start: &String) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<&String, &String> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for (_, next) in arrows.keys().filter(|(a, _)| a == node) {
            if next == start {
                let mut path = vec![node.clone()];
                let mut at = node;
                while at != start {
                    at = came_from[at];
                    path.push(at.clone());
                }
                path.reverse();
                path.push(start.clone());
                return Some(path);
            }
            if !came_from.contains_key(next) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// The modules that `start` reaches and that reach `start`: its group of the circle.
fn nodes_reaching_both_ways<'a>(arrows: &'a Arrows, start: &'a String) -> BTreeSet<&'a String> {
    let forward = reach(arrows, start, false);
    let backward = reach(arrows, start, true);
    forward.intersection(&backward).copied().collect()
}

fn reach<'a>(arrows: &'a Arrows, start: &'a String, backward: bool) -> BTreeSet<&'a String> {
    let mut seen = BTreeSet::from([start]);
    let mut stack = vec![start];
    while let Some(node) = stack.pop() {
        for (a, b) in arrows.keys() {
            let (from, to) = if backward { (b, a) } else { (a, b) };
            if from == node && seen.insert(to) {
                stack.push(to);
            }
        }
    }
    seen
}
