"""A city's journey with the network, oldest first, built from what the page already holds.

Within a year, entries go by their staff-set ``year_order`` (0 unless set), then by date, a
step known only to its year after the dated ones: the sources often give a step's year alone
while saying what it followed ("after the official launch").
Entries come from the data (the approved application, joining, councils founded, events
hosted or attended, dated spotlights, testimonials and hub impact entries) and from
staff-written milestones; a milestone tied to an event stands in for that event. Undated
items have no place on a timeline and are left out.
Built in Python from lists the city page fetches anyway: no query of its own.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kernel.dates import DatePrecision, PartialDate

# Order of kinds that share a date: approval and joining, councils, milestones, events,
# impact, articles.
APPROVED, JOINED, COUNCIL, MILESTONE, EVENT, IMPACT, SPOTLIGHT, TESTIMONIAL = range(8)


@dataclass(frozen=True)
class Entry:
    when: PartialDate
    label: str
    title: str
    url: str = ""
    text: str = ""
    rank: int = MILESTONE
    position: int = 0
    year_order: int = 0

    @property
    def sort_key(self):
        year_only = self.when.precision == DatePrecision.YEAR
        return (
            self.when.start.year,
            self.year_order,
            year_only,
            self.when.start,
            self.when.precision,
            self.rank,
            self.position,
            self.title,
        )


def build(
    city,
    *,
    councils=(),
    events=(),
    spotlights=(),
    testimonials=(),
    milestones=(),
    impacts=(),
    application=None,
):
    entries = []
    if application and application.is_approved and application.decided_at:
        entries.append(
            Entry(
                PartialDate.of(application.decided_at),
                _("Membership"),
                _("Application to join the network approved"),
                rank=APPROVED,
            )
        )
    if city.is_member and city.joined:
        title = (
            _("Already a member of the Strong Cities Network")  # the source: a member by then
            if city.joined_by
            else _("Joined the Strong Cities Network")
        )
        entries.append(Entry(city.joined, _("Membership"), title, rank=JOINED))
    for council in councils:
        if council.founded:
            text = (
                _("Works within %(parent)s.") % {"parent": council.parent.name}
                if council.parent
                else ""
            )
            entries.append(
                Entry(
                    council.founded,
                    council.get_kind_display(),
                    _("%(council)s founded") % {"council": council.name},
                    council.get_absolute_url(),
                    text,
                    COUNCIL,
                )
            )
    told = set()
    for milestone in milestones:
        event = milestone.event
        url = event.get_absolute_url() if event and event.is_published else ""
        told.add(milestone.event_id)
        entries.append(
            Entry(
                milestone.when,
                milestone.get_kind_display(),
                milestone.title,
                url,
                milestone.description,
                position=milestone.order,
                year_order=milestone.year_order,
            )
        )
    for event in events:
        if event.pk in told:
            continue
        role = _("Hosted by the city") if event.host_city_id == city.pk else _("The city took part")
        entries.append(
            Entry(
                event.when,
                event.get_kind_display(),
                event.title,
                event.get_absolute_url(),
                role,
                EVENT,
                year_order=event.year_order,
            )
        )
    for impact in impacts:
        if impact.dated:
            entries.append(
                Entry(
                    impact.dated,
                    _("Impact"),
                    _("Impact noted by the %(hub)s hub") % {"hub": impact.hub.name},
                    impact.hub.get_absolute_url() + "#impact",
                    impact.text,
                    IMPACT,
                    impact.order,
                    year_order=impact.year_order,
                )
            )
    for spotlight in spotlights:
        if spotlight.dated and spotlight.city_id == city.pk:
            entries.append(
                Entry(
                    spotlight.dated,
                    spotlight.get_kind_display(),
                    spotlight.title,
                    spotlight.get_absolute_url(),
                    rank=SPOTLIGHT,
                )
            )
    for testimonial in testimonials:
        if testimonial.dated:
            entries.append(
                Entry(
                    testimonial.dated,
                    _("Testimonial"),
                    _("%(person)s on the network") % {"person": testimonial.person},
                    testimonial.get_absolute_url(),
                    rank=TESTIMONIAL,
                )
            )
    return sorted(entries, key=lambda entry: entry.sort_key)
