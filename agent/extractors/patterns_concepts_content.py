"""Concept rules for Security & Data Incidents, part two: what happened to the data and the pages.

Here the customer describes the effect, not the cause: every title reads "undefined", a board is
empty that was full yesterday, a password arrives in plain text, a task title pops up a script
window, a look-alike page asks for sign-ins, or what was promised about their data is not what
happens. Same shape and guards as ``patterns_concepts`` (who got in).
"""

from __future__ import annotations

from .attack_words import BECOMES_ADMIN as BECOMES_ADMIN
from .attack_words import DATABASE_SHOWS as DATABASE_SHOWS
from .attack_words import EXECUTED as EXECUTED
from .attack_words import FOREIGN_PLACE as FOREIGN_PLACE
from .attack_words import HARVEST as HARVEST
from .attack_words import LOOKALIKE as LOOKALIKE
from .attack_words import ORG_PLACE as ORG_PLACE
from .attack_words import RAN_AS_CODE as RAN_AS_CODE
from .attack_words import STRAY_QUOTE as STRAY_QUOTE
from .lexicon import DATA_NOUN, FILTER_MAY_HIDE, Rule, rule, words

#: A secret shown in the clear where anyone can read it.
CLEAR_SECRET = words(
    "password|passwort|mot de passe|contrasena|senha|wachtwoord|kennwort|token|api key|verification code|"
    "code de verification|codigo de verificacion|bestatigungscode|codigo de verificacao|codice di verifica|"
    "verificatiecode|any code|any number|qualsiasi|n'importe quel|cualquier|jeden beliebigen|qualquer|elke code|"
    "jeton|cle d'api|cle api|clave de api|clave api|api-schlussel|api-key|api key|chave de api|chiave api|"
    "api-sleutel|secret key|access token|client secret|sk_live|secret_key|chave secreta|chave de acesso|"
    "clave secreta|cle secrete|geheimer schlussel|geheimen schlussel|geheime schlussel|chiave segreta|geheime sleutel|"
    "access key|aws key|private key|"
    "cle privee|clave privada|chave privada")
_IN_CLEAR = (r"in (?:the )?(?:text|body|email|e-mail|mail|url|clear)|plain ?text|clear ?text|im klartext|"
             r"im text|in der (?:e-?mail|mail|url)|en clair|dans l'e-?mail|dans le (?:mail|courriel)|"
             r"en (?:texto plano|claro|el correo)|no (?:e-?mail|corpo)|em texto|in chiaro|nella (?:mail|e-?mail)|"
             r"in (?:de )?(?:mail|e-?mail)|leesbaar|readable|lesbar|lisible|legible|accepts? any|akzeptiert|"
             r"accepte|acepta|aceita|accetta|accepteert|six digits|sechs|six chiffres|seis digitos|sei cifre|"
             r"zes cijfers|page source|source code|javascript|\bbundle\b|view-source|code source|quelltext|"
             r"seitenquelltext|"
             r"codigo fuente|codigo-fonte|codice sorgente|broncode|<script|public page|page publique|pagina publica|"
             r"offentlichen seite|pagina pubblica|openbare pagina|main\.js|\.js\b|developer tools|devtools|"
             r"ferramentas de desenvolvedor|herramientas de desarrollador|outils de developpement|entwicklertools|"
             r"strumenti per sviluppatori|ontwikkelaarstools|qualquer pessoa|cualquier persona|n'importe qui|"
             r"anyone (?:who|can|with)|jeder (?:kann|der)|chiunque|iedereen")
#: Everything now reads as garbage or as a default, where real content used to be.
GARBLED = words(
    "simbolos raros|symboles bizarres|seltsame zeichen|simbolos estranhos|simboli strani|rare tekens|"
    "simbolos esquisitos|caracteres esquisitos|a£o|a§a|a§o|"
    "caracteres illisibles|caracteres ilegibles|unleserliche zeichen|caracteres ilegiveis|caratteri illeggibili|"
    "onleesbare tekens|unreadable characters|"
    # text read in the wrong encoding ("Ã«â€™Ã©â€" folds to "a«a€™a©a€"), and junk said in so many words
    "a€™|a€œ|a€|a©a|a«a|rommel zoals|alleen nog rommel|junk like|junk characters|basura como|caracteres basura|"
    "strange symbols|weird symbols|weird characters|got scrambled|all scrambled|been scrambled|"
    "1970-01-01|unix-epoch|unix epoch|nullwerte|null values|crazy number|crazy numbers|4,294,967,295|4294967295|"
    "nonsense numbers|absurd numbers|numeros raros|"
    "chiffres absurdes|unsinnige zahlen|numeros estranhos|numeri assurdi|onzinnige getallen|"
    "undefined|null$|nan$|[object|question marks|points d'interrogation|signos de interrogacion|"
    "fragezeichen|pontos de interrogacao|punti interrogativi|vraagtekens|gibberish|random characters|"
    "caracteres raros|caracteres bizarres|kauderwelsch|zeichensalat|caracteres estranhos|caratteri strani|"
    "komische zeichen|komischen zeichen|seltsame zeichen|seltsamen zeichen|merkwurdige zeichen|"
    "merkwurdigen zeichen|strange characters|vreemde tekens|caracteres extranos|caracteres etranges|"
    "rare tekens|0:00|00:00|1970|lorem ipsum|to zero|went to zero|set to zero|reset to zero|dropped to zero|"
    "auf null|a zero|a cero|naar nul|op nul|few bytes|"
    "wenige bytes|quelques octets|pocos bytes|poucos bytes|pochi byte|paar bytes|0 bytes|replaced by|"
    "replaced with|remplace par|remplaces par|"
    "remplacees par|reemplazad|ersetzt durch|substituid|sostituit|vervangen door")
_EVERY = (r"\b(?:all|every|each|everywhere|whole|entire|tous|toutes|partout|todos|todas|en todas partes|alle|allen|"
          r"aller|alles|jede[mnrs]?|three|months|weeks|nos dossiers|our files|nuestros archivos|unsere dateien|"
          r"uberall|samtliche|todo|tudo|em todo|tutti|tutte|ovunque|overal|allemaal|elk|elke|al (?:onze|mijn|de))\b|"
          # a count of many: "bei rund 400 Aufgaben"
          r"\b(?:rund|ungefahr|etwa|about|around|roughly|some|environ|alrededor de|unas|cerca de|circa|ongeveer) "
          r"\d{2,}\b|\b\d{3,} (?:tasks|aufgaben|taches|tareas|tarefas|attivita|taken|cards|karten)\b")
#: Yesterday there was content, today there is none, and nobody removed it.
EMPTY_NOW = words(
    "empty|blank|vacias|vacios|vacia|vacio$|vide$|vides$|leer$|leere|vazias|vazios|vazia|vazio$|vuote|vuoti|vuota|"
    "0 ko|0 kb|0kb|0 bytes|0 octets|vuoto$|leeg|"
    "zero tasks|0 tasks|shows no tasks|show no tasks|no tasks at all|ninguna tarea|aucune tache|keine aufgaben|"
    "nenhuma tarefa|nessuna attivita|geen taken|geen enkele taak|sin ninguna tarjeta|sin ninguna tarea|"
    "sans aucune carte|sem nenhum cartao|senza nessuna scheda|ohne eine einzige karte|zonder een enkele kaart|"
    # "tinha os registos de 3 anos (perto de 400 cartões) e agora abre sem nada"
    "abre sem nada|abre sin nada|s'ouvre sans rien|offnet ohne inhalt|si apre senza niente|opent zonder iets|"
    # "se abre completamente en blanco. No hay ni una tarea"
    "en blanco|em branco|no hay ni una tarea|nem uma tarefa|pas une seule tache|keine einzige aufgabe|"
    "nemmeno un'attivita|geen enkele taak")
_WAS_FULL = (r"yesterday|before|last week|used to|previously|\w+ months? of (?:notes|work|tasks|cards|data)|"
             r"(?:registos|registros|dados|datos|cartoes|tarjetas|fiches|karten|schede|kaarten) de \d+ (?:anos|meses|"
             r"semanas)|(?:perto|cerca|pres) de \d{2,}|"
             # "Ahí teníamos todo desde marzo de 2025 ... casi dos años"
             r"teniamos todo desde|tinhamos tudo desde|avions tout depuis|hatten alles seit|avevamo tutto da|"
             r"hadden alles sinds|casi (?:dos|tres) anos|quase (?:dois|tres) anos|presque (?:deux|trois) ans|fast "
             r"(?:zwei|drei) jahre|quasi (?:due|tre) anni|bijna (?:twee|drie) jaar|"
             # "had afgelopen vrijdag nog ruim 600 kaarten ... Dit is twee jaar werk"
             r"(?:had|hatte|avait|habia|tinha|aveva) (?:\w+ ){0,4}(?:nog|noch|encore|todavia|ainda|ancora|still) "
             r"(?:\w+ )?\d{2,}|(?:twee|drie|two|three|zwei|drei|deux|trois|dos|tres|dois|due|tre) (?:jaar|years|jahre|"
             r"ans|anos|anni) (?:werk|of work|arbeit|de travail|de trabajo|de trabalho|di lavoro)|"
             # "Since your cleanup, every comment thread ... is empty ... (two years of client approvals)"
             r"\b(?:two|three|four|five|six|several|\d+) (?:months|weeks|years) of\b|since (?:your|the) (?:cleanup|"
             r"clean-up|migration|update|maintenance|import|fix)|"
             # "Non c'è più niente: i 60 e passa task ... ho guardato nel cestino e non c'è niente"
             r"non c'e piu (?:niente|nulla)|cestino (?:\w+ ){0,3}(?:niente|nulla)|\d+ e passa\b|caricat\w* da "
             r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)|"
             r"when it came back|ayer|antes|hier\b|avant|auparavant|gestern|vorher|"
             r"zuvor|ontem|ieri|prima|gisteren|eerder|voorheen|there (?:were|was) (?:about |around )?\d|"
             r"(?:habia|had|hatten|avait|tinha|c'erano|stonden) (?:unas |about |environ |etwa |cerca de )?\d|"
             r"had (?:about |around |roughly |over |some )?(?:two|three|four|five|six|several|\d+) (?:months|weeks|"
             r"years) of|every (?:single )?day|since (?:last night|this morning|yesterday)|anoche|la nuit derniere|"
             r"(?:tasks|cards|files)\s+[\d,]{3,}|the cards aren'?t|cards are gone|"
             r"hier soir|gestern abend|ontem a noite|ieri sera|gisteravond|last night|estaba todo|everything was "
             r"there|tout etait la|alles war da|estava tudo|c'era tutto|alles stond er|llevo \d+ meses|"
             r"depuis \d+ mois|seit \d+ monaten|ha \d+ meses|da \d+ mesi|al \d+ maanden|"
             # what used to be there, counted or dated, and the checks that rule out a filter or the bin
             r"(?:was|were) in (?:there|it)|(?:about|around|roughly|nearly|almost|over|some|circa|ca\.?|approx\.?|rund|"
             r"ungefahr|environ|unos|"
             r"unas|etwa|cerca de|ongeveer|ben) [\d.,]{2,}|\d+ (?:years?|ans?|annees|anos|jahre|anni|jaar|months|mois|"
             r"meses|monate|mesi|maanden) (?:of|de|d'|di|an|aan)\b|not in (?:the )?(?:trash|bin|recycle)|"
             r"nothing in (?:the )?(?:trash|bin)|(?:trash|bin) is empty|no filters?\b|not archived|"
             r"after (?:the |an? |this morning'?s? |last night'?s? )?(?:update|updating|sync|syncing|upgrade|"
             r"migration)")
#: Hostile content posted in the team's name (ads, spam, fake prize links).
HOSTILE_CONTENT = words(
    "advertising|advertisements|ads for|cheap watches|casino|viagra|claim your prize|gift card|"
    "publicidad|anuncios|publicite|werbung|reklame|publicidade|pubblicita|annunci$|reclame|advertenties|"
    # "200 nieuwe taken ... met de titel 'Gratis iPhone 17 – claim hier je prijs'"
    "claim hier je prijs|claim je prijs|reclama tu premio|reclame o seu premio|resgate seu premio|"
    "reclamez votre prix|reclamez votre cadeau|fordern sie ihren preis|holen sie sich ihren preis|"
    "riscatta il tuo premio|"
    "free iphone|gratis iphone|iphone gratis|iphone gratuit|kostenloses iphone|iphone gratuito")
_POSTED = (r"comment|post|task|message|board|full of|flood|everywhere|under (?:my|her|his|our|their)|in (?:my|her|"
           r"his|our|their) name|comentario|commentaire|kommentar|comentario|commento|opmerking|reactie|\btaken\b|"
           r"aangemaakt|tareas|taches|aufgaben|tarefas|attivita|titel|titulo|titre|titolo")
#: The company stated something about protecting data (contract, trust page, audit, sales promise) ...
PROMISED = words(
    "avevate detto|ci avevate detto|nos habian dicho|nos dijeron|vous nous aviez dit|sie hatten uns gesagt|"
    "voces tinham dito|jullie hadden gezegd|you had told us|you told us|"
    "auftragsverarbeitungsvertrag|verarbeitungsvertrag|vertrag sagt|avv sagt|verwerkersovereenkomst zegt|"
    "garanti|assicurat|promis|promess|promet|versproch|versprach|zugesagt|beloof|"
    "promised|assured|guaranteed|attested|told us|told our|you state|you claim|you say|"
    "trust page|trust center|security page|security whitepaper|your website says|your contract says|"
    "according to your|per your|your dpa says|your agreement says|agreement with us says|processing agreement|"
    "vous affirmez|vous nous avez garanti|vous avez garanti|vous nous avez assure|vous avez promis|selon votre|"
    "d'apres votre|votre contrat|garantizaron|aseguraron|nos aseguraron|prometieron|segun su|su informe|"
    "su contrato|certificaron|laut ihrem|laut ihren|laut ihrer|laut vertrag|sie haben zugesichert|zugesichert|"
    "garantiert|versprochen|attestiert|ihr vertrag|voces garantiram|garantiram|prometeram|"
    "segundo o seu|segundo o vosso|de acordo com o seu|o vosso contrato|certificaram|avete garantito|"
    "ci avete assicurato|avete promesso|secondo il vostro|il vostro contratto|"
    "jullie hebben verklaard|hebben verklaard|verklaard|beloofd|gegarandeerd|toegezegd|volgens jullie|"
    "volgens uw|jullie contract|contract says|contract states|agreement says|contrato dice|notre contrat|"
    "unser vertrag|nosso contrato|nostro contratto|ons contract|our contract|nuestro contrato|you confirmed|"
    "vous nous aviez confirme|vous aviez confirme|bestatigt|confirmaron|confirmaram|confermato|bevestigd|"
    "sales deck|stated that")
#: ... about data protection, security controls, location or retention ...
_DATA_PROMISE = (r"(?:customer|personal|patient|client|our|all|vos|nos|sus|nuestros|ihre|unsere|seus|nossos|"
                 r"vostri|nostri|onze|uw) (?:\w+ )?(?:data|content|donnees|datos|daten|dados|dati|gegevens)|"
                 r"encrypt|chiffr|cifrad|verschlussel|"
                 r"criptograf|cifrat|versleutel|second factor|two-factor|2fa|mfa|multi-factor|auditor|audit|"
                 r"soc ?2|\biso\b|stored|stay|kept|hosted|frankfurt|\beu\b|europ|delet|gelosch|loesch|supprim|borr|"
                 r"apag|cancellat|verwijder|logs?\b|registros|journaux|protokoll|retention|conserv|aufbewahr|"
                 r"bewaar|sub-?processor|verwerking|processing|traitement|tratamiento|verarbeitung|tratamento|"
                 r"trattamento|patient|dossier|health|sante|salud|gesundheit|saude|salute|gezondheid|"
                 r"\bdaten\b|\bdonnees\b|\bdatos\b|\bdados\b|\bdati\b|\bgegevens\b")
#: ... and the ticket says the practice is different.
_NOT_SO = (r"\bbut\b|however|mentre|whereas|alors que|wahrend|enquanto|terwijl|mientras|violiamo|violamos|violons|"
           r"verletzen|must not (?:happen|be)|mustn'?t|not allowed|"
           r"versto(?:ss|\u00df)|violation|violacion|violacao|violazione|schending|in breach of|"
           r"(?:broke|breaks|broken) (?:the |your |that )?promise|in practice|actually|in fact|in reality|not what|"
           r"isn'?t what|is not what|"
           r"contrary|\byet\b|\bstill\b|\bmais\b|en realite|en pratique|ce n'est pas|pourtant|\bpero\b|"
           r"sin embargo|en realidad|en la practica|no es lo que|\baber\b|jedoch|trotzdem|tatsachlich|"
           r"immer noch|noch immer|in der praxis|\bporem\b|\bmas\b|na pratica|na verdade|ainda|nao e o que|"
           r"\bor,? (?:les|la|le|l'|nous|on|il|elle|ce)\b|\bma\b|readable by anyone|leggibili da chiunque|"
           r"lisibles? par (?:tous|n'importe qui)|legibles? por cualquiera|legive(?:l|is) por qualquer|"
           r"fur alle lesbar|leesbaar voor iedereen|\bpero\b|invece|in realta|in pratica|ancora|"
           r"non e quello|\bmaar\b|toch|in de praktijk|"
           r"eigenlijk|nog steeds|niet wat|en clair|im klartext|in plain ?text|en texto plano|em texto simples|"
           r"in chiaro|onversleuteld|unencrypted|no (?:code|prompt|second)|nur (?:mit )?(?:dem )?passwort|"
           r"just (?:the |a )?password|only (?:the |a )?password")

CONCEPT_CONTENT: tuple[Rule, ...] = (
    # "212 tasks on Friday, this morning it shows 97", with the usual explanations ruled out
    rule("SEC4", words("trash is empty|nothing in the trash|nothing in the bin|bin is empty|archive is empty|"
                       "so is the trash|nobody on the team removed|nobody deleted|no one deleted|"
                       "nobody on the team deleted|none of us deleted|papelera esta vacia|corbeille est vide|"
                       "papierkorb ist leer|lixeira esta vazia|cestino e vuoto|prullenbak is leeg|"
                       # "Nel cestino non c'è niente, non ci sono filtri attivi"
                       "nel cestino non c'e niente|nel cestino non c'e nulla|en la papelera no hay nada|"
                       "dans la corbeille il n'y a rien|im papierkorb ist nichts|na reciclagem nao ha nada|"
                       "in de prullenbak staat niks|in de prullenbak staat niets"),
         doc_need=r"\b(?:c'erano|habia|il y avait|waren|havia|there were|er waren) (?:piu di |mas de |plus de |uber |"
                  r"mais de |more than |meer dan )?\d{2,}\b|"
                  r"(?:mostra|muestra|affiche|zeigt|toont|shows?) \d+ (?:attivita|tareas|taches|aufgaben|tarefas|taken|"
                  r"tasks|cards)\b[^\n]{0,80}\b(?:erano|eran|etaient|waren|eram|were|had) (?:\w+ )?\d{2,}|"
                  r"\b\d{2,}\b (?:\w+ ){0,3}(?:tasks|cards|items|files|entries|tareas|taches|aufgaben|tarefas|attivita|"
                  r"taken|karten|kaarten|tarjetas|cartes|cartoes|schede)\b(?:[^.!?]{0,120}[.!?,;]){0,2}[^.!?]{0,80}\b"
                  r"(?:shows?|has|now|only|left|muestra|affiche|zeigt|noch|nog|solo|seulement|apenas|"
                  r"mostra|toont)\b[^.!?]{0,20}\b\d+\b|\b\d{2,}\b (?:\w+ ){0,2}(?:tasks|cards|items|files|entries)\b"
                  r"[^.!?\n]{0,40},? (?:and )?(?:only )?\d+ (?:this morning|today|now)",
         unless=r"how (?:do|can)|\?", negatable=False, guard="hypo", name="SEC4-count-dropped"),
    rule("SEC1", words("comments come from|comments came from|messages come from|messages came from|posts come from|"
                       "were posted from|was posted from|from her login|from his login|from her account|"
                       "from my account,|"
                       "from his account|from their login|from their account|posted from|from my colleague|"
                       "supposedly from|allegedly from|apparently from|"
                       "from our colleague|from my coworker|posted as a comment by|by her user|by his user|"
                       "do nosso colega|da nossa colega|de notre collegue|de nuestro companero|de nuestra companera|"
                       "von unserem kollegen|von unserer kollegin|dal nostro collega|dalla nostra collega|"
                       "van onze collega|"
                       "from her user|from his user|dall'utente di|dall'account di|desde el usuario de|"
                       "desde la cuenta de|con el usuario de|depuis le compte de|avec le compte de|par le compte de|"
                       "vom konto von|uber das konto von|mit dem konto von|pela conta de|do usuario de|"
                       "com o usuario de|vanaf het account van|via het account van|met het account van|"
                       "vom konto unserer|vom konto unseres|vom konto meiner|vom konto meines|von ihrem konto|"
                       "von seinem konto|desde la cuenta de nuestra|desde la cuenta de nuestro|"
                       "depuis le compte de notre|da conta da nossa|da conta do nosso|dall'account della nostra|"
                       "dall'account del nostro|vanaf het account van onze|"
                       # "des commentaires signes de mon nom ... postes cette nuit vers 2h alors que je dormais"
                       "signes de mon nom|signes avec mon nom|avec mon nom|en mon nom|con mi nombre|en mi nombre|"
                       "mit meinem namen|in meinem namen|com o meu nome|em meu nome|a mio nome|con il mio nome|"
                       "met mijn naam|in mijn naam|in my name|with my name|under my name|signed with my name|"
                       # "des invitations TeamFlow envoyees depuis le compte de Sophie, notre comptable"
                       "depuis le compte de|desde la cuenta de|dall'account di|vanaf het account van|da conta de|"
                       # "vanaf haar account 150 taken aangemaakt"
                       "vanaf haar account|vanaf zijn account|depuis son compte|desde su cuenta|von ihrem konto|"
                       "von seinem konto|dal suo account|da conta dela|da conta dele|from her account|"
                       "from his account|"
                       # "new comments ... all posted overnight ... under Mark Ellison's name"
                       "all posted overnight|posted overnight|posted during the night|under his name|under her name|"
                       "got comments on their tasks from|comments on their tasks from|comments on our tasks from|"
                       # "een opmerking van onze directeur ... Ruud zit in Thailand op vakantie"
                       "een opmerking van onze|een bericht van onze|un commento del nostro|un commento della nostra|"
                       "un comentario de nuestro|un comentario de nuestra|un commentaire de notre|"
                       "ein kommentar unseres|ein kommentar unserer|um comentario do nosso|um comentario da nossa|"
                       "a comment from our|"
                       # "les llegó desde mi usuario un comentario ... Yo no escribí eso"
                       "desde mi usuario|con mi usuario|desde mi cuenta|con mi cuenta|depuis mon compte|"
                       "avec mon compte|von meinem konto|mit meinem konto|da minha conta|com a minha conta|"
                       "do meu usuario|com o meu usuario|dal mio account|con il mio account|vanaf mijn account|"
                       "met mijn account|from my user|les llego de mi usuario|le llego de mi usuario|"
                       # "un comentario que les ha llegado de 'Lucía Arrieta'" (subject: "comentarios de la cuenta de")
                       "comentario que les ha llegado de|comentario que le ha llegado de|comentarios de la cuenta de|"
                       "commentaires du compte de|kommentare vom konto|comentarios da conta de|"
                       "commenti dall'account di|vanuit het account van|vanaf het account van|"
                       "reacties van het account van"),
         need=r"comments?|messages?|posts?|notifications?|come|came|sent|posted|written|asking|renamed|changed|edited|"
              r"deleted|comentario|commentaire|kommentar|commento|opmerking|reactie|publicad|publie|veroffentlicht|"
              r"pubblicat|gepost|geplaatst|enviad|envoye|gesendet|inviat|verstuurd|happened|"
              # "Rare taken vanaf het account van onze planner": tasks created in her name
              r"aangemaakt|\bcreated\b|creadas?\b|creees?\b|erstellt|criadas?\b|creat[ie]\b|\btaken\b|\btasks\b|"
              r"\btareas\b|\btaches\b|aufgaben|tarefas|attivita",
         doc_need=r"holiday|vacation|beach|on (?:parental |maternity |paternity |sick |medical )?leave|no laptop|"
                  # "ligt sinds vorige week in het ziekenhuis"
                  r"in (?:the )?hospital|hospitali[sz]ed|en el hospital|a l'hopital|im krankenhaus|no hospital|"
                  r"in ospedale|in het ziekenhuis|"
                  r"asleep|off work|not at work|sick leave|away all week|on a (?:flight|plane)|in the air|"
                  r"(?:didn'?t|did not|never) (?:write|send|post)|dormiva|dormia|dormait|schlief|dormindo|sliep|"
                  r"dormais|dormivo|i was sleeping|i slept|lag (?:hij |zij |ze )?(?:\w+ )?te slapen|en conge|"
                  r"(?:niks|niets) gedaan|ordinateur est eteint|"
                  r"geschlafen|n'a rien envoye|(?:hab|habe) ich nicht (?:verschickt|gesendet|geschickt)|"
                  r"(?:niks|niets) geplaatst|n'ai rien envoye|je n'ai rien (?:envoye|ecrit|poste)|"
                  r"no he enviado nada|habe nichts (?:gesendet|geschickt)|nao enviei nada|non ho inviato nulla|"
                  r"heb niets (?:verstuurd|gestuurd)|"
                  r"durmiendo|a dormir|en vacaciones|in vacanza|en vacances|im urlaub|de ferias|op vakantie|in ferie|"
                  r"de vacaciones|sin portatil|sem portatil|sans (?:son )?ordinateur|ohne laptop|senza portatile|"
                  r"zonder laptop|no ha escrito nada|"
                  r"non l'ha scritto|no lo escribio|ne l'a pas ecrit|nicht geschrieben|nao escreveu|niet geschreven|"
                  r"vuelo|en vol\b|im flugzeug|no voo|in volo|in het vliegtuig|sin conexion|sans connexion|"
                  r"ohne verbindung|sem ligacao|senza connessione|zonder verbinding|no ha escrito|n'a rien ecrit|"
                  r"nichts geschrieben|non ha scritto|niets geschreven|(?:yo )?no escribi|no lo escribi|"
                  r"je n'ai pas ecrit|(?:ich )?habe das nicht geschrieben|eu nao escrevi|non l'ho scritto|"
                  r"ik heb dat niet geschreven",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-login-used-while-away"),
    # a window that opens for a colleague from a task title: "ging bei IHR ein Fenster auf ... ihr Cookie"
    rule("SEC2", words("ging bei ihr ein fenster auf|ging bei ihm ein fenster auf|ging ein fenster auf|"
                       "se abrio una ventana|une fenetre s'est ouverte|abriu-se uma janela|si e aperta una finestra|"
                       "ging er een venster open|a window popped up|a little window popped up|a box popped up"),
         doc_need=r"onerror|<img|<script|javascript|spitzen klammern|angle brackets|chevrons|html|cookie|session|"
                  r"sitzung",
         unless=r"how (?:do|can)|\?", negatable=False, guard="hypo", name="SEC2-markup-runs-for-a-colleague"),
    # "auf der Seite sollten sie dann ihr Microsoft Passwort eingeben. Peter hat das nicht verschickt"
    rule("SEC3", words("microsoft passwort eingeben|ihr passwort eingeben|enter their microsoft password|"
                       "enter their password|saisir leur mot de passe|introducir su contrasena|inserir a sua senha|"
                       "inserire la loro password|hun wachtwoord invullen"),
         doc_need=r"nicht verschickt|nicht gesendet|didn'?t send|did not send|n'a pas envoye|no (?:lo )?envio|"
                  r"nao enviou|"
                  r"non ha inviato|niet verstuurd|ohne laptop|im zug|im urlaub|on holiday|en vacances|de vacaciones",
         unless=r"how (?:do|can)|\?", negatable=False, guard="hypo", name="SEC3-password-asked-in-their-name"),
    # a payment-details lure sent in the firm's name: "asking them to 're-verify payment details' through a link"
    rule("SEC3", words("re-verify payment details|reverify payment details|re-verify their payment|"
                       "verify their payment details|"
                       "confirm their bank details|confirm your bank details|confirm their payment details"),
         need=r"link|site|page|message|comment|e-?mail",
         doc_need=r"(?:we|i) (?:didn'?t|did not|never)|(?:wasn'?t|was not|not) (?:us|me)|holiday|switched off|"
                  r"hasn'?t touched|none of us",
         unless=r"how (?:do|can)", negatable=False, guard="hypo", name="SEC3-payment-details-lure"),
    # a fake sign-in page: "ein Link auf eine Seite, die genauso aussieht wie die Microsoft-Anmeldung"
    rule("SEC3", words("genauso aussieht wie die|genau so aussieht wie die|aussieht wie die microsoft|"
                       "looks exactly like the microsoft|looks just like the microsoft|looks exactly like our|"
                       "looks like a microsoft|what looks like a microsoft|looks like the microsoft|"
                       "looks almost exactly like our|imite la connexion|imite la page de connexion|"
                       "imita el inicio de sesion|imita la pagina de inicio|imita o login|imita a pagina de login|"
                       "imita il login|imita la pagina di accesso|lijkt precies op de inlog|"
                       "net als de microsoft-inlog"),
         need=r"link|seite|page|pagina|pagine|site|passwor|wachtwoord|contrasena|senha|mot de passe|anmeldung|login|"
              r"connexion|inicio|accesso|inlog|payroll|bank",
         unless=r"how (?:do|can)|\?|(?:our|the) (?:own |real |official )?(?:login|sign-in) page looks", negatable=False,
         guard="hypo", name="SEC3-look-alike-sign-in-page"),
    # a phishing link posted in a colleague's name: "zijn salarisgegevens bevestigen via deze link"
    rule("SEC3", words("via deze link|via ce lien|via this link|uber diesen link|tramite questo link|por este link|"
                       "en este enlace|a traves de este enlace|via este link|through this link|using this link"),
         need=r"bevestig|confirm|bestatig|conferm|verif|controleer|log ?in|inloggen|password|wachtwoord|gegevens|"
              r"salar|\bbank|iban|datos|donnees|daten|dados|dati",
         doc_need=r"(?:niks|niets|nothing|nichts|rien|nada|niente) (?:\w+ )?(?:geplaatst|posted|gepostet|poste|"
                  r"publicado|pubblicato|gestuurd|sent)|(?:didn'?t|did not|never|niet|nicht|pas|no|nao|"
                  r"non) (?:\w+ ){0,3}"
                  r"(?:post|geplaatst|gepostet|poste|publicado|pubblicato|send|sent|gestuurd|geschickt)|op vakantie|"
                  r"on holiday|on vacation|en vacances|de vacaciones|im urlaub|de ferias|in vacanza",
         unless=r"how (?:do|can)|\?", negatable=False, guard="hypo", name="SEC3-link-posted-in-their-name"),
    # told as a repeatable test ("if I type a quote, the page shows ..."): the "if" is no hypothetical here
    rule("SEC2", STRAY_QUOTE, doc_need=DATABASE_SHOWS,
         unless=r"how (?:do|can)|(?:our|my) own (?:database|server|app)",
         negatable=False, guard="none", name="SEC2-quote-shows-the-database"),
    rule("SEC2", BECOMES_ADMIN, need=r"guest|viewer|invitad|invite|gast|convidad|ospite|reader|read-only|lecture|"
         r"lectura|leser|leitura|lettura|lezer|request|role|\brol\b|rolle|papel|ruolo|value|valeur|valor|wert|valore|"
         r"waarde",
         unless=r"how (?:do|can)|\?|(?:want|need|like) to (?:make|promote|give)|(?:we|i) (?:promoted|made|gave)",
         negatable=False, name="SEC2-becomes-admin"),
    rule("SEC1", FOREIGN_PLACE, need=ORG_PLACE, unless=r"never heard of teamflow|who teamflow is|"
                r"how (?:do|can)|\?|(?<!n'a )\b(?:invite|add|share)\b|"
                r"\b(?:charges?|debits?) (?:\w+ )?on (?:my|our|the) (?:\w+ )?(?:card|statement|bank)|"
         r"(?:card|bank) statement|(?:don'?t|do not) know (?:what|how|who|where|why|if|"
         r"whether|when|which)", negatable=False,
         name="SEC1-inside-unknown-org"),
    rule("SEC2", words("window popping up|window pops up|popping up|pops up saying|little window|box pops up|"
                       "box popping up|popup saying|pop-up saying|box popped up|window popped up|popped up on|"
                       "pop-up box|popup box|box appeared|box saying"),
         also=r"\b(?:every|each|anyone|everyone|whoever|all)\b",
         doc_need=r"(?:typed|entered|put|wrote|pasted|inserted)\b[^.!?]{0,90}(?:comment|title|description|field|name|"
                  r"task)",
         unless=r"how (?:do|can)|\?|session|expired|cookie|update available|install", negatable=False,
         name="SEC2-text-that-runs"),
    rule("SEC2", RAN_AS_CODE, need=EXECUTED, also=r"title|name|nomm|comment|field|description|task|tache|tarea|"
         r"aufgabe|tarefa|attivita|taak|titre|titel|titolo|"
         r"titulo|nombre|commentaire|kommentar|commento|comentario|opmerking|veld|campo|champ|feld|search|"
         r"recherche|suche|ricerca|busca|zoek|opened|opens|ouvert|abrio|geoffnet|aperto|abriu|geopend|profile|perfil|"
         r"profil|profilo|profiel|avatar|image|imagen|photo|foto|svg|upload|file|archivo|fichier|datei|arquivo|"
         r"bestand|abre|ouvre|offnet|apre|opent",
         # a wish to print a QR code on a label: "poter stampare ... un'etichetta con codice QR"
         unless=r"how (?:do|can)|\?|embed|(?:our|my) (?:own )?(?:script|code)|zapier|automation|"
                r"\b(?:codice|codigo|code|qr)[ -]qr\b|\bqr[ -]?(?:code|codes|codigo|codice)\b|barcode|bar code|"
                r"codice a barre|codigo de barras|code-barres|strichcode|streepjescode|codigo de barra",
         name="SEC2-ran-as-code"),
    rule("SEC3", LOOKALIKE, need=HARVEST,
         unless=r"how (?:do|can)|\?|(?:asking|ask|asked|wonder\w*) (?:\w+ )?(?:if|whether) (?:it'?s|it is|this is|"
                r"that'?s)",
         negatable=False, name="SEC3-lookalike-page"),
    rule("SEC3", HOSTILE_CONTENT, need=_POSTED, unless=r"how (?:do|can)|our (?:own )?(?:ads|advertising) "
         r"(?:campaign|team|agency)|(?:plan|planning|schedule) (?:\w+ )?(?:ads|advertising)|"
         # Brazil's complaints site, not Dutch "reclame" (advertising)
         r"reclame ?aqui|"
         # Italian "casino" is a mess: "lo facciamo con task ed etichette ma è un casino"
         r"\b(?:e|era|sarebbe|diventa|che|un gran|un bel|un vero) (?:(?:proprio|davvero) )?(?:un )?casino\b",
         name="SEC3-hostile"),
    rule("SEC2", words("document.cookie|onerror|<script|javascript:|session cookies|session cookie|cookies de session|"
                       "cookie de session|sitzungscookie|sitzungs-cookie|cookies de sesion|cookies de sessao|"
                       "cookie di sessione|sessiecookies"),
         need=r"anyone|anybody|everyone|n'importe qui|chaque personne|tout le monde|cualquiera|cualquier persona|"
              r"jeder|jede person|qualquer|chiunque|iedereen|steal|voler|recuperer|robar|stehlen|roubar|rubare|"
              r"stelen|execut|runs?\b|ejecuta|ausgefuhrt|esegue|uitgevoerd|popup|pop-up|fenetre|window|alert|"
              r"ventana|fenster|janela|finestra|venster|sessions? des autres|other (?:people|users)'?s? sessions?",
         unless=r"how (?:do|can)|(?:clear|delete|accept|block|enable|disable)\w* (?:the |my |our )?"
                r"(?:session )?cookies",
         # test strings the product handled as it should: "the UI shows them as literal text, as it should"
         doc_unless=r"(?:shows?|displays?|renders?) (?:them|it|those) as (?:literal |plain )?text|escaped (?:correctly|"
                    r"properly)|(?:stored|handled) (?:them|it) fine",
         name="SEC2-script-runs"),
    rule("SEC2", CLEAR_SECRET, need=_IN_CLEAR,
         unless=r"how (?:do|can)|forgot|reset (?:my|the) password\b(?![^.!?]*(?:contains|enthalt|contient|"
                r"contiene|contem|bevat|includes|shows|zeigt))|password manager|(?:do|does|will|would) "
                r"(?:you|it|the)\b[^.!?]*\?|\?|anyone with (?:admin|owner|administrator|manager)\w* (?:rights|role|"
                r"access|permissions?)|admins? can|"
                # a sign-in that fails for one user: "the 6-digit code ... is rejected every single time"
                r"rejected|invalid code|(?:isn'?t|is not|not) a security (?:thing|issue|"
                r"problem)|"
                # an integration's error: 'le doy a aceptar y sale "Google Calendar: token invalid (401)"'
                r"\btoken (?:invalid|invalido|expired|expirado|scaduto|abgelaufen|ungultig|error)|invalid token|"
                r"\b401\b|doy a aceptar|clic (?:en|sur) (?:aceptar|accepter)", name="SEC2-secret-in-clear"),
    rule("SEC4", GARBLED, need=_EVERY,
         also=DATA_NOUN + r"|pdfs?\b|attachments?|uploads?\b|uploaded|drawings?|scans?\b|scannes|actes|dossiers|"
              r"fichiers|pieces jointes|contracts?\b|description|"
              r"title|titre|titulo|titel|titolo|date|fecha|datum|data|scadenz|echeance|numbers|counts|quantit|"
              r"vencimiento|falligkeit|vencimento|deadline|hours|stunden|heures|horas|ore\b|uren|zeiten|times|"
              r"temps|tempo|tijd|commentaires|comments|kommentare|comentarios|commenti|opmerkingen|assignees|"
              r"responsabili|responsables|verantwortlich|zeiterfassung|time tracking|timesheet",
         unless=r"how (?:do|can)|(?:i|we|our \w+) (?:have |had )?(?:\w+ )?(?:replaced|changed|renamed|remplace|"
                r"reemplaz|ersetzt|substitu|sostitu|vervang)|find and replace|(?:want|like|need) to "
                r"(?:replace|change)|template|placeholder|\?|"
                # "the Gantt view shows all the bars on 1 Jan 1970": the chart draws wrong, the dates may be fine
                r"(?:view|gantt|timeline|chart)\b[^.!?]{0,40}\bshows?\b[^.!?]{0,30}\bbars?\b",
         # only the exported file is garbled, the data in the app is intact: an export bug
         doc_unless=r"(?:dans teamflow|in teamflow|en teamflow|no teamflow) (?:les |the |los |die |os |i |"
                    r"de )?(?:\w+ )?"
                    r"(?:s'affichent|display|se muestran|werden|aparecem|appaiono|worden) (?:\w+ )?(?:correctement|"
                    r"correctly|correctamente|korrekt|corretamente|correttamente|correct)|"
                    r"(?:in teamflow|in the app|in der app|dans l'appli|en la app|no app|nell'app|in de app)"
                    r"(?: selbst| itself| meme| misma| mesmo| stesso| zelf)? (?:ist|is|est|esta|e) (?:alles |"
                    r"everything |"
                    r"tout |todo |tudo |tutto |alles )?(?:korrekt|correct|fine|ok|intact|corret[oa]|intatt[oa])|"
                    r"(?:daten|data|donnees|datos|dados|dati|gegevens) (?:sind|are|is|sont|estan|estao|sono|zijn) "
                    r"(?:\w+ )?(?:unverandert|unchanged|intact|inchangees|intactos|intactos|intatti|ongewijzigd)",
         name="SEC4-garbled"),
    # "all the Russian text became '??????'": the text itself turned into placeholders
    rule("SEC4", words("became|become|turned into|turn into|changed into|changed to|replaced with|replaced by|"
                       "now shows|se convirtio en|se convirtieron en|cambiaron a|est devenu|sont devenus|"
                       "transformes en|wurde zu|wurden zu|verwandelt in|virou|viraram|e diventato|sono diventati|"
                       "trasformati in|werd|werden|veranderd in|nur noch|solo quedan|il ne reste que|so restam|"
                       "ci sono solo|alleen nog|remplace par|remplacee par|remplaces par|remplacees par|"
                       "reemplazado por|"
                       "reemplazada por|ersetzt durch|substituido por|substituida por|sostituito da|sostituita da|"
                       "vervangen door"),
         need=r"(?:became|become|turned into|turn into|changed (?:in)?to|replaced (?:with|by)|now shows|convirtio en|"
              r"nur noch|"
              r"solo quedan|il ne reste que|so restam|ci sono solo|alleen nog|"
              r"convirtieron en|cambiaron a|devenus?|transformes en|wurden? zu|verwandelt in|virou|viraram|"
              r"remplacee?s? par|reemplazad[oa]s? por|ersetzt durch|substituid[oa]s? por|sostituit[oa] da|"
              # "les descriptions des commandes de la semaine sont devenues des ??????? partout"
              r"devenu\w*|convertid\w* en|transformad\w* em|transforme\w* en|"
              r"vervangen door|"
              r"diventat\w|trasformati in|werd|werden|veranderd in) (?:\w+ ){0,2}['\"]?(?:!{3,}|\?{3,}|question marks|"
              r"charabia|"
              r"gibberish|kauderwelsch|galimatias|garbage|onzin|"
              r"squares|boxes|kastchen|cuadraditos|petits carres|quadradinhos|quadratini|vierkantjes|(?:des )?carres|"
              r"cuadrados|quadrados|quadrati|vierkanten|"
              r"signos de interrogacion|points d'interrogation|fragezeichen|pontos de interrogacao|"
              r"punti interrogativi|vraagtekens)",
         also=_EVERY + r"|\d{3,}|notizen|notes|notas|aantekeningen|patient|pacient|pazient|karten|fiches?|recettes?|"
              r"recetas|receitas|ricette|texte|texto|\btext\b|testo|tekst",
         unless=r"how (?:do|can)|price|cost|invoice|bill|charge|total",
         name="SEC4-text-to-placeholders"),
    rule("SEC4", EMPTY_NOW, need=DATA_NOUN + r"|columns|columnas|colonnes|spalten|colunas|colonne|kolommen|chart|"
         r"schedule|gantt|timeline|calendar|planning|cronograma|zeitplan|tijdlijn|calendario|calendrier|"
         r"tableau|tablero|board|quadro|bord|lists?|listas|listes|listen|liste|lijsten|"
         # the board named in the sentence before: "está vazio", "è vuoto", "ist jetzt leer"
         r"\b(?:esta|ficou|estaba|quedo|est|ist|e|is) (?:agora |ahora |maintenant |jetzt |ora |nu )?(?:vazi[oa]|"
         r"vaci[oa]|vide|leer|vuot[oa]|leeg)\b|\bit'?s (?:now )?(?:completely |totally )?(?:empty|blank)\b|"
         r"\bit (?:now )?(?:opens|is|shows|"
         r"looks|loads|comes up) (?:\w+ )?(?:empty|blank)",
         doc_need=_WAS_FULL, unless=r"how (?:do|can)|new (?:board|project)|template|just created|other views work|"
                                    # "Criei um quadro novo ontem e ainda abre sem nada, é normal"
                                    r"quadro novo|novo quadro|nuevo tablero|tablero nuevo|nouveau tableau|neues board|"
                                    r"nuovo progetto|nieuw bord|acabei de criar|acabo de crear|gerade erstellt|"
                                    # the team archived it: "says 0 tasks, because we archived it on Friday"
                                    r"(?:we|i|wir|nous|hemos|abbiamo|wij) (?:\w+ )?archiv|because (?:we|i) archived|"
                                    r"appena creato|net aangemaakt|\bcriei\b|\bcree un\b|ho creato|"
                                    r"\b(?:es|e|c'est|ist|is) (?:normal|normale|normaal)\b|"
                                    r"for me since|just for me|views? (?:are|is|"
                                    r"works?) (?:fine|ok|normal)|date header|no bars|any bars|"
                                    # "the Gantt view ... just the task names down the left and an empty grid"
                                    r"empty (?:grid|chart|timeline)|"
                                    # the verb: "J'ai vidé le cache comme vous me l'avez indiqué"
                                    r"\bvide(?:r|e|es)? (?:le |la |les |mon |ma |mes )?(?:cache|historique|"
                                    r"cookies|corbeille)|"
                                    # a control of the page, not stored data: "the 'Assignee' dropdown ... is empty"
                                    r"drop-?down|picker|desplegable|deroulant|auswahlliste|dropdown-menu|tendina|"
                                    r"keuzelijst|keuzemenu|autocomplete|suggestions list|"
                                    r"(?:still )?loading|" + FILTER_MAY_HIDE + r"|\?|"
                                    # only the export is empty, unless it is missing there too ("y tampoco salen en
                                    # la exportación")
                                    r"^(?![^.!?]*(?:tampoco|either|non plus|auch nicht|tambem nao|nemmeno|neanche|"
                                    r"ook niet))[^.!?]*?(?:export|csv|xlsx|pdf)|"
                                    r"spreadsheet|download|\.(?:com|org|net|io)/\S*(?: \w+){0,4} empty|"
                                    r"report file|(?:fine|there|all there) in teamflow|(?:google|outlook|calendar) "
                                    r"(?:\w+ ){0,3}(?:stays|is|remains) empty|"
                                    r"(?:icon|badge|counter|bell)\b[^.!?]{0,20}\bempty|until (?:i|we|you|they) "
                                    r"(?:refresh|reload)|"
                                    r"empty (?:rooms?|classrooms?|offices?|seats?|desks?|houses?|"
                                    r"buildings?|shelves|stomachs?|chairs?|beds?|slots?)|"
                                    # the club's money: "de kas is leeg nu"
                                    r"\bkas is leeg|la caja esta vacia|la caisse est vide|die kasse ist leer|"
                                    r"o caixa esta vazio|la cassa e vuota|(?:coffers|kitty|till|bank account) "
                                    r"(?:is|are) empty",
         # the empty list is a control of the page, told in the sentence before ("the list is blank")
         doc_unless=r"(?:drop-?down|picker|desplegable|deroulant|auswahlliste|tendina|keuzelijst|keuzemenu)\b"
                    r"[^.!?]{0,60}\b(?:empty|blank|vide|vacio|vacia|leer|vuot[oa]|leeg|vazi[oa])\b",
         name="SEC4-empty-now"),
    rule("SEC5", PROMISED, need=_DATA_PROMISE, doc_need=_NOT_SO,
         unless=r"uptime|\bsla\b|response time|reply|refund|discount|price|pricing|feature|roadmap|release|"
                # another vendor's news: "Our CRM vendor told us an attacker got into their customer database"
                r"\b(?:vendor|provider|supplier)\b[^.!?]{0,20}\btold us\b|\bgot into their\b|"
                # "as per your second suggestion": support's advice, no promise about data
                r"per your (?:\w+ )?(?:suggestion|advice|instructions?|colleague|recommendation|request|e-?mail|"
                r"message)|"
                # "I'd rather stay ..., but I can't promise anything right now"
                r"can'?t promise|cannot promise|no puedo prometer|ne (?:peux|peut) (?:rien )?promettre|"
                # support's steps tried: "Probamos lo que nos dijeron: primero desconectar ..."
                r"(?:probamos|tried|hemos probado|essaye|probiert|versucht|provamos|testamos|provato|geprobeerd) "
                r"(?:lo que|what|ce que|was|o que|quello che|wat)\b|"
                r"kann (?:nichts )?"
                r"versprechen|nao posso prometer|non posso promettere|kan (?:niets )?beloven|"
                r"delivery date|(?:do|does|can|could|will|would|is|are) (?:you|teamflow|it|there)\b[^.!?]*\?|"
                r"how (?:do|can)|(?:send|share|provide) (?:us |me )?(?:a |the |your )?(?:copy|report|certificate)",
         name="SEC5-promise-broken"),
)
