"""The pages of our demo site, for the tests that check each of them (here and in ``tests/demo_site``)."""

from __future__ import annotations

from components.registry import registry
from demo_site.gallery import placements
from demo_site.identity import PATTERN_PAGES


def demo_paths() -> list[str]:
    """Every page of the demo site: home, gallery (also filtered), the footer's agency pages, the worked
    service's start, the pages of the sign-in pattern, each component page and each example preview,
    the narrow view of one, and the conformance report (its summary and one component's)."""
    paths = [
        "/",
        "/components",
        "/components?q=date",
        "/no-such-page",
        "/patterns/feedback",
        "/accessibility",
        "/accessibility/conformance",
        "/accessibility/conformance/radios",
        "/admin/",
    ]
    paths += ["/about", "/foia", "/no-fear-act", "/oig", "/performance", "/privacy"]  # the footer's links
    paths += [
        f"/feedback/{touchpoint}" for touchpoint in ("demo-benefits", "demo-service-center", "demo-page")
    ]
    paths.append("/feedback/demo-benefits/thanks")
    paths += ["/disaster-help", "/disaster-help/apply/"]  # the worked service: its start, its first question
    paths += ["/patterns/sign-in", *(f"/patterns/sign-in/{slug}" for slug in PATTERN_PAGES)]
    for name, info in registry().items():
        paths.append(f"/components/{name}")
        paths += [f"/components/{name}/{example.slug}/preview" for example in info.examples]
    paths.append(f"/components/radios/{registry()['radios'].examples[0].slug}/narrow")  # the 320 px frame
    return paths


def own_page_previews() -> list[str]:
    """The previews of the examples that their component page links to instead of showing (see
    :func:`demo_site.gallery.placements`): they are checked in every language on their own."""
    return [
        f"/components/{name}/{slug}/preview"
        for name, info in registry().items()
        for slug, place in placements(info).items()
        if place == "own_page"
    ]
