"""Accessibility checks in a real headless browser (axe-core through axe-selenium-python), for any site."""
