"""The client's address: the gRPC peer, or, when that peer is a trusted proxy (the gateway, a
load balancer), the address the proxies recorded in `x-forwarded-for`.

Each proxy appends the address it was called from, so the chain is read right to left: the
first address that is not itself a trusted proxy is the client. Anything left of it was
written by the client and proves nothing (prepending a fake address chooses nothing). A peer
that is not trusted is the client, whatever header it sends. Per-address rate limits and the
audit trail all read the one address computed here.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Iterable, Sequence
from typing import Any

FORWARDED_FOR = "x-forwarded-for"

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class InvalidProxy(ValueError):
    """A trusted-proxy entry that is neither an IP address nor a CIDR network."""


def parse_networks(raw: str) -> tuple[Network, ...]:
    """ "10.0.0.0/8, 127.0.0.1, ::1" -> networks; a bare address is a network of one."""
    networks = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item))  # strict: "10.0.0.7/8" is a typo, not a network
        except ValueError as error:
            raise InvalidProxy(str(error)) from None
    return tuple(networks)


def peer_host(peer: str) -> str:
    """ "ipv4:10.0.0.7:51234" -> "10.0.0.7", "ipv6:[::1]:5" -> "::1": one key per host, not per port."""
    kind, _, rest = peer.partition(":")
    if kind == "ipv6":
        return rest.rpartition("]")[0].lstrip("[") or rest
    if kind == "ipv4":
        return rest.rpartition(":")[0] or rest
    return peer


def _address(text: str) -> Address | None:
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # An IPv4 client seen through a dual-stack socket is the same client.
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return mapped or address


class ClientAddresses:
    def __init__(self, trusted: Sequence[Network]) -> None:
        self._trusted = tuple(trusted)
        # Asked on every call, and a pure function of the peer's host: parsed once per host
        # (~3% of a cheap RPC's server time went to ipaddress parsing and formatting).
        self._peer = functools.lru_cache(maxsize=4096)(self._peer_of)

    def _peer_of(self, host: str) -> tuple[Address | None, bool, str]:
        """The peer's address, whether it is a trusted proxy, and the host to name if not."""
        address = _address(host)
        trusted = address is not None and self._is_trusted(address)
        return address, trusted, str(address or host)

    def _is_trusted(self, address: Address) -> bool:
        return any(address in network for network in self._trusted)

    def of(self, peer: str, metadata: Iterable[tuple[str, Any]] | None) -> str:
        """The client's host (e.g. "203.0.113.7") for a call from `peer` with `metadata`."""
        address, trusted, named = self._peer(peer_host(peer))
        if address is None or not trusted:
            return named
        # Repeated headers are one list, in order (RFC 9110 5.3).
        chain = ",".join(v for k, v in metadata or () if k == FORWARDED_FOR and isinstance(v, str))
        for hop in reversed(chain.split(",") if chain else ()):
            forwarded = _address(hop)
            if forwarded is None:
                break  # a malformed hop: nothing left of it can be vouched for
            address = forwarded
            if not self._is_trusted(address):
                break
        return str(address)  # the nearest hop a trusted proxy vouched for
