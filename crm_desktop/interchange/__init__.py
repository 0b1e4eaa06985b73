"""CSV, vCard, iCalendar, GDPR exports and imports. Never imports Qt."""
