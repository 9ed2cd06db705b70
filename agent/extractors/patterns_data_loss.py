"""Rules of the Security & Data Incidents group's data-loss criterion (SEC4): data lost or corrupted.

Told as data that is gone, empty, unreadable, overwritten or in need of a restore, in English,
Spanish, French, German, Portuguese, Italian and Dutch. One's own deletions, things found again
and questions keep the rules precise.
"""

from __future__ import annotations

from .lexicon import DATA_NOUN, NEWS_ABOUT_OTHERS, Rule, rule, words
from .not_lost import SEC4_NOT, STILL_THERE
from .patterns_concepts_content import GARBLED

#: The damage reaches past today's screen: older records too, or the export as well.
_GARBLED_BEYOND_THE_SCREEN = (
    r"\b(?:nao (?:e|sao) so|no (?:es|son) solo|not just|not only|pas seulement|pas que|nicht nur|non (?:e|sono) solo|"
    r"niet alleen)\b[^.!?]{0,60}\b(?:tambem|tambien|also|too|aussi|auch|anche|ook)\b|"
    r"\b(?:export\w*|excel|csv)\b[^.!?]{0,40}\b(?:esta igual|the same|is the same|pareil|genauso|uguale|hetzelfde|"
    r"igual)\b")

DATA_LOSS: tuple[Rule, ...] = (
    # "nas descrições há símbolos esquisitos ... exportei para Excel e está igual ... as de outubro também"
    rule("SEC4", GARBLED, doc_need=_GARBLED_BEYOND_THE_SCREEN,
         unless=r"how (?:do|can)|\?|template|placeholder",
         # only the export is garbled: "in the app everything looks fine"
         doc_unless=r"(?:in teamflow|in the app|no app|na app|en la app|dans l'appli|in der app|nell'app|in de app)\b"
                    r"[^.!?]{0,30}\b(?:fine|correct\w*|ok|okay|normal\w*|bem|bien|gut|bene|goed)\b",
         negatable=False, name="SEC4-garbled-beyond-the-screen"),
    rule("SEC4", words("data loss|lost data|loss of data|perdida de datos|perte de donnees|datenverlust|0-byte|"
                       "zero-byte|0 byte|0kb|0 kb|0-kb|zero kb|0 ko|0ko|0 octet|zero octet|double-encoded|"
                       "double encoded|"
                       "mojibake|"
                       "checksum mismatch|hash mismatch|"
                       "no longer matches what we uploaded|"
                       "perda de dados|perdita di dati|dataverlies|gegevensverlies|corrupt|corrupted|corruption|"
                       "corrompid|corrompu|beschadigt|beschadigd|korrupt|corrott|garbled|scrambled|overwritten|"
                       "overwrote|wiped|erased|purged|revueltos|revueltas|zeichensalat|buchstabensalat"),
         need=DATA_NOUN + r"|loss|perdida|perte|verlust|perda|perdita|verlies|pdfs?\b|attach\w*|"
              r"images?\b|photos?\b|spreadsheets?\b|drawings?\b",
         # only the exported file is garbled, the data in the app is intact: an export bug
         doc_unless=r"(?:in teamflow|in the app|in der app|dans l'appli|en la app|no app|nell'app|in de app)(?: selbst|"
                    r" "
                    r"itself| meme| misma| mesmo| stesso| zelf)? (?:ist|is|est|esta|e) (?:alles |everything |tout |"
                    r"todo |"
                    r"tudo |tutto )?(?:korrekt|correct|fine|ok|intact|corret[oa]|intatt[oa])|(?:daten|data|donnees|"
                    r"datos|"
                    r"dados|dati|gegevens) (?:sind|are|is|sont|estan|estao|sono|zijn) (?:\w+ )?(?:unverandert|"
                    r"unchanged|"
                    r"intact|inchangees|intactos|intatti|ongewijzigd)|"
                    # one group cannot open files the others open: "so the files themselves are ok"
                    r"(?:the )?files themselves are (?:ok|okay|fine|intact)|(?:other|the other) users (?:\w+ ){0,6}can "
                    r"open the same",
         unless=r"corrupt(?:ed)? (?:download of (?:the|your) (?:app|installer)|installer)|"
                # "I was about to write you an URGENT DATA LOSS email"
                r"(?:about|going) to (?:write|send|e-?mail)|(?:want|need|ask|request|"
                r"like|demand) (?:\w+ ){0,5}(?:erased|wiped|purged)|right to (?:have it |be )?(?:wiped|erased)|"
                r"entitled to (?:have (?:it|them|my \w+|our \w+) )?(?:wiped|erased|deleted)|"
                r"(?:accidentally|by mistake|by accident) (?:\w+ )?(?:wiped|erased|overwrote)|"
                r"(?:backup|retention|recovery|disaster) (?:policy|plan|process|procedure)|retention|"
                r"promises? (?:\w+ ){0,6}"
                r"(?:erased|wiped|deleted)|(?:on|at|from) (?:my|our) "
                r"(?:side|end)|(?:i|we) (?:tried|try|was trying|were trying|am trying) to (?:upload|attach|import)|"
                r"how (?:do|can) (?:i|we)|(?:my|our) own (?:printer|scanner|camera|laptop|screen)|"
                # an export that comes out empty is an export bug: "al exportar ... la descarga se queda en 0 KB"
                r"\bexport\w*|\besporta\w*|whether (?:\w+ ){0,6}(?:remain|stay|are kept)\b|"
                # the promised purge, not a loss: "deleted patient files are purged after 30 days, yet ..."
                r"(?:purged|erased|wiped) (?:\w+ )?after (?:\d+|thirty|sixty|ninety) days|"
                r"should (?:have been|be) (?:permanently )?(?:erased|purged|wiped)|"
                # an erasure asked for: "Can you make sure everything relating to her is erased on your end"
                r"make sure (?:\w+ ){0,6}(?:is|are|gets?|get|has been|have been) (?:\w+ )?(?:erased|wiped|deleted|"
                r"purged)",
         name="SEC4-corrupt"),
    # "todos los comentarios de dos meses salen con caracteres raros": stored text now unreadable for everyone
    rule("SEC4", words("caracteres raros|caracteres rarisimos|simbolos raros|cuadraditos|caracteres extranos|"
                       "caracteres estranhos|simbolos estranhos|caracteres bizarres|symboles bizarres|seltsame zeichen|"
                       "komische zeichen|kryptische zeichen|caratteri strani|simboli strani|rare tekens|vreemde tekens|"
                       "weird characters|strange characters|weird symbols|garbage characters|question marks and boxes|"
                       "little boxes|odd boxes|odd little boxes|strange symbols|odd symbols|funny symbols|"
                       "boxes and symbols|symbols and boxes|rows of boxes|rows of symbols|boxes and question marks|"
                       "signes bizarres|signos raros|sinais estranhos|segni strani|petits carres|"
                       "letras sem sentido|simbolos e letras|simbolos estranhos|caracteres estranhos|caracteres raros|"
                       "simbolos raros|letras sin sentido|caracteres bizarres|lettres sans sens|komische zeichen|"
                       "seltsame zeichen|simboli strani|caratteri strani|lettere senza senso|rare tekens|"
                       "vreemde tekens|"
                       # "le note dei clienti adesso sono righe di simboli incomprensibili"
                       "simboli incomprensibili|righe di simboli|file di simboli|solo simboli|lineas de simbolos|"
                       "filas de simbolos|simbolos incomprensibles|caracteres incomprensibles|lignes de symboles|"
                       "symboles incomprehensibles|que des symboles|zeilen voller zeichen|zeilen mit zeichen|"
                       "unverstandliche zeichen|nur noch zeichen|linhas de simbolos|simbolos incompreensiveis|"
                       "caracteres incompreensiveis|so simbolos|regels met tekens|regels vol tekens|"
                       "onbegrijpelijke tekens|alleen nog tekens|lines of symbols|incomprehensible symbols|"
                       "the same garbage|are garbage|is garbage|turned to garbage|turned into garbage|mojibake|"
                       # "the older versions show the same mess ... The checklists we had in there are unreadable"
                       "the same mess$|are now unreadable|is now unreadable|are unreadable|is unreadable|"
                       "just symbols|only symbols|"
                       # "die Umlaute zerschossen", "cheias de simbolos tipo ... e quadradinhos"
                       "umlaute zerschossen|umlaute kaputt|kaputte zeichen|kaputten zeichen|zerschossene zeichen|"
                       "sonderzeichen kaputt|accents casses|caracteres casses|acentos rotos|caracteres rotos|"
                       "acentos quebrados|caracteres quebrados|accenti rotti|caratteri rotti|accenten kapot|"
                       "tekens kapot|broken characters|broken accents|accents are broken|quadradinhos|quadratini|"
                       "cuadraditos|"
                       "vierkantjes|little squares|"
                       "cheias de simbolos|cheios de simbolos|cheia de simbolos|cheio de simbolos|llenas de simbolos|"
                       "llenos de simbolos|pleines de symboles|pleins de symboles|voller zeichen|voller symbole|"
                       "piene di simboli|pieni di simboli|vol met tekens|vol vreemde tekens|full of symbols|"
                       # "la description affiche des suites de caractères du genre Ã©Ã¨ à la place du texte"
                       "suites de caracteres|suite de caracteres|sequences de caracteres|secuencias de caracteres|"
                       "zeichenfolgen|sequencias de caracteres|sequenze di caratteri|reeksen tekens|"
                       "strings of characters|strings of symbols"),
         need=DATA_NOUN + r"|\bnames?\b|\bnotes?\b|bookings?|\bguests?\b|entries|sheets?\b|spreadsheets?|"
              r"notizen|\bnotas\b|notities|beschreibungen|descripciones|descriptions|descricoes|descrizioni|"
              r"\beverywhere\b|\buberall\b|\bpartout\b|dappertutto|\boveral\b|older versions|versions\b|"
              r"beschrijvingen|\btitel\b|titulos|\btitres\b|\btitoli\b|\btitels\b|"
              r"fichas?|fiches?\b|schede\b|\btesto\b|receitas?|recetas?|recettes?|rezepte?|ricett[ae]|recepte?n?\b|"
              r"comentarios|"
              r"commentaires|kommentare|"
              r"commenti|opmerkingen|"
              r"every one of them|all of them|\bminutes\b|\bthe one from\b|\brecords\b|\bletters\b|\breports\b",
         also=r"\b(?:les textes|los textos|die texte|os textos|i testi|de teksten|todos|todas|all|every|meses|months|"
              r"semanas|weeks|anos|years|everything|tous|toutes|alle|tutti|tutte|qualquer|cualquier|n'importe|"
              r"jede[rsn]?|qualsiasi|elke|any|"
              r"alles|mois|monate|mesi|maanden|samtlich\w*|allen)\b|"
              r"\beverywhere\b|\buberall\b|\bpartout\b|dappertutto|\boveral\b|version history|older versions|"
              r"previous versions|"
              # the customers' notes, plural, and nothing readable any more
              r"\b(?:dei (?:clienti|pazienti)|de los (?:clientes|pacientes)|des (?:clients|patients)|der (?:kunden|"
              r"patienten)|dos (?:clientes|pacientes)|van (?:de |onze )?(?:klanten|patienten)|(?:our|the) (?:clients|"
              r"customers|patients)'?)\b|\b(?:dei|de los|des|der|dos|van de|of our) (?:nostri |nuestros |nos |"
              r"unserer |nossos |onze )(?:clienti|pazienti|clientes|pacientes|clients|patients|kunden|patienten|"
              r"klanten|customers)\b|non si legge piu|ya no se lee|ne se lit plus|nichts (?:mehr )?lesbar|"
              r"nao se le (?:mais )?nada|niet meer te lezen|nothing (?:is )?readable|can'?t read (?:any|a single)|"
              # "des carrés et des signes bizarres, illisible": the writer says it cannot be read
              r"\b(?:illisibles?|ilegibles?|unleserlich|illeggibil[ei]|onleesbaar|unreadable|ilegive(?:l|is))\b",
         unless=r"how (?:do|can)|\?|(?:my|our) (?:own )?(?:printer|keyboard|font)|when (?:i|we) (?:type|paste)|"
                # a chart drawn wrong: "draws every dependency arrow on the wrong row ... so our schedule is unreadable"
                r"\b(?:arrows?|connectors?|dependency|dependencies|gantt|chart|bars?)\b[^.!?]{0,160}\b(?:unreadable|"
                r"illisible|unleserlich|ilegible|illeggibile|onleesbaar)",
         doc_unless=r"only (?:on|in) (?:my|one) (?:screen|browser|computer|laptop)|solo (?:en|a) mi (?:pantalla|"
                    r"ordenador|computadora)|seulement sur mon|nur (?:auf|bei) mir|"
                    # "Dans TeamFlow les noms s'affichent correctement, c'est seulement le fichier exporté"
                    r"(?:dans teamflow|in teamflow|en teamflow|no teamflow) (?:\w+ ){0,3}(?:s'affichent|display|"
                    r"se muestran|werden|aparecem|appaiono|worden) (?:\w+ )?(?:correctement|correctly|correctamente|"
                    r"korrekt|corretamente|correttamente|correct)",
         negatable=False, name="SEC4-unreadable-text"),
    # "se perdio todo el historial ..., no queda nada": the "no" belongs to the phrase, it denies nothing
    # "Gisteren had ons project nog ruim 140 taken ... Vanochtend staat er niets meer in. Niet in het archief"
    rule("SEC4", words("staat er niets meer in|er staat niets meer in|staat er niks meer in|il n'y a plus rien dedans|"
                       "ya no hay nada dentro|ist nichts mehr drin|nao tem mais nada dentro|non c'e piu niente dentro|"
                       "nothing in it any more|nothing in it anymore"),
         doc_need=r"gisteren|yesterday|\bhier\b|\bayer\b|gestern|ontem|\bieri\b|\d{2,} (?:taken|tasks|taches|tareas|"
                  r"aufgaben|tarefas|attivita|bestanden|files)|niet in (?:het archief|de prullenbak)|"
                  r"not in the (?:archive|"
                  r"trash|bin)|pas dans (?:l'archive|la corbeille)|no esta en (?:el archivo|la papelera)|nicht im "
                  r"(?:archiv|papierkorb)|nao esta (?:no arquivo|na lixeira)|non e (?:nell'archivio|nel cestino)",
         unless=SEC4_NOT + r"|\?|filter", doc_unless=STILL_THERE, negatable=False, name="SEC4-nothing-in-it-now"),
    rule("SEC4", words("queda nada$|sobrou nada$|ficou nada$|reste rien$|mehr ubrig$|rimasto niente$|rimasto nulla$|"
                       "meer over$|nothing left$"),
         need=DATA_NOUN, unless=SEC4_NOT + r"|\?", doc_unless=STILL_THERE, negatable=False,
         name="SEC4-nothing-left"),
    rule("SEC4", words("scrambled|garbled|gibberish|corrupted|mangled"),
         need=r"(?:open|come up|comes up|show|display|load)\w*\b[^.!?]{0,30}\b(?:as|into)\b",
         doc_need=r"anywhere else|no (?:other )?cop(?:y|ies)|same thing|same (?:here|for)|(?:her|his|their|another|"
                  r"other) (?:computer|laptop|machine|device|pc)|originals?\b",
         unless=r"how (?:do|can)|\?|(?:my|our) (?:own )?(?:printer|scanner|camera|laptop|screen)",
         doc_unless=STILL_THERE, negatable=False, name="SEC4-opens-scrambled"),
    # "everything created between August and today is just... not there"
    rule("SEC4", words("everything created|everything we created|everything added|everything entered|todo lo creado|"
                       "tout ce qui a ete cree|tudo o que foi criado|tutto quello creato|tutto cio che e stato creato|"
                       "alles wat we hebben aangemaakt|alles wat is aangemaakt"),
         # the "just... not there" may follow after an ellipsis
         doc_need=r"not there|\bgone\b|missing|disappeared|vanished|no (?:esta|aparece)|n'est plus la|nao esta|"
                  r"non c'e piu|is weg|niet meer",
         unless=r"how (?:do|can)|\?|filter", doc_unless=STILL_THERE, guard="hypo", negatable=False,
         name="SEC4-everything-since-gone"),
    # every attachment, old ones too, now "fichier introuvable": stored files gone
    rule("SEC4", words("fichier introuvable|fichiers introuvables|file not found|files not found|archivo no encontrado|"
                       "archivo no disponible|datei nicht gefunden|datei nicht vorhanden|arquivo nao encontrado|"
                       "ficheiro nao encontrado|file non trovato|file non disponibile|bestand niet gevonden"),
         need=r"\b(?:toutes|tous|all|every|todos|todas|alle|tutti|tutte)\b",
         unless=r"how (?:do|can)|\?|(?:my|our) (?:own )?(?:server|drive|computer|laptop|network|nas)",
         doc_unless=STILL_THERE, guard="hypo", negatable=False, name="SEC4-every-file-not-found"),
    rule("SEC4", words("nothing underneath|nothing under it|empty project|empty board|nada debajo|rien en dessous|"
                       "nichts darunter|nada por baixo|niente sotto|niets eronder"),
         doc_need=r"was all there|it was all there|(?:other|another) (?:\w+ ){0,2}(?:sees|see|saw) the same|weeks|"
                  r"months|"
                  r"estaba todo|tout y etait|war alles da|estava tudo|c'era tutto|stond alles",
         unless=r"how (?:do|can)|\?|new (?:project|board)|just (?:created|started|made)|template|filter",
         negatable=False, name="SEC4-emptied"),
    rule("SEC4", words("deleted|removed"),
         need=r"(?:was|were|got|have been|has been|had been|are|is|being) (?:\w+ )?(?:deleted|removed)|(?:deleted|"
              r"removed) (?:\w+ ){0,2}(?:by (?:someone|somebody|an unknown|a user we|nobody)|overnight|without)|"
              r"(?:someone|somebody|something) (?:has |had )?(?:deleted|removed)",
         also=DATA_NOUN,
         unless=SEC4_NOT + r"|(?:don'?t|do not) think (?:anything|any of it)(?:'s| has)? (?:actually |really )?"
                r"(?:been )?(?:deleted|removed)|\bcan (?:a|the|our|this) (?:\w+ ){0,3}be deleted\b",
         doc_unless=STILL_THERE,
         name="SEC4-deleted"),
    rule("SEC4", words("lost$|lose|losing|disappear|vanish|gone$|have gone from|has gone from|"
                       "wiped|forlorat|forlorade|sumindo|desaparecendo|"
                       "desapareciendo|disparaissent|verschwinden|scompaiono|scomparendo|verdwijnen|"
                       "forsvann|forsvunnit|raderats|raderades|zniknely|zniknal|usuniete|stracilismy|"
                       "no longer there|not there anymore|desaparec|borrad|eliminad|perdid|perdimos|perdio$|perdieron|"
                       "perdeu|perderam|"
                       "disparu|disparus|disparues|envole|envoles|envolee|envolees|supprim|efface|perdu|perdus|"
                       "verschwunden|geloscht|verloren|"
                       "weg$|sumiram|sumiu|apagad|excluid|spariti|sparit|scompars|cancellat|persi$|perse$|"
                       "not there any more|isn't there any more|aren't there any more|isn't there anymore|"
                       "aren't there anymore|isnt there anymore|arent there anymore|"
                       "verdwenen|verwijderd|kwijt"),
         need=DATA_NOUN,
         unless=SEC4_NOT + r"|how (?:do|can|should) (?:i|we)\b[^.!?]*\?|"
                # a deletion offered: "Der zweite Workspace ... kann gelöscht werden, da ist nichts drin"
                r"\b(?:kann|konnen|darf|durfen|can|may|puede|pueden|peut|peuvent|pode|podem|puo|possono|mag|kan|"
                r"kunnen) (?:\w+ ){0,3}(?:geloscht|deleted|borrad\w*|supprime\w*|apagad\w*|cancellat\w*|verwijderd|"
                r"eliminad\w*|removed) (?:werden|be|ser|etre|essere|worden)\b|"
                # the vanishing is wanted: "archive a finished project so it disappears from the sidebar"
                r"\bso (?:that )?(?:it|they|these|those|the \w+) (?:\w+ )?(?:disappears?|vanish(?:es)?|"
                r"(?:is|are) gone)\b|"
                r"\bpara que (?:\w+ )?(?:desaparezca|desaparezcan|desapareca|desaparecam|suma|sumam)\b|"
                r"\bpour qu'(?:il|elle|ils|elles) (?:\w+ )?disparaiss|\bdamit (?:es|sie|er) (?:\w+ ){0,3}verschwind|"
                r"\b(?:in modo che|cosi che|perche) (?:\w+ )?(?:sparisca|spariscano|scompaia|scompaiano)\b|"
                r"\bzodat (?:het|ze|die|dat) (?:\w+ ){0,3}verdwijn|"
                r"\b(?:loses?|losing|lost) (?:\w+ )?access\b|\btime (?:\w+ ){0,3}(?:lose|lost|losing)\b|"
                # "el tiempo perdido es considerable": hours lost, not data
                r"(?:tiempo|temps|tempo|zeit|tijd|hours?|horas|heures|stunden|ore|uren) perdid[oa]s?|"
                r"(?:tiempo|temps|tempo|time|zeit|tijd) (?:\w+ )?(?:perdu|perso|perdido|verloren|lost)|"
                r"verlorene (?:zeit|stunden|arbeitszeit)|verloren (?:tijd|uren)|"
                r"(?:lose|losing|lost) (?:\w+ ){0,2}(?:on|to) (?:workarounds?|manual|meetings|admin)|"
                r"entitled to (?:have )?(?:\w+ )?(?:wiped|erased|"
                r"deleted)|\blost (?:\w+ )?(?:time|hours|productivity|"
                r"revenue|sales|business|money|sleep|patience)\b|we lost (?:the|our|my) (?:attachment|e-?mail|pdf|copy|"
                r"invoice|receipt)\b|(?:have|'ve|has|'s) gone from (?:\w+ ){0,8}to\b|gone (?:\w+ ){0,2}viral|"
                # people off sick: "on a perdu trois mécanos d'un coup (au lit, pas morts hein)"
                r"(?:perdu|perdido|verloren|perso|lost) (?:\w+ ){0,2}(?:mecanos|mecaniciens|employes|salaries|"
                r"collegues|"
                r"gars|personnes|staff|people|mechanics|employees|colleagues|workers|empleados|mitarbeiter|dipendenti|"
                r"medewerkers)\b|"
                # the author's name taken off copied work: "34 de mis PDFs, con mi nombre borrado"
                r"(?:mi|my|mon|meu|mein|il mio|mijn|our|nuestro|notre|nosso|unser|il nostro|onze) (?:\w+ )?"
                r"(?:nombre|name|nom|nome|naam|firma|signature|logo|credit|watermark) (?:\w+ )?(?:borrad|erased|"
                r"removed|"
                r"efface|apagad|entfernt|geloscht|cancellat|verwijderd|cropped|taken off|stripped)|"
                # branding, not data: "Notre logo a disparu de l'espace projets"
                r"\blost (?:our|its|the|their) (?:branding|logo|colou?rs|theme|styling)\b|"
                r"(?:logo|logos|branding|couleurs|colou?rs|favicon|farben|colores|cores|colori|kleuren) (?:\w+ ){0,2}"
                r"(?:a |ont |has |have |ist |sind |ha |han |e |is |zijn )?(?:disparu|disappeared|gone|verschwunden|"
                r"desaparecido|desapareceu|sumiu|scompars\w*|verdwenen)\b|"
                # a worry, not a loss: "dont want the instructors to lose their boards"; a question about deleting
                r"\b(?:don'?t|do not|dont) want (?:\w+ ){0,4}(?:to )?lose\b|\bcan (?:a|the|our|this) (?:\w+ ){0,3}be "
                r"deleted\b|"
                # deleted on purpose by the writer: "Den zweiten Workspace haben wir schon selbst gelöscht, der war
                # leer"
                r"\bselbst geloscht|\b(?:deleted|removed) (?:it|them) ourselves|zelf verwijderd|nous-memes supprime|"
                r"lo borramos nosotros|\bder war leer\b|\bit was empty anyway\b|"
                # a how-to: "Comment je supprime cette invitation en attente ?"
                r"\bcomment (?:je|on|puis-je|faire pour) (?:\w+ ){0,2}supprim|invitation en attente|"
                # a member removed, not data: "ya la hemos eliminado como miembro del espacio de trabajo"
                r"eliminad\w* como miembro|removed (?:her|him|them) as (?:a )?member|supprime\w* (?:comme membre|de "
                r"l'espace)|als mitglied entfernt|removid\w* como membro|rimoss\w* come membro|als lid verwijderd|"
                r"(?:how long|wie lange|cuanto tiempo|"
                r"combien de temps|quanto tempo|per quanto tempo|hoe lang)\b[^.!?]*\?|"
                # money or a customer lost, not data: "a nossa associação ... perdeu o financiamento do projeto"
                r"\b(?:perd\w*|lost|verloren|perso|kwijt\w*) (?:o |a |el |la |le |the |its |our |das |die |den |il |"
                r"de |het )?(?:financiamento|financiacion|financement|funding|grant|subvencion|subsidio|subvention|"
                r"forderung|finanziamento|subsidie|contrato|contract|contrat|vertrag|contratto|patrocin\w*|sponsor\w*|"
                r"clientes?|clients?|customers?|kunden|klanten)\b|"
                # an erasure asked for: "je vous demande d'effacer l'ensemble des données personnelles me concernant"
                r"(?:vous demande|je demande|ask you|please|request that you|bitte|(?:le|les) (?:solicito|pido)|peco "
                r"que|vi chiedo|verzoek)\b[^.!?]{0,30}\b(?:d'effacer|de supprimer|to (?:delete|erase)|(?:delete|erase) "
                r"(?:all|my|every)|loschen sie|borren|suprim(?:an|ir)|apaguem|apagar|eliminar|cancellare|"
                r"te verwijderen)|"
                # a permission asked for: "est-il possible d'empêcher les membres de supprimer des projets ?"
                r"(?:empecher|prevent|stop|impedir|evitar|verhindern|impedire|evitare|voorkomen)\b[^.!?]{0,60}"
                r"(?:supprim|delet|borr|losch|apag|cancell|verwijder)|"
                # asks whether an outsider deleted its copy: "y si ese proveedor los ha borrado"
                r"\b(?:si|whether|ob|se|of) (?:\w+ ){0,3}(?:los|las|les|them|sie|li|le|ze|os|as|it|them) "
                r"(?:ha|han|a|ont|has|have|hat|haben|abbia|hanno|heeft|hebben|tem|teem) (?:\w+ )?(?:borrad|supprim|"
                r"efface|deleted|erased|geloscht|cancellat|verwijderd|apagad)|"
                # another vendor's customers in the news: "PlanPro (un de vos concurrents) ... ont perdu l'accès"
                + NEWS_ABOUT_OTHERS,
         # drawn links that vanish (a Gantt's dependency arrows) are a view fault
         doc_unless=STILL_THERE + r"|(?:arrows?|connectors?|dependency lines)\b[^.!?]{0,60}(?:vanish|disappear|gone)|"
                    # a Gantt's drawn links: "verdwijnen alle afhankelijkheidslijnen", "lijnen weg"
                    r"(?:lijnen|afhankelijkheid\w*|abhangigkeit\w*|dependenc\w*|dependanc\w*|dipendenz\w*)\b"
                    r"[^.!?]{0,80}(?:\bweg\b|verdwenen|verdwijnen|verschwunden|desaparec|dispar|scompa|sumi)|"
                    r"(?:verdwijn|verschwind|desaparec|dispar|scompa|som)\w*\b[^.!?]{0,40}(?:lijnen|afhankelijkheid\w*|"
                    r"abhangigkeit\w*|dependenc\w*|dependanc\w*|dipendenz\w*)|"
                    # people, not data, are lost: "os meus funcionários ... ficaram perdidos"
                    r"(?:funcionari\w*|colaborador\w*|empleados|employes|mitarbeiter\w*|dipendenti|medewerkers|staff|"
                    r"users|usuarios|utilizadores)\b[^.!?]{0,60}\b(?:ficaram|passaram|quedaron|pasaron|sont|sind|erano|"
                    r"zijn|were|got) "
                    r"(?:\w+ )?(?:perdid[oa]s|perdus|verloren|persi|lost)\b|"
                    # a colleague archived them: "elle les a archivés hier soir en faisant du rangement"
                    r"(?:she|he|they|someone|colleague) (?:\w+ )?archived|les a archiv|la ha archiv|los ha archiv|"
                    r"l'ha archiviat|li ha archiviat|hat sie archiviert|heeft ze gearchiveerd|os arquivou|arquivou-os|"
                    r"(?:verdwijn|disappear|vanish|desaparec|dispar|verschwind|scompa|som)\w*\b[^.!?]{0,40}"
                    r"(?:pijl|arrows?|flecha|fleche|pfeil|freccia|seta)|"
                    r"(?:pijl|flecha|fleche|pfeil|freccia|seta)\w*\b[^.!?]{0,80}(?:\bweg\b|verdwenen|desaparec|dispar|"
                    r"verschwunden|scompars|sumiu)|"
                    # a comment just written that shows for a second and goes: it never saved, nothing stored was lost
                    r"(?:apparait|appears?|shows?(?: up)?|aparece|erscheint|appare|"
                    r"verschijnt) (?:\w+ )?(?:for )?(?:une|a|"
                    r"one|un|eine|een) (?:seconde|second|segundo|sekunde|secondo)\w* (?:\w+ )?(?:puis|then|and|y|und|e|"
                    r"en) (?:[\w']+ ){0,2}(?:disparait|disappears?|desaparece|verschwindet|scompare|verdwijnt|gone)|"
                    # an upload that never finished: "every upload sits at 99% and then vanishes"
                    r"(?:upload|attachment|file)s? [^.!?]{0,60}\b(?:sits?|stuck|hangs?|freezes?|stops?|"
                    r"stays?) at \d+ ?%"
                    r"[^.!?]{0,30}(?:vanish|disappear|gone)",
         name="SEC4-gone"),
    rule("SEC4", words("missing|fehlen|faltan|manquent|faltando|mancano|ontbreken"),
         need=r"(?:tasks?|projects?|boards?|files?|comments?|attachments?|\bdata\b|records|documents?|subtasks|"
              r"cards|entries|history|everything|orders|records|rows|items|jobs|bookings|"
              r"datos|donnees|daten|dados|dati|gegevens|tareas|taches|aufgaben|"
              r"tarefas|taken)\b(?: \w+){0,4} (?:are|is|went|go|gone|seem|appear|now|all|completely)\w* (?:\w+ )?"
              r"(?:missing|fehlen|faltan|manquent|faltando|mancano|ontbreken)|missing (?:\w+ ){0,2}(?:tasks?|"
              r"projects?|boards?|files?|comments?|attachments?|data|records|documents?)\b[^.!?]{0,40}(?:from|in) "
              r"(?:our|my|the) (?:board|project|workspace|account)|"
              r"(?:fehlen|faltan|manquent|faltando|mancano|ontbreken) (?:\w+ ){0,2}(?:\d[\d.,]+|alle|todas|todos|"
              r"toutes|"
              r"tous|tutte|tutti)\w* (?:\w+ )?(?:aufgaben|tareas|taches|tarefas|attivita|taken|dateien|archivos|"
              r"fichiers|arquivos|file|bestanden|projekte|proyectos|projets|projetos|progetti|projecten|allegati|"
              r"anhange|adjuntos|pieces jointes|anexos|bijlagen|kommentare|comentarios|commentaires|commenti)",
         unless=r"export|csv|report|pdf|print|column|filter|feature|field|option|button|integration|"
                r"template|permission|e-?mail|notification|missing (?:a|an|their|its) \w+|"
                # a synced calendar that lacks the tasks: "missing from the calendar completely"
                r"calendar|kalender|calendrier|calendario|agenda",
         doc_unless=STILL_THERE,
         name="SEC4-missing"),
    rule("SEC4", words("lost$"),
         need=r"lost (?:all |hours of |days of |weeks of |months of |our |my |the )*(?:work|progress|changes|edits)\b",
         unless=r"lost (?:access|connection)|(?:afraid|worried) |(?:each|every) time|repeated|over the (?:last|past)",
         name="SEC4-lost-work"),
    rule("SEC4", words("empty|blank"),
         need=r"(?:(?:whole|entire) (?:workspace|account|database)|everything|all (?:of )?(?:our|my) (?:\w+ )?"
              r"(?:tasks|projects|boards|data|files))\w* (?:\w+ ){0,3}(?:is|are|now|completely|totally|just) "
              r"(?:\w+ )?(?:empty|blank)", name="SEC4-empty"),
    rule("SEC4", words("reset|renamed|cleared|overwritten|overwrote|replaced|blanked|zeroed|collapsed|scrambled|"
                       "0 bytes|zero bytes|0 kb|0 bajt|can't be opened|cannot be opened|can't open any|"
                       "won't open|nie da sie ich otworzyc|uszkodzon|zniknel|usuniet|utrata danych|"
                       "dataforlust|forsvunn|raderad|korrupt"),
         need=r"(?:all|every|each|entire|whole|months of|weeks of|years of|\d{2,}|\d,\d{3}|wszystkie|alla|"
              r"allt)\b[^.!?]{0,80}(?:tasks?|titles?|dates?|due dates|projects?|boards?|files?|attachments?|"
              r"comments?|descriptions?|data|records|documents?|fields?|values|assignees|statuses|schedul\w*|results|"
              r"scores|"
              r"dependencies|zalaczniki|pliki|dane|zadania|bilagor|filer|uppgifter)|(?:tasks?|titles?|dates?|"
              r"projects?|files?|attachments?|comments?|data|documents?|zalaczniki|pliki|dane|filer|bilagor)"
              r"[^.!?]{0,60}(?:all|every|entire|whole|wszystkie|alla)\b|0 (?:bytes|bajt|kb)",
         doc_unless=r"turns? out it was|turned out it was|panic over|false alarm|all \d+ (?:tasks|cards|items|files) "
                    r"are (?:there|back)|(?:it was|was just) (?:\w+ ){0,2}(?:our|my) "
                    r"(?:intern|colleague|coworker|boss|admin)",
         unless=r"password|filter|setting|view settings|zoom|layout|\bsort|every time|each time|whenever|"
                r"(?:i|we) (?:\w+ )?(?:reset|renamed|"
                r"cleared|replaced)|how (?:do|can)|can (?:i|we|you) reset|want to reset|please reset|"
                r"\bexport\w*|\besporta\w*|card (?:was|were|has been|had been|got) replaced|replaced (?:our|my|the) "
                r"(?:\w+ )?cards?|new cards?\b|(?:are|is|were|was) (?:all |now |)back\b|"
                # a wish: "make a checklist inside a task repeat (... reset on the 1st of every month)"
                r"\b(?:repeat|recurring|being able to|every (?:month|week|day|year)|each (?:month|week|day|year))\b",
         name="SEC4-overwritten"),
    rule("SEC4", words("roll back|rollback|roll-back|restore|recover|get back|bring back|need back|want back|"
                       "original data"),
         need=r"(?:roll ?-?back|restore|recover|get|bring|need|want)\w* (?:\w+ ){0,3}(?:our|the|all|my) "
              r"(?:original |lost |deleted |missing |previous |old )?(?:data|tasks|projects|boards|files|"
              r"attachments|comments|history|work|records)\b[^.!?]{0,40}(?:back|yesterday|previous|backup|before|"
              r"to (?:\w+ )?(?:day|version|state|point))|original data (?:back|restored)",
         unless=r"accidentally|by mistake|by accident|(?:i|we|my colleague|he|she) (?:just )?(?:deleted|removed|"
                r"archived)|trash|recycle bin|archived|how (?:do|can) (?:i|we)|is it possible",
         name="SEC4-restore"),
    # "il n'y a plus aucune carte pour tout le mois d'octobre ... alors que vendredi soir il y en avait plus de 300"
    rule("SEC4", words("il n'y a plus aucune|il n'y a plus aucun|no queda ninguna|no queda ningun|ya no hay ninguna|"
                       "es gibt keine|nao ha nenhum|nao ha nenhuma|ja nao ha|non c'e piu nessun|non ci sono piu|"
                       "er staan geen|there are no cards left|there are no tasks left|not a single card|"
                       "not a single task"),
         need=r"cartes?|taches?|tarjetas?|tareas?|karten?|aufgaben?|cart(?:ao|oes)|tarefas?|schede?|attivita|"
              r"kaarten?|taken?|cards?|tasks?",
         doc_need=r"(?:il y en avait|habia|hatten wir|waren (?:es )?|havia|c'erano|er stonden|there were|we had) "
                  r"(?:encore |plus de |mas de |uber |mais de |oltre |meer dan |over |still )?\d{2,}",
         unless=r"how (?:do|can)|\?|filtr|archiv", guard="hypo", negatable=False, name="SEC4-none-left-of-many"),
    # "checked filters (cleared all), checked archived, checked the trash, nothing" ... "about 300 tasks"
    rule("SEC4", words("checked the trash|checked trash|checked the bin|checked the recycle bin|looked in the trash|"
                       "looked in the bin|mirado la papelera|regarde dans la corbeille|im papierkorb nachgesehen|"
                       "vi o lixo|guardato nel cestino|in de prullenbak gekeken"),
         need=r"nothing|empty|not there|nada|vide|rien|leer|nichts|vazi|niente|vuoto|leeg|niets",
         doc_need=r"\b\d{2,} (?:tasks|cards|items|files|tareas|taches|aufgaben|tarefas|attivita|taken)\b|"
                  r"(?:nobody|no one) (?:on the team |here )?deleted|no deletions",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC4-not-in-the-trash"),
)
