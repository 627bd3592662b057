"""The parts of `InterviewScreen` (tui/screens/interview.py), one job each, as mixins: typing ahead, the live
check, the draft on disk, the side panel."""
