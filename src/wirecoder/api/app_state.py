"""What an app holds in ``app.state`` for its routers: the store (opened with the app), the
configuration and the ``Coder``; the dependencies below hand them to the endpoints."""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from ..config import Config
from ..pipeline import Coder
from ..store import Store, open_store


class StoreHolder:
    """The app's store: opened with the app, closed at shutdown, opened again if the app is started
    again (test clients run the lifespan once per use). A store passed in is never closed here."""

    def __init__(self, url: str | None, config: Config, store: Store | None = None):
        self.url, self.config, self.store, self.owned = url, config, store, store is None
        self.lock = threading.Lock()

    def get(self) -> Store:
        store = self.store
        if store is None:
            with self.lock:
                if self.store is None:
                    self.store = open_store(self.url, self.config)
                store = self.store
        return store

    def close(self) -> None:
        with self.lock:
            if self.owned and self.store is not None:
                self.store.close()
                self.store = None

    def __getattr__(self, name):  # store.incidents(...) and friends
        return getattr(self.get(), name)


def app_store(request: Request) -> Store:
    return request.app.state.store.get()


def app_coder(request: Request) -> Coder:
    return request.app.state.coder


AppStore = Annotated[Store, Depends(app_store)]
AppCoder = Annotated[Coder, Depends(app_coder)]
