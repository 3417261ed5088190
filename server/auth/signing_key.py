"""An Ed25519 signing key and its `kid`: what signs access tokens.

Only `cryptography` here (no JWT, no gRPC), so the `serve --workers N` supervisor can write
the development key file (server/dev_keys.py) and stay small."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


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
