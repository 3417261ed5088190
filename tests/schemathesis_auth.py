"""Schemathesis hooks (SCHEMATHESIS_HOOKS=tests.schemathesis_auth): every generated call
carries a real bearer token of a user signed up through the gateway under test.

A call that answers 401 (SignOut ends the session whose token it carried, ChangePassword and
DeleteUser end others) makes schemathesis ask for a new token, so one such call does not
leave the rest of the run unauthenticated."""

from __future__ import annotations

import os
import uuid
from typing import Any

import httpx
import schemathesis

from tests.servers import PASSWORD

BASE_URL_ENV = "RUPAYA_SCHEMATHESIS_URL"


@schemathesis.auth()
class FreshUser:
    def get(self, case: Any, context: Any) -> str:
        reply = httpx.post(
            f"{os.environ[BASE_URL_ENV]}/v1/auth:signUp",
            json={"email": f"st-{uuid.uuid4().hex[:12]}@example.com", "password": PASSWORD},
            timeout=30,
        )
        reply.raise_for_status()
        return str(reply.json()["tokens"]["accessToken"])

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}
