"""List views whose filters live in the query string (django-filter, GET forms, no cookies)."""

from django.views.generic import ListView


class FilteredListView(ListView):
    """A ListView driven by a FilterSet; invalid filters give a 400 page showing the errors.

    A visitor (or a crawler) with ``?year=abc`` or ``?hub=nope`` gets the form errors in their
    language rather than a silently ignored filter or a server error.
    """

    filterset_class = None

    def get_base_queryset(self):
        raise NotImplementedError

    def get_filterset(self):
        return self.filterset_class(
            self.request.GET or None, queryset=self.get_base_queryset(), request=self.request
        )

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset()
        status = 200
        if self.filterset.is_bound and not self.filterset.is_valid():
            self.object_list = self.filterset.queryset.none()
            status = 400
        else:
            self.object_list = self.filterset.qs
        context = self.get_context_data()
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = self.request.GET.copy()
        data.pop("page", None)
        context.update(
            filter=self.filterset,
            form=self.filterset.form,
            is_filtered=any(value for key, value in data.items()),
            invalid_filters=self.filterset.is_bound and not self.filterset.is_valid(),
        )
        return context
