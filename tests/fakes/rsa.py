"""RS256 signing in pure Python, for the fake Bot Framework's test key.

The app environment has no `cryptography`, and the fake must sign tokens the way Microsoft
does (RSA PKCS#1 v1.5 with SHA-256) so that the real verifier in the Rasa server, PyJWT with
`cryptography`, checks them. A fresh key per test session: nothing secret is committed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from typing import Any

_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
_SMALL_PRIMES = [p for p in range(3, 2000, 2) if all(p % d for d in range(3, int(p**0.5) + 1, 2))]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _int_bytes(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8, "big")


def _probably_prime(n: int, rounds: int = 40) -> bool:
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        x = pow(2 + secrets.randbelow(n - 3), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int) -> int:
    while True:
        candidate = secrets.randbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _probably_prime(candidate):
            return candidate


@dataclass(frozen=True)
class RsaKey:
    n: int
    e: int
    d: int

    @classmethod
    def generate(cls, bits: int = 2048) -> RsaKey:
        e = 65537
        while True:
            p, q = _prime(bits // 2), _prime(bits // 2)
            phi = (p - 1) * (q - 1)
            if p != q and phi % e and (p * q).bit_length() == bits:
                return cls(n=p * q, e=e, d=pow(e, -1, phi))

    @property
    def size(self) -> int:
        return (self.n.bit_length() + 7) // 8

    def _encoded(self, message: bytes) -> int:
        digest = _SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
        padded = b"\x00\x01" + b"\xff" * (self.size - len(digest) - 3) + b"\x00" + digest
        return int.from_bytes(padded, "big")

    def sign(self, message: bytes) -> bytes:
        return pow(self._encoded(message), self.d, self.n).to_bytes(self.size, "big")

    def verify(self, message: bytes, signature: bytes) -> bool:
        return pow(int.from_bytes(signature, "big"), self.e, self.n) == self._encoded(message)

    def jwk(self, kid: str) -> dict[str, Any]:
        return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
                "n": b64url(_int_bytes(self.n)), "e": b64url(_int_bytes(self.e))}


def jwt_rs256(claims: dict[str, Any], key: RsaKey, kid: str) -> str:
    header = {"alg": "RS256", "typ": "JWT", "kid": kid}
    signing_input = ".".join(
        b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
    )
    return f"{signing_input}.{b64url(key.sign(signing_input.encode()))}"
