"""Rules of the priority tier's Financial Impact group (FIN1-5).

Billing errors that several customers share, payment-processing failures, requests for money back
(the amount is read in ``facts`` and the policy compares it with the threshold), revenue-recognition
questions and requests to change an existing agreement. Enterprise and high-value-account rules are
in ``patterns_priority``.
"""

from __future__ import annotations

from .billing_error_words import BILLING_ERROR, MANY_CUSTOMERS, OUR_AGENTS
from .lexicon import Rule, rule, words

_PRICE_QUESTION = (r"was (?:wurde|wurden|wird) (?:es|das|uns) (?:\w+ )?kosten|wat zou het (?:\w+ )?kosten|"
                   r"how much|what (?:would|will|does|is) (?:it|that|the) cost|what (?:would|will) (?:be|it be) the "
                   r"(?:price|cost)|\bcost\b|\bprice\b|pricing|\bquote\b|estimate|would it cost|what(?:'s| is) the "
                   r"(?:rate|difference)|how does (?:pricing|billing) work|cuanto cost|combien|was kostet|"
                   r"quanto custa|quanto costa|wat kost|cuanto (?:nos |me |le )?costaria|cuanto (?:nos |me )?saldria|"
                   r"combien (?:nous )?couterait|quanto (?:nos |me )?custaria|quanto (?:ci |mi )?costerebbe|"
                   r"wie ?viel (?:wurde|kostet)|wat zou (?:het|dat) kosten|how much would|"
                   # "what would we pay if we switched our 8 seats to annual billing?"
                   r"what (?:would|will|do|does|should) (?:we|i|it|that|they) (?:have to )?pay\b")

_REQUEST = (r"(?:please |pls |plz |can u |could u |kindly |merci de |veuillez |(?:nous )?souhait\w* |nous voudrions |"
            r"(?:de )?bien vouloir |"
            r"deseamos |queremos |gostariamos de |vorremmo |les rogamos que |rogamos que |les solicitamos que |"
            r"(?:we|i)(?:'d| would) also (?:like|want) to |"
            r"nous vous prions de |"
            r"wir bitten sie,? |vi preghiamo di |verzoeken wij u |solicitamos que |"
            # a note taken for the customer: "Cust wants to move to annual billing"
            r"(?:cust|customer|client|caller|kunde|kundin|cliente|klant)\w* (?:wants|would like|needs|asks|is asking|"
            r"quiere|veut|vuole|wil|quer) (?:to |de |a )?|(?:we|i)(?:'d| would) (?:like|love|"
            r"want) to |"
            r"(?:we|i) (?:want|need|wish|intend|plan|have decided|decided|would like|would need) to |(?:we|i)'?(?:ve|"
            r" have) "
            r"decided to |(?:can|could|would) you (?:please )?|(?:can|could) we (?:please )?|let'?s |go ahead and |"
            r"request(?:ing)? (?:to |that you |a |an )?|(?:asked|asks|asking) (?:us|me|you) to |(?:wants?|would "
            r"like|needs?) (?:us|me|you) to |(?:we|i)'?(?:re| are|'m| am) (?:looking|planning|hoping|going|"
            r"requesting|asking) to |(?:we|i) (?:will|'ll) need to |time to |(?:we|i) (?:want|need) (?:a |an |the |"
            r"our )?|"
            r"por favor |quisieramos |queremos |necesitamos |nous souhaitons |nous voudrions |merci de |veuillez |"
            r"nous vous demandons de |nous demandons de |pourriez-vous |le pedimos que |les pedimos que |"
            r"wir bitten sie,? |solicitamos que |pedimos que |vi chiediamo di |wij verzoeken u |"
            r"wir mochten |bitte |wir wollen |wir mussen |gostariamos de |precisamos |vorremmo |vogliamo |per favore |"
            r"we willen |graag |kunt u |prosimy |vi vill )")
_CHANGE = (r"(?:verlaag|verhoog|wijzig|zet (?:\w+ ){0,3}om|reduzca|reduzcan|cambien|pasen|reduisez|passez|changez|"
           r"modifiez|reduzam|mudem|alterem|riducete|cambiate|modificate|passate|change|switch|move|convert|reduce|"
           r"decrease|lower|cut|drop|increase|raise|add|remove|amend|modify|"
           r"update|adjust|transfer|reassign|extend|shorten|renegotiate|downgrade|go from|take us down|take us up|"
           r"go down|come down|move down|drop down|scale down|go up|"
           r"bring us down|bring us up|cambiar|pasar|reducir|"
           r"aumentar|anadir|agregar|quitar|modificar|transferir|changer|passer|reduire|augmenter|ajouter|retirer|"
           r"modifier|transferer|andern|wechseln|umstellen|reduzieren|erhohen|hinzufugen|anpassen|ubertragen|"
           r"bring|alterar|mudar|reduzir|adicionar|remover|passar|trocar|diminuir|cambiare|passare|ridurre|aumentare|"
           r"aggiungere|rimuovere|ampliar|ampliare|erweitern|elargir|uitbreiden|"
           r"modificare|trasferire|wijzigen|overstappen|verminderen|verhogen|toevoegen|aanpassen|overzetten|"
           r"zmienic|zmniejszyc|zwiekszyc|andra|minska|oka)(?:s|d|ing|ed)?\b(?!-on)")
#: A sentence that opens with the change itself is a request ("Reduce our seats to 10"), in the imperative or
#: as what should be done ("Seats should be reduced"); "We removed 10 seats" tells what already happened.
_OPENS_WITH_CHANGE = (r"^\W*(?:\d{1,2}[.)]\s*)?(?:(?:hi|hello|dear \w+|team)\W+)?"
                      r"(?:(?:\w+ ){0,3}?(?:should|must|needs? to|has to|"
                      r"have to) be (?:\w+ )?\w+ed\b|(?:also |then |now |so )?"
                      + _CHANGE.replace("(?:s|d|ing|ed)?", "") + r")")

FINANCIAL: tuple[Rule, ...] = (
    rule("FIN1", BILLING_ERROR, doc_need=MANY_CUSTOMERS, doc_unless=OUR_AGENTS, guard="hypo",
         # a place, not a charge: "turned up at our old church hall site instead of the community centre"
         unless=r"(?:site|place|venue|centre|center|hall|address|location|room|office|school|station) instead of the|"
                r"turned up at",
         name="FIN1-billing-many"),
    rule("FIN1", words("vat|tax|credits|credit|proration|prorated|price per seat|old price|discount|coupon|"
                       "invoices|invoice|renewal charge|charge|iva$|tva$|mwst|umsatzsteuer|imposto|btw$|factuur|"
                       "facturen|rechnung|rechnungen|facture|factures|factura|facturas|fatura|faturas|fattura|"
                       "fatture|"
                       # "Meu cartão foi cobrado 3 vezes a mensalidade de novembro"
                       "cobrado|cobrada|cobranca|cobrancas|cobro|cobros|mensalidade|prelevement|prelevements|"
                       "abbuchung|abbuchungen|addebito|addebiti|addebitato|addebitata|addebitati|afschrijving|"
                       "afschrijvingen|afgeschreven|incasso|"
                       "geincasseerd"),
         need=r"wrong|incorrect|error|\boff\b|should (?:be|have)|instead|overcharg|twice|double|extra|added|inflated|"
              r"quadrupl|bills? us for \d+|charges? (?:us )?for \d+ (?:seats|users|licen[cs]es|places)|"
              # "Our monthly invoice says 40 seats but we only ever had 25"
              r"\bbut (?:we|there) (?:only )?(?:ever )?(?:had|have|were|are|use|used) (?:only )?\d+\b|"
              # "addebitato 59 USD invece di 19 €": another amount, in another currency, than the usual
              r"\d[\d.,]* ?(?:usd|eur|gbp|chf|\$|\u20ac|\u00a3) (?:invece di|en lugar de|en vez de|au lieu de|statt|"
              r"em vez de|instead of|in plaats van)\b|"
              # "veio cobrada em dólar (US$ 420) em vez de reais"
              r"\b(?:em|en|in) (?:dolar|dolares|dollars?|euros?|libras|pounds|reais|pesos) (?:americanos |"
              r"estadounidenses |"
              r"us |american )?(?:\([^)]*\) )?(?:em vez|"
              r"en lugar|en vez|instead|au lieu|statt|anstatt|invece|in plaats)\b|wrong currency|moeda errada|"
              r"moneda equivocada|mauvaise devise|falsche(?:n)? wahrung|valuta sbagliata|verkeerde valuta|"
              # "a new line 'Digital services levy 12%' which has never been there and doesn't apply to us"
              r"(?:doesn'?t|does not|do not|don'?t) apply to (?:us|our)|never been there|not applicable to (?:us|our)|"
              # "my invoice for November is $96 but my plan is $48 a month"
              r"is [$\u20ac\u00a3]?\d[\d.,]* but (?:my|our|the) (?:plan|price|subscription) is|"
              r"twee keer|dubbel|verkeerd|\bfout|zweimal|doppelt|falsch|fehler|deux fois|errone|en double|dos veces|"
              r"duplicad|duas vezes|errad|due volte|sbagliat|errat|"
              r"missing|not (?:been )?applied|miscalculat|calculation|10x|ten times|too (?:high|much)|triple|"
              r"indevid|indebid|ungerechtfertigt|non dovut|onterecht|nenhuma (?:\w+ ){0,3}encomendou|"
              # "36 users on it, while we have 12": the count billed is not the count used
              r"(?:terwijl|while|whereas|obwohl|alors que|mientras|enquanto|mentre) (?:we|wij|wir|nous|there)\b"
              r"[^.!?]{0,20}\b\d+\b|"
              r"three times|(?:\d+|two|three|four) times|(?:\d+|tres|trois|drei|tre|drie) (?:vezes|veces|fois|mal|"
              r"volte|"
              r"keer)|\d+x\b|same (?:\w+ ){0,3}(?:seats|users|licen[cs]es|lines?) "
              r"(?:twice|again|\w+ times)|"
              # "vem com 14 utilizadores, mas temos 9"; "con utilizadores a mais"
              r"(?:utilizadores|usuarios|utilisateurs|benutzer|utenti|gebruikers|users|lugares|plazas|places|posti|"
              r"seats) (?:\w+ )?(?:a mais|de mas|de trop|zu viel|in piu|te veel|too many)|\b(?:mas|but|mais|aber|ma|"
              r"maar) "
              r"(?:temos|tenemos|nous avons|on a|wir haben|abbiamo|we hebben|we have|there are) (?:so |solo |only |"
              r"nur |"
              r"seulement |apenas |maar |solo )?\d+\b",
         # contacts counted, not charges: "I've asked your support three times ... whether you offer a discount"
         unless=r"(?:asked|written|wrote|emailed|e-mailed|called|rang|contacted|chased|messaged|reached out)\b"
                r"[^.!?]{0,30}\b(?:two|three|four|five|several|\d+) times",
         doc_need=MANY_CUSTOMERS, doc_unless=OUR_AGENTS, guard="hypo", name="FIN1-billing-many-weak"),
    rule("FIN2", words("payment processor|payment gateway|gateway error|payment provider|processor|stripe|paypal|"
                       "braintree|"
                       "adyen|checkout.com|authorize.net|square$|procesador de pagos|pasarela de pago|"
                       "processeur de paiement|passerelle de paiement|zahlungsanbieter|zahlungsdienstleister|"
                       "processador de pagamento|gateway de pagamento|gateway di pagamento|betaalprovider|"
                       "prestataire de paiement|fournisseur de paiement|proveedor de pagos|proveedor de pago|"
                       "provedor de pagamento|fornitore di pagamento|fornitore dei pagamenti|betalingsprovider|"
                       "zahlungsdienst|psp$|payment service provider|betaalprovider|betaaldienst"),
         need=r"error|errors|\bdown\b|failing|failure|fails|failed|outage|unavailable|timeout|timing out|declin|"
              r"reject|not (?:working|going through|processing|responding)|won'?t (?:go through|process)|returns?|"
              r"reageert niet|antwortet nicht|ne repond pas|no responde|nao responde|non risponde|"
              r"erreur|fehler|\berro|errore|fout|falla|echec|fallo|falha|problema|probleme|problem|"
              # "'De betaalprovider is momenteel niet bereikbaar (PSP-500)'"
              r"niet bereikbaar|nicht erreichbar|non raggiungibile|injoignable|no disponible|indisponible|"
              r"niet beschikbaar|nicht verfugbar|nao disponivel|non disponibile|\b5\d\d\b",
         unless=r"how (?:do|can)|(?:do|does) (?:you|teamflow) (?:accept|support|use)|can i pay (?:with|via|by)",
         negatable=False, name="FIN2-processor"),
    rule("FIN2", words("cards|credit cards|debit cards|banks|payment methods|bank accounts|tarjetas|cartes|"
                       "karten|cartoes|carte$|kaarten"),
         need=r"(?:several|multiple|different|three|two|four|five|all (?:of )?(?:our|my)|every|various|\d+|both|"
              r"varias|plusieurs|mehrere|verschiedene|varios|diversas|diverse|meerdere|dos|tres|cuatro|deux|trois|"
              r"quatre|zwei|drei|vier|duas|quatro|due|tre|quattro|twee|drie) (?:different )?(?:\w+ )?"
              r"(?:cards|banks|payment methods|bank accounts|tarjetas|cartes|karten|cartoes|carte|kaarten)",
         also=r"declin|fail|reject|error|won'?t go through|not go(?:ing)? through|bounc|refused|rechaz|refus|"
              r"tried to pay|tried paying|attempted to pay|provato a (?:rinnovare|pagare)|intentamos (?:pagar|renovar)|"
              r"essaye de (?:payer|renouveler)|versucht zu (?:zahlen|verlangern)|tentamos (?:pagar|renovar)|"
              r"geprobeerd te (?:betalen|verlengen)|non completata|tentei|tentamos com|intente con|intentamos con|"
              r"essaye avec|mit (?:\w+ ){0,2}(?:karten|kreditkarten) versucht|provato con|geprobeerd met|"
              r"tried (?:with|using|it with|it on)|(?:i'?ve|i have|we'?ve|we have) tried|"
              r"can'?t pay|cannot pay|unable to pay|no (?:puedo|podemos) pagar|impossible de payer|"
              r"kann nicht (?:be)?zahlen|nao consigo pagar|non riesco a pagare|kan niet betalen|"
              r"abgelehnt|recusad|rifiutat|geweigerd|erreur|fehler|\berro|errore|fout|falla|fallo|falha|echec",
         doc_need=r"pay|charg|checkout|bank|visa|mastercard|amex|invoice|renewal|subscription|billing|pagar|pago|"
                  r"paiement|payer|zahlung|zahlen|pagamento|betal|factur|rechnung|fattura|cobr",
         negatable=False, name="FIN2-many-cards"),
    rule("FIN3", words("all of it back|it all back|want it back|want that back|need it back|need that back|"
                       "need the money back|need my money back|need our money back|want my money back|every cent back|"
                       "every penny back|"
                       "send one of them back|send one back|send it back|send the money back|return one of them|"
                       "return the second payment|return the duplicate payment|return the extra payment|"
                       "refund the second payment|send back the second payment|return the second one|"
                       "quiero que me lo devuelvan|todo de vuelta|je veux tout recuperer|ich will alles zuruck|"
                       "quero tudo de volta|lo rivoglio indietro|ik wil alles terug"),
         doc_need=r"(?:[$\u20ac\u00a3]|\b(?:usd|eur|gbp|chf))\s?\d|\d[\d.,]*\s?(?:[$\u20ac\u00a3]|(?:usd|eur|euros?|"
                  r"dollars?|gbp|pounds?|chf)\b)",
         unless=r"how (?:do|can)|(?<!please )(?:can|could|would|will|do|is) (?:you|i|we|it|there)\b[^.!?]*\?",
         name="FIN3-all-of-it-back"),
    rule("FIN2", words("mastercard|amex|american express|sepa|domiciliacion|prelevement|lastschrift|debito direto|"
                       "addebito diretto|incasso|bank transfer|transferencia|virement|uberweisung|bonifico|"
                       "overschrijving"),
         need=r"(?:visa|mastercard|amex|card|tarjeta|carte|karte|cartao|carta|kaart)\b[^.!?]{0,80}(?:then|after that|"
              r"afterwards|also|despues|luego|ensuite|puis|dann|danach|depois|poi|daarna|finally|por ultimo|"
              r"enfin|zuletzt|por fim|infine|tot slot)\b[^.!?]{0,80}(?:mastercard|amex|"
              r"sepa|domiciliacion|prelevement|lastschrift|bank|banco|banque|paypal|transfer)|"
              # "my company Visa, our treasurer's Mastercard (different bank) and a debit card from a third bank"
              r"(?:visa|mastercard|amex|card)\b[^.!?]{0,80}\b(?:different|another|third|second|other) bank\b|"
              r"(?:otro|tercer|segundo) banco|(?:autre|troisieme) banque|(?:andere|dritte|zweite)n? bank|"
              r"(?:outro|terceiro) banco|(?:altra|terza) banca|"
              # one card per line of a list: "I tried:\n- company Visa (Chase)\n- my own Mastercard\n- our Amex"
              r"^\s*[-*\u2022]\s*(?:[\w']+ ){0,3}(?:mastercard|amex|american express)\b",
         doc_need=r"fail|declin|reject|error|unavailable|not (?:go(?:ing)? through|work)|no (?:les )?llega|"
                  r"rechaz|echou|refus|abgelehnt|fehlgeschlagen|recusad|rifiutat|geweigerd|mislukt|devuelve",
         unless=r"how (?:do|can)|(?:do|does) (?:you|teamflow) (?:accept|support)|can (?:i|we) pay", guard="hypo",
         name="FIN2-every-method-fails"),
    rule("FIN2", words("all payments|no payments|none of our customers|payments are failing|payments failing|"
                       "every payment|all transactions|all charges"),
         need=r"fail|declin|reject|error|go(?:ing)? through|process", name="FIN2-all-payments"),
    rule("FIN3", words("refund|refunds|refunded|refunding|reimburs|money back|chargeback|charge back|credit back|"
                       "reembolso|reembolsar|reembolsen|devolucion|devuelvan|devolvais|devolved|devolvednos|"
                       "reintegren|reintegro|reintegrar|reintegrenos|back on my card|back on our card|"
                       "remboursement|rembourser|remboursez|"
                       "ruckerstattung|rueckerstattung|erstattung|erstatten|erstattet|erstattest|zuruckerstatten|"
                       "zuruckzuerstatten|zu erstatten|zuruckzuzahlen|zuruckzuuberweisen|"
                       "geld zuruck|estorno|"
                       "devolucao|devolver o dinheiro|rimborso|rimborsare|rimborsate|restituzione|terugbetaling|"
                       "返金|払い戻し|払戻|返還|退款|退钱|환불|"
                       "restitutie|geld terug|terugstorten|restituer|restituez|restituir|restituire|"
                       "zuruckzahlen|terugbetalen|terugbetaald|terugstorting|terug op onze rekening|terug op ons|"
                       "bedrag terug|"
                       # "rivoglio indietro i soldi del secondo addebito"
                       "rivoglio indietro|voglio indietro|ridatemi i soldi|restituitemi|indietro i soldi|"
                       "quiero que me devuelvan|quero o dinheiro de volta|je veux etre rembourse"),
         unless=r"refund policy[^.!]*\?|(?:what|how) (?:is|are|does|do) (?:your|the) (?:refund|cancell?ation)",
         name="FIN3-refund"),
    # money back asked for without the word "refund": only with an amount beside it
    rule("FIN3", words("return back|return of money|return of the money|return the money|return our money|"
                       "uberweisen sie uns|zuruckuberweisen|zuruck uberweisen|go back to the card|"

                       "go back to our card|back to the card|back to our account|back on our card|back on the card|"
                       "back on the company card|back on our company card|back to the company card|go back on|"
                       "back to the same card|back on the same card|back onto the same card|back to my card|"
                       "back to our card|back onto our card|back onto my card|back to the original card|"
                       "back on the original card|back to the same bank account|back to our bank account|"
                       "back to the bank account|back into our account|back into our bank account|the difference back|"
                       "terug te storten|terugstorten|terug storten|terug te boeken|terugboeken|"
                       "recover the|recover our|recoup|claw back|get back the|get back our|pay back the|give us back|"
                       "pay us back|send us back|devolvernos|devuelvannos|rendez-nous|zuruckgeben|devolver-nos|"
                       "restituirci|terugbetalen|"
                       "return the|give back the|recuperar los|recuperar el|recuperer les|zuruckbekommen|"
                       "recuperare i|terugkrijgen|"
                       # "Graag het volledige bedrag van € 1.450,00 terug op de rekening waar het vandaan kwam"
                       "terug op de rekening|terug op rekening|terug naar de rekening|terug naar onze rekening"),
         need=r"(?:[$\u20ac\u00a3]|\b(?:usd|eur|gbp|chf))\s?\d|\d[\d.,]*\s?(?:[$\u20ac\u00a3]|(?:usd|eur|euros?|"
              r"dollars?|gbp|"
              r"pounds?|chf)\b)",
         unless=r"how (?:do|can)", name="FIN3-money-back"),
    # "Bitte überweisen Sie den doppelt gezahlten Betrag auf unser Konto zurück": the amount may sit in the sentence
    # before
    rule("FIN3", words("doppelt gezahlten betrag|doppelt bezahlten betrag|zu viel gezahlten betrag|"
                       "zuviel gezahlten betrag|the amount we paid twice|the amount paid twice|the overpaid amount|"
                       "le montant paye deux fois|le montant paye en double|el importe pagado dos veces|"
                       "o valor pago em duplicado|o valor pago duas vezes|l'importo pagato due volte|"
                       "het dubbel betaalde bedrag|het te veel betaalde bedrag"),
         doc_need=r"(?:[$\u20ac\u00a3]|\b(?:usd|eur|gbp|chf))\s?\d|\d[\d.,]*\s?(?:[$\u20ac\u00a3]|(?:usd|eur|euros?|"
                  r"dollars?|gbp|pounds?|chf)\b)",
         unless=r"how (?:do|can)|\?", negatable=False, name="FIN3-paid-twice-back"),
    # "Si antes del viernes no nos devuelven los 1.450 €": the "no" of a condition asks for the money all the same
    rule("FIN3", words("nos devuelven|nos devuelvan|me devuelven|me devuelvan|nos devolvem|nos devolvam|me devolvem|"
                       "me devolvam|nous remboursez|nous rembourse|ci restituite|ci rimborsate|uns erstatten|"
                       "ons terugbetalen|"
                       # "je veux juste qu'on me rembourse les 1 150 € payés en trop"
                       "me rembourse|qu'on me rembourse|qu'on nous rembourse|rembourse-moi|remboursez-moi|"
                       "remboursez-nous"),
         need=r"(?:[$\u20ac\u00a3]|\b(?:usd|eur|gbp|chf))\s?\d|\d[\d.,]*\s?(?:[$\u20ac\u00a3]|(?:usd|eur|euros?|"
              r"dollars?|gbp|pounds?|chf)\b)",
         unless=r"how (?:do|can)|\?", negatable=False, name="FIN3-unless-paid-back"),
    rule("FIN4", words("the deferred part|as this month's revenue|month's revenue|books the whole amount|"
                       "booked the whole amount|as deferred|treat as deferred|"
                       "revenue recognition|recognize revenue|recognise revenue|recognized revenue|"
                       "recognised revenue|revenue recogni|rev rec|revrec|deferred revenue|asc 606|asc606|"
                       "ifrs 15|ifrs15|unearned revenue|revenue schedule|revenue report|recognized in the wrong|"
                       "booked in the wrong|booked to the wrong|posted to the wrong|wrong period|wrong fiscal|"
                       "in the wrong year|wrong financial year|belongs to next year|belongs in next year|"
                       "spread over the|spread across the|whole amount down against|whole amount against|"
                       "comme revenu du|reconnue mois par mois|reconnu mois par mois|reconnus mois par mois|"
                       "le revenu est reparti|comptabilises en une seule fois|comptabilise en une seule fois|"
                       "como ingreso del mes|como receita do mes|als umsatz des monats|come ricavo del mese|"
                       "als omzet van de maand|"
                       "belong to next year|belongs to last year|"
                       "wrong quarter|reconocimiento de ingresos|reconnaissance du revenu|"
                       "reconnaissance des revenus|umsatzrealisierung|umsatzerfassung|ertragsrealisierung|"
                       "reconhecimento de receita|riconoscimento dei ricavi|omzeterkenning|rechnungsabgrenzung|"
                       "abgrenzung|leistungszeitraum|falschen geschaftsjahr|falsches geschaftsjahr|"
                       "mauvais exercice|mauvaise periode|periode comptable|ejercicio equivocado|periodo contable|"
                       "periodo errado|exercicio errado|periodo di competenza|esercizio sbagliato|"
                       "verkeerde boekjaar|verkeerde periode|transitorische|service period|deferral|deferrals|"
                       "spread it over|"
                       "spreading it over|spreading the amount|spread the amount|booked the whole|booked it all|"
                       "periodo de servicio|periode de service|periode de prestation|periodo de servico|"
                       "periodo di servizio|prestatieperiode|periodificacion|risconto|risconti|"
                       # "comment TeamFlow reconnaît le chiffre d'affaires des abonnements annuels"
                       "reconnait le chiffre d'affaires|reconnaissance du chiffre d'affaires|"
                       "comptabilisation du chiffre d'affaires|reconoce los ingresos|reconocen los ingresos|"
                       "reconhece a receita|reconhecem a receita|riconosce i ricavi|riconoscete i ricavi|"
                       "den umsatz realisiert|realisiert den umsatz|erkent de omzet|erkennen de omzet"),
         need=r"revenue|invoice|booked|period|quarter|fiscal|month|accounting|ledger|books|recogni|ingresos|"
              r"revenu|umsatz|receita|ricavi|omzet|asc|ifrs|rechnung|facture|factura|fatura|fattura|factuur|"
              r"geschaftsjahr|exercice|ejercicio|exercicio|esercizio|boekjaar|abgrenzung|zeitraum|periode|periodo|"
              r"\baudit|commissaire|abonnements?|suscripciones|assinaturas|abonnementen|abbonamenti",
         negatable=False, name="FIN4-revenue"),
    # "whether there is any way we could have the $2,700 back, or at least most of it"
    rule("FIN3", words("back$"),
         need=r"(?:have|get|see) (?:the |our |my |that )?(?:[$\u20ac\u00a3]\s?\d[\d,.]*|\d[\d,.]* ?(?:usd|eur|gbp|"
              r"dollars|euros|pounds)|money|payment|fee) back",
         unless=r"how (?:do|can)|refund policy", name="FIN3-have-it-back"),
    rule("FIN5", words("contract|agreement|subscription|seats|seat$|licenses|licences|licence|license|user count|"
                       "places|arrangement|"
                       "billing cycle|billing period|billing frequency|payment terms|monthly|annual|annually|"
                       "yearly|quarterly|term$|renewal|entity|legal entity|company name|subsidiary|parent company|"
                       "amend|amendment|addendum|contrato|licencias|plazas|contrat|licences|sieges|postes|avenant|"
                       "vertrag|lizenzen|platze|nutzer|licencas|assentos|contratto|licenze|postazioni|licenties|"
                       "mensual|anual|mensuel|annuel|monatlich|jahrlich|mensal|mensile|annuale|maandelijks|"
                       "jaarlijks|abonnement|suscripcion|assinatura|abbonamento|abo$"),
         need=_REQUEST + r"(?:\w+ ){0,6}?" + _CHANGE + r"|" + _OPENS_WITH_CHANGE
              + r"|(?:we|i) (?:will |would |'ll )?(?:only )?need (?:\d+|a few|some) (?:fewer|more|less|extra) "
                r"(?:people|places|users|members|staff|seats|licen[cs]es)"
              # "queria passar de 8 pra 12 usuarios ... e mudar o pagamento de mensal pra anual"
              + r"|(?:passar|mudar|trocar|ir|pasar|cambiar|aumentar|reduzir|reducir|subir|bajar) de \d+ (?:pra|para|a) "
                r"\d+ (?:usuarios|utilizadores|licencas|licencias|assentos|puestos|users|seats)|(?:mudar|trocar|pasar|"
                r"cambiar|"
                r"passer) (?:\w+ ){0,2}de (?:mensal|mensual|mensuel) (?:pra|para|a|au) (?:anual|annuel)"
              # "from renewal we want 45 seats and monthly billing instead of annual"
              + r"|(?:we|i) (?:\w+ )?(?:want|need|would like|'d like) (?:to (?:go|move|drop|come) (?:down |back )?to )?"
                r"(?:only )?\d+ (?:seats|licen[cs]es|users)\b|(?:monthly|annual|yearly|quarterly) (?:billing|"
                r"payment|invoicing|plan)? ?instead of (?:annual|monthly|yearly|quarterly)\b|"
                # "Graag zouden we vanaf dan ook jaarlijks in plaats van maandelijks betalen"
                r"(?:jaarlijks|maandelijks) (?:\w+ )?in plaats van (?:jaarlijks|maandelijks)|(?:jahrlich|monatlich) "
                r"(?:\w+ )?(?:statt|anstatt) (?:jahrlich|monatlich)|(?:annuel\w*|mensuel\w*) au lieu de|(?:anual\w*|"
                r"mensual\w*) en (?:lugar|vez) de|(?:anual\w*|mensal\w*) em vez de|(?:annual\w*|mensil\w*) invece di"
              + r"|(?:wir mochten|wir wollen|wir mussen|wir wurden gerne|mochten wir|wollen wir|mussen wir|"
              r"ich mochte|bitte|we willen|wij willen|willen wij|willen we|we zouden graag|wij zouden graag|wilt u|"
              r"kunt u|zou u|"
              r"(?:kunde|kundin) (?:mochte|"
              r"will)|kunnen jullie|konnen sie|"
              r"graag)\b[^.!?]{0,120}\b(?:umstellen|andern|wechseln|"
              r"reduzieren|erhohen|verringern|aufstocken|anpassen|ubertragen|hinzufugen|verlangern|wijzigen|"
              r"omzetten|aanpassen|verlagen|verhogen|overzetten|verminderen|uitbreiden|terugbrengen|overstappen)\b|"
              r"(?:passen|stellen|"
              r"setzen|buchen) sie (?:[\w.,]+ ){0,10}(?:an|um|herab|hoch|ab)\b|"
              # the familiar "ihr": "Bitte stellt unseren Vertrag ... auf jährliche Zahlung um und reduziert auf 8"
              r"\b(?:passt|stellt|setzt|bucht) (?:[\w.,]+ ){0,10}(?:an|um|herab|hoch|ab)\b|\b(?:reduziert|erhoht|"
              r"verringert|andert) (?:\w+ )?(?:auf|um) \d+|"
              # a list of changes in nouns: "– Reduzierung von 40 auf 25 Nutzerlizenzen", "– Umstellung von
              # monatlicher auf jährliche Abrechnung"
              r"\b(?:reduzierung|erhohung|verringerung|aufstockung|reduccion|reduction|augmentation|reducao|"
              r"riduzione|verlaging|verhoging|increase|decrease) (?:von|de|from|da|van|du) \d+ (?:auf|a|to|para|pra|"
              r"naar) \d+|\b(?:umstellung|wechsel|cambio|changement|passage|mudanca|passaggio|omzetting|overstap|"
              r"switch) (?:von|de|from|da|van|du) (?:\w+ )?(?:monatlich|jahrlich|mensual|anual|mensuel|annuel|mensal|"
              r"mensile|annuale|maandelijks|jaarlijks|monthly|annual|yearly)\w*",
         also=r"seats?\b|licen[cs]es?\b|\busers\b|user count|headcount|monthly|annual|annually|yearly|quarterly|"
              # a list of changes follows: "Bitte andern Sie unseren bestehenden Vertrag ab Januar wie folgt:"
              r"wie folgt|as follows|comme suit|de la maniere suivante|como sigue|de la siguiente manera|"
              r"da seguinte forma|como segue|come segue|nel modo seguente|als volgt|bestehenden vertrag|"
              r"existing (?:contract|agreement)|contrato (?:actual|existente|vigente|atual)|contrat (?:actuel|existant|"
              r"en cours)|contratto (?:attuale|esistente|in essere)|bestaande (?:contract|overeenkomst)|"
              r"(?:\d+|a few|some) (?:fewer|more|less|extra) (?:people|places|users|members|staff|seats)|"
              r"(?:arrangement|agreement|contract|subscription) to \d+\b|"
              r"billing (?:cycle|period|frequency)|payment terms|\bterm\b|(?:\d+|one|two|three)[- ]years?|renewal "
              r"date|end date|auto-?renew|entity|company name|legal name|subsidiary|parent company|au nom d|"
              r"a nombre d|auf den namen|em nome d|a nome d|op naam van|in the name of|under the name of|"
              r"gebruikers|usuarios|utilisateurs|benutzer|nutzer|utilizadores|utenti|"
              r"(?:contract|agreement)\b[^.!?]{0,30}(?:to|under|from) (?:our|the|a) (?:new|parent|uk|us|german|"
              r"\w+ (?:entity|subsidiary|gmbh|ltd|inc|llc|sa|bv))|plazas|licencias|asientos|mensual|anual|"
              r"sieges|postes|licences|mensuel|annuel|lizenzen|platze|monatlich|jahrlich|licencas|assentos|"
              r"mensal|anual|licenze|postazioni|mensile|annuale|licenties|maandelijks|jaarlijks|entidad|entite|"
              r"gesellschaft|entidade|societa|entiteit|"
              # the change takes effect at the renewal: "alterar o nosso contrato a partir da renovação"
              r"renewal|renovacao|renovacion|renouvellement|verlangerung|rinnovo|verlenging|"
              # an amendment to sign is the modified contract itself
              r"avenant|amendment|addendum|nachtrag|adenda|aditivo|aditamento|wijzigingsovereenkomst|"
              # moved to another legal entity: "transfer the agreement ... to Riverside & Vale Homes Ltd"
              r"\b(?:ltd|limited|gmbh|llc|inc|plc|bv|b\.v|sarl|srl|lda)\b|merg|company no",
         unless=_PRICE_QUESTION + r"|(?:add|include|put|show) (?:our |the |a )?(?:po|purchase order|vat|tax)\b|"
                r"(?:still|were|was|got|been|being) (?:\w+ )?(?:billed|charged|invoiced)|"
                r"(?:how|where) (?:do|can) (?:i|we)|(?:do|does) (?:you|teamflow) (?:offer|"
                r"support|have|allow)|is it possible|can (?:i|we) (?:switch|change|add|pay)|(?:cancel|terminate) "
                r"(?:the |our |my )?(?:contract|subscription|agreement|account)|(?:update|change) (?:our |my |the )?"
                r"(?:billing |credit )?(?:card|address|e-?mail|payment method|contact)|upgrade (?:to|our plan)|"
                r"annual (?:report|review|meeting|contract value)|acv|monthly (?:report|active)|"
                r"(?:add|invite|remove) (?:a |an |new |the )?(?:user|member|guest|colleague)s? (?:to|from) (?:the |"
                r"a |our |my )?(?:board|project|workspace|team)|"
                # a purchase told in the past: "We bought the annual plan in October"
                r"\b(?:we|i) (?:bought|purchased|paid for|signed up for|took out|started) (?:the|an?|our) (?:annual|"
                r"monthly|yearly)|"
                # a school's calendar, not a contract term: "show academic term weeks along the top"
                r"\bacademic terms?\b|\bschool terms?\b|\bterm (?:weeks|dates|time)\b|\b(?:spring|summer|autumn|fall|"
                r"winter|michaelmas|hilary|trinity|easter) term\b",
         guard="hypo", near=0, name="FIN5-change"),
    # a numbered list of changes under a request: "nous souhaitons : 1) passer de 40 a 25 sieges ; 2) ..."
    rule("FIN5", words("passer de|passer a|terugzetten|verlagen naar|verhogen naar|omzetten naar|reduzieren auf|"
                       "erhohen auf|umstellen auf|reducir a|reducir de|pasar de|pasar a|reduzir para|reduzir de|"
                       "passar de|passar para|ridurre a|passare da|passare a|reduce to|reduce from|go from|"
                       "move from|switch to|switch from|change to|change from|"
                       # German puts the verb last: "- auf jahrliche Abrechnung umstellen", "- von 12 auf 8 Platze
                       # runtergehen"
                       "umstellen$|runtergehen|heruntergehen|reduzieren$|aufstocken$|erhohen$"),
         need=r"^\s*(?:(?:\d{1,2}|[a-z])[.)]|[-*\u2022])",
         also=r"seats?\b|licen[cs]es?\b|\busers\b|sieges|licences|utilisateurs|licenties|gebruikers|lizenzen|nutzer|"
              r"licencias|usuarios|licencas|utilizadores|licenze|utenti|contra(?:t|to|ct|tto)|vertrag|mensuel|annuel|"
              r"monthly|annual|yearly|maandelijks|jaarlijks|monatlich|jahrlich|mensual|anual|mensal|mensile|annuale|"
              r"abrechnung|platze|billing|facturation|facturacion|faturamento|fatturazione|facturatie",
         doc_need=r"(?:souhait\w*|voudrions|aimerions|willen (?:we|wij)|(?:we|wij) willen|graag|mochten wir|"
                  r"wir mochten|"
                  r"bitten|bitte|would like|wish|want|need|please|quisieramos|queremos|deseamos|gostariamos|"
                  # a date's period is no sentence end: "unseren Vertrag ... zum 1. Januar ändern:"
                  r"queremos|vorremmo|vogliamo|chiediamo|solicitamos|demandons)(?:[^.!?\n]|(?<=\d)\.){0,100}(?::|"
                  r"\s(?:[-*\u2022]|"
                  r"\d{1,2}[.)])\s)",
         unless=_PRICE_QUESTION, negatable=False, name="FIN5-listed-change"),
    # FIN5: the contract is to be put in another company's name (a new entity, a merger, a takeover)
    rule("FIN5", words("intestare|intestazione|intestatario|reintestare|cambio di intestazione|cambio de titular|"
                       "cambio de titularidad|cambio de razon social|changement de titulaire|changement de raison "
                       "sociale|transfert du contrat|vertragsubernahme|umschreibung|umschreiben|umzuschreiben|"
                       "vertragspartner|mudanca de titularidade|alterar o titular|tenaamstelling|op naam van|"
                       "contracting entity|billing entity|new legal entity|new entity|assign the contract|"
                       "assign our contract|transfer the contract|transfer our contract|transfer the subscription|"
                       "transfer our subscription|novation|novate|put the contract|contract in the name|"
                       "contract under the name|ficar no nome|passar para o nome|contrato no nome|pasen a nombre|"
                       "pasar a nombre|"
                       "pase a nombre|a nombre de la nueva|au nom de la nouvelle|auf die neue firma|em nome da nova|"
                       "a nome della nuova|op naam van het nieuwe|op naam van de nieuwe|"
                       "contrato a nombre|contrat au nom|vertrag auf den namen|contratto a nome|contract op naam|"
                       "in the company's name|in the company name|in our company's name|in my company's name|"
                       "into the company's name"),
         need=r"contrat|contract|vertrag|fatture|facturas|factures|rechnungen|faturas|facturen|invoic|abbonamento|"
              r"suscripcion|abonnement|assinatura|subscription|account|agreement|societa|sociedad|societe|"
              r"gesellschaft|gmbh|empresa|entreprise|bedrijf|company|entity",
         unless=r"how (?:do|can)|(?:do|does|can) (?:you|teamflow) (?:allow|support|offer)|is it possible|"
                r"(?:can|could|should|do) (?:i|we)\b[^.!?]*\?",
         guard="hypo", name="FIN5-new-holder"),
    # "I'm paying monthly at the minute. I'd like to switch to paying once for the whole year from my next payment"
    rule("FIN5", words("for the whole year|once a year|for the year instead|yearly instead|annually instead|"
                       "once for the year"),
         need=r"(?:i'?d|we'?d|i would|we would) like to (?:switch|change|move|go|swap)|(?:please|can you|could you|"
              r"pls) (?:\w+ ){0,2}(?:switch|change|move|swap)|(?:want|need) to (?:switch|change|move) (?:\w+ ){0,3}"
              r"(?:paying|to pay|payment|billing)",
         doc_need=r"monthly|every month|per month|a month",
         unless=r"how (?:do|can)|(?:how much|what) would|(?:is it|would it be) (?:possible|cheaper)|consider\w*|"
                r"thinking (?:of|about)|not asking|before we decide|"
                r"(?:can|could) (?:i|we) (?:switch|pay)\b[^.!?]*\?", guard="hypo", name="FIN5-pay-yearly"),
    # "please put the $1,450 back"
    rule("FIN3", words("put the|put it|put that|put our|put my|put back"),
         need=r"put (?:the |it |that |our |my )?(?:[$\u20ac\u00a3]\s?\d[\d,.]*|money|amount|payment|charge)?\s?back\b",
         doc_need=r"(?:[$\u20ac\u00a3]|\b(?:usd|eur|gbp))\s?\d|\d[\d.,]*\s?(?:[$\u20ac\u00a3]|(?:usd|eur|euros?|"
                  r"dollars?|"
                  r"gbp|pounds?)\b)",
         unless=r"how (?:do|can)|\?|put (?:it|them) back (?:on|in|into) (?:the|my|our) (?:board|list|project|column)",
         name="FIN3-put-it-back"),
    # "vorrei che il nostro abbonamento fosse intestato alla nuova società": the contract, not a workspace
    rule("FIN5", words("intestato|intestata|intestati"),
         need=r"(?:abbonamento|contratto|fatture|fatturazione|licenze)\b[^.!?]{0,80}intestat",
         unless=r"\?", guard="hypo", name="FIN5-contract-in-new-name-it"),
    # the user count itself changed: "take us down from 60 users to 45 from the next billing date"
    rule("FIN5", words("users|user accounts|usuarios|utilisateurs|benutzer|utenti|utilizadores|gebruikers|places|seats|"
                       "licences|licenses|licencias|lizenzen|licenze|licencas|licenties|plazas"),
         need=r"(?:from|de|von|da|van) \d+ (?:\w+ )?(?:users|user accounts|usuarios|utilisateurs|benutzern?|utenti|"
              r"utilizadores|gebruikers|places|seats|licen[cs]es) (?:\w+ ){0,3}(?:to|a|auf|naar|para) \d+|"
              r"(?:down|up) to \d+ (?:users|places|seats)|(?:users|usuarios|licen[cs]ias|licen[cs]es|licenses|lizenzen|"
              r"licenze|licencas|licenties|plazas|seats|places|gebruikers|utilisateurs) (?:\w+ ){0,3}(?:de|from|von|da|"
              r"van) \d+ (?:a|to|auf|naar|para) \d+|"
              # "a nossa assinatura passe de 30 para 18 utilizadores"
              r"(?:from|de|von|da|van) \d+ (?:to|a|auf|naar|para|pour) \d+ (?:users|usuarios|utilisateurs|benutzer\w*|"
              r"utenti|utilizadores|gebruikers|places|seats|licen[cs]\w*|lizenzen|plazas)",
         unless=r"how (?:do|can)|(?:do|does|can) (?:you|teamflow) (?:allow|support|offer)|is it possible|\?|"
                r"(?:went|grew|jumped|dropped|fell|increased|decreased|gone|grown) (?:\w+ )?from|limit|"
                r"(?:slow|lag|load|crash|timeout)|"
                # a change already made, the invoice is the question: "We reduced our team from 20 to 15 seats"
                r"\b(?:we|i|they) (?:already |have |had |'ve |'d )?(?:reduced|cut|lowered|changed|moved|switched|"
                r"brought|took|dropped|increased|raised|upped|went) (?:\w+ ){0,3}from \d+|"
                r"\b(?:reduzimos|reducimos|redujimos|passamos|pasamos|hemos pasado|hemos crecido|temos passado|"
                r"siamo passati|sommes passes|we'?ve grown|we have grown|avons (?:reduit|baisse)|"
                r"haben (?:\w+ )?reduziert|"
                r"abbiamo ridotto|hebben (?:\w+ )?verlaagd) |"
                # what the change would cost is a price question: "il costo per passare da 5 a 8 utenti"
                r"\b(?:cost\w*|coste|custo|cout\w*|kost\w*|prezz\w*|precio|preco|prix|price|pricing|quanto|cuanto|"
                r"combien|wie ?viel|hoeveel|how much)\b",
         guard="hypo", name="FIN5-user-count"),
)
