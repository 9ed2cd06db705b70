"""Something that exists only in the product turns up outside: the words for "only here" and for the
outsiders who then hold it (``SEC1-only-here-seen-outside``).

Split out of ``patterns_concepts_told``, which re-exports the names.
"""

from __future__ import annotations

from .lexicon import words

#: Something that exists only in TeamFlow turns up outside ("that card lives on one board and nowhere else").
ONLY_HERE = words(
    "nowhere else|lives on one board|only exists in|only exists on|only exist in|only exist on|only lives in|"
    # "Those figures are ONLY on our 'Hallam pitch' board in TeamFlow"
    "are only on our|is only on our|only on our|only in our|exist only on|exists only on|exist only in|"
    # "Todo eso solo está apuntado en el tablero de citas ... no lo tenemos en ningún otro sitio"
    "solo esta apuntado|solo esta en el|solo estan en el|en ningun otro sitio|en ningun otro lugar|nulle part ailleurs|"
    "nirgendwo sonst|nirgends sonst|em nenhum outro lugar|em mais nenhum sitio|da nessun'altra parte|nergens anders|"
    "only lives on|only kept in|"
    # "The only place we keep names + addresses + what the order is for is the Orders board in TeamFlow"
    "only place we keep|only place where we keep|only place we store|only place we have|only place that has|"
    "only place they are kept|only place it is kept|only place it's kept|el unico sitio donde|el unico lugar donde|"
    "le seul endroit ou|der einzige ort|o unico lugar onde|o unico sitio onde|l'unico posto dove|l'unico posto in cui|"
    "de enige plek waar|ne trouve que sur|ne trouve que dans|ne se trouvent que sur|ne se trouvent que dans|"
    "que solo se encuentran en|que solo estan en|que so estao no|che si trovano solo|die alleen op|"
    "avevamo solo nella|solo nella bacheca|que solo teniamos en|que nous n'avions que dans|die wir nur in|"
    "que so tinhamos no|die we alleen in|caricato solo|subido solo|mis uniquement|nur in unserem|carregado apenas|"
    "alleen in ons|"
    "gibt es nur in|gibt es nur auf|il n'y a que dans|solo esta en|so esta no|c'e solo in|staat alleen op|"
    "solo existe en|n'existe que dans|existiert nur in|nur in teamflow|so existe no|esiste solo|staat alleen in|"
    "bestaat alleen in|exactly the columns|exactement les colonnes|exactamente las columnas|genau die spalten|"
    "exatamente as colunas|esattamente le colonne|precies de kolommen|"
    # "Isso foi tudo combinado em outubro e só está escrito no TeamFlow"
    "so esta escrito no|so esta escrito na|solo esta escrito en|n'est ecrit que dans|steht nur in|e scritto solo|"
    "staat alleen geschreven|only written in|only written down in|so esta anotado|solo esta anotado")
SEEN_OUTSIDE = (r"rival|competitor|concurrent|competidor|konkurrent|concorrente|client|customer|stranger|company|"
                 r"societe|"
                 r"empresa|firma|agency|agence|agentur|agenzia|agencia|newsletter|pitched|forwarded|sent us|"
                 r"nous a envoye|nos envio|"
                 r"schickte uns|nos enviou|ci ha inviato|stuurde ons|has it|got it|in front of|website|web ?site|"
                 r"online|copied onto|posted|facebook|forum|sitio web|site web|webseite|\bsito\b|fremder|ein mann|"
                 r"eine frau|un homme|une femme|un hombre|una mujer|um homem|uma mulher|un uomo|una donna|een man|"
                 r"een vrouw|internet|las uns|nous a lu|nos leyo|leu-nos|ci ha letto|las ons|sconosciut|desconocid|"
                 r"inconnu|fremde|desconhecid|onbekende|"
                 r"clinica|clinique|klinik|kliniek|paciente|patient|paziente|whatsapp|"
                 # "We stopped working with Castell Print in March ... their account manager emailed our finance lead"
                 r"supplier|vendor|fornecedor|proveedor|fournisseur|lieferant|fornitore|leverancier|stopped working "
                 r"with|"
                 # someone who left: "A Joana trabalhou na pastelaria até setembro ... retirei-a da equipa"
                 r"\bex-\w+|former (?:employee|colleague|staff|member)|ehemalig\w*|voormalig\w*|ancien(?:ne)? "
                 r"(?:employe|salarie|collegue)\w*|antig[ao] (?:funcionari|emplead|colega)\w*|"
                 r"trabalhou (?:\w+ ){0,3}ate|"
                 r"trabajo (?:\w+ ){0,3}hasta|a travaille (?:\w+ ){0,3}jusqu|arbeitete (?:\w+ ){0,3}bis|ha lavorato "
                 r"(?:\w+ ){0,3}fino|werkte (?:\w+ ){0,3}tot|worked (?:\w+ ){0,3}until|"
                 # "A Joana saiu em setembro"; "ein Anrufer hat sich nicht vorgestellt"
                 r"\b(?:saiu|salio|se fue|left|est partie?|ist gegangen|se n'e andat[oa]|is vertrokken|vertrok) "
                 r"(?:\w+ ){0,3}(?:em|en|in|im|a|nel) (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|"
                 r"setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|"
                 r"noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|"
                 r"december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
                 r"januar|februar|marz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|"
                 r"settembre|ottobre|dicembre|januari|februari|maart|mei)\b|anrufer\w*|\bcaller\b|llamante|appelant|"
                 r"chiamante|\bbeller\b|hat sich nicht vorgestellt|sin presentarse|sans se presenter|"
                 # "Está claro que alguien de fuera ha tenido delante nuestras fichas"
                 r"alguien de fuera|alguem de fora|quelqu'un de l'exterieur|jemand von au(?:ss|ß)en|qualcuno da fuori|"
                 r"iemand van buiten|someone from outside|"
                 r"sem se apresentar|senza presentarsi")
