"""Concept rules for the immediate tier as people outside IT tell it: what they saw, not what it is called.

A teacher finds her lesson plans "word for word" in a template gallery and never gave permission (LEG5);
a treasurer mistypes a reset code twenty times and "it just kept letting me try" (SEC2); a volunteer's
account posts a "re-enter your login here" link while "she swears she didn't write anything" (SEC1, SEC3);
a parent wants her daughter's details "permanently deleted from your systems" (LEG4); a member "none of
us invited" is in the workspace (SEC1); every description now "just says 'Untitled'" (SEC4); another
firm's customer board shows up in the sidebar: "this wasn't ours" (SEC1).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .not_lost import STILL_THERE
from .patterns_concepts_legal import ABOUT_ME

#: The owner never allowed the use: the second half of "this is my work".
_NO_PERMISSION = (r"never (?:gave|given|granted) (?:\w+ ){0,2}permission|without (?:my|our|any) (?:permission|consent|"
                  r"licen[cs]e)|never (?:licensed|agreed|authori[sz]ed|consented)|(?:taken|take (?:it|them|this)) "
                  r"down|remove (?:it|them) from|not (?:allowed|authori[sz]ed) to (?:publish|use|sell|share)|"
                  r"jamais autorise|nunca (?:lo |la )?autorice|nie (?:erlaubt|genehmigt)|nunca autorizei|"
                  r"mai autorizzato|nooit toestemming|sans (?:mon|notre) (?:autorisation|accord)|sin (?:mi|nuestro) "
                  r"permiso|ohne (?:meine|unsere) (?:erlaubnis|zustimmung)|sem (?:minha|nossa) autorizacao|senza "
                  r"(?:il mio|il nostro) (?:permesso|consenso)|zonder (?:mijn|onze) toestemming|nunca he dado permiso|"
                  r"jamais donne (?:mon |d')?(?:autorisation|accord)|nie (?:eine )?erlaubnis gegeben|nunca dei "
                  r"permissao|mai dato il permesso|nooit toestemming gegeven|non ho mai autorizzato")
#: Someone acted through a member's account and the member denies it.
_THROUGH_AN_ACCOUNT = (r"(?:from|via|using|under|through) (?:[\w']+ ){0,3}(?:account|login)\b|(?:account|login) "
                       r"(?:posted|sent|wrote|added|left)|(?:posted|sent|written|added) (?:as|by) (?:her|him|them)|"
                       r"(?:comments?|posts?|messages?) (?:\w+ ){0,6}from [a-z]+\b|"
                       # "a conta da nossa rececionista Marta publicou o mesmo comentário em todos os projetos"
                       r"(?:a conta|la cuenta|le compte|das konto|l'account|het account) (?:de |da |do |del |di |van |"
                       r"von )?(?:\w+ ){0,4}(?:publicou|publico|a publie|hat gepostet|ha pubblicato|heeft geplaatst|"
                       r"escreveu|escribio|a ecrit|hat geschrieben|ha scritto|enviou|envio|a envoye|criou|creo|a cree|"
                       r"hat erstellt|hat angelegt|ha creato|heeft aangemaakt)|(?:criad[ao]s?|cread[ao]s?|creee?s?|"
                       r"erstellt|creat[oaie]|aangemaakt|created) (?:pela|por la|por el|par le|par la|vom|von der|"
                       r"dall'|"
                       r"dalla|door het|by the|from the) (?:conta|cuenta|compte|konto|account)|"
                       r"venant du compte de|depuis le compte de|desde la cuenta de|vom konto von|dall'account di|"
                       r"da conta d[aoe]|vanaf het account van|"
                       # "Ze zijn aangemaakt door het account van Sanne, onze stagiaire"
                       r"(?:aangemaakt|geplaatst|gestuurd|verstuurd) (?:door|vanaf|via) het account van|"
                       r"created (?:by|from) (?:\w+'s|the) account|cread[oa]s? (?:por|desde) la cuenta de|"
                       r"creee?s? (?:par|depuis) le compte de|angelegt (?:von|vom|uber das) konto|"
                       r"criad[oa]s? (?:pela|pelo|a partir da) conta|creat[ei] (?:dall'|da) account|"
                       # "ein Kommentar von Rüdiger (unser Kassenwart)"
                       r"(?:her|his|their) account (?:left|posted|wrote|sent|added)|(?:ein |"
                       r"einen )?kommentar von [a-z]+|un commentaire de [a-z]+|un comentario de [a-z]+|"
                       r"um comentario d[oa] [a-z]+|un commento di [a-z]+|een (?:opmerking|reactie) van [a-z]+")

CONCEPT_LAY: tuple[Rule, ...] = (
    rule("LEG5", words("is my work|is our work|are my work|are our work|is my own work|is our own work|"
                       "my work, word for word|our work, word for word|i wrote it|i wrote that|we wrote it|"
                       "i drew them|i drew it|i made it myself|exact copy of my|exact copy of our|a l'identique|"
                       "identique a mon|identique a notre|identico al mio|identico al nostro|identisch mit meinem|"
                       "identisch mit unserem|identico ao meu|identico ao nosso|identiek aan mijn|identiek aan ons|"
                       "copie conforme|mes modeles|mis plantillas|meine vorlagen|meus modelos|i miei modelli|"
                       "mijn sjablonen|my patterns|my entire collection|my whole collection|my recipes|my pdfs|"
                       "my designs|my artwork|my illustrations|my photos|my photographs|my templates|my course|"
                       "fotografias mias|fotos mias|mis fotografias|mes photos|meine fotos|minhas fotos|le mie foto|"
                       "mijn foto's|dal mio libro|from my book|de mi libro|de mon livre|aus meinem buch|do meu livro|"
                       "uit mijn boek|le mie ricette|mis recetas|mes recettes|meine rezepte|minhas receitas"),
         doc_need=_NO_PERMISSION,
         unless=r"how (?:do|can)|\?|(?:our|my) own (?:board|workspace|account)", guard="hypo", negatable=False,
         name="LEG5-my-work-used"),
    rule("SEC2", words("kept letting me try|keeps letting me try|kept letting me|let me keep trying|lets you keep "
                       "trying|lets anyone keep trying|try every number|try every code|try every combination|"
                       "every possible code|unlimited attempts|unlimited tries|no limit on attempts|no limit on tries|"
                       "no limit to the attempts|never locks|never locked me out|didn't lock me out|"
                       "did not lock me out|"
                       "doesn't lock the account|does not lock the account"),
         doc_need=r"code|password|\bpin\b|log ?in|sign[- ]?in|account",
         unless=r"how (?:do|can)|\?|(?:should|could) (?:you|we) (?:add|set)", guard="hypo", negatable=False,
         name="SEC2-guessing-never-stopped"),
    rule("SEC1", words("didn't write anything|did not write anything|didn't write any of|did not write any of|"
                       "didn't post anything|did not post anything|didn't post any of|did not post any of|"
                       "didn't send anything|did not send anything|never wrote any|never posted any|never sent any|"
                       "swears she didn't|swears he didn't|swears they didn't|says she didn't write|"
                       "says he didn't write|wasn't her|wasn't him|it wasn't me|didn't write them|did not write them|"
                       "didn't write it|did not write it|didn't post them|didn't send them|didn't post it|"
                       # "Mark is on paternity leave ..., he definitely didn't write those"
                       "didn't write those|did not write those|didn't post those|did not post those|"
                       "didn't send those|never wrote those|never posted those|didn't write these|didn't post these|"
                       # "A Marta estava a dormir, o telemóvel dela estava desligado, não foi ela"
                       "nao foi ela|nao foi ele|no fue ella|no fue el|no ha sido ella|ce n'etait pas elle|"
                       "ce n'etait pas lui|sie war es nicht|er war es nicht|non e stata lei|non e stato lui|"
                       "zij was het niet|hij was het niet|"
                       # "Rüdiger ist seit zwei Wochen auf Mallorca, sagt er hat nichts geschrieben"
                       "hat nichts geschrieben|nichts davon geschrieben|n'a rien ecrit|no ha escrito nada|"
                       # "Dana says she definitely didn't do it"
                       "definitely didn't do it|definitely did not do it|says she didn't do it|says he didn't do it|"
                       "nao escreveu nada|non ha scritto niente|non ha scritto nulla|heeft niets geschreven|"
                       # "Chloé est en congé ... et n'a pas touché son ordinateur"
                       "n'a pas touche son ordinateur|n'a pas touche a son ordinateur|no ha tocado su ordenador|"
                       "nao tocou no computador|non ha toccato il computer|non ha toccato il suo computer|"
                       "hat seinen laptop nicht angefasst|hat ihren laptop nicht angefasst|"
                       "heeft haar laptop niet aangeraakt|heeft zijn laptop niet aangeraakt|hasn't touched his laptop|"
                       # "Sanne zit sinds zaterdag op Bali en heeft haar laptop niet eens mee. Wij hebben niets
                       # aangemaakt."
                       "heeft haar laptop niet eens mee|heeft zijn laptop niet eens mee|heeft haar laptop niet mee|"
                       "heeft zijn laptop niet mee|wij hebben niets aangemaakt|we hebben niets aangemaakt|"
                       "we didn't create them|we did not create them|no hemos creado nada|nous n'avons rien cree|"
                       "wir haben nichts angelegt|nao criamos nada|non abbiamo creato nulla|"
                       "hasn't touched her laptop|hasn't touched his computer|hasn't touched her computer|"
                       # "A Renata estava dormindo ... Ela nunca escreveria aquilo."
                       "nunca escreveria|nunca escribiria|n'aurait jamais ecrit|wurde so etwas nie schreiben|"
                       "non scriverebbe mai|zou dat nooit schrijven|would never write|she'd never write|"
                       "he'd never write"),
         doc_need=_THROUGH_AN_ACCOUNT,
         unless=r"how (?:do|can)|\?|(?:our|the) (?:bot|automation|integration|import|script)", guard="hypo",
         negatable=False, name="SEC1-account-used-by-someone-else"),
    # "een link om 'het kampgeld van 145 euro nu te betalen'. Die link gaat naar een site die niks met ons te maken
    # heeft"
    rule("SEC3", words("link om|link to pay|enlace para pagar|lien pour payer|link zum bezahlen|link para pagar|"
                       "link per pagare|betaallink|payment link|enlace de pago|lien de paiement|zahlungslink|"
                       "link de pagamento|link di pagamento"),
         need=r"betalen|\bpay\b|pagar|payer|bezahlen|pagare|betaal|payment|pago|paiement|zahlung|pagamento",
         doc_need=r"(?:site|website|pagina|seite|sito|webpagina|page)\b[^.!?]{0,40}\b(?:niks|niets|nothing|nada|rien|"
                  r"nichts|niente)\b[^.!?]{0,30}(?:met ons|with us|con nosotros|avec nous|mit uns|connosco|con noi)|"
                  r"(?:wij|we|nous|wir|nosotros|nos|noi) (?:hebben |have |avons |haben |hemos |abbiamo )?(?:niks|niets|"
                  r"nothing|nada|rien|nichts|niente) (?:\w+ )?(?:gestuurd|sent|enviado|envoye|geschickt|inviato)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC3-payment-link-elsewhere"),
    rule("SEC3", words("confermate il vostro iban|conferma il tuo iban|confirmez votre iban|confirmad vuestro iban|"
                       "confirme su iban|bestatigen sie ihre iban|confirme o seu iban|bevestig je iban|"
                       "confirm your iban|"
                       "confirm your bank details|reconfirmer votre identifiant|confirmer votre identifiant|"
                       "reconfirmer vos identifiants|"
                       "confirmer vos identifiants|reconfirma tus credenciales|confirma tu usuario|"
                       "bestatigen sie ihre zugangsdaten|confirme o seu login|confirme os seus dados de acesso|"
                       "riconferma le tue credenziali|conferma le tue credenziali|bevestig je inloggegevens|"
                       "re-enter your login|re-enter your password|re-enter your details|re-enter your credentials|"
                       "enter your login here|enter your password here|confirm your login here|"
                       "verify your login here|access expires today|account expires today"),
         need=r"link|lien|enlace|here\b|\bici\b|\baqui\b|\bhier\b|\bqui\b|click|http",
         unless=r"how (?:do|can)|(?:do|does|did) (?:you|teamflow) send", guard="hypo", negatable=False,
         name="SEC3-login-harvesting-post"),
    # "enlazan a una página idéntica a vuestro login, pero en otro dominio"
    rule("SEC3", words("pagina identica|page identique|identische seite|identieke pagina|identical page|"
                       "identical to your login|en otro dominio|sur un autre domaine|auf einer anderen domain|"
                       "em outro dominio|su un altro dominio|op een ander domein|on another domain|"
                       "on a different domain"),
         need=r"login|inicio de sesion|connexion|anmelde|sign-?in|log-?in|password|contrasena|senha|wachtwoord|"
              r"passwort|mot de passe|enlaz|link|lien|enlace|comment|comentario|commentaire|kommentar|commento|"
              r"opmerking",
         doc_need=r"\b(?:otro|otra|autre|anderen|outro|altro|ander|another|different)\b (?:\w+ )?(?:domain|dominio|"
                  r"domaine|domein)|gmail|hotmail|(?:metido|introducido|entered|typed|saisi|eingegeben|digitaram|"
                  r"inserito|ingevuld) (?:\w+ )?(?:su |sus |their |leur |ihr |a sua |la loro |hun )?(?:contrasena|"
                  r"password|mot de passe|passwort|senha|wachtwoord)",
         unless=r"how (?:do|can)|\?|(?:our|nuestro|notre|unser|nosso|nostro|ons) (?:\w+ )?(?:portal|branded|de "
                r"marca)|custom domain",
         guard="hypo", negatable=False, name="SEC3-copied-login-page"),
    rule("LEG4", words("permanently deleted|permanently erased|permanently removed|deleted from your systems|"
                       "deleted from your system|erased from your systems|removed from your systems|"
                       "wiped from your systems|deleted from your servers|erased from your servers"),
         need=r"(?:i'?d|i would|we'?d|we would) like|\bi want|\bwe want|please|(?:i|we) (?:ask|request)|"
              r"want (?:\w+ ){0,4}(?:deleted|erased|removed)|should be|must be|need (?:\w+ ){0,4}(?:deleted|erased)",
         doc_need=r"data protection|gdpr|entitled|right to|personal|date of birth|details|information about|"
                  r"my (?:son|daughter|child)",
         unless=r"how (?:do|can)|\?|(?:were|was|have been|has been|got) (?:\w+ ){0,3}(?:permanently )?(?:deleted|"
                r"erased|removed|wiped)\b(?! from your)|(?:task|project|board|comment|file)s? (?:\w+ ){0,3}"
                r"permanently",
         guard="hypo", negatable=False, name="LEG4-erase-from-your-systems"),
    rule("SEC1", words("invited him|invited her|invited them|added him|added her|added them|invited it|added it|"
                       "invite him|invite her|add him|add her|"
                       "of us added|of us invited|of us created|ninguno la invito|ninguno lo invito|nadie la invito|"
                       "nadie lo invito|personne ne l'a invitee|personne ne l'a invite|niemand hat sie eingeladen|"
                       "niemand hat ihn eingeladen|ninguem a convidou|ninguem o convidou|nessuno l'ha invitata|"
                       "nessuno l'ha invitato|niemand heeft haar uitgenodigd|niemand heeft hem uitgenodigd"),
         need=r"\b(?:none of|nobody|no ?one|neither of|ninguno|nadie|personne|niemand|ninguem|nessuno)\b",
         doc_need=r"member|account|user|joined|workspace|gmail|hotmail|yahoo|outlook\.com|integrantes|miembros|membres|"
                  r"mitglieder|membros|membri|leden|correo",
         unless=r"how (?:do|can)|\?|(?:asked|asks) (?:\w+ ){0,3}(?:if|whether)", guard="hypo", negatable=False,
         name="SEC1-member-nobody-invited"),
    rule("SEC4", words("same word in every|same text in every|same word in each|same text in each|"
                       "every single description|every description|all the descriptions|all our descriptions|"
                       "all my descriptions|every task description|every card description|every single note|"
                       "all my notes|all our notes|every single title|every title"),
         need=r"(?:just |now |only )?(?:says?|reads?|shows?|contains?)\b|replaced|overwritten|changed to|turned "
              r"into|untitled|blank|empty",
         doc_need=r"history|version|gone|lost|overwr|replac|same word|same text|(?:haven'?t|didn'?t|did not|"
                  r"have not) (?:typed|changed|edited|touched)",
         unless=r"how (?:do|can)|\?|template|by default|default (?:text|title)|(?:i|we) (?:renamed|replaced|"
                r"changed|bulk)",
         guard="hypo", negatable=False, name="SEC4-every-text-overwritten"),
    # "an export ... started from Nadia's account, from IP 185.220.101.44 ... Nadia is on holiday and was asleep"
    rule("SEC1", words("account, from ip|account from ip|account, from an ip|account from an ip|account, from the ip|"
                       "account from the ip|login, from ip|login from ip"),
         doc_need=r"asleep|on holiday|on vacation|on leave|was away|(?:has )?never (?:exported|downloaded|logged in)|"
                  r"wasn'?t (?:her|him|me)\b|not (?:her|him|me)\b|nobody (?:here|on (?:our|the) team)",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-action-from-an-absent-members-ip"),
    # logged out, then "pressed the browser's back arrow. The whole board came back"
    rule("SEC2", words("back arrow|back button|browser's back|browser back|seta para tras|flecha atras|fleche retour|"
                       "zuruck-pfeil|zuruckpfeil|zuruck-taste|freccia indietro|terugknop|pijltje terug"),
         doc_need=r"(?:log(?:ged|ging)? ?out|sign(?:ed|ing)? ?out|terminar sessao|cerrar sesion|deconnect|abmeld|"
                  r"abgemeldet|esco|uitlog)[\s\S]{0,400}(?:(?:came|comes|come) back|(?:still|could|can) (?:open|"
                  r"see|read|add|post)|reappear|volta a aparecer|vuelve a aparecer|reapparait|wieder da|ricompare|"
                  r"komt terug)",
         unless=r"how (?:do|can)|\?|(?:when|after) (?:i|we) (?:log|sign)(?:ged)? (?:back )?in", guard="hypo",
         negatable=False, name="SEC2-back-arrow-after-logout"),
    # "si en la dirección del enlace cambias el final '&role=guest' por '&role=owner', entras como propietario"
    rule("SEC2", words("role=guest|role=owner|role=admin|role=member|role=viewer|role=editor"),
         # the swap may be told in the next sentence: 'termina en "...&role=viewer". Ha cambiado "viewer" por "owner"'
         doc_need=r"owner|admin|propietari|proprietaire|eigentumer|\bdono\b|proprietario|eigenaar|administra|"
                  r"beheerder",
         unless=r"how (?:do|can)|\?$", guard="hypo", negatable=False, name="SEC2-role-in-the-link"),
    # "téléchargées par « Invité anonyme », depuis une adresse IP en Allemagne"
    rule("SEC1", words("invite anonyme|anonymous guest|invitado anonimo|anonymer gast|convidado anonimo|ospite anonimo|"
                       "anonieme gast|anonymous user|utilisateur anonyme|usuario anonimo"),
         need=r"telecharg|download|ouvert|opened|descarg|herunter|baix|scaric|gedownload|geopend|abierto|aperto|"
              r"aberto|geoffnet|viewed|consult",
         unless=r"how (?:do|can)|\?|(?:allow|enable|let) (?:\w+ )?anonymous", guard="hypo", negatable=False,
         name="SEC1-anonymous-guest-took-files"),
    # "a user called 'admin2' ... We have never had an admin2 ... also seems to have made itself an owner"
    rule("SEC1", words("made itself|made himself|made herself|made themselves|gave itself|gave himself|gave herself|"
                       "gave themselves|promoted itself|promoted himself|promoted herself"),
         need=r"owner|admin",
         doc_need=r"never had|(?:don'?t|do not) know|unknown|nobody|no one|not one of us|we have never",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC1-unknown-account-made-itself-owner"),
    # a form that signs people up for marketing mail with a box "already ticked"
    rule("SEC5", words("already ticked|pre-ticked|pre-checked|ticked by default|checked by default|vorangekreuzt|"
                       "pre-coche|pre-cochee|premarcada|premarcado|pre-selecionad|preselezionat|al aangevinkt|"
                       "standaard aangevinkt"),
         doc_need=r"not allowed|consent|agreed|gdpr|privacy|data protection|personal details|personal data|"
                  r"adverts|advertising|marketing|promotional|newsletter",
         unless=r"how (?:do|can)|\?|(?:our|my) (?:own )?(?:newsletter|form|mailing)", guard="hypo", negatable=False,
         name="SEC5-consent-box-already-ticked"),
    # "somebody has been pushing junk through it non-stop ... 2,000 new tasks ... stuffed with links to dodgy sites"
    rule("SEC3", words("dodgy sites|dodgy links|nasty links|junk links|links to dodgy|pushing junk|flooded with|"
                       "being flooded|flood of|betting site|betting links|gambling site|gambling links|"
                       "websites selling|sites selling|selling pills|pills and gambling|made-up names|"
                       # "commenti con link a siti di scommesse": the same junk in the other languages
                       "siti di scommesse|scommesse online|sitios de apuestas|apuestas online|casinos en ligne|"
                       "casino en ligne|sites de paris|paris en ligne|wettseiten|online-casino|online-casinos|"
                       "sites de apostas|apostas online|goksites|gokwebsites|online gokken|viagra|cialis"),
         need=r"links?|sites?|tasks|submissions|entries|comments|form|enlaces|liens|collegament|commenti|"
              r"comentarios|commentaires|kommentare|reacties|opmerkingen|tareas|taches|aufgaben|tarefas|schede|"
              r"taken|karten|kaarten|cartes|tarjetas|cartoes",
         unless=r"how (?:do|can) (?:i|we) (?:add|create|make)|\?|newsletter|(?:our|my) own (?:\w+ )?(?:site|"
                r"links?)|requests for|orders|(?:my|our) (?:e-?mail )?inbox (?:is|was|gets|got) (?:being )?flooded",
         guard="hypo", negatable=False, name="SEC3-junk-pushed-in"),
    # "he says he got in and will publish everything unless we pay 2,000 dollars in bitcoin"
    rule("SEC1", words("bitcoin|in bitcoin|em bitcoin|en bitcoin|btc$|ransom|rescate|rancon|losegeld|riscatto|"
                       "resgate|losgeld|extortion|extorsion|erpressung|estorsione|afpersing|extorsao"),
         need=r"\bpay|pagar|payer|paie|zahlen|pagare|paghi|betalen|publish|publicar|publier|veroffentlich|pubblic|"
              r"publiceren|leak|vazar|filtrar|divulg|unless|\bsi\b|\bse\b|\bwenn\b|\bals\b|"
              # "Der Absender will 5.000 € in Bitcoin, sonst schickt er alles an unsere Kunden"
              r"\bsonst\b|otherwise|\bsinon\b|\bsenao\b|altrimenti|\banders\b|or else",
         doc_need=r"\b(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nossos|nostr\w*|onze|ons)\b",
         unless=r"how (?:do|can)|(?:do|does) (?:you|teamflow) accept|pay (?:\w+ )?(?:invoice|subscription|plan) "
                r"(?:in|with)|\?",
         guard="hypo", negatable=False, name="SEC1-extortion-with-our-data"),
    rule("SEC1", words("someone else's stuff|somebody else's stuff|someone else's data|someone else's board|"
                       "someone else's customers|wasn't ours|isn't ours|aren't ours|weren't ours|not our board|"
                       "it is not ours|it was not ours|they are not ours|they were not ours|"
                       "aren't their clients|aren't our clients|are not our clients|aren't their patients|"
                       "aren't our patients|are not our patients|"
                       "not our data|not our customers|isn't mine|is not mine|wasn't mine|was not mine|"
                       # "apareceu no meu painel um quadro que nao e meu": a board not mine shows up
                       "que no es mio|que no es mia|que no es nuestro|que nao e meu|que nao e minha|que nao e nosso|"
                       "qui n'est pas le mien|qui n'est pas la mienne|qui n'est pas a moi|qui n'est pas a nous|"
                       "das nicht mir gehort|die nicht mir gehort|der nicht mir gehort|das nicht uns gehort|"
                       "che non e mio|che non e mia|che non e nostro|dat niet van mij is|dat niet van ons is|"
                       "die niet van mij is"),
         doc_need=r"board|project|customers|clients|names|addresses|phone|numbers|records|notes|tablero|tableau|"
                  r"quadro|bacheca|\bbord\b|proyecto|projet|projeto|progetto|clientes|kunden|clienti|klanten|"
                  r"nombres|\bnoms\b|namen|\bnomi\b|\bnome\b|telefon|telefone|telephone|adresse|direccion|endereco|"
                  r"indirizz|pacientes|patients|patienten|pazienti",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:shared|were invited|joined|was invited)|guest|template|"
                r"(?:invoice|charge|payment|card)s?\b|cargo|cobro|factura|rechnung|fatura|fattura|factuur|"
                r"prelevement|abbuchung|paiement|\bpago|pagamento|betaling|tarjeta|\bcarte|\bkarte|cartao|invit|"
                r"compartid|partage|geteilt|condivis|gedeeld|"
                # a person, not a board: "un signore che non è nostro cliente ci ha telefonato"
                r"(?:que no es|que nao e|che non e|qui n'est pas) (?:nuestr|noss|nostr|notre)\w* (?:client\w*|"
                r"pacient\w*|patient\w*|pazient\w*|socio|membre|membro|alumn\w*|alun\w*)",
         guard="hypo", negatable=False, name="SEC1-another-firms-board-in-our-list"),
    # "the sign-up page had a Role dropdown ... she could open it and choose Admin or Owner"
    rule("SEC2", words("choose admin|pick admin|select admin|choose owner|pick owner|select owner|"
                       "choose their own role|pick their own role|select their own role|set their own role|"
                       "choose his own role|choose her own role|pick his own role|pick her own role|"
                       "make themselves admin|make themselves an admin|make themselves owner|"
                       "elegir su propio rol|elegir admin|choisir son propre role|choisir admin|"
                       "eigene rolle wahlen|eigene rolle auswahlen|admin auswahlen|escolher o proprio papel|"
                       "escolher admin|scegliere il proprio ruolo|scegliere admin|zelf hun rol kiezen|admin kiezen"),
         need=r"invit|sign-?up|signup|registr|dropdown|drop-down|menu|before (?:creating|making|signing|joining)|link|"
              r"could|can|able|kon|konnte|pouvait|podia|poteva|puede|peut|kann|pode|puo",
         unless=r"how (?:do|can)|(?:is it|would it be) possible|(?:can|could) (?:we|i|you)\b[^.!?]*\?|"
                r"(?:we|i) (?:want|would like|need) (?:to|them to)",
         guard="hypo", negatable=False, name="SEC2-invitee-picks-own-role"),
    # "ik wil niet dat er bij jullie nog iets van mij bewaard blijft": nothing of me may be kept
    rule("LEG4", words("bewaard blijft|bewaard blijven|bewaard wordt|bewaard worden|gespeichert bleibt|"
                       "gespeichert bleiben|gespeichert wird|gespeichert werden|conserviez quoi que ce soit|"
                       "conserve quoi que ce soit|guarden nada|sigan guardando|guardem nada|continuem guardando|"
                       "conserviate nulla|continuiate a conservare|kept on file|keep anything|keep any of my"),
         need=ABOUT_ME + r"|(?:any|anything|something|nothing) of (?:mine|my)\b|von mir|de moi|nada mio|de mim|"
              r"di mio",
         doc_need=r"recht|right|droit|derecho|direito|diritto|gdpr|avg|dsgvo|rgpd|weg|delete|verwijder|losch|"
                  r"supprim|borr|elimin|apag|cancell|erase|wis",
         unless=r"how (?:do|can)|\?|(?:how long|hoe lang|wie lange|combien de temps|cuanto tiempo|quanto tempo)",
         guard="hypo", negatable=False, name="LEG4-nothing-of-me-kept"),
    # "la cuenta de Javier está escribiendo comentarios ... con un enlace para 'verificar la factura' ... no es él"
    rule("SEC3", words("enlace para verificar|enlace para confirmar|link to verify|link to confirm|lien pour verifier|"
                       "lien pour confirmer|link zum bestatigen|link zur bestatigung|link para verificar|"
                       "link para confirmar|link per verificare|link per confermare|link om te verifieren|"
                       "link om te bevestigen|verify the invoice|verificar la factura|verifier la facture|"
                       "verificar a fatura|verificare la fattura|verify your account|verificar su cuenta|"
                       "verifier votre compte|konto bestatigen|verificar sua conta|verificare il tuo account"),
         need=r"comment|comentario|commentaire|kommentar|commento|opmerking|reactie|post|message|mensaje|nachricht|"
              r"mensagem|messaggio|bericht|cuenta de|account|compte|konto|conta",
         doc_need=r"no es (?:el|ella)\b|not (?:him|her|them)\b|n'est pas (?:lui|elle)|nicht (?:er|sie)\b|nao (?:e|foi) "
                  r"(?:ele|ela)|non (?:e|e stato|e stata) (?:lui|lei)|niet (?:hij|zij)\b|de vacaciones|on holiday|"
                  r"on vacation|en vacances|im urlaub|de ferias|in ferie|op vakantie|didn'?t write|no ha escrito|"
                  r"n'a rien ecrit|hat nichts geschrieben|nao escreveu|non ha scritto|heeft niets geschreven",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC3-lure-posted-from-a-members-account"),
    # "since this morning all the attachments are away ... only 'file not found'" (German "weg", word for word)
    rule("SEC4", words("are away|is away|are all away|is all away|are completely away|is completely away"),
         need=r"(?:attachments?|files?|tasks?|data|documents?|photos|pictures|drawings|cards|projects?|boards?|"
              r"comments?|notes|records|entries)\b[^.!?]{0,30}\b(?:are|is) (?:all |completely )?away",
         unless=r"how (?:do|can)|\?|while (?:i|we) (?:was|were) away|(?:i|we) (?:am|are|was|were) away",
         doc_unless=STILL_THERE, guard="hypo", negatable=False, name="SEC4-data-is-away"),
    # "In seiner Seitenleiste erscheint auch unser Board 'Gehaltsrunde 2026', und er hat es geöffnet"
    rule("SEC1", words("in seiner seitenleiste|in ihrer seitenleiste|dans sa barre laterale|en su barra lateral|"
                       "na barra lateral dele|na barra lateral dela|nella sua barra laterale|in zijn zijbalk|"
                       "in haar zijbalk|in his sidebar|in her sidebar|in their sidebar"),
         need=r"erschein|appear|apparai|aparec|compar|verschijn|shows|zeigt|auch|also|aussi|tambien|tambem|anche|ook|"
              # "in seiner Seitenleiste taucht seit gestern ein Projekt ... auf"
              r"taucht|tauchen|auftaucht|auftauchen|aufgetaucht|turns? up|pops? up|surgi|spunta|opduikt|dook op",
         doc_need=r"\bgast|guest|invite|invitado|convidado|ospite|extern|agentur|agency|agence|agencia|agenzia|"
                  r"nie geteilt|never shared|nunca compartimos|jamais partage|nunca compartilhamos|mai condiviso|"
                  r"nooit gedeeld|another (?:clinic|firm|company|practice)|andere[rn]? (?:firma|praxis|kanzlei)",
         unless=r"how (?:do|can)|\?|(?:wie|comment|como|come|hoe) ", guard="hypo", negatable=False,
         name="SEC1-board-in-an-outsiders-sidebar"),
    # "a new task every fifteen seconds ... each with the same link to a crypto 'investment' site"
    rule("SEC3", words("crypto|cryptomonnaie|cryptomonnaies|criptomoneda|criptomonedas|kryptowahrung|"
                       "kryptowahrungen|krypto|criptovaluta|criptovalute|cryptomunt|cryptomunten|criptomoeda|"
                       "criptomoedas|casino|casinos|paris sportifs|apuestas|sportwetten|scommesse|gokken|apostas"),
         need=r"lien|link|enlace|collegament|liga|site|sitio|seite|sito|website",
         doc_need=r"toutes les|every (?:\w+ )?(?:seconds?|minutes?)|cada (?:\w+ )?(?:segundos|minutos)|alle (?:\w+ )?"
                  r"(?:sekunden|minuten)|ogni (?:\w+ )?(?:secondi|minuti)|elke (?:\w+ )?(?:seconden|minuten)|"
                  r"centaines|hundreds|thousands|cientos|miles de|hunderte|tausende|centenas|milhares|centinaia|"
                  r"migliaia|honderden|duizenden|(?:plus|more|mas|mehr|mais|piu|meer) (?:de|than|als|di|dan) \d|"
                  r"non-?stop|and counting|\b\d{3,} (?:\w+ ){0,3}(?:tasks|entries|submissions|comments|cards)\b|"
                  r"(?:keep|still|are) (?:coming|arriving|appearing)",
         unless=r"how (?:do|can)|\?|(?:our|my|notre|nuestr\w*|unser\w*|noss\w*|nostr\w*|onze) (?:own |propre |"
                r"propio |eigene )?(?:site|links?|crypto)|(?:we|i) (?:sell|trade|invest)|newsletter|"
                r"(?:my|our) (?:e-?mail )?inbox (?:is|was|gets|got) (?:being )?(?:flooded|full)",
         guard="hypo", negatable=False, name="SEC3-scam-links-flood-in"),
)
