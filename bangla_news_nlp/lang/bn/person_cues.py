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

# …unless what is named is a place or a body: "ঘাটেরপাড় নামক স্থানে", "সানিয়াজান নামে নতুন
# ইউনিয়ন", "X নামের একটি সংগঠন".  Matched on the first word after the cue (and after the
# determiners in NAMED_SKIP), as written or inflected.
NAMED_PLACES = """
স্থান|এলাকা|গ্রাম|ইউনিয়ন|উপজেলা|মহল্লা|পাড়া|বাজার|হাট|নদী|খাল|দ্বীপ|চর|জায়গা|শহর|পল্লি|পল্লী|মৌজা|ওয়ার্ড
"""
NAMED_ORGS = """
সংগঠন|প্রতিষ্ঠান|সংস্থা|কোম্পানি|প্রতিষ্ঠানটি|দল|এনজিও|ক্লাব|ব্যাংক|স্কুল|বিদ্যালয়|কলেজ|মাদ্রাসা|হাসপাতাল|পত্রিকা|চ্যানেল
"""
NAMED_SKIP = "এক|একটি|একটা|একজন|ওই|নতুন|ছোট|বড়|একই"

# "X ওরফে Y": both are names of one person.
ALIAS = "ওরফে|উরফে"

# Forms of করা, which makes a compound verb of the noun before it (আক্ষেপ করে, দাবি করেন): a
# person's name is seldom its subject right after a role with nothing between (a speech verb
# such as জানান is left out: চেয়ারম্যান মজনু জানান is a name).
LIGHT_VERBS = "করে|করেন|করেছেন|করেছে|করা|করার|করায়|করলে|করবেন|করেছিলেন"

# A team's squad or eleven, before a colon and its players (অস্ট্রেলিয়ার ওয়ানডে স্কোয়াড :
# ওয়ার্নার , ফিঞ্চ …; বাংলাদেশ একাদশ : …; বাংলাদেশ দল : …).
SQUAD_CUES = "স্কোয়াড|একাদশ|দল"
