"""Words around a role written with a name, for entity summaries (``doc.people``).

A role before a name may carry, in this order: the body or country it belongs to (রুশ,
সিরিয়ার, ঢাকা বিশ্ববিদ্যালয়ের), a qualifier (সাবেক, ভারপ্রাপ্ত), the role itself
(প্রেসিডেন্ট, উপাচার্য; the role lists are in ``titles.py``), and honorifics (অধ্যাপক, ড.):
ঢাকা বিশ্ববিদ্যালয়ের সাবেক উপাচার্য অধ্যাপক …
"""

# Words that say when or how someone holds a role: former, then-, current, new, acting,
# interim, outgoing, ousted, late.
QUALIFIERS = """
সাবেক|প্রাক্তন|তৎকালীন|বর্তমান|নতুন|নবনিযুক্ত|নবনির্বাচিত|ভারপ্রাপ্ত|অন্তর্বর্তীকালীন|অন্তর্বর্তী
|বিদায়ী|সদ্য বিদায়ী|ক্ষমতাচ্যুত|প্রয়াত|মরহুম
"""

# Endings a country or body before a role may carry: none (রুশ, বাংলাদেশ ব্যাংক গভর্নর) or
# the genitive (সিরিয়ার, ভারতের, বিএনপির).  Any other case (মস্কোতে "in Moscow",
# ঢাকায় "in Dhaka") does not say whose role it is.
OF_ENDINGS = ("", "র", "ের", "এর", "য়ের")
