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
    r"someone|somebody|some ?one is|nobody|no ?one|none of us|not (?:us|me)|unknown|different (?:ips?|addresses|"
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
    r"guest|viewer|read-?only|any (?:\w+ )?(?:member|user|one)|anyone|every (?:member|user)|non-admin|not an admin|"
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
    r"return|send|sent|show|shown|visible|see|sees|seen|read|reads|access|download|expos|leak|includ|contain|"
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
_OUR_CONTENT = (r"link|board|project|page|file|document|sheet|task|workspace|data|names|salar|client|customer|"
                r"enlace|tablero|proyecto|archivo|datos|lien|tableau|projet|fichier|donnees|tafel|projekt|datei|"
                r"daten|quadro|projeto|arquivo|dados|bacheca|progetto|dati|bord|bestand|gegevens")
_SEARCH_TALK = (r"google (?:calendar|drive|sheets|docs|workspace|chat|meet|sso|login|sign|account)|\bseo\b|rank|"
                r"marketing|our (?:public|help|landing|website|blog)|public template|help cent|"
                r"(?:want|like|need|wish) (?:it|them|our|to)|how (?:do|can)|\?|template gallery")

#: Customer data handed to a company nobody agreed to: an analytics or advertising vendor, a tracker.
OUTSIDE_RECIPIENT = words(
    "third-party|third party|third parties|analytics vendor|analytics company|analytics provider|analytics domain|"
    "analytics service|advertising network|ad network|advertisers|tracking company|tracker|data broker|"
    "terceros|empresa de analitica|tiers|societe d'analyse|drittanbieter|dritte|analysefirma|terceiros|"
    "empresa de analise|terzi|societa di analisi|derden|derde partij|analysebedrijf")
_HANDED_OVER = (
    r"(?:send|sent|sends|sending|handed|handing|going|goes|passed|passing|shared|sharing|transmit\w*|leak\w*|upload\w*|"
    r"receiv\w*|gets|got|forward\w*|envia\w*|envoie\w*|envoy\w*|sendet|gesendet|ubermittel\w*|weitergegeben|"
    r"compartilh\w*|inviat\w*|invia\w*|verstuur\w*|gedeeld|doorgegeven)\b[^.!?]{0,100}(?:data|e-?mails?|e-?mail "
    r"address|names|titles|personal|customer|client|task|information|datos|donnees|daten|dados|dati|gegevens|"
    r"correos|adresses|adressen|enderecos|indirizzi)|(?:data|e-?mails?|e-?mail addresses|names|titles|personal|"
    r"information|datos|donnees|daten|dados|dati|gegevens)[^.!?]{0,100}(?:sent|handed|going|passed|shared|"
    r"transmitted|uploaded|given|envoy|enviad|gesendet|ubermittelt|weitergegeben|inviat|verstuurd|gedeeld)")
_NOT_AGREED = (r"never (?:agreed|approved|consented|authori[sz]ed|signed)|not on (?:your|the) (?:\w+ )?(?:list|"
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

CONCEPT_FLAWS: tuple[Rule, ...] = (
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
