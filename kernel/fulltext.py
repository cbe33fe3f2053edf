"""Full-text search on PostgreSQL: the words of a query against the ``search_vector`` column.

Every searchable table keeps, beside its folded ``search_text``, a ``search_vector`` generated
by PostgreSQL and served by a GIN index (``kernel.search_indexes``). A query's folded words
become a tsquery of the 'simple' configuration: a word of ``MIN_PREFIX`` letters or more
matches every stored word it begins ("elbas" finds Elbasan, "شباب" finds "شبابية"), a shorter
one only itself, so that "a" is the word "a" and not every row of the network. The text is
reduced to word characters before it gets here (``kernel.text.normalise``), so nothing a
visitor types can reach the tsquery syntax.

Other databases have no vector: ``kernel.models.text_search`` matches substrings there.
"""

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVectorExact,
    SearchVectorField,
)
from django.db.models import Expression, Q

from kernel.text import MIN_PREFIX

# The shortest query the trigram fallback tries: shorter ones share trigrams with everything.
MIN_FUZZY = 4


class StoredSearchVector(Expression):
    """The ``search_vector`` column of the query's own table (not declared on the models)."""

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.search_vector", []


def tsquery(words, any_word=False):
    """A tsquery (PostgreSQL's ``to_tsquery`` syntax) over folded ``words``: every word, or
    with ``any_word`` at least one."""
    terms = [f"{word}:*" if len(word) >= MIN_PREFIX else word for word in words]
    return SearchQuery(
        (" | " if any_word else " & ").join(terms), config="simple", search_type="raw"
    )


def vector_match(model, field, query):
    """A condition on ``model``: ``field`` (``search_text`` or ``city__search_text``…) is the
    search text of a row whose vector matches ``query``."""
    *path, _column = field.split("__")
    if not path:
        return Q(SearchVectorExact(StoredSearchVector(), query))
    related = model
    for name in path:
        related = related._meta.get_field(name).related_model
    matching = related._base_manager.filter(SearchVectorExact(StoredSearchVector(), query))
    return Q(**{"__".join(path) + "__in": matching.order_by().values("pk")})


def best_first(queryset, query):
    """``queryset`` with the rows whose own text holds ``query``'s words most first (ts_rank),
    then in its usual order. Ranking reads every row's vector: give it a bounded queryset."""
    return queryset.annotate(search_rank=SearchRank(StoredSearchVector(), query)).order_by(
        "-search_rank", *queryset.query.order_by or queryset.model._meta.ordering
    )
