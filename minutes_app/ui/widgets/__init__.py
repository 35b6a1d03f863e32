"""Small reusable widgets of the editor (nullable dates, list editors, completing line edits)."""
