"""rightsbot: answers data-subject requests that arrive by email.

Importing the package does nothing: no engine, no environment read (STYLE.md D4).
"""

__version__ = "0.1.0"
