"""Every Redis key of the program, built in one place.

All keys share one hash tag (``{hamroh}`` by default, ``REDIS_PREFIX``), so that
multi-key Lua scripts also run on Redis Cluster (every key in one slot). Keys that a
script builds itself are documented at the script (``bot/storage/scripts/*.lua``)
and here, beside the key they derive from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    """Builds every key name. One place, one hash tag (see module docstring)."""

    prefix: str = "hamroh"

    @property
    def tag(self) -> str:
        return "{" + self.prefix + "}"

    # conversation state (commands in bot/storage/state.py) ---------------------------------
    def user(self, user: str) -> str:
        """Hash: one person's conversation state (TTL ``STATE_TTL_DAYS``)."""
        return f"{self.tag}:u:{user}"

    # inbox (commands in bot/storage/inbox.py) -----------------------------------------------
    def inbox(self, partition: int) -> str:
        """Stream: accepted inbound messages of one partition."""
        return f"{self.tag}:in:{partition}"

    def dedup(self, channel: str, message_id: str) -> str:
        """String: marks a provider message id as accepted (TTL 1 day)."""
        return f"{self.tag}:dd:{channel}:{message_id}"

    def intake(self, user: str) -> str:
        """String: how many messages a person sent this minute, counted at intake (TTL 60 s)."""
        return f"{self.tag}:in:{user}"

    def lease(self, partition: int) -> str:
        """String: the worker that owns a partition (PX lease)."""
        return f"{self.tag}:lease:{partition}"

    def workers(self) -> str:
        """Sorted set: live worker ids scored by their last heartbeat (ms)."""
        return f"{self.tag}:workers"

    # knowledge / job check -------------------------------------------------------------
    def agencies(self) -> str:
        """Hash: the registry of licensed agencies: normalised licence number -> JSON row, ``_meta`` -> import."""
        return f"{self.tag}:agencies"

    # handover ------------------------------------------------------------------------
    def case(self, ref: str) -> str:
        """Hash: one case (see ``bot.handover.queue``). Scripts build it as ``case_prefix() + ref``."""
        return f"{self.tag}:case:{ref}"

    def case_prefix(self) -> str:
        """Prefix of ``case(ref)``: the case scripts build a case's hash as prefix .. ref (also
        ``case_msgs``, ``case_notes``, ``case_pictures``, ``sms_failures`` from '@REF@' templates)."""
        return f"{self.tag}:case:"

    def case_msgs(self, ref: str) -> str:
        """List: a case's conversation (JSON items)."""
        return f"{self.tag}:case:{ref}:m"

    def case_notes(self, ref: str) -> str:
        """List: operator notes of a case (JSON items)."""
        return f"{self.tag}:case:{ref}:n"

    def queue(self) -> str:
        """Sorted set: waiting cases by rank then age."""
        return f"{self.tag}:queue"

    def claimed(self) -> str:
        """Sorted set: claimed cases by lease deadline (ms)."""
        return f"{self.tag}:claimed"

    def urgent_due(self) -> str:
        """Sorted set: waiting urgent cases by the time of their next announcement (ms)."""
        return f"{self.tag}:urgent_due"

    def open_cases(self) -> str:
        """Hash: user key -> ref of their open case (one open case per person)."""
        return f"{self.tag}:open"

    def user_cases(self, user: str) -> str:
        """Set: every case ref of one person (for forget). The anonymising script builds it as
        ``user_cases("") .. user``."""
        return f"{self.tag}:ucases:{user}"

    def claim_waits(self) -> str:
        """List: recent waits from queueing to claim (ms), newest first."""
        return f"{self.tag}:claimwaits"

    def audit(self) -> str:
        """Stream: every case change (ts, case, kind, actor); never message text."""
        return f"{self.tag}:audit"

    def operator(self, name: str) -> str:
        """Hash: an operator account (argon2 hash, role, console language)."""
        return f"{self.tag}:op:{name}"

    def operators(self) -> str:
        """Set: operator names."""
        return f"{self.tag}:ops"

    def session(self, token_hash: str) -> str:
        """Hash: a console session (operator, CSRF token), TTL = session lifetime."""
        return f"{self.tag}:sess:{token_hash}"

    def login_fails(self, name: str) -> str:
        """String: failed logins for a name (TTL = lockout window)."""
        return f"{self.tag}:loginfail:{name}"

    def presence(self) -> str:
        """Sorted set: operator name -> last console activity (ms), for 'on duty'."""
        return f"{self.tag}:presence"

    def webchat(self, user: str) -> str:
        """Stream: what the web chat shows one visitor (their messages and the bot's), TTL 1 day."""
        return f"{self.tag}:web:{user}"

    # telegram (commands in bot/storage/telegram.py; the operators' group's in telegram_group.py) --------
    def tg_unreachable(self, user: str) -> str:
        """String: the person blocked the bot (cleared when they unblock it)."""
        return f"{self.tag}:tg:unreach:{user}"

    def tg_case_of(self, chat: int, message_id: int) -> str:
        """String: the case a message in the operators' group belongs to (card, relayed message)."""
        return f"{self.tag}:tg:op:m:{chat}:{message_id}"

    def tg_case_thread(self, chat: int, thread: int) -> str:
        """String: the case a forum topic of the operators' group belongs to."""
        return f"{self.tag}:tg:op:t:{chat}:{thread}"

    def tg_case_post(self, ref: str) -> str:
        """Hash: where a case lives in the operators' group (card message id, topic id)."""
        return f"{self.tag}:tg:op:case:{ref}"

    def tg_group(self, chat: int) -> str:
        """Hash: what the bot knows about the operators' group (has topics)."""
        return f"{self.tag}:tg:op:group:{chat}"


    # sms (bot/channels/sms/; commands in bot/storage/sms.py) --------------------------------------
    def sms_number(self, user: str) -> str:
        """String: the person's phone number, sealed (AES-GCM, key from the pepper; `bot.ids.Vault`); TTL = state TTL."""
        return f"{self.tag}:sms:n:{user}"

    def sms_prefs(self, user: str) -> str:
        """Hash: SMS preferences (``lat``: Latin mode); TTL = state TTL."""
        return f"{self.tag}:sms:p:{user}"

    def sms_pages(self, user: str) -> str:
        """List: the pages of the last answer not yet sent (served on MORE); TTL 1 day."""
        return f"{self.tag}:sms:pg:{user}"

    def sms_optout(self, user: str) -> str:
        """String: set while the person has opted out (STOP); no TTL, removed by START."""
        return f"{self.tag}:sms:stop:{user}"

    def sms_cap(self, user: str, day: str) -> str:
        """Counter: SMS sent to the person on ``day`` (YYYYMMDD, Dushanbe time); TTL 2 days."""
        return f"{self.tag}:sms:cap:{day}:{user}"

    def sms_rate(self, user: str) -> str:
        """Counter: the person's inbound messages in the current minute; TTL 60 s."""
        return f"{self.tag}:sms:rate:{user}"

    def sms_notice(self, kind: str, user: str, day: str) -> str:
        """String: a one-a-day notice (``rate``) was sent on ``day``; TTL 2 days."""
        return f"{self.tag}:sms:note:{kind}:{day}:{user}"

    def sms_sent(self, message_id: str) -> str:
        """String: the user key a provider message id was sent to (for delivery reports); TTL 3 days."""
        return f"{self.tag}:sms:sent:{message_id}"

    def sms_answer(self, message_id: str) -> str:
        """String: the answer given in a webhook's own response (TwiML) to a provider message
        id, JSON list of bodies, to give again if the provider sends that message again
        (it did not get the response); TTL 10 minutes."""
        return f"{self.tag}:sms:ans:{message_id}"

    def sms_failures(self, case_ref: str) -> str:
        """List: SMS delivery failures recorded on a case (JSON, newest first, at most 50)."""
        return f"{self.tag}:sms:fail:{case_ref}"

    def sms_stats(self) -> str:
        """Hash: counters of the SMS channel (opt-outs, caps, failures) for reports; no personal data."""
        return f"{self.tag}:sms:stats"

    def sms_route(self, user: str) -> str:
        """String: JSON {provider, device, SIM} a person last wrote through, so replies go back
        the same way; TTL as the sealed number, erased with it."""
        return f"{self.tag}:sms:rt:{user}"

    def sms_outbox(self) -> str:
        """Sorted set: SMS waiting to go to an idempotent provider (a phone gateway), scored by
        the time (ms) of the next attempt; the items are in ``sms_outbox_items``."""
        return f"{self.tag}:sms:ob"

    def sms_outbox_items(self) -> str:
        """Hash: outbox message id -> JSON (user key, sealed number, body, route, attempts)."""
        return f"{self.tag}:sms:obi"


    # -- S2: cases, abuse, pictures, agencies ------------------------------------------------
    def closed_cases(self) -> str:
        """Sorted set: closed, not yet anonymised case refs by closing time (ms; 0: the person asked
        to be forgotten while the case was open, so the next retention run anonymises it)."""
        return f"{self.tag}:closed"

    def anon_cases(self) -> str:
        """Sorted set: anonymised case refs by closing time (ms); deleted after ``STATS_RETENTION_DAYS``."""
        return f"{self.tag}:anon"

    def retention_backfill(self) -> str:
        """String: the last audit entry id retention indexed closed cases from, or ``done``."""
        return f"{self.tag}:retention:backfill"

    def case_pictures(self, ref: str) -> str:
        """Hash: picture id -> sealed picture, of one case (TTL ``CASE_RETENTION_DAYS``); the
        anonymising script deletes it with the case's conversation (built there as a template)."""
        return f"{self.tag}:case:{ref}:p"

    def picture_upload(self, up: str) -> str:
        """String: a sealed web chat picture on its way to the worker (TTL 10 minutes; read with GETDEL)."""
        return f"{self.tag}:picup:{up}"

    def limit_counter(self, name: str) -> str:
        """Counter: events of one kind in its fixed window (abuse limits, e.g. ``nv:all``); TTL = the window."""
        return f"{self.tag}:lim:{name}"

    def visitor_address(self, user: str) -> str:
        """String: the HMAC tag of the address a web chat visitor's cookie was issued to; TTL = the cookie's."""
        return f"{self.tag}:webaddr:{user}"

    def abusive(self, user: str) -> str:
        """String: a sender a supervisor marked abusive, value = unix time the mark ends; TTL = the mark."""
        return f"{self.tag}:abusive:{user}"

    def supervision(self) -> str:
        """Stream: supervisor actions (reveals, abuse marks); trimmed by age only (``STATS_RETENTION_DAYS``)."""
        return f"{self.tag}:supervision"

    def agencies_tmp(self, token: str) -> str:
        """Hash: an agency registry import being written; renamed onto ``agencies()`` when complete."""
        return f"{self.tag}:agencies:tmp:{token}"

    def any(self, name: str) -> str:
        """Key for a subsystem that has not yet named its keys here (keeps the tag)."""
        return f"{self.tag}:{name}"

    # -- S1: channels ------------------------------------------------------------------------
    def console_relay(self, user: str) -> str:
        """Stream: replies to a terminal user worked by another process (``m`` message id, ``t`` text),
        until their ``chat`` prints them; TTL 1 day."""
        return f"{self.tag}:console:{user}"

    # -- S3: operators and web ---------------------------------------------------------------
    def login_locked(self, name: str) -> str:
        """Counter: sign-in attempts refused on a locked operator name (lower case) in the lock
        window, so that the lock is audited once per window; TTL = ``LOGIN_LOCK_MINUTES``."""
        return f"{self.tag}:loginlocked:{name}"
