"""Reusable widgets of the facilitator window (some are shared with the shared screen)."""
