"""Which components a set of Jinja templates uses, read from the templates' syntax trees.

A site that ships only what it uses gives the answer to ``css_bundle`` and ``script_bundle``
(``components.assets``), or runs ``frontdoor assets DIR --templates FOLDER``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from jinja2 import Environment, nodes

from components.registry import registry

_OUR_TEMPLATE = re.compile(r"frontdoor/(\w+)/\1\.html")


def components_used(env: Environment, template_names: Iterable[str]) -> set[str]:
    """The components that the named templates call as ``fd.<name>(...)``, or extend, include or
    import as ``frontdoor/<name>/<name>.html``, following those links into the templates they name
    (ours included: the page layout brings its header and footer). A name built at run time cannot be
    followed; pass such templates by name too."""
    if env.loader is None:
        raise ValueError("the environment has no loader: cannot read its templates")
    known = registry()
    found: set[str] = set()
    queue = list(template_names)
    read: set[str] = set()
    while queue:
        name = queue.pop()
        if name in read:
            continue
        read.add(name)
        source, _, _ = env.loader.get_source(env, name)
        tree = env.parse(source, name)
        for call in tree.find_all(nodes.Getattr):
            if isinstance(call.node, nodes.Name) and call.node.name == "fd" and call.attr in known:
                found.add(call.attr)
        for link in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
            target = getattr(link, "template", None)
            if isinstance(target, nodes.Const) and isinstance(target.value, str):
                ours = _OUR_TEMPLATE.fullmatch(target.value)
                if ours and ours.group(1) in known:
                    found.add(ours.group(1))
                queue.append(target.value)
    return found
