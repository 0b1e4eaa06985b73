"""Global search: accents, prefixes, phone numbers, tickets, interventions and articles, hostile input, VACUUM."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_desktop.core import companies, history, interventions, knowledge, people, tickets
from crm_desktop.core.context import Context
from crm_desktop.core.search import KINDS, SearchHit, search
from tests.field_setup import build

TUESDAY_9 = "2026-03-03T08:00:00Z"  # 09:00 in Brussels; the fixed clock is Monday 2 March 09:30 UTC


@pytest.fixture
def sample(ctx: Context) -> dict[str, str]:
    acme = companies.create(ctx, {"name": "Chauffage Dupuis", "city": "Liège"})
    helene = people.create(ctx, {"first_name": "Hélène", "last_name": "Dupont", "company_id": acme,
                                 "email": "helene@example.com", "phone": "02 477 12 34"})
    helene2 = people.create(ctx, {"first_name": "Helene", "last_name": "Lefèvre", "city": "Namur"})
    call = history.log(ctx, {"kind": "call", "subject": "Devis chaudière", "body": "Rappeler jeudi",
                             "person_id": helene})
    return {"acme": acme, "helene": helene, "helene2": helene2, "call": call}


def ids(hits: list[SearchHit], kind: str) -> set[str]:
    return {h.id for h in hits if h.kind == kind}


def test_accents_do_not_matter_either_way(ctx: Context, sample: dict[str, str]) -> None:
    for query in ("helene", "Hélène", "HELENE", "hélene"):
        assert ids(search(ctx.db, query), "person") == {sample["helene"], sample["helene2"]}, query
    assert ids(search(ctx.db, "lefevre"), "person") == {sample["helene2"]}
    assert ids(search(ctx.db, "liege"), "company") == {sample["acme"]}
    assert ids(search(ctx.db, "chaudiere"), "history") == {sample["call"]}


def test_prefixes_two_words_and_grouping(ctx: Context, sample: dict[str, str]) -> None:
    hits = search(ctx.db, "Dup")
    assert [h.kind for h in hits] == ["person", "company"]
    assert ids(search(ctx.db, "helene dup"), "person") == {sample["helene"]}
    assert search(ctx.db, "helene nobodyhere") == []


def test_phone_numbers_match_however_typed(ctx: Context, sample: dict[str, str]) -> None:
    for typed in ("02 477 12 34", "+32 2 477 12 34", "024771234", "0032 2 477.12.34"):
        assert ids(search(ctx.db, typed), "person") == {sample["helene"]}, typed


def test_deleted_records_are_not_found(ctx: Context, sample: dict[str, str]) -> None:
    people.delete(ctx, sample["helene"])
    assert ids(search(ctx.db, "helene"), "person") == {sample["helene2"]}
    people.restore(ctx, sample["helene"])
    assert sample["helene"] in ids(search(ctx.db, "helene"), "person")


def test_edits_are_searchable_at_once(ctx: Context, sample: dict[str, str]) -> None:
    people.update(ctx, sample["helene"], {"last_name": "Dubois"})
    assert ids(search(ctx.db, "dubois"), "person") == {sample["helene"]}
    assert sample["helene"] not in ids(search(ctx.db, "dupont"), "person")


def test_search_still_works_after_vacuum(ctx: Context, sample: dict[str, str]) -> None:
    # Delete rows for real so that VACUUM has holes to close and rowids could move.
    filler = [people.create(ctx, {"last_name": f"Filler{i}"}) for i in range(30)]
    marks = ",".join("?" * 20)
    ctx.db.execute(f"DELETE FROM people WHERE id IN ({marks})", filler[:20])
    before = {q: search(ctx.db, q) for q in ("helene", "dupont", "liege", "chaudiere", "filler")}
    ctx.db.execute("VACUUM")
    after = {q: search(ctx.db, q) for q in before}
    assert after == before
    assert ids(after["helene"], "person") == {sample["helene"], sample["helene2"]}
    assert len(ids(after["filler"], "person")) == 8  # limit per kind; all live ones exist
    assert ids(search(ctx.db, "filler29", limit=50), "person") == {filler[29]}


def test_limit_per_kind(ctx: Context) -> None:
    for i in range(12):
        people.create(ctx, {"last_name": f"Martin{i}", "email": f"m{i}@example.com"})
    assert len(search(ctx.db, "martin", limit=5)) == 5
    assert len(search(ctx.db, "martin")) == 8


HOSTILE = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("\"'*()-+:^{}[]\\;,. _éE😀\x00\u200b"))),
    st.lists(st.sampled_from(["NEAR(", "AND", "OR", "NOT", "\"", "*", "-", "(", ")", "'", ":",
                              "last_name:", "DROP TABLE people;", "--", "Hélène", "helene",
                              "😀", "x*", "^", "+32", "0477"]), max_size=8).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE)
@example(text='"')
@example(text="NEAR(a b)")
@example(text="* OR -x")
@example(text="'); DROP TABLE people; --")
@example(text="last_name:dupont")
@example(text="😀 hélène")
@example(text="_")
@example(text="a" * 5000)
def test_hostile_input_never_raises(ctx: Context, sample: dict[str, str], text: str) -> None:
    hits = search(ctx.db, text)
    assert isinstance(hits, list)
    assert all(isinstance(h, SearchHit) for h in hits)


# --------------------------------------------------------------------------- tickets and articles


@pytest.fixture
def desk(ctx: Context, sample: dict[str, str]) -> dict[str, str]:
    """Tickets for Hélène (one resolved, one deleted) and a few knowledge base articles."""
    out = {}
    for n in range(12):
        out[f"t{n}"] = tickets.open_ticket(ctx, {"person_id": sample["helene"], "subject": f"Imprimante bloquée {n}",
                                                 "description": "Bourrage papier dans le bac 2"})
    out["boiler"] = tickets.open_ticket(ctx, {"company_id": sample["acme"], "subject": "Chaudière en défaut F22",
                                              "description": "Pression trop basse"})
    tickets.set_status(ctx, out["boiler"], "resolved", "Remise en pression, purge des radiateurs")
    out["gone"] = tickets.open_ticket(ctx, {"person_id": sample["helene"], "subject": "Doublon effacé"})
    tickets.delete(ctx, out["gone"])
    out["f22"] = knowledge.create(ctx, {"title": "Chaudière F22 : pression trop basse", "language": "fr",
                                        "solution": "Remettre en pression.", "product": "Vaillant ecoTEC",
                                        "category": "breakdown"})
    out["inverter"] = knowledge.create(ctx, {"title": "Inverter offline", "solution": "Restart the Wi-Fi stick.",
                                             "product": "SMA Sunny Boy", "category": "Solar panels",
                                             "language": "en"})
    return out


def number(ctx: Context, ticket_id: str) -> str:
    return tickets.get(ctx.db, ticket_id)["number"]


def test_a_ticket_number_finds_its_ticket_first(ctx: Context, desk: dict[str, str]) -> None:
    wanted = number(ctx, desk["t10"])  # T-XXX-0011: others share its words and its start "T-XXX-001"
    for typed in (wanted, wanted.lower(), f"  {wanted} "):
        hits = [h for h in search(ctx.db, typed) if h.kind == "ticket"]
        assert hits[0].id == desk["t10"], typed
        assert hits[0].title == f"{wanted} Imprimante bloquée 10"
    prefix = wanted[:-1]  # the numbers that start with it come first, in order
    hits = [h for h in search(ctx.db, prefix) if h.kind == "ticket"]
    expected = sorted(number(ctx, desk[f"t{n}"]) for n in range(12) if number(ctx, desk[f"t{n}"]).startswith(prefix))
    assert [h.title.split()[0] for h in hits[:len(expected)]] == expected
    assert [h.kind for h in search(ctx.db, "T-NOPE-0001")] == []


def test_tickets_by_subject_and_description_with_customer_and_status(ctx: Context, sample: dict[str, str],
                                                                     desk: dict[str, str]) -> None:
    hits = [h for h in search(ctx.db, "chaudiere defaut") if h.kind == "ticket"]
    assert [h.id for h in hits] == [desk["boiler"]]
    assert hits[0].subtitle == "Chauffage Dupuis"  # "Person (Company)", or whichever the ticket has
    assert hits[0].labels == ("Resolved",) and hits[0].company_id == sample["acme"]
    paper = [h for h in search(ctx.db, "bourrage", limit=5) if h.kind == "ticket"]
    assert len(paper) == 5  # the limit per kind
    assert paper[0].subtitle == "Hélène Dupont (Chauffage Dupuis)" and paper[0].labels == ("New",)
    assert paper[0].person_id == sample["helene"]
    assert not [h for h in search(ctx.db, "doublon") if h.kind == "ticket"]  # deleted
    newer = tickets.open_ticket(ctx, {"company_id": sample["acme"], "subject": "Radiateur froid",
                                      "description": "Un défaut de la vanne thermostatique"})
    # A word in the subject tells more than one in the description, whatever their age.
    assert [h.id for h in search(ctx.db, "defaut") if h.kind == "ticket"] == [desk["boiler"], newer]


def test_articles_by_title_and_product(ctx: Context, desk: dict[str, str]) -> None:
    hits = [h for h in search(ctx.db, "ecotec") if h.kind == "kb_article"]
    assert [h.id for h in hits] == [desk["f22"]]
    assert hits[0].title == "Chaudière F22 : pression trop basse" and hits[0].subtitle == "Vaillant ecoTEC"
    assert hits[0].labels == ("Breakdown", "French")
    inverter = [h for h in search(ctx.db, "inverter") if h.kind == "kb_article"]
    assert inverter[0].subtitle == "SMA Sunny Boy · Solar panels"  # a category of its own, as typed
    assert inverter[0].labels == ("English",)
    knowledge.delete(ctx, desk["f22"])
    assert not [h for h in search(ctx.db, "ecotec") if h.kind == "kb_article"]


def test_kinds_come_in_order(ctx: Context, sample: dict[str, str], desk: dict[str, str]) -> None:
    history.log(ctx, {"kind": "note", "subject": "Pression chaudière vérifiée", "person_id": sample["helene"]})
    kinds = [h.kind for h in search(ctx.db, "pression")]
    assert kinds == ["ticket", "kb_article", "history"]


def test_tickets_and_articles_are_found_after_vacuum(ctx: Context, desk: dict[str, str]) -> None:
    before = {q: search(ctx.db, q) for q in ("imprimante", "ecotec", "inverter", number(ctx, desk["t3"]))}
    ctx.db.execute("DELETE FROM tickets WHERE id = ?", [desk["gone"]])
    ctx.db.execute("VACUUM")
    assert {q: search(ctx.db, q) for q in before} == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE)
@example(text="T-")
@example(text="t-")
@example(text="T-ABC-")
@example(text="{number} : x")
@example(text="subject: x")
def test_hostile_input_never_raises_on_tickets_and_articles(ctx: Context, desk: dict[str, str], text: str) -> None:
    hits = search(ctx.db, text)
    assert all(isinstance(h, SearchHit) for h in hits)


# --------------------------------------------------------------------------- interventions


@pytest.fixture
def jobs(ctx: Context) -> dict[str, str]:
    """Interventions at the bakery: one to plan, one done with a report, one deleted, and a dozen more."""
    world = build(ctx)
    out = {"world_person": world.person, "world_company": world.company}
    out["oven"] = interventions.create(ctx, {
        "person_id": world.person, "subject": "Four ne chauffe plus", "instructions": "Code de la porte 4711",
        "site_contact": "Jean Boulanger"})
    out["boiler"] = interventions.create(ctx, {
        "company_id": world.company, "subject": "Entretien chaudière", "kind": "maintenance",
        "planned_start": TUESDAY_9, "technician_ids": [world.bert]})
    ctx.clock.advance(days=1, hours=2)
    interventions.save_report(ctx, out["boiler"], {"work_done": "Nettoyage du brûleur", "arrived_at": TUESDAY_9,
                                                   "departed_at": "2026-03-03T09:00:00Z"}, complete=True)
    out["gone"] = interventions.create(ctx, {"company_id": world.company, "subject": "Doublon effacé"})
    interventions.delete(ctx, out["gone"])
    for n in range(12):
        out[f"j{n}"] = interventions.create(ctx, {"company_id": world.company, "subject": f"Vitrine frigo {n}"})
    return out


def inumber(ctx: Context, intervention_id: str) -> str:
    return interventions.get(ctx.db, intervention_id)["number"]


def test_an_intervention_number_finds_it_first(ctx: Context, jobs: dict[str, str]) -> None:
    wanted = inumber(ctx, jobs["j8"])  # I-XXX-0012: others share its words and its start "I-XXX-001"
    for typed in (wanted, wanted.lower(), f"  {wanted} "):
        hits = [h for h in search(ctx.db, typed) if h.kind == "intervention"]
        assert hits[0].id == jobs["j8"], typed
        assert hits[0].title == f"{wanted} Vitrine frigo 8"
    prefix = wanted[:-1]
    hits = [h for h in search(ctx.db, prefix) if h.kind == "intervention"]
    expected = sorted(n for n in (inumber(ctx, jobs[k]) for k in jobs if k[0] in "jbo") if n.startswith(prefix))
    assert [h.title.split()[0] for h in hits[:len(expected)]] == expected
    assert [h for h in search(ctx.db, "I-NOPE-0001") if h.kind == "intervention"] == []
    # A ticket number never finds an intervention, nor the other way round.
    assert {h.kind for h in search(ctx.db, wanted)} == {"intervention"}


def test_interventions_by_their_words_with_customer_status_and_kind(ctx: Context, jobs: dict[str, str]) -> None:
    for typed, key in (("four", "oven"), ("4711", "oven"), ("boulanger", "oven"), ("brûleur", "boiler"),
                       ("bruleur", "boiler"), ("chaudiere", "boiler")):
        assert [h.id for h in search(ctx.db, typed) if h.kind == "intervention"] == [jobs[key]], typed
    oven = next(h for h in search(ctx.db, "four") if h.kind == "intervention")
    assert oven.subtitle == "Marie Dupont (Boulangerie Dupont) · Namur"
    assert oven.labels == ("To plan", "Repair") and oven.person_id == jobs["world_person"]
    boiler = next(h for h in search(ctx.db, "entretien") if h.kind == "intervention")
    assert boiler.labels == ("Done", "Maintenance") and boiler.company_id == jobs["world_company"]
    assert boiler.subtitle == "Boulangerie Dupont · Namur"
    # Words from two columns (the subject and the city) find it too.
    assert [h.id for h in search(ctx.db, "namur four") if h.kind == "intervention"] == [jobs["oven"]]
    assert not [h for h in search(ctx.db, "doublon") if h.kind == "intervention"]  # deleted
    interventions.restore(ctx, jobs["gone"])
    assert [h.id for h in search(ctx.db, "doublon") if h.kind == "intervention"] == [jobs["gone"]]


def test_interventions_newest_first_with_the_limit_and_subject_before_other_words(
        ctx: Context, jobs: dict[str, str]) -> None:
    hits = [h for h in search(ctx.db, "vitrine", limit=5) if h.kind == "intervention"]
    assert [h.id for h in hits] == [jobs[f"j{n}"] for n in (11, 10, 9, 8, 7)]
    newer = interventions.create(ctx, {"company_id": jobs["world_company"], "subject": "Porte de la chambre froide",
                                       "instructions": "Passer aussi voir la vitrine"})
    # "vitrine" in a subject tells more than in the instructions, whatever their age.
    found = [h.id for h in search(ctx.db, "vitrine", limit=20) if h.kind == "intervention"]
    assert found[-1] == newer and len(found) == 13


def test_interventions_come_after_tickets_and_before_articles(ctx: Context, jobs: dict[str, str]) -> None:
    tickets.open_ticket(ctx, {"company_id": jobs["world_company"], "subject": "Vitrine en panne"})
    knowledge.create(ctx, {"title": "Vitrine réfrigérée : givre", "solution": "Dégivrer."})
    history.log(ctx, {"kind": "note", "subject": "Vitrine à remplacer", "company_id": jobs["world_company"]})
    kinds = [h.kind for h in search(ctx.db, "vitrine")]
    assert list(dict.fromkeys(kinds)) == ["ticket", "intervention", "kb_article", "history"]
    assert KINDS.index("intervention") == KINDS.index("ticket") + 1


def test_interventions_are_found_after_vacuum(ctx: Context, jobs: dict[str, str]) -> None:
    before = {q: search(ctx.db, q) for q in ("four", "vitrine", "bruleur", inumber(ctx, jobs["j3"]))}
    ctx.db.execute("DELETE FROM interventions WHERE id = ?", [jobs["gone"]])
    ctx.db.execute("VACUUM")
    assert {q: search(ctx.db, q) for q in before} == before


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE)
@example(text="I-")
@example(text="i-")
@example(text="I-ABC-")
@example(text="I-ABC-0001 OR")
@example(text="{instructions} : x")
@example(text="work_done: x")
def test_hostile_input_never_raises_on_interventions(ctx: Context, jobs: dict[str, str], text: str) -> None:
    hits = search(ctx.db, text)
    assert all(isinstance(h, SearchHit) for h in hits)
