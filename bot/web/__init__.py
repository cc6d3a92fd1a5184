"""The aiohttp server: webhooks, web chat, operator console, health."""
