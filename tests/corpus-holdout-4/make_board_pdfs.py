#!/usr/bin/env python3
"""Build the three PDF documents of the state-board part of corpus-holdout-4.

Run from anywhere:  python3 make_board_pdfs.py
Writes boards/*.pdf next to this script. Uses fpdf2 with the core Helvetica
font (latin-1 only). The script breaks lines itself, so text extracted from
the PDFs breaks mid-sentence and some words are hyphenated at line ends.
The creation date is fixed so the output is reproducible.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "boards"
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)

FONT_SIZES = {"h1": 14, "h2": 11.5, "p": 10.5, "li": 10.5, "small": 9}
LINE_H = {"h1": 7, "h2": 6, "p": 5.2, "li": 5.2, "small": 4.6}


class BoardPDF(FPDF):
    def __init__(self, header_text, footer_left):
        super().__init__(format="Letter", unit="mm")
        self.header_text = header_text
        self.footer_left = footer_left
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(False)  # we break pages ourselves
        self.alias_nb_pages()  # replaces {nb}

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.header_text, align="L")
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 22)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, self.h - 14)
        self.cell(0, 4, self.footer_left, align="L")
        self.set_xy(self.l_margin, self.h - 14)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def wrap(pdf, text, width):
    """Greedy line breaking with simple end-of-line hyphenation.

    A word that does not fit is split with a hyphen when at least four
    letters fit on the current line and at least three remain.
    """
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if pdf.get_string_width(cand) <= width:
            cur = cand
            i += 1
            continue
        # try hyphenating the word (letters only, not URLs/citations)
        core = w.rstrip(".,;:)")
        if core.isalpha() and len(core) >= 7:
            best = None
            for k in range(len(core) - 3, 3, -1):
                head = core[:k] + "-"
                trial = head if not cur else cur + " " + head
                if pdf.get_string_width(trial) <= width:
                    best = k
                    break
            if best is not None:
                head = w[:best] + "-"
                lines.append(head if not cur else cur + " " + head)
                words[i] = w[best:]
                cur = ""
                continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # single over-long token
            lines.append(w)
            i += 1
    if cur:
        lines.append(cur)
    return lines


def render(path, header_text, footer_left, blocks, title):
    pdf = BoardPDF(header_text, footer_left)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("Board staff")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    bottom = pdf.h - 22
    for kind, text in blocks:
        style = "B" if kind in ("h1", "h2") else ""
        pdf.set_font("Helvetica", style, FONT_SIZES[kind])
        indent = 6 if kind == "li" else 0
        lines = wrap(pdf, text, width - indent - (4 if kind == "li" else 0))
        lh = LINE_H[kind]
        space_before = {"h1": 2, "h2": 3, "p": 1.5, "li": 0.5, "small": 1.5}[kind]
        if pdf.get_y() + space_before + lh * min(2, len(lines)) > bottom:
            pdf.add_page()
        else:
            pdf.set_y(pdf.get_y() + space_before)
        for n, line in enumerate(lines):
            if pdf.get_y() + lh > bottom:
                pdf.add_page()
                pdf.set_font("Helvetica", style, FONT_SIZES[kind])
            x = pdf.l_margin + indent
            if kind == "li":
                if n == 0 and not text[0].isdigit():
                    pdf.set_x(x)
                    pdf.cell(4, lh, "-")
                x += 4
            pdf.set_x(x)
            pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 1. Delaware: meeting minutes -> on_hold
# ---------------------------------------------------------------------------
DE_BLOCKS = [
    ("h1", "Delaware Board of Physical Therapists and Athletic Trainers"),
    ("h2", "Minutes of the Regular Meeting - October 13, 2026 (Approved November 10, 2026)"),
    ("p", "A regular meeting of the Board was held on Tuesday, October 13, 2026, in Conference Room A of the "
          "Cannon Building, 861 Silver Lake Boulevard, Dover, and by video link. The Chair called the meeting "
          "to order at 9:32 a.m. A quorum was present."),
    ("p", "Members present: Chair (physical therapist), Vice Chair (athletic trainer), Secretary (physical "
          "therapist), two public members, one physical therapist assistant member. Members absent: one "
          "athletic trainer member, excused. Also present: Deputy Attorney General; Administrative Specialist "
          "III, Division of Professional Regulation; fourteen members of the public."),
    ("h2", "1. Review and approval of minutes"),
    ("p", "The minutes of the September 8, 2026 meeting were approved as amended to correct the spelling of "
          "a guest's name. Motion by the Secretary, seconded by a public member; carried unanimously."),
    ("h2", "2. Division report"),
    ("p", "The Administrative Specialist reported that 211 physical therapist licenses and 64 assistant "
          "licenses were issued since the last meeting. The Division's new online licensing platform went live "
          "in August; staff reported that the platform vendor has not yet built any credential type that was "
          "not on the list approved in the original contract, and that additions require a change order that "
          "typically takes six to nine months."),
    ("h2", "3. Unfinished business: dry needling"),
    ("p", "The Board resumed its discussion of House Bill 317, signed by the Governor in June 2026, which "
          "amends 24 Del. C. section 2602 to provide that physical therapy includes dry needling performed by a "
          "physical therapist who holds a dry needling certification issued by the Division upon the Board's "
          "approval. The Deputy Attorney General advised that the statute is clear that the certification is "
          "a precondition: a physical therapist who does not hold the certification is not authorized to "
          "perform dry needling, regardless of the training the physical therapist has completed, and the "
          "Board has no authority to waive that requirement or to issue interim permission."),
    ("p", "The Chair asked when the Division could begin issuing certifications. Staff responded that two "
          "things must happen first: the Board must adopt regulations under the new section setting the "
          "training standard, and the licensing platform must be modified to add the certification as a new "
          "credential type. Neither has yet occurred. A draft regulation was distributed to members; it "
          "would require 54 hours of instruction, at least half of it in person, and one year of licensed "
          "practice. Members discussed whether to accept courses completed before the effective date of the "
          "regulation and agreed that they should count if they meet the standard."),
    ("p", "During public comment, a physical therapist from Newark stated that several clinics had "
          "already begun advertising dry needling after reading press coverage of the bill signing. A "
          "licensed acupuncturist asked the Board to require a higher number of hours. An attorney "
          "representing a hospital system asked whether physical therapists who are certified in a "
          "neighboring state could practice dry needling under the licensure compact; the Deputy Attorney "
          "General advised that compact privilege holders are subject to Delaware scope of practice, "
          "including the certification requirement, and therefore could not."),
    ("p", "Motion by the Secretary, seconded by the Vice Chair, to (a) publish the draft regulation in the "
          "Delaware Register for public comment, (b) request that the Division initiate the change order for "
          "the certification credential, and (c) direct staff to post a notice on the Board's website "
          "advising licensees that dry needling may not be performed by any physical therapist in Delaware "
          "until that physical therapist has been issued a certification, and that no certification can be "
          "issued at present. Motion carried 5-0."),
    ("h2", "4. New business"),
    ("p", "a. Athletic trainer supervision. The Board reviewed a question from a school district about "
          "whether an athletic trainer employed by a district may provide services at an off-campus "
          "tournament. The Board referred the question to the Deputy Attorney General for a written "
          "response."),
    ("p", "b. Continuing education audit. The Board approved the random selection of five percent of "
          "licensees for the 2025-2027 audit."),
    ("p", "c. Complaint referrals. The Board accepted two complaints for investigation. Because the "
          "complaints may come before the Board for hearing, members did not discuss their substance."),
    ("h2", "5. Correspondence"),
    ("p", "The Board received a letter from the Delaware Physical Therapy Association urging prompt "
          "adoption of the dry needling regulation, and a letter from an acupuncture association opposing "
          "it. Both letters were placed in the rulemaking file."),
    ("h2", "6. Next meeting and adjournment"),
    ("p", "The next meeting is scheduled for November 10, 2026 at 9:30 a.m. There being no further business, "
          "the meeting adjourned at 11:48 a.m."),
    ("small", "Respectfully submitted by the Administrative Specialist III. These minutes were approved by the "
              "Board at its November 10, 2026 meeting."),
]

# ---------------------------------------------------------------------------
# 2. Alabama: attorney general opinion reversing earlier guidance -> not_allowed
# ---------------------------------------------------------------------------
AL_BLOCKS = [
    ("h1", "Office of the Attorney General - State of Alabama"),
    ("h2", "Opinion 2025-019, issued to the Chair, Alabama Board of Physical Therapy"),
    ("p", "Dated: January 22, 2025. Re: Whether the Board's 2016 guidance recognizing dry needling as within "
          "the practice of physical therapy may continue to be applied following Act 2024-288."),
    ("h2", "Question"),
    ("p", "You have asked whether physical therapists licensed by the Board may continue to perform the "
          "procedure known as dry needling in reliance on the Board's Guidance Statement 16-01, and whether "
          "the Board may retain that statement in light of Act 2024-288, which amended the Alabama "
          "Acupuncture Practice Act."),
    ("h2", "Facts and history"),
    ("p", "In 2016 the Board adopted Guidance Statement 16-01. It declared that trigger point dry needling "
          "falls within the practice of physical therapy as defined in section 34-24-191 of the Code of "
          "Alabama, provided the physical therapist had completed an approved course. In 2016 this office was "
          "not asked about the statement, and it was applied without challenge for several years; physical "
          "therapists in this state performed dry needling in reliance on it, and many of them invested in "
          "extensive training."),
    ("p", "In 2024 the Legislature passed Act 2024-288. The Act amends the definition of acupuncture to "
          "include 'the insertion of a solid filiform needle into or beneath the skin for the treatment of "
          "pain or dysfunction, by whatever name the procedure is called, including dry needling,' and "
          "provides that no person may perform acupuncture unless licensed under the Acupuncture Practice "
          "Act or exempted by it. The only exemptions are for physicians, dentists, and chiropractors who "
          "meet separate requirements. Physical therapists are not among the exempted professions. The Act "
          "took effect on October 1, 2024."),
    ("h2", "Analysis"),
    ("p", "A licensing board may interpret the statutes it administers, but its guidance cannot authorize "
          "what another statute forbids. Whatever the merit of Guidance Statement 16-01 when it was adopted, "
          "the Legislature has now addressed dry needling by name and has placed it within the definition of "
          "acupuncture. Because physical therapists are not exempted, a physical therapist who performs dry "
          "needling after the effective date of the Act would be practicing acupuncture without a license. "
          "The practice act for physical therapy does not contain any language that could be read to "
          "override the later and more specific enactment, and under settled rules of construction the "
          "specific and later statute controls."),
    ("p", "We have considered the argument that Act 2024-288 was intended only to regulate unlicensed "
          "persons such as personal trainers, and not licensed health professionals. Nothing in the text "
          "supports that reading. The Legislature listed the professions it wished to exempt, and it is not "
          "for this office or the Board to add another."),
    ("p", "You also ask whether physical therapists who completed their training before October 1, 2024 "
          "are grandfathered. The Act contains no grandfather provision, and none may be implied."),
    ("h2", "Conclusion"),
    ("p", "Guidance Statement 16-01 is inconsistent with Act 2024-288 and may no longer be applied. Physical "
          "therapists licensed in Alabama are not authorized to perform dry needling, and the Board should "
          "rescind the statement and so advise its licensees. The Board informs this office that it "
          "rescinded Guidance Statement 16-01 effective April 1, 2025 and notified all licensees by e-mail on "
          "that date."),
    ("p", "We note that nothing in this opinion restricts a physical therapist from providing manual "
          "therapy, soft tissue mobilization, or other non-invasive treatment of myofascial trigger points, "
          "or from referring a patient to a licensed acupuncturist or physician for needling."),
    ("small", "Prepared by the Opinions Division. This opinion is issued pursuant to section 36-15-1 of the "
              "Code of Alabama and is binding on the requesting officer to the extent provided by law."),
]

# ---------------------------------------------------------------------------
# 3. Virginia: regulation text with numbered subsections -> allowed
# ---------------------------------------------------------------------------
VA_BLOCKS = [
    ("h1", "Virginia Board of Physical Therapy - Regulations Governing the Practice of Physical Therapy"),
    ("h2", "18VAC112-20-121. Dry needling. (Excerpt; unofficial reprint for licensees)"),
    ("p", "Part IV of the regulations, Standards of Practice, is amended by adding the following section. "
          "Statutory authority: sections 54.1-2400 and 54.1-3474 of the Code of Virginia. Effective date: "
          "September 1, 2022, as amended effective January 1, 2025."),
    ("p", "A. Dry needling is an invasive procedure in which a filiform needle is inserted, without the "
          "injection of medication or any other substance, into the skin and underlying tissues for the "
          "evaluation and management of neuromusculoskeletal conditions, pain and movement impairment. Dry "
          "needling is not an entry-level skill, and it is within the practice of physical therapy only when "
          "performed in accordance with this section."),
    ("p", "B. Prior to performing dry needling, a physical therapist shall have successfully completed a "
          "course of study or courses of study that together include:"),
    ("li", "1. Not less than 54 hours of instruction, of which at least 40 hours are face-to-face, hands-on "
           "training under the supervision of an instructor;"),
    ("li", "2. Instruction in evidence-based indications and contraindications, risk management, emergency "
           "preparedness and the management of adverse events;"),
    ("li", "3. Instruction in sterile needle procedures, including the standards of the Centers for Disease "
           "Control and Prevention and the Occupational Safety and Health Administration for the handling of "
           "blood-borne pathogens and the disposal of sharps; and"),
    ("li", "4. A written and a practical examination, both of which the physical therapist has passed."),
    ("p", "C. The physical therapist shall be able to document the training described in subsection B by "
          "certificates of completion, transcripts or other records acceptable to the board, and shall produce "
          "the documentation upon request of the board or its investigator."),
    ("p", "D. Dry needling shall only be performed by a physical therapist who has completed at least one "
          "year of post-licensure clinical practice, and who:"),
    ("li", "1. Obtains informed consent from the patient, or from the patient's legal representative, before "
           "the procedure, and documents in the patient record that the patient has been advised of the "
           "risks and benefits;"),
    ("li", "2. Informs the patient, in writing, that dry needling is not the practice of acupuncture; and"),
    ("li", "3. Documents in the patient record the muscles and areas needled and the patient's response."),
    ("p", "E. A physical therapist assistant shall not perform dry needling, and dry needling shall not be "
          "delegated to a physical therapist assistant or to any other person. This prohibition applies to "
          "assistants only and does not limit a physical therapist who meets the requirements of this "
          "section."),
    ("p", "F. A referral for dry needling is not required when the patient is being treated under the direct "
          "access provisions of section 54.1-3482 of the Code of Virginia, provided the conditions of that "
          "section are met. If a referral is required for the underlying physical therapy treatment, the "
          "referral need not mention dry needling specifically."),
    ("p", "G. Nothing in this section shall be construed to prohibit a physical therapist who complies with "
          "subsections B through D from performing dry needling, nor shall anything in this section be "
          "construed to authorize a physical therapist to perform acupuncture as defined in section 54.1-2900 "
          "of the Code of Virginia."),
    ("h2", "Board commentary on the 2025 amendment (not part of the regulation)"),
    ("p", "The amendment effective January 1, 2025 increased the required instruction from 40 to 54 hours "
          "and added the written examination in subdivision B 4. Physical therapists who were performing dry "
          "needling under the 2022 version of the section had until December 31, 2025 to complete any "
          "additional hours; that transition period has ended, and all practitioners must now meet the "
          "amended requirements. The board has not adopted, and is not considering, any proposal to remove dry "
          "needling from the practice of physical therapy."),
    ("small", "Reprinted from the Virginia Administrative Code for the convenience of licensees. The official "
              "text is published by the Virginia Code Commission."),
]

DOCS = [
    ("de-board-minutes-2026-10-dry-needling.pdf",
     "Delaware Board of Physical Therapists and Athletic Trainers - Minutes, October 13, 2026",
     "Approved 11/10/2026 - Division of Professional Regulation",
     DE_BLOCKS, "Board minutes October 2026"),
    ("al-attorney-general-opinion-2025-019.pdf",
     "Alabama Attorney General - Opinion 2025-019 - Dry needling",
     "Opinions Division - Montgomery, Alabama",
     AL_BLOCKS, "AG Opinion 2025-019"),
    ("va-18vac112-20-121-dry-needling.pdf",
     "18VAC112-20 Regulations Governing the Practice of Physical Therapy - unofficial reprint",
     "Virginia Board of Physical Therapy - Perimeter Center, Henrico",
     VA_BLOCKS, "18VAC112-20-121 Dry needling"),
]


def main():
    OUT.mkdir(exist_ok=True)
    for name, header, footer, blocks, title in DOCS:
        render(OUT / name, header, footer, blocks, title)
        print("wrote", OUT / name)


if __name__ == "__main__":
    main()
