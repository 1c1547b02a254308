"""Words around a name that say it is a person's: reporting verbs after the name, "named",
"alias", and the age in parentheses (কেসমত আলী মোল্লা ( ৫০ ))."""

# The name before these is the speaker: … চৌধুরী বলেন, … জানান.
SPEECH_VERBS = """
বলেন|বলেছেন|বলেছিলেন|বললেন|জানান|জানিয়েছেন|জানিয়েছিলেন|জানালেন|দাবি করেন|অভিযোগ করেন|উল্লেখ করেন
|মন্তব্য করেন|বক্তব্য দেন|বক্তব্য রাখেন|প্রশ্ন তোলেন|নিশ্চিত করেন|স্বীকার করেন|অস্বীকার করেন|সভাপতিত্ব করেন
|প্রমুখ|স্বাক্ষরিত|সভাপতিত্বে|নেতৃত্বে|নেতৃত্বাধীন
"""

# "X নামের এক ব্যক্তি", "X নামে এক যুবক": X is a name.
NAMED = "নামের|নামে|নামক"

# "X ওরফে Y": both are names of one person.
ALIAS = "ওরফে|উরফে"
