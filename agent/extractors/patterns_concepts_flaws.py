"""Concept rules for attacks, access flaws, lost work and a dead app, told in plain words.

A customer who found an access flaw writes "a guest token still gets the private comments"; an
attack reads "we keep getting 'too many attempts' lock-out mails and none of us is signing in"; data
loss reads "four months of tasks just aren't there"; an outage reads "nothing loads" in one sentence
and "all forty of us" in the next. Each rule is one such idea in English, Spanish, French, German,
Portuguese, Italian and Dutch; questions, hypotheticals and the customer's own doing keep them precise.
Sign-ins nobody on the team made are read in ``patterns_concepts_sign_ins``.
"""

from __future__ import annotations

from .lexicon import (
    FILTER_MAY_HIDE,
    OTHERS_CAN_OPEN,
    OWN_CONNECTION_DOWN,
    RIGHTS_HOLDERS_WORK,
    SCOPE_MANY,
    Rule,
    rule,
    words,
)
from .patterns_concepts_sign_ins import SIGN_INS
from .patterns_outage import RESOLVED

#: Someone trying password after password: the attack, not one forgotten password.
GUESSING = words(
    # "83 e-mails de 'Redefinir sua senha do TeamFlow' e uns 20 SMS com código de verificação que eu não pedi"
    "redefinir sua senha|redefinicao de senha|password reset emails|password reset e-mails|reset your password "
    "emails|correos de restablecer|restablecer tu contrasena|mails de reinitialisation|reinitialiser votre mot de "
    "passe|passwort zurucksetzen|reimpostazione della password|wachtwoord opnieuw instellen|codigo de verificacao que "
    "eu nao pedi|codigos que no pedi|codes i didn't request|codes i did not request|"
    "guess passwords|guess our passwords|guessing passwords|guessing our passwords|trying passwords|"
    "trying different passwords|trying password after password|failed login attempts|failed sign-in attempts|"
    "failed sign-ins|failed logins|failed log-ins|locked for too many wrong passwords|too many wrong passwords|"
    "failed log-in attempts|login attempts|sign-in attempts|too many attempts|too many failed|too many login|"
    "failed sign-in attempt|failed login attempt|failed log-in attempt|cycling through passwords|"
    "trying password after password|password spraying|failed attempts|auth-failure|auth failure burst|"
    # "47 emails from you, all saying 'Someone entered an incorrect password for your TeamFlow account'"
    "entered an incorrect password|entered a wrong password|entered the wrong password|incorrect password for your|"
    "authentication failures|failed authentications|"
    # pasted audit-log lines and what they did: "auth.login_failed ... reason=invalid_password", "19 people were locked
    # out"
    "auth.login failed|login failed user=|signin failed user=|auth failed user=|reason=invalid password|"
    "reason=bad password|event=login failed|event=auth failed|"
    "people were locked out|users were locked out|staff were locked out|accounts were locked|accounts got locked|"
    "accounts locked out|te veel mislukte pogingen|tijdelijk geblokkeerd|trop de tentatives|demasiados intentos|"
    "zu viele fehlgeschlagene|troppi tentativi|tentativas demais|"
    "adivinar contrasenas|adivinar nuestras contrasenas|adivinar las contrasenas|probando contrasenas|"
    "intentos de inicio de sesion|intentos de acceso|intentos fallidos|demasiados intentos|"
    "deviner les mots de passe|deviner nos mots de passe|deviner des mots de passe|tentatives de connexion|"
    # "plus de 600 tentatives de mot de passe en deux heures"; "suite à un trop grand nombre de tentatives"
    "tentatives de mot de passe|trop grand nombre de tentatives|intentos de contrasena|tentativas de senha|"
    "tentativi di password|wachtwoordpogingen|passwortversuche|password attempts|"
    "tentatives d'acces|tentatives echouees|trop de tentatives|passworter zu erraten|passwort zu erraten|"
    "passworter ausprobiert|passworter durchprobiert|anmeldeversuche|loginversuche|login-versuche|"
    "fehlgeschlagene anmeldungen|zu viele versuche|falschen passwortern|falschen passwort|adivinhar senhas|"
    "adivinhar as senhas|adivinhar nossas senhas|tentativas de login|tentativas de acesso|tentativas de entrar|"
    "tentativas falhadas|tentativas falhas|muitas tentativas|provando password|provando le password|"
    "tentativi di accesso|tentativi di login|tentativi falliti|troppi tentativi|indovinare le password|"
    "password a raffica|wachtwoorden te raden|wachtwoorden raden|inlogpogingen|mislukte pogingen|"
    "te veel pogingen|te veel inlogpogingen|typed the wrong password|typed a wrong password|wrong password on my|"
    "wrong password entered|wrong password was entered|entered the wrong password|entered a wrong password|"
    "senha incorreta|senha errada|contrasena incorrecta|mot de passe incorrect|falsches passwort|falschem passwort|"
    "password errata|password sbagliata|verkeerd wachtwoord|onjuist wachtwoord|mislukte aanmeldpoging|"
    "mislukte aanmeldpogingen|aanmeldpoging|tentative de connexion echouee|intento de acceso fallido|"
    "entering the wrong password|wrong password emails|wrong password mails|wrong password notifications|"
    "incorrect password entered|tentative de connexion|intento de inicio de sesion|anmeldeversuch|"
    "tentativa de login|tentativo di accesso|inlogpoging|deviner mon mot de passe|adivinar mi contrasena|"
    "tentativa de inicio de sessao|tentativas de inicio de sessao|experimentar palavras-passe|experimentar senhas|"
    "testando senhas|probando contrasenas|essaie des mots de passe|essaye des mots de passe|passworter ausprobiert|"
    "passworter durchprobiert|wachtwoorden uitprobeert|wachtwoorden uitgeprobeerd|trying passwords|"
    "trying password after password|trying one password after another|with the wrong password|"
    "attempt with the wrong password")
#: ... and what shows it is not the team itself: many attempts, unknown addresses, nobody here did it.
_HOSTILE_ATTEMPTS = (
    # "3 Mails 'Passwort zurücksetzen' bekommen, die ich nicht angefordert hatte"
    r"nicht angefordert|not requested|(?:didn'?t|did not|never) request|no (?:he |habia |hemos )?pedido|non (?:ho |"
    r"avevo |abbiamo )?richiest|niet aangevraagd|nao (?:pedi|tinha pedido|pedimos)|n'(?:ai|avais|avons) pas demande|"
    r"\d{1,3},\d{3}|\b\d{4,}\b|distinct usernames|rotating|\basn|botnet|someone|somebody|some ?one is|nobody|no ?one|"
    r"none of us|not (?:us|me)|unknown|different (?:ips?|addresses|"
    r"countries|locations)|various (?:ips?|addresses)|hundreds|dozens|thousands|every (?:few )?(?:minutes?|"
    r"seconds?)|all night|bots?\b|script|alguien|nadie|ninguno de|desconocid|cientos|decenas|miles|cada pocos|"
    r"quelqu'un|personne|aucun de nous|inconnu|centaines|dizaines|milliers|toutes les|jemand|niemand|keiner|"
    r"unbekannt|hunderte|dutzende|tausende|alle paar|alguem|ninguem|nenhum de nos|desconhecid|centenas|dezenas|"
    r"milhares|a cada|qualcuno|nessuno|sconosciut|centinaia|decine|migliaia|ogni pochi|a raffica|sempre divers|"
    r"iemand|niemand|onbekend|honderden|tientallen|duizenden|elke paar|indirizzi|direcciones|adresses|adressen|"
    r"enderecos|adressen|"
    # "como 40 correos ..., cada uno desde una IP distinta (Rusia, Vietnam, Brasil ...)"
    r"\bips?\b (?:distint|diferent|differen|verschieden|divers|verschillend)|cada un[oa] desde|each from a different|"
    r"chacun depuis|jeweils von|ognuno da|elk vanaf|(?:\d{2,}|como \d+) (?:\w+ ){0,2}(?:correos|e-?mails|mails|avisos|"
    r"alertas|alerts|meldungen|alertes|avvisi|meldingen)")
_OWN_LOCKOUT = (r"\b(?:i|we) (?:forgot|typed|entered|mistyped)|myself|my own (?:password|typo)|me (?:he|olvid)|"
                r"je me suis|ich habe mich|eu me|mi sono|ik heb mezelf|how (?:do|can) (?:i|we) (?:unlock|reset)|"
                # a canned support reply about resets: "einmal ging es um Passwort zurücksetzen!"
                r"(?:ging|geht) es um|it was about|textbaustein|canned (?:reply|response|answer)|template (?:reply|"
                r"answer)|reponse type|respuesta predefinida|risposta standard|standaardantwoord|"
                r"(?:do|does|can|will|would) (?:you|teamflow)\b[^.!?]*\?")

#: Something meant to be private, hidden or restricted ...
PRIVATE_THING = words(
    "private|privately|hidden|restricted|admin-only|admin only|internal-only|marked private|internal comments|"
    "privileged|weekly digest|daily digest|samenvattingsmail|weekoverzicht|wekelijkse samenvatting|"
    "resumen semanal|resumen diario|resume hebdomadaire|recapitulatif hebdomadaire|wochenubersicht|"
    "wochentliche zusammenfassung|tagliche zusammenfassung|resumo semanal|resumo diario|riepilogo settimanale|"
    "riepilogo giornaliero|"
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
    r"altri (?:utenti|spazi)|andere (?:gebruikers|werkruimtes)|whoever opens the link|anyone (?:who opens|with) the "
    r"link|chi apre il link|quien abre el enlace|qui ouvre le lien|wer den link offnet|quem abre o link|"
    r"wie de link opent")
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
                 r"comment (?:puis|faire)|wie kann|como (?:posso|faco)|come (?:posso|faccio)|hoe kan|"
                 # the writer's own browser: "tried a private window this afternoon"
                 r"private (?:window|browsing|tab|mode)|incognito|inprivate|navigation privee|ventana privada|"
                 r"privates fenster|finestra privata|janela privada|prive venster")

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
         r"ya no (?:esta|estan)|disparu|envole|efface|perdu|\bvides?\b|introuvable|n'(?:y )?(?:est|sont) plus|"
         r"verschwunden|"
         r"geloscht|verloren|\bleer\b|nicht mehr da|\bweg\b|\bfehlen\b|faltan|manquent|mancano|ontbreken|sumiu|"
         r"sumiram|desaparec|apagad|perdid|vazi[oa]s?\b|nao (?:esta|estao) mais|scompars|cancellat|\bpers[oi]\b|"
         r"\bvuot[oi]\b|non c'?e piu|non ci sono piu|verdwenen|gewist|kwijt|\bleeg\b|niet meer")
_RECENT_SPAN = (r"(?:degli|delle|dei|de los|de las|des|der|dos|das|van de|of the|from the|for the) (?:ultimi|ultime|"
                r"ultimos|ultimas|derniers|dernieres|letzten|laatste|afgelopen|last|past) (?:\d+|two|three|six|tre|"
                r"sei|dos|tres|seis|deux|trois|six|zwei|drei|sechs|twee|drie|zes) (?:mesi|settimane|anni|meses|semanas|"
                r"anos|mois|semaines|ans|monaten?|wochen|jahren?|maanden|weken|jaar|months|weeks|years)")
_NOT_LOST = (FILTER_MAY_HIDE + r"|archiv|hidden|found (?:it|them)|restored|recovered|how (?:do|can)|export|"
             # "pensando que habíamos perdido meses de trabajo, pero lo he encontrado en la Papelera y lo he restaurado"
             r"lo he (?:encontrado|restaurado|recuperado)|lo (?:encontre|restaure|recupere)|restaurad[oa]|"
             r"recuperad[oa]|"
             r"retrouve|restaure|wiederhergestellt|wiedergefunden|restaurat[oa]|ritrovat[oa]|teruggevonden|"
             r"teruggezet|hersteld|"
             r"backup of|in case|"
             # an export cut short: "The PDF stops at the end of February and everything from March onwards is
             # missing"
             r"\b(?:pdf|printout|print-?out|csv|download)s? (?:\w+ )?(?:stops|ends|cuts off|is cut off|breaks off)\b|"
             r"\bplan\b|history of|timeline of|(?:want|need|like) to (?:delete|remove|archive)|\?|"
             r"(?:lost|perdu|perdido|verloren|perso) (?:\w+ )?(?:hours|days|time|heures|jours|temps|horas|dias|"
             r"tiempo|stunden|tage|zeit|ore|giorni|tempo|uren|dagen|tijd)")

#: The whole app fails to appear: told in one sentence, its scope ("all forty of us") in another.
DEAD_APP = words(
    "nothing loads|nothing is loading|nothing will load|nothing opens|nothing comes up|blank white page|white page|"
    "sad cloud|"
    "blank white screen|white screen|blank page|blank screen|just spins|keeps spinning|spins forever|"
    "nada carga|no carga nada|nada abre|pagina en blanco|pantalla en blanco|rien ne charge|rien ne se charge|"
    "nao abre|no abre|n'ouvre pas|offnet nicht|non si apre|opent niet|"
    "rien ne s'affiche|rien ne s'ouvre|page blanche|ecran blanc|nichts ladt|nichts lädt|nichts geht|"
    "weisse seite|leere seite|weisser bildschirm|nada carrega|nada abre|pagina em branco|tela branca|"
    "non si carica niente|non carica niente|non si apre niente|non si carica nulla|pagina bianca|"
    "schermata bianca|niets laadt|niets werkt|lege pagina|wit scherm|witte pagina|error page|error screen|"
    "page d'erreur|pagina de error|fehlerseite|pagina di errore|foutpagina|pagina de erro")
_WHOLE_GROUP = (SCOPE_MANY + r"|(?:all|every) (?:\w+ )?(?:computers|phones|devices|machines|laptops|tablets)|"
                r"every (?:network|device|browser|computer|connection)|(?:office|home) (?:wifi|"
                r"network)|hotspot|all (?:of )?(?:our )?(?:devices|browsers|networks)|todas las redes|"
                r"tous les (?:reseaux|appareils)|alle (?:netzwerke|gerate)|todas as redes|tutte le reti|"
                r"alle netwerken|"
                # "no abre la aplicacion en ningun lado ... con datos y con wifi, y mi socio desde su casa en otra
                # ciudad igual"
                r"en ningun lado|en ninguna parte|nulle part|nirgends|em lugar nenhum|da nessuna parte|nergens|"
                r"(?:datos|data|donnees|dados|dati|4g|5g) (?:y|and|et|und|e|en|ou|o|or) (?:con |avec |mit |com |con |"
                r"met )?(?:el |le |il |o |het |the )?(?:wifi|wi-fi)|(?:wifi|wi-fi) (?:y|and|et|und|e|en|ou|o|or) "
                r"(?:con |avec |mit |com |met )?(?:datos|data|donnees|dados|dati|4g|5g)|en otra ciudad|in another city|"
                r"dans une autre ville|in einer anderen stadt|em outra cidade|in un'altra citta|in een andere stad")
_ONE_PLACE = (r"only (?:me|for me|on|in|when|one)|just (?:me|for me|on|in|one)|(?:one|a single) (?:user|colleague|"
              r"page|view|board|project|report)|except|everyone else|everybody else|(?:gantt|timeline|calendar|"
              r"kanban|report|export|settings|billing|invoice) (?:view|page|tab)?|when (?:i|we) (?:open|click)|"
              r"\bslow|"
              # one action that hangs ("dragging a file onto a card just spins") is a bug of that action
              r"\w+ing (?:a|an|the|one|this|that|my|our) (?:\w+ )?(?:files?|attachments?|comments?|cards?|tasks?|"
              r"images?|photos?|documents?)\b|" + RESOLVED)

#: The same thing works on another device or for a colleague: "Sul computer del mio socio invece si aprono".
_WORKS_ELSEWHERE = (r"\b(?:invece|en cambio|par contre|dagegen|stattdessen|em compensacao|daarentegen) (?:\w+ ){0,3}"
                    r"(?:si aprono|si apre|funziona\w*|fonctionne\w*|marche\w*|s'ouvrent|s'ouvre|funciona\w*|se abren|"
                    r"se abre|geht|gehen|funktionier\w*|abrem|abre|werkt|werken|gaan open|gaat open)|"
                    r"(?:si aprono|si apre|s'ouvrent|se abren|abrem|gaan open|lassen sich) (?:\w+ ){0,2}(?:invece|"
                    r"sans probleme|sin problema|ohne probleme|sem problema|senza problemi|zonder problemen)|"
                    r"(?:they|it) (?:open|opens|load|loads|work|works) (?:fine|perfectly|normally|without (?:any )?"
                    r"problem)|" + OTHERS_CAN_OPEN)

#: A link or page anyone could find: indexed by a search engine.
FOUND_BY_SEARCH = words(
    "search engine|came up on google|comes up on google|found on google|found it on google|via google|through google|"
    "googling|by googling|when she googled|when he googled|when i googled|"
    "google search|googled|on bing|indexed|search result|search results|"
    "buscador|motor de busqueda|en google|indexad|moteur de recherche|sur google|indexe|indexee|suchmaschine|"
    "bei google|uber google|indexiert|motor de busca|no google|pelo google|motore di ricerca|su google|"
    "indicizzat|zoekmachine|via google|op google|geindexeerd")
_OUR_CONTENT = (r"link|board|project|page|pagina|seite|pagine|file|document|sheet|task|workspace|data|names|salar|"
                r"client|customer|"
                r"enlace|tablero|proyecto|archivo|datos|lien|tableau|projet|fichier|donnees|tafel|projekt|datei|"
                r"daten|quadro|projeto|arquivo|dados|bacheca|progetto|dati|bord|bestand|gegevens")
_SEARCH_TALK = (r"google (?:calendar|drive|sheets|docs|workspace|chat|meet|sso|login|sign|account)|\bseo\b|rank|"
                r"calendar|calendario|calendrier|kalender|agenda|"
                r"marketing|our (?:public|help|landing|website|blog)|public template|help cent|"
                r"(?:want|like|need|wish) (?:it|them|our|to)|how (?:do|can)|\?|template gallery|"
                r"re-?index(?:ed)? (?:the|our) "
                r"(?:project|board|workspace)|"
                # a review threatened: "zet ik mijn ervaring op Google en LinkedIn"
                r"ervaring|experience|review|recensie|rezension|bewertung|\bavis\b|resena|opiniao|avaliacao|"
                r"recensione|linkedin")

#: Customer data handed to a company nobody agreed to: an analytics or advertising vendor, a tracker.
OUTSIDE_RECIPIENT = words(
    "third-party|third party|third parties|analytics vendor|analytics company|analytics provider|analytics domain|"
    "insights partner|analytics partner|marketing partner|data partner|partner overseas|as a partner|teamflow partner|"
    "outside company|outside ai|ai company|ai service|outside service|external company|external service|external ai|"
    "to a company|to an outside|to another company|to a vendor|to an external|"
    "analytics service|advertising network|ad network|advertisers|tracking company|tracker|data broker|"
    "terceros|empresa de analitica|tiers|societe d'analyse|drittanbieter|dritte|analysefirma|terceiros|"
    # "envoyés en clair à un outil de statistiques externe (api.mixpanel.com)"
    "outil de statistiques|outil externe|herramienta externa|externes tool|ferramenta externa|strumento esterno|"
    "external tool|analytics tool|statistics tool|"
    "empresa de analise|terzi|societa di analisi|derden|derde partij|analysebedrijf|"
    # "un proveedor externo de IA que no figura en vuestra lista de subencargados"
    "external provider|external vendor|outside vendor|outside provider|proveedor externo|fournisseur externe|"
    "prestataire externe|externen anbieter|externer anbieter|externen dienstleister|fornecedor externo|"
    "fornitore esterno|externe leverancier|externe aanbieder|externe partij")
_HANDED_OVER = (
    r"receiv\w* (?:the |our )?(?:member |members' |customer |client )?(?:list|details|contacts)\b|"
    r"(?:fields|data|lists?|names|details|information)\b[^.!?]{0,30}(?:are|is|were|was|get|gets) (?:\w+ )?['\"]?"
    r"(?:shared|sent|passed|transferred)|"
    r"(?:send|sent|sends|sending|shipped|shipping|posts|posted|beacon\w*|handed|handing|going|goes|passed|passing|"
    r"shared|sharing|transmit\w*|leak\w*|upload\w*|"
    r"receiv\w*|gets|got|forward\w*|envia\w*|envoie\w*|envoy\w*|sendet|gesendet|ubermittel\w*|weitergegeben|"
    r"compartilh\w*|inviat\w*|invia\w*|verstuur\w*|gedeeld|doorgegeven|stuurt|stuurde|doorgestuurd)\b[^.!?]{0,100}"
    r"(?:data|e-?mails?|e-?mail "
    r"address|names|titles|personal|customer|client|task|information|datos|donnees|daten|dados|dati|gegevens|"
    r"correos|adresses|adressen|enderecos|indirizzi)|(?:data|e-?mails?|e-?mail addresses|names|titles?|personal|"
    r"descriptions?|records|notes|files|details|"
    r"information|datos|donnees|daten|dados|dati|gegevens|contents?|contenido|contenu|inhalt|conteudo|contenuto|"
    r"inhoud|notas|notizen|notities|registros|expedientes|dossiers|titres|noms|nombres|nomes|namen|nomi|titulos|"
    r"titel|titoli)[^.!?]{0,100}(?:sent|shipped|posted|handed|going|"
    r"enviando|"
    r"passed|shared|"
    r"transmitted|uploaded|given|envoy|enviad|gesendet|ubermittelt|weitergegeben|inviat|verstuurd|gedeeld)")
_NOT_AGREED = (r"(?:did not|didn'?t) consent|never (?:agreed|approved|consented|authori[sz]ed|signed)|"
               r"never (?:switched|turned) (?:that|it) on|"
               r"never told (?:my|our) (?:couples|clients|customers|members|guests)|no business (?:receiving|having|"
               r"getting)|"
               r"(?:isn'?t|aren'?t|is not|are not|not) on (?:your|the|our) (?:\w+ )?(?:list|"
               r"sub-?processor)|without (?:our|my|any) (?:consent|knowledge|permission|agreement)|no legal basis|"
               r"undisclosed|(?:didn'?t|did not) know|nobody told|not (?:disclosed|listed|mentioned)|"
               # "Dat staat nergens in jullie privacyverklaring ... staat ook niets over dat bedrijf"
               r"staat nergens in|staat (?:ook )?niets over|steht nirgends|nowhere in (?:your|the)|"
               r"nulle part dans|en ninguna parte de|em nenhum lugar d|da nessuna parte|"
               r"no (?:figura|aparece|esta) en (?:vuestra|su|la|nuestra) (?:\w+ )?lista|ne figure (?:pas|nulle part)|"
               r"nicht (?:auf|in) (?:ihrer|eurer|der|unserer) (?:\w+ )?liste|nao (?:consta|aparece|esta) na (?:vossa|"
               r"sua|"
               r"nossa) (?:\w+ )?lista|non (?:compare|figura|e) (?:nella|nel) (?:vostr|vostra|vostro)|staat niet (?:op|"
               r"in) "
               r"(?:jullie|uw|de) (?:\w+ )?lijst|"
               r"never leave|(?:would|will) not leave|wouldn'?t leave|not to your servers|business associate "
               r"agreement|\bbaa\b|(?:we were|you) (?:told|promised)|told (?:our|us)|"
               r"sin (?:nuestro )?consentimiento|sans (?:notre )?consentement|ohne (?:unsere )?(?:zustimmung|"
               r"einwilligung)|sem (?:nosso )?consentimento|senza (?:il nostro )?consenso|zonder (?:onze )?toestemming")

#: Our records reached someone they were never meant for ("he received our payroll export by mistake").
WRONG_RECIPIENT = words(
    "by mistake|in error|by accident|por engano|por error|por equivocacion|par erreur|versehentlich|irrtumlich|"
    "to the wrong business|to the wrong company|to the wrong firm|to the wrong client|to the wrong customer|"
    "per errore|per sbaglio|per ongeluk|per abuis")
_RECEIVED_OURS = (r"(?:received|got(?! into| in\b)|recebeu|receberam|recibio|recibieron|"
                  r"a recu|ont recu|erhalten|bekommen|ricevuto|"
                  r"ricevut|ontvangen|gekregen)\b[^.!?]{0,80}(?:our|ours|nosso|nossa|nuestr|notre|nos|unser|nostr|"
                  r"onze|ons)\b|(?:our|nosso|nossa|nuestr\w*|notre|nos|unser\w*|nostr\w*|onze|ons) (?:\w+ ){0,3}"
                  r"(?:file|export|report|list|data|spreadsheet|arquivo|planilha|archivo|fichier|datei|file|bestand|"
                  r"lista|liste|dados|datos|donnees|daten|dati|gegevens)\w*[^.!?]{0,60}(?:received|recebeu|recibio|"
                  r"recu|erhalten|ricevut|ontvangen)|(?:e-?mailed|sent|mailed) (?:a copy of |a copy |the |an? )?"
                  r"(?:our|my) (?:\w+ ){0,3}(?:file|export|report|list|data|spreadsheet|records|contacts)")
_OWN_SENDING = (r"\b(?:i|we) (?:\w+ )?(?:sent|shared|forwarded|invited|uploaded|deleted|emailed|e-mailed)\b|"
                r"(?:my|our) (?:own )?mistake|how (?:do|can)|\?|(?:enviamos|envie|partage|envoye|geschickt|inviato|"
                r"verstuurd) ")

#: Our records opened with no sign-in at all (a link from a notification, a guessed address).
NO_LOGIN = words(
    "without any login|without a login|without logging in|without login|with no login|no login|without signing in|"
    "zonder wachtwoord|sin contrasena|ohne passwort|sem senha|senza password|sans etre connecte|sans etre connectee|"
    "sin estar conectad|ohne angemeldet|sem estar ligad|senza essere collegat|"
    "zonder ingelogd|sans aucune connexion|sans aucune authentification|sin ninguna autenticacion|ohne jede anmeldung|"
    "where i'm not signed in|where i am not signed in|not signed in to anything|not logged in to anything|"
    "without being logged in|without an account|sin iniciar sesion|sin login|sin cuenta|sans se connecter|"
    "sans connexion|sans compte|ohne anmeldung|ohne login|ohne einloggen|ohne konto|sem login|sem fazer login|"
    "sem conta|senza login|senza accedere|senza account|zonder in te loggen|zonder login|zonder account|"
    "without asking me to log in|without asking me to sign in|without asking for a password|without a password|"
    "without any password|without asking me to log on|without a password prompt|no password needed|"
    "no password required|without needing to log in|without having to log in|without having to sign in|"
    "sin pedir contrasena|sin pedirme|sans demander de mot de passe|sans me demander|sans mot de passe|"
    "ohne passwort|ohne nach einem passwort|sem pedir senha|sem senha|senza password|senza chiedere|"
    "zonder wachtwoord|zonder te vragen|"
    # "op mijn privetelefoon geopend, waar ik niet ben ingelogd, en het bestand werd gewoon gedownload"
    "waar ik niet ben ingelogd|where i'm not logged in|where i am not logged in|geen inlog nodig|no login needed|"
    "no login required|sans avoir besoin de me connecter|ohne dass ich angemeldet|onde nao estou logad|"
    "dove non sono loggat|donde no he iniciado sesion|"
    # "in een privévenster geplakt, dus zonder dat ik ingelogd was. En hij ging gewoon open."
    "zonder dat ik ingelogd|zonder dat ik was ingelogd|sans que je sois connecte|ohne dass ich eingeloggt|"
    "sin que yo estuviera conectad|sem que eu estivesse logad|senza che fossi collegat")
_OPENED = (r"takes? (?:you|me|them) (?:in|into|to|through)\b|gets? (?:you|me) into|lets? (?:you|me) (?:in|into|see)\b|"
           r"download\w*|downloaden|descargar|telecharger|herunterladen|baixar|scaricare|open\w*|\bsaw\b|\bsee\b|seen|"
           r"\bread\b|view\w*|access\w*|abri\w*|ouv\w*|geoffnet|offnet|apri\w*|aperto|"
           # "Hij kon alles lezen zonder in te loggen"
           r"\blezen\b|\blesen\b|\bleer\b|\blire\b|\bler\b|\bleggere\b|"
           r"geopend|opent|\bvio\b|\bver\b|voir|sehen|vedere|zien|shows? everything|everything (?:is )?visible|"
           # "Rechnungs-Downloadlink ohne Anmeldung aufrufbar"
           r"aufrufbar|abrufbar|erreichbar|accessible|accesible|acessivel|accessibile|bereikbaar|toegankelijk|"
           # "from workspace B I can load the title ... of a project in workspace A ..., no login to A"
           r"(?:can|could) (?:\w+ ){0,2}(?:load|fetch|retrieve|pull up|pull)\b")
_OUR_RECORDS = (r"board|project|file|folder|data|task|workspace|salar|payroll|client|customer|tablero|carpeta|proyecto|"
                r"\balles\b|meldingen|\bnamen\b|"
                r"nomina|tableau|dossier|projet|ordner|projekt|quadro|pasta|projeto|bacheca|cartella|progetto|bord|"
                r"map\b|everything|patient|records?|attachments?|images?|snapshots?|photos?|notes\b|slips?\b|forms?\b|"
                r"scans?\b|documents?|letters?\b|bestand|bijlage|archivo|fichier|datei|arquivo|allegato|planning|"
                r"pieces? jointes?|adjunto|anexo|anhang|anhange|allegati|"
                r"horaires|schedule|rota\b|horarios|dienstplan|orari|rooster|"
                r"rechnung|invoice|factura|facture|fattura|fatura|factuur|\bpdf")
#: Signing out that does not end the session: the next person is still in.
LOGOUT = words(
    "logged out|log out|logging out|logs out|signed out|sign out|signing out|abgemeldet|abmelden|ausgeloggt|"
    "deconnecte|deconnexion|se deconnecter|cerrar sesion|cerro sesion|cerramos sesion|desconect|saiu da conta|"
    "sair da conta|fazer logout|logout|disconnett|uscito|uitgelogd|uitloggen|log uit|logde uit|logt uit")
_STILL_IN = (r"still (?:logged|signed) in|back in as|straight back in|straight into (?:my|her|his|the|our) account|"
             r"\bstill in\b|(?:zat|was|sat|estaba|etait|war|estava|era) "
             r"(?:gewoon |just |simplement |einfach |simplesmente |semplicemente )?(?:in|dans|en|im|na|nel) (?:mijn|my|"
             r"mon|mi|mein|meu|il mio) (?:account|compte|cuenta|konto|conta)|(?:back )?in (?:my|her|his) account|"
             r"(?:session|login|log ?in) (?:isn'?t|is not|"
             r"doesn'?t|does not|never) (?:actually |really )?(?:end|close|expire)|remains? (?:logged|signed) in|"
             r"(?:sigue|seguia) (?:conectad|abiert|dentro)|reste connecte|toujours connecte|bleibt (?:angemeldet|"
             r"eingeloggt)|immer noch (?:angemeldet|eingeloggt)|continua (?:logad|conectad)|ainda (?:logad|conectad)|"
             r"rimane (?:connesso|loggato)|ancora (?:connesso|loggato|dentro)|blijft ingelogd|nog (?:steeds )?ingelogd|"
             # "ik zat gewoon weer in ons account", "na uitloggen kom je gewoon weer binnen"
             r"(?:zat|zit|kom|kwam|ben|was) (?:\w+ )?(?:gewoon )?weer (?:binnen|in)\b|wieder (?:drin|im konto|"
             r"eingeloggt)|de novo (?:dentro|na conta)|"
             r"di nuovo dentro|de nouveau dans (?:mon|notre) compte|otra vez dentro|"
             # "ho premuto 'Indietro' nel browser e sono tornato nel mio account"
             r"(?:sono|estoy|suis|bin|estou|ben) (?:\w+ )?(?:tornat[oa]|de vuelta|revenue?|zuruck|de volta|terug)"
             r" (?:\w+ )?(?:nel|en|dans|in|na|im) (?:mio|mi|mon|mein\w*|minha|mijn|my) (?:account|cuenta|compte|"
             r"konto|conta)|(?:volvi|regrese) a (?:entrar|estar) en mi cuenta|je suis retourne dans mon compte")
#: The stored files themselves damaged: blank pages, grey squares, "the file is damaged".
DAMAGED = words(
    "rovinat|corrotto|estropead|abime|damaged|danificad|beschadigd|danado|danada|danados|danadas|endommage|beschadigt|"
    "beschaedigt|danneggiat|"
    "corrompus|corrompid|corrott|illisibles|ilegibles|unreadable|can't be opened|cannot be opened|"
    "won't open|nao abrem|no se abren|ne s'ouvrent plus|lassen sich nicht offnen|lassen sich nicht mehr offnen|"
    "datei beschadigt|non si aprono|"
    "gaan niet open|gaan niet meer open|openen niet meer|no se abren mas|non si aprono piu|nao abrem mais|"
    "ne s'ouvrent pas")
_STORED_FILES = (r"attachments?|files?|pdfs?|contracts|drawings|scans|invoices|photos?|images?|spreadsheets?|"
                 r"documents?|anexos?|arquivos?|planilhas?|"
                 r"fotos?|adjuntos?|archivos?|hojas|pieces jointes|fichiers?|anhange|dateien|dokumente|allegati|"
                 r"file|documenti|bijlagen|bestand|documenten")
_MANY_OF_THEM = (r"\ball\b|every|each|old|older|earlier|before|since|\d{2,}|todos|todas|tous|toutes|alle|tutti|"
                 # "ningún archivo adjunto ... se puede abrir ... planos que subimos en marzo y que antes abrían"
                 r"que antes (?:abr|funcion)\w*|used to open|s'ouvraient avant|vorher (?:gingen|offneten)|"
                 r"tutte|antig|ancien|alten|vecchi|oude|anteriores|avant|vor dem|prima|voor|different|diferentes|"
                 r"differents|verschiedenen|diversi|verschillende")

#: Someone outside the team sent or received our internal records (a digest, a notification, a report).
_SENT_OUT = (r"(?:received|been sent|was sent|were sent|was e-?mailed|were e-?mailed|e-?mailed on|"
             r"got (?:an? |the )?(?:\w+ )?(?:e-?mail|digest|notification|report|"
             r"summary)|recibio|recibieron|le llego|a recu|ont recu|hat (?:\w+ )?(?:erhalten|bekommen)|recebeu|"
             r"receberam|ha ricevuto|hanno ricevuto|heeft (?:\w+ )?ontvangen|\bkregen\b|\bkreeg\b|"
             r"(?:had|heeft|hebben) (?:[\w']+ ){0,14}"
             r"gekregen|(?:been|is|are|keeps?) (?:receiving|"
             r"getting)\b)")
_OUTSIDE_PERSON = (r"client|customer|guest|supplier|vendor|stranger|outsider|someone outside|former|external|"
                   r"an agency (?:we|that)|(?:never|not) (?:signed|hired)|"
                   r"opposing counsel|the other side|opposing party|"
                   r"(?:he|she|they) (?:is|are|was|were) (?:only )?(?:a )?(?:guest|member) (?:on|of)|cliente|invitad|"
                   r"proveedor|invite|fournisseur|gast|lieferant|kunde|convidad|fornecedor|ospite|fornitore|"
                   r"leverancier|klant|(?:a |another )?different (?:firm|company|business)|another (?:firm|company|"
                   r"charity|organi[sz]ation|"
                   r"business)|not affiliated|someone else|somebody else|niets mee te maken|nichts (?:\w+ )?zu tun|"
                   r"\bparents\b|every (?:parent|family)|\d+ families|"
                   r"nada que ver|rien a voir|nulla a che (?:fare|vedere)|nada a ver|no connection with us|nothing to "
                   r"do with us")


CONCEPT_FLAWS: tuple[Rule, ...] = (
    rule("SEC1", PRIVATE_THING, need=_SENT_OUT, doc_need=_OUTSIDE_PERSON,
         unless=_SETTING_TALK + r"|(?:we|i) (?:\w+ )?(?:sent|shared|forwarded|invited)\b",
         negatable=False, name="SEC1-private-sent-out"),
    rule("SEC2", NO_LOGIN, need=_OPENED, also=_OUR_RECORDS,
         unless=r"how (?:do|can)|(?:can|could|should|is it possible) (?:i|we|guests?|clients?)\b[^.!?]*\?|"
                r"(?:can|could) (?:\w+ ){0,3}(?:members|people|users|guests|clients|parents|volunteers|players|"
                r"staff|families|customers)\b[^.!?]*\?|"
                r"(?:want|like|need|wish) (?:to|them|clients|guests)|public (?:page|form|portal|link setting)|"
                r"(?:we|i) (?:made|set|shared) (?:it|the board|them) (?:public|with anyone)",
         negatable=False, name="SEC2-open-without-login"),
    # the opening told in the next sentence: "... dus zonder dat ik ingelogd was. En hij ging gewoon open."
    rule("SEC2", NO_LOGIN, also=_OUR_RECORDS,
         doc_need=r"\b(?:(?:en )?(?:hij|het|ze) ging(?:en)? (?:\w+ )?open|and it (?:just )?opened|et (?:il|elle|ca) "
                  r"s'est (?:\w+ )?ouvert|y se abrio|und (?:sie|er|es) ging (?:\w+ )?auf|e abriu|e si e aperto)\b",
         unless=r"how (?:do|can)|\?|(?:want|like|need|wish) to|public (?:page|form|portal|link setting)",
         negatable=False, name="SEC2-open-without-login-then-opened"),
    rule("SEC2", LOGOUT, need=_STILL_IN,
         # a troubleshooting step done as told: "I logged out and back in as you suggested"
         unless=r"how (?:do|can)|\?$|as you suggested|as (?:you|your colleague|support) (?:said|told|asked)|"
                r"logged out and (?:back|logged) in",
         negatable=False, name="SEC2-logout-not-ending"),
    rule("SEC4", DAMAGED, need=_STORED_FILES, doc_need=_MANY_OF_THEM,
         unless=r"how (?:do|can)|(?:my|our) (?:own )?(?:laptop|computer|disk|drive|phone)|download(?:ed|ing)? "
                r"(?:installer|app)|\?", doc_unless=_WORKS_ELSEWHERE, negatable=False, guard="hypo",
         name="SEC4-files-damaged"),
    *SIGN_INS,
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
    # "i valori degli ultimi 3 mesi non ci sono più": the records of a span of months are gone
    rule("SEC4", words("ultimi|ultime|ultimos|ultimas|derniers|dernieres|letzten|laatste|afgelopen|last|past"),
         need=_RECENT_SPAN + r"\b[^.!?]{0,60}(?:" + _GONE + r")|(?:" + _GONE + r")[^.!?]{0,60}" + _RECENT_SPAN,
         unless=_NOT_LOST + r"|invoice|factur|rechnung|fattur|factuur|receipt|e-?mails?\b", guard="hypo",
         name="SEC4-recent-months-gone"),
    rule("OUT1", DEAD_APP, doc_need=_WHOLE_GROUP,
         unless=_ONE_PLACE + r"|bright white screen|button (?:just )?spins|white screen is (?:a lot|too bright|harsh)|"
                # a dark-mode wish: "l'ecran blanc fatigue vraiment les yeux"
                r"mode sombre|dark mode|modo oscuro|dunkelmodus|modo escuro|modalita scura|donkere modus|les yeux|"
                r"the eyes|my eyes|los ojos|die augen|os olhos|gli occhi|de ogen",
         # one part fails while the rest works: "it's only comments; the rest of the board is fine"
         doc_unless=_WORKS_ELSEWHERE + r"|(?:it'?s )?only (?:the )?comments|rest of the (?:board|app|project|site) "
                    r"(?:is|works|seems) fine|"
                    # one board: "Comments on our other boards work fine"
                    r"\bon (?:our |the )?other (?:boards|projects|workspaces|lists)\b[^.!?]{0,20}\b(?:work|works|are|"
                    r"is) "
                    r"(?:fine|normally|ok|okay)\b|"
                    + OWN_CONNECTION_DOWN, guard="hypo", negatable=False, name="OUT1-dead-app"),
    rule("SEC1", FOUND_BY_SEARCH, need=_OUR_CONTENT, unless=_SEARCH_TALK, doc_unless=RIGHTS_HOLDERS_WORK,
         name="SEC1-found-by-search"),
)
