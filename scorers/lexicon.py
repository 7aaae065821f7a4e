"""Word lists of general English that the attribution, hedging and loaded-term rules use.

Data only: each list says what it catches, with an example that ``tests/test_lexicon.py`` checks.
Nothing here may name a person, place or figure of any one article; that belongs in case files.
"""

from __future__ import annotations

# Verbs whose subject is the source of what follows or precedes them.
# Catches: "the minister said ...", "the capital claims ...", "..., the ministry added", "said the minister".
REPORT_VERBS: tuple[str, ...] = (
    "say", "says", "said", "saying", "claim", "claims", "claimed", "claiming", "tell", "tells", "told",
    "state", "states", "stated", "report", "reports", "reported", "reporting", "announce", "announces",
    "announced", "assert", "asserts", "asserted", "add", "adds", "added", "adding", "note", "notes", "noted",
    "insist", "insists", "insisted", "maintain", "maintains", "maintained", "allege", "alleges", "alleged",
    "estimate", "estimates", "estimated", "acknowledge", "acknowledges", "acknowledged", "admit", "admits",
    "admitted", "confirm", "confirms", "confirmed", "declare", "declares", "declared", "argue", "argues",
    "argued", "warn", "warns", "warned", "boast", "boasts", "boasted", "explain", "explains", "explained",
    "write", "writes", "wrote", "brief", "briefs", "briefed", "inform", "informs", "informed", "cite", "cites",
    "cited", "suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "reveal", "reveals",
    "revealed", "disclose", "discloses", "disclosed", "describe", "describes", "described", "put", "puts",
    "insisting", "contend", "contends", "contended", "assess", "assesses", "assessed", "count", "counts",
    "counted", "tally", "tallied", "calculate", "calculated", "projected", "projects", "predicted",
    "say so", "accuse", "accuses", "accused", "characterise", "characterised", "characterize", "characterized",
    "call", "calls", "called", "brand", "brands", "branded", "label", "labels", "labelled", "labeled",
    "dub", "dubs", "dubbed", "term", "termed", "designate", "designated", "designates",
    "order", "orders", "ordered", "vow", "vows", "vowed", "pledge", "pledged", "promise", "promised",
    "urge", "urges", "urged", "demand", "demands", "demanded", "instruct", "instructed", "propose",
    "proposes", "proposed", "float", "floated", "threaten", "threatened", "want", "wants",
    "wanted", "present", "presented", "frame", "framed", "portray", "portrayed", "hail", "hailed",
    "show", "shows", "showed", "justify", "justified",
    "defend", "defended", "explain", "mention", "mentioned", "repeat", "repeated", "reiterate", "reiterated",
    "contends", "concede", "conceded", "concedes", "recall", "recalled", "believe", "believes", "believed",
    "think", "thinks", "thought", "consider", "considers", "considered", "view", "views",
    "viewed", "regard", "regards", "regarded", "intend", "intends", "intended", "plan", "plans", "planned",
    "aim", "aims", "aimed", "seek", "seeks", "sought", "hope", "hopes", "hoped", "reckon", "reckons",
    "give", "gives", "gave", "giving", "cry", "cries", "cried", "crying", "denounce", "denounces", "denounced",
    "denouncing", "decry", "decries", "decried", "condemn", "condemns", "condemned", "slam", "slams",
    "slammed", "tout", "touts", "touted", "trumpet", "trumpeted", "forecast", "forecasts", "expect", "expects",
    "expected", "stating", "telling", "announcing", "asserting", "noting", "insisting", "maintaining",
    "alleging", "estimating", "acknowledging", "admitting", "confirming", "declaring", "arguing", "warning",
    "boasting", "explaining", "writing", "briefing", "informing", "citing", "suggesting", "revealing",
    "describing", "putting", "accusing", "calling", "branding", "labelling", "labeling", "dubbing", "terming",
    "ordering", "vowing", "pledging", "promising", "urging", "demanding", "proposing", "threatening",
    "presenting", "portraying", "hailing", "showing", "shown", "insists", "counting", "reporting",
    "blame", "blames", "blamed", "blaming", "point to", "points to", "pointed to", "pointing to",
    "attribute", "attributes", "hold responsible", "holds responsible", "held responsible",
    "revise", "revises", "revised", "update", "updates", "updated",
    "conclude", "concludes", "concluded", "concluding", "find", "finds", "found",
    "determine", "determines", "determined", "judge", "judges", "judged", "reply", "replies", "replied",
    "respond", "responds", "responded", "retort", "retorted", "counter", "counters", "countered",
    "answer", "answered", "back", "backs", "backed", "endorse", "endorses", "endorsed",
    "record", "records", "recorded", "register", "registers", "registered", "log", "logged",
    "spoke of", "speaks of", "speak of", "talked of", "talks of", "spoke about", "suspect", "suspects",
    "suspected", "concede", "conceded", "deplore", "deplored", "credit", "credits", "credited", "crediting",
)

# Verbs of counting or measuring: a frame when they open a statement ("Rosstat counted 162,000"), but
# content when nested inside someone else's report ("the ministry says its task force counts only ...").
MEASURE_VERBS: tuple[str, ...] = (
    "count", "counts", "counted", "counting", "tally", "tallied", "record", "records", "recorded",
    "register", "registers", "registered", "log", "logged", "estimate", "estimates", "estimated",
    "calculate", "calculated", "put", "puts", "projected", "projects",
)

# Verbs of denial or dispute: the subject distances the claim instead of making it.
# Catches: "the army denies it lost 6,700 troops" (the claim is framed as disputed: hedged).
DENIAL_VERBS: tuple[str, ...] = (
    "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "dispute", "disputes", "disputed",
    "contest", "contests", "contested", "refute", "refutes", "refuted", "dismiss", "dismisses", "dismissed",
    "question", "questions", "questioned", "doubt", "doubts", "doubted", "challenge", "challenged",
)

# Nouns that, possessed by a source, make it the source: "the minister's figures", "the ministry's report".
REPORT_NOUNS: tuple[str, ...] = (
    "report", "reports", "claim", "claims", "figure", "figures", "estimate", "estimates", "statement",
    "statements", "account", "accounts", "assessment", "assessments", "words", "data", "tally", "count",
    "numbers", "version", "assertion", "assertions", "briefing", "remarks", "announcement", "view", "telling",
    "allegation", "allegations", "calculation", "calculations", "numbers", "update", "summary", "message",
    "order", "orders", "warning", "description", "characterisation", "characterization", "words", "analysis",
    "findings", "results", "count", "preliminary results", "results", "projection", "projections", "tallies",
    "statistics", "records", "registry", "database", "survey", "poll", "polls", "modelling", "model",
    "aim", "aims", "goal", "goals", "position", "argument", "explanation", "justification", "rationale", "line",
    "narrative", "reasoning", "insistence", "version of events", "telling of events", "contention", "belief",
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
    "investigation", "study", "assessment", "review", "reporting", "report", "reports", "account",
    "intelligence", "tally", "count", "count of", "statistics", "estimate", "figure", "chief", "secretary general",
    "secretary-general", "president", "director", "head of", "leadership", "ambassador", "envoy",
)

# People who speak for a source, after its possessive: "OPEC's chief said" is OPEC speaking.
POSSESSIVE_ROLES: tuple[str, ...] = (
    "chief", "spokesman", "spokeswoman", "spokesperson", "secretary general", "secretary-general", "president",
    "director", "head", "leader", "leaders", "leadership", "minister", "ministers", "ambassador", "envoy",
    "envoys", "aides", "aide", "officials", "official", "representative", "representatives", "press office",
    "press service", "negotiator", "negotiators", "commander", "commanders", "lawyer", "lawyers",
)

# Verbs that take the listener as an object before the report: "..., the minister told the president, while ...".
TELL_VERBS: tuple[str, ...] = (
    "told", "tells", "tell", "informed", "informs", "assured", "assures", "briefed", "briefs", "reminded",
    "reminds", "warned", "warns", "promised", "promises",
)

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
    "has not been confirmed", "unclear whether", "appear to", "appears to", "appeared to", "seem to",
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
)

# Verbs of receiving a report: their subject is the audience, not the source.
# Catches: "the president was told that ...", "the president heard that ...", "the leader was briefed that ...".
RECEPTION: tuple[str, ...] = (
    "was told", "were told", "has been told", "had been told", "is told", "are told", "was informed",
    "were informed", "has been informed", "had been informed", "was briefed", "were briefed",
    "has been briefed", "had been briefed", "heard", "hears", "learned", "learnt", "learns", "was shown",
    "listened to a report", "received a report", "was given a report", "was presented with",
)

# Personal pronouns that carry a source over from an earlier sentence: "He added that ...".
PRONOUNS: dict[str, str] = {
    "he": "person", "she": "person", "they": "any", "his": "person", "her": "person", "their": "any",
    "him": "person", "the latter": "any", "the former": "any", "it": "group", "its": "group",
}

# Relative pronouns whose antecedent is the source mentioned just before: "observers, who reported ...".
RELATIVE_PRONOUNS: tuple[str, ...] = ("who", "which", "that")

# Words between a source and its verb that do not break the frame: "the minister also said", "has since claimed".
FRAME_ADVERBS: tuple[str, ...] = (
    "also", "further", "later", "then", "earlier", "separately", "again", "previously", "since", "has", "have",
    "had", "would", "will", "has also", "had also", "publicly", "repeatedly", "reportedly", "now", "once",
    "even", "openly", "falsely", "proudly", "confidently", "flatly", "firmly", "quickly", "swiftly",
    "has since", "had earlier", "went on to", "is", "was", "were", "are", "is also", "was also", "did",
    "first", "initially", "at first", "subsequently", "in turn", "likewise", "similarly",
    "does", "do", "could", "can", "may", "might", "should", "had previously", "has previously",
)

# Verbs of stance whose object is a noun phrase in the narrator's own words, not reported speech:
# "Lowland condemned the water theft" uses the loaded term in the summary's voice.
NP_OBJECT_VERBS: tuple[str, ...] = (
    "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced", "denouncing",
    "decry", "decries", "decried", "slam", "slams", "slammed", "hail", "hails", "hailed", "tout", "touts",
    "touted", "trumpet", "trumpeted", "protest", "protests", "protested", "criticise", "criticised",
    "criticize", "criticized", "celebrate", "celebrated", "mourn", "mourned",
)

# Verbs that introduce a quotation or term as someone's wording: "what the capital calls 'liberated'".
CALLS_VERBS: tuple[str, ...] = (
    "call", "calls", "called", "describe", "describes", "described", "dub", "dubs", "dubbed", "term",
    "terms", "termed", "brand", "brands", "branded", "label", "labels", "labelled", "labeled", "refer to",
    "refers to", "referred to",
)


# Words of a claim's statement that say nothing about which claim it is, for cases whose claims have no
# cues (CONTRACT.md's minimum format): the remaining content words recognise a mention.
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
