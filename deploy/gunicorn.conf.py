"""gunicorn for one app server (deploy/systemd/portal@.service).

Run as ``gunicorn -c deploy/gunicorn.conf.py``.

PORT, WEB_WORKERS and WEB_THREADS come from the environment (the unit sets PORT).
"""

import multiprocessing
import os

wsgi_app = "network.wsgi:application"
bind = f"127.0.0.1:{os.environ.get('PORT', '8001')}"
# Threads serve while a worker waits on PostgreSQL or Redis; processes use the cores.
workers = int(os.environ.get("WEB_WORKERS", min(4, multiprocessing.cpu_count() + 1)))
worker_class = "gthread"
threads = int(os.environ.get("WEB_THREADS", "4"))
# Above DATABASE_TIMEOUT (20 s), so a slow query answers before the worker is killed.
timeout = 30
graceful_timeout = 20
keepalive = 5
# Recycled now and then, so that a slow leak never grows into the machine's memory limit.
max_requests = 2000
max_requests_jitter = 200
# Only nginx on this machine may say the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
