"""Plain types and rules of the unit's work. Imports nothing of ours, no Qt, no SQL."""
