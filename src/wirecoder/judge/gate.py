"""The article gate: does an article report violence at all? Answered before the parse, from
the words alone (a bag of words and bigrams, spaCy's TextCatBOW over the tokenizer), so that a
general news stream, most of it sport, business and politics, costs little: an article scoring
below ``gate_threshold`` is never parsed and yields no events, with a warning saying why.

The gate errs towards letting articles through: a missed report of violence is lost for good,
while a wrongly passed article only costs its parse (the event judge still sees its candidates).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path

from ..errors import ResourceMissingError
from ..model import Article

WEIGHTS = Path(__file__).with_name("weights") / "article_gate"
LABEL = "VIOLENCE"  # the positive class; the other is "OTHER"
GATE_CHARS = 4000  # the head of an article says whether it reports violence


def gate_text(article: Article) -> str:
    """What the gate reads: the title and the head of the text, lower-cased (wire copy in
    capitals and ordinary copy must look alike) with white space folded."""
    head = f"{article.title or ''}\n{article.text[:GATE_CHARS]}"
    return " ".join(head.lower().split())


class ArticleGate:
    def __init__(self, path: str | Path = WEIGHTS):
        self.path = Path(path)
        if not (self.path / "config.cfg").is_file():
            raise ResourceMissingError(
                f"the article gate's weights are missing at {self.path}: run `make train`, or set gate = false")
        import spacy

        # saved without a vocabulary: its bag of words is of hashed word forms
        self.nlp = spacy.load(self.path, exclude=["vocab"])

    def score(self, articles: Sequence[Article]) -> list[float]:
        return [round(doc.cats.get(LABEL, 0.0), 4) for doc in self.nlp.pipe((gate_text(a) for a in articles), batch_size=64)]


@cache
def shipped_gate() -> ArticleGate:
    """The gate trained by ``make train`` and shipped with the package, loaded once per process."""
    return ArticleGate()
