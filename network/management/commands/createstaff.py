"""Create a staff account with one named role.

Roles: ``network-editor`` (all published content), ``hub-editor`` (the content of the hubs
given with ``--hub``), ``reviewer`` (membership applications). Applicants' personal data is
the reviewers' alone, so a superuser, who sees everything, is made only with ``--superuser``.

The name, e-mail, role and password are asked for when not given. No password ships with the
project: it is asked for (twice), or read from the environment variable named with
``--password-from-env``. With DEBUG off the command refuses to run unless given ``--force``.
"""

import getpass
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from hubs.models import Hub
from staff.roles import (
    HUB_EDITORS,
    MEMBERSHIP_REVIEWERS,
    NETWORK_EDITORS,
    SUBSCRIPTION_MANAGERS,
    setup_roles,
)

ROLES = {
    "network-editor": NETWORK_EDITORS,
    "hub-editor": HUB_EDITORS,
    "reviewer": MEMBERSHIP_REVIEWERS,
    "subscription-manager": SUBSCRIPTION_MANAGERS,
}


class Command(BaseCommand):
    help = (
        "Create a staff account with one role: network-editor, hub-editor (with --hub) or "
        "reviewer. Asks for what is missing; a superuser only with --superuser."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", help="Asked for when missing.")
        parser.add_argument("--name", help="Full name; asked for when missing.")
        parser.add_argument("--email", help="E-mail address; asked for when missing.")
        parser.add_argument("--role", choices=sorted(ROLES), help="Asked for when missing.")
        parser.add_argument(
            "--hub",
            action="append",
            default=[],
            metavar="SLUG",
            help="A hub the hub editor edits (repeat for several hubs); implies --role hub-editor.",
        )
        parser.add_argument(
            "--superuser",
            action="store_true",
            help="Also make a superuser (sees everything, applicants' data included).",
        )
        parser.add_argument(
            "--password-from-env",
            metavar="VAR",
            help="Read the password from this environment variable instead of asking.",
        )
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a production server. Pass --force if you "
                "really mean to create an account here."
            )
        User = get_user_model()
        username = options["username"] or ask("Username: ")
        if not username:
            raise CommandError("A username is required.")
        if User.objects.filter(username=username).exists():
            raise CommandError(f"The user “{username}” already exists.")

        name = options["name"] if options["name"] is not None else ask("Full name: ")
        email = options["email"] if options["email"] is not None else ask("E-mail: ")
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"“{email}” is not a valid e-mail address.") from error

        role = options["role"] or ("hub-editor" if options["hub"] else None)
        if role is None:
            role = ask(f"Role ({', '.join(sorted(ROLES))}): ")
        if role not in ROLES:
            raise CommandError(f"Choose a role among: {', '.join(sorted(ROLES))}.")
        hubs = self.hubs(role, options["hub"])

        password = self.read_password(options["password_from_env"])
        first_name, _space, last_name = name.strip().partition(" ")
        user = User(
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            is_staff=True,
            is_superuser=options["superuser"],
        )
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error

        with transaction.atomic():
            setup_roles()
            user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=ROLES[role]))
            user.edited_hubs.add(*hubs)
        described = ROLES[role] + (f" ({', '.join(h.slug for h in hubs)})" if hubs else "")
        if options["superuser"]:
            described += ", superuser"
        self.stdout.write(self.style.SUCCESS(f"Created “{username}”: {described}."))

    def hubs(self, role, slugs):
        if role != "hub-editor":
            if slugs:
                raise CommandError("--hub is for hub editors only.")
            return []
        if not slugs:
            slugs = ask("Hub slugs, separated by spaces: ").split()
        hubs = list(Hub.objects.filter(slug__in=slugs))
        unknown = set(slugs) - {hub.slug for hub in hubs}
        if unknown:
            valid = ", ".join(Hub.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(
                f"No hub with the slug: {', '.join(sorted(unknown))}. "
                f"Hub slugs: {valid or 'none yet (load the content first)'}."
            )
        if not hubs:
            valid = ", ".join(Hub.objects.order_by("slug").values_list("slug", flat=True))
            raise CommandError(
                f"A hub editor needs at least one hub (--hub SLUG). Hub slugs: {valid or 'none'}."
            )
        return hubs

    def read_password(self, env_name):
        if env_name:
            password = os.environ.get(env_name, "")
            if not password:
                raise CommandError(f"The environment variable {env_name} is empty or unset.")
            return password
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords do not match.")
        if not password:
            raise CommandError("A password is required.")
        return password


def ask(prompt):
    return input(prompt).strip()
