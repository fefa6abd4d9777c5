"""Rich text for the Text tab: QTextDocument <-> the nota's blocks, pasting, formatting."""
