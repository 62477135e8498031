"""``wirecoder eval ucdp``: what wirecoder reads from a UCDP GED event's headline alone.

For each of the 1,000 sample events with a usable headline (``source_headline``, or the title
inside ``source_article`` for older events) the headline is extracted as an article of its own,
dated by the event's end date, with no outlet given, and compared with the coders' record:

- deaths: a hit when wirecoder's killed count (the largest among its incidents) lies within the
  gold ``low``-``high``; precision counts the headlines where wirecoder gave a number, recall all;
- country: the country of wirecoder's place against ``country``;
- source: wirecoder's sources (who said it) against ``source_original`` and the outlet
  (``source_office``), by shared words.
Headlines that are only a date, a name or an outlet are skipped and counted.
"""

from __future__ import annotations

import csv
import re
import time
from datetime import date
from pathlib import Path

from ..errors import EvaluationError
from ..model import Article, CountKind
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{2,4}")
_STOP = {"the", "of", "a", "an", "and", "in", "news", "agency", "said", "says", "source", "sources", "local", "according"}


def headline_of(row: dict) -> str | None:
    """The headline text of a GED row, or None when there is none worth reading."""
    text = (row.get("source_headline") or "").split(";")[0].strip()
    if len(text.split()) < 4:
        article = (row.get("source_article") or "").split('";"')[0]
        dates = list(_DATE.finditer(article))
        text = article[dates[-1].end():] if dates else ""
        text = text.strip(" ,\"';")
    text = " ".join(text.split())
    if len(text.split()) < 4 or not re.search(r"[A-Za-z]{3}", text) or _DATE.fullmatch(text):
        return None
    return text


def _outlet(row: dict) -> str:
    office = (row.get("source_office") or "").strip()
    if office:
        return office
    article = (row.get("source_article") or "").strip('"')
    m = _DATE.search(article)
    return article[: m.start()].strip(" ,\"") if m else ""


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _STOP and len(w) > 1}


# UCDP's own spellings of country names that ISO's tables do not know
_UCDP_COUNTRIES = {
    "dr congo": "cd", "russia": "ru", "turkey": "tr", "bosnia-herzegovina": "ba", "ivory coast": "ci",
    "macedonia, fyr": "mk", "yemen": "ye", "cambodia": "kh", "myanmar": "mm", "iran": "ir", "syria": "sy",
    "laos": "la", "vietnam": "vn", "tanzania": "tz", "bolivia": "bo", "venezuela": "ve", "moldova": "md",
    "kingdom of eswatini": "sz", "north korea": "kp", "south korea": "kr", "serbia (yugoslavia)": "rs",
}


def _country_key(name: str | None) -> str:
    """A country name or code as a lower-case ISO alpha-2 code where one is known: UCDP's names
    ("DR Congo (Zaire)", "Russia (Soviet Union)") and wirecoder's codes compare alike."""
    if not name:
        return ""
    name = name.strip()
    if len(name) == 2 and name.isalpha():
        return name.lower()
    bare = re.sub(r"\(.*?\)", "", name).strip().lower()
    if bare in _UCDP_COUNTRIES:
        return _UCDP_COUNTRIES[bare]
    try:
        import pycountry

        return pycountry.countries.lookup(bare).alpha_2.lower()
    except (ImportError, LookupError):
        pass
    try:
        from ..resources.gazetteer import gazetteer

        by_name = {n.lower(): code for code, n in gazetteer().countries().items()}
    except Exception:  # noqa: BLE001 - without the gazetteer the name itself is the key
        by_name = {}
    return by_name.get(bare, bare).lower()


def _num(v: str) -> int | None:
    try:
        return int(float(v))
    except (TypeError, ValueError):
        return None


def evaluate_ucdp(data_dir: str | Path, coder: Coder, *, limit: int | None = None, max_errors: int = 50) -> EvalReport:
    started = time.perf_counter()
    path = Path(data_dir) / "ucdp_ged" / "ucdpged_sample_1000.csv"
    if not path.is_file():
        raise EvaluationError(f"{path}: missing (give the shared data folder with --data)")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if not rows or "best" not in rows[0]:
        raise EvaluationError(f"{path}: not a UCDP GED table")
    if limit:
        rows = rows[:limit]
    usable: list[tuple[dict, str]] = []
    for row in rows:
        h = headline_of(row)
        if h:
            usable.append((row, h))
    articles = []
    for row, h in usable:
        try:
            published = date.fromisoformat((row.get("date_end") or "")[:10])
        except ValueError:
            published = None
        articles.append(Article(text=h, published=published, origin=f"ucdp:{row.get('id')}"))

    deaths = FieldScore(field="deaths within low-high")
    deaths_best = FieldScore(field="deaths = best")
    country = FieldScore(field="country")
    source = FieldScore(field="source")
    errors: list[ErrorCase] = []
    failures = 0
    for (row, headline), result in zip(usable, coder.extract_many(articles)):
        doc = str(_num(row.get("id")) or row.get("id"))
        incidents = getattr(result, "incidents", None)
        if incidents is None:
            failures += 1
            incidents = []
        low, high, best = _num(row.get("low")), _num(row.get("high")), _num(row.get("best"))
        killed = [c.value for inc in incidents for c in inc.counts if c.kind is CountKind.KILLED and c.value is not None]
        guess = max(killed) if killed else None
        if guess is None:
            deaths.fn += 1
            deaths_best.fn += 1
            errors.append(ErrorCase(doc=doc, field="deaths", kind="missing", gold=f"{low}-{high}", text=headline, weight=0.5))
        else:
            hit = low is not None and high is not None and low <= guess <= high
            deaths.tp += hit
            deaths.fp += not hit
            deaths.fn += not hit
            exact = guess == best
            deaths_best.tp += exact
            deaths_best.fp += not exact
            deaths_best.fn += not exact
            if not hit:
                errors.append(ErrorCase(doc=doc, field="deaths", kind="incorrect", gold=f"{low}-{high}", predicted=str(guess), text=headline))
        gold_country = _country_key(row.get("country"))
        places = [inc.place for inc in incidents if inc.place is not None]
        pred_country = _country_key(places[0].country_code or places[0].country) if places else ""
        if not pred_country:
            country.fn += 1
        elif pred_country == gold_country:
            country.tp += 1
        else:
            country.fp += 1
            country.fn += 1
            errors.append(ErrorCase(doc=doc, field="country", kind="incorrect", gold=row.get("country"),
                                    predicted=places[0].country or places[0].country_code, text=headline, weight=0.8))
        gold_sources = [s for s in re.split(r"[;,]", row.get("source_original") or "") if s.strip()] + [_outlet(row)]
        gold_words = [w for w in (_words(s) for s in gold_sources) if w]
        said = [s for inc in incidents for s in inc.sources if s and s.lower() not in {"unattributed", "unknown"}]
        if not gold_words:
            if said:
                source.fp += 1
            continue
        if not said:
            source.fn += 1
        elif any(_words(s) & g for s in said for g in gold_words):
            source.tp += 1
        else:
            source.fp += 1
            source.fn += 1
            errors.append(ErrorCase(doc=doc, field="source", kind="incorrect", gold="; ".join(gold_sources),
                                    predicted="; ".join(said), text=headline, weight=0.6))
    report = EvalReport(
        dataset="ucdp", split="sample_1000", documents=len(usable),
        fields=[deaths, deaths_best, country, source],
        summary={
            "deaths_within_range": round(deaths.recall, 4),
            "deaths_within_range_when_given": round(deaths.precision, 4),
            "rows": len(rows),
            "rows_without_headline": len(rows) - len(usable),
            "extraction_failures": failures,
        },
        errors=sorted(errors, key=lambda e: -e.weight)[:max_errors],
    )
    report.notes.append("deaths recall = share of headlines whose killed count wirecoder put within the gold range")
    report.seconds = round(time.perf_counter() - started, 1)
    return report
