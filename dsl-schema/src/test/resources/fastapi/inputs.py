# The input kinds added after the seed tour's first examples, as FastAPI 0.115 documents them:
# forms and files, form and parameter models, literals, decimals (read and written), body-level
# examples, security schemes from dependencies, and a WebSocket route (not an HTTP operation).
# Recorded with FastAPI 0.115.11 / Pydantic 2.10.6:
#   python3 -c 'import json, inputs; print(json.dumps(inputs.app.openapi(), indent=2))'
from decimal import Decimal
from typing import Annotated, Literal

from fastapi import (APIRouter, Body, Cookie, Depends, FastAPI, File, Form, Header, Query, Security,
                     UploadFile, WebSocket)
from fastapi.security import APIKeyHeader, HTTPBearer, OAuth2PasswordBearer
from pydantic import BaseModel, Field

api_key = APIKeyHeader(name="X-API-Key")
oauth2 = OAuth2PasswordBearer(tokenUrl="token", scopes={"me": "Read yourself", "items": "Read items"})
bearer = HTTPBearer()

app = FastAPI(dependencies=[Depends(api_key)])
router = APIRouter(prefix="/secure", dependencies=[Depends(bearer)])


@app.post("/forms/")
def forms(
    name: Annotated[str, Form(min_length=2)],
    files: Annotated[list[UploadFile], File()],
    note: Annotated[str | None, Form()] = None,
    count: Annotated[int, Form()] = 1,
    thumb: Annotated[bytes | None, File()] = None,
):
    return {}


class Login(BaseModel):
    username: str
    remember: bool = False


@app.post("/login/")
def login(data: Annotated[Login, Form()]):
    return data


class Filter(BaseModel):
    kind: Literal["all"] = "all"
    order: Literal["asc", "desc"]
    limit: int = Field(10, gt=0)


@app.get("/filter/")
def filter_items(f: Annotated[Filter, Query()], x_trace: Annotated[str | None, Header()] = None):
    return f


class Session(BaseModel):
    session: str
    theme: Literal["dark", "light"] = "dark"


@app.get("/session/")
def session(c: Annotated[Session, Cookie()]):
    return c


class Price(BaseModel):
    amount: Decimal = Field(ge=0)
    currency: str = "EUR"


class Order(BaseModel):
    price: Price
    qty: int


@app.post("/orders/", response_model=Order)
def order(order: Order, discount: Annotated[Decimal | None, Query(gt=0, le=1)] = None):
    return order


@app.get("/prices/{pid}", response_model=Price)
def price(pid: int):
    return Price(amount=1)


@app.put("/notes/{nid}")
def note(
    nid: int,
    text: Annotated[str, Body(examples=["hello"])],
    price: Annotated[Price, Body(examples=[{"amount": 1.5}])],
):
    return {}


@app.put("/single/")
def single(price: Annotated[Price, Body(examples=[{"amount": 2}, {"amount": 3, "currency": "USD"}])]):
    return {}


@router.get("/me")
def me(token=Security(oauth2, scopes=["me"])):
    return {}


@router.get("/items")
def items(token=Security(oauth2, scopes=["items", "me"]), again=Security(oauth2, scopes=["items", "me"])):
    return {}


app.include_router(router)


@app.websocket("/ws")
async def ws(websocket: WebSocket):
    await websocket.accept()
