"""Bodies the news names by a common noun: পুলিশ (the police), সরকার (the government), and
the armed forces (সেনাবাহিনী, নৌবাহিনী, বিমানবাহিনী: 8 of 9 tagged ORG in the training split).

The Bengali NER gold data of Rifat1493/Bengali-NER tags these as organisations consistently
(পুলিশ 102 times of 126, সরকার 39 of 42 in its training split), and media monitors count such
mentions too, so the library tags them as ORG with no canonical name.  They are never tagged
inside a longer name (আশরাফ সরকার is a person) or when an adjective form is meant (সরকারি).
"""

INSTITUTIONS = "পুলিশ|সরকার|সেনাবাহিনী|নৌবাহিনী|বিমানবাহিনী"

# Words after an institution that make it part of a title, not the body: পুলিশ সুপার (the
# superintendent of police), সরকার প্রধান (head of government).
NOT_THE_BODY_AFTER = "সুপার|কমিশনার|সদস্য|সদস্যরা|সদস্যদের|কর্মকর্তা|কর্মকর্তারা|প্রধান|পরিদর্শক|লাইনে|লাইন|ফাঁড়ি|ফাঁড়ির"

# The government: a country or people written just before it, uninflected, is part of the
# name (বাংলাদেশ সরকারের, আফগান সরকার).
GOVERNMENT = "সরকার"

# Heads a country in the genitive may name: national forces (সিরিয়ার সেনাবাহিনী, ভারতের
# পুলিশ), where বাংলাদেশের ব্যাংক is only "banks of Bangladesh".
NATIONAL_FORCES = "বাহিনী|সেনাবাহিনী|নৌবাহিনী|বিমানবাহিনী|পুলিশ"
