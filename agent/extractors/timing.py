"""How long the customer has waited for a fix, and how many fixes failed: TEC1 and TEC2 facts.

"Unresolved after 24 hours" counts from the customer's *first contact* about the problem, so a
duration only counts when its sentence is about reporting, waiting or fixes ("I reported this on
Monday", "third day without a fix", "still waiting since last week"), never about how long the
fault has existed ("the export has been broken for a week"). Quoted earlier messages of a reply
date the first contact when the new text says the problem goes on.
"""

from __future__ import annotations

from datetime import datetime

from ..text import TextParts
from .detectors import Scan
from .reopt import compile_fast
from .textparse import NUMBER, ORDINALS, evidence, number_value

_UNIT_HOURS = {"hour": 1.0, "day": 24.0, "week": 168.0, "month": 720.0}
_UNITS = (
    ("hour", r"hours?|hrs?|h\b|horas?|heures?|stunden?|std\b|ore\b|uur|uren"),
    ("day", r"days?|dias?|jours?|tagen?|giorni|giorno|dagen|dag\b"),
    ("week", r"weeks?|wks?|semanas?|semaines?|wochen?|settimane?|weken|week"),
    ("month", r"months?|mes(?:es)?\b|mois|monaten?|monat|mesi|mese|maanden|maand"),
)
_UNIT = "|".join(f"(?P<{name}>{alts})" for name, alts in _UNITS)
_DURATION = compile_fast(
    r"(?<![\w])(?P<prev>\w+ )?(?P<n>" + NUMBER + r")\s*\+?\s*(?:more |full |whole |business |working |"
    r"straight |consecutive |entire |long )?(?:" + _UNIT + r")")
_AGO_BEFORE = compile_fast(r"(?:hace|il y a|vor|ha|faz|ja faz|desde hace|depuis|seit|sinds|da)\s+$")
_CONTACT = compile_fast(
    r"\breport(?:ed|ing)\b(?! (?:it|the card|my card|them|him|her) (?:as )?(?:lost|stolen|missing))"
    # the customer's own reports, not a contact: "We run our monthly client reporting on the last working Friday"
    r"(?<!monthly reporting)(?<!weekly reporting)(?<!daily reporting)(?<!client reporting)(?<!annual reporting)"
    r"(?<!quarterly reporting)(?<!financial reporting)(?<!our reporting)|raised|"
    # a file someone opened is no contact: "the guest account opened the list on Tuesday"
    r"opened(?! (?:(?:the|our|my|a|an|all|every|his|her|their) )?(?:\w+ )?(?:list|file|document|board|project|card|pdf|"
    r"export|spreadsheet|attachment|link|folder|page|report)s?\b)|"
    r"submitted|\bfiled|logged (?:a|this|the|it)|created (?:a|the) ticket|"
    r"\bcontact(?:ed|ing|e|er|ei|amos|ou|o)?\b|e-?mailed(?! (?:everyone|everybody|all (?:its|their|of)|us|me)\b)|"
    r"\bwrote(?! to (?:us|me)\b)(?! (?:it|them|this|that|"
    r"everything) "
    r"(?:down|on|in)|"
    r" (?:\w+ ){0,3}(?:down\b|on (?:a|the) (?:sticky|post-it|"
    r"piece|bit|scrap|note|paper|card|whiteboard)))|writing to|messaged|\bcalled (?:you|support|your)|"
    # someone who phoned the customer is no contact with support: "the owner of a company ... phoned us"
    r"phoned(?! (?:us|me|him|her|them)\b)|told (?:you|your|"
    r"support)|"
    r"flagged|escalat|ticket|case (?:#|number|no)|(?:my|our|the) case\b|"
    r"waiting|waited|\bwait\b|no (?:fix|response|reply|answer|resolution|update|solution|word|progress)|"
    r"without (?:a |any )?(?:fix|response|reply|resolution|answer|update|solution|progress)|unresolved|"
    r"still (?:open|broken|not fixed|unresolved|pending|no\b|not (?:been )?(?:fixed|resolved))|not (?:yet )?"
    r"(?:been )?(?:fixed|resolved|solved)|follow(?:ing)?[- ]up|chasing|heard back|since (?:i|we) (?:first )?"
    r"(?:reported|contacted|wrote|opened|raised|asked)|"
    r"reporte|reportado|reportamos|abri|abrimos|\bcaso\b|esperando|espera|sin respuesta|sin solucion|signale|"
    r"ouvert|attends|attente|sans reponse|sans solution|gemeldet|(?:ticket|anfrage|meldung|fall|vorgang)\b[^.!?]{0,60}"
    r"geoffnet|warte|warten|ohne antwort|"
    r"ohne losung|reportei|(?:o|um|meu|nosso|este|esse|do|no|ao) chamado\b|aguardando|sem resposta|sem solucao|"
    r"segnalato|aperto|aspetto|attesa|"
    r"senza risposta|senza soluzione|gemeld|geopend|wacht|wachten|zonder antwoord|zonder oplossing")
_NOT_ELAPSED = frozenset({"in ", "within ", "next ", "every ", "per ", "each ", "than ", "after ", "only ",
                          "take ", "takes ", "en ", "dans ", "innerhalb ", "binnen ", "entro ", "em ", "for the next "})
_ORDINAL_DAY = compile_fast(r"\b(?P<o>" + "|".join(ORDINALS) + r") (?:(?P<day>day|dia|jour|tag|giorno|dag)|"
                          r"(?P<week>week|semana|semaine|woche|settimana))\b")
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4, "lunedi": 0, "martedi": 1,
    "mercoledi": 2, "giovedi": 3, "venerdi": 4, "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3,
    "vrijdag": 4, "zaterdag": 5, "zondag": 6,
}
_WEEKDAY = compile_fast(r"\b(?P<wd>" + "|".join(_WEEKDAYS) + r")s?\b")
_TODAY = compile_fast(r"(?:today|it'?s|it is|oggi|hoy|aujourd'hui|heute|hoje|vandaag|dzisiaj|idag)\W+(?:\w+\W+)?$")
_RELATIVE = compile_fast(
    r"\b(?:since|from) (?:last|the last|the past) (?P<w1>week|month)|\blast (?P<w2>week|month)\b|"
    r"\b(?P<y>yesterday|ayer|hier|gestern|ontem|ieri|gisteren)\b|"
    r"\b(?:since|desde|depuis|seit|sinds|da) (?:la |der |a |de )?(?:semana pasada|semaine derniere|letzten woche|"
    r"semana passada|settimana scorsa|vorige week)")
_CONTINUES = compile_fast(
    r"still|(?<!working )(?<!fine )(?<!normal )(?<!up )(?<!ok )(?<!okay )(?<!online )again|any (?:update|news|"
    r"progress)|not (?:yet )?(?:been )?(?:fixed|resolved|solved)|no (?:fix|update|"
    r"response|reply|progress)|follow(?:ing)?[- ]up|chasing|persist|keeps|same (?:issue|problem|error|bug)|"
    r"waiting|todavia|sigue|toujours|encore|immer noch|weiterhin|ainda|continua|ancora|nog steeds|nog altijd")


def _weekday_hours(named: int, received_at: datetime | None) -> float:
    if received_at is None:
        return 24.0  # a weekday named instead of "today" lies at least a day back
    days = (received_at.weekday() - named) % 7 or 7
    return days * 24.0


def unresolved_hours(scan: Scan, parts: TextParts, received_at: datetime | None) -> tuple[float, str] | None:
    """The longest wait since first contact that the new text states, with its words."""
    best: tuple[float, str] | None = None

    def offer(hours: float, sent: tuple[int, int], start: int, end: int) -> None:
        nonlocal best
        if hours > 0 and (best is None or hours > best[0]):
            best = (hours, evidence(scan.text, sent, start, end))

    contact: list[tuple[int, int]] = []
    for a, b in scan.spans if scan.allows(_CONTACT) else ():
        for m in _CONTACT.finditer(scan.folded, a, b):
            sent = scan.sents.at(m.start())
            if sent is not None and sent not in contact:
                contact.append(sent)
    durations, ordinals, weekdays, relatives = (scan.allows(p) if contact else False
                                                 for p in (_DURATION, _ORDINAL_DAY, _WEEKDAY, _RELATIVE))
    for sent in contact:
        text = scan.sentence(sent)
        s = sent[0]
        for m in _DURATION.finditer(text) if durations else ():
            prev = m.group("prev") or ""
            if prev in _NOT_ELAPSED:
                continue
            value = number_value(m.group("n"))
            unit = next(name for name, _ in _UNITS if m.group(name))
            if value is None:
                continue
            offer(value * _UNIT_HOURS[unit], sent, s + m.start("n"), s + m.end())
        for m in _ORDINAL_DAY.finditer(text) if ordinals else ():
            nth = ORDINALS[m.group("o")]
            offer((nth - 1) * (24.0 if m.group("day") else 168.0), sent, s + m.start(), s + m.end())
        for m in _WEEKDAY.finditer(text) if weekdays else ():
            if _TODAY.search(text, max(0, m.start() - 20), m.start()):
                continue  # "today is Thursday" names the day of writing
            offer(_weekday_hours(_WEEKDAYS[m.group("wd")], received_at), sent, s + m.start(), s + m.end())
        for m in _RELATIVE.finditer(text) if relatives else ():
            hours = 24.0 if m.group("y") else 720.0 if "month" in (m.group("w1") or m.group("w2") or "") else 168.0
            offer(hours, sent, s + m.start(), s + m.end())
    if parts.quoted_dates and received_at is not None and scan.doc(_CONTINUES):
        earliest, (a, b) = min(parts.quoted_dates, key=lambda item: item[0])
        hours = (received_at - earliest).total_seconds() / 3600
        if hours > 0 and (best is None or hours > best[0]):
            best = (hours, parts.text[a:b].strip())
    return best


_FIX = (r"(?:fix(?:es)?|patch(?:es)?|hotfix(?:es)?|workarounds?|work-arounds?|solutions?|suggestions?|steps|"
        r"troubleshooting|instructions|advice|recommendations?|update you (?:pushed|deployed|sent|made)|resolution|"
        r"solucion(?:es)?|arreglos?|parches?|correccion(?:es)?|correctifs?|corrections?|contournements?|"
        r"losung(?:en)?|korrektur(?:en)?|solucao|solucoes|correcao|correcoes|conserto|soluzion[ei]|"
        r"correzion[ei]|oplossing(?:en)?|what (?:you|your team|support) (?:suggested|told|recommended|said|sent))")
_FAILED = (r"(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|haven'?t|have not|won'?t|wasn'?t|weren'?t|isn'?t|"
           r"is not|never)\s+(?:\w+\s+)?(?:work|help|fix|solve|resolve|change|make a difference|do anything|"
           r"working)\b|"
           r"\bfailed|\bfails|\bfailing|no luck|no good|no funciono|no funcionaron|no sirvio|no sirvieron|"
           r"no resolvio|n'a pas (?:fonctionne|marche|resolu|aide)|n'ont pas (?:fonctionne|marche)|ne (?:fonctionne|"
           r"marche) (?:pas|toujours pas|plus)|(?:hat|haben) nicht (?:funktioniert|geholfen)|funktioniert (?:immer "
           r"noch |wieder |erneut )?nicht|nao funcionou|nao funcionaram|nao resolveu|non ha funzionato|"
           r"non hanno funzionato|werk(?:t|te|ten) (?:\w+ ){0,2}niet|hielp (?:\w+ )?niet|nie zadzialal\w*|"
           r"fungerade inte")
_FIX_HINT = compile_fast(_FIX + r"|fixed|resolved|solved|reopen|re-open|came back|coming back|tried everything|"
                         r"(?:had|made|got) (?:me|us) (?:to )?(?:take|put|sign|change|clear|reinstall|delete|log|turn|"
                         r"restart|try|update|remove)")
_FIX_FAILED = compile_fast(_FIX + r"[^.!?]{0,60}?" + _FAILED + r"|" + _FAILED + r"[^.!?]{0,30}?" + _FIX)
_CLAIMED_FIXED = compile_fast(
    r"(?:you|your team|support|your (?:engineers|agent|developers)) (?:\w+ ){0,3}(?:said|told|claimed|promised|"
    r"confirmed|marked|closed)[^.!?]{0,40}(?:fixed|resolved|solved)[^.!?]{0,40}(?:but|and|yet|however)[^.!?]{0,40}"
    r"(?:still|again|not|isn'?t|broken|back|came back|reappeared|returned)")
_TRIED = compile_fast(r"(?:tried|applied|followed|did|used|redid|re-did|repeated|ran) (?:the |your |all (?:the |"
                      r"your )?|"
                      r"every |each |both |that |this )?(?:\w+ )?" + _FIX + r"[^.!?]{0,60}(?:still|again|no luck|"
                      r"\bbut\b|same|keeps?|nothing)")
_REOPENED = compile_fast(r"re-?open(?:ed|ing)? (?:this|the|my|our) (?:ticket|case|issue)|came back (?:again )?(?:after|"
                       r"despite)|keeps? coming back|(?:returned|reappeared|broke again) after (?:the|your) (?:fix|"
                       r"patch|update)|fixed (?:it |this )?(?:twice|\w+ times)|"
                       # "Your team have had me reinstall it, then ... Three goes and it's still the same."
                       r"\b(?:two|three|four|five|\d) goes (?:and|but|later|on) (?:it'?s |it is )?still\b")
_NONE_WORKED = compile_fast(r"(?:none|neither|not one) of (?:the |your |these |those |all )?(?:\w+ )?" + _FIX +
                          r"|tried everything (?:you|your team|support)|none (?:of them )?(?:worked|helped|fixed)|"
                          r"nothing (?:has )?(?:worked|helped|fixed it)|(?:both|all (?:of )?(?:the|your)) " + _FIX +
                          r"[^.!?]{0,40}(?:fail|didn'?t|did not|don'?t|haven'?t|no luck)")
_COUNT = compile_fast(r"\b(?P<n>" + NUMBER + r") [\"']?(?:different |separate |suggested |proposed |more |other )?"
                    r"(?:times|"
                    r"fix(?:es)?|patch(?:es)?|workarounds?|solutions?|suggestions?|attempts|tries|goes|veces|fois|mal|"
                    r"vezes|volte|keer)\b|\b(?P<twice>twice|thrice|two times|repeatedly|over and over|again and "
                    r"again)\b|\b(?P<o>" + "|".join(ORDINALS) + r") (?:time|fix|attempt|patch|workaround|solution|"
                    r"try|vez|fois|mal|volta|keer)\b")
_AGAIN = compile_fast(r"\bagain\b|once more|yet again|another (?:fix|patch|workaround|attempt)|\beither\b|otra vez|"
                    r"de nuevo|nuevamente|\bencore\b|de nouveau|a nouveau|\bwieder\b|erneut|novamente|de novo|"
                    r"outra vez|di nuovo|nuovamente|ancora una volta|opnieuw|\bweer\b")
_PLURAL_FIX = compile_fast(r"\b(?:fixes|patches|workarounds|solutions|suggestions|soluciones|solutions|losungen|"
                         r"solucoes|soluzioni|oplossingen)\b")


_FAIL_HINT = compile_fast(
    r"n'?t|\bnot\b|never|fail|no luck|no good|reopen|re-open|came back|coming back|none of|neither|tried everything|"
    r"both|nao|\bno\b|\bne\b|nicht|\bnon\b|niet|hielp|twice|again|times|still the same")


def failed_attempts(scan: Scan) -> tuple[int, str] | None:
    """The number of fixes or workarounds the new text says failed, with its words."""
    best: tuple[int, str] | None = None
    if not scan.doc(_FIX_HINT) or not scan.doc(_FAIL_HINT):
        return None
    # patterns the text lacks the words of are left out (they cannot match any sentence)
    tells = [p for p in (_FIX_FAILED, _CLAIMED_FIXED, _REOPENED, _TRIED) if scan.allows(p)]
    none_pattern = _NONE_WORKED if scan.allows(_NONE_WORKED) else None
    if not tells and none_pattern is None:
        return None
    for sent in scan.sents.spans:
        text = scan.sentence(sent)
        m = None
        for pattern in tells:
            m = pattern.search(text)
            if m is not None:
                break
        none_worked = none_pattern.search(text) if none_pattern is not None else None
        if m is None and none_worked is None:
            continue
        count = 2 if none_worked else 1
        c = _COUNT.search(text)
        if c is not None:
            if c.group("n"):
                count = max(count, int(number_value(c.group("n")) or 1))
            elif c.group("twice"):
                count = max(count, 3 if c.group("twice") == "thrice" else 2)
            else:
                count = max(count, ORDINALS[c.group("o")])
        if _AGAIN.search(text) or (m is not None and _PLURAL_FIX.search(m.group())):
            count = max(count, 2)
        hit = m or none_worked
        assert hit is not None
        if best is None or count > best[0]:
            best = (count, evidence(scan.text, sent, sent[0] + hit.start(), sent[0] + hit.end()))
    return best
