//! The words that shape a question, kept as data: which aggregate a word asks for, which
//! words order or rank, the time grains, comparisons, "distinct", "never", the words that
//! change nothing, and the help request. Business words — what is measured ("revenue",
//! "sold", "expensive") — are in [`super::measures`]. Every word is lower case and
//! unstemmed, as typed.

/// An aggregate a word asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregate {
    Count,
    CountDistinct,
    Sum,
    Average,
    Min,
    Max,
    /// The middle value (the 50th percentile, interpolated).
    Median,
    /// The share of rows that meet a condition (0..1).
    Share,
}

/// A calendar grain to group by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// Which end a ranking takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Highest,
    Lowest,
}

/// A comparison with a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub enum Comparison {
    #[serde(rename = ">")]
    Above,
    #[serde(rename = "<")]
    Below,
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = "<=")]
    AtMost,
    /// Both bounds included; its number is "low AND high".
    #[serde(rename = "BETWEEN")]
    Between,
}

const AGGREGATE_WORDS: &[(&str, Aggregate)] = &[
    ("total", Aggregate::Sum),
    ("sum", Aggregate::Sum),
    // "the combined budget of all projects".
    ("combined", Aggregate::Sum),
    ("average", Aggregate::Average),
    ("avg", Aggregate::Average),
    ("mean", Aggregate::Average),
    ("median", Aggregate::Median),
    ("maximum", Aggregate::Max),
    ("max", Aggregate::Max),
    ("minimum", Aggregate::Min),
    ("min", Aggregate::Min),
    ("count", Aggregate::Count),
    ("share", Aggregate::Share),
    ("percentage", Aggregate::Share),
    ("percent", Aggregate::Share),
    ("proportion", Aggregate::Share),
    ("fraction", Aggregate::Share),
];

const RANK_WORDS: &[(&str, Direction)] = &[
    ("top", Direction::Highest),
    ("most", Direction::Highest),
    ("highest", Direction::Highest),
    ("largest", Direction::Highest),
    ("biggest", Direction::Highest),
    ("greatest", Direction::Highest),
    // "the best average rating", "the worst on-time rate".
    ("best", Direction::Highest),
    ("bottom", Direction::Lowest),
    ("worst", Direction::Lowest),
    ("least", Direction::Lowest),
    ("fewest", Direction::Lowest),
    ("lowest", Direction::Lowest),
    ("smallest", Direction::Lowest),
    ("latest", Direction::Highest),
    ("newest", Direction::Highest),
    ("earliest", Direction::Lowest),
    ("oldest", Direction::Lowest),
    ("recent", Direction::Highest),
    // "our busiest month for intakes": the most rows.
    ("busiest", Direction::Highest),
    ("quietest", Direction::Lowest),
];

const GRAIN_WORDS: &[(&str, Grain)] = &[
    ("day", Grain::Day),
    ("daily", Grain::Day),
    ("week", Grain::Week),
    ("weekly", Grain::Week),
    ("month", Grain::Month),
    ("monthly", Grain::Month),
    ("quarter", Grain::Quarter),
    ("quarterly", Grain::Quarter),
    ("year", Grain::Year),
    ("yearly", Grain::Year),
    ("annual", Grain::Year),
    ("annually", Grain::Year),
];

const COMPARISON_WORDS: &[(&str, Comparison)] = &[
    ("more", Comparison::Above),
    ("over", Comparison::Above),
    ("above", Comparison::Above),
    ("greater", Comparison::Above),
    ("exceeding", Comparison::Above),
    ("less", Comparison::Below),
    ("fewer", Comparison::Below),
    ("under", Comparison::Below),
    ("below", Comparison::Below),
];

/// Words that never change what a question asks once the schema has been matched: verbs
/// of existence and recording, and the polite frame of a question.
const NEUTRAL_WORDS: &[&str] = &[
    // "came in through the exit popup", "sold through the online channel": how, said by
    // the value after it.
    "through",
    "currently",
    "exist",
    "exists",
    "happened",
    "made",
    "many",
    "number",
    "place",
    "placed",
    "recorded",
    "registered",
    "signed",
    "up",
    "value",
    "amount",
    "whole",
    "yet",
    "altogether",
    "can",
    "ever",
    "single",
    "individual",
    "receive",
    "received",
    "taken",
    "process",
    "processed",
    "handled",
    // "Which section gets the most views": what the rows have.
    "gets",
    // "counting only drivers with …", "refunded ones included": the rows said again.
    "counting",
    "ones",
    // "support agents" on a service desk's schema: what the whole business does.
    "support",
    "member",
    "minute",
    "minutes",
    "hours",
    "seconds",
    // The business itself ("customers does the bank have"), and the frame of a question
    // ("on file", "right now", "held across all accounts", "actually attended").
    "bank",
    "business",
    "association",
    // ("never deployed anywhere")
    "anywhere",
    "firm",
    "marina",
    "orchestra",
    "theatre",
    "theater",
    // ("owners on our books")
    "books",
    "file",
    "now",
    "held",
    "across",
    "actually",
    "new",
    "during",
    "breakdown",
    "calendar",
    // "vegetarian dishes on the menu", "menu items": what is sold, said of a restaurant.
    "menu",
    // "how many users we got?", "the biggest total we've ever issued", "never borrowed
    // anything", "in the library network", "titles in the catalogue".
    "got",
    "we've",
    "charged",
    "billed",
    "scheduled",
    "members",
    "pipeline",
    "make",
    "makes",
    "anything",
    "something",
    "network",
    "catalogue",
    "catalog",
    "system",
    "database",
    "shelves",
    // "food subtotal", "partner restaurants", "payment attempts": the trade's words for
    // what the rows already are.
    "food",
    "partner",
    "partners",
    "attempt",
    "attempts",
    // "inspections carried out", "lines we run", "cars in the fleet": doing or running
    // what the rows already are.
    "carried",
    "conducted",
    "performed",
    "handed",
    "run",
    "runs",
    "running",
    "operate",
    "operates",
    "operating",
    "fleet",
    // "listings charge 100 a night", "bills only partially paid": the price or state said
    // next is what counts.
    "charge",
    "charges",
    "only",
    // "riders who never booked a ride" where nothing records a booking: the rides.
    "booked",
];

fn find<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| *w == word).map(|(_, t)| *t)
}

/// The aggregate `word` asks for ("average" → Average).
pub fn aggregate_word(word: &str) -> Option<Aggregate> {
    find(AGGREGATE_WORDS, word)
}

/// The end a ranking word takes ("top", "most" → Highest).
pub fn rank_word(word: &str) -> Option<Direction> {
    find(RANK_WORDS, word)
}

/// How many milliseconds a unit of time (as [`unit_word`] names it) lasts.
pub fn unit_millis(unit: &str) -> Option<u64> {
    Some(match unit {
        "millisecond" => 1,
        "second" => 1_000,
        "minute" => 60_000,
        "hour" => 3_600_000,
        "day" => 86_400_000,
        "week" => 604_800_000,
        _ => return None,
    })
}

/// The unit a column's name ends in (`duration_ms` → millisecond, `call_secs` → second).
pub fn column_unit(column: &str) -> Option<&'static str> {
    super::raw_words(&column.replace('_', " "))
        .last()
        .and_then(|w| unit_word(&w.to_lowercase()))
}

/// The unit a word after a number names ("hours" → hour), as a column's name would
/// say it.
pub fn unit_word(word: &str) -> Option<&'static str> {
    const UNITS: &[(&str, &str)] = &[
        ("second", "second"),
        ("seconds", "second"),
        ("sec", "second"),
        ("secs", "second"),
        ("mb", "megabyte"),
        ("megabytes", "megabyte"),
        ("gb", "gigabyte"),
        ("gigabytes", "gigabyte"),
        ("minute", "minute"),
        ("minutes", "minute"),
        ("min", "minute"),
        ("mins", "minute"),
        ("hour", "hour"),
        ("hours", "hour"),
        ("day", "day"),
        ("days", "day"),
        ("night", "day"),
        ("nights", "day"),
        ("week", "week"),
        ("weeks", "week"),
        ("month", "month"),
        ("months", "month"),
        ("year", "year"),
        ("years", "year"),
        ("ms", "millisecond"),
        ("milliseconds", "millisecond"),
        ("kg", "kg"),
        ("kgs", "kg"),
        ("kilo", "kg"),
        ("kilos", "kg"),
        ("kilogram", "kg"),
        ("kilograms", "kg"),
        ("km", "km"),
        ("kilometres", "km"),
        ("kilometers", "km"),
        ("square", "square"),
        // "fewer than 3 stars": a rating.
        ("star", "rating"),
        ("stars", "rating"),
        ("sqft", "sqft"),
        ("sqm", "sqm"),
        ("miles", "mile"),
    ];
    find(UNITS, word)
}

/// What a word of change asks for between two periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// "change", "difference", "increase": the later value less the earlier.
    Absolute,
    /// "growth", "grew": the difference, or the difference as a percentage?
    Either,
}

/// The change a word asks for ("difference", "growth").
pub fn change_word(word: &str) -> Option<Change> {
    match word {
        "change" | "changed" | "difference" | "minus" | "increase" | "increased" | "decrease"
        | "decreased" => Some(Change::Absolute),
        "growth" | "grow" | "grew" | "grown" => Some(Change::Either),
        _ => None,
    }
}

/// Verbs that end a row's state ("cancelled", "closed", "deactivated"): said of rows, they
/// pick some of them out.
const STATE_ENDING_VERBS: &[&str] = &[
    "abandoned",
    "archived",
    "banned",
    "blocked",
    "canceled",
    "cancelled",
    "churned",
    "closed",
    "declined",
    "deleted",
    "dropped",
    "expired",
    "failed",
    "lost",
    "refunded",
    "rejected",
    "removed",
    "returned",
    "suspended",
    "terminated",
    "voided",
    "withdrawn",
];

/// Whether a verb ends a row's state: listed ([`STATE_ENDING_VERBS`]), or undoing another
/// ("deactivated", "disabled", "unsubscribed").
pub fn ends_a_state(verb: &str) -> bool {
    STATE_ENDING_VERBS.contains(&verb)
        || ["de", "dis", "un"].iter().any(|p| {
            verb.strip_prefix(p)
                .is_some_and(|rest| rest.len() > 4 && rest.ends_with("ed"))
        })
}

/// Whether a word is a verb's past form ("offered", "taught"): regular ones by their
/// ending, irregular ones listed; or one of a few verbs of activity in the present
/// ("appears", "submits").
pub fn is_past_verb(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "bought",
        "brought",
        "chose",
        "chosen",
        "did",
        "done",
        "flew",
        "flown",
        "gave",
        "given",
        "got",
        "held",
        "kept",
        "led",
        "met",
        "ran",
        "run",
        "sent",
        "taught",
        "took",
        "used",
        "won",
        "wrote",
        "written",
        "withheld",
        "withdrawn",
        "withdrew",
        "built",
        "lent",
    ];
    // Verbs of activity in the present, which relate rows the same way.
    const PRESENT: &[&str] = &[
        "appear",
        "appears",
        "attend",
        "attends",
        "belong",
        "belongs",
        "bring",
        "brings",
        "contain",
        "contains",
        "generate",
        "generates",
        "handle",
        "handles",
        "hold",
        "holds",
        "include",
        "includes",
        "live",
        "lives",
        "log",
        "logs",
        "operate",
        "operates",
        "own",
        "owns",
        "serve",
        "serves",
        "submit",
        "submits",
        "teach",
        "teaches",
        "use",
        "uses",
        "visit",
        "visits",
        "work",
        "works",
    ];
    (word.len() > 4 && word.ends_with("ed")) || IRREGULAR.contains(&word) || PRESENT.contains(&word)
}

/// Whether a ranking word ranks by a date ("the latest order", "the most recent rental").
pub fn ranks_by_time(word: &str) -> bool {
    matches!(word, "latest" | "newest" | "earliest" | "oldest" | "recent")
}

/// The grain a word names ("monthly", "month" → Month).
pub fn grain_word(word: &str) -> Option<Grain> {
    find(GRAIN_WORDS, word)
}

/// The comparison a word opens ("more" [than], "over", "under").
pub fn comparison_word(word: &str) -> Option<Comparison> {
    find(COMPARISON_WORDS, word)
}

/// Comparatives that compare a column named by a word ("longer than 150 minutes": the
/// length).
const COMPARATIVES: &[(&str, Comparison, &str)] = &[
    ("longer", Comparison::Above, "length"),
    ("shorter", Comparison::Below, "length"),
    ("heavier", Comparison::Above, "weight"),
    ("lighter", Comparison::Below, "weight"),
    ("bigger", Comparison::Above, "size"),
    ("larger", Comparison::Above, "size"),
    ("smaller", Comparison::Below, "size"),
];

/// The comparison a comparative makes and the word of the column it compares.
pub fn comparative(word: &str) -> Option<(Comparison, &'static str)> {
    COMPARATIVES
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|(_, c, column)| (*c, *column))
}

/// Whether a word asks for distinct things ("different", "distinct", "unique").
pub fn is_distinct_word(word: &str) -> bool {
    matches!(word, "different" | "distinct" | "unique")
}

/// Whether a word negates existence ("never", "without", "no", "not", "excluding",
/// "except", "don't", "hasn't"): an anti-join, a column without a value, or another
/// value.
pub fn is_absence_word(word: &str) -> bool {
    let contracted = (word.ends_with("n't") || word.ends_with("n’t")) && word.len() > 3;
    contracted
        || matches!(
            word,
            "never" | "without" | "no" | "not" | "excluding" | "except" | "nobody" | "non"
        )
}

/// Whether a ranking word counts the things named right after it ("the most films",
/// "the fewest orders").
pub fn counts_what_follows(word: &str) -> bool {
    matches!(word, "most" | "fewest" | "least" | "busiest" | "quietest")
}

/// Whether a word is the subject of a verb after it ("did we open", "anyone has paid"):
/// the verb is no value.
pub fn is_subject_pronoun(word: &str) -> bool {
    matches!(
        word,
        "we" | "they"
            | "you"
            | "i"
            | "anyone"
            | "anybody"
            | "someone"
            | "somebody"
            | "everyone"
            | "nobody"
    )
}

/// Whether a column keeps amounts in a hundredth of the currency (`total_cents`,
/// `price_pence`).
pub fn in_minor_units(column: &str) -> bool {
    super::raw_words(&column.replace('_', " "))
        .last()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "cents" | "cent" | "pence"))
}

/// The currency code a word names ("euros" is `EUR`).
pub fn currency_code(word: &str) -> Option<&'static str> {
    match word {
        "euro" | "euros" | "eur" => Some("eur"),
        "dollar" | "dollars" | "usd" => Some("usd"),
        "pound" | "pounds" | "sterling" | "gbp" => Some("gbp"),
        "yen" | "jpy" => Some("jpy"),
        _ => None,
    }
}

/// Whether a word is one of [`NEUTRAL_WORDS`].
pub fn is_neutral_word(word: &str) -> bool {
    NEUTRAL_WORDS.contains(&word)
}

/// Whether the question asks what askpg can answer ("help", "what can I ask?").
pub fn is_help_request(words: &[&str]) -> bool {
    matches!(
        words,
        ["help"]
            | ["what", "can", "i", "ask"]
            | ["what", "can", "i", "ask", "you"]
            | ["what", "questions", "can", "i", "ask"]
    )
}

/// The flag a word says is set or not: "failed" is `passed` not set, "enabled" is
/// `active` set.
pub fn flag_word(word: &str) -> Option<(&'static str, bool)> {
    Some(match word {
        "fail" | "fails" | "failed" => ("passed", false),
        "lost" | "lose" | "loses" => ("won", false),
        "rejected" => ("approved", false),
        "unpaid" => ("paid", false),
        // ("live" is where people live as often as a state.)
        "enabled" => ("active", true),
        "disabled" => ("active", false),
        _ => return None,
    })
}
