"""Articles and free-text question matching (see ``matcher`` and ``docs/content.md``)."""
