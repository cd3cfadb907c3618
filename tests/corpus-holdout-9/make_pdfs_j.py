#!/usr/bin/env python3
"""Build the five j-* PDF documents of corpus-holdout-9 with fpdf2.

Line breaking is done here (not by fpdf's multi_cell) so that lines end
mid-sentence and long words are sometimes hyphenated at the line end.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT = "Helvetica"
SIZE = 11
LEAD = 6.2
MARGIN = 24


class Doc(FPDF):
    def __init__(self, header_text):
        super().__init__(format="letter", unit="mm")
        self.header_text = header_text
        self.set_margins(MARGIN, 22, MARGIN)
        self.set_auto_page_break(False)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))

    def header(self):
        self.set_font(FONT, "I", 8.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN, 10)
        self.cell(0, 5, self.header_text)
        self.line(MARGIN, 16, self.w - MARGIN, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-16)
        self.set_font(FONT, "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def wrap(pdf, text, width):
    """Greedy line breaking with occasional end-of-line hyphenation."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = w if not cur else cur + " " + w
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        # try to hyphenate long alphabetic words when a lot of room is left
        room = width - pdf.get_string_width(cur + " " if cur else "")
        core = w.rstrip(".,;:)")
        if len(core) >= 8 and core.isalpha() and room > width * 0.07:
            best = None
            for k in range(3, len(core) - 3):
                if pdf.get_string_width(w[:k] + "-") <= room:
                    best = k
            if best:
                lines.append((cur + " " if cur else "") + w[:best] + "-")
                cur = w[best:]
                continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def build(name, header_text, blocks):
    pdf = Doc(header_text)
    pdf.alias_nb_pages()
    pdf.add_page()
    bottom = pdf.h - 24
    full = pdf.w - 2 * MARGIN
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font(FONT, "B", 13)
            indent, lead, gap = 0, 7, 3
        elif kind == "h":
            pdf.set_font(FONT, "B", SIZE)
            indent, lead, gap = 0, LEAD, 1.5
        elif kind == "li":
            pdf.set_font(FONT, "", SIZE)
            indent, lead, gap = 7, LEAD, 1.5
        elif kind == "small":
            pdf.set_font(FONT, "", 9)
            indent, lead, gap = 0, 5, 2.5
        else:
            pdf.set_font(FONT, "", SIZE)
            indent, lead, gap = 0, LEAD, 3
        lines = wrap(pdf, text, full - indent)
        if kind == "h" and pdf.get_y() + lead * 3 > bottom:
            pdf.add_page()
        for ln in lines:
            if pdf.get_y() + lead > bottom:
                pdf.add_page()
                pdf.set_font(FONT, "B" if kind in ("h", "title") else "",
                             13 if kind == "title" else (9 if kind == "small" else SIZE))
            pdf.set_x(MARGIN + indent)
            pdf.cell(full - indent, lead, ln)
            pdf.ln(lead)
        pdf.ln(gap)
    out = HERE / name
    pdf.output(str(out))
    return out


DOCS = []

# --------------------------------------------------------------------------
# Board 1: Utah stipulation - discipline for needling before meeting training
# --------------------------------------------------------------------------
DOCS.append(("boards/j-ut-dopl-stipulation-dn-training.pdf",
 "Utah DOPL - Physical Therapy - Case No. PT-2025-0311 - Stipulation and Order",
 [
 ("title", "BEFORE THE DIVISION OF OCCUPATIONAL AND PROFESSIONAL LICENSING OF THE DEPARTMENT OF COMMERCE OF THE STATE OF UTAH"),
 ("p", "IN THE MATTER OF THE LICENSE OF KELSEY A. BRANDT TO PRACTICE AS A PHYSICAL THERAPIST IN THE STATE OF UTAH. Case No. PT-2025-0311. STIPULATION AND ORDER."),
 ("p", "Kelsey A. Brandt (\"Respondent\") and the Division of Occupational and Professional Licensing (\"Division\") agree to resolve this matter on the terms set out below. Respondent has read this Stipulation, has had the opportunity to consult counsel, and enters into it knowingly and voluntarily. Respondent understands that this Stipulation and Order, once signed by the Division Director, is a public record and will be reported to national databases as required by law."),
 ("h", "FINDINGS OF FACT"),
 ("li", "1. Respondent has been licensed as a physical therapist in Utah since May 2019 and, during the period relevant here, worked at an outpatient orthopedic clinic in Utah County."),
 ("li", "2. Between January and August 2025 Respondent performed dry needling on approximately thirty patients, inserting solid filament needles into the cervical, shoulder and lumbar musculature to treat myofascial pain. The clinic's scheduling system listed the service as \"IMS\" (intramuscular stimulation)."),
 ("li", "3. At the time Respondent began needling patients, Respondent had completed a twelve-hour introductory course that was delivered almost entirely online, with a single afternoon of supervised practice. Respondent had not completed the in-person hours, the competency examination, or the supervised treatment sessions that the Division's rule requires, and had not filed the training documentation the rule calls for."),
 ("li", "4. A patient filed a complaint after developing a large hematoma and persistent numbness following a session in which Respondent needled the posterior shoulder. Medical records show the condition resolved within eight weeks."),
 ("li", "5. After the Division's investigator contacted the clinic, Respondent immediately stopped needling, cooperated fully, and enrolled in a compliant course, which Respondent had partly completed at the time of this Stipulation."),
 ("h", "CONCLUSIONS OF LAW"),
 ("li", "6. The Physical Therapy Practice Act and the rules adopted under it include dry needling in the practice of physical therapy, subject to limits. A licensed physical therapist may perform dry needling in Utah only after completing the education and supervised practice specified by rule, which presently include at least 54 hours of in-person instruction, a passed practical competency assessment, and 200 supervised patient treatment sessions, and after keeping documentation of that training available for Division review. Physical therapist assistants may not dry needle."),
 ("li", "7. By dry needling patients before satisfying the requirements described in paragraph 6, Respondent practiced beyond the scope of Respondent's education and training and engaged in unprofessional conduct as defined in the Division's general rules and the Practice Act."),
 ("li", "8. The Division has jurisdiction over Respondent and over the subject matter, and the sanctions below are within its authority."),
 ("h", "AGREEMENT AND ORDER"),
 ("li", "9. Public reprimand. Respondent is publicly reprimanded for the conduct described above."),
 ("li", "10. Restriction. Respondent shall not perform dry needling, under any name, until Respondent has completed all of the training required by rule and has submitted to the Division proof of that training, including the practical assessment and the log of supervised treatment sessions. The Division will notify Respondent in writing when the restriction is lifted. Once it is lifted, Respondent may resume dry needling on the same terms as any other qualified licensee."),
 ("li", "11. Probation. Respondent's license is placed on probation for eighteen months. During probation Respondent shall meet with the Physical Therapy Board or its designee as requested and submit quarterly self-reports."),
 ("li", "12. Civil penalty. Respondent shall pay an administrative fine of $2,500 within 180 days of the effective date of this Order."),
 ("li", "13. Violation of this Order may result in further sanctions, up to and including revocation."),
 ("p", "Respondent acknowledges that the Division makes no representation about how any other jurisdiction or any payer will treat this Order."),
 ("p", "DATED this 10th day of December, 2025. DIVISION OF OCCUPATIONAL AND PROFESSIONAL LICENSING, by the Bureau Manager. RESPONDENT: Kelsey A. Brandt, PT. The Physical Therapy Board reviewed this Stipulation and recommends that it be approved. IT IS SO ORDERED. Division Director."),
 ]))

# --------------------------------------------------------------------------
# Board 2: California Attorney General opinion - not within scope
# --------------------------------------------------------------------------
DOCS.append(("boards/j-ca-ag-opinion-dn-scope.pdf",
 "Office of the Attorney General - State of California - Opinion No. 25-402",
 [
 ("title", "OFFICE OF THE ATTORNEY GENERAL, State of California. OPINION No. 25-402, issued April 22, 2026"),
 ("p", "THE HONORABLE [MEMBER], MEMBER OF THE CALIFORNIA STATE ASSEMBLY, has requested an opinion on the following question: Does the practice of physical therapy, as defined in the Business and Professions Code, permit a licensed physical therapist to perform dry needling, also referred to as trigger point dry needling or intramuscular needling?"),
 ("h", "BACKGROUND"),
 ("p", "Dry needling involves inserting a thin, solid needle through the skin and into underlying muscle or fascia. No medication is introduced. The needle is usually manipulated until the muscle produces a local twitch response and is then withdrawn. Supporters describe the procedure as a manual technique aimed at trigger points and movement dysfunction. Acupuncturists contend that it is a form of acupuncture under a different name. Physicians note that it is an invasive procedure with recognized risks, including pneumothorax, nerve injury and infection."),
 ("p", "The question has come before the Physical Therapy Board of California on several occasions. The Board has issued no regulation on the subject, and the Legislature has considered, without enacting, proposals that would have expressly authorized the technique for physical therapists who complete specified training. The requester asks us to determine what the existing statutes allow."),
 ("h", "ANALYSIS"),
 ("p", "We begin with the text. Business and Professions Code section 2620 describes physical therapy as the art and science of physical or corrective rehabilitation or of physical or corrective treatment of any bodily or mental condition by the use of the physical, chemical and other properties of heat, light, water, electricity, sound, massage and active, passive and resistive exercise. The same section states that physical therapy does not include the use of roentgen rays and radioactive materials, surgery, or the use of drugs. Other provisions permit a physical therapist to perform tissue penetration only for limited purposes, and only upon completing additional certification: the performance of electromyography using needle electrodes, and the performance of topical medication applications under specified conditions."),
 ("p", "Those targeted grants of authority are significant. When the Legislature wished to allow physical therapists to penetrate tissue, it did so expressly, narrowly, and with a certification requirement. A general reading of section 2620 that already encompassed needle insertion for treatment would make those specific provisions largely unnecessary, a result courts avoid. Nor do we think the reference to \"physical properties\" or to massage can fairly be read to reach the insertion of a needle through the skin; the enumerated methods all act on the body from the outside."),
 ("p", "We have considered the argument, pressed by several professional associations, that dry needling is merely a modern refinement of manual therapy, and that many other states permit it. The practice of physical therapy is defined by each state's legislature, and statutes elsewhere frequently contain language that ours does not. The existence of training courses, however rigorous, cannot enlarge a statutory scope of practice. Nor may the Physical Therapy Board expand that scope by regulation; an administrative agency has no authority to adopt rules that alter or enlarge the terms of the statute it administers."),
 ("p", "We also note that the Medical Practice Act prohibits the practice of medicine by unlicensed persons and defines that practice to include the use of any instrument that severs or penetrates the tissues of human beings. Absent a specific exception, a physical therapist who inserts needles into patients for therapeutic purposes would risk engaging in conduct reserved to physicians, or to acupuncturists under the Acupuncture Licensure Act."),
 ("h", "CONCLUSION"),
 ("p", "For these reasons, it is our opinion that dry needling, by whatever name it is called, falls outside the practice of physical therapy as currently defined in California law, and that a licensed physical therapist may not lawfully perform it. Whether physical therapists should be authorized to perform the procedure, and under what conditions, is a policy question for the Legislature."),
 ("small", "Opinions of the Attorney General are advisory. They are entitled to considerable weight but are not binding on the courts. Prepared by a Deputy Attorney General for the Attorney General."),
 ]))

# --------------------------------------------------------------------------
# Board 3: Florida fiscal note on a bill that did not pass - unclear
# --------------------------------------------------------------------------
DOCS.append(("boards/j-fl-bill-analysis-dn-fiscal.pdf",
 "The Florida Senate - Bill Analysis and Fiscal Impact Statement - CS/SB 1184 (2026)",
 [
 ("title", "The Florida Senate. BILL ANALYSIS AND FISCAL IMPACT STATEMENT"),
 ("p", "(This document is based on the provisions contained in the legislation as of the latest date listed below.) Prepared by: The Professional Staff of the Committee on Health Policy. BILL: CS/SB 1184. INTRODUCER: Health Policy Committee and Senator [Sponsor]. SUBJECT: Physical Therapy; Dry Needling. DATE: February 18, 2026."),
 ("h", "I. Summary"),
 ("p", "CS/SB 1184 would amend the physical therapy practice act in chapter 486, Florida Statutes, to add dry needling to the definition of the practice of physical therapy and to establish minimum qualifications for physical therapists who wish to perform it. The bill directs the Board of Physical Therapy Practice to adopt rules and authorizes the Department of Health to collect a one-time fee to register qualified practitioners. The bill would take effect July 1, 2026, if enacted."),
 ("h", "II. Present Situation"),
 ("p", "Chapter 486 defines the practice of physical therapy and lists the methods a physical therapist may use. The chapter does not mention dry needling, and no rule of the Board of Physical Therapy Practice addresses it. Staff was unable to locate a declaratory statement or final order of the Board resolving the question. Chapter 457, governing acupuncture, defines acupuncture to include the insertion of needles to promote health and treat disease, and requires a license for its practice. Practitioners and professional associations disagree about whether these provisions, read together, permit a physical therapist to needle a patient today."),
 ("p", "Staff's review of other jurisdictions found that a large majority of states have addressed the matter by statute, rule, attorney general opinion or board statement, with results ranging from express authorization to express prohibition."),
 ("h", "III. Effect of Proposed Changes"),
 ("p", "Section 1 amends s. 486.021 to define \"dry needling\" as a skilled intervention that uses a filiform needle to penetrate the skin and stimulate underlying myofascial trigger points, muscular and connective tissues for the management of neuromusculoskeletal pain and movement impairments. The definition excludes the injection of any substance and provides that dry needling is not acupuncture."),
 ("p", "Section 2 creates s. 486.1175 to require that, before performing dry needling, a physical therapist complete at least 50 hours of board-approved face-to-face instruction, practice for at least two years, and register with the department. Physical therapist assistants could not perform dry needling."),
 ("p", "Section 3 requires the board to adopt rules by January 1, 2027. Section 4 provides an effective date of July 1, 2026."),
 ("h", "IV. Constitutional Issues"),
 ("p", "None identified."),
 ("h", "V. Fiscal Impact Statement"),
 ("p", "A. Tax/Fee Issues: The bill authorizes a registration fee not to exceed $100. The department estimates that roughly 4,000 physical therapists would register during the first two years, producing revenue of up to $400,000 to the Medical Quality Assurance Trust Fund."),
 ("p", "B. Private Sector Impact: Physical therapists who choose to register would bear training costs, which commonly range from $800 to $2,500 per course series. Patients may gain an additional treatment option. Licensed acupuncturists have argued that the bill could reduce demand for their services; staff could not quantify that effect."),
 ("p", "C. Government Sector Impact: The department reports that it would need to modify its licensing system to add a registration type and that rulemaking, complaint intake and investigations would require approximately 1.5 additional FTE positions, an estimated recurring cost of $118,000 and nonrecurring cost of $64,000. The department indicates these costs can be absorbed within existing resources."),
 ("h", "VI. Technical Deficiencies"),
 ("p", "Lines 88-90 refer to \"the board\" without specifying whether the Board of Physical Therapy Practice or the Board of Acupuncture is intended. The sponsor may wish to clarify."),
 ("h", "VII. Related Issues"),
 ("p", "None."),
 ("h", "VIII. Statutes Affected"),
 ("p", "This bill substantially amends s. 486.021 and creates s. 486.1175, Florida Statutes."),
 ("h", "IX. Additional Information"),
 ("p", "A. Committee Substitute - by Health Policy on February 17, 2026: The committee substitute raises the minimum training hours from 30 to 50 and adds the two-year practice requirement."),
 ("small", "Bill history (from the Senate website as of November 2026): 01/09/2026 Filed. 02/17/2026 Health Policy: CS by Health Policy. 02/19/2026 Referred to Appropriations Committee on Health and Human Services; Rules. 03/14/2026 Indefinitely postponed and withdrawn from consideration. Died in Appropriations Committee on Health and Human Services."),
 ]))

# --------------------------------------------------------------------------
# Payer 1: BluePine medical policy - investigational
# --------------------------------------------------------------------------
DOCS.append(("payers/j-bluepine-dn-medical-policy.pdf",
 "BluePine Health Plans - Medical Policy 8.01.77 - Dry Needling",
 [
 ("title", "BluePine Health Plans - Medical Policy"),
 ("p", "Policy Number: 8.01.77. Title: Dry Needling of Trigger Points for Myofascial Pain. Category: Rehabilitation / Physical Medicine. Effective Date: 04/01/2026. Last Review: 02/2026. Applies to all fully insured commercial products. For self-funded plans, the plan document governs."),
 ("h", "Description"),
 ("p", "Dry needling is a procedure in which a solid filiform needle is inserted through the skin into a myofascial trigger point or other area of muscle without delivering any medication. The needle may be left in place briefly or moved in and out (pistoning) to elicit a local twitch response. Proponents believe the technique disrupts dysfunctional motor end plates and reduces local and referred pain. The procedure is performed by physical therapists, chiropractors, physicians and others, depending on state law. Related terms include trigger point dry needling, functional dry needling and intramuscular stimulation."),
 ("p", "Dry needling differs from trigger point injection, in which a local anesthetic or other agent is injected, and from acupuncture, which is based on a traditional system of meridians. Trigger point injection and acupuncture are addressed in separate policies."),
 ("h", "Policy"),
 ("p", "BluePine considers dry needling, reported with CPT 20560 or 20561, investigational for the treatment of myofascial pain and for all other conditions, including but not limited to neck pain, low back pain, shoulder pain, plantar fasciitis, headache, temporomandibular disorders and fibromyalgia. The evidence is insufficient to determine that the procedure improves net health outcomes."),
 ("h", "Rationale"),
 ("p", "The policy was updated with a literature search through December 2025. The evidence base consists of numerous small randomized controlled trials and several systematic reviews with meta-analyses. Most trials compared dry needling with sham needling, no treatment, or other physical therapy interventions and measured pain intensity over periods of days to a few weeks."),
 ("p", "Pooled analyses frequently report short-term reductions in pain. However, the trials suffer from common limitations: small sample sizes, heterogeneity in needling protocols and comparators, difficulty blinding participants and providers, high risk of bias in many studies, and a lack of follow-up beyond three months. When dry needling was compared with active treatments such as exercise or manual therapy, differences were small and often did not reach the threshold for a clinically meaningful change. Few studies measured function, return to work or medication use with validated instruments."),
 ("p", "A 2024 evidence review commissioned by a state health technology assessment program concluded that the strength of evidence was low for short-term pain relief and insufficient for longer-term outcomes. No major professional society guideline recommends dry needling as a first-line treatment on the basis of high-quality evidence."),
 ("p", "In summary, the available studies do not permit conclusions about whether dry needling produces durable improvement in pain or function compared with established alternatives. The policy statement is unchanged."),
 ("h", "Coding"),
 ("li", "CPT 20560 - Needle insertion(s) without injection(s); 1 or 2 muscle(s): investigational."),
 ("li", "CPT 20561 - Needle insertion(s) without injection(s); 3 or more muscles: investigational."),
 ("li", "ICD-10 codes: M79.1x, M54.2, M54.50-M54.59, M75.80-M75.82, M72.2 and others; the policy applies regardless of diagnosis."),
 ("h", "Policy History"),
 ("p", "04/01/2020: New policy; investigational. 04/01/2022: Annual review; no change. 04/01/2024: Annual review; new CPT descriptors added; no change to policy statement. 04/01/2026: Annual review; literature updated; no change to policy statement."),
 ("small", "Medical policies are not an authorization, certification, explanation of benefits or a contract. Benefits are determined by the group or individual contract in effect at the time services are rendered. This policy may be updated at any time."),
 ]))

# --------------------------------------------------------------------------
# Payer 2: Tallgrass clinical guideline - not medically necessary
# --------------------------------------------------------------------------
DOCS.append(("payers/j-tallgrass-outpatient-pt-guideline.pdf",
 "Tallgrass Health Partners - Clinical Guideline CG-REH-03 - Outpatient Physical Therapy",
 [
 ("title", "Tallgrass Health Partners. Clinical Guideline CG-REH-03: Outpatient Physical Therapy Services"),
 ("p", "Guideline owner: Utilization Management Committee. Approved: September 9, 2026. Effective: November 1, 2026. Lines of business: Commercial HMO and PPO; Medicare Advantage members are reviewed under applicable CMS manuals and local coverage determinations first."),
 ("h", "1. Scope"),
 ("p", "This guideline describes the clinical criteria Tallgrass reviewers use to decide whether outpatient physical therapy services requested for a member are medically necessary. It applies to services delivered in hospital outpatient departments, private practices and comprehensive outpatient rehabilitation facilities. It does not apply to inpatient rehabilitation, home health or skilled nursing facility care."),
 ("h", "2. Criteria for initial authorization"),
 ("p", "Outpatient physical therapy is medically necessary when all of the following are met:"),
 ("li", "a. The member has a documented condition that has produced a loss of function, such as reduced mobility, strength, balance or ability to perform self-care or work tasks;"),
 ("li", "b. A licensed physical therapist has completed an evaluation and established a written plan of care with measurable, time-limited goals;"),
 ("li", "c. The services require the professional skills of a therapist and could not be performed safely and effectively by the member or a caregiver after instruction;"),
 ("li", "d. There is a reasonable expectation that the member's function will improve significantly within a predictable period; and"),
 ("li", "e. The frequency and duration requested are consistent with accepted clinical practice for the condition."),
 ("h", "3. Criteria for continued care"),
 ("p", "Additional visits are medically necessary when the record shows objective, measurable progress toward the goals in the plan of care, the goals have been updated as appropriate, and the member remains unable to continue with an independent home program. Continued care is not medically necessary once goals are met, progress has plateaued over two consecutive re-assessments, or the member is not participating."),
 ("h", "4. Services that are not medically necessary"),
 ("p", "Tallgrass considers the following not medically necessary when delivered in the outpatient physical therapy setting, regardless of the diagnosis or the member's response to other care:"),
 ("li", "a. Maintenance programs designed to preserve a level of function already achieved;"),
 ("li", "b. Services that are primarily palliative or that duplicate care the member is receiving from another discipline;"),
 ("li", "c. Passive modalities, such as hot or cold packs, as the sole intervention in a visit;"),
 ("li", "d. Dry needling of trigger points (CPT 20560 and 20561), including techniques described as intramuscular manual therapy;"),
 ("li", "e. Group exercise classes and general conditioning or wellness programs;"),
 ("li", "f. Treatment intended only to meet vocational or athletic performance goals."),
 ("h", "5. Experimental and investigational services"),
 ("p", "Certain interventions that may be offered in the physical therapy setting are considered experimental or investigational and are addressed in the plan's separate medical policies. Examples include low-level laser therapy, interferential current for chronic pain, and whole-body vibration. Requests for those services are not reviewed under this guideline."),
 ("h", "6. Documentation requirements"),
 ("p", "Requests must include the initial evaluation, the current plan of care, the number of visits used in the current episode, objective measures at baseline and at the most recent visit, and a description of the home exercise program. Missing information will delay review."),
 ("h", "7. Visit limits and benefits"),
 ("p", "Meeting these criteria does not override benefit limits in the member's contract. Most Tallgrass commercial plans cover a combined 30 rehabilitation visits per year."),
 ("h", "8. References"),
 ("p", "Professional association practice guidelines for neck pain, low back pain and knee osteoarthritis; CMS Medicare Benefit Policy Manual, chapter 15, section 220; internal utilization data, 2023-2025."),
 ("small", "Clinical guidelines assist in the administration of plan benefits and are not a substitute for the judgment of the treating clinician."),
 ]))


def main():
    for name, header_text, blocks in DOCS:
        out = build(name, header_text, blocks)
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
