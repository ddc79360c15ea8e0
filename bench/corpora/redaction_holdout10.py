"""Tenth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites. The corpus was
written without seeing the redaction rules and must not be used to tune them: it exists only to measure them.

All personal data in it is invented. Emails use the reserved example domains (example.com, example.net,
example.org); IP addresses come from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24
and 2001:db8::/32; phone numbers use the fictional 555-0100 to 555-0199 block; card numbers are published
test card numbers that pass the Luhn check; bank routing numbers pass the ABA checksum.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds ordinary
comments that must be stored unchanged. Scoring normalizes both the text and the substrings (NFKC, then
removal of Unicode category Cf characters) before checking whether a substring survived; for CLEAN the
normalized original is compared with the normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    (
        "email",
        "I never got the confirmation. please reply to dana.whitcomb@example.com not the address on file",
        [
            "dana.whitcomb@example.com",
        ],
    ),
    (
        "email",
        "email me at tgreer77 at example dot net thanks",
        [
            "tgreer77 at example dot net",
        ],
    ),
    (
        "email",
        "my email is KLOPEZ_1990@EXAMPLE.ORG and the form keeps saying invalid format",
        [
            "KLOPEZ_1990@EXAMPLE.ORG",
        ],
    ),
    (
        "email",
        "contact: r.okafor+passport@example.com (work) or rokafor@example.net (home), either is fine",
        [
            "r.okafor+passport@example.com",
            "rokafor@example.net",
        ],
    ),
    (
        "email",
        "Is the plus sign a problem? The form rejected m.chen+benefits@example.com so I also tried "
        "mchen.alt@example.org and that one went through.",
        [
            "m.chen+benefits@example.com",
            "mchen.alt@example.org",
        ],
    ),
    (
        "email",
        "pls send the reciept to jjohnson[at]example[dot]org i cant log in anymore",
        [
            "jjohnson[at]example[dot]org",
        ],
    ),
    (
        "email",
        "You can reach my daughter, who helps me with computers, at lily.tran.88@example.net. She "
        "handles everything for me since my stroke.",
        [
            "lily.tran.88@example.net",
        ],
    ),
    (
        "email",
        "wrong email on my account, it shows bobsmith@example.com but it should be bob.smith1@example.com",
        [
            "bobsmith@example.com",
            "bob.smith1@example.com",
        ],
    ),
    (
        "email",
        "emailaddress:ahmed.farouk@example.org",
        [
            "ahmed.farouk@example.org",
        ],
    ),
    (
        "email",
        "I typed my email like 20 times: sgarcia @ example . com and it never sends the code",
        [
            "sgarcia @ example . com",
        ],
    ),
    (
        "email",
        "Hi, this is about the renewal letter. My email changed last year and nobody updated it. The "
        "current one is pat.oneill@mail.example.com. Please fix it before the June 30 deadline.",
        [
            "pat.oneill@mail.example.com",
        ],
    ),
    (
        "email",
        "username and email are the same thing for me: kwame.asante@example.net",
        [
            "kwame.asante@example.net",
        ],
    ),
    (
        "email",
        "why does the site need my email (jdoe1234@example.com) just to read a fact sheet??",
        [
            "jdoe1234@example.com",
        ],
    ),
    (
        "email",
        "i dont get the codes at h.nguyen.vn@example.org, checked spam too",
        [
            "h.nguyen.vn@example.org",
        ],
    ),
    (
        "email",
        "reply-to: <marcus.bell@example.com>",
        [
            "marcus.bell@example.com",
        ],
    ),
    (
        "email",
        "Can someone email me back? It's wanda dot kowalski at example dot com",
        [
            "wanda dot kowalski at example dot com",
        ],
    ),
    (
        "email",
        "The verification link went to an old address, tiffany_r@example.net, which I lost access to "
        "in 2021. The new one is tiffanyross2024@example.com.",
        [
            "tiffany_r@example.net",
            "tiffanyross2024@example.com",
        ],
    ),
    (
        "email",
        "Email: GEORGE.HARLAN@EXAMPLE.COM\nBest time to reach me: mornings",
        [
            "GEORGE.HARLAN@EXAMPLE.COM",
        ],
    ),
    (
        "email",
        "my work email (e.baptiste@clinic.example.org) blocks your messages so please stop using it",
        [
            "e.baptiste@clinic.example.org",
        ],
    ),
    (
        "email",
        "Mi correo es lucia.ramirez@example.com, por favor envíen la respuesta en español",
        [
            "lucia.ramirez@example.com",
        ],
    ),
    (
        "email",
        "no me llega el código a mi correo fernandoaguilar79@example.net ya revisé la carpeta de spam",
        [
            "fernandoaguilar79@example.net",
        ],
    ),
    (
        "email",
        "Correo electrónico: marisol punto vega arroba example punto org",
        [
            "marisol punto vega arroba example punto org",
        ],
    ),
    (
        "email",
        "Escríbanme a jose.m.torres@example.com o a mi hija que sabe más de computadoras: "
        "andrea.torres@example.net",
        [
            "jose.m.torres@example.com",
            "andrea.torres@example.net",
        ],
    ),
    (
        "email",
        "cambié mi email a carmen_ortiz@example.org pero la página sigue mostrando el anterior "
        "cortiz@example.com",
        [
            "carmen_ortiz@example.org",
            "cortiz@example.com",
        ],
    ),
    (
        "email",
        "Vui lòng gửi thư trả lời đến email của tôi: thu.pham62@example.com. Cảm ơn.",
        [
            "thu.pham62@example.com",
        ],
    ),
    (
        "phone",
        "call me back at (312) 555-0147 after 5pm please",
        [
            "(312) 555-0147",
        ],
    ),
    (
        "phone",
        "my cell is 202.555.0119",
        [
            "202.555.0119",
        ],
    ),
    (
        "phone",
        "phone number 7185550163 doesnt get the text code",
        [
            "7185550163",
        ],
    ),
    (
        "phone",
        "+1 415 555 0132 is my whatsapp if that is easier",
        [
            "+1 415 555 0132",
        ],
    ),
    (
        "phone",
        "You can reach me at 617-555-0108 or at work 617-555-0175 ext 22.",
        [
            "617-555-0108",
            "617-555-0175",
        ],
    ),
    (
        "phone",
        "the old number on file is 555-0121, the new one is (404) 555-0190",
        [
            "555-0121",
            "(404) 555-0190",
        ],
    ),
    (
        "phone",
        "Text me: 1\u2013213\u2013555\u20130144",
        [
            "1\u2013213\u2013555\u20130144",
        ],
    ),
    (
        "phone",
        "I waited on hold for 2 hours. If someone can call me, my number is 5 0 3 5 5 5 0 1 2 9.",
        [
            "5 0 3 5 5 5 0 1 2 9",
        ],
    ),
    (
        "phone",
        "my number is two oh six, five five five, oh one five two. I'm home all day.",
        [
            "two oh six, five five five, oh one five two",
        ],
    ),
    (
        "phone",
        "ph# 602/555/0186",
        [
            "602/555/0186",
        ],
    ),
    (
        "phone",
        "Phone (home): 305 555-0111   Phone (mobile): 305 555-0139",
        [
            "305 555-0111",
            "305 555-0139",
        ],
    ),
    (
        "phone",
        "please dont call 9165550178 before noon i work nights",
        [
            "9165550178",
        ],
    ),
    (
        "phone",
        "My mom has no email so the only way is to call her. She speaks Tongan mostly, her number is "
        "801-555-0157.",
        [
            "801-555-0157",
        ],
    ),
    (
        "phone",
        "tel 248 555 0193",
        [
            "248 555 0193",
        ],
    ),
    (
        "phone",
        "my number changed from 512-555-0104 to 512-555-0181, please update my profile",
        [
            "512-555-0104",
            "512-555-0181",
        ],
    ),
    (
        "phone",
        "call 773\u00a0555\u00a00126 anytime",
        [
            "773\u00a0555\u00a00126",
        ],
    ),
    (
        "phone",
        "the number the agent wrote down was wrong. its 314-555-01 46",
        [
            "314-555-01 46",
        ],
    ),
    (
        "phone",
        "Still waiting on a callback about my claim.\nthanks\n206.555.0137",
        [
            "206.555.0137",
        ],
    ),
    (
        "phone",
        "Cell: 470 555 0\u200b165 (texts ok)",
        [
            "470 555 0\u200b165",
        ],
    ),
    (
        "phone",
        "mi teléfono es (956) 555-0172, llámenme por favor en las tardes",
        [
            "(956) 555-0172",
        ],
    ),
    (
        "phone",
        "Número de celular: 787 555 0140 (Puerto Rico)",
        [
            "787 555 0140",
        ],
    ),
    (
        "phone",
        "no tengo correo, mi número es 2105550159",
        [
            "2105550159",
        ],
    ),
    (
        "phone",
        "llamar a mi esposo al 915-555-0118 o a mí al 915-555-0197",
        [
            "915-555-0118",
            "915-555-0197",
        ],
    ),
    (
        "phone",
        "mi tel. cambió, ahora es 323.555.0103",
        [
            "323.555.0103",
        ],
    ),
    (
        "phone",
        "请打我的电话\uff1a\uff08\uff16\uff12\uff16\uff09\uff15\uff15\uff15\uff0d\uff10\uff11\uff18\uff18\uff0c谢谢",
        [
            "\uff08\uff16\uff12\uff16\uff09\uff15\uff15\uff15\uff0d\uff10\uff11\uff18\uff18",
        ],
    ),
    (
        "ssn",
        "my ssn is 431-68-2290 and it still says no record found",
        [
            "431-68-2290",
        ],
    ),
    (
        "ssn",
        "SSN: 512 44 7386",
        [
            "512 44 7386",
        ],
    ),
    (
        "ssn",
        "social security number 603928451",
        [
            "603928451",
        ],
    ),
    (
        "ssn",
        "my social is 287-55-1043, I was told to include it here",
        [
            "287-55-1043",
        ],
    ),
    (
        "ssn",
        "i put my scoial secuirty # as 219 40 5862 and it rejected it",
        [
            "219 40 5862",
        ],
    ),
    (
        "ssn",
        "S.S.N. 318.27.6604",
        [
            "318.27.6604",
        ],
    ),
    (
        "ssn",
        "last four didnt work so here is the full number 455\u201319\u20133378",
        [
            "455\u201319\u20133378",
        ],
    ),
    (
        "ssn",
        "SS# 530/62/1187",
        [
            "530/62/1187",
        ],
    ),
    (
        "ssn",
        "It asked for my SSN three times and then logged me out. 274-81-\u200b5530",
        [
            "274-81-\u200b5530",
        ],
    ),
    (
        "ssn",
        "My husband's social security number (we file jointly) is 392-06-7714 and mine is 392-06-8841.",
        [
            "392-06-7714",
            "392-06-8841",
        ],
    ),
    (
        "ssn",
        "ssn 6 1 4 - 2 2 - 9 0 7 3",
        [
            "6 1 4 - 2 2 - 9 0 7 3",
        ],
    ),
    (
        "ssn",
        "My Social Security disability payment stopped in March. They asked me to confirm my number at "
        "the office in person, and I did, it is 208 35 4419, and still nobody called back.",
        [
            "208 35 4419",
        ],
    ),
    (
        "ssn",
        "socal sec no. 517-29-6630",
        [
            "517-29-6630",
        ],
    ),
    (
        "ssn",
        "ssn#:476880215",
        [
            "476880215",
        ],
    ),
    (
        "ssn",
        "The SSA letter had the wrong number on it. It should be 349-71-2256, not 349-17-2256.",
        [
            "349-71-2256",
            "349-17-2256",
        ],
    ),
    (
        "ssn",
        "Social Security No 129\u00a044\u00a05067",
        [
            "129\u00a044\u00a05067",
        ],
    ),
    (
        "ssn",
        "not just the last four, here is the whole social: 662-10-4471",
        [
            "662-10-4471",
        ],
    ),
    (
        "ssn",
        "My SSN is five one two, three three, eight zero nine one",
        [
            "five one two, three three, eight zero nine one",
        ],
    ),
    (
        "ssn",
        "tax id (my SSN) 538 - 70 - 1942",
        [
            "538 - 70 - 1942",
        ],
    ),
    (
        "ssn",
        "mi número de seguro social es 421-39-8876",
        [
            "421-39-8876",
        ],
    ),
    (
        "ssn",
        "Seguro Social: 604 82 1139, ya lo envié dos veces",
        [
            "604 82 1139",
        ],
    ),
    (
        "ssn",
        "el número de seguro social de mi mamá es 287.03.5514 y el sistema dice que no coincide",
        [
            "287.03.5514",
        ],
    ),
    (
        "ssn",
        "SSN 5 4 1 7 7 2 0 3 6 no me deja continuar",
        [
            "5 4 1 7 7 2 0 3 6",
        ],
    ),
    (
        "ssn",
        "numero de segro socal 366-91-2048",
        [
            "366-91-2048",
        ],
    ),
    (
        "ssn",
        "Ang aking Social Security number ay 478-26-9013, pakitingnan po.",
        [
            "478-26-9013",
        ],
    ),
    (
        "itin_ein",
        "my ITIN is 912-78-4431",
        [
            "912-78-4431",
        ],
    ),
    (
        "itin_ein",
        "ITIN 9 3 4 - 7 2 - 1 0 5 8",
        [
            "9 3 4 - 7 2 - 1 0 5 8",
        ],
    ),
    (
        "itin_ein",
        "our business EIN is 47-3829104",
        [
            "47-3829104",
        ],
    ),
    (
        "itin_ein",
        "EIN: 83 4417209",
        [
            "83 4417209",
        ],
    ),
    (
        "itin_ein",
        "employer id number 271938465",
        [
            "271938465",
        ],
    ),
    (
        "itin_ein",
        "The W-2 shows employer identification number 52-1084736 but the portal wants it without the "
        "dash so I typed 521084736 and got an error anyway.",
        [
            "52-1084736",
            "521084736",
        ],
    ),
    (
        "itin_ein",
        "I have an itin not a ssn: 985-81-2270",
        [
            "985-81-2270",
        ],
    ),
    (
        "itin_ein",
        "tax id for the LLC 36\u20134402918",
        [
            "36\u20134402918",
        ],
    ),
    (
        "itin_ein",
        "ITIN#9 6 3 5 0 6 6 1 2",
        [
            "9 6 3 5 0 6 6 1 2",
        ],
    ),
    (
        "itin_ein",
        "my ITIN expired. number was 912 94 7741, I mailed the W-7 in February",
        [
            "912 94 7741",
        ],
    ),
    (
        "itin_ein",
        "Our nonprofit's EIN (81-2046637) isn't recognized when we log in to the grants portal",
        [
            "81-2046637",
        ],
    ),
    (
        "itin_ein",
        "fed tax id 94-7710352, please update our vendor profile",
        [
            "94-7710352",
        ],
    ),
    (
        "itin_ein",
        "itin 977704128",
        [
            "977704128",
        ],
    ),
    (
        "itin_ein",
        "I entered EIN 20/5571834 with a slash by mistake and now I can't edit it",
        [
            "20/5571834",
        ],
    ),
    (
        "itin_ein",
        "The sole proprietor EIN is 46-0093812 and my personal ITIN is 924-77-6180.",
        [
            "46-0093812",
            "924-77-6180",
        ],
    ),
    (
        "itin_ein",
        "employer identification no. 13.6628405",
        [
            "13.6628405",
        ],
    ),
    (
        "itin_ein",
        "whole EIN is 61 - 1520984",
        [
            "61 - 1520984",
        ],
    ),
    (
        "itin_ein",
        "Our church EIN is 58-\u200b2201947",
        [
            "58-\u200b2201947",
        ],
    ),
    (
        "itin_ein",
        "individual taxpayer id number nine one eight, seven five, three three zero two",
        [
            "nine one eight, seven five, three three zero two",
        ],
    ),
    (
        "itin_ein",
        "Mi número ITIN es 927-84-5516 y no puedo entrar a mi cuenta",
        [
            "927-84-5516",
        ],
    ),
    (
        "itin_ein",
        "el EIN de mi negocio es 85-3307621",
        [
            "85-3307621",
        ],
    ),
    (
        "itin_ein",
        "número de identificación del empleador: 710482259",
        [
            "710482259",
        ],
    ),
    (
        "itin_ein",
        "tengo ITIN 9 1 4 7 0 3 3 8 2, no tengo seguro social",
        [
            "9 1 4 7 0 3 3 8 2",
        ],
    ),
    (
        "itin_ein",
        "Mi esposo usa el ITIN 966-88-0137 y yo uso el 966-88-0154",
        [
            "966-88-0137",
            "966-88-0154",
        ],
    ),
    (
        "itin_ein",
        "제 ITIN 번호는 945-72-6618 입니다. 확인 부탁드립니다.",
        [
            "945-72-6618",
        ],
    ),
    (
        "card",
        "charged twice on card 4111 1111 1111 1111",
        [
            "4111 1111 1111 1111",
        ],
    ),
    (
        "card",
        "my visa 4012-8888-8888-1881 was declined for the passport fee",
        [
            "4012-8888-8888-1881",
        ],
    ),
    (
        "card",
        "paid with mastercard 5555555555554444 and got no receipt",
        [
            "5555555555554444",
        ],
    ),
    (
        "card",
        "amex 3782 822463 10005 was charged for an appointment I cancelled",
        [
            "3782 822463 10005",
        ],
    ),
    (
        "card",
        "Card number: 6011 1111 1111 1117",
        [
            "6011 1111 1111 1117",
        ],
    ),
    (
        "card",
        "the refund should go back to 5105-1051-0510-5100 not a paper check",
        [
            "5105-1051-0510-5100",
        ],
    ),
    (
        "card",
        "i used my debit card, the full number is 4242424242424242",
        [
            "4242424242424242",
        ],
    ),
    (
        "card",
        "card # 3714 496353 98431 was charged $130 twice",
        [
            "3714 496353 98431",
        ],
    ),
    (
        "card",
        "Visa 4000.0566.5566.5556",
        [
            "4000.0566.5566.5556",
        ],
    ),
    (
        "card",
        "5200 8282 8282 8210 — this card was billed for a renewal I did not request",
        [
            "5200 8282 8282 8210",
        ],
    ),
    (
        "card",
        "payment failed with 6011\u00a00009\u00a09013\u00a09424",
        [
            "6011\u00a00009\u00a09013\u00a09424",
        ],
    ),
    (
        "card",
        "I see a pending charge on 3530 1113 3330 0000 from your site",
        [
            "3530 1113 3330 0000",
        ],
    ),
    (
        "card",
        "the card I typed was 4111111111111111 but the receipt shows 4012888888881881",
        [
            "4111111111111111",
            "4012888888881881",
        ],
    ),
    (
        "card",
        "credit card 2223 0031 2200 3222 keeps erroring out",
        [
            "2223 0031 2200 3222",
        ],
    ),
    (
        "card",
        "card: 5425-2334-3010-9903",
        [
            "5425-2334-3010-9903",
        ],
    ),
    (
        "card",
        "diners club 3056 930902 5904, does the park service take it?",
        [
            "3056 930902 5904",
        ],
    ),
    (
        "card",
        "my card numbr is 4263 9826 4026 9299 can you refund it",
        [
            "4263 9826 4026 9299",
        ],
    ),
    (
        "card",
        "The kiosk at the passport office took 3742 454554 00126 and never printed anything.",
        [
            "3742 454554 00126",
        ],
    ),
    (
        "card",
        "I split the number because the field is weird: 5555 5555 / 5555 4444",
        [
            "5555 5555 / 5555 4444",
        ],
    ),
    (
        "card",
        "me cobraron dos veces en mi tarjeta 4111-1111-1111-1111",
        [
            "4111-1111-1111-1111",
        ],
    ),
    (
        "card",
        "número de tarjeta 5105105105105100, por favor hagan el reembolso",
        [
            "5105105105105100",
        ],
    ),
    (
        "card",
        "pagué con la tarjeta 6011 0009 9013 9424 y no aparece el pago",
        [
            "6011 0009 9013 9424",
        ],
    ),
    (
        "card",
        "tarjeta de débito: 4000 0566 5566 5556",
        [
            "4000 0566 5566 5556",
        ],
    ),
    (
        "card",
        "la tarjeta completa es 3782\u200b8224\u200b6310\u200b005",
        [
            "3782\u200b8224\u200b6310\u200b005",
        ],
    ),
    (
        "card",
        "Mon numéro de carte est 4012 8888 8888 1881, le paiement a été débité deux fois.",
        [
            "4012 8888 8888 1881",
        ],
    ),
    (
        "bank",
        "direct deposit to routing 021000021 account 483920175",
        [
            "021000021",
            "483920175",
        ],
    ),
    (
        "bank",
        "my bank routing number is 011000015 and acct # 0047 2291 8830",
        [
            "011000015",
            "0047 2291 8830",
        ],
    ),
    (
        "bank",
        "ABA 122105278, checking 7730015829",
        [
            "122105278",
            "7730015829",
        ],
    ),
    (
        "bank",
        "The refund went to the wrong account. The correct one is routing 026009593, account 3300 4418 2907.",
        [
            "026009593",
            "3300 4418 2907",
        ],
    ),
    (
        "bank",
        "rtn: 111000025 / acct: 58820193",
        [
            "111000025",
            "58820193",
        ],
    ),
    (
        "bank",
        "acct no 1029384756 at my credit union, routing 322271627",
        [
            "1029384756",
            "322271627",
        ],
    ),
    (
        "bank",
        "i typed routing 121000358 and account 000123987654 but it says invalid",
        [
            "121000358",
            "000123987654",
        ],
    ),
    (
        "bank",
        "routing # 0 6 1 0 0 0 0 5 2 account # 8 8 3 0 1 2 4 5",
        [
            "0 6 1 0 0 0 0 5 2",
            "8 8 3 0 1 2 4 5",
        ],
    ),
    (
        "bank",
        "My checking account number is 4417730092. The routing number is printed on the check, it's "
        "071000013.",
        [
            "4417730092",
            "071000013",
        ],
    ),
    (
        "bank",
        "bank info for my SSI deposit: rtg 091000019 acct 651100428",
        [
            "091000019",
            "651100428",
        ],
    ),
    (
        "bank",
        "Please send the payment to account 2209-8834-17 (routing 101000019)",
        [
            "2209-8834-17",
            "101000019",
        ],
    ),
    (
        "bank",
        "routing number 031000503 and my savings account 20081157639",
        [
            "031000503",
            "20081157639",
        ],
    ),
    (
        "bank",
        "Bank account 993018475 is closed, deposit into the new one 993018522 at the same bank",
        [
            "993018475",
            "993018522",
        ],
    ),
    (
        "bank",
        "The portal shows routing 063100277 which is correct, but the account number is missing a "
        "digit. It should be 11902834776.",
        [
            "063100277",
            "11902834776",
        ],
    ),
    (
        "bank",
        "direct dep: 267084131 / 6603\u20132219\u201304",
        [
            "267084131",
            "6603\u20132219\u201304",
        ],
    ),
    (
        "bank",
        "IBAN DE89 3704 0044 0532 0130 00 is where my pension should go now that I live abroad",
        [
            "DE89 3704 0044 0532 0130 00",
        ],
    ),
    (
        "bank",
        "routing 011000138 acct 55 02 19 88 07",
        [
            "011000138",
            "55 02 19 88 07",
        ],
    ),
    (
        "bank",
        "my account num is 7 7 4 1 0 0 2 9 3 8 and the routing number is 121000248",
        [
            "7 7 4 1 0 0 2 9 3 8",
            "121000248",
        ],
    ),
    (
        "bank",
        "Acct#:000447218830 RTN#:021000021",
        [
            "000447218830",
            "021000021",
        ],
    ),
    (
        "bank",
        "número de ruta 122105278 y número de cuenta 3391027746",
        [
            "122105278",
            "3391027746",
        ],
    ),
    (
        "bank",
        "mi cuenta bancaria es 5510\u00a02837\u00a04419, el número de ruta es 111000025",
        [
            "5510\u00a02837\u00a04419",
            "111000025",
        ],
    ),
    (
        "bank",
        "cuenta de cheques: 8820147733, ruta: 026009593",
        [
            "8820147733",
            "026009593",
        ],
    ),
    (
        "bank",
        "quiero cambiar mi depósito directo a la cuenta 40021876 del banco con ruta 322271627",
        [
            "40021876",
            "322271627",
        ],
    ),
    (
        "bank",
        "el número de ruta 0 7 1 0 0 0 0 1 3 y la cuenta 9 9 0 2 1 4 4 7",
        [
            "0 7 1 0 0 0 0 1 3",
            "9 9 0 2 1 4 4 7",
        ],
    ),
    (
        "bank",
        "Meu número de conta é 0038291745 e o número de roteamento (routing) é 091000019.",
        [
            "0038291745",
            "091000019",
        ],
    ),
    (
        "ip",
        "the site blocked my IP 203.0.113.45 after one failed login",
        [
            "203.0.113.45",
        ],
    ),
    (
        "ip",
        "my ip address is 198.51.100.23",
        [
            "198.51.100.23",
        ],
    ),
    (
        "ip",
        "error page said client 192.0.2.178 forbidden",
        [
            "192.0.2.178",
        ],
    ),
    (
        "ip",
        "I'm on IPv6 2001:db8:85a3::8a2e:370:7334 and the page never loads",
        [
            "2001:db8:85a3::8a2e:370:7334",
        ],
    ),
    (
        "ip",
        "ip: 203.0.113.7, then it changed to 203.0.113.201 and still blocked",
        [
            "203.0.113.7",
            "203.0.113.201",
        ],
    ),
    (
        "ip",
        "From the library computer (192.0.2.66) it works but not from home, 198.51.100.140.",
        [
            "192.0.2.66",
            "198.51.100.140",
        ],
    ),
    (
        "ip",
        "blocked: 2001:0db8:0000:0000:0000:ff00:0042:8329",
        [
            "2001:0db8:0000:0000:0000:ff00:0042:8329",
        ],
    ),
    (
        "ip",
        "my public ip is 198 . 51 . 100 . 7",
        [
            "198 . 51 . 100 . 7",
        ],
    ),
    (
        "ip",
        "Access denied (Ref: 203.0.113.92)",
        [
            "203.0.113.92",
        ],
    ),
    (
        "ip",
        "your firewall flagged 192.0.2.14 as suspicious, thats my home router",
        [
            "192.0.2.14",
        ],
    ),
    (
        "ip",
        "ip addr 203.0.113.250:8080",
        [
            "203.0.113.250",
        ],
    ),
    (
        "ip",
        "the captcha keeps appearing when I connect from 2001:db8::1f4",
        [
            "2001:db8::1f4",
        ],
    ),
    (
        "ip",
        "I'm at 198.51.100.77 — please unblock",
        [
            "198.51.100.77",
        ],
    ),
    (
        "ip",
        "IP=192.0.2.203",
        [
            "192.0.2.203",
        ],
    ),
    (
        "ip",
        "my vpn ip 203.0.113.118 and my real one 192.0.2.9, neither works",
        [
            "203.0.113.118",
            "192.0.2.9",
        ],
    ),
    (
        "ip",
        "connecting from 2001:db8:4::2a3 on my phone",
        [
            "2001:db8:4::2a3",
        ],
    ),
    (
        "ip",
        "It said Your IP 198.51.100.4 has been rate limited. I clicked one time.",
        [
            "198.51.100.4",
        ],
    ),
    (
        "ip",
        "ip 203,0,113,66",
        [
            "203,0,113,66",
        ],
    ),
    (
        "ip",
        "Someone logged in from 198.51.100.212? That wasn't me, I only ever use 198.51.100.19.",
        [
            "198.51.100.212",
            "198.51.100.19",
        ],
    ),
    (
        "ip",
        "mi dirección IP es 192.0.2.131 y me bloquearon",
        [
            "192.0.2.131",
        ],
    ),
    (
        "ip",
        "la página dice que la IP 203.0.113.55 está bloqueada",
        [
            "203.0.113.55",
        ],
    ),
    (
        "ip",
        "desde la IP 2001:db8:a0b:12f0::1 no puedo entrar",
        [
            "2001:db8:a0b:12f0::1",
        ],
    ),
    (
        "ip",
        "mi IP: 198.51.100.88",
        [
            "198.51.100.88",
        ],
    ),
    (
        "ip",
        "IP de mi casa 192.0.2.240 y del trabajo 203.0.113.19",
        [
            "192.0.2.240",
            "203.0.113.19",
        ],
    ),
    (
        "ip",
        "Мой IP-адрес 198.51.100.61 заблокирован, не могу войти.",
        [
            "198.51.100.61",
        ],
    ),
    (
        "address",
        "mail it to 4821 Maple Ave Apt 3B, Dayton OH 45402",
        [
            "4821 Maple Ave Apt 3B",
        ],
    ),
    (
        "address",
        "my address is 1907 w cermak rd chicago il",
        [
            "1907 w cermak rd",
        ],
    ),
    (
        "address",
        "I moved to 55 Oak Hollow Lane, Unit 12, Bend, OR",
        [
            "55 Oak Hollow Lane, Unit 12",
        ],
    ),
    (
        "address",
        "new address: 300 E. Broad Street #410",
        [
            "300 E. Broad Street #410",
        ],
    ),
    (
        "address",
        "The card was sent to my old house at 7716 Pinecrest Dr instead of 2040 Harbor View Ct.",
        [
            "7716 Pinecrest Dr",
            "2040 Harbor View Ct",
        ],
    ),
    (
        "address",
        "send it to PO Box 3391, Tucson AZ, not the street address",
        [
            "PO Box 3391",
        ],
    ),
    (
        "address",
        "Ship to: 12 Jefferson Pl., Apt. 4C",
        [
            "12 Jefferson Pl., Apt. 4C",
        ],
    ),
    (
        "address",
        "i live at 88 s 4th st apt 2 brooklyn ny 11211",
        [
            "88 s 4th st apt 2",
        ],
    ),
    (
        "address",
        "Residence: 6402 Camino del Sol, Las Cruces NM 88011",
        [
            "6402 Camino del Sol",
        ],
    ),
    (
        "address",
        "my mailing address 1500 N Highway 17 Lot 44",
        [
            "1500 N Highway 17 Lot 44",
        ],
    ),
    (
        "address",
        "we get mail at RR 2 Box 145, Harlan KY, the carrier does not deliver to the house",
        [
            "RR 2 Box 145",
        ],
    ),
    (
        "address",
        "the ballot went to 219 Birch Street Apartment 7 but I moved to 4410 Sunset Blvd in May",
        [
            "219 Birch Street Apartment 7",
            "4410 Sunset Blvd",
        ],
    ),
    (
        "address",
        "Address on the letter is wrong: 2718 Willow Creek Rd should be 2781 Willow Creek Rd.",
        [
            "2718 Willow Creek Rd",
            "2781 Willow Creek Rd",
        ],
    ),
    (
        "address",
        "I'm at 9 Ridgeway Terr., Newark NJ",
        [
            "9 Ridgeway Terr.",
        ],
    ),
    (
        "address",
        "send the forms to 3150 Meadowlark Circle, Wichita",
        [
            "3150 Meadowlark Circle",
        ],
    ),
    (
        "address",
        "my house is number 402, on the street called Cypress Point Way, the gate code changed",
        [
            "402",
            "Cypress Point Way",
        ],
    ),
    (
        "address",
        "address 77 Kamehameha Hwy Apt 1203 Honolulu",
        [
            "77 Kamehameha Hwy Apt 1203",
        ],
    ),
    (
        "address",
        "We are at 1620 Elm\u00a0St, Suite 5 (it is my home office)",
        [
            "1620 Elm\u00a0St, Suite 5",
        ],
    ),
    (
        "address",
        "deliver to 30-41 Steinway Street, Astoria",
        [
            "30-41 Steinway Street",
        ],
    ),
    (
        "address",
        "mi dirección es 245 Calle Luna, Apt 3, San Juan PR 00907",
        [
            "245 Calle Luna, Apt 3",
        ],
    ),
    (
        "address",
        "vivo en 1812 S Pulaski Rd, Chicago",
        [
            "1812 S Pulaski Rd",
        ],
    ),
    (
        "address",
        "cambié de domicilio a 509 Avenida Las Palmas #12, Laredo TX",
        [
            "509 Avenida Las Palmas #12",
        ],
    ),
    (
        "address",
        "la carta llegó a 3300 W Olympic Blvd apto 6 pero ya no vivo ahí",
        [
            "3300 W Olympic Blvd apto 6",
        ],
    ),
    (
        "address",
        "dirección postal: 17 Calle Sol, Urb. Villa Nevárez",
        [
            "17 Calle Sol",
        ],
    ),
    (
        "address",
        "Adrès mwen se 641 NE 125th St, North Miami FL 33161, tanpri voye lèt la la.",
        [
            "641 NE 125th St",
        ],
    ),
    (
        "name",
        "my name is Darnell Whitfield and I applied in March",
        [
            "Darnell Whitfield",
        ],
    ),
    (
        "name",
        "Thanks for fixing the upload page.\nPriya Raghunathan",
        [
            "Priya Raghunathan",
        ],
    ),
    (
        "name",
        "My son Tobias Engström can't log in to his student aid account",
        [
            "Tobias Engström",
        ],
    ),
    (
        "name",
        "this is margaret o'sullivan i called yesterday about the refund",
        [
            "margaret o'sullivan",
        ],
    ),
    (
        "name",
        "Applicant: KOWALCZYK, Brandon",
        [
            "KOWALCZYK, Brandon",
        ],
    ),
    (
        "name",
        "I'm helping my grandmother, Esperanza Villalobos, renew her benefits online.",
        [
            "Esperanza Villalobos",
        ],
    ),
    (
        "name",
        "-- Sent by Rhonda Mae Pettigrew",
        [
            "Rhonda Mae Pettigrew",
        ],
    ),
    (
        "name",
        "the agent who helped me was great. my name is Will Harrington btw",
        [
            "Will Harrington",
        ],
    ),
    (
        "name",
        "Please correct the spelling on my card: it's Siobhan McAllister, not Siobhan McAlister.",
        [
            "Siobhan McAllister",
            "Siobhan McAlister",
        ],
    ),
    (
        "name",
        "my husband Kenji Watanabe and I both got the same letter",
        [
            "Kenji Watanabe",
        ],
    ),
    (
        "name",
        "Regards,\nTerrence J. Abernathy",
        [
            "Terrence J. Abernathy",
        ],
    ),
    (
        "name",
        "Name: April Summers",
        [
            "April Summers",
        ],
    ),
    (
        "name",
        "I am writing for my neighbor Mr. Oluwaseun Adeyemi who doesn't read English well.",
        [
            "Oluwaseun Adeyemi",
        ],
    ),
    (
        "name",
        "my daughter's name is Grace Holloway, she is 17 and needs her own login",
        [
            "Grace Holloway",
        ],
    ),
    (
        "name",
        "full name as on passport: DMITRI ALEKSANDROVICH VOLKOV",
        [
            "DMITRI ALEKSANDROVICH VOLKOV",
        ],
    ),
    (
        "name",
        "Hi I'm Jordan Baptiste-Reyes and the form won't accept the hyphen in my last name",
        [
            "Jordan Baptiste-Reyes",
        ],
    ),
    (
        "name",
        "fix the search please\n—Hunter Lindqvist",
        [
            "Hunter Lindqvist",
        ],
    ),
    (
        "name",
        "My late father, Harold Eugene Fitch, received this benefit. How do I report his death?",
        [
            "Harold Eugene Fitch",
        ],
    ),
    (
        "name",
        "Submitted on behalf of: Nguyen Thi Lan (mother) and Tran Van Minh (father)",
        [
            "Nguyen Thi Lan",
            "Tran Van Minh",
        ],
    ),
    (
        "name",
        "Me llamo Guadalupe Hernández Ríos y necesito ayuda con mi solicitud",
        [
            "Guadalupe Hernández Ríos",
        ],
    ),
    (
        "name",
        "soy la mamá de Santiago Ibarra Cortés, él no puede entrar a su cuenta",
        [
            "Santiago Ibarra Cortés",
        ],
    ),
    (
        "name",
        "mi nombre es josé luis montoya",
        [
            "josé luis montoya",
        ],
    ),
    (
        "name",
        "Gracias por todo.\nAtentamente, Ximena Echeverría",
        [
            "Ximena Echeverría",
        ],
    ),
    (
        "name",
        "Mi esposo, Rodrigo Alvarado, falleció en enero y no sé qué formulario usar",
        [
            "Rodrigo Alvarado",
        ],
    ),
    (
        "name",
        "اسمي ليلى حداد وأحتاج إلى مساعدة في طلبي",
        [
            "ليلى حداد",
        ],
    ),
    (
        "dob",
        "my date of birth is 04/17/1983",
        [
            "04/17/1983",
        ],
    ),
    (
        "dob",
        "DOB 7-2-56 and the system says I'm too young lol",
        [
            "7-2-56",
        ],
    ),
    (
        "dob",
        "I was born on March 3rd, 1991 and the age check still fails",
        [
            "March 3rd, 1991",
        ],
    ),
    (
        "dob",
        "d.o.b.: 1978-11-30",
        [
            "1978-11-30",
        ],
    ),
    (
        "dob",
        "birthdate 12.05.1964",
        [
            "12.05.1964",
        ],
    ),
    (
        "dob",
        "my dob is jan 9 1949 and I'm not getting medicare yet",
        [
            "jan 9 1949",
        ],
    ),
    (
        "dob",
        "I was born 22 August 1970 in Guam",
        [
            "22 August 1970",
        ],
    ),
    (
        "dob",
        "The form rejects my birthday, 02/29/1988 (leap year!)",
        [
            "02/29/1988",
        ],
    ),
    (
        "dob",
        "date of birth: 10\u200b/\u200b14\u200b/\u200b1955",
        [
            "10\u200b/\u200b14\u200b/\u200b1955",
        ],
    ),
    (
        "dob",
        "my son's date of birth is 6/1/2012 and the age check fails",
        [
            "6/1/2012",
        ],
    ),
    (
        "dob",
        "DOB—09\u201323\u20131967",
        [
            "09\u201323\u20131967",
        ],
    ),
    (
        "dob",
        "birth date 19820315",
        [
            "19820315",
        ],
    ),
    (
        "dob",
        "date of birht 3 / 8 / 1975",
        [
            "3 / 8 / 1975",
        ],
    ),
    (
        "dob",
        "my mother was born on the fourth of July, 1938, so she's 86",
        [
            "fourth of July, 1938",
        ],
    ),
    (
        "dob",
        "D.O.B 11/ 02 /1990",
        [
            "11/ 02 /1990",
        ],
    ),
    (
        "dob",
        "I was born in 1962, on May 5, and the calculator says I can't retire yet",
        [
            "1962",
            "May 5",
        ],
    ),
    (
        "dob",
        "Birthday: Dec. 25, 1959",
        [
            "Dec. 25, 1959",
        ],
    ),
    (
        "dob",
        "my date of birth (required field) keeps resetting to today, its 08-08-1980",
        [
            "08-08-1980",
        ],
    ),
    (
        "dob",
        "DOB 1/15/73, DOB of my spouse 4/30/75",
        [
            "1/15/73",
            "4/30/75",
        ],
    ),
    (
        "dob",
        "mi fecha de nacimiento es 15/09/1986",
        [
            "15/09/1986",
        ],
    ),
    (
        "dob",
        "nací el 3 de febrero de 1972",
        [
            "3 de febrero de 1972",
        ],
    ),
    (
        "dob",
        "Fecha de nac.: 21-11-1958",
        [
            "21-11-1958",
        ],
    ),
    (
        "dob",
        "fecha de nacimiento de mi hija 07/04/2015",
        [
            "07/04/2015",
        ],
    ),
    (
        "dob",
        "naci el dia veintiuno de junio de mil novecientos ochenta",
        [
            "veintiuno de junio de mil novecientos ochenta",
        ],
    ),
    (
        "dob",
        "我的出生日期是1985年6月12日",
        [
            "1985年6月12日",
        ],
    ),
    (
        "medicare",
        "my medicare number is 2K79-WN3-HT41",
        [
            "2K79-WN3-HT41",
        ],
    ),
    (
        "medicare",
        "MBI: 5QR8GA2XP06",
        [
            "5QR8GA2XP06",
        ],
    ),
    (
        "medicare",
        "medicare card # 3df6 jk9 ce52",
        [
            "3df6 jk9 ce52",
        ],
    ),
    (
        "medicare",
        "The new Medicare card shows 7MW2-Y47-NR18 but the pharmacy still uses my old one 284-61-3307A",
        [
            "7MW2-Y47-NR18",
            "284-61-3307A",
        ],
    ),
    (
        "medicare",
        "beneficiary id 8HA3\u00a0UC1\u00a0DD90",
        [
            "8HA3\u00a0UC1\u00a0DD90",
        ],
    ),
    (
        "medicare",
        "medicare # 1NC5\u2013FV8\u2013QW27",
        [
            "1NC5\u2013FV8\u2013QW27",
        ],
    ),
    (
        "medicare",
        "I'm asking about my husband's Medicare. His MBI is 4TP0EG6KM33, mine is 9GY7RT2AF64.",
        [
            "4TP0EG6KM33",
            "9GY7RT2AF64",
        ],
    ),
    (
        "medicare",
        "Medicare Beneficiary Identifier 6XJ1 PH5 VY09",
        [
            "6XJ1 PH5 VY09",
        ],
    ),
    (
        "medicare",
        "my medicar number 2CU3-DK7-GN15 doesnt work on the plan finder",
        [
            "2CU3-DK7-GN15",
        ],
    ),
    (
        "medicare",
        "MBI = 3AE9.MQ4.TT82",
        [
            "3AE9.MQ4.TT82",
        ],
    ),
    (
        "medicare",
        "medicare id: 5WK2HN6JP47 (from the red white and blue card)",
        [
            "5WK2HN6JP47",
        ],
    ),
    (
        "medicare",
        "Part B premium question. Medicare number 1FH8-CA3-RX20.",
        [
            "1FH8-CA3-RX20",
        ],
    ),
    (
        "medicare",
        "mbi 7rd4kw9em56",
        [
            "7rd4kw9em56",
        ],
    ),
    (
        "medicare",
        "My mother's Medicare claim number, the old one with the letter at the end, was 331 20 8854 A",
        [
            "331 20 8854 A",
        ],
    ),
    (
        "medicare",
        "medicare 4VN6-TY1-HC71 — please fix my enrollment",
        [
            "4VN6-TY1-HC71",
        ],
    ),
    (
        "medicare",
        "My medicare number is 8 P E 1 G J 2 U F 3 8",
        [
            "8 P E 1 G J 2 U F 3 8",
        ],
    ),
    (
        "medicare",
        "The plan says my Medicare ID 2MA7-XR5-QK94 is not active",
        [
            "2MA7-XR5-QK94",
        ],
    ),
    (
        "medicare",
        "Medicare card number: 6DT5-\u200bNE8-\u200bWA13",
        [
            "6DT5-\u200bNE8-\u200bWA13",
        ],
    ),
    (
        "medicare",
        "I typed 9KQ2-VF4-GY60 into the medicare login and it says not found",
        [
            "9KQ2-VF4-GY60",
        ],
    ),
    (
        "medicare",
        "mi número de Medicare es 3HN9-AP7-CR25",
        [
            "3HN9-AP7-CR25",
        ],
    ),
    (
        "medicare",
        "Número de beneficiario de Medicare: 5YG0JD3NT89",
        [
            "5YG0JD3NT89",
        ],
    ),
    (
        "medicare",
        "la tarjeta de medicare de mi papá dice 1TX4-WK6-DE07",
        [
            "1TX4-WK6-DE07",
        ],
    ),
    (
        "medicare",
        "medicare 7EF3 UM2 PA42 no me aparece en el sistema",
        [
            "7EF3 UM2 PA42",
        ],
    ),
    (
        "medicare",
        "mi numero de medicare (MBI) es 4CR8-QH9-KV16, por favor revisen",
        [
            "4CR8-QH9-KV16",
        ],
    ),
    (
        "medicare",
        "Số Medicare của tôi là 2WH6-FN1-JT58, xin kiểm tra giúp.",
        [
            "2WH6-FN1-JT58",
        ],
    ),
    (
        "a_number",
        "my A-number is A201458763",
        [
            "A201458763",
        ],
    ),
    (
        "a_number",
        "alien registration number A# 087-654-321",
        [
            "087-654-321",
        ],
    ),
    (
        "a_number",
        "A number: A-212-458-906",
        [
            "A-212-458-906",
        ],
    ),
    (
        "a_number",
        "uscis a# 098 765 432",
        [
            "098 765 432",
        ],
    ),
    (
        "a_number",
        "my alien number is 0 7 9 3 1 6 4 2 8",
        [
            "0 7 9 3 1 6 4 2 8",
        ],
    ),
    (
        "a_number",
        "USCIS#: A204117385",
        [
            "A204117385",
        ],
    ),
    (
        "a_number",
        "A-Number A 072 339 184",
        [
            "A 072 339 184",
        ],
    ),
    (
        "a_number",
        "my green card shows USCIS # 215-330-498",
        [
            "215-330-498",
        ],
    ),
    (
        "a_number",
        "A#A087412356",
        [
            "A087412356",
        ],
    ),
    (
        "a_number",
        "alien reg no. a097-118-245",
        [
            "a097-118-245",
        ],
    ),
    (
        "a_number",
        "my wife's A number is A213559802 and mine is A213559817",
        [
            "A213559802",
            "A213559817",
        ],
    ),
    (
        "a_number",
        "A-nummber: 208 441 937",
        [
            "208 441 937",
        ],
    ),
    (
        "a_number",
        "The receipt number works fine but my A-Number (A\u2013201\u2013339\u2013740) is rejected.",
        [
            "A\u2013201\u2013339\u2013740",
        ],
    ),
    (
        "a_number",
        "a number 094551082",
        [
            "094551082",
        ],
    ),
    (
        "a_number",
        "Alien #: A 2 0 9 7 7 3 6 1 5",
        [
            "A 2 0 9 7 7 3 6 1 5",
        ],
    ),
    (
        "a_number",
        "registration number on my EAD card: A088\u200b123\u200b674",
        [
            "A088\u200b123\u200b674",
        ],
    ),
    (
        "a_number",
        "I have an A-file number from 2003, A061-224-518, does it still count?",
        [
            "A061-224-518",
        ],
    ),
    (
        "a_number",
        "A-number A218.440.396",
        [
            "A218.440.396",
        ],
    ),
    (
        "a_number",
        "my A# is 203994417, case is pending since January",
        [
            "203994417",
        ],
    ),
    (
        "a_number",
        "mi número A es A206338914",
        [
            "A206338914",
        ],
    ),
    (
        "a_number",
        "Número de registro de extranjero: A-091-557-208",
        [
            "A-091-557-208",
        ],
    ),
    (
        "a_number",
        "mi número de residente (A#) 214 650 381",
        [
            "214 650 381",
        ],
    ),
    (
        "a_number",
        "el A-number de mi esposo es A097341168",
        [
            "A097341168",
        ],
    ),
    (
        "a_number",
        "numero de extranjero A 2 1 1 4 0 8 5 9 3",
        [
            "A 2 1 1 4 0 8 5 9 3",
        ],
    ),
    (
        "a_number",
        "Nimewo A mwen se A219084736, tanpri ede m.",
        [
            "A219084736",
        ],
    ),
    (
        "passport",
        "passport number 548213097",
        [
            "548213097",
        ],
    ),
    (
        "passport",
        "my US passport # is A38291047",
        [
            "A38291047",
        ],
    ),
    (
        "passport",
        "passport no. 5 6 1 0 2 8 4 7 3",
        [
            "5 6 1 0 2 8 4 7 3",
        ],
    ),
    (
        "passport",
        "I renewed in April but the old passport 488172036 still shows as valid",
        [
            "488172036",
        ],
    ),
    (
        "passport",
        "Passport: 531-448-920",
        [
            "531-448-920",
        ],
    ),
    (
        "passport",
        "my daughter's passport number is E07734128",
        [
            "E07734128",
        ],
    ),
    (
        "passport",
        "passprt num 570093318",
        [
            "570093318",
        ],
    ),
    (
        "passport",
        "I am a visitor, my Mexican passport is G28471960",
        [
            "G28471960",
        ],
    ),
    (
        "passport",
        "the visa form wants my passport number, it's 491203876, but it says invalid",
        [
            "491203876",
        ],
    ),
    (
        "passport",
        "passport book 512 884 730 and passport card C03318275",
        [
            "512 884 730",
            "C03318275",
        ],
    ),
    (
        "passport",
        "My passport (#A51102289) was mailed back without my birth certificate.",
        [
            "A51102289",
        ],
    ),
    (
        "passport",
        "Passport No: 568\u00a0301\u00a0924",
        [
            "568\u00a0301\u00a0924",
        ],
    ),
    (
        "passport",
        "pasport # 47 71 02 93 8",
        [
            "47 71 02 93 8",
        ],
    ),
    (
        "passport",
        "The name is right but the passport number printed is 550231946 instead of 550231964.",
        [
            "550231946",
            "550231964",
        ],
    ),
    (
        "passport",
        "my Indian passport number is Z4471036",
        [
            "Z4471036",
        ],
    ),
    (
        "passport",
        "passport\u2013A40018362",
        [
            "A40018362",
        ],
    ),
    (
        "passport",
        "Application status for passport number 523094871 hasn't changed in 9 weeks",
        [
            "523094871",
        ],
    ),
    (
        "passport",
        "French passport: 19AV45623, I need a visa appointment",
        [
            "19AV45623",
        ],
    ),
    (
        "passport",
        "travel doc / passport 4658.20193",
        [
            "4658.20193",
        ],
    ),
    (
        "passport",
        "mi número de pasaporte es 539201847",
        [
            "539201847",
        ],
    ),
    (
        "passport",
        "pasaporte mexicano G30917254",
        [
            "G30917254",
        ],
    ),
    (
        "passport",
        "Número de pasaporte: A47712093",
        [
            "A47712093",
        ],
    ),
    (
        "passport",
        "el pasaporte de mi hijo es 5 0 7 7 3 1 2 9 4",
        [
            "5 0 7 7 3 1 2 9 4",
        ],
    ),
    (
        "passport",
        "perdí mi pasaporte número 562018833, cómo lo reporto",
        [
            "562018833",
        ],
    ),
    (
        "passport",
        "Ang numero ng pasaporte ko ay P2048713A, paki-update po.",
        [
            "P2048713A",
        ],
    ),
    (
        "license",
        "my drivers license number is D4418205",
        [
            "D4418205",
        ],
    ),
    (
        "license",
        "CA DL B7731042",
        [
            "B7731042",
        ],
    ),
    (
        "license",
        "driver's license: S530-417-82-219-0",
        [
            "S530-417-82-219-0",
        ],
    ),
    (
        "license",
        "NY license 472 819 305",
        [
            "472 819 305",
        ],
    ),
    (
        "license",
        "dl# 40917726 (Texas)",
        [
            "40917726",
        ],
    ),
    (
        "license",
        "state id A415-7720-9136",
        [
            "A415-7720-9136",
        ],
    ),
    (
        "license",
        "driver license NJ: K2291 04418 73102",
        [
            "K2291 04418 73102",
        ],
    ),
    (
        "license",
        "DL: WDLJ8P2NK4Q1",
        [
            "WDLJ8P2NK4Q1",
        ],
    ),
    (
        "license",
        "Michigan license S 530 118 442 071",
        [
            "S 530 118 442 071",
        ],
    ),
    (
        "license",
        "dl 0 8 4 4 1 9 2 7 3",
        [
            "0 8 4 4 1 9 2 7 3",
        ],
    ),
    (
        "license",
        "For the Real ID they copied my license no. 28 419 067 wrong",
        [
            "28 419 067",
        ],
    ),
    (
        "license",
        "driving licence 7732\u200b0145",
        [
            "7732\u200b0145",
        ],
    ),
    (
        "license",
        "my state id card number is 920448713",
        [
            "920448713",
        ],
    ),
    (
        "license",
        "Ohio DL RK284113",
        [
            "RK284113",
        ],
    ),
    (
        "license",
        "the number on my driver's license (F1829-33047) doesn't match what you have",
        [
            "F1829-33047",
        ],
    ),
    (
        "license",
        "Drivers Lic # G02\u2013441\u2013873",
        [
            "G02\u2013441\u2013873",
        ],
    ),
    (
        "license",
        "my license number is Y 4 4 0 2 7 1 8",
        [
            "Y 4 4 0 2 7 1 8",
        ],
    ),
    (
        "license",
        "Arizona driver license D08812347, expires next year",
        [
            "D08812347",
        ],
    ),
    (
        "license",
        "lic number: h552 790 318 02",
        [
            "h552 790 318 02",
        ],
    ),
    (
        "license",
        "mi licencia de conducir es F3390217",
        [
            "F3390217",
        ],
    ),
    (
        "license",
        "número de licencia 0 9 8 7 7 1 2 4",
        [
            "0 9 8 7 7 1 2 4",
        ],
    ),
    (
        "license",
        "licencia de manejar de Texas 41780925",
        [
            "41780925",
        ],
    ),
    (
        "license",
        "mi ID del estado: B6672019",
        [
            "B6672019",
        ],
    ),
    (
        "license",
        "número de licencia: S410-227-93-518-0",
        [
            "S410-227-93-518-0",
        ],
    ),
    (
        "license",
        "제 운전면허 번호는 D7730918 입니다",
        [
            "D7730918",
        ],
    ),
    (
        "url_personal",
        "this link has my info in it?? "
        "https://portal.example.com/account?email=jlee%40example.net&ssn=482-11-7736",
        [
            "jlee%40example.net",
            "482-11-7736",
        ],
    ),
    (
        "url_personal",
        "the reset link was https://login.example.org/reset?user=marisa.keane@example.com&step=2",
        [
            "marisa.keane@example.com",
        ],
    ),
    (
        "url_personal",
        "https://benefits.example.com/profile/darren-mcbride-1975/edit is not loading",
        [
            "darren-mcbride-1975",
        ],
    ),
    (
        "url_personal",
        "I got sent http://example.net/status?name=Rosa+Delgado&dob=1969-02-14 is that safe?",
        [
            "Rosa+Delgado",
            "1969-02-14",
        ],
    ),
    (
        "url_personal",
        "www.example.com/applicant/482117736/documents gives a 403",
        [
            "482117736",
        ],
    ),
    (
        "url_personal",
        "the page https://apply.example.org/form?phone=3125550166&zip=60614 shows my number in the bar",
        [
            "3125550166",
        ],
    ),
    (
        "url_personal",
        "copied from my browser: https://example.com/u/tnguyen88?ref=email",
        [
            "tnguyen88",
        ],
    ),
    (
        "url_personal",
        "https://www.example.com/track?first=Kelvin&last=Ashby",
        [
            "Kelvin",
            "Ashby",
        ],
    ),
    (
        "url_personal",
        "example.org/verify?a_number=A208117364 just spins",
        [
            "A208117364",
        ],
    ),
    (
        "url_personal",
        "https://example.net/claims?claimant=ortega.luis%40example.com",
        [
            "ortega.luis%40example.com",
        ],
    ),
    (
        "url_personal",
        "link in the email: https://notify.example.com/c/optout?e=YmV0aC5jYXJ0ZXJAZXhhbXBsZS5jb20",
        [
            "YmV0aC5jYXJ0ZXJAZXhhbXBsZS5jb20",
        ],
    ),
    (
        "url_personal",
        "https://example.com/records/patient/Jane_Whitaker_DOB_03-22-1961 was in the address bar",
        [
            "Jane_Whitaker",
            "03-22-1961",
        ],
    ),
    (
        "url_personal",
        "https://example.org/portal?username=kprice1982&lang=en",
        [
            "kprice1982",
        ],
    ),
    (
        "url_personal",
        "Check https://example.com/search?q=1422+Dorset+Ave+Apt+5 why is my address in a URL",
        [
            "1422+Dorset+Ave+Apt+5",
        ],
    ),
    (
        "url_personal",
        "the confirmation URL https://example.net/confirm/passport/547120398 exposes my passport number",
        [
            "547120398",
        ],
    ),
    (
        "url_personal",
        "https://example.org/pay?card=4111111111111111&amt=130 is what the payment page redirected to",
        [
            "4111111111111111",
        ],
    ),
    (
        "url_personal",
        "your survey link https://survey.example.com/s/?uid=samantha.ruiz has my name in it",
        [
            "samantha.ruiz",
        ],
    ),
    (
        "url_personal",
        "https://example.com/medicare/mbi/3TK8WE4HD71/summary",
        [
            "3TK8WE4HD71",
        ],
    ),
    (
        "url_personal",
        "https://example.net/dl?license=D55018274&state=CA",
        [
            "D55018274",
        ],
    ),
    (
        "url_personal",
        "el enlace https://example.com/perfil?nombre=Maria%20Fernanda%20Soto&tel=7875550143 muestra "
        "mis datos",
        [
            "Maria%20Fernanda%20Soto",
            "7875550143",
        ],
    ),
    (
        "url_personal",
        "me mandaron https://example.org/citas?correo=pedro.gil%40example.net",
        [
            "pedro.gil%40example.net",
        ],
    ),
    (
        "url_personal",
        "https://example.net/usuarios/ana-belen-quiroga/documentos no abre",
        [
            "ana-belen-quiroga",
        ],
    ),
    (
        "url_personal",
        "la URL tiene mi seguro social: https://example.com/verificar?ss=531227840",
        [
            "531227840",
        ],
    ),
    (
        "url_personal",
        "link: example.com/estado?fnac=12-04-1977&apellido=Zamora",
        [
            "12-04-1977",
            "Zamora",
        ],
    ),
    (
        "url_personal",
        "o link https://example.com/conta?email=fabio.nunes%40example.net mostra meu e-mail",
        [
            "fabio.nunes%40example.net",
        ],
    ),
]

CLEAN: list[str] = [
    "My receipt number is IOE0915523147 and the status has said Case Was Received since February 3.",
    "Confirmation number 8F3K-22QX showed on the screen but never arrived by email.",
    "The deadline on the web page says April 15, 2025 but the PDF instructions say April 18.",
    "Tracking number 9405 5036 9930 0123 4567 89 shows delivered, but nothing came to our building.",
    "The Form I-130 filing fee went up to $675 and the fee calculator still shows the old amount.",
    "My appointment on 03/12/2025 at 9:30 am was cancelled without any notice.",
    "It took 45 minutes to finish a form that claims it takes 10 minutes.",
    "The Pell Grant page should explain the maximum award for 2024-25 more clearly.",
    "Will the office on Main Street be open on Saturday before the holiday?",
    "May I suggest a dark mode? Reading these long pages at night is hard on the eyes.",
    "Bill payment page timed out twice and I had to start over from the beginning.",
    "Grace period information was buried at the very bottom of the loan page.",
    "Great job on the new Lincoln Memorial visitor page, the accessibility map is wonderful.",
    "Highway 1 closures near Big Sur are not shown on the road conditions map.",
    "The Route 66 historic markers page has a broken image in the second section.",
    "ZIP 70601 isn't recognized by the office locator even though it's Lake Charles.",
    "I tried version 2.4.1 of the app and it still crashes on Android 14.",
    "Windows build 10.0.19045.4291 shows a blank page when I open the upload step.",
    "https://www.usa.gov/benefits?page=2&lang=es works but page 3 gives an error.",
    "Claim 2024-0087731 was closed but I never got a decision letter.",
    "Ticket #448201 has been open for 6 weeks with no reply.",
    "The security line at the Ronald Reagan Building took 40 minutes this morning.",
    "The link to section 1614 of the Social Security Act goes to a 404 page.",
    "Frank answers would help a lot: just tell us how long processing really takes.",
    "Hope the new login system is better than the last one, which locked me out weekly.",
    "We visited the Grand Canyon last summer and the park pass page was very helpful.",
    "The Fort Worth passport agency page lists hours that don't match the sign on the door.",
    "Chase is not in the drop-down list of banks for direct deposit setup.",
    "The Ford recall lookup on the NHTSA page returns nothing for a 2019 model.",
    "The mobile DMV van parks next to the King Soopers on Colorado Blvd, the page should say so.",
    "Price shown at checkout ($165) doesn't match the fee chart ($130).",
    "Young adults aging out of foster care need a clearer page about what help exists.",
    "Rich text pasted into the comment box loses all its line breaks.",
    "Gene therapy trial listings on the research page look out of date.",
    "Drew a blank trying to find the form for replacing a lost Social Security card.",
    ("Scammers tried to rob my grandmother with a fake IRS letter, please put a warning on the home page."),
    "Jean jackets allowed or not? The courthouse dress code page is confusing.",
    "Sue the agency? No, I just want the form to stop erasing my answers.",
    "Dawn and dusk hours at the wildlife refuge aren't listed anywhere.",
    "Summer hours for the Visitor Center should be posted by the start of May.",
    "The Amber Alert sign-up page asks for too many steps.",
    "Hunter education course registration page has been down since Tuesday.",
    "The page for faith-based and Christian organizations applying for grants is confusing.",
    "The Victoria, Texas field office closed early on Friday without a notice online.",
    "Jordan Lake campsite reservations show the wrong dates for July.",
    "The Austin office wait was over 3 hours even with an appointment.",
    (
        "Georgia and Virginia get different instructions, which one applies if I moved in the middle of "
        "the year?"
    ),
    "North Carolina and South Carolina each appear twice in the state drop-down.",
    "Paris, Texas is missing from the list of cities in Lamar County.",
    "The link for the consulate in Sydney goes nowhere.",
    "The Madison office hours on the site are wrong for Wednesdays.",
    "Washington state residents should not need to fill out section C, right?",
    "Lincoln, Nebraska is listed under Kansas in the office finder.",
    "Jackson Hole area fire restrictions are not on the map yet.",
    "Mark the required fields with an asterisk please, I kept missing them.",
    "Rose Garden tour tickets sold out in 2 minutes, is there a waitlist?",
    "My faith in this website is low after losing my draft three times.",
    "Joy! The new upload tool finally accepts HEIC photos from my phone.",
    "Art and music grant deadlines are listed as TBD for next year.",
    "Guy at the front desk was kind and explained everything, ten out of ten.",
    "Virginia Beach office was closed due to flooding, please update the status banner.",
    "The Martin Luther King Jr. Day closure notice went up only the night before.",
    "Is the Harriet Tubman $20 bill still planned? The Treasury page doesn't say.",
    "The Section 8 voucher waitlist page says it reopens in spring 2025, can you be more specific?",
    "I called right at 8:00 and the line closed at 8:05.",
    "A processing time of 8 to 10 months is too long for a replacement card.",
    "My W-2 shows box 12 code DD, what does that mean for my return?",
    "The 1099-G for 2024 isn't available to download yet.",
    "Receipt EAC2490123456 status page loads forever and then shows nothing.",
    "FOIA request 2024-FOIA-01872 has been pending for 200 days.",
    "The Form SS-5 instructions don't mention the new ID document rules.",
    "Why does the online EIN application (Form SS-4) close at 10 pm Eastern?",
    "Page 4 of 7 in the application freezes every time on Safari.",
    "I paid a $35.00 processing fee and a $130.00 application fee on 1/8 and only see one charge.",
    "Appointment confirmation code 7HXQ29 was not accepted at the kiosk.",
    "Order #GPO-55812 for the printed booklet hasn't shipped after a month.",
    "Room 2B-114 in the federal building is not where the sign says it is.",
    "Interstate 10 closures between Baton Rouge and Lafayette are missing from the travel alerts.",
    "The free COVID test ordering page from 2022 still shows up first in search results.",
    "It was 105°F in the outdoor line at noon, please add shade or let people wait inside.",
    "Version 3.2.0.1 of the desktop filing tool won't install on a Mac.",
    "I got error 0x80070005 during the document upload.",
    "Requiring TLS 1.2 blocks the older browsers at our public library.",
    "Cook County is not in the list of counties for Illinois.",
    "The Treasury Offset Program page doesn't explain how long a refund hold lasts.",
    "The SNAP renewal reminder arrived 2 days after the deadline.",
    "The Americans with Disabilities Act page uses tiny gray text that's hard to read.",
    "Head Start enrollment ends Friday, June 6, but the page still says May 30.",
    "The amber warning banner is hard to read on a white background.",
    "The Help button covers the Next button on an iPhone 13.",
    "Tax Day is April 15 and your reminder email came on April 16.",
    "I have 3 kids and the calculator only lets me enter 2.",
    "Total wait time was 2 hrs 15 min for a 5 minute question.",
    "Why do you ask for my SSN on a form that is only a newsletter sign-up?",
    "The SSN field should accept dashes, it's annoying to remove them.",
    "The passport number field only allows 9 characters, what if the book number starts with a letter?",
    "The date of birth field rejects any year before 1920, which breaks genealogy requests.",
    (
        "My baby was born at a military hospital overseas. Which form do I need for the Consular Report of "
        "Birth Abroad?"
    ),
    "Chrome 121.0.6167.85 shows the page fine but Edge does not.",
    "https://www.irs.gov/forms-pubs/about-form-w-4?lang=es opens the English version anyway.",
    "https://travel.state.gov/content/travel/en/passports.html is missing the new fee table.",
    (
        "The newsletter link https://www.ssa.gov/myaccount/?utm_source=newsletter&utm_medium=email goes to "
        "a login loop."
    ),
    "https://studentaid.gov/h/apply-for-aid/fafsa?page=3 has a typo in the second paragraph.",
    "The grant number 5R01HL123456-03 format isn't accepted by the reporting form.",
    "Public Law 117-169 is cited but there is no link to the text.",
    "H.R. 3684 is mentioned on the infrastructure page, a plain-language summary would help.",
    "Executive Order 14110 link returns a page not found.",
    "8 CFR 214.2 is quoted but the quote is from an old version.",
    "Docket No. FAA-2024-0932 comment period closes March 18, please extend it.",
    "Our NAICS code 541511 isn't listed in the small business size tool.",
    "The court date is 11/04/2025 and the hearing notice was mailed only last week.",
    "I filed on 02/14/2025 and the tool still says not received.",
    "My interview is scheduled for June 2 at 1:45 pm in Room 310.",
    "The office was founded in 1935 according to the history page, but the timeline says 1936.",
    "The 90-day window for the appeal is not explained anywhere on the page.",
    "We submitted 12 documents and the portal only shows 11.",
    "Great page. Clear, short, and in plain English.",
    "The map pin for the Lake Charles office is in the middle of the lake.",
    "Mount Rushmore parking fees are listed as $10 but we paid $15.",
    "The Golden Gate Bridge toll page should link to the FasTrak info.",
    "Yellowstone road opening dates for 2025 are still TBD on the site.",
    "The Statue of Liberty ferry ticket link goes to a third-party site, is that official?",
    ("The Smithsonian Air and Space Museum page says timed passes are required but the gate staff said no."),
    "Eleanor Roosevelt quote on the front page is misattributed, according to the Library of Congress.",
    "The Abraham Lincoln Presidential Library link is broken on the Illinois page.",
    "Independence Hall tour times conflict between two pages.",
    "Crater Lake rim road was closed on Saturday but the page said open.",
    "The Hoover Dam tour page says masks required, is that still true?",
    "The Medicare Plan Finder shows plans that aren't available in my ZIP code 85004.",
    "Medicare Part D enrollment ends December 7, the banner says December 15.",
    "The Medicaid page for Ohio lists income limits from last year.",
    "The green card renewal page should say how long the receipt notice extends status, 36 months?",
    "Form N-400 fee is $760 online and $710 on paper? That's confusing, please explain.",
    "The I-94 website keeps timing out after 15 minutes.",
    "Social Security COLA for 2025 is 2.5% but one page still shows 3.2%.",
    "The payment schedule shows the second Wednesday, but we got paid on the third.",
    "The VA hospital in Jackson has new parking rules that aren't online.",
    "Veterans Day closure was not mentioned on the regional office page.",
    "The GI Bill comparison tool is excellent, thank you.",
    "The Ronald Reagan Washington National Airport TSA wait times widget is stuck at 0 minutes.",
    "TSA PreCheck renewal took 4 days, much faster than I expected.",
    "Real ID deadline is May 7, 2025, why does the DMV page still show 2023?",
    "Can the Census Bureau add a Spanish version of the survey FAQ?",
    "The 2020 Census data table for Fort Worth shows the wrong population.",
    "FEMA disaster assistance page for Hurricane Ida still lists closed recovery centers.",
    "I applied for the Lifeline program in January and heard nothing for 10 weeks.",
    "Student loan forgiveness page changed three times this month, please keep a change log.",
    "The PSLF help tool asks for the employer's EIN but I don't know where to find it.",
    "Thank you to the officer on duty at the port of entry who helped my elderly parents.",
    "The customer service agent was patient and knew the answer right away.",
    "Please add a print button on the checklist page.",
    "The search box returns results for 'passport' when I typed 'pass port'.",
    "The accessibility statement hasn't been updated since 2019.",
    "Font size button doesn't work on the Spanish pages.",
    "Too many pop-ups asking me to take a survey.",
    "I liked the step-by-step guide, but step 5 is missing a screenshot.",
    "Why are there two different forms with almost the same name (SF-86 and SF-85P)?",
    "The contact form says 500 character limit but cuts me off at 480.",
    "The countdown timer says 20 minutes but logs me out at 15.",
    "The fee waiver request (Form I-912) is not linked from the fee page.",
    "Two-factor codes arrive 5 minutes late, after the code expires.",
    "The Freedom of Information Act page should say which office handles which records.",
    "Flag etiquette page has the wrong day for Flag Day (it is June 14).",
    "The National Mall map doesn't show the new restrooms near the Washington Monument.",
    "Union Station shuttle times to the Capitol Visitor Center are missing.",
    "The Chesapeake Bay fishing license page lists 2023 prices.",
    "Mississippi River flood stage info for Baton Rouge is one day behind.",
    "The Everglades alligator safety page is great for kids.",
    "The Bureau of Land Management permit page for Moab needs a mobile view.",
    "Death Valley heat warnings should be at the very top of the page in July.",
    "Georgia Avenue entrance to the building is closed, the signs still point there.",
    "Austin Street parking garage near the federal courthouse now charges $20 per day.",
    "The Price Memorial Hall hearing room is not wheelchair accessible, please say that in the notice.",
    "The King Street metro exit is closest to the office, not the one the page suggests.",
    "The Young Circle bus stop moved; the directions on your page are outdated.",
    "The Carolina Panthers stadium is not a vaccination site anymore, please remove it from the list.",
    "Washington Dulles airport TSA page has the wrong terminal map.",
    "The Jackson Memorial Hospital clinic listed as a partner closed last year.",
    "Ford's Theatre ticket page works great.",
    "Bill of Rights exhibit at the National Archives is worth the visit, but the page lacks hours.",
    "The Hope Diamond page has a broken video.",
    "Summer Meals for Kids site finder doesn't accept ZIP 32204.",
    "Virginia's SNAP office locator returns offices in West Virginia.",
    "The Madison County courthouse is not listed in the jury duty page.",
    "The Dawn Redwood tree at the arboretum page has a wrong photo.",
    "Will County office in Joliet moved last year.",
    "May 1 is the deadline for the scholarship, but the email said May 15.",
    "Grant applications for 2026 open on October 1, the page says September 1.",
    "The Rose Bowl parking for the job fair was $30, the flyer said free.",
    "Hunter's Point shipyard cleanup page is two years out of date.",
    "Austin, Dallas and Houston offices all show the same hours, I doubt that's right.",
    "Christian County, Kentucky is missing from the county list.",
    "The Victoria Falls travel advisory for Zambia links to the wrong country.",
    "Jordan travel advisory level changed but the summary still says Level 2.",
    "Carol singing event on the Ellipse listing has no date.",
    "Ray of light: the new chat feature answered my question in 2 minutes.",
    "Pat yourselves on the back, the new benefits finder is very good.",
    "Rob nobody of a lunch break: cut the 7-step login down to 2 steps.",
    "Gene expression datasets on the portal download as empty files.",
    "The Art Institute partnership page lists an event from 2022.",
    "Our ZIP is 99501 and the Anchorage office is not in the dropdown.",
    "I made 4 trips to the office for one stamp.",
    "The letter dated October 3 arrived on November 20, after the response deadline.",
    "It says to respond within 30 days of the notice date, but which date is the notice date?",
    "Your page says it takes 6-8 weeks, it's been 14 weeks.",
    "Please list the office hours in both Eastern and Central time.",
    "Case status refreshed at 3:12 a.m. with no change, is that normal?",
    "The 2024 Form 1040 instructions PDF is 117 pages, a summary would help.",
    "Version 4.10.2 broke the login on older Android phones.",
    "Our office IP allow-list instructions reference IPv4 only, please add IPv6 guidance.",
    "Please bring back the old 'Where's My Refund' layout.",
    "Tip: the form works in Firefox 128 but not in Safari 17.4.",
    "Lot 7 at the visitor center is closed for paving until August 30.",
    "Gate 3 on Highway 95 is the only open entrance right now.",
    "Building 1500, 2nd floor, is where the passport photos are taken, not the lobby.",
    "El número de recibo IOE0921458830 sigue sin cambios desde marzo.",
    "La cita del 14 de abril fue cancelada sin aviso.",
    "La página en español tiene muchas palabras en inglés.",
    "Pagué $85 y no recibí ningún recibo.",
    "Tardé 40 minutos en llenar el formulario.",
    "La oficina de la calle Main cierra a las 4:30, no a las 5 como dice la página.",
    "El código postal 78520 no aparece en el buscador de oficinas.",
    "El enlace https://www.uscis.gov/es/formularios?page=1 no funciona.",
    "Fecha límite: 30 de junio de 2025. ¿Se puede extender?",
    "Número de confirmación ABX-4471, pero no me llegó el correo.",
    "La Beca Pell no está explicada en español.",
    "El formulario I-765 edición 01/20/25 no se descarga.",
    "Gracias por la ayuda, la agente fue muy amable.",
    "Esperé 2 horas en la oficina de Los Ángeles.",
    "El botón de 'Siguiente' no funciona en el celular.",
    "Mi cita es el martes 3 de junio a las 9:15.",
    "La Ley del Seguro Social se menciona pero no hay enlace al texto.",
    "Mi solicitud número EAC2490087612 lleva 8 meses sin respuesta.",
    "Los cierres de la Carretera 1 no aparecen en el mapa.",
    "La página de Medicare en español está muy bien hecha.",
    "Me piden el número de seguro social pero no tengo uno, ¿qué hago?",
    "El precio del pasaporte subió a $130 y la página todavía dice $110.",
    "Fuimos al Gran Cañón y la página del parque nos ayudó mucho.",
    "Las horas de verano del centro de visitantes no están publicadas.",
    "La versión 5.2.1 de la aplicación se cierra sola.",
    "Nací en Puerto Rico, ¿necesito pasaporte para viajar a Florida?",
    "Mi hijo nació en el extranjero, ¿qué formulario necesito?",
    "El mapa muestra la oficina de Fort Worth en el lugar equivocado.",
    "Tengo 3 hijos y el formulario solo deja poner 2.",
    "El reembolso de $1,250 llegó tres semanas tarde.",
    "No entiendo la diferencia entre la Parte A y la Parte B.",
    "El ticket 55012 no tiene respuesta desde hace un mes.",
    "Victoria y Laredo no aparecen en la lista de ciudades.",
    "La oficina de San Antonio abre a las 8:00, no a las 7:30.",
    "Carolina del Norte aparece dos veces en la lista.",
    "¿Dónde queda la oficina de Jackson, Mississippi?",
    "El PDF del formulario W-7 tiene 4 páginas pero solo se imprimen 3.",
    (
        "La audiencia es el 12/09/2025 en la corte de inmigración de Houston y no encuentro la dirección "
        "de la sala."
    ),
    "Muy buena página, pero la letra es muy pequeña.",
    "Gracias a Dios encontré la información que buscaba.",
    "Rosa pálido es el color del botón de enviar y casi no se ve.",
    "Esperanza es lo único que nos queda con estos tiempos de espera.",
    "Dolores de cabeza es lo que me da este sistema.",
    "La Cruz Roja tiene más información que ustedes sobre el huracán.",
    "Mercedes, Texas no aparece en la lista de ciudades.",
    "Hay un error en la sección 4, línea 12 del formulario.",
    "La página https://www.ssa.gov/espanol/?lang=es carga muy lento.",
    "Necesito el formulario 1040-SP del año 2024 en papel.",
    "El horario de 9:00 a 17:00 no sirve para quien trabaja.",
    "Mi caso está pendiente desde el 5 de enero de 2024.",
    "Llevo 6 semanas esperando la tarjeta.",
    "La fecha de nacimiento no se puede escribir con barras, solo con guiones, y eso confunde.",
    "El enlace https://www.medicare.gov/plan-compare/?lang=es&year=2025 no guarda mis filtros.",
    "Mi declaración se presentó el 15/04/2025 y todavía no aparece el reembolso.",
    "La oficina en la Avenida Central está cerrada por remodelación hasta el 1 de agosto.",
    "Pagué $465 por el formulario I-90 el 2 de mayo y el cargo salió dos veces.",
    "Trang web rất khó dùng trên điện thoại. Tôi đã đợi 3 tuần mà chưa có kết quả.",
    "Hạn chót nộp đơn là ngày 15 tháng 4, nhưng trang web ghi ngày khác.",
    "网站的中文翻译有很多错误\uff0c请改进。",
    "我的申请收据号码是IOE0917733210\uff0c已经等了五个月。",
    "Salamat po sa tulong, pero ang haba ng pila sa opisina.",
    "예약 날짜가 2025년 3월 10일인데 확인 메일이 오지 않았습니다.",
    "الموقع بطيء جدًا ولا يعمل زر الإرسال.",
    "Paj la pa disponib an kreyòl, tanpri ajoute li.",
    "Le formulaire I-90 coûte 465 $ mais la page indique un autre montant.",
    "Сайт не работает в браузере Firefox версии 128.0.",
    "O prazo para enviar os documentos é 30 de maio, mas ainda não recebi a carta.",
    "한국어 페이지가 있어서 좋습니다. 감사합니다.",
    "Saan po ang opisina sa Jersey City? Hindi ko mahanap sa mapa.",
]
