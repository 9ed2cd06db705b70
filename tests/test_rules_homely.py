"""Offline extractor: incidents told in homely words, in English and in six other languages, and agents' handoffs.

"A name at the bottom of our members" who "joined at 3.12 in the morning"; a password that "let him straight in"
on the first eight letters; a link "turned off" that still "opened the whole board"; "37 left, the rest just
aren't there"; "ninguno la invitó"; "veranderde het nummer achteraan in de adresbalk"; "Iedereen kon het via
Google zien"; and the near misses: "a jam competition", "no-shows", "sat down with my porridge".
"""

from __future__ import annotations

import pytest
from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

# round 51: each criterion as these writers told it, beside a near miss in similar words
HOMELY: dict[str, tuple[str, str, str]] = {
    "a stranger who joined in the night": (
        "SEC1",
        "There's a name at the bottom of our members I've never seen. It says he joined at 3.12 in the morning, and "
        "the other two who can add people swear blind they haven't touched it.",
        "Our new volunteer joined at 10.30 this morning; how do I make her an editor?"),
    "a supplier's rep who was meant to see one board sees the wages": (
        "SEC1",
        "I let the feed rep onto our TeamFlow so he could see the delivery days, just the one board. Today he asked "
        "'should I be seeing this?' and there on his screen was our wages sheet.",
        "I let the feed rep onto our TeamFlow so he could see the delivery days. Can he add comments?"),
    "only the first eight letters of a password": (
        "SEC2",
        "My grandson typed only the first eight letters of my password and then any old rubbish, and it let him "
        "straight in.",
        "My grandson typed my right password and it let him straight in; how do I stay signed in?"),
    "a link turned off that still opens the board": (
        "SEC2",
        "In June I turned the link off in the settings. Last night, not signed in, I clicked the old link and it "
        "opened the whole board, phone numbers and all.",
        "I turned the link off in June; how do I make a new one for the autumn newsletter?"),
    "the programs' messages answered with an error at other farms too": (
        "OUT2",
        "Dennis says the weighbridge's messages reach you but your side answers 'error' to every one. He looks after "
        "the same setup for three other farms and they've all been doing exactly the same since 10pm.",
        "Dennis says your side answers quickly when he sends the weights; where can he see them?"),
    "thirty-seven left, the rest not there": (
        "SEC4",
        "There were 412 houses on my round and this morning there's 37 left. The rest just aren't there, not in the "
        "bin thing either.",
        "I have 412 houses on my round; how do I sort the rest by street?"),
    "the health privacy rules broken by reminder e-mails": (
        "SEC5",
        "Your trip e-mails put the patient's name and diagnosis in the message to our volunteers' Gmail. Our practice "
        "manager says this is a serious breaking of the health privacy rules.",
        "Do your e-mails follow the health privacy rules if we turn off the patient name?"),
    "a dairy's registered name in the product's advert": (
        "LEG5",
        "We registered the name and our oak-leaf picture as a trade mark in 2011. You are using it in your advert and "
        "we never agreed to it.",
        "We registered the name as a trade mark last year; can we put it on our board's cover?"),
    "nobody here invited the new administrator (es)": (
        "SEC1",
        "En la lista de integrantes hay una tal Karla con un correo de gmail. Somos seis y ninguno la invitó.",
        "¿Cómo invito a Karla a la lista de integrantes con su correo de gmail?"),
    "a number changed in the address bar opens a closed folder (nl)": (
        "SEC2",
        "Met een testaccount zonder toegang veranderde ik het nummer achteraan in de adresbalk en kreeg zo de taken "
        "uit de afgeschermde map te zien.",
        "Hoe verander ik het adres in de adresbalk naar onze eigen domeinnaam?"),
    "a private board anyone could see via Google (nl)": (
        "SEC1",
        "Dat bord staat op 'alleen leden' en we hebben het nooit openbaar gedeeld. Iedereen kon het dus via Google "
        "zien.",
        "Kunnen we ons openbare rooster via Google laten vinden?"),
    "an outsider with no account receives our weekly summary (pt)": (
        "SEC1",
        "O escritório de contabilidade recebe toda segunda-feira o resumo do nosso quadro com o nome e o salário de "
        "cada professora. Eles nunca foram convidados.",
        "Como faço para o escritório de contabilidade receber o resumo do nosso quadro?"),
    "our export sent to the wrong company, opened there (de)": (
        "SEC1",
        "Der komplette Export unseres Arbeitsbereichs ist an die falsche Adresse gegangen. Die Firma hat die Dateien "
        "geöffnet und uns Screenshots geschickt.",
        "Wie ändere ich die Adresse, an die der Export geschickt wird?"),
    "the Swiss data protection commissioner's official questionnaire (fr)": (
        "LEG2",
        "Le Préposé à la protection des données mène un contrôle auprès des cabinets et nous a adressé un "
        "questionnaire officiel sur l'hébergement des données de nos patients.",
        "Nous préparons un questionnaire pour nos patients ; peut-on l'attacher à une carte ?"),
}

test_homely_criterion_fires, test_homely_near_miss_does_not_fire = criterion_case_tests(HOMELY)

# round 51: words of an incident that report none
NOT_AN_INCIDENT: NearMissTable = {
    "a jam competition": ("HVA4", "The committee looks back at what was decided about the jam competition.", None),
    "appointments lost to no-shows": (
        "SEC4", "I lose about two appointments a week to no-shows; could clients get a text the day before?", None),
    "sitting down with the porridge": (
        "OUT1", "After the storm, when I sat down with my porridge TeamFlow wouldn't load, nor the weather, nor the "
                "news.", None),
    "features we don't use": ("SEC1", "The trainer spent half the session on features we don't use.", None),
    "a card blocked by the customer's own bank": (
        "SEC3", "He called Amex and they said they'd blocked it as suspected fraud on their side.", None),
    "a lawyer mentioned half-jokingly": (
        "LEG1", "Our designers half-jokingly said they'd hire a lawyer if the classic icons disappear.", None),
    "a widow closing her late husband's accounts": (
        "SEC1", "My husband passed away in February. I have closed his bank account and his email, and now I am "
                "doing this.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_integration_names_are_not_hidden_by_a_google_anchor() -> None:
    assert "TEC4" in hit_ids("Since Tuesday our lessons aren't turning up in Google Calendar any more.",
                             "Lessons not showing in Google Calendar any more")


@pytest.mark.parametrize("body", [
    # a man from another club showed a parent our board on his phone
    "A coach from the other club showed one of our mums our team board on his phone. He's not in our club and never "
    "has been, and I've no idea how he got into it.",
    # a stranger put our private list on Facebook word for word
    "Our private prayer list appeared word for word on a Facebook page, put up by a man none of us know, who has "
    "never been to our church. The four of us haven't shared it.",
    # the zip holds another clinic's patients
    "The export zip contains a file with names and phone numbers of people who aren't their clients.",
])
def test_outsiders_saw_the_data(body: str) -> None:
    found = signals(body)
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is not None and found.data_exposed.value


def test_a_private_list_published_word_for_word_is_a_breach_not_a_copied_work() -> None:
    assert "LEG5" not in hit_ids("Our private prayer list appeared word for word on Facebook. Only the pastor, the "
                                 "deacons and I can see that board.")

# round 52: regional English voices and the mobile app's feedback box
REGIONAL_AND_TERSE: dict[str, tuple[str, str, str]] = {
    "a newcomer nobody invited, in a Jamaican voice": (
        "SEC1",
        "Since Tuesday one name mi nuh know show up inna wi member list. Nobody invite him, mi check wid all di "
        "leaders.",
        "How mi fi invite him to wi member list?"),
    "a small box that jumped up for everyone who opened the board": (
        "SEC2",
        "My son typed some of his computer writing into a task title, and after that anytime anybody opened that "
        "board a small box jumped up on their screen. He says a wicked person could take over their account.",
        "A small box jumped up asking me to rate the app; how do I turn it off?"),
    "a test login that opens a private board": (
        "SEC2",
        "I made one extra login just to test and gave it only the 'Repair Jobs' board. But from that login I am able "
        "to open the 'Salaries' board also, which is marked private, only for me.",
        "I made one extra login for my mechanic; from that login how do I open the 'Repair Jobs' board?"),
    "hundreds of sign-in attempts with the wrong password": (
        "SEC3",
        "I woke up to over four hundred emails, each saying there was a sign-in attempt with the wrong password, from "
        "Brazil, Vietnam and Russia, all night long.",
        "I typed my password wrong twice this morning; is there a limit before it locks?"),
    "orders completely missing after the update": (
        "SEC4",
        "After your app update this morning, 120 orders are completely missing from our order board.",
        "Which orders are missing a buyer name? Can I filter for them?"),
    "a state dental board's investigator": (
        "LEG2",
        "An investigator from the state dental board came by and asked for written answers about where our patient "
        "scheduling information is kept.",
        "We're preparing for our state dental board exam; can TeamFlow track study tasks?"),
    "a community station's jingle in the product's advert": (
        "LEG5",
        "Your new advert on YouTube uses our station jingle. We wrote and recorded it ourselves in 2019 and nobody "
        "asked us.",
        "Can we upload our station jingle to a card so the presenters can hear it?"),
    "none of the customer's four offices can reach it": (
        "OUT1",
        "cant reach teamflow at all, none of our 4 offices can. client launch today pls hurry",
        "none of our 4 offices can agree on the board colours lol which theme do u recommend"),
    "an attorney already looking at a stranger's screenshots": (
        "LEG1",
        "a teamflow user i've never met sent me screenshots of my clients invoices from my workspace. my attorney is "
        "already looking at this",
        "my attorney is looking at this year's invoices, can i export them as pdf?"),
    "real data getting wrecked": (
        "SEC4",
        "dates got scrambled again after your second fix, tasks show due dates in 1970. this is real data getting "
        "wrecked",
        "if the import fails could it wreck our data? just asking before we try"),
}

test_regional_and_terse_criterion_fires, test_regional_and_terse_near_miss_does_not_fire = criterion_case_tests(
    REGIONAL_AND_TERSE)


def test_a_gdpr_violation_written_with_sharp_s() -> None:
    assert "SEC5" in hit_ids("Eure App schickt die E-Mail-Adressen unserer Kunden an einen Analytics-Dienst in den "
                             "USA. Dafür gibt es weder Einwilligung noch AV-Vertrag, das ist ein klarer "
                             "DSGVO-Verstoß!!")
