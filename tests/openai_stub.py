"""A real HTTP server on loopback that speaks the OpenAI chat-completions protocol.

Each request pops the next scripted reply: text (streamed as SSE when asked), an HTTP status,
or a delay longer than the client's timeout. Requests are recorded for assertions.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    text: str = ""
    status: int = 200
    delay: float = 0.0
    cut: bool = False  # streamed: the connection closes half way, with no finish_reason
    pace: float = 0.0  # streamed: seconds between words


@dataclass
class Stub:
    replies: list[Reply] = field(default_factory=list)
    requests: list[dict] = field(default_factory=list)
    url: str = ""
    hung_up: int = 0  # streams the client closed before the end


def _completion(text: str) -> dict:
    return {
        "id": "stub-1", "object": "chat.completion", "created": int(time.time()), "model": "stub",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(delta: dict, finish: str | None = None) -> bytes:
    body = {"id": "stub-1", "object": "chat.completion.chunk", "created": int(time.time()), "model": "stub",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return f"data: {json.dumps(body)}\n\n".encode()


def serve(stub: Stub) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:  # noqa: N802
            try:
                self._reply()
            except (BrokenPipeError, ConnectionResetError):
                stub.hung_up += 1  # the client gave up: a timeout, or Stop

        def _reply(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            stub.requests.append(body)
            reply = stub.replies.pop(0) if stub.replies else Reply("NOT IN ARTICLES")
            time.sleep(reply.delay)
            if reply.status != 200:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps({"error": {"message": "stub error", "type": "stub"}}).encode())
                return
            if body.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                self.wfile.write(_chunk({"role": "assistant", "content": ""}))
                words = reply.text.split(" ")
                for word in words[: len(words) // 2] if reply.cut else words:
                    time.sleep(reply.pace)
                    self.wfile.write(_chunk({"content": word + " "}))
                    self.wfile.flush()
                if reply.cut:
                    self.close_connection = True
                    return
                self.wfile.write(_chunk({}, "stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                return
            data = json.dumps(_completion(reply.text)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    stub.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
