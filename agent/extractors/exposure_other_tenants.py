"""Another organisation's records seen by the writer: a board, a digest or an invoice of a firm they do not belong to.

Part of ``exposure_reports.EXPOSED``, kept apart because the ways of telling it keep growing ("se me abrió un
tablero que no es nuestro", "kregen we het bord van een ander bedrijf te zien", "ce n'est pas notre club dedans").
"""

from __future__ import annotations

OTHER_TENANT_SEEN = (
    # "she fat-fingered it as 104333 and got a completely different board, some recruiting agency's hiring pipeline
    # with candidate names, phone numbers"; "got another company's board"
    r"|\bgot (?:a (?:completely |totally |whole )?different|an entirely different|another company'?s|someone else'?s) "
    r"(?:board|project|workspace)\b[^.!?]{0,100}(?:names|phone|salar|address|e-?mails|candidates|clients|patients|"
    r"customers|kids|children|students|employees|staff)"
    # "A friend who works at another charity just messaged me a screenshot of our 'HR' board ... she could open it
    # without logging in"
    r"|(?:messaged|sent|showed|forwarded|shared) (?:me|us) a screenshot of our\b|\b(?:she|he|they|someone|anyone) "
    r"(?:\w+ ){0,2}(?:could|was able to|were able to|can) (?:open|see|read|view) (?:it|them|the board|our \w+) "
    r"without (?:logging|signing|a password|an account)"
    # another company's records seen in this workspace, said in the other languages read
    r"|(?:vi|veo|vemos|vimos|aparecen|aparecieron|vois|voyons|ai vu|avons vu|apparaissent|sehe|sehen|sah|sahen|"
    r"se ven|se veian|on voit|on voyait|si vedono|si vedevano|se veem|se viam|man sieht|sieht man|je ziet|"
    r"c'erano|c'era|habia|havia|il y avait|es gab|there were|er stonden|"
    r"erscheinen|vejo|vemos|vimos|aparecem|vedo|vediamo|ho visto|abbiamo visto|compaiono|zie|zien|zag|zagen|"
    r"verschijnen)\b[^.!?]{0,80}(?:otra empresa|otro cliente|une autre (?:entreprise|societe)|un autre client|"
    r"(?:einer |eines )?anderen (?:firma|kunden|unternehmens)|outra empresa|outro cliente|un'altra azienda|"
    r"un altro cliente|een ander bedrijf|een andere klant|otras empresas|otros clientes|autres entreprises|"
    r"anderen firmen|outras empresas|altre aziende|andere bedrijven)"
    # "toen opende er een project van een heel ander bedrijf"; "jedes Mal das Board einer anderen Firma, komplett
    # lesbar"
    r"|(?:opende|opened|offnete|hatte ich|jedes mal|each time|every time|abriu|abrio|a ouvert|s'est ouvert|"
    r"ha aperto|si e aperto|se abrio)\b[^.!?]{0,60}(?:een heel ander bedrijf|"
    r"einer anderen firma|another company|a different company|une autre entreprise|otra empresa|outra empresa|"
    r"un'altra azienda)"
    # "Toen kregen we ineens het bord van een ander bedrijf te zien"; "bekamen ... einer anderen Firma zu sehen"
    r"|(?:kregen|kreeg|krijgen|krijg|bekamen|bekam|bekommen)\b[^.!?]{0,80}(?:ander(?:e)? (?:bedrijf|klant|organisatie)|"
    r"anderen (?:firma|kunden|praxis|schule))\b[^.!?]{0,40}(?:te zien|zu sehen)"
    # "Se me abrió un tablero que no es nuestro ... con nombres de personas, teléfonos y presupuestos"
    r"|(?:se me abrio|se abrio|me salio|me salieron|me aparecio|abriu-se|s'est ouvert|opened|offnete sich|ging open)\b"
    r"[^.!?]{0,30}(?:tablero|proyecto|quadro|projeto|tableau|projet|board|project|bord|projekt)s? (?:\w+ )?(?:que no "
    r"es (?:el )?nuestro|que nao e (?:o )?nosso|qui n'est pas (?:le )?notre|that (?:isn'?t|is not|wasn'?t|was not) "
    r"ours|das nicht unser\w*|dat niet van ons)"
    # "là on est tombé sur le tableau d'une pizzeria de Toulouse, avec la liste de leurs employés"
    r"|(?:tombe\w* sur|on a vu|j'ai vu|nous avons vu|aparecio|vimos|vi) (?:le |el |o )?(?:tableau|projet|tablero|"
    r"proyecto|quadro|projeto) d'?(?:une?|de una?|de uma?)\b[^.!?]{0,60}(?:liste|noms|numeros|adresses|employes|"
    r"clients|patients|lista|nombres|nomes|empleados|clientes|pacientes)\b"
    # "je reçois tous les matins le « résumé du jour » de TeamFlow, mais ce n'est pas notre club dedans"
    r"|(?:recoi\w*|recib\w*|receiv\w*|getting|ontvang\w*|bekomme\w*|erhalte\w*|receb\w*|ricev\w*)\b[^.!?]{0,80}"
    r"(?:resume|summary|digest|resumen|zusammenfassung|resumo|riepilogo|samenvatting)\b[^.!?]{0,60}(?:ce n'est pas "
    r"notre|c'est pas notre|it'?s not our|no es nuestr|das ist nicht unser|nao e (?:o |a )?noss|non e (?:il |la )?"
    r"nostr|het is niet (?:ons|onze))"
    # "se me abrió una factura de una clínica dental de Zaragoza con el nombre y el DNI de un paciente"
    r"|(?:se me abrio|se abrio|me salio|me salieron|salieron|s'est ouvert|abriu-se|si e aperto|offnete sich)\b"
    r"[^.!?]{0,20}(?:una?|otros?|otras?|le|la|les|des|o|a|os|as|il|la|eine?n?) (?:\w+ )?(?:factura|documento|archivo|"
    r"facture|fichier|fatura|arquivo|fattura|rechnung|dokument|datei|documents?|documentos)\b[^.!?]{0,80}"
    r"(?:nombre|dni|datos|telefono|direccion|paciente|cliente|gente que no conozco|nom|adresse|patient|nome|morada|"
    r"indirizzo|namen?|adresse)\b"
    # "plein de cartes qui ne sont pas à nous : des commandes ... avec les noms, téléphones et adresses de leurs
    # clients"
    r"|(?:ne sont pas a nous|ne sont pas les notres|no son nuestr\w*|nicht (?:zu )?uns gehor\w*|sind nicht unsere|"
    r"nao sao noss\w*|non sono nostr\w*|niet van ons|(?:aren'?t|are not|weren'?t|were not) ours)\b[^.!?]{0,160}"
    r"\b(?:noms|nombres|namen|nomes|nomi|names|telephones?|telefon\w*|phone numbers|adresses|direcciones|adressen|"
    r"enderecos|indirizzi|addresses)\b"
    # "toen zagen we het bord van een kapsalon met namen en telefoonnummers van klanten"
    r"|(?:zag|zagen|stond|saw|opened|opens|showed|shows)\b[^.!?]{0,40}\b(?:bord|board) (?:van|of|from) (?:een|a|an) "
    r"[^.!?]{0,60}"
    r"(?:namen|names|telefoonnummers|phone numbers|patienten|patients|klanten|customers|clients)\b"
    # "kreeg hij een taak te zien van een bakkerij uit Ede met hun bestellingen en telefoonnummers van klanten"
    r"|(?:kreeg|kregen|got|saw|zag|zagen|sah|vi|vio|a vu|viu|vide)\b[^.!?]{0,60}\b(?:van|of|de|von|di|do) (?:een|a|an|"
    r"une?|una?|einer|eines|uma?) [^.!?]{0,60}\b(?:met hun|with their|avec leurs|con sus|mit ihren|com (?:os )?seus|"
    r"con i loro)\b[^.!?]{0,60}(?:klanten|customers|clients|clientes|kunden|clienti|telefoonnummers|phone numbers|"
    r"names|namen)"
    # reading the records of an organisation one does not belong to
    r"|(?:podia|podiamos|could|pouvais|pouvions|konnte|konnten|potevo|potevamo|kon|konden) (?:\w+ )?(?:leer|read|"
    r"lire|lesen|ler|leggere|lezen|ver|voir|sehen|vedere|zien|open|abrir|ouvrir|aprire|openen)\b[^.!?]{0,20}"
    r"(?:sus|their|leurs|ihre|seus|suoi|loro|hun)\b")
