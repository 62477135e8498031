"""`wirecoder gazetteer build --geonames FILE... --out PATH`: a full gazetteer from the GeoNames
dumps a user downloads; `wirecoder gazetteer info [PATH]`: what a gazetteer file holds."""

from __future__ import annotations

import json


def add_parser(sub):
    p = sub.add_parser("gazetteer", help="build a full gazetteer from GeoNames dumps, or show what one holds")
    actions = p.add_subparsers(dest="action", required=True)
    build = actions.add_parser("build", help="build a full gazetteer from GeoNames dumps (https://download.geonames.org/export/dump/)")
    build.add_argument("--geonames", nargs="+", required=True, metavar="FILE",
                       help="allCountries.zip or XX.zip (and cities500.zip...), admin1CodesASCII.txt, admin2Codes.txt, "
                            "alternateNamesV2.zip; .zip or the .txt inside")
    build.add_argument("--out", required=True, metavar="PATH", help="the gazetteer file to write (point the gazetteer setting at it)")
    info = actions.add_parser("info", help="the sources and counts of a gazetteer (default: the one in force)")
    info.add_argument("path", nargs="?", help="a gazetteer file (default: the gazetteer setting, else the bundled one)")
    return p


def run(args) -> int:
    if args.action == "build":
        from ..resources.geonames import build_from_geonames

        counts = build_from_geonames(args.geonames, args.out)
        print(json.dumps({"out": str(args.out), **counts}))
        print(f"set gazetteer = {str(args.out)!r} in wirecoder.toml (or WIRECODER_GAZETTEER) to code with it")
        return 0
    from ..resources.gazetteer import open_gazetteer
    from . import config_of

    path = args.path or config_of(args).gazetteer
    gaz = open_gazetteer(path)
    print(f"path                 {gaz.path}")
    for key, value in sorted(gaz.meta.items()):
        print(f"{key:<20} {value}")
    return 0
