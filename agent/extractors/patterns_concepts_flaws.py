"""Concept rules for attacks, access flaws, lost work and a dead app, told in plain words.

A customer who found an access flaw writes "a guest token still gets the private comments"; an
attack reads "we keep getting 'too many attempts' lock-out mails and none of us is signing in"; data
loss reads "four months of tasks just aren't there"; an outage reads "nothing loads" in one sentence
and "all forty of us" in the next. Each rule is one such idea in English, Spanish, French, German,
Portuguese, Italian and Dutch; questions, hypotheticals and the customer's own doing keep them precise.
"""

from __future__ import annotations

from .lexicon import SCOPE_MANY, Rule, rule, words
from .patterns_outage import RESOLVED

#: Someone trying password after password: the attack, not one forgotten password.
GUESSING = words(
    "guess passwords|guess our passwords|guessing passwords|guessing our passwords|trying passwords|"
    "trying different passwords|trying password after password|failed login attempts|failed sign-in attempts|"
    "failed log-in attempts|login attempts|sign-in attempts|too many attempts|too many failed|too many login|"
    "failed sign-in attempt|failed login attempt|failed log-in attempt|cycling through passwords|"
    "trying password after password|password spraying|failed attempts|auth-failure|auth failure burst|"
    "authentication failures|failed authentications|"
    "adivinar contrasenas|adivinar nuestras contrasenas|adivinar las contrasenas|probando contrasenas|"
    "intentos de inicio de sesion|intentos de acceso|intentos fallidos|demasiados intentos|"
    "deviner les mots de passe|deviner nos mots de passe|deviner des mots de passe|tentatives de connexion|"
    "tentatives d'acces|tentatives echouees|trop de tentatives|passworter zu erraten|passwort zu erraten|"
    "passworter ausprobiert|passworter durchprobiert|anmeldeversuche|loginversuche|login-versuche|"
    "fehlgeschlagene anmeldungen|zu viele versuche|falschen passwortern|falschen passwort|adivinhar senhas|"
    "adivinhar as senhas|adivinhar nossas senhas|tentativas de login|tentativas de acesso|tentativas de entrar|"
    "tentativas falhadas|tentativas falhas|muitas tentativas|provando password|provando le password|"
    "tentativi di accesso|tentativi di login|tentativi falliti|troppi tentativi|indovinare le password|"
    "password a raffica|wachtwoorden te raden|wachtwoorden raden|inlogpogingen|mislukte pogingen|"
    "te veel pogingen|te veel inlogpogingen")
#: ... and what shows it is not the team itself: many attempts, unknown addresses, nobody here did it.
_HOSTILE_ATTEMPTS = (
    r"\d{1,3},\d{3}|\b\d{4,}\b|distinct usernames|rotating|\basn|botnet|someone|somebody|some ?one is|nobody|no ?one|"
    r"none of us|not (?:us|me)|unknown|different (?:ips?|addresses|"
    r"countries|locations)|various (?:ips?|addresses)|hundreds|dozens|thousands|every (?:few )?(?:minutes?|"
    r"seconds?)|all night|bots?\b|script|alguien|nadie|ninguno de|desconocid|cientos|decenas|miles|cada pocos|"
    r"quelqu'un|personne|aucun de nous|inconnu|centaines|dizaines|milliers|toutes les|jemand|niemand|keiner|"
    r"unbekannt|hunderte|dutzende|tausende|alle paar|alguem|ninguem|nenhum de nos|desconhecid|centenas|dezenas|"
    r"milhares|a cada|qualcuno|nessuno|sconosciut|centinaia|decine|migliaia|ogni pochi|a raffica|sempre divers|"
    r"iemand|niemand|onbekend|honderden|tientallen|duizenden|elke paar|indirizzi|direcciones|adresses|adressen|"
    r"enderecos|adressen")
_OWN_LOCKOUT = (r"\b(?:i|we) (?:forgot|typed|entered|mistyped)|myself|my own (?:password|typo)|me (?:he|olvid)|"
                r"je me suis|ich habe mich|eu me|mi sono|ik heb mezelf|how (?:do|can) (?:i|we) (?:unlock|reset)|"
                r"(?:do|does|can|will|would) (?:you|teamflow)\b[^.!?]*\?")

#: Something meant to be private, hidden or restricted ...
PRIVATE_THING = words(
    "private|privately|hidden|restricted|admin-only|admin only|internal-only|marked private|internal comments|"
    "internal notes|internal fields|comentarios internos|notas internas|commentaires internes|notes internes|"
    "interne kommentare|interne notizen|comentarios internos|commenti interni|note interne|interne opmerkingen|"
    "interne notities|privado|privados|"
    "privada|privadas|oculto|ocultos|restringid|prive|privee|prives|privees|masque|restreint|privat|privaten|"
    "privates|versteckt|eingeschrankt|nur fur admins|privativo|privativos|restrito|privato|privati|privata|"
    "private$|nascost|riservat|prive$|verborgen|afgeschermd|beperkt")
#: ... reachable by someone with less right to it ...
_LESSER_ROLE = (
    r"not a member|isn'?t a member|non-member|no es miembro|n'est pas membre|kein mitglied|nao e membro|non e membro|"
    r"geen lid|guest|viewer|read-?only|any (?:\w+ )?(?:member|user|one)|anyone|every (?:member|user)|non-admin|"
    r"not an admin|"
    r"without (?:being )?(?:logged|signed) in|without (?:a |any )?(?:login|token|account|permission|auth)|"
    r"logged[- ]out|other (?:workspaces?|accounts?|users|tenants|companies)|another (?:workspace|account|user|"
    r"company)|invitad|invitee|invite\b|\binvites\b|convidad|\bgast|\bospit|lettore|visualizzatore|lecteur|"
    r"lector|leitor|kijker|lezer|cualquier|n'importe qui|jeder|qualquer|chiunque|iedereen|sin (?:iniciar|sesion)|"
    r"sans (?:etre )?connecte|ohne (?:anmeldung|login)|sem (?:login|estar)|senza (?:login|accesso)|zonder "
    r"(?:in te loggen|login)|token de|token (?:d|v)|\bmember token|otros (?:usuarios|espacios)|autres "
    r"(?:utilisateurs|espaces)|andere(?:n)? (?:nutzer|benutzer|arbeitsbereich)|outros (?:usuarios|espacos)|"
    r"altri (?:utenti|spazi)|andere (?:gebruikers|werkruimtes)")
#: ... that sees, reads or receives it.
_REACHES = (
    r"\bopen\b|opens|return|send|sent|show|shown|visible|see|sees|seen|read|reads|access|download|expos|leak|includ|"
    r"contain|"
    r"\bget|\bgets|devolv|retorn|mostr|exib|aparec|muestr|\bve\b|\bven\b|\bleer\b|\blee\b|descarg|voir|voit|"
    r"affich|retourn|renvoi|lire|lit\b|telecharg|zeigt|sehen|sieht|liefert|sichtbar|lesen|liest|herunterlad|"
    r"\bver\b|\bvem\b|baix|vede|vedere|vedono|restituisc|visibil|legg|scaric|zien|ziet|toont|zichtbaar|geeft|"
    r"lezen|leest|download")
_SETTING_TALK = (r"how (?:do|can)|(?:can|could|should) (?:i|we) (?:make|set|mark|keep)|make (?:it|them|this|a|the|"
                 r"our) (?:\w+ )?private|set (?:it|them) (?:to )?private|is there a way|(?:want|wish|like|need) "
                 r"(?:to|guests|viewers)|\bshould(?:n'?t)? (?:guests|viewers|members)|feature request|"
                 r"(?:do|does|can|will|would|is|are) (?:you|teamflow|there)\b[^.!?]*\?|como (?:puedo|hago)|"
                 r"comment (?:puis|faire)|wie kann|como (?:posso|faco)|come (?:posso|faccio)|hoe kan")

#: A span of past work, the object of "is gone".
LONG_WORK = words(
    "months of|weeks of|years of|a year of|a month of|whole year|entire year|all our work|all of our work|"
    "everything since|everything from|all tasks since|all the tasks since|meses de|semanas de|anos de|"
    "todo nuestro trabajo|todo lo de|mois de|semaines de|annees de|tout notre travail|tout ce qui date|"
    "monate arbeit|monaten arbeit|wochen arbeit|jahre arbeit|unsere ganze arbeit|alles seit|meses de trabalho|"
    "todo o nosso trabalho|"
    "tudo desde|mesi di|settimane di|anni di|tutto il nostro lavoro|tutto da|maanden werk|weken werk|jaar werk|"
    "al ons werk|alles sinds")
_GONE = (r"gone|missing|disappear|vanish|wiped|erased|(?:aren'?t|are not|isn'?t|is not|no longer) there|"
         r"empty|lost|deleted|can'?t find|cannot find|not there|desaparec|borrad|perdid|vaci[oa]s?\b|"
         r"ya no (?:esta|estan)|disparu|efface|perdu|\bvides?\b|introuvable|n'(?:y )?(?:est|sont) plus|verschwunden|"
         r"geloscht|verloren|\bleer\b|nicht mehr da|\bweg\b|\bfehlen\b|faltan|manquent|mancano|ontbreken|sumiu|"
         r"sumiram|desaparec|apagad|perdid|vazi[oa]s?\b|nao (?:esta|estao) mais|scompars|cancellat|\bpers[oi]\b|"
         r"\bvuot[oi]\b|non c'?e piu|non ci sono piu|verdwenen|gewist|kwijt|\bleeg\b|niet meer")
_NOT_LOST = (r"filter|archiv|hidden|found (?:it|them)|restored|recovered|how (?:do|can)|export|backup of|in case|"
             r"\bplan\b|history of|timeline of|(?:want|need|like) to (?:delete|remove|archive)|\?|"
             r"(?:lost|perdu|perdido|verloren|perso) (?:\w+ )?(?:hours|days|time|heures|jours|temps|horas|dias|"
             r"tiempo|stunden|tage|zeit|ore|giorni|tempo|uren|dagen|tijd)")

#: The whole app fails to appear: told in one sentence, its scope ("all forty of us") in another.
DEAD_APP = words(
    "nothing loads|nothing is loading|nothing will load|nothing opens|nothing comes up|blank white page|"
    "blank white screen|white screen|blank page|blank screen|just spins|keeps spinning|spins forever|"
    "nada carga|no carga nada|nada abre|pagina en blanco|pantalla en blanco|rien ne charge|rien ne se charge|"
    "nao abre|no abre|n'ouvre pas|offnet nicht|non si apre|opent niet|"
    "rien ne s'affiche|rien ne s'ouvre|page blanche|ecran blanc|nichts ladt|nichts lädt|nichts geht|"
    "weisse seite|leere seite|weisser bildschirm|nada carrega|nada abre|pagina em branco|tela branca|"
    "non si carica niente|non carica niente|non si apre niente|non si carica nulla|pagina bianca|"
    "schermata bianca|niets laadt|niets werkt|lege pagina|wit scherm|witte pagina")
_WHOLE_GROUP = (SCOPE_MANY + r"|every (?:network|device|browser|computer|connection)|(?:office|home) (?:wifi|"
                r"network)|hotspot|all (?:of )?(?:our )?(?:devices|browsers|networks)|todas las redes|"
                r"tous les (?:reseaux|appareils)|alle (?:netzwerke|gerate)|todas as redes|tutte le reti|"
                r"alle netwerken")
_ONE_PLACE = (r"only (?:me|for me|on|in|when|one)|just (?:me|for me|on|in|one)|(?:one|a single) (?:user|colleague|"
              r"page|view|board|project|report)|except|everyone else|everybody else|(?:gantt|timeline|calendar|"
              r"kanban|report|export|settings|billing|invoice) (?:view|page|tab)?|when (?:i|we) (?:open|click)|"
              r"\bslow|" + RESOLVED)

#: A link or page anyone could find: indexed by a search engine.
FOUND_BY_SEARCH = words(
    "search engine|came up on google|comes up on google|found on google|found it on google|via google|through google|"
    "google search|googled|on bing|indexed|search result|search results|"
    "buscador|motor de busqueda|en google|indexad|moteur de recherche|sur google|indexe|indexee|suchmaschine|"
    "bei google|uber google|indexiert|motor de busca|no google|pelo google|motore di ricerca|su google|"
    "indicizzat|zoekmachine|via google|op google|geindexeerd")
_OUR_CONTENT = (r"link|board|project|page|pagina|seite|pagine|file|document|sheet|task|workspace|data|names|salar|"
                r"client|customer|"
                r"enlace|tablero|proyecto|archivo|datos|lien|tableau|projet|fichier|donnees|tafel|projekt|datei|"
                r"daten|quadro|projeto|arquivo|dados|bacheca|progetto|dati|bord|bestand|gegevens")
_SEARCH_TALK = (r"google (?:calendar|drive|sheets|docs|workspace|chat|meet|sso|login|sign|account)|\bseo\b|rank|"
                r"marketing|our (?:public|help|landing|website|blog)|public template|help cent|"
                r"(?:want|like|need|wish) (?:it|them|our|to)|how (?:do|can)|\?|template gallery")

#: Customer data handed to a company nobody agreed to: an analytics or advertising vendor, a tracker.
OUTSIDE_RECIPIENT = words(
    "third-party|third party|third parties|analytics vendor|analytics company|analytics provider|analytics domain|"
    "outside company|outside ai|ai company|ai service|outside service|external company|external service|external ai|"
    "to a company|to an outside|to another company|to a vendor|to an external|"
    "analytics service|advertising network|ad network|advertisers|tracking company|tracker|data broker|"
    "terceros|empresa de analitica|tiers|societe d'analyse|drittanbieter|dritte|analysefirma|terceiros|"
    "empresa de analise|terzi|societa di analisi|derden|derde partij|analysebedrijf")
_HANDED_OVER = (
    r"(?:send|sent|sends|sending|shipped|shipping|posts|posted|beacon\w*|handed|handing|going|goes|passed|passing|"
    r"shared|sharing|transmit\w*|leak\w*|upload\w*|"
    r"receiv\w*|gets|got|forward\w*|envia\w*|envoie\w*|envoy\w*|sendet|gesendet|ubermittel\w*|weitergegeben|"
    r"compartilh\w*|inviat\w*|invia\w*|verstuur\w*|gedeeld|doorgegeven)\b[^.!?]{0,100}(?:data|e-?mails?|e-?mail "
    r"address|names|titles|personal|customer|client|task|information|datos|donnees|daten|dados|dati|gegevens|"
    r"correos|adresses|adressen|enderecos|indirizzi)|(?:data|e-?mails?|e-?mail addresses|names|titles|personal|"
    r"information|datos|donnees|daten|dados|dati|gegevens|contents?)[^.!?]{0,100}(?:sent|shipped|posted|handed|going|"
    r"passed|shared|"
    r"transmitted|uploaded|given|envoy|enviad|gesendet|ubermittelt|weitergegeben|inviat|verstuurd|gedeeld)")
_NOT_AGREED = (r"never (?:agreed|approved|consented|authori[sz]ed|signed)|no business (?:receiving|having|getting)|"
               r"(?:isn'?t|aren'?t|is not|are not|not) on (?:your|the|our) (?:\w+ )?(?:list|"
               r"sub-?processor)|without (?:our|my|any) (?:consent|knowledge|permission|agreement)|no legal basis|"
               r"undisclosed|(?:didn'?t|did not) know|nobody told|not (?:disclosed|listed|mentioned)|"
               r"sin (?:nuestro )?consentimiento|sans (?:notre )?consentement|ohne (?:unsere )?(?:zustimmung|"
               r"einwilligung)|sem (?:nosso )?consentimento|senza (?:il nostro )?consenso|zonder (?:onze )?toestemming")

#: Our records reached someone they were never meant for ("he received our payroll export by mistake").
WRONG_RECIPIENT = words(
    "by mistake|in error|by accident|por engano|por error|por equivocacion|par erreur|versehentlich|irrtumlich|"
    "per errore|per sbaglio|per ongeluk|per abuis")
_RECEIVED_OURS = (r"(?:received|got|recebeu|receberam|recibio|recibieron|a recu|ont recu|erhalten|bekommen|ricevuto|"
                  r"ricevut|ontvangen|gekregen)\b[^.!?]{0,80}(?:our|ours|nosso|nossa|nuestr|notre|nos|unser|nostr|"
                  r"onze|ons)\b|(?:our|nosso|nossa|nuestr\w*|notre|nos|unser\w*|nostr\w*|onze|ons) (?:\w+ ){0,3}"
                  r"(?:file|export|report|list|data|spreadsheet|arquivo|planilha|archivo|fichier|datei|file|bestand|"
                  r"lista|liste|dados|datos|donnees|daten|dati|gegevens)\w*[^.!?]{0,60}(?:received|recebeu|recibio|"
                  r"recu|erhalten|ricevut|ontvangen)")
_OWN_SENDING = (r"\b(?:i|we) (?:\w+ )?(?:sent|shared|forwarded|invited|uploaded|deleted|emailed|e-mailed)\b|"
                r"(?:my|our) (?:own )?mistake|how (?:do|can)|\?|(?:enviamos|envie|partage|envoye|geschickt|inviato|"
                r"verstuurd) ")

#: A sign-in or live session ...
SIGN_IN = words(
    "sign-in|sign-ins|signed in|signins|logins|log-ins|logged in|login from|session|sessions|connexion|connexions|"
    "sign in$|"
    "connecte|sesion|sesiones|inicio de sesion|sitzung|sitzungen|anmeldung|anmeldungen|angemeldet|sessao|sessoes|"
    "login|logins|sessione|sessioni|accesso|accessi|sessie|sessies|aanmelding|ingelogd")
#: ... from a place or device the team does not have ...
_AWAY = (r"(?:four|three|two|several|different|\d+) countries|pays differents|paises distintos|verschiedenen landern|"
         r"paises diferentes|paesi diversi|verschillende landen|source ip|\bips? \d|vps|hosting (?:provider|range)|"
         r"tor (?:exit|node)|data ?cent(?:er|re)|\bas\d+|"
         r"python-requests|curl/|geoloc|locali[sz]|lokalisiert|localizad|localizzat|gelokaliseerd|(?:ip|address|device|"
         r"pc|computer|laptop|"
         r"phone) (?:in|from|located)|(?:from|in) (?:an? )?(?:ip|address) (?:in|that|located)|unknown device|"
         r"unrecogni[sz]ed device|new device|depuis un (?:pc|appareil|ordinateur|telephone|mac)|appareil inconnu|"
         r"desde un (?:pc|dispositivo|ordenador|movil)|dispositivo desconocido|von einem (?:unbekannten )?(?:gerat|"
         r"pc|rechner|handy)|unbekannte(?:s|m)? gerat|de um (?:pc|dispositivo|computador|celular)|dispositivo "
         r"desconhecido|da un (?:pc|dispositivo|computer)|dispositivo sconosciuto|vanaf een (?:onbekend )?(?:pc|"
         r"apparaat|computer)|onbekend apparaat")
#: ... while everyone is elsewhere or asleep.
_NOT_OURS = (r"on (?:parental |maternity |paternity |sick |medical )?(?:leave|holiday|vacation)|"
             r"(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not) travel|"
             r"no ha viajado|n'a pas voyage|ist nicht verreist|nao viajou|non ha viaggiato|is niet op reis|(?:was|"
             r"is) not (?:her|him|them|us)|wasn'?t (?:her|him|them)|"
             r"nobody|no ?one|none of us|not us|wasn'?t us|asleep|at home|never (?:been|travel)|doesn'?t travel|"
             r"war nie|nie in|nie dort|nunca estuvo|jamais ete|nunca esteve|mai stato|nooit in|was never in|"
             r"don'?t travel|(?:whole|entire) team is|all of us are|we (?:only|all) (?:work|use)|only (?:work|use) "
             r"(?:on )?(?:macs?|windows|iphones?)|toute l'equipe est|personne (?:chez nous|de nous|ici)|aucun de nous|"
             r"uniquement sur|todo el equipo (?:esta|trabaja)|nadie|ninguno de|solo (?:usamos|trabajamos)|das ganze "
             r"team (?:ist|sitzt|arbeitet)|niemand|keiner von|nur (?:mit|auf) |toda a equipe (?:esta|trabalha)|"
             r"ninguem|nenhum de|so (?:usamos|trabalhamos)|tutto il team (?:e|lavora)|nessuno|solo (?:mac|windows)|"
             r"het hele team (?:zit|is|werkt)|niemand van|alleen (?:op|met) ")

#: Our records opened with no sign-in at all (a link from a notification, a guessed address).
NO_LOGIN = words(
    "without any login|without a login|without logging in|without login|with no login|no login|without signing in|"
    "without being logged in|without an account|sin iniciar sesion|sin login|sin cuenta|sans se connecter|"
    "sans connexion|sans compte|ohne anmeldung|ohne login|ohne einloggen|ohne konto|sem login|sem fazer login|"
    "sem conta|senza login|senza accedere|senza account|zonder in te loggen|zonder login|zonder account")
_OPENED = (r"open\w*|\bsaw\b|\bsee\b|seen|\bread\b|view\w*|access\w*|abri\w*|ouv\w*|geoffnet|offnet|apri\w*|aperto|"
           r"geopend|opent|\bvio\b|\bver\b|voir|sehen|vedere|zien|shows? everything|everything (?:is )?visible")
_OUR_RECORDS = (r"board|project|file|folder|data|task|workspace|salar|payroll|client|customer|tablero|carpeta|proyecto|"
                r"nomina|tableau|dossier|projet|ordner|projekt|quadro|pasta|projeto|bacheca|cartella|progetto|bord|"
                r"map\b|everything")
#: Signing out that does not end the session: the next person is still in.
LOGOUT = words(
    "logged out|log out|logging out|logs out|signed out|sign out|signing out|abgemeldet|abmelden|ausgeloggt|"
    "deconnecte|deconnexion|se deconnecter|cerrar sesion|cerro sesion|cerramos sesion|desconect|saiu da conta|"
    "sair da conta|fazer logout|logout|disconnett|uscito|uitgelogd|uitloggen")
_STILL_IN = (r"still (?:logged|signed) in|back in as|straight back in|(?:zat|was|sat|estaba|etait|war|estava|era) "
             r"(?:gewoon |just |simplement |einfach |simplesmente |semplicemente )?(?:in|dans|en|im|na|nel) (?:mijn|my|"
             r"mon|mi|mein|meu|il mio) (?:account|compte|cuenta|konto|conta)|(?:back )?in (?:my|her|his) account|"
             r"(?:session|login|log ?in) (?:isn'?t|is not|"
             r"doesn'?t|does not|never) (?:actually |really )?(?:end|close|expire)|remains? (?:logged|signed) in|"
             r"(?:sigue|seguia) (?:conectad|abiert|dentro)|reste connecte|toujours connecte|bleibt (?:angemeldet|"
             r"eingeloggt)|immer noch (?:angemeldet|eingeloggt)|continua (?:logad|conectad)|ainda (?:logad|conectad)|"
             r"rimane (?:connesso|loggato)|ancora (?:connesso|loggato|dentro)|blijft ingelogd|nog (?:steeds )?ingelogd")
#: The stored files themselves damaged: blank pages, grey squares, "the file is damaged".
DAMAGED = words(
    "rovinat|corrotto|estropead|abime|damaged|danificad|beschadigd|danado|danada|danados|danadas|endommage|beschadigt|"
    "beschaedigt|danneggiat|"
    "corrompus|corrompid|corrott|illisibles|ilegibles|unreadable|can't be opened|cannot be opened|"
    "won't open|nao abrem|no se abren|ne s'ouvrent plus|lassen sich nicht (?:mehr )?offnen|non si aprono|"
    "gaan niet open")
_STORED_FILES = (r"attachments?|files?|pdfs?|photos?|images?|spreadsheets?|documents?|anexos?|arquivos?|planilhas?|"
                 r"fotos?|adjuntos?|archivos?|hojas|pieces jointes|fichiers?|anhange|dateien|dokumente|allegati|"
                 r"file|documenti|bijlagen|bestanden|documenten")
_MANY_OF_THEM = (r"\ball\b|every|each|old|older|earlier|before|since|\d{2,}|todos|todas|tous|toutes|alle|tutti|"
                 r"tutte|antig|ancien|alten|vecchi|oude|anteriores|avant|vor dem|prima|voor|different|diferentes|"
                 r"differents|verschiedenen|diversi|verschillende")

#: Someone outside the team sent or received our internal records (a digest, a notification, a report).
_SENT_OUT = (r"(?:received|been sent|was sent|were sent|"
             r"got (?:an? |the )?(?:\w+ )?(?:e-?mail|digest|notification|report|"
             r"summary)|recibio|recibieron|le llego|a recu|ont recu|hat (?:\w+ )?(?:erhalten|bekommen)|recebeu|"
             r"receberam|ha ricevuto|hanno ricevuto|heeft (?:\w+ )?ontvangen)")
_OUTSIDE_PERSON = (r"client|customer|guest|supplier|vendor|stranger|outsider|someone outside|former|external|"
                   r"(?:he|she|they) (?:is|are|was|were) (?:only )?(?:a )?(?:guest|member) (?:on|of)|cliente|invitad|"
                   r"proveedor|invite|fournisseur|gast|lieferant|kunde|convidad|fornecedor|ospite|fornitore|"
                   r"leverancier|klant")

#: Messages sent in a member's name that fish for bank details or passwords.
FISHING = words(
    "bank details|bank account details|bankverbindung|bankdaten|iban|datos bancarios|cuenta bancaria|"
    "coordonnees bancaires|rib$|dados bancarios|conta bancaria|coordinate bancarie|dati bancari|bankgegevens|"
    "rekeningnummer|card details|card number|credit card number|your password|their password|login details")
_VIA_LINK = (r"link|confirm|verify|update|enter|bestatig|verifizier|aktualisier|eingeben|confirmar|verificar|"
             r"actualizar|"
             r"introducir|confirmer|verifier|mettre a jour|saisir|confirmar|atualizar|inserir|confermare|verificare|"
             r"aggiornare|inserire|bevestig|verifieer|bijwerken|invullen")
_NOT_SENT_BY_THEM = (
    r"(?:has|have|had)n'?t (?:logged|signed) in|(?:was|is|were)n'?t (?:logged|signed) in|did not (?:log|sign) in|"
    r"didn'?t (?:log|sign) in|on (?:leave|holiday|vacation|parental leave|maternity leave)|nicht angemeldet|"
    r"elternzeit|urlaub|no ha iniciado sesion|de vacaciones|de baja|pas connecte|en conge|nao fez login|de ferias|"
    r"de licenca|non ha fatto (?:il )?login|in ferie|in congedo|niet ingelogd|met verlof|op vakantie|nobody|no ?one|"
    r"none of us|niemand|nadie|personne|ninguem|nessuno|never sent|nie geschickt|jamais envoye|nunca envio|"
    r"nunca enviou|mai inviato|nooit gestuurd")
#: Our own words quoted back by someone outside.
QUOTED_BACK = words(
    "word for word|verbatim|quotes our|quoting our|quoted our|quotes, word for word|mot pour mot|palabra por palabra|"
    "textualmente|wort fur wort|wortwortlich|palavra por palavra|parola per parola|testualmente|woord voor woord|"
    "letterlijk")
_OUR_INTERNAL = (r"internal|private|confidential|strategy|notes?|board|card|comment|interne?s?|privad|privee?|"
                 r"vertraulich|intern|riservat|vertrouwelijk|notas|notizen|note|notities")

#: A monitoring alert of impossible travel, or actions run under a member's account while she was away.
IMPOSSIBLE_TRAVEL = words(
    "impossible travel|impossible_travel|impossible-travel|unmogliche anmeldung|unmogliche reise|viaje imposible|"
    "voyage impossible|viagem impossivel|viaggio impossibile|onmogelijke reis|under the account of|under her account|"
    "under his account|using her account|using his account|with her credentials|with his credentials|"
    "en nombre de su cuenta|avec le compte de|mit dem konto von|com a conta de|con l'account di|met het account van")
#: Requests accepted with no signature or credentials at all.
UNSIGNED = words(
    "no signature|without a signature|without any signature|without signature|unsigned|missing signature|"
    "signature header|without authentication|with no authentication|without an api key|without any token|"
    "unsigniert|unsignierte|sin firmar|non signee|nicht signiert|nao assinad|non firmat|niet ondertekend|"
    "signature wrapping|cwe-347|"
    "without a token|with no token|sin firma|sans signature|ohne signatur|sem assinatura|senza firma|"
    "zonder handtekening")
_ACCEPTED = (r"accept|creat|process|go(?:es)? through|works?|succeed|let|allow|run|acept|cre[ae]|procesa|accepte|"
             r"traite|akzeptiert|erstellt|verarbeitet|aceita|processa|accetta|elabora|accepteert|verwerkt")
#: A screenshot of our records, sent by someone who was never given access.
SCREENSHOT = words(
    "screenshot|screen shot|screen capture|captura de pantalla|captura|capture d'ecran|capture|bildschirmfoto|"
    "screenshot|captura de tela|print da tela|schermata|schermafbeelding|screen-shot")
_OF_OURS = (r"(?:our|your|nuestro|nuestra|notre|nos|unser\w*|nosso|nossa|nostr\w*|onze|ons)\b[^.!?]{0,40}(?:board|"
            r"tablero|"
            r"tableau|projekt|quadro|bacheca|bord|project|proyecto|projet|progetto|projeto|workspace|espacio|"
            r"espace|budget|presupuesto|devis|angebot|orcamento|preventivo|offerte|pricing|data|datos|donnees|daten|"
            r"dados|dati|gegevens)|(?:sacada|tomada|prise|aus|tirada|presa|uit|taken) (?:de|from|dans|von|da|van) "
            r"(?:nuestro|our|notre|unser|nosso|nostro|onze|ons)")
_NEVER_GIVEN = (r"no idea how|how (?:this person|they|he|she) (?:has|have|got)|never (?:gave|given|had|invited|shared|"
                r"granted)|shouldn'?t (?:see|have)|should not (?:see|have)|"
                r"ne devrait plus|no deberia (?:ver|tener)|sollte nichts mehr|nao deveria|non dovrebbe|zou niets meer|"
                r"jamas|nunca|jamais|\bnie\b|\bmai\b|nooit|"
                r"competitor|competidor|concurrent|konkurrent|concorrente|outsider|stranger|journalist|periodista|"
                r"journaliste|jornalista|giornalista|verslaggever|no (?:access|account)|sin acceso|sans acces|"
                r"ohne zugang|sem acesso|senza accesso|zonder toegang")

#: Another customer's records shown to someone ("a project that belongs to a completely different client").
SOMEONE_ELSES = words(
    "belongs to a different|belongs to another|belonging to another|belongs to a completely different|"
    "belong to a different|belong to another|weren't hers|weren't his|weren't theirs|wasn't hers|wasn't his|"
    "another client's|other client's|a different client's|another customer's|a different customer's|"
    "another company's|a different company's|other companies'|"
    "de otro cliente|d'un autre client|eines anderen kunden|einem anderen kunden|anderen kunden gehort|"
    "de outro cliente|di un altro cliente|van een andere klant|pertenece a otro|appartient a un autre|"
    "pertence a outro|appartiene a un altro|hoort bij een andere|di un'altra azienda|di un altro tenant|"
    "another tenant's|of another tenant|d'un autre tenant|eines anderen mandanten|de outro tenant|de otro tenant|"
    "van een andere tenant|of a different company|of another company|d'une autre entreprise|de otra empresa|"
    "einer anderen firma|de outra empresa|van een ander bedrijf")
_SEES = (r"receiv|ricev|recib|recev|erhalt|ontvang|recebe|contain|contengono|contienen|contiennent|enthalten|"
         r"contem|bevatten|\bsee\b|\bsaw\b|seen|\bsees\b|open|view|access|read|download|\bver\b|\bvio\b|voir|\bvu\b|"
         r"sehen|sah|"
         r"vedere|visto|zien|zag|abri|ouvri|geoffnet|offnen|aprire|aperto|openen|geopend|shows?|showing|visible")

#: A new-sign-in notice the team did not cause ("Neue Anmeldung bei Ihrem Konto ... keiner war verreist").
NEW_SIGN_IN = words(
    "new sign-in|new sign in|new login|new log-in|new device signed in|neue anmeldung|neuer login|nouvelle connexion|"
    "nuevo inicio de sesion|nuevo acceso|novo login|novo acesso|nuovo accesso|nieuwe aanmelding|nieuwe login")
_NONE_OF_US = (_NOT_OURS + r"|keiner|verreist|never gave|niemandem gegeben|a nadie|a personne|ninguem|a nessuno|"
               r"aan niemand|nobody was travel|no one was travel|nadie (?:estaba|ha) viaj|personne n'etait en voyage")
#: Our records reaching people who should never have had them ("my clients got an e-mail listing all my clients").
GOT_OUT = words(
    "how did this get out|how did it get out|how did they get this|how did this leak|i didn't send|we didn't send|"
    "didn't send anything|never sent it|como salio esto|comment c'est sorti|wie ist das rausgekommen|"
    "como isso vazou|come e uscito|hoe is dit uitgelekt|hoe is dat uitgelekt")
_OUR_LIST = (r"list|names|phone|address|clients|customers|salar|prices|charge|quotes|contracts|lista|nombres|"
             r"direcciones|liste|noms|adresses|namen|adressen|nomes|enderecos|nomi|indirizzi|adressen|klanten")
#: Code in a field that runs for whoever opens it, told by a layperson.
CODE_RUNS = words(
    "salta fuori un messaggio|salta fuori|appare un messaggio|aparece un mensaje|aparece una ventana|"
    "apparait un message|une fenetre s'ouvre|erscheint eine meldung|erscheint ein fenster|aparece uma mensagem|"
    "aparece uma janela|verschijnt een bericht|verschijnt een venster|a message pops up|a window pops up|pops up a|"
    "steal the login|steal the access|steal anyone's|rubare l'accesso|robar el acceso|robar la sesion|"
    "voler l'acces|voler la session|zugang stehlen|sitzung stehlen|roubar o acesso|roubar a sessao|toegang stelen")
_CODE_CONTEXT = (r"code|codice|codigo|script|titl|titolo|titulo|titre|titel|field|campo|champ|feld|veld|could|potrebbe|"
                 r"podria|pourrait|konnte|poderia|zou|anyone|chiunque|cualquiera|n'importe qui|jeder|qualquer|iedereen")
#: Someone else's photos, texts or designs used without permission.
THEIRS = words(
    "are his|are hers|are theirs|is his|is hers|is theirs|son suyas|son suyos|sont a lui|sont les siennes|"
    "gehoren ihm|gehoren ihr|sao dele|sao dela|sono sue|sono suoi|zijn van hem|zijn van haar")
_CREATIVE = r"photo|picture|image|logo|text|illustration|video|music|font|design|foto|imagen|bild|immagin|afbeelding"
_NO_RIGHTS = (r"permission|licen[cs]|copyright|rights|fee|remov|take (?:it|them) down|gone|permiso|autorisation|"
              r"erlaubnis|permissao|permesso|toestemming|derechos|droits|rechte|direitos|diritti|rechten")

#: Signing in as anyone at all, or a data store open to the internet holding our records.
AS_ANYONE = words(
    "log in as any user|login as any user|sign in as any user|as any user|als beliebiger benutzer|"
    "anmeldung als beliebiger|"
    "como cualquier usuario|en tant que n'importe quel utilisateur|como qualquer usuario|come qualsiasi utente|"
    "als willekeurige gebruiker|impersonate any user|take over any account")
OPEN_STORE = words(
    "unauthenticated|answers without authentication|without authentication|open to the internet|publicly accessible|"
    "exposed index|exposed bucket|exposed database|open bucket|public bucket|open elasticsearch|shodan")
_STORE = (r"index|indices|bucket|database|node|elasticsearch|\bs3\b|mongodb|redis|dump|port \d+|:9200|our (?:data|"
          r"comments|records|files|tasks)")

#: Our files put where anyone can read them: a public forum thread, a public post.
PUBLIC_PLACE = words(
    "public thread|public forum|community forum|community thread|community.teamflow|publicly posted|posted publicly|"
    "public post|foro publico|forum public|offentlichen forum|forum publico|forum pubblico|openbaar forum")
_OUR_FILES = (r"files|attached|attachment|export|spreadsheet|(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nostr\w*|"
              r"onze|ons) (?:\w+ )?(?:data|records|files|documents|contracts|datos|donnees|daten|dados|dati|gegevens)")
#: Whole kinds of records missing at once ("fehlen: ... alle Kommentare ... der komplette Änderungsverlauf").
MISSING = words("fehlen|faltan|manquent|mancano|ontbreken|are missing|is missing|sont introuvables|desapareceram")
_WHOLE_KIND = (r"(?:alle|all|todos|todas|tous|toutes|tutti|tutte|samtliche|komplette|complete|entire|whole|todo el|"
               r"tout l|het hele|de hele) (?:\w+ ){0,2}(?:kommentare|comments|comentarios|commentaires|commenti|"
               r"opmerkingen|\w*verlauf|history|historial|historique|historico|cronologia|geschiedenis|dependencies|"
               r"\w*verknupfungen|\w*abhangigkeiten|tasks|aufgaben|tareas|taches|tarefas|attivita|taken|files|dateien|"
               r"archivos|fichiers|arquivos|bestanden|attachments|anhange)")

#: Something that exists only in TeamFlow turns up outside ("that card lives on one board and nowhere else").
ONLY_HERE = words(
    "nowhere else|lives on one board|only exists in|only exists on|only lives in|only lives on|only kept in|"
    "solo existe en|n'existe que dans|existiert nur in|nur in teamflow|so existe no|esiste solo|staat alleen in|"
    "bestaat alleen in|exactly the columns|exactement les colonnes|exactamente las columnas|genau die spalten|"
    "exatamente as colunas|esattamente le colonne|precies de kolommen")
_SEEN_OUTSIDE = (r"rival|competitor|concurrent|competidor|konkurrent|concorrente|client|customer|stranger|company|"
                 r"societe|"
                 r"empresa|firma|agency|agence|newsletter|pitched|forwarded|sent us|nous a envoye|nos envio|"
                 r"schickte uns|nos enviou|ci ha inviato|stuurde ons|has it|got it|in front of")
#: A pen-test or audit finding about the product, told in the tester's terms.
PEN_TEST = words("pen test|pentest|penetration test|pen-test|pentester|security audit finding|reset token|"
                 "reset_token|password-reset tokens|reset tokens")
_FINDING = (r"finding|high|critical|impact|confirmed|exploit|can read|could read|read other|returns?|response|"
            r"includes|exposes|copied|befund|hallazgo|constat|achado|risultato|bevinding")
#: External monitoring that sees the app fail from several places.
MONITOR = words("uptime monitor|uptime check|synthetic monitor|synthetic check|probe locations|all probes|every probe|"
                "three probes|two probes|pingdom|statuscake|uptimerobot|uptime robot")
_MONITOR_FAIL = r"timeout|time out|timed out|\bdown\b|\b5\d\d\b|unreachable|fail|error|no response"
#: Nobody of a group can get in ("nenhum dos 35 professores consegue entrar").
NONE_OF_GROUP = words(
    "nenhum dos|nenhuma das|ninguno de los|ninguna de las|aucun des|aucune des|keiner der|keine der|nessuno dei|"
    "nessuna delle|geen van de|none of the|none of our")
_CANT_GET_IN = (r"(?:consegue|conseguem|puede|pueden|peut|peuvent|kann|konnen|riesce|riescono|kan|kunnen|can)\w* "
                r"(?:\w+ ){0,2}(?:entrar|acceder|se connecter|anmelden|einloggen|accedere|entrare|inloggen|log ?in|"
                r"sign ?in|get in|open|abrir|ouvrir|offnen|aprire|openen)")
#: Exports made by an account that is nobody's on the team (a free-mail address, "added by: -").
EXPORTS_BY_OUTSIDER = words("export|exports|exportiert|exporte|exporto|exportou|esportato|geexporteerd")
_FREE_MAIL = (r"@(?:gmx|gmail|hotmail|yahoo|outlook|proton|protonmail|mail\.ru|yandex|web\.de|aol|icloud)\b|extern\w*|"
              r"unknown|unbekannt")

#: Sign-ins from several countries in a short time, told as a count ("four countries in ninety minutes").
MANY_COUNTRIES = words("four countries|three countries|five countries|several countries|different countries|"
                       "two countries|vier landern|tres paises|trois pays|quatre pays|tre paesi|quattro paesi|"
                       "drie landen|"
                       "vier landen|quatro paises")

#: A full export that reached an outside firm although nobody on the team ran or sent it.
EXPORT_RECEIVED = words("export|exports|exportacion|exportation|exportacao|esportazione|exportbestand")
_RECEIVED = (r"received|recu|recibio|recibieron|erhalten|bekommen|recebeu|receberam|ricevuto|ontvangen|got|"
             r"came to|arrived")

CONCEPT_FLAWS: tuple[Rule, ...] = (
    rule("SEC1", EXPORT_RECEIVED, need=_RECEIVED,
         doc_need=r"nobody|no ?one|personne|nadie|niemand|ninguem|nessuno|didn'?t (?:run|send|launch)|"
                  r"never (?:ran|sent)",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:received|got) (?:the|our|an?) (?:\w+ )?export",
         negatable=False, name="SEC1-export-received-outside"),
    rule("SEC1", MANY_COUNTRIES, doc_need=r"sign.?in|log.?in|session|anmeld|connexion|sesion|sessao|accesso|aanmeld",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:travel|work|operate|have offices)|offices in", negatable=False,
         name="SEC1-many-countries"),
    rule("SEC1", ONLY_HERE, doc_need=_SEEN_OUTSIDE, unless=r"how (?:do|can)|\?", negatable=False,
         name="SEC1-only-here-seen-outside"),
    rule("SEC2", PEN_TEST, need=_FINDING,
         unless=r"(?:do|does|can|could|will) (?:you|teamflow) (?:\w+ )?(?:share|have|provide|send)|report (?:for|of) "
                r"(?:your|teamflow)|your (?:latest|last|annual) pen|\?", negatable=False, name="SEC2-pen-test-finding"),
    rule("OUT1", MONITOR, doc_need=_MONITOR_FAIL, unless=r"how (?:do|can)|(?:our|my) (?:own )?(?:site|server|api|"
         r"website)|\?|" + RESOLVED, negatable=False, name="OUT1-external-monitor"),
    rule("OUT1", NONE_OF_GROUP, need=_CANT_GET_IN, unless=RESOLVED + r"|\?|only (?:me|one)|except",
         negatable=False, guard="hypo", name="OUT1-none-of-group"),
    rule("SEC1", EXPORTS_BY_OUTSIDER, need=_FREE_MAIL,
         doc_need=r"nobody|niemand|nadie|personne|ninguem|nessuno|durch: -|by: -|not (?:added|invited)|unknown|"
                  r"unbekannt|never invited|nie eingeladen",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-exports-by-outsider"),
    rule("SEC1", PUBLIC_PLACE, need=_OUR_FILES,
         unless=r"how (?:do|can)|(?:i|we) (?:posted|shared|asked)|\?|same (?:problem|issue|thing|error)|"
                r"saying the same|"
                r"other (?:companies|customers|agencies|users)|thread about",
         negatable=False, name="SEC1-our-files-in-public"),
    rule("SEC4", MISSING, doc_need=_WHOLE_KIND,
         unless=r"how (?:do|can)|\?|feature|option|button|field|column|export|csv|filter|integration|permission",
         guard="hypo", negatable=False, name="SEC4-whole-kinds-missing"),
    rule("SEC2", AS_ANYONE, unless=r"how (?:do|can)|\?|(?:admin|support) (?:feature|mode)|impersonation feature",
         negatable=False, name="SEC2-as-anyone"),
    rule("SEC1", OPEN_STORE, need=_STORE, doc_need=r"our|nuestro|notre|unser|nosso|nostr|onze|customer|client",
         unless=r"how (?:do|can)|(?:our|my) own (?:server|bucket|database|node)|\?", negatable=False,
         name="SEC1-open-data-store"),
    rule("SEC1", NEW_SIGN_IN, doc_need=_NONE_OF_US,
         unless=r"how (?:do|can)|(?:i|we) (?:signed|logged) in (?:from|on|with)|my (?:new )?(?:phone|laptop|device)|"
                r"is that (?:normal|expected)", negatable=False, name="SEC1-new-sign-in-not-us"),
    rule("SEC1", GOT_OUT, doc_need=_OUR_LIST, unless=r"how (?:do|can) (?:i|we) send", negatable=False,
         name="SEC1-how-did-it-get-out"),
    rule("SEC2", CODE_RUNS, need=_CODE_CONTEXT, doc_need=r"code|codice|codigo|script|html|javascript",
         unless=r"how (?:do|can)|(?:our|my) own (?:script|code)|embed", negatable=False, name="SEC2-code-runs-lay"),
    rule("LEG5", THEIRS, need=_CREATIVE, doc_need=_NO_RIGHTS, unless=r"how (?:do|can)|\?$", negatable=False,
         name="LEG5-someone-elses-work"),
    rule("SEC1", SOMEONE_ELSES, need=_SEES, unless=r"how (?:do|can)|\?|(?:we|i) (?:shared|invited|sent|moved)",
         negatable=False, name="SEC1-someone-elses-records"),
    rule("SEC1", IMPOSSIBLE_TRAVEL, doc_need=_NOT_OURS + r"|severity|alert|siem|monitoring",
         unless=r"how (?:do|can)|(?:can|could|should) (?:i|we)\b[^.!?]*\?|(?:we|i) (?:set up|configured|enabled)",
         negatable=False, name="SEC1-impossible-travel"),
    rule("SEC2", UNSIGNED, need=_ACCEPTED,
         unless=r"how (?:do|can)|(?:do|does|can|should) (?:you|teamflow|i|we)\b[^.!?]*\?|"
                r"(?:rejects?|refuses?|denies|blocks?|returns? (?:a )?40[13])",
         negatable=False, name="SEC2-unsigned-accepted"),
    rule("SEC1", SCREENSHOT, need=_OF_OURS, doc_need=_NEVER_GIVEN,
         unless=r"how (?:do|can)|(?:attached|attach|here is|here'?s|see) (?:a |the |my )?screenshot|"
                r"(?:i|we) (?:took|made|attached|sent|send|share)|adjunto|ci-joint|anbei|em anexo|in allegato|"
                r"bijgevoegd",
         negatable=False, name="SEC1-screenshot-from-outside"),
    rule("SEC3", FISHING, need=_VIA_LINK, doc_need=_NOT_SENT_BY_THEM,
         unless=r"how (?:do|can)|where (?:do|can) (?:i|we) (?:update|change|enter)|(?:update|change) (?:my|our) "
                r"(?:bank|card|billing)|invoice|refund|\?", negatable=False, name="SEC3-fishing-in-our-name"),
    rule("SEC1", QUOTED_BACK, need=_OUR_INTERNAL,
         doc_need=r"never (?:sent|shared|left|been shared)|outside (?:the|our) (?:firm|company|team|organi[sz]ation)|"
                  r"other (?:party|side)|opposing|competitor|journalist|reporter|press|nooit|nunca|jamais|\bnie\b|"
                  r"\bmai\b|wederpartij|contraparte|partie adverse|gegenseite|parte contraria|controparte|buiten ons|"
                  r"fuera de|hors de|ausserhalb|fora d|fuori d",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:sent|shared|forwarded)", negatable=False, name="SEC1-quoted-back"),
    rule("SEC1", PRIVATE_THING, need=_SENT_OUT, doc_need=_OUTSIDE_PERSON,
         unless=_SETTING_TALK + r"|(?:we|i) (?:\w+ )?(?:sent|shared|forwarded|invited)\b",
         negatable=False, name="SEC1-private-sent-out"),
    rule("SEC2", NO_LOGIN, need=_OPENED, also=_OUR_RECORDS,
         unless=r"how (?:do|can)|(?:can|could|should|is it possible) (?:i|we|guests?|clients?)\b[^.!?]*\?|"
                r"(?:want|like|need|wish) (?:to|them|clients|guests)|public (?:page|form|portal|link setting)|"
                r"(?:we|i) (?:made|set|shared) (?:it|the board|them) (?:public|with anyone)",
         negatable=False, name="SEC2-open-without-login"),
    rule("SEC2", LOGOUT, need=_STILL_IN, unless=r"how (?:do|can)|\?$", negatable=False, name="SEC2-logout-not-ending"),
    rule("SEC4", DAMAGED, need=_STORED_FILES, doc_need=_MANY_OF_THEM,
         unless=r"how (?:do|can)|(?:my|our) (?:own )?(?:laptop|computer|disk|drive|phone)|download(?:ed|ing)? "
                r"(?:installer|app)|\?", negatable=False, guard="hypo", name="SEC4-files-damaged"),
    rule("SEC1", SIGN_IN, need=_AWAY, doc_need=_NOT_OURS,
         unless=r"how (?:do|can)|(?:can|could|should) (?:i|we)\b[^.!?]*\?|(?:i|we) (?:am|are|was|were) (?:travel|"
                r"abroad|on holiday|on vacation)|(?:my|our) (?:own )?(?:new )?(?:laptop|phone|device|vpn)",
         negatable=False, name="SEC1-sign-in-from-elsewhere"),
    rule("SEC1", WRONG_RECIPIENT, need=_RECEIVED_OURS, unless=_OWN_SENDING, negatable=False,
         name="SEC1-wrong-recipient"),
    rule("SEC1", OUTSIDE_RECIPIENT, need=_HANDED_OVER, doc_need=_NOT_AGREED,
         unless=r"how (?:do|can)|(?:do|does|will|would) (?:you|teamflow) (?:\w+ )?(?:use|share|sell|send)\b[^.!?]*\?|"
                r"integration|zapier|(?:we|i) (?:connected|set up|installed|enabled)",
         name="SEC1-data-to-vendor"),
    rule("SEC3", GUESSING, doc_need=_HOSTILE_ATTEMPTS, unless=_OWN_LOCKOUT, negatable=False,
         name="SEC3-password-guessing"),
    rule("SEC2", PRIVATE_THING, need=_LESSER_ROLE, also=_REACHES, unless=_SETTING_TALK, name="SEC2-private-reachable"),
    rule("SEC4", LONG_WORK, need=_GONE, unless=_NOT_LOST, guard="hypo", name="SEC4-work-gone"),
    rule("OUT1", DEAD_APP, doc_need=_WHOLE_GROUP, unless=_ONE_PLACE, guard="hypo", negatable=False,
         name="OUT1-dead-app"),
    rule("SEC1", FOUND_BY_SEARCH, need=_OUR_CONTENT, unless=_SEARCH_TALK, name="SEC1-found-by-search"),
)
