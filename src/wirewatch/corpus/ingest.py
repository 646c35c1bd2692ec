"""``wirewatch ingest``: files, folders and archives into the store, in batches, one transaction each."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..api import Meta, analyse, prepare
from ..errors import WirewatchError
from ..settings import DEFAULT, Settings
from ..stages.clean import CleanDoc
from ..stages.nlp import get_nlp
from ..stages.reader import RawDoc, read_bytes
from .dedupe import Deduper, signature, to_bytes
from .estimates import reconcile
from .sources import Item, items
from .store import Ingested, Store, article_id


@dataclass(frozen=True)
class Outcome:
    """What became of one source: ingested, duplicate (a near-copy), copy (the same text), already (in the store
    from an earlier run), or failed, with the reason."""

    source: str
    status: str
    reason: str | None = None
    article_id: str | None = None


def ingest(
    paths: Iterable[str | Path],
    db: str | Path = "wirewatch.duckdb",
    *,
    batch_size: int = 32,
    settings: Settings = DEFAULT,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest reports into the store and reconcile the estimates; every source gets an ``Outcome``."""
    store = Store(db)
    try:
        run = _Run(store, batch_size, settings, on_outcome or (lambda _: None))
        for item in items(list(paths), settings):
            run.take(item)
        run.flush()
        reconcile(store)
        return run.outcomes
    finally:
        store.close()


class _Run:
    def __init__(self, store: Store, batch_size: int, settings: Settings, report: Callable[[Outcome], None]):
        self.store, self.batch_size, self.settings, self.report = store, batch_size, settings, report
        self.deduper = Deduper(store.signatures())
        self.outcomes: list[Outcome] = []
        self.pending: dict[str, tuple[str, CleanDoc, Meta]] = {}  # by article key, in order
        self.failures: list[tuple[str, str]] = []
        self.copies: list[tuple[str, str]] = []

    def _done(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        self.report(outcome)

    def take(self, item: Item) -> None:
        if self.store.logged(item.name):
            self._done(Outcome(item.name, "already", "in the store from an earlier run"))
            return
        if item.error is not None:
            self._fail(item.name, item.error)
            return
        try:
            raw = read_bytes(item.data, name=item.name, settings=self.settings) if item.data is not None else None
            raw = raw or RawDoc(text=item.text or "")
            _meta_into(raw, item.meta)
            cleaned, meta = prepare(raw, name=item.name, settings=self.settings)
        except WirewatchError as exc:
            self._fail(item.name, str(exc).removeprefix(f"{item.name}: "))
            return
        key = article_id(cleaned.text)
        if key in self.pending or self.store.has_article(key):
            self.copies.append((item.name, key))
            self._done(Outcome(item.name, "copy", "the same text as an article already ingested", key))
        else:
            self.pending[key] = (item.name, cleaned, meta)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def _fail(self, source: str, reason: str) -> None:
        self.failures.append((source, reason))
        self._done(Outcome(source, "failed", reason))

    def flush(self) -> None:
        """Parse the batch in one ``nlp.pipe`` pass and write it, with its log lines, in one transaction."""
        texts = ((cleaned.text, (source, cleaned, meta)) for source, cleaned, meta in self.pending.values())
        written: list[Ingested] = []
        for doc, (source, cleaned, meta) in get_nlp().pipe(texts, as_tuples=True, batch_size=self.batch_size):
            article = analyse(doc, cleaned, meta)
            minhash = signature(article.text)
            original = self.deduper.original_of(minhash)
            entry = Ingested(source, article, original, to_bytes(minhash))
            if original is None:
                self.deduper.add(entry.key, minhash)
            written.append(entry)
        self.store.write_batch(written, self.failures, self.copies)
        for entry in written:
            self._done(Outcome(entry.source, *entry.status, entry.key))
        self.pending, self.failures, self.copies = {}, [], []


def _meta_into(raw: RawDoc, meta: dict[str, str]) -> None:
    """A JSON line's or feed entry's title, URL, outlet and date, the date made ISO when it can be."""
    raw.title = meta.get("title") or raw.title
    raw.url = meta.get("url") or raw.url
    raw.outlet = meta.get("outlet") or raw.outlet
    published = meta.get("published")
    if published:
        raw.published = _iso(published) or raw.published


def _iso(value: str) -> str | None:
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()  # RSS: "Tue, 04 Mar 2025 10:00 GMT"
    except (TypeError, ValueError, IndexError):
        return None
