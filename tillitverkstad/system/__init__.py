"""Where Windows, macOS and Linux differ, one small module per difference.

Standard library only (no Qt, no TinyDB), so storage, the report and the UI can all use
it. Each module names the platform it branches on in one place, so a test on Linux can
take the Windows or macOS branch by setting ``sys.platform`` or handing in the module
that stands for the other system's API.
"""
