"""Concept rules for Service Outages, in plain words.

An outage is often told as "nothing is being processed, and a friend at another company has the
same", or as a loading screen that everyone in the office is stuck on. Each rule is one idea spelled
as families of phrases per language (en, es, fr, de, pt, it, nl). Resolved or past incidents,
hypotheticals and questions keep them precise. The legal concepts live in patterns_concepts_legal.
"""

from __future__ import annotations

from .lexicon import (
    EACH_FIXED,
    EVENTUALLY_LOADS,
    OTHERS_CAN_OPEN,
    OWN_CONNECTION_DOWN,
    SAME_AT_THEIRS,
    SCOPE_MANY,
    Rule,
    rule,
    words,
)
from .other_companies import OTHER_COMPANIES as OTHER_COMPANIES
from .other_companies import OTHER_ORGS_ML as OTHER_ORGS_ML
from .patterns_outage import RESOLVED

#: ... or, for the app itself, the whole organisation.
OTHERS_TOO = (OTHER_COMPANIES + r"|bei allen|allen kolleg\w*|in ufficio|en la oficina|au bureau|im buro|"
              r"no escritorio|op kantoor|"
              # "In allen drei Filialen ... am Tablet nur die Seite 'Etwas ist schiefgelaufen'"
              r"in allen (?:\w+ )?(?:filialen|standorten|buros|praxen|geschaften|laden)|en todas (?:las |nuestras )?"
              r"(?:\w+ )?(?:sucursales|tiendas|oficinas|sedes)|dans (?:toutes )?nos (?:\w+ )?(?:agences|boutiques|"
              r"succursales|magasins)|em todas as (?:\w+ )?(?:lojas|filiais)|in tutte le (?:\w+ )?(?:filiali|sedi)|"
              r"in alle (?:\w+ )?(?:filialen|vestigingen|winkels)|in (?:all|every one of) (?:\w+ )?(?:of )?our "
              r"(?:\w+ )?(?:branches|shops|stores|offices|sites)|" + SCOPE_MANY)

#: Background work the platform does: jobs, queues, mails, reminders, automations, imports, exports.
PROCESSING = words(
    # "Seit gestern passiert im Hintergrund gar nichts mehr: Serienaufgaben werden nicht mehr angelegt"
    "serienaufgaben|im hintergrund|en segundo plano|en arriere-plan|em segundo plano|in background|"
    "op de achtergrond|in the background|nachtliche export|geplante export|exportacion programada|"
    "export planifie|exportacao agendada|esportazione pianificata|geplande export|scheduled export|"
    "traitement en arriere-plan|en file d'attente|file d'attente|exports planifies|taches recurrentes|"
    "procesos en segundo plano|hintergrundjobs|hintergrundprozesse|processos em segundo plano|"
    "processi in background|achtergrondtaken|"
    "traitement en cours|en cours de traitement|in bearbeitung|wird verarbeitet|procesando|en proceso|"
    "processando|em processamento|in elaborazione|wordt verwerkt|processing|notification emails|"
    "correos de notificacion|correos|automatizacion|e-mails de notification|benachrichtigungen|notificacoes|notifiche|"
    "meldingen|nothing is being processed|nothing gets processed|nothing is processed|not being processed|queued|"
    "stuck on queued|reminder|reminders|recurring tasks|automations|automation|scheduled|exports|imports|"
    "automatic stuff|automatic tasks|nothing automatic|the automatic|"
    # "the weekly cleaning rota task that creates itself every Monday ... the Monday tasks never appeared"
    "monday tasks|weekly tasks|daily tasks|morning tasks|creates itself|create themselves|"
    # "se ha quedado como dormido en todo lo automático ... las tareas que se repiten cada lunes"
    "todo lo automatico|tout ce qui est automatique|alles automatische|tudo o que e automatico|tutto l'automatico|"
    "tareas que se repiten|taches qui se repetent|tarefas que se repetem|attivita che si ripetono|"
    "e-mail de rappel|e-mails de rappel|rappels|relances|automatisations|taches recurrentes|exportations|"
    "en file d'attente|recordatorios|automatizaciones|tareas recurrentes|exportaciones|importaciones|en cola|"
    "erinnerungen|erinnerungsmails|automatisierungen|wiederkehrende|exporte|importe|warteschlange|lembretes|"
    "automacoes|tarefas recorrentes|exportacoes|importacoes|na fila|promemoria|automazioni|attivita ricorrenti|"
    "esportazioni|importazioni|in coda|herinneringen|automatiseringen|terugkerende|exports|imports|wachtrij|"
    "niets wordt verwerkt|nichts wird verarbeitet|rien n'est traite|nada se procesa|nada e processado|"
    "niente viene elaborato|aucun e-mail|aucun mail|ningun correo|keine e-mails|keine mails|nenhum e-mail|"
    "nessuna e-mail|nessuna mail|geen e-mails|geen mails|"
    # "wordt er nergens meer iets automatisch gedaan ... geen herhalende taken ... geen herinneringsmails"
    "herhalende taken|herinneringsmails|automatisering|geplande rapporten|automatisch gedaan|scheduled reports|"
    "rapports planifies|informes programados|geplante berichte|relatorios agendados|report pianificati")
_NOT_MOVING = (
    r"\bno (?:\w+ ){1,2}got an? (?:reminder|notification|e-?mail|message|digest)|none of the (?:\w+ ){1,4}appeared|"
    r"not (?:one|a single) (?:\w+ )?(?:has|have) (?:gone out|been sent|arrived|fired|run)|nicht angelegt|kommen keine|"
    r"(?:stehen|steht) (?:\w+ ){0,6}auf .?wartet|"
    r"(?:didn'?t|did not|never) appear|(?:have|has) not appeared|(?:are|is) (?:not )?going out to (?:anybody|anyone)|"
    r"nothing automatic has happened|ninguem recebeu|nadie recibio|personne n'a recu|niemand hat (?:\w+ ){0,3}bekommen|"
    r"(?:werden|wurden) keine (?:\w+ ){0,3}(?:angelegt|erstellt|verschickt|versendet)|"
    # "none of the clubs have had a single reminder email ... just weren't created"
    r"(?:weren'?t|were not|wasn'?t|was not) (?:\w+ )?created|(?:have|has) had a single (?:\w+ )?(?:reminder|"
    r"notification|e-?mail)|"
    r"nessuno ha ricevuto|niemand heeft (?:\w+ )?ontvangen|nao foram criadas|no se crearon|n'ont pas ete creees|"
    r"wurden nicht erstellt|non sono state create|zijn niet aangemaakt|(?:they'?ve|have) (?:simply )?stopped appearing|"
    r"no (?:\w+ ){0,2}(?:reminders?|"
    r"notifications?|e-?mails?) to anyone|(?:none|nothing) of that has happened|"
    r"ne tourne|restent (?:\W?en file|bloque)|"
    # "no se ha ejecutado ni una sola automatizacion ... todo aparece como 'en cola'"
    r"no se (?:ha|han) (?:ejecutado|enviado|creado|procesado)|ni una sola|aparece(?:n)? como \W?en cola|"
    r"(?:nao|non|niet|nicht) (?:foi|e stato|is|wurde) (?:executad|eseguit|uitgevoerd|ausgefuhrt)|(?:no|nicht|nao|non|"
    r"niet) (?:se )?(?:ejecuta|lauft|laufen|executa|"
    r"esegue|draait)|"
    r"nessun[oa] (?:\w+ ){0,4}ha ricevuto|ningun[oa] (?:\w+ ){0,4}(?:ha )?recibid|aucune? (?:\w+ ){0,4}n'a recu|"
    r"keine[rs]? (?:\w+ ){0,4}hat (?:\w+ )?(?:erhalten|bekommen)|nenhum[a]? (?:\w+ ){0,4}recebeu|"
    r"geen (?:\w+ ){0,4}heeft "
    r"(?:\w+ )?ontvangen|"
    r"(?:nobody|no one|nessuno|nadie|personne|niemand|ninguem) (?:of us |di noi |de nosotros |de nous |von uns |"
    r"de nos |"
    r"van ons )?(?:gets|receives|riceve|recibe|ne recoit|bekommt|erhalt|recebe|krijgt)\b|non arriva(?:no)? piu|"
    r"not (?:being )?(?:processed|sent|running|created|delivered|going out|moving)|(?:aren'?t|isn'?t|weren'?t|"
    r"wasn'?t) (?:\w+ )?(?:moving|running|firing|working|happening|created|sent|going out)|no (?:tasks|e-?mails|"
    r"reminders|notifications|summaries|digests) (?:were |got )?(?:created|sent)|(?:has|have)n'?t happened|"
    r"none of (?:our |the )?(?:\w+ ){0,2}(?:have|has) (?:fired|run|been (?:created|sent))|no (?:\w+ )?(?:tasks|"
    r"e-?mails|reminders|reports) (?:were|was) (?:created|sent|generated)|never (?:arrived|ran|fired|ran)|"
    r"nothing (?:is )?(?:being )?"
    r"(?:processed|happening|moving|sent|going out)|didn'?t (?:get )?(?:created|run|go out|fire|arrive)|"
    r"(?:haven'?t|have not|hasn'?t|has not) (?:been )?(?:run|created|sent|processed|arrived|gone out)|stuck|"
    r"(?:still )?(?:says?|shows?|sit(?:s|ting)?|stays?) (?:on |at |in )?[\"']?(?:queued|pending|waiting)|"
    r"\bqueued\b|n'est parti|ne part|ne partent|n'ont pas ete|bloque|en attente|rien n'est|ne (?:se )?"
    r"(?:declenche|lance)\w* (?:plus|pas)|no (?:sale|salen|se (?:envia|envian|crean|crearon|ejecuta|"
    r"ejecutan|procesa))|atascad|parad|nada se|nicht (?:mehr )?(?:raus|versendet|verschickt|erstellt|angelegt|"
    r"verarbeitet|ausgefuhrt|gestartet)|hang\w*|nichts wird|nao (?:sai|saem|foram (?:enviad|criad|"
    r"processad)|sao (?:enviad|processad))|travad|nada e|non (?:partono|parte|vengono|viene|sono "
    r"(?:state|stati) (?:create|creati|inviat))|bloccat|ferm[eio]|niente|blijven|staan stil|wordt niet|"
    r"worden niet|niet (?:meer )?(?:verstuurd|verwerkt|aangemaakt|uitgevoerd)|niets|stopped (?:arriving|coming|"
    r"going|being)|dejaron de|ont cesse|n'arrivent plus|horten auf|kommen nicht mehr|pararam de|deixaram de|"
    # "der geplante nächtliche CSV-Export ... kommt nicht mehr an", "Automationen ... tun nichts"
    r"kommt nicht mehr an|kommen nicht mehr an|tun (?:auch |mehr |gar )?nichts|tut (?:auch |mehr |gar )?nichts|"
    r"stehen ?geblieben|passiert (?:\w+ ){0,4}(?:gar )?nichts mehr|"
    # "None of the scheduled things have happened since midnight ... automations don't fire"
    r"(?:don'?t|do not|doesn'?t|does not) fire|(?:have|has)(?:n'?t| not) (?:happened|run|fired|gone out)|"
    r"hanno smesso|smesso di|zijn gestopt|stopten|restent|restan|bleiben|ficam|restano|no se generan|"
    r"no se genera|not (?:being )?generated|ne sont plus generes|werden nicht (?:mehr )?erstellt|nao sao gerad|"
    r"non vengono generat|worden niet gegenereerd|"
    # after a denying anchor ("no e-mails", "keine Mails", "aucun e-mail") the plain verb carries it
    r"geen (?:\w+ ){0,3}(?:aangemaakt|gedraaid|verstuurd|uitgevoerd)|geen enkele (?:\w+ ){0,2}heeft gedraaid|"
    r"gaan geen (?:\w+ )?uit|nergens meer|niets meer automatisch|"
    # "Today: no digest, no recurring tasks ... it all stopped around 23:15 last night"
    r"\bno (?:daily |weekly )?(?:digest|recurring tasks|reminders|automations)\b|\bit all stopped\b|"
    r"(?:didn'?t|did not) run either|"
    r"(?:gehen|geht) (?:\w+ ){0,4}raus|verschickt|versendet|\bpart(?:ent|i|is)\b|\bsal(?:e|en|ido|ieron)\b|"
    r"enviad|inviat|partit|verstuurd|verzonden|\barriv|\bcheg|\bllega|ankommen|kommen an")

#: Programmatic access: the API, seen from scripts and integrations.
API_WORDS = words(
    "api$|a p i$|api.teamflow|on every call|bei jedem aufruf|en cada llamada|a chaque appel|em cada chamada|"
    "a ogni chiamata|bij elke aanroep|every call$|every call we make|every call to|each call to|every request to|"
    "every single call|"
    "every single request|interface|schnittstelle|"
    "interfaz|interfaccia|koppeling|nightly sync|sync script|"
    "our script|rest service|web service|every request|all requests|rest calls|api calls|api requests|rest requests|"
    "asks teamflow|ask teamflow|asks your system|request refused|requests refused|refused by the server|"
    "refused by server|your side isn't answering|your side is not answering|your end isn't answering|"
    "isn't answering at all|not answering at all|teamflow did not respond|teamflow didn't respond|"
    "teamflow is not responding|teamflow not responding|teamflow doesn't answer|teamflow does not answer|"
    "teamflow simply doesn't answer|teamflow just doesn't answer|teamflow simply does not answer|"
    "erreur de connexion a teamflow|error de conexion con teamflow|"
    "verbindungsfehler zu teamflow|erro de ligacao ao teamflow|errore di connessione a teamflow|"
    "verbindingsfout met teamflow|connection error to teamflow|antwortet nicht mehr|nicht mehr antwortet|"
    "non risponde piu|ne repond plus|no responde|nao responde|reageert niet meer|stopped answering|"
    "stopped responding|cada envio|cada peticion|cada solicitud|chaque envoi|chaque requete|"
    "jede anfrage|jeder aufruf|cada pedido|todos os pedidos|ogni richiesta|ogni chiamata|elk verzoek|elke aanroep|"
    "llamadas|appels|aufrufe|chamadas|chiamate|"
    "aanroepen|"
    # a home-made program that talks to TeamFlow: "unser selbst geschriebenes Programm, das Aufgaben an TeamFlow
    # schickt"
    "selbst geschriebenes programm|selbstgeschriebenes programm|eigenes programm|unser programm|"
    "our own program|our little program|our program|home-made program|homemade program|nuestro programa|"
    "notre programme|nosso programa|il nostro programma|ons programma|ons eigen programma|"
    # "cada vez que la conexion llama a vuestro sistema le contesta con un error"
    "llama a vuestro sistema|llama a su sistema|appelle votre systeme|ruft euer system|ruft ihr system|"
    "chama o vosso sistema|chama o seu sistema|chiama il vostro sistema|roept jullie systeem|calls your system|"
    "calls your server|calls teamflow")
_API_FAILS = (r"connection reset|reset by peer|refus|times?[ -]?outs?|timing out|timed out|hang|no response|"
              r"zeituberschreitung|delai depasse|tiempo de espera|tempo limite|tempo esgotado|scadut|"
              r"lopen (?:\w+ ){0,3}vast|vastlopen|doen niks|doen niets|no answer|"
              r"nothing back|no devuelven nada|no responden|colgad|ne repond|keine antwort|antworten nicht|"
              r"nao respond|non rispond|geen antwoord|reageren niet|\b5\d\ds?\b|error|fail|echou|erreur|fehl|"
              r"isn'?t answering|not answering|five hundred|antwortet nicht|nicht mehr antwortet|risponde piu|"
              r"repond plus|stopped (?:answering|responding)|(?:did|does) not respond|didn'?t respond|\berro\b|"
              r"doesn'?t answer|does not answer|"
              r"falh|fall|errore|fout|mislukt|"
              # "tous nos appels restent sans réponse jusqu'à expiration du délai"; "leurs appels restent bloqués"
              r"sans reponse|sin respuesta|sem resposta|senza risposta|ohne antwort|expiration du delai|"
              r"(?:restent|reste|quedan|ficam|restano|bleiben|blijven) (?:\w+ )?(?:bloque|bloquead|bloccat|"
              r"blockiert|hangen|hangend)")

#: Signatures of a database that cannot be reached, as error texts show them.
DB_ERRORS = words(
    "sqlstate|connection pool|could not obtain a connection|too many connections|econnrefused|"
    "could not connect to server|pg::|psycopg|jdbc|activerecord|sequelize|mongoerror|mongonetworkerror|"
    "redis connection|deadlock|ora-|hikari|too many clients|connection slots|remaining connection|"
    "superuser connections|connection limit|max_connections|database is locked|lock wait timeout|"
    "connettersi al database|connessione al database|conectar con la base de datos|conexion con la base de datos|"
    "connexion a la base de donnees|connecter a la base de donnees|verbindung zur datenbank|conectar ao banco de dados|"
    "conexao com o banco de dados|verbinding met de database|cannot connect to the database|"
    "could not connect to the database|database unavailable|database connection|ligar a base de dados|"
    "ligacao a base de dados|base de dados indisponivel|connexion a la base$|connexion a la bdd|conexion a la base$|"
    "conexion con la base$|conexao com a base$|datenbankverbindung|datenbank-verbindung|verbindung zur db|"
    "connessione alla base$|db connection error|database error")

#: The address or its certificate cannot be resolved or trusted (edge, DNS, hosting).
EDGE_WORDS = words(
    "namensauflosung|auflosen|aufgelost|dns|resolution dns|resolucion dns|resolucao|risoluzione|"
    "static asset|static files|asset domain|cdn|522$|521$|520$|523$|524$|525$|526$|origin error|"
    "origin is unreachable|web server is down|host error|servfail|nslookup|isn't resolving|doesn't resolve|"
    "not resolving|won't resolve|does not resolve|is not resolving|server not found|site can't be reached|"
    "address not found|server ip address could not be found|dns_probe|serveur introuvable|servidor no encontrado|"
    "server nicht gefunden|servidor nao encontrado|server non trovato|server niet gevonden|endereco ip do servidor|"
    "direccion ip del servidor|adresse ip du serveur|ip-adresse des servers|indirizzo ip del server|"
    "ip-adres van de server")
_EDGE_FAILS = (r"fail|fehl|schlagt|nicht|not|error|erreur|echec|fall|falh|errore|fout|mislukt|\b52\d\b|"
               r"\b50[0-4](?:ing|s)?\b|"
               r"unreachable|down|timeout|time ?out|can'?t|cannot|impossible|unable|lasst sich|servfail|nxdomain|"
               r"(?:isn'?t|not|doesn'?t|won'?t|does not) resolv|\bnao\b|no se (?:puede|pudo)|no es posible|"
               r"non e (?:stato )?possibile|niet mogelijk|kon niet|konnte nicht|n'a pas pu|nao encontrado|"
               r"no encontrado|introuvable|nicht gefunden|non trovato|niet gevonden")

#: The screen everybody is stuck at: a loader, a blank page, a generic error page.
STUCK_SCREEN = words(
    "we'll be back soon|be back soon|be right back|having a little break|taking a little break|broken robot|"
    "arbeitsbereich nicht gefunden|workspace not found|espace de travail introuvable|"
    "espacio de trabajo no encontrado|espaco de trabalho nao encontrado|area di lavoro non trovata|"
    "werkruimte niet gevonden|"
    "connecting...|stuck on connecting|'connecting|grey screen|"
    "gray screen|grauer bildschirm|"
    "schwarzer bildschirm|black screen|ecran gris|ecran noir|"
    "pantalla gris|pantalla negra|tela cinza|tela preta|schermata grigia|schermata nera|grijs scherm|"
    "zwart scherm|loads forever|keeps loading|continua a caricare|carga sin fin|charge a l'infini|"
    "ladt endlos|carrega infinitamente|blijft laden|spinning logo|spinner|spinning wheel|loading screen|"
    "going round and round|goes round and round|da vueltas y vueltas|"
    "tourne en rond|dreht sich nur|fica girando|gira e gira|blijft draaien|"
    "white screen|blank screen|blank page|get past|"
    "gets past|ecran blanc|ecran reste blanc|page blanche|pantalla en blanco|pagina en blanco|weisser bildschirm|"
    "weisse seite|leere seite|tela branca|pagina em branco|schermata bianca|pagina bianca|wit scherm|"
    "witte pagina|lege pagina|draaiende logo|draaiend logo|logo que gira|logo qui tourne|drehende logo|"
    "drehendes logo|logo girando|logo che gira|laadscherm|pantalla de carga|ecran de chargement|ladebildschirm|"
    "tela de carregamento|schermata di caricamento|verder dan dat scherm|verder dan het|biala strone|biala strona|"
    "bialy ekran|pusta strone|pusta strona|pusty ekran|"
    "something went wrong|qualcosa e andato storto|algo salio mal|algo deu errado|"
    "une erreur s'est produite|etwas ist schiefgelaufen|er is iets misgegaan|oops")

CONCEPT_OPS: tuple[Rule, ...] = (
    rule("OUT3", PROCESSING, need=_NOT_MOVING, doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|(?:our|my) (?:own |internal )?(?:server|script|cron|queue)|"
                r"(?<!not )(?<!not a )(?:one|a single|only one) (?:reminder|export|import|automation)|"
                # the customer's own chasers: "Sindsdien niets gehoord, ook niet na twee herinneringen"
                r"(?:na|after|despues de|apres|nach|depois de|dopo) (?:\w+ )?(?:twee|two|dos|deux|zwei|duas|due|drie|"
                r"three|tres|trois|drei|tre|\d+) (?:herinneringen|reminders|recordatorios|relances|erinnerungen|"
                r"lembretes|solleciti)", guard="hypo",
         doc_unless=EACH_FIXED + r"|"
                    # the other firm is fine: "Hillcrest, also uses TeamFlow and their reminders are arriving fine"
                    r"(?:their|theirs) (?:\w+ ){0,2}(?:are|is) (?:arriving|working|running|coming through) (?:fine|"
                    r"normally|ok|okay)|(?:it'?s|it is) only (?:in )?our workspace|"
                    # one project's jobs, the rest fine: "(our other projects seem fine)"
                    r"(?:our |the |all )?other (?:projects|boards|workspaces|lists) (?:\w+ )?(?:seem|are|look|work)\w* "
                    r"(?:\w+ )?(?:fine|ok|okay|normal)|"
                    # the mails still go, from the wrong sender: "partent de notifications@... au lieu de notre adresse"
                    r"(?:au lieu|instead|en lugar|em vez|invece|in plaats) (?:de|of|do|da|di|van) (?:notre|our|nuestra|"
                    r"nossa|nostro|nostra|ons|onze) (?:propre )?(?:adresse|address|direccion|endereco|indirizzo|adres)",
         negatable=False, name="OUT3-processing-stopped"),
    rule("OUT2", API_WORDS, need=_API_FAILS,
         doc_need=OTHER_ORGS_ML + r"|" + SAME_AT_THEIRS + r"|"
                  r"(?:partner|client|customer)(?:s|'s|s')? (?:\w+ )?(?:integration|script|app|system)|"
                  # "my counterpart at Nordhaven Savings Bank (they're on TeamFlow too) ... their integration has been
                  # failing since the same time"
                  r"(?:they'?re|they are|who are|who is|which is) (?:also )?on teamflow|(?:my|our) counterparts? at|"
                  # "mon homologue de la communauté de communes voisine, également cliente chez vous"
                  r"(?:egalement|aussi|tambien|tambem|anche|auch|ook|also) client[ea]?s? (?:chez vous|de ustedes|"
                  r"vostr[ao]|bei ihnen|bij jullie|de voces)|mon homologue|mi homologo|il mio omologo|"
                  r"their (?:\w+ )?integration (?:\w+ ){0,3}(?:failing|down|broken|timing out|stopped)|"
                  # "No grupo de usuarios do TeamFlow no Facebook tem mais umas cinco pessoas falando a mesma coisa"
                  r"(?:grupo|groupe|gruppo|gruppe|groep) (?:de |des |di |der |van )?(?:usuarios|utilisateurs|utenti|"
                  r"nutzer|gebruikers)|(?:mais|mas|plus|weitere|altre|meer|more) (?:\w+ ){0,2}(?:pessoas|personas|"
                  r"personnes|personen|persone|people) (?:falando|diciendo|disant|sagen|dicendo|zeggen|saying)|"
                  r"\bboth (?:dead|down|broken|failing|stopped)\b|(?:tool|app|program|system|integration) and (?:our|"
                  r"the) "
                  r"(?:\w+ )?(?:tool|app|program|system|integration) both|(?:he|she|they) also (?:helps|runs|"
                  r"looks after|"
                  r"manages)|"
                  r"(?:different|separate) accounts|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
                  r"multiple)"
                  r" (?:other |different |separate )?(?:accounts|clubs|organi[sz]ations|societies|schools|companies|"
                  r"businesses|programs|apps)|\bboth cut off\b|"
                  r"(?:who|that|which) (?:also )?uses? (?:teamflow|you)\b|(?:other|all (?:his|her|their)(?: other)?) "
                  r"(?:hotels|schools|clinics|shops|stores|salons|restaurants|pharmacies|customers)|"
                  r"for (?:\w+ )?(?:of )?(?:our|all|several|two|three) (?:\w+ )?(?:clients|customers)|"
                  r"(?:ninguno|ninguna|none|keiner|aucun|nenhum|nessuno|geen) (?:\w+ )?(?:de |of |van |dei |dos )?"
                  r"(?:nuestros|our|unserer|nos|nossos|nostri|onze) (?:clientes|clients|customers|kunden|clienti|"
                  r"klanten)|(?:\d+|two|three|four|five|several|multiple|zwei|drei|deux|trois|dos|tres|duas|dois|due|"
                  r"tre|"
                  r"twee|drie) (?:of |de |van |von |di |dos )?(?:our |my |nos |nuestros |unseren |nossos |nostri |"
                  r"onze |"
                  r"mijn |mis |meus |miei )?(?:\w+ )?(?:customers|clients|kunden|clientes|clienti|klanten)\b|"
                  r"un'altra azienda|un autre client|otra empresa|ein anderer kunde|outra empresa|een ander bedrijf|"
                  r"another company|zusterbedrijf|schwesterfirma|schwesterunternehmen|empresa hermana|societe soeur|"
                  # "another firm, its own account: exactly the same there"
                  r"andere(?:n|r)? (?:firma|unternehmen)|(?:eigener|eigenes|eigenem) (?:account|konto)|"
                  # "Unser Steuerberater hat dasselbe mit seinem Programm": someone else's own program fails too
                  r"(?:hat|has|had|a|tiene|tem|ha|heeft) (?:genau |exactly |precisamente |exactement |esattamente "
                  r"|precies )?(?:dasselbe|das gleiche|the same(?: thing| problem| issue)?|la meme chose|le meme "
                  r"probleme|lo mismo|el mismo problema|o mesmo(?: problema)?|lo stesso(?: problema)?|hetzelfde"
                  r"(?: probleem)?) (?:\w+ ){0,2}(?:mit|with|avec|con|com|met|sur|on|auf|en|op|su|no|na) (?:seinem|"
                  r"seiner|ihrem|ihrer|his|her|"
                  r"their|son|sa|ses|su|sus|seu|sua|il suo|la sua|zijn|haar|hun) |bei denen "
                  r"(?:\w+ )?(?:dasselbe|das gleiche|genauso|auch)|chez eux (?:aussi|pareil|la meme chose)|(?:a|con|"
                  r"para) ellos (?:tambien|igual|lo mismo)|com eles (?:tambem|igual|o mesmo)|anche (?:a|per|da) loro|"
                  r"bij hen (?:ook|hetzelfde)|(?:other|different) company|"
                  # "een collega bij een ander bureau ... bij hen precies hetzelfde"; "a thread on your community forum
                  # with thirty-odd people saying their connections have all stopped too"
                  r"(?:tutt[ei] (?:le |gli |i )?altr[ei]|tod[ao]s (?:las |los |as |os )?(?:otr|outr)[ao]s|tou(?:te)?s "
                  r"les autres|alle anderen|alle andere) \w+|una quindicina|una docena|une quinzaine|uma duzia|"
                  r"ander bureau|andere agentur|otra agencia|autre agence|outra agencia|altra agenzia|another "
                  r"(?:agency|office|bureau)|bij hen (?:\w+ )?hetzelfde|thread (?:on|in) (?:your|the) (?:community|"
                  r"forum|status)|(?:\w+-odd|\d+|dozens of|lots of|loads of) (?:other )?(?:people|users|customers) "
                  r"(?:saying|reporting|complaining|with the same)|"
                  r"empresa irma|"
                  # "Ce n'est pas que chez nous: mon beau-frère, qui a sa propre société et son propre compte"
                  r"(?:son|sa) propre (?:compte|societe|entreprise)|su propia (?:cuenta|empresa)|sua propria (?:conta|"
                  r"empresa)|il suo (?:account|proprio account)|zijn eigen (?:account|bedrijf)|ce n'est pas que chez "
                  r"nous|pas seulement chez nous|no (?:es|pasa) solo (?:a |con )?nosotros|nicht nur bei uns|nao e so "
                  r"(?:conosco|com a gente)|non (?:e|succede) solo (?:da|a) noi|niet alleen bij ons|"
                  r"societa sorella|sister company|for us (?:\+|&)|not only us|not just us|separate teamflow customer|"
                  r"another teamflow customer|(?:their|its) own (?:token|api key|key|integration|account)|"
                  # "qui passe par la même API avec une autre clé"; "la mairie voisine, qui utilise aussi votre API"
                  r"(?:avec|with|con|mit|com|met) (?:une|a|an|otra|einem|uma|un'|een|another) (?:autre |other |"
                  r"different |anderen |outra |altra |andere )?(?:cle|key|clave|schlussel|chave|chiave|sleutel)\b|"
                  r"(?:utilise|utilisent|usa|usan|nutzt|nutzen|gebruikt|gebruiken|uses|use) (?:aussi|tambien|auch|"
                  r"tambem|anche|ook|also) (?:votre|vuestra|su|ihre|eure|a vossa|la vostra|jullie|your) api\b|"
                  r"(?:bei )?allen (?:seinen|ihren|unseren) kunden|todos (?:sus|seus|os seus) clientes|"
                  r"tous ses clients|"
                  r"tutti i suoi clienti|al (?:zijn|hun) klanten|all (?:of )?(?:its|their) customers|"
                  r"(?:agency|company|firm|partner|client|customer) (?:\w+ ){0,4}(?:says|said|reports?|reported|sees|"
                  r"saw) "
                  r"(?:\w+ ){0,6}(?:stopped|failing|fails|failed|same)|"
                  r"partner agency|bei uns und|for us and|chez nous et|para nosotros y|para nos e|per noi e|"
                  r"voor ons en|"
                  r"(?:todos|todas|tous|toutes|alle|tutti|all|every)\b[^.!?]{0,20}(?:clientes|clients|customers|"
                  r"kunden|clienti|klanten)|(?:two|three|several|multiple|all|every) (?:\w+ )?(?:client|customer)s? "
                  r"(?:portals|apps|sites|systems|integrations)|"
                  r"(?:two|three|several|multiple|other|zwei|drei|deux|trois|dos|tres|duas|dois|due|tre|twee|drie) "
                  r"(?:\w+ )?(?:customers|clients|kunden|clientes|clienti|klanten|companies|integrations|firmen|"
                  # "mais dois clubes da liga que usam o mesmo script com as contas deles"
                  r"clubes|clube|vereine|squadre|equipos|equipas|escolas|escuelas|ecoles|schulen|scuole|scholen|"
                  r"tochterfirmen|tochtergesellschaften|subsidiaries|filiales|subsidiarias|dochterbedrijven|agencies|"
                  r"agencias|agences|agenturen|agenzie|bureaus|studios|firms|practices|offices|shops|stores|"
                  r"salons|restaurants|clinics|schools|clubs|"
                  r"controllate|servers|servern|servidores|serveurs|locations|standorten|"
                  r"unternehmen|empresas|entreprises|societes|aziende|bedrijven|integrationen|integraciones|"
                  r"integrazioni|integracoes|integraties)",
         unless=RESOLVED + r"|\b4\d\d\b|rate limit|deprecat|docs?\b|documentation|how (?:do|can|to)|example|\bsdk\b|"
                r"(?:slack|github|jira|salesforce|google|zapier|hubspot|outlook|teams) integration",
         guard="hypo", negatable=False, name="OUT2-calls-failing"),
    rule("OUT4", DB_ERRORS, unless=RESOLVED + r"|how (?:do|can)|(?:our|my) (?:own )?(?:database|db|server)|"
                                   # the customer's own software or VPN: "nel nostro gestionale ... senza VPN"
                                   r"\bvpn\b|(?:nostro|nuestro|notre|unser\w*|nosso|onze|our) (?:\w+ )?(?:gestionale|"
                                   r"software|programa|programme|programm|programma|erp|crm|system|sistema|logiciel)",
         guard="hypo", negatable=False, name="OUT4-db-error-text"),
    rule("OUT5", EDGE_WORDS, need=_EDGE_FAILS,
         unless=RESOLVED + r"|custom domain|white[- ]?label|(?:our|my) (?:own |branded |custom )?(?:domain|dns|"
                r"server|site|website|cdn)|how (?:do|can)|\bvpn\b|only (?:on|when|with|from)\b|so (?:quando|no|com)\b|"
                r"solo (?:cuando|en|con|quando|su)\b|seulement (?:quand|sur|avec)\b|nur (?:wenn|mit|auf)\b|"
                r"alleen (?:als|met|op)\b|"
                # a sum of money, not a status code: "refund of EUR 14,520"
                r"\d[,.]5\d\d\b|(?:eur|usd|gbp|cad|aud|chf)\s?\d|"
                # a head count: "their quote for the same 520 users"
                r"\b5\d\d (?:users|seats|people|members|employees|licen[cs]es|staff|accounts|usuarios|utilisateurs|"
                r"nutzer|benutzer|utenti|gebruikers)\b|"
                # the customer's own router: "Unser Router hatte nach einem Firmware-Update die DNS-Einstellungen
                # verloren"
                r"(?:unser|our|nuestro|notre|nosso|il nostro|onze|o nosso) (?:\w+ )?(?:router|routeur|box|modem|"
                r"firewall)",
         guard="hypo", negatable=False, name="OUT5-edge-text"),
    rule("OUT1", STUCK_SCREEN, doc_need=OTHERS_TOO,
         # "oops - lost a project (my fault)": the writer's own slip
         unless=RESOLVED + r"|oops\W+(?:\w+ ){0,4}\((?:my|our) (?:own )?(?:fault|mistake)\)|(?:my|our) (?:own )?fault|"
                r"bright white screen|white screen is (?:a lot|too bright|harsh)|"
                r"only (?:me|for me|i|on|in|when)|just me|everyone else|except|(?<!not )(?<!every )\bone (?:of our|"
                r"user|colleague|board|view|page|project|report)|(?:report|export|gantt|calendar|timeline|settings|"
                r"board) (?:page|view)|when (?:she|he|i|they|we|someone|anyone|everyone) opens?|rest of the app|other "
                r"boards|everything else|every other|all (?:our )?other|"
                # one action failing with a generic message is a bug of that action, not a dead app
                r"\w+ing (?:a|an|the|one|this|that|my|our) (?:\w+ )?(?:tasks?|files?|comments?|cards?|projects?|"
                r"boards?|subtasks?|attachments?|users?|members?|reports?|invoices?)\b|"
                r"(?:i'?ve|i have) tried (?:chrome|firefox|edge|safari|another browser|a different browser|incognito)|"
                r"\bi open\b|\bexport|\bprint|\bpdf\b|mode sombre|dark mode|modo oscuro|les yeux|the eyes|my eyes|"
                r"(?:2fa|two-factor|mfa|verification|authenticator|captcha) "
                r"(?:screen|step|code|prompt)|for me and (?:a|one|my) (?:colleague|coworker)|(?:comments?|tasks?|"
                r"files?|"
                r"attachments?|uploads?|exports?)\b[^.!?]{0,30}(?:won'?t|don'?t|doesn'?t|can'?t|fail to|failed to|will "
                r"not|do not|does not) (?:post|save|upload|send|load|open|attach|export)",
         doc_unless=OWN_CONNECTION_DOWN + r"|" + EVENTUALLY_LOADS + "|" + OTHERS_CAN_OPEN + r"|"
                    r"(?:nobody|no one) has got into|nobody got into|"
                    r"not a security issue|"
                    # a billing run gone wrong: "something went wrong with this month's billing run on your side"
                    r"billing run|invoice run|invoices? (?:were|was) (?:also )?(?:tripled|doubled)|"
                    # one user's fault: "Everyone else in the department can comment fine ... it does seem to be his
                    # account"
                    r"everyone else (?:\w+ ){0,4}(?:can|could) (?:\w+ ){0,2}(?:fine|normally|without)|"
                    r"(?:it )?(?:does )?"
                    r"seem(?:s)? to be (?:his|her|their|my|this one) (?:account|login|user)|"
                    # a billing error told as "something went wrong on your side": "double charged this month"
                    r"double[- ]?charged|charged twice|billed twice|duplicate charge|"
                    r"(?:you|we) (?:were|have|was) not (?:been )?charged|"
                    r"(?:my )?colleagues (?:\w+ ){0,8}"
                    r"(?:fine|normally|without (?:any )?problems?)|(?<!fine \()(?<!fine, )everything else works|"
                    r"went wrong (?:on|"
                    r"with) (?:your|"
                    r"the) (?:billing|invoic\w*|payment|charg\w*)|went wrong (?:on your (?:end|side) )?with "
                    r"(?:\w+'?s? )?(?:bills?|invoices?|charges?|payments?)|"
                    # "something went wrong on your side for everybody this cycle": a billing run
                    r"\bthis (?:billing )?cycle\b|billing (?:cycle|run)",
         guard="hypo", negatable=False, name="OUT1-everyone-stuck"),
)
