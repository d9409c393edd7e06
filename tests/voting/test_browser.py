"""The real page in a real browser on loopback, driven as the window will drive the room:
join by the QR address, vote, change the vote, send a note, see the vote close."""

from __future__ import annotations

import pytest

from tests.voting.browser import need_browser, phone_browser
from tests.voting.phone import BALLOT
from tillitverkstad.voting.events import NoteArrived

pytestmark = pytest.mark.slow


def _wait(driver, condition, timeout: float = 10.0):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))


def _visible_text(driver, css: str) -> str:
    from selenium.webdriver.common.by import By

    element = driver.find_element(By.CSS_SELECTOR, css)
    return element.text if element.is_displayed() else ""


def test_a_participant_votes_changes_the_vote_sends_a_note_and_sees_it_close(server, heard):
    need_browser()
    from selenium.webdriver.common.by import By

    server.set_topic("tillit", "Tillit")
    with phone_browser() as driver:
        driver.get(server.invitation.url)
        _wait(driver, lambda d: "Ingen röstning pågår" in _visible_text(d, "#waiting"))
        assert "#t=" not in driver.current_url  # the token left the address bar
        assert "Just nu: Tillit" in _visible_text(driver, "#waiting")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"

        vote = server.open_vote(BALLOT, max_voters=8)
        _wait(driver, lambda d: "Vi utgår från förtroende." in _visible_text(d, "#voting"))
        # Screen readers hear it from the live region (written a moment later, to be re-read).
        _wait(
            driver,
            lambda d: (
                "En röstning har öppnats: Tillit"
                in d.find_element(By.ID, "announce").get_attribute("textContent")
            ),
        )

        driver.find_element(By.CSS_SELECTOR, "label[for=value-current-2]").click()
        _wait(driver, lambda d: server.vote_progress().current == 1)
        _wait(driver, lambda d: _visible_text(d, "#choice-current") == "Ditt val: 2")
        driver.find_element(By.CSS_SELECTOR, "label[for=value-current-4]").click()  # changed
        driver.find_element(By.CSS_SELECTOR, "label[for=value-desired-5]").click()
        _wait(driver, lambda d: _visible_text(d, "#choice-desired") == "Ditt val: 5")
        _wait(driver, lambda d: _visible_text(d, "#choice-current") == "Ditt val: 4")

        driver.find_element(By.CSS_SELECTOR, "label[for=category-hinder]").click()
        driver.find_element(By.ID, "note-text").send_keys("<b>För många</b> möten")
        driver.find_element(By.ID, "note-button").click()
        _wait(driver, lambda d: "väntar på att processledaren" in _visible_text(d, "#note-result"))
        note = heard.wait_for(NoteArrived).note  # type: ignore[attr-defined]
        assert (note.category.value, note.text) == ("hinder", "<b>För många</b> möten")

        tally = server.close_vote()
        assert tally.current == (0, 0, 0, 1, 0) and tally.desired == (0, 0, 0, 0, 1)
        _wait(driver, lambda d: "Tack – din röst är räknad." in _visible_text(d, "#closed"))
        del vote

        driver.refresh()  # the same phone after a reload: still joined, no second device
        _wait(driver, lambda d: "Tack – din röst är räknad." in _visible_text(d, "#closed"))
        assert server.device_count() == 1

        server.stop()  # the laptop goes away: the page says so and keeps trying
        _wait(driver, lambda d: "går inte att nå" in _visible_text(d, "#stopped"), timeout=15)


def test_a_participant_joins_by_typing_the_code_and_the_page_fits_at_200_percent(server):
    need_browser()
    from selenium.webdriver.common.by import By

    with phone_browser() as driver:
        driver.get(server.invitation.address + "/")
        _wait(driver, lambda d: "Anslut till workshoppen" in _visible_text(d, "#join"))
        driver.find_element(By.ID, "code").send_keys(
            "1234 5678" if server.invitation.code != "12345678" else "8765 4321"
        )
        driver.find_element(By.ID, "join-button").click()
        _wait(driver, lambda d: "Fel kod" in _visible_text(d, "#join-error"))
        code = driver.find_element(By.ID, "code")
        code.clear()
        code.send_keys(server.invitation.code_shown)
        driver.find_element(By.ID, "join-button").click()
        _wait(driver, lambda d: "Ingen röstning pågår" in _visible_text(d, "#waiting"))
        assert server.device_count() == 1

        server.open_vote(BALLOT, max_voters=8)
        _wait(driver, lambda d: _visible_text(d, "#voting"))
        # At 200 % zoom a 360 px phone is 180 CSS px wide: nothing may need sideways scrolling.
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": 180, "height": 370, "deviceScaleFactor": 2, "mobile": True},
        )
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 180
        smallest = driver.execute_script(
            "return Math.min(...[...document.querySelectorAll('.values label')]"
            ".map(l => Math.min(l.offsetWidth, l.offsetHeight)))"
        )
        assert smallest >= 44  # every target a thumb can hit
