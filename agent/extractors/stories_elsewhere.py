"""Stories that happened elsewhere: another employer's tool, a system the customer hosts, news about another company.

Masked before the detectors read a ticket (see ``rules._scan``), so none of them raises an alarm here.
"""

from __future__ import annotations

from ..text import Span
from .detectors import Scan
from .reopt import compile_fast

#: A story from another employer with another tool: "At my previous job (different tool, not you!) we had a breach
#: scare ...". Both parts are needed: the other workplace and the word that it was not this product.
_ELSEWHERE = compile_fast(r"(?:at|in) (?:my|our|a) (?:previous|old|last|former) (?:job|company|employer|workplace|firm|"
                          r"agency|school)|bei meinem (?:fruheren|alten|letzten|vorigen) (?:arbeitgeber|job)|"
                          r"dans mon (?:ancien|precedent) (?:poste|emploi|travail|boulot)|en mi (?:anterior|antiguo) "
                          r"(?:trabajo|empleo)|no meu (?:antigo|anterior) (?:emprego|trabalho)|nel mio (?:precedente|"
                          r"vecchio) (?:lavoro|impiego)|bij mijn (?:vorige|oude) (?:werkgever|baan)")
_NOT_THIS_TOOL = compile_fast(r"(?:different|another|other) (?:tool|app|product|software|platform|vendor)|not you\b|"
                              r"not teamflow|anderes (?:tool|programm)|autre (?:outil|logiciel)|otra herramienta|"
                              r"otro programa|outra ferramenta|altro (?:strumento|programma)|ander (?:programma|"
                              r"pakket)")


#: A system the customer runs themselves, said not to be ours: "the warehouse management system we host ourselves
#: crashed and corrupted its database ... Not your product, nothing to do with you".
_OWN_SYSTEM = compile_fast(r"\bwe (?:host|run) (?:\w+ )?(?:ourselves|in-house|on-prem\w*|on our own servers?)\b|"
                           # "our Outlook/Exchange has been down all morning (... it's their server not yours)"
                           r"\b(?:our|my) (?:[\w-]+/)?(?:outlook|exchange|e-?mail server|mail server|e-?mail|erp|crm|"
                           r"vpn|intranet|website|wms|phone system|network)\b[^.!?]{0,40}\b(?:down|outage|offline|"
                           r"crashed)\b|"
                           # the mail provider's own outage: "Microsoft 365 has been down for our whole firm"
                           r"\b(?:microsoft 365|office 365|m365|outlook|gmail|google workspace|exchange online)\b"
                           r"[^.!?]{0,20}\b(?:has been|is|was|went) (?:down|offline)\b|"
                           r"\bself-hosted\b|\bwir (?:selbst )?(?:hosten|betreiben) (?:\w+ )?selbst\b|"
                           r"\bque (?:nous )?hebergeons nous-memes\b|\bque alojamos nosotros\b|\bque hospedamos\b|"
                           r"\bche ospitiamo noi\b|\bdie we zelf hosten\b")
_NOT_YOURS = compile_fast(r"\bnot yours\b|\bnothing wrong (?:at|on) your (?:end|side)\b|\bthe app'?s working fine\b|"
                          r"\bnot your (?:product|fault|system|tool|problem|software|server)\b|"
                          r"\bnothing to do with (?:you|"
                          r"teamflow|your (?:product|service))\b|\bnot (?:a )?teamflow (?:issue|problem)\b|"
                          r"\bnichts mit (?:euch|ihnen|teamflow) zu tun\b|\brien a voir avec (?:vous|teamflow)\b|"
                          r"\bnada que ver con (?:ustedes|vosotros|teamflow)\b|\bnada a ver com (?:voces|teamflow)\b|"
                          r"\bniente a che fare con (?:voi|teamflow)\b|\bniets met (?:jullie|teamflow) te maken\b")


#: News about another company: "hab heute in der Zeitung gelesen, dass bei einem großen Cloud-Anbieter Hacker ..."
_NEWS_ELSEWHERE = compile_fast(r"(?:zeitung|nachrichten|\bnews\b|newspaper|\bpaper\b|periodico|noticias|journal|"
                               r"\binfos\b|jornal|giornale|telegiornale|\bkrant\b|nieuws|gelesen|gehort|\bread\b|heard|"
                               r"\blei\b|leido|\boi\b|\blu\b|entendu|\bleu\b|ouvi|letto|sentito|gelezen|"
                               r"gehoord)\b[^.!?]{0,60}\b(?:bei einem|"
                               r"bei einer|at a|at an|at another|chez un|chez une|en una|en un|numa|num|in un|in una|"
                               r"bij een|(?:outra|otra|autre|andere|altra|other) (?:ferramenta|herramienta|outil|"
                               r"tool|app|software|strumento|plataforma|plateforme|plattform) (?:de|of|for|fur|per|"
                               r"voor|pour|di|da)\b|"
                               r"(?:la|une|an|another|eine|uma|un'|een|a) (?:app|appli|tool|herramienta|"
                               r"ferramenta|strumento) (?:de|of|for|fur|per|voor|pour|di|da)\b) (?:[\w-]+ ){0,3}[\w-]*?"
                               r"(?:tareas|tasks|taches|aufgaben|tarefas|attivita|taken|projects?|projetos|proyectos|"
                               r"projets|projekte|progetti|gestao|gestion|verwaltung|gestione|beheer|anbieter|provider|"
                               r"company|firma|empresa|entreprise|"
                               r"societe|"
                               r"azienda|bedrijf|hersteller|vendor|hospital|krankenhaus|hopital|ospedale|ziekenhuis|"
                               r"bank|"
                               r"banque|banco|retailer|supermarkt|supermarket|airline|handler|konzern|unternehmen|"
                               r"kette|chain|shop|store|"
                               r"hotel|klinik|clinic|universit\w*|schule|school|gruppe|group|grupo|groupe|gruppo|"
                               r"groep)|"
                               # a paper by its name: "Vi hoje no Público que a CloudPonte ... sofreu um ataque"
                               r"\b(?:vi|li|lei|lu|vu|las|gelesen|letto|gelezen|saw|read) (?:hoje |ontem |ayer |hoy |"
                               r"today |yesterday |heute |gestern |oggi |ieri |vandaag |gisteren )?(?:no|na|en el|"
                               r"en la|"
                               r"dans le|im|in der|sul|nel|in de|in het|in the|on) (?!historico|registo|registro|"
                               r"logs?\b|journal|"
                               r"protokoll|logboek|activity|atividade|actividad|painel|panel|dashboard|sistema|system|"
                               r"teamflow|app\b|relatorio|report|export)[\w.-]+ (?:que|that|dass|che|dat|"
                               r"qu')"
                               r" (?!teamflow|voces|vos|ustedes|vous|ihr|voi|jullie|you)")


#: A vendor's pitch listing what its free scan checks: "een gratis security-scan ...: onze tool controleert 120
#: punten, van verlopen certificaten tot datalekken in formulieren".
_SALES_CHECKLIST = compile_fast(r"\b(?:gratis|free|kostenlos\w*|gratuit\w*|vrijblijvend\w*)\b[^.!?]*\b(?:onze|our|"
                                r"unser\w*|"
                                r"notre|nuestr\w*|nossa|nostr\w*) (?:tool|scanner|scan|software|service)\b[^.!?]{0,20}"
                                r"\b(?:controleert|checks?|pruft|verifie|verifica|comprueba|controlla)\b")


#: A board, list or channel named after incidents, described by what it collects: "ein Board namens 'Security
#: Incidents', in dem sie ihre internen Vorgänge dokumentiert – Phishing-Meldungen, verlorene Diensthandys". The
#: sentence lists the board's contents; it reports nothing that happened, unless it says someone saw or reached them.
_BOARD_CONTENTS = compile_fast(r"\b(?:board|list|channel|project|folder|space|tableau|tablero|quadro|bord|lijst|"
                               r"kanal|canal|projekt|projet|proyecto|projeto|progetto|ordner|dossier|carpeta|pasta|"
                               r"cartella|map) (?:named|called|namens|nomme|appele|intitule|llamado|denominado|"
                               r"chamado|chiamato|genaamd|genoemd|mit dem namen)\b[^.!?]{0,60}?\b(?:in which|where|"
                               r"in dem|in der|worin|wo|ou|dans lequel|dans laquelle|donde|en el que|en la que|onde|"
                               r"no qual|na qual|dove|in cui|waarin|waar)\b[^.!?]{0,80}?\b(?:documents?|documented|"
                               r"tracks?|logs?|collects?|records?|keeps?|dokumentier\w*|sammel\w*|erfass\w*|"
                               r"festhalt\w*|documente\w*|suiv\w*|consign\w*|registr\w*|recog\w*|document[ao]\w*|"
                               r"guard\w*|raccogli\w*|bijhoud\w*|houden? \w+ bij|verzamel\w*|vastleg\w*)\b"
                               r"(?![^.!?]*\b(?:visible|sichtbar|saw|seen|gesehen|sehen|can see|access\w*|zugriff|"
                               r"leak\w*|public|offentlich|publi\w*|vu|vue|visto|vista|gezien|zichtbaar|"
                               r"toegang|acces|acceso|acesso|accesso)\b)")


def stories_from_elsewhere(scan: Scan) -> list[Span]:
    """From "at my previous job (different tool)" to the end of its paragraph: another product's incident; a
    sentence retelling news about another company."""
    holes: list[Span] = [sent for sent in scan.sentences_with(_NEWS_ELSEWHERE)] if scan.allows(_NEWS_ELSEWHERE) else []
    if scan.allows(_SALES_CHECKLIST):
        holes += scan.sentences_with(_SALES_CHECKLIST)
    if scan.allows(_BOARD_CONTENTS):
        holes += scan.sentences_with(_BOARD_CONTENTS)
    if scan.allows(_OWN_SYSTEM) and scan.allows(_NOT_YOURS) and scan.doc(_NOT_YOURS):
        holes += scan.sentences_with(_OWN_SYSTEM)
    if not scan.allows(_ELSEWHERE) or not scan.allows(_NOT_THIS_TOOL):
        return holes
    for a, b in scan.spans:
        for m in _ELSEWHERE.finditer(scan.folded, a, b):
            if _NOT_THIS_TOOL.search(scan.folded, m.end(), min(b, m.end() + 60)):
                end = scan.text.find("\n\n", m.end(), b)
                holes.append((m.start(), end if end != -1 else b))
    return holes
