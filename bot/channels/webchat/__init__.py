"""The web chat: anyone can talk to the bot from a browser, at ``/``.

- ``chat``: the page, sending, the live stream of replies and the quick exit;
- ``visitors``: the signed cookie that makes a browser a visitor, and the form token;
- ``upload``: pictures of job ads sent from the page;
- ``plugin``: what the app lists.
"""
