"""What a person who should have lost access then did with the data: saw it, opened it, took it away.

``TOOK_DATA`` is the second half of "removed but still got in" (``patterns_concepts``): a former helper who "sehe immer
noch alles", a leaver's screenshot, "Exported 412 cards", a digest the leaver still receives.
"""

from __future__ import annotations

#: Taking or seeing the data: the second half of "removed but still got in".
TOOK_DATA = (
    r"(?:capture d'ecran|captura de pantalla|screenshot|bildschirmfoto|captura de tela|schermata|schermafbeelding|"
    # "me manda un whatsapp con una captura ... 'oye que sigo viendo vuestras cosas'"
    r"\bcapturas?\b|sigo viendo|sigue viendo|je vois toujours|sehe immer noch|ainda vejo|continuo a vedere|"
    # "o nosso antigo estafeta ... mandou uma foto do ecrã ... ainda consegue ver tudo"
    r"foto do ecra|foto da tela|foto de pantalla|photo d'ecran|photo de l'ecran|foto vom bildschirm|"
    r"foto dello schermo|foto van het scherm|photo of the screen|ainda consegue ver|todavia puede ver|"
    r"peut (?:encore|toujours) voir|kann immer noch (?:alles )?sehen|riesce ancora a vedere|kan nog steeds (?:alles )?"
    r"zien|"
    # "ein Foto gepostet von unserer Notfallkontaktliste ... 'lol ich seh immer noch alles bei euch'"
    r"seh(?:e)? immer noch alles|i can still see everything|ik zie nog steeds alles|(?:foto|photo|bild|picture) "
    r"(?:\w+ ){0,2}gepostet|gepostet (?:\w+ ){0,2}(?:von|aus) unser|posted a (?:photo|picture|screenshot) of our|"
    # "per WhatsApp ein Foto von seinem Handy geschickt: darauf unsere Belegungsübersicht"
    r"\bfoto (?:von|vom|de|du|do|da|di|van) (?:seinem|ihrem|son|su|seu|sua|suo|zijn|haar|his|her) "
    r"(?:handy|telefon|telephone|telefono|telemovel|celular|telefoon|phone|bildschirm|ecran|pantalla|tela|schermo|"
    r"scherm|screen)|photo of (?:his|her|their) (?:phone|screen)|"
    # "Gestern hat sie ... per WhatsApp ein Foto geschickt ... Auf dem Foto ist eindeutig unser Board zu sehen"
    r"auf dem foto|on the photo|in the photo|sur la photo|en la foto|nella foto|na foto|op de foto|"
    r"vorgelesen|lu a voix haute|leyo en voz alta|leu em voz alta|letto ad alta voce|voorgelezen|"
    r"read (?:\w+ ){0,4}out to|"
    r"zie nog steeds|still (?:see|seeing) (?:your|our|all)|"
    r"nos conto|nos dijo|nous a raconte|hat uns erzahlt|contou-nos|ci ha raccontato|vertelde ons|told us (?:about|"
    r"details)|had a look|took a look|\ba montre|\bmontre (?:notre|nos|le|la|les)|hat (?:\w+ )?gezeigt|mostrou|"
    r"ha mostrato|"
    r"enseno|mostro (?:nuestr|el|"
    r"la)|"
    r"laten zien|showed (?:him|her|them|our)|(?:l'a|la ha|lo ha|hat es) (?:encore |todavia |noch )?(?:ouvert|abierto|"
    r"geoffnet|aperto)|"
    r"download\w*|export\w*|open(?:ed|s)\b|view(?:ed|s)\b|access(?:ed|es)\b|logged in|signed in|copied|"
    r"forwarded (?:our|the|a|all)|sent (?:our|the|all) (?:\w+ ){0,3}(?:list|spreadsheet|file|data|contacts)|"
    # "dass er weiterhin jeden Morgen die Tageszusammenfassung ... bekommt"
    r"weiterhin\b[^.!?]{0,100}\b(?:bekommt|erhalt|bekommen|erhalten)\b|(?:bekommt|erhalt) (?:immer noch|"
    r"weiterhin|noch immer)|"
    # "drei erfolgreiche Anmeldungen mit seiner E-Mail-Adresse" after the account was removed
    r"\berfolgreiche\w* anmeldung\w*|\bsuccessful (?:sign-?ins?|log-?ins?)\b|\binicios? de sesion (?:correctos?|"
    r"exitosos?)\b|\bconnexions? reussies?\b|\baccessi riusciti\b|\bsuccesvolle (?:aanmeldingen|inlogs?)\b|"
    r"\blogins? bem-sucedidos?\b|"
    # "LinguaBridge kept receiving the text of our onboarding tasks ... through your webhook"
    r"\bkept (?:on )?(?:receiving|getting)\b|\bcontinued (?:to receive|receiving|to get|getting)\b|"
    r"(?:continuano|continua) a ricevere|siguen recibiendo|continuent (?:a|de) recevoir|(?:erhalten|"
    r"bekommen) (?:immer noch|"
    r"weiterhin)|continuam (?:a )?receb\w*|ontvangen nog steeds|still (?:get|gets|receive|receives) (?:our|the|"
    r"their) (?:\w+ )?(?:reports?|data|lists?|exports?|files?|digests?)|"
    r"comment(?:ed|s)\b|edit(?:ed|s)\b|heruntergeladen|exportiert|geoffnet|angesehen|eingesehen|angemeldet|"
    r"eingeloggt|kommentiert|bearbeitet|telecharge|exporte|consulte|ouvert|connecte|commente|modifie|descargo|"
    r"exporto|accedio|abrio|consulto|comento|edito|entro|baixou|exportou|acessou|abriu|comentou|editou|entrou|"
    r"scaricato|esportato|visto|aperto|commentato|modificato|entrato|acceduto|gedownload|geexporteerd|geopend|"
    r"bekeken|ingelogd|gereageerd|bewerkt|vede ancora|ve todavia|voit toujours|sieht immer noch|ve ainda|"
    r"ziet nog|still (?:see|sees|has|have|open|access)|(?:still )?able to (?:see|open|access|view)|screenshot|"
    r"baixad|descargad|telechargee?s?|heruntergeladen|scaricat|gedownload|todavia (?:puede|pueda) entrar|"
    r"sigue entrando|moviendo|moving cards|editing cards|still gets? in|peut encore entrer|immer noch rein|"
    r"ainda consegue entrar|ancora entrare|nog steeds binnen|"
    r"printed|saved|gespeichert|gedruckt|imprime|enregistre|descarreg\w*|what else (?:he|she|they) took|\btook (?:our|"
    r"all|a copy|"
    r"copies|the (?:whole|entire|full|complete)|(?:the )?(?:data|"
    r"list|files|contacts|records|export))\b|"
    r"pulled (?:\w+ ){0,3}(?:out|down|list|data|records|"
    r"files|contacts)|"
    r"imprimio|guardo|imprimiu|salvou|stampato|salvato|afgedrukt|opgeslagen)")

#: Actions listed, not done: "wie wanneer een taak heeft aangemaakt, gewijzigd of verwijderd" (an audit log wished for).
ACTIONS_LISTED = (r"\b(?:aangemaakt|gemaakt|created|erstellt|angelegt|cree|creado|criado|creato),? (?:\w+,? ){0,2}"
                  r"(?:gewijzigd|bewerkt|changed|edited|modified|geandert|bearbeitet|modifie|modificado|modificato|"
                  r"alterado),? (?:of|or|oder|ou|o|en|and|und|et|y|e) (?:\w+ )?(?:verwijderd|deleted|removed|geloscht|"
                  r"entfernt|supprime|eliminado|borrado|apagado|eliminato|cancellato)\b")
