"""Who saw the data: decides SEC1's owner (the CTO when data was exposed, the engineering manager otherwise).

Kept apart from the account and refund facts in ``facts.py``: this reads the incident itself.
"""

from __future__ import annotations

import re

from .detectors import Scan
from .exposure_reports import CARRIED, EXPOSED
from .patterns_concepts import REVOKED
from .patterns_concepts_ordinary import AWAY_WHEN_IT_HAPPENED
from .patterns_japanese import JAPANESE_DENIED, JAPANESE_EXPOSED, JAPANESE_SCRIPT
from .reopt import compile_fast
from .stranger_words import STRANGER
from .textparse import evidence, negated

#: A person whose access was taken away ("removed", "Rechte entzogen") ...
_REVOKED = compile_fast("|".join(re.escape(w) for w in REVOKED)
                        + r"|l'ho (?:tolto|tolta|rimosso|rimossa)|lo (?:quite|elimine|saque) de|"
                          r"lo (?:quitamos|eliminamos|sacamos) del?\b|"
                          r"\bque nous avons (?:retire|supprime|enleve)|\bque hemos (?:quitado|eliminado)|\bden wir "
                          r"(?:\w+ )?entfernt|\bche abbiamo rimosso|\bdie we (?:\w+ )?hebben verwijderd|\b(?:that|"
                          r"whom) we "
                          r"removed\b|"
                          r"je l'ai (?:retire|supprime|enleve)|"
                          r"ich habe (?:ihn|sie) (?:entfernt|rausgenommen)|eu (?:o|a) (?:tirei|removi)|"
                          r"ik heb (?:hem|haar) verwijderd|i removed (?:him|her|them)\b|"
                          # "No dia em que saiu eu próprio retirei-a da equipa no TeamFlow"
                          r"\b(?:retirei|tirei|removi)-(?:a|o)\b|\bla (?:quite|saque|elimine) de\b"
                          # "Notre ancienne assistante ... J'étais persuadé d'avoir retiré son accès"
                          r"|\b(?:ex|former|ancienne?|ehemalige\w*|antigu[oa]|antig[oa]|ex-) (?:\w+ )?(?:assistant\w*|"
                          r"employee|employe\w*|colleague|collaborat\w*|mitarbeiter\w*|kolleg\w*|funcionari\w*|"
                          r"emplead\w*|dipendent\w*|medewerker|volunteers?|voluntari\w*|benevole\w*|ehrenamtlich\w*|"
                          r"vrijwilliger\w*|rezeptionist\w*|receptionist\w*|recepcionista|receptionniste|"
                          r"rececionista|receptioniste|sekretar\w*|secretar\w*|praktikant\w*|stagiair\w*|"
                          r"estagiari\w*|stagist\w*|becari\w*)\b|d'avoir retire"
                          # "Ex-estagiário mexendo no nosso espaço"; "a gente desligou o estagiário"
                          r"|\bex-(?:estagiari\w*|stagiair\w*|praktikant\w*|stagist\w*|becari\w*|intern)\b|"
                          r"\bdesligou (?:o|a) \w+"
                          # "wir dachten wir hätten sie rausgenommen"
                          r"|(?:dachten|dachte) (?:wir|ich) (?:hatten|hatte) (?:ihn|sie) (?:\w+ )?(?:rausgenommen|"
                          r"entfernt|geloscht|gesperrt)"
                          # "We let one of our account managers go on Friday"
                          r"|\b(?:we|i) (?:had to )?let (?:\w+ ){1,6}go\b"
                          # "qu'on a enlevé de l'équipe en octobre"
                          r"|on l'a enleve|qu'on a enleve|enleve de l'equipe|removed (?:him|her) from (?:the )?team"
                        + r"|\bremoved (?:\w+ ){1,5}from (?:our|the) (?:workspace|team|board|project|account)"
                          r"|\bremoved (?:their|his|her|the) (?:guest |external |vendor )?(?:users?|accounts?|access)\b"
                          # "ik heb haar toen uit TeamFlow gehaald"; "stond er niet meer in"
                          r"|desativei|desativamos|desactive|desactivamos|desligamos|desligou (?:\w+ ){0,3}da empresa"
                          # "Encerramos o contrato com a agência em julho"
                          r"|encerramos o contrato|terminamos el contrato|mis fin au contrat|vertrag beendet|"
                          r"chiuso il contratto|contract beeindigd"
                          # "a gente demitiu uma recepcionista"
                          r"|demitiu|demitimos|\bdemiti\b|\bdespedi\b|despedimos|\bdismissed\b|(?:we|i) fired|"
                          r"licenziat[oa]|entlassen|ontslagen"
                          # a partner we stopped working with: "mit der wir seit Juni nicht mehr zusammenarbeiten"
                          # "her login was supposed to have been removed"; an "ex-contractor"
                          r"|\b(?:was|were) supposed to (?:have been|be) (?:removed|deleted|deactivated|disabled)\b"
                          r"|\bex-(?:contractor|freelancer|consultant|agency|supplier|vendor|partner)\b"
                          r"|\bdejamos de trabajar con|\bdeixamos de trabalhar com|"
                          r"\bnous avons cesse de travailler avec"
                          r"|\babbiamo smesso di lavorare con|\bwe zijn gestopt met|\beliminamos a (?:sus|los|las)\b"
                          r"|\bmit (?:der|dem|denen) wir (?:\w+ ){0,3}nicht mehr zusammenarbeiten|"
                          r"\bwe (?:\w+ )?no longer "
                          r"work with|\bwe stopped working with|\bavec (?:qui|lequel|"
                          r"laquelle) nous ne travaillons plus|"
                          r"\bcon (?:la que|el que|quien(?:es)?) (?:ya no trabajamos|dejamos de trabajar)|\bmet wie we "
                          r"(?:\w+ ){0,3}niet meer samenwerken|\bcon cui non lavoriamo piu|\bcom quem (?:ja )?nao "
                          r"trabalhamos|\bdachte,? (?:den|die|das) (?:hatten|hatte) (?:wir|"
                          r"ich) (?:\w+ ){0,3}(?:geloscht|"
                          r"entfernt|gesperrt)"
                          r"|uit teamflow gehaald|(?:haar|hem) (?:\w+ ){0,3}uit (?:teamflow|de omgeving|het team|de "
                          r"werkruimte) gehaald|stond er niet meer in"
                          # "created in June by a contractor whose engagement ended in September"
                          r"|\b(?:engagement|contract|collaboration|mission|contrat|vertrag|contrato|contratto|"
                          r"opdracht) (?:\w+ ){0,3}(?:ended|finished|terminated|was over|endete|terminou|termino|"
                          r"e terminat[oa]|is afgelopen|a pris fin|a termine)"
                          # "... hasta el 31 de octubre, cuando terminó el contrato"
                          r"|\b(?:termino|acabo|finalizo|terminou|acabou) (?:el|o) contrato\b"
                          # "renunció en octubre y pensaba que lo había quitado del grupo"
                          r"|\brenuncio\b|pensaba que l[oa] habia quitado|si e dimess[oa]|(?:ero|era) convint[oa] di "
                          r"aver(?:lo|la) tolt[oa]|a demissionne|pediu demissao|\bresigned\b|thought (?:i|"
                          r"we) had removed"
                          r"|\blet (?:\w+ ){0,3}go\b"
                          # "Greg Holm left us at the end of September and we switched his account off that same day"
                          r"|\bleft us (?:at|in|on|by|last)\b|\b(?:switched|turned|shut) (?:his|her|their) (?:account|"
                          r"login|user|access) off\b|\b(?:switched|turned|shut) off (?:his|her|their) (?:account|login|"
                          r"user|access)\b|\b(?:deactivated|disabled) (?:his|her|their) (?:account|login|user|access)\b"
                          # a date's period is no sentence end: "dessen Konto wir am 30. September deaktiviert haben"
                          r"|\b(?:zugang|zugriff|konto|rechte|toegang|account)\b(?:[^.!?]|"
                          r"(?<=\d)\.){0,120}\b(?:entfernt|"
                          r"entzogen|"
                          r"gesperrt|deaktiviert|verwijderd|ingetrokken|gedeactiveerd)\b")
_STRANGER = compile_fast(STRANGER)

#: ... who then took or looked at the data (not merely signed in).
#: The owner's alibi for what the account did ("my account exported the supplier list at 3:12am. I was asleep"):
#: an export or a download then took the data out; a sign-in alert alone did not.
_ALIBI = compile_fast(r"\b(?:i was|we were|who was|she was|he was) (?:fast |sound )?(?:asleep|sleeping)\b|"
                      r"\bconfirmed (?:that )?it wasn'?t (?:her|him|them)\b|\b(?:is|was|were) on (?:holiday|"
                      r"vacation|leave)\b[^.!?]{0,40}\blaptop (?:was |is )?(?:switched |turned )?off\b|"
                      # away on leave: "está de licença de maternidade desde 1 de setembro"
                      r"\b(?:esta|estava) de licenca\b|\b(?:esta|estaba) de baja\b|\best en conge\b|"
                      r"\b(?:ist|war) in (?:elternzeit|mutterschutz)\b|\be in (?:maternita|congedo)\b|"
                      r"\b(?:is|was) on (?:maternity|paternity|parental|sick) leave\b|\b(?:is|"
                      r"was) met (?:zwangerschaps|"
                      r"ouderschaps)?verlof\b|"
                      # "I was in the hospital from 9 to 16 November, with no phone and no laptop"
                      r"\b(?:i|she|he|we) (?:was|were) in (?:the |a )?hospital\b|\b(?:estaba|estuve) en el hospital\b|"
                      r"\b(?:estava|estive) no hospital\b|\b(?:ero|sono stat[oa]) in ospedale\b|\b(?:war|lag) im "
                      r"krankenhaus\b|\bj'etais a l'hopital\b|\b(?:was|lag) in het ziekenhuis\b|"
                      r"\b(?:" + AWAY_WHEN_IT_HAPPENED + r")\b|"
                      # 'got the email "Your export ... is ready" - she did not request any export'
                      r"\b(?:she|he|i|we|they) (?:did not|didn'?t|never) (?:request|ask for|start|run|trigger|make) "
                      r"(?:any|an|the|this|that) (?:export|download)\b")
_ALIBI_TOOK = compile_fast(r"\b(?:my|our|her|his|their) account (?:\w+ ){0,2}(?:exported|downloaded)\b|"
                           r"\b(?:my|our|her|his|their) account logged in from\b[^.!?]{0,160}\b(?:exported|"
                           r"downloaded)\b|"
                           # 'there is "Export members board to CSV" made with MY user, from an IP in Nigeria'
                           r"\b(?:export\w*|esportazion\w*)\b[^.!?]{0,80}\b(?:made|done|run) (?:with|from|by|"
                           r"under) (?:my|our|her|his) "
                           r"(?:user|account|login|name)\b|"
                           r"\b(?:export\w*|esportazion\w*)\b[^.!?]{0,80}\b(?:con (?:mi|su) (?:usuario|cuenta)|"
                           r"avec (?:mon|son) (?:compte|"
                           r"utilisateur)|mit (?:meinem|ihrem|seinem) (?:konto|benutzer)|com o (?:meu|"
                           r"seu) (?:utilizador|"
                           r"usuario)|con il (?:mio|suo) (?:utente|account)|met (?:mijn|haar|zijn) (?:account|"
                           r"gebruiker)|"
                           r"a (?:su|mi) nombre|en son nom|unter (?:ihrem|seinem|meinem) namen|em nome (?:dela|dele)|"
                           r"a suo nome|op (?:haar|zijn|mijn) naam)\b|"
                           # "In that window the audit log shows 'Members > Export CSV' ... and a download of that file"
                           r"\blog shows\b[^.!?]{0,40}\bexport\b|"
                           r"\b(?:a conta (?:dela|dele)|su cuenta|son compte|(?:ihr|sein) konto|il suo account|"
                           r"(?:haar|zijn) account|(?:her|his) account)\b[^.!?]{0,80}\b(?:descarregou|baixou|exportou|"
                           r"descargo|exporto|a telecharge|a exporte|heruntergeladen|exportiert|ha scaricato|"
                           r"ha esportato|gedownload|geexporteerd|downloaded|exported)\b")
_TOOK = compile_fast(
    # the log's own entry: "nel registro vedo un'esportazione del progetto fatta il 4 novembre col suo nome"
    r"\b(?:un'|una )?esportazione (?:[\w']+ ){0,4}fatta\b|\buna exportacion (?:\w+ ){0,4}hecha\b|\bun export "
    r"(?:\w+ ){0,4}fait\b|\buma exportacao (?:\w+ ){0,4}feita\b|\been export (?:\w+ ){0,4}gedaan\b|"
    # "uma exportação completa do projeto 'Sócios e quotas' (com NIF e telefones) no domingo às 4:07 feita por"
    r"\b(?:uma exportacao|una exportacion|un export|un'esportazione|een export|an export) completa?\b[^.!?]{0,100}"
    r"\b(?:feita|hecha|fait|fatta|gedaan|made|done) (?:por|par|da|door|by)\b|"
    r"\ban export (?:\w+ ){0,4}(?:made|done|run) (?:by|under|with|on)\b|"
    # a stranger reads our records out: "me empezó a leer, uno por uno, los precios que pagamos"
    r"\b(?:me|nos) (?:empezo|comenzo) a leer\b|\bme leyo\b|\ba commence a (?:me |nous )?lire\b|\b(?:m'|nous )a lu\b|"
    r"\b(?:started|began) (?:reading|to read) (?:out |back )?(?:to )?(?:me|us)?\b|\bhat mir (?:\w+ ){0,3}vorgelesen\b|"
    r"\bcomecou a (?:me |nos )?ler\b|\bha cominciato a leggere\b|\bmi ha letto\b|\bbegon (?:\w+ )?voor te lezen\b|"
    # "konnte den Pflegebericht von Herrn Maier lesen"; "m'a montré sur son téléphone notre tableau"
    r"konnte (?:\w+ ){0,5}lesen|kon (?:\w+ ){0,5}lezen|pouvait lire|podia (?:leer|ler)|poteva leggere|could read|"
    r"m'a montre|nous a montre|me enseno|nos enseno|hat mir (?:\w+ ){0,3}gezeigt|mi ha mostrato|liet me zien|"
    r"me mostrou|"
    # a removed person who still gets the mails: "dass er weiterhin jeden Morgen die Zusammenfassung ... bekommt"
    r"weiterhin\b[^.!?]{0,100}\b(?:bekommt|erhalt|bekommen|erhalten)\b|(?:bekommt|erhalt|bekommen|erhalten) "
    r"(?:immer noch|weiterhin|noch immer)|(?:still|continues? to) (?:gets?|receives?) "
    r"(?:the |our |every )?(?:\w+ )?(?:digests?|summar(?:y|ies)|reports?|notifications)|sigue recibiendo|"
    r"\bkept (?:on )?receiving\b|\bcontinued (?:to receive|receiving)\b|"
    # "ha letto gli appuntamenti di domani: ci ha elencato i nomi dei proprietari"
    r"\bha letto (?:gli|i|le|la|il|tutti)\b|\bci ha elencato\b|\bnos (?:ha )?enumerado\b|\bnous a enumere\b|"
    r"\bhat uns (?:\w+ )?aufgezahlt\b|\bheeft (?:ons )?opgesomd\b|"
    # a leaver's export in the log: "steht „Export: Schülerliste_2026.csv“ ... mit seinem Namen"
    r"\bexport\w*\b[^!?\n]{0,100}\b(?:mit (?:seinem|ihrem) namen|with (?:his|her|their) name|avec son nom|con su "
    r"nombre|com o nome (?:dele|dela)|con il suo nome|met (?:zijn|haar) naam)\b|"
    # "le leyó las notas de su ficha": a stranger reading our records out to someone
    r"\b(?:le|les|lui|leur|lhe|lhes|gli) (?:leyo|a lu|leu|ha letto)\b|\bread (?:her|him|them) (?:\w+ ){0,2}(?:notes|"
    r"details|records|appointments|file|diagnosis)\b|"
    # "riceve ancora le notifiche ... con tutte le consegne"; "waarom hij nog elke ochtend de samenvatting ... krijgt"
    r"\b(?:riceve|ricevono|recibe|reciben|recoit|recoivent|recebe|recebem) (?:ainda|ancora|todavia|encore|toujours)\b|"
    r"\b(?:krijgt|ontvangt|krijgen|ontvangen) (?:\w+ )?nog (?:steeds|altijd)\b|\bnog (?:steeds |altijd )?(?:elke|"
    r"iedere) (?:ochtend|dag|week|avond)\b[^.!?]{0,100}\b(?:krijgt|ontvangt|krijgen|ontvangen)\b|"
    r"continue (?:a|de) recevoir|continua a ricevere|continua a receber|ontvangt nog steeds|"
    r"continue de (?:lui |leur )?arriver|sigue llegando|continua a arrivar\w*|"
    r"e-?mailed (?:our|us|me|the) (?:\w+ )?(?:a |the )?(?:spreadsheet|list|file|export|copy|csv)|had a look at|"
    r"using (?:\w+ ){0,3}(?:names|titles|details|data|figures|prices) (?:\w+ ){0,3}(?:that )?(?:exist|are|live) only "
    r"(?:in|on)|"
    # callers who "les sabían cosas que solo están en las fichas"
    r"\b(?:sabian|sabia) cosas\b|\bsavai(?:en)?t des choses\b|\bwussten? dinge\b|\bsapevano cose\b|"
    r"\bwisten dingen\b|\bknew things\b|"
    # congratulations on what only the board says: "a 'dar os parabéns' pela encomenda de 200 pastéis"
    r"\bdar os parabens\W{0,2} pel[ao]|\bfelicitarme por|\bme feliciter pour|\bgratulierte? (?:mir |uns )?zu[rm]?\b|"
    r"\bcongratulat\w* (?:me |us )?on (?:the|our)\b|\bmi ha fatto i complimenti per|\bfeliciteerde (?:me|ons) met|"
    # a caller who knew what only the board holds: "Er hat meiner Kollegin die Prüfungstermine ... genannt"
    r"\b(?:er|sie|der mann|die frau) hat (?:\w+ ){0,2}(?:meiner|meinem|unserer|unserem|uns|mir) (?:\w+ )?(?:die|den|"
    r"das|unsere) [^.!?]{0,100}\bgenannt\b|\b(?:wusste|kannte) (?:\w+ ){0,2}(?:die|den|das|unsere) (?:\w+ ){0,3}"
    r"(?:termine|namen|daten|noten|bemerkungen|preise|zahlen)|\bsabia (?:\w+ ){0,2}(?:las|los|nuestr[ao]s|os|as|"
    r"nossos|nossas) (?:\w+ ){0,2}(?:fechas|nombres|datos|notas|precios|datas|nomes|dados|precos)|\bsavait "
    r"(?:\w+ ){0,2}(?:les|nos) (?:\w+ ){0,2}(?:dates|noms|donnees|notes|prix)|\bconosceva (?:\w+ ){0,2}(?:le|i|"
    r"nostri|nostre) (?:\w+ ){0,2}(?:date|nomi|dati|note|prezzi)|\bwist (?:\w+ ){0,2}(?:de|onze) (?:\w+ ){0,2}"
    r"(?:data|namen|gegevens|notities|prijzen)|"
    # a journalist "a sous les yeux une capture de notre tableau"
    r"\b(?:a|avait) sous les yeux|\btiene (?:delante|ante sus ojos)\b|\bhat (?:[\w-]+ ){0,5}vor (?:sich|augen) liegen|"
    r"\bha sotto gli occhi\b|\btem diante dos olhos\b|\bheeft (?:[\w-]+ ){0,5}voor zich liggen\b|"
    r"\b(?:has|had) (?:\w+ )?in front of (?:him|her|them)\b|\bune capture (?:de|du|des) (?:notre|nos)\b|"
    r"took a look at|\bcaptura\b|"
    r"\bfoto de (?:la )?pantalla\b|\bfoto do ecra\b|sigo viendo|sigue viendo|je vois toujours|sehe immer noch|"
    r"ainda vejo|"
    r"continuo a vedere|zie nog steeds|\bwortlich\b|letteralmente|textualmente|litteralement|letterlijk|verbatim|"
    r"(?:bezieht|bezog|beziehen) sich auf (?:\w+ ){0,3}(?:zahlen|daten|inhalte|details)|"
    r"(?:has|had) (?:definitely |clearly |already |actually )?read (?:it|them|the board|our|all)\b|scrolled through|"
    r"been (?:getting|receiving) (?:[\w'\"]+ ){0,4}['\"]?(?:digests?|summar\w+|reports?)\b|"
    r"\ban? (?:\w+ )?(?:download|export) of (?:my|our|the) |\bread (?:[\w']+ ){1,6}(?:out|"
    r"back) to (?:me|us)\b|(?:still|kept|keeps) (?:getting|receiving|gets|receives) (?:\w+ ){0,3}(?:digests?|reports|"
    r"summar\w+|data|info|information|details|copies)\b|"
    r"showed (?:\w+ ){0,4}our (?:\w+ )?(?:board|list|project|data|files|records)|\ba montre|hat (?:\w+ )?gezeigt|"
    r"mostrou|ha mostrato|enseno|laten zien|showed (?:him|her|them)|"
    r"download(?:ed|ing|s)|\bto download (?:every|all|the|our)\b|export(?:ed|ing|s)|"
    # "Synthetix has been receiving and reading our patients' records for three weeks"
    r"\b(?:has|have) been (?:receiving|reading|processing|storing)\b(?: and (?:reading|storing|processing|keeping))? "
    r"(?:our|all our|the)\b|"
    # the log's line: "there is a CSV export on Nov 2 by Marcus Reyes"
    r"\b(?:csv|excel|xlsx|pdf|full|complete) export (?:\w+ ){0,4}by\b|"
    # "He even quoted the budget figure from one of the cards"
    r"\bquoted (?:the|our|a|an) (?:\w+ ){0,2}(?:figures?|numbers?|amounts?|budget|prices?|lines?|totals?)\b "
    r"(?:from|on|in) (?:one of )?(?:the|our)\b|"
    # "ha aperto un file pensando fosse il calendario: erano le buste paga"
    r"\bha aperto (?:un|una|il|la|i|le) (?:\w+ )?(?:file|documento|scheda|cartella|pdf|allegato)\b|"
    # the stranger looked inside: "She opened a couple of cards to see what it was"
    r"\b(?:she|he|they) opened (?:a couple of|some|a few|two|three|several|one of (?:the|our)|(?:the|our) \w+) "
    r"(?:\w+ )?(?:cards|tasks|files|records|items|documents|notes)\b|"
    # "Ich habe eins davon aufgemacht ... und da stehen Namen, Gehälter"
    r"\baufgemacht\b|"
    # an activity log's line: 'letzter Zugriff 02.11. "Export CSV"'
    r"\bexport (?:csv|xlsx|excel|pdf)\b|"
    # an audit log line "EXPORT_WORKSPACE format=csv user=..."; "The export is the whole workspace"
    r"\bexport_\w+|\bthe export (?:is|was) (?:the whole|all|everything|of (?:all|the whole|every))|the export "
    r"(?:contains|contained|had|has)\b|"
    # a dismissed receptionist "le mandó un whatsapp ... y le puso su próxima cita, el tratamiento que lleva"
    r"\b(?:le|les) (?:mando|envio|escribio) un (?:whatsapp|mensaje|correo|sms)\b[^.!?]{0,120}(?:cita|tratamiento|"
    r"datos|direccion|telefono)|\bsent (?:her|him|them|our clients?|our customers?|our patients?) (?:a |an )?"
    r"(?:whatsapp|message|text|e-?mail)\b[^.!?]{0,120}(?:appointment|treatment|address|phone|details)|"
    # "he casually mentioned the budget and the deadline we put together for the pitch"
    r"\b(?:casually |even )?(?:mentioned|knew|named|cited) (?:the|our) (?:\w+ ){0,3}(?:budget|figures?|prices?|"
    r"deadlines?|fees?|quotes?|numbers?|names? of|amounts?|dates|details|addresses|donations?|gifts?|salar\w*)\b|"
    # a caller's source: "was told they 'bought a list'"
    r"\bbought (?:a|the|our) (?:\w+ )?list\b|compra(?:do|ron|mos)? una lista|achete une liste|eine liste gekauft|"
    r"comprou uma lista|comprato una lista|een lijst gekocht|"
    # "They quoted the exact figure and the card title" (a supplier removed months before)
    r"\bquot(?:ed|ing) (?:\w+ ){0,2}(?:exact|precise|same)\b|cit(?:o|aron) (?:\w+ ){0,2}exact|"
    r"a cite (?:\w+ ){0,2}exact|"
    r"zitiert\w* (?:\w+ ){0,2}genau|citou,? (?:\w+ ){0,2}exat|ha citato (?:\w+ ){0,2}esatt|citeerde (?:\w+ ){0,2}exact|"
    r"a fait \W?export|exportando|exportou|\bexporto\b|\bbaixou\b|\bbaixando\b|\bdescargo\b|\bdescargando\b|"
    r"a exporte|hat (?:\w+ )?exportiert|"
    r"ha esportato|"
    r"heeft (?:\w+ )?geexporteerd|"
    # a stranger's photo of one person's record: "le mandaron por WhatsApp una foto de su ficha"
    r"\b(?:una foto de su|une photo de (?:sa|son)|ein foto (?:seiner|ihrer|seines|ihres)|uma foto da sua|"
    r"uma foto do seu|"
    r"una foto della sua|una foto del suo|een foto van (?:zijn|haar)|a photo of (?:his|her|their)) (?:ficha|fiche|akte|"
    r"karte|scheda|kaart|record|file|profile|perfil|profil|dossier|cartella)\b|"
    # "ein Foto von ihrem Handy geschickt: darauf unser Reservierungsplan"
    r"\bfoto (?:von|vom|de|do|da|di|van) (?:seinem|ihrem|son|su|seu|sua|suo|zijn|haar) (?:handy|telefon|telephone|"
    r"telefono|telemovel|celular|telefoon|bildschirm|ecran|pantalla|tela|schermo|scherm)|"
    # "the daily summary email he STILL gets from TeamFlow every morning"
    r"(?:summar\w+|digests?|reports?|e-?mails?|updates|notifications) (?:\w+ ){0,3}(?:he|she|they) (?:still|keeps?|"
    r"continues? to) (?:gets?|receives?|getting|receiving)|(?:full |"
    r"complete )?export of (?:our|the|all|every)\b|copied|"
    r"word for word|repeated\b|read (?:out|back|aloud)|vorgelesen|voorgelezen|lu a voix haute|leyo en voz alta|"
    r"leggermi ad alta voce|a leggere ad alta voce|leerme en voz alta|me lire a voix haute|"
    r"\blas (?:(?:hij|zij|ze) )?(?:me|mij|ons)\b|voor te lezen|voorlezen|"
    r"ce (?:li|le|l'|ne) ?ha lett[ieoa]|ci ha letto|had a read (?:of|through)|me (?:los|las) leyo|nos (?:los|las) leyo|"
    # "Me ha leído por teléfono dos nombres"
    r"me ha leido|nos ha leido|me leyo|m'a lu|me leu|nos leu|mi ha letto|heeft me (?:\w+ )?voorgelezen|"
    r"nous les a lus|"
    r"leu em voz alta|letto ad alta voce|wortwortlich|mot pour mot|palabra por palabra|palavra por palavra|"
    r"parola per parola|woord voor woord|(?:mandou|mandaram|enviou) (?:\w+ )?prints?\b|"
    r"pull(?:ed|ing)? (?:\w+ ){0,3}out|(?:have|has) (?:already )?gone "
    r"out|e-?mailed to|(?:continuano|"
    r"continua) a ricevere|"
    r"siguen recibiendo|continuent (?:a|de) recevoir|(?:erhalten|bekommen) (?:immer noch|weiterhin)|continuam (?:a )?"
    r"receb\w*|ontvangen nog steeds|still (?:get|gets|receive|receives) (?:our|the|their) (?:\w+ )?(?:reports?|data|"
    r"lists?|exports?|files?|digests?)|hanno ricevuto|viewed|(?<!i )(?<!we )opened (?:the|our|all)|"
    r"\bsaw\b|still see|screenshot|auf dem foto|on the photo|in the photo|sur la photo|en la foto|nella foto|"
    r"\bna foto\b|op de foto|\bcapturas?\b|captures? d'ecran|capturas? de (?:pantalla|tela)|schermat[ae]|"
    r"bildschirmfoto|"
    r"baixad|descargad|scaricat|gedownload|"
    r"capture d'ecran|captura de pantalla|bildschirmfoto|captura de tela|schermafbeelding|"
    r"(?:still )?able to (?:see|open|view|access)|could see|could read|could open|conseguiu (?:abrir|ver|ler)|"
    r"conseguiram (?:abrir|ver|ler)|consiguio (?:abrir|ver|leer)|consiguieron (?:abrir|ver|leer)|"
    r"(?:a|ont) reussi a (?:ouvrir|voir|lire)|konnte (?:\w+ )?(?:offnen|lesen|sehen)|riuscit[oaie] a (?:aprire|"
    r"vedere|leggere)|kon (?:\w+ )?(?:openen|lezen|zien)|photo of (?:his|her|their) "
    r"(?:phone|screen|laptop)|picture of (?:his|her|their) (?:phone|screen|laptop)|showing our|"
    r"heruntergeladen|exportiert|kopiert|angesehen|eingesehen|telecharge|exporte|copie|consulte|descargo|"
    r"descargaron|exporto|copio|consulto|baixou|baixaram|exportou|copiou|scaricato|esportato|copiato|"
    r"vede ancora|voit toujours|ve todavia|sieht immer noch|ve ainda|ziet nog|gedownload|geexporteerd|"
    r"gekopieerd|bekeken|printed|what else (?:he|she|they) took|descarreg\w*|levou|levaram|se llevo|a emporte|"
    r"mitgenommen|portato via|"
    r"meegenomen|saved (?:the|our|a|all)|pulled (?:\w+ ){0,3}(?:out|"
    r"down|list|data|records|files|"
    r"contacts)|gespeichert|gedruckt|imprime|enregistre|imprimio|guardo|"
    r"imprimiu|salvou|stampato|salvato|afgedrukt|opgeslagen|"
    # our project shown to them: "lhe apareceu o nosso projeto", "ed è uscito il report di un'altra classe"
    r"\bsah\b|\bsahen\b|\bzag\b|\bzagen\b|\bvio\b|\bviu\b|\bvit\b|\bvide\b|\bvoyait\b|"
    r"\blhe apareceu|apareceu-lhe|\ble (?:aparecio|aparece)\b|\blui est apparu|\b(?:e|ed e) uscit[oa]\b|\bme salio\b|"
    r"appeared in (?:her|his|their) account|(?:fotografia|foto|photo|photograph) (?:do|da|de l'|del|des|van het|of "
    r"the|of (?:her|his) ) ?(?:ecra|ecran|pantalla|bildschirm|schermo|scherm|screen)")
#: ... or, for a stranger, received it.
_RECEIVED = compile_fast(r"received|bekommen|erhalten|\brecue?s?\b|recibio|recibieron|recebeu|receberam|ricevuto|"
                         # "le llegó a su correo un archivo de excel con TODOS los proyectos" (a file, not a message)
                         r"\bque (?:le|les) llegan?\b|\b(?:le|les|lhe|lhes|gli|lui) (?:llego|chegou|e arrivat[ao]|"
                         r"est parvenu) (?:\w+ ){0,4}(?:archivo|"
                         r"arquivo|fichier|file|excel|lista|liste|planilla|planilha|tableur|export\w*|pdf|documento|"
                         r"document|mail|e-?mail|correo)|"
                         r"\bha recibido|\bhan recibido|\bha recebido|\btem recebido|\b(?:le|les) ha llegado\b|"
                         r"ontvangen|"
                         r"kreeg|gekregen|\breceives|\brecebe\b|\brecebem|\brecibe\b|\breciben|\brecoit|"
                         r"\brecoivent|\berhalt\b|\bbekommt|\briceve\b|\bricevono|\bontvangt|"
                         r"recebemos|recibimos|nous avons recu|abbiamo ricevuto|we received|"
                         r"nos (?:mando|mandaron|envio|enviaron|mandou|enviou|mandaram|enviaram)|"
                         # "los planos en PDF que teniamos adjuntos no se abren" is our own attachment
                         r"(?<!teniamos )(?<!tenemos )(?<!tenia )(?<!estaban )(?<!estan )adjunto|"
                         r"(?:mandou|enviou|mandaram|enviaram)-nos|"
                         r"adjuntaron|"
                         r"a joint|ont joint|angehangt|anexou|anexaram|ha allegato|hanno allegato|bijgevoegd|attached|"
                         r"nous (?:a|ont) envoye|(?:hat|haben) (?:uns|mir) (?:\w+ ){0,4}geschickt|schickte (?:uns|mir)|"
                         r"ci (?:ha|hanno) (?:mandato|inviato)|(?:heeft|hebben) ons (?:\w+ ){0,3}gestuurd|"
                         r"sent (?:us|me|her|him|them|our \w+)\b|e-?mailed (?:us|me|her|him|them|our \w+)\b|"
                         r"got an? e-?mail|\bkrijgt\b|heeft (?:er )?(?:\w+ )?doorgestuurd|\brecevai[ts]\b|recevaient|"
                         r"m'en a transfere|m'a transfere|\b(?:le|"
                         r"les) llega\b|\blui arrive\b|\blhe chega\b|\bgli arriva\b|"
                         r"nos (?:ha )?reenvi\w*|nous a transfere|hat uns (?:\w+ )?weitergeleitet|reencaminhou-nos|"
                         r"ci ha inoltrato|heeft ons (?:\w+ )?doorgestuurd|hat mir (?:\w+ ){0,3}weitergeleitet|"
                         r"got (?:an? )?(?:\w+ )?(?:letters?|flyers?|"
                         r"leaflets?|mailings?|texts?)\b|"
                         r"forwarded (?:us|me)|attached (?:is|was)|landed in (?:my|our|her|his|their) inbox")
_NOT_EXPOSED = compile_fast(
    r"(?:e-?mails?|messages?|comments?|notifications?|texts?) with (?:that|the|this|a) (?:fake |phishing )?link|"
    # told as a condition, not a sighting: "se lo cambi si vedono le fatture di altri clienti"
    r"\b(?:se|si|if|wenn|als) (?:lo |le |la |it |you |man |je |on |one )(?:cambi|cambias|cambia|change|changes|"
    r"andert|verandert|modifie|modifica|mudar|muda)\w*\b|"
    # a lure in the customer's name: "three of our clients have phoned asking why we sent them a '...' email"
    r"\basking why we (?:had )?sent (?:them|him|her)\b|"
    # sign-in notices mailed to the team itself: "bekommen drei von uns Mails von euch: 'Neue Anmeldung ...'"
    r"\b(?:mails?|e-?mails?|correos?|notifications?|alerts?|meldungen|benachrichtigung\w*|avisos?|alertes?|avvisi)\b[^.!?]{0,40}"
    r"\b(?:new sign-?in|new login|neue anmeldung|nouvelle connexion|nuevo inicio de sesion|novo (?:login|acesso)|"
    r"intento de inicio de sesion|inicio de sesion fallido|failed (?:sign-?in|login)|tentative de connexion|"
    r"anmeldeversuch|tentativa de (?:login|acesso)|tentativo di accesso|inlogpoging|"
    r"nuovo accesso|nieuwe (?:aanmelding|login)|sign-?in alert|login alert)|"
    # the finder kept nothing: "J'ai tout de suite fermé, je n'ai rien enregistré"
    r"n'ai rien (?:enregistre|telecharge|garde|copie|sauvegarde)|no he (?:guardado|descargado|copiado) nada|"
    r"nichts (?:gespeichert|heruntergeladen|kopiert)|nao (?:guardei|baixei|copiei) nada|non ho (?:salvato|scaricato|"
    r"copiato) (?:niente|nulla)|niets (?:opgeslagen|gedownload|gekopieerd)|(?:didn'?t|did not) (?:save|download|"
    r"copy|keep) anything|"
    # "Des clients ont reçu un commentaire en mon nom avec un lien": a message carrying a link, not our data
    r"(?:commentaires?|messages?|mails?|notifications?|invitations?|comentarios?|mensajes?|avisos?|nachrichten?|"
    r"kommentare?|mensagens?|messaggi?o?|comment[oi]|berichten?|opmerkingen?)\b[^.!?]{0,40}\b(?:avec|con|mit|com|met|"
    r"with) (?:un|une|el|la|einem|einen|um|uma|il|een|a) (?:\w+ )?(?:lien|enlace|link|liga|collegamento)|"
    # ... its words quoted first: 'un message « Votre compte va être suspendu, confirmez ici » avec un lien'
    r"\b(?:message|mail|e-?mail|comment|mensaje|mensagem|messaggio|nachricht|"
    r"bericht)\w*\b[^.!?\"]{0,20}\"[^\"]{1,160}\" "
    r"?(?:avec|con|mit|com|met|with) (?:un|une|el|la|einem|einen|um|uma|il|een|a) (?:\w+ )?(?:lien|enlace|link|liga|"
    r"collegamento)|"
    r"i can see (?:the|his|her|their|a|an) (?:active )?(?:session|sign-?in|login|device)|vulnerab|researcher|"
    r"proof of concept|\bpoc\b|\bidor\b|responsible disclosure|bug bounty|pentest|penetration|"
    r"enumerat|sequential|"
    r"no (?:sign|evidence|indication)|not (?:been )?(?:accessed|viewed|exported|downloaded|leaked|exposed)|"
    r"nothing (?:was|has been)|memory leak|"
    # TeamFlow's own automated mail to the customer's former admin proves the data was kept, not seen by others
    r"(?:our|my) (?:former|old|previous) (?:\w+ )?(?:admin|administrator|account owner|owner)s? (?:\w+ ){0,2}"
    r"(?:received|got)\b[^.!?]{0,30}\b(?:your|an?|the) (?:\w+ )?(?:automated|automatic|annual|yearly|year-end|"
    r"weekly|monthly)\b|(?<!quoting )(?:my|our) own (?:files|"
    r"accounts|data|"
    r"workspace)|haven'?t seen anyone|no one else|deletion request|requested deletion|still in (?:the |our )?"
    r"exports?|retention|\bdpa\b|leaked password|password list|leaked credentials|credential "
    r"stuffing|combo list|phishing|gift ?cards?|claim your|with the same link|comments? (?:was |were )?posted|(?:fake|"
    r"bogus|phony) (?:\w+ )?(?:portal|page|"
    r"site|login|form)|(?<!been )(?<!were )(?<!was )(?:posted|sent|spammed)\b (?:\w+ ){0,2}(?:messages?|comments?|"
    r"links?|posts)\b"
    # ... unless a download follows: "he posted a comment ..., and the activity log shows he downloaded ..."
    r"(?![^.!?]*\b(?:downloaded|exported|descargo|telecharge|heruntergeladen|scaricato|baixou|gedownload))|"
    r"messages? (?:were |was )?posted|(?:update|change|send|new|confirm|verify) (?:\w+ ){0,3}(?:bank details|iban)\b|"
    # lures that guests received: "betaalverzoeken", "notification emails with those links", "un link a una pagina che
    # chiede la password"
    r"\b(?:notifications?|notifica\w*|benachrichtigung\w*|meldingen?)\b[^.!?]{0,80}\blinks?\b|\blinks?\b[^.!?]{0,60}"
    r"\b(?:scam|phishing|password|contrasena|mot de passe|passwort|senha|wachtwoord)\b|\bbetaalverzoek\w*|"
    r"\bpayment requests?\b|solicitud(?:es)? de pago|demandes? de paiement|zahlungsaufforderung\w*|"
    r"pedidos? de pagamento|richiest[ae] di pagamento|"
    # "clientes reciben invitaciones raras desde nuestra cuenta" (a lure, not our data)
    r"\b(?:invitaciones|invitacion|convites?|einladungen|inviti|uitnodigingen|uitnodiging)\b|"
    r"(?:invitations?|invites?|phishing|spam)\b[^.!?]{0,40}(?:sent|"
    r"going out)|sent (?:\w+ ){0,3}(?:invitations?|invites?|phishing|spam)\b|"
    # spam comments posted into the workspace ("400 Kommentare mit Krypto-Links gepostet") expose nothing
    r"(?:kommentare|comentarios|commentaires|commenti|opmerkingen|reacties|nachrichten|mensajes|messaggi|berichten|"
    r"mensagens)\b[^.!?]{0,80}(?:gepostet|publicad|publie(?!r\b)|pubblicat|geplaatst|postad|postat)|"
    # junk that came in through a public form: "it received around 600 submissions"
    r"\b\d+ (?:\w+ )?(?:submissions|form entries|spam entries)|"
    # the account taken over, not data read: "a conta esta nas maos de outra pessoa"
    r"(?:account|conta|cuenta|compte|konto) (?:\w+ ){0,2}(?:is|esta|est|ist|e|sta) (?:now |agora |ahora |maintenant "
    r"|jetzt |ora |nu )?(?:in|nas|en las|en manos|entre les|in den|nelle|in de) (?:\w+ )?(?:hands|maos|manos|mains|"
    r"handen|hande|mani)")

#: The writer is not sure anyone saw the data; read near the report only (a dictated run-on sentence goes on for long).
_HEDGE = compile_fast(r"could (?:have|potentially)|\bmight\b|may have|possibl|potentially|could be|"
                      # "to see if I could export an archived project of ours": a purpose, not a doubt
                      r"(?<!asking )(?<!asked )(?<!asks )(?<!wondering )(?<!to see )(?<!to check )(?<!to test )\bif\b|"
                      # "worried that someone saw" doubts the report; "a bit worried, asking why" is a mood
                      r"whether|(?:worried|afraid|concerned)\b(?!,)|(?:our|"
                      r"my|the) concern (?:is|was)")

#: After a taker was named, "asking whether we still needed help" is the taker's question, not the writer's doubt.
_HEDGE_AFTER_TAKING = compile_fast(_HEDGE.pattern.replace("whether", "(?<!asking )(?<!asked )(?<!asks )"
                                                                     "(?<!wondering )whether"))


#: A flaw shown by its reporter on their own accounts, under disclosure terms: nobody else's data was seen.
_FLAW_REPORT = compile_fast(r"(?:pasted|typed|entered|changed|edited) the (?:address|url)\b|typed the (?:number|id) "
                            r"wrong|"
                            r"responsible disclosure|coordinated disclosure|bug bounty|"
                            r"accounts? we created for the test|"
                            r"sandbox project with dummy data|nothing real (?:left|was)|(?:a|my|our|second|another) "
                            r"test guest accounts?|second test (?:guest |user )?account|"
                            r"(?:have|has) not used it against|"
                            r"(?:haven'?t|hasn'?t) used it against|tested (?:it )?only (?:on|with|between)|nothing has "
                            r"(?:been )?(?:seen|opened) by (?:anyone|a client|a customer)|(?:i|we) only tried it\b|"
                            r"tried it (?:only )?(?:myself|ourselves|on my own)|nobody else has seen|no (?:client|"
                            r"customer|one else) has (?:done|tried|seen)|(?:testei|testamos|teste|probe|probamos|"
                            r"getestet|"
                            r"provato|getest) (?:\w+ ){0,2}(?:com a minha propria|con mi propia|avec mon propre|"
                            r"mit meinem eigenen|con il mio|met mijn eigen)|"
                            # "Só testei com as nossas duas contas"
                            r"nossas duas contas|nuestras dos cuentas|nos deux comptes|unseren (?:beiden|zwei) "
                            r"konten|i nostri due account|onze twee accounts|eigene(?:n)? testkonten|"
                            r"(?:gone|leaked) to (?:an outsider|anyone outside)|only (?:tried|tested) (?:it )?(?:on|"
                            # "esclusivamente con due account di test creati da me, nessun dato di altri clienti"
                            r"\b(?:account|cuentas|comptes|konten|contas|accounts) (?:di|de) (?:test|prueba|teste)\b|"
                            r"\btest-?(?:konten|accounts)\b|\bnessun dato di altri|\bningun dato de otros|"
                            r"\baucune donnee d'autres|\bkeine daten (?:von )?anderer|\bnenhum dado de outros|"
                            r"\bgeen gegevens van andere|"
                            r"with|between) "
                            r"(?:my|our) own|(?:on|with|between) (?:two of )?(?:my|our) own (?:test )?(?:tokens|"
                            r"accounts|"
                            r"workspaces)")


_HEDGE_BEFORE, _HEDGE_AFTER = 160, 80  # characters around the report where a hedge still counts


def data_exposed(scan: Scan) -> tuple[bool, str] | None:
    if JAPANESE_SCRIPT.search(scan.doc_text):
        for sent in scan.sents.spans:
            m = JAPANESE_EXPOSED.search(scan.sentence(sent))
            if m is not None and not JAPANESE_DENIED.search(scan.sentence(sent), m.end()):
                return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    if scan.allows(_FLAW_REPORT) and scan.doc(_FLAW_REPORT):
        return None
    for sent in scan.sents.spans if scan.allows(EXPOSED) else ():
        text = scan.sentence(sent)
        # the first report in the sentence that no word before it denies: "haven't downloaded anything but I did see
        # the files"; "un señor que no es cliente nuestro nos ha leído ...": the stranger's own "no" denies nothing
        m = next((m for m in EXPOSED.finditer(text) if not negated(
            scan.folded, sent[0] + max((w.end() for w in _STRANGER.finditer(text, 0, m.start())), default=0),
            sent[0] + m.start())), None)
        if m is None:
            continue
        near = max(sent[0], sent[0] + m.start() - _HEDGE_BEFORE), min(sent[1], sent[0] + m.end() + _HEDGE_AFTER)
        if scan.has(_NOT_EXPOSED, sent) or _HEDGE.search(scan.folded, *near):
            continue
        return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    stranger = scan.doc(_STRANGER)
    if stranger or (scan.doc(_REVOKED) and scan.allows(_TOOK)):
        for sent in scan.sents.spans:
            text = scan.sentence(sent)
            took = _TOOK.search(text)
            m = took or (_RECEIVED.search(text) if stranger else None)
            if m is None or scan.has(_NOT_EXPOSED, sent):
                continue
            # a doubt anywhere in the sentence counts against a message received; near the taking, for a taking
            if took is None and scan.has(_HEDGE, sent) and not CARRIED.search(text, m.end()):
                continue
            near = max(sent[0], sent[0] + m.start() - _HEDGE_BEFORE), min(sent[1], sent[0] + m.end() + _HEDGE_AFTER)
            if (took is None and scan.has(_HEDGE, sent) and _HEDGE.search(scan.folded, *near)) or (
                    took is not None and _HEDGE_AFTER_TAKING.search(scan.folded, *near)):
                continue
            # "a firm we never worked with sent us ...": the stranger's own "never" denies nothing
            # the last description of the stranger before it ("que no trabaja aquí y que nunca hemos invitado")
            who = max(_STRANGER.finditer(text, 0, m.start()), key=lambda w: w.end(), default=None) if stranger else None
            if not negated(scan.folded, sent[0] + who.end() if who else sent[0], sent[0] + m.start()):
                return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    if scan.allows(_ALIBI) and scan.doc(_ALIBI):
        for sent in scan.sents.spans:
            m = _ALIBI_TOOK.search(scan.sentence(sent))
            if m is not None and not scan.has(_NOT_EXPOSED, sent) and not negated(scan.folded, sent[0],
                                                                                   sent[0] + m.start()):
                return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    return None
