"""Ninth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites. The corpus
was written without seeing the redaction rules and must not be used to tune them: it exists only to
measure them.

All personal data here is invented. E-mail addresses and URLs use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; phone numbers use 555-01xx; card numbers are
published test numbers that pass the Luhn check; routing numbers pass the ABA checksum. Any
resemblance of a name, address or identifier to a real person is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds
ordinary comments that must be stored unchanged.

Scoring normalizes text and substrings (NFKC, then removal of Unicode category Cf characters) before
checking whether a substring survived; for CLEAN it compares the normalized original with the
normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    (
        "email",
        "please send the renewal packet to rhonda.kessler@example.com instead of mailing it, my mailbox "
        "gets broken into",
        ["rhonda.kessler@example.com"],
    ),
    (
        "email",
        "The reset link never came. Tried twice. My email is TJ_Okafor88@Example.NET if someone can check "
        "the logs",
        ["TJ_Okafor88@Example.NET"],
    ),
    (
        "email",
        "form wont accept my adress mpetrosyan+benefits@example.org because of the plus sign, fix pls",
        ["mpetrosyan+benefits@example.org"],
    ),
    (
        "email",
        "contact me at dwaynebrooks at example dot com, I can't get through on the chat",
        ["dwaynebrooks at example dot com"],
    ),
    (
        "email",
        "Hi, I am writing about my late husband's account. You can reach me (his widow) at "
        "g.whitfield1952@example.net or my daughter at leah.whitfield@example.com. Thank you for your "
        "patience.",
        ["g.whitfield1952@example.net", "leah.whitfield@example.com"],
    ),
    (
        "email",
        "i changed my email from old one to  k.ambrose@example.org  but confirmation still goes to the old "
        "one kambrose_77@example.com. please update",
        ["k.ambrose@example.org", "kambrose_77@example.com"],
    ),
    (
        "email",
        "Email:jlaporte@mail.example.com Phone: will not give. Question: why does the page time out after "
        "5 minutes?",
        ["jlaporte@mail.example.com"],
    ),
    (
        "email",
        "this site is useless. email me when its fixed -> noah.fairbanks[at]example[dot]net",
        ["noah.fairbanks[at]example[dot]net"],
    ),
    (
        "email",
        "I typed my email wrong on the application, it says sandra.mcneel@exmaple.com but should be "
        "sandra.mcneel@example.com. How do I correct it?",
        ["sandra.mcneel@exmaple.com", "sandra.mcneel@example.com"],
    ),
    (
        "email",
        "Reply to: PRIYA.VENKATARAMAN@EXAMPLE.ORG (work) \u2014 the status tracker shows nothing since March",
        ["PRIYA.VENKATARAMAN@EXAMPLE.ORG"],
    ),
    (
        "email",
        "my caseworker said to write my email here so: bobby dot tran at example dot org",
        ["bobby dot tran at example dot org"],
    ),
    (
        "email",
        "Accessibility issue: the screen reader reads the email field label twice. For follow up use "
        "a11y.tester.cora@example.com",
        ["a11y.tester.cora@example.com"],
    ),
    (
        "email",
        "got a phishing message from support@example.net pretending to be you, sent to my address "
        "ellie.vandermeer@example.org. is that real?",
        ["ellie.vandermeer@example.org"],
    ),
    (
        "email",
        "You can reach me at my grandsons email since i dont have one, its marcus.o.bell@example.com",
        ["marcus.o.bell@example.com"],
    ),
    (
        "email",
        "pls respond quickly \u2014 hector_ruiz_jr@example.com \u2014 the deadline is friday",
        ["hector_ruiz_jr@example.com"],
    ),
    (
        "email",
        "Page crashed after upload. (email: wen\u200b.zhao@example.org)",
        ["wen\u200b.zhao@example.org"],
    ),
    (
        "email",
        "I'd like a copy of the determination letter emailed. address is annmarie.dupree@example.net. Also "
        "is there a way to get it in large print?",
        ["annmarie.dupree@example.net"],
    ),
    (
        "email",
        "contact info below\nlogan.w.hargrove@example.com\nthanks",
        ["logan.w.hargrove@example.com"],
    ),
    (
        "email",
        "Por favor mándenme la información a mi correo: lucia.ortega.m@example.com, gracias",
        ["lucia.ortega.m@example.com"],
    ),
    (
        "email",
        "no me llega el código de verificación a mi correo joseramon1979@example.net ya lo intenté 4 veces",
        ["joseramon1979@example.net"],
    ),
    (
        "email",
        "Mi correo electrónico cambió. El nuevo es  carmen_delarosa@example.org  (el anterior ya no "
        "funciona)",
        ["carmen_delarosa@example.org"],
    ),
    (
        "email",
        "escribanme a pedro arroba example punto com porque no tengo teléfono",
        ["pedro arroba example punto com"],
    ),
    (
        "email",
        "Soy la hija de la solicitante. Contacto: yesenia.barragan@example.com / tel. no disponible",
        ["yesenia.barragan@example.com"],
    ),
    (
        "email",
        "Xin gửi thư xác nhận đến email của tôi: nguyenthilan82@example.com. Cảm ơn.",
        ["nguyenthilan82@example.com"],
    ),
    (
        "email",
        "if you need more documents, liwei.chen@example.net is checked daily. please reply in Chinese if "
        "possible",
        ["liwei.chen@example.net"],
    ),
    (
        "phone",
        "call me back at (304) 555-0182 after 3pm, I work nights",
        ["(304) 555-0182"],
    ),
    (
        "phone",
        "my number is 614.555.0117 text is fine",
        ["614.555.0117"],
    ),
    (
        "phone",
        "nobody returned my call. Ive left 3 voicemails. cell 2145550163",
        ["2145550163"],
    ),
    (
        "phone",
        "Please have someone call +1 907 555 0148, I'm in Alaska so mind the time difference",
        ["+1 907 555 0148"],
    ),
    (
        "phone",
        "Phone: 1-801-555-0129 ext 4 (work) or 801 555 0171 (home)",
        ["1-801-555-0129", "801 555 0171"],
    ),
    (
        "phone",
        "The callback feature asked for my number, I entered 503/555-0104 and it said invalid format",
        ["503/555-0104"],
    ),
    (
        "phone",
        "reach me at four one two five five five zero one three nine if the appeal needs more docs",
        ["four one two five five five zero one three nine"],
    ),
    (
        "phone",
        "I am deaf, please use relay or text to 7185550196. thank you",
        ["7185550196"],
    ),
    (
        "phone",
        "You have the wrong phone on file. Old: 602-555-0133. New: 480\u2013555\u20130158. Please update "
        "both the benefits record and the mailing record",
        ["602-555-0133", "480\u2013555\u20130158"],
    ),
    (
        "phone",
        "mom doesnt speak english, call my cell instead 313 555 01 87",
        ["313 555 01 87"],
    ),
    (
        "phone",
        "Tel (555) 0110 area code 919 \u2014 leave a message with my wife if I dont answer",
        ["(555) 0110"],
    ),
    (
        "phone",
        "the number is 865 555\u00a00124 and I'm available weekdays",
        ["865 555\u00a00124"],
    ),
    (
        "phone",
        "can u call me 267-555-0191 ?? been waiting 6 weeks",
        ["267-555-0191"],
    ),
    (
        "phone",
        "Call 206.555.0175 anytime before 8. Thanks, and the new site looks much better than the old one.",
        ["206.555.0175"],
    ),
    (
        "phone",
        "my phone number changed to (505)555-0113 and the site won't let me edit it because it says the "
        "number is already in use",
        ["(505)555-0113"],
    ),
    (
        "phone",
        "whatsapp +1-347-555-0152 for me or my son, same phone",
        ["+1-347-555-0152"],
    ),
    (
        "phone",
        "Best way to reach me: 4 0 4 5 5 5 0 1 2 6",
        ["4 0 4 5 5 5 0 1 2 6"],
    ),
    (
        "phone",
        "landline 701 555 0168, no cell. the hearing notice says to call but the line is always busy",
        ["701 555 0168"],
    ),
    (
        "phone",
        "Llámenme al 956-555-0143 por favor, hablo solo español",
        ["956-555-0143"],
    ),
    (
        "phone",
        "mi numero de celular es 7875550119 (Puerto Rico)",
        ["7875550119"],
    ),
    (
        "phone",
        "Nadie me contesta. Mi teléfono: (915) 555 0135. Estoy disponible en la mañana.",
        ["(915) 555 0135"],
    ),
    (
        "phone",
        "pueden marcar al 305.555.0107 o al de mi hermana 305 555 0186 gracias",
        ["305.555.0107", "305 555 0186"],
    ),
    (
        "phone",
        "teléfono de contacto: +1 (210) 555-0161, solo por las tardes",
        ["+1 (210) 555-0161"],
    ),
    (
        "phone",
        "Pakitawagan po ako sa 808-555-0138, salamat po",
        ["808-555-0138"],
    ),
    (
        "phone",
        "I need a Korean interpreter. Number: 213-555-0122, after 6 pm is best",
        ["213-555-0122"],
    ),
    (
        "ssn",
        "my ssn is 412-67-3098 and it keeps saying no record found",
        ["412-67-3098"],
    ),
    (
        "ssn",
        "SNN 538 21 7764 - the form rejected it twice",
        ["538 21 7764"],
    ),
    (
        "ssn",
        "I think someone used my social security number 227.48.1905 to file a claim. What do I do?",
        ["227.48.1905"],
    ),
    (
        "ssn",
        "soc sec # 301447812 please look into why my payment stopped",
        ["301447812"],
    ),
    (
        "ssn",
        "Last year's letter had the wrong number. It should be 145-80-2267 not 145-08-2267.",
        ["145-80-2267", "145-08-2267"],
    ),
    (
        "ssn",
        "scoial secuirty: 603 \u2013 19 \u2013 4482",
        ["603 \u2013 19 \u2013 4482"],
    ),
    (
        "ssn",
        "For verification, the last four of my SSN are 7731 and the full number is 488-30-7731",
        ["488-30-7731", "7731"],
    ),
    (
        "ssn",
        "My S.S.N. = 071 42 6659. I already sent copies of my card twice by mail, why do you keep asking",
        ["071 42 6659"],
    ),
    (
        "ssn",
        "the page asked for social and i put 356/92/0418 but i'm not sure slashes are ok",
        ["356/92/0418"],
    ),
    (
        "ssn",
        "Husband's SSN 519-74-\u200b2036, mine is 519-74-2281. We file jointly.",
        ["519-74-\u200b2036", "519-74-2281"],
    ),
    (
        "ssn",
        "I'm helping my father. His number (social security) is written on his card as 244 09 5517, he's "
        "81 and can't use computers",
        ["244 09 5517"],
    ),
    (
        "ssn",
        "SS#: 468_52_1190",
        ["468_52_1190"],
    ),
    (
        "ssn",
        "why does the site need my full social? 332-61-8054. Other sites only ask for the last 4",
        ["332-61-8054"],
    ),
    (
        "ssn",
        "social security no. 6 2 1 - 3 3 - 0 9 7 4 (sorry my keyboard is broken)",
        ["6 2 1 - 3 3 - 0 9 7 4"],
    ),
    (
        "ssn",
        "ssn:529447016 dob on file is wrong too",
        ["529447016"],
    ),
    (
        "ssn",
        "Tried to link my account. The number I have is 183-27-4460. It worked last year. Please email or "
        "write, don't call.",
        ["183-27-4460"],
    ),
    (
        "ssn",
        "my sociel security is 402 88 1536 and my wifes is 402 88 1602 we both get the same error",
        ["402 88 1536", "402 88 1602"],
    ),
    (
        "ssn",
        "Social Security Number: \uff15\uff14\uff12-\uff16\uff10-\uff13\uff13\uff18\uff17",
        ["\uff15\uff14\uff12-\uff16\uff10-\uff13\uff13\uff18\uff17"],
    ),
    (
        "ssn",
        "mi número de seguro social es 610-25-4873, ya llamé y no me ayudaron",
        ["610-25-4873"],
    ),
    (
        "ssn",
        "Número de Seguro Social: 287 43 1092. Necesito una carta de beneficios.",
        ["287 43 1092"],
    ),
    (
        "ssn",
        "el seguro sosial de mi mamá es 431.06.9928 y el sistema dice que no existe",
        ["431.06.9928"],
    ),
    (
        "ssn",
        "SSN 254197730 por favor revisen mi caso",
        ["254197730"],
    ),
    (
        "ssn",
        "Le di mi seguro social (395-61-2084) a alguien que dijo ser de su oficina, ¿era fraude?",
        ["395-61-2084"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 516-38-2907, tanpri ede m",
        ["516-38-2907"],
    ),
    (
        "ssn",
        "339-70-5184 <- that is my social. the site says it belongs to someone else",
        ["339-70-5184"],
    ),
    (
        "itin_ein",
        "My ITIN is 912-78-4410 and the portal says it's not valid for this program",
        ["912-78-4410"],
    ),
    (
        "itin_ein",
        "itin 987 93 1204 renewal still pending since january",
        ["987 93 1204"],
    ),
    (
        "itin_ein",
        "EIN for my cleaning business: 47-3820915. The loan form won't take it.",
        ["47-3820915"],
    ),
    (
        "itin_ein",
        "I'm a sole proprietor, used my employer id number 82 6194057 on the application",
        ["82 6194057"],
    ),
    (
        "itin_ein",
        "tax id (itin) 9 4 1 - 8 2 - 6 6 3 0",
        ["9 4 1 - 8 2 - 6 6 3 0"],
    ),
    (
        "itin_ein",
        "my EIN is 271055846 \u2014 no dash because the field only takes 9 digits",
        ["271055846"],
    ),
    (
        "itin_ein",
        "ITN: 930.71.2258 (I know the format looks like a social but its an ITIN)",
        ["930.71.2258"],
    ),
    (
        "itin_ein",
        "Our family farm LLC, Federal Tax ID 45\u20130918273, was denied for the grant with no explanation",
        ["45\u20130918273"],
    ),
    (
        "itin_ein",
        "I have both: ITIN 968-88-1037 for me and EIN 36-7702184 for the food truck. Which do I use?",
        ["968-88-1037", "36-7702184"],
    ),
    (
        "itin_ein",
        "individual taxpayer id 978-70-\u200b5521, wife doesnt have one yet",
        ["978-70-\u200b5521"],
    ),
    (
        "itin_ein",
        "The TIN I entered was 94-2751630 and it matched the IRS letter exactly",
        ["94-2751630"],
    ),
    (
        "itin_ein",
        "ein# 81 - 4403297 for the daycare",
        ["81 - 4403297"],
    ),
    (
        "itin_ein",
        "Payments go to my itin 900-72-6618, please don't ask me for an SSN, I do not have one",
        ["900-72-6618"],
    ),
    (
        "itin_ein",
        "employer identification number is 20/3147785 per our CP 575 notice",
        ["20/3147785"],
    ),
    (
        "itin_ein",
        "My nonprofit's EIN 134509871 shows as inactive in your lookup but we filed our 990 on time",
        ["134509871"],
    ),
    (
        "itin_ein",
        "ITIN number: 957 76 3049. Issued 2019. Expired? The letter doesn't say.",
        ["957 76 3049"],
    ),
    (
        "itin_ein",
        "Tax ID 98\u00a0\u2011\u00a07340126 (EIN) for our contracting company",
        ["98\u00a0\u2011\u00a07340126"],
    ),
    (
        "itin_ein",
        "im using the itin of my husband 915 83 7702 because i dont have mine yet",
        ["915 83 7702"],
    ),
    (
        "itin_ein",
        "Mi número ITIN es 921-84-3365, no tengo seguro social",
        ["921-84-3365"],
    ),
    (
        "itin_ein",
        "el itin de mi esposo es 946 79 0812 y el mio 946 79 0837",
        ["946 79 0812", "946 79 0837"],
    ),
    (
        "itin_ein",
        "Número de identificación patronal (EIN): 61-2093748 para mi taller",
        ["61-2093748"],
    ),
    (
        "itin_ein",
        "ITIN:993782154 lo renové en marzo",
        ["993782154"],
    ),
    (
        "itin_ein",
        "tengo un negocio pequeño, el EIN es 32\u20135581907, y no me deja registrarlo",
        ["32\u20135581907"],
    ),
    (
        "itin_ein",
        "Số ITIN của tôi là 962-75-4481. Tôi không có số an sinh xã hội.",
        ["962-75-4481"],
    ),
    (
        "itin_ein",
        "985-81-2296 is the number the IRS gave me for taxes (itin), is that what goes in box 3?",
        ["985-81-2296"],
    ),
    (
        "card",
        "I was charged twice for my passport fee on card 4111 1111 1111 1111, please refund one",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "payment failed. card no 5555555555554444 exp next year",
        ["5555555555554444"],
    ),
    (
        "card",
        "The park reservation took my Amex 3782-822463-10005 but I never got a confirmation",
        ["3782-822463-10005"],
    ),
    (
        "card",
        "used my debit 4012-8888-8888-1881 and it says declined but the bank shows a pending charge",
        ["4012-8888-8888-1881"],
    ),
    (
        "card",
        "Discover 6011 0009 9013 9424 - charged $35 for a fee I was told was waived",
        ["6011 0009 9013 9424"],
    ),
    (
        "card",
        "refund to the card ending 4444? full number 5105.1051.0510.5100 if you need it",
        ["5105.1051.0510.5100"],
    ),
    (
        "card",
        "cc 4242424242424242 got flagged as fraud when I tried to pay the renewal",
        ["4242424242424242"],
    ),
    (
        "card",
        "Hi, I paid the $110 filing fee with my visa (4000 0566 5566 5556) on the 3rd and it was charged "
        "again on the 9th. Please reverse the second charge.",
        ["4000 0566 5566 5556"],
    ),
    (
        "card",
        "card number 5200\u200b8282\u200b8282\u200b8210 keeps erroring at step 4",
        ["5200\u200b8282\u200b8282\u200b8210"],
    ),
    (
        "card",
        "My husband's card 3714 496353 98431 was used by someone else on your site, please cancel the order",
        ["3714 496353 98431"],
    ),
    (
        "card",
        "Paid with mastercard 5425 2334 3010 9903. Paid with it again because the first time it timed out. "
        "Now I'm out $60",
        ["5425 2334 3010 9903"],
    ),
    (
        "card",
        "the payment page shows my whole card number on the receipt: 4917610000000000. that's a security "
        "problem",
        ["4917610000000000"],
    ),
    (
        "card",
        "Card: 6011-1111-1111-1117\nAmount: $25.00\nStatus: stuck on processing",
        ["6011-1111-1111-1117"],
    ),
    (
        "card",
        "diners club 3056 930902 5904 not accepted?? it's 2024 come on",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "i entered 4005 5192 0000 0004 but it charged a different card i have saved",
        ["4005 5192 0000 0004"],
    ),
    (
        "card",
        "The JCB card 3530 1113 3330 0000 is my only card, I'm visiting from Japan and need to pay the "
        "entry fee",
        ["3530 1113 3330 0000"],
    ),
    (
        "card",
        "charged me $15 twice. card 2223 0000 4841 0010. order placed around noon",
        ["2223 0000 4841 0010"],
    ),
    (
        "card",
        "Visa: 4222 2222 22222 (old 13 digit card, still valid)",
        ["4222 2222 22222"],
    ),
    (
        "card",
        "Me cobraron dos veces en mi tarjeta 4111-1111-1111-1111, necesito el reembolso",
        ["4111-1111-1111-1111"],
    ),
    (
        "card",
        "pagué con la tarjeta de débito 5454 5454 5454 5454 y no aparece el pago",
        ["5454 5454 5454 5454"],
    ),
    (
        "card",
        "Número de tarjeta: 4012 0000 3333 0026. El sistema dice que está vencida pero no es cierto.",
        ["4012 0000 3333 0026"],
    ),
    (
        "card",
        "la tarjeta de mi papá 3566\u00a00020\u00a02036\u00a00505 fue rechazada",
        ["3566\u00a00020\u00a02036\u00a00505"],
    ),
    (
        "card",
        "use mi tarjeta 6011601160116611 para pagar la multa y no me dieron recibo",
        ["6011601160116611"],
    ),
    (
        "card",
        "paid the fee with card 4000 0000 0000 3220 and never got a confirmation page",
        ["4000 0000 0000 3220"],
    ),
    (
        "card",
        "\u0421 \u043c\u043e\u0435\u0439 \u043a\u0430\u0440\u0442\u044b 4444 3333 2222 1111 "
        "\u0441\u043f\u0438\u0441\u0430\u043b\u0438 \u0434\u0435\u043d\u044c\u0433\u0438 "
        "\u0434\u0432\u0430\u0436\u0434\u044b, \u043f\u0440\u043e\u0448\u0443 "
        "\u0432\u0435\u0440\u043d\u0443\u0442\u044c",
        ["4444 3333 2222 1111"],
    ),
    (
        "bank",
        "please deposit my refund to routing 128916144 account 004471829360",
        ["128916144", "004471829360"],
    ),
    (
        "bank",
        "Direct deposit info: Routing # 081978368, Checking acct # 7720 1184 95",
        ["081978368", "7720 1184 95"],
    ),
    (
        "bank",
        "changed banks. new routing number is 016-329-801 and account is 33019874452",
        ["016-329-801", "33019874452"],
    ),
    (
        "bank",
        "My benefit went to my old account 88120047 at the credit union. The new one is 9983 0012 7745, "
        "routing 068675396. Why wasn't it updated?",
        ["88120047", "9983 0012 7745", "068675396"],
    ),
    (
        "bank",
        "ABA 278421848 acct 51-0094-3318 savings",
        ["278421848", "51-0094-3318"],
    ),
    (
        "bank",
        "the form wants routing and account. I put rtn 116728690 and acct 000123457789 but it says mismatch",
        ["116728690", "000123457789"],
    ),
    (
        "bank",
        "routing no. 2 4 9 9 7 5 1 0 3\naccount no. 6 6 1 0 2 8 4 7",
        ["2 4 9 9 7 5 1 0 3", "6 6 1 0 2 8 4 7"],
    ),
    (
        "bank",
        "Refund never arrived. Account ending 3381 (full: 40077213381) at my bank, routing 327798862.",
        ["40077213381", "327798862", "3381"],
    ),
    (
        "bank",
        "routing:128794816 / account:2209417755 (joint with my wife)",
        ["128794816", "2209417755"],
    ),
    (
        "bank",
        "I'm worried I typed the routing wrong: 099684880. The account number 1005 8823 41 is right.",
        ["099684880", "1005 8823 41"],
    ),
    (
        "bank",
        "set up autopay from checking 771\u200b0042\u200b9915, routing 117707092, but it never pulled",
        ["771\u200b0042\u200b9915", "117707092"],
    ),
    (
        "bank",
        "Bank: local credit union. RTN 053735995. Member acct 918273.",
        ["053735995", "918273"],
    ),
    (
        "bank",
        "you sent my tax refund to account 5512009873 which is not mine!! my account is 5512009837 "
        "(routing 211059785)",
        ["5512009873", "5512009837", "211059785"],
    ),
    (
        "bank",
        "rtng 011151074 acc 4430 2218 0091 \u2014 please confirm the deposit date",
        ["011151074", "4430 2218 0091"],
    ),
    (
        "bank",
        "Direct deposit form: routing 307490180, account 000 441 928 7, type checking",
        ["307490180", "000 441 928 7"],
    ),
    (
        "bank",
        "i gave my bank info on the phone: routing 108673588 account 2847730019. was that really you?",
        ["108673588", "2847730019"],
    ),
    (
        "bank",
        "The routing number for my bank (305012528) isn't in your dropdown. My acct # is 6600193274.",
        ["305012528", "6600193274"],
    ),
    (
        "bank",
        "account 3321 9087 6654 with routing 292920406, please stop sending paper checks",
        ["3321 9087 6654", "292920406"],
    ),
    (
        "bank",
        "Mi número de ruta es 057505671 y la cuenta 1234098877, quiero depósito directo",
        ["057505671", "1234098877"],
    ),
    (
        "bank",
        "cuenta bancaria: 0045 7712 9903, número de ruta 062467296",
        ["0045 7712 9903", "062467296"],
    ),
    (
        "bank",
        "cambié de banco, la nueva cuenta es 88 0917 3346 (ruta 030475582)",
        ["88 0917 3346", "030475582"],
    ),
    (
        "bank",
        "No recibí el depósito. Ruta: 116\u2013620\u2013390. Cuenta: 7751002839.",
        ["116\u2013620\u2013390", "7751002839"],
    ),
    (
        "bank",
        "el número de cuenta que puse es 20194477 y el de ruta 128916144, verifiquen por favor",
        ["20194477", "128916144"],
    ),
    (
        "bank",
        "acct 6029184473. routing is the one for my credit union, 081978368. deposit hasnt shown up",
        ["6029184473", "081978368"],
    ),
    (
        "bank",
        "رقم حسابي المصرفي هو 4418290037 ورقم التوجيه 249975103، أرجو تحويل المبلغ",
        ["4418290037", "249975103"],
    ),
    (
        "ip",
        "I keep getting blocked. My IP is 203.0.113.42 if that helps your tech team",
        ["203.0.113.42"],
    ),
    (
        "ip",
        "error page said 'request from 198.51.100.7 denied'. I'm at home, not a bot",
        ["198.51.100.7"],
    ),
    (
        "ip",
        "my ip address 192.0.2.155 got rate limited after 2 tries",
        ["192.0.2.155"],
    ),
    (
        "ip",
        "Access denied for 2001:db8:85a3::8a2e:370:7334 \u2014 using IPv6 from my home ISP",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "my router shows public address 203.0.113.219 and your site says my location is in another state",
        ["203.0.113.219"],
    ),
    (
        "ip",
        "The firewall ban hit both our home IPs: 198.51.100.23 and 198.51.100.24. Please lift it.",
        ["198.51.100.23", "198.51.100.24"],
    ),
    (
        "ip",
        "ip=192.0.2.8 ; browser=firefox ; error=403",
        ["192.0.2.8"],
    ),
    (
        "ip",
        "I was told to include my IP. it's 203 . 0 . 113 . 77",
        ["203 . 0 . 113 . 77"],
    ),
    (
        "ip",
        "Connection from 2001:0db8:0000:0000:0000:ff00:0042:8329 keeps failing the captcha",
        ["2001:0db8:0000:0000:0000:ff00:0042:8329"],
    ),
    (
        "ip",
        "someone logged into my account from 198.51.100.201, that was NOT me. my usual one is 192.0.2.34",
        ["198.51.100.201", "192.0.2.34"],
    ),
    (
        "ip",
        "whatismyip says 203.0.113.5. Still can't load the appointment page.",
        ["203.0.113.5"],
    ),
    (
        "ip",
        "my VPN exit is 198.51.100.66 and the login page just spins",
        ["198.51.100.66"],
    ),
    (
        "ip",
        "the security alert email listed 192.0.2.241 as the sign-in address, I don't recognize it",
        ["192.0.2.241"],
    ),
    (
        "ip",
        "IP: 2001:db8::1f4 (home). Please whitelist, I work from home for a county office",
        ["2001:db8::1f4"],
    ),
    (
        "ip",
        "Blocked again. 203.0.113.\u200b180. third time this week.",
        ["203.0.113.\u200b180"],
    ),
    (
        "ip",
        "support asked for my IP address so here: 198.51.100.130 (tablet) and 198.51.100.131 (laptop)",
        ["198.51.100.130", "198.51.100.131"],
    ),
    (
        "ip",
        "your site thinks my address 192.0.2.77 is outside the US, but I'm in Ohio",
        ["192.0.2.77"],
    ),
    (
        "ip",
        "logged in from [2001:db8:4006:812::200e] and got kicked out every 2 minutes",
        ["2001:db8:4006:812::200e"],
    ),
    (
        "ip",
        "Me bloquearon la cuenta, mi dirección IP es 203.0.113.91",
        ["203.0.113.91"],
    ),
    (
        "ip",
        "la IP de mi casa es 198.51.100.14 y no puedo entrar a la página",
        ["198.51.100.14"],
    ),
    (
        "ip",
        "Dice 'acceso denegado para 192.0.2.200'. Estoy en Texas, no en otro país.",
        ["192.0.2.200"],
    ),
    (
        "ip",
        "ip publica: 2001:db8:ac10:fe01::25 desde el celular",
        ["2001:db8:ac10:fe01::25"],
    ),
    (
        "ip",
        "alguien entró a mi cuenta desde 203.0.113.150, yo uso 203.0.113.12",
        ["203.0.113.150", "203.0.113.12"],
    ),
    (
        "ip",
        "\u041c\u043e\u0439 IP-\u0430\u0434\u0440\u0435\u0441 198.51.100.88 "
        "\u0437\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u043d, \u043d\u0435 "
        "\u043c\u043e\u0433\u0443 \u0432\u043e\u0439\u0442\u0438 \u0432 "
        "\u0441\u0438\u0441\u0442\u0435\u043c\u0443",
        ["198.51.100.88"],
    ),
    (
        "ip",
        "site wont load at all from 192.0.2.63 (my home connection), works on my phone data",
        ["192.0.2.63"],
    ),
    (
        "address",
        "please mail the replacement card to 1418 Calloway Dr Apt 3B, Tulsa OK 74105",
        ["1418 Calloway Dr Apt 3B"],
    ),
    (
        "address",
        "i moved. new address 77 north birchwood lane fairhope al",
        ["77 north birchwood lane"],
    ),
    (
        "address",
        "My mail keeps going to my old place at 2290 W. Pinecrest Ave. instead of my new one, 415 Harmon "
        "St, Unit 12, Boise, ID 83702.",
        ["2290 W. Pinecrest Ave.", "415 Harmon St, Unit 12"],
    ),
    (
        "address",
        "The inspector came to 6012 Thistle Ridge Court but the permit is for 6021. Wrong house!",
        ["6012 Thistle Ridge Court"],
    ),
    (
        "address",
        "Send it to my sister's house: 38 Quarry Hill Rd., Montpelier VT 05602",
        ["38 Quarry Hill Rd."],
    ),
    (
        "address",
        "address on file is wrong should be 9107 SE Alder Bluff Blvd #410 not #401",
        ["9107 SE Alder Bluff Blvd #410"],
    ),
    (
        "address",
        "I live at 5 Ostrander Pl and the USPS says your letter was returned as undeliverable, why?",
        ["5 Ostrander Pl"],
    ),
    (
        "address",
        "ballot never arrived at 1200 Magnolia Bend Way, Apartment 7C",
        ["1200 Magnolia Bend Way, Apartment 7C"],
    ),
    (
        "address",
        "PO Box 4471 Gallup NM 87305 is my only mailing address, the form won't accept PO boxes",
        ["PO Box 4471"],
    ),
    (
        "address",
        "RR 2 Box 118, Hazard KY \u2014 we don't have street numbers out here, please fix the validator",
        ["RR 2 Box 118"],
    ),
    (
        "address",
        "Home: 3344 Kettering Pkwy\nSpringfield\nthe map pin is half a mile off",
        ["3344 Kettering Pkwy"],
    ),
    (
        "address",
        "the noise complaint is about my neighbor but my own address is 812\u00a0Delmont Terrace so you "
        "can reach me",
        ["812\u00a0Delmont Terrace"],
    ),
    (
        "address",
        "Damage claim for 45-17 Crescent Street, Astoria NY 11105, basement flooded",
        ["45-17 Crescent Street"],
    ),
    (
        "address",
        "my home address: twenty two oak hollow circle, lexington",
        ["twenty two oak hollow circle"],
    ),
    (
        "address",
        "I need the check sent to 2605 E Sunnyslope Rd Lot 14 Phoenix AZ 85028 (mobile home park)",
        ["2605 E Sunnyslope Rd Lot 14"],
    ),
    (
        "address",
        "Update my address please. Street: 19 Wyeth Mews. City: Savannah. ZIP 31401. Thank you!",
        ["19 Wyeth Mews"],
    ),
    (
        "address",
        "They shut off water at 1033 n. lamberton st, but the bill was paid. We have kids at home",
        ["1033 n. lamberton st"],
    ),
    (
        "address",
        "the tree fell on the house at 704 Copperfield Drive, Suite B, and nobody from the city came",
        ["704 Copperfield Drive, Suite B"],
    ),
    (
        "address",
        "W1784 County Road KK, Random Lake WI \u2014 that's my farm address for the drought relief",
        ["W1784 County Road KK"],
    ),
    (
        "address",
        "Mi dirección nueva es 2204 Calle Olmo, Laredo TX 78041, por favor actualícenla",
        ["2204 Calle Olmo"],
    ),
    (
        "address",
        "vivo en el 1530 de la avenida Hollister apto 9 en San Diego",
        ["1530 de la avenida Hollister apto 9"],
    ),
    (
        "address",
        "Manden la tarjeta a 88 Brookview Ct., Elizabeth NJ 07201, es la casa de mi tía",
        ["88 Brookview Ct."],
    ),
    (
        "address",
        "no me llegó la carta, dirección: 3917 s kedvale ave chicago il",
        ["3917 s kedvale ave"],
    ),
    (
        "address",
        "Urb. Los Caobos, Calle 4 #512, Ponce PR 00716 es donde vivo ahora",
        ["Calle 4 #512"],
    ),
    (
        "address",
        "Adrès mwen se 1450 NE 131st Street, North Miami FL 33161, voye lèt la la tanpri",
        ["1450 NE 131st Street"],
    ),
    (
        "name",
        "my name is Darnell Whitacre and I've been waiting 4 months for a decision",
        ["Darnell Whitacre"],
    ),
    (
        "name",
        "The form is great, but it cut off my last name. It's Anastasia Papadopoulos-Ferreira, and only "
        "'Papadopoulos-Fe' shows up.",
        ["Anastasia Papadopoulos-Ferreira", "Papadopoulos-Fe"],
    ),
    (
        "name",
        "thanks for nothing\n- Glenn Odegaard",
        ["Glenn Odegaard"],
    ),
    (
        "name",
        "I'm filing on behalf of my son Tobias Renwick, he is 17 and disabled",
        ["Tobias Renwick"],
    ),
    (
        "name",
        "this is marisol kettleman, i called last week about the overpayment notice",
        ["marisol kettleman"],
    ),
    (
        "name",
        "Regards,\nHenrietta J. Blankenship\n(retired teacher)",
        ["Henrietta J. Blankenship"],
    ),
    (
        "name",
        "The agent I spoke to was very helpful. Please note my name is spelled Kwame Asante-Boateng, not "
        "Kwame Asante Boateng.",
        ["Kwame Asante-Boateng", "Kwame Asante Boateng"],
    ),
    (
        "name",
        "my husband ignatius porter passed away in june and i need to stop his payments",
        ["ignatius porter"],
    ),
    (
        "name",
        "Applicant: LUDMILA SOKOLOVA. Co-applicant: ARTEM SOKOLOV. We submitted everything in April.",
        ["LUDMILA SOKOLOVA", "ARTEM SOKOLOV"],
    ),
    (
        "name",
        "hi its me again (Bernadette Quigley) still no answer about the refund",
        ["Bernadette Quigley"],
    ),
    (
        "name",
        "Please update my record: legal name changed from Courtney Ashby to Courtney Ashby-Nakamura after "
        "marriage",
        ["Courtney Ashby-Nakamura", "Courtney Ashby"],
    ),
    (
        "name",
        "Dr. Fenwick Aldridge is my physician and he sent the medical form by fax twice",
        ["Fenwick Aldridge"],
    ),
    (
        "name",
        "Thanks, Rosalind & Peter Ellingsworth",
        ["Rosalind", "Peter Ellingsworth"],
    ),
    (
        "name",
        "My daughter, Imani Okonkwo-Reyes, needs the form in her own name because she turned 18",
        ["Imani Okonkwo-Reyes"],
    ),
    (
        "name",
        "name: vukovic, stefan\nissue: the search bar doesn't find my case",
        ["vukovic, stefan"],
    ),
    (
        "name",
        "I'm Thaddeus Lindqvist\u200b, veteran, and the VA link goes to a dead page",
        ["Thaddeus Lindqvist"],
    ),
    (
        "name",
        "\u2014 sent by Octavia Drummond-Hale from my phone",
        ["Octavia Drummond-Hale"],
    ),
    (
        "name",
        "My mother Agnieszka Wróblewska doesn't read English well. Can you send letters in Polish?",
        ["Agnieszka Wróblewska"],
    ),
    (
        "name",
        "Me llamo Rigoberto Sandoval Quintero y necesito ayuda con mi solicitud",
        ["Rigoberto Sandoval Quintero"],
    ),
    (
        "name",
        "Soy la mamá de Xiomara Betancourt, ella tiene 15 años",
        ["Xiomara Betancourt"],
    ),
    (
        "name",
        "Atentamente,\nMaría Guadalupe Echeverría",
        ["María Guadalupe Echeverría"],
    ),
    (
        "name",
        "mi nombre es eustaquio villarreal y quiero saber por que me negaron",
        ["eustaquio villarreal"],
    ),
    (
        "name",
        "El nombre de mi esposo está mal escrito: es Anselmo Cifuentes, no Anselmo Sifuentes",
        ["Anselmo Cifuentes", "Anselmo Sifuentes"],
    ),
    (
        "name",
        "Tôi tên là Trần Thị Bích Ngọc, tôi cần giúp đỡ về đơn xin trợ cấp",
        ["Trần Thị Bích Ngọc"],
    ),
    (
        "name",
        "Ako po si Rosalinda Macaraeg, nag-apply ako noong Marso pero wala pang sagot",
        ["Rosalinda Macaraeg"],
    ),
    (
        "dob",
        "my date of birth is 03/14/1987 but your system shows 1978",
        ["03/14/1987"],
    ),
    (
        "dob",
        "DOB: 7-2-1954",
        ["7-2-1954"],
    ),
    (
        "dob",
        "I was born on September 9th, 1961 and I'm trying to apply for retirement benefits",
        ["September 9th, 1961"],
    ),
    (
        "dob",
        "birthdate 1990.11.05 \u2014 the field only accepts mm/dd/yyyy which is annoying",
        ["1990.11.05"],
    ),
    (
        "dob",
        "d.o.b 12 jan 1949, my father, he needs a replacement card",
        ["12 jan 1949"],
    ),
    (
        "dob",
        "The form keeps rejecting my birthday (02/29/1996) as an invalid date. It was a leap year!",
        ["02/29/1996"],
    ),
    (
        "dob",
        "born 4/30/82",
        ["4/30/82"],
    ),
    (
        "dob",
        "My son was born on the 21st of October 2015 and the site says he's too old for the program",
        ["21st of October 2015"],
    ),
    (
        "dob",
        "date of brith 08\u200b/\u200b17\u200b/1973",
        ["08\u200b/\u200b17\u200b/1973"],
    ),
    (
        "dob",
        "Your records have my DOB as 1-5-1966. Correct DOB is 5-1-1966 (May 1st). Please fix.",
        ["1-5-1966", "5-1-1966", "May 1st"],
    ),
    (
        "dob",
        "i am 67 years old, birth date june 3 1957, and cant figure out how to sign up for part b",
        ["june 3 1957"],
    ),
    (
        "dob",
        "Birth: 1979-06-22. Place of birth: Duluth. Still waiting on the certificate copy.",
        ["1979-06-22"],
    ),
    (
        "dob",
        "my wife's birthday is 11/02/1984 and mine is 10/19/1983, both wrong in your system",
        ["11/02/1984", "10/19/1983"],
    ),
    (
        "dob",
        "DOB 19720408",
        ["19720408"],
    ),
    (
        "dob",
        "I entered my date of birth, which is\u00a0December\u00a025,\u00a01958, and it logged me out",
        ["December\u00a025,\u00a01958"],
    ),
    (
        "dob",
        "born in 1944 on the fourth of july, yes really. please correct my record, it says 7/14",
        ["fourth of july", "1944"],
    ),
    (
        "dob",
        "Child's date of birth: 05 / 06 / 2019 (May 6)",
        ["05 / 06 / 2019", "May 6"],
    ),
    (
        "dob",
        "fecha... sorry, date of birth 2.8.1992 (european format, 2 August)",
        ["2.8.1992", "2 August"],
    ),
    (
        "dob",
        "Mi fecha de nacimiento es 14/03/1987 y no me deja registrarme",
        ["14/03/1987"],
    ),
    (
        "dob",
        "nací el 22 de febrero de 1975",
        ["22 de febrero de 1975"],
    ),
    (
        "dob",
        "Fecha de nac.: 9-11-1968 (9 de noviembre)",
        ["9-11-1968", "9 de noviembre"],
    ),
    (
        "dob",
        "mi hija nació el 3 de agosto del 2010 y necesito su acta",
        ["3 de agosto del 2010"],
    ),
    (
        "dob",
        "F. nacimiento 1950/12/01, el sistema dice que soy menor de edad?",
        ["1950/12/01"],
    ),
    (
        "dob",
        "我的出生日期是1963年5月18日\uff0c系统显示错误",
        ["1963年5月18日"],
    ),
    (
        "dob",
        "Date of Birth - 27 September 1988. Your system has it as the 28th.",
        ["27 September 1988"],
    ),
    (
        "medicare",
        "My Medicare number is 7QH9-GJ3-FD46 and the plan finder won't load my drugs",
        ["7QH9-GJ3-FD46"],
    ),
    (
        "medicare",
        "medicare id 9wd9uh6yx35 (lowercase because my phone autocorrects)",
        ["9wd9uh6yx35"],
    ),
    (
        "medicare",
        "MBI: 7HF7 G79 ND81",
        ["7HF7 G79 ND81"],
    ),
    (
        "medicare",
        "I got a new card with number 8NQ0-KW0-RH58 but the pharmacy still uses my old one",
        ["8NQ0-KW0-RH58"],
    ),
    (
        "medicare",
        "my beneficiary identifier is 2TV3YT0PF32, please check why part D enrollment failed",
        ["2TV3YT0PF32"],
    ),
    (
        "medicare",
        "Medicare # 8Y92\u2013V12\u2013CE02 - someone called asking me to 'verify' it, was it you?",
        ["8Y92\u2013V12\u2013CE02"],
    ),
    (
        "medicare",
        "My wife's medicare card says 8RD6-DF4-YA65 and mine says 3VQ3-C03-TK86, we both need to change "
        "plans",
        ["8RD6-DF4-YA65", "3VQ3-C03-TK86"],
    ),
    (
        "medicare",
        "old medicare number (with the social) was 522-41-8870A, new one is 3P27CF9FY61",
        ["522-41-8870A", "3P27CF9FY61"],
    ),
    (
        "medicare",
        "Medicaid/medicare number 2EF4\u200bGG6\u200bFH85 - dual eligible, need help with the transfer",
        ["2EF4\u200bGG6\u200bFH85"],
    ),
    (
        "medicare",
        "mbi 8 J 7 4 E 7 5 G D 8 4",
        ["8 J 7 4 E 7 5 G D 8 4"],
    ),
    (
        "medicare",
        "I was told to write my Medicare Beneficiary Identifier here. It is 1X60-NH6-QN66. Thanks.",
        ["1X60-NH6-QN66"],
    ),
    (
        "medicare",
        "The replacement card request form asks for my number: 7PW1G80PQ73. I already entered it 3 times.",
        ["7PW1G80PQ73"],
    ),
    (
        "medicare",
        "medicare card# 5J04-E75-HJ64 part A and B, effective date wrong",
        ["5J04-E75-HJ64"],
    ),
    (
        "medicare",
        "HICN 318 62 4409 B (spouse benefit) \u2014 I know it's the old format",
        ["318 62 4409 B"],
    ),
    (
        "medicare",
        "For my mother: Medicare ID 8D87R94DV45. She's in a nursing home and can't log in.",
        ["8D87R94DV45"],
    ),
    (
        "medicare",
        "medicare no. 8WF4 R84 RY24, the drug plan charged full price",
        ["8WF4 R84 RY24"],
    ),
    (
        "medicare",
        "The number on my red white and blue card: 7Y79-TH6-NH50",
        ["7Y79-TH6-NH50"],
    ),
    (
        "medicare",
        "mediare number 6M73G54RJ65 can't log in",
        ["6M73G54RJ65"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 7AE8-WH0-VM28, necesito cambiar de plan",
        ["7AE8-WH0-VM28"],
    ),
    (
        "medicare",
        "el numero de medicare de mi papá es 8HK6TW8YY43 y no le llega la tarjeta",
        ["8HK6TW8YY43"],
    ),
    (
        "medicare",
        "Número de beneficiario: 1E54 DX0 CR45",
        ["1E54 DX0 CR45"],
    ),
    (
        "medicare",
        "mi tarjeta de medicare dice 9XX4-H41-QQ24 pero la farmacia dice que no es válido",
        ["9XX4-H41-QQ24"],
    ),
    (
        "medicare",
        "Medicare: 8nf2-t76-rw25. Tengo 70 años y no sé usar la computadora.",
        ["8nf2-t76-rw25"],
    ),
    (
        "medicare",
        "我的Medicare号码是5HK7-X76-GU97\uff0c药费报销有问题",
        ["5HK7-X76-GU97"],
    ),
    (
        "medicare",
        "can someone help me pick a plan, my medicare # is 3DW3TV0EN71",
        ["3DW3TV0EN71"],
    ),
    (
        "a_number",
        "My A-number is A204118337 and the case status page says 'case not found'",
        ["A204118337"],
    ),
    (
        "a_number",
        "alien registration # A-087-651-294, green card renewal pending 14 months",
        ["A-087-651-294"],
    ),
    (
        "a_number",
        "A# 213 440 978 \u2014 please tell me if my biometrics appointment was rescheduled",
        ["213 440 978"],
    ),
    (
        "a_number",
        "USCIS number 019482736 is printed on my card but the form wants 9 digits with an A",
        ["019482736"],
    ),
    (
        "a_number",
        "my alien number is a098123456",
        ["a098123456"],
    ),
    (
        "a_number",
        "I entered A 201 556 743 and it said invalid. Do I include the A or not?",
        ["A 201 556 743"],
    ),
    (
        "a_number",
        "A-Number: A0 7 5 4 3 2 1 9 8",
        ["A0 7 5 4 3 2 1 9 8"],
    ),
    (
        "a_number",
        "My wife (A216 009 445) and I (A216 009 446) filed together but only my receipt came",
        ["A216 009 445", "A216 009 446"],
    ),
    (
        "a_number",
        "registration number A\u200b-\u200b208\u200b-\u200b331\u200b-\u200b450",
        ["A\u200b-\u200b208\u200b-\u200b331\u200b-\u200b450"],
    ),
    (
        "a_number",
        "anumber 094552187, work permit expired and the auto extension isn't showing",
        ["094552187"],
    ),
    (
        "a_number",
        "My son's alien reg no is A-219.774.063, he is a DACA recipient",
        ["A-219.774.063"],
    ),
    (
        "a_number",
        "Applying for citizenship. My A number: 77-193-204 (8 digits, older card)",
        ["77-193-204"],
    ),
    (
        "a_number",
        "USCIS# A 0 9 1 2 2 4 6 8 0 \u2014 sorry for the spaces, copying from the card",
        ["A 0 9 1 2 2 4 6 8 0"],
    ),
    (
        "a_number",
        "Alien Registration Number A202\u2013884\u2013517 on the I-797 doesn't match my EAD",
        ["A202\u2013884\u2013517"],
    ),
    (
        "a_number",
        "my A# is 206-117-920. the online account won't link it",
        ["206-117-920"],
    ),
    (
        "a_number",
        "ref: A071239846 \u2014 refugee, arrived 2016, need proof of status for work",
        ["A071239846"],
    ),
    (
        "a_number",
        "the green card says USCIS # 214-553-108, which I thought was the same as my A number?",
        ["214-553-108"],
    ),
    (
        "a_number",
        "Please link my account to alien # A088 412 763.",
        ["A088 412 763"],
    ),
    (
        "a_number",
        "Mi número A es A209447120 y no puedo ver mi caso en línea",
        ["A209447120"],
    ),
    (
        "a_number",
        "numero de extranjero A-096-330-481, mi permiso de trabajo venció",
        ["A-096-330-481"],
    ),
    (
        "a_number",
        "El A# de mi esposo: 217 905 336. ¿Cuándo le dan la cita?",
        ["217 905 336"],
    ),
    (
        "a_number",
        "número de registro de extranjero: a 203 118 902",
        ["a 203 118 902"],
    ),
    (
        "a_number",
        "tengo el numero A 089-221-574 en mi tarjeta verde",
        ["A 089-221-574"],
    ),
    (
        "a_number",
        "Số A của tôi là A215 640 019, tôi cần gia hạn thẻ xanh",
        ["A215 640 019"],
    ),
    (
        "a_number",
        "رقم الأجنبي الخاص بي هو A-210-337-582 ولم أستلم بطاقة العمل",
        ["A-210-337-582"],
    ),
    (
        "passport",
        "my passport number is 548201937 and the renewal status hasn't changed in 9 weeks",
        ["548201937"],
    ),
    (
        "passport",
        "Passport #: A71904326 (the new kind with a letter in front)",
        ["A71904326"],
    ),
    (
        "passport",
        "I need my passport back by the 15th for travel. passport no 5 6 1 0 4 8 8 2 3",
        ["5 6 1 0 4 8 8 2 3"],
    ),
    (
        "passport",
        "pasport 490 337 162 was reported lost but I found it, can I still use it?",
        ["490 337 162"],
    ),
    (
        "passport",
        "The photo was rejected for passport application. Old passport number: 612-094-775.",
        ["612-094-775"],
    ),
    (
        "passport",
        "Child passport for my daughter, her current one is C03917428, expires next month",
        ["C03917428"],
    ),
    (
        "passport",
        "passport card # C21044987 and book # 577319046 \u2014 do I renew both on the same form?",
        ["C21044987", "577319046"],
    ),
    (
        "passport",
        "The site rejected my passport number E\u200b12984473 even though I copied it from the book",
        ["E\u200b12984473"],
    ),
    (
        "passport",
        "My foreign passport (Nigeria) is B50219374, used for the I-94 lookup which returns nothing",
        ["B50219374"],
    ),
    (
        "passport",
        "I was told to include it: passport 503118629. Emergency travel, mother is ill.",
        ["503118629"],
    ),
    (
        "passport",
        "passport# 6 2 0 1 9 4 3 5 8 - issued in chicago",
        ["6 2 0 1 9 4 3 5 8"],
    ),
    (
        "passport",
        "Passport No.: 519\u00a0807\u00a0244, name change after divorce",
        ["519\u00a0807\u00a0244"],
    ),
    (
        "passport",
        "my UK passport number 125409838 expired so I'm using my US one 468092117 for the ESTA question",
        ["125409838", "468092117"],
    ),
    (
        "passport",
        "Status page shows passport A03448217 as 'mailed' but nothing arrived",
        ["A03448217"],
    ),
    (
        "passport",
        "Travel document number: 591-203-384",
        ["591-203-384"],
    ),
    (
        "passport",
        "passprt nmbr 533208147 pls expedite",
        ["533208147"],
    ),
    (
        "passport",
        "I renewed online. New passport: Z44710285? Old: 480926331. Which goes on the visa form?",
        ["Z44710285", "480926331"],
    ),
    (
        "passport",
        "Mi número de pasaporte es 560119843 y quiero saber el estado de mi renovación",
        ["560119843"],
    ),
    (
        "passport",
        "pasaporte mexicano G27630518, lo necesito para la cita consular",
        ["G27630518"],
    ),
    (
        "passport",
        "El pasaporte de mi hijo (número 527 441 098) ya venció",
        ["527 441 098"],
    ),
    (
        "passport",
        "No. de pasaporte: 591\u2013337\u2013206",
        ["591\u2013337\u2013206"],
    ),
    (
        "passport",
        "pasaporte guatemalteco 198437265 para el formulario I-130",
        ["198437265"],
    ),
    (
        "passport",
        "\u041d\u043e\u043c\u0435\u0440 \u043c\u043e\u0435\u0433\u043e "
        "\u0437\u0430\u0433\u0440\u0430\u043d\u043f\u0430\u0441\u043f\u043e\u0440\u0442\u0430 75 4418293, "
        "\u043f\u043e\u0434\u0430\u043b \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u044b \u0432 "
        "\u043c\u0430\u0435",
        ["75 4418293"],
    ),
    (
        "passport",
        "my French passport 18AV40217 is what I used for the visa, where is my case?",
        ["18AV40217"],
    ),
    (
        "passport",
        "PASSPORT 590 118 372 LOST IN MAIL, WHO DO I CONTACT",
        ["590 118 372"],
    ),
    (
        "license",
        "my drivers license number is D4417092 (California) and the REAL ID appointment page rejects it",
        ["D4417092"],
    ),
    (
        "license",
        "FL DL# W362-418-57-903-0, the renewal fee was charged but no license came",
        ["W362-418-57-903-0"],
    ),
    (
        "license",
        "driver licence 712 448 093 NY, please update address",
        ["712 448 093"],
    ),
    (
        "license",
        "Texas DL 30917284. Can't verify identity online because it says not found",
        ["30917284"],
    ),
    (
        "license",
        "State ID number: S530-4418-2907 (Illinois). I don't drive.",
        ["S530-4418-2907"],
    ),
    (
        "license",
        "my license # is WDLK7Q9R3P4B, Washington, the scanner can't read the barcode",
        ["WDLK7Q9R3P4B"],
    ),
    (
        "license",
        "drivers lisence 2 9 0 4 1 8 7 3 pennsylvania",
        ["2 9 0 4 1 8 7 3"],
    ),
    (
        "license",
        "Michigan license B 412 773 905 118 \u2014 suspended by mistake, I paid the ticket",
        ["B 412 773 905 118"],
    ),
    (
        "license",
        "The form asks for DL number. Mine: K6610\u200b38204\u200b71925 (New Jersey). It won't save.",
        ["K6610\u200b38204\u200b71925"],
    ),
    (
        "license",
        "license number P3318820441907 (Wisconsin P331-8820-4419-07 on the card)",
        ["P3318820441907", "P331-8820-4419-07"],
    ),
    (
        "license",
        "ID card #: 051 207 349, issued by the DMV last year. The voter site doesn't accept it",
        ["051 207 349"],
    ),
    (
        "license",
        "I gave my dl (G290-117-83-412-0) at the counter and they typed it wrong, it shows G290-117-83-421-0",
        ["G290-117-83-412-0", "G290-117-83-421-0"],
    ),
    (
        "license",
        "CDL number 114908327 Ohio? no, ohio is letters: TR418273. sorry, the TR one",
        ["114908327", "TR418273"],
    ),
    (
        "license",
        "my daughter's learner permit number is L7720914",
        ["L7720914"],
    ),
    (
        "license",
        "Driver's license: Y0938\u00a0471\u00a020 (Minnesota? no, Colorado). Identity check failed.",
        ["Y0938\u00a0471\u00a020"],
    ),
    (
        "license",
        "DL: 09-481-7736 (colorado) \u2014 REAL ID star missing even though I brought all docs",
        ["09-481-7736"],
    ),
    (
        "license",
        "dl# f6203318, address on it is old",
        ["f6203318"],
    ),
    (
        "license",
        "Arizona driver license D07738120. The MVD portal locked me out.",
        ["D07738120"],
    ),
    (
        "license",
        "Mi número de licencia de conducir es B7729031 (California)",
        ["B7729031"],
    ),
    (
        "license",
        "licencia de manejo 41827390 de Texas, no la reconoce el sistema",
        ["41827390"],
    ),
    (
        "license",
        "Número de identificación estatal: A512-330-88-207-1",
        ["A512-330-88-207-1"],
    ),
    (
        "license",
        "la licencia de mi esposo es 802 117 465 (Nueva York) y la mía 802 117 499",
        ["802 117 465", "802 117 499"],
    ),
    (
        "license",
        "mi licensia 0 9 4 4 7 1 2 0 no aparece",
        ["0 9 4 4 7 1 2 0"],
    ),
    (
        "license",
        "운전면허 번호는 N4418207 입니다 (캘리포니아). 주소 변경이 안 됩니다.",
        ["N4418207"],
    ),
    (
        "license",
        "Ang driver's license number ko ay E3392017, hindi tinatanggap ng form",
        ["E3392017"],
    ),
    (
        "url_personal",
        "the reset link https://example.gov.example.com/reset?email=janelle.ostrow%40example.org expired "
        "before I could click it",
        ["janelle.ostrow%40example.org"],
    ),
    (
        "url_personal",
        "this page is broken: https://portal.example.net/account/view?ssn=412673098&step=2",
        ["412673098"],
    ),
    (
        "url_personal",
        "clicking the link in my email goes to https://example.org/users/raymond-castellano/profile and "
        "shows a 404",
        ["raymond-castellano"],
    ),
    (
        "url_personal",
        "Link: http://example.com/status?name=Beatrice+Olufemi&dob=1971-04-12 \u2014 is it safe that my "
        "info is in the address bar?",
        ["Beatrice+Olufemi", "1971-04-12"],
    ),
    (
        "url_personal",
        "got this text, is it real? https://example.net/verify?phone=3125550144&code=8812",
        ["3125550144"],
    ),
    (
        "url_personal",
        "https://apply.example.com/case/A209114783/documents - upload button does nothing",
        ["A209114783"],
    ),
    (
        "url_personal",
        "The confirmation page URL was https://example.org/confirm?first=Soren&last=Kjeldsen&zip=55408 and "
        "then it crashed",
        ["Soren", "Kjeldsen"],
    ),
    (
        "url_personal",
        "i bookmarked https://example.com/u/marcy.pellegrino@example.net/benefits and now it says access "
        "denied",
        ["marcy.pellegrino@example.net"],
    ),
    (
        "url_personal",
        "error at example.net/claims/lookup?mbi=2TV3YT0PF32&lang=en",
        ["2TV3YT0PF32"],
    ),
    (
        "url_personal",
        "my share link https://drive.example.com/files/Tremaine_Whitlock_W2_2023.pdf wont upload to your "
        "form",
        ["Tremaine_Whitlock"],
    ),
    (
        "url_personal",
        "redirected to https://example.org/login?user=dbrennan1958&next=/payments and got stuck",
        ["dbrennan1958"],
    ),
    (
        "url_personal",
        "The email you sent had a link https://example.com/track?addr=1418%20Calloway%20Dr%20Apt%203B with "
        "my home address in it. Not great.",
        ["1418%20Calloway%20Dr%20Apt%203B"],
    ),
    (
        "url_personal",
        "https://example.net/profile/edit?id=991&email=ok.fowler@example.com&phone=(701)555-0156",
        ["ok.fowler@example.com", "(701)555-0156"],
    ),
    (
        "url_personal",
        "page https://example.com/passport/status/548201937 shows someone else's photo!!",
        ["548201937"],
    ),
    (
        "url_personal",
        "Copy of link: example.org/appt?patient=Gwendolyn%20Ashcroft&dob=03%2F14%2F1987",
        ["Gwendolyn%20Ashcroft", "03%2F14%2F1987"],
    ),
    (
        "url_personal",
        "Unsubscribe link is https://lists.example.net/unsub/tomas.herrera.88@example.org and it just "
        "reloads",
        ["tomas.herrera.88@example.org"],
    ),
    (
        "url_personal",
        "https://example.com/forms/prefill?applicant=Odessa%20Marlowe&itin=912-78-4410 <- why is my itin "
        "in the url",
        ["Odessa%20Marlowe", "912-78-4410"],
    ),
    (
        "url_personal",
        "The tax page sent me to https://example.org/refund?acct=004471829360&rt=128916144 which seems wrong",
        ["004471829360", "128916144"],
    ),
    (
        "url_personal",
        "El enlace https://example.com/estado?correo=rosa.mendieta@example.net no funciona",
        ["rosa.mendieta@example.net"],
    ),
    (
        "url_personal",
        "me mandaron a https://example.org/perfil/jose-luis-carranza y sale error",
        ["jose-luis-carranza"],
    ),
    (
        "url_personal",
        "este link tiene mi teléfono: https://example.net/cita?tel=9565550171&idioma=es",
        ["9565550171"],
    ),
    (
        "url_personal",
        "https://example.com/caso?anumero=A096330481&nombre=Elvira+Toledo no abre",
        ["A096330481", "Elvira+Toledo"],
    ),
    (
        "url_personal",
        "La página https://example.org/licencia/B7729031/renovar dice que expiró la sesión",
        ["B7729031"],
    ),
    (
        "url_personal",
        "Đường dẫn https://example.com/hoso?ten=Pham%20Van%20Duc&ngaysinh=1960-02-11 bị lỗi",
        ["Pham%20Van%20Duc", "1960-02-11"],
    ),
    (
        "url_personal",
        "O link https://example.net/conta?email=fabiana.lopes@example.com não abre",
        ["fabiana.lopes@example.com"],
    ),
]

CLEAN: list[str] = [
    (
        "My receipt number is EAC2490012345 and the case status page has said 'Case Was Received' since "
        "February."
    ),
    "Confirmation number 7H3K-22QP was shown on screen but never emailed.",
    "claim # 2024-UI-0088213 still says pending adjudication after 11 weeks",
    "Ticket 48213 was closed without anyone replying to it.",
    "The tracking number 9400 1118 9922 3344 5566 77 shows the package delivered to the wrong post office.",
    "I filed form I-765 and form I-131 together, receipt IOE0924817730 for the first one.",
    "Reference no. FEMA-4673-DR is what the letter says, but the search box doesn't find it.",
    "case number 23-CV-01187 on the court page links to a blank PDF",
    "Order #100-447-2218 for the national parks pass never shipped.",
    "Application ID 2025-0314-A77 shows two different statuses on two pages.",
    "Your help article mentions form SS-5 but links to form SS-8.",
    "The confirmation code (QX7-9921) expired before I could print it.",
    "Claim 0045-882-19 was approved but the payment date is blank.",
    "I have two open tickets, INC0098312 and INC0098355, for the same problem.",
    "Inquiry reference 88104 has been 'in review' for a month.",
    "The notice CP2000 I received lists a tax year I already amended.",
    "Permit application BLD-2024-03318 is stuck at the zoning step.",
    "Your page says to write the form number on the check, but doesn't say whether it's DS-82 or DS-11.",
    "Appeal docket 24-0917 was scheduled, then unscheduled, with no notice.",
    "Grant application GRANTS-2025-118 got a 'duplicate submission' error on the first try.",
    "FOIA request 2024-FOIA-03127 has been acknowledged but nothing since.",
    "Work order #55720 for the pothole was marked complete. It is not complete.",
    "Confirmation: 20240611-3381. Is that enough to prove I submitted on time?",
    "The receipt notice says MSC2390156612 but the online tool wants 13 characters and rejects it.",
    "Voucher number HCV-22-0419 doesn't appear in the landlord portal.",
    "The deadline on the letter is March 31, 2025 but the website says April 15.",
    "My appointment is on 06/12/2024 at 9:30 and I need to reschedule.",
    "I filed on 1/17/2024. It's now been five months.",
    "Enrollment closes on December 15 this year? Last year it was the 7th.",
    "The office will be closed 11/28 and 11/29 per the sign, but the site says open.",
    "Please post the 2025 holiday schedule, the page still shows 2023.",
    "My hearing was set for 2024-09-03 and then moved to 2024-10-21 without a reason.",
    "the renewal notice came on the 2nd and the due date was the 1st. Impossible to meet.",
    "Payments are supposed to arrive on the second Wednesday of the month, mine came on the fourth.",
    "Lease started 08/01/2023, so my recertification should be August, not June.",
    "The site says 'last updated 02/30/2024', which isn't a real date.",
    "We were told the road would reopen by October 1. It is now mid-November.",
    "Tax day is April 15; the extension page still lists October 16 from last year.",
    "I mailed it 3/4 and it was received 3/22. Why does domestic mail take 18 days?",
    "My term of service ended on 30 June 2022 and I still can't download the certificate.",
    "the event calendar lists the town hall on Thursday the 9th but the 9th is a Friday",
    "The notice is dated July 3, arrived July 19, and gave me until July 20 to respond.",
    "Please make the due date for Q3 estimates more visible; I missed September 15.",
    "Registration for the spring session opens 1/6 at 8 a.m. Eastern.",
    "The 2020 census data page still says 'coming soon'.",
    "I was charged $35.00 for a fee that should be $30.",
    "The calculator says I owe $1,248.17 but the letter says $1,284.17. Which is right?",
    "Wait time on hold was 2 hours 14 minutes.",
    "It took 47 minutes to fill out a form that says it takes 10.",
    "The page loads in about 30 seconds on my phone, way too slow.",
    "I visited the office 3 times and waited 4+ hours each time.",
    "Rent assistance max is listed as $1,500/month on one page and $1,200 on another.",
    "The clinic opens at 7:45 am but the site says 8:00.",
    "We are a household of 6 and the income limit chart stops at 5.",
    "Refund of $212 arrived after 9 weeks, thank you.",
    "The fee table shows $165 for adults and $100 for minors, but checkout asked for $265.",
    "Session timed out after 15 min even though I was typing.",
    "The grant covers up to 80% of costs, but the FAQ says 75%.",
    "I uploaded 12 pages and only 11 went through.",
    "Lines at the DMV are 90 minutes at 10 AM, please add more online options.",
    "Mileage rate on the reimbursement form is still 65.5 cents, shouldn't it be 67?",
    "Over 200 people in my building got the same wrong notice.",
    "The shuttle runs every 20 minutes, but the schedule says every 15.",
    "$0.00 balance but the site says I have a payment due.",
    "Processing time says 3-5 business days; it's been 21.",
    "The survey was 40 questions long. Too long.",
    "Closing at 4:30 pm on weekdays makes it impossible for working people.",
    "the tuition assistance cap of $4,500 per year isn't mentioned anywhere on the main page",
    "It's 2024 and I had to fax 7 pages.",
    "I counted 14 broken links on the veterans resources page.",
    "Is the 73301 ZIP code still used for IRS mail or not?",
    "The office locator doesn't find anything for ZIP 99501 even though there's an office in Anchorage.",
    "Trail closures at the Grand Canyon should be on the main alerts page, not buried.",
    "Flood maps for Lake Charles haven't been updated since the last hurricane.",
    "Fort Worth office hours on the site are wrong.",
    "Please add the Yellowstone road status to the app.",
    "The map shows the Santa Fe office in Albuquerque.",
    "ZIP codes 80202 and 80203 both get 'no providers found', but there are many in downtown Denver.",
    "Can the air quality page show data for Bakersfield? It only lists Fresno.",
    "The wildfire info for Maui should be in Hawaiian and Ilocano too.",
    "Great Smoky Mountains parking tag info was very clear, thanks.",
    "The Chesapeake Bay fishing advisory link is broken.",
    "Missing: any mention of the Tulsa field office in the contact list.",
    "Why is Puerto Rico not in the state dropdown?",
    "Mount Rainier timed entry reservations sold out in 3 minutes.",
    "The Baton Rouge passport agency isn't on the list of agencies.",
    "Zip 10001 gives me results in New Jersey.",
    "Eugene, Oregon is spelled 'Eugen' in the dropdown.",
    "Please add the Cuyahoga Valley trail map to the downloads.",
    "Flights out of Reagan National were delayed and the TSA page didn't mention it.",
    "The Pell Grant page and the FAFSA page give different eligibility rules.",
    "I visited the Lincoln Memorial yesterday and the accessibility info was spot on.",
    "The Ronald Reagan Building security line took an hour.",
    "Which section of the Social Security Act covers the spousal benefit? The FAQ doesn't say.",
    "The Thurgood Marshall Federal Judiciary Building entrance info is outdated.",
    "Martin Luther King Jr. Day closures weren't posted until the day before.",
    "SNAP and WIC have separate portals; please combine them.",
    "The Americans with Disabilities Act page should itself be accessible. The PDF isn't tagged.",
    "Visited the Harry S. Truman Library; the online ticket system was easy.",
    "The Eisenhower Executive Office Building tour page says tours are suspended, is that still true?",
    "The Affordable Care Act marketplace page is much clearer this year.",
    "Medicare Part D plan finder is confusing for seniors.",
    "The Jimmy Carter National Historical Park page is missing hours.",
    "Please explain the difference between SSI and SSDI in plain language.",
    "The John F. Kennedy Center link on the arts page goes to an old site.",
    "Is the Inflation Reduction Act rebate available for renters?",
    "The Hoover Dam tour tickets page loads forever.",
    "Section 8 waiting list info is different from what the housing authority says.",
    "The Title IX complaint page has a dead link.",
    "The George Washington Memorial Parkway closure notice is great, more like this.",
    "Can the Public Service Loan Forgiveness tracker show qualifying payments by month?",
    (
        "The Smithsonian page says free admission but the Kennedy Space Center link charges a fee; please "
        "clarify which is federal."
    ),
    "The Frances Perkins Building is not listed on the DOL visitor page.",
    "Community Development Block Grant applications: the portal crashed twice.",
    "The Freedom of Information Act guide is helpful.",
    "Will the office be open on Saturday?",
    "May I suggest a dark mode for the portal?",
    "Bill pay option is hidden under 'More'. Took me ages to find.",
    "The Grace period for late payments isn't explained anywhere.",
    "Joy of joys, the form finally saved my progress.",
    "Mark the required fields more clearly, please.",
    "Rose Garden tours: the site says canceled but the news says open.",
    "Faith-based organizations can apply? The grant page is unclear.",
    "Hope this feedback helps, the new search is much better.",
    "Frank question: why does renewing take longer than applying?",
    "Art in the Parks program page has no dates listed.",
    "Sue the landlord? The tenant rights page should explain small claims better.",
    "Dawn to dusk hours at the state park should be listed as actual times.",
    "Summer hours for the pool aren't posted yet.",
    "Amber Alert sign-up link goes to an error page.",
    "Chase Bank isn't in the list of banks for direct deposit verification.",
    "Hunter education course registration is full for the whole county.",
    "Christian and Jewish holidays are marked on the calendar, but other faiths aren't.",
    "Victoria Day is not a US holiday, why is it on the calendar?",
    "The Jordan River trail map is wrong near the bridge.",
    "Austin office is listed twice with two different hours.",
    "Georgia residents can't select their county in the dropdown.",
    "The Virginia Beach office closed but it's still on the locator.",
    "North Carolina and South Carolina are swapped on the map.",
    "Paris, Texas is missing from the city list.",
    "Sydney, Australia embassy info link doesn't work.",
    "Madison County court forms aren't fillable.",
    "The Washington Monument elevator status isn't on the page.",
    "Lincoln, Nebraska has a passport acceptance facility not listed here.",
    "Jackson Hole airport isn't in the TSA wait time list.",
    "Ford and GM recall lookups should be on the same page.",
    "King County election results page is down.",
    "Young adults aging out of foster care need a clearer guide.",
    "Price comparisons for prescriptions would be very helpful.",
    "Rich text formatting in the comment box doesn't work.",
    "Gene therapy coverage under Medicaid needs more explanation.",
    "The Guy Fawkes mask image on the cybersecurity page seems odd.",
    "I drew a blank on the security question. Drew, as in past tense of draw, not a name.",
    "Pat-down procedures at TSA are explained well.",
    "The Christmas carol concert at the Capitol was listed on the wrong date.",
    "Ray-Ban style sunglasses aren't allowed in the passport photo, the guide should say so.",
    "Don't rob people of their time with a 40 question survey.",
    "Blue jean dress code at the courthouse? The page doesn't say.",
    "Will and testament templates would be useful on the legal aid page.",
    "The April showers campaign for flood insurance is clever.",
    "Holly Springs post office hours are missing.",
    "Kansas City, Missouri and Kansas City, Kansas are merged in the results.",
    "Savannah port jobs program has no application link.",
    "The Dakota Access pipeline comment period page is hard to find.",
    "Olive oil import rules page has a typo in the title.",
    "Iris scan at the border: is it optional? The FAQ doesn't say.",
    "Penny rounding for cash payments isn't explained on the mint page.",
    "Sterling, Virginia location of the office is missing from the map.",
    "Carol singing in national parks needs a permit? Strange but ok.",
    "The office on Main Street has better hours than the one downtown.",
    "Route 66 historic markers page is nice.",
    "Highway 1 closures near Big Sur should be on the travel alerts page.",
    "Construction on Interstate 95 isn't on the road conditions map.",
    "The building on Pennsylvania Avenue needs better signage for visitors.",
    "Parking on Elm Street near the courthouse is impossible.",
    "Please add a bike lane on Broadway, the survey didn't have that option.",
    "The bus stop at 5th and Market was moved without notice.",
    "Exit 42 off I-80 has no sign for the rest area.",
    "The Loop 410 detour map is confusing.",
    "County Road 12 flooding isn't in the alerts.",
    "The Wall Street area federal building entrance is hard to find.",
    "Sidewalk repairs on Oak Avenue have been 'planned' for two years.",
    "Take the Market Street exit, the directions on the website say otherwise.",
    "Streetlights along the boulevard near the park are out.",
    "The app version 3.2.1 crashes when I open the documents tab.",
    "On iOS 17.5.1 the upload button does nothing.",
    "Chrome 124.0.6367.91 shows a blank page after login.",
    "Firefox 115.12.0 ESR can't render the map.",
    "Android 14, app build 2.10.4.118, keeps logging me out.",
    "The PDF says version 1.0.0.3 at the bottom but the page says it's the 2024 version.",
    "Edge 125.0.2535.51 on Windows 11 works fine, Safari 17.4 does not.",
    "Section 4.2.1 of the guidance contradicts section 4.3.",
    "Screen reader NVDA 2024.1 reads the buttons as 'unlabeled'.",
    "After the 5.0 update the text size setting resets every time.",
    "The page https://www.usa.gov/benefits?page=2&lang=es shows English text.",
    "This link is dead: https://www.irs.gov/forms-pubs/about-form-1040",
    "https://www.ssa.gov/myaccount/ loads slowly on mobile.",
    "Please fix https://www.nps.gov/grca/planyourvisit/conditions.htm?tab=roads, it 404s.",
    "The search at https://www.benefits.gov/benefit-finder?category=housing returns nothing.",
    "https://www.cdc.gov/vaccines/index.html has a broken image at the top.",
    "The link to https://www.fema.gov/assistance/individual?lang=es goes to the English page.",
    (
        "Bookmarked https://travel.state.gov/content/travel/en/passports.html but it now redirects to the "
        "homepage."
    ),
    "https://www.va.gov/find-locations/?facilityType=health&page=3 repeats results from page 2.",
    "Your newsletter links to http://www.example.gov/news?id=42 which is not a real page.",
    "Mi número de recibo es IOE0931122840 y el estado del caso no cambia desde enero.",
    "El número de confirmación 5KQ-7720 no aparece en el sistema.",
    "La fecha límite en la carta es el 31 de marzo de 2025, pero la página dice 15 de abril.",
    "Tengo cita el 12/06/2024 a las 10:00 y necesito cambiarla.",
    "Presenté la solicitud el 17 de enero y ya pasaron cinco meses.",
    "Me cobraron $45 en vez de $30 por el trámite.",
    "La espera en el teléfono fue de 2 horas, es demasiado.",
    "El formulario dice que toma 10 minutos pero tardé casi una hora.",
    "La oficina del código postal 78041 no aparece en el mapa.",
    "¿El código postal 00716 de Ponce está incluido en el programa?",
    "La página de la Beca Pell en español tiene errores de traducción.",
    "Visité el Monumento a Lincoln y la información de accesibilidad era correcta.",
    "La Ley de Seguro Social no está explicada en español sencillo.",
    "Los horarios de la oficina de Fort Worth están mal en la página.",
    "Las alertas del Gran Cañón deberían estar en la página principal.",
    "Por favor traduzcan el formulario I-765 al español.",
    "El enlace https://www.usa.gov/es/beneficios?pagina=2 no funciona.",
    "La aplicación versión 3.2.1 se cierra al abrir documentos.",
    "El número de reclamo 2024-UI-0091120 sigue pendiente después de 8 semanas.",
    "La oficina en la calle Main tiene mejor horario que la del centro.",
    "La Ruta 66 tiene buena información histórica, gracias.",
    "Los cierres de la Carretera 1 no aparecen en las alertas.",
    "El pago de la renta máximo es $1,500 al mes según una página y $1,200 según otra.",
    "Mi cita es a las 8:30 de la mañana pero la oficina abre a las 9.",
    "Somos una familia de 7 y la tabla de ingresos solo llega a 6.",
    "¿Cuándo abre la inscripción? La página dice 1 de noviembre pero el folleto dice 15 de octubre.",
    "El reembolso de $312 llegó después de 10 semanas, gracias.",
    "Me gustaría que la página tuviera letra más grande.",
    "La traducción de 'Medicare Parte B' está inconsistente en varias páginas.",
    "No puedo subir archivos de más de 5 MB, mis documentos pesan más.",
    "El aviso CP2000 que recibí es de un año que ya corregí.",
    "La oficina de Lake Charles cerró pero sigue en el localizador.",
    "El programa SNAP y el programa WIC deberían tener el mismo portal.",
    "Mayo es el mes de la renovación según la carta, pero el sistema pide renovar en marzo.",
    "El centro de Austin tiene dos horarios diferentes en la página.",
    "La página de Virginia no tiene información en español.",
    "El horario de verano de la piscina pública todavía no está publicado.",
    "Gracias por el chat en español, la agente fue muy amable.",
    "El número de orden 100-552-8813 del pase de parques nunca llegó.",
    "¿La Ley de Cuidado de Salud Asequible cubre a trabajadores temporales? No está claro.",
    "El formulario DS-11 en español tiene un campo en inglés.",
    "Esperé 3 horas en la oficina de Seguro Social y no me atendieron.",
    "El mapa de inundaciones de Houston no se ha actualizado.",
    "La página se tarda 40 segundos en cargar en mi celular.",
    "La audiencia estaba programada para el 3 de septiembre y la cambiaron al 21 de octubre sin aviso.",
    "Solicitud número 2025-0412-B19 con estado duplicado.",
    "Muy buena la nueva calculadora de beneficios, fácil de usar.",
    "El edificio Ronald Reagan no tiene señalización en español.",
    "En Android 14 la aplicación me saca cada 5 minutos.",
    "El enlace https://www.irs.gov/es/individuals lleva a una página en inglés.",
    "La carta llegó el 19 de julio y el plazo vencía el 20.",
    "La oficina del Servicio Postal en la avenida principal cierra a las 4 de la tarde.",
    "Por favor agreguen Puerto Rico a la lista de estados.",
    "La beca cubre hasta 80% pero la sección de preguntas dice 75%.",
    "El ticket 51207 se cerró sin respuesta.",
    "Trang web rất khó dùng trên điện thoại, phiên bản 2.4.1 hay bị treo.",
    "Hạn chót nộp đơn là ngày 15 tháng 4 nhưng thư lại ghi ngày 31 tháng 3.",
    "申请表I-765的中文说明不完整\uff0c请更新。",
    "我的收据号码是IOE0940017721\uff0c状态三个月没有变化。",
    "Ang opisina sa Main Street ay sarado tuwing Sabado, pero sabi ng website bukas.",
    "Salamat po sa Tagalog na bersyon ng form, malaking tulong.",
    "예약 날짜가 2024년 6월 12일인데 변경할 방법이 없습니다.",
    "수수료가 $35로 표시되었지만 결제할 때 $45가 청구되었습니다.",
    "الموقع لا يعرض الصفحة باللغة العربية بشكل صحيح، الرجاء الإصلاح.",
    "Tanpri mete fòm yo an kreyòl ayisyen tou, mèsi.",
    "Le formulaire DS-82 n'est pas disponible en français, dommage.",
    (
        "\u0421\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u0441 "
        "\u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u0435\u0439 \u043e "
        "\u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435 SNAP "
        "\u0437\u0430\u0433\u0440\u0443\u0436\u0430\u0435\u0442\u0441\u044f \u043e\u0447\u0435\u043d\u044c "
        "\u043c\u0435\u0434\u043b\u0435\u043d\u043d\u043e."
    ),
    "O prazo para a inscrição é 15 de dezembro, mas o site diz 7 de dezembro.",
    "O número do protocolo 2024-0088 não aparece no sistema.",
]
