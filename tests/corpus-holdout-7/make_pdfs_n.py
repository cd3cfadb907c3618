#!/usr/bin/env python3
"""Build the four n-* PDF documents of corpus-holdout-7 (fpdf2, core Helvetica).

Lines are broken by this script (not by fpdf's multi_cell) so that sentences
run across line ends and some long words are hyphenated at the margin.
Markup in the sources: '# ' title, '## ' heading, '- ' bullet, '> ' indented
item, anything else a paragraph; blocks are separated by blank lines.
"""
import os
import re
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)
BODY_PT = 10.5
LINE_H = 5.2
WORD_RE = re.compile(r"^([A-Za-z]+)([,.;:)]?)$")


class Doc(FPDF):
    def __init__(self, running_header):
        super().__init__(format="Letter", unit="mm")
        self.running_header = running_header
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_creation_date(FIXED_DATE)
        self.set_creator("make_pdfs_n.py")

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.running_header, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def wrap(pdf, text, width):
    """Greedy line breaking; hyphenate a long word when the gap would be wide."""
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        m = WORD_RE.match(word)
        gap = width - pdf.get_string_width(cur)
        split_at = None
        if m and len(m.group(1)) >= 9 and gap > 0.05 * width:
            core = m.group(1)
            for k in range(len(core) - 3, 3, -1):
                head = f"{cur} {core[:k]}-" if cur else f"{core[:k]}-"
                if pdf.get_string_width(head) <= width:
                    split_at = k
                    break
        if split_at:
            lines.append((f"{cur} " if cur else "") + word[:split_at] + "-")
            cur = word[split_at:]
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def render(path, running_header, source):
    pdf = Doc(running_header)
    pdf.add_page()
    full_w = pdf.w - pdf.l_margin - pdf.r_margin
    for block in [b.strip() for b in source.strip().split("\n\n") if b.strip()]:
        text = " ".join(block.split())
        indent, bullet = 0, None
        if text.startswith("# "):
            pdf.set_font("Helvetica", "B", 14)
            text, lh = text[2:], 7
        elif text.startswith("## "):
            pdf.set_font("Helvetica", "B", 11)
            text, lh = text[3:], 6
            pdf.ln(1.5)
        else:
            pdf.set_font("Helvetica", "", BODY_PT)
            lh = LINE_H
            if text.startswith("- "):
                text, indent, bullet = text[2:], 6, "-"
            elif text.startswith("> "):
                text, indent = text[2:], 6
        text.encode("latin-1")  # core fonts only take latin-1
        for i, line in enumerate(wrap(pdf, text, full_w - indent)):
            pdf.set_x(pdf.l_margin)
            if indent:
                pdf.cell(indent, lh, bullet if (bullet and i == 0) else "")
            pdf.cell(full_w - indent, lh, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(path)
    return path


NEBRASKA = """
# NEBRASKA PHYSICAL THERAPY PRACTICE ACT

## Chapter 4. Scope of Practice, Supervision, and Standards of Conduct

Unofficial consolidated text prepared by Board staff. Current through 1 September 2026.

## § 4-101 Purpose.

The purpose of this chapter is to protect the public by setting the boundaries of physical therapy practice, by establishing the responsibilities of licensees who supervise others, and by stating the standards of conduct that apply to every person who holds a license under this Act. Nothing in this chapter limits the practice of any other profession licensed in this State.

## § 4-102 Definitions.

For purposes of this chapter:

> (1) "Physical therapy" means the examination, evaluation, and treatment of individuals with impairments of movement, function, or health related to the neuromusculoskeletal, cardiovascular, pulmonary, and integumentary systems, and includes therapeutic exercise, functional training, manual therapy, airway clearance, wound care, the use of physical agents and of mechanical and electrotherapeutic modalities, the prescription and fitting of assistive devices, and patient education.

> (2) "Physical therapist assistant" means a person licensed under this Act who assists a physical therapist in carrying out interventions that the physical therapist has selected.

> (3) "Physical therapy aide" means an unlicensed person who performs designated routine tasks related to the operation of a physical therapy service under the on-site supervision of a licensee.

> (4) "Direct supervision" means that the supervising physical therapist is physically present in the same treatment area and immediately available to intervene.

> (5) "General supervision" means that the supervising physical therapist can be reached by telecommunication at all times while the assistant is treating and is able to reach the treatment site within a reasonable time.

> (6) "Plan of care" means the written statement of goals, interventions, frequency, and expected duration that a physical therapist prepares after an evaluation.

## § 4-103 Practice without referral.

> (1) A physical therapist may examine and treat a patient without a referral from another health care practitioner.

> (2) If a patient treated without referral has not shown documented improvement within 30 days or 12 visits, whichever comes first, the physical therapist shall refer the patient to a physician, physician assistant, or advanced practice registered nurse and shall note the referral in the record.

> (3) A physical therapist shall refer a patient promptly whenever findings suggest a condition outside the scope of physical therapy.

## § 4-104 Supervision of assistants and aides.

> (1) A physical therapist remains responsible for every patient whose care the therapist has assigned to an assistant or aide.

> (2) A physical therapist may supervise no more than three assistants at one time, counted as full-time equivalents.

> (3) An assistant may not perform an initial evaluation, a re-evaluation, or a discharge evaluation, and may not establish or change a plan of care.

> (4) The supervising physical therapist shall personally see each patient treated by an assistant at least once every sixth visit or every 30 days, whichever comes first.

> (5) Aides may not provide any intervention that requires the clinical judgment of a licensee and may work only under direct supervision.

## § 4-105 Documentation.

> (1) Each patient record shall contain the initial evaluation, the plan of care, daily treatment notes, progress reports, and a discharge summary.

> (2) Entries shall be legible, dated, and signed by the licensee who provided the service, together with the licensee's credentials.

> (3) Records shall be kept for at least seven years after the last date of service or, for a minor, until three years after the patient reaches the age of majority, whichever is later.

## § 4-106 Telehealth.

> (1) A licensee may deliver physical therapy by synchronous audio-video communication when the patient is located in this State and the service meets the standard of care that would apply in person.

> (2) The licensee shall verify the patient's identity and location at the start of each session and shall have a plan for responding to an emergency at the patient's location.

## § 4-107 Intramuscular manual therapy.

> (1) Intramuscular manual therapy, also called dry needling, is encompassed by the practice of physical therapy. In this section the term means inserting solid filiform needles through the skin into underlying tissue to treat trigger points, muscle, and connective tissue, without injecting any medication or other substance.

> (2) Before performing intramuscular manual therapy, a physical therapist shall complete at least 50 hours of instruction in the technique, of which no fewer than 25 hours consist of in-person, supervised practice, and shall keep written proof of completion available for inspection by the Board.

> (3) A physical therapist shall obtain the patient's written informed consent, which shall state that the procedure is not acupuncture, and shall document the muscles treated and the patient's response.

> (4) A physical therapist may not delegate intramuscular manual therapy to an assistant, aide, or student.

> (5) This section became operative on 1 July 2025.

## § 4-108 Continuing competence.

> (1) Each physical therapist shall complete 20 contact hours of continuing competence activities in each two-year renewal period, including at least two hours in ethics or jurisprudence.

> (2) Each assistant shall complete 10 contact hours in each renewal period, including at least one hour in ethics or jurisprudence.

> (3) The Board may audit any licensee and may require proof of completion within 30 days of a written request.

## § 4-109 Grounds for discipline.

The Board may deny, suspend, revoke, or place conditions on a license, or impose a civil penalty of up to $1,000 for each violation, if the licensee:

> (a) obtains or attempts to obtain a license by fraud or misrepresentation;

> (b) practices while impaired by alcohol or drugs;

> (c) performs interventions for which the licensee lacks the education or training required by this chapter;

> (d) fails to supervise assistants or aides as required by section 4-104;

> (e) engages in sexual misconduct with a patient;

> (f) bills for services not provided or misrepresents the services provided; or

> (g) violates any order of the Board.

## § 4-110 Display of license and advertising.

> (1) A licensee shall display a current license, or a copy of it, in a place visible to patients at each practice location.

> (2) No person may advertise physical therapy services that are not provided by or under the supervision of a licensed physical therapist.

> (3) A licensee shall not use advertising that is false or misleading or that promises a cure.

## § 4-111 Use of titles.

> (1) Only a person licensed as a physical therapist may use the title "physical therapist," the letters "PT" or "DPT" in connection with clinical services, or any other words or letters that suggest the person is a physical therapist.

> (2) Only a person licensed as a physical therapist assistant may use the title "physical therapist assistant" or the letters "PTA."

## § 4-112 Duty to report.

> (1) A licensee who has reliable information that another licensee is practicing while impaired, or has engaged in conduct that places patients at risk, shall report that information to the Board within 30 days.

> (2) A licensee who makes a report in good faith is immune from civil liability arising from the report.

Staff note: Section headings and this consolidated layout are supplied for convenience only. The official text is the enacted statute as published in the Revised Statutes of Nebraska.
"""

IDAHO = """
# THE IDAHO PT BULLETIN

Newsletter of the Idaho Physical Therapy Licensure Board. Fall 2026, Volume 14, Issue 3.

## From the Chair

The summer was a busy one for the Board. We welcomed a new public member, finished the second year of our continuing competence audit, and started work on the rules needed to carry out this year's legislation. I want to thank the many licensees who sent comments during the spring; your letters changed the wording of more than one draft. The Board's work depends on practitioners who take the time to read proposals and tell us what will and will not work in a real clinic. -- Kendra Olsen, PT, DPT, Chair

## Renewal season is coming

Licenses expire on 31 December of even-numbered years, so this is a renewal year. The online portal opened on 1 October. Renewals filed after 31 December carry a late fee of $75, and a license that has not been renewed by 31 March lapses and must be reinstated. Please make sure the email address in the portal is current, because all reminders are sent electronically.

## Continuing competence audit results

The Board randomly selected 180 licensees for audit this year. Of those, 163 documented the required hours on the first request, 12 did so after a reminder, and 5 have been referred for further review. The most common problem was a course certificate that did not show the number of hours. Keep certificates that list the provider, date, title, and hours.

## Legislative update: dry needling registration

House Bill 517 was signed in March and took effect on 1 July 2026. It adds dry needling to the statutory definition of physical therapy for a therapist who holds a dry needling registration issued by the Board, and it leaves the training standard and the application process to be set by rule.

The Board published proposed rules in August. They would require 54 hours of instruction, at least half of it supervised hands-on practice, and would prohibit delegation to assistants. The comment period closes on 15 December 2026. The Board expects to adopt final rules at its February meeting, after which they go to the Legislature for review.

Several licensees have asked whether they can begin now, since the statute is already in force. They cannot. The registration application does not exist yet, and the statute reaches only a therapist who holds a registration. Until the Board has issued your registration, dry needling remains outside your scope of practice, and performing it could lead to discipline. We will announce the opening of applications by email and on the Board's website.

## Around the region

Montana's board reports that it has now issued more than 500 dry needling endorsements since its program began. Utah is reviewing its supervision rules for assistants, and Wyoming has moved all license renewals online.

## Telehealth across state lines

Idaho's participation in the interstate physical therapy licensure compact continues to grow. More than 1,100 privileges to practice have been issued to therapists from other compact states so that they can treat patients located in Idaho. If you hold a compact privilege, remember that Idaho law governs while you are treating an Idaho patient, including the supervision ratios and the documentation rules.

## Disciplinary actions

Between April and September the Board took the following actions. A physical therapist in Coeur d'Alene agreed to a public reprimand and a $1,000 fine for billing for visits that were never provided. An assistant in Twin Falls surrendered her license after a conviction unrelated to practice. A physical therapist in Boise was placed on probation for two years after failing to supervise an aide who performed interventions beyond the aide's role. Full orders are posted on the Board's website.

## Meet our new board member

Luis Aguirre of Pocatello joined the Board in July as its public member. Mr. Aguirre is a retired school principal and has served on the boards of two community nonprofits. He says he hopes to help the Board speak plainly to the people that physical therapists serve.

## Reminder on supervision ratios

A physical therapist may supervise up to four assistants at a time, counted as full-time equivalents. Aides must work under on-site supervision and may not perform any intervention that calls for clinical judgment.

## Board meeting schedule for 2027

Meetings begin at 9:00 a.m. in the Chinden campus conference center and are open to the public: 19 February, 14 May, 20 August, and 12 November. Agendas are posted at least one week before each meeting.
"""

SILVERPINE = """
# SILVERPINE HEALTH ALLIANCE

## Medical Policy MP-PM-100: Physical Medicine and Rehabilitation Services

Lines of business: Commercial and Exchange. Effective 1 May 2026. Last reviewed 10 April 2026.

## 1. Purpose

This policy describes when Silverpine Health Alliance considers outpatient physical therapy, occupational therapy, and related physical medicine services to be covered. It applies to services delivered in clinics, hospital outpatient departments, and the home, and to services furnished by physical therapists, occupational therapists, chiropractors, and physicians who bill physical medicine codes. When a member's benefit documents differ from this policy, the benefit documents control.

## 2. Definitions

Rehabilitative services restore function that was lost or impaired because of illness, injury, or surgery. Habilitative services help a member gain or keep skills that were never developed, as with some developmental conditions. Maintenance services are intended to keep a member at a current level of function without an expectation of further improvement. Skilled services are those that, because of their complexity, can be delivered safely and effectively only by or under the supervision of a licensed therapist.

## 3. General coverage criteria

Physical medicine services are covered when all of the following are met:

> a) the member has a diagnosed condition that has caused a measurable loss of function;

> b) a licensed provider has evaluated the member and written a plan of care with specific, measurable goals and with the planned frequency and expected duration;

> c) the services require the skills of a licensed therapist;

> d) the member is expected to improve significantly within a reasonable and predictable period, or the services are needed to establish a safe maintenance program; and

> e) progress is documented at least every 10 visits or every 30 days.

## 4. Maintenance therapy

Once a member has reached a plateau, or when further gains are not expected, ongoing therapy to preserve function is considered maintenance. Silverpine covers the visits needed to design a home program and to teach it to the member or a caregiver, usually no more than two to four visits. Repetitive exercise or supervision that does not require a therapist's skill is not covered.

## 5. Visit limits

Combined physical and occupational therapy visits are limited as stated in the member's benefit documents, typically 30 visits per calendar year. Habilitative visits have a separate limit where state law requires one. Visits for a new condition count toward the same annual limit.

## 6. Individual modalities and procedures

The following statements apply to specific services that are often billed under a physical medicine plan of care:

- Hot and cold packs (97010) are bundled into other services and are not paid separately.

- Therapeutic ultrasound (97035) is covered only as part of an active program and for no more than four weeks for a given condition.

- Unattended electrical stimulation (97014 or G0283) is covered when it supports an active program; home TENS units are addressed in a separate durable medical equipment policy.

- Iontophoresis (97033) is covered for plantar fasciitis and lateral epicondylitis, for up to six sessions.

- Mechanical traction (97012) is covered for cervical or lumbar radiculopathy confirmed on examination.

- Dry needling of myofascial trigger points (20560, 20561) is considered unproven. Published studies do not show lasting improvement in pain or function, and Silverpine classifies the service as experimental and investigational for all conditions.

- Kinesiology taping is included in the value of the visit and is not reimbursed separately.

- Whirlpool and Hubbard tank (97022, 97036) are covered only for wound care or severe burns.

- Massage (97124) is covered only when it prepares tissue for other skilled interventions during the same visit.

## 7. Services that are not physical medicine benefits

Some activities resemble therapy but fall outside the physical medicine benefit altogether. These include general conditioning and fitness programs, sports performance training, back schools offered to groups of employees, recreational activities such as yoga or Pilates classes, and any program whose main purpose is to maintain general health rather than to treat an identified loss of function. Services delivered mainly for the convenience of the member or the provider, and duplicate therapy, meaning physical and occupational therapy aimed at the same goals in the same period, are also not covered.

## 8. Post-operative care

After joint replacement, ligament reconstruction, rotator cuff repair, and spinal fusion, the first 12 visits within 90 days of surgery do not require prior authorization if the surgeon's protocol is attached to the plan of care. Further visits are reviewed under the general criteria in Section 3. Continuous passive motion devices are addressed in the durable medical equipment policy.

## 9. Documentation requirements

The initial evaluation must include the history, objective measurements, standardized functional scales where they exist, and a diagnosis. Daily notes must list each service, the minutes spent on timed codes, and the member's response. Progress reports must compare current measures with the baseline and explain any change to the goals. A discharge summary must give the reason for discharge and describe the home program provided.

## 10. Place of service and providers

Services are covered in an office, in an outpatient hospital, or in the member's home when the member is homebound. Services delivered by an aide, athletic trainer, or exercise physiologist are not billable unless both state law and the member's plan allow it. Services by students are covered only when the supervising licensee is present and directing the care.

## 11. Telehealth

Evaluations and follow-up visits may be delivered by synchronous video when clinically appropriate. Hands-on interventions, including manual therapy and modalities, cannot be delivered by telehealth.

## 12. Coding notes

Timed codes follow the eight-minute rule. The GP modifier is required on physical therapy services and the GO modifier on occupational therapy services. Modifier 59 or an X modifier is needed when a normally bundled procedure is performed at a separate anatomic site.

## 13. Prior authorization

Prior authorization is required after the twelfth visit in a calendar year and for all home-based therapy. Requests must include the most recent progress report and the current plan of care.

## 14. Reconsideration and appeals

A provider who disagrees with a denial under this policy may ask for a peer-to-peer conversation with a Silverpine medical director within 14 days of the denial notice. A formal appeal may be filed by the member, or by the provider on the member's behalf, within 180 days. Appeals should include the evaluation, the plan of care, and every progress report written since the start of care. Decisions on urgent appeals are issued within 72 hours; standard appeals are decided within 30 days. Members in plans subject to state external review rights are told how to request that review in the appeal decision letter.

## 15. References

Clinical practice guidelines of national physical therapy organizations; national guidance on outpatient therapy services; systematic reviews of physical agents and manual techniques considered by the Silverpine Medical Technology Committee.

## 16. Policy history

05/2026 Annual review; statement on massage clarified. 05/2025 Annual review; no change. 05/2024 Policy created by merging the former physical therapy and occupational therapy policies.
"""

KEYSTONE = """
# KEYSTONE MEADOW EMPLOYEE BENEFITS TRUST

## Summary Plan Description - Medical Plan, Plan Year 2026

## Article 9. What the Plan Does Not Cover

## 9.1 How to read this Article

This Article lists services and supplies that the Plan does not pay for. An item listed here is excluded even if a provider orders it, even if it is the only treatment available for a condition, and even if it would otherwise meet the Plan's definition of medical necessity, unless Article 6 (Covered Services) expressly says otherwise. Where a service is denied because it is experimental or investigational, that status is decided under Section 9.3.

## 9.2 General exclusions

The Plan does not cover:

> (1) Services that are not medically necessary, as defined in Article 2.

> (2) Services provided by a member of the participant's immediate family or household.

> (3) Care for which no charge would be made if the participant had no coverage, or for which the participant has no legal obligation to pay.

> (4) Services received before coverage began or after it ended.

> (5) Custodial care, domiciliary care, and respite care, except as provided under the hospice benefit.

> (6) Cosmetic surgery and procedures, including their complications, except reconstructive surgery after a mastectomy or to correct a functional defect caused by injury.

> (7) Eyeglasses, contact lenses, and refractive eye surgery, except the first pair of lenses after cataract surgery.

> (8) Hearing aids and their fitting, for participants aged 19 and older.

> (9) Weight-loss programs, including commercial diet plans, whether or not a physician recommends them. Bariatric surgery is covered only as described in Article 6.

> (10) Travel, lodging, and meals, even when a provider recommends travel, except as described under the transplant benefit.

> (11) Reversal of voluntary sterilization.

> (12) Examinations and services required by an employer, school, or court, or for insurance or licensing purposes, unless they are otherwise covered.

> (13) Treatment of an injury or illness arising out of employment for which workers' compensation benefits are available.

> (14) Personal comfort items such as televisions, telephones, air conditioners, air purifiers, and exercise equipment.

> (15) Massage therapy, rolfing, and other bodywork, except massage billed as part of a physical therapy visit under Article 6.

> (16) Vocational rehabilitation, work hardening, and functional capacity evaluations.

> (17) Hypnotherapy, biofeedback, and neurofeedback.

> (18) Acupuncture, acupressure, dry needling, and intramuscular stimulation, whoever provides the service, including a physical therapist, chiropractor, physician, or acupuncturist. These services are outside the Plan's benefits regardless of the diagnosis.

> (19) Naturopathic and homeopathic services and remedies.

> (20) Over-the-counter drugs, vitamins, and dietary supplements, except those that federal preventive care rules require the Plan to cover.

> (21) Charges for missed appointments, for completing forms, or for copying records.

## 9.3 Experimental and investigational services

The Plan does not pay for a drug, device, procedure, or treatment that the Plan Administrator determines to be experimental or investigational. A service is experimental or investigational if it lacks final approval from the appropriate government agency, if it is the subject of an ongoing clinical trial to determine its safety or efficacy, or if reliable evidence does not show that it improves health outcomes. The Plan Administrator makes this determination through its medical technology assessment process, and the participant may appeal under Article 11. A service excluded under Section 9.2 is excluded whether or not it would also be considered experimental.

## 9.4 Limitations

Some covered services are subject to limits:

> (a) Outpatient physical, occupational, and speech therapy: 40 visits combined per plan year.

> (b) Chiropractic manipulation: 20 visits per plan year.

> (c) Home health care: 60 visits per plan year.

> (d) Skilled nursing facility care: 60 days per plan year.

> (e) Private-duty nursing: covered only in the home and only with prior approval.

## 9.5 Coordination with other coverage

If a participant is covered by more than one health plan, the Plan coordinates benefits under the rules in Article 10. An exclusion in this Article applies even when another plan has paid part of the charge.

## 9.6 Questions

Call the Trust Office at the number on your identification card. Statements by Trust Office staff do not change the terms of the Plan; only a written amendment adopted by the Board of Trustees can do that.
"""

DOCS = [
    ("boards/n-nebraska-practice-act-chapter.pdf",
     "Nebraska PT Practice Act - Chapter 4 (unofficial consolidation, 09/2026)", NEBRASKA),
    ("boards/n-idaho-board-newsletter-fall-2026.pdf",
     "The Idaho PT Bulletin - Fall 2026", IDAHO),
    ("payers/n-silverpine-physical-medicine-policy.pdf",
     "Silverpine Health Alliance - MP-PM-100 Physical Medicine and Rehabilitation", SILVERPINE),
    ("payers/n-keystone-meadow-spd-exclusions.pdf",
     "Keystone Meadow Employee Benefits Trust - SPD 2026 - Article 9", KEYSTONE),
]

if __name__ == "__main__":
    for rel, hdr, src in DOCS:
        print("wrote", render(os.path.join(HERE, rel), hdr, src))
