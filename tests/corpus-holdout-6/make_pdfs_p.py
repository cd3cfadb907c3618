#!/usr/bin/env python3
"""Build the p-*.pdf payer documents for corpus-holdout-6.

Uses fpdf2 with the core Helvetica font (latin-1 text only). Lines are broken
by this script (not by fpdf), with occasional end-of-line hyphenation, and
every page carries a running header and a "Page N of M" footer.
Run: python3 make_pdfs_p.py   (writes into ./payers next to this file)
"""
import os
import re
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "payers")
FONT_SIZE = 10.5
LINE_H = 5.6
HYPHEN_MIN_WORD = 10


class Doc(FPDF):
    def __init__(self, running_header):
        super().__init__(format="letter", unit="mm")
        self.running_header = running_header
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(0, 4, self.running_header, align="L")
        self.line(22, 15, self.w - 22, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def wrap(pdf, text, width):
    """Greedy line breaking with occasional hyphenation of long words."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        core = re.match(r"[A-Za-z]+", w)
        done = False
        if core and len(core.group(0)) >= HYPHEN_MIN_WORD:
            letters = core.group(0)
            for k in range(len(letters) - 4, 3, -1):
                head = w[:k] + "-"
                t2 = f"{cur} {head}" if cur else head
                if pdf.get_string_width(t2) <= width:
                    lines.append(t2)
                    cur = w[k:]
                    done = True
                    break
        if not done:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(pdf, text, style="", size=FONT_SIZE, indent=0, gap=2.0):
    pdf.set_font("Helvetica", style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent
    for line in wrap(pdf, text, width):
        if pdf.get_y() + LINE_H > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(width, LINE_H, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def heading(pdf, text, size=12):
    if pdf.get_y() + 14 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, style="B", size=size, gap=1.0)


def table(pdf, headers, rows, widths, size=9):
    total = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [total * w / sum(widths) for w in widths]
    lh = 4.6

    def draw_row(cells, bold=False):
        pdf.set_font("Helvetica", "B" if bold else "", size)
        wrapped = [wrap(pdf, c, w - 2.4) for c, w in zip(cells, widths)]
        h = max(len(x) for x in wrapped) * lh + 1.6
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            if not bold:
                draw_row(headers, bold=True)
                pdf.set_font("Helvetica", "", size)
        y0 = pdf.get_y()
        x = pdf.l_margin
        for lines, w in zip(wrapped, widths):
            pdf.rect(x, y0, w, h)
            for i, line in enumerate(lines):
                pdf.set_xy(x + 1.2, y0 + 0.8 + i * lh)
                pdf.cell(w - 2.4, lh, line)
            x += w
        pdf.set_xy(pdf.l_margin, y0 + h)

    draw_row(headers, bold=True)
    for r in rows:
        draw_row(r)
    pdf.ln(3)


def build(filename, running_header, blocks):
    pdf = Doc(running_header)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            para(pdf, b[1], style="B", size=14, gap=1.5)
        elif kind == "h":
            heading(pdf, b[1])
        elif kind == "p":
            para(pdf, b[1])
        elif kind == "li":
            para(pdf, b[1], indent=6, gap=1.2)
        elif kind == "small":
            para(pdf, b[1], size=8.5)
        elif kind == "table":
            table(pdf, b[1], b[2], b[3])
        elif kind == "break":
            pdf.add_page()
    path = os.path.join(OUT, filename)
    pdf.output(path)
    return path


# ---------------------------------------------------------------------------
# 1. Workers' compensation fee schedule (covered, payable amount + unit limit)
# ---------------------------------------------------------------------------
WESTMARK = [
    ("title", "SECTION 7. PHYSICAL MEDICINE AND NEEDLE PROCEDURES"),
    ("p", "Westmark Industrial Insurance Division - Medical Fee Schedule. Maximum allowable fees and payment rules for dates of service July 1, 2026 through June 30, 2027."),
    ("h", "7.1 Application"),
    ("p", "The rules and values in this section apply to treatment of injured workers with an accepted claim under the Westmark Industrial Insurance Act, whether the claim is administered by the state fund or by a self-insured employer. Payment for each line is the lower of the provider's usual charge or the maximum allowable fee shown in Table 7-A. Providers may not bill the worker for any balance, and they may not ask the worker to pay for a service that the claim manager has authorized."),
    ("h", "7.2 Provider types"),
    ("p", "Physical therapists, occupational therapists, chiropractic physicians, medical and osteopathic physicians, physician assistants and advanced registered nurse practitioners may bill physical medicine codes within the scope of their licenses. Services by physical therapist assistants and occupational therapy assistants are billed under the supervising therapist and paid at 85 percent of the listed fee. Massage therapists bill only code 97124 and only with a physician's written prescription."),
    ("h", "7.3 Daily cap"),
    ("p", "The combined payment for codes 97010 through 97546 on one date of service may not exceed $142.60 per worker per provider. Evaluation codes and the needle procedure codes covered by rule 7.9 are outside this cap and are paid in addition to it."),
    ("h", "7.4 Visit limits and authorization"),
    ("p", "The first 24 physical medicine visits on a claim do not need prior authorization. Beyond 24 visits, the provider must submit a progress report showing objective functional improvement, and the claim manager will respond within 10 business days. Treatment that continues after the worker reaches maximum medical improvement is not payable unless it is authorized as part of a vocational plan."),
    ("h", "7.5 Modalities"),
    ("p", "Unattended modalities (97010, 97014) are bundled into the visit and are not paid separately. G0283 is payable once per day only when it is the only service provided that day. Iontophoresis and infrared therapy are not payable under any circumstances."),
    ("h", "7.9 Needle insertion without injection (dry needling)"),
    ("p", "Codes 20560 and 20561 are payable under this edition. The 2025-2026 edition listed both codes as not payable while the Industrial Insurance Medical Advisory Committee reviewed them; the committee's recommendation to allow them was adopted effective July 1, 2026, and the earlier not-payable listing does not apply to dates of service on or after that date. The following limits apply:"),
    ("li", "(a) The provider must be licensed in Westmark to perform dry needling and, for physical therapists, must have filed the training attestation required by the licensing board."),
    ("li", "(b) One unit of either 20560 or 20561 may be paid per worker per day. The two codes may not be billed together on the same date of service."),
    ("li", "(c) Up to 10 treatment days that include dry needling are payable on each claim without authorization. Additional days require an approved Request for Additional Treatment."),
    ("li", "(d) Needles, gloves and other supplies are included in the fee and are not separately payable."),
    ("li", "(e) When dry needling and a trigger point injection are billed for the same muscles on the same date, only the higher-valued service is paid."),
    ("h", "7.10 Acupuncture"),
    ("p", "Acupuncture codes 97810 through 97814 remain non-payable under the Act, except for treatment approved under the chronic low back pain pilot program described in Section 12. Dry needling must not be billed with acupuncture codes, and acupuncture must not be billed as dry needling."),
    ("h", "7.11 Documentation"),
    ("p", "Chart notes for each date of service must identify the muscles treated, the number of insertions, the worker's response, and how the procedure supports return-to-work goals. Notes lacking these elements are subject to recoupment on audit."),
    ("h", "Table 7-A. Selected physical medicine and needle procedure values"),
    ("table", ["Code", "Description", "Max fee", "Unit limit", "Rule"], [
        ["97110", "Therapeutic exercise, each 15 minutes", "$32.14", "4 per day", "7.3"],
        ["97112", "Neuromuscular re-education, each 15 minutes", "$33.02", "4 per day", "7.3"],
        ["97140", "Manual therapy techniques, each 15 minutes", "$30.18", "3 per day", "7.3"],
        ["97124", "Massage, each 15 minutes", "$26.40", "4 per day", "7.2"],
        ["97010", "Hot or cold packs", "Bundled", "n/a", "7.5"],
        ["97014", "Electrical stimulation, unattended", "Bundled", "n/a", "7.5"],
        ["G0283", "Electrical stimulation, unattended, other than wound care", "$12.66", "1 per day", "7.5"],
        ["97033", "Iontophoresis, each 15 minutes", "Not payable", "n/a", "7.5"],
        ["20552", "Trigger point injection(s), 1 or 2 muscles", "$71.85", "1 per day", "7.9(e)"],
        ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "$41.27", "1 per day", "7.9"],
        ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "$58.63", "1 per day", "7.9"],
        ["97810", "Acupuncture, initial 15 minutes, without electrical stimulation", "Not payable", "n/a", "7.10"],
        ["97813", "Acupuncture, initial 15 minutes, with electrical stimulation", "Not payable", "n/a", "7.10"],
    ], [12, 46, 14, 14, 9]),
    ("h", "7.12 Disputes"),
    ("p", "A provider who disagrees with a payment may request reconsideration within 90 days of the remittance date and may then appeal to the Board of Industrial Insurance Appeals. Fee schedule values are not subject to negotiation on individual claims."),
]

# ---------------------------------------------------------------------------
# 2. Trigger point injection policy (dry needling E/I; coding table)
# ---------------------------------------------------------------------------
MERIDIAN = [
    ("title", "MEDICAL POLICY 7.01.88: TRIGGER POINT INJECTIONS AND RELATED NEEDLE PROCEDURES"),
    ("p", "Effective date: 04/15/2026. Last review: 03/26/2026. Products: Meridian Crest commercial HMO and PPO plans and Meridian Crest Marketplace plans."),
    ("h", "Policy"),
    ("p", "I. Trigger point injections. Injection of a local anesthetic, with or without a corticosteroid, into a myofascial trigger point is medically necessary when all of the following are met: (a) one or more trigger points are documented by palpation with a taut band and referred pain; (b) the member has not responded to at least four weeks of conservative treatment such as exercise, stretching or medication; (c) the injections are part of a broader plan that includes active therapy; and (d) no more than four sessions are performed in a 12-month period for the same body region."),
    ("p", "II. Trigger point injections are not medically necessary when they are repeated within seven days, used as the only treatment with no active therapy program, placed into fibromyalgia tender points without a distinct trigger point, or performed under ultrasound guidance for superficial muscles, where guidance adds no value."),
    ("p", "III. Botulinum toxin injected into trigger points for myofascial pain is experimental/investigational. Other uses of botulinum toxin are addressed in pharmacy policy RX-4.12."),
    ("p", "IV. Dry needling. Inserting needles into trigger points without injecting any agent (dry needling, trigger point dry needling or intramuscular stimulation) is experimental/investigational. This applies to myofascial pain of any region and to every other condition, and it applies whether the procedure is done alone or in the same session as a covered injection."),
    ("p", "V. Injection of saline or sterile water alone into trigger points is experimental/investigational."),
    ("h", "Rationale"),
    ("p", "Trigger point injections. Randomized trials of anesthetic injections report short-term improvement in pain and range of motion, and clinical guidelines accept injections as an option when conservative care fails. Evidence for repeated injections over long periods is weak, which is the basis for the frequency limits in Section I."),
    ("p", "Dry needling. A first reading of the literature can leave a favorable impression. Several randomized trials in people with neck and upper trapezius pain reported that pain scores fell further with dry needling than with sham needling at one and four weeks. A meta-analysis of trials across mixed musculoskeletal conditions reported a moderate pooled effect on pain right after treatment and a small effect at 12 weeks. Trials comparing dry needling with lidocaine injection generally found similar short-term results, which some authors read as evidence that the needle rather than the drug produces the benefit."),
    ("p", "On closer review these findings do not establish a benefit in health outcomes. The trials were small, often at high risk of bias, and used varied techniques and comparators. Effects faded over time, function and return to activity were seldom measured, and trials that compared dry needling with an active exercise program found no reliable advantage. Similarity to lidocaine injection is hard to interpret because the injection trials themselves have limited sham-controlled evidence. Adverse events, including pneumothorax, have been reported. Meridian Crest concludes that the evidence is insufficient to show that dry needling improves outcomes, and the procedure remains investigational."),
    ("h", "Coding"),
    ("table", ["Code", "Descriptor", "Coverage status"], [
        ["20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)", "Covered when Section I criteria are met"],
        ["20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles", "Covered when Section I criteria are met"],
        ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not covered - E/I (Section IV)"],
        ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not covered - E/I (Section IV)"],
        ["J0585", "Injection, onabotulinumtoxinA, 1 unit", "Not covered - E/I when billed with 20552 or 20553 (Section III)"],
        ["76942", "Ultrasonic guidance for needle placement", "Not medically necessary with 20552 or 20553 (Section II)"],
    ], [12, 50, 38]),
    ("p", "ICD-10-CM codes that support medical necessity for 20552 and 20553 include M79.10, M79.11, M79.12, M79.18, M62.830 and M62.838. The diagnosis list does not apply to 20560 or 20561, which are not covered for any diagnosis."),
    ("h", "Policy history"),
    ("table", ["Date", "Action"], [
        ["06/01/2019", "New policy addressing trigger point injections only."],
        ["07/01/2021", "Added Section IV; dry needling experimental/investigational."],
        ["04/15/2024", "Added Section V (saline or sterile water injection)."],
        ["04/15/2026", "Annual review; rationale updated with 2024-2025 trials; no change to policy statements."],
    ], [18, 82]),
    ("small", "Meridian Crest medical policies are guides to clinical review and are not contracts. Coverage is determined by the member's benefit plan. The existence of this policy does not mean that a service is covered."),
]

# ---------------------------------------------------------------------------
# 3. Policy split by date of service (E/I now, covered from 2027)
# ---------------------------------------------------------------------------
GRANITE = [
    ("title", "MEDICAL COVERAGE POLICY MCP-3318: DRY NEEDLING (TRIGGER POINT AND FUNCTIONAL)"),
    ("p", "Granite Peak Health. Version 3, published 09/15/2026. This document contains coverage positions for three date-of-service periods. Apply the position for the period in which the service was rendered."),
    ("h", "Summary of positions by date of service"),
    ("table", ["Date of service", "Position", "Claims for 20560 / 20561"], [
        ["Before 04/01/2024", "No stand-alone policy. Reviewed under MCP-3001 (Outpatient Rehabilitation), which treated needling as not medically necessary.", "Denied as not medically necessary"],
        ["04/01/2024 through 12/31/2026", "Experimental/investigational for all indications.", "Denied as investigational"],
        ["On or after 01/01/2027", "Medically necessary for chronic myofascial pain of the neck, upper back and low back when Section 4 criteria are met; all other indications remain experimental/investigational.", "Payable with criteria; other indications denied as investigational"],
    ], [22, 50, 28]),
    ("h", "1. Why this policy has three periods"),
    ("p", "The Granite Peak Technology Assessment Committee reviewed dry needling again in the summer of 2026 and voted to recognize limited indications starting with the 2027 plan year, so that provider contracts, authorization systems and member materials can all be updated on the same day. Until that date the investigational position adopted in 2024 remains in force. Claims for earlier dates of service are handled under the policy that applied at the time. Providers should not hold claims for current dates of service in the expectation of the change; the new criteria will not be applied retroactively."),
    ("h", "2. Position for dates of service 04/01/2024 through 12/31/2026"),
    ("p", "Dry needling, including trigger point dry needling, functional dry needling and intramuscular stimulation, is considered experimental/investigational for all indications. The studies available when this position was adopted did not show that it improves pain or function over a sustained period when compared with established therapy."),
    ("h", "3. Position for dates of service before 04/01/2024"),
    ("p", "Before this policy existed, requests were reviewed under MCP-3001, which stated that needle techniques without injection did not meet the plan's medical necessity criteria for rehabilitation services. That statement is retained here for reference on older claims only."),
    ("h", "4. Criteria for dates of service on or after 01/01/2027"),
    ("p", "Dry needling will be considered medically necessary when every one of the following is documented:"),
    ("li", "a. Myofascial pain of the cervical, thoracic or lumbar region lasting at least 12 weeks, with trigger points identified on examination."),
    ("li", "b. An active rehabilitation program is in place and dry needling is used to allow participation in that program."),
    ("li", "c. The clinician is licensed to perform dry needling in the state of service."),
    ("li", "d. No more than 8 sessions per episode of care and no more than 2 episodes per calendar year."),
    ("p", "Dry needling for headache, fibromyalgia, plantar fasciitis, temporomandibular disorders, neuropathic pain, extremity conditions or any other indication will remain experimental/investigational after 01/01/2027."),
    ("h", "5. Coding by date of service"),
    ("table", ["Code", "DOS through 12/31/2026", "DOS on or after 01/01/2027"], [
        ["20560 Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Deny - experimental/investigational", "Payable when Section 4 criteria are met"],
        ["20561 Needle insertion(s) without injection(s); 3 or more muscles", "Deny - experimental/investigational", "Payable when Section 4 criteria are met"],
        ["97140 Manual therapy, same session", "Payable under MCP-3001", "Payable under MCP-3001; not for the muscles needled"],
    ], [40, 30, 30]),
    ("h", "6. Evidence summary"),
    ("p", "Earlier reviews found mostly small trials with short follow-up. The 2026 review included several larger randomized trials showing that dry needling added to exercise improved pain and disability in chronic neck and low back myofascial pain at six months. The committee judged this sufficient for the limited indications in Section 4. Evidence for other indications remains sparse or inconsistent."),
    ("h", "7. History"),
    ("table", ["Date", "Action"], [
        ["04/01/2024", "New policy. Dry needling experimental/investigational for all indications."],
        ["04/01/2025", "Annual review; no change."],
        ["09/15/2026", "Added criteria that take effect for dates of service on or after 01/01/2027. Current position unchanged until then."],
    ], [18, 82]),
    ("small", "Granite Peak coverage policies describe clinical positions and do not guarantee benefits. Member contracts, including exclusions and limits, govern coverage."),
]

# ---------------------------------------------------------------------------
# 4. Medicaid provider manual chapter (not medically necessary)
# ---------------------------------------------------------------------------
LAKESHORE = [
    ("title", "CHAPTER 12: OUTPATIENT THERAPY SERVICES (PHYSICAL, OCCUPATIONAL AND SPEECH)"),
    ("p", "Lakeshore Medical Assistance Program Provider Manual. Revised July 1, 2026. This chapter replaces all prior versions and applies to fee-for-service members and to managed care plans that follow Department coverage rules."),
    ("h", "12.1 Provider eligibility"),
    ("p", "Licensed physical therapists, occupational therapists and speech-language pathologists enrolled with the Department may bill for therapy services. Assistants may furnish services under supervision, but claims must be billed under the enrolled supervising therapist. Hospital outpatient departments bill therapy on the institutional claim form."),
    ("h", "12.2 Covered services"),
    ("p", "The program covers evaluation, re-evaluation and treatment when ordered by a physician or other authorized practitioner and furnished under a written plan of care with measurable goals. Adults may receive up to 20 therapy visits per discipline per calendar year without prior authorization. Members under 21 are covered as required by federal early and periodic screening rules."),
    ("h", "12.3 Prior authorization"),
    ("p", "Visits beyond the annual threshold require prior authorization. The request must include the most recent evaluation, objective progress measures and the updated plan of care. Authorization decisions are issued within 14 calendar days."),
    ("h", "12.4 Services excluded from the program"),
    ("p", "The following are not benefits of the Lakeshore Medical Assistance Program and are not payable under any circumstance, including through prior authorization:"),
    ("li", "(a) therapy provided for vocational, educational or recreational purposes;"),
    ("li", "(b) acupuncture (97810 through 97814), which is not part of the State Plan for adults;"),
    ("li", "(c) health club memberships, exercise equipment and pool passes;"),
    ("li", "(d) services of an unlicensed aide billed as therapy;"),
    ("li", "(e) massage by a massage therapist."),
    ("h", "12.5 Services that are not medically necessary"),
    ("p", "The Department's Medical Care Advisory Group has reviewed the services below and determined that they are not medically necessary for program members. Claims are denied with edit 4417, and prior authorization requests for these services are not approved:"),
    ("li", "(a) maintenance therapy after the goals of the plan of care have been met or progress has stopped;"),
    ("li", "(b) concurrent physical and occupational therapy addressing identical goals;"),
    ("li", "(c) dry needling, also called intramuscular needling or trigger point dry needling (20560, 20561), regardless of diagnosis. The Advisory Group found that it does not add functional benefit to covered therapy and therefore does not satisfy the definition of medical necessity in Chapter 1;"),
    ("li", "(d) whirlpool (97022) for conditions other than open wounds;"),
    ("li", "(e) hot or cold packs billed on their own."),
    ("p", "Providers may not bill members for services denied under 12.5 unless, before the service, the member agreed in writing to pay privately as described in Chapter 2. Services considered experimental or investigational are addressed in Chapter 3 and are not listed in this chapter."),
    ("h", "12.6 Coding reference"),
    ("table", ["Code", "Description", "Prior auth", "Status"], [
        ["97161-97163", "Physical therapy evaluation", "No", "Covered"],
        ["97110", "Therapeutic exercise, each 15 minutes", "After 20 visits", "Covered"],
        ["97140", "Manual therapy, each 15 minutes", "After 20 visits", "Covered"],
        ["97022", "Whirlpool", "n/a", "Denied, edit 4417 (12.5)"],
        ["20560", "Needle insertion without injection, 1 or 2 muscles", "n/a", "Denied, edit 4417 - not medically necessary (12.5)"],
        ["20561", "Needle insertion without injection, 3 or more muscles", "n/a", "Denied, edit 4417 - not medically necessary (12.5)"],
        ["97810", "Acupuncture, initial 15 minutes", "n/a", "Not a program benefit (12.4)"],
    ], [16, 40, 16, 30]),
    ("h", "12.7 Documentation and audit"),
    ("p", "Records must show the time spent on each timed service, the member's response and progress toward goals. The Office of Program Integrity may recover payments for services that are not documented. Providers must keep records for at least seven years."),
]

# ---------------------------------------------------------------------------
# 5. Employer SPD excerpt (benefit exclusion)
# ---------------------------------------------------------------------------
ORCHARD = [
    ("title", "SUMMARY PLAN DESCRIPTION - EXCERPT"),
    ("p", "This excerpt reproduces Articles 6.4 through 6.6, Article 9 and Article 11.2 of the Summary Plan Description for the plan year beginning January 1, 2026. The Plan is a self-funded group health plan sponsored by Orchard Logistics, Inc. and administered by a third-party claims administrator. Excerpted articles are not a complete description of the Plan; if anything here conflicts with the full plan document, the plan document governs."),
    ("h", "Article 6. Covered Services (excerpt)"),
    ("p", "6.4 Acupuncture. The Plan covers up to 12 acupuncture visits per calendar year when provided by a licensed acupuncturist or by a physician certified in acupuncture. Coinsurance is 20 percent in network and 40 percent out of network, after the deductible."),
    ("p", "6.5 Physical and occupational therapy. The Plan covers up to 30 combined visits per calendar year for restorative therapy prescribed by a physician, physician assistant or nurse practitioner. Visits must be aimed at improving function lost because of illness or injury."),
    ("p", "6.6 Chiropractic care. The Plan covers up to 20 chiropractic visits per calendar year, including spinal manipulation and related therapy provided in the same visit."),
    ("table", ["Benefit", "In network", "Out of network", "Annual limit"], [
        ["Acupuncture (6.4)", "20% after deductible", "40% after deductible", "12 visits"],
        ["Physical/occupational therapy (6.5)", "$30 copay", "40% after deductible", "30 visits combined"],
        ["Chiropractic (6.6)", "$30 copay", "40% after deductible", "20 visits"],
    ], [34, 22, 24, 20]),
    ("h", "Article 9. What the Plan Does Not Cover"),
    ("p", "The Plan does not pay for the items listed below. An exclusion applies even if the service is recommended or prescribed by a provider, even if it is the only treatment available, and even if it would be considered medically necessary for your condition."),
    ("li", "(a) Cosmetic services and surgery, except reconstruction after a mastectomy or an accidental injury."),
    ("li", "(b) Custodial care, rest cures and care in a residential facility that does not provide skilled services."),
    ("li", "(c) Services provided by a member of your immediate family or household."),
    ("li", "(d) Hearing aids, except as described in Article 6.12."),
    ("li", "(e) Weight-loss programs, except those approved under the Plan's wellness program."),
    ("li", "(f) Massage therapy, rolfing and similar bodywork, unless performed by a physical therapist during a covered visit."),
    ("li", "(g) Vocational rehabilitation and work hardening programs."),
    ("li", "(h) Services for which you have no legal obligation to pay."),
    ("li", "(i) Injuries arising out of employment that are covered by workers' compensation."),
    ("li", "(j) Maintenance therapy once no further improvement is expected."),
    ("li", "(k) Experimental or investigational services, as determined under Article 11.2."),
    ("li", "(l) Hypnosis, biofeedback for stress reduction, and naturopathic remedies."),
    ("li", "(m) Dry needling. Insertion of needles into muscles or trigger points when no drug or other substance is injected, including trigger point dry needling, functional dry needling and intramuscular stimulation, by any type of provider and for any reason. This exclusion does not reduce the acupuncture benefit in Article 6.4, but services billed under acupuncture codes that are in fact dry needling are excluded."),
    ("li", "(n) Travel expenses, except as provided under the transplant benefit."),
    ("h", "Article 11.2 Experimental or investigational determinations"),
    ("p", "The claims administrator decides whether a service is experimental or investigational by reviewing peer-reviewed literature, the position of national medical organizations and the service's regulatory status. Exclusion (k) of Article 9 is applied through that review. Exclusions (a) through (j) and (l) through (n) are applied based on the type of service and do not involve a clinical review."),
    ("h", "Claims and appeals"),
    ("p", "If a claim is denied under Article 9, the explanation of benefits will identify the exclusion. You may appeal within 180 days of the denial. The Plan Administrator has discretionary authority to interpret the Plan, and its decision on appeal is final, subject to your right to bring a civil action under federal law."),
    ("small", "Orchard Logistics, Inc. reserves the right to amend or terminate the Plan at any time. This excerpt was prepared for employee reference and was current as of the plan year shown."),
]

DOCS = [
    ("p-westmark-wc-physical-medicine-fee-schedule.pdf",
     "Westmark Industrial Insurance Division | Medical Fee Schedule 2026-2027 | Section 7 Physical Medicine", WESTMARK),
    ("p-meridian-crest-trigger-point-policy.pdf",
     "Meridian Crest Health Plan | Medical Policy 7.01.88 | Trigger Point Injections and Related Needle Procedures", MERIDIAN),
    ("p-granite-peak-dry-needling-dos-split.pdf",
     "Granite Peak Health | Medical Coverage Policy MCP-3318 | Dry Needling", GRANITE),
    ("p-lakeshore-medicaid-therapy-manual.pdf",
     "Lakeshore Department of Health Services | Medical Assistance Provider Manual | Chapter 12", LAKESHORE),
    ("p-orchard-logistics-spd-excerpt.pdf",
     "Orchard Logistics, Inc. Employee Health Benefit Plan | Summary Plan Description | Plan Year 2026", ORCHARD),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, hdr, blocks in DOCS:
        print(build(name, hdr, blocks))
