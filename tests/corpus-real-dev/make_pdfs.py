#!/usr/bin/env python3
"""Build the four PDF documents of the development corpus.

Requires fpdf2 (pip install fpdf2). Text is ASCII only and the creation
date is fixed so that re-running produces identical files.

Usage: python3 make_pdfs.py   (run from this folder)
"""
import datetime
import os

from fpdf import FPDF

FIXED_DATE = datetime.datetime(2026, 10, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {}

DOCS["boards/ky-oag-13-010-dry-needling-opinion.pdf"] = (
    "OAG 13-010",
    """COMMONWEALTH OF KENTUCKY
OFFICE OF THE ATTORNEY GENERAL
Capitol Building, Frankfort, Kentucky

OAG 13-010
September 3, 2013

Subject: Whether licensed physical therapists may perform "dry needling,"
or whether the procedure is limited to the practice of acupuncture

Requested by: President, Kentucky Board of Medical Licensure

Written by: Assistant Attorney General

Syllabus: The Kentucky Board of Physical Therapy reasonably concluded that
dry needling, performed by a physical therapist who is competent to perform
it, falls within the practice of physical therapy under KRS 327.010(1).
Nothing in KRS Chapter 311 makes dry needling a procedure reserved to
acupuncturists.

Statutes construed: KRS 327.010(1); KRS 311.671; KRS 311.673

OPINION OF THE ATTORNEY GENERAL

On March 18, 2010, the Kentucky Board of Physical Therapy issued an
opinion and declaratory ruling concerning "dry needling," a procedure also
known as intramuscular manual therapy, trigger point dry needling, or
intramuscular needling. In dry needling a solid filament needle is passed
through the skin for a therapeutic purpose; no medication is delivered, as
it would be through a hollow needle. The Board of Physical Therapy stated
that nothing in KRS Chapter 327 prohibits a licensed physical therapist
from performing dry needling, provided the therapist is competent to
perform the intervention.

The Kentucky Board of Medical Licensure asked this office to review that
ruling. It reports that the Acupuncture Advisory Committee created by KRS
311.673(2) takes the position that dry needling is a practice uniquely
limited to acupuncture and is not within the scope of physical therapy.
The question presented is whether, under current law, dry needling is
limited to the practice of acupuncture, or whether a licensed physical
therapist may also lawfully perform it.

The Board of Medical Licensure has asked the Board of Physical Therapy to
withdraw its ruling, and the Board of Physical Therapy has declined. In a
December 2011 letter, the then-chair of the Board of Physical Therapy
explained that dry needling is not a new or separate profession but a
technique that uses a tool similar to one used in acupuncture, applied on
the basis of Western anatomical and neurophysiological principles, to
reach the same physical therapy goals as manual therapy.

I. The practice of physical therapy

KRS 327.010(1) defines physical therapy to include the use of selected
knowledge and skills in planning, organizing, and directing programs for
the care of individuals whose ability to function is impaired by injury or
disease, and the treatment of those individuals with "therapeutic exercise
and other therapeutic procedures." The definition does not list every
technique and does not exclude procedures that pierce the skin. The
legislature left to the Board of Physical Therapy the task of applying the
general definition to particular techniques.

An agency's interpretation of the statute it administers is entitled to
respect when it is reasonable and consistent with the statute. We find the
Board of Physical Therapy's interpretation reasonable.

II. The practice of acupuncture

KRS 311.671 defines acupuncture by reference to traditional oriental
medical concepts: the insertion of needles to control and regulate the
flow and balance of energy in the body. Dry needling, as the Board of
Physical Therapy describes it, is not based on those concepts. It is
directed at myofascial trigger points located by physical examination. A
physical therapist who performs dry needling is therefore not practicing
acupuncture, and the acupuncture statutes do not make the insertion of a
filament needle the exclusive province of acupuncturists. The
Acupuncture Advisory Committee's view that dry needling is outside
physical therapy is a policy position, but it is not supported by the
text of either chapter.

We note the concern expressed to this office that physical therapists may
not be as thoroughly trained in needle insertion as licensed
acupuncturists. That concern is properly addressed by the Board of
Physical Therapy, which has conditioned its ruling on competence. In our
view, the Board's requirement that a therapist be trained and competent
before needling gives the public meaningful protection, and we recommend
that the Board set fixed education and safety standards in regulation.

III. Limits of this opinion

Nothing in this opinion authorizes a physical therapist to inject any
substance or to hold himself or herself out as an acupuncturist. A
physical therapist shall not perform dry needling without the education
and competence the Board requires, and dry needling may not be billed or
advertised as acupuncture.

CONCLUSION

A licensed physical therapist who is competent to perform dry needling may
do so as part of the practice of physical therapy. Dry needling is not
limited to the practice of acupuncture under current Kentucky law.

Attorney General

Assistant Attorney General

[Electronic transcription of the signed opinion. The official opinion is
on file with the Office of the Attorney General.]
""",
)

DOCS["boards/oh-otptat-pt-section-dry-needling-position.pdf"] = (
    "Ohio OTPTAT Board - PT Section Position Statement: Dry Needling",
    """OHIO OCCUPATIONAL THERAPY, PHYSICAL THERAPY, AND ATHLETIC TRAINERS BOARD
Physical Therapy Section
77 South High Street, 16th Floor, Columbus, Ohio 43215

POSITION STATEMENT: DRY NEEDLING
Adopted: January 9, 2025
Reaffirmed: May 14, 2026
Supersedes: Position paper on dry needling dated July 2013

Purpose

The Physical Therapy Section issues this statement to answer frequent
questions about whether physical therapists licensed in Ohio may perform
dry needling and what the Section expects of licensees who do. It replaces
the Section's July 2013 position paper in full.

Position

The Physical Therapy Section has determined that dry needling is within
the scope of practice of physical therapy in Ohio, as defined in section
4755.40 of the Revised Code, when it is performed by a physical therapist
who has the education, training, and demonstrated competence to perform it
safely. Dry needling is a skilled intervention that uses a thin filiform
needle to penetrate the skin and stimulate underlying myofascial trigger
points and muscular and connective tissue for the management of
neuromusculoskeletal pain and movement impairment.

Expectations of licensees

1. Competence. Dry needling is not an entry-level skill. Before
   performing dry needling, a physical therapist should complete
   post-professional instruction that includes didactic content and
   supervised hands-on practice with a competency assessment. The Section
   considers courses of at least 50 contact hours, including in-person
   laboratory instruction, to be consistent with current national
   practice. The licensee must be able to produce evidence of training
   upon request.
2. Regions. A physical therapist shall not perform dry needling in an
   anatomical region for which the therapist has not been trained.
3. Delegation. Dry needling may not be delegated to a physical therapist
   assistant, a student, or unlicensed personnel. This limitation applies
   to assistants; it does not restrict qualified physical therapists.
4. Consent. Obtain and document informed consent, including the risks of
   pneumothorax, infection, bleeding, and nerve injury.
5. Infection control. Follow current standards for clean technique,
   single-use sterile needles, and sharps disposal.
6. Acupuncture. Dry needling is not acupuncture. Physical therapists may
   not advertise or bill dry needling as acupuncture.

History of the Section's position

In July 2013 the Section published a position paper stating that it was
reviewing dry needling and advising licensees to await further guidance
before adding it to practice. That paper was widely circulated and is
sometimes still cited as though it prohibited dry needling. It did not,
and it has been withdrawn. The January 2025 statement replaced it after
the Section reviewed the FSBPT resource paper on dry needling, the 2015
analysis of the competencies required for dry needling, and the laws of
other states.

Other jurisdictions

As of 2026, most U.S. jurisdictions permit physical therapists to perform
dry needling, a few prohibit it, and several are silent. Licensees who
also hold licenses elsewhere must follow the law of the state where the
patient is located. Bills pending in other states' legislatures do not
affect practice in Ohio.

Questions

Contact the Board at 614-466-3774 or through the Board's website. This
statement is guidance. It does not create new legal requirements beyond
Chapter 4755 of the Revised Code and Chapters 4755-21 through 4755-29 of
the Administrative Code.

Physical Therapy Section - Dry Needling
""",
)

DOCS["payers/cascade-mutual-dry-needling-policy.pdf"] = (
    "Cascade Mutual Health - Medical Policy 7.01.88 Dry Needling",
    """CASCADE MUTUAL HEALTH
MEDICAL POLICY

Title:              Dry Needling of Myofascial Trigger Points
Policy number:      7.01.88
Effective date:     05/01/2026
Last reviewed:      03/24/2026
Replaces:           7.01.88 (effective 05/01/2025)
Applies to:         Commercial group and individual plans; not applicable to
                    Medicare Advantage or Medicaid plans, which follow
                    separate policies

INTRODUCTION

Dry needling is a treatment in which a thin needle is inserted into a
trigger point, a tight and tender spot in a muscle, to relieve pain and
improve movement. No medicine is injected. This policy explains when
Cascade Mutual Health pays for dry needling. Medical policies are not
treatment guidelines; the member's benefit booklet controls if it differs.

POLICY

Dry needling of myofascial trigger points (CPT 20560, 20561) may be
considered MEDICALLY NECESSARY when ALL of the following criteria are met:

 1. The member has myofascial pain of the neck, upper back, shoulder girdle,
    low back, or hip and thigh, with one or more trigger points identified
    on physical examination and documented in the record; and
 2. Dry needling is one part of a written physical therapy or medical plan
    of care that includes active treatment, such as therapeutic exercise
    and a home exercise program; and
 3. Dry needling is performed by a licensed physician, doctor of
    osteopathy, or a physical therapist who is permitted by the law of the
    state where the service is performed to provide dry needling and who
    meets any state training or registration requirements; and
 4. Treatment is limited to no more than 8 dry needling sessions per
    episode of care and 12 sessions per calendar year.

Continued dry needling beyond the first 4 sessions requires documentation
of measurable improvement in pain or function.

Dry needling is considered NOT MEDICALLY NECESSARY when the criteria above
are not met, including when it is provided as maintenance therapy or
without an active treatment program.

Dry needling for all other indications, including headache, fibromyalgia,
plantar heel pain, and temporomandibular disorders, is considered
investigational.

Note: Some employer groups exclude dry needling. Check the member's
benefit booklet.

PRIOR AUTHORIZATION

Code    Description                                  Prior authorization
20560   Needle insertion(s) without injection(s);    No authorization needed
        1 or 2 muscle(s)
20561   Needle insertion(s) without injection(s);    No authorization needed
        3 or more muscles

Claims are subject to post-payment review against the criteria in this
policy. "No authorization needed" means only that a request is not
required before the service.

BILLING GUIDELINES

 - Report one unit of 20560 or 20561 per date of service.
 - Do not report acupuncture codes 97810-97814 for dry needling.
 - Physical therapist assistants may not perform dry needling; services
   billed with the CQ modifier will deny.

EVIDENCE REVIEW (summary)

Randomized trials and meta-analyses published through 2025 report that
trigger point dry needling, added to active physical therapy, reduces pain
in the short term for neck and low back myofascial pain compared with
active therapy alone or sham. Evidence for other indications is limited.

POLICY HISTORY

05/01/2023  New policy; investigational for all indications.
05/01/2025  Revised; medically necessary for neck and shoulder myofascial
            pain when criteria met.
05/01/2026  Revised; added low back and hip/thigh; raised annual limit to
            12 sessions.

Cascade Mutual Health complies with applicable federal civil rights laws.
CPT is a registered trademark of the American Medical Association.
""",
)

DOCS["payers/wellmark-dry-needling-08-01-31.pdf"] = (
    "Wellmark Medical Policy 08.01.31 Dry Needling",
    """Wellmark Blue Cross and Blue Shield
Medical Policy: 08.01.31  Dry Needling
Original Effective Date: November 2018
Reviewed: June 2026
Revised: June 2026

Notice:
The clinical information in this policy is not medical advice. Wellmark
uses it to decide whether a treatment is covered under a member's health
benefit plan. Treating physicians and other providers give medical advice
and make treatment decisions; members with health concerns should talk to
a qualified professional.

Benefit Application:
Coverage depends on the contract language in force on the date of
service, and exclusions, limitations, or exceptions can apply. Because
contracts differ, verify each member's benefits. Wellmark reviews medical
necessity only when a benefit exists and no contract exclusion applies.
The Federal Employee Program (FEP) sets its own benefits, so this policy
may not apply to FEP members.

This policy reflects medical technology as of its writing. Newer
technology or literature may exist, and the policy is reviewed on a
regular schedule as evidence develops.

Description:
In dry needling, a clinician passes a fine filiform needle through the
skin into a painful area of muscle, sometimes moving or twisting it and
sometimes leaving it in place for a period of time; nothing is
injected. Dry needling is intended to stimulate
underlying trigger points, muscle, and connective tissue to reduce pain and
improve function. It is performed by physical therapists, chiropractors,
and physicians, and is distinct from acupuncture.

Policy:
Dry needling of trigger points for the treatment of myofascial pain is
considered investigational for all indications, including but not limited
to neck pain, shoulder pain, low back pain, knee pain, and plantar heel
pain.

Dry needling of other sites, including tendons, ligaments, and scar
tissue, is considered investigational.

Rationale:
The evidence for dry needling consists of randomized controlled trials and
systematic reviews. Most trials enrolled small numbers of patients, used
different needling techniques, numbers of sessions, and comparators, and
measured outcomes over short periods. Several reviews found that dry
needling reduced pain more than sham or no treatment immediately after
treatment and at 12 weeks, but the certainty of evidence was rated low or
very low because of risk of bias and imprecision. Trials comparing dry
needling with other active treatments did not show consistent benefit.
The evidence is insufficient to determine that dry needling improves the
net health outcome.

Procedure Codes and Billing Guidelines:
To report provider services, use appropriate CPT, HCPCS, ICD-10 codes.
 - 20560 Needle insertion(s) without injection(s); 1 or 2 muscle(s)
 - 20561 Needle insertion(s) without injection(s); 3 or more muscles

Related Medical Policies:
 - 02.01.38 Acupuncture (not medically necessary for maintenance care;
   benefit exclusions apply under many contracts)
 - 02.01.61 Trigger Point Injections
 - 08.03.06 Physical Therapy

References:
1. Blue Cross and Blue Shield Association Evidence Street. Dry needling
   of trigger points for myofascial pain. Updated 2025.
2. American Physical Therapy Association. Description of Dry Needling in
   Clinical Practice: An Educational Resource Paper. 2013.
3. Federation of State Boards of Physical Therapy. Dry needling resource
   paper. 7th ed. 2017.

Policy History:
November 2018 - New policy; investigational.
November 2020 - Annual review; no change.
June 2026 - Added statement on needling of non-trigger-point sites;
            literature update; no change to investigational status.

Wellmark Blue Cross and Blue Shield is an Independent Licensee of the Blue
Cross and Blue Shield Association.
""",
)


class DocPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 8, f"Page {self.page_no()}", align="C")


def build(rel_path, title, text):
    assert text.isascii(), rel_path
    pdf = DocPDF(format="Letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_producer("make_pdfs.py (fpdf2)")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    pdf.set_font("Courier", size=9.5)
    for line in text.splitlines():
        if line.strip() == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    out = os.path.join(HERE, rel_path)
    pdf.output(out)
    return out


if __name__ == "__main__":
    for rel, (title, text) in DOCS.items():
        print(build(rel, title, text))
