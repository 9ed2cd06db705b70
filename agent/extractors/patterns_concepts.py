"""Concept rules for Security & Data Incidents, part one: who got in, and who should not have.

Customers rarely say "breach" or "vulnerability". They say that a person they removed still took
files, that an old link still worked, that a read-only share lets people delete, or that nobody
knows the admin who appeared overnight. Each rule here is one such idea about access and people,
spelled as families of phrases per language (en, es, fr, de, pt, it, nl); the usual guards
(questions about the company, hypotheticals, negation, own mistakes) keep them from firing on
questions and how-tos. What happens to the data and the pages themselves is in
``patterns_concepts_content``.
"""

from __future__ import annotations

from .lexicon import DATA_NOUN, NOTHING_ODD, OTHER_SERVICE_HACKED, Rule, rule, words
from .tampering_words import ELSEWHERE, TAMPER
from .took_data_words import ACTIONS_LISTED, TOOK_DATA

#: Someone's access was taken away, or they left: the first half of "removed but still got in".
REVOKED = words(
    # "Unsere frühere Aushilfe hat ... ein Foto gepostet"; "A nossa antiga rececionista saiu em setembro"
    "unsere fruhere|unser fruherer|unsere ehemalige|unser ehemaliger|notre ancienne|notre ancien|"
    "a nossa antiga|o nosso antigo|nuestra antigua|nuestro antiguo|onze voormalige|onze oud-|"
    # "deren drei Benutzer am 30.09. aus unserem Workspace entfernt - so dachten wir jedenfalls"
    "aus unserem workspace entfernt|aus dem workspace entfernt|aus unserem konto entfernt|zusammenarbeit beendet|"
    "ya no trabaja con nosotros|quitamos del equipo|lo quite del equipo|la quite del equipo|lo saque del equipo|"
    "aus unserem team raus|auftrag ist beendet|auftrag beendet|a termine sa mission|termine sa mission|"
    "on l'a retire de l'equipe|l'a retire de l'equipe|retiree de l'equipe|apres son depart|"
    "oublie de le retirer|oublie de la retirer|nos olvidamos de quitarlo|vergessen, ihn zu entfernen|"
    "dejo de trabajar con nosotros|ne travaille plus avec nous|arbeitet nicht mehr bei uns|"
    "nao trabalha mais conosco|non lavora piu con noi|werkt niet meer bij ons|"
    "took her off|took him off|took them off|taken off the|ended his access|ended her access|ended their access|"
    "seat we removed|access we removed|account we removed|pensait avoir retire|apres la fin de sa mission|"
    "apres la fin de leur mission|que despedimos|despedimos a|que echamos|despedi a|la despedi|lo despedi|"
    "mi ex empleada|mi ex empleado|mi exempleada|mi exempleado|access was supposed to end|contract finished|"
    "est parti fin|est partie fin|est parti en|est partie en|"
    "croyais l'avoir retire|pensais l'avoir retire|creia te-lo retirado|pensaba haberlo quitado|"
    "dachte, ich hatte ihn entfernt|pensavo di averlo tolto|dacht dat ik hem had verwijderd|we stopped working with|"
    "we parted ways with|we no longer work with|whose contract we ended|we off-boarded|we offboarded|off-boarded in|"
    "offboarded in|account removed|whose contract ended|whose contract had ended|whose contract has ended|"
    "login we removed|account we deactivated|access we revoked|forgot to remove|ayant quitte|laid off|was fired|"
    "abbiamo rimosso|rimosso il loro|rimosso l'utente|hemos eliminado su usuario|avons supprime son|"
    "avons supprime leur|"
    "removemos o usuario|hebben hun gebruiker verwijderd|"
    "l'abbiamo eliminato|l'abbiamo eliminata|l'abbiamo rimosso|l'abbiamo rimossa|abbiamo eliminato il suo|"
    "hem uit de werkruimte verwijderd|haar uit de werkruimte verwijderd|hebben hem verwijderd|hebben haar verwijderd|"
    "est partie le|est parti le|aurait du etre desactive|aurait du etre supprime|hatte deaktiviert werden|"
    "deberia haber sido desactivad|deveria ter sido desativad|avrebbe dovuto essere disattivat|"
    "had gedeactiveerd moeten|"
    "got fired|we fired|was sacked|we sacked|was dismissed|we dismissed|let go|"
    "forgot to deactivate|forgot to disable|"
    "never removed|never deactivated|should have been removed|should have been deactivated|removed her|removed him|"
    "removed them|removed his|"
    "removed her|revoked|deactivated|disabled his|disabled her|disabled their|offboarded|stopped working for|"
    "left the company|left our company|left us in|no longer works|no longer with|contract ended|end of contract|"
    "access was removed|access removed|access was revoked|rechte entzogen|zugang entfernt|zugang entzogen|"
    "zugriff entzogen|zugang gesperrt|konto deaktiviert|konto gesperrt|ausgeschieden|nicht mehr bei uns|"
    "hat uns verlassen|retire l'acces|retire ses droits|retire les droits|supprime son acces|desactive son|"
    "a quitte|ne travaille plus|quitado el acceso|quitamos el acceso|retiramos el acceso|revocamos|desactivamos|"
    "ya no trabaja|dejo la empresa|dejo la agencia|dejo el estudio|dejo la consultora|dejo la oficina|dejo el despacho|"
    "se fue de la empresa|se fue de la agencia|a quitte l'agence|a quitte le cabinet|hat die agentur verlassen|"
    "saiu da agencia|ha lasciato l'agenzia|heeft het bureau verlaten|removemos o acesso|removido o acesso|revogamos|"
    "desativamos|saiu da empresa|"
    "nao trabalha mais|tolto l'accesso|tolto i permessi|revocato|disattivato|non lavora piu|ha lasciato|"
    "fine contratto|seat we cancelled|seat we canceled|account we cancelled|account we closed|user we removed|"
    "l'acces a ete retire|acces a ete retire|acceso fue retirado|zugang wurde entzogen|acesso foi removido|"
    "accesso e stato revocato|toegang is ingetrokken|dimos de baja|dado de baja|excolaborador|exempleado|took him out|"
    "took her out|took them out|let her go$|let him go$|"
    "let them go|let a freelancer go|"
    "let a contractor go|let an employee go|let a designer go|let our|"
    "ended our contract|ended the contract|ended our collaboration|ended the engagement|ended our engagement|"
    "removed the agency|removed our agency|after removal|after his removal|after her removal|after their removal|"
    "after we removed him|after we removed her|after we removed them|freelancer we removed|contractor we removed|"
    "employee we removed|uit de werkruimte verwijderd|uit het team verwijderd|uit onze werkruimte verwijderd|"
    "aus dem arbeitsbereich entfernt|aus dem workspace entfernt|retire de l'espace|retire de notre espace|"
    "retire de notre equipe|quitado del espacio|"
    "removido do espaco|rimosso dallo spazio|oud-medewerker|ex-medewerker|ex-mitarbeiter|ehemaliger mitarbeiter|"
    "ancien salarie|ancien employe|ex-funcionario|ex-dipendente|ex-employee|former employee|is bij ons vertrokken|"
    "designer we removed|took his access away|took her access away|took their access away|took away his access|"
    "took away her access|our old agency|our former agency|"
    "our previous agency|terminamos el contrato|vertrag beendet|encerramos o contrato|contract beeindigd|"
    "let go|laid off|was fired|we fired|got fired|fired him|fired her|fired them|had fired|been fired|"
    "ex employee|ex-staff|former staff|que trabalhava connosco|que trabalhava conosco|que trabajaba con nosotros|"
    "qui travaillait avec nous|der bei uns gearbeitet|che lavorava con noi|die bij ons werkte|access we ended|"
    "whose access we|access was ended|access ended|dispensamos|"
    "retiramos-lhe o acesso|retiramos o acesso|tiramos o acesso|"
    "antigo colaborador|antiga colaboradora|closed his|closed her|closed their|entlassen|gekundigt|our former|"
    "former employee|"
    "desligamos|demitimos|despedimos|removed a freelancer|removed a contractor|removed an employee|removed a user|"
    "removed the freelancer|removed the contractor|removed a designer|"
    "on a vire|a ete vire|avons vire|despedimos|hemos despedido|rausgeworfen|gefeuert|demitimos|licenziato|"
    "doesn't work for us anymore|doesnt work for us anymore|does not work for us anymore|doesn't work here anymore|"
    "not with us anymore|no longer with us|login still works|account still works|still has access|"
    "still logging in|still logs in|trabaja mas con nosotros|travaille plus chez nous|arbeitet nicht mehr bei uns|"
    "trabalha mais conosco|lavora piu con noi|werkt niet meer bij ons|"
    "former member|former contractor|former designer|former colleague|ex-employee|ex-colleague|ehemalige|"
    "ancien employe|ancienne employee|antiguo empleado|antigua empleada|ex-funcionario|ex dipendente|voormalige|"
    "licencie|despedid|demitid|licenziat|ontslagen|toegang ingetrokken|toegang verwijderd|gedeactiveerd|"
    "werkt niet meer bij|uit dienst")
#: The same in verb-last word order (German, Dutch): the participle, and what it was done to.
VERB_LAST_REVOKED = words("entfernt|entzogen|gesperrt|deaktiviert|geloscht|verwijderd|ingetrokken|gedeactiveerd|"
                          "geblokkeerd")
VERB_LAST_ACCESS = (r"zugang|zugriff|konto|rechte|benutzer|account|lizenz|toegang|gebruiker|rechten|licentie|"
                    # "Ich habe sie noch am selben Tag aus unserem Team entfernt"
                    r"aus unserem (?:team|arbeitsbereich|workspace|projekt)|uit (?:ons|onze) (?:team|werkruimte|"
                    r"workspace|project)")
#: A link, token or session that does not expire ("doesn't seem to expire", "läuft nie ab").
NOT_EXPIRING = words(
    "from the old email|from the old e-mail|from an old email|from an old e-mail|link never dies|"
    "nach der benutzung|nach benutzung|nach dem gebrauch|apres utilisation|apres l'avoir utilise|despues de usarlo|"
    "despues de usarse|depois de usado|depois de usar|dopo l'uso|dopo averlo usato|na gebruik|after use|after using it|"
    "after being used|after it was used|"
    "doesn't seem to expire|does not seem to expire|don't seem to expire|do not seem to expire|never seems to expire|"
    "doesn't ever expire|don't expire|do not expire|doesn't expire|does not expire|never expire|never expires|"
    "isn't expiring|aren't expiring|not expiring|never expired|n'expire pas|n'expire jamais|n'expirent pas|"
    "no caduca|no caducan|no expira|no expiran|nunca caduca|nunca expira|lauft nie ab|laufen nie ab|"
    "lauft nicht ab|laufen nicht ab|nao expira|nao expiram|non scade|non scadono|verloopt niet|verlopen niet|"
    "verloopt nooit")
_OWN_MISTAKE = (r"how (?:do|can|should)|(?:want|need|like) to (?:remove|revoke|deactivate|offboard)|accident|"
                r"by mistake|per errore|per sbaglio|sin querer|por error|par erreur|par megarde|versehentlich|"
                r"aus versehen|sem querer|por engano|per ongeluk|per abuis|\?")
#: "Nobody here did it": denial that the team made an action (messages, users, changes, invites).
#: An erasure request under the GDPR for someone who left: their data is the subject, not an intrusion.
_ERASURE_REQUEST = (r"\bart\.? ?17\b|\b(?:article|articulo|artigo|artikel|articolo) 17\b|recht auf (?:loschung|"
                    r"vergessenwerden)|right to (?:erasure|be forgotten)|droit a "
                    r"l'(?:effacement|oubli)|derecho (?:de supresion|al olvido)|direito ao (?:apagamento|esquecimento)|"
                    r"diritto all'oblio|recht op (?:vergetelheid|gegevenswissing)")
#: The writer's own profile left visible after they left ("mein Name ... noch sichtbar"): an erasure matter.
_OWN_PROFILE_LEFT = (r"\b(?:mein|meine|my|mon|ma|mes|mi|mis|meu|minha|mijn) (?:name|naam|nom|nombre|nome|profil\w*|"
                     r"profile)\b[^.!?]{0,160}\b(?:sichtbar|visible|zichtbaar|visivel|visibile|still (?:shows?|shown|"
                     r"listed|there))")
NOT_US = words(
    "we didn't send|we did not send|we never sent|didn't send that|we haven't sent|we have not sent|"
    "we didn't create|we did not create|we never created|not created by us|we don't know these people|"
    "we don't know these addresses|we don't know any of these|haben nichts verschickt|haben wir nicht verschickt|"
    "haben wir nicht erstellt|haben wir nicht angelegt|wir kennen diese leute|wir kennen diese personen|"
    "wir kennen diese adressen|n'avons rien envoye|n'avons pas envoye|nous n'avons pas cree|no hemos enviado|"
    "no enviamos|no lo enviamos|no las creamos|no los creamos|no hemos creado|nao enviamos|nao criamos|"
    "nao os criamos|non abbiamo inviato|non li abbiamo creati|non le abbiamo create|non abbiamo creato|"
    "hebben wij niet gestuurd|hebben we niet gestuurd|hebben wij niet aangemaakt|hebben we niet aangemaakt|"
    "it wasn't us|it was not us|we did not write|we didn't write|nao fomos nos|no fuimos nosotros|"
    "ce n'est pas nous|ce n'etait pas nous|wir waren das nicht|das waren wir nicht|non siamo stati noi|"
    "wij waren het niet|dat waren wij niet|ninguem da equipe|ninguem da nossa equipe|nadie del equipo|"
    "nadie de nuestro equipo|personne de l'equipe|personne de notre equipe|niemand vom team|niemand aus dem team|"
    "niemand aus unserem team|nessuno del team|nessuno del nostro team|niemand van het team|niemand van ons team")
_ACCOUNT_THINGS = (r"admin|member|user|account|login|invit|message|e-?mail|notification|comment|post|task|"
                   r"administrat|membre|utilisateur|compte|einladung|nachricht|benutzer|nutzer|mitglied|konto|"
                   r"invitacion|usuario|miembro|cuenta|mensaje|convite|usuario|membro|conta|mensagem|invito|"
                   r"utent|messaggi|uitnodiging|gebruiker|lid\b|bericht|melding|added|ajout|hinzugefugt|anadid|"
                   r"adicionad|aggiunt|toegevoegd|schede|tarjetas|cartes|karten|cartoes|kaarten|columns|columnas|"
                   r"colonnes|spalten|colunas|colonne|kolommen|description|beschreibung")
#: Something that should have stopped working still works: an old link, a logged-out session.
STALE = words(
    "old link|old reset|old one|old token|old invite|expired link|previous link|after logging out|after log out|"
    "logs out|logged out|log out of|signing out|signed out|back button|bouton retour|bouton precedent|"
    "boton atras|zuruck-taste|zurucktaste|botao voltar|pulsante indietro|terugknop|apres deconnexion|"
    "apres m'etre deconnecte|despues de cerrar sesion|tras cerrar sesion|nach dem abmelden|nach der abmeldung|"
    "depois de sair|dopo il logout|dopo essere uscit|na het uitloggen|ancien lien|lien expire|enlace antiguo|"
    "enlace caducado|alten link|abgelaufenen link|link antigo|link expirado|vecchio link|link scaduto|oude link|"
    "verlopen link|not signed in|not logged in|without signing in|incognito|private window|"
    "nicht angemeldet|non connecte|sin iniciar sesion|sem login|sem estar logado|senza login|non loggato|"
    "niet ingelogd|never expires|never expire|doesn't expire|does not expire|n'expire jamais|no caduca|"
    "nunca caduca|lauft nie ab|nunca expira|non scade mai|verloopt nooit")
#: ... said the other way round: a link or session, old or expired, that still works.
ACCESS_ITEM = words(
    "link|links|token|session|invite link|reset link|lien|liens|jeton|enlace|enlaces|sesion|sitzung|"
    "einladungs|link de|sessao|collegamento|sessione|koppeling|sessie")
_STILL = (r"still (?:let|lets|work|works|worked|valid|active|usable|open|opens|logged)|funktionier\w* (?:immer )?noch|"
          r"noch immer|immer noch|sigue (?:funcionando|"
          r"activ|valid)|todavia funciona|aun funciona|funciona (?:todavia|aun)|fonctionne (?:encore|toujours)|"
          r"funktionier\w* (?:\w+ ){0,4}noch\b|mehrmals benutzen|mehrfach (?:benutzen|verwenden)|can be used (?:again|"
          r"more than once|several times)|se puede usar varias veces|peut (?:etre )?utilise plusieurs fois|"
          r"marche (?:encore|toujours)|funciona ainda|"
          r"toujours (?:valide|actif)|funktioniert (?:immer )?noch|immer noch (?:gultig|aktiv)|noch gultig|"
          r"ainda funciona|continua (?:funcionando|ativ|valid)|funziona ancora|ancora (?:valido|attiv)|"
          r"werkt (?:nog|nog steeds)|nog (?:steeds )?geldig|"
          # "il pouvait toujours ouvrir le fichier": the removed person could still open it
          r"could still|pouvait (?:toujours|encore)|peut (?:toujours|encore)|(?:podia|pode) ainda|ainda (?:podia|pode)|"
          r"(?:todavia|aun) (?:podia|puede)|(?:podia|puede) (?:todavia|aun|seguir)|(?:konnte|kann) (?:immer )?noch|"
          r"(?:poteva|puo) ancora|(?:kon|kan) (?:hij |zij |ze )?(?:nog|nog steeds)\b|"
          # "opened the old link and I was back in the board", "war wieder im Board drin"
          r"(?:i was|was|were|got|am|is) (?:right )?back in(?:side)? (?:the|our)\b|wieder (?:im|in|drin)\b|"
          r"(?:kam|komme|kommt) (?:\w+ )?(?:wieder|noch) rein|(?:de nuevo|otra vez) dentro|de nouveau dans|"
          r"(?:weer|opnieuw) in (?:het|ons|de)\b|di nuovo dentro|de novo dentro")
_AGED = (r"\bold\b|month|week|year|\bago\b|expired|previous|earlier|after|\balt|ancien|antigu|viej|antig|"
         r"vecchi|\boud|abgelaufen|expir|caduc|scadut|verlopen|nach |apres|despues|depois|dopo|na het|mois|"
         r"semaine|monat|woche|mes |semana|mese|settiman|maand|week|second time|deuxieme fois|otra vez|zweites mal|"
         r"segunda vez|seconda volta|tweede keer|same link|meme lien|mismo enlace|gleichen link|mesmo link|stesso link|"
         r"selben link|denselben link|"
         r"dezelfde link")
_STILL_WORKS = (r"(?:can|could) (?:get|walk|come) back in|(?:straight|right) back (?:in|into)\b|"
                r"still (?:work|valid|usable|open|active|let)|let me|lets me|allowed me|lets (?:anyone|you)|"
                r"clickable|usable|shows? up|visible|could (?:open|edit|see|change|set|reset|log)|was able to|"
                r"i could|works?\b|"
                r"brings? (?:back|up)|fonctionne|marche|permet|funciona|permite|funktioniert|geht noch|"
                r"funziona|permette|werkt|kon ik|pude|j'ai pu|konnte|consegui|sono riuscit|edit|modif|bearbeit")
#: The same request sent again by the lesser role, and the change went through.
_REPLAYED_AND_DONE = (r"(?:rimandat|replay|resent|re-sent|reenvi|renvoy|erneut (?:gesendet|geschickt)|opnieuw "
                      r"(?:verstuurd|verzonden)|sent (?:it|the request) again|reenviou|reenviad)\w*\b[\s\S]{0,200}?"
                      r"(?:eliminat|borrad|deleted|geloscht|supprim|apagad|verwijderd|cancellat|excluid)")
#: A share or role that should be limited allows more than it should.
LIMITED_ROLE = words(
    "read-only|read only|view-only|view only|viewer role|guest role|as a guest|lecture seule|role invite|"
    "role d'invite|solo lectura|rol de invitado|como invitado|nur lesen|nur-lese|schreibgeschutzt|gastrolle|"
    "als gast|somente leitura|apenas leitura|papel de convidado|como convidado|sola lettura|ruolo ospite|"
    "ruolo di ospite|come ospite|alleen lezen|alleen-lezen|gastrol|als gast|the member role|with the member role|"
    "member role can|rolle betrachter|rolle 'betrachter'|als betrachter|betrachter-rolle|rol de lector|como lector|"
    "role lecteur|en tant que lecteur|papel de leitor|como leitor|ruolo lettore|come lettore|rol kijker|als kijker|"
    "viewer permissions|as a viewer|the viewer role")  # "die Rolle 'Betrachter' ... kann trotzdem Aufgaben löschen"
_DOES_MORE = (r"modif|edit|delet|supprim|remov|chang|admin|elimin|borr|cambi|andern|bearbeit|losch|alter|exclu|"
              r"apag|cancell|wijzig|verwijder|bewerk|promot|upgrade|invite|export")
#: A sign-in, session or device where the person has never been.
NEVER_THERE = words(
    "never been to|never been in|never been there|i have never been|i've never been|nog nooit in|"
    "nog nooit geweest|nooit in|jamais ete|jamais alle|jamais mis les pieds|noch nie in|war noch nie|"
    "nunca he estado|nunca estuve|nunca estive|nunca fui|mai stato|mai stata|only use my own|only use a|"
    "n'utilise que|solo uso|nur mein|so uso|uso solo|gebruik alleen")
_SIGN_IN_THINGS = (r"account|login|log ?in|sign[- ]?in|session|device|apparaat|appareil|compte|connexion|cuenta|"
                   r"sesion|dispositivo|konto|anmeldung|gerat|sitzung|conta|sessao|accesso|account|sessione|"
                   r"ingelogd|inlog|open op|stond open|accessi|utente|\bentrat[oa]\b")
#: A protective step (second factor, code screen, consent) that can simply be skipped.
SKIPPABLE = words(
    "can be skipped|can be bypassed|skip the|skipped|uberspringen|ubersprungen|sauter l'etape|peut etre saute|"
    "se puede saltar|saltarse|pode ser pulad|pular a etapa|si puo saltare|saltare il|kan worden overgeslagen|"
    "overslaan")
_PROTECTION = (r"code|two-step|2fa|mfa|second factor|verification|verif|password|passwort|mot de passe|contrasena|"
               r"senha|wachtwoord|login|sign-?in|check|screen|ecran|pantalla|bildschirm|tela|schermata|scherm")
#: Someone on the company's side (support, a contractor, an engineer) who was let in ...
INSIDER = words(
    "your contractor|your contractors|your support engineer|your support engineers|your engineer|your engineers|"
    "your employee|your employees|your staff|your technician|your developer|your developers|your admin|"
    "your support agent|your support person|your support people|your support staff|your consultant|"
    "one of your employees|one of your engineers|"
    "one of your staff|one of your agents|one of your contractors|someone at teamflow|someone from teamflow|"
    "someone on your team|votre technicien|votre prestataire|un de vos employes|vuestro tecnico|su tecnico|"
    "uno de sus empleados|ihr techniker|ihr mitarbeiter|einer ihrer mitarbeiter|seu tecnico|um de seus "
    "funcionarios|il vostro tecnico|un vostro dipendente|uw medewerker|een medewerker van jullie")
#: ... and looked at or took records they had no business with.
_INSIDER_TOOK = (r"\b(?:read|opened|exported|downloaded|viewed|looked (?:at|through)|browsed|copied|went through|"
                 r"accessed|printed|shared|forwarded|consulte|exporte|telecharge|abrio|exporto|descargo|consulto|"
                 r"geoffnet|exportiert|heruntergeladen|eingesehen|abriu|exportou|baixou|aperto|esportato|scaricato|"
                 r"geopend|geexporteerd|gedownload|bekeken)\b")
_NOT_ASKED_FOR = (r"nothing to do with|no reason|without (?:our |my |any )?(?:permission|consent|reason|need)|"
                  r"not (?:authori[sz]ed|permitted|allowed|part of)|unrelated|beyond|outside (?:the|its|their) "
                  r"(?:scope|purpose)|never (?:asked|authori[sz]ed|agreed|gave)|didn'?t (?:ask|authori[sz]e|need|"
                  r"agree)|did not (?:ask|authori[sz]e|need|agree)|confidential|private|disciplinary|salar|medical|"
                  r"payroll|sans (?:notre )?autorisation|sin (?:nuestra )?autorizacion|ohne (?:unsere )?"
                  r"(?:genehmigung|erlaubnis|zustimmung)|sem (?:nossa )?autorizacao|senza (?:la nostra )?"
                  r"autorizzazione|zonder (?:onze )?toestemming|rien a voir|nada que ver|nichts zu tun|nada a ver|"
                  r"niente a che fare|niets te maken")
_HELPED_US = r"(?:with|had) (?:our|my) (?:permission|consent|approval)|as (?:we|i) asked|thank|how (?:do|can)|\?"
#: An outsider holding the customer's records, or offering them back for money.
OUTSIDER_HAS = words(
    "someone outside our company|someone outside the company|somebody outside our|person outside our|"
    "none of us knows|none of us know|nobody here knows|no one here knows|a stranger|an unknown person|"
    "people outside our|never dealt with|never worked with|a person we don't know|a person we do not know|"
    "someone we don't know|someone we do not know|public paste|paste site|pastebin|plaksite|site de partage|"
    "paste-seite|paste-site|sitio de pegado|gevonden op internet|op internet gevonden|op internet gezet|"
    "trouve sur internet|trouvees sur internet|trouves sur internet|publiees sur internet|im internet gefunden|"
    "im netz gefunden|im internet aufgetaucht|im netz aufgetaucht|encontrados en internet|encontro en internet|"
    "publicados en internet|encontrou na internet|encontrados na internet|publicados na internet|"
    "trovati su internet|trovato su internet|pubblicati su internet|alguien de fuera|alguem de fora|"
    "quelqu'un de l'exterieur|jemand von aussen|qualcuno da fuori|iemand van buiten|con la que nunca trabajamos|"
    "con el que nunca trabajamos|con quien nunca trabajamos|avec qui nous n'avons jamais travaille|"
    "mit der wir nie gearbeitet|com quem nunca trabalhamos|con cui non abbiamo mai lavorato|"
    "waar we nooit mee hebben gewerkt|"
    "found it online|found them online|found online|for sale on|being sold|selling our|wants money|asking for money|"
    "demanding money|demands money|pay him|pay them|pay up|keep quiet|blackmail|extort|ransom|chantaje|"
    "chantage|erpress|ricatto|chantagem|afpers|vendiendo nuestros|vend nos|verkauft unsere|vendendo nossos|"
    "vende i nostri|verkoopt onze")

CONCEPT_ACCESS: tuple[Rule, ...] = (
    rule("SEC2", SKIPPABLE, need=_PROTECTION, unless=r"how (?:do|can)|\?|(?:want|like|need) to skip|onboarding|"
         r"tutorial|tour|skip the (?:paid|payment|prints?|queue|line|meeting)|(?:clients?|customers?) screenshot|"
         # a job log: "0 records sent, 412 skipped (schema mismatch ...)"
         r"\b\d+ skipped\b|records? sent",
         name="SEC2-skippable-check"),
    # "we let a driver go on Friday ... on Saturday he exported our customer list"
    rule("SEC1", words("we let|we had to let"), need=r"\blet (?:\w+ ){0,6}go\b", doc_need=TOOK_DATA,
         unless=_OWN_MISTAKE + r"|how (?:do|can)|\?", negatable=False, name="SEC1-let-go-still-took"),
    rule("SEC1", REVOKED, doc_need=TOOK_DATA,
         unless=_OWN_MISTAKE + r"|no revoked|revoked tokens?|valid until revoked|auditor|retention|purge|"
                # an integration's error code: "TeamFlow: token_revoked" in Slack
                r"(?:message|error|erreur|fehler\w*|mensaje|mensagem|messaggio|melding|foutmelding|says|shows|zeigt|"
                r"dice|diz|affiche|dit)\W+(?:\w+ ){0,3}\W*(?:\w+\W+)?token revoked|"
                # a mouse button released: "the line appears while dragging and then vanishes when I let go"
                r"when (?:i|you|we|she|he) let go\b|let go of (?:the|it|my)|"
                # a rumour about the vendor: "someone's claim that half your staff got laid off"
                r"(?:your|their|teamflow'?s) (?:\w+ )?staff (?:got |were |was |have been )?laid off|"
                # the writer's own subscription ended: "Mein Abonnement habe ich bereits ... gekundigt"
                r"(?:abonnement|abo|vertrag|subscription|mitgliedschaft|lizenz)\w* (?:[\w.]+ ){0,6}gekundigt|"
                r"still (?:held|stored|kept)|none of them (?:signed|logged)|" + _OWN_PROFILE_LEFT + "|"
                r"let (?:him|her|them) go ahead|"
                # a drag released: "Let go -> the bar jumps back"; a feature missed: "Una cosa que echamos en falta"
                r"\blet go (?:->|-|and|of (?:the|it|them)|,)|"
                # a former pupil who complained to the regulator: "hat sich dort wohl über uns beschwert"
                r"(?:hat|haben) sich (?:\w+ ){0,5}beschwert|complained (?:to|about)|se ha quejado|s'est plaint|"
                r"reclamou|si e lamentat|heeft (?:\w+ )?geklaagd|"
                # a leaver's complaint to the regulator: "Anlass ist offenbar die Eingabe eines ehemaligen Mitarbeiters"
                r"\b(?:eingabe|beschwerde) (?:eines|einer) ehemaligen|complaint (?:from|by) (?:a|our) former|queja de "
                r"(?:un|una) antigu|plainte d'une? ancien|reclamacao de (?:um|uma) antig|reclamo di un ex|"
                r"klacht van een (?:oud|voormalig)|"
                # a public post, not data taken: "notre ancien entraîneur a publié hier sur le groupe Facebook"
                r"\b(?:a publie|posted|publicou|publico|gepostet|ha pubblicato|gepost|heeft geplaatst)\b[^.!?]{0,30}\b"
                r"(?:facebook|instagram|linkedin|twitter|reddit|tiktok)\b|(?:echamos|echo|echais|"
                r"echan) (?:\w+ )?(?:en falta|de menos)|"
                r"(?:case|claim|dispute|lawsuit|proceedings?|action) against (?:our|the|a) former|"
                r"requested deletion|deletion request|\bdpa\b|never (?:once )?(?:logged|signed) (?:in|on)|"
                # the former employee sues: "Een voormalige medewerker heeft ons bedrijf ... gedagvaard"
                r"\b(?:gedagvaard|aangeklaagd|verklagt|sued|suing|demandado|demandou|processou|nous poursuit|"
                r"nous a assigne|citato in giudizio|ci ha fatto causa)\b|"
                r"no (?:sign-?ins?|log-?ins?) after|untid|rather than anything worse|"
                # tasks handed to people who left: a bug of assignment, not an intrusion
                r"assign(?:ed|s|ing)? to (?:\w+ )?(?:deactivated|removed|former|departed|inactive) (?:users|members|"
                r"staff|people|accounts)|"
         r"previous owner|new owner|owner(?:ship)? (?:transfer|change)|transfer(?:ring)? (?:the )?ownership|"
         r"\b(?:as soon as|when|once|after|until) (?:i|you|we) let go\b|"
         # a wished-for feature: "a field like that would let our care coordinators keep ..."
         r"\b(?:would|could) let (?:our|us|the|my)\b",
         # seats given up and a refund asked for them: an account change, not an intruder; people removed long ago
         # who still show up in an export (a retention matter)
         doc_unless=r"(?:export|exports|backup|backups) (?:\w+ ){0,5}still (?:contains?|has|have)|"
                    # a former employee who is the other side in court: the records are evidence, not an intrusion
                    r"(?:judge|court|juiz|juez|juge|richter|gericht|giudice|rechter|tribunal)\b[^.!?]{0,60}(?:ordered|"
                    r"orders|determinou|ordeno|ordonne|angeordnet|ordinato|bevolen|opgedragen)|"
                    r"(?:refund|credit)\w* (?:\w+ ){0,4}(?:unused|remaining)|unused (?:months|seats|licen\w*)|prepaid|"
                    # a second paid workspace "opened by our former collaborator" and a refund for it
                    r"(?:opened|created|set up|started) by (?:our|a|the) former|(?:is )?not used since|"
                    # a widow closing her late husband's accounts
                    r"passed away|\bdied\b|late (?:husband|wife|father|mother|partner)|bereave|"
                    # an access review that found leavers still listed but nobody signed in: "so no harm done"
                    r"none of them (?:\w+ )?(?:signed|logged) in|no harm done|"
                    # a former treasurer who sued the club: the records are evidence, not an intrusion
                    r"verklagt|\bsued\b|nos demando|nous a poursuivi|ci ha fatto causa|aangeklaagd|processou|"
                    # the police want a leaver's history: "une réquisition signée du procureur"
                    r"\b(?:requisition|procureur|prosecutor|staatsanwalt\w*|procuratore|officier de police|police "
                    r"officer|subpoena|dagvaarding|mandado judicial|orden judicial)\b|"
                    + _ERASURE_REQUEST,
         negatable=False, name="SEC1-revoked-still"),
    # German and Dutch put the participle last ("den Zugang von Herrn K. ... entfernt"): the anchor is the
    # participle, the sentence must name the access or account.
    rule("SEC1", VERB_LAST_REVOKED, also=VERB_LAST_ACCESS, doc_need=TOOK_DATA,
         unless=_OWN_MISTAKE + r"|staan nog|nog in (?:de |het )?export|noch im export|encore dans l'export|still in "
                r"(?:the |our )?exports?|retention|bewaartermijn|verwerkersovereenkomst|\bavg\b|\bdpa\b|gdpr|"
                + _OWN_PROFILE_LEFT + r"|" + ACTIONS_LISTED,
         doc_unless=_ERASURE_REQUEST, negatable=False, name="SEC1-revoked-still-verb-last"),
    # A link or token that should expire but does not is a flaw in itself; "doesn't" here is not a negation
    # of the report, so the negation guard is off and questions are left to the info guard.
    rule("SEC2", NOT_EXPIRING, also=r"\w*link|\w*token|session|reset|invite|password|lien|enlace|sitzung|sessao|"
         r"sessione|sessie|jeton|passwort|mot de passe|contrasena|senha|wachtwoord",
         unless=r"how (?:do|can|long)|when (?:do|does|will)|should(?:n'?t)? (?:it|they)|can (?:i|we|you) make|"
                r"what we want|as (?:intended|designed|expected)|by design|which is (?:fine|good|great|ok)|"
                r"(?:that'?s|this is) (?:fine|good|great|ok)|we (?:like|prefer|need) (?:that|this|it)",
         doc_unless=r"is there a way to (?:make|set|have|get) (?:\w+ ){0,3}expir|count this as a (?:feature )?"
                    r"request|(?:as|a|this is a) feature request",
         negatable=False, name="SEC2-never-expires"),
    rule("SEC1", NEVER_THERE, doc_need=_SIGN_IN_THINGS,
         unless=r"passwor[dt] vergessen|forgot (?:my )?password|olvide (?:mi )?contrasena|oublie (?:mon )?mot de passe|"
                r"never been (?:spoken|talked|treated|addressed|so|this|more|introduced|contacted|assigned)|"
                r"esqueci (?:a )?(?:minha )?senha|dimenticato (?:la )?password|wachtwoord vergeten|keine sorge|"
                r"don'?t worry|"
                # "nunca fui tão mal atendida por um fornecedor": never so badly served
                r"nunca (?:fui|fue|he sido|fomos|hemos sido) (?:\w+ )?(?:tao|tan)\b|jamais (?:\w+ ){0,2}(?:aussi|si) "
                r"mal|noch nie so\b|mai (?:\w+ ){0,2}cosi male|nog nooit zo\b|"
                # "il secondo account non è mai stato usato": never used, not never there
                r"\bmai stat[oa] (?!(?:a|ad|in|nel|nella|negli|nelle|da|all\w*|li|la|qui|qua)\b)|"
                # "l'adresse n'a jamais été mise à jour": never been done, not never been somewhere
                r"jamais ete (?!(?:a|au|aux|en|dans|chez|la|ici|sur place)\b)|"
                # a question about someone away from the office, not a sign-in from where they never were; a
                # place guessed in brackets ("(Lagos ?)") is no question
                r"\?(?!\s*\))",
         # Italian and Spanish say never with a second negation ("non è mai stata in Romania"): it denies nothing
         negatable=False, name="SEC1-never-there"),
    rule("SEC1", words("niemand bei uns kennt|niemand kennt|kennt niemand|nadie conoce|nadie de nosotros conoce|"
                       "personne ne connait|personne chez nous ne connait|ninguem conhece|ninguem aqui conhece|"
                       "nessuno conosce|nessuno di noi conosce|niemand kent|niemand van ons kent|nobody here knows|"
                       "nobody knows this|no one knows this|no one here knows|nobody recognises|nobody recognizes|"
                       "no one recognises|no one recognizes|none of us recognise|none of us recognize|"
                       "we don't know|we do not know|ne connaissons pas|no conocemos|nicht kennen|nicht kenne|"
                       "nao conhecemos|non conosciamo|niet kennen|don't recognise|don't recognize|nobody added|"
                       "no one added|none of our admins added|none of our admins created|none of our admins invited|"
                       "no admin added|none of the admins added|aucun de nous ne|ninguno de nosotros|keiner von uns|"
                       "nenhum de nos|"
                       "nessuno di noi|niemand van ons"),
         need=r"admin|administrat|member|membre|miembro|mitglied|membro|lid\b|user|utilisateur|usuario|benutzer|"
              r"nutzer|utente|gebruiker|account|compte|cuenta|konto|conta|device|appareil|gerat|apparaat|login|"
              r"session|connexion|sesion|sitzung",
         doc_need=r"admin|administrat|amministrat|beheerder|verwalter|member|membre|miembro|mitglied|membro|lid\b|"
                  r"benutzer|konto|account|cuenta|compte|conta|\buser|usuario|utilisateur|utente|gebruiker|"
                  r"leden|device|appareil|gerat|dispositivo|apparaat|session|login|connexion|sesion|anmeldung",
         # a seat count defended against an invoice: "Nobody added users, the Members page still shows 10"
         unless=r"how (?:do|can)|\?|(?:members?|users?|seats?|team) page (?:still )?shows? \d+|still shows \d+ "
                r"(?:seats|users|members)|still (?:only )?\d+ (?:seats|users|members)|" + NOTHING_ODD,
         negatable=False, name="SEC1-unknown-person"),
    rule("SEC1", words("alguien ha entrado|alguien entro|alguien accedio|alguien ha accedido|alguien se ha conectado|"
                       "quelqu'un est entre|quelqu'un s'est connecte|quelqu'un a accede|jemand hat sich|"
                       "jemand ist in|jemand war in|alguem entrou|alguem acessou|alguem se conectou|"
                       "qualcuno e entrato|qualcuno ha acceduto|qualcuno si e collegato|iemand is ingelogd|"
                       "iemand heeft ingelogd|iemand is binnengekomen|someone got in|someone got into|"
                       "someone has got into|someone else logged|someone else signed|someone else got"),
         need=r"usuario|cuenta|compte|konto|conta|account|utente|identifiant|credencial|contrasena|password|senha|"
              r"zugang|login|acceso|acces|accesso|toegang|gebruiker|session|sesion|sitzung|sessao|sessione|"
              r"eingeloggt|angemeldet|logged|signed|workspace|espacio|espace|arbeitsbereich",
         unless=r"how (?:do|can)|\?|" + OTHER_SERVICE_HACKED, negatable=True, name="SEC1-someone-got-in-ml"),
    rule("SEC1", words("anmeldungen aus|anmeldung aus|logins from|log-ins from|sign-ins from|signins from|"
                       "inicios de sesion desde|accesos desde|conexiones desde|connexions depuis|"
                       "connexions en provenance|acessos de|logins de|entradas de|accessi da|login da|"
                       "aanmeldingen vanuit|inlogpogingen vanuit|logins vanuit|sitzung aus|session from|sesion desde|"
                       "session depuis|sessao de|sessione da|sessie vanuit|inlog vanuit|login vanuit|"
                       "ingelogd vanuit|inloggen vanuit"),
         doc_need=r"niemand (?:von|bei) uns|keiner von uns|nobody|no one|none of us|nadie|ninguno de nosotros|"
                  r"(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not) travel|no ha viajado|n'a pas voyage|"
                  r"nicht verreist|nao viajou|non ha viaggiato|niet op reis|"
                  r"personne (?:chez nous|de nous|ici)|aucun de nous|ninguem|nenhum de nos|nessuno|niemand van ons|"
                  r"not us|wasn'?t us|never been|nie dort|nie da|jamais ete|nunca (?:estuvimos|estivemos)|mai stat|"
                  r"nooit geweest|nicht wir|pas nous|no fuimos|nao fomos|non siamo stati|"
                  # "Dat hebben wij niet gestuurd"
                  r"(?:hebben|heb) (?:wij|we|ik) (?:dat |het )?niet (?:gestuurd|verstuurd)|we (?:didn'?t|"
                  r"did not) send (?:that|it|this)|nous n'avons pas envoye|no lo hemos enviado|"
                  r"haben wir nicht geschickt|non l'abbiamo mandato",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-foreign-sign-ins-ml"),
    rule("SEC1", INSIDER, need=_INSIDER_TOOK, doc_need=_NOT_ASKED_FOR, unless=_HELPED_US, negatable=False,
         name="SEC1-insider-took"),
    rule("SEC1", OUTSIDER_HAS, doc_need=DATA_NOUN + r"|list|liste|lista|lijst|spreadsheet|contacts|kontakte|"
         r"contactos|contatti|contacten|clients|clientes|kunden|clienti|klanten",
         unless=r"how (?:do|can)|(?:do|does|did|is|are|was|were|could|can) (?:you|teamflow|it|they|there)\b[^.!?]*\?|"
                r"(?:i|we) found (?:\w+ )?online|(?:photos?|images?|pictures?) (?:i|we) found|rather than (?:being )?"
                r"sold|instead of being sold|(?:practice|business|company|firm|shop|surgery|premises) (?:is|was|"
                r"are) (?:being )?sold",
         negatable=False, name="SEC1-outsider-has"),
    rule("SEC3", NOT_US,
         doc_need=_ACCOUNT_THINGS + "|" + DATA_NOUN + r"|prazos|plazos|delais|fristen|scadenze|deadlines",
         unless=r"how (?:do|can)|(?:can|could) (?:log ?in|access|sign)|\b(?:a|aan|bei|bij|para) (?:nadie|personne|"
                r"niemand\w*|ninguem|nessuno)\b|"
                # "Desde outubro ninguem da equipe usa mais a conta": the account is no longer used
                r"(?:usa|uses|use|utilise|nutzt|gebruikt|usava) (?:mais |more |plus |mehr |piu |meer )?(?:a |la |le |"
                r"das |l'|het |the )?(?:conta|cuenta|compte|konto|account)\b|"
                # the tool dropped: "nadie del equipo ha vuelto a entrar desde el día 17"
                r"ha vuelto a entrar|ha voltado a entrar|n'est revenu|ist (?:\w+ )?wieder reingegangen|"
                r"(?:has|have) (?:logged|signed) (?:back )?in since|"
                # a fault for the whole team: "nadie del equipo recibe notificaciones"
                r"\b(?:recibe|reciben|recoit|recoivent|erhalt|bekommt|recebe|recebem|riceve|ricevono|krijgt|ontvangt|"
                r"receives?|gets?) (?:\w+ )?(?:notificaciones|notifications|benachrichtigungen|notificacoes|notifiche|"
                r"meldingen|avisos|e-?mails|correos|mails)\b",
         negatable=False, name="SEC3-not-us-ml"),
    rule("SEC3", words("im namen unserer|im namen unseres|im namen von|au nom de notre|en nombre de nuestra|"
                       "en nombre de nuestro|em nome da nossa|em nome do nosso|a nome della nostra|a nome del nostro|"
                       "namens onze|in her name|in his name|under her name|under his name|under my name|"
                       "a nombre de nuestra|a nombre de nuestro|salen a nombre de|au nom de notre|"
                       "under my coworker|"
                       "under my colleague|as her|as him|en son nom|a su nombre|en su nombre|in ihrem namen|"
                       "in seinem namen|em nome dela|em nome dele|a nome suo|a suo nome|op haar naam|op zijn naam"),
         doc_need=r"holiday|vacation|away|switched off|turned off|asleep|on leave|off work|not at work|urlaub|"
                  # "Nessuno di noi ha mandato quegli inviti"
                  r"nessuno di noi ha (?:mandato|inviato|scritto)|nadie de nosotros (?:ha )?(?:mandado|enviado)|"
                  r"personne (?:chez nous|de nous|ici) n'a (?:envoye|ecrit)|keiner von uns hat|niemand (?:von|bei) uns "
                  r"hat|nenhum de nos (?:enviou|mandou)|niemand van ons heeft|none of us sent|nobody here sent|"
                  r"vacances|vacaciones|ferie|ferias|vakantie|wasn'?t (?:online|working|there)|never (?:wrote|"
                  r"posted|sent)|(?:didn'?t|did not) (?:write|post|send)|wasn'?t me|was not me|not me\b|offline|"
                  r"nichts (?:davon )?geschrieben|rien ecrit|nada escrito|nao escreveu|non ha scritto|niets geschreven|"
                  r"no ha escrito|n'a pas ecrit|hat nichts geschrieben|heeft niets geschreven|"
                  r"(?:fake|phishing|bogus|fraudulent)",
         negatable=False, name="SEC3-in-their-name"),
    rule("SEC2", STALE, need=_STILL_WORKS, unless=r"old ones? (?:aren'?t|are not|isn'?t|is not|don'?t|doesn'?t|never) "
         r"(?:get )?(?:updated|updating|synced|syncing|refreshed)|great|perfect|good news|as expected|what we want|"
         r"(?:we|i) (?:re-?)?(?:opened|"
         r"used|shared|reused) (?:the|our|an?) (?:old )?|how (?:do|can|long)|(?:do|does|will|would) (?:it|they|the "
         r"links?|your links?) (?:\w+ )?expire\b[^.!?]*\?|expired before|has expired|had expired|is expired|"
         r"was expired|new (?:link|one)|resend|send (?:me |us )?(?:a |another )|"
         # troubleshooting steps: "I did the cache clearing and private window thing like Sam said"
         r"(?:cache|cookies?) (?:clearing|cleared)|(?:did|tried) the (?:\w+ ){0,4}private window|like (?:\w+ )?"
         r"(?:said|suggested)|as (?:you|\w+) suggested", name="SEC2-stale-still-works"),
    rule("SEC2", ACCESS_ITEM, need=_STILL, also=_AGED, unless=r"how (?:do|can|long)|\?|new (?:link|one)|resend|great|"
         r"perfect|good news|as expected|what we want|(?:we|i) (?:re-?)?(?:opened|used|shared|reused) (?:the|our|"
         r"an?) (?:old )?|"
         r"(?:share|invite|public) link (?:still works|is still)(?![^.!?]*(?:after|expired|removed|revoked))",
         name="SEC2-old-item-still-works"),
    # a lesser role replays an owner's request and it works: "l'ha rimandata col suo account: la scheda è stata
    # eliminata davvero"
    rule("SEC2", LIMITED_ROLE, doc_need=_REPLAYED_AND_DONE, unless=r"how (?:do|can)|\?", negatable=False,
         name="SEC2-read-only-replayed-request"),
    rule("SEC2", LIMITED_ROLE, need=_DOES_MORE,
         also=r"can|could|able|allow|lets?\b|permet|peut|puede|permite|kann|konnen|pode|permite|puo|puo|deja|dejan|"
              r"laisse|lasst|deixa|lascia|se pueden|se puede|on peut|man kann|si puo|je kunt|pourrait|podria|"
              r"poderia|konnte|potrebbe|zou kunnen|"
              r"kan|laat|en realite|in fact|actually|really|tatsachlich|en realidad|na verdade|in realta|"
              r"eigenlijk|itself|a si mismo|lui-meme|sich selbst|a si mesmo|se stesso|zichzelf",
         unless=r"how (?:do|can)|(?:is|are) (?:there|it) (?:possible|a way)|(?:want|need|like) (?:to|a)|"
                r"(?:can|could) (?:you|we|i) (?:make|set|give|add|create)|should (?:not )?be able|\?|"
                r"(?:couldn'?t|can'?t|cannot|could not) find",
         name="SEC2-role-does-more"),
    rule("SEC2", TAMPER, need=ELSEWHERE,
         unless=r"how (?:do|can)|\?|(?<!no )(?<!without a )(?<!sans )(?<!sin )(?<!ohne )(?<!senza )(?<!sem )"
                r"(?:page not found|pagina non trovata|pagina no encontrada|page introuvable|seite nicht gefunden|"
                r"pagina nao encontrada|pagina niet gevonden|\b404\b)|"
                # the check works: "mi ha chiesto di accedere, giustamente"
                r"mi ha chiesto di accedere|asked me to (?:log|sign) in|me pidio (?:iniciar sesion|entrar)|"
                r"m'a demande de "
                r"me connecter|pediu-me para entrar|vroeg (?:me )?om in te loggen|giustamente|as it should",
         name="SEC2-tamper"),
)
