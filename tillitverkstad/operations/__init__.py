"""Every action on the library: create, open, correct, finish and reopen, follow up, import,
export, demo, delete. The window and the command line both call these functions, so each
action is written once; they sit above core, storage and report and import no Qt.

- :mod:`.library`: the workshops in a data folder and their life cycle.
- :mod:`.packages`: the JSON data package in and out.
- :mod:`.reports`: the PDF report.
- :mod:`.inputs`: other files a person names for the app to read, within the same limits.
"""
