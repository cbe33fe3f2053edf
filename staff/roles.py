"""The two staff roles and the hub restriction.

* "Network editors" edit everything the portal publishes.
* "Hub editors" edit the content of the hubs they are linked to (``Hub.editors``) and only
  that; they may look at countries and topics, which every hub shares.
* "Membership reviewers" review applications to join. Applicants' personal data is theirs
  alone: network editors do not see applications unless they are reviewers too.
* "Subscription managers" see the addresses of e-mail subscribers (to export or erase one on
  request). Network editors see only the counts, the digest preview and the pause switch.

``setup_roles()`` creates or refreshes the groups; it is idempotent and is run by the
``setup_roles`` and ``createstaff`` commands.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

# Stored under these English names; shown in the reader's language (StaffConfig.ready).
NETWORK_EDITORS = gettext_noop("Network editors")
HUB_EDITORS = gettext_noop("Hub editors")
MEMBERSHIP_REVIEWERS = gettext_noop("Membership reviewers")
SUBSCRIPTION_MANAGERS = gettext_noop("Subscription managers")

# The apps whose models make up the portal's content: network editors may do anything there.
CONTENT_APPS = (
    "network",
    "library",
    "pages",
    "reports",
    "hubs",
    "cities",
    "spotlights",
    "testimonials",
)

# How each model reaches its hub. Hub editors see only objects whose hub is one of theirs.
HUB_SCOPES = {
    "hubs.Hub": "pk",
    "hubs.HubPriority": "hub",
    "hubs.HubImpact": "hub",
    "hubs.HubContact": "hub",
    "hubs.Event": "hub",
    "cities.City": "hub",
    "cities.Council": "city__hub",
    "cities.CouncilSeat": "council__city__hub",
    "cities.Milestone": "city__hub",
    "testimonials.Testimonial": "city__hub",
    "spotlights.Spotlight": "city__hub",
    "spotlights.SpotlightSection": "spotlight__city__hub",
    "spotlights.SpotlightAuthor": "spotlight__city__hub",
    "library.Partner": "hubs",
    "library.Resource": "hubs",
}

# What hub editors may do, per model: full rights on their hubs' content, no new hubs.
HUB_EDITOR_PERMISSIONS = {
    "hubs.Hub": ("view", "change"),
    "hubs.HubPriority": ("view", "add", "change", "delete"),
    "hubs.HubImpact": ("view", "add", "change", "delete"),
    "hubs.HubContact": ("view", "add", "change", "delete"),
    "hubs.Event": ("view", "add", "change", "delete"),
    "cities.City": ("view", "add", "change", "delete"),
    "cities.Council": ("view", "add", "change", "delete"),
    "cities.CouncilSeat": ("view", "add", "change", "delete"),
    "cities.Milestone": ("view", "add", "change", "delete"),
    "cities.Country": ("view",),
    "testimonials.Testimonial": ("view", "add", "change", "delete"),
    "spotlights.Spotlight": ("view", "add", "change", "delete"),
    "spotlights.SpotlightSection": ("view", "add", "change", "delete"),
    "spotlights.SpotlightAuthor": ("view", "add", "change", "delete"),
    "library.Partner": ("view", "add", "change", "delete"),
    "library.Resource": ("view", "add", "change", "delete"),
    "library.Topic": ("view",),
}


# Models holding applicants' personal data, kept out of the editors' permissions.
PERSONAL_DATA_MODELS = ("cities.MembershipApplication", "cities.ApplicationEvent")

# Reviewers move applications through the workflow; approving creates a draft city.
MEMBERSHIP_REVIEWER_PERMISSIONS = {
    "cities.MembershipApplication": ("view", "change"),
    "cities.ApplicationEvent": ("view",),
    # "change" only reaches the draft cities their approvals created (``scope_to_user``).
    "cities.City": ("view", "add", "change"),
    "cities.Country": ("view", "add"),
    "hubs.Hub": ("view",),
    "library.Topic": ("view",),
}


# Follower counts, the digest preview and the pause switch, without a single address.
NETWORK_EDITOR_EXTRA_PERMISSIONS = {"follow.SendingSwitch": ("view", "change")}

SUBSCRIPTION_MANAGER_PERMISSIONS = {
    "follow.Subscriber": ("view", "change", "delete"),
    "follow.SentItem": ("view",),
    "follow.SendingSwitch": ("view", "change"),
}


def is_network_editor(user):
    """Superusers and members of "Network editors" are not limited to hubs."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_network_editor", None)
    if cached is None:
        cached = user.groups.filter(name=NETWORK_EDITORS).exists()
        user._is_network_editor = cached
    return cached


def scope_to_user_hubs(queryset, path, user):
    """Narrow ``queryset`` to objects whose hub (reached through ``path``) the user edits.

    A subquery on primary keys keeps one row per object even across many-to-many paths.
    """
    from hubs.models import Hub

    hubs = Hub.objects.filter(editors=user).values("pk")
    if path == "pk":
        return queryset.filter(pk__in=hubs)
    model = queryset.model
    in_scope = model._default_manager.filter(**{f"{path}__in": hubs}).values("pk")
    return queryset.filter(pk__in=in_scope)


def is_membership_reviewer(user):
    return user.is_authenticated and user.groups.filter(name=MEMBERSHIP_REVIEWERS).exists()


def scope_to_user(queryset, path, user):
    """What of ``queryset`` a restricted user may work on: their hubs' objects and, for
    membership reviewers, the cities their approvals created, so they can complete them."""
    scoped = scope_to_user_hubs(queryset, path, user)
    if queryset.model._meta.label == "cities.City" and is_membership_reviewer(user):
        scoped = scoped | queryset.filter(application__isnull=False)
    return scoped


def editable_by(queryset, user):
    """The objects of ``queryset`` that ``user`` may change: the rule of the admin, which the
    public pages' draft previews follow too."""
    opts = queryset.model._meta
    if not (user.is_authenticated and user.is_staff and user.is_active):
        return queryset.none()
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return queryset.none()
    if is_network_editor(user):
        return queryset
    path = HUB_SCOPES.get(opts.label)
    return queryset if path is None else scope_to_user(queryset, path, user)


def _permissions(model_label, actions):
    app_label, model_name = model_label.split(".")
    codenames = [f"{action}_{model_name.lower()}" for action in actions]
    return Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def _group_with(name, permissions_by_model):
    group, _created = Group.objects.get_or_create(name=name)
    permissions = []
    for model_label, actions in permissions_by_model.items():
        permissions.extend(_permissions(model_label, actions))
    group.permissions.set(permissions)
    return group


def setup_roles():
    """Create or refresh the groups so their permissions match this module. Idempotent."""
    network, _created = Group.objects.get_or_create(name=NETWORK_EDITORS)
    personal = [label.split(".")[1].lower() for label in PERSONAL_DATA_MODELS]
    content = Permission.objects.filter(content_type__app_label__in=CONTENT_APPS).exclude(
        content_type__model__in=personal
    )
    extra = [
        permission
        for label, actions in NETWORK_EDITOR_EXTRA_PERMISSIONS.items()
        for permission in _permissions(label, actions)
    ]
    network.permissions.set([*content, *extra])
    hub = _group_with(HUB_EDITORS, HUB_EDITOR_PERMISSIONS)
    reviewers = _group_with(MEMBERSHIP_REVIEWERS, MEMBERSHIP_REVIEWER_PERMISSIONS)
    _group_with(SUBSCRIPTION_MANAGERS, SUBSCRIPTION_MANAGER_PERMISSIONS)
    return network, hub, reviewers
