#!/usr/bin/env python3
"""Build the g-*.pdf state-board documents for corpus-holdout-8.

Lines are broken by this script (not by fpdf), so sentences break mid-line
and some words are hyphenated at the end of a line. Every page carries a
running header and a "Page N of M" footer. Core Helvetica, latin-1 only.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "boards"

FONT_SIZE = 11
LINE_H = 6.2
TEXT_W = 150  # mm, narrower than the page so lines wrap often


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="Letter", unit="mm")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_auto_page_break(True, margin=22)
        self.set_margins(25, 22, 25)

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.line(25, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(110, 5, self.footer_text, align="L")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def wrap(pdf, text, width, state):
    """Greedy wrap; every few overflowing long words get hyphenated."""
    lines, cur = [], ""
    for word in text.split():
        trial = word if not cur else cur + " " + word
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        state["n"] += 1
        split_done = False
        if len(word) >= 7 and word.isalpha() and state["n"] % 2 == 0:
            for cut in range(len(word) - 3, 3, -1):
                head = word[:cut] + "-"
                cand = head if not cur else cur + " " + head
                if pdf.get_string_width(cand) <= width:
                    lines.append(cand)
                    cur = word[cut:]
                    split_done = True
                    break
        if not split_done:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def build(name, header_text, footer_text, title, blocks):
    pdf = Doc(header_text, footer_text)
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    for line in wrap(pdf, title, TEXT_W, {"n": 1}):
        pdf.cell(TEXT_W, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    state = {"n": 0}
    for block in blocks:
        if block.startswith("## "):
            pdf.set_font("Helvetica", "B", FONT_SIZE + 1)
            pdf.ln(2)
            for line in wrap(pdf, block[3:], TEXT_W, {"n": 1}):
                pdf.cell(TEXT_W, LINE_H + 1, line, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "", FONT_SIZE)
        for line in wrap(pdf, block, TEXT_W, state):
            pdf.cell(TEXT_W, LINE_H, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(OUT / name))


def paras(s):
    return [" ".join(p.split()) for p in s.strip().split("\n\n")]


DOCS = []

DOCS.append((
    "g-arizona-board-bulletin.pdf",
    "Arizona Board of Physical Therapy -- The Board Bulletin -- Fall Issue",
    "Arizona Board of Physical Therapy | 1740 W. Adams St., Phoenix",
    "The Board Bulletin: News for Arizona Physical Therapy Licensees",
    paras("""
## From the Executive Director

This issue arrives as the Board closes out a busy year. We processed more
applications for licensure than in any prior year, largely because of
compact privileges issued to therapists relocating from neighboring
states. We also finished moving our complaint files to the new case
management system, which should shorten the time between a complaint
and a decision.

## Dry Needling: Answers to Your Most Common Questions

Our staff fields more questions about trigger point dry needling than
about any other clinical topic. Arizona statute has included dry
needling in the definition of physical therapy for several years, and
the Board's rule implementing it is in effect. In short, a physical
therapist licensed in Arizona may perform dry needling once the
therapist meets the requirements described below.

Training. The therapist must complete a minimum of twenty-four hours of
dry needling coursework that includes in-person, hands-on instruction.
The course must address anatomy, indications and contraindications,
sterile needle procedures, and management of complications. Courses
consisting entirely of recorded video do not qualify.

Experience. The rule requires that a therapist have at least one year
of licensed clinical experience before performing needle insertions
without injection on patients. New graduates who learned the technique
in school must still wait until that year has passed.

Consent and records. Before the first treatment the therapist must
obtain the patient's written informed consent, which must state that
dry needling is not acupuncture. The treatment note must identify the
muscles needled and the patient's tolerance.

Assistants. Physical therapist assistants are not permitted to perform
the procedure in any setting.

There is no separate application. The therapist keeps proof of the
coursework and produces it if the Board requests it during an audit or
investigation. In the past two years the Board has disciplined two
therapists for needling before completing qualifying training; in
both cases the therapists had taken only an introductory online course.

## Renewal Season Reminders

Licenses expire on the last day of the licensee's birth month in
even-numbered years. Twenty hours of continuing competence are
required, including three hours of jurisprudence. Please do not wait
until the final week: the online system slows considerably in the last
days of each month.

## Board Member Recognition

The Board thanks its outgoing public member, who served two full terms
and chaired the complaint review committee. A replacement appointment
is pending with the Governor's office.

## Disciplinary Actions

Summaries of final orders entered since the last Bulletin appear on the
Board's website under Public Records. Orders involved documentation
lapses, practicing on a lapsed license, and one case of boundary
violations.
"""),
))

DOCS.append((
    "g-new-mexico-endorsement-pending.pdf",
    "New Mexico Physical Therapy Board -- Regulation and Licensing Department",
    "NM RLD Boards & Commissions Division | Santa Fe",
    "Public Notice: Status of the Dry Needling Endorsement",
    paras("""
## Background

During the most recent legislative session, the Physical Therapy Act was
amended to permit a physical therapist to perform dry needling after
receiving a dry needling endorsement from the Board. The amendment has
been signed and is now part of the Act. Many licensees have written to
ask what it means for their practice in the coming months. This notice
is the Board's answer.

## What the amendment does

The amendment adds a definition of dry needling, described as a skilled
intervention using a thin filiform needle to penetrate the skin and
stimulate underlying myofascial trigger points, muscular and
connective tissues, without the injection of any drug. It then provides
that a physical therapist who wishes to perform the intervention shall
apply for an endorsement, that the Board shall issue the endorsement to
an applicant who meets education standards set by rule, and that no
physical therapist shall perform dry needling without it.

## Why practice cannot begin yet

The endorsement is the only route the statute provides. The Board has
not yet issued a single one, because the education standards that an
applicant must satisfy are still being written. The Board published a
proposed rule calling for a minimum number of hours of combined
didactic and supervised clinical training and is now reviewing the
comments it received, which were extensive.

Until an endorsement is issued to a particular physical therapist, that
therapist may not perform dry needling in New Mexico. This is true
regardless of how much training the therapist has already completed,
how long the therapist has been in practice, or whether the therapist
is authorized to perform the procedure in another state. The Board
reminds licensees that treating patients with needles before holding
the endorsement would be practice beyond the scope of the license and
may result in discipline.

## Expected steps

1. Board adoption of the final education rule at a public meeting.
2. Filing of the rule with the State Records Center and publication in
the New Mexico Register.
3. Release of the endorsement application on the Board's online
licensing system.
4. Review of applications and issuance of endorsements.

The Board will notify licensees by email at each step. Please make sure
your email address on file is current.

## Frequently raised concerns

Some commenters asked the Board to allow therapists with extensive
out-of-state experience to practice on an interim basis. The Board has
no authority to create such an exception; the statute ties the
privilege to the endorsement. Others asked whether acupuncturists will
be consulted. The Board has invited the Acupuncture and Oriental
Medicine Board to comment on the proposed rule.

Issued by order of the Board. Direct questions to the Board
administrator at the Toney Anaya Building, Santa Fe.
"""),
))

DOCS.append((
    "g-california-scope-bulletin.pdf",
    "Physical Therapy Board of California -- Consumer and Licensee Bulletin",
    "PTBC | Department of Consumer Affairs | Sacramento",
    "Scope of Practice Reminder: Needle-Based Procedures",
    paras("""
## Why we are publishing this reminder

Over the past year the Board's enforcement unit has opened a growing
number of cases involving physical therapists who advertise or perform
dry needling. Some of these licensees told investigators they believed
the procedure had been approved in California because it is approved
in many other states, or because their continuing education provider
said so. This article explains the Board's position and the legal basis
for it.

## The legal framework

Business and Professions Code section 2620 defines physical therapy.
The definition is detailed, and the Legislature amended it several
times to add or clarify particular procedures, including the limited
authority to perform certain tissue penetration for electromyography
when separately certified. It contains no authority to insert needles
into muscle for therapeutic purposes. Section 2620 also states that
physical therapy does not include the practice of medicine or any
other healing art that requires a different license.

California licenses acupuncturists under a separate chapter of the
Code, and that chapter defines acupuncture to include the stimulation
of points on or near the surface of the body by the insertion of
needles to prevent or modify the perception of pain or to normalize
physiological functions.

## The Board's conclusion

Reading these provisions together, the Board has concluded, with the
concurrence of its legal counsel, that dry needling by a physical
therapist is prohibited in California. The procedure is outside the
physical therapy scope defined in section 2620, and inserting needles
to treat pain constitutes acupuncture under the acupuncture chapter.
The name applied to the technique -- trigger point dry needling,
functional dry needling, intramuscular manual therapy -- makes no
difference, and neither does the number of training hours a therapist
has completed.

## Consequences

A licensee who performs dry needling may be cited and fined, placed on
probation, or face license revocation. Billing a payer for needle
insertions without injection under CPT 20560 or 20561 for services
rendered as a physical therapist may also draw scrutiny for misleading
claims. Clinic owners should remove references to the service from
websites, brochures, and intake forms.

## What would change the answer

Only legislation could. Bills to add dry needling to section 2620 have
been introduced and have not been enacted. The Board will publicize any
change in the law if one occurs.

## Other items

The Board also reminds licensees that the California Law Examination
must be passed before an initial license is issued, and that the
Board's online renewal system now accepts electronic proof of
continuing competency.
"""),
))

DOCS.append((
    "g-pennsylvania-rules-pending.pdf",
    "Pennsylvania State Board of Physical Therapy -- Licensee Update",
    "Bureau of Professional and Occupational Affairs | Harrisburg, PA",
    "Dry Needling Act: Effective Date and Rulemaking Status",
    paras("""
## The new law

The General Assembly has passed and the Governor has signed an act
amending the Physical Therapy Practice Act to recognize dry needling as
a procedure that a licensed physical therapist may perform. The act
defines the term, limits the procedure to physical therapists, and
directs the Board to promulgate regulations establishing the education
and competency requirements a therapist must meet.

The act took effect on the date stated in its final section. The Board
understands that many licensees have been waiting for this change for a
long time, and several have asked whether they can now add the service.

## The answer for now

They cannot yet. The act provides that a physical therapist may perform
dry needling only after meeting the requirements set by regulation, and
the Board has not yet promulgated those regulations. Until the Board's
rules are adopted and published as final in the Pennsylvania Bulletin,
a physical therapist may not perform dry needling in the Commonwealth.

The Board recognizes that this creates a period in which the statute
is on the books but cannot be used. That result follows from the way
the act was written and is not within the Board's discretion to change.

## The rulemaking process

Pennsylvania's regulatory review process has several stages. The Board
must approve a proposed rulemaking, which is then published for public
comment and reviewed by the Independent Regulatory Review Commission
and the standing committees of the House and Senate. After the comment
period, the Board prepares a final-form rulemaking responding to the
comments, which again goes to the Commission for approval before
publication. The process commonly takes well over a year.

The Board's regulatory committee has begun drafting. Among the issues
under discussion are the minimum number of hours of instruction, the
proportion of hands-on laboratory hours, whether a period of licensed
practice should be required first, and how therapists will document
compliance.

## Training taken in the meantime

Licensees may continue to take education in the technique. Whether a
particular course will satisfy the final rule cannot be known until the
rule is final. Keep detailed records, including syllabi and the number
of supervised laboratory hours.

## Stay informed

Sign up for Board email alerts on the Bureau's website, and watch the
Pennsylvania Bulletin for notice of the proposed rulemaking. The Board
will accept written comments from any member of the public during the
comment period.
"""),
))

DOCS.append((
    "g-missouri-practice-act-summary.pdf",
    "Missouri Advisory Commission for Physical Therapists -- Practice Act Summary",
    "Division of Professional Registration | 3605 Missouri Blvd, Jefferson City",
    "Plain-Language Summary of the Missouri Physical Therapy Practice Act",
    paras("""
## About this summary

This summary was prepared by Commission staff to help new licensees and
members of the public understand the main features of the physical
therapy law in Chapter 334 of the Revised Statutes of Missouri. It is
not a substitute for the statute or the Commission's regulations, and
it does not address every practice question that may arise.

## Licensure

A person must hold a Missouri license, or a privilege to practice
issued through the Physical Therapy Compact, to practice physical
therapy or to use the title physical therapist. Applicants must
graduate from an accredited program, pass the national examination,
and pass the Missouri jurisprudence examination.

## Practice without a prescription

Missouri permits a physical therapist to evaluate and treat a patient
without a prescription, subject to limits. A therapist treating a
patient without a prescription must have practiced for a minimum
period and must refer the patient to an appropriate provider if the
patient does not show measurable improvement within a set number of
visits or days.

## Physical therapist assistants

An assistant works under the general supervision of a physical
therapist. The supervising therapist retains responsibility for
evaluation, the plan of care, and discharge.

## Continuing competency

Licensees must complete thirty hours of continuing competency every
two years. At least two hours must address ethics or jurisprudence.

## Discipline

The Commission may recommend discipline for grounds such as
incompetence, fraud in obtaining a license, impairment, practicing
beyond the scope of the license, or a criminal conviction reasonably
related to practice.

## Legislative watch

A bill introduced this session would add a definition of dry needling
to Chapter 334 and would direct the Commission to set training
standards. The bill has been referred to committee and has not had a
hearing. Unless and until a bill is enacted, this summary will not be
revised to address it. The Commission has not adopted any statement
on the subject.

## See also

Related topics for which the Commission maintains separate pages:
telehealth in physical therapy; the Physical Therapy Compact; dry
needling; supervision ratios for assistants; record retention; and
billing questions, which the Commission refers to the Department of
Insurance.

Prepared by Commission staff. For authoritative text, consult the
Revised Statutes of Missouri and Title 20 CSR 2150.
"""),
))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, head, foot, title, blocks in DOCS:
        build(name, head, foot, title, blocks)
        print("wrote", name)
