"""The building blocks every content app's models share: publication state and its querysets,
the normalised search column, text search. Abstract only: no table lives here."""

from django.db import connections, models
from django.db.models import Exists, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kernel.search_indexes import searchable_text
from kernel.text import normalise, search_words

# ``(queryset, user) -> the rows user may change``: who previews which drafts depends on the
# staff roles (a hub editor, their hubs), which know the hubs; the staff app fills this in at
# start-up (staff.apps) so the kernel stays below them. Unset, staff see what visitors see.
drafts_editable_by = None


class PublishableQuerySet(models.QuerySet):
    # Bulk writes send no signals; tell the page cache about them here (infra.pagecache).
    def update(self, **kwargs):
        from infra.pagecache import bump_content_version

        result = super().update(**kwargs)
        bump_content_version()  # after the write: the version notes the next scheduled date
        return result

    def bulk_create(self, *args, **kwargs):
        from infra.pagecache import bump_content_version

        result = super().bulk_create(*args, **kwargs)
        bump_content_version()  # after the write: the version notes the next scheduled date
        return result

    def bulk_update(self, *args, **kwargs):
        from infra.pagecache import bump_content_version

        result = super().bulk_update(*args, **kwargs)
        bump_content_version()  # after the write: the version notes the next scheduled date
        return result

    def published(self):
        """What visitors may see: published, with a publication date that has arrived."""
        return self.filter(status=Publishable.Status.PUBLISHED, published_at__lte=timezone.now())

    def visible_to(self, user):
        """Published items, plus the drafts ``user`` may change (staff previews); another
        hub's editor, or a staff account without the right, sees only what visitors see."""
        if not (user.is_authenticated and user.is_staff) or drafts_editable_by is None:
            return self.published()
        return self.published() | drafts_editable_by(self.all(), user)


class Publishable(models.Model):
    """Draft/published state and publication date for everything the public can see."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        help_text=_("Visitors see the item from this moment on, once it is published."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED and self.published_at <= timezone.now()

    @property
    def is_scheduled(self):
        """Published, but with a publication date still to come: visitors do not see it yet."""
        return self.status == self.Status.PUBLISHED and self.published_at > timezone.now()


class Searchable(models.Model):
    """Keeps a normalised copy of the searchable text of both languages in ``search_text``.

    Subclasses name the attributes to index in ``search_source_fields``; translated fields
    are read in every language (``name_ar``, ``name_en``) so search matches either. Rows of
    ``search_related_fields`` (a spotlight's sections…) are indexed too: their models call
    :meth:`refresh_search_text` when they change.
    """

    search_text = models.TextField(_("search text"), blank=True, editable=False)

    search_source_fields: tuple[str, ...] = ()
    # (related_name, fields) of rows indexed with this one; see refresh_search_text().
    search_related_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.search_text = self.build_search_text()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    def build_search_text(self):
        return searchable_text(self, self.search_source_fields, self.search_related_fields)

    def refresh_search_text(self):
        """Rebuild and store ``search_text`` alone, after one of its related rows changed."""
        self.search_text = self.build_search_text()
        type(self)._base_manager.filter(pk=self.pk).update(search_text=self.search_text)


def search_q(query, field="search_text"):
    """A filter matching every word of ``query`` against a normalised search column."""
    condition = Q()
    for word in search_words(query):
        condition &= Q(**{f"{field}__contains": word})
    return condition


def matching_ids(queryset, condition):
    """The ids of ``queryset``'s model (published or not: the caller's queryset filters) that
    meet ``condition``, as a subquery."""
    return queryset.model._base_manager.filter(condition).order_by().values("pk")


def text_search(queryset, query, fields=("search_text",), word_q=None, any_word=False, fuzzy=False):
    """Filter ``queryset`` to rows matching every word of ``query`` (with ``any_word``, at
    least one) in any of ``fields``.

    ``fields`` hold normalised text (``search_text``, ``city__search_text``…); ``word_q``
    may add a condition per word (e.g. matching topic ids). On PostgreSQL the words are looked
    up in the full-text index (``kernel.fulltext``), and ``fuzzy`` (for short texts: names)
    lets a row match by trigram similarity to the whole query when no row has its words, so a
    typo ("Elbasn") still finds the city. Other databases match substrings.
    """
    words = search_words(query)
    if not words:
        return queryset
    if connections[queryset.db].vendor != "postgresql":
        condition = Q() if not any_word else Q(pk__in=[])
        for word in words:
            any_field = Q()
            for field in fields:
                any_field |= Q(**{f"{field}__contains": word})
            if word_q is not None:
                any_field |= word_q(word)
            condition = condition | any_field if any_word else condition & any_field
        return queryset.filter(condition)
    from kernel import fulltext

    model = queryset.model
    if word_q is None and len(fields) == 1:
        condition = fulltext.vector_match(model, fields[0], fulltext.tsquery(words, any_word))
    else:
        # One WHERE: the index conditions on the row's own table combine as bitmaps (a
        # BitmapOr of the full-text and country indexes), a related table's as a hashed
        # subquery, and a LIMIT can stop the scan early. Sets of ids combined with UNION and
        # INTERSECT were each built whole, tens of thousands of ids for a common word.
        condition = Q() if not any_word else Q(pk__in=[])
        for word in words:
            term = fulltext.tsquery([word])
            any_field = Q(pk__in=[])
            for field in fields:
                any_field |= fulltext.vector_match(model, field, term)
            if word_q is not None:
                any_field |= word_q(word)
            condition = condition | any_field if any_word else condition & any_field
    phrase = normalise(query)
    if fuzzy and len(phrase) >= fulltext.MIN_FUZZY:
        # Only when no row has the words: PostgreSQL evaluates the uncorrelated NOT EXISTS
        # once, and skips the costly similarity test whenever the index found something.
        # Both arms of the OR are then answered by an index (full-text, trigram).
        similar = Q(**{f"{fields[0]}__trigram_word_similar": phrase})
        condition |= Q(~Exists(queryset.filter(condition))) & similar
    return queryset.filter(condition)
