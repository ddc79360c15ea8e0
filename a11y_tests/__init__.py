"""Accessibility checks in a real headless browser (axe-core and checks of our own), for any site."""
