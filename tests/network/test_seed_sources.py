"""Every status and council make-up in the seed files rests on a source note that agrees with it.

A note is "<seed number>: <the sentence it rests on>"; the seed numbers are the five pages in
``/work/shared/seeds`` (000 to 004). A member's note quotes the seed's own (Arabic) sentence;
any other status says that no source says the place joined.
"""

import re

from cities.models import City, CouncilSeat
from network.seed import elbasan, kumanovo, places, western_balkans

NOTE = re.compile(r"^00[0-4]: \S.{10,}")
ARABIC = re.compile(r"[\u0600-\u06ff]{3,}")
ALL_COUNCILS = [*elbasan.COUNCILS, *kumanovo.COUNCILS, *western_balkans.COUNCILS]


def test_every_city_status_has_a_consistent_source_note():
    for city in places.CITIES:
        slug, status, note = city["slug"], city["membership_status"], city.get("status_source", "")
        assert status in City.MembershipStatus.values, slug
        assert NOTE.match(note), f"{slug}: status without a source note"
        if status == City.MembershipStatus.MEMBER:
            assert ARABIC.search(note), f"{slug}: a member's note must quote the seed sentence"
            assert "no source says" not in note, slug
        else:
            assert "no source says" in note, f"{slug}: {status} must say why it is not a member"
        if city.get("joined_year"):
            assert status == City.MembershipStatus.MEMBER, f"{slug}: joined but not a member"


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
