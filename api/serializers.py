"""What the API says about each kind of content: stable field names, codes for choices.

Translated fields follow ``api.languages``; references to other content are small objects
with the referenced item's identifier (a slug, or an ISO code for countries) and name, or
``null`` when the referenced item is not published.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.languages import LANGUAGE_CODES, page_url, translated
from cities.models import City, Council, CouncilSeat
from hubs.models import Event
from library.models import Resource
from spotlights.models import Spotlight

_STRING_OR_NULL = {"type": "string", "nullable": True}
# A link to a file that may not exist (no report, no document): null then.
_URI_OR_NULL = {"type": "string", "format": "uri", "nullable": True}


def _per_language(schema):
    return {
        "oneOf": [
            schema,
            {
                "type": "object",
                "properties": dict.fromkeys(LANGUAGE_CODES, _STRING_OR_NULL),
                "required": LANGUAGE_CODES,
            },
        ],
        "description": "A string with ?lang=ar|en; without it, one value per language "
        "(null where nothing is written in that language yet).",
    }


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
        "description": "ISO 8601 at the precision the source gives: 2017, 2019-09 or "
        "2017-09-12; null when unknown.",
    }
)
class PartialDateField(serializers.Field):
    """A partial date as ISO 8601 at its precision, never a day the source does not give."""

    def __init__(self, date_field, **kwargs):
        self.date_field = date_field
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        partial = obj.partial(self.date_field)
        return partial.iso if partial else None


@extend_schema_field(_per_language({"type": "string"}))
class TranslatedField(serializers.Field):
    """A translated model field, read through ``api.languages.translated``."""

    def __init__(self, model_field=None, **kwargs):
        self.model_field = model_field
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return translated(obj, self.model_field or self.field_name, self.context["lang"])


@extend_schema_field(_per_language({"type": "string", "format": "uri"}))
class PageURLField(serializers.Field):
    """The absolute address of the item's page on the site, per language."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, obj):
        return page_url(self.context["request"], obj, self.context["lang"])


class PublishedReference(serializers.Serializer):
    """A reference that is ``null`` unless the referenced item is published."""

    def to_representation(self, instance):
        if not instance.is_published:
            return None
        return super().to_representation(instance)


class HubReference(PublishedReference):
    slug = serializers.SlugField(read_only=True)
    name = TranslatedField()


class CityReference(PublishedReference):
    slug = serializers.SlugField(read_only=True)
    name = TranslatedField()


class CountryReference(serializers.Serializer):
    code = serializers.CharField(source="iso_code", read_only=True, help_text="ISO 3166-1 alpha-2")
    name = TranslatedField()


class TopicSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = TranslatedField()


class HubSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = TranslatedField()
    summary = TranslatedField()
    member_count = serializers.IntegerField(
        read_only=True, help_text="Published member cities (engaged cities are not members)."
    )
    countries = serializers.SerializerMethodField(
        help_text="ISO codes of the countries this hub usually covers."
    )
    url = PageURLField()

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_countries(self, hub):
        return [country.iso_code for country in hub.countries.all()]


class CountrySerializer(serializers.Serializer):
    code = serializers.CharField(source="iso_code", read_only=True, help_text="ISO 3166-1 alpha-2")
    name = TranslatedField()
    hub = HubReference(read_only=True, allow_null=True)


class SeatSerializer(serializers.Serializer):
    sector = serializers.ChoiceField(choices=CouncilSeat.Sector.values, read_only=True)
    role = TranslatedField("role_title")
    count = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="Number of seats; null when the sources name the role without a number "
        "(the sector is represented, how many seats it holds is not known).",
    )


class CouncilSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = TranslatedField()
    kind = serializers.ChoiceField(choices=Council.Kind.values, read_only=True)
    works_within = serializers.IntegerField(
        source="parent_id",
        read_only=True,
        allow_null=True,
        help_text="id of the council this body works within, if any.",
    )
    founded_year = serializers.IntegerField(read_only=True, allow_null=True)
    founded = PartialDateField("founded_on")
    chair = TranslatedField()
    seats = SeatSerializer(many=True, read_only=True)


class CitySerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = TranslatedField()
    other_names = serializers.SerializerMethodField()
    status = serializers.ChoiceField(
        source="membership_status",
        choices=City.MembershipStatus.values,
        read_only=True,
        help_text="member: a source says the city joined; engaged: it takes part without a "
        "source saying it joined; former: it left.",
    )
    kind = serializers.ChoiceField(choices=City.Kind.values, read_only=True)
    country = CountryReference(read_only=True)
    hub = HubReference(read_only=True, allow_null=True)
    joined_year = serializers.IntegerField(read_only=True, allow_null=True)
    joined = PartialDateField("joined_on")
    joined_by = serializers.BooleanField(
        read_only=True,
        help_text="true: the source says only that the city was a member by the date in "
        "joined (it may have joined earlier).",
    )
    population = serializers.IntegerField(read_only=True, allow_null=True)
    mayor = TranslatedField()
    latitude = serializers.FloatField(read_only=True, allow_null=True)
    longitude = serializers.FloatField(read_only=True, allow_null=True)
    councils = CouncilSerializer(many=True, read_only=True)
    url = PageURLField()

    @extend_schema_field({"type": "array", "items": {"type": "string"}})
    def get_other_names(self, city):
        return [name.strip() for name in city.other_names.split(",") if name.strip()]


class EventSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    title = TranslatedField()
    kind = serializers.ChoiceField(choices=Event.Kind.values, read_only=True)
    start_date = PartialDateField("start_date")
    end_date = PartialDateField("end_date")
    hub = HubReference(read_only=True, allow_null=True)
    location = TranslatedField()
    host_city = CityReference(read_only=True, allow_null=True)
    participating_cities = CityReference(source="participants", many=True, read_only=True)
    summary = TranslatedField()
    report = serializers.SerializerMethodField()
    url = PageURLField()

    @extend_schema_field(_URI_OR_NULL)
    def get_report(self, event):
        link = event.report_link
        return self.context["request"].build_absolute_uri(link) if link else None


class AuthorSerializer(serializers.Serializer):
    name = TranslatedField()
    role = TranslatedField()


class SpotlightSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    kind = serializers.ChoiceField(choices=Spotlight.Kind.values, read_only=True)
    title = TranslatedField()
    summary = TranslatedField()
    city = CityReference(read_only=True, allow_null=True)
    topics = TopicSerializer(many=True, read_only=True)
    authors = AuthorSerializer(many=True, read_only=True)
    published_at = serializers.DateTimeField(read_only=True)
    url = PageURLField()


class TestimonialSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    quote = TranslatedField()
    person = TranslatedField()
    role = TranslatedField()
    city = CityReference(read_only=True, allow_null=True)
    hub = HubReference(read_only=True, allow_null=True)
    date = PartialDateField("date")
    featured = serializers.BooleanField(read_only=True)
    url = PageURLField()


class ResourceSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    kind = serializers.ChoiceField(choices=Resource.Kind.values, read_only=True)
    title = TranslatedField()
    summary = TranslatedField()
    date = PartialDateField("date")
    link = serializers.SerializerMethodField()
    hubs = HubReference(source="hub_list", many=True, read_only=True)
    topics = TopicSerializer(many=True, read_only=True)

    @extend_schema_field(_URI_OR_NULL)
    def get_link(self, resource):
        link = resource.link
        return self.context["request"].build_absolute_uri(link) if link else None
