"""Settings: ``network.settings.base`` reads the environment (development and production);
``network.settings.test`` is the same with ``TESTING`` on, for the test suite."""
