"""The case queue in Redis: one API for every operator interface (web console, Telegram group).

A *case* is one person's request for a human. Its reference (``ref``) is six
digits shown as ``482-719``: easy to read out on the phone in any language.

Keys (built in ``bot.storage.Keys``, all under the one hash tag)::

    case:<ref>          hash   the case (fields below)
    case:<ref>:m        list   the conversation, JSON items {t, by, text, media?, op?}
    case:<ref>:n        list   operator notes, JSON items {t, op, text}
    queue               zset   waiting refs, score = rank * 1e13 + created ms
                               (urgent 0 < high 1 < normal 2; oldest first within a rank)
    claimed             zset   claimed refs, score = lease deadline ms (last operator activity + lease)
    urgent_due          zset   waiting urgent refs, score = when to announce them again
    open                hash   user key -> ref of the person's one open case
    ucases:<user>       set    every ref of a person (so ``forget`` finds them)
    claimwaits          list   the last 50 waits (ms) from queueing to claim (expected-wait estimate)
    audit               stream every change: ts, case, kind, actor (+ non-personal fields such as
                               priority, category, lang, channel, outcome, wait_ms); never message text

Case hash fields: ref, user (pseudonymous key: never a phone number or user name),
channel, lang, category (violence | passport | fraud_debt | question | other),
priority (urgent | high | normal), rank, status (waiting | claimed | closed),
created, queued_at, first_claimed, claimed_at, closed_at, updated (ms since epoch),
operator, outcome, rating, reason, and ``l:<name>`` for each thing the bot already
learned (checklist answers, saved flow answers).

API (all ``async``; ``now`` is taken from the queue's clock)::

    q = CaseQueue(storage, inbox)                       # inbox: bot.inbox.Inbox, for events to the person
    res = await q.open_or_append(user, channel=, lang=, category=, priority=, reason=,
                                 messages=[...], learned={...})  # -> Opened(ref, created, status, priority, place)
    await q.add_message(ref, user, text, media=None)    # the person's message joins the case
    case = await q.claim_next(operator)                 # -> Case | None   (atomic, one Lua call)
    case = await q.claim(ref, operator)                 # -> Case, or raises CaseError("not_waiting"...)
    await q.reply(ref, operator, text)                  # stores it, relays it to the person's channel
    await q.note(ref, operator, text)
    await q.release(ref, operator)                      # back to the queue at its old place
    await q.transfer(ref, operator, to_operator)
    await q.close(ref, operator, outcome)               # outcome: one of OUTCOMES
    await q.reopen(ref, operator)
    await q.touch(ref, operator)                        # operator activity: renews the lease
    case = await q.get(ref); msgs = await q.messages(ref); notes = await q.notes(ref)
    await q.waiting(); await q.claimed_cases(); await q.place(ref)
    async for entry_id, fields in q.follow(last_id="$"): ...   # the audit stream, live

Operations on a claimed case by anyone but its operator raise ``CaseError("not_yours")``
unless called with ``force=True`` (supervisors). Changes that concern the person
(claimed, operator_message, released, closed, reopened) are put into the person's
inbox as system events (``Inbound(channel="system", event=...)``), so they are
processed in order with the person's own messages and sent through the person's
own channel by whichever process works that partition.

Other interfaces follow the audit stream (XREAD, or a consumer group of their
own) to learn of new cases, messages, claims, lease expiries (kind
``lease_expired``) and repeated urgent announcements (kind ``reannounce``); they
then read what they need with ``get``/``messages``.

Timers (``expire_leases``, ``reannounce_due``) are single Lua calls: each expired
or due case is returned to exactly one caller, so any number of processes may
run them.
"""
