"""The form panels of a draft window, one module each; the window only puts them together."""
