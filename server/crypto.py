"""Encryption at rest: AES-256-GCM under the data key from RUPAYA_DATA_KEY, plus keyed hashes.

Every ciphertext is bound to what it belongs to (associated data such as the user id),
so a ciphertext copied onto another row does not decrypt."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class DecryptionError(Exception):
    """The ciphertext was made under another data key, or was tampered with."""


class DataKey:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)
        self._root = key
        # Separate subkey for keyed hashes, so no value is ever both encrypted and MACed under one key.
        self._mac_key = self.derive(b"rupaya hmac subkey v1")

    def derive(self, label: bytes) -> bytes:
        """A subkey of its own for each purpose (`label`), e.g. sealing page tokens."""
        return hmac.new(self._root, label, hashlib.sha256).digest()

    @classmethod
    def generate(cls) -> DataKey:
        return cls(AESGCM.generate_key(bit_length=256))

    def encrypt(self, plaintext: bytes, bound_to: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, bound_to)

    def decrypt(self, ciphertext: bytes, bound_to: bytes) -> bytes:
        try:
            return self._aead.decrypt(ciphertext[:NONCE_BYTES], ciphertext[NONCE_BYTES:], bound_to)
        except InvalidTag:
            raise DecryptionError("ciphertext does not decrypt under this data key") from None

    def keyed_hash(self, value: bytes) -> bytes:
        """HMAC-SHA256: an offline guesser without the data key cannot test candidates."""
        return hmac.new(self._mac_key, value, hashlib.sha256).digest()
