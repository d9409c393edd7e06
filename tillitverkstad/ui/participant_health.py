"""What the facilitator's computer can find out for itself while participant voting is on,
said in plain words with what to try: the chosen address gone (a hotspot turned off, Wi-Fi
dropped), its own voting page not answering on that address, or no phone at all a minute
after the start (then the network probably keeps devices apart, or the phones are on
another network). The checks run off the window's thread; nothing here blocks or raises."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from tillitverkstad.core.i18n import translate
from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.ui.background import BackgroundTask, run_in_background
from tillitverkstad.voting import network
from tillitverkstad.voting.facade import VotingServer

CHECK_MS = 10_000  # how often the address and the page are checked
NO_PHONE_MS = 60_000  # a minute without a phone: say what to try


class ParticipantHealth(QObject):
    trouble_changed = Signal(str)  # "" when all is well

    def __init__(self, parent: QObject, language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._language = language
        self._server: VotingServer | None = None
        self._address = self._network = ""
        self._gone = self._unreachable = self._quiet = self._seen = False
        self._trouble = ""
        self._task: BackgroundTask | None = None
        self._again = False  # asked to check while a check was under way
        self.check = QTimer(self, interval=CHECK_MS)
        self.check.timeout.connect(self.probe)
        self.no_phone = QTimer(self, singleShot=True, interval=NO_PHONE_MS)
        self.no_phone.timeout.connect(self._no_phone_yet)

    @property
    def trouble(self) -> str:
        return self._trouble

    def watch(self, server: VotingServer, address: str, network_label: str) -> None:
        self._server, self._address, self._network = server, address, network_label
        self._gone = self._unreachable = self._quiet = self._seen = False
        self.check.start()
        self.no_phone.start()
        self.probe()

    def stop(self) -> None:
        self.check.stop()
        self.no_phone.stop()
        if self._task is not None:
            self._task.cancel()
        self._server = None
        self._gone = self._unreachable = self._quiet = False
        self._say()

    def devices(self, count: int) -> None:
        if count > 0:
            self._seen, self._quiet = True, False
            self.no_phone.stop()
            self._say()

    def probe(self) -> None:
        """Check the address and the page now (off the window's thread)."""
        server, address = self._server, self._address
        if server is None:
            return
        if self._task is not None and self._task.running:
            self._again = True  # its answer may be from before the change: ask once more
            return

        def work(_progress: JobProgress) -> tuple[bool, bool]:
            present = network.address_present(address)
            return present, present and server.self_test()

        self._task = run_in_background(
            self, work, self._probed, on_failure=lambda _error: None, language=self._language
        )

    def _probed(self, result: tuple[bool, bool]) -> None:
        if self._server is None:  # stopped meanwhile
            return
        present, answers = result
        self._gone, self._unreachable = not present, present and not answers
        self._say()
        if self._again:
            self._again = False
            self.probe()

    def _no_phone_yet(self) -> None:
        self._quiet = not self._seen
        self._say()

    def _say(self) -> None:
        language = self._language()

        def word(text: str, **values: str) -> str:
            return translate("participant", text, language).format(**values)

        if self._gone:
            text = word(network.ADDRESS_GONE, address=self._address)
        elif self._unreachable:
            text = word(network.SELF_TEST_FAILED, address=self._address)
        elif self._quiet:
            text = " ".join(
                (
                    self.tr("No phone has joined yet."),
                    word(network.CANNOT_SEE_FROM_HERE),
                    word(network.SAME_NETWORK, network=self._network),
                    self.tr(
                        "This computer's own hotspot: on Windows, Settings › Network & internet "
                        "› Mobile hotspot; on a Mac, System Settings › General › Sharing › "
                        "Internet Sharing. The guide (Shift+F1) says more."
                    ),
                )
            )
        else:
            text = ""
        if text != self._trouble:
            self._trouble = text
            self.trouble_changed.emit(text)
