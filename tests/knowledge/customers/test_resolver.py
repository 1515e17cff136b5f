"""Finding the customer an advisor means: typos, partial names, accents, namesakes, other books."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from knowledge.access.staff import get_staff
from knowledge.customers.index import BOOKS, index_for
from knowledge.customers.resolver import choose_candidate, resolve_customer
from knowledge.models.bank import Customer, Staff
from tests.knowledge.profile.profile_bank import build_bank


@pytest.fixture
def bank(session: Session) -> Session:
    build_bank(session)
    return session


def staff(session: Session, staff_id: str) -> Staff:
    found = get_staff(session=session, staff_id=staff_id)
    assert found is not None
    return found


@pytest.mark.parametrize(
    "message",
    [
        "tell me about Anna Müller",
        "tell me about anna muller",  # accents optional, lower case
        "Müller, Anna",  # surname first
        "Tell me about Anna Mullr",  # a misspelt surname
        "what about Ana Müller?",  # a misspelt first name
        "ANNA MÜLLER please",
    ],
)
def test_a_name_in_a_message_finds_the_one_customer(bank: Session, message: str) -> None:
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), text=message)
    assert resolution.status == "found"
    assert resolution.customer_id == "C000001"


def test_a_misspelt_surname_alone_finds_the_closest_customer(bank: Session) -> None:
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), text="Zimmerman")
    assert resolution.status == "not_found"  # Klara Zimmermann is in A002's book
    resolution = resolve_customer(session=bank, staff=staff(bank, "A002"), text="Zimmerman")
    assert (resolution.status, resolution.customer_id) == ("found", "C000011")


def test_a_surname_shared_in_the_book_offers_a_choice(bank: Session) -> None:
    resolution = resolve_customer(
        session=bank, staff=staff(bank, "A001"), text="tell me about Müller"
    )
    assert resolution.status == "ambiguous"
    # The exact spellings first; "Mueller" is a different (close) spelling.
    assert resolution.candidates == ("C000001", "C000002")


def test_first_name_alone_offers_every_namesake(bank: Session) -> None:
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), name="Anna")
    assert resolution.status == "ambiguous"
    assert set(resolution.candidates) == {"C000001", "C000003"}


def test_transliterated_umlaut_still_finds_the_customer(bank: Session) -> None:
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), name="Hans Mueller")
    assert (resolution.status, resolution.customer_id) == ("found", "C000002")


def test_letters_without_decomposition_and_apostrophes(bank: Session) -> None:
    a003 = staff(bank, "A003")
    assert (
        resolve_customer(session=bank, staff=a003, text="Lars Overgaard").customer_id == "C000020"
    )
    a001 = staff(bank, "A001")
    assert (
        resolve_customer(session=bank, staff=a001, text="what about O'Brien's savings?").customer_id
        == "C000005"
    )
    assert (
        resolve_customer(session=bank, staff=a001, name="siobhan obrien").customer_id == "C000005"
    )


def test_chat_words_are_not_taken_for_names(bank: Session) -> None:
    resolution = resolve_customer(
        session=bank, staff=staff(bank, "A001"), text="what does she hold? any complaints lately?"
    )
    assert resolution.status == "not_found"


def test_customer_ids_in_any_case(bank: Session) -> None:
    a001 = staff(bank, "A001")
    assert (
        resolve_customer(session=bank, staff=a001, customer_id="c000003").customer_id == "C000003"
    )
    assert resolve_customer(session=bank, staff=a001, text="open C000004").customer_id == "C000004"


def test_another_books_customer_is_exactly_like_an_unknown_one(bank: Session) -> None:
    a001 = staff(bank, "A001")
    other = resolve_customer(session=bank, staff=a001, customer_id="C000011")
    unknown = resolve_customer(session=bank, staff=a001, customer_id="C999999")
    assert other.status == unknown.status == "not_found"
    assert (other.customer_id, other.candidates) == (unknown.customer_id, unknown.candidates)
    # Only the audit learns that the id exists.
    assert other.denied_ids == ("C000011",) and unknown.denied_ids == ()
    by_name = resolve_customer(session=bank, staff=a001, name="Klara Zimmermann")
    assert by_name.status == "not_found" and by_name.denied_ids == ("C000011",)


def test_namesakes_in_other_books_are_never_offered(bank: Session) -> None:
    # A002's Anna Müller (C000010) must not appear in A001's choice, nor the reverse.
    a001 = resolve_customer(session=bank, staff=staff(bank, "A001"), name="Anna Müller")
    assert (a001.status, a001.customer_id) == ("found", "C000001")
    a002 = resolve_customer(session=bank, staff=staff(bank, "A002"), name="Anna Müller")
    assert (a002.status, a002.customer_id) == ("found", "C000010")


def test_branch_manager_and_head_office_scopes(bank: Session) -> None:
    manager = resolve_customer(session=bank, staff=staff(bank, "M001"), name="Anna Müller")
    assert manager.status == "ambiguous" and set(manager.candidates) == {"C000001", "C000010"}
    assert (
        resolve_customer(session=bank, staff=staff(bank, "M001"), name="Lars Øvergaard").status
        == "not_found"
    )  # branch B2
    head = resolve_customer(session=bank, staff=staff(bank, "H001"), name="Lars Øvergaard")
    assert head.customer_id == "C000020"


@pytest.mark.parametrize(
    ("answer", "ordinal", "expected"),
    [
        ("the second one", None, "C000002"),
        ("2", None, "C000002"),
        ("number 1 please", None, "C000001"),
        ("", "2", "C000002"),
        ("the last one", None, "C000002"),
        ("the one in Hamburg", None, "C000002"),
        ("born 1961", None, "C000001"),
        ("Hans", None, "C000002"),
    ],
)
def test_answers_to_a_numbered_choice(
    bank: Session, answer: str, ordinal: str | None, expected: str
) -> None:
    resolution = choose_candidate(
        session=bank,
        staff=staff(bank, "A001"),
        candidates=["C000001", "C000002"],
        ordinal=ordinal,
        text=answer,
    )
    assert (resolution.status, resolution.customer_id) == ("found", expected)


def test_a_choice_cannot_smuggle_in_another_books_customer(bank: Session) -> None:
    resolution = choose_candidate(
        session=bank,
        staff=staff(bank, "A001"),
        candidates=["C000011", "C000001"],
        text="the first one",
    )
    assert resolution.customer_id == "C000001"  # C000011 is dropped, C000001 becomes first


def test_the_cached_index_notices_a_new_customer(
    bank: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    a001 = staff(bank, "A001")
    first = index_for(session=bank, staff=a001)
    assert index_for(session=bank, staff=a001) is first  # cached
    bank.add(Customer(id="C000099", name="Zoe Quist", advisor_id="A001"))
    bank.flush()
    monkeypatch.setattr("knowledge.customers.index.VERSION_CHECK_SECONDS", 0.0)
    assert resolve_customer(session=bank, staff=a001, text="Zoe Quist").customer_id == "C000099"
    BOOKS.clear()


def test_a_book_can_be_prepared_ahead_of_the_first_question(bank: Session) -> None:
    from knowledge.customers.index import prepare_book

    assert prepare_book(session=bank, staff=staff(bank, "A001")) == 5
    assert prepare_book(session=bank, staff=staff(bank, "H001")) == 9


@pytest.mark.parametrize("message", [
    "tell me about Siobhan Zimmermann",  # A002's surname next to my Siobhan's first name
    "tell me about siobhan zimmermann",  # lower case: still a name of the bank
    "what about Siobhan Quartermaine?",  # capitalised: a name, though nobody has it
])
def test_a_first_name_next_to_someone_elses_surname_is_asked_about(
        bank: Session, message: str) -> None:
    """One shared first name is not the same person: offered, never taken silently."""
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), text=message)
    assert resolution.status == "ambiguous" and resolution.candidates == ("C000005",)


def test_a_shared_surname_with_its_particle_is_not_the_full_name(bank: Session) -> None:
    """ "Ruben van Dijk" (another book) shares "van Dijk" with my Femke: two of three parts
    match, but not the first name, so it is offered, not resolved."""
    bank.add_all([Customer(id="C000030", name="Femke van Dijk", advisor_id="A001"),
                  Customer(id="C000031", name="Ruben van Dijk", advisor_id="A002")])
    bank.flush()
    BOOKS.clear()
    a001 = staff(bank, "A001")
    for message in ("tell me about Ruben van Dijk", "I called ruben van dijk, no answer"):
        resolution = resolve_customer(session=bank, staff=a001, text=message)
        assert resolution.status != "found", message
    found = resolve_customer(session=bank, staff=a001, text="femke van dijk")
    assert (found.status, found.customer_id, found.certainty) == ("found", "C000030", "name")


def test_a_misspelling_that_is_someone_elses_exact_name_is_asked_about(bank: Session) -> None:
    """ "Tomasz Braun" is another book's customer, close to my Thomas Braun: offered, not
    taken; a misspelling nobody has exactly still finds my customer."""
    bank.add_all([Customer(id="C000032", name="Thomas Braun", advisor_id="A001"),
                  Customer(id="C000033", name="Tomasz Braun", advisor_id="A003")])
    bank.flush()
    BOOKS.clear()
    a001 = staff(bank, "A001")
    for found in (resolve_customer(session=bank, staff=a001, name="Tomasz Braun"),
                  resolve_customer(session=bank, staff=a001, text="tell me about tomasz braun")):
        assert (found.status, found.candidates) == ("ambiguous", ("C000032",))
    typo = resolve_customer(session=bank, staff=a001, text="tell me about thomas braunn")
    assert (typo.status, typo.customer_id) == ("found", "C000032")


@pytest.mark.parametrize(("answer", "expected"), [("the chef", "C000001"),
                                                  ("the electrician one", "C000002"),
                                                  ("Chef", "C000001")])
def test_a_namesake_picked_by_occupation(bank: Session, answer: str, expected: str) -> None:
    for cid, job in (("C000001", "chef"), ("C000002", "electrician")):
        customer = bank.get(Customer, cid)
        assert customer is not None
        customer.occupation = job
    bank.flush()
    resolution = choose_candidate(session=bank, staff=staff(bank, "A001"),
                                  candidates=["C000001", "C000002"], text=answer)
    assert (resolution.status, resolution.customer_id) == ("found", expected)


def test_an_occupation_both_share_picks_nobody(bank: Session) -> None:
    for cid in ("C000001", "C000002"):
        customer = bank.get(Customer, cid)
        assert customer is not None
        customer.occupation = "teacher"
    bank.flush()
    resolution = choose_candidate(session=bank, staff=staff(bank, "A001"),
                                  candidates=["C000001", "C000002"], text="the teacher")
    assert resolution.status == "ambiguous"


@pytest.mark.parametrize(("answer", "expected"), [("bauingenieurin", None),
                                                  ("elektrikern", "C000002"),
                                                  ("die Architektin", "C000001"),
                                                  ("civilingenjören", None)])
def test_a_namesake_picked_by_a_compound_or_inflected_occupation(
        bank: Session, answer: str, expected: str | None) -> None:
    # "architektin" leads with "architekt", "elektrikern" with "elektriker"; "bauingenieurin"
    # and "civilingenjören" lead with neither occupation: nobody is picked
    for cid, job in (("C000001", "architekt"), ("C000002", "elektriker")):
        customer = bank.get(Customer, cid)
        assert customer is not None
        customer.occupation = job
    bank.flush()
    resolution = choose_candidate(session=bank, staff=staff(bank, "A001"),
                                  candidates=["C000001", "C000002"], text=answer)
    assert resolution.customer_id == expected, resolution


def test_a_swedish_compound_picks_the_civil_engineer_not_the_warehouse_worker(
        bank: Session) -> None:
    for cid, job in (("C000001", "retired warehouse operative"), ("C000002", "civil engineer")):
        customer = bank.get(Customer, cid)
        assert customer is not None
        customer.occupation = job
    bank.flush()
    resolution = choose_candidate(session=bank, staff=staff(bank, "A001"),
                                  candidates=["C000001", "C000002"], text="civilingenjören")
    assert (resolution.status, resolution.customer_id) == ("found", "C000002")


@pytest.mark.parametrize("message", [
    "the müller household: no answer from anna, hans reached, meeting friday with hans",
    "Familie Müller: Anna nicht erreicht, Hans erreicht, Termin mit Hans am Freitag",
    "chez les müller : anna répondeur, hans ok, rdv vendredi avec hans",
])
def test_name_parts_written_apart_are_never_taken_as_one_full_name(bank: Session,
                                                                    message: str) -> None:
    resolution = resolve_customer(session=bank, staff=staff(bank, "A001"), text=message)
    assert not (resolution.status == "found" and resolution.certainty == "name")
