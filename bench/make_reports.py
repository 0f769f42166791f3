"""Generate the many-similar-documents bench: annual reports of fictional companies from one template.

Twelve reports (ten companies, two of them with two years) share one layout: a running header
"<Company> — Annual Report <year>" and footer "Page n" on every page, a CEO letter, segment
descriptions, and tables whose row labels recur in every report and across the tables of one
report (Revenues, Operating income, Total assets per segment) with different figures. The
prior-year column of a company's second report repeats the figures of its first one. Also
writes `questions.jsonl` (Dragoman's eval format: id, question, kind, source, quote, must):
each question names its company (and the year where it has two reports), many are long and
instruction-laden, and every gold quote is checked to be exact text of the gold PDF as pypdf
extracts it. The PDFs go to `<out>/reports/` (the corpus to index), the questions to `<out>/`.
Deterministic: the same seed gives the same files.

    python bench/make_reports.py [--out bench/data/similar_reports] [--seed 14]
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE.parent))
import argparse
import json
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime

OUT = _HERE / "data" / "similar_reports"

# (company, industry, headquarters, exchange) — all fictional
COMPANIES = [
    ("Halvorsen Group", "diversified industrial", "Bergen, Norway", "Oslo Stock Exchange"),
    ("Marabel Holdings", "consumer goods", "Lyon, France", "Euronext Paris"),
    ("Quintara Systems", "technology", "Austin, Texas", "Nasdaq"),
    ("Okonkwo Industries", "building materials", "Lagos, Nigeria", "Nigerian Exchange"),
    ("Veltrona AG", "specialty chemicals", "Basel, Switzerland", "SIX Swiss Exchange"),
    ("Tamsin Logistics", "transport and logistics", "Rotterdam, Netherlands", "Euronext Amsterdam"),
    ("Kirrawee Resources", "mining and energy", "Perth, Australia", "Australian Securities Exchange"),
    ("Brightwater Foods", "food and agriculture", "Cork, Ireland", "Euronext Dublin"),
    ("Sendai Precision", "industrial electronics", "Sendai, Japan", "Tokyo Stock Exchange"),
    ("Corvalis Health", "medical devices", "Minneapolis, Minnesota", "New York Stock Exchange"),
]
FIRST = ["Ingrid", "Pierre", "Dana", "Chidi", "Lukas", "Marloes", "Fiona", "Aoife", "Kenji", "Rachel", "Tomas", "Elena"]
LAST = ["Solberg", "Garnier", "Whitfield", "Adeyemi", "Brunner", "de Vries", "McAllister", "Byrne", "Takeda", "Osei"]
SEGMENTS = [
    "Industrial Solutions", "Consumer Products", "Healthcare", "Energy Services", "Digital Services",
    "Specialty Materials", "Logistics", "Agriculture", "Water Technologies", "Aerospace Components",
]  # fmt: skip
UP = ["higher volumes in the {seg} segment", "price increases that more than offset cost inflation",
      "lower raw-material costs", "savings from the restructuring programme completed in {prev}"]  # fmt: skip
DOWN = ["weaker demand in the {seg} segment", "higher energy and freight costs",
        "an impairment charge on the {seg} business", "restructuring costs at two plants"]  # fmt: skip
BOILERPLATE = (
    "Our strategy remains focused on disciplined capital allocation, operational excellence and "
    "sustainable growth. We continued to invest in our people, our plants and our digital capabilities, "
    "and we thank our customers, employees and shareholders for their continued trust."
)
RISKS = (
    "The main risks to this outlook are a slowdown in our main markets, volatile energy and raw-material "
    "prices, currency movements and the availability of skilled staff. The Board reviews these risks "
    "every quarter."
)
INCOME_ROWS = ["Revenues", "Cost of revenues", "Gross profit", "Selling, general and administrative expenses",
               "Operating income", "Net interest expense", "Income before taxes", "Income tax expense",
               "Net income"]  # fmt: skip
BALANCE_ROWS = ["Cash and cash equivalents", "Total current assets", "Total assets", "Total liabilities",
                "Total equity"]  # fmt: skip
CASH_ROWS = ["Net cash from operating activities", "Capital expenditures", "Free cash flow", "Dividends paid"]
SEGMENT_ROWS = ["Revenues", "Operating income", "Total assets"]


@dataclass
class Report:
    company: str
    industry: str
    hq: str
    exchange: str
    year: int
    ceo: str
    founded: int
    employees: int
    segments: list[str]
    figures: dict[str, tuple[float, float]]  # row -> (this year, prior year); segment rows as "seg|row"
    reason: str
    growth: tuple[int, int]

    @property
    def file(self) -> str:
        return re.sub(r"[^a-z0-9]+", "_", self.company.lower()).strip("_") + f"_{self.year}.pdf"


def money(x: float) -> str:
    return f"({abs(x):,.1f})" if x < 0 else f"{x:,.1f}"


def year_figures(rng: random.Random, revenue: float, segments: list[str]) -> dict[str, float]:
    f: dict[str, float] = {"Revenues": revenue}
    f["Cost of revenues"] = -revenue * rng.uniform(0.55, 0.7)
    f["Gross profit"] = revenue + f["Cost of revenues"]
    f["Selling, general and administrative expenses"] = -revenue * rng.uniform(0.12, 0.2)
    f["Operating income"] = f["Gross profit"] + f["Selling, general and administrative expenses"]
    f["Net interest expense"] = -revenue * rng.uniform(0.005, 0.02)
    f["Income before taxes"] = f["Operating income"] + f["Net interest expense"]
    f["Income tax expense"] = -f["Income before taxes"] * rng.uniform(0.18, 0.3)
    f["Net income"] = f["Income before taxes"] + f["Income tax expense"]
    f["Total assets"] = revenue * rng.uniform(1.1, 1.8)
    f["Cash and cash equivalents"] = f["Total assets"] * rng.uniform(0.05, 0.15)
    f["Total current assets"] = f["Total assets"] * rng.uniform(0.3, 0.45)
    f["Total liabilities"] = f["Total assets"] * rng.uniform(0.45, 0.65)
    f["Total equity"] = f["Total assets"] - f["Total liabilities"]
    f["Net cash from operating activities"] = f["Net income"] * rng.uniform(1.2, 1.6)
    f["Capital expenditures"] = -revenue * rng.uniform(0.04, 0.09)
    f["Free cash flow"] = f["Net cash from operating activities"] + f["Capital expenditures"]
    f["Dividends paid"] = -f["Net income"] * rng.uniform(0.3, 0.5)
    shares = [rng.uniform(0.2, 0.5) for _ in segments]
    for seg, share in zip(segments, shares):
        part = share / sum(shares)
        f[f"{seg}|Revenues"] = revenue * part
        f[f"{seg}|Operating income"] = f["Operating income"] * part * rng.uniform(0.8, 1.2)
        f[f"{seg}|Total assets"] = f["Total assets"] * part * rng.uniform(0.85, 1.0)
    return {k: round(v, 1) for k, v in f.items()}


def build_reports(seed: int) -> list[Report]:
    rng = random.Random(seed)
    reports = []
    for n, (company, industry, hq, exchange) in enumerate(COMPANIES):
        years = [2022, 2023] if n < 2 else [rng.randint(2019, 2024)]
        segments = rng.sample(SEGMENTS, 3)
        revenue = rng.uniform(800, 9000)
        prior = year_figures(rng, revenue, segments)
        founded, employees = rng.randint(1890, 1995), rng.randint(2000, 60000)
        for y in years:
            revenue = prior["Revenues"] * rng.uniform(0.92, 1.15)
            now = year_figures(rng, revenue, segments)
            ceo = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            pool = UP if now["Operating income"] >= prior["Operating income"] else DOWN
            reason = rng.choice(pool).format(seg=rng.choice(segments), prev=y - 1)
            low = rng.randint(1, 5)
            figures = {k: (v, prior[k]) for k, v in now.items()}
            reports.append(
                Report(company, industry, hq, exchange, y, ceo, founded, employees, segments, figures, reason,
                       (low, low + rng.randint(2, 4)))
            )  # fmt: skip
            prior, employees = now, int(employees * rng.uniform(0.95, 1.08))
    return reports


def texts(r: Report) -> dict[str, str]:
    """The report's sentences that questions quote."""
    f = r.figures
    rev, oi, ni = f["Revenues"], f["Operating income"], f["Net income"]
    change = (rev[0] - rev[1]) / rev[1] * 100
    segs = f"{r.segments[0]}, {r.segments[1]} and {r.segments[2]}"
    return {
        "profile": f"{r.company} is a {r.industry} group headquartered in {r.hq}. In {r.year} we employed "
        f"{r.employees:,} people across our {segs} segments.",
        "revenue": f"Revenues reached ${money(rev[0])} million in {r.year}, {'up' if change >= 0 else 'down'} "
        f"{abs(change):.1f}% from ${money(rev[1])} million in {r.year - 1}.",
        "signature": f"{r.ceo}, Chief Executive Officer",
        "corporate": f"Founded in {r.founded}, {r.company} has its headquarters in {r.hq}. Its shares are "
        f"listed on the {r.exchange}.",
        "mdna": f"Operating income {'rose' if oi[0] >= oi[1] else 'fell'} to ${money(oi[0])} million in "
        f"{r.year} from ${money(oi[1])} million in {r.year - 1}, mainly because of {r.reason}.",
        "net": f"Net income was ${money(ni[0])} million, compared with ${money(ni[1])} million a year earlier.",
        "outlook": f"For {r.year + 1}, management expects revenues to grow by {r.growth[0]} to {r.growth[1]} "
        "percent at constant currency.",
    }


def write_pdf(r: Report, path: Path) -> None:
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"{r.company} — Annual Report {r.year}", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    t = texts(r)
    pdf = ReportPDF()
    pdf.core_fonts_encoding = "windows-1252"  # the em dash of the running header, with a core font
    pdf.set_title(f"{r.company} Annual Report {r.year}")
    pdf.set_author(r.company)
    pdf.set_creation_date(datetime(r.year + 1, 3, 1, tzinfo=UTC))

    def heading(text: str) -> None:
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 9, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)

    def para(text: str) -> None:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def table(title: str, rows: list[tuple[str, tuple[float, float]]]) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(100, 6, title)
        pdf.cell(30, 6, str(r.year), align="R")
        pdf.cell(30, 6, str(r.year - 1), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for label, (a, b) in rows:
            pdf.cell(100, 6, label)
            pdf.cell(30, 6, money(a), align="R")
            pdf.cell(30, 6, money(b), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    pdf.add_page()
    heading("Letter from the Chief Executive Officer")
    for key in ("profile", "revenue"):
        para(t[key])
    para(BOILERPLATE)
    para(t["signature"])
    pdf.add_page()
    heading("Business overview")
    for seg in r.segments:
        revenue = money(r.figures[f"{seg}|Revenues"][0])
        para(f"The {seg} segment contributed ${revenue} million of revenues in {r.year}.")
    heading("Corporate information")
    para(t["corporate"])
    pdf.add_page()
    heading("Consolidated income statement")
    table("(in millions of USD)", [(row, r.figures[row]) for row in INCOME_ROWS])
    heading("Consolidated balance sheet")
    table("(in millions of USD)", [(row, r.figures[row]) for row in BALANCE_ROWS])
    pdf.add_page()
    heading("Segment results")
    for seg in r.segments:
        table(seg, [(row, r.figures[f"{seg}|{row}"]) for row in SEGMENT_ROWS])
    pdf.add_page()
    heading("Consolidated cash flow statement")
    table("(in millions of USD)", [(row, r.figures[row]) for row in CASH_ROWS])
    heading("Management discussion and analysis")
    para(t["mdna"] + " " + t["net"])
    pdf.add_page()
    heading("Outlook and risks")
    para(t["outlook"] + " " + RISKS)
    pdf.output(str(path))


def row(label: str, figures: tuple[float, float]) -> str:
    return f"{label} {money(figures[0])} {money(figures[1])}"


def questions(r: Report, twice: bool) -> list[dict]:
    """Eight kinds of question about one report; `twice`: the company has two reports, so name the year."""
    c, y, t, f = r.company, r.year, texts(r), r.figures
    of = f"{c}'s {y} annual report" if twice else f"{c}'s annual report"
    seg = r.segments[y % 3]
    seg_rev = f[f"{seg}|Revenues"][0]
    return [
        {"kind": "person", "question": f"Who is the chief executive officer who signed the letter in {of}?",
         "quote": t["signature"], "must": [[r.ceo.split()[-1]]]},
        {"kind": "place", "question": f"Where is {c} headquartered, and on which stock exchange are its shares "
         "listed?" if not twice else f"According to {of}, where is {c} headquartered and where are its shares "
         "listed?", "quote": t["corporate"], "must": [[r.hq.split(",")[0]]]},
        {"kind": "instruction", "question": f"Using the consolidated income statement, state the operating income "
         f"of {c} for {y} and explain why it changed; round to two decimals.", "quote": t["mdna"],
         "must": [[money(f["Operating income"][0])]]},
        {"kind": "table", "question": f"What was the net income of {c} in {y}?",
         "quote": row("Net income", f["Net income"]), "must": [[money(f["Net income"][0])]]},
        {"kind": "instruction", "question": f"Using the segment results table, provide the revenues of the {seg} "
         f"segment of {c} in {y}, then calculate its share of group revenues. Show your working and round the "
         "result to one decimal place.", "quote": f"{seg} {y} {y - 1}\n" + row("Revenues", f[f"{seg}|Revenues"]),
         "must": [[money(seg_rev)]]},
        {"kind": "instruction", "question": f"Based on the cash flow statement in {of}, what was the free cash "
         "flow? Please answer in millions of US dollars and briefly explain how it is calculated.",
         "quote": row("Free cash flow", f["Free cash flow"]), "must": [[money(f["Free cash flow"][0])]]},
        {"kind": "table", "question": f"Provide the total assets reported on the consolidated balance sheet of "
         f"{c} at the end of {y}.", "quote": row("Total assets", f["Total assets"]),
         "must": [[money(f["Total assets"][0])]]},
        {"kind": "instruction", "question": f"What revenue growth does {c} expect for {y + 1}, according to the "
         f"outlook section of {of}? Give the range in percent and summarise the main risks.",
         "quote": t["outlook"], "must": [[f"{r.growth[0]} to {r.growth[1]}"]]},
    ]  # fmt: skip


def exact(page_texts: list[str], quote: str) -> str | None:
    """The quote as it stands in the extracted text (line breaks where pypdf puts them), or None."""
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    for text in page_texts:
        m = re.search(pattern, text)
        if m:
            return m.group(0)
    return None


def page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]


def generate(out: Path, seed: int = 14) -> tuple[list[Path], Path]:
    """Write the PDFs into `out`/reports and questions.jsonl into `out`; return (pdf paths, questions path)."""
    (out / "reports").mkdir(parents=True, exist_ok=True)
    reports = build_reports(seed)
    counts: dict[str, int] = {}
    for r in reports:
        counts[r.company] = counts.get(r.company, 0) + 1
    rows, paths = [], []
    for n, r in enumerate(reports):
        path = out / "reports" / r.file
        write_pdf(r, path)
        paths.append(path)
        pages = page_texts(path)
        kinds = questions(r, counts[r.company] > 1)
        for j in range(3):  # three kinds per report, in rotation so every kind is asked
            q = kinds[(3 * n + j) % len(kinds)]
            quote = exact(pages, q["quote"])
            if quote is None:
                raise RuntimeError(f"{path.name}: gold quote not in the extracted text: {q['quote']!r}")
            rows.append({"id": f"sim{len(rows) + 1:02d}", **q, "quote": quote, "source": r.file})
    qfile = out / "questions.jsonl"
    qfile.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows), encoding="utf-8")
    return paths, qfile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    paths, qfile = generate(args.out, args.seed)
    print(json.dumps({"reports": len(paths), "questions": str(qfile), "folder": str(args.out)}))


if __name__ == "__main__":
    main()
