"""Numeric-claim accuracy of wirewatch on the seed, the dev fixtures and the held-out reports.

Usage: python bench/eval_claims.py [seed|dev|heldout|blind ...] [-v]
"""

from __future__ import annotations

import sys

from claimscore import Score, cases, score, wirewatch_predictions

import wirewatch


def evaluate(which: str, verbose: bool = False) -> Score:
    total = Score(which)
    for name, text, gold, raw in cases(which):
        article = wirewatch.extract(text, published=gold.get("published"), outlet=gold.get("outlet"))
        result = score(name, article.text, gold, wirewatch_predictions(article), raw)
        total.add(result)
        print(
            f"{which:8} {name:28} {result.right:3}/{result.gold:<3} fully right, {result.found} found, "
            f"{result.invented_numbers} invented numbers, {result.invented_claimants} invented claimants"
        )
        if verbose:
            for miss in result.misses:
                print("    ", miss)
    wrong = ", ".join(f"{k} {v}" for k, v in total.wrong.items() if v)
    fields = ", ".join(f"{k} {1 - v / max(total.found, 1):.0%}" for k, v in total.wrong.items())
    print(
        f"{which:8} {'TOTAL':28} {total.right:3}/{total.gold:<3} ({total.right / max(total.gold, 1):.0%}) fully right; "
        f"{total.found} found; invented numbers {total.invented_numbers}, claimants {total.invented_claimants}; "
        f"wrong fields: {wrong or 'none'}"
    )
    print(f"{which:8} {'FIELDS':28} right among found: {fields}")
    return total


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    for which in [a for a in sys.argv[1:] if not a.startswith("-")] or ["seed", "dev", "heldout"]:
        evaluate(which, verbose)
