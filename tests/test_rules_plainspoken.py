"""Offline extractor, round 53: plain-spoken owners, developers' pasted logs, a shop chain's phones, six languages.

"Every heading is still there but there is nothing inside", "the part of TeamFlow that other programs send things
to", "your program has been making us break those rules", a lure "from me" on every project; a payment gateway's
error passed on by the billing API is no API outage; "three goes and it's still the same"; a quoted, resolved
thread dates nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

# each criterion as these writers told it, beside a near miss in similar words
PLAINSPOKEN: dict[str, tuple[str, str, str]] = {
    "headings left with nothing inside": (
        "SEC4",
        "Every one of our project headings is still there but when you open them there is nothing inside. Neither "
        "of us deleted anything.",
        "I made three new projects this morning and there is nothing inside them yet. How do I add a template?"),
    "the part other programs send things to answers an error": (
        "OUT2",
        "Our web man says the part of TeamFlow that other programs send things to answers with an error every time, "
        "and the same for the other four shops he looks after.",
        "Our web man wants to know which part other programs send things to. Is there a page about it?"),
    "the product makes us break privacy rules": (
        "SEC5",
        "Our patient-privacy rules forbid keeping these notes, and your program has been making us break those rules "
        "by keeping every deleted note.",
        "Our club rules say the treasurer signs off expenses. Can a card need two approvals before it closes?"),
    "a lure posted in my name": (
        "SEC3",
        "A message from me appeared on every project telling the staff to click a link to check their wages. I never "
        "wrote it.",
        "I wrote a message on every project asking the staff to click the link to the new rota."),
    "a vendor's account used beyond its remit": (
        "SEC1",
        "One of the contractor's staff used that service account to download our payroll project. It was never in "
        "scope and nobody asked them to touch it.",
        "We used the service account to download our own payroll project for the auditors."),
    "a staff-only card seen by parents": (
        "SEC1",
        "The card with the pupil's allergy plan was meant to be staff-only, but three other parents have seen it on "
        "the class board.",
        "The card with the pupil's allergy plan should be staff-only. How do I hide it from parents?"),
    "an announced claim": (
        "LEG1",
        "If any of our staff lose money through this, we will hold TeamFlow legally responsible and bring proceedings.",
        "Are you legally responsible for what users post on public boards?"),
    "the user count itself changed": (
        "FIN5",
        "Please take us from 40 users down to 32 from the next invoice onwards.",
        "Our usage went from 40 users to 32 this year. Is that shown anywhere?"),
    "money back without the word refund": (
        "FIN3",
        "You charged 25 seats instead of 5. Please send the difference, $1,200, back to the same bank account.",
        "You charged 25 seats instead of 5. Please send a corrected invoice."),
    "the wrong year in the accounts": (
        "FIN4",
        "Your invoice is in the wrong year for our accounts: half of it belongs to next year.",
        "Your invoice is for the wrong amount: we have 5 seats, not 6."),
    "ticks that come back undone": (
        "TEC3",
        "Since Monday the jobs I tick off during the day are unticked again the next morning.",
        "Once I unticked the jobs by mistake. How do I tick them all again at once?"),
    "laptop and phone never agree": (
        "TEC3",
        "What I change on the computer doesn't show on my phone, and what I add on my phone doesn't show on the "
        "computer.",
        "The colours on my phone don't match the ones on my computer screen."),
    "a formal complaint of support's canned replies": (
        "SAT3",
        "Two replies, each a pasted paragraph that missed the point, and then the ticket was closed.",
        "Can we set up a macro for our own team's replies?"),
    "a one-star review put up": (
        "SAT4",
        "I've put a review on Google giving you one star, and other owners are agreeing underneath.",
        "Do you have a Google review page we can link to from our website?"),
    "a dedicated account person": (
        "ENT3",
        "Do we get a dedicated account person at some point, someone who knows our setup?",
        "I'm the account person for our team. How do I add my colleagues?"),
    "outage in German with the eszett": (
        "OUT1",
        "Seit 7 Uhr ist TeamFlow bei uns komplett außer Betrieb, keiner kommt rein.",
        "Unser Drucker ist außer Betrieb. Wie exportiere ich die Liste als PDF?"),
    "another firm sees the same API failure (de)": (
        "OUT2",
        "Bei jedem Aufruf an die TeamFlow API kommt nur noch HTTP 500. Bei einer anderen Firma mit eigenem Account "
        "genau dasselbe.",
        "Bei jedem Aufruf an die TeamFlow API kommt HTTP 500, aber nur bei uns; bei anderen geht alles."),
    "two months of records gone (it)": (
        "SEC4",
        "Dopo l'aggiornamento i dati degli ultimi 2 mesi del registro non ci sono più.",
        "Come esporto i dati degli ultimi 2 mesi del registro?"),
    "a billing error at another office (nl)": (
        "FIN1",
        "Op onze factuur staan 30 gebruikers terwijl we er 10 hebben; een ander bureau dat ook TeamFlow gebruikt heeft "
        "precies hetzelfde.",
        "Op onze factuur staan 30 gebruikers terwijl we er 10 hebben. Kunnen jullie dit nakijken?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(PLAINSPOKEN)

# words that sound like an incident and report none
NOT_AN_INCIDENT: NearMissTable = {
    "a payment gateway's error passed on by the billing API": (
        "OUT2",
        "Every seat order through the billing API fails: 502 payment_gateway_error from the processor, for every "
        "card we try.", None),
    "a typo'd host with a green status page": (
        "OUT2",
        "Is your API down? My script gets ENOTFOUND. The status page says everything is fine and my colleague's copy "
        "of the script works.", None),
    "a question about headers on 503s": (
        "OUT5", "Does the API send a Retry-After header on 503s? Your rate limits page doesn't mention 503 at all.",
        None),
    "test strings the product escaped": (
        "SEC2",
        "Our QA put <img src=x onerror=alert(1)> into task titles; TeamFlow stored them fine and shows them as "
        "literal text. Are API titles escaped?", None),
    "a questionnaire about patching": (
        "SEC2", "What's your target time to patch a critical vulnerability, and do you run a bug bounty?", None),
    "gone from a tool to a platform": (
        "SEC4", "We've gone from using TeamFlow as a tool to building on it.", None),
    "lost working time": (
        "SEC4", "We lost working time to two sync incidents this spring, each eventually fixed.", None),
    "a replaced credit card": (
        "SEC4", "Our practice credit card was replaced last month, so the renewal failed.", None),
    "the practice closing rather than being sold": (
        "SEC1", "The practice is closing rather than being sold; please close our account and the client list.", None),
    "no odd logins, a forgotten password": (
        "SEC1", "This is not a security concern: there have been no odd logins, she simply forgot her password.", None),
    "the firm's own litigation group": (
        "LEG1", "Our litigation group closes forty matters a quarter. How do we archive them?", None),
    "a commitment in Portuguese": (
        "SEC1", "A disponibilidade ficou abaixo do compromisso do contrato em fevereiro.", None),
    "stock that goes down by itself": (
        "OUT1", "When something is sold on the tills, the stock list in TeamFlow goes down by itself.", None),
    "the supervisors the bug happens to": (
        "SAT2", "It happens for me and the 2 other supervisors, on phone and laptop.", None),
    "other owners who should know": (
        "FIN1", "Our invoices are missing and nobody answers. Other shop owners should know.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_the_alibi_makes_an_export_a_data_exposure() -> None:
    found = signals("Your e-mail says my account exported the supplier contacts to CSV at 3:12am. I was asleep.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value is True
    alert = signals("Your e-mail says someone signed in to my account at 3:12am. I was asleep. I saw it at 7.")
    assert alert.data_exposed is None


def test_a_removed_contractor_still_getting_our_digest_is_an_exposure() -> None:
    found = signals("We ended the cleaning contract and I removed their supervisor from our workspace. She is "
                    "still getting our daily digest with every guest's surname.",
                    "Ex contractor still getting our info")
    assert found.data_exposed is not None and found.data_exposed.value is True
    assert signals("We removed the old member. They are still getting your reminder emails.").data_exposed is None


def test_three_goes_count_as_three_failed_fixes() -> None:
    found = signals("Your team had me reinstall the app, then sign out, then change a setting. Three goes and it's "
                    "still the same.")
    assert found.failed_attempts is not None and found.failed_attempts.value == 3


def test_a_resolved_quoted_thread_and_a_sticky_note_date_nothing() -> None:
    received = datetime(2026, 11, 28, 12, tzinfo=UTC)
    thread = signals("Thanks, it's all working again now. How do I repeat a task every Friday?\n\n"
                     "> On 20 Nov 2026, TeamFlow Support wrote:\n> Fixed.\n", received_at=received)
    assert thread.unresolved_hours is None
    note = signals("I wrote the new password on a sticky note last week and lost it. How do I reset it?",
                   received_at=received)
    assert note.unresolved_hours is None


def test_a_division_of_a_fortune_500_group_is_stated() -> None:
    found = signals("Como división de un grupo asegurador que figura en la lista Fortune 500, tenemos normas "
                    "estrictas.")
    assert found.fortune_500 is not None and found.fortune_500.value is True


def test_first_line_routing_of_plain_requests() -> None:
    assert signals("can you add dark mode?? the white screen kills our night porters' eyes").topic == "product"
    assert signals("half my cooks never open the app. might cancel end of month, what happens to our data?").topic \
        == "billing"
    assert signals("the fire emoji in our label shows up as an empty square on two old tablets").topic == "technical"
    assert signals("Hello it's gone funny again can somebody help me please").topic == "technical"
    assert signals("I'm head of partnerships at ShiftCo. We help chains cut labour costs by 12%. Could we explore a "
                   "partnership? calendly.com/shiftco").topic == "product"


def test_a_comment_that_shows_for_a_second_then_goes_is_a_bug_not_lost_data() -> None:
    found = hit_ids("Quand j'écris un commentaire et que je clique sur Envoyer, il apparaît une seconde puis "
                    "disparaît.", "Mes commentaires s'effacent")
    assert "TEC3" in found and "SEC4" not in found
