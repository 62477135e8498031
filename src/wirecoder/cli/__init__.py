"""The ``wirecoder`` command. Each subcommand lives in its own module of this package and only
parses arguments, calls one library function and prints; no extraction logic lives here."""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import WirecoderError

# subcommand name -> module in this package that defines add_parser(subparsers) and run(args) -> int
SUBCOMMANDS = {
    "extract": "extract_cmd",
    "ingest": "ingest_cmd",
    "incidents": "incidents_cmd",
    "export": "export_cmd",
    "eval": "eval_cmd",
    "serve": "serve_cmd",
    "settings": "settings_cmd",
    "train": "train_cmd",
    "gazetteer": "gazetteer_cmd",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wirecoder", description=__doc__.split("\n")[0])
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"wirecoder {__version__}")
    parser.add_argument("--config", metavar="FILE", default=None,
                        help="a TOML file of settings (see `wirecoder settings`); the environment overrides it")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, module in SUBCOMMANDS.items():
        mod = importlib.import_module(f".{module}", __name__)
        p = mod.add_parser(sub)
        p.set_defaults(_run=mod.run)
    return parser


def config_of(args, **overrides):
    """The configuration of this run: flags (None = not given) over the environment over --config."""
    from ..settings import load_config

    return load_config(args.config, **overrides)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args._run(args) or 0
    except WirecoderError as exc:
        print(f"wirecoder {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"wirecoder {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
