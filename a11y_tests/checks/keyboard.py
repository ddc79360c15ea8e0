"""Keyboard check: tab through the page with real key presses, as a keyboard user would.

Reports four things, each with a rule of our own (their WCAG criteria: ``a11y_tests.wcag.RULES``):

- ``keyboard-unreachable``: a visible, enabled control that Tab never reaches, such as a link given
  ``tabindex="-1"``. A radio group is one stop; roving-tabindex widgets (tablist, toolbar, menu...)
  are left alone.
- ``keyboard-trap``: focus cannot leave an element, or goes round a small set of elements and never
  reaches the rest. Suspects from the fast pass are confirmed by pressing Tab at a human pace, so a
  script that sends focus back after a moment is caught too.
- ``focus-order``: a positive ``tabindex``, or Tab reaching elements out of page order.
- ``focus-visible``: nothing visibly changes when an element gets keyboard focus. We compare the
  element's computed outline, border, box-shadow, background, colour and text decoration (and those
  of its ``::before``/``::after``, its parent, its next sibling and its labels) when focused and
  when not. An outline that is ``none``, 0 wide or transparent does not count.

Frames: Tab is followed into every frame and out again, same-origin and cross-origin, nested too (a
recorder in each framed document, their logs merged in time order), so all four are found inside
frames and name the element's frame path; a trap inside a frame is a trap. A frame WebDriver cannot
enter counts as one stop, and is recorded in the check's frame coverage
(``a11y_tests.checks._frames.frame_coverage``). A frame inside an ``inert`` element (a picture of a
page) takes no stop, nor does anything in it.
"""

from __future__ import annotations

from typing import Any

from a11y_tests.checks._common import violation
from a11y_tests.checks._focus import TabRun, TabWalker, indicator_changes
from a11y_tests.results import FailingNode, Violation

MAX_TRAP_SUSPECTS = 4


def _node(run: TabRun, element: int, summary: str) -> FailingNode:
    info = run.elements[element]
    return FailingNode(
        target=info["target"], html=info["html"], summary=summary, frame=tuple(info.get("frame") or ())
    )


def _first_repeat_cycle(keys: list[int]) -> set[int]:
    """The elements of the first cycle in a sequence of focused elements, or nothing if none repeats."""
    seen: dict[int, int] = {}
    for index, element in enumerate(keys):
        if element in seen:
            return set(keys[seen[element] : index])
        seen[element] = index
    return set()


def _find_traps(run: TabRun, walker: TabWalker) -> list[tuple[set[int], str]]:
    """Groups of elements that focus cannot leave, each with how we know."""
    wrapped = any(event.kind == "out" for event in run.log)
    pressed = [event.element for event in run.log if event.kind == "key"][1:]
    keys = [key for key in [*pressed, run.final] if key >= 0]
    cycle = set() if wrapped else _first_repeat_cycle(keys)
    # A script that moves focus back to where it just was is a suspect too.
    visited: set[int] = set()
    bounced: list[int] = []
    for event in run.log:
        if event.kind != "in":
            continue
        if not event.keyed and event.element in visited and event.element not in bounced:
            bounced.append(event.element)
        visited.add(event.element)
    if not cycle:
        bounced += [e for e in walker.probe_bounces(_first_round(run)) if e not in bounced]
    suspects = sorted(cycle)[:MAX_TRAP_SUSPECTS] + [e for e in bounced if e not in cycle][:MAX_TRAP_SUSPECTS]
    traps: list[tuple[set[int], str]] = []
    for element in suspects:
        if walker.stuck_on(element):
            how = "Tab leaves it only to have focus sent straight back" if element in bounced else ""
            traps.append(({element}, how or "Tab does not move focus away from it"))
    if not traps and len(cycle) > 1 and walker.cycle_holds(cycle):
        traps.append((cycle, "Tab goes round these elements and never reaches the rest of the page"))
    return traps


def _unreached(run: TabRun) -> list[FailingNode]:
    reached = run.reached()
    reached_hrefs = {run.elements[element]["href"] for element in reached if run.elements[element]["href"]}
    groups_reached = {c["group"] for c in run.candidates if c["group"] and c["id"] in reached}
    nodes = []
    seen_groups: set[str] = set()
    for candidate in run.candidates:
        element, group, tabindex = candidate["id"], candidate["group"], candidate["tabindex"]
        if element in reached or (group and (group in groups_reached or group in seen_groups)):
            continue
        if group:
            seen_groups.add(group)
        removed = tabindex is not None and tabindex < 0
        if removed and (candidate["composite"] or (candidate["href"] and candidate["href"] in reached_hrefs)):
            continue  # a roving-tabindex widget, or a duplicate of a link that Tab does reach
        if removed:
            summary = f'tabindex="{tabindex}" takes this element out of the tab order'
        else:
            summary = "Tab never reached this element"
        nodes.append(_node(run, element, summary))
    return nodes


def _first_round(run: TabRun) -> list[int]:
    """Elements in the order Tab first reached them, up to the moment focus first left the page."""
    order: list[int] = []
    for event in run.log:
        if event.kind == "out" and order:
            break
        if (
            event.kind in ("in", "frame")
            and event.keyed
            and event.element >= 0
            and event.element not in order
        ):
            order.append(event.element)
    return order


def _longest_rising(ranks: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence of ``ranks`` (patience sorting)."""
    tails: list[int] = []  # index into ranks of the smallest tail of each length
    previous: list[int] = [-1] * len(ranks)
    for index, rank in enumerate(ranks):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if ranks[tails[middle]] < rank:
                low = middle + 1
            else:
                high = middle
        previous[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    kept: set[int] = set()
    index = tails[-1] if tails else -1
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return kept


def _out_of_order(run: TabRun) -> list[FailingNode]:
    nodes: dict[int, FailingNode] = {}
    for info in run.elements:
        raw = (info.get("tabindex") or "").strip()
        if raw.lstrip("+").isdigit() and int(raw) > 0:
            nodes[info["id"]] = _node(
                run, info["id"], f'tabindex="{raw}" moves this element ahead of the page order'
            )
    # Frame elements are left out: focus passes them on its way into the frame's own elements.
    order = [e for e in _first_round(run) if run.elements[e]["tag"] not in ("iframe", "frame")]
    ranks = [run.elements[element]["rank"] for element in order]
    in_order = _longest_rising(ranks)
    for index, element in enumerate(order):
        if index not in in_order and element not in nodes:
            after = run.elements[order[index - 1]]["target"] if index else "the start of the page"
            nodes[element] = _node(
                run, element, f"Tab reaches this element out of page order (after {after})"
            )
    return list(nodes.values())


def _no_focus_indicator(run: TabRun, walker: TabWalker) -> list[FailingNode]:
    nodes = []
    for element in sorted(run.reached()):
        info = run.elements[element]
        if info["tag"] in ("iframe", "frame", "object", "embed") or not info.get("base"):
            continue
        look = run.last_look(element)
        if not look or indicator_changes(look, info["base"]):
            continue
        # Confirm before reporting: on a busy machine the look taken as focus arrived can miss the
        # focus style. An element that truly shows nothing shows nothing this time either.
        if indicator_changes(walker.look_when_focused(element) or look, info["base"]):
            continue
        nodes.append(_node(run, element, "Nothing visibly changes when this element has keyboard focus"))
    return nodes


def check_keyboard(driver: Any) -> list[Violation]:
    """Tab through the page open in ``driver`` and report unreachable controls, traps, order and focus."""
    with TabWalker(driver) as walker:
        run = walker.walk()
        traps = _find_traps(run, walker)
        hidden_focus = _no_focus_indicator(run, walker)
    found: list[Violation] = []
    if traps:
        unreached = len(_unreached(run))
        also = f"; Tab never reaches {unreached} other control(s) on the page" if unreached else ""
        nodes = [_node(run, element, how + also) for elements, how in traps for element in sorted(elements)]
        found.append(
            violation(
                "keyboard-trap",
                "critical",
                "Keyboard focus gets stuck: a keyboard user cannot move past these elements with Tab.",
                nodes,
            )
        )
    elif not run.capped and (unreached_nodes := _unreached(run)):
        found.append(
            violation(
                "keyboard-unreachable",
                "serious",
                "Keyboard users cannot reach these controls with the Tab key.",
                unreached_nodes,
            )
        )
    if order_nodes := _out_of_order(run):
        found.append(
            violation(
                "focus-order",
                "moderate",
                "The Tab key moves through these elements in a different order from the page.",
                order_nodes,
            )
        )
    if hidden_focus:
        found.append(
            violation(
                "focus-visible",
                "serious",
                "These elements show no visible change when they have keyboard focus.",
                hidden_focus,
            )
        )
    return found
