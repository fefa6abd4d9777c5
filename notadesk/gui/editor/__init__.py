"""The editor of one draft: a tab per part of the nota."""
