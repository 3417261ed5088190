"""Access tokens (EdDSA-signed JWTs with a `kid`) and opaque refresh tokens.

Only algorithms we sign with are accepted on the way in, so `alg=none` and
HMAC-with-the-public-key tricks fail before any key is used."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import time
import uuid
from typing import Protocol

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from server.auth.signing_key import SigningKey
from server.context import Principal
from server.errors import DomainError

ALGORITHM = "EdDSA"
AUDIENCE = "rupaya-api"
ACCESS_TYPE = "access"
# Tokens verified recently, so a client's next calls skip the signature check (most of the
# cost of authenticating a call). Bounded; an entry lives until its token expires.
VERIFIED_CACHE_SIZE = 10_000


class Keys(Protocol):
    """Where the current signing key and the verifying public keys come from (the keyring)."""

    def signer(self) -> SigningKey: ...
    async def public_key(self, kid: str) -> Ed25519PublicKey | None: ...
    def verifies(self, kid: str) -> bool: ...


class AccessTokens:
    def __init__(self, keys: Keys, issuer: str, ttl_s: int) -> None:
        self._keys = keys
        self._issuer = issuer
        self._ttl = dt.timedelta(seconds=ttl_s)
        # token -> (principal, kid): a hit is the exact token string that passed the full
        # check before, and still needs an unexpired exp and a kid not retired since.
        self._verified: dict[str, tuple[Principal, str]] = {}

    def issue(self, principal: Principal, now: dt.datetime) -> tuple[str, dt.datetime]:
        expires = now + self._ttl
        claims = {
            "iss": self._issuer,
            "aud": AUDIENCE,
            "sub": str(principal.user_id),
            "sid": str(principal.session_id),
            "typ": ACCESS_TYPE,
            "iat": int(now.timestamp()),
            "exp": int(expires.timestamp()),
            "jti": secrets.token_hex(8),
        }
        signing = self._keys.signer()
        token = jwt.encode(claims, signing.private_key, algorithm=ALGORITHM, headers={"kid": signing.key_id})
        return token, expires

    async def verify(self, token: str) -> Principal:
        """The principal a valid access token names; UNAUTHENTICATED otherwise."""
        hit = self._verified.get(token)
        if hit is not None:
            principal, kid = hit
            if time.time() < principal.token_expires_at and self._keys.verifies(kid):
                return principal
            del self._verified[token]
        principal, kid = await self._verify_signed(token)
        if len(self._verified) >= VERIFIED_CACHE_SIZE:
            del self._verified[next(iter(self._verified))]  # the oldest entry
        self._verified[token] = (principal, kid)
        return principal

    async def _verify_signed(self, token: str) -> tuple[Principal, str]:
        try:
            header = jwt.get_unverified_header(token)
            kid = str(header.get("kid", ""))[:64]
            key = await self._keys.public_key(kid)
            if key is None:
                raise jwt.InvalidTokenError("unknown kid")
            claims = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                audience=AUDIENCE,
                issuer=self._issuer,
                options={"require": ["exp", "iat", "sub", "sid", "typ"]},
            )
            if claims["typ"] != ACCESS_TYPE:
                raise jwt.InvalidTokenError("not an access token")
            return Principal(uuid.UUID(claims["sub"]), uuid.UUID(claims["sid"]), int(claims["exp"])), kid
        except (jwt.InvalidTokenError, ValueError, KeyError):
            raise DomainError("UNAUTHENTICATED") from None


def new_refresh_token() -> tuple[str, bytes]:
    """A fresh opaque refresh token and the hash that is all the database keeps."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> bytes:
    # 256 random bits need no slow hash: SHA-256 is preimage-safe at that entropy.
    return hashlib.sha256(token.encode()).digest()
