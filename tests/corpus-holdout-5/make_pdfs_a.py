#!/usr/bin/env python3
"""Build the "a-" PDF documents of corpus-holdout-5.

Lines are broken by this script (not by fpdf's multi_cell) so that the
extracted text breaks mid-sentence, with occasional end-of-line hyphenation.
Each PDF has a running header and a "Page N of M" footer.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FONT = "Helvetica"
SIZE = 10.5
LINE_H = 5.6


class Doc(FPDF):
    def __init__(self, running_header):
        super().__init__(format="Letter", unit="mm")
        self.running_header = running_header
        self.set_margins(28, 24, 28)
        self.set_auto_page_break(True, margin=24)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))

    def header(self):
        self.set_font(FONT, "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running_header, align="L",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-16)
        self.set_font(FONT, "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def split_word(pdf, word, room):
    """Return (head, tail) for hyphenating `word` into `room` mm, or None."""
    if len(word) < 8 or not word.isalpha():
        return None
    fits = [i for i in range(3, len(word) - 2)
            if pdf.get_string_width(word[:i] + "-") <= room]
    if not fits:
        return None
    vowels = "aeiouyAEIOUY"
    # prefer a break after a vowel and before a consonant (syllable-like)
    nice = [i for i in fits if word[i - 1] in vowels and word[i] not in vowels]
    best = max(nice) if nice else max(fits)
    return word[:best] + "-", word[best:]


def wrap(pdf, text, width):
    words = text.split()
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        cand = w if not cur else cur + " " + w
        if pdf.get_string_width(cand) <= width:
            cur = cand
            continue
        room = width - pdf.get_string_width(cur + " ") if cur else width
        parts = split_word(pdf, w, room)
        if parts:
            head, tail = parts
            lines.append((cur + " " + head) if cur else head)
            cur = ""
            words.insert(0, tail)
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def render(name, running_header, title, blocks):
    pdf = Doc(running_header)
    pdf.set_title(title)
    pdf.set_author("corpus-holdout-5")
    pdf.add_page()
    pdf.set_font(FONT, "B", 13)
    for line in wrap(pdf, title, pdf.epw):
        pdf.cell(0, 7, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for kind, text in blocks:
        indent = 0
        if kind == "h":
            pdf.ln(2)
            pdf.set_font(FONT, "B", 11)
        elif kind == "li":
            pdf.set_font(FONT, "", SIZE)
            indent = 7
        else:
            pdf.set_font(FONT, "", SIZE)
        for line in wrap(pdf, text, pdf.epw - indent):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(pdf.epw - indent, LINE_H, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.8 if kind != "li" else 0.6)
    out = HERE / name
    pdf.output(str(out))
    return out


# ---------------------------------------------------------------------------
# a-03: minutes with a failed motion (state-board / unclear)
# ---------------------------------------------------------------------------
MINUTES = [
    ("p", "The regular meeting of the Rhode Island Board of Physical Therapist Examiners "
          "was called to order by Chair Rebecca Tanaka, PT, at 9:02 a.m. on Friday, March 14, 2025, "
          "in Conference Room B of the State Office Building and by video conference. A quorum was "
          "present."),
    ("h", "1. Roll Call"),
    ("p", "Members present: Rebecca Tanaka, PT (Chair); Daniel Osei, PT, DPT (Vice Chair); "
          "Margaret Flynn, PTA; Samuel Ruiz, PT; Linda Park, public member. Members absent: "
          "Victor Amato, PT (excused). Staff present: Executive Director Carol Jennings; Board "
          "Counsel Andrew Whitfield, Assistant Attorney General; Licensing Manager Tom Brisbane."),
    ("h", "2. Approval of Minutes"),
    ("p", "MOTION by Member Ruiz, seconded by Member Park, to approve the minutes of the January "
          "17, 2025 meeting as presented. Motion carried unanimously."),
    ("h", "3. Executive Director's Report"),
    ("p", "Director Jennings reported that 4,812 physical therapists and 1,377 assistants hold "
          "active licenses. The online renewal system will migrate to the new vendor platform in "
          "August. Three complaints were opened during the quarter and two were closed without "
          "action."),
    ("h", "4. Old Business: Dry Needling Inquiry from the Physical Therapy Association"),
    ("p", "Chair Tanaka summarized the letter received in November 2024 from the state physical "
          "therapy association asking the Board to state publicly that dry needling is within the "
          "scope of practice of physical therapy. Counsel Whitfield reminded members that the "
          "practice act neither mentions dry needling nor expressly excludes procedures that "
          "penetrate the skin, and that the Board has never adopted a rule or issued a formal "
          "statement on the subject. He advised that any position the Board takes should be "
          "based on the statutory definition rather than on the practices of other states."),
    ("p", "Public comment. The Chair opened the floor for public comment, limited to three minutes "
          "per speaker."),
    ("li", "Dr. Helen Marsh, L.Ac., president of the state acupuncture association, stated that "
           "inserting a filiform needle to affect muscle is acupuncture regardless of what it is "
           "called, that acupuncturists complete more than 1,900 hours of training, and that a "
           "weekend course is not a substitute. She urged the Board not to act."),
    ("li", "James Cole, L.Ac., described two patients he had treated after they reported bruising "
           "and a suspected pneumothorax following dry needling at other clinics. He asked the "
           "Board to refer the matter to the Legislature."),
    ("li", "Priya Natarajan, PT, DPT, speaking for the physical therapy association, stated that "
           "dry needling is taught in most accredited programs and that more than thirty states "
           "allow it in some form."),
    ("li", "Two members of the public spoke in favor of access to the service, and one spoke "
           "against it."),
    ("p", "Board discussion. Vice Chair Osei said that in his view the technique is a form of "
          "manual therapy and fits comfortably in the existing definition. Member Flynn said she "
          "was not comfortable deciding the question without a rulemaking record. Member Park "
          "questioned whether the Board had authority to address the matter by a statement rather "
          "than a rule. Member Ruiz said he wanted to see the training standards adopted in other "
          "states before voting."),
    ("p", "MOTION by Vice Chair Osei, seconded by Chair Tanaka, to affirm that dry needling is "
          "within the scope of practice of a physical therapist licensed in this state when the "
          "physical therapist has completed appropriate training. Roll call vote: Osei, yes; "
          "Tanaka, yes; Flynn, no; Park, no; Ruiz, no. The motion FAILED, 2-3."),
    ("p", "No other motion was made on the subject. Counsel Whitfield noted for the record that "
          "the failure of the motion does not constitute a finding that dry needling is outside "
          "the scope of practice; the Board has simply not taken a position. By consensus, the "
          "Chair directed staff to compile the rules of other jurisdictions and to place the "
          "topic on a future agenda for further discussion. No date was set."),
    ("h", "5. New Business: Continuing Competence Course Approvals"),
    ("p", "MOTION by Member Ruiz, seconded by Member Flynn, to approve the eleven continuing "
          "competence courses listed in Attachment C, excluding the course titled \"Introduction "
          "to Dry Needling, Level 1,\" which was tabled pending the discussion above. Motion "
          "carried, 5-0."),
    ("h", "6. Rulemaking Update"),
    ("p", "Director Jennings reported that the amendments to the supervision rule for assistants "
          "in home health settings were filed and take effect on May 1, 2025. The fee rule "
          "remains under review by the Governor's office."),
    ("h", "7. Public Comment on Non-Agenda Items"),
    ("p", "None."),
    ("h", "8. Adjournment"),
    ("p", "There being no further business, the meeting adjourned at 11:47 a.m. The next regular "
          "meeting is scheduled for May 16, 2025."),
    ("p", "Minutes approved by the Board on May 16, 2025. Respectfully submitted, Carol Jennings, "
          "Executive Director."),
]

# ---------------------------------------------------------------------------
# a-08: adopted rule with a future effective date (state-board / on_hold)
# ---------------------------------------------------------------------------
RULE_2027 = [
    ("p", "Agency: Louisiana Physical Therapy Board. Action: Notice of Final Rule. Rule: LAC "
          "46:LIV.Chapter 3, Subchapter D, Sections 395 through 399 (Dry Needling). Authority: "
          "R.S. 37:2405 and Act 212 of the 2026 Regular Session."),
    ("h", "Summary"),
    ("p", "Act 212 of the 2026 Regular Session amended the Physical Therapy Practice Act to "
          "include dry needling in the definition of physical therapy, beginning on the date on "
          "which rules adopted by the Board take effect. Act 212 also provides that, until that "
          "date, no physical therapist may perform dry needling in this state. The Board "
          "published a notice of intent in the June 20, 2026 issue of the Register, held a public "
          "hearing on July 28, 2026, and adopted the rule at its meeting of September 9, 2026."),
    ("p", "In accordance with Section 399 below, the rule takes effect on January 1, 2027. The "
          "Board selected a delayed effective date so that licensees would have time to submit "
          "documentation and so that the Board could build the online registry. Licensees are "
          "reminded that until January 1, 2027, dry needling remains outside the practice of "
          "physical therapy in this state, and that performing it before that date may result "
          "in disciplinary action."),
    ("h", "Text of Rule"),
    ("p", "Section 395. Definitions. For purposes of this Subchapter: \"Dry needling\" means a "
          "skilled technique performed by a physical therapist using solid filiform needles, "
          "without the injection of any substance, that penetrate the skin and underlying "
          "tissues to treat neuromuscular pain and functional movement deficits. "
          "\"Registered dry needling provider\" means a physical therapist whose name appears on "
          "the registry maintained under Section 397."),
    ("p", "Section 396. Requirements. A. A physical therapist may perform dry needling only if "
          "the physical therapist:"),
    ("li", "1. has practiced physical therapy for at least two years under a license in good "
           "standing in any United States jurisdiction;"),
    ("li", "2. has completed at least 50 hours of face-to-face instruction in dry needling, "
           "including instruction in contraindications, blood-borne pathogens, and the "
           "management of adverse events, together with at least 200 supervised patient "
           "treatment sessions; and"),
    ("li", "3. is listed as a registered dry needling provider under Section 397."),
    ("p", "B. Dry needling may not be delegated to a physical therapist assistant, an aide, or a "
          "student."),
    ("p", "C. The physical therapist shall obtain the written informed consent of the patient "
          "before the first treatment and shall document each treatment, including the muscles "
          "needled and the number of needles used."),
    ("p", "Section 397. Registry. A. A physical therapist seeking to be listed shall submit the "
          "Board's application form, proof of completion of the requirements of Section 396.A.1 "
          "and 2, and the fee established in Section 161. B. The Board shall begin accepting "
          "applications on the effective date of this Subchapter and shall act on a complete "
          "application within 30 days."),
    ("p", "Section 398. Audit. The Board may audit any registered dry needling provider and may "
          "remove from the registry any provider who fails to produce records within 30 days of "
          "a request."),
    ("p", "Section 399. Effective Date. This Subchapter shall take effect on January 1, 2027."),
    ("h", "Response to Comments"),
    ("p", "The Board received 138 written comments. The state acupuncture association asked the "
          "Board to require 300 hours of instruction; the Board declined because Act 212 sets "
          "the minimum at 50 hours and the Board concluded that the supervised-session "
          "requirement adequately addresses clinical competence. Several physical therapists "
          "asked the Board to allow dry needling immediately for licensees who already hold "
          "certificates from private organizations. The Board lacks authority to do so: under "
          "Act 212 the permission to perform dry needling does not exist until the rule is "
          "effective, and a private certificate cannot substitute for registry listing."),
    ("h", "Fiscal and Economic Impact"),
    ("p", "The registry is expected to cost approximately $18,000 to build and will be funded from "
          "self-generated fees. Licensees who seek listing will incur a $75 fee and the cost of "
          "any training not already completed."),
    ("p", "Charlotte M. Guidry, Executive Director. Filed with the Office of the State Register "
          "September 22, 2026."),
]

# ---------------------------------------------------------------------------
# a-15: agenda with an attached bibliography (state-board / unclear)
# ---------------------------------------------------------------------------
AGENDA = [
    ("p", "Colorado State Physical Therapy Board. Regular Meeting. Thursday, "
          "October 8, 2026, 9:00 a.m. Location: 1560 Broadway, Room 110, and by web "
          "conference. This agenda is subject to change. Items may be taken out of order at the "
          "discretion of the Chair. Public comment is accepted on agenda items only, at the time "
          "the item is called."),
    ("h", "Agenda"),
    ("li", "1. Call to order; roll call; determination of quorum."),
    ("li", "2. Approval of the agenda."),
    ("li", "3. Approval of the minutes of the August 13, 2026 meeting."),
    ("li", "4. Program director's report: licensing statistics, budget, and staffing."),
    ("li", "5. Disciplinary matters (executive session under Section 24-6-402(3)(a)): cases "
           "2026-0114, 2026-0122, 2026-0137, and 2026-0141."),
    ("li", "6. Rulemaking: proposed amendments to Rule 1.7 (continuing competency); set "
           "hearing date."),
    ("li", "7. Dry needling: correspondence received from the state acupuncture association "
           "(dated July 2, 2026) and from a licensee (dated August 21, 2026) requesting the "
           "Board's interpretation of the practice act. Discussion only; no action will be taken "
           "at this meeting. Reference materials are listed in Attachment A."),
    ("li", "8. Federation of State Boards: annual meeting report from the Board's delegate."),
    ("li", "9. Public comment on non-agenda items (limited to 3 minutes per speaker)."),
    ("li", "10. Future agenda items and meeting dates."),
    ("li", "11. Adjournment."),
    ("p", "Persons who need an accommodation to participate should contact the program office at "
          "least 72 hours before the meeting. Materials for items in executive session are "
          "confidential and are not included in this packet."),
    ("h", "Attachment A: Reference Materials for Item 7 (Dry Needling)"),
    ("p", "The following materials were compiled by staff at the Chair's request and are "
          "provided to members for background reading. Inclusion of an item does not indicate "
          "that the Board agrees with its contents or has adopted any conclusion stated in it."),
    ("li", "A-1. Letter from the state acupuncture association to the Board, July 2, 2026, "
           "\"Request for Declaration that Dry Needling Constitutes Acupuncture\" (6 pages)."),
    ("li", "A-2. Letter from a licensed physical therapist to the Board, August 21, 2026, "
           "asking whether she may use intramuscular manual therapy in her practice (1 page)."),
    ("li", "A-3. Federation of State Boards of Physical Therapy. Analysis of Competencies for "
           "Dry Needling by Physical Therapists. Final report, 2015."),
    ("li", "A-4. American Physical Therapy Association. Description of Dry Needling in Clinical "
           "Practice: An Educational Resource Paper. 2013."),
    ("li", "A-5. Journal article: \"Dry needling is within the scope of physical therapist "
           "practice: a legal analysis.\" Journal of Manual and Manipulative Therapy. 2018."),
    ("li", "A-6. Journal article: \"Dry needling: a literature review with implications for "
           "clinical practice guidelines.\" Physical Therapy Reviews. 2014."),
    ("li", "A-7. Council of Colleges of Acupuncture and Herbal Medicine. Position Paper on Dry "
           "Needling. 2011."),
    ("li", "A-8. Table prepared by staff: statutes, rules, and board opinions in 12 other "
           "jurisdictions, current as of September 2026 (4 pages). Staff note: several entries "
           "are based on secondary sources and have not been verified."),
    ("li", "A-9. Excerpt from the practice act, Section 12-285-103 (definitions), with no "
           "annotations."),
    ("h", "Staff Note"),
    ("p", "Staff have not prepared a recommendation on Item 7. Board members are reminded that "
          "discussion at a public meeting does not constitute an opinion of the Board and that "
          "the Board may address the subject only by an action taken on a properly noticed "
          "agenda item. Licensees who call the office are being told that the Board has not "
          "issued guidance on the subject."),
    ("p", "Posted October 1, 2026, in accordance with the open meetings law. Agenda prepared by "
          "Janet Ocampo, Program Director."),
]

# ---------------------------------------------------------------------------
# a-p2: payer policy, dry needling investigational (payer / not_covered E/I)
# ---------------------------------------------------------------------------
PAYER_EI = [
    ("p", "Policy Number: 2.01.98. Original Policy Date: 09/2014. Last Review Date: 08/2026. "
          "Effective Date: 10/01/2026. Section: Medicine. Applies to: all commercial products; "
          "Federal Employee Program members are subject to FEP Medical Policy Manual."),
    ("h", "Disclaimer"),
    ("p", "Medical policies are used to make coverage determinations for the Plan's members. "
          "They do not constitute medical advice and do not dictate how providers practice. "
          "Benefits and eligibility are governed by the member's contract. If there is a "
          "conflict between this policy and a member's contract, the contract governs."),
    ("h", "Policy"),
    ("p", "1. Trigger point injection of a local anesthetic, with or without a corticosteroid "
          "(CPT 20552, 20553), is considered medically necessary for the treatment of "
          "myofascial pain syndrome when ALL of the following are met: (a) trigger points have "
          "been identified by palpation; (b) symptoms have persisted for at least three "
          "months; (c) the injections are part of a plan that includes active therapy; and (d) "
          "no more than four injection sessions are performed in a 12-month period."),
    ("p", "2. Dry needling of trigger points (needle insertion without injection; CPT 20560, "
          "20561), including functional dry needling and intramuscular stimulation, is "
          "considered experimental/investigational for all indications because the available "
          "evidence is insufficient to determine its effect on health outcomes."),
    ("p", "3. Injection of botulinum toxin into trigger points is addressed in policy 5.01.05."),
    ("h", "Background"),
    ("p", "Myofascial pain syndrome is a regional pain disorder associated with hyperirritable "
          "spots in skeletal muscle called trigger points. Treatments include stretching, "
          "exercise, manual therapy, trigger point injection, and dry needling. In dry needling, "
          "a fine solid needle is inserted into the trigger point to provoke a local twitch "
          "response; nothing is injected. The procedure is performed by physical therapists, "
          "chiropractors, and physicians in states that permit it."),
    ("h", "Rationale"),
    ("p", "The policy was created in 2014 with a literature review through June 2014 and has been "
          "updated regularly; the most recent update covers the literature through May 2026."),
    ("p", "Dry needling. Randomized trials of dry needling are numerous but generally small, "
          "of short duration, and at high or unclear risk of bias. Comparators vary widely "
          "(sham needling, no treatment, exercise, manual therapy, injection), as do the "
          "number of sessions and the muscles treated. Pooled analyses report short-term "
          "reductions in pain compared with sham or no treatment, but effects are inconsistent "
          "at follow-up beyond 12 weeks, and few trials measured function in a validated "
          "manner. Blinding is difficult, and the placebo contribution of needling has not been "
          "characterized. These limitations prevent conclusions about whether dry needling "
          "improves net health outcomes. The evidence is therefore insufficient."),
    ("p", "Trigger point injection. Although the evidence for trigger point injection also has "
          "limitations, the procedure has a long history of use, is recommended in several "
          "specialty society guidelines, and clinical input obtained in 2019 supported its use "
          "in the population described above."),
    ("h", "Coding"),
    ("li", "20552 Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s) -- "
           "medically necessary when criteria met."),
    ("li", "20553 Injection(s); single or multiple trigger point(s), 3 or more muscles -- "
           "medically necessary when criteria met."),
    ("li", "20560 Needle insertion(s) without injection(s); 1 or 2 muscle(s) -- "
           "investigational."),
    ("li", "20561 Needle insertion(s) without injection(s); 3 or more muscles -- "
           "investigational."),
    ("h", "References"),
    ("li", "1. Meta-analysis of dry needling for upper-quarter myofascial pain. 2017."),
    ("li", "2. Sham-controlled trial of dry needling for chronic neck pain. 2022."),
    ("li", "3. Systematic review: dry needling versus injection for trigger points. 2024."),
    ("li", "4. Specialty society guideline for chronic musculoskeletal pain. 2025."),
    ("h", "Policy History"),
    ("li", "09/2014 New policy. Trigger point injections medically necessary with criteria; dry "
           "needling investigational."),
    ("li", "08/2019 Clinical input obtained. Criteria for injections revised."),
    ("li", "01/2020 Codes 20560 and 20561 added. Position on dry needling unchanged."),
    ("li", "08/2024 Policy reviewed. A proposal to cover dry needling for neck pain was "
           "considered and not adopted. Position unchanged."),
    ("li", "08/2026 Literature updated through May 2026. Position unchanged."),
]

DOCS = [
    ("boards/a-03-minutes-failed-motion.pdf",
     "Rhode Island Board of Physical Therapist Examiners -- Minutes -- March 14, 2025",
     "Minutes of the Regular Meeting, March 14, 2025", MINUTES),
    ("boards/a-08-final-rule-effective-2027.pdf",
     "Louisiana Register -- Rules -- Physical Therapy Board -- Vol. 52, No. 9",
     "RULE: Physical Therapy Board -- Dry Needling (LAC 46:LIV.395-399)", RULE_2027),
    ("boards/a-15-agenda-reference-list.pdf",
     "Colorado State Physical Therapy Board -- Meeting Agenda -- October 8, 2026",
     "Notice of Public Meeting and Agenda", AGENDA),
    ("payers/a-p2-policy-trigger-point-investigational.pdf",
     "Summit Crest Health -- Medical Policy 2.01.98 -- Trigger Point Injection and Dry Needling",
     "Medical Policy: Trigger Point Injection and Dry Needling", PAYER_EI),
]

if __name__ == "__main__":
    for name, header, title, blocks in DOCS:
        out = render(name, header, title, blocks)
        print("wrote", out.relative_to(HERE))
