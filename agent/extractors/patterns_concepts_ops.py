"""Concept rules for Service Outages and Legal & Compliance, in plain words.

An outage is often told as "nothing is being processed, and a friend at another company has the
same"; a legal threat as "we have handed this to our law firm"; a subpoena as "the prosecutor asks
for the sign-in records". Each rule is one idea spelled as families of phrases per language (en, es,
fr, de, pt, it, nl). Resolved or past incidents, hypotheticals and questions keep them precise.
"""

from __future__ import annotations

from .lexicon import EACH_FIXED, EVENTUALLY_LOADS, OWN_CONNECTION_DOWN, SCOPE_MANY, Rule, rule, words
from .patterns_legal import COUNSEL_QUESTION
from .patterns_outage import RESOLVED

#: Other companies or the public see it too: what makes a fault of background work an outage.
#: The other organisations of the same kind, in the other languages read ("as outras quatro paróquias").
OTHER_ORGS_ML = (
    r"befreundete[rs]? (?:buro|betrieb|firma|unternehmen|praxis|verein)|(?:das|die|der) teamflow auch (?:nutzt|"
    r"verwendet)|"
    r"\b(?:two|both) (?:\w+ ){0,2}programs\b|both have been (?:getting|failing)|"
    r"eine andere organisation|otra organizacion|une autre organisation|outra organizacao|un'altra organizzazione|"
    r"een andere organisatie|another organi[sz]ation|onderaannemer|subcontractor|sous-traitant|subunternehmer|"
    r"subcontratista|subappaltatore|"
    r"(?:todas|todos) (?:las|los|as|os) (?:otras |otros |outras |outros )?(?:\w+ )?(?:clinicas|empresas|paroquias|"
    r"parroquias|escuelas|escolas|clubes|academias|tiendas|lojas|oficinas|farmacias)|(?:as|os|las|los) (?:otras|otros|"
    r"outras|outros) (?:\w+ )?(?:clinicas|empresas|paroquias|parroquias|escuelas|escolas|clubes|academias|tiendas|"
    r"lojas|farmacias)|(?:toutes|tous) les (?:autres )?(?:cliniques|entreprises|paroisses|ecoles|clubs|boutiques|"
    r"pharmacies)|(?:alle|die) (?:anderen )?(?:kliniken|praxen|firmen|schulen|vereine|hotels|pfarreien)|(?:tutte|"
    r"tutti) (?:le|gli|i) (?:altre |altri )?(?:cliniche|aziende|parrocchie|scuole|autoscuole|club|negozi)|(?:alle|de) "
    r"(?:andere )?(?:klinieken|bedrijven|parochies|scholen|clubs|verenigingen)|anche da loro|tambien a ellos|"
    r"chez eux aussi|bei denen auch|bij hen ook|(?:il|el|le|o|der|de) (?:collega|colega|collegue|kollege|collega) "
    r"(?:dell'|de la |de l'|da |der |van de )|d'un autre (?:salon|magasin|club|cabinet|bureau)|de otr[oa] (?:salon|"
    r"tienda|club)|eines anderen (?:salons|ladens|vereins)|de outr[oa] (?:salao|loja|clube)|di un altro (?:salone|"
    r"negozio|club)|van een andere? (?:salon|winkel|club)|(?:bei )?(?:seinen|ihren) anderen kunden|a (?:sus|todos sus) "
    r"otros clientes|ses autres clients|(?:a|aos) seus outros clientes|(?:a|ai) suoi altri clienti|zijn andere klanten|"
    r"nessuno dei suoi clienti|ninguno de sus clientes|aucun de ses clients|keinem seiner kunden|nenhum dos seus "
    r"clientes|geen van zijn klanten|his other customers|all his customers|(?:de )?outr[ao]s (?:\w+ )?(?:lavandarias|"
    r"lojas|empresas|clinicas)|em todo o servico|en todo el servicio|sur tout le service|im ganzen dienst|in tutto il "
    r"servizio|in de hele dienst|across the (?:whole )?service|outr[ao]s (?:\w+ )?(?:associacoes|empresas|clinicas|"
    r"lojas|"
    r"paroquias|escolas|clubes)|otr[ao]s (?:\w+ )?(?:asociaciones|empresas|clinicas|tiendas|escuelas|clubes)|d'autres "
    r"(?:associations|entreprises|clubs)|(?:andere|weitere) (?:\w+ )?(?:vereine|verbande|firmen)|altre (?:\w+ )?"
    r"(?:associazioni|aziende|scuole)|andere (?:\w+ )?(?:verenigingen|bedrijven|scholen)"
)
OTHER_COMPANIES = (
    OTHER_ORGS_ML + r"|also on teamflow|que tambem usa o teamflow|que tambien usa teamflow|qui utilise aussi teamflow|"
    r"die auch teamflow nutzt|che usa anche teamflow|die ook teamflow gebruikt|(?:told|tells) me exactly the same|"
    r"who (?:also )?uses teamflow for (?:her|his|"
    r"their)|(?:so has|so have) (?:the )?(?:lady|man|woman|shop|her|his)\b|(?:also|too) uses? teamflow|(?:hers|his|"
    r"theirs) (?:has |have )?(?:also )?"
    r"stopped|(?:mit einem|with their|con su|avec leur|com a sua|con il loro|met hun) (?:eigenen|own|propia|propre|"
    r"propria|eigen) (?:konto|account|cuenta|compte|conta)|genau dasselbe|exactement la meme chose|exactamente lo "
    r"mismo|exatamente o mesmo|esattamente lo stesso|precies hetzelfde|"
    r"(?:other|several|multiple|many|two|three|four|partner|sister|friendly) (?:\w+ )?(?:companies|agencies|customers|"
    r"clients|firms|businesses|organi[sz]ations|teams|offices|workspaces|practices|clinics|schools|shops|stores|clubs|"
    r"farms|garages|salons|bakeries|churches|"
    r"societies|leagues|associations|parishes|churches|groups|"
    r"studios|restaurants|hotels|charities|accounts|users of teamflow|teamflow customers)|(?:our|my) (?:partners?|"
    r"clients|"
    r"customers)(?:'s?)? (?:\w+ )?(?:too|as well|also|both|have the same|see the same|report)|"
    r"a friend (?:at|in|from|who works)|another (?:company|agency|customer|firm|business)|un autre client|"
    r"une autre entreprise|otro cliente|otra empresa|ein anderer kunde|eine andere firma|outro cliente|outra empresa|"
    r"un altro cliente|un'altra azienda|een andere klant|een ander bedrijf|un'?altra (?:catena|farmacia|ditta|"
    r"societa)|otra (?:cadena|farmacia)|une autre (?:chaine|pharmacie)|einer anderen (?:kette|apotheke)|outra (?:rede|"
    r"farmacia)|een andere (?:keten|apotheek)|another (?:chain|pharmacy|store|shop)|(?:has|have) (?:her|his|"
    r"their) own teamflow|"
    # "my friend who uses teamflow at her job (different company) says hers is doing the same"
    r"\(?(?:a )?different (?:company|firm|business|agency|organi[sz]ation)\)?|(?:hers|his|theirs) (?:is|was) doing the "
    r"same|"
    # "each club has its own workspace ... in any of the six workspaces ... for every club at once"
    r"each (?:\w+ )?(?:has|with) its own (?:workspace|account)|in (?:any|all|each) of the (?:\w+ )?(?:workspaces|"
    r"accounts)|for every (?:club|company|customer|school|team|firm|shop) at once|"
    # "Unsere Schwesterfirma ... hat ein eigenes TeamFlow-Konto und meldet genau das Gleiche"
    r"sister (?:company|firm|business)|schwester(?:firma|gesellschaft|unternehmen)|societe soeur|empresa (?:hermana|"
    r"irma)|societa sorella|zusterbedrijf|genau das gleiche|ein eigenes (?:teamflow[- ]?)?konto|"
    r"(?:due|dos|deux|zwei|duas|twee|tre|tres|trois|drei|altri|altre|otras|otros|autres|andere|outras|outros) "
    r"(?:\w+ )?(?:studi|studios|aziende|empresas|entreprises|firmen|unternehmen|bedrijven|agenzie|agencias|agences|"
    r"clienti|clientes|kunden|klanten|societa|kanzleien|kantoren|escritorios|bureaux|uffici)\b|"
    r"(?:twitter|reddit|downdetector|social media|linkedin|x\.com)|(?:in|on) (?:our|the|a) (?:slack|discord) "
    r"(?:community|group|channel)|not (?:just|only) (?:us|me)|same (?:here|for|at)|"
    r"(?<!about the )(?<!about this )(?<!regarding the )same (?:problem|issue|thing)(?! (?:i|we) "
    r"(?:reported|mentioned|wrote|raised|had))|"
    r"everyone (?:we know|else|online)|whole (?:organi[sz]ation|company)|entire (?:organi[sz]ation|company)|"
    r"chez nous (?:comme|et) chez|nos (?:partenaires|clients)|d'autres (?:entreprises|societes|clients|agences)|"
    r"une autre (?:entreprise|societe|agence)|un ami|toute (?:notre|l')(?:organisation|entreprise)|"
    r"nuestros (?:socios|clientes)|otras (?:empresas|agencias)|otra empresa|un amigo|una amiga|"
    r"toda (?:nuestra|la) (?:organizacion|empresa)|unsere (?:partner|kunden)|bei (?:uns|mir) und bei|"
    r"andere(?:n)? (?:firmen|unternehmen|kunden|agenturen)|ein(?:e)? (?:freund|freundin|bekannte)|"
    r"(?:unsere )?ganze (?:organisation|firma)|nossos (?:parceiros|clientes)|outras (?:empresas|agencias)|"
    r"outras (?:\w+ )?(?:empresas|agencias)|otras (?:\w+ )?(?:empresas|agencias)|otra agencia|outra agencia|"
    r"(?:two|three|other) (?:\w+ )?startups|a ellos tampoco|a ellos igual|pour eux aussi|bei ihnen auch|"
    r"com eles tambem|anche a loro|bij hen ook|same for them|them too|outra empresa|um amigo|"
    r"uma amiga|toda a (?:nossa )?(?:organizacao|empresa)|i nostri (?:partner|clienti)|"
    r"altre aziende|un'altra azienda|un'altra impresa|altre imprese|un altro cliente|pagina di stato|"
    r"(?:your|vuestra|votre|ihre|sua|vostra|jullie) (?:\w+ )?(?:status page|pagina de estado|page de statut|"
    r"statusseite|pagina de status|statuspagina)|un amico|un'amica|tutta (?:la nostra )?(?:organizzazione|azienda)|"
    r"onze (?:partners|klanten)|andere (?:bedrijven|bureaus|klanten)|een ander bedrijf|een vriend|"
    r"bevriend\w*|(?:onze )?hele (?:organisatie|bedrijf)|\b(?:ni pour nous ni|ni para nosotros ni|weder bei uns)|"
    r"(?:nos|nuestros|unsere|nossos|nostri|onze) (?:\w+ )?(?:qui|que|die|che|die) (?:utilisent|usan|nutzen|usam|"
    r"usano|gebruiken)|(?:who|that|which) (?:also )?uses? (?:teamflow|you)\b|uses? (?:teamflow|you) (?:too|as well)\b|"
    r"(?:they'?ve|they have|they) all (?:noticed|seen|got|had|have) the same|befreundete?r? (?:betrieb|firma|"
    r"unternehmen|praxis)|(?:a mate|a friend|someone) at another (?:\w+ )?(?:firm|company|agency|business|practice|"
    r"school|club)|(?:salon|shop|firm|school|club|practice) down the road|eine andere organisation|otra organizacion|"
    r"une autre organisation|outra organizacao|un'altra organizzazione|een andere organisatie|another organi[sz]ation|"
    r"onderaannemer|subcontractor|sous-traitant|subunternehmer|subcontratista|subappaltatore|(?:che|que|qui|"
    r"die) (?:usa|usan|usam|"
    r"utilise|utilisent|nutzt|nutzen|gebruikt|gebruiken|usano) (?:anche |tambien |aussi |auch |tambem |ook )?(?:o )?"
    r"teamflow|another (?:school|clinic|practice|shop|"
    r"store|salon|hotel|club|charity|care agency|pharmacy|restaurant|bakery)|(?:other|all (?:his|her|"
    r"their)(?: other)?) "
    r"(?:hotels|schools|clinics|shops|stores|salons|restaurants|pharmacies|customers)|"
    # German puts the verb last: "bei zwei Partnerfirmen, die auch TeamFlow nutzen"
    r"\bdie (?:\w+ )?(?:auch |ebenfalls )?teamflow (?:\w+ )?(?:nutz|verwend|benutz)\w*|"
    r"partner ?(?:firms|companies|agencies|practices|offices)|partnerfirm\w*|partnerbetrieb\w*|partnerkanzlei\w*|"
    r"partnerburo\w*|partnerbedrijv\w*|partnerkantor\w*|entreprises partenaires|cabinets partenaires|"
    r"empresas (?:asociadas|socias|parceiras)|aziende partner|studi partner")
#: ... or, for the app itself, the whole organisation.
OTHERS_TOO = (OTHER_COMPANIES + r"|bei allen|allen kolleg\w*|in ufficio|en la oficina|au bureau|im buro|"
              r"no escritorio|op kantoor|" + SCOPE_MANY)

#: Background work the platform does: jobs, queues, mails, reminders, automations, imports, exports.
PROCESSING = words(
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
    "nessuna e-mail|nessuna mail|geen e-mails|geen mails")
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
    r"ejecutan|procesa))|atascad|parad|nada se|nicht (?:mehr )?(?:raus|versendet|verschickt|erstellt|"
    r"verarbeitet|ausgefuhrt|gestartet)|hang\w*|nichts wird|nao (?:sai|saem|foram (?:enviad|criad|"
    r"processad)|sao (?:enviad|processad))|travad|nada e|non (?:partono|parte|vengono|viene|sono "
    r"(?:state|stati) (?:create|creati|inviat))|bloccat|ferm[eio]|niente|blijven|staan stil|wordt niet|"
    r"worden niet|niet (?:meer )?(?:verstuurd|verwerkt|aangemaakt|uitgevoerd)|niets|stopped (?:arriving|coming|"
    r"going|being)|dejaron de|ont cesse|n'arrivent plus|horten auf|kommen nicht mehr|pararam de|deixaram de|"
    r"hanno smesso|smesso di|zijn gestopt|stopten|restent|restan|bleiben|ficam|restano|no se generan|"
    r"no se genera|not (?:being )?generated|ne sont plus generes|werden nicht (?:mehr )?erstellt|nao sao gerad|"
    r"non vengono generat|worden niet gegenereerd|"
    # after a denying anchor ("no e-mails", "keine Mails", "aucun e-mail") the plain verb carries it
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
              r"falh|fall|errore|fout|mislukt")

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

#: A law firm or one's lawyer given the matter, in the languages read.
LAW_FIRM = words(
    "kanzlei|anwaltskanzlei|rechtsanwalte|bufete|despacho de abogados|letrado|cabinet d'avocats|mon avocat|"
    "notre avocat|nos avocats|escritorio de advocacia|nosso advogado|studio legale|mio legale|nostro legale|"
    "il legale|al legale|ai legali|nostri legali|miei legali|advocatenkantoor|onze advocaat|mijn advocaat|"
    "juristen|our solicitors|our lawyers|our attorneys")
_HANDED = (r"ubergeben|weitergeleitet|beauftragt|eingeschaltet|mandat|transmis|confie|saisi|remis|entregado|"
           r"encargado|trasladado|remitido|passad|encaminhad|entregue|acionad|dato mandato|affidat|trasmess|"
           r"incaricat|procedere|overgedragen|ingeschakeld|doorgestuurd|handed|passed|instructed|engaged|"
           r"in touch|contact|proceed|damages|danni|dommages|danos|schaden|schadevergoeding|vostri confronti|"
           r"votre encontre|contra ustedes|gegen sie|contra voces|tegen u|jegens u")

#: Reserving rights / taking steps: the formal way to announce legal action.
RESERVE = words(
    "behalten uns|weitere schritte|rechtliche schritte|nous nous reservons|nos reservamos|reservamo-nos|"
    "ci riserviamo|behouden ons|we reserve the right|reserve all rights|reserve our rights")

#: Going to a court, in words that name the court and a future step.
COURT = words(
    "tribunal|tribunale|tribunaux|juzgado|juzgados|gericht|rechtbank|rechter|court$|courts$|magistrate|"
    "small claims|justice de paix|juge de paix|giudice di pace|kantonrechter|amtsgericht|landgericht|juizado|"
    "juizados|pequenas causas")
_TO_COURT = (r"taken (?:us|them|me) to|vais au|irai au|vamos al|voy al|vou ao|gehe vor|vado in|ga naar de|saisir|"
             r"saisirons|saisira|porter (?:l'affaire|plainte)|devant|acudir|acudiremos|llevar|llevaremos|"
             r"demandar|vor (?:das|ein|dem) gericht|gehen|ziehen|klagen|recorrer|levar|acionar|ricorrer|adire|"
             r"portare|citare|stappen|dagvaarden|naar de|take (?:you|this|it|the matter)|file|go to|going to|"
             r"will|shall|see you in|entrar com|vou entrar|vamos entrar|abrir (?:um|uma) (?:processo|acao)|"
             r"mover (?:um|uma)|dei entrada|dar entrada|entrei com|contra a teamflow|contra voces|contra vos|"
             r"against teamflow|gegen teamflow|contre teamflow|contro teamflow|tegen teamflow|contra teamflow")

#: An authority or a party to a case that asks for records.
PROCEEDING = words(
    "plaintiff|defendant|claimant|prosecutor|district attorney|public prosecutor|staatsanwaltschaft|"
    "polizei|kriminalpolizei|fiscalia|juzgado|policia|guardia civil|mossos|parquet|procureur|gendarmerie|"
    "ministerio publico|ministerio fiscal|ministere public|ministerio publico|policia federal|procura della "
    "repubblica|procura|carabinieri|guardia di finanza|polizia|openbaar ministerie|officier van justitie|"
    "judge|juez|jueza|juge$|richter|juiz|giudice|case no|case number|causa n|aktenzeichen|processo n|"
    "politie|rechter-commissaris|demandante|demandeur|klager|autor da acao|attore|eiser|tribunal judicial|"
    "notificacao do tribunal|notificacion del tribunal|notification du tribunal|tribunale di|tribunal de justica|"
    # officers a court puts in charge of an insolvent company, who demand its records
    "joint administrator|joint administrators|appointed administrator|appointed administrators|"
    "insolvency practitioner|liquidator|official receiver|trustee in bankruptcy|insolvenzverwalter|"
    "mandataire judiciaire|administrateur judiciaire|liquidateur judiciaire|administrador concursal|"
    "curatore fallimentare|administrador judicial|administradora judicial|faillissementscurator|curator in het "
    "faillissement|policia de seguranca publica|policia judiciaria|oficio da psp|ambito de um inquerito|"
    "dans le cadre d'une enquete|en el marco de una investigacion|im rahmen eines ermittlungsverfahrens|"
    "nell'ambito di un'indagine|in het kader van een onderzoek")
_ASKS_RECORDS = (r"conserv|trasmett|acquisizion|bewahren|conservar|\bchats?\b|produce|preserve|hand over|disclose|"
                 r"provide|records|logs|herausgabe|ersucht|ersuchen|"
                 r"fordert|protokoll|aufzeichnungen|solicita|requiere|registros|entrega|demande|requiert|"
                 r"communication|journaux|registres|requer|solicita|registos|entrega|richiede|chiede|"
                 r"registri|consegna|verzoekt|vordert|gegevens|logbestanden|messages|file uploads|documents|pedem|"
                 r"piden|copia|copie|kopie")

#: Erasing "everything about me", without naming the law.
ABOUT_ME = (r"(?:trace|traces|everything|anything|information|info|data|details|records?)\w* (?:\w+ )?(?:of|about|"
            r"on|concerning|regarding) me\b|of me from|about me\b|sobre mi\b|me concernant|qui me concern\w*|"
            r"linked to my name|tied to my name|my profile|mon profil|mi perfil|mein profil|meu perfil|il mio "
            r"profilo|mijn profiel|uber mich|mich betreffend|sobre mim|che mi riguard\w*|su di me|over mij|"
            r"van mij|mijn gegevens|"
            r"meine daten|mis datos|mes donnees|meus dados|i miei dati|of (?:her|him)\b|about (?:her|him)\b|"
            r"(?:her|his) (?:name|data|details|address|photos?)|mon nom|mon telephone|mes messages|todo lo mio|"
            r"\blo mio\b|tout ce qui me concerne|"
            r"alles von mir|tudo o que e meu|tutto cio che mi riguarda|alles van mij|mi nombre|"
            r"(?:with|on|under|bearing) my name|my (?:photo|"
            r"picture|phone number|home address|address|details|personal (?:data|details|information))|"
            r"mi (?:foto|telefono|direccion)|ma (?:photo|adresse)|mein (?:foto|bild)|meine (?:adresse|telefonnummer)|"
            r"minha (?:foto|morada)|meu (?:telefone|endereco)|la mia (?:foto|email)|mijn (?:foto|adres)")
ERASE = words(
    "taken off your system|taken off your systems|off your system completely|supresion|suppression de mes|"
    "cancelacion de mis datos|loschung meiner|apagamento dos meus|cancellazione dei miei|"
    "verwijdering van mijn|remove every|remove all|delete every|delete all|erase|wipe|forget me|eliminen|eliminar|"
    "borren|borrar|"
    "supprimer|supprimez|effacer|effacez|effacees|supprimees|geloscht|loschen|entfernen|apaguem|apagar|"
    "eliminem|excluam|excluir|cancellate|cancellare|eliminate|verwijderen|verwijder|wissen|exercising my right|"
    "exercise my right|ejerzo mi derecho|j'exerce mon droit|exerco o meu direito|esercito il mio diritto|"
    "widerrufe meine einwilligung|revoco mi consentimiento|je retire mon consentement|revogo o meu consentimento|"
    "revoco il mio consenso|trek mijn toestemming in")

#: Someone else's copy of the sender's work, name or code.
OUR_WORK = words(
    "our original work|my original work|lifted from|page for page|word for word|word-for-word|wort-fur-wort|"
    "mot pour mot|palabra por palabra|wort fur wort|palavra por palavra|"
    "parola per parola|woord voor woord|notre methode|our method|nuestro metodo|unsere methode|nosso metodo|"
    "il nostro metodo|onze methode|our paid|our course|our workbook|our ebook|our template|our design$|our designs|"
    "source code|codigo fuente|code source|quellcode|codigo-fonte|codigo fonte|codice sorgente|broncode|"
    "notre nom|notre logo|nuestro nombre|nuestro logo|unseren namen|unser logo|nosso nome|nosso logo|"
    "il nostro nome|il nostro logo|onze naam|ons logo|our name and|our logo and|our photographer|our photos|"
    "my lesson plan|my lesson plans|my course|my checklists|my logo|my photos|my designs|my content|my templates|"
    "my illustrations|my icons|my icon set|my artwork|my drawings|my fonts|my images|"
    "our pictures|our images|our artwork|our illustrations|our videos|our music|we hold the rights|"
    "we own the rights|rights holder|nos photos|nuestras fotos|unsere fotos|nossas fotos|le nostre foto|"
    "onze foto|produktname|unserem namen|product name|nom de produit|nombre de producto|nome do produto|"
    "nome del prodotto|productnaam|"
    # "das ist 1:1 unser Ablaufplan, sogar mit unserem Logo ... Das ist unsere Arbeit von Jahren"
    "unsere arbeit|unserem logo|unseren texten|unsere texte|1:1 unser|eins zu eins unser|nuestro trabajo|"
    "notre travail|nosso trabalho|il nostro lavoro|ons werk|nos illustrations|de nos illustrations|a l'identique|"
    "nuestras ilustraciones|unsere illustrationen|nossas ilustracoes|le nostre illustrazioni|onze illustraties")
_NOT_THEIRS = (r"licen[cs]|\bcop(?:y|ie|ia)\b|\bcopied\b|\blifted\b|"
               r"kopie|replica|clone|plagiar|plagi|without|never|sin |sans |ohne|"
               r"pasted in|under someone else'?s name|under (?:another|a different) name|unter (?:deren|ihrem|seinem|"
               r"fremdem) namen|sous leur nom|bajo su nombre|(?:com|sob) o nome deles|a nome loro|onder hun naam|"
               r"under their (?:own )?name|"
               r"sem |senza|zonder|nunca|jamais|nie |mai |nooit|"
               r"uploaded by|bought|resold|resell|\bsells?\b|selling|their own shop|publish|public|"
               r"pull (?:it|this) (?:down|off)|take (?:it|this) "
               r"down|se faire passer|hacerse pasar|ausgeben|se passar|spacciarsi|zich (?:uit )?geven|"
               r"impersonat|pretend|copied|copie|copiad|kopiert|copiat|gekopieerd|utilise|usa |nutzt|verwendet|"
               r"gebruikt|using|uses|\buse\b|verkauf|eingetragen|registered|registrad|enregistr|registrat|"
               r"geregistreerd|"
               r"sells|selling|vend|verwend|erlaubt|eingestellt|hochgeladen|veroffentlicht|openbare|offentlich")

#: Nothing about the writer should remain.
NOTHING_ABOUT_ME = words(
    "van mij hebben|nergens meer voorkom|nergens meer bij jullie|nothing about me|no trace of me|rien sur moi|"
    "aucune trace de moi|nada sobre mi|ningun rastro|"
    "nichts uber mich|keine spuren|nada sobre mim|nenhum rastro|niente su di me|nessuna traccia|"
    "niets over mij|geen spoor|no longer want to exist|don't want to exist|do not want to exist|"
    "entitled to have you wipe|entitled to have you delete|todo lo que tengais sobre mi|todo lo que tengan sobre mi|"
    "todo lo que tienen sobre mi|"
    "everything you have about me|everything you hold about me|everything you have on me|tout ce que vous avez sur moi|"
    "tout ce que vous detenez sur moi|alles was sie uber mich|alles was ihr uber mich|tudo o que voces tem sobre mim|"
    "tutto quello che avete su di me|alles wat jullie over mij|alles wat u over mij")

CONCEPT_OPS: tuple[Rule, ...] = (
    # "de rechtbank in Utrecht heeft ons opgedragen alle projectcommunicatie over te leggen"
    rule("LEG3", words("opgedragen|over te leggen|heeft bevolen|ordonne de produire|a ordonne|ha ordinato|ha ordenado|"
                       "ordeno|angeordnet|aufgetragen|determinou|order to produce|ordered us to produce|"
                       "ordered to produce|orders us to produce|an order requiring us|order requiring us|ordina$|"
                       "ordinano|ordena$|ordenan|ordonne$|ordonnent|beveelt|verpflichtet uns|intima$|"
                       "an order from|order from the|must hand over|have to hand over|has to hand over|"
                       "to hand over all|hand over all"),
         need=r"rechtbank|rechter|tribunal|juge|\w*gericht|tribunale|giudice|juzgado|juez|court|judge|juiz|"
              r"vara do trabalho|vara civel|magistrat|sheriff|bailiff",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="LEG3-court-ordered-us"),
    # "Beschluss des Amtsgerichts ... mit dem Sie zur Herausgabe sämtlicher Kommentare ... verpflichtet werden"
    rule("LEG3", words("zur herausgabe|herausgabe|herausgeben|verpflichtet werden|verpflichtet sind|vorlegen|"
                       "aushandigen"),
         doc_need=r"\w*gericht\w*|gerichtsbeschluss|richterlich",
         unless=r"wie (?:kann|konnen)|\?", guard="hypo", negatable=False, name="LEG3-court-demands-handover-de"),
    # "forwarded this thread to Ms. Okafor at Brandt & Lowe LLP, who acts for us ... about recovering the fees"
    rule("LEG1", words("who acts for us|acts for us|acting for us|who represents us|representing us|"
                       "who is representing us|who act for us|act for us in this"),
         doc_need=r"recover|fees|claim|damages|compensation|in touch with you|preserve|proceed|action|dispute|"
                  r"breach of contract|refund",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="LEG1-someone-acts-for-us"),
    rule("LEG4", NOTHING_ABOUT_ME, need=r"stay|keep|remain|store|server|system|delete|erase|remove|wipe|reste|conserv|"
         r"quede|guard|bleib|gespeichert|fique|guard|rimanga|conserv|blijft|bewaar|loesch|losch|supprim|borr|"
         r"apag|cancell|verwijder|\bweg\b|weghal|wegdoen", unless=r"how (?:do|can)|\?", name="LEG4-nothing-about-me"),
    rule("OUT3", PROCESSING, need=_NOT_MOVING, doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|(?:our|my) (?:own |internal )?(?:server|script|cron|queue)|"
                r"(?<!not )(?<!not a )(?:one|a single|only one) (?:reminder|export|import|automation)|"
                # the customer's own chasers: "Sindsdien niets gehoord, ook niet na twee herinneringen"
                r"(?:na|after|despues de|apres|nach|depois de|dopo) (?:\w+ )?(?:twee|two|dos|deux|zwei|duas|due|drie|"
                r"three|tres|trois|drei|tre|\d+) (?:herinneringen|reminders|recordatorios|relances|erinnerungen|"
                r"lembretes|solleciti)", guard="hypo",
         doc_unless=EACH_FIXED + r"|"
                    # one project's jobs, the rest fine: "(our other projects seem fine)"
                    r"(?:our |the |all )?other (?:projects|boards|workspaces|lists) (?:\w+ )?(?:seem|are|look|work)\w* "
                    r"(?:\w+ )?(?:fine|ok|okay|normal)|"
                    # the mails still go, from the wrong sender: "partent de notifications@... au lieu de notre adresse"
                    r"(?:au lieu|instead|en lugar|em vez|invece|in plaats) (?:de|of|do|da|di|van) (?:notre|our|nuestra|"
                    r"nossa|nostro|nostra|ons|onze) (?:propre )?(?:adresse|address|direccion|endereco|indirizzo|adres)",
         negatable=False, name="OUT3-processing-stopped"),
    rule("OUT2", API_WORDS, need=_API_FAILS,
         doc_need=OTHER_ORGS_ML + r"|"
                  r"(?:partner|client|customer)(?:s|'s|s')? (?:\w+ )?(?:integration|script|app|system)|"
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
                  r"(?: probleem)?) (?:\w+ ){0,2}(?:mit|with|avec|con|com|met) (?:seinem|seiner|ihrem|ihrer|his|her|"
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
                  r"societa sorella|sister company|for us (?:\+|&)|not only us|not just us|separate teamflow customer|"
                  r"another teamflow customer|(?:their|its) own (?:token|api key|key|integration|account)|"
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
                  r"(?:two|three|several|multiple|other|zwei|drei|deux|trois|dos|tres|duas|due|tre|twee|drie) "
                  r"(?:\w+ )?(?:customers|clients|kunden|clientes|clienti|klanten|companies|integrations|firmen|"
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
                r"alleen (?:als|met|op)\b", guard="hypo", negatable=False, name="OUT5-edge-text"),
    rule("OUT1", STUCK_SCREEN, doc_need=OTHERS_TOO,
         unless=RESOLVED + r"|bright white screen|white screen is (?:a lot|too bright|harsh)|"
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
         doc_unless=OWN_CONNECTION_DOWN + r"|" + EVENTUALLY_LOADS + r"|(?:nobody|no one) has got into|nobody got into|"
                    r"not a security issue|"
                    r"(?:you|we) (?:were|have|was) not (?:been )?charged|"
                    r"(?:my )?colleagues (?:\w+ ){0,8}"
                    r"(?:fine|normally|without (?:any )?problems?)|(?<!fine \()(?<!fine, )everything else works|"
                    r"went wrong (?:on|"
                    r"with) (?:your|"
                    r"the) (?:billing|invoic\w*|payment|charg\w*)|went wrong (?:on your (?:end|side) )?with "
                    r"(?:\w+'?s? )?(?:bills?|invoices?|charges?|payments?)",
         guard="hypo", negatable=False, name="OUT1-everyone-stuck"),
    rule("LEG1", LAW_FIRM, need=_HANDED, unless=COUNSEL_QUESTION, name="LEG1-law-firm"),
    rule("LEG1", RESERVE, need=r"schritte|action|rights|droit|derecho|direito|diritt|recht|steps|measures|"
         r"mesures|medidas|misure|maatregelen|legal|juridi|rechtlich|legali|gerechtelijk", name="LEG1-reserve"),
    rule("LEG1", COURT, need=_TO_COURT, unless=r"court order|ordonnance|orden judicial|gerichtsbeschluss|"
         r"ordem judicial|ordine del|gerechtelijk bevel|basketball|tennis|food court|courtesy|"
         r"(?:do|does|have|has) (?:you|teamflow)|pour (?:notre|un|une|nos) clients?|for (?:our|a) clients?|"
         r"para (?:nuestro|un) cliente|"
         r"fur (?:unseren|einen) (?:mandanten|kunden)|per (?:il nostro|un) cliente|voor (?:onze|een) klant|"
         r"rendez-vous", name="LEG1-court"),
    rule("LEG3", PROCEEDING, doc_need=_ASKS_RECORDS,
         unless=r"e-akte|mapping|\bfield\b|\bfeld\b|von hand|schnittstelle|interface|"
                r"(?:we|i) (?:have |already )?(?:filed|made|reported)|"
         r"police report (?:was|has been) filed|(?:do|does|how) (?:you|teamflow) (?:\w+ )?(?:handle|respond|"
         r"process|comply)", name="LEG3-proceeding-asks"),
    rule("LEG4", ERASE, need=ABOUT_ME, unless=r"how (?:do|can)|(?:delete|remove|erase) (?:a|the|this|that|one|"
         r"some|old|duplicate) (?:task|project|board|comment|file)|what happens|\?|"
         # "heute früh waren alle meine Daten gelöscht": a deletion that happened is a loss, not an erasure request
         r"\b(?:waren|wurden|sind|war|wurde|were|was|have been|has been|got|fueron|han sido|ont ete|a ete|foram|"
         r"sono stati|zijn) (?:\w+ ){0,5}(?:geloscht|deleted|erased|wiped|borrad\w*|eliminad\w*|supprime\w*|"
         r"efface\w*|apagad\w*|cancellat\w*|eliminat\w*|verwijderd)\b(?! (?:werden|worden|to be))",
         name="LEG4-about-me"),
    rule("LEG5", OUR_WORK, need=_NOT_THEIRS, unless=r"how (?:do|can)|read (?:out|aloud|back)|reporter|journalist|"
         r"(?:isn'?t|not) public|(?:change|remove|add|upload|update|replace) "
         r"(?:our |the |my )?(?:logo|name)\b|white[- ]?label|custom branding|\?|branded (?:version|portal|domain|app|"
         r"instance|site)|custom domain|inspec\w*|view[- ]source|page source|da pagina|de la page|der seite|"
         r"\bopen(?:s|ed)? as\b|scrambled|garbled|corrupt|won'?t open|no other cop(?:y|ies)|under our own name|"
         r"(?:with|see) our logo and colou?rs",
         # a private list published by a stranger "word for word" is a breach, not a copied work
         doc_unless=r"private (?:board|list|project)|only (?:the )?(?:\w+ ){0,4}(?:can|could) see",
         name="LEG5-our-work"),
)
