"""One page per step kind of the agenda."""
