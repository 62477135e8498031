"""`wirecoder serve`: the REST API and the web page, run with uvicorn."""

from __future__ import annotations

import os


def add_parser(sub):
    p = sub.add_parser("serve", help="serve the REST API and the web page over a store",
                       description="Serve the REST API (/api/, spec at /openapi.json) and the web page (/) "
                                   "over the incident store. Writes need WIRECODER_TOKEN; reads are open "
                                   "unless WIRECODER_READ_TOKEN is set.")
    p.add_argument("--db", default=None, help="store URL (default: setting db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    return p


def run(args) -> int:
    import uvicorn

    from ..api import create_app
    from . import config_of

    config = config_of(args, db=args.db)

    if args.workers > 1:
        # each worker process builds its own app from the environment: hand it this run's file and store
        if args.db:
            os.environ["WIRECODER_DB"] = args.db
        if args.config:
            os.environ["WIRECODER_CONFIG"] = args.config
        create_app(config=config).state.store.close()  # fail here, once, if the store cannot be opened
        uvicorn.run("wirecoder.api:create_app", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level=args.log_level)
        return 0
    uvicorn.run(create_app(config=config), host=args.host, port=args.port, log_level=args.log_level)
    return 0
