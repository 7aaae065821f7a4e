"""Word lists for the numbers scorer: number words, scales, qualifier cues, units and month names.

DATA ONLY. Every group says what it catches and gives one example that ``tests/test_numbers.py``
checks is caught. Words here are general English; nothing in this file belongs to one article.
"""

from __future__ import annotations

# Cardinal number words below twenty. Example: "seven settlements" -> 7.
UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

# Tens, joined to units by a hyphen or a space. Example: "forty-two thousand" -> 42000.
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip

# Scale words that multiply what precedes them (or "a"/"an"). Example: "a thousand" -> 1000,
# "two dozen" -> 24, "1.3 million" -> 1300000.
SCALE_WORDS: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip

# Scale suffixes glued to digits. Example: "42k" -> 42000, "$2bn" -> 2e9.
SCALE_SUFFIXES: dict[str, int] = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# Fixed phrases that state a number without number digits or cardinal words.
# Example: "a couple of days" -> 2 (read as approximate); "half a million" -> 500000 via "half".
PHRASE_NUMBERS: dict[str, float] = {"a couple of": 2, "a pair of": 2}

# Denominators of spelled-out fractions. Example: "two-thirds of the vote" -> 0.667, "a fifth" -> 0.2.
FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}

# Numerators of spelled-out fractions. Example: "three quarters" -> 3/4, "an eighth of a million" -> 125000.
FRACTION_NUMERATORS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}

# Nouns of a figure that is a bar others are measured against: a summary's "above 15 ppb" compares with such a
# figure and states no bound on it. Example: referent "national lead action level", "legal limit", "the treaty floor".
THRESHOLD_NOUNS: frozenset[str] = frozenset({
    "limit", "limits", "threshold", "thresholds", "ceiling", "floor", "action level", "cutoff", "cut-off",
    "guideline", "guidelines",
})

# Ratio words. Example: "twice as many" -> 2 (ratio); "four times larger" uses RATIO_TIMES.
RATIO_WORDS: dict[str, float] = {"twice": 2, "thrice": 3, "double": 2, "triple": 3}
# The word after a number that makes it a ratio. Example: "four times" -> 4 (ratio).
RATIO_TIMES: frozenset[str] = frozenset({"times", "fold"})
# "half" is a ratio only before these words. Example: "half of the area" -> 0.5 (ratio).
HALF_RATIO_NEXT: tuple[str, ...] = ("of the", "of its", "of their", "of all", "the")

# Qualifier cues on the summary side, read backwards from a number (longest cue wins).
# Lower bounds. Example: "more than 40,000 troops" -> more.
QUALIFIERS_MORE: tuple[str, ...] = (
    "more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding",
    "exceeds", "exceed", "just over", "well over", "topped", "tops", "top", "surpassing",
    "surpassed", "greater than", "no fewer than", "no less than", "north of", "a minimum of",
)  # fmt: skip
# Upper bounds, and figures that approach from below. Example: "nearly 40,000 troops" -> less.
QUALIFIERS_LESS: tuple[str, ...] = (
    "nearly", "almost", "close to", "just under", "under", "less than", "fewer than", "below",
    "up to", "as many as", "as much as", "not quite", "no more than", "at most", "short of", "shy of",
    "a maximum of",
)  # fmt: skip
# Words that govern a following "over" as their own preposition: the figure after it is unbounded.
# Example: "handed over 19 hostages", "a strike over 2,100 job cuts", "guards watched over 2,340 inmates".
OVER_GOVERNORS: frozenset[str] = frozenset("""
hand hands handed handing take takes took taken taking turn turns turned turning watch watches watched watching
hold holds held fight fights fought row rows dispute disputes strike strikes clash clashes talks concern concerns
fear fears anger protest protests rift feud standoff battle battles argue argued arguing quarrel tension tensions
""".split())
# Verbs in -s that take a bound on a figure: after them "above/below/under/over" is a qualifier, while after a
# plural noun it bounds a class of things ("clearings under 25 hectares", "readings above 300").
# Example: "inflation remains above 30%" (a qualifier) against "it misses clearings under 25 ha" (a class).
BOUND_TAKING_VERBS: frozenset[str] = frozenset("""
is was has does goes remains stays stands sits lies hovers runs falls rises climbs drops dips slips edges trades
ranks exceeds tops says claims estimates puts keeps holds means totals numbers measures reaches amounts comes seems
appears looks gets sets plus less thus this its his always perhaps across towards
""".split())
# Approximations. Example: "about 40 km" -> about.
QUALIFIERS_ABOUT: tuple[str, ...] = (
    "about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "~",
    "circa", "approx.", "or so", "nigh on", "something like",
)  # fmt: skip
# Lower-bound marks written after the figure. Example: "40,000+ troops" -> more.
QUALIFIER_SUFFIX_MORE: tuple[str, ...] = ("+", "-plus", " plus", " or more", "-odd")

# Units: surface form -> (unit key, dimension, factor to the dimension's base unit).
# Base units: area km2, length km, percent percent, duration day. Currency and counts have no
# conversion between keys (factor 1.0 and compared by key only). Longest form is tried first.
# Area. Example: "40 square kilometres" -> km2; "15 sq mi" -> sq mi (2.58999 km2 each).
AREA_UNITS: dict[str, tuple[str, float]] = {
    "square kilometres": ("km2", 1.0), "square kilometers": ("km2", 1.0),
    "square kilometre": ("km2", 1.0), "square kilometer": ("km2", 1.0),
    "square km": ("km2", 1.0), "sq km": ("km2", 1.0), "sq. km": ("km2", 1.0), "sq.km": ("km2", 1.0),
    "km²": ("km2", 1.0), "km2": ("km2", 1.0), "kmsq": ("km2", 1.0),
    "square miles": ("sq mi", 2.58999), "square mile": ("sq mi", 2.58999), "sq mi": ("sq mi", 2.58999),
    "sq miles": ("sq mi", 2.58999), "sq. mi": ("sq mi", 2.58999), "mi²": ("sq mi", 2.58999),
    "hectares": ("ha", 0.01), "hectare": ("ha", 0.01), "ha": ("ha", 0.01),
    "acres": ("acre", 0.00404686), "acre": ("acre", 0.00404686),
    "square metres": ("m2", 1e-6), "square meters": ("m2", 1e-6), "square metre": ("m2", 1e-6),
    "square meter": ("m2", 1e-6), "sq m": ("m2", 1e-6), "sq. m": ("m2", 1e-6), "m²": ("m2", 1e-6),
    "m2": ("m2", 1e-6), "square feet": ("sq ft", 9.290304e-8), "square foot": ("sq ft", 9.290304e-8),
    "sq ft": ("sq ft", 9.290304e-8), "sq. ft": ("sq ft", 9.290304e-8), "ft²": ("sq ft", 9.290304e-8),
}  # fmt: skip
# Length. Example: "12 kilometres" -> km; "8 miles" -> mile (1.609344 km).
LENGTH_UNITS: dict[str, tuple[str, float]] = {
    "kilometres": ("km", 1.0), "kilometers": ("km", 1.0), "kilometre": ("km", 1.0),
    "kilometer": ("km", 1.0), "km": ("km", 1.0), "kms": ("km", 1.0),
    "miles": ("mile", 1.609344), "mile": ("mile", 1.609344), "mi": ("mile", 1.609344),
    "metres": ("m", 0.001), "meters": ("m", 0.001), "metre": ("m", 0.001), "meter": ("m", 0.001),
    "m": ("m", 0.001),
    "centimetres": ("cm", 1e-5), "centimeters": ("cm", 1e-5), "cm": ("cm", 1e-5),
    "millimetres": ("mm", 1e-6), "millimeters": ("mm", 1e-6), "mm": ("mm", 1e-6),
    "feet": ("ft", 0.0003048), "foot": ("ft", 0.0003048), "ft": ("ft", 0.0003048),
    "nautical miles": ("nmi", 1.852), "nautical mile": ("nmi", 1.852), "nmi": ("nmi", 1.852),
    "nm": ("nmi", 1.852), "sea miles": ("nmi", 1.852),
    "inches": ("inch", 2.54e-5), "inch": ("inch", 2.54e-5),
    "statute miles": ("mile", 1.609344), "statute mile": ("mile", 1.609344),
}  # fmt: skip
# Percentages and percentage points. Example: "40 per cent" -> percent; "3 points" -> pp.
PERCENT_UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0), "per cent": ("percent", 1.0), "percent": ("percent", 1.0),
    "pc": ("percent", 1.0), "percentage points": ("pp", 1.0), "percentage point": ("pp", 1.0),
    "points": ("pp", 1.0), "point": ("pp", 1.0), "pts": ("pp", 1.0),
}  # fmt: skip
# Durations (base: day). Example: "three weeks" -> week (7 days).
DURATION_UNITS: dict[str, tuple[str, float]] = {
    "seconds": ("second", 1 / 86400), "second": ("second", 1 / 86400),
    "minutes": ("minute", 1 / 1440), "minute": ("minute", 1 / 1440), "mins": ("minute", 1 / 1440),
    "min": ("minute", 1 / 1440), "hours": ("hour", 1 / 24), "hour": ("hour", 1 / 24), "hrs": ("hour", 1 / 24),
    "hr": ("hour", 1 / 24), "h": ("hour", 1 / 24),
    "days": ("day", 1.0), "day": ("day", 1.0), "weeks": ("week", 7.0), "week": ("week", 7.0),
    "months": ("month", 30.44), "month": ("month", 30.44),
    "years": ("year", 365.25), "year": ("year", 365.25), "decades": ("decade", 3652.5),
    "decade": ("decade", 3652.5),
}  # fmt: skip
# Currencies written after the figure, by name or code. Example: "40 million dollars" -> usd,
# "5 billion euros" -> eur, "USD 40m" is a case author's "USD".
CURRENCY_UNITS: dict[str, tuple[str, float]] = {
    "dollars": ("usd", 1.0), "dollar": ("usd", 1.0), "usd": ("usd", 1.0), "us dollars": ("usd", 1.0),
    "us$": ("usd", 1.0),
    "euros": ("eur", 1.0), "euro": ("eur", 1.0), "eur": ("eur", 1.0),
    "pounds": ("gbp", 1.0), "pound": ("gbp", 1.0), "gbp": ("gbp", 1.0), "pounds sterling": ("gbp", 1.0),
    "roubles": ("rub", 1.0), "rubles": ("rub", 1.0), "rouble": ("rub", 1.0), "ruble": ("rub", 1.0),
    "rub": ("rub", 1.0),
    "hryvnias": ("uah", 1.0), "hryvnia": ("uah", 1.0), "uah": ("uah", 1.0), "yuan": ("cny", 1.0),
    "cny": ("cny", 1.0), "yen": ("jpy", 1.0), "jpy": ("jpy", 1.0), "pesos": ("peso", 1.0),
    "peso": ("peso", 1.0), "rupees": ("inr", 1.0), "rupee": ("inr", 1.0), "inr": ("inr", 1.0),
    "swiss francs": ("chf", 1.0), "chf": ("chf", 1.0),
    # other currencies by their English names ("48 million dinars" is money, so "48 million euros" is its wrong unit)
    "dinars": ("dinar", 1.0), "dinar": ("dinar", 1.0), "dirhams": ("dirham", 1.0), "dirham": ("dirham", 1.0),
    "riyals": ("riyal", 1.0), "riyal": ("riyal", 1.0), "rials": ("riyal", 1.0), "rial": ("riyal", 1.0),
    "lira": ("lira", 1.0), "liras": ("lira", 1.0), "lire": ("lira", 1.0), "zlotys": ("zloty", 1.0),
    "zloty": ("zloty", 1.0), "forints": ("forint", 1.0), "forint": ("forint", 1.0), "kronor": ("krona", 1.0),
    "krona": ("krona", 1.0), "kroner": ("krone", 1.0), "krone": ("krone", 1.0), "shillings": ("shilling", 1.0),
    "shilling": ("shilling", 1.0), "nairas": ("naira", 1.0), "naira": ("naira", 1.0), "rupiah": ("rupiah", 1.0),
    "ringgit": ("ringgit", 1.0), "baht": ("baht", 1.0), "taka": ("taka", 1.0), "manats": ("manat", 1.0),
    "manat": ("manat", 1.0), "tenge": ("tenge", 1.0), "laris": ("lari", 1.0), "lari": ("lari", 1.0),
    "drams": ("dram", 1.0), "birr": ("birr", 1.0), "cedis": ("cedi", 1.0), "cedi": ("cedi", 1.0),
    "kwacha": ("kwacha", 1.0), "leva": ("lev", 1.0),
    "lev": ("lev", 1.0), "denars": ("denar", 1.0), "denar": ("denar", 1.0),
    # ... and the names invented countries' money most often takes ("5,000 crowns", "62 million Karvenian marks")
    "crowns": ("crown", 1.0), "crown": ("crown", 1.0), "marks": ("mark", 1.0), "francs": ("franc", 1.0),
    "franc": ("franc", 1.0), "florins": ("florin", 1.0), "florin": ("florin", 1.0), "korunas": ("koruna", 1.0),
    "koruna": ("koruna", 1.0), "guilders": ("guilder", 1.0), "guilder": ("guilder", 1.0),
    # a hundredth of a currency: "28 cents a litre" is 0.28 euros (or dollars) a litre; "pence" are a pound's
    "cents": ("cent", 0.01), "cent": ("cent", 0.01), "pence": ("gbp", 0.01),
}  # fmt: skip
# Currencies whose hundredth is a cent: "28 cents" is 0.28 of whichever of them the case counts in.
CENT_CURRENCIES: frozenset[str] = frozenset({"usd", "eur"})
# Currency symbols written before the figure. Example: "$40m" -> usd, 40000000; "€5bn" -> eur.
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "usd", "us$": "usd", "€": "eur", "£": "gbp", "¥": "jpy", "₽": "rub", "₹": "inr", "₴": "uah",
    # ISO codes before the figure, as models often write them: "USD 5 million", "EUR 410m"
    "usd": "usd", "eur": "eur", "gbp": "gbp", "jpy": "jpy", "rub": "rub", "inr": "inr", "uah": "uah", "cny": "cny",
    "chf": "chf",
}  # fmt: skip
# Volume (base: cubic metre). Example: "640 cubic metres" -> m3; "2 million litres" -> litre (0.001 m3).
VOLUME_UNITS: dict[str, tuple[str, float]] = {
    "cubic metres": ("m3", 1.0), "cubic meters": ("m3", 1.0), "cubic metre": ("m3", 1.0),
    "cubic meter": ("m3", 1.0), "m³": ("m3", 1.0), "m3": ("m3", 1.0),
    # gas in the trade's abbreviations: "5.2 bcm a month", "14.1 mcm/d"
    "bcm": ("bcm", 1e9), "mcm": ("mcm", 1e6),
    "litres": ("litre", 0.001), "liters": ("litre", 0.001), "litre": ("litre", 0.001),
    "liter": ("litre", 0.001), "barrels": ("barrel", 0.158987), "barrel": ("barrel", 0.158987),
    "decilitres": ("dl", 0.0001), "decilitre": ("dl", 0.0001), "deciliters": ("dl", 0.0001),
    "deciliter": ("dl", 0.0001), "dl": ("dl", 0.0001), "millilitres": ("ml", 1e-6), "millilitre": ("ml", 1e-6),
    "milliliters": ("ml", 1e-6), "milliliter": ("ml", 1e-6), "ml": ("ml", 1e-6),
    # "l" is a litre as authors abbreviate it, mostly under a slash ("480 ng/l", "2 mg/L")
    "l": ("litre", 0.001),
    "cubic feet": ("ft3", 0.0283168), "cubic foot": ("ft3", 0.0283168), "cu ft": ("ft3", 0.0283168),
    # the US gallon of most wire copy (an imperial gallon is 20% larger, outside any rounding)
    "gallons": ("gallon", 0.00378541), "gallon": ("gallon", 0.00378541),
}  # fmt: skip
# Mass (base: microgram, so that the small masses of concentrations stay far above the comparison epsilon).
# Example: "40 tonnes" -> tonne (10^12 µg); "500 kg" -> kg; "19 µg" -> µg.
MASS_UNITS: dict[str, tuple[str, float]] = {
    "tonnes": ("tonne", 1e12), "tonne": ("tonne", 1e12), "metric tons": ("tonne", 1e12), "t": ("tonne", 1e12),
    # "tons" in news copy is nearly always the metric tonne (a short ton differs by 9%, inside no rounding)
    "tons": ("tonne", 1e12), "ton": ("tonne", 1e12),
    "kilograms": ("kg", 1e9), "kilogram": ("kg", 1e9), "kg": ("kg", 1e9),
    # the small masses of concentrations ("1,140 mg of lead per kilogram", "19 µg/dL")
    "grams": ("g", 1e6), "gram": ("g", 1e6), "g": ("g", 1e6), "milligrams": ("mg", 1e3), "milligram": ("mg", 1e3),
    "mg": ("mg", 1e3), "micrograms": ("µg", 1.0), "microgram": ("µg", 1.0), "µg": ("µg", 1.0),
    "μg": ("µg", 1.0), "mcg": ("µg", 1.0), "nanograms": ("ng", 1e-3), "nanogram": ("ng", 1e-3), "ng": ("ng", 1e-3),
    # avoirdupois ("a 250-kg (550 lb) bomb"); "pounds" alone is sterling unless a case says it weighs
    "lb": ("lb", 4.5359237e8), "lbs": ("lb", 4.5359237e8), "ounces": ("oz", 2.8349523125e7),
    "ounce": ("oz", 2.8349523125e7), "oz": ("oz", 2.8349523125e7),
}  # fmt: skip
# Amounts of data (base: gigabyte). Example: "2.7 terabytes" -> TB (2,700 GB), "2,700 gigabytes" the same.
DATA_UNITS: dict[str, tuple[str, float]] = {
    "bytes": ("b", 1e-9), "kilobytes": ("kb", 1e-6), "kb": ("kb", 1e-6), "megabytes": ("mb", 1e-3),
    "megabyte": ("mb", 1e-3), "mb": ("mb", 1e-3), "gigabytes": ("gb", 1.0), "gigabyte": ("gb", 1.0),
    "gb": ("gb", 1.0), "terabytes": ("tb", 1e3), "terabyte": ("tb", 1e3), "tb": ("tb", 1e3),
    "petabytes": ("pb", 1e6), "petabyte": ("pb", 1e6), "pb": ("pb", 1e6),
}  # fmt: skip
# Power (base: megawatt). Example: "2 gigawatts" -> GW (1,000 MW); "1,850 kilowatts" -> kW (1.85 MW).
POWER_UNITS: dict[str, tuple[str, float]] = {
    "kilowatts": ("kw", 0.001), "kilowatt": ("kw", 0.001), "kw": ("kw", 0.001),
    "megawatts": ("mw", 1.0), "megawatt": ("mw", 1.0), "mw": ("mw", 1.0),
    "gigawatts": ("gw", 1000.0), "gigawatt": ("gw", 1000.0), "gw": ("gw", 1000.0),
}  # fmt: skip
# Radiation doses (base: microsievert). Example: "1.6 mSv" -> msv (1,600 µSv); "0.9 microsieverts" -> µsv.
DOSE_UNITS: dict[str, tuple[str, float]] = {
    "sieverts": ("sv", 1e6), "sievert": ("sv", 1e6), "sv": ("sv", 1e6),
    "millisieverts": ("msv", 1e3), "millisievert": ("msv", 1e3), "msv": ("msv", 1e3),
    "microsieverts": ("µsv", 1.0), "microsievert": ("µsv", 1.0), "µsv": ("µsv", 1.0), "μsv": ("µsv", 1.0),
}  # fmt: skip
# Electric potential (base: volt). Example: "a 400-kV line" -> kv (400,000 V).
VOLTAGE_UNITS: dict[str, tuple[str, float]] = {
    "volts": ("v", 1.0), "volt": ("v", 1.0), "kilovolts": ("kv", 1e3), "kilovolt": ("kv", 1e3), "kv": ("kv", 1e3),
}  # fmt: skip
# Concentrations told as parts (base: parts per million). Example: "46 ppm" -> ppm; "480 parts per billion" -> ppb.
CONCENTRATION_UNITS: dict[str, tuple[str, float]] = {
    "ppm": ("ppm", 1.0), "parts per million": ("ppm", 1.0), "ppb": ("ppb", 1e-3), "parts per billion": ("ppb", 1e-3),
    "parts per trillion": ("ppt", 1e-6),
}  # fmt: skip
# Speeds, to kilometres per hour. Example: "151 knots" -> kt (279.7 km/h), "280 km/h".
SPEED_UNITS: dict[str, tuple[str, float]] = {
    "knots": ("kt", 1.852), "knot": ("kt", 1.852), "kt": ("kt", 1.852), "kts": ("kt", 1.852),
    "km/h": ("kmh", 1.0), "kph": ("kmh", 1.0), "kmh": ("kmh", 1.0), "kilometres per hour": ("kmh", 1.0),
    "kilometers per hour": ("kmh", 1.0), "kilometres an hour": ("kmh", 1.0), "kilometers an hour": ("kmh", 1.0),
    "mph": ("mph", 1.609344), "miles per hour": ("mph", 1.609344), "miles an hour": ("mph", 1.609344),
    "m/s": ("ms", 3.6), "metres per second": ("ms", 3.6), "meters per second": ("ms", 3.6),
}  # fmt: skip
# Temperature (compared by key, no conversion). Example: "1.5 °C" -> c.
TEMPERATURE_UNITS: dict[str, tuple[str, float]] = {
    "°c": ("c", 1.0), "degrees celsius": ("c", 1.0), "degrees": ("c", 1.0), "degree": ("c", 1.0),
    "degree celsius": ("c", 1.0), "°f": ("f", 1.0), "degrees fahrenheit": ("f", 1.0), "degree fahrenheit": ("f", 1.0),
    "fahrenheit": ("f", 1.0),
}  # fmt: skip

# Unit forms read only in a case's unit string, never after a summary's figure (there "C" may be a
# grade). Example: a case's "unit: C" -> degrees Celsius. ("12 m" after a figure is metres; "12m",
# glued, is twelve million: SCALE_SUFFIXES.)
CASE_ONLY_UNITS: dict[str, tuple[str, str, float]] = {"c": ("c", "temperature", 1.0)}

# Rates: the words that introduce a denominator after a unit or counted noun.
# Example: "5 billion euros per year", "40 a day", "12 cases per 100,000 people".
RATE_CUES: tuple[str, ...] = ("per", "a", "an", "each", "every", "/")
# Adverbs that state a rate on their own. Example: "5 billion euros annually" -> per year.
RATE_ADVERBS: dict[str, str] = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
    "hourly": "hour", "per annum": "year", "a year": "year", "a day": "day",
}  # fmt: skip
# Abbreviations that fuse a unit and its rate: form -> (unit word, time unit of the rate).
# Example: "410,000 bpd" -> 410,000 barrels per day.
FUSED_RATE_UNITS: dict[str, tuple[str, str]] = {
    "bpd": ("barrels", "day"), "b/d": ("barrels", "day"), "bbl/d": ("barrels", "day"), "bopd": ("barrels", "day"),
}  # fmt: skip
# Short time units after "/" or "per". Example: "640 m3/s" -> per second.
RATE_ABBREVIATIONS: dict[str, str] = {
    "s": "second", "sec": "second", "h": "hour", "hr": "hour", "d": "day", "yr": "year", "y": "year",
    "annum": "year", "capita": "person", "head": "person",
}  # fmt: skip
# Words after a counted noun in a case's unit that say what happened to what is counted: the noun is
# the unit, the word its referent. Past participles ("-ed") count too. Example: "people killed" ->
# people (referent: killed); "people missing" -> people (referent: missing).
COUNT_STATUS_WORDS: frozenset[str] = frozenset({
    "dead", "missing", "wounded", "hurt", "homeless", "unaccounted", "held", "taken", "slain", "left",
})  # fmt: skip
# Counted nouns that count the same thing, by singular stem -> a shared form. Example: "14 troops"
# counts what a case's "soldiers killed" counts.
COUNT_NOUN_SYNONYMS: dict[str, str] = {
    "troop": "soldier", "serviceman": "soldier", "servicemember": "soldier", "soldier": "soldier",
    "vessel": "ship", "ship": "ship", "tanker": "ship", "boat": "ship", "trawler": "ship", "freighter": "ship",
    "warship": "ship", "lorry": "truck", "truck": "truck", "aircraft": "plane", "plane": "plane",
    "dwelling": "house", "home": "house", "house": "house", "firm": "company", "company": "company",
    "physician": "doctor", "doctor": "doctor", "visit": "inspection", "inspection": "inspection",
    "reporter": "journalist", "correspondent": "journalist", "journalist": "journalist",
    "time": "occasion", "occasion": "occasion", "instance": "occasion",
    "job": "job", "post": "job", "position": "job",
    "component": "part", "part": "part",
    "bullet": "shot", "shot": "shot",
}  # fmt: skip
# A count of people next to one of these words is a death toll. Example: "has killed 112 people",
# "112 people died" -> counts what a case's "deaths" counts (DEATH_NOUNS).
DEATH_CUES: tuple[str, ...] = ("killed", "died", "dead", "perished", "killing", "lost their lives")
DEATH_NOUNS: tuple[str, ...] = ("deaths", "dead", "fatalities", "killed", "death toll", "toll", "bodies")
# Events a count of people can be the toll of, by the words beside it, and the nouns a case counts them by.
# Example: "infected 4,212 people" counts a case's "cases"; "63 people were arrested" its "arrests".
EVENT_CUES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "killed": (DEATH_CUES, DEATH_NOUNS),  # tried first: "112 people died" is a death toll
    "infected": (("infected", "infecting", "sickened", "fell ill", "tested positive", "contracted"),
                 ("cases", "infections", "infected", "patients")),
    "arrested": (("arrested", "detained", "held", "taken into custody", "rounded up"),
                 ("arrests", "detentions", "detainees", "detained", "arrested")),
    "injured": (("injured", "wounded", "hurt", "treated for injuries"), ("injuries", "injured", "wounded")),
    "evacuated": (("evacuated", "displaced", "fled", "forced from their homes"),
                  ("evacuees", "evacuated", "displaced", "displaced people")),
    "assaulted": (("assaulted", "raped", "sexually assaulted"), ("assaults", "rapes", "sexual assaults")),
}
# Events a case figure's referent may name only as the setting of another ("guards killed in the assault"): a figure
# counts them only when its own unit does ("340 assaults").
SETTING_EVENTS: frozenset[str] = frozenset({"assaulted"})
# Nouns for groups of people that a generic "people" count may stand for, and the reverse (singular stems).
# Example: "3,100 people a month" for a case's 3,100 "migrants per month".
PERSON_GROUP_NOUNS: frozenset[str] = frozenset("""
migrant refugee asylum-seeker resident civilian voter worker employee protester demonstrator marcher patient
passenger inhabitant citizen student pilgrim evacuee detainee prisoner survivor victim participant member
crew candidate pupil applicant casualty fan spectator suspect striker hostage miner villager farmer herder
recruit conscript fisherman tourist settler defendant viewer listener reader
""".split())
# What a count of people can be set against as a limit: "42,600 people in a 38,000-seat stadium, some 4,600
# more than it was built for", "420 aboard a train with 360 seats, so at least 60 standing".
CAPACITY_NOUNS: frozenset[str] = frozenset({"seat", "place", "bed", "berth", "space", "capacity"})
# Generic counted nouns for people (singular stems), for the death-toll reading. Example: "112 people".
# Not groups of people ("12 children killed" is not the whole toll).
PERSON_NOUNS: frozenset[str] = frozenset({"people", "person"})
# Generic counted nouns for animals (singular stems), and the kinds of animal they cover: "212 whales and dolphins"
# are 212 of a case's "dead animals"; not the reverse, which may narrow the count to one kind.
ANIMAL_NOUNS: frozenset[str] = frozenset({"animal", "creature", "mammal"})
ANIMAL_KINDS: frozenset[str] = frozenset("""
whale dolphin porpoise seal sea-lion turtle shark fish bird seabird gull pelican penguin elephant rhino lion tiger
leopard cheetah giraffe zebra antelope gazelle deer elk moose bear wolf fox dog cat horse donkey camel cow cattle
bull calf sheep lamb goat pig boar chicken hen duck goose bat monkey ape gorilla chimpanzee orangutan bison buffalo
reindeer hippo hippopotamus crocodile vulture eagle hawk owl
""".split())
# Words that tie a unit to what it measures, the referent, not part of the unit.
# Example: "percent of the vote" -> percent (referent: vote); "times the airtime" -> times (airtime).
REFERENT_LINKS: tuple[str, ...] = ("of", "the", "of the", "of all", "of its", "of their")

# Dimension of each unit group, keyed by dimension name.
UNIT_GROUPS: dict[str, dict[str, tuple[str, float]]] = {
    "area": AREA_UNITS,
    "length": LENGTH_UNITS,
    "percent": PERCENT_UNITS,
    "duration": DURATION_UNITS,
    "currency": CURRENCY_UNITS,
    "volume": VOLUME_UNITS,
    "mass": MASS_UNITS,
    "power": POWER_UNITS,
    "concentration": CONCENTRATION_UNITS,
    "dose": DOSE_UNITS,
    "voltage": VOLTAGE_UNITS,
    "speed": SPEED_UNITS,
    "temperature": TEMPERATURE_UNITS,
    "data": DATA_UNITS,
}

# Month names (full and abbreviated) for dates. Example: "August 6, 2024" -> day 6, year 2024.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Fixed expressions whose number word is not a quantity. Example: "net-zero emissions" -> no figure.
NUMBER_IDIOMS: tuple[str, ...] = (
    "net zero", "net-zero", "zero-sum", "zero sum", "zero tolerance", "zero-tolerance", "ground zero",
    "patient zero", "year zero", "day one", "one-sided", "one-off", "one another", "number one",
    "first-hand", "second-hand", "two-faced", "two-way", "one-way", "two-state", "one-party",
)

# Words skipped between a number and its counted noun. Example: "40,000 of its troops" -> troops.
NOUN_SKIP: frozenset[str] = frozenset({
    "of", "its", "their", "his", "her", "our", "the", "more", "additional", "other", "extra",
    "further", "new", "such", "fewer", "less", "whole", "entire", "full",
})  # fmt: skip

# Words that end a counted-noun phrase (function words, common verbs, time words).
# Example: "40 troops were killed" -> troops (stops at "were").
# Words too general to say what a figure measures: "the real rate is 14%" names no rival's rate.
GENERIC_MEASURE_WORDS: frozenset[str] = frozenset({
    "rate", "rates", "figure", "figures", "number", "numbers", "level", "levels", "estimate", "estimates",
    "amount", "real", "true", "official", "actual",
})
NOUN_STOP: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "in", "on", "at", "of", "to", "by", "for", "from",
    "with", "into", "onto", "over", "under", "since", "during", "after", "before", "until", "than",
    "as", "across", "along", "near", "around", "about", "through", "per", "within", "between",
    "beyond", "past", "behind", "ahead",
    "that", "which", "who", "whom", "whose", "this", "these", "those", "it", "they", "he", "she",
    "we", "you", "them", "us", "him", "were", "was", "is", "are", "be", "been", "being", "had", "has", "have",
    "did", "do", "does", "will", "would", "could", "should", "can", "may", "might", "must",
    "said", "says", "say", "not", "so", "yet", "also", "then", "there", "here", "now", "ago",
    "earlier", "later", "alone", "each", "apiece", "total", "altogether", "overall", "back",
    "instead", "rather", "respectively", "apart", "away", "together", "either", "neither",
    "retaken", "recaptured", "captured", "killed", "wounded", "taken", "lost", "left",
    "times", "fold", "percent", "more", "less", "plus",
    # comparatives: "about 2,200 higher than the ministry's 1,214" leaves the noun out
    "higher", "lower", "fewer", "greater", "larger", "smaller", "bigger", "above", "below", "short",
    # a difference told as a noun: "a 230 million difference", "a 1,260 gap" (what differs is counted elsewhere)
    "difference", "gap", "shortfall", "discrepancy",
})  # fmt: skip
# Irregular forms of the verbs by which figures change, to their base: "deforestation fell 21%" names the "fall" of a
# referent "year-on-year fall in clearing".
IRREGULAR_CHANGE_VERBS: dict[str, str] = {
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow",
    "sank": "sink", "sunk": "sink", "shrank": "shrink", "shrunk": "shrink",
}
# Irregular past tenses: never the counted noun after a figure ("seven were shot down, meaning four got
# through"), yet words that say what a clause is about (not in NOUN_STOP).
PAST_TENSE_NOT_NOUN: frozenset[str] = frozenset({
    "got", "went", "came", "fell", "rose", "grew", "ran", "fled", "made", "took", "gave", "saw", "broke",
    "began", "stood", "sank", "hid", "became",
})  # fmt: skip

# Nouns that say what a sum of money is, not what is counted ("the 18 million cap", "a 250,000 reward"): a bare
# figure before one is the case's money figure, whose currency the summary leaves out (singular stems).
MONEY_NOUNS: frozenset[str] = frozenset("""
cap limit ceiling fine penalty reward bounty ransom bribe budget bill payment payout contract loan grant subsidy bonus
salary wage pension fee levy tax tariff price cost settlement compensation donation pledge package fund bailout debt
deficit surplus revenue profit investment spending overspend windfall damage award prize allowance stipend mark
""".split())

# Words after "one" that make it a pronoun or an ordinary word, not a count.
# Example: "one of the towns", "one another" -> not judged.
ONE_NOT_COUNT_NEXT: frozenset[str] = frozenset({
    "of", "another", "who", "which", "that", "thing", "way", "side", "hand", "day", "point",
    "time", "after", "by", "or", "and", "in", "is", "was", "has", "had", "would", "could",
    "should", "can", "may", "might", "must", "will",
})  # fmt: skip
# Words before "one" that make it a pronoun. Example: "no one", "the one" -> not judged.
ONE_NOT_COUNT_PREV: frozenset[str] = frozenset({
    "no", "the", "any", "every", "each", "this", "that", "which", "some", "someone", "anyone",
    "everyone", "other", "another", "only", "little", "big", "new", "old", "last", "such",
})  # fmt: skip


# Nouns for what a summary itself weighs ("two irreconcilable accounts", "three competing estimates") and for the
# parties it names ("the two governments", "both neighbours"): a small
# number word counting them refers to things the summary names, not to a figure of the story.
DISCOURSE_NOUNS: frozenset[str] = frozenset("""
account accounts version versions side sides story stories narrative narratives explanation explanations view views
interpretation interpretations reading readings estimate estimates figure figures tally tallies count counts toll tolls
camp camps sets
governments neighbours neighbors countries nations capitals rivals parties armies
""".split())
