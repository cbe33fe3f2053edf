"""Settings for the test suite: the normal settings with TESTING on (fast hasher, locmem mail)."""

import os

os.environ["TESTING"] = "1"

from network.settings.base import *  # noqa: E402, F403
