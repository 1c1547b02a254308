"""Words and marks that begin, separate and close lists: source lines (তথ্যসূত্র: রয়টার্স,
এএফপি) and enumerations of names (ওয়ার্নার , ফিঞ্চ , ওয়াটসন ও মার্শ)."""

# A source line starts with one of these and a colon (or the visarga glued: সূত্রঃ).
SOURCE_CUES = ("তথ্যসূত্র", "সূত্র", "তথ্যসূত্রঃ", "সূত্রঃ")

# What separates the sources of a source line.
SOURCE_SEPARATORS = (",", "/", "ও", "এবং", ";", "|")

# What separates the items of an enumeration ("and" is ও, এবং, আর).
LIST_SEPARATORS = (",", "ও", "এবং", "আর", ";")

# Items of a cricket scorecard that are no player: the extras, the others, the total.
SCORECARD_OTHERS = ("অতিরিক্ত", "এক্সট্রা", "অন্যরা", "বাকিরা", "অন্যান্য", "মোট")

# What ends the clause an enumeration stands in.
CLAUSE_END = ("।", "?", "!", ")", "(", ":", "—", "’", "”", "‘", "“")

# "And": never an initial of a name, though it is also the name of the letter O.
CONJUNCTION = "ও"
