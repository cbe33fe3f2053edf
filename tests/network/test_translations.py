"""The Arabic catalogue is complete, compiled, and covers every string in the code."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils.translation import to_locale

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "ar" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def read_po(path):
    """Entries of a .po file as (msgid, msgstr-list, fuzzy) triples, without a library."""
    entries, current, field, fuzzy, context = [], None, None, False, None

    def unquote(text):
        return (
            text.strip()[1:-1]
            .encode("utf-8")
            .decode("unicode_escape")
            .encode("latin-1")
            .decode("utf-8")
        )

    def finish():
        if current is not None and current.get("msgid"):
            entries.append((current["msgid"], current["msgstr"], current["fuzzy"]))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#,") and "fuzzy" in line:
            fuzzy = True
        elif line.startswith("msgctxt "):
            # pgettext entries: gettext keys them as "context\x04msgid".
            finish()
            current, context = None, unquote(line[8:])
        elif line.startswith("msgid "):
            finish()
            msgid = unquote(line[6:])
            if context is not None:
                msgid = f"{context}\x04{msgid}"
            current = {"msgid": msgid, "msgstr": [], "fuzzy": fuzzy}
            field, fuzzy, context = "msgid", False, None
        elif line.startswith("msgid_plural "):
            field = "plural"
        elif line.startswith("msgstr"):
            current["msgstr"].append(unquote(line.split(" ", 1)[1]))
            field = "msgstr"
        elif line.startswith('"') and current is not None:
            if field == "msgid":
                current["msgid"] += unquote(line)
            elif field == "msgstr":
                current["msgstr"][-1] += unquote(line)
    finish()
    return entries


def test_every_message_has_an_arabic_translation():
    missing = [msgid for msgid, msgstrs, fuzzy in read_po(PO) if fuzzy or not all(msgstrs)]
    assert not missing, f"{len(missing)} messages lack Arabic: {missing[:10]}"


def test_compiled_catalogue_is_up_to_date():
    assert MO.exists()
    from gettext import GNUTranslations

    with MO.open("rb") as handle:
        catalogue = GNUTranslations(handle)
    for msgid, msgstrs, _fuzzy in read_po(PO):
        if len(msgstrs) == 1 and "\x04" not in msgid:
            assert catalogue.gettext(msgid) == msgstrs[0], f"stale .mo for {msgid!r}"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext (xgettext)")
def test_catalogue_covers_every_string_in_the_code(tmp_path):
    """Extract messages afresh and check none is missing from the committed catalogue."""
    shutil.copytree(
        ROOT,
        tmp_path / "src",
        ignore=shutil.ignore_patterns(
            ".venv", "node_modules", ".git", "media", "staticfiles", "screenshots", "*.sqlite3"
        ),
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            to_locale("ar"),
            "--no-obsolete",
            "--ignore",
            "tests/*",
        ],
        cwd=tmp_path / "src",
        capture_output=True,
        text=True,
        env={"TESTING": "1", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    fresh = {msgid for msgid, *_ in read_po(tmp_path / "src" / PO.relative_to(ROOT))}
    committed = {msgid for msgid, msgstrs, fuzzy in read_po(PO) if all(msgstrs) and not fuzzy}
    missing = sorted(fresh - committed)
    assert not missing, f"{len(missing)} strings not translated: {missing[:10]}"
