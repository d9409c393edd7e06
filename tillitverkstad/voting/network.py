"""Which of the laptop's addresses phones could reach, each with a plain guess of what it
is, for the facilitator's picker; and what can be checked from the laptop when phones cannot
reach it.

The enumeration (``ifaddr``: the operating system's own list of addresses, read through
ctypes, with no traffic sent) runs only when :func:`candidates` is called, that is when the
facilitator opens the picker. Only IPv4 is offered: hotspots and travel routers hand phones
IPv4 addresses, and an IPv6 link-local address needs a zone id no phone browser takes.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import Enum

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate

_VIRTUAL = (
    "docker",
    "veth",
    "virbr",
    "vmnet",
    "vbox",
    "utun",
    "tun",
    "tap",
    "tailscale",
    "zt",
    "wg",
    "br-",
    "lxc",
    "llw",
    "awdl",
    "anpi",
    "gif",
    "stf",
    "vethernet",
)
_WIFI = ("wl", "wi-fi", "wifi", "wlan", "wireless", "trådlöst", "en0")
_ETHERNET = ("eth", "en", "ethernet", "lan")


class NetworkKind(Enum):
    """What an address most likely is, in the order the picker offers them."""

    WINDOWS_HOTSPOT = (0, QT_TRANSLATE_NOOP("participant", "This computer's hotspot (Windows)"))
    MAC_SHARING = (1, QT_TRANSLATE_NOOP("participant", "This computer's Internet Sharing (Mac)"))
    PHONE_HOTSPOT = (2, QT_TRANSLATE_NOOP("participant", "A phone's hotspot"))
    WIFI = (3, QT_TRANSLATE_NOOP("participant", "Wi-Fi"))
    ETHERNET = (4, QT_TRANSLATE_NOOP("participant", "Wired network"))
    OTHER = (5, QT_TRANSLATE_NOOP("participant", "Other network"))
    NO_NETWORK = (6, QT_TRANSLATE_NOOP("participant", "No address from the network"))
    VIRTUAL = (7, QT_TRANSLATE_NOOP("participant", "Virtual network (phones cannot reach it)"))
    THIS_COMPUTER = (8, QT_TRANSLATE_NOOP("participant", "This computer only (for a test)"))

    @property
    def order(self) -> int:
        return int(self.value[0])

    def label(self, language: str) -> str:
        return translate("participant", str(self.value[1]), language)


@dataclass(frozen=True)
class Candidate:
    address: str
    interface: str  # the system's name for it: "wlan0", "en0", "Wi-Fi", "Local Area Connection* 2"
    kind: NetworkKind

    def label(self, language: str) -> str:
        """ "Wi-Fi – 192.168.1.23 (wlan0)" in ``language``."""
        return f"{self.kind.label(language)} – {self.address} ({self.interface})"


def classify(address: str, interface: str) -> NetworkKind:
    """A plain guess from the address and the interface's name (nothing is sent)."""
    ip = ipaddress.IPv4Address(address)
    name = interface.lower()
    if ip.is_loopback:
        return NetworkKind.THIS_COMPUTER
    if ip.is_link_local:  # 169.254.x.x: nobody handed out an address (no DHCP)
        return NetworkKind.NO_NETWORK
    if name.startswith(_VIRTUAL):
        return NetworkKind.VIRTUAL
    if address == "192.168.137.1":  # Windows Mobile Hotspot's fixed address
        return NetworkKind.WINDOWS_HOTSPOT
    if name.startswith("bridge") and address.startswith("192.168.2."):  # macOS sharing
        return NetworkKind.MAC_SHARING
    if ip in ipaddress.IPv4Network("172.20.10.0/28") or address.startswith("192.168.43."):
        return NetworkKind.PHONE_HOTSPOT  # iPhone's fixed range, Android's usual one
    if name.startswith(_WIFI) or "wi-fi" in name or "wireless" in name:
        return NetworkKind.WIFI
    if name.startswith(_ETHERNET):
        return NetworkKind.ETHERNET
    return NetworkKind.OTHER


def candidates() -> list[Candidate]:
    """The laptop's IPv4 addresses, the likeliest choice first."""
    import ifaddr  # the system's address list; read only when the picker asks for it

    found: dict[str, Candidate] = {}
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):  # an IPv6 address (a tuple); see the docstring
                continue
            name = adapter.nice_name or adapter.name
            found.setdefault(ip.ip, Candidate(ip.ip, name, classify(ip.ip, name)))
    return sorted(found.values(), key=lambda c: (c.kind.order, c.interface, c.address))


def address_present(address: str) -> bool:
    """Whether ``address`` still belongs to this computer (a hotspot turned off, a Wi-Fi
    left, and the address is gone: phones then reach nothing)."""
    return any(c.address == address for c in candidates())


# What the window can tell the facilitator when phones cannot reach the laptop. The first
# two the laptop can check itself (:func:`address_present`, the facade's self-test); the
# rest it cannot see, so the window offers them as things to try.
ADDRESS_GONE = QT_TRANSLATE_NOOP(
    "participant",
    "The address {address} no longer belongs to this computer: the network was turned off or "
    "changed. Choose a network again.",
)
SELF_TEST_FAILED = QT_TRANSLATE_NOOP(
    "participant",
    "This computer cannot reach its own voting page at {address}. Stop participant voting "
    "and start it again.",
)
CANNOT_SEE_FROM_HERE = QT_TRANSLATE_NOOP(
    "participant",
    "The voting page works on this computer. If the phones still cannot open it, the "
    "network is probably keeping its devices apart (common on guest Wi-Fi) or a firewall "
    "blocks it. Start this computer's own hotspot, or bring a travel router, and ask the "
    "participants to join that network.",
)
SAME_NETWORK = QT_TRANSLATE_NOOP(
    "participant",
    "Check that the phones are on the same network as this computer: {network}.",
)
