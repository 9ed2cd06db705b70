"""Rules of the immediate tier's Service Outages group (OUT1-OUT5).

They decide critical misses, so they lean towards recall in English, Spanish, French, German,
Portuguese, Italian and Dutch; hypotheticals, negations and resolved or past incidents (``RESOLVED``)
keep them precise.
"""

from __future__ import annotations

from .lexicon import CANT, OWN_CONNECTION_DOWN, SCOPE_MANY, STRONG_DOWN, Rule, rule, words

RESOLVED = (r"(?:(?:zwei|drei|vier|mehrere|dos|tres|deux|trois|duas|due|tre|twee|drie) (?:\w+ )?(?:storungen|ausfalle|"
            r"caidas|interrupciones|pannes|interruptions|quedas|interrupcoes|interruzioni|storingen)|gutschrift|"
            r"credito de servicio|credit de service|credito di servizio|servicecredit|maintenance (?:prevue|programmee|"
            r"planifiee)|mantenimiento (?:programado|previsto|planificado)|"
            r"geplante wartung|wartungsfenster|manutencao (?:programada|prevista)|manutenzione (?:programmata|"
            r"prevista)|gepland onderhoud|(?:mode |fonctionner\S* (?:\S+ ){0,3})hors (?:ligne|connexion)|"
            r"modo (?:sin conexion|offline)|offline-modus|modalita offline|offline modus|between (?:roughly |about |"
            r"around )?\d{1,2}[:.h]\d{2} and \d{1,2}[:.h]\d{2}|paper trail|"
            r"for (?:your|the|our) records|no action (?:is )?needed|(?:has|have) been (?:fine|ok|okay|working|"
            r"stable|normal) (?:ever )?since|tout (?:fonctionne|marche|va bien) (?:depuis|de nouveau|a nouveau)|"
            r"todo funciona (?:desde|de nuevo|otra vez|bien)|alles (?:funktioniert|lauft) (?:wieder|seitdem)|"
            r"(?:lauft|funktioniert) (?:\w+ ){0,3}wieder (?:alles )?(?:normal|einwandfrei|problemlos)|behind us|"
            r"(?:nach dem|depuis la|apres la|despues de la|depois da|dopo la|na de) (?:\w+ )?(?:ausfall|storung|panne|"
            r"caida|queda|interruzione|storing)\b|"
            r"tudo (?:funciona|esta funcionando) (?:desde|de novo|bem)|tutto (?:funziona|va) (?:da allora|"
            r"di nuovo|bene)|alles werkt (?:weer|sindsdien)|(?:pendant|durante|wahrend|tijdens) (?:la |el |o |a |"
            r"il |de |der |dem )?(?:panne|caida|ausfall|queda|interruzione|storing|interrupcion)|"
            r"back (?:up|online|to normal)|\b(?:it'?s|its|it is|everything'?s|everything is) (?:all )?back\b|"
            r"since (?:it|the app|everything|teamflow|the service|things) (?:came|has come) back|came back (?:on its "
            r"own|by itself)|(?:and )?all is (?:fine|good|well|ok) (?:now|again)?|(?:everything|it|"
            r"all) (?:has|have) been working (?:perfectly|fine|normally|well|great)|"
            r"(?:last|previous|this past) (?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|night|weekend)'?s? (?:\w+ )?(?:outage|downtime|incident|disruption)|(?:outage|"
            r"downtime|incident|disruption) (?:\w+ ){0,3}(?:was|were|has been) (?:handled|dealt with|over|managed)|"
            r"(?:is|are|'s|was|were) (?:now )?(?:working|up|fine|ok|okay|stable) "
             r"(?:again|now)|(?:was|were|been|got|is|are|has been|have been) (?:now |finally |all )?(?:resolved|fixed|"
             r"restored|sorted)|thanks?(?: you)? (?:for|so much for) (?:fixing|restoring|resolving|sorting|the quick)|"
             r"(?:after|since|during|about|regarding|re:?) (?:the|last|yesterday'?s?|this morning'?s?) (?:\w+ )?"
             r"(?:outage|downtime|incident|disruption)|(?:previous|last|earlier|past|recent|yesterday'?s?|"
             r"last week'?s?|last month'?s?) (?:[\w']+ )?(?:outage|outages|downtime|incident|disruption)|"
             r"(?:has|have) behaved (?:ever )?since|"
             r"(?:planned|scheduled) (?:maintenance|downtime|outage|work|update|upgrade|migration)|maintenance window|"
             r"post-?mortem|\brca\b|root cause|status page history|"
             r"sla credit|service credit|credits? for|refund for|(?:outage|downtime|incident|"
             r"disruption)s? (?:\w+ ){0,2}"
             r"(?:last (?:week|month|year|quarter)|yesterday|earlier|ago|this past|in (?:the )?(?:past|last))|"
             r"(?:two|three|four|several|multiple|\d+|repeated|recent|frequent|many) (?:\w+ )?(?:outages|incidents|"
             r"disruptions)|further to|following (?:the|last|yesterday)|since the (?:\w+ )?(?:incident|outage)|"
             r"(?:is|was|'s) (?:now )?resolved|\[resolved\]|(?:it'?s|all|everything'?s?) (?:\w+ )?(?:fine|good|ok|"
             r"okay|working) now|fine now|works now|(?:days|weeks|months|hours) of (?:\w+ )?(?:downtime|outages?)|"
             r"downtime (?:on|of|for|in|with) (?:the |our |my )?(?:reminders?|notifications?|exports?|feature|"
             r"integration|sync|search|calendar|mobile)|status (?:page )?history|(?:in|during|throughout|for) "
             r"(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|"
             r"the (?:month|quarter) of)\b|uptime (?:report|was|for)|availability (?:was|for|report)|credit (?:due|"
             r"owed|under)|missed (?:our|a|the) deadline|lost (?:a|the|our) (?:deal|"
             r"client|customer)|cost us|(?:because of|due to|caused by) (?:your|the) (?:\w+ )?(?:downtime|"
             r"outages?)|^(?!.*(?:is down|are down|right now|currently|still down|since this|since \d))(?=.*\bsla\b))")

_ACCESS_FAIL = (r"(?:" + CANT + r"|locked out|(?:is|are|got|get|getting) (?:\w+ )?(?:errors?|\d{3}s?|a blank page|"
                r"timeouts?))(?: \w+){0,3}? (?:access|reach|load|open|log ?in|login|sign ?in|connect|get (?:in|into|"
                r"on)|use|work|out)")
_NOBODY_CAN = (r"(?:nobody|no ?one|none of (?:us|our \w+|the \w+|my \w+))\b[^.!?]{0,40}?\b(?:can|is able|are able|"
               r"could|(?:has|have) been able|was able|were able|"
               r"manages?)(?:n'?t|not)?(?: \w+){0,3}? (?:access|reach|load|open|log ?in|login|sign ?in|connect|get "
               r"(?:in|into|on)|use|work)|nadie\b[^.!?]{0,80}?\b(?:puede|pueden|consigue|logra)|no podemos|"
               r"(?:kommt|kommen) (?:\w+ ){0,2}(?:keiner|niemand)\b[^.!?]{0,40}\b(?:in die app|ins system|ins programm|"
               r"rein\b|auf die seite|in teamflow)|(?:keiner|niemand) kommt (?:\w+ ){0,3}(?:in die app|ins system|"
               r"rein\b)|"
               r"personne (?:ne peut|n'arrive|ne parvient)|ne pouvons (?:plus|pas) (?:nous )?(?:connecter|acceder|"
               r"ouvrir|utiliser|travailler|charger|entrer|rien)|impossible d|niemand (?:\w+ ){0,3}"
               r"kann|keiner (?:\w+ ){0,3}kann|konnen (?:uns )?(?:nicht|nicht mehr)|ninguem (?:\w+ ){0,3}(?:consegue|"
               r"pode)|nao conseguimos|nessuno (?:\w+ ){0,3}(?:riesce|puo)|non riusciamo|niemand (?:\w+ ){0,3}kan|"
               r"kunnen niet|nikt (?:\w+ ){0,3}nie moze|ingen (?:\w+ ){0,3}kan")

OUTAGES: tuple[Rule, ...] = (
    rule("OUT1", words("outage|outages|downtime|service disruption|disruption|ausfall|storung|panne$|pannes$|"
                       "caida del servicio|queda|interrupcion|interruption de service|interrupcao|"
                       "interruzione|disservizio|een storing|storing bij|storing in|down time|went down$|goes down$|"
                       "gone down$|going down$|"
                       "is down$|are down$|was down$|been down$|be down$|teamflow down$|site down$|app down$"),
         unless=RESOLVED + r"|(?:do|does|did) (?:you|teamflow) (?:have|offer|guarantee|publish|notify)|"
                r"(?:outage|disruption|downtime|incident) (?:\w+ ){0,3}(?:show up|appear|count|qualif|be credited|be "
                r"compensated)|credit (?:for|because of) (?:the|that|last|yesterday|friday|this morning)|"
                r"\bse quedan?\b|\bquedan? (?:en|con|a|como|bloquead|atascad|colgad|pillad)|\bquedamos\b|\bquedo a\b|"
                r"sufrimos (?:\w+ ){0,3}cortes|(?:cinco|varios|tres|dos|cuatro|\d+) cortes|"
                r"(?:storung|disruption|ausfall|outage) (?:der|des|of the|of our) (?:\w+ )?(?:schnittstelle|"
                r"integration|"
                r"interface|connector|konnektor|sync)|slows? down|slowed down|"
                r"scroll(?:ing)? down|drop-?down|shut(?:ting)? down (?:my|our|the) "
                r"account|cut(?:ting)? down|narrow(?:ing)? down|down ?grad|down ?load|breakdown|markdown|"
                r"countdown|down payment|down to|upside down|up and down|down the (?:list|page)|"
                r"(?:price|cost|number|usage|seats?|bill) (?:went|goes|gone|going) down|turn(?:ed)? down|payment|"
                r"checkout|processor|gateway|billing page|adyen|stripe|paypal|braintree|(?:van|car|truck|lorry|vehicle|"
                r"bus|boiler|printer|tractor)s? (?:\w+ )?(?:went|goes|is|was) down|(?:two|three|four|several|a few|"
                r"\d+) "
                r"(?:\w+ )?(?:days|weeks|months|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays) ago|"
                r"(?:lock|shut|calm|settle|"
                r"slow|narrow|track|write|put|break|cut|back|tone|water|wind)(?:s|ed|ing)? (?:it|this|that|things|"
                r"everything|them) down|(?:our|my|the office|the home) (?:office |home |own )?(?:internet|wifi|"
                r"wi-fi|network|connection|vpn|isp|router|power|laptop|computer|phone|broadband|fibre|fiber|dsl|modem)|"
                r"(?:our |the )?building'?s? (?:internet|wifi|network|connection|power)|(?:fibre|fiber|internet|"
                r"broadband|isp|network|phone|power|electricity) (?:provider|company|supplier) (?:had|has|having) "
                r"(?:an? )?(?:outage|problem|fault)|(?:power|electricity|grid|water|gas) (?:outage|cut|failure)s?|"
                r"(?:track|log|record|monitor|write up|writes up|document)s? (?:\w+ ){0,2}outages?\b",
         # a builder's site "down for the weekend"; money back for a disruption that is over
         doc_unless=r"(?:in|en|em|im) (?:january|february|march|april|may|june|july|august|september|october|"
                    r"november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                    r"diciembre|marco)\b[^.!?]{0,40}(?:was|were) (?:down|unavailable|offline) (?:for )?(?:about |"
                    r"around |"
                    r"roughly |over )?\d+ (?:hours|minutes|days)|"
                    r"(?:construction |building |job |work )?site (?:is )?down for the "
                    r"(?:weekend|holidays?|night|week)|(?:refund|rimborso|reembolso|remboursement|erstattung|"
                    r"terugbetaling|credit)\w* (?:\w+ ){0,6}(?:months?|mesi|meses|mois|monate|maanden|weeks?|"
                    r"settimane|semanas|semaines|wochen|weken)\b|" + OWN_CONNECTION_DOWN,
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
                       "niet bereikbaar|niet beschikbaar|ligt plat|liggen plat|lag plat|plat gegaan|plat ligt|"
                       "uit de lucht"),
         need=r"(?:teamflow|\bapp\b|application|\bsite\b|website|web ?app|platform|service|system|product|"
              r"dashboard|portal|servers?|workspace|instance|whole thing|login page|sign-?in page|"
              r"home ?page|(?:it|everything)(?:'s| is| was| has been| seems(?: to be)?| appears(?: to be)?| went| "
              r"goes| keeps going)? (?:completely |totally |still |now |currently |just )?(?:down|offline|"
              r"unreachable|unavailable|inaccessible|dead)\b|plataforma|servicio|aplicacion|sitio|sistema|todo\b|"
              r"plateforme|"
              r"l'appli|le site|tout\b|plattform|dienst|anwendung|seite|alles|plataforma|servico|aplicativo|"
              r"\bsite\b|sistema|tudo\b|piattaforma|servizio|applicazione|\bsito\b|tutto\b|platform|dienst|"
              r"applicatie|systeem|alles\b)",
         unless=RESOLVED + r"|site (?:is )?down for the (?:weekend|holidays?|night|week)|(?:go|goes|going|gone|went) "
                r"down (?:well|badly|a treat|like)|"
                r"take (?:it|this|that|them|the \w+) down|taken down|slows? down|slowed down|"
                r"scroll(?:ing)? down|drop-?down|shut(?:ting)? down (?:my|"
                r"our|the) account|down ?grad|down ?load|breakdown|markdown|down the (?:list|page)|up and down|"
                r"(?:price|cost|number|usage|seats?|bill) (?:went|goes|gone|going|is|are) down|\bdead ?line|"

                r"(?:put|puts|putting|booked|books|wrote|writes|marked) [^.!?]{0,40}down as|"
                r"dead link|dead end|(?:feature|option|button|export|report|integration|view|field|template|"
                r"column|filter|setting)s? (?:is|are) (?:no longer |currently |temporarily )?(?:unavailable|not "
                r"available)|not available (?:in|on|for) (?:the |my |our )?(?:basic|pro|free|starter|plan|mobile|"
                r"country|region|language)|(?:user|person|member|colleague|contact|agent|manager|he|she) "
                r"(?:is|was) (?:unavailable|not available|offline)|status (?:is|shows) offline|offline mode|"
                r"works? offline|working offline|available offline|offline (?:access|support|sync)|payment|checkout|"
                r"processor|"
                r"gateway|billing page|adyen|stripe|paypal|braintree|card|(?:lock|shut|calm|settle|slow|narrow|track|"
                r"write|put|turn|break|cut|back|tone|water|wind)(?:s|ed|ing)? (?:it|this|that|things|everything|"
                r"them) down|(?:our|my|the office|the home) (?:office |home |own )?(?:internet|wifi|wi-fi|network|"
                r"connection|vpn|isp|router|power|laptop|computer|phone|broadband|fibre|fiber|modem)|"
                r"(?:our |the )?building'?s? (?:internet|wifi|network|connection|power)|(?:fibre|fiber|internet|"
                r"broadband|isp|network|phone|power|electricity) (?:provider|company|supplier) (?:had|has|having) "
                r"(?:an? )?(?:outage|problem|fault)|"
                # past outages named in a complaint, and a customer's own branded domain (ENT5)
                r"frecuentes|frequentes|frequent|repeated|recurring|constant|ripetut|haufige|wiederholte|"
                r"ultimos meses|last (?:few |couple of )?months|past (?:few )?months|derniers mois|letzten monaten|"
                r"ultimi mesi|afgelopen maanden|custom domain|white[- ]?label|dominio personalizado|"
                r"domaine personnalise|dominio personalizzato|dominio proprio|eigenen? domain|eigen domein|nossa marca|"
                r"nuestra marca|notre marque|unserer? marke|marque blanche|marca blanca|marca branca|"
                r"portal personalizado|knock-?down|knocked down|tear(?:ing)? down|torn down|pull(?:ing|ed)? down|"
                r"demoli",
         guard="hypo",
         doc_unless=r"(?:went|was|were) down (?:\w+ ){0,3}(?:two|three|four|several|a few|\d+) (?:\w+ )?(?:days|weeks|"
                    r"months|sundays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays) ago|(?:two|three|four|"
                    r"several|a few|\d+) (?:\w+ )?(?:days|weeks|months|sundays|mondays|tuesdays|wednesdays|thursdays|"
                    r"fridays|saturdays) ago,? (?:the )?(?:\w+ )?(?:was|were) (?:unavailable|down|offline)|"
                    r"since resolved|"
                    r"(?:was|were) (?:unavailable|down|offline) (?:for )?[^.!?]{0,30}(?:hours|minutes|days)[^.!?]{0,20}"
                    r"(?:across|in|during|over) (?:january|february|march|april|may|"
                    r"june|"
                    r"july|august|september|october|november|december|last month|the (?:last|past) (?:month|quarter))|"
                    r"(?:in|en|em|im) (?:january|february|march|april|may|june|july|august|september|october|"
                    r"november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                    r"diciembre|marco)\b[^.!?]{0,40}(?:was|were) (?:down|unavailable|offline) (?:for )?(?:about |"
                    r"around |"
                    r"roughly |over )?\d+ (?:hours|minutes|days)|"
                    r"not (?:dead dead|actually dead|literally dead)|al final carga|termina cargando|finit par "
                    r"(?:charger|s'afficher)|eventually loads|does load in the end|ladt am ende|acaba carregando|"
                    r"alla fine "
                    r"carica|laadt uiteindelijk|" + OWN_CONNECTION_DOWN,
         name="OUT1-down"),
    rule("OUT1", words("times out|timing out|timed out|time out|timeouts|keeps loading|never loads|won't load|"
                       "nothing loads|nothing is loading|nothing works|nothing opens|unable to reach|can't reach|"
                       "cannot reach"),
         need=r"login|log-?in|sign-?in|page|\bapp\b|site|teamflow|workspace|dashboard|everything|platform|"
              r"service|\bapi\b",
         also=SCOPE_MANY + r"|(?:my|our) (?:colleagues|coworkers|co-workers|teammates|team ?mates)|colleagues in|"
              r"offices|locations|for me and|in (?:\w+ )?(?:and|&) \w+",
         unless=r"slow|sluggish|(?:one|a single|one of (?:our|my)) (?:user|colleague|person)|only (?:me|for me|i)|"
                r"just me|except|everyone else|" + RESOLVED,
         doc_unless=OWN_CONNECTION_DOWN, guard="hypo", negatable=False, name="OUT1-timeouts"),
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
                r"just me|one (?:of our|user)|impossible de me\b|mes collegues (?:se connectent|n'ont|peuvent)|"
                r"sans probleme|mis companeros (?:pueden|si|no tienen)|meine kollegen (?:konnen|haben)|"
                r"i miei colleghi (?:possono|riescono|non hanno)|mijn collega'?s (?:kunnen|hebben geen)|"
                r"(?:os )?meus colegas (?:conseguem|podem|nao tem)|(?:my )?colleagues (?:can|are fine|have no|don'?t "
                r"have)|others can|everyone else can|\bpa(?:y|gar|yer|gare)\b|bezahlen|betalen|regler|payment|paiement|"
                r"pago|"
                r"zahlung|pagamento|betaling|checkout|no podemos esperar|can'?t wait|cannot wait|no podemos seguir|"
                r"can'?t go on like this|ne pouvons pas continuer|konnen so nicht|nao podemos continuar|"
                r"non possiamo continuare|zo kunnen we niet|"
                r"ne pouvons pas attendre|"
                r"konnen nicht warten|nao podemos esperar|non possiamo aspettare|kunnen niet wachten|"
                r"\b(?:in|en|im|no|na|su|op|with|con|avec|mit|com) (?:firefox|"
                r"chrome|safari|edge|opera)\b|arrastr|glisser|trascin|slepen|\bdrag|" + RESOLVED,
         doc_unless=OWN_CONNECTION_DOWN + r"|(?:our|the) (?:office |home )?(?:wifi|wi-fi|internet|network|connection|"
                    r"router) (?:\w+ )?(?:gave up|"
                    r"was down|went down|died|dropped|failed|was out)|(?:does|do|it) load(?:s)? (?:in the end|"
                    r"eventually|after)|takes? (?:\d+|a few|several) "
                    r"(?:seconds|secs|minutes) to (?:load|open)|(?:slow|sluggish|snail)|lentisim|\blent[ao]s?\b|"
                    r"langsam|\btraag\b|"
                    # the writer's colleagues work normally, or it happens only to them: one team's trouble
                    r"(?:mes )?collegues,? (?:eux,? )?(?:peuvent|arrivent|n'ont)|mis companeros,? (?:\w+,? )?(?:pueden|"
                    r"si "
                    r"pueden)|meine kollegen,? (?:\w+,? )?(?:konnen|haben keine)|colleghi,? (?:\w+,? )?(?:possono|"
                    r"riescono)|collega'?s,? (?:\w+,? )?kunnen|colegas,? (?:\w+,? )?(?:conseguem|podem)|"
                    r"colleagues,? (?:\w+,? )?(?:can|are fine)|solo nos pasa a|only happens to us|nur bei uns|"
                    r"seulement chez nous|so acontece (?:com|conosco)|solo a noi|alleen bij ons|"
                    r"asi no podemos trabajar|so konnen wir nicht arbeiten|on ne peut pas travailler comme ca|"
                    r"assim nao (?:podemos|conseguimos) trabalhar|cosi non possiamo lavorare|zo kunnen we niet werken",
         name="OUT1-nobody-can"),
    rule("OUT1", words("every page|all pages|every request|all requests|every screen|every link|each page|"
                       "every single page|every single request|each and every page|"
                       "whole site|entire site|internal server error|500 error|error 500$|server error|http 500$|"
                       "whole app|entire app|whole application|entire application|todas las paginas|"
                       "toda la aplicacion|toda la app|en toda la|error del servidor|error interno|"
                       "toutes les pages|toute l'application|toute l'appli|erreur serveur|erreur interne|"
                       "erreur du serveur|alle seiten|jede seite|die ganze app|die gesamte anwendung|"
                       "serverfehler|interner fehler|todas as paginas|toda a aplicacao|erro interno|"
                       "erro do servidor|tutte le pagine|tutta l'app|tutta l'applicazione|errore interno|"
                       "errore del server|alle pagina's|elke pagina|de hele app|serverfout|interne fout"),
         need=r"error|fail|5\d\d|time ?out|timing out|blank|crash|down|broken|not (?:load|work)|erreur|fehler|\berro|"
              r"went wrong|"
              r"errore|fout|falla|fallo|echec|no carga|ne charge|ladt nicht|nao carrega|non carica|laadt niet",
         doc_need=SCOPE_MANY + r"|every|all pages|whole|entire|todas|toutes|alle|tutte|elke|incluso|meme|sogar|"
                  r"\bjede[rsn]?\b|\bcada\b|\bchaque\b|\bogni\b|\biedere\b|"
                  r"inclusive|perfino|zelfs|even (?:the )?log ?in",
         unless=r"only (?:me|for me|that (?:board|project|page))|and only me|just me|"
                r"(?:isn'?t|is not|not|nicht|pas|no esta|nao esta|non e|niet) (?:\w+ )?(?:down|offline)|everything "
                r"loads|(?:takes?|taking|took) (?:\w+ )?\d+\+? ?(?:s\b|secs?|seconds?|minutes?)|\bslow|"
                r"(?:could not|couldn'?t|can'?t|cannot|fails? to|failed to) (?:save|post|upload|export|send|create|"
                r"add) "
                r"(?:a |the |this |my |our |any )?(?:comment|task|file|attachment|export|report)",
         guard="hypo", name="OUT1-every-page"),
    # OUT2: the public API
    rule("OUT2", words("api$|a p i$|apis$|api's|rest api|graphql|endpoints|endpoint|api calls|api requests|webhooks"),
         need=STRONG_DOWN + r"|(?:fail|error|5\d\d|tim(?:ing|es|ed) ?out|timeouts?)\w*[^.!?]{0,90}"
              r"(?:\ball\b|every|each|any|customers|clients|integrations|users|everyone|completely|companies|"
              r"agencies|partners|separate|across|ogni|cada|chaque|jede[rs]?|elke|toda|todas)|time (?:out|"
              r"outs) after \d+|"
              r"(?:tous les|todas las|alle|tutte le|todas as) (?:appels|llamadas|aufrufe|chiamate|chamadas|"
              r"aanroepen)\b.{0,120}?"
              r"(?:delai depasse|tiempo de espera|zeituberschreitung|timeout|time-out|tempo limite|scadut|\b5\d\d\b|"
              r"erreur|"
              r"error|fehler|errore|erro|fout)|"
              r"\bhanging\b|(?:\ball\b|every|each|"
              r"none of|elke|alle|cada|toda|todas|todos|"
              r"chaque|tous|"
              r"toutes|jede[rs]?|ogni|tutte|tutti) [^.!?]{0,40}(?:fail|error|5\d\d|time[- ]?outs?|timing out|timed out|"
              r"fout|fehler|erreur|\berro|errore)",
         unless=r"\b4\d\d\b|rate limit|deprecat|docs?\b|documentation|how (?:do|can|to)|example|\bsdk\b|"
                r"api key (?:page|setting)|(?:slow|latency|sluggish)(?![^.!?]*(?:\bdown\b|unreachable|"
                r"unavailable|50[234]))|retry policy|retries|backoff|dead-letter|politica de retries|trying to "
                r"understand|tentar perceber|intentando entender|essaie de comprendre|versuche zu verstehen|"
                r"cercando di capire|probeer te begrijpen|" + RESOLVED,
         doc_unless=r"(?:aren'?t|are not|isn'?t|is not|not) seeing (?:anything like|the same|it)|"
                    r"(?<!not )only (?:us|our account|"
                    r"for us|affecting us)|something about our (?:account|data|workspace)|what'?s different about our",
         guard="hypo", name="OUT2-api"),
    # OUT3: core infrastructure
    rule("OUT3", words("server$|servers|infrastructure|data center|datacenter|data centre|region$|cluster|"
                       "background jobs|job queue|queue$|queues|workers|storage|authentication service|"
                       "auth service|"
                       "login service|sso service|search service|email delivery|servidor|servidores|serveur|"
                       "serveurs|infraestructura|infrastructure|rechenzentrum|infraestrutura|"
                       "servizio di autenticazione"),
         need=STRONG_DOWN + r"|crash|fail|halted|\bdied\b|\bdead\b|gave up|stopped (?:running|processing|working)|"
              r"not (?:running|processing)|"
              r"overloaded|out of (?:memory|disk)|not sending|stuck|backed up|backlog|not moving|hung|sits? in|"
              r"sitting in|queued|platform-side|delayed for (?:hours|everyone)|(?:job queue|queue|"
              r"jobs?) (?:is )?delayed",
         unless=r"(?:our|my) (?:own |internal |local |mail |smtp |file )?(?:server|servers|infrastructure|storage|"
                r"data ?cent|cluster)|smtp|mail server|storage (?:limit|quota|space|plan|usage)|" + RESOLVED,
         guard="hypo", name="OUT3-infra"),
    rule("OUT3", words("reminder emails|reminder e-mails|automatic reminders|automatic emails|scheduled export|"
                       "scheduled exports|scheduled reports|automations|automation runs|"
                       "recurring tasks|background jobs|background job|jobs$|job queue|queue$|digests|reminders|"
                       "email notifications|notification emails|webhook deliveries|webhooks|scheduled stuff|"
                       "scheduled things|anything scheduled|everything scheduled|scheduled jobs|scheduled tasks|"
                       "auto lists|automatic lists|auto prep lists|that build every|that builds every|"
                       "built every night|"
                       "built every morning|generated every night|generated every morning|that generate every|"
                       "that run every night|that run every morning|runs every night|runs every morning|"
                       "supposed to repeat|that repeat every|happen by itself|happens by itself|happen on its own|"
                       "happens on its own|happen automatically|on a timer|checklist tasks|rule that moves|"
                       "rules that move|lembretes|tarefas recorrentes|automacoes|"
                       "jobs de background|promemoria|tache recurrente|rappels|arriere-plan|"
                       "recordatorios|tareas recurrentes|automatizaciones|taches recurrentes|automatisations|rappel$|"
                       "wiederkehrende aufgaben|automatisierungen|attivita ricorrenti|automazioni|terugkerende taken|"
                       "automatiseringen"),
         need=r"stopped|stuck|not (?:running|firing|being (?:sent|processed|delivered|run)|sent|processed|delivered)|"
              r"(?:didn'?t|did not) (?:run|fire|go out|come out|generate|build|arrive|appear)|parad[oa]s|nenhum|"
              r"nao foram|no se (?:han )?(?:enviado|creado)|ne sont plus|nicht mehr|non (?:sono|vengono)|niet meer|"
              r"halted|backed up|backlog|haven'?t (?:run|fired|gone out|been sent)|never (?:ran|run|fired|went out)|"
              r"no longer (?:run|fire|go out|arrive)|dead|frozen|hung|none of (?:the |our )?[^.!?]{0,60}(?:have|has|"
              r"were|"
              r"was|got) (?:been )?(?:created|sent|generated|triggered|run|fired)|(?:isn'?t|is not|aren'?t|"
              r"are not) running|"
              r"not one of (?:our|the) [^.!?]{0,60}(?:was|were|has been|have been) (?:created|sent|generated)|"
              r"none of (?:the |our )?[^.!?]{0,80}(?:(?:have|has) gone out|went out|got sent|ran|fired)\b|"
              r"not (?:been )?(?:created|generated|triggered)|\bno (?:[\w-]+ ){1,4}(?:got|have been|has been|were|was|"
              r"are being|is being) (?:created|sent|generated|triggered|run)\b|\bbroke\b|\bbroken\b|"
              r"(?:weren'?t|were not|wasn'?t|was not|haven'?t been|hasn'?t been) (?:generated|created|sent|run)|"
              r"(?:hasn'?t|has not|haven'?t|have not) (?:moved|happened|fired|run|gone out)|"
              r"\bnothing (?:\w+ ){0,8}(?:has )?happened since|ne partent plus|n'(?:est|sont) (?:plus )?generee?s?|"
              r"(?:est|sont) arretee?s?|plus aucune?|\baucune? (?:\w+ ){0,5}(?:n'est|ne s'est|ne sont|ne se sont|"
              r"n'a ete|n'ont ete)|s'est arrete|"
              r"\bno (?:[\w-]+ ){1,5}(?:ran|fired|went out|got triggered)\b",
         doc_need=r"outra workspace|otra workspace|un cliente nosso|autre espace|anderen arbeitsbereich|"
                  r"agence partenaire|partneragentur|partnerfirma|agencia parceira|agencia socia|agenzia partner|"
                  r"partnerbureau|(?:qui|que|die|che|who|which) (?:a|tiene|hat|tem|ha|heeft|has) (?:son|su|ihr|seu|sua|"
                  r"il suo|hun|zijn|its|their|her|his) (?:propre |eigenes |eigen |proprio |propria |own |separate )"
                  r"?(?:compte|cuenta|konto|conta|account)|(?:different|separate|another) (?:teamflow )?account|"
                  r"autre compte|otra cuenta|outra conta|altro account|ander account|anderes konto|"
                  r"un altro workspace|een andere workspace|"
                  r"(?:other|partner|sister|several|multiple|many|\d+|two|three|four|five) (?:\w+ ){0,2}(?:customers|"
                  r"companies|agencies|clients|workspaces|tenants|organi[sz]ations|firms|businesses)|everyone (?:we "
                  r"know|else)|all (?:of )?(?:our|the) (?:workspaces|clients|customers)|not (?:just|only) us|"
                  r"status page|platform[- ]wide|across (?:all|every)|another (?:company|firm|business|agency|"
                  r"customer|co\b)|(?:partner|sister) (?:company|firm|agency|business|organi[sz]ation)|not (?:just|"
                  r"only) "
                  r"(?:for )?us\b|friend'?s (?:company|firm|business|agency|shop|office)|"
                  r"friend (?:who|at|in)|(?:mate|buddy|pal|friend|neighbou?r) who runs|(?:also|too|"
                  r"as well) on teamflow|"
                  r"on teamflow (?:too|as well)|across town on teamflow|community (?:page|forum)|"
                  r"utilise(?:nt)? aussi teamflow|"
                  r"(?:la )?meme chose chez (?:eux|lui|elle)|pareil chez (?:eux|lui|elle)|theirs stopped too|"
                  r"says theirs|"
                  r"(?:clinic|practice|shop|store|firm|company|business|school|office|member) in our (?:buying group|"
                  r"network|group|cooperative|association)|(?:loads|"
                  r"lots) of other (?:people|users|customers)|"
                  r"other (?:people|users|customers) (?:are )?saying",
         unless=RESOLVED.replace("planned|scheduled|", "planned|scheduled (?:maintenance|downtime)|")
         + r"|how (?:do|can)|(?:our|my) (?:own |internal )?(?:server|script|cron|queue)",
         guard="hypo", negatable=False, name="OUT3-jobs-stopped"),
    # OUT4: database connectivity
    rule("OUT4", words("database|databases|db$|data base|base de datos|base de donnees|datenbank|banco de dados|"
                       "base di dati|postgres|mysql|data store|datastore|primary store|primary data"),
         need=r"connect|connection|unreachable|\bdown\b|unavailable|timeout|timing out|timed out|time out|offline|"
              r"not responding|error|failure|failed|fails|could not|couldn'?t|can'?t|unable|lost|refused|crash|"
              r"conexion|connexion|verbindung|conexao|connessione|verbinding|erreur|fehler|\berro|errore|fout|"
              r"caid|en panne|nicht erreichbar|fora do ar|non raggiungibile|fehlgeschlagen|fallita|fallida|echouee|"
              r"mislukt|falhou",
         unless=r"how (?:do|can|to)|connect (?:my|our|a|the) (?:own |external )?(?:database|db)|import(?:ing)? "
                r"(?:from|our|a|the)|(?:our|my) (?:own |internal |external |local |sql |postgres |mysql )?(?:database|"
                r"db|crm)\b[^.!?]{0,30}(?:to|into|with|from) teamflow|(?:import|export|sync|connect|integrat)\w* "
                r"(?:\w+ ){0,3}(?:our|my) (?:own |internal |external |local )?(?:database|db|crm)|(?:our|my) own "
                r"(?:database|db)|"
                r"database (?:integration|import|export|of (?:contacts|customers|clients|leads))|"
                r"customer database|contact database|knowledge ?base|" + RESOLVED,
         guard="hypo", name="OUT4-database"),
    # OUT5: CDN / hosting / edge
    rule("OUT5", words("cdn|cloudflare|cloudfront|akamai|fastly|aws$|amazon web services|azure$|gcp$|"
                       "google cloud|hosting|hosting provider|host provider|hebergeur|hebergement|hospedagem|"
                       "alojamiento|proveedor de hosting|anbieter"),
         need=STRONG_DOWN + r"|error|issue|problem|fail|not (?:loading|resolving|working)|\b5\d\ds?\b|timeout|"
              r"blocked|ray id|incident|caid|panne$|pannes$|fehler|\berro|errore|storing",
         unless=r"(?:our|my) (?:own )?(?:aws|azure|hosting|cdn|cloudflare|gcp)|integration with aws|aws "
                r"(?:integration|account id|marketplace)|how (?:do|can)|(?:do|does) (?:you|teamflow) (?:use|host)|"
                r"where (?:do you|is) (?:host|data)|hosted (?:in|on) (?:aws|azure|gcp)\?|" + RESOLVED,
         guard="hypo", name="OUT5-provider"),
    rule("OUT5", words("502$|503$|504$|bad gateway|service unavailable|gateway timeout|gateway time-out|"
                       "err connection|err name not resolved|err ssl|nxdomain|dns probe"),
         unless=r"\bapi\b|payment|checkout|processor|billing|adyen|stripe|paypal|braintree|card|\bvat\b|\btotal\b|"
                r"pagamento|\bpago\b|paiement|zahlung|betaling|processador|procesador|processeur|\bpsp\b|"
                r"invoice|\bqty\b|[£€$]\s?\d|" + RESOLVED,
         doc_unless=r"payment (?:processor|gateway|provider)|pasarela|passerelle|zahlungs|gateway de pagamento|"
                    r"gateway di pagamento|betaalprovider|prestataire de paiement",
         guard="hypo", negatable=False, name="OUT5-edge"),
    rule("OUT5", words("ssl|tls$|certificate|cert$|dns$|certificado|certificat|zertifikat|certificato|certificaat"),
         need=r"expired|invalid|error|fail|not (?:resolving|valid|trusted|secure|private|right)|klopt niet|niet klopt|"
              r"stimmt nicht|n'est pas valide|no es valido|nao e valido|non e valido|falsch|incorrect|untrusted|"
              r"warning|"
              r"mismatch|err |nxdomain|can'?t be reached|could not be resolved|insecure|caducad|expirad|vencid|"
              r"invalid|expire|abgelaufen|ungultig|scadut|non valido|verlopen|ongeldig",
         unless=r"custom domain|white[- ]?label|dominio personalizado|domaine personnalise|dominio personalizzato|"
                r"dominio proprio|eigenen? domain|eigen domein|nossa marca|nuestra marca|notre marque|unserer? marke|"
                r"marque blanche|marca blanca|marca branca|portal personalizado|(?:our|my) (?:own |branded |"
                r"custom )?(?:domain|subdomain|"
                r"certificate|cert|dns|server|site|website)|branded|rebranded|vanity|sso certificate|"
                r"saml certificate|portal|client[- ]?(?:certificate|zertifikat\w*|cert)|reverse proxy|(?:our|unser\w*|"
                r"notre|nuestro|nosso|nostro|onze) (?:own |eigenes? |propre |propio |proprio |eigen |"
                r"reverse )?(?:proxy|"
                r"zertifikat\w*|certificat\w*)|(?:we|wir) "
                r"(?:renewed|erneuert)|renewed it|(?:onze|unsere?|notre|nuestr[oa]|noss[oa]|"
                r"nostr[oa]) (?:\w+ )?(?:eigen |"
                r"eigene |propre |propi[oa] |propri[oa] )?(?:website|site|domein|domain|dominio|domaine|webseite|sitio|"
                r"sito|webshop|winkel)|" + RESOLVED,
         doc_unless=r"custom domain|white[- ]?label|dominio personalizado|domaine personnalise|dominio personalizzato|"
                    r"dominio proprio|eigenen? domain|eigen domein|nossa marca|nuestra marca|notre marque|"
                    r"unserer? marke|nostro marchio|ons merk|marque blanche|marca blanca|marca branca|"
                    r"(?:our|my) (?:own |branded |custom )?(?:sub)?domain|branded|vanity|"
                    # a denial, now that a browser warning's own "niet privé" no longer counts as one
                    r"\bno (?:ssl|tls|certificate|cert) (?:error|warning|problem|issue)s?|(?:ssl|certificate|cert) "
                    r"(?:is|was) (?:fine|valid|ok)|not (?:an? )?(?:ssl|certificate|cert) (?:error|problem|issue)",
         guard="hypo", negatable=False, name="OUT5-cert"),
    rule("OUT5", words("static assets|assets|stylesheets|css$|javascript files|js files|scripts|fonts"),
         need=r"(?:not|fail|failing|won'?t|don'?t|doesn'?t|aren'?t|isn'?t|broken|error|404|403|timeout|blocked)",
         doc_need=r"\bcdn\b|cloudflare|cloudfront|akamai|fastly|edge (?:server|network|location)|static (?:assets|"
                  r"files)",
         unless=RESOLVED, guard="hypo", name="OUT5-assets"),
)
