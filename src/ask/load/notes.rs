//! Markdown notes: each file is split into sections at its headings, so retrieval can pick
//! the one paragraph about order statuses instead of a whole page.

use std::collections::HashMap;

use crate::ask::corpus::Note;

/// Lower case; every run of characters other than letters and digits becomes one `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The sections of one Markdown file (`path` relative to the corpus directory, with `/`).
///
/// A section runs from an ATX heading (`#` … `######`, outside code fences) to the next
/// one. Its id is `path#slug-of-the-heading` (`-1`, `-2` … for repeated headings), its
/// title the heading under its parent headings, joined with ` / `. Text before the first
/// heading is a section titled after the file. Sections with no text are left out.
pub fn sections(path: &str, text: &str) -> Vec<Note> {
    let stem = path
        .rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".md");
    let mut splitter = Splitter {
        path,
        notes: Vec::new(),
        seen: HashMap::new(),
        headings: Vec::new(),
        title: stem.to_owned(),
        slug: slug(stem),
        body: Vec::new(),
    };
    let mut fence: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(open) = &fence {
            if trimmed.starts_with(open.as_str()) {
                fence = None;
            }
            splitter.body.push(line);
            continue;
        }
        if let Some(marker) = fence_marker(trimmed) {
            fence = Some(marker);
            splitter.body.push(line);
            continue;
        }
        match heading(line) {
            Some((level, title)) => splitter.start(level, title),
            None => splitter.body.push(line),
        }
    }
    splitter.flush();
    splitter.notes
}

struct Splitter<'a> {
    path: &'a str,
    notes: Vec<Note>,
    /// How often each slug was used in this file.
    seen: HashMap<String, usize>,
    /// The open headings: (level, text).
    headings: Vec<(usize, String)>,
    title: String,
    slug: String,
    body: Vec<&'a str>,
}

impl<'a> Splitter<'a> {
    fn start(&mut self, level: usize, text: &str) {
        self.flush();
        while self.headings.last().is_some_and(|(l, _)| *l >= level) {
            self.headings.pop();
        }
        self.headings.push((level, text.to_owned()));
        self.title = self
            .headings
            .iter()
            .map(|(_, t)| t.as_str())
            .collect::<Vec<_>>()
            .join(" / ");
        self.slug = slug(text);
    }

    fn flush(&mut self) {
        let text = self.body.join("\n").trim().to_owned();
        self.body.clear();
        if text.is_empty() {
            return;
        }
        let base = if self.slug.is_empty() {
            "section".to_owned()
        } else {
            self.slug.clone()
        };
        let uses = self.seen.entry(base.clone()).or_insert(0);
        let slug = match *uses {
            0 => base,
            n => format!("{base}-{n}"),
        };
        *uses += 1;
        self.notes.push(Note {
            id: format!("{}#{slug}", self.path),
            title: self.title.clone(),
            text,
        });
    }
}

/// ```` ``` ```` or `~~~` (three or more) opening a fenced code block: the closing marker.
fn fence_marker(line: &str) -> Option<String> {
    let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run = line.chars().take_while(|&x| x == c).count();
    (run >= 3).then(|| c.to_string().repeat(run))
}

/// An ATX heading: up to three spaces, 1–6 `#`, a space (or nothing), the text, and an
/// optional closing run of `#`.
fn heading(line: &str) -> Option<(usize, &str)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let level = rest.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let after = &rest[level..];
    if !(after.is_empty() || after.starts_with(' ') || after.starts_with('\t')) {
        return None;
    }
    let text = after.trim();
    let without_closing = text.trim_end_matches('#');
    let text = if without_closing.is_empty() || without_closing.ends_with(' ') {
        without_closing.trim_end()
    } else {
        text
    };
    Some((level, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_words_joined_by_dashes() {
        assert_eq!(slug("Order statuses"), "order-statuses");
        assert_eq!(slug("  Revenue & margin (USD)!"), "revenue-margin-usd");
        assert_eq!(slug("month-over-month"), "month-over-month");
        assert_eq!(slug("SMB"), "smb");
        assert_eq!(slug("Café Müller"), "café-müller");
        assert_eq!(slug("***"), "");
    }

    #[test]
    fn splits_at_headings_outside_code_fences() {
        let text = "Intro line.\n\n# Sales\n\n## Statuses\nA status.\n\n```sql\n# not a heading\nSELECT 1;\n```\n\n### Details ###\nMore.\n\n## Statuses\nAgain.\n\n## Nothing here\n\n## Tags\n#hashtag is text\n";
        let notes = sections("notes/retail.md", text);
        let ids: Vec<&str> = notes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "notes/retail.md#retail",
                "notes/retail.md#statuses",
                "notes/retail.md#details",
                "notes/retail.md#statuses-1",
                "notes/retail.md#tags",
            ]
        );
        assert_eq!(notes[0].title, "retail");
        assert_eq!(notes[0].text, "Intro line.");
        assert_eq!(notes[1].title, "Sales / Statuses");
        assert!(notes[1].text.contains("# not a heading"));
        assert!(notes[1].text.ends_with("```"));
        assert_eq!(notes[2].title, "Sales / Statuses / Details");
        assert_eq!(notes[2].text, "More.");
        assert_eq!(notes[3].text, "Again.");
        assert_eq!(notes[4].text, "#hashtag is text");
    }

    #[test]
    fn headings_follow_the_atx_rules() {
        assert_eq!(heading("# A"), Some((1, "A")));
        assert_eq!(heading("   ### B ###"), Some((3, "B")));
        assert_eq!(heading("## C#"), Some((2, "C#")));
        assert_eq!(heading("#"), Some((1, "")));
        assert_eq!(heading("    # code"), None);
        assert_eq!(heading("####### seven"), None);
        assert_eq!(heading("#tag"), None);
    }
}
