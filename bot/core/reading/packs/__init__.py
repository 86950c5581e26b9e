"""The language packs that ship: one module per language, literal data only.

Adding a language means adding its pack here (and its templates, `templates/*/<code>/`); nothing
else changes: the languages replies are written in (`bot.core.rights.LANGUAGES`) are the covered
packs. `bot.core.reading.vocabulary` checks every pack when it is imported, at start-up.
"""

from bot.core.reading.packs import en, fi, other, sv

SHIPPED = (fi.PACK, sv.PACK, en.PACK, other.PACK)
