#!/usr/bin/env python3
"""Record how Pydantic 2.10's EmailStr (with email-validator 2.2) reads e-mail addresses.

    chroot /opt/fastapi-peer python3 - < dsl/src/build/record_email.py > dsl/src/test/resources/pydantic/email.json

Each case validates a JSON value the way FastAPI does (json.loads, then Pydantic in Python mode)
and keeps either the error (type, msg, ctx) or the address as Pydantic hands it over (normalized).
Deliverability is not checked: Pydantic calls email-validator with check_deliverability=False.
"""
import json

from fastapi.encoders import jsonable_encoder
from pydantic import EmailStr, TypeAdapter, ValidationError

LONG_LOCAL = "a" * 64
INPUTS = [
    # valid, and how they are normalized
    '"user@example.com"', '"User@Example.COM"', '" user@example.com "', '"first.last+tag@sub.example.co.uk"',
    '"Info@example.com"', '"POSTMASTER@example.com"', '"a@b.co"', '"x_y-z!#$%&\'*+/=?^`{|}~@example.com"',
    '"user@EXAMPLE.com"', '"user@xn--bcher-kva.de"', '"user@b\\u00fccher.de"', '"\\u7528\\u6237@\\u4f8b\\u5b50.\\u5e7f\\u544a"',
    '"J\\u00f6rg@example.com"', '"user@sub-domain.example.com"', '"1@2.io"',
    '"John Doe <john@example.com>"', '"\\"John Doe\\" <john@example.com>"', '"John<john@example.com>"',
    '"' + LONG_LOCAL + '@example.com"',
    # invalid
    '""', '" "', '"plain"', '"@example.com"', '"user@"', '"user@@example.com"', '"user@localhost"',
    '"user@example"', '"user@example.123"', '"user@example.local"', '"user@sub.test"', '"user@x.invalid"',
    '"user@x.onion"', '"user@1.in-addr.arpa"', '"user@example.com."',
    '".user@example.com"', '"user.@example.com"', '"us..er@example.com"', '"user@.example.com"',
    '"user@example..com"', '"user@-example.com"', '"user@example-.com"', '"user@ex_ample.com"',
    '"us er@example.com"', '"user@exa mple.com"', '"\\"quoted\\"@example.com"', '"\\"q u\\"@example.com"',
    '"user@[127.0.0.1]"', '"user@[IPv6:::1]"', '"us(er@example.com"', '"us,er@example.com"', '"us\\\\er@example.com"',
    '"a' + LONG_LOCAL + '@example.com"', '"user@' + "a" * 64 + '.com"', '"user@' + ".".join(["a" * 63] * 4) + '.com"',
    '"' + "a" * 60 + '@' + ".".join(["b" * 60] * 3) + '.com"', '"' + "a" * 2049 + '"',
    '"user@ab--cd.com"', '"user@xn--zz.com"', '"user\\u0000@example.com"', '"user@example.com\\u200b"',
    '"us\\u200ber@example.com"', '"<user@example.com>"', '"Name <user@example.com"', '"Name <user@example.com> x"',
    '"user@example.com, other@example.com"', '"user@exam\\u00a0ple.com"', '"\\u0301user@example.com"',
    '"user@\\u2488.com"', '"user@example.c0m"', '"user@example.co1"', '"user@127.0.0.1"',
    '"user@example.com\\n"', '"\\tuser@example.com"', '"a@b@c.com"', '"user@EXAMPLE.COM "',
    '123', '1.5', 'true', 'null', '[]', '{}',
]


def record(text):
    value = json.loads(text)
    try:
        result = TypeAdapter(EmailStr).validate_python(value)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        out = {"type": err["type"], "msg": err["msg"]}
        if "ctx" in err:
            out["ctx"] = jsonable_encoder(err["ctx"])
        return {"input": text, "error": out}
    return {"input": text, "value": result}


print(json.dumps([record(text) for text in INPUTS], ensure_ascii=False, indent=1))
