"""Concept rules for incidents that a non-specialist passes on as they were told or saw them.

A swim parent who "works in IT" found "a long key" in the booking form's page source (SEC2); the reset e-mail "had my
new password written in it" (SEC2); an endpoint that answers "without any auth header" with the member list (SEC2);
"the big photo at the top is my ... cake" on the vendor's own page (LEG5); a .zip "invoice" holding "a Windows
executable disguised as a PDF" (SEC3); colleagues who "typed their passwords into that page" (SEC3); "recebeu de vocês
o resumo semanal do nosso projeto privado" by someone who "nunca foi membro" (SEC1).
"""

from __future__ import annotations

from .lexicon import DATA_NOUN, Rule, rule, words
from .summary_mail_words import SUMMARY_MAIL as SUMMARY_MAIL

#: Secrets that open the workspace.
_SECRET = (r"\bkey\b|token|secret|password|credential|\bcle\b|clave|schlussel|chave|chiave|sleutel|api-?key|"
           r"wachtwoord|passwort|contrasena|senha|mot de passe")
#: Never a member, never a relation: the receiver is an outsider.
_NEVER_OURS = (r"never (?:been )?(?:a )?member|"
               # "Frau Krause von 'Blumen Krause' (anderer Laden hier in der Stadt)"; "bei der Konkurrenz gelandet"
               r"\banderer (?:laden|betrieb|firma|verein)\b|\bbei der konkurrenz\b|\ba (?:competitor|rival)\b|"
               r"(?:don'?t|do not|never) (?:\w+ )?(?:have|had) (?:\w+ )?access to (?:anything|any) of theirs|\bsome "
               r"(?:company|firm|business|practice|clinic|agency|school) called\b|"  # "from some company called"
               # someone taken off the workspace: "un ancien fournisseur que nous avons retiré du projet en juin"
               r"(?:que nous avons|que hemos|que (?:nos )?removemos|den wir|che abbiamo|die we hebben|(?:who|"
               r"whom) we(?:'ve| "
               r"have)?) (?:\w+ )?(?:retire|supprime|quitado|eliminado|removido|entfernt|rimosso|verwijderd|removed)|"
               r"ancien fournisseur|former supplier|antiguo proveedor|ex-fornecedor|antigo fornecedor|ehemalige[rn]? "
               r"lieferant|ex fornitore|voormalige leverancier|"
               # "una señora de Valladolid que no conocemos de nada ... Su correo no está en ningún proyecto nuestro"
               r"no esta en ningun proyecto|(?:is|was) not in any of our (?:projects|boards)|n'est dans aucun de nos "
               r"projets|in keinem unserer projekte|nao esta em nenhum projeto|non e in nessun (?:nostro )?progetto|"
               r"que no conocemos|que nous ne connaissons pas|que nao conhecemos|che non conosciamo|die we niet kennen|"
               r"die wir nicht kennen|"
               # "una signora ... che non è nostra paziente e non ci conosce proprio"
               r"non ci conosce|ne nous connait pas|no nos conoce|nao nos conhece|kennt uns nicht|kent ons niet|"
               r"(?:doesn'?t|does not) know us|non e (?:nostr[oa]|un nostro|una nostra) (?:paziente|cliente)|"
               r"n'est pas (?:notre|un de nos|une de nos) (?:patiente?|cliente?)|no es (?:nuestr[oa]) "
               r"(?:paciente|cliente)|nao e (?:noss[oa]) (?:paciente|cliente)|ist (?:kein|keine) (?:patient|kunde)\w*|"
               r"is geen (?:patient|klant) van ons|(?:is|was) not (?:a |one of )?our (?:patients?|clients?|"
               r"customers?)|"
               # "Hij heeft nooit toegang tot dat project gehad"
               r"nooit toegang|never had access|nunca (?:tuvo|ha tenido|teve) acceso|nunca teve acesso|"
               r"n'a jamais eu acces|nie zugang|nie (?:\w+ )?zugriff|mai avuto accesso|(?:is|"
               r"was) not in our (?:workspace|team)|"
               # "Er war nie in unseren Workspace eingeladen, wir haben ihn auch nirgends als Gast angelegt"
               r"(?:war|ist|wurde) (?:\w+ ){0,2}nie (?:\w+ ){0,4}eingeladen|nirgends als gast|nie als gast|nooit "
               r"uitgenodigd|(?:has|have) never been invited|never had a login|(?:is|'s) not on our account|"
               r"(?:uberhaupt )?nichts (?:\w+ )?zu tun hat|nada que ver con|rien a voir avec|nada a ver com|"
               r"niente a che fare|niets mee te maken|auftrag ist beendet|sollte (?:sie|er) (?:\w+ ){0,3}raus sein|"
               r"n'a jamais ete invite|nunca ha sido invitad|nunca foi convidad|"
               r"non e mai stato invitat|nie eingeladen wurde|(?:ist|war) (?:\w+ ){0,4}kein mitglied|no es miembro|"
               r"n'est pas membre|"
               r"nao e membro|non e membro|is geen lid|(?:is|was) not a member|(?:has|have) never been a member|"
               r"nunca foi membro|nunca fue miembro|n'a jamais ete membre|war nie mitglied|"
               r"non e mai stato membro|was nooit lid|(?:nenhuma|ninguna|aucune|keine|nessuna|geen) (?:\w+ )?"
               r"(?:relacao|relacion|relation|beziehung|relazione|relatie)|no (?:relationship|connection) (?:with|"
               r"to) us|"
               r"nothing to do with us|never (?:invited|added)|not (?:a )?(?:member|user)\b|outra empresa|otra empresa|"
               r"une autre entreprise|einer anderen firma|un'altra azienda|een ander bedrijf|another company|"
               r"(?:a|an) (?:company|firm) we (?:have )?never|jamais eu de compte|never had an account|"
               r"nunca (?:tuvo|ha tenido) cuenta|nie ein konto|nunca teve conta|mai avuto un account|nooit een account|"
               r"(?:ne l'|nous ne l'|ne les )?avons jamais invite|never invited (?:her|him|them)|nunca (?:la |lo )?"
               r"invitamos|nie eingeladen|nunca (?:a |o )?convidamos|mai invitat|nooit uitgenodigd|"
               # "Mevrouw de Wit heeft geen account bij ons"; "Encerramos o contrato ... e removemos as pessoas deles"
               r"encerramos o contrato|terminamos el contrato|nous avons mis fin au contrat|wir haben den vertrag "
               r"beendet|abbiamo chiuso il contratto|we hebben het contract beeindigd|removemos as pessoas|"
               r"eliminamos a las personas|"
               # "una signora di Mestre che non è nostra paziente e non conosciamo"
               r"nao e (?:nossa|nosso) utente|n[ae]m (?:a|o) conhecemos|nao temos ninguem com (?:o )?e-?mail d|"
               # "un certain M. Hervé Dubreuil, que personne ici ne connaît"
               r"que personne (?:ici )?ne connait|que nadie (?:aqui )?conoce|den hier niemand kennt|"
               r"que ninguem (?:aqui )?conhece|che nessuno (?:qui )?conosce|die niemand (?:hier )?kent|(?:whom|that|"
               r"who) nobody (?:here )?knows|"
               # "Ella no trabaja aquí, nunca la hemos invitado y no aparece en la lista de miembros"
               r"nunca (?:la|lo|los|las) hemos invitado|no aparece en la lista de miembros|"
               r"n'apparait pas dans la liste "
               r"des membres|steht nicht in der mitgliederliste|nao aparece na lista de membros|"
               r"non compare nell'elenco "
               r"dei membri|staat niet in de ledenlijst|(?:is|isn'?t|was) not (?:on|in) (?:the|our) members? list|"
               r"no trabaja (?:aqui|con nosotros)|ne travaille pas (?:ici|chez nous)|arbeitet nicht bei uns|"
               r"nao trabalha "
               r"(?:aqui|connosco)|non lavora (?:qui|da noi)|werkt hier niet|doesn'?t work (?:here|for us)|"
               r"non e (?:nostra|nostro|una nostra|un nostro) (?:paziente|cliente)|no es (?:nuestra|nuestro) "
               r"(?:paciente|cliente)|n'est pas (?:notre|une de nos|un de nos) (?:patiente?s?|cliente?s?)|ist "
               r"(?:nicht|kein\w*) unser\w* (?:patient\w*|kund\w*)|nao e (?:nossa|nosso) (?:paciente|cliente)|is geen "
               r"(?:patient|klant) van ons|(?:is|was) not (?:our|a) (?:patient|client|customer)|non (?:la|lo) "
               r"conosciamo|no (?:la|lo) conocemos|ne la connaissons pas|"
               # "Un monsieur que je connais pas ... personne d'autre n'est invité"
               r"que je (?:ne )?connais pas|que no conozco|(?:den|die) ich nicht kenne|que (?:eu )?nao conheco|"
               r"che non conosco|die ik niet ken|(?:man|woman|person|guy|lady|stranger) (?:that |who )?(?:i|we) "
               r"(?:don'?t|do not|have never|never) (?:know|met)|personne d'autre n'est invite|nadie mas esta invitad|"
               r"niemand sonst ist eingeladen|ninguem mais esta convidad|nessun altro e invitat|niemand anders is "
               r"uitgenodigd|(?:nobody|no one|no-one) else is invited|"
               r"heeft (?:helemaal )?geen account|geen account (?:\w+ ){0,3}heeft|kein (?:\w+ ){0,3}konto hat|(?:has|"
               r"had) no account|(?:doesn'?t|does not|didn'?t) (?:even )?"
               r"have an account|no tiene (?:ninguna )?cuenta|n'a (?:pas|aucun) (?:de )?compte|hat (?:gar )?kein konto|"
               r"nao tem (?:nenhuma )?conta|non ha (?:nessun |un )?account|(?:is|was|are) (?:not|nowhere) in (?:our|"
               r"the) "
               r"system|staat nergens in het systeem|staat niet in (?:ons|het) systeem|no (?:esta|aparece) en (?:el|"
               r"nuestro) sistema|n'est pas dans (?:le|notre) systeme|(?:steht|ist) nicht in unserem system|"
               r"nao esta no (?:nosso )?sistema|non e nel (?:nostro )?sistema")

#: A link or number typed wrong by one digit.
_TYPO = words("beim abtippen vertan|beim abtippen|vertippt|errei um numero|errei o numero|errei um digito|"
              "je me suis trompe de numero|ho sbagliato un numero|me equivoque de numero|ziffer falsch|"
              "ziffer im link war falsch|cijfer verkeerd|verkeerd getypt|"
              "mistyped a digit|mistyped one digit|typed a digit wrong|one digit wrong|un chiffre de travers|"
              "una cifra sbagliata|um digito errado|un digito equivocado|digitei um numero errado")
#: ... which then showed another firm's things.
_ANOTHER_FIRM = (r"einer anderen firma|andere(?:n)? firma|(?:een )?(?:heel )?ander bedrijf|another company|"
                 r"a different "
                 r"company|other company'?s|une autre entreprise|otra empresa|outra empresa|un'altra azienda|"
                 # "een project ... van een bedrijf dat ik helemaal niet ken ... van weer andere bedrijven"
                 r"(?:bedrijf|firma|empresa|entreprise|societe|azienda|company) (?:dat|die|que|qui|che|that) (?:ik|"
                 r"ich|je|yo|eu|io|i|we|wir|nous) (?:\w+ ){0,2}(?:niet ken|nicht kenne|ne connais pas|no conozco|"
                 r"nao conheco|non conosco|(?:don'?t|do not) know)|andere bedrijven|anderer firmen|andere firmen|"
                 r"other companies|otras empresas|autres entreprises|outras empresas|altre aziende|"
                 # "und bekam die Rechnung einer Zahnarztpraxis in Graz"
                 r"\b(?:rechnung|factura|facture|fatura|fattura|factuur|invoice|board|projekt|project|proyecto|"
                 r"projet|projeto|progetto|tablero|tableau|quadro|bord) (?:einer|eines|de una|de un|d'une|d'un|"
                 r"de uma|de um|di una|di un|di uno|van een|of an?|from an?) (?!\w+ (?:von uns|of ours|"
                 r"de los nuestros))"
                 r"\w+")
#: The other firm's details on the page: who they are and how they pay.
_THEIR_DETAILS = (r"anschrift|adresse|address|direccion|endereco|indirizzo|adres\b|kreditkart\w*|credit card|tarjeta|"
                  r"carte bancaire|cartao|carta di credito|creditcard|iban|ust-id|vat (?:number|id)|telefon\w*|phone|"
                  r"telefono|telephone|e-?mail|namen?\b|name of|nombre|nom de|nome d|naam")

CONCEPT_REPORTED: tuple[Rule, ...] = (
    # a digit typed wrong in a link opened another firm's board: "beim Abtippen vertan ... das Board einer anderen"
    rule("SEC2", _TYPO, doc_need=_ANOTHER_FIRM,
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC2-typo-opens-another-firm"),
    # ... and the other firm's details were read: "bekam die Rechnung einer Zahnarztpraxis: Anschrift, ... Kreditkarte"
    rule("SEC1", _TYPO, need=_THEIR_DETAILS, doc_need=_ANOTHER_FIRM,
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-typo-shows-another-firms-details"),
    # "Tutte quelle chiuse ... con commenti e allegati, non ci sono più. Non sono nel cestino, ho tolto i filtri"
    rule("SEC4", words("non ci sono piu|non c'e piu|ya no estan|ya no esta|ne sont plus la|n'est plus la|"
                       "sind nicht mehr da|ist nicht mehr da|nao estao mais|nao esta mais|zijn er niet meer|"
                       "is er niet meer|are no longer there|is no longer there|aren't there anymore|"
                       "aren't there any more"),
         need=DATA_NOUN + r"|attivita|commenti|allegati|chiuse|tareas|comentarios|adjuntos|taches|commentaires|"
              r"aufgaben|kommentare|anhange|tarefas|anexos|taken|reacties|bijlagen|\bthey\b|\bquelle\b|\bthose\b",
         doc_need=r"(?:nel|en la|dans la|im|na|in de|in the|not in the|non (?:sono|e) nel) (?:cestino|papelera|"
                  r"corbeille|papierkorb|lixeira|prullenbak|trash|bin|recycle bin)",
         unless=r"how (?:do|can)|\?",
         doc_unless=r"ritrovat|found (?:them|it)|las encontre|retrouve|wiedergefunden|encontrei|teruggevonden|"
                    r"false alarm|falso allarme",
         guard="hypo", negatable=False, name="SEC4-gone-not-in-the-bin"),
    # a member nobody added: "Nobody in Finance knows who that is, our IT team says they didn't create it"
    rule("SEC1", words("knows who that is|knows who this is|know who that is|know who this is|knows who they are|"
                       "sabe quien es|sait qui c'est|weiss, wer das ist|sabe quem e|sa chi sia|weet wie dat is"),
         need=r"nobody|no one|no-one|none of us|nadie|personne|niemand|ninguem|nessuno",
         doc_need=r"member|account|\buser\b|gmail|hotmail|outlook\.com|yahoo|added|miembro|membre|mitglied|membro|"
                  r"lid\b",
         doc_unless=r"how (?:do|can) (?:i|we) (?:see|find|check)|false alarm|turned out|it was (?:our|my)",
         negatable=False, name="SEC1-member-nobody-knows"),
    # "if you right-click and 'view source' there's a long key in there with our workspace name next to it"
    rule("SEC2", words("view source|view-source|page source|source of the page|source code of the page|page's code|"
                       "code of the page|codigo fuente|code source|quelltext|codigo-fonte|codigo fonte|"
                       "sorgente della pagina|codice sorgente|broncode"),
         need=_SECRET,
         unless=r"how (?:do|can)|\?|(?:our|my) own (?:app|code|server|key)|public (?:key|site key)|publishable|"
                r"site ?key|recaptcha|analytics",
         guard="hypo", negatable=False, name="SEC2-key-in-the-page-source"),
    # "the confirmation email you sent me had my new password written in it, plain as day"
    rule("SEC2", words("password written in it|password written in the|password in plain|password in clear|"
                       "password in the email|password in the e-mail|new password written|had my new password|"
                       "had my password|shows my password|showed my password|contains my password|"
                       "contained my password|mot de passe en clair|contrasena en texto plano|contrasena en claro|"
                       "passwort im klartext|senha em texto|senha em claro|password in chiaro|"
                       "wachtwoord in platte tekst|wachtwoord leesbaar"),
         need=r"e-?mail|mail|message|confirmation|reset|sent|courriel|correo|nachricht|messaggio|bericht|envoy|"
              r"enviad|geschickt|inviat|gestuurd",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:wrote|typed|saved|put|stored|keep)|password manager|sticky note",
         guard="hypo", negatable=False, name="SEC2-password-sent-in-clear"),
    # "keeps answering after the invite is revoked, without any auth header, and the JSON contains ... the member list"
    rule("SEC2", words("without any auth|without an auth|without auth|no auth header|without authentication|"
                       "without any authentication|unauthenticated|without a token|without any token|"
                       "sin autenticacion|sans authentification|ohne authentifizierung|sem autenticacao|"
                       "senza autenticazione|zonder authenticatie"),
         need=r"returns?|answer\w*|respond\w*|contains|shows|gives|json|leak\w*|expos\w*|keeps? (?:working|answering)|"
              r"devuelve|renvoie|liefert|retorna|restituisce|geeft",
         also=r"member|e-?mail|name|data|list|record|user|role|token|key|miembro|membre|mitglied|membro|lid|datos|"
              r"donnees|daten|dados|dati|gegevens",
         unless=r"how (?:do|can)|\?|(?:should|must|does it|do we|do i) (?:\w+ )?(?:need|require)|health ?check|"
                r"status (?:endpoint|page)|public (?:api|endpoint|docs|page)",
         guard="hypo", negatable=False, name="SEC2-answers-without-authentication"),
    # "the big photo at the top is my three-tier cake. I took that photo in my own shop ... I never gave anyone
    # permission to use it"
    rule("LEG5", words("i took that photo|i took this photo|i took the photo|i took those photos|i took these photos|"
                       "is my photo|is my photograph|is my picture|is my image|is my drawing|is my illustration|"
                       "are my photos|are my photographs|are my pictures|are my images|are my drawings|"
                       "my photo on your|my photograph on your|my picture on your|my image on your|"
                       "my drawing on your|my illustration on your|my text on your|my recipe on your"),
         doc_need=r"(?:your|teamflow'?s) (?:[\w-]+ )?(?:home ?page|page|website|site|advert|ad|marketing|template|blog|"
                  r"brochure|app|gallery|banner)|(?:on|in) your",
         unless=r"how (?:do|can)|\?|(?:can|may) (?:i|we) (?:use|upload)|(?:i|we) (?:uploaded|added|posted|used)",
         doc_unless=r"(?:i|we) (?:gave|granted|licensed) (?:you|teamflow) (?:\w+ )?(?:permission|rights|licen[cs]e)",
         guard="hypo", negatable=False, name="LEG5-my-photo-on-your-page"),
    # "the zip holds a Windows executable disguised as a PDF. Staff have started clicking them"
    rule("SEC3", words("executable disguised|disguised as a pdf|disguised as an invoice|disguised as a document|"
                       "windows executable|exe file|.exe file|contains malware|holds malware|is malware|"
                       "carries malware|with malware|contain malware|a virus in|contains a virus|ransomware|trojan"),
         need=r"tasks?|links?|files?|attachments?|form|submissions|zip|comments?|cards?|invoices?|pdf|holds|contains",
         unless=r"how (?:do|can)|\?|(?:do|does|can) (?:you|teamflow) (?:\w+ )?scan|antivirus (?:software|scan|feature)|"
                r"(?:our|my) (?:own )?(?:laptop|computer|pc|machine)",
         guard="hypo", negatable=False, name="SEC3-malware-pushed-in"),
    # "Two colleagues had already typed their passwords into that page before someone noticed"
    rule("SEC3", words("typed their passwords into|typed their password into|typed his password into|"
                       "typed her password into|typed my password into|typed our passwords into|"
                       "entered their passwords on|entered their password on|entered their passwords into|"
                       "entered my password on|entered my password into|put their passwords into|"
                       "gave their passwords to|"
                       "entered their login details|typed in their login"),
         need=r"page|site|link|form|that|it",
         doc_need=r"fake|not you|isn'?t you|not teamflow|look-?alike|phish|suspended|verify|re-?verify|teamfl0w|"
                  r"imitat|pretend|strange (?:link|site|address)|odd (?:link|site|address)",
         unless=r"how (?:do|can)|\?|(?:our|the) (?:real|own) (?:login|sign-in)|password manager",
         guard="hypo", negatable=False, name="SEC3-staff-typed-passwords-into-a-fake-page"),
    # "un lien ... qui renvoie vers un site bizarre (...top) qui leur demande leurs identifiants Microsoft"
    rule("SEC3", words("demande leurs identifiants|demande leur mot de passe|demande vos identifiants|demande ses "
                       "identifiants|asks for their password|asks for their credentials|asked for their password|"
                       "asked for their credentials|asks them for their|asked them for their|asks for your password|"
                       "asks for your credentials|pide sus credenciales|pide su contrasena|pedia sus credenciales|"
                       "pede as credenciais|pede a senha|pedia a senha|pede o login e a senha|fragt nach ihren "
                       "zugangsdaten|fragt nach dem passwort|fragt nach ihrem passwort|verlangt ihre zugangsdaten|"
                       "chiede le credenziali|chiede la password|chiedeva la password|vraagt om hun wachtwoord|"
                       "vraagt naar inloggegevens|vraagt om inloggegevens|vraagt om hun inloggegevens"),
         need=r"site|link|lien|enlace|sitio|pagina|page|seite|webseite|sito|website|domain|domaine|dominio|url|"
              r"formul|form\b",
         doc_need=r"bizarre|strange|weird|\bodd\b|suspicious|unknown|fake|faux|fausse|falsch|gefalscht|fals[oa]|"
                  r"\bnep\b|look-?alike|imit|\braro\b|\brara\b|estranh|extran|seltsam|komisch|strano|strana|"
                  # "una pagina identica a quella di Microsoft 365"
                  r"\bidentic[ao]\b|\bidentique\b|\bidentisch\w*|\bidentiek\b|\bidentical\b|"
                  r"vreemd|\braar\b|verdacht|sospech|suspeit|sospett|louche|\.(?:top|ru|xyz|click|online|info|biz)\b|"
                  r"(?:not|isn'?t|n'est pas|no es|nicht|nao e|non e|niet) (?:\w+ )?(?:teamflow|yours|vous|ours|nuestro|"
                  r"unser|nosso|nostro|van jullie)",
         unless=r"how (?:do|can)|\?|\bsso\b|single sign-on|sign in with (?:microsoft|google)",
         guard="hypo", negatable=False, name="SEC3-link-asks-for-passwords"),
    # "un site qui ressemble a TeamFlow mais c'est pas le vrai, l'adresse c'est teamfl0w-login.com"
    rule("SEC3", words("ressemble a teamflow|looks like teamflow|looked like teamflow|parece teamflow|se parece a "
                       "teamflow|parece o teamflow|sieht aus wie teamflow|sah aus wie teamflow|sembra teamflow|"
                       "lijkt op teamflow|teamfl0w|teamf1ow|teamflow-login|teamflow-secure|teamflow-support|"
                       "teamflow-verify"),
         need=r"link|lien|enlace|site|sitio|seite|sito|adresse|address|domain|domaine|dominio|url|https?|\.com|"
              r"pas le vrai|not the real|no es el (?:verdadero|real)|nicht (?:das )?echt|nao e o verdadeiro|"
              r"non e (?:quello )?vero|niet de echte|pagina|page",
         unless=r"how (?:do|can)|\?$|(?:our|notre|nuestro|unser\w*|nosso|nostro|onze) (?:own )?(?:custom |"
                r"white[- ]?label )?(?:domain|domaine|dominio|domein)|"
                # a social post's address: "linkedin.com/posts/maria-santos_teamflow-support-activity"
                r"(?:linkedin|twitter|facebook|reddit|instagram|youtube|tiktok)\.com/|\bx\.com/",
         guard="hypo", negatable=False, name="SEC3-lookalike-site"),
    # "a link to log in with their Microsoft password ... some site that is definitely not ours"
    # "Der Link führt auf eine Seite, die aussieht wie unsere Bank und nach den Zugangsdaten fragt"
    rule("SEC3", words("password|passwords|wachtwoord|passwort|mot de passe|contrasena|senha|zugangsdaten|"
                       "credentials|login details|inloggegevens|identifiants|datos de acceso|dados de acesso|"
                       "credenziali"),
         need=r"(?:asking|asks|asked|ask|wants) (?:for |you for |them for |me for |me |us )?(?:your|their|my|his|her|"
              r"our) (?:\w+ ){0,2}(?:password|credentials|login details)|log ?in with (?:your|their|my|his|her) "
              r"(?:\w+ ){0,2}password|"
              r"(?:vraagt|vroeg) (?:om|naar) (?:je|jullie|hun|haar|zijn|uw) (?:\w+ )?(?:wachtwoord|inloggegevens)|"
              r"nach (?:dem|den|ihrem|ihren|deinem|deinen|seinem|seinen|eurem) (?:\w+ )?(?:passwort|zugangsdaten) "
              r"(?:fragt|fragte|verlangt)|(?:fragt|fragte) nach "
              r"(?:ihrem|ihren|deinem|seinem|dem|den|eurem) (?:\w+ )?(?:passwort|zugangsdaten)|(?:pide|pedia|"
              r"pidiendo) (?:su|tu|sus) (?:\w+ )?"
              r"contrasena|(?:pede|pedia|pedindo) (?:a sua|a tua|as suas|a) (?:\w+ )?senha|"
              # "uma página igualzinha à de login da Microsoft pedindo e-mail e senha"
              r"(?:pedindo|pede|pedir|pidiendo|pide|pedir|demandant|demande|chiedendo|chiede|asking for|asks for|"
              r"vraagt om|"
              r"fragt nach) (?:o |el |l'|the |your |seu |su |votre |il |je |ihr\w* )?(?:e-?mail|correo|adresse e-?mail|"
              r"login|usuario|utilisateur|username|gebruikersnaam|benutzername) (?:e|y|et|and|en|und) (?:a |la |le |"
              r"the |"
              r"il |het |das )?(?:senha|contrasena|mot de passe|password|wachtwoord|passwort)",
         doc_need=r"dressed up|disguised|made to look|look-?alike|fake|phish|definitely not|clearly not|"
                  r"igualzinh[ao]|identic[ao]|identique|identisch|identical|igualit[ao]|uguale|precies hetzelfde|"
                  r"genauso aussieht|sieht (?:genauso )?aus wie|aussieht wie|aussehen wie|ressemble|se parece|"
                  r"parece igual|sembra (?:proprio )?(?:il|la)|lijkt (?:precies )?op|"
                  r"(?:not|isn'?t) (?:ours|yours|teamflow|from you|from teamflow)|seemed odd|\bodd\b|weird|strange|"
                  r"suspicious|bizarre|louche|\brar[oa]s?\b|estranh|extran|seltsam|komisch|vreemd|verdacht|sospett",
         unless=r"how (?:do|can)|\bsso\b|single sign-on|(?:reset|change|forgot|forgotten|update) (?:\w+ )?password|"
                r"password (?:reset|manager|policy|rules?)",
         guard="hypo", negatable=False, name="SEC3-link-wants-their-password"),
    # "Attached to their sales email was a spreadsheet that is clearly an export of our 'Commercial Loan Pipeline'
    # board ... We removed their guest users in March, or at least we thought we did."
    rule("SEC1", words("export of our|copy of our|dump of our|exportacion de nuestro|exportacion de nuestra|"
                       "copia de nuestro|copia de nuestra|export de notre|copie de notre|export unseres|export unserer|"
                       "kopie unseres|kopie unserer|exportacao do nosso|exportacao da nossa|copia do nosso|"
                       "copia da nossa|esportazione del nostro|copia del nostro|export van ons|export van onze|"
                       "kopie van ons|kopie van onze"),
         need=r"attach|sent (?:us|me|to)|e-?mailed|adjunt|envia|\bjoint|angehangt|geschickt|anexad|enviad|allegat|"
              r"inviat|bijlage|bijgevoegd|gestuurd|received|recibi|recu|erhalten|recebe|ricevut|ontvangen|holding|"
              r"\bhas\b|\bhave\b|\btiene\b|\ba\b|\bhat\b|\btem\b|\bha\b|\bheeft\b",
         doc_need=r"removed (?:their|his|her|them|the)|supposedly (?:left|gone)|(?:after|since) (?:they|he|she) "
                  r"(?:\w+ )?left|no longer (?:work|works|working) with|former|\bex-|(?:contract|engagement|"
                  r"collaboration) (?:ended|was over)|(?:or at least|so) we thought|(?:consultan\w*|agency|vendor|"
                  r"competitor|third[- ]party)\b[^.!?]{0,80}(?:sales|offer|pitch|still)|never (?:sent|shared|gave)|"
                  r"nunca (?:lo |la )?(?:enviamos|compartimos|mandamos|demos)|jamais (?:envoye|partage)|"
                  r"nie (?:geschickt|geteilt|gegeben)|mai (?:inviato|condiviso)|nooit (?:gestuurd|gedeeld)|"
                  # the press holds it: "Eine Reporterin ... hat eine Kopie unserer Gehaltsliste vor sich liegen"
                  r"\b(?:reporter\w*|journalist\w*|periodista|giornalista|jornalista|verslaggever\w*)\b",
         unless=r"how (?:do|can)|\?|(?:i|we|yo|je|ich|wir|eu|io|ik|wij) (?:\w+ ){0,2}(?:sent|shared|exported|attached|"
                r"envie|enviamos|exporte|envoye|geschickt|exportiert|enviei|exportei|inviato|esportato|gestuurd|"
                r"geexporteerd)",
         guard="hypo", negatable=False, name="SEC1-our-export-in-outside-hands"),
    # "quando entrou na conta dela lhe apareceu o nosso projeto ... Eu nunca a convidei": our records in a stranger's
    # account
    rule("SEC1", words("o nosso projeto|o nosso quadro|os nossos projetos|nuestro proyecto|nuestro tablero|"
                       "nuestros proyectos|notre projet|notre tableau|nos projets|unser projekt|unser board|"
                       "unsere projekte|il nostro progetto|la nostra bacheca|i nostri progetti|ons project|ons bord|"
                       "onze projecten|our project|our board|our projects|our boards|our workspace"),
         need=r"apareceu|aparece|aparecio|aparecia|appeared|appears|show(?:s|ed)? up|showing up|\bsaw\b|\bsees\b|"
              r"can see|could see|apparait|apparu|\ba vu\b|\bvoit\b|erscheint|erschien|angezeigt|\bsieht\b|gesehen|"
              r"compare|comparso|apparso|\bvede\b|\bvisto\b|verschijnt|verscheen|\bziet\b|\bzag\b|\bviu\b|"
              r"voyait|voyaient|\bveia\b|vedeva|vedevano|\bsah\b|\bsahen\b|\bzagen\b|\bveian?\b|"
              r"\bve\b|\bvio\b",
         also=r"(?:her|his|their) (?:own )?account|conta (?:dela|dele|deles)|su (?:propia )?cuenta|"
              r"son (?:propre )?compte|(?:ihrem|seinem) (?:eigenen )?(?:konto|account)|(?:suo|loro) account|"
              r"(?:haar|zijn|hun) (?:eigen )?account|(?:her|his|their) (?:left )?(?:sidebar|menu|navigation)|"
              r"(?:haar|zijn|hun) (?:linker)?menu|(?:ihrem|seinem) (?:linken )?menu|(?:son|sa) (?:menu|barre "
              r"laterale)|su (?:menu|barra lateral)|(?:o )?menu (?:dela|dele)|(?:suo|loro) menu",  # "haar linkermenu"
         doc_need=r"(?:outra|otra|autre|andere|altra|another|other|different) (?:escola|escuela|ecole|schule|scuola|"
                  r"school|empresa|entreprise|firma|azienda|bedrijf|company|organi[sz]ation|club|clinica|clinique|"
                  r"klinik|kliniek|clinic|ciudad|cidade|ville|stadt|citta|stad|city|town)|nothing to do with us|"
                  r"nada a ver connosco|nada a ver com a gente|nada que ver con nosotros|rien a voir avec nous|"
                  r"nichts mit uns zu tun|niente a che fare con noi|niets met ons te maken|never invited|"
                  r"nunca (?:a|o|os|as|la|lo|los|las|le) (?:convidei|convidamos|invite|invitamos)|jamais invite|"
                  r"nie eingeladen|mai invitat|nooit uitgenodigd|(?:don'?t|do not) know (?:her|him|them|who)|"
                  r"(?:ha|han) sido invitad\w* nunca|nunca (?:ha|han) sido invitad|compiten con nosotros|"
                  r"nem sei quem|ni (?:se|sabemos) quien|ne sais (?:meme )?pas qui|weiss nicht,? wer|non so chi|"
                  r"weet niet wie",
         unless=r"how (?:do|can)|\?|(?:after|once|since|depois de|despues de|apres|nachdem|dopo|nadat) (?:\w+ )?"
                r"(?:i|we|eu|yo|je|ich|io|ik) (?:\w+ )?(?:invited|shared|added|convid|compart|invit|partag|eingeladen|"
                r"geteilt|condiviso|gedeeld|uitgenodigd)",
         guard="hypo", negatable=False, name="SEC1-our-project-in-a-strangers-account"),
    # "haar wachtwoord klopt niet meer en bij haar profiel staat ineens een mailadres dat eindigt op .ru"
    rule("SEC1", words("mailadres|e-mailadres|email address|e-mail address|adresse e-mail|adresse mail|"
                       "e-mail-adresse|mailadresse|direccion de correo|correo electronico|endereco de e-mail|"
                       "endereco de email|indirizzo e-mail|indirizzo email|recovery email|recovery e-mail|"
                       # "quando faccio 'password dimenticata' la mail va a un indirizzo che non è il nostro"
                       "un indirizzo che non|una direccion que no|une adresse qui n'est pas|eine adresse, die nicht|"
                       "eine adresse die nicht|um endereco que nao|een adres dat niet|an address that isn't|"
                       "an address that is not|"
                       # "o email da conta tinha sido mudado para um gmail que não é dele"
                       "o email da conta|o e-mail da conta|el correo de la cuenta|l'adresse du compte|"
                       "die e-mail-adresse des kontos|"
                       "l'email dell'account|het e-mailadres van het account|the account's email|the account email"),
         need=r"ineens|suddenly|plotzlich|auf einmal|soudain|tout a coup|de repente|improvvisamente|all'improvviso|"
              r"unknown|onbekend|unbekannt|inconnue?|desconocid|desconhecid|sconosciut|\.(?:ru|cn|xyz|top)\b|"
              r"eindigt op|ends (?:in|with)|endet auf|se termine par|termina (?:en|em|con)|finisce (?:con|in)|"
              r"(?:not|niet|nicht|pas|no|nao|non) (?:\w+ ){0,2}(?:ours|hers|his|van ons|van haar|unsere|ihre|la notre|"
              r"la sienne|nuestr|suy|noss|dela|dele|nostr|sua)|"
              r"(?:mudad|cambiad|change|geandert|cambiat|veranderd|changed|trocad)\w* (?:para|pra|a|pour|auf|in|naar|"
              r"to) ",
         doc_need=r"password|wachtwoord|passwort|mot de passe|contrasena|senha|parola d'ordine|"
                  r"(?:can'?t|cannot|unable to) (?:\w+ ){0,3}(?:log|sign) in|"
                  r"kan (?:\w+ ){0,2}niet (?:meer )?(?:\w+ ){0,3}"
                  r"inloggen|(?:nicht mehr|kann sich "
                  r"nicht) (?:\w+ )?(?:einloggen|anmelden)|ne (?:peut|peux|pouvons) plus (?:se )?connecter|no (?:puede|"
                  r"puedo|podemos) (?:entrar|iniciar)|nao (?:consegue|consigo|conseguimos) (?:entrar|aceder|acessar)|"
                  r"non (?:riesce|riesco|riusciamo) (?:ad |a )?(?:entrare|accedere)",
         unless=r"how (?:do|can)|\?|(?:i|we|ik|wij|we|ich|wir|je|nous|yo|eu|io) (?:\w+ ){0,3}(?:changed|updated|"
                r"veranderd|aangepast|geandert|change|modifie|cambie|cambiado|alterei|mudei|cambiato|modificato)\b",
         guard="hypo", negatable=False, name="SEC1-sign-in-address-swapped"),
    # "a free 'Occupancy Insights' add-on ... their sales rep sent a PDF 'sample report' ... our actual bookings ... We
    # never signed anything with this company or agreed they could pull our bookings out"
    rule("SEC1", words("add-on|addon|app directory|marketplace app|plug-in|plugin|extension"),
         doc_need=r"(?=[\s\S]*(?:never (?:signed|agreed|authori[sz]ed|consented)|(?:didn'?t|did not) (?:agree|consent|"
                  r"authori[sz]e)|nunca (?:firmamos|autorizamos|aceptamos|assinamos)|jamais (?:signe|autorise|accepte)|"
                  r"nie (?:unterschrieben|zugestimmt)|mai (?:firmato|autorizzato)|nooit (?:getekend|"
                  r"toegestemd)))[\s\S]*"
                  r"(?:sample report|(?:our|nuestr\w*|notre|nos|unser\w*|noss\w*|nostr\w*|onze) (?:actual |real )?"
                  r"(?:\w+ )?(?:bookings|guests?|clients|customers|data|list|records|reservas|reservations|buchungen|"
                  r"prenotazioni|boekingen))",
         unless=r"how (?:do|can)|\?|(?:install|add|use|enable) (?:an? |the )?(?:add-on|addon|plugin|extension)",
         guard="hypo", negatable=False, name="SEC1-add-on-took-our-data"),
    # "o gerente ... de uma empresa ... com a qual nao temos nenhuma relacao ... recebeu de voces o 'resumo semanal'"
    rule("SEC1", SUMMARY_MAIL,
         need=r"receiv|recebeu|receberam|recibio|recibieron|recibid|recebid|\brecu\b|a recu|ont recu|erhalten|montre|"
              r"recibiendo|recebendo|ricevendo|recevant|"
              r"showed|shown|mostro|gezeigt|mostrou|mostrato|liet zien|with (?:the|our)|avec (?:le|la|les|nos|notre)|"
              r"bekommen|ricevut|"
              r"ontvangen|got|gets|getting|kreeg|gekregen|bekommt|erhalt\b|recibe\b|recoit|recebe\b|riceve\b|krijgt|"
              r"recevai|recibia|recebia|riceveva|kreeg|bekam|"
              # "o relatório automático semanal desse projeto continua sendo enviado ... para um endereço @verticecom"
              r"arrivano|\bllegan\b|arrivent|kommen an|chegam|komen binnen|continua sendo enviado|sigue envi[a-z]*|"
              # "el resumen diario que le sigue llegando cada mañana"
              r"llegando|chegando|arrivando|\barrivant\b|continue de (?:lui |leur )?arriver|continua a arrivar\w*|"
              r"(?:immer noch|weiterhin) (?:\w+ )?an(?:kommt|kommen)|blijft (?:binnen)?komen|"
              r"arrivat[ao]|\bllego\b|\bchegou\b|angekommen|aangekomen|"
              r"continue d'etre envoye|wird weiterhin gesendet|continua a "
              r"essere inviato|wordt nog steeds verstuurd|still being sent|keeps being sent|"
              # "forwarded me this week's summary ..., which had arrived in her personal
              # Gmail"
              r"\bwent to (?:a|an|her|his|their|one|someone)\b|had arrived|arrived in|landed in|ended up (?:in|with|"
              r"at)|"
              r"(?:was|were|been|got) sent to",
         doc_need=_NEVER_OURS,
         unless=r"how (?:do|can)|\?|unsubscrib|(?:i|we) (?:am|are|'m|'re)? ?(?:still )?(?:getting|receiving)|"
                r"(?:want|like|need) to (?:send|share|add)",
         guard="hypo", negatable=False, name="SEC1-outsider-got-our-summary"),
    # "I clicked 'disable invite link' and got the green 'done' message ... It still let me straight into the board"
    rule("SEC2", words("still let me|still lets me|still let us|still lets us|still let them|still lets them|"
                       "still let her|still let him|doesn't turn it off|doesn't actually turn it off|"
                       "doesn't switch it off|doesn't actually switch it off|doesn't actually disable|"
                       "doesn't really disable|didn't turn it off|didn't actually turn it off"),
         need=r"\bin\b|into|link|invite|board|project|workspace|access|account|open|sign",
         doc_need=r"disabl|turn(?:ed|ing)? (?:it |the link |the invite )?off|switch(?:ed|ing)? (?:it |the link )?off|"
                  r"revok|deactivat|expired|removed",
         unless=r"how (?:do|can)|\?|(?:want|like|need) (?:it )?to|as (?:expected|intended|designed)|which is (?:fine|"
                r"good|great)",
         doc_unless=r"is (?:that|this|it) (?:normal|expected|how it works)",
         guard="hypo", negatable=False, name="SEC2-switched-off-but-still-lets-in"),
    # "um tal de 'MarketPro Parceiro' exportou minha lista de clientes ... Eu nunca autorizei parceiro nenhum, nem sei
    # quem e"
    rule("SEC1", words("exportou|exporto|a exporte|ont exporte|hat exportiert|haben exportiert|ha esportato|"
                       "hanno esportato|heeft geexporteerd|hebben geexporteerd|descarregou|descargo|baixou|"
                       "a telecharge|heruntergeladen|ha scaricato|heeft gedownload|exported|downloaded|"
                       # "Invece lui è ancora li dentro e si è scaricato tutto"
                       "si e scaricato|se descargo|s'est telecharge|se baixou"),
         need=r"list|lista|liste|clientes|clients|kunden|clienti|klanten|contact|board|tablero|quadro|projeto|"
              r"proyecto|projet|projekt|progetto|project|customers|members|socios|membres|mitglieder|soci|leden|lijst|"
              r"\btutto\b|\btodo\b|\btout\b|\balles\b|\btudo\b|everything|\bnomi\b|\bnombres\b|\bnoms\b|\bnamen\b|"
              r"\bnomes\b|\bnames\b|preis\w*|kalkulation\w*|price list|precios|\bprix\b|prezzi|prijzen|tabelle",
         doc_need=r"desligou|desligamos|desativei|desativamos|desactive|desactivamos|\bdeactivated\b|deaktiviert|"
                  r"disattivat|gedeactiveerd|foi trabalhar na concorrente|trabaja (?:ahora )?(?:en|"
                  r"para) la competencia|"
                  r"works for a competitor|bij ons weggegaan|uit teamflow gehaald|stond er niet meer in|werkt nu (?:op|"
                  r"bij) een andere|"
                  r"is weggegaan|ci ha lasciat[oa]|hat uns verlassen|nos dejo|nous a quitte|nos deixou|left us\b|"
                  r"si e dimess[oa]|(?:ero|era) convint[oa] di aver(?:lo|la) tolt[oa]|pensavo di aver(?:lo|"
                  r"la) tolt[oa]|"
                  r"renuncio|pensaba que l[oa] habia quitado|a demissionne|croyais l'avoir retire|ist ausgetreten|"
                  r"dachte,? ich hatte (?:ihn|sie) entfernt|pediu demissao|achei que (?:o |a )?tinha tirado|"
                  r"is opgestapt|dacht dat ik (?:hem|haar) had verwijderd|resigned|thought (?:i|we) had removed|"
                  r"nunca autorizei|nunca autorice|jamais autorise|nie autorisiert|mai autorizzato|nooit toestemming|"
                  r"never authori[sz]ed|nem sei quem|ni (?:siquiera )?se quien|ne sais (?:meme )?pas qui|"
                  r"weiss (?:nicht mal|nicht einmal|nicht),? wer|non so (?:nemmeno )?chi|weet niet (?:eens )?wie|"
                  r"(?:don'?t|do not) (?:even )?know who|"
                  # "Wir haben keinen Mitarbeiter, der so heißt, wir sind nur zu viert"
                  # "J'étais persuadé d'avoir retiré son accès"
                  r"persuade d'avoir retire|convinced (?:i|we) had removed|convencid[oa] de haber quitado|ich war "
                  r"(?:mir )?sicher,? (?:ihn|sie|den zugang|ihren zugang|seinen zugang) entfernt|convencid[oa] de ter "
                  r"tirado|convint[oa] di aver tolto|ervan overtuigd dat ik|"
                  r"keinen mitarbeiter,? der so heisst|(?:nobody|no one) (?:here )?(?:by|with|called) that name|nadie "
                  r"(?:que se llame asi|con ese nombre)|personne (?:de ce nom|qui s'appelle comme ca)|ninguem com esse "
                  r"nome|nessuno con quel nome|niemand met (?:die|deze) naam|"
                  # the owner away and nobody else on the account: "Ninguém aqui usou a conta dela."
                  r"ningu[eé]m (?:aqui )?(?:usou|utilizou) a conta (?:dela|dele)|nadie (?:aqui )?(?:ha )?(?:usado|uso) "
                  r"su cuenta|personne (?:ici )?n'a utilise son compte|niemand (?:hier )?hat (?:ihr|sein) konto "
                  r"(?:benutzt|verwendet)|nessuno (?:qui )?ha usato il suo account|niemand (?:hier )?heeft (?:haar|"
                  r"zijn) "
                  r"account gebruikt|(?:nobody|no one) (?:here )?(?:has )?used (?:her|his|their) account|"
                  # a guest nobody asked in: "Den hat bei uns niemand eingeladen"
                  r"(?:hat|haben) (?:\w+ ){0,3}niemand (?:\w+ )?eingeladen|(?:nobody|no ?one) (?:\w+ ){0,3}invited",
         unless=r"how (?:do|can)|\?|(?:i|we|eu|nos|yo|je|ich|wir|io|ik) (?:\w+ )?(?:exported|exportei|exporte|"
                r"exportiert|esportato|geexporteerd)",
         guard="hypo", negatable=False, name="SEC1-export-by-someone-never-authorised"),
    # "recebi mais de trinta emails ... de 'Pedido de redefinicao de palavra-passe' ... e eu nao pedi nenhum"
    rule("SEC3", words("pedido de redefinicao|pedidos de redefinicao|redefinicao de palavra-passe|redefinicao de senha|"
                       "password reset e-mails|password reset emails|reset e-mails|reset emails|"
                       "password reset requests|"
                       "demandes de reinitialisation|solicitudes de restablecimiento|restablecer la contrasena|"
                       "passwort-zurucksetzen|zurucksetzen des passworts|richieste di reimpostazione|"
                       "reimpostazione della password|wachtwoord-reset|wachtwoord opnieuw instellen"),
         need=r"\b\d{2,}\b|mais de|more than|over|dozens|loads|trinta|vinte|thirty|twenty|one after (?:another|the "
              r"other)|um atras do outro|uno tras otro|l'un apres l'autre|einer nach dem anderen|uno dopo l'altro|"
              r"de ene na de andere|des dizaines|decenas|dezenas|dutzende|decine|tientallen",
         doc_need=r"(?:niemand|nadie|personne|ninguem|nessuno|nobody|no one) (?:\w+ ){0,3}(?:aangevraagd|pidio|"
                  r"solicito|"
                  r"demande|angefordert|pediu|richiesto|asked|requested)|"
                  r"(?:nao|no|not|never|nie|non|niet|didn'?t|did not|haven'?t) (?:\w+ ){0,2}(?:pedi|pedimos|requested|"
                  r"asked|solicite|demande|angefordert|richiesto|aangevraagd|request)|nenhum|none of them",
         unless=r"how (?:do|can)|\?$|(?:i|we) (?:forgot|mistyped)",
         guard="hypo", negatable=False, name="SEC3-reset-mails-nobody-asked-for"),
    # "phone keeps buzzing w 'failed login attempt' alerts from teamflow. 60ish since lunch all diff ips"
    rule("SEC3", words("failed login attempt|failed login attempts|failed sign-in attempt|failed sign-in attempts|"
                       "login attempt alerts|failed login alerts|failed sign-in alerts"),
         doc_need=r"\b\d{2,} ?(?:ish|odd|\+)?\b|dozens|hundreds|loads of|keeps? (?:buzzing|coming|pinging)|"
                  r"diff(?:erent)? ips|all over the (?:world|place)",
         unless=r"how (?:do|can)|(?:i|we) (?:forgot|mistyped|typed (?:it|my password) wrong)|"
                r"(?:was|it'?s) (?:just )?me\b|"
                r"my (?:kid|son|daughter)",
         guard="hypo", negatable=False, name="SEC3-a-flood-of-failed-sign-ins"),
    # "we invited our print vendor as a guest to ONE project ... she can browse every project in our workspace"
    rule("SEC1", words("vedevano anche la cartella|vedono anche la cartella|veian tambien la carpeta|"
                       "voyaient aussi le dossier|"
                       "sahen auch den ordner|viam tambem a pasta|zagen ook de map|"
                       "can browse every|could browse every|can browse all|could browse all|can see every project|"
                       "could see every project|can open every project|could open every project|lists all our projects|"
                       "lists every project|sees every project|saw every project"),
         need=r"project|board|workspace|folder",
         doc_need=r"solo sul progetto|solo en el proyecto|seulement (?:sur|au) projet|nur (?:zu|in|auf) (?:dem|einem) "
                  r"projekt|so no projeto|alleen (?:op|in|voor) het project|"
                  r"guest|vendor|contractor|supplier|freelancer|agency|client|only (?:invited|added) (?:\w+ )?to "
                  r"(?:one|a single)|to one project|\bone project\b",
         unless=r"how (?:do|can)|\?|(?:want|like|need) (?:her|him|them)? ?to|"
                r"(?:should|should(?:n'?t)?) (?:she|he|they)",
         guard="hypo", negatable=False, name="SEC1-guest-browses-every-project"),
)
