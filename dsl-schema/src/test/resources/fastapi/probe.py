# The FastAPI app whose /openapi.json is probe.openapi.json (FastAPI 0.115.11, Pydantic 2.10.6),
# recorded with ../shared/fastapi/run.sh's chroot. It covers what the seed tour does not:
# parameter metadata, enum defaults, sets, float bounds, hidden and aliased parameters, extra
# responses without descriptions, a root path and a 204.
from enum import Enum
from typing import List, Set, Union
from uuid import UUID
from fastapi import FastAPI, Query, Header, Path, Cookie, Depends
app = FastAPI(root_path="/api")
class Color(str, Enum):
    red = "red"
    blue = "blue"
@app.get("/probe/{pid}", deprecated=True, tags=["a"], responses={404: {"description": "Missing"}, 418: {}, 299: {}}, status_code=201, description="Line one\n\fhidden")
async def probe(
    pid: UUID = Path(description="the id"),
    q: Union[str, None] = Query(default=None, description="a query", deprecated=True, examples=["x", "y"], min_length=2, pattern="^a"),
    color: Color = Color.red,
    colors: List[Color] = Query(default=[]),
    tags: Set[str] = Query(default=set()),
    price: float = Query(default=1.5, gt=0, le=10.0, multiple_of=0.5),
    hidden: int = Query(default=3, include_in_schema=False),
    alias_me: int = Query(default=1, alias="aliased-name", title="Custom"),
    ocolor: Union[Color, None] = None,
):
    return {}
@app.delete("/gone", status_code=204)
async def gone(x: int = 1):
    return None
