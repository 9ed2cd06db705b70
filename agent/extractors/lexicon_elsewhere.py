"""Phrases that place an incident outside this customer's use of the product: another company's news, another
service's break-in, a vendor's pitch, the writer's own manual habit, a log checked and found clean.

Re-exported by ``lexicon``; kept apart to keep that module small.
"""

from __future__ import annotations

#: News about another vendor: "Just read that FlowBoard (one of your competitors I think?) had a big data breach".
#: A board of some firm, named by what it is: "das Board von einer Zahnarztpraxis", "the board of a law firm".
BOARD_OF_A = (r"(?:board|bord|projekt|project|tablero|tableau|quadro|progetto) (?:von|of|de|di|van|d') ?"
              r"(?:einer|eines|einem|an?|una?|une?|uma?|een)\b")
#: Another firm's board opened by mistake: "geht das board von einer anwaltskanzlei auf" names a firm, not a lawyer
#: of the writer's.
ANOTHER_FIRMS_BOARD = BOARD_OF_A + (r" (?:\w+ )?(?:anwalts\w*|kanzlei|law firm|bufete|despacho|cabinet|studio legale|"
                                    r"advocaten\w*)")
NEWS_ABOUT_OTHERS = (r"one of your competitors|"
                     # "saiu no jornal que um outro software de gestão de projetos ... teve vazamento"
                     r"saiu no jornal que|salio en (?:el periodico|las noticias) que|est paru dans le journal|"
                     r"stand (?:heute )?in der zeitung,? dass|e uscito sul giornale che|stond in de krant dat|"
                     # "Hier soir au journal de 20h il y avait un reportage sur un hôpital dont toutes les données..."
                     r"\b(?:au journal|aux infos|in den nachrichten|en el telediario|no telejornal|al telegiornale|"
                     r"in het journaal|on the news)\b[^.!?]{0,30}\b(?:il y avait|there was|hubo|gab es|c'era|havia|"
                     r"was er) (?:un|a|une|ein|eine|uma|een) (?:reportage|report|reportaje|bericht|servizio|reportagem|"
                     r"item)|"
                     r"(?:chez )?un de vos concurrents|bei einem ihrer konkurrenten|"
                     # "J'ai lu dans la presse que PlanPro ... a eu une panne"; "l'article sur la panne de PlanPro"
                     r"\b(?:lu|lei|li|gelesen|letto|gelezen|read|visto|vu|gesehen|seen|gezien) (?:\w+ ){0,2}(?:dans la "
                     r"presse|en la prensa|"
                     r"na imprensa|"
                     r"in der presse|sulla stampa|in de pers|in the press) (?:que|dass|che|dat|that)\b|"
                     r"\b(?:l'article|the article|el articulo|den artikel|o artigo|l'articolo|het artikel|\w*artikel|"
                     r"an article|un article|un articulo|um artigo|un articolo|een artikel) (?:sur|about|"
                     r"sobre|uber|su|over) (?:la |the |el |die |a |il |de |ein |einen |une |un |una |um |uma |een )?"
                     r"(?!(?:\w+ ){0,2}(?:your|teamflow|votre|vos|ihre\w*|eure\w*|jullie|vostr\w*|vuestr\w*|"
                     r"voss[oa])\b)"
                     r"(?:\w+ ){0,2}(?:panne|outage|caida|ausfall|queda|"
                     r"interruzione|storing|breach|fuite|fuga|leck|datalek)|"
                     r"en uno de sus competidores|num dos vossos concorrentes|presso un vostro concorrente|"
                     r"bij een van jullie concurrenten|dont (?:toute )?la presse a parle|"
                     # "Our COO read about that file-sharing company that leaked thousands of customer documents"
                     r"(?:read|saw|seen|heard) (?:about|of) (?:that|a|the|this) (?:[\w-]+ ){0,3}(?:company|firm|vendor|"
                     r"provider|tool|app|platform|service|business)\b|(?:read|saw|seen|"
                     r"heard) (?:in the news |online |today |yesterday )?"
                     r"(?:that|about) (?!you\b|teamflow\b|your\b|our\b|we\b|us\b)[\w.-]+ (?:\([^)]*\) )?(?:had|has|"
                     r"was|is|got|suffered)\b|"
                     # "Ik las vanochtend op het nieuws dat PlanHub ... een datalek heeft gehad"
                     r"\b(?:las|lazen|gelezen|zag|hoorde|lei|li|vi|lu|vu|las|gelesen|gehort|letto|visto|sentito) "
                     r"(?:\w+ ){0,3}(?:op het nieuws|in het nieuws|in de krant|in den nachrichten|in der zeitung|"
                     r"dans le journal|aux infos|en las noticias|en el periodico|no jornal|nas noticias|sul giornale|"
                     r"al telegiornale|in the news|online) (?:dat|dass|que|che|that) (?!teamflow|jullie|ihr|vous|"
                     r"ustedes|voces|voi|you)|"
                     # "in den Nachrichten kam heute, dass beim Dateidienst CloudBox ... Kundendaten abgeflossen sind"
                     r"\b(?:in den nachrichten|in der zeitung|in the news|en las noticias|en el periodico|dans les "
                     r"(?:infos|actualites|journaux)|aux infos|nas noticias|no jornal|nelle notizie|sul giornale|"
                     r"al telegiornale|in het nieuws|in de krant)\b[^.!?]{0,60}\b(?:beim|bei|at|chez|presso|bij) "
                     r"(?!teamflow|ihnen|euch|you|vous|voi|jullie)|"
                     # "ho letto sul Sole 24 Ore del data breach di un'altra piattaforma"
                     r"\b(?:di|de|d'|van|von|of|at) (?:un'|una |un |uma |une |een |einer |an? )?(?:altra|otra|outra|"
                     r"autre|"
                     r"anderen|andere|other|another) (?:piattaforma|plataforma|plateforme|plattform|platform)\b|"
                     # "uma plataforma de gestão de tarefas concorrente de vocês teve um vazamento"
                     r"\b(?:concorrente|concurrente|concurrent|konkurrent|competitor) (?:de|di|van|von|of) (?:voces|"
                     r"vos|ustedes|vous|ihnen|euch|vostr\w*|jullie|yours)\b|\b(?:na|en la|dans l'|dans la|in der|"
                     r"nell'|nella|in de|in het|on the|at the) (?:outra|otra|autre|anderen|altra|andere|other) "
                     r"(?:plataforma|plateforme|plattform|piattaforma|platform|empresa|entreprise|firma|azienda|"
                     r"bedrijf|company)\b|"
                     # another firm's own incident: "our payroll provider, PayWell, saying they had a data breach"
                     r"\b(?:provider|vendor|supplier|processor|bank|insurer|partner)\b[^.!?]{0,60}\b(?:they|it) "
                     r"(?:had|suffered|have had|has had) (?:a |an )?(?:data |security )?(?:breach|leak|hack|"
                     r"incident)|"
                     # "MedChart (our electronic health record vendor, not you!) had a data breach"
                     r"\bnot (?:you|teamflow)\b\W{0,3}had (?:a |an )?(?:data |security )?(?:breach|leak|hack|incident)|"
                     r"\b(?:vendor|provider|supplier|bank|insurer)'?s (?:data |security )?(?:breach|leak|hack|"
                     r"incident)\b|"
                     # "Our payroll provider got hacked"; "Our payroll provider (not you!) ... had a breach"
                     r"\b(?:provider|vendor|supplier|bank|insurer|processor) (?:got|was|has been|had been) (?:hacked|"
                     r"breached|compromised)\b|\(not (?:you|teamflow)\b|"
                     # "You've probably seen the news this week that Taskbeam leaked a pile of customer files"
                     r"\bseen the news (?:\w+ ){0,3}that (?!you\b|teamflow\b)[\w.-]+ (?:leaked|was|had|got|suffered)\b")

#: Another service's account broken into: "Our Google account got hacked", "someone got into our Google mailbox".
OTHER_SERVICE_HACKED = (r"(?:google|microsoft|gmail|outlook|office ?365|facebook|instagram|dropbox|icloud|apple|slack|"
                        r"zoom|linkedin|whatsapp) (?:\w+ ){0,2}(?:account|mailbox|workspace|e-?mail|inbox|"
                        r"page)s? (?:got|was|"
                        r"has been|were|have been) (?:hacked|compromised|taken over)|got into (?:our|the|"
                        r"my) (?:\w+ ){0,2}"
                        r"(?:google|gmail|microsoft|outlook|office ?365|facebook|instagram|dropbox|"
                        r"icloud) (?:\w+ ){0,2}"
                        r"(?:mailbox|account|inbox|workspace)|"
                        # "a phishing email let someone take over a colleague's Microsoft 365 mailbox"
                        r"\b(?:took|take|taken|taking) over (?:a colleague'?s |her |his |their |our |my |"
                        r"the )?(?:google|gmail|"
                        r"microsoft|outlook|office ?365|facebook|instagram|dropbox|icloud|slack|zoom) (?:\w+ ){0,2}"
                        r"(?:mailbox|account|inbox|workspace)")

#: A log checked and found clean: "there's nothing odd - no logins I don't recognise".
NOTHING_ODD = (r"\bno (?:logins|log-ins|sign-ins|sessions|devices) (?:that )?(?:i|we) (?:don'?t|do not) recogni[sz]e|"
               r"(?:there'?s|there is|found) nothing (?:odd|unusual|suspicious|strange)|"
               r"all (?:the )?sign-ins are (?:from )?"
               r"(?:our|us)\b")

#: A vendor's pitch to prevent incidents: "Ajudamos empresas SaaS a evitar vazamentos de dados".
AVOID_INCIDENTS = (r"(?:evitar|prevent|avoid|eviter|vermeiden|evitare|voorkomen|prevenir) (?:\w+ ){0,2}(?:vazamentos|"
                   r"fugas|fuites|leaks|breaches|lecks|datenlecks|violazioni|datalekken|incidentes|incidents)")

NOT_ABOUT_TEAMFLOW = (r"(?:nothing|niente|nulla|nada|rien|nichts|niets|niks) (?:\w+ )?(?:to do|a che (?:vedere|fare)|"
                      r"que ver|"
                      r"a ver|a voir|zu tun|te maken) (?:\w+ )?(?:with|con|avec|mit|com|met) (?:o |el |il )?teamflow")

#: The writer's own manual habit, not a connection someone else made ("we just paste Drive links into tasks").
JUST_PASTE = (r"\bwe (?:just|only|simply) (?:paste|copy|put|add|type|drop|link)\b|"
              r"(?:solo|solamente) (?:pegamos|copiamos)|on (?:colle|copie) juste|wir (?:kopieren|fugen) nur|"
              r"(?:so|apenas) (?:colamos|copiamos)|(?:incolliamo|copiamo) solo|we plakken (?:gewoon|alleen)")

#: A job title, not an incident: "We're hiring a Security Incident Manager and a Data Protection Lead".
JOB_TITLE = (r"\b(?:hiring|recruiting|looking to hire|vacancy for|job (?:ad|advert|posting) for|contratando|"
              r"recrutons|recrutamos|stellen (?:\w+ )?ein|assumiamo|zoeken (?:een|nieuwe)) (?:an? |our |un |une |"
              r"einen |eine |um |uma |een )?(?:new |nouveau |nuevo |neuen |novo |nuovo |nieuwe )?(?:\w+ ){0,3}"
              r"(?:manager|lead|officer|engineer|analyst|specialist|director|responsable|gerente|leiter\w*|"
              r"responsabile|medewerker)\b")

#: A break-in on a building site or in an office, not into the product: "a site security breach ... (fence cut)".
PHYSICAL_BREAK_IN = (r"\b(?:site|physical|building|warehouse|premises|compound|yard|depot) security breach|"
                     r"\bfence (?:was )?cut|\bburglar\w*|break-in")

#: A rights holder about their own work on someone's board: "eleven of my photographs ... displayed on a public board".
RIGHTS_HOLDERS_WORK = (r"\bmy (?:\w+ ){0,2}(?:photographs|photos|images|illustrations|drawings|designs|artwork|icons|"
                       r"fonts|typefaces|music|songs|texts|articles)\b")
