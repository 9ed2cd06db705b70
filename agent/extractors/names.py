"""Is an alarming word a name rather than an event? A label, board, project or tag called 'Outage',
"the EXPLOIT tag", "our Outage Tracker project", a quoted word talked about as a word.

The detectors skip such anchors (``detectors.passes``); an error text in quotes is not a name.
"""

from __future__ import annotations

import re

QUOTE_CHARS = frozenset("'\"\u00ab\u201e")
#: A quoted word that names something: a label, board, task, campaign or drill ('Outage', "Attack Plan Q3").
_QUOTE_OPEN = re.compile(r"(?:^|[\s(\[:])['\"\u00ab\u201e]([^'\"\u00bb\n]{0,40})$")
_QUOTE_CLOSE = re.compile(r"^([^'\"\u00bb\n]{0,40})['\"\u00bb](?:$|[\s).,;:!?\]])")
_NAMING = re.compile(
    r"\b(?:labels?|tags?|boards?|columns?|tasks?|projects?|campaigns?|categor(?:y|ies)|fields?|status(?:es)?|"
    r"templates?|drills?|exercises?|scenarios?|called|named|titled|word|term|name|etiquetas?|etiquettes?|etichett[ae]|"
    r"modules?|modulo|modul|courses?|cours|cursos?|corsos?|kurs|cursus|"
    r"filters?|saved (?:filters?|views?|searches?)|views?|reports?|"
    # "every repo we have connected, including "incident-response-playbook" and ..."
    r"repos?|repositor(?:y|ies)|repositori(?:os)?|channels?|folders?|"
    r"thread|threads|post|topic|hilo|fil|beitrag|topico|discussione|draad|"
    r"tablero|tableau|tache|tarea|tarefa|attivita|taak|colonne|columna|spalte|kolom|campana|campagne|kampagne|"
    r"bord|klant|client|customer|cliente|kunde|quadro|bacheca|campanha|campagna|marketingcampagne|"
    r"szenario|escenario|cenario|scenario|ubung|exercice|simulacro|esercitazione|oefening|llamad[oa]|appele|"
    r"genannt|chamad[oa]|chiamat[oa]|genaamd|(?:com|con|avec|sous|mit|met|with|under) (?:o |il |el |le |dem |de |the )?"
    r"(?:nome|nombre|nom|namen|naam|name)|"
    # 'Uno de los proyectos se llama "Brecha de datos 2025 - caso práctico"'
    r"se llaman?|s'appellent|s'appelle|heisst|heissen|si chiamano|si chiama|se chamam?|heten|heet|proyectos?|projets?|"
    r"projekte?|projetos?|progett[oi]|projecten|quadros|bacheche|tableros|tableaux|borden)\b")


_LEAD_ONLY = frozenset(["word", "term", "name", "called", "named", "titled", "llamado", "llamada", "appele",
                        "genannt", "chamado", "chamada", "chiamato", "chiamata", "genaamd",
                        # a log line in quotes followed by 'und "Projekt exportiert"' names nothing
                        "se llama", "se llaman", "s'appelle", "s'appellent", "heisst", "heissen", "si chiama",
                        "si chiamano", "se chama", "se chamam", "heet", "heten", "proyecto", "proyectos", "projet",
                        "projets", "projekt", "projekte", "projeto", "projetos", "progetto", "progetti", "projecten",
                        "quadros", "bacheche", "tableros", "tableaux", "borden"])
#: "... with the name" after a quotation does not name it.
_LEAD_ONLY_PATTERN = re.compile(r"(?:com|con|avec|sous|mit|met|with|under) .*")
_MESSAGE = re.compile(r"\b(?:message|error|says?|saying|said|pops? up|toast|erscheint|appears|aparece|apparait|"
                      r"compare|verschijnt|shows?|showing|displays?|reads?|gives?|"
                      r"gets?|got|getting|"
                      r"receives?|received|sees?|saw|popup|prompt|banner|subject|e-?mail|notice|"
                      r"warning|alert|melding|mensaje|mensagem|messaggio|meldung|fehlermeldung|erreur|errore|erro|"
                      r"fout|aviso|avviso|dice|zegt|sagt|diz|"
                      # French "dit", not the Dutch "dit" (this): "de cursus '...'" after "dit najaar"
                      r"(?:(?<=\bil )|(?<=\belle )|(?<=\bqui )|(?<=\bca )|(?<=\bon ))dit)\b")


def quoted_name(folded: str, a: int, b: int) -> bool:
    """Is the anchor at ``a:b`` inside a short quotation that names a label, board, task or drill?"""
    before = _QUOTE_OPEN.search(folded, max(0, a - 41), a)
    if before is None:
        return False
    after = _QUOTE_CLOSE.match(folded[b:b + 42])
    if after is None:
        return False
    q0, q1 = before.end(1) - len(before.group(1)) - 1, b + after.end(1) + 1
    lead = folded[max(0, q0 - 80):q0]
    if _MESSAGE.search(lead[-30:]) or _ERRORISH.search(folded, q0, q1):
        return False  # an error message or an e-mail's subject quoted: what the customer saw
    if _DIGEST_TITLE.search(folded, q0, q1):
        return False  # a notification's own title: 'she received the « résumé de la semaine » of our project'
    if _ACCESS_LEVEL.fullmatch(folded, q0 + 1, q1 - 1):
        return False  # a permission level is quoted as the product spells it ("the 'solo lectura' link")
    after = _NAMING.search(folded, q1, q1 + 25)
    if _MENTIONED.match(folded, q1):
        return True  # '"breach" is an everyday word for us': the word talked about, not used
    return _NAMING.search(lead) is not None or (
        after is not None and after.group() not in _LEAD_ONLY and not _LEAD_ONLY_PATTERN.fullmatch(after.group()))


#: The title of a digest or summary mail, quoted as received.
_DIGEST_TITLE = re.compile(r"\b(?:resume|summary|digest|resumen|resumo|riepilogo|zusammenfassung|samenvatting|"
                           r"hebdomadaire|semanal|settimanale|wochentlich\w*|wekelijks\w*|weekly|daily)\b")


#: The product's permission levels, as customers quote them from the sharing dialog.
_ACCESS_LEVEL = re.compile(r"(?:view|read|viewer|lesen|lecture|lectura|leitura|lettura|lezen)[ -]?only|view|viewer|"
                           r"read[- ]only|solo lectura|lecture seule|nur[- ]lesen|somente leitura|apenas leitura|"
                           r"sola lettura|solo lettura|alleen[- ]lezen|can view|guest|gast|invitado|invite|convidado|"
                           r"ospite")


#: A quotation that is an error text ("Erreur interne : SQLSTATE[08006] connection refused"), not a name.
_ERRORISH = re.compile(r"\b(?:error|erreur|fehler|errore|erro|fout|sqlstate|exception|refused|denied|failed|timed out|"
                       r"unavailable|not available|time-out|indisponible|no disponible|nicht verfugbar|indisponivel|"
                       r"non disponibile|niet beschikbaar|"
                       # "Impossibile connettersi al database. Riprova piu tardi."
                       r"impossibile|imposible|impossible|impossivel|nao foi possivel|no se pudo|unable to|cannot|"
                       r"could not|konnte nicht|kann keine|kon geen|kan geen|riprova|reintent\w*|reessayer|"
                       r"erneut versuchen|tente novamente|probeer (?:het )?opnieuw|try again|"
                       r"timeout)\b|\b[45]\d\d\b")


#: The quoted word is talked about as a word ("is an everyday word", "means something else here").
_MENTIONED = re.compile(r"\s*(?:is|are) (?:just |simply )?(?:an? |the )?(?:\w+ )?(?:word|term|expression|jargon)\b")
#: Tag and label names written in capitals: "tags like EXPLOIT, CRASH and KILL FEED".
_CAPS_LIST_LEAD = re.compile(r"\b(?i:tags?|labels?|categor(?:y|ies)|status(?:es)?|columns?|called|named)"
                             r"(?: (?i:like|such as|named|called|for example|are|include|including))?:?\s+"
                             r"(?:[A-Z][A-Z0-9_'-]*(?: [A-Z][A-Z0-9_'-]*)*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|"
                             r"\s+or\s+))*$")
_CAPS_LIST_TAIL = re.compile(r"\s+(?:tags?|labels?|categor(?:y|ies)|status|columns?)\b")


#: "a column per phase (pleadings, discovery, subpoenas, ...)": names listed in brackets after a naming word.
_LIST_LEAD = re.compile(r"\b(?:columns?|phases?|stages?|labels?|tags?|statuses|categories|lists?|steps?|swimlanes?|"
                        r"sections?|fields?|"
                        # the topics of a document or course: "um manual de cibersegurança (ataques de phishing, ...)"
                        r"manuals?|manuai?s|manuel|handbooks?|handbuch|handboek|manuale|guides?|guias?|guida|"
                        r"courses?|cursos?|cours|kurs|cursus|corsi|corso|trainings?|formations?|formacao|formazione|"
                        r"schulung|opleiding|books?|libros?|livros?|livres?|buch|boek|libri|libro|articles?|articulos?|"
                        r"artigos?|artikel|articoli?|brochures?|folletos?|webinars?|modules?|modulos?)\b[^.!?()]{0,30}\($")


def listed_in_parentheses(folded: str, sentence_start: int, a: int) -> bool:
    """Is the anchor one item of a bracketed list of names ("a column per phase (..., subpoenas, ...)")?"""
    opening = folded.rfind("(", sentence_start, a)
    if opening < 0 or ")" in folded[opening:a] or "," not in folded[opening:a + 60]:
        return False
    return _LIST_LEAD.search(folded, max(sentence_start, opening - 40), opening + 1) is not None


def capital_name(text: str, folded: str, a: int, b: int) -> bool:
    """Is the anchor a tag or label name written in capitals ("the EXPLOIT tag")?"""
    word = text[a:b]
    if len(word) < 4 or not word.isupper():
        return False
    return bool(_CAPS_LIST_LEAD.search(text, max(0, a - 80), a) or _CAPS_LIST_TAIL.match(folded, b))


_CONTAINERS = r"(?:project|board|list|column|label|tag|workspace|template|folder|space|channel)s?"
# at least one more Title Case word: "Outage Tracker project", "Lost & Found board" (not "the Gantt view")
_TITLE_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][\w'-]*|&)){1,3}['\"\u201d]?[ \t]+" + _CONTAINERS + r"\b")
_TITLE_BEFORE = re.compile(_CONTAINERS + r" (?:is |was )?(?:literally |actually )?(?:called|named)[ \t]+['\"\u201c]?"
                           r"(?:[A-Z][\w'-]*[ \t]+){0,3}$", re.I)


_CONTAINER_NEXT = re.compile(r"['\"\u2019\u201d]?[ \t]+" + _CONTAINERS + r"\b")
_TITLE_RUN = re.compile(r"(?:[A-Z][\w'-]*[ \t]+){0,2}[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}")


def titled_name(text: str, a: int, b: int) -> bool:
    """Is the anchor part of a Title Case name of a project or board ("our Outage Tracker project")?

    A name in a subject line counts too when the body names it with its container ("'Downtime Tracker' project").
    """
    if _TITLE_AFTER.match(text, b) or _TITLE_BEFORE.search(text, max(0, a - 60), a):
        return True
    start = a
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in " \t'-") and start > a - 40:
        start -= 1
    m = next((m for m in _TITLE_RUN.finditer(text, start, min(len(text), b + 40)) if m.start() <= a < m.end()), None)
    if m is None or " " not in m.group().strip():
        return False
    name = m.group().strip()
    pos = text.find(name)
    while pos != -1:  # plain string search: no pattern is compiled per ticket
        if _CONTAINER_NEXT.match(text, pos + len(name)):
            return True
        pos = text.find(name, pos + 1)
    return False
