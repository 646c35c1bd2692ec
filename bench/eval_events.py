"""Event typing and one-sentence notes, measured.

Usage: python bench/eval_events.py [case|notes] [-v]

- case: the top event's sub-event type on ``../shared/eval/case2021-dev.tsv`` (516 snippets; labels mapped by
  ``case2021-labels.tsv``), weighted F1 over the 30 labels; a snippet with no event counts as wrong. When the
  shipped typer learnt from these snippets, the figure is 4-fold cross-validated (each fold typed by a model that
  never saw it), and the script also prints the figure of a model trained on the team's examples alone and of
  the cues and naive Bayes alone (the typer without the sentence encoder). When the shipped model carries
  fine-tuned encoder layers, its cross-validated figure comes from four fold models fine-tuned the same way,
  read from ``bench/.folds/`` (not in git; made by
  ``python scripts/finetune_event_typer.py --folds bench/.folds``, which needs torch, about an hour on two
  cores); the frozen encoder's figure (a softmax trained per fold, as ``learnt.train``) is printed beside it. The
  fold models' figure is printed whenever they are at hand, the shipped model fine-tuned or not.
- notes: the team's one-sentence event notes (``tests/fixtures/event_notes.tsv``): type, sub-type, date, country
  and fatalities of the top event, each right or not.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import numpy as np

import wirewatch
from wirewatch._data import data_table
from wirewatch.stages.events import learnt
from wirewatch.stages.events.encoder import encoder

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
NOTES = ROOT / "tests" / "fixtures" / "event_notes.tsv"
FOLD_MODELS = ROOT / "bench" / ".folds"  # made by scripts/finetune_event_typer.py --folds bench/.folds
FOLDS = 4


def _rows(path: Path, header: bool = True) -> list:
    with path.open(encoding="utf-8", newline="") as handle:
        options = {"delimiter": "\t", "quoting": csv.QUOTE_NONE}
        reader = csv.DictReader(handle, **options) if header else csv.reader(handle, **options)
        return list(reader)


def weighted_f1(gold: list[str], predicted: list[str]) -> float:
    """Per-label F1 weighted by the label's gold count (as scikit-learn's ``average="weighted"``)."""
    support = Counter(gold)
    total = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if p == label and g != label)
        fn = count - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * count
    return total / len(gold)


def top_sub_event(text: str) -> str:
    try:
        events = wirewatch.extract(text).events
    except wirewatch.InputError:
        return "(refused)"  # a snippet the language check refuses counts as wrong
    return events[0].sub_event_type if events else "(none)"


def case(verbose: bool) -> None:
    labels = {row[0]: row[2] for row in _rows(SHARED / "case2021-labels.tsv", header=False)}
    rows = _rows(SHARED / "case2021-dev.tsv")
    texts, gold = [r["text"] for r in rows], [labels[r["label"]] for r in rows]
    shipped = learnt.model()
    if shipped is None or encoder() is None:
        predicted = [top_sub_event(t) for t in texts]
        _report("cues and naive Bayes (no sentence encoder installed)", gold, predicted, verbose)
        return
    if "CASE" not in shipped.trained_on:
        predicted = [top_sub_event(t) for t in texts]
        _report(f"shipped model, trained on {shipped.trained_on} only", gold, predicted, verbose)
        return
    # the shipped model learnt from these snippets: measure by 4-fold cross-validation, each fold typed by a model
    # trained on the team's examples and the other three folds
    folds = np.array_split(np.random.default_rng(0).permutation(len(texts)), FOLDS)
    if shipped.tuned or any(FOLD_MODELS.glob("event_typer_fold*.npz")):
        _fine_tuned_folds(texts, gold, folds, verbose, shipped=bool(shipped.tuned))
    ours = [(text, label) for label, text in data_table("event_examples.tsv")]
    ours_x, case_x = encoder()([t for t, _ in ours]), encoder()(texts)
    predicted = [""] * len(texts)
    for k, fold in enumerate(folds):
        train = np.concatenate([f for j, f in enumerate(folds) if j != k])
        snippets = (case_x[train], [gold[i] for i in train])
        learnt.use(learnt.train((ours_x, [label for _, label in ours]), snippets))
        for i in fold:
            predicted[i] = top_sub_event(texts[i])
    frozen = "frozen encoder, a softmax trained per fold" + ("" if shipped.tuned else " (as shipped)")
    _report(f"4-fold cross-validation, each fold unseen by its model, {frozen}", gold, predicted, verbose)
    learnt.use(learnt.train((ours_x, [label for _, label in ours])))
    _report("the team's examples only, no snippet learnt", gold, [top_sub_event(t) for t in texts], False)
    learnt.use(None)
    _report("cues and naive Bayes only (no encoder)", gold, [top_sub_event(t) for t in texts], False)
    learnt.use(shipped)


def _fine_tuned_folds(texts: list[str], gold: list[str], folds: list[np.ndarray], verbose: bool, shipped: bool) -> None:
    """The cross-validated figure of the fine-tuned typer: fold k typed by the model fine-tuned without it (measured
    whenever the fold models are at hand, so that a fine-tuned typer can be judged before it ships)."""
    paths = [FOLD_MODELS / f"event_typer_fold{k}.npz" for k in range(len(folds))]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        print(
            f"no fine-tuned figure: {', '.join(missing)} missing from {FOLD_MODELS}; make the fold models with "
            f"`python scripts/finetune_event_typer.py --folds bench/.folds` (needs torch; about an hour)"
        )
        return
    predicted, trained_on = [""] * len(texts), []
    team = f"{len(data_table('event_examples.tsv'))} team examples"
    for k, (fold, path) in enumerate(zip(folds, paths, strict=True)):
        model = learnt.Softmax.load(path.read_bytes())
        if not model.tuned or f"fold {k} held out" not in model.trained_on:
            sys.exit(f"{path} is not the fine-tuned model of fold {k}: {model.trained_on!r}")
        if team not in model.trained_on:  # the examples changed since: the figure is not the current typer's
            print(f"warning: {path.name} is stale ({model.trained_on!r}, now {team}); make the fold models again")
        learnt.use(model)
        trained_on.append(model.trained_on)
        for i in fold:
            predicted[i] = top_sub_event(texts[i])
    print(f"fold models in {FOLD_MODELS}, the first trained on {trained_on[0]}")
    how = "fine-tuned encoder" + (" (as shipped)" if shipped else " (not shipped)")
    _report(f"4-fold cross-validation, each fold unseen by its model, {how}", gold, predicted, verbose)


def _report(how: str, gold: list[str], predicted: list[str], verbose: bool) -> None:
    right = sum(g == p for g, p in zip(gold, predicted, strict=True))
    print(
        f"CASE 2021 dev ({len(gold)} snippets), {how}: weighted F1 {weighted_f1(gold, predicted):.3f}, "
        f"accuracy {right / len(gold):.3f}, no event found {predicted.count('(none)')}"
    )
    if verbose:
        for (g, p), n in Counter(zip(gold, predicted, strict=True)).most_common():
            if g != p and n > 1:
                print(f"  {n:3}  {g:40} -> {p}")


def notes(verbose: bool) -> None:
    rows = _rows(NOTES)
    right = Counter()
    for row in rows:
        try:
            events = wirewatch.extract(row["note"]).events
        except wirewatch.InputError:
            events = []  # refused by the language check: every field wrong
        top = events[0] if events else None
        checks = {
            "event_type": top is not None and top.event_type == row["event_type"],
            "sub_event_type": top is not None and top.sub_event_type == row["sub_event_type"],
            "date": top is not None and top.date == row["date"],
            "country": top is not None and top.place is not None and top.place.iso3 == row["country_iso3"],
            "fatalities": top is not None and top.fatalities == int(row["fatalities"]),
        }
        right.update(k for k, ok in checks.items() if ok)
        if verbose and not all(checks.values()):
            got = (top.sub_event_type, top.date, top.place and top.place.iso3, top.fatalities) if top else None
            print(f"  {[k for k, ok in checks.items() if not ok]} {row['note'][:90]!r} -> {got}")
    print(
        f"event notes ({len(rows)}): "
        + ", ".join(
            f"{k} {right[k] / len(rows):.0%}" for k in ("event_type", "sub_event_type", "date", "country", "fatalities")
        )
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    verbose = "-v" in args
    which = [a for a in args if a != "-v"] or ["case", "notes"]
    if "case" in which:
        case(verbose)
    if "notes" in which and NOTES.exists():
        notes(verbose)
