"""Concept rules for immediate criteria as ordinary, relayed and formal tickets tell them.

Each rule reads one situation the way customers describe it without the policy's words: a phishing
message sent from a colleague's account, a promise of EU-only hosting broken, a guest who can do an
admin's things, a competitor that now holds our files, a sign-in list line the owner cannot explain.
They were added after independent held-back sets showed the wording (CHANGELOG, rounds 26 onwards).
"""

from __future__ import annotations

from .lexicon import NEWS_ABOUT_OTHERS, OPENED_BY_RECEIVER, Rule, rule, words

#: The account's owner was away or asleep when the log shows it at work ("Estuve en el hospital").
AWAY_WHEN_IT_HAPPENED = ("i was in hospital|i was in the hospital|she was in hospital|he was in hospital|"
                         "i was on holiday|i was on vacation|she was on holiday|he was on holiday|she was on vacation|"
                         "he was on vacation|i was away|she was away|he was away|estuve en el hospital|"
                         "estaba en el hospital|estaba de vacaciones|estuve de vacaciones|estava no hospital|"
                         "estive no hospital|estava de ferias|estive de ferias|j'etais a l'hopital|j'etais en vacances|"
                         "elle etait en vacances|il etait en vacances|ich war im krankenhaus|ich lag im krankenhaus|"
                         "ich war im urlaub|sie war im urlaub|er war im urlaub|ero in ospedale|ero in ferie|"
                         "era in ferie|ik lag in het ziekenhuis|ik was op vakantie|zij was op vakantie|"
                         "hij was op vakantie|"
                         "estaba dormido|estaba dormida|je dormais|ich habe geschlafen|dormivo|ik sliep|"
                         # "está de férias nos Açores desde dia 14"
                         "esta de ferias|esta de vacaciones|est en vacances|ist im urlaub|e in ferie|is op vakantie|"
                         "is on holiday|is on vacation|is away|estava a dormir|estava dormindo|estaba durmiendo|"
                         "was asleep|were asleep|was sleeping")

CONCEPT_ORDINARY: tuple[Rule, ...] = (
    # a message that fishes for credentials: "a fake 'invoice portal' asking people to enter their bank password"
    rule("SEC3", words("asking people to enter|asking them to enter|asking everyone to enter|asking users to enter|"
                       "asks people to enter|asks everyone to enter|asks users to enter|asking staff to enter|"
                       "asking members to enter|asking clients to enter|fake microsoft|fake login page|"
                       "fake sign-in page|"
                       "fake google|goes to a fake|re-confirm your|reconfirm your"),
         need=r"password|bank|card|credentials|log ?in|\bpin\b|security code|2fa code|microsoft|google|sign|page",
         unless=r"how (?:do|can)|\?|(?:our|my) (?:own )?(?:form|survey|onboarding)", negatable=False,
         name="SEC3-credentials-fished"),
    # "the link ended up in a parents' WhatsApp group ... two parents opened it"
    rule("SEC1", words("whatsapp group|facebook group|telegram group|signal group|discord server|group chat"),
         need=r"ended up|landed|was posted|got shared|was shared|opened it|screenshots? of|"
              r"sent (?:\w+ ){0,3}to the group|"
              # "a screenshot a student had shared in the class Discord server"
              r"screenshot|had (?:shared|posted)|(?:shared|posted) (?:it )?in the|circulat",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:post|share|use)", negatable=False, name="SEC1-link-in-a-group-chat"),
    # "the link is just our workspace number and the board number ... it opens without any login"
    rule("SEC2", words("guessable|predictable link|predictable links|predictable url|predictable urls|sequential ids|"
                       "sequential numbers|enumerable|type other numbers|try other numbers"),
         need=r"link|url|\bids?\b|numbers?|board",
         unless=r"how (?:do|can)|(?:do|are) (?:you|your) (?:use|links)", negatable=False, name="SEC2-guessable-links"),
    # "le dossier a été consulté par une personne extérieure via un lien public"
    rule("SEC1", words("personne exterieure|personnes exterieures|persona externa|personas externas|externe person|"
                       "pessoa externa|persona esterna|externe persoon"),
         need=r"consult|\bvu\b|ouvert|telecharg|acced|\bvio\b|visto|gesehen|geoffnet|aperto|bekeken|geopend|abriu",
         unless=r"how (?:do|can)|\?|comment|como|wie |come |hoe ", name="SEC1-outside-person-saw"),
    # every task now carries one card's text: "in jeder Aufgabe steht dieselbe Beschreibung"
    rule("SEC4", words("dieselbe beschreibung|the same description|la misma descripcion|la meme description|"
                       "a mesma descricao|la stessa descrizione|dezelfde beschrijving|overwritten with the same"),
         need=r"\b(?:jeder|jede|every|each|all|todas|todos|toutes|tous|alle|tutte|tutti|elke|\d{2,})\b",
         unless=r"how (?:do|can)|\?|template|(?:we|i) (?:\w+ )?(?:set|applied|pasted)", negatable=False,
         name="SEC4-every-item-same-text"),
    # a county-court claim filled in and paid, to be filed unless the money comes back
    rule("LEG1", words("county court|small claims|claim form|filing fee"),
         need=r"filled|fill(?:ing)? in|\bfile\b|filing|paid|goes in|submit|lodge|court",
         unless=r"how (?:do|can)|\?|(?:our|my) clients?'? (?:\w+ ){0,3}(?:claims?|court)", negatable=False,
         name="LEG1-claim-form-filled"),
    # an erasure demand from a data subject in German and the other languages read
    rule("LEG4", words("angaben zu meiner person|daten zu meiner person|meine personlichen daten|mis datos personales|"
                       "mes donnees personnelles|os meus dados pessoais|i miei dati personali|mijn persoonsgegevens"),
         need=r"entfernen|loschen|verschwindet|suprim|borr|elimin|apag|cancell|verwijder|delete|erase|remove",
         unless=r"how (?:do|can)|\?|(?:wie|comment|como|come|hoe) (?!(?:mi|ci|me|nos|le|la|lo) (?:consente|permite|"
                r"permet|garantisce|garantiza|garante)|previsto|prevu|stabilito|establecido)",
         name="LEG4-my-data-removed"),
    # "a member of the public, who is not employed by the Council, was able to view our board"
    rule("SEC1", words("a member of the public|members of the public|a visitor|visitors|a passer-by|passers-by"),
         need=r"(?:was|were) able to (?:view|see|read|open|access)|could (?:see|view|read|open|access)|photograph\w*|"
              r"\bviewed\b|\bsaw\b",
         unless=r"\bif\b|how (?:do|can)|\?|(?:share|publish|show)\w* (?:\w+ ){0,4}(?:with|to) (?:members of the public|"
                r"visitors)|on purpose|public (?:page|board|form|portal)",
         name="SEC1-member-of-the-public-saw"),
    # our own slip, then the receiver opened it: "sent the agency the export link by mistake ... they downloaded it"
    rule("SEC1", words("per errore|per sbaglio|by mistake|por error|par erreur|versehentlich|per ongeluk|por engano|"
                       "accidentally|in error"),
         need=OPENED_BY_RECEIVER,
         also=r"export\w*|esportazion\w*|exportacion|list\w*|anagrafica|client\w*|customer\w*|data|dati|datos|donnees|"
              r"daten|dados|gegevens|file|archivo|fichier|datei|arquivo|bestand",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:\w+ )?(?:opened|downloaded)|(?:my|our) own|"
                # the writer opened it on her own phone: "heb ik per ongeluk op mijn privetelefoon geopend"
                r"(?:op|on|en|sur|auf|no|sul) (?:mijn|my|mi|mon|meinem|meu|il mio) (?:own |private |personal )?"
                r"(?:prive)?(?:telefoon|phone|movil|telefono|telephone|portable|handy|telefon|telemovel|celular|"
                r"cellulare|laptop)", negatable=False,
         name="SEC1-sent-by-mistake-then-opened"),
    # "our agreement says EU-only hosting ... the attachments are served from a storage bucket in Virginia";
    # "notre contrat prévoit que les données restent hébergées à Francfort ... répliquées aux États-Unis"
    rule("SEC5", words("eu-only|eu only|only in the eu|hosted in the eu|within the eu|ue uniquement|nur in der eu|"
                       "solo en la ue|solo nella ue|alleen in de eu|apenas na ue|servers in frankfurt|"
                       "stays on servers in|"
                       "stay on servers in|in the european union|en la union europea|dans l'union europeenne|"
                       "in der europaischen union|na uniao europeia|nell'unione europea|in de europese unie|"
                       "a francfort|in frankfurt|en frankfurt|em frankfurt|a francoforte|in francoforte|"
                       # "nos dijeron que todo se guardaba en servidores de Europa"
                       "servidores de europa|servidores en europa|serveurs en europe|servern in europa|"
                       "servidores na europa|server in europa|servers in europe|servers in europa|"
                       "datacenters in de eu|rechenzentren in der eu|centros de datos en la ue|"
                       # "seraient hébergés en France chez un hébergeur certifié pour les données de santé"
                       "heberges en france|hebergees en france|heberge en france|hebergee en france|"
                       "hebergeur certifie|in deutschland gehostet|in deutschland gespeichert|alojados en espana|"
                       "hospedados em portugal|alojados em portugal|ospitati in italia|gehost in nederland|"
                       "hosted in germany|hosted in france|hosted in the uk"),
         doc_need=r"\b(?:from|in|en|em|au|aux|im|nos|negli|nella|na|no|aus|uit|dos) (?:a |an |the |un |une |einem |"
                  r"uma |um |los )?(?:[\w,]+ ){0,3}(?:virginia|ohio|oregon|california|usa|eua|united states|"
                  r"estados unidos|etats-unis|"
                  r"vereinigten staaten|stati uniti|verenigde staten|us-east-\d|us-west-\d)\b|"
                  r"(?:served|stored|hosted|kept|sits?|sitting|located|lives?|resolve\w*|point\w*|gespeichert|"
                  r"almacenad|"
                  r"stocke|"
                  r"armazenad|archiviat|opgeslagen) (?:\w+ ){0,4}(?:from|in|on|en|au|aux|im|in den|nos|negli|"
                  r"nella) (?:a |an |the |un |une |einem |uma |un )?(?:\w+ ){0,3}(?:virginia|us|usa|united states|"
                  r"america|ohio|oregon|california|us-east-\d|us-west-\d|singapore|india|estados unidos|etats-unis|"
                  r"usa|vereinigten staaten|stati uniti|verenigde staten)\b",
         unless=r"how (?:do|can)|\?|(?:do|does|can|could|will|would) (?:you|teamflow)", guard="hypo",
         negatable=False, name="SEC5-eu-only-but-stored-abroad"),
    # a guest or viewer who can do an admin's things: "the guest gets the settings page and can delete it"
    rule("SEC2", words("a guest account|the guest can|the guest gets|guests can|a guest can|viewers can|a viewer can|"
                       "the viewer can|"
                       "read-only users can|read-only user can|the guest account|guest user can|"
                       "the 'guest' role can|the guest role can|with the guest role can"),
         need=r"\b(?:can|could|gets|got|is able to|was able to)\b[^.!?]{0,80}\b(?:rename|delete|remove|edit|change|"
              r"invite|settings|admin|export)",
         doc_need=r"supposed to be|meant to be|should (?:only|be)|read-only|read only|can only view|view-only|"
                  r"view only|without (?:being )?(?:an? )?admin|making (?:themselves|himself|herself) (?:an? )?admin|"
                  r"(?:changes|changing|edits|editing) the (?:end of the )?(?:address|url|link)|/admin|/settings|"
                  r"address bar|supposed to (?:see|only|have)|meant to (?:see|only|have)|promotes? (?:itself|"
                  r"themselves|himself|herself) to admin|"
                  # "... even when they were only invited to a single task in it"
                  r"only invited to (?:a |one )?(?:single )?(?:task|card|item|board|project)",
         unless=r"how (?:do|can)|\?|(?:should|could) (?:guests|viewers)|(?:want|like) (?:guests|viewers)|"
                r"(?:let|allow) (?:guests|viewers)|"
                # a wish: "we'd love an option to require admin approval before a guest can be invited"
                r"(?:option|setting|way|feature) to (?:require|stop|prevent|block)|before a (?:guest|viewer) can be "
                r"(?:invited|added)|feature request", negatable=False, name="SEC2-guest-does-admin-things"),
    # "a competing agency opened it ... downloading the media plan"; "sent our contracts to a competitor"
    rule("SEC1", words("a competing agency|a rival agency|a competing firm|a rival firm|a competing company|"
                       "a rival company|a competing studio|to a competitor|to a rival"),
         need=r"opened|viewed|downloaded|downloading|\bsaw\b|accessed|received|got hold of|(?:sent|forwarded|emailed) "
              r"(?:our|my)|(?:contacted|called|rang|emailed|approached) [^.!?]{0,50}\b(?:quoting|citing|with|"
              r"using) (?:the "
              r"|our )?(?:exact|same)",
         unless=r"how (?:do|can)|\?|\bif\b|what if", name="SEC1-competitor-has-it"),
    # "they had an export of the whole board ... nobody here sent it to them"
    rule("SEC1", words("had an export of|have an export of|has an export of|had a copy of|has a copy of|"
                       "have a copy of|had the export of"),
         need=r"\b(?:they|he|she|agency|company|firm|someone|competitor|stranger)\b",
         unless=r"how (?:do|can)|\?|\b(?:we|i) (?:had|have)|our (?:own|team)", negatable=False,
         name="SEC1-outsider-had-a-copy"),
    # "berichten verstuurd met een 'nieuwe bankrekening' en een nepfactuur" from a colleague's account
    rule("SEC3", words("nepfactuur|nepfacturen|valse factuur|valse facturen|factura falsa|facturas falsas|"
                       "fausse facture|fausses factures|gefalschte rechnung|gefalschte rechnungen|fatura falsa|"
                       "faturas falsas|fattura falsa|fatture false|fake invoice|fake invoices|nieuwe bankrekening|"
                       "nueva cuenta bancaria|nouveau compte bancaire|neue bankverbindung|nova conta bancaria|"
                       "nuovo conto bancario"),
         need=r"verstuurd|gestuurd|sent|enviad|envoye|geschickt|verschickt|inviat|berichten|messages|mensajes|"
              r"nachrichten|mensagens|messaggi|account|konto|cuenta|compte|conta|klanten|clients|clientes|kunden|"
              r"clienti",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:sent|issued)", negatable=False, name="SEC3-fake-invoices-sent"),
    # a sign-in list the owner cannot explain: "Jakarta, Android phone, today 03:12 ... I was asleep"
    rule("SEC1", words("i was asleep|i was sleeping|we were asleep|we were sleeping|i don't own a|i don't own an|"
                       "i do not own a|not my device|not my phone"),
         doc_need=r"where (?:you(?:'re| are)|i'?m|i am) signed in|signed[- ]in (?:devices|sessions|list)|"
                  r"sessions? list|"
                  r"(?:android|iphone|ipad|windows|mac|linux) (?:phone|device|laptop|tablet|pc)?,? (?:(?:today|"
                  r"yesterday|"
                  r"last night|at) )?\d{1,2}[:.]\d{2}|"
                  # "my account exported the supplier list at 3:12am ... the login on it says Hanoi"
                  r"(?:my|our|his|her) account (?:\w+ ){0,2}(?:exported|downloaded|logged in|signed in|deleted|"
                  r"shared|sent out)|(?:login|log-?in|sign-?in)s? (?:on it |there )?(?:says|shows|showed|said|came "
                  r"from) [a-z]|"
                  # "a comment on almost every task ..., posted by ME at 3:12am"
                  r"\b(?:posted|sent|written|made|added) (?:by|from) (?:me|my account) at \d",
         unless=r"how (?:do|can)", negatable=False, name="SEC1-sign-in-list-not-mine"),
    # the owner was away when the log shows an export in her name: "Estuve en el hospital ... una exportación de la
    # lista de socios con mi usuario"; "Sie war im Urlaub ... ein Export der Kundenliste unter ihrem Namen"
    rule("SEC1", words(AWAY_WHEN_IT_HAPPENED),
         doc_need=r"\b(?:export\w*|exportacion|exportacao|esportazion\w*|descarg\w*|download\w*|telecharg\w*|"
                  r"heruntergeladen|scaricat\w*|baixad\w*|baixou|gedownload)\b[^.!?]{0,80}\b(?:con (?:mi|"
                  r"su) (?:usuario|"
                  r"cuenta)|avec (?:mon|son) (?:compte|utilisateur)|mit (?:meinem|ihrem|seinem) (?:konto|benutzer)|"
                  r"com o "
                  r"(?:meu|seu) (?:utilizador|usuario)|con il (?:mio|suo) (?:utente|account)|met (?:mijn|haar|zijn) "
                  r"(?:account|gebruiker)|a (?:su|mi) nombre|en (?:son|mon) nom|unter (?:ihrem|seinem|meinem) namen|"
                  r"em nome "
                  r"(?:dela|dele|meu)|a (?:suo|mio) nome|op (?:haar|zijn|mijn) naam|(?:with|under|from) (?:my|her|his) "
                  r"(?:user|account|login|name))\b",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-export-while-away"),
    # "... está de férias ... a conta dela entrou no TeamFlow três vezes esta madrugada"
    rule("SEC1", words(AWAY_WHEN_IT_HAPPENED),
         doc_need=r"\b(?:a conta (?:dela|dele)|her account|his account|su cuenta|son compte|(?:ihr|sein) konto|il suo "
                  r"account|(?:haar|zijn) account)\b[^.!?]{0,60}\b(?:entrou|acessou|iniciou sessao|logged in|signed in|"
                  r"entro|accedio|s'est connecte|angemeldet|eingeloggt|ha effettuato l'accesso|e entrato|ingelogd)\b|"
                  # "há entradas na conta da Rita às 3h14 ... A Rita estava a dormir"
                  r"\b(?:entradas|acessos|logins|inicios de sesion|connexions|anmeldungen|accessi|aanmeldingen) "
                  r"(?:\w+ ){0,2}(?:na|en la|sur le|im|nel|op het|in (?:her|his)) (?:conta|cuenta|compte|konto|"
                  r"account)|"
                  # "la cuenta de Marta (recepcion) entró a las 3:12 y otra vez a las 4:40 de la madrugada"
                  r"\b(?:la cuenta|a conta|le compte|das konto|l'account|het account|the account) (?:de|da|do|di|van|"
                  r"von|"
                  r"of) \w+ (?:\([^)]{1,30}\) )?(?:entro|entrou|accedio|acessou|s'est connecte|logged in|signed in|"
                  r"hat sich angemeldet|e entrato|ha effettuato l'accesso|heeft ingelogd)\b",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-sign-in-while-away"),
    # "200 comments with casino links posted into every project from the apprentice's account"
    rule("SEC3", words("kasino-links|casino links|casino-links|spam links|spam-links|spam comments|spam-kommentare|"
                       "spam-kommentar|links de cassino|enlaces de casino|liens de casino|link di casino|casinolinks"),
         need=r"post|gepostet|publicad|publie|pubblicat|geplaatst|konto|account|cuenta|compte|conta|projekt|project|"
              r"proyecto|projet|progett|projeto",
         unless=r"how (?:do|can)|\?|filter|block (?:spam|links)", negatable=False, name="SEC3-spam-posted"),
    # "the permission check only looks at the token's validity, not membership"
    rule("SEC2", words("permission check|permissions check|authorization check|authorisation check|access check|"
                       "membership check|role check"),
         need=r"only (?:looks at|checks|verifies|validates)|not (?:the )?(?:membership|role|workspace|tenant|owner)|"
              r"(?:doesn'?t|does not|never) (?:check|look at|verify)|missing|skipped|bypass|ignores?",
         unless=r"how (?:do|can)|\?|(?:add|configure|set up|enable) (?:a |the )?(?:permission|access|role) check",
         negatable=False, name="SEC2-check-looks-at-the-wrong-thing"),
    # a signed data agreement, then what the product now does against it ("the addendum says that must never happen")
    rule("SEC5", words("health-data addendum|health data addendum|data protection addendum|privacy addendum|"
                       "security addendum|business associate addendum"),
         doc_need=r"must never|should never|not supposed to|not allowed|unencrypted|in (?:plain|clear) ?text|against|"
                  r"contrary to|violat|breach",
         unless=r"how (?:do|can)|\?|(?:send|share|sign|provide) (?:us |me )?(?:a |the |your )?(?:copy|addendum)",
         guard="hypo", negatable=False, name="SEC5-addendum-broken"),
    # "dal mio account sono stati pubblicati commenti con un link a un finto sito di pagamento"
    rule("SEC3", words("finto sito|sito falso|sitio falso|pagina falsa|faux site|fausse page|gefalschte seite|"
                       "gefalschten seite|site falso|nep-site|nepsite|neppagina|fake site|fake payment|fake login|"
                       "falsa pagina|pagina finta|nep-betaalpagina|valse betaalpagina|fausse page de paiement|"
                       "pagina de pago falsa|gefalschte zahlungsseite|pagina di pagamento falsa|"
                       "pagina de pagamento falsa|"
                       "fake card-payment|fake card payment|fake deposit|fake payment page"),
         need=r"link|enlace|lien|pubblicat|publicad|publicou|postou|publie|gepostet|postad|geplaatst|posted|comment|"
              r"commenti|"
              r"comentario|kommentar|reactie",
         unless=r"how (?:do|can)|\?|drill|training|simulat|awareness|test (?:campaign|e-?mail)",
         guard="hypo", negatable=False, name="SEC3-fake-site-posted"),
    # "every teacher who opens that board gets a little box popping up" after code was typed into a title
    rule("SEC2", words("box popping up|box pops up|boxes popping up|pop-up box|popup box|box pop up|alert box|"
                       "dialog pops up|message box pops|popup appears|pop-up appears"),
         need=r"every|everyone|anyone|whoever|each|all|other (?:users?|people)|colleagues?|teachers?|staff",
         doc_need=r"\bcode\b|script|angle brackets|<[a-z]|html|javascript",
         unless=r"how (?:do|can)|\?|cookie|newsletter|notification settings", guard="hypo", negatable=False,
         name="SEC2-code-runs-for-others"),
    # "uma planilha ... que só existe anexada num quadro privado nosso ... a gente nunca mandou pra fora"
    rule("SEC1", words("recebeu|recibio|recibieron|receberam|a recu|ont recu|ha ricevuto|hanno ricevuto|"
                       "heeft ontvangen|"
                       "hebben ontvangen|hat erhalten|bekommen hat|received|hat uns|haben uns|nos mando|nos envio|"
                       "nous a envoye|ci ha mandato|ci ha inviato|heeft ons|sent us|"
                       # "le llegó a su correo un archivo de excel con TODOS los proyectos de nuestro tablero"
                       "le llego|les llego|lui est parvenu|gli e arrivato|lhe chegou|ihm kam|hem bereikte|"
                       # "me dice q le ha llegado un correo vuestro con el listado de reservas"
                       "le ha llegado|les ha llegado|le han llegado|lui est arrive|gli e arrivata|lhe chegaram"),
         need=r"planilha|hoja de calculo|tableur|tabelle|foglio|spreadsheet|arquivo|archivo|fichier|datei|file|lista|"
              r"rapport|report|informe|bericht|relatorio|rapporto|verslag|notifica\w*|comentarios|commentaires|"
              r"kommentare|commenti|opmerkingen|comments|"
              r"liste|lijst|bestand|documento|document|dokument|\binfo\b|informacion|\bdatos\b|\bdados\b|"
              r"planning|calendrier|horaires|schedule|rota\b|dienstplan|rooster|horarios?|escala|calendario|"
              r"tabella|tabla|tabelle|tabel|tabela|spreadsheet|"
              # "ci ha mandato su WhatsApp una foto del nostro listino riservato"
              r"\bfoto\b|\bphoto\b|screenshot|captura|schermata|capture d'ecran|listino|price ?list|preisliste|"
              r"lista de precios|prijslijst|tarifs",
         doc_need=r"nunca (?:mandamos|mandou|enviamos|enviou|compartimos|compartilhamos|partilhamos)|"
                  # "Lui non ha mai avuto accesso a TeamFlow e noi non gliel'abbiamo mandato"
                  r"mai avuto accesso|nunca (?:tuvo|ha tenido|teve) acceso|nunca teve acesso|n'a jamais eu acces|"
                  r"hatte nie (?:zugang|zugriff)|non gliel'abbiamo mandat|no se lo hemos mandado|ne le lui avons pas "
                  r"envoye|(?:haben|hatten) es ihm nicht geschickt|hebben het hem niet gestuurd|"
                  r"never (?:sent|shared)|"
                  r"jamais (?:envoye|partage)|nie (?:geschickt|geteilt)|mai (?:inviato|condiviso)|nooit (?:gestuurd|"
                  r"gedeeld)|quadro privado|tablero privado|tableau prive|privates? board|bacheca privata|prive bord|"
                  r"private board|so existe|solo existe|n'existe que|existiert nur|esiste solo|bestaat alleen|"
                  r"nie zugriff|nie zusammengearbeitet|(?:board|bord|tablero|tableau|quadro|bacheca) (?:ist|is|es|est|"
                  r"e) "
                  r"priva|never (?:gave|given) (?:them )?access|nunca (?:les )?(?:dimos|demos|dei) acces|"
                  r"jamais donne acces|mai dato accesso|nooit toegang|"
                  # "Nosotros no le mandamos nada y él ni tiene usuario en nuestro espacio"
                  r"no (?:le |les )?(?:mandamos|enviamos) nada|nadie de (?:aca|aqui) (?:lo )?exporto|"
                  r"no (?:le |les )?hemos (?:mandado|enviado) nada|ni tiene cuenta|no tiene cuenta|"
                  # "Essa senhora nunca foi convidada para nada"
                  r"nunca foi convidad|nunca fue invitad|n'a jamais ete invite|wurde nie eingeladen|non e mai stat[ao] "
                  r"invitat|is nooit uitgenodigd|was never invited|"
                  r"ni (?:siquiera )?tiene usuario|no tiene usuario|n'a (?:meme )?pas de compte|"
                  # "Esa madre no es usuaria de nuestro espacio y no la conocemos"
                  r"no es usuari[oa]|no (?:la|lo) conocemos|no tiene nada que ver con nosotr|"
                  # "Ella nunca ha sido usuaria de nuestro espacio"; "ci ha mandato lo screenshot": a supplier that
                  # was given one board only
                  r"nunca (?:ha sido|fue) usuari[oa]|nunca foi utilizador\w*|n'a jamais ete utilisat\w*|non e mai "
                  r"stat[oa] utente|was never a (?:user|member)|(?:le|gli) avevamo dato accesso solo|solo (?:alla|al) "
                  r"(?:bacheca|progetto)|only (?:to|given access to) (?:the|one) (?:board|project)|"
                  r"hat (?:gar )?kein konto|"
                  r"nao tem (?:nem )?usuario|non ha (?:neanche )?un account|heeft (?:niet eens )?geen account|"
                  r"doesn'?t (?:even )?have (?:a |an )?(?:user|account|login)|nobody here exported|"
                  # "Pellham Foods (they're also a TeamFlow customer, no relation to us) ... wasn't theirs"
                  # "Ce monsieur n'a aucun lien avec notre club, il n'a jamais été inscrit, on ne le connaît pas"
                  r"aucun lien avec (?:notre|nos)|(?:il|elle) n'a jamais ete inscrit|on ne (?:le|la) connait pas|"
                  r"ningun vinculo con nuestr|keine verbindung zu unser|nenhuma ligacao com (?:o )?noss|"
                  r"nessun legame con (?:il )?nostr|no connection (?:with|to) our|"
                  # "Noi quella tabella non l'abbiamo mandata a nessuno"; "un albergo concorrente, non lavoriamo con
                  # loro"
                  r"non (?:l'|la |lo )?abbiamo mandat\w* a nessuno|non lavoriamo con (?:loro|lui|lei)|no (?:la |lo )?"
                  r"hemos mandado a nadie|nous ne l'avons envoyee? a personne|(?:wir )?haben (?:sie|es|die) niemandem "
                  r"geschickt|nao (?:a |o )?mandamos a ninguem|(?:we|i) (?:didn'?t|did not|never) sen[dt] (?:it|that|"
                  r"this) to anyone|"
                  r"no relation to us|(?:wasn'?t|was not|isn'?t|is not) theirs|aucun lien avec nous|sin relacion con "
                  r"nosotros|keine verbindung zu uns|nessun legame con noi|geen relatie met ons|"
                  # "nous n'avons jamais connecté Sondéo à TeamFlow"
                  r"(?:n'avons|n'ai) jamais connecte|never connected|nunca (?:lo |la )?conectamos|"
                  r"nie (?:\w+ )?verbunden|"
                  r"nunca (?:o |a )?ligamos|mai collegat|nooit gekoppeld",
         unless=r"how (?:do|can)|\?$|(?:we|i|nos|je|wir|noi|wij) (?:sent|mandamos|enviamos|envoye|geschickt|inviato)",
         guard="hypo", negatable=False, name="SEC1-received-our-private-file"),
    # read-only users who can edit: "profilo 'Sola lettura', eppure ha modificato gli importi"
    rule("SEC2", words("sola lettura|solo lectura|solo lettura|lecture seule|nur lesen|nur-lese|leserechte|leserecht|"
                       "somente leitura|apenas leitura|so leitura|alleen lezen|alleen-lezen|leesrechten|read-only|"
                       "read only"),
         need=r"modific|\bedit|cambi|andern|aendern|wijzig|bewerk|bearbeit|alter|elimin|borr|supprim|losch|cancell|"
              r"verwijder|approv|aprob|genehmig|goedkeur|apag|exclu",
         unless=r"how (?:do|can)|come (?:faccio|posso)|como (?:puedo|hago|posso|faco)|comment (?:faire|puis)|"
                r"wie (?:kann|konnen)|hoe (?:kan|kunnen)|\?|(?:want|would like|vorrei|quisiera|voudrais|mochte|"
                r"gostaria|zou graag) |"
                # a wish: "we'd like to lock its project ... a read-only archive"
                r"(?:we'?d|i'?d|we would|i would) like|(?:one|the only) thing (?:we'?re|we are|i'?m|i am) missing|"
                r"would you consider|"
                # the role working as meant: "non vedono il pulsante per eliminare, come previsto"
                r"non vedono|no ven (?:el|los)|ne voient pas|sehen (?:\w+ )?nicht|nao veem|zien (?:\w+ )?niet|"
                r"(?:can'?t|cannot|don'?t|do not) see (?:the|any)|come previsto|as expected|as intended|wie vorgesehen|"
                r"como (?:se )?esperaba|comme prevu|como esperado|zoals verwacht",
         guard="hypo", negatable=False, name="SEC2-read-only-can-edit"),
    # "alguien ha cambiado las fechas de más de 200 tareas ... NADIE de mi equipo ha tocado eso"
    rule("SEC3", words("alguien ha cambiado|alguien cambio|alguien ha borrado|alguien ha reasignado|"
                       "quelqu'un a modifie|"
                       "quelqu'un a change|jemand hat|alguem mudou|alguem alterou|qualcuno ha cambiato|qualcuno ha "
                       "modificato|iemand heeft|someone changed|someone has changed|somebody changed|"
                       "someone reassigned"),
         need=r"\b\d{2,}\b|todas|todos|toutes|tous|alle|tutte|tutti|every|all (?:of )?(?:our|the)",
         doc_need=r"nadie de (?:mi|nuestro)|ninguno de|personne (?:chez nous|de l'equipe|de mon)|"
                  r"niemand (?:von uns|aus)|"
                  r"ninguem d|nessuno d|niemand van|none of us|nobody (?:on|in|from) (?:my|our|the)",
         unless=r"how (?:do|can)|\?|como (?:puedo|hago)|comment|wie (?:kann|konnen)|hoe (?:kan|kunnen)",
         guard="hypo", negatable=False, name="SEC3-mass-changes-nobody-made"),
    # "hundreds of accounts ... joined through our invite link and are posting links to fake pharmacy sites"
    rule("SEC3", words("posting links|posting spam|spam accounts|spam links|fake pharmacy|fake sites|fake shop"),
         need=r"accounts|bots?|random names|hundreds|dozens|every (?:public )?task|"
              r"all (?:our )?(?:tasks|boards|projects)|"
              r"comments",
         unless=r"how (?:do|can) (?:i|we) (?:report|flag|filter)|\?|drill|training|simulat|setting|block",
         guard="hypo", negatable=False, name="SEC3-spam-wave"),
    # "your new view does exactly what our patent covers ... we have licensed it to nobody"
    rule("LEG5", words("our patent|our patents|patent us|patent no|patent number|nuestra patente|notre brevet|"
                       "unser patent|unserem patent|nossa patente|il nostro brevetto|ons octrooi"),
         unless=r"how (?:do|can)|\?|patent pending|patent-pending|(?:track|manage|file|filing|draft)\w* (?:\w+ ){0,3}"
                r"patents?", guard="hypo", negatable=False, name="LEG5-patent-claimed"),
    # "a conta dela publicou ... um link para uma página de pagamento falsa" while she was elsewhere
    rule("SEC1", words("a conta dela|a conta dele|la cuenta de ella|la cuenta de el|son compte|ihr konto|sein konto|"
                       "il suo account|haar account|zijn account|her account|his account"),
         need=r"publicou|postou|publico|publie|gepostet|veroffentlicht|pubblicat|geplaatst|posted|published|sent|envio|"
              r"enviou|envoye|geschickt|inviato|verstuurd|exported|downloaded|exportiert|heruntergeladen|exporto|"
              r"descargo|exporte|telecharge|exportou|baixou|esportato|scaricato|geexporteerd|gedownload|"
              # "son compte a créé 46 tâches cette nuit ... et a ajouté nos clients comme invités"
              r"(?:account|compte|cuenta|conta|konto) (?:has |a |ha |hat |heeft )?(?:then |also |suddenly |soudain |"
              r"ensuite |ook |auch )?(?:created|cree|creado|creo|criou|erstellt|angelegt|creato|aangemaakt|added|"
              r"ajoute|anadido|anadio|adicionou|hinzugefugt|aggiunto|toegevoegd)\b",
         doc_need=r"conge (?:maternite|parental|maladie)|maternity|mutterschutz|elternzeit|baja (?:maternal|medica)|"
                  r"licenca (?:maternidade|medica)|maternita|zwangerschapsverlof|"
                  r"ne s'est pas connecte|(?:wasn'?t|was not|hasn'?t been) logged in|(?:didn'?t|did not|never) log "
                  r"in|no se (?:ha )?conecto|nao se (?:\w+ )?(?:conectou|logou)|(?:sich )?nicht angemeldet|non si e "
                  r"(?:\w+ )?collegat|niet ingelogd|nao tocou|no toco|n'a pas touche|nicht angefasst|non ha toccato|"
                  r"niet aangeraakt|nao escreveu|"
                  r"no escribio|n'a rien ecrit|hat nichts geschrieben|non ha scritto|heeft niets geschreven|didn'?t "
                  r"(?:write|touch|post)|hospital|hopital|krankenhaus|ospedale|ziekenhuis|dormia|dormait|schlief|"
                  r"dormiva|sliep|asleep|on (?:leave|holiday|vacation)|de ferias|de vacaciones|en vacances|im urlaub|"
                  r"in ferie|op vakantie",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-posted-from-her-account"),
    # "un certain « m.kovac » apparaît dans la liste des membres, avec le rôle d'administrateur"
    rule("SEC1", words("administrateur|administrador|administrator|beheerder|amministratore|admin role|role d'admin|"
                       "beheerdersrechten|adminrechten|admin rights|administratorrechte|droits d'administrat|"
                       "derechos de administrador|direitos de administrador|diritti di amministratore"),
         need=r"membres|members? list|list of members|lista de (?:miembros|membros)|mitglieder|leden|elenco dei membri|"
              r"apparait|aparece|appears|appeared|erscheint|verschijnt|compare|new admin|nouvel|nuevo|neuer|novo|nuovo|"
              r"gebruikerslijst|user ?list|benutzerliste|lista de usuarios|liste des utilisateurs|elenco utenti|"
              r"lista utenti|lista de utilizadores|\baccount\b|\bkonto\b|\bcuenta\b|\bcompte\b|\bconta\b|"
              r"se unieron|se unio|joined|a rejoint|ont rejoint|beigetreten|entraram|si sono uniti|toegetreden|"
              # "bij de kwartaalcontrole vonden we twee accounts met beheerdersrechten"
              r"\b(?:vonden|found|encontramos|hemos encontrado|avons trouve|gefunden|trovato|abbiamo trovato)\b",
         doc_need=r"personne (?:chez|ne conna|ici ne)|nobody (?:here )?knows|no ?one (?:here )?knows|"
                  r"nadie (?:aqui )?(?:lo |la )?conoce|niemand (?:hier )?kennt|ninguem (?:aqui )?conhece|"
                  r"nessuno (?:qui )?(?:lo |la )?conosce|niemand (?:hier )?kent|n'a invite personne|"
                  r"never invited|"
                  r"no invito a nadie|hat niemanden eingeladen|nao convidou ninguem|non ha invitato nessuno|"
                  r"heeft niemand uitgenodigd|nobody invited|no ?one invited|"
                  # "tres cuentas que nadie en TI ha creado ni invitado"
                  r"nadie (?:\w+ ){0,3}ha (?:creado|invitado)|(?:nobody|no ?one) (?:\w+ ){0,3}(?:created|invited)|"
                  r"personne (?:\w+ ){0,3}n'a (?:cree|invite)|niemand (?:\w+ ){0,3}hat (?:\w+ )?(?:angelegt|erstellt|"
                  r"eingeladen)|ninguem (?:\w+ ){0,3}(?:criou|convidou)|nessuno (?:\w+ ){0,3}ha (?:creato|invitato)|"
                  r"niemand (?:\w+ ){0,3}heeft (?:\w+ )?(?:aangemaakt|uitgenodigd)",
         unless=r"how (?:do|can)|\?|comment (?:ajouter|faire)|como (?:agrego|anado|adiciono)|wie (?:kann|fuge)",
         guard="hypo", negatable=False, name="SEC1-unknown-admin-appeared"),
    # "ein Mitbewerber habe genau die Preise genannt, die nur auf ihrem privaten Board stehen"
    rule("SEC1", words("ein mitbewerber|ein konkurrent|un competidor|un concurrent|um concorrente|un concorrente|"
                       "een concurrent"),
         need=r"genannt|gezeigt|kannte|zitiert|nombro|cito|mostro|cite|montre|citou|mostrou|citato|mostrato|noemde|"
              r"liet zien|preise|precios|prix|precos|prezzi|prijzen|"
              # "hat uns ein Mitbewerber ... unterboten, mit Zahlen, die eigentlich nur in diesem Board stehen"
              r"unterboten|zahlen|cifras|chiffres|numeros|cijfers|figures|numbers",
         doc_need=r"privat|niemand ausserhalb|nadie fuera|personne en dehors|ninguem fora|nessuno al di fuori|"
                  r"niemand buiten|private|"
                  # "Zahlen ..., die 1:1 aus unserer internen Kalkulation stammen ... nirgendwo sonst"
                  r"\b1:1\b|eins zu eins|intern\w*|interne?s?|nirgendwo sonst|en ningun otro sitio|nulle part ailleurs|"
                  r"em nenhum outro lugar|da nessun'altra parte|nergens anders|nowhere else|"
                  # "Diese Preisliste existiert nur als Datei in unserem TeamFlow-Projekt"
                  r"existiert nur|existe solo|n'existe que|existe apenas|esiste solo|bestaat alleen|only exists|"
                  r"exists only|(?:eigentlich|nur) (?:\w+ )?nur in (?:diesem|dem|unserem)|die (?:eigentlich )?nur in "
                  r"(?:diesem|dem|unserem)|que solo (?:estan|existen) en|qui ne sont que dans|que so (?:estao|existem) "
                  r"n|che (?:stanno|esistono) solo in|die alleen in (?:dit|het|ons)|(?:that|which) (?:are|were) only "
                  r"(?:in|on) (?:this|that|our)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-competitor-knew-it"),
    # "die Freigabelinks sind fortlaufend nummeriert ... ein Schüler könnte einfach hochzählen"
    rule("SEC2", words("fortlaufend nummeriert|durchnummeriert|sequentially numbered|numbered sequentially|"
                       "numeros consecutivos|numeros correlativos|numerotes|numerotees|numerados em sequencia|"
                       "numerati in sequenza|opeenvolgend genummerd|hochzahlen|guessable|erraten"),
         need=r"link|freigabe|\burl|enlace|lien|adresse|endereco|indirizzo|adres|share",
         unless=r"how (?:do|can)|\?$|invoice|rechnung|factura|facture|fattura|factuur", guard="hypo", negatable=False,
         name="SEC2-guessable-links"),
    # "os nossos dados foram parar a outra empresa": our records ended up with another company
    rule("SEC1", words("foram parar|fueron a parar|han ido a parar|ont atterri|ont fini chez|sono finiti|sono finite|"
                       "ended up at|ended up with|ended up in the hands|terechtgekomen bij|gelandet bei|landeten bei"),
         need=r"dados|datos|donnees|daten|dati|gegevens|\bdata\b|ficheiros|archivos|fichiers|dateien|file|"
              r"boletins?|boletines|bulletins?|zeugnisse|pagelle|rapports|reports|relatorios|informes|"
              r"bestanden|clientes|clients|kunden|klanten|clienti|list|lista|liste|lijst|descri|projet|proje|progett",
         also=r"outra empresa|otra empresa|autre entreprise|anderen? (?:firma|unternehmen)|altra azienda|ander bedrijf|"
              r"another company|a stranger|third part|terceir|tercero|tiers|dritte|terzi|derde|competitor|concorren|"
              r"competidor|concurrent|konkurrent|"
              # "se outros boletins também foram parar com as pessoas erradas"
              r"pessoas erradas|personas equivocadas|mauvaises personnes|falschen (?:personen|leute|empfanger)|"
              r"persone sbagliate|verkeerde (?:personen|mensen|ontvangers)|wrong (?:people|recipients|person)",
         unless=r"how (?:do|can)|\?|" + NEWS_ABOUT_OTHERS, guard="hypo", negatable=False,
         name="SEC1-ended-up-elsewhere"),
)
