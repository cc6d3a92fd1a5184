"""python-telegram-bot's networking on aiohttp instead of httpx.

Why this is written here: python-telegram-bot ships only an httpx backend, and
documents ``telegram.request.BaseRequest`` as the extension point for another.
In the profile of the whole path at full load (bench/README.md, "webhook"),
httpx, httpcore and anyio took about half of the CPU time spent on one message,
much of it in a failed ``import sniffio`` repeated on every request. aiohttp is
already our HTTP stack (server and clients), so its pooled client does the same
job for a fraction of the cost. Requests go as one JSON body (the Bot API
accepts ``application/json``; cheaper than URL-encoding every field), or as
multipart when files are sent; PTB itself turns status codes and payloads into
its errors.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

JSON = {"Content-Type": "application/json"}


class AiohttpRequest(BaseRequest):
    """One pooled aiohttp session for Bot API calls (created in ``initialize``)."""

    def __init__(self, *, pool_size: int = 64, connect_timeout: float = 10.0, read_timeout: float = 15.0,
                 write_timeout: float = 15.0) -> None:
        self._pool_size = pool_size
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE, write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()  # (the session is made in the running loop, on first use)
        assert self._session is not None
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        write = self._write_timeout if isinstance(write_timeout, DefaultValue) else write_timeout
        data: Any = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if request_data.contains_files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, (filename, content, mimetype) in request_data.multipart_data.items():
                    form.add_field(name, content, filename=filename, content_type=mimetype)
                data = form
            else:
                data = orjson.dumps(request_data.parameters)
                headers = JSON
        # aiohttp has no write timeout of its own: the whole exchange is bounded instead
        total = None if read is None else read + (write or 0) + (connect or 0)
        timeout = aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)
        try:
            async with self._session.request(method, url, data=data, headers=headers, timeout=timeout) as resp:
                return resp.status, await resp.read()
        except TimeoutError as exc:
            raise TimedOut() from exc
        except aiohttp.ClientError as exc:
            # the class name only: a message could carry the URL, and the URL holds the token
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc
