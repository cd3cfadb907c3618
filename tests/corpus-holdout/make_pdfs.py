#!/usr/bin/env python3
"""Regenerate the PDF documents of the held-out corpus.

Usage (from anywhere):  pip install fpdf2 pypdf && python3 tests/corpus-holdout/make_pdfs.py

Every PDF is built with fpdf2's core fonts (latin-1 only) and a fixed
creation date, so reruns give byte-identical files. The layout imitates
real PDFs on purpose: text is wrapped line by line (so sentences break
mid-line), long words are hyphenated at line ends, every page has a
running header and a "Page N of M" footer, and each document has a table.
After writing, the script checks with pypdf that text can be extracted.
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent
CREATED = datetime(2024, 1, 1, tzinfo=timezone.utc)

LATIN1_FIXES = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "--", "\u2026": "...", "\u00a0": " ",
}


def latin1(text):
    for bad, good in LATIN1_FIXES.items():
        text = text.replace(bad, good)
    text.encode("latin-1")  # fail loudly on anything else
    return text


class Doc(FPDF):
    def __init__(self, running_header, running_footer, header_right=""):
        super().__init__(format="Letter", unit="mm")
        self.running_header = latin1(running_header)
        self.running_footer = latin1(running_footer)
        self.header_right = latin1(header_right)
        self.set_creation_date(CREATED)
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_title(self.running_header)
        self.set_author("")
        self.set_creator("")

    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 4, self.running_header, new_x="LMARGIN", new_y="TOP")
        if self.header_right:
            self.cell(0, 4, self.header_right, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            self.ln(4)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.running_footer, new_x="LMARGIN", new_y="TOP")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- text helpers -------------------------------------------------

    def wrap(self, text, width, hyphenate=True):
        """Greedy line wrapping with end-of-line hyphenation of long words."""
        words = text.split()
        lines, line = [], ""
        for word in words:
            candidate = word if not line else f"{line} {word}"
            if self.get_string_width(candidate) <= width:
                line = candidate
                continue
            split_done = False
            if hyphenate and len(word) >= 8 and word.isalpha():
                prefix_room = width - self.get_string_width(f"{line} " if line else "")
                for cut in range(len(word) - 3, 3, -1):
                    head = word[:cut] + "-"
                    if self.get_string_width(head) <= prefix_room:
                        lines.append(f"{line} {head}" if line else head)
                        line = word[cut:]
                        split_done = True
                        break
            if not split_done:
                if line:
                    lines.append(line)
                line = word
        if line:
            lines.append(line)
        return lines

    def para(self, text, size=9.5, style="", indent=0, hyphenate=True, gap=2.2, lh=4.6):
        self.set_font("Helvetica", style, size)
        width = self.w - self.l_margin - self.r_margin - indent
        # A "\n" in the text forces a line break there, e.g. "investi-\ngational"
        # to reproduce a hyphenated key word exactly where a real PDF might have one.
        lines = [line for segment in latin1(text).split("\n") for line in self.wrap(segment, width, hyphenate)]
        for line in lines:
            self.set_x(self.l_margin + indent)
            self.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text, size=11.5):
        self.ln(1.5)
        self.set_font("Helvetica", "B", size)
        self.cell(0, 6, latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def bullets(self, items, size=9.5, marker="-"):
        for item in items:
            self.set_font("Helvetica", "", size)
            width = self.w - self.l_margin - self.r_margin - 7
            lines = self.wrap(latin1(item), width)
            for i, line in enumerate(lines):
                self.set_x(self.l_margin + 2)
                self.cell(5, 4.6, marker if i == 0 else "")
                self.cell(width, 4.6, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def grid(self, widths, rows, size=8.5):
        self.set_font("Helvetica", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                        first_row_as_headings=True) as table:
            for row in rows:
                r = table.row()
                for value in row:
                    r.cell(latin1(value))
        self.ln(3)

    def title_block(self, lines, size=14):
        for i, line in enumerate(lines):
            self.set_font("Helvetica", "B" if i == 0 else "", size if i == 0 else 10)
            self.cell(0, 7 if i == 0 else 5, latin1(line), new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def save(pdf, relpath):
    out = ROOT / relpath
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


# =====================================================================
# boards/fl-board-bulletin-2021.pdf  -- allowed (statute + rule, history)
# =====================================================================

def fl_bulletin():
    pdf = Doc("Florida Board of Physical Therapy  |  Board Bulletin", "Florida Department of Health, Division of Medical Quality Assurance", "Spring 2021, Vol. 14 No. 1")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["BOARD BULLETIN", "News for Florida physical therapists and physical therapist assistants", "Spring 2021"])

    pdf.heading("From the Chair")
    pdf.para("This has been a year unlike any other for our profession. Many of you moved part of your practice to telehealth almost overnight, and the Board worked to keep licensing moving while our office operated remotely. In this issue you will find a summary of the new dry needling law and rule, reminders about the upcoming renewal, and a list of recent disciplinary actions. As always, the Board meets in public and we welcome your comments.")

    pdf.heading("Dry Needling: What the New Law and Rule Require")
    pdf.para("Effective July 1, 2020, section 486.117, Florida Statutes, permits a physical therapist to perform dry needling once he or she has met the requirements in the statute. The Board adopted Rule 64B17-6.008, Florida Administrative Code, to implement the statute; the notice of change for the rule was published on March 4, 2021. Together, the statute and the rule establish a clear path for licensees who wish to add the technique to their practice.")
    pdf.para("Some licensees remember the Board's earlier attempt to address dry needling by rule. In January 2019 an administrative law judge with the Division of Administrative Hearings concluded that the earlier rule exceeded the Board's authority, because the practice act at that time excluded acupuncture and the judge found that dry needling fell within the statutory definition of acupuncture. That decision is no longer the governing law. The Legislature amended chapter 486 in 2020 specifically to authorize physical therapists to perform dry needling, and the new section expressly provides that dry needling by a qualified physical therapist is within the practice of physical therapy.")
    pdf.para("Before performing dry needling, a physical therapist must meet every requirement in the table below and must be able to document compliance if asked by the Department.")
    pdf.grid((45, 121), [
        ("Requirement", "Standard under s. 486.117, F.S., and Rule 64B17-6.008, F.A.C."),
        ("Licensed practice", "At least 2 years of licensed practice as a physical therapist, in Florida or another jurisdiction."),
        ("Education", "At least 50 hours of face-to-face continuing education in dry needling, from a Board-approved provider, covering anatomy, indications and contraindications, sterile technique, and management of adverse events."),
        ("Supervised practice", "At least 25 patient treatment sessions of dry needling performed under the supervision of a physical therapist who meets the statute's requirements, or of a qualified physician, osteopathic physician or acupuncturist."),
        ("Delegation", "May not be delegated. Physical therapist assistants may not perform dry needling."),
        ("Records", "Keep course certificates and a log of supervised sessions for at least 4 years."),
    ])
    pdf.para("Note that the 50 hours must be completed in person. Online lectures can be useful preparation, but they do not count toward the required hours. Hours earned in an entry-level program may be counted only if the program documents them as face-to-face dry needling instruction.")
    pdf.para("Frequently asked: do I need to send my documentation to the Board? No. There is no separate certification or application. However, the Department audits compliance, and failure to produce documentation on request is grounds for discipline.")

    pdf.heading("Renewal Reminder")
    pdf.para("Physical therapist licenses expire on November 30, 2021. You must complete 24 hours of continuing education during the biennium, including 2 hours on the prevention of medical errors, 2 hours on Florida laws and rules, 1 hour on HIV/AIDS for the first renewal only, and 2 hours on human trafficking. Report your hours in CE Broker before you renew.")

    pdf.heading("Recent Disciplinary Actions")
    pdf.para("The following summaries are provided for educational purposes. Final orders are public records available from the Department.")
    pdf.bullets([
        "A physical therapist performed dry needling on several patients before completing the required supervised sessions. The Board imposed a fine of $1,500, costs, and 4 hours of continuing education in laws and rules.",
        "A physical therapist assistant practiced for 7 months on a delinquent license. Fine of $750 and costs.",
        "A physical therapist failed to document the plan of care for 12 patients. Reprimand, fine of $2,000, and a records course.",
    ])

    pdf.heading("Board Meeting Schedule")
    pdf.grid((50, 60, 56), [
        ("Date", "Location", "Format"),
        ("May 14, 2021", "Orlando", "In person and by phone"),
        ("August 20, 2021", "Tampa", "In person and by phone"),
        ("November 5, 2021", "Tallahassee", "In person and by phone"),
    ])
    pdf.para("The Board Bulletin is published by the Florida Board of Physical Therapy. Articles summarize laws and rules for convenience; the statutes and rules themselves control.", size=8, style="I")
    return save(pdf, "boards/fl-board-bulletin-2021.pdf")


# =====================================================================
# boards/ok-moratorium-order.pdf  -- on_hold (moratorium pending rules)
# =====================================================================

def ok_moratorium():
    pdf = Doc("Oklahoma State Board of Medical Licensure and Supervision", "Order No. PT-2026-04  |  Filed June 18, 2026", "Physical Therapy Advisory Committee")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["BEFORE THE OKLAHOMA STATE BOARD OF", "MEDICAL LICENSURE AND SUPERVISION", "IN THE MATTER OF THE PRACTICE OF DRY NEEDLING BY LICENSED PHYSICAL THERAPISTS", "ORDER ESTABLISHING A MORATORIUM PENDING RULEMAKING"], size=12)

    pdf.para("This matter came before the Board at its regular meeting of June 11, 2026, on the recommendation of the Physical Therapy Advisory Committee. Having considered the recommendation and the comments of interested persons, the Board finds and orders as follows.")
    pdf.heading("FINDINGS")
    pdf.para("1. During its 2026 regular session the Legislature enacted Senate Bill 1402, which amends 59 O.S. section 887.2 to include dry needling within the definition of physical therapy, effective November 1, 2026. The amendment provides that a physical therapist may perform dry needling only after meeting the education, examination and supervised practice standards established by rules of the Board.")
    pdf.para("2. The Board has not yet promulgated those rules. Under the Administrative Procedures Act, permanent rules adopted by the Board take effect only after submission to the Governor and the Legislature and the expiration of the periods provided by law. The Board does not intend to adopt emergency rules because it has not found an imminent peril to the public health that would justify them.")
    pdf.para("3. Because no standards yet exist, no licensee can satisfy the statutory condition for performing dry needling. Without clear direction, licensees may conclude that the amendment alone permits the practice on and after November 1, 2026. The Board finds that a moratorium is needed to prevent confusion and to protect patients while rules are developed.")
    pdf.heading("ORDER")
    pdf.para("IT IS THEREFORE ORDERED that:")
    pdf.para("A. Moratorium. No physical therapist licensed by the Board shall perform dry needling in this state until the effective date of permanent rules adopted by the Board under 59 O.S. section 887.2, as amended, and until the physical therapist has met the requirements of those rules.", indent=6)
    pdf.para("B. Effect of violation. The performance of dry needling in violation of this Order constitutes unprofessional conduct and may result in disciplinary action under 59 O.S. section 887.13.", indent=6)
    pdf.para("C. Education permitted. Nothing in this Order prohibits a licensee from completing education or training in dry needling while rules are pending. The Board expects, but cannot promise, that the rules will recognize coursework completed before their effective date.", indent=6)
    pdf.para("D. Expiration. This moratorium expires automatically on the effective date of the permanent rules described in paragraph A. The Board will publish notice of that date to all licensees.", indent=6)
    pdf.para("E. Physical therapist assistants. Senate Bill 1402 does not authorize physical therapist assistants to perform dry needling, and this Order does not affect that limitation.", indent=6)

    pdf.heading("ANTICIPATED RULEMAKING SCHEDULE")
    pdf.para("The following schedule is provided for information only. Dates may change, and the moratorium remains in effect until permanent rules take effect regardless of this schedule.")
    pdf.grid((70, 96), [
        ("Step", "Anticipated timing"),
        ("Advisory Committee drafting sessions", "July - October 2026"),
        ("Notice of proposed rules in the Oklahoma Register", "Not earlier than December 2026"),
        ("Public comment period and hearing", "30 days after publication"),
        ("Board adoption", "Spring 2027"),
        ("Legislative review", "2027 or 2028 regular session"),
        ("Rules effective; moratorium ends", "To be announced"),
    ])
    pdf.para("SO ORDERED this 18th day of June, 2026.")
    pdf.ln(6)
    pdf.para("______________________________", gap=0)
    pdf.para("President, Oklahoma State Board of Medical Licensure and Supervision")
    pdf.ln(4)
    pdf.heading("CERTIFICATE OF SERVICE", size=10)
    pdf.para("I certify that on the date of filing a copy of this Order was published on the Board's website and sent by electronic mail to every licensed physical therapist at the address of record.", size=8.5)
    return save(pdf, "boards/ok-moratorium-order.pdf")


# =====================================================================
# boards/ma-allied-health-minutes.pdf  -- unclear (board studying it)
# =====================================================================

def ma_minutes():
    pdf = Doc("Board of Registration of Allied Health Professionals  -  Open Session Minutes", "Approved by the Board on October 8, 2026", "Meeting of August 13, 2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["BOARD OF REGISTRATION OF ALLIED HEALTH PROFESSIONALS", "Open Session Minutes  -  Thursday, August 13, 2026, 9:30 a.m.", "Videoconference and 250 Washington Street, Boston"], size=12)

    pdf.para("Members present: Chair (OT); Vice Chair (PT); Secretary (AT); two physical therapist members; one physical therapist assistant member; one public member. Members absent: one occupational therapy assistant member. Staff present: Executive Director; Board Counsel; Licensing Supervisor.")
    pdf.heading("1. Call to Order")
    pdf.para("The Chair called the meeting to order at 9:34 a.m. and confirmed a quorum by roll call. The meeting was recorded.")
    pdf.heading("2. Approval of Minutes")
    pdf.para("Motion to approve the open session minutes of June 11, 2026, as presented. Moved by the Secretary, seconded by a PT member. Roll call vote: 7 in favor, 0 opposed. Motion carried.")
    pdf.heading("3. Executive Director's Report")
    pdf.para("The Executive Director reported that renewal for athletic trainers closed with 96 percent of licensees renewing on time. The new online application system for occupational therapists will launch in October. Staff vacancies have been filled.")
    pdf.heading("4. Licensing Matters")
    pdf.grid((40, 40, 86), [
        ("Application", "Profession", "Action"),
        ("A-26-0311", "PT", "Approved; prior discipline in another state reviewed"),
        ("A-26-0317", "PTA", "Approved"),
        ("A-26-0322", "OT", "Tabled pending verification of education"),
        ("A-26-0329", "AT", "Approved with letter of concern"),
    ])
    pdf.heading("5. Correspondence: Inquiries Regarding Dry Needling")
    pdf.para("The Board reviewed three letters received since the last meeting asking whether a physical therapist licensed in the Commonwealth may perform dry needling. One letter came from a licensee, one from a clinic owner and one from an association of licensed acupuncturists urging the Board to state that physical therapists may not.")
    pdf.para("Board Counsel advised that M.G.L. c. 112, sections 23A through 23Q, do not mention dry needling, and that the Board has never issued a position on it. Counsel summarized the approaches taken in other states, some by statute, some by rule, and some through attorney general opinions, and noted that the Board of Registration in Medicine's acupuncture committee has previously expressed concerns. Counsel advised that any formal position would need careful review of the statutory definition of physical therapy and of the acupuncture statute, and possibly rulemaking.")
    pdf.para("Discussion followed. A PT member stated that members of the public would benefit from clarity. The public member asked whether there were reports of patient harm in the Commonwealth; staff were not aware of any complaints. The Vice Chair said she was not prepared to vote on the substance without more information about training standards and the legal analysis.")
    pdf.para("Motion to form a working group of two physical therapist members and Board Counsel to study whether dry needling falls within the scope of practice of physical therapy under current law, and to report to the Board at a future meeting. Moved by the Vice Chair, seconded by the public member. Roll call vote: 7 in favor, 0 opposed. Motion carried.")
    pdf.para("The Board took no position on whether dry needling is permitted. Staff will respond to the three letters that the Board has not issued a position and that the question is under study.")
    pdf.heading("6. Public Comment")
    pdf.para("A licensed acupuncturist stated that dry needling is acupuncture under another name and should be limited to licensed acupuncturists. A representative of the state physical therapy association stated that physical therapists in most states perform dry needling and offered to provide information about education programs. The Chair thanked the speakers and noted that the Board does not deliberate during public comment.")
    pdf.heading("7. Continuing Education Audit")
    pdf.para("The Licensing Supervisor reported on the audit of occupational therapy assistants: 212 licensees were selected, 198 were compliant, 9 are pending, and 5 were referred for investigation.")
    pdf.heading("8. Adjournment")
    pdf.para("Motion to adjourn at 11:52 a.m. Moved by a PT member, seconded by the Secretary. Roll call vote: 7 in favor, 0 opposed.")
    pdf.para("Documents used at the meeting: agenda; draft minutes of June 11, 2026; Executive Director's report; licensing summaries; three letters regarding dry needling; memorandum from Board Counsel (privileged, not released); CE audit summary.", size=8.5, style="I")
    return save(pdf, "boards/ma-allied-health-minutes.pdf")


# =====================================================================
# payers/lni-physical-medicine-chapter.pdf  -- covered (workers' comp)
# =====================================================================

def lni_chapter():
    pdf = Doc("Payment Policies for Healthcare Services Provided to Injured Workers", "Washington State Department of Labor & Industries  |  MARFS July 1, 2026", "Chapter 25: Physical Medicine")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["Chapter 25: Physical Medicine", "Medical Aid Rules and Fee Schedules (MARFS)", "Effective July 1, 2026"])
    pdf.heading("General information")
    pdf.para("This chapter describes payment policies for physical medicine services provided to workers covered by the State Fund and to crime victims. Self-insured employers follow the same payment policies unless otherwise noted. Services must be medically necessary, related to the accepted condition, and documented in the worker's chart.")
    pdf.para("Physical medicine services are billed in 15-minute units based on the total time of direct one-on-one contact. Providers must follow the therapy daily unit cap of 12 units per day per provider type.")
    pdf.heading("Dry needling")
    pdf.para("Who may perform: The insurer pays for dry needling when it is performed by a physical therapist who holds a dry needling endorsement from the Department of Health, or by another provider whose license and credentials permit dry needling in Washington.")
    pdf.para("Payment: Dry needling is covered and payable as a physical medicine service when it is part of a treatment plan that includes active care. The insurer treats dry needling like trigger point injections for purposes of frequency limits:")
    pdf.bullets([
        "Up to 3 treatments per worker are payable without further review.",
        "Up to 3 additional treatments (6 in total) are payable when the provider documents objective functional improvement after the first 3 treatments.",
        "Treatments beyond 6 are not payable.",
        "Only one dry needling code is payable per day, and dry needling is not payable on the same day as a trigger point injection into the same muscle.",
    ])
    pdf.para("Documentation must identify the muscles treated, the number of needles, the worker's response, and how dry needling relates to the worker's functional goals. The insurer may request chart notes before paying treatments beyond the third.")
    pdf.heading("Billing codes")
    pdf.grid((20, 92, 54), [
        ("Code", "Description (abbreviated)", "Policy"),
        ("20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)", "Payable; 3, up to 6 with documentation"),
        ("20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles", "Payable; 3, up to 6 with documentation"),
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Payable; 3, up to 6 with documentation"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Payable; 3, up to 6 with documentation"),
        ("97110", "Therapeutic exercises, each 15 minutes", "Payable"),
        ("97140", "Manual therapy techniques, each 15 minutes", "Payable"),
        ("97010", "Application of a modality; hot or cold packs", "Bundled"),
        ("97014", "Electrical stimulation, unattended", "Not covered; use G0283"),
        ("S8930", "Electrical stimulation of auricular acupuncture points", "Not covered"),
    ])
    pdf.heading("Physical medicine services that are not covered")
    pdf.para("The insurer does not pay for the following: massage by an unlicensed person; hot or cold packs billed separately; iontophoresis with drugs that have not been prescribed; vertebral axial decompression; and services that are primarily for maintenance once the worker has reached maximum medical improvement.")
    pdf.heading("Links")
    pdf.para("Related chapters: Chapter 10 (Evaluation and Management Services), Chapter 24 (Pain Management), Chapter 27 (Chiropractic Services). Professional fee schedule data files are published separately.", size=8.5)
    return save(pdf, "payers/lni-physical-medicine-chapter.pdf")


# =====================================================================
# payers/mp-740-dated-split.pdf  -- not_covered / experimental_investigational
# =====================================================================

def mp740():
    pdf = Doc("MEDICAL POLICY  -  MP-740 Dry Needling", "Credence Health Administrators  |  Proprietary and confidential", "Last review: 04/2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["MP-740 Dry Needling", "Effective Policy Date: 07/01/2021    Policy Reviewed: 04/2026", "Applies to: Commercial group and individual products administered by Credence Health Administrators"])
    pdf.heading("Disclaimer")
    pdf.para("Medical policies are a set of written guidelines that support current standards of practice. They are based on current peer-reviewed scientific literature. A requested therapy must be proven effective for the relevant diagnosis or procedure. For drug therapy, the drug must be approved by the Food and Drug Administration for at least one indication. Refer to the member's benefit booklet for coverage terms that may override this policy.", size=8.5)
    pdf.heading("Policy")
    pdf.para("For dates of service on or after July 1, 2021: Dry needling of trigger points for the treatment of myofascial pain is considered investigational for all indications, regardless of the type of provider who performs it. Dry needling is not covered.")
    pdf.para("For dates of service prior to July 1, 2021: Dry needling may be considered medically necessary for the treatment of myofascial pain with documented trigger points when ALL of the following criteria were met:")
    pdf.bullets([
        "symptoms of at least 3 months' duration despite conservative treatment;",
        "dry needling was delivered as part of a physical therapy plan of care that included active exercise;",
        "no more than 6 sessions were provided per episode of care; and",
        "the provider was licensed and credentialed in the state to perform dry needling.",
    ])
    pdf.para("Claims for dates of service prior to July 1, 2021 continue to be reviewed against the criteria above. Claims for dates of service on or after that date are denied as investigational.")
    pdf.heading("Policy Guidelines")
    pdf.para("Dry needling (also called trigger point dry needling or intramuscular stimulation) should be distinguished from trigger point injection, in which an anesthetic or other agent is injected, and from acupuncture. Trigger point injections are addressed in MP-711. Acupuncture is addressed in MP-302 and in the member's benefit booklet.")
    pdf.heading("Description")
    pdf.para("Myofascial trigger points are hyperirritable spots within a taut band of skeletal muscle. In dry needling, a solid filiform needle is inserted through the skin into the trigger point; repeated insertions may be used to elicit local twitch responses. The intended result is reduced pain and improved range of motion.")
    pdf.heading("Scientific Background")
    pdf.para("The policy was revised in 2021 after review of systematic reviews and randomized controlled trials. The evidence consists largely of small trials at high or unclear risk of bias, with heterogeneous comparators, short follow-up and inconsistent outcome measures. Trials comparing dry needling with sham needling have not consistently shown clinically meaningful differences. The evidence is insufficient to determine that the technology results in an improvement in the net health outcome, and dry needling therefore meets the plan's definition of investi-\ngational. Reviews in 2022 through 2026 did not identify evidence that would change this conclusion.")
    pdf.heading("Coding")
    pdf.grid((22, 96, 48), [
        ("Code", "Description", "Status"),
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Investigational (DOS on or after 07/01/2021)"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Investigational (DOS on or after 07/01/2021)"),
    ])
    pdf.heading("Policy History")
    pdf.grid((30, 136), [
        ("Date", "Summary"),
        ("04/2026", "Annual review. Literature updated. No change to policy statement."),
        ("04/2025", "Annual review. No change."),
        ("07/01/2021", "Policy statement changed from medically necessary with criteria to investigational for dates of service on or after 07/01/2021."),
        ("01/2020", "New CPT codes 20560 and 20561 added."),
        ("03/2018", "New policy: medically necessary when criteria met."),
    ])
    pdf.heading("References")
    pdf.para("1. Blue Cross Blue Shield Association. Dry Needling of Trigger Points for Myofascial Pain. Medical Policy Reference Manual, policy 2.01.100. 2. Gattie E, Cleland JA, Snodgrass S. J Orthop Sports Phys Ther. 2017;47(3):133-149. 3. Hall ML, et al. Int J Sports Phys Ther. 2018;13(4):672-680.", size=8.5)
    return save(pdf, "payers/mp-740-dated-split.pdf")


# =====================================================================
# payers/tpi-and-dry-needling-nmn.pdf  -- not_covered / not_medically_necessary
# =====================================================================

def tpi_nmn():
    pdf = Doc("Lakeshore Health Plan  -  Medical Coverage Guideline", "MCG-07.118  Trigger Point Injections and Dry Needling  |  Printed copies are uncontrolled", "Effective 02/01/2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["Trigger Point Injections and Dry Needling", "Medical Coverage Guideline MCG-07.118", "Original effective date: 06/01/2017   Revision effective date: 02/01/2026"])
    pdf.heading("I. Scope")
    pdf.para("This guideline addresses the treatment of myofascial trigger points with injections of local anesthetic, with or without corticosteroid, and with dry needling. It applies to all Lakeshore Health Plan commercial products. Medicare Advantage members are subject to the plan's Medicare coverage guidelines.")
    pdf.heading("II. Trigger point injections")
    pdf.para("Trigger point injections are considered medically necessary for members with myofascial pain syndrome when ALL of the following criteria are met:")
    pdf.bullets([
        "trigger points have been identified by palpation of a taut band with a characteristic pattern of referred pain;",
        "the member has not responded to at least 4 weeks of conservative therapy such as exercise, stretching and medication;",
        "injections are used to facilitate participation in an active therapy program; and",
        "no more than 4 injection sessions are provided in a 12-month period, unless a sustained response of at least 50 percent pain relief is documented.",
    ])
    pdf.heading("III. Dry needling")
    pdf.para("Dry needling of trigger points, by any provider, is considered not medically necessary. The plan has determined that dry needling does not meet the plan's definition of medical necessity because it has not been shown to produce better outcomes than the other covered treatments available for myofascial pain, including exercise-based physical therapy and, where indicated, trigger point injection. Requests for dry needling will be denied as not medically necessary, and the member may appeal the decision.")
    pdf.heading("IV. Coding")
    pdf.grid((22, 92, 52), [
        ("Code", "Description", "Determination"),
        ("20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)", "Medically necessary when criteria in II are met"),
        ("20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles", "Medically necessary when criteria in II are met"),
        ("20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not medically necessary"),
        ("20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not medically necessary"),
    ])
    pdf.heading("V. Background")
    pdf.para("Myofascial pain is a regional pain condition associated with trigger points in skeletal muscle. Treatments include stretching, strengthening, postural correction, manual therapy, medications, trigger point injection and dry needling. Trigger point injection with local anesthetic has a long history of use and is recommended in several pain guidelines as an adjunct to active therapy. Dry needling is performed mainly by physical therapists and, in some states, chiropractors. Comparative trials of dry needling against injection report similar short-term pain relief, and trials that add dry needling to an exercise program report small differences that generally disappear by 6 months. Considering the cost of additional visits and the risks of needling, the plan concluded that dry needling is not medi-\ncally necessary.")
    pdf.heading("VI. Definitions")
    pdf.para("Medically necessary: health care services that a prudent physician would provide for the purpose of preventing, evaluating, diagnosing or treating an illness, injury or disease or its symptoms, in a manner that is in accordance with generally accepted standards of medical practice, clinically appropriate, and not more costly than an alternative service at least as likely to produce equivalent therapeutic results.")
    pdf.heading("VII. Revision history")
    pdf.grid((30, 136), [
        ("Date", "Change"),
        ("02/01/2026", "Clarified that the dry needling determination applies to all provider types."),
        ("02/01/2024", "Added dry needling section; CPT 20560 and 20561 designated not medically necessary."),
        ("06/01/2017", "Guideline created (trigger point injections only)."),
    ])
    return save(pdf, "payers/tpi-and-dry-needling-nmn.pdf")


# =====================================================================
# payers/pt-ot-policy-references.pdf  -- unclear (mention only in references)
# =====================================================================

def pt_ot():
    pdf = Doc("Blue Harbor Health  -  Reimbursement and Clinical Policy", "Policy RC-0412 Physical and Occupational Therapy Services", "Version 9  |  Effective 05/01/2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.title_block(["Physical and Occupational Therapy Services", "Policy RC-0412, version 9", "Effective date: 05/01/2026    Next review: 05/2027"])
    pdf.heading("1. Purpose")
    pdf.para("This policy describes the criteria Blue Harbor Health uses to determine coverage of outpatient physical therapy (PT) and occupational therapy (OT) services, and the documentation required to support claims. It applies to commercial and marketplace products. Benefit limits, copayments and exclusions in the member's contract take precedence.")
    pdf.heading("2. Coverage criteria")
    pdf.para("Outpatient PT and OT services are covered when ALL of the following are met:")
    pdf.bullets([
        "the member has a condition that has caused a loss or restriction of function that can be expected to improve significantly within a reasonable and predictable period;",
        "services are provided by a licensed physical therapist or occupational therapist, or by a licensed assistant under the supervision required by state law;",
        "services follow a written plan of care with measurable functional goals, established after an initial evaluation and updated at least every 30 days;",
        "the complexity of the services requires the skills of a therapist; and",
        "the member demonstrates continued progress toward the goals.",
    ])
    pdf.para("Services are not covered when they are maintenance in nature, when the member has reached a plateau, when they duplicate services provided by another discipline for the same goal, or when they could be performed safely by the member or a caregiver after instruction.")
    pdf.heading("3. Visit limits and review")
    pdf.para("The first 12 visits per condition per calendar year do not require prior authorization. Visits beyond 12 require submission of the plan of care and a progress report showing objective measures of function. Benefit maximums stated in the member's contract apply to PT and OT combined unless the contract states otherwise.")
    pdf.heading("4. Documentation")
    pdf.para("Each visit note should record the interventions provided, the time spent on each timed code, the member's response, and progress toward goals. Progress reports should compare current functional status with the baseline using standardized measures such as the Lower Extremity Functional Scale, the Oswestry Disability Index, the QuickDASH or the Patient-Specific Functional Scale.")
    pdf.heading("5. Billing")
    pdf.para("Timed codes are billed in 15-minute units using the total timed minutes rule. Untimed evaluation codes are billed once per date of service. Modifiers GP (physical therapy) and GO (occupational therapy) are required on every line. Assistants' services must carry the CQ or CO modifier where applicable.")
    pdf.grid((20, 100, 46), [
        ("Code", "Description", "Notes"),
        ("97161-97163", "PT evaluation, low/moderate/high complexity", "One per episode; untimed"),
        ("97164", "PT re-evaluation", "When there is a significant change"),
        ("97165-97167", "OT evaluation, low/moderate/high complexity", "One per episode; untimed"),
        ("97110", "Therapeutic exercise, each 15 minutes", "Timed"),
        ("97112", "Neuromuscular re-education, each 15 minutes", "Timed"),
        ("97140", "Manual therapy techniques, each 15 minutes", "Timed; not with 97530 same 15 min"),
        ("97530", "Therapeutic activities, each 15 minutes", "Timed"),
        ("97535", "Self-care/home management training, each 15 minutes", "Timed"),
        ("97010", "Hot or cold packs", "Bundled; not separately payable"),
    ])
    pdf.heading("6. Related policies")
    pdf.para("RC-0410 Speech-Language Pathology Services; RC-0415 Habilitative Services; RC-0420 Chiropractic Services; MP-2.01 Manipulation Under Anesthesia.")
    pdf.heading("7. References")
    pdf.para("1. American Physical Therapy Association. Guide to Physical Therapist Practice 4.0. Alexandria, VA: APTA; 2023.", size=8.5, gap=0.8)
    pdf.para("2. American Occupational Therapy Association. Occupational therapy practice framework: domain and process, 4th ed. Am J Occup Ther. 2020;74(Suppl 2).", size=8.5, gap=0.8)
    pdf.para("3. American Physical Therapy Association. Description of Dry Needling in Clinical Practice: An Educational Resource Paper. Alexandria, VA: APTA Public Policy, Practice, and Professional Affairs Unit; 2013.", size=8.5, gap=0.8)
    pdf.para("4. Centers for Medicare & Medicaid Services. Medicare Benefit Policy Manual, Chapter 15, section 220: Coverage of outpatient rehabilitation therapy services.", size=8.5, gap=0.8)
    pdf.para("5. Fritz JM, et al. Physical therapy utilization and costs in the first year following a new episode of low back pain. Health Serv Res. 2012;47(3):1066-1085.", size=8.5, gap=0.8)
    pdf.para("6. Jette DU, et al. Physical therapy interventions for patients with osteoarthritis of the knee: an overview of systematic reviews. Phys Ther. 2008;88(1):123-136.", size=8.5, gap=0.8)
    pdf.heading("8. Policy history")
    pdf.grid((30, 136), [
        ("Date", "Change"),
        ("05/01/2026", "Version 9. Updated outcome measures and references; no change in criteria."),
        ("05/01/2025", "Version 8. Added CQ/CO modifier guidance."),
        ("05/01/2023", "Version 7. Visit review threshold changed from 20 to 12 per condition."),
    ])
    return save(pdf, "payers/pt-ot-policy-references.pdf")


BUILDERS = [fl_bulletin, ok_moratorium, ma_minutes, lni_chapter, mp740, tpi_nmn, pt_ot]


def main():
    from pypdf import PdfReader

    for build in BUILDERS:
        path = build()
        reader = PdfReader(str(path))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        pages = len(reader.pages)
        assert pages >= 2, f"{path.name}: only {pages} page(s)"
        assert f"Page {pages} of {pages}" in text, f"{path.name}: no running 'Page N of M' footer"
        assert len(text) > 1500, f"{path.name}: too little extractable text"
        print(f"{path.relative_to(ROOT)}: {pages} pages, {path.stat().st_size} bytes, {len(text)} chars extracted")


if __name__ == "__main__":
    main()
