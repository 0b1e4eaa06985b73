"""The list of all interventions: queue counts, sorting, search and paging in SQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.core import companies, interventions, people
from crm_desktop.core.context import Context
from crm_desktop.core.intervention_queues import INTERVENTIONS, QUEUES, InterventionFilter, week_of
from tests.field_setup import TUESDAY_9, FieldWorld

# The fixed clock is Monday 2 March 2026 09:30 UTC (10:30 in Brussels).
TODAY = date(2026, 3, 2)


@pytest.fixture
def van_stock() -> int:
    return 0


@pytest.fixture
def jobs(ctx: Context, world: FieldWorld) -> dict[str, str]:
    """Jobs in every queue: to plan (two), today, Thursday, next week, done today, cancelled."""
    zoe = companies.create(ctx, {"name": "Atelier Zoé", "street": "Quai 2", "postcode": "4000", "city": "Liège"})
    alice = people.create(ctx, {"first_name": "Alice", "last_name": "Abel", "city": "Arlon"})
    out: dict[str, str] = {}

    def job(key: str, **values: object) -> str:
        out[key] = interventions.create(ctx, {"company_id": world.company, "subject": f"Job {key}", **values})
        return out[key]

    job("to_plan_late", due_on="2026-03-10", kind="maintenance", subject="Boiler yearly service",
        instructions="Ask for the cellar key")
    job("to_plan_soon", due_on="2026-03-04", person_id=alice, company_id=None)
    job("today", planned_start="2026-03-02T13:00:00Z", technician_ids=[world.anna], company_id=zoe)
    job("thursday", planned_start="2026-03-05T08:00:00Z", technician_ids=[world.bert, world.anna])
    job("next_week", planned_start="2026-03-10T08:00:00Z", technician_ids=[world.bert], kind="installation")
    done = job("done", planned_start="2026-03-02T11:00:00Z", technician_ids=[world.anna])
    interventions.save_report(ctx, done, {"work_done": "Fuse replaced", "arrived_at": "2026-03-02T09:00:00Z",
                                          "departed_at": "2026-03-02T09:20:00Z"}, complete=False)
    interventions.set_status(ctx, done, "done")
    cancelled = job("cancelled", planned_start="2026-03-02T15:00:00Z", technician_ids=[world.bert])
    interventions.set_status(ctx, cancelled, "cancelled")
    return out


def ids(ctx: Context, flt: InterventionFilter, sort: str | None = None, descending: bool = False,
        offset: int = 0, limit: int = 100) -> list[str]:
    return [r[0] for r in INTERVENTIONS.page(ctx.db, flt, sort, descending, offset, limit)]


def keys(jobs: dict[str, str], found: list[str]) -> list[str]:
    back = {v: k for k, v in jobs.items()}
    return [back[i] for i in found]


def test_counts_per_queue(ctx: Context, jobs: dict[str, str]) -> None:
    counts = INTERVENTIONS.counts(ctx.db, InterventionFilter(today=TODAY))
    assert counts == {"to_plan": 2, "today": 2, "this_week": 3, "planned": 3, "done": 1, "cancelled": 1, "all": 7}
    assert set(counts) == set(QUEUES)
    for queue, n in counts.items():
        assert INTERVENTIONS.count(ctx.db, InterventionFilter(queue=queue, today=TODAY)) == n


def test_queues_hold_the_right_jobs_in_their_default_order(ctx: Context, jobs: dict[str, str]) -> None:
    def queue(name: str, descending: bool = False) -> list[str]:
        return keys(jobs, ids(ctx, InterventionFilter(queue=name, today=TODAY), "planned", descending))

    assert queue("to_plan") == ["to_plan_soon", "to_plan_late"]  # by due date
    assert queue("today") == ["done", "today"]  # the cancelled one is not on today's work
    assert queue("this_week") == ["done", "today", "thursday"]
    assert queue("planned") == ["today", "thursday", "next_week"]
    # Jobs without a start come last, whichever the direction.
    assert queue("all") == ["done", "today", "cancelled", "thursday", "next_week", "to_plan_late", "to_plan_soon"]
    assert queue("all", descending=True) == ["next_week", "thursday", "cancelled", "today", "done",
                                             "to_plan_soon", "to_plan_late"]


def test_this_week_is_the_shops_week() -> None:
    assert week_of(date(2026, 3, 8)) == (date(2026, 3, 2), date(2026, 3, 8))
    assert week_of(date(2026, 3, 2)) == (date(2026, 3, 2), date(2026, 3, 8))


def test_a_job_just_after_midnight_local_is_on_that_local_day(ctx: Context, world: FieldWorld) -> None:
    late = interventions.create(ctx, {"company_id": world.company, "subject": "Night alarm",
                                      "planned_start": "2026-03-02T23:30:00Z", "technician_ids": [world.anna]})
    # 00:30 on Tuesday in Brussels: not today, but tomorrow.
    assert late not in ids(ctx, InterventionFilter(queue="today", today=TODAY))
    assert late in ids(ctx, InterventionFilter(queue="today", today=TODAY + timedelta(days=1)))


def test_rows_show_names_team_and_labels_in_column_order(ctx: Context, world: FieldWorld,
                                                         jobs: dict[str, str]) -> None:
    rows = {r[0]: r[1:] for r in INTERVENTIONS.page(ctx.db, InterventionFilter(queue="all", today=TODAY))}
    columns = [c.key for c in INTERVENTIONS.columns]
    thursday = dict(zip(columns, rows[jobs["thursday"]], strict=True))
    assert thursday["customer"] == "Boulangerie Dupont" and thursday["city"] == "Namur"
    assert thursday["technicians"] == "Anna Tech, Bert Tech"
    assert thursday["planned"] == "2026-03-05T08:00:00.000Z" and thursday["status"] == "planned"
    soon = dict(zip(columns, rows[jobs["to_plan_soon"]], strict=True))
    assert (soon["customer"], soon["planned"], soon["technicians"]) == ("Alice Abel", "2026-03-04", None)


def test_sort_by_each_sortable_column(ctx: Context, jobs: dict[str, str]) -> None:
    flt = InterventionFilter(queue="all", today=TODAY)
    by_customer = keys(jobs, ids(ctx, flt, "customer"))
    assert by_customer[0] == "to_plan_soon" and by_customer[1] == "today"  # Alice Abel, Atelier Zoé, Boulangerie
    assert keys(jobs, ids(ctx, flt, "customer", True))[-2:] == ["today", "to_plan_soon"]
    statuses = [r[6] for r in INTERVENTIONS.page(ctx.db, flt, "status")]
    assert statuses == ["to_plan", "to_plan", "planned", "planned", "planned", "done", "cancelled"]
    numbers = [r[1] for r in INTERVENTIONS.page(ctx.db, flt, "number", True)]
    assert numbers == sorted(numbers, reverse=True)
    for key in ("city", "kind", "subject"):
        assert len(ids(ctx, flt, key)) == 7
    with pytest.raises(ValueError, match="cannot be sorted"):
        ids(ctx, flt, "technicians")


def test_search_technician_and_kind_filters(ctx: Context, world: FieldWorld, jobs: dict[str, str]) -> None:
    def found(**values: object) -> list[str]:
        queue = str(values.pop("queue", "all"))
        flt = InterventionFilter(queue=queue, today=TODAY, **values)  # type: ignore[arg-type]
        assert INTERVENTIONS.count(ctx.db, flt) == len(ids(ctx, flt))
        return sorted(keys(jobs, ids(ctx, flt)))

    assert found(text="cellar") == ["to_plan_late"]
    assert found(text="boil") == ["to_plan_late"]  # prefixes
    assert found(text="Liège") == ["today"]  # the site's city, accents folded
    assert found(text='"AND (') == []  # any text is a safe query
    assert found(text="!?") == []  # no words: nothing can match (like the ticket queues)
    assert found(text="") == sorted(jobs)
    assert found(technician_id=world.anna) == ["done", "thursday", "today"]
    assert found(technician_id=world.bert, queue="planned") == ["next_week", "thursday"]
    assert found(kind="installation") == ["next_week"]
    assert found(text="Job", kind="repair", queue="to_plan") == ["to_plan_soon"]
    number = interventions.get(ctx.db, jobs["thursday"])["number"]
    assert found(text=number) == ["thursday"]


def test_deleted_jobs_are_not_listed(ctx: Context, jobs: dict[str, str]) -> None:
    interventions.delete(ctx, jobs["today"])
    flt = InterventionFilter(queue="all", today=TODAY)
    assert jobs["today"] not in ids(ctx, flt)
    assert INTERVENTIONS.counts(ctx.db, flt)["all"] == 6


def test_paging_cuts_the_sorted_list(ctx: Context, world: FieldWorld) -> None:
    start = TUESDAY_9
    with ctx.db.atomic():
        made = [interventions.create(ctx, {"company_id": world.company, "subject": f"Visit {n:02d}",
                                           "planned_start": start + timedelta(hours=n),
                                           "technician_ids": [world.anna]}) for n in range(23)]
    flt = InterventionFilter(queue="planned", today=TODAY)
    pages = [ids(ctx, flt, "planned", False, offset, 5) for offset in range(0, 25, 5)]
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3]
    assert [i for p in pages for i in p] == made
    assert ids(ctx, flt, "planned", True, 0, 3) == made[::-1][:3]
    assert ids(ctx, flt, "planned", False, 100, 5) == []


def test_unknown_queue_or_missing_day_is_a_bug(ctx: Context) -> None:
    with pytest.raises(ValueError):
        INTERVENTIONS.count(ctx.db, InterventionFilter(queue="someday"))
    with pytest.raises(ValueError):
        INTERVENTIONS.count(ctx.db, InterventionFilter(queue="today"))
