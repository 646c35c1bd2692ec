"""Baseline: textacy's rule-based direct-quotation extractor against wirewatch, on the same gold.

Reproduce (from the repo root, with the ``bench`` extra installed: ``pip install -e '.[bench]'``)::

    python bench/baseline_textacy.py

Both parse with the same spaCy model (``wirewatch.stages.nlp.load_model``, bare en_core_web_sm).
textacy has no relay chains (``via`` is always empty) and does not resolve pronouns; wirewatch is
scored against its cleaned ``article.text``, textacy against the text it parsed. A report on which
textacy raises (e.g. an odd number of quotation marks) counts as nothing found for textacy.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import textacy
from quotescore import Predicted, Score, cases, score, wirewatch_predictions
from spacy.language import Language
from textacy.extract.triples import direct_quotations

import wirewatch
from wirewatch.stages.nlp import load_model

SETS = ("seed", "dev", "heldout")


def textacy_predictions(nlp: Language, text: str) -> list[Predicted]:
    doc = nlp(text)
    out: list[Predicted] = []
    for speaker, _cue, content in direct_quotations(doc):
        name = doc[speaker[0].i : speaker[-1].i + 1].text
        out.append(Predicted(content.start_char, content.end_char, name, [], "direct"))
    return out


def cell(found: int, right: int, width: int) -> str:
    return f"{found:>3} / {right:<3}".rjust(width)


def share(right: int, gold: int) -> str:
    return f"{right / gold:.0%}" if gold else "-"


def main() -> None:
    nlp = load_model()
    errors: list[str] = []
    totals: dict[str, list[int]] = {}  # set -> [gold, tx found, tx right, ww found, ww right]
    print(f"textacy {textacy.__version__}, spaCy model {nlp.meta['name']} {nlp.meta['version']}\n")
    header = f"{'set':8} {'report':28} {'gold':>4}  {'textacy found/right':>19}  {'wirewatch found/right':>21}"
    print(header)
    print("-" * len(header))
    for which in SETS:
        row_sum = totals.setdefault(which, [0, 0, 0, 0, 0])
        for name, text, gold, raw in cases(which):
            parsed = raw if raw is not None else text
            try:
                tx = score(name, parsed, gold, textacy_predictions(nlp, parsed), raw)
            except Exception as exc:  # textacy bails out on e.g. an odd number of quotation marks
                errors.append(f"{which}/{name}: {type(exc).__name__}: {exc}")
                tx = score(name, parsed, gold, [], raw)
            article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
            ww: Score = score(name, article.text, gold, wirewatch_predictions(article), raw)
            flag = " *" if errors and errors[-1].startswith(f"{which}/{name}:") else ""
            print(
                f"{which:8} {name:28} {tx.gold:4}  {cell(tx.found, tx.right, 19)}  {cell(ww.found, ww.right, 21)}{flag}"
            )
            for i, value in enumerate((tx.gold, tx.found, tx.right, ww.found, ww.right)):
                row_sum[i] += value
        g, tf, tr, wf, wr = row_sum
        print(
            f"{which:8} {'TOTAL':28} {g:4}  {cell(tf, tr, 19)}  {cell(wf, wr, 21)}"
            f"  textacy {share(tr, g)}, wirewatch {share(wr, g)}"
        )
        print()
    g, tf, tr, wf, wr = (sum(col) for col in zip(*totals.values(), strict=True))
    print(f"{'ALL':8} {'TOTAL':28} {g:4}  {cell(tf, tr, 19)}  {cell(wf, wr, 21)}")
    print(
        f"\nfully right: textacy {tr}/{g} ({share(tr, g)}), wirewatch {wr}/{g} ({share(wr, g)})"
        + (f"; textacy/wirewatch ratio {tr / wr:.2f}" if wr else "")
    )
    if errors:
        print("\n* textacy raised (scored as nothing found):")
        for err in errors:
            print("   ", err)


if __name__ == "__main__":
    main()
