"""A numbered outline's headings as chunk sections, and a reference list's chunks indexed with the
sections citing its works: pure logic, then a real paper in a real store with the real model."""

import re

from dragoman.ingest.chunker import chunk_text
from dragoman.ingest.citations import citing_sections
from dragoman.ingest.headings import headings, numbered_sections

OUTLINE = """A Survey of Sequence Models
I. INTRODUCTION
Sequence models read one token at a time and keep a state.
A. Types of models:
There are several families of models.
1) Recurrent models
They carry a hidden state from step to step [1].
2) Convolutional models
They slide filters over the sequence [2, 3].
B. Where to apply them
1. Absence of a human expert (navigation on Mars)
2. Humans are unable to explain their expertise
II. APPLICATIONS
X. Chen. Improved techniques for training gans. arXiv preprint arXiv:1606.03498, 2016.
Y. Bengio in 2010 proposed a simple but effective approach.
REFERENCES
"""


def words(text):
    return [w for _, w in headings(text)]


def test_a_numbered_outline_is_read_and_a_numbered_list_or_a_sentence_is_not():
    assert words(OUTLINE) == [
        "I. INTRODUCTION",
        "A. Types of models:",
        "1) Recurrent models",
        "2) Convolutional models",
        "B. Where to apply them",
        "II. APPLICATIONS",
        "REFERENCES",
    ]


def test_roman_and_letter_headings_are_told_apart_by_their_neighbours():
    text = "IX. TRANSFER LEARNING\nA. What is transfer learning?\nIt reuses a model.\nX. ENERGY\nA. Overview\nBody.\n"
    assert words(text) == ["IX. TRANSFER LEARNING", "A. What is transfer learning?", "X. ENERGY", "A. Overview"]
    assert words("H. Document summarization\nBody.\nI.  Sentiment analysis:\nBody.\n") == [
        "H. Document summarization",
        "I.  Sentiment analysis:",
    ]


def test_an_outline_numbers_its_parts_one_way_and_a_list_under_it_another():
    text = (
        "3 Analysis\nBody.\n3.2 Ethereum\nBody.\n4 Innovating for Enterprises\nBody.\n"
        "1. Is permissioned or permissionless blockchain best fit the business model?\nBody.\n5 Conclusion\nBody.\n"
    )
    assert words(text) == ["3 Analysis", "3.2 Ethereum", "4 Innovating for Enterprises", "5 Conclusion"]


def test_parts_numbered_with_a_full_stop_and_their_sections_without_are_one_outline():
    text = "1. Introduction\nBody.\n1.1 Background\nBody.\n1.2 Scope\nBody.\n2. Methods\nBody.\n"
    assert words(text) == ["1. Introduction", "1.1 Background", "1.2 Scope", "2. Methods"]


def test_a_reference_list_numbered_like_an_outline_holds_no_headings():
    text = (
        "1 Intro\nBody.\n2 Methods\nBody.\n3 End\nBody.\nReferences\n"
        "1. LeCun Y, Bengio Y, Hinton G (2015) Deep learning\nNature 521\n2. Smith J (2010) Other work\nJ X\n"
        "Appendix A: Tables\nAppendix of a very long sentence that is really the body text and goes on for a while.\n"
    )
    assert words(text) == ["1 Intro", "2 Methods", "3 End", "References", "Appendix A: Tables"]


def test_a_chunk_stands_under_the_numbered_heading_before_it_and_only_in_a_numbered_outline():
    heads = headings(OUTLINE)
    at = OUTLINE.index("They slide")
    assert numbered_sections(heads, [0, at]) == [None, "2) Convolutional models"]
    plain = "Intro\nBody text here.\n1) Only one\nBody.\n"
    assert numbered_sections(headings(plain), [len(plain) - 3]) == [None]


PAPER = OUTLINE.replace(
    "II. APPLICATIONS\n",
    "II. APPLICATIONS\nTraffic forecasting systems were proposed [4-5], and anomaly detectors [6].\n",
) + (
    "[1] Elman, J. Finding structure in time. Cognitive Science, 1990.\n"
    "[2] Kim, Y. Convolutional networks for sentence classification. EMNLP, 2014.\n"
    "[3] Gehring, J. Convolutional sequence to sequence learning. ICML, 2017.\n"
    "[4] Li, Y. Diffusion convolutional recurrent neural network. ICLR, 2018.\n"
    "[5] Zhao, L. T-GCN: a temporal graph network. IEEE T-ITS, 2019.\n"
    "[6] Bontemps, L. Collective anomaly detection based on LSTM networks. FDSE, 2016.\n"
)


def test_a_reference_lists_chunk_is_indexed_with_the_sections_citing_its_works():
    refs = PAPER.index("[4] Li")
    first = PAPER.index("[1] Elman")
    spans = [(0, first), (first, refs), (refs, len(PAPER))]
    cited = citing_sections(PAPER, spans, headings(PAPER))
    assert cited[0] == ()  # no reference list in it
    assert cited[1] == ("2) Convolutional models", "1) Recurrent models")  # [2, 3] twice, [1] once
    assert cited[2] == ("II. APPLICATIONS",)  # "[4-5]" is a range; the entries themselves cite nothing


def test_the_lists_own_entries_cite_nothing():
    start = PAPER.index("[1] Elman")
    assert "REFERENCES" not in citing_sections(PAPER, [(start, len(PAPER))], headings(PAPER))[0]


def test_chunks_carry_the_outlines_sections_and_the_citing_headings_in_what_is_indexed():
    def count(texts):
        return [len(t.split()) for t in texts]

    def offsets(text):
        return [m.span() for m in re.finditer(r"\S+", text)]

    chunks = chunk_text(PAPER, count, offsets, 30, 10, 4)
    listed = [c for c in chunks if re.search(r"(?m)^\[\d\] ", c.text)]
    assert len(listed) >= 2 and all(c.cited_in for c in listed)
    last = listed[-1]  # "[6] Bontemps ...", cited under "II. APPLICATIONS"
    assert "[6] Bontemps" in last.text and last.cited_in == ("II. APPLICATIONS",)
    assert last.embed_text.endswith(last.text) and "II. APPLICATIONS\n" in last.embed_text
    assert all(not c.cited_in for c in chunks if c not in listed)
    body = next(c for c in chunks if "They carry" in c.text)
    assert body.section == "1) Recurrent models"
    assert next(c for c in chunks if "Absence of" in c.text).section == "B. Where to apply them"


TOPICS = [
    ("SEQUENCE MODELS", "Recurrent networks keep a hidden state between the steps of their input."),
    ("RNN APPLICATIONS", "Recurrent networks are applied in several domains [33, 34]."),
    ("TRAINING", "Gradients are propagated back through time, with truncation after a fixed number of steps."),
    ("REGULARISATION", "Dropout between the layers keeps a large network from fitting noise."),
    ("HARDWARE", "Graphics processors run the matrix products of a network in parallel."),
    ("DATASETS", "Benchmarks of speech and text make results comparable between groups."),
    ("ATTENTION", "Attention lets a decoder weigh every encoder state when it emits a token."),
    ("CONCLUSION", "Sequence models have come a long way in a few years."),
]
TITLES = [
    "Gradient flow in deep networks",
    "Learning to forget",
    "Gated feedback networks",
    "Dropout at scale",
    "Parallel matrix products",
    "A corpus of read speech",
    "Neural machine translation by alignment",
    "Optimisation of deep nets",
    "Batch statistics in practice",
    "Weight decay revisited",
]


def test_a_question_on_what_the_paper_cites_for_a_topic_finds_the_works_with_the_real_model(tmp_path, embedder):
    from dragoman import Assistant

    body = "".join(f"{n}. {name}\n{text} {text}\n" for n, (name, text) in enumerate(TOPICS, 2))
    entries = [
        f"[{n}] Author{n}, A. {TITLES[n % len(TITLES)]} {n}. Journal of Studies {n}, 2015." for n in range(1, 41)
    ]
    entries[32] = "[33] Kim, B. Probabilistic vehicle trajectory prediction over occupancy grids. IEEE IV, 2017."
    entries[33] = "[34] Bontemps, L. Collective anomaly detection in network traffic. FDSE, 2016."
    text = "A Survey of Recurrent Networks\n\n1. Introduction\nAn overview of the field.\n" + body
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "survey.txt").write_text(text + "References\n" + "\n".join(entries) + "\n")
    bot = Assistant(store=tmp_path / "store", embedder=embedder)
    bot.ingest([folder])
    found = bot.search("Which works does the survey cite for the applications of RNNs?", k=3)
    assert any("occupancy grids" in p.text or "Collective anomaly" in p.text for p in found), [
        p.text[:60] for p in found
    ]
