"""Words that say the word before them is a place: administrative units and settlements
(দিঘলিয়া উপজেলার, বরুড়া থানার, ঝলম ইউনিয়নের, বারাকপুর গ্রামের), and the endings many
Bengali place names have (-পুর, -গঞ্জ, -বাড়ি, -নগর, -হাট, -খালী, -কান্দি, -দিয়া)."""

# Administrative units: the name before them is a GPE (they themselves are not part of it).
ADMIN_UNITS = """
জেলা|উপজেলা|থানা|ইউনিয়ন|পৌরসভা|পৌর এলাকা|সিটি করপোরেশন|ওয়ার্ড|বিভাগ|মহানগর|মেট্রোপলিটন এলাকা
"""

# Settlements and areas: the name before them is a place.
SETTLEMENTS = """
গ্রাম|মহল্লা|পাড়া|এলাকা|বাজার|শহর|নগর|চর|হাট|মোড়|বন্দর|দ্বীপ|উপকূল|সীমান্ত
"""

# Written before a place name and part of it: উত্তর বেদকাশী, দক্ষিণ সুরমা.
COMPASS = "উত্তর|দক্ষিণ|পূর্ব|পশ্চিম|মধ্য|উত্তর-পূর্ব|উত্তর-পশ্চিম|দক্ষিণ-পূর্ব|দক্ষিণ-পশ্চিম"

# Endings of place names (an unknown word ending so, before a case ending or a cue, is
# likely a place).  Words that end so but are not places are in the common-word lists.
PLACE_ENDINGS = """
পুর|গঞ্জ|বাড়ি|বাড়ী|নগর|হাট|খালী|খালি|কান্দি|দিয়া|ডাঙ্গা|ডাঙা|গাঁও|গাছা|পাড়া|তলা|তলী|চর|কাঠি|ঘাট|দহ|বাগ
|গড়|মারি|হাটি|বাজার|পাড়|দী|দি|জুড়ি|কোনা|কোণা
"""

# Everyday nouns that end like a place name (তলা, বাজার, বাড়ি) but name no place: the floors
# of a building (দোতলায় "on the first floor", ভবনের চারতলায়: fire and crime reports), kinds
# of market (শেয়ারবাজারে "in the stock market", বিশ্ববাজারে) and the houses of relatives
# (মামাবাড়িতে "at the maternal uncle's"), and গাছতলা ("under a tree").  They are everyday
# words (as written and inflected), never a place by their ending.
_FLOORS = """
এক দো দু তিন চার পাঁচ ছয় ছ সাত আট নয় দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো
উনিশ বিশ নিচ নীচ ওপর উপর মাঝ
"""
EVERYDAY_COMPOUNDS = "|".join(f"{floor}তলা" for floor in _FLOORS.split()) + """
|শেয়ারবাজার|পুঁজিবাজার|মুদ্রাবাজার|বিশ্ববাজার|কাঁচাবাজার|মাছবাজার|কালোবাজার|খোলাবাজার
|মুক্তবাজার|মামাবাড়ি|নানাবাড়ি|দাদাবাড়ি|খালাবাড়ি|ফুপুবাড়ি|শ্বশুরবাড়ি|গাছতলা
"""

# A constituency is a district name, a hyphen and a number: ঢাকা-৭, ব্রাহ্মণবাড়িয়া-২.
CONSTITUENCY_MAX_NUMBER = 30

# Water bodies and landforms: the word is part of the name (তিতাস নদী, হাকালুকি হাওর).
NATURAL_FEATURES = "নদী|নদ|খাল|বিল|হাওর|হাওড়|সাগর|উপসাগর|হ্রদ|পাহাড়|দ্বীপ|চর|সৈকত|বন|অরণ্য"

# Roads, squares, bridges, crossings, bus stands and colonies: the head is part of the
# place's name (তোপখানা রোড, বাউসী ব্রিজ, চাঁদআলী মোড়, ইনডিপেনডেন্স স্কয়ার, কালিয়াকৈর
# বাসস্ট্যান্ড), a town's name before it included.
FACILITY_HEADS = "রোড|স্কয়ার|ব্রিজ|মোড়|বাসস্ট্যান্ড|কলোনি|টার্মিনাল"

# "The capital" and "the capital's" before a name: a country's capital (দক্ষিণ সুদানের রাজধানী
# জুবা) or, in Bangladeshi news, a neighbourhood of Dhaka (রাজধানীর নিকুঞ্জে).
CAPITAL_CUES = ("রাজধানী", "রাজধানীর")

# Phrases in which a place's name is an everyday word: ঢাকা is also "covered", and গা ঢাকা দেওয়া
# ("to cover the body") means "to go into hiding", common in crime reports; মুখ ঢাকা: "face
# covered".  The name (the last word, uninflected) is not a place after the words before it,
# written apart or joined by a hyphen (গা-ঢাকা).
IDIOMS = "গা ঢাকা|মুখ ঢাকা"

# বিভাগ is an administrative division and also a department (পুরকৌশল বিভাগের): as a unit after
# an unknown word it does not make a place (only the known divisions count).
DIVISION = "বিভাগ"

# "Headquarters": ending an upazila's name (কুষ্টিয়া সদর উপজেলা), not part of the place the
# news names (কুষ্টিয়া), as the gold data has it.
SADAR = "সদর"
