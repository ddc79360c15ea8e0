"""Signing in on the worked service, in headless Chromium, against the real test provider (npm
``oidc-provider`` shaped like Login.gov) on loopback, in English, Spanish and Arabic: a first answer
given, then from the start page's offer to the page before, the provider, and back to the service
signed in with the answer kept (with the pages' scripts off and on); signing out there and at the
provider; cancelling at the provider; and failing identity verification. axe-core checks each of our
pages on the way, in the person's language and direction.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from joserfc.jwk import RSAKey
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from a11y_tests.axe import check_page
from a11y_tests.tests.disaster_help_walk import translated
from demo_site import create_app
from demo_site.local_provider import CLIENT_ID, registration
from i18n.locales import LOCALES
from tests.oidc_provider import Provider, start_provider
from tests.servers import free_port, serve

pytestmark = pytest.mark.browser

PROVIDER = "Login.gov"
OFFER = "Sign in with %(provider)s to save your progress and see your application later."


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Provider]]:
    """The demo over real HTTP, its sign-in pointed at the test provider; and the provider."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig", "kid": "browser-test"})
    key_file = tmp_path_factory.mktemp("key") / "key.json"
    key_file.write_text(json.dumps(key.as_dict(private=True)))
    with start_provider([registration([url], {"keys": [key.as_dict(private=False)]})]) as provider:
        settings = {
            "FRONTDOOR_OIDC_ISSUER": provider.issuer,
            "FRONTDOOR_OIDC_CLIENT_ID": CLIENT_ID,
            "FRONTDOOR_OIDC_PRIVATE_KEY_FILE": str(key_file),
            "FRONTDOOR_OIDC_ACR_VALUES": "urn:acr.login.gov:verified",
        }
        saved = {name: os.environ.get(name) for name in settings}
        os.environ.update(settings)
        try:
            app = create_app()  # reads the settings now
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        with serve(app, port=port) as served:
            yield served, provider


def _page_scripts(driver: Any, *, enabled: bool) -> None:
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not enabled})


@pytest.fixture(params=[False, True], ids=["scripts-off", "scripts-on"])
def driver(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    """The shared browser with no cookies, the pages' own scripts off or on; on again afterwards."""
    browser.delete_all_cookies()
    browser.javascript = request.param
    _page_scripts(browser, enabled=request.param)
    try:
        yield browser
    finally:
        _page_scripts(browser, enabled=True)
        browser.delete_all_cookies()


class Person:
    """One person in the browser, in one language, who notes every axe violation on our pages."""

    def __init__(self, driver: Any, base: str, provider: str, lang: str) -> None:
        self.driver = driver
        self.base = base
        self.provider = provider
        self.lang = lang
        self.prefix = LOCALES[lang].url_prefix.rstrip("/")
        self.found: list[str] = []

    def our_page(self, heading: str) -> None:
        """The page shown now is ours, headed ``heading`` (in English: translated here), in the person's
        language and direction; axe-core checks it."""
        driver = self.driver
        assert driver.current_url.startswith(self.base), driver.current_url
        html = driver.find_element(By.TAG_NAME, "html")
        info = LOCALES[self.lang]
        assert (html.get_attribute("lang"), html.get_attribute("dir")) == (info.code, info.direction)
        assert driver.find_element(By.CSS_SELECTOR, "main h1").text == heading
        _page_scripts(driver, enabled=True)  # for axe-core alone, when the page's scripts are off
        try:
            for violation in check_page(driver):
                for node in violation.nodes:
                    self.found.append(f"{driver.current_url} [{self.lang}] {violation.rule}: {node.html}")
        finally:
            _page_scripts(driver, enabled=driver.javascript)

    def t(self, message: str, **variables: str) -> str:
        return translated(message, self.lang, **variables)

    def to_provider(self) -> None:
        """From the start page, through the offer and the page before, to the provider's page."""
        self.driver.get(f"{self.base}{self.prefix}/disaster-help")
        self.our_page(self.t("Get help after a disaster"))
        self.driver.find_element(By.LINK_TEXT, self.t(OFFER, provider=PROVIDER)).click()
        self.our_page(self.t("Sign in with %(provider)s", provider=PROVIDER))
        self.driver.find_element(By.CSS_SELECTOR, "main a.fd-button").click()
        self.arrive(self.provider)
        assert "TEST PROVIDER" in self.driver.find_element(By.TAG_NAME, "h1").text

    def arrive(self, address: str) -> None:
        """Wait until the browser shows a page whose address starts with ``address``."""
        try:
            WebDriverWait(self.driver, 10, 0.05).until(lambda driver: driver.current_url.startswith(address))
        except TimeoutException:
            raise AssertionError(f"{self.driver.current_url} is not {address}...") from None

    def press(self, selector: str) -> None:
        self.driver.find_element(By.CSS_SELECTOR, selector).click()


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_sign_in_keeps_the_answers_then_sign_out(driver: Any, site: tuple[str, Provider], lang: str) -> None:
    base, provider = site
    person = Person(driver, base, provider.issuer, lang)
    question = f"{base}{person.prefix}/disaster-help/apply/disaster-type"
    driver.get(f"{base}{person.prefix}/disaster-help/apply/")  # the task list: a draft of one's own
    driver.get(question)
    person.press("label[for=disaster-type-2]")  # Flood
    person.press("main form button[type=submit]")  # Continue
    person.arrive(f"{base}{person.prefix}/disaster-help/apply/disaster-date")

    person.to_provider()
    expected_lang = {"es": "es"}.get(lang, "en")  # Login.gov has no Arabic: English, its default
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == expected_lang
    person.press("button[value=sign-in]")
    person.arrive(f"{base}{person.prefix}/disaster-help/apply/tasks")
    person.our_page(person.t("Get help after a disaster"))  # the task list, the first task under way
    first_status = driver.find_element(By.CSS_SELECTOR, ".fd-task-list__item .fd-task-list__status")
    assert first_status.text == person.t("In progress")
    driver.get(question)
    assert driver.find_element(By.CSS_SELECTOR, "input[value=flood]").is_selected()

    sign_out = driver.find_element(By.CSS_SELECTOR, "header form.fd-sign-out button")
    assert sign_out.text == person.t("Sign out")
    sign_out.click()
    person.arrive(provider.issuer)
    person.press("button[value=yes]")
    person.arrive(f"{base}/signed-out?state=")  # with the state sent
    person.our_page(person.t("You have signed out"))
    assert not person.found, "\n".join(person.found)


@pytest.mark.parametrize("lang", ["en", "es", "ar"])
def test_cancel_and_could_not_verify(driver: Any, site: tuple[str, Provider], lang: str) -> None:
    base, provider = site
    person = Person(driver, base, provider.issuer, lang)
    person.to_provider()
    person.press("button[value=cancel]")
    person.arrive(f"{base}/sign-in/callback?")
    person.our_page(person.t("You did not sign in"))
    person.to_provider()
    person.press("button[value=exit]")
    person.arrive(f"{base}/sign-in/could-not-verify")
    person.our_page(person.t("We could not verify your identity"))
    assert not person.found, "\n".join(person.found)
