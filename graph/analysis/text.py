"""Article text to blocks and sentences, with page furniture marked and skipped.

Offsets always refer to the article text as given: nothing here rewrites it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that are page furniture, not content (French and English). Matched at line start,
# case-insensitively; such a line yields no entity and no fact.
_FURNITURE = re.compile(
    r"""^\s*(?:
        cr[ée]dits?\s+(?:image|photo)s?|image\s+credits?|photo\s*(?:credit)?\s*:|©|\(c\)\s|
        laisser\s+un\s+commentaire|leave\s+a\s+(?:comment|reply)|
        votre\s+adresse\s+(?:e-?mail|de\s+messagerie)|your\s+email\s+address|
        les\s+champs\s+obligatoires|required\s+fields|
        ce\s+site\s+utilise|this\s+site\s+uses|
        en\s+savoir\s+plus|learn\s+more|read\s+more|lire\s+aussi|lire\s+la\s+suite|à\s+lire\s+aussi|
        (?:à\s+)?lire\s+également|
        les\s+articles\s+de\s+ce\s+site|
        (?:nous\s+utilisons|we\s+use)\s+(?:des\s+)?cookies|.*\bcookies?\b.*\b(?:accept|consent|accepter|paramétrer)|
        tous\s+droits\s+réservés|all\s+rights\s+reserved|
        abonnez-vous|inscrivez-vous|subscribe\s|sign\s+up\s+for|newsletter|
        partager\s+(?:cet|sur)|share\s+(?:this|on)|suivez-nous|follow\s+us|
        mentions\s+légales|politique\s+de\s+confidentialité|privacy\s+policy|terms\s+of\s+(?:use|service)|
        publicité$|advertisement$|sponsored$|
        (?:tags?|mots[-\s]clés|keywords|étiquettes|topics)\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# A line that opens a list of links to other articles: the headline-like lines that follow it, up to a
# blank line, are furniture too ("À lire également :" then "› Agritech : la région lance un fonds…").
_RELATED = re.compile(
    r"^\s*(?:(?:à\s+)?lire\s+(?:également|aussi)|voir\s+aussi|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|"
    r"read\s+(?:next|more|also)|also\s+read|related(?:\s+(?:articles?|stories|coverage|reading))?|"
    r"more\s+(?:from|on)\s+[^.!?]*|most\s+(?:read|popular)(?:\s+(?:from|on)\s+[^.!?]*)?|les\s+plus\s+lus|"
    r"you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?)\s*:?\s*$",
    re.IGNORECASE)

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Mr|Mrs|Ms|Dr|Prof|vs|etc|M|Mme|Mmes|MM|Dr|cf|p|ex|env|approx|No|U\.S|U\.K|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|av|apr|J\.-C)|\b[A-Z])\.$"
)
_ROUND_LETTER = re.compile(r"\b(?:Series|Série|série|series|round|Round|tour|Class|class|Plan|plan|Type|"
                           r"type)\s+[A-Z]\.$")
#: A company suffix that a sentence may end with ("… at Kerlo Inc."), and the words that open the next one.
_SUFFIX_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd)\.$")
_OPENER = re.compile(r"\s+(?:The|It|Its|He|She|They|We|His|Her|Their|A|An|In|On|But|And|This|That|These|Those|"
                     r"However|Meanwhile|According|Le|La|Les|Il|Elle|Ils|Elles|Un|Une|En|Selon|Mais|Son|Sa|Ses)\b")
#: How far before a full stop _ABBREV and _ROUND_LETTER look (their longest matches are far shorter).
_LOOKBACK = 200
_SENT_END = re.compile(r"[.!?…]+(?:[\"'”»)\]]|[ \u00a0\u202f]»)*(?=\s+|$)")     # ("… le moment. »": French spacing)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    block: int            # index of the line/paragraph it belongs to
    heading: bool         # a short line with no final punctuation (title, heading, list item)

    @property
    def is_question(self) -> bool:
        return self.text.rstrip(" \"'”»)").endswith("?")


_COPYRIGHT = re.compile(r"(?:©|\(c\)\s)")


#: The name of the outlet that published the article, on the lines only its own pages print.
_OUTLET = (r"(?!(?:Par|By|Avec|With)\s)"      # (a byline's "Par A | 10 mars" names a journalist)
           r"(?P<name>(?:[Ll][’']|The\s)?(?:[A-ZÀ-Ý0-9]|[a-z]{1,2}[A-Z])[\w&+-]*"
           r"(?:\s(?:[A-ZÀ-Ý0-9][\w&+-]*|de|du|des|of)){0,3})")
#: A journalist's name on a byline ("Par Ana Lopez – Zentri – 3 mars 2025", "ANA LOPEZ" over the outlet's line).
_PERSON = r"[A-ZÀ-Ý][\w’'-]+(?:[^\S\n][A-ZÀ-Ý][\w’'-]+){1,3}"
#: Not a writer's role on the line under their name ("Technology Reporter", "STAFF WRITER").
_NO_ROLE = (r"(?![^\n]*(?i:reporter|writer|correspondent|editor|journalist|columnist|contributor|staff|rédacteur|"
            r"rédactrice|journaliste|envoyée?\s+spéciale?))")
#: ... nor in the byline's field it opens ("By A | Business Reporter | 8 December 2026").
_NO_ROLE_HERE = _NO_ROLE.replace(r"[^\n]*", r"[^\n|–—]*", 1)
#: A byline's date: "15 juillet 2025", "Mercredi, 22 octobre 2025", "Sep 23 2025", "March 3, 2025".
_DATE = (r"(?:[A-Za-zéû]+,?[^\S\n]+)?(?:\d{1,2}(?:er)?[^\S\n]+[A-Za-zéû]+\.?|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2},?)"
         r"[^\S\n]+(?:19|20)\d\d")
#: A copyright line naming the publisher ("© Zentri Médias – Tous droits réservés"); a photo's credit names a
#: company the same way ("© Kerlo"): only a name written nowhere else counts (:func:`mentions.publisher_names`).
COPYRIGHT_LINE = re.compile(
    rf"^[^\S\n]*(?:(?i:copyright)[^\S\n]*(?:©|\([cC]\))|©|\([cC]\)|(?i:copyright))\s*"
    rf"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?[.,]?\s+)?{_OUTLET}(?:\.(?:com|fr|net|org|io|be|ch|ca|lu))?"
    rf"[^\S\n]*(?:[.,]?[^\S\n]*$|[-–—|,.]?\s*(?i:all\s+rights\s+reserved|tous\s+droits\s+réservés))", re.MULTILINE)
#: A photo's credit naming the photographer, then the outlet: "Photo : Ana Lopez / Zentri". A company credits its
#: photos the same way: only a name written nowhere else counts (:func:`mentions.publisher_names`).
PHOTO_LINE = re.compile(rf"^[^\S\n]*(?i:photos?|crédits?(?:\s+photos?)?|credits?|image)[^\S\n]*:[^\S\n]*"
                        rf"{_PERSON}[^\S\n]*/[^\S\n]*{_OUTLET}[^\S\n]*$", re.MULTILINE)
#: Page furniture naming the publisher: its newsletter ("Sign up for Zentri News's newsletter", "Inscrivez-vous
#: à l'infolettre de Zentri", "Zentri Hebdo – Lettre Tech : inscrivez-vous"), "Vous êtes sur Zentri", a dateline
#: or byline ("Zentri | 7 avril 2025 | Par A", "Zentri avec AFP", "Par A – Zentri – 7 avril 2025", a writer's line over
#: "Zentri" over a date, "By A | Zentri", "Author of the article: A • Zentri"), "Suivez Zentri sur WhatsApp", "Get
#: the Zentri newsletter" (one word: "the Business Today newsletter" is a section's) and its copyright
#: (:data:`COPYRIGHT_LINE`).
PUBLISHER_LINES = tuple(re.compile(p, re.MULTILINE) for p in (
    rf"(?i:sign\s+up\s+(?:to|for)|subscribe\s+to)\s+(?:the\s+)?{_OUTLET}(?:[’']s\b|\s+(?i:newsletters?|daily|weekly)\b"
    rf"|\s+for\s+(?:free|weekly|daily|more|the\s+latest|updates)\b)",
    rf"^[^\S\n]*{_OUTLET}\s+(?i:newsletters?)\b",
    rf"(?i:abonnez-vous|inscrivez-vous)\s+(?i:à)\s+(?i:la\s+newsletter|l[’']infolettre|la\s+lettre|nos\s+newsletters?)"
    rf"(?:(?:\s+[a-zéèêà-]+){{0,2}}?\s+(?i:de\s+|d[’']|du\s+(?=\S+\s+(?-i:[A-ZÀ-Ý]|de\s|du\s|des\s))))\s*{_OUTLET}",
    rf"^[^\S\n]*{_OUTLET}\s+[–—-]\s+(?i:lettre|newsletter)\b",
    rf"^[^\S\n]*(?i:vous\s+(?:êtes\s+sur|lisez))\s+{_OUTLET}",
    rf"^[^\S\n]*{_OUTLET}\s*[|·•]\s*(?:\d{{1,2}}(?:er)?\s+[a-zéû]+\s+(?:19|20)\d\d|(?i:par|by)\s)",
    rf"^[^\S\n]*{_OUTLET}\s+(?:avec|with)\s+(?:AFP|Reuters|[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý][\w-]+)[^\S\n]*$",
    rf"^[^\S\n]*(?i:par|by)\s+{_PERSON}[^\S\n]+[–—|][^\S\n]+{_NO_ROLE_HERE}{_OUTLET}[^\S\n]+[–—|][^\S\n]+{_DATE}",
    rf"^[^\S\n]*(?:(?i:par|by)\s+)?{_PERSON}[^\S\n]*\n[^\S\n]*{_NO_ROLE}{_OUTLET}[^\S\n]*\n[^\S\n]*{_DATE}",
    rf"^[^\S\n]*(?:(?i:par|by)|(?i:author\s+of\s+the\s+article|auteure?\s+de\s+l[’']article)[^\S\n]*:)[^\S\n]+"
    rf"{_PERSON}[^\S\n]*[|•·–—][^\S\n]*{_NO_ROLE}(?!\d){_OUTLET}[^\S\n]*$",
    rf"(?i:suivez|follow)\s+{_OUTLET}\s+(?i:sur|on)\s+(?:WhatsApp|Facebook|Instagram|LinkedIn|Twitter|X|Telegram|"
    rf"Google\s+(?:News|Actualités)|YouTube|TikTok|Threads|Bluesky)\b",
    r"(?i:get|receive)\s+(?i:the)\s+(?P<name>(?:[A-ZÀ-Ý0-9]|[a-z]{1,2}[A-Z])[\w&+-]*)"
    r"\s+(?i:newsletters?|briefing|digest)\b",
)) + (COPYRIGHT_LINE, PHOTO_LINE)


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    if _FURNITURE.match(stripped) and not (_COPYRIGHT.match(stripped) and len(stripped) <= 90):
        return True     # (a short copyright line stays: it names the outlet, "© Zentri Médias 2026")
    # a bare number or a lone symbol (comment counters, bullets)
    return bool(re.fullmatch(r"[\W\d_]+", stripped))


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, block by block (a block is one line or paragraph).

    Furniture lines are dropped. Offsets are into ``text``.
    """
    out: list[Sentence] = []
    pos = 0
    related = False
    for block_no, line in enumerate(text.split("\n")):
        start_line = pos
        pos += len(line) + 1
        heading = not re.search(r"[.!?…:;,](?:\s*['\"”»)\]])*\s*$", line)    # "… eu lieu. »": French spacing
        if _RELATED.match(line):
            related = True
            continue
        if related and line.strip() and (heading or line.lstrip().startswith(("›", "»", "•", "-", "–", "→"))):
            continue        # a link of the list that a "Read next" line opens
        related = False
        if is_furniture(line) and not any(rx.search(line) for rx in PUBLISHER_LINES):
            continue        # (a newsletter's line that names the publisher stays: "Inscrivez-vous à … de Zentri")
        begin = 0
        for m in _SENT_END.finditer(line):
            end = m.end()
            # the last characters before the stop are enough, and keep a long run of stops linear
            before = line[max(begin, end - _LOOKBACK):end]
            if m.group() == "." and _ABBREV.search(before) and not _ROUND_LETTER.search(before) \
                    and not (_SUFFIX_END.search(before) and _OPENER.match(line, end)):
                continue  # "Inc.", "U.S.", "T. Rowe": not the end of a sentence ("Series B." is, and
                #           "at Kerlo Inc. The company…")
            _emit(out, text, start_line + begin, start_line + end, block_no, heading)
            begin = end
        if line[begin:].strip():
            _emit(out, text, start_line + begin, start_line + len(line), block_no, heading)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, block: int, heading: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], block, heading))
