-- GET /api/v1/handoffs?state=declined|completed|withdrawn lists answered hand-offs latest first; without this index
-- it would sort every answered hand-off. The escalation sweep never updates these columns, so its updates stay
-- heap-only.
CREATE INDEX handoff_answered ON handoff (state, closed_at DESC) WHERE due_at IS NULL;
