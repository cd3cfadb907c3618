#!/usr/bin/env python3
"""Generate the PDF documents of the h12 held-out set.

Core fonts only, latin-1-safe ASCII text, fixed creation date so the output
is reproducible. Run from any directory: python3 make_pdfs.py
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
CREATED = datetime(2026, 11, 20, 9, 0, 0, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_creation_date(CREATED)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(20, 18, 20)

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(8)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()}", align="C")


def render(path, header_text, footer_text, body):
    pdf = Doc(header_text, footer_text)
    pdf.add_page()
    for raw in body.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("## "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, line[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif line.startswith("# "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 7, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif line == "":
            pdf.ln(3)
        else:
            pdf.set_font("Times", "", 11)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    out = HERE / path
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    # sanity: text must be latin-1 safe
    body.encode("latin-1")
    return out


DOCS = []

# ---------------------------------------------------------------- boards
DOCS.append((
    "boards/wy-board-dry-needling-policy.pdf",
    "Wyoming Board of Physical Therapy",
    "Wyoming Board of Physical Therapy - Policy on Dry Needling",
    """
# WYOMING BOARD OF PHYSICAL THERAPY
# POLICY ON DRY NEEDLING

Adopted by the Board by conference call on April 1, 2016.
Reviewed and reaffirmed May 8, 2020, and March 14, 2025.

## Purpose

The Board has received many inquiries from licensees, employers, other health care providers and members of the public asking whether a physical therapist licensed in Wyoming may perform dry needling. This policy states the Board's interpretation of the Physical Therapy Practice Act, W.S. 33-25-101 through 33-25-116, as it applies to dry needling, and the standards the Board will apply when it reviews a complaint involving dry needling.

## Definition

For the purposes of this policy, "dry needling" (also called trigger point dry needling or intramuscular manual therapy) means a skilled intervention in which a physical therapist inserts a thin filiform needle through the skin to stimulate myofascial trigger points, muscle and connective tissue for the management of neuromusculoskeletal pain and movement impairments. Dry needling does not include the injection of any substance, the stimulation of auricular points, or the use of acupuncture theory, meridians or point selection.

## Board interpretation

W.S. 33-25-101(a)(i)(B) defines the practice of physical therapy to include alleviating impairments and functional limitations by designing, implementing and modifying treatment interventions that "may include but are not limited to" manual therapy, the application of physical agents or modalities, and mechanical modalities. The Board finds that dry needling, performed for the purposes described above following a physical therapy examination and evaluation, is a treatment intervention within the practice of physical therapy as defined by the Act.

Accordingly, it is the position of the Board that dry needling is within the scope of practice of a physical therapist licensed in Wyoming, provided the physical therapist meets the standards in this policy.

## Standards

1. Competence. Dry needling is not an entry-level skill. Before performing dry needling, a physical therapist shall complete post-professional education and training in dry needling that includes in-person, hands-on instruction and an assessment of the therapist's psychomotor skills. The Board will consider a course of at least 27 contact hours of in-person instruction, offered or approved by an APTA component, the Federation of State Boards of Physical Therapy, or a CAPTE-accredited program, to be evidence of adequate initial training.

2. Documentation of training. The physical therapist shall keep records of dry needling coursework and shall provide them to the Board within 30 days of a request.

3. Informed consent. The physical therapist shall obtain and document the patient's informed consent before the first dry needling treatment. The consent shall describe the procedure, its risks and benefits, and shall state that the physical therapist is not a licensed acupuncturist.

4. Safety. The physical therapist shall follow clean needle technique, the OSHA bloodborne pathogens standard and applicable CDC guidance, and shall dispose of needles as sharps.

5. Delegation. Dry needling shall be performed only by the physical therapist. It shall not be delegated to a physical therapist assistant, aide, student or any other person.

6. Records. Each treatment shall be documented in the patient record, including the areas treated and the patient's response.

## Enforcement

A physical therapist who performs dry needling without meeting these standards may be found to have practiced beyond the scope of his or her competence or to have engaged in unprofessional conduct under W.S. 33-25-114 and Chapter 7 of the Board's Rules and Regulations.

## Note on other professions

This policy addresses physical therapists only. It does not address whether members of other professions may perform dry needling under their own practice acts, and it does not authorize physical therapist assistants to perform dry needling.

Wyoming Board of Physical Therapy
2001 Capitol Avenue, Room 104
Cheyenne, WY 82002
""",
))

DOCS.append((
    "boards/nd-board-minutes-2013-05-13.pdf",
    "North Dakota Board of Physical Therapy",
    "NDBPT Minutes - May 13, 2013 - Approved",
    """
# NORTH DAKOTA BOARD OF PHYSICAL THERAPY
# MINUTES OF REGULAR MEETING
# May 13, 2013

Location: Ramada Inn, Bismarck, North Dakota
Members present: President; Secretary-Treasurer; three physical therapist members; one public member.
Staff: Executive Secretary. Legal counsel: Special Assistant Attorney General (by telephone, items 5-7).
Visitors: Two representatives of the North Dakota Physical Therapy Association; one physical therapy student.

1. Call to order. The President called the meeting to order at 9:00 a.m. A quorum was present.

2. Minutes. The minutes of the February 11, 2013 meeting were approved as distributed. (Moved, seconded, passed unanimously.)

3. Treasurer's report. The Secretary-Treasurer reported a balance of $212,418.37 in the operating account and $60,000.00 in certificates of deposit. Renewal revenue was slightly above projections. The report was accepted.

4. Licensure report. Since the last meeting the Board issued 41 physical therapist licenses and 12 physical therapist assistant licenses. Two applications remain pending for missing verification of licensure from other states.

5. Continuing competence. The Board reviewed the results of the 2012 continuing competence audit. Of 60 licensees audited, 57 were in compliance. Letters will be sent to the remaining three requesting documentation within 30 days.

6. Intramuscular Manual Therapy (Dry Needling). Discussion was held on intramuscular manual therapy, also called dry needling. The Board has not had a written policy on this issue. In response to inquiries, staff have advised licensees that, as with any skill not acquired in entry-level education, a licensee must obtain competence through continuing education before practicing it. The Board noted that under NDCC 43-26.1-13(3) failing to refer a patient to an appropriate practitioner when the findings are outside the scope of the physical therapist's knowledge, experience or expertise is a ground for discipline.

The Board reviewed the Federation of State Boards of Physical Therapy resource paper on intramuscular manual therapy, the APTA description of the intervention, and actions taken by boards in neighboring states. Members discussed the definition of physical therapy in NDCC 43-26.1-01, which includes the alleviation of impairments through manual therapy and physical agents and modalities, and agreed that the technique fits within that definition. Members emphasized that a physical therapist must be able to document appropriate training if asked.

MOTION: To adopt as Board policy that intramuscular manual therapy (dry needling) is within the scope of practice of physical therapists licensed in North Dakota, and that licensees who perform it must be competent by education and training. Moved, seconded. Passed unanimously.

Staff will post the policy statement on the Board's website and include it in the next newsletter. The Board noted that the policy does not extend to physical therapist assistants.

7. Rules review. Counsel reported that the proposed amendments to NDAC 61.5-01-03 (supervision of physical therapist assistants) have been approved by the Administrative Rules Committee and will take effect July 1, 2013.

8. FSBPT. The President will attend the FSBPT Leadership Issues Forum in July. The Board approved travel expenses.

9. Correspondence. The Board reviewed a letter from a hospital asking whether a physical therapist may supervise more than two assistants. The Executive Secretary will respond by citing the current rule.

10. Next meeting. The next regular meeting will be held August 12, 2013, in Grand Forks.

11. Adjournment. The meeting adjourned at 12:10 p.m.

Respectfully submitted,
Executive Secretary

Approved by the Board August 12, 2013.
""",
))

DOCS.append((
    "boards/tn-ag-opinion-14-62.pdf",
    "STATE OF TENNESSEE - OFFICE OF THE ATTORNEY GENERAL",
    "Opinion No. 14-62",
    """
# STATE OF TENNESSEE
# OFFICE OF THE ATTORNEY GENERAL
# PO BOX 20207, NASHVILLE, TENNESSEE 37202

June 19, 2014

Opinion No. 14-62

Intramuscular Manual Therapy or Trigger Point Dry Needling by Physical Therapists

## QUESTION

Under current Tennessee law, may a licensed physical therapist perform intramuscular manual therapy, also known as trigger point dry needling?

## OPINION

No. The statutes governing the practice of physical therapy do not authorize a physical therapist to insert needles into a patient's body for a therapeutic purpose, and the procedure is sufficiently similar to acupuncture, which physical therapists are not authorized to practice, that it falls outside the scope of practice of physical therapy as the law now stands. If the General Assembly wishes to authorize physical therapists to perform the procedure, the appropriate course is a legislative amendment.

## ANALYSIS

Intramuscular manual therapy, commonly called trigger point dry needling, involves inserting solid filiform needles through the skin into muscle at trigger points in order to relieve pain and restore function. No substance is injected. You have asked whether a physical therapist licensed under the Occupational and Physical Therapy Practice Act, Tenn. Code Ann. sec. 63-13-101 et seq., may lawfully perform this procedure.

The scope of a licensed profession is defined by statute. A licensing board may interpret the practice act it administers, but it may not enlarge the scope of practice beyond what the General Assembly has authorized. The statutory definition of the practice of physical therapy in Tenn. Code Ann. sec. 63-13-103 describes the evaluation and treatment of persons by physical measures, therapeutic exercise, massage and other modalities. It does not refer to the use of needles, and nothing in the Act expressly authorizes a physical therapist to penetrate the skin for treatment.

When the General Assembly has intended to permit a physical therapist to use an invasive technique, it has said so. The rules of the Board of Physical Therapy, for example, permit electromyography, which uses needle electrodes, only for diagnostic or academic purposes and subject to specific conditions, including performance in a university setting or upon referral from a physician, dentist or podiatrist. That limited authorization for diagnostic needle use supports the conclusion that therapeutic needle insertion has not been authorized.

Further, Tenn. Code Ann. sec. 63-6-1001 et seq. regulates the practice of acupuncture, which it defines to include the insertion of needles into the body for therapeutic purposes. Physical therapists are not among the professions permitted to practice acupuncture. Although proponents of dry needling distinguish it from acupuncture on the basis of its theoretical foundation, both procedures consist of inserting fine needles into the body to relieve pain, and the statutory definition of acupuncture does not turn on the practitioner's theory. We therefore think a court would likely conclude that trigger point dry needling by a physical therapist is not within the physical therapy scope of practice.

We note also that until the law is changed, claims for dry needling performed by physical therapists should not be submitted to governmental health care programs as physical therapy services.

HERBERT H. SLATERY III
Attorney General and Reporter

Solicitor General

Senior Counsel

Requested by:
The Honorable (State Senator)
""",
))

# ---------------------------------------------------------------- payers
DOCS.append((
    "payers/bcbsm-bcn-joint-policy-dry-needling.pdf",
    "Medical Policy - Joint BCBSM/BCN",
    "Dry Needling of Trigger Points for Myofascial Pain - BCBSM/BCN",
    """
# Medical Policy

Joint Medical Policies are a source for BCBSM and BCN medical policy information only. These documents are not to be used to determine benefits or reimbursement. Please reference the appropriate certificate or contract for benefit information. This policy may be updated and is therefore subject to change.

*Current Policy Effective Date: 5/1/26
(See policy history boxes for previous effective dates)

Title: Dry Needling of Trigger Points for Myofascial Pain

## Description/Background

Myofascial pain is a regional pain disorder arising from trigger points, which are focal, hyperirritable sites within a taut band of skeletal muscle that are painful on compression and may refer pain elsewhere. Dry needling is a procedure in which a fine needle, usually a solid filiform needle, is inserted through the skin into a trigger point or into surrounding muscle and connective tissue without the injection of any medication. The needle may be moved in and out, rotated, or left in place. Superficial dry needling places the needle in the tissue above the trigger point; deep dry needling enters the trigger point itself with the goal of eliciting a local twitch response.

Dry needling is performed by physicians and by other practitioners, including physical therapists and chiropractors, as permitted by state law. The procedure is distinct from trigger point injection and from acupuncture.

## Regulatory Status

Dry needling is a procedure and as such is not subject to regulation by the U.S. Food and Drug Administration. Filiform needles are regulated as Class II medical devices.

## Medical Policy Statement

Dry needling of trigger points for the treatment of myofascial pain is experimental/investigational. The available evidence is insufficient to determine that the procedure improves health outcomes compared with established treatments.

## Inclusionary and Exclusionary Guidelines

Inclusions: None.

Exclusions: Dry needling of trigger points or other tissue, for any indication, by any provider type.

## CPT/HCPCS Level II Codes

(The list of codes is not intended to be all-inclusive and is included below for informational purposes only. Inclusion or exclusion of a procedure, diagnosis, drug or device code(s) does not constitute or imply authorization, certification, approval, offer of coverage or guarantee of payment.)

Established codes: None.

Other codes (investigational, not medically necessary, etc.):
20560  Needle insertion(s) without injection(s); 1 or 2 muscle(s)
20561  Needle insertion(s) without injection(s); 3 or more muscles

## Rationale

Evidence reviews assess whether a medical intervention improves net health outcomes. For dry needling, the relevant populations are individuals with myofascial trigger points associated with neck and shoulder pain, plantar heel pain, temporomandibular pain and other regional pain.

Neck and shoulder pain: Randomized controlled trials and systematic reviews report reductions in pain immediately and in the short term compared with sham needling or no treatment, but trials are small, heterogeneous and at risk of bias, and the magnitude and durability of benefit are uncertain. Trials comparing dry needling with active treatments such as manual therapy or exercise do not show consistent incremental benefit.

Plantar heel pain: A single sham-controlled trial reported benefit; no confirmatory trial has been identified.

Temporomandibular pain and other conditions: The evidence consists of small trials with inconsistent results.

For each population, the evidence is insufficient to determine the effects of the technology on health outcomes.

## Government Regulations

National/Local: The Centers for Medicare & Medicaid Services classified CPT 20560 and 20561 as noncovered under the Medicare Physician Fee Schedule beginning January 1, 2020, unless otherwise specified through a national coverage determination. There is no national coverage determination for dry needling.

## Related Policies

Acupuncture
Trigger Point and Tender Point Injections

## References

1. Blue Cross Blue Shield Association. Dry Needling of Trigger Points for Myofascial Pain. Medical Policy Reference Manual 2.01.100.
2. Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal conditions by physical therapists: a systematic review and meta-analysis. J Orthop Sports Phys Ther. 2017;47(3):133-149.
3. Cotchett MP, Munteanu SE, Landorf KB. Effectiveness of trigger point dry needling for plantar heel pain: a randomized controlled trial. Phys Ther. 2014;94(8):1083-1094.

## Policy History

Date       Reason
5/1/19     Joint policy established
5/1/21     Routine maintenance; no change in policy status
5/1/23     Routine maintenance; no change in policy status
5/1/26     Routine maintenance; references updated; no change in policy status

Next Review Date: 1st Qtr. 2027

## Blue Care Network Benefit Coverage

Physician and Professional Services

## Benefit Determination Guidance

Prior authorization: Not applicable.

Coverage eligibility: Experimental/investigational; not covered for BCBSM and BCN commercial members, BCBSM Medicare Plus Blue and BCN Advantage members.
""",
))

DOCS.append((
    "payers/hphc-ma-hmo-benefit-handbook-excerpt.pdf",
    "Benefit Handbook - The Harvard Pilgrim HMO - Massachusetts",
    "Form MA-HMO 2026 - Harvard Pilgrim Health Care",
    """
# BENEFIT HANDBOOK
# THE HARVARD PILGRIM HMO
# MASSACHUSETTS

Effective Date: 01/01/2026

[Excerpt: Sections III.B and V]

## III. COVERED BENEFITS

B. Outpatient Rehabilitation Services

The Plan covers outpatient physical therapy, occupational therapy and speech-language therapy when the services are Medically Necessary and are provided by a licensed Plan Provider acting within the scope of his or her license. Rehabilitative therapy is covered to restore function lost or impaired because of illness or injury. Habilitative therapy is covered to help a Member keep, learn or improve skills and functioning for daily living. Visit limits, if any, are stated in your Schedule of Benefits. Prior approval may be required after the initial evaluation and a number of visits set by the Plan.

Physical therapy services include evaluation, therapeutic exercise, neuromuscular re-education, manual therapy, gait training and other treatments recognized as physical therapy. Services that are excluded in Section V are not covered even when they are provided by a physical therapist as part of a covered course of physical therapy.

## V. EXCLUSIONS

The following services and items are not covered under this Handbook, even when they are Medically Necessary and even when they are ordered by a Plan Provider. Coverage for some of these services may be available under a rider; see your Schedule of Benefits.

Alternative Treatments
1. Acupuncture, except as described in your Schedule of Benefits under an acupuncture rider.
2. Dry needling, including trigger point dry needling, intramuscular manual therapy and any other insertion of needles without injection (CPT 20560 and 20561), whether performed by a physical therapist, chiropractor, physician or any other provider.
3. Aromatherapy, biofeedback (except as described in Section III), craniosacral therapy, hypnotherapy, massage therapy (except when performed as part of a covered course of physical therapy), reflexology, Reiki and other energy therapies.
4. Naturopathic and homeopathic services and remedies.

Dental Services
1. Dental care, except as specifically described in Section III.
2. Orthodontia, except for the treatment of cleft lip or cleft palate in Members under age 18.

Experimental, Unproven or Investigational Services
Any products or services, including but not limited to drugs, devices, treatments, procedures and diagnostic tests, that are Experimental, Unproven or Investigational, as defined in the Glossary.

Foot Care
Routine foot care, except for Members with diabetes or peripheral vascular disease.

Maternity Care
Planned home births.

Personal Comfort Items
Air conditioners, humidifiers, exercise equipment, and other items primarily for comfort or convenience.

Physical Appearance
Cosmetic services, except as described in Section III for reconstructive surgery.

Reproduction
Reversal of voluntary sterilization; services of a gestational carrier.

Services Provided by Family Members
Services provided by a Member's spouse, parent, child or sibling.

Charges for Missed Appointments
Charges for appointments that a Member does not keep.

Other
1. Educational services or testing, except as described in Section III.
2. Services that are not Medically Necessary.
3. Services received before the Member's effective date or after coverage ends.

## Questions

If you have questions about your benefits, call Member Services at 1-888-333-4742 (TTY 711).

Harvard Pilgrim Health Care, Inc. - 1 Wellness Way, Canton, MA 02021
""",
))

DOCS.append((
    "payers/co-dowc-chronic-pain-mtg-excerpt.pdf",
    "7 CCR 1101-3 RULE 17, EXHIBIT 9 - CHRONIC PAIN DISORDER MEDICAL TREATMENT GUIDELINE",
    "Colorado Division of Workers' Compensation - Exhibit 9 (excerpt)",
    """
# DEPARTMENT OF LABOR AND EMPLOYMENT
# Division of Workers' Compensation
# 7 CCR 1101-3
# RULE 17, EXHIBIT 9
# CHRONIC PAIN DISORDER MEDICAL TREATMENT GUIDELINE

Adopted: January 8, 1998 | Effective: March 15, 1998
Revised: October 6, 2017 | Effective: November 30, 2017
Revised: August 12, 2025 | Effective: October 1, 2025

[Excerpt: Section A.1 and subsections of Section H, Therapeutic Procedures - Non-Operative]

## A. INTRODUCTION

1. This document has been prepared by the Colorado Department of Labor and Employment, Division of Workers' Compensation (Division), and should be interpreted within the context of guidelines for providers treating injured workers with chronic pain under the Colorado Workers' Compensation Act. Although the primary purposes of this document are advisory and educational, these guidelines are enforceable under the Workers' Compensation Rules of Procedure, 7 CCR 1101-3. Under Rule 16, payers shall not deny payment for treatment that is consistent with these guidelines on the basis that the treatment is not medically reasonable and necessary, and prior authorization is not required for treatment that falls within the guidelines' recommended frequency and duration.

## H. THERAPEUTIC PROCEDURES - NON-OPERATIVE

...

## H.14. DRY NEEDLING TREATMENT

a. Description. Dry needling is the insertion of a solid filiform needle into a myofascial trigger point or other muscular or connective tissue, without injection of medication, to reduce pain and improve function. It is distinct from acupuncture, which is addressed in Section H.1, and from trigger point injections, which are addressed in Section H.22.

b. Indications. Dry needling is recommended for patients with myofascial pain with identified trigger points as part of an active treatment program that includes therapeutic exercise and functional restoration. It should not be used as a sole treatment. Dry needling may be performed by a physician or by a physical therapist or chiropractor who is authorized by his or her licensing board to perform the procedure and who meets that board's training requirements.

c. Contraindications. Bleeding disorders or anticoagulation at therapeutic levels (relative); local infection; needle phobia; inability to cooperate with positioning; pregnancy (for selected regions).

d. Complications. Bruising, post-treatment soreness, syncope and, rarely, pneumothorax. Providers must be trained in recognition and management of complications.

e. Time frames for dry needling treatment:

- Time to produce effect: Immediate to 3 treatments.
- Frequency: 1 to 2 times per week.
- Optimum number of treatments: 4 to 6.
- Maximum number of treatments: 8 within a six-month period for a given region; additional treatment requires documentation of functional improvement and prior authorization.

f. Reporting. Dry needling is reported with CPT 20560 (1 or 2 muscles) or 20561 (3 or more muscles) and is reimbursed under the Division's Medical Fee Schedule (Rule 18). Dry needling performed on the same day as trigger point injection of the same muscles is not separately reimbursed.

## H.15. EDUCATION/INFORMED DECISION MAKING

Education of the patient and family is an integral part of every treatment plan. ...

## H.22. INJECTIONS - THERAPEUTIC, TRIGGER POINT INJECTIONS

Trigger point injections are generally accepted for myofascial pain when trigger points are identified and the injections facilitate an active therapy program. Time to produce effect: local anesthetic, 30 minutes; no more than 4 injection sessions in 6 months for a given region ...

[End of excerpt]
""",
))


def main():
    for path, header, footer, body in DOCS:
        out = render(path, header, footer, body)
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
