"""Model fields shared by the content apps."""

import nh3
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from kernel.images import ImageFieldMarker, checked_upload, make_all_renditions
from kernel.uploads import validate_document

# What staff can write in the editor, and so what the sanitiser lets through.
RICH_TEXT_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Strike": True,
        "Underline": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "ListItem": True,
        "OrderedList": True,
        "Blockquote": True,
        "Link": {"enableTarget": False},
        "HardBreak": True,
    }
}


class RichTextField(ProseEditorField):
    """Formatted text written in a rich-text editor and stored as sanitised HTML.

    The editor's own sanitiser keeps only the tags its extensions produce; nh3 then removes
    anything it missed, so no script, event handler or inline style is ever stored.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("config", RICH_TEXT_CONFIG)
        kwargs.setdefault("sanitize", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("config", None)
        kwargs.pop("sanitize", None)
        return name, "kernel.fields.RichTextField", args, kwargs

    def pre_save(self, model_instance, add):
        value = super().pre_save(model_instance, add)
        cleaned = sanitise_html(value)
        # Write the instance's own copy: for a translated field, setattr() would go through
        # modeltranslation's descriptor and copy the fallback language's text into the
        # active language's empty column.
        model_instance.__dict__[self.attname] = cleaned
        return cleaned


def sanitise_html(value):
    """Keep structural formatting; drop scripts, event handlers, styles and unsafe links."""
    if not value:
        return value
    return nh3.clean(
        value,
        tags={
            "p",
            "br",
            "strong",
            "em",
            "b",
            "i",
            "u",
            "s",
            "h2",
            "h3",
            "h4",
            "ul",
            "ol",
            "li",
            "blockquote",
            "a",
        },
        attributes={
            "a": {"href", "title"},
            "p": {"dir"},
            "h2": {"dir"},
            "h3": {"dir"},
            "h4": {"dir"},
            "li": {"dir"},
        },
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


class CheckedImageFormField(forms.ImageField):
    """An upload decoded in full within the size bounds, returned without its metadata."""

    def to_python(self, data):
        if data in self.empty_values:
            return None
        return super().to_python(checked_upload(data))


class CheckedImageField(ImageFieldMarker, models.ImageField):
    """An image field whose uploads are checked and stripped, with renditions made on save.

    Migrations see a plain ImageField: the checks live in the form field and in pre_save.
    ``alt_field`` names the (translated) field holding the image's text alternative.
    """

    def __init__(self, *args, alt_field=None, **kwargs):
        self.alt_field = alt_field
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.ImageField", args, kwargs

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        new_upload = bool(file) and not file._committed
        file = super().pre_save(model_instance, add)
        if new_upload:
            make_all_renditions(file)
        return file


class CheckedFileField(models.FileField):
    """An uploaded document on the allow-list of ``kernel.uploads``: bounded in size, of an
    allowed kind, its content matching its name (never SVG or HTML). Served through a view
    that sets the kind's content type (``kernel.uploads.document_response``), not as media.

    Migrations see a plain FileField with its validator and help text.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_document])
        kwargs.setdefault(
            "help_text",
            _("PDF, Word, Excel, PowerPoint, OpenDocument, CSV, plain text, JPEG, PNG or WebP."),
        )
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.FileField", args, kwargs


def require_alt_text(instance, image_field, alt_field):
    """Model validation: an image is only saved with a text alternative for screen readers,
    in at least one language.

    The error names the columns a form really has: for a translated ``alt_field`` those are
    ``<alt_field>_ar`` and ``<alt_field>_en``; naming ``alt_field`` itself made a bilingual
    model form raise ValueError (a 500) instead of showing the message.
    """
    if not getattr(instance, image_field):
        return
    columns = translation_columns(type(instance), alt_field)
    if any((instance.__dict__.get(column) or "").strip() for column in columns):
        return
    message = _("Describe the image for people who cannot see it (text alternative).")
    raise ValidationError(dict.fromkeys(columns, message))


def translation_columns(model, name):
    """``[name_ar, name_en]`` for a translated field, ``[name]`` for any other."""
    from modeltranslation.translator import NotRegistered, translator
    from modeltranslation.utils import get_translation_fields

    try:
        translated = name in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        translated = False
    return get_translation_fields(name) if translated else [name]
