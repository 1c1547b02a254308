"""Parts of personal names common in Bengali news: Bangladeshi, Indian and Arabic given names,
name prefixes that belong to the name (মো., শেখ, সৈয়দ, কাজী) and family names.

Used as evidence that a word is a name (আহমেদ আল-শারা, বাশার আল-আসাদ) and to decide
whether a short mention (ইসলাম, রহমান) is distinctive enough to stand for a person alone.
"""

# Written before the given name and part of the name (unlike titles such as ড. or অধ্যাপক).
NAME_PREFIXES = """
মো.|মোঃ|মু.|মোহাম্মদ|মোহাম্মাদ|মুহাম্মদ|মুহম্মদ|মুহাম্মাদ|মোছা.|মোছাম্মৎ|মোসা.|মোসাম্মৎ|শেখ|সৈয়দ|সৈয়দা|কাজী|খন্দকার
|মীর|মির|মির্জা|শাহ|হাফিজ|আবদুল|আব্দুল|আবদুর|আব্দুর|আবদুস|আব্দুস|আবুল|আবু|গোলাম|এ কে এম|এ এস এম|এ বি এম|এ টি এম
|এম এ|এস এম|এ কে|এম|এ|এস|কে|জি|টি
"""

# Prefixes always followed by more of the name (আবদুর রহমান, আবদুস সালাম): never its last
# word.  With the Arabic particles (titles.NAME_PARTICLES), the words a run the decider weighs
# may not end with (ner/model/spans.py).
BOUND_NAME_PREFIXES = ("আবদুর", "আব্দুর", "আবদুস", "আব্দুস")

GIVEN_NAMES = """
আহমেদ|আহমদ|আহমাদ|মাহমুদ|মাহমুদুল|মোস্তফা|মোস্তাফিজ|মোস্তাফিজুর|মাহবুব|মাহবুবুর|মাহফুজ|মাহফুজুর|হাসান|হোসেন|হোসাইন
|হাসিনা|খালেদা|খালেদ|জিয়া|জিয়াউর|তারেক|তারিক|ফখরুল|শফিকুর|শফিকুল|রফিকুল|আমিনুল|আনিসুল|আনিসুর|আসাদ|আসাদুজ্জামান
|আসিফ|নাহিদ|সারজিস|হাসনাত|আখতার|আকতার|নজরুল|কামরুল|কামাল|জামাল|জাহিদ|জাহাঙ্গীর|জসিম|জসীম|সাকিব|তামিম|মুশফিকুর
|মাশরাফি|মাহমুদউল্লাহ|লিটন|সৌম্য|মেহেদী|মেহেদি|রুবেল|তাসকিন|মোস্তাফিজুর|নাজমুল|সালমা|সালমান|রাশেদ|রাশেদা|রাশিদ
|রহিম|করিম|কাদের|ওবায়দুল|আবদুল্লাহ|আব্দুল্লাহ|ইউসুফ|ইউনুস|ইব্রাহিম|ইসমাইল|ইসহাক|ইলিয়াস|ইমরান|ইমতিয়াজ|ইকবাল
|আলমগীর|আনোয়ার|আনোয়ারুল|আজিজ|আজিজুল|আজিজুর|আতাউর|আতিকুর|আরিফ|আরিফুল|এনামুল|ওমর|উমর|ওসমান|কবির|কাওসার
|খায়রুল|গিয়াস|গিয়াসউদ্দিন|জুবায়ের|জোবায়ের|তৌহিদ|তোফায়েল|দেলোয়ার|নাসির|নাসিম|নূর|নুর|নুরুল|ফারুক|ফজলুল|ফেরদৌস
|বাশার|বশির|বেলাল|মঈন|মইন|মিজানুর|মিজান|মনিরুল|মামুন|মাসুদ|মুরাদ|মুহিত|রাকিব|রাজ্জাক|রেজা|রেজাউল|লুৎফর
|শহীদ|শহিদুল|শাহজাহান|শাহাবুদ্দিন|শফিক|সাইফুল|সাইফ|সাদ্দাম|সালাহউদ্দিন|সাহাবুদ্দিন|সিরাজ|সিরাজুল|সেলিম|সোহেল|হাবিব
|হাবিবুর|হাফিজুর|হামিদ|হারুন|হুমায়ুন|হেলাল|আলী|আলি|ওয়াজেদ|আয়েশা|ফাতেমা|নাসরিন|শাহানা|রোকেয়া|সুফিয়া|তাহমিনা
|নাজমা|রেহানা|শিরিন|দীপু|দিপু|মাহমুদা|সাবিনা|রুমানা|ফারহানা|সাদিয়া|তানিয়া|সুমাইয়া|জান্নাত|মরিয়ম|রাবেয়া
|রবীন্দ্রনাথ|নরেন্দ্র|রাহুল|সোনিয়া|মমতা|অমিত|রাজনাথ|শুভেন্দু|সুব্রত|প্রণব|জ্যোতি|অমর্ত্য|সৌরভ|রোহিত
|অমিতাভ|শাহরুখ|আমির|সলমান|দেব|প্রসেনজিৎ|শচীন|সুনীল|সমরেশ|হুমায়ূন|জহির|মুহিবুল|আবরার|তাজুল|শামীম|শামসুল
|মাইনুল|মঞ্জুর|মনজুর|মোতাহার|মোশাররফ|রবিউল|রুহুল|শাকিল|শাহীন|সজীব|সাইদুর|সাঈদ|সাইদ|তৌফিক|তাহের|ওয়ালিদ|খলিল
|ডোনাল্ড|জো|বারাক|হিলারি|কমলা|ভ্লাদিমির|সের্গেই|দিমিত্রি|আলেক্সেই|ভলোদিমির|ইমানুয়েল|বরিস|ঋষি|কিয়ার|ওলাফ
|আঙ্গেলা|বেনিয়ামিন|ইয়াহিয়া|ইসমাইল|হাসান|আলী|মোহসেন|আব্বাস|মাহমুদ|রেচেপ|তাইয়্যেপ|হাকান|মুহাম্মদ|শেহবাজ|নওয়াজ
|ইমরান|আসিম|জেনারেল
"""

# Family names and name endings; a mention made only of one of these is not distinctive.
SURNAMES = """
ইসলাম|রহমান|হোসেন|হোসাইন|আহমেদ|আহমদ|আলী|আলি|খান|চৌধুরী|উদ্দিন|উদ্দীন|হক|হাসান|মিয়া|মিঞা|সরকার|তালুকদার|ভূঁইয়া
|ভুঁইয়া|ভূইয়া|মজুমদার|শিকদার|সিকদার|হাওলাদার|মোল্লা|মৃধা|শেখ|বেগম|খাতুন|আক্তার|আখতার|আকতার|পারভীন|সুলতানা|জাহান
|রায়|দাস|ঘোষ|বসু|সেন|দত্ত|চক্রবর্তী|চ্যাটার্জি|মুখার্জি|ব্যানার্জি|ভট্টাচার্য|কুমার|চন্দ্র|সাহা|পাল|দে|দেব|বিশ্বাস
|মণ্ডল|মন্ডল|প্রামাণিক|বর্মণ|ত্রিপুরা|চাকমা|মারমা|আলম|কবির|করিম|রশিদ|মাহমুদ|মোর্শেদ|জামান|কাদের|মিয়াঁ
"""

# Middle names of Hindu Bengali names (প্রশান্ত কুমার মণ্ডল, সুজন চন্দ্র পাল, লক্ষ্মী রানী
# সরকার): the word before one is a given name, though it be an everyday word (প্রশান্ত
# "calm", প্রকাশ "publication").
MIDDLE_NAMES = """
কুমার|চন্দ্র|রানী|রাণী|বালা|প্রসাদ|কৃষ্ণ|কান্তি|রঞ্জন
"""

# Endings of Arabic-Persian given names as Bengali writes them: a word that is not an
# everyday word and ends so is a name part even when no list holds it (আলেকুজ্জামান,
# মিসবাহউদ্দিন, এমদাদুল, রকিবুল).  Matched on the word without its case ending, and only
# on words of five letters or more, so short everyday words (ফুল, ভুল, চুল) never qualify.
NAME_ENDINGS = """
উদ্দিন|উদ্দীন|ুদ্দিন|ুদ্দীন|জ্জামান|জ্জামাল|উল্লাহ|ুল্লাহ|ম্মদ|ম্মাদ|দুল|রুল|মুল|বুল|িকুল|জুল|িউল|ুন্নাহার|ুন্নেসা|ুন্নেছা
"""

# The last token of an abbreviated name prefix (মো . , মোঃ , মু .): such a prefix starts a new
# person's name (আবু বকর মো. ফিরোজ is two people).
ABBREVIATION_MARKS = (".", "ঃ", "মোঃ")

# For scripts/gen_frequent_words.py, which keeps name parts out of the everyday words: the case
# endings after which a name part is still plainly a name (not এ/তে: জেনে, শুনতে are verbs) …
NAME_CASE_ENDINGS = ("ের", "র", "কে", "েরা")
# … and the name parts that are also everyday nouns, whose inflected forms stay everyday words.
EVERYDAY_NAME_PARTS = ("সরকার", "রায়", "বিশ্বাস", "হৃদয়", "শহীদ", "ঈশ্বর", "দেবী", "টিম",
                       "বোলা", "সামা", "সন")
# Given names abroad written as everyday Bengali words (জন John / "person", পল Paul / "moment",
# মার্ক Mark / "mark"): a name's first word only right after a role and before a word that may
# be a name (পররাষ্ট্রমন্ত্রী জন কেরি), never on their own.
EVERYDAY_GIVEN_NAMES = ("জন", "পল", "মার্ক", "জো", "বিল", "রে", "ডন", "টম", "জিম", "জ্যাক")
# Everyday words that spelling folding (ী/ি, ণ/ন, শ/স …) makes equal to a one-word gazetteer
# form: they stay everyday words (a match only through folding must not be one), while every
# other spelling variant of a gazetteer form (বাংলাদেশী, রাজবাড়ি, সীতাকুণ্ড) is a name.
FOLD_HOMOGRAPHS = ("আসা", "চিন", "নগরী", "নিশান", "পরি", "প্রচন্ড", "শনি", "সেল")
