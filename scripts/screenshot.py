"""README screenshot: ask a question on a running server in headless Chromium and save the page.

    python scripts/screenshot.py --url http://127.0.0.1:7860 --out docs/screenshot.png

Needs Debian's ``chromium`` and ``fonts-noto-cjk`` (Chinese renders as boxes without them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python scripts/screenshot.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default="http://127.0.0.1:7860")
    p.add_argument("--question", default="中宁县残疾儿童康复救助的对象和救助标准是什么？")
    p.add_argument("--out", default="docs/screenshot.png")
    p.add_argument("--open-card", action="store_true", help="open the first citation card")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the answer")
    p.add_argument("--chromium", default="/usr/bin/chromium")
    args = p.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=args.chromium, headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1360, "height": 980}, device_scale_factor=1)
        page.goto(args.url, wait_until="domcontentloaded")  # Gradio never reaches "networkidle"
        box = page.locator("#pq-input textarea")
        box.wait_for()
        box.fill(args.question)
        box.press("Enter")
        page.locator("#pq-chat .pq-card").first.wait_for(timeout=args.timeout * 1000)
        if args.open_card:
            page.locator("#pq-chat .pq-card summary").first.click()
        page.wait_for_timeout(800)
        page.screenshot(path=args.out, full_page=False)
        browser.close()
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
