#!/usr/bin/env python3
"""Build the m-* PDF documents of corpus-holdout-7 with fpdf2.

Core Helvetica only (latin-1 text). Lines are broken here, not by fpdf, so
that sentences run across lines and pages and long words are sometimes
hyphenated at the end of a line. Each page has a running header and a
"Page N of M" footer. Creation date is fixed for reproducible output.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)
BODY_SIZE = 10.5
LINE_H = 5.4
BOTTOM_LIMIT = 22  # mm reserved for the footer


class DocPDF(FPDF):
    def __init__(self, running_header, footer_left):
        super().__init__(format="letter", unit="mm")
        self.running_header = running_header
        self.footer_left = footer_left
        self.set_auto_page_break(False)
        self.set_margins(22, 20, 22)
        self.set_creation_date(FIXED_DATE)

    def header(self):
        self.set_font("Helvetica", "I", 8.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.running_header, align="L")
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 20)

    def footer(self):
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(self.l_margin, self.h - 15)
        self.cell(100, 4, self.footer_left, align="L")
        self.set_xy(self.w - self.r_margin - 40, self.h - 15)
        self.cell(40, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def ensure_room(pdf, h):
    if pdf.get_y() + h > pdf.h - BOTTOM_LIMIT:
        pdf.add_page()


VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "ck", "wh", "gh", "qu"}


def ok_split(word, k):
    """Crude syllable test: allow V-CV or VC-CV breaks, never inside a digraph."""
    w = word.lower()
    a, b, c = w[k - 1], w[k], w[k + 1]
    if w[k - 1:k + 1] in DIGRAPHS or w[k:k + 2] in DIGRAPHS:
        return False
    if a in VOWELS and b not in VOWELS and c in VOWELS:
        return True
    return (a not in VOWELS and b not in VOWELS and w[k - 2] in VOWELS
            and c in VOWELS)


def wrap(pdf, text, maxw):
    """Greedy line breaking with occasional end-of-line hyphenation."""
    words = text.split()
    lines, cur = [], ""
    i = 0
    while i < len(words):
        w = words[i]
        cand = w if not cur else cur + " " + w
        if pdf.get_string_width(cand) <= maxw:
            cur = cand
            i += 1
            continue
        rem = maxw - pdf.get_string_width(cur + " ") if cur else maxw
        core = w.rstrip(".,;:)")
        if len(core) >= 8 and core.isalpha() and rem > 0.07 * maxw:
            best = 0
            for k in range(4, len(core) - 3):
                if ok_split(core, k) and pdf.get_string_width(w[:k] + "-") <= rem:
                    best = k
            if best:
                lines.append((cur + " " if cur else "") + w[:best] + "-")
                words[i] = w[best:]
                cur = ""
                continue
        if cur:
            lines.append(cur)
            cur = ""
        else:  # single over-long token
            lines.append(w)
            i += 1
    if cur:
        lines.append(cur)
    return lines


def emit_lines(pdf, lines, indent=0.0, style=""):
    pdf.set_font("Helvetica", style, BODY_SIZE)
    for ln in lines:
        ensure_room(pdf, LINE_H)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(0, LINE_H, ln, new_x="LMARGIN", new_y="NEXT")


def render(doc):
    pdf = DocPDF(doc["header"], doc["footer"])
    pdf.set_title(doc["title"][0])
    pdf.set_author(doc.get("author", ""))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    for t in doc["title"]:
        pdf.cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
    pdf.ln(3)
    full = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, content in doc["blocks"]:
        if kind == "h":
            ensure_room(pdf, LINE_H * 3)
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, LINE_H + 0.6, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", BODY_SIZE)
            emit_lines(pdf, wrap(pdf, content, full))
            pdf.ln(2)
        elif kind == "b":  # bullet / list item: (label, text)
            label, text = content
            pdf.set_font("Helvetica", "", BODY_SIZE)
            lines = wrap(pdf, text, full - 8)
            ensure_room(pdf, LINE_H)
            pdf.set_x(pdf.l_margin)
            pdf.cell(8, LINE_H, label)
            pdf.set_x(pdf.l_margin + 8)
            pdf.cell(0, LINE_H, lines[0], new_x="LMARGIN", new_y="NEXT")
            emit_lines(pdf, lines[1:], indent=8)
            pdf.ln(0.8)
        elif kind == "t":  # table: (widths, rows); first row is the heading
            widths, rows = content
            for r, row in enumerate(rows):
                ensure_room(pdf, LINE_H + 0.6)
                pdf.set_font("Helvetica", "B" if r == 0 else "", 9.5)
                pdf.set_x(pdf.l_margin)
                for wdt, cell in zip(widths, row):
                    pdf.cell(wdt, LINE_H + 0.6, cell, border=1)
                pdf.ln(LINE_H + 0.6)
            pdf.ln(2)
    out = HERE / doc["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------

PA = {
    "file": "boards/m-pa-dry-needling-final-rulemaking.pdf",
    "header": "PENNSYLVANIA BULLETIN  |  State Board of Physical Therapy  |  49 Pa. Code Ch. 40, Subch. F",
    "footer": "Reproduced by the Board for licensee information",
    "author": "State Board of Physical Therapy",
    "title": [
        "STATE BOARD OF PHYSICAL THERAPY",
        "[49 PA. CODE CH. 40] Dry Needling Endorsement -- Final-Form Rulemaking",
    ],
    "blocks": [
        ("p", "The State Board of Physical Therapy (Board) adopts Subchapter F "
              "(relating to dry needling endorsement) to read as set forth in Annex A. "
              "This final-form rulemaking implements the act of June 30, 2026 (P.L. 412, "
              "No. 41) (Act 41), which amended the Physical Therapy Practice Act to "
              "recognize dry needling as a component of physical therapy for licensees "
              "who hold an endorsement issued by the Board."),
        ("h", "Effective Date"),
        ("p", "This final-form rulemaking will be effective upon publication in the "
              "Pennsylvania Bulletin. Sections 40.272 and 40.273 (relating to application "
              "for endorsement; fees) apply to applications received on or after the date "
              "the Board announces that the endorsement application is available."),
        ("h", "Statutory Authority"),
        ("p", "Section 3(a) of the act (63 P.S. Section 1303(a)) authorizes the Board to "
              "adopt regulations necessary to carry out the act, and section 9.2 of the act, "
              "added by Act 41, directs the Board to establish by regulation the education "
              "and training required for an endorsement to perform dry needling."),
        ("h", "Background and Need for the Final-Form Rulemaking"),
        ("p", "Dry needling, sometimes described as intramuscular manual therapy, is the "
              "insertion of a solid filiform needle into muscle or fascia to treat myofascial "
              "pain and movement dysfunction. Before Act 41 the Board had declined to state "
              "whether the technique fell within the statutory definition of physical "
              "therapy, and a number of licensees trained in other states had asked for "
              "guidance. Act 41 resolved the question in principle but left the training "
              "standards to the Board."),
        ("p", "The proposed rulemaking was published at 56 Pa.B. 2210 (May 9, 2026), with "
              "a 30-day public comment period. The Board received 188 comments, most of "
              "them from licensees and from the state chapter of the professional "
              "association. The Independent Regulatory Review Commission (IRRC) submitted "
              "comments on clarity and on the reasonableness of the hour requirement."),
        ("h", "Summary of Comments and Responses"),
        ("p", "Hours of instruction. Many commenters asked the Board to reduce the "
              "proposed 80 hours. Others, including acupuncture organizations, urged a "
              "higher number. After reviewing requirements in other jurisdictions, the "
              "Board has reduced the requirement to 60 hours, of which at least 30 must be "
              "in-person practical training with an assessment of competence."),
        ("p", "Online instruction. Commenters asked whether didactic hours could be "
              "completed online. The final-form rulemaking permits online didactic "
              "instruction but requires that all practical hours be completed in person."),
        ("p", "Prior training. The Board will credit instruction completed before the "
              "effective date if it meets the content standards in Section 40.271."),
        ("p", "Availability of the endorsement. IRRC and several commenters asked when "
              "licensees may begin to use the new authority. The endorsement will be issued "
              "through the Pennsylvania Licensing System, and the Department of State has "
              "advised the Board that the application module will not be available until "
              "February 2027. Licensees are reminded that the statute conditions the "
              "authority on the endorsement itself, and therefore a physical therapist who "
              "has completed every hour of qualifying instruction but who has not yet been "
              "issued an endorsement by the Board may not perform dry needling on any "
              "patient in this Commonwealth until the endorsement has been issued."),
        ("p", "Assistants. Several commenters asked whether physical therapist assistants "
              "could obtain the endorsement. Act 41 limits the endorsement to physical "
              "therapists, and the Board lacks authority to extend it."),
        ("h", "Fiscal Impact and Paperwork Requirements"),
        ("p", "The application fee of $45 is intended to recover the cost of reviewing "
              "documentation. The rulemaking requires a new application form. There is no "
              "fiscal impact on political subdivisions."),
        ("h", "Annex A -- Subchapter F. DRY NEEDLING ENDORSEMENT"),
        ("p", "Section 40.270. Definitions. Dry needling -- A physical therapy intervention "
              "that uses a filiform needle, without the injection of any substance, to "
              "penetrate the skin and stimulate underlying myofascial trigger points, "
              "muscular and connective tissues. Endorsement -- Authorization issued by the "
              "Board under this subchapter."),
        ("p", "Section 40.271. Education and training. An applicant shall document at "
              "least 60 hours of instruction in dry needling, including at least 30 hours of "
              "in-person practical training, covering anatomy, indications, "
              "contraindications, sterile technique, and emergency procedures."),
        ("p", "Section 40.272. Application for endorsement. An applicant shall submit the "
              "form prescribed by the Board, proof of instruction and the fee."),
        ("p", "Section 40.274. Practice requirements. A licensee holding an endorsement "
              "shall obtain written informed consent and shall not delegate dry needling."),
    ],
}

NJ = {
    "file": "boards/m-nj-declaratory-ruling-2026-2.pdf",
    "header": "New Jersey State Board of Physical Therapy Examiners -- Declaratory Ruling No. 2026-2",
    "footer": "Division of Consumer Affairs, 124 Halsey Street, Newark, NJ 07102",
    "author": "NJ State Board of Physical Therapy Examiners",
    "title": [
        "STATE OF NEW JERSEY -- DIVISION OF CONSUMER AFFAIRS",
        "State Board of Physical Therapy Examiners",
        "In the Matter of the Petition of the Garden State Manual Therapy Group",
        "for a Declaratory Ruling Concerning Dry Needling -- Ruling No. 2026-2",
    ],
    "blocks": [
        ("h", "Procedural History"),
        ("p", "On March 2, 2026, the Garden State Manual Therapy Group, an association of "
              "licensed physical therapists, petitioned the Board under N.J.S.A. 52:14B-8 and "
              "N.J.A.C. 1:30-2.1 for a ruling that dry needling falls within the practice of "
              "physical therapy as defined in N.J.S.A. 45:9-37.13. Notice of the petition was "
              "published in the New Jersey Register, and the Board accepted written "
              "submissions through May 15, 2026. The Board heard oral presentations at its "
              "regular meetings of June 9 and July 14, 2026."),
        ("h", "The Petitioner's Position"),
        ("p", "Petitioner argues that the statutory phrase \"manual therapy techniques\" is "
              "broad enough to include the use of a needle as an extension of the clinician's "
              "hand, that entry-level education now covers trigger point anatomy in depth, "
              "and that most states in which the question has been decided permit "
              "physical therapists to needle. Petitioner submitted curricula from six "
              "continuing education providers and a survey reporting a low rate of adverse "
              "events among needling clinicians."),
        ("h", "Comments Received"),
        ("p", "The Board received 63 written comments. Physical therapists and patients "
              "largely supported the petition. The State Board of Medical Examiners' "
              "Acupuncture Examining Board, two acupuncture associations and a "
              "physician organization opposed it, citing patient safety and the statutory "
              "reservation of needle insertion to other licensees. One commenter urged the "
              "Board to defer any ruling until the Legislature acted on a pending bill."),
        ("h", "Discussion"),
        ("p", "The Board's task in a declaratory ruling is to apply the statute as written. "
              "The Board does not decide whether dry needling is effective or whether "
              "physical therapists could safely be trained to perform it. Those are policy "
              "questions for the Legislature."),
        ("p", "N.J.S.A. 45:9-37.13 defines physical therapy by reference to examination, "
              "evaluation and a series of listed interventions. Every listed intervention "
              "is applied externally or through movement; none involves penetration of the "
              "skin. When the Legislature authorized other professions to perform "
              "invasive procedures, it did so in terms. The Acupuncture Licensing Act, "
              "N.J.S.A. 45:2C-1 et seq., in contrast, expressly addresses the insertion of "
              "needles for therapeutic purposes and limits it to specified practitioners."),
        ("p", "The Board has considered Petitioner's argument that a needle functions as "
              "an extension of the hand. The Board is not persuaded. Manual therapy, as the "
              "term is used in the profession and in the Board's own rules at N.J.A.C. "
              "13:39A-1.3, describes skilled hand movements such as mobilization, "
              "manipulation and soft tissue techniques. Reading it to include an invasive "
              "procedure would expand the statute beyond its ordinary meaning."),
        ("p", "The Board is also mindful that decisions in other states turn on different "
              "statutory language. Rulings elsewhere, whether favorable or not, do not "
              "control the interpretation of the New Jersey act. The bill mentioned by one "
              "commenter (A-1877) has not been enacted and has no effect on this ruling."),
        ("p", "Finally, the Board notes that training, however extensive, cannot supply "
              "authority the statute withholds. Completion of a course is therefore not a "
              "defense in a disciplinary matter."),
        ("h", "Ruling"),
        ("p", "For the foregoing reasons, the petition is DENIED. The Board declares that "
              "dry needling, including trigger point dry needling and any similar "
              "technique in which a needle is inserted without injection to treat "
              "musculoskeletal conditions, is not within the scope of practice of physical "
              "therapy in New Jersey, and that a licensed physical therapist may not "
              "perform it. A licensee who does so may be subject to discipline under "
              "N.J.S.A. 45:1-21."),
        ("p", "This ruling is a final agency decision. It may be appealed to the Superior "
              "Court, Appellate Division, within 45 days of service."),
        ("p", "SO ORDERED this 11th day of August, 2026. By the Board: Karen DeMarco, PT, "
              "DPT, President."),
    ],
}

PRAIRIE = {
    "file": "payers/m-prairie-harbor-dry-needling-mp.pdf",
    "header": "Prairie Harbor Health -- Medical Policy 8.01.52 -- Dry Needling of Myofascial Trigger Points",
    "footer": "Proprietary information of Prairie Harbor Health",
    "author": "Prairie Harbor Health",
    "title": [
        "Prairie Harbor Health Medical Policy",
        "Dry Needling of Myofascial Trigger Points (8.01.52)",
        "Effective Date: 03/01/2026   Last Revised: 02/10/2026   Replaces: 8.01.52 (2025)",
    ],
    "blocks": [
        ("h", "Related Policies"),
        ("b", ("-", "2.01.30 Trigger Point and Tender Point Injections")),
        ("b", ("-", "8.01.20 Acupuncture")),
        ("b", ("-", "8.03.04 Outpatient Rehabilitation Services")),
        ("h", "Introduction"),
        ("p", "Trigger points are tender, irritable spots in a tight band of skeletal "
              "muscle. Pressing on one can cause pain that spreads to another area. Dry "
              "needling is one way clinicians try to relax these spots: a very thin needle "
              "is pushed through the skin into the muscle, and no medicine is injected. This "
              "policy explains how Prairie Harbor Health views dry needling."),
        ("h", "Populations, Interventions, Comparators, Outcomes"),
        ("t", ([45, 55, 72], [
            ["Population", "Intervention", "Comparators"],
            ["Myofascial pain, neck/back", "Dry needling", "Exercise, manual therapy"],
            ["Shoulder or heel pain", "Dry needling", "Sham needling, injection"],
            ["Headache, TMD", "Dry needling", "Usual care"],
        ])),
        ("h", "Background"),
        ("p", "Needling techniques without injectate have been promoted under several names, "
              "including trigger point dry needling, functional dry needling and "
              "intramuscular stimulation. Physical therapists, chiropractors and physicians "
              "perform them, subject to state licensing law. The procedure is reported with "
              "CPT codes 20560 and 20561, which were introduced in 2020. Prior to that, "
              "unlisted codes or manual therapy codes were frequently used."),
        ("p", "Needles remain in place for seconds to several minutes, sometimes with "
              "pistoning to elicit a local twitch response. A course of treatment usually "
              "involves four to eight sessions, frequently as part of a broader "
              "rehabilitation program."),
        ("h", "Coverage Determination"),
        ("p", "Dry needling of trigger points is considered experimental, investigational or "
              "unproven for all indications, including but not limited to myofascial pain "
              "of the neck, back and shoulder, plantar heel pain, headache and "
              "temporomandibular disorders. Claims for CPT 20560 and 20561 will be denied "
              "on that basis."),
        ("h", "Rationale"),
        ("p", "Evidence reviews on this topic assess whether the technique improves net "
              "health outcomes. Prairie Harbor last updated its literature search through "
              "December 2025. The search identified numerous systematic reviews, many of "
              "which included the same small trials. For neck and shoulder pain, pooled "
              "results favored dry needling over sham or no treatment immediately after "
              "treatment, but differences were generally not sustained at three to six months "
              "and risk of bias was frequently high. For low back pain, trials comparing "
              "needling plus exercise with exercise alone reported inconsistent results. "
              "For headache and temporomandibular disorders the evidence consists of a few "
              "small trials with short follow-up."),
        ("p", "The evidence is insufficient to determine whether dry needling improves "
              "pain, function or quality of life compared with established conservative "
              "treatments. Larger trials with longer follow-up and standardized protocols "
              "are needed."),
        ("h", "Supplemental Information"),
        ("p", "The American Physical Therapy Association describes dry needling as within "
              "the physical therapist scope of practice in many states. Professional "
              "statements about scope of practice do not establish clinical effectiveness "
              "and were not used as evidence in this review."),
        ("h", "Coding"),
        ("t", ([25, 147], [
            ["CPT", "Description"],
            ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"],
            ["20561", "Needle insertion(s) without injection(s); 3 or more muscles"],
        ])),
        ("h", "Policy History"),
        ("t", ([30, 142], [
            ["Date", "Action"],
            ["05/2019", "New policy; dry needling not medically necessary."],
            ["03/2021", "Position changed to investigational; CPT codes added."],
            ["02/2026", "Annual review; references updated; position unchanged."],
        ])),
        ("h", "Disclaimer"),
        ("p", "This medical policy is a guide to coverage and is not a treatment "
              "recommendation. Member benefit documents govern in the event of a conflict. "
              "Prairie Harbor Health, 700 Grain Exchange Road, Wichita, KS 67202."),
    ],
}

NORTHFIELD = {
    "file": "payers/m-northfield-medicaid-needling-clinical-policy.pdf",
    "header": "Northfield Community Care -- Medicaid Managed Care -- Clinical Policy NCC.CP.MSK.27",
    "footer": "Northfield Community Care | Medicaid and CHIP",
    "author": "Northfield Community Care",
    "title": [
        "Northfield Community Care",
        "Clinical Policy: Needle Insertion Without Injection (Dry Needling)",
        "Policy NCC.CP.MSK.27   Product: Medicaid, CHIP   Effective: 10/01/2026",
    ],
    "blocks": [
        ("h", "Purpose"),
        ("p", "Northfield Community Care is a Medicaid managed care organization. This "
              "clinical policy tells network providers how requests and claims for dry "
              "needling will be reviewed for members enrolled in Medicaid and in the "
              "Children's Health Insurance Program. It should be read together with the "
              "state Medicaid provider manual, which defines covered outpatient "
              "rehabilitation services and the standard of medical necessity that "
              "applies to all Medicaid services."),
        ("h", "Description"),
        ("p", "Dry needling, also called intramuscular needling, places thin solid needles "
              "into muscle at myofascial trigger points. It is not acupuncture and it does not "
              "involve any injected drug. Providers generally offer it alongside exercise, "
              "stretching and manual therapy."),
        ("h", "Definitions"),
        ("p", "Medically necessary services are those that are reasonable and necessary to "
              "diagnose or treat an illness or injury, that are consistent with generally "
              "accepted standards of practice, that are furnished in the most appropriate "
              "setting, and that are not more costly than an alternative service or "
              "sequence of services at least as likely to produce equivalent results."),
        ("h", "Policy"),
        ("p", "Outpatient physical therapy remains a covered Medicaid service when the "
              "requirements of the provider manual are met, and nothing in this policy "
              "limits coverage of evaluation, therapeutic exercise, neuromuscular "
              "re-education or manual therapy."),
        ("p", "It is the policy of Northfield Community Care that dry needling (CPT 20560 "
              "and 20561) is not medically necessary. Review of the clinical literature "
              "and of specialty guidance shows that, where needling produces improvement, "
              "comparable improvement is obtained with exercise and manual therapy that "
              "members can already receive under the rehabilitation benefit, and that these "
              "alternatives are less costly and carry no needle-related risk. The service "
              "therefore does not meet the definition above."),
        ("p", "Requests for prior authorization of dry needling will be denied for lack of "
              "medical necessity, and claims submitted without authorization will be denied "
              "for the same reason. Members and providers have the right to request a peer-"
              "to-peer conversation, an internal appeal and a State Fair Hearing."),
        ("h", "Children and Youth (EPSDT)"),
        ("p", "For members under age 21, Northfield will review any request under the Early "
              "and Periodic Screening, Diagnostic and Treatment standard, considering the "
              "individual child's circumstances. To date the plan has not identified a "
              "circumstance in which dry needling was required to correct or ameliorate a "
              "condition when alternatives were available, but each request is considered "
              "individually."),
        ("h", "Background"),
        ("p", "Trials of dry needling have generally compared needling with sham needling or "
              "with no treatment. Fewer trials compare needling with an active, "
              "evidence-based exercise program, and in those the differences between groups "
              "are small and inconsistent. National clinical practice guidelines for low "
              "back and neck pain recommend exercise and manual therapy as first-line care."),
        ("h", "Coding"),
        ("t", ([25, 147], [
            ["Code", "Description"],
            ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"],
            ["20561", "Needle insertion(s) without injection(s); 3 or more muscles"],
        ])),
        ("h", "References"),
        ("b", ("1.", "State Medicaid Provider Manual, Chapter 4, Rehabilitation Services, 2026 edition.")),
        ("b", ("2.", "Clinical practice guideline on neck pain, revision 2024.")),
        ("b", ("3.", "Comparative trial of dry needling versus supervised exercise for chronic neck pain, 2025.")),
        ("h", "Revision Log"),
        ("p", "10/2026: New policy approved by the Northfield Utilization Management "
              "Committee. Medicaid clinical policies are reviewed at least annually and "
              "submitted to the state Medicaid agency as required by contract."),
    ],
}

GRANITE = {
    "file": "payers/m-granite-valley-spd-exclusions.pdf",
    "header": "Granite Valley Employee Health Trust -- Summary Plan Description 2026 -- Article 9",
    "footer": "GVEHT SPD rev. 01/2026",
    "author": "Granite Valley Employee Health Trust",
    "title": [
        "Granite Valley Employee Health Trust",
        "Summary Plan Description -- Medical Benefits",
        "Article 9: What the Plan Does Not Cover",
    ],
    "blocks": [
        ("p", "This Article lists the services and supplies that the Plan does not pay for, "
              "even if a provider recommends them and even if they would otherwise be "
              "medically necessary. Some services listed here are covered in limited "
              "circumstances described in Article 7 (Covered Services); where that is the "
              "case, the exception is noted. Headings are for convenience only."),
        ("h", "9.1 General Exclusions"),
        ("b", ("(a)", "Services for which the participant has no legal obligation to pay, or that are provided free of charge by a government program.")),
        ("b", ("(b)", "Services received before coverage began or after it ended.")),
        ("b", ("(c)", "Charges for missed appointments, completing forms, or copying records.")),
        ("b", ("(d)", "Services that are experimental or investigational, as determined by the Plan Administrator under Article 11.")),
        ("b", ("(e)", "Services of a provider who is a close relative of the participant.")),
        ("h", "9.2 Rehabilitation and Therapy Services"),
        ("p", "Article 7 covers outpatient physical, occupational and speech therapy up to "
              "40 combined visits per calendar year, chiropractic care up to 20 visits, and "
              "acupuncture by a licensed acupuncturist up to 12 visits. The following are "
              "not covered:"),
        ("b", ("(a)", "Maintenance therapy once the participant has reached maximum improvement.")),
        ("b", ("(b)", "Massage therapy, unless performed by a physical therapist as part of a covered treatment plan.")),
        ("b", ("(c)", "Vocational rehabilitation, work hardening and functional capacity evaluations, except when required for return to work under Article 7.9.")),
        ("b", ("(d)", "Dry needling, trigger point dry needling, intramuscular stimulation and any other insertion of needles without injection (CPT 20560 and 20561), whoever performs it. This is a plan exclusion: it applies regardless of diagnosis, and it is not changed by the acupuncture benefit in Article 7, which is limited to acupuncture billed with acupuncture codes by a licensed acupuncturist.")),
        ("b", ("(e)", "Hippotherapy, aquatic therapy in a non-medical setting, and recreational therapy.")),
        ("b", ("(f)", "Athletic training and conditioning programs, gym memberships and personal trainers.")),
        ("h", "9.3 Alternative and Complementary Services"),
        ("b", ("(a)", "Naturopathy, homeopathy and herbal medicine.")),
        ("b", ("(b)", "Rolfing, reflexology, craniosacral therapy and energy healing.")),
        ("b", ("(c)", "Hypnotherapy, except when provided by a licensed behavioral health professional as part of covered treatment.")),
        ("h", "9.4 Cosmetic and Convenience Items"),
        ("b", ("(a)", "Cosmetic surgery and related services, except reconstructive surgery after mastectomy or injury as described in Article 7.14.")),
        ("b", ("(b)", "Personal comfort items such as air conditioners, humidifiers, exercise equipment and home modifications.")),
        ("b", ("(c)", "Non-prescription supplies, vitamins and dietary supplements.")),
        ("h", "9.5 How to Ask Questions or Appeal"),
        ("p", "If you are not sure whether a service is excluded, call Member Services at "
              "1-800-555-0137 before you receive it. A denial based on an exclusion in this "
              "Article may be appealed under Article 12. Because the Plan is a self-funded "
              "plan governed by ERISA, state insurance mandates generally do not apply."),
        ("p", "The Trustees have the discretionary authority to interpret the Plan. This "
              "Summary Plan Description is a summary; if it differs from the Plan Document, "
              "the Plan Document controls. Granite Valley Employee Health Trust, 18 Mill "
              "Pond Road, Concord, NH 03301."),
    ],
}

DOCS = [PA, NJ, PRAIRIE, NORTHFIELD, GRANITE]


def check_page_break():
    """The PA document must split its decisive sentence across pages 1 and 2."""
    from pypdf import PdfReader

    pages = PdfReader(str(HERE / PA["file"])).pages
    p1, p2 = pages[0].extract_text(), pages[1].extract_text()
    assert "Licensees are reminded that the statute" in p1, "sentence start moved"
    assert "may not perform dry needling on any" in p2, "sentence end moved"
    assert "Page 1 of" in p1 and p2.lstrip().startswith("PENNSYLVANIA BULLETIN")


def main():
    for doc in DOCS:
        out = render(doc)
        print("wrote", out.relative_to(HERE))
    check_page_break()
    print("page-break check passed")


if __name__ == "__main__":
    main()
