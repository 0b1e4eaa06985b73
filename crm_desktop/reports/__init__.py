"""PDF documents with reportlab. Never imports Qt."""
