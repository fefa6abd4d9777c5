"""The core of notadesk: model, storage, rendering and interchange. It never imports Qt."""
