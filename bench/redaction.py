"""Redaction recall and false hits per kind of personal data, and throughput beside a bare pass.

For each corpus (every ``bench/corpora/redaction_*.py``: the development corpus, and the held-out
ones when they exist), each redactor is run over every comment. A comment with personal data counts as
caught only when every listed substring is gone from the output; an ordinary comment is a false
hit when the output differs from it at all. The table gives recall and false hits per kind, then
overall; the throughput line gives comments per second over the whole corpus, beside a bare pass
that only normalizes the text (NFKC), in the same run.

Peers run in the same table when they are importable (they are not dependencies of the project):
Microsoft Presidio's pattern recognizers (``presidio-analyzer``, with a blank spaCy pipeline, as
its trained models cannot be installed here: no names or places) and scrubadub 2.0.1's detectors.
Install them in a throwaway environment and run this file with its Python to compare; the project
imports only the standard library here.

    .venv/bin/python bench/redaction.py [--seconds 1.0] [--skip redaction_holdout2] [--misses]

``--misses`` lists what ours missed or changed, only in the corpora named in :data:`SPENT` (the
development corpus and the held-out corpora already used to guide the rules): the misses of a
corpus still held out are never printed, so that no one tunes a rule to it by accident.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feedback_widget.redaction import redact  # noqa: E402

CORPORA = ROOT / "bench" / "corpora"
SPENT = (
    *("redaction_dev", "redaction_holdout", "redaction_holdout2", "redaction_holdout3", "redaction_holdout4"),
    *("redaction_holdout5", "redaction_holdout6", "redaction_holdout7", "redaction_holdout8"),
    *("redaction_holdout9", "redaction_holdout10", "redaction_holdout11", "redaction_holdout12"),
    *("redaction_holdout13", "redaction_holdout14", "redaction_holdout15", "redaction_holdout16"),
    *("redaction_holdout17", "redaction_holdout18", "redaction_holdout19", "redaction_holdout20"),
    *("redaction_holdout21", "redaction_holdout22", "redaction_holdout23", "redaction_holdout24"),
    *("redaction_holdout25", "redaction_holdout26"),
)
"""The corpora whose misses may be listed: the development corpus, and held-out corpora once spent."""
Redactor = Callable[[str], str]


@dataclass(frozen=True)
class Corpus:
    """Comments with personal data (kind, text, substrings that must be gone) and ordinary ones."""

    name: str
    personal: list[tuple[str, str, list[str]]]
    clean: list[str]


def load_corpus(path: Path) -> Corpus:
    """The corpus module at ``path``: its ``PERSONAL`` and ``CLEAN`` lists."""
    spec = importlib.util.spec_from_file_location(f"redaction_corpus_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return Corpus(path.stem, list(module.PERSONAL), list(module.CLEAN))


def is_caught(output: str, substrings: list[str]) -> bool:
    """Whether every substring that must be gone is gone from ``output``."""
    return all(substring not in output for substring in substrings)


@dataclass
class Score:
    """How one redactor did on one corpus."""

    caught: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    false_hits: int = 0
    clean: int = 0
    misses: list[str] = field(default_factory=list)
    wrongly_changed: list[str] = field(default_factory=list)

    def recall(self, kind: str | None = None) -> float:
        """Caught over total, for one kind or all."""
        caught = self.caught.get(kind, 0) if kind else sum(self.caught.values())
        total = self.total.get(kind, 0) if kind else sum(self.total.values())
        return caught / total if total else 1.0


def score(redactor: Redactor, corpus: Corpus) -> Score:
    """Run ``redactor`` over ``corpus``."""
    result = Score()
    for kind, text, substrings in corpus.personal:
        result.total[kind] = result.total.get(kind, 0) + 1
        if is_caught(redactor(text), substrings):
            result.caught[kind] = result.caught.get(kind, 0) + 1
        else:
            result.misses.append(f"{kind}: {text!r}")
    for text in corpus.clean:
        result.clean += 1
        if redactor(text) != text:
            result.false_hits += 1
            result.wrongly_changed.append(text)
    return result


def comments_per_second(redactor: Redactor, texts: list[str], seconds: float) -> float:
    """How many comments ``redactor`` handles per second, over ``texts`` repeated for ``seconds``."""
    done = 0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        for text in texts:
            redactor(text)
        done += len(texts)
    return done / elapsed


def normalize_only(text: str) -> str:
    """The bare pass: NFKC and nothing else."""
    return unicodedata.normalize("NFKC", text)


# --- peers, when importable ------------------------------------------------------------------------


def presidio_redactor() -> Redactor | None:
    """Presidio's predefined pattern recognizers (no trained model: a blank spaCy pipeline)."""
    if importlib.util.find_spec("presidio_analyzer") is None:
        return None
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from spacy.language import Language
    from spacy.tokens import Doc

    if "bench_lemma" not in Language.factories:

        @Language.component("bench_lemma")
        def lower_lemma(doc: Doc) -> Doc:  # context words are matched on lemmas
            for token in doc:
                token.lemma_ = token.lower_
            return doc

    class BlankEngine(SpacyNlpEngine):
        def load(self) -> None:
            nlp = spacy.blank("en")
            nlp.add_pipe("bench_lemma")
            self.nlp = {"en": nlp}

    engine = BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=engine)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
    skipped = {"DATE_TIME", "URL", "UUID"}  # every date and link would be a false hit

    def run(text: str) -> str:
        results = [
            found
            for found in analyzer.analyze(text, language="en", score_threshold=0.4)
            if found.entity_type not in skipped
        ]
        for found in sorted(results, key=lambda item: item.start, reverse=True):
            text = text[: found.start] + f"<{found.entity_type}>" + text[found.end :]
        return text

    return run


def scrubadub_redactor() -> Redactor | None:
    """scrubadub's default detectors, with its date-of-birth detector added."""
    if importlib.util.find_spec("scrubadub") is None:
        return None
    import warnings

    import scrubadub

    warnings.simplefilter("ignore")
    scrubber = scrubadub.Scrubber(locale="en_US")
    scrubber.add_detector("date_of_birth")
    return scrubber.clean


# --- the report ------------------------------------------------------------------------------------


def print_table(corpus: Corpus, scores: dict[str, Score]) -> None:
    """Recall per kind for each redactor, then overall recall and false hits."""
    kinds = sorted({kind for kind, _, _ in corpus.personal})
    names = list(scores)
    width = max(12, *(len(name) for name in names))
    print(
        f"\n== {corpus.name}: {len(corpus.personal)} comments with personal data, {len(corpus.clean)} without"
    )
    print(f"{'kind':<18}{'n':>5}  " + "".join(f"{name:>{width}}" for name in names))
    for kind in kinds:
        total = next(iter(scores.values())).total.get(kind, 0)
        cells = "".join(f"{scores[name].recall(kind):>{width}.0%}" for name in names)
        print(f"{kind:<18}{total:>5}  {cells}")
    overall = "".join(f"{scores[name].recall():>{width}.1%}" for name in names)
    print(f"{'recall, all':<18}{len(corpus.personal):>5}  {overall}")
    hits = "".join(f"{scores[name].false_hits:>{width}}" for name in names)
    print(f"{'false hits':<18}{len(corpus.clean):>5}  {hits}")


def corpus_paths(*, skip: list[str], dev_only: bool) -> list[Path]:
    """The corpus files to score: the development corpus first, then the held-out ones by name.

    A name in ``skip`` may be given with or without the ``redaction_`` prefix and ``.py`` suffix.
    """
    left_out = {name.removesuffix(".py").removeprefix("redaction_") for name in skip}
    paths = sorted(CORPORA.glob("redaction_*.py"), key=lambda path: (path.stem != "redaction_dev", path.stem))
    return [
        path
        for path in paths
        if path.stem.removeprefix("redaction_") not in left_out
        and (not dev_only or path.stem == "redaction_dev")
    ]


def main() -> None:
    """Score every redactor on every corpus, then time ours beside the bare pass."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=1.0, help="time per throughput run")
    parser.add_argument(
        "--misses", action="store_true", help="list what ours missed or changed (spent corpora only)"
    )
    parser.add_argument("--dev-only", action="store_true", help="the development corpus only")
    parser.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="leave out this corpus (repeatable)"
    )
    arguments = parser.parse_args()

    redactors: dict[str, Redactor] = {"ours": redact, "bare (NFKC)": normalize_only}
    for name, make in (("presidio", presidio_redactor), ("scrubadub", scrubadub_redactor)):
        peer = make()
        if peer is not None:
            redactors[name] = peer
    paths = corpus_paths(skip=arguments.skip, dev_only=arguments.dev_only)
    corpora = [load_corpus(path) for path in paths]
    for corpus in corpora:
        scores = {name: score(redactor, corpus) for name, redactor in redactors.items()}
        print_table(corpus, scores)
        if arguments.misses and corpus.name in SPENT:
            for line in scores["ours"].misses:
                print("  missed", line)
            for text in scores["ours"].wrongly_changed:
                print("  changed", repr(text), "->", repr(redact(text)))

    texts = [text for corpus in corpora for _, text, _ in corpus.personal] + [
        text for corpus in corpora for text in corpus.clean
    ]
    print(f"\nthroughput over {len(texts)} comments (comments/s, {arguments.seconds:.1f} s each):")
    for name, redactor in redactors.items():
        print(f"  {name:<14}{comments_per_second(redactor, texts, arguments.seconds):>12,.0f}")
    plain = [text for text in texts if text.isascii() and not any(char.isdigit() for char in text)]
    if plain:
        print(
            f"  ours, the {len(plain)} comments with no digit: "
            f"{comments_per_second(redact, plain, arguments.seconds):,.0f}"
        )


if __name__ == "__main__":
    main()
