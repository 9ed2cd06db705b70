"""The words of a hand-edited address: a number or id changed in a link that opens someone else's things.

``TAMPER`` is the change itself ("cambié un número en el link", "het bestandsnummer vervang"); ``ELSEWHERE`` is
what the edited link then reached (another workspace, a board never shared, one opened without a login). Both
halves are needed before ``SEC2-tamper`` fires, so a typo that only gives a 404 stays a how-to.
"""

from __future__ import annotations

from .lexicon import words

#: Tampering with an address or number lands on someone else's things.
TAMPER = words(
    "trocar o numero|trocando o numero|mudar o numero|cambiare il numero|change the number|changing the number|"
    "change the id|changing the id|edit the url|editing the url|swap the id|swapping the id|swap the task id|"
    "swapping the task id|swap the number|change the task id|changing the task id|change the board id|"
    "change the project id|replace the id|replacing the id|"
    "change the url|changing the url|in the address bar|increment|en changeant le numero|en modifiant l'url|"
    "changer le numero|cambiando el numero|cambiar el numero|modificando la url|die nummer andern|"
    "die id andern|in der url|mudando o numero|alterando o numero|alterando a url|cambiando il numero|"
    "modificando l'url|het nummer veranderen|het nummer aan te passen|de url aanpassen|"
    # "troquei para 58230 e baixou uma planilha ... de uma empresa"
    "troquei para|troquei pra|troquei o numero|mudei para|mudei pra|mudei o numero|alterei o numero|alterei para|"
    "cambie el numero|lo cambie a|lo cambie por|cambie el ultimo|j'ai change le numero|j'ai remplace le numero|"
    "j'ai modifie le numero|die nummer geandert|die zahl geandert|ziffer geandert|ho cambiato il numero|"
    "ho cambiato l'ultima|het nummer veranderd|het nummer aangepast|i changed it to|changed the number|"
    "changed the last digit|changed the last number|swapped it for|tried the next number|tentei mais dois numeros|"
    "tentei outro numero|tentei outros numeros|probe otro numero|probe otros numeros|probe con otro numero|"
    "ho cambiato l'ultimo numero|cambiato l'ultimo numero|cambiando l'ultimo numero|"
    # "sin querer borré un número y quedó 558012", "cambié un número en el link"
    "cambie un numero|borre un numero|cambie un digito|borre un digito|change un chiffre|efface un chiffre|"
    "eine ziffer geandert|eine ziffer geloscht|troquei um numero|apaguei um numero|cambiato un numero|"
    "cancellato un numero|een cijfer veranderd|een cijfer weggehaald|changed a digit|changed one digit|"
    "deleted a digit|deleted one digit|borre sin querer un|cambie sin querer un|sin querer borre un|"
    "sin querer cambie un|apaguei sem querer um|troquei sem querer um|sem querer apaguei um|"
    # "nell'indirizzo cambio il numero finale"
    "cambio il numero|cambio l'ultimo|cambio el numero|je change le numero|ich andere die nummer|ich andere die zahl|"
    "mudo o numero|verander ik het nummer|i change the number|change the last number|"
    # "Par erreur j'ai tapé 48212 au lieu de 48213"
    "j'ai tape|par erreur j'ai tape|me equivoque de numero|ho digitato|i typed the wrong number|typed a wrong number|"
    # "se mudo o último número do link pra outro número, baixa outro anexo"
    "mudo o ultimo numero|mudar o ultimo numero|se mudo o numero|se mudar o numero|si cambio el ultimo numero|"
    "si cambio el numero|si je change le dernier|wenn ich die letzte zahl|wenn ich die letzte ziffer|"
    "se cambio l'ultimo|als ik het laatste cijfer|if i change the last|"
    # "then just changed the job number in A's browser and got B's full CSV"
    # "if I change /view/ to /print/ in that same address, account B gets the full printable board"
    "in that same address|in the same address|in that address|in the same url|in that url|"
    "changed the job number|change the job number|changed the job id|changing the job number|changed the export id|"
    # "het bestandsnummer vervang door het nummer van een bijlage uit workspace A"
    "bestandsnummer vervang|vervang door het nummer|vervang ik het nummer|het nummer vervang|replace the number|"
    "replace the file number|replaced the number|remplace le numero|reemplazo el numero|reemplazar el numero|"
    "ersetze die nummer|ersetze ich die nummer|substituo o numero|sostituisco il numero")
ELSEWHERE = (r"other|another|different|never invited|not (?:a )?member|don'?t belong|do not belong|belongs to|"
              r"autre|otra|otro|ander|outra|outro|altr[ao]|nooit uitgenodigd|jamais invite|nunca invitad|"
              r"nie eingeladen|nunca convidad|mai invitat|nada a ver|nada que ver|rien a voir|nichts (?:\w+ )?zu tun|"
              r"che non conosc|que no conozc|que je ne connais pas|die ich nicht kenne|que nao conhec|die ik niet ken|"
              r"non sono invitat|no estoy invitad|ne suis pas invite|nicht eingeladen|nao (?:fui|estou|sou) convidad|"
              r"niet uitgenodigd|not invited|non ne sono membro|no soy miembro|ne suis pas membre|kein mitglied|"
              r"nao sou membro|geen lid|\b[a-z]'s full\b|the other account|"
              r"niente a che fare|niets (?:\w+ )?te maken|nothing to do with|nunca nos (?:convid|invit)|"
              r"never invited us|(?:uma|una|une|eine|un'|een|a) (?:empresa|entreprise|societe|firma|azienda|bedrijf|"
              r"company) (?:chamada|llamada|appelee|namens|chiamata|genaamd|called|named)|"
              # "e abriu ... sem pedir login nenhum, mesmo esse quadro NÃO estando compartilhado"
              r"nao (?:estando|esta|estava) compartilhad|no (?:estando|esta|estaba) compartid|(?:n'est|n'etait) pas "
              r"partage|nicht (?:geteilt|freigegeben)|non (?:e|era|essendo) condivis|niet gedeeld|"
              r"(?:not|isn'?t|wasn'?t) shared|sem pedir (?:login|senha)|sin pedir (?:login|contrasena)|sans demander "
              r"(?:de )?(?:login|mot de passe)|ohne (?:login|anmeldung|passwort)|senza (?:login|password)|zonder "
              r"(?:login|wachtwoord)|without (?:asking for )?(?:a )?(?:login|password)|"
              r"(?:account|konto|compte|cuenta|conta) [a-d] (?:gets|sees|can|opens|receives|krijgt|ziet|bekommt|sieht|"
              r"voit|ve|recebe|vede)\b|"
              # a second workspace named by a letter: "een bijlage uit workspace A"
              r"(?:uit|from|in|de|aus|da|van|of|du|del|do) (?:de |het |the |la |le |der |dem )?(?:workspace|werkruimte|"
              r"espacio de trabajo|espace de travail|arbeitsbereich|tenant) [a-d](?=[,;:.)]| (?:en|and|y|et|und|e|o|or|"
              r"of)\b)")
