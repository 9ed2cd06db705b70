"""Concept rules for incidents told from unusual angles: consequences, logs, jargon and lay words.

The later rounds of held-back tickets told security, outage and legal incidents the way people
actually meet them: a monitoring alert of impossible travel, a pen-test finding, a rival quoting
numbers that "live on one board and nowhere else", a new-sign-in mail nobody caused, an export an
outside accountant received. Each rule is one such idea in the languages read; the shared vocabulary of
sign-ins and private records comes from ``patterns_concepts_flaws``.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .only_here_words import ONLY_HERE as ONLY_HERE
from .only_here_words import SEEN_OUTSIDE as SEEN_OUTSIDE
from .patterns_concepts_sign_ins import NOT_OURS
from .patterns_outage import RESOLVED
from .screenshot_words import NAMES_WITH_CONTACTS, NEVER_GIVEN, OF_OURS, SCREENSHOT

#: Messages sent in a member's name that fish for bank details or passwords.
FISHING = words(
    # "um convite ... pedindo pra eles confirmarem o cartão num link"
    "confirmar o cartao|confirmarem o cartao|confirmem o cartao|confirmar la tarjeta|confirmen la tarjeta|"
    "confirmer leur carte|confirmer votre carte|karte zu bestatigen|confermare la carta|kaart te bevestigen|"
    "confirm their card|confirm your card|"
    # "leur demandant de régler la licence ... via un lien bit.ly vers un site de paiement qu'on ne connaît pas"
    "site de paiement|sitio de pago|payment site|zahlungsseite|sito di pagamento|betaalsite|site de pagamento|"
    "dados do cartao|datos de la tarjeta|donnees de carte|donnees de la carte|kartendaten|dati della carta|"
    "kaartgegevens|"
    "bank details|bank account details|bankverbindung|bankdaten|iban|datos bancarios|cuenta bancaria|"
    "coordonnees bancaires|rib$|dados bancarios|conta bancaria|coordinate bancarie|dati bancari|bankgegevens|"
    "rekeningnummer|card details|card number|credit card number|your password|their password|login details|"
    "bank account|vouchers|gift cards|gift card codes|amazon vouchers|tarjetas regalo|cartes cadeaux|gutscheine|"
    "buoni regalo|cadeaubonnen|cartoes-presente|datos de su tarjeta|datos de la tarjeta|donnees de leur carte|"
    "donnees de votre carte|kartendaten|"
    "dados do cartao|dati della carta|kaartgegevens|"
    "nouveau compte|new bank account|new account number|nueva cuenta|nuevo numero de cuenta|neues konto|"
    # "diciendo que cambien el numero de cuenta para los pagos a uno nuevo de otro banco, con un enlace"
    "numero de cuenta|numero da conta|numero de compte|numero di conto|kontonummer|"
    # "diciendo que a partir de ahora paguen nuestras facturas a una cuenta nueva en Lituania"
    "cuenta nueva|conta nova|conto nuovo|nieuwe rekening|"
    # "Por favor confirme a sua palavra-passe aqui" in a colleague's comments
    "verifique a sua conta|verifica tu cuenta|verifiez votre compte|verifica il tuo account|verifieer je account|"
    "verify your account|verifizieren sie ihr konto|"
    "sua palavra-passe|a sua senha|votre mot de passe|su contrasena|ihr passwort|la tua password|je wachtwoord|"
    "confirmar la contrasena|confirmar tu contrasena|confirmer le mot de passe|passwort bestatigen|"
    "confirmar a senha|confermare la password|wachtwoord bevestigen|confirm your password|confirm the password|"
    "neue bankverbindung|nova conta|nuovo conto|nieuw rekeningnummer|"
    # "einem Link auf eine Seite, wo man sein Bank-Login eingeben soll"
    "bank-login|bank login|online-banking|onlinebanking|banking login|banklogin|"
    # "a pedir para pagarem a quota de 2027 num link esquisito"
    "pagar a quota|pagarem a quota|pagar la cuota|payer la cotisation|beitrag zu bezahlen|beitrag bezahlen|"
    "pagare la quota|contributie betalen|pay the membership fee|pay their membership fee")
_VIA_LINK = (r"buy|comprar|acheter|kaufen|comprare|kopen|send the codes|"
             # "een betaalverzoek met een buitenlands rekeningnummer"
             r"betaalverzoek|payment request|solicitud de pago|demande de paiement|zahlungsaufforderung|"
             r"pedido de pagamento|richiesta di pagamento|buitenlands|foreign (?:bank )?account|"
             r"pidiendo|asking|demandant|bitten|pedindo|confirmar|chiedendo|vragen|renovar|renew|link|confirm|verify|"
             r"\benlace\b|\blien\b|\bcambien\b|over te maken|overmaken|overgemaakt|\bpaguen\b|\bpaguem\b|\bpayez\b|"
             r"\bpagate\b|\bzahlen sie\b|"
             r"update|"
             r"enter|virer|virement|transferi|transfira|transfer|uberweis|pay (?:to|into)|"
             r"pay\b[^.!?]{0,40}\binto\b|"
             r"payer|pagar|pagare|betalen|send (?:\w+ ){0,2}(?:new|updated|different)|new (?:iban|bank|account)|"
             r"nuevo iban|nouvel iban|neue iban|novo iban|nuovo iban|nieuw iban|bestatig|verifizier|aktualisier|"
             # "a pedir que pagassem para um IBAN novo"
             r"iban novo|iban nuevo|nouveau iban|iban nuovo|pagassem|pagasen|pagassero|"
             r"eingeben|confirmar|verificar|"
             r"actualizar|"
             r"introducir|confirmer|verifier|mettre a jour|saisir|confirmar|atualizar|inserir|confermare|verificare|"
             r"aggiornare|inserire|bevestig|verifieer|bijwerken|invullen")
NOT_SENT_BY_THEM = (
    # "Ninguém aqui mandou nada disso!!"
    r"ningu[eé]m (?:aqui )?mandou|nadie (?:aqui )?(?:mando|envio)|personne (?:ici )?n'a envoye|niemand (?:hier )?hat "
    r"(?:\w+ )?geschickt|nessuno (?:qui )?ha mandato|niemand (?:hier )?heeft (?:\w+ )?gestuurd|(?:nobody|no one) "
    r"(?:here )?sent|n'a jamais ecrit|hat das nie geschrieben|nunca escribio|non ha mai scritto|heeft dat nooit "
    r"geschreven|never wrote|n'ai (?:jamais|pas|rien) (?:ecrit|envoye|poste)|nunca (?:escribi|escrevi|mande|envie)|"
    r"non ho mai (?:scritto|mandato)|habe das nie geschrieben|heb dat nooit geschreven|(?:posted|sent) under my name|"
    r"(?:poste|envoye|publie) sous mon nom|"
    r"(?:has|have|had)n'?t (?:logged|signed) in|(?:was|is|were)n'?t (?:logged|signed) in|did not (?:log|sign) in|"
    r"didn'?t (?:log|sign) in|(?:didn'?t|did not|never|certainly didn'?t) (?:write|send|post)|no he mandado|"
    r"no he enviado|je n'ai rien envoye|ich habe nichts|nao mandei|non ho mandato|ik heb niets|on (?:a |the )?beach|"
    r"no laptop|without (?:a |her |his )?laptop|n'a rien envoye|"
    # "O Ricardo jura que não foi ele, estava no hospital"
    r"nao foi (?:ele|ela)|no fue (?:el|ella)|ce n'etait pas (?:lui|elle)|war (?:er|sie) nicht|non era (?:lui|lei)|"
    r"was (?:hij|zij) niet|wasn'?t (?:him|her)|hospital|hopital|krankenhaus|ospedale|ziekenhuis|"
    # "A Rita nunca escreveu isso!!"
    r"nunca escreveu|nunca escribio|n'a jamais ecrit|(?:hat|habe) (?:das )?nie geschrieben|non ha mai scritto|"
    # "Dat hebben wij niet gestuurd"; "Nós não mandámos nada"
    r"(?:hebben|heb) (?:wij|we|ik) (?:dat |het )?niet (?:gestuurd|verstuurd)|we (?:didn'?t|did not) send (?:that|it|"
    r"this)|"
    r"nao (?:mandamos|enviamos)|no (?:mandamos|enviamos)|nous n'avons rien envoye|wir haben nichts (?:geschickt|"
    r"gesendet)|non abbiamo (?:mandato|inviato)|wij hebben niets (?:gestuurd|verstuurd)|we (?:didn'?t|did not|never) "
    r"send|"
    r"(?:heeft|heb) (?:dat |het )?nooit geschreven|never wrote (?:that|this|it|them)|"
    r"n'est pas (?:elle|lui|moi)|no (?:lo )?envio|hat nichts (?:geschickt|gesendet)|nao enviou|non ha inviato|"
    r"heeft niets gestuurd|on (?:leave|holiday|"
    r"vacation|parental leave|maternity leave)|nicht angemeldet|"
    r"elternzeit|urlaub|no ha iniciado sesion|de vacaciones|de baja|pas connecte|en conge|nao fez login|de ferias|"
    r"de licenca|nicht ich|war ich nicht|not me|wasn'?t me|no fui yo|pas moi|nao fui eu|non ero io|niet ik|"
    r"laptop war aus|offline|non ha fatto (?:il )?login|in ferie|in congedo|niet ingelogd|met verlof|op vakantie|"
    r"nobody|no ?one|"
    r"none of us|niemand|nadie|personne|ninguem|nessuno|never sent|nie geschickt|jamais envoye|nunca envio|"
    r"nunca enviou|mai inviato|nooit gestuurd|nao escreveu|no escribio|n'a pas ecrit|nicht geschrieben|"
    r"(?:yo )?no escribi|estaba dormid[oa]|nao escrevi|je n'ai pas ecrit|non ho scritto|"
    r"non ha scritto|niet geschreven|didn'?t write|never wrote|jura que (?:nao|no) foi|jura que no fue|"
    r"jure que ce n'est "
    r"pas|schwort,? dass|giura che non|zweert dat (?:hij|zij) het niet|swears (?:it wasn'?t|he didn'?t|she didn'?t)|"
    # "Karin heeft dat helemaal niet gestuurd"
    r"(?:heeft|hebben) (?:dat|het|die) (?:\w+ )?niet (?:gestuurd|verstuurd)|(?:hat|haben) (?:das|es|die) (?:\w+ )?"
    r"nicht (?:geschickt|gesendet|verschickt)|n'(?:a|ont) (?:jamais |pas )envoye|no (?:lo |la )?(?:ha|han) enviado|"
    r"nao (?:o |a )?(?:enviou|mandou)|non l'(?:ha|hanno) (?:mandato|inviato)|(?:didn'?t|did not|never) send (?:it|"
    r"that|this|those|these|any)|"
    # "Nosotros NO hemos escrito eso ... él ha estado en el hospital toda la mañana"
    r"no (?:lo )?hemos (?:escrito|enviado|mandado)|nous n'avons (?:rien|pas) (?:ecrit|envoye)|wir haben (?:das|es) "
    r"(?:\w+ )?nicht (?:geschrieben|geschickt)|wir haben nichts (?:geschrieben|geschickt)|nao (?:o )?(?:escrevemos|"
    r"enviamos)|non (?:l')?abbiamo (?:scritto|inviato)|(?:wij|we) hebben (?:dat|het) (?:\w+ )?niet (?:geschreven|"
    r"gestuurd)|(?:wij|we) hebben niets (?:geschreven|gestuurd)|we (?:didn'?t|did not|never) (?:write|send)|"
    r"(?:estado|estaba|esta|was|is|been|etait|est|war|ist|liegt|lag|estava|esteve|era|stato|stata|ligt) (?:\w+ ){0,2}"
    r"(?:en el|in the|in|a l'|im|no|in het) (?:hospital|hopital|krankenhaus|ospedale|ziekenhuis)")
#: Our own words quoted back by someone outside.
QUOTED_BACK = words(
    "word for word|verbatim|quotes our|quoting our|quoted our|quotes, word for word|line by line|point by point|"
    "ligne par ligne|linea por linea|zeile fur zeile|linha por linha|riga per riga|regel voor regel|mot pour mot|"
    "palabra por palabra|"
    "textualmente|wort fur wort|wortwortlich|palavra por palavra|parola per parola|testualmente|woord voor woord|"
    "letterlijk|reading out|read out|reading back|read back|recited|reciting|quoting salary|quoting salaries|"
    "quoting figures|quoting numbers|quoting names|quoting details|quoting from|quoted from|quoting the exact|"
    "quoted the exact|quoted salaries|quoted figures|quoted names|"
    # "hat unserem Geschäftsführer wörtlich Passagen aus unserem Projekt vorgelesen"
    "wortlich|vorgelesen|voorgelezen|lu a voix haute|leyo en voz alta|leu em voz alta|letto ad alta voce|"
    "nos leyo|nous a lu|ci ha letto|ons voorlas|"
    # "la llamó al móvil y le leyó sus citas ... y hasta las notas"
    "le leyo|les leyo|lui a lu|leur a lu|lhe leu|lhes leu|gli ha letto|le ha letto|hat ihr vorgelesen|"
    "hat ihm vorgelesen|las hem voor|las haar voor|read her|read him|read them")
_OUR_INTERNAL = (r"internal|private|confidential|strategy|notes?|board|card|comment|task|project|description|"
                 r"(?:my|our) (?:customers|clients|patients|members)'? (?:addresses|names|details|numbers)|"
                 # "He read out our hop supplier prices and the distributor margins"
                 r"\bour (?:\w+ ){0,3}(?:prices|margins|rates|figures|salaries|pricing)\b|"
                 r"interne?s?|privad|privee?|"
                 r"vertraulich|intern|riservat|vertrouwelijk|notas|notizen|note|notities|\bnota\b")
#: A monitoring alert of impossible travel, or actions run under a member's account while she was away.
IMPOSSIBLE_TRAVEL = words(
    "impossible travel|impossible_travel|impossible-travel|unmogliche anmeldung|unmogliche reise|viaje imposible|"
    "voyage impossible|viagem impossivel|viaggio impossibile|onmogelijke reis|under the account of|under her account|"
    "under his account|using her account|using his account|with her credentials|with his credentials|"
    "en nombre de su cuenta|avec le compte de|mit dem konto von|com a conta de|con l'account di|met het account van|"
    "saem da conta|sai da conta|vem da conta|con la cuenta de|desde la cuenta de|from her account|from his account|"
    "from the account of|posted as her|"
    "posted as him|depuis le compte de|vom konto von|da conta de|dall'account di|vanaf het account van")
#: Requests accepted with no signature or credentials at all.
UNSIGNED = words(
    "no signature|without a signature|without any signature|without signature|unsigned|missing signature|"
    "signature header|without authentication|with no authentication|without an api key|without any token|"
    "unsigniert|unsignierte|sin firmar|non signee|nicht signiert|nao assinad|non firmat|niet ondertekend|"
    "signature wrapping|cwe-347|"
    "without a token|with no token|sin firma|sans signature|ohne signatur|sem assinatura|senza firma|"
    "zonder handtekening")
_ACCEPTED = (r"accept|creat|process|go(?:es)? through|works?|succeed|let|allow|run|acept|cre[ae]|procesa|accepte|"
             r"traite|akzeptiert|erstellt|verarbeitet|aceita|processa|accetta|elabora|accepteert|verwerkt")
#: Another customer's records shown to someone ("a project that belongs to a completely different client").
SOMEONE_ELSES = words(
    "belongs to a different|belongs to another|belonging to another|belongs to a completely different|"
    "belong to a different|belong to another|weren't hers|weren't his|weren't theirs|wasn't hers|wasn't his|"
    "another client's|other client's|a different client's|another customer's|a different customer's|"
    "another company's|a different company's|other companies'|"
    "de otro cliente|d'un autre client|eines anderen kunden|einem anderen kunden|anderen kunden gehort|"
    "de outro cliente|di un altro cliente|van een andere klant|pertenece a otro|appartient a un autre|"
    "pertence a outro|appartiene a un altro|hoort bij een andere|di un'altra azienda|di un altro tenant|"
    "another tenant's|of another tenant|d'un autre tenant|eines anderen mandanten|de outro tenant|de otro tenant|"
    "van een andere tenant|of a different company|of another company|d'une autre entreprise|de otra empresa|"
    "einer anderen firma|de outra empresa|van een ander bedrijf|"
    # "een lijst van iemand anders: zo'n 300 namen met adressen"
    "van iemand anders|de quelqu'un d'autre|von jemand anderem|de otra persona|di qualcun altro|de outra pessoa")
_SEES = (r"receiv|ricev|recib|recev|erhalt|ontvang|recebe|contain|contengono|contienen|contiennent|enthalten|"
         r"looked at|\blooks at\b|"
         r"contem|bevatten|\bsee\b|\bsaw\b|seen|\bsees\b|open|view|access|read|download|\bver\b|\bvio\b|voir|\bvu\b|"
         r"sehen|sah|"
         r"vedere|visto|zien|zag|abri|ouvri|geoffnet|offnen|aprire|aperto|openen|geopend|shows?|showing|visible|"
         # "een e-mail gekregen, maar in de bijlage stond ... de takenlijst van een andere klant"
         r"gekregen|\bgot\b|bekommen|in de bijlage|in the attachment|im anhang|en el adjunto|dans la piece jointe|"
         r"no anexo|nell'allegato|"
         # what the pages hold: "Pages 4-9 are clearly another company's: ... the names and email addresses"
         r"\b(?:pages?|paginas?|seiten?|pagine) \d|" + NAMES_WITH_CONTACTS + r"|(?:e-?mail|home) addresses of")
#: A new-sign-in notice the team did not cause ("Neue Anmeldung bei Ihrem Konto ... keiner war verreist").
NEW_SIGN_IN = words(
    "new sign-in|new sign in|new login|new log-in|new device signed in|neue anmeldung|neuer login|nouvelle connexion|"
    "nuevo inicio de sesion|nuevo acceso|novo login|novo acesso|nuovo accesso|nieuwe aanmelding|nieuwe login|"
    "aviso de inicio de sesion|alerta de inicio de sesion|inicio de sesion desde|alerte de connexion|connexion depuis|"
    "anmeldung von|anmeldung aus|aviso de login|login de um|accesso da|avviso di accesso|aanmelding vanaf|"
    "sign-in from|sign in from|login from|signed in from|logged in from|notifica di un accesso|notifica di accesso|"
    "un accesso al mio account|accesso al mio account da|avviso di accesso|notificacao de um acesso|"
    "um acesso a minha conta|acesso a minha conta a partir|notification de connexion|un acces a mon compte|"
    "un acceso a mi cuenta|einen zugriff auf mein konto|een aanmelding op mijn account")
_NONE_OF_US = (NOT_OURS + r"|keiner|verreist|never gave|niemandem gegeben|a nadie|a personne|ninguem|a nessuno|"
               r"aan niemand|nobody was travel|no one was travel|nadie (?:estaba|ha) viaj|personne n'etait en voyage|"
               # "I'm in Leeds and I only have a Mac and an iPhone. I haven't given my password to anybody."
               r"(?:i|we) only (?:have|own|use) (?:a|an|one|my)\b|(?:haven'?t|have not|never) (?:given|shared|told) "
               r"(?:\w+ )?(?:password|login)|"
               # "la password non andava più ... Io quei commenti non li ho mai scritti"
               r"password non andava piu|password (?:no longer worked|didn'?t work any ?more)|contrasena ya no "
               r"funcionaba|mot de passe ne (?:marchait|fonctionnait) plus|passwort (?:ging|funktionierte) nicht mehr|"
               r"(?:palavra-passe|senha) ja nao (?:dava|funcionava)|wachtwoord werkte niet meer|non li ho mai scritti|"
               r"(?:i )?never wrote (?:them|those|that|it)|nunca (?:los )?escribi|je ne les ai jamais ecrits|"
               r"habe ich nie "
               r"geschrieben|nunca (?:os )?escrevi|heb ik nooit geschreven")
#: Our records reaching people who should never have had them ("my clients got an e-mail listing all my clients").
GOT_OUT = words(
    "how did this get out|how did it get out|how did they get this|how did this leak|i didn't send|we didn't send|"
    "didn't send anything|never sent it|como salio esto|comment c'est sorti|wie ist das rausgekommen|"
    "como isso vazou|come e uscito|hoe is dit uitgelekt|hoe is dat uitgelekt")
_OUR_LIST = (r"list|names|phone|address|clients|customers|salar|prices|charge|quotes|contracts|lista|nombres|"
             r"direcciones|liste|noms|adresses|namen|adressen|nomes|enderecos|nomi|indirizzi|adressen|klanten")
#: Code in a field that runs for whoever opens it, told by a layperson.
CODE_RUNS = words(
    "salta fuori un messaggio|salta fuori|appare un messaggio|aparece un mensaje|aparece una ventana|"
    "apparait un message|une fenetre s'ouvre|erscheint eine meldung|erscheint ein fenster|aparece uma mensagem|"
    "aparece uma janela|verschijnt een bericht|verschijnt een venster|a message pops up|a window pops up|pops up a|"
    "window pops up|box pops up|message pops up|popup appears|pop-up appears|little window pops up|"
    "small window pops up|little box pops up|small box pops up|popped up a box|popped up a window|"
    "popped up a message|box popped up|window popped up|box jumped up|box jumps up|window jumped up|"
    "steal the login|steal the access|steal anyone's|rubare l'accesso|robar el acceso|robar la sesion|"
    "voler l'acces|voler la session|zugang stehlen|sitzung stehlen|roubar o acesso|roubar a sessao|toegang stelen|"
    "box pops up|pops up saying|runs in everybody's browser|runs in everyone's browser|runs in other people's|"
    "runs for everyone who|executes in every")
_CODE_CONTEXT = (r"code|codice|codigo|script|titl|titolo|titulo|titre|titel|field|campo|champ|feld|veld|could|potrebbe|"
                 r"podria|pourrait|konnte|poderia|zou|anyone|anybody|everybody|everyone|whoever|chiunque|cualquiera|"
                 r"n'importe qui|jeder|qualquer|iedereen")
#: Someone else's photos, texts or designs used without permission.
THEIRS = words(
    "are his|are hers|are theirs|is his|is hers|is theirs|son suyas|son suyos|sont a lui|sont les siennes|"
    "gehoren ihm|gehoren ihr|sao dele|sao dela|sono sue|sono suoi|zijn van hem|zijn van haar|c'est sa|c'est son|"
    "es su foto|es su imagen|ist sein|ist ihr foto|e a foto dele|e a foto dela|e la sua|e il suo|is zijn|is haar|"
    "it's his|it's her|is his own|is her own|es suya|es suyo|est a lui|est a elle|gehort ihm|gehort ihr|"
    "is van hem|is van haar|seraient les siennes|sont les siennes|son suyas|sind ihre|sao dela|sono sue|"
    "zijn van haar")
_CREATIVE = r"photo|picture|image|logo|text|illustration|video|music|font|design|foto|imagen|bild|immagin|afbeelding"
_NO_RIGHTS = (r"permission|licen[cs]|copyright|rights|fee|remov|take (?:it|them) down|gone|permiso|autorisation|"
              r"erlaubnis|permissao|permesso|toestemming|derechos|droits|rechte|direitos|diritti|rechten")
#: Signing in as anyone at all, or a data store open to the internet holding our records.
AS_ANYONE = words(
    "log in as any user|login as any user|sign in as any user|as any user|als beliebiger benutzer|"
    "anmeldung als beliebiger|"
    "como cualquier usuario|en tant que n'importe quel utilisateur|como qualquer usuario|come qualsiasi utente|"
    "als willekeurige gebruiker|impersonate any user|take over any account")
OPEN_STORE = words(
    "unauthenticated|answers without authentication|without authentication|open to the internet|publicly accessible|"
    "exposed index|exposed bucket|exposed database|open bucket|public bucket|open elasticsearch|shodan")
_STORE = (r"index|indices|bucket|database|node|elasticsearch|\bs3\b|mongodb|redis|dump|port \d+|:9200|our (?:data|"
          r"comments|records|files|tasks)")
#: Our files put where anyone can read them: a public forum thread, a public post.
PUBLIC_PLACE = words(
    "public thread|public forum|community forum|community thread|community.teamflow|publicly posted|posted publicly|"
    "public post|gruppo facebook|grupo de facebook|groupe facebook|facebook-gruppe|facebookgroep|facebook group|"
    "whatsapp group|grupo de whatsapp|foro publico|forum public|offentlichen forum|forum publico|forum pubblico|"
    "openbaar forum|"
    "op een forum|en un foro|sur un forum|in einem forum|num forum|su un forum|on a forum|posted online|"
    "op internet gezet|publicado en internet|mis en ligne|ins netz gestellt|postado na internet|messo online")
_OUR_FILES = (r"files|attached|attachment|export|spreadsheet|elenco|\w*lista|\w*liste|screenshot|"
              + NAMES_WITH_CONTACTS + r"|"
              r"(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nostr\w*|"
              r"onze|ons) (?:\w+ )?(?:data|records|files|documents|contracts|datos|donnees|daten|dados|dati|gegevens|"
              r"\w*list|\w*lijst|\w*liste|\w*lista|\w*listes)")
#: Whole kinds of records missing at once ("fehlen: ... alle Kommentare ... der komplette Änderungsverlauf").
MISSING = words("fehlen|faltan|manquent|mancano|ontbreken|are missing|is missing|sont introuvables|desapareceram")
_WHOLE_KIND = (r"(?:alle|all|todos|todas|tous|toutes|tutti|tutte|samtliche|komplette|complete|entire|whole|todo el|"
               r"tout l|het hele|de hele) (?:\w+ ){0,2}(?:kommentare|comments|comentarios|commentaires|commenti|"
               r"opmerkingen|\w*verlauf|history|historial|historique|historico|cronologia|geschiedenis|dependencies|"
               r"\w*verknupfungen|\w*abhangigkeiten|tasks|aufgaben|tareas|taches|tarefas|attivita|taken|files|dateien|"
               r"archivos|fichiers|arquivos|bestanden|attachments|anhange|allegati|bijlagen|anexos|adjuntos|"
               r"pieces jointes)")
#: A pen-test or audit finding about the product, told in the tester's terms.
PEN_TEST = words("pen test|pentest|penetration test|pen-test|pentester|security audit finding|reset token|"
                 "reset_token|password-reset tokens|reset tokens")
_FINDING = (r"finding|high|critical|impact|confirmed|exploit|can read|could read|read other|returns?|response|"
            r"includes|exposes|copied|befund|hallazgo|constat|achado|risultato|bevinding")
#: External monitoring that sees the app fail from several places.
MONITOR = words("uptime monitor|uptime check|synthetic monitor|synthetic check|probe locations|all probes|every probe|"
                "three probes|two probes|pingdom|statuscake|uptimerobot|uptime robot")
_MONITOR_FAIL = r"timeout|time out|timed out|\bdown\b|\b5\d\ds?\b|unreachable|fail|error|no response"
#: Nobody of a group can get in ("nenhum dos 35 professores consegue entrar").
NONE_OF_GROUP = words(
    "nenhum dos|nenhuma das|ninguno de los|ninguna de las|aucun des|aucune des|keiner der|keine der|nessuno dei|"
    "nessuna delle|geen van de|none of the|none of our")
_CANT_GET_IN = (r"(?:consegue|conseguem|puede|pueden|peut|peuvent|kann|konnen|riesce|riescono|kan|kunnen|can)\w* "
                r"(?:\w+ ){0,2}(?:entrar|acceder|se connecter|anmelden|einloggen|accedere|entrare|inloggen|log ?in|"
                r"sign ?in|get in|open|abrir|ouvrir|offnen|aprire|openen)")
#: Exports made by an account that is nobody's on the team (a free-mail address, "added by: -").
EXPORTS_BY_OUTSIDER = words("export|exports|exportiert|exporte|exporto|exportou|esportato|geexporteerd")
_FREE_MAIL = (r"@(?:gmx|gmail|hotmail|yahoo|outlook|proton|protonmail|mail\.ru|yandex|web\.de|aol|icloud)\b|extern\w*|"
              r"unknown|unbekannt|(?:gmail|hotmail|yahoo|outlook|proton|gmx|yandex|icloud) (?:address|account|user)")
#: Sign-ins from several countries in a short time, told as a count ("four countries in ninety minutes").
MANY_COUNTRIES = words("four countries|three countries|five countries|several countries|different countries|"
                       "two countries|vier landern|tres paises|trois pays|quatre pays|tre paesi|quattro paesi|"
                       "drie landen|"
                       "vier landen|quatro paises")
#: A full export that reached an outside firm although nobody on the team ran or sent it.
EXPORT_RECEIVED = words("export|exports|exportacion|exportation|exportacao|esportazione|exportbestand")
_RECEIVED = (r"received|recu|recibio|recibieron|erhalten|bekommen|recebeu|receberam|ricevuto|ontvangen|got|"
             r"came to|arrived|llegado|llego|arrive|angekommen|chegou|arrivat|terechtgekomen|recibimos|recebemos|"
             r"reached")

CONCEPT_TOLD: tuple[Rule, ...] = (
    rule("SEC1", EXPORT_RECEIVED,
         need=r"(?:export|exportbestand)\w*\b[^.!?]{0,50}\b(?:" + _RECEIVED + r")|(?:" + _RECEIVED
              + r")\b[^.!?]{0,50}(?:export|exportbestand)",
         doc_need=r"nobody|no ?one|personne|nadie|niemand|ninguem|nessuno|didn'?t (?:run|send|launch)|"
                  r"never (?:ran|sent)|nunca (?:hemos )?(?:enviado|mandado|compartido|enviamos|compartilhamos)|"
                  r"jamais (?:envoye|partage)|nie (?:geschickt|gesendet|geteilt)|mai (?:inviato|condiviso)|"
                  r"nooit (?:gestuurd|gedeeld)|(?:your|their) (?:so-called )?\W?(?:\w+ )?(?:partner|vendor|affiliate|"
                  r"subcontractor|sponsor)|third[- ]part(?:y|ies)|cold[- ]call|quoting our",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:received|got) (?:the|our|an?) (?:\w+ )?export",
         negatable=False, name="SEC1-export-received-outside"),
    # a vendor holds our task titles though we never connected it
    rule("SEC1", words("never connected|nunca conectamos|jamais connecte|nie verbunden|mai collegato|nooit gekoppeld"),
         doc_need=r"(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nostr\w*|onze) (?:\w+ ){0,3}(?:tasks?|data|names|"
                  r"titles|records|clients|employees|tareas|taches|aufgaben|tarefas|attivita|taken)\b",
         unless=r"how (?:do|can)|\?|(?:want|like|need) to connect", negatable=False,
         name="SEC1-vendor-has-our-data"),
    # "we removed Jonas from our workspace ... how can he still see this?"
    rule("SEC1", words("from our workspace|from the workspace|from our team|from the team|from our account|"
                       "de notre espace|de nuestro espacio|de nuestro equipo|aus unserem workspace|do nosso espaco|"
                       "dal nostro spazio|uit onze werkruimte"),
         need=r"removed|retire|quitad|quitamos|entfernt|removemos|removid|rimoss|verwijderd",
         doc_need=r"screenshot|captur|bildschirmfoto|schermata|schermafbeelding|still (?:see|sees|has|have|get|gets|"
                  r"access)|can still|how can (?:he|she|they) still|sent (?:him|her|them|us|me)",
         unless=r"how (?:do|can) (?:i|we)|(?:want|need) to remove", negatable=False,
         name="SEC1-removed-yet-still-sees"),
    # our customers' details at a service we have no contract with
    rule("SEC1", words("aucun contrat avec nous|ningun contrato con nosotros|keinen vertrag mit uns|"
                       "nenhum contrato conosco|nessun contratto con noi|geen contract met ons|no contract with us|"
                       "no agreement with us"),
         doc_need=r"envoie|sends?|sent|envia|sendet|invia|stuurt|transmet|publicit|advertis|statisti|tracking|"
                  r"analytics|werbung|pubblicit|reclame",
         unless=r"how (?:do|can)", negatable=False, name="SEC1-data-at-a-stranger-service"),
    # logging out leaves the boards open to the next person at the same computer
    rule("SEC2", words("log out|logged out|logging out|cerrar sesion|deconnexion|me deconnecte|abmelden|abgemeldet|"
                       "terminar sessao|sair da conta|esco dall'account|uitloggen|uitgelogd"),
         need=r"back (?:arrow|button)|come back|comes back|still (?:open|there|see|logged)|vuelven|reviennent|"
              r"wieder da|voltam|tornano|komen terug|fleche retour|zuruck-?taste|flecha atras|seta de voltar|"
              r"freccia indietro|terugknop",
         unless=r"how (?:do|can)|\?$|logged out and (?:back|logged) in|log out and (?:back|log) in|"
                # thrown out, not left in: "we get logged out of the app every time we switch apps"
                r"(?:get|gets|getting|got|keep getting|keeps getting|being) (?:\w+ )?logged out|logging (?:everyone|us|"
                r"me|people|them) out",
         negatable=False, name="SEC2-logout-leaves-it-open"),
    # our own list in the hands of a firm we never sent it to
    rule("SEC1", words("never sent our|never sent them our|never gave our|nunca hemos enviado nuestra|"
                       "nunca hemos enviado nuestro|nunca enviamos nuestra|nunca enviamos nuestro|"
                       "n'avons jamais envoye notre|n'avons jamais envoye nos|nie geschickt|nie weitergegeben|"
                       "nunca enviamos a nossa|nunca enviamos o nosso|mai inviato la nostra|mai inviato il nostro|"
                       "nooit onze"),
         need=r"(?:list|lista|liste|lijst|data|datos|donnees|daten|dados|dati|gegevens|export|file|archivo|fichier|"
              r"datei|arquivo|bestand|contacts|contactos|clientes|clients|kunden|klanten)\w*\b[^.!?]{0,40}\b(?:a|to|an|"
              r"aan|al) (?:this|that|esta|esa|cette|cet|diese|dieser|essa|questa|quella|dit|deze|die|la|the) (?:\w+ )?"
              r"(?:company|companies|empresa|entreprise|firma|societe|azienda|bedrijf|agency|agencia|agence|agentur|"
              r"agenzia|bureau|vendor|firm)",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-our-list-never-sent"),
    rule("SEC1", MANY_COUNTRIES, doc_need=r"sign.?in|log.?in|session|anmeld|connexion|sesion|sessao|accesso|aanmeld|"
                                         r"download|descarg|telecharg|herunterlad|baixad|scaricat",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:travel|work|operate|have offices)|offices in", negatable=False,
         name="SEC1-many-countries"),
    # a guest of one project read another: 'she'd "had a read" of our "Board Minutes 2026" project ... Their firm was
    # invited only to the "FY26 Audit" project, as guests'
    # an unknown member's export: 'un membre "m.durand88" a fait "Export CSV" ... personne n'a ajouté cette personne'
    rule("SEC1", words("un membre|a member|un miembro|ein mitglied|um membro|un membro|een lid|an unknown member|"
                       "un utilisateur|a user|un usuario|ein benutzer|um usuario|un utente|een gebruiker"),
         need=r"export\w*|telecharg|descarg|heruntergeladen|baixou|scaricat|gedownload|downloaded",
         doc_need=r"personne n'a ajoute|nobody (?:here )?(?:added|invited)|nadie (?:ha )?(?:anadido|agregado|invitado)|"
                  r"niemand hat (?:\w+ ){0,2}(?:hinzugefugt|eingeladen)|ninguem (?:adicionou|convidou)|nessuno ha "
                  r"(?:aggiunto|invitato)|niemand heeft (?:\w+ ){0,2}(?:toegevoegd|uitgenodigd)|personne ne s'appelle|"
                  r"nobody (?:here )?is called|nadie se llama|keiner heisst|ninguem se chama|nessuno si chiama|"
                  r"niemand heet|"
                  # "Nosotros no tenemos a ningún jm fuentes, aquí somos cuatro"
                  r"no tenemos (?:a )?ningun|no conocemos a ningun|nao temos (?:nenhum|ninguem)|on n'a aucun|wir haben "
                  r"keinen|non abbiamo nessun|we hebben geen|we (?:have|know) no(?:body| one) (?:called|named)|"
                  # "un usuario llamado "soporte.tf", que nadie de nuestro equipo creó ni conoce"
                  r"\b(?:nadie|nobody|no one|personne|niemand|ninguem|nessuno|keiner)\b(?: [\w']+){0,4} (?:creo|"
                  r"created|a cree|n'a cree|erstellt|angelegt|criou|ha creato|heeft aangemaakt|aangemaakt)\b",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-unknown-member-exported"),
    rule("SEC1", words("invited only to|only invited to|added only to|only added to|invited to only|"
                       "only have access to|only had access to|guest access to one|guest access to a single|"
                       "guest access to only"),
         need=r"guests?|firm|agency|auditors?|contractors?|freelancers?|consultants?|supplier|vendor|client",
         doc_need=r"had a read|had a look (?:at|through)|read through|looked through|(?:asked|asking) about (?:a|the) "
                  r"(?:decision|figure|note|item|line)|knew about|"
                  # 'a spreadsheet ... it contained our entire Corporate Candidates board'; 'exported what they could
                  # see'
                  r"contained our (?:entire|whole|full)|exported what they could see",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-guest-read-another-project"),
    # "als gast uitgenodigd in het project 'Zorgplan' ... in de zijbalk ook de projecten van andere bewoners ... zij kon
    # de rapportage over meneer Bakker lezen"
    rule("SEC1", words("als gast uitgenodigd|als gast toegevoegd|as a guest to|as a guest in|als gast eingeladen|"
                       "comme invitee|comme invite|como invitada|como invitado|como convidada|como convidado|"
                       "come ospite"),
         doc_need=r"kon (?:\w+ ){0,6}lezen|could read|konnte (?:\w+ ){0,6}lesen|pouvait lire|podia (?:leer|ler)|"
                  r"poteva leggere|(?:andere|other|anderen|autres|otros|outros|altri) (?:bewoners|residents|klanten|"
                  r"clients|patients|patienten|pacientes|pazienti|kunden|residentes|residenti)\b[^.!?]{0,60}"
                  r"(?:zag|saw|sah|voyait|veia|vedeva|geopend|opened|geoffnet|ouvert|abri|aperto)",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-guest-saw-other-clients"),
    rule("SEC1", ONLY_HERE, doc_need=SEEN_OUTSIDE,
         # "non ne abbiamo una copia da nessun'altra parte": no backup, a data-loss worry, not a leak
         unless=r"how (?:do|can)|\?|\bcop(?:ia|y|ie|ies)\b|kopie|backup|respaldo|sauvegarde|sicherung",
         negatable=False,
         name="SEC1-only-here-seen-outside"),
    rule("SEC2", PEN_TEST, need=_FINDING,
         unless=r"(?:do|does|can|could|will) (?:you|teamflow) (?:\w+ )?(?:share|have|provide|send)|report (?:for|of) "
                r"(?:your|teamflow)|your (?:latest|last|annual|most recent) (?:external )?pen|\?", negatable=False,
         name="SEC2-pen-test-finding"),
    rule("OUT1", MONITOR, doc_need=_MONITOR_FAIL, unless=r"how (?:do|can)|(?:our|my) (?:own )?(?:site|server|api|"
         r"website)|\?|" + RESOLVED, negatable=False, name="OUT1-external-monitor"),
    rule("OUT1", NONE_OF_GROUP, need=_CANT_GET_IN, unless=RESOLVED + r"|\?|only (?:me|one)|except",
         negatable=False, guard="hypo", name="OUT1-none-of-group"),
    rule("SEC1", EXPORTS_BY_OUTSIDER, need=_FREE_MAIL,
         doc_need=r"nobody|niemand|nadie|personne|ninguem|nessuno|durch: -|by: -|not (?:added|invited)|unknown|"
                  r"unbekannt|never invited|nie eingeladen|(?:is |are |does |do )?not (?:belong|belonging|"
                  r"belongs) to (?:our|"
                  r"us)|(?:doesn'?t|don'?t) belong to (?:our|us)|not (?:from|of) our (?:company|team|firm|"
                  r"organi[sz]ation)",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-exports-by-outsider"),
    rule("SEC1", PUBLIC_PLACE, need=_OUR_FILES,
         unless=r"how (?:do|can)|(?:i|we) (?:posted|shared|asked)|\?|same (?:problem|issue|thing|error)|"
                r"saying the same|"
                r"other (?:companies|customers|agencies|users)|thread about",
         negatable=False, name="SEC1-our-files-in-public"),
    rule("SEC4", MISSING, doc_need=_WHOLE_KIND,
         unless=r"how (?:do|can)|\?|feature|option|button|field|column|export|csv|filter|integration|permission",
         guard="hypo", negatable=False, name="SEC4-whole-kinds-missing"),
    rule("SEC2", AS_ANYONE, unless=r"how (?:do|can)|\?|(?:admin|support) (?:feature|mode)|impersonation feature",
         negatable=False, name="SEC2-as-anyone"),
    rule("SEC1", OPEN_STORE, need=_STORE, doc_need=r"our|nuestro|notre|unser|nosso|nostr|onze|customer|client",
         unless=r"how (?:do|can)|(?:our|my) own (?:server|bucket|database|node)|\?", negatable=False,
         name="SEC1-open-data-store"),
    rule("SEC1", NEW_SIGN_IN, doc_need=_NONE_OF_US,
         unless=r"how (?:do|can)|(?:i|we) (?:signed|logged) in (?:from|on|with)|"
                r"(?:my|her|his|their|our) (?:own )?(?:new )?"
                r"(?:phone|laptop|device|computer|tablet|ipad|mac)\b(?! (?:pinged|buzzed|beeped|rang|lit up|vibrated|"
                r"showed|got|received|woke))|not a hack|"
                r"is that (?:normal|expected)", negatable=False, name="SEC1-new-sign-in-not-us"),
    rule("SEC1", GOT_OUT, doc_need=_OUR_LIST, unless=r"how (?:do|can) (?:i|we) send", negatable=False,
         name="SEC1-how-did-it-get-out"),
    rule("SEC2", CODE_RUNS, need=_CODE_CONTEXT, doc_need=r"code|codice|codigo|script|html|javascript|computer writing|"
         r"take over (?:their|your|the) account|"
         r"run on (?:other|anyone|everybody|everyone)|line of (?:writing|text)",
         unless=r"how (?:do|can)|(?:our|my) own (?:script|code)|embed", negatable=False, name="SEC2-code-runs-lay"),
    rule("LEG5", THEIRS, need=_CREATIVE, doc_need=_NO_RIGHTS, unless=r"how (?:do|can)|\?$", negatable=False,
         name="LEG5-someone-elses-work"),
    rule("SEC1", SOMEONE_ELSES, need=_SEES, unless=r"how (?:do|can)|\?|(?:we|i) (?:shared|invited|sent|moved)|"
         # a delivered document copied from another client's: "refers to a different company's processes"
         r"(?:company|client|customer)(?:'s|s') (?:processes|process|procedures|workflows?|templates?|branding|"
         r"logo|style)",
         negatable=False, name="SEC1-someone-elses-records"),
    rule("SEC1", IMPOSSIBLE_TRAVEL, doc_need=NOT_OURS + r"|severity|alert|siem|monitoring",
         unless=r"how (?:do|can)|(?:can|could|should) (?:i|we)\b[^.!?]*\?|(?:we|i) (?:set up|configured|enabled)",
         negatable=False, name="SEC1-impossible-travel"),
    rule("SEC2", UNSIGNED, need=_ACCEPTED,
         unless=r"how (?:do|can)|(?:do|does|can|should) (?:you|teamflow|i|we)\b[^.!?]*\?|"
                r"(?:rejects?|refuses?|denies|blocks?|returns? (?:a )?40[13])",
         negatable=False, name="SEC2-unsigned-accepted"),
    rule("SEC1", SCREENSHOT, need=OF_OURS, doc_need=NEVER_GIVEN,
         unless=r"how (?:do|can)|(?:attached|attach|here is|here'?s|see) (?:a |the |my )?screenshot|"
                r"(?:i|we) (?:took|made|attached|sent|send|share)|adjunto|ci-joint|anbei|em anexo|in allegato|"
                r"bijgevoegd",
         negatable=False, name="SEC1-screenshot-from-outside"),
    rule("SEC3", FISHING, need=_VIA_LINK, doc_need=NOT_SENT_BY_THEM,
         unless=r"how (?:do|can)|where (?:do|can) (?:i|we) (?:update|change|enter)|(?<!them to )(?<!him to )"
                r"(?<!her to )(?:update|change) (?:my|our) "
                r"(?:bank|card|billing)|invoice (?:address|details|settings)|on (?:our|the|my) invoices?|refund|\?|"
                # the account number printed on the writer's own invoices
                r"en (?:nuestras|las|mis) facturas|sur (?:nos|les|mes) factures|auf (?:unseren|den|meinen) rechnungen|"
                r"n(?:as|ossas) (?:nossas )?faturas|sulle (?:nostre |mie )?fatture|op (?:onze|de|mijn) facturen",
         negatable=False, name="SEC3-fishing-in-our-name"),
    rule("SEC1", QUOTED_BACK, need=_OUR_INTERNAL,
         doc_need=r"never (?:sent|shared|left|been shared)|outside (?:the|our) (?:firm|company|team|organi[sz]ation)|"
                  r"(?:nobody|no one|none of us) (?:here )?shared|not related to us|(?:don'?t|do not) even have a "
                  # "um homem que ela não conhece ... Essas notas só existem no quadro da clínica"
                  r"que (?:ela|ele|eu|ella|el|elle|il|lei|lui) (?:nao|no|ne|non) (?:conhece|conoce|connait|conosce)|"
                  r"so existem (?:no|na|em)|n'existent que|existieren nur|esistono solo|bestaan alleen|"
                  r"guest|"
                  r"other (?:party|side)|opposing|competitor|journalist|reporter|press|nooit|nunca|jamais|\bnie\b|"
                  r"redakteur|periodista|giornalista|jornalista|verslaggever|zeitung|periodico|giornale|jornal|"
                  r"\bkrant\b|journaliste|"
                  r"\bmai\b|wederpartij|contraparte|partie adverse|gegenseite|parte contraria|controparte|buiten ons|"
                  r"fuera de|hors de|ausserhalb|fora d|fuori d|never (?:been )?invited|not a (?:member|volunteer|"
                  r"colleague|employee)|members only|set to private|(?:don'?t|do not) keep (?:that|this|it|the|them)\b"
                  r"[^.!?]{0,20}anywhere else|nowhere else|(?:a man|a woman|a caller|someone|somebody|a stranger) "
                  r"(?:\w+ ){0,2}(?:rang|called|phoned)|(?:a fella|a bloke|a guy|a man|a woman|someone|somebody) "
                  r"(?:i'?ve |we'?ve |i have |we have )?never (?:heard of|met|seen)|"
                  # "il mio ex compagno ... io l'ho tolto dall'area, o almeno cosi credevo"
                  r"l'ho tolto|l'ho rimosso|removed (?:him|her|them)|my ex\b|il mio ex|mi ex\b|mon ex\b|mein ex\b|"
                  r"meu ex\b|mijn ex\b|ex[- ](?:compagno|compagna|partner|husband|wife|marido|mujer|mari|femme|mann|"
                  r"frau|man|vrouw)|"
                  # "un señor que decía ser de una aseguradora ... Esas notas solo están en TeamFlow"
                  r"que decia ser|claiming to be|qui (?:se disait|pretendait etre)|der sich als|que dizia ser|"
                  r"che diceva di essere|die zich voordeed|no (?:las|los|lo|la) (?:mandamos|enviamos|compartimos) a "
                  r"nadie|solo (?:estan|existen) en",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:sent|shared|forwarded)",
         doc_unless=r"made (?:that|the|this|it|our) (?:\w+ )?(?:page |board )?public|(?:is|are|was|were) public\b|"
                    r"(?<!no )(?<!not a )(?<!without a )public (?:page|board|link)|on our website",
         negatable=False, name="SEC1-quoted-back"),
)
