"""Document uploads (resource files, event reports): an allow-list of kinds, a size bound,
content that matches its name, and the content type each kind is served with. SVG and HTML are
never accepted: a browser would run their scripts on the portal's origin."""

import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

PDF = b"%PDF-"
ZIP = b"PK\x03\x04"  # OOXML (docx, xlsx, pptx) and OpenDocument files are zip archives
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy Office (doc, xls, ppt)


@dataclass(frozen=True)
class DocumentKind:
    content_type: str
    signatures: tuple = ()  # the file must start with one of these; empty: plain text
    inline: bool = False  # shown in the browser (PDF, images) rather than downloaded
    zip_member: str = ""  # a zip-based kind must hold this member


OOXML = "[Content_Types].xml"
ODF = "mimetype"

DOCUMENT_KINDS = {
    "pdf": DocumentKind("application/pdf", (PDF,), inline=True),
    "docx": DocumentKind(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        (ZIP,),
        zip_member=OOXML,
    ),
    "xlsx": DocumentKind(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        (ZIP,),
        zip_member=OOXML,
    ),
    "pptx": DocumentKind(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        (ZIP,),
        zip_member=OOXML,
    ),
    "odt": DocumentKind("application/vnd.oasis.opendocument.text", (ZIP,), zip_member=ODF),
    "ods": DocumentKind("application/vnd.oasis.opendocument.spreadsheet", (ZIP,), zip_member=ODF),
    "odp": DocumentKind("application/vnd.oasis.opendocument.presentation", (ZIP,), zip_member=ODF),
    "doc": DocumentKind("application/msword", (OLE,)),
    "xls": DocumentKind("application/vnd.ms-excel", (OLE,)),
    "ppt": DocumentKind("application/vnd.ms-powerpoint", (OLE,)),
    "csv": DocumentKind("text/csv; charset=utf-8"),
    "txt": DocumentKind("text/plain; charset=utf-8"),
    "jpg": DocumentKind("image/jpeg", (b"\xff\xd8\xff",), inline=True),
    "jpeg": DocumentKind("image/jpeg", (b"\xff\xd8\xff",), inline=True),
    "png": DocumentKind("image/png", (b"\x89PNG\r\n\x1a\n",), inline=True),
    "webp": DocumentKind("image/webp", (b"RIFF",), inline=True),
}


def extension(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def document_kind(name):
    """The allowed kind for a stored file name, or None."""
    return DOCUMENT_KINDS.get(extension(name))


def validate_document(upload):
    """Refuse a file that is too large, of a kind not allowed, or whose content is not its kind.

    Messages are in the editor's language (the admin's active language). A file already
    stored (the form saved again without a new upload) was checked when it arrived.
    """
    if getattr(upload, "_committed", False) is True:
        return
    max_bytes = settings.DOCUMENT_UPLOAD_MAX_BYTES
    if upload.size > max_bytes:
        raise ValidationError(
            _("This file is %(size)s; files may be at most %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(max_bytes)},
            code="file_too_large",
        )
    kind = document_kind(upload.name)
    if kind is None:
        raise ValidationError(
            _(
                "Files of this kind cannot be uploaded. Allowed: PDF, Word, Excel, PowerPoint, "
                "OpenDocument, CSV, plain text, JPEG, PNG and WebP."
            ),
            code="file_kind",
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    mismatch = ValidationError(
        _("This file's content is not a %(kind)s file. Please check it and upload it again.")
        % {"kind": extension(upload.name).upper()},
        code="file_content",
    )
    if kind.signatures:
        if not head.startswith(kind.signatures):
            raise mismatch
        if kind.signatures == (b"RIFF",) and head[8:12] != b"WEBP":
            raise mismatch
        if kind.zip_member and not _zip_holds(upload, kind.zip_member):
            raise mismatch
    elif b"\x00" in head or looks_like_markup(head):
        # Text files: no binary content, and nothing a browser could take for a web page.
        raise mismatch


def _zip_holds(upload, member):
    try:
        with zipfile.ZipFile(upload) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        upload.seek(0)


def looks_like_markup(head):
    start = head.lstrip().lower()
    return start.startswith((b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script"))


def document_response(field_file):
    """The stored document as its allowed kind: PDFs and images shown, the rest downloaded.

    The content type comes from the allow-list, never from the file, and the browser is told
    not to guess (``nosniff``) nor run anything in it (a sandboxing CSP). A file that is not
    (or no longer) of an allowed kind, or is missing, is a 404.
    """
    kind = document_kind(field_file.name) if field_file else None
    if kind is None:
        raise Http404
    try:
        handle = field_file.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    name = field_file.name.rsplit("/", 1)[-1]
    response = FileResponse(
        handle, as_attachment=not kind.inline, filename=name, content_type=kind.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    if kind.content_type != "application/pdf":
        # Chromium's PDF viewer does not open in a sandboxed document; images and downloads
        # lose nothing by it.
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
