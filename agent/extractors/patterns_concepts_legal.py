"""Concept rules for Legal & Compliance, in plain words.

A legal threat is often told as "we have handed this to our law firm" or "we reserve all rights"; a
subpoena as "the prosecutor asks for the sign-in records"; an erasure request as "nothing about me
should stay on your servers". Each rule is one idea spelled as families of phrases per language (en,
es, fr, de, pt, it, nl); how-to questions and hypotheticals keep them precise.
"""

from __future__ import annotations

from .lexicon import ANOTHER_FIRMS_BOARD, Rule, rule, words
from .patterns_legal import COUNSEL_QUESTION

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
_TO_COURT = (r"taken (?:us|them|me) to|"
             # papers served in a named case: "papers from the Superior Court ... in Delgado v. Northgate"
             r"\b[a-z]{3,} v\.? [a-z]{3,}\b|\bhanded (?:\w+ ){0,4}papers\b|\bpapers from the (?:\w+ ){0,3}court\b|"
             r"vais au|irai au|vamos al|voy al|vou ao|gehe vor|vado in|ga naar de|saisir|"
             r"saisirons|saisira|porter (?:l'affaire|plainte)|devant|acudir|acudiremos|llevar|llevaremos|"
             r"procedure bij de|procedure (?:\w+ ){0,3}te starten|een procedure (?:aanhangig|beginnen)|"
             r"demandar|presento la demanda|presentare (?:la|una) demanda|interpongo (?:la|una) demanda|"
             r"vor (?:das|ein|dem) gericht|gehen|ziehen|klagen|recorrer|levar|acionar|ricorrer|adire|"
             r"portare|citare|stappen|dagvaarden|naar de|take (?:you|this|it|the matter)|file|go to|going to|"
             r"will|shall|see you in|entrar com|vou entrar|vamos entrar|abrir (?:um|uma) (?:processo|acao)|"
             r"mover (?:um|uma)|dei entrada|dar entrada|entrei com|contra a teamflow|contra voces|contra vos|"
             r"against teamflow|gegen teamflow|contre teamflow|contro teamflow|tegen teamflow|contra teamflow|"
             # "dan dien ik een vordering in bij de kantonrechter"
             r"vordering|indienen|dien (?:ik|we|wij) |presentamos|presentaremos|deposer|deposerai|einreichen|"
             r"reiche (?:ich|wir)|depositar|presentare|"
             # "Dizem que vão avançar com uma ação em tribunal contra a fundação"
             r"(?:acao|accion|action|azione|actie|klage|processo|proceso) (?:\w+ ){0,2}(?:em|en|in|au|vor|na|bij|"
             r"devant|ante|davanti al) (?:o |el |le |il |de |het |dem |the )?(?:tribunal|court|gericht|tribunale|"
             r"rechtbank|juzgado|juiz)|avancar com|seguir adelante con|"
             # "wenn das Geld nicht bis Freitag zurück ist, geht das ans Amtsgericht"
             r"\bans \w*gericht|geht (?:das|es|die sache) (?:an|vor|zum)\b|"
             # a case under way: "voeren wij een procedure tegen ... bij de Rechtbank Den Haag onder zaaknummer"
             r"\b(?:zaaknummer|rolnummer|case number|case no|aktenzeichen|numero de (?:role|procedimiento|processo)|"
             r"numero di ruolo|n\W? de (?:role|rg))\b|\bvoeren (?:wij|we) een procedure\b")

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
                 r"piden|copia|copie|kopie|"
                 # "Vi chiediamo di produrre entro 20 giorni i log di accesso e di esportazione"
                 r"chiediamo|chiedono|produrre|esibizion|esibire|\blog\b")

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
    "ons werk$|ons stappenplan|onze werkwijze|onze terminologielijst|unser werk|notre travail|nuestro trabajo|"
    "nosso trabalho|o nosso trabalho|il nostro lavoro|"
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
    "notre travail|nosso trabalho|il nostro lavoro|ons werk$|nos illustrations|de nos illustrations|a l'identique|"
    "nuestras ilustraciones|unsere illustrationen|nossas ilustracoes|le nostre illustrazioni|onze illustraties|"
    # "our onboarding playbook", "our agency's launch playbook"
    "our playbook|our onboarding playbook|our launch playbook|our sales playbook|our agency's|our methodology|"
    "our framework|our handbook|ons draaiboek|unser leitfaden|notre guide|nuestro manual|nosso manual|"
    "il nostro manuale")
_NOT_THEIRS = (r"licen[cs]|\bcop(?:y|ie|ia)\b|\bcopied\b|\blifted\b|"
               # "It is our paid 'Launch Ready' template, card for card - same 64 tasks, same wording"
               r"card for card|column for column|task for task|line for line|same wording|letterlijk|wortwortlich|"
               # "It is our agency's launch playbook, word for word: the same 42 tasks, our phase names"
               r"\bthe same \d+ (?:tasks|steps|cards|columns|items|pages|phases|chapters)\b|"
               # "aparecen tres fotografías de nuestro camping ... y nuestro logotipo"
               r"no autorizad|non autorise|nicht autorisiert|nao autorizad|non autorizzat|niet geautoriseerd|"
               r"en ningun momento|aparecen|apparaissent|erscheinen|aparecem|compaiono|verschijnen|"
               r"textuellement|verbatim|"
               r"kopie|replica|clone|plagiar|plagi|without|never|sin |sans |ohne|"
               r"pasted in|under someone else'?s name|under (?:another|a different) name|unter (?:deren|ihrem|seinem|"
               r"fremdem) namen|sous leur nom|bajo su nombre|(?:com|sob) o nome deles|a nome loro|onder hun naam|"
               r"under their (?:own )?name|"
               # "ons werk staat onder andermans naam bij jullie"
               r"onder andermans naam|unter fremdem namen|sous le nom de quelqu'un d'autre|bajo el nombre de otr[oa]|"
               r"sotto il nome di altri|sob o nome de outr[oa]|"
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

CONCEPT_LEGAL: tuple[Rule, ...] = (
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
         r"apag|cancell|verwijder|\bweg\b|weghal|wegdoen|elimin|exclu|efface|loschen|wissen",
         unless=r"how (?:do|can)|\?", name="LEG4-nothing-about-me"),
    rule("LEG1", LAW_FIRM, need=_HANDED,
         # the writer's own firm: "wir sind eine kleine Kanzlei für Arbeitsrecht ... für jede Klage bzw. jedes Mandat"
         unless=COUNSEL_QUESTION + r"|(?:wir sind|we are|we'?re|somos|nous sommes|siamo|wij zijn) (?:eine |a |un |une |"
                r"uno |uma |een )?(?:kleine |small |petit\w* |pequen\w* |piccol\w* )?(?:kanzlei|anwaltskanzlei|law "
                r"firm|bufete|despacho de abogados|cabinet d'avocats|escritorio de advocacia|studio legale|"
                r"advocatenkantoor)|" + ANOTHER_FIRMS_BOARD,
         name="LEG1-law-firm"),
    rule("LEG1", RESERVE, need=r"schritte|action|rights|droit|derecho|direito|diritt|recht|steps|measures|"
         r"mesures|medidas|misure|maatregelen|legal|juridi|rechtlich|legali|gerechtelijk", name="LEG1-reserve"),
    rule("LEG1", COURT, need=_TO_COURT, unless=r"court order|ordonnance|orden judicial|gerichtsbeschluss|"
         r"ordem judicial|ordine del|gerechtelijk bevel|basketball|tennis|food court|courtesy|"
         r"\b(?:do|does|have|has) (?:you|teamflow)\b[^.!]*\?|pour (?:notre|un|une|nos) clients?|for (?:our|a) clients?|"
         r"para (?:nuestro|un) cliente|"
         r"fur (?:unseren |einen |unsere |)(?:mandanten|kunden)|per (?:il nostro|un) cliente|voor (?:onze|een) klant|"
         r"rendez-vous", name="LEG1-court"),
    # papers served in a named case: "A process server handed our receptionist papers in Ramirez v. Coastline"
    rule("LEG1", words("process server|served with papers|served us with|we were served|we've been served|"
                       "we have been served|court papers|legal papers|papers in"),
         need=r"\b[a-z]{3,} v\.? [a-z]{3,}\b|lawsuit|\bsued\b|\bsuing\b|claim against|complaint against|summons|"
              r"court|served",
         unless=r"how (?:do|can)|\?|(?:our|my) (?:client|customer)s?'s? (?:case|lawsuit)|for (?:our|a) clients?",
         guard="hypo", name="LEG1-served"),
    rule("LEG3", PROCEEDING, doc_need=_ASKS_RECORDS,
         unless=r"e-akte|mapping|\bfield\b|\bfeld\b|von hand|schnittstelle|interface|"
                r"(?:we|i) (?:have |already )?(?:filed|made|reported)|"
         r"police report (?:was|has been) filed|(?:do|does|how) (?:you|teamflow) (?:\w+ )?(?:handle|respond|"
         r"process|comply)|"
         # a surname in a signature: "- Stefan Richter, IT Service Desk"
         r"^\W*[a-z]+ richter\b|\brichter,? (?:it|head|director|manager|support|service|team|lead|cfo|ceo|cto|vp|"
         r"ops)\b",
         name="LEG3-proceeding-asks"),
    rule("LEG4", ERASE, need=ABOUT_ME, unless=r"how (?:do|can)|(?:delete|remove|erase) (?:a|the|this|that|one|"
         r"some|old|duplicate) (?:task|project|board|comment|file)|what happens|\?|"
         # "heute früh waren alle meine Daten gelöscht": a deletion that happened is a loss, not an erasure request
         r"\b(?:waren|wurden|sind|war|wurde|were|was|have been|has been|got|fueron|han sido|ont ete|a ete|foram|"
         r"sono stati|zijn) (?:\w+ ){0,5}(?:geloscht|deleted|erased|wiped|borrad\w*|eliminad\w*|supprime\w*|"
         r"efface\w*|apagad\w*|cancellat\w*|eliminat\w*|verwijderd)\b(?! (?:werden|worden|to be))|"
         # the writer's own slip: "heb per ongeluk het hele project verwijderd"
         r"\b(?:per ongeluk|by mistake|accidentally|versehentlich|par erreur|par megarde|por error|sin querer|"
         r"per sbaglio|por engano)\b",
         name="LEG4-about-me"),
    rule("LEG5", OUR_WORK, need=_NOT_THEIRS, unless=r"how (?:do|can)|read (?:out|aloud|back)|reporter|journalist|"
         r"(?:isn'?t|not) public|(?:change|remove|add|upload|update|replace) "
         r"(?:our |the |my )?(?:logo|name)\b|white[- ]?label|custom branding|\?|branded (?:version|portal|domain|app|"
         r"instance|site)|custom domain|inspec\w*|view[- ]source|page source|da pagina|de la page|der seite|"
         r"\bopen(?:s|ed)? as\b|scrambled|garbled|corrupt|won'?t open|no other cop(?:y|ies)|under our own name|"
         r"(?:with|see) our logo and colou?rs|"
         # a settings wish: "our design team would like the priority labels to use our brand colours"
         r"(?:use|match|in) our (?:brand|corporate|house) colou?rs|(?:hex|custom|brand) colou?rs? (?:\w+ )?(?:for|on|"
         r"in|be set)",
         # a private list published by a stranger "word for word" is a breach, not a copied work
         doc_unless=r"private (?:board|list|project)|only (?:the )?(?:\w+ ){0,4}(?:can|could) see",
         name="LEG5-our-work"),
)
