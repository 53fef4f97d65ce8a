//! Word lists kept as data files in `assets/`, embedded at compile time with `include_str!` and
//! parsed once into a set. A file opens with `#` lines saying what the list is for and which code
//! reads it; then one entry a line, matched as written. Blank lines and `#` lines are skipped.

use rustc_hash::FxHashSet as HashSet;

/// The entries of a list file, in order: trimmed lines, without blank and `#` lines.
pub fn entries(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of a list file as a set.
pub fn word_set(table: &'static str) -> HashSet<&'static str> {
    entries(table).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_no_entries() {
        let set = word_set("# What the list is for.\n# Used by x.\n\nAgency\n  Board \n");
        assert_eq!(set.len(), 2);
        assert!(set.contains("Agency") && set.contains("Board"));
    }
}
