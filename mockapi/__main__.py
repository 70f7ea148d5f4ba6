"""python -m mockapi --port 8080 [--scenario NAME]: a local, Mistral-faithful API."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mockapi import scenarios
from mockapi.gateway import BODY_TIMEOUT_SECONDS
from mockapi.server import serve


def main(argv: list[str] | None = None) -> None:
    listing = "\n".join(f"  {name:24} {text}" for name, (_, text) in scenarios.PRESETS.items())
    parser = argparse.ArgumentParser(
        prog="mistral-mock",
        description="A local HTTP server that answers like the Mistral API, errors included.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=f"scenarios (or steps such as 'rate-limited*2,ok'):\n{listing}\n\n"
               "Per client, select one with the base URL http://HOST:PORT/_mock/<run>/<scenario>.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (the default) takes a free port")
    parser.add_argument("--scenario", default="ok", help="behaviour for requests without a /_mock prefix")
    parser.add_argument("--url-file", type=Path, help="write the server's URL to this file once it listens")
    parser.add_argument("--body-timeout", type=float, default=BODY_TIMEOUT_SECONDS, metavar="SECONDS",
                        help="answer 408 when a request body has not arrived by then (default %(default)s)")
    args = parser.parse_args(argv)

    def ready(url: str) -> None:
        if args.url_file:
            args.url_file.write_text(url)
        print(f"mock Mistral API listening on {url} (scenario: {args.scenario})", flush=True)

    try:
        serve(args.host, args.port, args.scenario, on_ready=ready, body_timeout=args.body_timeout)
    except scenarios.ScenarioError as problem:
        sys.exit(f"--scenario: {problem}")


if __name__ == "__main__":
    main()
