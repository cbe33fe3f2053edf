#!/usr/bin/env bash
# Back up the database and the uploads into one dated folder: deploy/backup.sh /var/backups/portal
# Run as the portal user with /etc/portal/portal.env loaded (set -a; . /etc/portal/portal.env).
# PostgreSQL (DATABASE_URL): pg_dump's custom format; uploads: a tar of MEDIA storage,
# local disk or bucket alike. Restore with deploy/restore.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: deploy/backup.sh FOLDER}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
: "${DATABASE_URL:?DATABASE_URL is not set}"
pg_dump --format=custom --no-owner --file="$target/database.dump" "$DATABASE_URL"
.venv/bin/python manage.py backup_uploads "$target/uploads.tar.gz"
echo "$target"
