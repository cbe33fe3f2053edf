"""Put the uploads of a backup_uploads archive back into MEDIA storage under their own names."""

import tarfile
from pathlib import Path

from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Restore the uploads written by backup_uploads (into an empty storage)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive, **options):
        count = 0
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                if default_storage.exists(member.name):
                    default_storage.delete(member.name)
                saved = default_storage.save(member.name, File(tar.extractfile(member)))
                if saved != member.name:  # the rows point at the original names
                    raise CommandError(f"{member.name} was stored as {saved}")
                count += 1
        self.stdout.write(f"{count} uploads restored from {archive}")
