"""Two shapes:

- `python -m gateway serve [--workers N]`: the whole node in one command (what `make run` does):
  the gRPC server (`python -m server serve`) with the gateway serving HTTP beside it in each process.
- `python -m gateway --upstream HOST:PORT [--host H --port P]`: the gateway as its own process
  (gateway/standalone.py), pointed at any RUPAYA gRPC server, so it scales apart.

Each shape imports only its own code: the `serve --workers N` supervisor stays small
(server/workers.py), and the standalone gateway loads no server."""

from __future__ import annotations

import sys

SERVING_COMMANDS = {"serve", "worker"}  # `worker`: one process of `serve --workers N`


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] in SERVING_COMMANDS:
        from gateway.embedded import front_door
        from server import cli

        cli.main(argv, front_door=front_door, module="gateway")
    else:
        from gateway import standalone

        standalone.main(argv)


if __name__ == "__main__":
    main()
