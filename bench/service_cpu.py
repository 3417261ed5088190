"""CreateTransaction's own work, in-process: no gRPC, no interceptors, 32 concurrent tasks
creating expenses for one user on PostgreSQL; CPU per create (not a test). With `--against
DIR`, the same in processes running DIR's server code on the same database, alternately round
by round (each round a fresh process per side, warmed before it is measured), so that the two
sides meet the same machine: what the service itself costs, where bench.create_cpu measures
the whole server.

    python -m bench.service_cpu [--creates 640] [--rounds 8] [--against DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys

import psycopg

from bench import everyday, harness

ROOT = pathlib.Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creates", type=int, default=640, help="measured per round and side")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--against", type=pathlib.Path, help="another checkout, measured alternately")
    args = parser.parse_args()
    with harness.running() as bench:
        bench.server.stop()  # the workers are the only writers
        with psycopg.connect(harness.psycopg_url(bench.backend), autocommit=True) as conn:
            row = conn.execute("SELECT id FROM sessions WHERE user_id = %s", (bench.user_id,)).fetchone()
        assert row is not None
        job = {
            "url": bench.backend.env["RUPAYA_DATABASE_URL"],
            "user_id": bench.user_id,
            "session_id": str(row[0]),
            "account_id": bench.account.id,
            "category_id": everyday.GROCERIES,
            "day": everyday.CREATE_DAY,
            "creates": args.creates,
        }
        sides = {
            "this checkout": ROOT,
            **({str(args.against): args.against.resolve()} if args.against else {}),
        }
        figures: dict[str, list[float]] = {name: [] for name in sides}
        for round_ in range(args.rounds):
            order = list(sides.items()) if round_ % 2 == 0 else list(sides.items())[::-1]
            for name, root in order:
                figures[name].append(_round(root, job))
        print(f"CreateTransaction in-process, 32 tasks, one user; {args.rounds} rounds of {args.creates}")
        for name, values in figures.items():
            print(
                f"  {name}: CPU ms/create {statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"
            )
        if args.against:
            mine, other = figures["this checkout"], figures[str(args.against)]
            per_round = [a / b for a, b in zip(mine, other, strict=True)]
            print(
                f"  this checkout / {args.against}: {statistics.median(per_round):.2f} "
                f"(per round: {', '.join(f'{r:.2f}' for r in per_round)})"
            )
        print(
            everyday.verify(bench.backend, "after the creates") and "data consistent" or "DATA INCONSISTENT"
        )


def _round(root: pathlib.Path, job: dict[str, object]) -> float:
    """One side's CPU ms per create, from a process importing `root`'s server."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(root / "gen" / "python")])}
    done = subprocess.run(
        # -P: bench/ itself stays off the path (its gateway.py would hide the gateway package)
        [
            sys.executable,
            "-P",
            str(pathlib.Path(__file__).with_name("service_cpu_worker.py")),
            json.dumps(job),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"the worker for {root} failed:\n{done.stderr[-2000:]}")
    return float(done.stdout.split()[-1])


if __name__ == "__main__":
    main()
