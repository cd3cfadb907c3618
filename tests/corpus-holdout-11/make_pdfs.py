#!/usr/bin/env python3
"""Generate the PDF documents of held-out set h11.

Requires fpdf2 (pip install fpdf2). Uses core fonts only and ASCII text,
with a fixed creation date so that output is reproducible.
Run from any directory:  python3 make_pdfs.py
"""
import os
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = datetime(2026, 6, 1, 12, 0, 0, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, header_text="", footer_text="", font="Helvetica"):
        super().__init__(format="Letter")
        self.header_text = header_text
        self.footer_text = footer_text
        self.base_font = font
        self.set_creation_date(FIXED_DATE)
        self.set_creator("h11 make_pdfs.py")
        self.set_auto_page_break(auto=True, margin=20)
        self.set_margins(22, 20, 22)

    def header(self):
        if self.header_text:
            self.set_font(self.base_font, "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.base_font, "", 8)
        self.set_text_color(90, 90, 90)
        left = self.footer_text
        self.cell(0, 5, f"{left}    Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # helpers
    def hd(self, text, size=12, style="B", space=2):
        self.set_font(self.base_font, style, size)
        self.multi_cell(0, size * 0.5 + 1.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(space)

    def p(self, text, size=10, style="", space=2, indent=0):
        self.set_font(self.base_font, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.w - self.l_margin - self.r_margin - indent, 5, text,
                            new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(space)

    def table(self, widths, rows, size=8, header=True):
        self.set_font(self.base_font, "", size)
        for i, row in enumerate(rows):
            style = "B" if (header and i == 0) else ""
            self.set_font(self.base_font, style, size)
            # compute height needed
            heights = []
            for w, txt in zip(widths, row):
                lines = self.multi_cell(w, 4.2, txt, dry_run=True, output="LINES")
                heights.append(len(lines) * 4.2)
            hgt = max(heights) + 1
            if self.get_y() + hgt > self.h - 22:
                self.add_page()
            y0 = self.get_y()
            x = self.l_margin
            for w, txt in zip(widths, row):
                self.set_xy(x, y0)
                self.rect(x, y0, w, hgt)
                self.multi_cell(w, 4.2, txt, new_x="RIGHT", new_y="TOP")
                x += w
            self.set_xy(self.l_margin, y0 + hgt)
        self.ln(3)


def save(pdf, rel):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pdf.output(path)
    print("wrote", rel)


# ---------------------------------------------------------------------------
# 1. North Carolina Supreme Court opinion (truncated copy)
# ---------------------------------------------------------------------------
def nc_opinion():
    pdf = Doc(header_text="N.C. ACUPUNCTURE LICENSING BD. v. N.C. BD. OF PHYSICAL THERAPY EXAM'RS",
              footer_text="Opinion of the Court", font="Times")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("IN THE SUPREME COURT OF NORTH CAROLINA", 13)
    pdf.p("No. 380A17\nFiled 7 December 2018", 11)
    pdf.p("NORTH CAROLINA ACUPUNCTURE LICENSING BOARD\n\n          v.\n\n"
          "NORTH CAROLINA BOARD OF PHYSICAL THERAPY EXAMINERS", 11, "B")
    pdf.p("On appeal under N.C.G.S. s. 7A-27(a)(2) from the 2 August 2017 order and opinion of the "
          "Business Court (Superior Court, Wake County) on a petition for judicial review, the matter "
          "having been designated a mandatory complex business case under N.C.G.S. s. 7A-45.4(b). "
          "Argued 18 April 2018.", 10, "I")
    pdf.p("Counsel for plaintiff-appellant and for defendant-appellee appear in the official reporter.", 10, "I")
    pdf.p("JACKSON, Justice.", 11, "B")
    pdf.p("This appeal asks whether the Business Court erred when it affirmed a declaratory ruling, "
          "issued by the North Carolina Board of Physical Therapy Examiners under N.C.G.S. s. 150B-4, "
          "that dry needling is a part of the practice of physical therapy. Because that ruling fits "
          "both the Physical Therapy Practice Act and the board's own administrative rules, we affirm "
          "the Business Court, which upheld it.", 11)
    pdf.hd("I. Background", 11)
    pdf.p("The Acupuncture Licensing Board and the Physical Therapy Board are occupational licensing "
          "agencies, each charged by the General Assembly with regulating its own profession. For "
          "nearly a decade the two boards have disagreed about whether the technique known as dry "
          "needling belongs exclusively to acupuncture.", 11)
    pdf.p("Dry needling involves inserting thin, solid filament needles through the skin into "
          "myofascial trigger points or other muscle tissue in order to relieve pain and improve "
          "movement. No substance is injected. The same type of needle is used by acupuncturists.", 11)
    pdf.p("In 2002, in response to an inquiry, the Physical Therapy Board expressed the view that dry "
          "needling was a form of acupuncture. In 2010, after reviewing additional literature and "
          "the practice of boards in other states, it changed course and stated that dry needling is "
          "within the scope of physical therapy when performed by a therapist with appropriate "
          "training. The Acupuncture Board then asked the Attorney General for advice. The response "
          "it received, in 2011, indicated that the question was one of statutory interpretation for "
          "the Physical Therapy Board in the first instance and that dry needling could be regulated "
          "by that board.", 11)
    pdf.p("The Physical Therapy Board thereafter proposed a rule setting training requirements for "
          "licensees who perform dry needling. After public hearings at which acupuncturists voiced "
          "opposition, the Rules Review Commission objected to the proposed rule on the ground that "
          "the board lacked clear statutory authority, and the rule was not adopted. The Physical "
          "Therapy Board continued to publish a position statement on its website describing dry "
          "needling as within the practice of physical therapy.", 11)
    pdf.p("In May 2016 the Acupuncture Board petitioned the Physical Therapy Board for a declaratory "
          "ruling that dry needling is not within the scope of the Physical Therapy Practice Act and "
          "asked it to withdraw its position statement. After considering the petition, the Physical "
          "Therapy Board issued a declaratory ruling concluding that dry needling constitutes "
          "physical therapy under N.C.G.S. s. 90-270.90(4). The Acupuncture Board sought judicial "
          "review. The case was designated a mandatory complex business case, and on 2 August 2017 "
          "the Business Court affirmed the declaratory ruling. The Acupuncture Board appealed "
          "directly to this Court.", 11)
    pdf.hd("II. Standard of Review", 11)
    pdf.p("A declaratory ruling is reviewed under the Administrative Procedure Act. Questions of "
          "statutory interpretation are reviewed de novo. Although an agency's interpretation of its "
          "own enabling statute does not bind this Court, we may give it respectful consideration, "
          "particularly when the agency has applied its specialized expertise consistently over time.", 11)
    pdf.hd("III. Analysis", 11)
    pdf.p("The Physical Therapy Practice Act defines physical therapy to include the evaluation and "
          "treatment of any person by the use of physical measures, agents, and devices for "
          "preventive and therapeutic purposes, including the use of physical, chemical, and "
          "mechanical means. N.C.G.S. s. 90-270.90(4). The Acupuncture Licensing Act, for its part, "
          "defines acupuncture as a form of health care based on traditional Oriental medical "
          "concepts that employs Oriental methods of diagnosis and treatment, including the insertion "
          "of needles. N.C.G.S. s. 90-451.", 11)
    pdf.p("The Acupuncture Board contends that because dry needling involves the insertion of "
          "acupuncture needles, it is acupuncture, and that only those licensed under the Acupuncture "
          "Licensing Act may perform it. We are not persuaded. The acupuncture statute defines the "
          "practice by reference to traditional Oriental medical concepts and methods of diagnosis. "
          "Nothing in that statute indicates that the General Assembly meant to reserve to "
          "acupuncturists every use of a filament needle regardless of the theory or purpose of its "
          "use. Indeed, the same statute expressly recognizes that other licensed professionals may "
          "use needles within their own scopes of practice.", 11)
    pdf.p("The record before the Physical Therapy Board showed that dry needling as practiced by "
          "physical therapists rests on Western concepts of anatomy and neurophysiology, is directed "
          "at identified musculoskeletal impairments, and is used together with other physical "
          "therapy interventions. A needle is a physical device, and its use to produce a mechanical "
          "effect in muscle tissue fits comfortably within the statutory phrase 'physical measures, "
          "agents, and devices.' The Physical Therapy Board's conclusion that dry needling falls "
          "within that definition is therefore consistent with the text of its enabling statute.", 11)
    pdf.p("Nor is the declaratory ruling inconsistent with the objection of the Rules Review "
          "Commission to the board's earlier proposed rule. That objection concerned the board's "
          "authority to adopt particular training requirements by rule; it did not purport to decide "
          "whether dry needling lies within the statutory definition of physical therapy. The "
          "declaratory ruling mechanism in N.C.G.S. s. 150B-4 exists precisely so that an agency may "
          "state how a statute it administers applies to a given set of facts.", 11)
    pdf.p("Finally, the Acupuncture Board argues that permitting physical therapists to dry needle "
          "without a specific training rule endangers the public. The Physical Therapy Board's "
          "existing rules require a licensee to practice only within the limits of his or her "
          "education and competence, and violations are subject to discipline. The policy arguments "
          "raised by the Acupuncture Board are properly addressed to the General Assembly, which "
          "remains free to", 11)
    save(pdf, "boards/nc-supreme-court-2018-380a17.pdf")


# ---------------------------------------------------------------------------
# 2. Tennessee Board of Physical Therapy rules, chapter 1150-01
# ---------------------------------------------------------------------------
def tn_rules():
    pdf = Doc(header_text="GENERAL RULES GOVERNING THE PRACTICE OF PHYSICAL THERAPY          CHAPTER 1150-01",
              footer_text="Revised September, 2025", font="Times")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("RULES\nOF\nTENNESSEE BOARD OF PHYSICAL THERAPY", 13)
    pdf.hd("CHAPTER 1150-01\nGENERAL RULES GOVERNING THE PRACTICE OF PHYSICAL THERAPY", 12)
    pdf.hd("TABLE OF CONTENTS", 10)
    toc = [
        "1150-01-.01  Definitions", "1150-01-.02  Scope of Practice", "1150-01-.03  Necessity of Licensure",
        "1150-01-.04  Qualifications for Licensure", "1150-01-.05  Procedures for Licensure",
        "1150-01-.06  Fees", "1150-01-.07  Application Review, Approval, Denial, Interviews",
        "1150-01-.08  Examinations", "1150-01-.09  Renewal of License", "1150-01-.10  Supervision",
        "1150-01-.11  Retirement and Reactivation of License", "1150-01-.12  Continuing Competence",
        "1150-01-.13  Professional Ethics", "1150-01-.14  Disciplinary Grounds, Actions, and Civil Penalties",
        "1150-01-.15  License", "1150-01-.16  Change of Address and/or Name",
        "1150-01-.17  Mandatory Release of Client Records", "1150-01-.18  Board Officers, Consultants, Records",
        "1150-01-.19  Consumer Right-To-Know Requirements", "1150-01-.20  Free Health Clinic and Volunteer Practice",
        "1150-01-.21  Advertising", "1150-01-.22  Dry Needling", "1150-01-.23  Telehealth",
    ]
    for line in toc:
        pdf.p(line, 9, space=0)
    pdf.ln(4)
    pdf.hd("1150-01-.01  DEFINITIONS.", 10)
    pdf.p("As used in this chapter, the terms and acronyms shall have the following meanings ascribed "
          "to them:", 10)
    defs = [
        "(1) Advertising - Any public solicitation of business, whether printed, posted on a sign or "
        "building, distributed on a card, or published in a newspaper, directory, website or other "
        "medium.",
        "(2) Board - The Tennessee Board of Physical Therapy.",
        "(3) Board Administrative Office - The office of the administrator assigned to the Board "
        "located at 665 Mainstream Drive, Nashville, TN 37243.",
        "(4) Direct Supervision - Supervision by a physical therapist who is on the premises and "
        "readily available to provide assistance.",
        "(5) Dry Needling - A skilled technique performed by a physical therapist using filiform "
        "needles to penetrate the skin and underlying tissues to affect change in body structures "
        "and functions for the management of neuromusculoskeletal conditions, pain, and movement "
        "impairments. Dry needling does not include the stimulation of auricular or distal points.",
        "(6) General Supervision - Supervision by a physical therapist who is available at least by "
        "telecommunications.",
        "(7) License - Document issued to an applicant who successfully completes the licensure "
        "process.",
        "(8) Physical Therapist Assistant - A person licensed to assist in the practice of physical "
        "therapy under the supervision of a licensed physical therapist.",
    ]
    for d in defs:
        pdf.p(d, 10, indent=6)
    pdf.p("Authority: T.C.A. ss. 4-5-202, 4-5-204, 63-13-103, and 63-13-108. Administrative History: "
          "Original rule filed May 3, 2001; effective July 17, 2001. Amendment filed March 31, 2016; "
          "effective June 29, 2016.", 8, "I")
    pdf.hd("1150-01-.02  SCOPE OF PRACTICE.", 10)
    pdf.p("(1) The practice of physical therapy is defined in T.C.A. s. 63-13-103 and includes the "
          "examination, evaluation, and treatment of individuals with mechanical, physiological, and "
          "developmental impairments, functional limitations, and disabilities.", 10, indent=6)
    pdf.p("(2) A physical therapist shall practice only within the scope of his or her education, "
          "training, and experience and shall refer a patient to an appropriate practitioner when the "
          "patient's condition is beyond that scope.", 10, indent=6)
    pdf.p("Authority: T.C.A. ss. 4-5-202, 4-5-204, 63-13-103, and 63-13-108.", 8, "I")
    pdf.hd("1150-01-.12  CONTINUING COMPETENCE.", 10)
    pdf.p("(1) Each physical therapist must complete thirty (30) hours of Board-approved continuing "
          "competence activities in each two-year period, including one (1) hour addressing the "
          "Physical Therapy Practice Act and the rules of the Board. Each physical therapist assistant "
          "must complete twenty (20) hours in the same period.", 10, indent=6)
    pdf.p("(2) Licensees must retain documentation of completed activities for four (4) years and "
          "produce it to the Board upon request.", 10, indent=6)
    pdf.p("Authority: T.C.A. ss. 4-5-202, 4-5-204, 63-1-132, and 63-13-108.", 8, "I")
    pdf.p("[Rules 1150-01-.13 through 1150-01-.21 omitted from this excerpt.]", 9, "I")
    pdf.hd("1150-01-.22  DRY NEEDLING.", 10)
    pdf.p("(1) Educational Requirements. Before performing dry needling, a physical therapist must "
          "obtain all of the educational instruction described in this paragraph. All instruction "
          "must be obtained in person; instruction obtained online or by video conference does not "
          "satisfy this rule.", 10, indent=6)
    pdf.p("(a) Fifty (50) hours of instruction in the following four (4) areas, which are generally "
          "satisfied in the course of an entry-level physical therapy education program: "
          "1. Musculoskeletal and neuromuscular systems; 2. Anatomical basis of pain mechanisms, "
          "chronic pain, and referred pain; 3. Trigger points; and 4. Universal precautions.", 10, indent=12)
    pdf.p("(b) Twenty-four (24) hours of instruction specific to dry needling, which must include "
          "instruction in each of the following six (6) areas: 1. Dry needling technique; "
          "2. Dry needling indications and contraindications; 3. Documentation of dry needling; "
          "4. Management of adverse effects; 5. Practical psychomotor competency; and "
          "6. Occupational Safety and Health Administration's Bloodborne Pathogens Protocol. "
          "Every course must state which body regions it teaches and whether "
          "the course is introductory or advanced.", 10, indent=12)
    pdf.p("(2) A physical therapist who was first licensed in any jurisdiction less than one (1) year "
          "before performing dry needling may not perform dry needling. A physical therapist may "
          "perform dry needling only on the anatomical regions for which the physical therapist has "
          "completed instruction under subparagraph (1)(b).", 10, indent=6)
    pdf.p("(3) Documentation. A physical therapist who performs dry needling shall maintain "
          "documentation of successful completion of the instruction required by paragraph (1) and "
          "shall provide it to the Board within thirty (30) days of a request.", 10, indent=6)
    pdf.p("(4) Informed Consent. Before performing dry needling on a patient, a physical therapist "
          "shall obtain written informed consent from the patient or the patient's legal "
          "representative. The consent shall include the risks and benefits of dry needling and "
          "shall state that the physical therapist is not performing acupuncture. The signed "
          "consent form shall be retained in the patient's record.", 10, indent=6)
    pdf.p("(5) Dry needling may not be delegated. It may be performed only by a physical therapist "
          "who meets the requirements of this rule and shall not be performed by a physical "
          "therapist assistant, student, or aide.", 10, indent=6)
    pdf.p("(6) A physical therapist shall not describe dry needling as acupuncture in advertising "
          "and shall not bill for dry needling using acupuncture procedure codes.", 10, indent=6)
    pdf.p("Authority: T.C.A. ss. 4-5-202, 4-5-204, 63-13-103, and 63-13-108; and Public Chapter 59 "
          "of 2015. Administrative History: Original rule filed March 31, 2016; effective June 29, "
          "2016. Amendment filed March 4, 2022; effective June 2, 2022.", 8, "I")
    pdf.hd("1150-01-.23  TELEHEALTH.", 10)
    pdf.p("(1) A physical therapist may provide services by telehealth to a patient located in "
          "Tennessee only if the physical therapist holds a Tennessee license or compact privilege.", 10, indent=6)
    pdf.p("(2) Interventions that require hands-on contact, including manual therapy and dry "
          "needling, may not be provided by telehealth.", 10, indent=6)
    pdf.p("Authority: T.C.A. ss. 4-5-202, 63-1-155, and 63-13-108. Administrative History: Original "
          "rule filed August 1, 2022; effective October 30, 2022.", 8, "I")
    save(pdf, "boards/tn-rule-1150-01-chapter.pdf")


# ---------------------------------------------------------------------------
# 3. Oregon Department of Justice advice letter, 2017
# ---------------------------------------------------------------------------
def or_doj():
    pdf = Doc(header_text="ATTORNEY-CLIENT PRIVILEGED COMMUNICATION - RELEASED BY THE BOARD",
              footer_text="Department of Justice, 1162 Court Street NE, Salem, OR 97301-4096", font="Times")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("DEPARTMENT OF JUSTICE\nGENERAL COUNSEL DIVISION", 12)
    pdf.p("May 17, 2017", 11)
    pdf.p("Executive Director\nOregon Physical Therapist Licensing Board\n800 NE Oregon Street, Suite 407\n"
          "Portland, OR 97232", 11)
    pdf.p("Re: Whether dry needling is within the scope of practice of physical therapy\n"
          "DOJ File No. 331-001-GN0099-17", 11, "B")
    pdf.p("Dear Executive Director:", 11)
    pdf.p("You have asked whether a physical therapist licensed under ORS chapter 688 may perform "
          "dry needling as part of the practice of physical therapy. This letter responds to that "
          "question.", 11)
    pdf.hd("SHORT ANSWER", 11)
    pdf.p("No. In our opinion, dry needling is not within the scope of practice of physical therapy "
          "as defined in ORS 688.010. Insertion of needles for therapeutic purposes falls within the "
          "statutory definition of acupuncture, which is regulated by the Oregon Medical Board, and "
          "nothing in ORS chapter 688 authorizes a physical therapist to perform it. A change would "
          "require legislation.", 11)
    pdf.hd("DISCUSSION", 11)
    pdf.p("1. Background. Dry needling is a technique in which a thin filiform needle is inserted "
          "through the skin to stimulate myofascial trigger points and underlying muscle and "
          "connective tissue for the management of pain and movement impairment. It is also known as "
          "intramuscular manual therapy and trigger point dry needling. We understand that in 2014 "
          "the Board advised licensees that dry needling of trigger points is likely within the "
          "physical therapist scope of practice, but strongly advised them not to perform it until "
          "training and education standards could be determined. The Board has since received "
          "inquiries from licensees, employers, and the Oregon Medical Board, and has asked for our "
          "advice.", 11)
    pdf.p("2. The physical therapy statute. ORS 688.010 defines the practice of physical therapy to "
          "include examining and evaluating patients; alleviating impairments by designing, "
          "implementing, and modifying therapeutic interventions; and reducing the risk of injury. "
          "The interventions listed include therapeutic exercise, functional training, manual "
          "therapy, therapeutic massage, physical agents, and mechanical and electrotherapeutic "
          "modalities. Needle insertion is not listed. The definition of manual therapy refers to "
          "skilled hand movements, and we do not read it to include penetration of the skin with an "
          "instrument.", 11)
    pdf.p("3. The acupuncture statute. ORS 677.757 defines acupuncture to mean an Oriental healing "
          "art that is the treatment of disease or pain by the insertion of needles, with or "
          "without other modalities. The Legislative Assembly placed the regulation of acupuncture "
          "with the Oregon Medical Board and established detailed training requirements for "
          "licensure. The definition focuses on the act of inserting needles to treat pain; it does "
          "not depend on the practitioner's theory of why the treatment works. Dry needling, as "
          "described to us, is the treatment of pain by the insertion of needles.", 11)
    pdf.p("4. Agency interpretation. An agency may interpret the statute it administers, but it may "
          "not extend its licensees' scope of practice beyond what the statute authorizes. Because "
          "dry needling comes within the statutory definition of acupuncture and is not described "
          "in ORS 688.010, the Board lacks authority to declare by rule or policy that it is within "
          "physical therapy.", 11)
    pdf.p("5. Other states. We are aware that physical therapists perform dry needling in many "
          "other states. In several of those states the legislature amended the physical therapy "
          "statute, and in others the courts deferred to a board interpretation under statutes "
          "worded differently from Oregon's. Those developments do not change our reading of Oregon "
          "law.", 11)
    pdf.hd("CONCLUSION", 11)
    pdf.p("Dry needling is not within the scope of practice of physical therapy under current Oregon "
          "law, and Oregon physical therapists may not perform it. We recommend that the Board "
          "update its published guidance to reflect this advice and to inform licensees that the "
          "Board's 2014 statement should not be relied on. If the Board wishes physical therapists "
          "to be able to perform dry needling, it may seek legislation.", 11)
    pdf.p("This letter is legal advice to the Board and not a formal Attorney General opinion. "
          "Please contact me if you have questions.", 11)
    pdf.p("Sincerely,\n\nChief Counsel\nGeneral Counsel Division", 11)
    save(pdf, "boards/or-doj-advice-2017-dry-needling.pdf")


# ---------------------------------------------------------------------------
# 4. Wellmark medical policy 08.01.31 (BCBSA 2.01.100 based)
# ---------------------------------------------------------------------------
def wellmark():
    pdf = Doc(header_text="Wellmark Blue Cross and Blue Shield - Medical Policy 08.01.31 Dry Needling",
              footer_text="Wellmark Blue Cross and Blue Shield is an Independent Licensee of the Blue Cross and Blue Shield Association.")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("Medical Policy: 08.01.31", 14)
    pdf.hd("Dry Needling", 13)
    pdf.p("Original Effective Date: November 2018\nReviewed: November 2025\nRevised: November 2023", 10)
    pdf.hd("Notice:", 10)
    pdf.p("The clinical content of this policy is not medical advice. Wellmark relies on it when "
          "deciding whether a treatment is covered under a member's health benefit plan. Physicians and other "
          "providers are responsible for medical advice and treatment. Members with specific health "
          "care needs should consult an appropriate health care professional. To request an "
          "accessible version of this document, contact Customer Service at the number on the "
          "member ID card.", 9)
    pdf.hd("Benefit Application:", 10)
    pdf.p("Whether a benefit is payable depends on the contract language in force on the date of "
          "service, which may contain exclusions, limitations or exceptions; each member's benefits "
          "should be verified. Wellmark reaches the question of medical necessity only after "
          "confirming that a benefit exists and that no exclusion in the contract applies. This "
          "policy may not apply to the Federal Employee Program; FEP benefits are determined by the "
          "Federal Employee Program.", 9)
    pdf.p("The policy reflects medical technology and literature as they stood when it was written. "
          "Because technology and evidence change, Wellmark reviews the policy on a regular schedule "
          "and revises it when warranted.", 9)
    pdf.hd("Description:", 11)
    pdf.p("A trigger point is a small, hyperirritable spot in a taut band of skeletal muscle; "
          "stimulating it causes pain at the spot, in a referral pattern, or both. Dry needling is a "
          "procedure in which a fine needle is inserted through the skin into muscle at a site of "
          "myofascial pain, with or without manipulation of the needle, to stimulate the trigger "
          "point and surrounding tissue. Acupuncture needles or standard hypodermic needles may be "
          "used, but no medication is injected. Deep dry needling is intended to elicit a local "
          "twitch response; superficial dry needling places the needle above the trigger point.", 10)
    pdf.p("Dry needling is performed by physical therapists, chiropractors, physicians and others "
          "as permitted by state law. In Iowa and South Dakota, physical therapists who meet "
          "applicable training standards may perform dry needling.", 10)
    pdf.hd("Policy:", 11)
    pdf.p("Dry needling of trigger points for the treatment of myofascial pain is considered "
          "investigational for all indications, including but not limited to neck pain, shoulder "
          "pain, low back pain, plantar heel pain, and temporomandibular pain, because the evidence "
          "is insufficient to determine that it improves net health outcomes.", 10, "B")
    pdf.p("Services that are considered investigational are not covered. Refer to the member's "
          "contract for any exceptions.", 10)
    pdf.hd("Rationale:", 11)
    pdf.p("This policy is based on the Blue Cross Blue Shield Association Medical Policy Reference "
          "Manual policy 2.01.100, Dry Needling of Myofascial Trigger Points. The evidence review "
          "was last updated through August 2025.", 10)
    pdf.p("Neck and shoulder pain. Multiple randomized controlled trials and systematic reviews have "
          "compared dry needling with sham needling, no treatment, or other active treatments. Trials "
          "frequently lacked blinding, used small samples, and reported short-term outcomes only. "
          "When compared with other physical therapy interventions, dry needling did not produce "
          "clinically important differences in pain or disability in pooled analyses.", 10)
    pdf.p("Plantar heel pain. A systematic review of six randomized trials (395 patients) reported no "
          "overall difference in pain intensity compared with control interventions, although some "
          "secondary outcomes favored dry needling. The certainty of evidence was rated low to "
          "moderate.", 10)
    pdf.p("Temporomandibular pain. Evidence is limited to small trials with short follow-up.", 10)
    pdf.p("Adverse events. Mild adverse events such as bleeding, bruising and post-needling soreness "
          "are common. Serious adverse events, including pneumothorax, are rare but have been "
          "reported.", 10)
    pdf.p("Summary. In none of the populations studied does the evidence allow a conclusion that "
          "dry needling of trigger points improves net health outcomes.", 10)
    pdf.hd("Procedure Codes and Billing Guidelines:", 11)
    pdf.p("To report provider services, use appropriate CPT*, HCPCS or ICD-10 codes.", 10)
    pdf.table([30, 142], [
        ["Code", "Description"],
        ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)"],
        ["20561", "Needle insertion(s) without injection(s); 3 or more muscles"],
    ], size=9)
    pdf.p("Dry needling should not be reported with acupuncture codes 97810-97814 or with trigger "
          "point injection codes 20552-20553.", 9)
    pdf.hd("Selected References:", 11)
    refs = [
        "Blue Cross Blue Shield Association. Dry Needling of Myofascial Trigger Points. Medical Policy "
        "Reference Manual 2.01.100. Updated 2025.",
        "Gattie E, Cleland JA, Snodgrass S. The effectiveness of trigger point dry needling for "
        "musculoskeletal conditions by physical therapists: a systematic review and meta-analysis. "
        "J Orthop Sports Phys Ther. 2017;47(3):133-149.",
        "Navarro-Santana MJ, Sanchez-Infante J, Fernandez-de-Las-Penas C, et al. Effectiveness of dry "
        "needling for myofascial trigger points associated with neck pain symptoms: an updated "
        "systematic review and meta-analysis. J Clin Med. 2020;9(10):3300.",
        "Boyce D, Wempe H, Campbell C, et al. Adverse events associated with therapeutic dry needling. "
        "Int J Sports Phys Ther. 2020;15(1):103-113.",
    ]
    for i, r in enumerate(refs, 1):
        pdf.p(f"{i}. {r}", 9, space=1)
    pdf.hd("Policy History:", 11)
    pdf.table([40, 132], [
        ["Date", "Action"],
        ["November 2018", "New policy. Dry needling considered investigational."],
        ["November 2019", "Coding updated with new CPT codes 20560 and 20561 effective 01/01/2020."],
        ["November 2020", "Reviewed; references updated; no change to policy statement."],
        ["November 2023", "Revised: plantar heel pain and temporomandibular pain added to Rationale."],
        ["November 2025", "Reviewed; references updated; no change to policy statement."],
    ], size=9)
    pdf.p("*CPT is a registered trademark of the American Medical Association.", 8, "I")
    save(pdf, "payers/wellmark-08-01-31-dry-needling.pdf")


# ---------------------------------------------------------------------------
# 5. Anthem clinical guideline - rehabilitative PT/OT/ST
# ---------------------------------------------------------------------------
def anthem_rehab():
    pdf = Doc(header_text="Anthem Blue Cross and Blue Shield | Clinical Appropriateness Guidelines: Rehabilitative and Habilitative Services",
              footer_text="Copyright 2026 Anthem. All rights reserved. For provider use only.")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("Clinical Appropriateness Guidelines", 14)
    pdf.hd("Rehabilitative and Habilitative Services: Physical Therapy, Occupational Therapy and "
          "Speech-Language Pathology", 12)
    pdf.p("Effective Date: April 12, 2026\nGuideline Revision Date: January 2026\nApplies to: "
          "Commercial, Individual, and Medicaid plans where delegated (see state-specific "
          "exceptions)", 10)
    pdf.hd("Table of Contents", 10)
    for line in ["Description and Application of the Guidelines", "General Clinical Guideline",
                 "Physical Therapy", "Occupational Therapy", "Speech-Language Pathology",
                 "Interventions Not Medically Necessary", "Documentation Requirements",
                 "Codes", "References", "Revision History"]:
        pdf.p(line, 9, space=0)
    pdf.ln(3)
    pdf.hd("Description and Application of the Guidelines", 11)
    pdf.p("These guidelines are used to evaluate the medical necessity of outpatient rehabilitative "
          "and habilitative therapy services. They are applied in the context of the member's "
          "benefit plan; a service that meets these guidelines is covered only if it is a benefit "
          "under the plan and is not otherwise excluded. Where state law or a member's contract "
          "conflicts with these guidelines, the law or contract governs.", 10)
    pdf.hd("General Clinical Guideline", 11)
    pdf.p("Therapy services are considered medically necessary when all of the following apply: "
          "the services are provided by or under the supervision of a licensed therapist acting "
          "within the scope of the license; the member has a documented functional deficit; a "
          "written plan of care with measurable goals is in place; the services require the skills "
          "of a licensed therapist; and the member is making measurable progress or is expected to "
          "progress within a reasonable and predictable period.", 10)
    pdf.p("Maintenance therapy, services that can be performed safely by the member or a caregiver, "
          "and services that duplicate other therapy are not medically necessary.", 10)
    pdf.hd("Physical Therapy", 11)
    pdf.p("Physical therapy interventions commonly supported by these guidelines include therapeutic "
          "exercise, neuromuscular re-education, gait training, manual therapy, therapeutic "
          "activities, and patient education. Passive modalities (for example, hot or cold packs, "
          "ultrasound, electrical stimulation) are medically necessary only when used as an adjunct "
          "to active treatment and for a limited number of sessions.", 10)
    pdf.hd("Interventions Not Medically Necessary", 11)
    pdf.p("The following interventions are considered not medically necessary in all clinical "
          "scenarios. They have not been shown to produce functional outcomes superior to "
          "alternative, established interventions:", 10)
    items = [
        "Dry needling (needle insertion without injection, also known as trigger point dry "
        "needling or intramuscular manual therapy), in all clinical scenarios;",
        "Low-level laser therapy for musculoskeletal conditions;",
        "Hivamat and other deep oscillation devices;",
        "Interferential current used as a stand-alone treatment;",
        "Instrument-assisted soft tissue mobilization billed as a separate procedure;",
        "Kinesio taping billed as a separate procedure;",
        "Vertebral axial decompression;",
        "Whole-body vibration therapy.",
    ]
    for it in items:
        pdf.p("-  " + it, 10, indent=6, space=1)
    pdf.ln(2)
    pdf.p("The inclusion of an intervention in this list is based on a review of clinical evidence. "
          "Whether a service is excluded as a benefit is determined separately by the member's "
          "contract.", 9, "I")
    pdf.hd("Documentation Requirements", 11)
    pdf.p("Requests for continued services must include the initial evaluation or most recent "
          "re-evaluation, the plan of care, objective measures of function at baseline and at the "
          "most recent visit, and the member's adherence to a home program.", 10)
    pdf.hd("Codes", 11)
    pdf.p("The codes below are listed for informational purposes. Inclusion of a code does not "
          "imply coverage.", 9)
    pdf.table([28, 110, 34], [
        ["CPT", "Description", "Guideline status"],
        ["97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Criteria apply"],
        ["97112", "Neuromuscular reeducation, each 15 minutes", "Criteria apply"],
        ["97140", "Manual therapy techniques, 1 or more regions, each 15 minutes", "Criteria apply"],
        ["97530", "Therapeutic activities, each 15 minutes", "Criteria apply"],
        ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "Not medically necessary"],
        ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "Not medically necessary"],
        ["S8948", "Application of a modality requiring constant provider attendance; low-level laser", "Not medically necessary"],
    ], size=8)
    pdf.hd("References", 11)
    pdf.p("1. American Physical Therapy Association. Guide to Physical Therapist Practice 4.0. "
          "Alexandria, VA: APTA; 2023.\n2. Blanpied PR, Gross AR, Elliott JM, et al. Neck pain: "
          "revision 2017. J Orthop Sports Phys Ther. 2017;47(7):A1-A83.\n3. Gattie E, Cleland JA, "
          "Snodgrass S. The effectiveness of trigger point dry needling for musculoskeletal "
          "conditions by physical therapists. J Orthop Sports Phys Ther. 2017;47(3):133-149.", 9)
    pdf.hd("Revision History", 11)
    pdf.table([36, 136], [
        ["Date", "Summary"],
        ["January 2026", "Annual review. Updated references. No change to dry needling position."],
        ["April 2024", "Added dry needling to Interventions Not Medically Necessary (all clinical scenarios)."],
        ["January 2023", "Annual review. Clarified maintenance therapy language."],
    ], size=9)
    save(pdf, "payers/anthem-rehab-pt-ot-st-guideline-2026.pdf")


# ---------------------------------------------------------------------------
# 6. CCO prior authorization code list
# ---------------------------------------------------------------------------
def ycco_pa_list():
    pdf = Doc(header_text="Yamhill Community Care - Prior Authorization Code List - Effective 1/1/2026",
              footer_text="YCCO PA Code List 01/2026 - list subject to change")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.hd("YCCO Prior Authorization Code List", 14)
    pdf.p("Effective 1/1/2026", 10, "B")
    pdf.p("This list identifies procedure codes that require prior authorization (PA) for Yamhill "
          "Community Care Oregon Health Plan members. Requests must be submitted before the service "
          "is rendered. PA is not required for emergency services.", 9)
    pdf.p("Important: A PA requirement, or the absence of one, does not mean that a service is "
          "covered. Coverage depends on the member's eligibility, on the placement of the condition "
          "and treatment pairing on the Oregon Health Evidence Review Commission Prioritized List of "
          "Health Services, and on applicable guideline notes and administrative rules. Codes not "
          "listed here may still be subject to coverage limits or denial.", 9, "B")
    rows = [["Procedure", "Description", "PA Effective Date", "Notes"]]
    rows += [
        ["11920", "Tattoo/color defect to 6.0 sq cm", "9/1/11", ""],
        ["11921", "Tattooing 6.1-20 sq cm", "9/1/11", ""],
        ["15271", "Skin substitute graft to trunk, arms, legs; first 25 sq cm or less", "1/1/12", ""],
        ["15272", "Skin substitute graft; each additional 25 sq cm", "1/1/12", ""],
        ["15820", "Blepharoplasty, lower eyelid", "9/1/03", "Submit photos"],
        ["15822", "Blepharoplasty, upper eyelid", "9/1/03", "Submit visual fields"],
        ["15830", "Excision excessive skin and subcutaneous tissue; abdomen, infraumbilical panniculectomy", "1/1/07", ""],
        ["20552", "Injection(s); single or multiple trigger point(s), 1 or 2 muscle(s)", "--", "No PA required"],
        ["20553", "Injection(s); single or multiple trigger point(s), 3 or more muscles", "--", "No PA required"],
        ["20560", "Needle insertion(s) without injection(s); 1 or 2 muscle(s)", "1/1/20", "PA required; submit plan of care"],
        ["20561", "Needle insertion(s) without injection(s); 3 or more muscles", "1/1/20", "PA required; submit plan of care"],
        ["20999", "Unlisted procedure, musculoskeletal system, general", "1/1/10", "PA required"],
        ["21085", "Impression and custom preparation; oral surgical splint", "1/1/15", ""],
        ["22551", "Arthrodesis, anterior interbody, cervical; single interspace", "1/1/14", "Via AIM"],
        ["22612", "Arthrodesis, posterior or posterolateral technique; lumbar", "1/1/14", "Via AIM"],
        ["27447", "Arthroplasty, knee; medial and lateral compartments", "1/1/14", "Via AIM"],
        ["29827", "Arthroscopy, shoulder; rotator cuff repair", "1/1/14", "Via AIM"],
        ["64483", "Injection, anesthetic/steroid, transforaminal epidural; lumbar or sacral, single level", "7/1/17", ""],
        ["64633", "Destruction by neurolytic agent, paravertebral facet joint nerve; cervical or thoracic, single", "7/1/17", ""],
        ["97810", "Acupuncture, 1 or more needles; without electrical stimulation, initial 15 minutes", "--", "No PA for first 12 visits per year"],
        ["97813", "Acupuncture, 1 or more needles; with electrical stimulation, initial 15 minutes", "--", "No PA for first 12 visits per year"],
        ["98940", "Chiropractic manipulative treatment; spinal, 1-2 regions", "--", "No PA for first 12 visits per year"],
        ["E0650", "Pneumatic compressor, nonsegmental home model", "1/1/12", ""],
        ["E0784", "External ambulatory infusion pump, insulin", "1/1/12", ""],
        ["L5856", "Addition to lower extremity prosthesis, microprocessor control, swing and stance", "1/1/12", ""],
    ]
    pdf.table([22, 92, 24, 34], rows, size=8)
    pdf.p("How to request prior authorization: submit requests through the provider portal or by fax "
          "to the Care Coordination department. Include the member's name and ID, requested CPT/HCPCS "
          "codes, ICD-10 diagnosis codes, number of units or visits, and supporting clinical "
          "documentation. Urgent requests are decided within 72 hours; standard requests within 14 "
          "calendar days.", 9)
    pdf.p("Questions: Customer Service, Monday-Friday, 8 a.m. to 5 p.m.", 9)
    save(pdf, "payers/ycco-prior-auth-code-list-2026.pdf")


if __name__ == "__main__":
    nc_opinion()
    tn_rules()
    or_doj()
    wellmark()
    anthem_rehab()
    ycco_pa_list()
