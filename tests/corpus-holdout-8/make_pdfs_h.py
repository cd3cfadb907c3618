#!/usr/bin/env python3
"""Build the five payer PDFs (h-*.pdf) for corpus-holdout-8.

Uses fpdf2 with core Helvetica (latin-1 only). Lines are broken by this
script (greedy fill with occasional end-of-line hyphenation), so sentences
run across lines. Each page has a running header and a "Page N of M" footer.
A literal "<BR>" inside a paragraph forces a line break at that point.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent / "payers"
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


class PolicyPDF(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED_DATE)

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_y(10)
        self.cell(0, 4, self.header_text, new_x="LMARGIN", new_y="NEXT")
        self.line(22, 15, self.w - 22, 15)
        self.set_y(24)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, self.footer_text, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def wrap(pdf, text, width):
    """Greedy line fill; hyphenate long alphabetic words at line end."""
    lines = []
    for seg in text.split("<BR>"):
        words = seg.split()
        cur = ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if pdf.get_string_width(trial) <= width:
                cur = trial
                continue
            # try to hyphenate a long plain word
            core = w.rstrip(".,;:)")
            if len(core) >= 9 and core.isalpha() and cur:
                best = None
                for k in range(len(core) - 4, 3, -1):
                    head = core[:k] + "-"
                    if pdf.get_string_width(cur + " " + head) <= width:
                        best = k
                        break
                if best:
                    lines.append(cur + " " + w[:best] + "-")
                    cur = w[best:]
                    continue
            if cur:
                lines.append(cur)
            cur = w
        if cur:
            lines.append(cur)
    return lines


def render(pdf, blocks, width):
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            for ln in wrap(pdf, content, width):
                pdf.cell(0, 7, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("Helvetica", "", 9)
            for ln in content:
                pdf.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            for ln in wrap(pdf, content, width):
                pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("Helvetica", "", 10)
            for item in content:
                lines = wrap(pdf, item, width - 8)
                for i, ln in enumerate(lines):
                    pdf.set_x(pdf.l_margin + (3 if i == 0 else 8))
                    pdf.cell(0, 5, ("- " + ln) if i == 0 else ln,
                             new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            widths, rows = content
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(col_widths=widths, text_align="LEFT",
                           line_height=4.6, first_row_as_headings=True,
                           width=sum(widths)) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
        else:
            raise ValueError(kind)


def build(name, header_text, footer_text, blocks, width=150):
    pdf = PolicyPDF(header_text, footer_text)
    pdf.set_title(header_text)
    pdf.set_author("corpus-holdout-8")
    pdf.add_page()
    render(pdf, blocks, width)
    pdf.output(str(OUT / name))


DOCS = []

# 1. Atlas Summit Health - not medically necessary, coding table
DOCS.append(("h-atlas-summit-dry-needling-mp-dn07.pdf",
 "Atlas Summit Health  |  Medical Policy MP-DN-07  |  Dry Needling",
 "Proprietary information of Atlas Summit Health. Printed copies are uncontrolled. Printed 11/18/2026.",
 [
  ("title", "Dry Needling (Trigger Point and Intramuscular Needling)"),
  ("meta", ["Policy number: MP-DN-07        Section: Rehabilitation Medicine",
            "Effective date: 01/15/2026      Last revised: 12/02/2025",
            "Applies to: Atlas Summit commercial HMO, POS and PPO plans"]),
  ("h", "POLICY STATEMENT"),
  ("p", "Atlas Summit Health has determined that dry needling, also described as trigger point dry needling or intramuscular needling, is not considered medi-<BR>cally necessary for the treatment of any condition. This position applies to single sessions and to series of treatments, whether the needles are left in place or moved in and out of the muscle, and whether or not electrical current is attached to the needles."),
  ("p", "The plan reached this position after concluding that covered alternatives, including therapeutic exercise, manual therapy and trigger point injection when criteria in MP-INJ-02 are met, are available and are at least as likely to produce an equivalent result. Claims for the procedure are denied as not medically necessary and are eligible for the standard provider appeal process, but an appeal is unlikely to succeed unless the clinical record shows that every covered alternative is contraindicated."),
  ("h", "DESCRIPTION"),
  ("p", "During dry needling a practitioner passes a solid, thin filiform needle through the skin into a myofascial trigger point or taut muscle band. The intent is to provoke a twitch response, reduce local muscle tension and interrupt the pain cycle. No medication, saline or other substance is delivered, which distinguishes the procedure from trigger point injection. Although the equipment resembles that used in acupuncture, the two procedures rest on different concepts and are described by different codes."),
  ("p", "Depending on the state, physical therapists, chiropractors, athletic trainers, physicians and acupuncturists may be permitted to perform the procedure. Training requirements range from none to more than fifty hours of instruction."),
  ("h", "RATIONALE"),
  ("p", "A review of the published literature through June 2025 found a large number of randomized controlled trials across neck pain, shoulder pain, low back pain, knee osteoarthritis, plantar heel pain and headache. Many of these studies report that patients who receive needling have lower pain scores shortly after treatment than patients who receive no treatment. When the comparison is with an active, less invasive intervention, however, the differences are small, frequently fail to reach clinical importance, and usually disappear by three months."),
  ("p", "The plan applies a medical necessity standard that asks whether a service is clinically appropriate and whether it is more costly than an alternative that is at least as likely to yield equivalent outcomes. Because the additional benefit of needling over covered active care has not been demonstrated, the procedure does not satisfy that standard. The plan does not regard the technique as experimental; the denial rests on necessity rather than on the maturity of the evidence."),
  ("p", "Safety considerations also weigh in the analysis. Reported adverse events include post-treatment soreness, bruising, fainting and, rarely, pneumothorax when the chest wall is needled. These risks are modest but are not offset by a demonstrated advantage over exercise and manual therapy."),
  ("h", "CODING"),
  ("table", ([22, 78, 50], [
      ["Code", "Descriptor", "Determination"],
      ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not medically necessary"],
      ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not medically necessary"],
      ["20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)", "See MP-INJ-02"],
      ["20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles", "See MP-INJ-02"],
  ])),
  ("p", "Do not report unlisted procedure codes or acupuncture codes 97810 through 97814 for needling of trigger points. Claims that do so are subject to retrospective review and recovery."),
  ("h", "REFERENCES"),
  ("ul", ["Dry needling compared with manual therapy for chronic neck pain: a randomized trial. J Orthop Sports Rehabil. 2021;51:330-341.",
          "Trigger point dry needling versus exercise for shoulder impingement: systematic review. Clin Rehabil Syn. 2023;37:902-915.",
          "Adverse events associated with dry needling: a prospective survey of practitioners. Acupunct Med Saf. 2019;37:88-95.",
          "Atlas Summit Health Medical Necessity Definition, Provider Manual Section 4. 2025."]),
  ("h", "POLICY HISTORY"),
  ("ul", ["03/01/2021 - Policy created; procedure considered not medically necessary.",
          "01/01/2024 - Electrical stimulation through needles added to scope.",
          "01/15/2026 - Annual review; rationale updated; no change to determination."]),
  ("h", "DISCLAIMER"),
  ("p", "This medical policy is a guide for administering benefits and is not a treatment recommendation. Decisions about care are made by the member and the treating provider. Benefits are defined by the member's plan document, which controls if it conflicts with this policy. Atlas Summit Health may update this policy at any time."),
 ]))

# 2. Medicare contractor - statutory non-coverage, coding table
DOCS.append(("h-keystone-plains-mac-noncovered-services.pdf",
 "Keystone Plains Government Health Administrators - Part B - Article A60217",
 "Content current as of the revision date. CPT codes and descriptors copyright American Medical Association. Printed 11/25/2026.",
 [
  ("title", "Billing and Coding: Services Without a Medicare Benefit Category"),
  ("meta", ["Article ID: A60217        Contractor: Keystone Plains Government Health Administrators",
            "Contract type: A and B MAC, Jurisdiction R",
            "Original effective date: 01/01/2020    Revision effective date: 10/01/2026"]),
  ("h", "ARTICLE GUIDANCE"),
  ("p", "This article lists procedures that Medicare does not pay for in our jurisdiction because they fall outside every benefit category the statute establishes, as well as several procedures that are denied for other reasons. Providers should use the table to identify which denial type applies, since the type of denial affects liability, notice requirements and appeal options."),
  ("p", "Services that lack a benefit category are excluded from coverage by law. For those services, the contractor does not make a determination about whether the care was reasonable and necessary for the individual beneficiary, and no documentation can change the outcome. The beneficiary is liable for the charge, and an Advance Beneficiary Notice of Noncoverage is not required, although providers may issue one voluntarily to inform the beneficiary before care is rendered."),
  ("p", "Services that are denied because they are not reasonable and necessary are handled differently. For those, the provider is liable unless a valid Advance Beneficiary Notice was obtained before the service, in which case modifier GA should be appended."),
  ("h", "NEEDLE INSERTION WITHOUT INJECTION"),
  ("p", "Two codes describing needle insertion without injection were created for the 2020 calendar year, and CMS addressed them in the physician fee schedule final rule for that year. No Medicare payment was established for them. Needling of this type is not a service described by any of the benefit categories in the statute, so it remains outside the program irrespective of the diagnosis, the site of service, or the credentials of the practitioner. Claims will be denied as statutorily non-covered."),
  ("p", "Although acupuncture for chronic low back pain is covered under a national coverage determination, the determination does not reach this procedure. Billing an acupuncture code for needle insertion without injection is not permitted."),
  ("h", "CODING INFORMATION"),
  ("table", ([20, 70, 60], [
      ["Code", "Descriptor", "Denial type"],
      ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Statutory exclusion - no benefit category; append GY if a denial is needed"],
      ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Statutory exclusion - no benefit category; append GY if a denial is needed"],
      ["S8948", "Application of low-level laser therapy, each 15 minutes", "Invalid HCPCS code for Medicare; use appropriate CPT code"],
      ["0232T", "Injection(s), platelet rich plasma, any site", "Not reasonable and necessary; GA with valid ABN"],
      ["97039", "Unlisted modality", "Reviewed individually; submit documentation"],
  ])),
  ("h", "GENERAL BILLING REQUIREMENTS"),
  ("p", "Append modifier GY to each statutorily excluded line so that the claim can be forwarded to a supplemental insurer. Do not append GA or GZ to these lines, since those modifiers apply only to services that could be covered when reasonable and necessary. Lines carrying GY will deny with group code PR, indicating patient responsibility."),
  ("p", "When a beneficiary receives therapy services on the same date as an excluded needling service, the therapy services must be documented separately. Time spent performing the needling may not be counted toward timed therapy codes such as 97110 or 97140. Documentation that combines the two activities may lead to denial of the therapy lines on review."),
  ("h", "BILL TYPE AND REVENUE CODES"),
  ("p", "The article applies to professional claims and to the following institutional bill types: 012x, 013x, 022x, 023x, 034x, 071x, 074x, 075x and 085x. Revenue codes 0420, 0430 and 0510 are commonly associated with the listed procedures."),
  ("h", "REVISION HISTORY"),
  ("ul", ["10/01/2026 - Added 97039 row; clarified that timed therapy minutes may not include needling.",
          "01/01/2024 - Added 0232T.",
          "01/01/2021 - Clarified the relationship to the acupuncture national coverage determination.",
          "01/01/2020 - Article created for new needle insertion codes."]),
  ("h", "ASSOCIATED DOCUMENTS"),
  ("p", "Medicare Benefit Policy Manual, chapter 16, general exclusions from coverage. Medicare Claims Processing Manual, chapter 1, liability and notice requirements. Physician Fee Schedule final rule for calendar year 2020."),
 ]))

# 3. Evergreen Crest - investigational by date of service (past date)
DOCS.append(("h-evergreen-crest-dry-needling-dos.pdf",
 "Evergreen Crest Health Plan  -  Corporate Medical Policy 7.30.14  -  Dry Needling",
 "Evergreen Crest Health Plan. Uncontrolled when printed. Printed 11/23/2026 08:55 by provider portal user.",
 [
  ("title", "Dry Needling of Skeletal Muscle"),
  ("meta", ["Policy: 7.30.14    Category: Therapy    Status: Active",
            "Effective for dates of service on or after: 10/01/2025",
            "Revision date: 08/20/2025    Last annual review: 08/12/2026"]),
  ("h", "SUMMARY OF CHANGES"),
  ("p", "The position for this service has changed twice. The history is summarized so that claims are processed under the rule in effect on each date of service."),
  ("ul", ["Dates of service 01/01/2021 through 06/30/2023: covered with criteria for cervical and shoulder myofascial pain.",
          "Dates of service 07/01/2023 through 09/30/2025: denied as not medically necessary.",
          "Dates of service on or after 10/01/2025: experimental and investigational (current position)."]),
  ("h", "POLICY"),
  ("p", "For dates of service on or after October 1, 2025, Evergreen Crest considers dry needling, including trigger point dry needling and needle insertion without injection into one or more muscles, to be experimental and investigational. There is no indication for which the plan does not consider the procedure investigational, and the plan will not provide benefits for it under any product administered by Evergreen Crest."),
  ("p", "Claims with earlier dates of service remain subject to the position that applied on the date the service was rendered, as listed in the summary above. Providers who need the earlier criteria may request the archived versions of this policy."),
  ("h", "DESCRIPTION"),
  ("p", "The procedure involves inserting a solid filiform needle into skeletal muscle, usually at a palpable trigger point, with the aim of eliciting a local twitch and reducing pain and muscle dysfunction. It has been applied to neck, shoulder, back, hip, knee and heel complaints as well as to headache and spasticity after neurologic injury. No substance is injected, and the technique should not be confused with acupuncture, trigger point injection or prolotherapy."),
  ("h", "RATIONALE"),
  ("p", "The 2023 revision found enough evidence to describe short-term effects but concluded that needling did not add benefit over covered care, which supported a medical necessity denial. In 2025 the plan adopted updated technology assessment criteria that require, among other things, consistent results from well-designed trials with follow-up of at least six months and independent replication. Applying those criteria, the plan's evidence review found that sham-controlled trials of needling yielded conflicting findings, that most trials followed participants for twelve weeks or less, and that publication bias could not be excluded. On that basis the plan reclassified the procedure as investigational."),
  ("p", "The August 2026 annual review examined three trials published after the reclassification. Two reported short-term benefits compared with sham needling in neck pain, and one found no difference in knee osteoarthritis. None provided the longer follow-up the criteria require, and the classification was left in place."),
  ("h", "CODING"),
  ("p", "CPT 20560: needle insertion(s) without injection(s); 1 or 2 muscle(s). CPT 20561: needle insertion(s) without injection(s); 3 or more muscles. Both codes deny as investigational for dates of service on or after 10/01/2025."),
  ("h", "REFERENCES"),
  ("ul", ["Long-term outcomes of dry needling for chronic neck pain: two-year follow-up of a randomized sham-controlled trial. Pain Outcomes J. 2024;5:140-152.",
          "Dry needling for knee osteoarthritis: a randomized controlled trial. Osteoarthritis Clin Res. 2026;14:21-30.",
          "Publication bias in trials of dry needling: a meta-epidemiological study. Res Synth Musculoskelet. 2025;3:55-66.",
          "Evergreen Crest Health Plan Technology Assessment Criteria, revised 2025."]),
  ("h", "POLICY HISTORY"),
  ("ul", ["01/01/2021 - New policy.",
          "07/01/2023 - Revised to not medically necessary.",
          "10/01/2025 - Revised to experimental and investigational.",
          "08/12/2026 - Annual review; no change."]),
  ("h", "DISCLAIMER"),
  ("p", "Corporate medical policies are used to determine whether services are eligible for benefits. They are not medical advice. The member's contract governs coverage, and some contracts may exclude services regardless of this policy."),
 ]))

# 4. Silverline - covered with criteria now; investigational from a future date
DOCS.append(("h-silverline-intramuscular-manual-therapy.pdf",
 "Silverline Health Insurance Company  |  Coverage Policy SHC-RH-044  |  Intramuscular Manual Therapy",
 "Silverline Health Insurance Company - for provider reference - printed 11/26/2026",
 [
  ("title", "Intramuscular Manual Therapy (Dry Needling)"),
  ("meta", ["Coverage Policy SHC-RH-044",
            "Effective: 09/01/2024    Reviewed: 09/10/2026",
            "Scheduled revision effective: 07/01/2027 (see Section 5)"]),
  ("h", "1. COVERAGE"),
  ("p", "Silverline Health Insurance Company covers intramuscular manual therapy, commonly called dry needling, when it is performed for myofascial pain and all of the criteria below are documented. The service is subject to the member's rehabilitation visit limit."),
  ("ul", ["The treating clinician has identified trigger points or taut bands by palpation and recorded their location.",
          "The member is participating in an active program of exercise or functional training, and needling is an adjunct to that program.",
          "The practitioner is authorized to perform the procedure by the relevant state licensing board and has completed any training that the board requires.",
          "Pain or function is measured with a validated instrument at baseline and at least every four visits, and the measurements show improvement for continued treatment beyond the first four visits."]),
  ("p", "Intramuscular manual therapy provided without an active program, for maintenance after goals are reached, or after four visits without measured improvement will not be reimbursed."),
  ("h", "2. DESCRIPTION"),
  ("p", "Intramuscular manual therapy is a technique in which fine solid needles are inserted into muscle to release myofascial trigger points and to restore normal muscle function. Other names include dry needling, trigger point dry needling and functional dry needling. The technique is not acupuncture and does not involve injection of any substance."),
  ("h", "3. RATIONALE"),
  ("p", "Silverline adopted coverage in 2024 on the strength of randomized trials in neck, shoulder and low back pain that showed short-term reductions in pain when needling was added to exercise. The criteria above aim to restrict coverage to the settings studied in those trials. The 2026 review noted conflicting newer evidence, discussed in Section 5."),
  ("h", "4. CODING"),
  ("table", ([22, 80, 48], [
      ["CPT", "Descriptor", "Coverage through 06/30/2027"],
      ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Covered when criteria met"],
      ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Covered when criteria met"],
  ])),
  ("p", "Report a single unit per date of service. Timed therapy codes may not include minutes spent on needling."),
  ("h", "5. SCHEDULED REVISION"),
  ("p", "At the September 2026 review, the Silverline technology committee voted to reclassify intramuscular manual therapy as investigational because two large sham-controlled trials published in 2026 found no meaningful difference between real and sham needling at three and six months. The reclassification applies only to dates of service on or after July 1, 2027. Services rendered before that date remain covered under the criteria in Section 1, and providers should not withhold or delay medically appropriate care in anticipation of the change."),
  ("p", "Providers treating members whose plan of care extends beyond June 30, 2027 should inform them that needling performed on or after July 1, 2027 will not be eligible for benefits."),
  ("h", "6. REFERENCES"),
  ("ul", ["Dry needling added to exercise for chronic low back pain: randomized trial. Spine Rehabil Trials. 2023;8:77-89.",
          "Real versus sham dry needling for neck pain: a multicenter blinded trial. Lancet Musculoskelet Notes. 2026;2:301-311.",
          "Sham-controlled trial of intramuscular needling in shoulder pain with six-month follow-up. J Shoulder Ther. 2026;11:40-52."]),
  ("h", "7. HISTORY"),
  ("ul", ["09/01/2024 - Policy created; covered with criteria.",
          "09/10/2026 - Annual review; reclassification to investigational approved with 07/01/2027 effective date."]),
  ("h", "8. DISCLAIMER"),
  ("p", "Coverage policies help Silverline administer benefits. They are not a promise of payment and are not a substitute for clinical judgment. Member contracts and applicable law control."),
 ]))

# 5. Harborlight - acupuncture policy; dry needling only in references/related
DOCS.append(("h-harborlight-acupuncture-policy.pdf",
 "Harborlight Health Cooperative  /  Medical Policy MP-7.110  /  Acupuncture",
 "Harborlight Health Cooperative - Medical Policy Manual - printed 11/24/2026 - do not distribute",
 [
  ("title", "Acupuncture"),
  ("meta", ["Medical Policy MP-7.110",
            "Original effective date: 02/01/2019",
            "Current effective date: 02/01/2026    Last revision: 12/15/2025"]),
  ("h", "POLICY"),
  ("p", "For members whose benefit plan includes acupuncture, Harborlight Health Cooperative considers acupuncture, with or without electrical stimulation, medically necessary for the following conditions when it is performed by a licensed acupuncturist or by a physician whose license permits it:"),
  ("ul", ["chronic low back pain of at least twelve weeks' duration;",
          "chronic neck pain of at least twelve weeks' duration;",
          "osteoarthritis of the knee or hip;",
          "prevention of episodic migraine and chronic tension-type headache;",
          "postoperative and chemotherapy-induced nausea and vomiting."]),
  ("p", "Acupuncture is considered investigational for all other indications, including but not limited to smoking cessation, weight loss, infertility, depression, insomnia, and substance use disorders."),
  ("p", "An initial course of up to twelve visits may be provided. Continued treatment requires documentation of measurable improvement in pain or function, up to the plan's annual visit limit."),
  ("h", "DESCRIPTION"),
  ("p", "Acupuncture is a component of traditional East Asian medicine in which fine needles are inserted at specific points on the body, described in classical texts as lying on meridians through which energy flows. The needles may be manipulated by hand or stimulated with low-voltage electrical current. Variations such as auricular acupuncture and scalp acupuncture are included in this policy when performed for a covered indication."),
  ("p", "This policy addresses acupuncture only. Other procedures that use filiform needles are outside its scope; see the related policies listed below."),
  ("h", "RATIONALE"),
  ("p", "Systematic reviews of randomized controlled trials show that acupuncture produces moderate improvements in pain and function for chronic low back pain, chronic neck pain and knee osteoarthritis compared with usual care, and small improvements compared with sham acupuncture. Several large trials support its use in the prevention of migraine and tension-type headache. Evidence for nausea and vomiting after surgery and chemotherapy is consistent across multiple reviews. For the other indications listed, trials are of low quality or show no benefit over sham."),
  ("p", "Clinical practice guidelines from primary care and pain medicine societies recommend acupuncture as a nonpharmacologic option for chronic low back pain and osteoarthritis, which supports coverage for those indications."),
  ("h", "CODING"),
  ("table", ([22, 90, 38], [
      ["CPT", "Descriptor", "Note"],
      ["97810", "Acupuncture, 1 or more needles; without electrical stimulation, initial 15 minutes", "Covered indications"],
      ["97811", "without electrical stimulation, each additional 15 minutes", "Covered indications"],
      ["97813", "with electrical stimulation, initial 15 minutes", "Covered indications"],
      ["97814", "with electrical stimulation, each additional 15 minutes", "Covered indications"],
  ])),
  ("h", "RELATED POLICIES"),
  ("ul", ["MP-7.112 Dry Needling",
          "MP-7.120 Chiropractic Services",
          "MP-2.044 Trigger Point Injections"]),
  ("h", "REFERENCES"),
  ("ul", ["Acupuncture for chronic pain: update of an individual patient data meta-analysis. J Pain Synth. 2018;19:455-474.",
          "Acupuncture versus dry needling for chronic neck pain: a comparative effectiveness trial. Complement Ther Med Trials. 2022;64:102-110.",
          "Acupuncture for the prevention of episodic migraine: systematic review. Cochrane-style Rev Headache. 2016;6:1-80.",
          "Noninvasive treatments for low back pain: clinical practice guideline. Ann Intern Med Guid. 2017;166:514-530."]),
  ("h", "POLICY HISTORY"),
  ("ul", ["02/01/2019 - New policy.",
          "02/01/2023 - Chronic neck pain added as a covered indication.",
          "02/01/2026 - Hip osteoarthritis added; references updated."]),
  ("h", "DISCLAIMER"),
  ("p", "This policy describes Harborlight Health Cooperative's position on medical necessity and does not determine benefits. Members should consult their plan documents. Harborlight may revise this policy without notice."),
 ]))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, footer, blocks in DOCS:
        build(name, header, footer, blocks)
        print("wrote", name)


if __name__ == "__main__":
    main()
