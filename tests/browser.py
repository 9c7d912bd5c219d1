"""A real headless Chromium for tests and screenshots, driven over the DevTools protocol.

Debian's `chromium` is started with its own throw-away profile and a DevTools port
that it picks itself (`--remote-debugging-port=0`, read back from
`DevToolsActivePort`), so parallel runs never collide. `pychrome` (a test extra)
speaks the protocol: each page is opened from disk (file://, no server), every
console message, uncaught exception and browser log entry (a refused load, a CSP
violation) is collected, and the page's text is read from its DOM.

`python -m tests.browser screenshots PAGE DIR` writes DIR/timeline-390.png and
DIR/timeline-1280.png (the top of the page at phone and desktop widths) for the README.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
NAMES = ("chromium", "chromium-browser")


def executable() -> str | None:
    """Debian's chromium, if installed."""
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class Loaded:
    """What a page showed and said once loaded."""

    messages: list[str] = field(default_factory=list)
    """Console messages of level error or warning, exceptions, and browser log errors."""
    value: Any = None
    """The value of the script evaluated after load."""
    overflow: int = 0
    """How many CSS pixels the page is wider than the viewport (0: no sideways scrolling)."""


class Chromium:
    """One headless browser process; use `running()`."""

    def __init__(self, path: str, profile: Path) -> None:
        self.profile = profile
        # Chromium writes its own logs to stderr: keep them out of the test output.
        self.process = subprocess.Popen(
            [path, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port = self._port(timeout=60)
        import pychrome

        self.browser = pychrome.Browser(url=f"http://127.0.0.1:{port}")

    def _port(self, timeout: float) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            if marker.exists():
                first = marker.read_text().split("\n", 1)[0].strip()
                if first.isdigit():
                    return int(first)
            time.sleep(0.05)
        raise RuntimeError("chromium did not open its DevTools port within 60 s")

    def load(
        self,
        page: Path,
        width: int,
        height: int = 900,
        script: str = "null",
        screenshot: Path | None = None,
        media: str = "",
    ) -> Loaded:
        """Open the file at a viewport width, wait for load, evaluate `script`, maybe shoot it.

        `media="print"` lays the page out as for printing.
        """
        tab = self.browser.new_tab()
        loaded = Loaded()
        done = threading.Event()

        def console(**event: Any) -> None:
            if event.get("type") in ("error", "warning", "assert"):
                args = event.get("args", [])
                text = " ".join(str(a.get("value", a.get("description", ""))) for a in args)
                loaded.messages.append(f"console.{event['type']}: {text}")

        def exception(**event: Any) -> None:
            details = event.get("exceptionDetails", {})
            thrown = details.get("exception", {}).get("description")
            loaded.messages.append(f"exception: {details.get('text', '')} {thrown or ''}".strip())

        def log(**event: Any) -> None:
            entry = event.get("entry", {})
            if entry.get("level") in ("error", "warning"):
                where = f" ({entry['url']})" if entry.get("url") else ""
                loaded.messages.append(f"log.{entry.get('level')}: {entry.get('text')}{where}")

        tab.set_listener("Runtime.consoleAPICalled", console)
        tab.set_listener("Runtime.exceptionThrown", exception)
        tab.set_listener("Log.entryAdded", log)
        tab.set_listener("Page.loadEventFired", lambda **_: done.set())
        tab.start()
        try:
            for domain in (tab.Page, tab.Runtime, tab.Log):
                domain.enable(_timeout=30)
            tab.Emulation.setDeviceMetricsOverride(
                width=width, height=height, deviceScaleFactor=1, mobile=width < 600, _timeout=30
            )
            tab.Emulation.setEmulatedMedia(media=media, _timeout=30)
            tab.Page.navigate(url=page.resolve().as_uri(), _timeout=30)
            if not done.wait(30):
                raise RuntimeError(f"{page} did not finish loading within 30 s")
            loaded.value = _evaluate(tab, script)
            loaded.overflow = int(
                _evaluate(tab, "document.documentElement.scrollWidth - window.innerWidth")
            )
            if screenshot is not None:
                _screenshot(tab, width, height, screenshot)
            time.sleep(0.2)  # let late log entries arrive before the tab stops
        finally:
            _stop(tab)
            self.browser.close_tab(tab)
        return loaded

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _stop(tab: Any) -> None:
    """Stop pychrome's reader thread before its socket closes.

    pychrome 0.2.4's `Tab.stop()` closes the socket while its reader thread may be
    blocked in `recv()`, which then returns '' and dies on `json.loads('')` (a
    thread exception pytest reports). Signalling the threads first and letting the
    reader's 1 s poll run out avoids that race.
    """
    tab._stopped.set()
    tab._recv_th.join(5)
    tab._handle_event_th.join(5)
    tab.status = tab.status_stopped
    if tab._ws:
        tab._ws.close()


def _evaluate(tab: Any, script: str) -> Any:
    result = tab.Runtime.evaluate(expression=script, returnByValue=True, _timeout=30)
    if "exceptionDetails" in result:
        raise RuntimeError(f"script failed: {result['exceptionDetails']}")
    return result["result"].get("value")


def _screenshot(tab: Any, width: int, height: int, path: Path) -> None:
    """The top `height` pixels of the page (all of it when shorter)."""
    metrics = tab.Page.getLayoutMetrics(_timeout=30)
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    clip = {"x": 0, "y": 0, "width": width, "height": min(height, size["height"]), "scale": 1}
    shot = tab.Page.captureScreenshot(
        format="png", clip=clip, captureBeyondViewport=True, _timeout=60
    )
    path.write_bytes(base64.b64decode(shot["data"]))


@contextmanager
def running(path: str | None = None) -> Iterator[Chromium]:
    """A browser for the duration of the block; its profile is deleted afterwards."""
    binary = path or executable()
    if binary is None:
        raise RuntimeError("chromium is not installed: apt-get install -y chromium")
    profile = Path(tempfile.mkdtemp(prefix="timeline-chromium-"))
    browser = Chromium(binary, profile)
    try:
        yield browser
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)


SHOTS = {390: 1500, 1280: 1000}
"""Width and height of each screenshot: two phone screens, one desktop screen."""


def screenshots(page: Path, folder: Path) -> list[Path]:
    """Screenshots of the top of the page at phone and desktop widths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with running() as browser:
        for width, height in SHOTS.items():
            target = folder / f"timeline-{width}.png"
            loaded = browser.load(page, width, height, screenshot=target)
            if loaded.messages:
                raise RuntimeError(f"{page} at {width} px: {loaded.messages}")
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "screenshots":
        print("usage: python -m tests.browser screenshots PAGE DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    for path in screenshots(Path(argv[1]), Path(argv[2])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
