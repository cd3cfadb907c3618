#!/usr/bin/env python3
"""Build the b-* PDF documents of corpus-holdout-5 with fpdf2.

Lines are broken by this script (not by fpdf), so extracted text breaks
mid-sentence, with occasional end-of-line hyphenation. Each page carries a
running header and a "Page N of M" footer. Core Helvetica, latin-1 only.
Creation date is pinned so output is reproducible.
"""
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)


class Doc(FPDF):
    def __init__(self, running_header):
        super().__init__(format="Letter", unit="mm")
        self.running_header = running_header
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        self.set_creation_date(FIXED_DATE)

    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 5, self.running_header, align="L", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "wh", "ck", "ng", "qu", "gh"}


def good_break(w, i):
    """Crude syllable heuristic: break V-CV or between two consonants (not a digraph)."""
    a, b = w[i - 1], w[i]
    nxt = w[i + 1] if i + 1 < len(w) else ""
    if w[i - 1:i + 1] in DIGRAPHS or w[i:i + 2] in DIGRAPHS and a not in VOWELS:
        return False
    if a in VOWELS and b not in VOWELS and nxt in VOWELS:
        return True
    if a not in VOWELS and b not in VOWELS and w[i - 2] in VOWELS and nxt in VOWELS:
        return True
    return False


def split_word(pdf, word, room):
    """Return (head_with_hyphen, tail) if a hyphenated piece of word fits in room."""
    core = word.rstrip(".,;:)!?\"'")
    if len(core) < 7 or not core.isalpha():
        return None
    for i in range(len(core) - 3, 3, -1):
        if not good_break(core.lower(), i):
            continue
        head = word[:i] + "-"
        if pdf.get_string_width(head) <= room:
            return head, word[i:]
    return None


def wrap(pdf, text, width):
    words = text.split()
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        trial = w if not cur else cur + " " + w
        if pdf.get_string_width(trial) <= width:
            cur = trial
            continue
        room = width - pdf.get_string_width(cur + " ") if cur else width
        # hyphenate only when the line would otherwise end noticeably short
        if cur and room > width * 0.07:
            piece = split_word(pdf, w, room)
            if piece:
                lines.append(cur + " " + piece[0])
                cur = ""
                words.insert(0, piece[1])
                continue
        if cur:
            lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def build(name, running_header, blocks):
    pdf = Doc(running_header)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            lh = 8
        elif kind == "h":
            pdf.set_font("Helvetica", "B", 12)
            lh = 7
            pdf.ln(2)
        elif kind == "small":
            pdf.set_font("Helvetica", "", 9)
            lh = 5
        else:
            pdf.set_font("Helvetica", "", 11)
            lh = 6.2
        for line in wrap(pdf, text, width):
            pdf.cell(width, lh, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    out = HERE / name
    pdf.output(str(out))
    return out


DOCS = []

# ---------------------------------------------------------------- board: court reversal
DOCS.append((
    "boards/b-wa-court-reversal-press.pdf",
    "Cascadia Society of Acupuncture and East Asian Medicine -- Press Release",
    [
        ("small", "FOR IMMEDIATE RELEASE -- September 18, 2026 -- Media contact: communications office"),
        ("title", "State Supreme Court reverses appeals court: dry needling is not within physical therapy scope in Washington"),
        ("p", "OLYMPIA, Wash. -- The Washington Supreme Court today reversed last year's Court of Appeals "
              "decision that had allowed physical therapists to perform dry needling under a 2022 rule "
              "adopted by the state's physical therapy board. In a 6-3 opinion, the justices held that the "
              "board went beyond the authority the Legislature gave it when it wrote the rule, and that "
              "inserting filiform needles into muscle tissue is not part of physical therapy as the statute "
              "defines it. The rule is void, and the practice is no longer available to physical therapists "
              "in the state."),
        ("h", "How the case got here"),
        ("p", "The dispute began in 2022, when the board published a rule letting licensed physical "
              "therapists perform dry needling after completing a set number of training hours. The "
              "Society filed a petition for judicial review that same year. The superior court dismissed "
              "the petition in 2023, and in May 2025 a Court of Appeals panel affirmed, ruling that the "
              "board's reading of the practice act was reasonable and deserved deference. For about "
              "sixteen months after that decision, many physical therapists treated the question as "
              "settled and offered dry needling openly."),
        ("p", "The Supreme Court saw it differently. Writing for the majority, the Court explained that "
              "the practice act lists the procedures physical therapists may use that involve piercing "
              "the skin, and that the list is narrow on purpose. Because dry needling is not on it, and "
              "because the Legislature has repeatedly declined to add it, the board could not add it "
              "by rule. The opinion reverses the Court of Appeals and sends the case back to the superior "
              "court with instructions to enter judgment for the Society."),
        ("p", "The three dissenting justices would have deferred to the board, and noted that many other "
              "states allow the practice. The majority responded that the question is one for the "
              "Legislature, not for a licensing board or a court."),
        ("h", "What the ruling means today"),
        ("p", "Effective with today's decision, physical therapists licensed in Washington may not perform "
              "dry needling. It no longer matters how many hours of training a therapist has completed, "
              "or whether the therapist relied on the appeals court's decision. The Society is asking "
              "clinics that advertised the service to take those notices down and to let patients in the "
              "middle of a treatment plan know about their options, including referral to a licensed "
              "acupuncturist or a physician."),
        ("p", "\"This is a good day for patient safety,\" said the Society's president, Dr. Lianne Osei, "
              "L.Ac. \"We have never said physical therapists aren't skilled clinicians. We've said that "
              "putting needles into people safely takes far more training than a few weekend courses, "
              "and that the law here draws that line. The Court agreed.\""),
        ("h", "Reaction from physical therapists"),
        ("p", "The state physical therapy association called the decision disappointing in a short statement "
              "posted to its website this afternoon. The association said it would ask legislators to "
              "take up a bill in the 2027 session that would expressly add dry needling to the practice "
              "act. In the meantime, it told members that dry needling is off the table and that they "
              "should stop offering it right away. The physical therapy board said it would post guidance "
              "for licensees once it had reviewed the opinion with its attorneys."),
        ("p", "The Society said it would oppose any bill that does not set training standards comparable "
              "to those required of acupuncturists, and it offered to meet with the physical therapy "
              "association before the session begins."),
        ("h", "About the Society"),
        ("p", "The Cascadia Society of Acupuncture and East Asian Medicine represents more than 1,100 "
              "licensed acupuncturists and students in Washington. It advocates for safe, accessible care "
              "and for the standards of education that protect patients."),
        ("small", "###  A copy of the opinion is available from the Supreme Court clerk's office.  ###"),
    ],
))

# ---------------------------------------------------------------- board: minutes, tabled
DOCS.append((
    "boards/b-sd-minutes-tabled.pdf",
    "Physical Therapy Advisory Committee -- Minutes -- August 14, 2026 -- DRAFT pending approval",
    [
        ("title", "South Dakota Physical Therapy Advisory Committee: Minutes of the Regular Meeting"),
        ("small", "August 14, 2026 -- 9:00 a.m. CT -- Board conference room, Sioux Falls, and by video"),
        ("h", "1. Call to order and roll call"),
        ("p", "The chair called the meeting to order at 9:03 a.m. Members present: K. Lindqvist, PT, "
              "chair; R. Two Bulls, PT; D. Hanley, PTA; M. Ostrander, public member. Absent: J. Feld, PT. "
              "Staff present: the executive director, the licensing coordinator, and assigned counsel from "
              "the attorney general's office. A quorum was confirmed."),
        ("h", "2. Approval of agenda and prior minutes"),
        ("p", "Motion by Two Bulls, second by Ostrander, to approve the agenda as posted and the minutes of "
              "the May 15 meeting with one correction to the spelling of a licensee's name. Motion carried "
              "unanimously."),
        ("h", "3. Licensure report"),
        ("p", "The licensing coordinator reported 61 new physical therapist licenses and 14 new assistant "
              "licenses issued since the last meeting, along with 22 compact privileges. Renewal season "
              "opens November 1. Staff expect the new online renewal system to be live by then and asked "
              "the committee to encourage licensees to update their email addresses."),
        ("h", "4. Continuing education audit"),
        ("p", "Of the 80 licensees selected for the 2025-2026 audit, 74 were found compliant, four have "
              "submitted documents still under review, and two have not responded. Staff will send a second "
              "notice. No action required."),
        ("h", "5. Correspondence: dry needling inquiry"),
        ("p", "The committee reviewed a letter from a licensed physical therapist in Rapid City asking "
              "whether dry needling is within the scope of practice of physical therapy in South Dakota. "
              "The letter also asked what training, if any, the board would expect. The executive director "
              "noted that the committee received a similar letter in 2023 and did not act on it at that time."),
        ("p", "Discussion. Member Two Bulls said that several neighboring states address the practice "
              "in statute or rule and that licensees deserve a clear answer one way or the other. Member "
              "Ostrander asked whether the acupuncture community had been consulted and expressed concern "
              "about acting without their input. Member Hanley asked whether any answer would affect "
              "assistants; the chair said that would depend on what the committee ultimately recommends. "
              "Counsel advised that the committee itself does not issue scope determinations, that any "
              "recommendation would go to the full board, and that she would need time to review the "
              "statute and any prior attorney general opinions before advising on the question."),
        ("p", "Motion by Ostrander, second by Lindqvist, to table the inquiry until counsel provides a written "
              "analysis, and to place the item on a future agenda. Motion carried, 3-1, with Two Bulls "
              "opposed. The executive director will send the licensee a letter saying the question has been "
              "received and is under review. No position was taken on the substance of the inquiry."),
        ("h", "6. Rules review: supervision of student physical therapists"),
        ("p", "The committee continued its review of draft language on supervising students during "
              "clinical rotations. Members agreed to circulate a revised draft by email and take it up again "
              "in November. No action taken."),
        ("h", "7. Public comment"),
        ("p", "One member of the public, a clinic owner from Aberdeen, asked the committee to move faster on "
              "the dry needling question because employers are receiving inquiries from patients. The chair "
              "thanked him for the comment. A second speaker asked about reciprocity timelines for military "
              "spouses; staff will follow up directly."),
        ("h", "8. Next meeting and adjournment"),
        ("p", "The next regular meeting is scheduled for November 13, 2026. Motion to adjourn by Hanley, "
              "second by Two Bulls. Motion carried. The meeting adjourned at 10:41 a.m."),
        ("small", "Minutes recorded by board staff. These minutes are a draft until approved by the committee."),
    ],
))

# ---------------------------------------------------------------- board: GA chapter newsletter
DOCS.append((
    "boards/b-ga-chapter-newsletter.pdf",
    "Peach State PT Dispatch -- Winter 2026 -- Member Newsletter",
    [
        ("title", "Peach State PT Dispatch"),
        ("small", "Winter 2026 issue -- published December 2025 for members of the Georgia physical therapy chapter"),
        ("h", "Green light! Georgia PTs can dry needle starting January 1"),
        ("p", "It's official, and it's finally in writing. The licensing board's dry needling rule cleared "
              "its last hurdle in November, and it takes effect on January 1, 2026. Starting that day, a "
              "Georgia physical therapist who meets the rule's conditions is good to go. There's no separate "
              "license and no application to file, but there are real requirements, and the board was very "
              "clear that it expects every one of them to be met."),
        ("p", "Here is our plain-language summary. First, you need at least 50 hours of dry needling "
              "education that includes supervised, in-person practice; online-only hours won't get you "
              "there. Second, you need two years of licensed clinical practice before you start needling "
              "patients. Third, you must get the patient's written informed consent and keep it in the "
              "chart. Fourth, dry needling can't be delegated, so assistants, aides and students may not do "
              "it. Finally, keep proof of your training for as long as you offer the service. The board "
              "can ask for it at any time, and it said it will."),
        ("p", "Several members have asked whether they need a physician's order. The rule doesn't require "
              "one. Some payers might, though, so check your contracts before you bill."),
        ("p", "A special thank-you to the members of the Practice Committee who answered what felt like "
              "every possible question during the public comment period, and to the board staff who kept "
              "the process moving."),
        ("h", "Renewal reminder: hold off for a week"),
        ("p", "The board is moving its licensing system to a new vendor. If your license expires at the end "
              "of this cycle, hold off on renewing until the new portal opens on December 8. Renewals "
              "started in the old system before then may have to be redone. The deadline hasn't changed."),
        ("h", "Around the Southeast"),
        ("p", "Alabama: the dry needling bill stalled again in committee, so it remains off the table for "
              "PTs there for at least another year. South Carolina: the board is reviewing training "
              "standards after a complaint, and its chapter says members should stay tuned. Florida: "
              "a workgroup report on needling is expected in the spring."),
        ("h", "Student corner"),
        ("p", "Congratulations to the three student teams that presented posters at the fall meeting. The "
              "winning poster compared two balance screening tools in community-dwelling older adults and "
              "will be featured in the spring issue. If you are a student and want to write for the "
              "Dispatch, send your pitch to the editor."),
        ("h", "Upcoming events"),
        ("p", "January 22: Legislative Day at the Capitol. February 5-8: national combined sections meeting; "
              "join the Georgia reception on Thursday evening. March 14: district meetings statewide, with "
              "a session on documentation for dry needling under the new rule. April 25-26: spring "
              "conference in Savannah."),
        ("small", "The Dispatch is published quarterly. Contents are member information, not legal advice."),
    ],
))

# ---------------------------------------------------------------- payer: WC newsletter, covered
DOCS.append((
    "payers/b-wc-provider-newsletter.pdf",
    "Keystone Valley Workers' Compensation Managed Care Network -- Provider Newsletter, Spring 2026",
    [
        ("title", "Provider Newsletter -- Spring 2026"),
        ("small", "Keystone Valley Workers' Compensation Managed Care Network -- for participating providers"),
        ("h", "In this issue"),
        ("p", "Dry needling coverage change; electronic bill submission deadline; updates to the independent "
              "medical exam scheduling process; return-to-work form revisions; network directory reminder."),
        ("h", "Dry needling: now covered when criteria are met"),
        ("p", "For several years our treatment guidelines treated dry needling as investigational, and bills "
              "for it were routinely denied. Many of you asked us to revisit that position, and our "
              "clinical advisory panel did so last fall. After the review, the network updated its "
              "musculoskeletal treatment guideline. For dates of service on or after April 1, 2026, dry "
              "needling, billed with CPT 20560 or 20561 (needle insertion without injection), is a covered "
              "service for injured workers with a compensable claim, as long as the criteria below are met."),
        ("p", "Criteria. The injured worker must have a documented myofascial pain condition with "
              "identified trigger points related to the accepted work injury. Dry needling has to be part "
              "of an active treatment plan that includes exercise or functional restoration; it won't be "
              "paid as a stand-alone treatment. The provider performing it must be licensed and acting "
              "within the scope of practice in the state where the service is delivered, which matters "
              "because some neighboring states don't allow physical therapists to perform it. Up to eight "
              "sessions per claim are covered without additional review. Further sessions need a request "
              "with objective functional improvement documented since the first session."),
        ("p", "Billing tips. Bill 20560 for one or two muscles and 20561 for three or more, once per date "
              "of service. Don't bill 97140 for the same body region at the same visit unless your notes "
              "support a distinct procedure. Claims that meet the criteria will pay at the fee schedule "
              "amount. Claims submitted without a documented trigger point examination will be pended for "
              "records rather than denied outright."),
        ("p", "Old denials. The change is not retroactive. Bills for dates of service before April 1, 2026 "
              "were decided under the earlier guideline, and the network will not reopen them."),
        ("h", "Electronic billing deadline"),
        ("p", "Beginning July 1, the network will accept only electronic bills from participating providers, "
              "except for providers with fewer than 25 bills a year. If you still submit on paper, contact "
              "your clearinghouse now; set-up can take several weeks."),
        ("h", "Independent medical exams"),
        ("p", "Adjusters will now schedule independent medical exams through a central unit, which should "
              "cut down on duplicate appointments. Treating providers will get a copy of the scheduling "
              "notice. Treatment already approved continues while the exam is pending."),
        ("h", "Return-to-work form"),
        ("p", "The one-page work status form has been revised to include a section for graded "
              "restrictions by week. The old version will be accepted through June 30."),
        ("h", "Directory reminder"),
        ("p", "Injured workers choose providers from the network directory. Please confirm your hours, "
              "locations and services, including whether you offer dry needling, so adjusters can route "
              "referrals correctly. Updates can be made through the provider portal at any time."),
        ("small", "Questions: provider relations line, weekdays 8 a.m. to 5 p.m. This newsletter summarizes "
                  "network guidelines; the guideline text governs if there is a difference."),
    ],
))


def main():
    for name, header, blocks in DOCS:
        out = build(name, header, blocks)
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
