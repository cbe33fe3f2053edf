"""Work out and store every listed city's peer cities (``cities.peers``), ahead of visitors.

Pages work out a missing list themselves; this fills them all at once (after loading data in
bulk, which sends no signals) and lets new cities reach the lists of cities that existed
before them. One city at a time, each a handful of queries whatever the network's size.
"""

import time

from django.core.management.base import BaseCommand

from cities import peers
from cities.models import City


class Command(BaseCommand):
    help = "Work out and store the peer cities of every listed city."

    def add_arguments(self, parser):
        parser.add_argument(
            "--missing", action="store_true", help="only cities without a stored list"
        )

    def handle(self, *args, missing=False, **options):
        cities = City.objects.listed().order_by("pk")
        if missing:
            cities = cities.filter(peer_list__isnull=True)
        start, done = time.monotonic(), 0
        for city in cities.iterator(chunk_size=500):
            peers.compute(city)
            done += 1
        self.stdout.write(f"Peer cities of {done} cities in {time.monotonic() - start:.0f} s.")
