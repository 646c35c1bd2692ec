"""Quotation accuracy of wirewatch on the seed, the dev fixtures and the held-out reports.

Usage: python bench/eval_quotes.py [seed|dev|heldout ...] [-v]
"""

from __future__ import annotations

import sys

from quotescore import cases, score, wirewatch_predictions

import wirewatch


def evaluate(which: str, verbose: bool = False) -> tuple[int, int]:
    right = total = 0
    for name, text, gold, raw in cases(which):
        article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
        result = score(name, article.text, gold, wirewatch_predictions(article), raw)
        right, total = right + result.right, total + result.gold
        print(
            f"{which:8} {name:28} {result.right:3}/{result.gold:<3} fully right ({result.rate:.0%}), "
            f"{result.found} found"
        )
        if verbose:
            for miss in result.misses:
                print("    ", miss)
    print(f"{which:8} {'TOTAL':28} {right:3}/{total:<3} ({right / max(total, 1):.0%})")
    return right, total


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for which in [a for a in sys.argv[1:] if not a.startswith("-")] or ["seed", "dev", "heldout"]:
        evaluate(which, verbose)
