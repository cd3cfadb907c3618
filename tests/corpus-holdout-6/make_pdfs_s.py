#!/usr/bin/env python3
"""Build the four "s-" PDF documents of corpus-holdout-6/boards.

Uses fpdf2 with the core Helvetica font (latin-1 only). Lines are broken
by this script itself (not by fpdf's multi_cell), so sentences break
mid-line and some words are hyphenated at the end of a line. Each page
carries a running header and a "Page N of M" footer. The creation date
is fixed so the output is reproducible.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "boards"
WRAP = 80          # characters per body line
LINE_H = 6.2       # mm


VOWELS = set("aeiouyAEIOUY")
SUFFIXES = ("tion", "sion", "ing", "ment", "ness", "ity", "ical", "ally", "able", "ure")


def cut_points(word):
    """Plausible hyphenation points: before common suffixes, or VC|CV."""
    pts = set()
    low = word.lower()
    for suf in SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            pts.add(len(low) - len(suf))
    for i in range(2, len(low) - 2):
        a, b, c, d = low[i - 2], low[i - 1], low[i], low[i + 1]
        if a in VOWELS and b not in VOWELS and c not in VOWELS and d in VOWELS:
            if b + c not in ("th", "ch", "sh", "ph", "ck", "qu", "gh"):
                pts.add(i)
    return sorted(p for p in pts if 3 <= p <= len(low) - 3)


def wrap(text, width=WRAP, indent=""):
    """Greedy line breaker; hyphenates some long words at line end."""
    words = text.split()
    lines, cur = [], indent
    opportunities = 0
    for w in words:
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            continue
        room = width - len(cur) - len(sep) - 1  # 1 for the hyphen
        alpha = w.rstrip(".,;:)\"'")
        if len(alpha) >= 8 and room >= 3 and alpha.isalpha():
            opportunities += 1
            fits = [p for p in cut_points(alpha) if p <= room]
            if fits and opportunities % 2 == 1:   # hyphenate every other chance
                cut = fits[-1]
                lines.append(cur + sep + w[:cut] + "-")
                cur = " " * len(indent) + w[cut:]
                continue
        lines.append(cur)
        cur = " " * len(indent) + w
    if cur.strip():
        lines.append(cur)
    return lines


class Doc(FPDF):
    def __init__(self, header_text):
        super().__init__(format="Letter", unit="mm")
        self.header_text = header_text
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 5, self.header_text, align="L")
        self.ln(6)
        self.line(22, 16, self.w - 22, 16)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def build(name, header_text, title, blocks):
    pdf = Doc(header_text)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    for line in wrap(title, 62):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, text in blocks:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, LINE_H + 1, text, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "", 10.5)
        indent = "    " if kind == "li" else ""
        lines = wrap(text, WRAP, indent)
        for line in lines:
            assert pdf.get_string_width(line) <= pdf.epw, line
            pdf.cell(0, LINE_H, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    path = OUT / name
    pdf.output(str(path))
    return path


DOCS = []

# ---------------------------------------------------------------- Maryland
DOCS.append((
    "s-md-court-injunction-notice.pdf",
    "Maryland State Board of Physical Therapy Examiners - Notice to Licensees 2026-03",
    "NOTICE TO LICENSEES: Circuit Court Order on the Board's Dry Needling Regulations",
    [
        ("p", "Issued August 12, 2026. This notice replaces the Board's dry needling guidance "
              "of March 2024 and should be read by every physical therapist and physical "
              "therapist assistant licensed in Maryland."),
        ("h", "1. Summary"),
        ("p", "On June 30, 2026, the Circuit Court for Baltimore City entered a final judgment "
              "declaring that the Board's dry needling regulations, COMAR 10.38.16, exceed the "
              "authority granted to the Board by the Maryland Physical Therapy Act, and "
              "permanently enjoining the Board from implementing or enforcing them. At its "
              "meeting on July 21, 2026, the Board voted not to appeal. The judgment is now "
              "final. As a result, physical therapists in Maryland shall not perform dry "
              "needling, and any licensee who is currently doing so must stop immediately."),
        ("h", "2. Background"),
        ("p", "The Board adopted COMAR 10.38.16 in early 2024 after two rounds of public comment. "
              "The regulations declared that dry needling was a form of manual therapy within "
              "the practice of physical therapy and required 80 hours of instruction and a "
              "one-time registration with the Board. More than 600 therapists registered "
              "under them."),
        ("p", "A state association of acupuncturists and two individual acupuncturists filed "
              "suit in September 2024. They argued that the Act defines physical therapy by "
              "listing specific methods, none of which involves penetrating the skin, and "
              "that the insertion of a needle for therapeutic purposes is reserved by "
              "statute to acupuncturists and physicians. The court agreed. In its "
              "memorandum opinion, the court reasoned that a board cannot expand the scope "
              "of a profession by calling a new technique a variety of an old one, and that "
              "only the General Assembly can decide whether physical therapists may insert "
              "needles."),
        ("h", "3. What the judgment means for licensees"),
        ("li", "(a) Dry needling, including any technique described as trigger point dry "
               "needling, intramuscular manual therapy, or functional dry needling, is not "
               "within the scope of practice of a physical therapist in Maryland."),
        ("li", "(b) Dry needling registrations issued under COMAR 10.38.16 are void and no "
               "longer confer any authority. The Board will not issue new registrations."),
        ("li", "(c) A physical therapist who performs dry needling after the date of this "
               "notice may be disciplined for practicing beyond the scope of the license and "
               "may be referred to the Board of Acupuncture for unlicensed practice."),
        ("li", "(d) Physical therapist assistants were never permitted to perform dry needling "
               "under the regulations, and that has not changed."),
        ("li", "(e) Patients in the middle of a course of treatment that included dry needling "
               "should be offered other interventions or referred to an appropriately "
               "licensed practitioner. Document the change in the plan of care."),
        ("h", "4. Legislation"),
        ("p", "The Board has voted to ask the General Assembly to consider a bill during the "
              "2027 session that would add dry needling to the statutory definition of "
              "physical therapy. No such bill has been introduced yet, and no bill can have "
              "any effect unless it is passed and signed. Licensees should not rely on the "
              "possibility of future legislation."),
        ("h", "5. Refunds"),
        ("p", "Registration fees paid under COMAR 10.38.16 will be refunded automatically to "
              "the address on file. No application is necessary."),
        ("h", "6. Questions"),
        ("p", "Please direct questions to the Board's compliance unit. Staff cannot advise "
              "individual licensees about pending complaints or about billing."),
        ("p", "By order of the Board. Executive Director, Maryland State Board of Physical "
              "Therapy Examiners, 4201 Patterson Avenue, Baltimore."),
    ],
))

# ---------------------------------------------------------------- Georgia
DOCS.append((
    "s-ga-practice-act-excerpt.pdf",
    "Official Code of Georgia Annotated - Title 43, Chapter 33 (unofficial print, current through 2026 session)",
    "TITLE 43. PROFESSIONS AND BUSINESSES - CHAPTER 33. PHYSICAL THERAPISTS (EXCERPT)",
    [
        ("p", "This excerpt was printed from the State Board of Physical Therapy's website for "
              "the convenience of licensees. Section numbers below reflect the Code as "
              "amended by the 2024 and 2026 regular sessions. Annotations have been omitted."),
        ("h", "43-33-3. Definitions."),
        ("p", "As used in this chapter, the term:"),
        ("li", "(1) 'Board' means the State Board of Physical Therapy."),
        ("li", "(2) 'Dry needling' means a skilled intervention that uses a thin filiform "
               "needle to penetrate the skin and stimulate underlying myofascial trigger "
               "points and muscular and connective tissues for the management of "
               "neuromusculoskeletal pain and movement impairments. Dry needling does not "
               "include the stimulation of auricular or distal points, and it does not "
               "include the injection of any substance."),
        ("li", "(3) 'Physical therapist' means a person licensed to practice physical therapy "
               "under this chapter."),
        ("li", "(4) 'Physical therapist assistant' means a person licensed to assist in the "
               "practice of physical therapy under the supervision of a physical therapist."),
        ("li", "(5) 'Physical therapy' means the examination, treatment, and instruction of "
               "human beings to detect, assess, prevent, correct, alleviate, and limit "
               "physical disability, bodily malfunction, and pain, and includes therapeutic "
               "exercise, manual therapy, dry needling as provided in Code Section 43-33-13.1, "
               "and the use of physical agents."),
        ("h", "43-33-11. Examination; licensure by endorsement."),
        ("p", "The board shall examine applicants at such times and places as it may "
              "determine. An applicant licensed in another jurisdiction whose requirements "
              "are substantially equal to those of this state may be licensed without "
              "examination upon payment of the required fee."),
        ("h", "43-33-13.1. Dry needling; qualifications; restrictions."),
        ("li", "(a) The performance of dry needling is limited to physical therapists who "
               "have completed at least 50 hours of instruction in dry needling approved by "
               "the board, including no fewer than 25 hours of face-to-face, hands-on "
               "training, and who have practiced physical therapy for at least two years."),
        ("li", "(b) A physical therapist who performs dry needling shall obtain the written "
               "informed consent of each patient before the first treatment and shall "
               "maintain documentation of qualifying instruction for inspection by the "
               "board."),
        ("li", "(c) Dry needling shall not be delegated to a physical therapist assistant or "
               "to any other person, and a physical therapist assistant shall not perform "
               "dry needling."),
        ("li", "(d) Nothing in this Code section shall be construed to authorize a physical "
               "therapist to practice acupuncture as defined in Code Section 43-34-62, to "
               "use the title 'acupuncturist,' or to advertise dry needling as acupuncture."),
        ("li", "(e) The board may adopt rules as necessary to implement this Code section, "
               "including rules governing the approval of instruction. Until the board "
               "adopts different standards, instruction offered by a provider accredited by "
               "a nationally recognized physical therapy education body shall be deemed "
               "approved."),
        ("h", "43-33-18. Grounds for refusal or discipline."),
        ("p", "The board may refuse to grant a license, or may discipline a licensee, upon "
              "finding that the applicant or licensee has practiced or attempted to practice "
              "beyond the scope of physical therapy, including the performance of dry "
              "needling without satisfying Code Section 43-33-13.1, or has engaged in any "
              "unprofessional conduct as defined by rule."),
        ("h", "Editor's note"),
        ("p", "Code Section 43-33-13.1 was enacted in 2024 and took effect on July 1 of that "
              "year. The 2026 amendment raised the minimum hours in subsection (a) from 40 "
              "to 50 and took effect July 1, 2026; licensees who completed 40 hours before "
              "that date are treated as qualified under the prior standard."),
    ],
))

# ---------------------------------------------------------------- Delaware
DOCS.append((
    "s-de-declaratory-ruling.pdf",
    "Delaware Board of Physical Therapy and Athletic Training - Declaratory Ruling DR-2025-01",
    "BEFORE THE DELAWARE BOARD OF PHYSICAL THERAPY AND ATHLETIC TRAINING: IN RE PETITION FOR DECLARATORY STATEMENT ON DRY NEEDLING",
    [
        ("p", "Docket No. DR-2025-01. Decided at a duly noticed public meeting held March 18, "
              "2025. Written ruling issued April 2, 2025."),
        ("h", "Nature of the petition"),
        ("p", "The petitioner, a physical therapist licensed in Delaware, asked the Board to "
              "declare whether a physical therapist may perform dry needling, which the "
              "petitioner described as the insertion of a solid filiform needle into a "
              "myofascial trigger point without the injection of any substance. The "
              "petitioner stated that she had completed 120 hours of coursework and "
              "intended to offer the service in her outpatient clinic."),
        ("h", "Applicable law"),
        ("p", "Title 24, Chapter 26 of the Delaware Code defines the practice of physical "
              "therapy by reference to evaluation, treatment planning, and a list of "
              "treatment methods, among them therapeutic exercise, mobilization, massage, "
              "and the application of heat, cold, light, water, sound, and electricity. The "
              "chapter does not mention needles of any kind."),
        ("p", "Title 24, Chapter 17, Subchapter VIII governs acupuncture and defines it to "
              "include the insertion of needles to stimulate specific points on the body. "
              "That subchapter makes it unlawful for any person not licensed under it, or "
              "not otherwise exempt, to perform acupuncture. Physical therapists are not "
              "among the exempt professions."),
        ("h", "Discussion"),
        ("p", "The Board heard from the petitioner, from two professional associations, and "
              "from a representative of the Acupuncture Advisory Council. The Board is "
              "sympathetic to the petitioner's view that dry needling is taught in many "
              "physical therapy programs and that she is well trained. Training, however, "
              "cannot supply authority that the statute does not give. The Board's role in "
              "this proceeding is to state how the current statute applies, not to decide "
              "whether the statute should be changed."),
        ("p", "The Board concludes that inserting a needle through the skin for a "
              "therapeutic purpose does not constitute any of the treatment methods "
              "listed in Chapter 26. It is not a physical agent, it is not mobilization, and "
              "it is not massage. The Board further concludes that the act described in the "
              "petition falls within the definition of acupuncture regardless of the name "
              "the practitioner gives it or the theory used to select the needle sites."),
        ("p", "The Board notes, to avoid confusion, that the use of a monofilament to test "
              "skin sensation during an examination, which does not penetrate the skin, is "
              "not prohibited by this ruling. Nor does this ruling affect electromyography "
              "performed by a physical therapist who is otherwise qualified to perform it."),
        ("h", "Ruling"),
        ("p", "Dry needling, whether described as trigger point dry needling, intramuscular "
              "stimulation, or intramuscular manual therapy, is not within the scope of "
              "practice of a physical therapist licensed in Delaware. A physical therapist "
              "may not perform it. A physical therapist who holds a separate Delaware "
              "acupuncture license may perform needle-based treatment only under that "
              "license. Physical therapist assistants likewise may not perform it."),
        ("h", "Subsequent history (staff note, updated September 2026)"),
        ("p", "No appeal was taken from this ruling. A bill that would have added dry needling "
              "to Chapter 26 was introduced in the 2026 legislative session but was not "
              "released from committee before the session ended on June 30, 2026. The ruling "
              "therefore remains the Board's statement of the law."),
        ("p", "FOR THE BOARD: President, Delaware Board of Physical Therapy and Athletic "
              "Training. Division of Professional Regulation, Cannon Building, Dover."),
    ],
))

# ---------------------------------------------------------------- Oklahoma
DOCS.append((
    "s-ok-endorsement-applications.pdf",
    "Oklahoma Board of Medical Licensure and Supervision - Physical Therapy Advisory Committee",
    "Dry Needling Endorsement for Physical Therapists: Implementation Update and Questions",
    [
        ("p", "Prepared by Board staff for licensees and employers. Version dated November 6, "
              "2026."),
        ("h", "Is dry needling allowed for physical therapists in Oklahoma?"),
        ("p", "The short answer is yes, in principle, but not yet in practice. Senate Bill 412, "
              "enacted in the 2026 session and effective November 1, 2026, amended the "
              "Physical Therapy Practice Act to include dry needling within the practice of "
              "physical therapy for a physical therapist who holds a dry needling "
              "endorsement issued by the Board. The endorsement is mandatory; the law does "
              "not allow any physical therapist to perform dry needling without one."),
        ("p", "The Board adopted permanent rules implementing the endorsement at its "
              "September 2026 meeting, and those rules are now final. However, the Board "
              "will begin accepting endorsement applications on March 1, 2027. Until then no "
              "endorsement can be issued, which means that no physical therapist in "
              "Oklahoma may perform dry needling today, regardless of training, experience, "
              "or credentials held in another state."),
        ("h", "Why March 2027?"),
        ("p", "The Board must first approve the education providers whose courses will satisfy "
              "the training requirement and must build the endorsement into the online "
              "licensing system. Provider applications opened in October, and the Advisory "
              "Committee expects to recommend the first approvals in January."),
        ("h", "What will the endorsement require?"),
        ("li", "1. A current, unrestricted Oklahoma physical therapist license."),
        ("li", "2. At least three years of clinical practice as a licensed physical therapist."),
        ("li", "3. Completion of at least 60 hours of dry needling instruction from a "
               "Board-approved provider, of which at least 40 hours must be in-person "
               "practical training, plus a passed written and practical examination."),
        ("li", "4. Payment of the endorsement fee and a signed attestation that the applicant "
               "has read the Board's standards for consent, documentation, and sharps "
               "handling."),
        ("h", "Can I treat patients while my application is pending?"),
        ("p", "No. The endorsement must be issued, and must appear on the Board's license "
              "verification page, before you perform the procedure. Submitting an "
              "application does not create temporary authority."),
        ("h", "Does the endorsement extend to physical therapist assistants?"),
        ("p", "No. The statute limits the endorsement to physical therapists. Assistants may "
              "not perform dry needling, and the task may not be delegated to them."),
        ("h", "I completed training in another state. Will it count?"),
        ("p", "Training completed before March 1, 2027, will count if the provider is approved "
              "by the Board and the course content meets the rule. Keep certificates, "
              "syllabi, and hour logs. Staff cannot pre-review individual certificates before "
              "the application window opens."),
        ("h", "What happens if someone needles before receiving an endorsement?"),
        ("p", "Performing dry needling without an endorsement is practice outside the scope of "
              "the license and may also be treated as the unlicensed practice of medicine. "
              "The Board has already opened two investigations based on advertisements that "
              "appeared after the bill was signed."),
        ("p", "For updates, watch the Physical Therapy page of the Board's website. The Board "
              "will announce the opening of the application window at least 30 days in "
              "advance."),
    ],
))


def main():
    for name, header_text, title, blocks in DOCS:
        p = build(name, header_text, title, blocks)
        print("wrote", p)


if __name__ == "__main__":
    main()
