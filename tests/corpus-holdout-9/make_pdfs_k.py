#!/usr/bin/env python3
"""Build the k-* PDF documents of corpus-holdout-9 with fpdf2.

Lines are broken by this script (not by fpdf's multi_cell), so line
ends fall mid-sentence and some long words are hyphenated across
lines.  Each page carries a running header and a "Page N of M" footer.
Only core Helvetica is used, so every string must be latin-1.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, header_text):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.header_text = header_text
        self.set_margins(28, 24, 28)
        self.set_auto_page_break(False)
        self.alias_nb_pages("{nb}")
        self.set_creation_date(FIXED_DATE)
        self.hyph_counter = 0

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.header_text, align="L")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_y(-15)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    # ----- line breaking done here, word by word -----
    def wrap(self, text, width):
        words = text.split()
        lines, cur = [], ""
        for word in words:
            trial = word if not cur else cur + " " + word
            if self.get_string_width(trial) <= width:
                cur = trial
                continue
            # word does not fit: maybe hyphenate it
            split = self._hyphen_split(cur, word, width)
            if split:
                head, tail = split
                lines.append((cur + " " + head + "-").strip())
                cur = tail
            else:
                if cur:
                    lines.append(cur)
                cur = word
        if cur:
            lines.append(cur)
        return lines

    def _hyphen_split(self, cur, word, width):
        core = word.rstrip(".,;:)")
        if len(core) < 8 or not core.isalpha():
            return None
        self.hyph_counter += 1
        if self.hyph_counter % 3:  # hyphenate only some opportunities
            return None
        prefix = (cur + " ") if cur else ""
        best = None
        for i in range(4, len(core) - 3):
            if not self._good_break(core, i):
                continue
            if self.get_string_width(prefix + word[:i] + "-") <= width:
                best = i
        if best is None:
            return None
        return word[:best], word[best:]

    @staticmethod
    def _good_break(word, i):
        """Crude syllable heuristic: split between two consonants that
        are not a digraph, or after a vowel before consonant+vowel."""
        vowels = "aeiouy"
        a, b = word[i - 1].lower(), word[i].lower()
        c = word[i + 1].lower() if i + 1 < len(word) else ""
        digraphs = {"th", "ch", "sh", "ph", "ck", "ng", "gh", "wh", "qu"}
        if a not in vowels and b not in vowels and a + b not in digraphs:
            return True
        return a in vowels and b not in vowels and c in vowels

    def need(self, h):
        if self.get_y() + h > self.h - 24:
            self.add_page()

    def block(self, kind, text):
        width = self.w - self.l_margin - self.r_margin
        if kind == "title":
            self.set_font("Helvetica", "B", 14)
            for ln in self.wrap(text, width):
                self.need(7)
                self.cell(0, 7, ln, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            return
        if kind == "h":
            self.set_font("Helvetica", "B", 11)
            self.need(14)
            self.ln(2)
            for ln in self.wrap(text, width):
                self.cell(0, 6, ln, new_x="LMARGIN", new_y="NEXT")
            return
        if kind == "meta":
            self.set_font("Helvetica", "", 9)
            for ln in self.wrap(text, width):
                self.need(5)
                self.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            return
        indent = 0
        first_prefix = ""
        if kind == "b":
            indent, first_prefix = 6, "-"
        elif kind == "i":
            indent = 8
        self.set_font("Helvetica", "", 10.5)
        lines = self.wrap(text, width - indent)
        for n, ln in enumerate(lines):
            self.need(5.6)
            if first_prefix and n == 0:
                self.set_x(self.l_margin + 1)
                self.cell(indent - 1, 5.6, first_prefix)
            self.set_x(self.l_margin + indent)
            self.cell(0, 5.6, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def build(path, header_text, blocks):
    pdf = Doc(header_text)
    pdf.set_title(blocks[0][1])
    pdf.set_author(header_text.split("|")[0].strip())
    pdf.add_page()
    for kind, text in blocks:
        text.encode("latin-1")
        pdf.block(kind, text)
    out = HERE / path
    pdf.output(str(out))
    return out


# ---------------------------------------------------------------------
# boards/k-ohio-dn-rule-4755-29-04.pdf  (allowed; rule in effect since 2024)
OHIO = [
    ("title", "4755-29-04 Dry needling."),
    ("meta", "Ohio Administrative Code | Chapter 4755-29 Physical Therapy Practice | Physical Therapy Section, Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board"),
    ("meta", "Effective: April 15, 2024 | Five-year review (FYR) date: April 15, 2029 | Promulgated under: 119.03 | Statutory authority: 4755.411 | Rule amplifies: 4755.40, 4755.48"),
    ("p", "(A) As used in this rule, \"dry needling\" means a skilled intervention in which a physical therapist inserts one or more thin, solid filiform needles through the skin into underlying muscle, fascia, or connective tissue to address myofascial trigger points, pain, and impairments of movement. Dry needling does not include the injection of any substance, and it is not acupuncture as described in Chapter 4762. of the Revised Code."),
    ("p", "(B) Dry needling is within the practice of physical therapy in this state. A physical therapist licensed under Chapter 4755. of the Revised Code may perform it once the therapist has satisfied the requirements of paragraphs (C) to (E) of this rule, and may not perform it before then."),
    ("p", "(C) Before performing dry needling on a patient, the physical therapist shall have completed a course or courses of study in dry needling totaling no fewer than fifty hours, of which at least thirty-five hours consisted of face-to-face instruction with supervised, hands-on needling. The instruction shall have included each of the following:"),
    ("i", "(1) anatomy and palpation of the regions to be needled, including the location of the lungs, major blood vessels, and peripheral nerves;"),
    ("i", "(2) indications, contraindications, and precautions, including identification of patients for whom dry needling should be deferred;"),
    ("i", "(3) clean needle technique, sharps disposal, and standard precautions against blood-borne pathogens; and"),
    ("i", "(4) recognition and management of adverse events, including pneumothorax, syncope, and excessive bleeding."),
    ("p", "(D) A course offered by a provider approved by the section under rule 4755-29-02 of the Administrative Code, or by a physical therapist education program accredited by the commission on accreditation in physical therapy education, satisfies paragraph (C) of this rule if the course meets the hour and content requirements. Completion of coursework that is delivered exclusively online does not satisfy this rule."),
    ("p", "(E) The physical therapist shall retain documentation of completed training for as long as the therapist continues to perform dry needling and for four years thereafter, and shall provide that documentation to the section within fifteen days of a written request. The section does not issue a separate certificate, endorsement, or registration for dry needling, and a licensee is not required to notify the section before beginning to perform it."),
    ("p", "(F) Before the first dry needling treatment, the physical therapist shall obtain the patient's written informed consent. The consent form shall describe the procedure, state that the needles are single-use and sterile, identify the adverse events listed in paragraph (C)(4) of this rule, and state that the therapist is not performing acupuncture. A signed copy shall be kept in the patient record."),
    ("p", "(G) Dry needling shall be performed personally by the physical therapist. It shall not be delegated to a physical therapist assistant, a student, or any unlicensed person, and it may not be provided by telehealth. The physical therapist shall document, for each session, the muscles treated, the number of needles inserted, the patient's response, and any adverse event."),
    ("p", "(H) A physical therapist who performs dry needling without satisfying paragraphs (C) to (G) of this rule engages in conduct that is below the minimal standards of care and may be subject to discipline under section 4755.47 of the Revised Code."),
    ("h", "Rule history"),
    ("p", "Proposed rule filed with the Joint Committee on Agency Rule Review on November 20, 2023; public hearing held January 4, 2024; final filing March 29, 2024; effective April 15, 2024. Supersedes the section's position statement on dry needling issued in 2017, which was rescinded on the effective date of this rule."),
    ("h", "Staff note on 2026 review"),
    ("p", "At its September 2026 meeting the section began an early review of this rule in response to stakeholder requests to reduce the face-to-face hour requirement. No amendment has been proposed, and the rule remains in effect as printed above. Licensees will be notified through the section's electronic newsletter if an amendment is filed."),
]

# ---------------------------------------------------------------------
# boards/k-california-ptbc-bulletin-dn.pdf  (not_allowed; newsletter)
CALIF = [
    ("title", "The PTBC Bulletin - Fall 2026"),
    ("meta", "Physical Therapy Board of California | Department of Consumer Affairs | Volume 31, Issue 2"),
    ("h", "From the Board President"),
    ("p", "This has been a busy year for the Board. We welcomed two new public members, completed the transition to online license renewal for assistants, and held our first meeting outside Sacramento since 2019. I want to thank the staff who kept the licensing unit on schedule while the new renewal system went live, and the many licensees who took the time to comment on our proposed continuing competency regulations. Your input changed the final language in several places."),
    ("p", "In this issue you will find a reminder about dry needling, a topic that continues to generate calls to our office, along with an update on enforcement activity and a summary of the regulations that take effect on January 1."),
    ("h", "Dry Needling: A Reminder for Licensees"),
    ("p", "Every few months the Board sees a new wave of questions about dry needling, usually after a national continuing education company advertises a course in California or a licensee moves here from a state where the technique is routine. Therapists who have completed such courses often assume that the training is what matters. In California it is not."),
    ("p", "The Physical Therapy Practice Act does not authorize a physical therapist to penetrate the skin with a needle for the purpose of treating muscle or connective tissue, and the Board has long held that dry needling is outside the scope of practice of a physical therapist licensed in this state. That position was confirmed in a formal opinion issued by the Office of the Attorney General at the Board's request, and it has not changed. A therapist who performs dry needling on a patient in California is subject to discipline, and the Board has imposed probation and citations in such cases during the past two fiscal years."),
    ("p", "Licensees sometimes ask about related activities. Attending a dry needling course is not itself a violation, and the Board does not regulate which courses a licensee may take. However, hours from such a course will not be credited toward continuing competency, because the course does not address a service you may lawfully provide here. Advertising dry needling services, including on a clinic website or social media account, may be treated as a misrepresentation of the services you are authorized to perform."),
    ("p", "We are aware that a bill introduced in the Legislature this year, Assembly Bill 2291, would add dry needling to the Practice Act subject to training requirements. The bill was referred to the Assembly Business and Professions Committee and did not receive a hearing before the deadline, so it will not become law this session. The Board has not taken a position on the bill. Unless and until the Legislature acts, the answer to the question 'may I needle my patients?' remains no."),
    ("h", "Enforcement Snapshot, FY 2025-26"),
    ("p", "The Board received 1,142 complaints during the fiscal year, closed 1,087, and referred 61 cases to the Attorney General for formal discipline. The most common complaint categories were documentation and billing (28 percent), unprofessional conduct (19 percent), and practicing beyond the scope of the license (11 percent). Final disciplinary decisions are posted on the license lookup page."),
    ("h", "New Regulations Effective January 1, 2027"),
    ("b", "Continuing competency: licensees must complete at least two hours in ethics, laws, and regulations each renewal cycle."),
    ("b", "Supervision of aides: the maximum ratio of aides to supervising therapists is clarified for acute hospital settings."),
    ("b", "Address of record: licensees must report an email address of record and update it within 30 days of any change."),
    ("h", "Contact the Board"),
    ("p", "Physical Therapy Board of California, 2005 Evergreen Street, Suite 2600, Sacramento, CA 95815. Telephone (916) 555-0145. Staff respond to email inquiries within five business days."),
]

# ---------------------------------------------------------------------
# payers/k-riverbend-mp-needle-therapies.pdf  (experimental_investigational)
RIVERBEND = [
    ("title", "Acupuncture, Dry Needling, and Trigger Point Injections"),
    ("meta", "Riverbend Health Plan | Medical Policy MP-4.207 | Original effective date: 07/01/2021 | Revised: 08/01/2026 | Applies to: all commercial products"),
    ("h", "Policy Statement"),
    ("p", "Riverbend Health Plan addresses three needle-based treatments for musculoskeletal pain in this policy. Each service is assessed separately and has its own coverage position:"),
    ("b", "Acupuncture (CPT 97810-97814) is considered medically necessary for chronic low back pain lasting 12 weeks or longer, for chronic neck pain, for knee osteoarthritis, and for nausea and vomiting associated with chemotherapy or pregnancy, up to 12 sessions in a 90-day period, when the criteria in Section I are met and the member's plan includes an acupuncture benefit."),
    ("b", "Dry needling of myofascial trigger points (CPT 20560, 20561), including intramuscular stimulation and dry needling with electrical stimulation, is considered experimental and investigational for all indications."),
    ("b", "Trigger point injections (CPT 20552, 20553) are considered medically necessary for myofascial pain syndrome when the criteria in Section II are met, up to four sessions in a 12-month period."),
    ("p", "Services that do not meet the criteria below, and uses of acupuncture or trigger point injection for conditions not listed, are considered not medically necessary."),
    ("h", "Section I: Acupuncture Criteria"),
    ("p", "Acupuncture must be performed by a practitioner licensed to provide it in the state where the service is rendered. The record must document the condition treated, a baseline measure of pain or function, and reassessment after no more than six sessions. Continued treatment beyond six sessions requires documented improvement. Maintenance acupuncture after a plateau is not covered."),
    ("h", "Section II: Trigger Point Injection Criteria"),
    ("p", "Trigger point injections are covered when all of the following are documented: (1) one or more trigger points identified by palpation of a taut band that reproduces the patient's typical pain; (2) symptoms for at least three months despite conservative treatment including physical therapy or a home exercise program; and (3) the injection is given as part of a broader treatment plan. Repeat injections require at least 50 percent pain relief lasting six weeks or more after the prior injection."),
    ("h", "Description"),
    ("p", "Acupuncture is the insertion of fine needles at defined points on the body according to the principles of traditional Chinese medicine or related systems. Dry needling uses similar filiform needles but selects insertion sites on the basis of musculoskeletal anatomy, typically at myofascial trigger points; no substance is injected. In a trigger point injection, a hypodermic needle is used to inject a local anesthetic, with or without a corticosteroid, into the trigger point."),
    ("h", "Rationale"),
    ("p", "For acupuncture, multiple randomized trials and systematic reviews, including large individual patient data meta-analyses, report clinically relevant improvements in chronic low back pain, neck pain, and knee osteoarthritis compared with usual care. Evidence for antiemetic effects is also consistent."),
    ("p", "For dry needling, the available trials are generally small, enroll heterogeneous populations, and report outcomes over short follow-up periods. Several reviews find reductions in pain compared with sham or no treatment in the first weeks after treatment, but the effect sizes vary widely and comparisons with established active treatments show little or no difference. Long-term functional outcomes are rarely reported. The evidence is insufficient to determine whether dry needling improves net health outcomes, and Riverbend therefore considers it investigational. This position will be reconsidered as higher-quality trials become available."),
    ("p", "For trigger point injections, evidence is modest but supports short-term relief in patients with well-defined myofascial trigger points when injections are combined with active rehabilitation."),
    ("h", "Policy History"),
    ("p", "08/01/2026: Annual review. Added knee osteoarthritis to covered acupuncture indications; no change to the dry needling or trigger point injection positions. 08/01/2025: Annual review; references updated. 07/01/2021: New policy combining former policies MP-4.105 (Acupuncture) and MP-4.118 (Trigger Point Injections) and adding dry needling."),
    ("p", "Medical policies are guides for coverage decisions and are not a substitute for the professional judgment of the treating clinician. Member benefits vary; the member's contract governs."),
]

# ---------------------------------------------------------------------
# payers/k-harbor-plains-cg-dry-needling.pdf  (not_medically_necessary)
HARBOR = [
    ("title", "Clinical Coverage Guideline: Dry Needling for Musculoskeletal Pain"),
    ("meta", "Harbor Plains Health | Guideline CG-MSK-31 | Effective 02/01/2026 | Review cycle: annual | Products: commercial HMO, POS, PPO"),
    ("h", "Scope"),
    ("p", "This guideline describes how Harbor Plains Health reviews claims and requests for dry needling of muscles and connective tissue, reported with CPT codes 20560 and 20561, when it is performed by any licensed practitioner. It does not address acupuncture, trigger point injections, or electrical stimulation delivered by surface electrodes, which are covered by separate guidelines."),
    ("h", "Clinical Background"),
    ("p", "In dry needling, a practitioner advances a thin monofilament needle into a tender, taut region of muscle, commonly called a trigger point, and may move the needle to provoke a local twitch response. The procedure is intended to reduce pain and improve movement. It is performed most often by physical therapists, and is usually combined with exercise and manual therapy within the same visit. Common targets include the upper trapezius, the gluteal muscles, the lumbar paraspinals, and the muscles of the rotator cuff."),
    ("h", "Coverage Determination"),
    ("p", "Having reviewed the clinical literature, national guidelines, and the cost of alternatives, Harbor Plains Health has determined that dry needling is not medically necessary for the treatment of any musculoskeletal condition, including myofascial pain syndrome, neck pain, low back pain, shoulder impingement, lateral epicondylalgia, and plantar fasciitis. Requests for prior authorization will be denied and claims will not be paid on that basis."),
    ("p", "This determination applies the plan's definition of medical necessity, under which a covered service must be clinically appropriate and must not be more costly than an alternative service or sequence of services at least as likely to produce equivalent results. It is not a finding that dry needling is experimental or investigational, and it should not be cited as such in denial notices or appeal responses."),
    ("h", "Rationale"),
    ("p", "The research on dry needling has matured considerably in the past decade, and Harbor Plains does not dispute that the procedure has physiologic effects or that some patients report short-term relief. The question the plan asked was a different one: whether dry needling improves outcomes enough, relative to care the plan already covers, to warrant separate payment."),
    ("p", "Head-to-head trials comparing dry needling with exercise, manual therapy, or trigger point injection mostly find equivalent results at one to three months, and the reviews that pool them conclude that any added benefit is small and does not persist. Because physical therapy visits already include exercise and manual techniques that yield comparable outcomes, adding dry needling increases the cost of an episode of care without a corresponding improvement in function. Under the plan's definition, that makes the service not medically necessary even though it is widely practiced and its safety profile is acceptable."),
    ("p", "Harbor Plains also considered the position of professional societies. Physical therapy organizations describe dry needling as a reasonable option, and the plan respects that view. Their guidance, however, does not address whether the technique produces better results than the alternatives the plan covers, which is the standard the plan must apply."),
    ("h", "Billing Guidance"),
    ("b", "Claim lines reporting 20560 or 20561 will deny with claim adjustment reason code 50 (not deemed a medical necessity by the payer)."),
    ("b", "Other therapy services on the same date are processed normally if they meet applicable criteria."),
    ("b", "Providers may collect payment from the member only if the member signed a written acknowledgment before the service that it would not be covered and agreed to pay."),
    ("h", "Review History"),
    ("p", "02/01/2026: Guideline rewritten. Prior versions classified dry needling as investigational; following the 2025 literature review, the rationale was changed to a medical necessity basis. The coverage outcome, non-payment, is unchanged. 02/01/2024: Annual review. 03/01/2021: Original guideline."),
    ("p", "Clinical coverage guidelines support consistent benefit administration. They do not constitute medical advice, and treatment decisions remain with the member and the treating practitioner. Benefits are subject to the terms of the member's plan documents."),
]

# ---------------------------------------------------------------------
# payers/k-evergreen-valley-ma-eoc-excerpt.pdf  (benefit_exclusion)
EVERGREEN = [
    ("title", "Chapter 4, Section 3: What services are not covered by the plan?"),
    ("meta", "Evergreen Valley Medicare Advantage Plus (HMO) | 2026 Evidence of Coverage | H9921-004 | Excerpt"),
    ("h", "Section 3.1 Services we do not cover (exclusions)"),
    ("p", "Some services and items are left out of Medicare coverage altogether, and because this plan follows Medicare's rules, we leave them out too. Other items are paid for only in limited situations. The chart below sorts each listed service into one of those two groups. When you receive a service that the chart marks as never covered, the bill is yours to pay, and that is true even if the care was given in an emergency room. The one way such a service can end up being paid is through the appeals process: if an appeal finds that, in your particular case, we should have covered it, we will. Chapter 9, Section 5.3 explains how to appeal."),
    ("h", "Exclusions chart (continued from previous page)"),
    ("p", "Acupuncture. Paid for only in limited situations: members with chronic low back pain who meet Medicare's conditions. The acupuncture entry in the Medical Benefits Chart (Chapter 4, Section 2.1) lists those conditions."),
    ("p", "Chiropractic care. Paid for only in limited situations: we cover manual manipulation of the spine when it is done to correct a subluxation. We do not pay a chiropractor for X-rays, massage, or ongoing adjustments once your condition has stabilized."),
    ("p", "Cosmetic procedures. Paid for only in limited situations: repair after an accidental injury, surgery that restores function to a part of the body that formed abnormally, and breast reconstruction at any stage after a mastectomy."),
    ("p", "Custodial care, meaning help with everyday tasks such as bathing, dressing, or eating when you need no skilled care. Never covered."),
    ("p", "Dry needling, meaning the insertion of needles into muscle without injecting any drug (also billed as trigger point dry needling or needle insertion without injection), whether performed by a physical therapist, chiropractor, physician, or any other provider. Never covered. Original Medicare does not pay for this service, and our plan has chosen not to add it as a supplemental benefit."),
    ("p", "Experimental treatments, devices, and drugs. Paid for only in limited situations: when you take part in a clinical research study that Medicare has approved, or when our plan decides to cover a particular item. Chapter 3, Section 5 describes research studies."),
    ("p", "Charges from your close relatives or from people who live in your home. Never covered."),
    ("p", "Massage therapy. Never covered as a separate service. Soft tissue techniques a licensed physical therapist uses within a covered therapy plan are part of that therapy."),
    ("p", "Orthopedic shoes and foot supports. Paid for only in limited situations: shoes built into a leg brace and billed with it, and therapeutic shoes for members with diabetic foot disease."),
    ("p", "Routine foot care. Paid for only in limited situations, such as for members with diabetes or poor circulation, under Medicare's rules."),
    ("p", "Care that fails Original Medicare's test of being reasonable and necessary. Never covered."),
    ("h", "Section 3.2 Related supplemental benefits"),
    ("p", "In addition to the Medicare-covered services listed in the Medical Benefits Chart, your plan includes a limited set of supplemental benefits: a fitness membership, an over-the-counter allowance of $50 each quarter, routine dental cleanings twice a year, and one routine eye exam each year. Supplemental benefits are described in Chapter 4, Section 2.2. No supplemental benefit in this plan covers dry needling, massage, or acupuncture beyond what Original Medicare covers."),
    ("p", "If you have questions about whether a service is covered, call Member Services at 1-844-555-0117 (TTY users call 711), 8 a.m. to 8 p.m., seven days a week, from October 1 to March 31, and weekdays the rest of the year. You can also ask us for an advance coverage decision before you get the service."),
]

DOCS = [
    ("boards/k-ohio-dn-rule-4755-29-04.pdf",
     "Ohio Administrative Code 4755-29-04 | Dry needling | Unofficial copy", OHIO),
    ("boards/k-california-ptbc-bulletin-dn.pdf",
     "PTBC Bulletin | Fall 2026 | Physical Therapy Board of California", CALIF),
    ("payers/k-riverbend-mp-needle-therapies.pdf",
     "Riverbend Health Plan | MP-4.207 Acupuncture, Dry Needling, and Trigger Point Injections", RIVERBEND),
    ("payers/k-harbor-plains-cg-dry-needling.pdf",
     "Harbor Plains Health | CG-MSK-31 Dry Needling | Proprietary", HARBOR),
    ("payers/k-evergreen-valley-ma-eoc-excerpt.pdf",
     "2026 Evidence of Coverage for Evergreen Valley Medicare Advantage Plus (HMO) | Chapter 4", EVERGREEN),
]


def main():
    for path, header_text, blocks in DOCS:
        out = build(path, header_text, blocks)
        print("wrote", out)


if __name__ == "__main__":
    main()
