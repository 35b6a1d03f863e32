"""What a user without Minutes would run instead: the references our figures are divided by.

Each baseline does strictly the same visible work as the figure it stands beside (same
paragraphs, same draft bytes, same window state) and nothing more, so a ratio below 1 means we
are faster than the usual way of doing it.
"""
