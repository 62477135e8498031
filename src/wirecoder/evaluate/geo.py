"""``wirecoder eval geo``: toponyms on LGL and GeoWebNews (``DATA/geoparsing``).

Each article is parsed with ``wirecoder.nlp.parse_many`` (the batched ``parse``: truecasing
where needed, wirecoder's entity ruler) and its toponyms read with
``wirecoder.extract.places.find_places``. Two things are measured:

- **recognition**: a predicted toponym finds a gold one when their character spans **overlap**
  (one-to-one, an exact match preferred); the row "exact span" asks for the same offsets.
- **geocoding**, over the found pairs whose gold toponym has coordinates: the great-circle error
  in km (0 when both name the same GeoNames id: a country's centroid differs between sources), the share within 161 km (100 miles, the field's usual accuracy), the median error and
  the AUC of Gritta et al. 2019 (area under the sorted log-error curve, 0 best, 1 worst). The
  row "geoparse @161 km" joins both: a hit is a gold toponym found *and* placed within 161 km.
  ``gold_names_acc161`` geocodes every gold toponym's name alone with ``geocode(name)`` (no
  document context, no recognition step) for comparison.

Which gold annotations count. LGL: every toponym (those without a gazetteer entry only for
recognition). GeoWebNews annotates more than toponyms; here:

- toponyms to find: the named types written as nouns (Literal, Mixed, Coercion, Literal_Modifier,
  Embedded_Literal, Metonymic, Non_Literal_Modifier, Embedded_Non_Lit);
- neutral (neither to find nor an error to find): adjectival modifiers ("Irish"), Demonym,
  Language, Homonym, and the common-noun location expressions (Literal_Expression,
  Non_Lit_Expression);
- a prediction on a Non_Toponym ("Syrian Observatory for Human Rights") or on nothing annotated
  is spurious;
- geocoding skips gold toponyms marked nonLocational and those without coordinates.
"""

from __future__ import annotations

import itertools
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import EvaluationError
from ..pipeline import Coder
from .report import ErrorCase, EvalReport, FieldScore

CORPORA = {"lgl": "lgl.xml", "gwn": "GWN.xml"}
WITHIN_KM = 161.0
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the worst a geocoder can do
GWN_TOPONYM_TYPES = frozenset({
    "Literal", "Mixed", "Coercion", "Literal_Modifier", "Embedded_Literal",
    "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit",
})
GWN_NOT_TOPONYM = frozenset({"Non_Toponym"})  # a prediction here is spurious


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None
    kind: str = "toponym"  # the corpus's type ("Literal", "Metonymic" ...; LGL: fcode)
    role: str = "toponym"  # toponym | neutral | not_toponym
    locational: bool = True
    geonames_id: int | None = None

    @property
    def has_coords(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class GeoDoc:
    corpus: str
    doc_id: str
    text: str
    gold: list[GoldToponym]
    source: str | None = None
    published: date | None = None


@dataclass
class Predicted:
    start: int
    end: int
    text: str
    name: str
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None = None


@dataclass
class CorpusTally:
    found: FieldScore
    exact: FieldScore
    geoparse: FieldScore
    errors_km: list[float] = field(default_factory=list)
    gold_name_hits: int = 0
    gold_name_total: int = 0
    missed_by_type: Counter = field(default_factory=Counter)
    far_by_kind: Counter = field(default_factory=Counter)
    documents: int = 0


def _float(s: str | None) -> float | None:
    try:
        return float(s) if s not in (None, "") else None
    except ValueError:
        return None


def _geonames_id(s: str | None) -> int | None:
    try:
        return int(s) if s else None
    except ValueError:
        return None


def _int(s: str | None, what: str) -> int:
    try:
        return int(s or "")
    except ValueError:
        raise EvaluationError(f"not a number: {what} {s!r}") from None


def read_lgl(path: str | Path) -> list[GeoDoc]:
    """LGL articles (Lieberman et al. 2010, in Gritta's XML) with their toponyms."""
    root = _xml(path)
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            start, end = _int(t.findtext("start"), "start"), _int(t.findtext("end"), "end")
            gaz = t.find("gaztag")
            lat = _float(gaz.findtext("lat")) if gaz is not None else None
            lon = _float(gaz.findtext("lon")) if gaz is not None else None
            kind = (gaz.findtext("fcode") if gaz is not None else None) or "no gazetteer entry"
            gid = _geonames_id(gaz.get("geonameid") if gaz is not None else None)
            gold.append(GoldToponym(start, end, t.findtext("phrase") or text[start:end], lat, lon, kind, geonames_id=gid))
        published = None
        if (dl := (art.findtext("dltime") or "")[:10]):
            try:
                published = date.fromisoformat(dl)
            except ValueError:
                published = None
        docs.append(GeoDoc("lgl", art.get("docid") or str(len(docs)), text, gold, art.findtext("domain"), published))
    return docs


def read_gwn(path: str | Path) -> list[GeoDoc]:
    """GeoWebNews articles (Gritta et al. 2019) with their annotations, sorted into toponyms to
    find, neutral annotations and non-toponyms (see the module's docstring)."""
    root = _xml(path)
    docs = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            start, end = _int(t.findtext("start"), "start"), _int(t.findtext("end"), "end")
            kind = t.findtext("type") or ""
            adjective = (t.findtext("modifierType") or "") == "Adjective"
            if kind in GWN_TOPONYM_TYPES and not adjective:
                role = "toponym"
            elif kind in GWN_NOT_TOPONYM:
                role = "not_toponym"
            else:
                role = "neutral"
            gold.append(GoldToponym(
                start, end, t.findtext("extractedName") or text[start:end],
                _float(t.findtext("latitude")), _float(t.findtext("longitude")),
                kind + (" (adjective)" if adjective else ""), role,
                locational=(t.findtext("nonLocational") or "No") != "Yes",
                geonames_id=_geonames_id(t.findtext("geonamesID")),
            ))
        link = art.findtext("link") or ""
        source = link.split("/")[2] if link.count("/") >= 2 else None
        docs.append(GeoDoc("gwn", art.get("file") or str(len(docs)), text, gold, source))
    return docs


def _xml(path: str | Path) -> ET.Element:
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: missing (give the shared data folder with --data)")
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationError(f"{path}: not XML ({exc})") from None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def error_km(g: GoldToponym, p: Predicted) -> float:
    """How far the predicted place lies from the gold one: 0 when both name the same GeoNames id
    (whatever centroid each side gives it: country centroids differ between sources), the worst
    possible when the prediction has no coordinates."""
    if g.geonames_id is not None and g.geonames_id == p.geonames_id:
        return 0.0
    if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
        return MAX_ERROR_KM
    return haversine_km(g.lat, g.lon, p.lat, p.lon)


def auc_of_errors(errors_km: list[float]) -> float | None:
    """Gritta et al.'s AUC: the trapezoid area under the sorted ln(1 + error) curve, scaled so that
    0 is every toponym spot on and 1 every one at the antipode."""
    if len(errors_km) < 2:
        return None
    ys = [math.log(e + 1) for e in sorted(errors_km)]
    area = sum((a + b) / 2 for a, b in itertools.pairwise(ys))
    return area / ((len(ys) - 1) * math.log(MAX_ERROR_KM))


def match(gold: list[GoldToponym], pred: list[Predicted]) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs, one-to-one, by overlapping spans: exact matches first, then
    each prediction takes the first free gold span it overlaps."""
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    exact = {(g.start, g.end): j for j, g in enumerate(gold)}
    for i, p in enumerate(pred):
        j = exact.get((p.start, p.end))
        if j is not None and j not in used_g:
            pairs.append((i, j))
            used_g.add(j)
            used_p.add(i)
    for i, p in enumerate(pred):
        if i in used_p:
            continue
        for j, g in enumerate(gold):
            if j not in used_g and g.start < p.end and p.start < g.end:
                pairs.append((i, j))
                used_g.add(j)
                used_p.add(i)
                break
    return sorted(pairs)


def _predicted(places) -> list[Predicted]:
    out = []
    for pl in places:
        if pl.span is None:
            continue
        out.append(Predicted(pl.span.start, pl.span.end, pl.span.text, pl.name, pl.kind, pl.country_code, pl.lat, pl.lon,
                             pl.geonames_id))
    return out


def _context(text: str, start: int, end: int, width: int = 140) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:start] + "[" + text[start:end] + "]" + text[end:b] + ("…" if b < len(text) else "")


def _where(lat: float | None, lon: float | None) -> str:
    return f"({lat:.2f}, {lon:.2f})" if lat is not None and lon is not None else "(no coordinates)"


def score_document(doc: GeoDoc, pred: list[Predicted], tally: CorpusTally, errors: dict) -> None:
    """Add one document's predictions to ``tally``; ``errors`` groups the errors by what went wrong
    (key -> [ErrorCase, count, weight])."""
    tally.documents += 1
    pairs = match(doc.gold, pred)
    pred_of_gold = {j: i for i, j in pairs}
    matched_pred = {i for i, _ in pairs}
    # recognition: gold toponyms are possible; predictions on neutral annotations are not counted
    for j, g in enumerate(doc.gold):
        if g.role != "toponym":
            continue
        if j in pred_of_gold:
            tally.found.tp += 1
            p = pred[pred_of_gold[j]]
            if (p.start, p.end) == (g.start, g.end):
                tally.exact.tp += 1
            else:
                tally.exact.fn += 1
                tally.exact.fp += 1
        else:
            tally.found.fn += 1
            tally.exact.fn += 1
            tally.missed_by_type[g.kind] += 1
            _group(errors, ("missing", doc.corpus, g.text.lower()), ErrorCase(
                doc=f"{doc.corpus}:{doc.doc_id}", field=f"{doc.corpus} toponym", kind="missing",
                gold=f"{g.text} [{g.kind}]", text=_context(doc.text, g.start, g.end)), 1.0)
    for i, p in enumerate(pred):
        g = doc.gold[_gold_of(pairs, i)] if i in matched_pred else None
        if g is not None and g.role == "neutral":
            continue
        if g is None or g.role == "not_toponym":
            tally.found.fp += 1
            tally.exact.fp += 1
            tally.geoparse.fp += 1
            what = f"not a toponym [{g.kind}]" if g is not None else None
            _group(errors, ("spurious", doc.corpus, p.text.lower()), ErrorCase(
                doc=f"{doc.corpus}:{doc.doc_id}", field=f"{doc.corpus} toponym", kind="spurious", gold=what,
                predicted=f"{p.text} -> {p.name} {p.kind} {p.country_code or ''}".rstrip(),
                text=_context(doc.text, p.start, p.end)), 0.9)
    # geocoding: found toponyms with gold coordinates, locational
    for j, g in enumerate(doc.gold):
        if g.role != "toponym" or not g.has_coords or not g.locational:
            continue
        if j not in pred_of_gold:
            tally.geoparse.fn += 1
            continue
        p = pred[pred_of_gold[j]]
        km = error_km(g, p)
        tally.errors_km.append(km)
        if km <= WITHIN_KM:
            tally.geoparse.tp += 1
        else:
            tally.geoparse.fn += 1
            tally.geoparse.fp += 1
            tally.far_by_kind[p.kind] += 1
            _group(errors, ("far", doc.corpus, g.text.lower(), p.name, p.country_code), ErrorCase(
                doc=f"{doc.corpus}:{doc.doc_id}", field=f"{doc.corpus} geocoding", kind=f"{km:,.0f} km off",
                gold=f"{g.text} {_where(g.lat, g.lon)}",
                predicted=f"{p.name} ({p.kind}, {p.country_code or '?'}) {_where(p.lat, p.lon)}",
                text=_context(doc.text, g.start, g.end)), 1.0 + km / 2000.0)
    # predictions on annotations without gold coordinates neither help nor hurt geoparsing;
    # predictions that found nothing were counted above


def _gold_of(pairs: list[tuple[int, int]], i: int) -> int:
    for pi, gj in pairs:
        if pi == i:
            return gj
    raise KeyError(i)


def _group(errors: dict, key: tuple, case: ErrorCase, weight: float) -> None:
    """The same error told again (a name missed in ten articles) is one line weighing ten."""
    if key in errors:
        entry = errors[key]
        entry[1] += 1
        entry[2] += weight
    else:
        errors[key] = [case, 1, weight]


def gold_name_geocoding(docs: list[GeoDoc], tally: CorpusTally) -> None:
    """Geocode each gold toponym's name alone (no context): the gazetteer and the size prior."""
    from ..extract.places import geocode

    cache: dict[str, Predicted | None] = {}
    for doc in docs:
        for g in doc.gold:
            if g.role != "toponym" or not g.has_coords or not g.locational:
                continue
            if g.text not in cache:
                pl = geocode(g.text)
                cache[g.text] = None if pl is None else Predicted(0, 0, g.text, pl.name, pl.kind, pl.country_code,
                                                                  pl.lat, pl.lon, pl.geonames_id)
            tally.gold_name_total += 1
            p = cache[g.text]
            if p is not None and error_km(g, p) <= WITHIN_KM:
                tally.gold_name_hits += 1


def read_corpus(data_dir: str | Path, corpus: str) -> list[GeoDoc]:
    if corpus not in CORPORA:
        raise EvaluationError(f"unknown geo corpus {corpus!r}; known: lgl, gwn, both")
    path = Path(data_dir) / "geoparsing" / CORPORA[corpus]
    return read_lgl(path) if corpus == "lgl" else read_gwn(path)


def evaluate_geo(
    data_dir: str | Path,
    coder: Coder,
    *,
    dataset: str = "both",
    limit: int | None = None,
    max_errors: int = 60,
    progress: bool = False,
) -> EvalReport:
    """Recognise and geocode the toponyms of LGL and/or GeoWebNews; ``limit`` applies per corpus."""
    from ..extract.places import find_places
    from ..model import Article
    from ..nlp import parse_many

    started = time.perf_counter()
    corpora = ["lgl", "gwn"] if dataset in ("both", "all", None) else [dataset]
    for c in corpora:
        if c not in CORPORA:
            raise EvaluationError(f"unknown geo corpus {c!r}; known: lgl, gwn, both")
    fields: list[FieldScore] = []
    summary: dict = {}
    notes: list[str] = []
    errors: dict = {}
    documents = 0
    for corpus in corpora:
        docs = read_corpus(data_dir, corpus)
        if limit:
            docs = docs[:limit]
        if not docs:
            raise EvaluationError(f"{corpus}: no articles")
        tally = CorpusTally(found=FieldScore(field=f"{corpus} toponyms (overlap)"),
                            exact=FieldScore(field=f"{corpus} toponyms (exact span)"),
                            geoparse=FieldScore(field=f"{corpus} geoparse @161 km"))
        articles = [Article(text=d.text, source=d.source, published=d.published, origin=f"{corpus}:{d.doc_id}") for d in docs]
        parsed = parse_many(articles, batch_size=coder.config.nlp_batch_size,
                            truecase_threshold=coder.config.truecase_threshold)
        if progress:
            from tqdm import tqdm

            parsed = tqdm(parsed, total=len(articles), desc=corpus, unit="doc")
        failures = 0
        for doc, (_, parse) in zip(docs, parsed):
            if isinstance(parse, Exception):
                failures += 1
                pred: list[Predicted] = []
            else:
                pred = _predicted(find_places(parse, modifiers=True))  # the corpora mark modifier toponyms ("US air strikes")
            score_document(doc, pred, tally, errors)
        gold_name_geocoding(docs, tally)
        documents += len(docs)
        fields += [tally.found, tally.exact, tally.geoparse]
        km = tally.errors_km
        summary[f"{corpus}_documents"] = len(docs)
        summary[f"{corpus}_gold_toponyms"] = int(tally.found.support)
        summary[f"{corpus}_geocoded_pairs"] = len(km)
        summary[f"{corpus}_acc161"] = round(sum(e <= WITHIN_KM for e in km) / len(km), 4) if km else None
        summary[f"{corpus}_median_km"] = round(statistics.median(km), 1) if km else None
        summary[f"{corpus}_mean_km"] = round(statistics.fmean(km), 1) if km else None
        auc = auc_of_errors(km)
        summary[f"{corpus}_auc"] = round(auc, 4) if auc is not None else None
        summary[f"{corpus}_gold_names_acc161"] = (
            round(tally.gold_name_hits / tally.gold_name_total, 4) if tally.gold_name_total else None)
        summary[f"{corpus}_parse_failures"] = failures
        if tally.missed_by_type:
            notes.append(f"{corpus} missed toponyms by gold type: "
                         + ", ".join(f"{k} {v}" for k, v in tally.missed_by_type.most_common(8)))
        if tally.far_by_kind:
            notes.append(f"{corpus} placed over 161 km off, by the kind wirecoder chose: "
                         + ", ".join(f"{k} {v}" for k, v in tally.far_by_kind.most_common()))
    notes.append("spans match when they overlap (one-to-one, exact first); acc161, median, mean and AUC "
                 "are over found toponyms with gold coordinates; gold_names_acc161 geocodes gold names alone")
    cases = []
    for case, count, weight in errors.values():
        if count > 1:
            case.kind = f"{case.kind} x{count}"
        case.weight = round(weight, 3)
        cases.append(case)
    cases.sort(key=lambda e: -e.weight)
    report = EvalReport(dataset="geo", split="+".join(corpora), documents=documents, fields=fields,
                        summary=summary, errors=cases[:max_errors], notes=notes)
    report.summary["error_groups"] = len(cases)
    report.seconds = round(time.perf_counter() - started, 1)
    return report
