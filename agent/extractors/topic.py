"""The first-line topic of a ticket: technical, billing or product.

It never makes a criterion; it tells the policy which first-line queue takes a ticket that meets none.
A ticket's language is read in ``language`` and its kind (a support request at all, too vague) in
``request_kind``.
"""

from __future__ import annotations

from ..policy.signals import Topic
from .detectors import Found, Scan
from .fault_words import FAULT
from .lexicon import (
    ARCHIVED_BY_MISTAKE,
    FILTER_SLIP,
    FOUND_AGAIN,
    JOKING,
    NOTHING_LOST,
    OWN_CONNECTION_DOWN,
    OWN_SITE_DOWN,
    RETRACTED,
)
from .names import capital_name, quoted_name
from .patterns_japanese import JAPANESE_BILLING, JAPANESE_FAULT, JAPANESE_SCRIPT
from .patterns_standard import CORE
from .reopt import compile_fast
from .textparse import fold
from .topic_not_a_fault import NOT_A_FAULT

_BILLING = compile_fast(
    # French "charger" is to load: "TeamFlow ne chargeait plus", "la page ne se charge pas"
    # a copy asked for the accounts mailbox: "Could you resend it as a PDF to accounts@foxgloveplayers.org?"
    r"\b(?:accounts|billing|invoices?|finance|accounting|facturas?|rechnungen|buchhaltung|compta\w*)@|"
    r"invoice|billing|billed|\bbill\b|(?<!ne )(?<!se )(?<!en cours de )charg(?!eait|eaient|ement|er\b|ent\b)|payment|"
    r"\bpay\b|paid(?! (?:plan|tier|version|edition))|refund|price|"
    r"abbuchung|abgebucht|lastschrift|"
    r"pricing|\bcost(?!as?\b|ume|um\b|umi|umbr|ura\b|ruz|eir|iera|ier)|quanto costa|"
    r"costa (?:\w+ )?(?:euro|\d)|subscription|(?:was|wie ?viel) (?:\w+ ){0,5}kosten\b|kostet|cuanto (?:cuesta|cuestan|"
    r"costaria|sale)|combien (?:coute|couterait)|quanto (?:custa|custaria|costerebbe)|wat kost|"
    r"wat (?:zou )?(?:het|dat) (?:ongeveer )?(?:zou )?kost(?:en)?|"
    r"\bcredits?\b(?! unions?)|"
    # a renewal named only as the date something else is needed by is not a billing request
    r"(?<!before we )(?<!before our )(?<!ahead of our )(?<!ahead of the )(?<!before the )(?<!sign the )"
    r"(?<!insurance )renew(?!\w* (?:our|the|its) (?:\w+ )?(?:vendor|supplier|security|compliance|risk) (?:review|"
    r"assessment|audit|check|questionnaire|list|register|due diligence)|\w* (?:a few |some |several |our )?(?:vendor|"
    r"supplier) (?:contracts|agreements))"
    # "the renewal form for our cyber insurance" is the insurer's renewal
    r"(?!\w* (?:form|forms|questionnaire|application) (?:for|of|from) (?:our|the) (?:\w+ )?(?:insurance|insurer|"
    r"policy|cover))|"
    r"(?:planning|plan|want|going|decided|like|need|wish|how) to cancel|(?:thinking|think) (?:of|about) cancel|"
    r"considering cancel|resilier|resiliation|dar de baja|kundigen|(?:might|may|could|probably|likely) cancel\b|"
    r"kundigung|disdire|disdetta|opzeggen|(?:i'?m|we'?re|i am|we are) cancell?ing\b|cancelamento|cancelacion|"
    r"cancelar (?:a |la |el |o |mi |minha |nuestra |nossa )?(?:assinatura|suscripcion|cuenta|conta|plano|plan)\b|"
    r"abgeknopft|abzocke|zuruck(?:zahlen|erstatten|haben|bekommen)?\b(?=[^.!?]*(?:\u20ac|eur|euro|\$|usd))|how (?:do|"
    r"can|should) (?:i|we) cancel\b|"
    r"cancel (?:at|by|before|from) (?:the )?(?:end|next|start)|cancel(?:l?ing)? (?:our|my|the) "
    r"(?:account|plan|subscription|membership|contract)|cancellation|cancel (?:us|me)\b|(?:close|delete|"
    r"closing|deleting|terminate) (?:my|our) (?:account|acct)\b|(?:does|will|would) cancel(?:l?ing)\b|"
    r"receipt|(?:credit|debit|company|corporate|payment|bank) cards?\b|(?:my|our) cards? (?:was|were|got|is|has|"
    r"expired|declined|details|number|on file|ending|statement)\b|(?:card|bank|billing) statement|cards? (?:was|were|"
    r"got|is|are) "
    r"(?:declined|rejected|refused)|declined|"
    r"\bvat\b|\btax(?!i)|discount|quote|(?<!websocket )(?<!connection )(?<!protocol )upgrad|downgrad|\bseats?\b|"
    r"licen[cs]e|how much|cheap|expensive|afford|"
    r"descuento|desconto|\bremise\b|rabatt|\bsconto\b|korting|"
    r"cartao (?:de credito|de debito)|(?:o|um|outro|meu|nosso|seu) cartao\b|tarjeta (?:de credito|de debito|bancaria)|"
    r"(?:solo|con|otra|mi|nuestra|una nueva) tarjeta\b|\bpagar\b|mensalidade|mensualidad|carte bancaire|kreditkarte|"
    r"carta di credito|creditcard|recusad|rechazad|abgelehnt|"
    r"rifiutat|geweigerd|(?<!antes de )(?<!antes da )(?<!antes do )renovac(?!\w* de (?:nuestro|nuestra|el|la|nosso|"
    r"nossa|o|a) seguro)|(?<!avant le )(?<!avant notre )(?<!avant son )renouvel|"
    r"(?<!vor der )(?<!vor unserer )(?<!vor einer )\bverlanger|(?<!prima di )(?<!prima del )\brinnov|"
    r"verleng|kostar|\bpris\b|faktura|"
    r"\bcena\b|koszt|"
    r"plan (?:cost|price)|factura|cobro|(?<!plano )(?<!plan )pago|facture|paiement|rechnung|zahlung|fatura|"
    r"cobranca|pagamento|fattura|factuur|betaling|reembolso|remboursement|erstattung|rimborso|"
    # a price as a field the customer wants to keep ("een lijstje onderdelen met prijs") is no billing question
    r"(?<!met )(?<!con )(?<!avec )(?<!mit )(?<!com )(?:precio|prix|preis|preco|prezzo|prijs)|"
    r"terugbetaling|(?<!valider l')(?<!souscrire l')(?<!prendre l')abonnement(?! abschlie\w*| buchen)|suscripcion|"
    r"assinatura|(?<!rinnovare l')\babbonamento|"
    r"bank details|direct debit|bank account|"
    r"quanto (?:custa|custaria|ficaria|fica|costa|"
    r"costerebbe|verrebbe)|cuanto (?:cuesta|costaria|saldria)|combien (?:\w+ ){0,2}(?:coute|couterait|couteraient)|"
    r"was kostet|"
    r"wie ?viel kostet|wat kost|hoeveel kost|por mes|par mois|pro monat|al mese|per maand|zwrot|subskrypcj|"
    r"oplac|platnos|\bzl\b|\b\d+ more (?:people|users|staff|employees|colleagues|members)\b|onto teamflow too")
_PRODUCT = compile_fast(
    r"how (?:do|can|to|does)|feature|is it possible|can i\b|can we (?:add|set|make|create|use|have|get|change)\b|"
    r"does teamflow|do you (?:support|have|offer)|\bplans?\b|"
    r"documentation|tutorial|where (?:can|do) i|roadmap|what is|difference|compare|gdpr|soc ?2|complian|hipaa|"
    r"policy|\bdpa\b|certif|information|integrat|template|guide|\b(?:como|comment|wie|come|hoe)\b|is there a way|"
    r"is there an option|couldn'?t find|can'?t find|could not find|question|wondering|curious|"
    r"est-ce qu'on peut|est-ce que (?:je|nous) (?:peux|pouvons)|peut-on|je ne vois pas ou|"
    # a suggestion in the other languages read: "Seria possivel adicionar uma visualizacao ...?"
    r"seria possivel|seria posible|serait-il possible|ware es moglich|sarebbe possibile|zou het mogelijk|"
    r"sugestao|sugerencia|suggerimento|suggestie|vorschlag|\bsuggestion\b")
_HOW_TO = compile_fast(r"how (?:do|can|should) (?:i|we)|how to\b|where (?:is|are|can i|do i|can we|do we)|"
                       r"can'?t (?:find|figure)|"
                     # "Unrelated: can I set a default assignee per project?"
                     r"\bcan (?:i|we) (?:set|change|add|make|create|get|have|use|turn|switch|rename|move)\b[^.!?]*\?|"
                     r"\b(?:si puo|se puede|peut-on|kann man|da (?:pra|para)|kan je|kun je|kan men)\b[^.!?]*\?|"
                     # "is there a hack or a setting so that only admins can archive boards?"
                     r"\bis there (?:a |an |any )?(?:[\w-]+ ){0,3}(?:or (?:a |an )?)?(?:setting|option|way)\b[^.!?]*\?|"
                     # "Two questions we couldn't answer from your website:"
                     r"questions? (?:that )?(?:we|i) (?:couldn'?t|could not|can'?t|cannot) (?:answer|find)|"
                     r"\b(?:queremos|quiero|wir mochten|nous voulons|vogliamo|we willen)\b[^.!?]{0,100}\?|"
                     # a retention question: "Wie lange bleiben gelöschte Aufgaben ... in Ihren Backups?"
                     r"(?:how long|wie lange|cuanto tiempo|combien de temps|quanto tempo|hoe lang)\b[^.!?]*\?|"
                     r"cannot find|not sure (?:how|where)|don'?t know how|is (?:it|there) (?:possible|a way)|"
                     r"documentation|\bdocs\b|code sample|help (?:article|center|centre)|whether|"
                     r"suitable for|couldn'?t find|could not find|unable to find|can'?t see (?:where|how)|"
                     # a setting looked for: "can't see it in admin settings"
                     r"can'?t (?:see|spot) (?:it|one|that|this|the option|an option) (?:in|under|on) (?:the |our |my )?"
                     r"(?:\w+ )?(?:settings|menu|options|preferences|admin)\b|"
                     r"couldn'?t see (?:where|how)|comment (?:faire|puis-je|pouvons-nous|on fait)|como (?:hago|puedo|"
                     r"podemos|faco|posso)|wie (?:kann|konnen) (?:ich|wir)|come (?:posso|possiamo|faccio)|"
                     r"hoe (?:kan|kunnen) (?:ik|we)|(?:dans|en|in|em) (?:quel|que|welchem|qual|quale|welk) (?:menu|"
                     r"menu)|"
                     r"which menu|what menu")
_TECH_STRONG = compile_fast(r"forgot (?:my |the )?(?:password|pwd|pw|passwd)\b|"
                            # a worry, not a fault: "Don't want the team locked out."
                            r"(?<!want the team )(?<!want us )(?<!want to be )(?<!want them )(?<!want anyone )"
                            r"(?<!want everyone )(?<!want my team )(?<!want our team )(?<!avoid being )\blocked out|"
                            r"account locked|"
                            # network set-up: "a published list of domains and ports TeamFlow needs allowlisted"
                            r"allow-?list(?:ed|ing)?\b|white-?list(?:ed|ing)?\b|domains and ports|firewall rules?|"
                            r"until it unlocks|unlock (?:my|the|our) (?:account|user|login)|locked (?:myself|ourselves|"
                            r"me|us) out|reset (?:my |the )?(?:pwd|pw|passwd)\b|(?:can'?t|cannot|unable to) (?:log|"
                            r"sign|get) "
                            r"(?:in|back)|reset (?:e-?mail|link)|password reset|2fa code|verification code|"
                            r"(?:how|can) (?:do |can )?(?:i|we) get back in|authenticator app|two-factor (?:step|code)|"
                            # a phishing mail in the product's name, reported: a security matter for the technical desk
                            r"(?:claimed|claiming|claims|pretend\w*) to (?:be|come) from teamflow|"
                            # an install blocked on the customer's machine is troubleshooting too
                            r"(?:trying|tried|try) to install\b[^.!?]{0,80}\b(?:says|said|asks|asked|needs?|requires?|"
                            r"won'?t|fails?|failed|error|blocked)|(?:need|needs|require|requires) (?:local )?"
                            r"(?:administrator|admin) (?:rights|privileges|permissions) to install")
_FAULT = compile_fast(FAULT + r"|acting (?:weird|strange|odd|funny)|off[- ]cent(?:er|re)|misaligned|"
                    r"shows? up as an? (?:empty |blank |little |small |white )?(?:square|box|rectangle|question mark)|"
                    r"(?:gone|going|went|goes) (?:all )?(?:funny|weird|wonky|haywire|peculiar)|"
                    r"overlapp\w*|(?<!nothing )looks? (?:wrong|off|weird|broken|grey|gray)|wrong colou?r|(?:is|"
                    r"are) (?:a bit |"
                    r"slightly )?"
                    r"(?:off|wonky|blurry|pixelated)\b|shows? up as (?:a )?(?:sort of|kind of|grey|gray)|nothing works|"
                    r"nothing is working|nada funciona|(?:nearly |almost |barely )?(?:not |un)readable|"
                    # "all show as grey after a page refresh", "il repasse en mode clair chaque fois"
                    r"shows? as (?:grey|gray|blank|white)|repasse en|revient en mode|vuelve al modo|"
                    r"switch(?:es|ed)? (?:itself )?back|goes back to (?:light|default|the default)|"
                    r"springt (?:\w+ ){0,2}zuruck|doet (?:\w+ ){0,2}het niet|werkt niet goed|ne marche pas bien|"
                    r"ne fonctionne pas bien|no funciona bien|funktioniert nicht richtig|nao funciona direito|"
                    r"non funziona bene|"
                    r"(?:having|have|had|got) (?:a bit of |a little |some |real )?trouble\b|\b(?:funkar|"
                    r"fungerar) inte\b|"
                    r"rien ne (?:marche|fonctionne)|\b(?:ca|ça|rien|il|elle) (?:ne )?(?:marche|fonctionne) (?:pas|"
                    r"plus)\b|"
                    # a colour shown wrongly: "wird jetzt grau statt rot angezeigt", "stays bright white"
                    r"\b\w*(?:grau|grijs|grise?|grigi[oa]|cinza|grey|gray|white|weiss|wit|blanc|blanche|blanc[oa]|"
                    r"bianc[oa]|branc[oa]|rot|rood|rouge|roj[oa]|ross[oa]|vermelh[oa]|red|verde|green|grun|groen|"
                    r"verte?|blue|blau|blauw|bleu|azul|blu)\b(?: \w+){0,2} (?:statt|in plaats van|au lieu de|"
                    r"en lugar de|en vez de|"
                    r"invece (?:che|di)|em vez de|instead of)\b|"
                    r"\bstays? (?:bright |plain )?(?:white|grey|gray|light)\b|"
                    r"nichts funktioniert|niente funziona|niets werkt|acting up|playing up|misbehav\w*|outage|"
                    r"(?<!knock-)(?<!knock )(?<!written )(?<!write )(?<!wrote )(?<!jot )(?<!note )(?<!noted )\bdown\b|"
                    r"\bslow\b|"
                    r"timeout|lost(?!-)|missing|"
                    r"disappear|(?<!a )(?<!any )hack(?!s? (?:to|for)\b)|"
                    r"(?<!warranty )(?<!policy )(?<!condition )(?<!contract )breach(?![- ]of[- ]contract)|"
                    r"security issue|"
                    r"vulnerab|unauthori[sz]ed|\bissues?\b|\bproblems?\b|unresolved|not (?:yet )?(?:been )?"
                    r"(?:fixed|resolved)|(?<!nothing )looks? (?:\w+ )?(?:off|wrong|weird|strange|broken|odd)|"
                    r"display(?:s|ed)? "
                    r"(?:incorrectly|wrong)|shows? (?:the )?wrong|misaligned|overlap|cut off|flicker|problema|"
                    r"probleme|fehler|erro|errore|storing|without (?:a )?fix|no fix|(?:a|the) fix\b|workaround|"
                    r"unreadable|barely (?:see|read|visible|readable|legible)|"
                    r"(?:low|poor) contrast|still the same|same (?:problem|issue|bug)|instead of|souci|problema|awaria|"
                    r"nie dziala|fungerar inte|resta bianc[ao]|queda blanc[ao]|reste blanc(?:he)?|bleibt weiss|"
                    r"fica branc[ao]|blijft wit|"
                    # cosmetic faults are still faults (technical first line), in the languages read
                    r"backwards|the wrong way|reversed|inverted|swapped|upside down|squash\w*|squish\w*|"
                    r"stretched|distort\w*|pixelat\w*|blurr\w*|misspel\w*|typo\b|spelling (?:mistake|error)|"
                    r"faute (?:de frappe|d'orthographe)|coquille|mal (?:ecrit|orthographie|traduit|affiche)|"
                    r"est ecrit|tippfehler|rechtschreibfehler|falsch geschrieben|verzerrt|error ortografico|"
                    r"mal escrito|erro de digitacao|erro ortografico|errore di battitura|refuso|scritto male|"
                    r"typfout|spelfout|verkeerd gespeld|a l'envers|al reves|verkehrt herum|ao contrario|"
                    r"al contrario|omgekeerd|spostat\w*|disallineat\w*|sovrappon\w*|verschoben|uberlappt|decale\w*|"
                    r"chevauch\w*|desplazad\w*|superpuest\w*|deslocad\w*|sobrepost\w*|verschoven|overlapt|"
                    r"desalinead\w*|desalinhad\w*|mismatch\w*|inconsisten\w*|cosmetic|glitch\w*|\bbug\b|"
                    r"illeggibil\w*|illisible|ilegible|ilegivel|unleserlich|onleesbaar|non resta|no se queda|"
                    r"ne reste pas|bleibt nicht|nao fica|blijft niet|"
                    # "con il tema scuro le etichette gialle si leggono malissimo"
                    r"si leggon[oe] (?:male|malissimo|a fatica)|si legge (?:male|malissimo|a fatica)|"
                    r"se leen? (?:mal|fatal|muy mal|con dificultad)|se lit mal|se lisent mal|kaum (?:zu )?lesen|"
                    r"schlecht (?:zu )?lesen|(?:schlecht|kaum) lesbar|mal se leem?|slecht leesbaar|"
                    r"nauwelijks (?:te )?lezen|(?:hard|difficult|impossible) to read")
_DONE = compile_fast(r"(?:was|were|been|is|are|got|has been) (?:now |finally |all )?(?:resolved|fixed|restored|sorted)|"
                   # "everything has been running fine since you fixed it"
                   r"since you (?:fixed|resolved|sorted|restored) it|(?:has|have) been running (?:fine|smoothly) since|"
                   # "nothing else wrong", "Kein Fehler, nur eine Frage": the fault words deny a fault
                   r"nothing (?:else )?(?:is |'?s )?wrong|(?:not|aren'?t|isn'?t) aware of any (?:\w+ )?(?:problem|"
                   r"issue|"
                   r"incident|breach|fault)s?|\?\s*(?:no|nope|nee|non|nein|nao)\b,? (?:not|toch niet|"
                   r"doch nicht|finalement|al final|afinal|alla fine|after all|pas|nicht)|(?:isn'?t|is not|"
                   r"not) a security (?:issue|incident|problem)"
                   # ... but "definitely not a security issue, just a small visual glitch" still tells a fault
                   r"(?![^.!?]*\b(?:just|only|but)\b[^.!?]*\b(?:glitch|bug|error|overlap\w*|broken|cut off|cosmetic|"
                   r"visual|"
                   r"stays?|colou?rs?|annoy\w*|dies|dying|toggle|resets?|every time))|"
                   r"nothing (?:has )?happened|\bno (?:error|bug|problem|issue)s?\b(?! (?:message|shown|"
                   r"appears))|"
                   r"kein(?:e|en|erlei)? (?:fehler|probleme?)\b|pas (?:de |d')(?:bug|erreur|probleme)|ningun (?:error|"
                   r"problema)|(?:c'est |ce n'est )?pas un probleme|no es un problema|kein (?:\w+ )?problem|"
                   r"nao e um problema|non e un problema|geen probleem|"
                   # "piccola cosa, niente di grave: the yellow labels are unreadable" introduces a small fault
                   r"(?:rien de grave|nada grave|nichts schlimmes|niente di grave|niets ernstigs|nothing serious)"
                   r"(?!\s*:)|ningun (?:error|"
                   r"problema)|nenhum (?:erro|problema)|"
                   r"nessun (?:errore|problema)|geen (?:fout|probleem)|"
                   r"thanks?(?: you)? (?:for|so much for) (?:fixing|restoring|resolving|sorting|the quick)|"
                   r"works? (?:again|now|fine)|back (?:up|to normal|online)|all (?:there|back) now|"
                   r"found (?:them|it) again|(?:is|was|are|were) (?:long |now |"
                   r"all )?over\b|"
                   r"(?:has|have) (?:all )?worked (?:fine )?since|opgelost|werkt (?:\w+ )?(?:weer|alles weer)|"
                   r"geen problemen meer|keine probleme mehr|plus de probleme|no mas problemas|panic over|"
                   r"(?:i|we) found (?:it|them)\b|"
                   r"resuelto|funciona de nuevo|resolu|fonctionne a nouveau|behoben|funktioniert wieder|resolvido|"
                   r"funciona de novo|risolto|funziona di nuovo|\b(?:it'?s|its|it is|everything'?s|"
                   r"everything is) (?:all )?back\b|no (?:issues?|problems?)|"
                   r"not (?:a |an )?(?:\w+ )?(?:issue|problem|bug|thing)"
                   r"(?![^.!?]*\b(?:just|only|but)\b[^.!?]*\b(?:glitch|bug|error|overlap\w*|broken|cut off|cosmetic|"
                   r"visual|"
                   r"stays?|colou?rs?|annoy\w*|dies|dying|toggle|resets?|every time))|"
                   r"nao e (?:nenhum |um )?problema|"
                   r"no es (?:ningun |un )?problema|ce n'est pas (?:un )?probleme|(?:ist )?kein problem|"
                   r"non e (?:un )?problema|(?:is )?geen probleem|nothing'?s? (?:is )?(?:lost|down|"
                   r"suspicious|wrong|broken)|nothing (?:was )?lost|nobody hacked|no data (?:was |has been )?lost|"
                   r"false alarm|working (?:again|fine) (?:on|for)|(?:loads?|runs?|working|works) (?:fine|ok|"
                   r"normally)(?: again)?|fine again|normal again|paper trail|for (?:your|the|our) records|"
                   r"(?:has|have) been (?:fine|ok|okay|working|stable|normal) (?:ever )?since|no action (?:is )?needed|"
                   r"lost (?:a |an |the |whole |half |an entire |a whole )*(?:afternoon|morning|day|hour|week|time)\b|"
                   r"down for the (?:weekend|holidays?|night|week)|thought (?:we'?d|we had|i'?d|i had) lost|"
                   r"were just (?:collapsed|hidden|filtered|archived)|found them|\b(?:laptop|computer|pc|phone|tablet|"
                   r"ipad)\b[^.!?]{0,25}"
                   r"(?:fell|broke|broken|died|dead|stolen|won'?t turn on)|have i lost everything|(?:logs?|tracks?|"
                   r"records?|creates?|opens?) (?:a |"
                   r"an |"
                   r"the )?'[^']{1,30}' tasks?")
_TECH_OBJECT = compile_fast(CORE + r"|\bapp\b|page|screen|button|browser|error|crash|sidebar|menu|icon|avatar|"
                            r"theme|dark mode|toggle|layout|editor|widget|dashboard|integration|\bapi\b|mobile|"
                            r"upload|download|zoom|laptop|window|click|font|display|render")
_TECH_HITS = frozenset({"SEC1", "SEC2", "SEC3", "SEC4", "OUT1", "OUT2", "OUT3", "OUT4", "OUT5", "TEC3", "TEC4",
                        "TEC5", "ENT4", "ENT5"})


def _only_quoted_names(scan: Scan, sent: tuple[int, int]) -> bool:
    """Are all the fault words of the sentence names in quotes ("labels like 'Outage'")?"""
    found = [m for m in _FAULT.finditer(scan.folded, *sent)]
    return bool(found) and all(quoted_name(scan.folded, m.start(), m.end())
                               or capital_name(scan.text, scan.folded, m.start(), m.end()) for m in found)


#: "we got hacked!! jk": the alarming words of a joke are no fault.
_JOKE = compile_fast(JOKING + "|" + RETRACTED)  # a joke, or an alarm the writer takes back
#: "it was only a filter, all there now": the fault is taken back, the question that follows is what they ask
_FOUND_AGAIN = compile_fast(r"all (?:there|back) now|(?:they'?re|they are) all there|filter by mistake|"
                            # "Turns out I had clicked the 'Assigned to me' filter yesterday ... Everything is there."
                            r"everything(?: is|'s) (?:still )?there\b|"
                            # "Es war mein eigener Fehler ... Es ist alles da, nichts fehlt"
                            r"es ist alles (?:noch )?da|nichts fehlt|es war mein eigener fehler|"
                            r"it was my own (?:fault|mistake)|"
                            # "War aber mein Fehler – ich hatte aus Versehen den Filter ... aktiviert"
                            r"\bwar (?:aber |doch |halt )?mein fehler\b|aus versehen den filter|tout est (?:encore |"
                            r"toujours )?"
                            r"la\b|c'e (?:ancora )?tutto\b|alles is er nog\b|todo sigue ahi\b|esta todo ahi\b|"
                            r"(?:were|was) (?:all )?there all along|(?<!no )(?:some|a) filter "
                            r"(?:is|was) (?:switched |turned )?on|(?:she|he|they) can see (?:all of )?them|"
                            r"tout est revenu|todo ha vuelto|todo volvio|"
                            r"alles ist wieder da|tudo voltou|e tornato tutto|tutto e tornato|alles is terug|"
                            r"everything (?:came|is) back|nothing is (?:deleted|lost)|"
                            # "Entwarnung ... das war ich selbst, im ICE mit dem Handy"
                            r"\bentwarnung\b|das war ich selbst|c'etait moi|era yo|fui eu|ero io|dat was ik zelf|"
                            r"that was me|it was me\b|"
                            # "je l'ai retrouvé dans la corbeille et restauré, tout y est"
                            r"tout y est|retrouve dans la corbeille|(?:found|restored) (?:it|them) (?:in|"
                            r"from) the (?:trash|"
                            r"bin)|lo (?:he )?(?:encontrado|restaurado) en la papelera|aus dem papierkorb "
                            r"wiederhergestellt|ripristinat\w* dal cestino|uit de prullenbak (?:teruggezet|hersteld)|"
                            # "al quitarlo apareció todo. No se perdió nada"; "archived it by mistake ... nobody hacked"
                            r"aparecio todo|"
                            r"(?:nobody|no one) hacked anything|"
                            + FILTER_SLIP + "|" + FOUND_AGAIN + "|" + NOTHING_LOST + "|" + ARCHIVED_BY_MISTAKE + "|"
                            # "tenia puesto el filtro de 'solo mis tareas' ... Lo quite y aparece todo"
                            r"aparece todo|aparecen todas|sale todo|tout est la|tout est reapparu|alles ist da|"
                            r"alles wieder da|aparece tudo|esta tudo la|c'e tutto|ricompare tutto|alles staat er|"
                            r"(?:tenia|tenias|tengo) puesto (?:el|un) filtro|(?:j'avais|il y avait) (?:active )?(?:le|"
                            r"un) "
                            r"filtre|(?:hatte|war) (?:\w+ ){0,2}filter|filtro (?:ativad|attivat|activad|puesto)|"
                            r"(?:had|left) (?:a|the) filter on|filter (?:aan|ingeschakeld)")
#: "our office internet went down": the customer's own network, not the product
_OWN_NETWORK = compile_fast(OWN_CONNECTION_DOWN + r"|"
                            r"(?:is|are) empty because (?:we|i) (?:just |only )?(?:started|began|created|set)|"
                            # "Our own file server died on Friday ... and we lost the PDF exports we kept there"
                            r"(?:our|my) own (?:\w+ ){0,2}(?:server|nas|storage|hard ?drive|backup drive|laptop|pc)\b|"
                            r"(?:power|electricity|grid) (?:outage|cut|failure)s?|(?:log|track|record|write up|"
                            r"writes up|document)s? (?:\w+ ){0,2}outages?\b|(?:van|car|truck|lorry|vehicle|bus|boiler|"
                            r"printer|tractor)s? (?:\w+ )?"
                            r"(?:went|goes|is|was) down|(?:our|my) (?:office |home )?(?:internet|wifi|wi-fi|network|"
                            r"broadband|fibre|fiber|"
                            r"router|connection) (?:\w+ )?"
                            r"(?:went down|was down|gave up|died|dropped|failed|was out)|" + OWN_SITE_DOWN + "|"
                            # "our building lost internet for about 3 hours (ISP fibre cut)"
                            r"(?:building|office|house|shop|store|school|clinic|site|we|i) lost (?:the |our |its |"
                            r"all )?"
                            r"(?:internet|wifi|wi-fi|connection|connectivity|network)\b")
_OWN_CONNECTION = compile_fast(OWN_CONNECTION_DOWN)
_OFFLINE_QUESTION = compile_fast(r"(?:does|do|can|will) (?:the |your )?(?:app|teamflow|it)\b[^.!?]{0,30}\boffline\b|"
                                 # "werkt de app ook offline?", "funciona la app sin conexión?"
                                 r"\b(?:werkt|kan|functioneert|funciona|fonctionne|funktioniert|geht|funziona)\b"
                                 r"[^.!?]{0,30}\b(?:offline|sin conexion|sem ligacao|hors ligne|senza connessione)\b|"
                                 r"(?:app|teamflow) offline|offline (?:nutzen|verwenden|usar|utiliser|usare|gebruiken|"
                                 r"use|work|werken|funcionar|fonctionner|funktionieren|funzionare|arbeiten|"
                                 r"trabajar|travailler|trabalhar|lavorare)|"
                                 r"offline[- ]mod(?:e|us|o)|mode hors ligne|modo (?:sin conexion|offline)|"
                                 # "offline edits - will they sync?"
                                 r"offline (?:edits?|changes)\b|(?:will|do|does) (?:those |the |my |our )?(?:edits?|"
                                 r"changes) sync\b")
#: "We thought TeamFlow was down" when the cause turned out to be at home: a belief, not a fault.
_BELIEVED = compile_fast(r"\b(?:we|i) (?:first |initially )?thought|\bdachten|\bdachte|\bpensamos|\bpensabamos|"
                         r"\bcroyions|\bpensions|\bachamos|\bachavamos|\bpensavamo|\bdacht\b")
#: "Outage? No, not after all": the writer answers their own question.
_ANSWERED_NO = compile_fast(r"\s*(?:no|nope|nee|non|nein|nao)\b(?: hoor| doch| pas)?\s*(?:[,.!-]|\s\s|$)")
_SELF_DENIED = compile_fast(r"\?\s*(?:no|nope|nee|non|nein|nao)\b")
#: The fault itself went away ("it was down, it's back now"): told as news, still a technical matter.
_RECOVERED = compile_fast(r"(?:it'?s|its|is|was|came|come|everything'?s|all) back (?:now|up|online|to normal)|"
                          r"working again|works again|fixed itself|sorted itself|resolved itself|back to normal|"
                          r"vuelve a funcionar|volvio|fonctionne a nouveau|est revenu|funktioniert wieder|"
                          r"voltou a funcionar|funziona di nuovo|e tornato|werkt weer")
_JOKE_WORDS = compile_fast(r"hack|breach|virus|\bdown\b|outage")


def _person_name_line(text: str, sent: tuple[int, int]) -> bool:
    """Is the sentence a signature's name alone ("Owen Price", "Beatriz Costa"), not a question about money?"""
    words = text[sent[0]:sent[1]].split()
    return 1 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


#: Task contents listed in brackets: "tarefas abertas atribuídas a ela (pedidos de grupos, faturas de agências)".
_TASKS_LISTED = compile_fast(r"\b(?:tasks?|tarefas?|tareas?|taches?|aufgaben|attivita|taken|cards?|"
                             r"items?)\b[^.!?()]{0,60}"
                             r"\([^()]*$")


def _only_listed_task_contents(scan: Scan, sent: tuple[int, int]) -> bool:
    """Is every billing word of the sentence one item in a bracketed list of what some tasks are about?"""
    text = scan.folded
    for m in _BILLING.finditer(text, *sent):
        opening = text.rfind("(", sent[0], m.start())
        if opening < 0 or ")" in text[opening:m.start()] or not _TASKS_LISTED.search(text, sent[0], opening + 1):
            return False
    return True


#: The subject's fault is another system's: "Outlook down ... (their server, not yours)".
_NOT_YOURS = compile_fast(r"\bnot yours\b|\bnot your (?:product|fault|system|server|problem)\b|\bnothing to do with "
                          r"(?:you|teamflow)\b|\bnothing wrong (?:at|on) your (?:end|side)\b|"
                          r"\bthe app'?s working fine\b")
_FIX_ASKED = compile_fast(r"\bfix|repair|arregl|corrig|repar|beheb|risolv|oploss|resolv")
#: The customer's own fault is over: "tout refonctionne nickel. Désolé pour la fausse alerte".
_SETTLED_NOW = compile_fast(r"fausse alerte|false alarm|falsa alarma|fehlalarm|falso allarme|loos alarm|alarme falso|"
                            r"tout refonctionne|everything works again|works again now|funciona de nuevo|"
                            r"funktioniert (?:jetzt )?wieder|funziona di nuovo|werkt (?:nu )?weer|funciona de novo|"
                            # "o técnico da operadora já o trocou e está tudo a funcionar"; "Já está resolvido"
                            r"esta tudo a funcionar|ja esta resolvido|ya esta (?:todo )?resuelto|ya funciona todo|"
                            r"tout fonctionne (?:a nouveau|maintenant)|alles funktioniert wieder|ora funziona tutto|"
                            r"alles werkt weer|everything(?:'s| is) working (?:again|now)")


def topic(scan: Scan, hits: dict[str, Found], is_vague: bool, subject: str | None = None) -> Topic:
    """First-line routing: technical first, then billing, then product information.

    The body decides; the subject line only when the body gives no clue.
    """
    joking = scan.allows(_JOKE) and scan.doc(_JOKE)
    if _TECH_HITS & hits.keys():
        return "technical"
    if JAPANESE_SCRIPT.search(scan.doc_text):  # the Latin word tables below read nothing in Japanese
        if JAPANESE_FAULT.search(scan.doc_text):
            return "technical"
        return "billing" if JAPANESE_BILLING.search(scan.doc_text) else "product"
    if scan.allows(_OWN_CONNECTION) and scan.doc(_OWN_CONNECTION) and not scan.doc(_OFFLINE_QUESTION) and not (
            scan.doc(_SETTLED_NOW) and "?" in scan.doc_text):
        # the customer's own network or firewall: troubleshooting, unless they ask about a feature, or it is settled
        # and a question follows ("c'était notre box ... tout refonctionne ... Où change-t-on la langue des mails ?")
        return "technical"
    split = scan.subject[1] if scan.subject is not None else -1
    billing = {s for s in scan.sentences_with(_BILLING)
               if not _person_name_line(scan.text, s) and not _only_listed_task_contents(scan, s)
               # a column named « À facturer »: a name, not a billing matter
               and not all(quoted_name(scan.folded, m.start(), m.end()) for m in _BILLING.finditer(scan.folded, *s))}
    any_billing = bool(billing)
    if scan.sentences_with(_TECH_STRONG):
        return "technical"  # account-access trouble is troubleshooting even when phrased as a question
    settled = False  # a fault told as over ("it was down, back now") is still a technical matter
    over = False  # ... unless the body then asks how to do something ("works again. Other question: can you ...?")
    for part in (0, 1):  # the body first, then the subject line
        in_part = [s for s in scan.sents.spans if (s[0] < split) == bool(part)]
        for sent in sorted(scan.sentences_with(_FAULT)):
            if scan.has(_OWN_NETWORK, sent) or scan.has(NOT_A_FAULT, sent) or (
                    part and _NOT_YOURS.search(scan.folded) is not None) or (
                    scan.has(_BELIEVED, sent) and scan.doc(_OWN_CONNECTION)) or \
                    (scan.sentence(sent).rstrip().endswith("?") and _ANSWERED_NO.match(scan.folded, sent[1])) or (
                    scan.has(_OFFLINE_QUESTION, sent) and "?" in scan.sentence(sent)) or (
                    (scan.doc(_FOUND_AGAIN) or scan.doc(_SETTLED_NOW)) and (any(
                        scan.has(_HOW_TO, s) or scan.informational(s) or "?" in scan.sentence(s) for s in in_part) or (
                        # a scare in the subject line ("Dachte wir wurden gehackt"), found again and a question
                        # below it that asks for no fix ("any chance of a fix?" still asks about the fault)
                        part and any(scan.has(_HOW_TO, s) or scan.informational(s) or (
                            "?" in scan.sentence(s) and not scan.has(_FIX_ASKED, s)) for s in scan.sents.spans)))):
                continue
            settled = settled or (not part and scan.has(_RECOVERED, sent) and not scan.has(_HOW_TO, sent))
            over = over or (not part and scan.has(_DONE, sent))
            if ((sent[0] < split) == bool(part) and sent not in billing and not scan.has(_HOW_TO, sent)
                    and not _only_quoted_names(scan, sent)
                    and not (joking and scan.has(_JOKE_WORDS, sent))
                    and not scan.has(_DONE, sent) and not scan.informational(sent)
                    # next to a billing question, a fault counts only when it names something of the product
                    and (not any_billing or scan.has(_TECH_OBJECT, sent))):
                return "technical"
        if any(s in billing for s in in_part) or hits.keys() & {"FIN1", "FIN2", "FIN3", "FIN4", "FIN5"}:
            return "billing"
        product = scan.sentences_with(_PRODUCT)
        if any(s in product for s in in_part) or any(scan.informational(s) for s in in_part) or (
                over and any(scan.has(_HOW_TO, s) for s in in_part)):
            return "product"
    if subject and not is_vague:
        text = fold(subject)
        if any(not quoted_name(text, m.start(), m.end()) for m in _BILLING.finditer(text)):
            return "billing"
        faults = list(_FAULT.finditer(text))
        if faults and not _HOW_TO.search(text) and not _DONE.search(text) and not _SELF_DENIED.search(text) \
                and not NOT_A_FAULT.search(text) and not all(quoted_name(text, m.start(), m.end()) for m in faults) \
                and _NOT_YOURS.search(scan.folded) is None \
                and not ((scan.doc(_FOUND_AGAIN) or scan.doc(_SETTLED_NOW)) and any(scan.has(_HOW_TO, s) or (
                    "?" in scan.sentence(s) and not scan.has(_FIX_ASKED, s)) for s in scan.sents.spans)):
            return "technical"
    return "technical" if is_vague or settled else "product"
