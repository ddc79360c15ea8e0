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
    ("My name is Jane Doe and I need help", "My name is [name removed] and I need help"),
    ("my name is maria gonzalez", "my name is [name removed]"),
    ("Name: Tyrone Jackson", "Name: [name removed]"),
    ("This is Linda Park, I called last week.", "This is [name removed], I called last week."),
    ("I am Carlos Mendoza and I am a veteran", "I am [name removed] and I am a veteran"),
    ("Ms. Alvarez at the desk was rude", "Ms. [name removed] at the desk was rude"),
    ("Quick and kind. Thanks, Jamal", "Quick and kind. Thanks, [name removed]"),
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
    # A-numbers and driver's licenses
    ("alien number 204 558 931", "alien number [A-number removed]"),
    ("CA DL D1234567", "CA DL [driver's license number removed]"),
    # Zero-width and no-break spaces inside a number: the marker takes them, the rest stays as typed
    ("SSN 536\u200b22\u200b1847 ok", "SSN [SSN removed] ok"),
    ("call\u00a0me at 202\u00a0555\u00a00143\u00a0now", "call\u00a0me at [phone number removed]\u00a0now"),
    (
        "caf\u00e9 \u2014 card 4111\u202f1111\u202f1111\u202f1111",
        "caf\u00e9 \u2014 card [card number removed]",
    ),
]

# Ordinary sentences: stored exactly as typed.
ORDINARY: list[str] = [
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
]
