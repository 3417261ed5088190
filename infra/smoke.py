"""A smoke test of a deployed environment through its public HTTP address (the delivery
pipeline runs it after each deploy; tests/test_image.py runs it against a local gateway).
Standard library only: it runs on a bare CI runner.

    python3 infra/smoke.py https://app.rupaya.example
"""

from __future__ import annotations

import json
import sys
import urllib.request


def get(url: str) -> tuple[int, bytes, dict[str, str]]:
    with urllib.request.urlopen(url, timeout=10) as reply:  # noqa: S310 (the operator's URL)
        return reply.status, reply.read(), dict(reply.headers)


def smoke(base: str) -> list[str]:
    """What is wrong with the deployment at `base`; empty when it looks healthy."""
    problems = []
    status, body, headers = get(f"{base}/v1/currencies")  # public: the gateway reaches gRPC and the data
    exponents = {c["code"]: c.get("exponent", 0) for c in json.loads(body).get("currencies", [])}
    if status != 200 or exponents.get("INR") != 2 or exponents.get("JPY") != 0:
        problems.append(
            f"/v1/currencies: HTTP {status}, INR/JPY exponents {exponents.get('INR')}/{exponents.get('JPY')}"
        )
    if headers.get("X-Content-Type-Options", headers.get("x-content-type-options")) != "nosniff":
        problems.append("/v1/currencies: no X-Content-Type-Options: nosniff")
    status, body, _ = get(f"{base}/")
    if status != 200 or b"<html" not in body.lower():
        problems.append(f"/: HTTP {status}, not the web app's page")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = smoke(sys.argv[1].rstrip("/"))
    for problem in found:
        print(f"smoke: {problem}", file=sys.stderr)
    print("smoke: ok" if not found else f"smoke: {len(found)} problem(s)")
    sys.exit(1 if found else 0)
