"""What the reports of attacks look like in a ticket: landing in an organisation one does not know,
text that ran as code, a look-alike address that asks for a log-in, a stray quote that shows the
database, a role change that gives admin rights.

Split out of ``patterns_concepts_content``, which re-exports the names.
"""

from __future__ import annotations

from .lexicon import words

#: Finding oneself inside an organisation one does not know.
FOREIGN_PLACE = words(
    "i don't know|we don't know|never heard of|never worked for|never worked at|nie gearbeitet|"
    "jamais travaille|nunca trabaje|nunca trabalhei|mai lavorato|nooit gewerkt|domain we've never seen|"
    "domain we have never seen|que no conozco|que no conocemos|que je ne connais pas|"
    "que nous ne connaissons pas|das ich nicht kenne|die ich nicht kenne|den ich nicht kenne|das wir nicht kennen|"
    "que nao conheco|que nao conhecemos|che non conosco|che non conosciamo|dat ik niet ken|die ik niet ken|"
    "dat we niet kennen")
ORG_PLACE = (r"domain|domaine|dominio|domein|address|adresse|endereco|indirizzo|adres|workspace|company|"
              r"organi[sz]ation|studio|agency|firm|team|espacio|empresa|estudio|agencia|espace|"
              r"entreprise|societe|agence|arbeitsbereich|firma|unternehmen|agentur|espaco|agencia|spazio|azienda|"
              r"agenzia|werkruimte|bedrijf|bureau|kantoor")
#: Text typed into a field runs as code when someone else opens it.
RAN_AS_CODE = words(
    "script|javascript|html|code|codigo|skript|codice")
EXECUTED = (r"alert\b|alerte|alerta|s'ouvre|se abre|offnet sich|si apre|gaat open|pops? up|execut|\bran\b|\bruns\b|"
             r"janel(?:inha|a)|ventanita|ventana emergente|fenetre|fensterchen|finestrella|venster|popped up|"
             r"got run|popup|pop-up|alert box|ejecut|ausgefuhrt|eseguit|uitgevoerd|"
             r"s'est execute|se ejecuto|wurde ausgefuhrt|foi executad|si e eseguit|werd uitgevoerd")
#: A page that imitates the product to collect sign-ins or payments.
LOOKALIKE = words(
    "looks like yours|look like yours|looks like ours|looks like teamflow|lookalike|look-alike|fake login|"
    "fake page|false teamflow page|fake teamflow page|false page|false login|fake sign-in|fake sign in|"
    "ressemble a la votre|ressemble a la notre|se parece a la suya|se parece a la nuestra|"
    "sieht aus wie ihre|sieht aus wie unsere|parece com a vossa|parece a vossa|sembra la vostra|"
    "sembra la nostra|lijkt op de onze|lijkt op die van jullie|looks like your login|looks like your sign-in|"
    "looks like a microsoft login|looks like the microsoft login|looks like a google login|looks like a login page|"
    "looks like an office 365 login|looks like a microsoft sign-in|looks like our bank|looks like a bank|"
    "looks like your bank|looks like the bank|"
    # "un site qui ressemble au vôtre mais qui n'est pas le vôtre"; "een inlogpagina die op die van Microsoft lijkt"
    "ressemble au votre|ressemble au notre|ressemble a celle de|ressemble a celui de|op die van microsoft|"
    "op die van google|op die van jullie|op de inlogpagina|se parece al suyo|se parece al de|parece o vosso|"
    "parece a de|sembra quella di|sembra il vostro|sieht aus wie die von|fausse page|faux site|"
    "pagina falsa|pagina falsificada|falsche seite|gefalschte seite|nep-pagina|neppagina|nepsite|nep-site")
HARVEST = (r"log ?in|sign ?in|password|verify|confirm|invoice|bank|card|payment|credential|connect|identif|"
            r"mot de passe|verifier|confirmer|facture|contrasena|verificar|factura|passwort|bestatigen|rechnung|"
            r"senha|fatura|verificare|fattura|wachtwoord|bevestigen|factuur|inlog|anmelden|accedi|entrar")

#: A stray quote character that makes the page show the database's own words (table names, the query).
STRAY_QUOTE = words("apostrophe|single quote|quote character|quotation mark|comilla|apostrof|apostroph|aspas|apice|"
                    "aanhalingsteken|guillemet")
DATABASE_SHOWS = (r"table names?|noms? de tables?|nombres? de (?:las )?tablas?|tabellennamen|"
                   r"nomes? (?:das |de )?tabelas?|"
                   r"nomi (?:delle )?tabelle|tabelnamen|\bsql\b|query|requete|consulta|abfrage|stack ?trace|"
                   r"database error|erreur (?:de )?base|error de (?:la )?base|datenbankfehler|erro de banco|"
                   r"errore (?:del )?database|databasefout")
#: A guest or viewer who turns into an administrator by changing a value.
BECOMES_ADMIN = words("permessi di amministratore|permisos de administrador|droits d'administrateur|"
                      "permissoes de administrador|beheerdersrechten|admin permissions|administrator permissions|"
                      "droits d'administration|derechos de administrador|adminrechte|administratorrechte|"
                      "direitos de administrador|diritti di amministrazione|beheerrechten|all admin rights|full admin "
                      "rights|becomes an administrator|becomes an admin|becomes admin|become an administrator|"
                      "become an admin|"
                      "become admins|gets admin rights|se convierte en "
                      "administrador|se vuelve administrador|devient administrateur|devient admin|"
                      "wird zum administrator|"
                      "wird zum admin|wird administrator|vira administrador|torna-se administrador|diventa "
                      "amministratore|diventa admin|wordt beheerder|wordt admin|"
                      # 'die Rolle von "Gast" auf "Admin" umstellen, was dann auch gespeichert wird'
                      "auf admin umstellen|auf \"admin\" umstellen|auf administrator umstellen|to admin and it saves|"
                      "a administrador y se guarda|en admin et c'est enregistre|para admin e fica gravado|"
                      "ad admin e viene salvato|naar beheerder en het wordt opgeslagen")
