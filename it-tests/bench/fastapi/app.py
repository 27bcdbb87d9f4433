"""The benchmark endpoints in FastAPI, served by uvicorn with one worker.

Every endpoint is ``async def`` so it runs on the event loop, like the Kiln app's ``@NonBlocking``
operations. Written for the Debian packages (FastAPI 0.92, Pydantic 1.10) and for Pydantic 2.

Run: ``/usr/bin/python3 -m uvicorn app:app --host 127.0.0.1 --port 8000 --no-access-log``
"""
from typing import List, Optional

import pydantic
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field

# Pydantic 1 calls the regular-expression constraint `regex`, Pydantic 2 `pattern`.
_PATTERN = "pattern" if pydantic.VERSION.startswith("2") else "regex"

app = FastAPI()


class Message(BaseModel):
    message: str


class ItemEcho(BaseModel):
    id: int
    q: Optional[str] = None


class Item(BaseModel):
    # non-blank: at least one character that is not white space (Pydantic 1 anchors at the start)
    name: str = Field(..., **{_PATTERN: r"^\s*\S"})
    price: float = Field(..., ge=0)
    quantity: int
    tags: List[str]
    active: bool
    sku: str = Field(..., **{_PATTERN: r"^[A-Z]{3}-[0-9]{4}$"})


@app.get("/plaintext", response_class=PlainTextResponse)
async def plaintext() -> str:
    return "Hello, World!"


@app.get("/json", response_model=Message)
async def json() -> Message:
    return Message(message="Hello, World!")


@app.get("/items/{id}", response_model=ItemEcho)
async def read_item(id: int, q: Optional[str] = None) -> ItemEcho:
    return ItemEcho(id=id, q=q)


@app.post("/items", response_model=Item)
async def create_item(item: Item) -> Item:
    return item
