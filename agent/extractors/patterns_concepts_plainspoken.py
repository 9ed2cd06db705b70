"""Concept rules for the immediate tier told by people who describe only what they saw.

An allotment society's headings "still there but when you click on them there is nothing inside" (SEC4); "the
part of TeamFlow that other programs send things to" answers "an error straight away, every time" for a dozen
little businesses (OUT2); "your program has been making us break those rules" of patient privacy (SEC5); "a
message from me ... telling the team to click a link ... I never wrote it!" (SEC3).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .patterns_concepts_ops import OTHER_COMPANIES
from .patterns_concepts_outsiders import TOLD_DATA
from .patterns_concepts_told import NOT_SENT_BY_THEM

#: Nobody on the team removed what is gone.
_NOBODY_DELETED = (r"(?:neither|none|nobody|no ?one) (?:of us )?(?:has |have )?(?:deleted|removed|emptied|touched)|"
                   r"(?:we|i) (?:didn'?t|did not|never|haven'?t|have not) (?:\w+ )?(?:delete|remove|empty|touch)|"
                   r"(?:same|the same) (?:for|on) (?:her|his|their|everyone'?s)|it'?s the same for")

CONCEPT_PLAINSPOKEN: tuple[Rule, ...] = (
    # "one of Quillon's support staff used that service account to open and download the 'Board Pack' ... Neither
    # project was ever in scope"
    rule("SEC1", words("used that service account|used the service account|used their service account|"
                       "used its service account|used his account to|used her account to|used their account to|"
                       "used that account to|used the shared account to"),
         need=r"open|download|export|view|access|read|cop(?:y|ied)|pull",
         doc_need=r"should only|only (?:supposed|meant|allowed)|not allowed|restricted|(?:never|not) in scope|"
                  r"nobody asked|no one asked|without (?:permission|authori[sz]ation|consent)|bypass",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:used|asked)", guard="hypo", negatable=False,
         name="SEC1-account-used-beyond-its-remit"),
    # "every one of the headings is still there but when you click on them there is nothing inside. Empty."
    rule("SEC4", words("nothing inside|nothing in them|nothing in it any more|empty inside|they're all empty|"
                       "they are all empty|all of them empty|all empty now|there's nothing there|"
                       "there is nothing there"),
         need=r"click|open|heading|folder|list|project|board|section|page|tab",
         doc_need=_NOBODY_DELETED,
         unless=r"how (?:do|can)|\?|filter|(?:new|empty) (?:project|board|list) (?:i|we) (?:just )?(?:made|created)|"
                r"template",
         guard="hypo", negatable=False, name="SEC4-headings-left-empty"),
    # "a card with my son's epilepsy care plan ... That card was meant to be staff-only ... three other parents have
    # seen it"
    rule("SEC1", words("meant to be staff-only|meant to be staff only|supposed to be staff-only|"
                       "supposed to be staff only|"
                       "meant to be private|supposed to be private|had it marked private|was marked private|"
                       "were marked private|meant to be hidden|supposed to be hidden|marked as private"),
         doc_need=r"(?:have|has|had) (?:all )?seen (?:it|them|this)|(?:could|can) see (?:it|them|everything)|"
                  r"saw (?:it|them)|"
                  r"showed me|visible to|(?:other|\d+|two|three|four|several) (?:other )?(?:parents|people|users|"
                  r"members|clients|customers|families|guests) (?:have |had )?(?:seen|saw|viewed|opened)",
         unless=r"how (?:do|can)|\?|(?:should|want|need|would like) (?:it |them |this )?(?:to )?be",
         guard="hypo", negatable=False, name="SEC1-private-card-seen"),
    # "a comment appeared from her account ... with a link to a page that looks exactly like our staff login"
    rule("SEC3", words("looks exactly like our|looks just like our|looks exactly like the|fake login page|"
                       "fake sign-in page|fake sign in page|a copy of our login"),
         need=r"link|page|login|sign",
         doc_need=r"on (?:annual )?leave|on holiday|(?:hasn'?t|has not|haven'?t) touched|wasn'?t (?:me|her|him)|"
                  r"never (?:wrote|sent|posted)|(?:didn'?t|did not) (?:write|send|post)|from (?:her|his|their|"
                  r"my) account",
         unless=r"how (?:do|can)|\?|(?:want|like|make) (?:it|ours|our \w+) (?:to )?look", guard="hypo",
         negatable=False, name="SEC3-lookalike-login-in-a-colleagues-name"),
    # "Every TeamFlow page has said 'We're having trouble loading your workspace' for an hour now, for all 30 of us"
    rule("OUT1", words("having trouble loading|trouble loading your workspace|can't load your workspace|"
                       "couldn't load your workspace|unable to load your workspace"),
         doc_need=r"all (?:\d+|of) (?:of )?us|for (?:all|every) (?:of us|one|\d+)|everyone|everybody|nobody|no ?one|"
                  r"none of (?:us|them)|whole (?:team|company|office)|every (?:page|user|one of us)",
         unless=r"how (?:do|can)|\?|only (?:me|for me|my)|just me", doc_unless=r"(?:it'?s |it is )?(?:only|just) (?:me|"
         r"my (?:laptop|computer|phone))", guard="hypo", negatable=False, name="OUT1-workspace-will-not-load"),
    # "a link written in a particular way ends up running JavaScript in the browser of whoever opens the task"
    rule("SEC2", words("running javascript|runs javascript|run javascript|executes javascript|executing javascript|"
                       "running a script|runs a script|runs script|run script"),
         need=r"browser|whoever|anyone|anybody|other (?:people|users)|opens?\b|account b",
         unless=r"how (?:do|can)|\?|(?:our|my) own (?:script|automation|integration)|zapier|cron",
         guard="hypo", negatable=False, name="SEC2-script-runs-for-whoever-opens"),
    # "a fella I've never heard of phoned me and read tomorrow's run out to me. Names, addresses, the gate code"
    rule("SEC1", words("out to me|out to us|back to me|back to us"),
         need=r"\bread(?:ing)? (?:[\w']+ ){1,6}(?:out|back) to (?:me|us)",
         doc_need=r"never (?:heard of|met|seen) (?:him|her|them|before)?|(?:i'?ve|we'?ve|i have|we have) never "
                  r"(?:heard "
                  r"of|met)|stranger|(?:don'?t|do not) know (?:him|her|them|who)|"
                  # "it has never been shared with any parent ... it says 'Staff members only'"
                  r"never been shared with (?:any|a|the) (?:parent|client|customer|guest|outsider|"
                  r"member of the public)|"
                  r"staff (?:members )?only|(?:couldn'?t|could not|can'?t) tell (?:me|us) how (?:she|he|they) got|"
                  r"never had any (?:connection|dealings|contact|relationship|business) with",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:read|asked)", guard="hypo", negatable=False,
         name="SEC1-stranger-reads-our-list-back"),
    # "the part of TeamFlow that other programs send things to ... keeps sending back an error ... every one of them"
    rule("OUT2", words("other programs send|other programs talk to|other programs connect to|other systems send|"
                       "other software sends|other apps send|the part that other|the bit that other|"
                       "the door other programs|where other programs|the part of teamflow|the bit of teamflow"),
         need=r"error|fail|refus|reject|turn(?:s|ed)? (?:it |them )?away|won'?t (?:take|accept)|nothing",
         doc_need=OTHER_COMPANIES + r"|(?:a )?dozen (?:\w+ ){0,2}(?:businesses|firms|shops|companies|customers|"
                                   r"clients|sites)|every one of them|all of them (?:have |has )?stopped|(?:a lot of|"
                                   r"lots of|"
                                   r"loads of|many) (?:\w+ ){0,2}(?:firms|businesses|shops|companies|customers)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="OUT2-the-part-other-programs-use"),
    # "su programa llama a TeamFlow como siempre, que TeamFlow contesta con un error a todo, y que les pasa igual con
    # todos sus clientes"
    rule("OUT2", words("teamflow contesta con un error|teamflow responde con un error|teamflow devuelve un error|"
                       "teamflow repond par une erreur|teamflow renvoie une erreur|teamflow antwortet mit einem fehler|"
                       "teamflow liefert einen fehler|teamflow gibt einen fehler|teamflow responde com um erro|"
                       "teamflow devolve um erro|teamflow risponde con un errore|teamflow restituisce un errore|"
                       "teamflow geeft een foutmelding|teamflow antwoordt met een fout|teamflow geeft een fout|"
                       "teamflow answers with an error|teamflow replies with an error|teamflow responds with an error|"
                       "teamflow returns an error|teamflow sends back an error|teamflow answers every|"
                       "teamflow rejects every"),
         doc_need=OTHER_COMPANIES + r"|(?:todos|todas|tous|toutes|alle|tutti|tutte|all|every)\b[^.!?]{0,20}"
                  r"(?:clientes|clients|customers|kunden|clienti|klanten)",
         unless=r"how (?:do|can)|\?|\b4\d\d\b|rate limit|(?:our|my) (?:own )?(?:script|code|key)",
         guard="hypo", negatable=False, name="OUT2-teamflow-answers-errors-to-many"),
    # "we are bound by strict patient-privacy rules ... Your program has been making us break those rules"
    rule("SEC5", words("break those rules|breaking those rules|break the rules|breaking the rules|broken those rules|"
                       "broke those rules|against those rules|against the rules|break the law on|breaking the law on"),
         need=r"(?:your|the|this) (?:program|app|system|software|product|teamflow|service)|teamflow|making us|"
              r"made us|makes us|forcing us|forced us|your (?:company|firm|business)|you (?:are|have been|were)\b",
         doc_need=r"privacy|patient|confidential|data protection|personal (?:data|information|details)|medical|"
                  r"health (?:records|information|data)",
         unless=r"how (?:do|can)|\?|house rules|club rules|(?:automation|sorting|filter) rules|rules? (?:engine|"
                r"builder)|(?:if|whether) (?:we|i)",
         guard="hypo", negatable=False, name="SEC5-product-makes-us-break-privacy-rules"),
    # "a message from me had appeared on every one of our cleaning rounds telling the team to click a link ...
    # I never wrote it!"
    rule("SEC3", words("click a link|click the link|click on a link|click on the link|click this link|"
                       "clicked the link|clicked a link|clicked on the link|clicked on a link|clicked it"),
         need=r"message (?:from|in the name of) (?:me|us|my|our)|from my account|in my name|appeared on (?:every|all)|"
              r"on every (?:one|project|board|task|list|round)|all (?:of )?our (?:projects|boards|tasks|lists)|"
              r"wages|password|bank|login details|verify|prize|gift card|invoice",
         doc_need=r"(?:i|we) never (?:wrote|sent|posted|made)|wasn'?t me|not me|(?:didn'?t|did not) "
                  r"(?:write|send|post)|"
                  r"(?:someone|somebody)(?:'s| has| had) been in|not from (?:me|us)",
         unless=r"how (?:do|can)|\?|(?:can|could|should) (?:i|we)", guard="hypo", negatable=False,
         name="SEC3-lure-posted-in-my-name"),
    # "Blank white page since 7am. Three browsers, my phone on 4G, my sister's laptop in another town."
    rule("OUT1", words("blank white page|blank page|white page|blank white screen|blank screen|white screen|"
                       "page blanche|pagina en blanco|pantalla en blanco|leere seite|weisse seite|pagina em branco|"
                       "tela branca|pagina bianca|schermata bianca|lege pagina|wit scherm"),
         doc_need=r"same everywhere|everywhere (?:i|we) (?:try|tried)|(?:another|other|different) (?:town|city|"
                  r"country|location|office)|(?:phone|mobile) on (?:4g|5g|data)|on (?:4g|5g|mobile data)\b[^.!?]{0,60}"
                  r"(?:laptop|computer|browser|pc)|partout pareil|overal hetzelfde|uberall gleich|"
                  r"igual en todas partes|"
                  r"igual em todo lado|uguale ovunque",
         unless=r"how (?:do|can)|\?|only (?:me|for me|on|in|when)|just me|(?:one|this|that|a) (?:page|report|view|"
                r"board|project|task)\b|when (?:i|we) (?:print|export|click|open (?:a|the|one))|print|pdf|export",
         doc_unless=r"colleagues (?:\w+ ){0,6}(?:fine|normally|without)|everyone else",
         guard="hypo", negatable=False, name="OUT1-blank-page-everywhere"),
    # "names are attached to the wrong plots, half the due dates now say 1 January 1970, and comments from 2024
    # show up under tasks created last week ... Nobody has touched it but me"
    rule("SEC4", words("1 january 1970|january 1, 1970|january 1 1970|01/01/1970|1970-01-01|1/1/1970|1 jan 1970|"
                       "jan 1 1970|01.01.1970|attached to the wrong|assigned to the wrong|show up under|"
                       "showing up under|"
                       "turn up under|turning up under|ended up under|all jumbled|jumbled up|shuffled|swapped around|"
                       "mixed up between"),
         need=r"names?|dates?|comments?|tasks?|cards?|plots?|rows?|records?|entries|fields?|notes?|values?|"
              r"1970|attachments?|files?|photos?",
         doc_need=r"(?:nobody|no ?one|none of us) (?:has |have )?(?:touched|changed|edited)|"
                  r"(?:haven'?t|have not|didn'?t|did not) (?:changed|touched|edited|change|touch|edit) (?:anything|it)|"
                  r"since (?:the|yesterday'?s|your|last night'?s) (?:\w+ )?update|after (?:the|your) (?:\w+ )?update|"
                  # "None of them were in the file. The original dates are not in the task history"
                  r"(?:none of them|not one of them) (?:were|was) in the (?:file|import|csv)|(?:original|old|previous) "
                  r"(?:dates|values|data|names) (?:are|is) (?:not|gone|lost)|no undo|changed by (?:the )?import",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:mixed|swapped|shuffled|jumbled|assigned)|import|csv|spreadsheet|"
                r"(?:shuffle|randomi[sz]e) (?:button|feature|option)",
         guard="hypo", negatable=False, name="SEC4-records-scrambled"),
    # "every single person in our company ends up back on the TeamFlow sign-in page ... This is everyone, all sites"
    rule("OUT1", words("login loop|sign-in loop|log-in loop|back on the sign-in page|back on the login page|"
                       "back to the login page|back to the sign-in page|bounces us back|bounced back to the login"),
         doc_need=r"every (?:single )?(?:person|one|user|member|employee) (?:in|at|of) (?:our|the) (?:company|"
                  r"organi[sz]ation|firm|office|business)|all (?:\d+ )?(?:of our )?(?:users|staff|employees|sites|"
                  r"people)\b|everyone,? all (?:sites|offices|browsers)|(?:whole|entire) (?:company|organi[sz]ation|"
                  r"office|firm)",
         unless=r"how (?:do|can)|\?|only (?:me|my|for me|one)|one (?:user|person)|everyone else|except",
         doc_unless=r"every(?:one|body) else\b[^.!?]{0,40}(?:fine|works|normally)",
         guard="hypo", negatable=False, name="OUT1-whole-company-in-a-login-loop"),
    # "instead of our own 'Member Loan Reviews' board it listed about twenty tasks from a different credit union"
    rule("SEC1", words("from a different|from another|of a different|of another|the other org's|"
                       "the other organisation's|the other organization's|the other company's|the other firm's|"
                       "another org's|another organisation's|another organization's|another company's|"
                       "another firm's|a different org's|a different company's"),
         need=r"credit union|company|firm|\borg\b|org's|organi[sz]ation|school|practice|clinic|agency|business|"
              r"\bbank\b|charity|club|hospital|customer|client|tenant|workspace",
         also=r"tasks?|cards?|records?|board|project|notes|names|files|members?|patients?|pupils|employees|salar|"
              r"payroll|bank details|amounts|addresses|phone",
         doc_need=r"listed|showed|shows|displayed|opened|appeared|popped up|came up|(?:could|can) see|(?:i|we) see|"
                  r"\bsaw\b|sidebar|digest|instead of our",
         unless=r"how (?:do|can)|\?|switch|migrat|import|moved?|moving|transfer|cop(?:y|ied)|(?:previous|old|last|"
                r"former) (?:job|employer)|\b(?:tool|app|software|vendor|platform)\b|newsletter|case study|"
                r"\bnews\b|article|(?:read|heard) about|(?:want|like|need|wish|love) to|is it possible|"
                r"(?:can|could) we|option|feature",
         guard="hypo", negatable=False, name="SEC1-another-orgs-records-shown"),
    # a stranger to the workspace admits it: "I've closed it and haven't downloaded anything but I did see the files"
    rule("SEC1", words("but i did see|i did see the|i did see them|i did see it|but i saw the|but i did read|"
                       "but i did open|but we did see|we did see the"),
         doc_need=r"salar\w*|payroll|bank details|bank account|medical|diagnos\w*|passport|social security|"
                  r"home address\w*|phone numbers|confidential|personal data|their employees|their clients|"
                  r"their patients|not one of (?:your|our) clients|(?:isn'?t|is not|wasn'?t) (?:one of )?(?:your|our)",
         unless=r"how (?:do|can)|(?:my|our) own|\bmy (?:\w+ )?(?:files|payslips?)|(?:error|bug|warning|message)",
         guard="hypo", negatable=False, name="SEC1-stranger-admits-seeing-the-files"),
    # "under Account > Devices there's an entry 'Windows PC - Chrome - São Paulo, BR - active now' ... Nobody's been to
    # Brazil, ever."
    rule("SEC1", words("active now|currently active|still active|actif maintenant|actuellement actif|jetzt aktiv|"
                       "gerade aktiv|activa ahora|activo ahora|ativa agora|ativo agora|attiva ora|attivo ora|"
                       "nu actief"),
         need=r"device|session|entry|chrome|windows|firefox|safari|edge|android|iphone|pc|appareil|"
              r"geraet|gerat|sitzung|dispositivo|sesion|sessao|sessione|apparaat|sessie",
         doc_need=r"(?:nobody|no ?one|none of us)(?:'s| has| have)? (?:ever )?been to|niemand (?:von uns )?war "
                  r"(?:je |jemals )?in|nadie (?:de nosotros )?ha estado (?:nunca )?en|personne (?:de nous )?n'est "
                  r"(?:jamais )?alle|ningu[eé]m (?:de nos )?esteve|nessuno (?:di noi )?e (?:mai )?stato|niemand "
                  r"(?:van ons )?is (?:ooit )?in|we (?:all )?use macs|we'?re all in|none of us (?:uses?|has) "
                  r"(?:a )?(?:windows|android|pc)",
         unless=r"how (?:do|can)|(?:my|our) (?:own |new )?(?:phone|laptop|pc|computer|tablet)|it was me",
         guard="hypo", negatable=False, name="SEC1-active-session-nobody-owns"),
    # "una signora che NON è nostra cliente ... aprendo la vostra app ... le compare la nostra clinica e ha letto gli
    # appuntamenti"
    rule("SEC1", words("non e nostra cliente|non e nostro cliente|no es nuestra clienta|no es nuestro cliente|"
                       "n'est pas notre cliente|n'est pas notre client|ist nicht unsere kundin|ist nicht unser kunde|"
                       "nao e nossa cliente|nao e nosso cliente|is geen klant van ons|is not our client|"
                       "is not a client of ours|isn't our client|isn't a client of ours"),
         doc_need=r"\b(?:le|gli|lui|ihr|ihm|lhe|haar|hem|her|him) (?:compare|compaiono|aparece|aparecen|apparait|"
                  r"apparaissent|erscheint|erscheinen|verschijnt|shows up|appears)\b|\bha letto\b|\bci ha elencato\b|"
                  r"\bnos (?:ha )?(?:leido|enumerado)\b|\bnous a (?:lu|enumere)\b|\bhat uns (?:\w+ )?(?:vorgelesen|"
                  r"aufgezahlt)\b|\bnos leu\b|\bheeft ons (?:\w+ )?voorgelezen\b|\bread (?:us|out)\b|"
                  r"\bcould see (?:our|"
                  r"the)\b",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-non-client-sees-our-records"),
    # a tenant's own view shows everyone's: "zag in zijn overzicht opeens de meldingen van zo'n 80 andere adressen"
    rule("SEC1", words("andere adressen|andere bewoners|andere huurders|other tenants|other residents|"
                       "other addresses|otros inquilinos|otros vecinos|autres locataires|autres residents|"
                       "anderen mieter|anderen bewohner|outros inquilinos|outros moradores|altri inquilini|"
                       "altri residenti|andere mieter|andere bewohner|anderer mieter|anderer bewohner"),
         # a link that lands on the whole house's list is a view too: "landet ... auf der ganzen Liste vom Haus"
         need=r"\b(?:zag|zagen|ziet|zien|saw|sees|see|seeing|vio|ve|ven|veia|voit|voyait|a vu|sah|sieht|viu|vede|"
              r"vedeva|ha visto|landet|landen|lands on|landed on|llega a|tombe sur|atterrit sur|cai (?:em|na|no)|"
              r"finisce (?:su|sulla|nella)|komt (?:uit )?op)\b",
         doc_need=r"namen|names|nombres|noms|nomes|nomi|telefoon\w*|phone|telefon\w*|telephon\w*|opmerkingen|notes|"
                  r"comments|commentaires|comentarios|kommentare|commenti",
         unless=r"how (?:do|can)|\?|(?:should|want|wish|moeten|willen|zouden|would like) ", guard="hypo",
         negatable=False, name="SEC1-residents-see-each-others-records"),
    # 'Sie hat von Ihrem System eine E-Mail bekommen mit unserer Aufgabe "Recall-Liste" ... nie eingeladen'
    rule("SEC1", words("e-mail bekommen mit unserer|mail bekommen mit unserer|e-mail bekommen mit unserem|"
                       "an email with our|an e-mail with our|un correo con nuestr|un mail avec notre|"
                       "um e-mail com a nossa|um e-mail com o nosso|una mail con la nostra|una mail con il nostro|"
                       "een mail met onze|een mail met ons"),
         doc_need=r"nie eingeladen|never invited|jamais invite|nunca (?:la|lo|le) (?:hemos )?invitad|nunca (?:a|o) "
                  r"convidamos|mai invitat|nooit uitgenodigd|kenne (?:sie|ihn) nicht|(?:don'?t|do not) know (?:her|"
                  r"him)|weder bei uns|neither works|not (?:a )?(?:patient|client|customer|member) of ours",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-stranger-mailed-our-task"),
    # an outsider recites what only our board holds: "me empezó a leer, uno por uno, los precios que pagamos a nuestros
    # proveedores ... nunca la hemos mandado"
    rule("SEC1", words("me empezo a leer|empezo a leerme|comenzo a leer|me leyo|se puso a leer|started reading|"
                       "began reading|started to read|began to read|a commence a lire|a commence a me lire|m'a lu|"
                       "s'est mis a lire|las mir|hat mir vorgelesen|comecou a ler|me leu|"
                       "ha cominciato a leggere|mi ha letto|si e messo a leggere|begon voor te lezen|las me voor|"
                       # "nennt mir auf den Cent genau die Preise", "quoted me our prices to the cent"
                       "einzelheiten vorgelesen|am telefon vorgelesen|sapendo tutto|sabiendo todo|sachant tout|"
                       "sabendo tudo|knowing everything|knew everything about|wusste alles|wist alles|"
                       "nennt mir|nannte mir|nennt uns|nannte uns|quoted me|quoted us|and quoted|me cito|nos cito|"
                       "m'a cite|"
                       "nous a cite|citou-me|citou-nos|mi ha citato|ci ha citato|noemde me|noemde ons|noemt me"),
         need=TOLD_DATA + r"|\b(?:notas|notes|notizen|note|notities|fichas|fiches|schede|comentarios|commentaires|"
                            r"kommentare|commenti|opmerkingen|comments|precios|prices|prix|preise|precos|prezzi|"
                            r"einzelheiten|details|detalles|dettagli|pormenores|diagnos\w*|nota interna|internal note|"
                            r"prijzen|salari\w*|salaires|gehalter|salarios|salaries|rates|tarifs|tarifas|tarieven|tariffe|"
                            r"margins|margenes|marges|margini)\b",
         doc_need=r"\b(?:nunca|never|jamais|nie|mai|nooit)\b|solo (?:\w+ ){0,3}(?:en|in|no|em) (?:el |la |il )?"
                  r"(?:\w+ ){0,3}teamflow|only (?:\w+ ){0,3}(?:in|on) teamflow|uniquement (?:\w+ ){0,3}dans "
                  r"teamflow|nur (?:\w+ ){0,3}in teamflow|alleen (?:\w+ ){0,3}in teamflow|"
                  r"nicht sehen durfte|nur fur (?:\w+ ){0,3}gedacht|\bsolo (?:\w+ ){0,6}(?:su|nel|nella|"
                  r"nelle) teamflow|"
                  r"nirgends (?:\w+ ){0,3}(?:ausser|als) (?:\w+ ){0,3}in teamflow|nowhere (?:else )?(?:but|except) "
                  r"(?:in |on )?teamflow|nulle part (?:ailleurs )?(?:qu'|que )|en ningun (?:otro )?sitio (?:mas )?que|"
                  r"nergens (?:anders )?(?:dan|behalve)|da nessun'?altra parte|em (?:mais )?nenhum (?:outro )?sitio|"
                  r"no se como|don'?t know how|ne sais pas comment|weiss nicht,? wie|nao sei como|non so come|"
                  r"weet niet hoe",
         unless=r"how (?:do|can)|\?|(?:we|i|nosotros|nous|wir|noi|wij) (?:\w+ )?(?:gave|shared|sent|dimos|mandamos|"
                r"enviamos|donne|gegeben|gedeeld|dato)",
         guard="hypo", negatable=False, name="SEC1-outsider-recites-our-records"),
    # the owner's address swapped for a stranger's: "o e-mail do dono da conta não é mais o meu, agora é um tal de
    # suporte.financeiro... que eu nunca vi"
    rule("SEC1", words("nao e mais o meu|ya no es el mio|n'est plus le mien|ist nicht mehr meine|non e piu il mio|"
                       "is niet meer het mijne|is no longer mine|isn't mine any more|isn't mine anymore|"
                       "changed to an address|cambiado a una direccion|change pour une adresse|geandert auf eine|"
                       "alterado para um|cambiato in un indirizzo|gewijzigd naar een|avait ete changee|a ete changee|"
                       "wurde geandert|fue cambiada|foi alterado|e stata cambiata|was gewijzigd|had been changed"),
         need=r"e-?mail|correo|adresse|address|endereco|indirizzo|adres",
         doc_need=r"(?:nunca|never|jamais|nie|mai|nooit) (?:\w+ ){0,2}(?:vi|seen|vu|gesehen|visto|gezien)\b|"
                  r"nao conheco|"
                  r"no conozco|don'?t (?:know|recogni[sz]e)|ne connais pas|kenne (?:ich )?nicht|non conosco|"
                  r"ken ik niet|"
                  r"\bum tal de\b|\bun tal\b|some random|nobody (?:here )?changed|ningu[eé]m (?:aqui )?mudou|nadie "
                  r"(?:aqui )?cambio|personne n'a change|niemand hat (?:\w+ )?geandert|nessuno ha cambiato|"
                  r"niemand heeft "
                  r"(?:\w+ )?gewijzigd|"
                  # "son mot de passe ne marchait plus et l'adresse mail du compte avait été changée"
                  r"mot de passe ne marchait plus|password (?:no longer|stopped) work|contrasena ya no funcionaba|"
                  r"passwort funktionierte nicht mehr|senha (?:ja )?nao funcionava|password non funzionava|"
                  r"wachtwoord werkte niet meer|n'a jamais ecrit|never wrote|nunca escribio|nunca escreveu|"
                  r"hat (?:das|es) "
                  r"nie geschrieben|non ha mai scritto|heeft (?:dat|het) nooit geschreven",
         unless=r"how (?:do|can)|\?|(?:i|we|eu|yo|je|ich|wir|io|ik) (?:\w+ )?(?:changed|mudei|cambie|change|geandert|"
                r"cambiato|gewijzigd)",
         guard="hypo", negatable=False, name="SEC1-owner-address-swapped"),
    # a former partner still gets our export: "l'agenzia ... con cui abbiamo smesso di collaborare a giugno ha
    # ricevuto ogni settimana ... l'esportazione completa"
    rule("SEC1", words("con cui abbiamo smesso di collaborare|con la que dejamos de trabajar|con quien dejamos de "
                       "trabajar|avec qui nous avons cesse de travailler|avec laquelle nous avons arrete|mit der wir "
                       "nicht mehr zusammenarbeiten|com quem deixamos de trabalhar|com a qual deixamos de trabalhar|"
                       "met wie we niet meer samenwerken|we stopped working with|we no longer work with|"
                       "we parted ways with"),
         need=r"ricevut|riceve|recib|recu|receb|erhalt|bekommt|ontvang|krijgt|receiv|still gets|kept getting",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-former-partner-still-receives"),
    # a digest with our list mailed to someone outside: "Un parent qui n'est pas au bureau a reçu le récapitulatif
    # automatique ...: le listing complet avec noms et IBAN des adhérents était joint"
    rule("SEC1", words("recapitulatif|resume automatique|resumen automatico|correo automatico|zusammenfassung|"
                       "resumen de notificaciones|resume des notifications|resumo de notificacoes|"
                       "riepilogo delle notifiche|samenvatting van meldingen|notification digest|notification summary|"
                       "resumo automatico|riepilogo|samenvatting|digest|summary email|summary e-mail"),
         need=r"\b(?:listing|liste|listado|lista|list|export\w*|tableau|planilha|elenco|lijst)\b[^.!?]{0,60}\b(?:noms?|"
              r"nombres?|names?|namen|nomes?|nomi|iban|dni|telephones?|telefon\w*|phones?|adresses?|addresses)\b|"
              r"\b(?:recu|recibio|received|erhalten|recebeu|ricevuto|ontvangen|le llego|llego|arrived|ankam|chegou|"
              r"arrivata|arrivee)\b|\b(?:went|sent|gone|was sent) to (?:the )?wrong\b|\bgot our (?:\w+ )?digest\b",
         doc_need=r"n'est pas (?:au bureau|membre|du conseil)|no es de la junta|(?:nunca|jamais|never|nie|mai|nooit) "
                  r"(?:\w+ )?(?:tuvo|eu|had|hatte|teve|avuto|gehad) (?:\w+ )?(?:acceso|acces|access|zugriff|acesso|"
                  r"accesso|toegang)|not (?:a )?(?:board )?member|qui n'est pas|que no es|who isn'?t (?:on|in|a)\b|"
                  r"no es usuari[oa]|no (?:la|lo) conocemos|n'est pas utilisat|ist keine nutzerin|nao e usuari|"
                  r"non e utente|is geen gebruiker|isn'?t a user|"
                  # "a completely different orchestra, they are not in our workspace and never have been"
                  r"not in our (?:workspace|board|team|project)|we have not invited anyone from|completely different "
                  r"(?:\w+ )?(?:company|organi[sz]ation|orchestra|firm|club|school|charity|practice)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-digest-to-an-outsider"),
    # one pupil's report to every family: "A automação enviou o boletim de uma aluna para a turma toda"
    rule("SEC1", words("para a turma toda|para toda a turma|a toda la clase|a la clase entera|a toute la classe|"
                       "an die ganze klasse|a tutta la classe|naar de hele klas|to the whole class|para todos os pais|"
                       "a todos los padres|a tous les parents|an alle eltern|a tutti i genitori|aan alle ouders|"
                       "to all the parents|to all parents"),
         need=r"boletim|boletin|bulletin|zeugnis|pagella|rapport|report|relatorio|informe|notas|grades|cijfers|noten|"
              r"laudo|diagnos",
         unless=r"how (?:do|can)|\?|\b(?:como|comment|wie|come|hoe)\b|newsletter|circular|invitation|convite|"
                r"invitacion|einladung|invito|uitnodiging",
         guard="hypo", negatable=False, name="SEC1-one-pupils-report-to-all"),
    # another client's project in a guest's view: "war da aber die komplette Kampagnenplanung eines anderen Kunden"
    rule("SEC1", words("eines anderen kunden|einer anderen kundin|de otro cliente|d'un autre client|de outro cliente|"
                       "di un altro cliente|van een andere klant|of another client|of another customer"),
         need=r"\b(?:sah|sahen|sieht|war da|stand da|erschien|zu sehen|saw|sees|there was|appeared|vio|veia|aparecia|"
              r"aparecio|voit|voyait|apparaissait|vede|vedeva|compariva|zag|ziet|verscheen)\b",
         also=r"namen|names|nombres|noms|nomes|nomi|telefon|handy|phone|budget|adress|preise|prices|planung|planning",
         unless=r"how (?:do|can)|\?|\b(?:wie|como|comment|come|hoe)\b", guard="hypo", negatable=False,
         name="SEC1-another-clients-project-in-view"),
    # "whole office is stuck on the spinning teamflow logo ... 14 of us, chrome edge safari"
    rule("OUT1", words("stuck on the spinning|stuck on the loading|stuck on the teamflow logo|spinning teamflow logo|"
                       "spinning logo|stuck loading|endless spinner|spinner forever"),
         need=r"whole (?:office|team|company)|all of us|\b\d+ of us\b|everyone|everybody|nobody|none of us|every "
              r"browser|all browsers|chrome,? edge|edge,? safari",
         unless=r"how (?:do|can)|\?|only (?:me|my)|just me", guard="hypo", negatable=False,
         name="OUT1-everyone-stuck-loading"),
    # someone's paid work copied into the gallery: "line by line, the workbook ... We have never licensed it"
    rule("LEG5", words("never licensed|nunca lo licenciamos|nunca licenciamos|jamais cede|jamais licencie|"
         "nie lizenziert|"
                       "mai concesso in licenza|nooit in licentie gegeven|never granted a licen"),
         need=r"template|workbook|design|content|text|course|artwork|photos?|copied|cop(?:y|ies)|sold|sell|vendemos|"
              r"vendu|verkauft|venduto|verkocht|\bit\b|\blo\b|\bes\b",
         doc_need=r"line by line|word for word|same (?:wording|steps|text)|our (?:paid )?product|taken down|"
                  r"take it down|"
                  r"copied|copie|copiado|kopiert|copiato|gekopieerd",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="LEG5-our-work-published-unlicensed"),
    # a guest of one project who got every project: "le bajó un zip con las exportaciones de todos los proyectos"
    rule("SEC1", words("le bajo|le llego|le llegaron|recibio|a recu|hat erhalten|bekam|recebeu|ha ricevuto|kreeg|"
                       "received|downloaded|got a zip|got an archive"),
         need=r"\b(?:todos los proyectos|all (?:of )?(?:our|the) projects|every project|tous (?:les|nos) projets|alle "
              r"(?:unsere )?projekte|todos os (?:nossos )?projetos|tutti i (?:nostri )?progetti|"
              r"alle (?:onze )?projecten|"
              r"(?:whole|entire) workspace|todo el espacio|tout l'espace)\b",
         doc_need=r"\b(?:invitado|invited|guest|invite|gast|convidado|ospite|solo para|only for|only to|seulement "
                  r"pour|nur fur|so para|solo per|alleen voor)\b",
         unless=r"how (?:do|can)|\?|(?:we|i|nosotros|nous|wir|noi|wij) (?:\w+ )?(?:downloaded|descargamos|exported)",
         guard="hypo", negatable=False, name="SEC1-guest-got-every-project"),
    # more than they should see: "Eltern, die ... nur das Projekt ... sehen sollten, sehen dort plötzlich auch ..."
    rule("SEC1", words("sehen sollten|sehen sollen|should only see|should only have seen|solo deberian ver|deberian "
                       "ver solo|ne devraient voir que|deveriam ver so|so deveriam ver|dovrebbero vedere solo|"
                       "zouden alleen|mogen alleen"),
         need=r"\b(?:auch|also|too|tambien|aussi|tambem|anche|ook|plotzlich|suddenly|de repente|soudain|"
              r"improvvisamente|opeens)\b",
         also=r"\b(?:ander\w*|other|otros|otras|autres|outros|outras|altri|altre|fremde\w*)\b",
         unless=r"how (?:do|can)|\?|\b(?:wie|como|comment|come|hoe) (?:kann|puedo|puis|posso|kan)\b",
         guard="hypo", negatable=False, name="SEC1-sees-more-than-allowed"),
    # comments with a link posted in the name of a member who denies writing them: "comentários em TODAS as tarefas
    # ... escritos pela conta da Rita com um link ... a Rita jura q não foi ela"
    rule("SEC3", words("com um link|with a link|con un enlace|avec un lien|mit einem link|con un link|met een link|"
                       "com o link|with the link"),
         need=r"coment\w*|comment\w*|kommentar\w*|opmerking\w*|reactie\w*",
         doc_need=NOT_SENT_BY_THEM + r"|\bjura (?:que|q) (?:nao|no) (?:foi|fue) (?:ela|ele|el)\b",
         unless=r"how (?:do|can)|\?|(?:we|i|nos|je|wir|noi|wij) (?:\w+ )?(?:posted|shared|sent|publicamos|enviamos)",
         negatable=False, name="SEC3-link-posted-in-a-members-name"),
    # an outside supplier given one board now sees more: "avevamo dato accesso solo alla bacheca 'Pulizie camere' ...
    # dal suo account vede anche la cartella 'Personale'"
    rule("SEC1", words("avevamo dato accesso solo|dato accesso solo|gave her access only|gave him access only|"
                       "gave them access only|only gave her access|only gave him access|only gave them access|"
                       "le dimos acceso solo|solo le dimos acceso|nous lui avions donne acces seulement|"
                       "ihr nur zugriff|ihm nur zugriff|demos acesso so|so lhe demos acesso|alleen toegang gegeven"),
         doc_need=r"\b(?:vede anche|ve tambien|voit aussi|sieht auch|ve tambem|ziet ook|(?:can )?also sees?|sees also|"
                  r"puo vedere anche|puede ver tambien|peut voir aussi|kann auch|pode ver tambem|kan ook)\b",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-supplier-sees-beyond-its-board"),
)
