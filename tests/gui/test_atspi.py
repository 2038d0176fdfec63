#!/usr/bin/python3
"""Reads the doctor's window through AT-SPI, as a screen reader (Orca) would.

Starts AccessibilityHost (path in argv[1]) with Qt's Linux accessibility bridge on, under the AT-SPI bus of the
current D-Bus session (at-spi2-core, activated on demand), then finds in the accessibility tree: the identifier field
by its label, and (on the Del 2 step) the cause-of-death lines A-D by their labels. Needs an X server (Xvfb) and
python3-pyatspi; prints why and exits 77 (skip) when either is missing.
"""
import os
import subprocess
import sys
import time

SKIP = 77


def skip(reason):
    # Said the way QtTest says it, so ctest's skip expression and the skip report see it too.
    print("skip: " + reason)
    print("Totals: 0 passed, 0 failed, 1 skipped")
    return SKIP


def main():
    if not os.environ.get("DISPLAY"):
        return skip("no X server (run under tests/support/with-test-session.sh)")
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        return skip("python3-pyatspi is not installed (.ci/install-deps.sh installs it)")
    import pyatspi

    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env["QT_ACCESSIBILITY"] = "1"
    env["QT_QPA_PLATFORM"] = "xcb"
    # Make sure the accessibility bus is up before Qt asks for it.
    subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                    "org.a11y.Bus.GetAddress"], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    host = subprocess.Popen([sys.argv[1]], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        if not wait_line(host, "ready identify"):
            print("FAIL: the window did not come up")
            return 1
        app = find_app(pyatspi, host.pid)
        if app is None:
            print("FAIL: the application is not on the AT-SPI bus")
            return 1
        entries = collect(pyatspi, app, {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT})
        names = [name for name, _ in entries]
        print("text fields on the identify step:", names)
        if "Fødselsnummer eller D-nummer" not in names:
            print("FAIL: no text field labelled 'Fødselsnummer eller D-nummer'")
            return 1
        host.stdin.write("causes\n")
        host.stdin.flush()
        if not wait_line(host, "ready causes"):
            print("FAIL: the Del 2 step did not come up")
            return 1
        time.sleep(1.0)
        app = find_app(pyatspi, host.pid)
        inputs = collect(pyatspi, app, {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX})
        names = [name for name, _ in inputs if name]
        # Each cause line A-D, by the label a screen reader reads for its code field (as NHN's form words them).
        labels = {"A": "Umiddelbar dødsårsak A", "B": "Som følge av B", "C": "Som følge av C", "D": "Som følge av D"}
        found = {line: [name for name in names if name.startswith(label)] for line, label in labels.items()}
        print("cause-line inputs:", found)
        missing = [line for line, hits in found.items() if not hits]
        if missing:
            print("FAIL: no input labelled for cause line(s) %s" % ", ".join(missing))
            return 1
        print("PASS")
        return 0
    finally:
        try:
            host.stdin.close()
        except OSError:
            pass
        try:
            host.wait(timeout=20)
        except subprocess.TimeoutExpired:
            host.kill()


def wait_line(process, expected, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            return False
        if line.strip() == expected:
            return True
        if line.startswith("error"):
            print(line.strip())
            return False
    return False


def find_app(pyatspi, pid, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:  # an application that left meanwhile
                continue
        time.sleep(0.5)
    return None


def collect(pyatspi, node, roles, depth=0, found=None):
    found = [] if found is None else found
    if node is None or depth > 60:
        return found
    try:
        role = node.getRole()
        if roles is None or role in roles:
            found.append((node.name, role))
        for index in range(node.childCount):
            collect(pyatspi, node.getChildAtIndex(index), roles, depth + 1, found)
    except Exception:
        pass
    return found


if __name__ == "__main__":
    sys.exit(main())
