#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh: deploy/restore.sh /var/backups/portal/20260101T000000Z
# into the (new, empty) database of DATABASE_URL and the MEDIA storage of the environment.
# Stop the app servers and the worker first; start them again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source="${1:?usage: deploy/restore.sh BACKUP_FOLDER}"
: "${DATABASE_URL:?DATABASE_URL is not set}"
pg_restore --no-owner --clean --if-exists --exit-on-error --dbname="$DATABASE_URL" \
  "$source/database.dump"
.venv/bin/python manage.py restore_uploads "$source/uploads.tar.gz"
# Migrations newer than the backup, if the code moved on since.
.venv/bin/python manage.py migrate --noinput
