#!/usr/bin/env python3
"""Build the PDF payer documents for corpus-holdout-4.

All documents are fictional composites written for classifier testing.
Uses fpdf2 with the core Helvetica font (latin-1 text only). Lines are
broken by this script (not by fpdf) so that extracted text shows hard
line breaks mid-sentence, with occasional end-of-line hyphenation.
A running header appears on every page and a "Page N of M" footer.

Run:  python3 make_payer_pdfs.py   (writes into ./payers/)
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "payers")

FONT = "Helvetica"
BODY_SIZE = 10
LINE_H = 5.0


class PolicyPDF(FPDF):
    def __init__(self, header_left, header_right):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.header_left = header_left
        self.header_right = header_right
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(False)
        self.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))

    def header(self):
        self.set_font(FONT, "", 8)
        self.set_xy(self.l_margin, 10)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 4, self.header_left, align="L")
        self.cell(w / 2, 4, self.header_right, align="R")
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_xy(self.l_margin, self.t_margin)
        self.set_font(FONT, "", BODY_SIZE)

    def footer(self):
        self.set_font(FONT, "", 8)
        self.set_xy(self.l_margin, self.h - 14)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 2, 4, "Printed copies are uncontrolled.", align="L")
        self.cell(w / 2, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    # ---- layout helpers -------------------------------------------------
    @property
    def bottom_limit(self):
        return self.h - 22

    def ensure_space(self, needed):
        if self.get_y() + needed > self.bottom_limit:
            self.add_page()

    def wrap(self, text, width):
        """Greedy line breaking with simple end-of-line hyphenation."""
        lines, cur = [], ""
        words = text.split()
        i = 0
        while i < len(words):
            word = words[i]
            trial = word if not cur else cur + " " + word
            if self.get_string_width(trial) <= width:
                cur = trial
                i += 1
                continue
            # try to hyphenate long alphabetic words at the line end
            core = word.strip(".,;:()\"'")
            if len(word) >= 8 and core.isalpha() and len(core) == len(word.rstrip(".,;:)\"'")):
                prefix = "" if not cur else cur + " "
                best = 0
                for k in range(3, len(word) - 3):
                    if not word[k - 1].isalpha() or not word[k].isalpha():
                        continue
                    if self.get_string_width(prefix + word[:k] + "-") <= width:
                        best = k
                    else:
                        break
                if best:
                    lines.append(prefix + word[:best] + "-")
                    cur = ""
                    words[i] = word[best:]
                    continue
            if cur:
                lines.append(cur)
                cur = ""
            else:  # single word longer than line: hard cut
                lines.append(word)
                i += 1
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, indent=0, style="", size=BODY_SIZE, gap=2.0, bullet=None):
        self.set_font(FONT, style, size)
        width = self.w - self.l_margin - self.r_margin - indent
        lines = self.wrap(text, width)
        for n, line in enumerate(lines):
            self.ensure_space(LINE_H)
            if bullet and n == 0:
                self.set_x(self.l_margin + indent - 5)
                self.cell(5, LINE_H, bullet)
            self.set_x(self.l_margin + indent)
            self.cell(width, LINE_H, line, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + gap)

    def heading(self, text, size=12):
        self.ensure_space(LINE_H * 4)
        self.set_y(self.get_y() + 2)
        self.set_font(FONT, "B", size)
        self.cell(0, LINE_H + 1, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(self.get_y() + 1)
        self.set_font(FONT, "", BODY_SIZE)

    def table(self, headers, widths, rows, size=9):
        lh = 4.5

        def draw_row(cells, bold=False):
            self.set_font(FONT, "B" if bold else "", size)
            wrapped = [self.wrap(c, w - 2) for c, w in zip(cells, widths)]
            h = max(len(x) for x in wrapped) * lh + 1
            if self.get_y() + h > self.bottom_limit:
                self.add_page()
                if not bold:
                    draw_row(headers, bold=True)
                    self.set_font(FONT, "", size)
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for lines, w in zip(wrapped, widths):
                self.rect(x, y0, w, h)
                for j, line in enumerate(lines):
                    self.set_xy(x + 1, y0 + 0.5 + j * lh)
                    self.cell(w - 2, lh, line)
                x += w
            self.set_xy(x0, y0 + h)

        draw_row(headers, bold=True)
        for r in rows:
            draw_row(r)
        self.set_y(self.get_y() + 3)
        self.set_font(FONT, "", BODY_SIZE)


def build(filename, header_left, header_right, title, meta, blocks):
    pdf = PolicyPDF(header_left, header_right)
    pdf.set_title(title)
    pdf.set_author(header_left)
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    for line in pdf.wrap(title, pdf.w - pdf.l_margin - pdf.r_margin):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 1)
    for k, v in meta:
        pdf.set_font(FONT, "B", 9)
        pdf.cell(42, 4.6, k)
        pdf.set_font(FONT, "", 9)
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 3)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            pdf.heading(b[1])
        elif kind == "p":
            pdf.para(b[1])
        elif kind == "ul":
            for item in b[1]:
                pdf.para(item, indent=7, gap=0.8, bullet="-")
            pdf.set_y(pdf.get_y() + 1.5)
        elif kind == "ol":
            for n, item in enumerate(b[1], 1):
                pdf.para(item, indent=7, gap=0.8, bullet=f"{n}.")
            pdf.set_y(pdf.get_y() + 1.5)
        elif kind == "table":
            pdf.table(b[1], b[2], b[3])
        elif kind == "small":
            pdf.para(b[1], size=8, style="I")
        else:
            raise ValueError(kind)
    path = os.path.join(OUT, filename)
    pdf.output(path)
    return path, pdf.page_no()


DOCS = []

# ---------------------------------------------------------------------------
# 1. Keystone Valley Health - investigational now; coverage only for a
#    future date of service (2027-02-01).
DOCS.append(dict(
    filename="keystone-valley-health-dry-needling-kvh-mp-0612.pdf",
    header_left="Keystone Valley Health",
    header_right="Medical Policy KVH-MP-0612 - Dry Needling",
    title="Dry Needling (Trigger Point Needling Without Injection)",
    meta=[
        ("Policy number:", "KVH-MP-0612"),
        ("Effective date:", "03/01/2025"),
        ("Last reviewed:", "08/27/2026"),
        ("Revision pending:", "Effective 02/01/2027 (see Section I.B)"),
        ("Lines of business:", "Commercial, Exchange, Administrative Services Only"),
    ],
    blocks=[
        ("h", "I. Policy"),
        ("h", "A. Dates of service through January 31, 2027"),
        ("p", "Keystone Valley Health considers dry needling experimental, investigational, and unproven for all indications, including myofascial pain syndrome, neck and shoulder pain, chronic low back pain, lateral epicondylalgia, plantar fasciitis, and headache disorders. This applies to trigger point dry needling, functional dry needling, and intramuscular manual therapy, and to needling with or without electrical stimulation."),
        ("p", "Services considered experimental or investigational are excluded from coverage under Keystone Valley Health member contracts, and claims for them will not be reimbursed."),
        ("h", "B. Dates of service on or after February 1, 2027"),
        ("p", "For dates of service on or after February 1, 2027, Keystone Valley Health will consider dry needling medically necessary for chronic myofascial neck and shoulder pain when the treating therapist documents trigger points on examination, needling is combined with an active exercise program, and no more than eight sessions are provided in twelve months. Dry needling for all other indications will remain investigational. This revision has been approved by the Medical Policy Committee but is not yet in effect."),
        ("h", "II. Description"),
        ("p", "Dry needling is a procedure in which thin, solid filament needles are inserted into skin and muscle at myofascial trigger points, which are hyperirritable nodules within taut bands of skeletal muscle. No medication is injected. The needle may be left in place or moved in a pistoning motion until a local twitch response is seen. Treatments are commonly delivered by physical therapists, although chiropractors, athletic trainers, and physicians also perform the technique where state law allows."),
        ("h", "III. Rationale"),
        ("p", "The Medical Policy Committee reviewed randomized controlled trials, systematic reviews, and clinical practice guidelines published through mid-2026. Trials comparing dry needling with sham needling for neck and shoulder pain showed a consistent though modest reduction in pain during the first month, and two newer multicenter trials, each enrolling more than two hundred participants, reported sustained improvement in disability scores at six months when needling was added to exercise. These newer trials are the basis for the revision that will take effect in 2027."),
        ("p", "For the remaining indications, the evidence is considerably weaker. Trials in low back pain gave conflicting results; trials in heel pain and elbow pain were small and frequently unblinded; and studies in headache used heterogeneous outcome measures that prevented pooling. Published systematic reviews graded most of this evidence as low or very low certainty. Long-term outcomes, optimal dosing, and the characteristics of patients most likely to benefit remain undefined. Adverse events were generally minor, although pneumothorax and needle-related infection have been described in case reports."),
        ("p", "Because the evidence available for current dates of service is insufficient to permit conclusions about net health outcome, dry needling remains investigational until the revised position takes effect."),
        ("h", "IV. Coding"),
        ("p", "The following codes are included for informational purposes. Inclusion of a code does not imply coverage."),
        ("table", ["Code", "Description", "DOS through 01/31/2027", "DOS on or after 02/01/2027"],
         [18, 62, 46, 46],
         [
             ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Investigational; not covered", "Covered with criteria (neck/shoulder only)"],
             ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Investigational; not covered", "Covered with criteria (neck/shoulder only)"],
             ["97140", "Manual therapy techniques", "Do not use to report needling", "Do not use to report needling"],
             ["97799", "Unlisted physical medicine service", "Do not use to report needling", "Do not use to report needling"],
         ]),
        ("h", "V. Policy History"),
        ("ul", [
            "06/01/2021 - New policy. Dry needling experimental/investigational.",
            "03/01/2025 - Annual review. Title changed. Position unchanged.",
            "08/27/2026 - Interim review. Revision approved: medically necessary for chronic myofascial neck and shoulder pain with criteria, effective for dates of service on or after 02/01/2027. No change for earlier dates of service.",
        ]),
        ("h", "VI. References"),
        ("ol", [
            "Abernathy K, Oduya M. Dry needling plus exercise for chronic neck pain: a multicenter randomized trial. Journal of Orthopaedic Rehabilitation Science. 2025;19(6):402-414.",
            "Chen W, Halloran D. Sham-controlled dry needling for shoulder pain: six-month outcomes. Musculoskeletal Trials Review. 2026;4:77-89.",
            "Ferreira L, Novak T. Dry needling for lower limb conditions: a systematic review. Lower Extremity Rehabilitation. 2024;9(3):120-137.",
        ]),
        ("h", "VII. Disclaimer"),
        ("small", "Keystone Valley Health medical policies are developed to assist in administering plan benefits and do not constitute medical advice. A medical policy does not guarantee that a service will be covered. Benefits are determined by the member's contract in effect on the date of service. In the event of a conflict, the member's contract and applicable state or federal law take precedence."),
    ],
))

# ---------------------------------------------------------------------------
# 2. Pinecrest Blue Plan - investigational; history says it used to be
#    "not medically necessary".
DOCS.append(dict(
    filename="pinecrest-blue-plan-trigger-point-dry-needling.pdf",
    header_left="Pinecrest Blue Plan - Medical Policy",
    header_right="8.01.77 Trigger Point Dry Needling",
    title="Trigger Point Dry Needling",
    meta=[
        ("Policy:", "8.01.77"),
        ("Category:", "Medicine / Physical Medicine"),
        ("Effective:", "08/01/2024"),
        ("Last review:", "07/16/2026"),
        ("Applies to:", "All commercial products; not Medicare Advantage"),
    ],
    blocks=[
        ("h", "Policy Statement"),
        ("p", "Trigger point dry needling is considered investigational. Pinecrest Blue Plan regards the procedure as having insufficient scientific evidence to establish its efficacy in improving health outcomes for any musculoskeletal, neurological, or other condition."),
        ("p", "Because the service is investigational, it is not eligible for benefits under contracts that exclude investigational services, which includes all standard Pinecrest Blue Plan commercial contracts."),
        ("h", "Policy Guidelines"),
        ("p", "Dry needling is reported with CPT 20560 (one or two muscles) or 20561 (three or more muscles). Providers should not report dry needling using acupuncture codes, manual therapy codes, or unlisted codes. A request for an exception based on an individual member's circumstances will be reviewed under the plan's investigational services process, which requires peer-reviewed evidence specific to the member's condition."),
        ("p", "Members of Medicare Advantage products should refer to Medicare coverage guidance rather than to this policy. Members of self-funded groups should check their benefit booklet, since some groups have different benefits."),
        ("h", "Description"),
        ("p", "Trigger points are small, tender areas within a band of tight muscle that can refer pain to other regions. In trigger point dry needling, a clinician inserts an acupuncture-type needle into the trigger point, usually aiming to reproduce the member's pain and to produce a local twitch, and then removes it. Several passes may be made in each trigger point and several muscles may be treated in one session. Proposed mechanisms include mechanical disruption of contracted sarcomeres, local chemical changes, and effects on pain processing in the spinal cord, but none of these has been confirmed."),
        ("h", "Rationale"),
        ("p", "This policy was first published in 2022 with a statement that dry needling was not medically necessary. At the 2024 review, the plan re-examined that position and concluded that the more accurate description was that the evidence is insufficient to determine whether the procedure works, which is the plan's definition of investigational."),
        ("p", "Randomized trials. The plan identified more than thirty trials. In neck pain and shoulder pain, several reported better pain scores with dry needling than with sham needling for up to one month; others found no difference. In low back pain, results were split nearly evenly. In plantar heel pain one moderately sized trial was positive, but it was not replicated. Most trials enrolled fewer than eighty participants."),
        ("p", "Systematic reviews. Reviews published between 2020 and 2026 consistently described the evidence as low in certainty. Reasons given included risk of bias from unblinded therapists, inconsistency between trials, imprecision, and short follow-up. Reviews also noted that the comparison treatments differed so much that it was unclear what dry needling should be compared against."),
        ("p", "Practice guidelines. Some physical therapy guidelines list dry needling as an option to consider, typically with a weak recommendation. Other guideline groups found the evidence too uncertain to make a recommendation."),
        ("p", "Summary. The evidence does not allow a conclusion that trigger point dry needling improves net health outcomes, and the procedure is therefore investigational. The plan will reconsider this position as larger trials with longer follow-up are published."),
        ("h", "Policy History"),
        ("ul", [
            "01/01/2022: Policy created. Dry needling considered not medically necessary.",
            "08/01/2024: Position changed from not medically necessary to investigational. Rationale rewritten.",
            "07/17/2025: Annual review, no change.",
            "07/16/2026: Annual review, references updated, no change.",
        ]),
        ("h", "References"),
        ("ol", [
            "Gallagher S, Mbeki N. Certainty of evidence for dry needling: an overview of systematic reviews. Evidence in Rehabilitation. 2025;13:5-22.",
            "Holm A, Duarte V. Dry needling versus sham for chronic low back pain: randomized trial. Spine and Pain Research. 2023;21(2):133-141.",
            "Pinecrest Blue Plan Technology Evaluation Committee. Trigger point dry needling: evidence review. 2024.",
        ]),
        ("small", "This document is a medical policy, not a contract. It is not a guarantee of benefits. The member's benefit plan determines coverage. Pinecrest Blue Plan is an independent licensee; the policy content is the plan's own."),
    ],
))

# ---------------------------------------------------------------------------
# 3. Fairhaven Community Health Plan - broad physical medicine policy; dry
#    needling not medically necessary; table column says "Not covered".
DOCS.append(dict(
    filename="fairhaven-community-health-plan-physical-medicine-rehab.pdf",
    header_left="Fairhaven Community Health Plan",
    header_right="Clinical Policy FCHP-CP-112: Physical Medicine and Rehabilitation",
    title="Physical Medicine and Rehabilitation Services",
    meta=[
        ("Clinical policy:", "FCHP-CP-112"),
        ("Effective date:", "11/01/2025"),
        ("Date of last revision:", "05/14/2026"),
        ("Product:", "Fairhaven Community Plan (commercial and Marketplace)"),
    ],
    blocks=[
        ("h", "1. Purpose"),
        ("p", "This clinical policy sets out when outpatient physical therapy, occupational therapy, and related physical medicine procedures are considered medically necessary for Fairhaven Community Health Plan members. It replaces the separate therapy modality policies that were retired on November 1, 2025."),
        ("h", "2. Policy"),
        ("p", "2.1 Outpatient physical and occupational therapy is medically necessary when it is prescribed by a qualified practitioner, the member has a functional deficit that is expected to improve within a reasonable and predictable period, and treatment follows a written plan of care with measurable goals that is recertified at least every 90 days."),
        ("p", "2.2 Maintenance therapy, whose purpose is to keep a member at a level of function already reached, is not medically necessary except when the skills of a licensed therapist are needed to design or adjust a home program."),
        ("p", "2.3 Passive modalities (for example hot and cold packs, ultrasound, and unattended electrical stimulation) are medically necessary only when they prepare the member for, or are delivered together with, active treatment on the same visit."),
        ("p", "2.4 Needle insertion without injection (also known as dry needling or trigger point dry needling) is not considered medically necessary for any indication, whether it is performed as a separate visit or as part of a therapy session."),
        ("p", "2.5 Services not meeting the criteria above are not medically necessary. Benefit limits in the member's Evidence of Coverage apply in addition to this policy."),
        ("h", "3. Background"),
        ("p", "Physical medicine procedures range from active approaches, in which the member does the work under a therapist's supervision, to passive ones that the therapist applies to the member. Active approaches have the strongest support in the literature for most musculoskeletal and neurological conditions. Passive procedures are usually intended to reduce pain enough for the member to take part in active care."),
        ("p", "Dry needling has attracted interest as one such procedure. Published trials show that it can reduce pain for a short time, but when it is compared with a well-delivered exercise program or with manual therapy, differences in function after the first few weeks are small or absent. Fairhaven's Clinical Policy Committee concluded that dry needling does not add enough to the results of active therapy to justify the added visits, and that it therefore does not satisfy the plan's medical necessity definition, which requires that a service not be more costly than an equally effective alternative."),
        ("h", "4. Coding Implications"),
        ("p", "The table below lists commonly reported codes. The coverage column reflects the policy position only; member benefit limits also apply."),
        ("table", ["CPT", "Description", "Coverage"],
         [20, 95, 57],
         [
             ["97161-97163", "Physical therapy evaluation", "Covered"],
             ["97110", "Therapeutic exercise, each 15 minutes", "Covered when criteria in 2.1 met"],
             ["97112", "Neuromuscular re-education, each 15 minutes", "Covered when criteria in 2.1 met"],
             ["97140", "Manual therapy techniques, each 15 minutes", "Covered when criteria in 2.1 met"],
             ["97010", "Hot or cold packs", "Bundled; not separately paid"],
             ["97035", "Ultrasound, each 15 minutes", "Covered only with active care (2.3)"],
             ["G0283", "Electrical stimulation, unattended", "Covered only with active care (2.3)"],
             ["20560", "Needle insertion(s) without injection(s), 1 or 2 muscle(s)", "Not covered"],
             ["20561", "Needle insertion(s) without injection(s), 3 or more muscles", "Not covered"],
         ]),
        ("h", "5. Reviews, Revisions, and Approvals"),
        ("ul", [
            "11/01/2025 - New combined policy. Content from retired modality policies merged. Dry needling statement carried over without change.",
            "05/14/2026 - Section 2.3 clarified. References updated.",
        ]),
        ("h", "6. References"),
        ("ol", [
            "Kowalczyk P, Benson R. Active versus passive physical therapy interventions: a review of comparative trials. Rehabilitation Practice Review. 2024;16:99-118.",
            "Santiago E, Frost G. Dry needling added to manual therapy for neck pain: randomized trial with 12-week follow-up. Journal of Manual and Physical Therapies. 2022;30(1):11-20.",
        ]),
        ("h", "Important Reminder"),
        ("small", "This clinical policy has been developed by Fairhaven Community Health Plan to help make coverage decisions. It is not medical advice and does not guarantee payment. The member's Evidence of Coverage, state and federal law, and applicable regulatory requirements take precedence over this policy."),
    ],
))

# ---------------------------------------------------------------------------
# 4. Eastgate Health - outpatient physical therapy policy; dry needling only
#    in related policies, a coding note pointing elsewhere, and references.
DOCS.append(dict(
    filename="eastgate-health-outpatient-physical-therapy-eg-pt-001.pdf",
    header_left="Eastgate Health Medical Policy",
    header_right="EG-PT-001 Outpatient Physical Therapy",
    title="Outpatient Physical Therapy",
    meta=[
        ("Policy number:", "EG-PT-001"),
        ("Effective date:", "04/01/2026"),
        ("Last reviewed:", "03/05/2026"),
        ("Related policies:", "EG-PT-010 Chiropractic; EG-PT-022 Acupuncture;"),
        ("", "EG-PT-044 Dry Needling; EG-PT-051 Massage Therapy"),
    ],
    blocks=[
        ("h", "Policy"),
        ("p", "Eastgate Health considers outpatient physical therapy medically necessary when all of the following are documented:"),
        ("ol", [
            "The member has a condition resulting in a measurable loss of strength, range of motion, balance, mobility, or other physical function;",
            "There is a reasonable expectation that the member's function will improve significantly in a predictable period, or that a safe home program can be established;",
            "The services require the knowledge and skills of a licensed physical therapist or a physical therapist assistant under appropriate supervision;",
            "A written plan of care states the diagnosis, the goals, the type, amount, frequency, and duration of the services, and is reviewed at least every 30 visits or 90 days, whichever comes first.",
        ]),
        ("p", "Therapy is not medically necessary once the member has reached the goals in the plan of care, stops making measurable progress, or can continue treatment independently with a home program."),
        ("h", "Description"),
        ("p", "Physical therapy evaluates and treats impairments of movement and function. Typical interventions include therapeutic exercise, gait and balance training, neuromuscular re-education, manual therapy, functional activities, and patient education. Some therapists also provide procedures that are addressed in separate Eastgate Health policies; see Related Policies in the header of this document."),
        ("h", "Rationale"),
        ("p", "Evidence from randomized trials and clinical practice guidelines supports supervised, progressive exercise and functional training for the most common reasons members are referred to physical therapy, including low back pain, neck pain, knee and hip osteoarthritis, rotator cuff disorders, and recovery after joint replacement. Benefits are largest when therapy is goal-directed and when members continue exercise at home. Evidence does not support indefinite therapy without measurable progress, and it shows little added value from passive modalities delivered alone."),
        ("h", "Documentation Requirements"),
        ("p", "Each visit note should identify the interventions provided, the time spent on timed codes, the member's response, and progress toward goals. Re-evaluations should compare current objective measures with those recorded at the initial evaluation. Records may be requested to support claims or prior authorization."),
        ("h", "Coding"),
        ("table", ["Code", "Description", "Comment"],
         [22, 90, 60],
         [
             ["97161-97163", "PT evaluation, by complexity", "One per episode"],
             ["97164", "PT re-evaluation", "When there is a significant change"],
             ["97110", "Therapeutic exercise, each 15 min", "Timed code"],
             ["97112", "Neuromuscular re-education, each 15 min", "Timed code"],
             ["97116", "Gait training, each 15 min", "Timed code"],
             ["97140", "Manual therapy, each 15 min", "Timed code"],
             ["97530", "Therapeutic activities, each 15 min", "Timed code"],
             ["20560, 20561", "Needle insertion without injection", "Addressed in EG-PT-044; not reviewed in this policy"],
             ["97810-97814", "Acupuncture", "Addressed in EG-PT-022"],
         ]),
        ("h", "Policy History"),
        ("ul", [
            "04/01/2026 - Annual review. Visit review interval changed from 20 to 30 visits. Coding table reorganized.",
            "04/01/2025 - Annual review. No change.",
            "07/01/2022 - Policy created.",
        ]),
        ("h", "References"),
        ("ol", [
            "Reinholt D, Achebe C. Supervised exercise for chronic low back pain: an updated systematic review. Physical Therapy Evidence Reports. 2024;18:201-230.",
            "Morales-Quinn J, Petit S. Dry needling and manual therapy in physical therapist practice: a survey of use. Journal of Clinical Physical Therapy Practice. 2023;5(2):66-72.",
            "Eastgate Health Medical Policy Committee. Outpatient therapy utilization review, 2025.",
        ]),
        ("small", "Eastgate Health medical policies are intended for use in conjunction with the member's benefit plan. They are not a guarantee of benefits and do not replace the professional judgment of the treating provider."),
    ],
))


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        path, pages = build(**d)
        print(f"{os.path.relpath(path, HERE)}: {pages} pages")


if __name__ == "__main__":
    main()
