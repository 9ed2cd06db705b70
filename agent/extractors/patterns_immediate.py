"""Rules of the immediate tier: Service Outages and Legal & Compliance (security: patterns_security).

These decide the critical misses, so they lean towards recall, in English, Spanish, French,
German, Portuguese, Italian and Dutch; informational questions, hypotheticals, negations,
resolved incidents and someone's own counsel asking a question are what keeps them precise.
"""

from __future__ import annotations

from .lexicon import CANT, SCOPE_MANY, STRONG_DOWN, Rule, rule, words
from .patterns_security import SECURITY

_RESOLVED = (r"(?:back (?:up|online|to normal)|(?:is|are|'s|was|were) (?:now )?(?:working|up|fine|ok|okay|stable) "
             r"(?:again|now)|(?:was|were|been|got|is|are|has been|have been) (?:now |finally |all )?(?:resolved|fixed|"
             r"restored|sorted)|thanks?(?: you)? (?:for|so much for) (?:fixing|restoring|resolving|sorting|the quick)|"
             r"(?:after|since|during|about|regarding|re:?) (?:the|last|yesterday'?s?|this morning'?s?) (?:\w+ )?"
             r"(?:outage|downtime|incident|disruption)|(?:previous|last|earlier|past|recent|yesterday'?s?|"
             r"last week'?s?|last month'?s?) (?:\w+ )?(?:outage|outages|downtime|incident|disruption)|"
             r"planned|scheduled|maintenance window|post-?mortem|\brca\b|root cause|status page history|"
             r"sla credit|service credit|credits? for|refund for|(?:outage|downtime|incident|"
             r"disruption)s? (?:\w+ ){0,2}"
             r"(?:last (?:week|month|year|quarter)|yesterday|earlier|ago|this past|in (?:the )?(?:past|last))|"
             r"(?:two|three|four|several|multiple|\d+|repeated|recent|frequent|many) (?:\w+ )?(?:outages|incidents|"
             r"disruptions)|further to|following (?:the|last|yesterday)|since the (?:\w+ )?(?:incident|outage)|"
             r"(?:is|was|'s) (?:now )?resolved|\[resolved\]|(?:it'?s|all|everything'?s?) (?:\w+ )?(?:fine|good|ok|"
             r"okay|working) now|fine now|works now|(?:days|weeks|months|hours) of (?:\w+ )?(?:downtime|outages?)|"
             r"downtime (?:on|of|for|in|with) (?:the |our |my )?(?:reminders?|notifications?|exports?|feature|"
             r"integration|sync|search|calendar|mobile)|missed (?:our|a|the) deadline|lost (?:a|the|our) (?:deal|"
             r"client|customer)|cost us|(?:because of|due to|caused by) (?:your|the) (?:\w+ )?(?:downtime|"
             r"outages?)|^(?!.*(?:is down|are down|right now|currently|still down|since this|since \d))(?=.*\bsla\b))")

_ACCESS_FAIL = (r"(?:" + CANT + r"|locked out|(?:is|are|got|get|getting) (?:\w+ )?(?:errors?|\d{3}s?|a blank page|"
                r"timeouts?))(?: \w+){0,3}? (?:access|reach|load|open|log ?in|login|sign ?in|connect|get (?:in|into|"
                r"on)|use|work|out)")
_NOBODY_CAN = (r"(?:nobody|no ?one|none of (?:us|our \w+|the \w+|my \w+))\b[^.!?]{0,40}?\b(?:can|is able|are able|"
               r"could|"
               r"manages?)(?:n'?t|not)?(?: \w+){0,3}? (?:access|reach|load|open|log ?in|login|sign ?in|connect|get "
               r"(?:in|into|on)|use|work)|nadie (?:\w+ ){0,4}(?:puede|pueden|consigue|logra)|no podemos|"
               r"personne (?:ne peut|n'arrive|ne parvient)|ne pouvons (?:plus|pas)|impossible d|niemand (?:\w+ ){0,3}"
               r"kann|keiner (?:\w+ ){0,3}kann|konnen (?:uns )?(?:nicht|nicht mehr)|ninguem (?:\w+ ){0,3}(?:consegue|"
               r"pode)|nao conseguimos|nessuno (?:\w+ ){0,3}(?:riesce|puo)|non riusciamo|niemand (?:\w+ ){0,3}kan|"
               r"kunnen niet|nikt (?:\w+ ){0,3}nie moze|ingen (?:\w+ ){0,3}kan")

OUTAGES: tuple[Rule, ...] = (
    rule("OUT1", words("outage|outages|downtime|service disruption|disruption|ausfall|storung|panne|"
                       "caida del servicio|queda|interrupcion|interruption de service|interrupcao|"
                       "interruzione|disservizio|een storing|storing bij|storing in|down time|went down$|goes down$|"
                       "gone down$|going down$|"
                       "is down$|are down$|was down$|been down$|be down$|teamflow down$|site down$|app down$"),
         unless=_RESOLVED + r"|(?:do|does|did) (?:you|teamflow) (?:have|offer|guarantee|publish|notify)|"
                r"slows? down|slowed down|scroll(?:ing)? down|drop-?down|shut(?:ting)? down (?:my|our|the) "
                r"account|cut(?:ting)? down|narrow(?:ing)? down|down ?grad|down ?load|breakdown|markdown|"
                r"countdown|down payment|down to|upside down|up and down|down the (?:list|page)|"
                r"(?:price|cost|number|usage|seats?|bill) (?:went|goes|gone|going) down|turn(?:ed)? down|payment|"
                r"checkout|processor|gateway|billing page|adyen|stripe|paypal|braintree|(?:lock|shut|calm|settle|"
                r"slow|narrow|track|write|put|break|cut|back|tone|water|wind)(?:s|ed|ing)? (?:it|this|that|things|"
                r"everything|them) down|(?:our|my|the office|the home) (?:office |home |own )?(?:internet|wifi|"
                r"wi-fi|network|connection|vpn|isp|router|power|laptop|computer|phone)",
         guard="hypo", name="OUT1-outage"),
    rule("OUT1", words("fallen over|fell over|falling over|keeled over|collapsed|went dark|blew up|"
                       "down$|offline|unreachable|unavailable|inaccessible|not loading|won't load|wont load|"
                       "doesn't load|not responding|unresponsive|not reachable|not available|not accessible|"
                       "502$|503$|504$|bad gateway|service unavailable|gateway timeout|gateway time-out|dead$|"
                       "fails to load|can't be reached|caido|caida|fuera de servicio|no responde|no carga|"
                       "inaccesible|en panne|hors service|hors ligne|indisponible|ne repond|nicht erreichbar|"
                       "ausgefallen|nicht verfugbar|fora do ar|indisponivel|inacessivel|nao responde|"
                       "non e raggiungibile|non e disponibile|non e accessibile|no esta disponible|"
                       "no esta accesible|nao esta disponivel|nao esta acessivel|n'est pas accessible|"
                       "n'est pas disponible|ist nicht erreichbar|ist nicht verfugbar|is niet bereikbaar|"
                       "is niet beschikbaar|"
                       "fuori servizio|irraggiungibile|non raggiungibile|non disponibile|onbereikbaar|"
                       "niet bereikbaar|niet beschikbaar|plat$|uit de lucht"),
         need=r"(?:teamflow|\bapp\b|application|\bsite\b|website|web ?app|platform|service|system|product|"
              r"dashboard|portal|servers?|workspace|instance|whole thing|login page|sign-?in page|"
              r"home ?page|(?:it|everything)(?:'s| is| was| has been| seems(?: to be)?| appears(?: to be)?| went| "
              r"goes| keeps going)? (?:completely |totally |still |now |currently |just )?(?:down|offline|"
              r"unreachable|unavailable|inaccessible|dead)\b|plataforma|servicio|aplicacion|sitio|sistema|todo\b|"
              r"plateforme|"
              r"l'appli|le site|tout\b|plattform|dienst|anwendung|seite|alles|plataforma|servico|aplicativo|"
              r"\bsite\b|sistema|tudo\b|piattaforma|servizio|applicazione|\bsito\b|tutto\b|platform|dienst|"
              r"applicatie|systeem|alles\b)",
         unless=_RESOLVED + r"|slows? down|slowed down|scroll(?:ing)? down|drop-?down|shut(?:ting)? down (?:my|"
                r"our|the) account|down ?grad|down ?load|breakdown|markdown|down the (?:list|page)|up and down|"
                r"(?:price|cost|number|usage|seats?|bill) (?:went|goes|gone|going|is|are) down|\bdead ?line|"
                r"dead link|dead end|(?:feature|option|button|export|report|integration|view|field|template|"
                r"column|filter|setting)s? (?:is|are) (?:no longer |currently |temporarily )?(?:unavailable|not "
                r"available)|not available (?:in|on|for) (?:the |my |our )?(?:basic|pro|free|starter|plan|mobile|"
                r"country|region|language)|(?:user|person|member|colleague|contact|agent|manager|he|she) "
                r"(?:is|was) (?:unavailable|not available|offline)|status (?:is|shows) offline|offline mode|"
                r"work offline|available offline|offline (?:access|support|sync)|payment|checkout|processor|"
                r"gateway|billing page|adyen|stripe|paypal|braintree|card|(?:lock|shut|calm|settle|slow|narrow|track|"
                r"write|put|turn|break|cut|back|tone|water|wind)(?:s|ed|ing)? (?:it|this|that|things|everything|"
                r"them) down|(?:our|my|the office|the home) (?:office |home |own )?(?:internet|wifi|wi-fi|network|"
                r"connection|vpn|isp|router|power|laptop|computer|phone)",
         guard="hypo", name="OUT1-down"),
    rule("OUT1", words("times out|timing out|timed out|time out|timeouts|keeps loading|never loads|won't load|"
                       "nothing loads|nothing is loading|nothing works|nothing opens|unable to reach|can't reach|"
                       "cannot reach"),
         need=r"login|log-?in|sign-?in|page|\bapp\b|site|teamflow|workspace|dashboard|everything|platform|"
              r"service|\bapi\b",
         also=SCOPE_MANY + r"|(?:my|our) (?:colleagues|coworkers|co-workers|teammates|team ?mates)|colleagues in|"
              r"offices|locations|for me and|in (?:\w+ )?(?:and|&) \w+",
         unless=r"slow|sluggish|(?:one|a single|one of (?:our|my)) (?:user|colleague|person)|only (?:me|for me|i)|"
                r"just me|except|everyone else|" + _RESOLVED,
         guard="hypo", negatable=False, name="OUT1-timeouts"),
    rule("OUT1", words("can't|cant|cannot|can not|unable|not able|couldn't|could not|impossible to|locked out|"
                       "no one|nobody|noone|none of|nadie|no podemos|personne ne|ne pouvons|impossible d|niemand|"
                       "keiner|konnen nicht|ninguem|nao conseguimos|nessuno|non riusciamo|kunnen niet|nikt|ingen"),
         need=_NOBODY_CAN + r"|" + _ACCESS_FAIL + r"[^.!?]{0,50}(?:for|across|to|by) " + SCOPE_MANY + r"|"
              + SCOPE_MANY + r"[^.!?]{0,40}" + _ACCESS_FAIL,
         negatable=False, guard="hypo",
         unless=r"(?:access|open|load|use|see|view|reach|get (?:in)?to)(?: \w+){0,2} (?:the |our |my )?(?:\w+ )?"
                r"(?:features?|exports?|reports?|integrations?|gantt|timeline|calendar|kanban|views?|templates?|"
                r"settings|invoices?|billing|files?|attachments?|comments?|api keys?|admin panel|board|project|"
                r"task|address|e-?mail|inbox|phone)\b|forgot|password reset|reset (?:e-?mail|link)|old (?:job|"
                r"e-?mail|address|phone)|everyone else|everybody else|except (?:me|for me)|only (?:me|i|for me)|"
                r"just me|one (?:of our|user)|" + _RESOLVED,
         name="OUT1-nobody-can"),
    rule("OUT1", words("every page|all pages|every request|all requests|every screen|every link|each page|"
                       "whole site|entire site|internal server error|500 error|error 500"),
         need=r"error|fail|5\d\d|time ?out|timing out|blank|crash|down|broken|not (?:load|work)",
         doc_need=SCOPE_MANY + r"|every|all pages|whole|entire", guard="hypo", name="OUT1-every-page"),
    # OUT2: the public API
    rule("OUT2", words("api$|apis$|api's|rest api|graphql|endpoints|endpoint|api calls|api requests|webhooks"),
         need=STRONG_DOWN + r"|(?:fail|error|5\d\d|tim(?:ing|es|ed) ?out|timeouts?)\w*[^.!?]{0,90}"
              r"(?:\ball\b|every|each|any|customers|clients|integrations|users|everyone|completely|companies|"
              r"agencies|partners|separate|across)|(?:\ball\b|every|each|none of) [^.!?]{0,40}(?:fail|error|5\d\d|"
              r"time)",
         unless=r"\b4\d\d\b|rate limit|deprecat|docs?\b|documentation|how (?:do|can|to)|example|\bsdk\b|"
                r"api key (?:page|setting)|(?:slow|latency|sluggish)(?![^.!?]*(?:\bdown\b|unreachable|"
                r"unavailable|50[234]))|" + _RESOLVED,
         guard="hypo", name="OUT2-api"),
    # OUT3: core infrastructure
    rule("OUT3", words("server$|servers|infrastructure|data center|datacenter|data centre|region$|cluster|"
                       "background jobs|job queue|queue$|queues|queued|workers|storage|authentication service|"
                       "auth service|"
                       "login service|sso service|search service|email delivery|servidor|servidores|serveur|"
                       "serveurs|infraestructura|infrastructure|rechenzentrum|infraestrutura|"
                       "servizio di autenticazione"),
         need=STRONG_DOWN + r"|crash|fail|halted|stopped (?:running|processing|working)|not (?:running|processing)|"
              r"overloaded|out of (?:memory|disk)|not sending|stuck|backed up|backlog|not moving|hung|sits? in|"
              r"sitting in|queued|platform-side|delayed for (?:hours|everyone)",
         unless=r"(?:our|my) (?:own |internal |local |mail |smtp |file )?(?:server|servers|infrastructure|storage|"
                r"data ?cent|cluster)|smtp|mail server|storage (?:limit|quota|space|plan|usage)|" + _RESOLVED,
         guard="hypo", name="OUT3-infra"),
    # OUT4: database connectivity
    rule("OUT4", words("database|databases|db$|data base|base de datos|base de donnees|datenbank|banco de dados|"
                       "base di dati|postgres|mysql"),
         need=r"connect|connection|unreachable|\bdown\b|unavailable|timeout|timing out|timed out|time out|offline|"
              r"not responding|error|failure|failed|fails|could not|couldn'?t|can'?t|unable|lost|refused|crash|"
              r"conexion|connexion|verbindung|conexao|connessione|verbinding|erreur|fehler|\berro|errore|fout|"
              r"caid|en panne|nicht erreichbar|fora do ar|non raggiungibile",
         unless=r"how (?:do|can|to)|connect (?:my|our|a|the) (?:own |external )?(?:database|db)|import(?:ing)? "
                r"(?:from|our|a|the)|(?:our|my) (?:own |internal |external |local |sql |postgres |mysql )?(?:database|"
                r"db|crm)\b[^.!?]{0,30}(?:to|into|with|from) teamflow|(?:import|export|sync|connect|integrat)\w* "
                r"(?:\w+ ){0,3}(?:our|my) (?:own |internal |external |local )?(?:database|db|crm)|(?:our|my) own "
                r"(?:database|db)|"
                r"database (?:integration|import|export|of (?:contacts|customers|clients|leads))|"
                r"customer database|contact database|knowledge ?base|" + _RESOLVED,
         guard="hypo", name="OUT4-database"),
    # OUT5: CDN / hosting / edge
    rule("OUT5", words("cdn|cloudflare|cloudfront|akamai|fastly|aws$|amazon web services|azure$|gcp$|"
                       "google cloud|hosting|hosting provider|host provider|hebergeur|hebergement|hospedagem|"
                       "alojamiento|proveedor de hosting|anbieter"),
         need=STRONG_DOWN + r"|error|issue|problem|fail|not (?:loading|resolving|working)|\b5\d\d\b|timeout|"
              r"blocked|ray id|incident|caid|panne|fehler|\berro|errore|storing",
         unless=r"(?:our|my) (?:own )?(?:aws|azure|hosting|cdn|cloudflare|gcp)|integration with aws|aws "
                r"(?:integration|account id|marketplace)|how (?:do|can)|(?:do|does) (?:you|teamflow) (?:use|host)|"
                r"where (?:do you|is) (?:host|data)|hosted (?:in|on) (?:aws|azure|gcp)\?|" + _RESOLVED,
         guard="hypo", name="OUT5-provider"),
    rule("OUT5", words("502$|503$|504$|bad gateway|service unavailable|gateway timeout|gateway time-out|"
                       "err_connection|err_name_not_resolved|err_ssl|nxdomain|dns_probe"),
         unless=r"\bapi\b|payment|checkout|processor|billing|adyen|stripe|paypal|braintree|card|" + _RESOLVED,
         guard="hypo", negatable=False, name="OUT5-edge"),
    rule("OUT5", words("ssl|tls$|certificate|cert$|dns$|certificado|certificat|zertifikat|certificato|certificaat"),
         need=r"expired|invalid|error|fail|not (?:resolving|valid|trusted|secure|private)|untrusted|warning|"
              r"mismatch|err_|nxdomain|can'?t be reached|could not be resolved|insecure|caducad|expirad|vencid|"
              r"invalid|expire|abgelaufen|ungultig|scadut|non valido|verlopen|ongeldig",
         unless=r"custom domain|white[- ]?label|(?:our|my) (?:own |branded |custom )?(?:domain|subdomain|"
                r"certificate|cert|dns|server|site|website)|branded|rebranded|vanity|sso certificate|"
                r"saml certificate|" + _RESOLVED,
         guard="hypo", name="OUT5-cert"),
    rule("OUT5", words("static assets|assets|stylesheets|css$|javascript files|js files|scripts|fonts"),
         need=r"(?:not|fail|failing|won'?t|don'?t|doesn'?t|aren'?t|isn'?t|broken|error|404|403|timeout|blocked)",
         doc_need=r"\bcdn\b|cloudflare|cloudfront|akamai|fastly|edge (?:server|network|location)|static (?:assets|"
                  r"files)",
         unless=_RESOLVED, guard="hypo", name="OUT5-assets"),
)

_THREAT = (r"(?:will|'ll|going to|gonna|intend|plan to|planning to|prepared|ready to|forced|no choice|consider|"
           r"thinking about|next step|escalat|involv|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|"
           r"spoken (?:to|with)|talked (?:to|with)|speaking (?:to|with)|talking (?:to|with)|in contact with|"
           r"in touch with|grounds for|\bclaim\b|settlement|damages|compensation|breach of contract|liable|"
           r"liability|reviewed|false advertising|misrepresent|"
           r"looking into (?:this|it|the matter|our options)|aware of|informed|notified|copied|\bcc\b|"
           r"have (?:a|an|our) (?:lawyer|attorney)|"
           r"engag(?:ed|ing)|hand(?:ed|ing)? (?:this )?(?:over|to)|forward(?:ed|ing)?|refer(?:red|ring)?|"
           r"pass(?:ed|ing)? (?:this )?(?:on|to)|hear from|be in touch|reach out|instructed|advised (?:us|me) to|"
           r"on behalf of|represent|drafting|preparing|reviewing (?:our )?options|get (?:\w+ )?involved|unless|"
           r"otherwise|or else|if (?:you|this|we|it) (?:don'?t|do not|doesn'?t|does not|cannot|can'?t|fail|isn'?t|"
           r"is not|aren'?t|are not))")
_LAWYER = (r"(?:lawyers?|attorneys?|counsel|solicitors?|legal (?:team|department|counsel|representatives?)|law firm|"
           r"our legal)")
_LAWYER_THREAT = (
    _LAWYER + r"\b,? (?:\w+ ){0,2}(?:will|'ll|is going to|are going to|going to|intends?|plans?|prepar|draft|"
              r"review(?:ed|ing)|"
    r"look(?:ing)? into|be in touch|contact|reach out|send|file|take|advised|has advised|have advised|instructed|"
    r"grounds|claim|pursue|proceed|demand|notice|letter|settlement|damages|is aware|are aware|is involved|are involved)"
    r"|(?:involve|involving|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|engag(?:ed|ing)|hire|hired|get|got|"
    r"call(?:ed|ing)?|spoken (?:to|with)|talk(?:ed|ing)? (?:to|with)|speak(?:ing)? (?:to|with)|in (?:touch|"
    r"contact) with|"
    r"hand(?:ed|ing)? (?:this )?(?:over )?to|forward(?:ed|ing)? (?:this )?to|refer(?:red|ring)? (?:this )?to|"
    r"pass(?:ed|ing)? (?:this )?(?:on )?to|hear from|cc(?:'d|ed)?|copied|copying|loop(?:ed|ing)? in|escalat\w* "
    r"(?:this )?to|represent(?:ing|s)?|on behalf of)[^.!?]{0,30}(?:our|my|a|the|an|their|his|her) "
    r"(?:\w+ )?" + _LAWYER + r"|(?:unless|otherwise|or else|if (?:you|this|we|it) (?:don'?t|do not|doesn'?t|does "
    r"not|cannot|can'?t|fail|isn'?t|is not|aren'?t|are not))[^.!?]*" + _LAWYER + r"|" + _LAWYER +
    r"[^.!?]*(?:unless|otherwise|or else)|(?:i am|i'm|we are|we're) (?:an? |the )?(?:\w+ )?(?:attorneys?|lawyers?|"
    r"counsel|solicitors?|law firm)\b[^.!?]{0,20}(?:representing|for|on behalf of|acting for|retained by)|abogad|"
    r"avocat|anwalt|advogad|avvocat|advocaat|prawnik|advokat")
_COUNSEL_QUESTION = (r"(?:has|have) (?:a |an |some |few |several )?(?:quick )?questions?|"
                     r"(?:asked|wants|want|would like|needs?|requested|requires?|request) (?:us |me )?(?:to (?:ask|"
                     r"know|confirm|check|find out|review|see|understand|get|obtain|request|send)|whether|if|about|"
                     r"a copy|your|the)|(?:review|reviewing|read|reading|look(?:ing)? (?:at|over)|checking) "
                     r"(?:the|your|our) (?:terms|contract|dpa|agreement|tos|policy|policies|msa|documents?)|"
                     r"for (?:our|their|his|her) review|question from (?:our|my)|(?:our|my) (?:legal|counsel)\w* "
                     r"(?:team |department )?(?:has|have) (?:a |some )?questions?")

LEGAL: tuple[Rule, ...] = (
    rule("LEG1", words("lawsuit|law suit|lawsuits|suing|sued|litigation|litigate|legal action|legal actions|"
                       "legal proceedings|legal steps|legal measures|legal remedies|legal recourse|legal claim|"
                       "legal dispute|small claims|small-claims|class action|class-action|cease and desist|"
                       "breach of contract|false advertising|arbitration|arbitrator|pending litigation|"
                       "cease & desist|demand letter|letter before action|notice of claim|file suit|"
                       "file a claim|take legal|pursue legal|see you in court|take you to court|"
                       "taking you to court|take this to court|in court|to court|court case|court action|"
                       "demanda judicial|demandar|demandaremos|demandarlos|demandaros|acciones legales|"
                       "accion legal|medidas legales|via judicial|tribunales|acciones judiciales|denuncia$|"
                       "denunciar|poursuite|poursuites|poursuivre en justice|action en justice|actions en justice|"
                       "action juridique|mise en demeure|porter plainte|recours juridique|procedure judiciaire|"
                       "klage$|klage einreichen|verklagen|rechtliche schritte|rechtlichen schritte|"
                       "juristische schritte|gerichtlich|rechtsweg|abmahnung|processo judicial|processar|"
                       "acao judicial|medidas judiciais|medidas legais|notificacao extrajudicial|azione legale|"
                       "azioni legali|vie legali|causa legale|querela|diffida|juridische stappen|rechtszaak|"
                       "aanklagen|gerechtelijke stappen|ingebrekestelling|naar de rechter"),
         unless=r"processar (?:o|os|a|as|um|uma|seu|meu|nosso) (?:pagamento|pedido|dados|reembolso|cartao)|"
                r"poursuivre (?:la|les|nos|notre|cette)|(?:do|does|have|has) (?:you|teamflow) (?:ever )?(?:been )?"
                r"(?:sued|involved|face|had)",
         name="LEG1-action"),
    rule("LEG1", words("sue$|sue you|sue your|sue teamflow"),
         need=r"\bsue (?:you|teamflow|your|the company|them|for|over)|(?:will|going to|gonna|intend to|plan to|"
              r"consider(?:ing)?|prepared to|ready to|no choice but to|forced to|threaten(?:ed|ing)? to|would|"
              r"could|might|may|can) (?:\w+ )?sue\b", name="LEG1-sue"),
    rule("LEG1", words("attorney|attorneys|lawyer|lawyers|solicitor|solicitors|counsel|legal team|"
                       "legal department|law firm|our legal|legal counsel|legal representative|abogado|abogados|"
                       "abogada|avocat|avocats|anwalt|anwaltin|rechtsanwalt|anwalte|advogado|advogados|advogada|"
                       "avvocato|avvocati|advocaat|advocaten|juridische afdeling|departamento legal|"
                       "service juridique|rechtsabteilung|departamento juridico|ufficio legale"),
         need=_LAWYER_THREAT,
         unless=_COUNSEL_QUESTION, name="LEG1-lawyer"),
    rule("LEG2", words("regulator|regulators|regulatory inquiry|regulatory investigation|regulatory audit|"
                       "regulatory request|regulatory notice|regulatory action|regulatory complaint|"
                       "data protection authority|data protection authorities|supervisory authority|"
                       "information commissioner|ico$|cnil|aepd|garante|anpd|bfdi|datenschutzbehorde|"
                       "aufsichtsbehorde|autorite de controle|autoridad de control|autoridad de proteccion|"
                       "autoriteit persoonsgegevens|ftc$|federal trade commission|attorney general|"
                       "hhs$|office for civil rights|consumer protection|data protection commission|edpb|"
                       "ombudsman|the authorities|procon|regulador|regulateur|regolatore|toezichthouder|"
                       "autoridade nacional|fca$|finra|bafin|cnmv|amf$|consob|department of health|"
                       "health department|state department|ministry|ministerio|ministere|ministerium|ministero|"
                       "ministerie|government agency|federal agency|inspectorate|inspection|commissioner|"
                       "datenschutzaufsicht|landesbeauftragte|bundesbeauftragte|beauftragte fur datenschutz|"
                       "aufsicht|autorite|autoridad|autoridade|autorita|autoriteit|superintendencia|"
                       "agencia espanola|uodo|urzad ochrony|integritetsskyddsmyndigheten|imy$|datainspektionen|"
                       "engaged by the|on behalf of the"),
         need=r"inquir|enquir|investigat|audit|request|complain|complaint|report|\bfile\b|filing|lodge|notif|"
              r"contact|\bcase\b|reference|on behalf|we are|i am|this is|writing|pursuant|under article|opened|"
              r"launched|asked|asking|demand|summon|inspect|examin|review of|reclamacion|denuncia|plainte|signal|"
              r"beschwerde|meld|reclamacao|reclamo|segnala|klacht|investigacion|enquete|untersuchung|"
              r"investigacao|indagine|onderzoek|escalat|inform|involve|alert|provide|explain|demonstrate|"
              r"aufgefordert|anfrage|verfahren|prufung|stellungnahme|auskunft|darzulegen|requerimiento|solicitud|"
              r"expediente|demande|procedure|controle|solicitacao|processo|richiesta|procedimento|verzoek|"
              r"handhaving|wezwanie|postepowanie|begaran|tillsyn|documentation|safeguards|complies|compliance",
         unless=r"(?:do|does|have|has|would|will) (?:you|teamflow) (?:ever )?(?:\w+ )?(?:work|cooperate|comply|"
                r"report|notify|notified|inform|register|registered|approved)|(?:our|my) regulators? "
                r"(?:require|requires|mandate|mandates|expect|expects|need|needs|want|wants)|required by (?:our|"
                r"the) regulator|for (?:our )?regulatory (?:reasons|purposes|requirements)|audit (?:log|trail)s?",
         name="LEG2-regulator"),
    rule("LEG2", words("data protection authority|data protection authorities|supervisory authority|"
                       "information commissioner|ico$|cnil|aepd|garante privacy|garante per la protezione|anpd|"
                       "bfdi|datenschutzbehorde|aufsichtsbehorde|datenschutzaufsicht|landesbeauftragte|"
                       "autorite de controle|autoridad de control|autoriteit persoonsgegevens|"
                       "federal trade commission|attorney general|office for civil rights|"
                       "data protection commission|edpb|uodo|integritetsskyddsmyndigheten|datainspektionen"),
         doc_need=r"investigat|inquiry|enquiry|audit|complaint|\bcase\b|reference|notice|pursuant|on behalf of|"
                  r"we request|request (?:for|of) information|opened|proceeding|aufgefordert|verfahren|"
                  r"untersuchung|anfrage|enquete|plainte|investigacion|expediente|reclamacion|investigacao|"
                  r"indagine|onderzoek|klacht|postepowanie|utredning",
         unless=r"(?:do|does|have|has|would|will) (?:you|teamflow) (?:ever )?(?:\w+ )?(?:work|cooperate|comply|"
                r"report|notify|notified|inform|register|registered|approved)",
         name="LEG2-authority"),
    rule("LEG3", words("subpoena|subpoenaed|subpoenas|court order|court-ordered|search warrant|warrant$|warrants$|"
                       "legal hold|litigation hold|preservation letter|preservation notice|preservation request|"
                       "preservation order|discovery request|e-discovery|ediscovery|law enforcement|police|fbi$|"
                       "summons|deposition|affidavit|legal request|records request|notice to produce|"
                       "request for production|production of documents|custodian of records|certified copies|"
                       "served on|served upon|served with|service of process|citacion judicial|"
                       "orden judicial|requerimiento judicial|mandato judicial|ordonnance|requisition judiciaire|"
                       "injonction|citation a comparaitre|gerichtsbeschluss|gerichtliche anordnung|vorladung|"
                       "durchsuchungsbeschluss|beschlagnahme|ordem judicial|intimacao|mandado judicial|mandado de|"
                       "oficio judicial|ordine del tribunale|citazione in giudizio|dagvaarding|gerechtelijk bevel"),
         unless=r"(?:we|i) (?:have |already )?(?:filed|made|reported|called|contacted|informed) (?:a |the )?"
                r"(?:police|report)|police report (?:was|has been) filed|(?:do|does|how) (?:you|teamflow) (?:\w+ )?"
                r"(?:handle|respond|process|comply)", name="LEG3-order"),
    rule("LEG3", words("records|documents|logs|communications|emails|information about"),
         need=r"(?:request|need|require|asking|produce|provide|hand over|disclose|preserve)[^.!?]{0,150}(?:legal|"
              r"litigation|court|lawsuit|case no|case number|docket|proceedings?|trial|arbitration|"
              r"investigation)|(?:legal|litigation|court|lawsuit|proceedings?|trial|arbitration)[^.!?]{0,60}"
              r"(?:request|require|produce|provide|preserve|disclose)",
         unless=_COUNSEL_QUESTION, name="LEG3-records"),
    rule("LEG4", words("right to be forgotten|right to erasure|right of erasure|article 17|art. 17|art 17|"
                       "this is a deletion request|this is an erasure request|formal deletion request|"
                       "formal erasure request|gdpr deletion request|gdpr erasure request|derecho al olvido|"
                       "derecho de supresion|"
                       "derecho de cancelacion|droit a l'oubli|droit a l'effacement|droit de suppression|"
                       "recht auf vergessenwerden|recht auf loschung|direito ao esquecimento|"
                       "direito a eliminacao|direito ao apagamento|diritto all'oblio|diritto alla cancellazione|"
                       "recht op vergetelheid|vergeten te worden|recht op verwijdering|recht op gegevenswissing"),
         unless=r"deletion request (?:for|of) (?:a |the )?(?:task|project|board|file)", name="LEG4-right"),
    rule("LEG4", words("delete|deleting|deletion|erase|erasing|erasure|remove|removal|wipe|purge|forget|"
                       "borrar|borren|eliminar|eliminen|suprimir|supriman|effacer|effacez|supprimer|supprimez|"
                       "suppression|loschen|loeschen|loschung|apagar|apaguem|excluir|exclusao|eliminacao|"
                       "cancellare|cancellate|cancellazione|verwijderen|verwijder|wissen"),
         need=r"personal (?:data|information|info|details|records)|(?:all |any )?(?:of )?(?:my|our|his|her|their) "
              r"(?:personal )?(?:data|information|info|details|records)\b|data (?:about|on|of) (?:me|him|her|them)|"
              r"everything you (?:have|hold|store|keep) (?:on|about)|data subject|(?:former )?employee'?s? "
              r"(?:personal )?(?:data|information)|datos personales|mis datos|sus datos|donnees personnelles|"
              r"mes donnees|ses donnees|personenbezogenen daten|meine daten|seine daten|ihre daten|"
              r"dados pessoais|meus dados|seus dados|dati personali|i miei dati|i suoi dati|persoonsgegevens|"
              r"mijn gegevens|zijn gegevens",
         doc_need=r"gdpr|dsgvo|rgpd|lgpd|ccpa|cpra|\bavg\b|privacy|data protection|right to|derecho|droit|recht|"
                  r"direito|diritto|article 17|art\.? ?17|personal|personnelles|personales|personenbezogen|"
                  r"pessoais|personali|persoonsgegevens|proteccion de datos|protection des donnees|datenschutz|"
                  r"protecao de dados|protezione dei dati|gegevensbescherming",
         unless=r"(?:requested|asked for|submitted|sent|made|filed) (?:a |the |our |their |my )?(?:deletion|"
                r"erasure)|after (?:a|the|our|my|their) (?:deletion|erasure) request|despite (?:a|the|our|my|their) "
                r"(?:deletion|erasure)|"
                r"(?:how|when) (?:do|does|long|will) (?:you|teamflow|it)|retention (?:policy|period)|"
                r"(?:delete|remove|erase) (?:a|the|this|that|one|some|old|duplicate|completed|archived) (?:task|"
                r"project|board|comment|file|column|tag|label)", name="LEG4-erase"),
    rule("LEG5", words("infring|dmca|takedown|take-down|take down notice|intellectual property|trade secret|"
                       "trade secrets|counterfeit|plagiar|copyright|trademark|trademarks|patent|patents|"
                       "derechos de autor|propiedad intelectual|marca registrada|droit d'auteur|droits d'auteur|"
                       "propriete intellectuelle|contrefacon|marque deposee|urheberrecht|markenrecht|"
                       "geistiges eigentum|patentverletzung|direitos autorais|propriedade intelectual|"
                       "diritto d'autore|diritti d'autore|proprieta intellettuale|marchio registrato|"
                       "auteursrecht|intellectueel eigendom|merkenrecht|octrooi|inbreuk"),
         need=r"infring|violat|dispute|claim|notice|dmca|takedown|take down|without (?:permission|authori[sz]ation|"
              r"consent|license|licence|credit)|unauthori[sz]ed|stolen|stole|cop(?:y|ied)|using our|used our|"
              r"uses our|own(?:s|ed)? (?:the|this|our)|owner|holder|protected|registered|pirat|illegal|remove|"
              r"misuse|ripped off|counterfeit|plagiar|legal|trade secret|infraccion|violacion|contrefacon|"
              r"violation|verletz|verstoss|violacao|violazione|inbreuk|sin permiso|sans autorisation|"
              r"ohne erlaubnis|sem permissao|senza autorizzazione|zonder toestemming",
         unless=r"all rights reserved|\(c\)|©|patent pending|patent-pending|copyright \d{4}|copyright (?:year|"
                r"footer|text|notice|line)|(?:change|remove|edit|update|hide) (?:the |our )?(?:copyright|trademark)|"
                r"who owns (?:the )?(?:content|data|ip)",
         name="LEG5-ip"),
)

IMMEDIATE_RULES: tuple[Rule, ...] = (*SECURITY, *OUTAGES, *LEGAL)
