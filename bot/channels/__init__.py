"""Channel adapters: they turn provider payloads into ``Inbound`` and render ``Reply``."""
