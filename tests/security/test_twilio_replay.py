"""Finding 7: a signed Twilio webhook replayed as a new message.

Twilio's signature is the URL followed by every parameter's name and value, sorted,
with no separator. Moving the parameter after ``MessageSid`` (``NumMedia=0``) into
``MessageSid``'s value keeps the very same signed string, so the signature holds while
the message id is new: each such request was a new message (three escalations from
one signed "SOS"). Now ``MessageSid`` must look like a Twilio message id and
``AccountSid`` must be ours.
"""

from __future__ import annotations

import asyncio
import secrets

import pytest

from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

PERSON = "+992900000123"


async def test_a_signed_sos_moved_into_the_message_id_is_refused(serve, rclient) -> None:  # type: ignore[no-untyped-def]
    twilio = await FakeTwilio().start()
    try:
        s = serve(TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM=TWILIO_NUMBER,
                  TWILIO_API_BASE_URL=twilio.base_url, PUBLIC_URL=twilio.public_url, SMS_REPLY_WAIT_SECONDS="1")
        twilio.route_to = s.base
        sid = "SM" + secrets.token_hex(16)
        params = {"MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": PERSON, "To": TWILIO_NUMBER, "Body": "SOS",
                  "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        signature = twilio.sign(twilio.public_url + "/sms/twilio", params)
        status, _ = await twilio.webhook(twilio.public_url + "/sms/twilio", params, signature=signature)
        assert status == 200
        for _ in range(100):
            if await rclient.zcard(s.keys.queue()):
                break
            await asyncio.sleep(0.1)
        assert await rclient.zcard(s.keys.queue()) == 1

        # the same signature, the next parameter moved into MessageSid: a "new" message
        forged = dict(params)
        del forged["NumMedia"]
        forged["MessageSid"] = sid + "NumMedia" + "0"
        assert twilio.sign(twilio.public_url + "/sms/twilio", forged) == signature  # the signature still holds
        for variant in (forged, {**params, "MessageSid": sid.lower().replace("sm", "xx", 1)}):
            status, _ = await twilio.webhook(twilio.public_url + "/sms/twilio", variant, signature=twilio.sign(
                twilio.public_url + "/sms/twilio", variant))
            assert status == 400
        # signed right, but for another Twilio account
        other = {**params, "MessageSid": "SM" + secrets.token_hex(16), "AccountSid": "AC" + "1" * 32}
        status, _ = await twilio.webhook(twilio.public_url + "/sms/twilio", other)
        assert status == 400
        await asyncio.sleep(1.5)
        assert not await rclient.exists(s.keys.dedup("sms", forged["MessageSid"]))
        pending = [await rclient.xlen(s.keys.inbox(p)) for p in range(16)]
        assert sum(pending) == 0 and await rclient.zcard(s.keys.queue()) == 1
        case = (await rclient.zrange(s.keys.queue(), 0, 0))[0]
        assert await rclient.llen(s.keys.case_msgs(case)) <= 2  # no second "SOS" was added
    finally:
        await twilio.stop()
