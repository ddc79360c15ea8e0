"""The identity hand-off: the pages before and after an identity provider such as Login.gov, and the
OpenID Connect sign-in between them (:mod:`~components.identity_handoff.protocol`, with Authlib).

Provider differences live in profiles (:mod:`~components.identity_handoff.profiles`); the pages need no
web framework (:mod:`~components.identity_handoff.pages`); ``starlette.py`` serves them.
"""
