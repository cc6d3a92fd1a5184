"""The job check's plugin: the checklist, the ad scanner and the agency licence list."""

from __future__ import annotations

from bot.jobcheck import actions, check
from bot.runtime import Plugin

PLUGIN = Plugin(
    "jobcheck",
    engine=actions.PARTS,
    effects={actions.AgencyLookup: actions.agency_lookup_effect},
    nodes=actions.NODES,
    check=check.problems,
)
