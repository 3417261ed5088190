"""Access tokens (EdDSA-signed JWTs with a `kid`) and opaque refresh tokens.

Only algorithms we sign with are accepted on the way in, so `alg=none` and
HMAC-with-the-public-key tricks fail before any key is used."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Protocol

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from server.context import Principal
from server.errors import DomainError

ALGORITHM = "EdDSA"
AUDIENCE = "rupaya-api"
ACCESS_TYPE = "access"


@dataclass(frozen=True)
class SigningKey:
    key_id: str
    private_key: Ed25519PrivateKey

    @classmethod
    def from_pem(cls, key_id: str, pem: str) -> SigningKey:
        key = serialization.load_pem_private_key(pem.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the JWT signing key must be an Ed25519 private key (PEM, PKCS#8)")
        return cls(key_id, key)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(f"dev-{secrets.token_hex(4)}", Ed25519PrivateKey.generate())

    def private_pem(self) -> str:
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()


class Keys(Protocol):
    """Where the current signing key and the verifying public keys come from (the keyring)."""

    def signer(self) -> SigningKey: ...
    async def public_key(self, kid: str) -> Ed25519PublicKey | None: ...


class AccessTokens:
    def __init__(self, keys: Keys, issuer: str, ttl_s: int) -> None:
        self._keys = keys
        self._issuer = issuer
        self._ttl = dt.timedelta(seconds=ttl_s)

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
        try:
            header = jwt.get_unverified_header(token)
            key = await self._keys.public_key(str(header.get("kid", ""))[:64])
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
            return Principal(uuid.UUID(claims["sub"]), uuid.UUID(claims["sid"]))
        except (jwt.InvalidTokenError, ValueError, KeyError):
            raise DomainError("UNAUTHENTICATED") from None


def new_refresh_token() -> tuple[str, bytes]:
    """A fresh opaque refresh token and the hash that is all the database keeps."""
    token = secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> bytes:
    # 256 random bits need no slow hash: SHA-256 is preimage-safe at that entropy.
    return hashlib.sha256(token.encode()).digest()
