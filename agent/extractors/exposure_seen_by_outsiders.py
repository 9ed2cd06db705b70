"""Incidents told by what outsiders did or saw, part of ``exposure_reports.EXPOSED``.

A caller who read our list out, parents who see every pupil's card, a record delivered to another member, a guessed
link that opened "a different file, not ours". Kept apart so ``exposure_reports`` stays small.
"""

from __future__ import annotations

from .exposure_other_tenants import ANOTHER_RECIPIENT

SEEN_BY_OUTSIDERS = (
    # an outsider showing our records on his device: "liet mijn bakker op zijn tablet onze complete leverancierslijst
    # zien"
    r"|\b(?:liet|showed|zeigte|mostro|mostrou|a montre|ha mostrato)\b[^.!?]{0,40}\b(?:op|on|auf|en|no|na|sur|sul|"
    r"sulla) (?:zijn|haar|his|her|seinem|ihrem|su|seu|sua|son|sa|suo) (?:tablet|telefoon|phone|laptop|ipad|handy|"
    r"tablette|telefono|telemovel|celular|portable|scherm|screen|bildschirm|pantalla|ecran|schermo)\b[^.!?]{0,30}\b"
    r"(?:onze|our|unsere\w*|nuestr[ao]s?|notre|nos|noss[ao]s?|nostr[aoie]|mijn|my)\b"
    # guests who should see one card each: "los padres ven las fichas de todos los alumnos de la clase"
    r"|\b(?:parents|padres|pais|eltern|genitori|ouders|guests|invitados|convidados|gaste|ospiti|gasten|families|"
    r"familles|familias|familien|famiglie|gezinnen)\b[^.!?]{0,30}\b(?:see|saw|can see|could see|ven|veian|veem|viam|"
    r"voient|voyaient|sehen|sahen|vedono|vedevano|zien|zagen)\b[^.!?]{0,60}\b(?:all|todos|todas|tous|toutes|alle|"
    r"tutti|tutte)\b"
    # a caller who read our records out to us: "nos ha leído por teléfono la lista de citas", "hat mir am Telefon
    # vorgelesen, was meine Mitarbeiterin netto verdient"
    r"|\b(?:(?:hat|haben) (?:mir|uns) (?:[\w-]+ ){0,4}vorgelesen|(?:heeft|hebben) (?:me|ons) (?:[\w-]+ ){0,4}"
    r"voorgelezen|(?:nos|me) (?:ha|han) leido|(?:nos|me) (?:leyo|leyeron)|(?:m'a|nous a|m'ont|nous ont) lu|"
    r"(?:ci|mi) (?:ha|hanno) letto|(?:nos|me) (?:leu|leram)|read (?:out )?(?:to )?(?:me|us) (?:the|our|a list)|"
    r"read out (?:our|the|a list))\b"
    # the verb first: "Sinds vanochtend zien de ouders de kaarten van alle leerlingen"
    r"|\b(?:zien|zagen|sehen|sahen|voient|voyaient|ven|veian|vedono|vedevano|veem|viam)\b (?:de |die |les |los |i |"
    r"os |the )?(?:ouders|eltern|parents|padres|genitori|pais|gasten|gaste|invites|invitados|ospiti|convidados)\b"
    r"[^.!?]{0,60}\b(?:all|alle|tous|toutes|todos|todas|tutti|tutte)\b"
    # a parent's "Screenshot mit der Akte eines anderen Kindes"
    r"|\b(?:screenshot|capture d'ecran|captura de (?:pantalla|tela)|bildschirmfoto|schermata|schermafbeelding)\b"
    r"[^.!?]{0,60}\b(?:eines anderen|einer anderen|d'un autre|d'une autre|de otro|de otra|de outro|de outra|"
    r"di un altro|"
    r"di un'altra|van een ander\w*|of another)\b"
    # parents who "receberam ... uma notificação com os comentários ... sobre OUTROS alunos"
    r"|\b(?:receberam|recebeu|recibieron|recibio|ont recu|a recu|erhielten|erhielt|hanno ricevuto|ha ricevuto|kregen|"
    r"kreeg|ontvingen|received|got)\b[^.!?]{0,120}\b(?:sobre|de|about|sur|uber|su|over|of) (?:os |las |los |les |die "
    r"|gli |de |the )?(?:outr[oa]s|otr[oa]s|d'autres|autres|anderen?|altri|altre|other) (?:alunos|alumnos|eleves|"
    r"schuler\w*|alunni|leerlingen|pupils|students|patients|pacientes|pazienti|patienten|clientes|clients|kunden|"
    r"clienti|klanten|children|criancas|ninos|enfants|kinder|bambini|kinderen|members|socios|membres|mitglieder|"
    r"soci|leden)\b"
    # records sent out to an outside tool: "envoyés en clair à un outil de statistiques externe"
    r"|\b(?:envoye\w*|sent|enviad\w*|gesendet|inviat\w*|verstuurd|transmis\w*|ubermittelt)\b[^.!?]{0,40}\b(?:a|to|an|"
    r"aan|ad|para|al) (?:(?:un|une|an|a|een|uno|um|uma|ein|einen) )?(?:outil|tool|herramienta|ferramenta|strumento|"
    r"dienst|service|servicio|servico|servizio)\b[^.!?]{0,30}\b(?:externe?|external|externo|esterno|extern|tiers|"
    r"third[- ]party)\b"
    # "la notifica ... è arrivata al sig. Bianchi, un altro iscritto"
    r"|\b(?:arrivat[oaie]|arrivee?s?|llego|llegaron|chegou|chegaram|angekommen|went|arrived|landed|sent)\b[^!?\n]{0,60}"
    r"\b(?:" + ANOTHER_RECIPIENT + r")\b"
    # the same in the other languages read: "se abrió otro archivo, que no es nuestro", "öffnete sich eine andere Datei,
    # nicht unsere"
    r"|\b(?:abrio|abriu|ouvert|ouvre|offnete|geoffnet|aperto|aperta|apre|opende|ging (?:\w+ ){0,3}open|geopend)\b"
    r"[^.!?]{0,80}\b(?:no (?:es|era) (?:nuestr[oa]|de nosotros)|nao (?:e|era) (?:noss[oa]|o nosso|a nossa)|(?:ne )?"
    r"(?:n'etait|n'est|etait|est)? ?pas (?:a nous|le notre|la notre)|nicht (?:unsere?[rs]?|von uns)|non (?:e|era) "
    r"(?:nostr[oa]|il nostro|la nostra)|niet van ons|niet de onze|niet het onze)\b(?! (?:problema|culpa|error|fallo|"
    r"probleme|faute|problem|fehler|schuld|colpa|errore|probleem|fout|erro)\b)"
    # a summary that "listed about 15 tasks from some company called Nordvik Dental"
    r"|\b(?:lists|listed|shows|showed|contains|contained|has|had|includes|included)\b (?:\w+ ){0,3}(?:tasks|cards|"
    r"projects|files|invoices|records|items)\b[^.!?]{0,20}\bfrom (?:(?:some|another|a different) (?:company|firm|"
    r"business|practice|clinic|agency|customer|client)\b|an? (?:company|firm|business|practice|clinic|agency) "
    r"(?:called|named)\b)"
    # a guessed link that "opened a different file, not ours" or "opened other peoples files too"
    r"|\b(?:opened|showed|loaded|brought up)\b (?:(?:a|an|the|some) )?(?:different|other|another|"
    r"wrong) (?:\w+ )?(?:file|"
    r"document|board|project|spreadsheet|invoice|record|folder)s?\W{1,3}(?:and )?(?:it'?s |it is )?not (?:ours|mine|"
    r"our "
    r"own)\b|\bopened (?:\w+ ){0,2}other (?:people'?s|peoples|persons'?|companies'?|firms'?|customers'?|clients'?) "
    r"(?:files|documents|boards|projects|records|data|spreadsheets|invoices|folders)\b"
)
