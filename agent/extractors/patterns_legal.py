"""Rules of the immediate tier's Legal & Compliance group: threats, erasure and IP claims (LEG1, LEG4, LEG5).

Regulators and court demands for records (LEG2, LEG3) are in patterns_legal_authorities.

Any threat, proceeding, regulator, erasure request or IP claim fires, whoever it is addressed to;
someone's own counsel asking a question with no proceeding (``COUNSEL_QUESTION``) does not.
"""

from __future__ import annotations

from .lexicon import ANOTHER_FIRMS_BOARD, JOKING, NEWS_ABOUT_OTHERS, Rule, rule, words

_THREAT = (r"(?:will|'ll|going to|gonna|intend|plan to|planning to|prepared|ready to|forced|no choice|consider|"
           r"thinking about|next step|escalat|involv|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|"
           r"spoken (?:to|with)|talked (?:to|with)|speaking (?:to|with)|talking (?:to|with)|in contact with|"
           r"in touch with|grounds for|\bclaim\b|settlement|damages|compensation|breach of contract|liable|"
           r"liability|reviewed|false advertising|misrepresent|"
           r"looking into (?:this|it|the matter|our options)|aware of|informed|notified|copied|\bcc\b|"
           r"have (?:a|an|our) (?:lawyer|attorney)|"
           r"engag(?:ed|ing)|hand(?:ed|ing)? (?:this )?(?:over|to)|forward(?:ed|ing)?|refer(?:red|ring)?|"
           # "I've passed the whole email chain to my solicitor this morning"
           r"(?:passed|handed|sent|given|shown) (?:\w+ ){1,5}to (?:my|our|the|a) (?:\w+ )?(?:solicitor|lawyer|"
           r"attorney|counsel|legal)|"
           r"pass(?:ed|ing)? (?:this )?(?:on|to)|hear from|be in touch|reach out|instructed|advised (?:us|me) to|"
           r"on behalf of|represent|drafting|preparing|reviewing (?:our )?options|get (?:\w+ )?involved|unless|"
           r"otherwise|or else|if (?:you|this|we|it) (?:don'?t|do not|doesn'?t|does not|cannot|can'?t|fail|isn'?t|"
           r"is not|aren'?t|are not))")
_LAWYER = (r"(?:lawyers?|attorneys?|counsel|solicitors?|legal (?:team|department|counsel|representatives?)|law firm|"
           r"our legal)")
_LAWYER_THREAT = (
    # "our advogado will open a process against TeamFlow for the damages"
    r"(?:open|file|start|bring|abrir|entrar com) (?:a |an |um |uma )?(?:process|processo|case|lawsuit|claim|acao) "
    r"(?:\w+ )?(?:against|contra)|"
    # "I have now handed the whole correspondence to our attorney ... he'll take it from there"
    r"handed (?:\w+ ){0,4}to (?:our|my) (?:attorney|lawyer|solicitor)|(?:he|she|they)(?:'ll| will) take it from there|"
    # "you will be hearing from my attorney"
    r"(?:will|'ll|going to) (?:be )?hear(?:ing)? from (?:my|our) (?:attorney|lawyer|solicitor|counsel|legal team)|"
    r"" +
    _LAWYER + r"s? (?:is|are) (?:copied|cc'?d|in copy|on copy)|advise on a claim|" +
    _LAWYER + r"\b,? (?:\w+ ){0,2}(?:will|'ll|is going to|are going to|going to|intends?|plans?|prepar|draft|"
              r"review(?:ed|ing)|"
    r"look(?:ing)? into|(?:already )?looking at (?:this|it)(?=\s*(?:[.!,;]|$))|be in touch|contact|reach out|send|file|"
    r"take|advised|has advised|have advised|instructed|writ(?:ing|es) to|write to|drawing up|"
    r"on \w+day to go over|to go over how we|"
    r"grounds|claim|pursue|proceed|demand|notice|letter|settlement|damages|is aware|are aware|is involved|are involved|"
    r"aware|informed|notified|in the loop|involved)"
    r"|(?:involve|involving|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|engag(?:ed|ing)|instruct(?:ed|ing)?|"
    r"hire|hired|get|got|"
    r"call(?:ed|ing)?|spoken (?:to|with)|talk(?:ed|ing)? (?:to|with)|speak(?:ing)? (?:to|with)|in (?:touch|"
    r"contact) with|"
    r"hand(?:ed|ing)? (?:this |it |the (?:whole )?(?:thing|matter) )?(?:over )?to|forward(?:ed|ing)? (?:\w+ ){0,3}?to|"
    # "I have now sent the whole email trail to my solicitor"
    r"sent (?:\w+ ){0,4}?to|"
    r"refer(?:red|ring)? (?:this )?to|"
    r"pass(?:ed|ing)? (?:[\w']+ ){0,6}?(?:on )?to|hear from|cc(?:'d|ed)?|copied|copying|loop(?:ed|ing)? in|escalat\w* "
    r"(?:this )?to|represent(?:ing|s)?|on behalf of)[^.!?]{0,30}(?:our|my|a|the|an|their|his|her) "
    r"(?:\w+ )?" + _LAWYER + r"|(?:unless|otherwise|or else|if (?:you|this|we|it) (?:don'?t|do not|doesn'?t|does "
    r"not|cannot|can'?t|fail|isn'?t|is not|aren'?t|are not))[^.!?]*" + _LAWYER + r"|\bor (?:my|our) (?:\w+ )?"
    r"(?:lawyers?|attorneys?|solicitors?) (?:will |is going to )?(?:hears?|gets?|be|is|will)|" + _LAWYER +
    r"[^.!?]*(?:unless|otherwise|or else|\bif (?:this|it|that|you) (?:isn'?t|is not|aren'?t|are not|don'?t|do not|"
    r"doesn'?t|does not|can'?t|cannot|won'?t|will not|fail))|(?:i am|i'm|we are|we're) (?:an? |"
    r"the )?(?:\w+ )?(?:attorneys?|lawyers?|"
    r"counsel|solicitors?|law firm)\b[^.!?]{0,20}(?:representing|for|on behalf of|acting for|retained by)|"
    r"(?:mi|mis|nuestro|nuestros|nuestra|mon|mes|notre|mein\w*|unser\w*|meu|meus|nosso|nossos|nossa|mio|miei|"
    r"nostro|nostri|mijn|onze) (?:\w+ )?(?:abogad|avocat|anwalt|rechtsanwalt|advogad|avvocat|advocaat|prawnik|"
    r"advokat)|(?:(?:el|la|le|der|die|den|dem|o|ao|il|lo|al|un|una|une|ein\w*|um|uma|een) |l')(?:abogad|avocat|"
    r"anwalt|rechtsanwalt|advogad|avvocat|advocaat|prawnik|advokat)\w*\b(?! (?:de|des|du|von|da|di|van) )|"
    r"(?:abogad|avocat|anwalt|advogad|avvocat|advocaat|prawnik|advokat)\w* (?:\w+ ){0,4}(?:va |vont|wird|werden|vai|"
    r"vao|andra|zal|zullen|contact|kontaktier|einschalt|prendr|tomar|nehmen|sera|sara|se pondra)|"
    # "the whole thread goes on linkedin tonight ... and my lawyer gets it tmrw"
    + _LAWYER + r" (?:gets|receives|will get|will have|sees|will see) (?:it|this|a copy|everything|the (?:whole|full) "
    r"(?:thread|story|file|lot))\b|"
    # "Dr. Kessler ist Rechtsanwalt und hat schon ein Schreiben vorbereitet - wenn das Geld nicht bis Freitag zurück
    # ist, geht das ans Amtsgericht": a lawyer and a condition in the other languages
    r"(?:rechtsanwalt|anwalt|abogad|avocat|advogad|avvocat|advocaat)\w*\b[^.!?]{0,80}(?:\bwenn\b[^.!?]{0,60}\bnicht\b|"
    r"\bsi no\b|\bsinon\b|\bse nao\b|\bse non\b|\bals\b[^.!?]{0,40}\bniet\b|\bsonst\b|\btenzij\b|"
    r"(?:schreiben|brief|carta|lettre|lettera)\w* (?:\w+ ){0,2}(?:vorbereitet|aufgesetzt|preparad[ao]|preparee?|"
    r"preparat[ao]|opgesteld))|"
    # "my brother-in-law is a solicitor and he says I have a good case against you"
    r"(?:good|strong|solid|clear|real) case against (?:you|teamflow|your (?:company|firm))")
COUNSEL_QUESTION = (r"(?:has|have) (?:a |an |some |few |several )?(?:quick )?questions?|"
                     r"(?:asked|wants|want|would like|needs?|requested|requires?|request) (?:us |me )?(?:to (?:ask|"
                     r"know|confirm|check|find out|review|see|understand|get|obtain|request|send)|whether|if|about|"
                     r"a copy|your|the)|(?:review|reviewing|read|reading|look(?:ing)? (?:at|over)|checking) "
                     r"(?:the|your|our) (?:terms|contract|dpa|agreement|tos|policy|policies|msa|documents?|"
                     r"statement of "
                     r"work|sow|order form|proposal|quote)|before (?:we|i) sign\b|"
                     r"for (?:our|their|his|her) review|question from (?:our|my)|(?:our|my) (?:legal|counsel)\w* "
                     r"(?:team |department )?(?:has|have) (?:a |some )?questions?|"
                     # the same in the other languages read: counsel asked, wants to know, is reviewing
                     r"nos pide que (?:os |le |les )?pregunt\w*|nous demande de vous (?:demander|poser)|bittet uns,? "
                     r"(?:euch|ihnen|sie) (?:\w+ )?zu fragen|pede-nos (?:para )?pergunt\w*|ci chiede di (?:chiedervi|"
                     r"domandarvi)|vraagt ons (?:om )?(?:u|jullie) (?:\w+ )?te vragen|"
                     r"(?:hat|haben) (?:\w+ ){0,4}(?:gefragt|wissen wollen|nachgefragt|gebeten)|mochte(?:n)? wissen|"
                     r"(?:hat|haben) (?:uns |mir )?(?:ein paar |einige |mehrere )?fragen|fragen mitgegeben|"
                     r"(?:zu|ab)?zu klaren|abzuklaren|a demande de clarifier|me pidio aclarar|pediu para esclarecer|"
                     r"mi ha chiesto di chiarire|heeft (?:\w+ )?gevraagd|"
                     r"bei der prufung|(?:ha|han) (?:preguntado|pedido)|pregunt[oa] (?:si|por)|quiere saber|"
                     r"a (?:demande|pose la question)|souhaite savoir|voudrait savoir|"
                     r"lors de (?:la|sa) (?:relecture|revue)|"
                     r"(?:perguntou|quer saber|pediu)|(?:ha|hanno) chiesto|vuole sapere|(?:heeft|hebben) (?:\w+ )?"
                     r"gevraagd|wil weten|\bob sie\b|"
                     # "si vous n'etes pas capables de ..., mon avocat ...": a condition of a threat, not a question
                     r"si (?:ustedes|vous|voces)\b(?! (?:n'|ne\b|no\b|nao\b))|se (?:voces|offrite)|of (?:jullie|u)\b")

LEGAL: tuple[Rule, ...] = (
    # an authority's file number with a deadline to explain how personal data is processed
    rule("LEG2", words("expediente|procedimiento sancionador|requerimiento de informacion|dossier n|notre dossier|"
                       "aktenzeichen|unser zeichen|processo n|fascicolo|dossiernummer|ons kenmerk|case reference|"
                       "esta agencia|cette autorite|diese behorde|esta autoridade|questa autorita|deze autoriteit"),
         need=r"plazo|delai|frist|prazo|termine|termijn|within \d+ (?:working )?days|dias habiles|jours ouvres|"
              r"werktage|dias uteis|giorni lavorativi|werkdagen|remitir|transmettre|ubermitteln|enviar|trasmettere|"
              r"toesturen|recibido un escrito|reclamacion|plainte|beschwerde|reclamacao|reclamo|klacht|innerhalb von "
              r"(?:\w+ )?(?:wochen|tagen)|dentro de (?:\w+ )?(?:semanas|dias)|sous (?:\w+ )?(?:semaines|jours)|"
              r"entro (?:\w+ )?(?:settimane|giorni)|binnen (?:\w+ )?(?:weken|dagen)|ubersenden|unterlagen",
         doc_need=r"tratamiento|traitement|verarbeitung|tratamento|trattamento|verwerking|processing|personal data|"
                  r"auftragsverarbeitung|unterauftragsverarbeiter|datenschutz|proteccion de datos|"
                  r"protection des donnees|"
                  r"datos personales|donnees personnelles|personenbezogen|dados pessoais|dati personali|"
                  r"persoonsgegevens",
         unless=r"how (?:do|can)|\?|(?:tener|completar) el expediente|expediente completo|(?:no hay|sin) (?:ningun )?"
                r"(?:problema|reclamo)",
         negatable=False, guard="none", name="LEG2-authority-file"),
    # "un huissier est passé avec un document du tribunal : on doit remettre tout l'historique"
    rule("LEG3", words("huissier|gerichtsvollzieher|oficial de justica|ufficiale giudiziario|deurwaarder|bailiff|"
                       "process server|notificador judicial|receptor judicial|court officer|court clerk|"
                       "sheriff's officer|"
                       "sheriff officer|officer of the court|enforcement officer"),
         need=r"tribunal|court|gericht|juzgado|tribunale|rechtbank|remettre|produce|herausgeb|entregar|consegnare|"
              r"overhandig|document|historique|records|unterlagen|registros|documenti|stukken|ordonnance|order",
         # "dachte kurz schon, gleich steht der Gerichtsvollzieher vor der Tür 😅 – aber nein"
         unless=r"how (?:do|can)|template|\?$|\b(?:dachte|thought|pensaba|pensei|croyais|j'ai cru|pensavo|dacht)\b|"
                r"aber nein|but no\b|pero no\b|mais non\b|ma no\b|maar nee\b|\U0001f605",
         negatable=False, guard="hypo", name="LEG3-bailiff-brought-order"),
    # "the judge has ordered both sides to keep every record": a court-ordered preservation
    rule("LEG3", words("judge has ordered|judge ordered|court has ordered|court ordered|judge has told|court has told"),
         need=r"keep|preserve|retain|produce|hand over|disclose|records|documents|data",
         unless=r"how (?:do|can)|\?|template|typical", negatable=False, guard="hypo", name="LEG3-judge-ordered"),
    rule("LEG3", words("order of the court|order of the county court|order of the district court|order of the high "
                       "court|order of the superior court|signed order|requiring production|production of all|"
                       "orden judicial|auto judicial|ordonnance du tribunal|ordonnance judiciaire|gerichtsbeschluss|"
                       "gerichtliche anordnung|ordem judicial|mandado judicial|ordinanza del tribunale|"
                       "provvedimento del giudice|gerechtelijk bevel|bevel van de rechtbank"),
         need=r"produc|records|messages|documents|comments|data|datos|donnees|daten|dados|dati|gegevens|"
              r"registros|unterlagen|registri|gegevens",
         unless=r"how (?:do|can)|template|typical|phase", negatable=False, guard="none", name="LEG3-order-to-produce"),
    rule("LEG5", words("photographer|photographe|fotografo|fotografa|fotograf|illustrator|illustratrice|ilustrador|"
                       "illustratore|illustrator"),
         doc_need=r"unlicensed|without (?:a |her |his |my |our )?(?:licen|permission|consent)|take (?:them|it) down|"
                  r"taken down|(?:they'?re|they are|it'?s|it is) (?:hers|his|theirs|mine)|sin licencia|sans licence|"
                  r"ohne lizenz|sem licenca|senza licenza|zonder licentie|retirer|retirez|entfernen|retirar|rimuov|"
                  r"verwijder|\bremoved?\b|(?:they are|they'?re|it is|it'?s) our (?:own )?work|(?:aren'?t|are not|"
                  r"isn'?t|"
                  r"is not) licensed|charging for (?:it|them)|selling (?:it|them)|"
                  # "Eu nunca licenciei essas fotos ... que as imagens sejam retiradas"
                  r"nunca licenci|never licensed|jamais (?:\w+ )?licencie|nie lizenziert|mai concess\w* in licenza|"
                  r"nooit (?:\w+ )?gelicentieerd|removid|retirad|rimoss|verwijderd|"
                  # "Ich habe dem Verein dafür keine Nutzungsrechte gegeben ... dass die Bilder entfernt werden"
                  r"keine nutzungsrechte|ohne nutzungsrechte|\bentfernt werden|ningun derecho de uso|aucun droit "
                  r"d'utilisation|nenhum direito de uso|nessun diritto di utilizzo|geen gebruiksrecht|"
                  # "de las que tenemos los derechos. No les hemos dado permiso. Os pedimos que la retiréis"
                  r"\bretir(?:eis|en|ez|e|em|a)\b|no (?:les|le) (?:hemos|he) dado permiso|sin (?:nuestro )?permiso|"
                  r"sans (?:notre )?autorisation|ohne (?:unsere )?(?:erlaubnis|zustimmung)|"
                  r"sem (?:a nossa )?autorizacao|"
                  r"senza (?:il nostro )?permesso|zonder (?:onze )?toestemming|without (?:our )?permission",
         unless=r"how (?:do|can)|\?$|(?:our|my) own photographer|hire|book", negatable=False,
         name="LEG5-creator-claims-work"),
    rule("LEG5", words("registered logo|registered name|registered trademark|registered mark|marca registada|"
                       "marca registrada|marque deposee|"
                       "marque enregistree|eingetragene marke|marchio registrato|geregistreerd merk|trademark"),
         need=r"\buses?\b|using|used|shows?|displays?|never authori|utilise|utiliza|usa\b|verwendet|benutzt|publicou|"
              r"publico|publie|veroffentlicht|pubblicat|gepubliceerd|published|com o nome|con el nombre|avec le nom|"
              r"mit dem namen|con il nome|met de naam|"
              r"gebruikt|without|sin |sans |ohne|sem |"
              r"senza|zonder|never (?:gave|authori|agreed)|nunca demos|jamais|nie|mai|nooit",
         unless=r"how (?:do|can)|\?|(?:our|my) own (?:template|workspace|board)", negatable=False,
         name="LEG5-trademark-used"),
    rule("LEG1", words("lawsuit|law suit|lawsuits|suing|sued|litigation|litigate|legal action|legal actions|"
                       "bring a claim against|file a claim against|claim against teamflow|claim against you|"
                       "pursue teamflow|tribunal de commerce|settle this before the|devant le tribunal|"
                       "pursue you for|"
                       "legal proceedings|legal steps|legal measures|legal remedies|legal recourse|legal claim|"
                       "legal dispute|small claims|small-claims|class action|class-action|cease and desist|"
                       "breach of contract|false advertising|arbitration|arbitrator|pending litigation|"
                       "cease & desist|demand letter|letter before action|notice of claim|file suit|issue proceedings|"
                       # "unless the £600 is back on our card by Friday he will issue the claim himself"
                       "issue the claim|issue a claim|issuing the claim|issuing a claim|lodge a claim|lodge the claim|"
                       "issued proceedings|issuing proceedings|proceedings against|court proceedings|claim form|"
                       "letter before claim|letter of claim|hold you liable|hold you legally|hold teamflow liable|"
                       "hold your company liable|legally liable|put you on notice|putting you on notice|"
                       "formally on notice|"
                       "aansprakelijk stellen|stellen wij teamflow aansprakelijk|"
                       "stellen wij jullie aansprakelijk|start hij een procedure|een procedure starten|"
                       "een procedure beginnen|haftbar machen|tenir teamflow responsable|tenons teamflow responsable|"
                       "responsabilizar a teamflow|ritenere teamflow responsabile|"
                       "file a claim|take legal|pursue legal|see you in court|take you to court|filing a claim|"
                       "filing a lawsuit|file a lawsuit|filing suit|explain yourselves to a judge|"
                       "taking you to court|take this to court|in court|to court|court case|court action|"
                       "demanda judicial|demandar|demandaremos|demandarlos|demandaros|acciones legales|"
                       # "schickt er Ihnen ein Schreiben und dann klären wir das eben vor Gericht"
                       "das eben vor gericht|das dann vor gericht|wir das vor gericht|vor gericht klaren|"
                       "gehen wir vor gericht|gehe ich vor gericht|ziehe ich vor gericht|ziehen wir vor gericht|"
                       # "il nostro legale ... ha già predisposto l'atto di citazione davanti al Giudice di Pace"
                       "atto di citazione|ricorso al giudice di pace|procederemo al deposito|"
                       # "dann übergib i des meim Anwalt ... und dann sehn ma uns vor Gericht"
                       "sehn ma uns vor gericht|sehen wir uns vor gericht|wir sehen uns vor gericht|"
                       "sehn uns vor gericht|treffen uns vor gericht|ubergib i des meim anwalt|"
                       "ubergebe ich das meinem anwalt|gebe ich das meinem anwalt|meim anwalt|"
                       # "si el lunes no tengo la plata los demando"
                       "los demando|las demando|lo demando|la demando|os demando|demandarles|demandarlas|"
                       "demandarla|demandarlo|"
                       "accion legal|medidas legales|via judicial|tribunales|acciones judiciales|denuncia$|"
                       "denunciar|poursuite|poursuites|poursuivre en justice|action en justice|actions en justice|"
                       "action juridique|mise en demeure|porter plainte|recours juridique|procedure judiciaire|"
                       "klage$|klage einreichen|verklagen|rechtliche schritte|rechtlichen schritte|"
                       "juristische schritte|gerichtlich|rechtsweg|abmahnung|processo judicial|processar|"
                       "acao judicial|medidas judiciais|medidas legais|notificacao extrajudicial|azione legale|"
                       "azioni legali|vie legali|causa legale|querela|diffida|juridische stappen|rechtszaak|"
                       # "lo studio agirà in giudizio nei Vostri confronti per il risarcimento"
                       "agira in giudizio|agiremo in giudizio|agiro in giudizio|agire in giudizio|"
                       "in giudizio nei vostri confronti|adiremo le vie|adira le vie|"
                       "aanklagen|gerechtelijke stappen|ingebrekestelling|naar de rechter|considering proceedings|"
                       "consider proceedings|reserves all rights|reserve all rights|recover its losses|"
                       "recover our losses"),
         unless=r"(?:handle|handles|handling|manage|manages|process|processes|deal with|deals with) (?:\w+ ){0,2}"
                r"(?:subpoenas|litigation holds)|legal (?:department|team) \(|" + NEWS_ABOUT_OTHERS + r"|"
                # course content: "'Legal English for lawyers' (contract law, litigation vocabulary, ... how to write
                # a cease and desist letter)"
                r"(?:course|class|lesson|module|curso|corso|cours|kurs|workshop|seminar|training)\b[^.!?]{0,120}"
                r"\b(?:litigation|cease and desist|lawsuit)|litigation (?:vocabulary|terms|glossary)|how to write a "
                r"cease|"
                r"(?:in|for) (?:every|each|all (?:our|of our)) (?:new |single )?(?:lawsuit|case|litigation)|"
                # "We run our lawsuits in TeamFlow, one project per case"
                r"(?:we|i) (?:run|manage|track|organi[sz]e|keep|handle) (?:all )?(?:our|my) (?:lawsuits|cases|"
                r"litigation|"
                r"matters)|(?:one|a) (?:project|board) per (?:case|lawsuit|matter)|(?:every|"
                r"each) (?:lawsuit|"
                r"case|matter|litigation) (?:we|our firm)|(?:lawsuits|cases|matters) we (?:take on|handle|run|manage)|"
                r"template|typical (?:lawsuit|case|matter)|case management|each phase|phases? of|"
                r"relative dates|due dates|checklists?|"
                r"insurance claims?|claim forms?|expense claims?|warranty claims?|"
                r"processar (?:o|os|a|as|um|uma|seu|meu|nosso) (?:pagamento|pedido|dados|reembolso|cartao)|"
                r"poursuivre (?:la|les|nos|notre|cette)|(?:do|does|have|has) (?:you|teamflow) (?:ever )?(?:been )?"
                r"(?:sued|involved|face|had)|litigation (?:support|team|department|practice|paralegal|associate|"
                r"partner|counsel|"
                r"assistant|secretary|lawyer|attorney|specialist|manager|board|matters?|boards|template)|"
                r"every litigation|filing deadlines|(?:track|tracked|tracking) (?:\w+ ){0,4}(?:deadlines|filings|"
                r"cases|subpoenas?)|(?:subpoenas?|summons(?:es)?|claims?) we (?:serve|issue|file|send|handle)|"
                r"(?:not|don'?t|no|nicht|"
                r"keine|"
                r"pas|nao|non|niet) (?:\w+ ){0,3}(?:intend|plan|want|beabsichtigen|vorhaben|pretendemos|envisageons|"
                r"intendiamo|van plan)(?! to (?:make|cause|be|sound|bother|kick up|create))|nothing is pending|"
                r"no (?:case|claim|dispute|proceeding|lawsuit|matter)s? "
                r"(?:is |are )?pending|"
                # "je n'envisage aucune action en justice et ce message n'est pas une mise en demeure"
                r"n'envisage(?:ons)? (?:aucune|pas)|no (?:contemplo|planeo|pretendo|tengo intencion de) (?:ninguna|"
                r"emprender)|nao (?:pretendo|planejo|tenho intencao de) (?:nenhuma|tomar)|non (?:intendo|prevedo|ho "
                r"intenzione di) (?:alcuna|intraprendere)|(?:plane|beabsichtige) (?:ich )?keine|"
                r"ben (?:ik )?niet van plan|"
                r"(?:ce|mon|cet) (?:message|courrier|e-?mail|mail) n'est pas une mise en demeure",
         doc_unless=JOKING + r"|(?:our|my|the) litigation (?:group|team|department|practice|partners?|support|clerks?|"
                              r"lawyers?|associates?)\b|"
                              r"(?:not|never|no) (?:threatening|planning|considering|talking about|going to take) "
                              r"(?:\w+ )?(?:legal|court|lawyers?|action|lawsuit|suit)|isn'?t about (?:lawyers|legal|"
                              r"suing)|\bnot suing (?:anyone|you|anybody)|"
                              # a law firm's own boards: "um quadro por cada processo judicial, com os prazos"
                              r"(?:um|un|une|a|one|ein) (?:quadro|tablero|tableau|board|projeto|proyecto|projet|"
                              r"project|"
                              r"projekt) (?:por|para|per|pour|for|pro|je) (?:cada|each|every|chaque|ogni) (?:processo|"
                              r"proceso|procedure|case|lawsuit|dossier|verfahren|causa)|"
                              # "wir drohen nicht mit rechtlichen Schritten"
                              r"(?:drohen|drohe) (?:\w+ )?nicht mit|no (?:amenazamos|amenazo) con|nous ne menacons pas|"
                              # "je ne menace personne d'une action en justice"
                              r"je ne menace (?:personne|pas)|no amenazo a nadie|non minaccio nessuno|ich drohe "
                              r"niemandem|nao ameaco ninguem|ik bedreig niemand|(?:i'?m|i am) not threatening anyone|"
                              r"nao (?:ameacamos|ameaco)|non (?:minacciamo|minaccio)|(?:we|i) (?:are|am)(?:n'?t| not) "
                              r"threatening|(?:wij |we )?dreigen niet|"
                              # "Je ne vais pas en faire une histoire ni porter plainte"; "je ne vais pas porter
                              # plainte"
                              r"\bne (?:vais|veux|compte|souhaite) pas\b[^.!?,]{0,40}(?:\bni\b|porter plainte|"
                              r"poursuivre)|\bno (?:voy a|quiero|pienso)\b[^.!?,]{0,40}(?:\bni\b|demandar|denunciar)|"
                              r"\bnao (?:vou|quero|pretendo)\b[^.!?,]{0,40}(?:\bnem\b|processar)|"
                              r"\bnon (?:ho intenzione "
                              r"di|voglio|intendo)\b[^.!?,]{0,40}(?:\bne\b|fare causa|denunciare)|\bich (?:werde|will) "
                              r"(?:\w+ )?(?:nicht|keine?) (?:\w+ )?(?:klagen|klage|anzeige|vor gericht)|"
                              # "un progetto per ogni causa, con dentro ... notifica dell'atto di citazione"
                              r"(?:projekt|projet|proyecto|projeto|progetto|project) (?:\w+ )?(?:per|para|pour|fur|for|"
                              r"voor) (?:ogni|cada|chaque|jede\w*|every|each|elke) (?:\w+ )?(?:causa|processo|proceso|"
                              r"procedure|klage|verfahren|zaak|lawsuit|case|dossier|pratica|affaire)|"
                              # a law firm's own cases: "legen für jede Klage, die wir für Mandanten einreichen, ein
                              # eigenes Projekt an"; "Cada processo judicial vira um projeto"
                              r"(?:fur|pour|para|per|voor|for) (?:jede|jeden|chaque|cada|ogni|elke|every|"
                              r"each) (?:\w+ )?"
                              r"(?:klage|verfahren|proces|procedure|processo|proceso|causa|zaak|lawsuit|case|dossier|"
                              r"affaire|rechtszaak)\b[^!?\n]{0,60}(?:projekt|projet|proyecto|projeto|progetto|project)|"
                              r"(?:cada|chaque|jede|jeder|ogni|elke|every|each) (?:processo|proceso|procedure|"
                              r"verfahren|"
                              r"klage|causa|zaak|lawsuit|case)\w* (?:judicial |judiciaire )?(?:vira|se convierte en|"
                              r"devient|wird|diventa|wordt|becomes) (?:um |un |une |ein |een |a )?(?:projeto|proyecto|"
                              r"projet|projekt|progetto|project)|"
                              # a practice area: "One of the litigation groups has been piloting Clio"
                              r"\blitigation (?:groups?|teams?|department|practice|partners?|associates?|support|"
                              r"paralegals?)\b",
         negatable=False, name="LEG1-action"),
    rule("LEG1", words("a judge|un juez|un juge|ein richter|einem richter|um juiz|un giudice|een rechter|the courts|"
                       "los tribunales|les tribunaux|die gerichte|os tribunais|i tribunali|de rechter"),
         need=r"decid|stabil|determin|settle|quantif|damages|danni|danos|dommages|schaden|schade|who(?:'s| is) right|"
              r"chi ha ragione|quien tiene razon|qui a raison|wer recht hat|quem tem razao|wie gelijk heeft|"
              r"entscheid|beslis|decider|trancher|resolver|resolvera",
         unless=r"how (?:do|can)|\?|(?:if|si|wenn|se|als) (?:\w+ ){0,3}ever|(?:our|my) (?:own )?(?:case|lawsuit|"
                r"matter|client)|court order|subpoena", guard="hypo", name="LEG1-judge-will-decide"),
    # "beantrage ich ohne weitere Ankündigung einen Mahnbescheid": a court's payment order, applied for or threatened
    rule("LEG1", words("mahnbescheid|mahnbescheids|gerichtliches mahnverfahren|mahnverfahren|vollstreckungsbescheid|"
                       "procedimiento monitorio|proceso monitorio|requerimiento monitorio|peticion monitoria|"
                       "injonction de payer|requete en injonction|acao monitoria|injuncao de pagamento|"
                       "procedimento de injuncao|decreto ingiuntivo|ricorso per decreto|ingiunzione di pagamento|"
                       "betalingsbevel|money claim online|county court judgment|ccj against"),
         unless=r"how (?:do|can)|\?|(?:template|vorlage|plantilla|modele|modelo|modello|sjabloon|field|feld|"
                r"campo|champ|veld)\b", guard="hypo", negatable=False, name="LEG1-payment-order"),
    # "Our solicitor is preparing a claim and will want your access records"
    rule("LEG1", words("preparing a claim|preparing the claim|prepares a claim|drafting a claim|drafting the claim|"
                       "preparing proceedings|preparing a case against|preparing a lawsuit|preparing legal action"),
         need=_LAWYER, unless=r"insurance|insurer|expense|warranty|\?", guard="hypo", negatable=False,
         name="LEG1-claim-in-preparation"),
    # "we will hold TeamFlow legally responsible and will bring proceedings"
    # "We have instructed Whitfield & Crane LLP, who will contact your company regarding recovery"
    rule("LEG1", words("we have instructed|we have now instructed|we've instructed|we have engaged|we've engaged"),
         need=r"\bllp\b|\bllc\b|solicitors?|attorneys?|lawyers?|law firm|counsel|legal|avocat|abogad|anwalt|advogad|"
              r"avvocat|advocat|& partners",
         unless=r"how (?:do|can)|\?", negatable=False, name="LEG1-lawyers-instructed"),
    rule("LEG1", words("legally responsible|legally liable|bring proceedings|commence proceedings|issue proceedings|"
                       "initiate proceedings|take legal proceedings|start proceedings"),
         need=r"\b(?:will|shall|'ll|intend|prepared to|going to|reserve the right|would)\b",
         unless=r"how (?:do|can)|\?|(?:not|never|no intention(?: of)?) (?:to )?(?:hold|bring|commence|issue|start)|"
                r"(?:are|is) (?:you|teamflow) legally (?:responsible|liable) for\b",
         guard="none", negatable=False, name="LEG1-proceedings-announced"),
    # "we'll be seeing you in front of a judge"
    rule("LEG1", words("in front of a judge|before a judge|see you in front of|devant un juge|ante un juez|"
                       "frente a un juez|vor einem richter|perante um juiz|frente a um juiz|davanti a un giudice"),
         unless=r"how (?:do|can)|\?|(?:our|my) (?:client|case|hearing)|tennis|basketball|audition|competition|"
                r"law firm|studio legale|bufete|cabinet d'avocats|kanzlei|escritorio de advocacia|advocatenkantoor|"
                r"hearings|udienze|audiencias|audiences",
         guard="hypo", negatable=False, name="LEG1-before-a-judge"),
    # "we're a party in a case against our former distributor (... claim no. KB-2026-000731)"
    rule("LEG1", words("a party in a case|party to a case|party in a lawsuit|party to a lawsuit|"
                       "party to the proceedings|"
                       "party in the proceedings"),
         unless=r"how (?:do|can)|template|typical|\?$", negatable=False, guard="hypo", name="LEG1-party-to-a-case"),
    rule("LEG1", words("una demanda contra|preparando una demanda|presentar una demanda|interponer una demanda|"
                       # "el lunes presentamos la demanda en el juzgado de Valencia"
                       "presentamos la demanda|presentaremos la demanda|presentamos una demanda|"
                       "presentaremos una demanda|interpondremos una demanda|interpondremos la demanda|"
                       "interponemos la demanda|en manos del despacho|"
                       "une plainte contre|eine klage gegen|uma acao contra|una causa contro|een rechtszaak tegen"),
         unless=r"how (?:do|can)|\?|template|plantilla|modele|vorlage|modelo|modello|sjabloon|(?:nuestros|nos|unsere|"
                r"nossos|nostri|onze) clientes?", guard="hypo", negatable=False, name="LEG1-claim-against-us"),
    rule("LEG1", words("sue$|sue you|sue your|sue teamflow"),
         need=r"\bsue (?:you|teamflow|your|the company|them|for|over)|(?:will|going to|gonna|intend to|plan to|"
              r"consider(?:ing)?|prepared to|ready to|no choice but to|forced to|threaten(?:ed|ing)? to|would|"
              r"could|might|may|can) (?:\w+ )?sue\b",
         # a colleague's running joke: "she says that about the coffee machine too so don't worry"
         unless=r"(?:says|said|say) that about|don'?t worry|(?:just )?(?:joking|kidding)\b", name="LEG1-sue"),
    # "we will pursue damages if the board is not restored": a claim announced, lawyer named or not
    rule("LEG1", words("pursue damages|seek damages|claim damages|recover damages|sue for damages|"
                       "pursue compensation through|pursue legal remedies|seek legal remedies|pursue all remedies"),
         need=r"\bwill\b|'ll|going to|intend|plan to|prepared to|ready to|reserve|unless|\bif (?:you|this|the|it|we|"
              r"our|they)\b",
         unless=r"how (?:do|can)|\?|insur", guard="hypo", negatable=False, name="LEG1-pursue-damages"),
    rule("LEG1", words("attorney|attorneys|lawyer|lawyers|solicitor|solicitors|counsel|legal team|"
                       "legal department|law firm|our legal|legal counsel|legal representative|abogado|abogados|"
                       "abogada|avocat|avocats|anwalt|anwaltin|rechtsanwalt|anwalte|advogado|advogados|advogada|"
                       "avvocato|avvocati|advocaat|advocaten|juridische afdeling|departamento legal|"
                       "service juridique|rechtsabteilung|departamento juridico|ufficio legale"),
         need=_LAWYER_THREAT,
         unless=COUNSEL_QUESTION + "|" + ANOTHER_FIRMS_BOARD + r"|jokingly|joking aside|in jest|only joking"
                # "Je ne compte pas faire appel à un avocat pour cela"
                r"|\bne (?:vais|veux|compte|souhaite) pas (?:\w+ ){0,3}(?:a )?(?:un )?(?:avocat|juriste)|"
                r"\bno (?:voy a|pienso|"
                r"quiero) (?:\w+ ){0,3}abogado|\bkeinen anwalt\b|\bnao (?:vou|quero|pretendo) (?:\w+ ){0,3}advogado|"
                r"\bnon "
                r"(?:ho intenzione di|voglio) (?:\w+ ){0,3}avvocato|\bgeen advocaat\b|\b(?:won'?t|will not|"
                r"not going to) "
                r"(?:\w+ ){0,3}(?:lawyer|attorney)"
                r"|(?:worked|works|working|work) (?:in|at|for) (?:a|an|the) (?:\w+ )?law firm|"
                r"(?:van|de|del|des|der|di|da|of|for) (?:the |de |la |le |der |die |a )?"
                r"(?:wederpartij|"
                r"contraparte|partie adverse|gegenseite|parte contraria|controparte|other (?:party|side)|opposing)|"
                r"(?:other party|opposing party|other side)'?s|\bdpa\b|data processing agreement|(?:contract|security|"
                r"vendor) review|questionnaire|sub-?processor|\bnda\b|shouldn'?t have (?:talked|mentioned|said|"
                r"threatened)|should not have (?:talked|mentioned|said|threatened)|(?:that'?s|that is|it'?s|is) "
                r"withdrawn|i withdraw|i retract|\bavv\b|auftragsverarbeitung|verwerkersovereenkomst|"
                r"(?:pruft|prufen|uberpruft|checkt|revisa|revise|revisando|reviewing|examinando|relit|verifica|"
                r"controlla|"
                r"rivede|bekijkt|controleert) "
                r"(?:\w+ ){0,3}(?:vertrag|vertrage|contrato|contratos|contrat|contrats|contratto|contratti|contract|"
                r"contracten|dpa|avv|bedingungen|condiciones|conditions|condizioni|voorwaarden)|routine|"
                r"(?:kein|keinen) streit|no (?:dispute|disagreement|conflict)|pas de litige|sin (?:disputa|conflicto)|"
                r"sem (?:disputa|conflito)|nessuna (?:controversia|disputa)|geen (?:geschil|conflict)",
         doc_unless=r"(?:didn'?t|did not|never) mean (?:it|that|any of it)|(?:take|took|takes|taking) (?:it|that) "
                    r"back|(?:withdr[ae]w|withdrawn|retract\w*) (?:the|his|her|my|our|their) (?:threat|remark|comment)|"
                    r"nothing (?:is|'?s) wrong|no (?:dispute|disagreement|conflict)\b|no (?:legal )?case involving|"
                    r"(?:it'?s|it is|this is|just) (?:a |an )?routine|due diligence|"
                    # "wir lassen gerade unsere Verträge von unserer Anwältin durchsehen (ganz normal, nichts
                    # passiert!)"
                    r"\b(?:vertrag\w*|contracts?|contrat\w*|contrato\w*|contratt\w*|contract\w*)\b[^.!?]{0,50}"
                    r"\b(?:durchsehen|durchgehen|reviewed|revisar|relire|relit|rivedere|nakijken|doorlezen)\b|"
                    r"ganz normal|nichts passiert|"
                    r"reviewing (?:all )?(?:of )?our (?:\w+ )?(?:vendors|suppliers|tools)|"
                    r"no hay ningun problema|il n'y a aucun probleme|es gibt kein problem|nao ha nenhum problema|"
                    # "só por precaução, não tem nenhum processo nem problema nenhum"
                    r"nao tem nenhum processo|nem problema nenhum|so por precaucao|solo por precaucion|par precaution|"
                    r"nur zur vorsicht|solo per precauzione|voor de zekerheid|just (?:to be safe|as a precaution)|"
                    r"non c'e nessun problema|er is geen probleem|there'?s no (?:problem|issue|dispute)|"
                    r"keinen? konkreten? (?:vorfall|anlass)|jahrliche\w* vertragsdurchsicht|annual (?:contract|vendor) "
                    r"review|nichts vorgefallen|(?:es ist|ist) (?:bisher )?nichts passiert|"
                    r"no hay ningun incidente|aucun incident|nenhum incidente|"
                    r"nessun incidente|geen incident|no (?:specific|actual|concrete) incident|"
                    # "Nothing happened, everything is fine, it's only for our documents"
                    r"nothing happened,? (?:everything|all) (?:is|'s) (?:fine|ok|okay|good)|(?:it'?s|"
                    r"it is) only for our "
                    r"(?:documents|records|files|paperwork)|"
                    r"registro de actividades de tratamiento|records of processing|registro dei trattamenti|"
                    r"verzeichnis (?:der|von) verarbeitungstatigkeiten|"
                    # counsel reading the contract before it is signed: a pre-sales question, not a dispute
                    r"av-vertrag|vor der unterschrift|vor (?:der )?vertragsunterzeichnung|before (?:we|i) sign|"
                    r"before signing|antes de firmar|avant de signer|bevor wir "
                    r"(?:\w+ )?unterschreiben|antes de assinar|prima di firmare|voordat we (?:\w+ )?tekenen|"
                    # the company's own paperwork: "Onze advocaat heeft ons geadviseerd om alle lopende
                    # leverancierscontracten op naam van de B.V. te laten zetten"
                    r"\w*(?:contract|contrat|vertr|contrato|contratt)\w* (?:\w+ ){0,4}(?:op naam van|in the name "
                    r"of|au nom de|auf den namen|a nombre de|em nome de|a nome di)|"
                    # "notre avocate souhaite vérifier quelques points, simplement pour notre dossier interne"
                    r"souhaite verifier|pour notre dossier|verification de routine|aucun litige|quiere revisar|para "
                    r"nuestro expediente|mochte (?:\w+ )?prufen|fur unsere unterlagen|quer verificar|vuole verificare|"
                    r"per la nostra pratica|wil (?:\w+ )?controleren|voor ons dossier|wants to (?:check|verify)|"
                    r"for our "
                    r"(?:records|files)|routine check|"
                    # "il nostro avvocato interno ... ci chiede di verificare alcuni punti ... è solo una verifica"
                    r"non c'e alcun problema|nessun problema in corso|solo una verifica|verifica interna|"
                    r"ci chiede di verificare|nos pide verificar|nous demande de verifier|bittet uns,? (?:\w+ )?zu "
                    r"prufen|pede-nos para verificar|vraagt ons (?:\w+ )?te controleren|asks us to (?:check|verify)",
         name="LEG1-lawyer"),
)
