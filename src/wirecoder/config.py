"""Every tunable of wirecoder, validated once and frozen.

A ``Config`` is a plain value: building one never reads the environment, so a library user, a
test or the spaCy component states exactly what it wants (``Config(headline_rule="majority")``).
The stages receive it from whoever owns it (a ``pipeline.Coder``, a ``Store``, the API app) and
never look it up themselves. Reading the environment and a config file is ``settings.load_config``,
the one module that does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

HeadlineRule = Literal["lowest_credible", "majority"]
JudgeScope = Literal["candidate", "act", "article"]  # what the judge's threshold decides


class Config(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    max_chars: int = Field(2_000_000, gt=0, description=(
        "Longest article text accepted; longer texts are rejected with TooLargeError."))
    # what one article may cost: extracting 100,000 characters takes about 3 s and 420 MB more than
    # the loaded model, 300,000 take 10 s and 1.1 GB (2 CPUs, 2026-12-02), and news reports run to a
    # few thousand; at most spaCy's own max_length (1,000,000), so no text makes the parser refuse it
    max_parse_chars: int = Field(100_000, gt=0, le=1_000_000, description=(
        "Longest part of an article that is parsed; a longer one is coded on its beginning, cut at a paragraph "
        "or sentence end, and its result says so."))
    nlp_batch_size: int = Field(32, gt=0, description="Documents per spaCy batch in corpus runs.")
    truecase_threshold: float = Field(0.6, ge=0, le=1, description=(
        "Share of upper-case letters above which a text is truecased before parsing."))
    gazetteer: Path | None = Field(None, description=(
        "A full gazetteer built by `wirecoder gazetteer build` from GeoNames dumps; unset: the bundled one."))
    db: str = Field("sqlite:///wirecoder.db", min_length=1, description=(
        "Store URL: a SQLite file or postgresql://user@host/db."))
    sqlite_mmap_mb: int = Field(1024, ge=0, description=(
        "How much of a SQLite store each connection reads through a memory map, in MB."))
    pg_connect_timeout_s: int = Field(5, gt=0, description=(
        "Seconds to wait for a PostgreSQL server to answer a connection before giving up."))
    # MUC-4's task definition keeps incidents within two months of the article; a year also keeps
    # the slow news a coder still records (a trial's new facts, a late confirmation)
    recent_days: int | None = Field(365, ge=0, description=(
        "Events dated more than this many days before the article are history it recalls and make no "
        "incident; unset: every dated event is coded."))
    # a plea, a verdict or an inquest months after an act retells it (issue 9: LGL's "trial only"
    # reports); MUC-4's task definition calls an incident recent within two months of the article
    court_news_days: int | None = Field(62, ge=0, description=(
        "An act a court tries (a plea, a verdict, an inquest), told with a day of its own more than this many "
        "days before the article, is history the proceeding recalls and makes no incident; unset: recent_days "
        "alone decides."))
    merge_window_days: int = Field(3, ge=0, description="Largest date gap between two reports of one incident.")
    merge_distance_km: float = Field(50.0, gt=0, description="Largest distance between two places of one incident.")
    # an outlet's header, byline and trimmed last paragraph cost a short wire story a fifth to a
    # third of its five-word shingles; two reports of one event written apart share under a tenth
    duplicate_threshold: float = Field(0.6, gt=0, le=1, description=(
        "Share of word shingles two articles must have in common to be one report (syndicated copies)."))
    headline_rule: HeadlineRule = Field("lowest_credible", description=(
        "How an incident's headline count is chosen: lowest_credible or majority."))
    # on by default since it decides per article (judge_scope): on held-out news (GeoWebNews,
    # WikiEvents, MUC-4 TST) it cut false alarms 10.4% -> 6.6% for one violent article in 18 and
    # left WikiEvents' mentions as they were (README, "The judge")
    judge: bool = Field(True, description=(
        "Whether the trained judge decides which candidate events of an attack type are acts to code."))
    judge_threshold: float = Field(0.5, ge=0, le=1, description=(
        "Smallest judge score for a candidate event to be kept (judge_scope candidate or act), or for an "
        "article to be told as reporting an act to code (judge_scope article)."))
    # article: on the LGL articles a judge was not trained on it drops the same articles as
    # judging each candidate does, and keeps the mentions of the acts it believes (README, "The judge")
    judge_scope: JudgeScope = Field("article", description=(
        "What the judge's threshold decides: each candidate by its own score, each act (its mentions in one "
        "sentence, and 'the attack' after it) by its best score, or the article by its best act."))
    judge_mention_threshold: float = Field(0.0, ge=0, le=1, description=(
        "With judge_scope article: smallest act score for a candidate of an article the judge believes to be kept."))
    # off by default: on its training data's dev split the gate still turns away 4% of the
    # articles that report violence (see the README), too many to lose unparsed
    gate: bool = Field(False, description=(
        "Whether the trained article gate skips, unparsed, articles it reads as reporting no violence."))
    gate_threshold: float = Field(0.1, ge=0, le=1, description=(
        "Smallest gate score for an article to be parsed and coded."))
    token: SecretStr | None = Field(None, description=(
        "Token that write endpoints of the REST API require (Authorization: Bearer ...)."))
    read_token: SecretStr | None = Field(None, description=(
        "When set, read endpoints of the REST API require this token as well."))
    max_request_bytes: int = Field(5_000_000, gt=0, description="Largest request body the REST API accepts.")
    export_max_incidents: int = Field(100_000, gt=0, description=(
        "Most incidents one export writes (API and CLI); exports stream, so this bounds time, not memory."))

    def replace(self, **changes) -> Config:
        """A copy with the given settings changed (None keeps a value), validated like the original,
        which ``model_copy`` is not. Secrets stay ``SecretStr`` through the copy."""
        return type(self).model_validate(self.model_dump() | {k: v for k, v in changes.items() if v is not None})

