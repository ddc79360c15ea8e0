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
        "I'm Jo, [email removed], [phone number removed], SSN [SSN removed].",
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
    "The office at 1600 Pennsylvania Ave was not it.",
    "Una espera de 45 minutos es demasiado.",
    "等了45分钟。",
    "انتظرت ٤٥ دقيقة",
]
