"""Rules of the immediate tier's Legal & Compliance group (LEG1-LEG5).

Any threat, proceeding, regulator, erasure request or IP claim fires, whoever it is addressed to;
someone's own counsel asking a question with no proceeding (``COUNSEL_QUESTION``) does not.
"""

from __future__ import annotations

from .lexicon import JOKING, Rule, rule, words

_THREAT = (r"(?:will|'ll|going to|gonna|intend|plan to|planning to|prepared|ready to|forced|no choice|consider|"
           r"thinking about|next step|escalat|involv|contact(?:ed|ing)?|consult(?:ed|ing)?|retain(?:ed)?|"
           r"spoken (?:to|with)|talked (?:to|with)|speaking (?:to|with)|talking (?:to|with)|in contact with|"
           r"in touch with|grounds for|\bclaim\b|settlement|damages|compensation|breach of contract|liable|"
           r"liability|reviewed|false advertising|misrepresent|"
           r"looking into (?:this|it|the matter|our options)|aware of|informed|notified|copied|\bcc\b|"
           r"have (?:a|an|our) (?:lawyer|attorney)|"
           r"engag(?:ed|ing)|hand(?:ed|ing)? (?:this )?(?:over|to)|forward(?:ed|ing)?|refer(?:red|ring)?|"
           r"pass(?:ed|ing)? (?:this )?(?:on|to)|hear from|be in touch|reach out|instructed|advised (?:us|me) to|"
           r"on behalf of|represent|drafting|preparing|reviewing (?:our )?options|get (?:\w+ )?involved|unless|"
           r"otherwise|or else|if (?:you|this|we|it) (?:don'?t|do not|doesn'?t|does not|cannot|can'?t|fail|isn'?t|"
           r"is not|aren'?t|are not))")
_LAWYER = (r"(?:lawyers?|attorneys?|counsel|solicitors?|legal (?:team|department|counsel|representatives?)|law firm|"
           r"our legal)")
_LAWYER_THREAT = (
    # "I have now handed the whole correspondence to our attorney ... he'll take it from there"
    r"handed (?:\w+ ){0,4}to (?:our|my) (?:attorney|lawyer|solicitor)|(?:he|she|they)(?:'ll| will) take it from there|"
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
    r"refer(?:red|ring)? (?:this )?to|"
    r"pass(?:ed|ing)? (?:this )?(?:on )?to|hear from|cc(?:'d|ed)?|copied|copying|loop(?:ed|ing)? in|escalat\w* "
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
         unless=r"how (?:do|can)|\?", negatable=False, guard="none", name="LEG2-authority-file"),
    # "un huissier est passé avec un document du tribunal : on doit remettre tout l'historique"
    rule("LEG3", words("huissier|gerichtsvollzieher|oficial de justica|ufficiale giudiziario|deurwaarder|bailiff|"
                       "process server|notificador judicial|receptor judicial|court officer|court clerk|"
                       "sheriff's officer|"
                       "sheriff officer|officer of the court|enforcement officer"),
         need=r"tribunal|court|gericht|juzgado|tribunale|rechtbank|remettre|produce|herausgeb|entregar|consegnare|"
              r"overhandig|document|historique|records|unterlagen|registros|documenti|stukken|ordonnance|order",
         unless=r"how (?:do|can)|template|\?$", negatable=False, guard="hypo", name="LEG3-bailiff-brought-order"),
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
                  r"nooit (?:\w+ )?gelicentieerd|removid|retirad|rimoss|verwijderd",
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
                       "issued proceedings|issuing proceedings|proceedings against|court proceedings|claim form|"
                       "letter before claim|letter of claim|hold you liable|hold you legally|hold teamflow liable|"
                       "hold your company liable|legally liable|put you on notice|putting you on notice|"
                       "formally on notice|"
                       "aansprakelijk stellen|stellen wij teamflow aansprakelijk|"
                       "stellen wij jullie aansprakelijk|start hij een procedure|een procedure starten|"
                       "een procedure beginnen|haftbar machen|tenir teamflow responsable|tenons teamflow responsable|"
                       "responsabilizar a teamflow|ritenere teamflow responsabile|"
                       "file a claim|take legal|pursue legal|see you in court|take you to court|"
                       "taking you to court|take this to court|in court|to court|court case|court action|"
                       "demanda judicial|demandar|demandaremos|demandarlos|demandaros|acciones legales|"
                       "accion legal|medidas legales|via judicial|tribunales|acciones judiciales|denuncia$|"
                       "denunciar|poursuite|poursuites|poursuivre en justice|action en justice|actions en justice|"
                       "action juridique|mise en demeure|porter plainte|recours juridique|procedure judiciaire|"
                       "klage$|klage einreichen|verklagen|rechtliche schritte|rechtlichen schritte|"
                       "juristische schritte|gerichtlich|rechtsweg|abmahnung|processo judicial|processar|"
                       "acao judicial|medidas judiciais|medidas legais|notificacao extrajudicial|azione legale|"
                       "azioni legali|vie legali|causa legale|querela|diffida|juridische stappen|rechtszaak|"
                       "aanklagen|gerechtelijke stappen|ingebrekestelling|naar de rechter|considering proceedings|"
                       "consider proceedings|reserves all rights|reserve all rights|recover its losses|"
                       "recover our losses"),
         unless=r"(?:handle|handles|handling|manage|manages|process|processes|deal with|deals with) (?:\w+ ){0,2}"
                r"(?:subpoenas|litigation holds)|legal (?:department|team) \(|"
                r"(?:in|for) (?:every|each|all (?:our|of our)) (?:lawsuit|case|litigation)|(?:every|each) (?:lawsuit|"
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
                r"(?:is |are )?pending",
         doc_unless=JOKING + r"|(?:our|my|the) litigation (?:group|team|department|practice|partners?|support|clerks?|"
                              r"lawyers?|associates?)\b|"
                              r"(?:not|never|no) (?:threatening|planning|considering|talking about|going to take) "
                              r"(?:\w+ )?(?:legal|court|lawyers?|action|lawsuit|suit)|isn'?t about (?:lawyers|legal|"
                              r"suing)|\bnot suing (?:anyone|you|anybody)|"
                              # a law firm's own boards: "um quadro por cada processo judicial, com os prazos"
                              r"(?:um|un|une|a|one|ein) (?:quadro|tablero|tableau|board|projeto|proyecto|projet|"
                              r"project|"
                              r"projekt) (?:por|para|per|pour|for|pro|je) (?:cada|each|every|chaque|ogni) (?:processo|"
                              r"proceso|procedure|case|lawsuit|dossier|verfahren|causa)",
         negatable=False, name="LEG1-action"),
    rule("LEG1", words("a judge|un juez|un juge|ein richter|einem richter|um juiz|un giudice|een rechter|the courts|"
                       "los tribunales|les tribunaux|die gerichte|os tribunais|i tribunali|de rechter"),
         need=r"decid|stabil|determin|settle|quantif|damages|danni|danos|dommages|schaden|schade|who(?:'s| is) right|"
              r"chi ha ragione|quien tiene razon|qui a raison|wer recht hat|quem tem razao|wie gelijk heeft|"
              r"entscheid|beslis|decider|trancher|resolver|resolvera",
         unless=r"how (?:do|can)|\?|(?:if|si|wenn|se|als) (?:\w+ ){0,3}ever|(?:our|my) (?:own )?(?:case|lawsuit|"
                r"matter|client)|court order|subpoena", guard="hypo", name="LEG1-judge-will-decide"),
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
                       "une plainte contre|eine klage gegen|uma acao contra|una causa contro|een rechtszaak tegen"),
         unless=r"how (?:do|can)|\?|template|plantilla|modele|vorlage|modelo|modello|sjabloon|(?:nuestros|nos|unsere|"
                r"nossos|nostri|onze) clientes?", guard="hypo", negatable=False, name="LEG1-claim-against-us"),
    rule("LEG1", words("sue$|sue you|sue your|sue teamflow"),
         need=r"\bsue (?:you|teamflow|your|the company|them|for|over)|(?:will|going to|gonna|intend to|plan to|"
              r"consider(?:ing)?|prepared to|ready to|no choice but to|forced to|threaten(?:ed|ing)? to|would|"
              r"could|might|may|can) (?:\w+ )?sue\b", name="LEG1-sue"),
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
         unless=COUNSEL_QUESTION + r"|jokingly|joking aside|in jest|only joking"
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
                    r"reviewing (?:all )?(?:of )?our (?:\w+ )?(?:vendors|suppliers|tools)|"
                    r"no hay ningun problema|il n'y a aucun probleme|es gibt kein problem|nao ha nenhum problema|"
                    r"non c'e nessun problema|er is geen probleem|there'?s no (?:problem|issue|dispute)|"
                    r"keinen? konkreten? vorfall|nichts vorgefallen|(?:es ist|ist) (?:bisher )?nichts passiert|"
                    r"no hay ningun incidente|aucun incident|nenhum incidente|"
                    r"nessun incidente|geen incident|no (?:specific|actual|concrete) incident|"
                    # counsel reading the contract before it is signed: a pre-sales question, not a dispute
                    r"av-vertrag|before (?:we|i) sign|before signing|antes de firmar|avant de signer|bevor wir "
                    r"(?:\w+ )?unterschreiben|antes de assinar|prima di firmare|voordat we (?:\w+ )?tekenen",
         name="LEG1-lawyer"),
    rule("LEG2", words("dgccrf|repression des fraudes|signalconso|verbraucherzentrale|trading standards|"
                       "regulator|regulators|regulatory inquiry|regulatory investigation|regulatory audit|"
                       "regulatory request|regulatory notice|regulatory action|regulatory complaint|"
                       "data protection authority|data protection authorities|supervisory authority|"
                       "information commissioner|ico$|cnil|aepd|garante|anpd|bfdi|datenschutzbehorde|"
                       "aufsichtsbehorde|autorite de controle|autoridad de control|autoridad de proteccion|"
                       "autoriteit persoonsgegevens|ftc$|federal trade commission|attorney general|"
                       "hhs$|office for civil rights|consumer protection|data protection commission|edpb|"
                       "consumer agency|consumer authority|consumer ombudsman|consumer council|konsumentverket|"
                       "state bar association|bar association|state bar|law society|bar council|bar standards board|"
                       "medical board|board of nursing|board of pharmacy|dental board|colegio de abogados|"
                       "ordre des avocats|rechtsanwaltskammer|ordem dos advogados|ordine degli avvocati|"
                       "orde van advocaten|practice review team|"
                       "forbrukertilsynet|forbrugerombudsmanden|kuluttajavirasto|autoriteit consument|"
                       "direccion general de consumo|oficina de consumo|omic$|"
                       "ombudsman|the authorities|procon|gegevensbeschermingsautoriteit|prepose federal|pfpdt|"
                       "autorite de protection des donnees|autoridade de protecao de dados|regulador|regulateur|"
                       "regolatore|toezichthouder|"
                       "autoridade nacional|fca$|finra|bafin|cnmv|amf$|consob|department of health|"
                       "health department|state department|ministry|ministerio|ministere|ministerium|ministero|"
                       "ministerie|government agency|federal agency|inspectorate|commissioner|"
                       "datenschutzaufsicht|landesbeauftragte|bundesbeauftragte|beauftragte fur datenschutz|"
                       "aufsicht|autorite|autoridad|autoridade|autorita|autoriteit|superintendencia|"
                       "agencia espanola|agencia de proteccion de datos|inspeccion de datos|uodo|urzad ochrony|"
                       "labor department|labour department|department of labor|department of labour|labor inspector|"
                       "labour inspector|tax inspector|tax auditor|state auditor|government auditor|"
                       "arbeitsinspektorat|inspection du travail|inspeccion de trabajo|inspetor do trabalho|"
                       "ispettorato del lavoro|arbeidsinspectie|"
                       "integritetsskyddsmyndigheten|imy$|datainspektionen|"
                       "engaged by the|on behalf of the|examiners|examiner|supervisors from|supervisory review|"
                       "supervisory exam|regulatory exam|regulatory examination|on-site inspection|sec$|"
                       "finma|fma$|dnb$|acpr|banca d'italia|banco de espana|banque de france|bundesbank|ecb$|"
                       "ocr$|dpc$|datatilsynet|apd$|gba$|cnpd|edoeb|oaic|opc$|hhs ocr|charity commission|"
                       "charities regulator|financial conduct authority|fca$|care quality commission|cqc$|ofsted|"
                       "ofcom|solicitors regulation authority|general medical council|general dental council|"
                       "nursing and midwifery council|health and safety executive|trading standards|"
                       "competition and markets authority|pensions regulator|gambling commission|"
                       "food standards agency|fundraising regulator|state licensing board|licensing board"),
         need=r"inquir|enquir|investigat|audit|request|complain|complaint|report|\bfile\b|filing|lodge|notif|"
              r"contact|\bcase\b|reference|on behalf|we are|i am|this is|writing|pursuant|under article|opened|"
              r"launched|asked|asking|demand|summon|inspect|examin|review of|reclamacion|denuncia|plainte|signal|"
              r"beschwerde|meld|reclamacao|reclamo|segnala|klacht|investigacion|enquete|untersuchung|"
              r"investigacao|indagine|onderzoek|escalat|inform|involve|alert|provide|explain|demonstrate|"
              r"aufgefordert|anfrage|verfahren|prufung|stellungnahme|auskunft|darzulegen|requerimiento|solicitud|"
              r"expediente|demande|procedure|controle|solicitacao|processo|richiesta|procedimento|verzoek|"
              r"handhaving|wezwanie|postepowanie|begaran|tillsyn|documentation|safeguards|complies|compliance|letter|"
              r"wants? to know|would like to know|regarding|kenmerk|herinner|inlichtingen|vragen over|schrijven van|"
              r"referencia|aktenzeichen|riferimento|recordatorio|rappel|erinnerung|promemoria|"
              r"solicita|remita|requiere|plazo|sollicite|fordert|richiede|solicita|verzoekt|fascicolo|invita|fornire|"
              r"ai sensi|chiarimenti|chiesto|chiede|spiegazioni|aclaraciones|explicaciones|pidio|eclaircissements|"
              r"esclarecimentos|pediu|erlauterung|verlangt|toelichting|vraagt|clarification|clarify|"
              # "appointed by the Financial Conduct Authority as skilled person ... to review"
              r"appointed|skilled person|to review the",
         unless=r"(?:a |am a |are )?members? of (?:the |our )?(?:\w+ ){0,2}(?:bar|law society|association|board|"
                r"council)\b|"
                r"newsletter|(?:our|my) (?:local )?(?:bar association|law society)|(?:our|their|the charity'?s) "
                r"(?:own |independent |external )?(?:examiner|auditor|accountant)s?\b|independent examiner|"
                r"writing (?:a|an) (?:review|article|"
                r"blog|post)|(?:do|does|have|has|would|will) (?:you|teamflow) (?:ever )?(?:\w+ )?(?:work|cooperate|"
                r"comply|"
                r"report|notify|notified|inform|register|registered|approved)|(?:our|my) regulators? "
                r"(?:require|requires|mandate|mandates|expect|expects|need|needs|want|wants)|required by (?:our|"
                r"the) regulator|for (?:our )?regulatory (?:reasons|purposes|requirements)|audit (?:log|trail)s?|"
                r"regulator (?:then |has |had )?approved|approved by (?:our|the) regulator|hoe (?:maak|kan)|"
                r"registered (?:provider|with|by|charity)|regulated by|authori[sz]ed and regulated|registration "
                r"(?:no|number)|use teamflow for|"
                r"como (?:hago|"
                r"puedo)|comment (?:faire|creer)|wie (?:kann|erstelle)|come (?:faccio|posso)|(?:gebruiken|usamos|"
                r"utilisons|nutzen|usiamo) teamflow (?:om|para|pour|um|per)|(?:we )?use teamflow to|"
                # the customer's own institution, and the French verb "examiner"
                r"on behalf of the (?:council|organi[sz]ing committee|committee|school|trust|university|college|"
                r"foundation|charity|hospital|company|team|firm|practice|board|customer|client|partners|directors|"
                r"owners|members|staff|employees|trustees|governors)|on behalf of (?:the |our )?(?:whole |entire )?"
                r"(?:team|office|practice|staff|company)\b|on behalf of (?:the |our )?(?:\w+ ){0,5}(?:league|"
                r"club|association|society|federation|union|church|parish|network|cooperative|chain)\b|(?:held|"
                r"processed|"
                r"stored|kept) on behalf of|(?:bien vouloir|pourriez-vous|merci d'|afin d') ?examiner|examiner "
                r"(?:cette|ce|la|le|les|notre|nos)\b|\bever (?:asked|asks|requested|came)\b|if (?:a|any) (?:court|"
                r"government|regulator|agency|authority)",
         name="LEG2-regulator"),
    rule("LEG2", words("data protection authority|data protection authorities|supervisory authority|"
                       "care standards body|standards body|inspector from the|the care inspector|"
                       "compliance investigator|board of nursing|licensing board|medical board|board of pharmacy|"
                       "dental board|nursing board|pharmacy board|medical council|dental council|"
                       "state board of|regulatory board|"
                       "data protection auditor|"
                       "auditor from the local authority|acting for the department|inspector$|"
                       "inspectors$|"
                       "information commissioner|ico$|cnil|aepd|garante privacy|garante per la protezione|anpd|"
                       "bfdi|datenschutzbehorde|aufsichtsbehorde|datenschutzaufsicht|landesbeauftragte|"
                       "autorite de controle|autoridad de control|autoriteit persoonsgegevens|"
                       "federal trade commission|attorney general|office for civil rights|"
                       "data protection commission|edpb|uodo|integritetsskyddsmyndigheten|datainspektionen|"
                       "agencia espanola de proteccion|commission nationale de l'informatique|"
                       "data protection agency|data protection office$|data protection inspectorate|"
                       "data protection inspector|personal data protection inspector|inspector for personal data|"
                       "cnpd|comissao nacional de protecao de dados|landesdatenschutzbeauftragt|"
                       "datenschutzbeauftragten|"
                       "personal data protection office|personal data protection authority|"
                       "privacy commissioner|privacy regulator|powers of investigation|investigatory powers|"
                       "case officer|inquiries unit|complaint from a data subject|complaint by a data subject|"
                       "received a complaint from|"
                       "autoridade nacional de protecao|bundesbeauftragte fur den datenschutz|"
                       "prepose a la protection des donnees|prepose federal|preposee a la protection des donnees|"
                       "incaricato federale della protezione dei dati|eidgenossischer datenschutz|"
                       "department of labor|department of labour|dept. of labor|dept of labor|dept. of labour|"
                       "labor department|labour department|wage and hour division|labour inspectorate|"
                       "labor inspector|labour inspector|fair work ombudsman|arbeitsinspektorat|inspection du travail|"
                       "inspeccion de trabajo|ispettorato del lavoro|arbeidsinspectie|superintendencia|"
                       "superintendence|supervision in situ|esta superintendencia|"
                       # an authority in its own voice: "questo Ufficio ha ricevuto una segnalazione ... si invita
                       # codesta Societa a fornire entro 20 giorni"
                       "questo ufficio|codesta societa|si invita codesta|questa autorita|cette autorite|"
                       "esta autoridad|diese behorde|esta autoridade|deze autoriteit"),
         doc_need=r"uitleg|explicacion|explication|erklarung|explicacao|spiegazion|geklaagd|brief gekregen|"
                  r"willen (?:\w+ ){0,4}weten|binnen (?:\w+ ){0,2}(?:weken|dagen)|"
                  r"investigat|inquiry|enquiry|audit|complaint|\bcase\b|reference|notice|pursuant|on behalf of|"
                  r"requerimiento|solicita|remita|procedimiento|inspeccion|demande de|demande d'|nous vous prions|"
                  r"faire parvenir|sous (?:huit|quinze|trente|\d+) jours|signalements?|procedure|letter|beschwer|"
                  r"oficio|no prazo|a pedir|prazo de|"
                  r"aktenzeichen|klage|queja|plainte|reclama|reclamo|klacht|"
                  r"wants? to know|would like to know|asks?\b|asked|request|within \d+ days|"
                  r"we request|request (?:for|of) information|opened|proceeding|aufgefordert|verfahren|"
                  r"untersuchung|anfrage|enquete|plainte|investigacion|expediente|reclamacion|investigacao|"
                  r"indagine|onderzoek|klacht|postepowanie|utredning|chiarimenti|chiesto|aclaraciones|"
                  r"eclaircissements|esclarecimentos|toelichting|clarification|questionnaire officiel|controle aupres|"
                  r"segnalazion|entro \d+ giorni|fornire entro|trattamento dei dati|anlasslosen prufung|"
                  r"bitte ich sie um (?:folgende )?auskunft|unter angabe des (?:obigen )?aktenzeichens|"
                  r"nous demande",
         unless=r"(?:our|the|my) case officers?'?|case officers'|case officers\b(?! (?:at|from|of|with) )|"
                r"(?:building|fire|home|property|elevator|lift|gas|"
                r"electrical|site|web|element|page) inspectors?|(?:our|my) (?:own )?(?:\w+ )?inspectors?\b|inspector "
                r"(?:app|tool|panel|view|gadget)|dev(?:eloper)? tools|"
                r"(?:do|does|have|has|would|will) (?:you|teamflow) (?:ever )?(?:\w+ )?(?:work|cooperate|comply|"
                r"report|notify|notified|inform|register|registered|approved)|(?:i'?m|i am|as) (?:the|our|a) "
                r"(?:\w+ )?data protection officer|(?:our|my) (?:own |external |internal )?(?:dpo|data protection "
                r"officer)|we use teamflow|(?:i'?m|i am|we are|we'?re) (?:a |an )?(?:\w+ ){0,2}(?:clerk|coordinator|"
                r"assistant|secretary|admin|administrator|staff|employee|team) (?:at|with|for|in) (?:the|our)\b",
         name="LEG2-authority"),
    # an authority that never names itself, told by the powers it acts under and what it may do next
    rule("LEG2", words("office that deals with people's personal|office that deals with personal|"
                       "government office that deals with|privacy office$|privacy authority|privacy agency|"
                       "privacy watchdog|data protection agency|"
                       "oficina de privacidad|oficina estatal de privacidad|agencia de proteccion de datos|"
                       "bureau de la vie privee|office de la vie privee|datenschutzamt|escritorio de privacidade|"
                       "ufficio per la privacy|privacybureau|"
                       "oversight authority|supervisory authority over|under our authority|statutory authority|"
                       "this office is reviewing|this office is investigating|our office is reviewing|"
                       "our office is investigating|this agency is reviewing|this department is reviewing|"
                       "department of health|office of health information|health information privacy|"
                       "state department of|office of the privacy|privacy commissioner's office"),
         doc_need=r"complaint|investigat|review|provide|submit|within \d+ (?:business |working |calendar )?days|"
                  r"case number|in writing|by the \d+|wants to know|asked (?:us )?(?:for|where|who)|numero de caso|"
                  r"por escrito|par ecrit|schriftlich|aktenzeichen|numero do processo|per iscritto|schriftelijk|"
                  r"ref(?:erence)?[:. ]|access logs|records",
         unless=r"(?:officer|manager|director|head|lead|analyst|administrator|coordinator)\b[^.!?\n]{0,60}"
                r"(?:state )?department of|"
                r"(?:do|does|have|has|would|will|can|could) (?:you|teamflow)\b[^.!?]*\?|how (?:do|can|should)",
         guard="none", name="LEG2-oversight"),
    rule("LEG2", words("article 58|art. 58|article 57|powers conferred|powers vested|corrective measures|corrective "
                       "powers|pouvoirs qui nous sont conferes|pouvoirs conferes|mesures correctrices|saisis d'une "
                       "reclamation|saisie d'une reclamation|instruction de cette reclamation|instruction de la "
                       "reclamation|befugnisse|abhilfemassnahmen|poderes conferidos|poderes que nos confiere|"
                       "medidas correctivas|medidas corretivas|poteri conferiti|misure correttive|bevoegdheden|"
                       "facultades de investigacion|facultades que nos confiere|articulo 58|artigo 58|articolo 58|"
                       "artikel 58|poderes de investigacao|poteri di indagine|onderzoeksbevoegdheden|"
                       "corrigerende maatregelen"),
         doc_need=r"2016/679|gdpr|rgpd|dsgvo|avg\b|reglement|regulation|verordnung|reglamento|regolamento|"
                  r"complaint|reclamation|beschwerde|reclamacion|reclamacao|reclamo|klacht|data subject",
         unless=r"(?:do|does|have|has|would|will|can|could) (?:you|teamflow)\b[^.!?]*\?|how (?:do|can|should)",
         guard="none", name="LEG2-powers"),
    rule("LEG3", words("la procura|procura della repubblica|fiscalia|staatsanwaltschaft|ministerio publico|"
                       "openbaar ministerie|public prosecutor|prosecutor's office|parquet de"),
         need=r"richiest|messaggi|dati|request|messages|records|data|documentos|datos|daten|dados|gegevens|donnees|"
              r"registros|unterlagen|berichten|comunicazion|communications|activit",
         unless=r"how (?:do|can)|template|typical|phase|track", negatable=False, guard="none",
         name="LEG3-prosecutor-asks"),
    rule("LEG3", words("subpoena|subpoenaed|subpoenas|court order|court-ordered|search warrant|warrant$|warrants$|"
                       "legal hold|litigation hold|preservation letter|preservation notice|preservation request|"
                       "preservation order|discovery request|e-discovery|ediscovery|law enforcement|police|fbi$|"
                       "summons|deposition|affidavit|legal request|records request|notice to produce|"
                       "request for production|production of documents|custodian of records|certified copies|"
                       "served on|served upon|served with|service of process|citacion judicial|"
                       "orden judicial|requerimiento judicial|mandato judicial|ordonnance|requisition judiciaire|"
                       "injonction|citation a comparaitre|gerichtsbeschluss|gerichtliche anordnung|vorladung|"
                       "durchsuchungsbeschluss|beschlagnahme|ordem judicial|intimacao|mandado judicial|mandado de|"
                       "oficio judicial|ordine del tribunale|citazione in giudizio|dagvaarding|gerechtelijk bevel|"
                       "policiais|policia$|polizia|polizei|politie|policiers|papel do juiz|orden del juez|"
                       "production order|disclosure order|officier van justitie|openbaar ministerie|"
                       "procureur de la republique|ministerio fiscal|"
                       "ministerio publico|pubblico ministero|procura della repubblica|"
                       "ordre du juge|staatsanwaltschaft|ermittlungsverfahren|beschlusses des amtsgerichts|fiscalia|"
                       "ministerio publico|"
                       "procureur de la republique|procura della repubblica|openbaar ministerie|prosecutor's office|"
                       "district attorney|public prosecutor|coroner's office|the coroner|for the inquest|"
                       "beschluss des gerichts|ordine del giudice|bevel van de rechter|mandado|"
                       "beschluss des amtsgerichts|beschluss des landgerichts|beschluss vom amtsgericht|"
                       "beschluss vom landgericht|beschluss des bezirksgerichts|beschluss vom gericht|"
                       "brief van de rechtbank|letter from the court|letter from a court|carta del juzgado|"
                       "lettre du tribunal|schreiben vom gericht|carta do tribunal|lettera del tribunale|"
                       "editionsverfugung|editionsbegehren|herausgabeverfugung|des bezirksgerichts|de rechtbank heeft|"
                       "rechtbank heeft ons|door de rechtbank|heeft de rechtbank"),
         unless=r"(?:who|we|i|staff|they|to) (?:phones?|calls?|rings?|contacts?|alerts?) (?:the )?police|"
                # a council's own police department among the teams that will use the product
                r"(?:policia|police|polizia|polizei|politie) (?:local|municipale?|locale|municipal)\b|"
                r"(?:urbanismo|servicios sociales|social services|departments?|departamentos|areas|services "
                r"sociaux|sozialamt)\b[^.!?]{0,60}(?:policia|police|polizia|polizei|politie)|"
                r"(?:chaos|dealing) with the police|police and (?:the )?insurers?|insurers? and (?:the )?police|"
                r"(?:brand|fashion|grammar|style|font|design|colou?r|spelling|pixel) police|"
                r"(?:use|using) (?:teamflow|it) to track|track(?:ing)? (?:\w+ ){0,3}(?:subpoena|court|filing|"
                r"deadline)\w* "
                r"(?:\w+ ){0,4}for our clients|"
                r"template|typical (?:lawsuit|case|matter)|case management|each phase|phases? of|"
                r"relative dates|due dates|checklists?|"
                r"me han mandado|nos han mandado|he mandado|hemos mandado|"
                r"(?:we|i) (?:have |already )?(?:filed|made|reported|called|contacted|informed) (?:a |the )?"
                r"(?:police|report)|police report (?:was|has been) filed|(?:do|does|how) (?:you|teamflow) (?:\w+ )?"
                r"(?:handle|respond|process|comply)|task template|as a task|as tasks|subtasks?|(?:we|"
                r"our \w+ team) (?:issue|track|serve|draft|prepare)\b|how do i (?:save|create|add|set up)|"
                r"future (?:e-?discovery|legal|litigation)|evaluating (?:\w+ ){0,3}tools|(?:handle|handles|handling|"
                r"manage|manages|process|processes|deal with|deals with) (?:\w+ ){0,2}(?:subpoenas|litigation holds)|"
                r"legal (?:department|team) \(|"
                # a web file "served on app.teamflow.com"; "nobody needs to call the FBI"
                r"served (?:on|from|by|via|over) (?:app\.|https?|the (?:site|page|cdn|domain|web|server)|"
                r"[a-z0-9-]+\.[a-z])|"
                r"(?:no ?one|nobody|don'?t|no need to|needs? to|have to) (?:\w+ ){0,2}call the (?:fbi|police|cops)",
         doc_unless=r"(?:wij zijn|we are|we'?re|somos|nous sommes|wir sind|siamo) (?:een |a |un |une |ein |eine |uno |"
                    r"uma )?(?:klein\w* |small |petit\w* |pequen\w* |kleine\w* |piccol\w* )?(?:advocatenkantoor|"
                    r"law firm|"
                    r"bufete|despacho de abogados|cabinet d'avocats|anwaltskanzlei|kanzlei|escritorio de advogados|"
                    r"studio legale)|sjabloon|"
                    # French "ordonnances" of a nurse's office are prescriptions
                    r"ordonnances? (?:scannee|medicale|de medicament|du medecin|du docteur)|"
                    r"no active (?:case|matter|hold|litigation|proceeding)|feature comparison|(?:we have|there is) no "
                    r"(?:active |open )?(?:case|matter|hold|litigation)|"
                    # "We're a four-lawyer litigation practice. Every time a subpoena lands on one of our matters"
                    r"(?:every|each) time a (?:subpoena|court order|summons) (?:lands|arrives|comes in)|"
                    r"(?:on|in) one of our (?:matters|cases|files)",
         name="LEG3-order"),
    rule("LEG3", words("records|documents|logs|communications|emails|information about"),
         need=r"(?:request|need|require|asking|produce|provide|hand over|disclose|preserve)[^.!?]{0,150}(?:legal|"
              r"litigation|court|lawsuit|case no|case number|docket|proceedings?|trial|arbitration|"
              r"investigation)|(?:legal|litigation|court|lawsuit|proceedings?|trial|arbitration|claim|negligence|"
              r"solicitors)[^.!?]{0,60}"
              r"(?:request|require|produce|provide|preserve|disclose)",
         unless=COUNSEL_QUESTION + r"|legal(?:ly)? requir|required by law|regulatory requirement",
         name="LEG3-records"),
)
