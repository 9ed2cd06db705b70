"""Concept rules for the immediate tier told in homely English by people who have never heard the trade's words.

A bowls club treasurer finds "a name at the bottom of our members" who "joined at 3.12 in the morning" (SEC1); a
grandson types "only the first eight letters" of a password "and it let him straight in" (SEC2); a link "turned
off" in June still "opened the whole board" (SEC2); "614 new cards ... links to websites selling pills" (SEC3); a
page that says "We'll be back soon" for a sister's bakery too (OUT1); the weighbridge's messages reach "your side"
but it "answers 'error'" at three other farms (OUT2); a window cleaner's round with "37 left. The rest just aren't
there" (SEC4); the health privacy rules broken by the product's own e-mails (SEC5).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .not_lost import STILL_THERE
from .patterns_concepts_ops import OTHER_COMPANIES

#: Nobody on the team knows the newcomer or added them.
_NOBODY_KNOWS = (r"swear (?:blind )?(?:they|she|he) (?:haven'?t|have not|didn'?t|did not)|(?:haven'?t|have not) "
                 r"(?:touched|added) (?:it|him|her|them|anyone)|nobody (?:called|by) that|never (?:set foot|heard of "
                 r"(?:him|her|them))|(?:don'?t|do not) know (?:him|her|them|who)|not one of (?:us|ours|our members)|"
                 r"none of us (?:know|added|invited)")

#: Someone outside "had a file" with names and numbers.
_HAD_A_FILE = (r"\b(?:avait|had|has|tenia|tiene|hatte|hat|tinha|tem|aveva|ha|heeft)\W{0,3}(?:un|a|una|eine|einen|um|"
               r"uma|"
               r"een) (?:fichier|file|archivo|datei|liste|ficheiro|arquivo|bestand|list|lista|spreadsheet|tableur|"
               r"excel)\b")

#: Someone else's record, in the other languages read: "le compte rendu ... d'un autre patient".
_ANOTHER_PERSONS = ("d'un autre patient|d'une autre patiente|de otro paciente|de otra paciente|de outro paciente|"
                    "de outra paciente|eines anderen patienten|einer anderen patientin|di un altro paziente|"
                    "di un'altra paziente|van een andere patient|van een andere patiente|d'un autre client|"
                    "d'une autre cliente|de otro cliente|de otra clienta|de outro cliente|de outra cliente|"
                    "eines anderen kunden|einer anderen kundin|di un altro cliente|di un'altra cliente|"
                    "van een andere klant|d'un autre eleve|de otro alumno|de outro aluno|eines anderen schulers|"
                    "di un altro alunno|van een andere leerling|d'un autre enfant|de otro nino|de outra crianca|"
                    "eines anderen kindes|di un altro bambino|van een ander kind|"
                    # "die Behandlungspläne von drei anderen Patienten"
                    "anderen patienten|otros pacientes|autres patients|outros pacientes|altri pazienti|"
                    "andere patienten|other patients|anderen kunden|otros clientes|autres clients|outros clientes|"
                    "altri clienti|andere klanten|"
                    # "les parents voient les fiches des autres enfants"
                    "autres enfants|autres eleves|otros ninos|otros alumnos|outras criancas|outros alunos|"
                    "anderen kinder|anderen schuler|altri bambini|altri alunni|andere kinderen|andere leerlingen")

#: Everyone of a class of people whose records a guest should not see ("tous les élèves de la classe").
_EVERY_PERSON = ("tous les eleves|tous les enfants|tous les patients|toutes les familles|todos los alumnos|"
                 "todos los ninos|todos los pacientes|todos os alunos|todas as criancas|todos os pacientes|"
                 "alle schuler|alle kinder|alle patienten|tutti gli alunni|tutti i bambini|tutti i pazienti|"
                 "alle leerlingen|alle kinderen|all the pupils|all the students|all the children|"
                 "all the patients|every pupil|every student|every child|every patient|all pupils|all students|"
                 "all children|all patients|all the other pupils|all the other students|all the other children|"
                 "all the other patients|all the other families")

CONCEPT_HOMELY: tuple[Rule, ...] = (
    # "a name at the bottom of our members ... It says he joined at 3.12 in the morning on Sunday ... 'Admin'"
    rule("SEC1", words("he joined|she joined|it joined|they joined|joined at|joined on"),
         need=r"\bin the (?:morning|night)\b|\b\d{1,2}[.:]\d{2}\b|\bat night\b|\bam\b|overnight",
         doc_need=_NOBODY_KNOWS,
         unless=r"how (?:do|can)|\?|(?:we|i) (?:invited|added)", guard="hypo", negatable=False,
         name="SEC1-stranger-joined-in-the-night"),
    # the feed rep "only meant to see the delivery days ... there on his screen was our wages sheet"
    rule("SEC1", words("should i be seeing this|should he be seeing this|should she be seeing this|"
                       "been able to see all of it|been able to see everything|on his screen was|on her screen was|"
                       "on his phone was|on her phone was"),
         doc_need=r"(?:just|only) (?:the )?one board|only (?:meant|supposed) to see|so (?:he|she|they) could see|"
                  r"(?:let|gave) (?:the |a )?(?:\w+ ){0,4}(?:onto|into|access to) (?:our|the) (?:teamflow|board)",
         unless=r"how (?:do|can)|(?:we|i) (?:shared|showed) (?:it|him|her)", guard="hypo", negatable=False,
         name="SEC1-limited-guest-sees-everything"),
    # "a coach from the other club ... showed her our board on his phone ... He's not in our club and never has been"
    rule("SEC1", words("how he got into|how she got into|how they got into|how he got in|how she got in|"
                       "how they got in"),
         doc_need=r"not in our (?:club|team|group|school|church|company|firm)|never (?:has )?been (?:a member|in our|"
                  r"one of us)|not a member|(?:other|another) (?:club|team|school|company|firm)|stranger|"
                  # "two accounts with @rivalco.com addresses opened the board ... We never invited them"
                  r"never invited (?:them|him|her)|(?:did not|didn'?t) invite (?:them|him|her)|nobody invited (?:them|"
                  r"him|her)",
         unless=r"how (?:do|can) (?:i|we)|(?:we|i) (?:invited|added|shared)", guard="hypo", negatable=False,
         name="SEC1-outsider-got-into-our-board"),
    # "He typed in only the first eight letters of it and then any old rubbish after, and it let him straight in"
    rule("SEC2", words("let him straight in|let her straight in|let me straight in|let us straight in|"
                       "still let him in|still let her in|still let me in|let him in anyway|let me in anyway"),
         need=r"(?:first|only) (?:\w+ ){0,2}(?:letters|characters|digits)|rubbish|wrong|any old|half|part of",
         doc_need=r"password|passcode|pin\b|code",
         unless=r"how (?:do|can)|\?|right password|correct password", guard="hypo", negatable=False,
         name="SEC2-partial-password-accepted"),
    # "in June I went into the settings and turned the link off ... It opened the whole board, phone numbers and all"
    rule("SEC2", words("turned the link off|switched the link off|turned off the link|switched off the link|"
                       "turned sharing off|switched sharing off|turned off sharing|switched off sharing|"
                       "that switch doesn't|the switch doesn't|switch doesn't actually"),
         doc_need=r"(?:still )?open(?:ed|s) the (?:whole|entire) board|still opens|(?:wasn'?t|not) (?:signed|logged) "
                  r"in|private window|incognito|makes no difference",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC2-link-turned-off-still-opens"),
    # "The weighbridge's messages are reaching you but your side answers 'error' to every single one"
    rule("OUT2", words("your side answers|your end answers|your side replies|your end replies|your system answers|"
                       "your side returns|your side says|your end says"),
         need=r"error|doesn'?t answer|not answer|refus|nothing",
         doc_need=r"(?:two|three|four|five|several|other) other (?:farms|firms|companies|customers|shops|sites|"
                  r"businesses|yards|practices)|same setup for|exactly the same since|all been doing (?:exactly )?the "
                  r"same",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="OUT2-your-side-answers-error"),
    # "Opened it this morning and there's 37 left ... The rest just aren't there, not in the bin thing either"
    rule("SEC4", words("just aren't there|aren't there|are not there|aren't there any more|just aren't there any more"),
         need=r"\b(?:the rest|the others|everything else|all the others|the remaining|most of them)\b",
         doc_need=r"not in the (?:bin|trash|recycle)|\b\d+ left\b|only \d+ (?:left|remain)",
         unless=r"how (?:do|can)|\?", doc_unless=STILL_THERE, guard="hypo", negatable=False,
         name="SEC4-only-a-few-left"),
    # "Elle n'a pas de compte chez vous ... elle a reçu un e-mail avec le planning complet de nos élèves"
    rule("SEC1", words("nunca foram convidados|nunca fueron invitados|n'ont jamais ete invites|wurden nie eingeladen|"
                       "non sono mai stati invitati|zijn nooit uitgenodigd|were never invited|nao sao usuarios|"
                       "no son usuarios|ne sont pas utilisateurs|sind keine nutzer|non sono utenti|"
                       "zijn geen gebruikers|"
                       "elle n'a pas de compte|il n'a pas de compte|no tiene cuenta|nao tem conta|hat kein konto|"
                       "non ha un account|heeft geen account|doesn't have an account|has no account"),
         doc_need=r"(?:recebe|recib|recoi|recu\b|erhalt|bekomm|ricev|ontvang|receiv|\bgets?\b|"
                  r"\bgot\b)[\s\S]{0,300}(?:nome|"
                  r"salari|nombre|\bnoms?\b|namen|nomi\b|names|adress|telefon|gsm|numer|clientes|clients|kunden|"
                  r"klanten|pacientes|patients|eleves|alunos|alumnos)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-data-reaches-a-non-member"),
    # "veranderde het nummer achteraan in de adresbalk, en kreeg zo de taken uit de afgeschermde map te zien"
    rule("SEC2", words("in de adresbalk|adresbalk|barre d'adresse|barra de direcciones|adressleiste|adresszeile|"
                       "barra de endereco|barra degli indirizzi|address bar"),
         need=r"verander|wijzig|changed|change|cambi|modifi|chang|ander|alter|aanpas|troqu|mude|mudei|geandert|"
              r"vervang|replac|reemplaz|remplac|ersetz|substitu|sostitu|eintrage|eingebe|eingetragen|typed?|tecle|"
              r"escrib|tape|digit|inserisc|intyp|\btrage\b|\bgebe\b",
         doc_need=r"afgeschermd|(?:geen|zonder) toegang|restricted|private|privad|prive|privat|riservat|sem acesso|"
                  r"sin acceso|sans acces|ohne zugriff|senza accesso|no access|not (?:allowed|meant) to see|"
                  # "in Konto B ... nur die Nummer hinten geändert - und schon war die Aufgabe von Konto A offen"
                  # "terwijl die gast daar helemaal geen rechten heeft"
                  r"geen rechten|no rights|sin permisos|sans (?:aucun )?droits?|keine rechte|sem permiss|"
                  r"senza permessi|"
                  r"no permission|"
                  # "obwohl der Testnutzer in A gar kein Mitglied ist"
                  r"obwohl (?:\w+ ){0,4}(?:gar )?kein mitglied|although (?:\w+ ){0,4}(?:is|was)n'?t? (?:not )?a member|"
                  r"aunque no (?:es|sea) miembro|alors qu'il n'est pas membre|embora nao seja membro|anche se non e "
                  r"membro|hoewel (?:\w+ ){0,4}geen lid|"
                  r"(?:konto|account|cuenta|compte|conta) (?:a|b|1|2)\b[^.!?]{0,60}(?:offen|open|abiert|ouvert|aberta|"
                  r"apert|zichtbaar|visible|sichtbar)|bei jedem reinschauen|look into anyone'?s|"
                  r"ver (?:lo )?de cualquiera|"
                  # "zie ik alle taken ... van dat bord, zonder dat ik daar ben uitgenodigd"
                  r"zonder dat ik (?:daar |er |erin )?(?:ben |word )?uitgenodigd|without (?:being|having been) invited|"
                  r"sin (?:estar|haber sido|que me hayan) invitad|sans (?:avoir ete |etre )?invite|ohne (?:dass ich )?"
                  r"(?:\w+ )?eingeladen|sem (?:ter sido |ser |estar )?convidad|senza (?:essere (?:stato )?)?invitat",
         # the check works: "krijg ik netjes een foutmelding dat ik geen toegang heb"
         unless=r"how (?:do|can)|\?|foutmelding|error (?:message|page)|message d'erreur|mensaje de error|fehlermeldung|"
                r"mensagem de erro|messaggio di errore|access denied|toegang geweigerd|acces refuse|acceso denegado|"
                r"zugriff verweigert|acesso negado|accesso negato|as expected",
         guard="hypo", negatable=False, name="SEC2-number-in-the-address-bar"),
    # "il vostro sistema non risponde alle sue richieste ... con altri due clienti suoi"
    rule("OUT2", words("non risponde alle|no responde a las|no responde a sus|ne repond pas aux|antwortet nicht auf|"
                       "nao responde as|reageert niet op|doesn't respond to|does not respond to|non risponde proprio"),
         need=r"richiest|solicitud|peticion|requete|demande|anfrage|requisic|pedido|verzoek|request|call|chiamat|"
              r"llamad|appel|aufruf|chamad",
         doc_need=OTHER_COMPANIES, unless=r"how (?:do|can)|\?", guard="hypo", negatable=False,
         name="OUT2-no-answer-to-programs"),
    # "kwam uit op een pagina van jullie met ons rooster ... Iedereen kon het dus via Google zien"
    # (one word anchor: "in google" would hide "google calendar" from the integration rules)
    rule("SEC1", words("google$"),
         need=r"(?:via|op|no|en|sur|bei|su|in|on|auf|through|do|del|di|du|von|van) google\b(?! (?:calendar|drive|"
              r"docs|sheets|workspace|sso|"
              r"meet|chat))[^.!?]{0,40}(?:zien|see|\bver\b|voir|sehen|vedere|vind|find|aparec|apparai|erschein|compar|"
              r"staan|stand|show)|(?:zien|see|\bver\b|voir|sehen|vedere|\bkon\b|could|pode|puede|peut|kann|puo|vind|"
              r"find|"
              r"aparec|apparai|erschein|compar|staan|stand|show)\w*[^.!?]{0,40}(?:via|op|no|en|sur|bei|su|in|on|auf|"
              r"through|do|del|di|du|von|van) google\b(?! (?:calendar|drive|docs|sheets|workspace|sso|meet|chat))|"
              # "Our client found our board on Google"
              r"\b(?:found|encontr\w*|trouve|gefunden|trovat\w*|gevonden)\b[^.!?]{0,40}\b(?:on|en|sur|auf|bei|su|op|no|"
              r"via) google\b",
         doc_need=r"(?:nooit|never|nunca|jamais|nie|mai) (?:\w+ ){0,3}(?:openbaar|public|publico|publique|offentlich|"
                  r"pubblic)|alleen (?:voor )?leden|members only|solo (?:para )?miembros|membres seulement|"
                  r"nur (?:fur )?mitglieder|so (?:para )?membros|solo (?:per i )?membri|workspace only",
         unless=r"how (?:do|can)|\?|(?:our|onze|nuestra|notre|unsere|nossa|nostra) (?:own )?(?:website|site|pagina|"
                r"page)",
         guard="hypo", negatable=False, name="SEC1-private-board-found-on-google"),
    # "der komplette Export unseres Arbeitsbereichs ... an die falsche Adresse gegangen ... Er hat die Dateien geöffnet"
    rule("SEC1", words("an die falsche adresse|to the wrong address|to the wrong person|to the wrong customer|"
                       "a la mauvaise adresse|a la mauvaise personne|a la direccion equivocada|a la persona equivocada|"
                       "para o endereco errado|para a pessoa errada|all'indirizzo sbagliato|alla persona sbagliata|"
                       "naar het verkeerde adres|naar de verkeerde persoon|bei einer fremden firma|"
                       "an eine fremde firma"),
         doc_need=r"(?:export|download|dateien|files|archivo|fichier|arquivo|bestand|\bfile\b)[\s\S]{0,600}(?:geoffnet|"
                  r"opened|ouvert|abrio|abriu|aperto|geopend|screenshot|heruntergeladen|downloaded|telecharge|descargo|"
                  r"baixou|scaricato|gedownload)",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:sent|typed|entered)", guard="hypo", negatable=False,
         name="SEC1-our-export-at-the-wrong-address"),
    # "Yesterday I made one extra login ... only the 'Repair Jobs' board. But from that login I am able to open ..."
    rule("SEC2", words("from that login|with that login|from that account|with that account|with the test account|"
                       "from the test account|with the test login|from the test login|with my test login"),
         need=r"able to (?:open|see|view)|can (?:open|see|view)|could (?:open|see|view)",
         doc_need=r"marked private|\bprivate\b|only for me|(?:permission|access) (?:for|to) only|only (?:the )?\W?\w+",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC2-test-login-opens-a-private-board"),
    # "uses our station jingle ... We wrote and recorded that ourselves ... Nobody asked us"
    rule("LEG5", words("our jingle|our station jingle|our song|our tune|our music|we wrote and recorded|"
                       "using mi name|using my name and|using our name and"),
         doc_need=r"advert|\bad\b|commercial|video|booking page|public page|nobody asked|without (?:asking|permission)|"
                  r"taken? down|regist|trade ?mark|copyright",
         unless=r"how (?:do|can)|\?|(?:add|upload|use) our (?:music|song|jingle)", guard="hypo", negatable=False,
         name="LEG5-our-jingle-or-name-used"),
    # "tasks now show due dates in 1970. this is real data getting wrecked"
    rule("SEC4", words("data getting wrecked|data is getting wrecked|data got wrecked|data being wrecked|"
                       "wrecking our data|wrecked our data|data getting mangled|mangled our data|"
                       "data is being destroyed"),
         unless=r"how (?:do|can)|\?|\bif\b|could|would|might", guard="hypo", negatable=False,
         name="SEC4-data-getting-wrecked"),
    # "She says this is a serious breaking of the health privacy rules"
    rule("SEC5", words("health privacy rules|privacy rules|privacy law|data protection law|"
                       "data protection rules|privacy regulations|data protection regulations"),
         need=r"break|breach|against|not allowed|illegal|unlawful|violat|contrary|keeping|can'?t (?:hold|keep)|"
              r"cannot (?:hold|keep)",
         unless=r"how (?:do|can)|(?:do|does|are|is) (?:you|teamflow)\b[^.!?]*\?|\bif\b", guard="hypo",
         negatable=False, name="SEC5-privacy-rules-broken"),
    # "Ihr Enkel hat ihren Namen gegoogelt und ist auf eine Seite gestoßen, auf der ihre Rezeptvorbestellung steht"
    rule("SEC1", words("gegoogelt|gegoogeld|googled|googlato|googlou|googlete|googleo|googleado"),
         need=r"seite|page|pagina|link|site|bord|board|liste|list|lista|lijst",
         doc_need=r"nie (?:\w+ ){0,3}(?:freigegeben|verschickt|veroffentlicht|geteilt)|never (?:\w+ )?(?:shared|"
                  r"published|"
                  r"made (?:it )?public)|nunca (?:\w+ )?(?:compartimos|publicamos|partilhamos|compartilhamos)|jamais "
                  r"(?:\w+ )?(?:partage|publie)|nooit (?:\w+ )?(?:gedeeld|gepubliceerd)|mai (?:\w+ )?(?:condiviso|"
                  r"pubblicato)|\bprivat\w*|\bprive\b|\bprivad[oa]\b|\bprivat[oa]\b|\bprivate\b",
         unless=r"how (?:do|can)|\?|(?:our|unsere|notre|nuestra|nossa|nostra|onze) (?:own )?(?:website|webseite|site|"
                r"homepage)",
         guard="hypo", negatable=False, name="SEC1-private-list-found-by-search"),
    # "un homme que personne ne connaît ... avait dans les mains une feuille imprimée avec la liste de nos clients"
    rule("SEC1", words("liste de nos clients|list of our clients|our client list|our customer list|"
                       "lista de nuestros clientes|liste unserer kunden|lista dos nossos clientes|"
                       "lista dei nostri clienti|lijst van onze klanten|liste de nos adherents|"
                       "lista de nuestros socios"),
         need=r"\bavait\b|\bhad\b|\btenia\b|\bhatte\b|\btinha\b|\baveva\b|\bhad in\b|dans les mains|en las manos|"
              r"in der hand|nas maos|in mano|(?:zijn|haar) handen|his hands?|her hands?|showed|montre|mostro|zeigte|"
              # "Our client list showing up in another firm's account"
              r"showing up in|shows up in|sitting in|ended up in|turned up in|appeared in|in (?:their|another (?:firm|"
              r"company)'?s) (?:account|workspace|project)",
         doc_need=r"jamais (?:\w+ ){0,2}(?:imprimee?|envoyee?|partagee?)|never (?:\w+ )?(?:printed|sent|shared)|"
                  r"nunca (?:\w+ ){0,2}(?:imprimido|enviado|compartido|imprimimos|enviamos|partilhamos)|nie "
                  r"(?:ausgedruckt|verschickt|geteilt)|mai (?:\w+ )?(?:stampata|inviata|condivisa)|nooit "
                  r"(?:geprint|verstuurd|gedeeld)|(?:seulement|only|solo|nur|so|alleen) (?:dans|in|en|no) teamflow",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-stranger-holds-our-list"),
    # an outside shop "avait un fichier" with names and numbers: "C'est exactement le contenu de notre tableau"
    rule("SEC1", words("contenu de notre tableau|contents of our board|content of our board|"
         "contenido de nuestro tablero|"
                       "inhalt unseres boards|inhalt unserer tafel|conteudo do nosso quadro|contenuto della nostra "
                       "bacheca|inhoud van ons bord|contenu de notre liste|contents of our list|contenido de nuestra "
                       "lista|inhalt unserer liste|conteudo da nossa lista|contenuto della nostra lista|"
                       "inhoud van onze lijst"),
         need=r"exactement|exactly|exactamente|genau|exatamente|esattamente|precies|\bmeme\b|same|mismo|gleiche|"
              r"mesmo|stesso|dezelfde",
         doc_need=_HAD_A_FILE,
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-outsiders-file-is-our-board"),
    # "In dat zip-bestand zaten echter niet zijn gegevens maar de onze"
    rule("SEC1", words("niet zijn gegevens maar de onze|niet haar gegevens maar de onze|not his data but ours|"
                       "not her data but ours|not their data but ours|no sus datos sino los nuestros|"
                       "pas ses donnees mais les notres|nicht seine daten sondern unsere|"
                       "nicht ihre daten sondern unsere|"
                       "nao os dados dele mas os nossos|non i suoi dati ma i nostri"),
         unless=r"how (?:do|can)", guard="hypo", negatable=False, name="SEC1-our-data-in-their-export"),
    # "She clicked her usual link ... and instead it opened another pupil's plan ... she could read the targets"
    rule("SEC1", words("another pupil's|another student's|another child's|another patient's|another family's|"
                       "another client's|another member's|another resident's|another customer's|someone else's child"),
         need=r"\bopen\w*|shows?\b|showed|showing|\bsaw\b|\bsee\b|\bread\b|appear\w*|came up|got\b",
         unless=r"how (?:do|can)|\?|(?:by|on) (?:mistake|accident) (?:i|we) (?:sent|shared|attached|uploaded)|"
                r"(?:we|i) (?:sent|shared|attached|uploaded)",
         guard="hypo", negatable=False, name="SEC1-another-persons-record-opened"),
    # "Er sah dort die Aufgabenliste einer anderen Steuerkanzlei mit Mandantennamen und Fristen"
    rule("SEC1", words("einer anderen|eines anderen|another company's|another firm's|de otra empresa|de otro despacho|"
                       "d'une autre entreprise|d'un autre cabinet|de outra empresa|de outro escritorio|"
                       "di un'altra azienda|di un altro studio|van een ander bedrijf|van een ander kantoor|"
                       # "les noms et téléphones des salariés d'une entreprise qu'on ne connaît pas du tout"
                       "d'une entreprise qu'on ne connait pas|d'une entreprise que nous ne connaissons pas|"
                       "de una empresa que no conocemos|einer firma, die wir nicht kennen|de uma empresa que nao "
                       "conhecemos|di un'azienda che non conosciamo|van een bedrijf dat we niet kennen|"
                       "of a company we don't know|of a company we've never heard of"),
         need=r"\b(?:sah|sahen|saw|vio|vieron|vit|voyait|viu|viram|vide|vedeva|zag|zagen|could see|konnte sehen|"
              r"(?:ont|a|avons|ai) (?:\w+ )?vu|(?:y|en) ont vu|hemos visto|han visto|haben gesehen|hebben gezien|"
              r"abbiamo visto|hanno visto|vimos|"
              r"pudo ver|a pu voir|pode ver|ha potuto vedere|kon zien|offnet sich|opens|s'ouvre|se abre|abre-se|"
              r"si apre|gaat open)\b",
         also=r"namen|names|nombres|noms|nomes|nomi|mandant|kunden|client|customer|klant|patient|pazient|paciente|"
              r"salar|gehalt|adress|telefon|phone|fristen|deadlines",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-saw-another-firms-records"),
    # a stranger's board opened by a slip: "Abriu o quadro de uma clínica odontológica que eu não conheço, com nome dos
    # pacientes"
    rule("SEC1", words("quadro de uma|quadro de um|tablero de una|tablero de un|tableau d'une|tableau d'un|board einer|"
                       "board eines|board von einer|board von einem|bacheca di una|bacheca di un|bord van een"),
         need=r"\b(?:abriu|abriram|abrio|abrieron|ouvert|offnete|geoffnet|aperto|aperta|opende|geopend|viu|vio|vit|sah|"
              r"vide|zag|landete|gelandet|landed|aterrice|atterri|cai|caiu|kwam)\b|\bgeht (?:\w+ ){0,8}auf\b",
         also=r"nome|nombre|\bnoms?\b|namen|\bnomi\b|naam|pacientes|patients|patienten|pazienti|telefon\w*|"
              r"telephone|clientes|clients|kunden|clienti|klanten",
         doc_need=r"que (?:eu )?nao conheco|que no conozco|que je ne connais pas|die ich nicht kenne|che non conosco|"
                  r"die ik niet ken|outras empresas|otras empresas|autres entreprises|anderer firmen|altre aziende|"
                  r"andere bedrijven|\bfremde\w*|\bajen[oa]s\b|\bestranh[oa]s\b|\bestrane[oi]\b|"
                  # reached by editing the link's number: "die Zahl am Ende um eins erhöht"
                  r"\b(?:zahl|nummer|number|numero|id|nummer)\b[^.!?]{0,40}\b(?:erhoht|geandert|changed|cambie|mudei|"
                  r"alterei|cambiato|modificato|veranderd|aangepast)\b",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-strangers-board-opened"),
    # "dans le mail il y avait le compte rendu de séance d'un autre patient : nom, date de naissance"
    rule("SEC1", words(_ANOTHER_PERSONS),
         need=r"e-?mail|mail\b|correo|courriel|rappel|recordatorio|lembrete|erinnerung|promemoria|herinnering|"
              r"message|mensaje|mensagem|nachricht|messaggio|bericht|notification|notificacion|notificacao|"
              r"benachrichtigung|notifica|melding|il y avait|habia|havia|\bstand\b|\bstanden\b|c'era|stond|a recu|"
              r"recibio|"
              r"recebeu|erhielt|ha ricevuto|kreeg|ouvert|abrio|abriu|geoffnet|aperto|geopend|\bvu\b|\bvio\b|"
              r"\bviu\b|\bsah\b|\bvisto\b|\bzag\b|"
              # a parent "m'a même envoyé une capture d'écran avec le dossier d'un autre enfant"; guests who see them
              r"capture d'ecran|screenshot|captura de pantalla|captura de tela|bildschirmfoto|schermata|"
              r"schermafbeelding|\bvoient\b|\bvoyaient\b|\bsehen\b|\bsahen\b|\bven\b|\bveian\b|\bveem\b|\bviam\b|"
              r"\bvedono\b|\bvedevano\b|\bzien\b|\bzagen\b|\bvoyait\b|\bvoit\b|\bveia\b|\bvedeva\b|\bsieht\b|\bziet\b|"
              # "le récapitulatif ... ne contenait pas seulement les tâches de leur enfant, mais aussi ..."
              r"\bcontenait\b|\bcontenia\b|\bcontinha\b|\benthielt\b|\bconteneva\b|\bbevatte\b|\bcontained\b|"
              # "the page showed her our whole 'Today' board: names of about 20 other patients"
              r"\bshowed (?:her|him|them|me|us)\b|\bdisplayed\b",
         # a record, not a message from them: "le compte rendu de séance d'un autre patient"
         also=r"compte rendu|fiche|dossier|donnees|informations|rapport|notes|resultats|bilans?\b|ficha|expediente|"
              r"datos|"
              r"informe|historia|prontuario|dados|relatorio|akte|befund|unterlagen|daten|scheda|cartella|dati|"
              r"referto|gegevens|verslag|rapportage|status|record|notes|results|behandlungspl\w*|plans? de "
              r"traitement|planes de tratamiento|planos de tratamento|piani di cura|behandelplan\w*|treatment plans?|"
              r"diagnos\w*|"
              # "os comentários da nossa psicóloga sobre OUTROS alunos (nomes, observações de comportamento)"
              r"comentarios|comments|commentaires|kommentare|commenti|opmerkingen|observac\w*|observations|"
              r"beobachtungen|osservazioni|observaties|"
              # "l'elenco completo di tutte le sedute di domani, con nome e cognome degli altri pazienti"
              r"elenco|appuntament\w*|sedute|terapi\w*|cellulare|lista completa|liste complete|vollstandige liste|"
              r"complete list|volledige lijst|notizen|handynummern|telefonnummern|namen\b|nomi\b|nombres\b|noms\b|"
              r"nomes\b|names\b|nombre\b|pasaportes?|passports?|reisepass|passeports?|passaport[oi]|paspoort\w*",
         unless=r"how (?:do|can)|\?|(?:par erreur|por error|por engano|versehentlich|per sbaglio|per ongeluk) "
                r"(?:j'ai|nous avons|he|hemos|eu|nos|ich|wir|ho|abbiamo|ik|we) (?:\w+ )?(?:envoye|enviado|enviei|"
                r"geschickt|inviato|gestuurd)",
         guard="hypo", negatable=False, name="SEC1-another-persons-record-received"),
    # guests who should see one card each: "elles voyaient les cartes de TOUS les élèves de la classe"
    rule("SEC1", words(_EVERY_PERSON),
         need=r"\b(?:voient|voyaient|ont vu|see|saw|sees|can see|could see|seeing|ven|veian|vieron|veem|viam|viram|"
              r"sehen|sahen|vedono|vedevano|hanno visto|zien|zagen)\b",
         also=r"\b(?:cartes?|cards?|tarjetas?|fichas?|karten?|cartoes|schede|kaarten|fiches?|dossiers?|records?|"
              r"files?|notes|bilans?|grades|notas|noten|voti|cijfers|expedientes?|akten|cartelle)\b",
         doc_need=r"\b(?:acces invite|guest|guests|invite|invites|gast|gasten|gaste|invitad[oa]s?|convidad[oa]s?|"
                  r"ospiti|ospite|parents|mamans|familles|families|eltern|padres|pais|genitori|ouders)\b",
         unless=r"how (?:do|can)|\?|should (?:only )?see|(?:want|like|need) (?:\w+ )?to see|(?:can|could|should) "
                r"(?:they|parents|guests) see|(?:we|i|teachers?|staff|admins?) (?:can |could )?(?:see|saw)\b",
         guard="hypo", negatable=False, name="SEC1-guests-see-every-record"),
)
