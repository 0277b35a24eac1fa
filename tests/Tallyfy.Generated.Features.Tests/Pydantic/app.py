# A third independent oracle of the features tests (PydanticOracleTests): pydantic v2, the model library behind
# FastAPI, the largest source of OpenAPI 3.1 documents in the wild. Its models below describe themselves (pydantic
# writes their JSON Schema, as FastAPI does for its documents) and judge what the generated client sends (pydantic
# reads each request body as FastAPI does, in its default lax mode) and answer with what pydantic writes of them.
#
#   python3 app.py spec  > ../Specs/pydantic.openapi.json    the OpenAPI document, as FastAPI lays it out
#   python3 app.py serve --port 5000                         the server: POST /<name> reads the body as that model
#
# The server prints "pydantic listening on http://127.0.0.1:PORT" when it is ready. A valid body is answered 200 with
# pydantic's JSON of the model read from it; an invalid one 422 with FastAPI's error body ({"detail": [...]}).
import json
import sys
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum, IntEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Annotated, Any, Generic, Literal, Optional, TypeVar, Union
from uuid import UUID

import pydantic
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, Json, SecretStr, TypeAdapter, ValidationError, computed_field


class Color(str, Enum):
    red = "red"
    light_blue = "light-blue"


class Level(IntEnum):
    low = 1
    high = 2


class Address(BaseModel):
    street: str
    city: Optional[str] = None


class Scalars(BaseModel):
    text: str
    count: int
    big: int
    ratio: float
    flag: bool
    when: datetime
    day: date
    at: time
    span: timedelta
    id: UUID
    price: Decimal
    color: Color
    level: Level
    home: Address
    nickname: Optional[str] = None
    tags: list[str] = []
    scores: dict[str, int] = {}
    previous: Optional[list[Address]] = None
    raw: bytes = b""


class Cat(BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(BaseModel):
    kind: Literal["dog"]
    good: bool
    name: Optional[str] = None


Pet = Annotated[Union[Cat, Dog], Field(discriminator="kind")]


class Owner(BaseModel):
    name: str = Field(min_length=1, max_length=40)
    pet: Pet
    pets: list[Pet] = []
    either: Union[int, str]
    maybe: Union[Address, list[str], None] = None
    anything: Any = None
    version: Literal["v1"] = "v1"


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    label: str = Field(alias="Label")


class Tree(BaseModel):
    label: str
    children: list["Tree"] = []


class More(BaseModel):
    created: datetime = datetime(2026, 1, 2, 3, 4, 5, 600000)
    stamps: list[Optional[int]] = []
    homes: dict[str, Address] = {}
    tree: Optional[Tree] = None
    unique: set[str] = set()
    pair: Optional[tuple[int, str]] = None
    site: Optional[HttpUrl] = None
    small: Optional[Literal[1, 2]] = None
    animal: Optional[Union[Cat, Dog]] = None
    shade: Optional[Color] = None


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int


class Extras(BaseModel):
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")
    secret: SecretStr
    blob: bytes = b""
    payload: Optional[Json[dict[str, int]]] = None
    page: Optional[Page[Address]] = None
    stamp: Optional[AwareDatetime] = None

    @computed_field
    @property
    def secret_length(self) -> int:
        return len(self.secret.get_secret_value())


# Each path's body: a model, or (as a FastAPI endpoint may take and return) a list of models or an optional model.
MODELS = {
    "scalars": TypeAdapter(Scalars),
    "owner": TypeAdapter(Owner),
    "open": TypeAdapter(Open),
    "closed": TypeAdapter(Closed),
    "more": TypeAdapter(More),
    "addresses": TypeAdapter(list[Address]),
    "maybe": TypeAdapter(Optional[Address]),
    "extras": TypeAdapter(Extras),
}

# FastAPI's own error schemas, as every FastAPI document carries them.
VALIDATION_ERRORS = {
    "HTTPValidationError": {
        "properties": {"detail": {"items": {"$ref": "#/components/schemas/ValidationError"}, "type": "array", "title": "Detail"}},
        "type": "object",
        "title": "HTTPValidationError",
    },
    "ValidationError": {
        "properties": {
            "loc": {"items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}, "type": "array", "title": "Location"},
            "msg": {"type": "string", "title": "Message"},
            "type": {"type": "string", "title": "Error Type"},
        },
        "type": "object",
        "required": ["loc", "msg", "type"],
        "title": "ValidationError",
    },
}


def spec():
    """The document FastAPI would write for one POST per model: the request body in pydantic's validation mode, the
    200 in its serialization mode (a model whose two modes differ is split into -Input and -Output, as FastAPI does)."""
    inputs = [((name, mode), mode, adapter) for name, adapter in MODELS.items() for mode in ("validation", "serialization")]
    refs, definitions = TypeAdapter.json_schemas(inputs, ref_template="#/components/schemas/{model}")
    paths = {}
    for name in MODELS:
        paths["/" + name] = {
            "post": {
                "summary": "Echo " + name,
                "operationId": "echo_" + name,
                "requestBody": {"content": {"application/json": {"schema": refs[((name, "validation"), "validation")]}}, "required": True},
                "responses": {
                    "200": {"description": "Successful Response", "content": {"application/json": {"schema": refs[((name, "serialization"), "serialization")]}}},
                    "422": {
                        "description": "Validation Error",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/HTTPValidationError"}}},
                    },
                },
            }
        }
    schemas = dict(definitions.get("$defs", {}))
    schemas.update(VALIDATION_ERRORS)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pydantic echo", "version": "0.1.0", "x-pydantic-version": pydantic.VERSION},
        "paths": paths,
        "components": {"schemas": dict(sorted(schemas.items()))},
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        name = self.path.strip("/")
        adapter = MODELS.get(name)
        if adapter is None:
            return self.answer(404, {"detail": "Not Found"})
        try:
            value = adapter.validate_json(body)
        except ValidationError as error:
            # As FastAPI reports a body's errors: each location starts at "body".
            detail = json.loads(error.json(include_url=False, include_context=False, include_input=False))
            for item in detail:
                item["loc"] = ["body", *item["loc"]]
            return self.answer(422, {"detail": detail})
        if name == "maybe" and value is not None and value.street == "":
            value = None  # as an endpoint returning Optional[...] answers what it did not find: 200 with null
        self.answer(200, None, adapter.dump_json(value, by_alias=True))

    def answer(self, status, document, raw=None):
        raw = raw if raw is not None else json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, format, *args):
        pass


def main():
    if sys.argv[1:2] == ["spec"]:
        json.dump(spec(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    elif sys.argv[1:2] == ["serve"] and sys.argv[2:3] == ["--port"]:
        server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[3])), Handler)
        print("pydantic listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
        server.serve_forever()
    else:
        sys.exit("usage: app.py spec | app.py serve --port PORT")


if __name__ == "__main__":
    main()
