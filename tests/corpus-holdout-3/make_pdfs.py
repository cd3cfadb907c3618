#!/usr/bin/env python3
"""Regenerate the PDF documents of the third held-out corpus.

Usage (from anywhere):  python3 tests/corpus-holdout-3/make_pdfs.py
Requires: pip install fpdf2   (pypdf is only needed to inspect the output)

The text is laid out line by line with explicit line breaks (so extracted
text breaks mid-sentence) and long words that do not fit are hyphenated at
the end of the line. Every document has a running header and a footer with
"Page N of M" and runs to two or more pages. Only core fonts and latin-1
characters are used. The creation date is pinned so that output is
reproducible.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="Letter", unit="mm")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
        self.alias_nb_pages()

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_y(10)
        self.cell(0, 4, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.line(22, 15, self.w - 22, 15)
        self.set_y(24)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, self.footer_text, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    # ------------------------------------------------------------------
    @staticmethod
    def good_cut(word, cut):
        """Crude syllable boundary: vowel|consonant or consonant|consonant."""
        vowels = "aeiouyAEIOUY"
        a, b = word[cut - 1], word[cut]
        if not (a.isalpha() and b.isalpha()):
            return False
        if word[cut - 2:cut + 1].lower() in ("tio", "sio"):
            return False
        if a in vowels and b not in vowels:
            return True
        pair = (a + b).lower()
        return (a not in vowels and b not in vowels and a != b
                and pair not in ("th", "ch", "sh", "ph", "ck", "ng", "gh", "wh"))

    def wrap(self, text, width, hyphenate=True):
        """Break text into lines no wider than width; hyphenate long words."""
        lines, cur = [], ""
        for word in text.split():
            trial = word if not cur else cur + " " + word
            if self.get_string_width(trial) <= width:
                cur = trial
                continue
            # try to hyphenate the word onto the current line
            placed = False
            core = word.rstrip(".,;:)\"'")
            if (hyphenate and len(core) >= 8 and core.isalpha()
                    and core.isascii()):
                for cut in range(len(core) - 3, 3, -1):
                    head = word[:cut]
                    if not self.good_cut(core, cut):
                        continue
                    trial = (cur + " " if cur else "") + head + "-"
                    if self.get_string_width(trial) <= width:
                        lines.append(trial)
                        cur = word[cut:]
                        placed = True
                        break
            if not placed:
                if cur:
                    lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, indent=0, bullet=None, size=10, style=""):
        self.set_font("Helvetica", style, size)
        width = self.w - self.l_margin - self.r_margin - indent
        lines = self.wrap(text, width - (5 if bullet else 0))
        for i, ln in enumerate(lines):
            self.set_x(self.l_margin + indent)
            if bullet:
                self.cell(5, 5, bullet if i == 0 else "")
            self.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def heading(self, text, size=11):
        self.ln(1)
        self.set_font("Helvetica", "B", size)
        self.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def table(self, rows, widths):
        for r, row in enumerate(rows):
            self.set_font("Helvetica", "B" if r == 0 else "", 9)
            for cell, w in zip(row, widths):
                self.cell(w, 6, cell, border=1)
            self.ln(6)
        self.ln(3)


def render(path, header_text, footer_text, blocks):
    pdf = Doc(header_text, footer_text)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            for ln in pdf.wrap(b[1], pdf.w - 44, hyphenate=False):
                pdf.cell(0, 7, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.para(b[1], size=9, style="I")
        elif kind == "h":
            pdf.heading(b[1])
        elif kind == "p":
            pdf.para(b[1])
        elif kind == "li":
            pdf.para(b[1], indent=6, bullet=b[2] if len(b) > 2 else "-")
        elif kind == "table":
            pdf.table(b[1], b[2])
        elif kind == "break":
            pdf.add_page()
        else:
            raise ValueError(kind)
    out = HERE / path
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    print("wrote", out.relative_to(HERE), "pages:", pdf.page_no())


# ----------------------------------------------------------------------
# boards/fl-dry-needling-licensee-guide.pdf  (state-board, allowed)
# ----------------------------------------------------------------------
FL = [
    ("title", "Dry Needling by Physical Therapists in Florida: A Guide to Section 486.117, Florida Statutes, and Rule 64B17-6.008, F.A.C."),
    ("meta", "Florida Board of Physical Therapy Practice - Licensee Guide No. 12 - Revised January 2026"),
    ("h", "1. Why this guide was written"),
    ("p", "The Board publishes this guide because the legal status of dry needling in Florida changed more than once in a short period, and because a number of licensees still hold copies of older correspondence that no longer reflects the law. The guide summarizes the statute and the rule in plain language; where the guide and the statute or rule differ, the statute and rule control."),
    ("h", "2. History"),
    ("p", "The Board first attempted to address dry needling by rule. In January 2019 an administrative law judge of the Division of Administrative Hearings, ruling on a challenge brought by acupuncture interests, held that the Board's rule was an invalid exercise of delegated legislative authority, reasoning that the procedure as described fell within the statutory definition of acupuncture, which the physical therapy practice act did not then authorize. For the remainder of 2019 and the first half of 2020, physical therapists were therefore advised not to perform dry needling."),
    ("p", "The Legislature resolved the question in late June 2020 by enacting section 486.117, Florida Statutes, which expressly authorizes a physical therapist who meets statutory requirements to perform dry needling, and which directs the Board to adopt rules on the subject. The Board then adopted Rule 64B17-6.008, for which a notice of change was published on March 4, 2021. The 2019 order concerned a rule that has since been superseded and does not limit practice under the current statute."),
    ("h", "3. Who may perform dry needling"),
    ("p", "A physical therapist licensed in Florida may perform dry needling only after the therapist has satisfied each of the following requirements, all of which must be met before the first patient is treated:"),
    ("li", "at least two years of licensed practice as a physical therapist, in Florida or another jurisdiction of the United States;", "(a)"),
    ("li", "completion of not less than 50 hours of face-to-face continuing education in dry needling, which must address, among other subjects, anatomy, indications and contraindications, and the management of adverse events; and", "(b)"),
    ("li", "completion of at least 25 patient treatment sessions of dry needling performed under the direct supervision of a practitioner qualified to supervise under the rule.", "(c)"),
    ("p", "Hours obtained through online, recorded or correspondence courses do not count toward the 50-hour face-to-face requirement. The licensee must keep documentation of the education and the supervised sessions for the period required by the rule and must furnish it to the Board or the Department upon request."),
    ("break",),
    ("h", "4. Limits on practice"),
    ("p", "Dry needling is a physical therapy intervention that must be performed by the physical therapist personally. It may not be delegated to a physical therapist assistant, and the supervision rules that permit assistants to carry out other components of a plan of care do not extend to it. Dry needling may not be advertised or represented as acupuncture, and a physical therapist who performs dry needling does not thereby become authorized to practice acupuncture."),
    ("h", "5. Frequently asked questions"),
    ("p", "Q. I completed 30 hours of face-to-face training in 2018 and the rest online in 2021. Do I qualify? A. Not yet. The face-to-face hours may be counted, but you need 20 more hours of face-to-face instruction, and the online hours do not count."),
    ("p", "Q. Must I register with the Board before I begin? A. The statute does not require a separate license or registration. You must, however, be able to prove compliance if asked, and failure to do so is grounds for discipline."),
    ("p", "Q. I read that an administrative judge ruled dry needling is acupuncture. Is that still true? A. No. That ruling addressed a former rule and predates section 486.117. Under current law, a qualified physical therapist may perform dry needling."),
    ("h", "6. Where to find the law"),
    ("p", "Section 486.117, Florida Statutes; Rule 64B17-6.008, Florida Administrative Code. Both are available on the Board's web site under Laws and Rules."),
]

# ----------------------------------------------------------------------
# boards/ny-nysed-practice-guidance-needles.pdf  (state-board, not_allowed)
# ----------------------------------------------------------------------
NY = [
    ("title", "Practice Guidance: Physical Therapy and the Insertion of Needles (\"Dry Needling\")"),
    ("meta", "New York State Education Department - Office of the Professions - State Board for Physical Therapy - Issued 2024, reviewed 2026"),
    ("h", "Purpose"),
    ("p", "The Office of the Professions receives frequent questions from physical therapists licensed in New York, from employers, and from continuing education providers, asking whether the technique commonly described as dry needling, trigger point dry needling or intramuscular manual therapy may be performed by a New York physical therapist. This guidance states the Department's position and the statutory basis for it."),
    ("h", "Statutory framework"),
    ("p", "Article 136 of the Education Law defines the practice of physical therapy by reference to evaluation and treatment by physical measures, including exercise, heat, cold, light, water, electricity and massage; it contains no authority for the insertion of needles. Article 160 of the Education Law, by contrast, defines the profession of acupuncture broadly, to include the insertion of needles into the body for the purpose of treating pain and dysfunction, and restricts that practice to licensed acupuncturists and to physicians and dentists who hold the appropriate certification."),
    ("h", "Position of the Department"),
    ("p", "Dry needling consists of the insertion of a solid needle through the skin into muscle or other soft tissue for a therapeutic purpose. Whatever name is given to it, and whatever theory of treatment underlies it, the procedure falls within the definition of acupuncture in Article 160. The Department has held this view since it first addressed the question in 1992, and nothing in subsequent amendments to Article 136 has altered it."),
    ("p", "Accordingly, dry needling performed in New York by a physical therapist who is not separately licensed as an acupuncturist constitutes the unlicensed practice of acupuncture, which is a crime under section 6512 of the Education Law, and is also professional misconduct under the rules of the Board of Regents as practice beyond the scope of the physical therapy license. Physical therapists may not perform dry needling in this State."),
    ("break",),
    ("h", "Questions frequently asked"),
    ("p", "1. Dry needling is permitted for physical therapists in most other states. Does that matter in New York? It does not. The scope of a New York license is determined by New York law. The Department is aware that numerous states, including neighboring New Jersey since 2022, have amended their laws to authorize physical therapists to perform dry needling with training requirements; the New York Legislature has not done so."),
    ("p", "2. I hold a certificate from a dry needling course. May I rely on it? No. A course certificate is not a license and does not expand a scope of practice defined by statute."),
    ("p", "3. I am licensed both as a physical therapist and as an acupuncturist. A person who holds a New York acupuncture license may insert needles within the scope of that license and must practice, document and hold himself or herself out as an acupuncturist when doing so. The physical therapy license confers no authority to needle and cannot be used to bill or describe the service."),
    ("p", "4. May a physical therapist assistant perform dry needling under supervision? No, for the same reasons that a physical therapist may not."),
    ("h", "Contact"),
    ("p", "Questions about this guidance may be directed to the State Board for Physical Therapy, 89 Washington Avenue, Albany, New York 12234. Reports of unlicensed practice may be made to the Office of Professional Discipline."),
]

# ----------------------------------------------------------------------
# boards/ct-dph-notice-dry-needling-registration.pdf  (state-board, on_hold)
# ----------------------------------------------------------------------
CT = [
    ("title", "Notice of Intent to Adopt Regulations: Registration of Physical Therapists to Perform Dry Needling"),
    ("meta", "Connecticut Department of Public Health - Practitioner Licensing and Investigations Section - Published October 2026"),
    ("h", "Summary"),
    ("p", "Public Act 26-71, which took effect October 1, 2026, amends the statutes governing the practice of physical therapy to allow a licensed physical therapist who is registered with the Department for that purpose to perform dry needling. The Act defines \"dry needling\" as a skilled intervention that uses a thin filiform needle, without injectate, to penetrate the skin and stimulate underlying myofascial trigger points and muscular and connective tissues for the management of neuromuscular pain and movement impairments. The Act requires the Commissioner to adopt regulations establishing the registration and the minimum education and clinical training required to obtain it."),
    ("h", "Status of practice pending regulations"),
    ("p", "The registration program does not yet exist. No registrations have been issued, and none can be issued until the regulations described in this notice are adopted and take effect. Because the Act permits dry needling only by a physical therapist who holds a registration, a physical therapist may not perform dry needling in Connecticut at this time, notwithstanding that the Act is in effect, and notwithstanding any training the therapist may have completed here or in another state. Licensees who perform dry needling before they are registered may be subject to disciplinary action."),
    ("h", "Proposed regulations"),
    ("p", "The Department proposes that an applicant for registration demonstrate:"),
    ("li", "a current Connecticut license as a physical therapist and at least one year of clinical practice;", "(1)"),
    ("li", "completion of not fewer than 54 hours of in-person instruction in dry needling, including instruction in anatomy, clean needle technique, contraindications and the management of adverse events; and", "(2)"),
    ("li", "successful completion of a practical examination administered by the course provider.", "(3)"),
    ("p", "Under the proposal, physical therapist assistants would not be eligible for registration, and dry needling could not be delegated."),
    ("break",),
    ("h", "Timetable"),
    ("p", "The public comment period on the proposed regulations runs through December 15, 2026, and a public hearing will be held if requested by at least twenty-five persons. The Department's goal is for the regulations to be approved by the Legislative Regulation Review Committee and to take effect on or about January 1, 2027, with the first applications accepted shortly thereafter. The Department will post a notice on its web site when registrations become available; until a physical therapist receives a registration, the restriction described above continues to apply."),
    ("h", "How to comment"),
    ("p", "Written comments may be submitted through the Connecticut eRegulations System or mailed to the Department of Public Health, 410 Capitol Avenue, Hartford, CT 06134. Comments should reference the regulation tracking number shown on the eRegulations docket."),
    ("h", "Statement of purpose"),
    ("p", "The proposed regulations implement Public Act 26-71 by establishing the qualifications for registration of physical therapists to perform dry needling, setting standards for informed consent and documentation, and prohibiting delegation of the procedure."),
]

# ----------------------------------------------------------------------
# payers/summit-health-rh118-dry-needling.pdf  (payer, covered)
# ----------------------------------------------------------------------
SUMMIT = [
    ("title", "Medical Policy RH-118: Trigger Point Dry Needling"),
    ("meta", "Summit Health Plan - Commercial and Medicare Advantage - Effective date: 02/01/2026 - Last reviewed: 01/2026"),
    ("h", "I. Policy Statement"),
    ("p", "Summit Health Plan considers trigger point dry needling medically necessary for the treatment of myofascial pain when all of the following criteria are met, and when the service is performed by a licensed physical therapist, chiropractor, physician or other qualified practitioner whose scope of practice under the law of the state where the service is furnished includes dry needling:"),
    ("li", "the member presents with myofascial pain of the neck, back, shoulder girdle or extremities, with one or more trigger points identified and documented on physical examination;", "A."),
    ("li", "dry needling is provided as part of a written plan of care that also includes active interventions such as therapeutic exercise or neuromuscular re-education, and is not the sole treatment rendered at the visit;", "B."),
    ("li", "the member's pain and function are measured with a validated instrument at the initial visit and at least every fourth dry needling session; and", "C."),
    ("li", "treatment is continued only while measurable improvement is documented.", "D."),
    ("p", "Dry needling meeting these criteria is covered for up to 6 sessions per episode of care. Additional sessions, to a maximum of 12 per calendar year, require prior authorization supported by documentation of objective functional improvement."),
    ("h", "II. Limitations"),
    ("p", "Dry needling is considered not medically necessary when the criteria in Section I are not met, including when it is provided for maintenance after the member has reached maximum improvement, when there has been no measurable improvement after three sessions, or when it is provided as a stand-alone service without active therapy. Dry needling performed by a practitioner who is not authorized by state law to perform it is not eligible for reimbursement."),
    ("break",),
    ("h", "III. Acupuncture"),
    ("p", "Dry needling and acupuncture are different services. Acupuncture (CPT 97810-97814) is excluded under most Summit commercial benefit plans; dry needling may not be billed under acupuncture codes, and an acupuncture exclusion in the member's plan does not by itself exclude dry needling that meets this policy."),
    ("h", "IV. Coding"),
    ("table", [
        ("Code", "Description", "Policy status"),
        ("20560", "Needle insertion(s) w/o injection(s); 1 or 2 muscle(s)", "Covered per criteria"),
        ("20561", "Needle insertion(s) w/o injection(s); 3 or more muscles", "Covered per criteria"),
        ("97140", "Manual therapy techniques", "Not for dry needling"),
        ("97810-97814", "Acupuncture", "See Section III"),
    ], (24, 96, 52)),
    ("p", "For Medicare Advantage members, dry needling is furnished as a supplemental benefit under the plan's evidence of coverage, subject to the same criteria; Original Medicare coverage rules for CPT 20560 and 20561 do not apply to the supplemental benefit."),
    ("h", "V. Policy History"),
    ("p", "02/01/2023 New policy. 02/01/2024 Annual review; visit limits clarified. 02/01/2026 Annual review; Medicare Advantage supplemental benefit language added. No change to coverage position."),
]

# ----------------------------------------------------------------------
# payers/amerihealth-mpb-11-14-02p-dry-needling.pdf  (payer, not_covered E/I)
# ----------------------------------------------------------------------
AMERI = [
    ("title", "Medical Policy Bulletin 11.14.02p: Dry Needling"),
    ("meta", "AmeriHealth - Commercial products - Effective date: 11/30/2020 - Reissued with annual review"),
    ("h", "Policy"),
    ("p", "Dry needling of trigger points, whether performed as a stand-alone service or in conjunction with physical therapy or other services, and whether billed with the dedicated needle insertion codes or with any other code, is considered experimental/investigational and therefore not covered because the safety and/or effectiveness of this service cannot be established by review of the available published peer-reviewed literature."),
    ("h", "Guidelines"),
    ("p", "There is no Medicare coverage for dry needling; for Medicare Advantage members, refer to the applicable Medicare Advantage policy. Services determined to be experimental/investigational are not covered under the terms of the member's benefit contract, and this determination is reviewed as new evidence is published. The Company's acupuncture policy is separate, and acupuncture may be covered under some benefit plans; dry needling is not a form of covered acupuncture and may not be reported with acupuncture codes."),
    ("h", "Description"),
    ("p", "Dry needling is a technique in which a fine filiform needle is inserted into a myofascial trigger point, a taut band of skeletal muscle that is painful on compression, with the aim of producing a local twitch response and relieving pain. It is performed by physical therapists, chiropractors and physicians in states where it falls within their scope of practice. Unlike a trigger point injection, no substance is injected."),
    ("break",),
    ("h", "Rationale"),
    ("p", "Published randomized controlled trials of dry needling are limited by small sample sizes, inadequate blinding, heterogeneous needling protocols and comparators, and short-term follow-up. Systematic reviews describe the evidence as of low to moderate quality and reach inconsistent conclusions about whether any benefit persists beyond the immediate treatment period. The evidence does not permit a conclusion that dry needling improves net health outcomes."),
    ("h", "Coding"),
    ("p", "The following codes are included for informational purposes. Inclusion of a code does not imply coverage or reimbursement."),
    ("table", [
        ("Code", "Description", "Status"),
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not covered - E/I"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not covered - E/I"),
    ], (22, 106, 44)),
    ("h", "Policy history"),
    ("p", "11/30/2020: New policy; dry needling considered experimental/investigational. Annual reviews: no change to policy position."),
    ("h", "Sources"),
    ("p", "Centers for Medicare and Medicaid Services. CY 2020 Physician Fee Schedule final rule, 84 FR 62568. Blue Cross Blue Shield Association evidence review, Dry Needling of Trigger Points for Myofascial Pain (2.01.100)."),
]

DOCS = [
    ("boards/fl-dry-needling-licensee-guide.pdf",
     "Florida Board of Physical Therapy Practice - Licensee Guide No. 12: Dry Needling",
     "Revised January 2026 - This guide is informational; the statute and rule control.", FL),
    ("boards/ny-nysed-practice-guidance-needles.pdf",
     "NYSED Office of the Professions - Physical Therapy - Practice Guidance",
     "www.op.nysed.gov - Printed 11/26/2026", NY),
    ("boards/ct-dph-notice-dry-needling-registration.pdf",
     "CT Department of Public Health - Notice of Intent to Adopt Regulations - Dry Needling",
     "Connecticut Department of Public Health - 410 Capitol Avenue, Hartford, CT 06134", CT),
    ("payers/summit-health-rh118-dry-needling.pdf",
     "Summit Health Plan - Medical Policy RH-118 - Trigger Point Dry Needling",
     "Medical policies do not guarantee benefits. CPT is a trademark of the AMA.", SUMMIT),
    ("payers/amerihealth-mpb-11-14-02p-dry-needling.pdf",
     "AmeriHealth Medical Policy Bulletin 11.14.02p - Dry Needling",
     "The policy bulletin is not a guarantee of coverage. Printed on 11/26/2026.", AMERI),
]

if __name__ == "__main__":
    for path, head, foot, blocks in DOCS:
        render(path, head, foot, blocks)
