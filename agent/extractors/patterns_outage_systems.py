"""Rules of the Service Outages group for the parts under the product: API, infrastructure, database (OUT2-OUT4).

A failing public API, stopped background work (reminders, automations, imports) or database errors,
in English, Spanish, French, German, Portuguese, Italian and Dutch. The customer's own servers,
scripts and databases, and resolved incidents (``RESOLVED``), keep them precise.
"""

from __future__ import annotations

from .lexicon import (
    EACH_FIXED,
    EVENTUALLY_LOADS,
    SAME_AT_THEIRS,
    STRONG_DOWN,
    Rule,
    rule,
    words,
)
from .patterns_outage import RESOLVED

OUTAGES_SYSTEMS: tuple[Rule, ...] = (
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
                r"unavailable|50[234]))|retry policy|retries|backoff\b|dead-letter|politica de retries|trying to "
                r"understand|tentar perceber|intentando entender|essaie de comprendre|versuche zu verstehen|"
                r"cercando di capire|probeer te begrijpen|header|(?:on|for|with) (?:\d{3}s|5xx|4xx)\b|"
                # a question about a coming window: "Pendant ce créneau, l'API sera-t-elle totalement indisponible ?"
                r"(?:sera-t-(?:elle|il)|will (?:it|the api|api calls?|calls?|requests?) be|(?:la api )?estara|"
                r"wird (?:die api|sie|es)|sara|zal (?:de api|het)|vai (?:a api )?(?:estar|ficar))\b[^.!?]*\?|"
                + RESOLVED,
         doc_unless=r"(?:aren'?t|are not|isn'?t|is not|not) seeing (?:anything like|the same|it)|"
                    # the payment processor is what fails (FIN2), the billing API only passes its error on
                    r"payment (?:processor|gateway|service provider)|\bpsp_|processor_error|gateway_unreachable|"
                    r"pasarela de pago|passerelle de paiement|zahlungsanbieter|gateway de pagamento|"
                    # the status page is green and a colleague's copy of the same script works
                    r"status page says (?:everything|all)(?: is| looks)? (?:fine|green|ok|operational|normal)|"
                    r"(?:coworker|colleague|teammate)'?s? (?:\w+ ){0,6}works|"
                    r"(?<!not )only (?:us|our account|"
                    r"for us|affecting us)|something about our (?:account|data|workspace)|what'?s different about our|"
                    r"only on our own account|"
                    # the customer's own receiver was down on purpose: "nothing is wrong on your side"
                    r"nothing (?:is|was) wrong on your (?:side|end)|(?:our|my) own (?:scheduled |planned )?"
                    r"maintenance|" + EVENTUALLY_LOADS,
         guard="hypo", name="OUT2-api"),
    # OUT3: core infrastructure
    rule("OUT3", words("server$|servers|infrastructure|data center|datacenter|data centre|region$|cluster|"
                       "background jobs|background processing|job queue|queue$|queues|workers|storage|"
                       "authentication service|"
                       "auth service|"
                       "login service|sso service|search service|email delivery|servidor|servidores|serveur|"
                       "serveurs|infraestructura|infrastructure|rechenzentrum|infraestrutura|"
                       "servizio di autenticazione"),
         need=STRONG_DOWN + r"|crash|fail|halted|\bdied\b|\bdead\b|gave up|stopped (?:running|processing|working)|"
              r"not (?:running|processing)|"
              r"overloaded|out of (?:memory|disk)|not sending|stuck|backed up|backlog|not moving|hung|sits? in|"
              r"sitting in|queued|platform-side|delayed for (?:hours|everyone)|delayed\b[^.!?]{0,40}(?:all|every) "
              r"(?:customers|users|accounts)|(?:job queue|queue|"
              r"jobs?) (?:is )?delayed",
         unless=r"(?:our|my) (?:own |internal |local |mail |smtp |file ){0,2}(?:server|servers|infrastructure|storage|"
                r"data ?cent|cluster)|smtp|mail server|storage (?:limit|quota|space|plan|usage)|"
                # a guess asked as a question: "ligt jullie server plat of zo?"
                r"\b(?:of zo|or something|o algo|ou quoi|oder so|o qualcosa|ou algo assim)\W*\?|" + RESOLVED,
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
              r"nao foram|no se (?:han )?(?:enviado|creado)|ne sont plus|nicht mehr|nichts mehr|nicht angelegt|"
              r"nicht erstellt|nicht verschickt|nicht versendet|non (?:sono|vengono)|niet meer|"
              r"halted|backed up|backlog|haven'?t (?:run|fired|gone out|been sent)|never (?:ran|run|fired|went out)|"
              r"no longer (?:run|fire|go out|arrive)|dead|frozen|hung|none of (?:the |our )?[^.!?]{0,60}(?:have|has|"
              r"were|"
              r"was|got) (?:been )?(?:created|sent|generated|triggered|run|fired)|(?:isn'?t|is not|aren'?t|"
              r"are not) running|"
              r"not one of (?:our|the) [^.!?]{0,60}(?:was|were|has been|have been) (?:created|sent|generated)|"
              r"none of (?:the |our )?[^.!?]{0,80}(?:(?:have|has) gone out|went out|got sent|ran|fired|(?:have|has) "
              r"appeared)\b|"
              r"not (?:been )?(?:created|generated|triggered)|\bno (?:[\w-]+ ){1,4}(?:got|have been|has been|were|was|"
              r"are being|is being) (?:created|sent|generated|triggered|run)\b|\bbroke\b|\bbroken\b|"
              r"(?:weren'?t|were not|wasn'?t|was not|haven'?t been|hasn'?t been) (?:generated|created|sent|run)|"
              r"(?:hasn'?t|has not|haven'?t|have not) (?:moved|happened|fired|run|gone out)|"
              r"\bnothing (?:\w+ ){0,8}(?:has )?happened since|\bnothing (?:\w+ ){2,8}(?:is|has been) happening\b|"
              r"ne partent plus|n'(?:est|sont) (?:plus )?generee?s?|"
              r"(?:est|sont) arretee?s?|plus aucune?|\baucune? (?:\w+ ){0,5}(?:n'est|ne s'est|ne sont|ne se sont|"
              r"n'a ete|n'ont ete)|s'est arrete|"
              r"\bno (?:[\w-]+ ){1,5}(?:ran|fired|went out|got triggered)\b|"
              # "No reminder emails, no pings on the phone, and the little bell in the corner is empty"
              r"\bno (?:\w+ )?(?:e-?mails?|pings?|alerts?|notifications?|reminders?),? (?:and )?no\b|"
              r"\bbell (?:\w+ ){0,4}(?:is |was |stays )?empty|nothing (?:has )?(?:come|came|gone|got) through",
         doc_need=r"outra workspace|otra workspace|un cliente nosso|autre espace|anderen arbeitsbereich|"
                  r"befreundete[rs]? (?:buro|betrieb|firma|unternehmen|praxis|verein)|(?:das|die|der) teamflow auch "
                  r"(?:nutzt|verwendet)|(?:a mate|a friend|"
                  r"someone) at another (?:\w+ )?"
                  r"(?:firm|company|agency|business|practice|school|club)|agence partenaire|partneragentur|(?:who|that|"
                  r"which) (?:also )?uses? (?:teamflow|you)\b|uses? "
                  r"(?:teamflow|you) (?:too|as well)|(?:they'?ve|they have|they) all (?:noticed|seen|got|had|have) the "
                  r"same|partnerfirma|agencia parceira|agencia socia|agenzia partner|"
                  r"partnerbureau|(?:qui|que|die|che|who|which) (?:a|tiene|hat|tem|ha|heeft|has) (?:son|su|ihr|seu|sua|"
                  r"il suo|hun|zijn|its|their|her|his) (?:propre |eigenes |eigen |proprio |propria |own |separate )"
                  r"?(?:compte|cuenta|konto|conta|account)|(?:different|separate|another) (?:teamflow )?account|"
                  r"autre compte|otra cuenta|outra conta|altro account|ander account|anderes konto|"
                  r"un altro workspace|een andere workspace|"
                  r"(?:other|partner|sister|several|multiple|many|\d+|two|three|four|five) (?:\w+ ){0,2}(?:customers|"
                  r"companies|agencies|clients|workspaces|tenants|organi[sz]ations|firms|businesses|clubs|societies|"
                  r"schools|charities|practices|clinics|shops|associations|leagues)|everyone (?:we "
                  r"know|else)|all (?:of )?(?:our|the) (?:workspaces|clients|customers)|not (?:just|only) us|"
                  r"status page|platform[- ]wide|across (?:all|every)|another (?:company|firm|business|agency|"
                  r"customer|co\b)|(?:at|from|in|with) another (?:\w+ ){0,2}(?:group|franchise|chain|brand|operator|"
                  r"company|business)|(?:theirs|his|hers) (?:didn'?t|did not|wasn'?t|weren'?t|never) (?:\w+ )?"
                  r"(?:either|too|as well)|(?:partner|sister) (?:company|firm|agency|business|organi[sz]ation)|"
                  r"not (?:just|"
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
                  r"other (?:people|users|customers) (?:are )?saying|"
                  # "una mia amica ... usa anche lei TeamFlow: da lei stessa cosa"
                  r"usa anche (?:lei|lui|loro) teamflow|(?:also|too) uses? teamflow|usa tambien teamflow|"
                  r"utilise aussi teamflow|nutzt auch teamflow|tambem usa o teamflow|gebruikt ook teamflow|"
                  r"da (?:lei|lui|loro) (?:la )?stessa cosa|"
                  # "la collega dell'Unione dei Comuni che vi usa anche lei, stessa cosa da loro"
                  + SAME_AT_THEIRS + r"|"
                  # "People in the TeamFlow users Facebook group say the same thing"
                  r"(?:facebook|whatsapp|reddit|slack|discord|telegram|linkedin|users'?|user|customers'?) "
                  r"(?:\w+ )?(?:group|community|forum|thread)\b[^.!?]{0,40}(?:same|too|as well|also|report|complain)|"
                  # "sur la communauté TeamFlow ... une vingtaine d'équipes qui ont exactement le même problème"
                  r"(?:vingtaine|dizaine|douzaine|dozen|dozens|veintena|decena|dozzina|ventina|dutzend|dezena|"
                  r"vintena|tientallen) (?:d'|de |of |di |van |von )?(?:autres? |other |otros |altre |andere )?"
                  r"(?:equipes|teams|equipos|equipas|squadre|clients|clientes|empresas|entreprises|aziende|bedrijven|"
                  r"firmen|utilisateurs|users|usuarios)|(?:communaute|comunidad|comunidade|comunita) (?:de |di |da )?"
                  r"teamflow[^.!?]{0,120}(?:meme probleme|mismo problema|mesmo problema|stesso problema)",
         unless=RESOLVED.replace("planned|scheduled|", "planned|scheduled (?:maintenance|downtime)|")
         + r"|how (?:do|can)|(?:our|my) (?:own |internal )?(?:server|script|cron|queue)",
         # a list of past problems, "each was eventually resolved by your team"
         doc_unless=EACH_FIXED,
         guard="hypo", negatable=False, name="OUT3-jobs-stopped"),
    # OUT4: database connectivity
    rule("OUT4", words("database|databases|db$|data base|base de datos|base de donnees|datenbank|banco de dados|"
                       "base di dati|postgres|mysql|data store|datastore|primary store|primary data|data server|"
                       "data servers"),
         need=r"connect|connection|unreachable|\bdown\b|unavailable|time-?out|timing out|timed out|time out|offline|"
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
                r"customer database|contact database|knowledge ?base|(?:our|my) own (?:\w+ ){0,2}(?:database|db)\b|"
                r"on (?:our|my) (?:own )?server|" + RESOLVED,
         guard="hypo", name="OUT4-database"),
)
