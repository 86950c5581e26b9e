"""A TCP proxy on loopback in front of a real server (Dovecot, aiosmtpd, PostgreSQL) that misbehaves
on demand: it cuts a connection when a given string passes (before or after forwarding it), stalls
it there, slows every chunk down, or refuses new connections.

    proxy = FaultProxy(host, port)           # .port is where the bot connects
    proxy.cut_on(b"UID STORE", "up")         # the next time the client sends it: connection gone
    proxy.cut_on(b"\r\n.\r\n", "up", forward=True)   # the server gets it, the client never hears back
    proxy.stall_on(b"FETCH", "down")         # the server's answer stops there, the socket stays open
    proxy.delay = 0.005                      # every chunk waits 5 ms
    proxy.heal()                             # all of the above off
    proxy.drop_all()                         # cut every open connection now

"up" is client to server, "down" server to client. A rule fires once (on the first connection
whose stream shows it), then is gone.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"


@dataclass
class _Rule:
    pattern: bytes
    direction: str
    action: str  # "cut" | "stall"
    forward: bool


class FaultProxy:
    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.delay = 0.0
        self.refuse = False
        self.connections = 0
        self.fired: list[str] = []
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server((LOOPBACK, 0))
        self.host, self.port = LOOPBACK, self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True, name=f"proxy-{self.port}").start()

    # -- control ----------------------------------------------------------------------------------

    def cut_on(self, pattern: bytes, direction: str, forward: bool = False) -> None:
        self._add(_Rule(pattern, direction, "cut", forward))

    def stall_on(self, pattern: bytes, direction: str, forward: bool = False) -> None:
        self._add(_Rule(pattern, direction, "stall", forward))

    def heal(self) -> None:
        with self._lock:
            self._rules.clear()
        self.delay, self.refuse = 0.0, False

    def drop_all(self) -> None:
        with self._lock:
            sockets = list(self._open)
        for sock in sockets:
            _close(sock)

    def close(self) -> None:
        self._closed = True
        _close(self._listener)
        self.drop_all()

    def _add(self, rule: _Rule) -> None:
        if rule.direction not in ("up", "down"):
            raise ValueError("direction is 'up' or 'down'")
        with self._lock:
            self._rules.append(rule)

    # -- plumbing ---------------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.refuse:
                _close(client)
                continue
            try:
                server = socket.create_connection(self.target, timeout=10)
                server.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                self.connections += 1
                self._open.update((client, server))
            # Set when a rule fires: from then on neither direction forwards anything, so an answer
            # to what was forwarded last can never slip through.
            done = threading.Event()
            for source, sink, direction in ((client, server, "up"), (server, client, "down")):
                threading.Thread(target=self._pump, args=(source, sink, direction, client, server, done),
                                 daemon=True).start()

    def _take_rule(self, direction: str, seen: bytes) -> tuple[_Rule, int] | None:
        with self._lock:
            for rule in self._rules:
                if rule.direction == direction:
                    at = seen.find(rule.pattern)
                    if at >= 0:
                        self._rules.remove(rule)
                        self.fired.append(f"{rule.action} {direction} {rule.pattern!r}")
                        return rule, at
        return None

    def _pump(self, source, sink, direction, client, server, done: threading.Event) -> None:
        tail = b""  # the end of what passed before, so a pattern split over two chunks is found
        try:
            while True:
                chunk = source.recv(65536)
                if not chunk:
                    break
                if self.delay:
                    time.sleep(self.delay)
                if done.is_set():
                    continue  # cut or stalled: nothing more passes
                seen = tail + chunk
                found = self._take_rule(direction, seen)
                if found is None:
                    sink.sendall(chunk)
                    tail = seen[-256:]
                    continue
                done.set()
                rule, at = found
                # How much of this chunk goes through: up to the pattern, or up to its end.
                upto = max(at + (len(rule.pattern) if rule.forward else 0) - len(tail), 0)
                if upto:
                    sink.sendall(chunk[:upto])
                if rule.action == "cut":
                    # The client hears nothing more; the server sees the connection end.
                    _close(client)
                    time.sleep(0.2)  # what was forwarded reaches the server before it sees the end
                    _close(server)
                    return
                # Stall: nothing more passes either way, but the sockets stay open.
                while client.fileno() != -1 and not self._closed:
                    time.sleep(0.05)
                return
        except OSError:
            pass
        finally:
            _close(sink)
            _close(source)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass
