"""Rules of the priority tier: Enterprise Customer Issues and High-Value Accounts (Financial Impact joined here).

ENT1, HVA1 and HVA2 are facts (plan, contract value, Fortune 500), found in ``facts``. HVA3-5
fire on the words alone; the policy keeps them only for a major account. FIN3 fires for any
request for money back; the amount is read in ``facts`` and the policy compares it. The Financial
Impact rules (FIN1-5) are in ``patterns_financial``.
"""

from __future__ import annotations

from .lexicon import COMPETITORS, PROBLEM, Rule, rule, words
from .patterns_financial import FINANCIAL

ENTERPRISE: tuple[Rule, ...] = (
    rule("ENT3", words("one named person|a named person|one person on your side|a single person|one contact person|"
                       "single point of contact|one point of contact|dedicated person|persona de contacto fija|"
                       "una persona fija|interlocuteur unique|un interlocuteur dedie|feste ansprechperson|"
                       "festen ansprechpartner|uma pessoa fixa|un referente unico|een vaste contactpersoon|"
                       "een vaste persoon|vast aanspreekpunt|una persona fissa|una persona di riferimento|"
                       "someone who knows our account|one person who knows our account|dedicated account person|"
                       "an account person|our own account person|someone who knows our setup|"
                       "somebody who knows our setup|one person who knows our setup|one person at your end|"
                       "the one person at your end|one person at your side|someone at your end who looks after|"
                       "a name and a number|"
                       # "tener asignada una persona concreta de vuestro lado, alguien que conozca como trabajamos"
                       "una persona concreta|una persona asignada|persona de referencia|alguien que conozca como|"
                       "une personne attitree|une personne dediee|quelqu'un qui connait notre|eine feste person|"
                       # "qu'une personne soit à nouveau attitrée à notre compte"
                       "attitree a notre compte|attitre a notre compte|dediee a notre compte|soit a nouveau attitree|"
                       # "one person at TeamFlow assigned to us, who knows how we're set up"
                       "one person at teamflow|a person at teamflow assigned|someone at teamflow assigned|"
                       "who knows how we're set up|who knows how we are set up|"
                       "assigned to our account again|fest unserem konto zugeordnet|asignada de nuevo a nuestra cuenta|"
                       "jemanden, der unser|jemand, der unser|uma pessoa concreta|uma pessoa dedicada|"
                       "alguem que conheca a nossa|una persona dedicata|qualcuno che conosca il nostro|"
                       "iemand die ons bedrijf kent|iemand die onze|someone who knows how we work|"
                       "a person who knows how we work"),
         need=r"account|us\b|our|we|cuenta|compte|konto|conta|nostro|ons|nosotros|nous|uns|\bnos\b|vuestro lado|"
              r"votre cote|eurer seite|ihrer seite|vosso lado|vostra parte|jullie kant",
         unless=r"(?:i am|i'm|as) (?:the|your|their) ", guard="none", name="ENT3-one-person-for-us"),
    rule("ENT2", words("sla$|slas$|service level|service-level|uptime guarantee|uptime commitment|guaranteed uptime|"
                       "uptime sla|99.9|99,9|service credit|service credits|sla credit|response time guarantee|"
                       "acuerdo de nivel|nivel de servicio|niveau de service|service-level agreement|"
                       "nivel de servico|livello di servizio|dienstverleningsovereenkomst"),
         need=r"breach|violat|missed|\bmiss\b|not met|not been met|wasn'?t met|failed|fail|below|under\b|credit|"
              r"penalt|exceed|broke|broken|outside|didn'?t (?:meet|honou?r)|not (?:meet|honou?r|respect)|owed|"
              r"entitled|compensat|incumpl|infring|non respect|verletzt|nicht eingehalten|descumpr|violad|"
              r"niet nagekomen|hours? (?:late|overdue)|(?:days|hours) (?:without|and no|with no)|still (?:no|"
              r"waiting)|promised|"
              # "garantiza un 99,9% de disponibilidad y este mes llevamos 14 horas de caídas. Exigimos la compensación"
              r"caidas?|horas de|heures de panne|stunden (?:\w+ )?ausfall|horas fora|ore di (?:\w+ )?inattivita|uur "
              r"(?:\w+ )?storing|exigimos|exigeons|esigiamo|eisen|fordern",
         unless=r"what (?:is|are) (?:your|the) sla|(?:does|do|will) (?:the |our |your )?(?:\w+ )?(?:plan|tier|"
                r"subscription|contract) (?:come with|include|have|offer)\b[^.!?]*\?|"
                # a feature for the customer's own SLAs: "Feature idea: SLA breach warnings", "an 'SLA' field"
                r"feature (?:idea|request|wish|suggestion)|sla (?:breach )?(?:warnings?|alerts?|field|countdown|timer)|"
                r"\W?sla\W? field|about to breach\b|slas? with our (?:internal )?(?:customers|clients|users)",
         name="ENT2-sla"),
    rule("ENT2", words("guaranteed|promised|contractual|committed|contractually|garantiza|garantizan|garantit|"
                       "garantiert|garante|garantisce|garandeert|garantizado|garanti|garantido|garantito|"
                       "gegarandeerd"),
         need=r"(?:response|uptime|resolution|availability|reply) (?:time|window|target|sla)?|disponibilidad|"
              r"disponibilite|verfugbarkeit|disponibilidade|disponibilita|beschikbaarheid|tiempo de respuesta|"
              r"temps de reponse|reaktionszeit|tempo de resposta|tempo di risposta|reactietijd",
         also=r"contract|agreement|\bmsa\b|\bsla\b|enterprise|breach|violat|missed|not (?:met|honou?red)|contrato|"
              r"contrat|vertrag|contratto|contract|caidas|ausfall|panne|storing|inattivita|"
              r"(?:hours|days) (?:late|ago|without)|still",
         # a question about the terms: "¿Qué disponibilidad garantiza el plan Enterprise?"
         unless=r"\b(?:que|what|quelle?|welche[rs]?|quale|qual|wat) (?:\w+ )?(?:disponibilidad|availability|uptime|"
                r"disponibilite|verfugbarkeit|disponibilidade|disponibilita|beschikbaarheid|response time|tiempo de "
                r"respuesta)\b[^.!?]*\?",
         name="ENT2-promise"),
    rule("ENT3", words("go-to person|our go-to|point person|quarterly check-ins|has taken over our account|"
                       "taken over our account|your person at|our person at|our contact at teamflow|"
                       "our point person at|a direct number|"
                       "a name and a direct|named person|not the general queue|nuestra persona de contacto|"
                       "nuestro contacto en|notre interlocuteur|unser ansprechpartner|nossa pessoa de contato|"
                       "il nostro referente|onze contactpersoon"),
         need=r"who is|now|new|replace|name|direct|dedicated|assign|not the general|quien|qui est|wer ist|quem|"
              r"chi e|wie is|nuevo|nouveau|neue|novo|nuovo|nieuwe|left|bounce",
         unless=r"how (?:do|can) (?:i|we)|(?:i am|i'm) (?:the|your|their)", name="ENT3-our-person"),
    # "is it possible to have a named account manager we can go to directly?": a request put as a question
    rule("ENT3", words("possible to have a|possible to get a|could we have a|can we have a|could we get a|can we get a|"
                       "we'd like a|we would like a|i'd like a|we want a|we need a|possible to be assigned"),
         need=r"(?:account|success|relationship) manager|\bcsm\b|dedicated (?:contact|person|rep|manager)|named "
              r"(?:contact|person|account)|point of contact|go-to person",
         unless=r"(?:do|does) (?:you|teamflow) (?:offer|provide|have)|which plans?|what plans?|price|cost|"
                r"(?:vp|head|director) of customer success",
         guard="hypo", name="ENT3-asked-as-question"),
    rule("ENT3", words("customer success|key account|point of contact|dedicated support"),
         need=r"manager|\brep\b|representative|\bcsm\b|dedicated (?:contact|person|manager)|assigned|named contact",
         unless=r"(?:vp|head|director) of customer success|customer success (?:team )?(?:told|said|suggested)|escalat",
         name="ENT3-csm-weak"),
    rule("ENT3", words("success manager|account manager|account executive|csm$|dedicated manager|"
                       "dedicated contact|dedicated rep|dedicated representative|named contact|gestor de cuenta|"
                       "gerente de cuenta|responsable de compte|"
                       "gestionnaire de compte|charge de compte|kundenbetreuer|ansprechpartner|"
                       "account-manager|gerente de conta|gerente de sucesso|gestor de sucesso|gestor de exito|"
                       "gestor de exito dedicado|gestionnaire de succes|gestore del successo|gestore dell'account|"
                       "referente dedicato|accountmanager|vaste contactpersoon"),
         need=r"manager|\bcsm\b|dedicat|assign|named|our own|single|specific|persoonlijk|fester|dedie|dedicad|"
              r"executive|rep\b|representative|contact|cuenta|compte|kunden|conta|account|ansprechpartner",
         unless=r"(?:i am|i'm|i work as|my role as|my title is) (?:an?|the) (?:\w+ )?(?:account|success) "
                r"(?:manager|executive)|(?:account|success) managers? (?:at|for|of) (?!teamflow|your)\w+|"
                r"(?:vp|head|director) of customer success|customer success (?:team )?(?:told|said|suggested)|"
                r"escalat|(?:me|i'?m|i am|as) \(?(?:their|his|her|the client'?s|the customer'?s) account manager|"
                r"account manager (?:for|at|of) [\w&' -]+?(?:here\b|writing|\.)|^\W*account manager\b|"
                r"\w+, (?:senior )?(?:account|success) manager,|"
                # asked as a question about the offer, not for us: "Do you offer dedicated CSMs on Pro?"
                r"(?:do|does) (?:you|teamflow) (?:\w+ )?(?:offer|provide|have|include)|(?:which|"
                r"what) plans? (?:include|"
                r"come with|have)|how much (?:does|would|is|do)|\bcost|"
                # the contacts of the customer's own clients: "mit allen Firmennamen, Ansprechpartnern, Telefonnummern"
                r"ansprechpartnern\b|firmennamen|telefonnummern|(?:names|nombres|noms|namen|nomes|nomi) (?:\w+ ){0,3}"
                r"(?:contact persons|personas de contacto|contacts|ansprechpartner|contactpersonen)|"
                # the customer's own sales staff: "our account managers are creating the onboarding projects by hand"
                r"\bour (?:\w+ )?account managers (?:are|were|have|had|do|did|keep|still|now)\b|"
                # "it's just painfully slow and the account managers are grumbling"
                r"\bthe account managers (?:are|were|have|keep|all)\b|"
                r"\blet (?:\w+ ){0,4}account managers? go\b|one of our account managers|"
                # a vendor's own staff: "This morning their account manager sent me a screenshot"
                r"\b(?:their|his|her) account manager\b|"
                # nothing to change: "Rechnungsadresse und Ansprechpartner bleiben gleich"
                r"(?:bleiben|bleibt) (?:gleich|unverandert|dieselben?|wie bisher)|(?:stay|stays|remain|"
                r"remains) the same|"
                r"(?:restent|reste) (?:les memes|le meme|inchange)|(?:siguen|sigue) (?:siendo )?(?:igual|los mismos)|"
                r"(?:continuam|continua) (?:iguais|igual|os mesmos)|(?:restano|resta) (?:uguali|invariat)|"
                r"(?:blijven|blijft) (?:gelijk|hetzelfde|dezelfde)",
         # "Is it possible to have one named account manager ... assigned to us?" is the request itself
         guard="hypo", name="ENT3-csm"),
    rule("ENT4", words("custom integration|custom integrations|custom connector|custom api|custom-built|"
                       "custom built|bespoke|built for us|built specifically|built specially|specially built|"
                       "built especially|made specially for us|custom sso|custom webhook|custom sync|"
                       "custom plugin|custom script|custom middleware|tailored integration|custom development|"
                       "integracion personalizada|integration personnalisee|connecteur personnalise|"
                       "individuelle integration|kundenspezifische|integracao personalizada|"
                       "integrazione personalizzata|maatwerk"),
         need=PROBLEM, name="ENT4-custom"),
    rule("ENT4", words("built it|you built|your team built|delivered by your team|under sow|sow #|sow$|"
                       "statement of work|professional services|built by your|developed by your|your services people|"
                       "your services team|your consultants wrote|you wrote for us|"
                       "desarrollo su equipo|a medida|sur mesure|massgeschneidert|sob medida|su misura|op maat|"
                       "na zamowienie|skraddarsydd"),
         need=PROBLEM, also=r"integrat|connector|bridge|sync|api|webhook|plugin|conector|connecteur|schnittstelle|"
                            r"conector|connettore|koppeling|script|middleware|export|import|interface|link\b",
         name="ENT4-delivered"),
    rule("ENT4", words("entwickelt|gebaut|programmiert|implementiert|desarrollad|construid|developpe|construit|"
                       "realise|desenvolvid|construid|sviluppat|realizzat|ontwikkeld|gebouwd|implementierungsprojekt|"
                       "implementation project|onboarding project|proyecto de implementacion|projet d'implementation|"
                       "projeto de implementacao|progetto di implementazione|implementatieproject"),
         need=r"(?:ihr|euer) (?:team|entwickler|dienstleister)|(?:ihre|eure) (?:entwickler|berater)|von ihnen|"
              r"(?:su|vuestro) equipo|por ustedes|(?:votre|vos) (?:equipe|developpeurs|consultants)|par vous|"
              r"(?:sua|vossa|seu) (?:equipe|time)|por voces|(?:vostro|il vostro) (?:team|reparto)|da voi|"
              r"(?:jullie|uw) (?:team|ontwikkelaars)|door jullie|door u|your (?:team|engineers|developers|"
              r"professional services|consultants)|implement\w*projekt|implementation project|onboarding project|"
              r"implementacion|implementation|implementacao|implementazione|implementatie",
         also=r"schnittstelle|integration|integracion|integracao|integrazione|integratie|connector|conector|"
              r"connecteur|konnektor|connettore|koppeling|interface|api|webhook|sync|script|middleware|bridge",
         doc_need=PROBLEM + r"|nur noch|(?:keine|nicht) (?:\w+ )?mehr|ne \w+ plus|plus rien|ya no|nao \w+ mais|"
                  r"non \w+ piu|niet meer|\bfalha|\bfallo|\bechec|storing",
         unless=r"how (?:do|can)|(?:wie|comment|como|come|hoe) (?:kann|puis|puedo|posso|kan)",
         name="ENT4-built-by-you-ml"),
    # "your professional services people built us a link ... It was built specially for us": then it stopped
    rule("ENT4", words("built specially for us|built especially for us|made specially for us|built us a link|"
                       "built us a connection|built us an integration|built us a bridge|set up specially for us"),
         doc_need=PROBLEM + r"|nothing (?:has )?(?:appeared|arrived|come through|happened|comes through)|"
                  r"(?:hasn'?t|has not|haven'?t|have not) (?:appeared|arrived|worked|run)",
         unless=r"how (?:do|can)|\?", negatable=False, name="ENT4-built-for-us-stopped"),
    rule("ENT4", words("integration"),
         need=r"(?:you|your (?:team|engineers|developers|professional services|solutions team)) (?:\w+ )?(?:built|"
              r"developed|created|made|wrote|set up|implemented|delivered) (?:\w+ )?(?:for us|specifically)",
         also=PROBLEM, name="ENT4-built-for-us"),
    rule("ENT5", words("white-label|white label|whitelabel|white-labelled|white-labeled|white labelled|"
                       "custom-branded|custom branded|custom branding|branded portal|branded instance|"
                       "custom domain|vanity domain|vanity url|private instance|private deployment|private cloud|"
                       "with our colours and name|with our colors and name|with our logo and name|"
                       "with our name and colours|with our name and colors|with our name and logo|"
                       "dedicated instance|single-tenant|single tenant|on-prem|on-premise|on premise|"
                       "on-premises|self-hosted|self hosted|marca blanca|marque blanche|eigenes branding|"
                       "marca branca|marchio bianco|rebranded|re-branded|branded|own branding|brand colours|"
                       "brand colors|our brand|nossa marca|nuestra marca|notre marque|unserer marke|nostro marchio|"
                       "ons merk|portal personalizado|dominio personalizado|domaine personnalise|"
                       "dominio personalizzato|eigene domain|eigenen domain|eigen domein|a nos couleurs|"
                       "notre habillage|a nuestros colores|con nuestros colores|in unseren farben|"
                       "com as nossas cores|con i nostri colori|in onze kleuren|in our colours|in our colors|"
                       "in our own colours|in our own colors"),
         need=PROBLEM + r"|deploy|deployment|rollout|roll-out|migrat|certificat|zertifikat|certificado|certificaat|"
              r"erreur|fehler|\berro|errore|fout|ssl|dns|logo|branding|"
              r"showing (?:your|teamflow)|teamflow (?:logo|name|sender|defaults?|brand)|<no-reply@teamflow",
         # a question about the offer, not "Could you put our branding back?"
         unless=r"(?:do|does|can|could|will|would) (?:you|teamflow|we|i)\b(?! (?:please )?(?:put|bring|"
                r"restore|fix|change|switch|set) (?:\w+ )?(?:our|it|the|them|this) (?:\w+ )?(?:back|branding|logo|"
                r"colou?rs))[^.!?]*\?", name="ENT5-white-label"),
    # "unsere Mandanten sehen beim Login wieder das TeamFlow-Logo" on the white-label portal
    # "Your team set up a link for us last year ... Since Friday nothing's coming through"
    rule("ENT4", words("your team set up a link|you set up a link for us|your people set up|set up a link for us|"
                       "built a link for us|your team built a link|your people built"),
         doc_need=r"nothing'?s? (?:is )?coming through|(?:stopped|isn'?t|not|aren'?t) (?:coming|appearing|working|"
                  r"moving)|hasn'?t moved|no longer|broken|stopped",
         unless=r"how (?:do|can)|(?:can|could) (?:you|we) (?:set up|build)\b[^.!?]*\?", name="ENT4-link-built-for-us"),
    # "the version of TeamFlow with our name and colours on it ... is showing your logo and colours instead of ours"
    rule("ENT5", words("with our name and colours|with our name and colors|our name and colours on it|"
                       "our name and colors on it|our own version of|our colours on it|our colors on it"),
         doc_need=r"instead of ours|not set up|gone wrong|showing your|(?:isn'?t|is not|not) (?:working|loading)|"
                  r"error|broken|can'?t (?:get|log|reach)",
         unless=r"how (?:do|can)|(?:can|could|would) (?:we|i|you)\b[^.!?]*\?", name="ENT5-our-own-version"),
    rule("ENT5", words("teamflow-logo|teamflow logo|logo teamflow|logo de teamflow|logotipo de teamflow|"
                       "powered by teamflow|teamflow branding|teamflow-branding"),
         doc_need=r"white[- ]?label|mandantenportal|kundenportal|client portal|clients' portal|portail client|"
                  r"portal de clientes|portal do cliente|portale clienti|klantportaal|our (?:own )?domain|"
                  r"unser(?:em|es)? design|our (?:own )?design|our branding|notre habillage|a nos couleurs|"
                  r"marca blanca|"
                  r"marque blanche|marca branca|marchio bianco",
         unless=r"(?:do|does|can|could|will|would) (?:you|teamflow|we|i)\b[^.!?]*\?|how (?:do|can)",
         name="ENT5-product-logo-on-own-portal"),
    # the contract moved to another company's name ("need to be in Northwind Holdings B.V.'s name")
    rule("FIN5", words("agreement|contract|contrato|contrat|vertrag|contratto|overeenkomst"),
         need=r"(?:to be|be put|be moved|be transferred|be changed|be issued) (?:in|into|to|under) "
              r"(?:[\w.&-]+(?:'s)? ){1,5}name|need to be with (?:[\w.&-]+ ){1,5}instead of|"
              r"(?:should|must|needs? to) be in the name of|in the name of (?:[\w.&-]+ ){1,5}instead of|"
              r"(?:should|must|needs? to|will) be (?:in|under) (?:their|its|the new company'?s?|our new \w+'?s?) name|"
              r"(?:auf|unter) (?:die|den|das) (?:[\w.&-]+ ){0,4}(?:lauten|laufen)|lauten (?:auf|unter)|"
              r"etabli (?:\w+ )?au nom d|"
              r"stellen sie\b[^.!?]{0,140}\bauf (?:die|den|das)\b[^.!?]{0,100}\bum\b|"
              r"au nom de (?:[\w.&-]+ ){1,5}(?:\([^)]*\) )?au lieu de|op naam van (?:[\w.&-]+ ){1,5}zetten|"
              r"op naam (?:staan|komen) van|"
              r"op naam (?:komen|staan|gezet|zetten) van|op naam van (?:[\w.&-]+ ){1,5}(?:staan|komen|in plaats van)|"
              r"(?:auf|unter) (?:den|dem) namen|(?:mettre|passer|transferer|"
              r"etablir) (?:\w+ ){0,3}au nom d|(?:pasar|poner|transferir|emitir) (?:\w+ ){0,3}a nombre d|(?:passar|"
              r"colocar|transferir|emitir) (?:\w+ ){0,3}(?:em|no) nome d|"
              # "que o contrato e as faturas passem a estar em nome da Federação"
              r"(?:passem|passe|pasen|pase|passent|passe) a (?:estar|ficar|ser) (?:em|a) nom(?:e|bre) d|"
              # "Queria que vocês trocassem o titular do contrato e das notas fiscais para a nova empresa"
              r"\b(?:titular|titulaire|intestatario|contracthouder|vertragsinhaber|contract holder|account holder)\b"
              r"[^.!?]{0,60}\b(?:para a nova|para la nueva|pour la nouvelle|pour le nouveau|auf die neue|alla nuova|"
              r"naar de nieuwe|to the new|to our new)\b|"
              r"(?:intestare|passare|trasferire) (?:\w+ ){0,3}"
              r"a nome d|"
              r"(?:get|have) (?:the |our |their |this )?(?:\w+ ){0,2}(?:moved|put|transferred|changed|issued|switched) "
              r"(?:in|into|to|under) (?:[\w.&-]+(?:'s)? ){1,5}name|"
              r"\bput (?:our |the )?(?:\w+ )?(?:contract|invoices?|"
              r"billing)\b[^.!?]{0,40}\bin (?:(?:[\w.&-]+ ){0,4}[\w.&-]+'s?|the new "
              r"company'?s?|our new \w+'?s?) name",
         unless=r"how (?:do|can)|(?:do|does|can) (?:you|teamflow) (?:allow|support|offer)|is it possible|"
                r"(?:can|could) (?:i|we)\b[^.!?]*\?",
         guard="hypo", name="FIN5-in-new-name"),
    # a reseller's own-brand deployment that shows the product's name or logo to its clients
    rule("ENT5", words("under our own brand|under our brand|under our own name|we resell|resell teamflow|"
                       "sous notre marque|sous notre propre marque|bajo nuestra marca|bajo nuestra propia marca|"
                       "unter unserer marke|unter unserem namen|sob nossa marca|sob a nossa marca|"
                       "our clients sign in at|our clients log in through|our clients log in at|"
                       "our clients sign in through|"
                       "with our logo|with our logo and|our logo and colours|our logo and colors|"
                       "our users sign in at|sign in at our own|"
                       "con il nostro marchio|onder ons eigen merk|onder onze eigen naam"),
         doc_need=r"(?:your|teamflow'?s?) logo|teamflow\.com|no-?reply@teamflow|'teamflow' header|teamflow header|"
                  r"who teamflow is|teamflow (?:name|"
                  r"branding|appears|shows)|shows? (?:your|teamflow)|votre logo|su logo|ihr logo|seu logo|il vostro "
                  r"logo|jullie logo",
         unless=r"(?:do|does|can|could|will|would) (?:you|teamflow|we|i)\b[^.!?]*\?", name="ENT5-reseller-branding"),
)

HIGH_VALUE: tuple[Rule, ...] = (
    rule("HVA3", words("cancel|cancelling|canceling|cancellation|cancelation|not renew|not be renewing|"
                       "won't renew|won't be renewing|will not renew|non-renewal|not going to renew|"
                       "terminate|terminating|termination|leave teamflow|leaving teamflow|leave you|leaving you|"
                       "move away|moving away|switch away|look elsewhere|looking elsewhere|take our business|"
                       "end our|ending our|close our account|close my account|churn|reconsider|reconsidering|"
                       "last straw|fed up|done with|cancelar|cancelacion|dar de baja|no renovar|no renovaremos|"
                       "resilier|resiliation|ne pas renouveler|ne renouvellerons pas|kundigen|kundigung|"
                       "nicht verlangern|cancelamento|nao renovar|nao vamos renovar|disdire|disdetta|"
                       "non rinnovare|non rinnoveremo|opzeggen|opzegging|niet verlengen|annuler|"
                       "continue with teamflow|continue using teamflow|stay with teamflow|stick with teamflow|"
                       "whether we continue|whether to continue|whether we renew|whether to renew|"
                       "whether we stay|back to spreadsheets|back to excel"),
         need=r"subscription|account|contract|plan\b|service|membership|renewal|renew|teamflow|agreement|licen|"
              r"relationship|partnership|business|elsewhere|away|you\b|using|straw|fed up|done with|churn|"
              r"suscripcion|cuenta|contrato|servicio|abonnement|compte|contrat|vertrag|abo|konto|assinatura|"
              r"conta|abbonamento|contratto|abonnement|contract|rinnov\w*|renov\w*|renouvel\w*|verlanger\w*|"
              r"verleng\w*",
         unless=r"cancel (?:the|a|this|that|my|our) (?:invite|invitation|meeting|task|event|order|export|"
                r"upload|request|charge|invoice|duplicate|payment)|(?:do|does) (?:you|teamflow) (?:charge|"
                r"have|offer)|cancellation (?:fee|policy)[^.!]*\?", guard="hypo", name="HVA3-churn"),
    rule("HVA3", words("switch to|switching to|move to|moving to|migrate to|migrating to|go with|going with|"
                       "replace teamflow|replacing teamflow|alternatives|other options|other vendors|"
                       "another vendor|another tool|another provider|another platform|another solution"),
         need=COMPETITORS + r"|another (?:tool|vendor|provider|platform|solution|product|service)|(?:a|the) "
              r"competitor|alternatives?|other (?:options|vendors|tools|providers|solutions)|away from",
         unless=r"(?:switch|move|migrate)\w* (?:\w+ ){0,2}(?:to|over to) teamflow|from (?:asana|trello|monday|"
                r"clickup|notion|jira|basecamp|wrike|smartsheet|airtable)|switch to (?:the |our )?(?:annual|"
                r"monthly|pro|enterprise|basic|dark|light|list|board|kanban|gantt|calendar)",
         guard="hypo", name="HVA3-leaving"),
    rule("HVA4", words("asana|monday.com|trello|clickup|click up|notion|basecamp|wrike|smartsheet|airtable|"
                       "microsoft planner|ms planner|teamwork.com|zoho projects|todoist|teamgantt|proofhub|"
                       "competitor|competitors|competing|competition|competitive|cheaper|better offer|"
                       "better deal|better price|lower price|offered us|quote from|proposal from|evaluating|"
                       "evaluation|rfp$|shopping around|competencia|competidor|concurrent|concurrence|"
                       "wettbewerber|konkurrent|konkurrenz|concorrente|concorrencia|concorrenza|goedkoper|"
                       "mas barato|moins cher|gunstiger|mais barato|piu economico"),
         need=r"offer|quote|proposal|pricing|price|cheaper|\bless\b|discount|deal|switch|move|moving|migrat|"
              r"evaluat|consider|looking at|trial|pilot|compar|alternative|competitor|competi|better|instead|"
              r"versus|\bvs\.?\b|replace|\bpoc\b|\brfp\b|leave|leaving|barato|cher|gunstig|economico|goedkoper|"
              r"oferta|offre|angebot|proposta|aanbod",
         unless=r"integration|\bsync|connect|import(?:ed|ing)? (?:from|our)|export(?:ing)? to|webhook|plugin|"
                r"from (?:asana|trello|monday|clickup|notion|jira|basecamp|wrike|smartsheet|airtable) (?:to|into) "
                r"teamflow|cheaper (?:plan|tier|option) (?:for|on|in) teamflow|evaluation (?:period|trial|"
                r"licen[cs]e) (?:of|for) teamflow|"
                # a rival of the customer's own business, not another vendor of ours
                r"(?:man|woman|someone|somebody|person|guy|rep|salesman) (?:\w+ )?from (?:a |an |our )?(?:competitor|"
                r"competing|rival)|\b(?:jam|baking|cake|flower|garden|show|photo\w*|football|chess|quiz|sports?|art|"
                r"essay|talent|dance|singing|drawing|colouring|fishing|bowls|darts|scarecrow) competitions?\b",
         guard="hypo", name="HVA4-competitor"),
    rule("HVA5", words("more seats|additional seats|extra seats|more licenses|more licences|additional licenses|"
                       "additional licences|more users|additional users|expand|expanding|expansion|roll out|"
                       "rolling out|rollout|roll-out|other teams|another team|more teams|other departments|"
                       "another department|new department|new departments|new team|new office|new offices|"
                       "company-wide|company wide|organization-wide|organisation-wide|across the company|"
                       "entire company|whole company|upgrade|upgrading|grow|growing|scale up|scaling|"
                       "ampliar|expandir|mas licencias|mas usuarios|etendre|elargir|plus de licences|"
                       "erweitern|mehr lizenzen|mehr nutzer|expandir|mais licencas|mais usuarios|espandere|"
                       "piu licenze|uitbreiden|meer licenties|meer gebruikers"),
         need=r"seat|licen|user|team|department|office|compan|organi[sz]ation|division|business unit|"
              r"enterprise|plan|tier|teamflow|usage|contract|account|employees|people|staff|rollout|roll out|"
              r"expan|grow|licencia|licence|lizenz|licenca|licenza|licentie|usuario|utilisateur|nutzer|utente|"
              r"gebruiker|equipo|equipe|abteilung|dipartimento|afdeling",
         unless=r"auto-?upgraded|upgraded us without|without (?:asking|our consent|permission)|"
                r"before it grows|before it gets (?:bigger|worse)|"
                r"upgrade (?:the |your |our )?(?:browser|app|version|os|ios|android|chrome|firefox|safari|"
                r"windows|macos|server|integration|api)|(?:after|since) (?:the|your|an?) (?:upgrade|update)|"
                r"expand (?:the|a|all) (?:task|card|column|section|row|comment|view|sidebar|subtasks?)|"
                r"roll(?:ed|ing)? out (?:a |the |your )?(?:new |latest )?(?:update|version|release|feature|"
                r"change|fix|patch)|grow(?:ing)? (?:frustrat|tired|impatient|concerned)",
         guard="hypo", name="HVA5-expansion"),
)

PRIORITY_RULES: tuple[Rule, ...] = (*ENTERPRISE, *FINANCIAL, *HIGH_VALUE)
