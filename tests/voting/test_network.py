"""The picker's plain guesses of what each address is, and the QR code's matrix."""

from __future__ import annotations

import pytest

from tillitverkstad.voting import network
from tillitverkstad.voting.network import Candidate, NetworkKind, classify
from tillitverkstad.voting.qr import qr_matrix


@pytest.mark.parametrize(
    ("address", "interface", "kind"),
    [
        ("192.168.137.1", "Local Area Connection* 10", NetworkKind.WINDOWS_HOTSPOT),
        ("192.168.2.1", "bridge100", NetworkKind.MAC_SHARING),
        ("172.20.10.4", "en0", NetworkKind.PHONE_HOTSPOT),
        ("192.168.43.17", "wlan0", NetworkKind.PHONE_HOTSPOT),
        ("10.0.0.23", "wlp2s0", NetworkKind.WIFI),
        ("10.0.0.24", "Wi-Fi", NetworkKind.WIFI),
        ("10.1.2.3", "enp0s31f6", NetworkKind.ETHERNET),
        ("10.1.2.4", "Ethernet 2", NetworkKind.ETHERNET),
        ("172.17.0.1", "docker0", NetworkKind.VIRTUAL),
        ("169.254.10.20", "eth0", NetworkKind.NO_NETWORK),
        ("127.0.0.1", "lo", NetworkKind.THIS_COMPUTER),
        ("10.9.9.9", "mystery0", NetworkKind.OTHER),
    ],
)
def test_each_address_gets_a_plain_guess(address, interface, kind):
    assert classify(address, interface) is kind


def test_the_labels_are_in_the_workshops_language():
    candidate = Candidate("192.168.137.1", "Local Area Connection* 10", NetworkKind.WINDOWS_HOTSPOT)
    assert candidate.label("sv") == (
        "Den här datorns surfzon (Windows) – 192.168.137.1 (Local Area Connection* 10)"
    )
    assert candidate.label("en").startswith("This computer's hotspot (Windows)")


def test_the_likeliest_networks_come_first_and_loopback_last(monkeypatch):
    class Ip:
        def __init__(self, ip):
            self.ip = ip

    class Adapter:
        def __init__(self, name, *ips):
            self.name = self.nice_name = name
            self.ips = [Ip(ip) for ip in ips]

    import ifaddr

    adapters = [
        Adapter("lo", "127.0.0.1", ("::1", 0, 0)),
        Adapter("docker0", "172.17.0.1"),
        Adapter("wlan0", "10.0.0.23", ("fe80::1", 0, 2)),
        Adapter("Local Area Connection* 10", "192.168.137.1"),
    ]
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: adapters)
    found = network.candidates()
    assert [c.address for c in found] == ["192.168.137.1", "10.0.0.23", "172.17.0.1", "127.0.0.1"]
    assert network.address_present("10.0.0.23")
    assert not network.address_present("10.0.0.99")


def test_the_qr_code_is_a_square_matrix_with_its_three_finder_patterns():
    matrix = qr_matrix("http://192.168.137.1:54321/#t=" + "x" * 32)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 21) % 4 == 0
    finder = [row[:7] for row in matrix[:7]]
    assert all(finder[0]) and all(finder[6]) and finder[3][3] and not finder[1][1]
    assert all(matrix[0][size - 7 :]) and all(matrix[size - 1][:7])
    assert qr_matrix("http://a/#t=1") != qr_matrix("http://a/#t=2")
