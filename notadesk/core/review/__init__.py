"""The paraaf round: the nota's reading form, redlines, comment anchors and the route.

Pure functions over the model; what is stored lives in ``core/storage/review.py``.
"""
