"""The window's dialogs: about, preferences, conflicts, the readiness check, the welcome view."""
