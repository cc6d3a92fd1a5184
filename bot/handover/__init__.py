"""Human handover: the case queue, the relay between a person and an operator, timers."""
