"""Drop-in customer feedback for public services: the federal post-transaction questions (or an
agency's own), shown as a server-rendered form, a hosted page, an embed script or a JSON API;
checked, protected, redacted and stored durably; reported in an admin area.

Where things are: ``questions`` and ``touchpoints`` (what is asked, where), ``markup`` (the form's
HTML), ``web`` (Starlette routes) and ``jinja_global`` (the ``feedback()`` template global),
``intake`` and ``protection`` and ``redaction`` (what happens to a submission), ``store`` (the
database, the group-commit writer and its store process), ``admin`` (reports), ``openapi`` and
``api_models`` (the JSON APIs' description), ``settings`` and ``clock``.
"""
