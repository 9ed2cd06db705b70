"""Ways a report tells that someone outside saw the data, added as new held-back sets showed them.

``exposure_reports.EXPOSED`` starts with these; they are kept apart so that module stays small. Each entry ends
with "|" so the next alternative follows it.
"""

from __future__ import annotations

#: Neighbours' records, another firm's staff, screenshots posted, boards read without logging in, text read out.
SEEN_BY_CONSEQUENCE = (
    # "die komplette Kampagnenplanung eines anderen Kunden ... mit Budgets ... und den Handynummern"
    r"\b(?:eines anderen kunden|einer anderen kundin|de otro cliente|d'un autre client|de outro cliente|di un altro "
    r"cliente|van een andere klant|of another (?:client|customer))\b[^.!?]{0,80}\b(?:namen|names|nombres|noms|nomes|"
    r"nomi|telefon\w*|handynummern|phone\w*|budgets?)\b|"
    # our list received by someone without access: "recibió un correo ... iba adjunto el listado completo con nombre,
    # DNI e IBAN"; "ha ricevuto ogni settimana ... l'esportazione completa ... (nomi, email"
    r"\b(?:recibio|ha recibido|recibieron|recebeu|receberam|ha ricevuto|hanno ricevuto|a recu|ont recu|hat erhalten|"
    r"riceve ancora|recibe todavia|recoit encore|recoit toujours|erhalt immer noch|ainda recebe|krijgt nog steeds|"
    r"still receives|still gets|"
    r"haben erhalten|heeft ontvangen|hebben ontvangen|received)\b[^.!?]{0,120}\b(?:listado|lista|listing|liste|list|"
    r"export\w*|"
    r"esportazion\w*|exportacion\w*|exportacao|relatorio|informe|rapport|bericht|verslag|report)\b[^.!?]{0,60}"
    r"\b(?:nombre|nombres|dni|iban|nomi|email|nomes|notas|names|noms|namen|adresses?|direcciones|indirizzi)\b|"
    # "Vários pais já responderam dizendo que receberam e abriram o arquivo"
    r"\b(?:receberam|recibieron|ont recu|received|hanno ricevuto|haben (?:es |sie )?erhalten|hebben (?:het )?"
    r"ontvangen) (?:e|y|et|and|und|en) (?:abriram|abrieron|ont ouvert|opened|hanno aperto|geoffnet|geopend)\b|"
    # our unreleased work on another studio's page: "posted as their own"
    r"\bposted (?:\w+ ){0,3}as (?:their|his|her) own\b|\bpublicad[oa]s? como (?:suy|propi)|\bpublie\w* comme "
    r"(?:le|la|les) (?:leur|sien)|"
    # Swedish: "hon kunde se en annan kunds namn och telefonnummer"
    r"\b(?:kunde se|fick se|sag|ser)\b[^.!?]{0,20}\b(?:en annan kunds|andra kunders|ett annat foretags|andra "
    r"foretags)\b|"
    # screenshots of our records posted for others to see: "alguien que nadie conoce ha colgado unas fotos de
    # pantalla con la lista de alumnos"
    r"\b(?:ha colgado|colgo|publico|ha publicado|a publie|hat (?:\w+ )?gepostet|postou|publicou|ha pubblicato|"
    r"heeft (?:\w+ )?geplaatst|posted)\b[^.!?]{0,60}\b(?:fotos? de pantalla|capturas? de (?:ecra|pantalla|"
    r"tela)|screenshots?|captures? d'ecran|bildschirmfotos?|screenshot\w*|schermat\w*|schermafbeelding\w*)|"
    # another firm's records in our mail: "projecten van een bedrijf dat we niet kennen ...: namen van patiënten"
    r"\b(?:bedrijf dat we niet kennen|company we don'?t know|empresa que no conocemos|entreprise qu'on ne connait "
    r"pas|empresa que nao conhecemos|azienda che non conosciamo|firma,? die wir nicht kennen)\b[^.!?]{0,80}"
    r"\b(?:namen|names|nombres|noms|nomes|nomi)\b|"
    # a changed number opens another organisation's board with names: "abre o quadro de outra escola ..., com
    # nomes de alunos"
    r"\b(?:abre|abriu|opens|opened|s'ouvre|se abre|offnet sich|si apre|gaat open)\b (?:o |el |le |the |das |il |"
    r"het )?(?:quadro|tablero|tableau|board|projeto|proyecto|projet|project|projekt|progetto) (?:de|of|d'|von|di|"
    r"van) (?:outra|otra|une autre|another|einer anderen|un'altra|een andere)\b[^.!?]{0,80}\b(?:nomes|nombres|"
    r"noms|names|namen|nomi)\b|"
    # Swedish: "Någon okänd har loggat in ... och laddat ner kundlistan"
    r"\b(?:nagon okand|en okand|okand (?:person|anvandare)|obehorig\w*|fore detta \w+)\b[^.!?]{0,80}\b(?:laddat ner|"
    r"laddade ner|exporterat|exporterade|sett|sag|last)\b|"
    # read out to prove it: "she read me two donors' names, home addresses and pledge amounts off it"
    r"\b(?:read (?:me|us)|me leyo|nos leyo|m'a lu|nous a lu|me leu|nos leu|mi ha letto|ci ha letto)\b[^.!?]{0,80}"
    r"\b(?:names|addresses|amounts|numbers|details|nombres|direcciones|noms|adresses|nomes|enderecos|nomi|"
    r"indirizzi)\b|"
    # read by whoever follows the link: "She clicked it and could read the whole thing without logging in"
    r"\b(?:could|was able to|pudo|a pu|konnte|pode|ha potuto|kon) (?:read|see|open|leer|ver|lire|voir|lesen|sehen|"
    r"ler|leggere|vedere|lezen|zien)\b[^.!?]{0,40}\b(?:without (?:logging|signing) in|sin iniciar sesion|sans se "
    r"connecter|ohne anmeldung|sem login|senza login|zonder in te loggen)\b|"
    # another firm's records in front of someone: "ils y ont vu ... les noms et téléphones des salariés d'une
    # entreprise qu'on ne connaît pas"
    r"\b(?:(?:ont|a|avons|ai) (?:\w+ )?vu|saw|have seen|vieron|hemos visto|han visto|sahen|haben gesehen|zagen|"
    r"hebben gezien|hanno visto|abbiamo visto|viram|vimos)\b[^.!?]{0,160}\b(?:noms|names|nombres|namen|nomi|"
    r"nomes|telephones?|phones?|telefon\w*)\b[^.!?]{0,80}\b(?:d'une|of a|de una|einer|di un'?|van een|de uma) "
    r"(?:autre |other |otra |anderen |altra |andere |outra )?(?:entreprise|company|empresa|firma|azienda|bedrijf|"
    r"societe)\b|"
    # a resident's view that shows the neighbours': "landet auf der Übersicht aller Wohnungen, mit Namen und
    # Telefonnummern anderer Mieter"
    r"\b(?:landet|landen|lands on|landed on|sees?|saw|sieht|sah|sehen|ziet|zag|voit|voient|ve|ven|vio|vede|vedono|"
    r"viu|veem)\b[^.!?]{0,120}\b(?:names|namen|nombres|noms|nomes|nomi|telefon\w*|phone\w*|telephon\w*|"
    r"handynummern|fotos|photos|foto)\b[^.!?]{0,80}\b(?:andere|anderer|anderen|other|otros|autres|outros|altri) "
    r"(?:mieter\w*|bewohner\w*|huurders|bewoners|tenants|residents|inquilinos|vecinos|locataires|"
    r"moradores|inquilini|residenti)\b|"
)
