"""Rules of the immediate tier's Security & Data Incidents group (SEC2, SEC3, SEC5).

SEC1 lives in patterns_access and SEC4 in patterns_data_loss; both are gathered here.

Leaning towards recall in English, Spanish, French, German, Portuguese, Italian and Dutch (and
some Polish and Swedish); informational questions, hypotheticals, negations and look-alike words
(a "breach" of an SLA, a "memory leak") keep them precise.
"""

from __future__ import annotations

from .lexicon import CANT, JOKING, NOT_ABOUT_TEAMFLOW, OTHER_SERVICE_HACKED, Rule, rule, words
from .patterns_access import ACCESS
from .patterns_compliance import COMPLIANCE
from .patterns_concepts import CONCEPT_ACCESS
from .patterns_concepts_content import CONCEPT_CONTENT
from .patterns_data_loss import DATA_LOSS

SECURITY: tuple[Rule, ...] = (
    *ACCESS,
    *CONCEPT_ACCESS,
    *CONCEPT_CONTENT,
    rule("SEC3", words("never made|never created|never did|never sent|never wrote|never posted|didn't make|"
                       "did not make|didn't create|did not create|didn't send|did not send|didn't post|not made by|"
                       "in my name|in our name|impersonat"),
         need=r"tasks?|comments?|changes|messages?|posts?|invit|projects?|edits?|e-?mails?|entries|boards?|"
              r"payments?|users?|members?|admins?|files?|any of (?:it|them|these|those)\b",
         unless=r"(?:how|can|could|should) (?:do |can )?(?:i|we|you) |backup|(?:i|we) never made (?:a |the )?"
                r"(?:backup|copy|decision|change request)",
         negatable=False, name="SEC3-not-us"),
    # SEC2: vulnerabilities
    rule("SEC2", words("vulnerab|vulnerabilidad|vulnerabilite|vulnerabilidade|vulnerabilita|sicherheitslucke|"
                       "schwachstelle|kwetsbaarheid|beveiligingslek|xss$|cross-site|cross site|sql injection|sqli$|"
                       "csrf$|idor$|ssrf$|rce$|remote code|privilege escalation|cve-|open redirect|path traversal|"
                       "give themselves admin|give himself admin|give herself admin|make themselves admin|"
                       "se donner les droits|se donner des droits|droits d'administrateur|darse permisos|"
                       "darse derechos|sich selbst adminrechte|sich adminrechte|dar a si mesmo|dare a se stesso|"
                       "zichzelf beheerder|zichzelf adminrechten|"
                       "directory traversal|clickjacking|responsible disclosure|coordinated disclosure|stored script|"
                       "security flaw|security hole|security bug|security issue|security problem|"
                       "security weakness|security gap|security loophole|falla de seguridad|"
                       "fallo de seguridad|agujero de seguridad|problema de seguridad|faille|probleme de securite|"
                       "sicherheitsproblem|sicherheitsluecke|falha de seguranca|problema de seguranca|"
                       "falla di sicurezza|problema di sicurezza|beveiligingsprobleem|insecure direct"),
         unless=r"(?:bug bounty|vulnerability disclosure|disclosure) (?:program|policy|page)\b[^.!]*\?|"
                # people a charity serves, not a weakness: "we deliver to vulnerable families"
                r"vulnerable (?:families|people|adults|children|kids|groups|clients|customers|residents|patients|"
                r"members|users|elderly|persons|households)|"
                # a security questionnaire asks for "your vulnerability remediation timelines"
                r"\byour (?:\w+ ){0,3}(?:vulnerability|vulnerabilities) (?:management|remediation|scanning|disclosure|"
                r"policy|process)|(?:time|timeline|sla|how long|how quickly|how fast) to (?:patch|fix|remediate) "
                r"(?:a |an )?(?:critical |high )?vulnerab|(?:do|does) (?:you|teamflow) (?:run|have|operate|offer) "
                r"(?:a |an )?(?:vulnerability disclosure|bug bounty)|"
                # the customer's own work: "Custom fields for a vulnerability tracking board"
                r"vulnerabilit\w* (?:tracking|management|register|backlog|tracker)|track(?:ing)? (?:our |the |client )?"
                r"vulnerabilit|"
                # an SEO agency's pitch: "detectamos 27 vulnerabilidades SEO críticas"
                r"vulnerab\w* seo\b|seo vulnerab|"
                # denied after the noun: "ein Sicherheitsproblem ist es natürlich nicht"
                r"sicherheits\w* (?:ist|war) es (?:\w+ ){0,2}nicht\b|no es (?:un )?problema de seguridad|n'est pas un "
                r"(?:probleme|souci) de securite|nao e (?:um )?problema de seguranca|non e un problema di sicurezza|"
                r"geen beveiligingsprobleem",
         name="SEC2-flaw"),
    rule("SEC2", words("pentest|pen test|penetration test|security researcher|bug bounty|exploit|injection|"
                       "bypass|insecure"),
         need=r"found|finding|flagged|rated|severity|cvss|discover|identif|report|notic|detect|able to|allows?|"
              r"allowing|possible to|lets? (?:me|anyone|"
              r"users|an attacker)|can be|could be|vulnerab|flaw|exploit|proof of concept|\bpoc\b|reproduc|"
              r"bypass(?:ed|es|ing)? (?:the )?(?:auth|login|2fa|mfa|permission|password|sso|access|restriction)",
         unless=r"prompt injection|dependency injection|fuel injection|sql injection (?:protection|"
                r"prevention)\b[^.!]*\?|"
                r"(?:do you|does teamflow|have you|can you share|could you share)|doesn'?t (?:advertise|have|offer|"
                r"run) "
                r"a bug bounty|offer (?:you )?(?:a )?(?:discounted |free )?(?:external )?(?:pen ?test|penetration "
                r"test)|(?:summary|results?|date|report) of your (?:\w+ ){0,3}(?:penetration|pen) test|"
                r"your (?:most recent|latest|last|annual) (?:external )?(?:penetration|pen) ?test|"
                # a vendor file asked for: "plus your current penetration test summary if you share it"
                r"your (?:\w+ )?(?:external )?(?:penetration|pen) ?test\w* (?:summary|report|results?|letter|"
                r"attestation|certificate)|"
                # the customer's own work: "We track pentest findings for our clients"
                r"track(?:ing)? (?:\w+ ){0,2}(?:pen ?test|penetration test)\w* findings|(?:pen ?test|"
                r"penetration test)\w* "
                r"findings for (?:our|my) clients|"
                # a football coach: "breaking through the back line and exploiting the gaps"
                r"exploit(?:ing|ed|s)? the (?:gaps?|spaces?|width|wings?|flanks?)|back line|"
                # a farm or vineyard: "Suite au regroupement de nos exploitations"; an SEO agency's "vulnerabilidades
                # SEO"
                r"(?:nos|nuestras|unsere|nossas|nostre|onze|our) (?:\w+ )?exploita(?:tions|ciones|coes)|"
                r"exploitations? agricoles?|vulnerabilidades seo|seo vulnerabilit\w*|vulnerabilites seo|"
                r"vulnerabilita seo",
         name="SEC2-research"),
    rule("SEC2", words("api key|api keys|api token|access token|tokens|secret|secrets|credentials|private key|"
                       "password|passwords|session cookie|cookies"),
         need=r"exposed|leak|visible|in (?:the )?(?:page source|source code|url|response|logs?|plain ?text|"
              r"clear ?text|html|javascript|\bjs\b|public|repo)|publicly|plain ?text|unencrypted|hard-?coded|"
              r"returned in|shown to|embedded in|readable by|in clear",
         unless=r"reset|forgot|how (?:do|can) i|change (?:my|the) password|password manager|"
                r"where (?:do|can|should) (?:i|we) (?:\w+ )?(?:paste|put|enter|add|store)|(?:our|my) own (?:\w+ )?"
                r"(?:token|key|secret|credentials)\b[^.!?]*\?", name="SEC2-secret"),
    rule("SEC2", words("secret key|api key|access token|private key|client secret|sk_live|password|credentials"),
         need=r"network tab|network panel|devtools|developer tools|(?:api|json|http) response|response (?:body |"
              r"payload )?(?:contains|includes|has|shows|returns)|payload|returned (?:by|in|from)",
         unless=r"how (?:do|can)|where (?:do|can) i (?:find|get)|(?:rotate|regenerate|create) (?:my|our|an?|the)",
         name="SEC2-secret-in-response"),
    rule("SEC2", words("lower the number|change the number|changing the number|increase the number|decrease the number|"
                       "previous id|next id|another id|a different id|other ids|neighbouring id|neighboring id|"
                       "the id by one|number by one|id in the url|number in the url|number in the link|"
                       "id in the link|changed the number|changed the id|changed the file number|changed the file id|"
                       "changed the task number|changed the task id|number in an attachment url|"
                       "id in an attachment url|by changing the number|by changing the id|by editing the number|"
                       "by editing the id|by changing the last digit|by changing the digits|change le dernier chiffre|"
                       "changed the last digits|changed the last digit|changed the last number|changed the digits|"
                       "un numero alla fine|numero alla fine|un numero al final|un numero a la fin|eine zahl am ende|"
                       "um numero no fim|een nummer aan het eind|"
                       # "wat gebeurt er als je dat getal één hoger maakt?" ... and another firm's board opened
                       "getal een hoger|nummer een hoger|getal 1 hoger|een hoger maakt|een hoger$|one higher|"

                       "number one up|"
                       "changeant le dernier chiffre|modifie le numero|cambie el ultimo numero|"
                       "cambiando el ultimo numero|"
                       "die letzte ziffer|mudei o ultimo numero|mudando o ultimo numero|cambiato l'ultimo numero|"
                       "het laatste cijfer|se cambia el numero|cambiando el numero|cambias el numero|"
                       "on change le numero|"
                       "en changeant le numero|die nummer andert|die zahl andert|muda o numero|mudando o numero|"
                       "si cambia il numero|cambiando il numero|het nummer verandert|je het nummer|"
                       # "als je in het adres ... de cijfers aan het eind een beetje verandert"
                       "cijfers aan het eind|cijfers aan het einde|de cijfers verandert|digits at the end|"
                       "number at the end|numbers at the end|los numeros del final|el numero del final|"
                       "les chiffres a la fin|les chiffres de la fin|die zahlen am ende|die ziffern am ende|"
                       "os numeros do fim|os numeros no final|o numero do fim|i numeri alla fine|le cifre alla fine"),
         need=r"open|opens|opened|shows?|showed|returns?|returned|load|loads|download\w*|see|access|get|gives?|ouvr|"
              r"affich|abr|muestra|offnet|zeigt|mostra|apre|opent|toont|te zien|\bzie|lezen|\bread\b|lesen|\bleer\b|"
              r"\blire\b|\bler\b|leggere|\bvoir\b|\bver\b|sehen|vedere|another|andere|otra|autre|outra|altra|compars|"
              r"apparso|aparecio|apparu|erschien|apareceu|verscheen",
         # the check works: "got a 'no access' page, as it should be"
         unless=r"how (?:do|can)|\?|as it should|no access\W? page|access denied|(?:not found|404) page|"
                r"geen toegang|kein zugriff|sin acceso|acces refuse|sem acesso|accesso negato",
         name="SEC2-id-guessing"),
    # "after I click 'Esci', my colleague presses the browser's back arrow and is back in my account"
    rule("SEC2", words("back button|back arrow|freccia indietro|bouton retour|fleche retour|zuruck-taste|zuruckpfeil|"
                       "boton atras|boton de atras|flecha atras|botao voltar|seta voltar|terugknop|pijl terug"),
         need=r"account|cuenta|compte|konto|conta|rientra|vuelve|rentre|wieder|volta|weer|back in|still (?:in|logged)|"
              r"without (?:a |any )?password|senza (?:\w+ )?password|sin contrasena|sans mot de passe|ohne passwort|"
              r"sem senha|zonder wachtwoord",
         doc_need=r"log(?:ged)? ?out|sign(?:ed)? ?out|\besci\b|deconnect|abgemeldet|abmelden|cerr(?:e|ar|"
                  r"o) (?:la )?sesion|"
                  r"\bsair\b|saio|uitgelogd|uitloggen|logout",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC2-back-after-logout"),
    rule("SEC2", words("as an admin|as admin|became an admin|becomes an admin|als admin|como administrador|"
                       "comme administrateur|come amministratore|als beheerder"),
         doc_need=r"chang\w* (?:the end of )?(?:our |the )?(?:invite |invitation )?(?:link|url)|"
                  r"from '?member'? to '?admin|"
                  r"chang\w* (?:it|the link|the url|one word|a word|the word)|edit\w* (?:the )?(?:link|url)|"
                  r"ends? with '?"
                  r"member",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:\w+ )?(?:made|promoted|gave|set)|promot", negatable=False,
         name="SEC2-invite-link-edited-to-admin"),
    # "an invite link that works for whoever gets it and makes them an owner"
    rule("SEC2", words("invite link|invitation link|enlace de invitacion|lien d'invitation|einladungslink|"
                       "link de convite|"
                       "link di invito|uitnodigingslink"),
         need=r"whoever|anyone|anybody|cualquiera|n'importe qui|jeder|qualquer|chiunque|iedereen",
         doc_need=r"owner|admin|same rights|proprietario|proprietaire|eigentumer|\bdono\b|eigenaar|beheerder|"
                  r"administrat",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC2-invite-link-for-anyone"),
    # "I opened our 'view only' link where she isn't logged in, and she could change the prices"
    rule("SEC2", words("view only|view-only|read only|read-only|solo lectura|lecture seule|nur lesen|somente leitura|"
                       "sola lettura|alleen lezen"),
         doc_need=r"(?:could|can|was able to|managed to|let (?:her|him|them|people|anyone)) (?:\w+ ){0,2}(?:change|"
                  r"edit|"
                  r"delete|modify|remove)|changed (?:a|the|it|\w+) (?:\w+ )?to\b|and it saved|pudo (?:cambiar|editar|"
                  r"borrar)|a pu (?:modifier|supprimer)|konnte (?:\w+ )?(?:andern|loschen|bearbeiten)|"
                  r"conseguiu (?:alterar|"
                  r"editar|apagar)|ha potuto (?:modificare|cancellare)|kon (?:\w+ )?(?:wijzigen|verwijderen)|"
                  # the same told impersonally: "con ese enlace se pueden cambiar y hasta borrar las tarjetas"
                  r"(?:se pueden|se puede|deja|dejan|permite) (?:\w+ ){0,3}(?:cambiar|editar|borrar|modificar)|"
                  r"on peut (?:\w+ ){0,3}(?:modifier|supprimer|changer)|man kann (?:\w+ ){0,3}(?:andern|loschen|"
                  r"bearbeiten)|si (?:puo|possono) (?:\w+ ){0,3}(?:modificare|cancellare)|(?:da para|pode-se|"
                  r"deixa) (?:\w+ ){0,3}(?:alterar|apagar|editar)|kun je (?:\w+ ){0,3}(?:wijzigen|verwijderen|"
                  r"bewerken)|lets? (?:you|anyone|people|them|us) (?:\w+ ){0,2}(?:change|edit|delete)",
         also=r"link|share|shared|enlace|lien|freigabe|partilha|condivis|deel",
         unless=r"how (?:do|can)|(?:can|could|do|does|is|are|will) (?:\w+ ){0,2}(?:view|read)[- ]only (?:users?|links?|"
                r"people|members?|guests?)\b[^.!?]*\?|(?:want|like|need|should) (?:\w+ ){0,3}(?:to )?(?:edit|change)|"
                r"can (?:i|we) make",
         negatable=False, name="SEC2-view-only-link-edits"),
    # "if I edit the address in the browser to /settings/billing as that guest I see our invoices"
    rule("SEC2", words("pasted the address|pasted the url|typed the address|typed the url|entered the address|"
                       "changed the url|changed the address|edited the url|edited the address|"
                       "edit the address|editing the address|change the address|changing the address|edit the url|"
                       "editing the url|change the url|changing the url|type the address|typing the address|"
                       "modify the url"),
         doc_need=r"\bas (?:that|a|the|my) (?:test )?(?:guest|viewer|member|user|read-only)|\b(?:guest|viewer|"
                  r"read-only)"
                  r"\b",
         also=r"\b(?:see|sees|saw|open|opens|opened|shows|showed|access|get to|reach|reaches|reached)\b",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC2-url-edited-as-guest"),
    # "logged in as that guest and pasted /settings/billing into the address bar. It opened."
    rule("SEC2", words("into the address bar|in the address bar|into the url bar|in the url bar|in die adresszeile|"
                       "in der adresszeile|dans la barre d'adresse|en la barra de direcciones|na barra de endereco|"
                       "nella barra degli indirizzi|in de adresbalk|"
                       # "if I just add /settings to the end of the project address in the browser, the page opens"
                       "end of the project address|end of the address|end of the url|end of the link|"
                       "end of the project url"),
         need=r"/(?:settings|admin|billing|members|einstellungen|parametres|ajustes|configuracoes|impostazioni|"
              r"instellingen|abrechnung|facturation|facturacion|faturamento|fatturazione)\b",
         doc_need=r"\b(?:guest|viewer|read-only|gast|invitado|invitee?|convidado|ospite|lezer|lecteur|lector|leitor)\w*",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC2-admin-path-typed-as-guest"),
    rule("SEC2", words("without being logged|without logging|without authentication|without authenticating|"
                       "without a password|unauthenticated|by changing the|by modifying the|by editing the|"
                       "by incrementing|by tampering|other customers' |other tenants"),
         need=r"(?:see|view|access|read|edit|delete|download|modify|change|open|export|get)\b[^.!?]{0,60}"
              r"(?:data|projects?|tasks?|boards?|files?|invoices?|workspaces?|accounts?|records|private|other|"
              r"anyone|any)|\b(?:id|url|parameter|param|request|number)\b",
         unless=r"\bshar(?:e|ed|ing) (?:link|board)|guest|public link|(?:if|when) (?:we|i) share|"
                r"(?:can|could|will|would|do|does) (?:clients?|customers?|guests?|people|they|visitors)\b[^.!?]*\?",
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
              r"workspace|tenant|invite|signup|sign-up|expire|export|download",
         also=r"link|token|\bids?\b|endpoint|\burl|session|password|reset|auth|permission|/api|\bapi\b|cookie|"
              # "No check that the export belongs to me"
              r"belongs to (?:me|us|the (?:user|requester|caller|account))|"
              r"credential|org membership|membership|other|another|different|anyone|expire|reus|enumerat|"
              r"sequential|guess|predict|logged[- ]out|plain ?text|unencrypted|encrypt",
         unless=r"(?:do|does|is|are|can|could|will|would) (?:you|teamflow|it|there|we|clients?|customers?|guests?|"
                r"people|they|visitors)\b[^.!?]*\?|public link|(?:if|when) (?:we|i) share|"
                # "can cast members who don't have accounts see the schedule without logging in?"
                r"(?:can|could) (?:\w+ ){0,3}(?:members|people|users|guests|clients|parents|volunteers|players|"
                r"staff|families|customers)\b[^.!?]*\?|"
                r"how (?:do|can|long)|(?:want|like|need) to (?:export|share|invite)|export (?:to|as) (?:csv|pdf)|"
                r"what we want|as (?:intended|designed|expected)|by design|which is (?:fine|good|great|ok)|"
                # a payment card's own expiry date: "the card doesn't expire until 09/28"
                r"card (?:\w+ ){0,3}(?:doesn'?t|does not|won'?t|will not) expire|expire until \d|"
                r"\bexposed (?:in|via|through|by|on) (?:the |our |your |an? )?(?:public |rest |v\d )?(?:api|endpoint|"
                r"ui|interface|dashboard|settings|webhooks?|sdk|graphql|export)\b(?![^.!?]*(?:anyone|without|other "
                r"(?:customers|workspaces|tenants)))|"
                # a comparison: "our sister company on a different workspace says theirs is fine"
                r"(?:says|say|said) (?:theirs|it|its|everything) (?:is|was|works|'s) (?:fine|ok|okay|normal)|"
                r"sister company|reusable (?:template|board|checklist|project|list)",
         name="SEC2-weakness"),
    # "over 50 wrong passwords and it never stopped me": no lock-out, so anyone could keep guessing
    rule("SEC2", words("never stopped me|didn't stop me|did not stop me|never locked me out|didn't lock me out|"
                       "did not lock me out|no lockout|no lock-out|never got locked out|wasn't locked out|"
                       "keep guessing|kept guessing|unlimited attempts|unlimited tries|as many tries as|"
                       "as many attempts as"),
         doc_need=r"password|passcode|\bpin\b|attempts|tries|guess|captcha|robot",
         unless=r"how (?:do|can)|(?:do|does|is|are) (?:you|teamflow|there)\b[^.!?]*\?", negatable=False,
         name="SEC2-no-lockout"),
    rule("SEC3", words("under the name of|under her name|under his name|posted as her|posted as him|in her name|"
                       "unter dem namen von|unter dem namen unseres|unter dem namen unserer|"
                       "desde la cuenta de|from the account of|depuis le compte de|vom konto von|da conta d|"
                       "dall'account di|vanaf het account van|"
                       "in his name|a nombre de|au nom de|im namen von|im namen unseres|im namen unserer|im namen des|"
                       "im namen der|em nome de|a nome di|op naam van"),
         need=r"appear|link|liens|enlaces?|collegamenti|posted|comment|message|publicad|publie|gepostet|postad|"
              r"invitacion|invitation|invito|einladung|convite|uitnodiging|kommentar|"
              r"pubblicat|"
              r"geplaatst|creees|creadas|erstellt|criadas|create|aangemaakt",
         doc_need=r"geschlafen|dormait|dormia|schlief|dormiva|sliep|n'a rien fait|hasn'?t touched|(?:was|"
                  r"is) in hospital|asleep|"
                  r"on holiday|on leave|didn'?t (?:post|write|send)|"
                  r"never "
                  r"(?:posted|wrote|sent)|card details|prize|bank account|transfer|iban|nao escreveu|no escribio|"
                  r"n'a pas "
                  r"ecrit|nicht geschrieben|non ha scritto|niet geschreven|"
                  # "Marco è in ferie ... giura di non aver scritto niente", a link to "aggiornare i dati di pagamento"
                  r"de baja|no ha enviado nada|ni siquiera ha abierto|"
                  r"non aver scritto|no haber escrito|n'avoir rien ecrit|nao ter escrito|e in ferie|esta de vacaciones|"
                  r"est en vacances|ist im urlaub|esta de ferias|is op vakantie|dati di pagamento|datos de pago|"
                  r"donnees de paiement|zahlungsdaten|dados de pagamento|betaalgegevens|payment details",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC3-posted-in-someones-name"),
    rule("SEC3", words("pero no es ella|pero no es el|mais ce n'est pas elle|mais ce n'est pas lui|"
                       "aber sie ist es nicht|"
                       "aber er ist es nicht|mas nao e ela|mas nao e ele|ma non e lei|ma non e lui|"
                       "maar zij is het niet|"
                       "maar hij is het niet|but it isn't her|but it isn't him|but it's not her|but it's not him"),
         doc_need=r"enlaces|liens|links?\b|sorteo|concours|gewinnspiel|sorteio|concorso|winactie|prize|comentarios|"
                  r"commentaires|kommentare|commenti|opmerkingen|comments",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC3-impostor-posting"),
    rule("SEC3", words("uber einen link bezahlen|per link bezahlen|pagar por un enlace|pagar mediante un enlace|"
                       "payer via un lien|payer par un lien|pagar por um link|pagare tramite un link|"
                       "via een link betalen|"
                       "pay via a link|pay through a link|pay by a link"),
         doc_need=r"nicht geschickt|nicht gesendet|no lo (?:hemos )?enviado|no hemos enviado|pas envoye|nao enviamos|"
                  r"non "
                  r"l'abbiamo inviat|niet gestuurd|didn'?t send|did not send|never sent|wasn'?t us",
         unless=r"how (?:do|can)|wie kann|como (?:puedo|posso)|comment|come posso|hoe kan", negatable=False,
         name="SEC3-pay-by-link-not-ours"),
    rule("SEC3", words("inlogcode|inlogcodes|sms met een code|sms-code|codigo de acceso|code de connexion|login code|"
                       "sign-in code|verification code|codice di accesso|anmeldecode|bestatigungscode"),
         need=r"niet (?:heeft )?aangevraagd|not requested|didn'?t (?:request|ask)|did not (?:request|ask)|no (?:ha|he|"
              r"hemos) "
              r"pedido|pas demande|nicht angefordert|nao (?:pediu|pedi)|non (?:ha|ho) richiesto",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC3-codes-nobody-asked-for"),
    # SEC3: malicious activity
    rule("SEC3", words("phishing|phish|malware|virus|viruses|ransomware|trojan|keylogger|malicious|brute force|"
                       "brute-force|credential stuffing|ddos|dos attack|bot attack|botnet|crypto miner|cryptominer|"
                       "hameconnage|suplantacion|malicioso|maliciosa|malveillant|bosartig|schadlich|dannoso|"
                       "kwaadaardig|schadsoftware|ataque|attaque|angriff|attacco|aanval|attack|attacker|attackers"),
         unless=r"reported (?:them|it|this|the e-?mails?) (?:\w+ ){0,4}as phishing|never heard of teamflow|"
                # another vendor's incident: "Our CRM vendor told us ... an attacker got into their customer database"
                r"\b(?:crm|erp|e-?mail|payroll|hr|accounting|marketing|newsletter|hosting) (?:vendor|provider|supplier|"
                r"platform)\b[^.!?]{0,60}\b(?:attack\w*|hack\w*|breach\w*|compromised)|\bgot into their (?:\w+ )?"
                r"(?:database|systems?|servers?|network)\b|"
                # a figure of speech: "permanently 'under attack' by deadlines"
                r"under attack\W? (?:by|from) (?:\w+ )?(?:deadlines?|work|orders|e-?mails|requests|clients|customers|"
                r"tickets|bookings|calls)|"
                r"(?:ask|asking|asked|wonder|wondering|wondered) (?:us |me )?(?:whether|if) (?:it'?s|it is|this is|"
                r"that'?s) (?:a |an )?(?:\w+ )?phishing|(?:is|was) (?:it|this|that) (?:a |an )?(?:virus|malware|scam)\b"
                r"[^.!?]{0,30}\?|"
                r"calling (?:teamflow|you|it|us) a scam|a scam over|"
                r"heart attack|panic attack|attack surface|anti-?virus (?:software|scan)|virus scan(?:ner)?|"
                r"(?:do|does|how) (?:you|teamflow) (?:protect|prevent|handle|scan)|(?:marked|flagged|reported|"
                r"treated|mistook|mistaken)\w* (?:\w+ )?(?:as|for) (?:phishing|spam|malicious)|look(?:s|ed)? like "
                r"(?:phishing|spam)|think (?:[\w']+ ){0,3}(?:been |being |getting )?phish|"
                r"(?:think|thought|believe|worry) (?:they'?ve|they have|they had|they) (?:\w+ ){0,2}landed on (?:a |"
                r"an )?"
                r"(?:\w+ )?phish|"
                r"worried (?:[\w']+ ){0,3}phish|(?:ont|a) cru (?:a|que) (?:de l'|c'etait (?:de l'|du ))?"
                r"(?:hameconnage|phishing)|(?:pensaron|creyeron|creen) que (?:era|es) (?:phishing|un fraude)|"
                r"(?:hielten|halten) (?:es|das|sie) fur (?:phishing|betrug)|(?:acharam|acham) que (?:era|e) "
                r"(?:phishing|golpe)|(?:pensavano|credevano|pensano) (?:che )?(?:fosse|sia) (?:phishing|una truffa)|"
                r"(?:dachten|denken) (?:dat )?(?:het )?(?:phishing|oplichting)|thought (?:it was|they were|this was) "
                r"(?:a )?(?:phishing|scam)|"
                r"(?:i'?ve|have|already) stolen (?:the|your|a|an|this|that) (?:\w+ )?(?:idea|rule|trick|tip|template|"
                r"approach|workflow)|awareness|phishing (?:exercise|simulation|test|training)|simulad|simulated|"
                r"simulation|simulee?s?|simuliert|simulat|sensibiliza|(?:tag|label|column|"
                r"status) (?:called|named)|"
                # a virus going round the office: "(l'influenza, non il computer!)"
                # a vet's outbreak: "cuando hay un brote de virus (parvovirus, moquillo, etc.)"
                r"brote|outbreak|epidemi\w*|parvovirus|moquillo|distemper|ausbruch|surto|focolaio|uitbraak|"
                r"influenza|\bflu\b|grippe|gripe|griep|virus (?:intestinal\w*|gastro\w*|stomacal|del estomago)|"
                r"(?:stomach|tummy|magen-darm-|magen ?darm ?)(?:bug|virus)|" + NOT_ABOUT_TEAMFLOW + r"|"
                r"non il computer|not the computer|"
                r"pas (?:l'informatique|"
                r"l'ordinateur)|no el del ordenador|nicht der computer|nao o do computador|niet de computer|"
                r"als (?:phishing|spam) (?:gemeldet|markiert|eingestuft|gemeld|gemarkeerd)|"
                r"(?:signale|signales|marque|marques) comme (?:du )?(?:phishing|spam)|"
                r"(?:reportad|marcad|segnalat)\w* come (?:phishing|spam)|(?:reportad|marcad)\w* como (?:phishing|spam)|"
                # a security firm describing its own work: "hacemos pentesting y simulacros de ataques para bancos"
                r"(?:hacemos|we do|we run|nous faisons|wir machen|fazemos|facciamo|wij doen) (?:\w+ ){0,3}(?:pentest|"
                r"pen-?tests?|simulacros|simulations?|red team|drills?)|consultora de ciberseguridad|cyber ?security "
                r"(?:consultancy|firm|company)|"
                # customers asking whether a genuine mail is phishing: "nachgefragt, ob das eine Phishing-Mail sei"
                r"\b(?:ob|whether|if|si|se|of) (?:das|this|it|c'est|es|e|dit|esto|isso|questo|ce|"
                r"ca) (?:\w+ )?(?:eine? |"
                r"a |un |uma |een |una )?phishing|"
                # stage jargon quoted: 'our director keeps saying things like "we need to attack the second act"'
                r"(?:saying|says|said|say) things like|"
                # a sports team's play: "The new 'Attack drills' board ... breaking through the back line"
                r"\battack(?:ing)? (?:drills?|plays?|patterns?|formations?|third|line|training)\b|"
                r"back line|\bdefen[cs]e (?:pushes|line)|"
                # a classroom game's sides: "can I put the 'attacker' and 'defender' teams in separate projects"
                r"\battackers?\W? (?:and|vs\.?|versus|or) \W?defen[dc]ers?\b|\battack(?:ers?)? (?:and|vs\.?|versus) "
                r"\W?defen[cs]e\b|"
                # an SEO agency's pitch: "clientes a recuperarse de ataques de la competencia en Google"
                r"(?:ataques?|attacks?|attaques?|angriffe?|attacchi|aanvallen) (?:de|from|by|der|della|di|van|des) "
                r"(?:la |the |los |les |der |il |de |)?(?:competencia|competitors?|competition|concurrence|konkurrenz|"
                r"concorrencia|concorrenza|concurrentie|concurrents?)|negative seo|\bseo\b|"
                # an illness: "un ataque de ciática", "une crise", "ein Asthmaanfall"
                r"(?:ataque|attaque|attacco|attack|aanval) (?:de |d'|di |of )?(?:ciatica|sciatica|asma|asthme|asthma|"
                r"panico|panique|panic|ansiedad|anxiety|gota|gout|migra\w*|tos|toux|tosse|nervios|nerfs|cuore|coeur|"
                r"heart|corazon|lumbago|alergia|allergie|allergy|appendicite|apendicitis|nervos|ansiedade|riso|risa)|"
                # a subject that names the news: "Notícia do ataque à CloudPonte - e vocês?"
                r"\b(?:noticias?|notizi[ae]|news|nouvelles?|nachrichten?|nieuws)\b (?:\w+ ){0,2}(?:ataque|attacco|"
                r"attack|"
                r"attaque|angriff|aanval)|"
                # a flood of mails from the boss: "nuestra jefa nos hace un ataque DDoS de correos"
                r"\bddos (?:de|of|von|di|van) (?:\w+ )?(?:correos|mails|e-?mails|mensajes|messages|preguntas|questions|"
                r"nachrichten|messaggi|berichten|llamadas|calls)\b|"
                # "so people can tell a real one from a phishing copy?"
                r"\btell (?:a |the )?real (?:one|e-?mail|message|mail) from (?:a |the )?(?:fake|phishing)",
         # a portal that lost its own branding: "our staff think they have been sent to a phishing site"
         doc_unless=JOKING + r"|(?:logo|branding|colou?rs)\b[\s\S]{0,300}?\b(?:think|thinks|thought|believe|believes|"
                             r"believed|assume|assumed) (?:\w+ ){0,7}(?:phishing|fake|scam) (?:site|page|website|"
                             r"portal|login)|"
                             # "several nurses have already asked IT whether the emails are phishing"
                             r"(?:logo|branding|colou?rs)\b[\s\S]{0,400}?\b(?:asked|asking|ask|wonder\w*) (?:\w+ ){0,3}"
                             r"(?:whether|if) (?:the |these |this |our )?(?:\w+ )?(?:is|are|was|were|look) "
                             r"(?:\w+ )?(?:phishing|fake|a scam)|"
                             # another service's mailbox taken over, the product checked clean: "we don't think
                             # TeamFlow was touched"
                             r"(?:" + OTHER_SERVICE_HACKED + r")[\s\S]*\b(?:(?:don'?t|do not) think teamflow was "
                             r"(?:touched|affected)|teamflow (?:wasn'?t|was not) (?:touched|affected)|only our own "
                             r"(?:logins|sign-ins))|"
                             # a drill's made-up attack: "Simulation eines Hackerangriffs ..., alles fiktiv natürlich"
                             r"\b(?:alles|all|todo|tout|tutto|allemaal|tudo) (?:\w+ )?(?:fiktiv|fictional|fictitious|"
                             r"ficticio|fictif|fittizio|fictief)\b|\b(?:simulation|simulacion|simulacao|simulazione|"
                             r"simulatie) (?:eines|of an?|de un|d'une?|di un|van een|de uma?) (?:\w+)?(?:angriff\w*|"
                             r"attack|ataque|attaque|attacco|aanval)",
         name="SEC3-malicious"),
    rule("SEC3", words("scam|scams|scammer|crypto|fake accounts|fake users|fake members|fake sign|bots|bot accounts|"
                       "vandal|defac|obscene|offensive|porn|hateful|impersonat"),
         need=r"post|comment|link|member|account|workspace|board|message|invit|join|sign|creat|renam|chang|"
              r"task|project|appear|spread|flood|our (?:org|team|users)",
         unless=r"calling (?:teamflow|you|it|us) a scam|a scam over|"
                # the vendor called a scam in public is a reputation matter: "asking if TeamFlow is 'a scam'"
                r"(?:teamflow|you|your (?:\w+ )?(?:company|product|app|service|pricing)|it) (?:is|are|was|were) "
                r"(?:just |really |all )?\W?(?:an? )?scam|calling (?:\w+ ){0,3}a scam|createhmac|crypto\.|"
                r"require\(|import crypto|"
                r"(?:pricing|prices?|price increase|plans?|fees?|subscription|renewal) (?:is |are |feels? like |"
                r"seems? like )?(?:a )?(?:total |complete )?scam|"
                r"(?:do|does|how) (?:you|teamflow|can|i|we) (?:\w+ )?(?:prevent|protect|block|stop|handle)|"
                # "comment ajouter un lien vers leur site ?": a how-to about the customer's own clients
                r"how (?:do|can) (?:i|we) (?:add|put|insert|link)|\bcomment (?:ajouter|mettre|inserer|creer)|"
                r"\bcomo (?:agrego|anado|pongo|adiciono|coloco|insiro)|\bwie (?:fuge|kann ich|konnen wir)|"
                r"\bcome (?:aggiungo|inserisco|posso)|\bhoe (?:voeg|kan ik|kunnen we)",
         name="SEC3-abuse"),
    rule("SEC3", words("fake login|fake sign-in|fake sign in|fake page|fake website|credential harvesting|"
                       "asking people for their passwords|asking users for their passwords|steal passwords|"
                       "stealing passwords|malicious link|malicious links|suspicious link|suspicious links|"
                       "lookalike domain|look-alike domain|pagina falsa|paginas falsas|pagina falsificada|"
                       "e-mail falso|email falso|correo falso|correos falsos|faux e-mail|faux mail|fausse page|"
                       "faux site|gefalschte seite|gefalschte e-mail|gefalschte mail|gefalschte anmeldeseite|"
                       "falsche anmeldeseite|falsa pagina|e-mail falsa|email falsa|nep-pagina|neppagina|"
                       "valse pagina|valse e-mail|nepmail|fake e-mail|fake email|fake invite|fake invites|"
                       "fake invitation|fake invitations|imita el login|imita la pagina|imita el inicio de sesion|"
                       "imite la page|imite le login|imitates the login|imitates a login|mimics the login|"
                       "mimics a login|imita o login|imita a pagina|imita il login|imita la pagina di|"
                       "imiteert de|ahmt die anmeldeseite|nachgemachte anmeldeseite"),
         unless=r"(?:how|do|does) (?:do |can )?(?:you|teamflow|we|i) (?:\w+ )?(?:protect|prevent|block|detect)|"
                r"(?:asking|ask|asked|wonder\w*) (?:\w+ )?(?:if|whether) (?:it'?s|it is|this is|that'?s)|"
                r"(?:pensent|pense|think|thinks|believe|creen|cree|denken|glauben|acham|pensano|denken) (?:que |that |"
                r"dass |che |dat )?(?:c'est|it'?s|es|ist|e|is)\b",
         # an e-mail that only pretends to come from TeamFlow, not clicked: nothing happened on the account
         doc_unless=r"(?:claimed|claiming|claims|pretend\w*|purport\w*) to (?:be|come) from teamflow(?=[\s\S]*(?:"
                    r"(?:didn'?t|did not|never|nobody|no one) (?:\w+ )?click|(?:no|not any) (?:new |unusual |"
                    r"strange )?sign-?ins))|"
                    # the customer's own drill: "our IT provider is running a phishing awareness test for our staff"
                    r"\bphishing (?:awareness |simulation )?(?:test|simulation|exercise|training|drill|campaign)s?\b"
                    r"(?=[\s\S]*(?:not from you|nothing (?:has )?happened|(?:our|their) (?:own )?test domain))|"
                    r"\bsimulated phishing\b",
         name="SEC3-phishing-like"),
    rule("SEC3", words("spam|spamming|spammed"),
         need=r"(?:from|sent|sending|posted|posting|using|via) (?:our|my|the)? ?(?:account|workspace|users?|"
              r"teamflow|domain|board|project|comments?)|(?:our|my) (?:account|workspace) (?:is|was|has been) "
              r"(?:sending|posting)|links? (?:in|posted|to)|comments? (?:full|with)",
         unless=r"spam folder|in (?:my|the|our) spam|marked as spam|go(?:es|ing)? (?:to|into) spam|"
                r"is there a (?:setting|"
                r"way|option|filter)|(?:blocks?|filters?) spam|"
                r"land(?:s|ing)? in spam|end(?:s|ing)? up in spam|junk|spam filter|checked (?:the |our |my )?spam|"
                r"spam folder|quarantin\w*|spam (?:and|or|&|/) (?:\w+ )?(?:folders?|junk)", name="SEC3-spam"),
    rule("SEC3", words("suspicious activity|suspicious behavior|suspicious behaviour|fraudulent|fraud$|"
                       "actividad sospechosa|activite suspecte|verdachtige aktivitat|atividade suspeita|"
                       "attivita sospetta|verdachte activiteit|verdachtige activiteit"),
         unless=r"investigating a fraud|fraud (?:offence|offense|investigation|squad|unit)|economic crime|"
                # the customer's own bank blocked the card "as suspected fraud on their side"
                r"(?:bank|amex|visa|mastercard|issuer)\b[^.!?]{0,60}(?:suspected|suspect|as) fraud|"
                r"charge|payment|card|invoice|billing|transaction|refund|bank|merchant|declined",
         name="SEC3-suspicious"),
    rule("SEC3", words("mass delet|bulk delet|mass-delet|deleted by someone|someone deleted|somebody deleted|"
                       "someone removed|someone changed|somebody changed|nobody on our team|no one on our team|"
                       "none of us|nobody in our|no one in our|no one here|nobody here|not one of us|"
                       "not any of our people|none of our people|not by us|wasn't us|nobody from our side|"
                       "no one from our side|not anyone from our|none of our users|none of our staff"),
         need=r"delet|chang|remov|creat|invit|sent|post|added|modif|download|export|made|did|archiv|wip|renam|"
              r"transfer|revok|disabl|wrote|written|schrieb|geschrieben|escribi|ecrit|escreveu|scritto|geschreven",
         unless=r"(?:can|could) (?:log ?in|access|sign|load|open|use|work)|(?:for|to) (?:nobody|no one)\b|"
                # a fault for all of them: "none of us can post a comment that has an @mention in it"
                r"(?:none of us|nobody|no one|not one of us)(?: \w+){0,3} (?:can|could|is able to|are able to)\b|"
                # a fault for all of them: "none of us receives the notification e-mails any more"
                r"(?:none of us|nobody|no one|not one of us)(?: \w+){0,4} (?:receives?|gets?|got|is getting|"
                r"are getting|"
                r"has received|have received)\b|"
                # a purchase nobody made: "nobody here ordered it", a billing dispute
                r"(?:none of us|nobody|no one)(?: \w+){0,2} (?:ordered|bought|purchased|subscribed|upgraded|"
                r"signed up|added (?:any )?(?:seats|licen[cs]es))\b|"
                + CANT,
         negatable=False,
         name="SEC3-nobody-did"),
    rule("SEC3", words("failed login attempts|failed login|login attempts|sign-in attempts|password attempts|"
                       "thousands of login|hundreds of login"),
         need=r"thousand|hundred|\d{2,}|many|multiple|repeated|flood|lots|spike|wave|burst|bot|automat|"
              r"brute|constant|every (?:second|minute)", name="SEC3-attempts"),
    *DATA_LOSS,
    *COMPLIANCE,
)
