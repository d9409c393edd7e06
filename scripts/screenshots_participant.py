"""Screenshots of the participant's phone page at 360×740, one per state, light and dark.

    python scripts/screenshots_participant.py

Runs the room's server on loopback, drives it as the window will, and photographs the page
in Debian's headless chromium into docs/screenshots/participant-*.png.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from tests.voting.browser import phone_browser  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.voting.ballot import ballot_for  # noqa: E402
from tillitverkstad.voting.facade import VotingServer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def _until(driver, condition) -> None:
    WebDriverWait(driver, 15, poll_frequency=0.1).until(lambda d: condition(d))


def _shown(driver, section: str) -> bool:
    return driver.find_element(By.ID, section).is_displayed()


def main() -> None:
    content = load_content("sv")
    workshop = demo_workshop(content, dt.date(2026, 11, 23))
    ballot = ballot_for(workshop, content, "tillit")
    for dark in (False, True):
        suffix = "-dark" if dark else ""
        server = VotingServer(lambda event: None)
        invitation = server.start("127.0.0.1", "sv")
        server.set_topic("tillit", ballot.title)
        with phone_browser(dark=dark) as driver:
            driver.get(invitation.address + "/")
            _until(driver, lambda d: _shown(d, "join"))
            driver.find_element(By.ID, "code").send_keys(invitation.code_shown)
            driver.save_screenshot(str(OUT / f"participant-join{suffix}.png"))
            driver.find_element(By.ID, "join-button").click()
            _until(driver, lambda d: _shown(d, "waiting"))
            driver.save_screenshot(str(OUT / f"participant-waiting{suffix}.png"))

            server.open_vote(ballot, max_voters=workshop.participant_count)
            _until(driver, lambda d: _shown(d, "voting"))
            driver.find_element(By.CSS_SELECTOR, "label[for=value-current-3]").click()
            driver.find_element(By.CSS_SELECTOR, "label[for=value-desired-5]").click()
            _until(driver, lambda d: "5" in d.find_element(By.ID, "choice-desired").text)
            driver.save_screenshot(str(OUT / f"participant-voting{suffix}.png"))

            driver.find_element(By.CSS_SELECTOR, "label[for=category-hinder]").click()
            driver.find_element(By.ID, "note-text").send_keys(
                "Vi hinner sällan prata om varför vi gör saker – bara hur."
            )
            driver.find_element(By.ID, "note-button").click()
            _until(driver, lambda d: d.find_element(By.ID, "note-result").text)
            driver.execute_script("document.getElementById('note').scrollIntoView()")
            driver.save_screenshot(str(OUT / f"participant-note{suffix}.png"))
            driver.execute_script("window.scrollTo(0, 0)")

            server.close_vote()
            _until(driver, lambda d: _shown(d, "closed"))
            driver.save_screenshot(str(OUT / f"participant-closed{suffix}.png"))

            server.stop()
            _until(driver, lambda d: _shown(d, "stopped"))
            driver.save_screenshot(str(OUT / f"participant-unreachable{suffix}.png"))
    for path in sorted(OUT.glob("participant-*.png")):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
