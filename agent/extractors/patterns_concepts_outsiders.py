"""Concept rules for data that reached people who should never have had it, told without the trade's words.

An agency "never hired" that has "been getting a weekly digest" of the roadmap (SEC1); "uma empresa de fora teve
acesso ao conteudo do nosso espaco de trabalho" (SEC1); pupils' notes "sent to a company we have no contract
with" (SEC1); an old invitation that "put the account straight back into the workspace" after it was removed
(SEC2); a family board "completely emptied" the night an ex-husband's phone "signed in" when "he has no
business being in there any more" (SEC4, SEC1).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .not_lost import SEC4_NOT, STILL_THERE
from .screenshot_words import NEVER_GIVEN, OF_OURS

#: The people who received it were never let in, or were let out.
_NEVER_LET_IN = (r"never (?:hired|signed|invited|worked with|added|gave|shared|authori[sz]ed)|removed|deleted|"
                 r"left (?:the|our|us)|former|ex-|no longer|(?:has|have|had) no (?:account|access|login)|not a "
                 r"(?:member|user|client|customer)|\bquit\b|dismissed|fired|let go|nunca|jamais|\bnie\b|nooit|\bmai\b|"
                 r"retirad|retire|entfernt|removid|rimoss|verwijderd|ehemalig|ancien|antiguo|antigo|vecchio|oud-|"
                 # "Il suo utente l'abbiamo eliminato a febbraio"
                 r"eliminat[oa]|eliminad[oa]|geloscht|supprime|eliminamos|eliminei|abbiamo eliminato|"
                 # "En marzo dejamos de trabajar con la agencia"
                 r"dejamos de trabajar|deixamos de trabalhar|cesse de travailler|smesso di lavorare|gestopt met|"
                 r"stopped working with|nicht mehr zusammen")
#: A message or summary that carries the workspace's content.
_MAILINGS = (r"e-?mails?|digests?|notifications?|summar(?:y|ies)|updates?|reports?|recaps?|alerts?|correos?|"
             r"courriels?|mails?|benachrichtigung|zusammenfassung|notifica|resumo|resumen|resume|riepilog|"
             r"samenvatting|meldingen|notifiche|notificaciones|notificacoes|"
             # "Oud-freelancer krijgt nog steeds onze projectupdates"
             r"(?:project|status|team|dag|week)-?updates?")
#: Someone other than the writer is the one receiving.
_THIRD_PARTY = (r"\b(?:he|she|they|they'?ve|they'?re|he'?s|she'?s|him|her|them|agency|contractor|freelancer|"
                r"supplier|vendor|client|former|ex-\w+|oud-\w+|employee|colleague|company|firm|intern|trainee|"
                r"stagiai\w*|praktikant\w*|becari[oa]|estagiari[oa]|tirocinante|agencia|agence|agentur|agenzia|"
                r"bureau|proveedor|fournisseur|lieferant|fornecedor|fornitore|leverancier)\b|\bil\b|\belle\b|\bils\b|"
                r"\bel\b|\bella\b|\bellos\b|\ber\b|\bsie\b|\bele\b|\bela\b|\beles\b|\blui\b|\bloro\b|\bhij\b|\bzij\b")

#: Nobody who is allowed in did it.
_NOBODY_HERE = (r"(?:none|nobody|no ?one|neither) (?:of )?(?:us|the \w+ (?:people|of us)|(?:the )?\w+ (?:people|users) "
                r"with access|here|on (?:the|our) team)|(?:we|they) (?:were )?all (?:asleep|in bed)|wasn'?t (?:us|me|"
                r"any of us)|swear (?:they|she|he) didn'?t|nadie de nosotros|ninguno de nosotros|personne (?:chez nous|"
                r"de nous)|aucun de nous|keiner von uns|niemand von uns|nenhum de nos|ninguem (?:aqui|de nos)|"
                r"nessuno di noi|niemand van ons|niemand hier|nadie aqui|personne ici|niemand hier|nessuno qui")

#: The words of a record told back: "i numeri di telefono di tutti i nostri iscritti".
TOLD_DATA = (r"\b(?:numeri|numeros|numbers|nummern|nummers|telefon\w*|phone|nomi|nombres|names|namen|noms|nomes|"
              r"indirizz\w*|direcciones|addresses|adressen|enderecos|importi|prezzi|precios|prices|preise|prix|prijzen)\b"
              r"[^.!?]{0,80}\b(?:nostri|nuestros|our|unserer|nos|nossos|onze|de nos|dos nossos|dei nostri)\b")


CONCEPT_OUTSIDERS: tuple[Rule, ...] = (
    # "they've been getting a weekly 'Digest: Product Roadmap' email ... never signed, never invited"
    rule("SEC1", words("still receives|still receiving|still gets|still getting|been getting|been receiving|"
                       "keeps getting|keeps receiving|keep getting|keep receiving|sigue recibiendo|recibe todavia|"
                       "todavia recibe|recoit toujours|recoit encore|continue de recevoir|continue a recevoir|"
                       "erhalt immer noch|erhalt noch immer|bekommt immer noch|bekommt noch immer|ainda recebe|"
                       "continua recebendo|continua a receber|continua a ricevere|riceve ancora|riceve tuttora|"
                       "krijgt nog steeds|ontvangt nog steeds|krijgt nog altijd|ontvangt nog altijd|"
                       # "dat hij nog steeds elke ochtend de samenvatting ... krijgt"
                       "nog steeds elke|nog steeds iedere|nog altijd elke|nog altijd iedere|nog elke ochtend|"
                       "nog elke dag|nog iedere ochtend|nog iedere dag"),
         need=_MAILINGS, also=_THIRD_PARTY, doc_need=_NEVER_LET_IN,
         unless=r"how (?:do|can)|\?|unsubscrib|stop (?:getting|receiving|these|them)|spam|marketing|newsletter|"
                # a colleague who gets none: "notre secretaire ... ne recoit toujours aucune notification"
                r"\bne recoit toujours (?:aucun|pas|rien)|recibe todavia ningun|erhalt immer noch kein|"
                r"promotion|\b(?:i|we|i'?m|we'?re) (?:am |are )?(?:still )?(?:been )?(?:getting|receiving)\b|"
                r"error|fehler|erreur|timeout|\b50\d\b|\b40\d\b|"
                # "son adresse electronique continue de recevoir des notifications": a complaint about her own mail
                r"\b(?:his|her|their|son|sa|ihre|seine|su|sua|seu|haar|zijn) (?:own |e-?mail |electronic )?"
                r"(?:address|adresse|direccion|endereco|indirizzo|adres)",
         guard="hypo", negatable=False, name="SEC1-outsider-still-receives-our-mail"),
    # "como uma empresa de fora teve acesso ao conteudo do nosso espaco de trabalho"
    rule("SEC1", words("outside company|outside firm|outside agency|empresa de fora|empresa externa|empresa de afuera|"
                       "empresa ajena|entreprise exterieure|societe exterieure|entreprise externe|externe firma|"
                       "fremde firma|externes unternehmen|fremdes unternehmen|azienda esterna|ditta esterna|"
                       "extern bedrijf|company we have no contract with|firm we have no contract with|"
                       "provider we have no contract with|vendor we have no contract with|company we never hired|"
                       "company we have never dealt with|company we've never dealt with"),
         need=r"access|acesso|acces|acceso|zugriff|zugang|accesso|toegang|received|receiving|recebe|recibi|"
              r"\brecu|\brecus|erhalten|ricevut|ontvangen|got hold|(?:has|had|have) (?:all )?(?:our|the)|sent to|"
              r"shared with|passed to|gone to|went to|tem os nossos|tinha os nossos|tenia nuestros|avait nos|"
              r"hatte unsere|aveva i nostri|had onze|enviad|envoye|geschickt|inviat|gestuurd",
         doc_need=r"\b(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nossos|nostr\w*|onze|ons)\b",
         unless=r"how (?:do|can)|(?:do|does|can|could|will|would|is|are) (?:you|teamflow|it|they|there)\b[^.!?]*\?|"
                r"(?:we|i) (?:hired|contracted|use|engaged|asked|invited|gave|shared|granted)\b|"
                r"(?:want|need|like|plan) to (?:give|grant|share|invite)|(?:can|could|should) (?:we|i) (?:give|grant|"
                r"share|invite)",
         guard="hypo", negatable=False, name="SEC1-outside-company-has-our-content"),
    # "it put the account straight back into the workspace as a full member" after it was removed
    rule("SEC2", words("straight back into|right back into|straight back in|right back in|back into the workspace|"
                       "back into our workspace|walk back in|walk straight back in|get back in with|"
                       "come back in with"),
         need=r"invit|link|old|email|e-mail|token|url",
         doc_need=r"remov|kicked|deleted|revoked|deactivat|offboard|took (?:him|her|them) off",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:re-?invited|invited (?:him|her|them) (?:back|again)|added (?:him|"
                r"her|them) back)|(?:by|on) mistake|accidentally removed",
         guard="hypo", negatable=False, name="SEC2-removed-member-back-in"),
    # "our kids' board - school letters, hospital appointments, three years of notes - was completely emptied"
    rule("SEC4", words("was emptied|were emptied|been emptied|got emptied|completely emptied|was wiped|were wiped|"
                       "been wiped|got wiped|wiped clean|was cleared out|been cleared out|ha sido vaciado|fue vaciado|"
                       "se ha vaciado|a ete vide|a ete videe|ont ete vides|wurde geleert|wurden geleert|"
                       "ist leer geraumt|"
                       "foi esvaziado|foi esvaziada|foram apagados|e stato svuotato|e stata svuotata|is leeggemaakt|"
                       "werd leeggemaakt|is leeggehaald"),
         need=r"board|project|list|notes|tasks|cards|folder|workspace|account|calendar|rota|schedule|tablero|"
              r"proyecto|tableau|projet|liste|ordner|projekt|quadro|projeto|lista|bacheca|progetto|bord|lijst",
         unless=SEC4_NOT + r"|how (?:do|can)|\?|(?:we|i) (?:\w+ )?(?:emptied|wiped|cleared)|trash|bin\b|recycle|"
                r"cache|inbox|archiv|template|on purpose|as (?:planned|agreed|requested)",
         doc_unless=STILL_THERE, guard="hypo", negatable=False, name="SEC4-board-emptied"),
    # "his phone ('Dave's iPhone') signed in at 10:40pm. He has no business being in there any more."
    rule("SEC1", words("no business being in|no business being on|no right to be in|no right being in|"
                       "shouldn't be in there|should not be in there|shouldn't have been in there|"
                       "should not have been in there|my ex-husband|my ex-wife|my ex-partner|my ex husband|my ex wife|"
                       "my ex partner|my ex-boyfriend|my ex-girlfriend|my former partner|my ex-business partner|"
                       "my former business partner"),
         need=r"signed in|logged in|log(?:ged)? on|got in|getting in|been in|go(?:ne|ing) in|accessed|looking|"
              r"login|sign-in|changed|deleted|emptied|wiped|there|in there|on there|account",
         doc_need=r"signed in|logged in|logged on|login (?:history|activity)|sign-in|session|device|phone|laptop|"
                  r"ipad|iphone|deleted|emptied|wiped|changed|password",
         unless=r"how (?:do|can)|\?|(?:want|like|need) to (?:add|invite|give|share)|(?:still )?shares? (?:the|our) "
                r"(?:account|board)|co-parent|custody|(?:we|i) (?:both|still) use",
         guard="hypo", negatable=False, name="SEC1-no-business-being-in"),
    # "every shift on our community cafe rota was renamed to swear words ... None of the six people with access did it"
    rule("SEC3", words("vandalised|vandalized|vandalism|defaced|swear words|obscenities|rude words|profanities|"
                       "vandalizado|vandalizada|vandalise|vandalisee|vandalisiert|vandalizzato|vandalizzata|"
                       "gevandaliseerd|palabrotas|gros mots|schimpfworter|schimpfwortern|palavroes|parolacce|"
                       "scheldwoorden"),
         need=r"rota|board|project|tasks?|cards?|shifts?|titles?|names?|renam|changed|replaced|workspace|calendar|"
              r"schedule|list|tablero|tareas|tableau|taches|aufgaben|quadro|tarefas|bacheca|schede|taken|bord|"
              r"dienstplan|planning|turnos|turni|diensten|cambiad|modifie|geandert|alterad|cambiat|veranderd|"
              r"umbenannt|renomm|renombr|renomead|rinominat|hernoemd",
         doc_need=_NOBODY_HERE,
         unless=r"how (?:do|can)|\?|filter|(?:our|my) (?:own )?(?:kids?|son|daughter|children|intern)|"
                r"(?:i|we) (?:renamed|changed)",
         guard="hypo", negatable=False, name="SEC3-vandalised-by-nobody-here"),
    # "a number she didn't know had texted her a photo of her own card from my board ... I have never shared that
    # board with anyone, it's just me"
    rule("SEC1", words("photo of her|photo of his|photo of their|photo of our|photo of my|screenshot of her|"
                       "screenshot of his|screenshot of their|screenshot of our|screenshot of my|picture of her|"
                       "picture of his|picture of their|picture of our|picture of my|a photo of a card|"
                       "a screenshot of a card|a screenshot from|a photo from"),
         need=r"(?:from|of|on) (?:my|our) (?:\w+ )?(?:board|project|list|workspace|card|page|tasks?)|"
              r"from (?:my|our) teamflow|"
              # "a photo of her phone showing our 'Room 12 - Reading Groups' board"
              r"showing (?:my|our) (?:[\w'-]+ ){0,6}?(?:board|project|list|workspace|card|page|tasks?)\b",
         doc_need=r"(?:never|haven'?t|have not|didn'?t|did not) (?:\w+ )?(?:shared?|sent|send|given|give|shown)\b|"
                  r"(?:it'?s|it is) just me|only me|(?:nobody|no ?one) (?:else )?(?:has|had) (?:access|the login)|"
                  r"(?:didn'?t|did not) (?:even )?know|stranger|unknown number|don'?t (?:even )?know|"
                  r"never been invited",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:sent|shared|posted|took|attached)|(?:want|like) to (?:send|share)",
         guard="hypo", negatable=False, name="SEC1-stranger-has-a-picture-of-our-board"),
    # "their importer had pulled in 'a large number of additional boards' ... now sitting in their system. We only
    # ever authorised the one board."
    rule("SEC1", words("only ever authorised|only ever authorized|only authorised|only authorized|only ever connected|"
                       "only ever gave|only ever shared|never authorised|never authorized|never connected it to"),
         need=r"board|project|workspace|folder|list|app|integration|access",
         doc_need=r"(?:in|on|into) (?:their|its|the vendor'?s|the app'?s) (?:own )?(?:system|servers?|database|"
                  r"platform|account)|pulled in|(?:has|have|had) copies|copies of|sitting in|now (?:has|have|hold)",
         unless=r"how (?:do|can)|\?|(?:want|like|need) to (?:connect|authori[sz]e)",
         guard="hypo", negatable=False, name="SEC1-app-took-more-than-it-was-given"),
    # "je reçois tous les matins le « résumé du jour » ... mais ce n'est pas notre club dedans : c'est les tâches
    # d'un cabinet dentaire"
    rule("SEC1", words("ce n'est pas notre|c'est pas notre|it's not our|it is not our|that's not our|these aren't our|"
                       "no es nuestro|no es nuestra|no son nuestros|no son nuestras|nao e o nosso|nao e a nossa|"
                       "nao sao "
                       "os nossos|non e il nostro|non e la nostra|das ist nicht unser|das sind nicht unsere|"
                       "het is niet ons|het is niet onze|dat is niet ons|dat zijn niet onze"),
         need=r"club|team|company|business|firm|practice|entreprise|equipe|societe|cabinet|empresa|equipo|clube|"
              r"firma|praxis|verein|bedrijf|vereniging|praktijk|school|ecole|escuela|escola|scuola|schule|"
              r"associa\w*|tasks|taches|tareas|tarefas|aufgaben|taken|compiti",
         doc_need=r"(?:recoi\w*|recu\w*|receiv\w*|getting|recib\w*|receb\w*|ricev\w*|bekomme\w*|erhalte\w*|krijg\w*|"
                  r"ontvang\w*)\b[^.!?]{0,80}(?:" + _MAILINGS + r")",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-someone-elses-digest"),
    # the picture posted, then what it shows: "jemand hat ein Foto vom Bildschirm gepostet. Man sieht unsere Liste"
    rule("SEC1", words("man sieht|sieht man|on voit|se ve$|se ven$|si vede|si vedono|da para ver|you can see|je ziet|"
                       "zie je"),
         need=r"\b(?:unsere\w*|notre|nos|nuestr\w*|our|nostr\w*|noss\w*|onze)\b",
         doc_need=r"\b(?:jemand|someone|somebody|alguien|quelqu'un|alguem|qualcuno|iemand)\b[^.!?]{0,40}(?:foto|photo|"
                  r"screenshot|captura|capture|bildschirmfoto|schermata|schermafbeelding)\b[^.!?]{0,40}(?:gepostet|"
                  r"posted|publico|publie|postato|gepost|publicou|postou|online gezet|geteilt)",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-picture-of-our-records-posted"),
    # an outsider tells us what only our board holds: "Un ex-socio ci ha detto al telefono i numeri di telefono di tutti
    # i nostri iscritti, che teniamo solo in TeamFlow"
    rule("SEC1", words("ci ha detto|mi ha detto|nos ha dicho|me ha dicho|nos dijo|me dijo|nous a dit|m'a dit|"
                       "hat uns gesagt|hat mir gesagt|nos disse|me disse|heeft ons verteld|heeft me verteld|told us|"
                       "told me"),
         need=TOLD_DATA,
         doc_need=r"\b(?:solo|only|solamente|uniquement|nur|so|alleen|soltanto) (?:\w+ ){0,2}(?:in|en|dans|no|em|op|"
                  r"on) "
                  r"(?:teamflow|tf)\b|\b(?:che teniamo|que (?:solo )?tenemos|que nous gardons|die wir nur|que so "
                  r"temos|die we alleen) (?:\w+ ){0,2}(?:in|en|dans|no|em|op) teamflow|\b(?:we|"
                  r"i) only keep (?:\w+ ){0,3}"
                  r"(?:in|on) teamflow|only (?:lives|exists) (?:in|on)",
         unless=r"how (?:do|can)|\?|(?:we|i|noi|nosotros|nous|wir|nos|wij) (?:\w+ )?(?:gave|shared|sent|dato|dado|"
                r"donne|gegeben|gedeeld)", negatable=False, name="SEC1-outsider-told-us-our-data"),
    # an outsider reads our private board's contents back to us
    rule("SEC1", words("read out|read me|read us|recited|quoted me|quoted us|read to her|read to him|read to them|"
                       "read to me|read to us|vorgelesen|voorgelezen|"
                       "lu a voix haute|leyo en voz alta|leu em voz alta|letto ad alta voce|"
                       # "ha cominciato a leggermi ad alta voce i nomi di alcune famiglie"
                       "leggermi ad alta voce|leggerci ad alta voce|a leggere ad alta voce|leerme en voz alta|"
                       "a leer en voz alta|me lire a voix haute|ler em voz alta|ad alta voce|"
                       # "daarna las hij me gewoon de namen van drie andere patiënten voor"
                       "las hij me$|las zij me$|las ze me$|las hij ons$|las ze ons$|las me$|las ons$|"
                       # "begon hij bedragen voor te lezen van ons bord 'Salarissen 2026'"
                       "voor te lezen|voorlezen|voorlas|"
                       # "nos ha leido por telefono la lista de citas"; "hat mir am Telefon vorgelesen, was ...
                       # verdient"
                       "nos ha leido|me ha leido|nos leyo|me leyo|m'a lu|nous a lu|ci ha letto|mi ha letto|nos leu|"
                       "me leu|leu-nos|leu-me"),
         need=r"(?:from|in|on|of) (?:our|my) (?:\S+ ){0,4}(?:board|project|workspace|files?|records|tasks?|sheet|"
              r"patients|clients|customers|members|pupils|students|staff|employees|quotations|quotes|offers|prices|"
              r"pipeline|comments|lists?|donors|volunteers|families|parents)|(?:aus|in) (?:unserem|unserer|"
              r"meinem|meiner)|uit (?:ons|onze|mijn)|de (?:notre|nos|mon|ma)|de (?:nuestro|nuestra|mi)|"
              r"(?:do|da) (?:nosso|nossa|meu|minha)|(?:dal|dalla|del|della) (?:nostro|nostra|mio|mia)|"
              # "er hat mir zum Beweis zwei Namen und eine Adresse vorgelesen"
              r"\b(?:namen|names|nombres|noms|nomes|nomi|adressen?|address(?:es)?|direccion(?:es)?|enderecos?|"
              r"indirizz[oi]|nombre|la lista|las citas|la agenda|netto|brutto|verdient|gehalt|lohn|salario|"
              r"salary|salaire|stipendio|salaris)\b|"
              # "Namen, Telefonnummern und Angebotspreise von gut 60 unserer Kunden"
              r"\d+ (?:of )?(?:our|unserer|de nos|de nuestros|dos nossos|dei nostri|van onze) (?:clients|customers|"
              r"kunden|clientes|clienti|klanten|patients|patienten|pacientes|pazienti|members|mitglieder)",
         doc_need=r"never given (?:him|her|them) anything|"
                  # "He would not say who he was"; "That list only lives in our TeamFlow project"
                  r"(?:would not|wouldn'?t|refused to) (?:say|tell (?:us|me)) (?:who|where|how)|wollte nicht sagen|"
                  r"n'a pas voulu (?:nous )?dire|no quiso decir|nao quis dizer|non ha voluto dire|wilde niet zeggen|"
                  r"only (?:lives|exists) (?:in|on)|existiert nur|solo existe|n'existe que|so existe|esiste solo|"
                  r"bestaat alleen|steht (?:alles )?nur in|"
                  # "Er ist bei uns nur als Gast auf dem Board ... eingeladen, sonst nirgends"; "SOLO la tenemos en"
                  r"nur als gast|only as a guest|solo como invitad[oa]|seulement comme invite|so como convidad[oa]|"
                  r"solo come ospite|alleen als gast|sonst nirgends|solo (?:la|lo|las|los) tenemos en|"
                  r"ningun[oa]? (?:de nosotr[oa]s )?(?:lo|la) conoce|no es (?:cliente|paciente|socio) nuestro|"
                  r"no es nuestro (?:cliente|paciente)|"
                  # "Der Mann war nie bei uns eingeladen ... keiner kennt ihn"
                  r"nie (?:\w+ ){0,2}eingeladen|(?:keiner|niemand) kennt (?:ihn|sie)|nobody knows (?:him|her|them)|"
                  r"nadie (?:lo|la) conoce|personne ne (?:le|la) connait|ninguem (?:o|a) conhece|"
                  r"nessuno (?:lo|la) conosce|niemand kent (?:hem|haar)|"
                  # "Wij hebben dat bord nooit met hem gedeeld"
                  r"nooit met (?:hem|haar|hen) gedeeld|never shared (?:it |that |the board )?with (?:him|her|them)|"
                  r"nunca (?:lo |la )?compartimos con|jamais partage avec|nie mit (?:ihm|ihr|ihnen) geteilt|"
                  r"nunca partilh\w* com|mai condivis\w* con|"
                  # "Meneer heeft geen account bij ons en we hebben hem nooit iets gestuurd"
                  r"(?:heeft|hat|has|had) (?:\w+ )?(?:geen account|kein konto|no account)|nooit iets gestuurd|"
                  r"never sent "
                  r"(?:him|her|them) anything|nunca le (?:mandamos|enviamos) nada|jamais rien envoye|nie etwas "
                  r"geschickt|nunca lhe enviamos nada|mai mandato niente|"
                  # "un signore che nessuno di noi conosce"
                  r"(?:che|que|qui|den|die) (?:nessuno di noi|nadie de nosotros|aucun de nous|keiner von uns|nenhum de "
                  r"nos|niemand van ons) (?:\w+ )?(?:conosce|conoce|conhece|ne connait|kennt|kent)|"
                  r"(?:nobody|none of us|no one) (?:here )?(?:knows|recogni[sz]ed|recogni[sz]es)|"
                  # "mit denen hatten wir nie etwas zu tun ... Bei uns hat niemand irgendetwas an diese Firma geschickt"
                  r"nie etwas zu tun|nie (?:\w+ )?zu tun gehabt|never had anything to do with|never dealt with|"
                  r"niemand (?:\w+ ){0,2}(?:geschickt|geschickt|gesendet|weitergegeben)|nunca tuvimos nada que ver|"
                  r"jamais eu affaire|nunca tivemos nada|mai avuto a che fare|nooit iets mee te maken|"
                  r"not (?:a )?(?:patient|client|customer|staff|member|employee)|"
                  r"never met|none of us (?:has |have )?(?:ever )?(?:met|knows?)|only (?:\w+ )?(?:of us )?(?:are|is) "
                  r"members?|never invited|not (?:a )?member|no account|(?:doesn'?t|"
                  r"does not) (?:even )?have an account|"
                  r"outside|stranger|supplier|client|competitor|customer of ours|not (?:on|in) (?:the|our) (?:board|"
                  r"project|workspace|team)|nie mitglied|nooit lid|jamais ete membre|nunca fue miembro|nunca foi "
                  r"membro|mai stato membro|lieferant|leverancier|fournisseur|proveedor|fornecedor|fornitore|"
                  r"konkurrent|concurrent|competidor|concorrente|"
                  # a guest of one board who reads out another: "Nobody gave her that access ... still says Guest"
                  r"(?:nobody|no one) gave (?:her|him|them) (?:that |this |any )?access|only has guest access|"
                  r"nadie le dio (?:ese |ningun )?acceso|personne ne lui a donne (?:cet )?acces|niemand hat (?:ihr|"
                  r"ihm) "
                  r"(?:diesen |den )?zugriff|ninguem lhe deu (?:esse )?acesso|nessuno le ha dato (?:quell')?accesso|"
                  r"niemand heeft (?:haar|hem) (?:die |deze )?toegang",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:shared|sent|invited|showed)", negatable=False,
         name="SEC1-outsider-reads-it-back"),
    # "la patronne d'en face m'a montré sur son téléphone notre tableau des commandes ... elle l'avait reçu de Julien"
    rule("SEC1", words("m'a montre|nous a montre|showed me|showed us|me enseno|nos enseno|me mostro|nos mostro|"
                       "me mostrou|nos mostrou|hat mir gezeigt|hat uns gezeigt|mi ha mostrato|ci ha mostrato|"
                       "liet me zien|liet ons zien"),
         need=OF_OURS, doc_need=NEVER_GIVEN,
         unless=r"how (?:do|can)|\?|(?:i|we|je|nous|yo|eu|ich|wir|io|ik) (?:\w+ )?(?:sent|shared|envoye|partage|"
                r"enviamos|compartimos|geschickt|geteilt|inviato|condiviso|gestuurd|gedeeld)\b",
         negatable=False, name="SEC1-shown-our-board-by-an-outsider"),
)
