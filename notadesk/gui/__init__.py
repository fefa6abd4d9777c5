"""The drafting window. The only package that imports Qt; it holds no domain rule."""
