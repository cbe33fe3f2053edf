"""Uploads on S3-compatible object storage (issue 9): every app server sees the same files.

moto's S3 server runs inside this process on a free loopback port (no network). This process
is one app server; the second is another Django process with the same storage settings and
its own cache, given a copy of the rows the shared database would hand it.
"""

import hashlib
import json
import logging
import os
import re
import socket
import subprocess
import sys
import urllib.request
import uuid
from io import BytesIO
from pathlib import Path

import boto3
import pytest
from django.core import serializers
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from kernel import images
from network.settings.base import media_storage
from tests.factories import CityFactory, EventFactory, ResourceFactory
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
# Straight to the loopback server, whatever proxy the environment names.
DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def jpeg_bytes(width=2000, height=1000, colour="teal"):
    buffer = BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def sha256(data):
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """A new bucket that anyone may read (a bucket policy, as the README advises), and this
    process's uploads going to it through the settings the environment gives."""
    environment = {
        "AWS_STORAGE_BUCKET_NAME": f"portal-media-{uuid.uuid4().hex[:8]}",
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "NO_PROXY": "127.0.0.1",
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    name = environment["AWS_STORAGE_BUCKET_NAME"]
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    s3.create_bucket(Bucket=name)
    public_read = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{name}/*",
            }
        ],
    }
    s3.put_bucket_policy(Bucket=name, Policy=json.dumps(public_read))
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(os.environ)}
    return {"name": name, "origin": s3_endpoint, "url": f"{s3_endpoint}/{name}/", "client": s3}


def stored(bucket):
    """``{key: (etag, last modified)}`` of everything in the bucket."""
    listing = bucket["client"].list_objects_v2(Bucket=bucket["name"])
    return {item["Key"]: (item["ETag"], item["LastModified"]) for item in listing["Contents"]}


def fetch(url):
    """What a browser gets for ``url``: no credentials, no signature."""
    with DIRECT.open(url, timeout=10) as response:
        return response.headers["Content-Type"], response.read()


def srcset(html):
    found = re.search(r'<img [^>]*srcset="([^"]*)"', html)
    return [entry.split()[0] for entry in found.group(1).split(", ")] if found else []


SECOND_SERVER = """
import hashlib, json, sys
from django.conf import settings


class NoMigrations(dict):
    # Tables straight from the models: this server's database is a copy of a few rows.
    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


settings.MIGRATION_MODULES = NoMigrations()
import django

django.setup()
from django.core import serializers
from django.core.management import call_command
from django.test import Client
from django.test.utils import setup_test_environment
from storages.backends.s3 import S3Storage

saved = []
save = S3Storage._save
S3Storage._save = lambda storage, name, content: saved.append(name) or save(storage, name, content)
setup_test_environment()
call_command("migrate", run_syncdb=True, verbosity=0)
for row in serializers.deserialize("json", sys.stdin.read()):
    row.save()
answers = {}
for path in sys.argv[1:]:
    response = Client().get(path)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    answers[path] = {
        "status": response.status_code,
        "type": response["Content-Type"],
        "csp": response.get("Content-Security-Policy", ""),
        "html": body.decode() if response["Content-Type"].startswith("text/html") else "",
        "sha256": hashlib.sha256(body).hexdigest(),
    }
print(json.dumps({"answers": answers, "saved": saved}))
"""


def second_server(rows, *paths):
    """GET ``paths`` on another app server: same bucket settings, its own (empty) cache, and
    the given rows in its database. Also says what it wrote to the bucket."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.test",
        "DATABASE_URL": "sqlite:///:memory:",
    }
    environment.pop("REDIS_URL", None)  # nothing shared but the bucket
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", SECOND_SERVER, *paths],
        input=rows,
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_two_app_servers_share_the_uploads_in_the_bucket(client, bucket, settings):
    # An editor uploads a city's image through the admin of this server…
    city = CityFactory(slug="elbasan", name_en="Elbasan")
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    with translation.override("en"):
        change_url = reverse("admin:cities_city_change", args=[city.pk])
    data = change_form_data(client.get(change_url))
    data.update(
        image=SimpleUploadedFile("street.jpg", jpeg_bytes(), content_type="image/jpeg"),
        image_alt_en="A street in Elbasan",
        image_alt_ar="شارع في إلباسان",
    )
    assert client.post(change_url, data).status_code == 302
    city.refresh_from_db()
    name = city.image.name
    assert re.fullmatch(r"cities/street(_\w+)?\.jpg", name)
    # …the original and every rendition go to the bucket at save time, nothing to local disk.
    keys = stored(bucket)
    renditions = {images.rendition_name(name, width) for width in (160, 480, 960, 1200, 1440)}
    assert set(keys) == {name} | renditions
    assert not Path(settings.MEDIA_ROOT).exists()
    head = bucket["client"].head_object(Bucket=bucket["name"], Key=sorted(renditions)[0])
    assert head["ContentType"] == "image/webp"
    # The admin's thumbnail is the small rendition, linked in the bucket, and its policy allows it.
    change_page = client.get(change_url)
    thumbnail = f"{bucket['url']}{images.rendition_name(name, 160)}"
    assert f'src="{thumbnail}"' in change_page.content.decode()
    assert f"img-src 'self' data: {bucket['origin']};" in change_page["Content-Security-Policy"]
    client.logout()

    # A visitor of this server gets the public page, linking renditions in the bucket by plain
    # URLs (nothing that expires inside a cached page), and the policy lets the browser load them.
    page = client.get("/en/cities/elbasan/")
    urls = srcset(page.content.decode())
    assert urls == [f"{bucket['url']}{images.rendition_name(name, w)}" for w in (480, 960, 1440)]
    assert not any("?" in url for url in urls)
    img_src = re.search(r"img-src ([^;]*)", page["Content-Security-Policy"]).group(1).split()
    assert img_src == ["'self'", "data:", bucket["origin"]]
    content_type, body = fetch(urls[0])
    assert content_type == "image/webp"
    assert Image.open(BytesIO(body)).size == (480, 240)

    # A resource file and an event report, uploaded here too.
    resource = ResourceFactory(
        slug="assessment", url="", file=SimpleUploadedFile("assessment.pdf", PDF_BYTES)
    )
    event = EventFactory(
        slug="durres-workshop", report_file=SimpleUploadedFile("report.pdf", PDF_BYTES + b"2")
    )
    before = stored(bucket)
    # Stored as what the name says, not as what the upload claimed (text/plain here).
    head = bucket["client"].head_object(Bucket=bucket["name"], Key=resource.file.name)
    assert head["ContentType"] == "application/pdf"

    # The second server, with only the database's rows and the bucket in common, shows the same
    # page with the same renditions, without making any again, and serves both files.
    rows = serializers.serialize("json", [city.hub, city.country, city, resource, event.hub, event])
    city_page, resource_file, event_page, event_report = (
        "/en/cities/elbasan/",
        "/en/resources/assessment/file/",
        "/en/events/durres-workshop/",
        "/en/events/durres-workshop/report/",
    )
    other = second_server(rows, city_page, resource_file, event_page, event_report)
    answers = other["answers"]
    assert answers[city_page]["status"] == 200
    assert srcset(answers[city_page]["html"]) == urls
    assert f"img-src 'self' data: {bucket['origin']};" in answers[city_page]["csp"]
    assert other["saved"] == []
    assert stored(bucket) == before  # made once, found in the bucket by the other server
    assert answers[resource_file]["status"] == 200
    assert answers[resource_file]["type"] == "application/pdf"
    assert answers[resource_file]["sha256"] == sha256(PDF_BYTES)
    # The report is served by the portal as its checked kind, like a resource file.
    report = re.search(r'<a class="button" href="([^"]+)"', answers[event_page]["html"]).group(1)
    assert report == event_report
    assert answers[event_report]["status"] == 200
    assert answers[event_report]["type"] == "application/pdf"
    assert answers[event_report]["sha256"] == sha256(PDF_BYTES + b"2")


def test_uploads_with_the_same_name_keep_their_own_files(bucket):
    first = CityFactory(image=SimpleUploadedFile("photo.jpg", jpeg_bytes(600, 300, "teal")))
    second = CityFactory(image=SimpleUploadedFile("photo.jpg", jpeg_bytes(600, 300, "orange")))
    assert first.image.name != second.image.name
    for city, colour in ((first, (0, 128, 128)), (second, (255, 165, 0))):
        _type, body = fetch(images.renditions(city.image)["sources"][0][0])
        pixel = Image.open(BytesIO(body)).convert("RGB").getpixel((10, 10))
        assert all(abs(got - want) < 8 for got, want in zip(pixel, colour, strict=True))


def test_a_file_missing_from_the_bucket_is_a_404_and_no_image(client, bucket):
    ResourceFactory(slug="gone", url="", file="resources/gone.pdf")
    assert client.get("/en/resources/gone/file/").status_code == 404
    city = CityFactory(slug="gone", image="cities/gone.jpg", image_alt_en="Gone")
    assert images.renditions(city.image) is None
    page = client.get("/en/cities/gone/")
    assert page.status_code == 200 and "srcset" not in page.content.decode()


def test_local_disk_stays_the_default():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    configured = media_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": "portal-media",
            "AWS_S3_REGION_NAME": "eu-central-1",
            "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
            "AWS_SECRET_ACCESS_KEY": "never-a-setting",
        }
    )
    assert configured["BACKEND"] == "infra.storage.MediaStorage"
    assert configured["OPTIONS"] == {
        "bucket_name": "portal-media",
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=604800"},
        "max_memory_size": 5 * 1024 * 1024,
        "region_name": "eu-central-1",
        "custom_domain": "media.example.org",
    }
