"""The spaCy pipeline component: ``nlp.add_pipe("wirecoder")`` sets ``doc._.wirecoder`` to the
ExtractionResult of the document. A thin shell over ``pipeline.Coder.extract_doc``.

Its config takes, beside ``published`` and ``source``, every setting that coding a parsed doc
uses (the others concern parsing, storing or serving):
``nlp.add_pipe("wirecoder", config={"headline_rule": "majority", "merge_distance_km": 25})``.
A value that ``Config`` refuses is a ConfigError when the component is made.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from .config import Config
from .errors import ConfigError

# the settings ``Coder.extract_doc`` reads, with Config's defaults
COMPONENT_SETTINGS = ("headline_rule", "merge_window_days", "merge_distance_km", "recent_days", "court_news_days")


class WirecoderComponent:
    def __init__(self, nlp: Language, name: str, published: str | None = None, source: str | None = None,
                 config: Config | None = None):
        from .pipeline import Coder

        self.name = name
        self.published = date.fromisoformat(published) if published else None
        self.source = source
        self.coder = Coder(config)
        for attr in ("wirecoder", "published", "source"):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from .model import Article

        article = Article(
            text=doc.text,
            published=doc._.published or self.published,
            source=doc._.source or self.source,
        )
        doc._.wirecoder = self.coder.extract_doc(doc, article)
        return doc


def make_wirecoder(nlp: Language, name: str, published: str | None, source: str | None, headline_rule: str,
                   merge_window_days: int, merge_distance_km: float, recent_days: int | None,
                   court_news_days: int | None) -> WirecoderComponent:
    try:
        config = Config(headline_rule=headline_rule, merge_window_days=merge_window_days,
                        merge_distance_km=merge_distance_km, recent_days=recent_days, court_news_days=court_news_days)
    except ValidationError as exc:
        raise ConfigError(f"wirecoder component config: {exc.errors()[0]['loc'][0]}: {exc.errors()[0]['msg']}") from None
    return WirecoderComponent(nlp, name, published=published, source=source, config=config)


Language.factory(
    "wirecoder",
    default_config={"published": None, "source": None,
                     **{name: Config.model_fields[name].default for name in COMPONENT_SETTINGS}},
    func=make_wirecoder,
)
