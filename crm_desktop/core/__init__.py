"""Business rules, one module per capability. Never imports Qt."""
