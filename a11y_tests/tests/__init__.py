"""The accessibility checker's own tests, its deliberately broken site, and our demo site's browser checks."""
