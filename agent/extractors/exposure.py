"""Who saw the data: decides SEC1's owner (the CTO when data was exposed, the engineering manager otherwise).

Kept apart from the account and refund facts in ``facts.py``: this reads the incident itself.
"""

from __future__ import annotations

import re

from .detectors import Scan
from .exposure_reports import CARRIED, EXPOSED
from .patterns_concepts import REVOKED
from .reopt import compile_fast
from .textparse import evidence, negated

#: A person whose access was taken away ("removed", "Rechte entzogen") ...
_REVOKED = compile_fast("|".join(re.escape(w) for w in REVOKED)
                        + r"|l'ho (?:tolto|tolta|rimosso|rimossa)|lo (?:quite|elimine|saque) de|"
                          r"je l'ai (?:retire|supprime|enleve)|"
                          r"ich habe (?:ihn|sie) (?:entfernt|rausgenommen)|eu (?:o|a) (?:tirei|removi)|"
                          r"ik heb (?:hem|haar) verwijderd|i removed (?:him|her|them)\b"
                          # "Notre ancienne assistante ... J'étais persuadé d'avoir retiré son accès"
                          r"|\b(?:ex|former|ancienne?|ehemalige\w*|antigu[oa]|antig[oa]|ex-) (?:\w+ )?(?:assistant\w*|"
                          r"employee|employe\w*|colleague|collaborat\w*|mitarbeiter\w*|kolleg\w*|funcionari\w*|"
                          r"emplead\w*|dipendent\w*|medewerker|volunteers?|voluntari\w*|benevole\w*|ehrenamtlich\w*|"
                          r"vrijwilliger\w*|rezeptionist\w*|receptionist\w*|recepcionista|receptionniste|"
                          r"rececionista|receptioniste|sekretar\w*|secretar\w*|praktikant\w*|stagiair\w*|"
                          r"estagiari\w*|stagist\w*|becari\w*)\b|d'avoir retire"
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
                          r"|uit teamflow gehaald|(?:haar|hem) (?:\w+ ){0,3}uit (?:teamflow|de omgeving|het team|de "
                          r"werkruimte) gehaald|stond er niet meer in"
                          # "created in June by a contractor whose engagement ended in September"
                          r"|\b(?:engagement|contract|collaboration|mission|contrat|vertrag|contrato|contratto|"
                          r"opdracht) (?:\w+ ){0,3}(?:ended|finished|terminated|was over|endete|terminou|termino|"
                          r"e terminat[oa]|is afgelopen|a pris fin|a termine)"
                          # "renunció en octubre y pensaba que lo había quitado del grupo"
                          r"|\brenuncio\b|pensaba que l[oa] habia quitado|si e dimess[oa]|(?:ero|era) convint[oa] di "
                          r"aver(?:lo|la) tolt[oa]|a demissionne|pediu demissao|\bresigned\b|thought (?:i|"
                          r"we) had removed"
                          r"|\blet (?:\w+ ){0,3}go\b"
                          # a date's period is no sentence end: "dessen Konto wir am 30. September deaktiviert haben"
                          r"|\b(?:zugang|zugriff|konto|rechte|toegang|account)\b(?:[^.!?]|"
                          r"(?<=\d)\.){0,120}\b(?:entfernt|"
                          r"entzogen|"
                          r"gesperrt|deaktiviert|verwijderd|ingetrokken|gedeactiveerd)\b")
#: "que não conhecemos" said of IP addresses, not of a person
_NOT_AFTER_ADDRESS = (r"(?<!ip que )(?<!ips que )(?<!ip che )(?<!ips che )(?<!direcciones que )(?<!enderecos que )"
                      r"(?<!indirizzi che )")
#: ... or a person nobody on the team knows or invited ("Wij hebben geen J. Smit", "someone I don't know") ...
_STRANGER = compile_fast(
    r"(?:we|i) (?:have )?never connected|nunca (?:lo |la )?conectamos|jamais connecte|nie (?:\w+ )?verbunden|"
    r"mai collegat|nooit gekoppeld|(?:i|we) (?:have )?never met|none of us knows (?:him|her|them)|nunca se (?:la|lo|"
    r"los|las) dimos|"
    r"never gave (?:it|them|this|that) to|ne (?:la|le|les) leur avons jamais donne|nie (?:gegeben|weitergegeben)|"
    r"nunca (?:lhes )?(?:demos|entregamos)|non (?:gliel[ao]|l[ao]) abbiamo mai dat|nooit gegeven|"
    r"stranger|(?:we'?ve|we have|i'?ve|i have) never (?:dealt|done business) with|niets mee te maken|"
    # "Er war nie in unseren Workspace eingeladen, wir haben ihn auch nirgends als Gast angelegt"
    r"(?:war|ist|wurde) (?:\w+ ){0,2}nie (?:\w+ ){0,4}eingeladen|nirgends als gast|never (?:been )?invited (?:to|into) "
    r"(?:our|the) (?:workspace|board|project)|"
    # "no tenemos a ningún jm fuentes"; "uma senhora ... que não é nossa utente nem a conhecemos"
    r"no tenemos (?:a )?ningun|nao temos (?:nenhum|ninguem)|nem a conhecemos|nao e (?:nossa|nosso) utente|"
    r"non (?:la|lo) conosciamo|no (?:la|lo) conocemos|"
    # "Una señora que no trabaja aquí y que nunca hemos invitado"
    r"no trabaja (?:aqui|con nosotros)|(?:que )?nunca (?:la |lo |los |las )?hemos invitado|ne travaille pas (?:ici|"
    r"chez nous)|"
    r"arbeitet nicht bei uns|nao trabalha (?:aqui|connosco)|non lavora (?:qui|da noi)|werkt hier niet|"
    # "papà di un bimbo ... che da voi non ha mai avuto un account"
    r"non ha mai avuto un account|never had an account|nunca tuvo (?:una )?cuenta|n'a jamais eu de compte|"
    r"hatte nie ein "
    r"konto|nunca teve conta|heeft nooit een account gehad|"
    # "von einer Gmail-Adresse, die wir nicht kennen"; "von einer unbekannten Gmail-Adresse"; "We have never heard of
    # this company"; "Nessuno di noi è all'estero"
    # ... not an address: "os avisos vêm de endereços IP que não conhecemos"
    r"(?<!ip )(?<!ips )(?<!adressen )(?<!addresses )(?<!adresses )(?<!direcciones )(?<!enderecos )(?<!indirizzi )"
    # ... nor mail sent out to them: "über 300 Einladungen an Adressen rausgegangen die wir gar nicht kennen"
    r"(?<!gegangen )(?<!geschickt )(?<!gesendet )(?<!versendet )(?<!verschickt )"
    r"(?:(?:die|den) wir (?:gar |auch )?nicht kennen|que no conocemos|que nous ne connaissons pas|que nao conhecemos|"
    r"che non "
    r"conosciamo|die we niet kennen|(?:that|which) we (?:don'?t|do not) know)|"
    r"unbekannt\w* (?:[\w-]+ )?(?:adresse|absender|e-?mail)|unknown (?:gmail |e-?mail |hotmail )?(?:address|sender)|"
    r"(?:we|i) (?:have |'ve )?never heard of(?! (?:that|the|this) (?:site|website|domain|link|page|url|app))|"
    r"nessuno di noi e all'estero|none of us (?:is|are|was|were) abroad|keiner von uns ist im ausland|"
    r"ni tiene cuenta|no es de nuestro equipo|"
    # "Wir haben keinen Mitarbeiter, der so heißt"
    r"keinen mitarbeiter,? der so heisst|(?:nobody|no one) (?:here )?(?:by|with|called) that name|"
    # "Wir haben die Tochter einer Bewohnerin als Gast eingeladen ... konnte den Pflegebericht lesen"
    r"als gast (?:eingeladen|uitgenodigd)|invited (?:her|him|them) as (?:a )?guest|comme invitee?\b|"
    # "Ein Herr, den hier niemand kennt"; "un certain M. Roux, que personne ici ne connaît"
    r"(?:den|die) hier niemand kennt|que personne (?:ici )?ne connait|que nadie (?:aqui )?conoce|che nessuno (?:qui )?"
    r"conosce|die niemand (?:hier )?kent|(?:whom|who) nobody (?:here )?knows|"
    # "Kessler ist weder Mitglied in unserem Workspace noch in diesem Projekt eingeladen"
    r"weder mitglied|neither (?:a )?member|ni miembro|ni membre|nem membro|ne membro|noch lid|"
    # "A man called our main line ... He then read out, name by name, the people on our major donors list"
    r"(?:a|some) (?:man|woman|guy|person|caller|stranger) (?:called|rang|phoned)\b|(?:ein|eine) (?:mann|frau) (?:hat )?"
    r"(?:\w+ ){0,4}angerufen|un (?:homme|monsieur) (?:a|nous a) (?:appele|telephone)|un (?:hombre|senor) (?:nos )?"
    r"llamo|um (?:homem|senhor) ligou|un (?:uomo|signore) (?:ha|ci ha) (?:chiamato|telefonato)|een man belde|"
    # "ein Mann hat angerufen ... er wollte nicht sagen woher er das hat"
    r"wollte nicht sagen,? woher|(?:wouldn'?t|would not|refused to) (?:say|tell (?:us|me)) (?:where|how) (?:he|she|"
    r"they) "
    r"got|n'a pas voulu (?:dire|nous dire) (?:d'ou|ou|comment)|no quiso decir(?:nos)? (?:de donde|como)|nao quis "
    r"dizer (?:de onde|como)|non ha voluto dire (?:da dove|come)|wilde niet zeggen (?:waar|hoe)|"
    r"(?:none of us|nobody here|no one here) (?:has |have )?(?:ever )?heard of|"
    # "a mum from Year 4 (not my class, not staff) ... Nobody here ever invited her, she is not on our members list"
    r"never been shared with (?:any|a|the) (?:parent|client|customer|guest|outsider|member of the public)|"
    r"(?:ist|war) (?:\w+ ){0,4}kein mitglied|is geen lid|no es miembro|n'est pas membre|nao e membro|non e membro|"
    # "een man die ik niet ken ... niemand van ons kent die man"
    # "Meneer heeft geen account bij ons en we hebben hem nooit iets gestuurd"
    r"(?:heeft|hat|has) (?:\w+ )?(?:geen account|kein konto|no account) (?:bij|bei|with) (?:ons|uns|us)|"
    r"nooit iets gestuurd|never sent (?:him|her|them) anything|"
    # a school's board read by a parent: "a parent rang her ... she read the notes about two of the Year 4 children"
    r"\ban? (?:parent|mum|mom|dad|father|mother) (?:rang|called|phoned|emailed|e-mailed|wrote)\b|"
    r"(?:ein vater|eine mutter|un padre|una madre|un pere|une mere|um pai|uma mae|un genitore|een ouder|een vader|"
    r"een moeder) (?:\w+ ){0,3}(?:angerufen|llamo|a appele|ligou|ha chiamato|belde)|"
    # the log's export made by a device none of the team owns: '"Projekt exportiert (CSV)" ... Keiner von uns war das'
    r"(?:export|download|herunterge|descarg|telecharg|baixad|scaricat|gedownload)\w*\b[^.!?]{0,150}[.!?\"']{1,3}\s*"
    r"(?:(?:keiner|niemand) von uns war (?:das|es)|none of us did (?:it|that|this)|it wasn'?t any of us|"
    r"ninguno de nosotros (?:fue|lo hizo)|aucun de nous n'a fait|nessuno di noi (?:e stato|l'ha fatto)|"
    r"niemand van ons (?:was het|heeft dat gedaan)|nenhum de nos (?:foi|fez isso))\b|"
    # "der Vater ist da nicht drin, keiner von uns hat ihm was geschickt"
    r"(?:keiner|niemand) von uns hat (?:ihm|ihr|ihnen) (?:was|etwas|das|es|den \w+) (?:geschickt|gegeben|"
    r"weitergeleitet)|nadie (?:de nosotros )?le (?:ha )?(?:enviado|mandado|dado) nada|personne (?:de nous )?ne lui a "
    r"rien (?:envoye|donne)|nessuno (?:di noi )?gli ha (?:mandato|dato) (?:niente|nulla)|ninguem (?:de nos )?lhe "
    r"(?:mandou|deu) nada|niemand (?:van ons )?heeft (?:hem|haar) iets (?:gestuurd|gegeven)|none of us sent (?:him|her|"
    r"them) anything|geen account bij ons heeft|kein konto bei uns hat|"
    r"nooit met (?:hem|haar|hen) gedeeld|never shared (?:it |that |the board )?with (?:him|her|them)|"
    # 'un membre "m.durand88" ... personne ne s'appelle Durand et personne n'a ajouté cette personne'
    r"personne ne s'appelle|personne n'a ajoute|nobody (?:here )?(?:added|invited) (?:him|her|them|this)|"
    # "una signora ... che non è nostra paziente e non conosciamo"
    r"non e (?:nostra|nostro|una nostra|un nostro) (?:paziente|cliente)|no es (?:nuestra|nuestro) (?:paciente|cliente)|"
    r"n'est pas (?:notre|une de nos|un de nos) (?:patiente?s?|cliente?s?)|(?:is|was) not (?:our|a) (?:patient|client|"
    r"customer)|nao e (?:nossa|nosso) (?:paciente|cliente)|is geen (?:patient|klant) van ons|"
    # auditors "invited only to the 'FY26 Audit' project, as guests"
    r"(?:invited|added) only to|only (?:invited|added) to|"
    # "someone at Brightline Media (we compete with them for the same clients)"
    r"(?:we|who) compete with (?:them|him|her|us)|\bcompetitors?\b|rival (?:agency|firm|company)|"
    # "il sig. Ferraris, direttore dell'Hotel Bellavista (un albergo concorrente, non lavoriamo con loro)"
    r"\bconcorrente\b|\bconcurrente\b|\bcompetidor\b|\bkonkurrent\w*|non lavoriamo con (?:loro|lui|lei)|"
    # "he is not one of us anymore"; "a guy from Parkline Studio (we're both pitching for the same client)"
    r"not one of us any ?more|(?:is|are) no longer (?:one of us|with us|part of (?:the|our) team)|"
    r"(?:we'?re|we are) both pitching for|pitching (?:for|against) (?:us|the same client)|competing (?:with us )?for "
    r"the same (?:client|contract|tender|account)|"
    # the recipient was never meant to see it: "Hij heeft nooit toegang tot dat project gehad"
    r"\b(?:hij|zij|ze|he|she|they) (?:heeft|hebben|has|have|had) (?:nooit toegang|never had access)|"
    r"nunca (?:ha|han) tenido acceso|n'(?:a|ont) jamais eu acces|(?:er|sie) (?:hat|hatte|hatten) nie zugang|"
    r"(?:ele|ela|eles) nunca teve acesso|non (?:ha|hanno) mai avuto accesso|"
    # "un signore che nessuno di noi conosce"
    r"(?:che|que|qui|den|die) (?:nessuno di noi|nadie de nosotros|aucun de nous|keiner von uns|nenhum de nos|niemand "
    r"van ons) (?:\w+ )?(?:conosce|conoce|conhece|ne connait|kennt|kent)|"
    r"(?:een man|een vrouw|un hombre|una mujer|un homme|une femme|ein mann|eine frau|um homem|uma mulher|un uomo|"
    r"una donna|a man|a woman|un monsieur|une dame|un senor|una senora|ein herr|eine dame|um senhor|uma senhora|"
    r"un signore|una signora|een meneer|een mevrouw|a gentleman|a lady) (?:die|que|qui|den|che|who|whom) (?:ik|we|"
    r"wij|yo|je|nous|ich|wir|eu|io|noi|i) "
    r"(?:\w+ )?(?:niet ken|no conozco|(?:ne )?connais pas|nicht kenne|nao conheco|non conosco|don'?t know|"
    r"do not know)|"
    r"niemand van ons kent|nadie de nosotros conoce|keiner von uns kennt|nenhum de nos conhece|nessuno di noi conosce|"
    r"(?:we|i) (?:have |had )?never invited|n'a jamais ete invite|nunca ha sido invitad|nie eingeladen worden|"
    r"nunca foi convidad|non e mai stato invitat|nooit uitgenodigd|(?:we|i) (?:have )?no idea who (?:he|she|they|"
    r"this person) (?:is|are)|"
    r"not on (?:our|the) members? list|(?:is|was|are|were) not in our (?:workspace|team|account)|"
    r"(?:has|have|had) never been invited|never had anything to do with (?:them|him|her|that company|us)|"
    r"(?:have|has) never been a (?:guest|member|client|customer) (?:in|of) our|(?:nobody|"
    r"no one) (?:here )?(?:ever )?invited (?:her|him|them)|"
    r"\(?not (?:my class, not )?staff\)?|(?:is|was) not (?:on|in|part of) (?:our|the) (?:staff|team)\b|"
    # "una gestoria con la que NO trabajamos (nunca le hemos invitado a nada)", "alguien de fuera"
    r"con (?:la|el|los|las) que no trabajamos|avec (?:qui|laquelle|lequel) nous ne travaillons pas|mit (?:der|dem|"
    r"denen) "
    r"wir nicht (?:zusammen)?arbeiten|com (?:a|o|os|as) qua(?:l|is) nao trabalhamos|con cui non lavoriamo|waar we niet "
    r"mee werken|(?:we|i) (?:don'?t|do not) work with|nunca (?:le|la|les) hemos invitado|alguien de fuera|"
    r"alguem de fora|quelqu'un de l'exterieur|jemand von aussen|qualcuno di esterno|iemand van buiten|"
    r"someone from outside|"
    # "una scuola di Bergamo che non conosco"; a newspaper's editor reading our figures out
    r"che non conosc\w*|que no conozco|que je ne connais pas|d(?:ie|as|en) ich nicht kenne|que (?:eu )?nao conheco|"
    r"die ik niet ken|(?:that|which|whom) (?:i|we) (?:don'?t|do not) know|nem sei quem|ni (?:se|sabemos) quien|"
    r"no sabemos quien|"
    # "A agência que convidámos só para o projeto da campanha": a guest of one project only
    r"(?:convidamos|invitamos|invited|eingeladen|invite|uitgenodigd|invitati|invitato) (?:\w+ ){0,4}(?:so|solo|only|"
    r"seulement|nur|alleen) (?:para|for|pour|fur|per|voor|to|a) (?:o|el|le|das|il|het|the|un|one|um|a) (?:\w+ )?"
    r"(?:projeto|proyecto|projet|projekt|progetto|project)|"
    # "Nobody here requested that export": whoever took it is not one of us
    r"(?:nobody|no one|none of us) (?:here |on our side )?(?:requested|ran|made|started|triggered|asked for) (?:that|"
    r"the|"
    r"this) (?:export|download)|"
    # "él ni tiene usuario en nuestro espacio"; "Diesen Nutzer kennt bei uns niemand, wir haben ihn nie eingeladen"
    r"ni (?:siquiera )?tiene usuario|no tiene usuario|doesn'?t (?:even )?have (?:a |an )?(?:user|account|login)|"
    r"n'a (?:meme )?pas de compte|hat (?:gar )?kein konto|nao tem (?:nem )?usuario|non ha (?:neanche )?un account|"
    r"heeft (?:niet eens )?(?:een |geen )account|kennt (?:bei uns |hier )?niemand|(?:haben|hat) (?:ihn|sie|den|"
    r"die) nie "
    r"eingeladen|"
    r"\bredakteur\w*|journalist\w*|\breporter\b|periodista|giornalista|jornalista|verslaggever|"
    # "Personne chez eux n'a jamais eu acces a notre compte"
    r"(?:personne|nadie|niemand|nobody|no one|ninguem|nessuno) (?:chez eux|de ellos|bei ihnen|there|la-bas|"
    r"of them|deles|di loro|bij hen|at (?:that|their) (?:company|firm)) (?:[\w']+ ){0,4}(?:acces|acceso|zugang|"
    r"zugriff|access|acesso|accesso|toegang)|"
    r"um desconhecido|uma desconhecida|un desconocido|una desconocida|un inconnu|une inconnue|ein fremder|"
    # a person, not a strange address: "im Profil steht jetzt eine fremde E-Mail Adresse"
    r"eine fremde(?! (?:e-?mail|adresse|nummer|telefonnummer|ip|iban|kontonummer|firma|sitzung))|uno sconosciuto|"
    r"una sconosciuta|een onbekende(?! (?:e-?mail|adres|nummer|ip|iban))|"
    # a firm unrelated to us, not a reply unrelated to the question ("der mit meiner Frage nichts zu tun hat")
    r"(?<!frage )(?<!anliegen )(?<!problem )nichts (?:\w+ )?zu tun|nix (?:\w+ )?(?:mit uns )?zu tun|nada que ver con|"
    r"(?<!link que nao tem )(?<!site que nao tem )(?<!link que no tiene )(?<!lien qui n'a )rien a voir avec|"
    r"nulla a che (?:fare|vedere) con|(?<!link que nao tem )(?<!site que nao tem )(?<!pagina que nao tem )nada a ver "
    r"com|"
    r"(?:has|have) nothing to do with us|no connection (?:with|to) us|(?:we'?ve|we have|i'?ve|i have) "
    r"never heard of(?! (?:that|the|this) (?:site|website|domain|link|page|url|app))|que (?:ele|ela|eles|el|ella|"
    r"ellos) "
    r"(?:nem |ni )?(?:conhece|conoce|conhecem|conocen)|(?:qu'il|qu'elle) ne conna\w+ (?:meme )?pas|"
    r"nie (?:\w+ )?zusammengearbeitet|nie zugriff gegeben|never (?:worked|dealt) with|nunca trabajamos con|"
    r"(?:he|she|they) (?:has|had|was|were|have) never been invited|never signed (?:with us|up with us|and never)|"
    r"(?:n'a|n'ont) jamais eu de compte|never had an account|nem sei quem (?:e|sao)|ni (?:siquiera )?se quien|"
    r"je ne sais (?:meme )?pas qui|weiss (?:nicht mal|nicht einmal|nicht),? wer|non so (?:nemmeno )?chi|"
    r"weet niet (?:eens )?wie|(?:don'?t|do not) (?:even )?know who (?:they|that|this|it) (?:is|are)|"
    r"nunca (?:tuvo|ha tenido) cuenta|nie ein konto|"
    r"nunca teve conta|mai avuto un account|nooit een account|"
    r"(?:we )?never (?:hired|contracted|engaged) (?:them|him|her|it)\b|never signed, never invited|(?:he|she) (?:is|"
    r"was) not a (?:volunteer|member|"
    r"colleague|employee)|"
    r"someone (?:i|we) (?:don'?t|do not|didn'?t|did not) know|we never (?:added|invited) (?:him|her|them)|"
    r"(?:a )?name (?:i|we) (?:don'?t|do not) recogni[sz]e|"
    # a vendor's staff went beyond their remit: "Neither project was ever in scope ... nobody asked them to touch it"
    r"(?:neither|none) (?:\w+ ){0,3}(?:was|were) (?:ever )?in scope|(?:was|were) never in scope|nobody asked "
    r"(?:them|him|her)|no one asked (?:them|him|her)|"

    r"nobody (?:here )?(?:invited|added|created|"
    r"knows)|no ?one (?:here )?(?:invited|added|created|knows)|none of us recogni[sz]e|nobody (?:here )?"
    r"recogni[sz]es|(?:a )?random (?:gmail|hotmail|yahoo|outlook|e-?mail)|(?:an? )?address (?:i|we) (?:don'?t|do not) "
    r"recogni[sz]e|we have no (?:\w+ ){0,2}(?:staff member|employee|user|colleague|one) (?:with|by|called|named)|"
    r"nobody from (?:\w+ ){1,3}(?:has|have) ever|com quem a gente nunca trabalhou|com quem nunca trabalhamos|"
    r"con (?:la|el) que nunca (?:hemos )?trabaj|avec (?:qui|laquelle) nous n'avons jamais travaill|"
    r"(?:just|only) the one board|only (?:meant|supposed) to see|not in our (?:club|team|group|school|church|company|"
    r"firm)|never has been (?:a member|in our|one of us)|(?:a man|a woman|someone|somebody|a person) none of us "
    r"knows?|never been to our (?:church|club|school|office|shop|practice)|"
    r"(?:einer|eine|einen) fremden? firma|an die falsche adresse|to the wrong (?:address|person|customer)|"
    r"a la mauvaise (?:adresse|personne)|naar het verkeerde adres|a la direccion equivocada|para o endereco errado|"
    r"all'indirizzo sbagliato|nunca foram convidados|nunca fueron invitados|n'ont jamais ete invites|"
    r"wurden nie eingeladen|non sono mai stati "
    r"invitati|zijn nooit uitgenodigd|nao sao usuarios|no son usuarios|ne sont pas utilisateurs|sind keine nutzer|"
    r"non sono utenti|zijn geen gebruikers|(?:elle|il) n'a pas de compte|no tiene cuenta|nao tem conta|hat kein konto|"
    r"non ha un account|heeft geen account|"
    r"sem ter conta|sin tener cuenta|sans (?:avoir de )?compte|ohne (?:ein )?konto|senza (?:avere un )?account|"
    r"zonder (?:een )?account|without (?:having )?an account|(?:doesn'?t|does not) (?:even )?have an account|"
    r"(?:don'?t|do not) know anyone (?:there|at)|(?:have|had) never shared anything with|(?:war|ist) nie mitglied|"
    r"(?:was|has) never (?:been )?a member|n'a jamais ete membre|nunca (?:fue|ha sido) "
    r"miembro|nunca foi membro|non e mai stato membro|(?:was|is) nooit lid|"
    r"con (?:la|el|los|las) que no hemos tenido nunca|nunca (?:hemos )?tenido (?:ningun )?trato|"
    r"never had any dealings|jamais eu affaire|nie (?:etwas )?zu tun gehabt|"
    r"mit der wir nie (?:zusammen)?gearbeitet|con cui non abbiamo mai lavorat|waar we nooit mee|we (?:have )?never "
    r"worked with|(?:was|were) never invited to (?:it|that|this|the)|"
    r"we (?:don'?t|do not) have (?:a|an|"
    r"any) (?:\w+ )?"
    r"(?:called|named|by that name)|nobody by that name|(?:unknown|unfamiliar) (?:gmail |hotmail |yahoo |outlook |"
    r"e-?mail )?(?:sender|address|account|user|person)|niemand heeft (?:\w+ ){0,3}(?:uitgenodigd|toegevoegd)|"
    r"wij hebben geen|nadie (?:lo |la )?(?:invito|conoce|agrego|anadio)|" + _NOT_AFTER_ADDRESS + r"no conocemos|"
    r"personne (?:ne (?:le |la )?connait|n'a invite)|nous ne connaissons pas|niemand hat (?:\w+ ){0,3}eingeladen|"
    r"kennen wir nicht|"
    r"unbekannte[nrs]?\b[^.!?]{0,20}(?:adresse|absender|nummer|benutzer|person)|indirizzo sconosciuto|"
    r"adresse inconnue|direccion desconocida|endereco desconhecido|onbekend adres|ninguem (?:convidou|conhece)|"
    + _NOT_AFTER_ADDRESS + r"(?:nao conhecemos|non conosciamo)|nessuno (?:qui |di noi )?(?:ha invitato|conosce)|"
    r"ninguem (?:aqui |de nos )"
    r"?(?:convidou|conhece)|nadie (?:aqui |de nosotros )(?:lo |la )?(?:invito|conoce)|personne (?:ici )?ne (?:le |la )?"
    r"conna[iî]t")
#: ... who then took or looked at the data (not merely signed in).
#: The owner's alibi for what the account did ("my account exported the supplier list at 3:12am. I was asleep"):
#: an export or a download then took the data out; a sign-in alert alone did not.
_ALIBI = compile_fast(r"\b(?:i was|we were) (?:fast |sound )?(?:asleep|sleeping)\b|\b(?:is|was|were) on (?:holiday|"
                      r"vacation|leave)\b[^.!?]{0,40}\blaptop (?:was |is )?(?:switched |turned )?off\b")
_ALIBI_TOOK = compile_fast(r"\b(?:my|our|her|his|their) account (?:\w+ ){0,2}(?:exported|downloaded)\b")
_TOOK = compile_fast(
    # "konnte den Pflegebericht von Herrn Maier lesen"; "m'a montré sur son téléphone notre tableau"
    r"konnte (?:\w+ ){0,5}lesen|kon (?:\w+ ){0,5}lezen|pouvait lire|podia (?:leer|ler)|poteva leggere|could read|"
    r"m'a montre|nous a montre|me enseno|nos enseno|hat mir (?:\w+ )?gezeigt|mi ha mostrato|liet me zien|me mostrou|"
    # a removed person who still gets the mails: "dass er weiterhin jeden Morgen die Zusammenfassung ... bekommt"
    r"weiterhin\b[^.!?]{0,100}\b(?:bekommt|erhalt|bekommen|erhalten)\b|(?:bekommt|erhalt|bekommen|erhalten) "
    r"(?:immer noch|weiterhin|noch immer)|(?:still|continues? to) (?:gets?|receives?) "
    r"(?:the |our |every )?(?:\w+ )?(?:digests?|summar(?:y|ies)|reports?|notifications)|sigue recibiendo|"
    r"continue (?:a|de) recevoir|continua a ricevere|continua a receber|ontvangt nog steeds|"
    r"e-?mailed (?:our|us|me|the) (?:\w+ )?(?:a |the )?(?:spreadsheet|list|file|export|copy|csv)|had a look at|"
    r"using (?:\w+ ){0,3}(?:names|titles|details|data|figures|prices) (?:\w+ ){0,3}(?:that )?(?:exist|are|live) only "
    r"(?:in|on)|"
    r"took a look at|\bcaptura\b|sigo viendo|sigue viendo|je vois toujours|sehe immer noch|ainda vejo|"
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
    r"deadlines?|fees?|quotes?|numbers?|names? of)\b|"
    # "They quoted the exact figure and the card title" (a supplier removed months before)
    r"\bquot(?:ed|ing) (?:\w+ ){0,2}(?:exact|precise|same)\b|cit(?:o|aron) (?:\w+ ){0,2}exact|"
    r"a cite (?:\w+ ){0,2}exact|"
    r"zitiert\w* (?:\w+ ){0,2}genau|citou,? (?:\w+ ){0,2}exat|ha citato (?:\w+ ){0,2}esatt|citeerde (?:\w+ ){0,2}exact|"
    r"a fait \W?export|exportando|exportou|\bexporto\b|\bbaixou\b|\bdescargo\b|a exporte|hat (?:\w+ )?exportiert|"
    r"ha esportato|"
    r"heeft (?:\w+ )?geexporteerd|"
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
    r"\bsaw\b|still see|screenshot|"
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
                         r"\bha recibido|\bhan recibido|\bha recebido|\btem recebido|"
                         r"ontvangen|"
                         r"kreeg|gekregen|\breceives|\brecebe\b|\brecebem|\brecibe\b|\breciben|\brecoit|"
                         r"\brecoivent|\berhalt\b|\bbekommt|\briceve\b|\bricevono|\bontvangt|"
                         r"recebemos|recibimos|nous avons recu|abbiamo ricevuto|we received|"
                         r"nos (?:mando|mandaron|envio|enviaron|mandou|enviou|mandaram|enviaram)|adjunto|"
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
    # the finder kept nothing: "J'ai tout de suite fermé, je n'ai rien enregistré"
    r"n'ai rien (?:enregistre|telecharge|garde|copie|sauvegarde)|no he (?:guardado|descargado|copiado) nada|"
    r"nichts (?:gespeichert|heruntergeladen|kopiert)|nao (?:guardei|baixei|copiei) nada|non ho (?:salvato|scaricato|"
    r"copiato) (?:niente|nulla)|niets (?:opgeslagen|gedownload|gekopieerd)|(?:didn'?t|did not) (?:save|download|"
    r"copy|keep) anything|"
    # "Des clients ont reçu un commentaire en mon nom avec un lien": a message carrying a link, not our data
    r"(?:commentaires?|messages?|mails?|notifications?|invitations?|comentarios?|mensajes?|avisos?|nachrichten?|"
    r"kommentare?|mensagens?|messaggi?o?|comment[oi]|berichten?|opmerkingen?)\b[^.!?]{0,40}\b(?:avec|con|mit|com|met|"
    r"with) (?:un|une|el|la|einem|einen|um|uma|il|een|a) (?:\w+ )?(?:lien|enlace|link|liga|collegamento)|"
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
    r"links?|posts)\b|"
    r"messages? (?:were |was )?posted|(?:update|change|send|new|confirm|verify) (?:\w+ ){0,3}(?:bank details|iban)\b|"
    r"(?:invitations?|invites?|phishing|spam)\b[^.!?]{0,40}(?:sent|"
    r"going out)|sent (?:\w+ ){0,3}(?:invitations?|invites?|phishing|spam)\b|"
    # spam comments posted into the workspace ("400 Kommentare mit Krypto-Links gepostet") expose nothing
    r"(?:kommentare|comentarios|commentaires|commenti|opmerkingen|reacties|nachrichten|mensajes|messaggi|berichten|"
    r"mensagens)\b[^.!?]{0,80}(?:gepostet|publicad|publie|pubblicat|geplaatst|postad|postat)|"
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
                      r"whether|worried|afraid|concerned|(?:our|"
                      r"my|the) concern (?:is|was)")

#: After a taker was named, "asking whether we still needed help" is the taker's question, not the writer's doubt.
_HEDGE_AFTER_TAKING = compile_fast(_HEDGE.pattern.replace("whether", "(?<!asking )(?<!asked )(?<!asks )"
                                                                     "(?<!wondering )whether"))


#: A flaw shown by its reporter on their own accounts, under disclosure terms: nobody else's data was seen.
_FLAW_REPORT = compile_fast(r"(?:pasted|typed|entered|changed|edited) the (?:address|url)\b|typed the (?:number|id) "
                            r"wrong|"
                            r"responsible disclosure|coordinated disclosure|bug bounty|(?:a|my|our|second|another) "
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
                            r"with|between) "
                            r"(?:my|our) own|(?:on|with|between) (?:two of )?(?:my|our) own (?:test )?(?:tokens|"
                            r"accounts|"
                            r"workspaces)")


_HEDGE_BEFORE, _HEDGE_AFTER = 160, 80  # characters around the report where a hedge still counts


def data_exposed(scan: Scan) -> tuple[bool, str] | None:
    if scan.allows(_FLAW_REPORT) and scan.doc(_FLAW_REPORT):
        return None
    for sent in scan.sents.spans if scan.allows(EXPOSED) else ():
        text = scan.sentence(sent)
        m = EXPOSED.search(text)
        if m is None or negated(scan.folded, sent[0], sent[0] + m.start()):
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
