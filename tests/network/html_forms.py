"""Submit an HTML form the way a browser does, from the page's markup alone.

``form_submission(html)`` reads the first form with ``method="post"`` (or the one with the
given id) and returns what a browser would send on pressing its default submit button: every
enabled text, hidden and number input with its value, checked boxes and radios, the selected
options of each select (the first option of a single select with none marked), textareas,
and the pressed button's name. Inputs of ``type="file"`` are listed separately, since a
browser sends them only when a file is chosen.
"""

from html.parser import HTMLParser

TEXT_LIKE = {
    "",
    "text",
    "hidden",
    "number",
    "email",
    "url",
    "tel",
    "search",
    "password",
    "date",
    "time",
    "datetime-local",
}


class _FormParser(HTMLParser):
    def __init__(self, form_id=None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.done = False
        self.fields = []  # (name, value) in document order
        self.file_inputs = []
        self.submit = None
        self._select = None  # [name, multiple, options [(value, selected)]]
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = {key: ("" if value is None else value) for key, value in attrs}
        if tag == "form" and not self.in_form and not self.done:
            wanted = attrs.get("id") == self.form_id if self.form_id else True
            self.in_form = wanted and attrs.get("method", "").lower() == "post"
            return
        if not self.in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "").lower()
            if kind in TEXT_LIKE:
                self.fields.append((name, attrs.get("value", "")))
            elif kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
            elif kind == "file":
                self.file_inputs.append(name)
            elif kind == "submit" and self.submit is None:
                self.submit = (name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = [name, "multiple" in attrs, []]
        elif tag == "option" and self._select is not None:
            self._option = [attrs.get("value"), "selected" in attrs, ""]
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._option is not None:
            self._option[2] += data
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form, self.done = False, True
        elif tag == "option" and self._option is not None:
            self._close_option()
        elif tag == "select" and self._select is not None:
            self._close_option()
            name, multiple, options = self._select
            chosen = [value for value, selected in options if selected]
            if not multiple and not chosen and options:
                chosen = [options[0][0]]
            self.fields.extend((name, value) for value in (chosen if multiple else chosen[-1:]))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # A browser drops the one newline that follows the opening tag.
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None

    def _close_option(self):
        if self._option is not None and self._select is not None:
            value, selected, text = self._option
            self._select[2].append((text.strip() if value is None else value, selected))
        self._option = None


def form_submission(html, form_id=None):
    """``(data, file_input_names)`` of the page's post form, as a browser would submit it."""
    parser = _FormParser(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    if parser.submit and parser.submit[0]:
        data.setdefault(parser.submit[0], [parser.submit[1]])
    return data, parser.file_inputs
