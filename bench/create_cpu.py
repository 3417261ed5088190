"""CreateTransaction at 32 callers, by one user and spread over 1,000 users, on PostgreSQL +
Redis (not a test): the server's CPU per call, calls/s and the ratio to a bare grpc.aio echo
server driven the same way just before; with `--against DIR` beside another checkout's server
on the same database, alternately, round by round (bench/list_cpu.py: the same pattern).

The 1,000 users are seeded as `make bench` seeds its crowd (a session and an account each,
tokens minted with the server's key). Before each crowd run the users' session markers are
dropped from Redis: in `make bench` the crowd's markers have expired by the time its run
starts (they live 30 s), so every user's first call there settles the session anew, and each
side here must meet the same state, not the one the side before it left.

    python -m bench.create_cpu [--seconds 3] [--rounds 3] [--against DIR] [--py-spy crowd|one] [--warm-sessions]
"""

from __future__ import annotations

import argparse
import pathlib

import psycopg
import redis

from bench import everyday, harness, load
from bench.list_cpu import Side, report, serve_against
from tests.servers import REDIS_URL

LABELS = ("one user", "1,000 users")


def seed_crowd(bench: harness.Bench) -> list[everyday.BenchUser]:
    with psycopg.connect(harness.psycopg_url(bench.backend), autocommit=True) as conn:
        row = conn.execute("SELECT id FROM sessions WHERE user_id = %s", (bench.user_id,)).fetchone()
        assert row is not None
        template = everyday.BenchUser(bench.user_id, str(row[0]), bench.account.id)
        return [template, *everyday.copy_users(conn, template, everyday.CROWD, "crowd")]


def drop_session_markers(bench: harness.Bench) -> None:
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(f"{bench.backend.env['RUPAYA_CACHE_PREFIX']}session:*", count=1000))
    for start in range(0, len(keys), 1000):
        client.delete(*keys[start : start + 1000])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--against", type=pathlib.Path, help="another checkout's server, measured alternately"
    )
    parser.add_argument(
        "--py-spy", choices=("one", "crowd"), help="then profile this checkout's server during those creates"
    )
    parser.add_argument(
        "--warm-sessions",
        action="store_true",
        help="keep the crowd's session markers between runs (as a steady stream of their calls would)",
    )
    args = parser.parse_args()
    with harness.running() as bench:
        bench.server.stop()  # served again with the benchmark's rate limits out of the way
        users = seed_crowd(bench)
        sides = [Side("this checkout", harness.serve(bench.backend, 1))]
        try:
            if args.against:
                sides.append(Side(f"{args.against}", serve_against(bench, args.against, harness.UNLIMITED)))
            one, crowd = users[0], users[1:]
            tokens = {
                u.user_id: harness.access_token(sides[0].server, u.user_id, u.session_id) for u in users
            }
            makes = {
                LABELS[0]: everyday.creates([(one, tokens[one.user_id])], lambda: everyday.CREATE_DAY),
                LABELS[1]: everyday.creates(
                    [(u, tokens[u.user_id]) for u in crowd], lambda: everyday.CREATE_DAY
                ),
            }
            for side in sides:  # warm: connections, plans, statement caches, verified tokens
                for make in makes.values():
                    load.drive(side.server.target, make, 32, 1.0)
            echoes: dict[str, list[float]] = {"32 callers": []}
            for round_ in range(args.rounds):
                order = sides if round_ % 2 == 0 else sides[::-1]
                echo = load.drive(f"127.0.0.1:{bench.echo_port}", everyday.echo_call, 32, args.seconds)
                echoes["32 callers"].append(echo.per_second)
                for label, make in makes.items():
                    for side in order:
                        if make is makes[LABELS[1]] and not args.warm_sessions:
                            drop_session_markers(bench)
                        side.drive(label, make, 32, args.seconds, echo.per_second)
            report(
                sides,
                echoes,
                f"CreateTransaction, 32 callers; {args.rounds} rounds; medians and ranges",
                tuple(f"{label}: server CPU ms/call" for label in LABELS),
            )
            if args.py_spy:
                drop_session_markers(bench)
                label = LABELS[0] if args.py_spy == "one" else LABELS[1]
                for line in everyday.py_spy_profile(
                    sides[0].server, makes[label], args.seconds, f"creates ({label}, 32 callers)"
                ):
                    print(line)
            print(
                everyday.verify(bench.backend, "after the creates")
                and "data consistent"
                or "DATA INCONSISTENT"
            )
        finally:
            for side in sides:
                side.server.stop()


if __name__ == "__main__":
    main()
