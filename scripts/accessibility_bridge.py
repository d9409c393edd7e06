"""What a screen reader on Linux gets of the window: its accessibility tree read through
the real platform bridge (AT-SPI), compared with what the window says on the Qt side.

    /usr/bin/python3 scripts/accessibility_bridge.py [--python .venv/bin/python] [--full]

Runs with the system's Python, which has Debian's ``python3-pyatspi`` (apt: xvfb
at-spi2-core python3-pyatspi dbus-x11); the app runs from the project's environment. In a
private D-Bus session, under Xvfb when there is no display, it starts the app on a
throw-away copy of the demo workshop and shows, in turn, the library, a principle step
with votes, the summary, the overview and the settings dialog. For each it prints the
focusable elements a screen reader reaches (role, name), the painted ones (charts, the
preview) with what they say, and every difference from the Qt side: an element named on
the Qt side that the bridge does not pass on by that name, or a focusable element the
bridge passes on without a name or as a "filler". ``--full`` prints every element shown.
Exits 0 when there is no difference (docs/accessibility.md has a run's summary).

The pitfalls it works around are in the project notes: the bridge must be running before
the app starts; ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON`` makes Qt register without a screen
reader asking; list items report "showing" inside hidden pages, so a node counts only
when all its ancestors show.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATES = ("library", "principle step", "summary", "overview", "settings dialog")
INSIDE = "TILLITVERKSTAD_BRIDGE_SESSION"
WAIT_S = 60.0


# -- the app's side (run with the project's Python) -------------------------------------


def run_app(data: Path, workshop_id: str, exchange: Path) -> int:
    """Show each state in turn; for each, write the Qt side's tree and wait until the
    bridge side has read it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAccessible

    from tillitverkstad.app import build_gui
    from tillitverkstad.core.model import Scale

    app, window = build_gui(data)
    steps = iter(range(len(STATES)))

    def show(state: str) -> None:
        if state == "principle step":
            window.open_workshop(workshop_id)
            window.view.go_to("tillit")
            window.session.set_votes("tillit", Scale.CURRENT, [0, 1, 4, 2, 0])
        elif state == "summary":
            window.view.go_to("summary")
        elif state == "overview":
            window.show_overview()
        elif state == "settings dialog":
            window.show_settings()

    def qt_side() -> list[dict[str, object]]:
        found = []

        def walk(node, depth: int) -> None:
            state = node.state()
            if state.invisible:
                return
            found.append(
                {
                    "role": node.role().name,
                    "name": node.text(QAccessible.Text.Name),
                    "description": node.text(QAccessible.Text.Description),
                    "focusable": bool(state.focusable) and not state.disabled,
                    "depth": depth,
                }
            )
            for index in range(node.childCount()):
                child = node.child(index)
                if child is not None and child.isValid():
                    walk(child, depth + 1)

        for top in app.topLevelWidgets():
            if top.isVisible():
                walk(QAccessible.queryAccessibleInterface(top), 0)
        return found

    def next_state() -> None:
        index = next(steps, None)
        if index is None:
            app.quit()
            return
        show(STATES[index])
        QTimer.singleShot(1500, lambda: publish(index))  # laid out, and the bridge caught up

    def publish(index: int) -> None:
        (exchange / f"{index}.json").write_text(json.dumps(qt_side()), encoding="utf-8")
        wait_for_bridge(index)

    def wait_for_bridge(index: int) -> None:
        if (exchange / f"{index}.done").exists():
            next_state()
        else:
            QTimer.singleShot(100, lambda: wait_for_bridge(index))

    QTimer.singleShot(0, next_state)
    return app.exec()


# -- the bridge's side (run with the system's Python and pyatspi) ----------------------


def bridge_side(app_name: str) -> list[dict[str, object]]:
    import pyatspi

    desktop = pyatspi.Registry.getDesktop(0)
    target = next(
        (a for a in desktop if a is not None and a.name.lower() == app_name.lower()), None
    )
    if target is None:
        return []
    found: list[dict[str, object]] = []

    def walk(node, depth: int) -> None:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        found.append(
            {
                "role": node.getRoleName(),
                "name": node.name or "",
                "description": node.description or "",
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE)
                and states.contains(pyatspi.STATE_ENABLED),
                "depth": depth,
            }
        )
        for child in node:
            if child is not None:
                walk(child, depth + 1)

    for window in target:
        if window is not None:
            walk(window, 0)
    return found


ITEM_ROLES = {"Cell", "ListItem", "TreeItem", "Row", "Column", "table cell", "list item"}
GENERIC_BRIDGE_ROLES = {"filler", "unknown", "redundant object"}


def differences(qt: list[dict], bridge: list[dict]) -> list[str]:
    """What the bridge loses or blurs of what the Qt side says."""
    problems = []
    passed_on = {node["name"] for node in bridge}
    for node in qt:
        named = node["focusable"] and node["name"] and node["role"] not in ITEM_ROLES
        if named and node["name"] not in passed_on:
            problems.append(f"not passed on by name: {node['role']} {node['name']!r}")
    for node in bridge:
        if not node["focusable"] or node["role"] in ITEM_ROLES:
            continue
        if not node["name"]:
            problems.append(f"focusable without a name over the bridge: {node['role']}")
        elif node["role"] in GENERIC_BRIDGE_ROLES:
            problems.append(f"focusable as a generic {node['role']}: {node['name']!r}")
    return problems


def report(state: str, qt: list[dict], bridge: list[dict], full: bool) -> list[str]:
    focusable = [n for n in bridge if n["focusable"] and n["role"] not in ITEM_ROLES]
    painted = [n for n in bridge if n["role"] in ("chart", "image", "canvas")]
    print(f"\n== {state}: {len(bridge)} nodes over AT-SPI, {len(qt)} on the Qt side")
    print(f"   focusable ({len(focusable)}):")
    for node in focusable:
        print(f"     {node['role']:<16} {node['name']!r}")
    for node in painted:
        print(f"   {node['role']}: {node['name']!r} — {node['description'][:160]!r}")
    if full:
        for node in bridge:
            print(f"   {'  ' * int(node['depth'])}{node['role']} {node['name']!r}")
    problems = differences(qt, bridge)
    for problem in problems:
        print(f"   DIFFERENCE {problem}")
    if not problems:
        print("   no difference from the Qt side")
    return problems


def inside_session(python: Path, full: bool) -> int:
    """In the private D-Bus session: the bridge, a display, the app, then each state."""
    launcher = subprocess.Popen(
        ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    started = [launcher]
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        display = ":93"
        started.append(subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"]))
        env["DISPLAY"] = display
        time.sleep(1.0)
    env.update(
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        TILLITVERKSTAD_LANG="sv",
    )
    folder = Path(tempfile.mkdtemp(prefix="tillit-bridge-"))
    env["XDG_CONFIG_HOME"] = env["HOME"] = str(folder)  # never the user's own settings
    data, exchange = folder / "data", folder / "exchange"
    exchange.mkdir()
    try:
        made = subprocess.run(
            [str(python), "-m", "tillitverkstad", "--data-dir", str(data), "demo"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        workshop_id = made.stdout.split()[-1]
        app = subprocess.Popen(
            [str(python), __file__, "--app", str(data), workshop_id, str(exchange)],
            env=env,
            cwd=ROOT,
        )
        started.append(app)
        problems = 0
        for index, state in enumerate(STATES):
            published = exchange / f"{index}.json"
            deadline = time.monotonic() + WAIT_S
            while not published.exists():
                if time.monotonic() > deadline or app.poll() is not None:
                    print(f"the app did not show the {state}", file=sys.stderr)
                    return 2
                time.sleep(0.1)
            time.sleep(0.5)  # the bridge's caches follow the window's last changes
            qt = json.loads(published.read_text(encoding="utf-8"))
            problems += len(report(state, qt, bridge_side("Tillitverkstad"), full))
            (exchange / f"{index}.done").touch()
        app.wait(timeout=WAIT_S)
        print(f"\n{problems} differences in {len(STATES)} states")
        return 1 if problems else 0
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.terminate()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", type=Path, default=ROOT / ".venv" / "bin" / "python")
    parser.add_argument("--full", action="store_true", help="print every element shown")
    parser.add_argument(
        "--app", nargs=3, metavar=("DATA", "ID", "EXCHANGE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.app:
        data, workshop_id, exchange = args.app
        return run_app(Path(data), workshop_id, Path(exchange))
    if os.environ.get(INSIDE):
        return inside_session(args.python, args.full)
    env = dict(os.environ, **{INSIDE: "1"})
    command = ["dbus-run-session", "--", sys.executable, __file__, "--python", str(args.python)]
    return subprocess.call([*command, *(["--full"] if args.full else [])], env=env)


if __name__ == "__main__":
    sys.exit(main())
