"""Case endings and emphatic particles that attach to Bengali names.

Bengali writes the case ending on the name itself: পুতিনের (Putin's), মস্কোতে (in Moscow),
সিরিয়ায় (in Syria), দামেস্কে (in Damascus), ইউনূসকে (to Yunus), পুতিনও (Putin too).
"""

# Every ending a name may carry, longest first is not required (the code sorts them).
CASE_ENDINGS = (
    # genitive: consonant-final stems take ের/এর, vowel-final ones র/য়ের
    "ের", "এর", "র", "য়ের",
    # objective / dative
    "কে",
    # locative / instrumental
    "তে", "য়", "য়ে", "ে", "এ",
    # plural genitive (rare on names, common on groups and parties)
    "দের",
    # emphatic and inclusive particles, alone and after a case ending
    "ও", "ই",
    "েরও", "েরই", "এরও", "এরই", "রও", "রই", "য়েরও", "য়েরই",
    "কেও", "কেই", "তেও", "তেই", "য়ও", "য়ই", "েও", "েই", "দেরও", "দেরই",
    # "with / including" written solid
    "সহ",
)

# Endings that are unambiguous on an unknown word: a word carrying one of them ends a name
# (কাসরার could be a name itself, but আসাদের, পুতিনকে, ঢাকাতে cannot).
CLEAR_ENDINGS = ("ের", "য়ের", "কে", "দের", "েরও", "েরই", "কেও", "কেই", "য়েরও", "য়েরই")

# Endings written after a hyphen or an apostrophe: পুতিন-এর, ট্রাম্প’র.
DETACHED_ENDINGS = ("এর", "র", "য়ের", "কে", "তে", "য়", "ও", "ই", "এ", "রা", "দের", "সহ")

# Words that end in letters looking like an ending but are whole: শিকদার is not শিকদা + র.
# Used only for unknown names (gazetteer forms are always tried as written first).
NAME_FINALS_NOT_ENDINGS = ("দার", "কার", "ধর", "ওয়ার", "য়ার", "ভার", "বার", "মার", "চার", "তার", "হার")

# A stem shorter than this many characters is never tried.
MIN_STEM = 2

# English letters as Bengali writes them in acronyms (বিএনপি, ইউএন, ডব্লিউএইচও).  An acronym
# such as ইউএনও (Upazila Nirbahi Officer) is not ইউএন + the emphatic ও.
LETTER_NAMES = (
    "এ", "বি", "সি", "ডি", "ই", "এফ", "জি", "এইচ", "আই", "জে", "কে", "এল", "এম", "এন", "ও", "পি",
    "কিউ", "আর", "এস", "টি", "ইউ", "ভি", "ডব্লিউ", "ডাব্লিউ", "এক্স", "ওয়াই", "জেড", "জেট",
)
# Shortest acronym (in letters) from which an emphatic vowel may still be stripped:
# বিএনপিও is বিএনপি + ও, but ইউএনও is one word.
MIN_ACRONYM_LETTERS_FOR_EMPHATIC = 3

# Verb endings: a word ending so is a finite verb, never part of a name
# (সামলাচ্ছিলেন, নেমেছেন, বাঁচানোর).  লেন is left out: হেলেন, অ্যালেন.
VERB_ENDINGS = (
    "েছেন", "েছিলেন", "েছিল", "েছে", "ছিলেন", "ছিল", "চ্ছেন", "চ্ছিলেন", "চ্ছিল", "চ্ছে",
    "ানোর", "ানোয়", "ছিলাম", "েছিলাম", "বেন", "তেন", "তাম", "লাম",
)

# Classifiers after a noun (গাড়িটি, অ্যালবামটা, বইগুলো): "the car", never a name, when what
# comes before them is an everyday word.
CLASSIFIERS = ("টি", "টা", "টির", "টার", "টিকে", "টাকে", "টিতে", "টায়", "গুলো", "গুলি", "গুলোর",
               "গুলির", "গুলোতে", "গুলিতে", "গুলোকে", "গুলিকে", "গুলোয়")

# Endings that make adjectives or adverbs of nouns (অগ্রাধিকারমূলক, বাজারসংলগ্ন, নিয়মমতো,
# ধ্বংসাত্মক, কান্নাজড়িত, অন্তর্বর্তীকালীন, ভারপ্রাপ্ত): a word ending so is never a name.
ADJECTIVE_ENDINGS = ("মূলক", "সংলগ্ন", "ভিত্তিক", "কেন্দ্রিক", "জনিত", "সংক্রান্ত", "বিরোধী",
                     "বিষয়ক", "সম্পন্ন", "মতো", "াত্মক", "জড়িত", "কালীন", "প্রাপ্ত", "সূচক", "বাচক")

# Spelling variation that is systematic in Bengali, above all in transliterated names: long
# and short vowels (ই/ঈ, উ/ঊ and their signs), the three sibilants (স/শ/ষ) and the two n's
# (ন/ণ).  Gazetteer forms and running text are compared with these folded together, so
# ইউনূস matches ইউনুস and শারজাহ matches সারজাহ.  (ং/ঙ and য/য় are left apart: folding them
# would merge ordinary words.)
SPELLING_FOLDS = {
    "ঈ": "ই", "ী": "ি", "ঊ": "উ", "ূ": "ু", "শ": "স", "ষ": "স", "ণ": "ন",
}

# The genitive endings ("of"): সিরিয়ার, বাংলাদেশের, পুতিন-এর, রাশিয়ার.  A place in the genitive
# before a head noun names a body only for national forces (সিরিয়ার সেনাবাহিনী); a district in
# the genitive before an upazila tells which one is meant (বগুড়ার শিবগঞ্জ).
GENITIVE_ENDINGS = ("র", "ের", "এর", "য়ের")

# The genitive a vowel-final stem takes (রাশিয়া → রাশিয়ার); stripped from an unknown word only
# after a vowel sign, and not from words ending like a whole name (NAME_FINALS_NOT_ENDINGS).
VOWEL_GENITIVE = "র"

# The plural case endings: an unknown word's singular reading wins (আসাদের is আসাদ + ের).
PLURAL_CASE_ENDINGS = ("দের", "দেরও", "দেরই")

# The locative / instrumental endings ("in", "at", "by"): মস্কোতে, ঢাকায়, দামেস্কে.  A lone
# name in the locative is rarely a person; an unknown word with a place-name ending and one of
# these (or one of them with the emphatic ও: শিবগঞ্জেও) is a place.
LOCATIVE_ENDINGS = ("ে", "এ", "তে", "য়", "য়ে")
LOCATIVE_EMPHATIC_ENDINGS = ("েও", "তেও", "য়ও")

# Emphatic and inclusive particles ("too", "only"): an ending that ends in one of these
# (রাশিয়াও, সরকারেরই) may end a whole name (ও and ই are also the last letters of names).
EMPHATIC_PARTICLES = ("ও", "ই")
# The particles that are never stripped from a short acronym (ইউএনও is one word, not ইউএন + ও).
ACRONYM_EMPHATIC = ("ও", "ই", "এ")

# Plural endings of nouns for people (প্রতিবেশীরা, কর্মীরা, শিক্ষকেরা): such a word is not
# part of a name.
PLURAL_NOUN_ENDINGS = ("রা", "েরা")
