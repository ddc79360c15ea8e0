# ruff: noqa: RUF001
"""Fourteenth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites. Unlike the
thirteenth corpus, most comments here are complete sentences in a letter or form-field register
("Full name:", "Date of Birth (MM/DD/YYYY):", "Kind regards,"), several carry more than one value, and
the separators are more varied (non-breaking hyphens, figure dashes, middle dots, slashes, spaced
digits, numbers written out in words). The corpus was written without seeing the redaction rules (and
without reading the earlier corpora) and must not be used to tune them: it exists only to measure them.

All personal data here is invented. E-mail addresses and URLs use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; phone numbers use 555-01xx; card numbers are
published test numbers that pass the Luhn check; routing numbers pass the ABA checksum; SSNs avoid the
never-issued ranges; ITINs start with 9 and use the valid group digits; Medicare numbers follow the MBI
format. Any resemblance of a name, address or identifier to a real person is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds
ordinary comments that must be stored unchanged.

Scoring normalizes text and substrings (NFKC, then removal of Unicode category Cf characters) before
checking whether a substring survived; for CLEAN it compares the normalized original with the
normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    (
        "email",
        "Good afternoon. I submitted my application on the 3rd and have not received any confirmation. "
        "Please direct any correspondence to my personal address, wendell.ashby@example.net, as I no "
        "longer have access to my work account.",
        ["wendell.ashby@example.net"],
    ),
    (
        "email",
        "Buenas tardes, quisiera que me enviaran la constancia por correo electrónico a: "
        "marisol_ochoa@example.org. Muchas gracias de antemano.",
        ["marisol_ochoa@example.org"],
    ),
    (
        "email",
        "Two accounts got merged somehow. One is under lp.harrington@example.com and the other under "
        "lorna.p.harrington@example.com. Can these be separated?",
        ["lp.harrington@example.com", "lorna.p.harrington@example.com"],
    ),
    (
        "email",
        "Correo electrónico (preferido): QUANG.LE.1979@EXAMPLE.COM",
        ["QUANG.LE.1979@EXAMPLE.COM"],
    ),
    (
        "email",
        "I am the authorized representative. Correspondence for the veteran should be copied to me at "
        "ines.valcourt@example.net and to our office inbox vso.casework.team@example.org.",
        ["ines.valcourt@example.net", "vso.casework.team@example.org"],
    ),
    (
        "email",
        "The form rejected my address because it has an apostrophe: o'brien.family@example.com. "
        "Apostrophes are valid in email addresses.",
        ["o'brien.family@example.com"],
    ),
    (
        "email",
        "Please unsubscribe zainab.mohammed[at]example.net from the newsletter.",
        ["zainab.mohammed[at]example.net"],
    ),
    (
        "email",
        "Kính gửi quý cơ quan, xin vui lòng gửi thư trả lời đến địa chỉ email: phuong.tran.84@example.com",
        ["phuong.tran.84@example.com"],
    ),
    (
        "email",
        "My son set up the account with his email (he is 16). The correct contact is me, the parent: "
        "yvette-morrow@example.org.",
        ["yvette-morrow@example.org"],
    ),
    (
        "email",
        "After the name change my email is now a.castellanos@example.com; previously it was "
        "a.rivera@example.com.",
        ["a.castellanos@example.com", "a.rivera@example.com"],
    ),
    (
        "email",
        "I would appreciate a written reply. Email: s i m o n e . b a r r e t t @ example.com (spaced so "
        "your filter does not strip it)",
        ["s i m o n e . b a r r e t t @ example.com"],
    ),
    (
        "email",
        "Mangyaring ipadala ang resibo sa aking email na rodel.bautista@example.net.",
        ["rodel.bautista@example.net"],
    ),
    (
        "email",
        "Contact email for my late father's estate: c/o karin.lindqvist@example.org",
        ["karin.lindqvist@example.org"],
    ),
    (
        "email",
        "Your confirmation was sent to a misspelled version of my address. The right one is "
        "deshawn.m.carter@example.com.",
        ["deshawn.m.carter@example.com"],
    ),
    (
        "email",
        "Je souhaiterais recevoir la réponse par courriel à l'adresse suivante : mathieu.girard@example.net.",
        ["mathieu.girard@example.net"],
    ),
    (
        "email",
        "Why does the login page say my email DOMINIK.NOWAK@EXAMPLE.COM is not registered when I "
        "registered yesterday?",
        ["DOMINIK.NOWAK@EXAMPLE.COM"],
    ),
    (
        "email",
        "Please add my wife as a contact as well, her address is akosua.mensah@example.org. She reads "
        "English better than I do.",
        ["akosua.mensah@example.org"],
    ),
    (
        "email",
        "I work at the public library and help patrons with forms. This patron asked that the reply go "
        "to her: juanita.p.salas@example.com",
        ["juanita.p.salas@example.com"],
    ),
    (
        "email",
        "이메일 변경 요청: 이전 주소 seojun.kim@example.net, 새 주소 seojun.kim2@example.net",
        ["seojun.kim@example.net", "seojun.kim2@example.net"],
    ),
    (
        "email",
        "For reference, the email tied to my sign-in account is different: idme.ktaylor@example.com",
        ["idme.ktaylor@example.com"],
    ),
    (
        "email",
        "Mi hija me ayuda con esto. Su correo es valeria.jimenez.r@example.com",
        ["valeria.jimenez.r@example.com"],
    ),
    (
        "email",
        "The email address on the notice is missing a letter. It should be hamid.karimi@example.org",
        ["hamid.karimi@example.org"],
    ),
    (
        "email",
        "Пожалуйста, ответьте на мой адрес olga.smirnova@example.com",
        ["olga.smirnova@example.com"],
    ),
    (
        "email",
        "Hi — email is mei_ling.wu@example.net, the phone on file is fine.",
        ["mei_ling.wu@example.net"],
    ),
    (
        "email",
        "Reply-To: tobias.engstrom+irs@example.com",
        ["tobias.engstrom+irs@example.com"],
    ),
    (
        "phone",
        "Good morning. I have been waiting for a callback since last Tuesday. The best number to reach "
        "me during business hours is (202) 555-0114; after 6 pm please try my mobile, 202-555-0187.",
        ["(202) 555-0114", "202-555-0187"],
    ),
    (
        "phone",
        "Por favor comuníquese conmigo al (915) 555-0162. Solo hablo español.",
        ["(915) 555-0162"],
    ),
    (
        "phone",
        "Regarding my late mother's account, please call her executor (my brother) at 1-860-555-0131.",
        ["1-860-555-0131"],
    ),
    (
        "phone",
        "Telephone: +1 206 555 0199",
        ["+1 206 555 0199"],
    ),
    (
        "phone",
        "I can be reached at five-one-two, five-five-five, zero-one-four-six.",
        ["five-one-two, five-five-five, zero-one-four-six"],
    ),
    (
        "phone",
        "Please do not call my landline (it belongs to my employer). Use 614·555·0172 instead.",
        ["614·555·0172"],
    ),
    (
        "phone",
        "Celular 1.312.555.0103",
        ["1.312.555.0103"],
    ),
    (
        "phone",
        "If there are questions about the flood inspection, my cousin's phone is 504-555-0157 because "
        "ours were lost in the storm.",
        ["504-555-0157"],
    ),
    (
        "phone",
        "Xin gọi cho tôi theo số (714) 555-0126 vào buổi sáng.",
        ["(714) 555-0126"],
    ),
    (
        "phone",
        "Phone number (evenings): 719 555-0140",
        ["719 555-0140"],
    ),
    (
        "phone",
        "I have a new phone number: 4155550171. The old one on my file should be removed.",
        ["4155550171"],
    ),
    (
        "phone",
        "Contact via WhatsApp +1 347 555 0109",
        ["+1 347 555 0109"],
    ),
    (
        "phone",
        "Numéro de téléphone : +1 (917) 555-0193",
        ["+1 (917) 555-0193"],
    ),
    (
        "phone",
        "Tawagan po ninyo ako sa 808-555-0115 pagkatapos ng alas-tres.",
        ["808-555-0115"],
    ),
    (
        "phone",
        "Phone: 713‑555‑0168",
        ["713‑555‑0168"],
    ),
    (
        "phone",
        "I called 4 times from 601-555-0138 and each call dropped after 20 minutes on hold.",
        ["601-555-0138"],
    ),
    (
        "phone",
        "Daytime: 406/555-0185 | Evening: 406/555-0122",
        ["406/555-0185", "406/555-0122"],
    ),
    (
        "phone",
        "Please call me at 555-0179 (area code 316).",
        ["555-0179"],
    ),
    (
        "phone",
        "Kontakte m nan nimewo sa a: 617 555 0150",
        ["617 555 0150"],
    ),
    (
        "phone",
        "My husband handles this; his cell is 972.555.0164 and mine is 972.555.0106.",
        ["972.555.0164", "972.555.0106"],
    ),
    (
        "phone",
        "请打电话给我 626-555-0190",
        ["626-555-0190"],
    ),
    (
        "phone",
        "Phone no. (850)5550113",
        ["(850)5550113"],
    ),
    (
        "phone",
        "The callback request form cut off my number at 7 digits. It should be 248-555-0135.",
        ["248-555-0135"],
    ),
    (
        "phone",
        "전화번호: 201-555-0177",
        ["201-555-0177"],
    ),
    (
        "phone",
        "Can someone please call me? eight one eight 555 0161",
        ["eight one eight 555 0161"],
    ),
    (
        "ssn",
        "I am writing to request a corrected statement. My Social Security number is 219-50-4473 and the "
        "earnings for 2019 are missing.",
        ["219-50-4473"],
    ),
    (
        "ssn",
        "SSN (applicant): 538 – 20 – 9917",
        ["538 – 20 – 9917"],
    ),
    (
        "ssn",
        "Le escribo en nombre de mi padre. Su número de Seguro Social es 604-81-2236.",
        ["604-81-2236"],
    ),
    (
        "ssn",
        "My daughter's SSN was typed as 377-20-1845 on the form but the correct number is 377-20-1854.",
        ["377-20-1845", "377-20-1854"],
    ),
    (
        "ssn",
        "Social Security No.: 4 8 1 - 3 3 - 0 6 9 2",
        ["4 8 1 - 3 3 - 0 6 9 2"],
    ),
    (
        "ssn",
        "When I enter my social 302 61 7745 the page says it does not match our records.",
        ["302 61 7745"],
    ),
    (
        "ssn",
        "SSN‑ 226‑09‑3318",
        ["226‑09‑3318"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi là 541-72-0398.",
        ["541-72-0398"],
    ),
    (
        "ssn",
        "For identification: SS# 083-44-6120, date of birth is on file.",
        ["083-44-6120"],
    ),
    (
        "ssn",
        "My social security number, 659 14 2087, was used by someone else to file a return.",
        ["659 14 2087"],
    ),
    (
        "ssn",
        "I need a new card. SSN 7 2 1 3 8 5 0 4 6",
        ["7 2 1 3 8 5 0 4 6"],
    ),
    (
        "ssn",
        "The letter I received lists SSN 490-38-1122, which is not mine.",
        ["490-38-1122"],
    ),
    (
        "ssn",
        "Mon numéro de sécurité sociale américain est le 247-66-0381.",
        ["247-66-0381"],
    ),
    (
        "ssn",
        "SSN of deceased: 160-28-7734",
        ["160-28-7734"],
    ),
    (
        "ssn",
        "Número de seguro social=516-43-9902",
        ["516-43-9902"],
    ),
    (
        "ssn",
        "I gave my SSN (411.07.3856) over the phone and the agent said it was invalid.",
        ["411.07.3856"],
    ),
    (
        "ssn",
        "Numero ng SSN: 352-48-0719",
        ["352-48-0719"],
    ),
    (
        "ssn",
        "SSN four five zero, two two, eight one nine three",
        ["four five zero, two two, eight one nine three"],
    ),
    (
        "ssn",
        "Mi seguro social: 633 49 1178",
        ["633 49 1178"],
    ),
    (
        "ssn",
        "Social: 268-31-4405 / spouse: 268-31-4412",
        ["268-31-4405", "268-31-4412"],
    ),
    (
        "ssn",
        "SSN is 592049931 (no dashes, the form would not accept dashes).",
        ["592049931"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 478-02-6653.",
        ["478-02-6653"],
    ),
    (
        "ssn",
        "SSN: 118‒62‒7490",
        ["118‒62‒7490"],
    ),
    (
        "ssn",
        "Please merge my records; I was issued 032-58-1147 as a child and it shows twice.",
        ["032-58-1147"],
    ),
    (
        "ssn",
        "My last name changed after marriage; SSN remains 575-12-8830.",
        ["575-12-8830"],
    ),
    (
        "itin_ein",
        "Our small business EIN is 84-2917365. The penalty notice was sent in error because we filed on "
        "time.",
        ["84-2917365"],
    ),
    (
        "itin_ein",
        "ITIN: 902-74-1186 (expires end of year)",
        ["902-74-1186"],
    ),
    (
        "itin_ein",
        "Mi ITIN 987 83 4402 ya venció, ¿cómo lo renuevo?",
        ["987 83 4402"],
    ),
    (
        "itin_ein",
        "Employer Identification Number (EIN) 20‑4418736",
        ["20‑4418736"],
    ),
    (
        "itin_ein",
        "The trust's EIN, 86-6031157, was entered incorrectly on the K-1.",
        ["86-6031157"],
    ),
    (
        "itin_ein",
        "My dependents have ITINs 930-71-5524 and 930-71-5531.",
        ["930-71-5524", "930-71-5531"],
    ),
    (
        "itin_ein",
        "EIN 91 1748302 — household employer (nanny)",
        ["91 1748302"],
    ),
    (
        "itin_ein",
        "Số ITIN: 968-92-0713",
        ["968-92-0713"],
    ),
    (
        "itin_ein",
        "ITIN number nine six one, seventy eight, four four zero two",
        ["nine six one, seventy eight, four four zero two"],
    ),
    (
        "itin_ein",
        "Federal tax ID 33-0981724 for the restaurant",
        ["33-0981724"],
    ),
    (
        "itin_ein",
        "ITIN/ 949-80-3361",
        ["949-80-3361"],
    ),
    (
        "itin_ein",
        "Hindi tanggap ang ITIN ko na 976 99 1025 sa form.",
        ["976 99 1025"],
    ),
    (
        "itin_ein",
        "EIN for the HOA: 27‑3308815",
        ["27‑3308815"],
    ),
    (
        "itin_ein",
        "We are a 501(c)(3), EIN 46 3821097, and our status shows revoked.",
        ["46 3821097"],
    ),
    (
        "itin_ein",
        "my itin is 9 1 2 9 4 6 6 3 0",
        ["9 1 2 9 4 6 6 3 0"],
    ),
    (
        "itin_ein",
        "Número de empleador (EIN) # 75-3049216",
        ["75-3049216"],
    ),
    (
        "itin_ein",
        "Numéro ITIN : 950-86-2217",
        ["950-86-2217"],
    ),
    (
        "itin_ein",
        "Please update the responsible party for EIN 13-4092278.",
        ["13-4092278"],
    ),
    (
        "itin_ein",
        "ITIN (taxpayer) 921.91.0034",
        ["921.91.0034"],
    ),
    (
        "itin_ein",
        "EIN of previous employer: 38-1067429",
        ["38-1067429"],
    ),
    (
        "itin_ein",
        "我丈夫的ITIN是 939-88-5106",
        ["939-88-5106"],
    ),
    (
        "itin_ein",
        "EIN 522190447",
        ["522190447"],
    ),
    (
        "itin_ein",
        "ITIN holder, number 958–72–3390, asking about the Child Tax Credit.",
        ["958–72–3390"],
    ),
    (
        "itin_ein",
        "Sole proprietor EIN: 81‑4423907",
        ["81‑4423907"],
    ),
    (
        "itin_ein",
        "ITIN: 974 97 6618",
        ["974 97 6618"],
    ),
    (
        "card",
        "I was charged the $165 application fee twice on my Visa. Card: 4111 1111 1111 1111. Please "
        "reverse one of the charges.",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "Tarjeta de crédito: 5555 5555 5555 4444, cobro duplicado el 2 de mayo.",
        ["5555 5555 5555 4444"],
    ),
    (
        "card",
        "AMEX 3714 496353 98431",
        ["3714 496353 98431"],
    ),
    (
        "card",
        "Payment card number 6011-0009-9013-9424 was declined even though it has funds.",
        ["6011-0009-9013-9424"],
    ),
    (
        "card",
        "The card (Mastercard) I used is 5105-1051-0510-5100; the receipt never came.",
        ["5105-1051-0510-5100"],
    ),
    (
        "card",
        "visa card 4012 8888 8888 1881 exp 11/29",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "I paid with a prepaid card, number 4000056655665556.",
        ["4000056655665556"],
    ),
    (
        "card",
        "Diners Club 3852 0000 0232 37",
        ["3852 0000 0232 37"],
    ),
    (
        "card",
        "카드번호: 3530-1113-3330-0000",
        ["3530-1113-3330-0000"],
    ),
    (
        "card",
        "Card used for the FOIA fee: 378282246310005",
        ["378282246310005"],
    ),
    (
        "card",
        "Số thẻ: 4242 4242 4242 4242",
        ["4242 4242 4242 4242"],
    ),
    (
        "card",
        "The payment portal stored my card as 5200 8282 8282 8210 even though I unchecked 'save card'.",
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        "CC# 6011 1111 1111 1117",
        ["6011 1111 1111 1117"],
    ),
    (
        "card",
        "I entered my card number with spaces (4111 1111 1111 1111) and without (4111111111111111); both "
        "times it failed.",
        ["4111 1111 1111 1111", "4111111111111111"],
    ),
    (
        "card",
        "Numéro de carte : 5555 5555 5555 4444",
        ["5555 5555 5555 4444"],
    ),
    (
        "card",
        "tarjeta de débito: 2223 0031 2200 3222",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "Pinagbayad ako ng dalawang beses sa card na 4012888888881881.",
        ["4012888888881881"],
    ),
    (
        "card",
        "Card number: 3056-9309-0259-04",
        ["3056-9309-0259-04"],
    ),
    (
        "card",
        "My JCB card 3566002020360505 shows a pending charge of $95 that never cleared.",
        ["3566002020360505"],
    ),
    (
        "card",
        "Reembolsen a la tarjeta 4242-4242-4242-4242 por favor.",
        ["4242-4242-4242-4242"],
    ),
    (
        "card",
        "Charged on card 5 1 0 5 1 0 5 1 0 5 1 0 5 1 0 0",
        ["5 1 0 5 1 0 5 1 0 5 1 0 5 1 0 0"],
    ),
    (
        "card",
        "Я оплатил картой 4111 1111 1111 1111, но платеж не прошел.",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "Card: 3782-822463-10005 (Amex)",
        ["3782-822463-10005"],
    ),
    (
        "card",
        "The fee was taken from my card 4000 0566 5566 5556 on 4/2 and again on 4/3.",
        ["4000 0566 5566 5556"],
    ),
    (
        "card",
        "Visa 4222 2222 22222",
        ["4222 2222 22222"],
    ),
    (
        "medicare",
        "My Medicare Beneficiary Identifier is 3CM8-JN2-WK45. My Part B premium was deducted twice from "
        "my April benefit.",
        ["3CM8-JN2-WK45"],
    ),
    (
        "medicare",
        "Número de Medicare: 6HT1DA9YR03. No he recibido la tarjeta nueva.",
        ["6HT1DA9YR03"],
    ),
    (
        "medicare",
        "I am the caregiver for my aunt. Her Medicare number (the new kind, not the one based on her "
        "SSN) is 2WX4 EP6 FM19.",
        ["2WX4 EP6 FM19"],
    ),
    (
        "medicare",
        "MBI — 8J73-KC1-HN62 (de mi abuela)",
        ["8J73-KC1-HN62"],
    ),
    (
        "medicare",
        "The pharmacy says my coverage ended but my card clearly shows 4DN9-RY5-QT88 with Part A and B "
        "effective 2021.",
        ["4DN9-RY5-QT88"],
    ),
    (
        "medicare",
        "medicare id 1ta2gw8cx57",
        ["1ta2gw8cx57"],
    ),
    (
        "medicare",
        "Số Medicare của mẹ tôi: 7KF6-HM3-JP24",
        ["7KF6-HM3-JP24"],
    ),
    (
        "medicare",
        "Medicare #: 5RE3‑VU0‑AD91",
        ["5RE3‑VU0‑AD91"],
    ),
    (
        "medicare",
        "When I log in it shows a different MBI (9GP5-NX7-EW36) from the one on my card (2MK7-TF4-RJ08).",
        ["9GP5-NX7-EW36", "2MK7-TF4-RJ08"],
    ),
    (
        "medicare",
        "Medicare card number 6 Y C 0 A Q 1 K M 7 3",
        ["6 Y C 0 A Q 1 K M 7 3"],
    ),
    (
        "medicare",
        "Mon numéro Medicare est 3UV9-CE6-PG40",
        ["3UV9-CE6-PG40"],
    ),
    (
        "medicare",
        "Please send a replacement Medicare card for MBI 8NA4WJ2DY15; the original was stolen.",
        ["8NA4WJ2DY15"],
    ),
    (
        "medicare",
        "Medicare: 4EQ1/MR8/HX69",
        ["4EQ1/MR8/HX69"],
    ),
    (
        "medicare",
        "Ang Medicare number ko ay 1HW6-YK5-TA82",
        ["1HW6-YK5-TA82"],
    ),
    (
        "medicare",
        "Beneficiary ID 5JD8-PC9-UN27 — enrollment in Medicare Advantage was not processed",
        ["5JD8-PC9-UN27"],
    ),
    (
        "medicare",
        "MEDICARE ID 7XG3FH4QW50 SPOUSE 9CR2EN1MV94",
        ["7XG3FH4QW50", "9CR2EN1MV94"],
    ),
    (
        "medicare",
        "我的Medicare卡号：2FJ5-KD7-XT31",
        ["2FJ5-KD7-XT31"],
    ),
    (
        "medicare",
        "The Medicare number printed on the letter, 6PN7-GA3-CE86, belongs to someone else.",
        ["6PN7-GA3-CE86"],
    ),
    (
        "medicare",
        "Mi esposo tiene Medicare 3QY0 TW9 JK12 y yo 8VE9 RM6 FN47.",
        ["3QY0 TW9 JK12", "8VE9 RM6 FN47"],
    ),
    (
        "medicare",
        "MBI: 4ah5-ux2-pd63",
        ["4ah5-ux2-pd63"],
    ),
    (
        "medicare",
        "Medicare number 1MT8‒CJ0‒GR05",
        ["1MT8‒CJ0‒GR05"],
    ),
    (
        "medicare",
        "Номер Medicare: 5WK2-QV4-EY78",
        ["5WK2-QV4-EY78"],
    ),
    (
        "medicare",
        "Helping a neighbor apply for Extra Help. His Medicare ID is 9DF4-HT8-NA20.",
        ["9DF4-HT8-NA20"],
    ),
    (
        "medicare",
        "Medicare # 2KR6 AE3 WM91 (Part A only)",
        ["2KR6 AE3 WM91"],
    ),
    (
        "medicare",
        "nimewo Medicare mwen: 7TJ4-XD6-CP38",
        ["7TJ4-XD6-CP38"],
    ),
    (
        "passport",
        "I applied for a renewal in January and the status still says 'In Process.' My previous passport "
        "number is 587204419.",
        ["587204419"],
    ),
    (
        "passport",
        "Número de pasaporte: 506 183 294",
        ["506 183 294"],
    ),
    (
        "passport",
        "My passport (No. B28813470) was reported lost but I found it. Can it be reactivated?",
        ["B28813470"],
    ),
    (
        "passport",
        "Passport book # 4 9 1 0 0 6 3 2 8",
        ["4 9 1 0 0 6 3 2 8"],
    ),
    (
        "passport",
        "Passport card C11872405 and book 571930046 were mailed separately; only the card arrived.",
        ["C11872405", "571930046"],
    ),
    (
        "passport",
        "For the name change I am submitting passport 530298117 along with my marriage certificate.",
        ["530298117"],
    ),
    (
        "passport",
        "Số hộ chiếu: 461 827 359",
        ["461 827 359"],
    ),
    (
        "passport",
        "Passport No.—N03448219",
        ["N03448219"],
    ),
    (
        "passport",
        "The DS-64 requires the number of the lost passport: 592-774-108.",
        ["592-774-108"],
    ),
    (
        "passport",
        "My child's passport 472.281.093 expires before our trip.",
        ["472.281.093"],
    ),
    (
        "passport",
        "numéro de passeport : 548 019 362",
        ["548 019 362"],
    ),
    (
        "passport",
        "Pasaporte# Y19204836",
        ["Y19204836"],
    ),
    (
        "passport",
        "I was told to include my passport number for the visa application: 519 447 286.",
        ["519 447 286"],
    ),
    (
        "passport",
        "Ang passport number ko ay P48201937",
        ["P48201937"],
    ),
    (
        "passport",
        "Passport 468 290 551, renewal by mail",
        ["468 290 551"],
    ),
    (
        "passport",
        "passport number is four eight five, two two one, nine zero six",
        ["four eight five, two two one, nine zero six"],
    ),
    (
        "passport",
        "Old passport number: 426019883 (issued 2014, expired 2024)",
        ["426019883"],
    ),
    (
        "passport",
        "护照号码 E44120986",
        ["E44120986"],
    ),
    (
        "passport",
        "The passport I received has a typo in the surname. Passport number 573882105.",
        ["573882105"],
    ),
    (
        "passport",
        "Passport no:R20938417",
        ["R20938417"],
    ),
    (
        "passport",
        "Pasaporte de mi hijo menor: 498 301 772",
        ["498 301 772"],
    ),
    (
        "passport",
        "PASSPORT 530 187 446 / TRAVEL DATE 6/12",
        ["530 187 446"],
    ),
    (
        "passport",
        "The passport field truncates my number; it is 9 digits: 567901348",
        ["567901348"],
    ),
    (
        "passport",
        "Паспорт США номер 544092817",
        ["544092817"],
    ),
    (
        "passport",
        "Passport card no. C02291847",
        ["C02291847"],
    ),
    (
        "license",
        "My California driver license number is Y2039184. The address change I submitted online has not "
        "appeared on the record.",
        ["Y2039184"],
    ),
    (
        "license",
        "Licencia de manejo: 27104918 (Texas)",
        ["27104918"],
    ),
    (
        "license",
        "DL No. 7 4 8 2 9 1 0 3 3 (New York)",
        ["7 4 8 2 9 1 0 3 3"],
    ),
    (
        "license",
        "Florida DL: G652-118-47-903-0",
        ["G652-118-47-903-0"],
    ),
    (
        "license",
        "The officer wrote my license number as L4419283 but it is L4419238.",
        ["L4419283", "L4419238"],
    ),
    (
        "license",
        "Illinois driver's license M216-4430-8812",
        ["M216-4430-8812"],
    ),
    (
        "license",
        "Số giấy phép lái xe (Washington): WDLQ4R93ZK2M",
        ["WDLQ4R93ZK2M"],
    ),
    (
        "license",
        "CDL # A10928374 (Class A)",
        ["A10928374"],
    ),
    (
        "license",
        "State ID no. 640 281 977",
        ["640 281 977"],
    ),
    (
        "license",
        "driver license — 031 448 892 (NY)",
        ["031 448 892"],
    ),
    (
        "license",
        "Permis de conduire (Massachusetts) : S48201937",
        ["S48201937"],
    ),
    (
        "license",
        "Michigan operator license P 400 118 293 604",
        ["P 400 118 293 604"],
    ),
    (
        "license",
        "My Pennsylvania license is 30 219 847.",
        ["30 219 847"],
    ),
    (
        "license",
        "Lisensya sa pagmamaneho: N2210394",
        ["N2210394"],
    ),
    (
        "license",
        "License/ID number: 102833471",
        ["102833471"],
    ),
    (
        "license",
        "Wisconsin DL K210-4483-9920-17",
        ["K210-4483-9920-17"],
    ),
    (
        "license",
        "Ohio license number SK 902183",
        ["SK 902183"],
    ),
    (
        "license",
        "Virginia DMV customer number T61-29-4481",
        ["T61-29-4481"],
    ),
    (
        "license",
        "Mi licencia de Arizona es D05528813.",
        ["D05528813"],
    ),
    (
        "license",
        "licencia#b1129384",
        ["b1129384"],
    ),
    (
        "license",
        "驾照号码 E5102934",
        ["E5102934"],
    ),
    (
        "license",
        "Colorado license 14-102-9483",
        ["14-102-9483"],
    ),
    (
        "license",
        "Georgia DL 058 129 447",
        ["058 129 447"],
    ),
    (
        "license",
        "Водительское удостоверение: F3300192",
        ["F3300192"],
    ),
    (
        "license",
        "I only have a learner's permit, number X0994127, will that work as ID?",
        ["X0994127"],
    ),
    (
        "a_number",
        "My Alien Registration Number is A-201-338-914. The I-485 was filed in 2022.",
        ["A-201-338-914"],
    ),
    (
        "a_number",
        "Número de extranjero (A#): 208 114 962",
        ["208 114 962"],
    ),
    (
        "a_number",
        "A-Number: A 0 7 7 4 1 9 2 3 6",
        ["A 0 7 7 4 1 9 2 3 6"],
    ),
    (
        "a_number",
        "The receipt notice lists the wrong A-number (A214778201); my correct number is A214778210.",
        ["A214778201", "A214778210"],
    ),
    (
        "a_number",
        "USCIS # 217-004-669",
        ["217-004-669"],
    ),
    (
        "a_number",
        "A#212 993 087",
        ["212 993 087"],
    ),
    (
        "a_number",
        "Số A: A-096-221-437",
        ["A-096-221-437"],
    ),
    (
        "a_number",
        "My mother's A-number is A085 119 362 and she needs a replacement green card.",
        ["A085 119 362"],
    ),
    (
        "a_number",
        "A-file A 211 046 873 — requesting a copy through FOIA",
        ["A 211 046 873"],
    ),
    (
        "a_number",
        "Mon numéro A est A 203 774 119.",
        ["A 203 774 119"],
    ),
    (
        "a_number",
        "Número A: A93015288",
        ["A93015288"],
    ),
    (
        "a_number",
        "Please look up my case using my alien number 206-441-558.",
        ["206-441-558"],
    ),
    (
        "a_number",
        "A‑Nr. A204887316",
        ["A204887316"],
    ),
    (
        "a_number",
        "A # : 0 9 8 1 1 2 4 7 3",
        ["0 9 8 1 1 2 4 7 3"],
    ),
    (
        "a_number",
        "Ang aking A-number ay A 218 330 945.",
        ["A 218 330 945"],
    ),
    (
        "a_number",
        "A-number two one six, three zero four, eight eight one",
        ["two one six, three zero four, eight eight one"],
    ),
    (
        "a_number",
        "Our children: A219447301, A219447318, A219447325",
        ["A219447301", "A219447318", "A219447325"],
    ),
    (
        "a_number",
        "The USCIS Online Account Number is not the same as A-Number A087226194, correct?",
        ["A087226194"],
    ),
    (
        "a_number",
        "Mi número A es 201-778-463",
        ["201-778-463"],
    ),
    (
        "a_number",
        "A-Number (from EAD card): A215 609 338",
        ["A215 609 338"],
    ),
    (
        "a_number",
        "Nimewo A mwen: A207-448-192",
        ["A207-448-192"],
    ),
    (
        "a_number",
        "외국인 등록번호 A 213 556 907",
        ["A 213 556 907"],
    ),
    (
        "a_number",
        "my A # is A-0948-82173 (9 digits)",
        ["A-0948-82173"],
    ),
    (
        "a_number",
        "رقم A الخاص بي هو A-220-184-356",
        ["A-220-184-356"],
    ),
    (
        "a_number",
        "A-number 88 204 917",
        ["88 204 917"],
    ),
    (
        "bank",
        "Please update my direct deposit. New bank: routing number 026009593, checking account "
        "4821039957. The old account has been closed.",
        ["026009593", "4821039957"],
    ),
    (
        "bank",
        "Número de ruta: 067014822 — Número de cuenta: 1193 0284 71",
        ["067014822", "1193 0284 71"],
    ),
    (
        "bank",
        "Routing/ABA 107002312; Acct 55019284",
        ["107002312", "55019284"],
    ),
    (
        "bank",
        "The refund was sent to account no. 000487221930, which is not mine.",
        ["000487221930"],
    ),
    (
        "bank",
        "Account number: 8 8 2 0 1 4 3 9 7, routing: 1 2 5 0 0 0 0 2 4",
        ["8 8 2 0 1 4 3 9 7", "1 2 5 0 0 0 0 2 4"],
    ),
    (
        "bank",
        "RTN: 113000023 · DDA: 37702918446",
        ["113000023", "37702918446"],
    ),
    (
        "bank",
        "Tài khoản: 901238847, routing: 073000228",
        ["901238847", "073000228"],
    ),
    (
        "bank",
        "Savings acct 2219-0047-73 at routing 102001017",
        ["2219-0047-73", "102001017"],
    ),
    (
        "bank",
        "My benefit should go to my credit union: account 660019384 (share draft), routing 091000022.",
        ["660019384", "091000022"],
    ),
    (
        "bank",
        "Numéro de compte bancaire : 30219948, numéro d'acheminement : 051000017",
        ["30219948", "051000017"],
    ),
    (
        "bank",
        "The form cut off the last digit of my account. The full number is 71029384401.",
        ["71029384401"],
    ),
    (
        "bank",
        "Acct # 4410–9928–01 / Rtg # 041000124",
        ["4410–9928–01", "041000124"],
    ),
    (
        "bank",
        "Cuenta: 0 0 5 9 2 8 1 7 3 4",
        ["0 0 5 9 2 8 1 7 3 4"],
    ),
    (
        "bank",
        "checking account 284 019 3377 routing 075000022",
        ["284 019 3377", "075000022"],
    ),
    (
        "bank",
        "Ang routing number ay 124003116 at ang account number ay 8830192745.",
        ["124003116", "8830192745"],
    ),
    (
        "bank",
        "deposit into account 1029 4837 routing 021200339",
        ["1029 4837", "021200339"],
    ),
    (
        "bank",
        "Cuenta de ahorros 5501-2293-8847, banco con ruta 031100209",
        ["5501-2293-8847", "031100209"],
    ),
    (
        "bank",
        "Routing #322070381 Account #90012877364",
        ["322070381", "90012877364"],
    ),
    (
        "bank",
        "I changed banks in March: old account 77100234, new account 77820391, same routing 266086554.",
        ["77100234", "77820391", "266086554"],
    ),
    (
        "bank",
        "账户号码 6638201945，路由号码 211274450",
        ["6638201945", "211274450"],
    ),
    (
        "bank",
        "ACCOUNT 3049 2810 55 ROUTING 125000024",
        ["3049 2810 55", "125000024"],
    ),
    (
        "bank",
        "Please remove account 9200184471 from my direct deposit.",
        ["9200184471"],
    ),
    (
        "bank",
        "my account number is four four zero, one nine two, eight eight three",
        ["four four zero, one nine two, eight eight three"],
    ),
    (
        "bank",
        "Konte bank: 6120093847, routing 026009593",
        ["6120093847", "026009593"],
    ),
    (
        "bank",
        "Routing: 067014822 Acct: 88019-22473",
        ["067014822", "88019-22473"],
    ),
    (
        "dob",
        "I am writing because my date of birth is recorded incorrectly. It should read March 3, 1949, "
        "not March 8, 1949.",
        ["March 3, 1949", "March 8, 1949"],
    ),
    (
        "dob",
        "Fecha de nacimiento: 14 de febrero de 1963",
        ["14 de febrero de 1963"],
    ),
    (
        "dob",
        "Date of Birth (MM/DD/YYYY): 09/27/1955",
        ["09/27/1955"],
    ),
    (
        "dob",
        "My father, born 11-30-1936, needs help applying for Extra Help.",
        ["11-30-1936"],
    ),
    (
        "dob",
        "DOB — 1978.05.02",
        ["1978.05.02"],
    ),
    (
        "dob",
        "Ngày sinh: 03-07-1972",
        ["03-07-1972"],
    ),
    (
        "dob",
        "The system would not accept my birth date of 7/4/1960 because it says 'future date'.",
        ["7/4/1960"],
    ),
    (
        "dob",
        "born on the twelfth of october nineteen fifty-one",
        ["twelfth of october nineteen fifty-one"],
    ),
    (
        "dob",
        "date de naissance : 19/11/1984",
        ["19/11/1984"],
    ),
    (
        "dob",
        "DOB: Jan 5th, 1946",
        ["Jan 5th, 1946"],
    ),
    (
        "dob",
        "Birthday: 1 9 6 8 - 0 2 - 2 9",
        ["1 9 6 8 - 0 2 - 2 9"],
    ),
    (
        "dob",
        "Kaarawan ko po ay Hunyo 21, 1958.",
        ["Hunyo 21, 1958"],
    ),
    (
        "dob",
        "My twins were born 05/17/2019 and only one of them shows on the account.",
        ["05/17/2019"],
    ),
    (
        "dob",
        "DOB 081163",
        ["081163"],
    ),
    (
        "dob",
        "出生日期：1966年4月9日",
        ["1966年4月9日"],
    ),
    (
        "dob",
        "I was born the 23rd of June, 1950 and should already be receiving benefits.",
        ["23rd of June, 1950"],
    ),
    (
        "dob",
        "fecha de nacimiento 2-12-1981",
        ["2-12-1981"],
    ),
    (
        "dob",
        "Nací el 10/31/1972 y el sistema dice que soy menor de edad.",
        ["10/31/1972"],
    ),
    (
        "dob",
        "Дата рождения: 15.08.1953",
        ["15.08.1953"],
    ),
    (
        "dob",
        "My mother's birthdate is Aug 19 '39",
        ["Aug 19 '39"],
    ),
    (
        "dob",
        "The application says I must be 62; I was born 12/15/1962 so I turn 62 this December.",
        ["12/15/1962"],
    ),
    (
        "dob",
        "Dat nesans: 04/25/1990",
        ["04/25/1990"],
    ),
    (
        "dob",
        "birth date – 1 June 1944",
        ["1 June 1944"],
    ),
    (
        "dob",
        "dob:  6‑13‑1975",
        ["6‑13‑1975"],
    ),
    (
        "dob",
        "Our son's date of birth is September 1st, 2007.",
        ["September 1st, 2007"],
    ),
    (
        "ip",
        "Since this morning every page returns 'Access Denied.' The reference message shows my IP as "
        "198.51.100.201.",
        ["198.51.100.201"],
    ),
    (
        "ip",
        "Dirección IP: 203.0.113.58",
        ["203.0.113.58"],
    ),
    (
        "ip",
        "IPv6 address 2001:db8:3c4d:15::1a2f is blocked by your firewall",
        ["2001:db8:3c4d:15::1a2f"],
    ),
    (
        "ip",
        "My public IP is 192.0.2.77 and the error code is 1020.",
        ["192.0.2.77"],
    ),
    (
        "ip",
        "Địa chỉ IP: 198.51.100.9",
        ["198.51.100.9"],
    ),
    (
        "ip",
        "The block happened on both of my connections: 203.0.113.40 (home) and 203.0.113.219 (phone "
        "hotspot).",
        ["203.0.113.40", "203.0.113.219"],
    ),
    (
        "ip",
        "IP de origen: 192.0.2.155",
        ["192.0.2.155"],
    ),
    (
        "ip",
        "IP=2001:0db8:0000:0000:0000:ff00:0042:8329",
        ["2001:0db8:0000:0000:0000:ff00:0042:8329"],
    ),
    (
        "ip",
        "Adresse IP : 198.51.100.33",
        ["198.51.100.33"],
    ),
    (
        "ip",
        "Our office (IP 203.0.113.250) cannot reach the upload server.",
        ["203.0.113.250"],
    ),
    (
        "ip",
        "ip 192.0.2.1",
        ["192.0.2.1"],
    ),
    (
        "ip",
        "When I use the clinic's wifi (192.0.2.98) the page loads fine, at home it does not.",
        ["192.0.2.98"],
    ),
    (
        "ip",
        "IP ko: 198.51.100.174",
        ["198.51.100.174"],
    ),
    (
        "ip",
        "X-Forwarded-For: 203.0.113.6, 198.51.100.2",
        ["203.0.113.6", "198.51.100.2"],
    ),
    (
        "ip",
        "我的IP是 2001:db8:aaaa:1::200",
        ["2001:db8:aaaa:1::200"],
    ),
    (
        "ip",
        "my ip shows as 192.0.2.201 on the what-is-my-ip site",
        ["192.0.2.201"],
    ),
    (
        "ip",
        "The error page said: Your IP (198.51.100.47) has been rate-limited.",
        ["198.51.100.47"],
    ),
    (
        "ip",
        "IP: 203.0.113.133 (cable internet)",
        ["203.0.113.133"],
    ),
    (
        "ip",
        "2001:db8::ff00:42:8329 — my IPv6 — blocked",
        ["2001:db8::ff00:42:8329"],
    ),
    (
        "ip",
        "Request ID 7f3a-22b1, IP 192.0.2.184",
        ["192.0.2.184"],
    ),
    (
        "ip",
        "IP-adres 198.51.100.88",
        ["198.51.100.88"],
    ),
    (
        "ip",
        "Мой IP-адрес 192.0.2.12",
        ["192.0.2.12"],
    ),
    (
        "ip",
        "Tried from 203.0.113.71 at 10:42 PM",
        ["203.0.113.71"],
    ),
    (
        "ip",
        "The block started when my provider changed my IP to 198.51.100.130.",
        ["198.51.100.130"],
    ),
    (
        "ip",
        "Adrès IP mwen: 203.0.113.29",
        ["203.0.113.29"],
    ),
    (
        "address",
        "Please update my mailing address to 1187 Sycamore Ridge Road, Apartment 4C, Asheville, NC "
        "28803. I moved in February.",
        ["1187 Sycamore Ridge Road", "Apartment 4C"],
    ),
    (
        "address",
        "Mi nueva dirección: 3409 Avenida del Sol, Apto. 12, Laredo TX",
        ["3409 Avenida del Sol", "Apto. 12"],
    ),
    (
        "address",
        "Current residence: 72-18 Roosevelt Ave, Fl 2, Jackson Heights NY",
        ["72-18 Roosevelt Ave", "Fl 2"],
    ),
    (
        "address",
        "The damage is at my rental, 5506 Magnolia Street, not at my mailing address.",
        ["5506 Magnolia Street"],
    ),
    (
        "address",
        "Địa chỉ mới: 10212 Westheimer Rd, Apt 318, Houston",
        ["10212 Westheimer Rd", "Apt 318"],
    ),
    (
        "address",
        "Mailing address: P.O. Box 20391, Anchorage",
        ["P.O. Box 20391"],
    ),
    (
        "address",
        "The ballot went to 48 Whitcomb Lane but I live at 48 Whitcombe Lane, there are two similar streets.",
        ["48 Whitcomb Lane", "48 Whitcombe Lane"],
    ),
    (
        "address",
        "Residential address — 219 Old Post Rd. Lot 14",
        ["219 Old Post Rd.", "Lot 14"],
    ),
    (
        "address",
        "Adresse : 1550 rue Saint-Denis, app. 9",
        ["1550 rue Saint-Denis", "app. 9"],
    ),
    (
        "address",
        "Send the replacement card to my daughter's house: 8 Chestnut Hill Drive, Norwalk.",
        ["8 Chestnut Hill Drive"],
    ),
    (
        "address",
        "We are staying with relatives at 4108 S Main St until the repairs are done.",
        ["4108 S Main St"],
    ),
    (
        "address",
        "Tirahan: 2291 Mission Street, Unit 5, San Francisco",
        ["2291 Mission Street", "Unit 5"],
    ),
    (
        "address",
        "RR 3 Box 118A, Pikeville KY",
        ["RR 3 Box 118A"],
    ),
    (
        "address",
        "Physical address: 3300 E. Indian School Rd., Space 47",
        ["3300 E. Indian School Rd.", "Space 47"],
    ),
    (
        "address",
        "Dirección: Calle Luna 118, Urb. Villa Carolina, Carolina PR 00985",
        ["Calle Luna 118"],
    ),
    (
        "address",
        "the IRS letter went to 901 Pennsylvania Ave SE #3 (old), my new address is 1422 Kenyon St NW "
        "Apt 201",
        ["901 Pennsylvania Ave SE", "#3", "1422 Kenyon St NW", "Apt 201"],
    ),
    (
        "address",
        "DIRECCIÓN: 15 N. LINCOLN BLVD APT 9",
        ["15 N. LINCOLN BLVD", "APT 9"],
    ),
    (
        "address",
        "Mwen rete 1290 NW 119th Street, Miami.",
        ["1290 NW 119th Street"],
    ),
    (
        "address",
        "Please do not send anything to 3141 Cloverdale Avenue; that is my ex-husband's home.",
        ["3141 Cloverdale Avenue"],
    ),
    (
        "address",
        "My address is twenty-two Orchard Lane",
        ["twenty-two Orchard Lane"],
    ),
    (
        "address",
        "住址：135-20 39th Ave, Flushing",
        ["135-20 39th Ave"],
    ),
    (
        "address",
        "Inspection needed at 7720 Highway 90 West",
        ["7720 Highway 90 West"],
    ),
    (
        "address",
        "주소: 3250 Wilshire Blvd Suite 1104, Los Angeles",
        ["3250 Wilshire Blvd", "Suite 1104"],
    ),
    (
        "address",
        "I receive mail at 604 Tern Ct. because the landlord keeps the box locked.",
        ["604 Tern Ct."],
    ),
    (
        "address",
        "Адрес: 2715 Ocean Pkwy, кв. 6D, Brooklyn",
        ["2715 Ocean Pkwy", "кв. 6D"],
    ),
    (
        "name",
        "Dear Sir or Madam,\nI am writing on behalf of my father, Mr. Abebe Tesfaye, who does not speak "
        "English.",
        ["Abebe Tesfaye"],
    ),
    (
        "name",
        "Nombre completo: Marisela Contreras Ybarra",
        ["Marisela Contreras Ybarra"],
    ),
    (
        "name",
        "Kind regards,\nPiotr Zieliński",
        ["Piotr Zieliński"],
    ),
    (
        "name",
        "I want to commend the officer who helped me, Officer Jamal Whitaker at the Newark office.",
        ["Jamal Whitaker"],
    ),
    (
        "name",
        "My ex-husband, Gregory Maddox, is claiming our children as dependents. I need to stop this.",
        ["Gregory Maddox"],
    ),
    (
        "name",
        "Tôi tên là Lê Thị Bích Ngọc.",
        ["Lê Thị Bích Ngọc"],
    ),
    (
        "name",
        "The claim was filed under my maiden name, Hannah Birkett; my married name is Hannah Oyelaran.",
        ["Hannah Birkett", "Hannah Oyelaran"],
    ),
    (
        "name",
        "Soy Rigoberto Salinas, ciudadano desde 2015.",
        ["Rigoberto Salinas"],
    ),
    (
        "name",
        "thx - mo abdi-warsame",
        ["mo abdi-warsame"],
    ),
    (
        "name",
        "Applicant: YAZZIE, LORETTA J.",
        ["YAZZIE", "LORETTA"],
    ),
    (
        "name",
        "My granddaughter Aaliyah Brown-Simmons filled this out for me.",
        ["Aaliyah Brown-Simmons"],
    ),
    (
        "name",
        "Sincerely, Fr. Emmanuel Okonjo",
        ["Emmanuel Okonjo"],
    ),
    (
        "name",
        "The interpreter, Mr. Bao Vang, did an excellent job.",
        ["Bao Vang"],
    ),
    (
        "name",
        "Nom : Marie-Claude Théberge",
        ["Marie-Claude Théberge"],
    ),
    (
        "name",
        "Ako si Jose Rizalino Macaraeg, beterano.",
        ["Jose Rizalino Macaraeg"],
    ),
    (
        "name",
        "Please correct my son's name on the card; it should read Mohammed Idris Qasim.",
        ["Mohammed Idris Qasim"],
    ),
    (
        "name",
        "signed by the caretaker: nora kealoha",
        ["nora kealoha"],
    ),
    (
        "name",
        "My name is Svetlana Petrenko-Ward and I am a widow applying for survivor benefits.",
        ["Svetlana Petrenko-Ward"],
    ),
    (
        "name",
        "제 남편 이름은 박성훈입니다",
        ["박성훈"],
    ),
    (
        "name",
        "The appointment was made by my case manager, Tamika Greene, from the housing authority.",
        ["Tamika Greene"],
    ),
    (
        "name",
        "Cordialement, Lucien Desrosiers",
        ["Lucien Desrosiers"],
    ),
    (
        "name",
        "Applicant name (as on passport): AL-HASHIMI, Reem Faisal",
        ["AL-HASHIMI", "Reem Faisal"],
    ),
    (
        "name",
        "My brother-in-law Deshawn O'Neal helped me fill this out.",
        ["Deshawn O'Neal"],
    ),
    (
        "name",
        "-- sent by Fernanda Lima for my grandmother, Ilda Lima",
        ["Fernanda Lima", "Ilda Lima"],
    ),
    (
        "name",
        "Mwen rele Marie-Ange Baptiste",
        ["Marie-Ange Baptiste"],
    ),
    (
        "url_personal",
        "The link in your email, https://example.com/portal/login?username=ruth.ellison, pre-fills my "
        "username for anyone who has it.",
        ["ruth.ellison"],
    ),
    (
        "url_personal",
        "Mi página: https://example.org/benefits/claimant/882019473/status",
        ["882019473"],
    ),
    (
        "url_personal",
        "Este enlace tiene mi correo: https://example.net/confirmar?correo=pedro.alvarez%40example.com",
        ["pedro.alvarez%40example.com"],
    ),
    (
        "url_personal",
        "I share my calendar at example.com/calendars/kenji.watanabe",
        ["kenji.watanabe"],
    ),
    (
        "url_personal",
        "Download link: https://files.example.org/uploads/Nadia_Haddad_birth_certificate.pdf",
        ["Nadia_Haddad"],
    ),
    (
        "url_personal",
        "https://example.com/verify?first=Thomas&last=Okeke&dob=1969-09-14",
        ["Thomas", "Okeke", "1969-09-14"],
    ),
    (
        "url_personal",
        "The page at https://example.net/people/olumide-adeyemi-jr is my personal profile.",
        ["olumide-adeyemi-jr"],
    ),
    (
        "url_personal",
        "Địa chỉ trang: https://example.org/hoso?ten=tranvanphuc",
        ["tranvanphuc"],
    ),
    (
        "url_personal",
        "Shared folder: https://drive.example.com/u/bethany.cho/documents",
        ["bethany.cho"],
    ),
    (
        "url_personal",
        "I got a text with https://example.com/refund?ssn=287401956 — is that yours?",
        ["287401956"],
    ),
    (
        "url_personal",
        "http://example.net/~mkowalczuk/",
        ["mkowalczuk"],
    ),
    (
        "url_personal",
        "https://example.com/account/A213004589/uploads",
        ["A213004589"],
    ),
    (
        "url_personal",
        "Lien : https://example.org/dossier/jean-pierre.lafleur",
        ["jean-pierre.lafleur"],
    ),
    (
        "url_personal",
        "https://example.com/appointments?phone=7185550124&name=Rana+Saleh",
        ["7185550124", "Rana+Saleh"],
    ),
    (
        "url_personal",
        "My pension page: https://example.net/member?id=55019283",
        ["55019283"],
    ),
    (
        "url_personal",
        "example.org/register?email=HUNG.NGUYEN%40EXAMPLE.NET",
        ["HUNG.NGUYEN%40EXAMPLE.NET"],
    ),
    (
        "url_personal",
        "https://example.com/sign/Leticia-Barrientos-Moya/consent",
        ["Leticia-Barrientos-Moya"],
    ),
    (
        "url_personal",
        "link po: https://example.net/profile/analyn.reyes",
        ["analyn.reyes"],
    ),
    (
        "url_personal",
        "https://example.com/pay?acct=4418203957&routing=026009593",
        ["4418203957", "026009593"],
    ),
    (
        "url_personal",
        "https://example.org/tax/2023/return?name=Giorgi%20Beridze",
        ["Giorgi%20Beridze"],
    ),
    (
        "url_personal",
        "the screenshot is at https://example.net/shots/darnell.washington/error.png",
        ["darnell.washington"],
    ),
    (
        "url_personal",
        "enlace: example.com/citas?nombre=Yesenia&apellido=Cardoso",
        ["Yesenia", "Cardoso"],
    ),
    (
        "url_personal",
        "链接 https://example.org/user/zhang.wei.1988",
        ["zhang.wei.1988"],
    ),
    (
        "url_personal",
        "https://example.com/track?email=omar_farouk@example.org&case=EAC2290123456",
        ["omar_farouk@example.org"],
    ),
    (
        "url_personal",
        "Reference page https://example.net/residents/unit-12/ingrid.solberg",
        ["ingrid.solberg"],
    ),
]

CLEAN: list[str] = [
    (
        "I submitted Form I-765 on January 9 and received receipt notice IOE0923456781 the same week. "
        "The online status has not changed in 140 days."
    ),
    (
        "The instructions for Form DS-82 say to include a check for $130, but the fee calculator on the "
        "next page shows $160. Which is correct?"
    ),
    (
        "Thank you to the staff at the Portland passport agency. My appointment was at 10:15 and I was "
        "out by 10:50."
    ),
    (
        "The page about the Summer EBT program says benefits of $120 per child will be issued by August "
        "31. Ours have not arrived yet."
    ),
    (
        "Please clarify whether the 1040-SR can be used by someone who turns 65 on January 1 of the "
        "following year."
    ),
    (
        "Our county office on Jefferson Avenue has been closed for renovation since March, but the "
        "locator still lists it as open."
    ),
    (
        "The Will Rogers Turnpike is mentioned on the toll refund page, but the form only lists the "
        "Turner Turnpike."
    ),
    (
        "I was able to finish the entire renewal in about 12 minutes. The new layout is much clearer "
        "than last year's."
    ),
    (
        "The application deadline for the Grant program is listed as June 30 on one page and July 15 on "
        "another."
    ),
    "Hope Center volunteers helped me complete my FAFSA. Please list them on your resource page.",
    ("Confirmation number 2025-RN-448120 was emailed to me, but the status page says no application found."),
    (
        "The calculator for the Earned Income Tax Credit rounds $19,499 up to $19,500 and changes the "
        "result by $18."
    ),
    (
        "Could you add a printable checklist for the REAL ID documents? The current page requires "
        "scrolling through 4 sections."
    ),
    "The survey pop-up covers the Submit button on small screens.",
    "Claim number 0411-22-903 was approved, but the payment amount shown is $0.00.",
    (
        "My biometrics appointment is scheduled for Thursday, May 22 at 1:00 PM at the Application "
        "Support Center on Kings Highway."
    ),
    (
        "The Secretary's announcement about processing times says 6 to 8 weeks, but my application has "
        "taken 13 weeks."
    ),
    (
        "The Commissioner's letter in the newsletter was helpful, though the link to the full report is "
        "broken."
    ),
    (
        "We followed the instructions for Form I-130 and Form I-130A, but the filing address for Texas "
        "residents seems to have changed in April."
    ),
    "Version 3.0.2 of the mobile app logs me out every time I switch to another app.",
    "After the update on 2/18, the upload button does nothing in Safari 17.",
    (
        "The Veterans Affairs regional office in Waco answered my question within two business days. "
        "Excellent service."
    ),
    (
        "The unemployment weekly certification for the week ending Saturday, March 8 would not accept an "
        "answer of zero hours."
    ),
    "The SNAP interview was rescheduled from the 4th to the 11th without any explanation.",
    (
        "Please consider adding text reminders for appointments. I missed one because the letter arrived "
        "two days late."
    ),
    "I appreciate the plain-language explanation of the Medicare Part D late enrollment penalty.",
    (
        "The 2025 standard Part B premium of $185.00 is shown on one page, but another page still lists "
        "$174.70."
    ),
    "The FEMA Individual Assistance page does not mention the 60-day deadline until the very bottom.",
    ("Disaster declaration DR-4827 is not in the drop-down menu, although it was declared on October 3."),
    "The wait time at the DMV on Route 1 was 3 hours and 20 minutes, even with an appointment.",
    "Could you list the hours for Saturday service centers? Only weekday hours appear.",
    ("The passport photo requirements say 2 x 2 inches, but the online tool crops to a different ratio."),
    (
        "The map on the office locator shows the office on Center Street, but the written address says "
        "Central Avenue."
    ),
    (
        "Your page on the Child Tax Credit says $2,000 per child; the worksheet in the instructions says "
        "$1,700 is refundable. A short explanation would help."
    ),
    "The explanation of the Saver's Credit is clear and easy to follow.",
    "Publication 501 link leads to the 2021 edition.",
    "The IRS notice CP503 arrived after I had already paid in full on February 12.",
    "I have been on hold for 1 hour and 52 minutes, and the estimated wait time never changed.",
    "The translated version of this page still has several paragraphs in English.",
    "La página para solicitar una cita no muestra fechas disponibles hasta septiembre.",
    "Agradezco mucho la atención de la oficina de San Antonio. Fueron muy pacientes conmigo.",
    "El formulario DS-11 en español tiene un error en la sección de dirección postal.",
    "No encuentro dónde subir la prueba de ingresos para el programa de asistencia de alquiler.",
    "La calculadora de beneficios da un resultado diferente cada vez que la uso.",
    ("Mi cita para huellas está programada para el 17 de junio a las 8:30, pero la carta dice 18 de junio."),
    "Salamat po sa mabilis na serbisyo sa opisina sa Daly City.",
    "Hindi gumagana ang pahina kapag gumagamit ako ng cellphone.",
    "Trang đăng ký không hiển thị đúng trên điện thoại của tôi.",
    "Xin cảm ơn nhân viên văn phòng ở Garden Grove đã giúp đỡ tận tình.",
    "Mwen pa ka jwenn fòm nan an kreyòl.",
    "Merci pour votre aide, le rendez-vous s'est très bien passé.",
    "La page de paiement affiche une erreur depuis hier soir.",
    "网上预约系统一直显示错误，请尽快修复。",
    "신청서 제출 후 확인 메일을 받지 못했습니다.",
    "Страница оплаты не загружается уже третий день.",
    "لا أستطيع تحميل المستندات على الموقع.",
    (
        "The Federal Building on Washington Street has no signs pointing to the passport office on the "
        "3rd floor."
    ),
    "Please make the session timeout warning appear earlier than 60 seconds before logout.",
    "The Presidents Day closure was announced on the website only one day in advance.",
    "The Governor's disaster proclamation is dated September 29, but your site says September 30.",
    "Senator's office staff helped me more than the agency did; please train your phone staff better.",
    "Is the Juneteenth holiday observed on Friday, June 20 this year, or on Thursday, June 19?",
    ("Thanksgiving Day and the day after are listed as closures, but the call center was open on Friday."),
    "The Christmas Day schedule for benefit payments should be published earlier in December.",
    "New Year's Day falls on a Wednesday; will payments due January 1 be deposited on December 31?",
    ("The mailing address for Form 1040-X depends on the state, and the table is hard to read on a phone."),
    "Form SS-5 asks for the mother's name at birth; the help text is clear.",
    "Form W-4 estimator gave me a reasonable result. Thank you.",
    "Form 8862 instructions could use an example.",
    "The Form N-600 fee table does not include the fee for military families.",
    "Please add Form I-912 to the list of forms that can be filed online.",
    "Form DS-5504 is not listed in the forms finder.",
    "Form 21-0966 intent to file confirmation page has a typo.",
    "VA Form 10-10EZ took 25 minutes, which is reasonable.",
    "Form CMS-40B is hard to find on the Medicare site.",
    "Form SSA-827 should allow electronic signatures.",
    "The status of order 77-31904 for my replacement Medicare card has been 'processing' for 5 weeks.",
    "Our tax return was accepted on 3/3 and the refund of $2,186 was deposited on 3/14. Very fast.",
    "The estimated tax payment page rejected a payment of $1,250.00 without explanation.",
    "The penalty of $435 was removed after I called. The agent was very knowledgeable.",
    ("We paid $35 for the execution fee at the post office and $130 by check to the Department of State."),
    "The page says 'allow 2-3 weeks for delivery', but it has been 6 weeks.",
    "Please include the ZIP Code 20001 area offices in the list; right now it only shows Maryland.",
    "Entering ZIP 96813 returns offices in Alaska.",
    "The form does not accept ZIP+4 such as 30303-1234.",
    "There are 14 required fields on page 2 and none of them are marked.",
    "The progress bar says 80% complete but there are still 3 pages left.",
    "About 1 in 3 uploads fail with a timeout on my connection.",
    "I had to reload the page 6 times before the verification code was accepted.",
    "The text size control only goes up to 125%, which is not enough for me.",
    "Your screen reader support has improved a lot since last year.",
    "The dropdown for the country of birth lists Burma and Myanmar separately.",
    "The list of tribes on the form is missing several federally recognized nations in Alaska.",
    "The Navajo Nation chapter house in Shiprock would be a good place for an outreach event.",
    "Please send a mobile unit to the Pine Ridge Reservation; the nearest office is 2 hours away.",
    "The Ryan White HIV/AIDS Program page has accurate and helpful information.",
    "The Job Corps center in Wilmington needs to update its contact page.",
    "The Head Start locator does not find the center on Martin Luther King Jr. Boulevard.",
    "We drove past the old office on Lincoln Way; it has been closed for a year.",
    "The Washington Monument ticket page says sold out for every date in April.",
    "Mount Rainier timed entry reservations are confusing; please explain the hours.",
    "The Grand Canyon North Rim closure notice was very helpful.",
    "The Blue Ridge Parkway detour map is outdated.",
    "Acadia National Park vehicle reservations sold out in 2 minutes.",
    "Great Smoky Mountains parking tag page is clear.",
    "The junior ranger badge program at Everglades is wonderful for kids.",
    "Please post the hours for the Roosevelt Island boathouse.",
    "The Jefferson Memorial restroom signage is confusing.",
    "The Jackson Hole airport TSA line information is out of date.",
    "Dulles and Reagan National both show the same wait times, which cannot be right.",
    (
        "Rose, Lily, Daisy, and Iris are among the flowers planted in the visitor center garden; the "
        "guide mislabels two of them."
    ),
    "The black-eyed Susan and the Virginia bluebell pages on the wildflower guide are excellent.",
    "The Monarch Watch partnership page is lovely.",
    "The Bald Eagle nesting cam is back online. Thank you!",
    ("Please add information about the Brown Pelican and the Great Blue Heron to the coastal birds page."),
    "The grizzly safety video should be linked from the campground page.",
    "The wolf reintroduction report is a 42 MB file; please offer a smaller summary.",
    "The Magnolia and the Live Oak are both listed as the state tree on your quiz.",
    "Apple Maps directions take you to the back entrance of the building.",
    "Google Chrome warns that the certificate for the forms site is expiring.",
    "The PDF does not open in Adobe Acrobat Reader version 2024.002.",
    "Microsoft Word cannot open the downloadable template.",
    "The Android app requires version 13 or later, which excludes many older phones.",
    "Samsung Galaxy users cannot scan the barcode on the letter.",
    "The page works in Firefox ESR 115 but not in Edge.",
    "Please support Safari on older iPads; many seniors use them.",
    "The QR code on notice 1444-D leads to an error page.",
    "Letter 4883C asked me to call within 30 days, but the line is always busy.",
    "Notice CP2000 proposed an increase of $1,016, which I am contesting.",
    "Notice LTR 12C says the return is incomplete, but I included Form 8962.",
    "Employment Authorization Document category C09 is missing from the drop-down.",
    "The Visa Bulletin for July moved the EB-3 date back by 2 years.",
    "My priority date of 15MAR22 is current but nothing has happened.",
    "The NVC fee bill of $325 was paid on 4/10 and still shows unpaid.",
    "The interview at the consulate in Ciudad Juárez went smoothly.",
    "Processing time for Form I-751 at the California Service Center is listed as 24.5 months.",
    "The Potomac Service Center is not listed in the case status tool.",
    "The National Visa Center's public inquiry form limits messages to 1,000 characters.",
    "The civics test practice has 128 questions now; the study booklet still lists 100.",
    "The naturalization ceremony on October 22 at 9:00 AM was beautiful. Thank you to everyone.",
    "The Oath of Allegiance text on the site is slightly different from the one read at the ceremony.",
    "Please let applicants choose English or Spanish for the interview notice.",
    "E-Verify case closed with result 'Employment Authorized' after 3 days.",
    "The Form I-9 central page is well organized.",
    "Our company's I-9 audit checklist would be helpful as a download.",
    "The SAVE verification for our housing program took 9 business days.",
    "HUD Section 202 housing application waitlist information is missing for Ohio.",
    "The LIHEAP application period in our state opened November 1, not October 1 as your map says.",
    "Weatherization Assistance Program eligibility chart uses 2023 income limits.",
    "School breakfast and lunch application for the 2025-26 school year is not available yet.",
    "The WIC app shows the wrong balance for fruits and vegetables ($26 instead of $47).",
    "SNAP benefits were loaded on the 14th instead of the 5th this month.",
    "The Thrifty Food Plan explanation is hard to understand.",
    "Medicaid unwinding notices came in English only.",
    "The Marketplace open enrollment period ends January 15; the banner says December 15.",
    "Plan comparison tool shows a $0 premium for a plan that costs $48 per month.",
    "Healthcare.gov window shopping is a very useful feature.",
    "The Extra Help income limit for 2025 is $23,475 according to one page and $22,590 on another.",
    "The Social Security cost-of-living adjustment of 2.5% is explained well.",
    "The retirement estimator assumes I stop working at 62; please let us change that.",
    (
        "The my Social Security portal was down from 1:00 to 3:00 AM Eastern, which is fine, but there "
        "was no notice."
    ),
    "The SSI payment scheduled for Saturday, March 1 was paid on Friday, February 28 as expected.",
    "The Ticket to Work helpline is helpful.",
    "The Disability Determination Services office in Albany lost the records I mailed.",
    "The consultative exam was scheduled 90 miles away.",
    "Please add evening hours at least one day a week.",
    "The TTY number on the contact page is not formatted as a link.",
    "The video relay service option should be listed first for deaf callers.",
    "The font on the PDF is very small when printed on letter paper.",
    "The printed confirmation page cuts off the last line of the receipt.",
    "The new sign-in process requires 3 separate codes, which is too many.",
    (
        "It would help to show the last 4 digits of the account the payment will go to, so we can "
        "confirm before submitting."
    ),
    "The error message 'Something went wrong (code 27)' does not explain what to do.",
    "Error 0xE0019 appeared after I clicked Next on page 4.",
    "The help article titled 'Why was my payment reduced?' is excellent.",
    "The page titled 'What to bring to your appointment' does not mention original documents.",
    "The chat assistant could not answer a simple question about office hours.",
    "The chatbot kept repeating the same three links.",
    "The virtual hold callback worked perfectly; they called back in 40 minutes.",
    "The agent I spoke with on Tuesday was patient and explained every step.",
    "The receptionist at window 6 was very kind to my elderly mother.",
    "The security guard at the entrance on 2nd Street gave clear directions.",
    "The office in the Hope Plaza building is hard to find; please add a photo of the entrance.",
    (
        "The parking garage on Market Street charges $18 for 2 hours, which is too much for a 15-minute "
        "appointment."
    ),
    "Bus route 42 stops right in front of the Social Security office, which is convenient.",
    ("The Amtrak station is a 10-minute walk from the passport center; please add that to the directions."),
    "The elevator in the east lobby has been broken for two weeks.",
    "Is the office open on Columbus Day?",
    ("The holiday schedule lists Veterans Day as Monday, November 10, but it falls on Tuesday, November 11."),
    "Memorial Day weekend service hours should be posted.",
    "Labor Day closure was not announced in the app.",
    "Independence Day fireworks information for the National Mall was easy to find.",
    "The Easter Monday egg roll lottery page had clear instructions.",
    (
        "Please add a Mother's Day reminder about updating contact information; many families do "
        "paperwork then."
    ),
    "The Cinco de Mayo festival at the federal plaza was wonderful.",
    "Cherry Blossom Festival shuttle information was accurate.",
    "Black History Month exhibit at the archives was very well done.",
    "Hispanic Heritage Month resources page has broken links.",
    "Native American Heritage Month events in Gallup should be listed.",
    "The Lunar New Year closure of the Chinatown office was not announced.",
    "Ramadan hours for the Dearborn office would be appreciated.",
    "Rosh Hashanah falls on a weekday this year; are appointments available?",
    "Diwali celebration at the consulate was lovely.",
    "The data table for Q4 2024 is missing the row for Puerto Rico.",
    "The 2020 Census data for tract 4021.02 shows a population of zero, which is wrong.",
    "The American Community Survey 5-year estimates download is very slow.",
    "The BLS unemployment rate for March was published as 4.2% and then revised to 4.1%.",
    "The CPI calculator gives $1.00 in 1990 as $2.41 in 2024.",
    "The open data portal API returns 500 errors for requests with more than 10,000 rows.",
    "The GIS layer for flood zones in Harris County is from 2019.",
    "The FEMA flood map for panel 48201C0435L is missing.",
    "The NOAA tide predictions for station 8443970 are very useful.",
    "The National Weather Service forecast for zone MAZ014 loaded slowly today.",
    "The air quality index page shows 152 for our area but the map shows green.",
    "The EPA lead service line inventory for our city lists 3,200 lines as unknown.",
    "The CDC travel notice level 2 for our destination was clear.",
    "The FDA recall for lot 24C118 is not searchable by lot number.",
    "The NIH study listing NCT06123456 has the wrong contact office.",
    "The USDA plant hardiness zone map says we are in zone 7b now.",
    "The Forest Service firewood permit costs $20 per cord; the page says $15.",
    "Christmas tree permits for the Mt. Hood National Forest sold out in a day.",
    "The BLM wild horse adoption event in Ridgecrest was well organized.",
    "The Fish and Wildlife Service duck stamp contest page is fun.",
    "The Smithsonian Folklife Festival schedule is missing Sunday.",
    "The Library of Congress reading room hours are not listed for Saturday.",
    "The National Archives research appointment system is easy to use.",
    "The 1950 Census records search is amazing; thank you for making it free.",
    "The Postal Service passport acceptance facility on Elm Street no longer takes walk-ins.",
    ("Informed Delivery showed the envelope from the State Department on Monday, but it arrived Thursday."),
    ("The tracking for my passport shows it was delivered to the wrong ZIP Code, 60614 instead of 60641."),
    "USPS Certified Mail receipt number format is confusing.",
    "The Department of Labor wage and hour complaint form wants a case number I do not have.",
    "The OSHA complaint was handled within a week.",
    "The minimum wage page for federal contractors lists $17.75 per hour.",
    "The Department of Education's loan simulator is very helpful.",
    "PSLF employer search does not find our county hospital.",
    "Our school's FAFSA completion rate is 63%, and the dashboard says 36%.",
    (
        "The Pell Grant lifetime eligibility used shows 412%, which cannot be correct since the maximum "
        "is 600%."
    ),
    "The student aid index of -1500 is displayed as 1500 on the summary.",
    "The TEACH Grant counseling module froze at question 9.",
    "Loan servicer transfers happened twice in one year.",
    "The income-driven repayment recertification date of 11/30 is not shown in the dashboard.",
    "Veterans Crisis Line information is easy to find, which is important.",
    "The PACT Act screening took 10 minutes at my appointment.",
    "The burial flag application was approved quickly.",
    "The Presidential Memorial Certificate request form was simple.",
    "Headstone order status shows 'pending' after 4 months.",
    "My C&P exam was on 9/16 and the claim moved to 'preparing decision' on 10/2.",
    "The disability rating increased from 50% to 70%; thank you.",
    "The Blue Water Navy ship list is hard to search.",
    "TRICARE For Life explanation of benefits letters are confusing.",
    "The MyVA411 line was answered in 2 minutes.",
    "The Fisher House near the medical center was a blessing for our family.",
    "Community care referral took 6 weeks to process.",
    "Travel reimbursement at 41.5 cents per mile seems low.",
    "The Caregiver Support Program coordinator was very responsive.",
    "Please provide a Spanish version of the GI Bill comparison tool.",
    "The Yellow Ribbon Program school list is outdated.",
    "Housing allowance for online-only students is half the national average; please explain why.",
    "Great experience overall.",
    "Terrible experience; three months and no answer.",
    "Everything worked on the first try.",
    "I could not find what I needed.",
    "This page answered my question.",
    "Too many clicks to get to the form.",
    "The instructions were clear and the form was short.",
    "The site is much faster than it was last year.",
    "Nothing to add; thank you.",
    "It would be nice to save a draft and come back later.",
    "Please do not remove the paper option; not everyone uses computers.",
    "The search results put the 2018 version of the form first.",
    "Please stop sending surveys after every page.",
    "How long does it take for a mailed application to show up online? Mine was mailed on the 2nd.",
    "The 45-day response period started before the letter was even delivered.",
    "The appeal deadline of 60 days from the date of the notice is unfair when mail takes 10 days.",
    "Our Hope Center support group meets at 6:30 on Wednesdays; could the office put flyers there?",
    "The Grant Street entrance is closed, so visitors must use the side door.",
    "The Washington Street bridge closure makes the office hard to reach.",
    "The office near the King Street metro station is very convenient.",
    (
        "The Jefferson Davis Highway signs have been replaced with Richmond Highway; your directions "
        "still use the old name."
    ),
    "The Rosa Parks Transit Center stop is the nearest one to the office.",
]
