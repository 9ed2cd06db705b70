"""Offline extractor, round 102: a mistyped invoice number, an account used from a hospital bed, a board in a file.

"bekam die Rechnung einer Zahnarztpraxis"; "a conta ... criou uma tarefa" with "uma página igualzinha à do Google a
pedir e-mail e senha"; "titolari dei diritti sul carattere"; "&role=viewer" swapped for "owner" in the next sentence;
"avait un fichier" that is "exactement le contenu de notre tableau"; "vanaf haar account ... 'claim hier je prijs'";
nothing automatic at a sister company too; a screenshot in a class Discord. Near misses: pitches, a competitor's
leak, "cut down to 12 users", a vendor questionnaire, "I was about to write you that we were hacked".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

REPORTS: dict[str, tuple[str, str, str]] = {
    "a mistyped invoice number shows another firm's details (de)": (
        "SEC1",
        "Ich habe mich beim Abtippen vertan und bekam die Rechnung einer Zahnarztpraxis: Anschrift, Name und IBAN.",
        "Ich habe mich beim Abtippen vertan und bekam eine Fehlermeldung, die Rechnung einer Zahnarztpraxis war "
        "es aber nicht."),
    "a look-alike page asking for e-mail and password (pt)": (
        "SEC3",
        "A tarefa tem um link para uma página igualzinha à do Google a pedir e-mail e senha.",
        "A página de login do Google pede e-mail e senha, como sempre."),
    "an account used while its owner slept (pt)": (
        "SEC1",
        "A conta da nossa diretora criou uma tarefa às 3h. Ela estava a dormir e nunca escreveria aquilo.",
        "A nossa diretora criou uma tarefa às 3h porque não conseguia dormir; ela escreve sempre assim."),
    "a type foundry without a licence on record (it)": (
        "LEG5",
        "Siamo titolari dei diritti sul carattere tipografico dei vostri PDF. Non risulta alcuna licenza a vostro "
        "nome.",
        "Siamo titolari dei diritti sul carattere tipografico dei nostri PDF e abbiamo la licenza: come lo carico?"),
    "a role swapped in the invitation link, told in the next sentence (es)": (
        "SEC2",
        "El enlace de invitación termina en \"&role=viewer\". Lo cambió por \"owner\" y entró como propietario.",
        "El enlace de invitación termina en \"&role=viewer\", como esperábamos para un lector."),
    "an outside firm's file is our board (fr)": (
        "SEC1",
        "Le gérant avait un fichier avec les noms. C'est exactement le contenu de notre tableau dans TeamFlow.",
        "J'aimerais exporter un fichier avec exactement le contenu de notre tableau dans TeamFlow."),
    "an absent planner's account posts prize-scam tasks (nl)": (
        "SEC3",
        "Vanaf haar account zijn 150 taken aangemaakt met de titel 'Gratis iPhone – claim hier je prijs'.",
        "We organiseren een loterij; de taak heet 'Prijsuitreiking' en staat op haar account."),
    "background jobs stopped at a sister company too": (
        "OUT3",
        "Since last night nothing automatic runs: no recurring tasks, no reminders. Our sister company, on their "
        "own TeamFlow account, has exactly the same.",
        "Since last night nothing automatic runs in one of our boards; I think I switched the rule off myself."),
    "a screenshot shared by a non-member in a Discord server": (
        "SEC1",
        "A tutor sent me a screenshot a student had shared in the class Discord server. No student has ever been a "
        "member of that workspace.",
        "Can I share a board link in our class Discord server so students can follow along?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a security firm's pitch in Italian": (
        "SEC2",
        "Per i nuovi clienti offriamo un penetration test gratuito per scoprire vulnerabilità. Avreste 20 minuti "
        "per una call conoscitiva?",
        "Proposta"),
    "a competitor's leak in the news (pt)": (
        "SEC1",
        "Li que uma plataforma concorrente de vocês teve um vazamento e os dados foram parar num fórum. Com a "
        "gente está tudo normal.",
        "Notícia"),
    "seats cut down, no outage": (
        "OUT1",
        "We cut down to 12 users in the summer. Please refund the extra seats.",
        "Invoice for 40 seats"),
    "a vendor questionnaire's breach question": (
        "SEC1",
        "The questionnaire also asks what your process is if a data breach ever happens.",
        "Vendor onboarding questionnaire"),
    "a former employee who sues is no intruder (nl)": (
        "SEC1",
        "Een voormalige medewerker heeft ons gedagvaard. Zijn advocaat vraagt alle planningsgegevens; wij kunnen "
        "alleen exporteren.",
        "Logbestanden voor rechtszaak"),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
