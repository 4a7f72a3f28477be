#!/usr/bin/env python3
"""Record how Pydantic 2.10 (the version behind the FastAPI originals) reads and writes the extra types.

    chroot /opt/fastapi-peer python3 - < dsl/src/build/record_pydantic.py > dsl/src/test/resources/pydantic/extra-types.json

Each case validates a JSON value the way FastAPI does (json.loads, then Pydantic in Python mode)
and keeps either the error (type, msg, ctx) or the value as Pydantic writes it inside a model
("pydantic") and as jsonable_encoder writes a plain value ("python"). Stdlib and Pydantic only.
"""
import datetime as dt
import decimal
import json

from fastapi.encoders import jsonable_encoder
from pydantic import AwareDatetime, NaiveDatetime, TypeAdapter, ValidationError

TYPES = {
    "datetime": dt.datetime,
    "aware_datetime": AwareDatetime,
    "naive_datetime": NaiveDatetime,
    "date": dt.date,
    "time": dt.time,
    "timedelta": dt.timedelta,
    "decimal": decimal.Decimal,
    "bytes": bytes,
}

COMMON = ['true', 'null', '[]', '{}', '""', '"x"']
INPUTS = {
    "datetime": COMMON + [
        '"2024-01-01T10:00:00"', '"2024-01-01T10:00:00Z"', '"2024-01-01t10:00:00z"', '"2024-01-01 10:00"',
        '"2024-01-01_10:00:00.5"', '"2024-01-01T10:00:00,123456789"', '"2024-01-01T10:00:00+05:30"',
        '"2024-01-01T10:00:00-0800"', '"2024-01-01T10:00:00\u221205:00"', '"2024-01-01T10:00:00+24:00"',
        '"2024-01-01T10:00:00+05:60"', '"2024-01-01T10:00:00+05"', '"2024-01-01T10:00:00+5:00"',
        '"2024-01-01T10:00:00Zx"', '"2024-01-01T24:00:00"', '"2024-01-01T10:60:00"', '"2024-01-01T10:00:60"',
        '"2024-01-01T10:00:00."', '"2024-01-01T1:00"', '"2024-01-01T10-00"', '"2024-01-01T10:00:0"',
        '"2024-01-01"', '"2024-01-01T"', '"2024-01-01x"', '"2024-02-29T00:00"', '"2023-02-29T00:00"',
        '"2024-13-01T00:00"', '"2024-00-01T00:00"', '"2024-04-31"', '"0000-01-01T00:00:00"', '"0000-01-01"',
        '"9999-12-31T23:59:59.999999"', '"yesterday"', '"2024-1-01"', '"2024/01/01"', '"20240101"',
        '"1700000000"', '"1700000000.5"', '"-1.5"', '"1e5"', '"+1700000000"',
        '0', '1700000000', '-1', '1700000000000', '1704164645000', '20000000000', '20000000001',
        '-62167219200', '-62167219201', '253402300799', '253402300800', '99999999999999999999',
        '1.5', '-1.5', '1700000000.123456789', '1e20', '1704164645000.5', '-0.0000001',
    ],
    "date": COMMON + [
        '"2024-01-01"', '"2024-02-29"', '"2023-02-29"', '"2024-01-01T00:00:00"', '"2024-01-01T00:00:00Z"',
        '"2024-01-01T00:00:00+02:00"', '"2024-01-01T10:00"', '"2024-01-01x"', '"0000-01-01"', '"20240101"',
        '"86400"', '"1700000000"', '"yesterday"', '"2024-13-01"', '0', '86400', '86401', '1.5', '1e20',
        '19723', '1704067200000',
    ],
    "time": COMMON + [
        '"10:00"', '"10:00:00"', '"10:00:00.5"', '"10:00:00,1234567"', '"10:00:00Z"', '"10:00+02:00"',
        '"23:59:59.999999"', '"24:00"', '"10:60"', '"10:00:60"', '"10:00:00."', '"1:00"', '"10-00"',
        '"10:00:00+24:00"', '"10:00x"', '"10"', '0', '3600', '86399', '86400', '-1', '1.5', '-0.5',
        '99999999999999999999', '4294967296',
    ],
    "timedelta": COMMON + [
        '0', '1', '-1', '3600', '86400', '-86401', '1.5', '-0.5', '86399.9999999', '1e20', '99999999999999999999',
        '86399999999913600', '86400000000000', '"P1D"', '"P1DT2H30M"', '"PT0.5S"', '"P1.5D"', '"P1W"',
        '"P1Y2M"', '"PT1H30.5M"', '"P1DT"', '"PT"', '"P"', '"-PT1S"', '"+P1D"', '"PT1H1H"', '"PTT1H"',
        '"P1.5DT1H"', '"PX"', '"P1"', '"PT1D"', '"P1H"', '"P4294967296D"', '"P999999999D"', '"P1000000000D"',
        '"01:30:00"', '"1:30:00"', '":30:00"', '"-01:30:00"', '"100:00:00"', '"99999999999:00:00"',
        '"1:2"', '"1:00:00.123456789"', '"1:00:00x"', '"1:00,00"', '"3600"', '"36000"', '"1 day"',
        '"2 days, 01:00:00"', '"1d"', '"1D 01:00:00"', '"1 days"', '"1dx"', '"1 Day"', '"1d 24:00:00"',
        '"1d,01:00:00"', '"an hour"', '"1.5"',
    ],
    "decimal": COMMON + [
        '"1.50"', '" 1.5 "', '"1_000.5"', '"1__0"', '"_1"', '"NaN"', '"-Infinity"', '"inf"', '"sNaN"',
        '"1e5"', '"1E-7"', '".5"', '"5."', '"+5"', '"abc"', '"1.2.3"', '"\uff11\uff12"',
        '0', '10', '-7', '99999999999999999999', '0.1', '1.0', '100.0', '1e16', '1.5e-7', '0.0001',
        '0.00001', '123456789.123', '1e-300',
    ],
    "bytes": COMMON + ['"abc"', '"\u00fc"', '1', '1.5'],
}
# Not recorded: Decimal('-0'), which Java's BigDecimal cannot hold (it has no negative zero).
INPUTS["aware_datetime"] = ['"2024-01-01T10:00:00"', '"2024-01-01T10:00:00Z"', '1700000000', '"2024-01-01"',
                            '"0000-01-01T00:00:00"']
INPUTS["naive_datetime"] = ['"2024-01-01T10:00:00"', '"2024-01-01T10:00:00+01:00"', '1700000000',
                            '"0000-01-01T00:00:00Z"']


def record(name, text):
    value = json.loads(text)
    try:
        result = TypeAdapter(TYPES[name]).validate_python(value)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        out = {"type": err["type"], "msg": err["msg"]}
        if "ctx" in err:
            out["ctx"] = jsonable_encoder(err["ctx"])
        return {"type": name, "input": text, "error": out}
    pydantic = json.loads(TypeAdapter(TYPES[name]).dump_json(result))
    return {"type": name, "input": text, "pydantic": pydantic, "python": jsonable_encoder(result)}


cases = [record(name, text) for name, texts in INPUTS.items() for text in texts]
print(json.dumps(cases, ensure_ascii=False, indent=1))
