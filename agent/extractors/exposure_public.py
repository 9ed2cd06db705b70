"""Records found on the open web by someone who searched for a name: published, so seen by anyone.

Part of ``exposure_reports.EXPOSED``: "en tapant son nom sur Google, il est tombé sur une page ... où l'on voit son
nom, sa date de naissance et le détail de ses soins".
"""

from __future__ import annotations

FOUND_ON_THE_WEB = (
    # "Auf einer Instagram-Seite, die wir nicht kennen, sind Fotos aus unserem Board 'Sommerfest' zu sehen"
    r"|\b(?:instagram|facebook|tiktok|linkedin)[\w-]*\b[^.!?]{0,100}\b(?:aus unserem|from our|de notre|de nuestro|"
    r"do nosso|"
    r"dal nostro|uit ons)\b[^.!?]{0,60}\b(?:zu sehen|visible|to see|a voir|se ven|si vedono|te zien|publicad\w*|"
    r"posted|veroffentlicht|publie\w*|pubblicat\w*)"
    r"|(?:(?:sur|on|en|auf|no|su|op|via|bei|do|del|di|von|van) (?:google|bing|duckduckgo)|(?:googled|googlete|"
    r"googelte|googlou|"
    r"googlato|gegoogeld|gegoogled|gegoogelt)\b)[^.!?]{0,200}\b(?:(?:son|sa|ses|su|sus|sein\w*|ihr\w*|seu|sua|seus|suo|sua|zijn|haar|his|her|their|"
    r"leurs?) (?:nom|nombre|name|nome|naam|date de naissance|fecha de nacimiento|geburtsdatum|data de nascimento|"
    r"data di nascita|geboortedatum|date of birth|adresse|direccion|adresse|endereco|indirizzo|adres|address|"
    r"telephone|telefono|telefon|telefoon|phone)|noms|nombres|namen|nomes|nomi|names|dossiers?|records|"
    r"geburtsdatum|date of birth|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|"
    r"date de naissance)\b"
    # a member of the public read it all: "Hij kon alles lezen zonder in te loggen"
    r"|\b(?:hij|zij|he|she|they|il|elle|ils|el|ella|er|sie|ele|ela|lui|lei) (?:kon|konden|could|pudo|pudieron|pouvait|"
    r"pouvaient|konnte|konnten|podia|podiam|poteva|potevano|was able to|were able to) (?:alles|everything|todo|tout|"
    r"tudo|tutto) (?:lezen|read|leer|lire|lesen|ler|leggere|zien|see|ver|voir|sehen|vedere)\b[^.!?]{0,20}"
    r"(?:zonder in te loggen|without (?:logging|signing) in|sin iniciar sesion|sans (?:se )?connecter|ohne anmeldung|"
    r"ohne (?:sich )?einzuloggen|sem (?:fazer )?login|senza (?:fare )?(?:login|accesso))"
)
