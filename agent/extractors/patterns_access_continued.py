"""Rules of Security & Data Incidents (SEC1), continued from ``patterns_access``: records sold or passed on,
screenshots of our boards, other families' or clients' records, a known password used, links never shared.

``patterns_access`` appends these to ``ACCESS`` in this order, so the rule table reads as one.
"""

from __future__ import annotations

from .exposure_other_tenants import ANOTHER_RECIPIENT
from .lexicon import Rule, rule, words
from .patterns_access_elsewhere import ACCESS_ELSEWHERE

ACCESS_CONTINUED: tuple[Rule, ...] = (
    # "um parceiro vosso vendeu os contactos dos nossos utentes a uma farmácia"
    rule("SEC1", words("vendeu|vendio|vendieron|venderam|a vendu|ont vendu|ha venduto|hanno venduto|verkauft|verkocht|"
                       "sold$"),
         need=r"contact|dados|datos|donnees|daten|\bdati\b|gegevens|\bdata\b|\blist|lista|liste|kontakte|contatti|"
              r"namen|nomes|nombres|adress|clientes|clients|kunden|klanten|utentes|pacientes|patients|members|socios|"
              r"membres|mitglieder|leden|details",
         unless=r"(?:we|i|nos|nous|wir|noi|wij) (?:\w+ )?(?:sold|vendemos|vendimos|vendons|verkaufen|vendiamo|"
                r"verkopen)|"
                # our own product: "the scorecards we designed ourselves and have sold to client companies"
                r"\b(?:we|i)\b[^.!?]{0,40}\band (?:have |had )?sold\b|"
                r"how (?:do|can)|\?|pric|plan\b|licen|seats?|subscription|sold out|esgotad|agotad|ausverkauft|"
                r"rather than (?:being )?sold|instead of being sold|"
                r"(?:something|anything|an item|items?|goods|stock) (?:is|are|gets?|get) sold|sold (?:on|at|in|"
                r"through) "
                r"(?:the |our )?(?:tills?|shops?|stores?|website|pos|counter|market)",
         name="SEC1-records-sold"),
    rule("SEC1", words("screenshot of our|a screenshot of our|picture of our|photo of our"),
         need=r"board|schedule|tasks?|project|list|plan|workspace",
         doc_need=r"(?:doesn'?t|don'?t|didn'?t|do not|does not) know|stranger|never (?:met|heard)|forum|online|posted|"
                  r"outsider|competitor",
         unless=r"(?:i|we) (?:\w+ )?(?:took|sent|made|shared|posted|put)|how (?:do|can)|\?|\bpublic\b",
         negatable=False, name="SEC1-stranger-screenshot"),
    rule("SEC1", words("about another family|about a different family|for another family|about another client|"
                       "about another customer|about another patient|about someone else"),
         doc_need=r"received|got (?:one|an?|the)|was sent|sent (?:her|him|them)|read",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-someone-elses-record-received"),
    rule("SEC1", words("each other's|each others"),
         need=r"\b(?:open|opened|see|saw|read|access|accessed|view|viewed)\b",
         also=r"documents?|files?|records|papers|data|notes|details|boards?|projects?|tasks?",
         unless=r"how (?:do|can)|\?|(?:want|like|need|should) (?:\w+ ){0,3}(?:to )?(?:see|open|read|access)",
         negatable=False, name="SEC1-clients-see-each-others"),
    # "his ex still knew his password; she went into the club's account and downloaded the whole list"
    rule("SEC1", words("knew his password|knew her password|knew my password|knew our password|knows his password|"
                       "knows her password|knows my password|knows our password|still had his password|"
                       "still had her password|still has his password|still has her password"),
         doc_need=r"went into|got into|logged (?:in|into)|signed (?:in|into)|download|export|looked at|opened|showing|"
                  r"shared it|copied",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:gave|shared|told)", negatable=False, name="SEC1-knew-the-password"),
    # "a public link to our board, which we never shared, has been posted on a forum"
    rule("SEC1", words("we never shared|we have never shared|we've never shared|we had never shared|never shared it|"
                       "never shared anything|was never shared|were never shared|never made public|"
                       # "the candidate's CV, attached only to an internal task, reached his current employer"
                       "attached only to an internal|only ever attached it to an internal|"
                       "only attached it to an internal|"
                       "never made it public|"
                       "nunca compartimos|nunca lo compartimos|nunca la compartimos|jamais partage|nie geteilt|"
                       "nunca compartilhamos|mai condivis|"
                       "nooit gedeeld"),
         doc_need=r"posted|published|forum|paste ?site|anyone can (?:see|open|read)|(?:can|could) (?:see|open|read) "
                  r"(?:our|my|all)\b|opened (?:two|three|some|several|all|our|them)\b|publicad|publie|veroffentlicht|"
                  r"pubblicat|gepubliceerd|(?:ne )?avevano (?:gia )?apert|vedevano|ya habian abierto|"
                  r"avaient deja ouvert|"
                  r"hatten (?:\w+ )?schon (?:\w+ )?geoffnet|ja tinham aberto|hadden (?:\w+ )?al (?:\w+ )?geopend|"
                  # an outsider's link "opened without asking him for anything, and he downloaded the salary sheet"
                  r"opened without (?:asking|needing|any|a)\b|"
                  # "nella sua bacheca è comparsa una colonna ... e me ne ha letti un paio al telefono"
                  r"me ne ha lett[io]|mi ha lett[io]|m'en a lu|me (?:ha )?le[iy]do (?:un par|algunos)|hat mir (?:\w+ )?"
                  r"(?:ein paar )?vorgelesen|heeft me (?:er )?(?:een paar )?voorgelezen|read (?:a couple|some|"
                  r"two) (?:of "
                  r"them )?(?:out )?to me|e comparsa|e comparso|"
                  # "the guest user j.harlow@movewell.com ran 'Export project to CSV' on People Directory"
                  # "un'altra persona ... le ha mostrato sul proprio telefono la scheda con il suo nome"
                  r"(?:ha mostrato|le mostro|a montre|hat (?:\w+ )?gezeigt|mostrou|laten zien|showed)\b[^.!?]{0,40}"
                  r"\b(?:telefono|telefon|handy|telephone|movil|celular|telemovel|telefoon|phone|screen|schermo|"
                  r"pantalla|ecran|bildschirm|tela|scherm)\b|"
                  r"\bran \W?export|export\w* (?:\w+ ){0,3}to csv|(?:they|she|he) \W?saw it in\b|(?:he|she|they|"
                  r"someone|users?|guests?|somebody) (?:\w+ ){0,2}downloaded "
                  r"(?:the|our|all|a)\b",
         unless=r"how (?:do|can)|\?|(?:want|like|plan|going) to share", negatable=False,
         name="SEC1-never-shared-yet-seen"),
    # a member's record delivered to another member: "la notifica ... è arrivata al sig. Bianchi, un altro iscritto"
    rule("SEC1", words(ANOTHER_RECIPIENT),
         need=r"arrivat[oa]|\barriv\w*|\bllego\b|\bchegou\b|\bwent\b|\bgone\b|\bsent\b|angekommen|gelandet|"
              r"terechtgekomen|went to|landed|ended up|"
              r"received|ricevut[oa]|recibi\w*|recebe\w*|\brecu\b|a recu|erhalten|bekommen|ontvangen|gekregen|"
              r"inviat[oa]|enviad[oa]|envoye|geschickt|gestuurd|sent to|got (?:it|the|her|his)",
         also=r"notifica\w*|notification|e-?mail|\bmail\b|correo|courriel|pdf|certificat\w*|scheda|documento|document|"
              r"fiche|dossier|ficha|record|file|report|attest\w*|bericht|nachricht|mensagem|messaggio|mensaje|message|"
              r"reminder|recordatorio|lembrete|rappel|erinnerung|promemoria|herinnering|treatment plan|informe|"
              r"atestado|certificate|results|resultados|resultats|befund|referto|uitslag",
         unless=r"how (?:do|can)|\?|(?:can|could|should|want to|like to) (?:i|we) (?:send|share|forward)",
         guard="hypo", negatable=False, name="SEC1-record-reached-another-member"),
    *ACCESS_ELSEWHERE,
)
