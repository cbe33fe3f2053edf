"""Write every upload (local disk or bucket, whichever MEDIA storage is) into one tar file."""

import tarfile
from pathlib import Path

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand


def stored_names(storage, folder=""):
    """Every file name under ``folder`` in ``storage``, depth first."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from stored_names(storage, f"{folder}/{sub}" if folder else sub)


class Command(BaseCommand):
    help = "Back up the uploads (deploy/backup.sh): one tar file, restored by restore_uploads."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)

    def handle(self, *args, archive, **options):
        count = 0
        with tarfile.open(archive, "w:gz") as tar:
            for name in stored_names(default_storage):
                with default_storage.open(name, "rb") as stored:
                    info = tarfile.TarInfo(name)
                    info.size = default_storage.size(name)
                    tar.addfile(info, stored)
                count += 1
        self.stdout.write(f"{count} uploads written to {archive}")
