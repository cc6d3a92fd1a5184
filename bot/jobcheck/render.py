"""Plain-language explanations of a scan, a checklist result and an agency lookup.

Everything shown to a person goes through the translator (English msgids, Tajik
and Russian in ``locales/*/LC_MESSAGES/jobcheck.po``); flag texts come from
``data/jobcheck/flags.yaml``. Chat text uses "• " list items (the channels'
plain-text convention); SMS variants fit in about two segments and point to
the full answer.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import yaml

from bot.i18n import N_

FLAGS = Path(__file__).resolve().parent.parent.parent / "data" / "jobcheck" / "flags.yaml"
SMS_LIMIT = 134


class Tr(Protocol):
    def _(self, message: str, **kwargs: object) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int, **kwargs: object) -> str: ...


RISK_HEADLINE = {
    "high": N_("High risk: this offer shows serious warning signs. Do not pay anything and do not hand over your passport."),
    "medium": N_("Medium risk: this offer shows some warning signs. Check it carefully before you decide or pay anything."),
    "low": N_("Low risk: I found no clear warning signs. That does not prove the offer is genuine: check the agency's licence and get a "
              "written contract."),
}
RISK_WORD = {"high": N_("HIGH risk"), "medium": N_("MEDIUM risk"), "low": N_("LOW risk")}
LICENCE_STEP = N_("Check the agency's licence: choose \"Check if an agency is licensed\" here, or ask the Migration Service of the "
                  "Ministry of Labour, Migration and Employment.")
ASK_STEP = N_("Ask the recruiter for the employer's full name and address, the licence number, and the written contract, before you pay or "
              "sign anything.")
SMS_MORE = N_("Reply 0 for the menu.")
# a pasted warning or notice (``ScanResult.notice``): it quotes offers, it makes none; whatever it says,
# the rules that keep people safe are the same
NOTICE_HEADLINE = N_("This reads like a warning or a notice, not a job offer, so I did not score it as one. Whatever it says, the "
                     "rules stay the same: do not pay a recruiter, keep your passport, and check an agency's licence before you go.")
NOTICE_SMS = N_("This looks like a warning, not a job offer. Never pay a recruiter; keep your passport.")


@lru_cache(maxsize=1)
def flag_texts(path: Path = FLAGS) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def _flag(fid: str) -> dict[str, str]:
    return (flag_texts().get("flags") or {}).get(fid) or {}


def _missing(item: str) -> dict[str, str]:
    return (flag_texts().get("missing") or {}).get(item) or {}


def flag_label(fid: str, tr: Tr) -> str:
    label = _flag(fid).get("label")
    return tr._(label) if label else fid


def explain(result: Any, tr: Tr) -> str:
    """A scan result for chat: risk, each flag with the ad's words and what it means, steps."""
    if getattr(result, "notice", False):
        return "\n".join([tr._(NOTICE_HEADLINE), "", tr._("What to do:"), f"• {tr._(LICENCE_STEP)}"])
    lines = [tr._(RISK_HEADLINE[result.risk])]
    if result.flags:
        lines.append("")
        lines.append(tr.ngettext("I found {n} warning sign:", "I found {n} warning signs:", len(result.flags)))
        for f in result.flags:
            spec = _flag(f.id)
            lines.append(f"• {flag_label(f.id, tr)}: «{f.evidence}»")
            if spec.get("explain"):
                lines.append("  " + tr._(spec["explain"]))
    if result.good:
        lines.append("")
        lines.append(tr._("Good signs the ad states (check that they are true):"))
        for _fid, evidence in result.good[:3]:
            lines.append(f"• «{evidence}»")
    if result.missing:
        lines.append("")
        lines.append(tr._("Missing: a genuine offer would have"))
        for item in result.missing:
            spec = _missing(item)
            if spec:
                lines.append(f"• {tr._(spec['label'])}. {tr._(spec['explain'])}")
    steps = []
    for f in result.flags:
        step = _flag(f.id).get("step")
        if step and step not in steps:
            steps.append(step)
    if result.missing or result.risk != "low":
        steps.append(ASK_STEP)
    steps.append(LICENCE_STEP)
    lines.append("")
    lines.append(tr._("What to do:"))
    lines += [f"• {tr._(s)}" for s in steps[:5]]
    return "\n".join(lines)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def explain_sms(result: Any, tr: Tr) -> str:
    """A scan result in about two SMS segments: the risk and the names of the warning signs."""
    more = tr._(SMS_MORE)
    if getattr(result, "notice", False):
        return _short(tr._(NOTICE_SMS), SMS_LIMIT - len(more) - 1) + " " + more
    head = tr._(RISK_WORD[result.risk])
    if result.flags:
        names = ", ".join(flag_label(f.id, tr) for f in result.flags[:3])
        body = f"{head}: {names}."
    else:
        body = f"{head}."
    if result.risk == "high":
        body += " " + tr._("Do not pay and do not give your passport.")
    return _short(body, SMS_LIMIT - len(more) - 1) + " " + more


def explain_checklist(result: Any, tr: Tr) -> str:
    """A checklist result for chat: risk, reasons in plain words, next steps."""
    lines = [tr._(RISK_HEADLINE[result.risk])]
    risky = [r for r in result.reasons if r.answer != "unknown"]
    unknown = [r for r in result.reasons if r.answer == "unknown"]
    if risky:
        lines.append("")
        lines.append(tr._("Why:"))
        for r in risky:
            lines.append(f"• {flag_label(r.flag, tr)}. {tr._(r.explain)}" if r.explain else f"• {flag_label(r.flag, tr)}")
    if unknown:
        lines.append("")
        lines.append(tr._("Find out before you decide:"))
        for r in unknown:
            lines.append(f"• {flag_label(r.flag, tr)}")
    if not result.reasons:
        lines.append("")
        lines.append(tr._("Your answers show no warning signs."))
    steps = list(result.steps)
    if result.risk != "low" and ASK_STEP not in steps:
        from bot.jobcheck.checklist import default_checklist

        n_always = sum(1 for s in steps if s in default_checklist().always_steps)
        steps.insert(len(steps) - n_always, ASK_STEP)  # before the general advice
    lines.append("")
    lines.append(tr._("What to do:"))
    lines += [f"• {tr._(s)}" for s in steps[:7]]
    return "\n".join(lines)


def checklist_sms(result: Any, tr: Tr) -> str:
    head = tr._(RISK_WORD[result.risk])
    risky = [r for r in result.reasons if r.answer != "unknown"]
    names = ", ".join(flag_label(r.flag, tr) for r in risky[:3])
    body = f"{head}: {names}." if names else f"{head}."
    more = tr._(SMS_MORE)
    return _short(body, SMS_LIMIT - len(more) - 1) + " " + more


def lookup_text(found: Any, tr: Tr) -> str:
    """What an agency lookup means, in plain words, with how to check with the Ministry."""
    ministry = tr._("You can also check with the Migration Service of the Ministry of Labour, Migration and Employment.")
    if found.empty_registry:
        return tr._("The list of licensed agencies is not loaded yet, so I cannot check this now.") + " " + ministry
    if found.status == "not_found":
        return (
            tr._("I did not find this agency in the list of licensed agencies.")
            + " "
            + tr._("An agency that is not licensed may not send workers abroad. Check the spelling or ask for the licence number, and do "
                   "not pay anything until you are sure.")
            + " "
            + ministry
        )
    who = f"«{found.name}»"
    if found.status == "valid":
        text = tr._("{name} is in the list of licensed agencies (licence {licence}), valid until {date}.",
                    name=who, licence=found.licence, date=found.valid_until)
        text += " " + tr._("A licence does not make every offer safe: still never pay a fee, keep your passport and get a written "
                           "contract.")
    else:
        text = tr._("{name} had a licence ({licence}), but it expired on {date}.", name=who, licence=found.licence, date=found.valid_until)
        text += " " + tr._("An agency with an expired licence may not send workers abroad now.")
    if not found.exact:
        text = tr._("The closest name in the list:") + " " + text + " " + tr._(
            "If this is not the agency you mean, check the spelling or ask for the licence number.")
    return text + " " + ministry
