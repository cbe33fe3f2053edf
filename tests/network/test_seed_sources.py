"""Every status, council make-up and date in the seed files rests on a source note that agrees
with it.

A note is "<seed number>: <the sentence it rests on>"; the seed numbers are the five pages
kept in ``network/seed/sources`` (000 to 004). A status note quotes its seed verbatim (or is
the explicit ``places.NO_SOURCE`` marker); a member's sentence says it is a member or joined,
an engaged city's does not.
"""

import re
from pathlib import Path

from cities.models import City, CouncilSeat
from kernel.dates import DatePrecision, PartialDate
from network.seed import elbasan, kumanovo, mena, places, western_balkans

NOTE = re.compile(r"^00[0-4]: \S.{10,}")
ARABIC = re.compile(r"[\u0600-\u06ff]{3,}")
ALL_COUNCILS = [*elbasan.COUNCILS, *kumanovo.COUNCILS, *western_balkans.COUNCILS]


SOURCES = Path(places.__file__).parent / "sources"
# Words by which a seed says a place is a member or joined (عضو، أعضاء، أعضائنا، العضوية، انضم).
MEMBERSHIP = re.compile(r"عضو|أعضاء|أعضائ|العضوية|انضم")


def seed_text(number):
    """A seed page as one line, its runs of white space collapsed."""
    return " ".join((SOURCES / f"{number}.txt").read_text(encoding="utf-8").split())


def test_every_city_status_rests_on_a_verbatim_seed_sentence():
    for city in places.CITIES:
        slug, status, note = city["slug"], city["membership_status"], city["status_source"]
        assert status in City.MembershipStatus.values, slug
        if note == places.NO_SOURCE:
            assert status != City.MembershipStatus.MEMBER, f"{slug}: a member needs a source"
            continue
        assert NOTE.match(note), f"{slug}: status without a source note"
        number, sentence = note.split(": ", 1)
        sentence = " ".join(sentence.split())
        assert sentence in seed_text(number), f"{slug}: not a sentence of seed {number}"
        if status == City.MembershipStatus.MEMBER:
            assert MEMBERSHIP.search(sentence), f"{slug}: the sentence does not say it is a member"
        else:
            assert not MEMBERSHIP.search(sentence), f"{slug}: the sentence says it is a member"
        if city.get("joined_on"):
            assert status == City.MembershipStatus.MEMBER, f"{slug}: joined but not a member"


def test_the_status_check_refuses_a_paraphrase():
    """What the old notes did: a paraphrase, or a sentence from a seed that does not say it."""
    assert "one of the first cities where local prevention networks were launched" not in (
        seed_text("004")
    )
    assert "طرابلس" not in seed_text("004")
    assert "طرابلس" in seed_text("002")


def test_every_council_make_up_has_a_consistent_source_note():
    for council in ALL_COUNCILS:
        name, seats = council["name"]["en"], council["seats"]
        note = council.get("seats_source", "")
        assert NOTE.match(note), f"{name}: seats without a source note"
        if not seats:
            assert ": none:" in note, f"{name}: no seats, the note must say the source lists none"
        for sector, _role, *count in seats:
            assert sector in CouncilSeat.Sector.values, name
            # A seat count is a fact: only with a note that gives numbers.
            assert not count or "numbers" in note and "no numbers" not in note, name


def test_the_kumanovo_team_has_no_copied_make_up():
    team = next(c for c in kumanovo.COUNCILS if c["kind"] == "action_team")
    assert team["seats"] == []


# Month names as the seeds write them (Levantine and Egyptian forms) and in English.
MONTHS = {
    1: ("كانون الثاني", "يناير", "January"),
    2: ("شباط", "فبراير", "February"),
    3: ("آذار", "مارس", "March"),
    4: ("نيسان", "أبريل", "April"),
    5: ("أيار", "مايو", "May"),
    6: ("حزيران", "يونيو", "June"),
    7: ("تموز", "يوليو", "July"),
    8: ("آب", "أغسطس", "August"),
    9: ("أيلول", "سبتمبر", "September"),
    10: ("تشرين الأول", "أكتوبر", "October"),
    11: ("تشرين الثاني", "نوفمبر", "November"),
    12: ("كانون الأول", "ديسمبر", "December"),
}


def seeded_dates():
    """(label, [date strings], note) for every date field in the seed files."""
    sources = (western_balkans, mena, elbasan, kumanovo)
    for event in [e for source in sources for e in source.EVENTS]:
        dates = [event["start_date"], *([event["end_date"]] if event.get("end_date") else [])]
        yield event["slug"], dates, event.get("date_source", "")
    for council in ALL_COUNCILS:
        yield council["name"]["en"], [council["founded_on"]], council.get("founded_source", "")
    for city in places.CITIES:
        if "joined_on" in city or "joined_source" in city:
            yield city["slug"], [city.get("joined_on")], city.get("joined_source", "")
    for resource in [
        r for source in (western_balkans, elbasan, kumanovo) for r in source.RESOURCES
    ]:
        if "date" in resource:
            yield resource["slug"], [resource["date"]], resource.get("date_source", "")
    for impact in [i for source in (western_balkans, mena) for i in source.IMPACTS]:
        if "date" in impact:
            yield f"impact in {impact['city']}", [impact["date"]], impact.get("date_source", "")
    for milestone in western_balkans.MILESTONES:
        yield milestone["title"]["en"], [milestone["date"]], milestone.get("date_source", "")
    for story in (elbasan.SPOTLIGHT, kumanovo.STORY):
        yield story["slug"], [story["date"]], story.get("date_source", "")


def test_every_seeded_date_has_a_source_note_at_its_precision():
    """The note names the year; a month or day only when the date claims it."""
    for label, dates, note in seeded_dates():
        assert NOTE.match(note), f"{label}: a date without a source note"
        for text in dates:
            if text is None:
                assert ": none:" in note, f"{label}: no date, the note must say the source has none"
                continue
            assert isinstance(text, str), f"{label}: write the date as the source gives it"
            date = PartialDate.parse(text)
            assert str(date.year) in note, f"{label}: the note does not give the year {date.year}"
            if date.precision >= DatePrecision.MONTH:
                names = MONTHS[date.start.month]
                assert any(name in note for name in names), f"{label}: month not in the note"
            if date.precision == DatePrecision.DAY:
                day = re.compile(rf"(?<!\d){date.start.day}(?!\d)")
                assert day.search(note), f"{label}: day {date.start.day} not in the note"


def test_no_seeded_day_stands_for_a_month_or_a_year():
    """The findings of issue 10: three trainings and the Aarhus summit on "1 January 2017", the
    UNGA side event and the Kumanovo launch and workshop on the 1st of a month."""
    events = {e["slug"]: e for s in (western_balkans, mena, elbasan, kumanovo) for e in s.EVENTS}
    for slug in ("wb-training-kosovo-2017", "strong-cities-global-summit-aarhus-2017"):
        assert events[slug]["start_date"] == "2017"
    assert events["unga-78-gctf-side-event-2023"]["start_date"] == "2023"
    assert events["kumanovo-community-action-team-launch-2019"]["start_date"] == "2019-09"
    assert events["kumanovo-cat-planning-workshop-2019"]["start_date"] == "2019"
    for _label, dates, _note in seeded_dates():
        for text in dates:
            if text and PartialDate.parse(text).precision == DatePrecision.DAY:
                assert not text.endswith("-01"), f"{text}: a 1st of the month needs checking"
