"""The HTML report in a real headless browser: Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from figures.report import writers
from tests.report.conftest import report_for

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REPORTS = Path(__file__).resolve().parents[2] / "reports"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if CHROMIUM is None:
    # CI installs chromium (.ci/run) and sets FIGURES_REQUIRE_BROWSER, so these tests cannot be skipped there.
    if os.environ.get("FIGURES_REQUIRE_BROWSER"):
        raise RuntimeError("chromium is not installed: `apt-get install chromium`")
    pytest.skip("chromium is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def open_report(browser, tmp_path):
    pages = []

    def open_(report):
        path = tmp_path / "figures.html"
        path.write_text(writers()["html"].render(report), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1200, "height": 1300})
        events = {"console": [], "requests": [], "dialogs": []}
        page.on("console", lambda message: events["console"].append((message.type, message.text)))
        page.on("pageerror", lambda error: events["console"].append(("pageerror", str(error))))
        page.on("request", lambda request: events["requests"].append(request.url))
        page.on("dialog", lambda dialog: (events["dialogs"].append(dialog.message), dialog.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        pages.append(page)
        return page, events, path

    yield open_
    for page in pages:
        page.close()


def test_seed_report_loads_clean_and_a_flagged_number_opens_its_finding(open_report, seed_report):
    page, events, path = open_report(seed_report)
    assert events["console"] == []
    assert events["requests"] == [path.as_uri()]  # nothing fetched but the page itself
    flagged = page.locator("button.claim", has_text="$2.4 billion")
    assert flagged.get_attribute("class") == "claim flagged"
    panel = page.locator(f"#{flagged.get_attribute('aria-controls')}")
    assert panel.is_hidden()
    flagged.click()
    assert panel.is_visible() and flagged.get_attribute("aria-expanded") == "true"
    assert "FIG301" in panel.inner_text() and "GE_RU_TRADE_TURNOVER" in panel.inner_text()
    assert panel.locator("svg").count() == 1  # the reference series chart
    REPORTS.mkdir(exist_ok=True)
    page.screenshot(path=str(REPORTS / "html-report.png"))
    page.keyboard.press("Escape")
    assert panel.is_hidden()


def test_numbers_are_reachable_from_the_keyboard(open_report, seed_report):
    page, _, _ = open_report(seed_report)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('claim')"):
            break
    focused = page.evaluate("document.activeElement.getAttribute('aria-controls')")
    assert focused
    page.keyboard.press("Enter")
    assert page.locator(f"#{focused}").is_visible()


def test_an_article_with_injected_markup_runs_nothing(open_report, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "<script>window.__pwned = 1; alert('x')</script> Trade turnover between Georgia and Russia in 2024 "
        "reached $2.4 billion. <img src=x onerror=\"window.__pwned = 2\"> Exports rose 7% in 2024.\n",
        encoding="utf-8",
    )
    page, events, path = open_report(report_for([str(evil)]))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert events["dialogs"] == [] and events["requests"] == [path.as_uri()]
    assert page.locator("img").count() == 0
    text = page.locator(".article").first.inner_text()
    assert "<script>window.__pwned = 1" in text and 'onerror="window.__pwned = 2"' in text
