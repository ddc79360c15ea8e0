"""Invented samples for the redaction tests: personal data that must be caught, and ordinary
sentences that must stay exactly as they are. Every name, number and address here is made up;
the card numbers are the well-known test numbers that pass the Luhn check.
"""

from __future__ import annotations

# (comment as typed, comment as stored)
PERSONAL: list[tuple[str, str]] = [
    # Email addresses
    ("Email me at jane.doe@example.com please", "Email me at [email removed] please"),
    ("my email is J.Doe+benefits@mail.example.org.", "my email is [email removed]."),
    ("Contact: maria_lopez99@correo.example.mx", "Contact: [email removed]"),
    ("write to sam (at) example (dot) net", "write to [email removed]"),
    ("reply to pat[at]example[dot]gov thanks", "reply to [email removed] thanks"),
    ("José escribió a josé@ejemplo.es ayer", "José escribió a [email removed] ayer"),
    # US phone numbers
    ("Call me back at (202) 555-0143.", "Call me back at [phone number removed]."),
    ("my cell is 202-555-0187", "my cell is [phone number removed]"),
    ("Number: 202.555.0166 after 5pm", "Number: [phone number removed] after 5pm"),
    ("reach me on 415 555 0132 any time", "reach me on [phone number removed] any time"),
    ("+1 312 555 0199 is my work line", "[phone number removed] is my work line"),
    ("Try +1-646-555-0123 or email", "Try [phone number removed] or email"),
    ("my number is +12065550172", "my number is [phone number removed]"),
    ("They told me to call 1-800-555-0199 again", "They told me to call [phone number removed] again"),
    ("office line (503)555-0110 ext. 42, ask for Ana", "office line [phone number removed], ask for Ana"),
    ("please call me 7185550134 tomorrow", "please call me [phone number removed] tomorrow"),
    ("text me at 555-0148", "text me at [phone number removed]"),
    ("In London my phone is +44 20 7946 0958.", "In London my phone is [phone number removed]."),
    # Arabic-Indic digits are read as digits too.
    ("هاتفي ٢٠٢-٥٥٥-٠١٤٣ شكرا", "هاتفي [phone number removed] شكرا"),  # noqa: RUF001
    # Social Security numbers
    ("My SSN is 219-09-9999 and it was rejected", "My SSN is [SSN removed] and it was rejected"),
    ("the form shows 512 44 8830 as my number", "the form shows [SSN removed] as my number"),
    ("social security number 321456987 was wrong", "social security number [SSN removed] was wrong"),
    ("SSN:078051120", "SSN:[SSN removed]"),
    (
        "I typed 468213579, my social security no., twice",
        "I typed [SSN removed], my social security no., twice",
    ),
    # ITIN and other tax numbers
    ("My ITIN 912-70-1234 is new", "My ITIN [ITIN removed] is new"),
    ("ITIN: 955881234", "ITIN: [ITIN removed]"),
    ("our EIN is 12-3456789", "our EIN is [tax ID removed]"),
    # Payment card numbers (Luhn-valid test numbers)
    ("I paid with 4111 1111 1111 1111 and it failed", "I paid with [card number removed] and it failed"),
    ("card 5555-5555-5555-4444 was charged twice", "card [card number removed] was charged twice"),
    ("Amex 3782 822463 10005 declined", "Amex [card number removed] declined"),
    ("number 6011111111111117 on the receipt", "number [card number removed] on the receipt"),
    ("the 14 digit one: 30569309025904", "the 14 digit one: [card number removed]"),
    ("old card 4222222222222 still works", "old card [card number removed] still works"),
    ("19 digits 6221260000000000001 here", "19 digits [card number removed] here"),
    # Passports, licenses, immigration and Medicare numbers
    ("My passport number is A12345678.", "My passport number is [passport number removed]."),
    ("passport 512345678 expires soon", "passport [passport number removed] expires soon"),
    (
        "driver's license D1234-5678-90 was scanned",
        "driver's license [driver's license number removed] was scanned",
    ),
    ("License number: S530-4621-9923", "License number: [driver's license number removed]"),
    ("My A-Number is A-123-456-789", "My A-Number is [A-number removed]"),
    ("USCIS has my file under A123456789", "USCIS has my file under [A-number removed]"),
    ("case for A#201456789 still open", "case for [A-number removed] still open"),
    (
        "my Medicare number 1EG4-TE5-MK73 is on the card",
        "my Medicare number [Medicare number removed] is on the card",
    ),
    ("Medicare ID 2AC3DE4FG56", "Medicare ID [Medicare number removed]"),
    # Bank accounts and dates of birth
    ("Refund went to account 0012345678 instead", "Refund went to account [account number removed] instead"),
    (
        "routing number 021000021 and acct 9876543210",
        "routing number [account number removed] and acct [account number removed]",
    ),
    ("DOB 04/12/1985", "DOB [date of birth removed]"),
    ("I was born on March 3, 1990 in Ohio", "I was born on [date of birth removed] in Ohio"),
    ("date of birth: 1979-11-30", "date of birth: [date of birth removed]"),
    # Several kinds in one comment
    (
        "I'm Jo, jo@example.com, 202-555-0101, SSN 219-09-9999.",
        "I'm [name removed], [email removed], [phone number removed], SSN [SSN removed].",
    ),
    # Street addresses and post office boxes
    ("I live at 123 Main St and it never came", "I live at [address removed] and it never came"),
    ("Mail it to 4500 N. Elm Avenue Apt 5, please.", "Mail it to [address removed], please."),
    ("PO Box 1234, Laredo, TX 78040", "[address removed]"),
    ("The office at 1600 Pennsylvania Ave was not it.", "The office at [address removed] was not it."),
    ("my address is 12 Rue Cler, Paris", "my address is [address removed]"),
    # Names after the words that introduce them
    ("my wife Oluwaseun Adeyemi-Baker handles our taxes", "my wife [name removed] handles our taxes"),
    ("big thanks to Tremayne Odom at the front desk", "big thanks to [name removed] at the front desk"),
    ("Regards,\nBartholomew Quince\n(retired nurse)", "Regards,\n[name removed]\n(retired nurse)"),
    ("signed marisol fuentes (caregiver)", "signed [name removed] (caregiver)"),
    ("name: okafor, chidinma\nproblem: upload fails", "name: [name removed]\nproblem: upload fails"),
    ("my name is Grant Whitfield and my claim is stuck", "my name is [name removed] and my claim is stuck"),
    ("the letter says GWENDOLYN O'HARA, my old name", "the letter says [name removed], my old name"),
    ("name as shown on card: TOMASZ WISNIEWSKI", "name as shown on card: [name removed]"),
    ("spell it Zephyrine Dunleavy, not Zephyrine Dunleavey", "spell it [name removed], not [name removed]"),
    ("it cut Bogdan Wierzbicki-Lang to 'Wierzbicki-La'", "it cut [name removed] to '[name removed]'"),
    ("Thanks, Yetunde & Femi Alabi", "Thanks, [name removed]"),
    ("im kevin mcallister-shaw, it says kevin mcallistershaw", "im [name removed], it says [name removed]"),
    ("changed from Odalys Ferro to Odalys Ferro-Quispe", "changed from [name removed] to [name removed]"),
    ("for my mother dolores arriaga, she is 80", "for my mother [name removed], she is 80"),
    ("My name is Jane Doe and I need help", "My name is [name removed] and I need help"),
    ("my name is maria gonzalez", "my name is [name removed]"),
    ("Name: Tyrone Jackson", "Name: [name removed]"),
    ("This is Linda Park, I called last week.", "This is [name removed], I called last week."),
    ("I am Carlos Mendoza and I am a veteran", "I am [name removed] and I am a veteran"),
    ("Ms. Alvarez at the desk was rude", "Ms. [name removed] at the desk was rude"),
    ("Quick and kind. Thanks, Jamal", "Quick and kind. Thanks, [name removed]"),
    # Names after a form label, in capitals or family name first, and names pointed to another way
    ("Prepared by: ROSALIND OKAFOR", "Prepared by: [name removed]"),
    (
        "reviewed it and signed by my neighbor: tomas vidmar",
        "reviewed it and signed by my neighbor: [name removed]",
    ),
    ("ATTN MRS. HENRIETTA BLACKWOOD", "ATTN MRS. [name removed]"),
    ("Beneficiary: OKONKWO, ADAEZE N.", "Beneficiary: [name removed]"),
    ("Full name (last, first): OYELOWO-GRANT, Amara Inés", "Full name (last, first): [name removed]"),
    ("my claim is filed under Brannigan, Siobhan", "my claim is filed under [name removed]"),
    (
        "I am writing on behalf of my dad, teodor lisowski, who is 90",
        "I am writing on behalf of my dad, [name removed], who is 90",
    ),
    ("Ask for Priya, that's me, about the refund.", "Ask for [name removed], that's me, about the refund."),
    (
        "A letter to Oswin Halloway came today (that's me).",
        "A letter to [name removed] came today (that's me).",
    ),
    ("thanks, dorian kettleborough", "thanks, [name removed]"),
    ("cheers -- vesna obradovic-kim", "cheers -- [name removed]"),
    ("Saludos cordiales,\nJuan Carlos de las Heras Moreno", "Saludos cordiales,\n[name removed]"),
    (
        "The award went to Ottilie Brandvold but I changed my name to Ottilie Sandgren.",
        "The award went to [name removed] but I changed my name to [name removed].",
    ),
    (
        "My late wife Marguerite Dunleavy's pension stopped. I'm her husband, Rupert Dunleavy.",
        "My late wife [name removed] pension stopped. I'm her husband, [name removed].",
    ),
    ("我叫李志强（Zhiqiang Li），请回电话。", "我叫[name removed]（[name removed]），请回电话。"),  # noqa: RUF001
    ("mi apellido es Quiñones, no Quiñonez", "mi apellido es [name removed], no Quiñonez"),
    # Rural routes, letter units, house numbers given apart from the street, and streets written another way
    ("HCR 71 Box 8A, Ruidoso NM", "[address removed]"),
    ("we are at 2210 county rd 9, past the silos", "we are at [address removed], past the silos"),
    ("send it to 48 Larkspur Road, Unit C please", "send it to [address removed] please"),
    ("I moved to 930 Briar Ridge Drive, Apt 2, Tulsa OK 74105.", "I moved to [address removed]."),
    (
        "the house number is 508, the street is Foxglove Terrace",
        "the house number is [address removed], the street is [address removed]",
    ),
    ("correo a 1450 Ave Muñoz Rivera por favor", "correo a [address removed] por favor"),
    ("my address is thirty-one Linden Street, zip 44120", "my address is [address removed], zip 44120"),
    ("the lobby at 1300 Grand Concourse, apartment 12C is cold", "the lobby at [address removed] is cold"),
    # IP addresses
    ("my IP is 192.168.1.10", "my IP is [IP address removed]"),
    ("blocked 2001:db8:85a3::8a2e:370:7334 today", "blocked [IP address removed] today"),
    # SSNs written with dots, en dashes, spaces around the separators, or bare after "social"
    ("SSN 471.38.2290", "SSN [SSN removed]"),
    ("ssn 348\u201371\u20135520", "ssn [SSN removed]"),
    ("social security # 219 - 44 - 8120", "social security # [SSN removed]"),
    ("my social is 402915583", "my social is [SSN removed]"),
    # Phone numbers with slashes, or 10 bare digits after "my number is"
    ("call 202/555-0147 anytime", "call [phone number removed] anytime"),
    ("My number is 2025550143, text is fine.", "My number is [phone number removed], text is fine."),
    # Card numbers grouped with dots or in groups of eight
    ("my card number is 4242.4242.4242.4242", "my card number is [card number removed]"),
    ("card no 41111111 11111111", "card no [card number removed]"),
    # Dates of birth
    ("DOB 03/04/1985", "DOB [date of birth removed]"),
    ("my birthday is 3/4/85", "my birthday is [date of birth removed]"),
    ("DOB\u201411\u201302\u20131974", "DOB\u2014[date of birth removed]"),
    ("born in 1951, on June 9, in a small town", "born in [date of birth removed], in a small town"),
    (
        "my date of birth (the field keeps clearing it) is 12-01-1966",
        "my date of birth (the field keeps clearing it) is [date of birth removed]",
    ),
    (
        "DOB 2/3/77 but the letter says 3/2/77",
        "DOB [date of birth removed] but the letter says [date of birth removed]",
    ),
    (
        "they have 6/21/1958 as my birthdate but it is 6/12/1958",
        "they have [date of birth removed] as my birthdate but it is [date of birth removed]",
    ),
    ("birth date: 06 / 11 / 2018 (June 11)", "birth date: [date of birth removed] ([date of birth removed])"),
    ("nací el doce de marzo de mil novecientos setenta y dos", "nací el [date of birth removed]"),
    ("date of birth is 9 august 63", "date of birth is [date of birth removed]"),
    (
        "I was born 3/4/1985, and I applied on 4/3/2024.",
        "I was born [date of birth removed], and I applied on 4/3/2024.",
    ),
    # A-numbers and driver's licenses
    ("alien number 204 558 931", "alien number [A-number removed]"),
    ("CA DL D1234567", "CA DL [driver's license number removed]"),
    ("A-nummber: 309 118 274", "A-nummber: [A-number removed]"),
    ("A-Number 309.118.274", "A-Number [A-number removed]"),
    ("mi licensia 0 7 7 1 2 4 5 9 no sirve", "mi licensia [driver's license number removed] no sirve"),
    (
        "my DL is expired, the number is W123-4567-8901",
        "my DL is expired, the number is [driver's license number removed]",
    ),
    (
        "asked for my licence number and I typed 000077120934 but it failed",
        "asked for my licence number and I typed [driver's license number removed] but it failed",
    ),
    # Passports after a dash, with a dot inside, or the other one of a pair
    ("passport\u2013B31907724", "passport\u2013[passport number removed]"),
    ("my passport is 4471.90233", "my passport is [passport number removed]"),
    (
        "my passport number on the receipt is T40918273",
        "my passport number on the receipt is [passport number removed]",
    ),
    (
        "the old passport was 310958247, the new one is K20419836",
        "the old passport was [passport number removed], the new one is [passport number removed]",
    ),
    (
        "wife 771203348, me 771203349 (passports)",
        "wife [passport number removed], me [passport number removed] (passports)",
    ),
    # Routing and account numbers side by side, and a mistyped account number
    ("routing/acct 026009593/4471029938", "routing/acct [account number removed]/[account number removed]"),
    (
        "I gave 026009593 and 5510294471 but the deposit never came",
        "I gave [account number removed] and [account number removed] but the deposit never came",
    ),
    (
        "direct dep: 026009593 / 7712\u20130394\u201355",
        "direct dep: [account number removed] / [account number removed]",
    ),
    ("acc 8812 0034 5567, rtng 026009593", "acc [account number removed], rtng [account number removed]"),
    (
        "deposited into account 7712039455, mine is 7712039545",
        "deposited into account [account number removed], mine is [account number removed]",
    ),
    # Employer ID numbers typed against the label or with a slash; an IP address after "para"
    ("EIN55-0193847", "EIN[tax ID removed]"),
    ("employer ID is 55/0193847", "employer ID is [tax ID removed]"),
    ("el sistema bloqueó para 198.51.100.23 ayer", "el sistema bloqueó para [IP address removed] ayer"),
    # Zero-width and no-break spaces inside a number: the marker takes them, the rest stays as typed
    ("SSN 536\u200b22\u200b1847 ok", "SSN [SSN removed] ok"),
    ("call\u00a0me at 202\u00a0555\u00a00143\u00a0now", "call\u00a0me at [phone number removed]\u00a0now"),
    (
        "caf\u00e9 \u2014 card 4111\u202f1111\u202f1111\u202f1111",
        "caf\u00e9 \u2014 card [card number removed]",
    ),
    # A house number in words is found in text with no digit at all.
    ("we moved, my address is thirty-one Linden Court now", "we moved, my address is [address removed] now"),
    # A street in lower case with a short street word ("ct"); a street copied in capitals or in quotes,
    # or with its number in words; a Puerto Rican street with a block ("Bloque")
    (
        "the tax letter went to 88 willow bend ct and not to my new place",
        "the tax letter went to [address removed] and not to my new place",
    ),
    (
        "The checker turns 45 Juniper Ln Unit 2 into '45 JUNIPER LN' every time.",
        "The checker turns [address removed] into '[address removed]' every time.",
    ),
    (
        "Neither '12 Quarry Hill Rd' nor 'Twelve Quarry Hill Road' gets accepted.",
        "Neither '[address removed]' nor '[address removed]' gets accepted.",
    ),
    (
        "Mi casa es Urb. Los Almendros, Calle 4 Bloque 9 #22, Bayamón.",
        "Mi casa es Urb. Los Almendros, [address removed], Bayamón.",
    ),
    # Names with particles ("bin", "el-"), accents, apostrophes; after "from ...:" opening a comment,
    # before "here", after "my name ...:"; in quotes; a copy in capitals cut short; a spelling corrected
    # only in its accents
    (
        "from Yasmin el-Masri: the portal drops half of my family name.",
        "from [name removed]: the portal drops half of my family name.",
    ),
    (
        "From Tariq ibn Ziyad Haddad: the upload fails at step 3.",
        "From [name removed]: the upload fails at step 3.",
    ),
    (
        "Khalid bin Rashid here. The form wants a surname and I have none.",
        "[name removed] here. The form wants a surname and I have none.",
    ),
    (
        "The page says my name is too long: Ngaio Beaulieu-Østergaard. It fits on my license!",
        "The page says my name is too long: [name removed]. It fits on my license!",
    ),
    (
        "The envelope says 'Maria Gonzalez' in block letters, wrong person.",
        "The envelope says '[name removed]' in block letters, wrong person.",
    ),
    (
        "Applicant: FARIDA NASSER AL-AMIRI and the badge prints 'FARIDA NASSER AL' only.",
        "Applicant: [name removed] and the badge prints '[name removed]' only.",
    ),
    (
        "Small fix please: it's Renée Côté, not Renee Cote.",
        "Small fix please: it's [name removed], not [name removed].",
    ),
    (
        "The system drops the apostrophe, so D'Andre Whitfield shows as DAndre Whitfield.",
        "The system drops the apostrophe, so [name removed] shows as [name removed].",
    ),
    (
        "The envelope for Siobhán Gallagher came back twice.",
        "The envelope for [name removed] came back twice.",
    ),
    # In a comment about names, a capitalized word before a family name of two capitalized parts joined
    # by a hyphen; particles between a given name and a family name, the first capitalized, and such a
    # family name again alone; "correct/update my wife's name to"; a nickname in quotes between a given
    # name and a family name, and a signed name with a note after a dash
    (
        "the hyphen breaks my last name: Wren Ashdown-Kirby shows as Wren AshdownKirby",
        "the hyphen breaks my last name: [name removed] shows as [name removed]",
    ),
    (
        "Dear support, the surname box ate the hyphen in Ilse Brandt-Öztürk again",
        "Dear support, the surname box ate the hyphen in [name removed] again",
    ),
    (
        "it won't take a space in Di Stefano - the account holder is Marco Di Stefano",
        "it won't take a space in [name removed] - the account holder is [name removed]",
    ),
    (
        "the letter to Lucas Van der Meer came back unopened",
        "the letter to [name removed] came back unopened",
    ),
    (
        "my name is Ramona St. Clair and the form drops the period",
        "my name is [name removed] and the form drops the period",
    ),
    (
        "please update my husband's last name to Okonjo-Bauer",
        "please update my husband's last name to [name removed]",
    ),
    (
        "can you correct daughter name to Liesl Vantongeren, it has a typo",
        "can you correct daughter name to [name removed], it has a typo",
    ),
    (
        'the clerk said Theodore "Teddy" Marsh has to sign too',
        "the clerk said [name removed] has to sign too",
    ),
    ('signed, Leszek "Lech" Wojtowicz - 1st Cavalry', "signed, [name removed] - 1st Cavalry"),
    (
        "Sincerely, Ignacy Pawlak -- retired machinist, 30 years",
        "Sincerely, [name removed] -- retired machinist, 30 years",
    ),
    # A relative's name set off by commas after their records, with a given name on the list or letters
    # English lacks
    (
        "Please send my late father's service records, Bolesław Wąsik, to my new address.",
        "Please send my late father's service records, [name removed], to my new address.",
    ),
    (
        "my mom's pension file, Greta Lindqvist, was closed by mistake",
        "my mom's pension file, [name removed], was closed by mistake",
    ),
    # A name found, written again another way: capitals and family name first, misspelled, garbled,
    # the order turned; names in two form fields; romanized names; relatives named in other languages
    (
        "Card reads OMULLANE, NIAMH but my name is Niamh O'Mulláne",
        "Card reads [name removed] but my name is [name removed]",
    ),
    (
        "Andrei Sokolov is my uncle; the notice says 'Andrey Sokoloff'",
        "[name removed] is my uncle; the notice says '[name removed]'",
    ),
    (
        "the name with an accent broke: Zoé Ferrán → ZoÃ© FerrÃ¡n",
        "the name with an accent broke: [name removed] → [name removed]",
    ),
    (
        "我叫陈志明，拼音 Chen Zhiming，信上写的是 Zhiming Chan",  # noqa: RUF001
        "我叫[name removed]，拼音 [name removed]，信上写的是 [name removed]",  # noqa: RUF001
    ),
    (
        "first: Temitope last: Okafor-Bello and the PDF shows Temitope Okaforbello",
        "first: [name removed] last: [name removed] and the PDF shows [name removed]",
    ),
    ("제 이름은 이서연 (Lee Seoyeon) 입니다", "제 이름은 [name removed] ([name removed]) 입니다"),
    (
        "어머니 성함은 최미경입니다. 영문 이름은 Choi Mi-kyung 이에요.",
        "어머니 성함은 [name removed]입니다. 영문 이름은 [name removed] 이에요.",
    ),
    ("我替我奶奶张桂兰申请的，她看不清字。", "我替我奶奶[name removed]申请的，她看不清字。"),  # noqa: RUF001
    ("Пишу за своего дедушку, Николая Ивановича Орлова.", "Пишу за своего дедушку, [name removed]."),
    ("أكتب نيابة عن والدتي فاطمة حسن لأنها مريضة", "أكتب نيابة عن والدتي [name removed] لأنها مريضة"),
    # A street found, copied elsewhere and cut short by a form's field
    (
        "the form keeps 25 letters, so 8812 Southeast Willowbend Terrace came out as 8812 Southeast Willowb",
        "the form keeps 25 letters, so [address removed] came out as [address removed]",
    ),
    (
        "line 1 shows '417 Copper' and line 2 'field Ave' — it should be 417 Copperfield Ave",
        "line 1 shows '[address removed]' and line 2 'field Ave' — it should be [address removed]",
    ),
    # A street's house number again before the street written another way; a numbered street after a
    # direction; a one-word house number in words before a street name of two words
    (
        "i typed 7731 NW 112th Pl and the page made it 7731 Northwest 112 Place, the mailman is confused",
        "i typed [address removed] and the page made it [address removed], the mailman is confused",
    ),
    ("we are at 2290 SW 47 Ter since march", "we are at [address removed] since march"),
    (
        "my home is Fourteen Cedar Hollow Lane, the box wants numbers only",
        "my home is [address removed], the box wants numbers only",
    ),
    ("I am at seven Birchwood Rd, no number box", "I am at [address removed], no number box"),
    # A relative's name in capitals after "my late husband"; a name's part after "first name" in a list
    (
        "my late husband WALTER J. OYELARAN still gets the letters, please remove",
        "my late husband [name removed] still gets the letters, please remove",
    ),
    (
        "my mother ROSE ELLEN MCCORMICK cannot read the small print",
        "my mother [name removed] cannot read the small print",
    ),
    (
        "the form swapped them: surname De la Cruz, first name Marisol",
        "the form swapped them: surname [name removed], first name [name removed]",
    ),
    # Chinese and Korean names with the same name in Latin letters, beside or elsewhere
    (
        "联系人：黄嘉欣（Huang Jiaxin），电话打不通",  # noqa: RUF001
        "联系人：[name removed]（[name removed]），电话打不通",  # noqa: RUF001
    ),
    (
        "제 남편은 김도윤 (Kim Do-yoon) 이고 영문 철자가 틀렸어요",
        "제 남편은 [name removed] ([name removed]) 이고 영문 철자가 틀렸어요",
    ),
    (
        "我叫王建华，可是信封上印的是 Jianhua Wong",  # noqa: RUF001
        "我叫[name removed]，可是信封上印的是 [name removed]",  # noqa: RUF001
    ),
    # ... and the other way: a name in Chinese or Korean in brackets right after the same name in Latin
    # letters, their family names alike; not a word in brackets ("客户", customer)
    (
        "my name is Zhou Meilan (周美兰) and the form drops the characters",
        "my name is [name removed] ([name removed]) and the form drops the characters",
    ),
    ("申请人 Liu Guofeng（刘国峰）不会用电脑", "申请人 [name removed]（[name removed]）不会用电脑"),  # noqa: RUF001
    ("my name is Wei Zhang (客户), I can't log in", "my name is [name removed] (客户), I can't log in"),
    # a Russian name found, written again in Latin letters as a passport spells it, in either order
    (
        "Меня зовут Ольга Кузнецова, а в визе стоит Kuznetsova Olga.",  # noqa: RUF001
        "Меня зовут [name removed], а в визе стоит [name removed].",  # noqa: RUF001
    ),
    (
        "Я Андрей Ковальчук, в билете Andrii Kovalchuk, это ошибка?",
        "Я [name removed], в билете [name removed], это ошибка?",
    ),
    (
        "Меня зовут Марина Белова, офис на Moscow Marina Plaza закрыт",
        "Меня зовут [name removed], офис на Moscow Marina Plaza закрыт",
    ),
    # given names spelled as passports write them, and West African given names
    ("the card reads Yurii Petrenko instead", "the card reads [name removed] instead"),
    (
        "my husband's record shows Babatunde O. Adeleke twice",
        "my husband's record shows [name removed] twice",
    ),
    # a short family name that is a small word only in another language ("Ng")
    ("we filed for Grace Ng in March and nothing", "we filed for [name removed] in March and nothing"),
    # a form's street field pasted with its label: a house number and a capitalized name
    (
        "Street: 412 Camino Del Sol -- Unit: 2 -- the unit went into city",
        "Street: [address removed] -- Unit: 2 -- the unit went into city",
    ),
    ("Address line 1: 88 Paseo Verde, city blank", "Address line 1: [address removed], city blank"),
]

# Ordinary sentences: stored exactly as typed.
ORDINARY: list[str] = [
    "twenty-two people waited in line and only one clerk was there",
    "I waited 45 minutes on hold.",
    "I applied in 2024 and heard back in 2025.",
    "The fee was $1,234.56, which is a lot.",
    "I live in ZIP 20500.",
    "My ZIP code is 20500-0003.",
    "If it is an emergency, call 911.",
    "Call 311 for city services.",
    "The office opens at 8:30 and closes at 16:00.",
    "My appointment was on 05/12/2024 at 10:15.",
    "It took from 2023-01-15 to 2023-03-02.",
    "My case number is 2024-001234.",
    "Case 4567891234 is still pending.",
    "Order 987654321 arrived late.",
    "I ordered 3 items and got 2.",
    "Page 2 of 7 would not load.",
    "This is my 3rd try in 14 days.",
    "The card number 4111 1111 1111 1112 was made up for this test.",
    "Reference 1234567890123456 does not pass the check.",
    "I paid $45 twice and $1,200 once.",
    "About 1 in 5 people gave up.",
    "The form took 20 to 30 minutes.",
    "Version 2.14.3 of the app crashed.",
    "Form I-9 and form 1040 were both needed.",
    "We are a family of 4 with 2 cars.",
    "Room 204, building 3, floor 2.",
    "It said error 500 three times.",
    "The 2020 census counted 331,449,281 people.",
    "I spent 1.5 hours on this.",
    "The wait was 2-3 weeks.",
    "My phone broke, so I used the library computer.",
    "I called 3 times about my account.",
    "My passport renewal took 6 weeks in 2023.",
    "My driver's license expired in 2022.",
    "$1,234.56 was taken from my bank account.",
    "I was born in 1960 and retired in 2022.",
    "Social Security helped me a lot last year.",
    "I sent it by email, not by phone.",
    "Line 12b on form 1040-SR is unclear.",
    "Score: 10/10, would use again!",
    "Highway 101 was closed, so I was 15 min late.",
    "Tracking shows 12 of 16 steps done.",
    "The Springfield office on Main Street was friendly.",
    "Highway 101 is closed near exit 12.",
    "I am happy with the service.",
    "I am 65 years old and this was hard.",
    "I am Deaf and there was no text option.",
    "This is Social Security's fault, not mine.",
    "My name is spelled wrong on the letter.",
    "My son was born in 2010 and his appointment is on 05/12/2024.",
    "Version 10.0.19045.3803 of Windows cannot open it.",
    "Case 202-555-0143 is the one on my letter.",
    "Application ID 1234567890 shows as incomplete.",
    "I called about claim 2025550143 twice.",
    "Una espera de 45 minutos es demasiado.",
    "等了45分钟。",
    "انتظرت ٤٥ دقيقة",
    "The Dawn Redwood tree and the Douglas Fir were mislabeled.",
    "Thanks to Google Maps I found the building.",
    "I drove the Will Rogers Turnpike to the Hope Center.",
    "Is the Grant program still open, and is the Summer EBT card coming?",
    "The Harriet Tubman $20 bill page is out of date.",
    "El Día de Martin Luther King la oficina cerró temprano.",
    "The plan changed from Blue Cross to Blue Shield.",
    "my APRIL RENT was late because the MAY PAYMENT never came.",
    "Hurricane Helene Relief applications are closed.",
    "I worked with Catholic Charities on the paperwork.",
    "My son may need help with the form, and my wife will call.",
    "Big thanks to the Meals on Wheels team.",
    "My birth certificate arrived 2024-03-05 after 45 days.",
    "Born here, but the office gave me a new date: 05/06/2024",
    "The DOB field was blank so the system showed: 05/06/2024",
    "Claim 123456789 and 987654321 are both pending at the bank.",
    "The old form was 12 pages and the new one is 20 pages long.",
    "My passport renewal form was mailed on 03/04/2024 and came back 05/06/2024.",
    "I deposited checks 1021 and 1022 at the bank on Monday.",
    "My DOB on the form is correct but the date on the letter is 05/06/2024.",
    "My phone number on the letter is wrong and the letter number is 12345678.",
    "Grace Episcopal shelter was closed on the hottest day.",
    "The St. Paul Lutheran pantry and the Faith Baptist clinic helped.",
    "Submitted by: the county office",
    "Submitted by: online portal",
    "Filed by: a social worker",
    "ATTN: Billing Department",
    "The toggle is under Settings, Privacy.",
    "It is listed under Housing, Rentals.",
    "thanks, take care",
    "thx - fix asap",
    "cheers, merry christmas",
    "The page is slow - takes forever",
    "I am writing on behalf of my mom, who is 80, and my dad.",
    "on behalf of my son, a minor, I applied twice",
    "That's me in the photo on the home page.",
    "If a complaint came from Room 12, that's me.",
    "I changed my name to match my passport.",
    "Terminal 2 Main Concourse was crowded and Gate 5 Oak Court was closed.",
    "The house number field takes 6 digits.",
    "We drove 40 county road 12 miles to get there.",
    "We have two Park Avenue offices and 3 more.",
    "I waited twenty two minutes in line on Main Street.",
    # Places named after people, names of shops, and headers and labels that are no names
    "The old Walter Reed campus is closed now.",
    "Walter Reed's visitor parking moved again.",
    "The Audie Murphy hospital has new parking rules.",
    "The Everett Dirksen building lobby is closed.",
    "We met at O'Reilly Auto Parts to swap the battery.",
    "From Google Chrome: the page freezes after login.",
    "from my phone: the upload button does nothing",
    "my name field shows an error: Invalid Format.",
    "It says Résumé Builder, not Resume Builder, on the menu.",
    "Support Team here. Please rate this reply.",
    "Sign in here. Then click Continue.",
    "we had 2 hearings in family ct this year",
    "Is the Dr. Mary Walker Clinic open on Saturdays?",
    "The clinic in the list is St. Luke's, but the map points to the old Grace Hopper one",
    "first: Click Apply, last: Click Submit",
    "我替我妈妈高兴，她终于拿到了。",  # noqa: RUF001
    # Near misses of the rules above
    "we waited 2 N 3 way calls and 45 E 12 St was not the office, and 1200 n 5 court dates",
    "I live off Eight Mile Road and the Seven Oaks Drive bus is late",
    "I'm at two different places on the road this week",
    "I typed 10450 into the box and then 10450 again on the Main Street page",
    "my daughter GRACE PERIOD ended, my son NEVER GOT IT, my husband SSN box is broken",
    "the box is blank, last name Required shows, first name Field is gray",
    "한국어 (Korean Language) 설정이 안 돼요",
    "申请人：本人，表格（Form Two）打不开",  # noqa: RUF001
    "Street: 3 Days ago the Address: 2 fields were empty, Street: 10 Minutes late",
    "Yo estaba con Maria Lo que pasa es que no abre, Ana Sin embargo no",
    "We called Grace Hospital twice; a clinic called Hope Medical Center said it is closed",
    # near misses of hyphenated family names, particles, "change the name to", a relative's records and
    # nicknames in quotes
    "The name field on the Multi-Factor Sign-In page is broken.",
    "Please Visit Wilkes-Barre Office to change your name.",
    "My name change was sent to the Winston-Salem office.",
    "The Coca-Cola Foundation grant asks for a contact name",
    "I flew from Santiago de Chile and my name is too long for the form",
    "Vivo en Carolina del Norte y mi nombre no cabe",
    "please change the name to Savings Account",
    "my son's application, Head Start, was denied",
    "my dad's records, Army Discharge Papers, are lost",
    'The Rose "Garden" Tour page is down',
    "Thanks, Customer Service - great job",
]
