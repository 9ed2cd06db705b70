"""Rules of the immediate tier: Security & Data Incidents, Service Outages, Legal & Compliance.

These decide the critical misses, so they lean towards recall, in English, Spanish, French,
German, Portuguese, Italian and Dutch; informational questions, hypotheticals, negations,
resolved incidents and someone's own counsel asking a question are what keeps them precise.
"""

from __future__ import annotations

from .lexicon import CANT, DATA_NOUN, SCOPE_MANY, STRONG_DOWN, Rule, rule, words

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

SECURITY: tuple[Rule, ...] = (
    # SEC1: breach, hacking, unauthorised access
    rule("SEC1", words("breach|breached|data breach|security breach|brecha|violacion de datos|violacion de seguridad|"
                       "violation de donnees|violation de securite|datenpanne|datenleck|datenschutzverletzung|"
                       "violacao de dados|vazamento|violazione dei dati|datalek|security incident|"
                       "incidente de seguridad|incident de securite|sicherheitsvorfall|incidente de seguranca|"
                       "incidente di sicurezza|beveiligingsincident"),
         unless=r"\bsla\b|service level|breach of (?:the |our |your )?(?:contract|agreement|terms|sla|warranty)|"
                r"contract breach|uptime|response time|(?:gdpr|hipaa|compliance) breach|commitment|objective|"
                r"\brto\b|\brpo\b|recovery time|guarantee|obligation|promise", name="SEC1-breach"),
    rule("SEC1", words("hacked|hacker|hackers|hacking|hack$|got hacked|hackeado|hackeada|hackearon|hackeo|pirate|"
                       "piratage|pirateo|gehackt|hackerato|hackerata|invadida|invadido|invadiram|invasao|"
                       "compromised|compromis|comprometida|comprometido|kompromittiert|compromessa|compromesso|"
                       "gecompromitteerd|account takeover|hijack"),
         unless=r"hackathon|life ?hack|growth hack|hack ?day|hacky|hacked together|quick hack|hacker ?news|"
                r"compromise (?:on|between)|reach a compromise|no compromise|workaround", name="SEC1-hacked"),
    rule("SEC1", words("taken over|took over|taking over"),
         need=r"account|session|workspace|admin|login|e-?mail address|profile|cuenta|compte|konto|conta",
         unless=r"took over (?:the|as|from|this|responsibility|ownership)|taken over (?:the|as|from|this|"
                r"responsibility|ownership)|taking over (?:the|as|from|this|responsibility|ownership)",
         name="SEC1-takeover"),
    rule("SEC1", words("unauthorized|unauthorised|no autorizado|no autorizada|non autorise|non autorisee|"
                       "nicht autorisiert|unbefugt|unberechtigt|nao autorizado|nao autorizada|non autorizzato|"
                       "non autorizzata|ongeautoriseerd|onbevoegd|without permission|without our permission|"
                       "without my permission|without authorization|without authorisation|sin permiso|"
                       "sans autorisation|ohne erlaubnis|ohne genehmigung|sem permissao|senza autorizzazione|"
                       "zonder toestemming"),
         need=r"access|log ?in|logins?|logged|sign[- ]?ins?|signed|session|\busers?\b|account|person|party|device|"
              r"\bips?\b|entry|changes?|activity|export|download|view|viewed|copied|shared|used|using|invite|added|"
              r"acces|acceso|acesso|accesso|zugriff|zugang|toegang|anmeld|connexion|conta|cuenta|compte|konto|"
              r"entr[oa]|entrou|utilis|usad|usou|benutz|gebruikt|data|datos|donnees|daten|dados|dati|gegevens",
         unless=r"\b40[13]\b|(?:error|status|response|code|http)\b.{0,20}unauthori|unauthori[sz]ed (?:error|"
                r"response|status|exception|code|message)|charge|payment|transaction|debit|invoice|billing|"
                r"cobro|prelevement|abbuchung|cobranca|addebito|afschrijving|card",
         name="SEC1-unauthorised"),
    rule("SEC1", words("someone|somebody|a stranger|an outsider|an intruder|intruder|a third party|"
                       "former employee|ex-employee|ex employee|terminated employee|former contractor|alguien|"
                       "quelqu'un|jemand|alguem|qualcuno|iemand|un tercero|ein dritter|terceiros"),
         need=r"\baccess(?:ed|ing)?\b|logg(?:ed|ing) (?:in|into|on)|\blog ?in|\blogins?\b|sign(?:ed)?[- ]?in|got into|"
              r"broke into|into (?:our|my) (?:account|workspace)|still (?:has|have) access|can still (?:access|log|"
              r"see)|is using (?:my|our)|used (?:my|our) (?:account|login|credentials)|changed (?:my|our|the) "
              r"(?:password|email|2fa|mfa|settings|permissions)|reset (?:my|our) password|added (?:themselves|a new "
              r"admin|an admin)|download(?:ed)? (?:all|our|the)|export(?:ed)? (?:all|our|the)|acced|accedio|"
              r"entro en|inicio sesion|a accede|s'est connecte|connecte a|zugegriffen|angemeldet|eingeloggt|"
              r"acessou|entrou|logou|ha avuto accesso|ha effettuato l'accesso|e entrato|toegang|ingelogd|descargo|"
              r"exporto|copio|robo|envio|compartio|exporte|telecharge|copie|vole|envoye|partage|exportiert|"
              r"heruntergeladen|kopiert|gestohlen|geschickt|weitergegeben|exportou|baixou|copiou|roubou|enviou|"
              r"compartilhou|esportato|scaricato|copiato|rubato|inviato|condiviso|geexporteerd|gedownload|"
              r"gekopieerd|gestolen|gestuurd|gedeeld|exporterade|laddade ner|kopierade|skickade|wyeksportowal|"
              r"pobral|skopiowal|ukradl|wyslal|guessed (?:my|our|the) password|hacked|stole|copied (?:all|our|the)",
         unless=r"\b(?:someone|somebody) (?:from|on|at) (?:your|the support|support|teamflow)|(?:can|could) "
                r"(?:someone|somebody)|(?:someone|somebody) (?:to|who can|should|please)|need (?:someone|somebody)|"
                r"(?:can'?t|cannot|unable to|not able to|doesn'?t have|no longer has|lost) access|"
                r"how (?:do|can) (?:i|we)|give (?:someone|access)|grant|share (?:with|a board)|invite someone|"
                r"want (?:someone|to give)", name="SEC1-someone"),
    rule("SEC1", words("unknown|unrecognized|unrecognised|unfamiliar|suspicious|strange|foreign|weird|odd|"
                       "desconocid|sospechos|inconnu|suspect|unbekannt|verdachtig|desconhecid|suspeit|"
                       "sconosciut|sospett|onbekend|verdacht"),
         need=r"(?:unknown|unrecogni[sz]ed|unfamiliar|suspicious|strange|foreign|weird|odd|desconocid\w*|"
              r"sospechos\w*|inconnu\w*|suspect\w*|unbekannt\w*|verdachtig\w*|desconhecid\w*|suspeit\w*|"
              r"sconosciut\w*|sospett\w*|onbekend\w*|verdacht\w*) (?:\w+ ){0,2}(?:log ?ins?|logins?|sign[- ]?ins?|"
              r"sessions?|devices?|\bips?\b|ip address|locations?|countr(?:y|ies)|users?|accounts?|members?|admins?|"
              r"access|connections?|inicios? de sesion|accesos?|connexions?|acces|anmeldungen|zugriffe?|geraete?|"
              r"acessos?|logins?|accessi|dispositiv\w*|inlogpogingen|apparaten)",
         unless=r"unknown error|error unknown|strange (?:error|behaviou?r|bug|issue|glitch)|weird (?:error|bug|"
                r"behaviou?r)|odd (?:error|behaviou?r)", negatable=False, name="SEC1-unknown-login"),
    rule("SEC1", words("login|logins|log in|logged in|log-in|sign-in|sign-ins|signed in|sessions|session"),
         need=r"(?:wasn'?t|weren'?t|not) (?:me|us|ours|one of us)|don'?t recogni[sz]e|didn'?t (?:make|do|authori[sz]e)|"
              r"none of us|nobody (?:here|on (?:our|my) team|in (?:our|my) (?:team|company))|no one (?:here|on "
              r"(?:our|my) team|in (?:our|my) (?:team|company))|without (?:our|my) (?:permission|knowledge|consent)|"
              r"(?:another|other|different|foreign) countr|from (?:russia|china|north korea|nigeria|iran|an ip)|"
              r"overseas|at \d+ ?am (?:when|while)",
         negatable=False, name="SEC1-not-us"),
    rule("SEC1", words("leak|leaked|leaking|exposed|exposure|stolen|exfiltrat|dark web|darkweb|pastebin|for sale|"
                       "filtrad|filtracion|filtraron|fuite|fuites|geleakt|durchgesickert|vazad|vazou|vazaram|"
                       "trapelat|uitgelekt|gestolen|robad|robaron|vole|volees|gestohlen|roubad|roubaram|rubat"),
         need=DATA_NOUN + r"|account|password|credential|email|customer|client|personal|pii|contact|list|"
              r"cuenta|compte|konto|conta|contrase|mot de passe|passwort|senha|wachtwoord|information|details",
         unless=r"memory leak|leaking memory|exposed (?:to (?:the )?(?:risk|danger))|exposure (?:time|setting)|"
                r"stolen (?:laptop|phone|device) (?:policy|procedure)", name="SEC1-leak"),
    rule("SEC1", words("was posted|were posted|been posted|posted online|posted publicly|posted on|published|"
                       "made public|publicly available|appeared online|showing up online|circulating|"
                       "publicado|publicados|publiee|publiees|veroffentlicht|publicados|pubblicat|gepubliceerd"),
         need=r"(?:our|my|customer|client|employee|patient|user|personal|private|internal|confidential|whole|"
              r"entire)\s(?:\w+ ){0,2}(?:data|list|records|files|information|details|emails|contacts|database|"
              r"documents?|projects?|boards?|tasks?|names|addresses|numbers|spreadsheet|roadmap)|\b(?:datos|donnees|"
              r"daten|dados|dati|gegevens)\b",
         unless=r"(?:we|i) (?:have |just )?(?:published|posted)|publish(?:ed)? (?:a |the |our )?(?:board|page|"
                r"template|form|update|release)|public (?:board|link|page|form|template)",
         name="SEC1-published"),
    rule("SEC1", words("sent to|emailed to|delivered to|forwarded to|went to|shared with|mailed to|"
                       "enviado a|envoye a|gesendet an|enviado para|inviato a|verzonden naar"),
         need=r"external|outside|third[- ]party|vendor|supplier|wrong (?:person|recipient|company|customer|client|"
              r"address|email)|another (?:customer|company|client|organi[sz]ation)|other (?:customers|companies)|"
              r"strangers?|unknown|someone (?:else|outside)|competitor|public",
         also=r"data|names|contacts|details|information|e-?mails|phone|addresses|list|personal|records|files|"
              r"invoices?|projects?|tasks|salar|confidential|private|datos|donnees|daten|dados|dati|gegevens",
         unless=r"(?:can|could|how|should) (?:i|we|you)|invite|guest|(?:want|need|like) to (?:send|share)",
         name="SEC1-misdelivered"),
    rule("SEC1", words("former|ex-|whose contract ended|contract ended|who left|left the company|left us|offboarded|"
                       "was removed|were removed|removed her|removed him|removed them|deactivated|no longer works|"
                       "no longer with us|terminated|fired|dismissed|ehemalig|antiguo|antigua|ancien|ancienne|"
                       "ex-funcionario|ex-dipendente|voormalig"),
         need=r"(?:still|yesterday|last night|this morning|after|since)\b[^.!?]{0,80}(?:opened|downloaded|accessed|"
              r"logged|signed|viewed|exported|copied|edited|deleted|has access|have access|able to|log ?in|"
              r"sign ?in)|(?:opened|downloaded|accessed|logged in|signed in|viewed|exported|copied)\b[^.!?]{0,80}"
              r"(?:after|although|even though|despite|weeks after|days after)|still (?:has|have|had) access|"
              r"can still (?:log|sign|access|see|open)",
         unless=r"how (?:do|can) (?:i|we) (?:remove|revoke|offboard|deactivate)|(?:want|need|like) to (?:remove|"
                r"revoke)",
         negatable=False, name="SEC1-former-member"),
    rule("SEC1", words("people outside|people from outside|outsiders|external people|externals|non-employees|"
                       "strangers|the wrong people|wrong person|wrong people|wrong recipient|wrong recipients|"
                       "unintended recipients|unauthorized recipients|unauthorised recipients|guessed my password|"
                       "guessed our password|password was guessed|password was stolen|password was leaked|"
                       "password was cracked|stole my password|stolen password|stolen credentials"),
         need=r"open|seen|saw|view|access|receiv|read|got|download|have access|has access|can see|could see|"
              r"password|credential|account|log",
         unless=r"(?:how|can|could|should) (?:do |can )?(?:i|we|you) |invite|guest access (?:setting|option)",
         name="SEC1-outsiders"),
    rule("SEC1", words("went out|was sent|were sent|got sent|been sent|was emailed|were emailed|was mailed|"
                       "was shared|were shared|was forwarded"),
         need=r"outside|external|guests?|wrong|all (?:of )?our|everyone|public|unintended|another (?:customer|"
              r"company|client)|other (?:customers|companies)|strangers?|third[- ]part",
         also=r"data|names|contacts|details|information|e-?mails|phone|addresses|list|personal|records|files|"
              r"spreadsheet|salar|payroll|confidential|private|contracts?|passwords|credentials|medical|health|"
              r"invoices?|attach",
         unless=r"(?:can|could|how|should) (?:i|we|you)|by mistake (?:i|we)|(?:i|we) (?:accidentally )?(?:sent|shared)",
         name="SEC1-sent-out"),
    rule("SEC3", words("never made|never created|never did|never sent|never wrote|never posted|didn't make|"
                       "did not make|didn't create|did not create|didn't send|did not send|didn't post|not made by|"
                       "in my name|in our name|impersonat"),
         need=r"tasks?|comments?|changes|messages?|posts?|invit|projects?|edits?|e-?mails?|entries|boards?|"
              r"payments?|users?|members?|admins?|files?",
         unless=r"(?:how|can|could|should) (?:do |can )?(?:i|we|you) |backup|(?:i|we) never made (?:a |the )?"
                r"(?:backup|copy|decision|change request)",
         negatable=False, name="SEC3-not-us"),
    rule("SEC1", words("never created|never added|never authorized|never authorised|never invited|never set up|"
                       "didn't create|did not create|didn't add|did not add|don't recognize|don't recognise|"
                       "do not recognize|do not recognise|we don't use|we do not use|not ours|isn't ours|"
                       "aren't ours|wasn't us|wasn't me|weren't us|not one of us|none of our people|"
                       "not any of our people|nobody from our side|no one from our side|never gave|never granted|"
                       "never given|shouldn't have access|should not have access|not supposed to have access|"
                       "wasn't supposed to|was not supposed to|had no access|has no access"),
         need=r"token|api key|\bkeys?\b|\busers?\b|account|admin|session|log ?in|sign[- ]?in|device|\bips?\b|"
              r"ip range|\bapp\b|integration|member|location|country|hosting company|browser|oauth|access|"
              r"download|export|project|files|data|workspace",
         negatable=False, name="SEC1-not-ours"),
    rule("SEC1", words("another customer|another company|another organization|another organisation|another tenant|"
                       "another client|other customers|other companies|"
                       "other organizations|other organisations|someone else's|somebody else's|different company|"
                       "different customer|strangers|otro cliente|otra empresa|un autre client|une autre entreprise|"
                       "einem anderen kunden|anderen kunden|outro cliente|outra empresa|un altro cliente|"
                       "un'altra azienda|een andere klant|een ander bedrijf"),
         need=r"(?:see|seeing|saw|seen|view|viewing|visible|access|showing|shows|appear|receiv|got|sent|displayed|"
              r"expos|download|open|read|veo|vemos|ver|vois|voyons|sehen|sehe|vejo|vemos|vedo|vediamo|zie|zien)"
              r"[^.!?]{0,80}(?:data|projects?|tasks?|boards?|files?|invoices?|information|workspaces?|details|"
              r"comments?|records|documents?|attachments?|contacts|emails?|names|datos|donnees|daten|dados|dati|"
              r"gegevens|proyectos|projets|projekte|projetos|progetti)|(?:data|projects?|tasks?|boards?|files?|"
              r"invoices?|information|workspace|details|records|documents?|datos|donnees|daten|dados|dati|gegevens)"
              r"[^.!?]{0,60}(?:visible|accessible|showing up|appear|shown|sent|exposed|available)",
         unless=r"same (?:error|issue|problem|bug|thing|charge|invoice|billing|outage)|(?:also|too|as well)\b|"
                r"experiencing|affected|reporting|having the same|share (?:with|a board|our board)|invite|"
                r"collaborat|guest", negatable=True, name="SEC1-cross-tenant"),
    # SEC2: vulnerabilities
    rule("SEC2", words("vulnerab|vulnerabilidad|vulnerabilite|vulnerabilidade|vulnerabilita|sicherheitslucke|"
                       "schwachstelle|kwetsbaarheid|beveiligingslek|xss$|cross-site|cross site|sql injection|sqli$|"
                       "csrf$|idor$|ssrf$|rce$|remote code|privilege escalation|cve-|open redirect|path traversal|"
                       "directory traversal|clickjacking|responsible disclosure|coordinated disclosure|"
                       "security flaw|security hole|security bug|security issue|security problem|"
                       "security weakness|security gap|security loophole|falla de seguridad|"
                       "fallo de seguridad|agujero de seguridad|problema de seguridad|faille|probleme de securite|"
                       "sicherheitsproblem|sicherheitsluecke|falha de seguranca|problema de seguranca|"
                       "falla di sicurezza|problema di sicurezza|beveiligingsprobleem|insecure direct"),
         unless=r"(?:bug bounty|vulnerability disclosure|disclosure) (?:program|policy|page)\b[^.!]*\?",
         name="SEC2-flaw"),
    rule("SEC2", words("pentest|pen test|penetration test|security researcher|bug bounty|exploit|injection|"
                       "bypass|insecure"),
         need=r"found|finding|flagged|rated|severity|cvss|discover|identif|report|notic|detect|able to|allows?|"
              r"allowing|possible to|lets? (?:me|anyone|"
              r"users|an attacker)|can be|could be|vulnerab|flaw|exploit|proof of concept|\bpoc\b|reproduc|"
              r"bypass(?:ed|es|ing)? (?:the )?(?:auth|login|2fa|mfa|permission|password|sso|access|restriction)",
         unless=r"prompt injection|dependency injection|fuel injection|sql injection (?:protection|"
                r"prevention)\b[^.!]*\?|"
                r"(?:do you|does teamflow|have you|can you share|could you share)", name="SEC2-research"),
    rule("SEC2", words("api key|api keys|api token|access token|tokens|secret|secrets|credentials|private key|"
                       "password|passwords|session cookie|cookies"),
         need=r"exposed|leak|visible|in (?:the )?(?:page source|source code|url|response|logs?|plain ?text|"
              r"clear ?text|html|javascript|\bjs\b|public|repo)|publicly|plain ?text|unencrypted|hard-?coded|"
              r"returned in|shown to|embedded in|readable by|in clear",
         unless=r"reset|forgot|how (?:do|can) i|change (?:my|the) password|password manager", name="SEC2-secret"),
    rule("SEC2", words("without being logged|without logging|without authentication|without authenticating|"
                       "without a password|unauthenticated|by changing the|by modifying the|by editing the|"
                       "by incrementing|by tampering|other customers' |other tenants"),
         need=r"(?:see|view|access|read|edit|delete|download|modify|change|open|export|get)\b[^.!?]{0,60}"
              r"(?:data|projects?|tasks?|boards?|files?|invoices?|workspaces?|accounts?|records|private|other|"
              r"anyone|any)|\b(?:id|url|parameter|param|request|number)\b",
         unless=r"\bshar(?:e|ed|ing) (?:link|board)|guest",
         name="SEC2-access-control"),
    rule("SEC2", words("doesn't check|does not check|don't check|without checking|not checking|no check|"
                       "isn't checked|is not checked|not validated|isn't validated|no authorization check|"
                       "no permission check|belongs to a different|belonging to another|belong to other|"
                       "other orgs|other organisations|other organizations|other workspaces|other tenants|"
                       "another tenant|different organisation|different organization|different workspace|"
                       "logged-out|logged out browser|without a session|without logging in|not logged in|"
                       "sequential|enumerat|guessable|predictable|incrementing|brute-forc|never expire|"
                       "never seems to expire|doesn't expire|does not expire|don't expire|do not expire|reusable|"
                       "can be reused|works more than once|more than once|plain text|plaintext|unencrypted|"
                       "not encrypted|exposed"),
         need=r"\blinks?\b|token|\bids?\b|endpoint|\burls?\b|session|password|reset|auth|permission|access|"
              r"files?\b|boards?\b|projects?\b|account|\bapi\b|/api|cookie|secret|credential|data|org|"
              r"workspace|tenant|invite|signup|sign-up|expire",
         also=r"link|token|\bids?\b|endpoint|\burl|session|password|reset|auth|permission|/api|\bapi\b|cookie|"
              r"credential|org membership|membership|other|another|different|anyone|expire|reus|enumerat|"
              r"sequential|guess|predict|logged[- ]out|plain ?text|unencrypted|encrypt",
         unless=r"(?:do|does|is|are|can|could|will|would) (?:you|teamflow|it|there|we)\b[^.!?]*\?|"
                r"how (?:do|can|long)|(?:want|like|need) to (?:export|share|invite)|export (?:to|as) (?:csv|pdf)",
         name="SEC2-weakness"),
    # SEC3: malicious activity
    rule("SEC3", words("phishing|phish|malware|virus|viruses|ransomware|trojan|keylogger|malicious|brute force|"
                       "brute-force|credential stuffing|ddos|dos attack|bot attack|botnet|crypto miner|cryptominer|"
                       "hameconnage|suplantacion|malicioso|maliciosa|malveillant|bosartig|schadlich|dannoso|"
                       "kwaadaardig|schadsoftware|ataque|attaque|angriff|attacco|aanval|attack|attacker|attackers"),
         unless=r"heart attack|panic attack|attack surface|anti-?virus (?:software|scan)|virus scan(?:ner)?|"
                r"(?:do|does|how) (?:you|teamflow) (?:protect|prevent|handle|scan)|(?:marked|flagged|reported|"
                r"treated|mistook|mistaken)\w* (?:\w+ )?(?:as|for) (?:phishing|spam|malicious)|look(?:s|ed)? like "
                r"(?:phishing|spam)", name="SEC3-malicious"),
    rule("SEC3", words("scam|scams|scammer|crypto|fake accounts|fake users|fake members|fake sign|bots|bot accounts|"
                       "vandal|defac|obscene|offensive|porn|hateful|impersonat"),
         need=r"post|comment|link|member|account|workspace|board|message|invit|join|sign|creat|renam|chang|"
              r"task|project|appear|spread|flood|our (?:org|team|users)",
         unless=r"(?:do|does|how) (?:you|teamflow|can|i|we) (?:\w+ )?(?:prevent|protect|block|stop|handle)",
         name="SEC3-abuse"),
    rule("SEC3", words("spam|spamming|spammed"),
         need=r"(?:from|sent|sending|posted|posting|using|via) (?:our|my|the)? ?(?:account|workspace|users?|"
              r"teamflow|domain|board|project|comments?)|(?:our|my) (?:account|workspace) (?:is|was|has been) "
              r"(?:sending|posting)|links? (?:in|posted|to)|comments? (?:full|with)",
         unless=r"spam folder|in (?:my|the|our) spam|marked as spam|go(?:es|ing)? (?:to|into) spam|"
                r"land(?:s|ing)? in spam|end(?:s|ing)? up in spam|junk|spam filter", name="SEC3-spam"),
    rule("SEC3", words("suspicious activity|suspicious behavior|suspicious behaviour|fraudulent|fraud$|"
                       "actividad sospechosa|activite suspecte|verdachtige aktivitat|atividade suspeita|"
                       "attivita sospetta|verdachte activiteit|verdachtige activiteit"),
         unless=r"charge|payment|card|invoice|billing|transaction|refund", name="SEC3-suspicious"),
    rule("SEC3", words("mass delet|bulk delet|mass-delet|deleted by someone|someone deleted|somebody deleted|"
                       "someone removed|someone changed|somebody changed|nobody on our team|no one on our team|"
                       "none of us|nobody in our|no one in our|no one here|nobody here|not one of us|"
                       "not any of our people|none of our people|not by us|wasn't us|nobody from our side|"
                       "no one from our side|not anyone from our|none of our users|none of our staff"),
         need=r"delet|chang|remov|creat|invit|sent|post|added|modif|download|export|made|did|archiv|wip|renam|"
              r"transfer|revok|disabl",
         unless=r"(?:can|could) (?:log ?in|access|sign|load|open|use|work)|" + CANT, negatable=False,
         name="SEC3-nobody-did"),
    rule("SEC3", words("failed login attempts|failed login|login attempts|sign-in attempts|password attempts|"
                       "thousands of login|hundreds of login"),
         need=r"thousand|hundred|\d{2,}|many|multiple|repeated|flood|lots|spike|wave|burst|bot|automat|"
              r"brute|constant|every (?:second|minute)", name="SEC3-attempts"),
    # SEC4: data loss or corruption
    rule("SEC4", words("data loss|lost data|loss of data|perdida de datos|perte de donnees|datenverlust|"
                       "perda de dados|perdita di dati|dataverlies|gegevensverlies|corrupt|corrupted|corruption|"
                       "corrompid|corrompu|beschadigt|beschadigd|korrupt|corrott|garbled|scrambled|overwritten|"
                       "overwrote|wiped|erased|purged"),
         need=DATA_NOUN + r"|loss|perdida|perte|verlust|perda|perdita|verlies",
         unless=r"corrupt(?:ed)? (?:download of (?:the|your) (?:app|installer)|installer)|"
                r"(?:accidentally|by mistake|by accident) (?:\w+ )?(?:wiped|erased|overwrote)|"
                r"(?:backup|retention|recovery|disaster) (?:policy|plan|process|procedure)", name="SEC4-corrupt"),
    rule("SEC4", words("lost$|lose|losing|disappear|vanish|gone$|deleted|removed|wiped|forlorat|forlorade|"
                       "forsvann|forsvunnit|raderats|raderades|zniknely|zniknal|usuniete|stracilismy|"
                       "no longer there|not there anymore|empty$|desaparec|borrad|eliminad|perdid|perdimos|"
                       "disparu|disparus|disparues|supprim|efface|perdu|perdus|verschwunden|geloscht|verloren|"
                       "weg$|sumiram|sumiu|apagad|excluid|spariti|sparit|scompars|cancellat|persi$|perse$|"
                       "verdwenen|verwijderd|kwijt"),
         need=DATA_NOUN,
         unless=r"(?:button|option|menu|icon|setting|toggle|tab|link|field|filter|feature|header|sidebar|toolbar|"
                r"badge|avatar|logo|dropdown|view|scroll ?bar|shortcut|template|integration|permission|role|"
                r"notification|e-?mail|invite|invitation|access|password|connection|patience|interest|track|"
                r"sync|the (?:ability|option))s? (?:\w+ ){0,2}(?:is|are|has|have|went|got)? ?(?:gone|missing|"
                r"disappeared|vanished|lost|removed)|lost (?:access|connection|my password|the link|track|interest|"
                r"patience|faith|trust|money|(?:my|our) (?:phone|device|2fa|authenticator|job|mind))|"
                r"accidentally|by mistake|by accident|(?:i|we|my colleague|my coworker|he|she) (?:just )?"
                r"(?:deleted|removed|archived|erased)|archived|(?:in|from|to|into) (?:the |our |my )?(?:trash|bin|"
                r"recycle bin)|trash (?:can|folder)|filter|hidden|\bhide\b|"
                r"deleted (?:tasks?|items?|projects?|files?|comments?|boards?) (?:keep|still|are still|come back|"
                r"reappear|show)|reappear|(?:how|can) (?:do|can|i|we) (?:i |we )?(?:delete|remove)|"
                r"(?:want|like|need|asked|request|please) (?:\w+ ){0,3}(?:to )?(?:delete|remove)|"
                r"data (?:deletion|removal) request|right to|gdpr|dsgvo|rgpd|lgpd|personal data|"
                r"missing (?:feature|functionality|option|integration|a way|the ability)|"
                r"if (?:i|we|you) (?:delete|remove|lose)|(?:what|how) (?:happens|long)|"
                r"\b(?:should|would|will) (?:be )?(?:deleted|removed)|after (?:deletion|deleting|cancell?ation)|"
                r"can (?:deleted|removed|lost)|(?:restore|recover|undo|undelete) (?:a |the )?(?:deleted|removed)|"
                r"(?:deleted|removed) (?:\w+ )?(?:be|can|get) (?:restored|recovered)|"
                r"(?:afraid|worried|concerned|fear|risk|scared) (?:of |that |to |we |i )|don'?t want to lose|"
                r"without losing|(?:will|would|do|could) (?:i|we) lose|to avoid losing|before (?:i|we) lose|"
                r"lose (?:access|our place)|tiktok|twitter|video|mocking|review|claims? (?:that|it)|rumou?r|"
                r"(?:removed|deleted|deactivated|former) (?:\w+ )?(?:contractor|user|member|employee|guest|person|"
                r"colleague|freelancer|admin|account)s?\b",
         name="SEC4-gone"),
    rule("SEC4", words("missing|fehlen|faltan|manquent|faltando|mancano|ontbreken"),
         need=r"(?:tasks?|projects?|boards?|files?|comments?|attachments?|\bdata\b|records|documents?|subtasks|"
              r"cards|entries|history|everything|datos|donnees|daten|dados|dati|gegevens|tareas|taches|aufgaben|"
              r"tarefas|taken)\b(?: \w+){0,4} (?:are|is|went|go|gone|seem|appear|now|all|completely)\w* (?:\w+ )?"
              r"(?:missing|fehlen|faltan|manquent|faltando|mancano|ontbreken)|missing (?:\w+ ){0,2}(?:tasks?|"
              r"projects?|boards?|files?|comments?|attachments?|data|records|documents?)\b[^.!?]{0,40}(?:from|in) "
              r"(?:our|my|the) (?:board|project|workspace|account)",
         unless=r"export|csv|report|pdf|print|column|filter|feature|field|option|button|integration|"
                r"template|permission|e-?mail|notification", name="SEC4-missing"),
    rule("SEC4", words("lost$"),
         need=r"lost (?:all |hours of |days of |weeks of |months of |our |my |the )*(?:work|progress|changes|edits)",
         unless=r"lost (?:access|connection)|(?:afraid|worried) ", name="SEC4-lost-work"),
    rule("SEC4", words("empty|blank"),
         need=r"(?:(?:whole|entire) (?:workspace|account|database)|everything|all (?:of )?(?:our|my) (?:\w+ )?"
              r"(?:tasks|projects|boards|data|files))\w* (?:\w+ ){0,3}(?:is|are|now|completely|totally|just) "
              r"(?:\w+ )?(?:empty|blank)", name="SEC4-empty"),
    rule("SEC4", words("reset|renamed|cleared|overwritten|overwrote|replaced|blanked|zeroed|collapsed|scrambled|"
                       "0 bytes|zero bytes|0 kb|0 bajt|can't be opened|cannot be opened|can't open any|"
                       "won't open|nie da sie ich otworzyc|uszkodzon|zniknel|usuniet|utrata danych|"
                       "dataforlust|forsvunn|raderad|korrupt"),
         need=r"(?:all|every|each|entire|whole|months of|weeks of|years of|\d{2,}|\d,\d{3}|wszystkie|alla|"
              r"allt)\b[^.!?]{0,80}(?:tasks?|titles?|dates?|due dates|projects?|boards?|files?|attachments?|"
              r"comments?|descriptions?|data|records|documents?|fields?|values|assignees|statuses|schedul\w*|"
              r"dependencies|zalaczniki|pliki|dane|zadania|bilagor|filer|uppgifter)|(?:tasks?|titles?|dates?|"
              r"projects?|files?|attachments?|comments?|data|documents?|zalaczniki|pliki|dane|filer|bilagor)"
              r"[^.!?]{0,60}(?:all|every|entire|whole|wszystkie|alla)\b|0 (?:bytes|bajt|kb)",
         unless=r"password|filter|setting|view settings|zoom|layout|\bsort|(?:i|we) (?:\w+ )?(?:reset|renamed|"
                r"cleared|replaced)|how (?:do|can)|can (?:i|we|you) reset|want to reset|please reset",
         name="SEC4-overwritten"),
    rule("SEC4", words("roll back|rollback|roll-back|restore|recover|get back|bring back|need back|want back|"
                       "original data"),
         need=r"(?:roll ?-?back|restore|recover|get|bring|need|want)\w* (?:\w+ ){0,3}(?:our|the|all|my) "
              r"(?:original |lost |deleted |missing |previous |old )?(?:data|tasks|projects|boards|files|"
              r"attachments|comments|history|work|records)\b[^.!?]{0,40}(?:back|yesterday|previous|backup|before|"
              r"to (?:\w+ )?(?:day|version|state|point))|original data (?:back|restored)",
         unless=r"accidentally|by mistake|by accident|(?:i|we|my colleague|he|she) (?:just )?(?:deleted|removed|"
                r"archived)|trash|recycle bin|archived|how (?:do|can) (?:i|we)|is it possible",
         name="SEC4-restore"),
    # SEC5: compliance violations
    rule("SEC5", words("gdpr|hipaa|soc 2|soc2|soc ii|ccpa|cpra|pci|dsgvo|rgpd|lgpd|ferpa|pipeda|iso 27001|"
                       "phi$|protected health|patient data|health data|data protection law|privacy law|"
                       "data residency|schrems|bdsg|privacy regulation"),
         need=r"violat|breach|infring|non-?complian|not (?:\w+ )?compliant|out of compliance|breaking (?:the )?"
              r"(?:law|rules|gdpr|hipaa)|break(?:s|ing)? (?:gdpr|hipaa|the law)|against (?:gdpr|hipaa|the law|"
              r"the rules|regulation)|illegal|unlawful|without (?:a |our |my |any )?(?:consent|baa|dpa|agreement|"
              r"permission|legal basis)|violacion|infraccion|incumpl|infraction|non-?conformit|verstoss|verstos|"
              r"verletz|violacao|infracao|violazione|schending|overtreding|exposed|leaked|stored (?:in|on|outside)|"
              r"transferred (?:to|outside)|outside (?:the )?(?:eu|eea|europe)|us servers|in the us\b|"
              r"sent (?:to|our)|shared (?:with|our)|sold|selling|retain(?:ed|ing)? (?:\w+ )?(?:after|despite|"
              r"longer)|still (?:have|has|holds?|stor|keep)|not deleted|haven'?t deleted|didn'?t delete|"
              r"ignored (?:my|our)|refus|problem|issue|concern|risk|fail|flagged|\bgap\b|deviation|exception|"
              r"not as (?:contracted|promised|documented|agreed)|short of|doesn'?t meet|does not meet|"
              r"patient names|health information|unencrypted|not on (?:your|the) (?:sub-?processor|list)",
         unless=r"(?:are|is) (?:you|teamflow|your \w+) (?:\w+ )?compliant|\bno (?:\w+ )?(?:violation|breach|"
                r"problem|issue)|(?:do|does|can|could|will|would|is|are) (?:you|teamflow|there|it)\b[^.!?]*\?",
         negatable=False, name="SEC5-violation"),
    rule("SEC5", words("without my consent|without our consent|without consent|without their consent|"
                       "sin mi consentimiento|sin consentimiento|sans mon consentement|sans consentement|"
                       "ohne meine einwilligung|ohne einwilligung|ohne zustimmung|sem meu consentimento|"
                       "sem consentimento|senza il mio consenso|senza consenso|zonder toestemming"),
         need=r"process|stor|shar|sell|sold|collect|transfer|send|sent|us(?:e|ed|ing)\b|track|record|"
              r"trat|almacen|vend|compart|traite|stock|vend|partag|verarbeit|gespeichert|verkauf|weitergegeben|"
              r"armazen|compartilh|trattat|conservat|vendut|condivis|verwerk|opgeslagen|verkocht|gedeeld",
         name="SEC5-consent"),
)

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
    rule("OUT1", words("times out|timing out|timed out|time out|timeouts|keeps loading|never loads|won't load"),
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
    _LAWYER + r"\b,? (?:\w+ ){0,2}(?:will|'ll|is going to|are going to|going to|intends?|plans?|prepar|draft|review(?:ed|ing)|"
    r"look(?:ing)? into|be in touch|contact|reach out|send|file|take|advised|has advised|have advised|instructed|"
    r"grounds|claim|pursue|proceed|demand|notice|letter|settlement|damages|is aware|are aware|is involved|are involved)"
    r"|(?:involve|involving|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|engag(?:ed|ing)|hire|hired|get|got|"
    r"call(?:ed|ing)?|spoken (?:to|with)|talk(?:ed|ing)? (?:to|with)|speak(?:ing)? (?:to|with)|in (?:touch|contact) with|"
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
