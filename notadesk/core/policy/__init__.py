"""Rules as pure functions over the data in ``resources/``: vocabulary, markings, Woo grounds."""
