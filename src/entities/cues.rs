//! Closed word lists the rules read: titles, place and organisation cue words, connectors, and
//! words that look like names but are not (function words, months, weekdays, generic acronyms).
//!
//! These are facts about English news writing, not about any one briefing.

/// Head words of titles that stand before a person's name ("President Lee", "Prime Minister
/// Takaichi", "Mr. Kim"). Modifiers before a head ("Prime", "Foreign", "Chief Cabinet") are part of
/// the title; the head is the last title word before the name.
#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "President", "Minister", "Premier", "Chancellor", "Secretary", "Secretary-General", "King",
    "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sheikh", "Sultan", "Emir",
    "Governor", "Senator", "Congressman", "Congresswoman", "Representative", "Mayor", "Lawmaker",
    "Ambassador", "Envoy", "Chairman", "Chairwoman", "Chairperson", "CEO", "Speaker", "Leader",
    "Commissioner", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Judge", "Professor",
    "Admiral", "Colonel", "Lieutenant", "Sergeant", "Commander", "Marshal", "Bishop", "Archbishop",
    "Cardinal", "Rabbi", "Imam", "Ayatollah", "Reverend", "Sir", "Dame", "Lord", "Lady", "Coach",
    "Detective", "Inspector", "Sheriff", "Councillor", "Councilor", "Mr.", "Mrs.", "Ms.", "Mx.",
    "Dr.", "Prof.", "Gov.", "Sen.", "Rep.", "Gen.", "Adm.", "Col.", "Lt.", "Capt.", "Sgt.", "Maj.",
    "Cmdr.", "Rev.", "Amb.", "Pres.", "Mr", "Mrs", "Ms", "Dr", "President-elect", "Vice-President",
    "Executive", "Officer", "Chair", "Founder", "Editor", "Correspondent", "Striker", "Midfielder",
    "Defender", "Goalkeeper", "Winger", "Analyst", "Economist", "Manager", "Captain", "Actor",
    "Actress", "Singer", "Rapper", "Novelist", "Author", "Astronaut", "CFO", "COO", "CTO", "CIO",
    // local US offices: "City Councilman X", "Undersheriff X", "Dist. Atty. X", "Fire Chief X",
    // "Deputy X" (a sheriff's deputy)
    "Councilman", "Councilwoman", "Councilmember", "Alderman", "Alderwoman", "Undersheriff",
    "Deputy", "Chief", "Attorney", "Atty.", "Prosecutor", "Trooper", "Constable", "Clerk",
];

/// Words that may open a title before its head ("Prime" Minister, "Foreign" Minister, "Chief
/// Cabinet" Secretary, "Former" President).
#[rustfmt::skip]
pub const TITLE_MODIFIERS: &[&str] = &[
    "Prime", "Deputy", "Vice", "Acting", "Former", "Foreign", "Defense", "Defence", "Finance",
    "Interior", "Trade", "Economy", "Economic", "Health", "Education", "Justice", "Home", "Chief",
    "Cabinet", "Senior", "Assistant", "State", "General", "Supreme", "Opposition", "Majority",
    "Minority", "House", "Senate", "Party", "First", "Executive", "Managing", "Grand", "Crown",
    "Interim", "Outgoing", "Incoming", "Then", "Labor", "Labour", "Industry", "Environment",
    "Energy", "Agriculture", "Transport", "Culture", "Science", "Unification", "Security",
    "National", "Attorney", "Lord", "High", "Head", "Associate", "Financial", "Operating",
    "Technology", "Marketing", "Information", "Commercial", "Investment", "Legal", "Medical",
    "Technical", "Communications", "Sporting", "Football", "Strategy", "Risk", "Compliance",
    "District", "Circuit", "Appeals", "Magistrate", "Federal", "Superior", "Solicitor", "Surgeon",
    "Inspector", "Auditor", "Comptroller", "Dist.", "Asst.",
];

/// Lower-case titles that mark the next capitalised words as a person ("said prime minister
/// Sanae Takaichi").
#[rustfmt::skip]
const LOWER_TITLES: &[&str] = &[
    "president", "minister", "premier", "chancellor", "secretary", "governor", "senator", "mayor",
    "ambassador", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson", "leader",
    "lawmaker", "envoy", "commissioner", "director", "ceo", "king", "queen", "pope", "emperor",
    "judge", "coach", "professor", "dr.", "mr.", "ms.", "mrs.", "striker", "midfielder", "defender",
    "goalkeeper", "winger", "forward", "analyst", "economist", "manager", "captain", "actor",
    "actress", "singer", "rapper", "novelist", "author", "astronaut", "spokesperson", "lawyer",
    "attorney", "colleague", "teammate", "son", "daughter", "wife", "husband", "brother", "sister",
];

/// Nouns of an apposition that make the name before it a person ("Sarah Kim, a mother of two";
/// "Chris Marchese, director of …") beyond the titles.
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "mother", "father", "resident", "residents", "shopkeeper", "student", "teacher", "doctor",
    "nurse", "farmer", "worker", "official", "researcher", "executive", "founder", "owner",
    "member", "survivor", "witness", "veteran", "lawyer", "man", "woman", "retiree", "volunteer",
    "engineer", "scientist", "historian", "professor", "candidate", "activist", "journalist",
    "reporter", "officer", "player", "fan", "pensioner", "grandmother", "grandfather", "widow",
    "partner", "head", "chief", "deputy", "senior", "former", "longtime", "native", "spokesman",
    "spokeswoman", "spokesperson", "director", "president", "chairman", "chairwoman", "mayor",
];

/// Nouns of an apposition that make the name before it an organisation ("Parents Together
/// Action, an advocacy group"; "NetChoice, a trade association").
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "group", "company", "firm", "agency", "organisation", "organization", "association", "club",
    "startup", "start-up", "maker", "manufacturer", "retailer", "bank", "lender", "insurer",
    "broadcaster", "newspaper", "publisher", "charity", "nonprofit", "non-profit", "coalition",
    "party", "union", "network", "operator", "carrier", "airline", "developer", "consultancy",
    "institute", "university", "team", "side", "conglomerate", "subsidiary", "unit", "regulator",
];

/// The kind an apposition after a name gives it: ", a shopkeeper" → person, ", an advocacy
/// group" → organisation. `after` are the units after the name.
pub fn apposition_kind(after: &[&str]) -> Option<super::EntityKind> {
    if after.first() != Some(&",") {
        return None;
    }
    let mut i = 1;
    if matches!(after.get(i), Some(&("a" | "an" | "the"))) {
        i += 1;
    }
    // The head noun: the last lower-case word of a short noun phrase ("a local advocacy group").
    let mut head = None;
    let mut possessed = false;
    for w in after.iter().skip(i).take(5) {
        // "the club's president": the possessor is not the head.
        if matches!(*w, "'s" | "’s") {
            head = None;
            possessed = true;
            continue;
        }
        if !w.starts_with(char::is_lowercase)
            || matches!(*w, "of" | "who" | "which" | "and" | "in" | "at" | "for")
        {
            break;
        }
        head = Some(*w);
        if PERSON_NOUNS.contains(w) || LOWER_TITLES.contains(w) {
            break;
        }
    }
    let head = head?;
    if PERSON_NOUNS.contains(&head) || LOWER_TITLES.contains(&head) {
        Some(super::EntityKind::Person)
    } else if ORG_NOUNS.contains(&head) && !possessed {
        // "the store's insurer" may be a person or a firm: a possessed role proves neither.
        Some(super::EntityKind::Organisation)
    } else {
        None
    }
}

/// Describing words that open a sentence before a name without being part of it ("Rival Samsung
/// Electronics", "Embattled Chief Executive …").
#[rustfmt::skip]
const DESCRIPTORS: &[&str] = &[
    "Rival", "Fellow", "Embattled", "Veteran", "Incumbent", "Beleaguered", "Struggling", "Troubled",
    "Ailing", "Cash-strapped", "Debt-laden", "Loss-making", "Longtime", "Long-time", "Retired",
    "Jailed", "Detained", "Exiled", "Ousted", "Disgraced", "Fugitive", "Legendary", "Controversial",
];

/// A describing word that opens a sentence before a name ("Rival …").
pub fn is_descriptor(word: &str) -> bool {
    DESCRIPTORS.contains(&word)
}

/// Last words that make a name an organisation.
#[rustfmt::skip]
const ORG_TAILS: &[&str] = &[
    "Agency", "Ministry", "Press", "Party", "University", "College", "School", "Institute", "Co.",
    "Co", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Company", "Ltd.", "Ltd", "LLC", "PLC",
    "plc", "Group", "Holdings", "Bank", "Council", "Committee", "Commission", "Association",
    "Foundation", "Forces", "Force", "Army", "Navy", "Police", "Department", "Office", "Court",
    "Parliament", "Assembly", "Congress", "Senate", "Times", "News", "Post", "Journal", "Herald",
    "Tribune", "Telegraph", "Gazette", "Daily", "Airlines", "Airways", "Union", "League",
    "Organization", "Organisation", "Federation", "Board", "Bureau", "Service", "Services",
    "Network", "Club", "FC", "Fund", "Society", "Motors", "Industries", "Electronics",
    "Technologies", "Systems", "Partners", "Capital", "Media", "Broadcasting", "Agency's",
    "Secretariat", "Cabinet", "Government", "Administration", "Alliance", "Coalition", "Movement",
    "Front", "Brigade", "Guard", "Corps", "Authority", "Exchange", "Reserve", "Hospital", "Church",
    "Cooperative", "Diet", "Legislature", "Tribunal", "Platforms", "Pharmaceuticals", "Pharma",
    "Therapeutics", "Securities", "Entertainment", "Studios", "Pictures", "Records", "Labs",
    "Laboratories", "Solutions", "Software", "Petroleum", "Steel", "Chemicals", "Foods", "Brands",
    "Stores", "Telecom", "Logistics", "Semiconductor", "Robotics", "Aerospace", "Ventures",
    "Investments", "Insurance", "Bancorp", "Railways", "Railway", "Airline",
];

/// First words that make a name an organisation ("Ministry of Foreign Affairs", "Bank of Japan").
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "Ministry", "University", "Bank", "Department", "Office", "Institute", "Council", "House",
    "Federation", "Association", "League", "Union", "Organization", "Organisation", "Court",
    "Church", "Commission", "Committee", "Board", "Bureau", "Agency",
];

/// Last words that make a name a place (including facilities and landmarks).
#[rustfmt::skip]
const PLACE_TAILS: &[&str] = &[
    "City", "Prefecture", "Province", "Island", "Islands", "Isles", "County", "River", "Mountain",
    "Mountains", "Sea", "Ocean", "Bay", "Peninsula", "Strait", "Straits", "Valley", "District",
    "Region", "Airport", "Temple", "Shrine", "Station", "Port", "Harbor", "Harbour", "Mine",
    "Street", "Avenue", "Road", "Square", "Park", "Bridge", "Hemisphere", "Coast", "Desert", "Gulf",
    "Canal", "Town", "Village", "Lake", "Hills", "Heights", "Plain", "Plateau", "Basin", "Delta",
    "Reef", "Canyon", "Falls", "Beach", "Castle", "Palace", "Tower", "Stadium", "Arena", "Museum",
    "Cathedral", "Mosque", "Prison", "Dam", "Plant", "Base", "Camp", "Ward", "Oblast",
    "Governorate", "Territory", "Municipality", "Borough", "Metropolis", "Archipelago", "Pass",
    "Cape",
];

/// First words that make a name a place ("Mount Fuji", "Lake Biwa", "Gulf of Mexico").
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "Mount", "Mt.", "Lake", "Gulf", "Sea", "Cape", "Isle", "Port", "Fort", "Ft.", "Strait", "Bay",
    "Republic", "Kingdom", "Sultanate", "Emirate", "Principality", "Commonwealth", "St.", "Isles",
    "Islands", "Island", "River", "Mountains",
];

/// First words that make a name an event ("Storm Eunice", "Typhoon Haiyan", "Operation Sindoor").
#[rustfmt::skip]
const OTHER_HEADS: &[&str] = &[
    "Storm", "Typhoon", "Hurricane", "Cyclone", "Tropical", "Operation", "Battle", "Treaty", "Siege",
    "Super",
];

/// Last words that make a name an event or work ("Pacific War", "World Cup", "Paris Agreement").
#[rustfmt::skip]
const OTHER_TAILS: &[&str] = &[
    "War", "Wars", "Cup", "Games", "Olympics", "Championship", "Championships", "Agreement",
    "Accord", "Accords", "Treaty", "Act", "Declaration", "Festival", "Awards", "Prize", "Award",
    "Expo", "Protocol", "Doctrine", "Plan", "Initiative", "Project", "Program", "Programme",
    "Revolution", "Crisis", "Massacre", "Earthquake", "Typhoon", "Hurricane", "Storm", "Day",
    "Summit", "Conference", "Forum", "Talks", "Dialogue", "Amendment", "Constitution", "Charter",
    "Convention", "Directive", "Regulation",
];

/// Direction words that make a new region of a place ("East Asia", "Western Europe").
#[rustfmt::skip]
const DIRECTIONS: &[&str] = &[
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
    "Southeastern", "Southwestern", "Upper", "Lower", "Greater", "Inner", "Outer",
];

/// Lower-case words that may stand inside a name between capitalised words.
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "the", "de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den",
    "la", "le", "al", "el", "bin", "ibn", "bint", "y", "&", "and", "for", "on", "via", "to", "in",
    "at", "a", "an", "with", "by", "from", "thru", "vs",
];

/// Capitalised words that are never a name on their own.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    // function words
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
    "You", "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "Nor",
    "So", "Yet", "However", "In", "On", "At", "As", "After", "Before", "When", "While", "If", "For",
    "From", "With", "By", "To", "Of", "Into", "Over", "Under", "About", "Between", "Among", "Also",
    "Some", "Many", "Most", "Both", "Such", "Other", "Each", "Every", "All", "Any", "No", "Not",
    "What", "Who", "Whom", "Whose", "Why", "How", "Where", "Which", "Than", "Then", "Now", "Still",
    "Meanwhile", "According", "Despite", "During", "Although", "Though", "Since", "Until",
    "Because", "Unlike", "Like", "Amid", "Against", "Through", "Without", "Within", "Beyond", "Per",
    "Via", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had",
    "Will", "Would", "Can", "Could", "Should", "Shall", "Might", "Must", "Yes", "OK", "Me", "Him",
    "Us", "Them", "Last", "Next", "More", "Less", "Much", "Very", "Just", "Only", "Even", "Again",
    "Once", "Here's", "What's", "It's", "That's", "There's", "Let", "Let's", "Today", "Tomorrow",
    "Yesterday", "Tonight", "Update", "Updated", "Photo", "Photos", "Video", "Image", "Copyright",
    // sentence adverbs
    "Later", "Earlier", "Instead", "Separately", "Additionally", "Moreover", "Furthermore",
    "Overall", "Finally", "Eventually", "Recently", "Previously", "Currently", "Initially",
    "Notably", "Similarly", "Otherwise", "Nevertheless", "Nonetheless", "Afterwards", "Afterward",
    "Thereafter", "Elsewhere", "Indeed", "Perhaps", "Maybe", "Already", "Soon", "Ultimately",
    "Together", "Instead", "Therefore", "Thus", "Hence", "Besides", "Likewise", "Interestingly",
    "Apparently", "Possibly", "Reportedly", "Officially", "Specifically", "Importantly",
    "Source", "Sources", "Read", "More", "Share", "Advertisement", "Editor's", "Note", "END",
    // months and weekdays
    "January", "February", "March", "April", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
    "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.", "AM", "PM", "a.m.",
    "p.m.", "BC", "AD", "BCE", "CE", "GMT", "UTC", "EST", "JST", "KST",
];

/// Month and weekday names (including "May", which is also a name and a modal verb).
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Abbreviations in capitals that name no one ("DNA", "GDP").
#[rustfmt::skip]
const GENERIC_ACRONYMS: &[&str] = &[
    "DNA", "RNA", "GDP", "GNP", "CEO", "CFO", "COO", "CTO", "AI", "TV", "PC", "IT", "HIV", "AIDS",
    "COVID", "SARS", "ID", "PhD", "MBA", "AM", "PM", "BC", "AD", "OK", "FAQ", "PDF", "URL", "USB",
    "GPS", "LED", "LNG", "CO2", "VAT", "IPO", "ETF", "VIP", "SUV", "EV", "EVs", "UFO", "FYI", "PS",
    "Q&A", "VS", "II", "III", "IV", "UTC", "GMT", "KST", "JST", "EST", "PST", "CET", "NB", "RIP",
    "ASAP", "DIY", "CCTV", "POW", "POWs", "MP", "MPs", "ICBM", "ICBMs", "WMD", "R&D", "M&A",
    // units and currency codes
    "KM", "GW", "MW", "KW", "GWh", "MWh", "TWh", "MPH", "FM", "USD", "EUR", "JPY", "KRW", "GBP",
    "CNY", "RMB", "CHF", "INR", "GMO", "GPU", "CPU", "SMS", "APP", "NFT", "ESG", "SME", "SMEs",
];

/// Verbs of saying right after a name that mark it as a person ("Kim said").
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "told", "added", "stated", "wrote", "explained", "noted", "argued", "insisted",
    "recalled", "tweeted", "posted", "asked", "replied", "warned", "urged", "announced",
];

/// Nouns before "called X" / "known as X" that make X a place ("islands called Takeshima").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "island", "islands", "islet", "islets", "city", "cities", "town", "village", "river",
    "mountain", "mountains", "region", "area", "sea", "strait", "lake", "peninsula", "territory",
    "province", "district", "reef", "rocks", "archipelago", "valley", "country", "state", "port",
    "site", "mine", "temple", "shrine", "base",
];

/// Lower-case nouns of administrative areas that follow a place's name ("Hatay province",
/// "Kaduna state", "Sichuan region") or stand before "of" in front of it ("the town of Defne").
#[rustfmt::skip]
const AREA_NOUNS: &[&str] = &[
    "province", "prefecture", "region", "district", "county", "governorate", "municipality",
    "oblast", "state", "town", "village", "city", "island", "islands", "township", "borough",
    "canton", "département", "commune", "emirate", "territory",
];

pub fn is_area_noun(word: &str) -> bool {
    AREA_NOUNS.contains(&word)
}

/// People named by their work, who work *at* a body ("analysts at Morgan Stanley").
#[rustfmt::skip]
const STAFF_NOUNS: &[&str] = &[
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher",
    "researchers", "scientist", "scientists", "engineer", "engineers", "executive", "executives",
    "employee", "employees", "staff", "staffers", "trader", "traders", "banker", "bankers",
    "lawyer", "lawyers", "partner", "partners", "director", "directors", "manager", "managers",
    "spokesperson", "spokesman", "spokeswoman", "professor", "professors",
];

pub fn is_staff_noun(word: &str) -> bool {
    STAFF_NOUNS.contains(&word)
}

/// Legal forms of companies: a name that closes with one is an organisation, whatever else.
#[rustfmt::skip]
const LEGAL_FORMS: &[&str] = &[
    "Co.", "Co", "Inc.", "Inc", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "LLC", "PLC", "plc",
    "GmbH", "AG", "SA", "S.A.", "NV", "N.V.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "KK", "K.K.",
    "Bhd", "Tbk", "LLP", "LP", "Pty", "Limited", "Incorporated",
];

pub fn is_legal_form(word: &str) -> bool {
    LEGAL_FORMS.contains(&word)
}

/// Holidays and festivals: names, but of days, not of people or places.
#[rustfmt::skip]
const HOLIDAYS: &[&str] = &[
    "Easter", "Christmas", "Ramadan", "Eid", "Diwali", "Hanukkah", "Thanksgiving", "Passover",
    "Lent", "Halloween", "Chuseok", "Obon", "Songkran", "Nowruz", "Yom", "Holi",
];

pub fn is_holiday(word: &str) -> bool {
    HOLIDAYS.contains(&word)
}

pub fn is_title_head(word: &str) -> bool {
    TITLE_HEADS.contains(&word)
}

/// A title head at unit `k`, with "General" a head only after the offices it completes ("Attorney
/// General Ken Paxton", "Surgeon General"), never as "General Motors" or "General Electric".
pub fn is_title_head_at(units: &[&str], k: usize) -> bool {
    let u = units[k];
    // "Council Member Ana Ruiz", "Board Member …": a member of a named body.
    let member = u == "Member"
        && k > 0
        && matches!(
            units[k - 1],
            "Council" | "Assembly" | "Board" | "Committee" | "Parliament" | "Congress"
        );
    member
        || is_title_head(u)
        || (matches!(u, "General" | "General-designate")
            && k > 0
            && matches!(
                units[k - 1],
                "Attorney" | "Solicitor" | "Surgeon" | "Inspector" | "Postmaster" | "Auditor" | "Comptroller"
            ))
}

pub fn is_title_word(word: &str) -> bool {
    is_title_head(word) || TITLE_MODIFIERS.contains(&word)
}

pub fn is_lower_title(word: &str) -> bool {
    LOWER_TITLES.contains(&word)
}

pub fn is_org_tail(word: &str) -> bool {
    ORG_TAILS.contains(&word)
        || is_legal_form(word)
        || super::lists::get().tail_kind(word) == Some(super::EntityKind::Organisation)
}

pub fn is_org_head(word: &str) -> bool {
    ORG_HEADS.contains(&word)
}

pub fn is_place_tail(word: &str) -> bool {
    PLACE_TAILS.contains(&word) || super::lists::get().tail_kind(word) == Some(super::EntityKind::Place)
}

pub fn is_place_head(word: &str) -> bool {
    PLACE_HEADS.contains(&word)
}

pub fn is_other_head(word: &str) -> bool {
    OTHER_HEADS.contains(&word)
}

pub fn is_other_tail(word: &str) -> bool {
    OTHER_TAILS.contains(&word)
}

pub fn is_direction(word: &str) -> bool {
    DIRECTIONS.contains(&word)
}

pub fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// A capitalised function word (or other never-name word) that separates names rather than joining
/// them; month and weekday names are not among these (see [`is_calendar`]).
pub fn is_function_word(word: &str) -> bool {
    in_not_names(word) && !is_calendar(word)
}

#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "de", "da", "do", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den", "la", "le",
    "al", "el", "bin", "ibn", "bint", "&",
    // Small words of other languages that English never writes in lower case between two
    // capitalised words, so they join one name ("Alternative für Deutschland", "Partido de los
    // Trabajadores", "Banca Monte dei Paschi").
    "für", "des", "zu", "zum", "zur", "und", "los", "las", "dei", "degli", "delle", "dello", "het",
    "aux",
];

/// Articles of other languages that open the names of parties, papers and places ("Die Linke",
/// "Le Monde", "El País", "Der Spiegel", "La Paz"): capitalised before a name, they belong to it.
#[rustfmt::skip]
const FOREIGN_ARTICLES: &[&str] = &[
    "Die", "Der", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Het",
];

/// A foreign article that opens a name (see [`FOREIGN_ARTICLES`]).
pub fn is_foreign_article(word: &str) -> bool {
    FOREIGN_ARTICLES.contains(&word)
}

/// Name particles that join the words of one name ("Ursula von der Leyen", "Procter & Gamble").
pub fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Small words of other languages that are English words or letters too ("et", "y", "en",
/// "per"): inside a name only when the tagger reads the words around them as one name ("Liberté
/// et Justice", "Izquierda y Unidad").
#[rustfmt::skip]
const FOREIGN_JOINERS: &[&str] = &[
    "et", "y", "i", "e", "en", "og", "och", "pour", "sur", "per", "para", "por", "na", "no", "ve",
];

/// A word that may stand inside a name the tagger spans: a particle or an ambiguous foreign joiner.
pub fn is_foreign_joiner(word: &str) -> bool {
    is_particle(word) || FOREIGN_JOINERS.contains(&word)
}

/// Plural nouns for the members of a party or movement: a name they close is the group, never a
/// person ("Free Democrats", "Social Democrats", "Sweden Democrats", "Young Republicans").
#[rustfmt::skip]
const GROUP_PLURALS: &[&str] = &[
    "Democrats", "Republicans", "Greens", "Liberals", "Conservatives", "Socialists", "Communists",
    "Nationalists", "Progressives", "Tories", "Whigs", "Unionists", "Loyalists", "Libertarians",
    "Federalists", "Separatists", "Centrists", "Populists", "Moderates", "Radicals", "Independents",
    "Reformists", "Royalists", "Monarchists", "Labourites", "Ecologists", "Patriots",
];

/// A plural of party members ("Democrats", "Greens"), or a word shaped like one ("Technocrats",
/// "Peronists").
pub fn is_group_plural(word: &str) -> bool {
    GROUP_PLURALS.contains(&word)
        || (word.chars().count() > 6
            && word.starts_with(char::is_uppercase)
            && (word.ends_with("crats") || word.ends_with("ists")))
}

/// Nouns of people whose work presupposes an employer: "a former BlackRock executive", "a
/// Goldman Sachs analyst" name a body before them. (Not "lawyer" or "adviser": a person has
/// those too, "a Trump lawyer".)
#[rustfmt::skip]
const EMPLOYEE_NOUNS: &[&str] = &[
    "executive", "executives", "employee", "employees", "analyst", "analysts", "economist",
    "economists", "strategist", "strategists", "engineer", "engineers", "banker", "bankers",
    "trader", "traders", "researcher", "researchers", "scientist", "scientists", "manager",
    "managers", "shareholder", "shareholders", "investor", "investors",
];

pub fn is_employee_noun(word: &str) -> bool {
    EMPLOYEE_NOUNS.contains(&word)
}

/// Nouns of made things: a capitalised word between a possessive and one of these is the
/// product's name ("its Blackwell chips", "the company's Gemini model").
#[rustfmt::skip]
const PRODUCT_NOUNS: &[&str] = &[
    "chip", "chips", "processor", "processors", "phone", "phones", "smartphone", "smartphones",
    "platform", "platforms", "model", "models", "software", "app", "apps", "vaccine", "vaccines",
    "drug", "drugs", "device", "devices", "console", "consoles", "handset", "handsets", "tablet",
    "tablets", "laptop", "laptops", "chipset", "chipsets", "GPU", "GPUs", "accelerator",
    "accelerators", "jet", "jets", "aircraft", "engine", "engines", "medicine", "pill", "pills",
    "treatment", "chatbot", "browser", "headset", "headsets", "lineup", "architecture", "product",
    "products",
];

pub fn is_product_noun(word: &str) -> bool {
    PRODUCT_NOUNS.contains(&word)
}

/// US states as AP style abbreviates them, for party-state tags ("R-La.", "D-Wash.").
#[rustfmt::skip]
const AP_STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio",
    "Utah", "Texas",
];

/// A US lawmaker's party-state tag ("R-La.", "D-Wash", "I-Vt.", "R-N.Y.", "D-CA"): part of how a
/// person is introduced, not a name of its own.
pub fn is_party_tag(word: &str) -> bool {
    let Some((party, state)) = word.split_once(['-', '\u{2010}', '\u{2011}']) else {
        return false;
    };
    if !matches!(party, "R" | "D" | "I" | "Ind") {
        return false;
    }
    let bare = state.trim_end_matches('.');
    let postal = bare.len() == 2 && bare.chars().all(|c| c.is_ascii_uppercase());
    let dotted = bare.len() >= 3
        && bare
            .split('.')
            .all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()));
    let named = super::gazetteer::get()
        .place(bare)
        .is_some_and(|p| p.scale == super::gazetteer::Scale::State);
    postal || dotted || named || AP_STATES.contains(&bare)
}

/// A capitalised word that never names anything by itself.
pub fn is_not_name(word: &str) -> bool {
    in_not_names(word) || is_calendar(word) || is_party_tag(word)
}

/// [`NOT_NAMES`] as a hash set: the runs and the context ask about every word.
fn in_not_names(word: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().copied().collect())
        .contains(word)
}

/// A month or weekday name, in any case, with or without its abbreviation period.
pub fn is_calendar(word: &str) -> bool {
    let bare = word.trim_end_matches('.');
    if bare.is_ascii() {
        // No allocation for the common case: ASCII folds letter by letter.
        return CALENDAR.iter().any(|c| c.eq_ignore_ascii_case(bare));
    }
    let bare = bare.to_lowercase();
    CALENDAR.contains(&bare.as_str())
}

/// A capitals abbreviation that names no one, with any number or suffix after a hyphen
/// ("COVID-19", "CO2").
pub fn is_generic_acronym(word: &str) -> bool {
    let stem = word.split(['-', '\u{2010}', '\u{2011}']).next().unwrap_or(word);
    GENERIC_ACRONYMS.contains(&word) || GENERIC_ACRONYMS.contains(&stem)
}

pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

pub fn is_place_noun(word: &str) -> bool {
    PLACE_NOUNS.contains(&word)
}

/// Any cue word that may stand before "of" inside a name ("Sea of Japan", "Bank of Japan",
/// "House of Representatives").
pub fn takes_of(word: &str) -> bool {
    is_org_head(word)
        || is_place_head(word)
        || is_place_tail(word)
        || is_org_tail(word)
        || is_title_head(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_words() {
        for (w, want) in [
            ("January", true),
            ("Jan.", true),
            ("TUESDAY", true),
            ("May", true),
            ("Nara", false),
        ] {
            assert_eq!(is_calendar(w), want, "{w}");
        }
    }

    #[test]
    fn cue_words() {
        assert!(is_title_head("President") && is_title_word("Prime") && !is_title_head("Prime"));
        assert!(is_org_tail("Agency") && is_org_tail("Press") && is_place_tail("Prefecture"));
        assert!(takes_of("Sea") && takes_of("House") && !takes_of("Takaichi"));
        assert!(is_not_name("Tuesday") && is_not_name("The") && !is_not_name("Lee"));
        for (w, want) in [
            ("R-La.", true),
            ("D-Wash", true),
            ("I-Vt.", true),
            ("R-N.Y.", true),
            ("D-CA", true),
            ("R-Texas", true),
            ("D-Day", false),
            ("X-Men", false),
            ("Al-Hilal", false),
            ("R-Rated", false),
        ] {
            assert_eq!(is_party_tag(w), want, "{w}");
        }
        use crate::entities::EntityKind::{Organisation, Person};
        for (after, want) in [
            (", a mother of two", Some(Person)),
            (", director of the center", Some(Person)),
            (", the club 's president", Some(Person)),
            (", the club 's", None),
            (", an advocacy group , said", Some(Organisation)),
            (", a local advocacy group", Some(Organisation)),
            (", a Paris-based firm", None),
            (", the bakery 's insurer ,", None),
            (", an insurer ,", Some(Organisation)),
            ("said", None),
            (", which", None),
        ] {
            let units: Vec<&str> = after.split(' ').collect();
            assert_eq!(apposition_kind(&units), want, "{after:?}");
        }
        assert!(is_generic_acronym("COVID-19") && is_generic_acronym("DNA") && !is_generic_acronym("NATO"));
    }
}
