"""The spaCy pipeline component: ``nlp.add_pipe("wirecoder")`` sets ``doc._.wirecoder`` to the
ExtractionResult of the document. A thin shell over ``pipeline.extract_doc``."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc


class WirecoderComponent:
    def __init__(self, nlp: Language, name: str, published: str | None = None, source: str | None = None):
        self.name = name
        self.published = date.fromisoformat(published) if published else None
        self.source = source
        if not Doc.has_extension("wirecoder"):
            Doc.set_extension("wirecoder", default=None)
        if not Doc.has_extension("published"):
            Doc.set_extension("published", default=None)
        if not Doc.has_extension("source"):
            Doc.set_extension("source", default=None)

    def __call__(self, doc: Doc) -> Doc:
        from .model import Article
        from .pipeline import extract_doc

        article = Article(
            text=doc.text,
            published=doc._.published or self.published,
            source=doc._.source or self.source,
        )
        doc._.wirecoder = extract_doc(doc, article)
        return doc


def make_wirecoder(nlp: Language, name: str, published: str | None, source: str | None) -> WirecoderComponent:
    return WirecoderComponent(nlp, name, published=published, source=source)


Language.factory("wirecoder", default_config={"published": None, "source": None}, func=make_wirecoder)
