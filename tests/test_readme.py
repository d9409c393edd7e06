"""The README's fresh-machine commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _command_after(text: str, heading: str) -> str:
    block = re.search(re.escape(heading) + r"\s*```sh\n(.+?)\n```", text, re.S)
    assert block, f"no command after {heading!r}"
    return block.group(1).strip()


def test_ci_runs_exactly_the_readme_test_command_in_a_fresh_environment():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = _command_after(readme, "Install and run the whole test suite:")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"fresh bash -c '{command}'" in ci


def test_readme_app_command_installs_into_its_own_venv():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = _command_after(readme, "Install and start the app:")
    assert command.startswith("python3 -m venv .venv && .venv/bin/pip install ")
    assert command.endswith(".venv/bin/tillitverkstad")


def test_every_image_the_readme_shows_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images
    assert [i for i in images if not (ROOT / i).is_file()] == []
