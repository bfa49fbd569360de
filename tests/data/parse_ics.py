#!/usr/bin/python3
"""Parses an iCalendar file with the independent `icalendar` module (python3-icalendar) and
prints what it understood as JSON, for tst_calendarexport."""
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())

def when(component, name):
    value = component.get(name)
    return value.dt.isoformat() if value is not None else None

out = {'version': str(calendar.get('version')), 'prodid': str(calendar.get('prodid')), 'events': [], 'todos': []}
for c in calendar.walk():
    if c.name == 'VEVENT':
        out['events'].append({
            'uid': str(c.get('uid')), 'summary': str(c.get('summary')), 'description': str(c.get('description')),
            'start': when(c, 'dtstart'), 'end': when(c, 'dtend'), 'stamp': when(c, 'dtstamp'),
            'attendee': str(c.get('attendee')), 'cn': str(c.get('attendee').params.get('CN')),
            'status': str(c.get('status')), 'sequence': int(c.get('sequence'))})
    elif c.name == 'VTODO':
        categories = c.get('categories')
        out['todos'].append({
            'uid': str(c.get('uid')), 'summary': str(c.get('summary')),
            'description': str(c.get('description')) if c.get('description') is not None else None,
            'due': when(c, 'due'), 'priority': int(c.get('priority')), 'status': str(c.get('status')),
            'categories': [str(x) for x in categories.cats] if categories is not None else []})
print(json.dumps(out, sort_keys=True))
