#!/usr/bin/env python3
"""Build the PDF documents of held-out corpus 10.

Uses fpdf2 with the core Helvetica font only. Line breaking is done here,
not by fpdf: paragraphs are wrapped by measured string width, and now and
then a long word at the end of a line is hyphenated. Every document gets a
running header and a "Page N of M" footer.

Markup used in the document bodies below:
  # text        heading
  ## text       sub-heading
  @ a | b | c   table row (cells placed at the document's column stops)
  - text        bullet item
  (blank line)  paragraph break
  ===           forced page break
Any other line is paragraph text; consecutive lines are joined.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CREATED = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, header_text, footer_left):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.header_text = header_text
        self.footer_left = footer_left
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(False)
        self.alias_nb_pages()

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(self.epw, 4, self.header_text, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, self.h - 14)
        self.cell(self.epw / 2, 4, self.footer_left, align="L")
        self.cell(self.epw / 2, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def wrap(pdf, text, width, hyphenate=True):
    """Greedy wrap by measured width, with occasional end-of-line hyphenation."""
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        trial = w if not cur else cur + " " + w
        if pdf.get_string_width(trial) <= width:
            cur = trial
            i += 1
            continue
        # word does not fit; maybe hyphenate it
        room = width - pdf.get_string_width((cur + " ") if cur else "")
        core = w.rstrip(".,;:)")
        if (hyphenate and cur and core.isalpha() and len(core) >= 8
                and room > 0.06 * width):
            best = None
            vowels = "aeiouyAEIOUY"
            for k in range(len(core) - 3, 3, -1):
                # break after a vowel and before a consonant, roughly at a syllable
                tail_ok = core[k] not in vowels and core[k + 1] in vowels
                head_ok = core[k - 1] in vowels or (
                    core[k - 2] in vowels and core[k - 1] not in vowels)
                if not (tail_ok and head_ok) or core[k - 1:k + 1].lower() in (
                        "th", "ch", "sh", "ph", "ck", "qu"):
                    continue
                if pdf.get_string_width(core[:k] + "-") <= room:
                    best = k
                    break
            if best:
                lines.append(cur + " " + core[:best] + "-")
                words[i] = w[best:]
                cur = ""
                continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # a single over-long token
            lines.append(w)
            i += 1
    if cur:
        lines.append(cur)
    return lines


def render(spec):
    pdf = Doc(spec["header"], spec["footer"])
    pdf.set_title(spec["title"])
    pdf.set_author(spec["author"])
    pdf.set_creator("Document publishing system")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    lh = spec.get("line_height", 5.6)
    size = spec.get("size", 10.5)
    bottom = pdf.h - 24
    stops = spec.get("stops", [0, 0.3, 0.7])

    def need(h):
        if pdf.get_y() + h > bottom:
            pdf.add_page()

    def emit_lines(lines, indent=0.0, bullet=False):
        for n, ln in enumerate(lines):
            need(lh)
            pdf.set_x(pdf.l_margin + indent)
            if bullet and n == 0:
                pdf.set_x(pdf.l_margin + indent - 4)
                pdf.cell(4, lh, "-")
            pdf.cell(pdf.epw - indent, lh, ln)
            pdf.ln(lh)

    # title block
    pdf.set_font("Helvetica", "B", 14)
    for ln in wrap(pdf, spec["title"], pdf.epw, hyphenate=False):
        pdf.cell(pdf.epw, 7, ln)
        pdf.ln(7)
    pdf.set_font("Helvetica", "", 9)
    for meta in spec.get("meta", []):
        pdf.cell(pdf.epw, 4.8, meta)
        pdf.ln(4.8)
    pdf.ln(3)

    para = []

    def flush():
        if para:
            pdf.set_font("Helvetica", "", size)
            emit_lines(wrap(pdf, " ".join(para), pdf.epw))
            pdf.ln(lh * 0.5)
            para.clear()

    for raw in spec["body"].strip("\n").split("\n"):
        line = raw.rstrip()
        if line == "===":
            flush()
            pdf.add_page()
        elif line.startswith("## "):
            flush()
            need(lh * 3)
            pdf.set_font("Helvetica", "BI", size)
            emit_lines(wrap(pdf, line[3:], pdf.epw, hyphenate=False))
        elif line.startswith("# "):
            flush()
            need(lh * 4)
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", size + 1)
            emit_lines(wrap(pdf, line[2:], pdf.epw, hyphenate=False))
            pdf.ln(1)
        elif line.startswith("@ "):
            flush()
            cells = [c.strip() for c in line[2:].split("|")]
            pdf.set_font("Helvetica", "", size - 1)
            wrapped = []
            for j, c in enumerate(cells):
                x0 = stops[j] * pdf.epw
                x1 = stops[j + 1] * pdf.epw if j + 1 < len(stops) else pdf.epw
                wrapped.append(wrap(pdf, c, x1 - x0 - 2, hyphenate=False))
            rows = max(len(w) for w in wrapped)
            need(rows * (lh - 0.6) + 1)
            y0 = pdf.get_y()
            for j, wl in enumerate(wrapped):
                for r, txt in enumerate(wl):
                    pdf.set_xy(pdf.l_margin + stops[j] * pdf.epw, y0 + r * (lh - 0.6))
                    pdf.cell(0, lh - 0.6, txt)
            pdf.set_y(y0 + rows * (lh - 0.6) + 0.8)
        elif line.startswith("- "):
            flush()
            pdf.set_font("Helvetica", "", size)
            emit_lines(wrap(pdf, line[2:], pdf.epw - 8), indent=8, bullet=True)
        elif line == "":
            flush()
        else:
            para.append(line)
    flush()
    out = HERE / spec["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out, pdf.pages_count


DOCS = []

# ---------------------------------------------------------------- boards
DOCS.append(dict(
    file="boards/tn-board-bulletin-fall-2025.pdf",
    title="The Board Bulletin - Fall 2025",
    author="Tennessee Board of Physical Therapy",
    header="Tennessee Board of Physical Therapy  |  The Board Bulletin  |  Volume 14, Issue 2",
    footer="Printed on 10/06/2026 from tn.gov/health",
    meta=["Published by the Tennessee Board of Physical Therapy, Division of Health Related Boards",
          "665 Mainstream Drive, Nashville, Tennessee"],
    body="""
# From the Chair

Fall is when our office hears from the largest number of licensees, mostly
because renewal notices and continuing competence audits go out at the
same time. I want to thank the staff, who handled more than four thousand
phone calls during the summer months, and the members of the public who
took time to attend our rulemaking hearing in June. Your comments made the
final rules better than the drafts.

This issue covers the rule amendments the Board adopted this year, a
reminder about audit deadlines, and a summary of recent disciplinary
actions. As always, the Bulletin is a convenience; the statutes and the
rules themselves are the authority.

# Continuing Competence Audit

Licensees selected for the 2025 audit received a letter in September.
You have sixty days from the date of the letter to upload documentation.
Certificates must show the course title, provider, date, and hours. A
surprising number of submissions last cycle were screenshots of a
shopping cart, which do not count. Please do not send originals by mail.

# Telehealth Rule Now Permanent

The emergency telehealth provisions the Board first adopted in 2020
have been replaced by a permanent rule. The permanent rule keeps the
requirement that the therapist hold a Tennessee license (or a compact
privilege) when the patient is located in Tennessee, and adds a
requirement that the first visit of an episode of care include a method
for verifying the patient's identity.

# Dry Needling: Amended Rule in Effect

Readers with long memories will recall that, in a 2009 newsletter, the
Board advised licensees to refrain from dry needling while the question
of authority was being studied. That advice was superseded years ago
when the General Assembly added dry needling to the definition of
physical therapy and the Board adopted its first rule on the subject.
We mention the history only because the old newsletter still circulates
online and continues to confuse people.

The amended rule, effective July 1, 2025, keeps the core approach of
the original: a physical therapist who has completed the required
instruction may perform dry needling, and no separate license or
certificate is issued by the Board. What has changed is the training
standard. Instead of the former split between a 24-hour introductory
course and additional advanced hours, the amended rule requires a single
total of 50 hours of instruction, at least 30 of them in person, with
a practical assessment of needle handling and safety.

Therapists who met the old standard before July 1 are treated as meeting
the new one. Therapists completing training afterward must meet the new
standard before they begin needling patients. In either case, proof of
training must be kept in the therapist's own records and produced to the
Board on request.

Two other points from the amended rule deserve emphasis. First, dry
needling remains a service that a physical therapist must perform
personally; it may not be assigned to a physical therapist assistant.
Second, the rule now requires that informed consent be written and that
it mention the risk of pneumothorax when needling is performed over the
thorax.

# Disciplinary Actions, April through August

- One licensee was reprimanded and assessed civil penalties for practicing on an expired license for seven months.
- One licensee's license was placed on probation for two years following a criminal conviction unrelated to patient care.
- One licensee agreed to a consent order and additional coursework after billing for dry needling sessions not supported by documentation.
- Two licensees were assessed penalties for failing to complete continuing competence requirements.

# Upcoming Board Meetings

@ Date | Location | Notes
@ November 13, 2025 | Poplar Room, Nashville | Includes rules workshop
@ February 12, 2026 | Iris Room, Nashville | Officer elections
@ May 14, 2026 | Videoconference | Public comment period

Meetings begin at 9:00 a.m. Central Time. Agendas are posted on the
Board's web page no later than one week before each meeting.

# Contact the Board

Questions about licensure may be sent through the online contact form.
Staff cannot give legal advice or advise on billing and reimbursement.
For questions about whether an insurer will pay for a particular service,
including dry needling, please contact the insurer directly.
"""))

DOCS.append(dict(
    file="boards/hi-court-ruling-rule-vacated.pdf",
    title="Hawaii Acupuncture Association v. Board of Physical Therapy",
    author="Intermediate Court of Appeals of the State of Hawaii",
    header="CAAP-24-0000318  |  Intermediate Court of Appeals  |  Opinion of the Court",
    footer="Filed 05/29/2025 - Electronically filed",
    meta=["NO. CAAP-24-0000318",
          "IN THE INTERMEDIATE COURT OF APPEALS OF THE STATE OF HAWAII",
          "APPEAL FROM THE CIRCUIT COURT OF THE FIRST CIRCUIT",
          "Opinion filed May 29, 2025"],
    body="""
# Opinion of the Court

This appeal asks whether the Board of Physical Therapy could, by
administrative rule, declare that the practice of physical therapy
includes dry needling. The Circuit Court upheld the rule. We conclude
that the Board exceeded the authority the Legislature gave it, and we
vacate the judgment.

# I. Background

In 2023 the Board adopted a rule, codified in its chapter of the
Hawaii Administrative Rules, that provided in relevant part: "A
physical therapist may perform dry needling upon completion of not less
than fifty hours of board-approved instruction. Dry needling means the
insertion of a solid filiform needle into muscle tissue for the purpose
of treating a neuromusculoskeletal impairment." The rule went on to
specify recordkeeping, consent, and sharps disposal requirements.

The Hawaii Acupuncture Association and two individual licensed
acupuncturists petitioned for a declaratory judgment that the rule was
invalid. They argued that the statutory definition of physical therapy
lists specific modalities and does not include the puncture of skin,
and that the Legislature has assigned the insertion of needles for
therapeutic purposes to licensed acupuncturists and physicians. The
Board responded that its general rulemaking authority includes the
power to interpret the definition of physical therapy in light of
developments in the profession.

The Circuit Court agreed with the Board and granted summary judgment
in its favor. The Association appealed.

# II. Standard of Review

We review a grant of summary judgment de novo. Whether an agency rule
exceeds the agency's statutory authority is a question of law, which we
also review de novo. An agency's interpretation of the statute it
administers is entitled to deference only where the statute is
ambiguous and the interpretation is consistent with legislative intent.

===
# III. Discussion

## A. The statutory definition

The statute defines physical therapy to include examination,
evaluation, and intervention by means of therapeutic exercise,
functional training, manual therapy, and the application of physical
agents such as heat, cold, light, water, sound, and electricity. The
list is detailed. Nowhere does it mention needles, and nowhere does it
describe any procedure that breaks the skin. Where the Legislature
intended physical therapists to perform a procedure that enters the
body, such as the removal of wound debris, it said so expressly.

The Board contends that dry needling is a form of "manual therapy."
We are not persuaded. Manual therapy, as the term is ordinarily
understood and as the Board's own rules elsewhere define it, consists
of skilled hand movements applied to joints and soft tissue. Inserting
a needle through the skin is a different kind of act.

## B. Deference

Because we find no ambiguity in the statutory definition on this
point, the Board's interpretation is not entitled to deference. Even
if the definition were ambiguous, an interpretation that would add an
invasive procedure absent from the enumerated list is difficult to
reconcile with the Legislature's evident care in drawing that list.

## C. Legislative history

The Board points out that bills to add dry needling to the statute
failed in three sessions, and argues that the Legislature may have
thought them unnecessary. The history cuts at least as strongly the
other way, and in any event we need not rely on it.

# IV. Conclusion

The rule purporting to authorize physical therapists to perform dry
needling exceeds the Board's statutory authority and is invalid. The
Circuit Court's judgment is vacated, and the case is remanded with
instructions to enter judgment declaring the rule void and enjoining
its enforcement. Unless and until the Legislature amends the statute,
dry needling is not within the scope of practice of a physical
therapist licensed in Hawaii.

On the briefs: counsel for Plaintiffs-Appellants; Deputy Attorney
General for Defendant-Appellee Board of Physical Therapy.

# Note from the Board (posted with this opinion)

The Board did not seek further review of this decision. Licensees must
not perform dry needling. The former rule text has been removed from
the Board's website. This notice was last reviewed by Board staff in
September 2026.
"""))

DOCS.append(dict(
    file="boards/pa-dn-certificate-timeline.pdf",
    title="Dry Needling Certification: Implementation Timeline and Answers for Licensees",
    author="Pennsylvania State Board of Physical Therapy",
    header="Pennsylvania Department of State  |  Bureau of Professional and Occupational Affairs  |  State Board of Physical Therapy",
    footer="Revised 10/15/2026 - Printed on 11/22/2026",
    meta=["State Board of Physical Therapy, P.O. Box 2649, Harrisburg, PA",
          "Document status: Licensee information sheet (not a regulation)"],
    body="""
# Summary

Act 71 of 2025 amended the Physical Therapy Practice Act to allow a
licensed physical therapist to perform dry needling after obtaining a
dry needling certificate from the Board. The Board's final-form
regulations implementing the Act were approved by the Independent
Regulatory Review Commission on September 18, 2026, and will be
published in the Pennsylvania Bulletin with a delayed effective date.
Certificates will be issued beginning March 1, 2027.

The most important point on this sheet is this one: a physical
therapist who does not hold a certificate may not perform dry needling
in Pennsylvania, and no certificate will exist until the issuing date
above. Completion of a course, however thorough, is not a substitute
for the certificate.

# Timeline

@ Milestone | Date | Status
@ Act 71 signed | November 2025 | Complete
@ Proposed rulemaking published | April 2026 | Complete
@ Final-form regulations approved by IRRC | September 18, 2026 | Complete
@ Online application available in PALS | February 1, 2027 | Scheduled
@ First certificates issued; regulations effective | March 1, 2027 | Scheduled

# Questions and Answers

## The regulations are final. Why can't I start now?

Approval by the Commission is one of the last steps, but the
regulations specify that they take effect on March 1, 2027, to give
the Bureau time to build the application in the Pennsylvania Licensing
System and to give course providers time to align their curricula.
Until that date the certificate requirement is in force, because the
Act itself makes the certificate a precondition, while the mechanism
for issuing it is not yet available.

## What will I need to apply?

Applicants will need to document at least 80 hours of instruction in
dry needling, of which at least 50 hours must be in-person laboratory
instruction, and successful completion of a written and practical
examination offered by the course provider. The application will ask
for the course provider's name, the dates of instruction, and an
attestation that the content covered the topics listed in the
regulations. A fee of $45 applies.

===
## Will courses I took before the regulations count?

Yes, if they meet the content and hour requirements. Courses completed
in other states are acceptable on the same terms. Keep your
certificates of completion and, where possible, the course syllabus.

## I already perform dry needling in Delaware under a Delaware license.
## May I needle patients in my Pennsylvania clinic?

No. Pennsylvania law applies when the patient is in Pennsylvania.
Until you hold a Pennsylvania certificate, you may not perform dry
needling on patients here, regardless of authorization elsewhere.

## Do physical therapist assistants qualify?

No. The Act authorizes certification of physical therapists only.
Assistants may not perform dry needling, including under direct
supervision.

## Will the certificate need to be renewed?

The certificate will be renewed with the physical therapy license each
biennium. Two of the thirty required continuing education hours must
relate to dry needling in any biennium in which the certificate is held.

## What happens if someone needles patients before March 1, 2027?

The Board will treat it as practice beyond the scope authorized by the
Act. Possible consequences include civil penalties and discipline
against the license.

# Keeping Informed

The Board will post an announcement on its web page and send an email
to all licensees when the online application opens. Questions may be
directed to the Board through the PALS help center. Please do not send
course certificates to the Board before the application opens; they
cannot be retained.
"""))

# ---------------------------------------------------------------- payers
DOCS.append(dict(
    file="payers/lakeshore-needling-procedures-policy.pdf",
    title="Needling Procedures for Musculoskeletal Pain",
    author="Lakeshore Mutual Benefit Association",
    header="Lakeshore Mutual Benefit Association  |  Medical Policy MED-0612  |  Needling Procedures",
    footer="Printed on 11/09/2026. Uncontrolled when printed.",
    meta=["Policy MED-0612   Effective 01/01/2026   Last reviewed 12/10/2025",
          "Products: Lakeshore PPO, Lakeshore Select HMO, Lakeshore Advantage (Medicare)"],
    body="""
# Policy Scope

This policy addresses two procedures in which needles are inserted
without injecting a drug: acupuncture and dry needling. The two are
considered separately because the evidence for each, and the
indications for which they are used, differ.

# Part A. Acupuncture

Acupuncture, with or without electrical stimulation (CPT 97810-97814),
is considered experimental and investigational for the treatment of
musculoskeletal pain, including but not limited to neck pain, shoulder
pain, osteoarthritis of the hip, and fibromyalgia, except as stated
below. The evidence reviewed by Lakeshore does not show consistent
benefit over sham acupuncture for these conditions.

Acupuncture is considered medically necessary for chronic low back
pain in members enrolled in Lakeshore Advantage, consistent with the
applicable national coverage determination, for up to 12 sessions in
90 days, with an additional 8 sessions for members showing improvement.

Acupuncture for any other indication is considered investigational.

# Part B. Dry Needling

Lakeshore considers dry needling (CPT 20560, 20561) medically necessary
for members with myofascial pain involving the neck, upper back,
shoulder girdle, or low back when all of the following are documented:

- one or more active myofascial trigger points identified on palpation;
- pain of at least moderate intensity interfering with a documented functional activity;
- dry needling is combined with an active exercise program; and
- the rendering practitioner is licensed and authorized under state law to perform dry needling.

An initial course of up to six sessions is covered. Up to six further
sessions are covered when the record shows measurable improvement on a
validated functional outcome scale. Dry needling beyond twelve sessions
per episode is not medically necessary.

===
Dry needling is not considered medically necessary for headache,
fibromyalgia, or any condition in which trigger points have not been
documented, and it is not covered when performed without an accompanying
exercise program.

# Policy History

Before January 1, 2026, Lakeshore classified dry needling as
investigational for all indications, and claims were denied on that
basis. Following the Medical Policy Committee's review of randomized
trials published between 2019 and 2025, the Committee concluded that
evidence now supports short-term benefit when dry needling is combined
with exercise for the regions listed above, and the policy was revised
to the criteria in Part B.

# Coding

@ Code | Description | Notes
@ 20560 | Needle insertion(s) without injection(s); 1 or 2 muscle(s) | Part B criteria
@ 20561 | Needle insertion(s) without injection(s); 3 or more muscles | Part B criteria
@ 97810 | Acupuncture, 1 or more needles; without electrical stimulation, initial 15 min | Part A
@ 97813 | Acupuncture, with electrical stimulation, initial 15 min | Part A

# Summary of Evidence

For dry needling, pooled estimates from recent reviews show modest
reductions in pain intensity over the first twelve weeks when needling
is added to exercise, with smaller effects when compared with sham.
Adverse events are generally minor, such as soreness and bruising;
pneumothorax is rare but has been reported. For acupuncture outside low
back pain, the reviewed trials have not shown benefit beyond sham
needling that was both statistically and clinically meaningful.

# Disclaimer

Lakeshore medical policies are developed to assist in administering
plan benefits. They do not constitute medical advice. The member's
benefit documents govern coverage, and some employer groups exclude
acupuncture or related services. Federal and state mandates may
require different coverage.
"""))

DOCS.append(dict(
    file="payers/northgate-complementary-therapies.pdf",
    title="Complementary and Integrative Therapies",
    author="Northgate Community Health Plan",
    header="Northgate Community Health Plan  |  Medical Coverage Policy MCP-233",
    footer="Printed on 08/28/2026",
    meta=["Medical Coverage Policy MCP-233   Version 9   Effective 06/01/2026",
          "Applies to: commercial group and individual products"],
    body="""
# Purpose

Members and providers frequently ask which complementary and integrative
therapies the Plan will pay for. This policy collects the Plan's
determinations for those therapies in one place. Determinations for
chiropractic manipulation and for acupuncture appear in separate
policies and are not repeated here.

# Definitions

Unproven: a service for which the published clinical evidence does not
establish that it is safe and effective in improving health outcomes.
For purposes of the member's evidence of coverage, unproven services are
experimental or investigational.

Intramuscular needling: placement of one or more solid needles through
the skin into muscle or fascia, without injecting any substance, in
order to release a taut band, elicit a local twitch response, or reduce
pain. Providers may refer to the same procedure by a trade name or as a
technique taught in a particular continuing education program; the name
used does not affect this policy.

# Determinations

@ Therapy | Determination | Notes
@ Biofeedback for urinary incontinence and chronic constipation | Covered with criteria | See MCP-112
@ Massage therapy as part of a physical therapy plan of care | Covered | Billed as 97124 by licensed therapist
@ Massage therapy, stand-alone | Not covered | Benefit exclusion
@ Intramuscular needling (CPT 20560, 20561) | Unproven | All indications
@ Cupping | Unproven | All indications
@ Craniosacral therapy | Unproven | All indications
@ Reiki and therapeutic touch | Unproven | All indications
@ Hypnotherapy for smoking cessation | Unproven | See MCP-301
@ Mindfulness-based stress reduction | Not covered | Benefit exclusion

# Rationale for Selected Determinations

## Intramuscular needling

The Plan reviewed systematic reviews and randomized trials comparing
needle insertion without injection against sham procedures, against no
treatment, and against other physical therapy interventions. Although
several trials reported lower pain scores in the weeks immediately
after treatment, the reviews rated the certainty of evidence as low or
very low, noting small samples, inadequate blinding, and short
follow-up. No trial showed a durable improvement in function. The Plan
has concluded that needle insertion without injection, whether performed
by a physical therapist, chiropractor, or physician, remains unproven.
Claims for 20560 and 20561 are therefore denied as
investigational, and the same applies when the procedure is billed
under an unlisted code.

## Biofeedback

Biofeedback has been shown in randomized trials to improve outcomes for
dyssynergic defecation and for stress and urge urinary incontinence.
The Plan's criteria for these indications are set out in MCP-112.

## Cupping and craniosacral therapy

The available trials are few and methodologically weak, and they do not
allow conclusions about effectiveness.

## Massage therapy

Massage performed by a licensed physical or occupational therapist as
part of a plan of care directed at a functional deficit is a covered
rehabilitation service. Massage performed outside such a plan, including
at spas or wellness centers, is excluded by the terms of the evidence
of coverage regardless of who performs it.

# Member Liability

Participating providers must notify members in advance, in writing,
before furnishing a service that this policy identifies as unproven or
excluded. Without a signed advance notice, the provider may not bill
the member.

# References

- Cochrane and independent systematic reviews of needling therapies for myofascial pain, 2019 to 2024.
- Plan Technology Assessment Committee minutes, March 2026.
- Clinical practice guidelines of national physical therapy and pain medicine societies.

# Policy History

06/2026: Annual review. Reworded the definition of intramuscular
needling to include procedures marketed under trade names. No change to
determinations. 06/2025: Added mindfulness-based stress reduction.
"""))

DOCS.append(dict(
    file="payers/tri-county-provider-bulletin-q3-2026.pdf",
    title="Provider Bulletin - Third Quarter 2026",
    author="Tri-County Care Plan",
    header="Tri-County Care Plan  |  Provider Bulletin  |  Q3 2026",
    footer="Printed on 09/04/2026 for network providers",
    meta=["Distributed electronically to all participating professional providers",
          "Provider Relations Department"],
    body="""
# Inside This Issue

- Credentialing file updates due by October 31
- Changes to outpatient therapy authorization
- Dry needling: policy change effective September 1
- Pharmacy formulary changes for the fourth quarter
- Holiday schedule for Provider Services

# Credentialing File Updates

Every three years, participating providers must confirm their
credentialing information. This cycle, roughly 1,400 practitioners are
due. Please update your practice locations, hospital privileges, and
malpractice coverage through the credentialing portal before October 31.
Files not updated by that date may be suspended, which will delay
claims payment.

# Outpatient Therapy Authorization

Beginning October 1, 2026, authorization will be required after the
twelfth visit of physical, occupational, or speech therapy in a
calendar year, rather than after the twentieth visit. The change
reflects the Plan's review of utilization trends and aligns with
regional practice. Authorization requests should be submitted through
the utilization management portal with current objective measures.

# Dry Needling: Policy Change Effective September 1

Since 2022, Tri-County has paid for dry needling billed with CPT 20560
and 20561 when performed by an appropriately licensed practitioner as
part of a physical therapy plan of care. Following its annual review,
the Clinical Policy Committee has revised Clinical Policy CP-PT-14.

For dates of service on or after September 1, 2026, dry needling is
considered not medically necessary, and claim lines reporting 20560 or
20561 will deny. The Committee concluded that the service does not
improve outcomes beyond those obtained from the therapeutic exercise and
manual therapy that members already receive during the same visits,
and that it therefore does not meet the contractual definition of
medical necessity. The Committee did not classify the service as
experimental.

===
Other services billed on the same claim are not affected. Members
whose plan of care included dry needling before September 1 may
complete sessions already authorized through October 31, 2026; after
that date, the new position applies to all members.

Providers who disagree with a denial may request reconsideration with
supporting documentation. Because the change is a policy-level
determination, reconsideration is most likely to succeed where the
clinical record shows a specific reason that covered alternatives
could not be used.

# Pharmacy Formulary Changes

Three brand-name inhalers will move to a non-preferred tier on
January 1, 2027, as generic equivalents become available. Members
currently using these products will receive a letter in November.
Prescribers may request exceptions for members who cannot use the
generic products.

# Provider Services Holiday Schedule

@ Holiday | Date | Provider Services
@ Thanksgiving | November 26, 2026 | Closed
@ Day after Thanksgiving | November 27, 2026 | Open 8 a.m. to noon
@ Christmas Day | December 25, 2026 | Closed
@ New Year's Day | January 1, 2027 | Closed

# Contact Us

Provider Relations representatives are assigned by region. To find
yours, sign in to the provider portal and select Contacts. Claims
questions should go to Provider Services. Policy documents referred to
in this bulletin are available in the portal library.
"""))

DOCS.append(dict(
    file="payers/oakmont-dry-needling-coverage-policy.pdf",
    title="Dry Needling",
    author="Oakmont Health Insurance Company",
    header="Oakmont Health Insurance Company  |  Coverage Policy CP-1184  |  Dry Needling",
    footer="Printed on 11/11/2026 - Confidential and proprietary",
    meta=["Coverage Policy CP-1184   Effective 03/01/2026   Next review 03/01/2027",
          "Applies to: Oakmont fully insured group and individual health benefit plans"],
    body="""
# Instructions for Use

Coverage policies describe how Oakmont applies the terms of its health
benefit plans to particular services. When a plan document and a
coverage policy differ, the plan document governs. Coverage for a
service depends first on whether the service is a covered benefit, and
only then on whether medical necessity criteria are met.

# Coverage Position

Oakmont health benefit plan contracts, including all fully insured group
and individual contracts issued or renewed on or after January 1, 2025,
specifically exclude dry needling from coverage. The exclusion appears
under Exclusions and Limitations in the certificate of coverage and
reads: "Acupuncture and dry needling services, and needle insertion
without injection, regardless of diagnosis or provider type."

Because the service is excluded by contract, Oakmont does not apply
medical necessity criteria or experimental and investigational criteria
to requests for dry needling, and no prior authorization is available.
Claims for CPT 20560 and 20561 will deny as a non-covered benefit.

# Background

Dry needling is a technique in which solid needles are inserted into
myofascial trigger points or muscle without the injection of a drug.
It is performed by physical therapists, chiropractors, and physicians,
among others, subject to state scope of practice laws. Research on dry
needling has increased in recent years. Some trials report short-term
pain reduction for neck and low back pain. Other reviewers have described
the evidence as insufficient and have classified the technique as
investigational. Oakmont has not adopted a position on that question
because, as stated above, the contract exclusion applies regardless.

===
# Frequently Asked Questions

## A physician has documented that dry needling is the only option left
## for my patient. Can an exception be made?

No. An excluded service is not covered even when it is medically
necessary. A member may be able to pay for the service directly, and
in-network providers must obtain the member's written agreement to do
so before the service is provided.

## Is trigger point injection also excluded?

No. Trigger point injection (CPT 20552, 20553) is a covered service
subject to Coverage Policy CP-0937. The exclusion is limited to needle
insertion without injection.

## Does the exclusion apply to Medicare or Medicaid products?

This policy does not apply to Oakmont Medicare Advantage or Medicaid
managed care products. Those products follow federal and state program
rules.

## Can a member appeal?

Yes. A member may file an appeal, and in some states may request an
external review, but the appeal will be decided on the language of the
contract.

# Coding

@ Code | Description | Status
@ 20560 | Needle insertion(s) without injection(s); 1 or 2 muscle(s) | Excluded benefit
@ 20561 | Needle insertion(s) without injection(s); 3 or more muscles | Excluded benefit
@ 20552 | Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s) | See CP-0937
@ 20553 | Injection(s); single or multiple trigger point(s), 3 or more muscles | See CP-0937

# Revision History

03/01/2026: Annual review. Clarified that the exclusion applies to needle
insertion without injection under any name. 03/01/2025: Policy created to
reflect the contract exclusion added for plan years beginning in 2025.
"""))


def main():
    for spec in DOCS:
        out, pages = render(spec)
        print(f"{out.relative_to(HERE)}: {pages} pages")


if __name__ == "__main__":
    main()
