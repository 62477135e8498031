"""Tokens, request size limits and response headers of the REST API."""

from __future__ import annotations

import json
import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(
    auto_error=False,
    description="Authorization: Bearer <token>. Writes need the `token` setting (WIRECODER_TOKEN); "
    "reads need `read_token` (or `token`) only when `read_token` is set.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _matches(given: str | None, *expected: str | None) -> bool:
    if not given:
        return False
    return any(e and secrets.compare_digest(given.encode(), e.encode()) for e in expected)


def _unauthorised(message: str) -> HTTPException:
    return HTTPException(status_code=401, detail=message, headers={"WWW-Authenticate": "Bearer"})


def require_write(request: Request, credentials: Credentials) -> None:
    token = request.app.state.token
    if not token:
        raise _unauthorised("writes are disabled: the server has no token (set WIRECODER_TOKEN)")
    if credentials is None:
        raise _unauthorised("this endpoint needs a token: send 'Authorization: Bearer <token>'")
    if not _matches(credentials.credentials, token):
        raise _unauthorised("the token is not valid")


def require_read(request: Request, credentials: Credentials) -> None:
    read_token = request.app.state.read_token
    if not read_token:
        return
    if credentials is None:
        raise _unauthorised("reading needs a token on this server: send 'Authorization: Bearer <token>'")
    if not _matches(credentials.credentials, read_token, request.app.state.token):
        raise _unauthorised("the token is not valid")


# --------------------------------------------------------------------------- ASGI middleware

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class LimitAndHeaders:
    """Rejects request bodies over ``max_bytes`` with 413 (by Content-Length, or by counting a
    chunked body before the app sees it) and adds the security headers to every response."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return await self._reject(send_with_headers, 400, "Content-Length is not a number")
            if size > self.max_bytes:
                return await self._too_large(send_with_headers, size)
            return await self.app(scope, receive, send_with_headers)
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE") and b"transfer-encoding" not in headers:
            return await self.app(scope, receive, send_with_headers)

        # a body without Content-Length: read it here, up to the limit, then replay it
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                return await self._too_large(send_with_headers, size)
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replay_receive():
            return replay.pop() if replay else await receive()

        return await self.app(scope, replay_receive, send_with_headers)

    async def _too_large(self, send, size: int):
        await self._reject(send, 413, f"request body too large: {size} bytes, the limit is {self.max_bytes} "
                                      "(setting max_request_bytes)")

    @staticmethod
    async def _reject(send, status: int, message: str):
        body = json.dumps({"detail": message}).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
