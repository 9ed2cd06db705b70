"""Rules of the standard tier: Technical Issues (TEC3-5), joined here with Customer Satisfaction.

TEC1 (unresolved after 24 hours) and TEC2 (failed fixes) are durations and counts, read in
``facts``. A bug counts only in core functionality; cosmetic glitches and how-to questions are
first-line work. The Customer Satisfaction rules (SAT1-5) are in ``patterns_satisfaction``.
"""

from __future__ import annotations

from .fault_words import FAULT
from .lexicon import EACH_FIXED, FILTER_SLIP, OWN_CONNECTION_DOWN, PARTNERS, Rule, rule, words
from .patterns_satisfaction import SATISFACTION

CORE = (r"(?:\btasks?\b|subtasks?|projects?\b|boards?\b|kanban|gantt|timeline|calendar view|list view|table view|"
        r"\bviews?\b|comments?\b|mentions|\bfiles?\b|attachments?|uploads?\b|uploading|\blog ?in\b|logging in|"
        r"sign[- ]?in|signing in|password reset|reset (?:my )?password|notifications?|reminders?|\balerts?\b|"
        r"e-?mail notifications?|\bsync\w*|synchroni[sz]\w*|\bexport\w*|\bcsv\b|due dates?|assignees?|checklists?|"
        r"dependencies|milestones|\bcards?\b|drag and drop|drag-and-drop|2fa|two-factor|\bsso\b|\bmfa\b|"
        r"tareas?|proyectos?|tableros?|comentarios?|archivos?|adjuntos?|notificaciones|sincroniz\w*|"
        r"exportar|exportacion|inicio de sesion|iniciar sesion|taches?|projets?|tableaux?|commentaires?|"
        r"fichiers?|pieces jointes|synchronis\w*|exporter|connexion|aufgaben?|projekte?|kommentare?|dateien?|"
        r"anhange?|benachrichtigungen?|synchronisier\w*|exportieren|anmeldung|anmelden|einloggen|tarefas?|"
        r"projetos?|quadros?|arquivos?|anexos?|notificacoes|sincroniza\w*|fazer login|compiti|attivita|"
        r"progetti|bacheche|commenti|allegati|notifiche|sincronizza\w*|esporta\w*|accesso|\btaken\b|projecten|"
        r"borden|opmerkingen|reacties|bestanden|bijlagen|meldingen|exporteren|inloggen|recordatorios|rappels|"
        r"erinnerungen|lembretes|promemoria|herinneringen)")
_COSMETIC = (r"(?:theme|dark mode|light mode|colou?r|\bfont|\bicons?\b|typo|spelling|alignment|misaligned|padding|"
             r"avatar|emoji|\blogo\b|tooltip|styling|cosmetic|pixel|spacing|translation|label colou?r|"
             r"profile (?:picture|photo)|favicon|animation|confetti|pop-?ups?|banners?|what'?s new|changelog|"
             r"release notes|announcements?|onboarding (?:tour|tips?|checklist)|product tour|walkthrough|"
             r"cookie (?:banner|notice)|welcome (?:screen|message|modal)|modal|toast)")
_HOW_TO = (r"(?:how (?:do|can|should) (?:i|we)|how to\b|where (?:is|are|can i|do i)|is (?:it|there) (?:possible|a way)|"
           r"can'?t (?:find|figure out|see how)|cannot (?:find|figure out)|not sure (?:how|where)|"
           r"couldn'?t (?:find|figure out|see how)|could not find|unable to find|"
           r"don'?t (?:know|understand) how|could you (?:explain|show)|tutorial|documentation|(?<!\")guide(?!\")|"
           r"comment (?:je peux|puis-je|peut-on|pouvons-nous|faire pour|on fait)|como (?:puedo|podemos|hago|se puede|"
           r"posso|podemos|faco|faz)|wie (?:kann|konnen) (?:ich|wir|man)|come (?:posso|possiamo|faccio|si fa)|"
           r"hoe (?:kan|kunnen) (?:ik|we|je))")

TECHNICAL: tuple[Rule, ...] = (
    # "I've always had my jobs come up on my Google calendar ... Since Tuesday nothing new comes across"
    rule("TEC4", words("comes across|come across|coming across|goes across|going across|comes through|come through|"
                       "coming through|turns up|turn up"),
         need=r"\b(?:nothing|no longer|stopped|not|never|isn'?t|aren'?t|don'?t|doesn'?t)\b",
         doc_need=PARTNERS, unless=r"how (?:do|can)|\?|custom|built for us|your team (?:set up|built)|"
                                    r"come across (?:as |badly|wrong|rude|harsh)|nothing personal",
         guard="hypo", negatable=False, name="TEC4-nothing-comes-across"),
    # "when I open it there's just the headings along the top and nothing underneath"
    rule("TEC3", words("just the headings|only the headings|just the headers|only the headers|just the column headings|"
                       "only the column headings|headings and nothing|headers and nothing"),
         need=r"file|spreadsheet|export|csv|excel|open|download|report",
         unless=r"how (?:do|can)|\?|(?:want|need|like) (?:just|only)", guard="hypo", name="TEC3-export-headings-only"),
    # "when I come in the next morning half of them are unticked again, as if I never did them"
    rule("TEC3", words("unticked again|unticked themselves|untick themselves|come back unticked|came back unticked|"
                       "are unticked|were unticked|back to not done|back to undone|reopened themselves|"
                       "reopen themselves|uncheck themselves|unchecked themselves|unchecked again"),
         unless=r"how (?:do|can)|(?:can|could) (?:i|we)\b[^.!?]*\?|(?:i|we) (?:unticked|unchecked)", guard="hypo",
         name="TEC3-done-undone"),
    # "What I change on the computer doesn't show on my phone, and what I put in on my phone doesn't show on the
    # computer": the two devices never sync
    rule("TEC3", words("doesn't show on my|doesn't show up on my|does not show on my|doesn't appear on my|"
                       "doesn't show on the|doesn't show up on the|does not show on the|doesn't appear on the|"
                       "isn't on my phone|isn't on the computer|don't match|doesn't match|do not match"),
         need=r"\b(?:phone|computer|laptop|tablet|ipad|desktop|pc|mac|app)\b",
         doc_need=r"\b(?:phone|mobile|ipad|tablet)\b[^.!?]{0,120}\b(?:computer|laptop|desktop|pc|office)\b|"
                  r"\b(?:computer|laptop|desktop|pc|office)\b[^.!?]{0,120}\b(?:phone|mobile|ipad|tablet)\b",
         unless=r"how (?:do|can)|\?|filter|password|(?:colou?r|font|theme|layout|size)", guard="hypo",
         name="TEC3-devices-never-match"),
    rule("TEC3", words("loading screen|laadscherm|ladebildschirm|pantalla de carga|ecran de chargement|"
                       "tela de carregamento|schermata di caricamento|"
                       "task|tasks|subtask|project|projects|board|boards|kanban|gantt|timeline|calendar view|"
                       "list view|table view|board view|task view|project view|my tasks view|comment|comments|"
                       "mention|mentions|file|files|attachment|"
                       "attachments|upload|uploads|uploading|login|log in|logging in|sign in|sign-in|signing in|"
                       "password reset|reset password|notification|notifications|reminder|reminders|alert|alerts|"
                       "sync|syncing|synchroni|export|exports|exporting|csv|due date|due dates|assignee|"
                       "checklist|dependencies|milestone|card$|cards$|drag and drop|drag-and-drop|2fa|two-factor|"
                       "sso|mfa|tarea|tareas|proyecto|tablero|comentario|archivo|adjunto|notificacion|sincroniz|"
                       "exportar|inicio de sesion|iniciar sesion|tache|taches|projet|tableau|commentaire|fichier|"
                       "pieces jointes|synchronis|exporter|connexion|aufgabe|projekt|kommentar|datei|anhang|"
                       "benachrichtigung|exportieren|anmeldung|anmelden|einloggen|tarefa|projeto|quadro|arquivo|"
                       "anexo|notificac|sincroniza|fazer login|compiti|attivita|progetto|progetti|bacheca|"
                       "commenti|allegat|notifiche|sincronizz|esporta|accesso|taak|taken|projecten|bord$|"
                       "opmerking|reactie|bestand|bijlage|melding|exporteren|inloggen|column|columns|swimlane|"
                       "swimlanes|wip limit|dependency|dependencies|folder|folders|mobile app|ios app|desktop app|"
                       "password$|passwort|mot de passe|contrasena|senha|recordatorio|rappel|erinnerung|"
                       "lembrete|promemoria|herinnering|carte$|cartes$|tarjeta|tarjetas|karte$|karten$|scheda|schede|"
                       "kaart|kaarten|"
                       "android app|session|sessions|recurring|subtasks|excel|pdf export|zadania|projekt|pliki|"
                       "powiadomienia|uppgifter|projekt|filer|aviseringar|notiser|cartao|cartoes|coluna|colunas|"
                       "columna|columnas|colonnes|spalte|spalten|kolom|kolommen"),
         need=FAULT,
         unless=_COSMETIC + r"|" + _HOW_TO + r"|(?:doesn'?t|does not|didn'?t|did not|don'?t) mention|recommend|"
                r"(?:package|conflicting|pinned|version) (?:\w+ )?dependenc|dependencies (?:conflict|resolution)|"
                r"(?:pip|npm|yarn|gem) install|nothing (?:has |is |was )?(?:gone |went )?(?:missing|wrong|broken|"
                r"lost)|difference between|forgot (?:my |the )?password|bancaire|de credito|de credit|kreditkarte|"
                r"di credito|creditcard|bankkarte|(?:file|filed|filing) (?:a|an|the) "
                r"(?:complaint|ticket|claim|report|bug)|(?:do|does) (?:you|teamflow) (?:support|have|offer)|"
                r"\bapi\b|/api|endpoint|webhook|invoice|billing|payment|credit card|\bcharge|refund|"
                r"(?:our|my) own (?:\w+ ){0,2}(?:database|db|server)\b|"
                r"(?<!of )\b4\d\d\b(?! (?:tasks|cards|items|rows|records|files|users|people|projects)\b)|"
                r"checkout|every card we|(?:visa|mastercard|amex|maestro)\b|declin|\bpay\b|upgrad\w* to|(?<!')renew|"
                # "I rang my bank ... probably because the card on file expired in October"
                r"card on file|(?:card|carte|tarjeta|karte|cartao|carta) (?:\w+ ){0,3}(?:expired|abgelaufen|expiree|"
                r"caducad|vencid|scadut)|\bmy bank\b|"
                r"(?:typed|entered|put in|mistyped) (?:my |the |a )?(?:\w+ )?(?:password|code) (?:\w+ ){0,2}(?:wrong|"
                r"incorrect)|"
                r"don'?t need (?:\w+ ){0,3}any ?more|close my (?:login|account)|stop the subscription|"
                # "None of this is because anything has gone wrong - it's just our annual review of suppliers"
                r"none of this is because|nothing (?:has )?gone wrong|(?:it'?s|this is) (?:just|only) our annual|"
                # "I only find out when things crash and burn on the Friday": a figure of speech
                r"crash and burn|"
                # a gap named as a wish: "there's no way to link a task in one project as a dependency"
                r"(?:there'?s|there is) no way to (?:link|add|set|make|create|show|see|have|mark|tag|assign|connect)|"
                # a file pinned to a card: "the match report pdf stuck on the fixture card"
                r"(?:stuck|stick|pinned|pin) (?:\w+ )?on (?:the|a|each|every|our) (?:\w+ )?(?:card|task|board)|"
                # a chore the product does not do yet: "at the moment I create those by hand every time"
                r"(?:create|add|type|make|enter|set up|recreate|copy|do) (?:\w+ ){0,3}(?:by hand|manually) (?:each|"
                r"every) "
                r"time|"
                r"(?:we'?d|i'?d|we would|i would) like to be able to|"
                # a gap named as a wish: "One thing we're missing: recurring subtasks"; "right now I recreate them by
                # hand"
                r"(?:one|the only|the one) thing (?:we'?re|we are|i'?m|i am) missing|(?:one|the only|the one) thing "
                r"(?:we'?d|i'?d|we would|i would) (?:really )?(?:like|love)|(?:recreate|re-create|retype|"
                r"re-enter|copy) (?:\w+ ){0,3}(?:by hand|manually)\b|"
                r"by accident|by mistake|accidentally|(?:has|have|had|needs?) to (?:switch|change|click|select|pick|"
                r"set|re-?select) (?:\w+ ){0,4}every time|(?:lost|dropped|broke|broken|replaced|new) (?:my |"
                r"our )?(?:\w+ )?"
                r"(?:phone|authenticator|device)|2fa codes|backup codes|recovery codes|(?:it|that phone|the phone) "
                r"had (?:my |the |our )?(?:authenticator|2fa|two-factor|mfa)|"
                r"too many (?:times|wrong|failed|attempts)|wrong password|(?:logs?|tracks?|records?|creates?|opens?) "
                r"(?:a |an |the )?'[^']{1,30}' tasks?|would be nice if|just an idea|"
                r"feature (?:idea|request|wish|suggestion)|(?:could|can|would) you (?:please )?add\b|"
                # a how-to: 'I can only see "Duplicate project", which copies all the old tasks too'
                r"can only (?:see|find)\b[^.!?]{0,40}(?:duplicate|copy|option|button|setting)|"
                # "One thing we keep missing: recurring subtasks"
                r"(?:we|i) (?:keep|really|always) miss(?:ing)?\b|one thing we (?:keep |really )?miss|"
                # "Wat we echt missen is een WIP-limiet per kolom"; "Ce n'est pas un bug, juste une idée"
                r"wat we (?:echt |nog |wel )?missen|was uns (?:noch |wirklich )?fehlt|ce qui nous manque|"
                # "Os quería proponer una cosa: que se pudiera crear una vista de 'cuenta atrás'"
                r"(?:queria|quiero|voulais|wollte|volevo|wilde|queria) (?:\w+ )?(?:proponer|proposer|vorschlagen|"
                r"propor|"
                r"proporre|voorstellen)|\bque se (?:pudiera|pueda) (?:crear|anadir|tener|ver|hacer)|"
                r"lo que (?:nos|me) falta|o que (?:nos|me) falta|(?:cio|quello) che ci manca|juste une idee|"
                r"solo una idea|nur eine idee|so uma ideia|solo un'idea|(?:gewoon|alleen|maar) een idee|"
                # praise: "the team has stopped asking me where things are"
                r"(?:has|have) stopped (?:asking|complaining|chasing|emailing|calling|nagging)|"
                # the writer's own password manager filled in the old password
                r"password manager|gestor de contrasenas|gestionnaire de mots de passe|passwort-?manager|"
                r"gestore (?:di|delle) password|wachtwoordmanager|"
                # a limit by design: "The timeline view only lets us set one workspace-wide working week"
                r"only (?:lets|allows) (?:us|me|you)\b|"
                r"(?:toggle|option|feature|setting|button|switch|mode|view|field) would be (?:great|helpful|useful|"
                r"amazing|"
                r"awesome|lovely)\b|"
                # a request to duplicate, asked in French, Spanish, German, Italian or Dutch, is a how-to
                r"\b(?:dupliquer|duplicar|duplizieren|duplicare|dupliceren) (?:nos|les|cette|ce|une|un|mes|nuestras|"
                r"las|los|unsere|die|as|os|le|i|onze|de)\b|"
                r"how (?:do|can) (?:i|we) duplicate|"
                # a how-to asked as a trick: "is there any hack to lock a board so our interns can still comment"
                r"\bis there (?:any|a|some) (?:\w+ )?(?:hack|trick|setting|option) to\b|is there (?:any|a) way to "
                r"(?:lock|restrict|limit|hide|prevent|stop (?:\w+ ){1,3}from|let|allow|give)\b|"
                # a retention question: "Wie lange verbleiben gelöschte Aufgaben ... noch in Ihren Backups?"
                r"(?:how long|wie lange|cuanto tiempo|combien de temps|quanto tempo|per quanto tempo|hoe lang)\b"
                r"[^.!?]*\?|"
                r"\bcomment (?:dupliquer|faire|puis|peut|pouvons|ajouter|creer|changer|modifier|supprimer|exporter|"
                r"importer)",
         # the customer took it back: "oh nvm it was caps lock, all good"
         doc_unless=OWN_CONNECTION_DOWN + r"|"
                    r"\bnvm\b|never ?mind|figured it out|false alarm|(?:it|that) was (?:just )?me,? i mistyped|"
                    r"it was (?:caps lock|my (?:fault|mistake|browser|"
                    r"wifi|internet|cache))|"
                    # "...ok scusate, era il wifi dell'ufficio, il tecnico ha riavviato il router"
                    r"era (?:il|el|o) wi-?fi|c'etait le wi-?fi|war das wlan|was de wifi|(?:riavviat|reiniciad|"
                    r"reiniciou|"
                    r"redemarre|neu gestartet|herstart)\w* (?:il |el |o |le |den |de )?(?:router|routeur|box)|"
                    r"my bad\b|olvidalo|laissez tomber|vergesst es|deixa pra la|lascia stare|"
                    # "This morning it works perfectly ... Maybe it was our wifi ... Nothing to do from your side"
                    r"\((?:my|our) (?:own )?(?:fault|mistake)\)|archived the wrong|deleted the wrong|"
                    r"(?:maybe|probably|perhaps) it was (?:our|the|my) (?:wifi|wi-fi|internet|router|network|"
                    r"connection)|nothing to do (?:from|on) your side|"
                    r"laat maar|turned out|turns out|all (?:there|back) now|filter by mistake|(?:they'?re|"
                    r"they are) all there|"
                    # "na tien minuten paniek bleek dat ik in de werkruimte van de tennisclub zat ... Alles staat er
                    # nog"
                    r"\bbleek dat\b|resulto que|il s'est avere|stellte sich heraus|si e scoperto che|"
                    r"alles staat er (?:gewoon )?nog|(?:wrong|verkeerde|falschen?|mauvais|equivocado) (?:workspace|"
                    r"werkruimte|arbeitsbereich|espace|espacio)|"
                    # a do-it-yourself trick shared: "I finally 'hacked' the Gantt view to hide weekends"
                    r"(?:i|we) (?:finally |just )?\W?hacked\W? (?:the|our|a|my) (?:\w+ )?(?:view|gantt|layout|template|"
                    r"board|report|calendar|workflow|dashboard|timeline)|"
                    # "kurze Entwarnung ... versehentlich den Filter 'Nur meine Aufgaben' aktiviert"
                    # "Entwarnung ... Das eigentliche Problem: ..." takes back only the scare before the real problem
                    r"\bentwarnung\b(?![\s\S]*(?:eigentliche problem|actual problem|real problem|vrai probleme|"
                    r"problema real|vero problema|eigenlijke probleem))|"
                    r"(?<!no )(?<!kein )(?<!keinen )(?<!aucun )(?<!geen )(?:filter|filtro|filtre) "
                    r"(?:\W[\w ]{1,30}\W )?(?:had |hatte |habia |tinha |avevo |avais )?(?:aktiviert|eingeschaltet|"
                    r"activado|ativado|attivato|aangezet)|es wurde (?:aber )?nichts geloscht|"
                    r"(?:tenia|tenias) puesto (?:el|un) filtro|lo quite y aparece|"
                    + FILTER_SLIP + r"|"
                    r"(?<!no )filter is (?:switched |turned )?on|some filter (?:is|was)|afinal estava|voltou tudo|"
                    r"volvio todo|tout est revenu|alles ist wieder da|e tornato tutto|alles is terug|"
                    # "ok panic over, I found it - I had clicked 'Archive' instead of 'Duplicate'"
                    r"\bpanic over\b|(?:i|we) (?:had |must have )?clicked \W?\w+\W? instead of|"
                    # "please ignore the email I sent 10 minutes ago in a panic"; a wish told as today's limit: "At the
                    # moment I can only pick daily/weekly/monthly"
                    r"please ignore (?:the|my) (?:last |previous |earlier )?(?:e-?mail|message|ticket)|ignore my "
                    r"(?:last|previous) (?:e-?mail|message)|(?:at the moment|currently|right now|today) (?:i|we) can "
                    r"only (?:pick|choose|select)|"
                    # "Ich dachte gestern kurz, jemand hätte unser Passwort geändert ... War aber ich selbst"
                    r"ich dachte (?:\w+ ){0,3}jemand|i thought (?:\w+ ){0,2}(?:someone|somebody)|je pensais que "
                    r"quelqu'un|pense que alguien|pensei que alguem|pensavo che qualcuno|ik dacht dat iemand|"
                    # the Gantt bars look long because weekends count: "lijken alle taken langer dan ze zijn"
                    r"langer dan ze (?:zijn|echt zijn)|longer than they (?:really )?are|plus longues qu'elles ne sont|"
                    r"mas largas de lo que son|langer als sie (?:sind|wirklich sind)|"
                    r"found (?:them|it) again|(?:just |"
                    r"simply )?forg(?:o|e)t(?:ten)? (?:my|his|her|their|our|the) (?:password|pwd|pw)\b|ratelimiterror|"
                    r"429 too many requests|" + EACH_FIXED + r"|"
                    # "c'est moi qui ai supprimé par mégarde la tâche": the writer's own slip, not a bug
                    r"(?:c'est moi qui|it was me who|fui yo quien|ich war es|sono stato io|ik heb zelf|fui eu que)\b"
                    r"[^.!?]{0,40}(?:supprim|delet|borr|losch|cancell|verwijder|apag)|(?:i|we|je|j'ai|ich|ik) "
                    r"(?:\w+ ){0,3}(?:deleted|supprime|geloscht|verwijderd) (?:\w+ ){0,6}(?:by mistake|accidentally|"
                    r"par erreur|par megarde|versehentlich|per ongeluk)|(?:by mistake|accidentally|par erreur|"
                    r"par megarde|"
                    r"versehentlich|per ongeluk|por error|sin querer|per sbaglio|por engano)\b[^.!?]{0,30}"
                    r"(?:deleted|supprim|geloscht|verwijderd|borr|cancell|apag)",
         guard="hypo", negatable=False, name="TEC3-core-bug"),
    rule("TEC4", words("github|gitlab|bitbucket|slack|salesforce|jira|confluence|google calendar|google agenda|"
                       "google kalender|google drive|"
                       "google sheets|google docs|google workspace|google meet|gmail|outlook|office 365|"
                       "office365|microsoft 365|o365|microsoft teams|ms teams|teams integration|teams app|"
                       "teams channel|teams notification|onedrive|sharepoint|dropbox|box.com|zapier|make.com|"
                       "integromat|ifttt|hubspot|zendesk|intercom|freshdesk|figma|miro|zoom integration|"
                       "zoom meeting|zoom link|zoom app|webex|okta|azure ad|entra id|onelogin|quickbooks|xero|"
                       "shopify|calendly|discord|twilio|mailchimp|sendgrid|icloud|apple calendar|ical$|"
                       "trello|asana|notion|clickup|google sso|sign in with google|integration|integrations|"
                       "integracion|integrations|integration|integrazione|integratie|integracao|webhook|webhooks"),
         need=FAULT + r"|disconnect\w*|out of sync|not syncing|(?:doesn'?t|does not|don'?t|won'?t|stopped) "
              r"(?:sync|post|connect|import|update|create|send|trigger|fire|show|appear|work|link)|expired|"
              r"revoked|invalid (?:token|grant|credentials)|\b40[13]\b|\b41\d\b|\b5\d\d\b|rate limit|duplicat|missing|"
              r"ne (?:se )?\w+ plus|n'\w+ plus|no longer|nicht mehr|non \w+ piu|niet meer|ja nao|ya no|"
              r"(?:gone|went) (?:completely |totally |all )?(?:silent|quiet)|nothing arrives|still nothing|"
              # "Seit Montag kommt da nichts Neues mehr an", "zeigt keine neuen Termine"
              r"(?:kommt|kommen) (?:\w+ ){0,4}(?:nichts|keine?) (?:\w+ ){0,2}(?:mehr )?an\b|zeigt keine|"
              r"(?:taucht|tauchen) (?:\w+ ){0,3}nicht (?:mehr )?auf|no (?:llega|aparece) nada|n'arrive plus rien|"
              r"nao chega nada|non arriva (?:piu )?niente|komt (?:\w+ ){0,3}niets (?:meer )?(?:binnen|door)|"
              r"nothing (?:comes|came) through|(?:sync|syncing|connection|integration|import|export) (?:has )?stopped|"
              r"(?:don'?t|doesn'?t|no longer) show up|no vincula|ne lie plus|verknupft nicht|nao vincula|non collega|"
              r"koppelt niet|(?:doesn'?t|does not|no longer) link|deixou de|dejo de|dejaron de|dejado de|deixado de|"
              r"cesse de|aufgehort|"
              r"revocad|revoque|widerrufen|revogad|revocat|ingetrokken|"
              r"smesso di|gestopt met|parou de|paro de|not going (?:into|in|across|over|through)\b|"
              r"(?:nothing|none) (?:\w+ ){0,3}(?:has |have )?(?:gone|come|turned up|arrived|went|got) (?:across|over|"
              r"through|in|on)\b|needs? attention|(?:don'?t|doesn'?t) come (?:through|across|over)",
         also=PARTNERS + r"|integra|webhook",
         unless=r"custom (?:integration|connector|api|webhook|sync)|bespoke|built for us|built specifically|"
                r"come across (?:as |badly|wrong|rude|harsh)|(?:moving|move|switching|switch|migrating) (?:us |"
                r"our team "
                r"|everyone |everything )?(?:over )?to|"
                r"(?:asked|posted|said) (?:in|on) (?:the|our) (?:\w+ ){0,2}(?:slack|discord)|"
                r"how (?:do|can|should) (?:i|we) (?:connect|set ?up|integrate|install|enable|link|add)|"
                r"(?:do|does) (?:you|teamflow) (?:integrate|support|have|offer)|is there (?:an? )?integration|"
                r"(?:import|migrat)\w* (?:\w+ ){0,3}(?:to|into) teamflow (?:from)|"
                # a wish: "Ce n'est pas un bug, juste une idée : ... s'abonner aux jalons via un lien iCal"
                r"n'est pas un bug|(?:isn'?t|is not|not) a bug|kein bug|no es un (?:bug|error)|nao e um (?:bug|erro)|"
                r"non e un bug|geen bug|juste une idee|just an idea|solo una idea|nur eine idee|so uma ideia|"
                r"solo un'idea",
         # the customer's own receiver was down on purpose: "nothing is wrong on your side ... our own maintenance"
         doc_unless=r"nothing (?:is|was) wrong on your (?:side|end)|(?:our|my) own (?:scheduled |planned )?maintenance",
         guard="hypo", negatable=False, name="TEC4-partner"),
    rule("TEC5", words("takes|taking|took|wait|waiting|waits|load|loading|loads|open|opening|save|saving|ladt|"
                       "carga|cargan|charge|chargent|carica|caricano|laadt|carrega|carregam|"
                       "richiede|richiedono|requiere|requiert|erfordert|braucht|ci mette|ci vogliono|prend|tarda|"
                       "in anspruch|"
                       "demora|duurt|dauert|mettent|met$|tardan|brauchen|demoram|impiegano|doen er"),
         need=r"(?:twenty|thirty|forty|fifty|sixty|zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|veinte|treinta|"
              r"cuarenta|"
              r"cincuenta|vingt|trente|quarante|cinquante|venti|trenta|quaranta|cinquanta|twintig|dertig|veertig|"
              r"vijftig|vinte|trinta|quarenta) (?:seconds|sekunden|segundos|secondes|secondi|seconden)|"
              r"\b\d+(?:[.,]\d+)?\+? ?(?:s|secs?|seconds?|mins?|minutes?|secondi|segundos|secondes|sekunden|"
              r"seconden|minuti|minutos|minuten)\b(?! ago)|"
              r"(?:au bout d'une|after a|nach einer|al cabo de un|dopo un|na een|depois de um) (?:minute|minuto|"
              r"minuut)|"
              r"(?:almost|nearly|about|quasi|circa|casi|presque|fast|quase|bijna) (?:a|one|un|una|uno|une|ein|eine|"
              r"einen|"
              r"um|uma|een) (?:minute|minuto|minuta|minuut)|"
              r"(?:forever|ages|a long time|too long)"
              r" to (?:load|open|save|render|refresh|show|appear|sync|upload)|(?:takes?|taking|took|waits?|waiting) "
              r"(?:\w+ ){0,2}(?:a |an |one |two |several |a few |\d+ )?(?:minutes?|seconds?|secs?|mins?|ages|forever|"
              r"long time)",
         unless=r"repl(?:y|ies)|respon|answer|support|agent|hear back|get back|(?:each|every) (?:\d+ )?(?:s|sec|"
                r"seconds?|mins?|minutes?)|timer|countdown|session|"
                # "it takes a second to find the right one": an idiom, not a slow page
                r"takes? (?:\w+ )?(?:a|one) (?:second|sec|moment|minute) to (?!load|open|save|render|refresh|show|"
                r"appear|sync|upload)|(?:with|because of|due to) (?:the |your )?rate limit|"
                # a do-it-yourself trick: "took me ages to crack it so I'm sharing"
                r"took (?:me|us) (?:\w+ )?(?:ages|forever|a while|hours) to (?:crack|figure|work out|find|get right)|"
                r"(?:i|we) (?:finally |just )?\W?hacked\W? (?:the|our|a|my)", negatable=False,
         guard="hypo",
         name="TEC5-seconds"),
    rule("TEC5", words("slow|slowly|slower|slowness|slowed|sluggish|laggy|lag$|lagging|lags$|latency|takes forever|"
                       "take forever|taking forever|takes ages|takes minutes|takes a long time|takes too long|"
                       "took forever|load time|load times|loading time|loading times|page load|performance|"
                       "ladezeiten|ladezeit|tiempos de carga|temps de chargement|tempi di caricamento|laadtijden|"
                       "tempo de carregamento|"
                       "timeout|timeouts|time out|times out|timing out|timed out|unresponsive|degraded|"
                       "degradation|spinning|spinner|lento|lenta|lentos|lentas|lentissim|lentitud|lentidao|tres lent|"
                       "trop lent|"
                       "lenteur|langsam|traag|trage|rallentament|tarda mucho|demora|demorando|prestaties|"
                       "rendimiento|rendement|leistung|desempenho|prestazioni|duurt|dauert|tarda|tardan|demora|"
                       "demoram|ci mette|ci vuole|prend des|met des"),
         need=r"slow|lag|latenc|forever|ages|minutes|seconds|long|load|timeout|time out|times out|timing out|"
              r"timed out|unresponsive|degrad|spinn|lent|langsam|traag|rallent|demor|tarda|\bpoor\b|\bbad\b|"
              r"\bdrop|terrible|worse|issue|problem|problema|probleme|lang\b|lange\b|ewig|eeuwig|minut|"
              r"second|sekunde|seconde|segundo|mucho|beaucoup|muito|molto|halve|halbe|verlanger|erheblich|"
              r"considerab|notevol|aanzienlijk",
         unless=r"slow (?:response|reply|replies|responses|answer|support|to (?:respond|reply|answer|get back))|"
                r"slowly (?:killing|dying|learning|getting used|warming|coming round|recovering|working through)|"
                r"(?:one|no|a single|barely (?:any|one)|weak|bad|poor) (?:bar|signal|reception|coverage)\b|no signal|"
                r"without (?:a )?signal|"
                r"(?:support|team|agents?|responses?|replies|you guys|your staff) (?:is|are|was|were|has been|"
                r"have been) (?:\w+ )?slow|performance (?:review|reviews|management|goals?|evaluation)|"
                r"(?:employee|team) performance|time ?out (?:setting|session)|session time ?out|"
                r"tardar\w* (?:\w+ )?(?:dias|semanas)|"
                # Dutch "lag" is "lay": "hij lag te slapen", "iedereen lag dubbel"
                r"\blag (?:te \w+|dubbel|in (?:bed|het ziekenhuis)|op (?:bed|de bank))\b|(?:take|takes|took) (?:a few|"
                r"several|\d+) (?:days|weeks) to "
                r"(?:send|arrive|deliver)|\blag (?:\w+ ){0,5}plat\b|\bplat lag\b|\blagen plat\b|\blag (?:an|es|"
                r"daran)\b|"
                r"(?:do|does) (?:you|teamflow) (?:\w+ )?(?:offer|guarantee|have)|slow (?:it |things |this )?down "
                r"(?:the|my|our|a)|to slow down|t[ao]ok time out|tak(?:e|ing) time out|time out of|timeout\s*=|"
                r"timeout\s*:\s*\d|--timeout|assistenza|supporto|soporte|atencion al cliente|atendimento|suporte|"
                r"kundenservice|kundendienst|klantenservice|service client|servicio al cliente|respuestas?\b|"
                r"rispost|reponses?\b|antwort|respostas?\b|antwoord|(?:with|because of|due to) (?:the |your )?rate "
                r"limit|"
                # support slow to answer: "tardan mas de un dia en contestar"
                r"en (?:contestar|responder)|a (?:repondre|responder|rispondere)|zu antworten|te antwoorden|"
                r"to (?:reply|answer|respond)|"
                # Dutch "het lag aan mijn wachtwoordmanager": it was down to, not a lag
                r"(?:het|dat|it|dit) lag (?:\w+ )?aan\b|lag aan (?:mijn|de|het|onze|ons|een)|"
                # German "lag" is "lay": "Die Reset-Mail lag im Spam"
                r"\blag (?:im|in|bei|auf|unter) (?:dem |meinem |unserem |der )?(?:spam|junk|postfach|ordner|papierkorb|"
                r"werbung)", guard="info",
         doc_unless=OWN_CONNECTION_DOWN, negatable=True, name="TEC5-slow"),
    # the wait told through what fits into it: "time to go and get a coffee before it all shows up"
    rule("TEC5", words("get a coffee|grab a coffee|make a coffee|make a cup of tea|buscar um cafe|tomar um cafe|"
                       "faire un cafe|me faire un cafe|prendermi un caffe|prendere un caffe|"
                       "buscar un cafe|tomar un cafe|prendre un cafe|chercher un cafe|einen kaffee holen|"
                       "kaffee holen|prendere un caffe|farmi un caffe|koffie halen|koffie zetten"),
         need=r"before|antes|avant|bevor|prima|voordat|aparec|appear|load|carreg|cargar|charge|laden|caric|laad|"
              r"apert|torno|vuelvo|reviens|zuruck|volto|terug|"
              r"open|abr|ouvr|offn|apr|every time|cada vez|chaque fois|jedes mal|ogni volta|elke keer",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="TEC5-time-for-a-coffee"),
)

STANDARD_RULES: tuple[Rule, ...] = (*TECHNICAL, *SATISFACTION)
