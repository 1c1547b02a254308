"""Bodies the news names by a common noun: পুলিশ (the police), সরকার (the government).

The Bengali NER gold data of Rifat1493/Bengali-NER tags these as organisations consistently
(পুলিশ 102 times of 126, সরকার 39 of 42 in its training split), and media monitors count such
mentions too, so the library tags them as ORG with no canonical name.  They are never tagged
inside a longer name (আশরাফ সরকার is a person) or when an adjective form is meant (সরকারি).
"""

INSTITUTIONS = "পুলিশ|সরকার"
