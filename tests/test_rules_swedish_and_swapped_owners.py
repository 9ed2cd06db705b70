"""Offline extractor, round 117: Swedish tickets, an owner's address swapped by a stranger, guests reading boards out.

``patterns_swedish`` reads the immediate criteria in Swedish ("Ingen av våra användare kommer in", "Någon okänd har
loggat in"); "o e-mail do dono da conta não é mais o meu"; "confirmarem o cartão num link ... Ninguém aqui mandou";
"she read me two donors' names ... Nobody gave her that access"; screenshots posted by a stranger. Near misses: "ein
Sicherheitsproblem ist es natürlich nicht", "pensamos que estaba caído, pero no", attachments that do not upload,
another vendor's mail outage, "Ignore my message from this morning".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "nobody gets in (sv)": (
        "OUT1",
        "Ingen av våra 120 användare kommer in i TeamFlow sedan i morse.",
        "Hur gör vi om ingen kommer in i TeamFlow?"),
    "a stranger signed in (sv)": (
        "SEC1",
        "Någon okänd har loggat in på vårt konto i natt.",
        "Jag har loggat in på vårt konto i natt."),
    "a lawyer will sue (sv)": (
        "LEG1",
        "Vår advokat kommer att stämma er om data inte återställs.",
        "Hur skickar vi fakturor till vår advokat?"),
    "another customer's records seen (sv)": (
        "SEC1",
        "En kund ringde och sa att hon kunde se en annan kunds namn och telefonnummer i portalen.",
        "Kan en kund se en annan kunds namn i portalen?"),
    "the regulator asks for an account (sv)": (
        "LEG2",
        "Integritetsskyddsmyndigheten har begärt att vi redovisar hur kunddata lagras i TeamFlow.",
        "Vad gör vi om Integritetsskyddsmyndigheten ringer?"),
    "tasks gone, the bin empty (sv)": (
        "SEC4",
        "Alla uppgifter i projektet är borta sedan i morse, papperskorgen är tom.",
        "Alla uppgifter i projektet var borta, men vi hittade dem i papperskorgen."),
    "the owner's address swapped (pt)": (
        "SEC1",
        "O e-mail do dono da conta não é mais o meu, agora é um endereço que eu nunca vi.",
        "O e-mail do dono da conta não é mais o meu, eu mudei ontem para o novo domínio."),
    "phishing invites in our name (pt)": (
        "SEC3",
        "Clientes receberam um convite pedindo para confirmarem o cartão num link. Ninguém aqui mandou nada disso.",
        "Como pedimos aos clientes para confirmarem o cartão no portal?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a security problem denied after the noun (de)": (
        "SEC2", "Ist nur kosmetisch, und ein Sicherheitsproblem ist es natürlich nicht.", None),
    "an outage scare taken back at once (es)": (
        "OUT1", "Al principio pensamos que TeamFlow estaba caído, pero no: el tablero tarda en abrir.", None),
    "attachments that do not upload are no outage (it)": (
        "OUT1", "Non riusciamo ancora a caricare gli allegati nei commenti.", None),
    "another vendor's mail outage": (
        "SAT3", "Our email provider (not you!) had an outage yesterday and replies to your support bounced.", None),
    "a scare called off": (
        "SEC1", "Ignore my message from this morning about thinking someone had hacked my account.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_guest_who_reads_out_a_board_she_was_never_given_saw_the_data() -> None:
    found = signals("A volunteer with guest access to one board phoned me and read me two donors' names and addresses "
                    "from our Donors board. Nobody gave her that access.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_stranger_who_downloads_in_swedish_saw_the_data() -> None:
    found = signals("Någon okänd har loggat in på vårt konto i natt och laddat ner kundlistan.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_screenshots_posted_by_a_stranger_are_data_seen() -> None:
    found = signals("Alguien que nadie conoce ha colgado en un grupo de Facebook unas fotos de pantalla con la lista "
                    "de pacientes de nuestro tablero. Eso solo está en TeamFlow, nunca lo hemos compartido.")
    assert found.data_exposed is not None and found.data_exposed.value is True
