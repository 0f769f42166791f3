"""Cleaning and chunking: pure logic, with a deterministic word-count 'tokenizer'."""

import re

from dragoman.ingest.chunker import chunk_text, split_sentences
from dragoman.ingest.clean import clean
from dragoman.ingest.readers import Extracted


def count_words(texts):
    return [len(t.split()) for t in texts]


def word_offsets(text):
    return [m.span() for m in re.finditer(r"\S+", text)]


def chunks_of(text, max_tokens=40, min_tokens=15, overlap=8):
    return chunk_text(text, count_words, word_offsets, max_tokens, min_tokens, overlap)


def test_boilerplate_and_unrelated_headlines_are_removed():
    raw = (
        "Back channels matter a great deal in diplomacy.\n"
        "Launching Political Campaign Careers: Getting Started\n"
        "You may want to see also\n"
        "Explore related products\n"
        "Secrecy has costs for accountability.\n"
    )
    doc = clean(Extracted(raw))
    assert "You may want" not in doc.text
    assert "Explore related" not in doc.text
    assert "Launching Political" not in doc.text
    assert "Secrecy has costs" in doc.text


def test_a_web_pages_site_name_is_kept_once_and_noted_and_menu_labels_are_dropped():
    para = "Couriers carried the sealed letters across the border every second Tuesday of the month."
    raw = "\n\n".join(
        ["Border Crossings: Lawful Or Not?", "ferrywatch", "Share", para] + ["ferrywatch", "Share", para] * 3
    )
    doc = clean(Extracted(raw))
    assert doc.site == "ferrywatch"
    assert doc.text.count("ferrywatch") == 1 and doc.text.index("ferrywatch") < doc.text.index("Couriers")
    assert "Share" not in doc.text  # one capitalised word is a menu's label, not a site's name
    # a transcript's speaker, a label, a table's repeated cell: no site
    for line in ("Jane Doe", "Read More", "reply"):
        assert clean(Extracted("\n\n".join([para, line] * 4))).site == ""
    # a running header of paged (hard-wrapped) text is furniture, never a site's name
    wrapped = [f"the harbour authority met on day {i} and agreed on a new ferry timetable for" for i in range(8)]
    paged = "\n".join(line for _ in range(3) for line in ["Harbour Review", *wrapped, ""])
    assert clean(Extracted(paged)).site == ""


def test_footnotes_that_split_a_sentence_are_moved_and_the_sentence_rejoined():
    para = "Small states matter because of their neutrality and their long experience of quiet work, " * 2
    raw = (
        para + "and the notion of\n\n"
        "¹ Vital, D. (1967). The Inequality of States.\n\n"
        "small states is relative and functional.\n"
    )
    doc = clean(Extracted(raw))
    assert "the notion of small states is relative" in doc.text
    assert doc.text.index("¹ Vital") > doc.text.index("relative and functional")


def test_canonical_slices_map_back_to_source_lines():
    raw = "Title line\n\nFirst paragraph here.\n\n\n\nSecond paragraph on line seven.\n"
    doc = clean(Extracted(raw))
    lines = doc.line_map()
    start = doc.text.index("Second")
    assert lines.line_range(start, start + 6) == (7, 7)
    for cstart, xstart, n in doc.segments:
        assert doc.text[cstart : cstart + n] == raw[xstart : xstart + n]


def test_hard_wrapped_pdf_lines_are_unwrapped():
    body = "\n".join(["this is a line of a wrapped paragraph that goes on and"] * 25) + " ends here."
    doc = clean(Extracted("Heading\n\n" + body))
    assert doc.text.count("\n") <= 2


def test_sentences_respect_abbreviations_and_initials():
    text = "Wanis-St. John wrote about it. The U.S. and Dr. Smith agreed. I. W. Zartman coined it."
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["Wanis-St. John wrote about it.", "The U.S. and Dr. Smith agreed.", "I. W. Zartman coined it."]


def test_a_sentence_glued_to_the_next_by_a_lost_space_ends_at_its_full_stop():
    text = "They find new solutions.However, it takes two to tango. The U.S.Army stayed."
    spans = [text[s.start : s.end] for s in split_sentences(text)]
    assert spans == ["They find new solutions.", "However, it takes two to tango.", "The U.S.Army stayed."]
    code = "Import java.util.List and use System.Collections.Generic here."
    assert [code[s.start : s.end] for s in split_sentences(code)] == [code]  # dotted names are one word


def test_chunk_spans_are_exact_and_fit_the_window():
    text = "\n\n".join(" ".join(f"Sentence {p}.{i} has some words in it." for i in range(9)) for p in range(12))
    chunks = chunks_of(text)
    assert chunks
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert count_words([c.text])[0] <= 40
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_a_sentence_longer_than_the_window_is_split_not_truncated():
    text = " ".join(f"w{i}" for i in range(130)) + "."
    chunks = chunks_of(text)
    assert len(chunks) >= 4
    assert all(count_words([c.text])[0] <= 40 for c in chunks)
    assert "w129." in chunks[-1].text


def test_an_edit_changes_only_nearby_chunks():
    paras = [
        " ".join(f"Paragraph {p} sentence {i} talks about topic {p * 7 + i}." for i in range(6)) for p in range(30)
    ]
    before = "\n\n".join(paras)
    paras[15] = paras[15].replace("sentence 2 talks", "sentence 2 now speaks at much greater length")
    after = "\n\n".join(paras)
    old = {c.text for c in chunks_of(before)}
    new = [c for c in chunks_of(after) if c.text not in old]
    assert 1 <= len(new) <= 3, [c.text[:60] for c in new]


def test_a_footnote_marker_ends_its_sentence():
    text = (
        "It kept the channel secret on behalf of the state. ⁽⁵⁾ Norwegian negotiators held the talks. "
        "It helped in the Sahel region. (¹¹) Later it withdrew. It was cited.¹² Then [12] was too. "
        "The end came in 2015 [275]. IBM released it."
    )
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == [
        "It kept the channel secret on behalf of the state. ⁽⁵⁾",
        "Norwegian negotiators held the talks.",
        "It helped in the Sahel region. (¹¹)",
        "Later it withdrew.",
        "It was cited.¹²",
        "Then [12] was too.",
        "The end came in 2015 [275].",
        "IBM released it.",
    ]


def test_a_citation_that_starts_a_sentence_or_follows_an_abbreviation_is_not_cut_off():
    text = "It was shown in prior work. [12] showed that it works. Smith et al. [3] The network, e.g. [4] Some."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "It was shown in prior work.",
        "[12] showed that it works.",
        "Smith et al. [3] The network, e.g. [4] Some.",
    ]


def _annual_report(pages: int = 6) -> tuple[str, list[str]]:
    """Pages of a filing: a running header and footer, and tables whose row labels recur with
    other figures (a row per line, and a column-wise table: label and figures on lines of their own)."""
    rows, lines = [], []
    for p in range(1, pages + 1):
        lines += ["ACME HOLDINGS INC. | 2023 ANNUAL REPORT ON FORM 10-K", ""]
        lines += [f"Segment results for region {p} are summarised in the following table of figures"]
        for label, base in (("Revenues", 1000), ("Operating expenses", 700), ("Total assets", 5000)):
            row = f"{label} {base + 37 * p:,} {base + 11 * p:,} {base + 5 * p:,}"
            rows.append(row)
            lines.append(row)
        lines += ["", "Net income", f"{120 + p}", f"{98 + p}", ""]
        rows += [f"{120 + p}", f"{98 + p}"]
        lines += [f"Page {p} of {pages}", ""]
    return "\n".join(lines), rows


def test_table_rows_with_recurring_labels_survive_header_and_footer_removal():
    text, rows = _annual_report()
    doc = clean(Extracted(text, "report"))
    kept = doc.text.split("\n")
    for row in rows:
        assert any(row in line for line in kept), f"table row dropped: {row!r}"
    assert doc.text.count("Net income") == 6, "a row label next to its figures is part of the table"
    assert "ANNUAL REPORT ON FORM 10-K" not in doc.text, "the running header is furniture"
    assert "Page 3 of 6" not in doc.text, "the page footer is furniture"


def test_a_word_hyphenated_at_a_pdf_line_break_is_joined_and_spans_stay_exact():
    body = "\n".join(["this is a line of a wrapped paragraph that goes on and"] * 25)
    raw = (
        "Heading\n\n"
        + body
        + " the report lists several improve-\nments to the process of talks, and it opens a back-\n"
        "channel to the other side, as any back-channel between rivals would do.\n"
    )
    doc = clean(Extracted(raw))
    assert "several improvements to the process" in doc.text  # the break's hyphen dropped
    assert "it opens a back-channel to the other side" in doc.text  # a compound written so elsewhere keeps it
    for cstart, xstart, n in doc.segments:
        assert doc.text[cstart : cstart + n] == raw[xstart : xstart + n]


def test_no_chunk_runs_across_a_page_break_and_no_overlap_is_carried_onto_the_next_page():
    sentences = [f"Sentence {i} of the memo reports one more finding on the harbour talks." for i in range(40)]
    pages = [" ".join(sentences[i : i + 10]) for i in range(0, 40, 10)]
    pages[1] += "\n\nFigure 2 of the harbour memo"  # a caption at the foot of a page: a heading with no body
    text = "\n\n".join(f"{n}\n{p}" for n, p in enumerate(pages, 1))  # page numbers: dropped as furniture
    starts = [m.start() - 3 for m in re.finditer("Sentence (10|20|30) ", text)]
    doc = clean(Extracted(text, "memo", page_starts=starts))
    breaks = doc.page_breaks()
    assert len(breaks) == 3
    assert [doc.text[b:].split(" of")[0] for b in breaks] == ["Sentence 10", "Sentence 20", "Sentence 30"]
    chunks = chunk_text(doc.text, count_words, word_offsets, 40, 15, 8, breaks)
    for c in chunks:
        assert not any(c.start < b < c.end for b in breaks), f"chunk [{c.start}, {c.end}) runs across a page"
    caption = doc.text.index("Figure 2 of the harbour memo")
    assert any(c.start < caption < c.end for c in chunks), "the caption ends its page's last chunk"
    inside = [(a.start, a.end) for a in chunks for b in chunks if a is not b and b.start <= a.start and a.end <= b.end]
    assert not inside, "no chunk is only the overlap of another"
    starting = {c.start for c in chunks}
    assert all(b in starting for b in breaks), "each page begins a chunk of its own, with no overlap before it"
    plain = chunks_of(doc.text)
    assert any(c.start < b < c.end for c in plain for b in breaks), "without page breaks chunks do run across"
