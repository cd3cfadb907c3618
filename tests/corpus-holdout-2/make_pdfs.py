#!/usr/bin/env python3
"""Regenerate the PDF documents of the second held-out corpus.

    pip install fpdf2 pypdf
    python3 tests/corpus-holdout-2/make_pdfs.py          # writes the 6 PDFs
    python3 tests/corpus-holdout-2/make_pdfs.py --check  # also prints pypdf text

Only core fonts (Helvetica / Times / Courier) are used, so all text must be
latin-1. The creation date is fixed so the output is reproducible.

Text is wrapped by hand (not with multi_cell) so that long words are broken
with an end-of-line hyphen the way typeset documents often are; every document
has a running header and a "Page N of M" footer and runs to two or more pages.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent


VOWELS = set("aeiouyAEIOUY")
DIGRAPHS = {"ch", "sh", "th", "ph", "ck", "gh", "wh", "qu"}


def break_points(word):
    """Crude syllable-style hyphenation points: VC-CV and V-CV, at least three
    letters before the hyphen and four after it."""
    pts = []
    for k in range(3, len(word) - 3):
        a, b, c = word[k - 1], word[k], word[k + 1]
        if a not in VOWELS and b not in VOWELS and (a + b).lower() not in DIGRAPHS and a != b.upper():
            pts.append(k)
        elif a in VOWELS and b not in VOWELS and c in VOWELS:
            pts.append(k)
    return pts


class Doc(FPDF):
    def __init__(self, running_head, running_foot, font="Helvetica", first_page_head=True):
        super().__init__(format="letter", unit="mm")
        self.running_head = running_head
        self.running_foot = running_foot
        self.body_font = font
        self.first_page_head = first_page_head
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    # running header / footer -------------------------------------------------
    def header(self):
        if self.page_no() == 1 and not self.first_page_head:
            return
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 4, self.running_head, align="L")
        self.ln(5)
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.running_foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # text helpers --------------------------------------------------------------
    def _emit(self, text, lh, indent):
        if self.get_y() + lh > self.h - self.b_margin:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.cell(0, lh, text)
        self.ln(lh)

    def para(self, text, size=10, style="", indent=0.0, hang=0.0, lh=None, after=2.0, hyphenate=True):
        """Wrap `text` to the text width, hyphenating long words at line end.

        `hang` indents continuation lines (for numbered items)."""
        self.set_font(self.body_font, style, size)
        lh = lh or size * 0.48
        words = text.split()
        line = ""
        first = True

        def width():
            return self.w - self.l_margin - self.r_margin - indent - (0 if first else hang)

        def flush(s):
            nonlocal first
            self._emit(s, lh, indent + (0 if first else hang))
            first = False

        for w in words:
            cand = f"{line} {w}" if line else w
            if self.get_string_width(cand) <= width():
                line = cand
                continue
            done = False
            core_len = len(w.rstrip(".,;:)"))
            if hyphenate and core_len >= 8 and w[:core_len].isalpha():
                prefix = f"{line} " if line else ""
                for k in reversed(break_points(w[:core_len])):
                    if self.get_string_width(prefix + w[:k] + "-") <= width():
                        flush(prefix + w[:k] + "-")
                        line = w[k:]
                        done = True
                        break
            if not done:
                flush(line)
                line = w
        if line:
            flush(line)
        self.ln(after)

    def heading(self, text, size=11.5, after=1.5):
        if self.get_y() + 14 > self.h - self.b_margin:
            self.add_page()
        self.ln(1.5)
        self.set_font("Helvetica", "B", size)
        self.cell(0, size * 0.5, text)
        self.ln(size * 0.5 + after)

    def centered(self, text, size=10, style="", lh=None):
        self.set_font(self.body_font if style != "B" else "Helvetica", style, size)
        self.cell(0, lh or size * 0.5, text, align="C")
        self.ln(lh or size * 0.5)

    def grid(self, rows, widths, size=8, header_fill=(225, 225, 225)):
        self.set_font("Helvetica", "", size)
        self.ln(1)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.5,
                        headings_style=FontFace(emphasis="BOLD", fill_color=header_fill), first_row_as_headings=True) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def save(pdf, rel):
    out = HERE / rel
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


# ---------------------------------------------------------------------------
# 1. boards/nc-supreme-court-opinion.pdf  (state-board, allowed)
# ---------------------------------------------------------------------------
def nc_opinion():
    p = Doc("N.C. ACUPUNCTURE LICENSING BD. v. N.C. BD. OF PHYSICAL THERAPY EXAM'RS  --  Opinion of the Court",
            "Slip opinion. Subject to revision before publication in the official reports.", font="Times",
            first_page_head=False)
    p.add_page()
    p.centered("IN THE SUPREME COURT OF NORTH CAROLINA", 12, "B")
    p.ln(2)
    p.centered("No. 317PA17", 10)
    p.centered("Filed 7 December 2018", 10)
    p.ln(3)
    p.centered("NORTH CAROLINA ACUPUNCTURE LICENSING BOARD, and", 10)
    p.centered("NORTH CAROLINA ASSOCIATION OF ACUPUNCTURE AND ORIENTAL MEDICINE", 10)
    p.centered("v.", 10)
    p.centered("NORTH CAROLINA BOARD OF PHYSICAL THERAPY EXAMINERS", 10)
    p.ln(4)
    p.para("On discretionary review pursuant to N.C.G.S. 7A-31 of a decision of a divided panel of the Court of "
           "Appeals affirming an order entered by the Superior Court, Wake County, which had reversed a "
           "declaratory ruling issued by the respondent Board. Heard in the Supreme Court on 28 August 2018.",
           size=9.5, style="I", after=4)
    p.para("Attorneys for petitioners-appellees and respondent-appellant omitted from this copy.", size=9, style="I", after=4)
    p.heading("JUSTICE (for the Court).")
    p.para("This case asks whether the Board of Physical Therapy Examiners acted within its statutory authority "
           "when, in response to a request from one of its licensees, it declared that the insertion of solid "
           "filiform needles into myofascial trigger points -- a technique its petition called dry needling -- "
           "falls within the practice of physical therapy as the General Assembly has defined it. The superior "
           "court concluded that the technique is a form of acupuncture, that the Physical Therapy Practice Act "
           "does not authorize it, and that the Board's ruling therefore exceeded the Board's authority. A "
           "divided panel of the Court of Appeals affirmed. For the reasons that follow we reverse.")
    p.heading("I. Background and Procedural History")
    p.para("The Physical Therapy Practice Act, Article 18B of Chapter 90 of the General Statutes, defines "
           "physical therapy in broad functional terms: the evaluation and treatment of persons with "
           "impairments of movement, including the use of therapeutic exercise, manual therapy and physical "
           "agents, and the establishment of treatment programs designed to alleviate pain. The Act neither "
           "mentions needles nor expressly excludes them. The Acupuncture Licensing Act, Article 30 of the same "
           "chapter, defines acupuncture by reference to the insertion of needles and related techniques for "
           "the purpose of controlling pain and promoting health, and it reserves that practice to persons "
           "holding an acupuncture license unless another licensing act authorizes the conduct.")
    p.para("In 2014 a licensee asked the Board whether a physical therapist who had completed post-professional "
           "instruction could lawfully perform dry needling. After notice and an opportunity for comment, in "
           "which petitioners participated at length, the Board issued a declaratory ruling. It concluded that "
           "dry needling is a manual therapy technique directed at neuromuscular tissue, that it rests on "
           "Western anatomical and neurophysiological principles rather than on the meridian theory of "
           "traditional acupuncture, and that it is therefore within the scope of the practice of physical "
           "therapy when performed by a licensee who has obtained the education and competence that the "
           "Board's rules require of every licensee using any technique.")
    p.para("Petitioners sought judicial review. The superior court reasoned that, whatever its theoretical "
           "basis, dry needling consists of the insertion of needles for the control of pain, that the "
           "Acupuncture Licensing Act reserves that conduct to acupuncturists, and that nothing in Article 18B "
           "affirmatively authorizes a physical therapist to penetrate the skin. It reversed the declaratory "
           "ruling. The Court of Appeals affirmed over a dissent, the majority adopting the trial court's view "
           "that a practice act which is silent about needles should not be read to permit them. We allowed "
           "the Board's petition for discretionary review.")
    p.heading("II. Analysis")
    p.para("A. Standard of review. Whether an agency has correctly interpreted the statute it administers is "
           "a question of law reviewed de novo. We nevertheless give due consideration to the interpretation "
           "of a professional licensing board that has applied its act for decades, particularly where, as "
           "here, the interpretation was reached after an adversarial comment process and is explained in a "
           "reasoned written decision.")
    p.para("B. The definition of physical therapy. The lower courts treated the silence of Article 18B as a "
           "prohibition. That approach misreads the structure of the Act. The General Assembly did not define "
           "physical therapy as a closed list of permitted techniques; it defined the practice by its purposes "
           "and by broad categories of intervention, leaving to the Board the task of deciding, as the "
           "profession develops, which methods serve those purposes. Manual therapy is one of the enumerated "
           "categories, and the record contains uncontradicted evidence that dry needling is taught and used as "
           "a manual therapy technique aimed at the same trigger points that physical therapists have long "
           "treated with pressure and stretching.")
    p.para("C. The Acupuncture Licensing Act. Petitioners' strongest argument is that the Acupuncture Licensing "
           "Act occupies the field of needle insertion. We do not agree. That Act itself recognizes that other "
           "licensed professionals may perform acts within their own scopes that resemble acupuncture, and "
           "the overlap of two practice acts is a familiar feature of professional regulation rather than "
           "evidence that one profession has been excluded. That a technique uses an instrument also used by "
           "acupuncturists does not, without more, convert it into the practice of acupuncture.")
    p.para("D. Patient protection. Petitioners also contend that dry needling is unsafe in the hands of "
           "physical therapists. That contention is properly addressed to the Board in its rule-making "
           "capacity and to the General Assembly; it does not bear on whether the declaratory ruling correctly "
           "construed the statute. We note that the Board's ruling conditions the use of the technique on the "
           "licensee's documented education and competence, and that the Board retains its disciplinary "
           "authority over any licensee who performs it without them.")
    p.heading("III. Conclusion")
    p.para("The Board's declaratory ruling correctly construed the Physical Therapy Practice Act. Dry needling, "
           "performed by a licensed physical therapist who has obtained the requisite training, is within the "
           "practice of physical therapy in this State. The decision of the Court of Appeals is reversed, and "
           "this case is remanded to that court for further remand to the Superior Court, Wake County, for "
           "entry of an order affirming the declaratory ruling.")
    p.para("REVERSED AND REMANDED.", style="B")
    p.heading("Justice, dissenting.")
    p.para("I respectfully dissent. The majority reads legislative silence as a grant of authority. In my view "
           "the insertion of needles through the skin for the relief of pain is precisely the conduct the "
           "Acupuncture Licensing Act describes, and a practice act that nowhere mentions needles does not "
           "authorize a physical therapist to perform it. I would hold that dry needling falls outside the "
           "scope of physical therapy practice until the General Assembly says otherwise, and I would affirm "
           "the decision of the Court of Appeals.")
    return save(p, "boards/nc-supreme-court-opinion.pdf")


# ---------------------------------------------------------------------------
# 2. boards/ny-education-dept-letter.pdf  (state-board, not_allowed)
# ---------------------------------------------------------------------------
def ny_letter():
    p = Doc("NYSED Office of the Professions  |  Re: Physical therapy and needle insertion (dry needling)",
            "89 Washington Avenue, Albany, NY 12234  |  www.op.nysed.gov", first_page_head=False)
    p.add_page()
    p.centered("THE UNIVERSITY OF THE STATE OF NEW YORK", 10, "B")
    p.centered("THE STATE EDUCATION DEPARTMENT", 10, "B")
    p.centered("Office of the Professions  /  State Board for Physical Therapy", 9)
    p.ln(6)
    p.para("March 14, 2024", after=4)
    p.para("[Name and address of inquirer withheld]", style="I", after=4)
    p.para("Re: Whether a licensed physical therapist may perform \"trigger point dry needling\"", style="B", after=3)
    p.para("Dear Physical Therapist:")
    p.para("Thank you for your letter asking whether, having completed a 54-hour post-professional course in "
           "trigger point dry needling offered in another state, you may incorporate that technique into your "
           "practice as a physical therapist licensed under Article 136 of the Education Law. You explain that "
           "the course instructed you to insert solid filiform needles into myofascial trigger points, without "
           "injecting any substance, in order to reduce pain and improve range of motion, and that your "
           "employer is prepared to bill the new needle insertion codes for the service.")
    p.para("Article 136 defines the profession of physical therapy by reference to the evaluation and "
           "treatment of disability, injury and pain through physical means, including exercise, massage, "
           "heat, cold, light, water and electricity. The definition does not include the penetration of "
           "the skin. Article 160 of the Education Law, by contrast, defines the profession of acupuncture as "
           "the treatment of disease, pain or dysfunction by the stimulation of a point or points on or near "
           "the surface of the body by the insertion of needles, together with related techniques. "
           "Although the definition refers to points selected according to a theory of the body's "
           "interrelationships, the Department has consistently read it to reach any therapeutic insertion of "
           "needles, because the act performed is the same whatever theory the practitioner invokes.")
    p.para("It has been the Department's position since 1992 that the insertion of needles for the treatment of "
           "pain or dysfunction constitutes the practice of acupuncture as defined in Article 160, whatever name "
           "is given to the procedure. Trigger point dry needling, intramuscular needling and functional dry "
           "needling each involve the stimulation of points in the body by the insertion of needles; each "
           "therefore falls within the definition of acupuncture and outside the scope of practice of "
           "physical therapy. Completion of a course, whether in this State or elsewhere, does not enlarge the "
           "scope of a license, and the fact that other states have authorized physical therapists to "
           "perform the procedure does not change the application of New York law.")
    p.para("Accordingly, a physical therapist licensed in New York may not perform dry needling under the "
           "authority of the physical therapy license. A physical therapist who is also licensed as an "
           "acupuncturist under Article 160 may insert needles under, and only under, the acupuncture "
           "license, must document and represent the service as acupuncture, and may not delegate it to a "
           "physical therapist assistant or other personnel. Physicians and dentists who hold an "
           "acupuncture certificate are likewise authorized under their own licenses.")
    p.para("Please be aware that practicing a licensed profession without the required license is a crime under "
           "Section 6512 of the Education Law, and that practicing beyond the scope of a license may "
           "constitute unprofessional conduct under the Rules of the Board of Regents. If your employer has "
           "already billed for needle insertion services you performed, you may wish to consult counsel.")
    p.para("This letter responds to the facts described in your inquiry and reflects the Department's "
           "longstanding interpretation of the Education Law. It is not a disciplinary determination.")
    p.para("Sincerely,", after=8)
    p.para("Executive Secretary", after=0)
    p.para("State Board for Physical Therapy", after=6)
    p.para("cc: Executive Secretary, State Board for Acupuncture", size=9)
    p.para("Enclosure: Education Law Articles 136 and 160 (excerpts)", size=9, after=6)
    p.heading("ENCLOSURE -- Summary of the relevant provisions (unofficial)")
    p.para("Article 136, Physical Therapy. As the article describes the profession, physical therapy covers "
           "evaluating and treating injury, disability, pain and other health conditions by physical means -- "
           "exercise, manual techniques, and agents such as heat, cold, water, sound and electricity -- with or "
           "without assistive devices. The article says nothing about puncturing the skin, and it gives a "
           "physical therapist no authority to prescribe drugs or to practice another licensed profession.",
           size=9.5)
    p.para("Article 160, Acupuncture. As that article describes the profession, acupuncture means relieving "
           "pain and treating disorders and dysfunctions of the body by stimulating selected points on the "
           "body's surface, mechanically, thermally or electrically, whether by inserting needles or by applying "
           "heat, pressure or current, the points being chosen according to a theory that relates them to "
           "particular organs or functions. The article limits that practice to licensed acupuncturists and to "
           "physicians and dentists who hold an acupuncture certification.", size=9.5)
    p.para("Related questions the Department has answered. The Department has also been asked whether a "
           "physical therapist may use the title \"certified dry needling practitioner,\" whether needling may "
           "be performed under the on-site supervision of a physician, and whether a clinic may employ a "
           "licensed acupuncturist to needle patients who are under a physical therapy plan of care. A "
           "physical therapist may not use a title implying authority to insert needles. Supervision by a "
           "physician does not authorize a physical therapist to perform acupuncture, because the Education "
           "Law does not permit physicians to delegate the practice of acupuncture to persons not licensed "
           "to perform it. A licensed acupuncturist employed by a clinic may provide acupuncture to a patient "
           "who is also receiving physical therapy, provided that each licensee practices only within his or her "
           "own profession and that the services are documented and billed separately.", size=9.5)
    return save(p, "boards/ny-education-dept-letter.pdf")


# ---------------------------------------------------------------------------
# 3. boards/or-dry-needling-implementation-bulletin.pdf  (state-board, on_hold)
# ---------------------------------------------------------------------------
def or_bulletin():
    p = Doc("Oregon Physical Therapist Licensing Board  |  Licensee Bulletin 2026-02  |  Dry Needling Implementation",
            "This bulletin is informational and does not replace the statutes or administrative rules.")
    p.add_page()
    p.centered("LICENSEE BULLETIN 2026-02", 13, "B")
    p.centered("Dry Needling: Where Implementation of HB 3824 Stands", 11)
    p.centered("Issued March 2026", 9)
    p.ln(4)
    p.heading("1. Why this bulletin")
    p.para("Since the Governor signed House Bill 3824 on August 7, 2025, the Board has received several hundred "
           "calls and e-mails from licensees, clinic owners, course providers and patients. Many callers "
           "have read news reports stating that Oregon physical therapists \"can now dry needle.\" That is not "
           "correct, and this bulletin explains why and what the Board expects to happen next.")
    p.heading("2. Background")
    p.para("For almost a decade the question was settled against the profession. In an opinion issued on May 17, "
           "2017, the Attorney General concluded that the insertion of needles for therapeutic purposes was not "
           "within the statutory definition of physical therapy, and the Board withdrew the administrative rule "
           "it had adopted on the subject. Licensees were told to discontinue the procedure, and the Board "
           "has since opened investigations when complaints alleged that a licensee was needling patients.")
    p.para("HB 3824 changes the statute. It adds dry needling to the practice of physical therapy, but only "
           "for a physical therapist who meets education, training and competency standards that the Board "
           "must adopt by rule, and it requires the Board to develop those standards in consultation with the "
           "Oregon Medical Board. The Act also directs the Board to address patient consent, infection "
           "control, anatomical areas that require additional training, and the documentation a licensee "
           "must submit before beginning to perform the procedure.")
    p.heading("3. Can I begin dry needling now?")
    p.para("No. The new statutory authority does not become usable until the implementing rules have been "
           "adopted, have taken effect, and the licensee has satisfied them and received the Board's "
           "authorization. Until then, dry needling by a physical therapist remains outside the scope of "
           "practice in Oregon, and the Board will continue to treat it as it has since 2017. Completing a "
           "course now does not authorize you to perform the procedure, and clinics should not advertise the "
           "service or schedule patients for it.")
    p.heading("4. Rulemaking timeline (anticipated)")
    p.para("The dates below are the Board's current estimates. Joint review with the Oregon Medical Board, "
           "public hearings and the Secretary of State's filing requirements all affect the schedule.")
    p.grid([
        ("Step", "Target date", "Status"),
        ("Rules advisory committee convened (PT, OMB, acupuncture and public members)", "November 2025", "Complete"),
        ("Committee drafts training and competency standards", "January - June 2026", "In progress"),
        ("Joint review of draft with the Oregon Medical Board", "Summer 2026", "Not started"),
        ("Notice of proposed rulemaking; public hearing and comment period", "Fall 2026", "Not started"),
        ("Board adoption of permanent rules", "Early 2027", "Not started"),
        ("Rules effective; Board begins accepting authorization applications", "About July 2027", "Not started"),
    ], widths=(95, 35, 30))
    p.heading("5. Questions we hear often")
    p.para("Will my out-of-state training count? Possibly. The advisory committee is considering whether, and "
           "on what conditions, coursework completed before the rules take effect can be credited. The Board "
           "cannot promise that any particular course will satisfy standards that have not yet been written.")
    p.para("May a physical therapist assistant perform dry needling once the rules are in place? HB 3824 "
           "refers only to physical therapists. The Board expects the rules to state expressly that the "
           "procedure may not be delegated.")
    p.para("What if I am already licensed and authorized in Washington or Idaho? Authorization in another state "
           "does not permit you to perform the procedure on patients in Oregon before the Oregon rules are "
           "effective and you have met them.")
    p.para("Can I perform dry needling under an acupuncture license? If you also hold an Oregon acupuncture "
           "license issued by the Oregon Medical Board, questions about that license should be directed to "
           "the Oregon Medical Board.")
    p.heading("6. How to participate")
    p.para("Advisory committee meetings are open to the public and are announced on the Board's website and "
           "through the Board's e-mail list at least fourteen days in advance. Written comments on the draft "
           "standards may be sent to the Board office at any time before the close of the formal comment "
           "period. Licensees who wish to receive notice of the proposed rules should confirm that their "
           "e-mail address on file is current.")
    return save(p, "boards/or-dry-needling-implementation-bulletin.pdf")


# ---------------------------------------------------------------------------
# 4. payers/medicaid-pt-fee-schedule-2026.pdf  (payer, covered)
# ---------------------------------------------------------------------------
def fee_schedule():
    p = Doc("Department of Health Care Services  |  Medical Assistance Program  |  Physical Therapy Fee Schedule",
            "Fee schedule effective 01/01/2026. Rates subject to change; see provider bulletins.")
    p.add_page()
    p.centered("PHYSICAL THERAPY SERVICES", 13, "B")
    p.centered("Maximum Allowable Fee Schedule -- Effective January 1, 2026", 10)
    p.centered("Provider type 34 (Physical Therapist, independent practice) and type 35 (Therapy group)", 8.5)
    p.ln(4)
    p.heading("Section 1. How to use this schedule")
    p.para("Procedure codes that appear in Table 1 with a maximum allowable amount are covered services for "
           "eligible members when they are medically necessary, are included in a plan of care signed by the "
           "treating physical therapist, and are billed by an enrolled provider of the type shown. Codes shown "
           "with \"NC\" in the fee column are not covered for the provider types listed above, and codes shown "
           "with \"BR\" are priced by report. The fee is the lesser of the amount shown and the provider's "
           "usual and customary charge.")
    p.para("Unit limits apply per member and are cumulative across all enrolled providers. Services in excess "
           "of a limit require prior authorization through the utilization management contractor; requests "
           "must include the plan of care and objective measures of progress since the last authorization.")
    p.heading("Section 2. Table 1 -- Procedure codes and maximum allowable fees")
    p.grid([
        ("CPT", "Short descriptor", "Max fee", "Limit", "PA", "Notes"),
        ("97161", "PT eval low complex", "$78.40", "1 / 12 mo", "N", ""),
        ("97162", "PT eval mod complex", "$78.40", "1 / 12 mo", "N", ""),
        ("97164", "PT re-eval est plan care", "$52.15", "2 / 12 mo", "N", ""),
        ("97110", "Therapeutic exercises", "$21.06", "4 units/day", "N", ""),
        ("97112", "Neuromuscular reeducation", "$23.90", "4 units/day", "N", ""),
        ("97140", "Manual therapy 1/> regions", "$19.87", "4 units/day", "N", "Not with 20560/20561 same region"),
        ("97530", "Therapeutic activities", "$24.33", "4 units/day", "N", ""),
        ("20560", "Ndl insj w/o njx 1 or 2 musc", "$22.14", "1 unit/day", "N", "See note 4"),
        ("20561", "Ndl insj w/o njx 3+ musc", "$31.77", "1 unit/day", "N", "See note 4"),
        ("20552", "Inj trigger point 1/2 muscl", "NC", "--", "--", "Physician/APP only"),
        ("20553", "Inj trigger points 3/> musc", "NC", "--", "--", "Physician/APP only"),
        ("97810", "Acupunct w/o stimul 15 min", "NC", "--", "--", "See note 5"),
        ("97813", "Acupunct w/stimul 15 min", "NC", "--", "--", "See note 5"),
        ("97035", "Ultrasound therapy", "NC", "--", "--", "Not covered, adults 21+"),
    ], widths=(14, 44, 17, 22, 9, 60), size=7.5)
    p.heading("Section 3. Notes")
    p.para("1. Evaluation codes are limited to one per twelve months per member unless a new condition is "
           "documented. Re-evaluations require a documented change in status.", size=9, hang=4)
    p.para("2. Timed codes follow the eight-minute rule. Document total timed minutes and minutes per code.",
           size=9, hang=4)
    p.para("3. Modifier GP is required on all therapy codes, including the needle insertion codes.", size=9, hang=4)
    p.para("4. Needle insertion without injection (dry needling), CPT 20560 and 20561, is payable to an "
           "enrolled physical therapist who has completed the training the state practice act requires for "
           "the procedure. Keep the certificate of completion on file; it is requested on post-payment "
           "review. Bill one unit per date of service, selecting the code by the number of muscles treated, "
           "and no more than twelve dates of service per member in a rolling twelve-month period. The codes "
           "are not payable on the same date as 20552 or 20553, and 97140 is not separately payable for the "
           "same body region on the same date. Dry needling must be part of a plan of care that includes active "
           "treatment; a visit consisting only of needling will be reviewed.", size=9, hang=4)
    p.para("5. Acupuncture is not a benefit of the Medical Assistance Program for adults and is not payable "
           "to any provider type under this schedule. Do not report dry needling with the acupuncture "
           "codes; claims for 97810-97814 from physical therapists will be denied.", size=9, hang=4)
    p.heading("Section 4. Changes from the 2025 schedule")
    p.para("Rates for the evaluation codes increased by 2.1 percent. The needle insertion codes, which "
           "were added to this schedule on July 1, 2024, are unchanged. Code 97035 moved to non-covered status "
           "for adults after the Department's review of the evidence for therapeutic ultrasound. No other "
           "coverage changes were made.", size=9.5)
    p.heading("Section 5. Billing reminders")
    p.para("Claims must be submitted within 180 days of the date of service. Corrected claims must reference the "
           "original internal control number. Claims for members enrolled in a managed care organization are "
           "not processed under this schedule; bill the member's health plan, which may apply different coverage "
           "rules, unit limits and rates.", size=9.5)
    p.para("Providers are reminded that a service must be within the scope of the rendering provider's license "
           "in the state where it is performed. Payment of a claim is not a determination that the service was "
           "within the scope of the provider's license, and amounts paid for services outside that scope are "
           "subject to recovery.", size=9.5)
    p.para("Questions about this schedule may be directed to Provider Services, Monday through Friday, "
           "8:00 a.m. to 5:00 p.m. Rate files in spreadsheet format are posted on the provider portal.",
           size=9.5)
    return save(p, "payers/medicaid-pt-fee-schedule-2026.pdf")


# ---------------------------------------------------------------------------
# 5. payers/keystone-mutual-medical-policy-dry-needling.pdf  (payer, not_covered E/I)
# ---------------------------------------------------------------------------
def medical_policy():
    p = Doc("Keystone Mutual Health Plan  |  Medical Policy 2.01.100-KM  |  Dry Needling of Trigger Points for Myofascial Pain",
            "Proprietary. Medical policies do not constitute medical advice. Member contracts govern benefits.")
    p.add_page()
    p.centered("MEDICAL POLICY", 13, "B")
    p.centered("Dry Needling of Trigger Points for Myofascial Pain", 11)
    p.ln(2)
    p.grid([
        ("Policy number", "Category", "Original effective", "Current effective", "Next review"),
        ("2.01.100-KM", "Medicine", "03/01/2014", "01/01/2026", "12/2026"),
    ], widths=(32, 28, 35, 35, 30), size=8)
    p.heading("Description")
    p.para("Myofascial pain syndrome is a regional pain disorder attributed to trigger points, hyperirritable "
           "spots within a taut band of skeletal muscle that are painful on compression and may produce "
           "referred pain. Dry needling is a technique in which a thin solid filiform needle is inserted through "
           "the skin into a trigger point, without the injection of any medication, with the goal of eliciting "
           "a local twitch response and releasing the trigger point. Variants include superficial dry needling, "
           "deep dry needling, intramuscular stimulation and functional dry needling; some protocols add "
           "electrical stimulation through the needles. The procedure is performed by physical therapists, "
           "chiropractors, physicians and other clinicians, subject to state scope-of-practice law.")
    p.heading("Policy")
    p.para("Dry needling of trigger points, with or without electrical stimulation, is considered investiga"
           "tional for the treatment of myofascial pain and for all other indications, including but not limited "
           "to neck pain, low back pain, shoulder pain, plantar heel pain, headache and temporomandibular disorder.")
    p.para("Because it is investigational, dry needling is not covered under member contracts that exclude "
           "experimental or investigational services.")
    p.heading("Policy Guidelines")
    p.para("This policy applies regardless of the profession or credentials of the clinician performing the "
           "procedure and regardless of whether the service is reported with the needle insertion codes, with "
           "an unlisted procedure code, or bundled into a manual therapy code. Trigger point injections, in "
           "which an anesthetic or other substance is injected, are addressed in medical policy 2.01.71-KM and "
           "are not subject to this policy. Acupuncture is addressed in medical policy 8.01.20-KM.")
    p.heading("Rationale")
    p.para("The evidence review for this policy was most recently updated through September 2025. Evaluation of "
           "a therapeutic intervention requires randomized controlled trials that compare the intervention "
           "with sham treatment or with an established alternative, measure clinically meaningful outcomes "
           "such as pain, function and medication use, and follow patients long enough to show that any "
           "benefit is durable.")
    p.para("Systematic reviews published since 2017 have pooled small trials of dry needling for neck, "
           "shoulder and low back pain. Several reported short-term reductions in pain compared with sham or no "
           "treatment, but the included trials were generally small, at high or unclear risk of bias, and "
           "heterogeneous in the muscles treated, the number of sessions and the co-interventions allowed. "
           "When dry needling was compared with active alternatives such as manual therapy, stretching or "
           "trigger point injection, differences were small and often not statistically significant, and few "
           "trials reported outcomes beyond twelve weeks. Adverse events, although usually minor, included "
           "post-needling soreness, bleeding and, rarely, pneumothorax.")
    p.para("Trials of dry needling added to a multimodal physical therapy program have likewise been small and "
           "short. The evidence is insufficient to determine whether the technique improves the net health "
           "outcome, and clinical practice guidelines from specialty societies describe it as an option with "
           "low-certainty evidence rather than as a recommended intervention. The policy statement is "
           "therefore unchanged.")
    p.heading("Coding")
    p.para("The following codes are included for informational purposes. Inclusion of a code does not imply "
           "coverage.", size=9)
    p.grid([
        ("Code type", "Code", "Description", "Policy status"),
        ("CPT", "20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Investigational"),
        ("CPT", "20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Investigational"),
        ("CPT", "97140", "Manual therapy techniques, each 15 minutes (when used to report dry needling)", "Investigational"),
        ("CPT", "64999", "Unlisted procedure, nervous system (when used to report dry needling)", "Investigational"),
        ("ICD-10-CM", "M79.1-", "Myalgia", "--"),
        ("ICD-10-CM", "M54.2", "Cervicalgia", "--"),
    ], widths=(22, 16, 88, 32), size=7.5)
    p.heading("References")
    for r in [
        "1. Systematic review and meta-analysis of dry needling for neck and shoulder myofascial pain. "
        "Journal of Orthopaedic and Sports Physical Therapy. 2017.",
        "2. Dry needling for low back pain: a Cochrane-style review of randomized trials. Archives of Physical "
        "Medicine and Rehabilitation. 2018.",
        "3. Comparative effectiveness of dry needling and trigger point injection: network meta-analysis. Pain "
        "Medicine. 2021.",
        "4. Adverse events associated with dry needling: a prospective survey of practitioners. Acupuncture in "
        "Medicine. 2014.",
        "5. Clinical practice guideline: neck pain. Revision 2017. Section on manual therapy interventions.",
    ]:
        p.para(r, size=8.5, hang=4, after=1)
    p.heading("Policy History")
    p.grid([
        ("Date", "Action", "Description"),
        ("03/01/2014", "New policy", "Dry needling considered medically necessary for myofascial pain when criteria met."),
        ("08/01/2016", "Policy revision", "Position changed: dry needling considered investigational for all indications."),
        ("01/01/2020", "Coding update", "CPT 20560 and 20561 added; 97140 and 64999 retained for reporting."),
        ("01/01/2024", "Annual review", "Literature updated; policy statement unchanged."),
        ("01/01/2026", "Annual review", "Literature updated through 09/2025; policy statement unchanged."),
    ], widths=(24, 30, 104), size=7.5)
    return save(p, "payers/keystone-mutual-medical-policy-dry-needling.pdf")


# ---------------------------------------------------------------------------
# 6. payers/harborview-evidence-of-coverage-2026.pdf  (payer, not_covered benefit_exclusion)
# ---------------------------------------------------------------------------
def evidence_of_coverage():
    p = Doc("Harborview Health Insurance Company  |  Silver PPO 3500  |  2026 Evidence of Coverage",
            "Form HHIC-EOC-SP3500-26. Please keep this booklet with your important papers.")
    p.add_page()
    p.centered("EVIDENCE OF COVERAGE", 13, "B")
    p.centered("Silver PPO 3500 -- Individual and Family Plan -- Plan Year 2026", 10)
    p.ln(4)
    p.heading("Section 6. Your Covered Services (excerpt)")
    p.para("6.14 Acupuncture. We cover acupuncture when it is performed by a licensed acupuncturist, or by a "
           "physician acting within the scope of his or her license, for the treatment of chronic low back "
           "pain, chronic neck pain, osteoarthritis of the knee, migraine, or nausea associated with "
           "chemotherapy or pregnancy. Coverage is limited to 12 visits per calendar year. Your office visit "
           "copayment applies.")
    p.para("6.15 Rehabilitative and Habilitative Services. We cover outpatient physical therapy, occupational "
           "therapy and speech therapy when they are provided under a written plan of care, up to a combined "
           "30 visits per calendar year for rehabilitative services and a separate 30 visits for habilitative "
           "services. A visit is one date of service with one therapist, regardless of the number of "
           "procedures performed. Services that are excluded in Section 8 are not covered even when they "
           "are performed during a covered therapy visit.")
    p.para("6.16 Chiropractic Services. We cover spinal manipulation by a licensed chiropractor, up to 20 visits "
           "per calendar year. Maintenance care is not covered.")
    p.heading("Section 8. What Is Not Covered (Exclusions and Limitations)")
    p.para("The services and supplies listed in this section are not covered under this plan. An exclusion applies "
           "even if the service is recommended or ordered by your doctor, even if it is the only available "
           "treatment for your condition, and even if it would otherwise be considered medically necessary. "
           "Headings are for convenience only.")
    items = [
        "Services received before your coverage began or after it ended.",
        "Cosmetic surgery and procedures, except as listed in Section 6.",
        "Custodial care and care in a rest home or assisted living facility.",
        "Services provided by a member of your immediate family or household.",
        "Experimental or investigational services, as determined under Section 11, except for approved "
        "clinical trials as required by law.",
        "Hearing aids and hearing aid examinations for adults, except as listed in Section 6.",
        "Weight loss programs, except for services listed under Preventive Care.",
        "Massage therapy, rolfing, and other forms of bodywork, unless performed by a physical therapist as part of "
        "a covered therapy visit.",
        "Dry needling, including trigger point dry needling, intramuscular manual therapy and any other "
        "insertion of needles without injection of a substance (CPT 20560 and 20561), whether the service "
        "is performed by a physical therapist, a chiropractor, an acupuncturist or any other provider, and "
        "whether it is billed alone or as part of a physical therapy or chiropractic visit. Acupuncture that "
        "meets Section 6.14 is not affected by this exclusion.",
        "Prolotherapy and sclerotherapy for musculoskeletal conditions.",
        "Vocational rehabilitation, work hardening and functional capacity evaluations for employment purposes.",
        "Services for which you have no legal obligation to pay, or for which a charge would not have been "
        "made if you had no coverage.",
        "Services covered by workers' compensation or a similar law.",
        "Travel, even if recommended by a physician, except as listed under Transplant Services.",
        "Long-term care, respite care and rest cures.",
        "Orthopedic shoes and foot orthotics, except for members with diabetes.",
        "Vision therapy and orthoptics.",
        "Private-duty nursing in an inpatient setting.",
    ]
    for i, it in enumerate(items, 1):
        p.para(f"8.{i}  {it}", size=9.5, hang=7, after=1.2)
    p.heading("Section 9. Claims and Appeals (excerpt)")
    p.para("If we deny a claim because the service is excluded under Section 8, the denial notice will cite the "
           "exclusion. You may appeal any denial. Because an exclusion is a term of your contract, an appeal of "
           "an excluded service is decided by applying the contract language and does not require review by "
           "a physician reviewer unless you show that the service was not the excluded service. External "
           "review rights are described in Section 9.6.")
    p.heading("Section 11. Definitions (excerpt)")
    p.para("Experimental or investigational means a drug, device, procedure or treatment that we determine, "
           "based on the reliable evidence available at the time of the determination, has not been shown to "
           "improve health outcomes, or that is under study to determine its safety or efficacy. Our medical "
           "policies explain how we apply this definition to particular services.", size=9.5)
    p.para("Medically necessary means health care services that a prudent provider would render to a patient "
           "for the purpose of evaluating, diagnosing or treating an illness, injury or disease, in accordance "
           "with generally accepted standards of medical practice, and not primarily for the convenience of the "
           "patient or provider. A service that is excluded under Section 8 is not covered even if it is "
           "medically necessary.", size=9.5)
    p.para("Plan year means the twelve-month period beginning January 1, 2026.", size=9.5)
    return save(p, "payers/harborview-evidence-of-coverage-2026.pdf")


ALL = [nc_opinion, ny_letter, or_bulletin, fee_schedule, medical_policy, evidence_of_coverage]


def main():
    outs = [f() for f in ALL]
    if "--check" in sys.argv:
        from pypdf import PdfReader
        for o in outs:
            r = PdfReader(str(o))
            print(f"===== {o.relative_to(HERE)}  ({len(r.pages)} pages)")
            for pg in r.pages:
                print(pg.extract_text())
                print("----- page break -----")
    else:
        for o in outs:
            print(o.relative_to(HERE))


if __name__ == "__main__":
    main()
