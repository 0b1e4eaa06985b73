"""The planning rules on their edges, against plain references.

Slots are half-open [start, end): touching slots do not overlap; working hours are
checked minute by minute in the shop's time zone, across the nights the clocks change
(Europe/Brussels: 29 March and 25 October 2026); skills compare without case; an
absence that only touches a slot is no warning, any overlap of a minute is.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.core import planning, technicians, users
from crm_desktop.core.clock import to_iso
from crm_desktop.core.context import Context
from crm_desktop.core.permissions import Role
from crm_desktop.core.technicians import Technician

ZONE = ZoneInfo("Europe/Brussels")
MINUTE = timedelta(minutes=1)
#: Days around the changes of the clocks, and an ordinary week (UTC midnights).
BASES = (datetime(2026, 3, 27, tzinfo=UTC), datetime(2026, 10, 23, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC))
#: The clocks change at 01:00 UTC on these Sundays.
CHANGES = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC))
FAST = settings(max_examples=150, deadline=None, derandomize=True, database=None)

#: Minutes of a day, often on the edges people type and around 02:00-03:00 (the changed hour).
EDGES = (0, 60, 90, 120, 135, 150, 165, 180, 210, 480, 1020, 1439)
DAY_MINUTE = st.one_of(st.integers(0, 1439), st.sampled_from(EDGES))


@st.composite
def window(draw: st.DrawFn) -> str:
    """"HH:MM-HH:MM" with the start before the end, or "" for a day off."""
    if draw(st.integers(0, 4)) == 0:
        return ""
    a, b = draw(DAY_MINUTE), draw(DAY_MINUTE)
    if a == b:
        b = a + 1 if a < 1439 else a - 1
    opens, closes = sorted((a, b))
    return f"{opens // 60:02d}:{opens % 60:02d}-{closes // 60:02d}:{closes % 60:02d}"


@st.composite
def slot(draw: st.DrawFn, longest: int = 3 * 1440) -> tuple[datetime, datetime]:
    """A slot of whole minutes up to ``longest`` minutes long: within 4 days of a base, or
    around the moment the clocks change (01:00 UTC on those Sundays)."""
    if draw(st.integers(0, 2)) == 0:  # across a change of the clocks, often within the changed hour
        start = draw(st.sampled_from(CHANGES)) + timedelta(minutes=draw(st.integers(-75, 15)))
        length = draw(st.one_of(st.integers(0, 75), st.integers(0, min(longest, 240))))
        return start, start + timedelta(minutes=length)
    offset = draw(st.one_of(st.integers(0, 4 * 1440), st.integers(0, 4 * 96).map(lambda q: q * 15)))
    start = draw(st.sampled_from(BASES)) + timedelta(minutes=offset)
    length = draw(st.one_of(st.integers(0, longest), st.integers(0, longest // 15).map(lambda q: q * 15)))
    return start, start + timedelta(minutes=length)


@st.composite
def close_slots(draw: st.DrawFn) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]]:
    """Two slots on a grid of a few minutes, so that they touch, nest, or are empty often."""
    base = draw(st.sampled_from(BASES))
    a, a_length, b, b_length = (draw(st.integers(0, 8)) for _ in range(4))
    return (base + a * MINUTE, base + (a + a_length) * MINUTE), (base + b * MINUTE, base + (b + b_length) * MINUTE)


def minutes(start: datetime, end: datetime) -> set[datetime]:
    out, moment = set(), start
    while moment < end:
        out.add(moment)
        moment += MINUTE
    return out


def outside_reference(start: datetime, end: datetime, tech: Technician) -> bool:
    """Minute by minute: is any minute's local wall time outside its local day's window?"""
    moment = start
    while moment < end:
        local = moment.astimezone(ZONE)
        hours = tech.window(local.weekday())
        if hours is None or not hours[0] <= local.time().replace(tzinfo=None) < hours[1]:
            return True
        moment += MINUTE
    return False


# -- overlaps -------------------------------------------------------------------------------------


@FAST
@given(pair=st.one_of(close_slots(), st.tuples(slot(longest=300), slot(longest=300))))
def test_overlap_is_a_shared_minute(pair: tuple[tuple[datetime, datetime], tuple[datetime, datetime]]) -> None:
    a, b = pair
    shared = bool(minutes(*a) & minutes(*b))
    assert planning.overlaps(*a, *b) == shared
    assert planning.overlaps(*b, *a) == shared  # symmetric
    assert planning.overlaps(*a, *a) == (a[0] < a[1])  # a slot overlaps itself unless it is empty


@FAST
@given(a=slot(), after=st.integers(0, 600))
def test_touching_slots_never_overlap(a: tuple[datetime, datetime], after: int) -> None:
    start, end = a
    following = (end, end + timedelta(minutes=after))
    assert not planning.overlaps(start, end, *following)
    assert not planning.overlaps(*following, start, end)


# -- working hours --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(hours=st.lists(window(), min_size=7, max_size=7), when=slot())
def test_outside_hours_matches_minute_by_minute(hours: list[str], when: tuple[datetime, datetime]) -> None:
    tech = Technician(id="t", name="T", hours=tuple(hours))
    assert planning.outside_hours(*when, tech, ZONE) == outside_reference(*when, tech)


def test_outside_hours_on_the_nights_the_clocks_change() -> None:
    """Worked examples of the two nights, written out by hand."""
    night = Technician(id="t", name="T", hours=("",) * 6 + ("01:00-02:45",))  # Sundays 01:00-02:45 only
    # 25 October: 02:00-03:00 happens twice. 00:30-01:15 UTC is 02:30 CEST .. 02:15 CET: 02:45-02:59 CEST is out.
    assert planning.outside_hours(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 15, tzinfo=UTC),
                                  night, ZONE)
    # 00:00-00:40 UTC is 02:00-02:40 CEST: inside.
    assert not planning.outside_hours(datetime(2026, 10, 25, 0, 0, tzinfo=UTC),
                                      datetime(2026, 10, 25, 0, 40, tzinfo=UTC), night, ZONE)
    # 01:00-01:40 UTC is 02:00-02:40 CET (the second time): inside too.
    assert not planning.outside_hours(datetime(2026, 10, 25, 1, 0, tzinfo=UTC),
                                      datetime(2026, 10, 25, 1, 40, tzinfo=UTC), night, ZONE)
    # 29 March: 02:00-03:00 never happens; 00:30-01:30 UTC is 01:30 CET .. 03:30 CEST: 03:00 on is out.
    assert planning.outside_hours(datetime(2026, 3, 29, 0, 30, tzinfo=UTC), datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
                                  night, ZONE)
    # A Sunday off: the repeated hour is still Sunday.
    off = Technician(id="t", name="T", hours=("08:00-17:00",) * 6 + ("",))
    assert planning.outside_hours(datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 10, tzinfo=UTC),
                                  off, ZONE)


# -- skills ---------------------------------------------------------------------------------------

SKILL = st.sampled_from(["heating", "Heating", "HEATING", "network", "Network", "electrical", "gas", "Gas", "ß",
                         "SS", "printers"])


@FAST
@given(needed=st.lists(SKILL, max_size=6), has=st.lists(SKILL, max_size=6))
def test_missing_skills_is_a_set_difference_without_case(needed: list[str], has: list[str]) -> None:
    missing = planning.missing_skills(needed, has)
    owned = {s.casefold() for s in has}
    assert {s.casefold() for s in missing} == {s.casefold() for s in needed} - owned
    assert len({s.casefold() for s in missing}) == len(missing)  # each missing skill named once
    assert set(missing) <= set(needed) and missing == sorted(missing)
    assert planning.missing_skills(needed, [*has, *needed]) == []


# -- absences in check() --------------------------------------------------------------------------


def test_absence_warns_only_on_a_real_overlap(ctx: Context) -> None:
    anna = users.add_user(ctx.db, ctx.clock, "Anna Tech", Role.TECHNICIAN).id
    bert = users.add_user(ctx.db, ctx.clock, "Bert Tech", Role.TECHNICIAN).id
    always = ["00:00-23:59"] * 7
    for tech in (anna, bert):
        technicians.save_profile(ctx, tech, {"hours": always, "skills": ["heating"]})
    slot_start = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)

    @settings(max_examples=40, deadline=None, derandomize=True, database=None)
    @given(begin=st.integers(-240, 240).map(lambda q: q * 5), length=st.integers(1, 120).map(lambda q: q * 5),
           slot_minutes=st.integers(1, 24).map(lambda q: q * 15), who=st.sampled_from(["anna", "bert"]))
    def check(begin: int, length: int, slot_minutes: int, who: str) -> None:
        tech = anna if who == "anna" else bert
        slot_end = slot_start + timedelta(minutes=slot_minutes)
        away_start = slot_start + timedelta(minutes=begin)
        away_end = away_start + timedelta(minutes=length)
        absence = technicians.add_absence(ctx, tech, to_iso(away_start), to_iso(away_end), "Training")
        try:
            found = planning.check(ctx.db, [anna, bert], slot_start, slot_end, ["heating"])
            absent = {w.technician_id for w in found if w.kind == "absence"}
            expected = {tech} if planning.overlaps(away_start, away_end, slot_start, slot_end) else set()
            assert absent == expected, (begin, length, slot_minutes)
            assert {w.kind for w in found} <= {"absence"}  # nothing else is wrong with this slot
        finally:
            technicians.delete_absence(ctx, absence)

    check()
    # The edges themselves, written out: ending at the start, starting at the end, one minute in.
    end = slot_start + timedelta(hours=1)
    for a, b, warns in ((slot_start - timedelta(hours=2), slot_start, False), (end, end + timedelta(hours=2), False),
                        (slot_start - timedelta(hours=2), slot_start + MINUTE, True),
                        (end - MINUTE, end + timedelta(hours=1), True)):
        absence = technicians.add_absence(ctx, anna, to_iso(a), to_iso(b))
        kinds = [w.kind for w in planning.check(ctx.db, [anna], slot_start, end)]
        assert kinds == (["absence"] if warns else []), (a, b)
        technicians.delete_absence(ctx, absence)
