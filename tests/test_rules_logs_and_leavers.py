"""Offline extractor, round 89: what the activity log shows, leavers, and canned replies.

A leaver's name in the log beside "Exported 412 cards to CSV"; a link "scaricato 14 volte" from abroad while "nessuno
di noi è all'estero"; "m.kowalski hat 14 Dateien heruntergeladen" with "keinen Mitarbeiter, der so heißt"; reset
mails "die ich nicht angefordert hatte"; a link asking for the "Bank-Login"; a number "vervangen" in the address bar.
And what is no incident: a canned reply "ging es um Passwort zurücksetzen", a boss who "a brincar" threatens to sue,
"our own scheduled maintenance", counsel who "souhaite vérifier quelques points", team leads who "police this by hand".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

LOGS_AND_LEAVERS: dict[str, tuple[str, str, str]] = {
    "a leaver's export in the activity log": (
        "SEC1",
        "A volunteer who was on our team until May and then left: the activity log shows her on the Donors project "
        "with 'Exported 300 cards to CSV'.",
        "A volunteer who was on our team until May and then left asked how to export her own tasks before going."),
    "a link downloaded from abroad (it)": (
        "SEC1",
        "Il file è stato scaricato 11 volte da indirizzi IP in Vietnam. Nessuno di noi è all'estero.",
        "Il file è stato scaricato 11 volte dai colleghi in ufficio, come previsto."),
    "an export by a name nobody has (de)": (
        "SEC1",
        "Im Protokoll steht, ein Benutzer hat 14 Dateien heruntergeladen. Wir haben keinen Mitarbeiter, der so heißt.",
        "Im Protokoll steht, ein Benutzer hat 14 Dateien heruntergeladen, das war unser Azubi für die Ablage."),
    "reset mails nobody asked for (de)": (
        "SEC3",
        "Ich habe drei Mails 'Passwort zurücksetzen' bekommen, die ich nicht angefordert hatte, und dann war das "
        "Konto gesperrt.",
        "Ich habe eine Mail 'Passwort zurücksetzen' bekommen, nachdem ich es selbst angefordert hatte."),
    "a link asking for the bank login (de)": (
        "SEC3",
        "Kunden haben von meinem Konto eine Einladung mit einem Link bekommen, wo man sein Bank-Login eingeben soll. "
        "Das war ich nicht.",
        "Wo kann ich im Profil mein Bank-Login für die Abrechnung hinterlegen?"),
    "a number replaced in the address bar (nl)": (
        "SEC2",
        "Als ik in de adresbalk het nummer vervang, zie ik het privébord van een ander account dat daar geen rechten "
        "heeft.",
        "Als ik in de adresbalk het nummer vervang, krijg ik netjes een foutmelding dat ik geen toegang heb."),
}

test_log_criterion_fires, test_log_near_miss_does_not_fire = criterion_case_tests(LOGS_AND_LEAVERS)

NOT_AN_INCIDENT: NearMissTable = {
    "a canned reply about password resets (de)": (
        "SEC3", "Dreimal einen Textbaustein bekommen, einmal ging es um Passwort zurücksetzen.", None),
    "a boss who jokes about suing (pt)": (
        "LEG1", "O meu chefe diz, a brincar, que vai processar a equipa se a sprint atrasar.", None),
    "the customer's own maintenance window": (
        "TEC4", "Nothing is wrong on your side: during our own scheduled maintenance the webhook deliveries failed.",
        None),
    "counsel checking points for the file (fr)": (
        "LEG1", "Notre avocate souhaite vérifier quelques points pour notre dossier interne. Aucun litige.", None),
    "team leads who police a rule by hand": (
        "LEG3", "Our team leads police this by hand in stand-ups right now.", None),
    "a breach asked about for training slides": (
        "SEC1", "Just for the slides: what do you do on your side if there's ever a breach?", None),
    "a feature we keep missing": (
        "TEC3", "One thing we keep missing: recurring subtasks on the board.", None),
    "a place instead of another": (
        "FIN1", "Two volunteers from other clubs turned up at the old hall instead of the new centre.", None),
    "never introduced to a success manager": (
        "SEC1", "We were promised a named success manager, but I have never been introduced to anyone.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
