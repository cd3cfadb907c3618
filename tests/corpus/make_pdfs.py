#!/usr/bin/env python3
"""Regenerate the PDF documents of the needlewatch test corpus.

Usage:  python3 tests/corpus/make_pdfs.py        (needs `pip install fpdf2`)

Every PDF is written deterministically (fixed creation date, no random ids),
so running this script again must reproduce byte-identical files.

The PDFs imitate the mess of real policy and rule PDFs: text is laid out
line by line with a fixed width, so sentences break mid-line and long words
are hyphenated across line ends; every page repeats a running header and a
footer ("Page 2 of 4", "CONFIDENTIAL - Proprietary"); most have a coding or
requirements table drawn with cell borders. Only core fonts (Helvetica,
Times, Courier) and latin-1 text are used.

Markup inside paragraph strings:
  "\n"  forced line break (as in a PDF whose lines end mid-sentence)
  "~"   inside a word: break the line here and hyphenate ("investi~gational")
Long words that do not fit at a line end are hyphenated automatically.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, head_left="", head_right="", foot_left="", foot_right="",
                 page_fmt="Page {p} of {nb}", font="Helvetica", size=10):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.head_left = head_left
        self.head_right = head_right
        self.foot_left = foot_left
        self.foot_right = foot_right
        self.page_fmt = page_fmt
        self.base_font = font
        self.base_size = size
        self.set_creation_date(FIXED_DATE)
        self.set_producer("corpus-pdf-writer")
        self.set_creator("needlewatch test corpus")
        self.set_margins(20, 24, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        self.add_page()
        self.set_font(font, "", size)

    # running header / footer on every page
    def header(self):
        self.set_font(self.base_font, "", 8)
        self.set_y(10)
        if self.head_left:
            self.cell(self.epw / 2, 4, self.head_left, align="L")
        if self.head_right:
            self.set_x(self.l_margin + self.epw / 2)
            self.cell(self.epw / 2, 4, self.head_right, align="R")
        self.set_y(15)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(self.t_margin)
        self.set_font(self.base_font, "", self.base_size)

    def footer(self):
        self.set_y(-16)
        self.set_font(self.base_font, "", 8)
        page = self.page_fmt.format(p=self.page_no(), nb="{nb}")
        if self.foot_left:
            self.cell(self.epw / 2, 4, self.foot_left, align="L")
            self.set_x(self.l_margin + self.epw / 2)
            self.cell(self.epw / 2, 4, page, align="R")
        else:
            self.cell(self.epw, 4, page, align="C")
        if self.foot_right:
            self.set_y(-12)
            self.cell(self.epw, 4, self.foot_right, align="C")

    # ---------------------------------------------------------------- text
    def _wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        for hard in text.split("\n"):
            cur = ""
            for word in hard.split():
                parts = word.split("~")
                # a forced hyphenation point: emit all but the last part with "-"
                while len(parts) > 1:
                    head = parts.pop(0)
                    cand = (cur + " " + head + "-").strip() if cur else head + "-"
                    if self.get_string_width(cand) <= width:
                        lines.append(cand)
                    else:
                        if cur:
                            lines.append(cur)
                        lines.append(head + "-")
                    cur = ""
                    parts[0] = parts[0]
                word = parts[0]
                cand = (cur + " " + word) if cur else word
                if self.get_string_width(cand) <= width:
                    cur = cand
                    continue
                # auto-hyphenate long words at the line end
                if len(word) >= 9 and word.isalpha():
                    best = None
                    for k in range(len(word) - 3, 3, -1):
                        trial = (cur + " " + word[:k] + "-") if cur else word[:k] + "-"
                        if self.get_string_width(trial) <= width:
                            best = k
                            break
                    if best is not None:
                        lines.append((cur + " " + word[:best] + "-") if cur else word[:best] + "-")
                        cur = word[best:]
                        continue
                if cur:
                    lines.append(cur)
                cur = word
            lines.append(cur)
        return lines

    def para(self, text, size=None, style="", indent=0.0, lh=None, after=2.0, width=None):
        size = size or self.base_size
        lh = lh or size * 0.48
        self.set_font(self.base_font, style, size)
        w = (width or self.epw) - indent
        for line in self._wrap(text, w):
            self.set_x(self.l_margin + indent)
            self.cell(w, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)
        self.set_font(self.base_font, "", self.base_size)

    def heading(self, text, size=None):
        self.ln(1)
        self.para(text, size=size or self.base_size + 1.5, style="B", after=1.5)

    def bullets(self, items, bullet="-", indent=4.0, size=None):
        for it in items:
            size_ = size or self.base_size
            self.set_font(self.base_font, "", size_)
            self.set_x(self.l_margin + indent)
            self.cell(4, size_ * 0.48, bullet)
            lines = self._wrap(it, self.epw - indent - 5)
            for i, line in enumerate(lines):
                self.set_x(self.l_margin + indent + 5)
                self.cell(self.epw - indent - 5, size_ * 0.48, line, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def table(self, headers, rows, widths, size=8.5):
        lh = size * 0.45
        widths = [w * self.epw / sum(widths) for w in widths]

        def draw_row(cells, bold=False):
            self.set_font(self.base_font, "B" if bold else "", size)
            wrapped = [self._wrap(str(c), widths[i] - 2) for i, c in enumerate(cells)]
            h = max(len(x) for x in wrapped) * lh + 2
            if self.get_y() + h > self.page_break_trigger:
                self.add_page()
                if not bold:
                    draw_row(headers, bold=True)
                    self.set_font(self.base_font, "", size)
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for i, lines in enumerate(wrapped):
                self.rect(x, y0, widths[i], h)
                for j, line in enumerate(lines):
                    self.set_xy(x + 1, y0 + 1 + j * lh)
                    self.cell(widths[i] - 2, lh, line)
                x += widths[i]
            self.set_xy(x0, y0 + h)

        draw_row(headers, bold=True)
        for r in rows:
            draw_row(r)
        self.ln(3)
        self.set_font(self.base_font, "", self.base_size)

    def save(self, rel):
        path = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.output(path)
        return path


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# =====================================================================
# STATE BOARD PDFs
# =====================================================================

@doc
def tn_rule():
    d = Doc(head_left="RULES OF THE TENNESSEE BOARD OF PHYSICAL THERAPY",
            head_right="CHAPTER 1150-01",
            foot_left="June, 2024 (Revised)", page_fmt="{p}", font="Times", size=11)
    d.para("RULES\nOF\nTENNESSEE BOARD OF PHYSICAL THERAPY\n\nCHAPTER 1150-01\nGENERAL RULES GOVERNING THE PRACTICE OF PHYSICAL THERAPY",
           style="B", size=12, after=4)
    d.para("TABLE OF CONTENTS\n1150-01-.01 Definitions\n1150-01-.02 Scope of Practice\n1150-01-.05 Qualifications for Licensure\n"
           "1150-01-.12 Continuing Competence\n1150-01-.13 Professional Ethics\n1150-01-.22 Dry Needling\n1150-01-.23 through 1150-01-.25 Repealed",
           size=10, after=4)
    d.heading("1150-01-.01 DEFINITIONS.")
    d.para("As used in this chapter, the terms and acronyms shall have the following meanings ascribed to them:")
    d.para("(1) Board - The Tennessee Board of Physical Therapy.\n(2) Closed Files - An administrative action which renders an incomplete "
           "or denied file inactive.\n(3) Direct Supervision - Supervision by a physical therapist who is physically present and immediately available "
           "in the same area where the services are being provided.", indent=4)
    d.para("(4) Dry needling - A skilled technique performed by a physical therapist using filiform needles to penetrate the skin and "
           "underlying tissues to affect change in body structures and functions for the evaluation and management of neuromusculo~skeletal "
           "conditions, pain, movement impairments, and disability. Dry needling does not include the stimulation of auricular or distal points "
           "and is not the practice of acupuncture.", indent=4)
    d.para("(5) General Supervision - Supervision by a physical therapist who is readily available for consultation, either in person or by "
           "telecommunication.", indent=4)
    d.heading("1150-01-.02 SCOPE OF PRACTICE.")
    d.para("The practice of physical therapy as defined in T.C.A. s. 63-13-103 includes the evaluation, treatment and instruction of human "
           "beings to detect, assess, prevent, correct, alleviate and limit physical disability, bodily malfunction and pain from injury, disease "
           "and any other bodily or mental condition, and includes the administration, interpretation, documen~tation and evaluation of tests "
           "and measurements of bodily functions and structures.")
    d.heading("1150-01-.12 CONTINUING COMPETENCE.")
    d.para("(1) Each licensee must complete twenty (20) hours of continuing competence activities every two years. Hours earned in a course "
           "of study in dry needling under Rule 1150-01-.22 may be\ncounted toward this requirement in the period in which they are completed.")
    d.heading("1150-01-.22 DRY NEEDLING.")
    d.para("(1) A physical therapist may perform dry needling only after the physical therapist has completed the educational requirements "
           "of this rule and has maintained an active license to practice physical therapy for at least one (1) year. A newly licensed "
           "physical therapist shall not perform dry needling during the first year of licensure.")
    d.para("(2) Educational requirements. Prior to performing dry needling, a physical therapist shall complete:", indent=0)
    d.para("(a) Fifty (50) hours of instruction, which may be satisfied by the physical therapist's entry-level education, in the following "
           "areas: musculoskeletal and neuromuscular systems; anatomical basis of pain mechanisms, chronic pain and referred pain; "
           "myofascial trigger point theory; universal precautions; and\n(b) Twenty-four (24) hours of in-person, post-graduate instruction specific "
           "to dry needling, which shall include demonstrated competency by examination.", indent=6)
    d.table(["Requirement", "Hours", "Format", "Documentation"],
            [["Foundational instruction (may be entry-level)", "50", "Didactic", "Transcript or certificate"],
             ["Dry needling course, post-graduate", "24", "In person, hands-on", "Certificate showing exam passed"],
             ["Licensed practice before needling", "1 year", "-", "License history"]],
            [40, 12, 20, 28])
    d.para("(3) A physical therapist who performs dry needling shall obtain the patient's informed consent, which shall be documented in "
           "the patient record and which shall include a statement that dry needling is not acupuncture.")
    d.para("(4) Dry needling shall be performed only by a physical therapist and shall not be delegated. A physical therapist assistant "
           "shall not perform dry needling.")
    d.para("(5) A physical therapist shall retain documentation of completion of the educational requirements for the duration of "
           "practice and provide it to the Board upon request. Failure to do so is unprofessional conduct.")
    d.para("Authority: T.C.A. ss. 4-5-202, 4-5-204, 63-13-103, and 63-13-108. Administrative History: Original rule filed "
           "October 28, 2015; effective January 26, 2016. Amendments filed 2023; effective 2024.", size=9)
    return d.save("boards/tn-rule-1150-01-22-dry-needling.pdf")


@doc
def co_rule():
    d = Doc(head_left="CODE OF COLORADO REGULATIONS", head_right="4 CCR 732-1",
            foot_left="Secretary of State, State of Colorado", page_fmt="Page {p} of {nb}",
            foot_right="Department of Regulatory Agencies - Physical Therapy Board")
    d.para("DEPARTMENT OF REGULATORY AGENCIES\nPhysical Therapy Board\nRULES AND REGULATIONS\n4 CCR 732-1", style="B", size=11, after=4)
    d.para("Rule 1 - Licensure by Examination ... Rule 10 - Supervision of Physical Therapist Assistants ... Rule 11 - Dry Needling ... "
           "Rule 12 - Continuing Professional Competency", size=9)
    d.heading("Rule 10 - Supervision of Physical Therapist Assistants and Support Personnel")
    d.para("A. A physical therapist may supervise no more than four physical therapist assistants and support personnel in any "
           "combination at one time.\nB. A physical therapist assistant may perform only those physical therapy tasks for which the "
           "physical therapist assistant has been trained and which have been delegated by the supervising physical therapist, "
           "except as provided in Rule 11.")
    d.heading("Rule 11 - Dry Needling")
    d.para("A. Purpose. This rule establishes the education and training a physical therapist must complete before performing dry "
           "needling, which is within the scope of physical therapy practice pursuant to section 12-285-403, C.R.S. For purposes of this "
           "rule, \"dry needling\" (also referred to as trigger point dry needling) means a physical intervention that uses a filiform needle "
           "to stimulate trigger points in a patient's body for the purpose of treating neuromuscular pain and functional movement "
           "deficits, and does not include the stimulation of auricular or distal points.")
    d.para("B. Requirements. A physical therapist may perform dry needling only after demonstrating:")
    d.para("1. At least two years of practice as a licensed physical therapist; and\n2. Successful completion of at least 46 hours "
           "of face-to-face, in-person dry needling training. Online or self-study hours do not count toward the 46 hours; and\n"
           "3. Competency in the following areas: sterile needle procedures, including the standards of the U.S. Centers for Disease "
           "Control and Prevention; anatomical review; blood-borne pathogens; contraindi~cations and indications; and the emergency "
           "management of adverse events.", indent=6)
    d.table(["Element", "Minimum", "Evidence the Board may request"],
            [["Licensed practice", "2 years", "License verification from each jurisdiction"],
             ["In-person training", "46 hours", "Course certificate(s) stating contact hours and in-person format"],
             ["Competency assessment", "Required", "Practical examination results"],
             ["Written informed consent", "Each patient", "Patient record"]],
            [30, 18, 52])
    d.para("C. Informed consent. Prior to performing dry needling, the physical therapist shall obtain written informed consent "
           "from the patient, which shall include the risks and benefits and a statement that dry needling is not acupuncture.")
    d.para("D. Delegation. Dry needling shall not be delegated. A physical therapist assistant shall not perform dry needling, and "
           "Rule 10.B does not apply to this technique.")
    d.para("E. Documentation. The physical therapist shall maintain documentation of compliance with this Rule 11 and shall "
           "provide it to the Board upon request. The physical therapist's treatment notes shall state that dry needling was performed, "
           "the muscles treated, and the patient's response.")
    d.heading("Rule 12 - Continuing Professional Competency")
    d.para("A. Each physical therapist shall complete continuing professional competency activities in accordance with section "
           "12-285-114, C.R.S., including a reflective self-assessment tool, a learning plan and 30 professional development hours "
           "each two-year period. Dry needling training hours obtained in compliance with Rule 11 may be counted as professional "
           "development hours.")
    d.para("Editor's Notes: History - Rule 11 eff. 2013; amended eff. 2020; entire rule eff. 09/30/2024.", size=8.5)
    return d.save("boards/co-4ccr732-1-rule-11-dry-needling.pdf")


@doc
def ar_minutes():
    d = Doc(head_left="Arkansas State Board of Physical Therapy", head_right="Minutes - Regular Meeting",
            foot_left="Approved by the Board: March 14, 2025", page_fmt="Page {p} of {nb}", size=10)
    d.para("ARKANSAS STATE BOARD OF PHYSICAL THERAPY\nMINUTES OF REGULAR MEETING\nJanuary 10, 2025 - 9:00 a.m.\n"
           "Board Room, 1515 W. 7th Street, Little Rock, and via videoconference", style="B", after=4)
    d.para("MEMBERS PRESENT: Chair; Vice Chair; Secretary-Treasurer; PT member; PTA member; consumer member. MEMBERS "
           "ABSENT: none. STAFF: Executive Director; Board Attorney; Licensing Coordinator.")
    d.heading("1. CALL TO ORDER")
    d.para("The Chair called the meeting to order at 9:02 a.m. A quorum was present.")
    d.heading("2. APPROVAL OF MINUTES")
    d.para("Motion to approve the minutes of the November 8, 2024 meeting as written. Motion carried unanimously.")
    d.heading("3. FINANCIAL REPORT")
    d.para("The Secretary-Treasurer reported a fund balance consistent with the approved budget. Renewal revenue is ahead of the "
           "prior year. Report accepted.")
    d.heading("4. LICENSING")
    d.para("The Licensing Coordinator reported 214 new physical therapist licenses and 96 new physical therapist assistant licenses "
           "issued since the last meeting, and 31 compact privileges. Two applications with criminal history were reviewed in "
           "executive session; see item 9.")
    d.heading("5. OLD BUSINESS - FUNCTIONAL DRY NEEDLING")
    d.para("The Board resumed its discussion of the request for a declaratory statement submitted by a group of licensees asking "
           "whether functional dry needling, as taught by several national course providers, is within the practice of physical "
           "therapy under Ark. Code Ann. s. 17-93-102. The Board Attorney summarized the prior discussion: the Board's 2009 policy "
           "statement recognized trigger point dry needling as within the scope of practice; the question presented is whether "
           "the newer functional approach, which targets muscles and connective tissue based on movement assessment rather than "
           "palpation of a trigger point, is covered by the same analysis.")
    d.para("Public comment was received from a representative of the state acupuncture association, who stated that any "
           "needling\nfor therapeutic purposes should be reserved to acupuncturists, and from two licensees who described their "
           "training.")
    d.para("After discussion, a motion was made and seconded that the Board issue the following declaratory statement: "
           "\"Functional dry needling and trigger point dry needling are within the scope of practice of physical therapy in Arkansas "
           "when performed by a licensed physical therapist who has completed post-professional education in the technique "
           "that includes in-person, hands-on instruction and an assessment of competency. The procedure may not be delegated to a "
           "physical therapist assistant.\" Roll call vote: 5 in favor, 1 opposed. Motion carried. Staff was directed to post the "
           "statement on the Board website and to notify the requesting licensees.")
    d.heading("6. NEW BUSINESS")
    d.table(["Item", "Action", "Vote"],
            [["6a. Continuing education: approval of 41 courses", "Approved as recommended by the CE committee", "6-0"],
             ["6b. Proposed fee rule amendment", "Sent to public comment, 30 days", "6-0"],
             ["6c. Telehealth position statement (annual review)", "Reaffirmed without change", "6-0"],
             ["6d. Functional dry needling declaratory statement", "Adopted (see item 5)", "5-1"]],
            [48, 40, 12])
    d.heading("7. EXECUTIVE DIRECTOR'S REPORT")
    d.para("The Executive Director reported on the Federation of State Boards of Physical Therapy annual meeting, the jurisprudence "
           "examination contract, and the database migration. The new licensing system will go live in the second quarter.")
    d.heading("8. COMPLAINTS")
    d.para("Three complaints were reviewed. Two were dismissed for lack of jurisdiction. One was referred for investigation.")
    d.heading("9. EXECUTIVE SESSION")
    d.para("The Board entered executive session at 11:40 a.m. and returned to open session at 12:05 p.m. No action was taken in "
           "executive session. Both applicants discussed were approved for licensure with a letter of caution.")
    d.heading("10. ADJOURNMENT")
    d.para("There being no further business, the meeting was adjourned at 12:11 p.m. Next meeting: March 14, 2025.")
    return d.save("boards/ar-board-minutes-functional-dry-needling.pdf")


@doc
def hi_committee_report():
    d = Doc(head_left="STAND. COM. REP. NO. 2644", head_right="S.B. NO. 2225, S.D. 1",
            foot_left="THE SENATE - THIRTIETH LEGISLATURE, 2020", page_fmt="Page {p}", font="Times", size=11)
    d.para("LEGISLATIVE REFERENCE BUREAU FILE COPY. Final disposition of the measure: not enacted. The measure did not pass final "
           "reading before adjournment sine die and carried over; it died at the end of the biennium.", size=8.5, style="I", after=5)
    d.para("Honolulu, Hawaii\nRE: S.B. No. 2225\nS.D. 1\n\nHonorable President\nPresident of the Senate\nThirtieth State Legislature\n"
           "Regular Session of 2020\nState of Hawaii\n\nSir:", after=3)
    d.para("Your Committee on Commerce, Consumer Protection, and Health, to which was referred S.B. No. 2225 entitled:")
    d.para("\"A BILL FOR AN ACT RELATING TO PHYSICAL THERAPY,\"", style="B", indent=20)
    d.para("begs leave to report as follows:")
    d.para("The purpose of this measure is to authorize licensed physical therapists to perform dry needling, subject to education "
           "and training requirements, and to require the Board of Physical Therapy to adopt rules.")
    d.para("Your Committee received testimony in support of this measure from the Hawaii Chapter of the American Physical Therapy "
           "Association and numerous individuals. Your Committee received testimony in opposition from the Hawaii Acupuncture "
           "Association, the Acupuncture Hawaii organization and numerous individuals. Your Committee received comments from the "
           "Department of Commerce and Consumer Affairs.")
    d.para("Your Committee finds that dry needling is a technique that uses thin filiform needles to treat myofascial trigger "
           "points. Under section 461J-2.5, Hawaii Revised Statutes, physical therapists are currently prohibited from puncturing "
           "the skin for treatment, and Hawaii is one of seven states that exclude dry needling from the scope of physical therapy "
           "practice. Consequently, physical therapists licensed in Hawaii may not perform dry needling, even if they have been "
           "trained and have practiced the technique elsewhere.")
    d.para("Your Committee further finds that there is disagreement between the physical therapy and acupuncture professions over "
           "whether the training proposed in this measure is sufficient to protect patients, and that the Department of Commerce "
           "and Consumer Affairs has recommended a sunrise review by the Auditor before any expansion of scope is enacted, as "
           "required by section 26H-6, Hawaii Revised Statutes.")
    d.para("Your Committee has amended this measure by:\n(1) Requiring a minimum of 54 hours of dry needling instruction, of "
           "which at least 30 hours are in-person;\n(2) Inserting an effective date of July 1, 2050, to encourage further discussion; and\n"
           "(3) Making technical, nonsubstantive amendments for clarity, consistency, and style.")
    d.para("As affirmed by the record of votes of the members of your Committee on Commerce, Consumer Protection, and Health that is "
           "attached to this report, your Committee is in accord with the intent and purpose of S.B. No. 2225, as amended herein, and "
           "recommends that it pass Second Reading in the form attached hereto as S.B. No. 2225, S.D. 1, and be referred to your "
           "Committee on Judiciary.")
    d.para("Respectfully submitted on behalf of the members of the Committee on Commerce, Consumer Protection, and Health,")
    d.para("CHAIR", indent=100, style="B", after=6)
    d.table(["Member", "Aye", "Aye (WR)", "Nay", "Excused"],
            [["Chair", "X", "", "", ""], ["Vice Chair", "X", "", "", ""], ["Member", "", "X", "", ""],
             ["Member", "X", "", "", ""], ["Member", "", "", "X", ""], ["Member", "", "", "", "X"]],
            [40, 15, 15, 15, 15])
    d.para("TOTAL: Aye 4, Aye (WR) 1, Nay 1, Excused 1.", size=9)
    return d.save("boards/hi-senate-committee-report-sb2225.pdf")


@doc
def vt_guidance():
    d = Doc(head_left="Vermont Secretary of State - Office of Professional Regulation",
            head_right="Physical Therapy", foot_left="OPR Guidance PT-2025-02 (rev. 01/2026)",
            page_fmt="Page {p} of {nb}", size=10)
    d.para("GUIDANCE FOR LICENSEES\nDry Needling by Physical Therapists: Act 62 of 2025", style="B", size=13, after=4)
    d.para("This guidance explains how Act 62 of 2025 affects physical therapists. It is not a rule and does not change the law. "
           "Where this guidance and the statute differ, the statute controls.")
    d.heading("1. What does Act 62 do?")
    d.para("Act 62 amends 26 V.S.A. chapter 38 to add dry needling to the practice of physical therapy for a physical therapist who "
           "holds a dry needling endorsement issued by the Office. The Act took effect July 1, 2025. The Act directs the Director, "
           "with the advice of the advisor appointees, to adopt rules establishing the minimum education, clinical training and "
           "competency assessment required for the endorsement.")
    d.heading("2. May I perform dry needling now?")
    d.para("No. A physical therapist may not perform dry needling in Vermont until the Office has adopted the rules required by "
           "the Act and has issued the physical therapist a dry needling endorsement. The rules are not yet final. Until the "
           "endorsement exists, dry needling remains outside the scope of your Vermont license, and performing it may be treated "
           "as unprofessional conduct under 3 V.S.A. s. 129a.")
    d.heading("3. What is the rulemaking schedule?")
    d.table(["Step", "Status", "Target date"],
            [["Stakeholder meetings with PT and acupuncture advisors", "Completed", "October 2025"],
             ["Proposed rule filed with Secretary of State", "In progress", "Spring 2026"],
             ["Public hearing and comment period", "Not started", "Summer 2026"],
             ["Legislative Committee on Administrative Rules", "Not started", "Fall 2026"],
             ["Rule effective; endorsement applications open", "Not started", "Late 2026 / early 2027"]],
            [50, 20, 30])
    d.heading("4. What will the endorsement require?")
    d.para("The draft rule under discussion would require at least 2 years of licensed practice, at least 54 hours of dry "
           "needling instruction including 30 hours in person, a practical examination, and written informed consent from each "
           "patient. These details may change during rulemaking.")
    d.heading("5. Can I take courses now?")
    d.para("Yes. The draft rule would credit coursework completed before the rule takes effect if it meets the final requirements. "
           "Keep your certificates.")
    d.heading("6. What about physical therapist assistants?")
    d.para("Act 62 does not authorize physical therapist assistants to perform dry needling, and the endorsement will be available "
           "only to physical therapists.")
    d.heading("7. I am licensed in another state where I dry needle. Does that matter?")
    d.para("Not until the endorsement is available. Compact privilege holders practicing in Vermont are subject to Vermont's scope "
           "of practice, including this limitation.")
    d.heading("8. Will insurers pay for dry needling?")
    d.para("The Office does not regulate insurance coverage. Once endorsements are issued, ask each payer about its policy and "
           "the codes it requires.")
    d.heading("Appendix - Excerpt of Act 62 (2025), Sec. 3, 26 V.S.A. s. 2092a")
    d.para("(a) A physical therapist may perform dry needling only if the physical therapist holds a dry needling endorsement issued "
           "by the Office under this section.\n(b) The Director shall adopt rules establishing the requirements for a dry needling "
           "endorsement, which shall include: (1) a minimum number of hours of didactic and in-person clinical instruction "
           "specific to dry needling; (2) an assessment of competency; (3) standards for informed consent, infection control and "
           "documentation; and (4) a requirement that the physical therapist not delegate dry needling.\n(c) The Office shall not "
           "issue a dry needling endorsement before the rules required by subsection (b) of this section take effect.\n(d) As used "
           "in this section, \"dry needling\" means an advanced skilled technique using a single-use, filiform needle without "
           "medication, inserted into the skin and underlying tissue to treat neuromusculoskeletal pain and movement impairment. "
           "The term does not include acupuncture as defined in chapter 75 of this title.", size=9.5, indent=4)
    d.para("Sec. 4. EFFECTIVE DATE. This act shall take effect on July 1, 2025.", size=9.5, indent=4)
    d.heading("Revision history")
    d.table(["Version", "Date", "Change"],
            [["PT-2025-02", "08/2025", "Initial guidance issued after Act 62 took effect"],
             ["PT-2025-02 rev.", "01/2026", "Updated rulemaking schedule; added question 7"]],
            [20, 15, 65])
    d.para("Questions: Office of Professional Regulation, 89 Main Street, 3rd Floor, Montpelier, VT 05620-3402.", size=9)
    return d.save("boards/vt-opr-dry-needling-endorsement-pending.pdf")


@doc
def oh_bibliography():
    d = Doc(head_left="Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board",
            head_right="PT Section", foot_left="Continuing Education Guidance - Physical Therapy Section",
            page_fmt="Page {p} of {nb}", size=10)
    d.para("CONTINUING EDUCATION REQUIREMENTS AND EVIDENCE-BASED PRACTICE RESOURCES\nPhysical Therapy Section - Guidance Document",
           style="B", size=12, after=4)
    d.heading("Purpose")
    d.para("This document summarizes the continuing education requirements for physical therapists and physical therapist assistants "
           "under Chapter 4755-43 of the Administrative Code and lists resources that licensees may find useful when selecting "
           "courses and evaluating evidence. Listing a resource does not indicate that the Section endorses any intervention described "
           "in it or has made any determination about whether a particular intervention is within the scope of practice.")
    d.heading("Requirements")
    d.bullets(["Physical therapists: 24 contact hours each two-year renewal period, including 2 hours of Ohio jurisprudence and "
               "ethics.",
               "Physical therapist assistants: 12 contact hours each renewal period, including 2 hours of Ohio jurisprudence and ethics.",
               "Hours must be approved by the Section or by an approved approval agency. Courses approved in other states are not "
               "automatically accepted.",
               "Licensees selected for audit must produce certificates within 30 days."])
    d.table(["Activity", "Maximum hours per period", "Notes"],
            [["Approved courses, in person or live online", "No maximum", "Certificate required"],
             ["Self-study (recorded)", "No maximum", "Must include post-test"],
             ["Clinical instructor for PT/PTA students", "6 hours", "160 hours of supervision = 1 hour"],
             ["Presenting an approved course", "6 hours", "First presentation only"],
             ["Publication in peer-reviewed journal", "8 hours", "Per article"],
             ["Specialist certification (ABPTS)", "All hours", "In the period obtained"]],
            [45, 25, 30])
    d.heading("Evaluating the Evidence")
    d.para("Licensees are encouraged to choose courses that teach interventions supported by current evidence and to apply clinical "
           "practice guidelines. The Section recommends the resources below as starting points. They are listed alphabetically by "
           "first author; inclusion reflects their usefulness for continuing education planning, not a position of the Section.")
    d.heading("Selected Bibliography")
    refs = [
        "Blanpied PR, et al. Neck pain: revision 2017. Clinical practice guidelines linked to the ICF. J Orthop Sports Phys Ther. 2017;47(7):A1-A83.",
        "Cleland JA, et al. Manual physical therapy and exercise versus supervised home exercise in the management of patients with "
        "inversion ankle sprain. J Orthop Sports Phys Ther. 2013;43(7):443-455.",
        "Dunning J, et al. Dry needling: a literature review with implications for clinical practice guidelines. Phys Ther Rev. "
        "2014;19(4):252-265.",
        "Federation of State Boards of Physical Therapy. Resource paper regarding dry needling, 7th ed. Alexandria, VA; 2017.",
        "Fritz JM, et al. Primary care referral of patients with low back pain to physical therapy. Spine. 2012;37(25):2114-2121.",
        "George SZ, et al. Interventions for the management of acute and chronic low back pain: revision 2021. J Orthop Sports Phys Ther. 2021;51(11):CPG1-CPG60.",
        "Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical "
        "therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133-149.",
        "Koppenhaver SL, et al. Changes in lumbar multifidus muscle function and nociceptive sensitivity in low back pain patient "
        "responders versus non-responders after dry needling treatment. Man Ther. 2015;20(6):769-776.",
        "Martin RL, et al. Heel pain - plantar fasciitis: revision 2023. J Orthop Sports Phys Ther. 2023;53(12):CPG1-CPG39.",
        "Sackett DL, et al. Evidence based medicine: what it is and what it isn't. BMJ. 1996;312:71-72.",
    ]
    for i, r in enumerate(refs, 1):
        d.para(f"{i}. {r}", size=9, indent=3, after=1)
    d.heading("Contact")
    d.para("Questions about continuing education may be sent to the Board office, 77 South High Street, 16th Floor, Columbus, Ohio "
           "43215. The Section does not answer scope-of-practice questions through this guidance document.")
    return d.save("boards/oh-ce-guidance-bibliography.pdf")


# =====================================================================
# PAYER PDFs
# =====================================================================

COMMON_DN_REFS = [
    "Cummings TM, White AR. Needling therapies in the management of myofascial trigger point pain: a systematic review. "
    "Arch Phys Med Rehabil. 2001;82(7):986-992.",
    "Kietrys DM, Palombaro KM, Azzaretto E, et al. Effectiveness of dry needling for upper-quarter myofascial pain: a systematic "
    "review and meta-analysis. J Orthop Sports Phys Ther. 2013;43(9):620-634.",
    "Liu L, Huang QM, Liu QG, et al. Effectiveness of dry needling for myofascial trigger points associated with neck and shoulder "
    "pain: a systematic review and meta-analysis. Arch Phys Med Rehabil. 2015;96(5):944-955.",
    "Boyles R, Fowler R, Ramsey D, Burrows E. Effectiveness of trigger point dry needling for multiple body regions: a systematic "
    "review. J Man Manip Ther. 2015;23(5):276-293.",
    "Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical "
    "therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133-149.",
    "Hall ML, Mackie AC, Ribeiro DC. Effects of dry needling trigger point therapy in the shoulder region on patients with upper "
    "extremity pain and dysfunction: a systematic review with meta-analysis. Physiotherapy. 2018;104(2):167-177.",
    "Boyce D, Wempe H, Campbell C, et al. Adverse events associated with therapeutic dry needling. Int J Sports Phys Ther. "
    "2020;15(1):103-113.",
]


@doc
def mp740_dated():
    d = Doc(head_left="Sentinel Blue Medical Policy", head_right="MP-740 Dry Needling of Trigger Points for Myofascial Pain",
            foot_left="Medical Policy MP-740", page_fmt="Page {p} of {nb}", foot_right="CONFIDENTIAL - Proprietary information of Sentinel Blue. Do not distribute.",
            size=10)
    d.para("Dry Needling of Trigger Points for Myofascial Pain", style="B", size=14, after=2)
    d.table(["Policy number", "Original effective date", "Latest review", "Category"],
            [["MP-740", "01/01/2019", "04/2024", "Medicine"]], [25, 25, 25, 25])
    d.heading("DISCLAIMER")
    d.para("Our medical policies are designed for informational purposes only and are not an authorization, explanation of "
           "benefits or a contract. Receipt of benefits is subject to satisfaction of all terms and conditions of the coverage. "
           "Medical technology is constantly changing, and we reserve the right to review and update our policies periodically.", size=8.5)
    d.heading("POLICY")
    d.para("For dates of service on or after July 1, 2021:", style="B")
    d.para("Dry needling of trigger points for the treatment of myofascial pain is considered investi~gational for all "
           "indications.\nDry needling for any other indication is considered investigational.")
    d.para("For dates of service prior to July 1, 2021:", style="B")
    d.para("Dry needling of trigger points for the treatment of myofascial pain may be considered medically necessary when ALL of "
           "the following criteria are met:")
    d.bullets(["The patient has a diagnosis of myofascial pain syndrome with trigger points identified on examination;",
               "Symptoms have persisted for at least three months;",
               "The dry needling is part of an active treatment program that includes exercise; and",
               "No more than six sessions are provided per episode of care."])
    d.para("Dry needling of trigger points that does not meet these criteria was considered not medically necessary.")
    d.heading("POLICY GUIDELINES")
    d.para("Dry needling is distinct from acupuncture. Claims for dry needling may not be submitted using acupuncture codes. "
           "Trigger point injections with an injectate are addressed in a separate policy.")
    d.heading("BACKGROUND")
    d.para("Myofascial pain is a common musculoskeletal condition characterized by trigger points, which are hyperirritable "
           "nodules in a taut band of skeletal muscle. Dry needling involves the insertion of a thin solid needle into the trigger "
           "point without the injection of any substance, often with the goal of eliciting a local twitch response. It is performed "
           "by physicians, physical therapists and other practitioners as permitted by state law. Techniques and terminology vary; "
           "the procedure may be called trigger point dry needling, intramuscular stimulation or functional dry needling.")
    d.para("The evidence base consists of small randomized controlled trials and systematic reviews of those trials. Most trials "
           "enrolled fewer than 100 patients, followed them for 12 weeks or less, and compared dry needling with sham needling, no "
           "treatment, or various active treatments. Blinding of the provider is not feasible. Pooled estimates suggest short-term "
           "pain reduction compared with sham or no treatment, but the trials are heterogeneous in technique, dose and outcome "
           "measures, and most are at high risk of bias. When compared with active treatments such as stretching, manual therapy or "
           "trigger point injection, dry needling has not shown a consistent advantage. No trials of adequate size report long-term "
           "functional outcomes.")
    d.para("Based on the 2021 review, the evidence was determined to be insufficient to conclude that dry needling improves net "
           "health outcomes, and the policy was changed from medically necessary with criteria to investigational, effective for "
           "dates of service on or after July 1, 2021. Reviews in 2022, 2023 and 2024 did not identify evidence that would change "
           "that conclusion.")
    d.heading("CODING")
    d.para("The following codes are included below for informational purposes only, and are subject to change without notice. "
           "Inclusion or exclusion of a code does not constitute or imply member coverage or provider reimbursement.", size=8.5)
    d.table(["Code type", "Code", "Description", "Status (DOS on/after 07/01/2021)"],
            [["CPT", "20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Investi~gational"],
             ["CPT", "20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Investigational"],
             ["HCPCS", "None", "-", "-"]],
            [14, 12, 50, 24])
    d.heading("REFERENCES")
    for i, r in enumerate(COMMON_DN_REFS, 1):
        d.para(f"{i}. {r}", size=8.5, indent=3, after=1)
    d.heading("POLICY HISTORY")
    d.table(["Date", "Action"],
            [["04/2024", "Annual review. No change to policy statement."],
             ["04/2023", "Annual review. No change to policy statement."],
             ["07/2021", "Policy revised: dry needling investigational for DOS on or after 07/01/2021."],
             ["01/2019", "New policy: medically necessary when criteria are met."]],
            [15, 85])
    return d.save("payers/sentinel-blue-mp740-dated-investigational.pdf")


@doc
def back_neck_0139():
    d = Doc(head_left="Cypress Health Coverage Policy", head_right="Minimally Invasive Treatment of Back and Neck Pain",
            foot_left="Coverage Policy Number: 0139", page_fmt="Page {p} of {nb}",
            foot_right="Proprietary information of Cypress Health. Approved for use by licensed health care professionals only.",
            font="Times", size=10.5)
    d.para("Minimally Invasive Treatment of Back and Neck Pain", style="B", size=15, after=2)
    d.para("Effective Date: 07/15/2011\nNext Review Date: 07/15/2026\nCoverage Policy Number: 0139", size=9.5, after=3)
    d.heading("Table of Contents")
    d.para("Coverage Policy ... 1\nGeneral Background ... 2\nCoding/Billing Information ... 5\nReferences ... 6", size=9.5)
    d.heading("INSTRUCTIONS FOR USE")
    d.para("The following Coverage Policy applies to health benefit plans administered by Cypress Health. Certain Cypress companies "
           "and/or lines of business only provide utilization review services to clients and do not make coverage determinations. "
           "References to standard benefit plan language and coverage determinations do not apply to those clients. Coverage "
           "Policies are intended to provide guidance in interpreting certain standard benefit plans administered by Cypress.", size=9)
    d.heading("Coverage Policy")
    d.para("Cypress covers the following procedures as medically necessary when the listed criteria are met:")
    d.bullets(["Facet joint radiofrequency denervation, when the individual has had at least 3 months of axial pain, has failed "
               "conservative management, and has had at least 80% relief from two diagnostic medial branch blocks;",
               "Epidural steroid injection for radicular pain, when the criteria in the Epidural Steroid Injections policy are met;",
               "Percutaneous vertebral augmentation for painful osteoporotic compression fracture, when criteria are met."])
    d.para("Cypress does not cover ANY of the following procedures for the treatment of back or neck pain because each is "
           "considered experimental, investi~gational or unproven (this list may not be all-inclusive):")
    d.bullets(["annulus fibrosus repair", "basivertebral nerve ablation for individuals who do not meet criteria",
               "coblation nucleoplasty", "dry needling of trigger points, for any indication",
               "endoscopic disc decompression, ablation or annuloplasty", "intradiscal electrothermal therapy (IDET)",
               "intradiscal injection of biologic agents, including platelet rich plasma and stem cells",
               "percutaneous lumbar discectomy using laser or mechanical devices", "pulsed radiofrequency",
               "sacroiliac joint radiofrequency denervation", "trigger point injection of saline or sterile water"])
    d.para("Cypress does not cover dry needling of trigger points for any indication, including back, neck or limb pain, because it "
           "is considered experimental, investigational or un~proven.")
    d.heading("General Background")
    d.para("Back and neck pain are among the most common reasons for physician visits. Most episodes of acute pain resolve within "
           "weeks with conservative care, but a proportion of individuals develop chronic pain. Numerous minimally invasive "
           "procedures have been developed as alternatives to open surgery for individuals whose pain persists despite conservative "
           "treatment. The evidence supporting these procedures varies widely in quantity and quality.")
    d.para("Facet joint denervation. Radiofrequency denervation of the medial branch nerves has been studied in randomized "
           "trials, with mixed results. Careful patient selection using dual diagnostic blocks improves outcomes. Professional "
           "society guidelines support the procedure in selected patients.")
    d.para("Intradiscal procedures. Procedures such as IDET, coblation nucleoplasty and annuloplasty aim to treat discogenic pain. "
           "Trials have been small and results inconsistent, and professional societies do not recommend these procedures.")
    d.para("Dry needling. Dry needling is a procedure in which a solid filiform needle is inserted into a myofascial trigger point "
           "without injection. It is used by physical therapists, chiropractors and physicians. Randomized trials of dry needling for "
           "low back and neck pain are small and heterogeneous. Systematic reviews report short-term reductions in pain compared "
           "with sham, but note high risk of bias, inconsistent comparators, and lack of long-term follow-up. There is insufficient "
           "evidence in the published peer-reviewed literature to demonstrate that dry needling improves health outcomes. Dry "
           "needling is distinct from trigger point injection with an anesthetic, which is addressed in a separate policy.")
    d.para("Pulsed radiofrequency. Unlike conventional radiofrequency, pulsed radiofrequency does not produce a thermal lesion. "
           "The mechanism of action is unclear and the clinical evidence is limited.")
    d.para("Basivertebral nerve ablation. Ablation of the basivertebral nerve has been studied for vertebrogenic low back pain "
           "with Modic type 1 or 2 changes in two randomized trials and several single-arm studies.")
    d.para("Professional Societies/Organizations. The American Society of Interventional Pain Physicians, the North American "
           "Spine Society and the American College of Physicians have published guidance on a number of the procedures addressed "
           "in this policy. None recommends dry needling as a treatment for chronic low back pain, and the American College of "
           "Physicians guideline does not address it.")
    d.heading("Coding/Billing Information")
    d.para("Note: 1) This list of codes may not be all-inclusive. 2) Deleted codes and codes which are not effective at the "
           "time the service is rendered may not be eligible for reimbursement.", size=9)
    d.para("Considered Experimental/Investigational/Unproven:", style="B")
    d.table(["CPT Codes", "Description"],
            [["0274T", "Percutaneous laminotomy/laminectomy (interlaminar approach) for decompression of neural elements"],
             ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles"],
             ["22526", "Percutaneous intradiscal electrothermal annuloplasty, unilateral or bilateral including fluoroscopic guidance; single level"],
             ["62287", "Decompression procedure, percutaneous, of nucleus pulposus of intervertebral disc, any method"],
             ["64999", "Unlisted procedure, nervous system (when used to report pulsed radiofrequency)"]],
            [15, 85])
    d.para("Covered when medically necessary:", style="B")
    d.table(["CPT Codes", "Description"],
            [["64633", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance; cervical or thoracic, single facet joint"],
             ["64635", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance; lumbar or sacral, single facet joint"],
             ["22513", "Percutaneous vertebral augmentation, including cavity creation; thoracic"],
             ["22514", "Percutaneous vertebral augmentation, including cavity creation; lumbar"]],
            [15, 85])
    d.heading("References")
    refs = COMMON_DN_REFS + [
        "Chou R, Qaseem A, Snow V, et al. Diagnosis and treatment of low back pain: a joint clinical practice guideline from the "
        "American College of Physicians and the American Pain Society. Ann Intern Med. 2007;147(7):478-491.",
        "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical "
        "practice guideline from the American College of Physicians. Ann Intern Med. 2017;166(7):514-530.",
        "Manchikanti L, et al. An update of comprehensive evidence-based guidelines for interventional techniques in chronic "
        "spinal pain. Pain Physician. 2013;16:S49-S283.",
        "Furlan AD, van Tulder MW, Cherkin DC, et al. Acupuncture and dry-needling for low back pain. Cochrane Database Syst Rev. "
        "2005;(1):CD001351.",
    ]
    for i, r in enumerate(refs, 1):
        d.para(f"{i}. {r}", size=9, indent=3, after=1)
    d.para("\"Cypress Health\" refers to Cypress Health Corporation and its operating subsidiaries. All products and services are "
           "provided exclusively by or through such operating subsidiaries. (c) 2026 Cypress Health.", size=8)
    return d.save("payers/cypress-health-0139-back-neck-pain.pdf")


@doc
def evergreen_pt_ot():
    d = Doc(head_left="Evergreen Mutual Health Plan", head_right="Coverage Policy: Outpatient Physical and Occupational Therapy",
            foot_left="Policy EMH-0412  |  Effective 03/01/2026", page_fmt="Medical Policy 0412 - Page {p} of {nb}",
            foot_right="CONFIDENTIAL - Proprietary. For use by participating providers only.", size=10)
    d.para("Outpatient Physical and Occupational Therapy", style="B", size=14, after=1)
    d.para("Policy Number: EMH-0412     Effective Date: 03/01/2026     Revision Date: 01/22/2026     Last Reviewed: 01/22/2026",
           size=9, after=3)
    d.heading("Scope")
    d.para("This policy applies to Evergreen Mutual commercial HMO, POS and PPO products. It addresses outpatient physical therapy "
           "(PT) and occupational therapy (OT) provided in a clinic, hospital outpatient department or the member's home. It does not "
           "apply to Medicare Advantage, which follows CMS guidance, or to inpatient rehabilitation.")
    d.heading("Policy Statement")
    d.para("I. Evaluation. One PT evaluation and one OT evaluation per episode of care are medically necessary. Re-evaluation is "
           "medically necessary when there is a significant change in condition or at the end of a certification period.")
    d.para("II. Treatment. Outpatient PT and OT treatment is medically necessary when all of the following are met:")
    d.bullets(["the member has a functional limitation resulting from injury, illness, surgery or a congenital condition;",
               "a plan of care with measurable goals has been established by a licensed therapist;",
               "the services require the skills of a therapist;",
               "there is a reasonable expectation of significant functional improvement within a predictable period."], indent=6)
    d.para("III. Services that are not medically necessary. The following are considered not medically necessary when billed by "
           "a PT or OT provider, either alone or as part of a therapy visit:")
    d.bullets(["maintenance therapy once maximum therapeutic benefit has been reached, except as stated in section II;",
               "hot or cold packs billed separately (bundled into other services);",
               "infrared therapy (97026);",
               "dry needling (CPT 20560, 20561), including trigger point dry needling and functional dry needling. Evergreen "
               "considers dry needling not medically necessary because the available evidence does not show a benefit over "
               "covered active interventions such as therapeutic exercise and manual therapy;",
               "massage (97124) as a stand-alone service without an active treatment component;",
               "work hardening or conditioning, unless the member's plan specifically includes it."], indent=6)
    d.para("IV. Visit limits. The member's benefit plan may limit the number of PT and OT visits per year. Visits beyond the "
           "limit are not covered regardless of medical necessity.")
    d.heading("Documentation Requirements")
    d.para("The record must include the evaluation, the plan of care signed by the therapist, daily notes identifying each "
           "procedure and the minutes spent on timed services, and progress notes at least every 10 visits. Progress notes must "
           "compare objective measures with the baseline. Standardized outcome tools (for example, the Lower Extremity Functional "
           "Scale, Oswestry Disability Index, Neck Disability Index, DASH or PSFS) are strongly recommended.")
    d.heading("Background")
    d.para("Physical and occupational therapy are effective for a wide range of musculoskeletal, neurological and post-surgical "
           "conditions. Clinical practice guidelines support active interventions such as therapeutic exercise, neuromuscular re-"
           "education, functional training and manual therapy. Passive modalities have limited independent benefit and are "
           "recommended only as adjuncts.")
    d.para("Dry needling is the insertion of a filiform needle into muscle or connective tissue without an injectate. It is "
           "within the scope of physical therapy in many states. Randomized trials comparing dry needling plus exercise with exercise "
           "alone have generally found small, short-lived differences in pain and no difference in function at follow-up beyond "
           "three months. Because similar outcomes are achieved with covered interventions, the Medical Policy Committee "
           "considers dry needling not medically neces~sary.")
    d.heading("Coding")
    d.table(["Code", "Description", "Policy status"],
            [["97161-97163", "PT evaluation, low / moderate / high complexity", "Medically necessary"],
             ["97165-97167", "OT evaluation, low / moderate / high complexity", "Medically necessary"],
             ["97110", "Therapeutic exercise, each 15 minutes", "Medically necessary when criteria met"],
             ["97112", "Neuromuscular re-education, each 15 minutes", "Medically necessary when criteria met"],
             ["97140", "Manual therapy techniques, each 15 minutes", "Medically necessary when criteria met"],
             ["97530", "Therapeutic activities, each 15 minutes", "Medically necessary when criteria met"],
             ["97010", "Hot or cold packs", "Bundled"],
             ["97026", "Infrared", "Not medically necessary"],
             ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not medically necessary"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not medically necessary"]],
            [16, 54, 30])
    d.heading("References")
    for i, r in enumerate(COMMON_DN_REFS[:4] + [
            "American Physical Therapy Association. Guide to Physical Therapist Practice 3.0. Alexandria, VA; 2014.",
            "Delitto A, et al. Low back pain: clinical practice guidelines. J Orthop Sports Phys Ther. 2012;42(4):A1-A57."], 1):
        d.para(f"{i}. {r}", size=8.5, indent=3, after=1)
    d.heading("Policy History")
    d.table(["Date", "Summary"],
            [["01/22/2026", "Annual review; added functional dry needling to section III."],
             ["01/2025", "Annual review; no changes."],
             ["03/2023", "Dry needling moved from 'investigational' to 'not medically necessary'."]],
            [18, 82])
    return d.save("payers/evergreen-mutual-pt-ot-0412.pdf")


@doc
def lonestar_code_edits():
    d = Doc(head_left="LONE STAR COMMUNITY HEALTH - REIMBURSEMENT POLICY", head_right="RPM-118 Physical Medicine Code Edits",
            foot_left="RPM-118 rev. 2025-10", page_fmt="Page {p} of {nb}", foot_right="Proprietary and confidential", font="Courier", size=9)
    d.para("REIMBURSEMENT POLICY RPM-118\nPHYSICAL MEDICINE AND REHABILITATION: CODE EDITS", style="B", size=11, after=3)
    d.para("Effective date: 10/01/2025\nRevision date: 09/15/2025\nProducts: Commercial, CHIP\nApplies to: Professional claims (CMS-1500)",
           after=3)
    d.para("PURPOSE\nThis policy describes claim edits applied to physical medicine and rehabilitation services. The medical "
           "necessity status in the table below is taken from the applicable clinical policy and is applied automatically at "
           "claim adjudication. Claim lines with a status of \"Not medically necessary\" deny with CARC 50 (These are non-"
           "covered services because this is not deemed a medical necessity by the payer).")
    d.para("GENERAL RULES\n1. Timed codes are subject to the 8-minute rule.\n2. Evaluation codes are limited to one per provider "
           "per date of service.\n3. Modifiers GP, GO or GN are required on all therapy codes.\n4. Codes billed with modifier 59 or "
           "XS must be supported by documentation of a separate anatomic site.\n5. Units above the MUE are denied.")
    rows = [
        ["97010", "Hot/cold packs", "1", "Bundled"],
        ["97012", "Mechanical traction", "1", "Covered"],
        ["97014", "E-stim unattended", "1", "Deny; use G0283"],
        ["97016", "Vasopneumatic device", "1", "Covered"],
        ["97018", "Paraffin bath", "1", "Covered"],
        ["97022", "Whirlpool", "1", "Covered"],
        ["97026", "Infrared", "1", "Not medically necessary"],
        ["97032", "E-stim attended, 15 min", "4", "Covered"],
        ["97033", "Iontophoresis, 15 min", "2", "Covered"],
        ["97035", "Ultrasound, 15 min", "2", "Covered"],
        ["97110", "Therapeutic exercise, 15 min", "6", "Covered"],
        ["97112", "Neuromuscular reeducation, 15 min", "4", "Covered"],
        ["97116", "Gait training, 15 min", "4", "Covered"],
        ["97124", "Massage, 15 min", "4", "Covered with active treatment"],
        ["97140", "Manual therapy, 15 min", "4", "Covered"],
        ["97150", "Group therapy", "1", "Covered"],
        ["97530", "Therapeutic activities, 15 min", "6", "Covered"],
        ["97535", "Self-care training, 15 min", "4", "Covered"],
        ["97750", "Physical performance test, 15 min", "4", "Covered"],
        ["G0283", "E-stim unattended, other than wound", "1", "Covered"],
        ["20560", "Needle insert w/o inj 1 or 2 muscles", "1", "Not medically necessary"],
        ["20561", "Needle insert w/o inj 3+ muscles", "1", "Not medically necessary"],
        ["97810", "Acupuncture w/o stim, initial 15 min", "1", "Deny for PT/OT provider types"],
        ["97813", "Acupuncture w/ stim, initial 15 min", "1", "Deny for PT/OT provider types"],
        ["S8990", "Maintenance physical/manipulative tx", "1", "Not covered"],
        ["S9090", "Vertebral axial decompression", "1", "Not medically necessary"],
    ]
    d.para("CODE TABLE", style="B")
    d.table(["CPT/HCPCS", "Short descriptor", "MUE", "Status"], rows, [14, 46, 8, 32], size=8)
    d.para("NOTES\nA. Status values are reviewed quarterly. A change in status is announced in the provider newsletter at least "
           "30 days before it takes effect.\nB. \"Bundled\" codes are not separately reimbursed and are not billable to the "
           "member.\nC. For CHIP members, denials for lack of medical necessity may be appealed under the CHIP appeal process.")
    d.para("HISTORY\n09/15/2025  Annual review; updated MUE values.\n01/01/2021  Added 20560, 20561.\n06/01/2019  Policy created.")
    d.para("CPT is a registered trademark of the American Medical Association. This policy is not a guarantee of payment. "
           "Reimbursement is subject to member eligibility, benefits and the terms of the provider agreement.", size=7.5)
    return d.save("payers/lone-star-rpm-118-code-edits-table.pdf")


@doc
def ridgeline_spd():
    d = Doc(head_left="Ridgeline Regional Hospital Employee Health Benefit Plan", head_right="Summary Plan Description",
            foot_left="SPD - Plan Year 2026", page_fmt="Page {p} of {nb}", font="Times", size=10.5)
    d.para("ARTICLE VII - COVERED MEDICAL EXPENSES (CONTINUED)", style="B", size=12, after=3)
    d.para("7.18 Acupuncture. The Plan covers acupuncture performed by a licensed acupuncturist, a physician (M.D. or D.O.) or a "
           "chiropractor who is certified to perform acupuncture under state law, for the treatment of pain, nausea associated with "
           "chemotherapy or pregnancy, and migraine prophylaxis, up to 20 visits per Plan Year. The visit copayment for "
           "specialist office visits applies.")
    d.para("7.19 Allergy testing and treatment. Allergy testing, serum and injections are covered when ordered by a physician.")
    d.para("7.20 Ambulance. Ground and air ambulance transportation to the nearest facility capable of treating the condition, when "
           "other transportation would endanger the Covered Person's health.")
    d.para("7.21 Chiropractic services. Spinal manipulation and related services by a licensed chiropractor, up to 20 visits per "
           "Plan Year, combined with physical therapy visit limits as described in Section 7.33.")
    d.para("7.33 Physical, occupational and speech therapy. Outpatient rehabilitative therapy ordered by a physician and provided "
           "by a licensed therapist, when the therapy is expected to result in significant improvement within a reasonable and "
           "generally predictable period, up to a combined 40 visits per Plan Year.")
    d.para("ARTICLE VIII - GENERAL EXCLUSIONS AND LIMITATIONS", style="B", size=12, after=3)
    d.para("No benefits will be paid under this Plan for the following services, supplies or expenses, even if they are ordered by a "
           "Physician or are Medically Necessary, and even if they are provided during an otherwise covered visit:")
    excl = [
        "(1) Charges for services that are not Medically Necessary.",
        "(2) Charges incurred before the Covered Person's effective date of coverage or after termination of coverage.",
        "(3) Cosmetic surgery, except for reconstructive surgery following an accidental injury or a mastectomy.",
        "(4) Custodial care, domiciliary care, rest cures or respite care.",
        "(5) Dry needling, including trigger point dry needling and any other needle insertion without injection, regardless "
        "of the provider's license or the condition treated. This exclusion does not apply to acupuncture covered under "
        "Section 7.18.",
        "(6) Educational or vocational training, except diabetes self-management education.",
        "(7) Experimental, investigational or unproven services, as determined by the Plan Administrator.",
        "(8) Hearing aids, except as described in Section 7.24.",
        "(9) Massage therapy, rolfing, and similar bodywork, except as part of a physical therapy treatment plan.",
        "(10) Services provided by a member of the Covered Person's immediate family.",
        "(11) Travel expenses, except as described for transplant services.",
        "(12) Weight loss programs, except as required by law.",
        "(13) Work-related injuries or illnesses covered by workers' compensation.",
    ]
    for e in excl:
        d.para(e, indent=6, after=1.2)
    d.para("ARTICLE IX - CLAIMS AND APPEALS", style="B", size=12, after=3)
    d.para("9.1 Filing a claim. Network providers file claims on the Covered Person's behalf. For out-of-network services, the "
           "Covered Person must submit a claim within 12 months of the date of service.")
    d.para("9.2 Adverse benefit determinations. If a claim is denied in whole or in part, the Claims Administrator will provide "
           "written notice stating the specific reason, the Plan provision on which the denial is based, and a description of the "
           "appeal procedure. A denial based on an exclusion in Article VIII is a benefit determination, not a medical necessity "
           "determination, and is not eligible for external review except as required by law.")
    d.para("9.3 Appeals. A Covered Person may appeal an adverse benefit determination within 180 days of receiving notice. The "
           "appeal will be decided by a person who did not make the initial determination and who is not the subordinate of that "
           "person.")
    d.para("9.4 External review. Adverse determinations involving medical judgment, including determinations that a service is "
           "experimental or investigational or is not Medically Necessary, may be eligible for external review by an independent "
           "review organization after internal appeals are exhausted.")
    d.table(["Benefit", "In-network", "Out-of-network", "Annual limit"],
            [["Acupuncture", "$40 copay", "50% after deductible", "20 visits"],
             ["Chiropractic", "$40 copay", "50% after deductible", "20 visits"],
             ["PT / OT / ST", "$40 copay", "50% after deductible", "40 visits combined"],
             ["Dry needling", "Not covered", "Not covered", "-"]],
            [25, 25, 25, 25])
    return d.save("payers/ridgeline-spd-exclusions-acupuncture-covered.pdf")


@doc
def coastal_future_2028():
    d = Doc(head_left="COASTAL BLUE HEALTH PLANS", head_right="MEDICAL POLICY",
            foot_left="Medical Policy 2.01.100-CB", page_fmt="Page {p} of {nb}",
            foot_right="CONFIDENTIAL - Proprietary. Printed copies are uncontrolled.", size=10)
    d.para("Dry Needling of Myofascial Trigger Points", style="B", size=14, after=2)
    d.table(["Policy No.", "Effective date", "Last reviewed", "Next review"],
            [["2.01.100-CB", "02/01/2026", "01/08/2026", "01/2027"]], [25, 25, 25, 25])
    d.heading("NOTICE OF FUTURE CHANGE")
    d.para("Effective for dates of service on or after January 1, 2028, dry needling of trigger points will be considered "
           "investigational for all indications, and the criteria in Section I will no longer apply. Until that date, the "
           "policy statement below remains in effect. Providers will receive a separate notification at least 90 days before the "
           "change.", style="B")
    d.heading("POLICY STATEMENT")
    d.para("I. Dry needling of myofascial trigger points (CPT 20560, 20561) is considered medically necessary when all of the "
           "following criteria are met:")
    d.para("A. The member has myofascial pain with one or more clinically identified trigger points; and\nB. The member has "
           "completed at least 4 weeks of active conservative treatment without adequate improvement; and\nC. Dry needling is "
           "performed as part of a plan of care that includes active therapy; and\nD. The service is performed by a practitioner "
           "licensed to perform dry needling in the state of service; and\nE. No more than 6 sessions per condition per calendar "
           "year.", indent=6)
    d.para("II. Dry needling is considered not medically necessary when the criteria in Section I are not met.")
    d.para("III. Dry needling performed as part of an acupuncture service is addressed in the Acupuncture policy.")
    d.heading("RATIONALE")
    d.para("Coastal Blue previously reviewed dry needling using the Blue Cross Blue Shield Association reference policy, which "
           "classifies dry needling as investigational. In 2023, in response to a request from network providers and after a "
           "review of additional systematic reviews, the Medical Policy Committee adopted limited coverage criteria, noting short-"
           "term pain benefits when dry needling is combined with active therapy. At its January 2026 meeting the Committee reviewed "
           "the first two years of claims and outcomes data and the most recent literature. The Committee found that outcomes "
           "data did not show sustained functional benefit and voted to align the policy with the investi~gational position of the "
           "reference policy, effective January 1, 2028, to allow time for provider notice and contract amendments.")
    d.heading("CODING")
    d.table(["Code", "Description", "Through 12/31/2027", "On/after 01/01/2028"],
            [["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Covered when criteria met", "Investigational"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Covered when criteria met", "Investigational"]],
            [12, 44, 22, 22])
    d.heading("REFERENCES")
    for i, r in enumerate(COMMON_DN_REFS, 1):
        d.para(f"{i}. {r}", size=8.5, indent=3, after=1)
    d.para("8. Blue Cross Blue Shield Association. Dry Needling of Trigger Points for Myofascial Pain. Medical Policy Reference "
           "Manual 2.01.100.", size=8.5, indent=3)
    d.heading("POLICY HISTORY")
    d.table(["Date", "Action"],
            [["01/08/2026", "Annual review. Notice added: investigational for DOS on/after 01/01/2028. Current criteria unchanged."],
             ["02/01/2025", "Annual review. Session limit reduced from 8 to 6."],
             ["03/01/2023", "Policy revised from investigational to medically necessary with criteria."],
             ["11/01/2018", "New policy; investigational."]],
            [16, 84])
    d.para("This policy is not a contract or guarantee of coverage. Member benefits, exclusions and limitations govern. Coastal Blue "
           "Health Plans is an independent licensee of the Blue Cross and Blue Shield Association.", size=8)
    return d.save("payers/coastal-blue-future-investigational-2028.pdf")


@doc
def great_plains_reversal():
    d = Doc(head_left="Great Plains Health Cooperative", head_right="Clinical Coverage Guideline CCG-227",
            foot_left="CCG-227 Dry Needling", page_fmt="Page {p} of {nb}", foot_right="Confidential and proprietary", font="Times", size=11)
    d.para("CLINICAL COVERAGE GUIDELINE\nDry Needling (Trigger Point and Functional)", style="B", size=13, after=2)
    d.para("Guideline number: CCG-227\nOriginal effective date: 05/01/2019\nRevised effective date: 03/01/2024\nLast review date: "
           "02/19/2026", size=10, after=3)
    d.heading("Summary of Changes")
    d.para("This guideline was revised effective March 1, 2024. Versions of this guideline in effect from May 1, 2019 through "
           "February 29, 2024 stated that dry needling was experimental and investigational. That position no longer applies to "
           "dates of service on or after March 1, 2024. Claims for earlier dates of service are governed by the version in effect on "
           "the date of service.")
    d.heading("Coverage Position")
    d.para("For dates of service on or after March 1, 2024, Great Plains Health Cooperative considers dry needling medically "
           "necessary for the treatment of myofascial pain of the neck, shoulder, back, hip or lower extremity when ALL of the "
           "following are documented:")
    d.bullets(["a physical examination identifying trigger points or taut bands that reproduce the member's symptoms;",
               "a plan of care that includes active exercise, with dry needling as an adjunct;",
               "the practitioner holds any license, registration or endorsement required by the state to perform dry needling;",
               "the member has given informed consent; and",
               "reassessment after 4 sessions shows improvement on a validated pain or function measure."], indent=6)
    d.para("Coverage is limited to 8 sessions per condition per 12 months. Dry needling for conditions other than those listed above, "
           "for maintenance, or without documented improvement after 4 sessions, is considered not medically necessary.")
    d.heading("Clinical Background")
    d.para("Since this guideline was first written in 2019, several higher-quality trials and updated meta-analyses have been "
           "published. Pooled results now show moderate-certainty evidence of reduced pain and improved function in the short and "
           "medium term when dry needling is added to exercise for neck and shoulder pain, and low-to-moderate certainty evidence "
           "for low back and heel pain. Serious adverse events are rare when the procedure is performed by trained practitioners. "
           "The Clinical Coverage Committee determined that the evidence is sufficient to support coverage with the criteria above.")
    d.heading("Coding")
    d.table(["Code", "Description", "Comment"],
            [["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Covered when criteria met; 1 unit per date"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Covered when criteria met; 1 unit per date"],
             ["97810-97814", "Acupuncture", "Not to be used to report dry needling"]],
            [18, 47, 35])
    d.heading("References")
    for i, r in enumerate(COMMON_DN_REFS[2:], 1):
        d.para(f"{i}. {r}", size=9, indent=3, after=1)
    d.heading("Revision History")
    d.table(["Date", "Description"],
            [["02/19/2026", "Annual review; no change."],
             ["03/01/2024", "Revised: experimental/investigational position replaced with coverage criteria."],
             ["05/01/2019", "New guideline: experimental and investigational."]],
            [18, 82])
    return d.save("payers/great-plains-ccg-227-revised-covered-2024.pdf")


@doc
def maumee_archived():
    d = Doc(head_left="Maumee Valley Health Plan", head_right="Medical Policy PG0465 - ARCHIVED",
            foot_left="PG0465 Dry Needling (archived)", page_fmt="Page {p} of {nb}",
            foot_right="ARCHIVED POLICY - FOR HISTORICAL REFERENCE ONLY", size=10)
    d.para("ARCHIVED", style="B", size=20, after=1)
    d.para("Dry Needling\nPolicy Number: PG0465\nProducts: Advantage Elite HMO, Commercial\nOriginal effective date: 01/01/2017\n"
           "Archive date: 01/01/2026", size=10, after=3)
    d.heading("Archive Notice")
    d.para("This policy was archived effective January 1, 2026 and is no longer used to make coverage decisions. No replacement "
           "medical policy has been issued. Coverage for services previously addressed by this policy is determined by the "
           "member's benefit plan document and, for Advantage Elite members, by applicable Medicare coverage rules. The coverage "
           "statement of the archived policy has been removed from this copy to avoid confusion; the remaining sections are "
           "retained for reference.")
    d.heading("Description (retained for reference)")
    d.para("Dry needling is a treatment in which a practitioner inserts thin, solid needles into muscle at trigger points or "
           "other sites, without injecting medication. It is also described as trigger point dry needling, intramuscular "
           "stimulation, or functional dry needling. Practitioners include physical therapists, chiropractors, athletic trainers and "
           "physicians, subject to state scope-of-practice laws. Since January 1, 2020 the service has been reported with CPT codes "
           "20560 and 20561.")
    d.heading("Background (retained for reference)")
    d.para("Dry needling is believed to act by mechanically disrupting dysfunctional motor end plates, eliciting local twitch "
           "responses, and modulating peripheral and central pain processing. Its use has expanded rapidly over the past fifteen "
           "years. State laws differ on whether physical therapists may perform it; several states require specific training hours "
           "and registration, and a few prohibit it.")
    d.para("Published studies include randomized controlled trials comparing dry needling with sham, with trigger point "
           "injection, and with other physical therapy interventions, as well as multiple systematic reviews. The trials differ in "
           "technique, the number of sessions, the muscles treated and the timing of outcome assessment.")
    d.heading("Codes (retained for reference)")
    d.table(["Code", "Description"],
            [["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles"]], [20, 80])
    d.heading("References (retained for reference)")
    for i, r in enumerate(COMMON_DN_REFS, 1):
        d.para(f"{i}. {r}", size=9, indent=3, after=1)
    d.heading("Policy History")
    d.table(["Date", "Action"],
            [["01/01/2026", "Archived. No replacement policy."],
             ["07/26/2021", "Last review."],
             ["01/01/2020", "Coding updated for new CPT codes 20560, 20561."],
             ["01/01/2017", "New policy."]],
            [20, 80])
    return d.save("payers/maumee-valley-pg0465-archived.pdf")


def main():
    for fn in DOCS:
        path = fn()
        print(os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
