"""Word lists of general English that the attribution, hedging and loaded-term rules use.

Data only. Each list says what it catches, with an example; the rules that read the lists have examples
in ``scorers/rules/*.yaml`` that run as tests. Verbs are listed by lemma and ``scorers.inflect`` makes
their forms (``tests/test_inflect.py``).
Nothing here may name a person, place or figure of any one article; that belongs in case files.
"""

from __future__ import annotations

from scorers.inflect import all_forms

# --- Source kinds (harness.case.infer_kind) ---
# Titles written before a personal name. Catches: "Gen. Firstname Lastname", "President Firstname Lastname".
PERSON_TITLES: tuple[str, ...] = (
    "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Defence Minister", "Defense Minister", "Interior Minister", "Health Minister", "Finance Minister",
    "Minister", "Chancellor", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Crown Prince",
    "General", "Gen.", "Lt. Gen.", "Maj. Gen.", "Lieutenant General", "Major General", "Colonel", "Col.",
    "Major", "Maj.", "Captain", "Capt.", "Admiral", "Adm.", "Marshal", "Field Marshal", "Commander",
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof.", "Professor", "Senator", "Sen.",
    "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Judge", "Justice", "Pope", "Patriarch",
    "Ambassador", "Envoy", "Prosecutor", "Speaker", "Secretary", "Secretary-General", "Spokesman",
    "Spokeswoman", "Chairman", "Chairwoman", "Director", "Commissioner", "Archbishop", "Bishop", "Rabbi",
    "Imam", "Ayatollah", "Senior", "Chief",
)  # fmt: skip

# Lower-case role words that make "<Adj> <role> Firstname Lastname" a title phrase: "<Adj> leader X".
ROLE_TITLES: tuple[str, ...] = (
    "leader", "president", "prime minister", "minister", "foreign minister", "defence minister",
    "defense minister", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "commander",
    "general", "opposition leader", "opposition candidate", "candidate", "activist", "blogger",
    "journalist", "lawyer", "envoy", "ambassador", "governor", "mayor", "official", "prosecutor",
)  # fmt: skip

# Capitalised words that make a name a body rather than a person. Catches: "the Interior Ministry".
BODY_WORDS: frozenset[str] = frozenset(
    "ministry ministries commission committee council agency office staff service services union "
    "organization organisation party court police army navy forces force guard guards bank institute "
    "centre center department administration government parliament assembly authority authorities "
    "bureau network team group coalition front movement nations programme program fund cross crescent "
    "board federation league alliance command directorate unit brigade battalion regiment corps "
    "university observatory watch amnesty tribunal congress senate cabinet "
    "secretariat mission inquiry investigation platform foundation society association military "
    "inspectorate regulator watchdog trust railways railway "
    # companies: "Velmara Motors", "Halvard Minerals", "Arden Airlines" are bodies, not people
    "company companies corporation corp inc ltd plc llc gmbh ag sa holdings industries motors motorworks minerals "
    "mining airlines airways energy oil gas steel pharmaceuticals systems technologies works bank group "
    "firm firms lab labs laboratories air airline carrier operator utility developer manufacturer maker producer "
    "charity hospital insurer lender retailer supplier contractor pharma "
    # cooperatives, chambers, panels and schools: "Lower Sarn Growers' Cooperative" is a body, not a person
    "cooperative cooperatives co-op consortium chamber panel academy college clinic collective syndicate "
    "institution".split()
)
# Words that make a name a media outlet (checked before body words: "State TV"). Catches: "the Associated Press".
# Catches: "the Associated Press", "State TV".
MEDIA_WORDS: frozenset[str] = frozenset(
    "press news times post tv television radio channel journal herald tribune gazette "
    "telegraph guardian broadcasting broadcaster media reuters newspaper newspapers outlet outlets channels "
    "reports courier ledger chronicle dispatch sentinel inquirer examiner bulletin daily magazine".split()
)
# Capitalised words that make a name a place, not a person or body. Catches: "Northern Region".
PLACE_WORDS: frozenset[str] = frozenset(
    "region province oblast district city town village county state republic island islands sea ocean "
    "river valley street square bridge airport port border strait gulf bay mountains coast peninsula "
    "kingdom emirates".split()
)
# Adjectives that describe a speaker rather than name a thing the speaker modifies: "the local hospital director
# puts it at 89", "the independent monitors say" (after "the", a lower-case word before a source is otherwise read
# as a noun the source modifies: "the video Israel cited").
SPEAKER_ADJECTIVES: tuple[str, ...] = (
    "local", "regional", "national", "independent", "official", "senior", "former", "federal", "provincial",
    "municipal", "international", "foreign", "chief", "top", "leading", "main", "outside", "private", "public",
    "military", "civilian", "medical", "acting", "deputy", "interim", "exiled", "opposition", "ruling",
)
# Participles that, after a hyphen, say who runs or backs a body: "the rebel-run health directorate", "the
# Kremlin-backed governor", "a state-owned broadcaster": a description of the speaker, not a word of what is said.
AFFILIATION_PARTICIPLES: tuple[str, ...] = (
    "run", "backed", "led", "owned", "controlled", "funded", "linked", "allied", "affiliated", "appointed",
    "aligned", "based", "installed", "supported", "sponsored", "operated", "administered", "held", "dominated",
)
# Title and role words that may stand between a preposition or a lead-in and a name: "according to Health
# Minister Ilse Varga", "- Union leader Paul Ode: ...". Lower- or upper-case.
TITLE_WORDS: tuple[str, ...] = tuple(sorted(
    {w.lower().strip(".") for t in (*PERSON_TITLES, *ROLE_TITLES) for w in t.split()}
    | set("health defence defense interior foreign finance labour labor justice economy industry trade energy union "
          "opposition government mediator coordinator chair executive ceo deputy acting former press regional "
          "provincial police party army military state".split())
))

# Words that make a name a generic reference to a side rather than a person or body. Catches: "<Adj> officials".
GENERIC_WORDS: frozenset[str] = frozenset(
    "government officials authorities side administration leadership regime state people opposition sources "
    "leaders diplomats".split()
)
# Lower-case role words that name one person when no personal name follows. Catches: "the defence minister".
PERSON_ROLES: frozenset[str] = frozenset(w for t in ROLE_TITLES for w in t.split()[-1:]) | frozenset(
    "spokesman spokeswoman spokesperson secretary chairman chairwoman director commissioner mayor "
    # one person named by occupation: "an anonymous snowmaking technician" is "he" or "she", not "it"
    "technician engineer worker employee economist analyst doctor nurse teacher farmer resident witness "
    "whistleblower insider researcher scientist officer soldier pilot driver inspector auditor manager "
    "adviser advisor aide negotiator judge surgeon paramedic medic fisherman chairperson founder".split())


# Nouns in -ing, which a gerund test would take for verbs: "the minutes of a September meeting record ...".
ING_NOUNS: tuple[str, ...] = (
    "meeting", "meetings", "hearing", "hearings", "briefing", "briefings", "building", "buildings", "ruling",
    "rulings", "finding", "findings", "gathering", "gatherings", "recording", "recordings", "filing", "filings",
    "screening", "screenings", "wedding", "weddings", "morning", "evening", "uprising",
)

# --- Attribution ---
# Verbs whose subject is the source of what follows or precedes them.
# Catches: "the minister said ...", "the capital claims ...", "..., the ministry added", "said the minister".
REPORT_LEMMAS: tuple[str, ...] = (
    "say", "claim", "tell", "state", "report", "announce", "assert", "add", "note", "insist", "maintain",
    "allege", "estimate", "acknowledge", "admit", "confirm", "declare", "argue", "warn", "boast", "explain",
    "write", "brief", "inform", "cite", "suggest", "indicate", "reveal", "disclose", "describe", "put",
    "contend", "assess", "count", "tally", "calculate", "project", "predict", "say so", "accuse",
    "characterise", "call", "brand", "label", "dub", "term", "designate", "vow", "pledge", "promise",
    "urge", "demand", "instruct", "propose", "float", "threaten", "present", "frame", "portray", "hail",
    "show", "justify", "defend", "mention", "repeat", "reiterate", "concede", "give", "cry",
    "denounce", "decry", "condemn", "slam", "tout", "trumpet", "forecast", "blame", "lay the blame", "point to",
    "point out", "pin it on", "pin the blame on", "list", "link", "trace",
    "place", "price", "value",
    "revise", "update", "reply", "respond", "retort", "counter", "answer", "speak of", "talk of", "speak about",
    "deplore", "stress", "emphasise", "emphasize", "observe", "remark", "specify", "affirm", "testify", "recount",
    "put forward", "tweet", "quote", "rule", "advertise", "market", "bill", "publicise", "publicize",
)
# Speech verbs whose gerund carries a report even without a comma before it: "a report claiming that ...",
# "with the ministry saying ...". (After a comma, any REPORT_LEMMAS gerund does: ", blaming the rain".)
CLAUSE_GERUND_LEMMAS: tuple[str, ...] = (
    "say", "claim", "state", "allege", "suggest", "show", "indicate", "warn", "insist", "argue", "add", "note",
    "assert", "declare",
)
# Prepositions that put a noun in a place, not in charge of what is said: "the ministry in Gaza" is the ministry,
# "Doctors in Norland say" are doctors (the place is no speaker).
LOCATIVE_PREPOSITIONS: tuple[str, ...] = ("in", "from", "at", "near", "across", "around", "inside", "outside")
# Prepositions whose object may be a gerund that reports nothing: "fired without warning", "by saying so" is
# the way something was done, not a speaker's report.
GERUND_PREPOSITIONS: tuple[str, ...] = (
    "without", "by", "after", "before", "on", "for", "while", "despite", "of", "in", "from", "since", "upon",
)

# Verbs of stance, judgement or intention: a frame in a finite form ("Moscow believes ...", "X found that ...")
# but not as a gerund, where they deliberate rather than report ("Moscow is considering a buffer zone"). Not "seek":
# one who seeks something acts, as one who demands it does ("the lawsuit seeks 850 million dollars").
STANCE_LEMMAS: tuple[str, ...] = (
    "believe", "think", "consider", "view", "regard", "intend", "plan", "aim", "hope", "want", "reckon",
    "expect", "suspect", "attribute", "hold responsible", "conclude", "find", "determine", "judge", "back",
    "endorse", "record", "register", "log", "credit", "fear", "bet", "anticipate", "foresee", "verify", "document",
    "identify", "see",
)
# Verbs of intention: before "to" + verb their subject acts rather than reports ("the company plans to cut jobs").
INTENT_LEMMAS: tuple[str, ...] = ("intend", "plan", "aim", "seek", "hope", "want")

# Verbs whose object is the subject of a bare infinitive after it ("letting the president seek a third
# term", "allowed the army to advance"): that object acts; it is no speaker.
CAUSATIVE_LEMMAS: tuple[str, ...] = ("let", "allow", "enable", "permit", "help", "make", "force", "bar", "ban")
REPORT_VERBS: tuple[str, ...] = (*all_forms(REPORT_LEMMAS), *all_forms(STANCE_LEMMAS, gerund=False), "crediting")

# Words that open an adjunct of time, place or manner after a post-posed reporting verb; the frame still
# reaches back. Catches: "..., the ministry said late on Monday", "..., X said in a statement", "..., X said Monday".
ADJUNCT_STARTS: tuple[str, ...] = (
    "on", "in", "at", "during", "after", "before", "via", "through", "from", "to", "over", "of", "about",
    "last", "this", "earlier", "later", "late", "early", "yesterday", "today", "tonight", "overnight",
    "recently", "again", "publicly", "privately", "separately", "previously", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "when", "while", "as", "citing", "quoting", "without", "with",
)

# Verbs of counting or measuring: a frame when they open a statement ("Rosstat counted 162,000"), but
# content when nested inside someone else's report ("the ministry says its task force counts only ...").
MEASURE_VERBS: tuple[str, ...] = all_forms((
    "count", "tally", "record", "register", "log", "estimate", "calculate", "put", "project",
))

# Verbs of denial or dispute: the subject distances the claim instead of making it.
# Catches: "the army denies it lost 6,700 troops" (the claim is framed as disputed: hedged).
DENIAL_VERBS: tuple[str, ...] = all_forms((
    "deny", "reject", "dispute", "contest", "refute", "dismiss", "question", "doubt", "challenge", "rebut",
    "disown", "disavow", "repudiate",
))

# Adverbs by which a narrator passes on hearsay of what a source did ("the navy reportedly found rifles": no report
# of the navy's), and the verbs of speech or of giving a figure after which the source still speaks ("the minister
# reportedly said", "police reportedly put it at 18,000").
HEARSAY_ADVERBS: tuple[str, ...] = ("reportedly", "allegedly", "apparently", "purportedly", "supposedly")
HEARSAY_SPEECH_FORMS: frozenset[str] = frozenset(all_forms((
    "say", "claim", "allege", "believe", "insist", "think", "call", "describe", "tell", "state", "announce",
    "report", "add", "warn", "write", "admit", "confirm", "deny", "accuse", "blame", "put", "estimate", "count",
)))

# Nouns that, possessed by a source, make it the source: "the minister's figures", "the ministry's report".
REPORT_NOUNS: tuple[str, ...] = (
    "report", "reports", "claim", "claims", "figure", "figures", "estimate", "estimates", "statement",
    "statements", "account", "accounts", "assessment", "assessments", "words", "data", "tally", "count",
    "numbers", "version", "assertion", "assertions", "briefing", "remarks", "announcement", "view", "telling",
    "allegation", "allegations", "calculation", "calculations", "numbers", "update", "summary", "message",
    "order", "orders", "warning", "description", "characterisation", "characterization", "words", "analysis",
    "findings", "results", "count", "preliminary results", "results", "projection", "projections", "tallies",
    "re-analysis", "reanalysis", "analyses", "assurance", "assurances", "insistence",
    # evidence a body holds and cites: "the monitoring centre's radar shows", "the group's satellite imagery"
    "radar", "radar data", "radar tracks", "tracks", "imagery", "images", "footage", "recordings", "logs",
    "readings", "reading", "measurements", "examination", "examinations", "autopsy", "autopsies", "post-mortem",
    "inquest", "census",
    "inspection", "inspections", "test results",
    "statistics", "records", "registry", "database", "survey", "poll", "polls", "modelling", "model",
    "aim", "aims", "goal", "goals", "position", "argument", "explanation", "justification", "rationale", "line",
    "narrative", "reasoning", "insistence", "version of events", "telling of events", "contention", "belief",
    "accusation", "accusations", "proposal", "proposals", "offer", "demand", "demands",
    "review", "reviews", "study", "studies", "audit", "audits", "inquiry", "investigation", "probe",
    # documents a party files or issues: "the prosecution's indictment lists 38 matches"
    "indictment", "indictments", "charge sheet", "lawsuit", "petition", "filing", "filings", "submission", "dossier",
    "memo", "memorandum", "reckoning", "answer", "response", "reply",
    # measurements a body reports: "the agency's own samples showed six times the limit"
    "tabulation", "tabulations", "sample", "samples", "sampling", "tests", "testing", "measurements", "readings",
)

# Participles that make a possessed noun a report: "the army's claimed gains", "the government's stated aim".
REPORT_PARTICIPLES: tuple[str, ...] = (
    "claimed", "stated", "reported", "announced", "declared", "alleged", "professed", "official",
    "estimated", "published", "self-declared", "proclaimed", "purported",
)

# Nouns for people or bodies that speak for a side, after a side adjective or a source name:
# "<Adj> officials said", "presidential spokesman said", "<Adj> military sources say".
ROLE_NOUNS: tuple[str, ...] = (
    "officials", "official", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative",
    "representatives", "sources", "source", "leaders", "leader", "leadership", "aides", "aide", "commanders",
    "commander", "ministers", "minister", "ministry", "chief", "head", "press office", "press service",
    "authorities", "government", "forces", "troops", "military", "army", "side", "state media", "media",
    "outlets", "bloggers", "correspondents", "diplomats", "envoy", "envoys", "politicians", "lawmakers",
    "generals", "officers", "command", "statement", "figures", "data", "analysis", "analyses",
    "investigation", "study", "assessment", "review", "report", "reports", "account", "accounts", "version",
    "intelligence", "tally", "count", "count of", "statistics", "estimate", "figure", "chief", "secretary general",
    "secretary-general", "president", "director", "head of", "leadership", "ambassador", "envoy",
)

# People who speak for a source, after its possessive: "OPEC's chief said" is OPEC speaking.
POSSESSIVE_ROLES: tuple[str, ...] = (
    "chief", "spokesman", "spokeswoman", "spokesperson", "secretary general", "secretary-general", "president",
    "director", "head", "leader", "leaders", "leadership", "minister", "ministers", "ambassador", "envoy",
    "envoys", "aides", "aide", "officials", "official", "representative", "representatives", "press office",
    "press service", "negotiator", "negotiators", "commander", "commanders", "lawyer", "lawyers", "ceo",
    "chief executive", "boss", "chairman", "chairwoman", "chair", "founder", "owner", "management",
    # who speaks for a candidate: "Her campaign says", "his camp said"
    "campaign", "campaign team", "camp",
    # who speaks for a state: "Its foreign ministry said"
    "ministry", "foreign ministry", "defence ministry", "defense ministry", "interior ministry", "embassy",
    "foreign office", "cabinet", "government",
    # the people a body sends out to find things: "Its teams say", "its investigators found"
    "team", "teams", "staff", "investigators", "researchers", "experts", "analysts", "engineers", "monitors",
    "inspectors", "observers", "auditors", "scientists", "doctors",
)

# Verbs that take the listener as an object before the report: "..., the minister told the president, while ...".
TELL_VERBS: tuple[str, ...] = all_forms(("tell", "inform", "assure", "brief", "remind", "warn", "promise"),
                                       gerund=False)

# Prepositional frames naming a source: "according to the minister", "per the ministry", "in the president's words".
PREP_FRAMES: tuple[str, ...] = (
    "according to", "per", "citing", "quoting", "as reported by", "as stated by", "as claimed by", "as told by",
    "in the words of", "as put by", "cited by", "reported by", "claimed by", "given by", "provided by",
    "announced by", "stated by", "released by", "published by", "put forward by", "told by", "said by",
    "attributed to", "heard from", "learned from", "by the account of",
)

# Vague or unnamed sources: a frame built on these hedges rather than attributes.
# Catches: "according to reports, ...", "sources say ...", "some accounts put it at ...".
VAGUE_SOURCES: tuple[str, ...] = (
    "reports", "report", "some reports", "unconfirmed reports", "unverified reports", "other reports",
    "sources", "some sources", "unnamed sources", "accounts", "some accounts", "unconfirmed accounts",
    "claims", "rumours", "rumors", "witnesses", "observers", "some", "others", "critics", "footage",
    "videos", "video", "social media", "posts", "images", "pictures", "photos",
    "allegations", "accusations", "charges",
    "analysts", "independent estimates", "another count", "other counts",
)

# Narrator hedges: words or phrases by which the summary distances itself without naming a source.
# Catches: "the army has reportedly lost ...", "the town was said to be encircled".
HEDGE_CUES: tuple[str, ...] = (
    "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly", "seemingly",
    "reported", "alleged", "purported", "supposed", "claimed", "so-called", "so called",
    "said to", "claimed to", "believed to", "thought to", "reported to", "alleged to", "understood to",
    "is said", "are said", "was said", "were said", "it is claimed", "it was claimed", "it is reported",
    "it was reported", "it is believed", "it was believed", "is claimed", "was claimed", "were claimed",
    "unconfirmed", "unverified", "could not be verified", "could not be independently verified",
    "cannot be verified", "can not be verified", "could not be confirmed", "cannot be confirmed",
    "not independently verified", "not been verified", "not been independently verified",
    "has not been confirmed", "unclear whether", "whether", "appear to", "appears to", "appeared to", "seem to",
    "seems to", "seemed to", "may have", "might have", "possibly", "perhaps", "if true", "claims that",
    "claim that", "in what was described as", "what was described as", "put at", "are put at", "is put at",
    "estimated at", "is estimated", "are estimated", "were estimated", "was estimated",
    "disputed", "contested", "in dispute", "unclear", "remains unclear", "is unknown",
    "was told", "were told", "have been told", "has been told", "had been told", "was informed",
    "were informed", "was briefed", "were briefed", "has been described as", "have been described as",
    "was described as", "were described as", "is described as", "are described as",
    "is suspected", "are suspected", "was suspected", "were suspected", "widely suspected", "suspected of",
    "is believed", "are believed", "is thought", "are thought", "been alleged", "been claimed", "been reported",
    "been suggested", "is alleged", "are alleged", "was alleged", "were alleged",
    # agentless accusations and projections: "managers are accused of hiding ...", "there are allegations that
    # ...", "the region is expected to lose three seats"
    "accused of", "allegations that", "accusations that", "is expected to", "are expected to",
    "was expected to", "were expected to", "is projected to", "are projected to", "is forecast to",
    "are forecast to",
    # agentless blame and estimates: "an electrical fault is being blamed", "an estimated 412 inmates", "between
    # five and seven, depending on whose count you believe", "estimates ranging from 10,000 to 250,000"
    "is being blamed", "are being blamed", "has been blamed", "have been blamed", "has also been blamed",
    "an estimated", "depending on whose", "depending on who", "estimates range", "estimates ranging",
    "estimates vary", "figures vary", "accounts vary", "accounts differ",
    # an agentless declaration of a result: "Dravik was declared the winner with 54.8%"
    "was declared", "were declared", "has been declared", "was officially declared", "were officially declared",
)

# Verbs of receiving a report: their subject is the audience, not the source.
# Catches: "the president was told that ...", "the president heard that ...", "the leader was briefed that ...".
RECEPTION: tuple[str, ...] = (
    *(f"{aux} {participle}" for aux in ("is", "are", "was", "were", "has been", "have been", "had been")
      for participle in ("told", "informed", "briefed", "shown")),
    *(f for f in all_forms(("hear", "learn")) if not f.endswith("ing")),
    "listened to a report", "received a report", "was given a report", "was presented with",
)

# Personal pronouns that carry a source over from an earlier sentence: "He added that ...".
PRONOUNS: dict[str, str] = {
    "he": "person", "she": "person", "they": "any", "his": "person", "her": "person", "their": "any",
    "him": "person", "the latter": "any", "the former": "any", "it": "group", "its": "group",
    # definite descriptions that point back like "it" when no source has them as an alias: "According to the
    # group, ..." after "The Reporters' Watch Committee said ..."
    "the group": "group", "the organisation": "group", "the organization": "group", "the body": "group",
    "the watchdog": "group", "the firm": "group", "the company": "group", "the agency": "group",
    "the team": "group",
}

# Words between a source and its verb that do not break the frame: "the minister also said", "has since claimed".
FRAME_ADVERBS: tuple[str, ...] = (
    "also", "further", "later", "then", "earlier", "separately", "again", "previously", "since", "has", "have",
    "had", "would", "will", "has also", "had also", "publicly", "repeatedly", "reportedly", "now", "once",
    "even", "openly", "falsely", "proudly", "confidently", "flatly", "firmly", "quickly", "swiftly",
    "has since", "had earlier", "went on to", "goes on to", "continues to", "continued to", "continue to",
    "is", "was", "were", "are", "is also", "was also", "did",
    "first", "initially", "at first", "subsequently", "in turn", "likewise", "similarly",
    "does", "do", "could", "can", "may", "might", "should", "had previously", "has previously",
    # discourse adverbs that sit between a subject and its verb ("the commission nonetheless declared")
    "nonetheless", "nevertheless", "however", "meanwhile", "still", "instead", "though", "too", "therefore",
    "thus", "meantime", "for its part", "for his part", "for her part", "for their part",
    # ... and focus words on the subject ("Estoria alone counts 341", "the ministry itself says")
    "alone", "itself", "himself", "herself", "themselves", "by itself",
)

# Lists a party keeps of what it holds or carries: its report only when the party is named with it ("Belvane's
# manifest lists 46 containers", "the manifest from the railway lists 438"); alone ("the official manifest listed")
# they name no speaker, unlike REPORT_NOUNS.
DOCUMENT_NOUNS: tuple[str, ...] = ("manifest", "manifests", "inventory", "inventories", "logbook", "logbooks")
# Head nouns of written documents, which speak through what they stipulate: "the leaked plan sets a target of 3.2 an
# hour", "the permit allows 3.8 million litres a day", "the memo requires ...".
WRITTEN_DOCUMENT_HEADS: frozenset[str] = frozenset("""
memo memos memorandum plan plans document documents paper papers permit permits licence license letter letters email
emails directive directives contract contracts draft drafts log logs minutes guidelines guidance policy rulebook
manual circular order orders report reports audit study proposal proposals agreement deal assessment assessments
instruction instructions
""".split())
# Nouns that name another party than their possessor: "its owner blames a storm" (the ship's owner), "their lawyers
# say" (the lawyers): what the case names so speaks, not the pronoun's referent.
OTHER_PARTY_NOUNS: frozenset[str] = frozenset("""
owner owners operator operators lawyer lawyers attorney attorneys landlord landlords employer employers insurer
insurers manufacturer manufacturers maker makers contractor contractors
""".split())
# Verbs by which a document stipulates what it holds: "the plan sets", "the permit allows", "the contract caps".
DOCUMENT_VERBS: tuple[str, ...] = all_forms((
    "set", "set out", "require", "allow", "permit", "cap", "limit", "offer", "provide for", "envisage", "call for",
    "recommend", "order", "instruct", "oblige", "mandate", "stipulate", "outline", "spell out", "lay out", "advise",
), gerund=False)

# Verbs of stance whose object is a noun phrase in the narrator's own words, not reported speech:
# "Lowland condemned the water theft" uses the loaded term in the summary's voice.
NP_OBJECT_VERBS: tuple[str, ...] = all_forms((
    "condemn", "denounce", "decry", "slam", "hail", "tout", "trumpet", "protest", "criticise", "celebrate",
    "mourn",
))

# Verbs that introduce a quotation or term as someone's wording: "what the capital calls 'liberated'".
CALLS_VERBS: tuple[str, ...] = all_forms(("call", "describe", "dub", "term", "brand", "label", "refer to"))
# Verbs that name their object "as" something: "dismissed him and his allies as separatist agitators".
CALLS_AS_VERBS: tuple[str, ...] = all_forms((
    "describe", "dismiss", "denounce", "condemn", "decry", "brand", "label", "portray", "paint", "depict",
    "characterise", "characterize", "cast", "present", "refer to",
))


# Words of a claim's statement that say nothing about which claim it is, for cases whose claims have no
# cues (docs/contract.md's minimum format): the remaining content words recognise a mention.
# Example: "Ukraine has lost more than 6,700 servicemen" -> lost, servicemen (plus the source-free rest).
STATEMENT_STOPWORDS: frozenset[str] = frozenset("""
a an the and or but nor of in on at to by for from with into onto over under since during after before until
than as across along near around about through per within between that which who whom whose this these those
it its they their them he his she her we our you your i is are was were be been being has have had do does
did will would could should can may might must shall not no so yet also then there here now ago more less
most least some any all each every other such own same very only just still even already again further
about nearly almost roughly some over up down out off said says say told claim claims claimed according
reported reports report stated states state added adds add last first new one two three four five six seven
eight nine ten percent per cent
""".split())


# Where a thing came from, told as its cause ("the outbreak was brought in by smuggled cattle", "the virus escaped
# from the institute", "the fire started in the kitchen"): what a claim about an origin names as it.
ORIGIN_PHRASES: str = (
    r"(?:brought|carried|introduced)\s+(?:in\s+)?(?:by|with)|"
    r"(?:came|come|comes|coming)\s+(?:in\s+)?(?:with|from|over|across|out\s+of)|arriv(?:ed|es|ing)\s+(?:with|from)|"
    r"originat(?:ed|es|ing)\s+(?:in|from|at)|(?:escaped|leaked)\s+from"
)
# Of those, the ones that tell a place a thing left as much as a cause ("412 inmates escaped from Selk prison", "brine
# leaked from the pond"): a claim's origin only where another claim names a rival origin.
PLACE_ORIGIN: str = (r"(?:escaped|leaked)\s+from|arriv(?:ed|es|ing)\s+(?:with|from)|"
                     r"(?:came|come|comes|coming)\s+out\s+of")
# How a claim's statement names a cause (the phrase after it is the cause): "the fall is caused by the filling of
# the reservoir", "the lower flows are the result of a drought", "the crash was due to pilot error".
CAUSE_IN_STATEMENT: str = (
    r"\b(?:(?:caused|driven|triggered|brought\s+about|explained|set\s+off|sparked|touched\s+off|ignited)\s+by|(?:caused|triggered|sparked)\s+when|(?:the\s+)?(?:direct\s+)?"
    r"(?:result|product|consequence|fault)\s+of|(?:due|owing|attributable)\s+to|because\s+of|blamed\s+on|"
    r"(?:results?|resulted|stems?|stemmed)\s+from|reflect(?:s|ed)?)\s+"
)
# ... or where it came from (:data:`ORIGIN_PHRASES`; :data:`PLACE_ORIGIN` only against a rival origin)
ORIGIN_IN_STATEMENT: str = r"\b(?:" + ORIGIN_PHRASES + r")\s+"
# ... or as the subject of a causal verb at its start (the phrase before it): "The driver caused the derailment",
# "Deferred track maintenance, not the driver, caused the crash" (not the passive "was caused by"); also at the
# start of a later clause: "The driver passed a red signal, and driver error caused the crash".
CAUSE_SUBJECT_IN_STATEMENT: str = (
    r"(?:^|(?<=, and )|(?<=; ))(?P<cause>(?:[^,;:]|(?<=\d),(?=\d)){2,120}?)"
    r"(?:,\s*(?:not|rather\s+than)\s+[^,]+,)?\s+(?:caused|causes|drove|drives|triggered|"
    r"(?:sent|pushed|forced)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:over|into|through|out\s+of)|overwhelmed|swamped|"
    r"led\s+to|leads\s+to|(?:is|was)\s+behind|(?:is|are|was|were)\s+to\s+blame\s+for|explains|explained|"
    r"(?:is|are|was|were)\s+(?:the\s+)?(?:main\s+|chief\s+|primary\s+|principal\s+|real\s+|root\s+)?"
    r"(?:cause|causes|reason|driver)\s+(?:of|for))\b(?!\s+(?:by|when)\b)"
)
# A summary naming a cause before its phrase: "X blames drought", "puts the drop down to the filling",
# "pointing to a drought", "due to", "because of", "caused by". (An agent of blame may come first: "blames Y
# for", whose phrase is then the agent: its words are no cause of the claim's and match nothing.)
CAUSE_BEFORE: str = (
    r"\b(?:blam(?:e|es|ed|ing)(?:\s+(?:it|this|that|them|the\s+\w+))?\s+on|blam(?:e|es|ed|ing)|"
    r"put(?:s|ting)?\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+down\s+to|"
    r"attribut(?:e|es|ed|ing)\s+(?:it|this|that|the\s+\w+(?:\s+\w+)?)\s+to|"
    r"(?:due|owing|attributable)\s+to|because\s+of|(?:caused|driven|triggered|explained|set\s+off|sparked)\s+by|"
    r"(?:the\s+)?(?:real\s+|main\s+|true\s+|direct\s+)?(?:result|product|consequence|fault|cause)\s+(?:of|was|is)|"
    r"(?:results?|resulted|stems?|stemmed)\s+from|point(?:s|ed|ing)?\s+to|"
    r"la(?:y|ys|id|ying)\s+(?:the\s+)?blame\s+(?:\w+\s+)?on|pin(?:s|ned|ning)?\s+(?:it|this|that|the\s+\w+)\s+on|"
    + ORIGIN_PHRASES + r")\s+"
)
# A summary naming a cause after its phrase: "drought is to blame", "the filling is behind the drop",
# "a drought explains the low flows", "the filling has cut the river's flow".
CAUSE_AFTER: str = (
    r"\s+(?:(?:is|was|are|were|has\s+been|had\s+been|remains?)\s+)?(?:(?:really\s+|solely\s+|partly\s+)?to\s+blame|"
    r"responsible|the\s+(?:real\s+|main\s+|true\s+)?(?:cause|culprit|reason)|(?:lies|lay|is|was)\s+behind|"
    r"behind\s+(?:it|the)|explains?|explained)\b|"
    # a causal verb whose subject is the cause: "the filling has cut the flow", "the dam is starving the river"
    # ("cut", "drives" alone may be nouns: "maintenance cuts")
    r"\s+(?:(?:has|have|had)\s+(?:cut|reduced|lowered|drained|depleted|starved|choked|dried\s+up|caused|triggered|"
    r"driven|sparked|led\s+to)|(?:is|are|was|were)\s+(?:cutting|reducing|lowering|draining|depleting|starving|"
    r"choking|drying\s+up|causing|triggering|driving|sparking|leading\s+to)|caused|causes|reduced|lowered|drained|"
    r"depleted|starved|choked|dried\s+up|triggered|sparked|drove|led\s+to)\b(?!\s+by\b)"
)


# Head nouns of institutions' names: "the office" names the "Dravian Statistical Office" when no other source's
# name ends so (not "Ministry of Defence": its last word is no head).
INSTITUTION_HEADS: frozenset[str] = frozenset("""
office agency bureau commission committee council board authority service department directorate institute
mission ministry association federation union alliance coalition court tribunal inspectorate trust fund network
observatory centre center foundation secretariat regulator watchdog company corporation
""".split())


# Words by which a claim says who started a fight ("broke the ceasefire first", "opened fire first", "started the
# exchange"): opposed claims of this kind differ only by who did it.
PRIORITY_CUES: str = (
    r"\bfirst\b|\bstart(?:ed|ing|s)?\b|\bbegan\b|\bbegin(?:s|ning)?\b|\binitiat\w+|\bprovok\w+|"
    r"\bbr(?:oke|eak|eaks|eaking)\s+(?:the\s+|a\s+)?(?:ceasefire|truce)|\bviolat\w+\s+(?:the\s+|a\s+)?(?:ceasefire|truce)"
)
