"""The release and CI workflows, checked here since they run only on GitHub's runners:
valid against GitHub's workflow schema, every action pinned, no secret but signing, the
three systems, and each test step exactly the README's test command for its system."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
SYSTEMS = {"windows-latest", "macos-latest", "ubuntu-latest"}
SIGNING_SECRETS = {
    "WINDOWS_CERTIFICATE",
    "WINDOWS_CERTIFICATE_PASSWORD",
    "MACOS_CERTIFICATE",
    "MACOS_CERTIFICATE_PASSWORD",
    "MACOS_CODESIGN_IDENTITY",
    "MACOS_NOTARY_APPLE_ID",
    "MACOS_NOTARY_TEAM_ID",
    "MACOS_NOTARY_PASSWORD",
}


def _load(name: str) -> dict:
    return YAML(typ="safe").load((WORKFLOWS / name).read_text(encoding="utf-8"))


def _steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def _readme_command(fence: str, after: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(re.escape(after) + r"\s*```" + fence + r"\n(.+?)\n```", readme, re.S)
    assert found, f"no {fence} block after {after!r} in the README"
    return found.group(1).strip()


POSIX_TESTS = _readme_command("sh", "Install and run the whole test suite:")
WINDOWS_TESTS = _readme_command(
    "bat", "On Windows (Command Prompt, or PowerShell 7), with Python from python.org:"
)


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_workflow_is_valid_against_githubs_workflow_schema(name):
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(WORKFLOWS / name),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_every_action_is_pinned_to_a_commit_with_its_version_named(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert uses
    for action, rest in uses:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", rest), f"{action}: {rest!r}"


@pytest.mark.parametrize("name", ["ci.yml", "release.yml"])
def test_no_secret_is_used_but_for_signing(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    assert set(re.findall(r"secrets\.(\w+)", text)) <= SIGNING_SECRETS


@pytest.mark.parametrize(("name", "job"), [("ci.yml", "test"), ("release.yml", "build")])
def test_runs_on_windows_macos_and_linux_with_the_readme_test_commands(name, job):
    workflow = _load(name)
    assert set(workflow["jobs"][job]["strategy"]["matrix"]["os"]) == SYSTEMS
    assert workflow["jobs"][job]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    runs = {step.get("run", "").strip(): step for step in _steps(workflow, job)}
    assert runs[POSIX_TESTS]["if"] == "runner.os != 'Windows'"
    assert runs[WINDOWS_TESTS]["if"] == "runner.os == 'Windows'"
    assert runs[WINDOWS_TESTS]["shell"] == "cmd"


def test_ci_runs_on_every_push():
    assert _load("ci.yml")["on"]["push"] is None  # no filter: every branch, every push


def test_release_builds_the_spec_runs_the_bundle_and_uploads_what_users_install():
    workflow = _load("release.yml")
    script = "\n".join(step.get("run", "") for step in _steps(workflow, "build"))
    assert "packaging/tillitverkstad.spec" in script
    assert '"$exe" --version' in script
    assert '"$exe" --self-test' in script
    assert "tillitverkstad-cli.exe" in script  # the windowed .exe prints nothing
    assert "Contents/MacOS/tillitverkstad" in script  # the .app itself, not only the folder
    assert r"ISCC.exe" in script and r"packaging\windows\tillitverkstad.iss" in script
    assert "packaging/macos/make_dmg.sh" in script
    upload = next(s for s in _steps(workflow, "build") if "upload-artifact" in s.get("uses", ""))
    assert upload["with"]["if-no-files-found"] == "error"
    for pattern in ("windows-setup.exe", "macos.dmg", "linux-x86_64.tar.gz"):
        assert pattern in upload["with"]["path"]


def test_signing_steps_run_only_when_a_certificate_is_configured():
    for step in _steps(_load("release.yml"), "build"):
        if "secrets." in str(step.get("env", "")) and "CERTIFICATE" in str(step.get("env", "")):
            assert "CERTIFICATE != ''" in step["if"], step["name"]
