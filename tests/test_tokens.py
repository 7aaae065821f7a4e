"""The token layer: one reading of a summary, offsets always into the text as written."""

from __future__ import annotations

from harness.caseload import load_case
from scorers import rulebook, score_summary
from scorers.text import plain
from scorers.tokens import read


def _case():
    return load_case(rulebook.EXAMPLES_DIR / "basic.yaml")


def test_plain_blanks_markdown_and_keeps_length() -> None:
    for text in ["- **Vale:** Sudria lost 4,200.", "## Headline\nbody", "__Key points__:", "* a bullet", "5*3 x_y"]:
        assert len(plain(text)) == len(text)
    assert plain("- **Vale:** x") == "-   Vale:   x"
    assert plain("* a bullet") == "* a bullet"  # a bullet marker stays
    assert plain("x_y 5*3") == "x_y 5*3"  # no emphasis inside words or numbers


def test_read_gives_sentences_quotes_and_words_once() -> None:
    doc = read('Vale said "Kessel fell". Okafor denied it.')
    assert [s.text for s in doc.sentences] == ['Vale said "Kessel fell".', "Okafor denied it."]
    assert doc.quotes == [(10, 23)]
    assert doc.words[0].lower == "vale" and doc.sentence_at(30).text == "Okafor denied it."
    assert read(doc) is doc


def test_invisible_characters_do_not_change_verdicts_and_spans_stay_in_the_original() -> None:
    clean = score_summary(_case(), "Sudria lost 4,200 soldiers, Vale said. Kessel was liberated.")
    text = "Sudria lost 4,2\u200b00 sol\u00addiers, Va\u200ble said. Kessel was lib\u00aderated."
    noisy = score_summary(_case(), text)
    assert [(c.claim_id, c.verdict) for c in noisy.claims] == [(c.claim_id, c.verdict) for c in clean.claims]
    assert [(n.verdict, n.number_id) for n in noisy.numbers] == [(n.verdict, n.number_id) for n in clean.numbers]
    assert [t.voice for t in noisy.loaded] == ["narrator"]
    for c in noisy.claims:
        assert text[c.span[0]:c.span[1]] == c.evidence
    for n in noisy.numbers:
        assert text[n.span[0]:n.span[1]] == n.text == "4,2\u200b00"
    assert text[noisy.loaded[0].span[0]:noisy.loaded[0].span[1]] == "lib\u00aderated"


def test_bold_lead_in_bullets_attribute_and_evidence_keeps_the_markup() -> None:
    text = "- **Vale:** Sudria lost 4,200 soldiers.\n- **Okafor:** Norlandic troops withdrew from the ridge."
    record = score_summary(_case(), text)
    assert {c.claim_id: c.verdict for c in record.claims} == {"losses": "attributed", "withdrawal": "attributed"}
    assert all("**" in c.evidence for c in record.claims)


def test_a_long_first_line_before_a_capitalised_line_is_a_headline() -> None:
    """ "Ostrevia claims independence landslide; Valmora says turnout below 30%" (70 characters, round 88's referendum
    case) above "The official turnout was ..." is a headline, a sentence of its own, though lines of 70 characters or
    more are otherwise read as hard-wrapped prose; in hard-wrapped text (three lines that run on) the first line wraps
    too."""
    from scorers.text import sentences

    head = "Ostrevia claims independence landslide; Valmora says turnout below 30%"
    got = [s.text for s in sentences(head + "\nThe official turnout was 57.4%, with 89.2% voting yes.")]
    assert got == [head, "The official turnout was 57.4%, with 89.2% voting yes."]
    wrapped = "\n".join([head, "Regional officials said the count went on late into", "the night in Castrena and in",
                         "the capital, with queues at most stations", "before polls closed."])
    assert len(sentences(wrapped)) == 1
