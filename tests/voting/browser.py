"""A phone's browser for the tests and the screenshots: Debian's chromium, headless, at
360×740, driven by selenium through Debian's chromedriver (never a downloaded one)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ALLOW_SKIP = "TILLITVERKSTAD_ALLOW_NO_BROWSER"
PHONE = (360, 740)


def need_browser() -> None:
    """Skip only where chromium is missing and skipping is allowed: CI installs it, so a
    missing browser there fails instead of passing silently."""
    if CHROMIUM.exists() and CHROMEDRIVER.exists():
        return
    if os.environ.get(ALLOW_SKIP) == "1":
        pytest.skip(f"chromium or chromedriver is not installed and {ALLOW_SKIP}=1")
    pytest.fail(
        "The browser test needs Debian's chromium and chromium-driver "
        f"(apt-get install chromium chromium-driver); set {ALLOW_SKIP}=1 to skip it."
    )


@contextmanager
def phone_browser(dark: bool = False) -> Iterator[WebDriver]:
    profile = tempfile.mkdtemp(prefix="tillit-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={PHONE[0]},{PHONE[1]}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True},
        )
        driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]},
        )
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
