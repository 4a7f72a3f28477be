# The FastAPI app whose /openapi.json is models.openapi.json (FastAPI 0.115.11, Pydantic 2.10.6):
# aliased and titled fields, forbidden extras, enums and nested models in a model, embedded and
# multiple bodies, a custom operationId, response models.
from enum import Enum
from typing import List, Union, Optional
from fastapi import FastAPI, Body
from pydantic import BaseModel, Field
app = FastAPI()
class Color(str, Enum):
    red = "red"
    blue = "blue"
class Image(BaseModel):
    url: str
class Item(BaseModel):
    model_config = {"extra": "forbid"}
    full_name: str = Field(alias="fullName", description="who")
    color: Color
    ocolor: Optional[Color] = None
    dcolor: Color = Color.red
    images: List[Image] = []
    main: Image
    count: int = Field(default=1, title="How many", ge=0)
@app.post("/items/", response_model=Item, status_code=201)
async def create(item: Item, n: int = Body(gt=0)):
    return item
@app.put("/one/", response_model=List[Image])
async def one(image: Image = Body(embed=True)):
    return []
@app.put("/num/")
async def num(n: int = Body(), m: Union[str, None] = Body(default=None)):
    return []
@app.put("/single/", operation_id="custom_single")
async def single(n: int = Body(ge=1)):
    return []
