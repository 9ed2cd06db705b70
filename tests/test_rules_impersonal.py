"""Offline extractor: facts told impersonally or by a third party, and old held-back misses.

"con ese enlace se pueden cambiar y hasta borrar las tarjetas", "TeamFlow simply doesn't answer, and two
other shops ... have exactly the same problem", "my accountant, who has her own TeamFlow, has the same",
"we will pursue damages if the board is not restored". Each case pairs a text that shows the criterion with
a near miss in similar words.
"""

from __future__ import annotations

from rules_helpers import criterion_case_tests

# round 48: four misses of the earliest held-back sets (F and AM), fixed in general form
EARLY_MISSES: dict[str, tuple[str, str, str]] = {
    "a 'read only' link that lets anyone delete cards (es)": (
        "SEC2",
        "Comparto el tablero con el enlace de 'solo lectura'. Probé con mi otro correo y con ese enlace se pueden "
        "cambiar y hasta borrar las tarjetas.",
        "Comparto el tablero con el enlace de 'solo lectura'. ¿Cómo hago para que mis clientes puedan comentar?"),
    "TeamFlow does not answer a script, at other shops too": (
        "OUT2",
        "My developer's program copies orders into TeamFlow. Since this morning TeamFlow simply doesn't answer, and "
        "two other shops he built it for have exactly the same problem.",
        "My developer's program copies orders into TeamFlow. How do I give it a key for two other shops?"),
    "uploads failing for us and at another organisation's own account": (
        "OUT3",
        "Nobody can upload anything: every time anyone in my company tries to add a file it spins and fails. My "
        "accountant, who has her own TeamFlow, has the same thing.",
        "My accountant has her own TeamFlow. How do I add a file to a card she can see?"),
    "a claim for damages announced while counsel reads the terms": (
        "LEG1",
        "Our attorney is reviewing your terms and we will pursue damages if the board is not restored within 48 "
        "hours.",
        "Our attorney is reviewing your terms before we sign; could you send the latest version?"),
    "everything automatic stopped at two of the customer's sites": (
        "OUT3",
        "Since 6am nothing in the background works for our account: no notifications, no recurring tasks, no "
        "automation rules firing. Our Berlin and Chicago teams both see it.",
        "One automation rule in the background work is not firing since I edited it; our Berlin and Chicago teams "
        "both use it."),
}

test_early_misses_criterion_fires, test_early_misses_near_miss_does_not_fire = criterion_case_tests(EARLY_MISSES)
