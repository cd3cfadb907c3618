#!/usr/bin/env python3
"""Build the four PDF documents of this held-out set from the ASCII sources in src/.

Run from anywhere:  python3 make_pdfs.py
Requires fpdf2 (pip install fpdf2). The creation date is fixed so the output is reproducible.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 10, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)

JOBS = [
    ("src/ms-regs-part3101-ch1.txt", "boards/ms-regs-part3101-ch1.pdf",
     "Mississippi State Board of Physical Therapy - Part 3101"),
    ("src/hi-scr-hb1322-2026.txt", "boards/hi-scr-hb1322-2026.pdf",
     "Hawaii Senate - Stand. Com. Rep. No. 3107 (2026)"),
    ("src/oh-bwc-pt-fee-schedule-2026.txt", "payers/oh-bwc-pt-fee-schedule-2026.pdf",
     "Ohio BWC Provider Billing and Reimbursement Manual - Chapter 3"),
    ("src/cigna-0139-min-invasive-back-neck.txt", "payers/cigna-0139-min-invasive-back-neck.pdf",
     "Cigna Medical Coverage Policy 0139"),
]


class Doc(FPDF):
    def __init__(self, header_text):
        super().__init__(format="Letter")
        self.header_text = header_text

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, self.header_text, new_x="LMARGIN", new_y="NEXT", align="R")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 6, f"Page {self.page_no()}", align="C")


def build(src, out, header_text):
    with open(os.path.join(HERE, src), encoding="ascii") as fh:
        text = fh.read()
    pdf = Doc(header_text)
    pdf.set_creation_date(FIXED)
    pdf.set_title(header_text)
    pdf.set_author("needlewatch held-out set h13")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in text.splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(HERE, out))


if __name__ == "__main__":
    for src, out, header in JOBS:
        build(src, out, header)
        print("wrote", out)
