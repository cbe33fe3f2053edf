"""factory_boy factories for the content models. Published by default; pass
``status="draft"`` for drafts. Translated fields are filled in both languages."""

import datetime

import factory
from django.utils import timezone

from cities.models import City, Council, CouncilSeat, Country, Milestone
from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority
from library.models import Partner, Resource, Topic
from spotlights.models import Spotlight, SpotlightAuthor, SpotlightSection
from testimonials.models import Testimonial

PUBLISHED = "published"


class PublishedFactory(factory.django.DjangoModelFactory):
    status = PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name_ar = factory.Sequence(lambda n: f"موضوع {n}")


class HubFactory(PublishedFactory):
    class Meta:
        model = Hub

    slug = factory.Sequence(lambda n: f"hub-{n}")
    name_en = factory.Sequence(lambda n: f"Hub {n}")
    name_ar = factory.Sequence(lambda n: f"محور {n}")
    summary_en = "A regional hub."
    summary_ar = "محور إقليمي."
    introduction_en = "<p>Introduction.</p>"
    introduction_ar = "<p>مقدمة.</p>"
    about_en = "<p>About the hub.</p>"
    about_ar = "<p>حول المحور.</p>"


class HubPriorityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubPriority

    hub = factory.SubFactory(HubFactory)
    text_en = "Address tensions between communities."
    text_ar = "معالجة التوترات بين المجتمعات."


class HubContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubContact

    hub = factory.SubFactory(HubFactory)
    name_en = factory.Sequence(lambda n: f"Contact {n}")
    name_ar = factory.Sequence(lambda n: f"جهة اتصال {n}")
    role_en = "Deputy Director"
    role_ar = "نائب المدير"


USER_ASSIGNED_CODES = ["AA", *(f"Q{chr(c)}" for c in range(ord("M"), ord("Z") + 1))]
USER_ASSIGNED_CODES += [*(f"X{chr(c)}" for c in range(ord("A"), ord("Z") + 1)), "ZZ"]


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("iso_code",)

    # ISO's user-assigned codes, never a real country's: a made-up country that landed on
    # "BA" used to join a test's Bosnia (get_or_create) depending on the tests run before.
    iso_code = factory.Sequence(lambda n: USER_ASSIGNED_CODES[n % len(USER_ASSIGNED_CODES)])
    name_en = factory.Sequence(lambda n: f"Country {n}")
    name_ar = factory.Sequence(lambda n: f"بلد {n}")
    hub = factory.SubFactory(HubFactory)


class CityFactory(PublishedFactory):
    class Meta:
        model = City

    slug = factory.Sequence(lambda n: f"city-{n}")
    name_en = factory.Sequence(lambda n: f"City {n}")
    name_ar = factory.Sequence(lambda n: f"مدينة {n}")
    country = factory.SubFactory(CountryFactory)
    hub = factory.SelfAttribute("country.hub")
    kind = City.Kind.MUNICIPALITY
    joined_year = 2017
    latitude = 42.0
    longitude = 20.0


class HubImpactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HubImpact

    hub = factory.SubFactory(HubFactory)
    city = factory.SubFactory(CityFactory, hub=factory.SelfAttribute("..hub"))
    text_en = "The city set up a local safety council."
    text_ar = "أنشأت المدينة مجلس سلامة محليًا."


class CouncilFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Council

    city = factory.SubFactory(CityFactory)
    name_en = "Local Safety Council"
    name_ar = "مجلس السلامة المحلي"
    founded_year = 2016


class CouncilSeatFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CouncilSeat

    council = factory.SubFactory(CouncilFactory)
    sector = CouncilSeat.Sector.POLICE
    role_title_en = "Police director"
    role_title_ar = "مدير الشرطة"


class EventFactory(PublishedFactory):
    class Meta:
        model = Event

    slug = factory.Sequence(lambda n: f"event-{n}")
    title_en = factory.Sequence(lambda n: f"Event {n}")
    title_ar = factory.Sequence(lambda n: f"فعالية {n}")
    kind = Event.Kind.WORKSHOP
    start_date = datetime.date(2023, 2, 15)
    hub = factory.SubFactory(HubFactory)
    summary_en = "A regional workshop."
    summary_ar = "ورشة عمل إقليمية."


class TestimonialFactory(PublishedFactory):
    class Meta:
        model = Testimonial

    quote_en = "Working with the network helped our city."
    quote_ar = "ساعد العمل مع الشبكة مدينتنا."
    person_en = factory.Sequence(lambda n: f"Person {n}")
    person_ar = factory.Sequence(lambda n: f"شخص {n}")
    role_en = "Mayor"
    role_ar = "رئيس البلدية"
    city = factory.SubFactory(CityFactory)


class SpotlightFactory(PublishedFactory):
    class Meta:
        model = Spotlight

    slug = factory.Sequence(lambda n: f"spotlight-{n}")
    title_en = factory.Sequence(lambda n: f"City Spotlight {n}")
    title_ar = factory.Sequence(lambda n: f"أضواء المدينة {n}")
    summary_en = "How a city prevents extremism."
    summary_ar = "كيف تمنع مدينة التطرف."
    city = factory.SubFactory(CityFactory)


class SpotlightSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpotlightSection

    spotlight = factory.SubFactory(SpotlightFactory)
    heading_en = "What concerns the local government?"
    heading_ar = "ما الذي يثير قلق الحكومة المحلية؟"
    body_en = "<p>Youth unemployment.</p>"
    body_ar = "<p>بطالة الشباب.</p>"


class SpotlightAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpotlightAuthor

    spotlight = factory.SubFactory(SpotlightFactory)
    name_en = "Besim Dogani"
    name_ar = "بسيم دوجاني"
    role_en = "Local prevention coordinator"
    role_ar = "منسق الوقاية المحلية"


class PartnerFactory(PublishedFactory):
    class Meta:
        model = Partner

    slug = factory.Sequence(lambda n: f"partner-{n}")
    name_en = factory.Sequence(lambda n: f"Partner {n}")
    name_ar = factory.Sequence(lambda n: f"شريك {n}")


class ResourceFactory(PublishedFactory):
    class Meta:
        model = Resource

    slug = factory.Sequence(lambda n: f"resource-{n}")
    title_en = factory.Sequence(lambda n: f"Report {n}")
    title_ar = factory.Sequence(lambda n: f"تقرير {n}")
    url = "https://example.org/report.pdf"


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    """A submitted application (reference set directly; the view computes it in real life)."""

    class Meta:
        model = "cities.MembershipApplication"

    reference = factory.Sequence(lambda n: f"APP-2026-{90000 + n:05d}")
    authority_name = factory.Sequence(lambda n: f"Municipality {n}")
    kind = "municipality"
    country = "AL"
    contact_name = "Arta Hoxha"
    contact_position = "Deputy mayor"
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    preferred_language = "en"
    motivation = "Our municipality wants to prevent polarisation among young people. " * 2
    applicant_notified_at = factory.LazyFunction(timezone.now)
    staff_notified_at = factory.LazyFunction(timezone.now)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    city = factory.SubFactory(CityFactory)
    date = datetime.date(2019, 9, 1)
    date_precision = 2  # month
    kind = Milestone.Kind.OTHER
    title_en = factory.Sequence(lambda n: f"Milestone {n}")
    title_ar = factory.Sequence(lambda n: f"محطة {n}")
